// non-actor-subject (see non_actor_subjects.h).
#include "non_actor_subjects.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "text_util.h"
#include "triples.h"  // is_passive_agent_rule

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool is_non_actor_noun(std::string_view w, const Lexicons& lex) {
  if (lex.non_actor_nouns.find(w) != StringTable::kNone) return true;
  // A plural: "floods", "diseases" (the list holds the singular).
  return w.size() > 3 && w.back() == 's' && lex.non_actor_nouns.find(w.substr(0, w.size() - 1)) != StringTable::kNone;
}

// "Hurricane Ida", "Tropical Storm Bret": the subject (an article aside) starts with a kind of
// data/lexicon/storm_kinds.txt, the list storm-name-variant merges a storm's names by, and a
// capitalized name follows it.
// The kind's words are walked in place: this runs for every coded relation's subject, and
// splitting each kind into a vector cost an allocation per kind per relation.
bool is_named_storm(const std::vector<std::string_view>& words, const Lexicons& lex) {
  const size_t first = !words.empty() && (words[0] == "the"sv || words[0] == "The"sv) ? 1 : 0;
  for (const std::string_view kind : lex.storm_kinds) {
    size_t k = first;
    bool same = true;
    for (size_t b = 0; b <= kind.size() && same;) {
      const size_t e = std::min(kind.find(' ', b), kind.size());
      const std::string_view w = kind.substr(b, e - b);
      b = e + 1;
      if (w.empty()) continue;
      if (k >= words.size() || words[k] != w) same = false;
      else ++k;
    }
    if (same && k < words.size() && is_upper_initial(words[k])) return true;
  }
  return false;
}

std::vector<std::string_view> words_of(const std::string& text) {
  std::vector<std::string_view> words;
  for (std::string_view w : split(text, ' '))
    if (!w.empty()) words.push_back(w);
  return words;
}

// names_non_actor on the subject's words.
bool words_name_non_actor(const std::vector<std::string_view>& words, const Lexicons& lex) {
  if (words.empty()) return false;
  if (is_named_storm(words, lex)) return true;
  std::string last = to_lower(words.back());
  while (!last.empty() && !std::isalpha(static_cast<unsigned char>(last.back()))) last.pop_back();
  return is_non_actor_noun(last, lex);
}

}  // namespace

bool names_non_actor(const std::string& subject_text, const Lexicons& lex) {
  return words_name_non_actor(words_of(subject_text), lex);
}

void uncode_non_actor_events(std::vector<ExtractedRelation>& relations, const Lexicons& lex) {
  for (ExtractedRelation& r : relations) {
    if (r.cameo.empty() || r.attribution || r.surface_only) continue;
    const bool by_agent = is_passive_agent_rule(r.rule);
    const std::string& entity = by_agent ? r.object : r.subject;
    const std::vector<std::string_view> words = words_of(by_agent ? r.object_text : r.subject_text);
    if (!words_name_non_actor(words, lex)) continue;
    if (!entity.empty() && !is_named_storm(words, lex)) continue;  // an entity acts, a named storm does not
    r.cameo.clear();
    r.event_type.clear();
    r.symmetric = false;
    r.rule = "non-actor-subject";
  }
}

}  // namespace newsgraph
