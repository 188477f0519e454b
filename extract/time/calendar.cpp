#include "calendar.h"

#include <cstdio>

namespace newsgraph {

std::optional<Date> Date::parse(const std::string& s) {
  // Exactly YYYY-MM-DD, read by hand: this runs once per sentence, where sscanf was 1.5% of
  // extraction time.
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto number = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d{number(0, 4), number(5, 2), number(8, 2)};
  if (d.y < 0) return std::nullopt;
  if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > days_in_month(d.y, d.m)) return std::nullopt;
  return d;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[(m - 1 + 12) % 12];
}

// Howard Hinnant's days-from-civil algorithm.
long Date::days() const {
  int yy = y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  unsigned yoe = static_cast<unsigned>(yy - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long yy = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  Date r;
  r.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  r.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  r.y = static_cast<int>(yy + (r.m <= 2));
  return r;
}

int Date::weekday() const {
  long z = days();
  return static_cast<int>(((z % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

int Date::iso_week(int* iso_year) const {
  // The ISO week belongs to the year of its Thursday.
  Date thursday = add_days(3 - weekday());
  Date jan1{thursday.y, 1, 1};
  int week = static_cast<int>((thursday.days() - jan1.days()) / 7 + 1);
  if (iso_year) *iso_year = thursday.y;
  return week;
}

Date Date::add_months(int n) const {
  int total = y * 12 + (m - 1) + n;
  Date r;
  r.y = total / 12;
  r.m = total % 12 + 1;
  r.d = std::min(d, days_in_month(r.y, r.m));
  return r;
}

namespace {

// Appends v in decimal with at least `width` digits, zero-padded: what printf's "%0<width>d"
// writes. By hand, as snprintf cost about 800 instructions a call and the time constructions
// format a value per expression found (month_name alone two or three times).
void append_padded(std::string& out, int v, int width) {
  if (v < 0) {  // not a calendar value; printf's way with the sign
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, v);
    out += buf;
    return;
  }
  char digits[10];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int k = n; k < width; ++k) out += '0';
  while (n > 0) out += digits[--n];
}

}  // namespace

std::string Date::str() const {
  std::string s;
  s.reserve(10);
  append_padded(s, y, 4);
  s += '-';
  append_padded(s, m, 2);
  s += '-';
  append_padded(s, d, 2);
  return s;
}

std::string two_digits(int v) {
  std::string s;
  append_padded(s, v, 2);
  return s;
}

int weekday_from_name(std::string_view lower) {
  for (int i = 0; i < 7; ++i)
    if (lower == kWeekdayNames[i]) return i;
  return -1;
}

std::string format_week(int iso_year, int week) {
  std::string s;
  s.reserve(8);
  append_padded(s, iso_year, 4);
  s += "-W";
  append_padded(s, week, 2);
  return s;
}

}  // namespace newsgraph
