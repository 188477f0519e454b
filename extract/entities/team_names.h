// Sport teams named before a word of their staff or players (data/lexicon/team_role_words.txt),
// an article-level pass run after the name merges (pipeline.cpp, resolve_entities).
// - team-before-role-word: "Spurs boss Martin Jol", "Everton manager David Moyes": the name
//   before the word, with a person's name after it, is a team: every mention of its entity in
//   the article becomes an organisation ("Chelsea" is no woman's given name there, "Wasps" no
//   untyped word, "Northampton" no town).
// - national-team: "England coach Andy Robinson", "Wales captain Gareth Thomas": a country's
//   name there is its national team; its mentions written with that name become the team, an
//   organisation of that name ("England"), never the country ("United Kingdom"), whose
//   government the team is not. Mentions of the country by other names ("Britain") stay.
// - team-role: the role the staff word states belongs to the team ("Everton manager X" is manager
//   of Everton, "England coach X" coach of England, not of the United Kingdom).
// A multi-word person's name ("John Smith") is never a team.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "entities.h"

namespace newsgraph {

// Types the teams above in `mentions` and gives them the roles of their staff in `roles`.
// `sentences[i]` are the tokens of sentence i, which the mentions' sentence and token indexes
// point into.
void type_team_names(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                     std::vector<Mention>& mentions, std::vector<Role>& roles);

// possessive-team-of-role: "his side", "her team" (data/lexicon/team_nouns.txt), where the
// resolution made "his" a person with a team-role ("Wales coach Mike Ruddock ... his side"), are
// that team: a description mention over both words is inserted right after the pronoun's. A
// person with no team role, or with roles in two teams, leaves the words alone. Run after
// type_team_names and the pronoun resolution.
inline constexpr std::string_view kPossessiveTeamOfRole = "possessive-team-of-role";
void add_possessive_team_mentions(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                                  const std::vector<Role>& roles, std::vector<Mention>& mentions);

// home-away-description: "the hosts", "the visitors", "the home side"
// (data/lexicon/home_away_descriptions.tsv) in a match report whose title gives the match as
// "HOME SCORE AWAY" or "HOME v AWAY" ("Newcastle 2-1 Bolton", "Preview: Ireland v England (Sun)")
// are that team, when the article names it as the title writes it: a description mention is
// inserted in reading order. A title with no such match ("Wales win in Rome"), a team the article
// does not name, or the words before a noun ("the visitors section") leave the words alone; a
// possessive is still the team ("the home side's defence").
inline constexpr std::string_view kHomeAwayDescription = "home-away-description";
void add_home_away_mentions(const std::string& title, const std::vector<const std::vector<Token>*>& sentences,
                            const Lexicons& lex, std::vector<Mention>& mentions);

}  // namespace newsgraph
