// GraphStore: claims (who said what) and their evidence.
#include "graph_store.h"

#include <unordered_map>

#include <SQLiteCpp/Statement.h>

#include "bench_switch.h"
#include "ids.h"
#include "store_rows.h"

namespace newsgraph {

using store_rows::col;
using store_rows::bind_opt;
using store_rows::bind_opt_text;
using store_rows::bind_text;
using store_rows::bind_evidence_place;
using store_rows::read_evidence;

std::string GraphStore::add_claim(ClaimRecord c, const EvidenceRow& ev) {
  c.id = claim_id(c);
  SQLite::Statement& q = cached(R"SQL(INSERT OR IGNORE INTO claims(id, speaker_id, speaker_text, cue, content, modality,
      time_text, time_value, time_from_article) VALUES (?,?,?,?,?,?,?,?,?))SQL");
  // `c` is this function's own copy: its strings outlive both steps (bind_text).
  bind_text(q, 1, c.id);
  bind_opt_text(q, 2, c.speaker_id);
  bind_opt_text(q, 3, c.speaker_text);
  bind_text(q, 4, c.cue);
  bind_text(q, 5, c.content);
  bind_text(q, 6, c.modality);
  bind_opt_text(q, 7, c.time_text);
  bind_opt_text(q, 8, c.time_value);
  q.bind(9, c.time_from_article ? 1 : 0);
  q.exec();
  SQLite::Statement& e = cached("INSERT OR IGNORE INTO claim_evidence(claim_id, article_id, sentence, start, end, rule) VALUES (?,?,?,?,?,?)");
  bind_text(e, 1, c.id);
  bind_text(e, 2, ev.article_id);
  e.bind(3, ev.sentence);
  e.bind(4, ev.start);
  e.bind(5, ev.end);
  bind_opt_text(e, 6, ev.rule);
  e.exec();
  return c.id;
}

void GraphStore::add_claims(std::vector<ClaimRecord>& claims, const std::vector<EvidenceRow>& evidence) {
  static const bool one_by_one = bench_without("row-chunks");
  if (one_by_one) {
    for (size_t i = 0; i < claims.size(); ++i) claims[i].id = add_claim(claims[i], evidence[i]);
    return;
  }
  for (ClaimRecord& c : claims) c.id = claim_id(c);
  sqlite3* db = db_->getHandle();
  RowInserts& ins = row_inserts();
  ins.claims.insert(db, claims.size(), [&](size_t i, MultiRowInsert::Row& row) {
    const ClaimRecord& c = claims[i];
    row.text(c.id);
    row.opt_text(c.speaker_id);
    row.opt_text(c.speaker_text);
    row.text(c.cue);
    row.text(c.content);
    row.text(c.modality);
    row.opt_text(c.time_text);
    row.opt_text(c.time_value);
    row.integer(c.time_from_article ? 1 : 0);
  });
  ins.claim_evidence.insert(db, claims.size(), [&](size_t i, MultiRowInsert::Row& row) {
    const EvidenceRow& ev = evidence[i];
    bind_evidence_place(row, claims[i].id, ev);
    row.opt_text(ev.rule);
  });
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

std::vector<EvidenceRow> GraphStore::claim_evidence(const std::string& claim_id) {
  SQLite::Statement q(*db_, std::string(R"SQL(SELECT e.article_id, e.sentence, e.start, e.end, a.title, a.date, a.source,
      substr(a.text, e.start + 1, e.end - e.start), NULL, NULL, )SQL") + (has_rules_ ? "e.rule" : "NULL") + R"SQL(
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

namespace {

// Adds each claim's relations, sorted.
void add_relation_ids(SQLite::Database& db, std::vector<ClaimRow>& rows) {
  // Many claims (the whole-graph export): one ordered pass over the evidence rows of claims, not a
  // lookup per claim, which without the relation_evidence_claim index (deferred during a bulk
  // load, when readers may run) was a scan each.
  constexpr size_t kOnePassFrom = 1000;
  if (rows.size() >= kOnePassFrom) {
    std::unordered_map<std::string, std::vector<std::string>> by_claim;
    SQLite::Statement all(db, "SELECT DISTINCT claim_id, relation_id FROM relation_evidence WHERE claim_id IS NOT NULL "
                                "ORDER BY claim_id, relation_id");
    while (all.executeStep()) by_claim[col(all, 0)].push_back(col(all, 1));
    for (ClaimRow& row : rows)
      if (auto it = by_claim.find(row.c.id); it != by_claim.end()) row.relation_ids = std::move(it->second);
    return;
  }
  SQLite::Statement rel(db, "SELECT DISTINCT relation_id FROM relation_evidence WHERE claim_id = ? ORDER BY relation_id");
  for (ClaimRow& row : rows) {
    rel.bind(1, row.c.id);
    while (rel.executeStep()) row.relation_ids.push_back(col(rel, 0));
    rel.reset();
  }
}

}  // namespace

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
    row.c = {col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5), col(q, 6), col(q, 7), q.getColumn(8).getInt() != 0, {}, {}};
    row.speaker_name = col(q, 9);
    row.evidence_count = q.getColumn(10).getInt();
    row.first_article = col(q, 11);
    row.article_date = col(q, 12);
    out.push_back(std::move(row));
  }
  add_relation_ids(*db_, out);
  return out;
}

std::vector<std::string> GraphStore::claim_articles(const std::string& claim_id) {
  std::vector<std::string> out;
  SQLite::Statement& q = cached("SELECT DISTINCT article_id FROM claim_evidence WHERE claim_id = ?");
  q.bind(1, claim_id);
  while (q.executeStep()) out.push_back(col(q, 0));
  return out;
}

}  // namespace newsgraph
