// Fragments (issue #16, failure class 12): "X had", "X felt", "X told" with no object or
// complement say nothing a reader can use. The construction `fragment-without-complement` marks
// them (`Triple::fragment`): they stay in the extraction (CaRB and `newsgraph extract` see them)
// but are not facts in the graph unless a build asks for them (`newsgraph build --fragments`).
// "X died", "the talks collapsed" are whole facts: their verbs stand alone (WordNet's frames).
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "triples.h"

namespace newsgraph {

inline constexpr std::string_view kFragmentWithoutComplement = "fragment-without-complement";

// Marks the sentence's fragments and records each as a refusal (what `--trace` shows).
void mark_fragments(const Lexicons& lex, const Chunks& chunks, std::vector<Triple>& triples,
                    std::vector<FactRefusal>& refusals);

}  // namespace newsgraph
