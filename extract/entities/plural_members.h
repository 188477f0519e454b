// plural-pronoun-members (issue #16, failure class 5): "Ana Ruiz and Tomas Varga won seats in May.
// Both earned nine delegates.", "Pale Kiro, Lena Osk and Ivo Marn sued the state. They worked with a
// rights group.": a sentence that opens with "They", "Both", "The two (men)", "The pair" or "The
// three" (data/lexicon/plural_references.tsv) right after a sentence whose subject is a list of
// two or more people (or of countries, or of organisations: "Acme and Borlind merged their units.
// The two ...", since session 22) speaks of each member of the list: the phrase gets one
// mention per member, all at its span, so that the relation linker gives its clause one fact per
// member, as for "Ruiz and Varga earned".
// A sentence between that names only members ("C had lived in Kiro for years") keeps the list in
// focus (list-across-member-sentence). Left alone: a list that is an object ("X met A and B"), a possessive or "of" after the list, a
// member count that disagrees ("Both" after three names), and a "they" resolution already made
// for an organisation (group-pronoun, resolution.cpp) unless that organisation is the list's first
// member, which the group pronoun takes for the organisation opening the sentence before.
#pragma once
#include <string_view>
#include <vector>

#include "entities.h"
#include "token.h"

namespace newsgraph {

// The rule name of the member mentions; the relation linker (pipeline.cpp, Linker::heads_into)
// takes every mention with it at one span.
inline constexpr std::string_view kPluralMembersRule = "plural-pronoun-members";

// `sentences[si]` are the tokens of sentence si; `mentions` are the article's resolved mentions
// in reading order. The phrases are lex.plural_references (data/lexicon/plural_references.tsv).
// Rewrites the unresolved "They" mentions it reads and inserts the others in reading order.
void add_plural_members(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                        std::vector<Mention>& mentions);

}  // namespace newsgraph
