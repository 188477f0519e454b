// newsgraph repair: finish what a killed build or merge left pending (the resolution pass), so
// the graph equals the one an uninterrupted run gives. A later build does the same on its way.
#include <cstdio>

#include "build_lock.h"
#include "cli.h"
#include "pending_work.h"

namespace newsgraph::cli {

int cmd_repair(const Args& args) {
  args.allow({"db"});
  if (!args.positional().empty()) throw UsageError("repair takes no PATH, only --db FILE");
  // Read-only first: repair never creates a database (nor its lock file), and refuses what is not one.
  { GraphStore probe(db_path(args), GraphStore::Mode::kReadOnly); }
  BuildLock lock(db_path(args), [](const std::string& db) {
    std::fprintf(stderr, "another build is writing %s; waiting for it to finish\n", db.c_str());
  });
  auto store = open_store(args, GraphStore::Mode::kReadWrite);
  RepairSummary s = finish_pending_work(*store);
  if (s.indexes_rebuilt) std::printf("repair: rebuilt the indexes a killed bulk load had deferred\n");
  if (s.resolved) std::printf("repair: ran the pending resolution pass (%d surname merges)\n", s.merges);
  if (s.snapshot_rewritten) std::printf("repair: rewrote the adjacency snapshot, which was missing or stale\n");
  if (!s.resolved && !s.indexes_rebuilt && !s.snapshot_rewritten) std::printf("repair: nothing pending\n");
  return kOk;
}

}  // namespace newsgraph::cli
