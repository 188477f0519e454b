// GraphStore: articles and their sentences (insert, replace, delete with what only they supported).
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include "bench_switch.h"
#include "store_rows.h"

namespace newsgraph {

using store_rows::col;
using store_rows::bind_opt;
using store_rows::bind_opt_text;
using store_rows::bind_text;

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
  // Child rows go explicitly rather than by ON DELETE CASCADE: a bulk load runs with foreign-key
  // enforcement off (GraphStore::set_foreign_keys), and then nothing cascades.
  for (const char* sql : {"DELETE FROM sentences WHERE article_id = ?", "DELETE FROM entity_types WHERE article_id = ?",
                          "DELETE FROM mentions WHERE article_id = ?", "DELETE FROM roles WHERE article_id = ?",
                          "DELETE FROM relation_evidence WHERE article_id = ?", "DELETE FROM claim_evidence WHERE article_id = ?",
                          "DELETE FROM articles WHERE id = ?"}) {
    SQLite::Statement& d = cached(sql);
    d.bind(1, id);
    d.exec();
  }
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
  // Without foreign keys nothing cascades to the deleted entities' votes (upsert_entity minds that).
  if (!foreign_keys_on_) votes_may_outlive_entities_ = true;
  db_->exec(R"SQL(DELETE FROM entities WHERE
      NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = entities.id OR r.object_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM roles x WHERE x.person_id = entities.id OR x.org_id = entities.id) AND
      NOT EXISTS (SELECT 1 FROM relations t WHERE t.target_id = entities.id))SQL");
}

void GraphStore::insert_article(const ArticleRow& a, const std::string& hash, const std::string& text,
                                const std::vector<std::pair<uint32_t, uint32_t>>& sentences) {
  SQLite::Statement& q = cached("INSERT INTO articles(id, title, date, source, origin, content_hash, text) VALUES (?,?,?,?,?,?,?)");
  bind_text(q, 1, a.id);  // every string is the caller's and outlives the steps
  bind_opt_text(q, 2, a.title);
  bind_opt_text(q, 3, a.date);
  bind_opt_text(q, 4, a.source);
  bind_opt_text(q, 5, a.origin);
  bind_text(q, 6, hash);
  bind_text(q, 7, text);
  q.exec();
  static const bool one_by_one = bench_without("row-chunks");
  if (!one_by_one) {
    row_inserts().sentences.insert(db_->getHandle(), sentences.size(), [&](size_t i, MultiRowInsert::Row& row) {
      row.text(a.id);
      row.integer(static_cast<int64_t>(i));
      row.integer(sentences[i].first);
      row.integer(sentences[i].second);
    });
    return;
  }
  SQLite::Statement& s = cached("INSERT INTO sentences(article_id, idx, start, end) VALUES (?,?,?,?)");
  for (size_t i = 0; i < sentences.size(); ++i) {
    bind_text(s, 1, a.id);
    s.bind(2, static_cast<int>(i));
    s.bind(3, sentences[i].first);
    s.bind(4, sentences[i].second);
    s.exec();
    s.reset();
  }
}

std::vector<ArticleRow> GraphStore::articles() {
  std::vector<ArticleRow> out;
  SQLite::Statement q(*db_, "SELECT id, title, date, source, origin FROM articles ORDER BY date, id");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4)});
  return out;
}

std::optional<ArticleRow> GraphStore::article(const std::string& id) {
  SQLite::Statement& q = cached("SELECT id, title, date, source, origin FROM articles WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return ArticleRow{col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4)};
}

}  // namespace newsgraph
