// The one-line progress display of a build on a terminal: articles done, articles/s, MB/s and,
// when the input's size is known, the share done and the time left. Redrawn at most four times a
// second with '\r'; never used when stderr is not a terminal (cmd_build decides).
#pragma once
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace newsgraph {

// The bytes of the inputs a build reads (files, and the files of directories the reader would
// take): 0 when unknown (stdin among them).
uint64_t input_bytes(const std::vector<std::string>& paths);

class ProgressLine {
 public:
  // `total_bytes` 0: no share done or time left. Draws on `out`.
  ProgressLine(uint64_t total_bytes, std::FILE* out);
  // Counts after another article; redraws when the last drawing is old enough.
  void update(size_t articles, size_t new_articles, uint64_t bytes_done);
  // Clears the line (before the summary is printed).
  void finish();
  // The text of the line for these figures after `seconds` (exposed for tests).
  static std::string format(size_t articles, size_t new_articles, uint64_t bytes_done, uint64_t total_bytes,
                            double seconds);

 private:
  uint64_t total_;
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_, last_;
  size_t width_ = 0;
};

}  // namespace newsgraph
