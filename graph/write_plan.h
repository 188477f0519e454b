// What writing one article's extraction needs that depends on the extraction alone (which entities
// are written, alias keys and fallback ids, which mentions are stored, the titled role aliases,
// the text keys of claim and relation ids). The build computes it on the extraction worker, so
// that the single writer thread, the build's critical path (issue #23), does only the work that
// needs the database: resolution against the stored graph and the inserts.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "extraction.h"

namespace newsgraph {

struct WritePlan {
  struct Entity {
    size_t index = 0;        // in ArticleExtraction::entities
    std::string type;        // entity_type_name
    std::string key;         // alias_key(name)
    std::string own_id;      // entity_id(name): the id of a name the graph does not hold yet
    std::vector<std::string> alias_keys;  // alias_key of each of its aliases, in order
  };
  // The entities written, in extraction order: not an agent outside every stored fact
  // (agent-in-a-fact), not a name only in photo credits (image-credit).
  std::vector<Entity> entities;

  // Per mention: not written (its entity is not), counted only (a later mention has its span:
  // the last one is stored, as INSERT OR REPLACE did), or stored.
  enum class Mention : uint8_t { kSkip, kCountOnly, kStore };
  std::vector<Mention> mentions;

  // Per role: its titled aliases ("President Marina Alvarez", "President Alvarez") and their keys.
  struct RoleAliases {
    std::string full, surname, full_key, surname_key;
  };
  std::vector<RoleAliases> roles;

  // Per claim and per relation: the alias keys of the texts their ids are made from.
  std::vector<std::string> claim_speaker_keys, claim_content_keys;
  std::vector<std::string> relation_subject_keys, relation_object_keys;
};

// Whether the graph keeps this relation's reading: a fact, not an attribution, a surface reading
// or, unless asked for, a fragment.
bool kept_reading(const ExtractedRelation& r, bool keep_fragments);

// The plan for writing `x` (pure: no database; safe on any thread).
WritePlan plan_write(const ArticleExtraction& x, bool keep_fragments);

}  // namespace newsgraph
