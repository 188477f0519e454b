// non-actor-subject: a natural force, a natural process or a disease is no actor. "The hurricane
// attacked the coast", "warm currents are attacking the ice shelf", "the virus attacked the cells",
// "pests and diseases threaten the harvest": the verbs' rows in data/events.tsv code an act between
// actors (190, 130, ...), but the GUIDE of data/gold/events codes no event for a disaster, an illness
// or a force of nature with no actor doing it. Vehicles and weapons are not in the list: they stand
// for their owners ("planes from across the border attacked the villages" is the army's act).
#pragma once
#include <vector>

#include "extraction.h"
#include "lexicons.h"

namespace newsgraph {

// Whether a subject's words name a natural force, process or disease (data/lexicon/non_actor_nouns.txt):
// its last word, or the title of a named storm ("Hurricane Ida", "Typhoon Mawar"), is one.
bool names_non_actor(const std::string& subject_text, const Lexicons& lex);

// Takes the CAMEO code and event type (in place) from every typed relation whose subject (for a
// passive with a "by" agent, the agent) is no entity other than a named storm and whose words name a
// natural force, process or disease; its `rule` becomes "non-actor-subject". Runs after the stance
// events, so that "a storm threatened to flood the town" is no threat either.
void uncode_non_actor_events(std::vector<ExtractedRelation>& relations, const Lexicons& lex);

}  // namespace newsgraph
