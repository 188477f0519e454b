// Merging databases built separately (shards of one corpus) into one graph.
#pragma once
#include <string>
#include <vector>

#include "graph_store.h"
#include "resolver.h"

namespace newsgraph {

struct MergeSummary {
  size_t shards = 0, articles_imported = 0;
  int merges = 0;
  std::vector<ResolveNote> notes;
};

// Imports every shard into `out` (articles it lacks, with all their facts; identical facts merge
// by their content IDs), then runs the cross-article resolution pass once, so that the result is
// the graph one build over all the shards' articles would give. With no shards it only runs the
// resolution pass. With `resolve` false the pass (and the adjacency snapshot) is left out: the
// inner merges of a merge tree skip it and the last step runs it once on the final database.
MergeSummary merge_shards(GraphStore& out, const std::vector<std::string>& shard_paths, bool resolve = true);

}  // namespace newsgraph
