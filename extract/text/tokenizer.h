// Penn Treebank-style tokenization that keeps each token's byte span in the original text.
#pragma once
#include <string_view>
#include <unordered_set>
#include <vector>

#include "token.h"

namespace newsgraph {

// Abbreviations that keep their final period ("Mr.", "Jan.", "Corp."), loaded from
// data/lexicon/abbreviations.txt. `titles` never end a sentence (a name follows them).
struct AbbreviationList {
  std::unordered_set<std::string> all;     // lower case, without the final period
  std::unordered_set<std::string> titles;  // lower case, without the final period
  bool is_abbreviation(std::string_view word_without_period) const;
};

// Splits text[begin, end) into tokens. PTB conventions: clitics ('s, n't, 're, 'll, 'd, 've, 'm)
// and punctuation are split off, "%" and "$" are split from numbers; "U.S.", "H-6K",
// "rare-earth", "3.5", "1,000" stay whole. Token offsets are absolute offsets into `text`.
std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end,
                            const AbbreviationList& abbreviations);

// Splits on single spaces only (for input that is already tokenized).
std::vector<Token> tokenize_pretokenized(std::string_view text, size_t begin, size_t end);

}  // namespace newsgraph
