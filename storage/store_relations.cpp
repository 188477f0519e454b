// GraphStore: relations (events and other triples) and their evidence.
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include "bench_switch.h"
#include "ids.h"
#include "store_rows.h"

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
     ORDER BY e.article_id LIMIT 1),
)SQL";
// Column 25: the subject's words when it is no entity; NULL in a schema-5 database read as it is.
const char* const kSubjectText = "r.subject_text";
const char* const kNoSubjectText = "NULL";
// Columns 26-28: the event target's entity, words and entity name; NULLs before schema 8.
const char* const kEventTarget = ", r.target_id, r.target_text, (SELECT t.name FROM entities t WHERE t.id = r.target_id)";
const char* const kNoEventTarget = ", NULL, NULL, NULL";

const char* const kRelationFrom =
    " FROM relations r LEFT JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id ";

}  // namespace

using store_rows::bind_evidence_place;
using store_rows::col;
using store_rows::bind_opt;
using store_rows::bind_opt_text;
using store_rows::bind_text;
using store_rows::read_relation_record;
using store_rows::read_evidence;

std::string GraphStore::add_relation(RelationRecord r, const EvidenceRow& ev) {
  relation_id(r);
  SQLite::Statement& q = cached(R"SQL(INSERT OR IGNORE INTO relations(id, subject_id, predicate, text, object_id,
      object_text, event_type, cameo, symmetric, time_text, time_value, time_type, time_from_article, location,
      modality, polarity, subject_text, target_id, target_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))SQL");
  // `r` is this function's own copy: its strings outlive both steps (bind_text).
  bind_text(q, 1, r.id);
  bind_opt_text(q, 2, r.subject_id);
  bind_text(q, 3, r.predicate);
  bind_text(q, 4, r.text);
  bind_opt_text(q, 5, r.object_id);
  bind_opt_text(q, 6, r.object_text);
  bind_opt_text(q, 7, r.event_type);
  bind_opt_text(q, 8, r.cameo);
  q.bind(9, r.symmetric ? 1 : 0);
  bind_opt_text(q, 10, r.time_text);
  bind_opt_text(q, 11, r.time_value);
  bind_opt_text(q, 12, r.time_type);
  q.bind(13, r.time_from_article ? 1 : 0);
  bind_opt_text(q, 14, r.location);
  bind_text(q, 15, r.modality);
  bind_text(q, 16, r.polarity);
  if (r.subject_id.empty()) bind_opt_text(q, 17, r.subject_text);
  else q.bind(17);
  bind_opt_text(q, 18, r.target_id);
  bind_opt_text(q, 19, r.target_text);
  q.exec();
  SQLite::Statement& e = cached(R"SQL(INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence, start,
      end, confidence, claim_id, rule) VALUES (?,?,?,?,?,?,?,?))SQL");
  bind_text(e, 1, r.id);
  bind_text(e, 2, ev.article_id);
  e.bind(3, ev.sentence);
  e.bind(4, ev.start);
  e.bind(5, ev.end);
  e.bind(6, ev.confidence);
  bind_opt_text(e, 7, ev.claim_id);
  bind_opt_text(e, 8, ev.rule);
  e.exec();
  return r.id;
}

void GraphStore::add_relations(std::vector<RelationRecord>& relations, const std::vector<EvidenceRow>& evidence) {
  static const bool one_by_one = bench_without("row-chunks");
  if (one_by_one) {
    for (size_t i = 0; i < relations.size(); ++i) relations[i].id = add_relation(relations[i], evidence[i]);
    return;
  }
  for (RelationRecord& r : relations) relation_id(r);
  sqlite3* db = db_->getHandle();
  RowInserts& ins = row_inserts();
  ins.relations.insert(db, relations.size(), [&](size_t i, MultiRowInsert::Row& row) {
    const RelationRecord& r = relations[i];
    row.text(r.id);
    row.opt_text(r.subject_id);
    row.text(r.predicate);
    row.text(r.text);
    row.opt_text(r.object_id);
    row.opt_text(r.object_text);
    row.opt_text(r.event_type);
    row.opt_text(r.cameo);
    row.integer(r.symmetric ? 1 : 0);
    row.opt_text(r.time_text);
    row.opt_text(r.time_value);
    row.opt_text(r.time_type);
    row.integer(r.time_from_article ? 1 : 0);
    row.opt_text(r.location);
    row.text(r.modality);
    row.text(r.polarity);
    if (r.subject_id.empty()) row.opt_text(r.subject_text);
    else row.null();
    row.opt_text(r.target_id);
    row.opt_text(r.target_text);
  });
  ins.relation_evidence.insert(db, relations.size(), [&](size_t i, MultiRowInsert::Row& row) {
    const EvidenceRow& ev = evidence[i];
    bind_evidence_place(row, relations[i].id, ev);
    row.real(ev.confidence);
    row.opt_text(ev.claim_id);
    row.opt_text(ev.rule);
  });
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
  if (row.r.subject_id.empty()) {  // a text subject: shown by its words, with no type
    row.r.subject_text = col(q, 25);
    row.subject_name = row.r.subject_text;
  }
  row.r.target_id = col(q, 26);
  row.r.target_text = col(q, 27);
  row.target_name = col(q, 28);
  if (!row.claim_id.empty()) {
    SQLite::Statement& s = cached("SELECT coalesce(e.name, c.speaker_text) FROM claims c LEFT JOIN entities e ON e.id = c.speaker_id WHERE c.id = ?");
    s.bind(1, row.claim_id);
    if (s.executeStep()) row.speaker_name = col(s, 0);
  }
  return row;
}

std::string GraphStore::relation_select_sql() const {
  return std::string("SELECT ") + kRelationColumns + (has_subject_text_ ? kSubjectText : kNoSubjectText) +
         (has_event_target_ ? kEventTarget : kNoEventTarget) + kRelationFrom;
}

std::vector<RelationRow> GraphStore::relations_of(const std::string& id, const std::string& other, const std::string& from,
                                                  const std::string& to) {
  // Each branch is served by its own index (the target's is partial: `target_id = ?1` implies it
  // is not NULL); UNION keeps an event once when the entity is both its object and its target.
  std::string sql = relation_select_sql() +
                    " WHERE r.id IN (SELECT id FROM relations WHERE subject_id = ?1 UNION SELECT id FROM relations WHERE object_id = ?1" +
                    (has_event_target_ ? " UNION SELECT id FROM relations WHERE target_id = ?1)" : ")");
  if (!other.empty())
    sql += has_event_target_ ? " AND (r.subject_id = ?2 OR r.object_id = ?2 OR r.target_id = ?2)" : " AND (r.subject_id = ?2 OR r.object_id = ?2)";
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
  SQLite::Statement q(*db_, relation_select_sql() + " WHERE r.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_relation_row(q);
}

std::vector<RelationRow> GraphStore::all_relations() {
  SQLite::Statement q(*db_, relation_select_sql() + " ORDER BY r.id");
  std::vector<RelationRow> out;
  while (q.executeStep()) out.push_back(read_relation_row(q));
  return out;
}

std::vector<std::pair<std::string, std::string>> GraphStore::evidence_sources(const std::string& relation_id) {
  std::vector<std::pair<std::string, std::string>> out;
  SQLite::Statement& q = cached("SELECT article_id, coalesce(claim_id, '') FROM relation_evidence WHERE relation_id = ?");
  q.bind(1, relation_id);
  while (q.executeStep()) out.emplace_back(col(q, 0), col(q, 1));
  return out;
}

std::vector<EvidenceRow> GraphStore::relation_evidence(const std::string& relation_id) {
  SQLite::Statement q(*db_, std::string(R"SQL(SELECT e.article_id, e.sentence, e.start, e.end, a.title, a.date, a.source,
      substr(a.text, e.start + 1, e.end - e.start), e.confidence, e.claim_id, )SQL") + (has_rules_ ? "e.rule" : "NULL") + R"SQL(
      FROM relation_evidence e JOIN articles a ON a.id = e.article_id WHERE e.relation_id = ? ORDER BY a.date, a.id, e.sentence)SQL");
  q.bind(1, relation_id);
  return read_evidence(q, true);
}

}  // namespace newsgraph
