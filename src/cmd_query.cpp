// newsgraph query PATTERN: typed pattern queries over the stored graph (the language: graph/pattern.h,
// README "Asking questions").
#include <cstdio>

#include "cli.h"
#include "describe.h"
#include "json_output.h"
#include "pattern.h"
#include "query_json.h"
#include "resources.h"
#include "time_interval.h"

namespace newsgraph::cli {
namespace {

// --from/--to as whole days: the first day of the --from value's interval, the last of --to's.
std::string day_bound(const Args& args, const std::string& name, bool first) {
  std::string v = date_option(args, name);
  if (v.empty()) return v;
  auto i = time_interval(v);
  if (!i) throw UsageError("--" + name + " '" + v + "' is not a calendar date");
  return (first ? i->first : i->last).str();
}

PatternGroup group_option(const Args& args) {
  std::string g = args.get("group-by");
  if (g.empty()) return PatternGroup::kNone;
  if (g == "subject") return PatternGroup::kSubject;
  if (g == "object") return PatternGroup::kObject;
  if (g == "month") return PatternGroup::kMonth;
  throw UsageError("--group-by takes subject, object or month, not '" + g + "'");
}

}  // namespace

int cmd_query(const Args& args) {
  args.allow({"db", "modality", "polarity", "source", "from", "to", "group-by", "limit", "json", "plan"});
  if (args.positional().size() != 1)
    throw UsageError("give one PATTERN, quoted: newsgraph query 'PERSON -meet-> *' (see newsgraph --help)");
  const std::string text = args.positional()[0];
  PatternText parsed;
  try {
    parsed = parse_pattern(text);
  } catch (const PatternError& e) {
    throw UsageError(e.what());
  }
  const std::string modality = args.get("modality"), polarity = args.get("polarity");
  if (!modality.empty() && !pattern_modalities().count(modality)) {
    std::string known;
    for (const std::string& m : pattern_modalities()) known += (known.empty() ? "" : ", ") + m;
    throw UsageError("--modality '" + modality + "' is not one of: " + known);
  }
  if (!polarity.empty() && polarity != "positive" && polarity != "negative")
    throw UsageError("--polarity takes positive or negative, not '" + polarity + "'");
  const PatternGroup group = group_option(args);
  const int limit = args.get_int("limit", 50);
  if (limit < 1) throw UsageError("--limit takes a whole number of at least 1 (use --group-by for counts only)");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  RelationPattern pattern;
  try {
    pattern = resolve_pattern(*store, parsed, load_event_types(Resources::default_data_dir()));
  } catch (const PatternError& e) {
    throw UsageError(e.what());
  }
  pattern.modality = modality;
  pattern.polarity = polarity;
  pattern.source = args.get("source");
  pattern.from = day_bound(args, "from", true);
  pattern.to = day_bound(args, "to", false);

  if (args.has("plan")) {  // how SQLite answers it: for checking that an index serves the pattern
    for (const std::string& line : store->pattern_query_plan(pattern, group)) std::printf("%s\n", line.c_str());
    return kOk;
  }
  if (group != PatternGroup::kNone) {
    auto groups = store->count_matches(pattern, group);
    int64_t total = 0;
    for (const auto& g : groups) total += g.count;
    if (args.has("json")) {
      std::printf("%s\n", pattern_groups_json(text, args.get("group-by"), groups).c_str());
      return kOk;
    }
    std::printf("%s: %lld matches in %zu groups by %s\n", text.c_str(), static_cast<long long>(total), groups.size(),
                args.get("group-by").c_str());
    for (const auto& g : groups) std::printf("  %6lld  %s\n", static_cast<long long>(g.count), g.key.c_str());
    return kOk;
  }
  int64_t total = 0;
  auto rows = store->match_relations(pattern, limit, &total);
  if (args.has("json")) {
    std::printf("{\"pattern\":%s,\"total\":%lld,\"relations\":%s}\n", json_string(text).c_str(),
                static_cast<long long>(total), relations_json(*store, rows).c_str());
    return kOk;
  }
  std::printf("%s: %lld matches%s\n", text.c_str(), static_cast<long long>(total),
              static_cast<int64_t>(rows.size()) < total ? (", the first " + std::to_string(rows.size()) + " shown (--limit N)").c_str() : "");
  for (const RelationRow& r : rows)
    std::printf("  %-12s %s%s  [%s]\n", relation_date(r).c_str(), describe_relation(r).c_str(),
                r.evidence_count > 1 ? ("  (" + std::to_string(r.evidence_count) + " reports)").c_str() : "",
                r.first_article.c_str());
  return kOk;
}

}  // namespace newsgraph::cli
