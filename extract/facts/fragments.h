// Clauses that are not facts for the graph (issue #16, failure classes 10 and 12). Each named
// construction of kKeptOutConstructions (fragments.cpp) marks such a clause (`Triple::fragment`):
// it stays in the extraction (CaRB and `newsgraph extract` see it) but is no fact in the graph
// unless a build asks for it (`newsgraph build --fragments`). The constructions:
// - fragment-without-complement: "X had", "X felt", "X told" with no object or complement say
//   nothing a reader can use. "X died", "the talks collapsed" are whole facts: their verbs stand
//   alone (WordNet's frames).
// - copula-description: "X is 34", "X is a candidate", "X was in hospital" describe their
//   subject, they do not happen (the gold guide's states that are not wanted; a role a copula
//   states is read by the role constructions, not as an event).
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
inline constexpr std::string_view kCopulaDescription = "copula-description";
inline constexpr std::string_view kNoComment = "no-comment";

// Marks the sentence's clauses that are no graph facts and records each as a refusal under the
// name of the construction that kept it out (what `--trace` shows).
void mark_fragments(const Lexicons& lex, const Chunks& chunks, std::vector<Triple>& triples,
                    std::vector<FactRefusal>& refusals);

// A verb of replying: comment, respond, reply, elaborate (no-comment).
bool is_reply_verb(std::string_view lemma);

// Whether `rule` names one of the constructions above (the case driver counts their refusals as
// firing).
bool is_kept_out_rule(std::string_view rule);

}  // namespace newsgraph
