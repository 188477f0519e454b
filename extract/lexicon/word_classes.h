// Lexicon word classes by word id: the Lexicons sets that stages probe with a token's lower-case
// form for most tokens, looked up once per distinct word (Token::word, word_ids.h) and kept per
// thread as bits, each class at its first probe for that word, so that a later probe reads a
// byte instead of hashing the word again (a std::unordered_set<std::string> probe costs about
// 110 instructions, two of them per call of title_prefix or match_noun, two and an alias key per
// call of gazetteer_match).
#pragma once
#include <cstdint>

#include "lexicons.h"
#include "token.h"

namespace newsgraph {

enum class WordClass : uint8_t {
  kTitleStart = 1,     // a title or the first word of one: lex.titles or lex.title_prefixes
  kEventNounEnd = 2,   // the last word of an event noun: lex.event_noun_last_words
  kPlaceStart = 4,     // a gazetteer phrase or the first word of one, by alias_key() of the text
  kPlacePrefix = 8,    // the first word of a longer gazetteer phrase (lex.gazetteer_prefixes)
  kAgentNounEnd = 16,  // the last word of an agent noun: lex.agent_last_words
};

// Whether token t's lower-case form is of class c in lex.
bool has_word_class(const Lexicons& lex, const Token& t, WordClass c);

// The gazetteer entry that token t's text alone names (lex.find_place_key(alias_key(t.text))),
// or null: kept with the word's classes, so that gazetteer_match reads its first word without
// building the alias key and probing twice (about 500 instructions for each capitalized word
// that may start a place).
const GazetteerEntry* word_place(const Lexicons& lex, const Token& t);

}  // namespace newsgraph
