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

struct Words {
  StringTable table;
  std::vector<std::string> lower;  // id -> lower-case form of its text
  ShortWordCache recent;           // short texts -> their ids in `table`
};

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

WordRef word_ref(std::string_view text) {
  Words& words = thread_words();
  const bool short_text = !text.empty() && text.size() <= ShortWordCache::kMaxLen;
  const uint64_t packed = short_text ? ShortWordCache::pack(text) : 0;
  if (short_text) {
    const uint32_t id = words.recent.find(packed, text.size());
    if (id != kNoWord) return {id, &words.lower[id]};
  }
  const size_t before = words.table.size();
  const uint32_t id = before >= kMaxWords ? words.table.find(text)  // kNone == kNoWord
                                          : words.table.insert(text);
  if (id == kNoWord) return {};
  if (id == before) assign_lower(words.lower.emplace_back(), text);  // a new word
  if (short_text) words.recent.put(packed, text.size(), id);
  return {id, &words.lower[id]};
}

uint32_t word_id(std::string_view text) { return word_ref(text).id; }

uint32_t word_count() { return static_cast<uint32_t>(thread_words().table.size()); }

const std::string& word_lower(uint32_t id) { return thread_words().lower[id]; }

}  // namespace newsgraph
