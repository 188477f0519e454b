// GraphStore: resolution support (entity merges and their log) and shard import.
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <map>

#include "bench_switch.h"
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

namespace {
// The key of a mentions row (WITHOUT ROWID) and of a relation_evidence row.
struct MentionKey {
  std::string article_id;
  int64_t start = 0, end = 0;
};
struct EvidenceKey {
  std::string relation_id, article_id;
  int64_t sentence = 0;
};
}  // namespace

void GraphStore::repoint_rows_by_key(const std::string& from, const std::string& into) {
  // Each INSERT ... SELECT from its own table, and each UPDATE or DELETE that searches by the very
  // column it changes, makes SQLite first copy the matching keys into a temporary B-tree (about
  // 30k instructions to open and drop, eleven such statements a merge, for the handful of rows a
  // merge moves). Reading the keys first and writing each row by its key needs none; the rows
  // written are the same (NEWSGRAPH_BENCH_WITHOUT=merge-by-key: the set statements below).
  auto texts = [&](const char* sql) {  // the first column of every row `sql` selects for `from`
    std::vector<std::string> out;
    SQLite::Statement& q = cached(sql);
    q.bind(1, from);
    while (q.executeStep()) out.push_back(col(q, 0));
    q.tryReset();  // no read left open on the table written next
    return out;
  };
  auto rowids = [&](const char* sql) {
    std::vector<int64_t> out;
    SQLite::Statement& q = cached(sql);
    q.bind(1, from);
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    q.tryReset();
    return out;
  };
  {
    std::vector<MentionKey> keys;
    SQLite::Statement& q = cached("SELECT article_id, start, end FROM mentions WHERE entity_id = ?");
    q.bind(1, from);
    while (q.executeStep()) keys.push_back({col(q, 0), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
    q.tryReset();
    for (const MentionKey& k : keys) {
      SQLite::Statement& up = cached("UPDATE mentions SET entity_id = ?1 WHERE article_id = ?2 AND start = ?3 AND end = ?4");
      up.bind(1, into);
      up.bind(2, k.article_id);
      up.bind(3, k.start);
      up.bind(4, k.end);
      up.exec();
    }
  }
  {
    // The first spelling of a key in byte order stays, as in add_alias.
    std::vector<std::pair<std::string, std::string>> aliases;  // key, spelling
    SQLite::Statement& q = cached("SELECT alias_key, alias FROM aliases WHERE entity_id = ?");
    q.bind(1, from);
    while (q.executeStep()) aliases.emplace_back(col(q, 0), col(q, 1));
    q.tryReset();
    for (const auto& [key, alias] : aliases) {
      SQLite::Statement& ins = cached("INSERT INTO aliases(alias_key, entity_id, alias) VALUES (?1, ?2, ?3) "
                                      "ON CONFLICT(alias_key, entity_id) DO UPDATE SET alias = excluded.alias WHERE excluded.alias < aliases.alias");
      ins.bind(1, key);
      ins.bind(2, into);
      ins.bind(3, alias);
      ins.exec();
    }
    for (const auto& [key, alias] : aliases) {
      SQLite::Statement& del = cached("DELETE FROM aliases WHERE alias_key = ?1 AND entity_id = ?2");
      del.bind(1, key);
      del.bind(2, from);
      del.exec();
    }
  }
  auto set_by_rowid = [&](const char* sql, const std::vector<int64_t>& rows) {
    for (int64_t rowid : rows) {
      SQLite::Statement& up = cached(sql);
      up.bind(1, into);
      up.bind(2, rowid);
      up.exec();
    }
  };
  set_by_rowid("UPDATE roles SET person_id = ?1 WHERE rowid = ?2", rowids("SELECT rowid FROM roles WHERE person_id = ?"));
  set_by_rowid("UPDATE roles SET org_id = ?1 WHERE rowid = ?2", rowids("SELECT rowid FROM roles WHERE org_id = ?"));
  {
    std::vector<std::pair<std::string, std::string>> votes;  // article, type
    SQLite::Statement& q = cached("SELECT article_id, type FROM entity_types WHERE entity_id = ?");
    q.bind(1, from);
    while (q.executeStep()) votes.emplace_back(col(q, 0), col(q, 1));
    q.tryReset();
    for (const auto& [article, type] : votes) {
      SQLite::Statement& ins = cached("INSERT OR IGNORE INTO entity_types(entity_id, article_id, type) VALUES (?1, ?2, ?3)");
      ins.bind(1, into);
      ins.bind(2, article);
      ins.bind(3, type);
      ins.exec();
    }
  }
  for (const std::string& surname : texts("SELECT surname_key FROM person_surnames WHERE entity_id = ?")) {
    SQLite::Statement& ins = cached("INSERT OR IGNORE INTO person_surnames(surname_key, entity_id) VALUES (?1, ?2)");
    ins.bind(1, surname);
    ins.bind(2, into);
    ins.exec();
  }
  // An event aimed at `from` is aimed at `into`: the target is no part of a relation's id.
  set_by_rowid("UPDATE relations SET target_id = ?1 WHERE rowid = ?2", rowids("SELECT rowid FROM relations WHERE target_id = ?"));
}

void GraphStore::repoint_rows_by_set(const std::string& from, const std::string& into) {
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
}

void GraphStore::merge_entity(const std::string& from, const std::string& into, const std::string& reason) {
  // Every statement below is prepared once per store (cached): a resolution pass makes hundreds of
  // merges, and preparing some twenty statements for each cost more than running them.
  static const bool by_key = !bench_without("merge-by-key");
  forget_cached_rows();
  if (from == into) return;
  std::string from_name, into_name;
  if (by_key) {
    // Only the names: entity() also counts the mentions, which for a much-mentioned `into` costs
    // more than the rest of the merge.
    auto f = entity_name_type(from);
    if (!f) return;
    from_name = std::move(f->name);
    auto t = entity_name_type(into);
    if (!t) return;
    into_name = std::move(t->name);
  } else {
    auto f = entity(from);
    auto t = entity(into);
    if (!f || !t) return;
    from_name = f->name;
    into_name = t->name;
  }
  bump_graph_epoch();
  if (by_key)
    repoint_rows_by_key(from, into);
  else
    repoint_rows_by_set(from, into);
  // Re-key every relation that mentions `from`; merge into an existing identical fact.
  {
    std::vector<std::pair<RelationRecord, int64_t>> rels;  // with its rowid
    SQLite::Statement& q = cached(R"SQL(SELECT id, subject_id, predicate, text, object_id, object_text, event_type, cameo,
        symmetric, time_text, time_value, time_type, time_from_article, location, modality, polarity, subject_text, rowid
        FROM relations WHERE subject_id = ?1 OR object_id = ?1)SQL");
    q.bind(1, from);
    while (q.executeStep()) {
      rels.emplace_back(read_relation_record(q), q.getColumn(17).getInt64());
      rels.back().first.subject_text = col(q, 16);  // the key of a text subject (schema 6)
    }
    q.tryReset();
    // By rowid, the relation's own row is found without searching the index of the id it changes.
    auto delete_relation = [&](const std::string& id, int64_t rowid) {
      SQLite::Statement& d = by_key ? cached("DELETE FROM relations WHERE rowid = ?") : cached("DELETE FROM relations WHERE id = ?");
      if (by_key)
        d.bind(1, rowid);
      else
        d.bind(1, id);
      d.exec();
    };
    for (auto& [r, rowid] : rels) {
      std::string old_id = r.id;
      if (r.subject_id == from) r.subject_id = into;
      if (r.object_id == from) r.object_id = into;
      if (r.subject_id == r.object_id) {
        delete_relation(old_id, rowid);
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
        delete_relation(old_id, rowid);
      } else {
        SQLite::Statement& up = by_key ? cached("UPDATE relations SET id = ?1, subject_id = ?2, object_id = ?3 WHERE rowid = ?4")
                                       : cached("UPDATE relations SET id = ?1, subject_id = ?2, object_id = ?3 WHERE id = ?4");
        up.bind(1, r.id);
        bind_opt(up, 2, r.subject_id);
        bind_opt(up, 3, r.object_id);
        if (by_key)
          up.bind(4, rowid);
        else
          up.bind(4, old_id);
        up.exec();
      }
    }
  }
  // Claims by `from` are re-keyed the same way.
  {
    std::vector<std::pair<ClaimRecord, int64_t>> cls;  // with its rowid
    SQLite::Statement& q = cached("SELECT id, speaker_text, cue, content, modality, time_text, time_value, time_from_article, rowid FROM claims WHERE speaker_id = ?");
    q.bind(1, from);
    while (q.executeStep())
      cls.emplace_back(ClaimRecord{col(q, 0), into, col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5), col(q, 6), q.getColumn(7).getInt() != 0, {}, {}},
                       q.getColumn(8).getInt64());
    q.tryReset();
    for (auto& [c, rowid] : cls) {
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
        SQLite::Statement& d = by_key ? cached("DELETE FROM claims WHERE rowid = ?") : cached("DELETE FROM claims WHERE id = ?");
        if (by_key)
          d.bind(1, rowid);
        else
          d.bind(1, old_id);
        d.exec();
      } else {
        SQLite::Statement& up = by_key ? cached("UPDATE claims SET id = ?1, speaker_id = ?2 WHERE rowid = ?3")
                                       : cached("UPDATE claims SET id = ?1, speaker_id = ?2 WHERE id = ?3");
        up.bind(1, c.id);
        up.bind(2, into);
        if (by_key)
          up.bind(3, rowid);
        else
          up.bind(3, old_id);
        up.exec();
      }
      if (by_key) {
        std::vector<EvidenceKey> evidence;
        SQLite::Statement& ev = cached("SELECT relation_id, article_id, sentence FROM relation_evidence WHERE claim_id = ?");
        ev.bind(1, old_id);
        while (ev.executeStep()) evidence.push_back({col(ev, 0), col(ev, 1), ev.getColumn(2).getInt64()});
        ev.tryReset();
        for (const EvidenceKey& k : evidence) {
          SQLite::Statement& up = cached("UPDATE relation_evidence SET claim_id = ?1 WHERE relation_id = ?2 AND article_id = ?3 AND sentence = ?4");
          up.bind(1, c.id);
          up.bind(2, k.relation_id);
          up.bind(3, k.article_id);
          up.bind(4, k.sentence);
          up.exec();
        }
      } else {
        SQLite::Statement& ev = cached("UPDATE relation_evidence SET claim_id = ?1 WHERE claim_id = ?2");
        ev.bind(1, c.id);
        ev.bind(2, old_id);
        ev.exec();
      }
    }
  }
  {
    SQLite::Statement& d = cached("DELETE FROM entities WHERE id = ?");
    d.bind(1, from);
    d.exec();
    if (by_key) {
      // The most voted type, ties to the first in byte order: the statement below, counted here
      // (its GROUP BY and ORDER BY open two temporary tables).
      std::map<std::string, int> votes;
      SQLite::Statement& q = cached("SELECT type FROM entity_types WHERE entity_id = ?");
      q.bind(1, into);
      while (q.executeStep()) ++votes[col(q, 0)];
      q.tryReset();
      if (!votes.empty()) {
        SQLite::Statement& upd = cached("UPDATE entities SET type = ?1 WHERE id = ?2");
        upd.bind(1, majority_type(votes));
        upd.bind(2, into);
        upd.exec();
      }
    } else {
      SQLite::Statement& upd = cached("UPDATE entities SET type = (SELECT type FROM entity_types WHERE entity_id = ?1 "
                                  "GROUP BY type ORDER BY count(*) DESC, type LIMIT 1) WHERE id = ?1 AND "
                                  "EXISTS (SELECT 1 FROM entity_types WHERE entity_id = ?1)");
      upd.bind(1, into);
      upd.exec();
    }
    SQLite::Statement& log = cached("INSERT INTO merge_log(from_id, from_name, into_id, into_name, reason) VALUES (?,?,?,?,?)");
    log.bind(1, from);
    log.bind(2, from_name);
    log.bind(3, into);
    log.bind(4, into_name);
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
