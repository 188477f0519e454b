#include "event_targets.h"

namespace newsgraph {

namespace {

bool holds_time(const Span& s, const std::vector<TimeExpression>& times) {
  for (const TimeExpression& x : times)
    if (x.tok_begin < s.e && s.b < x.tok_end) return true;
  return false;
}

}  // namespace

Span prepositional_target(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t,
                          const std::vector<TimeExpression>& times) {
  if (t.extra.empty()) return {};
  const auto& rows = lex.event_target_prepositions;
  auto it = t.object_head.empty() ? rows.end() : rows.find(t.predicate + "\t" + t.object_head);
  if (it == rows.end()) it = rows.find(t.predicate + "\t*");
  if (it == rows.end()) return {};
  for (const std::string& preposition : it->second)
    for (const Span& s : t.extra)
      if (s.e > s.b + 1 && tk[s.b].lower == preposition && !holds_time(s, times)) return Span{s.b + 1, s.e};
  return {};
}

}  // namespace newsgraph
