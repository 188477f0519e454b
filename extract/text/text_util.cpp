#include "text_util.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace newsgraph {

bool bench_switch_named(const char* change) {
  static const std::string list = [] {
    const char* v = std::getenv("NEWSGRAPH_BENCH_WITHOUT");
    return std::string(",") + (v ? v : "") + ",";
  }();
  return list.find(std::string(",") + change + ",") != std::string::npos;
}

namespace {
// id-format: ids formatted with snprintf (a format string parsed on every id).
bool ids_by_snprintf() {
  static const bool without = bench_switch_named("id-format");
  return without;
}
// alias-key-loop: alias keys built with a push_back (a capacity test) a byte.
bool alias_key_by_push_back() {
  static const bool without = bench_switch_named("alias-key-loop");
  return without;
}
}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong encodings, surrogates and out-of-range code points.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += len;
  }
  return std::string_view::npos;
}

size_t find_invalid_utf8_by_words(std::string_view s) {
  // Whole words of ASCII (no byte with its high bit set) are valid and skipped; the first word
  // with a high bit, and the tail, go through the byte-wise check from a character boundary
  // (a word's first byte follows ASCII or a sequence the byte-wise check ended).
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & kHighBits) break;
      i += 8;
    }
    if (i >= n) break;
    // One non-ASCII stretch, byte-wise, up to the next ASCII byte that starts a character.
    size_t j = i;
    while (j < n && static_cast<unsigned char>(s[j]) >= 0x80) ++j;
    while (j < n && j - i < 8) ++j;  // at least a word's worth, so the loop above makes progress
    // Extend to a sequence boundary: a continuation byte belongs to the sequence before it.
    while (j < n && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    size_t bad = find_invalid_utf8(s.substr(i, j - i));
    if (bad != std::string_view::npos) return i + bad;
    i = j;
  }
  return std::string_view::npos;
}

void assign_lower(std::string& out, std::string_view s) {
  out.assign(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

std::string to_lower(std::string_view s) {
  std::string out;
  assign_lower(out, s);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

uint64_t stable_hash(std::string_view s) {
  // The project's offset basis (one digit short of FNV-1a's textbook one; stored ids depend on it).
  return stable_hash_more(1469598103934665603ULL, s);
}

uint64_t stable_hash_more(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string stable_id_of_hash(char prefix, uint64_t hash) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(17, prefix);
  for (int k = 16; k >= 1; --k, hash >>= 4) out[static_cast<size_t>(k)] = kHex[hash & 15];
  return out;
}

std::string stable_id(char prefix, std::string_view key) {
  if (!ids_by_snprintf()) return stable_id_of_hash(prefix, stable_hash(key));
  char buf[20];
  std::snprintf(buf, sizeof buf, "%c%016llx", prefix,
                static_cast<unsigned long long>(stable_hash(key)));
  return buf;
}

std::string alias_key(std::string_view name) {
  std::string out;
  if (!alias_key_by_push_back()) {
    // Written through a pointer into a buffer of the name's size (a key is never longer: a space
    // is written only in place of a separator the name had), then cut to its length.
    out.resize(name.size());
    char* o = out.data();
    size_t n = 0;
    bool space = false;
    for (char c : name) {
      if (c == '.' || c == '\'') continue;
      if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
        space = n != 0;
        continue;
      }
      if (space) {
        o[n++] = ' ';
        space = false;
      }
      o[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    out.resize(n);
    return out;
  }
  out.reserve(name.size());
  bool space = false;
  for (char c : name) {
    if (c == '.' || c == '\'') continue;
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out.push_back(' ');
      space = false;
    }
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  out.resize(size > 0 ? static_cast<size_t>(size) : 0);
  in.seekg(0);
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<size_t>(in.gcount()));
  return true;
}

}  // namespace newsgraph
