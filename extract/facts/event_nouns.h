// Event nouns: acts named by a noun rather than a verb ("Talks between the government and the
// rebels resumed", "three activists have been on hunger strike", "the arrest of the journalist",
// "Turkish air strikes on the convoy"). The nouns are data/event_nouns.tsv; the participants come
// from the noun's own phrase (see that file). Construction "event-noun"; "between-after-verb" when
// the sides of a noun that is the subject of a verb of happening follow the verb ("Fighting broke
// out between the army and the rebels").
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "extraction.h"
#include "token.h"

namespace newsgraph {

// Names the entities (or agent actors) the tokens [b, e) of the sentence refer to; empty when none.
using ParticipantNames = std::function<std::vector<std::string>(size_t b, size_t e)>;

// The time an event of the sentence takes, asked only when the sentence has an event noun that
// makes one (most sentences have none, and the value is three strings).
using SentenceTime = std::function<TimeValue()>;

// Appends an event for every event noun of sentence `si` (tokens `tk`) that no relation from
// `first` on already codes as its object, at the sentence's `time`.
void add_event_noun_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex, const ParticipantNames& names,
                           const SentenceTime& time, std::vector<ExtractedRelation>& relations, size_t first);

}  // namespace newsgraph
