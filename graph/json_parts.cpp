// The shared JSON pieces: scalar fields, times and evidence arrays.
#include "json_parts.h"

namespace newsgraph::json {

void str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
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
    if (!e.rule.empty()) {  // databases written before schema 3 have no rule
      key(w, "rule");
      str(w, e.rule);
    }
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

}  // namespace newsgraph::json
