#include "subgraph.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace newsgraph {

namespace {
bool in_range(const RelationRow& r, const SubgraphSpec& spec) {
  const std::string& t = r.r.time_value.empty() ? r.article_date : r.r.time_value;
  if (!spec.from_date.empty() && t < spec.from_date) return false;
  if (!spec.to_date.empty() && t.substr(0, spec.to_date.size()) > spec.to_date) return false;
  return true;
}
}  // namespace

GraphView select_subgraph(GraphStore& store, const SubgraphSpec& spec) {
  GraphView v;
  const bool all = spec.around.empty() && spec.path_from.empty();
  std::set<std::string> keep_entities, article_ids, claim_ids;
  std::vector<RelationRow> candidates;
  if (all) {
    candidates = store.all_relations();
  } else {
    // Only the facts around the selection are read, through the indexed per-entity queries.
    KnowledgeGraph kg(store);
    std::set<std::string> seen;
    auto add = [&](RelationRow&& r) {
      if (seen.insert(r.r.id).second) candidates.push_back(std::move(r));
    };
    if (!spec.around.empty()) {
      for (const std::string& id : kg.neighborhood(spec.around, spec.depth)) keep_entities.insert(id);
      // Every fact of the centre; then the facts that join the entities within depth - 1 hops to
      // the rest (the outermost ring adds no facts of its own, which keeps hubs affordable).
      std::vector<std::string> inner = kg.neighborhood(spec.around, spec.depth - 1);
      auto belongs = [&](const RelationRow& r) {
        if (r.r.target_id == spec.around) return true;  // an event aimed at the centre (schema 8)
        // An event joining two kept entities as source and target (a target edge of the adjacency).
        if (!r.r.target_id.empty() && keep_entities.count(r.r.subject_id) && keep_entities.count(r.r.target_id))
          return true;
        if (r.r.object_id.empty()) return r.r.subject_id == spec.around;
        if (r.r.subject_id.empty()) return r.r.object_id == spec.around;  // a text subject's fact about the centre
        return keep_entities.count(r.r.subject_id) > 0 && keep_entities.count(r.r.object_id) > 0;
      };
      for (const std::string& id : inner)
        for (RelationRow& r : store.relations_of(id, "", "", ""))
          if (belongs(r)) add(std::move(r));
      for (ClaimRow& c : store.claims(spec.around, ""))
        if (claim_ids.insert(c.c.id).second) v.claims.push_back(std::move(c));
    } else {
      v.paths = kg.paths(spec.path_from, spec.path_to, spec.max_hops, spec.k);
      keep_entities.insert(spec.path_from);
      keep_entities.insert(spec.path_to);
      for (const auto& p : v.paths)
        for (const auto& hop : p) {
          keep_entities.insert(hop.from);
          keep_entities.insert(hop.to);
          for (const auto& link : hop.relation_ids) {
            if (link.rfind("role:", 0) == 0) continue;
            if (is_target_link(link)) {
              if (auto r = store.relation(target_link_relation(link))) add(std::move(*r));
            } else if (link[0] == 'c') {
              if (auto c = store.claim(link); c && claim_ids.insert(c->c.id).second) v.claims.push_back(std::move(*c));
            } else if (auto r = store.relation(link)) {
              add(std::move(*r));
            }
          }
        }
    }
  }
  for (RelationRow& r : candidates) {
    if (!in_range(r, spec)) continue;
    for (const auto& [article, claim] : store.evidence_sources(r.r.id)) {
      article_ids.insert(article);
      if (!claim.empty()) claim_ids.insert(claim);
    }
    v.relations.push_back(std::move(r));
  }
  if (all) {
    v.entities = store.all_entities();
    for (ClaimRow& c : store.claims("", ""))
      if ((spec.from_date.empty() && spec.to_date.empty()) || claim_ids.count(c.c.id)) v.claims.push_back(std::move(c));
  } else {
    for (const RelationRow& r : v.relations) {
      if (!r.r.subject_id.empty()) keep_entities.insert(r.r.subject_id);
      if (!r.r.object_id.empty()) keep_entities.insert(r.r.object_id);
      if (!r.r.target_id.empty()) keep_entities.insert(r.r.target_id);  // the event's target node
    }
    for (const std::string& id : keep_entities)
      if (auto e = store.entity(id)) v.entities.push_back(std::move(*e));
    // Claims the kept facts were stated in.
    std::set<std::string> have;
    for (const ClaimRow& c : v.claims) have.insert(c.c.id);
    for (const std::string& id : claim_ids)
      if (!have.count(id))
        if (auto c = store.claim(id)) v.claims.push_back(std::move(*c));
    std::sort(v.claims.begin(), v.claims.end(), [](const ClaimRow& a, const ClaimRow& b) { return a.c.id < b.c.id; });
  }
  std::set<std::string> present;
  for (EntityRow& e : v.entities) {
    present.insert(e.id);
    store.add_agent_fields(e);  // every export writes an agent's sector and country
  }
  for (RoleFact& r : store.role_facts())
    if (present.count(r.person_id) && (r.org_id.empty() || present.count(r.org_id))) v.roles.push_back(std::move(r));
  for (const ClaimRow& c : v.claims)
    for (std::string& a : store.claim_articles(c.c.id)) article_ids.insert(std::move(a));
  if (all) {
    v.articles = store.articles();
  } else {
    // Looked up one by one: a neighbourhood cites few of a large database's articles.
    for (const std::string& id : article_ids)
      if (auto a = store.article(id)) v.articles.push_back(std::move(*a));
    std::sort(v.articles.begin(), v.articles.end(),
              [](const ArticleRow& a, const ArticleRow& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); });
  }
  return v;
}

}  // namespace newsgraph
