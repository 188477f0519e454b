// Exports other tools load: GraphML read back by NetworkX, Neo4j CSVs parsed back, and the
// partitioned JSON Lines layout, all on the sample graph plus an article with hostile names and one
// whose actor is an agent (every export carries its sector and country).
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

using namespace newsgraph;
using test::run;

namespace {

struct Built {
  std::filesystem::path dir = test::scratch_dir("interop");
  std::string db = (dir / "g.db").string();
  Built() {
    test::write_file(dir / "hostile.txt",
                     "id: hostile\ndate: 2025-10-03\n\nPresident Ali\\Baba<b>\"Q\"\xE2\x80\x8FKhan met Prime Minister "
                     "Zed\x07Lee, in Geneva.\nThey said \"a,b\" and\nmore.\n");
    // An actor that is no name: "Kenyan police" is the agent "police of Kenya" (sector COP).
    test::write_file(dir / "agents.txt",
                     "id: agents\ndate: 2025-10-06\n\nKenyan police arrested Daniel Whitfield in Nairobi on Sunday.\n");
    // Events aimed at a target that is not their object (schema 8): a place entity, and words.
    test::write_file(dir / "targets.txt",
                     "id: targets\ndate: 2025-10-07\n\nToyota began exporting vehicles to Europe on Monday. Soldiers in "
                     "Nairobi opened fire on protesters on Tuesday.\n");
    REQUIRE(run(test::cli() + " build " + test::samples() + " " + (dir / "hostile.txt").string() + " " +
                (dir / "agents.txt").string() + " " + (dir / "targets.txt").string() + " --db " + db +
                " --quiet 2>/dev/null >/dev/null").status == 0);
  }
  ~Built() { std::filesystem::remove_all(dir); }
  rapidjson::Document json() {
    auto r = run(test::cli() + " export --format json --db " + db);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(!d.HasParseError());
    return d;
  }
};

// RFC 4180 reader: fields may be quoted, with doubled quotes and newlines inside.
std::vector<std::vector<std::string>> read_csv(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE_FIXTURE(Built, "GraphML loads in NetworkX with typed attributes") {
  auto out = (dir / "g.graphml").string();
  REQUIRE(run(test::cli() + " export --format graphml --db " + db + " -o " + out + " 2>/dev/null").status == 0);
  if (run("/usr/bin/python3 -c 'import networkx' 2>/dev/null").status != 0) {
    MESSAGE("python3-networkx is not installed: GraphML not loaded (install it with tools/install-deps.sh)");
    return;
  }
  auto d = json();
  size_t edges = 0;
  // An edge needs two entities: a text subject's relation ("subject": null) is not one; an event
  // with no object entity is an edge to its target entity when it has one.
  for (const auto& r : d["relations"].GetArray())
    edges += r["subject"].IsString() && (r["object"].IsString() || (r.HasMember("target") && r["target"].IsString()));
  size_t role_edges = 0;
  for (const auto& r : d["roles"].GetArray()) role_edges += r["organization"].IsString();
  CHECK(role_edges > 0);
  edges += role_edges;
  std::string script =
      "import networkx as nx, sys\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "e = [d for _, _, d in g.edges(data=True) if d['kind'] == 'relation']\n"
      "roles = [d for _, _, d in g.edges(data=True) if d['kind'] == 'role']\n"
      "assert roles and all(x['role'] and x['evidence_count'] >= 1 and x['evidence'].count(':') >= 2 for x in roles)\n"
      "assert all(isinstance(x['confidence'], float) and isinstance(x['evidence_count'], int) for x in e)\n"
      "assert all(isinstance(x['symmetric'], bool) for x in e)\n"
      "names = [d['name'] for _, d in g.nodes(data=True)]\n"
      "assert any('\\\\' in n for n in names), names\n"
      "print(g.number_of_nodes(), g.number_of_edges())\n";
  test::write_file(dir / "check.py", script);
  auto r = run("/usr/bin/python3 " + (dir / "check.py").string() + " " + out + " 2>&1");
  REQUIRE(r.status == 0);
  CHECK(r.out == std::to_string(d["entities"].Size()) + " " + std::to_string(edges) + "\n");
}

TEST_CASE_FIXTURE(Built, "Neo4j CSVs have import headers and parse back") {
  auto out = dir / "neo4j";
  REQUIRE(run(test::cli() + " export --format neo4j --db " + db + " -o " + out.string() + " 2>/dev/null").status == 0);
  auto d = json();
  auto entities = read_csv(out / "entities.csv");
  REQUIRE(!entities.empty());
  CHECK(entities[0][0] == "entityId:ID(Entity)");
  CHECK(entities.size() == d["entities"].Size() + 1);
  for (const auto& row : entities) CHECK(row.size() == entities[0].size());
  bool hostile = false;
  for (const auto& row : entities) hostile = hostile || row[1].find("Ali\\Baba<b>\"Q\"") != std::string::npos;
  CHECK(hostile);
  auto relations = read_csv(out / "relations.csv");
  CHECK(relations[0][0] == ":START_ID(Entity)");
  CHECK(relations[0][2] == ":TYPE");
  for (size_t i = 1; i < relations.size(); ++i) {
    CHECK(relations[i].size() == relations[0].size());
    CHECK(relations[i][2].find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos);
  }
  auto claims = read_csv(out / "claims.csv");
  CHECK(claims.size() == d["claims"].Size() + 1);
  for (const char* f : {"articles.csv", "said.csv", "claim_about.csv", "claim_reported_in.csv"})
    CHECK(std::filesystem::exists(out / f));
  auto roles = read_csv(out / "roles.csv");
  REQUIRE(roles.size() > 1);
  CHECK(roles[0][2] == ":TYPE");
  size_t with_org = 0;
  for (const auto& r : d["roles"].GetArray()) with_org += r["organization"].IsString();
  CHECK(roles.size() == with_org + 1);
  for (size_t i = 1; i < roles.size(); ++i) {
    CHECK(roles[i].size() == roles[0].size());
    CHECK(roles[i][2] == "HOLDS_ROLE");
    CHECK(std::stoi(roles[i][5]) >= 1);
  }
}

TEST_CASE_FIXTURE(Built, "JSON Lines partitions hold every record once, with stable IDs") {
  auto out = dir / "jsonl";
  REQUIRE(run(test::cli() + " export --format jsonl --db " + db + " -o " + out.string() + " 2>/dev/null").status == 0);
  auto d = json();
  auto read_all = [&](const char* folder) {
    std::set<std::string> ids;
    size_t lines = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(out / folder)) {
      if (!e.is_regular_file()) continue;
      CHECK(e.path().parent_path().filename().string().rfind("month=", 0) == 0);
      std::ifstream in(e.path());
      for (std::string line; std::getline(in, line);) {
        rapidjson::Document x;
        x.Parse(line.c_str());
        REQUIRE(!x.HasParseError());
        ++lines;
        if (x.HasMember("id")) ids.insert(x["id"].GetString());
      }
    }
    return std::make_pair(lines, ids.size());
  };
  CHECK(read_all("articles") == std::make_pair<size_t, size_t>(d["articles"].Size(), d["articles"].Size()));
  CHECK(read_all("entities") == std::make_pair<size_t, size_t>(d["entities"].Size(), d["entities"].Size()));
  CHECK(read_all("relations") == std::make_pair<size_t, size_t>(d["relations"].Size(), d["relations"].Size()));
  CHECK(read_all("claims") == std::make_pair<size_t, size_t>(d["claims"].Size(), d["claims"].Size()));
  CHECK(d["roles"].Size() > 0);
  CHECK(read_all("roles") == std::make_pair<size_t, size_t>(d["roles"].Size(), d["roles"].Size()));
  CHECK(std::filesystem::exists(out / "articles" / "month=2025-10" / "part-0.jsonl"));
  size_t evidence = 0;
  for (const auto& r : d["relations"].GetArray()) evidence += r["evidence"].Size();
  for (const auto& c : d["claims"].GetArray()) evidence += c["evidence"].Size();
  CHECK(read_all("evidence").first == evidence);
  // A second export gives the same files (stable IDs, no duplicates appended).
  REQUIRE(run(test::cli() + " export --format jsonl --db " + db + " -o " + out.string() + " 2>/dev/null").status == 0);
  CHECK(read_all("relations").first == d["relations"].Size());
}

TEST_CASE_FIXTURE(Built, "an agent actor reaches every export with its sector and country") {
  auto d = json();
  std::string agent_id;
  for (const auto& e : d["entities"].GetArray()) {
    if (std::string(e["type"].GetString()) != "AGENT") {
      CHECK(!e.HasMember("sector"));  // only agents have the keys
      continue;
    }
    CHECK(e["sector"].IsString());
    if (std::string(e["name"].GetString()) != "police of Kenya") continue;
    CHECK(std::string(e["sector"].GetString()) == "COP");
    CHECK(std::string(e["country"].GetString()) == "Kenya");
    agent_id = e["id"].GetString();
  }
  REQUIRE(!agent_id.empty());
  bool arrest = false;
  for (const auto& r : d["relations"].GetArray())
    arrest = arrest || (r["subject"].IsString() && std::string(r["subject"].GetString()) == agent_id && r["object"].IsString());
  CHECK(arrest);  // police of Kenya -arrest-> Daniel Whitfield
  // Reachable by a pattern over its type, and by its name.
  auto typed = run(test::cli() + " query 'AGENT -arrest-> PERSON' --db " + db + " 2>&1");
  CHECK(typed.status == 0);
  CHECK(typed.out.find("police of Kenya") != std::string::npos);
  CHECK(run(test::cli() + " timeline \"police of Kenya\" --db " + db + " 2>&1").out.find("Daniel Whitfield") != std::string::npos);
  CHECK(std::string(d["schema"].GetString()) == "newsgraph/4");

  auto graphml = (dir / "g.graphml").string();
  REQUIRE(run(test::cli() + " export --format graphml --db " + db + " -o " + graphml + " 2>/dev/null").status == 0);
  std::ifstream gin(graphml);
  std::string g((std::istreambuf_iterator<char>(gin)), std::istreambuf_iterator<char>());
  CHECK(g.find("attr.name=\"sector\"") != std::string::npos);
  CHECK(g.find("<data key=\"n_type\">AGENT</data><data key=\"n_mentions\">1</data>") != std::string::npos);
  CHECK(g.find("<data key=\"n_sector\">COP</data><data key=\"n_country\">Kenya</data></node>") != std::string::npos);

  auto neo = dir / "neo4j-agents";
  REQUIRE(run(test::cli() + " export --format neo4j --db " + db + " -o " + neo.string() + " 2>/dev/null").status == 0);
  auto rows = read_csv(neo / "entities.csv");
  REQUIRE(!rows.empty());
  CHECK(rows[0][5] == "sector");
  CHECK(rows[0][6] == "country");
  bool agent_row = false;
  for (const auto& row : rows)
    if (row[0] == agent_id) agent_row = row[2] == "AGENT" && row[5] == "COP" && row[6] == "Kenya" && row[7] == "Entity;Agent";
  CHECK(agent_row);

  auto jsonl = dir / "jsonl-agents";
  REQUIRE(run(test::cli() + " export --format jsonl --db " + db + " -o " + jsonl.string() + " 2>/dev/null").status == 0);
  bool agent_line = false;
  for (const auto& f : std::filesystem::recursive_directory_iterator(jsonl / "entities")) {
    if (!f.is_regular_file()) continue;
    std::ifstream in(f.path());
    for (std::string line; std::getline(in, line);) {
      rapidjson::Document x;
      x.Parse(line.c_str());
      REQUIRE(!x.HasParseError());
      if (std::string(x["id"].GetString()) == agent_id)
        agent_line = std::string(x["sector"].GetString()) == "COP" && std::string(x["country"].GetString()) == "Kenya";
    }
  }
  CHECK(agent_line);

  auto dot = (dir / "agents.dot").string();
  REQUIRE(run(test::cli() + " export --format dot --around \"police of Kenya\" --db " + db + " -o " + dot + " 2>/dev/null").status == 0);
  std::ifstream din(dot);
  std::string text((std::istreambuf_iterator<char>(din)), std::istreambuf_iterator<char>());
  CHECK(text.find("[label=\"police of Kenya\", shape=octagon") != std::string::npos);
  CHECK(text.find("sector=\"COP\", country=\"Kenya\"") != std::string::npos);
  if (run("command -v dot >/dev/null").status == 0) {
    auto r = run("dot -Tsvg " + dot + " -o " + (dir / "agents.svg").string() + " 2>&1");
    CHECK(r.status == 0);
    CHECK(r.out.empty());  // Graphviz takes the extra attributes without a warning
  }
}

TEST_CASE_FIXTURE(Built, "an event's CAMEO code, PLOVER category, source and target reach every export and stats") {
  auto d = json();
  std::string toyota, europe, soldiers;
  for (const auto& e : d["entities"].GetArray()) {
    const std::string name = e["name"].GetString();
    if (name == "Toyota") toyota = e["id"].GetString();
    if (name == "Europe") europe = e["id"].GetString();
    if (name == "soldiers of Kenya") soldiers = e["id"].GetString();
  }
  REQUIRE(!toyota.empty());
  REQUIRE(!europe.empty());
  REQUIRE(!soldiers.empty());
  std::string sale;  // Toyota -began exporting-> (vehicles) to Europe: the target is an entity, the object is not
  bool fire = false;
  for (const auto& r : d["relations"].GetArray()) {
    const bool targeted = r.HasMember("target_text");
    if (r["subject"].IsString() && r["subject"].GetString() == toyota && std::string(r["predicate"].GetString()) == "export") {
      sale = r["id"].GetString();
      CHECK(r["object"].IsNull());
      CHECK(std::string(r["object_text"].GetString()) == "vehicles");
      REQUIRE(targeted);
      CHECK(std::string(r["target"].GetString()) == europe);
      CHECK(std::string(r["target_text"].GetString()) == "Europe");
      CHECK(std::string(r["cameo"].GetString()) == "061");
      CHECK(std::string(r["plover"].GetString()) == "COOPERATE");
    } else if (r["subject"].IsString() && r["subject"].GetString() == soldiers && std::string(r["predicate"].GetString()) == "open") {
      fire = true;  // "opened fire on protesters": the target is words, no entity
      REQUIRE(targeted);
      CHECK(r["target"].IsNull());
      CHECK(std::string(r["target_text"].GetString()) == "protesters");
      CHECK(std::string(r["plover"].GetString()) == "ASSAULT");
    }
  }
  REQUIRE(!sale.empty());
  CHECK(fire);

  // Query commands print the target with its name.
  auto q = run(test::cli() + " query 'ORG -export-> *' --json --db " + db + " 2>&1");
  CHECK(q.out.find("\"target_name\":\"Europe\",\"target_text\":\"Europe\"") != std::string::npos);

  // GraphML: the event is an edge Toyota -> Europe with its code, category and target.
  auto graphml = (dir / "targets.graphml").string();
  REQUIRE(run(test::cli() + " export --format graphml --db " + db + " -o " + graphml + " 2>/dev/null").status == 0);
  std::ifstream gin(graphml);
  std::string g((std::istreambuf_iterator<char>(gin)), std::istreambuf_iterator<char>());
  CHECK(g.find("<edge id=\"" + sale + "\" source=\"" + toyota + "\" target=\"" + europe + "\">") != std::string::npos);
  CHECK(g.find("<data key=\"e_cameo\">061</data><data key=\"e_plover\">COOPERATE</data><data key=\"e_target\">" + europe +
               "</data><data key=\"e_target_text\">Europe</data>") != std::string::npos);

  // Neo4j CSV: the same relationship, with plover, target and target_text as its last columns.
  auto neo = dir / "neo4j-targets";
  REQUIRE(run(test::cli() + " export --format neo4j --db " + db + " -o " + neo.string() + " 2>/dev/null").status == 0);
  auto rows = read_csv(neo / "relations.csv");
  REQUIRE(rows.size() > 1);
  const size_t n = rows[0].size();
  CHECK(rows[0][n - 3] == "plover");
  CHECK(rows[0][n - 2] == "target");
  CHECK(rows[0][n - 1] == "target_text");
  bool row = false;
  for (const auto& r : rows)
    if (r[3] == sale) row = r[0] == toyota && r[1] == europe && r[7] == "061" && r[n - 3] == "COOPERATE" && r[n - 2] == europe;
  CHECK(row);

  // JSON Lines: the relation line carries the target as the JSON export does.
  auto jsonl = dir / "jsonl-targets";
  REQUIRE(run(test::cli() + " export --format jsonl --db " + db + " -o " + jsonl.string() + " 2>/dev/null").status == 0);
  bool line_found = false;
  for (const auto& f : std::filesystem::recursive_directory_iterator(jsonl / "relations")) {
    if (!f.is_regular_file()) continue;
    std::ifstream in(f.path());
    for (std::string line; std::getline(in, line);)
      if (line.find(sale) != std::string::npos)
        line_found = line.find("\"target\":\"" + europe + "\",\"target_text\":\"Europe\"") != std::string::npos;
  }
  CHECK(line_found);

  // DOT: an edge to the target with the event's attributes; Graphviz reads them without a warning.
  auto dot = (dir / "targets.dot").string();
  REQUIRE(run(test::cli() + " export --format dot --around Toyota --db " + db + " -o " + dot + " 2>/dev/null").status == 0);
  std::ifstream din(dot);
  std::string text((std::istreambuf_iterator<char>(din)), std::istreambuf_iterator<char>());
  CHECK(text.find("\"" + toyota + "\" -> \"" + europe + "\"") != std::string::npos);
  CHECK(text.find("cameo=\"061\", plover=\"COOPERATE\", target_text=\"Europe\"") != std::string::npos);
  CHECK(text.find("[label=\"Europe\"") != std::string::npos);  // the target's node is in the selection
  if (run("command -v dot >/dev/null").status == 0) {
    auto r = run("dot -Tsvg " + dot + " -o " + (dir / "targets.svg").string() + " 2>&1");
    CHECK(r.status == 0);
    CHECK(r.out.empty());
  }

  // stats: events by their source's and their target's kind.
  auto st = run(test::cli() + " stats --json --db " + db + " 2>&1");
  rapidjson::Document s;
  s.Parse(st.out.c_str());
  REQUIRE(!s.HasParseError());
  CHECK(s["event_sources"]["AGENT"].GetInt() >= 2);  // police of Kenya arrested, soldiers of Kenya opened fire
  CHECK(s["event_targets"]["words"].GetInt() >= 1);
  CHECK(s["prepositional_targets"].GetInt() >= 2);
  CHECK(run(test::cli() + " stats --db " + db + " 2>&1").out.find("event targets (") != std::string::npos);

  // Re-ingesting the same articles changes nothing.
  const std::string before = run(test::cli() + " export --format json --db " + db).out;
  REQUIRE(run(test::cli() + " build " + (dir / "targets.txt").string() + " --db " + db + " --quiet 2>/dev/null >/dev/null").status == 0);
  CHECK(run(test::cli() + " export --format json --db " + db).out == before);
}
