#include "html_report.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "calendar.h"
#include "describe.h"
#include "dot_export.h"
#include "html_text.h"
#include "report_assets.h"
#include "subgraph.h"
#include "svg_render.h"

namespace newsgraph {
namespace {

// ---- Times as intervals ----

// The days a TIMEX3 value covers, as YYYY-MM-DD strings (which compare as dates). A week, month,
// quarter, season or year is `coarse`: it sorts by its first day, before the days inside it.
struct Interval {
  std::string start, end;
  bool coarse = false;
};

bool digits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

Interval value_interval(const std::string& v) {
  if (!digits(v, 0, 4)) return {"", "", true};  // PRESENT_REF, durations: no place on a calendar
  int y = std::stoi(v.substr(0, 4));
  std::string year = v.substr(0, 4);
  if (v.size() >= 10 && v[4] == '-' && digits(v, 5, 2) && v[7] == '-' && digits(v, 8, 2))
    return {v.substr(0, 10), v.substr(0, 10), false};
  if (v.size() >= 7 && v[4] == '-' && digits(v, 5, 2)) {
    int m = std::stoi(v.substr(5, 2));
    if (m < 1 || m > 12) return {year + "-01-01", year + "-12-31", true};
    return {v.substr(0, 7) + "-01", v.substr(0, 7) + "-" + two_digits(days_in_month(y, m)), true};
  }
  if (v.size() >= 7 && v.compare(4, 2, "-W") == 0 && digits(v, 6, 2)) {
    // ISO week 1 is the week with 4 January in it.
    Date jan4{y, 1, 4};
    Date monday = jan4.add_days(-jan4.weekday() + 7L * (std::stoi(v.substr(6, 2)) - 1));
    return {monday.str(), monday.add_days(6).str(), true};
  }
  if (v.size() >= 7 && v.compare(4, 2, "-Q") == 0 && v[6] >= '1' && v[6] <= '4') {
    int first = (v[6] - '1') * 3 + 1;
    return {year + "-" + two_digits(first) + "-01",
            year + "-" + two_digits(first + 2) + "-" + two_digits(days_in_month(y, first + 2)), true};
  }
  if (v.size() >= 7 && (v.compare(4, 2, "-H") == 0)) {
    bool second = v[6] == '2';
    return {year + (second ? "-07-01" : "-01-01"), year + (second ? "-12-31" : "-06-30"), true};
  }
  return {year + "-01-01", year + "-12-31", true};  // a year, a season, a decade's first year
}

const char* const kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

// The heading a row is filed under: its month when it lies within one month, else its year.
std::string group_key(const Interval& i) {
  if (i.start.empty()) return "";
  if (i.start.compare(0, 7, i.end, 0, 7) == 0) return i.start.substr(0, 7);
  return i.start.substr(0, 4);
}

std::string group_label(const std::string& key) {
  if (key.empty()) return "Undated";
  if (key.size() == 4) return key + " (a coarser time: a year, quarter or season)";
  int m = digits(key, 5, 2) ? std::stoi(key.substr(5, 2)) : 0;
  if (m < 1 || m > 12) return key;  // not a calendar month: shown as stored
  return std::string(kMonthNames[m - 1]) + " " + key.substr(0, 4);
}

// ---- Rows of a timeline ----

struct Row {
  Interval when;
  std::string shown_date;  // the value as stored ("2025-W44"), or the article date
  std::string html;        // the row's inner HTML
};

class Names {
 public:
  explicit Names(GraphStore& store) : store_(store) {}
  // The entity's name and aliases: the ways a sentence may name it.
  const std::vector<std::string>& of(const std::string& id, const std::string& name) {
    auto it = cache_.find(id);
    if (it == cache_.end()) {
      std::vector<std::string> all = store_.aliases(id);
      all.push_back(name);
      it = cache_.emplace(id, std::move(all)).first;
    }
    return it->second;
  }

 private:
  GraphStore& store_;
  std::map<std::string, std::vector<std::string>> cache_;
};

// The words of a relation phrase, the whole phrase first, then each word from the last (the
// verb of "threatened to impose") back: a sentence may split the phrase ("threatened on Monday").
std::vector<std::string> phrase_candidates(const std::string& phrase) {
  std::vector<std::string> words;
  std::istringstream in(phrase);
  for (std::string w; in >> w;)
    if (w.size() > 2) words.push_back(w);
  std::reverse(words.begin(), words.end());
  words.insert(words.begin(), phrase);
  return words;
}

void add_mark(std::vector<TextMark>& marks, const std::string& text, const std::vector<std::string>& candidates,
              const char* css_class) {
  if (auto at = find_phrase(text, candidates)) marks.push_back({at->first, at->second, css_class});
}

// A widely reported fact shows its first reports; the others are folded (<details>, no script).
constexpr size_t kEvidenceShown = 4;

std::string evidence_html(const std::vector<EvidenceRow>& evidence,
                          const std::function<std::vector<TextMark>(const std::string&)>& marks_for) {
  std::string html;
  for (size_t i = 0; i < evidence.size(); ++i) {
    if (i == kEvidenceShown)
      html += "<details><summary>" + std::to_string(evidence.size() - kEvidenceShown) + " more reports</summary>";
    const EvidenceRow& e = evidence[i];
    html += "<blockquote>" + marked_html(e.sentence_text, marks_for(e.sentence_text)) + "</blockquote>";
    std::string title = e.article_title.empty() ? e.article_id : e.article_title;
    html += "<cite>" + html_escape(title);
    if (!e.article_source.empty()) html += " &mdash; " + html_escape(e.article_source);
    if (!e.article_date.empty()) html += ", " + html_escape(e.article_date);
    html += " <span class=\"reports\">article " + html_escape(e.article_id) + ", sentence " +
            std::to_string(e.sentence + 1) + "</span></cite>";
  }
  if (evidence.size() > kEvidenceShown) html += "</details>";
  return html;
}

std::string badges(const std::string& modality, const std::string& polarity, size_t reports) {
  std::string html = "<span class=\"modality m-" + html_escape(modality) + "\">" + html_escape(modality) + "</span>";
  if (polarity == "negative") html += "<span class=\"modality negative\">negated</span>";
  if (reports > 1) html += "<span class=\"reports\">" + std::to_string(reports) + " reports</span>";
  return html;
}

// describe_relation's line without what the row's badges already show: the leading
// "(modality) ", the "  {event_type CAMEO code}" and "  [negated]" suffixes.
std::string fact_text(const RelationRow& r) {
  std::string s = describe_relation(r);
  std::string modality = "(" + r.r.modality + ") ";
  if (s.rfind(modality, 0) == 0) s.erase(0, modality.size());
  for (const char* suffix : {"  [negated]"})
    if (size_t at = s.rfind(suffix); at != std::string::npos && at + std::strlen(suffix) == s.size()) s.erase(at);
  if (size_t at = s.rfind("  {"); at != std::string::npos && s.back() == '}') s.erase(at);
  return s;
}

Row relation_row(GraphStore& store, Names& names, const RelationRow& r) {
  std::string value = r.r.time_value.empty() ? r.article_date : r.r.time_value;
  Row row{value_interval(value), value, ""};
  std::string kind = r.r.event_type.empty() ? "fact" : r.r.event_type;
  if (!r.r.cameo.empty()) kind += " · CAMEO " + r.r.cameo;
  auto evidence = store.relation_evidence(r.r.id);
  std::vector<std::string> subject = names.of(r.r.subject_id, r.subject_name);
  std::vector<std::string> object = r.r.object_id.empty() ? std::vector<std::string>{r.r.object_text}
                                                          : names.of(r.r.object_id, r.object_name);
  std::vector<std::string> relation = phrase_candidates(r.r.text);
  row.html = "<div class=\"what\"><span class=\"kind\">" + html_escape(kind) + "</span><span class=\"fact\">" +
             html_escape(fact_text(r)) + "</span>" + badges(r.r.modality, r.r.polarity, evidence.size()) +
             evidence_html(evidence, [&](const std::string& text) {
               std::vector<TextMark> marks;
               add_mark(marks, text, subject, "subject");
               add_mark(marks, text, relation, "relation");
               add_mark(marks, text, object, "object");
               return marks;
             }) +
             "</div>";
  return row;
}

Row claim_row(GraphStore& store, Names& names, const ClaimRow& c) {
  std::string value = c.c.time_value.empty() ? c.article_date : c.c.time_value;
  Row row{value_interval(value), value, ""};
  auto evidence = store.claim_evidence(c.c.id);
  std::vector<std::string> speaker = {c.c.speaker_text};
  if (!c.c.speaker_id.empty()) speaker = names.of(c.c.speaker_id, c.speaker_name);
  row.html = "<div class=\"what\"><span class=\"kind\">claim · " + html_escape(c.c.cue) + "</span><span class=\"fact\">" +
             html_escape(describe_claim(c)) + "</span>" + badges(c.c.modality, "positive", evidence.size()) +
             evidence_html(evidence, [&](const std::string& text) {
               std::vector<TextMark> marks;
               add_mark(marks, text, speaker, "subject");
               add_mark(marks, text, {c.c.content}, "content");
               return marks;
             }) +
             "</div>";
  return row;
}

// Writes the entity's section; returns its number of rows.
size_t write_timeline(std::ostream& out, GraphStore& store, Names& names, const EntityRow& e, const ReportSpec& spec) {
  std::vector<Row> rows;
  for (const RelationRow& r : store.relations_of(e.id, "", spec.from_date, spec.to_date))
    rows.push_back(relation_row(store, names, r));
  // Claims the entity made join its timeline (as in `newsgraph timeline`).
  for (const ClaimRow& c : store.claims(e.id, "")) {
    std::string d = c.c.time_value.empty() ? c.article_date : c.c.time_value;
    if ((!spec.from_date.empty() && d < spec.from_date) || (!spec.to_date.empty() && d.substr(0, spec.to_date.size()) > spec.to_date))
      continue;
    rows.push_back(claim_row(store, names, c));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.when.start, b.when.coarse, a.shown_date) < std::tie(b.when.start, a.when.coarse, b.shown_date);
  });
  out << "<section class=\"entity\" id=\"tl-" << html_escape(e.id) << "\"><h2>" << html_escape(e.name)
      << "<span class=\"type\">" << html_escape(e.type) << "</span></h2>\n";
  std::vector<std::string> roles;
  for (const RoleRow& r : store.roles_of(e.id)) {
    std::string text = r.person_id == e.id ? r.role + (r.org_name.empty() ? "" : " of " + r.org_name)
                                           : r.person_name + ", " + r.role;
    roles.push_back(html_escape(text) + " <span class=\"reports\">(" + std::to_string(r.evidence_count) + ")</span>");
  }
  if (!roles.empty()) {
    out << "<p class=\"roles\">Roles: ";
    for (size_t i = 0; i < roles.size() && i < 8; ++i) out << (i ? "; " : "") << roles[i];
    out << "</p>\n";
  }
  if (rows.empty()) out << "<p class=\"empty\">No dated facts or claims" << (spec.from_date.empty() && spec.to_date.empty() ? "" : " in the chosen range") << ".</p>\n";
  // Groups in order of their key: a year's coarse group ("2025") comes before its months.
  std::map<std::string, std::vector<const Row*>> groups;
  for (const Row& r : rows) groups[group_key(r.when)].push_back(&r);
  for (const auto& [key, members] : groups) {
    out << "<div class=\"month\"><h3>" << html_escape(group_label(key)) << "</h3>\n";
    for (const Row* r : members) {
      // Undated rows are kept by every date filter: they cannot be placed outside it.
      std::string start = r->when.start.empty() ? "0000-00-00" : r->when.start;
      std::string end = r->when.end.empty() ? "9999-99-99" : r->when.end;
      out << "<article class=\"row\" data-start=\"" << html_escape(start) << "\" data-end=\"" << html_escape(end)
          << "\"><div class=\"date" << (r->when.coarse ? " coarse" : "") << "\">" << html_escape(r->shown_date)
          << "</div>" << r->html << "</article>\n";
    }
    out << "</div>\n";
  }
  out << "</section>\n";
  return rows.size();
}

// ---- The picture ----

// The union of the entities' neighbourhoods, keeping the report's entities and the `max`
// neighbours linked to them most often (a large neighbourhood does not make a readable picture).
GraphView neighbourhood(GraphStore& store, const ReportSpec& spec, size_t* total_neighbours) {
  GraphView all;
  std::set<std::string> have_entities, have_relations, have_roles;
  for (const std::string& id : spec.entity_ids) {
    SubgraphSpec s;
    s.around = id;
    s.depth = 1;
    s.from_date = spec.from_date;
    s.to_date = spec.to_date;
    GraphView v = select_subgraph(store, s);
    for (EntityRow& e : v.entities)
      if (have_entities.insert(e.id).second) all.entities.push_back(std::move(e));
    for (RelationRow& r : v.relations)
      if (have_relations.insert(r.r.id).second) all.relations.push_back(std::move(r));
    for (RoleFact& r : v.roles)
      if (have_roles.insert(r.id).second) all.roles.push_back(std::move(r));
  }
  std::set<std::string> centre(spec.entity_ids.begin(), spec.entity_ids.end());
  std::map<std::string, int> links;
  // An event counts for its source and its target as well as its object (the picture draws both).
  for (const RelationRow& r : all.relations) {
    if (!r.r.object_id.empty()) {
      ++links[r.r.subject_id];
      ++links[r.r.object_id];
    }
    if (!r.r.target_id.empty() && r.r.target_id != r.r.object_id) {
      ++links[r.r.subject_id];
      ++links[r.r.target_id];
    }
  }
  for (const RoleFact& r : all.roles)
    if (!r.org_id.empty()) {
      ++links[r.person_id];
      ++links[r.org_id];
    }
  std::vector<std::pair<int, std::string>> ranked;
  for (const EntityRow& e : all.entities)
    if (!centre.count(e.id)) ranked.push_back({-links[e.id], e.id});
  std::sort(ranked.begin(), ranked.end());
  *total_neighbours = ranked.size();
  std::set<std::string> keep = centre;
  for (size_t i = 0; i < ranked.size() && i < spec.max_neighbours; ++i) keep.insert(ranked[i].second);
  std::erase_if(all.entities, [&](const EntityRow& e) { return !keep.count(e.id); });
  std::erase_if(all.relations, [&](const RelationRow& r) {
    return !keep.count(r.r.subject_id) || (!r.r.object_id.empty() && !keep.count(r.r.object_id)) ||
           (!r.r.target_id.empty() && !keep.count(r.r.target_id));
  });
  std::erase_if(all.roles, [&](const RoleFact& r) { return !keep.count(r.person_id) || (!r.org_id.empty() && !keep.count(r.org_id)); });
  return all;
}

void write_picture(std::ostream& out, GraphStore& store, const ReportSpec& spec) {
  size_t total = 0;
  GraphView v = neighbourhood(store, spec, &total);
  std::set<std::string> centre(spec.entity_ids.begin(), spec.entity_ids.end());
  std::map<std::string, std::string> urls, names;
  for (const EntityRow& e : v.entities) {
    names[e.id] = e.name;
    // The report's entities link to their timeline; a neighbour filters the timelines by its name.
    urls[e.id] = centre.count(e.id) ? "#tl-" + e.id : "#q=" + url_fragment_encode(e.name);
  }
  out << "<section id=\"neighbourhood\"><h2>Neighbourhood</h2>\n";
  if (total > spec.max_neighbours)
    out << "<p class=\"roles\">Showing the " << spec.max_neighbours << " most connected of " << total << " neighbours.</p>\n";
  std::ostringstream dot;
  write_dot(dot, v, "", urls);
  if (auto svg = render_svg(dot.str())) {
    out << "<div class=\"graph\">" << *svg << "</div>\n";
  } else {
    out << "<p class=\"empty\">The picture needs GraphViz (<code>dot</code>), which is not installed here "
           "(Debian: <code>apt-get install graphviz</code>). The links it would draw:</p>\n<ul class=\"fallback\">\n";
    auto link = [&](const std::string& id) {
      return "<a href=\"" + html_escape(urls[id]) + "\">" + html_escape(names[id]) + "</a>";
    };
    for (const RelationRow& r : v.relations)
      if (!r.r.object_id.empty())
        out << "<li>" << link(r.r.subject_id) << " &mdash; " << html_escape(r.r.text) << " &rarr; " << link(r.r.object_id)
            << " <span class=\"reports\">" << html_escape(relation_date(r)) << "</span></li>\n";
    for (const RoleFact& r : v.roles)
      if (!r.org_id.empty())
        out << "<li>" << link(r.person_id) << " &mdash; " << html_escape(r.role) << " of " << link(r.org_id) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

// ---- Content-Security-Policy ----

std::string base64_of_hex(const std::string& hex) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += table[(n >> 18) & 63];
    out += table[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? table[n & 63] : '=';
  }
  return out;
}

}  // namespace

std::string report_content_security_policy() {
  return "default-src 'none'; script-src 'sha256-" + base64_of_hex(report_assets::kScriptSha256) +
         "'; style-src 'sha256-" + base64_of_hex(report_assets::kStyleSha256) +
         "'; img-src data:; base-uri 'none'; form-action 'none'";
}

size_t write_html_report(std::ostream& out, GraphStore& store, const ReportSpec& spec) {
  Names names(store);
  std::vector<EntityRow> entities;
  for (const std::string& id : spec.entity_ids)
    if (auto e = store.entity(id)) entities.push_back(*e);
  std::string title = "newsgraph report:";
  for (size_t i = 0; i < entities.size(); ++i) title += (i ? ", " : " ") + entities[i].name;
  StoreStats totals = store.totals();
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << report_content_security_policy() << "\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>" << report_assets::kStyle << "</style>\n</head>\n<body>\n"
      << "<header><h1>" << html_escape(title) << "</h1>\n<p class=\"meta\">From " << totals.articles
      << " articles";
  if (!spec.from_date.empty() || !spec.to_date.empty())
    out << ", facts from " << html_escape(spec.from_date.empty() ? "the start" : spec.from_date) << " to "
        << html_escape(spec.to_date.empty() ? "the end" : spec.to_date);
  out << ". Marked in each sentence: <span class=\"legend\"><mark class=\"subject\">subject</mark> "
         "<mark class=\"relation\">relation</mark> <mark class=\"object\">object</mark> "
         "<mark class=\"content\">what was claimed</mark></span></p>\n"
         "<form id=\"filters\"><label>from <input type=\"date\" id=\"from\"></label>"
         "<label>to <input type=\"date\" id=\"to\"></label>"
         "<label>text <input type=\"search\" id=\"q\" placeholder=\"a name, a word\"></label>"
         "<button type=\"button\" id=\"clear\">Clear</button><output id=\"shown\"></output></form>\n</header>\n<main>\n<nav>";
  for (const EntityRow& e : entities)
    out << "<a href=\"#tl-" << html_escape(e.id) << "\">" << html_escape(e.name) << "</a>";
  out << "</nav>\n";
  write_picture(out, store, spec);
  size_t entries = 0;
  for (const EntityRow& e : entities) entries += write_timeline(out, store, names, e, spec);
  out << "</main>\n<script>" << report_assets::kScript << "</script>\n</body>\n</html>\n";
  return entries;
}

}  // namespace newsgraph
