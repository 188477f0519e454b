// The SQL of pattern queries and of the fact versions conflict detection compares. Each pattern
// becomes one statement; the planner's choice of index follows from which parts of the pattern
// are named (see docs/architecture.md, "Pattern queries").
#include <sqlite3.h>

#include <SQLiteCpp/Statement.h>

#include "graph_store.h"
#include "time_interval.h"

namespace newsgraph {
namespace {

// ng_time_first(value), ng_time_last(value): the first and last day of a TIMEX3 value's interval
// (NULL when it has none); ng_time_key(value): time_sort_key, for ORDER BY.
void time_function(sqlite3_context* ctx, int, sqlite3_value** argv, int which) {
  const unsigned char* text = sqlite3_value_text(argv[0]);
  std::string_view v = text ? reinterpret_cast<const char*>(text) : "";
  std::string out;
  if (which == 2) {
    out = time_sort_key(v);
  } else {
    auto i = time_interval(v);
    if (!i) {
      sqlite3_result_null(ctx);
      return;
    }
    out = (which == 0 ? i->first : i->last).str();
  }
  sqlite3_result_text(ctx, out.c_str(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}
void time_first(sqlite3_context* c, int n, sqlite3_value** v) { time_function(c, n, v, 0); }
void time_last(sqlite3_context* c, int n, sqlite3_value** v) { time_function(c, n, v, 1); }
void time_key(sqlite3_context* c, int n, sqlite3_value** v) { time_function(c, n, v, 2); }

// A statement under construction: WHERE terms and their bound values, in order.
struct SqlParts {
  std::string where;
  std::vector<std::string> values;
  void term(const std::string& sql, std::initializer_list<std::string> binds = {}) {
    where += where.empty() ? " WHERE " : " AND ";
    where += sql;
    values.insert(values.end(), binds);
  }
};

// "13" -> "14": the smallest string above every string that starts with `prefix` (digits only).
std::string prefix_end(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// The WHERE clause of a pattern over `relations r JOIN entities s LEFT JOIN entities o`.
SqlParts pattern_where(const RelationPattern& p) {
  SqlParts q;
  const bool claim = p.relation.kind == RelationMatch::Kind::kClaim;
  // The subject: of the relation, or for claims the speaker of a claim that states it (found
  // through claims_speaker and relation_evidence_claim).
  if (claim) {
    const std::string stated = "r.id IN (SELECT e.relation_id FROM claims c JOIN relation_evidence e ON e.claim_id = c.id";
    if (p.subject.kind == NodeMatch::Kind::kEntity) q.term(stated + " WHERE c.speaker_id = ?)", {p.subject.value});
    else if (p.subject.kind == NodeMatch::Kind::kType)
      q.term(stated + " JOIN entities sp ON sp.id = c.speaker_id WHERE sp.type = ?)", {p.subject.value});
    else q.term(stated + ")");
  } else if (p.subject.kind == NodeMatch::Kind::kEntity) {
    q.term("r.subject_id = ?", {p.subject.value});
  } else if (p.subject.kind == NodeMatch::Kind::kType) {
    q.term("s.type = ?", {p.subject.value});
  }
  // The object: of the relation, or for claims either side of the stated relation.
  if (p.object.kind == NodeMatch::Kind::kEntity) {
    if (claim) q.term("(r.subject_id = ? OR r.object_id = ?)", {p.object.value, p.object.value});
    else q.term("r.object_id = ?", {p.object.value});
  } else if (p.object.kind == NodeMatch::Kind::kType) {
    if (claim) q.term("(s.type = ? OR o.type = ?)", {p.object.value, p.object.value});
    else q.term("o.type = ?", {p.object.value});
  }
  switch (p.relation.kind) {
    case RelationMatch::Kind::kEventType: q.term("r.event_type = ?", {p.relation.value}); break;
    case RelationMatch::Kind::kCameoPrefix:
      q.term("r.cameo >= ? AND r.cameo < ?", {p.relation.value, prefix_end(p.relation.value)});
      break;
    case RelationMatch::Kind::kPredicate: q.term("r.predicate = ?", {p.relation.value}); break;
    case RelationMatch::Kind::kAny:
    case RelationMatch::Kind::kClaim: break;
  }
  if (!p.modality.empty()) q.term("r.modality = ?", {p.modality});
  if (!p.polarity.empty()) q.term("r.polarity = ?", {p.polarity});
  if (!p.source.empty())
    q.term("EXISTS (SELECT 1 FROM relation_evidence e JOIN articles a ON a.id = e.article_id "
           "WHERE e.relation_id = r.id AND a.source = ? COLLATE NOCASE)",
           {p.source});
  if (!p.from.empty()) q.term("ng_time_last(r.time_value) >= ?", {p.from});
  if (!p.to.empty()) q.term("ng_time_first(r.time_value) <= ?", {p.to});
  return q;
}

// The FROM clause: the relations, joined to their subject's and object's entities only when the
// pattern or the grouping reads them. Every relation has its subject entity (a foreign key), so
// leaving a join out changes no answer; it saves one index search per matching relation (a third
// of a grouped count over every relation of a type).
std::string pattern_from(const RelationPattern& p, PatternGroup by) {
  const bool claim = p.relation.kind == RelationMatch::Kind::kClaim;
  const bool object_type = p.object.kind == NodeMatch::Kind::kType;
  const bool subject = by == PatternGroup::kSubject || (!claim && p.subject.kind == NodeMatch::Kind::kType) ||
                       (claim && object_type);
  const bool object = by == PatternGroup::kObject || object_type;
  std::string from = " FROM relations r";
  if (subject) from += " JOIN entities s ON s.id = r.subject_id";
  if (object) from += " LEFT JOIN entities o ON o.id = r.object_id";
  return from;
}

// The statement of a grouped count.
std::string group_sql(const SqlParts& parts, const std::string& from, PatternGroup by) {
  std::string key = by == PatternGroup::kSubject  ? "s.name"
                    : by == PatternGroup::kObject ? "coalesce(o.name, r.object_text, '(none)')"
                                                  : "coalesce(substr(ng_time_first(r.time_value), 1, 7), 'undated')";
  return "SELECT " + key + " AS k, count(*) AS n" + from + parts.where + " GROUP BY k ORDER BY n DESC, k";
}

// The statement of a match list: the page of matching IDs (with the total before the limit) in
// time order, then the full relation columns for that page only.
std::string match_sql(const SqlParts& parts, const std::string& from, const std::string& select_relations) {
  return select_relations + " JOIN (SELECT r.id AS id, ng_time_key(r.time_value) AS tk, count(*) OVER () AS total" +
         from + parts.where + " ORDER BY tk, r.id LIMIT ?) m ON m.id = r.id ORDER BY m.tk, r.id";
}

void bind_all(SQLite::Statement& q, const std::vector<std::string>& values) {
  for (size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
}

}  // namespace

void GraphStore::register_time_functions() {
  if (time_functions_) return;
  db_->createFunction("ng_time_first", 1, true, nullptr, time_first);
  db_->createFunction("ng_time_last", 1, true, nullptr, time_last);
  db_->createFunction("ng_time_key", 1, true, nullptr, time_key);
  time_functions_ = true;
}

std::vector<RelationRow> GraphStore::match_relations(const RelationPattern& p, int limit, int64_t* total) {
  register_time_functions();
  SqlParts parts = pattern_where(p);
  // The selected relation columns end with the page's total, after read_relation_row's.
  std::string select = relation_select_sql();
  select.insert(select.find(" FROM relations r"), ", m.total");
  SQLite::Statement q(*db_, match_sql(parts, pattern_from(p, PatternGroup::kNone), select));
  bind_all(q, parts.values);
  q.bind(static_cast<int>(parts.values.size() + 1), limit < 0 ? int64_t{-1} : int64_t{limit});
  std::vector<RelationRow> out;
  if (total) *total = 0;
  while (q.executeStep()) {
    out.push_back(read_relation_row(q));
    if (total) *total = q.getColumn(kRelationSelectColumns).getInt64();
  }
  return out;
}

std::vector<PatternGroupCount> GraphStore::count_matches(const RelationPattern& p, PatternGroup by) {
  register_time_functions();
  SqlParts parts = pattern_where(p);
  const PatternGroup key = by == PatternGroup::kNone ? PatternGroup::kSubject : by;
  SQLite::Statement q(*db_, group_sql(parts, pattern_from(p, key), key));
  bind_all(q, parts.values);
  std::vector<PatternGroupCount> out;
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64()});
  return out;
}

std::vector<std::string> GraphStore::pattern_query_plan(const RelationPattern& p, PatternGroup by) {
  register_time_functions();
  SqlParts parts = pattern_where(p);
  std::string sql = by == PatternGroup::kNone ? match_sql(parts, pattern_from(p, by), relation_select_sql())
                                              : group_sql(parts, pattern_from(p, by), by);
  SQLite::Statement q(*db_, "EXPLAIN QUERY PLAN " + sql);
  bind_all(q, parts.values);
  if (by == PatternGroup::kNone) q.bind(static_cast<int>(parts.values.size() + 1), int64_t{-1});
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(3).getString());
  return out;
}

std::vector<RelationRecord> GraphStore::fact_relations(const std::string& entity_id,
                                                       const std::set<std::string>& skip_predicates) {
  // `s.type` through the subject's primary key: the relations are read in table order, once.
  std::string sql = R"SQL(SELECT r.id, r.subject_id, r.predicate, r.text, r.object_id, r.object_text, r.event_type,
      r.cameo, r.symmetric, r.time_text, r.time_value, r.time_type, r.time_from_article, r.location, r.modality,
      r.polarity FROM relations r JOIN entities s ON s.id = r.subject_id)SQL";
  sql += " WHERE s.type <> 'OTHER' AND (r.object_id IS NOT NULL OR r.object_text IS NOT NULL)";
  if (!skip_predicates.empty()) {
    sql += " AND r.predicate NOT IN (";
    for (size_t i = 0; i < skip_predicates.size(); ++i) sql += i ? ", ?" : "?";
    sql += ")";
  }
  if (!entity_id.empty())
    sql += " AND r.id IN (SELECT id FROM relations WHERE subject_id = ? UNION SELECT id FROM relations WHERE object_id = ?)";
  SQLite::Statement q(*db_, sql);
  int n = 0;
  for (const std::string& p : skip_predicates) q.bind(++n, p);
  if (!entity_id.empty()) q.bind(++n, entity_id), q.bind(++n, entity_id);
  std::vector<RelationRecord> out;
  auto col = [&](int i) { return q.getColumn(i).isNull() ? std::string() : q.getColumn(i).getString(); };
  while (q.executeStep())
    out.push_back({col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), q.getColumn(8).getInt() != 0, col(9),
                   col(10), col(11), q.getColumn(12).getInt() != 0, col(13), col(14), col(15), {}, {}, {}, {}, {}});
  return out;
}

std::vector<GraphStore::FactReport> GraphStore::fact_reports(const std::string& relation_id) {
  SQLite::Statement& q = cached(R"SQL(SELECT e.article_id, a.date, c.speaker_id, coalesce(sp.name, c.speaker_text), e.sentence
    FROM relation_evidence e JOIN articles a ON a.id = e.article_id LEFT JOIN claims c ON c.id = e.claim_id
    LEFT JOIN entities sp ON sp.id = c.speaker_id WHERE e.relation_id = ?)SQL");
  q.bind(1, relation_id);
  std::vector<FactReport> out;
  auto col = [&](int i) { return q.getColumn(i).isNull() ? std::string() : q.getColumn(i).getString(); };
  while (q.executeStep()) out.push_back({col(0), col(1), col(2), col(3), q.getColumn(4).getInt()});
  return out;
}

}  // namespace newsgraph
