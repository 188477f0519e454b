// GraphStore: whole-graph queries: linked pairs for the adjacency snapshot, links between two
// entities, counts and statistics.
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include <cstring>
#include <filesystem>

#include "store_rows.h"

namespace newsgraph {

using store_rows::col;

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
  // A claim links its speaker with its fact's subject and with its object: one row gives both
  // (the third column; NULL in the other branches), so the evidence is joined with claims once.
  const char* const kAll = R"SQL(
      SELECT subject_id, object_id, NULL FROM relations WHERE object_id IS NOT NULL AND subject_id IS NOT NULL
      UNION ALL
      SELECT person_id, org_id, NULL FROM roles WHERE org_id IS NOT NULL
      UNION ALL
      SELECT c.speaker_id, r.subject_id, r.object_id FROM relation_evidence e JOIN claims c ON c.id = e.claim_id
        JOIN relations r ON r.id = e.relation_id WHERE c.speaker_id IS NOT NULL)SQL";
  // An event joins its source with its target too (schema 8): "Rebels attacked X's embassy" puts
  // the rebels in X's neighbourhood. A target that is also the object adds nothing new.
  const char* const kAllTargets = R"SQL(
      UNION ALL
      SELECT subject_id, target_id, NULL FROM relations WHERE target_id IS NOT NULL AND subject_id IS NOT NULL
        AND target_id IS NOT object_id)SQL";
  const char* const kAfter = R"SQL(
      SELECT r.subject_id, r.object_id, NULL FROM articles a CROSS JOIN relation_evidence e ON e.article_id = a.id
        CROSS JOIN relations r ON r.id = e.relation_id WHERE a.rowid > ?1 AND r.object_id IS NOT NULL
          AND r.subject_id IS NOT NULL
      UNION ALL
      SELECT x.person_id, x.org_id, NULL FROM articles a CROSS JOIN roles x ON x.article_id = a.id
        WHERE a.rowid > ?1 AND x.org_id IS NOT NULL
      UNION ALL
      SELECT c.speaker_id, r.subject_id, r.object_id FROM articles a CROSS JOIN relation_evidence e ON e.article_id = a.id
        CROSS JOIN claims c ON c.id = e.claim_id CROSS JOIN relations r ON r.id = e.relation_id
        WHERE a.rowid > ?1 AND c.speaker_id IS NOT NULL)SQL";
  const char* const kAfterTargets = R"SQL(
      UNION ALL
      SELECT r.subject_id, r.target_id, NULL FROM articles a CROSS JOIN relation_evidence e ON e.article_id = a.id
        CROSS JOIN relations r ON r.id = e.relation_id WHERE a.rowid > ?1 AND r.target_id IS NOT NULL
          AND r.subject_id IS NOT NULL AND r.target_id IS NOT r.object_id)SQL";
  std::string sql = after_article_rowid < 0 ? kAll : kAfter;
  if (has_event_target_) sql += after_article_rowid < 0 ? kAllTargets : kAfterTargets;
  SQLite::Statement q(*db_, sql);
  if (after_article_rowid >= 0) q.bind(1, static_cast<int64_t>(after_article_rowid));
  while (q.executeStep()) {
    const char* a = q.getColumn(0).getText();
    for (int i : {1, 2}) {
      SQLite::Column other = q.getColumn(i);
      if (other.isNull()) continue;  // a text subject, an object-less fact, or no third column
      const char* b = other.getText();
      if (std::strcmp(a, b) != 0) fn(a, b);
    }
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
  if (has_event_target_) {
    // Events of one aimed at the other (schema 8), marked so a path says the hop is a target edge.
    SQLite::Statement& q = cached(
        "SELECT id FROM relations WHERE subject_id = ?1 AND target_id = ?2 AND target_id IS NOT object_id "
        "UNION SELECT id FROM relations WHERE subject_id = ?2 AND target_id = ?1 AND target_id IS NOT object_id ORDER BY 1");
    q.bind(1, a);
    q.bind(2, b);
    while (q.executeStep()) out.push_back(std::string(kTargetLinkPrefix) + col(q, 0));
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
  groups("SELECT cameo, count(*) FROM relations WHERE cameo IS NOT NULL GROUP BY cameo ORDER BY cameo", s.cameo_codes);
  // Events (relations with a CAMEO code) by the kind of their source and of their target: the
  // entity type, "words" for an actor that is no entity, "none". The target is the prepositional
  // one where the event has it (schema 8), else the object.
  const std::string target_id = has_event_target_ ? "r.target_id" : "NULL";
  const std::string target_text = has_event_target_ ? "r.target_text" : "NULL";
  const std::string events = " FROM relations r WHERE r.cameo IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1";
  groups(("SELECT CASE WHEN r.subject_id IS NULL THEN 'words' ELSE (SELECT e.type FROM entities e WHERE e.id = r.subject_id) "
          "END, count(*)" + events).c_str(), s.event_sources);
  groups(("SELECT CASE WHEN " + target_text + " IS NOT NULL THEN coalesce((SELECT e.type FROM entities e WHERE e.id = " +
          target_id + "), 'words') WHEN r.object_id IS NOT NULL THEN (SELECT e.type FROM entities e WHERE e.id = r.object_id) "
          "WHEN r.object_text IS NOT NULL THEN 'words' ELSE 'none' END, count(*)" + events).c_str(), s.event_targets);
  s.prepositional_targets = has_event_target_ ? count("SELECT count(*) FROM relations WHERE cameo IS NOT NULL AND target_text IS NOT NULL") : 0;
  // The mark is the newest article a migration to schema 8 found (storage/schema.cpp); none in a
  // database created at schema 8 or later, and then no article lacks its targets.
  s.articles_before_targets =
      has_event_target_ ? count("SELECT count(*) FROM articles WHERE rowid <= CAST((SELECT value FROM meta "
                                "WHERE key = 'articles_before_event_targets') AS INTEGER)")
                        : s.articles;
  return s;
}

}  // namespace newsgraph
