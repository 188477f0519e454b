#include "wordnet_places.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unordered_set>

namespace newsgraph {
namespace {

// WordNet 3.0 synset offsets of the populated-place classes whose instances are read.
constexpr long kCity = 8524735, kTown = 8665504, kPort = 8633957, kBorough = 8540532, kVillage = 8672738,
               kNationalCapital = 8691669, kStateCapital = 8695539, kProvincialCapital = 8695198;

// Splits the next space-separated field off `p` (within [p, end)).
std::string_view field(const char*& p, const char* end) {
  while (p < end && *p == ' ') ++p;
  const char* b = p;
  while (p < end && *p != ' ') ++p;
  return {b, static_cast<size_t>(p - b)};
}

}  // namespace

WordNetInstances read_wordnet_instances(const std::string& wordnet_dir) {
  WordNetInstances out;
  std::ifstream in(wordnet_dir + "/data.noun", std::ios::binary);
  if (!in) return out;
  in.seekg(0, std::ios::end);
  std::string data(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  data.resize(static_cast<size_t>(in.gcount()));
  // Instance synsets (cities, states, countries, people are all instances) and the capitalized
  // synsets of noun.group (organisations); the rest of the file is passed over. A line is
  // "OFFSET LEXFILE POS NWORDS WORD LEXID ... | gloss".
  for (size_t line_begin = 0; line_begin < data.size();) {
    size_t line_end = data.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = data.size();
    const char* p = data.data() + line_begin;
    const char* end = data.data() + line_end;
    line_begin = line_end + 1;
    if (p == end || *p == ' ') continue;  // the licence header
    if (const char* gloss = static_cast<const char*>(std::memchr(p, '|', end - p))) end = gloss;
    const std::string_view head(p, static_cast<size_t>(end - p));
    const bool instance = head.find(" @i ") != std::string_view::npos;
    // "08018000 14 n 01 NASA 0 ...": the lexicographer file and the first word at fixed places
    // (an 8-digit offset, a 2-digit file number, the part of speech, a 2-digit word count).
    const bool capitalized_group = head.size() > 17 && head.compare(9, 3, "14 ") == 0 &&
                                   std::isupper(static_cast<unsigned char>(head[17]));
    if (!instance && !capitalized_group) continue;
    long offset = std::strtol(std::string(field(p, end)).c_str(), nullptr, 10);
    const int lexfile = static_cast<int>(std::strtol(std::string(field(p, end)).c_str(), nullptr, 10));
    field(p, end);  // part of speech
    long n_words = std::strtol(std::string(field(p, end)).c_str(), nullptr, 16);
    WordNetInstances::Synset s;
    s.lexfile = lexfile;
    for (long k = 0; k < n_words; ++k) {
      std::string w(field(p, end));
      for (char& c : w)
        if (c == '_') c = ' ';
      s.words.push_back(std::move(w));
      field(p, end);  // lexical id
    }
    long n_ptr = std::strtol(std::string(field(p, end)).c_str(), nullptr, 10);
    for (long k = 0; k < n_ptr; ++k) {
      std::string_view symbol = field(p, end);
      long target = std::strtol(std::string(field(p, end)).c_str(), nullptr, 10);
      field(p, end);  // target part of speech
      field(p, end);  // source/target word numbers
      if (symbol == "@i") s.instance_of.push_back(target);
      else if (symbol == "#p") s.part_of.push_back(target);
    }
    out.synsets.emplace(offset, std::move(s));
  }
  return out;
}

void resolve_wordnet_places(const WordNetInstances& instances,
                            const std::function<std::string(const std::string&)>& country_of,
                            const std::function<void(const WordNetPlace&)>& add) {
  static const std::unordered_set<long> kPlaceClasses = {kCity, kTown, kPort, kBorough, kVillage,
                                                         kNationalCapital, kStateCapital, kProvincialCapital};
  // In offset order: when two towns share a name the gazetteer keeps the first, and that must
  // not depend on the hash table's order.
  std::vector<long> offsets;
  offsets.reserve(instances.synsets.size());
  for (const auto& entry : instances.synsets) offsets.push_back(entry.first);
  std::sort(offsets.begin(), offsets.end());
  for (long offset : offsets) {
    const WordNetInstances::Synset& s = instances.synsets.at(offset);
    bool place = false, capital = false;
    for (long c : s.instance_of) {
      place = place || kPlaceClasses.count(c);
      capital = capital || c == kNationalCapital;
    }
    if (!place) continue;
    // The country: breadth-first up the part-of links, at most four levels. A holder named like a
    // country that is itself part of a country is a region of that one: "Atlanta" is part of the
    // state of Georgia, which is part of the United States, not of the country Georgia.
    auto part_of_country = [&](const WordNetInstances::Synset& region) {
      for (long q : region.part_of)
        if (auto up = instances.synsets.find(q); up != instances.synsets.end())
          for (const std::string& w : up->second.words)
            if (!country_of(w).empty()) return true;
      return false;
    };
    std::string country;
    std::vector<long> frontier = s.part_of;
    for (int depth = 0; depth < 4 && country.empty() && !frontier.empty(); ++depth) {
      std::vector<long> next;
      for (long p : frontier) {
        auto it = instances.synsets.find(p);
        if (it == instances.synsets.end()) continue;
        if (!part_of_country(it->second))
          for (const std::string& w : it->second.words)
            if (country.empty()) country = country_of(w);
        if (!country.empty()) break;
        next.insert(next.end(), it->second.part_of.begin(), it->second.part_of.end());
      }
      frontier = std::move(next);
    }
    if (country.empty()) continue;
    for (const std::string& w : s.words) {
      // Names only: "Saint Paul", not "capital of Minnesota".
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || w.find(" of ") != std::string::npos) continue;
      add({w, country, capital});
    }
  }
}

void resolve_wordnet_names(const WordNetInstances& instances,
                           const std::function<void(const std::string&, WordNetNameClass)>& add) {
  constexpr int kGroup = 14, kLocation = 15, kObject = 17, kPerson = 18;
  std::unordered_map<std::string, WordNetNameClass> classes;
  std::unordered_set<std::string> ambiguous;
  // Instances first; an organisation synset (a class, not an instance) names only what no
  // instance does: "Europe" the continent, not "Europe" the European Union.
  for (bool instance_pass : {true, false}) {
    for (const auto& [offset, s] : instances.synsets) {
      if (s.instance_of.empty() == instance_pass) continue;
      WordNetNameClass c = s.lexfile == kPerson                              ? WordNetNameClass::kPerson
                           : s.lexfile == kLocation || s.lexfile == kObject ? WordNetNameClass::kPlace
                           : s.lexfile == kGroup                            ? WordNetNameClass::kOrganization
                                                                            : WordNetNameClass::kOtherThing;
      for (std::string w : s.words) {
        // "Bush(a)"-style markers belong to adjectives; names are capitalized.
        if (size_t paren = w.find('('); paren != std::string::npos) w.resize(paren);
        // In the second pass every class is an organisation: a name seen already keeps its class.
        if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || (!instance_pass && classes.count(w))) continue;
        auto [it, fresh] = classes.emplace(w, c);
        if (!fresh && it->second != c) ambiguous.insert(w);
      }
    }
  }
  // In a stable order, so that what is added does not depend on the hash table's.
  std::vector<std::pair<std::string, WordNetNameClass>> sorted(classes.begin(), classes.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [name, c] : sorted)
    if (!ambiguous.count(name)) add(name, c);
}

}  // namespace newsgraph
