// Proleptic Gregorian date arithmetic for time normalization (no time zones needed).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

struct Date {
  int y = 0, m = 0, d = 0;
  static std::optional<Date> parse(const std::string& ymd);  // "YYYY-MM-DD"
  long days() const;                 // days since 1970-01-01
  static Date from_days(long z);
  int weekday() const;               // Monday = 0 ... Sunday = 6
  int iso_week(int* iso_year) const; // ISO 8601 week number and its year
  Date add_days(long n) const { return from_days(days() + n); }
  Date add_months(int n) const;      // day clamped to the month's length
  std::string str() const;           // YYYY-MM-DD
};

std::string format_week(int iso_year, int week);   // "2025-W07"
int days_in_month(int y, int m);
std::string two_digits(int v);                     // 7 -> "07", for month, day and clock values

// Weekday names in lower case, Monday first (as Date::weekday counts).
inline constexpr std::string_view kWeekdayNames[7] = {"monday", "tuesday", "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};
// Monday = 0 ... Sunday = 6 for a lower-case weekday name; -1 for anything else.
int weekday_from_name(std::string_view lower);

}  // namespace newsgraph
