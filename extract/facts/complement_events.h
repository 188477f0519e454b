// Events that a verb's complement decides, read from the sentence's tokens:
//   attack-as-criticism: "Analysts attacked the forecast as too optimistic", "X attacked the
//   inquiry
//                        as a witch hunt": an attack "as" something is words, CAMEO 111
//                        (criticize), not force (190);
//   found-guilty:        "A court found the minister guilty", "He was found guilty": a verdict,
//   CAMEO
//                        116 ("found not guilty" is none);
//   attack-for-criticism: "X attacked the senator for his remarks": an attack for what its target
//                        said or did is words (111); "for the second time", "for three days" are not;
//   blame-actor:         "Kyiv blamed Moscow for the attack", "blamed the regulators for the
//                        disaster": an accusation (112) when the object is an entity or an agent
//                        noun of data/agents.tsv ("blamed the weather" is none);
//   shot-dead:           "The mayor was shot dead outside his home": a killing (180) even without
//   an
//                        agent ("shot the film", "shares shot up" have no "dead").
//   into-custody:        "Police took the activist into custody", "Three journalists were taken
//                        into custody": an arrest (173); "took custody of the children" is none.
//   riot-control-weapon: "Riot police used tear gas on the protesters", "Troops fired water cannon
//                        and rubber bullets at demonstrators": violent repression (175), its target
//                        the words after "on", "at" or "against" (or "to disperse"). "used gas to
//                        heat homes" names no such weapon.
//   undergone-act:       "The coach came under criticism from fans", "He received a prison
//                        sentence", "The driver faces charges": the subject of a verb of undergoing
//                        (receive, draw, face, attract, come, earn) whose object data/events.tsv
//                        codes is the act's target, each item of the "from" group a source
//                        ("drew criticism from unions and employers": two events);
//   aid-received-from:   "The clinic received funding from the Red Cross", "won a grant from A
//                        and B": a verb of receiving with an aid noun and a "from" group naming
//                        an actor (data/lexicon/received_aid.tsv) is aid (07x) from each item to
//                        the subject; "received funding" alone, "from the sale", "won broad
//                        support from" (endorsement) are none;
//   ask-actor-for:       "The city asked the state for emergency aid", "asked the court for a
//                        delay": an appeal to the actor asked (02x), coded by what is asked for as
//                        data/events.tsv codes requesting it, else 020; "asked for comment" names
//                        no one asked and is none.
#pragma once
#include <vector>

#include "event_nouns.h"  // ParticipantNames
#include "extraction.h"
#include "token.h"

namespace newsgraph {

// Recodes (in place) the relations of sentence `si` (tokens `tk`) that these constructions read;
// `names` names the entities of a target's tokens; `lex` gives the agent nouns (data/agents.tsv).
void code_complement_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex, const ParticipantNames& names,
                            std::vector<ExtractedRelation>& relations);

}  // namespace newsgraph
