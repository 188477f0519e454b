// newsgraph merge OUT.db SHARD.db...: merge databases built separately into one graph.
// --no-resolve leaves the resolution pass due (for the inner merges of a merge tree); `newsgraph
// repair` runs it.
#include <cstdio>

#include "build_lock.h"
#include "cli.h"
#include "shards.h"

namespace newsgraph::cli {

int cmd_merge(const Args& args) {
  args.allow({"no-resolve"});
  if (args.positional().size() < 2) throw UsageError("give the output database and at least one shard: merge OUT.db SHARD.db...");
  std::vector<std::string> shards(args.positional().begin() + 1, args.positional().end());
  BuildLock lock(args.positional()[0], [](const std::string& db) {
    std::fprintf(stderr, "another build is writing %s; waiting for it to finish\n", db.c_str());
  });
  GraphStore out(args.positional()[0], GraphStore::Mode::kReadWrite);
  MergeSummary s = merge_shards(out, shards, !args.has("no-resolve"));
  StoreStats st = out.totals();
  std::printf("merged %zu shards: %zu articles imported, %d surname merges\n", s.shards, s.articles_imported, s.merges);
  std::printf("database %s: %lld articles, %lld entities, %lld relations, %lld claims\n", out.path().c_str(),
              (long long)st.articles, (long long)st.entities, (long long)st.relations, (long long)st.claims);
  return kOk;
}

}  // namespace newsgraph::cli
