// Failure classes of issue #16 for what the scorer finds missing or wrong, when the annotator
// gave none. The tests are ordered from the most specific evidence to the least.
#include <algorithm>
#include <array>
#include <cctype>

#include "score.h"
#include "text.h"

namespace newsgraph::eval {
namespace {

bool is_name(const Participant& p) {
  return !p.none && !p.text.empty() && std::isupper(static_cast<unsigned char>(p.text[0]));
}

bool names_something_in_graph(const Participant& p, const MatchContext& c, const std::vector<const GRelation*>& relations) {
  for (const auto& m : c.graph.mentions)
    if (m.article == c.gold.id && participant_matches_entity(p, m.entity, c)) return true;
  for (const GRelation* r : relations)
    if (participant_matches_entity(p, r->subject, c)) return true;
  return false;
}

}  // namespace

std::string classify_missed_fact(const GoldFact& g, const MatchContext& c, const std::vector<const GRelation*>& relations) {
  if (g.kind == FactKind::kRole) return "roles";
  if (g.kind == FactKind::kClaim) {
    if (is_name(g.subject) && !names_something_in_graph(g.subject, c, relations)) return "names";
    if (!is_name(g.subject)) return "non-name participants";
    return "reported speech";
  }
  for (const GRelation* r : relations) {
    if (!predicate_matches(g, *r, c)) continue;
    bool subj = subject_matches(g.subject, *r, c);
    bool obj = g.object.none || (!r->object.empty() && participant_matches_entity(g.object, r->object, c)) ||
               participant_matches_text(g.object, r->object_text, c);
    if (subj && obj) return "junk predicates";  // found but with the wrong polarity: a lost condition or negation
    if (subj && !obj) return "objects cut short";
    if (!subj && obj && !g.subject.none) return "coreference";
  }
  if (!g.subject.none && !is_name(g.subject)) return "non-name participants";
  if (is_name(g.subject) && !names_something_in_graph(g.subject, c, relations)) return "names";
  if (g.modality == "reported") return "reported speech";
  return "other";
}

std::string classify_false_positive(const GRelation& r, const std::vector<std::pair<int, int>>& furniture,
                                    const std::string& article) {
  for (const auto& e : r.evidence)
    if (e.article == article)
      for (auto [b, en] : furniture)
        if (e.start < en && e.end > b) return "page furniture";
  static const std::array<std::string_view, 6> kLight = {"be", "have", "do", "get", "make", "become"};
  std::string head = r.predicate.substr(0, r.predicate.find(' '));
  if (std::find(kLight.begin(), kLight.end(), head) != kLight.end()) return "junk predicates";
  if (r.object.empty() && r.object_text.empty()) return "fragments";
  return "other";
}

}  // namespace newsgraph::eval
