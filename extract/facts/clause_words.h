// Closed word classes the clause extractor (triples.cpp) reads its constructions by. Each is a
// short, fixed list of English function words or verbs; the open lexicons (cues, modality verbs,
// titles) live in data/lexicon and come through Lexicons.
#pragma once
#include <string_view>

#include "token.h"

namespace newsgraph {

// Units an amount is counted per: "$30 million a year", "$4.25 an hour", "11 per cent".
bool is_rate_unit(std::string_view lower);
// A preposition or infinitival "to" by its tag.
bool is_prep(const Token& t);
// Punctuation that closes a sentence or a clause: . ; : ! ?
bool is_punct_end(const Token& t);
// Any quotation mark, straight, curly or in Penn Treebank form.
bool is_quote(const Token& t);
// An opening quote by its tag: a straight '"' opens or closes by its place, which the tagger read.
bool is_opening_quote(const Token& t);
// who, which, that, whom.
bool is_relativizer(const Token& t);
// Subordinators that open an adverbial clause: because, if, unless, while, although, though,
// when, whether, once, so. ("as", "after", "before", "since" and "until" more often head plain
// prepositional phrases, "served as prime minister", so they are read as prepositions.)
bool is_subordinator(const Token& t);
// Verbs whose object is the subject of the infinitive after it: "urged both countries to settle".
bool is_object_control(std::string_view lemma);
// Nouns of intent that announce an infinitive: "plans to pull out", "a decision to close".
bool is_intent_noun(std::string_view lemma);
// Words that make an amount approximate: "a mass of about 1,765 kg".
bool is_approximator(std::string_view lower);

}  // namespace newsgraph
