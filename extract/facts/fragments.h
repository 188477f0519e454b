// Clauses that are not facts for the graph (issue #16, failure classes 10 and 12). Each named
// construction of kKeptOutConstructions (fragments.cpp) marks such a clause (`Triple::fragment`):
// it stays in the extraction (CaRB and `newsgraph extract` see it) but is no fact in the graph
// unless a build asks for it (`newsgraph build --fragments`). The constructions:
// - fragment-without-complement: "X had", "X felt", "X told" with no object or complement say
//   nothing a reader can use. "X died", "the talks collapsed" are whole facts: their verbs stand
//   alone (WordNet's frames).
// - objectless-non-event: "the study focuses", "the effect lasts", "juveniles learn": a verb that
//   WordNet lets stand alone but that names no event without an object or complement
//   (data/lexicon/objectless_non_events.txt). "X resigned", "shares jumped" stay.
// - copula-description: "X is 34", "X is a candidate", "X was in hospital" describe their
//   subject, they do not happen (the gold guide's states that are not wanted; a role a copula
//   states is read by the role constructions, not as an event).
// - word-never-a-verb: the tagger read as the verb a word that never is one (a lone modal "as soon
//   as it could", "vs" of an earnings table, a unit of wire tables: data/lexicon/state_predicates.tsv).
// - adjective-predicate: a predicate WordNet knows only as an adjective ("the mayor was
//   unimpressed", "leaving the coach unimpressed", "the lawsuits are pending") describes.
// - stative-passive: an agentless passive of a verb of feeling, purpose or standing ("analysts
//   were disappointed", "the scheme is aimed at", "the firm is involved in":
//   state_predicates.tsv, state-participle) tells how the patient is; with an agent it stays.
// - mind-verb-clause: a verb of thinking or feeling with a clause and no object ("the coach knows
//   he must win", "feared that the dam would fail": state_predicates.tsv, mind-verb) tells what
//   someone thinks; the claim carries it. With an object ("knew the victim") it stays.
// - linking-verb-state: a linking verb before an adjective ("seemed keen", "remained firm") is a
//   copula (state_predicates.tsv, linking).
// - have-abstract-noun: "have" with a noun of ability, chance or mind ("had the foresight to",
//   "has no idea": state_predicates.tsv, have-noun) is no event; "has three children", "had talks" are.
// - time-as-subject: a subject that is only a date or a time ("last week declared a moratorium")
//   is a fronted time phrase taken for the actor; the fact names no participant.
// - generic-present: a simple-present clause about a kind of thing, not one thing ("government
//   jobs that require citizenship", "officials are removed from office after ..."): a participant
//   that is a bare common noun group or starts with "a"/"any" (data/lexicon/generic_statements.tsv)
//   with a verb in the simple present is a definition or a standing rule, no event. Inside a
//   claim only an active clause about kinds alone ("researchers said oxygen dissolves in
//   brines"); "the union said safety rules are ignored at the mine" stays.
// - generic-rule: the same participant with a modal of rule or ability ("passengers must wear",
//   "an official can be removed"); "will", "may", "could" stay events (expected, possible).
// - question-sentence: a sentence that ends in "?" asks (an interviewer's question, a rhetorical
//   question); what it asks about is no fact. A quoted question ('she asked: "Who will pay?"')
//   ends in its quotation mark and stays.
// - verb-inside-name: "Black Lives Matter", "Kwik Save Discount": a capitalized one-word verb
//   group between two capitalized words is a word of a name, no clause.
// - age-or-measure-participle: "X, aged 28,", "believed to be aged 25", "a pike weighing 12kg": a
//   participle of measure before a number (state_predicates.tsv, measure-participle) describes.
// - no-comment (stance_events.cpp): "X declined to comment" is the reply that did not happen
//   (`X | comment`, negative); the refusal over it is no second fact.
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "triples.h"

namespace newsgraph {

inline constexpr std::string_view kFragmentWithoutComplement = "fragment-without-complement";
inline constexpr std::string_view kObjectlessNonEvent = "objectless-non-event";
inline constexpr std::string_view kCopulaDescription = "copula-description";
inline constexpr std::string_view kGenericPresent = "generic-present";
inline constexpr std::string_view kWordNeverAVerb = "word-never-a-verb";
inline constexpr std::string_view kAdjectivePredicate = "adjective-predicate";
inline constexpr std::string_view kStativePassive = "stative-passive";
inline constexpr std::string_view kMindVerbClause = "mind-verb-clause";
inline constexpr std::string_view kLinkingVerbState = "linking-verb-state";
inline constexpr std::string_view kHaveAbstractNoun = "have-abstract-noun";
inline constexpr std::string_view kTimeAsSubject = "time-as-subject";
inline constexpr std::string_view kGenericRule = "generic-rule";
inline constexpr std::string_view kNoComment = "no-comment";
inline constexpr std::string_view kQuestionSentence = "question-sentence";
inline constexpr std::string_view kVerbInsideName = "verb-inside-name";
inline constexpr std::string_view kAgeOrMeasureParticiple = "age-or-measure-participle";

// Marks the sentence's clauses that are no graph facts and records each as a refusal under the
// name of the construction that kept it out (what `--trace` shows).
void mark_fragments(const std::vector<Token>& tokens, const Lexicons& lex, const Chunks& chunks,
                    const std::vector<TimeExpression>& times, std::vector<Triple>& triples,
                    std::vector<FactRefusal>& refusals);

// Whether the span is a noun group that names a kind, not one thing: common nouns with at most
// adjectives before them, bare ("government jobs", "legislation") or after a determiner of
// generic_statements.tsv ("a federal official"); no name, number, possessive or "of"-phrase.
bool is_generic_noun_group(const std::vector<Token>& tokens, const Lexicons& lex, const Span& span);

// A verb of replying: comment, respond, reply, elaborate (no-comment).
bool is_reply_verb(std::string_view lemma);

// Whether `rule` names one of the constructions above (the case driver counts their refusals as
// firing).
bool is_kept_out_rule(std::string_view rule);

}  // namespace newsgraph
