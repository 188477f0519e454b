// Lexicon word classes by word id: the Lexicons sets that stages probe with a token's lower-case
// form for most tokens, looked up once per distinct word (Token::word, word_ids.h) and kept per
// thread as bits, each class at its first probe for that word, so that a later probe reads a
// byte instead of hashing the word again (a std::unordered_set<std::string> probe costs about
// 110 instructions, two of them per call of title_prefix or match_noun, two and an alias key per
// call of gazetteer_match).
#pragma once
#include <cstdint>
#include <string_view>

#include "lexicons.h"
#include "token.h"
#include "word_id_memo.h"

namespace newsgraph {

enum class WordClass : uint8_t {
  kTitleStart = 1,     // a title or the first word of one: lex.titles or lex.title_prefixes
  kEventNounEnd = 2,   // the last word of an event noun: lex.event_noun_last_words
  kPlaceStart = 4,     // a gazetteer phrase or the first word of one, by alias_key() of the text
  kPlacePrefix = 8,    // the first word of a longer gazetteer phrase (lex.gazetteer_prefixes)
  kAgentNounEnd = 16,  // the last word of an agent noun: lex.agent_last_words
};

// Whether token t's lower-case form is of class c in lex.
inline bool has_word_class(const Lexicons& lex, const Token& t, WordClass c);

// The gazetteer entry that token t's text alone names (lex.find_place_key(alias_key(t.text))),
// or null: kept with the word's classes, so that gazetteer_match reads its first word without
// building the alias key and probing twice (about 500 instructions for each capitalized word
// that may start a place).
const GazetteerEntry* word_place(const Lexicons& lex, const Token& t);

// Marks `word` in lex.class_words as of the classes `bits` (word_class_memo's bits, kPlaceKey
// included): the loaders call it for each word they add to a set that has_word_class reads, so
// that a word's first probe reads all its classes with one lookup (word_classes.cpp).
void mark_class_word(Lexicons& lex, std::string_view word, uint8_t bits);

// The memo behind has_word_class (word_classes.cpp), here so that a remembered answer is read
// inline at the probe: a call cost about as much as the answer (hundreds of thousands of probes
// per thousand articles, from the entity, title and event-noun stages).
namespace word_class_memo {
constexpr uint8_t bit_of(WordClass c) { return static_cast<uint8_t>(c); }
// The two place classes come from one alias key and are looked up together.
constexpr uint8_t kPlaceClasses = bit_of(WordClass::kPlaceStart) | bit_of(WordClass::kPlacePrefix);
// The classes that a lookup for class c settles (c itself, or both place classes).
constexpr uint8_t group_of(WordClass c) { return (bit_of(c) & kPlaceClasses) ? kPlaceClasses : bit_of(c); }
// Every class above, and a bit of lex.class_words only: the word alone is a gazetteer key (its
// entry is then looked up).
constexpr uint8_t kAllClasses = 31;
constexpr uint8_t kPlaceKey = 32;

// What the memo keeps per word id: the classes looked up so far (high byte) and those of them the
// word is of (low byte), and the gazetteer entry of the word alone.
struct Entry {
  uint16_t classes = 0;
  const GazetteerEntry* place = nullptr;
};
using Memo = WordIdMemo<Entry>;

// This thread's memo, made by the first probe it cannot answer: a plain pointer (constinit, so
// that reading it needs no check that it was made), where a thread_local memo object would cost
// that check at every probe.
extern thread_local constinit Memo* thread_memo;

// Token t's memo entry if it holds the classes of `group` already (most probes are of a word seen
// before), else nullptr; nullptr for a token with no word id, as no id is that large.
inline const Entry* remembered(const Lexicons& lex, const Token& t, uint8_t group) {
  const Memo* memo = thread_memo;
  if (!memo) return nullptr;
  const Entry* e = memo->remembered(lex.generation, t.word);
  return e && ((e->classes >> 8) & group) == group ? e : nullptr;
}

// has_word_class when the memo does not answer (looked up and remembered).
bool class_looked_up(const Lexicons& lex, const Token& t, WordClass c);
}  // namespace word_class_memo

inline bool has_word_class(const Lexicons& lex, const Token& t, WordClass c) {
  using namespace word_class_memo;
  if (const Entry* e = remembered(lex, t, group_of(c))) return (e->classes & bit_of(c)) != 0;
  return class_looked_up(lex, t, c);
}

}  // namespace newsgraph
