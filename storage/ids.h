// Deterministic IDs: stable hashes of content, so that re-ingest is idempotent and shards built on
// different machines merge without coordination.
#pragma once
#include <string>

#include "records.h"

namespace newsgraph {

std::string entity_id(const std::string& canonical_name);
// Puts symmetric relations in canonical order (subject ID < object ID) and returns the ID of the
// fact: subject, predicate, object (entity or normalized text), time value, polarity, modality.
std::string relation_id(RelationRecord& r);
std::string claim_id(const ClaimRecord& c);
// The ID of a role fact ("o…"): person, role and organisation (empty when none was named).
std::string role_id(const std::string& person_id, const std::string& role, const std::string& org_id);

}  // namespace newsgraph
