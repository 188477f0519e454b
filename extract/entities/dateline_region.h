// The region or country after a dateline's city: "KIGOMA, Tanzania, Mar 3 -", "PORTLAND, Ore.,
// Feb 26 -", "BRASILIA, Brazil (Agency) -". Construction "dateline-region": it is a place mention
// of the article (like the city, never a fact), and its country is the city's.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "entities.h"
#include "lexicons.h"

namespace newsgraph {

struct DatelineRegion {
  Mention mention;      // kDateline, rule "dateline-region"; type COUNTRY or PLACE
  std::string country;  // the country the region is or lies in
};

// `from` is the byte after the comma that ends the city; the region ends at the next comma,
// parenthesis or " -" before `body_start`. std::nullopt when that text is no known region or
// country ("WASHINGTON, Feb 26 -": a date, not a region).
std::optional<DatelineRegion> dateline_region(const std::string& text, size_t from, size_t body_start,
                                              const Lexicons& lex);

}  // namespace newsgraph
