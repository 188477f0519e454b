// Where a noun phrase splits into conjuncts that each carry their own "of"-phrase (issue #16,
// failure class 6): "Presidents Ana Ruiz of Chile and Paul Berg of Peru signed", "the president of
// France and the chancellor of Germany met". "the leaders of France and Germany" and "talks
// between A and B" are one head, not two: only a parallel "of" on both sides splits.
#pragma once
#include <vector>

#include "chunker.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

// parallel-of-conjuncts: the index of the "and"/"or" that joins two "NOUN of NOUN" conjuncts in
// `span`, or kNone.
size_t parallel_of_conjunction(const std::vector<Token>& tk, const Chunks& c, const Span& span);

}  // namespace newsgraph
