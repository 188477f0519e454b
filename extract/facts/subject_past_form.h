// subject-past-form (issue #16, failure class 1): the tagger reads a past tense right after a common
// noun as a participle ("An apartment block caught/VBN fire", "Multiple assailants attacked/VBN
// al-Quaety", "Firefighters dispatched/VBN around 30 vehicles", "five civilians reportedly also
// died/VBN"), and the clause then becomes a participial modifier with no subject of its own, so
// the fact is lost. A lone participle (no auxiliary) is the clause's finite verb when
//   - the noun group right before it (adverbs between are allowed) opens the clause: the sentence's
//     start, after an opening phrase and its comma, a subordinator ("after police arrested him") or
//     ", and"; and
//   - either a noun group follows as its object (a passive participle takes none: "tariffs imposed
//     by Canada"), the verb not being one whose participle takes a noun group ("a man named Ali",
//     "prisoners given sentences") and the noun group no time ("officials appointed last year");
//   - or the verb has no passive at all ("died", "collapsed", "fled"): nothing can be done to a
//     subject by it, so its participle after a noun is the noun's verb;
//   - or "by" and a figure follow (by-measure: "prices increased by 2.3%", "the economy expanded
//     by 1.3%"): a change by an amount, where a passive's "by" names its agent.
// The subject may carry prepositional phrases (subject-with-phrase: "A fire on Sunday morning
// destroyed 50 homes", "Police in two towns arrested 14 people"): the noun group nearest the
// verb is then the phrase's, and the group that opens the clause is the subject.
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "token.h"

namespace newsgraph {

inline constexpr std::string_view kSubjectPastForm = "subject-past-form";

// True when the verb group `g` (a lone VBN) is the finite verb of a clause whose subject is the
// noun group before it (see above).
bool subject_then_past_form(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g);

// Whether the noun group, or a noun group it is the prepositional phrase of ("Sunday morning" of
// "A fire on Sunday morning"), opens its clause (subject-with-phrase).
bool noun_chain_opens_clause(const std::vector<Token>& tk, const Chunks& c, const NounGroup& nearest);

// by-measure: "by" at `q` followed by a figure ("by 2.3%", "by about 40 points", "by a third" is
// not one): an amount of change, not a passive's agent.
bool by_measure(const std::vector<Token>& tk, size_t q);

}  // namespace newsgraph
