// Command-line plumbing shared by the subcommands: argument parsing, exit codes, opening the
// database and finding an entity by name. No extraction or SQL logic lives in src/.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "entity_lookup.h"
#include "graph_store.h"

namespace newsgraph::cli {

// Exit statuses (documented in --help and the README).
constexpr int kOk = 0;
constexpr int kRuntimeError = 1;
constexpr int kUsageError = 2;
constexpr int kSomeInputsSkipped = 3;

// A usage mistake: printed as "newsgraph: MESSAGE" and exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // `flags` are options that take no value; every other --option takes one.
  Args(int argc, char** argv, int first, const std::set<std::string>& flags);
  bool has(const std::string& name) const { return options_.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  int get_int(const std::string& name, int fallback) const;
  const std::vector<std::string>& positional() const { return positional_; }
  // Fails with a UsageError naming any option not in `known`.
  void allow(const std::set<std::string>& known) const;

 private:
  std::map<std::string, std::string> options_;
  std::vector<std::string> positional_;
};

std::string db_path(const Args& args);
std::unique_ptr<GraphStore> open_store(const Args& args, GraphStore::Mode mode);
// The entity a name means; throws UsageError listing candidates when unknown or ambiguous.
EntityRow require_entity(GraphStore& store, const std::string& name);
// Validates a YYYY[-MM[-DD]] date bound.
std::string date_option(const Args& args, const std::string& name);

// Subcommands: each returns the exit status.
int cmd_build(const Args& args);
int cmd_extract(const Args& args);
int cmd_analyze(const Args& args);
int cmd_timex(const Args& args);
int cmd_timeline(const Args& args);
int cmd_path(const Args& args);
int cmd_neighbors(const Args& args);
int cmd_claims(const Args& args);
int cmd_entity(const Args& args);
int cmd_explain(const Args& args);
int cmd_stats(const Args& args);
int cmd_export(const Args& args);
int cmd_merge(const Args& args);
int cmd_repair(const Args& args);

}  // namespace newsgraph::cli
