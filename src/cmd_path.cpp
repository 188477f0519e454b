// newsgraph path A B [--max-hops N] [--k N]: shortest paths between two entities.
#include <cstdio>

#include "cli.h"
#include "describe.h"
#include "json_output.h"
#include "knowledge_graph.h"

namespace newsgraph::cli {

int cmd_path(const Args& args) {
  args.allow({"db", "max-hops", "k", "json"});
  if (args.positional().size() != 2) throw UsageError("give two entity names: path A B");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  EntityRow a = require_entity(*store, args.positional()[0]);
  EntityRow b = require_entity(*store, args.positional()[1]);
  int max_hops = args.get_int("max-hops", 6), k = args.get_int("k", 1);
  if (max_hops < 1 || k < 1) throw UsageError("--max-hops and --k must be at least 1");
  KnowledgeGraph graph(*store);
  auto paths = graph.paths(a.id, b.id, max_hops, k);
  if (args.has("json")) {
    std::printf("%s\n", paths_json(*store, paths).c_str());
    return kOk;
  }
  if (paths.empty()) {
    std::printf("No path from %s to %s within %d hops.\n", a.name.c_str(), b.name.c_str(), max_hops);
    return kOk;
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    std::printf("Path %zu (%zu hop%s): %s", i + 1, paths[i].size(), paths[i].size() == 1 ? "" : "s", a.name.c_str());
    for (const auto& hop : paths[i]) {
      auto e = store->entity(hop.to);
      std::printf(" -> %s", e ? e->name.c_str() : hop.to.c_str());
    }
    std::printf("\n");
    for (const auto& hop : paths[i]) {
      size_t shown = 0;
      for (const std::string& link : hop.relation_ids)
        if (shown++ < 3) std::printf("  %s\n", describe_link(*store, hop.from, hop.to, link).c_str());
      if (hop.relation_ids.size() > 3) std::printf("  ... and %zu more links on this hop\n", hop.relation_ids.size() - 3);
    }
  }
  return kOk;
}

}  // namespace newsgraph::cli
