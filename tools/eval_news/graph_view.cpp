#include "graph_view.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace newsgraph::eval {
namespace {

std::string str(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd() || !it->value.IsString()) return "";
  return it->value.GetString();
}

std::vector<Evidence> evidence(const rapidjson::Value& o) {
  std::vector<Evidence> out;
  auto it = o.FindMember("evidence");
  if (it == o.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& e : it->value.GetArray()) {
    Evidence ev;
    ev.article = str(e, "article");
    if (e.HasMember("start") && e["start"].IsInt()) ev.start = e["start"].GetInt();
    if (e.HasMember("end") && e["end"].IsInt()) ev.end = e["end"].GetInt();
    out.push_back(ev);
  }
  return out;
}

void load_json(const std::filesystem::path& path, GraphView& g) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot be read");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  if (d.HasParseError() || !d.IsObject() || !d.HasMember("entities") || !d.HasMember("relations") ||
      !d.HasMember("claims"))
    throw std::runtime_error(path.string() + ": not a newsgraph JSON export (schema newsgraph/1)");
  for (const auto& e : d["entities"].GetArray()) {
    GEntity ent{str(e, "id"), str(e, "name"), str(e, "type"), {}};
    ent.names.push_back(ent.name);
    if (e.HasMember("aliases") && e["aliases"].IsArray())
      for (const auto& a : e["aliases"].GetArray())
        if (a.IsString()) ent.names.push_back(a.GetString());
    g.entities[ent.id] = ent;
  }
  for (const auto& r : d["relations"].GetArray()) {
    GRelation rel;
    rel.id = str(r, "id");
    rel.subject = str(r, "subject");
    rel.subject_text = str(r, "subject_text");
    rel.predicate = str(r, "predicate");
    rel.object = str(r, "object");
    rel.object_text = str(r, "object_text");
    rel.event_type = str(r, "event_type");
    rel.modality = str(r, "modality");
    rel.polarity = str(r, "polarity");
    rel.claim = str(r, "claim");
    rel.symmetric = r.HasMember("symmetric") && r["symmetric"].IsBool() && r["symmetric"].GetBool();
    if (r.HasMember("time") && r["time"].IsObject()) {
      const auto& t = r["time"];
      rel.has_time = true;
      rel.time_value = str(t, "value");
      rel.from_article_date = t.HasMember("from_article_date") && t["from_article_date"].IsBool() &&
                              t["from_article_date"].GetBool();
    }
    rel.evidence = evidence(r);
    g.relations.push_back(std::move(rel));
  }
  for (const auto& c : d["claims"].GetArray()) {
    GClaim cl{str(c, "id"), str(c, "speaker"), str(c, "speaker_text"), str(c, "cue"), str(c, "content"),
              str(c, "modality"), evidence(c)};
    g.claims.push_back(std::move(cl));
  }
}

std::string column_text(SQLite::Statement& q, int i) { return q.getColumn(i).isNull() ? "" : q.getColumn(i).getString(); }

void load_db(const std::filesystem::path& path, GraphView& g) {
  try {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement a(db, "SELECT id, COALESCE(date, ''), COALESCE(title, ''), text FROM articles");
    while (a.executeStep()) {
      GArticle art{column_text(a, 0), column_text(a, 1), column_text(a, 2), column_text(a, 3)};
      g.articles[art.id] = art;
    }
    SQLite::Statement m(db, "SELECT article_id, start, end, text, entity_id, kind FROM mentions");
    while (m.executeStep()) {
      GMention men;
      men.article = column_text(m, 0);
      men.start = m.getColumn(1).getInt();
      men.end = m.getColumn(2).getInt();
      men.text = column_text(m, 3);
      men.entity = column_text(m, 4);
      men.kind = column_text(m, 5);
      g.mentions.push_back(men);
    }
    SQLite::Statement r(db, "SELECT person_id, role, COALESCE(org_id, ''), article_id FROM roles");
    while (r.executeStep())
      g.roles.push_back({column_text(r, 0), column_text(r, 1), column_text(r, 2), column_text(r, 3)});
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path.string() + ": " + e.what());
  }
}

}  // namespace

GraphView load_graph(const std::filesystem::path& json, const std::filesystem::path& db) {
  GraphView g;
  load_json(json, g);
  load_db(db, g);
  return g;
}

}  // namespace newsgraph::eval
