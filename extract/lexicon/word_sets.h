// WordSet and WordMap: the small word lists of lexicons.h that clause, relation and entity rules
// probe per verb group, per triple or per token ("is this lemma a cue?", "is this verb in an
// events.tsv row?"). As std::unordered_set<std::string> / unordered_map<std::string, V> each probe
// hashed the whole key with std::hash (a library call), walked a bucket chain of heap nodes and
// often needed a std::string built from a string_view; on top of a StringTable (string_table.h) a
// probe is one open-addressing lookup by string_view. The member names (contains, count, find,
// end, at, operator[]) are those of the standard containers, so the rules read as before.
// Iteration (WordMap only) runs in insertion order, i.e. the order of the data file's rows.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "string_table.h"

namespace newsgraph {

class WordSet {
 public:
  void insert(std::string_view word) { table_.insert(word); }
  bool contains(std::string_view word) const { return table_.find(word) != StringTable::kNone; }
  size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
  size_t size() const { return table_.size(); }
  bool empty() const { return table_.size() == 0; }

 private:
  StringTable table_;
};

template <typename V>
class WordMap {
 public:
  using value_type = std::pair<std::string, V>;  // key, value: read as it->first, it->second

  // The value of `key`, added (value-initialized) when absent: a later row of a file overrides an
  // earlier one, as with std::unordered_map.
  V& operator[](std::string_view key) {
    const uint32_t id = table_.insert(key);
    if (id == entries_.size()) entries_.emplace_back(std::string(key), V{});
    return entries_[id].second;
  }
  // The entry of `key`, or end().
  const value_type* find(std::string_view key) const {
    const uint32_t id = table_.find(key);
    return id == StringTable::kNone ? end() : &entries_[id];
  }
  bool contains(std::string_view key) const { return table_.find(key) != StringTable::kNone; }
  size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }
  // The value of `key`; throws std::out_of_range when it is absent (the caller asked contains first).
  const V& at(std::string_view key) const {
    const uint32_t id = table_.find(key);
    if (id == StringTable::kNone) throw std::out_of_range("WordMap::at: '" + std::string(key) + "' is not listed");
    return entries_[id].second;
  }
  const value_type* begin() const { return entries_.data(); }
  const value_type* end() const { return entries_.data() + entries_.size(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  StringTable table_;                // key -> id
  std::vector<value_type> entries_;  // id -> key and value
};

}  // namespace newsgraph
