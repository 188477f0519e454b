// Roles in JSON: a role as a fact with evidence (person, role, organisation or country), as in the
// export contract and the partitioned JSON Lines.
#include "json_output.h"
#include "json_parts.h"

namespace newsgraph {
namespace json {

void role_obj(Writer& w, const RoleFact& r) {
  w.StartObject();
  key(w, "id");
  str(w, r.id);
  key(w, "person");
  str(w, r.person_id);
  key(w, "role");
  str(w, r.role);
  opt(w, "organization", r.org_id);
  key(w, "evidence");
  evidence_array(w, r.evidence, false);
  w.EndObject();
}

}  // namespace json

std::string role_object_json(const RoleFact& r) {
  rapidjson::StringBuffer sb;
  json::Writer w(sb);
  json::role_obj(w, r);
  return sb.GetString();
}

}  // namespace newsgraph
