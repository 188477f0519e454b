// Entity resolution across articles: maps each article's entities onto the graph's entities
// through the alias table, and a re-runnable, logged merge pass that joins bare surnames to the
// only full name that carries them. Ambiguous surnames stay unmerged.
#pragma once
#include <string>
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
int merge_surnames(GraphStore& store, std::vector<ResolveNote>* notes,
                   const std::unordered_set<std::string>* written = nullptr);

// Merges an entity whose own name is an alias of exactly one other entity of the same type (or
// of any type when it is untyped) into that one: "Scotland Nicola Sturgeon" written before the
// article that made it an alias of Nicola Sturgeon joins her, as resolve_entity would have
// joined it had that article come first. This makes a build's entities independent of the order
// of its articles. Entities are visited in ID order; with `written`, only those. Logged like
// merge_surnames; returns the number of merges.
int merge_alias_twins(GraphStore& store, const std::unordered_set<std::string>* written = nullptr);

}  // namespace newsgraph
