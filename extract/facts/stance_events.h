// Stance events: "Iran agreed to release the prisoners", "The rebels refused to disarm", "Russia
// threatened to cut supplies", "The UN urged Israel to halt the strikes". In CAMEO the stance is the
// event (03x intent, 12x rejection, 13x threat, 02x appeal) with its own source and target, and the
// act under it did not happen (or not yet): it stays a relation, without a CAMEO code, marked as
// embedded in the stance event. "failed to X" negates X and is no event of its own.
// The verbs are data/stance.tsv, the codes data/stance_codes.tsv (loaded by Lexicons).
#pragma once
#include <string>
#include <vector>

#include "extraction.h"

namespace newsgraph {

// The CAMEO code of a stance event of class `stance_class` ("intent", "reject", "threaten",
// "appeal") over an act coded `act_code` (may be empty): the longest prefix row of
// data/stance_codes.tsv, else the class's "*" row; an act already coded in the class's own root
// ("threatened to impose tariffs" as 1312) keeps its code. Empty for an unknown class.
// A row keyed by the act's lemma (`act_lemma`, may be empty) comes first ("declined to comment").
std::string stance_code(const Lexicons& lex, const std::string& stance_class, const std::string& act_code,
                        const std::string& act_lemma = "");

// Rewrites the relations of one article (in place): for every relation whose infinitival chain
// starts with a stance verb, a stance event is inserted before it and the relation becomes its
// embedded act; appeals ("urged Y to X") take their code from the object-control act after them;
// "failed to X" turns X negative. Indexes of relations are renumbered, so this runs before claims
// are given their relation indexes.
void code_stance_events(std::vector<ExtractedRelation>& relations, const Lexicons& lex);

}  // namespace newsgraph
