// first-person-plural-body (issue #16, failure class 5, coreference): "we", "us" and "our"
// (data/lexicon/first_person_plural.txt) inside someone's words are the body the speaker speaks
// for. '"We beat them well," said Everton manager Tom Ellery' is Everton: a speaker quoted with a
// role that speaks for its organisation (a team's staff or players, team-role; a role word of
// data/lexicon/body_voice_roles.txt: "spokesperson", "chief executive", "minister") says "we" for
// that organisation or country, and a body that speaks (a company, a country) for itself.
// What counts as someone's words is the caller's (pipeline.cpp): a claim's content, a quoted
// sentence tied to a claim (quotation-speaker), an interview's answer turn.
// Left alone: a "we" outside any speaker's words ("spoke to us"); a claim whose speaker is no
// entity (an agent actor, "police said"); a speaker with no such role. That "we" is not the
// person: in a sample of quoted BBC text it was the person's company, party or club the article
// gave no role for ("chief executive Todd Stitzer", "Sprint's vice president"), or people in
// general, four times in five. "They", "them" inside a quotation stay as they are.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "entities.h"
#include "token.h"

namespace newsgraph {

inline constexpr std::string_view kFirstPersonPluralBody = "first-person-plural-body";

// Tokens [b, e) of sentence `sentence` are the words of `speaker`, an entity of the article's
// mentions.
struct Voice {
  size_t sentence = 0;
  size_t b = 0, e = 0;
  std::string speaker;
};

// The entity and type the "we" of `speaker` stands for, and the rule that found it; an empty
// entity when none. `sentence` is where the speaker speaks: of several roles that speak for a
// body, the latest stated there or before wins (else the first one after).
struct WeReferent {
  std::string entity;
  EntityType type = EntityType::kOther;
  std::string_view rule;
};
WeReferent we_referent(const std::string& speaker, size_t sentence, const std::vector<Mention>& mentions,
                       const std::vector<Role>& roles, const Lexicons& lex);

// `sentences[si]` are the tokens of sentence si; `voices` in any order. Inserts, in reading
// order, one mention for each first-person plural pronoun inside a voice whose speaker has a
// referent (the first voice that covers the token wins).
void add_first_person_plural_mentions(const std::vector<const std::vector<Token>*>& sentences,
                                      const std::vector<Voice>& voices, const std::vector<Role>& roles,
                                      const Lexicons& lex, std::vector<Mention>& mentions);

}  // namespace newsgraph
