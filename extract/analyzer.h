// The linguistic core as one call: sentences, tokens, Penn tags and lemmas for a span of text.
#pragma once
#include <string_view>
#include <vector>

#include "resources.h"
#include "token.h"

namespace newsgraph {

struct AnalyzeOptions {
  bool pretokenized = false;      // tokens are separated by single spaces; do not split again
  bool one_sentence = false;      // the whole span is one sentence (no splitting)
  size_t max_sentence_tokens = 400;
};

// Analyzes text[begin, end). `capped` is set when a sentence was cut at max_sentence_tokens.
std::vector<Sentence> analyze(std::string_view text, size_t begin, size_t end, const Resources& res,
                              const AnalyzeOptions& options = {}, bool* capped = nullptr);

// Universal POS tag for a Penn tag (for CoNLL-U output).
const char* upos_for_penn(std::string_view penn, const std::string& word);

}  // namespace newsgraph
