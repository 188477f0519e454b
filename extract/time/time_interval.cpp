#include "time_interval.h"

#include <cctype>

namespace newsgraph {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<TimeInterval> span(Date first, Date last) { return TimeInterval{first, last, first.days() != last.days()}; }

Date month_end(int y, int m) { return Date{y, m, days_in_month(y, m)}; }

// First day of ISO week `w` of ISO year `y`: the Monday of the week holding January 4th.
Date iso_week_start(int y, int w) {
  Date jan4{y, 1, 4};
  return jan4.add_days(-jan4.weekday() + 7L * (w - 1));
}

// The part after "YYYY-": a month, week, quarter, half or season.
std::optional<TimeInterval> year_part(int y, std::string_view part) {
  if (part.size() == 2 && all_digits(part)) {
    int m = to_int(part);
    if (m < 1 || m > 12) return std::nullopt;
    return span(Date{y, m, 1}, month_end(y, m));
  }
  if (part.size() == 3 && part[0] == 'W' && all_digits(part.substr(1))) {
    int w = to_int(part.substr(1));
    if (w < 1 || w > 53) return std::nullopt;
    Date first = iso_week_start(y, w);
    return span(first, first.add_days(6));
  }
  if (part.size() == 2 && (part[0] == 'Q' || part[0] == 'H') && part[1] >= '1') {
    const int n = part[1] - '0', months = part[0] == 'Q' ? 3 : 6;
    if (n > 12 / months) return std::nullopt;
    const int m = (n - 1) * months + 1;
    return span(Date{y, m, 1}, month_end(y, m + months - 1));
  }
  // Seasons, meteorological: spring March-May, summer June-August, autumn September-November,
  // winter December to February of the next year.
  if (part == "SP") return span(Date{y, 3, 1}, month_end(y, 5));
  if (part == "SU") return span(Date{y, 6, 1}, month_end(y, 8));
  if (part == "FA") return span(Date{y, 9, 1}, month_end(y, 11));
  if (part == "WI") return span(Date{y, 12, 1}, month_end(y + 1, 2));
  return std::nullopt;
}

}  // namespace

std::optional<TimeInterval> time_interval(std::string_view v) {
  if (v.size() >= 10 && v[4] == '-' && v[7] == '-') {  // a day, perhaps with a time of day
    if (v.size() > 10 && v[10] != 'T') return std::nullopt;
    auto d = Date::parse(std::string(v.substr(0, 10)));
    if (!d || d->m < 1 || d->m > 12 || d->d < 1 || d->d > days_in_month(d->y, d->m)) return std::nullopt;
    return TimeInterval{*d, *d, false};
  }
  if (v.size() == 4 && all_digits(v)) {
    int y = to_int(v);
    return span(Date{y, 1, 1}, Date{y, 12, 31});
  }
  if (v.size() == 3 && all_digits(v)) {  // a decade: "198" is the 1980s
    int y = to_int(v) * 10;
    return span(Date{y, 1, 1}, Date{y + 9, 12, 31});
  }
  if (v.size() == 2 && all_digits(v)) {  // a century: "19" is 1900-1999
    int y = to_int(v) * 100;
    return span(Date{y, 1, 1}, Date{y + 99, 12, 31});
  }
  if (v.size() > 5 && v[4] == '-' && all_digits(v.substr(0, 4))) return year_part(to_int(v.substr(0, 4)), v.substr(5));
  return std::nullopt;
}

std::string time_sort_key(std::string_view value, std::string_view fallback) {
  auto key = [](const TimeInterval& i) { return i.first.str() + (i.coarse ? " 0" : " 1"); };
  if (auto i = time_interval(value)) return key(*i);
  if (auto i = time_interval(fallback)) return key(*i);
  return "~";  // after every date
}

}  // namespace newsgraph
