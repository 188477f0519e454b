#include "json_output.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <map>

namespace newsgraph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void key(Writer& w, const char* k) { w.Key(k); }
void opt(Writer& w, const char* k, const std::string& s) {
  w.Key(k);
  if (s.empty()) w.Null();
  else str(w, s);
}

void time_obj(Writer& w, const std::string& text, const std::string& value, bool from_article) {
  if (value.empty()) {
    w.Null();
    return;
  }
  w.StartObject();
  key(w, "text");
  str(w, text);
  key(w, "value");
  str(w, value);
  if (from_article) {
    key(w, "from_article_date");
    w.Bool(true);
  }
  w.EndObject();
}

void evidence_array(Writer& w, const std::vector<EvidenceRow>& ev, bool with_text) {
  w.StartArray();
  for (const EvidenceRow& e : ev) {
    w.StartObject();
    key(w, "article");
    str(w, e.article_id);
    key(w, "sentence");
    w.Int(e.sentence);
    key(w, "start");
    w.Uint(e.start);
    key(w, "end");
    w.Uint(e.end);
    if (with_text) {
      key(w, "date");
      str(w, e.article_date);
      key(w, "text");
      str(w, e.sentence_text);
    }
    w.EndObject();
  }
  w.EndArray();
}

void relation_obj(Writer& w, GraphStore& store, const RelationRow& row, bool with_names) {
  const RelationRecord& r = row.r;
  w.StartObject();
  key(w, "id");
  str(w, r.id);
  key(w, "subject");
  str(w, r.subject_id);
  if (with_names) {
    key(w, "subject_name");
    str(w, row.subject_name);
  }
  key(w, "predicate");
  str(w, r.predicate);
  key(w, "text");
  str(w, r.text);
  opt(w, "object", r.object_id);
  if (with_names) opt(w, "object_name", row.object_name);
  opt(w, "object_text", r.object_text);
  opt(w, "event_type", r.event_type);
  opt(w, "cameo", r.cameo);
  key(w, "symmetric");
  w.Bool(r.symmetric);
  key(w, "time");
  time_obj(w, r.time_text, r.time_value, r.time_from_article);
  opt(w, "location", r.location);
  key(w, "modality");
  str(w, r.modality);
  key(w, "polarity");
  str(w, r.polarity);
  key(w, "confidence");
  w.Double(std::round(row.confidence * 1000) / 1000);
  opt(w, "claim", row.claim_id);
  if (with_names) opt(w, "speaker", row.speaker_name);
  key(w, "evidence");
  evidence_array(w, store.relation_evidence(r.id), with_names);
  w.EndObject();
}

// An entity as in the export contract; `with_roles` adds the roles it holds (query output).
void entity_obj(Writer& w, GraphStore& store, const EntityRow& e, bool with_roles) {
  w.StartObject();
  key(w, "id");
  str(w, e.id);
  key(w, "name");
  str(w, e.name);
  key(w, "type");
  str(w, e.type);
  key(w, "aliases");
  w.StartArray();
  for (const auto& a : store.aliases(e.id)) str(w, a);
  w.EndArray();
  key(w, "mentions");
  w.Int(e.mentions);
  if (with_roles) {
    key(w, "roles");
    w.StartArray();
    for (const RoleRow& r : store.roles_of(e.id)) {
      w.StartObject();
      key(w, "person");
      str(w, r.person_name);
      key(w, "role");
      str(w, r.role);
      opt(w, "organization", r.org_name);
      key(w, "reports");
      w.Int(r.evidence_count);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void claim_obj(Writer& w, GraphStore& store, const ClaimRow& row, bool with_names) {
  const ClaimRecord& c = row.c;
  w.StartObject();
  key(w, "id");
  str(w, c.id);
  opt(w, "speaker", c.speaker_id);
  if (with_names) opt(w, "speaker_name", row.speaker_name);
  key(w, "speaker_text");
  str(w, c.speaker_text);
  key(w, "cue");
  str(w, c.cue);
  key(w, "content");
  str(w, c.content);
  key(w, "modality");
  str(w, c.modality);
  key(w, "relations");
  w.StartArray();
  for (const auto& id : row.relation_ids) str(w, id);
  w.EndArray();
  key(w, "time");
  time_obj(w, c.time_text, c.time_value, c.time_from_article);
  key(w, "evidence");
  evidence_array(w, store.claim_evidence(c.id), with_names);
  w.EndObject();
}

}  // namespace

std::string extraction_json(const ArticleExtraction& x) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  key(w, "id");
  str(w, x.article.id);
  opt(w, "title", x.article.title);
  opt(w, "date", x.article.date);
  opt(w, "source", x.article.source);
  key(w, "sentences");
  w.StartArray();
  for (const SentenceSpan& s : x.sentences) {
    w.StartArray();
    w.Uint(s.start);
    w.Uint(s.end);
    w.EndArray();
  }
  w.EndArray();
  key(w, "mentions");
  w.StartArray();
  for (const ExtractedMention& m : x.mentions) {
    w.StartObject();
    key(w, "text");
    str(w, m.text);
    key(w, "start");
    w.Uint(m.start);
    key(w, "end");
    w.Uint(m.end);
    key(w, "type");
    str(w, entity_type_name(m.type));
    key(w, "entity");
    str(w, m.entity);
    key(w, "kind");
    str(w, m.kind);
    key(w, "sentence");
    w.Uint64(m.sentence);
    key(w, "rule");
    str(w, m.rule);
    w.EndObject();
  }
  w.EndArray();
  key(w, "entities");
  w.StartArray();
  for (const ExtractedEntity& e : x.entities) {
    w.StartObject();
    key(w, "name");
    str(w, e.name);
    key(w, "type");
    str(w, entity_type_name(e.type));
    key(w, "aliases");
    w.StartArray();
    for (const auto& a : e.aliases) str(w, a);
    w.EndArray();
    key(w, "mentions");
    w.Int(e.mentions);
    w.EndObject();
  }
  w.EndArray();
  key(w, "roles");
  w.StartArray();
  for (const ExtractedRole& r : x.roles) {
    w.StartObject();
    key(w, "person");
    str(w, r.person);
    key(w, "role");
    str(w, r.role);
    opt(w, "organization", r.organization);
    key(w, "rule");
    str(w, r.rule);
    w.EndObject();
  }
  w.EndArray();
  key(w, "times");
  w.StartArray();
  for (const ExtractedTime& t : x.times) {
    w.StartObject();
    key(w, "text");
    str(w, t.text);
    key(w, "start");
    w.Uint(t.start);
    key(w, "end");
    w.Uint(t.end);
    key(w, "type");
    str(w, t.type);
    key(w, "value");
    str(w, t.value);
    key(w, "rule");
    str(w, t.rule);
    w.EndObject();
  }
  w.EndArray();
  key(w, "relations");
  w.StartArray();
  for (const ExtractedRelation& r : x.relations) {
    if (r.attribution || r.surface_only) continue;
    w.StartObject();
    opt(w, "subject", r.subject);
    key(w, "subject_text");
    str(w, r.subject_text);
    key(w, "predicate");
    str(w, r.predicate);
    key(w, "text");
    str(w, r.text);
    opt(w, "object", r.object);
    opt(w, "object_text", r.object_text);
    opt(w, "event_type", r.event_type);
    opt(w, "cameo", r.cameo);
    key(w, "time");
    time_obj(w, r.time.text, r.has_time ? r.time.value : "", r.time.from_article);
    opt(w, "location", r.location);
    key(w, "modality");
    str(w, r.modality);
    key(w, "polarity");
    str(w, r.polarity);
    key(w, "confidence");
    w.Double(std::round(r.confidence * 1000) / 1000);
    key(w, "claim");
    if (r.claim >= 0) w.Int(r.claim);
    else w.Null();
    key(w, "sentence");
    w.Uint64(r.sentence);
    key(w, "rule");
    str(w, r.rule);
    w.EndObject();
  }
  w.EndArray();
  key(w, "claims");
  w.StartArray();
  for (const ExtractedClaim& c : x.claims) {
    w.StartObject();
    opt(w, "speaker", c.speaker);
    key(w, "speaker_text");
    str(w, c.speaker_text);
    key(w, "cue");
    str(w, c.cue);
    key(w, "content");
    str(w, c.content);
    key(w, "modality");
    str(w, c.modality);
    key(w, "time");
    time_obj(w, c.time.text, c.has_time ? c.time.value : "", c.time.from_article);
    key(w, "sentence");
    w.Uint64(c.sentence);
    key(w, "relations");
    w.StartArray();
    for (int r : c.relations) w.Int(r);
    w.EndArray();
    key(w, "rule");
    str(w, c.rule);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

void write_graph_json(std::ostream& out, GraphStore& store, const GraphView& v) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  key(w, "schema");
  w.String("newsgraph/1");
  key(w, "articles");
  w.StartArray();
  for (const ArticleRow& a : v.articles) {
    w.StartObject();
    key(w, "id");
    str(w, a.id);
    opt(w, "title", a.title);
    opt(w, "date", a.date);
    opt(w, "source", a.source);
    w.EndObject();
  }
  w.EndArray();
  key(w, "entities");
  w.StartArray();
  for (const EntityRow& e : v.entities) entity_obj(w, store, e, false);
  w.EndArray();
  key(w, "relations");
  w.StartArray();
  for (const RelationRow& r : v.relations) relation_obj(w, store, r, false);
  w.EndArray();
  key(w, "claims");
  w.StartArray();
  for (const ClaimRow& c : v.claims) claim_obj(w, store, c, false);
  w.EndArray();
  w.EndObject();
  out << sb.GetString() << "\n";
}

std::string relation_object_json(GraphStore& store, const RelationRow& row) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  relation_obj(w, store, row, false);
  return sb.GetString();
}

std::string claim_object_json(GraphStore& store, const ClaimRow& row) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  claim_obj(w, store, row, false);
  return sb.GetString();
}

std::string entity_object_json(GraphStore& store, const EntityRow& e) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  entity_obj(w, store, e, false);
  return sb.GetString();
}

std::string relations_json(GraphStore& store, const std::vector<RelationRow>& rows) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartArray();
  for (const RelationRow& r : rows) relation_obj(w, store, r, true);
  w.EndArray();
  return sb.GetString();
}

std::string claims_json(GraphStore& store, const std::vector<ClaimRow>& rows) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartArray();
  for (const ClaimRow& c : rows) claim_obj(w, store, c, true);
  w.EndArray();
  return sb.GetString();
}

std::string entity_json(GraphStore& store, const EntityRow& e) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  entity_obj(w, store, e, true);
  return sb.GetString();
}

std::string paths_json(GraphStore& store, const std::vector<KnowledgeGraph::Path>& paths) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  std::map<std::string, std::string> names;
  auto name = [&](const std::string& id) -> const std::string& {
    auto it = names.find(id);
    if (it == names.end()) {
      auto e = store.entity(id);
      it = names.emplace(id, e ? e->name : id).first;
    }
    return it->second;
  };
  w.StartArray();
  for (const auto& p : paths) {
    w.StartObject();
    key(w, "hops");
    w.Int(static_cast<int>(p.size()));
    key(w, "steps");
    w.StartArray();
    for (const auto& hop : p) {
      w.StartObject();
      key(w, "from");
      str(w, hop.from);
      key(w, "from_name");
      str(w, name(hop.from));
      key(w, "to");
      str(w, hop.to);
      key(w, "to_name");
      str(w, name(hop.to));
      std::vector<RelationRow> rows;
      std::vector<ClaimRow> claims;
      std::vector<std::string> roles;
      for (const auto& id : hop.relation_ids) {
        if (id.rfind("role:", 0) == 0) roles.push_back(id.substr(5));
        else if (id[0] == 'c') {
          if (auto c = store.claim(id)) claims.push_back(*c);
        } else if (auto r = store.relation(id)) {
          rows.push_back(*r);
        }
      }
      key(w, "relations");
      w.StartArray();
      for (const RelationRow& r : rows) relation_obj(w, store, r, true);
      w.EndArray();
      key(w, "claims");
      w.StartArray();
      for (const ClaimRow& c : claims) claim_obj(w, store, c, true);
      w.EndArray();
      key(w, "roles");
      w.StartArray();
      for (const auto& r : roles) str(w, r);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  return sb.GetString();
}

}  // namespace newsgraph
