// Small text helpers shared by every extraction stage: UTF-8 checks, case folding,
// stable hashing (for deterministic IDs) and trimming.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF count as invalid), or npos when valid.
size_t find_invalid_utf8(std::string_view s);

// True when NEWSGRAPH_BENCH_WITHOUT=NAME[,NAME...] names `change`: the one reader of that variable,
// here so that this layer's switches and storage/bench_switch.h (which lists them all) share it.
bool bench_switch_named(const char* change);
// The same answer as find_invalid_utf8, skipping runs of ASCII eight bytes at a time (the
// reader checks every article's text; most of it is ASCII).
size_t find_invalid_utf8_by_words(std::string_view s);

// ASCII lower-casing; bytes >= 0x80 are left as they are.
std::string to_lower(std::string_view s);
// The same into `out`, reusing its buffer (no temporary string for a long word).
void assign_lower(std::string& out, std::string_view s);
// Whether `s` has an ASCII lower-case letter ("Who" does, "WHO" and "U.S." do not).
inline bool has_lowercase(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}
bool iequals(std::string_view a, std::string_view b);
std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
// Reads a whole file into `out` with one read (resource loaders parse it as views, not
// line by line through an istream); false when it cannot be opened.
bool read_whole_file(const std::string& path, std::string& out);
// Calls `each` with every line of `text` (without its '\n'), as views into `text`.
template <typename Each>
void for_each_line_view(std::string_view text, Each each) {
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    each(text.substr(b, e - b));
    b = e + 1;
  }
}

// Whether `w` is exactly the literal `lit`. The literal's length is a constant, so this compiles
// to a length test and a few loads; `w == "literal"` calls memcmp whenever the lengths agree,
// which in the per-token rules (time words, tagger context) was a measurable cost.
template <size_t N>
inline bool is_word(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

// Inline: every stage asks these of most tokens (is_upper_initial about seven times a token in
// the mention constructions alone), and a call cost more than the test.
inline bool is_upper_initial(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }
// The last word of a phrase ("executive" of "chief executive"); the phrase when it has no space.
inline std::string_view last_word(std::string_view phrase) { return phrase.substr(phrase.rfind(' ') + 1); }
inline bool is_all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
inline bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// 64-bit FNV-1a, stable across platforms and runs: the basis of every ID.
uint64_t stable_hash(std::string_view s);
// "prefix" followed by 16 lowercase hex digits of stable_hash(key).
std::string stable_id(char prefix, std::string_view key);
// stable_hash continued over `s` from the state `h`: stable_hash_more(stable_hash(a), b) ==
// stable_hash(a + b), so a key made of parts is hashed without joining them into one string.
uint64_t stable_hash_more(uint64_t h, std::string_view s);
// What stable_id formats ("prefix" then 16 lowercase hex digits of `hash`), without snprintf.
std::string stable_id_of_hash(char prefix, uint64_t hash);

// Normalizes a name for alias lookup: lower case, dots and apostrophes dropped,
// runs of spaces and hyphens folded to one space ("U.S." -> "us").
std::string alias_key(std::string_view name);

}  // namespace newsgraph
