// The write-ahead log copied into the database file on a thread and connection of its own, while
// the writer's connection goes on with the build's tail (issue #23). A build's serial tail ran
// three copies on the writer's thread, one core idle: the automatic checkpoint at the index
// rebuild's commit, the one at the resolution pass's commit and the final one (each syncs the log,
// copies every frame since the last, syncs the database). With the writer's automatic checkpoints
// off, the index rebuild's pages are copied while the resolution pass runs, and the pass's pages
// while the adjacency snapshot is written; the writer's final checkpoint is left with truncating
// the log. A checkpoint copies only committed frames and never disturbs a write transaction or a
// reader (WAL), so what is durable when is unchanged: every commit is in the log, and the
// writer's final checkpoint still syncs whatever is left before the build reports success.
#pragma once
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace newsgraph {

class BackgroundLogCopy {
 public:
  // A thread of its own, which waits for copy(); its connection to the database at `path` opens at the first.
  explicit BackgroundLogCopy(std::string path);
  ~BackgroundLogCopy();  // finish()
  // Copies what is committed in the log now, after any copy under way. Best effort: a copy that
  // fails or is refused leaves its frames for the next checkpoint, losing nothing.
  void copy();
  // Waits for the copies asked for and closes the connection (before the writer's final checkpoint:
  // the last connection to close removes the log).
  void finish();

  BackgroundLogCopy(const BackgroundLogCopy&) = delete;
  BackgroundLogCopy& operator=(const BackgroundLogCopy&) = delete;

 private:
  void run();

  std::string path_;
  std::mutex mu_;
  std::condition_variable cv_;
  int asked_ = 0;
  bool finishing_ = false;
  std::thread thread_;
};

}  // namespace newsgraph
