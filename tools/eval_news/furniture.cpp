#include "furniture.h"

#include <algorithm>
#include <cctype>

#include "text.h"

namespace newsgraph::eval {

// ---------------------------------------------------------------- furniture

namespace {
// The end of a dateline glued to the first sentence ("GENEVA (Reuters) -Swiss ..."): an
// upper-case place, an agency in brackets, a dash. npos when the line does not start with one.
size_t dateline_end(const std::string& line) {
  size_t open = line.find(" (");
  if (open == std::string::npos || open == 0 || open > 40) return std::string::npos;
  for (size_t i = 0; i < open; ++i)
    if (line[i] >= 'a' && line[i] <= 'z') return std::string::npos;
  size_t close = line.find(')', open);
  if (close == std::string::npos || close > open + 60) return std::string::npos;
  size_t dash = close + 1;
  while (dash < line.size() && line[dash] == ' ') ++dash;
  if (dash >= line.size() || line[dash] != '-') return std::string::npos;
  return dash + 1;
}
}  // namespace

std::vector<std::pair<int, int>> furniture_ranges(const std::string& text, const std::string& title) {
  std::vector<std::pair<int, int>> out;
  size_t start = 0;
  std::string title_key = name_key(title);
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    std::vector<std::string> w = words(line);
    bool lower = std::any_of(line.begin(), line.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    int letters = static_cast<int>(std::count_if(line.begin(), line.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }));
    bool furniture =
        !line.empty() &&
        (line.ends_with("[\xE2\x80\xA6]") || line.ends_with("[...]") ||                  // teaser
         (line.starts_with("By ") && w.size() <= 12) ||                                  // byline
         line.starts_with("(Reporting") || line.starts_with("(Writing") || line.starts_with("(Editing") ||
         (!lower && letters >= 2 && line.size() < 80) ||                                 // ALL-CAPS subhead
         (!title_key.empty() && name_key(line) == title_key) ||                          // headline again
         (w.size() <= 3 && line.back() != '.' && line.back() != '"') ||                  // section label
         line.find("Image: ") != std::string::npos);                                     // picture credit
    if (furniture) {
      out.emplace_back(static_cast<int>(start), static_cast<int>(end));
    } else if (size_t dash = dateline_end(line); dash != std::string::npos) {
      out.emplace_back(static_cast<int>(start), static_cast<int>(start + dash));
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  return out;
}

}  // namespace newsgraph::eval
