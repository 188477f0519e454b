#include "word_ids.h"

#include "string_table.h"

namespace newsgraph {

namespace {
// Bounds the table's memory (about 80 bytes a word with its slots): news has far fewer distinct
// words, a thread fed arbitrary text stops adding at this many.
constexpr uint32_t kMaxWords = 1u << 19;

StringTable& thread_words() {
  thread_local StringTable words;
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
