// Names from WordNet (the wordnet-base package). Cities and towns: every noun synset that is an
// instance of city, town, port, borough, village or a capital, with the country it lies in, found
// by walking its part-of links ("Minneapolis" part of "Minnesota" part of "United States"). And
// the class of every name WordNet knows (person, place, organisation), for names no other rule
// types.
// Reading is split from resolving so that the file can be read on another thread while the
// gazetteer that recognizes countries loads.
#pragma once
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsgraph {

struct WordNetPlace {
  std::string name;     // "Minneapolis", "Saint Paul"
  std::string holder;   // the country, as the gazetteer names it
  bool national_capital = false;
};

// The instance synsets of WordNet's noun file (names, classes and part-of links), plus the
// capitalized synsets of its noun.group file ("NASA", "Congress": organisations are classes
// there, not instances).
struct WordNetInstances {
  struct Synset {
    std::vector<std::string> words;
    std::vector<long> instance_of, part_of;
    int lexfile = 0;  // WordNet's lexicographer file: 14 noun.group, 15 noun.location, 18 noun.person, ...
  };
  std::unordered_map<long, Synset> synsets;
};

// Reads `wordnet_dir`/data.noun; empty when the file is missing (places then come only from the
// other sources).
WordNetInstances read_wordnet_instances(const std::string& wordnet_dir);

// Calls `add` for each populated place whose country `country_of` recognizes among the names up
// its part-of links (`country_of` returns the gazetteer's country name, or "").
void resolve_wordnet_places(const WordNetInstances& instances,
                            const std::function<std::string(const std::string&)>& country_of,
                            const std::function<void(const WordNetPlace&)>& add);

// What WordNet says a capitalized name is, by the lexicographer files of all its senses: a
// person (noun.person: "Byron", "Dalton"), a place (noun.location, noun.object: "New England",
// "Europe", "Labrador"), an organisation (noun.group: "Congress") or something else with a name
// (an event, a work, a time: "World War II"). Names whose senses disagree ("Washington": a
// person, a state and a city) are left out: nothing is guessed for them.
enum class WordNetNameClass { kPerson, kPlace, kOrganization, kOtherThing };
void resolve_wordnet_names(const WordNetInstances& instances,
                           const std::function<void(const std::string& name, WordNetNameClass)>& add);

}  // namespace newsgraph
