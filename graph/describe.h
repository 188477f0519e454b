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
// The entity an edge of this relation points at in the graph exports (GraphML, Neo4j CSV, DOT):
// its object, or else the event's target ("granted asylum to the journalist": an edge to the
// journalist); empty when neither is an entity, and then the relation is no edge.
const std::string& edge_end(const RelationRow& r);
std::string describe_claim(const ClaimRow& c);
// One line for a link of a path hop: a relation ("r..."), a claim ("c...") or a role ("role:...").
std::string describe_link(GraphStore& store, const std::string& from_id, const std::string& to_id,
                          const std::string& link);

}  // namespace newsgraph
