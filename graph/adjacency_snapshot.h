// Who is linked to whom, compactly: the entity pairs joined by a relation, a role or a claim.
// Path and neighbourhood queries need only this, not the facts, so `build` keeps a copy in a file
// beside the database (DB.adj) and queries read it instead of every relation in the database.
//
// The file records the database it describes (its uid), the graph epoch and the newest article it
// covers. A query adds the links of newer articles from the database (cheap: indexed by article),
// and ignores the file, reading the database whole, when links were removed or re-keyed since (the
// epoch moved), when it belongs to another database, or when it is damaged. So a stale or missing
// snapshot only costs time, never a wrong answer.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph_store.h"

namespace newsgraph {

struct Adjacency {
  std::vector<std::string> ids;                      // entity IDs, sorted
  std::vector<std::pair<uint32_t, uint32_t>> pairs;  // indexes into ids; first < second; sorted, unique
};

enum class AdjacencySource {
  kSnapshot,           // the snapshot covered the whole database
  kSnapshotAndNewer,   // the snapshot plus the links of articles added after it
  kDatabase,           // no usable snapshot: every link read from the database
};

std::string adjacency_snapshot_path(const std::string& db_path);

// The current adjacency of the database, from its snapshot when usable.
Adjacency load_adjacency(GraphStore& store, AdjacencySource* source = nullptr);

// Writes the snapshot when it is missing or unusable, or when more than `max_newer` articles were
// added after it. Returns true when it wrote one. The file is written beside, synced and renamed
// into place, so a reader never loads half of one. When it cannot be written, this returns false
// with `error` set to a one-line message for the user (DB.adj, why, and that the graph is intact
// and `newsgraph repair` writes the snapshot); the caller finishes its own work (the checkpoint)
// and then fails with that message, exit 1.
bool refresh_adjacency_snapshot(GraphStore& store, int64_t max_newer, std::string* error);

}  // namespace newsgraph
