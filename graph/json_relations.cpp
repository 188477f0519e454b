// Relations in JSON: the export contract's relation object and the arrays query commands print.
#include "cameo_codes.h"
#include "json_output.h"
#include "json_parts.h"
#include "timeline.h"

#include <cmath>

namespace newsgraph {
namespace json {

void relation_obj(Writer& w, GraphStore& store, const RelationRow& row, bool with_names,
                  const std::vector<std::string>* merged_ids, int reports) {
  const RelationRecord& r = row.r;
  w.StartObject();
  key(w, "id");
  str(w, r.id);
  key(w, "subject");
  if (r.subject_id.empty()) {  // a text subject (schema 6): no entity, its words instead
    w.Null();
    key(w, "subject_text");
    str(w, r.subject_text);
  } else {
    str(w, r.subject_id);
  }
  if (with_names) {
    key(w, "subject_name");
    str(w, row.subject_name);
  }
  key(w, "predicate");
  str(w, r.predicate);
  key(w, "text");
  str(w, r.text);
  opt(w, "object", r.object_id);
  if (with_names) opt(w, "object_name", row.object_name);
  opt(w, "object_text", r.object_text);
  if (!r.target_text.empty()) {  // schema 8: only an event aimed at an actor that is not its object has one
    opt(w, "target", r.target_id);
    if (with_names) opt(w, "target_name", row.target_name);
    key(w, "target_text");
    str(w, r.target_text);
  }
  opt(w, "event_type", r.event_type);
  opt(w, "cameo", r.cameo);
  opt(w, "plover", plover_category(r.cameo));
  key(w, "symmetric");
  w.Bool(r.symmetric);
  key(w, "time");
  time_obj(w, r.time_text, r.time_value, r.time_from_article);
  opt(w, "location", r.location);
  key(w, "modality");
  str(w, r.modality);
  key(w, "polarity");
  str(w, r.polarity);
  key(w, "confidence");
  w.Double(std::round(row.confidence * 1000) / 1000);
  opt(w, "claim", row.claim_id);
  if (with_names) opt(w, "speaker", row.speaker_name);
  std::vector<EvidenceRow> evidence = store.relation_evidence(r.id);
  if (merged_ids) {
    key(w, "count");
    w.Int(reports);
    key(w, "relation_ids");
    w.StartArray();
    for (const std::string& id : *merged_ids) str(w, id);
    w.EndArray();
    for (const std::string& id : *merged_ids)
      if (id != r.id)
        for (EvidenceRow& e : store.relation_evidence(id)) evidence.push_back(std::move(e));
  }
  key(w, "evidence");
  evidence_array(w, evidence, with_names);
  w.EndObject();
}

}  // namespace json

using namespace json;  // the shared pieces (json_parts.h)

std::string relation_object_json(GraphStore& store, const RelationRow& row) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  relation_obj(w, store, row, false);
  return sb.GetString();
}

std::string relations_json(GraphStore& store, const std::vector<RelationRow>& rows) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartArray();
  for (const RelationRow& r : rows) relation_obj(w, store, r, true);
  w.EndArray();
  return sb.GetString();
}

std::string timeline_facts_json(GraphStore& store, const std::vector<MergedFact>& facts) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartArray();
  for (const MergedFact& f : facts) relation_obj(w, store, f.first, true, &f.ids, f.reports);
  w.EndArray();
  return sb.GetString();
}

}  // namespace newsgraph
