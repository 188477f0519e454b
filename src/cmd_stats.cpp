// newsgraph stats: what the database holds.
#include <cstdio>

#include "cli.h"

namespace newsgraph::cli {

int cmd_stats(const Args& args) {
  args.allow({"db", "json"});
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  StoreStats s = store->stats();
  auto groups = [](const std::vector<std::pair<std::string, int64_t>>& g, bool json) {
    std::string out;
    for (const auto& [k, v] : g) {
      if (json) out += (out.empty() ? "" : ",") + std::string("\"") + k + "\":" + std::to_string(v);
      else out += "    " + k + ": " + std::to_string(v) + "\n";
    }
    return out;
  };
  if (args.has("json")) {
    std::printf("{\"articles\":%lld,\"sentences\":%lld,\"entities\":%lld,\"mentions\":%lld,\"relations\":%lld,"
                "\"claims\":%lld,\"evidence\":%lld,\"merges\":%lld,\"type_conflicts\":%lld,\"bytes\":%lld,"
                "\"entity_types\":{%s},\"event_types\":{%s},\"modalities\":{%s}}\n",
                (long long)s.articles, (long long)s.sentences, (long long)s.entities, (long long)s.mentions,
                (long long)s.relations, (long long)s.claims, (long long)s.evidence, (long long)s.merges,
                (long long)s.type_conflicts, (long long)s.file_bytes, groups(s.entity_types, true).c_str(),
                groups(s.event_types, true).c_str(), groups(s.modalities, true).c_str());
    return kOk;
  }
  std::printf("database %s (%.1f MB)\n  articles: %lld\n  sentences: %lld\n  entities: %lld\n  mentions: %lld\n"
              "  relations: %lld\n  claims: %lld\n  evidence rows: %lld\n  merges logged: %lld\n  entities with type conflicts: %lld\n",
              store->path().c_str(), s.file_bytes / 1e6, (long long)s.articles, (long long)s.sentences,
              (long long)s.entities, (long long)s.mentions, (long long)s.relations, (long long)s.claims,
              (long long)s.evidence, (long long)s.merges, (long long)s.type_conflicts);
  std::printf("  entity types:\n%s  event types:\n%s  modalities:\n%s", groups(s.entity_types, false).c_str(),
              groups(s.event_types, false).c_str(), groups(s.modalities, false).c_str());
  auto log = store->merge_log();
  if (!log.empty()) std::printf("  merge log (last %zu):\n", std::min<size_t>(log.size(), 10));
  for (size_t i = log.size() > 10 ? log.size() - 10 : 0; i < log.size(); ++i)
    std::printf("    #%lld %s -> %s: %s\n", (long long)log[i].seq, log[i].from_name.c_str(), log[i].into_name.c_str(),
                log[i].reason.c_str());
  return kOk;
}

}  // namespace newsgraph::cli
