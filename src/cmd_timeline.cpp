// newsgraph timeline ENTITY [--with ENTITY] [--from D] [--to D] [--all]: facts and claims in the
// order they happened (the shape: graph/timeline.h).
#include <cstdio>

#include "cli.h"
#include "json_output.h"
#include "timeline.h"

namespace newsgraph::cli {

int cmd_timeline(const Args& args) {
  args.allow({"db", "with", "from", "to", "json", "all"});
  if (args.positional().size() != 1) throw UsageError("give one ENTITY name");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  EntityRow e = require_entity(*store, args.positional()[0]);
  std::string with;
  if (args.has("with")) with = require_entity(*store, args.get("with")).id;
  std::string from = date_option(args, "from"), to = date_option(args, "to");
  const bool all = args.has("all");
  auto rows = store->relations_of(e.id, with, from, to);
  // Claims the entity made (not already shown through a relation) join the timeline.
  std::vector<ClaimRow> said;
  if (with.empty())
    for (ClaimRow& c : store->claims(e.id, "")) {
      std::string d = c.c.time_value.empty() ? c.article_date : c.c.time_value;
      if ((!from.empty() && d < from) || (!to.empty() && d.substr(0, to.size()) > to)) continue;
      said.push_back(std::move(c));
    }
  if (args.has("json")) {
    // Like the text: one entry per fact, with its count and every article's evidence.
    sort_by_time(said);
    std::printf("{\"entity\":%s,\"relations\":%s,\"claims\":%s}\n", entity_json(*store, e).c_str(),
                timeline_facts_json(*store, merge_same_facts(std::move(rows), all)).c_str(),
                claims_json(*store, said).c_str());
    return kOk;
  }
  auto entries = timeline_entries(rows, said, all);
  std::printf("Timeline of %s (%s)%s: %zu entries\n", e.name.c_str(), e.type.c_str(),
              with.empty() ? "" : (" with " + args.get("with")).c_str(), entries.size());
  for (const TimelineEntry& t : entries) {
    // A coarse date (a week, a quarter) is marked with '~': it spans the days listed after it.
    std::string date = t.coarse ? "~" + t.date : t.date;
    std::string count = t.ids.size() > 1 || t.reports > 1 ? "  (" + std::to_string(t.reports) + " reports)" : "";
    std::printf("  %-12s %s%s  [%s]\n", date.c_str(), t.text.c_str(), count.c_str(), t.article.c_str());
  }
  return kOk;
}

}  // namespace newsgraph::cli
