// Entity resolution across articles: maps each article's entities onto the graph's entities
// through the alias table, and a re-runnable, logged merge pass that joins bare surnames to the
// only full name that carries them. Ambiguous surnames stay unmerged.
#pragma once
#include <future>
#include <memory>
#include <string>
#include <utility>
#include <unordered_set>
#include <vector>

#include "graph_store.h"

namespace newsgraph {

struct ResolveNote {
  std::string message;  // a type conflict or an ambiguous surname, for the build summary
  std::string kind = "other";  // what the build summary counts it under: "ambiguous surname", ...
};

// Returns the entity ID that the article-level entity `name` of `type` (PERSON, COUNTRY, ...)
// stands for: the unique full-name person for a bare surname, the unique entity registered
// under that alias, else a new ID from the name. Never merges on ambiguous evidence.
std::string resolve_entity(GraphStore& store, const std::string& name, const std::string& type,
                           std::vector<ResolveNote>* notes);
// The same, with `key` = alias_key(name) and `own_id` = entity_id(name) computed by the caller.
std::string resolve_entity(GraphStore& store, const std::string& name, const std::string& key, const std::string& own_id,
                           const std::string& type, std::vector<ResolveNote>* notes);

// Merges single-word person entities into the only multi-word PERSON entity ending in that word.
// Safe to re-run; every merge is written to the merge log. Returns the number of merges.
// With `written`, only the merges those entities can cause are looked for (the bare surnames
// among them, and the bare surnames of the full names among them): after a small incremental
// build that is the same result as the whole pass, without reading every entity.
// With `merged`, each merge made is appended to it as (from, into), in order.
int merge_surnames(GraphStore& store, std::vector<ResolveNote>* notes,
                   const std::unordered_set<std::string>* written = nullptr,
                   std::vector<std::pair<std::string, std::string>>* merged = nullptr);

// Merges an entity whose own name is an alias of exactly one other entity of the same type (or
// of any type when it is untyped) into that one: "Scotland Nicola Sturgeon" written before the
// article that made it an alias of Nicola Sturgeon joins her, as resolve_entity would have
// joined it had that article come first. This makes a build's entities independent of the order
// of its articles. Entities are visited in ID order; with `written`, only those. Logged like
// merge_surnames; returns the number of merges.
int merge_alias_twins(GraphStore& store, const std::unordered_set<std::string>* written = nullptr);

// The whole-graph alias-twin pass reads every entity and alias key (a fifth of a whole-Reuters
// resolution pass). Nothing the pass reads changes between the index rebuild and the pass but the
// surname merges before it, whose effect on those rows the pass's in-memory index already follows
// (merge by merge). So the reading starts on a read-only connection and thread of its own before
// the resolution transaction and runs while the surname merges do (one core idled there).
class AliasTwinIndex;
class AliasTwinsReadAhead {
 public:
  explicit AliasTwinsReadAhead(const std::string& db_path);  // starts reading the last committed graph
  ~AliasTwinsReadAhead();
  AliasTwinsReadAhead(const AliasTwinsReadAhead&) = delete;
  AliasTwinsReadAhead& operator=(const AliasTwinsReadAhead&) = delete;

 private:
  friend int merge_alias_twins(GraphStore&, AliasTwinsReadAhead&, const std::vector<std::pair<std::string, std::string>>&);
  std::unique_ptr<AliasTwinIndex> take();  // waits; null when the read failed
  std::future<std::unique_ptr<AliasTwinIndex>> reading_;
};

// The whole-graph pass with the entities read ahead, before the merges `since` (from, into, in the
// order merge_surnames made them) were made on `store`. Merges as merge_alias_twins(store) would.
int merge_alias_twins(GraphStore& store, AliasTwinsReadAhead& ahead,
                      const std::vector<std::pair<std::string, std::string>>& since);

}  // namespace newsgraph
