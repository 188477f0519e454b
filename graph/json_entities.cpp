// Entities in JSON: the export contract's entity object, and with its roles for `entity --json`.
#include "json_output.h"
#include "json_parts.h"

#include <mutex>
#include <unordered_map>

#include "resources.h"

namespace newsgraph {
namespace json {

namespace {
// An agent actor's sector and country ("police of Kenya": COP, Kenya). The name is the agent noun,
// " of " and the country (extract/entities/agent_actors.h); the sector is data/agents.tsv's.
void agent_fields(Writer& w, const std::string& name) {
  static std::unordered_map<std::string, AgentNoun> agents;
  static std::once_flag once;
  std::call_once(once, [] { load_agent_nouns(Resources::default_data_dir() + "/agents.tsv", agents); });
  size_t of = name.find(" of ");
  auto it = agents.find(name.substr(0, of));
  if (it != agents.end()) {
    key(w, "sector");
    str(w, it->second.sector);
  }
  if (of != std::string::npos) {
    key(w, "country");
    str(w, name.substr(of + 4));
  }
}
}  // namespace

void entity_obj(Writer& w, GraphStore& store, const EntityRow& e, bool with_roles) {
  w.StartObject();
  key(w, "id");
  str(w, e.id);
  key(w, "name");
  str(w, e.name);
  key(w, "type");
  str(w, e.type);
  if (e.type == "AGENT") agent_fields(w, e.name);
  key(w, "aliases");
  w.StartArray();
  for (const auto& a : store.aliases(e.id)) str(w, a);
  w.EndArray();
  key(w, "mentions");
  w.Int(e.mentions);
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

std::string entity_json(GraphStore& store, const EntityRow& e) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  entity_obj(w, store, e, true);
  return sb.GetString();
}

}  // namespace newsgraph
