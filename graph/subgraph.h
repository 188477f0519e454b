// Selects what an export or a query shows: the whole graph, the neighbourhood of an entity, the
// paths between two entities, or a date range; facts keep their evidence and claims.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "graph_store.h"
#include "knowledge_graph.h"

namespace newsgraph {

struct SubgraphSpec {
  std::string around;          // entity ID
  int depth = 1;
  std::string path_from, path_to;  // entity IDs
  int max_hops = 6, k = 1;
  std::string from_date, to_date;  // inclusive bounds on the fact's time value
};

struct GraphView {
  std::vector<ArticleRow> articles;
  std::vector<EntityRow> entities;
  std::vector<RelationRow> relations;
  std::vector<ClaimRow> claims;
  std::vector<KnowledgeGraph::Path> paths;  // for path selections
  // Roles held by the selected people: of a selected organisation or country, or of none named.
  std::vector<RoleFact> roles;
};

GraphView select_subgraph(GraphStore& store, const SubgraphSpec& spec);

}  // namespace newsgraph
