// JSON for programs: the export contract (schema "newsgraph/4", docs/json-schema.md), the
// per-article extraction lines of `newsgraph extract --format json`, and the rows that query
// commands print with --json. RapidJSON escapes every string, so hostile text stays valid JSON.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "extraction.h"
#include "graph_store.h"
#include "subgraph.h"
#include "timeline.h"

namespace newsgraph {

// The export contract's name and version (docs/json-schema.md): /2 added "roles", /3 the AGENT
// entity type with its "sector" and "country".
inline constexpr const char* kExportSchema = "newsgraph/4";

// One JSON object (one line) for an article's extraction.
std::string extraction_json(const ArticleExtraction& x);
// The whole selection in the export contract.
void write_graph_json(std::ostream& out, GraphStore& store, const GraphView& view);
// A relation with its evidence, as in the export contract (plus readable names).
std::string relations_json(GraphStore& store, const std::vector<RelationRow>& rows);
std::string claims_json(GraphStore& store, const std::vector<ClaimRow>& rows);
// A timeline's facts: each a relation object (as relations_json) that also carries "count" (reports
// of every merged relation) and "relation_ids", with the evidence of all of them.
std::string timeline_facts_json(GraphStore& store, const std::vector<MergedFact>& facts);
// One relation or claim object exactly as in the export contract (one line of JSON).
std::string relation_object_json(GraphStore& store, const RelationRow& row);
std::string claim_object_json(GraphStore& store, const ClaimRow& row);
std::string entity_object_json(GraphStore& store, const EntityRow& e);  // without roles, as exported
std::string role_object_json(const RoleFact& r);
// An entity with its aliases, roles and counts.
std::string entity_json(GraphStore& store, const EntityRow& e);
std::string paths_json(GraphStore& store, const std::vector<KnowledgeGraph::Path>& paths);

}  // namespace newsgraph
