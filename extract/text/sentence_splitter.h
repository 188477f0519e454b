// Groups tokens into sentences: terminal punctuation followed by a plausible sentence start,
// paragraph breaks, headline and bullet lines, with abbreviations, initials, decimals and
// closing quotes handled.
#pragma once
#include <string_view>
#include <vector>

#include "token.h"
#include "tokenizer.h"

namespace newsgraph {

// Splits text[begin, end) into sentences with tokens. `max_tokens` caps a sentence: a longer
// run is cut into pieces of that size (and `*capped` is set) so that cost stays linear.
std::vector<Sentence> split_sentences(std::string_view text, size_t begin, size_t end,
                                      const AbbreviationList& abbreviations,
                                      size_t max_tokens = 400, bool* capped = nullptr);

// Groups already made tokens into sentences (same rules).
std::vector<Sentence> group_sentences(std::vector<Token> tokens, const AbbreviationList& abbreviations,
                                      size_t max_tokens = 400, bool* capped = nullptr);

}  // namespace newsgraph
