// Running an ordered table of named constructions (each stage's kXxxConstructions) at no cost
// over the single body it replaced: the table is a constexpr array, and run_in_order calls its
// entries in order through a fold over their indexes, so each entry's function is a constant
// the compiler calls directly (and may inline) instead of a call through a loaded pointer.
// (A plain loop over the array cost the entity stage a third more instructions: one indirect
// call per construction and token.)
#pragma once
#include <cstddef>
#include <iterator>
#include <utility>

namespace newsgraph {

// Calls `step(Table[0])`, `step(Table[1])`, ... in order until one returns true; returns whether
// one did.
template <const auto& Table, class Step>
inline bool run_in_order(Step&& step) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return (step(Table[I]) || ...);
  }(std::make_index_sequence<std::size(Table)>{});
}

}  // namespace newsgraph
