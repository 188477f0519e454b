#include "knowledge_graph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <functional>

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph(GraphStore& store) : store_(&store) {
  AdjacencySource source;
  Adjacency adj = load_adjacency(store, &source);
  *this = KnowledgeGraph(store, std::move(adj));
  source_ = source;
}

KnowledgeGraph::KnowledgeGraph(GraphStore& store, Adjacency adjacency) : store_(&store) {
  // Both directions of each pair, already in (source, target) order: a counting sort by source
  // that keeps the pairs' order yields sorted targets, because every pair has first < second.
  const size_t n = adjacency.ids.size();
  std::vector<size_t> start(n + 1, 0);
  for (const auto& [a, b] : adjacency.pairs) {
    ++start[a + 1];
    ++start[b + 1];
  }
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<std::pair<uint32_t, uint32_t>> arcs(start[n]);
  std::vector<size_t> fill(start.begin(), start.end() - 1);
  for (const auto& [a, b] : adjacency.pairs) {
    arcs[fill[a]++] = {a, b};
    arcs[fill[b]++] = {b, a};
  }
  adjacency.pairs = {};
  g_ = Graph(boost::edges_are_sorted, arcs.begin(), arcs.end(), n);
  ids_ = std::move(adjacency.ids);
}

std::optional<size_t> KnowledgeGraph::vertex_of(const std::string& id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return static_cast<size_t>(it - ids_.begin());
}

std::vector<int> KnowledgeGraph::distances_from(size_t v) const {
  std::vector<int> dist(boost::num_vertices(g_), -1);
  std::vector<int> d(boost::num_vertices(g_), 0);
  boost::breadth_first_search(
      g_, v,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(d.begin(), boost::get(boost::vertex_index, g_)), boost::on_tree_edge()))));
  // record_distances leaves unreached vertices at 0; mark them with -1 (the source stays 0).
  std::vector<bool> reached(boost::num_vertices(g_), false);
  reached[v] = true;
  for (size_t u = 0; u < d.size(); ++u)
    if (d[u] > 0) reached[u] = true;
  for (size_t u = 0; u < d.size(); ++u) dist[u] = reached[u] ? d[u] : -1;
  return dist;
}

std::vector<KnowledgeGraph::Path> KnowledgeGraph::paths(const std::string& a, const std::string& b, int max_hops,
                                                        int k) const {
  std::vector<Path> out;
  auto ia = vertex_of(a), ib = vertex_of(b);
  if (!ia || !ib || a == b || k <= 0) return out;
  const size_t src = *ia, dst = *ib;
  // Distances to the target prune the search: a vertex at depth d may continue only if
  // d + distance(vertex, target) fits within the length being enumerated.
  std::vector<int> to_dst = distances_from(dst);
  if (to_dst[src] < 0 || to_dst[src] > max_hops) return out;
  size_t budget = 2000000;  // bounds the work on dense graphs
  for (int limit = to_dst[src]; limit <= max_hops && static_cast<int>(out.size()) < k && budget; ++limit) {
    std::vector<size_t> stack{src};
    std::vector<bool> on_path(ids_.size(), false);
    on_path[src] = true;
    std::function<void(size_t, int)> dfs = [&](size_t v, int depth) {
      if (static_cast<int>(out.size()) >= k || budget == 0) return;
      --budget;
      if (v == dst) {
        if (depth != limit) return;
        Path p;
        for (size_t i = 0; i + 1 < stack.size(); ++i)
          p.push_back({ids_[stack[i]], ids_[stack[i + 1]], store_->links_between(ids_[stack[i]], ids_[stack[i + 1]])});
        out.push_back(std::move(p));
        return;
      }
      for (auto [ei, ee] = boost::out_edges(v, g_); ei != ee; ++ei) {
        const size_t u = boost::target(*ei, g_);
        if (on_path[u] || to_dst[u] < 0 || depth + 1 + to_dst[u] > limit) continue;
        on_path[u] = true;
        stack.push_back(u);
        dfs(u, depth + 1);
        stack.pop_back();
        on_path[u] = false;
      }
    };
    dfs(src, 0);
  }
  return out;
}

std::vector<std::string> KnowledgeGraph::neighborhood(const std::string& id, int depth) const {
  std::vector<std::string> out;
  auto v = vertex_of(id);
  if (!v) return {id};
  std::vector<int> dist = distances_from(*v);
  std::vector<std::pair<int, std::string>> within;
  for (size_t u = 0; u < dist.size(); ++u)
    if (dist[u] >= 0 && dist[u] <= depth) within.emplace_back(dist[u], ids_[u]);
  std::sort(within.begin(), within.end());
  for (auto& [d, s] : within) out.push_back(s);
  return out;
}

}  // namespace newsgraph
