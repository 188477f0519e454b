#include "gold.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "text.h"

namespace newsgraph::eval {
namespace {

const std::set<std::string> kModalities = {"asserted", "reported", "expected",     "planned", "threatened",
                                           "promised", "possible", "hypothetical", "denied"};
const std::set<std::string> kTypes = {"PERSON", "COUNTRY", "PLACE", "ORG", "OTHER"};
const std::set<std::string> kClasses = {"non-name participants", "dates", "objects cut short", "reported speech",
                                        "coreference", "coordination", "names", "merges", "roles",
                                        "junk predicates", "page furniture", "fragments"};
const std::set<std::string> kTopics = {"diplomacy", "trade", "elections", "courts", "conflict",
                                       "business", "disasters", "protests", "politics"};

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(trim(s.substr(start)));
      return out;
    }
    out.push_back(trim(s.substr(start, p - start)));
    start = p + sep.size();
  }
}

struct LineContext {
  const std::filesystem::path& file;
  int line;
  [[noreturn]] void fail(const std::string& why) const {
    throw GoldError(file.string() + ":" + std::to_string(line) + ": " + why);
  }
};

Participant participant(const std::string& field, const LineContext& at, const char* what) {
  Participant p;
  if (field.empty()) at.fail(std::string("empty ") + what + " (write '-' when there is none)");
  if (field == "-") return p;
  p.none = false;
  p.text = field;
  p.text.erase(std::remove(p.text.begin(), p.text.end(), '*'), p.text.end());
  p.key = key_words(field);
  if (p.key.empty()) at.fail(std::string(what) + " '" + field + "' has no word to match");
  return p;
}

void check_time(const std::string& t, const LineContext& at) {
  if (t.empty()) return;
  static const std::set<std::string> kRefs = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"};
  if (kRefs.count(t)) return;
  bool ok = t.size() >= 4 && std::all_of(t.begin(), t.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  for (char c : t)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) ok = false;
  if (!ok) at.fail("time '" + t + "' is not a TIMEX3 value (2020-03-05, 2020-03, 2020-W10, 2020-Q4, PRESENT_REF) or '-'");
}

// Splits off an optional final "@class,..." field.
std::string take_tag(std::vector<std::string>& fields, const LineContext& at) {
  if (fields.empty() || fields.back().empty() || fields.back()[0] != '@') return "";
  std::string tag = fields.back().substr(1);
  fields.pop_back();
  for (const auto& c : split(tag, ","))
    if (!kClasses.count(c)) at.fail("unknown failure class '@" + c + "' (see 'Failure classes' in GUIDE.md)");
  return split(tag, ",").front();
}

GoldFact parse_fact(FactKind kind, const std::string& body, const LineContext& at) {
  GoldFact f;
  f.kind = kind;
  f.line = at.line;
  f.source_line = std::string(kind_name(kind)) + " " + body;
  std::vector<std::string> fields = split(body, " | ");
  f.tag = take_tag(fields, at);
  auto want = [&](size_t n, const char* shape) {
    if (fields.size() != n)
      at.fail(std::string(kind_name(kind)) + " needs " + std::to_string(n) + " fields separated by ' | ': " + shape +
              " (found " + std::to_string(fields.size()) + ")");
  };
  switch (kind) {
    case FactKind::kEvent: {
      want(7, "subject | predicate | object | time | place | modality | polarity");
      f.subject = participant(fields[0], at, "subject");
      if (fields[1].empty() || fields[1] == "-") at.fail("an EVENT needs a predicate");
      f.predicates = split(fields[1], "/");
      f.object = participant(fields[2], at, "object");
      if (f.subject.none && f.object.none) at.fail("an EVENT needs a subject or an object");
      f.time = fields[3] == "-" ? "" : fields[3];
      check_time(f.time, at);
      f.place = fields[4] == "-" ? "" : fields[4];
      f.modality = fields[5];
      if (!kModalities.count(f.modality)) at.fail("unknown modality '" + f.modality + "' (see GUIDE.md)");
      f.polarity = fields[6];
      if (f.polarity != "positive" && f.polarity != "negative") at.fail("polarity must be positive or negative");
      break;
    }
    case FactKind::kClaim: {
      want(3, "speaker | cue | content key words");
      f.subject = participant(fields[0], at, "speaker");
      if (f.subject.none) at.fail("a CLAIM needs a speaker");
      f.predicates = {fields[1]};
      f.content = content_words(fields[2]);
      if (f.content.empty()) at.fail("a CLAIM needs content key words");
      break;
    }
    case FactKind::kRole: {
      want(3, "person | role | organisation or country");
      f.subject = participant(fields[0], at, "person");
      if (f.subject.none) at.fail("a ROLE needs a person");
      f.role = participant(fields[1], at, "role");
      if (f.role.none) at.fail("a ROLE needs a role");
      f.object = participant(fields[2], at, "organisation");
      break;
    }
  }
  return f;
}

std::vector<MergeForm> parse_merge(const std::string& body, const LineContext& at) {
  std::vector<MergeForm> group;
  for (const auto& part : split(body, " = ")) {
    MergeForm m;
    size_t brace = part.find('{');
    if (brace != std::string::npos) {
      if (part.back() != '}') at.fail("a context in braces must end the form: 'he {He tweeted}'");
      m.form = trim(part.substr(0, brace));
      m.context = trim(std::string_view(part).substr(brace + 1, part.size() - brace - 2));
      if (fold(m.context).find(fold(m.form)) == std::string::npos)
        at.fail("the context {" + m.context + "} does not contain the form '" + m.form + "'");
    } else {
      m.form = part;
    }
    if (m.form.empty()) at.fail("empty form in MERGE");
    group.push_back(m);
  }
  if (group.size() < 2) at.fail("a MERGE group needs at least two forms separated by ' = '");
  return group;
}

}  // namespace

const char* kind_name(FactKind k) {
  switch (k) {
    case FactKind::kEvent: return "EVENT";
    case FactKind::kClaim: return "CLAIM";
    case FactKind::kRole: return "ROLE";
  }
  return "?";
}

const Corpus* find_corpus(std::string_view source) {
  for (const Corpus& c : kCorpora)
    if (c.source == source) return &c;
  return nullptr;
}

std::vector<std::string> key_words(std::string_view text) {
  std::string t(text);
  size_t star = t.find('*');
  if (star != std::string::npos) {
    size_t end = star + 1;
    while (end < t.size() && t[end] != ' ') ++end;
    return words(t.substr(star + 1, end - star - 1));
  }
  std::vector<std::string> w = words(t);
  if (w.empty()) return {};
  // "police of Kenya", "minister of information": the head comes before "of".
  auto of = std::find(w.begin(), w.end(), "of");
  if (of != w.begin() && of != w.end()) return {*(of - 1)};
  return {w.back()};
}

std::vector<std::string> GoldArticle::name_forms(const std::string& name) const {
  std::vector<std::string> out = {name};
  std::string key = name_key(name);
  for (const auto& group : merges) {
    bool holds = std::any_of(group.begin(), group.end(), [&](const MergeForm& m) { return name_key(m.form) == key; });
    if (!holds) continue;
    for (const auto& m : group)
      if (!is_pronoun(m.form)) out.push_back(m.form);
  }
  return out;
}

GoldArticle parse_gold(std::string_view text, const std::filesystem::path& file) {
  GoldArticle a;
  a.file = file;
  std::istringstream in{std::string(text)};
  std::string raw;
  int n = 0;
  bool in_header = true;
  std::set<std::string> seen_keys;
  while (std::getline(in, raw)) {
    ++n;
    LineContext at{file, n};
    std::string line = raw;
    size_t hash = line.find(" # ");
    if (hash != std::string::npos) line = line.substr(0, hash);
    if (!line.empty() && line[0] == '#') continue;
    line = trim(line);
    if (line.empty()) continue;
    size_t sp = line.find(' ');
    std::string word = line.substr(0, sp);
    std::string body = sp == std::string::npos ? "" : trim(line.substr(sp + 1));
    if (word == "EVENT" || word == "CLAIM" || word == "ROLE") {
      in_header = false;
      FactKind k = word == "EVENT" ? FactKind::kEvent : word == "CLAIM" ? FactKind::kClaim : FactKind::kRole;
      a.facts.push_back(parse_fact(k, body, at));
    } else if (word == "ENTITY") {
      in_header = false;
      auto f = split(body, " | ");
      if (f.size() != 2 || f[0].empty()) at.fail("ENTITY needs 'name | TYPE'");
      if (!kTypes.count(f[1])) at.fail("unknown entity type '" + f[1] + "' (PERSON, COUNTRY, PLACE, ORG, OTHER)");
      a.entities.emplace_back(f[0], f[1]);
    } else if (word == "MERGE") {
      in_header = false;
      a.merges.push_back(parse_merge(body, at));
    } else if (word == "NOTMERGE") {
      in_header = false;
      auto f = split(body, " != ");
      if (f.size() != 2 || f[0].empty() || f[1].empty()) at.fail("NOTMERGE needs 'name != name'");
      a.not_merged.emplace_back(f[0], f[1]);
      a.not_merged_lines.push_back(n);
    } else if (in_header && word.size() > 1 && word.back() == ':') {
      std::string key = word.substr(0, word.size() - 1);
      if (!seen_keys.insert(key).second) at.fail("header key '" + key + "' given twice");
      if (key == "id") {
        a.id = body;
        a.id_line = n;
      }
      else if (key == "url") a.url = body;
      else if (key == "date") a.date = body;
      else if (key == "title") a.title = body;
      else if (key == "topic") a.topic = body;
      else if (key == "source") a.source = body;
      else if (key == "credit") a.credit = body;
      else if (key == "exhaustive") {
        if (body != "yes" && body != "no") at.fail("exhaustive must be yes or no");
        a.exhaustive = body == "yes";
      } else {
        at.fail("unknown header key '" + key + "' (id, url, date, title, topic, exhaustive, source, credit)");
      }
    } else {
      at.fail("unknown statement '" + word + "' (EVENT, CLAIM, ROLE, ENTITY, MERGE, NOTMERGE, or a header 'key: value' before them)");
    }
  }
  // One fact is one line: a second line would ask the graph for the same fact twice.
  std::map<std::string, int> first_line;
  for (const auto& f : a.facts) {
    std::string key = std::string(kind_name(f.kind)) + "|" + name_key(f.subject.text) + "|" + name_key(f.role.text) + "|";
    for (const auto& p : f.predicates) key += lower_ascii(p) + "/";
    key += "|" + name_key(f.object.text) + "|" + f.time + "|" + f.polarity;
    for (const auto& w : f.content) key += " " + w;
    auto [it, fresh] = first_line.emplace(key, f.line);
    if (!fresh) LineContext{file, f.line}.fail("the same fact as line " + std::to_string(it->second) + " (annotate a fact once)");
  }
  LineContext top{file, 1};
  for (const char* key : {"id", "url", "date", "title", "topic", "exhaustive", "source", "credit"})
    if (!seen_keys.count(key)) top.fail(std::string("missing header line '") + key + ": ...'");
  if (!kTopics.count(a.topic)) top.fail("unknown topic '" + a.topic + "' (see GUIDE.md)");
  const Corpus* corpus = find_corpus(a.source);
  if (!corpus && !a.source.starts_with("web/")) top.fail("source must be 'wikinews', 'bbc' or 'web/<name>.txt'");
  if (a.date == "-") {
    if (!corpus || corpus->dated) top.fail("date '-' is only for an article of an undated corpus (source: bbc); give YYYY-MM-DD");
  } else if (a.date.size() != 10 || a.date[4] != '-' || a.date[7] != '-') {
    top.fail(corpus && !corpus->dated ? "date must be YYYY-MM-DD, or '-' (the corpus has no dates)" : "date must be YYYY-MM-DD");
  }
  if (a.facts.empty()) top.fail("no EVENT, CLAIM or ROLE lines");
  return a;
}

GoldArticle read_gold(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw GoldError(file.string() + ": cannot be read");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_gold(ss.str(), file);
}

std::vector<GoldArticle> read_gold_dir(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& sub : {dir, dir / "web"}) {
    if (!std::filesystem::is_directory(sub)) continue;
    for (const auto& e : std::filesystem::directory_iterator(sub))
      if (e.is_regular_file() && e.path().extension() == ".gold") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<GoldArticle> out;
  std::set<std::string> ids;
  for (const auto& f : files) {
    out.push_back(read_gold(f));
    if (!ids.insert(out.back().id).second) throw GoldError(f.string() + ":1: article id '" + out.back().id + "' is annotated twice");
  }
  return out;
}

}  // namespace newsgraph::eval
