#include "text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph::eval {
namespace {

// ASCII letters for U+00C0..U+00FF and U+0100..U+017F; a space for the two signs (x, ÷).
constexpr std::string_view kLatin1 = "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view kLatinExtA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSs"
    "TtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

static_assert(kLatin1.size() == 64 && kLatinExtA.size() == 128, "one letter per code point");

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) {
        out += static_cast<char>(std::tolower(c));
      } else if (c == '\'') {
        // "Workers'" and "People's" join: the apostrophe is not a word boundary.
      } else if ((c == ',' || c == '.') && i > 0 && i + 1 < s.size() && is_digit(s[i - 1]) && is_digit(s[i + 1])) {
        // 1,279 and 1.15 stay one number.
      } else {
        out += ' ';
      }
      continue;
    }
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < s.size()) {
      unsigned cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      char folded = 0;
      if (cp >= 0xC0 && cp <= 0xFF) folded = kLatin1[cp - 0xC0];
      if (cp >= 0x100 && cp <= 0x17F) folded = kLatinExtA[cp - 0x100];
      if (folded) {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(folded)));
        ++i;
        continue;
      }
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      i += 2;
      if (d == 0x99 || d == 0x98) continue;  // curly apostrophes join like '\''
      out += ' ';                             // dashes, curly quotes, ellipsis
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string singular(std::string w) {
  if (w.size() <= 3) return w;
  if (w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("sis")) w.pop_back();
  return w;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string f = fold(text);
  size_t i = 0;
  while (i < f.size()) {
    while (i < f.size() && f[i] == ' ') ++i;
    size_t j = i;
    while (j < f.size() && f[j] != ' ') ++j;
    if (j > i) out.push_back(singular(f.substr(i, j - i)));
    i = j;
  }
  return out;
}

std::string name_key(std::string_view text) {
  std::vector<std::string> w = words(text);
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i == 0 && w[i] == "the" && w.size() > 1) continue;
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

bool is_stop_word(std::string_view w) {
  static const std::array<std::string_view, 62> kStop = {
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but",
      "that", "thi", "this", "these", "those", "is", "are", "wa", "was", "were", "be", "been", "being",
      "ha", "has", "have", "had", "do", "doe", "did", "will", "would", "could", "should", "may",
      "might", "can", "it", "its", "their", "they", "them", "he", "she", "his", "her", "him", "we",
      "our", "as", "than", "so", "if", "into", "about", "also", "there"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

bool is_pronoun(std::string_view text) {
  static const std::array<std::string_view, 22> kPronouns = {
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "we", "us", "our", "i", "me", "my", "you", "your", "himself", "herself"};
  std::string f = fold(text);
  while (!f.empty() && f.back() == ' ') f.pop_back();
  while (!f.empty() && f.front() == ' ') f.erase(f.begin());
  return std::find(kPronouns.begin(), kPronouns.end(), f) != kPronouns.end();
}

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> out;
  for (auto& w : words(text))
    if (!is_stop_word(w)) out.push_back(w);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool contains_all(const std::vector<std::string>& hay, const std::vector<std::string>& needles) {
  if (needles.empty()) return false;
  for (const auto& n : needles)
    if (std::find(hay.begin(), hay.end(), n) == hay.end()) return false;
  return true;
}

}  // namespace newsgraph::eval
