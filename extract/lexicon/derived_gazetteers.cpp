#include "derived_gazetteers.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "text_util.h"

namespace newsgraph {
namespace {

// Calls row(fields) for every line of a TAB-separated derived file but comments; false when the
// file is absent.
template <typename Row>
bool read_derived(const std::string& path, size_t columns, Row row) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  for (size_t lineno = 1; std::getline(in, line); ++lineno) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f.size() < columns)
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": expected " + std::to_string(columns) +
                               " TAB-separated columns (rebuild it: cmake --build build --target derived_gazetteers)");
    row(f);
  }
  return true;
}

template <typename Number>
Number number(std::string_view s) {
  Number v{};
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Towns below this size, or whose name is also a person's, are places only in a place context.
constexpr uint32_t kTownWithoutContext = 100000;
// A first name this common is more often a person than a town of the same name ("Florence").
constexpr uint32_t kCommonFirstName = 1000;

// A place is a town of GeoNames (weak: the broad-source checks of entities.cpp apply: not
// ordinary words, not a speaker); small ones and those named like people need a place context.
GazetteerEntry place_entry(const Lexicons& lex, const DerivedPlace& p, const std::string& country) {
  GazetteerEntry e{p.name, EntityType::kPlace, country, p.feature == "PPLC"};
  e.weak = true;
  const FirstName* person = lex.first_name(p.name);
  const EntityType* wordnet = lex.wordnet_type(p.name);
  e.needs_place_context = p.population < kTownWithoutContext || (person && person->births >= kCommonFirstName) ||
                          (wordnet && *wordnet == EntityType::kPerson) || lex.non_names.count(p.name) ||
                          lex.demonyms.count(p.name);
  return e;
}

}  // namespace

char first_name_gender(const FirstName& name) {
  if (name.births < kCommonFirstName) return 0;
  if (name.p_female >= 0.95f) return 'f';
  if (name.p_female <= 0.05f) return 'm';
  return 0;
}

DerivedTables read_derived_tables(const std::string& dir) {
  DerivedTables t;
  const std::string names = dir + "/first_names.tsv", places = dir + "/places.tsv";
  if (!read_derived(names, 3, [&](const std::vector<std::string_view>& f) {
        t.first_names.emplace(to_lower(f[0]), FirstName{number<float>(f[1]), number<uint32_t>(f[2])});
      }))
    t.missing.push_back(names);
  if (!read_derived(places, 4, [&](const std::vector<std::string_view>& f) {
        if (f[0].size() >= 3) t.places.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]), number<uint32_t>(f[3])});
      }))
    t.missing.push_back(places);
  return t;
}

void add_derived_tables(Lexicons& lex, DerivedTables&& tables) {
  // Names first: a town's entry asks whether its name is also a first name.
  lex.first_names = std::move(tables.first_names);
  for (const DerivedPlace& p : tables.places) {
    auto country = lex.country_by_code.find(p.country_code);
    if (country != lex.country_by_code.end()) lex.add_place(p.name, place_entry(lex, p, country->second));
  }
}

}  // namespace newsgraph
