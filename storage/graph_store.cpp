// GraphStore: opening the database, the statement cache, transactions and savepoints, and the
// meta table. The other GraphStore members live in store_*.cpp, one file per kind of row.
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "schema.h"
#include "store_rows.h"

namespace newsgraph {

using store_rows::col;

SQLite::Statement& GraphStore::cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(*db_, sql)).first;
  SQLite::Statement& q = *it->second;
  q.reset();
  q.clearBindings();
  return q;
}

GraphStore::GraphStore(const std::string& path, Mode mode) : path_(path) {
  try {
    if (mode == Mode::kReadOnly && !std::filesystem::exists(path))
      throw StoreError("no database at " + path + ": run 'newsgraph build PATH --db " + path + "' first");
    int flags = mode == Mode::kReadOnly ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // A writer waits up to a minute (NEWSGRAPH_BUSY_TIMEOUT_MS) for another build's batch to
    // commit before giving up.
    int busy_ms = 60000;
    if (const char* v = std::getenv("NEWSGRAPH_BUSY_TIMEOUT_MS"); v && *v) busy_ms = std::max(0, std::atoi(v));
    db_ = std::make_unique<SQLite::Database>(path, flags, busy_ms);
    db_->exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::kReadWrite) {
      db_->exec("PRAGMA journal_mode = WAL");
      db_->exec("PRAGMA synchronous = NORMAL");
    }
    db_->exec("PRAGMA cache_size = -65536");
    // Per-article savepoints journal every page they touch; in a temp file that costs a write
    // system call per page, in memory nothing.
    db_->exec("PRAGMA temp_store = MEMORY");
    ensure_schema(*db_, mode == Mode::kReadWrite);
    has_rules_ = has_rule_columns(*db_, "main");
  } catch (const SQLite::Exception& e) {
    std::string what = e.what();
    if (what.find("not a database") != std::string::npos || what.find("file is encrypted") != std::string::npos)
      throw StoreError(path + " is not a newsgraph database (" + what + "); use another --db file");
    throw StoreError("cannot open database " + path + ": " + what);
  }
}

void GraphStore::forget_cached_rows() {
  known_aliases_.clear();
  type_votes_.clear();
  alias_rows_.clear();
}

GraphStore::~GraphStore() {
  if (in_tx_) {
    try {
      db_->exec("ROLLBACK");
    } catch (...) {
    }
  }
}

void GraphStore::begin() {
  db_->exec("BEGIN IMMEDIATE");
  in_tx_ = true;
}

void GraphStore::commit() {
  db_->exec("COMMIT");
  in_tx_ = false;
}

void GraphStore::checkpoint() {
  // A cached statement left mid-result holds a read snapshot that would block the checkpoint.
  for (auto& [sql, q] : statements_) q->reset();
  // Best effort: another reader holding a snapshot may keep part of the log alive.
  try {
    db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const SQLite::Exception&) {
  }
}

void GraphStore::savepoint() { cached("SAVEPOINT article").exec(); }

void GraphStore::release() { cached("RELEASE article").exec(); }

void GraphStore::rollback_to_savepoint() {
  forget_cached_rows();  // the caches may hold rows that were just undone
  db_->exec("ROLLBACK TO article");
  db_->exec("RELEASE article");
}

void GraphStore::rollback() {
  forget_cached_rows();
  if (in_tx_) db_->exec("ROLLBACK");
  in_tx_ = false;
}

std::string GraphStore::meta_value(const char* key) {
  SQLite::Statement& q = cached("SELECT value FROM meta WHERE key = ?");
  q.bind(1, key);
  std::string value = q.executeStep() ? col(q, 0) : std::string();
  q.reset();  // no read snapshot left open: the next statement may begin a write transaction
  return value;
}

std::string GraphStore::database_uid() { return meta_value("database_uid"); }

int64_t GraphStore::graph_epoch() {
  std::string v = meta_value("graph_epoch");
  return v.empty() ? 0 : std::stoll(v);
}

void GraphStore::mark_resolution_pending(bool collect_orphans_too) {
  if (collect_orphans_too)
    cached("INSERT OR REPLACE INTO meta(key, value) VALUES ('resolution_pending', 'merge')").exec();
  else
    cached("INSERT OR IGNORE INTO meta(key, value) VALUES ('resolution_pending', 'build')").exec();
}

void GraphStore::clear_resolution_pending() { cached("DELETE FROM meta WHERE key = 'resolution_pending'").exec(); }

GraphStore::PendingResolution GraphStore::resolution_pending() {
  std::string v = meta_value("resolution_pending");
  return {!v.empty(), v == "merge"};
}

void GraphStore::bump_graph_epoch() {
  cached("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'graph_epoch'").exec();
}

}  // namespace newsgraph
