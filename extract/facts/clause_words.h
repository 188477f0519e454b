// Closed word classes the clause extractor (triples.cpp) reads its constructions by. Each is a
// short, fixed list of English function words or verbs; the open lexicons (cues, modality verbs,
// titles) live in data/lexicon and come through Lexicons.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "token.h"

namespace newsgraph {

// Units an amount is counted per: "$30 million a year", "$4.25 an hour", "11 per cent".
bool is_rate_unit(std::string_view lower);

// The token tests below are asked of most tokens of every clause (a relative clause is looked
// for up to 20 tokens back from each verb): they are inline, and each looks at the length or the
// first byte before it compares words.

// A preposition or infinitival "to" by its tag.
inline bool is_prep(const Token& t) { return t.tag == "IN" || t.tag == "TO"; }
// Punctuation that closes a sentence or a clause: . ; : ! ?
inline bool is_punct_end(const Token& t) {
  if (t.text.size() != 1) return false;
  const char c = t.text[0];
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}
// Any quotation mark, straight, curly or in Penn Treebank form.
inline bool is_quote(const Token& t) {
  using namespace std::string_view_literals;
  const std::string_view w = t.text;
  if (w.empty() || w.size() > 3) return false;
  return w == "\""sv || w == "``"sv || w == "''"sv || w == "\xE2\x80\x9C"sv || w == "\xE2\x80\x9D"sv || w == "'"sv;
}
// An opening quote by its tag: a straight '"' opens or closes by its place, which the tagger read.
inline bool is_opening_quote(const Token& t) { return t.tag == "``"; }
// who, which, that, whom.
inline bool is_relativizer(const Token& t) {
  using namespace std::string_view_literals;
  const std::string_view lw = t.lower;
  if (lw.size() < 3 || lw.size() > 5 || (lw[0] != 'w' && lw[0] != 't')) return false;
  return lw == "who"sv || lw == "which"sv || lw == "that"sv || lw == "whom"sv;
}

// Whether the lower-case `words` stand at tokens k, k+1, ... (a phrase of a data/lexicon file read
// into its words: "as well as", "in case"); false when the phrase runs past the sentence. Inline:
// asked of every clause for each conditional lead (hypothetical).
inline bool words_at(const std::vector<Token>& tk, size_t k, const std::vector<std::string>& words) {
  if (k + words.size() > tk.size()) return false;
  for (size_t i = 0; i < words.size(); ++i)
    if (tk[k + i].lower != words[i]) return false;
  return true;
}
// How many tokens the first phrase of `phrases` that starts at token k covers; 0 when none starts
// there.
size_t phrase_at(const std::vector<Token>& tk, size_t k, const std::vector<std::vector<std::string>>& phrases);

// Subordinators that open an adverbial clause: because, if, unless, while, although, though,
// when, whether, once, so. ("as", "after", "before", "since" and "until" more often head plain
// prepositional phrases, "served as prime minister", so they are read as prepositions.)
bool is_subordinator(const Token& t);
// Nouns of intent that announce an infinitive: "plans to pull out", "a decision to close".
bool is_intent_noun(std::string_view lemma);
// Words that make an amount approximate: "a mass of about 1,765 kg".
bool is_approximator(std::string_view lower);

}  // namespace newsgraph
