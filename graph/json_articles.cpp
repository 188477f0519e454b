// An article's extraction as one JSON line (`newsgraph extract --format json`).
#include "cameo_codes.h"
#include "json_output.h"
#include "json_parts.h"

#include <cmath>
#include <vector>

namespace newsgraph {

using namespace json;  // the shared pieces (json_parts.h)

std::string extraction_json(const ArticleExtraction& x) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  key(w, "id");
  str(w, x.article.id);
  opt(w, "title", x.article.title);
  opt(w, "date", x.article.date);
  opt(w, "source", x.article.source);
  if (!x.article.reporters.empty()) {  // from bylines and credit lines (page furniture)
    key(w, "reporters");
    w.StartArray();
    for (const std::string& r : x.article.reporters) str(w, r);
    w.EndArray();
  }
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
    w.String(m.rule.data(), static_cast<rapidjson::SizeType>(m.rule.size()));
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
    for (const ExtractedAgent& g : x.agents)
      if (g.entity == e.name && e.type == EntityType::kAgent) {
        opt(w, "sector", g.sector);
        opt(w, "country", g.country);
      }
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
    w.String(r.rule.data(), static_cast<rapidjson::SizeType>(r.rule.size()));
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
    w.String(t.rule.data(), static_cast<rapidjson::SizeType>(t.rule.size()));
    w.EndObject();
  }
  w.EndArray();
  key(w, "relations");
  w.StartArray();
  // Position of each relation in this array (attributions and surface readings are not in it),
  // for "embedded_in": the stance event an act is embedded in.
  std::vector<int> position(x.relations.size(), -1);
  for (size_t i = 0, n = 0; i < x.relations.size(); ++i)
    if (!x.relations[i].attribution && !x.relations[i].surface_only) position[i] = static_cast<int>(n++);
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
    if (!r.target_text.empty()) {  // prepositional-target: only an event aimed at an actor has one
      opt(w, "target", r.target);
      key(w, "target_text");
      str(w, r.target_text);
    }
    opt(w, "event_type", r.event_type);
    opt(w, "cameo", r.cameo);
    opt(w, "plover", plover_category(r.cameo));
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
    w.String(r.rule.data(), static_cast<rapidjson::SizeType>(r.rule.size()));
    if (r.fragment) {  // "X had": not stored unless `build --fragments`
      key(w, "fragment");
      w.Bool(true);
    }
    if (r.embedded_in >= 0 && position[r.embedded_in] >= 0) {
      key(w, "embedded_in");
      w.Int(position[r.embedded_in]);
    }
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
    w.String(c.rule.data(), static_cast<rapidjson::SizeType>(c.rule.size()));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

}  // namespace newsgraph
