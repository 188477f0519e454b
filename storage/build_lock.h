// One writer per database at a time: a build (or merge) holds an advisory lock on DB.lock for its
// whole run, so a second build waits for the first instead of competing for SQLite's write lock
// batch by batch (where it could starve). The operating system releases the lock if the process
// dies, even by SIGKILL.
#pragma once
#include <string>

namespace newsgraph {

class BuildLock {
 public:
  // Takes the lock for `db_path`, waiting while another build holds it; `on_wait` is called once
  // before waiting. Throws StoreError when the lock file cannot be created.
  BuildLock(const std::string& db_path, void (*on_wait)(const std::string& db_path) = nullptr);
  ~BuildLock();
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace newsgraph
