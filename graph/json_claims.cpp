// Claims in JSON: the export contract's claim object and the arrays query commands print.
#include "json_output.h"
#include "json_parts.h"

namespace newsgraph {
namespace json {

void claim_obj(Writer& w, GraphStore& store, const ClaimRow& row, bool with_names) {
  const ClaimRecord& c = row.c;
  w.StartObject();
  key(w, "id");
  str(w, c.id);
  opt(w, "speaker", c.speaker_id);
  if (with_names) opt(w, "speaker_name", row.speaker_name);
  key(w, "speaker_text");
  str(w, c.speaker_text);
  key(w, "cue");
  str(w, c.cue);
  key(w, "content");
  str(w, c.content);
  key(w, "modality");
  str(w, c.modality);
  key(w, "relations");
  w.StartArray();
  for (const auto& id : row.relation_ids) str(w, id);
  w.EndArray();
  key(w, "time");
  time_obj(w, c.time_text, c.time_value, c.time_from_article);
  key(w, "evidence");
  evidence_array(w, store.claim_evidence(c.id), with_names);
  w.EndObject();
}

}  // namespace json

using namespace json;  // the shared pieces (json_parts.h)

std::string claim_object_json(GraphStore& store, const ClaimRow& row) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  claim_obj(w, store, row, false);
  return sb.GetString();
}

std::string claims_json(GraphStore& store, const std::vector<ClaimRow>& rows) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartArray();
  for (const ClaimRow& c : rows) claim_obj(w, store, c, true);
  w.EndArray();
  return sb.GetString();
}

}  // namespace newsgraph
