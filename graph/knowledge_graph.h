// The graph in memory (Boost.Graph) for path and neighbourhood queries: one vertex per entity,
// one undirected edge per pair of entities that some relation connects (the relations are kept
// on the edge), so that symmetric and directed facts can both be walked.
#pragma once
#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <unordered_map>
#include <vector>

#include "graph_store.h"

namespace newsgraph {

class KnowledgeGraph {
 public:
  // Loads every entity-to-entity relation from the store.
  explicit KnowledgeGraph(GraphStore& store);

  // What joins two entities: relation IDs ("r..."), claim IDs ("c...": the speaker said something
  // about the other entity) and roles ("role:ROLE": the person holds ROLE of the organisation).
  struct Hop {
    std::string from, to;                   // entity IDs, in walking order
    std::vector<std::string> relation_ids;  // the links joining them (at least one)
  };
  using Path = std::vector<Hop>;

  // Up to `k` simple paths from `a` to `b` of at most `max_hops` hops, shortest first (ties in a
  // stable order). Empty when there is none. Unknown IDs give no path.
  std::vector<Path> paths(const std::string& a, const std::string& b, int max_hops, int k) const;

  // Entity IDs within `depth` hops of `id` (itself included), nearest first.
  std::vector<std::string> neighborhood(const std::string& id, int depth) const;

  size_t vertex_count() const { return ids_.size(); }
  size_t edge_count() const { return boost::num_edges(g_); }

 private:
  struct EdgeData {
    std::vector<std::string> relations;
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeData>;
  std::vector<int> distances_from(size_t v) const;

  Graph g_;
  std::vector<std::string> ids_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace newsgraph
