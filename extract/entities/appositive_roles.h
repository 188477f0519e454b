// Roles stated in an apposition beside a person's name (issue #16, failure class 9), which the
// title rules of entities.cpp cannot see because a comma stands between the role and the name:
//   role-after-name   "Lars Ekholm, chief executive of Nordvik Energy, said ..."
//                     "Maja Lindgren, the company's lawyer"
//   role-before-name  "The Conservative Party's leader, Kemi Adeyemi-Clarke, conceded ..."
//                     "the head of the Atomic Energy Agency, Rafael Ostrowski"
//   role-by-verb      "Hickenlooper has served as mayor of Denver and governor of Colorado",
//                     "Jeremy Hunt, who succeeded him as Foreign Secretary"
//   role-by-copula    "Ada Brandt was a chemistry professor at Halden University",
//                     "Tom Reddy is Brill Bank's chief economist"
// The role's head is a noun of data/lexicon/role_nouns.txt; its organisation is a country,
// demonym, organisation or place named inside the phrase ("the EU's foreign policy chief",
// "chief of the State Intelligence Agency").
#pragma once
#include <vector>

#include "entities.h"

namespace newsgraph {

// Adds the roles that appositions state about the name mentions of one sentence, those from
// mentions[first_mention] on. A name no rule could type becomes a person.
void find_appositive_roles(const std::vector<Token>& tokens, size_t sentence_index, const Lexicons& lex,
                           std::vector<Mention>& mentions, size_t first_mention, std::vector<Role>& roles);

}  // namespace newsgraph
