// WordIdMemo: what a stage has worked out about a word from the Lexicons, kept per word id
// (word_ids.h) so that a word asked again costs an array read instead of a string key and a
// hash. One per thread (word ids are the thread's) and per Lexicons: an entry is only valid for
// the Lexicons generation it was worked out from, so a memo of another generation is emptied
// before use (tests load several Lexicons in one thread).
// The remembered path (remembered) is meant to be inlined at the probe and stay a few
// instructions; entry() grows and resets the memo and belongs on the first-probe path, which
// callers keep in a separate [[gnu::noinline]] function (then the probe saves no registers).
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "word_ids.h"

namespace newsgraph {

template <typename Entry>
class WordIdMemo {
 public:
  // The entry of word id `word` if the memo is of this generation and has room for it (it may
  // still hold nothing: Entry{}); nullptr when entry() must be asked instead, and for kNoWord (the
  // memo never has that many entries), so a probe need not test for it first.
  const Entry* remembered(uint64_t generation, uint32_t word) const {
    return word < entries_.size() && generation_ == generation ? &entries_[word] : nullptr;
  }
  // The entry of word id `word` (not kNoWord) to fill in, the memo emptied first if it is of
  // another generation and grown to every id given out so far (one resize for many new words).
  Entry& entry(uint64_t generation, uint32_t word) {
    if (generation_ != generation) {
      entries_.clear();
      generation_ = generation;
    }
    if (word >= entries_.size()) entries_.resize(std::max<size_t>(word_count(), size_t{word} + 1));
    return entries_[word];
  }

 private:
  uint64_t generation_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace newsgraph
