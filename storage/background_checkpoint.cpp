#include "background_checkpoint.h"

#include <sqlite3.h>

namespace newsgraph {

namespace {
void checkpoint_on_own_connection(const std::string& path) {
  sqlite3* db = nullptr;
  // Its own connection, used by this thread alone; it never creates the file.
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
    // No busy handler: if another checkpoint is running, this one gives way at once.
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  }
  // Not the last connection (the build's is open), so closing neither checkpoints nor removes the log.
  sqlite3_close_v2(db);
}
}  // namespace

BackgroundCheckpoint::BackgroundCheckpoint(const std::string& path)
    : thread_([path] { checkpoint_on_own_connection(path); }) {}

BackgroundCheckpoint::~BackgroundCheckpoint() { wait(); }

void BackgroundCheckpoint::wait() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace newsgraph
