#include "interchange_export.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "cameo_codes.h"
#include "describe.h"
#include "json_output.h"

namespace newsgraph {

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not allowed in XML 1.0
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"') out += "\"\"";
    else if (c < 0x20 && c != '\n' && c != '\t') continue;
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

namespace {

std::string relation_time(const RelationRow& r) { return relation_date(r); }

// A Neo4j relationship type: upper case letters, digits and underscores.
std::string neo4j_type(const RelationRow& r) {
  std::string base = !r.r.event_type.empty() ? r.r.event_type : r.r.predicate;
  std::string out;
  for (unsigned char c : base) out += std::isalnum(c) ? static_cast<char>(std::toupper(c)) : '_';
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "REL_" + out;
  return out;
}

std::string label_for(const std::string& type) {
  if (type == "PERSON") return "Entity;Person";
  if (type == "COUNTRY") return "Entity;Country";
  if (type == "PLACE") return "Entity;Place";
  if (type == "ORG") return "Entity;Organization";
  if (type == "AGENT") return "Entity;Agent";
  return "Entity";
}

// A role's evidence as one text field: "article:sentence:start-end" joined by `sep`.
std::string evidence_refs(const RoleFact& r, const char* sep) {
  std::string out;
  for (const EvidenceRow& e : r.evidence)
    out += (out.empty() ? "" : sep) + e.article_id + ":" + std::to_string(e.sentence) + ":" + std::to_string(e.start) +
           "-" + std::to_string(e.end);
  return out;
}

std::string month_of(const std::string& date) {
  if (date.size() >= 7 && std::isdigit(static_cast<unsigned char>(date[0])) && date[4] == '-' &&
      std::isdigit(static_cast<unsigned char>(date[5])))
    return date.substr(0, 7);
  return "";
}

}  // namespace

void write_graphml(std::ostream& out, GraphStore& store, const GraphView& v) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
  };
  static const Key keys[] = {
      {"n_name", "node", "name", "string"},          {"n_type", "node", "entity_type", "string"},
      {"n_mentions", "node", "mentions", "int"},     {"n_aliases", "node", "aliases", "string"},
      {"n_sector", "node", "sector", "string"},      {"n_country", "node", "country", "string"},
      {"e_id", "edge", "relation_id", "string"},     {"e_pred", "edge", "predicate", "string"},
      {"e_text", "edge", "text", "string"},          {"e_event", "edge", "event_type", "string"},
      {"e_cameo", "edge", "cameo", "string"},        {"e_plover", "edge", "plover", "string"},
      {"e_target", "edge", "target", "string"},      {"e_target_text", "edge", "target_text", "string"},
      {"e_time", "edge", "time", "string"},
      {"e_time_text", "edge", "time_text", "string"}, {"e_loc", "edge", "location", "string"},
      {"e_modality", "edge", "modality", "string"},  {"e_polarity", "edge", "polarity", "string"},
      {"e_conf", "edge", "confidence", "double"},    {"e_evidence", "edge", "evidence_count", "int"},
      {"e_sym", "edge", "symmetric", "boolean"},     {"e_claim", "edge", "claim", "string"},
      {"e_speaker", "edge", "speaker", "string"},    {"e_kind", "edge", "kind", "string"},
      {"e_role", "edge", "role", "string"},          {"e_sources", "edge", "evidence", "string"}};
  for (const Key& k : keys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  std::set<std::string> nodes;
  for (const EntityRow& e : v.entities) {
    nodes.insert(e.id);
    std::string aliases;
    for (const auto& a : store.aliases(e.id)) aliases += (aliases.empty() ? "" : "|") + a;
    out << "    <node id=\"" << xml_escape(e.id) << "\">"
        << "<data key=\"n_name\">" << xml_escape(e.name) << "</data>"
        << "<data key=\"n_type\">" << xml_escape(e.type) << "</data>"
        << "<data key=\"n_mentions\">" << e.mentions << "</data>"
        << "<data key=\"n_aliases\">" << xml_escape(aliases) << "</data>";
    if (!e.sector.empty()) out << "<data key=\"n_sector\">" << xml_escape(e.sector) << "</data>";
    if (!e.country.empty()) out << "<data key=\"n_country\">" << xml_escape(e.country) << "</data>";
    out << "</node>\n";
  }
  for (const RelationRow& r : v.relations) {
    const std::string& end = edge_end(r);
    if (end.empty() || !nodes.count(r.r.subject_id) || !nodes.count(end)) continue;
    auto data = [&](const char* key, const std::string& value) {
      if (!value.empty()) out << "<data key=\"" << key << "\">" << xml_escape(value) << "</data>";
    };
    out << "    <edge id=\"" << xml_escape(r.r.id) << "\" source=\"" << xml_escape(r.r.subject_id) << "\" target=\""
        << xml_escape(end) << "\">";
    data("e_id", r.r.id);
    data("e_pred", r.r.predicate);
    data("e_text", r.r.text);
    data("e_event", r.r.event_type);
    data("e_cameo", r.r.cameo);
    data("e_plover", plover_category(r.r.cameo));
    data("e_target", r.r.target_id);
    data("e_target_text", r.r.target_text);
    data("e_time", relation_time(r));
    data("e_time_text", r.r.time_text);
    data("e_loc", r.r.location);
    data("e_modality", r.r.modality);
    data("e_polarity", r.r.polarity);
    data("e_conf", std::to_string(r.confidence));
    data("e_evidence", std::to_string(r.evidence_count));
    data("e_sym", r.r.symmetric ? "true" : "false");
    data("e_claim", r.claim_id);
    data("e_speaker", r.speaker_name);
    data("e_kind", "relation");
    out << "</edge>\n";
  }
  // Roles as edges person -> organisation, with their evidence ("article:sentence:start-end|...").
  for (const RoleFact& r : v.roles) {
    if (r.org_id.empty() || !nodes.count(r.person_id) || !nodes.count(r.org_id)) continue;
    out << "    <edge id=\"" << xml_escape(r.id) << "\" source=\"" << xml_escape(r.person_id) << "\" target=\""
        << xml_escape(r.org_id) << "\"><data key=\"e_id\">" << xml_escape(r.id) << "</data><data key=\"e_kind\">role</data>"
        << "<data key=\"e_role\">" << xml_escape(r.role) << "</data><data key=\"e_evidence\">" << r.evidence.size()
        << "</data><data key=\"e_sources\">" << xml_escape(evidence_refs(r, "|")) << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

std::string write_neo4j(const std::string& dir, GraphStore& store, const GraphView& v) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  auto open = [&](const char* name) {
    std::ofstream f(fs::path(dir) / name, std::ios::binary);
    if (!f) throw std::runtime_error("cannot write " + (fs::path(dir) / name).string());
    return f;
  };
  std::set<std::string> nodes;
  {
    auto f = open("entities.csv");
    f << "entityId:ID(Entity),name,type,mentions:int,aliases:string[],sector,country,:LABEL\n";
    for (const EntityRow& e : v.entities) {
      nodes.insert(e.id);
      std::string aliases;
      for (const auto& a : store.aliases(e.id)) aliases += (aliases.empty() ? "" : ";") + a;
      f << csv_field(e.id) << "," << csv_field(e.name) << "," << csv_field(e.type) << "," << e.mentions << ","
        << csv_field(aliases) << "," << csv_field(e.sector) << "," << csv_field(e.country) << "," << label_for(e.type)
        << "\n";
    }
  }
  {
    auto f = open("articles.csv");
    f << "articleId:ID(Article),title,date,source,:LABEL\n";
    for (const ArticleRow& a : v.articles)
      f << csv_field(a.id) << "," << csv_field(a.title) << "," << csv_field(a.date) << "," << csv_field(a.source)
        << ",Article\n";
  }
  {
    auto f = open("relations.csv");
    f << ":START_ID(Entity),:END_ID(Entity),:TYPE,relationId,predicate,text,event_type,cameo,time,time_text,location,"
         "modality,polarity,confidence:float,evidence:int,symmetric:boolean,articles:string[],plover,target,target_text\n";
    for (const RelationRow& r : v.relations) {
      const std::string& end = edge_end(r);
      if (end.empty() || !nodes.count(r.r.subject_id) || !nodes.count(end)) continue;
      std::string articles;
      std::set<std::string> seen;
      for (const EvidenceRow& e : store.relation_evidence(r.r.id))
        if (seen.insert(e.article_id).second) articles += (articles.empty() ? "" : ";") + e.article_id;
      f << csv_field(r.r.subject_id) << "," << csv_field(end) << "," << neo4j_type(r) << ","
        << csv_field(r.r.id) << "," << csv_field(r.r.predicate) << "," << csv_field(r.r.text) << ","
        << csv_field(r.r.event_type) << "," << csv_field(r.r.cameo) << "," << csv_field(relation_time(r)) << ","
        << csv_field(r.r.time_text) << "," << csv_field(r.r.location) << "," << csv_field(r.r.modality) << ","
        << csv_field(r.r.polarity) << "," << r.confidence << "," << r.evidence_count << ","
        << (r.r.symmetric ? "true" : "false") << "," << csv_field(articles) << "," << csv_field(plover_category(r.r.cameo))
        << "," << csv_field(r.r.target_id) << "," << csv_field(r.r.target_text) << "\n";
    }
  }
  {
    auto claims = open("claims.csv");
    auto said = open("said.csv");
    auto reported = open("claim_reported_in.csv");
    claims << "claimId:ID(Claim),speaker_text,cue,content,modality,time,:LABEL\n";
    said << ":START_ID(Entity),:END_ID(Claim),:TYPE\n";
    reported << ":START_ID(Claim),:END_ID(Article),:TYPE,sentence:int,start:int,end:int\n";
    std::set<std::string> articles;
    for (const ArticleRow& a : v.articles) articles.insert(a.id);
    for (const ClaimRow& c : v.claims) {
      claims << csv_field(c.c.id) << "," << csv_field(c.c.speaker_text) << "," << csv_field(c.c.cue) << ","
             << csv_field(c.c.content) << "," << csv_field(c.c.modality) << "," << csv_field(c.c.time_value)
             << ",Claim\n";
      if (!c.c.speaker_id.empty() && nodes.count(c.c.speaker_id))
        said << csv_field(c.c.speaker_id) << "," << csv_field(c.c.id) << ",SAID\n";
      for (const EvidenceRow& e : store.claim_evidence(c.c.id))
        if (articles.count(e.article_id))
          reported << csv_field(c.c.id) << "," << csv_field(e.article_id) << ",REPORTED_IN," << e.sentence << ","
                   << e.start << "," << e.end << "\n";
    }
    auto about = open("claim_about.csv");
    about << ":START_ID(Claim),:END_ID(Entity),:TYPE\n";
    std::set<std::string> claim_ids;
    for (const ClaimRow& c : v.claims) claim_ids.insert(c.c.id);
    for (const GraphStore::ClaimEdge& e : store.claim_edges())
      if (claim_ids.count(e.claim_id) && nodes.count(e.entity_id))
        about << csv_field(e.claim_id) << "," << csv_field(e.entity_id) << ",ABOUT\n";
  }
  {
    // Roles: person -[HOLDS_ROLE]-> organisation or country. A role of no named organisation is
    // in the JSON exports only: a relationship needs two ends.
    auto f = open("roles.csv");
    f << ":START_ID(Entity),:END_ID(Entity),:TYPE,roleId,role,evidence:int,sources:string[]\n";
    for (const RoleFact& r : v.roles)
      if (!r.org_id.empty() && nodes.count(r.person_id) && nodes.count(r.org_id))
        f << csv_field(r.person_id) << "," << csv_field(r.org_id) << ",HOLDS_ROLE," << csv_field(r.id) << ","
          << csv_field(r.role) << "," << r.evidence.size() << "," << csv_field(evidence_refs(r, ";")) << "\n";
  }
  std::string d = fs::absolute(dir).string();
  return "neo4j-admin database import full --overwrite-destination --multiline-fields=true "
         "--nodes=" + d + "/entities.csv --nodes=" + d + "/articles.csv --nodes=" + d + "/claims.csv "
         "--relationships=" + d + "/relations.csv --relationships=" + d + "/said.csv "
         "--relationships=" + d + "/claim_about.csv --relationships=" + d + "/claim_reported_in.csv "
         "--relationships=" + d + "/roles.csv neo4j";
}

void write_jsonl_partitions(const std::string& dir, GraphStore& store, const GraphView& v) {
  namespace fs = std::filesystem;
  std::map<std::string, std::unique_ptr<std::ofstream>> files;
  auto sink = [&](const std::string& folder, const std::string& month) -> std::ofstream& {
    fs::path p = fs::path(dir) / folder / ("month=" + (month.empty() ? std::string("unknown") : month));
    auto key = p.string();
    auto it = files.find(key);
    if (it == files.end()) {
      fs::create_directories(p);
      auto f = std::make_unique<std::ofstream>(p / "part-0.jsonl", std::ios::binary);
      if (!*f) throw std::runtime_error("cannot write " + (p / "part-0.jsonl").string());
      it = files.emplace(key, std::move(f)).first;
    }
    return *it->second;
  };
  // Re-running an export replaces what an earlier one wrote.
  for (const char* folder : {"articles", "entities", "relations", "claims", "evidence", "roles"})
    fs::remove_all(fs::path(dir) / folder);
  std::map<std::string, std::string> article_month;
  auto line = [](auto&& fill) {
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    w.StartObject();
    fill(w);
    w.EndObject();
    return std::string(sb.GetString());
  };
  auto str = [](auto& w, const char* k, const std::string& s) {
    w.Key(k);
    if (s.empty()) w.Null();
    else w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  };
  for (const ArticleRow& a : v.articles) {
    article_month[a.id] = month_of(a.date);
    sink("articles", month_of(a.date)) << line([&](auto& w) {
      str(w, "id", a.id);
      str(w, "title", a.title);
      str(w, "date", a.date);
      str(w, "source", a.source);
    }) << "\n";
  }
  auto first = store.entity_first_dates();
  for (const EntityRow& e : v.entities)
    sink("entities", month_of(first.count(e.id) ? first[e.id] : "")) << entity_object_json(store, e) << "\n";
  // One evidence line: for a relation (with the report's confidence) or for a claim (without).
  auto evidence_line = [&](const std::string& relation_id, const std::string& claim_id, const EvidenceRow& e) {
    sink("evidence", article_month[e.article_id]) << line([&](auto& w) {
      str(w, "relation", relation_id);
      str(w, "claim", claim_id);
      str(w, "article", e.article_id);
      w.Key("sentence");
      w.Int(e.sentence);
      w.Key("start");
      w.Uint(e.start);
      w.Key("end");
      w.Uint(e.end);
      w.Key("confidence");
      if (relation_id.empty()) w.Null();
      else w.Double(e.confidence);
    }) << "\n";
  };
  for (const RelationRow& r : v.relations) {
    std::string m = month_of(r.r.time_value);
    if (m.empty()) m = month_of(r.article_date);
    sink("relations", m) << relation_object_json(store, r) << "\n";
    for (const EvidenceRow& e : store.relation_evidence(r.r.id)) evidence_line(r.r.id, e.claim_id, e);
  }
  for (const ClaimRow& c : v.claims) {
    std::string m = month_of(c.c.time_value);
    if (m.empty()) m = month_of(c.article_date);
    sink("claims", m) << claim_object_json(store, c) << "\n";
    for (const EvidenceRow& e : store.claim_evidence(c.c.id)) evidence_line("", c.c.id, e);
  }
  // Roles carry their evidence inline; placed by the month of their first article.
  for (const RoleFact& r : v.roles) {
    std::string m;
    for (const EvidenceRow& e : r.evidence) {
      std::string month = month_of(e.article_date);
      if (!month.empty() && (m.empty() || month < m)) m = month;
    }
    sink("roles", m) << role_object_json(r) << "\n";
  }
}

}  // namespace newsgraph
