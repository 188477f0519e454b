// A short, fixed list of words that a stage asks of most tokens ("is this one of 28 adverbs?").
// Most tokens are none of them, and comparing a word with each entry costs a length test and
// often a memcmp call per entry: the list keeps which lengths and which first bytes its words
// have, so that a token with neither is answered by two bit tests, exactly as the comparisons
// would answer it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph {

template <size_t N>
class WordList {
 public:
  // Each word has 1 to 63 bytes (a longer or empty one does not compile).
  consteval WordList(const std::string_view (&words)[N]) {  // NOLINT: written as its words
    for (size_t i = 0; i < N; ++i) {
      if (words[i].empty() || words[i].size() >= 64) throw "WordList: each word has 1 to 63 bytes";
      words_[i] = words[i];
      lengths_ |= uint64_t{1} << words[i].size();
      const auto first = static_cast<unsigned char>(words[i][0]);
      firsts_[first >> 6] |= uint64_t{1} << (first & 63);
    }
  }

  bool contains(std::string_view w) const {
    if (w.empty() || w.size() >= 64 || !((lengths_ >> w.size()) & 1)) return false;
    const auto first = static_cast<unsigned char>(w[0]);
    if (!((firsts_[first >> 6] >> (first & 63)) & 1)) return false;
    for (std::string_view listed : words_)
      if (listed == w) return true;
    return false;
  }

 private:
  std::string_view words_[N] = {};
  uint64_t lengths_ = 0;     // bit k: a word of k bytes is listed
  uint64_t firsts_[4] = {};  // bit (c & 63) of firsts_[c >> 6]: a word starting with byte c is listed
};

}  // namespace newsgraph
