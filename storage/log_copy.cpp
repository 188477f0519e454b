#include "log_copy.h"

#include <sqlite3.h>

namespace newsgraph {

BackgroundLogCopy::BackgroundLogCopy(std::string path) : path_(std::move(path)), thread_([this] { run(); }) {}

BackgroundLogCopy::~BackgroundLogCopy() { finish(); }

void BackgroundLogCopy::copy() {
  std::lock_guard lock(mu_);
  ++asked_;
  cv_.notify_one();
}

void BackgroundLogCopy::finish() {
  {
    std::lock_guard lock(mu_);
    finishing_ = true;
    cv_.notify_one();
  }
  if (thread_.joinable()) thread_.join();
}

void BackgroundLogCopy::run() {
  sqlite3* db = nullptr;
  bool open = false;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return asked_ > 0 || finishing_; });
      if (asked_ == 0) break;
      asked_ = 0;  // one copy takes everything committed so far
    }
    if (!db) {  // opened at the first copy, once the writer has committed what is to be copied
      open = sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK;
      // A connection that has read nothing has not opened the log, and its checkpoint copies
      // nothing (SQLite 3.40): one read of the schema opens it. NORMAL: the copy syncs the log
      // before and the database after, as the writer's own checkpoints do.
      if (open) sqlite3_exec(db, "PRAGMA synchronous = NORMAL; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    // PASSIVE: never waits for the writer or a reader; what it cannot copy now, a later checkpoint does.
    if (open) sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  }
  if (db) sqlite3_close(db);  // also after a failed open (SQLite's rule); the writer's connection is still open, so no checkpoint here
}

}  // namespace newsgraph
