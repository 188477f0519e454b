#include "fragments.h"

#include <array>

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// A clause that claims nothing of its own: a reported-speech frame, a textual reading, or a
// passive (whole without an agent: "the man was arrested", its patient is the subject).
bool is_candidate(const Triple& t) { return !(t.attribution || t.surface_only || t.fragment); }

bool has_complement(const Triple& t) { return !t.object.empty() || !t.arg2.empty(); }

// fragment-without-complement: an active clause with neither object nor complement, reporting
// no speech, whose verb needs one.
bool fragment_without_complement(const Lexicons& lex, const Triple& t) {
  return !t.passive && !has_complement(t) && lex.needs_complement(t.predicate);
}

// copula-description: an active "be" clause ("X is 34", "X was a candidate", "X is in hospital").
// "be" joined to another verb by the chunker ("is to step down", "is set to be replaced") has that
// verb as its predicate and is not read here.
bool copula_description(const Lexicons&, const Triple& t) { return !t.passive && t.predicate == "be"sv; }

struct KeptOutConstruction {
  std::string_view name;
  bool (*applies)(const Lexicons& lex, const Triple& t);
  std::string_view reason;
};

// The first that applies keeps the clause out.
constexpr KeptOutConstruction kKeptOutConstructions[] = {
    {kFragmentWithoutComplement, fragment_without_complement,
     "no object or complement, and the verb needs one: kept out of the graph"},
    {kCopulaDescription, copula_description, "a copula describes its subject, nothing happens: kept out of the graph"},
};

}  // namespace

void mark_fragments(const Lexicons& lex, const Chunks& chunks, std::vector<Triple>& triples,
                    std::vector<FactRefusal>& refusals) {
  for (Triple& t : triples) {
    if (!is_candidate(t)) continue;
    for (const KeptOutConstruction& c : kKeptOutConstructions) {
      if (!c.applies(lex, t)) continue;
      t.fragment = true;
      size_t token = t.verb < chunks.verbs.size() ? chunks.verbs[t.verb].begin : 0;
      refusals.push_back({token, c.name, c.reason});
      break;
    }
  }
}

bool is_reply_verb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 4> kReplyVerbs = {"comment", "respond", "reply", "elaborate"};
  for (std::string_view v : kReplyVerbs)
    if (lemma == v) return true;
  return false;
}

bool is_kept_out_rule(std::string_view rule) {
  for (const KeptOutConstruction& c : kKeptOutConstructions)
    if (c.name == rule) return true;
  return rule == kNoComment;
}

}  // namespace newsgraph
