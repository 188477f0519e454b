#include "conflicts.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <fstream>
#include <tuple>
#include <map>
#include <set>

#include "time_interval.h"

namespace newsgraph {
namespace {

// ---- The rules' vocabulary ----

// Modalities that state a fact as having happened: only these can contradict by polarity,
// figures or (past) dates. Intentions ("planned", "threatened") and conjectures may change.
const std::set<std::string> kFactual = {"asserted", "reported"};
// Modalities of an event announced as ahead: reports of one upcoming event can disagree on its day.
const std::set<std::string> kAhead = {"planned", "expected", "promised"};
// Modalities that affirm a fact, against which "denied" is a contradiction.
const std::set<std::string> kAffirming = {"asserted", "reported", "planned", "expected", "promised"};
// How far before its article a fact dated only by that article may have happened: a report
// dated the 23rd without a day of its own may be about the 20th.
constexpr long kArticleDateSlackDays = 7;
// Words that do not change which thing an object names ("the tariffs", "its tariffs").
const std::set<std::string> kObjectFillers = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "new"};

struct Report {
  std::string article_id, article_date, speaker_id, speaker_name;
  int sentence = 0;
};

struct Fact {
  RelationRecord r;
  std::vector<Report> reports;
  std::optional<std::pair<long, long>> days;  // fact_days, computed once
  std::string numbers;  // the figures of the object text, "25 percent"; empty when none
  std::string shape;    // the object text with figures as '#' and fillers dropped
};

// Splits object text into lower-case words, numbers kept whole ("1,000", "2.5", "25%").
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && (cur.back() == ',' || cur.back() == '.')) cur.pop_back();
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || ((c == '.' || c == ',') && !cur.empty() && std::isdigit(static_cast<unsigned char>(cur.back())))) {
      cur += static_cast<char>(std::tolower(u));
    } else if (c == '%') {
      flush();
      out.push_back("percent");
    } else {
      flush();
    }
  }
  flush();
  return out;
}

bool is_number(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

void describe_object_text(Fact& f) {
  std::string shape, numbers;
  std::vector<std::string> w = words_of(f.r.object_text);
  for (size_t i = 0; i < w.size(); ++i) {
    if (kObjectFillers.count(w[i])) continue;
    if (is_number(w[i])) {
      std::string n = w[i];
      n.erase(std::remove(n.begin(), n.end(), ','), n.end());
      numbers += (numbers.empty() ? "" : " ") + n;
      if (i + 1 < w.size() && w[i + 1] == "percent") numbers += " percent";
      shape += "# ";
    } else {
      shape += w[i] + " ";
    }
  }
  f.numbers = numbers;
  f.shape = shape;
}

// The days a fact may have happened on: its time value's interval, widened back by the slack when
// the time is only its article's date. nullopt when unknown (a duration, no time).
std::optional<std::pair<long, long>> fact_days(const Fact& f) {
  auto i = time_interval(f.r.time_value);
  if (!i) return std::nullopt;
  long first = i->first.days(), last = i->last.days();
  if (f.r.time_from_article) first -= kArticleDateSlackDays;
  return std::make_pair(first, last);
}

bool times_compatible(const Fact& a, const Fact& b) {
  const auto& x = a.days;
  const auto& y = b.days;
  if (!x || !y) return true;
  return x->first <= y->second && y->first <= x->second;
}

// Across articles or speakers: some report of one comes from another article or another speaker
// than some report of the other.
bool independent(const Fact& a, const Fact& b) {
  for (const Report& x : a.reports)
    for (const Report& y : b.reports)
      if (x.article_id != y.article_id || x.speaker_id != y.speaker_id || x.speaker_name != y.speaker_name) return true;
  return false;
}

// ---- The four rules: does this pair of versions of one fact disagree, and on what ----

bool polarity_conflict(const Fact& a, const Fact& b) {
  return a.r.polarity != b.r.polarity && kFactual.count(a.r.modality) && kFactual.count(b.r.modality) &&
         times_compatible(a, b);
}

std::optional<long> stated_day(const Fact& f);

// Figures change (prices by the hour, totals as counts come in): two figures disagree only when
// both are stated as fact for the same stated day.
bool figures_conflict(const Fact& a, const Fact& b) {
  auto da = stated_day(a), db = stated_day(b);
  return !a.numbers.empty() && !b.numbers.empty() && a.numbers != b.numbers && a.shape == b.shape &&
         a.r.polarity == b.r.polarity && kFactual.count(a.r.modality) && kFactual.count(b.r.modality) && da && db &&
         *da == *db;
}

bool modality_conflict(const Fact& a, const Fact& b) {
  auto one_way = [](const Fact& x, const Fact& y) { return x.r.modality == "denied" && kAffirming.count(y.r.modality); };
  return (one_way(a, b) || one_way(b, a)) && a.r.polarity == b.r.polarity && times_compatible(a, b);
}

// A day the fact's own words give (not its article's date), as days since 1970.
std::optional<long> stated_day(const Fact& f) {
  if (f.r.time_from_article) return std::nullopt;
  auto i = time_interval(f.r.time_value);
  if (!i || i->coarse) return std::nullopt;
  return i->first.days();
}

std::optional<long> day_of(const std::string& ymd) {
  auto i = time_interval(ymd);
  if (!i) return std::nullopt;
  return i->first.days();
}

// Different days for one event: told as past by reports all written after both days, or as ahead
// by reports all written before both. Two meetings a week apart, each reported as it happened,
// are two events and do not match.
bool dates_conflict(const Fact& a, const Fact& b) {
  auto da = stated_day(a), db = stated_day(b);
  if (!da || !db || *da == *db || a.r.polarity != b.r.polarity) return false;
  long first_report = 0, last_report = 0;
  bool any = false;
  for (const Fact* f : {&a, &b})
    for (const Report& r : f->reports)
      if (auto d = day_of(r.article_date)) {
        first_report = any ? std::min(first_report, *d) : *d;
        last_report = any ? std::max(last_report, *d) : *d;
        any = true;
      }
  if (!any) return false;
  const bool past = kFactual.count(a.r.modality) && kFactual.count(b.r.modality) && first_report >= std::max(*da, *db);
  // A fact told as happening ("X will meet Y on the 28th, officials said" is reported) on a day after
  // every report is as much an announcement of something to come as a plan is.
  auto told_ahead = [](const Fact& f) { return kAhead.count(f.r.modality) || kFactual.count(f.r.modality); };
  const bool ahead = told_ahead(a) && told_ahead(b) && last_report < std::min(*da, *db);
  return past || ahead;
}

struct Rule {
  ConflictKind kind;
  bool (*disagree)(const Fact&, const Fact&);
};
const Rule kRules[] = {
    {ConflictKind::kPolarity, polarity_conflict},
    {ConflictKind::kFigures, figures_conflict},
    {ConflictKind::kDates, dates_conflict},
    {ConflictKind::kModality, modality_conflict},
};

std::string version_value(ConflictKind kind, const Fact& f) {
  switch (kind) {
    case ConflictKind::kPolarity: return f.r.polarity;
    case ConflictKind::kFigures: return f.numbers;
    case ConflictKind::kDates: return f.r.time_value;
    case ConflictKind::kModality: return f.r.modality;
  }
  return "";
}

// Which facts are versions of one fact: subject, relation (event type, else predicate) and object
// (the entity; without one, the object text's shape). A symmetric relation keys its pair in order.
std::string fact_key(const Fact& f) {
  std::string s = f.r.subject_id, o = f.r.object_id.empty() ? "text:" + f.shape : f.r.object_id;
  if (f.r.symmetric && !f.r.object_id.empty() && o < s) std::swap(s, o);
  return s + '\x1f' + (f.r.event_type.empty() ? f.r.predicate : f.r.event_type) + '\x1f' + o;
}

// Facts grouped by what they are about (fact_key), with their reports; only groups of two or more
// versions, and reports are read for those only. Subjects of no known kind ("GDP", "Shr") are often
// different things under one word: the store leaves them out, with reporting verbs and facts
// without an object. The facts live in `store_of_facts`, which must outlive the groups.
std::map<std::string, std::vector<const Fact*>> versions_of_facts(GraphStore& store, const ConflictOptions& options,
                                                                  std::deque<Fact>& store_of_facts) {
  std::map<std::string, std::vector<Fact*>> all;
  for (RelationRecord& r : store.fact_relations(options.about_id, options.reporting_verbs)) {
    Fact& f = store_of_facts.emplace_back();
    f.r = std::move(r);
    describe_object_text(f);
    f.days = fact_days(f);
    if (!f.r.object_id.empty() || !f.shape.empty()) all[fact_key(f)].push_back(&f);
  }
  std::map<std::string, std::vector<const Fact*>> groups;
  for (auto& [key, members] : all) {
    if (members.size() < 2) continue;
    std::vector<const Fact*> reported;  // a relation left without evidence is no version
    for (Fact* f : members) {
      for (GraphStore::FactReport& v : store.fact_reports(f->r.id))
        f->reports.push_back({v.article_id, v.article_date, v.speaker_id, v.speaker_name, v.sentence});
      if (!f->reports.empty()) reported.push_back(f);
    }
    if (reported.size() >= 2) groups.emplace(key, std::move(reported));
  }
  return groups;
}

}  // namespace

const char* conflict_kind_name(ConflictKind k) {
  switch (k) {
    case ConflictKind::kPolarity: return "polarity";
    case ConflictKind::kFigures: return "figures";
    case ConflictKind::kDates: return "dates";
    case ConflictKind::kModality: return "modality";
  }
  return "";
}

std::set<std::string> load_reporting_verbs(const std::string& data_dir) {
  const std::string path = data_dir + "/lexicon/cues.tsv";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + " (set NEWSGRAPH_DATA to the data folder)");
  std::set<std::string> verbs;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') verbs.insert(line.substr(0, line.find('\t')));
  return verbs;
}

std::vector<Conflict> find_conflicts(GraphStore& store, const ConflictOptions& options) {
  std::deque<Fact> facts;
  std::map<std::string, std::vector<const Fact*>> groups = versions_of_facts(store, options, facts);

  // One sentence printed again in a later article (a wire story re-run, its "yesterday" now
  // another day) is one source, not two that disagree. Read only for pairs that disagree.
  std::map<const Fact*, std::set<std::string>> sentences;
  auto same_words = [&](const Fact& a, const Fact& b) {
    for (const Fact* f : {&a, &b})
      if (!sentences.count(f))
        for (const EvidenceRow& e : store.relation_evidence(f->r.id)) sentences[f].insert(e.sentence_text);
    for (const std::string& text : sentences[&a])
      if (sentences[&b].count(text)) return true;
    return false;
  };
  std::vector<Conflict> out;
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    for (const Rule& rule : kRules) {
      std::set<const Fact*> involved;
      for (size_t i = 0; i < members.size(); ++i)
        for (size_t j = i + 1; j < members.size(); ++j)
          if (rule.disagree(*members[i], *members[j]) && independent(*members[i], *members[j]) &&
              !same_words(*members[i], *members[j]))
            involved.insert(members[i]), involved.insert(members[j]);
      if (involved.empty()) continue;
      Conflict c;
      c.kind = rule.kind;
      const Fact& first = **involved.begin();
      c.subject_id = first.r.subject_id;
      c.object_id = first.r.object_id;
      c.relation = first.r.event_type.empty() ? first.r.predicate : first.r.event_type;
      c.subject_name = store.entity_name(c.subject_id).value_or(c.subject_id);
      c.object_name = c.object_id.empty() ? first.r.object_text : store.entity_name(c.object_id).value_or(c.object_id);
      std::set<std::tuple<std::string, std::string, int>> shown;  // value, article, sentence
      for (const Fact* f : involved) {
        std::map<std::pair<std::string, int>, const Report*> by_sentence;
        for (const Report& r : f->reports) by_sentence[{r.article_id, r.sentence}] = &r;
        for (const EvidenceRow& e : store.relation_evidence(f->r.id)) {
          if (!shown.insert({version_value(rule.kind, *f), e.article_id, e.sentence}).second) continue;
          ConflictVersion v;
          v.relation_id = f->r.id;
          v.value = version_value(rule.kind, *f);
          v.modality = f->r.modality;
          v.polarity = f->r.polarity;
          v.time_value = f->r.time_value;
          auto rep = by_sentence.find({e.article_id, e.sentence});
          if (rep != by_sentence.end()) v.speaker = rep->second->speaker_name;
          v.article_id = e.article_id;
          v.article_title = e.article_title;
          v.article_date = e.article_date;
          v.sentence = e.sentence_text;
          v.sentence_index = e.sentence;
          c.versions.push_back(std::move(v));
        }
      }
      std::stable_sort(c.versions.begin(), c.versions.end(), [](const ConflictVersion& a, const ConflictVersion& b) {
        return std::tie(a.value, a.article_date, a.article_id) < std::tie(b.value, b.article_date, b.article_id);
      });
      out.push_back(std::move(c));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Conflict& a, const Conflict& b) {
    return std::tie(a.kind, a.subject_name, a.relation) < std::tie(b.kind, b.subject_name, b.relation);
  });
  return out;
}

}  // namespace newsgraph
