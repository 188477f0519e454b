#include "multi_row_insert.h"

#include <SQLiteCpp/Exception.h>

#include "store_rows.h"

namespace newsgraph {

void GraphStore::DeleteRowInserts::operator()(RowInserts* p) const { delete p; }

GraphStore::RowInserts& GraphStore::row_inserts() {
  if (!row_inserts_) row_inserts_.reset(new RowInserts);
  return *row_inserts_;
}

void MultiRowInsert::Row::check(int rc) {
  if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
}

void MultiRowInsert::Row::text(std::string_view v) {
  check(sqlite3_bind_text(st_, at_++, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
}

void MultiRowInsert::Row::opt_text(std::string_view v) {
  if (v.empty()) null();
  else text(v);
}

void MultiRowInsert::Row::integer(int64_t v) { check(sqlite3_bind_int64(st_, at_++, v)); }

void MultiRowInsert::Row::real(double v) { check(sqlite3_bind_double(st_, at_++, v)); }

void MultiRowInsert::Row::null() { check(sqlite3_bind_null(st_, at_++)); }

sqlite3_stmt* MultiRowInsert::statement(sqlite3* db, size_t rows) {
  if (by_rows_.size() <= rows) by_rows_.resize(rows + 1);
  auto& q = by_rows_[rows];
  if (!q) {
    std::string one = "(";
    for (int c = 0; c < columns_; ++c) one += c ? ",?" : "?";
    one += ")";
    std::string sql = head_;
    for (size_t i = 0; i < rows; ++i) (sql += i ? "," : "") += one;
    sqlite3_stmt* made = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &made, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db, rc);
    q.reset(made);
  }
  return q.get();  // every parameter is bound again before each step
}

void MultiRowInsert::step_and_reset(sqlite3* db, sqlite3_stmt* st) {
  // Reset at once (also after a failure): a statement left stepped would keep the caller's
  // strings bound and hold up DROP INDEX, checkpoints and merges, which reset only `cached` ones.
  const int rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) throw SQLite::Exception(db, rc);
}

}  // namespace newsgraph
