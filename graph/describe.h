// Human-readable lines for facts: what a timeline, a path or a claim list prints for people.
#pragma once
#include <string>

#include "graph_store.h"
#include "records.h"

namespace newsgraph {

// "Marina Alvarez threatened to impose tariffs of 40 percent" with the speaker, modality and
// polarity made visible: "Ferreira (reported): Brazil would not accept unfair competition".
std::string describe_relation(const RelationRow& r);
// "2025-09-08" for a relation: its time value, else the article date.
std::string relation_date(const RelationRow& r);
std::string describe_claim(const ClaimRow& c);
// One line for a link of a path hop: a relation ("r..."), a claim ("c...") or a role ("role:...").
std::string describe_link(GraphStore& store, const std::string& from_id, const std::string& to_id,
                          const std::string& link);

}  // namespace newsgraph
