#include "wordnet_places.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsgraph {
namespace {

struct Synset {
  std::vector<std::string> words;
  std::vector<long> instance_of, part_of;
};

// WordNet 3.0 synset offsets of the populated-place classes whose instances are read.
constexpr long kCity = 8524735, kTown = 8665504, kPort = 8633957, kBorough = 8540532, kVillage = 8672738,
               kNationalCapital = 8691669, kStateCapital = 8695539, kProvincialCapital = 8695198;

std::string display(const std::string& lemma) {
  std::string s = lemma;
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

}  // namespace

void read_wordnet_places(const std::string& wordnet_dir,
                         const std::function<std::string(const std::string&)>& country_of,
                         const std::function<void(const WordNetPlace&)>& add) {
  std::ifstream in(wordnet_dir + "/data.noun");
  if (!in) return;
  // Only instance synsets matter (cities, states and countries are all instances), which keeps
  // the parse to a tenth of the file.
  std::unordered_map<long, Synset> synsets;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == ' ' || line.find(" @i ") == std::string::npos) continue;
    std::istringstream ss(line.substr(0, line.find(" | ")));
    long offset;
    std::string lex_file, pos, count_hex;
    ss >> offset >> lex_file >> pos >> count_hex;
    Synset s;
    long n_words = std::strtol(count_hex.c_str(), nullptr, 16);
    for (long k = 0; k < n_words; ++k) {
      std::string word, lex_id;
      ss >> word >> lex_id;
      // Adjective markers such as "(a)" never appear on nouns; keep the word as written.
      s.words.push_back(display(word));
    }
    int n_ptr = 0;
    ss >> n_ptr;
    for (int k = 0; k < n_ptr; ++k) {
      std::string symbol, target_pos, source_target;
      long target;
      ss >> symbol >> target >> target_pos >> source_target;
      if (symbol == "@i") s.instance_of.push_back(target);
      else if (symbol == "#p") s.part_of.push_back(target);
    }
    synsets.emplace(offset, std::move(s));
  }
  static const std::unordered_set<long> kPlaceClasses = {kCity, kTown, kPort, kBorough, kVillage,
                                                         kNationalCapital, kStateCapital, kProvincialCapital};
  for (const auto& [offset, s] : synsets) {
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
        auto it = synsets.find(p);
        if (it == synsets.end()) continue;
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
