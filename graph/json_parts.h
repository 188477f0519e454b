// The pieces the JSON writers share (internal to graph/): the RapidJSON writer type, string and
// optional-string fields, time objects and evidence arrays, and the relation, claim and entity
// objects of the export contract, which several documents embed. Not for src/: use json_output.h.
#pragma once
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <vector>

#include "graph_store.h"

namespace newsgraph::json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// A string value (any bytes; RapidJSON escapes them).
void str(Writer& w, const std::string& s);
inline void key(Writer& w, const char* k) { w.Key(k); }
// `k` with the string, or null when it is empty.
void opt(Writer& w, const char* k, const std::string& s);
// {"text", "value", "from_article_date"?}, or null when there is no value.
void time_obj(Writer& w, const std::string& text, const std::string& value, bool from_article);
// The evidence spans; `with_text` adds each sentence and its article's date (query output).
void evidence_array(Writer& w, const std::vector<EvidenceRow>& ev, bool with_text);

// A relation as in the export contract; `with_names` adds readable names and evidence text.
// `merged_ids`, when given, are every relation that states the same fact (a timeline entry): the
// object then adds their "count" of reports and "relation_ids", and its evidence is all of theirs.
void relation_obj(Writer& w, GraphStore& store, const RelationRow& row, bool with_names,
                  const std::vector<std::string>* merged_ids = nullptr, int reports = 0);
// A claim as in the export contract; `with_names` adds the speaker's name and evidence text.
void claim_obj(Writer& w, GraphStore& store, const ClaimRow& row, bool with_names);
// A role fact as in the export contract: id, person, role, organization (or null), evidence.
void role_obj(Writer& w, const RoleFact& r);
// An entity as in the export contract; `with_roles` adds the roles it holds (query output).
void entity_obj(Writer& w, GraphStore& store, const EntityRow& e, bool with_roles);

}  // namespace newsgraph::json
