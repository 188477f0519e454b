// A table of distinct strings, each with a dense id (0, 1, 2, ... in insertion order), looked up
// by string_view without building a std::string. The big read-only lexicons (the tagger's 90,000
// words) are probed several times per token: std::unordered_map<std::string, ...> needs a
// std::string key, a heap node per entry and a chain walk per probe; this is one open-addressing
// array of ids with their hashes beside them, so a probe is usually one cache line.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

class StringTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `key`, adding it when absent.
  uint32_t insert(std::string_view key);
  // Room for n keys without growing (for tables filled once from a file of known size).
  void reserve(size_t n);
  // The id of `key`, or kNone.
  uint32_t find(std::string_view key) const;
  const std::string& key(uint32_t id) const { return keys_[id]; }
  size_t size() const { return keys_.size(); }

 private:
  static uint64_t hash(std::string_view s);
  // The slot holding `key` (hash h), or the empty slot where it would go.
  size_t probe(std::string_view key, uint64_t h) const;
  void grow();
  // Moves every key into a table of `slot_count` slots (a power of two above twice the keys).
  void rehash(size_t slot_count);
  // Adds `key` (hash h) in the empty slot i that probe found; returns its new id.
  uint32_t add(std::string_view key, uint64_t h, size_t i);

  std::vector<std::string> keys_;     // id -> key
  std::vector<uint64_t> key_hashes_;  // id -> hash(key)
  // A slot holds a short key itself, so that a probe that finds its key reads one cache line.
  static constexpr size_t kInline = 23;
  struct alignas(32) Slot {
    uint32_t id = kNone;
    uint32_t hash_low = 0;  // low 32 bits of the key's hash, to skip most string compares
    unsigned char len = 0;  // key length when it is at most kInline bytes, else 255
    char text[kInline] = {};
  };
  std::vector<Slot> slots_;  // open addressing, linear probing; size a power of two
  Slot make_slot(uint32_t id, uint64_t h) const;
};

}  // namespace newsgraph
