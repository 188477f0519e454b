#include "pending_work.h"

#include <algorithm>
#include <optional>

#include "adjacency_snapshot.h"
#include "bench_switch.h"
#include "kill_point.h"
#include "log_copy.h"

namespace newsgraph {

int run_resolution(GraphStore& store, const std::unordered_set<std::string>* scope, bool collect_orphans,
                   std::vector<ResolveNote>* notes) {
  // The whole pass's alias-twin reading starts now, on its own connection (resolver.h).
  std::optional<AliasTwinsReadAhead> ahead;
  if (!scope && !bench_without("twins-read-ahead")) ahead.emplace(store.path());
  store.begin();
  try {
    std::vector<std::pair<std::string, std::string>> surname_merges;
    int merges = merge_surnames(store, notes, scope, ahead ? &surname_merges : nullptr);
    merges += ahead ? merge_alias_twins(store, *ahead, surname_merges) : merge_alias_twins(store, scope);
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
  // The log copied on another connection while this one works on, as at a bulk load's end
  // (log_copy.h), when there is a large tail to finish.
  std::optional<BackgroundLogCopy> log_copy;
  if (store.indexes_deferred() && !bench_without("log-copy-aside")) {
    store.set_automatic_checkpoints(false);
    log_copy.emplace(store.path());
  }
  s.indexes_rebuilt = store.rebuild_deferred_indexes();  // before the pass, which needs them
  if (log_copy) log_copy->copy();
  GraphStore::PendingResolution pending = store.resolution_pending();
  if (pending.due) {
    s.merges = run_resolution(store, nullptr, pending.collect_orphans, &s.notes);
    s.resolved = true;
  }
  if (log_copy) log_copy->copy();
  std::string snapshot_error;
  s.snapshot_rewritten = refresh_adjacency_snapshot(store, std::max<int64_t>(1000, store.max_article_rowid() / 20), &snapshot_error);
  if (log_copy) {
    log_copy->finish();
    store.set_automatic_checkpoints(true);
  }
  store.checkpoint();
  if (!snapshot_error.empty()) throw StoreError(snapshot_error);  // exit 1; the pass above is committed
  return s;
}

}  // namespace newsgraph
