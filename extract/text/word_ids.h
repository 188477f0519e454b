// Word ids: each distinct token text a thread has tokenized gets a dense id (Token::word), so
// that later stages keep what they work out about a word (the tagger's candidates, the
// lemmatizer's lemmas) in a vector indexed by the id instead of hashing the text again. A
// StringTable probe plus building its key costs 150-200 instructions, more than a memoized stage
// saves; with ids the text is hashed once, at tokenization.
// The table belongs to the thread (extraction of one article runs on one thread, tokenization
// before tagging). It only grows, so an id never changes meaning while a token carries it; once
// it holds kMaxWords words, new texts get no id (kNoWord) and stages take their
// id-free path for them.
#pragma once
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

inline constexpr uint32_t kNoWord = UINT32_MAX;

// The id of `text` in this thread's table, adding it when absent and there is room; kNoWord
// when the table is full.
uint32_t word_id(std::string_view text);
// word_id and word_lower with one lookup, for the tokenizer (once per token): `lower` is null
// when `id` is kNoWord.
struct WordRef {
  uint32_t id = kNoWord;
  const std::string* lower = nullptr;
};
WordRef word_ref(std::string_view text);
// A direct-mapped cache in front of the table for texts of at most eight bytes (four tokens in
// five): such a text packed into one integer (with its length) is its own key, so a hit costs a
// multiply and two compares instead of the table's hash and probe (over a hundred instructions
// a token). It holds only ids the table gave for exactly that text, so it returns what the
// table would.
class ShortWordCache {
 public:
  static constexpr size_t kMaxLen = 8;
  // The id cached for `text` (1..kMaxLen bytes, packed by `pack`), or kNoWord.
  uint32_t find(uint64_t packed, size_t len) const {
    const Slot& s = slots_[index(packed, len)];
    return s.packed == packed && s.len == len ? s.id : kNoWord;
  }
  void put(uint64_t packed, size_t len, uint32_t id) {
    slots_[index(packed, len)] = {packed, static_cast<uint32_t>(len), id};
  }
  // The bytes of a text of 1..kMaxLen bytes in one integer; with the length it names the text:
  // four bytes from each end (overlapping when shorter than eight) or, under four, the first,
  // middle and last bytes, which are all of them.
  static uint64_t pack(std::string_view text) {
    const char* p = text.data();
    const size_t n = text.size();
    if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      return (uint64_t(a) << 32) | b;
    }
    return (uint64_t(static_cast<unsigned char>(p[0])) << 16) | (uint64_t(static_cast<unsigned char>(p[n / 2])) << 8) |
           static_cast<unsigned char>(p[n - 1]);
  }

 private:
  static constexpr int kBits = 13;  // 8,192 slots of 16 bytes (128 KB): the short words of a few hundred articles
  struct Slot {
    uint64_t packed = 0;
    uint32_t len = 0;  // 0: empty (no text has length 0 here)
    uint32_t id = kNoWord;
  };
  static size_t index(uint64_t packed, size_t len) {
    return static_cast<size_t>(((packed ^ len) * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  std::array<Slot, size_t{1} << kBits> slots_{};
};

// This thread's word table, for a caller that looks up a run of words (the tokenizer, once per
// token): ref() is word_ref with the cache's hit (most tokens) inline, and the thread's table
// found once, when the handle is made, instead of at every word. Use it on its own thread only.
class ThreadWords {
 public:
  ThreadWords();
  WordRef ref(std::string_view text) {
    if (!text.empty() && text.size() <= ShortWordCache::kMaxLen) {
      const uint32_t id = recent_->find(ShortWordCache::pack(text), text.size());
      if (id != kNoWord) return {id, &(*lower_)[id]};
    }
    return ref_uncached(text);
  }
  struct Words;

 private:
  WordRef ref_uncached(std::string_view text);  // the table's probe, and the new word's entry
  Words* words_;
  const ShortWordCache* recent_;
  const std::vector<std::string>* lower_;
};

// How many ids this thread's table has given out (ids are 0 .. count - 1).
uint32_t word_count();
// The lower-case form (assign_lower) of the text that has id `id` in this thread's table, made
// once per word: the tokenizer copies it into Token::lower instead of lower-casing each token.
const std::string& word_lower(uint32_t id);

}  // namespace newsgraph
