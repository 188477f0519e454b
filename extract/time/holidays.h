// Named holidays that news dates events by ("on Thanksgiving Day", "before Christmas"), with the
// rule that places each in a given year: a fixed day, the Nth (or last) weekday of a month, or an
// offset from Western Easter.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calendar.h"

namespace newsgraph {

// Length in tokens of the longest holiday name starting at `lower[i]` (lower-case tokens, with
// "'s" split off as the tokenizer does), or 0.
size_t match_holiday(const std::vector<std::string_view>& lower, size_t i, std::string* name);

// The holiday's date in `year`; nullopt for an unknown name.
std::optional<Date> holiday_in(const std::string& name, int year);

// Every word (lower case) that can begin a holiday name: the time scanner's filter includes them.
std::vector<std::string> holiday_first_words();

}  // namespace newsgraph
