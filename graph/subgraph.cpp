#include "subgraph.h"

#include <set>

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
  std::set<std::string> keep_entities;
  std::set<std::string> keep_relations;
  bool all = spec.around.empty() && spec.path_from.empty();
  if (!spec.around.empty() || !spec.path_from.empty()) {
    KnowledgeGraph kg(store);
    if (!spec.around.empty()) {
      for (const std::string& id : kg.neighborhood(spec.around, spec.depth)) keep_entities.insert(id);
    } else {
      v.paths = kg.paths(spec.path_from, spec.path_to, spec.max_hops, spec.k);
      keep_entities.insert(spec.path_from);
      keep_entities.insert(spec.path_to);
      for (const auto& p : v.paths)
        for (const auto& hop : p) {
          keep_entities.insert(hop.from);
          keep_entities.insert(hop.to);
          for (const auto& r : hop.relation_ids) keep_relations.insert(r);
        }
    }
  }
  std::set<std::string> article_ids, claim_ids;
  for (RelationRow& r : store.all_relations()) {
    bool keep;
    if (all) keep = true;
    else if (!spec.path_from.empty()) keep = keep_relations.count(r.r.id) > 0;
    else keep = keep_entities.count(r.r.subject_id) && (r.r.object_id.empty() || keep_entities.count(r.r.object_id));
    if (!keep || !in_range(r, spec)) continue;
    if (!all) {
      keep_entities.insert(r.r.subject_id);
      if (!r.r.object_id.empty()) keep_entities.insert(r.r.object_id);
    }
    for (const EvidenceRow& e : store.relation_evidence(r.r.id)) {
      article_ids.insert(e.article_id);
      if (!e.claim_id.empty()) claim_ids.insert(e.claim_id);
    }
    v.relations.push_back(std::move(r));
  }
  for (EntityRow& e : store.all_entities())
    if (all || keep_entities.count(e.id)) v.entities.push_back(std::move(e));
  for (ClaimRow& c : store.claims("", "")) {
    bool keep = all ? (spec.from_date.empty() && spec.to_date.empty()) || claim_ids.count(c.c.id)
                    : claim_ids.count(c.c.id) || (!c.c.speaker_id.empty() && !spec.around.empty() && keep_entities.count(c.c.speaker_id));
    if (!keep) continue;
    for (const EvidenceRow& e : store.claim_evidence(c.c.id)) article_ids.insert(e.article_id);
    v.claims.push_back(std::move(c));
  }
  for (ArticleRow& a : store.articles())
    if (all || article_ids.count(a.id)) v.articles.push_back(std::move(a));
  return v;
}

}  // namespace newsgraph
