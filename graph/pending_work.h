// Work a build or merge owes the graph after its articles are committed, done so that a kill at
// any moment cannot lose it: the resolution pass is marked due in every batch transaction
// (GraphStore::mark_resolution_pending) and cleared in the transaction that runs it; whoever
// opens the database next for writing (a build, even with nothing new, or `newsgraph repair`)
// finishes what is marked.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

#include "graph_store.h"
#include "resolver.h"

namespace newsgraph {

// Runs the cross-article resolution pass (merge_surnames; with `collect_orphans`, then
// collect_orphans as after a merge) and clears the pending mark, in one transaction. `scope` as
// in merge_surnames: the entities this process wrote, or nullptr for the whole pass (needed when
// the mark predates this process: the earlier writer's entities are unknown). Returns the merges.
int run_resolution(GraphStore& store, const std::unordered_set<std::string>* scope, bool collect_orphans,
                   std::vector<ResolveNote>* notes);

struct RepairSummary {
  bool indexes_rebuilt = false;  // a killed bulk load's deferred indexes were rebuilt
  bool resolved = false;  // a pending resolution pass was run
  bool snapshot_rewritten = false;  // the adjacency snapshot was missing or stale and was written anew
  int merges = 0;
  std::vector<ResolveNote> notes;
};

// Finishes what a killed build or merge left pending (the indexes a bulk load deferred, then the
// whole resolution pass), then rewrites the adjacency snapshot when it is missing or stale and
// checkpoints. Safe to run at any time: with nothing pending it changes no fact. Throws StoreError
// when the snapshot cannot be written (what it committed stays). `newsgraph repair` runs this.
RepairSummary finish_pending_work(GraphStore& store);

}  // namespace newsgraph
