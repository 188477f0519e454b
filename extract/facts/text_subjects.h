// Text subjects (issue #16, failure class 1: non-name participants). "A road bridge collapsed",
// "multiple assailants attacked the journalist", "a federal jury convicted him": the subject is no
// named entity and no agent actor with a country, yet the clause is a fact a reader wants. The
// construction `text-subject` keeps such a clause with its subject as words (the relation's
// `subject_text`; the store keeps it with no subject entity, schema 6) when
//   - the verb has an event reading: not a copula, light, possession, saying or thinking verb
//     (those say nothing as a fact without a named actor: "the decision was", "the group has");
//   - the subject's noun group ends in a common noun (not a pronoun, number or name);
// and trims the group to its core: no leading determiner or quantifier ("multiple assailants" ->
// "assailants", "most of the deceased" -> "deceased"), nothing after a comma or relative word.
// Group nouns with a known country stay agent actors (agent_actors.h), which run first.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lexicons.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

inline constexpr std::string_view kTextSubject = "text-subject";

// Whether a verb (lemma) makes an event with a subject that is no name: false for copulas and
// linking verbs, light and auxiliary verbs, possession, saying and thinking, wanting and seeming
// ("the group has", "I think", "I have").
bool has_event_reading(std::string_view lemma);

// The core of the subject noun group of `t` as text, or "" when the clause is no text-subject fact
// (see above). `t` must be an active clause or a passive with its agent.
std::string text_subject(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t);

// passive-text-patient: "two suspects were arrested", "35 were rescued", "the match was
// cancelled": an agentless passive whose patient is no name is the fact "- | arrest | two
// suspects" (the news gold's way of writing it). Returns the core of the patient's noun group as
// above (a bare count of people allowed), or "" when the clause is no such fact. The relation keeps
// the patient as its subject words, as a named patient is the subject entity of every passive.
inline constexpr std::string_view kPassiveTextPatient = "passive-text-patient";
std::string text_patient(const std::vector<Token>& tk, const Triple& t);

// they-plural-noun-group: "Over 400 firefighters fought the blaze. They put out the fire by dawn.",
// "The researchers said they had tagged the horses": a subject "they" that no name took stands
// for the plural common noun group that opened its clause's sentence, or the sentence before
// (pipeline.cpp finds that group, `they_group_before`). Never a singular noun: "they" is no one
// person, and "the government ... they" is left to the name resolution.
inline constexpr std::string_view kTheyPluralNounGroup = "they-plural-noun-group";

// Whether the subject of `t` is the lone pronoun "they" (any case).
bool subject_is_they(const std::vector<Token>& tk, const Triple& t);

// Whether `group` (tokens of `group_tk`) is a plural common noun group: its core (as for a text
// subject) ends in a lower-case plural noun ("firefighters", "the tobacco companies").
bool is_plural_noun_group(const std::vector<Token>& group_tk, Span group);

// Whether a plural common noun other than a stretch of time stands in tokens [b, e) of `tk`: a
// nearer group "they" may stand for ("the plans, saying they would hurt", "the firms ... while
// they"), so that the group before it is no sure antecedent.
bool plural_noun_between(const std::vector<Token>& tk, size_t b, size_t e);

// The words a "they" subject of `t` stands for when `group` is its antecedent: the core of that
// plural noun group, or "" when `t` is no text-subject fact (the verb tests of text_subject) or
// the group is no plural common noun group.
std::string text_subject_for_they(const Lexicons& lex, const Triple& t, const std::vector<Token>& group_tk, Span group);

}  // namespace newsgraph
