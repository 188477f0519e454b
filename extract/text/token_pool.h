// Token vectors kept on the thread from article to article. Every article's sentences build
// vectors of Tokens (three strings each) and free them at its end: a vector's allocation and each
// token's construction and destruction cost about a tenth of tokenization. The pipeline gives
// the vectors back when an article is done, and split_sentences takes them for the next one, so
// the vectors' buffers and the tokens in them (with their strings' capacity) are reused.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

#include "token.h"

namespace newsgraph {

// A vector of `n` tokens for fill_tokens to fill: either new (default tokens) or one given back,
// whose reused tokens have their tag, lemma and common_word cleared, the fields fill_tokens does
// not set. So after fill_tokens every token is as a new one filled by it.
std::vector<Token> take_tokens(size_t n);
// Keeps `tokens` (any vector, any size) on this thread for take_tokens; leaves it empty.
void give_back_tokens(std::vector<Token>&& tokens);

}  // namespace newsgraph
