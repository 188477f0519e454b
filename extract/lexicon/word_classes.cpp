#include "word_classes.h"

#include <algorithm>
#include <vector>

#include "text_util.h"
#include "word_ids.h"

namespace newsgraph {

namespace {
constexpr uint8_t kLookedUp = 0x80;  // the word's classes are known (zero means not yet)

uint8_t classes_of(const Lexicons& lex, const Token& t) {
  uint8_t c = kLookedUp;
  if (lex.titles.count(t.lower) || lex.title_prefixes.count(t.lower)) c |= static_cast<uint8_t>(WordClass::kTitleStart);
  if (lex.event_noun_last_words.count(t.lower)) c |= static_cast<uint8_t>(WordClass::kEventNounEnd);
  const std::string key = alias_key(t.text);
  if (lex.find_place_key(key) || lex.gazetteer_prefixes.count(key)) c |= static_cast<uint8_t>(WordClass::kPlaceStart);
  return c;
}
}  // namespace

bool has_word_class(const Lexicons& lex, const Token& t, WordClass c) {
  const uint8_t bit = static_cast<uint8_t>(c);
  if (t.word == kNoWord) return (classes_of(lex, t) & bit) != 0;
  // Per thread and per Lexicons (its generation): word id -> classes, 0 until looked up.
  struct Memo {
    uint64_t generation = 0;
    std::vector<uint8_t> classes;
  };
  thread_local Memo memo;
  if (memo.generation != lex.generation) {
    memo = Memo{};
    memo.generation = lex.generation;
  }
  if (t.word >= memo.classes.size()) memo.classes.resize(std::max<size_t>(word_count(), t.word + 1), 0);
  uint8_t& classes = memo.classes[t.word];
  if (classes == 0) classes = classes_of(lex, t);
  return (classes & bit) != 0;
}

}  // namespace newsgraph
