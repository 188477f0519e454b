#include "shards.h"

#include "adjacency_snapshot.h"

namespace newsgraph {

MergeSummary merge_shards(GraphStore& out, const std::vector<std::string>& shard_paths) {
  MergeSummary s;
  for (const std::string& path : shard_paths) {
    s.articles_imported += out.import_shard(path);
    ++s.shards;
  }
  out.begin();
  try {
    s.merges = merge_surnames(out, &s.notes);
    out.collect_orphans();
    out.commit();
  } catch (...) {
    out.rollback();
    throw;
  }
  std::string snapshot_error;
  refresh_adjacency_snapshot(out, 0, &snapshot_error);
  if (!snapshot_error.empty())
    s.notes.push_back({"adjacency snapshot not written (" + snapshot_error + "); path queries will read the database", "snapshot"});
  out.checkpoint();
  return s;
}

}  // namespace newsgraph
