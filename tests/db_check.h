// Helpers for the crash and fault tests: a corpus made from the samples, spawning and waiting for
// the CLI, and reading a database with plain SQLite (never through newsgraph's own store).
#pragma once
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

extern char** environ;

namespace newsgraph::test {

// A JSON Lines corpus of `n` articles made from the bundled samples under fresh ids a0, a1, ...
// (from a`first`).
inline std::string make_corpus(const std::filesystem::path& dir, int n, const std::string& name = "corpus.jsonl",
                               int first = 0) {
  std::vector<std::string> bodies;
  for (const auto& e : std::filesystem::directory_iterator(samples())) {
    std::ifstream in(e.path());
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bodies.push_back(all.substr(all.find("\n\n") + 2));
  }
  std::sort(bodies.begin(), bodies.end());
  auto path = dir / name;
  std::ofstream out(path);
  for (int i = first; i < first + n; ++i) {
    std::string text = bodies[i % bodies.size()];
    std::string esc;
    for (char c : text) {
      if (c == '"' || c == '\\') esc += '\\';
      if (c == '\n') {
        esc += "\\n";
        continue;
      }
      esc += c;
    }
    out << "{\"id\":\"a" << i << "\",\"date\":\"2025-10-" << (10 + i % 18) << "\",\"text\":\"" << esc << "\"}\n";
  }
  return path.string();
}

// Starts `args` (argv[0] a path) with stdout and stderr to /dev/null; returns its pid.
inline pid_t spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

// Whether the process has not yet ended (it is not reaped: wait_for still gives its status).
inline bool still_running(pid_t pid) {
  siginfo_t info{};
  if (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) return false;
  return info.si_pid == 0;
}

// The exit status, or minus the signal that ended the process.
inline int wait_for(pid_t pid) {
  int st = 0;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
}

inline std::string integrity(const std::string& db) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  SQLite::Statement q(d, "PRAGMA integrity_check");
  q.executeStep();
  return q.getColumn(0).getString();
}

inline long count(const std::string& db, const char* table) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  SQLite::Statement q(d, std::string("SELECT count(*) FROM ") + table);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Articles committed so far, or -1 while the database is not readable yet.
inline long committed(const std::string& db) {
  try {
    if (!std::filesystem::exists(db)) return -1;
    return count(db, "articles");
  } catch (const std::exception&) {
    return -1;
  }
}

inline std::string export_json(const std::string& db) { return run(cli() + " export --format json --db " + db).out; }

inline std::string file_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace newsgraph::test
