// The words of time expressions and the arithmetic on them, shared by the time constructions
// and by the filter that decides where a time expression may start: month, number, unit and
// season words, spoken years, ISO 8601 periods, the year a month belongs to by tense. Inline
// because they run on every candidate token (a call per word costs measurably in extraction).
#pragma once
#include <charconv>
#include <initializer_list>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "chunker.h"
#include "text_util.h"

namespace newsgraph::timex {

using namespace std::string_view_literals;


// The value of a run of digits ("1996", "23"); 0 when it is not one.
inline int to_int(std::string_view digits) {
  int v = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return v;
}

// Word comparisons here run on every token that may start a time expression, so they are made on
// string_views, which compare lengths before bytes.
inline constexpr std::string_view kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};

inline int month_of(std::string_view w) {
  // Fast rejection: month names start with one of these letters and have at least 3 letters.
  if (w.size() < 3 || std::strchr("jfmasond", w[0]) == nullptr) return 0;
  std::string_view v(w);
  bool dotted = v.back() == '.';
  if (dotted) v.remove_suffix(1);
  for (int i = 0; i < 12; ++i) {
    std::string_view name = kMonthNames[i];
    if (v == name) return i + 1;
    // Abbreviations ("Oct", "Sept"); "may" and "march" only as full words, "mar" only dotted.
    if (v.size() >= 3 && v.size() < name.size() && name.substr(0, v.size()) == v) {
      if (v == "mar" && !dotted) continue;
      return i + 1;
    }
  }
  return 0;
}

// The count a word names by itself ("two" -> 2, "a" -> 1, "several" -> -1); 0 for any other word.
// The words are looked up among those of the word's length only: number_of runs at every count
// construction and on every new candidate word, where comparing with all 30 words cost a few
// hundred instructions.
inline int number_word(std::string_view w) {
  struct NumberWord {
    std::string_view word;
    int value;
  };
  auto find = [w](std::initializer_list<NumberWord> words) {
    for (const NumberWord& n : words)
      if (n.word == w) return n.value;
    return 0;
  };
  switch (w.size()) {
    case 1: return find({{"a", 1}});
    case 2: return find({{"an", 1}});
    case 3: return find({{"one", 1}, {"two", 2}, {"six", 6}, {"ten", 10}, {"few", -1}});
    case 4: return find({{"four", 4}, {"five", 5}, {"nine", 9}, {"many", -1}, {"some", -1}});
    case 5: return find({{"three", 3}, {"seven", 7}, {"eight", 8}, {"forty", 40}, {"fifty", 50}});
    case 6: return find({{"eleven", 11}, {"twelve", 12}, {"twenty", 20}, {"thirty", 30}});
    case 7: return find({{"fifteen", 15}, {"sixteen", 16}, {"hundred", 100}, {"several", -1}});
    case 8: return find({{"thirteen", 13}, {"fourteen", 14}, {"eighteen", 18}, {"nineteen", 19}});
    case 9: return find({{"seventeen", 17}});
    default: return 0;
  }
}

// "two" -> 2, "12" -> 12, "a" -> 1, "twenty-four" -> 24; -1 for "several"/"few" (unknown count);
// 0 when not a number.
inline int number_of(std::string_view w) {
  if (const int n = number_word(w)) return n;
  // "twenty-four", "thirty-six".
  if (size_t dash = w.find('-'); dash != std::string_view::npos && dash > 0) {
    int tens = number_of(w.substr(0, dash)), unit = number_of(w.substr(dash + 1));
    if (tens >= 20 && tens <= 90 && tens % 10 == 0 && unit >= 1 && unit <= 9) return tens + unit;
  }
  if (is_all_digits(w) && w.size() <= 4) return to_int(w);
  return 0;
}

// A year said in words, as broadcast transcripts write it: "nineteen ninety-six" (1996),
// "nineteen eighty" (1980), "two thousand" (2000), "two thousand and one" (2001). Returns the year
// and sets *len to the words it spans; 0 when the words at i are not a spoken year.
inline int spoken_year(const std::vector<std::string_view>& w, size_t i, size_t* len) {
  static constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  auto at = [&](size_t k) -> std::string_view { return k < w.size() ? w[k] : std::string_view(); };
  auto small = [](std::string_view u) {  // one..nine
    static constexpr std::string_view units[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int d = 0; d < 9; ++d)
      if (u == units[d]) return d + 1;
    return 0;
  };
  if (at(i) == "two" && at(i + 1) == "thousand") {
    size_t k = i + 2;
    int y = 2000;
    if (at(k) == "and" && small(at(k + 1))) {
      y += small(at(k + 1));
      k += 2;
    } else if (small(at(k))) {
      y += small(at(k++));
    }
    *len = k - i;
    return y;
  }
  int century = at(i) == "nineteen" ? 1900 : at(i) == "eighteen" ? 1800 : 0;
  if (!century) return 0;
  std::string_view t = at(i + 1);
  std::string_view unit;
  if (size_t dash = t.find('-'); dash != std::string_view::npos) {
    unit = t.substr(dash + 1);
    t = t.substr(0, dash);
  }
  for (int d = 0; d < 8; ++d)
    if (t == tens[d] && (unit.empty() || small(unit))) {
      *len = 2;
      return century + (d + 2) * 10 + (unit.empty() ? 0 : small(unit));
    }
  return 0;
}

// Unit word -> ISO 8601 period letter(s); empty when not a unit.
inline std::string unit_of(std::string_view w, bool* plural) {
  std::string_view s = w;
  *plural = false;
  if (s.size() > 1 && s.back() == 's') {
    s.remove_suffix(1);
    *plural = true;
  }
  if (s == "year") return "Y";
  if (s == "month") return "M";
  if (s == "week") return "W";
  if (s == "day") return "D";
  if (s == "hour") return "TH";
  if (s == "minute") return "TM";
  if (s == "decade") return "DE";
  if (s == "quarter") return "Q";
  return "";
}

inline std::string period(int n, const std::string& unit) {
  std::string num = n < 0 ? "X" : std::to_string(n);
  if (unit == "DE") return "P" + (n < 0 ? std::string("X") : std::to_string(n * 10)) + "Y";
  if (unit == "Q") return "P" + num + "Q";  // TimeML has a quarter unit: "two quarters" is P2Q
  if (unit[0] == 'T') return "PT" + num + unit.substr(1);
  return "P" + num + unit;
}

// "1989-Q3" one year earlier: "1988-Q3".
inline std::string year_before(const std::string& quarter) {
  return std::to_string(to_int(quarter.substr(0, 4)) - 1) + quarter.substr(4);
}

inline bool is_quarter_value(const std::string& v) {
  return v.size() == 7 && v[4] == '-' && v[5] == 'Q' && std::isdigit(static_cast<unsigned char>(v[0]));
}

inline std::string part_of_day(std::string_view w) {
  if (w == "morning"sv) return "TMO";
  if (w == "afternoon"sv) return "TAF";
  if (w == "evening"sv) return "TEV";
  if (w == "night"sv) return "TNI";
  return "";
}

// The year of a month (and day; 0 when not given) named without one, by the tense of the verb as
// news writers mean it. Past tense with a date shortly after the DCT is still this year (a tense
// slip, or a scheduled event reported in the past): it reaches back only for dates months ahead,
// and the future forward only for dates months behind; without tense, the nearest year.
inline int year_by_tense(const Date& dct, Tense tense, int mon, int day) {
  int year = dct.y;
  int cur = dct.m * 100 + dct.d;
  int tgt = mon * 100 + (day ? day : (tense == Tense::kPast ? 0 : 99));
  int dm_signed = (mon - dct.m) * 31 + ((day ? day : 15) - dct.d);
  if (tense == Tense::kPast && tgt > cur && dm_signed > 62) --year;
  else if (tense == Tense::kFuture && tgt < cur && dm_signed < -62) ++year;
  else if (tense != Tense::kPast && tense != Tense::kFuture) {
    int dm = mon - dct.m;
    if (dm > 6) --year;
    else if (dm < -6) ++year;
  }
  return year;
}

// "mid-November" -> "november"; "" when the word has no mid-/early-/late- prefix.
inline std::string_view without_part_prefix(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return {};
  std::string_view head = w.substr(0, dash);
  return head == "mid" || head == "early" || head == "late" ? w.substr(dash + 1) : std::string_view();
}

// Season word -> TimeML season code ("summer" -> "SU"); empty when not a season.
inline std::string season_of(std::string_view s) {
  if (s == "spring") return "SP";
  if (s == "summer") return "SU";
  if (s == "autumn" || s == "fall") return "FA";
  if (s == "winter") return "WI";
  return "";
}

}  // namespace newsgraph::timex
