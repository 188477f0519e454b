// Helpers shared by the tests: a scratch directory, file writing, running the CLI.
#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace newsgraph::test {

inline std::filesystem::path scratch_dir(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() / ("newsgraph-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p;
}

inline void write_file(const std::filesystem::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary);
  out << content;
}

struct RunResult {
  int status = -1;
  std::string out;
};

// Runs a shell command, capturing stdout (stderr goes to the file `err` when given).
inline RunResult run(const std::string& cmd) {
  RunResult r;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

inline std::string cli() { return NEWSGRAPH_BINARY; }
inline std::string samples() { return std::string(NEWSGRAPH_SOURCE_DIR) + "/data/samples"; }

}  // namespace newsgraph::test
