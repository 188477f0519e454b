// GraphStore: opening the database, the statement cache, transactions and savepoints, and the
// meta table. The other GraphStore members live in store_*.cpp, one file per kind of row.
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include <sqlite3.h>

#include "bench_switch.h"
#include "kill_point.h"
#include "schema.h"
#include "store_rows.h"
#include "verified_stamp.h"

namespace newsgraph {

using store_rows::col;

namespace {
// The page cache of every connection: 64 MiB (PRAGMA cache_size in KiB, negative).
constexpr const char* kCacheSize = "-65536";

// The page size of a new database: 8 KiB, twice SQLite's default. Writing the first 300 Reuters
// articles cost 2.2% fewer instructions (write_extraction 190.0 -> 185.9 M); 16 KiB gained nothing
// more (185.4 M) and makes each page the log copies twice as large.
constexpr const char* kNewDatabasePageSize = "8192";

// Process-wide SQLite settings, before the first connection: no memory statistics (they take a
// global mutex on every allocation, and nothing reads them).
void configure_sqlite_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!bench_without("memstatus")) sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  });
}
}  // namespace

SQLite::Statement& GraphStore::cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(*db_, sql)).first;
  SQLite::Statement& q = *it->second;
  // tryReset: after a failed step, reset reports that step's error again; it is handled already.
  q.tryReset();
  q.clearBindings();
  return q;
}

GraphStore::GraphStore(const std::string& path, Mode mode) : path_(path) {
  try {
    if (mode == Mode::kReadOnly && !std::filesystem::exists(path))
      throw StoreError("no database at " + path + ": run 'newsgraph build PATH --db " + path + "' first");
    configure_sqlite_once();
    // Before SQLite opens the file: its first read may create the log the stamp describes.
    const bool verified = mode == Mode::kReadWrite && !bench_without("verified-stamp") && matches_verified_stamp(path);
    // One GraphStore per thread: the connection needs no mutex of its own (SQLite's global ones stay).
    int flags = (bench_without("nomutex") ? 0 : SQLite::OPEN_NOMUTEX) |
                (mode == Mode::kReadOnly ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
    // A writer waits up to a minute (NEWSGRAPH_BUSY_TIMEOUT_MS) for another build's batch to
    // commit before giving up.
    int busy_ms = 60000;
    if (const char* v = std::getenv("NEWSGRAPH_BUSY_TIMEOUT_MS"); v && *v) busy_ms = std::max(0, std::atoi(v));
    db_ = std::make_unique<SQLite::Database>(path, flags, busy_ms);
    busy_.timeout_ms = busy_ms;
    sqlite3_busy_handler(db_->getHandle(), &BusyWait::handle, &busy_);
    if (mode == Mode::kReadWrite) refuse_unwritable_or_damaged(verified);
    db_->exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::kReadWrite) {
      // Another program's database is refused before the first write: switching to WAL already
      // rewrites the file header.
      if (db_->execAndGet("SELECT count(*) FROM sqlite_master").getInt() > 0) ensure_schema(*db_, false);
      // A new database's page size (fixed once its first table is written; an existing database
      // keeps its own, and works as before). A build inserts most rows at random places in B-trees
      // keyed by hashed ids: with larger pages a tree is shallower and splits less often. The page
      // cache is sized in KiB (kCacheSize), so it holds the same bytes either way.
      else if (!bench_without("page-size")) db_->exec(std::string("PRAGMA page_size = ") + kNewDatabasePageSize);
      db_->exec("PRAGMA journal_mode = WAL");
      db_->exec("PRAGMA synchronous = NORMAL");
      // Debian builds SQLite with SECURE_DELETE on: every cell a write frees (page rebalancing,
      // a row an UPDATE rewrites, a deleted row) is overwritten with zeros. The database holds
      // published news, nothing that must be erased from its free space.
      if (!bench_without("secure-delete-off")) db_->exec("PRAGMA secure_delete = OFF");
    }
    // A reader's connection refuses every write, even one SQLite would do on its own.
    if (mode == Mode::kReadOnly) db_->exec("PRAGMA query_only = 1");
    db_->exec(std::string("PRAGMA cache_size = ") + kCacheSize);
    // Per-article savepoints journal every page they touch; in a temp file that costs a write
    // system call per page, in memory nothing.
    db_->exec("PRAGMA temp_store = MEMORY");
    ensure_schema(*db_, mode == Mode::kReadWrite);
    has_rules_ = has_rule_columns(*db_, "main");
    has_agents_ = has_agent_columns(*db_, "main");
    has_subject_text_ = has_subject_text(*db_, "main");
    has_event_target_ = has_event_target(*db_, "main");
  } catch (const SQLite::Exception& e) {
    throw StoreError(describe_database_failure(path, e));
  } catch (const StoreError& e) {
    const std::string what = e.what();
    if (what.find(path) != std::string::npos) throw;
    throw StoreError(path + ": " + what);
  }
}

void GraphStore::refuse_unwritable_or_damaged(bool verified) {
  // SQLite opens a file it may not write read-only without saying so; the first write would fail
  // halfway through a build.
  if (sqlite3_db_readonly(db_->getHandle(), "main") == 1)
    throw StoreError("cannot write " + path_ + ": the file is read-only; check its permissions (queries can still read it)");
  // Unchanged since a build that checked it ended normally (verified_stamp.h): nothing to re-read.
  if (!verified) check_integrity();
}

void GraphStore::check_integrity() {
  // quick_check reads every page (about 0.1 s for 20 MB) but skips the index cross-checks of
  // integrity_check; enough to find truncated files and overwritten pages before anything is written.
  SQLite::Statement q(*db_, "PRAGMA quick_check(1)");
  std::string verdict = q.executeStep() ? q.getColumn(0).getString() : "no answer";
  // SQLite's verdict may span lines ("*** in database main ***\nOn tree page ..."): one line, so
  // the error stays one line however the damage falls on the pages.
  std::replace(verdict.begin(), verdict.end(), '\n', ' ');
  if (verdict != "ok")
    throw StoreError(path_ + " is damaged (" + verdict +
                     "); nothing was written to it: restore it from a copy or build a new one with 'newsgraph build'");
}

void GraphStore::forget_cached_rows() {
  known_aliases_.clear();
  type_votes_.clear();
  alias_rows_.clear();
  alias_keys_of_.clear();
  entity_names_.clear();
  all_aliases_.reset();
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
  for (auto& [sql, q] : statements_) q->tryReset();
  // Never waits for readers: a TRUNCATE checkpoint that waited (the busy timeout, a minute) until
  // no reader used the log made the writer as slow as its slowest reader (measured: 68 s at the
  // end of a Reuters build with four readers). Without a busy handler it copies what the readers
  // allow, as PASSIVE does, and truncates the log only when none is using it; the next build's
  // writes restart the log. Best effort: an error here loses nothing committed.
  sqlite3* db = db_->getHandle();
  sqlite3_busy_handler(db, nullptr, nullptr);
  sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
  sqlite3_busy_handler(db, &BusyWait::handle, &busy_);
}

GraphStore::CheckpointsHeld::CheckpointsHeld(GraphStore& store) : store_(store) {
  if (bench_without("tail-checkpoint")) return;
  sqlite3* db = store_.db_->getHandle();
  // No lock is taken: the setting is the connection's own (sqlite3_wal_autocheckpoint).
  const int before = store_.db_->execAndGet("PRAGMA wal_autocheckpoint").getInt();
  if (sqlite3_wal_autocheckpoint(db, 0) == SQLITE_OK) pages_ = before;
}

GraphStore::CheckpointsHeld::~CheckpointsHeld() {
  if (pages_ >= 0) sqlite3_wal_autocheckpoint(store_.db_->getHandle(), pages_);
}

int GraphStore::BusyWait::handle(void* self, int attempt) {
  // SQLite's own schedule for its busy timeout: short sleeps first, then 100 ms ones.
  static constexpr int kDelayMs[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
  constexpr int kSteps = static_cast<int>(sizeof kDelayMs / sizeof kDelayMs[0]);
  auto* w = static_cast<BusyWait*>(self);
  int waited = 0;
  for (int i = 0; i < std::min(attempt, kSteps); ++i) waited += kDelayMs[i];
  if (attempt >= kSteps) waited += (attempt - kSteps) * kDelayMs[kSteps - 1];
  const int delay = std::min(kDelayMs[std::min(attempt, kSteps - 1)], w->timeout_ms - waited);
  if (delay <= 0) return 0;
  sqlite3_sleep(delay);
  w->slept_seconds += delay / 1000.0;
  return 1;
}

void GraphStore::set_foreign_keys(bool on) {
  db_->exec(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
  foreign_keys_on_ = on;
}

bool GraphStore::indexes_deferred() { return !meta_value("deferred_indexes").empty(); }

bool GraphStore::defer_indexes() {
  if (indexes_deferred()) return false;
  for (auto& [sql, q] : statements_) q->tryReset();  // DROP INDEX fails while a statement is open
  begin();
  try {
    std::vector<std::pair<std::string, std::string>> indexes;  // name, CREATE statement
    {
      SQLite::Statement q(*db_, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
      while (q.executeStep()) indexes.emplace_back(col(q, 0), col(q, 1));
    }
    std::string all;
    for (const auto& [name, sql] : indexes) all += sql + ";\n";
    if (!all.empty()) {
      SQLite::Statement rec(*db_, "INSERT OR REPLACE INTO meta(key, value) VALUES ('deferred_indexes', ?)");
      rec.bind(1, all);
      rec.exec();
      for (const auto& [name, sql] : indexes) db_->exec("DROP INDEX \"" + name + "\"");
    }
    commit();
    return !all.empty();
  } catch (...) {
    rollback();
    throw;
  }
}

namespace {
// CREATE INDEX sorts every row of its table. SQLite sorts in memory, on the calling thread, as
// long as the rows fit in the sort's memory (the page cache's size) and temporary files are in
// memory; then the sort was half the index build (3.3 G of 7.0 G instructions on the
// whole-Reuters database), all on the writer's thread while the other core idled. With the
// sort's memory at 1 MiB, temporary files on disk and two helper threads, each MiB run is sorted
// on a helper and the runs merged there too: the writer's thread runs 3.8 G (-46%), the helpers
// 5.3 G. The runs go to SQLite's temporary directory (SQLITE_TMPDIR, else /var/tmp or /tmp; at
// most the indexes' size, deleted as the statement ends). The connection's settings come back
// when the indexes are built. Only for a large load: an index whose rows fit in one run is sorted on
// the writer's thread anyway, and then the small cache only costs (a 1,000-article build: index
// build 251 M -> 286 M instructions on the writer's thread, no helper used).
constexpr int64_t kThreadedSortsFromArticles = 5000;
class ThreadedSorts {
 public:
  ThreadedSorts(SQLite::Database& db, bool large) : db_(db), on_(large && !bench_without("threaded-sorts")) {
    if (!on_) return;
    db_.exec("PRAGMA threads = 2");
    db_.exec("PRAGMA temp_store = FILE");
    db_.exec("PRAGMA cache_size = -1024");
  }
  ~ThreadedSorts() {
    if (!on_) return;
    try {
      db_.exec("PRAGMA cache_size = " + std::string(kCacheSize));
      db_.exec("PRAGMA temp_store = MEMORY");
      db_.exec("PRAGMA threads = 0");
    } catch (...) {
    }
  }
  ThreadedSorts(const ThreadedSorts&) = delete;
  ThreadedSorts& operator=(const ThreadedSorts&) = delete;

 private:
  SQLite::Database& db_;
  bool on_;
};
}  // namespace

bool GraphStore::rebuild_deferred_indexes() {
  std::string all = meta_value("deferred_indexes");
  if (all.empty()) return false;
  const bool large = max_article_rowid() >= kThreadedSortsFromArticles;
  for (auto& [sql, q] : statements_) q->tryReset();  // no statement open: the settings change outside any transaction
  ThreadedSorts threaded(*db_, large);
  begin();
  try {
    db_->exec(all);
    db_->exec("DELETE FROM meta WHERE key = 'deferred_indexes'");
    kill_point("index-rebuild");  // crash tests: killed with the indexes built but not committed
    commit();
    return true;
  } catch (...) {
    rollback();
    throw;
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
  for (auto& [sql, q] : statements_) q->tryReset();
  // After a full disk or an I/O error SQLite may have rolled the transaction back itself; a
  // second ROLLBACK would fail and hide the error that caused it.
  if (in_tx_ && !sqlite3_get_autocommit(db_->getHandle())) db_->exec("ROLLBACK");
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
