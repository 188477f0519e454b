#include "time_normalizer.h"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <cstdlib>
#include <optional>
#include <unordered_set>

#include "calendar.h"
#include "holidays.h"
#include "string_table.h"
#include "time_anaphora.h"
#include "text_util.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
namespace {

// The value of a run of digits ("1996", "23"); 0 when it is not one.
int to_int(std::string_view digits) {
  int v = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return v;
}

// Word comparisons here run on every token that may start a time expression, so they are made on
// string_views, which compare lengths before bytes.
constexpr std::string_view kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};

int month_of(std::string_view w) {
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

// "two" -> 2, "12" -> 12, "a" -> 1; -1 for "several"/"few" (unknown count); 0 when not a number.
int number_of(std::string_view w) {
  static constexpr std::string_view words[] = {"zero", "one",  "two",   "three",  "four",   "five",    "six",
                                      "seven", "eight", "nine", "ten",   "eleven", "twelve", "thirteen",
                                      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                      "nineteen", "twenty"};
  for (int i = 1; i <= 20; ++i)
    if (w == words[i]) return i;
  if (w == "thirty"sv) return 30;
  if (w == "forty"sv) return 40;
  if (w == "fifty"sv) return 50;
  if (w == "hundred"sv) return 100;
  if (w == "a"sv || w == "an"sv) return 1;
  // "twenty-four", "thirty-six".
  if (size_t dash = w.find('-'); dash != std::string_view::npos && dash > 0) {
    int tens = number_of(w.substr(0, dash)), unit = number_of(w.substr(dash + 1));
    if (tens >= 20 && tens <= 90 && tens % 10 == 0 && unit >= 1 && unit <= 9) return tens + unit;
  }
  if (w == "several"sv || w == "few"sv || w == "many"sv || w == "some"sv) return -1;
  if (is_all_digits(w) && w.size() <= 4) return to_int(w);
  return 0;
}

// A year said in words, as broadcast transcripts write it: "nineteen ninety-six" (1996),
// "nineteen eighty" (1980), "two thousand" (2000), "two thousand and one" (2001). Returns the year
// and sets *len to the words it spans; 0 when the words at i are not a spoken year.
int spoken_year(const std::vector<std::string_view>& w, size_t i, size_t* len) {
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
std::string unit_of(std::string_view w, bool* plural) {
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

std::string period(int n, const std::string& unit) {
  std::string num = n < 0 ? "X" : std::to_string(n);
  if (unit == "DE") return "P" + (n < 0 ? std::string("X") : std::to_string(n * 10)) + "Y";
  if (unit == "Q") return "P" + num + "Q";  // TimeML has a quarter unit: "two quarters" is P2Q
  if (unit[0] == 'T') return "PT" + num + unit.substr(1);
  return "P" + num + unit;
}

struct Context {
  const std::vector<Token>& tk;
  std::optional<Date> dct;
  Tense tense;
  std::string quarter;  // the reporting quarter (TimeDocument::quarter), YYYY-Qn or empty
  std::string anchor;   // the latest calendar date named (TimeDocument::anchor), or empty
  std::vector<std::string_view> lw;  // the tokens' lower-case forms (Token::lower)
};

// "1989-Q3" one year earlier: "1988-Q3".
std::string year_before(const std::string& quarter) {
  return std::to_string(to_int(quarter.substr(0, 4)) - 1) + quarter.substr(4);
}

bool is_quarter_value(const std::string& v) {
  return v.size() == 7 && v[4] == '-' && v[5] == 'Q' && std::isdigit(static_cast<unsigned char>(v[0]));
}

// The tense that governs the expression at token i: the closest verb group of the sentence.
Tense governing_tense(const Chunks& c, size_t i) {
  const VerbGroup* best = nullptr;
  size_t best_dist = static_cast<size_t>(-1);
  for (const VerbGroup& v : c.verbs) {
    if (v.tense == Tense::kNone) continue;
    size_t dist = v.end <= i ? i - v.end : (v.begin > i ? v.begin - i + 1 : 0);
    if (dist < best_dist) {
      best_dist = dist;
      best = &v;
    }
  }
  return best ? best->tense : Tense::kNone;
}

std::string part_of_day(std::string_view w) {
  if (w == "morning"sv) return "TMO";
  if (w == "afternoon"sv) return "TAF";
  if (w == "evening"sv) return "TEV";
  if (w == "night"sv) return "TNI";
  return "";
}

struct Match {
  size_t len = 0;
  std::string type, value;
  bool names_quarter = false;  // an explicit quarter ("the third quarter"): the new reporting quarter
};

// The year of a month (and day; 0 when not given) named without one, by the tense of the verb as
// news writers mean it. Past tense with a date shortly after the DCT is still this year (a tense
// slip, or a scheduled event reported in the past): it reaches back only for dates months ahead,
// and the future forward only for dates months behind; without tense, the nearest year.
int year_by_tense(const Date& dct, Tense tense, int mon, int day) {
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
std::string_view without_part_prefix(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return {};
  std::string_view head = w.substr(0, dash);
  return head == "mid" || head == "early" || head == "late" ? w.substr(dash + 1) : std::string_view();
}

Match match_at(const Context& cx, size_t i) {
  const std::vector<std::string_view>& w = cx.lw;
  const size_t n = w.size();
  auto at = [&](size_t k) -> std::string_view { return k < n ? w[k] : std::string_view(); };
  const std::optional<Date>& dct = cx.dct;
  Match m;

  // Relative words.
  if (is_word(w[i], "today") || is_word(w[i], "tonight") || is_word(w[i], "yesterday") || is_word(w[i], "tomorrow")) {
    long shift = is_word(w[i], "yesterday") ? -1 : is_word(w[i], "tomorrow") ? 1 : 0;
    m.type = "DATE";
    m.value = dct ? dct->add_days(shift).str() : "XXXX-XX-XX";
    m.len = 1;
    // "yesterday morning": the day. A timeline orders by day, and TimeBank's annotators mostly
    // gave the day alone for parts of days.
    if (!is_word(w[i], "tonight") && !part_of_day(at(i + 1)).empty()) m.len = 2;
    return m;
  }
  // "last night": the night before the article's day.
  if (is_word(w[i], "last") && is_word(at(i + 1), "night")) return {2, "TIME", dct ? dct->add_days(-1).str() + "TNI" : "XXXX-XX-XXTNI"};
  if (is_word(w[i], "now") || is_word(w[i], "currently")) return {1, "DATE", "PRESENT_REF"};
  if (is_word(w[i], "recently")) return {1, "DATE", "PAST_REF"};
  // "the following year", "that day": against the time named before, when there is one.
  if (!cx.anchor.empty())
    if (std::optional<AnaphoricTime> a = anaphoric_time(cx.lw, i, cx.anchor)) return {a->len, a->type, a->value};
  bool plural_unit = false;
  // "recent weeks", "in recent years", "the coming months": an unspecified stretch of that unit.
  if (size_t k = is_word(w[i], "the") ? i + 1 : i; is_word(at(k), "recent") || is_word(at(k), "coming"))
    if (std::string u = unit_of(at(k + 1), &plural_unit); !u.empty() && plural_unit)
      return {k + 2 - i, "DURATION", period(-1, u)};
  if (is_word(w[i], "the") && (is_word(at(i + 1), "past") || is_word(at(i + 1), "future")) &&
      unit_of(at(i + 2), &plural_unit).empty() && number_of(at(i + 2)) == 0)
    return {2, "DATE", is_word(at(i + 1), "past") ? "PAST_REF" : "FUTURE_REF"};
  if (is_word(w[i], "at") && is_word(at(i + 1), "present")) return {2, "DATE", "PRESENT_REF"};
  // "the year" on its own is the article's year ("for the year, volume was flat"); "the year
  // ended/ending June 30" is a fiscal year, a duration.
  if (is_word(w[i], "the") && is_word(at(i + 1), "year") && !is_word(at(i + 2), "'s") && number_of(at(i + 2)) == 0 &&
      !is_word(at(i + 2), "of") && !is_word(at(i + 2), "before") && !is_word(at(i + 2), "after") && !is_word(at(i + 2), "that") &&
      !is_word(at(i + 2), "-")) {  // "the year - earlier level" is a compound, read below
    if (is_word(at(i + 2), "ended") || is_word(at(i + 2), "ending")) return {2, "DURATION", "P1Y"};
    return {2, "DATE", dct ? std::to_string(dct->y) : "XXXX"};
  }

  // Sets: "every week", "daily", "annually".
  // Adverbial sets only ("meets weekly"); the adjectives ("daily output") are not annotated as times.
  if (is_word(w[i], "daily")) return {1, "SET", "P1D"};
  if ((is_word(w[i], "weekly") || is_word(w[i], "monthly")) && i > 0 && is_verb_tag(cx.tk[i - 1].tag)) {
    return {1, "SET", is_word(w[i], "weekly") ? "P1W" : "P1M"};
  }
  if (is_word(w[i], "every") || is_word(w[i], "each")) {
    bool pl;
    std::string u = unit_of(at(i + 1), &pl);
    if (!u.empty() && !pl) return {2, "SET", period(1, u)};
    int wd = weekday_from_name(at(i + 1));
    if (wd >= 0) return {2, "SET", "XXXX-WXX-" + std::to_string(wd + 1)};
  }

  // "last Thursday", "next Monday", "this Friday": the direction is said, not inferred from tense.
  if ((is_word(w[i], "last") || is_word(w[i], "previous") || is_word(w[i], "next") || is_word(w[i], "coming") || is_word(w[i], "this")) &&
      weekday_from_name(at(i + 1)) >= 0 && dct) {
    int diff = weekday_from_name(at(i + 1)) - dct->weekday();
    long shift = diff;
    if (is_word(w[i], "last") || is_word(w[i], "previous")) shift = diff < 0 ? diff : diff - 7;
    else if (!is_word(w[i], "this")) shift = diff > 0 ? diff : diff + 7;
    size_t len = part_of_day(at(i + 2)).empty() ? 2 : 3;
    return {len, "DATE", dct->add_days(shift).str()};
  }

  // "last May", "next January", "this September": the month's previous, next or current-year
  // occurrence, whatever the tense.
  if ((is_word(w[i], "last") || is_word(w[i], "next") || is_word(w[i], "this")) && i + 1 < n && month_of(at(i + 1)) &&
      std::isupper(static_cast<unsigned char>(cx.tk[i + 1].text[0])) && dct) {
    int mon = month_of(at(i + 1)), year = dct->y;
    if (is_word(w[i], "last") && mon >= dct->m) --year;
    if (is_word(w[i], "next") && mon <= dct->m) ++year;
    return {2, "DATE", std::to_string(year) + "-" + two_digits(mon)};
  }

  // Holidays: "Thanksgiving Day", "Christmas Eve", "Easter"; the year by tense as for months.
  if (std::isupper(static_cast<unsigned char>(cx.tk[i].text[0]))) {
    std::string name;
    if (size_t len = match_holiday(cx.lw, i, &name); len > 0) {
      if (!dct) return {len, "DATE", "XXXX-XX-XX"};
      int year = dct->y;
      if (is_all_digits(at(i + len)) && at(i + len).size() == 4) {
        year = to_int(at(i + len));
        ++len;
      } else if (auto this_year = holiday_in(name, year)) {
        year = year_by_tense(*dct, cx.tense, this_year->m, this_year->d);
      }
      if (auto d = holiday_in(name, year)) return {len, "DATE", d->str()};
    }
  }

  // "early November", "late October", "mid-November": the month (the part is a TimeML modifier
  // that the value does not carry).
  if ((is_word(w[i], "early") || is_word(w[i], "late") || is_word(w[i], "mid")) && month_of(at(i + 1)) && !is_word(at(i + 1), "may") &&
      std::isupper(static_cast<unsigned char>(cx.tk[i + 1].text[0]))) {
    Match inner = match_at(cx, i + 1);
    if (inner.len > 0 && inner.value.size() == 7) return {inner.len + 1, inner.type, inner.value};
  }
  if (int mon = month_of(without_part_prefix(w[i])); mon && dct)
    return {1, "DATE", std::to_string(year_by_tense(*dct, cx.tense, mon, 0)) + "-" + two_digits(mon)};

  // "the weekend": the one just past in past-tense reports, else the coming one (ISO weeks put a
  // weekend in the week of the Monday before it).
  if (is_word(w[i], "the") && is_word(at(i + 1), "weekend") && dct) {
    Date ref = cx.tense == Tense::kPast && dct->weekday() < 5 ? dct->add_days(-7) : *dct;
    int iy;
    int wk = ref.iso_week(&iy);
    return {2, "DATE", format_week(iy, wk) + "-WE"};
  }
  // "this morning", "this evening": a part of the article's day.
  if (is_word(w[i], "this") && !part_of_day(at(i + 1)).empty() && dct) return {2, "TIME", dct->str() + part_of_day(at(i + 1))};
  // Decades: "the 1980s", "the '80s", "the mid-1990s", "the late 1970s": the decade, as TimeML's
  // three-digit value ("198").
  {
    size_t k = i;
    if (is_word(w[k], "the")) ++k;
    if (is_word(at(k), "early") || is_word(at(k), "late") || is_word(at(k), "mid")) ++k;
    std::string_view d = at(k);
    if (std::string_view rest = without_part_prefix(d); !rest.empty()) d = rest;
    if (d.size() == 5 && d.back() == 's' && is_all_digits(d.substr(0, 4)) && d[3] == '0' && (d[0] == '1' || d[0] == '2'))
      return {k + 1 - i, "DATE", std::string(d.substr(0, 3))};
    // "the '80s" (the tokenizer splits off the apostrophe): the century that puts it in the past.
    if (k > i && d == "'" && dct) {
      std::string_view dd = at(k + 1);
      if (dd.size() == 3 && std::isdigit(static_cast<unsigned char>(dd[0])) && dd[1] == '0' && dd[2] == 's') {
        int decade = (dd[0] - '0') * 10, century = dct->y / 100;
        if (decade > dct->y % 100) --century;
        return {k + 2 - i, "DATE", std::to_string(century) + dd[0]};
      }
    }
  }

  // Weekdays, optionally with a part of the day.
  int wd = weekday_from_name(w[i]);
  // "Saturday, April 25", "Friday Oct. 13": the date said after the weekday fixes the day.
  if (wd >= 0 && month_of(at(i + 1 + (is_word(at(i + 1), ",")))) && i + 2 < n) {
    size_t k = i + 1 + (is_word(at(i + 1), ","));
    Match date = match_at(cx, k);
    if (date.len > 0 && date.value.size() == 10) return {k + date.len - i, date.type, date.value};
  }
  if (wd >= 0) {
    m.len = 1;
    m.type = "DATE";
    if (dct) {
      int diff = wd - dct->weekday();  // days from the DCT to that weekday in the same week
      long shift;
      if (cx.tense == Tense::kPast) shift = diff <= 0 ? diff : diff - 7;
      else if (cx.tense == Tense::kFuture) shift = diff >= 0 ? diff : diff + 7;
      else shift = diff > 3 ? diff - 7 : (diff < -3 ? diff + 7 : diff);
      m.value = dct->add_days(shift).str();
    } else {
      m.value = "XXXX-WXX-" + std::to_string(wd + 1);
    }
    if (!part_of_day(at(i + 1)).empty()) m.len = 2;  // "Sunday night": the day, as above
    return m;
  }

  // Month names: "October 28", "Oct. 28, 2025", "October 2025", "in January".
  int mon = month_of(w[i]);
  if (mon && (cx.tk[i].text[0] >= 'A' && cx.tk[i].text[0] <= 'Z')) {
    // "may" as a modal is lower case; capitalized "May" at a sentence start followed by a verb is
    // ambiguous, so require a day or year after it.
    bool weak = is_word(w[i], "may") || (is_word(w[i], "march") && i == 0) ||
                (w[i].size() <= 4 && w[i].back() != '.' && !is_word(w[i], "june") && !is_word(w[i], "july"));
    size_t k = i + 1;
    int day = 0, year = 0;
    if (is_all_digits(at(k)) && at(k).size() <= 2 && to_int(at(k)) >= 1 && to_int(at(k)) <= 31) {
      day = to_int(at(k));
      ++k;
      if (is_word(at(k), ",") && is_all_digits(at(k + 1)) && at(k + 1).size() == 4) k += 1;
    }
    size_t spoken = 0;
    if (is_all_digits(at(k)) && at(k).size() == 4) {
      year = to_int(at(k));
      ++k;
    } else if (int y = spoken_year(w, k, &spoken)) {
      year = y;
      k += spoken;
    }
    // A preposition before the weak name makes it the month: "in May", "since May", "until Mar.".
    if (weak && !day && !year && i > 0) {
      static constexpr std::string_view month_preps[] = {"in", "since", "until", "through", "during", "by", "from",
                                                "of", "early", "late", "mid", "before", "after", "between"};
      for (std::string_view p : month_preps)
        if (cx.lw[i - 1] == p && !(k < n && is_verb_tag(cx.tk[k].tag))) weak = false;
    }
    if (weak && !day && !year) return m;
    m.len = k - i;
    m.type = "DATE";
    if (!year && dct) year = year_by_tense(*dct, cx.tense, mon, day);
    std::string y = year ? std::to_string(year) : "XXXX";
    m.value = y + "-" + two_digits(mon) + (day ? "-" + two_digits(day) : "");
    return m;
  }
  // "28 October 2025".
  if (is_all_digits(w[i]) && w[i].size() <= 2 && month_of(at(i + 1)) && !(is_word(at(i + 1), "may"))) {
    int day = to_int(w[i]);
    int mon2 = month_of(at(i + 1));
    size_t k = i + 2;
    int year = dct ? dct->y : 0;
    if (is_all_digits(at(k)) && at(k).size() == 4) year = to_int(at(k++));
    if (day >= 1 && day <= 31)
      return {k - i, "DATE", (year ? std::to_string(year) : std::string("XXXX")) + "-" + two_digits(mon2) + "-" + two_digits(day)};
  }

  // Seasons.
  auto season = [](std::string_view s) -> std::string {
    if (s == "spring") return "SP";
    if (s == "summer") return "SU";
    if (s == "autumn" || s == "fall") return "FA";
    if (s == "winter") return "WI";
    return "";
  };

  // this/next/last/coming/past + unit, with an optional "earlier"/"later"/"the" before.
  {
    size_t k = i;
    if (is_word(w[k], "earlier") || is_word(w[k], "later") || is_word(w[k], "early") || is_word(w[k], "late")) ++k;
    if (is_word(at(k), "the")) ++k;
    std::string_view rel = at(k);
    int shift = 99;
    if (rel == "this" || rel == "current") shift = 0;
    else if (rel == "next" || rel == "coming" || rel == "following") shift = 1;
    else if (rel == "last" || rel == "previous" || rel == "past") shift = -1;
    bool pl = false;
    std::string u = unit_of(at(k + 1), &pl);
    std::string se = season(at(k + 1));
    // "this year's third quarter" is a quarter, read below.
    const bool quarter_follows = is_word(at(k + 2), "'s") && (is_word(at(k + 3), "quarter") || is_word(at(k + 4), "quarter"));
    if (shift != 99 && !quarter_follows && (k == i || is_word(w[i], "the") || is_word(w[i], "earlier") || is_word(w[i], "later") || is_word(w[i], "early") || is_word(w[i], "late"))) {
      if (!se.empty()) {
        int y = dct ? dct->y + (shift == 99 ? 0 : shift) : 0;
        return {k + 2 - i, "DATE", (dct ? std::to_string(y) : std::string("XXXX")) + "-" + se};
      }
      if (is_word(at(k + 1), "weekend") && dct) {
        int iy;
        int wk = dct->add_days(7L * shift).iso_week(&iy);
        return {k + 2 - i, "DATE", format_week(iy, wk) + "-WE"};
      }
      if (!u.empty() && !pl) {
        // "the past year" / "the coming year" read as durations when "the" leads.
        if (is_word(w[i], "the") && rel == "past") return {k + 2 - i, "DURATION", period(1, u)};
        if (!dct) return {k + 2 - i, "DATE", u == "Y" ? "XXXX" : "XXXX-XX"};
        if (u == "Y") return {k + 2 - i, "DATE", std::to_string(dct->y + shift)};
        if (u == "M") {
          Date d = dct->add_months(shift);
          return {k + 2 - i, "DATE", std::to_string(d.y) + "-" + two_digits(d.m)};
        }
        if (u == "W") {
          int iy;
          int wk = dct->add_days(7L * shift).iso_week(&iy);
          return {k + 2 - i, "DATE", format_week(iy, wk)};
        }
        if (u == "D") return {k + 2 - i, "DATE", dct->add_days(shift).str()};
        if (u == "Q") {
          int q = (dct->m - 1) / 3 + shift;
          int y = dct->y;
          if (q < 0) { q += 4; --y; }
          if (q > 3) { q -= 4; ++y; }
          return {k + 2 - i, "DATE", std::to_string(y) + "-Q" + std::to_string(q + 1)};
        }
      }
      if (rel == "past" && pl) {
        // "the past two years" handled below as a duration; "the past weeks" vague.
        return {k + 2 - i, "DURATION", period(-1, u)};
      }
    }
  }

  // "the year-earlier quarter", "the year-ago period", "year-earlier" (results): the same period
  // a year before the reporting quarter, else the previous year.
  {
    size_t k = i;
    if (is_word(w[k], "the")) ++k;
    if ((is_word(at(k), "year-earlier") || is_word(at(k), "year-ago")) && dct) {
      size_t e = k + 1;
      std::string value = cx.quarter.empty() ? std::to_string(dct->y - 1) : year_before(cx.quarter);
      if (is_word(at(e), "quarter") || is_word(at(e), "period")) {
        ++e;
      } else if (e + 1 < n && is_word(at(e + 1), "quarter")) {
        // "the year-earlier third quarter": that quarter, a year before.
        static constexpr std::string_view ords[] = {"first", "second", "third", "fourth"};
        for (int o = 0; o < 4; ++o)
          if (at(e) == ords[o]) {
            int y = (cx.quarter.empty() ? dct->y : to_int(cx.quarter.substr(0, 4))) - 1;
            value = std::to_string(y) + "-Q" + std::to_string(o + 1);
            e += 2;
          }
      } else if (is_word(w[i], "the")) {
        return m;  // "the year-earlier net income": only the adjective is the time
      }
      return {e - i, "DATE", value};
    }
  }

  // Quarters and halves: "the first quarter (of 1987)", "the fourth quarter", "this year's third quarter".
  {
    size_t k = i;
    if (is_word(w[k], "the")) ++k;
    int year_shift = 0;  // "next year's first quarter"
    if ((is_word(at(k), "this") || is_word(at(k), "next") || is_word(at(k), "last")) && is_word(at(k + 1), "year") && is_word(at(k + 2), "'s")) {
      year_shift = is_word(at(k), "next") ? 1 : is_word(at(k), "last") ? -1 : 0;
      k += 3;
    }
    int named_year = 0;  // "the 1988 third quarter", "the 1988 quarter"
    if (is_word(w[i], "the") && is_all_digits(at(k)) && at(k).size() == 4) {
      named_year = to_int(at(k));
      ++k;
      // "the 1988 quarter", "the 1988 period": the reporting quarter of that year.
      if (is_word(at(k), "quarter") || (is_word(at(k), "period") && !cx.quarter.empty()))
        return {k + 1 - i, "DATE", std::to_string(named_year) + (cx.quarter.empty() ? "" : "-Q" + cx.quarter.substr(6))};
    }
    // "last year's quarter": the reporting quarter, a year before.
    if (year_shift == -1 && is_word(at(k), "quarter") && !cx.quarter.empty()) return {k + 1 - i, "DATE", year_before(cx.quarter)};
    static constexpr std::string_view ord[] = {"first", "second", "third", "fourth"};
    static constexpr std::string_view ordn[] = {"1st", "2nd", "3rd", "4th"};
    int q = 0;
    for (int o = 0; o < 4; ++o)
      if (at(k) == ord[o] || at(k) == ordn[o]) q = o + 1;
    // "third-quarter" written as one token.
    size_t hy = at(k).find('-');
    if (!q && hy != std::string::npos && (at(k).substr(hy + 1) == "quarter")) {
      for (int o = 0; o < 4; ++o)
        if (at(k).substr(0, hy) == ord[o] || at(k).substr(0, hy) == ordn[o]) q = o + 1;
      if (q) {
        int year = dct ? dct->y : 0;
        if (dct && cx.tense == Tense::kPast && q > (dct->m - 1) / 3 + 1) --year;
        return {k + 1 - i, "DATE", (year ? std::to_string(year) : std::string("XXXX")) + "-Q" + std::to_string(q), true};
      }
    }
    // "the quarter", "the latest quarter", "the latest period": in past-tense reports, the
    // quarter just ended; "latest" and "recent" always name the last one reported.
    const bool latest = is_word(at(k), "latest") || is_word(at(k), "recent");
    if (!q && is_word(w[i], "the") &&
        (is_word(at(k), "quarter") || ((latest || is_word(at(k), "current")) && (is_word(at(k + 1), "quarter") || is_word(at(k + 1), "period")))) && dct) {
      size_t e = is_word(at(k), "quarter") ? k + 1 : k + 2;
      if (!cx.quarter.empty() && !is_word(at(k), "current")) return {e - i, "DATE", cx.quarter};
      Date ref = cx.tense == Tense::kPast || latest ? dct->add_days(-45) : *dct;
      return {e - i, "DATE", std::to_string(ref.y) + "-Q" + std::to_string((ref.m - 1) / 3 + 1)};
    }
    if (q && (is_word(at(k + 1), "quarter") || (is_word(at(k + 1), "half") && q <= 2))) {
      bool half = is_word(at(k + 1), "half");
      size_t e = k + 2;
      int year = dct ? dct->y : 0;
      bool explicit_year = false;
      if (is_word(at(e), "of") && is_all_digits(at(e + 1)) && at(e + 1).size() == 4) {
        year = to_int(at(e + 1));
        e += 2;
        explicit_year = true;
      } else if (is_all_digits(at(e)) && at(e).size() == 4) {
        year = to_int(at(e));
        e += 1;
        explicit_year = true;
      }
      if (named_year) {
        year = named_year;
      } else if (year_shift) {
        year += year_shift;
      } else if (!explicit_year && dct && cx.tense == Tense::kPast) {
        int cur = half ? (dct->m - 1) / 6 + 1 : (dct->m - 1) / 3 + 1;
        if (q > cur) --year;
      }
      return {e - i, "DATE", (year ? std::to_string(year) : std::string("XXXX")) + (half ? "-H" : "-Q") + std::to_string(q), !half};
    }
  }

  // "N units ago", durations "N units", "N-year", "a year". A year-like number ("the 1988
  // quarter") is not a count.
  {
    int num = number_of(w[i]);
    if (num >= 1000) num = 0;
    size_t k = i + 1;
    if (num == 1 && (is_word(w[i], "a") || is_word(w[i], "an")) && is_word(at(k), "few")) {
      num = -1;
      ++k;
    }
    bool pl = false;
    std::string u;
    std::string hy;
    size_t dash = w[i].find('-');
    if (dash != std::string::npos && dash > 0) {
      // "five-year", "10-day", "two-week".
      int hn = number_of(w[i].substr(0, dash));
      std::string hu = unit_of(w[i].substr(dash + 1), &pl);
      if (hn != 0 && !hu.empty() && hu != "Q") return {1, "DURATION", period(hn, hu)};
    }
    // "twenty four hours": a tens word and a unit word make one count.
    if (num >= 20 && num <= 90 && num % 10 == 0 && w[i].find('-') == std::string::npos) {
      int unit = number_of(at(k));
      if (unit >= 1 && unit <= 9 && !is_all_digits(at(k))) {
        num += unit;
        ++k;
      }
    }
    // "2 1/2 years", "5 1/2 hours": a half unit more, in the next smaller unit.
    std::string half;
    if (num > 0 && is_word(at(k), "1/2")) {
      std::string hu = unit_of(at(k + 1), &pl);
      if (hu == "Y") half = "6M";
      else if (hu == "TH") half = "30M";
      else if (hu == "D") half = "T12H";
      if (!half.empty()) {
        ++k;
        return {k + 1 - i, "DURATION", period(num, hu) + half};
      }
    }
    if (num != 0) u = unit_of(at(k), &pl);
    if (!u.empty() && (num == 1 || num < 0 || pl || num > 1)) {
      if ((is_word(at(k + 1), "ago") || is_word(at(k + 1), "earlier")) && dct && num > 0) {
        Date d = *dct;
        std::string v;
        if (u == "Y" && num == 1 && !cx.quarter.empty()) v = year_before(cx.quarter);  // results compared
        else if (u == "Y") v = std::to_string(d.y - num);
        else if (u == "M") { Date x = d.add_months(-num); v = std::to_string(x.y) + "-" + two_digits(x.m); }
        else if (u == "W") { int iy; int wk = d.add_days(-7L * num).iso_week(&iy); v = format_week(iy, wk); }
        else if (u == "D") v = d.add_days(-num).str();
        else v = "PAST_REF";
        return {k + 2 - i, "DATE", v};
      }
      if (is_word(at(k + 1), "ago")) return {k + 2 - i, "DATE", "PAST_REF"};
      // "$1.76 a year", "four flights a week", "24 hours a day": a rate, not a stretch of time.
      if ((is_word(w[i], "a") || is_word(w[i], "an")) && i > 0 && (cx.tk[i - 1].tag == "CD" || cx.tk[i - 1].tag == "NNS"))
        return m;
      // Skip counts that are clearly not durations ("a day" inside "a day's work" is still one).
      if (u == "Q" && num != 1) return {k + 1 - i, "DURATION", period(num, u)};
      if (u != "Q") return {k + 1 - i, "DURATION", period(num, u)};
    }
    // Bare plural unit after "for": "for years", "for weeks".
    if (i > 0 && is_word(cx.lw[i - 1], "for")) {
      std::string bu = unit_of(w[i], &pl);
      if (!bu.empty() && pl && bu != "Q") return {1, "DURATION", period(-1, bu)};
    }
  }

  // Clock times: "11 a.m.", "3:30 p.m.", "0200 GMT", "noon".
  {
    std::string_view t = w[i];
    int hh = -1, mm = 0;
    size_t len = 0;
    if (t.size() <= 5 && (is_word(at(i + 1), "a.m.") || is_word(at(i + 1), "p.m.") || is_word(at(i + 1), "am") || is_word(at(i + 1), "pm") ||
                          is_word(at(i + 1), "a.m") || is_word(at(i + 1), "p.m"))) {
      if (std::sscanf(std::string(t).c_str(), "%d:%d", &hh, &mm) >= 1 && hh >= 1 && hh <= 12) {
        if (at(i + 1)[0] == 'p' && hh != 12) hh += 12;
        if (at(i + 1)[0] == 'a' && hh == 12) hh = 0;
        len = 2;
      } else {
        hh = -1;
      }
    } else if (t.size() == 4 && is_all_digits(t) && (is_word(at(i + 1), "gmt") || is_word(at(i + 1), "utc") || is_word(at(i + 1), "edt") || is_word(at(i + 1), "est"))) {
      hh = to_int(t.substr(0, 2));
      mm = to_int(t.substr(2));
      len = 2;
      if (hh > 23 || mm > 59) hh = -1;
    } else if (t == "noon" || t == "midnight") {
      hh = t == "noon" ? 12 : 0;
      len = 1;
    }
    if (hh >= 0 && len) {
      size_t e = i + len;
      if (is_word(at(e), "local") && is_word(at(e + 1), "time")) e += 2;
      std::string day = dct ? dct->str() : std::string("XXXX-XX-XX");
      // "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon Saturday": the day said after the clock time.
      size_t d = e;
      static constexpr std::string_view zones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et"};
      for (std::string_view z : zones)
        if (at(d) == z) ++d;
      if (is_word(at(d), ",")) ++d;
      if (d < n && (weekday_from_name(at(d)) >= 0 || month_of(at(d))) && std::isupper(static_cast<unsigned char>(cx.tk[d].text[0]))) {
        Match date = match_at(cx, d);
        if (date.len > 0 && date.value.size() >= 10 && date.value[4] == '-' && date.value[7] == '-') {
          day = date.value.substr(0, 10);
          e = d + date.len;
        }
      }
      return {e - i, "TIME", day + "T" + two_digits(hh) + ":" + two_digits(mm)};
    }
  }

  // Seasons: "in summer", "the early summer", "spring 2026", "the winter of 1994", "this past
  // spring". Without a year, the season of the article's year, or the one before it when a past
  // tense reports a season that has not begun yet (and after it for a future one already over).
  {
    size_t k = i;
    bool past = false;
    if (is_word(w[i], "this") && is_word(at(i + 1), "past")) {
      k += 2;
      past = true;
    } else if (is_word(w[i], "the")) {
      ++k;
    }
    if (is_word(at(k), "early") || is_word(at(k), "late") || is_word(at(k), "mid")) ++k;
    std::string se = season(at(k));
    static constexpr std::string_view preps[] = {"in", "this", "by", "during", "since", "until", "through", "over", "before", "after"};
    bool after_prep = false;
    for (std::string_view p : preps)
      if (i > 0 && cx.lw[i - 1] == p) after_prep = true;
    // "fall" is far more often the noun of falling prices: only "in (the) fall", "(the) fall of
    // 1994", never "the fall in prices".
    if (is_word(at(k), "fall") && (!after_prep || is_word(at(k + 1), "in") || is_word(at(k + 1), "to") || is_word(at(k + 1), "from") ||
                            (is_word(at(k + 1), "of") && !(is_all_digits(at(k + 2)) && at(k + 2).size() == 4))))
      se.clear();
    if (!se.empty() && dct && (k > i || after_prep)) {
      const int starts = se == "SP" ? 3 : se == "SU" ? 6 : se == "FA" ? 9 : 12;  // the season's first month
      int y = dct->y;
      size_t e = k + 1;
      size_t spoken = 0;
      if (is_word(at(e), "of")) ++e;
      if (is_all_digits(at(e)) && at(e).size() == 4) {
        y = to_int(at(e++));
      } else if (int sy = spoken_year(w, e, &spoken)) {
        y = sy;
        e += spoken;
      } else {
        if (is_word(at(k + 1), "of")) e = k + 1;  // "the summer of discontent": the season alone
        if ((past || cx.tense == Tense::kPast) && starts > dct->m) --y;
        else if (cx.tense == Tense::kFuture && starts + 2 < dct->m) ++y;
      }
      return {e - i, "DATE", std::to_string(y) + "-" + se};
    }
  }

  // A year in words: "nineteen ninety-six", "the year two thousand".
  {
    size_t k = i, len = 0;
    if (is_word(w[i], "the") && is_word(at(i + 1), "year")) k += 2;
    if (int y = spoken_year(w, k, &len); y && (k > i || !is_word(w[k], "two")))
      return {k + len - i, "DATE", std::to_string(y)};
  }

  // "mid-1996", "early-2020": the year.
  if (std::string_view y = without_part_prefix(w[i]); y.size() == 4 && is_all_digits(y)) return {1, "DATE", std::string(y)};

  // A bare year after a preposition: "in 1986", "since 2019", "by 2030".
  if (is_all_digits(w[i]) && w[i].size() == 4) {
    int y = to_int(w[i]);
    static constexpr std::string_view preps[] = {"in", "since", "by", "until", "during", "for", "from", "through",
                                        "before", "after", "of", "to", "early", "late", "mid", "fiscal", "and"};
    bool ok = false;
    for (std::string_view p : preps)
      if (i > 0 && cx.lw[i - 1] == p) ok = true;
    // Elsewhere a year-like number counts when it is not an amount ("$1990", "1990 shares").
    bool amount = (i > 0 && is_word(cx.lw[i - 1], "$")) || (i + 1 < n && (cx.tk[i + 1].tag == "NNS" || is_word(cx.lw[i + 1], "%")));
    if (!ok && !amount && y >= 1900 && y <= 2100 && cx.tk[i].tag == "CD") ok = true;
    // Before a noun a year is a modifier ("the 1994 act", "a 1971 convention") when a determiner
    // leads; without one it is more often a count ("1990 shares").
    bool determined = i > 0 && (cx.tk[i - 1].tag == "DT" || cx.tk[i - 1].tag == "POS" || cx.tk[i - 1].tag == "PRP$");
    bool before_noun = i + 1 < n && (cx.tk[i + 1].tag == "NNS" || cx.tk[i + 1].tag == "NN");
    if (determined && y >= 1900 && y <= 2100 && cx.tk[i].tag == "CD" && !before_noun) ok = true;
    if (ok && y >= 1800 && y <= 2100 && (!before_noun || determined))
      return {1, "DATE", std::string(w[i])};
  }
  return m;
}

// Can a time expression start with this (lower-case) word? Most tokens are rejected here, which
// keeps time recognition cheap.
bool may_start_time(std::string_view w) {
  // One probe: the trigger words below, every month name and abbreviation (with and without its
  // period), weekdays and the first words of holidays.
  static const StringTable table = [] {
    StringTable t;
    static constexpr std::string_view words[] = {
      "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "recent", "the", "at",
      "daily", "weekly", "monthly", "every", "each", "this", "next", "last", "coming", "past", "previous",
      "current", "following", "earlier", "later", "early", "late", "a", "an", "several", "few", "many", "some",
      "noon", "midnight", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "spring", "summer",
      "autumn", "fall", "winter", "for", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "years", "months", "weeks", "days", "hours",
      "mid", "that"};
    for (std::string_view x : words) t.insert(x);
    for (std::string_view m : kMonthNames)
      for (size_t len = 3; len <= m.size(); ++len) {
        t.insert(m.substr(0, len));
        t.insert(std::string(m.substr(0, len)) + ".");
      }
    for (std::string_view d : kWeekdayNames) t.insert(d);
    for (const std::string& h : holiday_first_words()) t.insert(h);
    return t;
  }();
  if (w.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  for (char c : w)  // "mid-1996", "10-day": a loop, as words are short and memchr is a call
    if (c == '-') return true;
  return table.find(w) != StringTable::kNone;
}

// A number starts a time expression only as a year ("1986"), a decade ("1990s"), a clock time
// ("11 a.m.", "0200 GMT", "3:30"), an ordinal ("1st half"), a count of units ("5 years", "2 1/2
// hours", "10-day") or a day before a month ("28 October"); other numbers (amounts, the bulk of
// wire copy) are passed over.
bool number_may_start_time(const std::vector<std::string_view>& lw, size_t i) {
  const std::string_view w = lw[i];
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  if (w.size() == 4 || w.find('-') != std::string_view::npos || w.find(':') != std::string_view::npos) return true;
  for (char c : w)  // "1990s", "1st", "4th"
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  if (i + 1 >= lw.size()) return false;
  const std::string_view next = lw[i + 1];
  bool plural;
  return !unit_of(next, &plural).empty() || month_of(next) || next == "1/2"sv || next == "a.m."sv || next == "p.m."sv ||
         next == "a.m"sv || next == "p.m"sv || next == "am"sv || next == "pm"sv || next == "gmt"sv || next == "utc"sv ||
         next == "edt"sv || next == "est"sv;
}

// "the", "a" and "an" start a time expression only before words that can carry one on ("the
// past year", "a week", "the same day", "the fiscal year"): the commonest words of English are
// passed over without trying every pattern.
bool may_follow_determiner(const std::vector<std::string_view>& lw, size_t i) {
  const std::string_view w = lw[i];
  if (w != "the"sv && w != "a"sv && w != "an"sv) return true;
  if (i + 1 >= lw.size()) return false;
  const std::string_view next = lw[i + 1];
  bool plural;
  if (may_start_time(next) || !unit_of(next, &plural).empty()) return true;
  static constexpr std::string_view followers[] = {"same", "fiscal", "full", "'", "weekend", "corresponding",
                                                   "comparable", "latest", "year-earlier", "year-ago", "end",
                                                   "nineties", "eighties", "seventies", "sixties", "prior", "future"};
  for (std::string_view f : followers)
    if (next == f) return true;
  return false;
}

}  // namespace

std::vector<TimeExpression> find_times(const std::vector<Token>& tokens, const Chunks& chunks,
                                       const std::string& dct, TimeDocument* doc) {
  std::vector<TimeExpression> out;
  Context cx{tokens, Date::parse(dct), Tense::kNone, doc ? doc->quarter : std::string(),
             doc ? doc->anchor : std::string(), {}};
  cx.lw.reserve(tokens.size());
  for (const Token& t : tokens) cx.lw.push_back(t.lower);
  for (size_t i = 0; i < tokens.size();) {
    if (!may_start_time(cx.lw[i]) || !may_follow_determiner(cx.lw, i) || !number_may_start_time(cx.lw, i)) {
      ++i;
      continue;
    }
    cx.tense = governing_tense(chunks, i);
    Match m = match_at(cx, i);
    if (m.len == 0) {
      ++i;
      continue;
    }
    TimeExpression te;
    te.tok_begin = i;
    te.tok_end = std::min(tokens.size(), i + m.len);
    te.start = tokens[i].start;
    te.end = tokens[te.tok_end - 1].end;
    te.type = m.type;
    te.value = m.value;
    if (m.names_quarter && is_quarter_value(te.value)) cx.quarter = te.value;
    if (te.type == "DATE" && is_anchor_value(te.value)) cx.anchor = te.value;
    out.push_back(std::move(te));
    i = out.back().tok_end;
  }
  if (doc) {
    doc->quarter = cx.quarter;
    doc->anchor = cx.anchor;
  }
  return out;
}

}  // namespace newsgraph
