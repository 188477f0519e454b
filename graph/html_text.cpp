#include "html_text.h"

#include <algorithm>
#include <cctype>

namespace newsgraph {

std::string html_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) continue;
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string url_fragment_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

namespace {
bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::string ascii_lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

std::optional<std::pair<size_t, size_t>> find_phrase(const std::string& text, const std::vector<std::string>& candidates) {
  std::string hay = ascii_lower(text);
  std::optional<std::pair<size_t, size_t>> best;
  for (const std::string& c : candidates) {
    if (c.empty()) continue;
    std::string needle = ascii_lower(c);
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
      size_t end = at + needle.size();
      // A name must not match inside a longer word ("US" in "USE"), unless it starts or ends
      // with a non-word character itself.
      bool left = at == 0 || !word_char(hay[at - 1]) || !word_char(needle.front());
      bool right = end == hay.size() || !word_char(hay[end]) || !word_char(needle.back());
      if (!left || !right) continue;
      if (!best || at < best->first || (at == best->first && end > best->second)) best = std::make_pair(at, end);
      break;
    }
  }
  return best;
}

std::string marked_html(const std::string& text, std::vector<TextMark> marks) {
  std::sort(marks.begin(), marks.end(), [](const TextMark& a, const TextMark& b) { return a.start < b.start; });
  std::string out;
  size_t at = 0;
  for (const TextMark& m : marks) {
    if (m.start < at || m.end > text.size() || m.end <= m.start) continue;
    out += html_escape(text.substr(at, m.start - at));
    out += "<mark class=\"" + html_escape(m.css_class) + "\">" + html_escape(text.substr(m.start, m.end - m.start)) + "</mark>";
    at = m.end;
  }
  out += html_escape(text.substr(at));
  return out;
}

}  // namespace newsgraph
