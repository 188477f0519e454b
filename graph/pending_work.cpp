#include "pending_work.h"

#include <algorithm>
#include <optional>

#include "adjacency_snapshot.h"
#include "kill_point.h"

namespace newsgraph {

int run_resolution(GraphStore& store, const std::unordered_set<std::string>* scope, bool collect_orphans,
                   std::vector<ResolveNote>* notes) {
  store.begin();
  try {
    int merges = merge_surnames(store, notes, scope);
    merges += merge_alias_twins(store, scope);
    if (collect_orphans) store.collect_orphans();
    store.clear_resolution_pending();
    kill_point("resolution");  // crash tests: killed with the pass done but not committed
    store.commit();
    return merges;
  } catch (...) {
    store.rollback();
    throw;
  }
}

RepairSummary finish_pending_work(GraphStore& store) {
  RepairSummary s;
  // The tail of a killed bulk load: one copy of the log into the database, at the end (GraphStore::CheckpointsHeld).
  std::optional<GraphStore::CheckpointsHeld> checkpoints_held;
  if (store.indexes_deferred()) checkpoints_held.emplace(store);
  s.indexes_rebuilt = store.rebuild_deferred_indexes();  // before the pass, which needs them
  GraphStore::PendingResolution pending = store.resolution_pending();
  if (pending.due) {
    s.merges = run_resolution(store, nullptr, pending.collect_orphans, &s.notes);
    s.resolved = true;
  }
  std::string snapshot_error;
  s.snapshot_rewritten = refresh_adjacency_snapshot(store, std::max<int64_t>(1000, store.max_article_rowid() / 20), &snapshot_error);
  store.checkpoint();
  if (!snapshot_error.empty()) throw StoreError(snapshot_error);  // exit 1; the pass above is committed
  return s;
}

}  // namespace newsgraph
