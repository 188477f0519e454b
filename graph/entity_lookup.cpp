#include "entity_lookup.h"

#include <algorithm>

#include "text_util.h"

namespace newsgraph {
namespace {

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string LookupResult::message(const std::string& query) const {
  std::string names;
  for (const EntityRow& e : candidates) names += (names.empty() ? "" : ", ") + e.name + " (" + e.type + ")";
  if (status == Status::kAmbiguous) return "'" + query + "' is ambiguous: " + names + "; use the full name";
  if (candidates.empty()) return "no entity named '" + query + "'; try 'newsgraph stats' or 'newsgraph export --format json'";
  return "no entity named '" + query + "'; did you mean: " + names + "?";
}

LookupResult lookup_entity(GraphStore& store, const std::string& name) {
  LookupResult r;
  std::string key = alias_key(name);
  auto exact = store.find_entities(key);
  if (exact.size() == 1) {
    r.status = LookupResult::Status::kFound;
    r.entity = exact[0];
    return r;
  }
  if (exact.size() > 1) {
    // An entity whose own name is the query wins over entities that merely share the alias.
    for (const EntityRow& e : exact)
      if (alias_key(e.name) == key) {
        r.status = LookupResult::Status::kFound;
        r.entity = e;
        return r;
      }
    r.status = LookupResult::Status::kAmbiguous;
    r.candidates = exact;
    return r;
  }
  // Suggestions: names containing the query, then the closest names by edit distance.
  r.candidates = store.entities_like("%" + std::string(trim(name)) + "%", 5);
  if (r.candidates.empty()) {
    // Closest aliases by edit distance; one suggestion per entity.
    std::vector<std::pair<size_t, EntityRow>> scored;
    for (auto& [alias, e] : store.all_aliases()) {
      size_t d = edit_distance(alias_key(alias), key);
      if (d <= std::max<size_t>(2, key.size() / 3)) scored.emplace_back(d, e);
    }
    std::sort(scored.begin(), scored.end(), [](auto& x, auto& y) { return x.first < y.first || (x.first == y.first && x.second.name < y.second.name); });
    for (auto& [d, e] : scored) {
      if (r.candidates.size() >= 5) break;
      bool dup = false;
      for (const EntityRow& c : r.candidates) dup = dup || c.id == e.id;
      if (!dup) r.candidates.push_back(e);
    }
  }
  return r;
}

}  // namespace newsgraph
