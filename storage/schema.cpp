#include "schema.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <optional>
#include <string>
#include <vector>

#include "store_error.h"

namespace newsgraph {
namespace {

const char* const kSchemaV1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, origin TEXT,
  content_hash TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE sentences(
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE TABLE entities(id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE TABLE entity_types(
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ON UPDATE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type TEXT NOT NULL, PRIMARY KEY(entity_id, article_id)) WITHOUT ROWID;
CREATE TABLE aliases(
  alias_key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ON UPDATE CASCADE,
  alias TEXT NOT NULL, PRIMARY KEY(alias_key, entity_id)) WITHOUT ROWID;
CREATE TABLE person_surnames(
  surname_key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY(surname_key, entity_id)) WITHOUT ROWID;
CREATE TABLE mentions(
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON UPDATE CASCADE,
  sentence INTEGER NOT NULL, kind TEXT NOT NULL, PRIMARY KEY(article_id, start, end)) WITHOUT ROWID;
CREATE TABLE roles(
  person_id TEXT NOT NULL REFERENCES entities(id) ON UPDATE CASCADE, role TEXT NOT NULL,
  org_id TEXT REFERENCES entities(id) ON UPDATE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, sentence INTEGER NOT NULL);
CREATE TABLE relations(
  id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES entities(id),
  predicate TEXT NOT NULL, text TEXT NOT NULL, object_id TEXT REFERENCES entities(id), object_text TEXT,
  event_type TEXT, cameo TEXT, symmetric INTEGER NOT NULL DEFAULT 0,
  time_text TEXT, time_value TEXT, time_type TEXT, time_from_article INTEGER NOT NULL DEFAULT 0,
  location TEXT, modality TEXT NOT NULL, polarity TEXT NOT NULL);
CREATE TABLE relation_evidence(
  relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE ON UPDATE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  confidence REAL NOT NULL, claim_id TEXT,
  PRIMARY KEY(relation_id, article_id, sentence)) WITHOUT ROWID;
CREATE TABLE claims(
  id TEXT PRIMARY KEY, speaker_id TEXT REFERENCES entities(id), speaker_text TEXT,
  cue TEXT NOT NULL, content TEXT NOT NULL, modality TEXT NOT NULL,
  time_text TEXT, time_value TEXT, time_from_article INTEGER NOT NULL DEFAULT 0);
CREATE TABLE claim_evidence(
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE ON UPDATE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY(claim_id, article_id, sentence)) WITHOUT ROWID;
CREATE TABLE merge_log(
  seq INTEGER PRIMARY KEY AUTOINCREMENT, from_id TEXT NOT NULL, from_name TEXT NOT NULL,
  into_id TEXT NOT NULL, into_name TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX relations_subject_time ON relations(subject_id, time_value);
CREATE INDEX relations_object_time ON relations(object_id, time_value);
CREATE INDEX relations_time ON relations(time_value);
CREATE INDEX relation_evidence_article ON relation_evidence(article_id);
CREATE INDEX claim_evidence_article ON claim_evidence(article_id);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE INDEX roles_person ON roles(person_id);
CREATE INDEX roles_article ON roles(article_id);
CREATE INDEX entity_types_article ON entity_types(article_id);
)SQL";

// Version 2: indexes that the entity merge pass needs (deleting a merged entity checks every
// foreign key that points at it; without these, each check scans a whole table) and that path
// queries need to list the facts joining two entities (relations, and claims through evidence); and the graph epoch, which tells an
// adjacency snapshot whether it still describes the database (see graph/adjacency_snapshot.h).
// The (subject, object) index serves subject lookups too, so the (subject, time) index goes, and
// so does the time-only one no query used: every index is paid for on each insert by `build`.
const char* const kMigrationV2 = R"SQL(
CREATE INDEX IF NOT EXISTS roles_org ON roles(org_id);
CREATE INDEX IF NOT EXISTS person_surnames_entity ON person_surnames(entity_id);
CREATE INDEX IF NOT EXISTS relations_pair ON relations(subject_id, object_id);
DROP INDEX IF EXISTS relations_subject_time;
DROP INDEX IF EXISTS relations_time;
CREATE INDEX IF NOT EXISTS relation_evidence_claim ON relation_evidence(claim_id);
INSERT OR IGNORE INTO meta(key, value) VALUES ('graph_epoch', '0');
INSERT OR IGNORE INTO meta(key, value) VALUES ('database_uid', lower(hex(randomblob(8))));
UPDATE meta SET value = '2' WHERE key = 'schema_version';
)SQL";

// Version 3: indexes for pattern queries (newsgraph query): by event type, CAMEO code (prefix
// ranges), predicate lemma and entity type, so that a pattern naming any of them is answered
// through an index rather than by reading every relation.
const char* const kMigrationV3 = R"SQL(
CREATE INDEX IF NOT EXISTS relations_event_type ON relations(event_type);
CREATE INDEX IF NOT EXISTS relations_cameo ON relations(cameo);
CREATE INDEX IF NOT EXISTS relations_predicate ON relations(predicate);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
UPDATE meta SET value = '3' WHERE key = 'schema_version';
)SQL";

// Version 4: the name of the extraction construction that made each mention, role and piece of
// evidence (`rule`, see docs/json-schema.md); NULL in rows written before it.
const char* const kMigrationV4 = R"SQL(
ALTER TABLE mentions ADD COLUMN rule TEXT;
ALTER TABLE roles ADD COLUMN rule TEXT;
ALTER TABLE relation_evidence ADD COLUMN rule TEXT;
ALTER TABLE claim_evidence ADD COLUMN rule TEXT;
UPDATE meta SET value = '4' WHERE key = 'schema_version';
)SQL";

// Version 5: an agent's sector and country (entities of type AGENT, "police of Kenya": COP, Kenya;
// see extract/agent_actors.h); NULL for every other entity and in rows written before it.
const char* const kMigrationV5 = R"SQL(
ALTER TABLE entities ADD COLUMN sector TEXT;
ALTER TABLE entities ADD COLUMN country TEXT;
UPDATE meta SET value = '5' WHERE key = 'schema_version';
)SQL";

// Version 6: a relation's subject may be text instead of an entity ("a road bridge", "multiple
// assailants": issue #16, non-name participants): `subject_id` becomes nullable and `subject_text`
// (last, so that older shards import with a NULL after `SELECT *`) holds the participant's words.
// SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt (SQLite's documented
// twelve steps: foreign keys off, copy, drop, rename, the same indexes again, check, keys on).
const char* const kRelationsV6 = R"SQL(
CREATE TABLE relations_v6(
  id TEXT PRIMARY KEY, subject_id TEXT REFERENCES entities(id),
  predicate TEXT NOT NULL, text TEXT NOT NULL, object_id TEXT REFERENCES entities(id), object_text TEXT,
  event_type TEXT, cameo TEXT, symmetric INTEGER NOT NULL DEFAULT 0,
  time_text TEXT, time_value TEXT, time_type TEXT, time_from_article INTEGER NOT NULL DEFAULT 0,
  location TEXT, modality TEXT NOT NULL, polarity TEXT NOT NULL, subject_text TEXT,
  CHECK (subject_id IS NOT NULL OR subject_text IS NOT NULL));
INSERT INTO relations_v6(id, subject_id, predicate, text, object_id, object_text, event_type, cameo, symmetric,
  time_text, time_value, time_type, time_from_article, location, modality, polarity)
  SELECT id, subject_id, predicate, text, object_id, object_text, event_type, cameo, symmetric,
  time_text, time_value, time_type, time_from_article, location, modality, polarity FROM relations;
DROP TABLE relations;
ALTER TABLE relations_v6 RENAME TO relations;
)SQL";

// Version 7: every stored article's content hash beside its id in an index of its own. Each build
// starts by reading all of them (graph/ingest.cpp decides "unchanged" from them); from the articles
// table that read every page of the stored texts, 42 M instructions on the whole-Reuters database,
// a sixth of a one-article build's own work. The covering index is about 60 bytes an article.
const char* const kMigrationV7 = R"SQL(
CREATE INDEX IF NOT EXISTS articles_hash ON articles(id, content_hash);
UPDATE meta SET value = '7' WHERE key = 'schema_version';
)SQL";

// Version 8: an event's CAMEO target where it is not the object ("granted asylum to the
// journalist": construction prepositional-target, extract/facts/event_targets.h): `target_id`, the
// entity the words name, and `target_text`, the words; both NULL for every other relation and in
// rows written before. Columns added last, so an older shard imports with NULLs after `SELECT *`.
// The partial index serves the entity merge (a merged entity's targets follow it) and orphan
// collection; it holds only the few relations that have a target entity, so a build pays little.
const char* const kEventTargetColumns = R"SQL(
ALTER TABLE relations ADD COLUMN target_id TEXT REFERENCES entities(id);
ALTER TABLE relations ADD COLUMN target_text TEXT;
)SQL";
const char* const kMigrationV8 = R"SQL(
CREATE INDEX IF NOT EXISTS relations_target ON relations(target_id) WHERE target_id IS NOT NULL;
UPDATE meta SET value = '8' WHERE key = 'schema_version';
)SQL";

// The targets cannot be filled in at migration: a prepositional target is found in the parse of
// the sentence, which the database does not keep. What a migration can do is remember which
// articles were extracted before it (those up to the newest rowid), so that `newsgraph stats`
// says how many events may lack their target. A re-extracted article is inserted anew and gets a
// rowid above the mark (except the newest one, which SQLite may give its old rowid again).
const char* const kArticlesBeforeTargets = R"SQL(
INSERT OR REPLACE INTO meta(key, value)
  SELECT 'articles_before_event_targets', max(rowid) FROM articles HAVING count(*) > 0;
)SQL";

// Adds what version 8 adds. The columns only when missing: a newer database relabelled as an
// older version (as tests of the earlier migrations do) keeps the ones it has.
// REQUIRES: inside a transaction.
void add_event_targets(SQLite::Database& db) {
  if (!has_event_target(db, "main")) db.exec(kEventTargetColumns);
  db.exec(kMigrationV8);
}

// Rebuilds the relations table as version 6 with the indexes it has now (a bulk load may have
// deferred some). REQUIRES: inside a transaction, foreign keys off or no relation stored.
void rebuild_relations_v6(SQLite::Database& db) {
  std::vector<std::string> indexes;
  {
    SQLite::Statement q(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations' AND sql IS NOT NULL");
    while (q.executeStep()) indexes.push_back(q.getColumn(0).getString());
  }
  db.exec(kRelationsV6);
  for (const std::string& sql : indexes) db.exec(sql);
}

void migrate_to_v6(SQLite::Database& db) {
  db.exec("PRAGMA foreign_keys = OFF");  // a no-op inside a transaction: set before it
  try {
    SQLite::Transaction tx(db);
    rebuild_relations_v6(db);
    if (db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check('relation_evidence')").getInt() > 0)
      throw StoreError("the relations table could not be migrated to schema 6 (evidence lost its relation); the database is unchanged");
    db.exec("UPDATE meta SET value = '6' WHERE key = 'schema_version'");
    tx.commit();
  } catch (...) {
    db.exec("PRAGMA foreign_keys = ON");
    throw;
  }
  db.exec("PRAGMA foreign_keys = ON");
}

bool has_table(SQLite::Database& db, const char* name) {
  SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
  q.bind(1, name);
  return q.executeStep();
}

}  // namespace

void ensure_schema(SQLite::Database& db, bool writable) {
  // Read with execAndGet so that no statement stays open: DROP INDEX in a migration fails while one is.
  int tables = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type='table'").getInt();
  if (tables == 0) {
    if (!writable) throw StoreError("the database is empty: run 'newsgraph build' first");
    // One transaction: a build that fails or is killed while creating the schema must leave an
    // empty database (which the next build fills), never tables without the meta rows that say
    // whose database this is.
    SQLite::Transaction tx(db);
    db.exec(kSchemaV1);
    SQLite::Statement m(db, "INSERT INTO meta(key, value) VALUES (?, ?), ('schema_version', ?)");
    m.bind(1, "application");
    m.bind(2, kApplicationName);
    m.bind(3, "1");
    m.exec();
    m.reset();
    db.exec(kMigrationV2);
    db.exec(kMigrationV3);
    db.exec(kMigrationV4);
    db.exec(kMigrationV5);
    rebuild_relations_v6(db);  // the table is empty: no foreign key to mind
    db.exec(kMigrationV7);
    add_event_targets(db);
    tx.commit();
    return;
  }
  if (!has_table(db, "meta"))
    throw StoreError("this database was not made by newsgraph (no meta table); use another --db file");
  auto meta = [&](const char* key) {
    SQLite::Statement q(db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    return q.executeStep() ? std::optional<std::string>(q.getColumn(0).getString()) : std::nullopt;
  };
  if (meta("application") != std::optional<std::string>(kApplicationName))
    throw StoreError("this database was not made by newsgraph; use another --db file");
  int version = 0;
  if (auto v = meta("schema_version"))
    version = !v->empty() && v->size() < 6 && v->find_first_not_of("0123456789") == std::string::npos ? std::stoi(*v) : -1;
  if (version > kSchemaVersion)
    throw StoreError("the database has schema version " + std::to_string(version) +
                     ", newer than this newsgraph (" + std::to_string(kSchemaVersion) + "): upgrade newsgraph");
  if (version < 1)
    throw StoreError("the database has an unknown schema version; rebuild it with 'newsgraph build'");
  // Migrations, each in one transaction. A read-only open of an older database works without
  // them (queries are slower); the next build migrates it.
  if (version < 2 && writable) {
    SQLite::Transaction tx(db);
    db.exec(kMigrationV2);
    tx.commit();
  }
  if (version < 3 && writable) {
    SQLite::Transaction tx(db);
    db.exec(kMigrationV3);
    tx.commit();
  }
  if (version < 4 && writable) {
    SQLite::Transaction tx(db);
    db.exec(kMigrationV4);
    tx.commit();
  }
  if (version < 5 && writable) {
    SQLite::Transaction tx(db);
    db.exec(kMigrationV5);
    tx.commit();
  }
  if (version < 6 && writable) migrate_to_v6(db);
  if (version < 7 && writable) {
    SQLite::Transaction tx(db);
    db.exec(kMigrationV7);
    tx.commit();
  }
  if (version < 8 && writable) {
    SQLite::Transaction tx(db);
    add_event_targets(db);
    db.exec(kArticlesBeforeTargets);
    tx.commit();
  }
}

bool has_rule_columns(SQLite::Database& db, const std::string& schema) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info('relation_evidence', ?) WHERE name = 'rule'");
  q.bind(1, schema);
  return q.executeStep();
}


bool has_subject_text(SQLite::Database& db, const std::string& schema) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info('relations', ?) WHERE name = 'subject_text'");
  q.bind(1, schema);
  return q.executeStep();
}

bool has_event_target(SQLite::Database& db, const std::string& schema) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info('relations', ?) WHERE name = 'target_id'");
  q.bind(1, schema);
  return q.executeStep();
}

bool has_agent_columns(SQLite::Database& db, const std::string& schema) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info('entities', ?) WHERE name = 'sector'");
  q.bind(1, schema);
  return q.executeStep();
}

}  // namespace newsgraph
