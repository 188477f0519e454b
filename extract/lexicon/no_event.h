// The mark for "no event" in the project's event files: "-" in the event type and CAMEO code
// columns of data/events.tsv (a verb + object pair that is no event where the bare verb is one:
// "sign + bill") and as the event line of a sentence in data/gold/events (the sentence reports no
// event). Every reader of those files asks this function, so the mark is spelled once.
#pragma once
#include <string_view>

namespace newsgraph {

inline bool marks_no_event(std::string_view field) { return field == "-"; }

}  // namespace newsgraph
