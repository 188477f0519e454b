// newsgraph timeline ENTITY [--with ENTITY] [--from D] [--to D]: facts and claims in time order.
#include <algorithm>
#include <cstdio>

#include "cli.h"
#include "describe.h"
#include "json_output.h"

namespace newsgraph::cli {

int cmd_timeline(const Args& args) {
  args.allow({"db", "with", "from", "to", "json"});
  if (args.positional().size() != 1) throw UsageError("give one ENTITY name");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  EntityRow e = require_entity(*store, args.positional()[0]);
  std::string with;
  if (args.has("with")) with = require_entity(*store, args.get("with")).id;
  std::string from = date_option(args, "from"), to = date_option(args, "to");
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
    std::printf("{\"entity\":%s,\"relations\":%s,\"claims\":%s}\n", entity_json(*store, e).c_str(),
                relations_json(*store, rows).c_str(), claims_json(*store, said).c_str());
    return kOk;
  }
  struct Line {
    std::string date, text, source;
  };
  std::vector<Line> lines;
  for (const RelationRow& r : rows)
    lines.push_back({relation_date(r), describe_relation(r) + (r.evidence_count > 1 ? "  (" + std::to_string(r.evidence_count) + " reports)" : ""), r.first_article});
  for (const ClaimRow& c : said)
    lines.push_back({c.c.time_value.empty() ? c.article_date : c.c.time_value, describe_claim(c), c.first_article});
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.date < b.date; });
  std::printf("Timeline of %s (%s)%s: %zu entries\n", e.name.c_str(), e.type.c_str(),
              with.empty() ? "" : (" with " + args.get("with")).c_str(), lines.size());
  for (const Line& l : lines) std::printf("  %-12s %s  [%s]\n", l.date.c_str(), l.text.c_str(), l.source.c_str());
  return kOk;
}

}  // namespace newsgraph::cli
