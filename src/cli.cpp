#include "cli.h"

#include <cstdlib>
#include <regex>

namespace newsgraph::cli {

Args::Args(int argc, char** argv, int first, const std::set<std::string>& flags) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-o") a = "--output";
    if (a.size() > 2 && a.rfind("--", 0) == 0) {
      std::string name = a.substr(2), value;
      size_t eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      } else if (!flags.count(name)) {
        if (i + 1 >= argc) throw UsageError("option --" + name + " needs a value");
        value = argv[++i];
      } else {
        value = "1";
      }
      options_[name] = value;
    } else {
      positional_.push_back(a);
    }
  }
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto it = options_.find(name);
  return it == options_.end() ? fallback : it->second;
}

int Args::get_int(const std::string& name, int fallback) const {
  auto it = options_.find(name);
  if (it == options_.end()) return fallback;
  char* end = nullptr;
  long v = std::strtol(it->second.c_str(), &end, 10);
  if (it->second.empty() || *end || v < 0 || v > 1000000000)
    throw UsageError("--" + name + " takes a non-negative whole number, not '" + it->second + "'");
  return static_cast<int>(v);
}

void Args::allow(const std::set<std::string>& known) const {
  for (const auto& [name, value] : options_)
    if (!known.count(name)) throw UsageError("unknown option --" + name + " (see --help)");
}

std::string db_path(const Args& args) { return args.get("db", "newsgraph.db"); }

std::unique_ptr<GraphStore> open_store(const Args& args, GraphStore::Mode mode) {
  return std::make_unique<GraphStore>(db_path(args), mode);
}

EntityRow require_entity(GraphStore& store, const std::string& name) {
  LookupResult r = lookup_entity(store, name);
  if (r.status == LookupResult::Status::kFound) return r.entity;
  throw UsageError(r.message(name));
}

std::string date_option(const Args& args, const std::string& name) {
  std::string v = args.get(name);
  static const std::regex date(R"(\d{4}(-\d{2}(-\d{2})?)?)");
  if (!v.empty() && !std::regex_match(v, date))
    throw UsageError("--" + name + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
  return v;
}

}  // namespace newsgraph::cli
