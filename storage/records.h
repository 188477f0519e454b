// Rows as they are stored and read back. Plain data; no SQL here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph {

struct EntityRow {
  std::string id, name, type;
  int mentions = 0;
  std::string sector, country;  // AGENT only (schema 5): "COP", "Kenya"; empty otherwise
  // The four columns every lookup reads; an agent's fields come from GraphStore::add_agent_fields.
  EntityRow(std::string id_ = {}, std::string name_ = {}, std::string type_ = {}, int mentions_ = 0)
      : id(std::move(id_)), name(std::move(name_)), type(std::move(type_)), mentions(mentions_) {}
};

struct RelationRecord {
  std::string id;  // computed by relation_id(); callers leave it empty when writing
  std::string subject_id;  // empty when the subject is no entity (schema 6): then subject_text holds it
  std::string predicate, text;
  std::string object_id;  // empty when the object is not an entity
  std::string object_text;
  std::string event_type, cameo;
  bool symmetric = false;
  std::string time_text, time_value, time_type;
  bool time_from_article = false;
  std::string location;
  std::string modality = "asserted", polarity = "positive";
  std::string subject_text;  // the subject's words when it is no entity ("road bridge", "assailants")
  // The event's CAMEO target where it is not the object (schema 8; "granted asylum to the
  // journalist"): the entity the words name (empty when none) and the words; both empty otherwise.
  // Not part of the id: the target is a reading of the same fact, as the object's words are.
  std::string target_id, target_text;
  // alias_key(subject_text) and alias_key(object_text) when the caller has them (the build computes
  // them off the writer's thread); empty: relation_id() computes them.
  std::string subject_text_key, object_text_key;
};

struct EvidenceRow {
  std::string article_id;
  int sentence = 0;
  uint32_t start = 0, end = 0;
  double confidence = 0;
  std::string claim_id;  // set when the fact was stated inside a claim
  std::string rule;      // the extraction construction that made it; empty when not recorded (before schema 3)
  // Filled on read:
  std::string article_title, article_date, article_source, sentence_text;
};

struct ClaimRecord {
  std::string id;
  std::string speaker_id;  // empty when unknown
  std::string speaker_text, cue, content, modality;
  std::string time_text, time_value;
  bool time_from_article = false;
  // alias_key(speaker_text) and alias_key(content) when the caller has them (as in RelationRecord).
  std::string speaker_text_key, content_key;
};

// A relation read back with names resolved, for timelines, neighbours and exports.
struct RelationRow {
  RelationRecord r;
  std::string subject_name, subject_type, object_name, object_type;
  int evidence_count = 0;
  double confidence = 0;     // noisy-or of the evidence confidences
  std::string first_article; // the earliest article reporting it
  std::string article_date;  // that article's date
  std::string claim_id;      // claim of the first evidence, if any
  std::string speaker_name;  // that claim's speaker
  std::string target_name;   // the name of r.target_id's entity (schema 8), empty without one
};

struct ClaimRow {
  ClaimRecord c;
  std::string speaker_name;
  int evidence_count = 0;
  std::string first_article, article_date;
  std::vector<std::string> relation_ids;
};

struct ArticleRow {
  std::string id, title, date, source, origin;
};

struct RoleRow {
  std::string person_id, person_name, role, org_id, org_name;
  int evidence_count = 0;
};

// A role as a fact: a person holds a role (of an organisation or country, when the sentence names
// one), with every sentence that states it. Read for exports; the roles table stores one row per
// statement.
struct RoleFact {
  std::string id;                       // stable: role_id(person, role, organisation)
  std::string person_id, role, org_id;  // org_id empty when no organisation was named
  std::vector<EvidenceRow> evidence;    // article, sentence index, its byte span, article date
};
struct MergeLogRow {
  int64_t seq = 0;
  std::string from_id, from_name, into_id, into_name, reason;
};

struct StoreStats {
  int64_t articles = 0, sentences = 0, entities = 0, mentions = 0, relations = 0, claims = 0, evidence = 0,
          merges = 0, type_conflicts = 0;
  std::vector<std::pair<std::string, int64_t>> entity_types, event_types, modalities;
  std::vector<std::pair<std::string, int64_t>> cameo_codes;  // relations by full CAMEO code, in code order
  // Events (relations with a CAMEO code) by their source's and their target's kind: an entity type
  // ("AGENT", "COUNTRY"), "words" (an actor that is no entity) or "none"; most frequent first.
  std::vector<std::pair<std::string, int64_t>> event_sources, event_targets;
  int64_t prepositional_targets = 0;  // events whose target is not their object (schema 8)
  // Articles extracted before schema 8 (all of a schema-7 database read as it is, those stored
  // before the migration of a migrated one): their events have no prepositional target.
  int64_t articles_before_targets = 0;
  int64_t file_bytes = 0;
};

}  // namespace newsgraph
