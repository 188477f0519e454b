// Row helpers shared by the GraphStore source files (storage-internal: include only from
// storage/*.cpp). Reading a column, binding an optional value, and decoding the relation and
// evidence rows that several statements select.
#pragma once
#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>
#include <vector>

#include "graph_store.h"
#include "multi_row_insert.h"
#include "records.h"

namespace newsgraph {

// The writer's multi-row INSERTs, one per table (GraphStore::row_inserts()). Each writes the
// columns the single-row statement beside it in store_*.cpp writes, with the same conflict clause.
struct GraphStore::RowInserts {
  MultiRowInsert mentions{"INSERT INTO mentions(article_id, start, end, text, type, entity_id, sentence, kind, rule) VALUES ", 9};
  MultiRowInsert sentences{"INSERT INTO sentences(article_id, idx, start, end) VALUES ", 4};
  MultiRowInsert claims{"INSERT OR IGNORE INTO claims(id, speaker_id, speaker_text, cue, content, modality, time_text, "
                        "time_value, time_from_article) VALUES ", 9};
  MultiRowInsert claim_evidence{"INSERT OR IGNORE INTO claim_evidence(claim_id, article_id, sentence, start, end, rule) VALUES ", 6};
  MultiRowInsert relations{"INSERT OR IGNORE INTO relations(id, subject_id, predicate, text, object_id, object_text, "
                           "event_type, cameo, symmetric, time_text, time_value, time_type, time_from_article, location, "
                           "modality, polarity, subject_text, target_id, target_text) VALUES ", 19};
  MultiRowInsert relation_evidence{"INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence, start, end, "
                                   "confidence, claim_id, rule) VALUES ", 8};
};

}  // namespace newsgraph

namespace newsgraph::store_rows {

// The columns an evidence row of claim_evidence and relation_evidence starts with: the fact's id
// and where its article says it (the two tables then differ: confidence and claim only for relations).
inline void bind_evidence_place(MultiRowInsert::Row& row, std::string_view fact_id, const EvidenceRow& ev) {
  row.text(fact_id);
  row.text(ev.article_id);
  row.integer(ev.sentence);
  row.integer(ev.start);
  row.integer(ev.end);
}

inline std::string col(SQLite::Statement& q, int i) {
  auto c = q.getColumn(i);
  return c.isNull() ? std::string() : c.getString();
}

// A RelationRecord from columns 0-15 of a statement that selects the relation columns in table order.
inline RelationRecord read_relation_record(SQLite::Statement& q) {
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

inline void bind_opt(SQLite::Statement& q, int i, const std::string& v) {
  if (v.empty()) q.bind(i);
  else q.bind(i, v);
}

// The writer's binds: SQLite reads the caller's bytes instead of copying them (a copy is a malloc
// and a memcpy per value, about a tenth of the write phase's own work). REQUIRES: `v` outlives the
// statement's next step (a parameter or a local of the function that runs it), and the statement
// is rebound before it runs again (GraphStore::cached clears the bindings).
inline void bind_text(SQLite::Statement& q, int i, const std::string& v) { q.bindNoCopy(i, v); }

inline void bind_opt_text(SQLite::Statement& q, int i, const std::string& v) {
  if (v.empty()) q.bind(i);
  else q.bindNoCopy(i, v);
}

// Evidence rows from a statement selecting article_id, sentence, start, end, title, date, source,
// sentence text (and confidence, claim_id when `with_claim`).
inline std::vector<EvidenceRow> read_evidence(SQLite::Statement& q, bool with_claim) {
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
    if (q.getColumnCount() > 10) e.rule = col(q, 10);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace newsgraph::store_rows
