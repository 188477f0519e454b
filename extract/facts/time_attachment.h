// Which of a sentence's time expressions belongs to which clause (issue #16, failure class 2).
// A time belongs to one verb only: "X, who was arrested in May, was released on Friday" gives May
// to the arrest and Friday to the release; "On Thursday, X announced ..." gives Thursday to the
// clause whose subject follows it. Each attachment records the construction that made it in
// `Triple::time_rule`. Only anchored dates and times place a fact on the timeline: durations
// ("for six hours") and vague references ("now") leave the article date in charge.
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "time_normalizer.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

// What the attachment needs of one sentence, and the lexicons (time_heads: year-modifies-noun).
struct TimeAttachmentInput {
  const std::vector<Token>& tokens;
  const Chunks& chunks;
  const std::vector<TimeExpression>& times;
  const Lexicons& lex;
};

// The time inside a clause's tokens [b, e) (`time-in-clause`), skipping a time inside a comma
// insertion between the subject and its verb ("X, who was arrested in May, was released"): that
// one is the insertion's. "now" and "currently" count (the article's day). Sets `t.time` and
// `t.time_rule`; leaves both unset when none fits. With no calendar time, the clause's own adverb
// may still date it, with no expression: a vague past ("previously", "recently") sets
// `t.time_ref` PAST_REF (`time-vague-past-in-clause`), an adverb of habit on a present-tense verb
// ("are routinely ignored") PRESENT_REF, the article's day (`time-habitual-present`). The second
// verb of a coordinated verb phrase, whose clause reaches back to the subject it shares, first
// takes a time after its own conjunction (`time-own-in-coordinate`: "arrested on Monday and
// charged on Tuesday"), unless that time is measured against (data/lexicon/time_base_words.txt).
void attach_time_in_clause(const TimeAttachmentInput& in, Triple& t, size_t b, size_t e);

// After all clauses of the sentence are read: a clause with no time of its own takes a time that
// stands before its subject (`time-before-subject`, `time-before-when-clause`) or, failing that, a
// time that closes the sentence as its adverbial ("in 2016."), that no other clause holds and no
// verb separates from it (`time-after-clause`; `time-deictic-after-clause` when a word counted
// from the article's day leads it instead of a preposition, "last weekend", "this past Saturday"). Last, a finite "when"/"while" clause right after a
// dated clause, with no time of its own, takes that clause's time (`time-of-when-clause`), and so
// does an absolute ", with X doing" clause (`time-of-with-clause`). A reduced "while doing ...
// yesterday" clause dates every verb coordinated before it on one subject, across the quotations
// they report (`time-of-reduced-when-clause`).
void attach_times_outside_clauses(const TimeAttachmentInput& in, std::vector<Triple>& triples);

// The names of the attachment constructions, in the order they are tried.
std::vector<std::string_view> time_attachment_names();

}  // namespace newsgraph
