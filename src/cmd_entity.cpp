// newsgraph entity NAME: type, aliases, roles and counts.
#include <cstdio>

#include "cli.h"
#include "json_output.h"

namespace newsgraph::cli {

int cmd_entity(const Args& args) {
  args.allow({"db", "json"});
  if (args.positional().size() != 1) throw UsageError("give one entity NAME");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  EntityRow e = require_entity(*store, args.positional()[0]);
  auto rels = store->relations_of(e.id, "", "", "");
  auto said = store->claims(e.id, "");
  if (args.has("json")) {
    std::string j = entity_json(*store, e);
    j.pop_back();
    std::printf("%s,\"relations\":%zu,\"claims\":%zu}\n", j.c_str(), rels.size(), said.size());
    return kOk;
  }
  std::printf("%s\n  id: %s\n  type: %s\n  mentions: %d\n  relations: %zu\n  claims made: %zu\n", e.name.c_str(),
              e.id.c_str(), e.type.c_str(), e.mentions, rels.size(), said.size());
  std::printf("  aliases:");
  for (const auto& a : store->aliases(e.id)) std::printf(" \"%s\"", a.c_str());
  std::printf("\n");
  auto roles = store->roles_of(e.id);
  if (!roles.empty()) std::printf("  roles:\n");
  for (const RoleRow& r : roles)
    std::printf("    %s - %s%s%s (%d report%s)\n", r.person_name.c_str(), r.role.c_str(),
                r.org_name.empty() ? "" : " of ", r.org_name.c_str(), r.evidence_count, r.evidence_count == 1 ? "" : "s");
  return kOk;
}

}  // namespace newsgraph::cli
