// End-to-end: runs the newsgraph binary on the sample articles and checks its JSON.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>
#include <SQLiteCpp/Database.h>
#include <fstream>

#include <memory>
#include <set>

#include "test_util.h"
#include "time_interval.h"

using namespace newsgraph;
using test::run;

namespace {
// A scratch database and the CLI run on it; each fixture below builds its own articles into it.
struct CliDatabase {
  std::filesystem::path dir;
  std::string db;
  explicit CliDatabase(const std::string& name) : dir(test::scratch_dir(name)), db((dir / "g.db").string()) {}
  ~CliDatabase() { std::filesystem::remove_all(dir); }
  std::string ng(const std::string& args) { return test::cli() + " " + args + " --db " + db + " 2>" + (dir / "err").string(); }
  rapidjson::Document json(const std::string& args) {
    auto r = run(ng(args + " --json"));
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(!d.HasParseError());
    return d;
  }
};

struct Fixture : CliDatabase {
  Fixture() : CliDatabase("cli") { REQUIRE(run(ng("build " + test::samples())).status == 0); }
};
}  // namespace

TEST_CASE_FIXTURE(Fixture, "build twice: the second run changes nothing") {
  auto r = run(ng("build " + test::samples() + " --json"));
  CHECK(r.status == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(d["ingested"].GetInt() == 0);
  CHECK(d["unchanged"].GetInt() >= 12);
}

TEST_CASE_FIXTURE(Fixture, "timeline: one entity found by any alias, in date order, with claims") {
  auto d = json("timeline \"president alvarez\"");
  CHECK(std::string(d["entity"]["name"].GetString()) == "Marina Alvarez");
  const auto& rel = d["relations"];
  REQUIRE(rel.Size() >= 4);
  std::string prev;
  for (const auto& r : rel.GetArray()) {
    // In interval order (a week before the days inside it), not string order.
    std::string t = time_sort_key(r["time"]["value"].GetString());
    CHECK(t >= prev);
    prev = t;
  }
  CHECK(d["claims"].Size() >= 1);
  auto with = json("timeline Alvarez --with Whitfield");
  for (const auto& r : with["relations"].GetArray()) {
    std::string s = r["subject_name"].GetString(), o = r["object_name"].IsString() ? r["object_name"].GetString() : "";
    CHECK(((s == "Marina Alvarez" && o == "Daniel Whitfield") || (o == "Marina Alvarez" && s == "Daniel Whitfield")));
  }
  auto range = json("timeline Alvarez --from 2025-10-01 --to 2025-10-31");
  for (const auto& r : range["relations"].GetArray()) {
    std::string t = r["time"]["value"].GetString();
    CHECK(t >= "2025-10-01");
    CHECK(t.substr(0, 10) <= "2025-10-31");
  }
}

TEST_CASE_FIXTURE(Fixture, "path and neighbours") {
  auto p = json("path Okafor Alvarez --k 2");
  REQUIRE(p.Size() >= 1);
  CHECK(std::string(p[0]["steps"][0]["from_name"].GetString()) == "Grace Okafor");
  auto n = json("neighbors Ferreira");
  CHECK(n["neighbors"].Size() >= 1);
}

TEST_CASE_FIXTURE(Fixture, "claims by speaker, entity, explain and stats") {
  auto c = json("claims --speaker Okafor");
  REQUIRE(c.Size() >= 2);
  for (const auto& x : c.GetArray()) CHECK(std::string(x["speaker_name"].GetString()) == "Grace Okafor");
  auto e = json("entity Brazil");
  CHECK(std::string(e["type"].GetString()) == "COUNTRY");
  auto tl = json("timeline Brazil");
  std::string id = tl["relations"][0]["id"].GetString();
  auto x = json("explain " + id);
  CHECK(x[0]["evidence"].Size() >= 1);
  auto s = json("stats");
  CHECK(s["articles"].GetInt() >= 12);
  CHECK(s["event_types"].HasMember("meet"));
  // Relations by CAMEO root and by PLOVER category (data/cameo.tsv): meetings are 04 / CONSULT.
  REQUIRE(s.HasMember("cameo_roots"));
  CHECK(s["cameo_roots"]["04"].GetInt() >= 1);
  CHECK(s["plover"]["CONSULT"].GetInt() == s["cameo_roots"]["04"].GetInt());
  CHECK(run(ng("stats")).out.find("04 Consult: ") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "export JSON and DOT (rendered by dot when installed)") {
  auto out = (dir / "g.json").string();
  REQUIRE(run(ng("export --format json -o " + out)).status == 0);
  {  // every coded event carries its PLOVER category beside the CAMEO code
    std::ifstream in(out);
    rapidjson::IStreamWrapper is(in);
    rapidjson::Document g;
    g.ParseStream(is);
    REQUIRE(g.HasMember("relations"));
    int coded = 0;
    for (const auto& r : g["relations"].GetArray())
      if (r.HasMember("cameo") && r["cameo"].IsString()) {
        ++coded;
        REQUIRE(r.HasMember("plover"));
        REQUIRE(r["plover"].IsString());
        if (std::string(r["cameo"].GetString()).rfind("04", 0) == 0) CHECK(std::string(r["plover"].GetString()) == "CONSULT");
      }
    CHECK(coded >= 10);
  }
  auto dot = (dir / "g.dot").string();
  REQUIRE(run(ng("export --format dot --around Alvarez --depth 2 -o " + dot)).status == 0);
  std::ifstream around(dot);
  std::string text((std::istreambuf_iterator<char>(around)), std::istreambuf_iterator<char>());
  CHECK(text.find("[label=\"president\", style=dotted") != std::string::npos);  // Alvarez, president of Brazil
  REQUIRE(run(ng("export --format dot --path Okafor Alvarez -o " + dot)).status == 0);
  if (run("command -v dot >/dev/null").status == 0) {
    auto r = run("dot -Tsvg " + dot + " -o " + (dir / "g.svg").string() + " 2>&1");
    CHECK(r.status == 0);
    CHECK(r.out.empty());  // no warnings
  } else {
    MESSAGE("dot not installed: DOT rendering not checked");
  }
}

TEST_CASE_FIXTURE(Fixture, "usage errors exit 2 with a helpful message; skipped input exits 3") {
  auto r = run(ng("timeline Alvarz"));
  CHECK(r.status == 2);
  auto err = run("cat " + (dir / "err").string());
  CHECK(err.out.find("did you mean") != std::string::npos);
  CHECK(run(ng("timeline")).status == 2);
  CHECK(run(ng("frobnicate")).status == 2);
  CHECK(run(ng("timeline Alvarez --from yesterday")).status == 2);
  test::write_file(dir / "bad.jsonl", "{\"id\":\"ok\",\"text\":\"Brazil met Canada.\"}\n{broken\n");
  CHECK(run(ng("build " + (dir / "bad.jsonl").string())).status == 3);
  auto msg = run("cat " + (dir / "err").string());
  CHECK(msg.out.find("bad.jsonl:2:") != std::string::npos);
  CHECK(run(ng("stats --json")).out.find("\"articles\":13") != std::string::npos);
}

TEST_CASE("extract --sentences --format carb prints the input line exactly") {
  auto dir = test::scratch_dir("carb");
  test::write_file(dir / "s.txt", "The duties were approved by the cabinet .\nOkafor met Ferreira in Geneva .\n");
  auto r = run(test::cli() + " extract --sentences --format carb " + (dir / "s.txt").string());
  CHECK(r.status == 0);
  CHECK(r.out.find("The duties were approved by the cabinet .\t") == 0);
  CHECK(r.out.find("Okafor met Ferreira in Geneva .\t") != std::string::npos);
  CHECK(r.out.find("\twere approved by\tThe duties\tthe cabinet") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("timex prints byte offsets into the input") {
  auto r = run("printf 'Talks resumed on Monday and will end next week.' | " + test::cli() + " timex --date 2025-10-30");
  CHECK(r.status == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE(!d.HasParseError());
  REQUIRE(d.Size() == 2);
  CHECK(d[0]["start"].GetInt() == 17);
  CHECK(std::string(d[0]["value"].GetString()) == "2025-10-27");
  CHECK(std::string(d[1]["value"].GetString()) == "2025-W45");
}

TEST_CASE("hostile names survive into JSON and DOT exports intact and escaped") {
  auto dir = test::scratch_dir("hostile-cli");
  // Backslashes, quotes, angle brackets, a right-to-left mark and a control character.
  test::write_file(dir / "h.txt",
                   "id: h1\ndate: 2025-10-01\n\nPresident Ali\\Baba<b>\xE2\x80\x8FKhan met Prime Minister Zed\x07Quote\"s "
                   "in Geneva.\n");
  std::string db = (dir / "g.db").string();
  REQUIRE(run(test::cli() + " build " + (dir / "h.txt").string() + " --db " + db + " 2>/dev/null").status == 0);
  auto j = run(test::cli() + " export --format json --db " + db);
  REQUIRE(j.status == 0);
  rapidjson::Document d;
  d.Parse(j.out.c_str());
  REQUIRE(!d.HasParseError());
  bool backslash_name = false;
  for (const auto& e : d["entities"].GetArray())
    if (std::string(e["name"].GetString()).find('\\') != std::string::npos) backslash_name = true;
  CHECK(backslash_name);
  auto dot = (dir / "g.dot").string();
  REQUIRE(run(test::cli() + " export --format dot --db " + db + " -o " + dot + " 2>/dev/null").status == 0);
  if (run("command -v dot >/dev/null").status == 0) {
    auto r = run("dot -Tsvg " + dot + " -o /dev/null 2>&1");
    CHECK(r.status == 0);
    CHECK(r.out.empty());
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("duplicate ids in one input: the last one wins, with a warning") {
  auto dir = test::scratch_dir("dup");
  test::write_file(dir / "d.jsonl",
                   "{\"id\":\"same\",\"date\":\"2025-10-01\",\"text\":\"Brazil imposed tariffs on Canadian steel.\"}\n"
                   "{\"id\":\"same\",\"date\":\"2025-10-01\",\"text\":\"Brazil lifted tariffs on Canadian steel.\"}\n");
  std::string db = (dir / "g.db").string();
  auto r = run(test::cli() + " build " + (dir / "d.jsonl").string() + " --db " + db + " 2>" + (dir / "err").string());
  CHECK(r.status == 0);  // a warning, not a skipped input
  CHECK(run("cat " + (dir / "err").string()).out.find("d.jsonl:2: duplicate id 'same'") != std::string::npos);
  auto j = run(test::cli() + " export --format json --db " + db);
  rapidjson::Document d;
  d.Parse(j.out.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(d["articles"].Size() == 1);
  REQUIRE(d["relations"].Size() == 1);
  CHECK(std::string(d["relations"][0]["predicate"].GetString()) == "lift");
  std::filesystem::remove_all(dir);
}

// The JSON timeline has the text timeline's shape: one entry per fact, however many articles told
// it, with its count and every article's evidence; objectless fragments only with --all.
TEST_CASE("timeline --json merges a fact several articles report") {
  auto dir = test::scratch_dir("cli-merge");
  test::write_file(dir / "a.txt", "id: merge-a\ndate: 2025-11-04\n\nMarina Alvarez met Daniel Whitfield in Lisbon on Monday.\n");
  test::write_file(dir / "b.txt", "id: merge-b\ndate: 2025-11-05\n\nMarina Alvarez met Daniel Whitfield in Lisbon on November 3."
                                  " Alvarez arrived on Sunday.\n");
  test::write_file(dir / "c.txt", "id: merge-c\ndate: 2025-11-05\n\nMarina Alvarez held a meeting with Daniel Whitfield "
                                  "in Lisbon on November 3.\n");
  const std::string db = (dir / "g.db").string();
  REQUIRE(run(test::cli() + " build " + dir.string() + " --db " + db + " --quiet >/dev/null 2>&1").status == 0);
  auto timeline = [&](const std::string& extra) {
    auto r = run(test::cli() + " timeline Alvarez --json --db " + db + extra);
    REQUIRE(r.status == 0);
    auto d = std::make_unique<rapidjson::Document>();
    d->Parse(r.out.c_str());
    REQUIRE(!d->HasParseError());
    return d;
  };
  auto d = timeline("");
  int meetings = 0;
  std::string prev;
  for (const auto& r : (*d)["relations"].GetArray()) {
    CHECK((r["object"].IsString() || r["object_text"].IsString()));  // no fragment without --all
    std::string t = time_sort_key(r["time"]["value"].GetString());
    CHECK(t >= prev);
    prev = t;
    if (!r.HasMember("event_type") || !r["event_type"].IsString() || std::string(r["event_type"].GetString()) != "meet") continue;
    ++meetings;
    CHECK(std::string(r["time"]["value"].GetString()) == "2025-11-03");
    CHECK(r["count"].GetInt() == 3);
    CHECK(r["relation_ids"].Size() == 2);  // "met" twice (one relation), "held a meeting with" once
    std::set<std::string> articles;
    for (const auto& e : r["evidence"].GetArray()) articles.insert(e["article"].GetString());
    CHECK(articles == std::set<std::string>{"merge-a", "merge-b", "merge-c"});
  }
  CHECK(meetings == 1);
  // The text output counts the same fact the same way.
  auto text = run(test::cli() + " timeline Alvarez --db " + db);
  CHECK(text.out.find("(3 reports)") != std::string::npos);
  auto all = timeline(" --all");
  bool fragment = false;
  for (const auto& r : (*all)["relations"].GetArray()) fragment = fragment || (r["object"].IsNull() && r["object_text"].IsNull());
  CHECK(fragment);  // "Alvarez arrived on Sunday"
  std::filesystem::remove_all(dir);
}

namespace {
// A database of one article in which Ilse Brandvold is only the target of an event (schema 8's
// target fields): riot-control-weapon keeps the weapon as the object, the person as the target.
struct TargetsOnly : CliDatabase {
  TargetsOnly() : CliDatabase("cli-targets") {
    test::write_file(dir / "targets.txt",
                     "id: targets\ndate: 2025-10-07\n\nKenyan soldiers used tear gas on Ilse Brandvold in Nairobi on "
                     "Monday. Canada granted asylum to Peru on Tuesday.\n");
    REQUIRE(run(ng("build " + (dir / "targets.txt").string() + " --quiet")).status == 0);
  }
};

std::string str_of(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}
}  // namespace

TEST_CASE_FIXTURE(TargetsOnly, "timeline and --around reach an entity that is only the target of events") {
  auto t = json("timeline \"Ilse Brandvold\"");
  REQUIRE(t["relations"].Size() == 1);
  const auto& r = t["relations"][0];
  CHECK(str_of(r, "predicate") == "use");
  CHECK(str_of(r, "object_text") == "tear gas");
  CHECK(str_of(r, "target_name") == "Ilse Brandvold");
  CHECK(str_of(r, "subject_name") == "soldiers of Kenya");
  // The other side may be the subject; an entity that is object and target (Peru) is one row.
  CHECK(json("timeline \"Ilse Brandvold\" --with \"soldiers of Kenya\"")["relations"].Size() == 1);
  CHECK(json("timeline Peru")["relations"].Size() == 1);
  // The neighbourhood holds the event and its source.
  auto run_export = run(ng("export --format json --around \"Ilse Brandvold\""));
  REQUIRE(run_export.status == 0);
  rapidjson::Document d;
  d.Parse(run_export.out.c_str());
  REQUIRE(!d.HasParseError());
  REQUIRE(d["relations"].Size() == 1);
  CHECK(str_of(d["relations"][0], "predicate") == "use");
  std::set<std::string> names;
  for (const auto& e : d["entities"].GetArray()) names.insert(str_of(e, "name"));
  CHECK(names.count("soldiers of Kenya"));
  CHECK(names.count("Ilse Brandvold"));
  CHECK(!names.count("Canada"));  // another sentence's event, not Brandvold's neighbourhood
  CHECK(json("stats")["articles_before_targets"].GetInt() == 0);  // built at schema 8: every target kept
}

TEST_CASE_FIXTURE(TargetsOnly, "stats says which articles of a database migrated from schema 7 lack event targets") {
  {
    SQLite::Database raw(db, SQLite::OPEN_READWRITE);
    raw.exec("DROP INDEX relations_target; ALTER TABLE relations DROP COLUMN target_id; "
             "ALTER TABLE relations DROP COLUMN target_text; UPDATE meta SET value = '7' WHERE key = 'schema_version'");
  }
  CHECK(json("stats")["articles_before_targets"].GetInt() == 1);  // read as it is: no targets anywhere
  CHECK(json("timeline \"Ilse Brandvold\"")["relations"].Size() == 0);
  test::write_file(dir / "later.txt", "id: later\ndate: 2025-10-08\n\nKenyan police fired rubber bullets at Bobi Okello on Wednesday.\n");
  REQUIRE(run(ng("build " + (dir / "later.txt").string() + " --quiet")).status == 0);  // migrates to schema 8
  CHECK(json("stats")["articles_before_targets"].GetInt() == 1);
  auto text = run(ng("stats"));
  REQUIRE(text.status == 0);
  CHECK(text.out.find("articles extracted before schema 8: 1 of 2") != std::string::npos);
  CHECK(json("timeline \"Bobi Okello\"")["relations"].Size() == 1);  // the new article's event has its target
}

namespace {
// An event aimed at a target (not its object) links its source and its target in the graph that
// neighbors and path walk: Halvorsen met Brandvold, at whom soldiers of Kenya used tear gas.
struct TargetReach : CliDatabase {
  TargetReach() : CliDatabase("cli-reach") {
    test::write_file(dir / "reach.txt",
                     "id: reach\ndate: 2025-10-07\n\nKenyan soldiers used tear gas on Ilse Brandvold in Nairobi on "
                     "Monday. Marek Halvorsen met Ilse Brandvold in Oslo on Tuesday.\n");
    REQUIRE(run(ng("build " + (dir / "reach.txt").string() + " --quiet")).status == 0);
  }
};

std::set<std::string> neighbour_names(const rapidjson::Document& n) {
  std::set<std::string> names;
  for (const auto& e : n["neighbors"].GetArray()) names.insert(str_of(e, "name"));
  return names;
}
}  // namespace

TEST_CASE_FIXTURE(TargetReach, "neighbors and path walk from an event's source to its target") {
  // Two hops from Halvorsen: Brandvold, then the source of the event aimed at her.
  CHECK(!neighbour_names(json("neighbors \"Marek Halvorsen\"")).count("soldiers of Kenya"));
  auto n = json("neighbors \"Marek Halvorsen\" --depth 2");
  CHECK(neighbour_names(n).count("soldiers of Kenya"));
  bool event = false;
  for (const auto& r : n["relations"].GetArray()) event = event || str_of(r, "target_name") == "Ilse Brandvold";
  CHECK(event);
  CHECK(neighbour_names(json("neighbors \"Ilse Brandvold\"")).count("soldiers of Kenya"));
  // The path's target hop is told apart: its event is under target_relations, not relations.
  auto p = json("path \"Marek Halvorsen\" \"soldiers of Kenya\"");
  REQUIRE(p.Size() == 1);
  REQUIRE(p[0]["hops"].GetInt() == 2);
  const auto& hop = p[0]["steps"][1];
  CHECK(str_of(hop, "to_name") == "soldiers of Kenya");
  CHECK(hop["relations"].Size() == 0);
  REQUIRE(hop["target_relations"].Size() == 1);
  CHECK(str_of(hop["target_relations"][0], "predicate") == "use");
  CHECK(str_of(hop["target_relations"][0], "target_name") == "Ilse Brandvold");
  CHECK(p[0]["steps"][0]["target_relations"].Size() == 0);  // the meeting: an ordinary relation
  CHECK(p[0]["steps"][0]["relations"].Size() == 1);
  auto text = run(ng("path \"soldiers of Kenya\" \"Ilse Brandvold\""));
  REQUIRE(text.status == 0);
  CHECK(text.out.find("(aimed at Ilse Brandvold)") != std::string::npos);
}

TEST_CASE("--help lists each option of timeline once") {
  auto r = run(test::cli() + " --help");
  REQUIRE(r.status == 0);
  size_t count = 0;
  for (size_t at = r.out.find("[--all"); at != std::string::npos; at = r.out.find("[--all", at + 1)) ++count;
  CHECK(count == 1);
}
