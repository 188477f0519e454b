// The first-name and place tables that the build derives from the pinned npm data packages
// (tools/derive_gazetteers.py, run by CMake into build/derived/): US Social Security first-name
// counts with the share of girls, and GeoNames cities over a population threshold. Optional:
// without them newsgraph recognizes names and places as before, from data/lexicon alone.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicons.h"

namespace newsgraph {

struct DerivedPlace {
  std::string name, country_code, feature;
  uint32_t population = 0;
};

// The two tables as read from disk; read_derived_tables runs on any thread (Resources reads them
// while the lexicons load), add_derived_tables then merges them into the lexicons.
struct DerivedTables {
  std::unordered_map<std::string, FirstName> first_names;  // lower-case name
  std::vector<DerivedPlace> places;
  std::vector<std::string> missing;  // paths of the files that are absent
};

// Reads `dir`/first_names.tsv and `dir`/places.tsv; throws std::runtime_error naming file and line
// for a malformed one.
DerivedTables read_derived_tables(const std::string& dir);

// Moves the first names into lex.first_names and adds the places to lex.gazetteer after every
// other source (the project's lists, iso-codes, tzdata and WordNet win for a name).
void add_derived_tables(Lexicons& lex, DerivedTables&& tables);

// The gender a first name gives its bearer: 'f' when at least 95% of the births under it were
// girls, 'm' when at most 5% were, else 0 (so are names with fewer than 1,000 births).
char first_name_gender(const FirstName& name);

}  // namespace newsgraph
