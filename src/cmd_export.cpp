// newsgraph export --format dot|json|graphml|neo4j|jsonl [--around E --depth N] [--path A B] [--from D] [--to D] [-o FILE]
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli.h"
#include "dot_export.h"
#include "interchange_export.h"
#include "json_output.h"
#include "subgraph.h"

namespace newsgraph::cli {

int cmd_export(const Args& args) {
  args.allow({"db", "format", "around", "depth", "path", "from", "to", "output", "max-hops", "k"});
  std::string format = args.get("format", "json");
  if (format != "dot" && format != "json" && format != "graphml" && format != "neo4j" && format != "jsonl")
    throw UsageError("--format is dot, json, graphml, neo4j or jsonl");
  if ((format == "neo4j" || format == "jsonl") && !args.has("output"))
    throw UsageError("--format " + format + " writes a folder: give it with -o DIR");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  SubgraphSpec spec;
  std::string title = "newsgraph";
  if (args.has("around")) {
    EntityRow e = require_entity(*store, args.get("around"));
    spec.around = e.id;
    spec.depth = std::max(1, args.get_int("depth", 1));
    title = "around " + e.name;
  }
  if (args.has("path")) {
    // --path A B: the option takes A, and B is the first positional argument.
    if (args.positional().size() != 1) throw UsageError("--path takes two entity names: --path A B");
    EntityRow a = require_entity(*store, args.get("path"));
    EntityRow b = require_entity(*store, args.positional()[0]);
    spec.path_from = a.id;
    spec.path_to = b.id;
    spec.max_hops = args.get_int("max-hops", 6);
    spec.k = args.get_int("k", 1);
    title = "paths from " + a.name + " to " + b.name;
  } else if (!args.positional().empty()) {
    throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  }
  spec.from_date = date_option(args, "from");
  spec.to_date = date_option(args, "to");
  GraphView view = select_subgraph(*store, spec);
  if (format == "neo4j") {
    std::string command = write_neo4j(args.get("output"), *store, view);
    std::fprintf(stderr, "wrote %s: %zu entities, %zu relations, %zu claims, %zu roles\nimport with:\n  %s\n",
                 args.get("output").c_str(), view.entities.size(), view.relations.size(), view.claims.size(),
                 view.roles.size(), command.c_str());
    return kOk;
  }
  if (format == "jsonl") {
    write_jsonl_partitions(args.get("output"), *store, view);
    std::fprintf(stderr, "wrote %s: %zu articles, %zu entities, %zu relations, %zu claims, %zu roles\n", args.get("output").c_str(),
                 view.articles.size(), view.entities.size(), view.relations.size(), view.claims.size(), view.roles.size());
    return kOk;
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.has("output")) {
    file.open(args.get("output"), std::ios::binary);
    if (!file) throw UsageError("cannot write " + args.get("output"));
    out = &file;
  }
  if (format == "dot") write_dot(*out, view, title);
  else if (format == "graphml") write_graphml(*out, *store, view);
  else write_graph_json(*out, *store, view);
  out->flush();
  if (args.has("output"))
    std::fprintf(stderr, "wrote %s: %zu entities, %zu relations, %zu claims, %zu roles\n", args.get("output").c_str(),
                 view.entities.size(), view.relations.size(), view.claims.size(), view.roles.size());
  return kOk;
}

}  // namespace newsgraph::cli
