#include "holidays.h"

#include <iterator>

#include "string_table.h"
#include "text_util.h"

namespace newsgraph {
namespace {

struct Rule {
  const char* name;  // lower-case tokens separated by spaces, "'s" split off
  int month;         // 1-12; 0 for Easter-based rules
  int day;           // fixed day of the month, or 0
  int nth;           // with `weekday`: 1-4 for the Nth, -1 for the last; 0 for a fixed day
  int weekday;       // Monday = 0 ... Sunday = 6
  int easter_offset; // days from Easter Sunday (month == 0)
};

// US federal and widely reported holidays, plus Easter-based Christian feasts.
constexpr Rule kRules[] = {
    {"new year 's day", 1, 1, 0, 0, 0},     {"new year 's eve", 12, 31, 0, 0, 0},
    {"christmas", 12, 25, 0, 0, 0},         {"christmas day", 12, 25, 0, 0, 0},
    {"christmas eve", 12, 24, 0, 0, 0},     {"boxing day", 12, 26, 0, 0, 0},
    {"independence day", 7, 4, 0, 0, 0},    {"veterans day", 11, 11, 0, 0, 0},
    {"halloween", 10, 31, 0, 0, 0},         {"valentine 's day", 2, 14, 0, 0, 0},
    {"bastille day", 7, 14, 0, 0, 0},       {"thanksgiving", 11, 0, 4, 3, 0},
    {"thanksgiving day", 11, 0, 4, 3, 0},   {"labor day", 9, 0, 1, 0, 0},
    {"memorial day", 5, 0, -1, 0, 0},       {"martin luther king day", 1, 0, 3, 0, 0},
    {"presidents day", 2, 0, 3, 0, 0},      {"presidents ' day", 2, 0, 3, 0, 0},
    {"columbus day", 10, 0, 2, 0, 0},       {"easter", 0, 0, 0, 0, 0},
    {"easter sunday", 0, 0, 0, 0, 0},       {"good friday", 0, 0, 0, 0, -2},
    {"easter monday", 0, 0, 0, 0, 1},
};

// The rules' names split into words, once; and the words that can start one.
struct Index {
  std::vector<std::vector<std::string>> names;
  StringTable first_words;
  Index() {
    for (const Rule& r : kRules) {
      names.emplace_back();
      for (std::string_view w : split(r.name, ' ')) names.back().emplace_back(w);
      first_words.insert(names.back().front());
    }
  }
};
const Index& index() {
  static const Index idx;
  return idx;
}

// Western Easter Sunday (the anonymous Gregorian algorithm).
Date easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

}  // namespace

size_t match_holiday(const std::vector<std::string_view>& lower, size_t i, std::string* name) {
  size_t best = 0;
  if (i >= lower.size() || index().first_words.find(lower[i]) == StringTable::kNone) return 0;
  for (size_t ri = 0; ri < std::size(kRules); ++ri) {
    const Rule& r = kRules[ri];
    const std::vector<std::string>& ws = index().names[ri];
    if (ws.size() <= best || i + ws.size() > lower.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < ws.size() && ok; ++k) ok = lower[i + k] == ws[k];
    if (ok) {
      best = ws.size();
      if (name) *name = r.name;
    }
  }
  return best;
}

std::optional<Date> holiday_in(const std::string& name, int year) {
  for (const Rule& r : kRules) {
    if (name != r.name) continue;
    if (r.month == 0) return easter(year).add_days(r.easter_offset);
    if (r.nth == 0) return Date{year, r.month, r.day};
    if (r.nth > 0) {
      Date first{year, r.month, 1};
      int shift = (r.weekday - first.weekday() + 7) % 7;
      return first.add_days(shift + 7L * (r.nth - 1));
    }
    Date last{year, r.month, days_in_month(year, r.month)};
    return last.add_days(-((last.weekday() - r.weekday + 7) % 7));
  }
  return std::nullopt;
}

std::vector<std::string> holiday_first_words() {
  std::vector<std::string> out;
  for (uint32_t id = 0; id < index().first_words.size(); ++id) out.push_back(index().first_words.key(id));
  return out;
}


}  // namespace newsgraph
