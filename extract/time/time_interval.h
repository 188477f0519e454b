// The calendar interval a TIMEX3 value stands for ("2025-W38" is 2025-09-15 .. 2025-09-21), so
// that values of mixed granularity can be ordered and compared by when they happen rather than as
// strings (as strings, every week of a year sorts after all of its days).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "calendar.h"

namespace newsgraph {

struct TimeInterval {
  Date first, last;     // both days included
  bool coarse = false;  // longer than one day (a week, month, quarter, season, half, year, decade)
};

// The interval of a TIMEX3 date value: YYYY-MM-DD (with an optional time part "T..."), YYYY-MM,
// YYYY-Www, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI (meteorological seasons; winter starts in
// December of YYYY), YYYY, a decade "198" or a century "19". Durations ("P1Y"), PRESENT_REF and
// anything malformed have no interval: nullopt.
std::optional<TimeInterval> time_interval(std::string_view value);

// A string that sorts values by the first day of their interval, a coarse value before the days
// inside it ("2025-09-15 0", "2025-09-15 1"); values without an interval sort by `fallback`
// (usually the article date) the same way, and last when that has none either.
std::string time_sort_key(std::string_view value, std::string_view fallback = {});

}  // namespace newsgraph
