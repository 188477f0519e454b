#include "article.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "text_util.h"

namespace newsgraph {
namespace fs = std::filesystem;

std::string Diagnostic::str() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  s += ": ";
  s += reason;
  return s;
}

namespace {

const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                               "jul", "aug", "sep", "oct", "nov", "dec"};

int month_from_word(std::string w) {
  w = to_lower(w);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i)
    if (w.compare(0, 3, kMonths[i]) == 0) return i + 1;
  return 0;
}

bool valid_ymd(int y, int m, int d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}

// True when `raw` is already what normalize_date makes of it: exactly YYYY-MM-DD, a valid day.
// The common case in JSON Lines input; it skips sscanf and snprintf.
bool is_normal_date(const std::string& raw) {
  if (raw.size() != 10 || raw[4] != '-' || raw[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, ends[3] = {4, 7, 10};
  for (int f = 0; f < 3; ++f)
    for (size_t k = starts[f]; k < ends[f]; ++k) {
      if (raw[k] < '0' || raw[k] > '9') return false;
      v[f] = v[f] * 10 + (raw[k] - '0');
    }
  return valid_ymd(v[0], v[1], v[2]);
}

std::string ymd(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::optional<std::string> normalize_date(const std::string& raw) {
  std::string s(trim(raw));
  int y = 0, m = 0, d = 0;
  char sep1 = 0, sep2 = 0;
  int consumed = 0;
  // 2025-10-30, 2025/10/30, optionally followed by a time (T12:00:00Z, " 12:00").
  if (std::sscanf(s.c_str(), "%4d%c%2d%c%2d%n", &y, &sep1, &m, &sep2, &d, &consumed) == 5 &&
      sep1 == sep2 && (sep1 == '-' || sep1 == '/')) {
    std::string rest = s.substr(consumed);
    if ((rest.empty() || rest[0] == 'T' || rest[0] == ' ') && valid_ymd(y, m, d)) return ymd(y, m, d);
    return std::nullopt;
  }
  // Month-name forms: "October 30, 2025", "Oct. 30 2025", "30 October 2025".
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() == 3) {
    auto num = [](std::string w) {
      while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
      // At most four digits: std::stoi throws on numbers that do not fit an int.
      return is_all_digits(w) && w.size() <= 4 ? std::stoi(w) : -1;
    };
    if ((m = month_from_word(words[0])) && (d = num(words[1])) > 0 && (y = num(words[2])) > 0 &&
        valid_ymd(y, m, d))
      return ymd(y, m, d);
    if ((d = num(words[0])) > 0 && (m = month_from_word(words[1])) && (y = num(words[2])) > 0 &&
        valid_ymd(y, m, d))
      return ymd(y, m, d);
  }
  return std::nullopt;
}

size_t find_body_start(const std::string& text) {
  size_t pos = 0;
  auto skip_space = [&] {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' ||
                                 text[pos] == '\t'))
      ++pos;
  };
  skip_space();
  // Byline: a short first line "By Name Name".
  if (text.compare(pos, 3, "By ") == 0) {
    size_t eol = text.find('\n', pos);
    if (eol != std::string::npos && eol - pos < 60) {
      pos = eol;
      skip_space();
    }
  }
  // Dateline: an upper-case place (optionally ", Region" and "(Agency)") then a dash.
  size_t i = pos;
  size_t upper = 0;
  while (i < text.size() && (std::isupper(static_cast<unsigned char>(text[i])) || text[i] == ' ' ||
                             text[i] == '.' || text[i] == '\'' || text[i] == '-')) {
    if (std::isupper(static_cast<unsigned char>(text[i]))) ++upper;
    ++i;
    if (text[i - 1] == ' ' && i < text.size() && text[i] == '-') break;
  }
  if (upper < 2) return pos;
  size_t limit = std::min(text.size(), pos + 120);
  size_t dash = std::string::npos;
  for (size_t k = i; k + 1 < limit; ++k) {
    if (text[k] == '\n') break;
    if (text[k] == ' ' && (text[k + 1] == '-' || text.compare(k + 1, 3, "\xE2\x80\x94") == 0 ||
                           text.compare(k + 1, 3, "\xE2\x80\x93") == 0)) {
      dash = k + 1;
      break;
    }
  }
  if (dash == std::string::npos) return pos;
  // Only commas, parentheses and words may stand between the place and the dash.
  size_t after = dash;
  while (after < text.size() && (text[after] == '-' || (unsigned char)text[after] >= 0x80)) ++after;
  while (after < text.size() && text[after] == ' ') ++after;
  return after;
}

ArticleReader::ArticleReader(ReaderOptions options, ArticleSink on_article,
                             DiagnosticSink on_diagnostic)
    : options_(std::move(options)),
      on_article_(std::move(on_article)),
      on_diagnostic_(std::move(on_diagnostic)) {}

bool ArticleReader::check_text(std::string& text, const std::string& file, size_t line) {
  if (text.size() > options_.max_article_bytes) {
    on_diagnostic_({file, line,
                    "article is " + std::to_string(text.size()) + " bytes, over the cap of " +
                        std::to_string(options_.max_article_bytes) +
                        " (raise it with --max-article-bytes); skipped"});
    return false;
  }
  if (text.find('\0') != std::string::npos) {
    on_diagnostic_({file, line, "text contains NUL bytes; skipped"});
    return false;
  }
  size_t bad = options_.quick_checks ? find_invalid_utf8_by_words(text) : find_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    on_diagnostic_({file, line, "invalid UTF-8 at byte " + std::to_string(bad) + "; skipped"});
    return false;
  }
  if (trim(text).empty()) {
    on_diagnostic_({file, line, "article has no text; skipped"});
    return false;
  }
  return true;
}

void ArticleReader::finish(Article&& a, const std::string& file, size_t line) {
  a.origin = line ? file + ":" + std::to_string(line) : file;
  if (options_.quick_checks && is_normal_date(a.date)) {
    // kept as it is: normalize_date would give back the same string
  } else if (!a.date.empty()) {
    auto d = normalize_date(a.date);
    if (!d) {
      on_diagnostic_({file, line,
                      "date '" + a.date + "' is not a recognised format (use YYYY-MM-DD); " +
                          (options_.default_date.empty() ? "article kept without a date"
                                                         : "using --date " + options_.default_date),
                      false});
      a.date = options_.default_date;
    } else {
      a.date = *d;
    }
  } else {
    a.date = options_.default_date;
  }
  if (a.id.empty()) a.id = stable_id('a', file + "\n" + a.text).substr(1);
  a.body_start = find_body_start(a.text);
  on_article_(std::move(a));
}

void ArticleReader::read_text(const std::string& content, const std::string& name) {
  Article a;
  // Header block: "key: value" lines at the very top, ended by a blank line, with at least one of
  // the known keys (title, date, source, id). Other keys are reported and ignored.
  size_t pos = 0;
  struct Line {
    size_t number;
    std::string key, value;
  };
  std::vector<Line> header;
  bool known_key = false, ended_by_blank = false;
  size_t p = 0, number = 0;
  while (p < content.size() && header.size() < 50) {
    size_t eol = content.find('\n', p);
    if (eol == std::string::npos) eol = content.size();
    ++number;
    std::string_view line = trim(std::string_view(content).substr(p, eol - p));
    if (line.empty()) {
      ended_by_blank = !header.empty();
      pos = std::min(content.size(), eol + 1);
      break;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) break;
    std::string key = to_lower(trim(line.substr(0, colon)));
    bool word = !key.empty() && key.find_first_not_of("abcdefghijklmnopqrstuvwxyz_-") == std::string::npos;
    if (!word) break;
    known_key = known_key || key == "title" || key == "date" || key == "source" || key == "id";
    header.push_back({number, key, std::string(trim(line.substr(colon + 1)))});
    p = eol + 1;
  }
  if (known_key && ended_by_blank) {
    for (const Line& l : header) {
      if (l.key == "title") a.title = l.value;
      else if (l.key == "date") a.date = l.value;
      else if (l.key == "source") a.source = l.value;
      else if (l.key == "id") a.id = l.value;
      else
        on_diagnostic_({name, l.number, "unknown header key '" + l.key + "' ignored (known: title, date, source, id)", false});
    }
  } else {
    pos = 0;
  }
  a.text = content.substr(pos);
  if (!check_text(a.text, name, 0)) return;
  finish(std::move(a), name, 0);
}

void ArticleReader::read_jsonl(std::istream& in, const std::string& name) {
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (trim(line).empty()) continue;
    if (line.size() > options_.max_article_bytes * 2) {
      on_diagnostic_({name, lineno, "line is " + std::to_string(line.size()) +
                                        " bytes, over twice the article cap; skipped"});
      continue;
    }
    rapidjson::Document doc;
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag;
    if (options_.parse_in_place) {
      // The strings are decoded inside `line` (not pushed onto the parser's stack byte by byte
      // and copied again into the document); the fields are copied out once below. A NUL byte
      // ends the input here as the end of the line does for the sized parse: the same errors.
      rapidjson::InsituStringStream in_place(line.data());
      // The sized parse's stream skips a byte-order mark, each of its three bytes when present,
      // and still counts error offsets from the line's start: so does this one.
      for (unsigned mark : {0xEFu, 0xBBu, 0xBFu})
        if (static_cast<unsigned char>(*in_place.src_) == mark) ++in_place.src_;
      doc.ParseStream<kFlags | rapidjson::kParseInsituFlag>(in_place);
    } else {
      doc.Parse<kFlags>(line.c_str(), line.size());
    }
    if (doc.HasParseError()) {
      on_diagnostic_({name, lineno,
                      std::string("malformed JSON (") + rapidjson::GetParseError_En(doc.GetParseError()) +
                          " at column " + std::to_string(doc.GetErrorOffset() + 1) + "); skipped"});
      continue;
    }
    if (!doc.IsObject()) {
      on_diagnostic_({name, lineno, "line is not a JSON object; skipped"});
      continue;
    }
    Article a;
    bool bad = false;
    auto field = [&](const char* key, std::string& out, bool required) {
      auto it = doc.FindMember(key);
      if (it == doc.MemberEnd() || it->value.IsNull()) {
        if (required) {
          on_diagnostic_({name, lineno, std::string("missing \"") + key + "\"; skipped"});
          bad = true;
        }
        return;
      }
      if (it->value.IsString()) {
        out.assign(it->value.GetString(), it->value.GetStringLength());
      } else if (it->value.IsNumber() && std::string(key) == "id") {
        out = std::to_string(it->value.GetInt64());
      } else {
        on_diagnostic_({name, lineno, std::string("field \"") + key + "\" is not a string" +
                                          (required ? "; skipped" : "; ignored"),
                        required});
        if (required) bad = true;
      }
    };
    field("text", a.text, true);
    if (bad) continue;
    field("id", a.id, false);
    field("title", a.title, false);
    field("date", a.date, false);
    field("source", a.source, false);
    if (!check_text(a.text, name, lineno)) continue;
    finish(std::move(a), name, lineno);
  }
}

void ArticleReader::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_diagnostic_({path, 0, "cannot open file (check that it exists and is readable); skipped"});
    return;
  }
  bool jsonl = path.ends_with(".jsonl") || path.ends_with(".json") || path.ends_with(".ndjson");
  if (jsonl) {
    read_jsonl(in, path);
    return;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string content = buf.str();
  if (content.empty()) {
    on_diagnostic_({path, 0, "empty file; skipped"});
    return;
  }
  if (content.find('\0', 0) != std::string::npos &&
      content.find('\0') < std::min<size_t>(content.size(), 8192)) {
    on_diagnostic_({path, 0, "binary file (NUL bytes); skipped"});
    return;
  }
  read_text(content, path);
}

void ArticleReader::read_path(const std::string& path) {
  if (path == "-") {
    std::string content((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    size_t first = content.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && content[first] == '{') {
      std::istringstream in(content);
      read_jsonl(in, "<stdin>");
    } else {
      read_text(content, "<stdin>");
    }
    return;
  }
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    on_diagnostic_({path, 0, "no such file or directory; skipped"});
    return;
  }
  if (!fs::is_directory(status)) {
    read_file(path);
    return;
  }
  // Collect then sort so that the order (and so every ID and merge) is the same on every run.
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    on_diagnostic_({path, 0, "cannot read directory: " + ec.message() + "; skipped"});
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      on_diagnostic_({path, 0, "error while listing: " + ec.message()});
      break;
    }
    std::error_code fec;
    std::string p = it->path().string();
    bool wanted = p.ends_with(".txt") || p.ends_with(".md") || p.ends_with(".jsonl") || p.ends_with(".json") ||
                  p.ends_with(".ndjson");
    if (!wanted || it->is_directory(fec)) continue;
    if (!it->is_regular_file(fec)) {
      // A dangling link or a special file with an article's name: say so rather than pass over it.
      on_diagnostic_({p, 0, "not a readable regular file (dangling link or special file); skipped"});
      continue;
    }
    files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) read_file(f);
}

}  // namespace newsgraph
