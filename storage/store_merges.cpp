// GraphStore: resolution support (entity merges and their log) and shard import.
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include <filesystem>

#include "ids.h"
#include "schema.h"
#include "store_rows.h"

namespace newsgraph {

using store_rows::col;
using store_rows::bind_opt;
using store_rows::read_relation_record;

size_t GraphStore::import_shard(const std::string& shard_path) {
  if (!std::filesystem::exists(shard_path)) throw StoreError("no database at " + shard_path);
  {
    // Refuse anything that is not a newsgraph database of this schema version.
    GraphStore probe(shard_path, Mode::kReadOnly);
    probe.check_integrity();
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
    mark_resolution_pending(true);  // the caller's resolution pass clears it (graph/pending_work.h)
    db_->exec(R"SQL(CREATE TEMP TABLE import_ids AS
        SELECT s.id AS id, m.id IS NOT NULL AS replace FROM shard.articles s LEFT JOIN main.articles m ON m.id = s.id
        WHERE m.id IS NULL OR m.content_hash <> s.content_hash)SQL");
    std::vector<std::string> replaced;
    {
      SQLite::Statement q(*db_, "SELECT id FROM temp.import_ids WHERE replace");
      while (q.executeStep()) replaced.push_back(col(q, 0));
    }
    for (const std::string& id : replaced) delete_article(id);
    // A shard written before schema 3 lacks the trailing `rule` columns: NULL stands in.
    const std::string rule = has_rule_columns(*db_, "shard") ? "" : ", NULL";
    // A shard written before schema 5 lacks the agent columns (sector, country).
    const std::string agent = has_agent_columns(*db_, "shard") ? "" : ", NULL, NULL";
    // A shard written before schema 6 lacks the relations' trailing subject_text, one before
    // schema 8 the event target (target_id, target_text) after it.
    const std::string subject_text = std::string(has_subject_text(*db_, "shard") ? "" : ", NULL") +
                                     (has_event_target(*db_, "shard") ? "" : ", NULL, NULL");
    const std::string steps[] = {
        "INSERT INTO main.articles SELECT * FROM shard.articles WHERE id IN (SELECT id FROM temp.import_ids)",
        "INSERT INTO main.sentences SELECT * FROM shard.sentences WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.entities SELECT *" + agent + " FROM shard.entities",
        "INSERT OR IGNORE INTO main.entity_types SELECT * FROM shard.entity_types WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.aliases SELECT * FROM shard.aliases",
        "INSERT OR IGNORE INTO main.person_surnames SELECT * FROM shard.person_surnames",
        "INSERT OR IGNORE INTO main.mentions SELECT *" + rule + " FROM shard.mentions WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT INTO main.roles SELECT *" + rule + " FROM shard.roles WHERE article_id IN (SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.relations SELECT *" + subject_text + " FROM shard.relations WHERE id IN "
        "(SELECT relation_id FROM shard.relation_evidence WHERE article_id IN (SELECT id FROM temp.import_ids))",
        "INSERT OR IGNORE INTO main.relation_evidence SELECT *" + rule + " FROM shard.relation_evidence WHERE article_id IN "
        "(SELECT id FROM temp.import_ids)",
        "INSERT OR IGNORE INTO main.claims SELECT * FROM shard.claims WHERE id IN "
        "(SELECT claim_id FROM shard.claim_evidence WHERE article_id IN (SELECT id FROM temp.import_ids))",
        "INSERT OR IGNORE INTO main.claim_evidence SELECT *" + rule + " FROM shard.claim_evidence WHERE article_id IN "
        "(SELECT id FROM temp.import_ids)",
    };
    for (const std::string& sql : steps) db_->exec(sql);
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

std::vector<EntityRow> GraphStore::single_word_people() {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_, "SELECT id, name, type FROM entities WHERE type IN ('PERSON', 'OTHER') AND instr(name, ' ') = 0 ORDER BY id");
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), 0});
  return out;
}

std::vector<EntityRow> GraphStore::entity_names_and_types() {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_, "SELECT id, name, type FROM entities ORDER BY id");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), 0});
  return out;
}

std::vector<std::pair<std::string, std::string>> GraphStore::alias_key_rows() {
  std::vector<std::pair<std::string, std::string>> out;
  SQLite::Statement q(*db_, "SELECT alias_key, entity_id FROM aliases ORDER BY alias_key, entity_id");
  while (q.executeStep()) out.emplace_back(col(q, 0), col(q, 1));
  return out;
}

void GraphStore::merge_entity(const std::string& from, const std::string& into, const std::string& reason) {
  // Every statement below is prepared once per store (cached): a resolution pass makes hundreds of
  // merges, and preparing some twenty statements for each cost more than running them.
  forget_cached_rows();
  auto f = entity(from);
  auto t = entity(into);
  if (!f || !t || from == into) return;
  bump_graph_epoch();
  auto exec1 = [&](const char* sql) {
    SQLite::Statement& q = cached(sql);
    q.bind(1, into);
    q.bind(2, from);
    q.exec();
  };
  exec1("UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2");
  // The first spelling of a key in byte order stays, as in add_alias.
  exec1("INSERT INTO aliases(alias_key, entity_id, alias) SELECT alias_key, ?1, alias FROM aliases WHERE entity_id = ?2 "
        "ON CONFLICT(alias_key, entity_id) DO UPDATE SET alias = excluded.alias WHERE excluded.alias < aliases.alias");
  exec1("DELETE FROM aliases WHERE entity_id = ?2 AND ?1 IS NOT NULL");
  exec1("UPDATE roles SET person_id = ?1 WHERE person_id = ?2");
  exec1("UPDATE roles SET org_id = ?1 WHERE org_id = ?2");
  exec1("INSERT OR IGNORE INTO entity_types(entity_id, article_id, type) SELECT ?1, article_id, type FROM entity_types "
        "WHERE entity_id = ?2");
  exec1("INSERT OR IGNORE INTO person_surnames(surname_key, entity_id) SELECT surname_key, ?1 FROM person_surnames "
        "WHERE entity_id = ?2");
  // An event aimed at `from` is aimed at `into`: the target is no part of a relation's id.
  exec1("UPDATE relations SET target_id = ?1 WHERE target_id = ?2");
  // Re-key every relation that mentions `from`; merge into an existing identical fact.
  {
    std::vector<RelationRecord> rels;
    SQLite::Statement& q = cached(R"SQL(SELECT id, subject_id, predicate, text, object_id, object_text, event_type, cameo,
        symmetric, time_text, time_value, time_type, time_from_article, location, modality, polarity, subject_text
        FROM relations WHERE subject_id = ?1 OR object_id = ?1)SQL");
    q.bind(1, from);
    while (q.executeStep()) {
      rels.push_back(read_relation_record(q));
      rels.back().subject_text = col(q, 16);  // the key of a text subject (schema 6)
    }
    for (RelationRecord r : rels) {
      std::string old_id = r.id;
      if (r.subject_id == from) r.subject_id = into;
      if (r.object_id == from) r.object_id = into;
      if (r.subject_id == r.object_id) {
        SQLite::Statement& d = cached("DELETE FROM relations WHERE id = ?");
        d.bind(1, old_id);
        d.exec();
        continue;
      }
      relation_id(r);
      SQLite::Statement& exists = cached("SELECT 1 FROM relations WHERE id = ?");
      exists.bind(1, r.id);
      const bool known = exists.executeStep();
      exists.tryReset();  // no read left open on the table written below
      if (known) {
        SQLite::Statement& mv = cached("INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence, start, end, confidence, claim_id, rule) "
                                   "SELECT ?1, article_id, sentence, start, end, confidence, claim_id, rule FROM relation_evidence WHERE relation_id = ?2");
        mv.bind(1, r.id);
        mv.bind(2, old_id);
        mv.exec();
        SQLite::Statement& d = cached("DELETE FROM relations WHERE id = ?");
        d.bind(1, old_id);
        d.exec();
      } else {
        SQLite::Statement& up = cached("UPDATE relations SET id = ?1, subject_id = ?2, object_id = ?3 WHERE id = ?4");
        up.bind(1, r.id);
        bind_opt(up, 2, r.subject_id);
        bind_opt(up, 3, r.object_id);
        up.bind(4, old_id);
        up.exec();
      }
    }
  }
  // Claims by `from` are re-keyed the same way.
  {
    std::vector<ClaimRecord> cls;
    SQLite::Statement& q = cached("SELECT id, speaker_text, cue, content, modality, time_text, time_value, time_from_article FROM claims WHERE speaker_id = ?");
    q.bind(1, from);
    while (q.executeStep())
      cls.push_back({col(q, 0), into, col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5), col(q, 6), q.getColumn(7).getInt() != 0, {}, {}});
    for (ClaimRecord c : cls) {
      std::string old_id = c.id;
      c.id = claim_id(c);
      SQLite::Statement& exists = cached("SELECT 1 FROM claims WHERE id = ?");
      exists.bind(1, c.id);
      const bool known = exists.executeStep();
      exists.tryReset();
      if (known) {
        SQLite::Statement& mv = cached("INSERT OR IGNORE INTO claim_evidence(claim_id, article_id, sentence, start, end, rule) "
                                   "SELECT ?1, article_id, sentence, start, end, rule FROM claim_evidence WHERE claim_id = ?2");
        mv.bind(1, c.id);
        mv.bind(2, old_id);
        mv.exec();
        SQLite::Statement& d = cached("DELETE FROM claims WHERE id = ?");
        d.bind(1, old_id);
        d.exec();
      } else {
        SQLite::Statement& up = cached("UPDATE claims SET id = ?1, speaker_id = ?2 WHERE id = ?3");
        up.bind(1, c.id);
        up.bind(2, into);
        up.bind(3, old_id);
        up.exec();
      }
      SQLite::Statement& ev = cached("UPDATE relation_evidence SET claim_id = ?1 WHERE claim_id = ?2");
      ev.bind(1, c.id);
      ev.bind(2, old_id);
      ev.exec();
    }
  }
  {
    SQLite::Statement& d = cached("DELETE FROM entities WHERE id = ?");
    d.bind(1, from);
    d.exec();
    SQLite::Statement& upd = cached("UPDATE entities SET type = (SELECT type FROM entity_types WHERE entity_id = ?1 "
                                "GROUP BY type ORDER BY count(*) DESC, type LIMIT 1) WHERE id = ?1 AND "
                                "EXISTS (SELECT 1 FROM entity_types WHERE entity_id = ?1)");
    upd.bind(1, into);
    upd.exec();
    SQLite::Statement& log = cached("INSERT INTO merge_log(from_id, from_name, into_id, into_name, reason) VALUES (?,?,?,?,?)");
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

}  // namespace newsgraph
