#include "verified_stamp.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

namespace newsgraph {
namespace {

constexpr const char* kStampHeader = "newsgraph-verified-1";

long long nanoseconds(const timespec& t) { return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec; }

// One file's identity and state; "absent" for a file that does not exist (a log removed at close).
std::string file_state(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "absent";
  std::ostringstream out;
  out << st.st_dev << ' ' << st.st_ino << ' ' << st.st_size << ' ' << nanoseconds(st.st_mtim) << ' '
      << nanoseconds(st.st_ctim);
  return out.str();
}

std::string stamp_path(const std::string& db_path) { return db_path + ".verified"; }

// The kernel stamps files with its coarse clock (a tick of 1-10 ms): a write in the same tick as
// the build's last one would leave the times unchanged. Waiting until that tick is over makes
// every later write show (at most one tick, once per build).
void wait_for_next_clock_tick(const std::string& db_path) {
  long long latest = 0;
  for (const std::string& p : {db_path, db_path + "-wal"}) {
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0) latest = std::max({latest, nanoseconds(st.st_ctim), nanoseconds(st.st_mtim)});
  }
  for (int i = 0; i < 100; ++i) {
    timespec now {};
    ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
    if (nanoseconds(now) > latest) return;
    const timespec pause{0, 1000000};
    ::nanosleep(&pause, nullptr);
  }
}

std::string current_stamp(const std::string& db_path) {
  return std::string(kStampHeader) + "\n" + file_state(db_path) + "\n" + file_state(db_path + "-wal") + "\n";
}

}  // namespace

bool matches_verified_stamp(const std::string& db_path) {
  std::ifstream in(stamp_path(db_path), std::ios::binary);
  if (!in) return false;
  std::ostringstream recorded;
  recorded << in.rdbuf();
  // A database file that does not exist is never "verified", whatever the stamp says.
  if (file_state(db_path) == "absent") return false;
  return recorded.str() == current_stamp(db_path);
}

void write_verified_stamp(const std::string& db_path) {
  const std::string path = stamp_path(db_path), tmp = path + ".tmp";
  wait_for_next_clock_tick(db_path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << current_stamp(db_path);
    if (!out.flush()) return;
  }
  std::rename(tmp.c_str(), path.c_str());
}

}  // namespace newsgraph
