// The news gold scorer (tools/eval_news) on hand-made cases: the gold parser and its errors, the
// matching rules, and the figures for a perfect graph and for graphs with one known fault each.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "assignment.h"
#include "gold.h"
#include "test_util.h"
#include "score.h"
#include "text.h"

using namespace newsgraph::eval;

namespace {

const char* const kGold = R"(id: t1
url: -
date: 2020-01-06
title: Moreau signs the treaty
topic: diplomacy
exhaustive: yes
source: web/t1.txt
credit: test

EVENT Alice Moreau | sign | the *treaty | 2020-01-05 | - | asserted | positive  # "signed the treaty on Sunday"
EVENT Alice Moreau | visit | Paris | - | - | asserted | positive
EVENT police | arrest | two men | - | - | asserted | positive
CLAIM Alice Moreau | say | treaty historic
ROLE Alice Moreau | foreign minister | France
ENTITY Alice Moreau | PERSON
ENTITY Paris | PLACE
ENTITY France | COUNTRY
MERGE Alice Moreau = Moreau = She {She said}
NOTMERGE Paris != France
)";

const std::string kText =
    "Foreign Minister Alice Moreau of France signed the treaty on Sunday. Moreau visited Paris. "
    "Police arrested two men. She said the treaty was historic.";

GRelation relation(const char* id, const char* subject, const char* predicate, const char* object, const char* text) {
  GRelation r;
  r.id = id;
  r.subject = subject;
  r.predicate = predicate;
  r.object = object;
  r.object_text = text;
  r.modality = "asserted";
  r.polarity = "positive";
  return r;
}

int at(const std::string& s) { return static_cast<int>(kText.find(s)); }

void mention(GraphView& g, const std::string& text, const std::string& entity, const char* kind = "name") {
  int s = at(text);
  REQUIRE(s >= 0);
  g.mentions.push_back({"t1", text, entity, kind, s, s + static_cast<int>(text.size())});
}

// The graph a perfect extractor would build from kText.
GraphView perfect_graph() {
  GraphView g;
  g.articles["t1"] = {"t1", "2020-01-06", "Moreau signs the treaty", kText};
  g.entities["e1"] = {"e1", "Alice Moreau", "PERSON", {"Alice Moreau", "Moreau"}};
  g.entities["e2"] = {"e2", "Paris", "PLACE", {"Paris"}};
  g.entities["e3"] = {"e3", "France", "COUNTRY", {"France"}};
  g.entities["e4"] = {"e4", "police", "OTHER", {"police"}};
  Evidence ev{"t1", 0, static_cast<int>(kText.size())};
  GRelation sign = relation("r1", "e1", "sign", "", "the treaty");
  sign.event_type = "sign_agreement";
  sign.has_time = true;
  sign.time_value = "2020-01-05";
  sign.evidence = {ev};
  GRelation visit = relation("r2", "e1", "visit", "e2", "");
  visit.event_type = "visit";
  visit.has_time = visit.from_article_date = true;
  visit.time_value = "2020-01-06";
  visit.evidence = {ev};
  GRelation arrest = relation("r3", "e4", "arrest", "", "two men");
  arrest.has_time = arrest.from_article_date = true;
  arrest.time_value = "2020-01-06";
  arrest.evidence = {ev};
  g.relations = {sign, visit, arrest};
  g.claims.push_back({"c1", "e1", "She", "say", "the treaty was historic", "reported", {ev}});
  g.roles.push_back({"e1", "foreign minister", "e3", "t1"});
  mention(g, "Alice Moreau", "e1");
  mention(g, "France", "e3");
  mention(g, "Moreau visited", "e1");
  g.mentions.back().end = g.mentions.back().start + 6;
  mention(g, "Paris", "e2");
  mention(g, "Police", "e4");
  mention(g, "She", "e1", "pronoun");
  return g;
}

Synonyms synonyms() {
  Synonyms s;
  s.add_set({"say", "state", "tell"});
  s.add_set({"kill", "slay"});
  return s;
}

Report score_one(const GraphView& g) {
  std::vector<GoldArticle> gold = {parse_gold(kGold, "t1.gold")};
  return score(gold, g, synonyms());
}

}  // namespace

TEST_CASE("text normalisation folds case, diacritics, punctuation and plurals") {
  CHECK(name_key("Joachim Brudziński") == "joachim brudzinski");
  CHECK(name_key("The Houthis") == "houthi");
  CHECK(name_key("Kurdistan Workers' Party") == "kurdistan worker party");
  CHECK(words("$850,000 and 1.15%") == std::vector<std::string>{"850000", "and", "115"});
  CHECK(is_pronoun("He"));
  CHECK_FALSE(is_pronoun("Hess"));
  CHECK(key_words("the *suspension of parliament") == std::vector<std::string>{"suspension"});
  CHECK(key_words("five girls") == std::vector<std::string>{"girl"});
  CHECK(key_words("police of Kenya") == std::vector<std::string>{"police"});
  CHECK(key_words("minister of information") == std::vector<std::string>{"minister"});
}

TEST_CASE("gold files: the parser reads every statement and rejects bad lines with FILE:LINE") {
  GoldArticle a = parse_gold(kGold, "t1.gold");
  CHECK(a.id == "t1");
  CHECK(a.exhaustive);
  REQUIRE(a.facts.size() == 5);
  CHECK(a.facts[0].time == "2020-01-05");
  CHECK(a.facts[1].time.empty());
  CHECK(a.facts[0].object.key == std::vector<std::string>{"treaty"});
  CHECK(a.facts[0].line == 10);
  REQUIRE(a.merges.size() == 1);
  CHECK(a.merges[0][2].context == "She said");
  CHECK(a.not_merged.size() == 1);

  std::string bad = kGold;
  bad += "EVENT Alice Moreau | sign | the treaty | yesterday | - | asserted | positive\n";
  CHECK_THROWS_WITH_AS(parse_gold(bad, "x.gold"), doctest::Contains("x.gold:20: time 'yesterday'"), GoldError);
  std::string bad_modality = std::string(kGold) + "EVENT A | b | c | - | - | rumoured | positive\n";
  CHECK_THROWS_WITH_AS(parse_gold(bad_modality, "x.gold"), doctest::Contains("x.gold:20: unknown modality"), GoldError);
  std::string bad_fields = std::string(kGold) + "CLAIM A | say\n";
  CHECK_THROWS_WITH_AS(parse_gold(bad_fields, "x.gold"), doctest::Contains("x.gold:20: CLAIM needs 3 fields"), GoldError);
  std::string twice = std::string(kGold) + "EVENT Alice Moreau | visit | Paris | - | - | asserted | positive\n";
  CHECK_THROWS_WITH_AS(parse_gold(twice, "x.gold"), doctest::Contains("x.gold:20: the same fact as line 11"), GoldError);
  std::string no_header = "EVENT A | b | c | - | - | asserted | positive\n";
  CHECK_THROWS_WITH_AS(parse_gold(no_header, "y.gold"), doctest::Contains("y.gold:1: missing header line 'id"), GoldError);
}

TEST_CASE("a perfect graph scores 100% on every figure") {
  Report r = score_one(perfect_graph());
  const ArticleScore& t = r.total;
  CHECK(t.found[0] == 3);
  CHECK(t.gold[0] == 3);
  CHECK(t.found[1] == 1);
  CHECK(t.found[2] == 1);
  CHECK(t.produced == 4);
  CHECK(t.produced_right == 4);
  CHECK(t.time_right == 3);
  CHECK(t.timed == 3);
  CHECK(t.dated_fallback == 0);
  CHECK(t.timed_fallback == 2);
  CHECK(t.merged == 2);
  CHECK(t.merge_forms == 2);
  CHECK(t.violations == 0);
  CHECK(t.junk == 0);
  CHECK(t.entities == 4);
  CHECK(r.classes.empty());
}

TEST_CASE("the JSON summary carries the same figures") {
  Report r = score_one(perfect_graph());
  std::ostringstream out;
  write_json(r, out);
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["overall"]["events"][0].GetInt() == 3);
  CHECK(d["overall"]["merges"][1].GetInt() == 2);
  CHECK(d["articles"].Size() == 1);
  CHECK(std::string(d["articles"][0]["id"].GetString()) == "t1");
  CHECK(d["classes"].Size() == 0);
}

TEST_CASE("a shifted date fails exactly the dated facts") {
  GraphView g = perfect_graph();
  for (auto& rel : g.relations)
    if (!rel.from_article_date) rel.time_value = "2020-01-04";
  Report r = score_one(g);
  CHECK(r.total.found[0] == 3);   // still found: time is scored, not matched on
  CHECK(r.total.time_right == 2);  // the two facts without a date in the text
  REQUIRE(r.classes.size() == 1);
  CHECK(r.classes[0] == std::pair<std::string, int>{"dates", 1});

  GraphView fallback = perfect_graph();
  fallback.relations[0].from_article_date = true;
  fallback.relations[0].time_value = "2020-01-06";
  Report f = score_one(fallback);
  CHECK(f.total.time_right == 2);
  CHECK(f.total.dated == 1);
  CHECK(f.total.dated_fallback == 1);
}

TEST_CASE("a graph time of day is its day, as the GUIDE reduces it") {
  CHECK(timex_day("2020-01-05T15:30") == "2020-01-05");
  CHECK(timex_day("2020-01-05TEV") == "2020-01-05");
  CHECK(timex_day("2020-01-05") == "2020-01-05");
  CHECK(timex_day("2020-W02") == "2020-W02");
  CHECK(timex_day("PRESENT_REF") == "PRESENT_REF");

  GraphView g = perfect_graph();
  g.relations[0].time_value = "2020-01-05T00:00";  // "signed the treaty at midnight on Sunday"
  Report r = score_one(g);
  CHECK(r.total.time_right == 3);
  CHECK(r.classes.empty());

  GraphView wrong_day = perfect_graph();
  wrong_day.relations[0].time_value = "2020-01-04T23:00";  // a time of day on another day stays wrong
  CHECK(score_one(wrong_day).total.time_right == 2);

  GraphView undated = perfect_graph();  // gold "-": a time of day on the article date is right
  undated.relations[1].from_article_date = false;
  undated.relations[1].time_value = "2020-01-06T09:00";
  CHECK(score_one(undated).total.time_right == 3);
}

TEST_CASE("one-to-one matching takes the pairing with the most matches, where first fit does not") {
  // Row 0 may take column 0 or 1, row 1 only column 0: first fit gives row 0 column 0 and leaves
  // row 1 unmatched; the best pairing matches both.
  CHECK(best_assignment({{1, 1}, {1, 0}}) == std::vector<int>{1, 0});
  // More rows than columns, and a weight 0 is never taken.
  CHECK(best_assignment({{0, 0}, {0, 5}, {0, 3}}) == std::vector<int>{-1, 1, -1});
  CHECK(best_assignment({{2, 3, 0}}) == std::vector<int>{1});
  CHECK(best_assignment({}).empty());

  // A gold line with object "-" ("Moreau visited somewhere") before the line that names Paris: in
  // file order it would take the Paris visit, the graph's first, and leave the Paris line unmatched.
  const std::string broad = std::string(kGold).replace(std::string(kGold).find("EVENT Alice Moreau | visit | Paris"), 0,
                                                       "EVENT Alice Moreau | visit | - | - | - | asserted | positive\n");
  GraphView g = perfect_graph();
  GRelation lyon = relation("r4", "e1", "visit", "", "Lyon");
  lyon.event_type = "visit";
  lyon.has_time = lyon.from_article_date = true;
  lyon.time_value = "2020-01-06";
  lyon.evidence = g.relations[1].evidence;
  g.relations.push_back(lyon);
  Report r = score(std::vector<GoldArticle>{parse_gold(broad, "t1.gold")}, g, synonyms());
  CHECK(r.total.gold[0] == 4);
  CHECK(r.total.found[0] == 4);
  CHECK(r.articles[0].misses.empty());

  // Among pairings with as many matches, the one with the right times: two signings, one dated
  // right; the dated gold line takes it whatever the order of the graph's facts.
  GraphView two = perfect_graph();
  GRelation undated_sign = two.relations[0];
  undated_sign.id = "r5";
  undated_sign.time_value = "2020-01-06";
  undated_sign.from_article_date = true;
  two.relations.insert(two.relations.begin(), undated_sign);
  Report t = score_one(two);
  CHECK(t.total.time_right == 3);
}

TEST_CASE("the graph's alleged modality is right for a reported gold fact, and only for that") {
  CHECK(modality_matches("reported", "alleged"));
  CHECK(modality_matches("expected", "expected"));
  CHECK_FALSE(modality_matches("asserted", "alleged"));
  CHECK_FALSE(modality_matches("denied", "alleged"));
  CHECK_FALSE(modality_matches("alleged", "reported"));  // no gold line says alleged

  const std::string reported = std::string(kGold).replace(std::string(kGold).find("two men | - | - | asserted"), 26, "two men | - | - | reported");
  GraphView g = perfect_graph();
  g.relations[2].modality = "alleged";  // "police allegedly arrested two men"
  CHECK(score(std::vector<GoldArticle>{parse_gold(reported, "t1.gold")}, g, synonyms()).total.modality_right == 3);
  CHECK(score_one(g).total.modality_right == 2);  // against the gold's asserted
}

TEST_CASE("a missing merge lowers merge recall; a wrong merge is a violation") {
  GraphView g = perfect_graph();
  g.entities["e5"] = {"e5", "She", "PERSON", {"She"}};
  for (auto& m : g.mentions)
    if (m.text == "She") m.entity = "e5";
  Report r = score_one(g);
  CHECK(r.total.merged == 1);
  CHECK(r.total.merge_forms == 2);
  CHECK(r.total.violations == 0);

  GraphView joined = perfect_graph();
  joined.entities["e2"].names.push_back("France");
  joined.entities.erase("e3");
  for (auto& m : joined.mentions)
    if (m.entity == "e3") m.entity = "e2";
  for (auto& role : joined.roles) role.org = "e2";
  Report j = score_one(joined);
  CHECK(j.total.violations == 1);
}

TEST_CASE("a merge form's context is found in the prose, not in a teaser repeating the lead") {
  // The teaser (page furniture, which the graph is to take nothing from) says "She said" first.
  const std::string teaser = "She said the treaty was historic, as Moreau [\xE2\x80\xA6]\n\n";
  GraphView g = perfect_graph();
  g.articles["t1"].text = teaser + kText;
  for (auto& m : g.mentions) m.start += static_cast<int>(teaser.size()), m.end += static_cast<int>(teaser.size());
  Report r = score_one(g);
  CHECK(r.total.merged == 2);  // "She {She said}" is the She of the prose, merged with Alice Moreau
  CHECK(r.total.merge_forms == 2);
}

TEST_CASE("a merge form that is not in the article text is reported as a gold problem") {
  std::vector<GoldArticle> gold = {parse_gold(std::string(kGold) + "MERGE Paris = the City of Light\n", "t1.gold")};
  Report r = score(gold, perfect_graph(), synonyms());
  REQUIRE(r.gold_problems.size() == 1);
  CHECK(r.gold_problems[0].find("t1.gold: MERGE form 'the City of Light'") != std::string::npos);
  CHECK(score_one(perfect_graph()).gold_problems.empty());
}

TEST_CASE("precision counts extra relations; junk entities are named by class") {
  GraphView g = perfect_graph();
  GRelation junk = relation("r9", "e1", "be", "", "happy");
  junk.evidence = {{"t1", 0, 10}};
  g.relations.push_back(junk);
  g.entities["e6"] = {"e6", "Minister Alice", "PERSON", {"Minister Alice"}};
  g.mentions.push_back({"t1", "Minister Alice", "e6", "name", 8, 22});
  Report r = score_one(g);
  CHECK(r.total.produced == 5);
  CHECK(r.total.produced_right == 4);
  CHECK(r.total.junk == 1);
  bool junk_predicate = false, names = false;
  for (const auto& [cls, n] : r.classes) {
    if (cls == "junk predicates") junk_predicate = n == 1;
    if (cls == "names") names = n == 1;
  }
  CHECK(junk_predicate);
  CHECK(names);
}

TEST_CASE("an agent actor is junk only when no gold participant names it") {
  GraphView g = perfect_graph();
  // "police of France" carries no fact here, but the gold's "police" is the actor it names.
  g.entities["e7"] = {"e7", "police of France", "AGENT", {"police of France"}};
  g.mentions.push_back({"t1", "Police", "e7", "name", at("Police"), at("Police") + 6});
  CHECK(score_one(g).total.junk == 0);
  // No gold participant is a soldier: the agent is junk, and so is a non-agent with the same words.
  g.entities["e8"] = {"e8", "soldiers of France", "AGENT", {"soldiers of France"}};
  g.mentions.push_back({"t1", "two men", "e8", "name", at("two men"), at("two men") + 7});
  g.entities["e9"] = {"e9", "police of Paris", "ORG", {"police of Paris"}};
  g.mentions.push_back({"t1", "Paris", "e9", "name", at("Paris"), at("Paris") + 5});
  Report r = score_one(g);
  std::string junk;
  for (const auto& m : r.articles.at(0).misses)
    if (m.type == "junk entity") junk += m.what + "; ";
  CHECK(junk == "junk entity 'soldiers of France' (AGENT); junk entity 'police of Paris' (ORG); ");
}

TEST_CASE("page furniture: teaser, label, headline, byline, subhead, credits and a glued dateline") {
  std::string page =
      "The EU on Monday widened sanctions, adding [\xE2\x80\xA6]\n\nWorld\n\nEU widens sanctions\n\nBy Ann Lee\n\n"
      "BRUSSELS (Wire) -The EU on Monday widened sanctions.\n\nASSETS FROZEN\n\nIt said so.\n\n"
      "(Reporting by Ann Lee; Editing by Bo Ek)";
  auto ranges = furniture_ranges(page, "EU widens sanctions");
  auto covered = [&](const std::string& what) {
    int s = static_cast<int>(page.find(what));
    for (auto [b, e] : ranges)
      if (s >= b && s + static_cast<int>(what.size()) <= e) return true;
    return false;
  };
  CHECK(covered("adding"));
  CHECK(covered("World"));
  CHECK(covered("EU widens sanctions"));
  CHECK(covered("By Ann Lee"));
  CHECK(covered("BRUSSELS (Wire) -"));
  CHECK_FALSE(covered("The EU on Monday widened sanctions."));
  CHECK(covered("ASSETS FROZEN"));
  CHECK_FALSE(covered("It said so."));
  CHECK(covered("Editing by Bo Ek"));
}

TEST_CASE("matching rules: synonyms, passive without agent, polarity, shared surnames") {
  GoldArticle a = parse_gold(std::string(kGold) +
                                 "EVENT - | kill | Bob Stone | - | - | asserted | positive\n"
                                 "EVENT Ann Stone | win | - | - | - | asserted | positive\n"
                                 "EVENT Alice Moreau | praise | France | - | - | asserted | positive\n"
                                 "ENTITY Bob Stone | PERSON\nENTITY Ann Stone | PERSON\nMERGE France = French\n",
                             "t1.gold");
  GraphView g = perfect_graph();
  g.entities["b"] = {"b", "Bob Stone", "PERSON", {"Bob Stone"}};
  g.entities["s"] = {"s", "Stone", "PERSON", {"Stone"}};
  Synonyms syn = synonyms();
  MatchContext c = make_context(a, g, syn);
  GRelation slain = relation("x", "b", "slay", "", "");
  CHECK(event_matches(a.facts[5], slain, c));  // synonym, and the patient stored as subject
  slain.polarity = "negative";
  CHECK_FALSE(event_matches(a.facts[5], slain, c));
  GRelation won = relation("y", "s", "win", "", "");
  CHECK_FALSE(event_matches(a.facts[6], won, c));  // "Stone" could be Ann or Bob
  g.entities["as"] = {"as", "Dr Ann Stone", "PERSON", {"Dr Ann Stone"}};
  won.subject = "as";
  CHECK(event_matches(a.facts[6], won, c));  // a second shared word identifies Ann
  won.subject = "e1";
  CHECK_FALSE(event_matches(a.facts[6], won, c));
  GRelation praise = relation("z", "e1", "praise", "", "the French government");
  CHECK(event_matches(a.facts[7], praise, c));  // a text naming France by one of its forms
  praise.object_text = "the Spanish government";
  CHECK_FALSE(event_matches(a.facts[7], praise, c));
  // A passive without agent whose patient is no entity: its words stand as the subject text.
  GoldArticle trial = parse_gold(std::string(kGold) + "EVENT - | hold | the trial | - | - | asserted | positive\n", "t2.gold");
  MatchContext tc = make_context(trial, g, syn);
  GRelation held = relation("h", "", "hold", "", "");
  held.subject_text = "The trial";
  CHECK(event_matches(trial.facts[5], held, tc));
  held.subject_text = "The hearing";
  CHECK_FALSE(event_matches(trial.facts[5], held, tc));
  GClaim said{"c", "e1", "Moreau", "state", "that the treaty is historic", "reported", {}};
  CHECK(claim_matches(a.facts[3], said, c));
  said.content = "nothing of note";
  CHECK_FALSE(claim_matches(a.facts[3], said, c));
}

TEST_CASE("the project's gold set parses and holds the promised articles") {
  std::filesystem::path dir = std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / "data/gold/news";
  std::vector<GoldArticle> gold = read_gold_dir(dir);
  int web = 0, exhaustive = 0;
  for (const auto& a : gold) {
    if (a.source != "wikinews") {
      ++web;
      CHECK(std::filesystem::exists(dir / a.source));
    }
    if (a.exhaustive) ++exhaustive;
  }
  CHECK(gold.size() >= 40);
  CHECK(web >= 10);
  CHECK(exhaustive >= 15);
  CHECK_NOTHROW(Synonyms::read(dir / "synonyms.tsv"));
}

TEST_CASE("a gold folder without synonyms.tsv is scored with the development set's verb sets") {
  auto dir = newsgraph::test::scratch_dir("eval-news-synonyms");
  auto heldout = dir / "heldout", dev = dir / "dev";
  std::filesystem::create_directories(heldout);
  std::filesystem::create_directories(dev);
  newsgraph::test::write_file(dev / "synonyms.tsv", "kill\tslay\n");
  CHECK(synonyms_file(heldout, dev) == dev / "synonyms.tsv");
  CHECK(Synonyms::read(synonyms_file(heldout, dev)).same("slay", "kill"));
  // A folder with its own sets keeps them.
  newsgraph::test::write_file(heldout / "synonyms.tsv", "win\tbeat\n");
  CHECK(synonyms_file(heldout, dev) == heldout / "synonyms.tsv");
  Synonyms own = Synonyms::read(synonyms_file(heldout, dev));
  CHECK(own.same("beat", "win"));
  CHECK_FALSE(own.same("slay", "kill"));
  // The project's held-out folder has none of its own and must find the development set's.
  std::filesystem::path source = NEWSGRAPH_SOURCE_DIR;
  CHECK_FALSE(std::filesystem::exists(source / "data/gold/news-heldout/synonyms.tsv"));
  CHECK_NOTHROW(Synonyms::read(synonyms_file(source / "data/gold/news-heldout", source / "data/gold/news")));
  CHECK(read_gold_dir(source / "data/gold/news-heldout").size() == 8);
  // The second blind set (session 16) is read the same way.
  CHECK_NOTHROW(Synonyms::read(synonyms_file(source / "data/gold/news-heldout2", source / "data/gold/news")));
  CHECK(read_gold_dir(source / "data/gold/news-heldout2").size() == 8);
  // And the third (session 18), the last ten unannotated Wikinews articles of the shared corpus.
  CHECK_NOTHROW(Synonyms::read(synonyms_file(source / "data/gold/news-heldout3", source / "data/gold/news")));
  CHECK(read_gold_dir(source / "data/gold/news-heldout3").size() == 10);
  // And the fourth (session 19), ten BBC News articles read by id from the shared BBC corpus.
  CHECK_NOTHROW(Synonyms::read(synonyms_file(source / "data/gold/news-heldout4", source / "data/gold/news")));
  std::vector<GoldArticle> bbc = read_gold_dir(source / "data/gold/news-heldout4");
  CHECK(bbc.size() == 10);
  for (const auto& a : bbc) {
    CHECK(a.source == "bbc");
    CHECK_FALSE(a.has_date());
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("eval_news without ../shared scores the project's own web articles and says so") {
  auto r = newsgraph::test::run(std::string(EVAL_NEWS_BINARY) + " --shared /nonexistent-shared-folder 2>&1");
  CHECK(r.status == 0);
  CHECK(r.out.find("is absent: skipping the Wikinews articles") != std::string::npos);
  int web = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / "data/gold/news/web"))
    if (e.path().extension() == ".gold") ++web;
  CHECK(web >= 10);
  std::string n = std::to_string(web);
  CHECK(r.out.find("Overall (" + n + " articles, " + n + " exhaustive)") != std::string::npos);
  CHECK(r.out.find("fact recall:") != std::string::npos);
  CHECK(r.out.find("Misses and errors by failure class") != std::string::npos);
  auto bad = newsgraph::test::run(std::string(EVAL_NEWS_BINARY) + " --no-such-option 2>&1");
  CHECK(bad.status == 2);
}

namespace {

// kGold as an article of the undated BBC corpus: `source: bbc`, `date: -`.
std::string undated_gold(const std::string& id = "t1") {
  std::string g = kGold;
  g.replace(g.find("id: t1"), 6, "id: " + id);
  g.replace(g.find("date: 2020-01-06"), 16, "date: -");
  g.replace(g.find("source: web/t1.txt"), 18, "source: bbc");
  return g;
}

}  // namespace

TEST_CASE("sources: a shared corpus by name, date '-' only for an undated corpus") {
  REQUIRE(find_corpus("bbc") != nullptr);
  CHECK_FALSE(find_corpus("bbc")->dated);
  CHECK(find_corpus("wikinews")->dated);
  CHECK(find_corpus("web/t1.txt") == nullptr);
  GoldArticle a = parse_gold(undated_gold(), "b.gold");
  CHECK(a.source == "bbc");
  CHECK_FALSE(a.has_date());
  CHECK(a.id_line == 1);
  CHECK(parse_gold(kGold, "t1.gold").has_date());
  std::string wiki_undated = undated_gold();
  wiki_undated.replace(wiki_undated.find("source: bbc"), 11, "source: wikinews");
  CHECK_THROWS_WITH_AS(parse_gold(wiki_undated, "w.gold"), doctest::Contains("w.gold:1: date '-' is only for an article of an undated corpus"), GoldError);
  std::string unknown = undated_gold();
  unknown.replace(unknown.find("source: bbc"), 11, "source: reuters");
  CHECK_THROWS_WITH_AS(parse_gold(unknown, "u.gold"), doctest::Contains("source must be 'wikinews', 'bbc' or 'web/<name>.txt'"), GoldError);
}

TEST_CASE("an undated article scores only the times its text fixes") {
  std::vector<GoldArticle> gold = {parse_gold(undated_gold(), "t1.gold")};
  GraphView g = perfect_graph();
  g.articles["t1"].date = "";  // the corpus gave no date
  // "on Sunday" with no article date: the graph resolves the gold-"-" facts to anything or nothing.
  g.relations[1].from_article_date = false;
  g.relations[1].time_value = "XXXX-WXX-7";
  g.relations[2].has_time = false;
  Report r = score(gold, g, synonyms());
  CHECK(r.total.found[0] == 3);
  CHECK(r.total.timed == 3);         // matched events, as the modality figure counts them
  CHECK(r.total.time_checked == 1);  // only the sign event's text-fixed 2020-01-05 is scored
  CHECK(r.total.time_right == 1);
  CHECK(r.classes.empty());
  g.relations[0].time_value = "2020-01-04";  // a text-fixed time is still scored as everywhere
  Report wrong = score(gold, g, synonyms());
  CHECK(wrong.total.time_right == 0);
  REQUIRE(wrong.classes.size() == 1);
  CHECK(wrong.classes[0] == std::pair<std::string, int>{"dates", 1});
  std::ostringstream text;
  print_report(r, text, ReportDetail::articles);
  CHECK(text.str().find("time value right (matched events): 100.0% (1/1)") != std::string::npos);
  CHECK(text.str().find("time not scored: 2 matched events of undated articles") != std::string::npos);
  // A dated article's figures carry no such line.
  std::ostringstream dated;
  print_report(score_one(perfect_graph()), dated, ReportDetail::articles);
  CHECK(dated.str().find("time not scored") == std::string::npos);
}

TEST_CASE("eval_news --summary prints the figures and class counts but no article name or example") {
  GraphView g = perfect_graph();
  for (auto& rel : g.relations)
    if (!rel.from_article_date) rel.time_value = "2020-01-04";  // one "dates" miss, with an example
  Report r = score_one(g);
  REQUIRE_FALSE(r.classes.empty());
  std::ostringstream full, summary;
  print_report(r, full, ReportDetail::articles);
  print_report(r, summary, ReportDetail::summary);
  const std::string name = r.articles.at(0).name;
  CHECK(full.str().find(name) != std::string::npos);
  CHECK(full.str().find("e.g.") != std::string::npos);
  CHECK(summary.str().find(name) == std::string::npos);
  CHECK(summary.str().find("e.g.") == std::string::npos);
  CHECK(summary.str().find("fact recall:") != std::string::npos);
  CHECK(summary.str().find("1. dates: 1") != std::string::npos);
}

TEST_CASE("eval_news reads a bbc article by id from the shared BBC corpus, and names a missing id") {
  auto dir = newsgraph::test::scratch_dir("eval-news-bbc");
  auto gold = dir / "gold", shared = dir / "shared", missing = dir / "missing";
  std::filesystem::create_directories(gold);
  std::filesystem::create_directories(missing);
  std::filesystem::create_directories(shared / "corpus");
  // A project-written stand-in for a corpus record (no BBC text), with the corpus's null date.
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("id"); w.String("bbc-test-001");
  w.Key("date"); w.Null();
  w.Key("title"); w.String("Moreau signs the treaty");
  w.Key("text"); w.String(kText.c_str());
  w.EndObject();
  newsgraph::test::write_file(shared / "corpus/bbc_news.jsonl",
                              "{\"id\": \"bbc-test-000\", \"date\": null, \"title\": \"Other\", \"text\": \"Rain fell.\"}\n" +
                                  std::string(buf.GetString()) + "\n");
  newsgraph::test::write_file(gold / "treaty.gold", undated_gold("bbc-test-001"));
  const std::string eval = std::string(EVAL_NEWS_BINARY) + " --shared " + shared.string();
  auto ok = newsgraph::test::run(eval + " --gold " + gold.string() + " 2>&1");
  CHECK(ok.status == 0);
  CHECK(ok.out.find("Overall (1 articles, 1 exhaustive)") != std::string::npos);
  CHECK(ok.out.find("fact recall:") != std::string::npos);
  CHECK(ok.out.find("article is not in the graph") == std::string::npos);
  // An id the corpus does not hold: an error naming the gold file and its id line.
  newsgraph::test::write_file(missing / "gone.gold", "# a comment first\n" + undated_gold("bbc-test-999"));
  auto bad = newsgraph::test::run(eval + " --gold " + missing.string() + " 2>&1");
  CHECK(bad.status == 1);
  CHECK(bad.out.find("gone.gold:2: article 'bbc-test-999' is not in " + (shared / "corpus/bbc_news.jsonl").string()) != std::string::npos);
  // Without the shared folder the BBC articles are skipped with a message, not an error.
  auto absent = newsgraph::test::run(std::string(EVAL_NEWS_BINARY) + " --shared " + (dir / "none").string() + " --gold " + gold.string() + " 2>&1");
  CHECK(absent.status == 0);
  CHECK(absent.out.find("is absent: skipping the BBC News articles") != std::string::npos);
  CHECK(absent.out.find("nothing to score") != std::string::npos);
  std::filesystem::remove_all(dir);
}
