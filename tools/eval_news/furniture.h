// Page furniture of scraped articles (issue #16, class 11): what is not article prose.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::eval {

// Byte ranges of page furniture in an article text: teaser lines ending in "[…]", section labels,
// the repeated headline, bylines, ALL-CAPS subheads, credit and image-credit lines.
std::vector<std::pair<int, int>> furniture_ranges(const std::string& text, const std::string& title);

}  // namespace newsgraph::eval
