// newsgraph: builds a persistent event-and-claim graph from news articles and answers questions
// about it. This file only dispatches to the subcommands and maps failures to exit statuses.
#include <SQLiteCpp/Exception.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>

#include "cli.h"
#include "store_error.h"

namespace {

const char* const kUsage = R"(newsgraph - an event-and-claim knowledge graph from news articles

Usage: newsgraph COMMAND [ARGS] [--db FILE]   (default database: newsgraph.db)
       newsgraph --version       version, database schema and data versions in use

Build and extract
  build PATH...            extract articles (directories of .txt/.md, JSON Lines files, - for stdin)
                           and merge them into the database; re-running changes nothing
      [--jobs N (default: cores - 1; the writer uses one)] [--date YYYY-MM-DD]
      [--batch N (articles per transaction, default 5000)] [--max-article-bytes N]
      [--max-sentence-tokens N] [--quiet (no progress line)] [--verbose (every note, not only
      their counts; they are also written to DB.notes.log)] [--fragments (also store clauses
      with no object or complement where the verb needs one, "X had", "X told", and copulas
      that describe, "X was 34": not facts, so left out unless asked for; timeline --all shows
      them)]
  extract [FILE|-]         print what is extracted, without a database
      [--date D] [--format json|tsv|carb] [--sentences] [--pretokenized]
      [--trace (per sentence on stderr: the constructions that fired and refused)]
  analyze [FILE|-]         sentences, tokens, Penn tags and lemmas as CoNLL-U
      [--sentences] [--pretokenized] [--format conllu|tsv]
  timex [FILE|-] --date D  time expressions with TIMEX3 values [--format json|tsv]

Query (add --json for machine output)
  timeline ENTITY          events and claims in time order [--with ENTITY] [--from D] [--to D]
                           [--all (also objectless fragments such as "X said")]
  path A B                 shortest paths through relations, roles, claims and events' targets
                           [--max-hops N] [--k N]
  neighbors ENTITY         entities and relations around one entity (an event's source and its
                           target are neighbours) [--depth N]
  claims                   claims [--speaker X] [--about Y]
  entity NAME              type, aliases, roles and counts of an entity
  explain ID               the evidence sentences of a relation or claim
  stats                    counts of everything stored
  report ENTITY... -o FILE one HTML page to read in a browser: timelines with evidence, the
                           neighbourhood picture, date and text filters [--from D] [--to D]
                           [--max-neighbours N (default 40)]
  query PATTERN            typed pattern: 'SUBJECT -RELATION-> OBJECT', e.g. 'PERSON -meet-> *',
                           'COUNTRY -impose_tariff-> *', '* -[cameo:13*]-> China', 'X -[claim]-> *'
      [--modality M] [--polarity positive|negative] [--source S] [--from D] [--to D]
      [--group-by subject|object|month] [--limit N (default 50)] [--plan (SQLite's query plan)]
  conflicts                where sources disagree: polarity, figures, dates, modality [--about ENTITY]

Export and scale-out
  merge OUT.db SHARD.db... merge databases built separately (same graph as one build)
      [--no-resolve (leave the resolution pass due, for repair to run once; for merge trees)]
  repair                   finish what a killed build or merge left pending (a later build does too)
  split PATH... --shards N -o DIR   deal articles into N JSON Lines shards by a stable hash
                           of their ID (tools/newsgraph-dask builds them) [--date D] [--json]
  export --format dot|json|graphml|html [--around ENTITY --depth N] [--path A B] [--from D] [--to D] [-o FILE]
  export --format neo4j|jsonl -o DIR   (neo4j-admin import CSVs; JSON Lines partitioned by month)

Exit status: 0 success; 1 runtime error; 2 usage error (also: unknown entity name);
3 the build finished but some inputs were skipped (each reported as FILE:LINE: reason).
)";

using Command = int (*)(const newsgraph::cli::Args&);

struct Spec {
  Command run;
  std::set<std::string> flags;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  const std::map<std::string, Spec> commands = {
      {"build", {cmd_build, {"json", "quiet", "verbose", "fragments"}}},
      {"extract", {cmd_extract, {"sentences", "pretokenized", "json", "trace"}}},
      {"analyze", {cmd_analyze, {"sentences", "pretokenized"}}},
      {"timex", {cmd_timex, {"json"}}},
      {"timeline", {cmd_timeline, {"json", "all"}}},
      {"path", {cmd_path, {"json"}}},
      {"neighbors", {cmd_neighbors, {"json"}}},
      {"claims", {cmd_claims, {"json"}}},
      {"entity", {cmd_entity, {"json"}}},
      {"explain", {cmd_explain, {"json"}}},
      {"stats", {cmd_stats, {"json"}}},
      {"export", {cmd_export, {}}},
      {"merge", {cmd_merge, {"no-resolve"}}},
      {"report", {cmd_report, {}}},
      {"repair", {cmd_repair, {}}},
      {"split", {cmd_split, {"json"}}},
      {"query", {cmd_query, {"json", "plan"}}},
      {"conflicts", {cmd_conflicts, {"json"}}},
      {"version", {cmd_version, {}}},
  };
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? kUsageError : kOk;
  }
  auto it = commands.find(!std::strcmp(argv[1], "--version") ? "version" : argv[1]);
  if (it == commands.end()) {
    std::fprintf(stderr, "newsgraph: unknown command '%s' (see newsgraph --help)\n", argv[1]);
    return kUsageError;
  }
  for (int i = 2; i < argc; ++i)
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
      std::fputs(kUsage, stdout);
      return kOk;
    }
  // The database a command writes or reads, for SQLite errors that surface outside the store.
  std::string database = "newsgraph.db";
  try {
    Args args(argc, argv, 2, it->second.flags);
    database = it->first == "merge" && !args.positional().empty() ? args.positional()[0] : db_path(args);
    return it->second.run(args);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "newsgraph %s: %s\n", argv[1], e.what());
    return kUsageError;
  } catch (const newsgraph::StoreError& e) {
    std::fprintf(stderr, "newsgraph %s: %s\n", argv[1], e.what());
    return kRuntimeError;
  } catch (const SQLite::Exception& e) {
    std::fprintf(stderr, "newsgraph %s: %s\n", argv[1], newsgraph::describe_database_failure(database, e).c_str());
    return kRuntimeError;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph %s: %s\n", argv[1], e.what());
    return kRuntimeError;
  }
}
