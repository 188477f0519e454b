// newsgraph stats: what the database holds.
#include <cstdio>
#include <map>

#include "cameo_codes.h"
#include "cli.h"

namespace newsgraph::cli {
namespace {

using Groups = std::vector<std::pair<std::string, int64_t>>;

// Relations by CAMEO root ("14 Protest") and by PLOVER category, from the counts by full code:
// the two levels an analyst reads first, with the names from data/cameo.tsv.
struct EventCodeCounts {
  Groups roots, plover;  // roots keyed "14" (JSON keys stay codes)
  Groups named_roots;    // the same keyed "14 Protest", for text
};

EventCodeCounts event_code_counts(const Groups& by_code) {
  const events::CameoTaxonomy* t = product_cameo_taxonomy();
  std::map<std::string, int64_t> roots, plover;
  for (const auto& [code, n] : by_code) {
    std::string root = t ? t->root(code) : code.substr(0, 2);
    roots[root] += n;
    std::string p = plover_category(code);
    plover[p.empty() ? "(unknown)" : p] += n;
  }
  EventCodeCounts out;
  out.roots.assign(roots.begin(), roots.end());
  for (const auto& [root, n] : out.roots) {
    const events::CameoCategory* c = t ? t->find(root) : nullptr;
    out.named_roots.emplace_back(c ? root + " " + c->name : root, n);
  }
  out.plover.assign(plover.begin(), plover.end());
  return out;
}

}  // namespace

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
  const EventCodeCounts codes = event_code_counts(s.cameo_codes);
  if (args.has("json")) {
    std::printf("{\"articles\":%lld,\"sentences\":%lld,\"entities\":%lld,\"mentions\":%lld,\"relations\":%lld,"
                "\"claims\":%lld,\"evidence\":%lld,\"merges\":%lld,\"type_conflicts\":%lld,\"bytes\":%lld,"
                "\"entity_types\":{%s},\"event_types\":{%s},\"cameo_roots\":{%s},\"plover\":{%s},\"event_sources\":{%s},"
                "\"event_targets\":{%s},\"prepositional_targets\":%lld,\"articles_before_targets\":%lld,\"modalities\":{%s}}\n",
                (long long)s.articles, (long long)s.sentences, (long long)s.entities, (long long)s.mentions,
                (long long)s.relations, (long long)s.claims, (long long)s.evidence, (long long)s.merges,
                (long long)s.type_conflicts, (long long)s.file_bytes, groups(s.entity_types, true).c_str(),
                groups(s.event_types, true).c_str(), groups(codes.roots, true).c_str(),
                groups(codes.plover, true).c_str(), groups(s.event_sources, true).c_str(),
                groups(s.event_targets, true).c_str(), (long long)s.prepositional_targets,
                (long long)s.articles_before_targets, groups(s.modalities, true).c_str());
    return kOk;
  }
  std::printf("database %s (%.1f MB)\n  articles: %lld\n  sentences: %lld\n  entities: %lld\n  mentions: %lld\n"
              "  relations: %lld\n  claims: %lld\n  evidence rows: %lld\n  merges logged: %lld\n  entities with type conflicts: %lld\n",
              store->path().c_str(), s.file_bytes / 1e6, (long long)s.articles, (long long)s.sentences,
              (long long)s.entities, (long long)s.mentions, (long long)s.relations, (long long)s.claims,
              (long long)s.evidence, (long long)s.merges, (long long)s.type_conflicts);
  std::printf("  entity types:\n%s  event types:\n%s  CAMEO roots:\n%s  PLOVER categories:\n%s  event sources:\n%s"
              "  event targets (%lld not the object):\n%s  modalities:\n%s",
              groups(s.entity_types, false).c_str(), groups(s.event_types, false).c_str(),
              groups(codes.named_roots, false).c_str(), groups(codes.plover, false).c_str(),
              groups(s.event_sources, false).c_str(), (long long)s.prepositional_targets,
              groups(s.event_targets, false).c_str(), groups(s.modalities, false).c_str());
  // Targets come from the parse of the sentence, which the database does not keep: only a new
  // extraction finds them, and a build re-extracts an article only when its text changed.
  if (s.articles_before_targets > 0)
    std::printf("  articles extracted before schema 8: %lld of %lld; their events have no target beside the object\n"
                "    (\"granted asylum to X\"): build a new database from the same input to find them\n",
                (long long)s.articles_before_targets, (long long)s.articles);
  auto log = store->merge_log();
  if (!log.empty()) std::printf("  merge log (last %zu):\n", std::min<size_t>(log.size(), 10));
  for (size_t i = log.size() > 10 ? log.size() - 10 : 0; i < log.size(); ++i)
    std::printf("    #%lld %s -> %s: %s\n", (long long)log[i].seq, log[i].from_name.c_str(), log[i].into_name.c_str(),
                log[i].reason.c_str());
  return kOk;
}

}  // namespace newsgraph::cli
