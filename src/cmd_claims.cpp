// newsgraph claims [--speaker X] [--about Y]: who said what.
#include <cstdio>

#include "cli.h"
#include "describe.h"
#include "json_output.h"

namespace newsgraph::cli {

int cmd_claims(const Args& args) {
  args.allow({"db", "speaker", "about", "json"});
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  std::string speaker, about;
  if (args.has("speaker")) speaker = require_entity(*store, args.get("speaker")).id;
  if (args.has("about")) about = require_entity(*store, args.get("about")).id;
  auto rows = store->claims(speaker, about);
  if (args.has("json")) {
    std::printf("%s\n", claims_json(*store, rows).c_str());
    return kOk;
  }
  std::printf("%zu claims\n", rows.size());
  for (const ClaimRow& c : rows) {
    std::printf("  %-12s %s  [%s]\n", (c.c.time_value.empty() ? c.article_date : c.c.time_value).c_str(),
                describe_claim(c).c_str(), c.first_article.c_str());
    for (const std::string& rid : c.relation_ids)
      if (auto r = store->relation(rid)) std::printf("  %-12s   -> %s\n", "", describe_relation(*r).c_str());
  }
  return kOk;
}

}  // namespace newsgraph::cli
