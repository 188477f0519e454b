#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <unordered_map>

#include "graph_store.h"
#include "ids.h"
#include "schema.h"
#include "test_util.h"
#include "text_util.h"

using namespace newsgraph;

namespace {
RelationRecord meet(const std::string& a, const std::string& b, const std::string& day) {
  RelationRecord r;
  r.subject_id = a;
  r.object_id = b;
  r.predicate = "meet";
  r.text = "met";
  r.symmetric = true;
  r.event_type = "meet";
  r.time_value = day;
  return r;
}
EvidenceRow ev(const std::string& article, int sentence, double conf = 0.8) {
  EvidenceRow e;
  e.article_id = article;
  e.sentence = sentence;
  e.start = 0;
  e.end = 5;
  e.confidence = conf;
  return e;
}
void add_article(GraphStore& s, const std::string& id, const std::string& date) {
  s.insert_article({id, "t", date, "src", "o"}, "h" + id, "Alice met Bob.", {{0, 14}});
}
}  // namespace

TEST_CASE("the same fact reported twice is one relation with two pieces of evidence") {
  auto dir = test::scratch_dir("store");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  s.begin();
  add_article(s, "a1", "2025-10-01");
  add_article(s, "a2", "2025-10-02");
  std::string alice = entity_id("Alice"), bob = entity_id("Bob");
  s.upsert_entity(alice, "Alice Smith", "PERSON", "a1");
  s.upsert_entity(bob, "Bob Jones", "PERSON", "a1");
  std::string r1 = s.add_relation(meet(alice, bob, "2025-10-01"), ev("a1", 0));
  std::string r2 = s.add_relation(meet(bob, alice, "2025-10-01"), ev("a2", 0));  // symmetric: same fact
  std::string r3 = s.add_relation(meet(alice, bob, "2025-10-01"), ev("a1", 0));  // re-ingest: nothing new
  s.commit();
  CHECK(r1 == r2);
  CHECK(r1 == r3);
  auto st = s.stats();
  CHECK(st.relations == 1);
  auto rel = s.relation(r1);
  REQUIRE(rel);
  CHECK(rel->evidence_count == 2);
  CHECK(rel->confidence == doctest::Approx(1 - 0.2 * 0.2));
  // Deleting one article keeps the fact; deleting both removes it.
  s.begin();
  s.delete_article("a1");
  s.commit();
  CHECK(s.relation(r1)->evidence_count == 1);
  s.begin();
  s.delete_article("a2");
  s.commit();
  CHECK(!s.relation(r1));
  std::filesystem::remove_all(dir);
}

TEST_CASE("merging an entity re-keys its facts and logs the merge") {
  auto dir = test::scratch_dir("merge");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  s.begin();
  add_article(s, "a1", "2025-10-01");
  add_article(s, "a2", "2025-10-01");
  std::string full = entity_id("Marina Alvarez"), bare = entity_id("Alvarez"), w = entity_id("Whitfield");
  s.upsert_entity(full, "Marina Alvarez", "PERSON", "a1");
  s.upsert_entity(bare, "Alvarez", "OTHER", "a2");
  s.upsert_entity(w, "Daniel Whitfield", "PERSON", "a1");
  s.add_alias(bare, "Alvarez");
  s.add_relation(meet(full, w, "2025-10-28"), ev("a1", 0));
  s.add_relation(meet(bare, w, "2025-10-28"), ev("a2", 0));
  CHECK(s.stats().relations == 2);
  auto people = s.persons_with_surname("alvarez");
  REQUIRE(people.size() == 1);
  s.merge_entity(bare, full, "test");
  s.commit();
  CHECK(s.stats().relations == 1);
  CHECK(s.stats().entities == 2);
  auto log = s.merge_log();
  REQUIRE(log.size() == 1);
  CHECK(log[0].from_name == "Alvarez");
  CHECK(s.find_entities("alvarez").size() == 1);
  CHECK(s.find_entities("alvarez")[0].id == full);
  std::filesystem::remove_all(dir);
}

TEST_CASE("type votes: one per article, conflicts reported, the majority wins, deletions count") {
  auto dir = test::scratch_dir("types");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  s.begin();
  for (const char* a : {"a1", "a2", "a3", "a4"}) add_article(s, a, "2025-10-01");
  std::string id = entity_id("Jordan");
  CHECK(s.upsert_entity(id, "Jordan", "COUNTRY", "a1").empty());
  CHECK(s.upsert_entity(id, "Jordan", "COUNTRY", "a1").empty());  // the same article votes once
  CHECK(s.upsert_entity(id, "Jordan", "COUNTRY", "a2").empty());
  auto conflicts = s.upsert_entity(id, "Jordan", "PERSON", "a3");
  s.upsert_entity(id, "Jordan", "PERSON", "a4");
  s.insert_mention("a4", 0, 6, "Jordan", "PERSON", id, 0, "name");  // keeps the entity referenced
  s.commit();
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0] == "COUNTRY");
  CHECK(s.entity(id)->type == "COUNTRY");  // 2 against 2: ties go to the first name
  CHECK(s.stats().type_conflicts == 1);
  s.begin();
  s.delete_article("a1");
  s.commit();
  REQUIRE(s.entity(id));
  CHECK(s.entity(id)->type == "PERSON");   // 1 against 2 once a1 is gone
  std::filesystem::remove_all(dir);
}

TEST_CASE("a new entity's first vote needs no read-back, but votes left behind by a delete without foreign keys count") {
  auto dir = test::scratch_dir("vote_shortcut");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  s.set_foreign_keys(false);  // as in a bulk load
  s.begin();
  for (const char* a : {"a1", "a2", "a3"}) add_article(s, a, "2025-10-01");
  std::string jordan = entity_id("Jordan"), kenya = entity_id("Kenya");
  s.upsert_entity(jordan, "Jordan", "OTHER", "a1");  // inserted as OTHER: no vote
  s.upsert_entity(jordan, "Jordan", "COUNTRY", "a2");
  s.insert_mention("a2", 0, 6, "Jordan", "COUNTRY", jordan, 0, "name");
  s.upsert_entity(kenya, "Kenya", "COUNTRY", "a1");  // voted, never mentioned: an orphan once a3 goes
  s.commit();
  CHECK(s.entity(jordan)->type == "COUNTRY");
  CHECK(s.entity(kenya)->type == "COUNTRY");
  s.begin();
  s.delete_article("a3");  // collects Kenya; without foreign keys its vote in a1 stays
  s.commit();
  CHECK_FALSE(s.entity(kenya));
  s.begin();
  add_article(s, "a4", "2025-10-02");
  auto conflicts = s.upsert_entity(kenya, "Kenya", "PERSON", "a4");
  s.insert_mention("a4", 0, 5, "Kenya", "PERSON", kenya, 0, "name");
  s.commit();
  REQUIRE(conflicts.size() == 1);  // the vote left behind in a1 is read back
  CHECK(conflicts[0] == "COUNTRY");
  s.set_foreign_keys(true);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a new alias joins the cached answer of its key: the same rows a fresh lookup reads") {
  auto dir = test::scratch_dir("alias-answers");
  const std::string path = (dir / "g.db").string();
  GraphStore s(path, GraphStore::Mode::kReadWrite);
  s.begin();
  for (const char* a : {"a1", "a2", "a3"}) add_article(s, a, "2025-10-01");
  const std::string jordan = entity_id("Jordan"), river = entity_id("Jordan River"), kenya = entity_id("Kenya");
  s.upsert_entity(jordan, "Jordan", "COUNTRY", "a1");
  s.add_alias(jordan, "Jordan");
  CHECK(s.entities_by_alias("jordan").size() == 1);  // cached now
  s.upsert_entity(river, "Jordan River", "LOCATION", "a1");
  s.add_alias(river, "Jordan");                       // joins the cached answer in id order
  s.add_alias(jordan, "JORDAN");                      // another spelling: the answer is unchanged
  s.upsert_entity(river, "Jordan River", "ORG", "a2");
  s.upsert_entity(river, "Jordan River", "ORG", "a3");  // re-typed: the cached row follows
  CHECK(s.entities_by_alias("kenya").empty());
  s.upsert_entity(kenya, "Kenya", "COUNTRY", "a1");
  s.add_alias(kenya, "Kenya");
  auto cached = s.entities_by_alias("jordan");
  auto kenya_cached = s.entities_by_alias("kenya");
  s.commit();
  GraphStore fresh(path, GraphStore::Mode::kReadOnly);
  auto read = fresh.entities_by_alias("jordan");
  REQUIRE(cached.size() == 2);
  REQUIRE(read.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(cached[i].id == read[i].id);
    CHECK(cached[i].name == read[i].name);
    CHECK(cached[i].type == read[i].type);
  }
  CHECK(read[jordan < river ? 1 : 0].type == "ORG");
  REQUIRE(kenya_cached.size() == 1);
  CHECK(kenya_cached[0].name == "Kenya");
  CHECK(kenya_cached[0].type == "COUNTRY");
  std::filesystem::remove_all(dir);
}

TEST_CASE("an article's mentions inserted 16 rows a statement are the rows inserted one by one") {
  auto dir = test::scratch_dir("mention-chunks");
  // 37 mentions: two full chunks and a remainder; every column, an empty rule stored as NULL.
  std::vector<std::string> texts, kinds;
  for (int i = 0; i < 37; ++i) {
    texts.push_back("Word" + std::to_string(i));
    kinds.push_back(i % 3 ? "name" : "pronoun");
  }
  const std::string id = entity_id("Jordan");
  std::vector<GraphStore::MentionRow> rows;
  for (int i = 0; i < 37; ++i) {
    GraphStore::MentionRow m;
    m.start = static_cast<uint32_t>(10 * i);
    m.end = static_cast<uint32_t>(10 * i + 5);
    m.text = &texts[i];
    m.type = i % 2 ? "PERSON" : "COUNTRY";
    m.entity_id = &id;
    m.sentence = i / 4;
    m.kind = &kinds[i];
    m.rule = i % 5 ? std::string_view("gazetteer-name") : std::string_view();
    rows.push_back(m);
  }
  auto dump = [&](const std::string& name, bool chunked) {
    GraphStore s((dir / name).string(), GraphStore::Mode::kReadWrite);
    s.begin();
    add_article(s, "a1", "2025-10-01");
    s.upsert_entity(id, "Jordan", "COUNTRY", "a1");
    if (chunked) {
      s.insert_mentions("a1", rows);
      s.insert_mentions("a1", {});  // nothing to insert
    } else {
      for (const auto& m : rows) s.insert_mention("a1", m.start, m.end, *m.text, m.type, *m.entity_id, m.sentence, *m.kind, std::string(m.rule));
    }
    s.commit();
    SQLite::Database db((dir / name).string());
    SQLite::Statement q(db, "SELECT article_id, start, end, text, type, entity_id, sentence, kind, coalesce(rule, 'NULL') FROM mentions ORDER BY start");
    std::string out;
    while (q.executeStep())
      for (int c = 0; c < 9; ++c) out += q.getColumn(c).getString() + (c == 8 ? "\n" : "|");
    return out;
  };
  const std::string chunked = dump("chunks.db", true), single = dump("single.db", false);
  CHECK(std::count(chunked.begin(), chunked.end(), '\n') == 37);
  CHECK(chunked == single);
  std::filesystem::remove_all(dir);
}

TEST_CASE("an article's claims and relations written a chunk of rows at a time are the rows written one by one") {
  auto dir = test::scratch_dir("fact-chunks");
  // 3 claims (the third repeats the first: OR IGNORE keeps one row) and 37 relations: two full
  // chunks and a remainder, repeats inside one chunk, text subjects, targets, claims named.
  std::vector<ClaimRecord> claims(3);
  for (int i = 0; i < 3; ++i) {
    claims[i].speaker_id = i == 1 ? "" : "eA";
    claims[i].speaker_text = i == 1 ? "officials" : "";
    claims[i].cue = "said";
    claims[i].content = i == 1 ? "talks failed" : "talks went well";
    claims[i].modality = "asserted";
    if (i == 1) claims[i].time_value = "2025-10-01";
  }
  std::vector<EvidenceRow> claim_ev = {ev("a1", 0), ev("a1", 2), ev("a1", 0)};
  claim_ev[1].rule = "said-that";
  std::vector<RelationRecord> relations;
  std::vector<EvidenceRow> relation_ev;
  for (int i = 0; i < 37; ++i) {
    RelationRecord r = meet(i % 4 ? "eA" : "eB", "eB", "2025-10-" + std::to_string(10 + i % 15));
    if (i % 7 == 3) {
      r.subject_id.clear();
      r.subject_text = "a road bridge";
    }
    if (i % 9 == 4) {
      r.target_id = "eA";
      r.target_text = "Alice";
    }
    relations.push_back(r);
    EvidenceRow e = ev("a1", i % 5, 0.5 + i / 100.0);
    if (i % 6 == 1) e.rule = "svo";
    relation_ev.push_back(e);
  }
  auto dump = [&](const std::string& name, bool chunked) {
    GraphStore s((dir / name).string(), GraphStore::Mode::kReadWrite);
    s.begin();
    add_article(s, "a1", "2025-10-01");
    s.upsert_entity("eA", "Alice", "PERSON", "a1");
    s.upsert_entity("eB", "Bob", "PERSON", "a1");
    std::vector<ClaimRecord> c = claims;
    std::vector<RelationRecord> r = relations;
    std::vector<EvidenceRow> rev = relation_ev;
    std::string ids;
    if (chunked) {
      s.add_claims(c, claim_ev);
      for (size_t i = 0; i < rev.size(); i += 4) rev[i].claim_id = c[i % 3].id;
      s.add_relations(r, rev);
      s.add_relations(r, rev);  // re-ingest: nothing new
      for (const auto& x : c) ids += x.id + " ";
      for (const auto& x : r) ids += x.id + " ";
    } else {
      for (size_t i = 0; i < c.size(); ++i) c[i].id = s.add_claim(c[i], claim_ev[i]);
      for (size_t i = 0; i < rev.size(); i += 4) rev[i].claim_id = c[i % 3].id;
      for (size_t i = 0; i < r.size(); ++i) r[i].id = s.add_relation(r[i], rev[i]);
      for (const auto& x : c) ids += x.id + " ";
      for (const auto& x : r) ids += x.id + " ";
    }
    s.commit();
    SQLite::Database db((dir / name).string());
    std::string out = ids + "\n";
    for (const char* table : {"claims", "claim_evidence", "relations", "relation_evidence"}) {
      SQLite::Statement q(db, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2, 3");
      while (q.executeStep()) {
        for (int c = 0; c < q.getColumnCount(); ++c) out += (q.getColumn(c).isNull() ? "NULL" : q.getColumn(c).getString()) + "|";
        out += "\n";
      }
      out += "--\n";
    }
    SQLite::Statement rowids(db, "SELECT group_concat(id) FROM (SELECT id FROM relations ORDER BY rowid)");
    rowids.executeStep();
    return out + rowids.getColumn(0).getString();
  };
  const std::string chunked = dump("chunks.db", true), single = dump("single.db", false);
  CHECK(chunked.find("a road bridge") != std::string::npos);
  CHECK(chunked.find("said-that") != std::string::npos);
  CHECK(chunked == single);
  std::filesystem::remove_all(dir);
}

TEST_CASE("an article's sentences are stored in order, however many chunks they take") {
  auto dir = test::scratch_dir("sentence-chunks");
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (uint32_t i = 0; i < 35; ++i) spans.emplace_back(i * 10, i * 10 + 9);
  {
    GraphStore s((dir / "s.db").string(), GraphStore::Mode::kReadWrite);
    s.begin();
    s.insert_article({"a1", "t", "2025-10-01", "src", "o"}, "h", std::string(350, 'x'), spans);
    s.insert_article({"a2", "t", "2025-10-01", "src", "o"}, "h2", "", {});
    s.commit();
  }
  SQLite::Database db((dir / "s.db").string());
  SQLite::Statement q(db, "SELECT article_id, idx, start, end FROM sentences ORDER BY article_id, idx");
  size_t n = 0;
  while (q.executeStep()) {
    CHECK(q.getColumn(0).getString() == "a1");
    CHECK(q.getColumn(1).getInt() == static_cast<int>(n));
    CHECK(q.getColumn(2).getInt() == static_cast<int>(spans[n].first));
    CHECK(q.getColumn(3).getInt() == static_cast<int>(spans[n].second));
    ++n;
  }
  CHECK(n == spans.size());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a database that is not newsgraph's, or is newer, is refused") {
  auto dir = test::scratch_dir("refuse");
  {
    SQLite::Database other((dir / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t(x)");
  }
  CHECK_THROWS_AS(GraphStore((dir / "other.db").string(), GraphStore::Mode::kReadWrite), StoreError);
  test::write_file(dir / "junk.db", "this is not sqlite at all, just text that is long enough to be a header....");
  CHECK_THROWS_AS(GraphStore((dir / "junk.db").string(), GraphStore::Mode::kReadOnly), StoreError);
  {
    GraphStore s((dir / "new.db").string(), GraphStore::Mode::kReadWrite);
  }
  {
    SQLite::Database raw((dir / "new.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  }
  CHECK_THROWS_AS(GraphStore((dir / "new.db").string(), GraphStore::Mode::kReadOnly), StoreError);
  CHECK_THROWS_AS(GraphStore((dir / "missing.db").string(), GraphStore::Mode::kReadOnly), StoreError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a version-1 database is readable as it is and migrated by the next writer") {
  auto dir = test::scratch_dir("migrate");
  const std::string path = (dir / "v1.db").string();
  {
    GraphStore s(path, GraphStore::Mode::kReadWrite);
    add_article(s, "a1", "2025-10-01");
    s.upsert_entity("eA", "Alice", "PERSON", "a1");
    s.upsert_entity("eB", "Bob", "PERSON", "a1");
    s.add_relation(meet("eA", "eB", "2025-10-01"), ev("a1", 0));
  }
  {
    // Turn it back into what version 1 wrote.
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("DROP INDEX roles_org; DROP INDEX person_surnames_entity; DROP INDEX relations_pair; "
             "DROP INDEX relation_evidence_claim; DROP INDEX relations_event_type; DROP INDEX relations_cameo; "
             "DROP INDEX relations_predicate; DROP INDEX entities_type; DELETE FROM meta WHERE key IN ('graph_epoch', 'database_uid'); "
             "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    // Version 4's rule columns go too.
    for (const char* table : {"mentions", "roles", "relation_evidence", "claim_evidence"})
      raw.exec(std::string("ALTER TABLE ") + table + " DROP COLUMN rule");
    // And version 5's agent columns.
    raw.exec("ALTER TABLE entities DROP COLUMN sector; ALTER TABLE entities DROP COLUMN country");
    // And version 8's event target columns.
    raw.exec("DROP INDEX relations_target; ALTER TABLE relations DROP COLUMN target_id; "
             "ALTER TABLE relations DROP COLUMN target_text");
  }
  std::string relation_id;
  {
    GraphStore ro(path, GraphStore::Mode::kReadOnly);
    CHECK(ro.database_uid().empty());
    auto links = ro.links_between("eA", "eB");
    REQUIRE(links.size() == 1);
    relation_id = links[0];
    auto evidence = ro.relation_evidence(relation_id);  // read without the rule column
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].rule.empty());
    EntityRow agent = *ro.entity("eA");
    agent.type = "AGENT";
    ro.add_agent_fields(agent);  // read without the agent columns: nothing to add, no error
    CHECK(agent.sector.empty());
  }
  {
    GraphStore rw(path, GraphStore::Mode::kReadWrite);
    CHECK(rw.database_uid().size() == 16);
    CHECK(rw.graph_epoch() == 0);
    // After the migration new evidence records the construction that read it.
    add_article(rw, "a2", "2025-10-02");
    EvidenceRow e = ev("a2", 0);
    e.rule = "svo";
    rw.add_relation(meet("eA", "eB", "2025-10-01"), e);
    auto evidence = rw.relation_evidence(relation_id);
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].rule.empty());
    CHECK(evidence[1].rule == "svo");
    // After the migration an agent keeps its sector and country.
    rw.upsert_entity("eP", "police of Kenya", "AGENT", "a2");
    rw.set_agent_fields("eP", "COP", "Kenya");
    EntityRow police = *rw.entity("eP");
    rw.add_agent_fields(police);
    CHECK(police.sector == "COP");
    CHECK(police.country == "Kenya");
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("SELECT value FROM meta WHERE key = 'schema_version'").getString() == std::to_string(kSchemaVersion));
  CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'relations_event_type'").getInt() == 1);
  CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'relations_pair'").getInt() == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("deleting an article or merging entities moves the graph epoch; adding does not") {
  auto dir = test::scratch_dir("epoch");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  add_article(s, "a1", "2025-10-01");
  s.upsert_entity("eA", "Alice", "PERSON", "a1");
  s.upsert_entity("eB", "Bob", "PERSON", "a1");
  s.upsert_entity("eC", "Carol", "PERSON", "a1");
  s.add_relation(meet("eA", "eB", "2025-10-01"), ev("a1", 0));
  s.add_relation(meet("eA", "eC", "2025-10-01"), ev("a1", 0));
  const int64_t e0 = s.graph_epoch();
  add_article(s, "a2", "2025-10-02");
  s.add_relation(meet("eB", "eC", "2025-10-02"), ev("a2", 0));
  CHECK(s.graph_epoch() == e0);
  s.merge_entity("eC", "eB", "test");
  CHECK(s.graph_epoch() > e0);
  const int64_t e1 = s.graph_epoch();
  s.delete_article("a2");
  CHECK(s.graph_epoch() > e1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("hostile text is stored and read back exactly (bound parameters)") {
  auto dir = test::scratch_dir("hostile");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  std::string name = "Robert'); DROP TABLE entities;-- \"\\ <b>\xE2\x80\x8F";
  s.begin();
  add_article(s, "a1", "2025-10-01");
  s.upsert_entity(entity_id(name), name, "PERSON", "a1");
  s.add_alias(entity_id(name), name);
  s.commit();
  CHECK(s.entity(entity_id(name))->name == name);
  CHECK(s.stats().entities == 1);
  std::filesystem::remove_all(dir);
}

namespace {
// A relation whose subject is no entity (schema 6): "road bridge collapsed".
RelationRecord collapse(const std::string& words, const std::string& day) {
  RelationRecord r;
  r.subject_text = words;
  r.predicate = "collapse";
  r.text = "collapsed";
  r.time_value = day;
  return r;
}
}  // namespace

TEST_CASE("a text subject is stored without an entity, read back by its words, and stored once however often it is added") {
  auto dir = test::scratch_dir("text-subject");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  add_article(s, "a1", "2026-04-02");
  std::string id = s.add_relation(collapse("road bridge", "2026-04-02"), ev("a1", 0));
  CHECK(s.add_relation(collapse("Road Bridge", "2026-04-02"), ev("a1", 0)) == id);  // same words, same fact
  CHECK(s.add_relation(collapse("road bridge", "2026-04-02"), ev("a1", 0)) == id);  // re-ingest: nothing new
  auto rows = s.all_relations();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].r.subject_id.empty());
  CHECK(rows[0].r.subject_text == "road bridge");
  CHECK(rows[0].subject_name == "road bridge");
  CHECK(s.relation_evidence(id).size() == 1);
  // An entity subject keeps the id it had before schema 6.
  s.upsert_entity("eA", "Alice", "PERSON", "a1");
  s.upsert_entity("eB", "Bob", "PERSON", "a1");
  RelationRecord m = meet("eA", "eB", "2025-10-01");
  RelationRecord keyed = m;
  CHECK(s.add_relation(m, ev("a1", 1)) == relation_id(keyed));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a schema-5 database is migrated to schema 6 with its relations and evidence, and then takes text subjects") {
  auto dir = test::scratch_dir("migrate-v6");
  const std::string path = (dir / "v5.db").string();
  std::string relation;
  {
    GraphStore s(path, GraphStore::Mode::kReadWrite);
    add_article(s, "a1", "2025-10-01");
    s.upsert_entity("eA", "Alice", "PERSON", "a1");
    s.upsert_entity("eB", "Bob", "PERSON", "a1");
    relation = s.add_relation(meet("eA", "eB", "2025-10-01"), ev("a1", 0));
  }
  {
    // Turn the relations table back into version 5's: subject_id NOT NULL, no subject_text.
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA foreign_keys = OFF");
    raw.exec("BEGIN");
    raw.exec(R"SQL(CREATE TABLE relations_v5(
      id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES entities(id),
      predicate TEXT NOT NULL, text TEXT NOT NULL, object_id TEXT REFERENCES entities(id), object_text TEXT,
      event_type TEXT, cameo TEXT, symmetric INTEGER NOT NULL DEFAULT 0,
      time_text TEXT, time_value TEXT, time_type TEXT, time_from_article INTEGER NOT NULL DEFAULT 0,
      location TEXT, modality TEXT NOT NULL, polarity TEXT NOT NULL))SQL");
    raw.exec("INSERT INTO relations_v5 SELECT id, subject_id, predicate, text, object_id, object_text, event_type, cameo, "
             "symmetric, time_text, time_value, time_type, time_from_article, location, modality, polarity FROM relations");
    raw.exec("DROP TABLE relations; ALTER TABLE relations_v5 RENAME TO relations");
    raw.exec("CREATE INDEX relations_pair ON relations(subject_id, object_id); CREATE INDEX relations_cameo ON relations(cameo)");
    raw.exec("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
    raw.exec("COMMIT");
  }
  {
    GraphStore ro(path, GraphStore::Mode::kReadOnly);  // read as it is: no subject_text column, no error
    REQUIRE(ro.all_relations().size() == 1);
    CHECK(ro.all_relations()[0].r.subject_id == "eA");
  }
  {
    GraphStore rw(path, GraphStore::Mode::kReadWrite);
    REQUIRE(rw.all_relations().size() == 1);
    CHECK(rw.all_relations()[0].r.id == relation);
    CHECK(rw.relation_evidence(relation).size() == 1);  // the rebuild did not cascade to the evidence
    add_article(rw, "a2", "2026-04-02");
    rw.add_relation(collapse("road bridge", "2026-04-02"), ev("a2", 0));
    CHECK(rw.all_relations().size() == 2);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  // Migrated through 6 to the current version.
  CHECK(raw.execAndGet("SELECT value FROM meta WHERE key = 'schema_version'").getString() == std::to_string(kSchemaVersion));
  CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name IN ('relations_pair', 'relations_cameo')").getInt() == 2);
  CHECK(raw.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a schema-6 database is migrated to schema 7: the article hashes are read from their own index") {
  auto dir = test::scratch_dir("migrate-v7");
  const std::string path = (dir / "v6.db").string();
  {
    GraphStore s(path, GraphStore::Mode::kReadWrite);
    add_article(s, "a1", "2025-10-01");
    add_article(s, "a2", "2025-10-02");
  }
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("DROP INDEX articles_hash; UPDATE meta SET value = '6' WHERE key = 'schema_version'");
  }
  std::unordered_map<std::string, std::string> before;
  {
    GraphStore ro(path, GraphStore::Mode::kReadOnly);  // a schema-6 file reads as it is
    before = ro.article_hashes();
    CHECK(before.size() == 2);
  }
  {
    GraphStore rw(path, GraphStore::Mode::kReadWrite);
    CHECK(rw.article_hashes() == before);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("SELECT value FROM meta WHERE key = 'schema_version'").getString() == std::to_string(kSchemaVersion));
  SQLite::Statement plan(raw, "EXPLAIN QUERY PLAN SELECT id, content_hash FROM articles");
  REQUIRE(plan.executeStep());
  CHECK(plan.getColumn(3).getString().find("COVERING INDEX articles_hash") != std::string::npos);
  std::filesystem::remove_all(dir);
}

namespace {
// An event aimed at an actor that is not its object (schema 8): "Canada granted asylum to Whitfield".
RelationRecord grant(const std::string& giver, const std::string& target_id, const std::string& target_words) {
  RelationRecord r;
  r.subject_id = giver;
  r.predicate = "grant";
  r.text = "granted";
  r.object_text = "asylum";
  r.event_type = "grant";
  r.cameo = "075";
  r.target_id = target_id;
  r.target_text = target_words;
  r.time_value = "2025-10-07";
  return r;
}
}  // namespace

TEST_CASE("an event's target is stored beside its object, is no part of its id, and follows entity merges") {
  auto dir = test::scratch_dir("event-target");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  add_article(s, "a1", "2025-10-07");
  s.upsert_entity("eC", "Canada", "COUNTRY", "a1");
  s.upsert_entity("eW", "Whitfield", "PERSON", "a1");
  s.upsert_entity("eD", "Daniel Whitfield", "PERSON", "a1");
  RelationRecord untargeted = grant("eC", "", "");
  const std::string id = s.add_relation(grant("eC", "eW", "Whitfield"), ev("a1", 0));
  CHECK(id == relation_id(untargeted));  // the same id as without a target: a reading of the same fact
  CHECK(s.add_relation(grant("eC", "eW", "Whitfield"), ev("a1", 0)) == id);  // re-ingest: nothing new
  auto rows = s.all_relations();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].r.target_id == "eW");
  CHECK(rows[0].r.target_text == "Whitfield");
  CHECK(rows[0].target_name == "Whitfield");
  CHECK(rows[0].r.object_id.empty());
  s.merge_entity("eW", "eD", "test");
  // An entity that is only an event's target is no orphan (none of the three has a mention).
  s.collect_orphans();
  CHECK(s.entity("eD"));
  CHECK(!s.entity("eW"));
  rows = s.all_relations();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].r.id == id);
  CHECK(rows[0].r.target_id == "eD");
  CHECK(rows[0].target_name == "Daniel Whitfield");
  CHECK(rows[0].r.target_text == "Whitfield");  // the words stay what the article said
  StoreStats st = s.stats();
  CHECK(st.prepositional_targets == 1);
  CHECK(st.event_sources == std::vector<std::pair<std::string, int64_t>>{{"COUNTRY", 1}});
  CHECK(st.event_targets == std::vector<std::pair<std::string, int64_t>>{{"PERSON", 1}});
  std::filesystem::remove_all(dir);
}

TEST_CASE("relations_of finds the events an entity is only the target of, each relation once") {
  auto dir = test::scratch_dir("target-of");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  add_article(s, "a1", "2025-10-07");
  s.upsert_entity("eC", "Canada", "COUNTRY", "a1");
  s.upsert_entity("eW", "Whitfield", "PERSON", "a1");
  const std::string granted = s.add_relation(grant("eC", "eW", "Whitfield"), ev("a1", 0));
  // The target also the object: one row, not one per place the entity holds.
  RelationRecord warned = grant("eC", "eW", "Whitfield");
  warned.predicate = "warn";
  warned.object_id = "eW";
  warned.object_text.clear();
  const std::string warning = s.add_relation(warned, ev("a1", 0));
  // The subject also the target ("Canada granted itself a waiver" read with Canada as target).
  RelationRecord self = grant("eC", "eC", "itself");
  self.predicate = "waive";
  const std::string waived = s.add_relation(self, ev("a1", 0));
  auto ids = [](const std::vector<RelationRow>& rows) {
    std::vector<std::string> out;
    for (const RelationRow& r : rows) out.push_back(r.r.id);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  CHECK(ids(s.relations_of("eW", "", "", "")) == sorted({granted, warning}));
  CHECK(ids(s.relations_of("eC", "", "", "")) == sorted({granted, warning, waived}));
  CHECK(ids(s.relations_of("eW", "eC", "", "")) == sorted({granted, warning}));
  CHECK(ids(s.relations_of("eC", "eW", "", "")) == sorted({granted, warning}));
  CHECK(s.relations_of("eW", "", "2025-11-01", "").empty());  // the time range still applies
  std::filesystem::remove_all(dir);
}

namespace {
// Turns a database written by this version back into schema 7's: relations without the target
// columns and their index (as main's binary of session 10 wrote them).
void make_schema7(const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE);
  raw.exec("DROP INDEX relations_target; ALTER TABLE relations DROP COLUMN target_id; "
           "ALTER TABLE relations DROP COLUMN target_text; UPDATE meta SET value = '7' WHERE key = 'schema_version'");
}
}  // namespace

TEST_CASE("a schema-7 database is read as it is, migrated to schema 8 by a writer, and imported as a shard") {
  auto dir = test::scratch_dir("migrate-v8");
  const std::string path = (dir / "v7.db").string(), shard = (dir / "shard7.db").string();
  std::string relation;
  for (const std::string& p : {path, shard}) {
    GraphStore s(p, GraphStore::Mode::kReadWrite);
    add_article(s, p == path ? "a1" : "a2", "2025-10-01");
    s.upsert_entity("eA", "Alice", "PERSON", p == path ? "a1" : "a2");
    s.upsert_entity("eB", "Bob", "PERSON", p == path ? "a1" : "a2");
    relation = s.add_relation(meet("eA", "eB", "2025-10-01"), ev(p == path ? "a1" : "a2", 0));
  }
  make_schema7(path);
  make_schema7(shard);
  {
    GraphStore ro(path, GraphStore::Mode::kReadOnly);  // no target columns: read without targets, no error
    REQUIRE(ro.all_relations().size() == 1);
    CHECK(ro.all_relations()[0].r.target_id.empty());
    CHECK(ro.stats().prepositional_targets == 0);
    CHECK(ro.stats().articles_before_targets == 1);  // every article: none can have a target
  }
  {
    GraphStore rw(path, GraphStore::Mode::kReadWrite);
    REQUIRE(rw.all_relations().size() == 1);
    CHECK(rw.all_relations()[0].r.id == relation);
    CHECK(rw.relation_evidence(relation).size() == 1);
    add_article(rw, "a3", "2025-10-07");
    rw.upsert_entity("eC", "Canada", "COUNTRY", "a3");
    rw.add_relation(grant("eC", "eA", "Alice"), ev("a3", 0));
    CHECK(rw.import_shard(shard) == 1);  // a schema-7 shard's relations come without targets
    auto rows = rw.all_relations();
    REQUIRE(rows.size() == 2);
    for (const RelationRow& r : rows) CHECK(r.r.target_id == (r.r.predicate == "grant" ? "eA" : ""));
    CHECK(rw.relation_evidence(relation).size() == 2);
    // a1 was extracted before the migration; a3 after it, with its targets.
    CHECK(rw.stats().articles_before_targets == 1);
    rw.delete_article("a1");
    add_article(rw, "a1", "2025-10-01");  // re-extracted: written anew, with targets
    CHECK(rw.stats().articles_before_targets == 0);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("SELECT value FROM meta WHERE key = 'schema_version'").getString() == "8");
  CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'relations_target'").getInt() == 1);
  CHECK(raw.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a new database has 8 KiB pages; one with SQLite's default 4 KiB pages keeps them and works as before") {
  auto dir = test::scratch_dir("page-size");
  const std::string path = (dir / "g.db").string();
  std::string relation;
  {
    GraphStore s(path, GraphStore::Mode::kReadWrite);
    add_article(s, "a1", "2025-10-01");
    s.upsert_entity("eA", "Alice", "PERSON", "a1");
    s.upsert_entity("eB", "Bob", "PERSON", "a1");
    relation = s.add_relation(meet("eA", "eB", "2025-10-01"), ev("a1", 0));
  }
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    CHECK(raw.execAndGet("PRAGMA page_size").getInt() == 8192);
    // Rewritten with 4 KiB pages, as every newsgraph before this one made its databases.
    raw.exec("PRAGMA journal_mode = DELETE");
    raw.exec("PRAGMA page_size = 4096");
    raw.exec("VACUUM");
    REQUIRE(raw.execAndGet("PRAGMA page_size").getInt() == 4096);
  }
  {
    GraphStore s(path, GraphStore::Mode::kReadWrite);
    add_article(s, "a2", "2025-10-02");
    s.upsert_entity("eA", "Alice", "PERSON", "a2");
    s.upsert_entity("eB", "Bob", "PERSON", "a2");
    CHECK(s.add_relation(meet("eB", "eA", "2025-10-01"), ev("a2", 0)) == relation);
    CHECK(s.relation(relation)->evidence_count == 2);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA page_size").getInt() == 4096);
  CHECK(raw.execAndGet("PRAGMA integrity_check").getString() == "ok");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a merge moves every row of the merged entity, keeps the first spelling of a key and re-votes the type") {
  auto dir = test::scratch_dir("merge-rows");
  const std::string path = (dir / "g.db").string();
  const std::string from = "eF", into = "eI";
  std::string claim;
  {
    GraphStore s(path, GraphStore::Mode::kReadWrite);
    s.begin();
    for (const char* a : {"a1", "a2", "a3"}) add_article(s, a, "2025-10-01");
    s.upsert_entity(into, "James Baker", "PERSON", "a1");
    s.upsert_entity(from, "Baker", "ORGANIZATION", "a1");  // a1 has voted for `into` already: not moved
    s.upsert_entity(from, "Baker", "ORGANIZATION", "a2");
    s.upsert_entity("eW", "White House", "ORGANIZATION", "a1");
    s.upsert_entity("eY", "Yeutter", "PERSON", "a3");
    s.add_alias(into, "BAKER");
    s.add_alias(from, "Baker");  // the same key: "BAKER" comes first in byte order and stays
    s.add_alias(from, "Jim Baker");
    s.insert_mention("a1", 0, 5, "James Baker", "PERSON", into, 0, "name");
    s.insert_mention("a1", 6, 11, "Baker", "ORGANIZATION", from, 0, "name");
    s.insert_mention("a2", 0, 5, "Baker", "ORGANIZATION", from, 0, "name");
    s.insert_role(from, "secretary", "eW", "a2", 0);
    s.insert_role("eY", "adviser", from, "a3", 0);
    s.add_relation(meet(into, "eW", "2025-10-01"), ev("a1", 0));
    s.add_relation(meet(from, "eW", "2025-10-01"), ev("a2", 0));  // the same fact once merged
    s.add_relation(meet(from, into, "2025-10-01"), ev("a2", 0));  // a fact with itself: dropped
    RelationRecord aimed = meet("eY", "eW", "2025-10-02");
    aimed.target_id = from;
    aimed.target_text = "Baker";
    s.add_relation(aimed, ev("a3", 0));
    ClaimRecord c;
    c.speaker_id = from;
    c.speaker_text = "Baker";
    c.cue = "said";
    c.content = "talks went well";
    c.modality = "asserted";
    claim = s.add_claim(c, ev("a2", 0));
    EvidenceRow in_claim = ev("a2", 0);
    in_claim.claim_id = claim;
    s.add_relation(meet("eY", "eW", "2025-10-03"), in_claim);
    s.merge_entity(from, into, "test");
    s.commit();
    CHECK(!s.entity(from));
    CHECK(s.entity(into)->mentions == 3);
    CHECK(s.entity(into)->type == "ORGANIZATION");  // a1 PERSON, a2 ORGANIZATION: ties go to the first name
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  auto count = [&](const std::string& sql) { return raw.execAndGet(sql).getInt(); };
  CHECK(count("SELECT count(*) FROM mentions WHERE entity_id = 'eF'") == 0);
  CHECK(count("SELECT count(*) FROM aliases WHERE entity_id = 'eF'") == 0);
  CHECK(count("SELECT count(*) FROM aliases WHERE entity_id = 'eI'") == 2);
  CHECK(raw.execAndGet("SELECT alias FROM aliases WHERE entity_id = 'eI' AND alias_key = '" + alias_key("Baker") + "'")
            .getString() == "BAKER");
  CHECK(count("SELECT count(*) FROM roles WHERE person_id = 'eI' AND org_id = 'eW'") == 1);
  CHECK(count("SELECT count(*) FROM roles WHERE person_id = 'eY' AND org_id = 'eI'") == 1);
  CHECK(count("SELECT count(*) FROM entity_types WHERE entity_id = 'eI' AND article_id = 'a1' AND type = 'PERSON'") == 1);
  CHECK(count("SELECT count(*) FROM entity_types WHERE entity_id = 'eI'") == 2);
  CHECK(count("SELECT count(*) FROM relations WHERE target_id = 'eI'") == 1);
  CHECK(count("SELECT count(*) FROM relations WHERE subject_id = 'eF' OR object_id = 'eF' OR target_id = 'eF'") == 0);
  CHECK(count("SELECT count(*) FROM relations WHERE subject_id = object_id") == 0);
  // The two meetings with the White House are one fact with the evidence of both articles.
  CHECK(count("SELECT count(*) FROM relation_evidence e JOIN relations r ON r.id = e.relation_id "
              "WHERE r.subject_id = 'eI' AND r.object_id = 'eW'") == 2);
  CHECK(raw.execAndGet("SELECT speaker_id FROM claims").getString() == into);
  const std::string rekeyed = raw.execAndGet("SELECT id FROM claims").getString();
  CHECK(rekeyed != claim);
  CHECK(count("SELECT count(*) FROM relation_evidence WHERE claim_id = '" + rekeyed + "'") == 1);
  CHECK(count("SELECT count(*) FROM claim_evidence WHERE claim_id = '" + rekeyed + "'") == 1);
  CHECK(raw.execAndGet("SELECT from_name || '>' || into_name FROM merge_log").getString() == "Baker>James Baker");
  std::filesystem::remove_all(dir);
}
