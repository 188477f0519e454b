// Penn Treebank-style tokenization that keeps each token's byte span in the original text.
#pragma once
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "string_table.h"
#include "token.h"

namespace newsgraph {

// Abbreviations that keep their final period ("Mr.", "Jan.", "Corp."), loaded from
// data/lexicon/abbreviations.txt. `titles` never end a sentence (a name follows them).
struct AbbreviationList {
  std::unordered_set<std::string> all;     // lower case, without the final period
  std::unordered_set<std::string> titles;  // lower case, without the final period
  // Adds a word (any case, without the final period) to `all` and, for a title, to `titles`.
  void add(std::string_view word, bool title);
  bool is_abbreviation(std::string_view word_without_period) const;

 private:
  size_t longest_ = 0;  // bytes of the longest word in `all`: a longer word is looked up no further
  // `all` again, probed by is_abbreviation with the word lower-cased on the stack: the set needs
  // a std::string key and hashes it with the library's hash, about 200 instructions a probe, at
  // every word before a period.
  StringTable all_table_;
};

// A token before it is made a Token: its bytes in the text and the white space before it. The
// sentence splitter groups these, so that each Token is built once, in its own sentence, instead
// of built in one long vector and then moved (three strings each) into its sentence.
struct TokenPiece {
  std::string_view text;  // a view into the text that was split
  uint32_t start = 0;     // byte offsets in that text
  uint32_t end = 0;
  bool space_before = false;
  bool newline_before = false;
  bool paragraph_before = false;
};

// The pieces of one text, in a buffer that its owner keeps from text to text (the sentence
// splitter keeps one per thread): once it has grown to the longest text, tokenizing allocates
// nothing, and a piece is written in place instead of through vector::emplace_back's tests.
class TokenPieces {
 public:
  const TokenPiece* data() const { return buf_.get(); }
  size_t size() const { return n_; }
  const TokenPiece& operator[](size_t i) const { return buf_[i]; }
  const TokenPiece* begin() const { return buf_.get(); }
  const TokenPiece* end() const { return buf_.get() + n_; }

 private:
  friend void tokenize_pieces(std::string_view, size_t, size_t, const AbbreviationList&, TokenPieces&);
  // Room for `more` pieces after the first n_; the next free slot.
  TokenPiece* room(size_t more);
  std::unique_ptr<TokenPiece[]> buf_;
  size_t n_ = 0;    // pieces in use
  size_t cap_ = 0;  // pieces allocated
};

// The pieces that tokenize() makes Tokens of (same rules, same offsets), into `out` (emptied first).
void tokenize_pieces(std::string_view text, size_t begin, size_t end, const AbbreviationList& abbreviations,
                     TokenPieces& out);
// Sets each out[k]'s text, lower-case form, word id, offsets and white-space flags from
// pieces[k], for k < n; `words` is this thread's word table (made once for all of an article's
// sentences: finding the thread's table costs about a hundred instructions).
void fill_tokens(Token* out, const TokenPiece* pieces, size_t n, ThreadWords& words);

// Splits text[begin, end) into tokens. PTB conventions: clitics ('s, n't, 're, 'll, 'd, 've, 'm)
// and punctuation are split off, "%" and "$" are split from numbers; "U.S.", "H-6K",
// "rare-earth", "3.5", "1,000" stay whole. Token offsets are absolute offsets into `text`.
std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end,
                            const AbbreviationList& abbreviations);

// Splits on single spaces only (for input that is already tokenized).
std::vector<Token> tokenize_pretokenized(std::string_view text, size_t begin, size_t end);

}  // namespace newsgraph
