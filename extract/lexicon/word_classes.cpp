#include "word_classes.h"

#include <algorithm>
#include <vector>

#include "text_util.h"
#include "word_id_memo.h"
#include "word_ids.h"

namespace newsgraph {

namespace {
constexpr uint8_t bit_of(WordClass c) { return static_cast<uint8_t>(c); }
// The two place classes come from one alias key and are looked up together.
constexpr uint8_t kPlaceClasses = bit_of(WordClass::kPlaceStart) | bit_of(WordClass::kPlacePrefix);

// The classes that a lookup for class c settles (c itself, or both place classes).
uint8_t group_of(WordClass c) { return (bit_of(c) & kPlaceClasses) ? kPlaceClasses : bit_of(c); }

// Which of the classes in `group` token t is of; `place` is set to its entry when the group holds
// the place classes. Only the asked group is looked up: the event-noun stage asks about most
// nouns, the name constructions about capitalized words, and a word asked one question should
// not pay for five (three set probes and an alias key it would never use).
uint8_t classes_of(const Lexicons& lex, const Token& t, uint8_t group, const GazetteerEntry** place) {
  uint8_t c = 0;
  if ((group & bit_of(WordClass::kTitleStart)) && (lex.titles.count(t.lower) || lex.title_prefixes.count(t.lower)))
    c |= bit_of(WordClass::kTitleStart);
  if ((group & bit_of(WordClass::kEventNounEnd)) && lex.event_noun_last_words.count(t.lower))
    c |= bit_of(WordClass::kEventNounEnd);
  if ((group & bit_of(WordClass::kAgentNounEnd)) && lex.agent_last_words.count(t.lower))
    c |= bit_of(WordClass::kAgentNounEnd);
  if (group & kPlaceClasses) {
    const std::string key = alias_key(t.text);
    *place = lex.find_place_key(key);
    if (lex.gazetteer_prefixes.count(key)) c |= bit_of(WordClass::kPlacePrefix);
    if (*place || (c & bit_of(WordClass::kPlacePrefix))) c |= bit_of(WordClass::kPlaceStart);
  }
  return c;
}

// What the memo keeps per word id: the classes looked up so far (high byte) and those of them the
// word is of (low byte), and the gazetteer entry of the word alone.
struct WordClassEntry {
  uint16_t classes = 0;
  const GazetteerEntry* place = nullptr;
};
using Memo = WordIdMemo<WordClassEntry>;

// This thread's memo, made by the first probe it cannot answer (look_up): the remembered path
// reads a plain pointer, where a thread_local memo (an object with a destructor) would cost a
// check that it has been made at every probe.
thread_local Memo* thread_memo = nullptr;

// The first probe of `group` for token t (t.word != kNoWord), or any probe after the Lexicons
// changed: looked up and remembered.
const WordClassEntry& look_up(const Lexicons& lex, const Token& t, uint8_t group) {
  if (!thread_memo) {
    thread_local Memo memo;
    thread_memo = &memo;
  }
  WordClassEntry& e = thread_memo->entry(lex.generation, t.word);
  if (((e.classes >> 8) & group) != group)
    e.classes |= static_cast<uint16_t>(group << 8 | classes_of(lex, t, group, &e.place));
  return e;
}

// Token t's memo entry if it holds the classes of `group` already (most probes are of a word seen
// before), else nullptr; nullptr for a token with no word id, as no id is that large.
const WordClassEntry* remembered_classes(const Lexicons& lex, const Token& t, uint8_t group) {
  const Memo* memo = thread_memo;
  if (!memo) return nullptr;
  const WordClassEntry* e = memo->remembered(lex.generation, t.word);
  return e && ((e->classes >> 8) & group) == group ? e : nullptr;
}

// has_word_class when the memo does not answer: apart from it, so that a remembered answer takes
// a few instructions and no call (nor the registers saved for one).
[[gnu::noinline]] bool class_looked_up(const Lexicons& lex, const Token& t, WordClass c) {
  if (t.word == kNoWord) {
    const GazetteerEntry* place = nullptr;
    return (classes_of(lex, t, group_of(c), &place) & bit_of(c)) != 0;
  }
  return (look_up(lex, t, group_of(c)).classes & bit_of(c)) != 0;
}
}  // namespace

bool has_word_class(const Lexicons& lex, const Token& t, WordClass c) {
  if (const WordClassEntry* e = remembered_classes(lex, t, group_of(c))) return (e->classes & bit_of(c)) != 0;
  return class_looked_up(lex, t, c);
}

const GazetteerEntry* word_place(const Lexicons& lex, const Token& t) {
  if (const WordClassEntry* e = remembered_classes(lex, t, kPlaceClasses)) return e->place;
  if (t.word == kNoWord) {
    const GazetteerEntry* place = nullptr;
    classes_of(lex, t, kPlaceClasses, &place);
    return place;
  }
  return look_up(lex, t, kPlaceClasses).place;
}

}  // namespace newsgraph
