// newsgraph neighbors ENTITY [--depth N]: what surrounds an entity.
#include <cstdio>

#include "cli.h"
#include "describe.h"
#include "json_output.h"
#include "subgraph.h"

namespace newsgraph::cli {

int cmd_neighbors(const Args& args) {
  args.allow({"db", "depth", "json"});
  if (args.positional().size() != 1) throw UsageError("give one ENTITY name");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  EntityRow e = require_entity(*store, args.positional()[0]);
  SubgraphSpec spec;
  spec.around = e.id;
  spec.depth = std::max(1, args.get_int("depth", 1));
  GraphView v = select_subgraph(*store, spec);
  if (args.has("json")) {
    std::printf("{\"entity\":%s,\"neighbors\":[", entity_json(*store, e).c_str());
    bool first = true;
    for (const EntityRow& n : v.entities) {
      if (n.id == e.id) continue;
      std::printf("%s%s", first ? "" : ",", entity_json(*store, n).c_str());
      first = false;
    }
    std::printf("],\"relations\":%s}\n", relations_json(*store, v.relations).c_str());
    return kOk;
  }
  std::printf("Neighbours of %s (%s) within %d hop%s: %zu entities, %zu relations\n", e.name.c_str(), e.type.c_str(),
              spec.depth, spec.depth == 1 ? "" : "s", v.entities.size() - 1, v.relations.size());
  for (const EntityRow& n : v.entities)
    if (n.id != e.id) std::printf("  %-30s %s\n", n.name.c_str(), n.type.c_str());
  std::printf("Relations:\n");
  for (const RelationRow& r : v.relations)
    std::printf("  %-12s %s  [%s]\n", relation_date(r).c_str(), describe_relation(r).c_str(), r.first_article.c_str());
  return kOk;
}

}  // namespace newsgraph::cli
