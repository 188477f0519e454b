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

namespace {
using namespace word_class_memo;

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

// The first probe of `group` for token t (t.word != kNoWord), or any probe after the Lexicons
// changed: looked up and remembered.
const Entry& look_up(const Lexicons& lex, const Token& t, uint8_t group) {
  if (!thread_memo) {
    thread_local Memo memo;
    thread_memo = &memo;
  }
  Entry& e = thread_memo->entry(lex.generation, t.word);
  if (((e.classes >> 8) & group) != group)
    e.classes |= static_cast<uint16_t>(group << 8 | classes_of(lex, t, group, &e.place));
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
