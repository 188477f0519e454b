// Multi-row INSERT statements for the build's writer (storage-internal: include only from
// storage/*.cpp). A single-row statement costs about 1,600 instructions of its own (reset,
// bindings, opening and closing its cursors) besides the row: writing an article's rows of one
// table a chunk at a time pays that once per chunk. Rows go in the order given, so a conflict
// clause ("OR IGNORE") decides exactly as the same rows written one by one would.
#pragma once
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

class MultiRowInsert {
 public:
  // Rows per statement, as mentions have had since session 11: 16 rows of the widest table
  // (relations, 19 columns) bind 304 parameters, far below SQLite's limit (32,766).
  static constexpr size_t kChunk = 16;

  // `head` is the statement up to VALUES ("INSERT OR IGNORE INTO t(a, b) VALUES "), `columns`
  // the parameters of one row.
  MultiRowInsert(std::string head, int columns) : head_(std::move(head)), columns_(columns) {}

  // Binds one row's values in column order into the chunk's statement. The strings are the
  // caller's: SQLite reads them in place, so they must outlive the chunk's step.
  class Row {
   public:
    void text(std::string_view v);
    void opt_text(std::string_view v);  // NULL when empty
    void integer(int64_t v);
    void real(double v);
    void null();

   private:
    friend class MultiRowInsert;
    Row(sqlite3* db, sqlite3_stmt* st, int at) : db_(db), st_(st), at_(at) {}
    void check(int rc);
    sqlite3* db_;
    sqlite3_stmt* st_;
    int at_;
  };

  // Inserts `n` rows, calling bind_row(i, row) for i in [0, n) to bind row i's values, kChunk
  // rows a statement. Throws SQLite::Exception when a step fails; the statement is reset either
  // way, so no caller's string stays bound and no statement is left open (DROP INDEX, checkpoints).
  template <class BindRow>
  void insert(sqlite3* db, size_t n, BindRow&& bind_row) {
    for (size_t from = 0; from < n; from += kChunk) {
      const size_t rows = std::min(kChunk, n - from);
      sqlite3_stmt* st = statement(db, rows);
      for (size_t i = 0; i < rows; ++i) {
        Row row(db, st, 1 + static_cast<int>(i) * columns_);
        bind_row(from + i, row);
      }
      step_and_reset(db, st);
    }
  }

 private:
  sqlite3_stmt* statement(sqlite3* db, size_t rows);  // prepared when first needed, then kept
  static void step_and_reset(sqlite3* db, sqlite3_stmt* st);
  struct Finalize {
    void operator()(sqlite3_stmt* q) const { sqlite3_finalize(q); }
  };
  std::string head_;
  int columns_;
  std::vector<std::unique_ptr<sqlite3_stmt, Finalize>> by_rows_;  // index: rows per statement
};

}  // namespace newsgraph
