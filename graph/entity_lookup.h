// Finds the entity a user means by a name: any alias, case-insensitively. When nothing matches,
// suggests close names; when several entities share the alias, lists them.
#pragma once
#include <string>
#include <vector>

#include "graph_store.h"

namespace newsgraph {

struct LookupResult {
  enum class Status { kFound, kUnknown, kAmbiguous } status = Status::kUnknown;
  EntityRow entity;                   // when found
  std::vector<EntityRow> candidates;  // suggestions (unknown) or the candidates (ambiguous)
  // A one-line message for the user when not found.
  std::string message(const std::string& query) const;
};

LookupResult lookup_entity(GraphStore& store, const std::string& name);

}  // namespace newsgraph
