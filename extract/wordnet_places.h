// Cities and towns from WordNet (the wordnet-base package): every noun synset that is an instance
// of city, town, port, borough, village or a capital, with the country it lies in, found by
// walking its part-of links ("Minneapolis" part of "Minnesota" part of "United States").
#pragma once
#include <functional>
#include <string>

namespace newsgraph {

struct WordNetPlace {
  std::string name;     // "Minneapolis", "Saint Paul"
  std::string holder;   // the first containing synset's name that `is_country` accepted
  bool national_capital = false;
};

// Reads `wordnet_dir`/data.noun. `country_of` maps a WordNet name ("United States", "Canada") to
// the gazetteer's canonical country name, or "" when it is not a country. Calls `add` for each
// place whose country was found. Missing files add nothing (places are then only those of the
// other sources).
void read_wordnet_places(const std::string& wordnet_dir,
                         const std::function<std::string(const std::string&)>& country_of,
                         const std::function<void(const WordNetPlace&)>& add);

}  // namespace newsgraph
