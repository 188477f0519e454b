#include "word_ids.h"

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

struct Words {
  StringTable table;
  std::vector<std::string> lower;  // id -> lower-case form of its text
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
  const size_t before = words.table.size();
  const uint32_t id = before >= kMaxWords ? words.table.find(text)  // kNone == kNoWord
                                          : words.table.insert(text);
  if (id == kNoWord) return {};
  if (id == before) assign_lower(words.lower.emplace_back(), text);  // a new word
  return {id, &words.lower[id]};
}

uint32_t word_id(std::string_view text) { return word_ref(text).id; }

uint32_t word_count() { return static_cast<uint32_t>(thread_words().table.size()); }

const std::string& word_lower(uint32_t id) { return thread_words().lower[id]; }

}  // namespace newsgraph
