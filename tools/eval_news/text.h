// Text normalisation shared by the news gold scorer: the comparisons of the matching rules in
// data/gold/news/GUIDE.md (case, Latin diacritics, punctuation, leading article, plural -s).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::eval {

// Lower-cases ASCII, folds Latin-1 and Latin Extended-A letters to ASCII ("Brudziński" ->
// "brudzinski"), drops apostrophes and the separators inside numbers ("$850,000" -> "850000"),
// and turns other punctuation into spaces. Bytes of other scripts are kept as they are.
std::string fold(std::string_view utf8);

// The singular of a folded word: "houthis" -> "houthi", "parties" -> "party"; short words and
// words in -ss, -us, -sis stay as they are. Applied to both sides, so only consistency matters.
std::string singular(std::string word);

// Folded, singular words of a text, in order.
std::vector<std::string> words(std::string_view text);

// A name for equality tests: its words joined by single spaces, without a leading "the".
std::string name_key(std::string_view text);

// True for function words that carry no content (the, of, said is not one).
bool is_stop_word(std::string_view folded_word);

// True for personal and possessive pronouns ("he", "Its").
bool is_pronoun(std::string_view text);

// Content words of a text: words() without stop words.
std::vector<std::string> content_words(std::string_view text);

// ASCII lower case (UTF-8 bytes of other letters unchanged).
std::string lower_ascii(std::string s);

// True when every word of `needles` (non-empty) is in `hay`.
bool contains_all(const std::vector<std::string>& hay, const std::vector<std::string>& needles);

}  // namespace newsgraph::eval
