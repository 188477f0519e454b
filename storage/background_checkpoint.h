// Copying the write-ahead log into the database file on a thread of its own, while the build's
// connection goes on writing (issue #23: the serial tail of a bulk load).
#pragma once
#include <string>
#include <thread>

namespace newsgraph {

// Opens a second connection to the database at `path` and runs one PASSIVE checkpoint on it, on
// its own thread: the frames committed so far are copied into the database file while the writer
// appends new ones (WAL allows one checkpointer beside one writer). The end of a bulk load leaves
// the rebuilt indexes in the log (tens of MB); copied here, beside the resolution pass that
// follows, they no longer wait for the build's final checkpoint, which then copies only what came
// after. Best effort, like that checkpoint: an error loses nothing committed (the log keeps it)
// and is not reported. The destructor waits for the copy to finish.
class BackgroundCheckpoint {
 public:
  explicit BackgroundCheckpoint(const std::string& path);
  ~BackgroundCheckpoint();
  BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
  BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;
  void wait();

 private:
  std::thread thread_;
};

}  // namespace newsgraph
