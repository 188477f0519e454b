// newsgraph report ENTITY... [-o FILE] [--from D] [--to D] [--max-neighbours N]: the HTML page
// about the entities (graph/html_report.h), to read in a browser without a server.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli.h"
#include "html_report.h"

namespace newsgraph::cli {

int cmd_report(const Args& args) {
  args.allow({"db", "output", "from", "to", "max-neighbours"});
  if (args.positional().empty()) throw UsageError("give one or more ENTITY names: report ENTITY... -o report.html");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  ReportSpec spec;
  for (const std::string& name : args.positional()) {
    std::string id = require_entity(*store, name).id;
    if (std::find(spec.entity_ids.begin(), spec.entity_ids.end(), id) == spec.entity_ids.end()) spec.entity_ids.push_back(id);
  }
  spec.from_date = date_option(args, "from");
  spec.to_date = date_option(args, "to");
  int max = args.get_int("max-neighbours", static_cast<int>(spec.max_neighbours));
  if (max < 0) throw UsageError("--max-neighbours takes a number of 0 or more");
  spec.max_neighbours = static_cast<size_t>(max);
  if (!args.has("output")) {
    write_html_report(std::cout, *store, spec);
    return kOk;
  }
  std::string path = args.get("output");
  std::ofstream file(path, std::ios::binary);
  if (!file) throw UsageError("cannot write " + path + " (check that its folder exists and is writable)");
  size_t entries = write_html_report(file, *store, spec);
  file.close();
  if (!file) throw std::runtime_error("could not finish writing " + path + " (disk full?)");
  std::fprintf(stderr, "wrote %s: %zu timeline entries about %zu %s; open it in a browser (no network needed)\n",
               path.c_str(), entries, spec.entity_ids.size(), spec.entity_ids.size() == 1 ? "entity" : "entities");
  return kOk;
}

}  // namespace newsgraph::cli
