// The unit every stage after tokenization works on.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pos_tag.h"
#include "text_util.h"
#include "word_ids.h"

namespace newsgraph {

struct Token {
  std::string text;      // surface form exactly as in the article
  std::string lower;     // text with ASCII letters in lower case, set with text (see set_text)
  uint32_t start = 0;    // byte offset of the first byte in the article text
  uint32_t end = 0;      // byte offset one past the last byte
  bool space_before = false;
  bool newline_before = false;    // a line break precedes this token
  bool paragraph_before = false;  // a blank line precedes this token
  PosTag tag;            // Penn Treebank tag, set by the tagger
  std::string lemma;     // set by the lemmatizer
  // A capitalized token whose lower-case form is an ordinary English word ("Space", "Civil",
  // "War"), set by the tagger: a run of such words is rarely a person's name.
  bool common_word = false;
  // This thread's id of `text` (word_ids.h), set by the tokenizer; kNoWord for a token made
  // another way or after the table filled: stages then look the text up themselves.
  uint32_t word = kNoWord;

  // Sets text and lower together: every stage reads lower, so it is made once per token. The
  // word id no longer names the text.
  void set_text(std::string_view s) {
    text.assign(s);
    assign_lower(lower, s);
    word = kNoWord;
  }
};

struct Sentence {
  uint32_t start = 0;  // byte span of the sentence in the article text
  uint32_t end = 0;
  std::vector<Token> tokens;
};

}  // namespace newsgraph
