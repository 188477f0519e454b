// GraphStore: mentions of entities in articles, and roles (person -> organisation or country).
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>

#include "bench_switch.h"
#include "store_rows.h"

namespace newsgraph {

using store_rows::col;
using store_rows::bind_opt;
using store_rows::bind_opt_text;
using store_rows::bind_text;

void GraphStore::insert_mention(const std::string& article_id, uint32_t start, uint32_t end, const std::string& text,
                                const std::string& type, const std::string& entity_id, int sentence,
                                const std::string& kind, const std::string& rule) {
  // Plain INSERT: the writer passes each (article, start, end) once (graph/ingest.cpp keeps the
  // last of an article's mentions with the same span, as REPLACE did); a repeat is an error.
  static const bool replace = bench_without("plain-insert");  // read once: a getenv and a search
  SQLite::Statement& q =
      replace
          ? cached("INSERT OR REPLACE INTO mentions(article_id, start, end, text, type, entity_id, sentence, kind, rule) VALUES (?,?,?,?,?,?,?,?,?)")
          : cached("INSERT INTO mentions(article_id, start, end, text, type, entity_id, sentence, kind, rule) VALUES (?,?,?,?,?,?,?,?,?)");
  bind_text(q, 1, article_id);  // every string is the caller's and outlives the step
  q.bind(2, start);
  q.bind(3, end);
  bind_text(q, 4, text);
  bind_text(q, 5, type);
  bind_text(q, 6, entity_id);
  q.bind(7, sentence);
  bind_text(q, 8, kind);
  bind_opt_text(q, 9, rule);
  q.exec();
}

void GraphStore::insert_mentions(const std::string& article_id, const std::vector<MentionRow>& rows) {
  static const bool one_by_one = bench_without("plain-insert") || bench_without("mention-chunks");
  if (one_by_one) {
    for (const MentionRow& m : rows)
      insert_mention(article_id, m.start, m.end, *m.text, m.type, *m.entity_id, m.sentence, *m.kind, std::string(m.rule));
    return;
  }
  row_inserts().mentions.insert(db_->getHandle(), rows.size(), [&](size_t i, MultiRowInsert::Row& row) {
    const MentionRow& m = rows[i];
    row.text(article_id);
    row.integer(m.start);
    row.integer(m.end);
    row.text(*m.text);
    row.text(m.type);
    row.text(*m.entity_id);
    row.integer(m.sentence);
    row.text(*m.kind);
    row.opt_text(m.rule);
  });
}

void GraphStore::insert_role(const std::string& person_id, const std::string& role, const std::string& org_id,
                             const std::string& article_id, int sentence, const std::string& rule) {
  SQLite::Statement& q = cached("INSERT INTO roles(person_id, role, org_id, article_id, sentence, rule) VALUES (?,?,?,?,?,?)");
  bind_text(q, 1, person_id);
  bind_text(q, 2, role);
  bind_opt_text(q, 3, org_id);
  bind_text(q, 4, article_id);
  q.bind(5, sentence);
  bind_opt_text(q, 6, rule);
  q.exec();
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

std::vector<GraphStore::RoleEdge> GraphStore::role_edges() {
  std::vector<RoleEdge> out;
  SQLite::Statement q(*db_, "SELECT DISTINCT person_id, role, org_id FROM roles WHERE org_id IS NOT NULL ORDER BY 1, 2, 3");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2)});
  return out;
}

std::unordered_map<std::string, std::string> GraphStore::entity_first_dates() {
  std::unordered_map<std::string, std::string> out;
  SQLite::Statement q(*db_, "SELECT m.entity_id, min(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
                            "GROUP BY m.entity_id");
  while (q.executeStep()) out[col(q, 0)] = col(q, 1);
  return out;
}

}  // namespace newsgraph
