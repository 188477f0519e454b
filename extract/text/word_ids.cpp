#include "word_ids.h"

#include "string_table.h"

namespace newsgraph {

namespace {
// Bounds the table's memory (about 80 bytes a word with its slots): news has far fewer distinct
// words, a thread fed arbitrary text stops adding at this many.
constexpr uint32_t kMaxWords = 1u << 19;

// Room for the distinct words of a few hundred news articles from the start, so that the
// table does not grow (rehash) and its key vector move strings while the first articles fill it.
constexpr uint32_t kFirstRoom = 1u << 14;

StringTable& thread_words() {
  thread_local StringTable words = [] {
    StringTable t;
    t.reserve(kFirstRoom);
    return t;
  }();
  return words;
}
}  // namespace

uint32_t word_id(std::string_view text) {
  StringTable& words = thread_words();
  if (words.size() < kMaxWords) return words.insert(text);
  return words.find(text);  // kNone == kNoWord
}

uint32_t word_count() { return static_cast<uint32_t>(thread_words().size()); }

}  // namespace newsgraph
