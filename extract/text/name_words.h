// Words that stand inside names and are no name words of their own, shared by the stages that
// read names: the entity rules (person_names.cpp, mentions.cpp), the speaker rules
// (reported_speech.cpp) and the byline and credit rules (page_furniture.cpp).
#pragma once
#include <string_view>

namespace newsgraph {

// A lower-case particle inside names of people and places ("du", "bin", "van der", "es" of "Dar
// es Salaam", "am" of "Frankfurt am Main"), exactly as written.
bool name_particle(std::string_view word);

// A company's legal form, which ends its name ("Inc", "Corp.", "Ltd", "AB", "JSC", "GmbH"); a
// final period is allowed.
bool is_legal_form(std::string_view word);

// A word that reads as the plural ending a group's name ("Forces" of "the Armed Forces",
// "Falcons"): four letters or more, a final "s" after neither "s" nor "u" (not "Congress",
// "Campus"), and not all capitals ("USS", "SAYS"). Read by resolution.cpp (plural-name-group)
// and name_merges.cpp (team-name-tail).
bool plural_name_word(std::string_view word);

}  // namespace newsgraph
