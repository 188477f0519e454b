// qualified-role-description: "the Tory leader", "the Chelsea manager", "the Lib Dem leader":
// "the", the capitalized words of a party, team or company, and a lower-case title
// (data/lexicon/titles.tsv) or a team's staff word (data/lexicon/team_role_words.txt). It names the
// one person the article titles with the same words ("Tory leader Michael Howard"), and nobody
// when it titles none or two: a description of a party's or team's office is not the country's
// leader (the agent "leader of United Kingdom"), nor the holder of another party's title.
// Two halves: the mention construction (called from kMentionConstructions after
// role-description) and the holder, asked by resolution.cpp; between them Role::qualifier, which
// the name constructions set on a role stated by a lower-case title before a name.
#pragma once
#include <string>
#include <vector>

#include "entities.h"
#include "mention_scan.h"

namespace newsgraph {
namespace mention_internal {

// The capitalized words right before the title at tk[title_begin] ("Tory" of "Tory leader X",
// "Lib Dem" of "Lib Dem leader X"), at most two, in lower case and joined by a space. "" when none
// stand there, or when an office word stands before them ("former", "ex": a former holder).
std::string title_qualifier(const std::vector<Token>& tk, size_t title_begin, const Lexicons& lex);

// The construction at tk[i] ("the"): adds the description and returns 0, so that "the" and the
// qualifier are read by the constructions after it as if it were not there. The mention's
// role is the qualifier and the title's role ("tory leader"), as portfolio-title-alone writes
// "health minister"; after a person's name and comma it is role-description-in-apposition.
size_t qualified_role_description(MentionScan& sc, size_t i);

}  // namespace mention_internal

// The one person whom a role of the article gives the qualified title that description `d`
// (rule qualified-role-description) names, before or after it; "" for none or two.
std::string sole_qualified_holder(const std::vector<Role>& roles, const Mention& d);

}  // namespace newsgraph
