// The agents file (data/agents.tsv) as tools/eval_events reads it: the two number forms and sector
// of an agent noun; the CAMEO taxonomy reader is graph/cameo_taxonomy.h, shared with the product.
// Tab-separated with '#' comments; a malformed line is an error naming the file and line.
#pragma once
#include "cameo_taxonomy.h"  // graph/: CameoTaxonomy, split_tabs, strip_cr, file_error

namespace newsgraph::events {

struct Agent {
  std::string singular, plural, sector;
};

// Common-noun actors by either number form ("police", "soldier", "soldiers").
class AgentTable {
 public:
  // Reads data/agents.tsv. Throws std::runtime_error naming the file and line for a row without
  // four columns or without a sector.
  void load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the agents file (give --agents FILE)");
    std::string line;
    for (size_t n = 1; std::getline(in, line); ++n) {
      line = strip_cr(line);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = split_tabs(line);
      if (f.size() != 4) file_error(path, n, "expected 4 tab-separated columns (singular, plural, sector, note)");
      if (f[2].empty() || f[2] == "-") file_error(path, n, "every agent needs a sector code");
      add(Agent{f[0] == "-" ? "" : f[0], f[1] == "-" ? "" : f[1], f[2]});
    }
  }
  void add(const Agent& a) {
    agents_.push_back(a);
    if (!a.singular.empty()) by_form_[a.singular] = agents_.size() - 1;
    if (!a.plural.empty()) by_form_[a.plural] = agents_.size() - 1;
  }
  // The agent a lower-case form names, or nullptr.
  const Agent* find(const std::string& form) const {
    auto it = by_form_.find(form);
    return it == by_form_.end() ? nullptr : &agents_[it->second];
  }
  size_t size() const { return agents_.size(); }

 private:
  std::vector<Agent> agents_;
  std::map<std::string, size_t> by_form_;
};

}  // namespace newsgraph::events
