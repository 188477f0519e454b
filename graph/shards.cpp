#include "shards.h"

#include "adjacency_snapshot.h"
#include "pending_work.h"

namespace newsgraph {

MergeSummary merge_shards(GraphStore& out, const std::vector<std::string>& shard_paths) {
  MergeSummary s;
  for (const std::string& path : shard_paths) {
    s.articles_imported += out.import_shard(path);
    ++s.shards;
  }
  // Each import marked the pass due (with orphan collection) in its own transaction; a merge
  // killed before this commits leaves it for the next build or `newsgraph repair`.
  s.merges = run_resolution(out, nullptr, true, &s.notes);
  std::string snapshot_error;
  refresh_adjacency_snapshot(out, 0, &snapshot_error);
  if (!snapshot_error.empty())
    s.notes.push_back({"adjacency snapshot not written (" + snapshot_error + "); path queries will read the database"});
  out.checkpoint();
  return s;
}

}  // namespace newsgraph
