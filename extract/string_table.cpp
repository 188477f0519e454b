#include "string_table.h"

#include <cstring>

namespace newsgraph {

uint64_t StringTable::hash(std::string_view s) {
  // Eight bytes at a time (most words take one or two steps), then a multiply-xorshift finish so
  // that the low bits (the slot) mix all the bytes.
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  // The last 1-7 bytes, little-endian as a memcpy on x86 would read them; a loop, because a
  // memcpy of variable length is a library call (a tenth of a percent of extraction).
  uint64_t v = 0;
  for (size_t k = 0; i + k < s.size(); ++k) v |= uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
  h = (h ^ v) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}

size_t StringTable::probe(std::string_view key, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kNone) return i;
    if (s.hash_low != static_cast<uint32_t>(h)) continue;
    if (s.len <= kInline) {
      if (s.len == key.size() && std::memcmp(s.text, key.data(), key.size()) == 0) return i;
    } else if (keys_[s.id] == key) {
      return i;
    }
  }
}

uint32_t StringTable::find(std::string_view key) const {
  if (slots_.empty()) return kNone;
  return slots_[probe(key, hash(key))].id;  // kNone when the probe ended on an empty slot
}

uint32_t StringTable::insert(std::string_view key) {
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();  // keep the load under one half
  const uint64_t h = hash(key);
  const size_t i = probe(key, h);
  if (slots_[i].id != kNone) return slots_[i].id;
  const uint32_t id = static_cast<uint32_t>(keys_.size());
  keys_.emplace_back(key);
  key_hashes_.push_back(h);
  slots_[i] = make_slot(id, h);
  return id;
}

void StringTable::reserve(size_t n) {
  keys_.reserve(n);
  key_hashes_.reserve(n);
  size_t want = 64;
  while (want < n * 2) want *= 2;
  while (slots_.size() < want) grow();
}

StringTable::Slot StringTable::make_slot(uint32_t id, uint64_t h) const {
  Slot s;
  s.id = id;
  s.hash_low = static_cast<uint32_t>(h);
  const std::string& k = keys_[id];
  if (k.size() <= kInline) {
    s.len = static_cast<unsigned char>(k.size());
    std::memcpy(s.text, k.data(), k.size());
  } else {
    s.len = 255;
  }
  return s;
}

void StringTable::grow() {
  std::vector<Slot> bigger(slots_.empty() ? 64 : slots_.size() * 2);
  const size_t mask = bigger.size() - 1;
  for (uint32_t id = 0; id < keys_.size(); ++id) {
    size_t i = key_hashes_[id] & mask;
    while (bigger[i].id != kNone) i = (i + 1) & mask;
    bigger[i] = make_slot(id, key_hashes_[id]);
  }
  slots_.swap(bigger);
}

}  // namespace newsgraph
