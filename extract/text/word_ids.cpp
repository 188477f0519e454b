#include "word_ids.h"

#include <array>
#include <cstring>
#include <vector>

#include "string_table.h"
#include "text_util.h"

namespace newsgraph {

namespace {
// Bounds the table's memory (about 110 bytes a word with its slots and lower-case form): news has far fewer distinct
// words, a thread fed arbitrary text stops adding at this many.
constexpr uint32_t kMaxWords = 1u << 19;

// Room for the distinct words of a few hundred news articles from the start, so that the
// table does not grow (rehash) and its key vector move strings while the first articles fill it.
constexpr uint32_t kFirstRoom = 1u << 14;

// The words of 9 to 16 bytes (one token in eight, "government", "spokesman") miss the
// ShortWordCache; this second cache, asked only after that miss, keeps them as their first and
// last eight bytes (overlapping), which with the length are all their bytes, so a repeated long
// word also skips the table's hash and probe. Like ShortWordCache it holds only ids the table
// gave for exactly that text.
class LongWordCache {
 public:
  static constexpr size_t kMinLen = ShortWordCache::kMaxLen + 1, kMaxLen = 16;
  struct Key {
    uint64_t head = 0, tail = 0;
  };
  static bool fits(std::string_view text) { return text.size() >= kMinLen && text.size() <= kMaxLen; }
  static Key pack(std::string_view text) {
    Key k;
    std::memcpy(&k.head, text.data(), 8);
    std::memcpy(&k.tail, text.data() + text.size() - 8, 8);
    return k;
  }
  uint32_t find(Key k, size_t len) const {
    const Slot& s = slots_[index(k, len)];
    return s.key.head == k.head && s.key.tail == k.tail && s.len == len ? s.id : kNoWord;
  }
  void put(Key k, size_t len, uint32_t id) { slots_[index(k, len)] = {k, static_cast<uint32_t>(len), id}; }

 private:
  static constexpr int kBits = 12;  // 4,096 slots of 24 bytes
  struct Slot {
    Key key;
    uint32_t len = 0;  // 0: empty
    uint32_t id = kNoWord;
  };
  static size_t index(Key k, size_t len) {
    return static_cast<size_t>(((k.head ^ (k.tail * 0xff51afd7ed558ccdull) ^ len) * 0x9E3779B97F4A7C15ull) >>
                               (64 - kBits));
  }
  std::array<Slot, size_t{1} << kBits> slots_{};
};

}  // namespace

struct ThreadWords::Words {
  StringTable table;
  std::vector<std::string> lower;  // id -> lower-case form of its text
  ShortWordCache recent;           // short texts -> their ids in `table`
  LongWordCache recent_long;       // texts of 9 to 16 bytes -> their ids in `table`
};

namespace {
using Words = ThreadWords::Words;

Words& thread_words() {
  thread_local Words words = [] {
    Words w;
    w.table.reserve(kFirstRoom);
    w.lower.reserve(kFirstRoom);
    return w;
  }();
  return words;
}
}  // namespace

ThreadWords::ThreadWords() : words_(&thread_words()), recent_(&words_->recent), lower_(&words_->lower) {}

WordRef ThreadWords::ref_uncached(std::string_view text) {
  Words& words = *words_;
  const bool long_text = LongWordCache::fits(text);
  const LongWordCache::Key key = long_text ? LongWordCache::pack(text) : LongWordCache::Key{};
  if (long_text) {
    const uint32_t id = words.recent_long.find(key, text.size());
    if (id != kNoWord) return {id, &words.lower[id]};
  }
  const size_t before = words.table.size();
  const uint32_t id = before >= kMaxWords ? words.table.find(text)  // kNone == kNoWord
                                          : words.table.insert(text);
  if (id == kNoWord) return {};
  if (id == before) assign_lower(words.lower.emplace_back(), text);  // a new word
  if (!text.empty() && text.size() <= ShortWordCache::kMaxLen)
    words.recent.put(ShortWordCache::pack(text), text.size(), id);
  if (long_text) words.recent_long.put(key, text.size(), id);
  return {id, &words.lower[id]};
}

WordRef word_ref(std::string_view text) { return ThreadWords().ref(text); }

uint32_t word_id(std::string_view text) { return word_ref(text).id; }

uint32_t word_count() { return static_cast<uint32_t>(thread_words().table.size()); }

const std::string& word_lower(uint32_t id) { return thread_words().lower[id]; }

}  // namespace newsgraph
