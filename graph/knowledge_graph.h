// The graph in memory (Boost.Graph) for path and neighbourhood queries: one vertex per entity,
// one undirected link per pair of entities that a relation, a role or a claim connects, so that
// symmetric and directed facts can both be walked. Only who-is-linked-to-whom is held (a
// compressed sparse row graph, loaded from the adjacency snapshot when it is usable); the facts on
// a hop are read from the store when a path is reported.
#pragma once
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <string>
#include <optional>
#include <vector>

#include "adjacency_snapshot.h"
#include "graph_store.h"

namespace newsgraph {

class KnowledgeGraph {
 public:
  // Loads the adjacency of the store (see adjacency_snapshot.h). The store must outlive the graph.
  explicit KnowledgeGraph(GraphStore& store);
  KnowledgeGraph(GraphStore& store, Adjacency adjacency);
  AdjacencySource source() const { return source_; }

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
  size_t edge_count() const { return boost::num_edges(g_) / 2; }  // undirected links

 private:
  // Both directions of every link; out-edges sorted by target, and vertices numbered in ID order,
  // so walking neighbours in edge order is walking them by ID (a stable order for ties).
  using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
  std::vector<int> distances_from(size_t v) const;
  std::optional<size_t> vertex_of(const std::string& id) const;  // ids_ is sorted

  GraphStore* store_;
  AdjacencySource source_ = AdjacencySource::kDatabase;
  Graph g_;
  std::vector<std::string> ids_;  // sorted: vertex i is ids_[i]
};

}  // namespace newsgraph
