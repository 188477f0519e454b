// Roles read as facts with evidence, for exports: one query over the roles table joined to the
// sentence spans and article dates, grouped here by (person, role, organisation).
#include <SQLiteCpp/Statement.h>

#include "graph_store.h"
#include "ids.h"

namespace newsgraph {
namespace {
std::string text_or_empty(SQLite::Statement& q, int i) {
  auto c = q.getColumn(i);
  return c.isNull() ? std::string() : c.getString();
}
}  // namespace

std::vector<RoleFact> GraphStore::role_facts() {
  // DISTINCT: an article that states the same role twice in one sentence stores two rows.
  SQLite::Statement q(*db_, R"SQL(SELECT DISTINCT x.person_id, x.role, x.org_id, x.article_id, x.sentence,
      coalesce(s.start, 0), coalesce(s.end, 0), a.date
      FROM roles x JOIN articles a ON a.id = x.article_id
      LEFT JOIN sentences s ON s.article_id = x.article_id AND s.idx = x.sentence
      ORDER BY x.person_id, x.role, coalesce(x.org_id, ''), x.article_id, x.sentence)SQL");
  std::vector<RoleFact> out;
  while (q.executeStep()) {
    std::string person = text_or_empty(q, 0), role = text_or_empty(q, 1), org = text_or_empty(q, 2);
    if (out.empty() || out.back().person_id != person || out.back().role != role || out.back().org_id != org)
      out.push_back({role_id(person, role, org), person, role, org, {}});
    EvidenceRow e;
    e.article_id = text_or_empty(q, 3);
    e.sentence = q.getColumn(4).getInt();
    e.start = static_cast<uint32_t>(q.getColumn(5).getInt64());
    e.end = static_cast<uint32_t>(q.getColumn(6).getInt64());
    e.article_date = text_or_empty(q, 7);
    out.back().evidence.push_back(std::move(e));
  }
  return out;
}

}  // namespace newsgraph
