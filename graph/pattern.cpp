#include "pattern.h"

#include <cctype>
#include <fstream>

#include "entity_lookup.h"
#include "no_event.h"
#include "text_util.h"

namespace newsgraph {
namespace {

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\n"), b = s.find_last_not_of(" \t\n");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

std::string unquote(const std::string& s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) return s.substr(1, s.size() - 2);
  return s;
}

bool is_word(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

NodeMatch resolve_node(GraphStore& store, const std::string& token, const char* side) {
  NodeMatch n;
  if (token == "*") return n;
  if (pattern_entity_types().count(token)) return {NodeMatch::Kind::kType, token};
  LookupResult r = lookup_entity(store, unquote(token));
  if (r.status != LookupResult::Status::kFound) throw PatternError(std::string(side) + " '" + token + "': " + r.message(unquote(token)));
  return {NodeMatch::Kind::kEntity, r.entity.id};
}

RelationMatch resolve_relation(const std::string& token, const std::set<std::string>& event_types) {
  if (token.empty() || token == "*") return {};
  if (token == "claim") return {RelationMatch::Kind::kClaim, ""};
  auto bad = [&](const std::string& why) { return PatternError("relation '" + token + "': " + why); };
  if (token.rfind("cameo:", 0) == 0) {
    std::string code = token.substr(6);
    if (!code.empty() && code.back() == '*') code.pop_back();
    if (code.empty() || code.size() > 4 || code.find_first_not_of("0123456789") != std::string::npos)
      throw bad("a CAMEO code is 1 to 4 digits, optionally followed by * (cameo:13*, cameo:040)");
    return {RelationMatch::Kind::kCameoPrefix, code};
  }
  if (token.rfind("event:", 0) == 0) {
    std::string type = token.substr(6);
    if (!event_types.count(type)) throw bad("no such event type in data/events.tsv");
    return {RelationMatch::Kind::kEventType, type};
  }
  if (token.rfind("lemma:", 0) == 0) {
    std::string lemma = token.substr(6);
    if (!is_word(lemma)) throw bad("a lemma is one word");
    return {RelationMatch::Kind::kPredicate, lemma};
  }
  if (!is_word(token))
    throw bad("expected *, claim, cameo:DIGITS[*], event:TYPE, lemma:WORD or a single word");
  const std::string lower = to_lower(token);
  if (event_types.count(lower)) return {RelationMatch::Kind::kEventType, lower};
  return {RelationMatch::Kind::kPredicate, lower};
}

}  // namespace

const std::set<std::string>& pattern_entity_types() {
  static const std::set<std::string> types = {"PERSON", "COUNTRY", "PLACE", "ORG", "AGENT", "OTHER"};
  return types;
}

const std::set<std::string>& pattern_modalities() {
  static const std::set<std::string> modalities = {"asserted", "reported", "expected", "planned",  "possible",
                                                   "promised", "threatened", "denied", "hypothetical"};
  return modalities;
}

PatternText parse_pattern(const std::string& raw) {
  const std::string text = trim(raw);
  auto usage = [&](const std::string& why) {
    return PatternError(why + " in pattern '" + text + "' (write SUBJECT -RELATION-> OBJECT, e.g. 'PERSON -meet-> *')");
  };
  size_t head = text.find("->");
  if (head == std::string::npos) throw usage("no arrow '->'");
  if (text.find("->", head + 2) != std::string::npos) throw usage("more than one arrow");
  PatternText p;
  p.object = trim(text.substr(head + 2));
  size_t tail;  // where the arrow starts: its first '-'
  if (head > 0 && text[head - 1] == ']') {
    size_t open = text.rfind("-[", head);
    if (open == std::string::npos) throw usage("']->' without '-['");
    tail = open;
    p.relation = trim(text.substr(open + 2, head - 1 - (open + 2)));
  } else {
    // -REL-> : the relation is the word before "->", after a '-' that starts the arrow (a '-' at
    // the start or after a space, so that hyphenated names stay whole).
    tail = std::string::npos;
    for (size_t i = head; i-- > 0;) {
      if (text[i] == '-' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
        tail = i;
        break;
      }
      if (text[i] == ' ') break;
    }
    if (tail == std::string::npos) throw usage("the arrow must start with '-' after a space");
    p.relation = trim(text.substr(tail + 1, head - tail - 1));
  }
  p.subject = trim(text.substr(0, tail));
  if (p.subject.empty()) throw usage("no subject before the arrow (use * for any)");
  if (p.object.empty()) throw usage("no object after the arrow (use * for any)");
  if (p.relation.find(' ') != std::string::npos) throw usage("relation '" + p.relation + "' has a space");
  return p;
}

std::set<std::string> load_event_types(const std::string& data_dir) {
  const std::string path = data_dir + "/events.tsv";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + " (set NEWSGRAPH_DATA to the data folder)");
  std::set<std::string> types;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) cols.push_back(line.substr(start, tab - start));
    cols.push_back(line.substr(start));
    if (cols.size() < 7) throw std::runtime_error(path + ":" + std::to_string(n) + ": expected 7 tab-separated columns");
    if (!marks_no_event(cols[2])) types.insert(cols[2]);
    if (!marks_no_event(cols[5])) types.insert(cols[5]);  // a threatened form, "-" when the row has none
  }
  return types;
}

RelationPattern resolve_pattern(GraphStore& store, const PatternText& text, const std::set<std::string>& event_types) {
  RelationPattern p;
  p.subject = resolve_node(store, text.subject, "subject");
  p.relation = resolve_relation(text.relation, event_types);
  p.object = resolve_node(store, text.object, "object");
  return p;
}

}  // namespace newsgraph
