#include "word_classes.h"

#include <algorithm>
#include <vector>

#include "text_util.h"
#include "word_ids.h"

namespace newsgraph {

namespace {
constexpr uint8_t kLookedUp = 0x80;  // the word's classes are known (zero means not yet)

uint8_t classes_of(const Lexicons& lex, const Token& t, const GazetteerEntry** place) {
  uint8_t c = kLookedUp;
  if (lex.titles.count(t.lower) || lex.title_prefixes.count(t.lower)) c |= static_cast<uint8_t>(WordClass::kTitleStart);
  if (lex.event_noun_last_words.count(t.lower)) c |= static_cast<uint8_t>(WordClass::kEventNounEnd);
  if (lex.agent_last_words.count(t.lower)) c |= static_cast<uint8_t>(WordClass::kAgentNounEnd);
  const std::string key = alias_key(t.text);
  *place = lex.find_place_key(key);
  if (lex.gazetteer_prefixes.count(key)) c |= static_cast<uint8_t>(WordClass::kPlacePrefix);
  if (*place || (c & static_cast<uint8_t>(WordClass::kPlacePrefix))) c |= static_cast<uint8_t>(WordClass::kPlaceStart);
  return c;
}

// Per thread and per Lexicons (its generation): word id -> classes (0 until looked up) and the
// gazetteer entry of the word alone.
struct Memo {
  uint64_t generation = 0;
  std::vector<uint8_t> classes;
  std::vector<const GazetteerEntry*> places;
};

// Token t's classes (t.word != kNoWord), looked up on first use; `place` is set to its entry.
uint8_t remembered_classes(const Lexicons& lex, const Token& t, const GazetteerEntry** place) {
  thread_local Memo memo;
  if (memo.generation != lex.generation) {
    memo = Memo{};
    memo.generation = lex.generation;
  }
  if (t.word >= memo.classes.size()) {
    const size_t size = std::max<size_t>(word_count(), t.word + 1);
    memo.classes.resize(size, 0);
    memo.places.resize(size, nullptr);
  }
  uint8_t& classes = memo.classes[t.word];
  if (classes == 0) classes = classes_of(lex, t, &memo.places[t.word]);
  *place = memo.places[t.word];
  return classes;
}
}  // namespace

bool has_word_class(const Lexicons& lex, const Token& t, WordClass c) {
  const uint8_t bit = static_cast<uint8_t>(c);
  const GazetteerEntry* place = nullptr;
  if (t.word == kNoWord) return (classes_of(lex, t, &place) & bit) != 0;
  return (remembered_classes(lex, t, &place) & bit) != 0;
}

const GazetteerEntry* word_place(const Lexicons& lex, const Token& t) {
  const GazetteerEntry* place = nullptr;
  if (t.word == kNoWord) classes_of(lex, t, &place);
  else remembered_classes(lex, t, &place);
  return place;
}

}  // namespace newsgraph
