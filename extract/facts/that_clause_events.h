// Events said through a that-clause, where the clause's act did not (or need not) happen:
//   demand-that:     "Washington demanded that Moscow release the journalist", "The union insisted
//                    that the company restore the pensions": the demand is the event (CAMEO 10x,
//                    its code from the act demanded, data/stance_codes.tsv "demand" rows) with the
//                    clause's subject as its target; the act demanded keeps no code (modality
//                    "demanded").
//   accusation-that: "The opposition claimed that the police had beaten detainees", "X alleged Y
//                    shelled the town": a claim of a violent or coercive act (CAMEO 17x-20x) is an
//                    accusation (112) by the speaker against the act's subject; the act keeps no
//                    code (modality "alleged").
//   charge-that:     "The opposition charged that the government had rigged the vote": "charge"
//                    with a clause is an accusation (112) whatever the act, against the subject of
//                    the clause's first act; every act of the clause is alleged. "charged a fee",
//                    "charged him with fraud" have no clause and make no claim.
//   denial-that:     "The army denied that its troops had shelled the village": a denial of a
//                    violent or coercive act (CAMEO 17x-20x) is a denial of responsibility (016)
//                    by the speaker; the act stays "denied".
// All append their events after the article's relations (no index moves) and link the act to them
// through `embedded_in`.
#pragma once
#include <vector>

#include "event_nouns.h"  // ParticipantNames
#include "extraction.h"
#include "token.h"

namespace newsgraph {

// demand-that in sentence `si` (tokens `tk`): `relations` are the article's; the sentence's own are
// found by their `sentence` field.
void add_demand_that_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex,
                            const ParticipantNames& names,
                            std::vector<ExtractedRelation>& relations);

// accusation-that over the whole article: every coded act inside a claim whose cue is "claim" or
// "allege"; charge-that: the first act of a claim whose cue is "charge"; denial-that: the first
// violent or coercive act of a claim whose cue is "deny".
void add_accusation_events(const std::vector<ExtractedClaim>& claims,
                           std::vector<ExtractedRelation>& relations);

}  // namespace newsgraph
