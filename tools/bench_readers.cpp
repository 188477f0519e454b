#include "bench_readers.h"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "graph_store.h"

extern char** environ;

namespace newsgraph::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// posix_spawn rather than fork: the benchmark holds the corpus in memory, and copying its page
// tables for every reader query would be counted in the readers' latency.
pid_t spawn_shell(const std::string& cmd) {
  const std::string line = cmd + " >/dev/null 2>&1";
  char* argv[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), const_cast<char*>(line.c_str()), nullptr};
  pid_t pid = -1;
  return posix_spawn(&pid, "/bin/sh", nullptr, nullptr, argv, environ) == 0 ? pid : -1;
}

struct Finished {
  double wall = 0, cpu = 0;  // cpu: user + sys of the process and its children
  int status = -1;
};

double cpu_of(const struct rusage& ru) {
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Waits for `pid`, noting the largest size the database's write-ahead log reached meanwhile.
Finished wait_watching_wal(pid_t pid, Clock::time_point t0, const std::string& db, uintmax_t* wal_peak) {
  int st = 0;
  struct rusage ru {};
  for (;;) {
    pid_t r = wait4(pid, &st, WNOHANG, &ru);
    if (r == pid || r < 0) break;
    std::error_code ec;
    if (uintmax_t n = fs::file_size(db + "-wal", ec); !ec) *wal_peak = std::max(*wal_peak, n);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return {seconds_since(t0), cpu_of(ru), WIFEXITED(st) ? WEXITSTATUS(st) : -1};
}

Finished wait_child(pid_t pid, Clock::time_point t0) {
  int st = 0;
  struct rusage ru {};
  if (pid <= 0 || wait4(pid, &st, 0, &ru) != pid) return {seconds_since(t0), 0, -1};
  return {seconds_since(t0), cpu_of(ru), WIFEXITED(st) ? WEXITSTATUS(st) : -1};
}

long committed_articles(const std::string& db) {
  try {
    SQLite::Database d(db, SQLite::OPEN_READONLY);
    return d.execAndGet("SELECT count(*) FROM articles").getInt();
  } catch (const std::exception&) {
    return 0;  // not created yet, or no table yet
  }
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

// A number from the build's --json summary ("checkpoint", "busy_wait", ...), or -1.
double json_number(const std::string& json, const std::string& key) {
  size_t at = json.find("\"" + key + "\":");
  return at == std::string::npos ? -1 : std::atof(json.c_str() + at + key.size() + 3);
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The most mentioned entity of `type` in a finished database.
std::string top_entity(const std::string& db, const char* type) {
  GraphStore s(db, GraphStore::Mode::kReadOnly);
  std::string best;
  long most = -1;
  for (const EntityRow& e : s.all_entities())
    if (e.type == type && e.mentions > most) best = e.name, most = e.mentions;
  return best;
}

struct RunFigures {
  Finished build;
  double checkpoint = 0, busy_wait = 0;  // from the build's --json phases
  uintmax_t wal_peak = 0;
  std::vector<double> latency_ms;                    // every reader query
  std::vector<std::vector<double>> per_query_ms;     // by reader
  int failures = 0;
};

// One build into a new database; with `readers`, four processes loop on it (at `nice` when > 0)
// from its first committed batch until it exits.
RunFigures build_with_readers(const ReadersBenchOptions& o, const std::string& db, const std::vector<std::string>& readers,
                              int nice) {
  for (const char* suffix : {"", "-wal", "-shm", ".adj", ".lock", ".notes.log"}) fs::remove(db + suffix);
  RunFigures f;
  const std::string summary = db + ".build.json";
  const auto t0 = Clock::now();
  // Braces: spawn_shell sends the group's output to /dev/null, the summary goes to its file.
  const pid_t builder = spawn_shell("{ " + o.cli + " build " + quote(o.corpus) + " --db " + db + " --quiet --json >" + summary + "; }");
  std::atomic<bool> building{true};
  std::mutex mu;
  f.per_query_ms.resize(readers.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < readers.size(); ++i)
    threads.emplace_back([&, i] {
      while (building && committed_articles(db) == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      const std::string cmd = (nice > 0 ? "nice -n " + std::to_string(nice) + " " : std::string()) + o.cli + " " +
                              readers[i] + " --db " + db;
      while (building) {
        const auto q0 = Clock::now();
        Finished r = wait_child(spawn_shell(cmd), q0);
        std::lock_guard lock(mu);
        f.per_query_ms[i].push_back(r.wall * 1000);
        f.latency_ms.push_back(r.wall * 1000);
        if (r.status != 0 && r.status != 2) ++f.failures;  // 2: the entity is not in the database yet
      }
    });
  f.build = wait_watching_wal(builder, t0, db, &f.wal_peak);
  building = false;
  for (auto& t : threads) t.join();
  std::ifstream in(summary);
  std::stringstream json;
  json << in.rdbuf();
  f.checkpoint = json_number(json.str(), "checkpoint");
  f.busy_wait = json_number(json.str(), "busy_wait");
  return f;
}

void print_run(const char* label, const RunFigures& f, const RunFigures& alone) {
  std::printf("  %-26s wall %6.2f s (x%.2f)  cpu %6.2f s (x%.2f)  checkpoint %5.2f s  lock waits %5.2f s  WAL peak %6.1f MB  exit %d",
              label, f.build.wall, f.build.wall / alone.build.wall, f.build.cpu, f.build.cpu / alone.build.cpu,
              f.checkpoint, f.busy_wait, static_cast<double>(f.wal_peak) / 1e6, f.build.status);
  if (!f.latency_ms.empty())
    std::printf("\n  %-26s %zu reader queries, %d failed: p50 %.1f ms  p99 %.1f ms", "", f.latency_ms.size(), f.failures,
                percentile(f.latency_ms, 0.5), percentile(f.latency_ms, 0.99));
  std::printf("\n");
}

}  // namespace

void bench_readers_during_build(const ReadersBenchOptions& o) {
  std::printf("\nReaders during a build of %s (build --quiet, default --jobs; four reader processes in a loop)\n",
              fs::path(o.corpus).filename().c_str());
  const std::string db = (fs::path(o.work_dir) / "readers.db").string();
  RunFigures first = build_with_readers(o, db, {}, 0);
  const std::string person = top_entity(db, "PERSON"), place = top_entity(db, "COUNTRY");
  const std::vector<std::string> readers = {"timeline " + quote(place), "path " + quote(person) + " " + quote(place) + " --max-hops 6",
                                            "query 'PERSON -meet-> *'", "export --format json"};
  std::printf("  readers: timeline %s | path %s -> %s | query 'PERSON -meet-> *' | export --format json\n", place.c_str(),
              person.c_str(), place.c_str());
  std::vector<double> wall_ratio, cpu_ratio, nice_wall_ratio;
  for (int round = 0; round < std::max(1, o.rounds); ++round) {
    RunFigures alone = round == 0 ? first : build_with_readers(o, db, {}, 0);
    RunFigures with = build_with_readers(o, db, readers, 0);
    RunFigures niced = build_with_readers(o, db, readers, 19);
    std::printf(" round %d\n", round + 1);
    print_run("alone", alone, alone);
    print_run("with four readers", with, alone);
    print_run("with four readers, nice 19", niced, alone);
    for (size_t i = 0; i < readers.size(); ++i)
      std::printf("    %-40.40s p50 %7.1f ms  p99 %7.1f ms  (%zu runs)\n", readers[i].c_str(), percentile(with.per_query_ms[i], 0.5),
                  percentile(with.per_query_ms[i], 0.99), with.per_query_ms[i].size());
    wall_ratio.push_back(with.build.wall / alone.build.wall);
    cpu_ratio.push_back(with.build.cpu / alone.build.cpu);
    nice_wall_ratio.push_back(niced.build.wall / alone.build.wall);
  }
  std::printf("  slowdown of the build with four readers (median of %d): wall x%.2f, cpu x%.2f; readers at nice 19: wall x%.2f\n",
              std::max(1, o.rounds), percentile(wall_ratio, 0.5), percentile(cpu_ratio, 0.5), percentile(nice_wall_ratio, 0.5));
  for (const char* suffix : {"", "-wal", "-shm", ".adj", ".lock", ".notes.log", ".build.json"}) fs::remove(db + suffix);
}

}  // namespace newsgraph::bench
