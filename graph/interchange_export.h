// Exports that other graph tools load: GraphML (Gephi, NetworkX, yEd), Neo4j bulk-import CSV
// (neo4j-admin database import), and a partitioned JSON Lines layout for Spark, GraphFrames and
// DuckDB. All take the same selection (graph/subgraph.h) as the JSON and DOT exports.
#pragma once
#include <ostream>
#include <string>

#include "graph_store.h"
#include "subgraph.h"

namespace newsgraph {

// Text made safe for XML 1.0 attribute and element content: markup characters escaped, characters
// XML forbids (most C0 controls) dropped.
std::string xml_escape(const std::string& s);
// One CSV field (RFC 4180): quoted, inner quotes doubled; newlines kept inside the quotes.
std::string csv_field(const std::string& s);

// A directed GraphML graph: entities as nodes, entity-to-entity relations and roles (person ->
// organisation; attribute kind = relation|role) as edges, with typed attributes. Relations whose
// object is not an entity, and roles of no named organisation, are not edges and are left out.
void write_graphml(std::ostream& out, GraphStore& store, const GraphView& view);

// Writes DIR/entities.csv, articles.csv, claims.csv (nodes) and relations.csv, said.csv,
// claim_about.csv, reported_in.csv, roles.csv (relationships) with neo4j-admin headers. Returns the
// neo4j-admin command that imports them.
std::string write_neo4j(const std::string& dir, GraphStore& store, const GraphView& view);

// Writes DIR/{articles,entities,relations,claims,evidence,roles}/month=YYYY-MM/part-0.jsonl with stable
// IDs. Facts are placed by their time value's month (else their first article's), entities by
// the month of their first mention, evidence by its article's month; "month=unknown" when undated.
void write_jsonl_partitions(const std::string& dir, GraphStore& store, const GraphView& view);

}  // namespace newsgraph
