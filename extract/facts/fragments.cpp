#include "fragments.h"

namespace newsgraph {

namespace {

// An active clause with neither object nor complement, reporting no speech, whose verb needs one.
// A passive with no agent ("the man was arrested") is whole: its patient is the subject.
bool is_fragment(const Lexicons& lex, const Triple& t) {
  if (t.attribution || t.surface_only || t.passive) return false;
  if (!t.object.empty() || !t.arg2.empty()) return false;
  return lex.needs_complement(t.predicate);
}

}  // namespace

void mark_fragments(const Lexicons& lex, const Chunks& chunks, std::vector<Triple>& triples,
                    std::vector<FactRefusal>& refusals) {
  for (Triple& t : triples) {
    if (!is_fragment(lex, t)) continue;
    t.fragment = true;
    size_t token = t.verb < chunks.verbs.size() ? chunks.verbs[t.verb].begin : 0;
    refusals.push_back({token, kFragmentWithoutComplement, "no object or complement, and the verb needs one: kept out of the graph"});
  }
}

}  // namespace newsgraph
