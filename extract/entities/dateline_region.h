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

// "town-comma-region": the same shape in running text, "Genoa City, Wis.", "Marion, Ohio": a name
// of one to three words right before a comma and a region (a state or province, or its dateline
// abbreviation) that ends its phrase is a town of that region's country, even where its words
// also make a first name or a person's name ("Marion"); the region is a place too. A titled
// person ("Governor Mark Lee, Ohio") keeps its type. Runs over the sentence's mentions from
// `first_mention` on.
void town_comma_region(const std::vector<Token>& tk, const Lexicons& lex, std::vector<Mention>& mentions,
                       size_t first_mention);

}  // namespace newsgraph
