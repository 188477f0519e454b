#include "event_targets.h"

#include "text_util.h"  // last_word

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
  // A passive's prepositional argument is its surface arg2, the preposition ending its relation
  // ("charges were filed against | the officers"); an active clause's stands among its extras.
  const bool passive_argument = t.passive && !t.arg2.empty() && t.arg2.b != t.object.b;
  if (t.extra.empty() && !passive_argument) return {};
  const auto& rows = lex.event_target_prepositions;
  auto it = t.object_head.empty() ? rows.end() : rows.find(t.predicate + "\t" + t.object_head);
  if (it == rows.end()) it = rows.find(t.predicate + "\t*");
  if (it == rows.end()) return {};
  const std::string_view relation_end = last_word(t.relation);  // "imposed on" -> "on"
  for (const std::string& preposition : it->second) {
    if (passive_argument && relation_end == preposition && !holds_time(t.arg2, times)) return t.arg2;
    // A passive's extras attach further out ("was imposed in the aftermath of a crackdown on
    // protesters"): only its arg2 can carry the target.
    if (t.passive) continue;
    for (const Span& s : t.extra)
      if (s.e > s.b + 1 && tk[s.b].lower == preposition && !holds_time(s, times)) return Span{s.b + 1, s.e};
  }
  return {};
}

}  // namespace newsgraph
