// newsgraph conflicts [--about ENTITY]: where the sources disagree (the rules: graph/conflicts.h).
#include <cstdio>

#include "cli.h"
#include "conflicts.h"
#include "query_json.h"
#include "resources.h"

namespace newsgraph::cli {

int cmd_conflicts(const Args& args) {
  args.allow({"db", "about", "json"});
  if (!args.positional().empty()) throw UsageError("conflicts takes no arguments besides options (did you mean --about " + args.positional()[0] + "?)");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  ConflictOptions options;
  if (args.has("about")) options.about_id = require_entity(*store, args.get("about")).id;
  options.reporting_verbs = load_reporting_verbs(Resources::default_data_dir());
  auto conflicts = find_conflicts(*store, options);
  if (args.has("json")) {
    std::printf("%s\n", conflicts_json(conflicts).c_str());
    return kOk;
  }
  std::printf("%zu conflicts%s\n", conflicts.size(), options.about_id.empty() ? "" : (" about " + args.get("about")).c_str());
  for (const Conflict& c : conflicts) {
    std::printf("\n%s: %s -%s-> %s\n", conflict_kind_name(c.kind), c.subject_name.c_str(), c.relation.c_str(),
                c.object_name.empty() ? "*" : c.object_name.c_str());
    for (const ConflictVersion& v : c.versions) {
      std::string who = v.speaker.empty() ? "" : v.speaker + ", ";
      std::printf("  %-12s %s%s (%s, %s)  [%s, %s]\n    \"%s\"\n", v.value.c_str(), who.c_str(), v.modality.c_str(),
                  v.polarity.c_str(), v.time_value.empty() ? "undated" : v.time_value.c_str(),
                  v.article_title.empty() ? v.article_id.c_str() : v.article_title.c_str(), v.article_date.c_str(),
                  v.sentence.c_str());
    }
  }
  return kOk;
}

}  // namespace newsgraph::cli
