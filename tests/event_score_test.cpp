// The event scorer of tools/eval_events on hand-made cases: the taxonomy and agents files, the gold
// format and its errors, lenient actor matching, and root / PLOVER / strict pairing.
#include <doctest/doctest.h>

#include <cstdio>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <unistd.h>

#include "event_gold.h"
#include "event_score.h"
#include "event_taxonomy.h"

using namespace newsgraph::events;

namespace {

const std::string kData = std::string(NEWSGRAPH_SOURCE_DIR) + "/data";

const CameoTaxonomy& taxonomy() {
  static CameoTaxonomy t = [] {
    CameoTaxonomy x;
    x.load(kData + "/cameo.tsv");
    return x;
  }();
  return t;
}

const AgentTable& agents() {
  static AgentTable a = [] {
    AgentTable x;
    x.load(kData + "/agents.tsv");
    return x;
  }();
  return a;
}

// A file in the temporary folder holding `text`; removed when the object goes.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& text, const std::string& name = "gold.tsv") {
    path = (std::filesystem::temp_directory_path() / ("event_score_test-" + std::to_string(getpid()) + "-" + name)).string();
    std::ofstream(path) << text;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

std::string gold_error(const std::string& text) {
  TempFile f(text);
  std::vector<GoldSentence> out;
  try {
    read_gold_file(f.path, taxonomy(), out);
  } catch (const std::exception& e) {
    std::string m = e.what();
    return m.substr(m.find(':') + 1);  // drop the temporary path, keep "LINE: what"
  }
  return "";
}

PredictedEvent pred(const std::string& code, const std::string& subject, const std::string& object) {
  PredictedEvent p;
  p.code = code;
  if (!subject.empty()) p.source_texts.push_back(subject);
  if (!object.empty()) p.target_texts.push_back(object);
  return p;
}

GoldSentence sentence(const std::vector<GoldEvent>& events) {
  GoldSentence s;
  s.id = "t";
  s.events = events;
  return s;
}

GoldEvent event(const std::string& code, const std::string& source, const std::string& target) {
  return GoldEvent{code, parse_actor(source), parse_actor(target)};
}

}  // namespace

TEST_CASE("taxonomy: roots, PLOVER categories and the project's types") {
  const CameoTaxonomy& t = taxonomy();
  for (int r = 1; r <= 20; ++r) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", r);
    CHECK_MESSAGE(t.known(code), code);
  }
  CHECK(t.root("0841") == "08");
  CHECK(t.plover("0841") == "RETREAT");
  CHECK(t.plover("082") == "CONCEDE");
  CHECK(t.plover("163") == "SANCTION");
  CHECK(t.plover("1712") == "ASSAULT");
  CHECK(t.plover("0211") == "REQUEST");
  CHECK(t.cameo_number("threaten_tariff") == "1312");
  CHECK(t.root("impose_tariff") == "16");
  CHECK(t.plover("lift_tariff") == "RETREAT");
  CHECK(t.root("no_such_type").empty());
  CHECK(t.plover("no_such_type").empty());
}

TEST_CASE("taxonomy and agents: a malformed row names its file and line") {
  TempFile bad("# header\n01\t-\tSTATEMENT\tMake public statement\n011\t01\tDecline comment\n", "cameo.tsv");
  CameoTaxonomy t;
  CHECK_THROWS_WITH(t.load(bad.path), (bad.path + ":3: expected 4 tab-separated columns (code, parent, PLOVER, name)").c_str());
  TempFile parent("01\t-\tSTATEMENT\tx\n021\t01\tREQUEST\ty\n", "cameo2.tsv");
  CameoTaxonomy t2;
  CHECK_THROWS_WITH(t2.load(parent.path), (parent.path + ":2: the parent of 021 must be its prefix (or - for a root)").c_str());
  TempFile agent("police\t-\t-\tno sector\n", "agents.tsv");
  AgentTable a;
  CHECK_THROWS_WITH(a.load(agent.path), (agent.path + ":1: every agent needs a sector code").c_str());
  CHECK(agents().find("soldiers") == agents().find("soldier"));
  REQUIRE(agents().find("police") != nullptr);
  CHECK(agents().find("police")->sector == "COP");
}

TEST_CASE("gold format: sentences, events, no-event sentences and alternatives") {
  TempFile f(
      "# comment\n"
      "a1\t2020-01-02\tproject\tPolice in Nairobi detained two students.\n"
      "\t173\tpolice (Kenya)\tstudents|pupils\n"
      "\n"
      "a2\t2020-01-02\tproject\tIt rained.\n"
      "\t-\n");
  std::vector<GoldSentence> g;
  read_gold_file(f.path, taxonomy(), g);
  REQUIRE(g.size() == 2);
  REQUIRE(g[0].events.size() == 1);
  CHECK(g[0].events[0].source.forms[0].head == "police");
  CHECK(g[0].events[0].source.forms[0].country == "Kenya");
  CHECK(g[0].events[0].target.forms.size() == 2);
  CHECK(g[1].no_event());
  CHECK(g[0].line == 2);
}

TEST_CASE("gold format: each mistake is reported with its line") {
  CHECK(gold_error("\t173\ta\tb\n") == "1: an event line must follow a sentence line");
  CHECK(gold_error("s\t2020-01-02\tp\tText.\ns2\t2020-01-02\tp\tMore.\n\t-\n") ==
        "1: sentence without an event line: add \"<TAB>-\" if it reports no event");
  CHECK(gold_error("s\t2020-01-02\tp\tText.\n\t999\ta\tb\n") == "2: unknown CAMEO code '999' (see data/cameo.tsv)");
  CHECK(gold_error("s\t2020-01-02\tp\tText.\n\t173\ta\tb\n\t-\n") ==
        "3: \"-\" (no event) cannot follow events of the same sentence");
  CHECK(gold_error("s\t2020-01-02\tp\tText.\n\t-\n\t173\ta\tb\n") == "3: a sentence coded \"-\" cannot have events too");
  CHECK(gold_error("s\t02/01/2020\tp\tText.\n\t-\n") == "1: the date must be YYYY-MM-DD");
  CHECK(gold_error("s\t2020-01-02\tp\tText.\n\t173\ta\n") ==
        "2: an event line is <TAB>CODE<TAB>SOURCE<TAB>TARGET (or <TAB>- for none)");
  CHECK(gold_error("s\t2020-01-02\tp\tText.\n\t-\n").empty());
}

TEST_CASE("gold folder: IDs must be unique across files") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("event_score_test-dir-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.tsv") << "x\t2020-01-02\tp\tOne.\n\t-\n";
  std::ofstream(dir / "b.tsv") << "x\t2020-01-02\tp\tTwo.\n\t-\n";
  CHECK_THROWS_WITH(read_gold(dir.string(), taxonomy()), ((dir / "b.tsv").string() + ":1: sentence ID x is used twice").c_str());
  fs::remove_all(dir);
}

TEST_CASE("actor words drop case, 'the', possessives and punctuation") {
  CHECK(actor_words("The President's") == std::vector<std::string>{"president"});
  CHECK(actor_words("al-Eryani, (Yemen)") == std::vector<std::string>{"al-eryani", "yemen"});
  CHECK(actor_words("Erdoğan") == std::vector<std::string>{"erdoğan"});
}

TEST_CASE("lenient actor matching") {
  ActorMatcher m(agents());
  auto ok = [&](const std::string& gold, const std::string& printed) {
    return m.matches(parse_actor(gold), {printed});
  };
  CHECK(ok("Trump", "President Donald Trump"));
  CHECK(ok("Donald Trump", "Trump"));
  CHECK_FALSE(ok("Donald Trump", "Melania Trump"));
  CHECK(ok("police (Kenya)", "Kenyan police"));
  CHECK(ok("soldiers (Mali)", "a Malian soldier"));  // the other number, from data/agents.tsv
  CHECK(ok("government (Iraq)", "Iraq"));            // the country stands for its government
  CHECK_FALSE(ok("police (Kenya)", "Kenya"));       // but not for its police
  CHECK(ok("prime minister (Greece)", "the Greek prime minister"));
  CHECK(ok("United States|US", "US"));
  CHECK(ok("-", "anyone at all"));
  CHECK(m.matches(parse_actor("-"), {}));
  CHECK_FALSE(m.matches(parse_actor("rebels"), {}));
}

TEST_CASE("strict codes: one is the other or begins it; X0 is the root") {
  CHECK(codes_match("031", "0311"));
  CHECK(codes_match("0311", "031"));
  CHECK_FALSE(codes_match("0311", "0312"));
  CHECK_FALSE(codes_match("031", "032"));
  CHECK(codes_match("020", "026"));  // "not specified below" stands for the root
  CHECK(codes_match("1041", "100"));
  CHECK_FALSE(codes_match("100", "112"));
}

TEST_CASE("pairing is one to one and maximal") {
  // g0 fits p0 or p1, g1 only p0: a greedy g0 -> p0 would leave g1 unpaired.
  auto ok = [](size_t g, size_t p) { return g == 0 || p == 0; };
  CHECK(max_pairing(2, 2, ok) == 2);
  CHECK(max_pairing(3, 1, [](size_t, size_t) { return true; }) == 1);
}

TEST_CASE("scorer: root, PLOVER and strict levels, confusions, no-event accuracy") {
  EventScorer s(taxonomy(), agents());
  // Arrest found with its actors; the protest missed; an attack invented.
  s.add(sentence({event("173", "police (Kenya)", "protesters"), event("141", "protesters", "-")}),
        {pred("173", "Police", "40 protesters"), pred("190", "protesters", "")});
  CHECK(s.root().tp == 1);
  CHECK(s.root().gold == 2);
  CHECK(s.root().pred == 2);
  CHECK(s.plover().tp == 1);  // PROTEST vs ASSAULT
  CHECK(s.strict().tp == 1);
  CHECK(s.confusions().at({"14", "19"}) == 1);
  CHECK(s.per_root().at("17").tp == 1);
  CHECK(s.per_root().at("14").gold == 1);
  CHECK(s.per_root().at("19").pred == 1);

  // Right root and PLOVER category, wrong target: not strict.
  s.add(sentence({event("112", "Kenya", "Uganda")}), {pred("111", "Kenya", "Tanzania")});
  CHECK(s.root().tp == 2);
  CHECK(s.plover().tp == 2);
  CHECK(s.strict().tp == 1);

  // Different roots, same PLOVER category (09x and 11x are both ACCUSE).
  s.add(sentence({event("091", "FBI", "senator")}), {pred("112", "FBI", "senator")});
  CHECK(s.root().tp == 2);
  CHECK(s.plover().tp == 3);
  CHECK(s.strict().tp == 1);

  // A meeting holds from both sides; an accusation does not.
  s.add(sentence({event("040", "India", "China")}), {pred("040", "China", "India")});
  CHECK(s.strict().tp == 2);
  s.add(sentence({event("112", "India", "China")}), {pred("112", "China", "India")});
  CHECK(s.strict().tp == 2);

  // A project type scores as its CAMEO parent.
  s.add(sentence({event("163", "United States", "China")}), {pred("impose_tariff", "United States", "China")});
  CHECK(s.strict().tp == 3);

  // No-event sentences: one right, one with a spurious event.
  s.add(sentence({}), {});
  s.add(sentence({}), {pred("190", "a", "b")});
  CHECK(s.no_event_sentences() == 2);
  CHECK(s.no_event_correct() == 1);
  CHECK(s.no_event_accuracy() == doctest::Approx(0.5));
  CHECK(s.root().pred == 8);
  CHECK(s.confusions().at({"none", "19"}) == 1);
  CHECK(s.errors().size() == 5);  // root misses in sentences 1, 3 and the last; actors in 2 and the swapped accusation
}

TEST_CASE("the project's event gold parses and covers every root") {
  std::vector<GoldSentence> gold = read_gold(kData + "/gold/events", taxonomy());
  CHECK(gold.size() >= 300);
  std::map<std::string, std::set<std::string>> sentences_of_root;
  size_t no_event = 0;
  for (const GoldSentence& s : gold) {
    if (s.no_event()) ++no_event;
    for (const GoldEvent& e : s.events) sentences_of_root[taxonomy().root(e.code)].insert(s.id);
  }
  CHECK(no_event >= 30);
  for (int r = 1; r <= 20; ++r) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", r);
    CHECK_MESSAGE(sentences_of_root[code].size() >= 8, "root ", code);
  }
}

TEST_CASE("the blind held-out event sets parse, with events and no-event sentences in each") {
  // Scored by hand at the end of a session (docs/evaluation.md); a format slip must fail here
  // rather than silently shrink the held-out figure.
  // events-heldout3 (session 18) has 31 sentences: the last ten unannotated Wikinews articles held
  // no more events than that.
  for (const char* folder : {"/gold/events-heldout", "/gold/events-heldout2", "/gold/events-heldout3"}) {
    std::vector<GoldSentence> gold = read_gold(kData + folder, taxonomy());
    CHECK_MESSAGE(gold.size() >= 30, folder);
    size_t no_event = 0;
    for (const GoldSentence& s : gold) no_event += s.no_event() ? 1 : 0;
    CHECK_MESSAGE(no_event >= 10, folder);
    CHECK_MESSAGE(no_event < gold.size(), folder);
  }
}

TEST_CASE("every CAMEO code in data/events.tsv is in the taxonomy, and typed children agree") {
  std::ifstream in(kData + "/events.tsv");
  REQUIRE(in);
  std::string line;
  size_t rows = 0;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = split_tabs(line);
    REQUIRE(f.size() == 7);
    ++rows;
    if (f[3] == "-") continue;  // a no-event row ("sign + bill": signing legislation)
    CHECK_MESSAGE(taxonomy().known(f[3]), "events.tsv:", n, " code ", f[3]);
    if (f[6] != "-") CHECK_MESSAGE(taxonomy().known(f[6]), "events.tsv:", n, " code ", f[6]);
    // A project type listed in the taxonomy refines the code events.tsv gives it.
    if (const CameoCategory* c = taxonomy().find(f[2]))
      CHECK_MESSAGE(c->parent == f[3], "events.tsv:", n, " type ", f[2]);
    if (const CameoCategory* c = taxonomy().find(f[5]))
      CHECK_MESSAGE(c->parent == f[6], "events.tsv:", n, " type ", f[5]);
  }
  CHECK(rows > 100);
}

TEST_CASE("eval_events end to end: runs newsgraph on a gold file and prints the scores") {
  TempFile gold(
      "e1\t2024-03-01\tproject\tPolice arrested two men in Lagos on Friday.\n"
      "\t173\tpolice (Nigeria)\tmen\n"
      "e2\t2024-03-01\tproject\tHeavy rain fell on Lagos on Friday.\n"
      "\t-\n");
  std::string cmd = std::string("'") + EVAL_EVENTS_BINARY + "' --gold '" + gold.path + "' 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[4096];
  while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  CHECK(pclose(p) == 0);
  INFO(out);
  CHECK(out.find("gold: 2 sentences, 1 events, 1 sentences with no event") != std::string::npos);
  CHECK(out.find("strict    1.000  1.000  1.000       1     1     1") != std::string::npos);
  CHECK(out.find("no-event accuracy 1.000") != std::string::npos);

  TempFile bad("e1\t2024-03-01\tproject\tPolice arrested two men.\n\t999\ta\tb\n", "bad.tsv");
  cmd = std::string("'") + EVAL_EVENTS_BINARY + "' --gold '" + bad.path + "' 2>&1";
  p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  out.clear();
  while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  CHECK(pclose(p) != 0);
  CHECK(out.find(bad.path + ":2: unknown CAMEO code '999'") != std::string::npos);
}
