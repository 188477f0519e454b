#include "word_classes.h"

#include <algorithm>
#include <vector>

#include "text_util.h"
#include "word_id_memo.h"
#include "word_ids.h"

namespace newsgraph {

namespace word_class_memo {
thread_local constinit Memo* thread_memo = nullptr;
}  // namespace word_class_memo

void mark_class_word(Lexicons& lex, std::string_view word, uint8_t bits) {
  const uint32_t id = lex.class_words.insert(word);
  if (id >= lex.class_word_bits.size()) lex.class_word_bits.resize(id + 1, 0);
  lex.class_word_bits[id] |= bits;
}

namespace {
using namespace word_class_memo;

// Whether alias_key(t.text) is t.lower, so that the place classes (keyed by alias key) and the
// others (keyed by the lower-case form) are all read from lex.class_words with t.lower: t.text
// holds none of the characters alias_key drops ('.', '\'') or turns into a space (' ', '-', TAB,
// newline), and t.lower is its ASCII lower case, as alias_key makes it. True for most words;
// "U.S." or "Guinea-Bissau" take the set probes instead.
bool lower_is_alias_key(const Token& t) {
  const std::string& text = t.text;
  const std::string& lower = t.lower;
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '\'' || c == ' ' || c == '-' || c == '\t' || c == '\n') return false;
    if (lower[i] != ((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c)) return false;
  }
  return true;
}

// The classes of `group` that token t is of by the Lexicons sets themselves; `place` is set to
// its entry when the group holds the place classes. Only the asked group is looked up (a word
// asked one question should not pay for three set probes and an alias key it would never use).
uint8_t classes_by_sets(const Lexicons& lex, const Token& t, uint8_t group, const GazetteerEntry** place) {
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

// Which classes token t was looked up for (high byte, as in Entry::classes) and which of those
// it is of (low byte), at least those of `group`; `place` is set when the place classes were
// looked up. When t.lower is also its alias key, one probe of lex.class_words answers every class
// (the loaders mark there each word of the sets classes_by_sets probes: mark_class_word): a word
// in none of the sets is not there, so most words cost one probe and no alias key.
uint16_t classes_of(const Lexicons& lex, const Token& t, uint8_t group, const GazetteerEntry** place) {
  if (!lower_is_alias_key(t)) return static_cast<uint16_t>(group << 8 | classes_by_sets(lex, t, group, place));
  const uint32_t id = lex.class_words.find(t.lower);
  const uint8_t bits = id == StringTable::kNone ? 0 : lex.class_word_bits[id];
  *place = (bits & kPlaceKey) ? lex.find_place_key(t.lower) : nullptr;
  return static_cast<uint16_t>(kAllClasses << 8 | (bits & kAllClasses));
}

// The first probe of `group` for token t (t.word != kNoWord), or any probe after the Lexicons
// changed: looked up and remembered.
const Entry& look_up(const Lexicons& lex, const Token& t, uint8_t group) {
  if (!thread_memo) {
    thread_local Memo memo;
    thread_memo = &memo;
  }
  Entry& e = thread_memo->entry(lex.generation, t.word);
  if (((e.classes >> 8) & group) != group) e.classes |= classes_of(lex, t, group, &e.place);
  return e;
}

}  // namespace

// Apart from the remembered path (has_word_class, inline in word_classes.h), so that a remembered
// answer takes a few instructions and no call (nor the registers saved for one).
[[gnu::noinline]] bool word_class_memo::class_looked_up(const Lexicons& lex, const Token& t, WordClass c) {
  if (t.word == kNoWord) {
    const GazetteerEntry* place = nullptr;
    return (classes_of(lex, t, group_of(c), &place) & bit_of(c)) != 0;
  }
  return (look_up(lex, t, group_of(c)).classes & bit_of(c)) != 0;
}

const GazetteerEntry* word_place(const Lexicons& lex, const Token& t) {
  if (const word_class_memo::Entry* e = word_class_memo::remembered(lex, t, word_class_memo::kPlaceClasses)) return e->place;
  if (t.word == kNoWord) {
    const GazetteerEntry* place = nullptr;
    classes_of(lex, t, kPlaceClasses, &place);
    return place;
  }
  return look_up(lex, t, kPlaceClasses).place;
}

}  // namespace newsgraph
