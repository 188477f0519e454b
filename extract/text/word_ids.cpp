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

}  // namespace

struct ThreadWords::Words {
  StringTable table;
  std::vector<std::string> lower;  // id -> lower-case form of its text
  ShortWordCache recent;           // short texts -> their ids in `table`
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
  const size_t before = words.table.size();
  const uint32_t id = before >= kMaxWords ? words.table.find(text)  // kNone == kNoWord
                                          : words.table.insert(text);
  if (id == kNoWord) return {};
  if (id == before) assign_lower(words.lower.emplace_back(), text);  // a new word
  if (!text.empty() && text.size() <= ShortWordCache::kMaxLen)
    words.recent.put(ShortWordCache::pack(text), text.size(), id);
  return {id, &words.lower[id]};
}

WordRef word_ref(std::string_view text) { return ThreadWords().ref(text); }

uint32_t word_id(std::string_view text) { return word_ref(text).id; }

uint32_t word_count() { return static_cast<uint32_t>(thread_words().table.size()); }

const std::string& word_lower(uint32_t id) { return thread_words().lower[id]; }

}  // namespace newsgraph
