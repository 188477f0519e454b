#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>

#include "ids.h"
#include "schema.h"
#include "text_util.h"

namespace newsgraph {

namespace {
// Columns of a RelationRow, in the order read_relation_row expects.
const char* const kRelationColumns = R"SQL(
  r.id, r.subject_id, r.predicate, r.text, r.object_id, r.object_text, r.event_type, r.cameo, r.symmetric,
  r.time_text, r.time_value, r.time_type, r.time_from_article, r.location, r.modality, r.polarity,
  s.name, s.type, o.name, o.type,
  (SELECT count(*) FROM relation_evidence e WHERE e.relation_id = r.id),
  (SELECT 1.0 - exp(sum(ln(1.0 - min(e.confidence, 0.999)))) FROM relation_evidence e WHERE e.relation_id = r.id),
  (SELECT e.article_id FROM relation_evidence e JOIN articles a ON a.id = e.article_id
     WHERE e.relation_id = r.id ORDER BY a.date, a.id LIMIT 1),
  (SELECT a.date FROM relation_evidence e JOIN articles a ON a.id = e.article_id
     WHERE e.relation_id = r.id ORDER BY a.date, a.id LIMIT 1),
  (SELECT e.claim_id FROM relation_evidence e WHERE e.relation_id = r.id AND e.claim_id IS NOT NULL
     ORDER BY e.article_id LIMIT 1)
)SQL";

const char* const kRelationFrom =
    " FROM relations r JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id ";

std::string col(SQLite::Statement& q, int i) {
  auto c = q.getColumn(i);
  return c.isNull() ? std::string() : c.getString();
}

// A RelationRecord from columns 0-15 of a statement that selects the relation columns in table order.
RelationRecord read_relation_record(SQLite::Statement& q) {
  RelationRecord r;
  r.id = col(q, 0);
  r.subject_id = col(q, 1);
  r.predicate = col(q, 2);
  r.text = col(q, 3);
  r.object_id = col(q, 4);
  r.object_text = col(q, 5);
  r.event_type = col(q, 6);
  r.cameo = col(q, 7);
  r.symmetric = q.getColumn(8).getInt() != 0;
  r.time_text = col(q, 9);
  r.time_value = col(q, 10);
  r.time_type = col(q, 11);
  r.time_from_article = q.getColumn(12).getInt() != 0;
  r.location = col(q, 13);
  r.modality = col(q, 14);
  r.polarity = col(q, 15);
  return r;
}

void bind_opt(SQLite::Statement& q, int i, const std::string& v) {
  if (v.empty()) q.bind(i);
  else q.bind(i, v);
}

}  // namespace

SQLite::Statement& GraphStore::cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(*db_, sql)).first;
  SQLite::Statement& q = *it->second;
  q.reset();
  q.clearBindings();
  return q;
}

GraphStore::GraphStore(const std::string& path, Mode mode) : path_(path) {
  try {
    if (mode == Mode::kReadOnly && !std::filesystem::exists(path))
      throw StoreError("no database at " + path + ": run 'newsgraph build PATH --db " + path + "' first");
    int flags = mode == Mode::kReadOnly ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // A writer waits up to a minute (NEWSGRAPH_BUSY_TIMEOUT_MS) for another build's batch to
    // commit before giving up.
    int busy_ms = 60000;
    if (const char* v = std::getenv("NEWSGRAPH_BUSY_TIMEOUT_MS"); v && *v) busy_ms = std::max(0, std::atoi(v));
    db_ = std::make_unique<SQLite::Database>(path, flags, busy_ms);
    db_->exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::kReadWrite) {
      db_->exec("PRAGMA journal_mode = WAL");
      db_->exec("PRAGMA synchronous = NORMAL");
    }
    db_->exec("PRAGMA cache_size = -65536");
    // Per-article savepoints journal every page they touch; in a temp file that costs a write
    // system call per page, in memory nothing.
    db_->exec("PRAGMA temp_store = MEMORY");
    ensure_schema(*db_, mode == Mode::kReadWrite);
  } catch (const SQLite::Exception& e) {
    std::string what = e.what();
    if (what.find("not a database") != std::string::npos || what.find("file is encrypted") != std::string::npos)
      throw StoreError(path + " is not a newsgraph database (" + what + "); use another --db file");
    throw StoreError("cannot open database " + path + ": " + what);
  }
}

void GraphStore::forget_cached_rows() {
  known_aliases_.clear();
  type_votes_.clear();
  alias_rows_.clear();
}

GraphStore::~GraphStore() {
  if (in_tx_) {
    try {
      db_->exec("ROLLBACK");
    } catch (...) {
    }
  }
}

void GraphStore::begin() {
  db_->exec("BEGIN IMMEDIATE");
  in_tx_ = true;
}
void GraphStore::commit() {
  db_->exec("COMMIT");
  in_tx_ = false;
}
void GraphStore::checkpoint() {
  // A cached statement left mid-result holds a read snapshot that would block the checkpoint.
  for (auto& [sql, q] : statements_) q->reset();
  // Best effort: another reader holding a snapshot may keep part of the log alive.
  try {
    db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const SQLite::Exception&) {
  }
}

void GraphStore::savepoint() { cached("SAVEPOINT article").exec(); }
void GraphStore::release() { cached("RELEASE article").exec(); }
void GraphStore::rollback_to_savepoint() {
  forget_cached_rows();  // the caches may hold rows that were just undone
  db_->exec("ROLLBACK TO article");
  db_->exec("RELEASE article");
}
void GraphStore::rollback() {
  forget_cached_rows();
  if (in_tx_) db_->exec("ROLLBACK");
  in_tx_ = false;
}

std::unordered_map<std::string, std::string> GraphStore::article_hashes() {
  std::unordered_map<std::string, std::string> out;
  SQLite::Statement q(*db_, "SELECT id, content_hash FROM articles");
  while (q.executeStep()) out.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
  return out;
}

std::optional<std::string> GraphStore::article_hash(const std::string& id) {
  SQLite::Statement& q = cached("SELECT content_hash FROM articles WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return col(q, 0);
}

void GraphStore::delete_article(const std::string& id) {
  forget_cached_rows();  // orphaned entities may be deleted below
  std::vector<std::string> voted;
  {
    SQLite::Statement v(*db_, "SELECT entity_id FROM entity_types WHERE article_id = ?");
    v.bind(1, id);
    while (v.executeStep()) voted.push_back(col(v, 0));
  }
  SQLite::Statement d(*db_, "DELETE FROM articles WHERE id = ?");
  d.bind(1, id);
  d.exec();  // cascades to sentences, mentions, roles, type votes and evidence
  bump_graph_epoch();
  for (const std::string& e : voted) {
    SQLite::Statement upd(*db_, "UPDATE entities SET type = coalesce((SELECT type FROM entity_types WHERE entity_id = ?1 "
                                "GROUP BY type ORDER BY count(*) DESC, type LIMIT 1), type) WHERE id = ?1");
    upd.bind(1, e);
    upd.exec();
  }
  collect_orphans();
}

void GraphStore::collect_orphans() {
  forget_cached_rows();
  int removed = db_->exec("DELETE FROM relations WHERE NOT EXISTS (SELECT 1 FROM relation_evidence e WHERE e.relation_id = relations.id)");
  removed += db_->exec("DELETE FROM claims WHERE NOT EXISTS (SELECT 1 FROM claim_evidence e WHERE e.claim_id = claims.id)");
  if (removed > 0) bump_graph_epoch();
  db_->exec(R"SQL(DELETE FROM entities WHERE
      NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = entities.id OR r.object_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM roles x WHERE x.person_id = entities.id OR x.org_id = entities.id))SQL");
}

size_t GraphStore::import_shard(const std::string& shard_path) {
  if (!std::filesystem::exists(shard_path)) throw StoreError("no database at " + shard_path);
  {
    // Refuse anything that is not a newsgraph database of this schema version.
    GraphStore probe(shard_path, Mode::kReadOnly);
  }
  forget_cached_rows();
  for (auto& [sql, q] : statements_) q->reset();
  SQLite::Statement attach(*db_, "ATTACH DATABASE ? AS shard");
  attach.bind(1, shard_path);
  attach.exec();
  size_t imported = 0;
  try {
    begin();
    bump_graph_epoch();
    db_->exec(R"SQL(CREATE TEMP TABLE import_ids AS
        SELECT s.id AS id, m.id IS NOT NULL AS replace FROM shard.articles s LEFT JOIN main.articles m ON m.id = s.id
        WHERE m.id IS NULL OR m.content_hash <> s.content_hash)SQL");
    std::vector<std::string> replaced;
    {
      SQLite::Statement q(*db_, "SELECT id FROM temp.import_ids WHERE replace");
      while (q.executeStep()) replaced.push_back(col(q, 0));
    }
    for (const std::string& id : replaced) delete_article(id);
    const char* const steps[] = {
        "INSERT INTO main.articles SELECT * FROM shard.articles WHERE id IN (SELECT id FROM temp.import_ids)",
        "INSERT INTO main.sentences SELECT * FROM shard.sentences WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.entities SELECT * FROM shard.entities",
        "INSERT OR IGNORE INTO main.entity_types SELECT * FROM shard.entity_types WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.aliases SELECT * FROM shard.aliases",
        "INSERT OR IGNORE INTO main.person_surnames SELECT * FROM shard.person_surnames",
        "INSERT OR IGNORE INTO main.mentions SELECT * FROM shard.mentions WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT INTO main.roles SELECT * FROM shard.roles WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.relations SELECT * FROM shard.relations WHERE id IN "
        "(SELECT relation_id FROM shard.relation_evidence WHERE article_id IN (SELECT id FROM temp.import_ids))",
        "INSERT OR IGNORE INTO main.relation_evidence SELECT * FROM shard.relation_evidence WHERE article_id IN "
        "(SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.claims SELECT * FROM shard.claims WHERE id IN "
        "(SELECT claim_id FROM shard.claim_evidence WHERE article_id IN (SELECT id FROM temp.import_ids))",
        "INSERT OR IGNORE INTO main.claim_evidence SELECT * FROM shard.claim_evidence WHERE article_id IN "
        "(SELECT id FROM temp.import_ids)",
    };
    for (const char* sql : steps) db_->exec(sql);
    {
      SQLite::Statement q(*db_, "SELECT count(*) FROM temp.import_ids");
      q.executeStep();
      imported = static_cast<size_t>(q.getColumn(0).getInt64());
    }
    db_->exec("DROP TABLE temp.import_ids");
    recompute_entity_types();
    collect_orphans();
    commit();
  } catch (...) {
    rollback();
    try {
      db_->exec("DROP TABLE IF EXISTS temp.import_ids");
      db_->exec("DETACH DATABASE shard");
    } catch (...) {
    }
    throw;
  }
  db_->exec("DETACH DATABASE shard");
  return imported;
}

void GraphStore::insert_article(const ArticleRow& a, const std::string& hash, const std::string& text,
                                const std::vector<std::pair<uint32_t, uint32_t>>& sentences) {
  SQLite::Statement& q = cached("INSERT INTO articles(id, title, date, source, origin, content_hash, text) VALUES (?,?,?,?,?,?,?)");
  q.bind(1, a.id);
  bind_opt(q, 2, a.title);
  bind_opt(q, 3, a.date);
  bind_opt(q, 4, a.source);
  bind_opt(q, 5, a.origin);
  q.bind(6, hash);
  q.bind(7, text);
  q.exec();
  SQLite::Statement& s = cached("INSERT INTO sentences(article_id, idx, start, end) VALUES (?,?,?,?)");
  for (size_t i = 0; i < sentences.size(); ++i) {
    s.bind(1, a.id);
    s.bind(2, static_cast<int>(i));
    s.bind(3, sentences[i].first);
    s.bind(4, sentences[i].second);
    s.exec();
    s.reset();
  }
}

std::optional<EntityRow> GraphStore::entity(const std::string& id) {
  SQLite::Statement& q = cached("SELECT id, name, type, (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id) FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return EntityRow{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getInt()};
}

std::vector<EntityRow> GraphStore::entities_by_alias(const std::string& key) {
  // No mention counts here: this runs for every entity of every article during a build, which
  // asks for the same names again and again; answers are cached until a write could change them.
  if (auto it = alias_rows_.find(key); it != alias_rows_.end()) return it->second;
  std::vector<EntityRow> out;
  SQLite::Statement& q = cached("SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                "WHERE a.alias_key = ? ORDER BY e.id");
  q.bind(1, key);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), 0});
  alias_rows_.emplace(key, out);
  return out;
}

std::optional<EntityRow> GraphStore::entity_name_type(const std::string& id) {
  SQLite::Statement& q = cached("SELECT id, name, type FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return EntityRow{col(q, 0), col(q, 1), col(q, 2), 0};
}

std::optional<std::string> GraphStore::entity_name(const std::string& id) {
  SQLite::Statement& q = cached("SELECT name FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return col(q, 0);
}

std::vector<EntityRow> GraphStore::find_entities(const std::string& key) {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_,
                      "SELECT e.id, e.name, e.type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) "
                      "FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ? ORDER BY e.id");
  q.bind(1, key);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), q.getColumn(3).getInt()});
  return out;
}

std::vector<EntityRow> GraphStore::persons_with_surname(const std::string& surname_key) {
  std::vector<EntityRow> out;
  SQLite::Statement& q = cached("SELECT e.id, e.name, e.type FROM person_surnames p JOIN entities e ON e.id = p.entity_id "
                            "WHERE p.surname_key = ? AND e.type = 'PERSON' ORDER BY e.id");
  q.bind(1, surname_key);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), 0});
  return out;
}

std::vector<std::string> GraphStore::upsert_entity(const std::string& id, const std::string& name, const std::string& type,
                                                   const std::string& article_id) {
  auto known = type_votes_.find(id);
  if (known == type_votes_.end()) {
    // First time this store sees the entity: create it if new and load its type votes.
    SQLite::Statement& ins = cached("INSERT OR IGNORE INTO entities(id, name, type) VALUES (?,?,?)");
    ins.bind(1, id);
    ins.bind(2, name);
    ins.bind(3, type);
    ins.exec();
    std::map<std::string, int> votes;
    SQLite::Statement& q = cached("SELECT type, count(*) FROM entity_types WHERE entity_id = ? GROUP BY type");
    q.bind(1, id);
    while (q.executeStep()) votes[col(q, 0)] = q.getColumn(1).getInt();
    known = type_votes_.emplace(id, std::move(votes)).first;
  }
  std::vector<std::string> conflicts;
  if (type == "OTHER" || article_id.empty()) return conflicts;
  std::map<std::string, int>& votes = known->second;
  if (type == "PERSON" && name.find(' ') != std::string::npos && !votes.count("PERSON")) {
    SQLite::Statement& sur = cached("INSERT OR IGNORE INTO person_surnames(surname_key, entity_id) VALUES (?, ?)");
    sur.bind(1, alias_key(name.substr(name.rfind(' ') + 1)));
    sur.bind(2, id);
    sur.exec();
  }
  for (const auto& [t, n] : votes)
    if (t != type && n > 0) conflicts.push_back(t);
  std::string before = majority_type(votes);
  SQLite::Statement& vote = cached("INSERT OR IGNORE INTO entity_types(entity_id, article_id, type) VALUES (?, ?, ?)");
  vote.bind(1, id);
  vote.bind(2, article_id);
  vote.bind(3, type);
  vote.exec();
  if (db_->getChanges() > 0) votes[type] += 1;
  std::string after = majority_type(votes);
  if (after != before) {
    SQLite::Statement& upd = cached("UPDATE entities SET type = ? WHERE id = ?");
    upd.bind(1, after);
    upd.bind(2, id);
    upd.exec();
    alias_rows_.clear();  // cached rows carry the old type
  }
  return conflicts;
}

std::string GraphStore::majority_type(const std::map<std::string, int>& votes) {
  // The most voted type; ties go to the first in name order, as in recompute_entity_types().
  std::string best;
  int most = 0;
  for (const auto& [t, n] : votes)
    if (n > most) {
      most = n;
      best = t;
    }
  return best;
}

void GraphStore::recompute_entity_types() {
  forget_cached_rows();
  db_->exec(R"SQL(UPDATE entities SET type = (
      SELECT type FROM entity_types t WHERE t.entity_id = entities.id
      GROUP BY type ORDER BY count(*) DESC, type LIMIT 1)
    WHERE EXISTS (SELECT 1 FROM entity_types t WHERE t.entity_id = entities.id))SQL");
}

void GraphStore::add_alias(const std::string& entity_id, const std::string& alias) {
  std::string key = alias_key(alias);
  if (key.empty()) return;
  // Most aliases repeat across articles; remember the ones written so each costs one statement once.
  if (!known_aliases_.insert(key + '\x1f' + entity_id + '\x1f' + alias).second) return;
  alias_rows_.erase(key);
  SQLite::Statement& q = cached("INSERT OR IGNORE INTO aliases(alias_key, entity_id, alias) VALUES (?,?,?)");
  q.bind(1, key);
  q.bind(2, entity_id);
  q.bind(3, alias);
  q.exec();
}

void GraphStore::insert_mention(const std::string& article_id, uint32_t start, uint32_t end, const std::string& text,
                                const std::string& type, const std::string& entity_id, int sentence,
                                const std::string& kind) {
  SQLite::Statement& q = cached("INSERT OR REPLACE INTO mentions(article_id, start, end, text, type, entity_id, sentence, kind) "
                      "VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, article_id);
  q.bind(2, start);
  q.bind(3, end);
  q.bind(4, text);
  q.bind(5, type);
  q.bind(6, entity_id);
  q.bind(7, sentence);
  q.bind(8, kind);
  q.exec();
}

void GraphStore::insert_role(const std::string& person_id, const std::string& role, const std::string& org_id,
                             const std::string& article_id, int sentence) {
  SQLite::Statement& q = cached("INSERT INTO roles(person_id, role, org_id, article_id, sentence) VALUES (?,?,?,?,?)");
  q.bind(1, person_id);
  q.bind(2, role);
  bind_opt(q, 3, org_id);
  q.bind(4, article_id);
  q.bind(5, sentence);
  q.exec();
}

std::string GraphStore::add_relation(RelationRecord r, const EvidenceRow& ev) {
  relation_id(r);
  SQLite::Statement& q = cached(R"SQL(INSERT OR IGNORE INTO relations(id, subject_id, predicate, text, object_id,
      object_text, event_type, cameo, symmetric, time_text, time_value, time_type, time_from_article, location,
      modality, polarity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))SQL");
  q.bind(1, r.id);
  q.bind(2, r.subject_id);
  q.bind(3, r.predicate);
  q.bind(4, r.text);
  bind_opt(q, 5, r.object_id);
  bind_opt(q, 6, r.object_text);
  bind_opt(q, 7, r.event_type);
  bind_opt(q, 8, r.cameo);
  q.bind(9, r.symmetric ? 1 : 0);
  bind_opt(q, 10, r.time_text);
  bind_opt(q, 11, r.time_value);
  bind_opt(q, 12, r.time_type);
  q.bind(13, r.time_from_article ? 1 : 0);
  bind_opt(q, 14, r.location);
  q.bind(15, r.modality);
  q.bind(16, r.polarity);
  q.exec();
  SQLite::Statement& e = cached(R"SQL(INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence, start,
      end, confidence, claim_id) VALUES (?,?,?,?,?,?,?))SQL");
  e.bind(1, r.id);
  e.bind(2, ev.article_id);
  e.bind(3, ev.sentence);
  e.bind(4, ev.start);
  e.bind(5, ev.end);
  e.bind(6, ev.confidence);
  bind_opt(e, 7, ev.claim_id);
  e.exec();
  return r.id;
}

std::string GraphStore::add_claim(ClaimRecord c, const EvidenceRow& ev) {
  c.id = claim_id(c);
  SQLite::Statement& q = cached(R"SQL(INSERT OR IGNORE INTO claims(id, speaker_id, speaker_text, cue, content, modality,
      time_text, time_value, time_from_article) VALUES (?,?,?,?,?,?,?,?,?))SQL");
  q.bind(1, c.id);
  bind_opt(q, 2, c.speaker_id);
  bind_opt(q, 3, c.speaker_text);
  q.bind(4, c.cue);
  q.bind(5, c.content);
  q.bind(6, c.modality);
  bind_opt(q, 7, c.time_text);
  bind_opt(q, 8, c.time_value);
  q.bind(9, c.time_from_article ? 1 : 0);
  q.exec();
  SQLite::Statement& e = cached("INSERT OR IGNORE INTO claim_evidence(claim_id, article_id, sentence, start, end) VALUES (?,?,?,?,?)");
  e.bind(1, c.id);
  e.bind(2, ev.article_id);
  e.bind(3, ev.sentence);
  e.bind(4, ev.start);
  e.bind(5, ev.end);
  e.exec();
  return c.id;
}

std::vector<EntityRow> GraphStore::single_word_people() {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_, "SELECT id, name, type FROM entities WHERE type IN ('PERSON', 'OTHER') AND instr(name, ' ') = 0 ORDER BY id");
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), 0});
  return out;
}

void GraphStore::merge_entity(const std::string& from, const std::string& into, const std::string& reason) {
  forget_cached_rows();
  auto f = entity(from);
  auto t = entity(into);
  if (!f || !t || from == into) return;
  bump_graph_epoch();
  auto exec1 = [&](const char* sql) {
    SQLite::Statement q(*db_, sql);
    q.bind(1, into);
    q.bind(2, from);
    q.exec();
  };
  exec1("UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2");
  exec1("INSERT OR IGNORE INTO aliases(alias_key, entity_id, alias) SELECT alias_key, ?1, alias FROM aliases WHERE entity_id = ?2");
  exec1("DELETE FROM aliases WHERE entity_id = ?2 AND ?1 IS NOT NULL");
  exec1("UPDATE roles SET person_id = ?1 WHERE person_id = ?2");
  exec1("UPDATE roles SET org_id = ?1 WHERE org_id = ?2");
  exec1("INSERT OR IGNORE INTO entity_types(entity_id, article_id, type) SELECT ?1, article_id, type FROM entity_types "
        "WHERE entity_id = ?2");
  exec1("INSERT OR IGNORE INTO person_surnames(surname_key, entity_id) SELECT surname_key, ?1 FROM person_surnames "
        "WHERE entity_id = ?2");
  // Re-key every relation that mentions `from`; merge into an existing identical fact.
  {
    std::vector<RelationRecord> rels;
    SQLite::Statement q(*db_, R"SQL(SELECT id, subject_id, predicate, text, object_id, object_text, event_type, cameo,
        symmetric, time_text, time_value, time_type, time_from_article, location, modality, polarity
        FROM relations WHERE subject_id = ?1 OR object_id = ?1)SQL");
    q.bind(1, from);
    while (q.executeStep()) rels.push_back(read_relation_record(q));
    for (RelationRecord r : rels) {
      std::string old_id = r.id;
      if (r.subject_id == from) r.subject_id = into;
      if (r.object_id == from) r.object_id = into;
      if (r.subject_id == r.object_id) {
        SQLite::Statement d(*db_, "DELETE FROM relations WHERE id = ?");
        d.bind(1, old_id);
        d.exec();
        continue;
      }
      relation_id(r);
      SQLite::Statement exists(*db_, "SELECT 1 FROM relations WHERE id = ?");
      exists.bind(1, r.id);
      if (exists.executeStep()) {
        SQLite::Statement mv(*db_, "INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence, start, end, confidence, claim_id) "
                                   "SELECT ?1, article_id, sentence, start, end, confidence, claim_id FROM relation_evidence WHERE relation_id = ?2");
        mv.bind(1, r.id);
        mv.bind(2, old_id);
        mv.exec();
        SQLite::Statement d(*db_, "DELETE FROM relations WHERE id = ?");
        d.bind(1, old_id);
        d.exec();
      } else {
        SQLite::Statement up(*db_, "UPDATE relations SET id = ?1, subject_id = ?2, object_id = ?3 WHERE id = ?4");
        up.bind(1, r.id);
        up.bind(2, r.subject_id);
        bind_opt(up, 3, r.object_id);
        up.bind(4, old_id);
        up.exec();
      }
    }
  }
  // Claims by `from` are re-keyed the same way.
  {
    std::vector<ClaimRecord> cls;
    SQLite::Statement q(*db_, "SELECT id, speaker_text, cue, content, modality, time_text, time_value, time_from_article FROM claims WHERE speaker_id = ?");
    q.bind(1, from);
    while (q.executeStep())
      cls.push_back({col(q, 0), into, col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5), col(q, 6), q.getColumn(7).getInt() != 0});
    for (ClaimRecord c : cls) {
      std::string old_id = c.id;
      c.id = claim_id(c);
      SQLite::Statement exists(*db_, "SELECT 1 FROM claims WHERE id = ?");
      exists.bind(1, c.id);
      if (exists.executeStep()) {
        SQLite::Statement mv(*db_, "INSERT OR IGNORE INTO claim_evidence(claim_id, article_id, sentence, start, end) "
                                   "SELECT ?1, article_id, sentence, start, end FROM claim_evidence WHERE claim_id = ?2");
        mv.bind(1, c.id);
        mv.bind(2, old_id);
        mv.exec();
        SQLite::Statement d(*db_, "DELETE FROM claims WHERE id = ?");
        d.bind(1, old_id);
        d.exec();
      } else {
        SQLite::Statement up(*db_, "UPDATE claims SET id = ?1, speaker_id = ?2 WHERE id = ?3");
        up.bind(1, c.id);
        up.bind(2, into);
        up.bind(3, old_id);
        up.exec();
      }
      SQLite::Statement ev(*db_, "UPDATE relation_evidence SET claim_id = ?1 WHERE claim_id = ?2");
      ev.bind(1, c.id);
      ev.bind(2, old_id);
      ev.exec();
    }
  }
  {
    SQLite::Statement d(*db_, "DELETE FROM entities WHERE id = ?");
    d.bind(1, from);
    d.exec();
    SQLite::Statement upd(*db_, "UPDATE entities SET type = (SELECT type FROM entity_types WHERE entity_id = ?1 "
                                "GROUP BY type ORDER BY count(*) DESC, type LIMIT 1) WHERE id = ?1 AND "
                                "EXISTS (SELECT 1 FROM entity_types WHERE entity_id = ?1)");
    upd.bind(1, into);
    upd.exec();
    SQLite::Statement log(*db_, "INSERT INTO merge_log(from_id, from_name, into_id, into_name, reason) VALUES (?,?,?,?,?)");
    log.bind(1, from);
    log.bind(2, f->name);
    log.bind(3, into);
    log.bind(4, t->name);
    log.bind(5, reason);
    log.exec();
  }
}

std::vector<MergeLogRow> GraphStore::merge_log() {
  std::vector<MergeLogRow> out;
  SQLite::Statement q(*db_, "SELECT seq, from_id, from_name, into_id, into_name, reason FROM merge_log ORDER BY seq");
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5)});
  return out;
}

std::vector<EntityRow> GraphStore::entities_like(const std::string& pattern, int limit) {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_, "SELECT id, name, type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n "
                            "FROM entities e WHERE name LIKE ? ORDER BY n DESC, name LIMIT ?");
  q.bind(1, pattern);
  q.bind(2, limit);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), q.getColumn(3).getInt()});
  return out;
}

std::vector<EntityRow> GraphStore::all_entities() {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_, "SELECT e.id, e.name, e.type, count(m.entity_id) FROM entities e "
                            "LEFT JOIN mentions m ON m.entity_id = e.id GROUP BY e.id ORDER BY e.id");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), q.getColumn(3).getInt()});
  return out;
}

std::vector<std::pair<std::string, EntityRow>> GraphStore::all_aliases() {
  std::vector<std::pair<std::string, EntityRow>> out;
  SQLite::Statement q(*db_, "SELECT a.alias, e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id ORDER BY a.alias_key, e.id");
  while (q.executeStep()) out.push_back({col(q, 0), {col(q, 1), col(q, 2), col(q, 3), 0}});
  return out;
}

std::vector<std::string> GraphStore::aliases(const std::string& entity_id) {
  std::vector<std::string> out;
  SQLite::Statement q(*db_, "SELECT DISTINCT alias FROM aliases WHERE entity_id = ? ORDER BY alias");
  q.bind(1, entity_id);
  while (q.executeStep()) out.push_back(col(q, 0));
  return out;
}

std::vector<RoleRow> GraphStore::roles_of(const std::string& entity_id) {
  std::vector<RoleRow> out;
  SQLite::Statement q(*db_, R"SQL(SELECT x.person_id, p.name, x.role, x.org_id, o.name, count(*) FROM roles x
      JOIN entities p ON p.id = x.person_id LEFT JOIN entities o ON o.id = x.org_id
      WHERE x.person_id = ?1 OR x.org_id = ?1 GROUP BY x.person_id, x.role, x.org_id ORDER BY count(*) DESC)SQL");
  q.bind(1, entity_id);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4), q.getColumn(5).getInt()});
  return out;
}

RelationRow GraphStore::read_relation_row(SQLite::Statement& q) {
  RelationRow row;
  row.r = read_relation_record(q);
  row.subject_name = col(q, 16);
  row.subject_type = col(q, 17);
  row.object_name = col(q, 18);
  row.object_type = col(q, 19);
  row.evidence_count = q.getColumn(20).getInt();
  row.confidence = q.getColumn(21).isNull() ? 0.0 : q.getColumn(21).getDouble();
  row.first_article = col(q, 22);
  row.article_date = col(q, 23);
  row.claim_id = col(q, 24);
  if (!row.claim_id.empty()) {
    SQLite::Statement& s = cached("SELECT coalesce(e.name, c.speaker_text) FROM claims c LEFT JOIN entities e ON e.id = c.speaker_id WHERE c.id = ?");
    s.bind(1, row.claim_id);
    if (s.executeStep()) row.speaker_name = col(s, 0);
  }
  return row;
}

std::string GraphStore::relation_select_sql() { return std::string("SELECT ") + kRelationColumns + kRelationFrom; }

std::vector<RelationRow> GraphStore::relations_of(const std::string& id, const std::string& other, const std::string& from,
                                                  const std::string& to) {
  std::string sql = std::string("SELECT ") + kRelationColumns + kRelationFrom +
                    " WHERE r.id IN (SELECT id FROM relations WHERE subject_id = ?1 UNION SELECT id FROM relations WHERE object_id = ?1)";
  if (!other.empty()) sql += " AND (r.subject_id = ?2 OR r.object_id = ?2)";
  if (!from.empty()) sql += " AND r.time_value >= ?3";
  if (!to.empty()) sql += " AND substr(r.time_value, 1, length(?4)) <= ?4";
  sql += " ORDER BY r.time_value, r.id";
  SQLite::Statement q(*db_, sql);
  q.bind(1, id);
  if (!other.empty()) q.bind(2, other);
  if (!from.empty()) q.bind(3, from);
  if (!to.empty()) q.bind(4, to);
  std::vector<RelationRow> out;
  while (q.executeStep()) out.push_back(read_relation_row(q));
  return out;
}

std::optional<RelationRow> GraphStore::relation(const std::string& id) {
  SQLite::Statement q(*db_, std::string("SELECT ") + kRelationColumns + kRelationFrom + " WHERE r.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_relation_row(q);
}

std::vector<RelationRow> GraphStore::all_relations() {
  SQLite::Statement q(*db_, std::string("SELECT ") + kRelationColumns + kRelationFrom + " ORDER BY r.id");
  std::vector<RelationRow> out;
  while (q.executeStep()) out.push_back(read_relation_row(q));
  return out;
}

std::vector<GraphStore::RoleEdge> GraphStore::role_edges() {
  std::vector<RoleEdge> out;
  SQLite::Statement q(*db_, "SELECT DISTINCT person_id, role, org_id FROM roles WHERE org_id IS NOT NULL ORDER BY 1, 2, 3");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2)});
  return out;
}

std::vector<GraphStore::ClaimEdge> GraphStore::claim_edges() {
  std::vector<ClaimEdge> out;
  SQLite::Statement q(*db_, R"SQL(SELECT DISTINCT c.id, c.speaker_id, x.entity_id FROM claims c
      JOIN relation_evidence e ON e.claim_id = c.id
      JOIN (SELECT id, subject_id AS entity_id FROM relations UNION ALL
            SELECT id, object_id FROM relations WHERE object_id IS NOT NULL) x ON x.id = e.relation_id
      WHERE c.speaker_id IS NOT NULL AND x.entity_id <> c.speaker_id ORDER BY 1, 3)SQL");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2)});
  return out;
}

std::string GraphStore::meta_value(const char* key) {
  SQLite::Statement& q = cached("SELECT value FROM meta WHERE key = ?");
  q.bind(1, key);
  return q.executeStep() ? col(q, 0) : std::string();
}

std::string GraphStore::database_uid() { return meta_value("database_uid"); }

int64_t GraphStore::graph_epoch() {
  std::string v = meta_value("graph_epoch");
  return v.empty() ? 0 : std::stoll(v);
}

void GraphStore::bump_graph_epoch() {
  cached("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'graph_epoch'").exec();
}

int64_t GraphStore::max_article_rowid() {
  SQLite::Statement& q = cached("SELECT coalesce(max(rowid), 0) FROM articles");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void GraphStore::for_each_linked_pair(int64_t after_article_rowid,
                                      const std::function<void(const std::string&, const std::string&)>& fn) {
  // Every link comes from some article's evidence (facts without evidence are collected), so the
  // links of the articles after a rowid are exactly what was added since a snapshot took it. The
  // CROSS JOINs keep SQLite walking from the few new articles rather than from all evidence.
  const char* const kAll = R"SQL(
      SELECT subject_id, object_id FROM relations WHERE object_id IS NOT NULL
      UNION ALL
      SELECT person_id, org_id FROM roles WHERE org_id IS NOT NULL
      UNION ALL
      SELECT c.speaker_id, r.subject_id FROM relation_evidence e JOIN claims c ON c.id = e.claim_id
        JOIN relations r ON r.id = e.relation_id WHERE c.speaker_id IS NOT NULL
      UNION ALL
      SELECT c.speaker_id, r.object_id FROM relation_evidence e JOIN claims c ON c.id = e.claim_id
        JOIN relations r ON r.id = e.relation_id WHERE c.speaker_id IS NOT NULL AND r.object_id IS NOT NULL)SQL";
  const char* const kAfter = R"SQL(
      SELECT r.subject_id, r.object_id FROM articles a CROSS JOIN relation_evidence e ON e.article_id = a.id
        CROSS JOIN relations r ON r.id = e.relation_id WHERE a.rowid > ?1 AND r.object_id IS NOT NULL
      UNION ALL
      SELECT x.person_id, x.org_id FROM articles a CROSS JOIN roles x ON x.article_id = a.id
        WHERE a.rowid > ?1 AND x.org_id IS NOT NULL
      UNION ALL
      SELECT c.speaker_id, r.subject_id FROM articles a CROSS JOIN relation_evidence e ON e.article_id = a.id
        CROSS JOIN claims c ON c.id = e.claim_id CROSS JOIN relations r ON r.id = e.relation_id
        WHERE a.rowid > ?1 AND c.speaker_id IS NOT NULL
      UNION ALL
      SELECT c.speaker_id, r.object_id FROM articles a CROSS JOIN relation_evidence e ON e.article_id = a.id
        CROSS JOIN claims c ON c.id = e.claim_id CROSS JOIN relations r ON r.id = e.relation_id
        WHERE a.rowid > ?1 AND c.speaker_id IS NOT NULL AND r.object_id IS NOT NULL)SQL";
  SQLite::Statement q(*db_, after_article_rowid < 0 ? kAll : kAfter);
  if (after_article_rowid >= 0) q.bind(1, static_cast<int64_t>(after_article_rowid));
  while (q.executeStep()) {
    const char* a = q.getColumn(0).getText();
    const char* b = q.getColumn(1).getText();
    if (std::strcmp(a, b) != 0) fn(a, b);
  }
}

std::vector<std::string> GraphStore::links_between(const std::string& a, const std::string& b) {
  std::vector<std::string> out;
  {
    SQLite::Statement& q = cached(
        "SELECT id FROM relations WHERE subject_id = ?1 AND object_id = ?2 "
        "UNION SELECT id FROM relations WHERE subject_id = ?2 AND object_id = ?1 ORDER BY 1");
    q.bind(1, a);
    q.bind(2, b);
    while (q.executeStep()) out.push_back(col(q, 0));
  }
  {
    SQLite::Statement& q = cached(
        "SELECT DISTINCT role FROM roles WHERE (person_id = ?1 AND org_id = ?2) OR (person_id = ?2 AND org_id = ?1) ORDER BY 1");
    q.bind(1, a);
    q.bind(2, b);
    while (q.executeStep()) out.push_back("role:" + col(q, 0));
  }
  {
    SQLite::Statement& q = cached(R"SQL(SELECT DISTINCT c.id FROM claims c
        JOIN relation_evidence e ON e.claim_id = c.id JOIN relations r ON r.id = e.relation_id
        WHERE (c.speaker_id = ?1 AND (r.subject_id = ?2 OR r.object_id = ?2))
           OR (c.speaker_id = ?2 AND (r.subject_id = ?1 OR r.object_id = ?1)) ORDER BY 1)SQL");
    q.bind(1, a);
    q.bind(2, b);
    while (q.executeStep()) out.push_back(col(q, 0));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> GraphStore::evidence_sources(const std::string& relation_id) {
  std::vector<std::pair<std::string, std::string>> out;
  SQLite::Statement& q = cached("SELECT article_id, coalesce(claim_id, '') FROM relation_evidence WHERE relation_id = ?");
  q.bind(1, relation_id);
  while (q.executeStep()) out.emplace_back(col(q, 0), col(q, 1));
  return out;
}

namespace {
std::vector<EvidenceRow> read_evidence(SQLite::Statement& q, bool with_claim) {
  std::vector<EvidenceRow> out;
  while (q.executeStep()) {
    EvidenceRow e;
    e.article_id = col(q, 0);
    e.sentence = q.getColumn(1).getInt();
    e.start = static_cast<uint32_t>(q.getColumn(2).getInt64());
    e.end = static_cast<uint32_t>(q.getColumn(3).getInt64());
    e.article_title = col(q, 4);
    e.article_date = col(q, 5);
    e.article_source = col(q, 6);
    e.sentence_text = col(q, 7);
    if (with_claim) {
      e.confidence = q.getColumn(8).getDouble();
      e.claim_id = col(q, 9);
    }
    out.push_back(std::move(e));
  }
  return out;
}
}  // namespace

std::vector<EvidenceRow> GraphStore::relation_evidence(const std::string& relation_id) {
  SQLite::Statement q(*db_, R"SQL(SELECT e.article_id, e.sentence, e.start, e.end, a.title, a.date, a.source,
      substr(a.text, e.start + 1, e.end - e.start), e.confidence, e.claim_id
      FROM relation_evidence e JOIN articles a ON a.id = e.article_id WHERE e.relation_id = ? ORDER BY a.date, a.id, e.sentence)SQL");
  q.bind(1, relation_id);
  return read_evidence(q, true);
}

std::vector<EvidenceRow> GraphStore::claim_evidence(const std::string& claim_id) {
  SQLite::Statement q(*db_, R"SQL(SELECT e.article_id, e.sentence, e.start, e.end, a.title, a.date, a.source,
      substr(a.text, e.start + 1, e.end - e.start)
      FROM claim_evidence e JOIN articles a ON a.id = e.article_id WHERE e.claim_id = ? ORDER BY a.date, a.id, e.sentence)SQL");
  q.bind(1, claim_id);
  return read_evidence(q, false);
}

std::vector<ClaimRow> GraphStore::claims(const std::string& speaker_id, const std::string& about_id) {
  return claim_rows(speaker_id, about_id, "");
}

std::optional<ClaimRow> GraphStore::claim(const std::string& id) {
  auto rows = claim_rows("", "", id);
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

std::vector<ClaimRow> GraphStore::claim_rows(const std::string& speaker_id, const std::string& about_id,
                                             const std::string& claim_id) {
  std::string sql = R"SQL(SELECT c.id, c.speaker_id, c.speaker_text, c.cue, c.content, c.modality, c.time_text, c.time_value,
      c.time_from_article, s.name,
      (SELECT count(*) FROM claim_evidence e WHERE e.claim_id = c.id),
      (SELECT e.article_id FROM claim_evidence e JOIN articles a ON a.id = e.article_id WHERE e.claim_id = c.id ORDER BY a.date, a.id LIMIT 1),
      (SELECT a.date FROM claim_evidence e JOIN articles a ON a.id = e.article_id WHERE e.claim_id = c.id ORDER BY a.date, a.id LIMIT 1)
      FROM claims c LEFT JOIN entities s ON s.id = c.speaker_id WHERE 1 = 1)SQL";
  if (!speaker_id.empty()) sql += " AND c.speaker_id = ?1";
  if (!about_id.empty())
    sql += " AND EXISTS (SELECT 1 FROM relation_evidence e JOIN relations r ON r.id = e.relation_id "
           "WHERE e.claim_id = c.id AND (r.subject_id = ?2 OR r.object_id = ?2))";
  if (!claim_id.empty()) sql += " AND c.id = ?3";
  sql += " ORDER BY c.time_value, c.id";
  SQLite::Statement q(*db_, sql);
  if (!speaker_id.empty()) q.bind(1, speaker_id);
  if (!about_id.empty()) q.bind(2, about_id);
  if (!claim_id.empty()) q.bind(3, claim_id);
  std::vector<ClaimRow> out;
  while (q.executeStep()) {
    ClaimRow row;
    row.c = {col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5), col(q, 6), col(q, 7), q.getColumn(8).getInt() != 0};
    row.speaker_name = col(q, 9);
    row.evidence_count = q.getColumn(10).getInt();
    row.first_article = col(q, 11);
    row.article_date = col(q, 12);
    out.push_back(std::move(row));
  }
  SQLite::Statement rel(*db_, "SELECT DISTINCT relation_id FROM relation_evidence WHERE claim_id = ? ORDER BY relation_id");
  for (ClaimRow& row : out) {
    rel.bind(1, row.c.id);
    while (rel.executeStep()) row.relation_ids.push_back(col(rel, 0));
    rel.reset();
  }
  return out;
}

std::vector<ArticleRow> GraphStore::articles() {
  std::vector<ArticleRow> out;
  SQLite::Statement q(*db_, "SELECT id, title, date, source, origin FROM articles ORDER BY date, id");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4)});
  return out;
}

std::vector<std::string> GraphStore::claim_articles(const std::string& claim_id) {
  std::vector<std::string> out;
  SQLite::Statement& q = cached("SELECT DISTINCT article_id FROM claim_evidence WHERE claim_id = ?");
  q.bind(1, claim_id);
  while (q.executeStep()) out.push_back(col(q, 0));
  return out;
}

std::optional<ArticleRow> GraphStore::article(const std::string& id) {
  SQLite::Statement& q = cached("SELECT id, title, date, source, origin FROM articles WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return ArticleRow{col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4)};
}

std::unordered_map<std::string, std::string> GraphStore::entity_first_dates() {
  std::unordered_map<std::string, std::string> out;
  SQLite::Statement q(*db_, "SELECT m.entity_id, min(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
                            "GROUP BY m.entity_id");
  while (q.executeStep()) out[col(q, 0)] = col(q, 1);
  return out;
}

StoreStats GraphStore::totals() {
  StoreStats s;
  auto count = [&](const char* sql) { return db_->execAndGet(sql).getInt64(); };
  s.articles = count("SELECT count(*) FROM articles");
  s.entities = count("SELECT count(*) FROM entities");
  s.relations = count("SELECT count(*) FROM relations");
  s.claims = count("SELECT count(*) FROM claims");
  std::error_code ec;
  auto size = std::filesystem::file_size(path_, ec);
  s.file_bytes = ec ? 0 : static_cast<int64_t>(size);
  auto wal = std::filesystem::file_size(path_ + "-wal", ec);
  if (!ec) s.file_bytes += static_cast<int64_t>(wal);
  return s;
}

StoreStats GraphStore::stats() {
  StoreStats s = totals();
  auto count = [&](const char* sql) { return db_->execAndGet(sql).getInt64(); };
  s.sentences = count("SELECT count(*) FROM sentences");
  s.mentions = count("SELECT count(*) FROM mentions");
  s.evidence = count("SELECT count(*) FROM relation_evidence") + count("SELECT count(*) FROM claim_evidence");
  s.merges = count("SELECT count(*) FROM merge_log");
  s.type_conflicts = count("SELECT count(*) FROM (SELECT entity_id FROM entity_types GROUP BY entity_id HAVING count(DISTINCT type) > 1)");
  auto groups = [&](const char* sql, std::vector<std::pair<std::string, int64_t>>& out) {
    SQLite::Statement q(*db_, sql);
    while (q.executeStep()) out.emplace_back(col(q, 0), q.getColumn(1).getInt64());
  };
  groups("SELECT type, count(*) FROM entities GROUP BY type ORDER BY count(*) DESC", s.entity_types);
  groups("SELECT event_type, count(*) FROM relations WHERE event_type IS NOT NULL GROUP BY event_type ORDER BY count(*) DESC, event_type", s.event_types);
  groups("SELECT modality, count(*) FROM relations GROUP BY modality ORDER BY count(*) DESC", s.modalities);
  return s;
}

}  // namespace newsgraph
