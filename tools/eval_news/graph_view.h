// What the scorer reads of a built graph: entities, relations, claims (from the JSON export,
// docs/json-schema.md) and the article texts, mentions and roles (from the database, read-only,
// because the export does not carry them).
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace newsgraph::eval {

struct Evidence {
  std::string article;
  int start = 0, end = 0;  // byte offsets of the sentence in the article text
};

struct GEntity {
  std::string id, name, type;
  std::vector<std::string> names;  // name and aliases
};

struct GRelation {
  std::string id, subject, predicate, object, object_text, event_type, modality, polarity, claim;
  std::string subject_text;  // a subject that is no entity (export schema 6: "subject" is null)
  bool symmetric = false;
  bool has_time = false, from_article_date = false;
  std::string time_value;
  std::vector<Evidence> evidence;
};

struct GClaim {
  std::string id, speaker, speaker_text, cue, content, modality;
  std::vector<Evidence> evidence;
};

struct GMention {
  std::string article, text, entity, kind;
  int start = 0, end = 0;
};

struct GRole {
  std::string person, role, org, article;
};

struct GArticle {
  std::string id, date, title, text;
};

struct GraphView {
  std::map<std::string, GEntity> entities;
  std::vector<GRelation> relations;
  std::vector<GClaim> claims;
  std::vector<GMention> mentions;
  std::vector<GRole> roles;
  std::map<std::string, GArticle> articles;

  const GEntity* entity(const std::string& id) const {
    auto it = entities.find(id);
    return it == entities.end() ? nullptr : &it->second;
  }
};

// Reads `json` (newsgraph export --format json) and, from `db`, articles, mentions and roles.
// Throws std::runtime_error naming the file on a read or format error.
GraphView load_graph(const std::filesystem::path& json, const std::filesystem::path& db);

}  // namespace newsgraph::eval
