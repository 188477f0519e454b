// Result nouns: a contest's outcome named by a noun, with the other side after a preposition
// ("Harbour City's 3-1 win over Millford", "stayed top with a 22 points to 10 win over Ashby",
// "their 2-0 defeat to the Comets"). Construction "result-noun": one event (winner | defeat |
// loser) per such noun, with the time, place, modality and polarity of the clause it stands in.
// The nouns, their prepositions and the lead words are data/lexicon/result_nouns.tsv.
#pragma once
#include <functional>
#include <vector>

#include "event_nouns.h"  // ParticipantNames, SentenceTime
#include "extraction.h"
#include "lexicons.h"
#include "token.h"

namespace newsgraph {

// The relation with a subject entity (or agent) of the clause that token `i` of the sentence
// belongs to, or nullptr when none.
using ClauseRelationAt = std::function<const ExtractedRelation*(size_t i)>;

// Appends a "result-noun" event for every result noun of sentence `si` (tokens `tk`) whose owner
// and other side are both named, unless a relation of the sentence from `first` on already says
// the same winner defeated the same loser.
void add_result_noun_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex, const ParticipantNames& names,
                            const ClauseRelationAt& clause_at, const SentenceTime& time,
                            std::vector<ExtractedRelation>& relations, size_t first);

}  // namespace newsgraph
