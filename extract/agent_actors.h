// Agents as actors: a relation whose subject is a common noun of an actor's kind ("Kenyan police
// arrested ...", "rebels in Yemen" with a Yemen dateline) gets an AGENT entity of that sector and
// country ("police of Kenya", sector COP) as its subject, so that the fact reaches the graph.
// The nouns and their sectors come from data/agents.tsv. This is the minimal construction the
// exports need (issue #19); the full treatment of agents is issue #17's.
#pragma once
#include <string>
#include <unordered_map>

#include "extraction.h"

namespace newsgraph {

struct AgentNoun {
  std::string plural;  // the node's word: "police", "rebels" (the singular when there is no plural)
  std::string sector;  // "COP", "REB" (data/agents.tsv's codes)
};

// data/agents.tsv: singular and plural forms -> the noun. Throws naming the file when unreadable.
std::unordered_map<std::string, AgentNoun> load_agent_nouns(const std::string& path);

// Construction "agent-actor": gives every subjectless relation whose subject text ends in an agent
// noun an AGENT entity, with a country from a demonym before the noun ("Yemeni rebels") or else
// from the article's dateline for the police and the courts (never for government words, sector
// GOV: see agent_actors.cpp); its object becomes the entity a mention of the whole object text
// names ("arrested Daniel Whitfield"). Without a country no node is made: "the police" of one story and of
// another are not one actor.
void attach_agent_actors(ArticleExtraction& out, const std::unordered_map<std::string, AgentNoun>& agents,
                         const Lexicons& lex);

}  // namespace newsgraph
