// The analyst's commands: time intervals and timeline order, the pattern language and each query
// form on the samples (with the plan SQLite uses), conflicts on invented articles that disagree,
// and build progress and --version.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>

#include "schema.h"
#include "pattern.h"
#include "progress.h"
#include "test_util.h"
#include "time_interval.h"

using namespace newsgraph;
using test::run;

TEST_CASE("time intervals of every granularity") {
  auto first_last = [](const char* v) {
    auto i = time_interval(v);
    REQUIRE(i);
    return i->first.str() + " " + i->last.str() + (i->coarse ? " coarse" : "");
  };
  CHECK(first_last("2025-09-22") == "2025-09-22 2025-09-22");
  CHECK(first_last("2025-09-22TMO") == "2025-09-22 2025-09-22");
  CHECK(first_last("2025-09") == "2025-09-01 2025-09-30 coarse");
  CHECK(first_last("2025-W38") == "2025-09-15 2025-09-21 coarse");
  CHECK(first_last("2026-W01") == "2025-12-29 2026-01-04 coarse");  // ISO week 1 starts in the old year
  CHECK(first_last("2025-Q4") == "2025-10-01 2025-12-31 coarse");
  CHECK(first_last("2025-H2") == "2025-07-01 2025-12-31 coarse");
  CHECK(first_last("2025-SU") == "2025-06-01 2025-08-31 coarse");
  CHECK(first_last("2024-WI") == "2024-12-01 2025-02-28 coarse");
  CHECK(first_last("2025") == "2025-01-01 2025-12-31 coarse");
  CHECK(first_last("198") == "1980-01-01 1989-12-31 coarse");
  for (const char* none : {"P1Y", "PRESENT_REF", "2025-13", "2025-W60", "2025-Q5", "", "2025-02-30"})
    CHECK_MESSAGE(!time_interval(none), none);
}

TEST_CASE("timeline order of mixed granularity: by first day, a coarse value before the days inside it") {
  std::vector<std::string> values = {"2025-09-22", "2025-W38", "2025-09-10", "2025-Q4", "2025-10-01", "2025-09",
                                     "2025", "2025-11", "P1Y", "2025-09-15"};
  std::stable_sort(values.begin(), values.end(),
                   [](const std::string& a, const std::string& b) { return time_sort_key(a) < time_sort_key(b); });
  CHECK(values == std::vector<std::string>{"2025", "2025-09", "2025-09-10", "2025-W38", "2025-09-15", "2025-09-22",
                                           "2025-Q4", "2025-10-01", "2025-11", "P1Y"});
  // Without an interval of its own, a value sorts by the fallback (the article date).
  CHECK(time_sort_key("PRESENT_REF", "2025-09-16") > time_sort_key("2025-W38"));
}

TEST_CASE("the pattern language: its three parts and errors that name the bad token") {
  auto p = parse_pattern("PERSON -meet-> PERSON");
  CHECK(p.subject == "PERSON");
  CHECK(p.relation == "meet");
  CHECK(p.object == "PERSON");
  p = parse_pattern("  * -[cameo:13*]->   China ");
  CHECK(p.subject == "*");
  CHECK(p.relation == "cameo:13*");
  CHECK(p.object == "China");
  p = parse_pattern("Abdul-Aziz -[claim]-> New York");
  CHECK(p.subject == "Abdul-Aziz");
  CHECK(p.object == "New York");
  CHECK(parse_pattern("Canada --> *").relation.empty());
  CHECK_THROWS_WITH_AS(parse_pattern("PERSON meet PERSON"), doctest::Contains("no arrow"), PatternError);
  CHECK_THROWS_WITH_AS(parse_pattern("-meet-> PERSON"), doctest::Contains("no subject"), PatternError);
  CHECK_THROWS_WITH_AS(parse_pattern("PERSON -meet->"), doctest::Contains("no object"), PatternError);
  CHECK_THROWS_AS(parse_pattern("A -x-> B -y-> C"), PatternError);
}

namespace {
struct Samples {
  std::filesystem::path dir = test::scratch_dir("query");
  std::string db = (dir / "g.db").string();
  std::string ng(const std::string& args) { return test::cli() + " " + args + " --db " + db + " 2>" + (dir / "err").string(); }
  Samples() { REQUIRE(run(ng("build " + test::samples())).status == 0); }
  ~Samples() { std::filesystem::remove_all(dir); }
  std::string err() {
    std::ifstream in(dir / "err");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  rapidjson::Document json(const std::string& args) {
    auto r = run(ng(args + " --json"));
    REQUIRE_MESSAGE(r.status == 0, args);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(!d.HasParseError());
    return d;
  }
  // The relations a pattern matches, as "subject|event or predicate|object|modality|polarity".
  std::vector<std::string> matches(const std::string& pattern_and_options) {
    auto d = json("query " + pattern_and_options);
    std::vector<std::string> out;
    for (const auto& r : d["relations"].GetArray()) {
      std::string o = r["object_name"].IsString() ? r["object_name"].GetString() : "";
      std::string rel = r["event_type"].IsString() ? r["event_type"].GetString() : r["predicate"].GetString();
      out.push_back(std::string(r["subject_name"].GetString()) + "|" + rel + "|" + o + "|" + r["modality"].GetString() +
                    "|" + r["polarity"].GetString());
    }
    CHECK(static_cast<size_t>(d["total"].GetInt()) == out.size());
    return out;
  }
};
bool all_match(const std::vector<std::string>& rows, const std::string& part) {
  return !rows.empty() && std::all_of(rows.begin(), rows.end(), [&](const std::string& r) { return r.find(part) != std::string::npos; });
}
}  // namespace

TEST_CASE_FIXTURE(Samples, "query: types and an event type, with a date range") {
  auto rows = matches("'PERSON -meet-> PERSON'");
  CHECK(rows.size() == 5);
  CHECK(all_match(rows, "|meet|"));
  auto october = matches("'PERSON -meet-> PERSON' --from 2025-10-01 --to 2025-10-05");
  CHECK(october == std::vector<std::string>{"Grace Okafor|meet|Paulo Ferreira|asserted|positive"});
  CHECK(matches("'PERSON -meet-> PERSON' --from 2025-12").empty());
}

TEST_CASE_FIXTURE(Samples, "query: entity names by any alias on either side, and *") {
  CHECK(matches("'COUNTRY -impose_tariff-> *'") == std::vector<std::string>{"Canada|impose_tariff|Brazil|asserted|positive"});
  auto by_alias = matches("'\"president alvarez\" -meet-> Whitfield'");
  CHECK(by_alias.size() == 3);
  CHECK(all_match(by_alias, "Marina Alvarez|meet|Daniel Whitfield"));
  CHECK(all_match(matches("'* -sign_agreement-> Canada'"), "Brazil|sign_agreement|Canada"));
}

TEST_CASE_FIXTURE(Samples, "query: a CAMEO prefix, an exact code and a predicate lemma") {
  auto easing = matches("'* -[cameo:08*]-> *'");
  // "was ready to suspend" and "agreed to suspend" are intents (03x) whose acts carry no code.
  CHECK(easing.size() == 7);
  CHECK(std::all_of(easing.begin(), easing.end(), [](const std::string& r) {
    return r.find("lift_tariff") != std::string::npos || r.find("ease_export_control") != std::string::npos;
  }));
  CHECK(matches("'* -[cameo:163]-> *'").size() == 2);  // the tariff and the export controls
  auto lift = matches("'Canada -lift-> *'");          // not an event type: the lemma
  CHECK(lift.size() == 4);
  CHECK(all_match(lift, "Canada|lift_tariff|"));
  CHECK(matches("'Canada -[lemma:lift]-> *'") == lift);
}

TEST_CASE_FIXTURE(Samples, "query: claims by a speaker, and the modality, polarity and source filters") {
  auto said = matches("'Ferreira -[claim]-> *'");
  // With "government would file a complaint" (speaker-country: no dateline country in speech),
  // "tariffs could take effect" and "two sides had narrowed their differences" (text subjects).
  CHECK(said.size() == 5);
  // "Brazil will buy 12 aircraft, Ferreira said": the reporting wins over "will" (gold guide).
  CHECK(matches("'Ferreira -[claim]-> *' --modality reported").size() == 4);
  CHECK(matches("'* -lift-> *' --modality hypothetical") == std::vector<std::string>{"Canada|lift_tariff||hypothetical|positive"});
  CHECK(matches("'* -lift-> *' --polarity negative") == std::vector<std::string>{"Canada|lift_tariff||reported|negative"});
  auto page = json("query '* -meet-> *' --limit 2");  // the total counts every match, not the page
  CHECK(page["relations"].Size() == 2);
  CHECK(page["total"].GetInt() == 6);  // with "ministers plan to meet" (a text subject)
  auto r = run(ng("query '* -meet-> *' --source 'no such agency' --json"));
  CHECK(r.status == 0);
  CHECK(r.out.find("\"total\":0") != std::string::npos);
}

TEST_CASE_FIXTURE(Samples, "query --group-by subject, object and month counts the matches") {
  auto by_subject = json("query 'COUNTRY -*-> *' --group-by subject");
  // The stance events of "agreed to suspend" and "threatened to ..." count as relations of their own;
  // "Canada vowed to retaliate" keeps its subject (a target that is the subject itself is dropped).
  CHECK(by_subject["total"].GetInt() == 24);
  CHECK(std::string(by_subject["groups"][0]["key"].GetString()) == "Brazil");
  CHECK(by_subject["groups"][0]["count"].GetInt() == 12);
  auto by_month = json("query 'COUNTRY -*-> *' --group-by month");
  CHECK(by_month["groups"].Size() == 3);
  auto by_object = json("query 'PERSON -meet-> *' --group-by object");
  CHECK(std::string(by_object["groups"][0]["key"].GetString()) == "Daniel Whitfield");
  auto text = run(ng("query 'COUNTRY -*-> *' --group-by subject"));
  CHECK(text.out.find("24 matches in 2 groups by subject") != std::string::npos);
}

TEST_CASE_FIXTURE(Samples, "query: each named pattern is answered through an index (EXPLAIN QUERY PLAN)") {
  for (const char* p : {"PERSON -meet-> PERSON", "COUNTRY -impose_tariff-> *", "* -[cameo:13*]-> Canada",
                        "Ferreira -[claim]-> *", "* -lift-> *", "PERSON -*-> *", "Canada -*-> *"}) {
    auto r = run(ng(std::string("query '") + p + "' --plan"));
    REQUIRE(r.status == 0);
    // The matching part reads relations through an index; only the page of IDs it made is scanned.
    CHECK_MESSAGE(r.out.find("SCAN r\n") == std::string::npos, p, "\n", r.out);
    CHECK_MESSAGE(r.out.find("USING") != std::string::npos, p);
  }
}

TEST_CASE_FIXTURE(Samples, "query: a malformed pattern or bad option is a usage error naming the token") {
  struct Case {
    const char* args;
    const char* says;
  };
  for (Case c : {Case{"'PERSON meet PERSON'", "no arrow"}, Case{"'PERSONS -meet-> *'", "subject 'PERSONS'"},
                 Case{"'* -[cameo:1x]-> *'", "relation 'cameo:1x'"}, Case{"'* -[event:nosuch]-> *'", "relation 'event:nosuch'"},
                 Case{"'* -meet-> Atlantis'", "object 'Atlantis'"}, Case{"'* -meet-> *' --modality certain", "--modality 'certain'"},
                 Case{"'* -meet-> *' --group-by week", "--group-by"}, Case{"'* -meet-> *' --from 2025-13", "--from"},
                 Case{"'* -meet-> *' --limit 0", "--limit"}}) {
    auto r = run(ng(std::string("query ") + c.args));
    CHECK_MESSAGE(r.status == 2, c.args);
    CHECK_MESSAGE(err().find(c.says) != std::string::npos, c.args, " -> ", err());
  }
}

TEST_CASE_FIXTURE(Samples, "timeline: interval order, coarse values marked, fragments only with --all") {
  auto text = run(ng("timeline Canada")).out;
  // The week of September 15 (2025-W38) comes after September 10 and before September 22.
  size_t sep10 = text.find("2025-09-10"), week = text.find("~2025-W38"), sep22 = text.find("2025-09-22");
  REQUIRE(week != std::string::npos);
  CHECK(sep10 < week);
  CHECK(week < sep22);
  CHECK(text.find("~2025-11 ") < text.find("2025-11-05"));
  // "Canada did not say" has no object: hidden, and shown with --all.
  auto all = run(ng("timeline Canada --all")).out;
  auto entries = [](const std::string& s) { return std::stoi(s.substr(s.find(": ") + 2)); };
  CHECK(entries(all) > entries(text));
  CHECK(all.find("Canada did not say") != std::string::npos);
  CHECK(text.find("Canada did not say") == std::string::npos);
}

namespace {
struct Disagreeing {
  std::filesystem::path dir = test::scratch_dir("conflicts");
  std::string db = (dir / "g.db").string();
  std::string fixtures = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/fixtures/conflicts";
  std::string ng(const std::string& args) { return test::cli() + " " + args + " --db " + db + " 2>/dev/null"; }
  Disagreeing() { REQUIRE(run(ng("build " + fixtures)).status == 0); }
  ~Disagreeing() { std::filesystem::remove_all(dir); }
  rapidjson::Document conflicts(const std::string& options = "") {
    auto r = run(ng("conflicts --json " + options));
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(!d.HasParseError());
    return d;
  }
  // The conflict of `kind`, which must be there exactly once.
  const rapidjson::Value& only(const rapidjson::Document& d, const std::string& kind) {
    const rapidjson::Value* found = nullptr;
    int n = 0;
    for (const auto& c : d["conflicts"].GetArray())
      if (c["kind"].GetString() == kind) found = &c, ++n;
    REQUIRE_MESSAGE(n == 1, kind);
    return *found;
  }
  static std::vector<std::string> values(const rapidjson::Value& c) {
    std::vector<std::string> out;
    for (const auto& v : c["versions"].GetArray()) out.push_back(v["value"].GetString());
    return out;
  }
};
}  // namespace

TEST_CASE_FIXTURE(Disagreeing, "conflicts: figures, 25 against 30 percent for one day's tariff") {
  auto d = conflicts();
  const auto& c = only(d, "figures");
  CHECK(std::string(c["subject"]["name"].GetString()) == "Canada");
  CHECK(std::string(c["object"]["name"].GetString()) == "Brazil");
  CHECK(values(c) == std::vector<std::string>{"25 percent", "30 percent"});
  // Each version names its article, date and sentence; the later 40 percent tariff is not in it.
  for (const auto& v : c["versions"].GetArray()) {
    CHECK(std::string(v["article"]["id"].GetString()).rfind("fx-2025-09-2", 0) == 0);
    CHECK(std::string(v["sentence"]["text"].GetString()).find("Canada imposed tariffs of") != std::string::npos);
  }
}

TEST_CASE_FIXTURE(Disagreeing, "conflicts: dates, one upcoming meeting on two days; a second meeting is not one") {
  auto d = conflicts();
  const auto& c = only(d, "dates");
  CHECK(values(c) == std::vector<std::string>{"2025-10-28", "2025-10-30"});
  CHECK(std::string(c["subject"]["name"].GetString()) == "Marina Alvarez");
}

TEST_CASE_FIXTURE(Disagreeing, "conflicts: polarity, met against did not meet on October 17") {
  auto d = conflicts();
  const auto& c = only(d, "polarity");
  CHECK(values(c) == std::vector<std::string>{"negative", "positive"});
  CHECK(std::string(c["relation"].GetString()) == "meet");
  for (const auto& v : c["versions"].GetArray()) CHECK(std::string(v["time"].GetString()) == "2025-10-17");
}

TEST_CASE_FIXTURE(Disagreeing, "conflicts: modality, announced against denied, with the speaker") {
  auto d = conflicts();
  const auto& c = only(d, "modality");
  CHECK(values(c) == std::vector<std::string>{"denied", "reported"});
  CHECK(std::string(c["versions"][0]["speaker"].GetString()) == "Paulo Ferreira");
  CHECK(d["conflicts"].Size() == 4);  // and nothing else: the look-alikes stay out
  auto about = conflicts("--about 'Grace Okafor'");
  REQUIRE(about["conflicts"].Size() == 1);
  CHECK(std::string(about["conflicts"][0]["kind"].GetString()) == "polarity");
}

TEST_CASE("conflicts on the samples: nothing disagrees there") {
  auto dir = test::scratch_dir("conflicts-samples");
  std::string ng = test::cli() + " --db " + (dir / "g.db").string();
  REQUIRE(run(test::cli() + " build " + test::samples() + " --db " + (dir / "g.db").string() + " >/dev/null 2>&1").status == 0);
  auto r = run(test::cli() + " conflicts --db " + (dir / "g.db").string());
  CHECK(r.status == 0);
  CHECK(r.out.rfind("0 conflicts", 0) == 0);
  std::filesystem::remove_all(dir);
}

namespace {
// `n` short articles as JSON Lines, each with its own id, so that a build takes long enough to
// draw its progress line.
std::string many_articles(const std::filesystem::path& dir, int n) {
  std::string path = (dir / "many.jsonl").string();
  std::ofstream out(path);
  for (int i = 0; i < n; ++i)
    out << "{\"id\":\"many-" << i << "\",\"date\":\"2025-10-0" << (1 + i % 9)
        << "\",\"text\":\"Grace Okafor met Paulo Ferreira in Geneva on Monday. Brazil said it would suspend the "
           "niobium controls, trade minister Paulo Ferreira told reporters. Canada imposed tariffs of "
        << (10 + i % 30) << " percent on Brazilian steel.\"}\n";
  return path;
}
}  // namespace

TEST_CASE("build: a progress line on a terminal, none on a pipe; notes counted with details in a log") {
  auto dir = test::scratch_dir("progress");
  // Enough articles that the build outlasts the progress line's first 250 ms (a bulk load of 600 takes about 0.2 s).
  std::string input = many_articles(dir, 5000), db = (dir / "g.db").string();
  auto piped = run(test::cli() + " build " + input + " --db " + db + " 2>" + (dir / "err").string());
  CHECK(piped.status == 0);
  std::ifstream err_in(dir / "err");
  std::string err((std::istreambuf_iterator<char>(err_in)), {});
  CHECK(err.find('\r') == std::string::npos);
  CHECK(err.find("articles/s") == std::string::npos);
  CHECK(piped.out.find("articles/s") == std::string::npos);
  // On a terminal (util-linux `script` gives the build one), the line is drawn and then cleared.
  if (run("command -v script >/dev/null").status == 0) {
    std::filesystem::remove(db);
    auto tty = run("script -qec '" + test::cli() + " build " + input + " --db " + db + "' /dev/null");
    CHECK(tty.status == 0);
    CHECK(tty.out.find("articles/s") != std::string::npos);
    CHECK(tty.out.find("ETA") != std::string::npos);
    auto quiet = run("script -qec '" + test::cli() + " build " + input + " --db " + db + " --quiet' /dev/null");
    CHECK(quiet.out.find("articles/s") == std::string::npos);
  } else {
    MESSAGE("util-linux script is not installed: the terminal half of this test is skipped");
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the progress line's figures") {
  CHECK(ProgressLine::format(500, 400, 2000000, 4000000, 2.0) ==
        "500 articles (400 new)  250 articles/s  1.0 MB/s  50%  ETA 0:02");
  CHECK(ProgressLine::format(10, 10, 1000, 0, 1.0) == "10 articles (10 new)  10 articles/s  0.0 MB/s");
}

TEST_CASE("build: notes are counted by kind, the details go to a log file named in the summary") {
  auto dir = test::scratch_dir("notes");
  // Two people share a surname: a bare "Okafor" is then ambiguous, a note.
  test::write_file(dir / "a.txt", "date: 2025-10-01\n\nGrace Okafor met Paulo Ferreira. Daniel Okafor met Paulo Ferreira.\n");
  test::write_file(dir / "b.txt", "date: 2025-10-02\n\nOkafor criticized the plan on Monday.\n");
  std::string db = (dir / "g.db").string();
  auto r = run(test::cli() + " build " + dir.string() + " --db " + db + " 2>/dev/null");
  CHECK(r.status == 0);
  CHECK(r.out.find("notes: ") != std::string::npos);
  CHECK(r.out.find(" ambiguous surname (details in " + db + ".notes.log)") != std::string::npos);
  CHECK(r.out.find("note: ") == std::string::npos);
  std::ifstream log(db + ".notes.log");
  std::string text((std::istreambuf_iterator<char>(log)), {});
  CHECK(text.find("ambiguous surname: ambiguous surname 'Okafor'") != std::string::npos);
  auto verbose = run(test::cli() + " build " + dir.string() + " --db " + (dir / "v.db").string() + " --verbose 2>/dev/null");
  CHECK(verbose.out.find("note: ambiguous surname 'Okafor'") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("--version names the version, the schema version and the data in use") {
  auto r = run(test::cli() + " --version");
  CHECK(r.status == 0);
  CHECK(r.out.rfind("newsgraph ", 0) == 0);
  CHECK(r.out.find("database schema version " + std::to_string(newsgraph::kSchemaVersion)) != std::string::npos);
  CHECK(r.out.find("events.tsv") != std::string::npos);
  CHECK(r.out.find("lexicon/") != std::string::npos);
  CHECK(r.out.find("wordnet-base") != std::string::npos);
  CHECK(run(test::cli() + " version").out == r.out);
}
