// Entities in JSON: the export contract's entity object, and with its roles for `entity --json`.
#include "json_output.h"
#include "json_parts.h"


namespace newsgraph {
namespace json {

void entity_obj(Writer& w, GraphStore& store, const EntityRow& e, bool with_roles) {
  w.StartObject();
  key(w, "id");
  str(w, e.id);
  key(w, "name");
  str(w, e.name);
  key(w, "type");
  str(w, e.type);
  key(w, "aliases");
  w.StartArray();
  for (const auto& a : store.aliases(e.id)) str(w, a);
  w.EndArray();
  key(w, "mentions");
  w.Int(e.mentions);
  if (e.type == "AGENT") {  // newsgraph/3: an agent's sector code and country (null when unknown)
    opt(w, "sector", e.sector);
    opt(w, "country", e.country);
  }
  if (with_roles) {
    key(w, "roles");
    w.StartArray();
    for (const RoleRow& r : store.roles_of(e.id)) {
      w.StartObject();
      key(w, "person");
      str(w, r.person_name);
      key(w, "role");
      str(w, r.role);
      opt(w, "organization", r.org_name);
      key(w, "reports");
      w.Int(r.evidence_count);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

}  // namespace json

using namespace json;  // the shared pieces (json_parts.h)

std::string entity_object_json(GraphStore& store, const EntityRow& e) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  entity_obj(w, store, e, false);
  return sb.GetString();
}

std::string entity_json(GraphStore& store, const EntityRow& row) {
  EntityRow e = row;
  store.add_agent_fields(e);
  rapidjson::StringBuffer sb;
  Writer w(sb);
  entity_obj(w, store, e, true);
  return sb.GetString();
}

}  // namespace newsgraph
