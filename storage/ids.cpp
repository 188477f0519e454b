#include "ids.h"

#include <algorithm>

#include "text_util.h"

namespace newsgraph {

std::string entity_id(const std::string& name) { return stable_id('e', alias_key(name)); }

std::string relation_id(RelationRecord& r) {
  if (r.symmetric && !r.object_id.empty() && r.object_id < r.subject_id) std::swap(r.subject_id, r.object_id);
  // A text subject keys by its words, marked so that no entity id can equal it; an entity subject's
  // key is what it was before schema 6, so the ids of stored relations do not change.
  // An empty key field is computed here (a text whose key is empty computes to the same).
  auto key_of = [](const std::string& text, const std::string& key) { return key.empty() ? alias_key(text) : key; };
  std::string subject = r.subject_id.empty() ? "text:" + key_of(r.subject_text, r.subject_text_key) : r.subject_id;
  std::string key = subject + "|" + r.predicate + "|" + (r.object_id.empty() ? key_of(r.object_text, r.object_text_key) : r.object_id) +
                    "|" + r.time_value + "|" + r.polarity + "|" + r.modality;
  r.id = stable_id('r', key);
  return r.id;
}

std::string claim_id(const ClaimRecord& c) {
  std::string key = (c.speaker_id.empty() ? (c.speaker_text_key.empty() ? alias_key(c.speaker_text) : c.speaker_text_key)
                                           : c.speaker_id) +
                    "|" + c.cue + "|" + (c.content_key.empty() ? alias_key(c.content) : c.content_key);
  return stable_id('c', key);
}

std::string role_id(const std::string& person_id, const std::string& role, const std::string& org_id) {
  return stable_id('o', person_id + "|" + role + "|" + org_id);
}

}  // namespace newsgraph
