#include "shards.h"

#include "adjacency_snapshot.h"
#include "pending_work.h"

namespace newsgraph {

MergeSummary merge_shards(GraphStore& out, const std::vector<std::string>& shard_paths, bool resolve) {
  MergeSummary s;
  out.rebuild_deferred_indexes();  // a killed bulk load's: imports and merges need them
  for (const std::string& path : shard_paths) {
    s.articles_imported += out.import_shard(path);
    ++s.shards;
  }
  // Inner merges of a merge tree leave the pass due (the imports marked it); `newsgraph repair`
  // runs it once on the final database.
  if (!resolve) {
    out.checkpoint();
    return s;
  }
  // Each import marked the pass due (with orphan collection) in its own transaction; a merge
  // killed before this commits leaves it for the next build or `newsgraph repair`.
  s.merges = run_resolution(out, nullptr, true, &s.notes);
  std::string snapshot_error;
  refresh_adjacency_snapshot(out, 0, &snapshot_error);
  out.checkpoint();
  if (!snapshot_error.empty()) throw StoreError(snapshot_error);  // exit 1; the merge is committed
  return s;
}

}  // namespace newsgraph
