// prepositional-target: the CAMEO target of an event that stands in a prepositional argument
// rather than in the object ("Canada granted asylum to the journalist", "troops opened fire on
// rebel positions", "Chile imposed sanctions on Peru"). The relation keeps its object (what is
// given, fired, imposed); the target is a field of its own (`target`, `target_text`, see
// docs/json-schema.md). Which preposition carries the target of which verb (and object) is
// data/event_targets.tsv, loaded by Lexicons.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lexicons.h"
#include "time_normalizer.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

// The words after the preposition of the extra argument of `t` that carries its event's target:
// the first preposition of the (verb, object head) row of data/event_targets.tsv, else of its
// (verb, *) row, that begins one of the triple's extra arguments. An empty span when the verb has
// no row, no extra argument begins with one of its prepositions, or nothing follows it. An
// argument that holds one of the sentence's time expressions `times` is a time, not a target
// ("invest in the next five years"). For a passive, whose prepositional argument is its surface
// arg2 (the preposition ends the relation: "were filed against | the officers"), that arg2 when its
// preposition is one of the row's, and never one of its extras (they attach further out); the
// caller decides which passives may have one (passive-act-target, pipeline.cpp).
// REQUIRES: `t`'s spans and `times` index `tk`.
Span prepositional_target(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t,
                          const std::vector<TimeExpression>& times);

}  // namespace newsgraph
