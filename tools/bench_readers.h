// The "readers during a build" section of build/tools/bench (issue #21, item 4): a build of the
// whole corpus alone, then the same build while four reader processes (timeline, path, query,
// export) loop on its database, once with the readers at normal priority and once at `nice 19`.
// Prints the readers' latency p50/p99, the build's wall time and CPU time (user + sys of the
// build process) alone and with readers, and the slowdown ratios.
//
// Why both wall and CPU: on a machine with fewer free cores than the build's threads plus four
// readers, the readers take CPU from the build and its wall time grows whatever the product does.
// The CPU time of the build, and its wall time with the readers at the lowest priority, measure
// what the readers cost the writer beyond that share: lock and WAL waits, checkpoints, retries.
#pragma once
#include <string>

namespace newsgraph::bench {

struct ReadersBenchOptions {
  std::string cli;       // the newsgraph binary
  std::string corpus;    // the JSONL file to build
  std::string work_dir;  // scratch folder for the databases
  int rounds = 1;        // alone / with readers / with nice readers, this many times, interleaved
};

void bench_readers_during_build(const ReadersBenchOptions& options);

}  // namespace newsgraph::bench
