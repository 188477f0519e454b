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
  // Only instance synsets matter (cities, states and countries are all instances): find each
  // " @i " and parse the line around it.
  size_t pos = 0;
  while ((pos = data.find(" @i ", pos)) != std::string::npos) {
    size_t line_begin = data.rfind('\n', pos);
    line_begin = line_begin == std::string::npos ? 0 : line_begin + 1;
    size_t line_end = data.find('\n', pos);
    if (line_end == std::string::npos) line_end = data.size();
    pos = line_end;
    const char* p = data.data() + line_begin;
    const char* end = data.data() + line_end;
    if (*p == ' ') continue;  // the licence header
    if (const char* gloss = static_cast<const char*>(std::memchr(p, '|', end - p))) end = gloss;
    long offset = std::strtol(std::string(field(p, end)).c_str(), nullptr, 10);
    field(p, end);  // lexicographer file
    field(p, end);  // part of speech
    long n_words = std::strtol(std::string(field(p, end)).c_str(), nullptr, 16);
    WordNetInstances::Synset s;
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
  for (const auto& [offset, s] : instances.synsets) {
    bool place = false, capital = false;
    for (long c : s.instance_of) {
      place = place || kPlaceClasses.count(c);
      capital = capital || c == kNationalCapital;
    }
    if (!place) continue;
    // The country: breadth-first up the part-of links, at most four levels.
    std::string country;
    std::vector<long> frontier = s.part_of;
    for (int depth = 0; depth < 4 && country.empty() && !frontier.empty(); ++depth) {
      std::vector<long> next;
      for (long p : frontier) {
        auto it = instances.synsets.find(p);
        if (it == instances.synsets.end()) continue;
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

}  // namespace newsgraph
