// The export document (schema "newsgraph/4", docs/json-schema.md), and paths for `path --json`.
#include "json_output.h"
#include "json_parts.h"

#include <map>

namespace newsgraph {

using namespace json;  // the shared pieces (json_parts.h)

void write_graph_json(std::ostream& out, GraphStore& store, const GraphView& v) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  key(w, "schema");
  w.String(kExportSchema);
  key(w, "articles");
  w.StartArray();
  for (const ArticleRow& a : v.articles) {
    w.StartObject();
    key(w, "id");
    str(w, a.id);
    opt(w, "title", a.title);
    opt(w, "date", a.date);
    opt(w, "source", a.source);
    w.EndObject();
  }
  w.EndArray();
  key(w, "entities");
  w.StartArray();
  // Many entities (the whole graph): their aliases in one pass rather than a lookup each.
  constexpr size_t kAliasPreloadFrom = 1000;
  if (v.entities.size() >= kAliasPreloadFrom) store.load_all_aliases();
  for (const EntityRow& e : v.entities) entity_obj(w, store, e, false);
  w.EndArray();
  key(w, "relations");
  w.StartArray();
  for (const RelationRow& r : v.relations) relation_obj(w, store, r, false);
  w.EndArray();
  key(w, "claims");
  w.StartArray();
  for (const ClaimRow& c : v.claims) claim_obj(w, store, c, false);
  w.EndArray();
  key(w, "roles");
  w.StartArray();
  for (const RoleFact& r : v.roles) role_obj(w, r);
  w.EndArray();
  w.EndObject();
  out << sb.GetString() << "\n";
}

std::string paths_json(GraphStore& store, const std::vector<KnowledgeGraph::Path>& paths) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  std::map<std::string, std::string> names;
  auto name = [&](const std::string& id) -> const std::string& {
    auto it = names.find(id);
    if (it == names.end()) {
      auto e = store.entity(id);
      it = names.emplace(id, e ? e->name : id).first;
    }
    return it->second;
  };
  w.StartArray();
  for (const auto& p : paths) {
    w.StartObject();
    key(w, "hops");
    w.Int(static_cast<int>(p.size()));
    key(w, "steps");
    w.StartArray();
    for (const auto& hop : p) {
      w.StartObject();
      key(w, "from");
      str(w, hop.from);
      key(w, "from_name");
      str(w, name(hop.from));
      key(w, "to");
      str(w, hop.to);
      key(w, "to_name");
      str(w, name(hop.to));
      std::vector<RelationRow> rows, target_rows;
      std::vector<ClaimRow> claims;
      std::vector<std::string> roles;
      for (const auto& id : hop.relation_ids) {
        if (id.rfind("role:", 0) == 0) roles.push_back(id.substr(5));
        else if (is_target_link(id)) {
          if (auto r = store.relation(target_link_relation(id))) target_rows.push_back(*r);
        }
        else if (id[0] == 'c') {
          if (auto c = store.claim(id)) claims.push_back(*c);
        } else if (auto r = store.relation(id)) {
          rows.push_back(*r);
        }
      }
      key(w, "relations");
      w.StartArray();
      for (const RelationRow& r : rows) relation_obj(w, store, r, true);
      w.EndArray();
      // Events that join the hop's ends as source and target rather than subject and object.
      key(w, "target_relations");
      w.StartArray();
      for (const RelationRow& r : target_rows) relation_obj(w, store, r, true);
      w.EndArray();
      key(w, "claims");
      w.StartArray();
      for (const ClaimRow& c : claims) claim_obj(w, store, c, true);
      w.EndArray();
      key(w, "roles");
      w.StartArray();
      for (const auto& r : roles) str(w, r);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  return sb.GetString();
}

}  // namespace newsgraph
