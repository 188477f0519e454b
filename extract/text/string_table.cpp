#include "string_table.h"

#include <cstring>

namespace newsgraph {

[[gnu::always_inline]] inline uint64_t StringTable::hash(std::string_view s) {
  // Eight bytes at a time, then the last bytes with fixed-size loads that may overlap bytes
  // already read (a loop over the tail, or a memcpy of variable length, cost a tenth of the
  // lexicon probes); a multiply-xorshift finish so that the low bits (the slot) mix all the
  // bytes. The length is mixed in first, so overlapping reads of different lengths differ.
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  uint64_t v = 0;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(&v, p + i, 8);
      h = (h ^ v) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
    }
    std::memcpy(&v, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = (uint64_t(a) << 32) | b;
  } else if (n > 0) {
    v = (uint64_t(static_cast<unsigned char>(p[0])) << 16) | (uint64_t(static_cast<unsigned char>(p[n / 2])) << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ v) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}

namespace {

// Whether the n bytes at a and b are equal, for the short keys a slot holds inline: fixed-size
// loads that may overlap (as in hash()) instead of a call to memcmp, which cost as much as the
// rest of a probe that finds its key.
[[gnu::always_inline]] inline bool same_short_bytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    uint64_t x, y;
    for (size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(&x, a + i, 8);
      std::memcpy(&y, b + i, 8);
      if (x != y) return false;
    }
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x1, y1, x2, y2;
    std::memcpy(&x1, a, 4);
    std::memcpy(&y1, b, 4);
    std::memcpy(&x2, a + n - 4, 4);
    std::memcpy(&y2, b + n - 4, 4);
    return x1 == y1 && x2 == y2;
  }
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

}  // namespace

[[gnu::always_inline]] inline size_t StringTable::probe(std::string_view key, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kNone) return i;
    if (s.hash_low != static_cast<uint32_t>(h)) continue;
    if (s.len <= kInline) {
      if (s.len == key.size() && same_short_bytes(s.text, key.data(), key.size())) return i;
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
  return add(key, h, i);
}

// Out of line: most inserts find their key (the word table sees each word many times), and with
// the std::string this builds inline, insert saved and restored a dozen registers on every call.
[[gnu::noinline]] uint32_t StringTable::add(std::string_view key, uint64_t h, size_t i) {
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
  if (slots_.size() < want) rehash(want);  // one table of the final size, not each size up to it
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

void StringTable::grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

void StringTable::rehash(size_t slot_count) {
  std::vector<Slot> bigger(slot_count);
  const size_t mask = bigger.size() - 1;
  for (uint32_t id = 0; id < keys_.size(); ++id) {
    size_t i = key_hashes_[id] & mask;
    while (bigger[i].id != kNone) i = (i + 1) & mask;
    bigger[i] = make_slot(id, key_hashes_[id]);
  }
  slots_.swap(bigger);
}

}  // namespace newsgraph
