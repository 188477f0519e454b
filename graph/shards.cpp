#include "shards.h"

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
  out.checkpoint();
  return s;
}

}  // namespace newsgraph
