#include "event_targets.h"

namespace newsgraph {

Span prepositional_target(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t) {
  if (t.extra.empty()) return {};
  const auto& rows = lex.event_target_prepositions;
  auto it = t.object_head.empty() ? rows.end() : rows.find(t.predicate + "\t" + t.object_head);
  if (it == rows.end()) it = rows.find(t.predicate + "\t*");
  if (it == rows.end()) return {};
  for (const std::string& preposition : it->second)
    for (const Span& s : t.extra)
      if (s.e > s.b + 1 && tk[s.b].lower == preposition) return Span{s.b + 1, s.e};
  return {};
}

}  // namespace newsgraph
