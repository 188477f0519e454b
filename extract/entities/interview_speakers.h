// interviewee-first-person (issue #16, failure class 5): in an answer turn of an interview
// (interview_turns.h: "AK: I sailed from Hobart in May"), "I", "me", "my" and "myself" are the
// interviewee, the person the turn's label names: the label's words, its surname or its initials
// matching a person named in the article ("AK" for "Ana Kowalski" of the introduction). A label
// that names no person of the article leaves the pronouns alone. "We" is the body the interviewee
// speaks for, when a role of theirs says which (first-person-plural-body, first_person_plural.h).
#pragma once
#include <string_view>
#include <vector>

#include "entities.h"
#include "interview_turns.h"
#include "token.h"

namespace newsgraph {

inline constexpr std::string_view kIntervieweeFirstPerson = "interviewee-first-person";

// The entity of the person `label` names among the article's resolved person mentions; "" when
// none or more than one does.
std::string interviewee_of(std::string_view label, const std::vector<Mention>& mentions);

// `sentences[si]` are the tokens of sentence si and `turn_of[si]` the index into `turns` of the
// turn it belongs to, or -1. Inserts, in reading order, one person mention for each first-person
// singular pronoun of an answer turn whose label names a person of the article.
void add_interviewee_mentions(const std::vector<const std::vector<Token>*>& sentences, const std::vector<int>& turn_of,
                              const std::vector<InterviewTurn>& turns, std::vector<Mention>& mentions);

}  // namespace newsgraph
