// Proleptic Gregorian date arithmetic for time normalization (no time zones needed).
#pragma once
#include <optional>
#include <string>

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

}  // namespace newsgraph
