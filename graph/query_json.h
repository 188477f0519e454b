// JSON of the analyst's commands that have no export-contract object of their own: grouped
// pattern counts and conflicts. Relations inside them use the export contract's objects.
#pragma once
#include <string>
#include <vector>

#include "conflicts.h"
#include "pattern_sql.h"

namespace newsgraph {

std::string json_string(const std::string& s);  // a JSON string literal, escaped
// {"pattern":…, "group_by":…, "total":N, "groups":[{"key":…, "count":N}, …]}
std::string pattern_groups_json(const std::string& pattern, const std::string& group_by,
                                const std::vector<PatternGroupCount>& groups);
// {"conflicts":[{"kind", "subject":{id,name}, "relation", "object":{id,name}|null, "object_text",
//   "versions":[{"relation_id", "value", "modality", "polarity", "time", "speaker",
//                "article":{id,title,date}, "sentence":{index,text}}]}]}
std::string conflicts_json(const std::vector<Conflict>& conflicts);

}  // namespace newsgraph
