// Violent acts by an actor: "Gunmen killed three villagers", "Troops shot two protesters", "Osama
// was killed by US special forces". "kill" and "shoot" have no row in data/events.tsv because most
// of their subjects in news are no actors ("a fire killed five", "shares shot up"); with an actor
// as subject and people as victims they are CAMEO events: 19x (fight: conventional military force)
// when the actor is armed forces, police, rebels or a country, 18x (assault: unconventional
// violence) for anyone else (militants, gunmen, a named person). The construction is
// "actor-violence". An agentless passive of shooting with people as its patient ("two protesters
// were shot") is an assault with no source named: "passive-violence-no-agent".
#pragma once
#include <vector>

#include "extraction.h"

namespace newsgraph {

// Codes (in place) every relation of `relations` whose verb is a violent act of the table in
// violent_acts.cpp, that has no CAMEO code yet, whose subject is an actor (an agent noun of
// data/agents.tsv, or an entity) and whose object is people (a person, an agent noun, a number, or
// a people noun). Runs before the stance events, so that "threatened to kill" becomes a threat.
void code_violent_acts(std::vector<ExtractedRelation>& relations, const Lexicons& lex);

// Whether a phrase ends with an agent noun of data/agents.tsv ("the army", "Kenyan riot police"):
// an actor even where no country is known to make it an entity.
bool ends_with_agent_noun(const std::string& phrase, const Lexicons& lex);

}  // namespace newsgraph
