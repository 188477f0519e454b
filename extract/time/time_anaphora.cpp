#include "time_anaphora.h"

#include <string_view>

#include "calendar.h"
#include "text_util.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
namespace {

// An anchor value taken apart: year, and month, day or quarter when the value has them.
struct Anchor {
  int y = 0, m = 0, d = 0, q = 0;
};

// Whether v[from, from + n) are all digits.
bool digits(const std::string& v, size_t from, size_t n) { return v.size() >= from + n && is_all_digits(std::string_view(v).substr(from, n)); }

// The number written by v[from, from + n), which digits() has checked. Read by hand: std::stoi
// of a substring allocates and runs strtol, and this runs for every time word once a date is known.
int digits_value(const std::string& v, size_t from, size_t n) {
  int x = 0;
  for (size_t k = from; k < from + n; ++k) x = x * 10 + (v[k] - '0');
  return x;
}

std::optional<Anchor> parse_anchor(const std::string& v) {
  if (!digits(v, 0, 4)) return std::nullopt;
  Anchor a;
  a.y = digits_value(v, 0, 4);
  if (v.size() == 4) return a;
  if (v[4] != '-') return std::nullopt;
  if (v.size() == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
    a.q = v[6] - '0';
    return a;
  }
  if (!digits(v, 5, 2)) return std::nullopt;
  a.m = digits_value(v, 5, 2);
  if (a.m < 1 || a.m > 12) return std::nullopt;
  if (v.size() == 7) return a;
  if (v.size() == 10 && v[7] == '-' && digits(v, 8, 2)) {
    a.d = digits_value(v, 8, 2);
    if (a.d >= 1 && a.d <= days_in_month(a.y, a.m)) return a;
  }
  return std::nullopt;
}

bool is_part_of_day(std::string_view w) { return w == "morning"sv || w == "afternoon"sv || w == "evening"sv || w == "night"sv; }

std::string quarter_of(const Anchor& a) {
  int q = a.q ? a.q : (a.m - 1) / 3 + 1;
  return std::to_string(a.y) + "-Q" + std::to_string(q);
}

}  // namespace

bool is_anchor_value(const std::string& value) { return parse_anchor(value).has_value(); }

std::optional<AnaphoricTime> anaphoric_time(const std::vector<std::string_view>& lw, size_t i, const std::string& anchor) {
  auto at = [&](size_t k) -> std::string_view { return k < lw.size() ? lw[k] : std::string_view(); };
  std::optional<Anchor> parsed = parse_anchor(anchor);
  if (!parsed) return std::nullopt;
  const Anchor& a = *parsed;
  auto date = [&](size_t end, std::string value) { return AnaphoricTime{end - i, "DATE", std::move(value)}; };

  // The anchor's own period: "that year", "that same day", "later that year", "the same month".
  size_t k = i;
  if (at(k) == "earlier" || at(k) == "later") ++k;
  bool same = false;
  if (at(k) == "that") {
    same = true;
    ++k;
    if (at(k) == "same") ++k;
  } else if (k == i && at(k) == "the" && at(k + 1) == "same") {
    same = true;
    k += 2;
  }
  if (same) {
    std::string_view unit = at(k);
    if (unit == "year") return date(k + 1, std::to_string(a.y));
    if (unit == "month" && a.m) return date(k + 1, std::to_string(a.y) + "-" + two_digits(a.m));
    if (unit == "quarter" && (a.q || a.m)) return date(k + 1, quarter_of(a));
    if (unit == "week" && a.d) {  // "later that week", "the same week": the anchor day's ISO week
      int iy;
      const int wk = Date{a.y, a.m, a.d}.iso_week(&iy);
      return date(k + 1, format_week(iy, wk));
    }
    if ((unit == "day" || is_part_of_day(unit)) && a.m)
      return date(k + 1, std::to_string(a.y) + "-" + two_digits(a.m) + "-" + (a.d ? two_digits(a.d) : std::string("XX")));
    return std::nullopt;
  }

  // `the-day-before-after`: "The day before, the mayor had banned protests", "resigned the day
  // after.": the day before or after the anchor day, when the phrase ends there (a comma, a
  // full stop, a conjunction). "the day before the vote" names its own reference, and "the day
  // after tomorrow" the article's: both are left alone.
  if (at(i) == "the" && (at(i + 1) == "day" || at(i + 1) == "night") && (at(i + 2) == "before" || at(i + 2) == "after")) {
    const std::string_view next = at(i + 3);
    const bool ends = next.empty() || next == "," || next == "." || next == ";" || next == "and" || next == "but" ||
                      next == "\"" || next == "'";
    if (!ends || !a.d) return std::nullopt;
    return date(i + 3, Date{a.y, a.m, a.d}.add_days(at(i + 2) == "before" ? -1 : 1).str());
  }

  // One period after or before it: "the following year", "the previous Friday", "the next
  // morning". "the next year" and "the next week" are left to the article date: news uses them
  // for the time ahead of the report far more than for the story's own sequence.
  if (at(i) != "the") return std::nullopt;
  std::string_view rel = at(i + 1), unit = at(i + 2);
  int shift = rel == "following" || rel == "next" ? 1 : rel == "previous" || rel == "prior" ? -1 : 0;
  if (shift == 0) return std::nullopt;
  const bool day_unit = unit == "day" || is_part_of_day(unit);
  if (rel == "next" && !day_unit) return std::nullopt;
  const size_t end = i + 3;
  if (unit == "year") return date(end, std::to_string(a.y + shift));
  if (unit == "month" && a.m) {
    Date d = Date{a.y, a.m, 1}.add_months(shift);
    return date(end, std::to_string(d.y) + "-" + two_digits(d.m));
  }
  if (unit == "quarter" && (a.q || a.m)) {
    int q = (a.q ? a.q : (a.m - 1) / 3 + 1) - 1 + shift, y = a.y;
    if (q < 0) q += 4, --y;
    if (q > 3) q -= 4, ++y;
    return date(end, std::to_string(y) + "-Q" + std::to_string(q + 1));
  }
  if (!a.d) return std::nullopt;
  const Date day{a.y, a.m, a.d};
  if (day_unit) return date(end, day.add_days(shift).str());
  if (unit == "week") {
    int iy;
    int wk = day.add_days(7L * shift).iso_week(&iy);
    return date(end, format_week(iy, wk));
  }
  if (int wd = weekday_from_name(unit); wd >= 0) {
    int diff = wd - day.weekday();
    long by = shift < 0 ? (diff < 0 ? diff : diff - 7) : (diff > 0 ? diff : diff + 7);
    return date(end, day.add_days(by).str());
  }
  return std::nullopt;
}

}  // namespace newsgraph
