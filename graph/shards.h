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
// by their content IDs), then runs the cross-article resolution pass once. With `resolve` false
// the pass (and the adjacency snapshot) is left out and stays marked due: the inner merges of a
// merge tree skip it, and `newsgraph repair` (finish_pending_work) runs it once on the final one.
// Throws StoreError when a database fails, and when the snapshot cannot be written (the merge
// itself is committed by then).
MergeSummary merge_shards(GraphStore& out, const std::vector<std::string>& shard_paths, bool resolve = true);

}  // namespace newsgraph
