#include "query_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newsgraph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void field(Writer& w, const char* k, const std::string& s) {
  w.Key(k);
  if (s.empty()) w.Null();
  else str(w, s);
}

void entity_ref(Writer& w, const char* k, const std::string& id, const std::string& name) {
  w.Key(k);
  if (id.empty()) {
    w.Null();
    return;
  }
  w.StartObject();
  field(w, "id", id);
  field(w, "name", name);
  w.EndObject();
}

}  // namespace

std::string json_string(const std::string& s) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  str(w, s);
  return buf.GetString();
}

std::string pattern_groups_json(const std::string& pattern, const std::string& group_by,
                                const std::vector<PatternGroupCount>& groups) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  int64_t total = 0;
  for (const auto& g : groups) total += g.count;
  w.StartObject();
  field(w, "pattern", pattern);
  field(w, "group_by", group_by);
  w.Key("total");
  w.Int64(total);
  w.Key("groups");
  w.StartArray();
  for (const auto& g : groups) {
    w.StartObject();
    field(w, "key", g.key);
    w.Key("count");
    w.Int64(g.count);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return buf.GetString();
}

std::string conflicts_json(const std::vector<Conflict>& conflicts) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("conflicts");
  w.StartArray();
  for (const Conflict& c : conflicts) {
    w.StartObject();
    field(w, "kind", conflict_kind_name(c.kind));
    entity_ref(w, "subject", c.subject_id, c.subject_name);
    field(w, "relation", c.relation);
    entity_ref(w, "object", c.object_id, c.object_name);
    field(w, "object_text", c.object_id.empty() ? c.object_name : "");
    w.Key("versions");
    w.StartArray();
    for (const ConflictVersion& v : c.versions) {
      w.StartObject();
      field(w, "relation_id", v.relation_id);
      field(w, "value", v.value);
      field(w, "modality", v.modality);
      field(w, "polarity", v.polarity);
      field(w, "time", v.time_value);
      field(w, "speaker", v.speaker);
      w.Key("article");
      w.StartObject();
      field(w, "id", v.article_id);
      field(w, "title", v.article_title);
      field(w, "date", v.article_date);
      w.EndObject();
      w.Key("sentence");
      w.StartObject();
      w.Key("index");
      w.Int(v.sentence_index);
      field(w, "text", v.sentence);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return buf.GetString();
}

}  // namespace newsgraph
