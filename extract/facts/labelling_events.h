// labelling-criticism: "The ministry called the raid a violation of sovereignty", "She described
// the plan as reckless", "calling it null and void": a labelling verb's claim (the reading
// call-object-complement of claims.cpp) says what its speaker calls a thing; when the label holds a
// word of criticism (data/lexicon/criticism_labels.txt) the labelling is itself the speaker's act,
// criticism (CAMEO 111) of the thing labelled, which the claim alone left without an event.
// "called the deal historic", "described the storm as dangerous" make none.
#pragma once
#include <vector>

#include "extraction.h"
#include "lexicons.h"

namespace newsgraph {

// Appends one 111 event for every claim of `claims` made by call-object-complement whose label
// holds a criticism word, with the claim's speaker as subject and the labelled words as object,
// unless the sentence already has a 111 event of the same verb (a data/events.tsv row such as
// "call + traitor" coded it). Appends only: no relation index moves.
void add_labelling_criticism(const std::vector<ExtractedClaim>& claims, const Lexicons& lex,
                             std::vector<ExtractedRelation>& relations);

// The labelled thing and the label of a labelling claim's content ("the raid as a violation" ->
// "the raid" / "a violation"; "the deal 'lousy'" -> "the deal" / "'lousy'"; "her a corrupt oaf" ->
// "her" / "a corrupt oaf"): the label starts at "as", a quotation mark, an article after the first
// word, or the first criticism word. Empty strings when the content has no such break. Exposed
// for the tests.
struct LabelSplit {
  std::string thing, label;
};
LabelSplit split_label(const std::string& content, const Lexicons& lex);

}  // namespace newsgraph
