// newsgraph --version: the program's version, the database schema it writes, and the data it
// would use (the project's rule files by content hash, and the Debian data packages' versions),
// so that two outputs can be traced to what made them.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli.h"
#include "resources.h"
#include "schema.h"

namespace newsgraph::cli {
namespace {

namespace fs = std::filesystem;

// FNV-1a over the files' names and bytes, in name order: changes when any rule changes.
struct Fingerprint {
  uint64_t hash = 1469598103934665603ULL;
  size_t files = 0;
  void add(const std::string& bytes) {
    for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ULL;
  }
  void add_file(const fs::path& p, const std::string& name) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    add(name);
    add(buf.str());
    ++files;
  }
  std::string hex() const {
    char out[24];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
    return out;
  }
};

// The installed version of a Debian package, from dpkg's status file ("" when not installed).
std::string debian_version(const std::string& package) {
  std::ifstream status("/var/lib/dpkg/status");
  std::string line;
  bool in_package = false;
  while (std::getline(status, line)) {
    if (line.rfind("Package: ", 0) == 0) in_package = line.substr(9) == package;
    else if (in_package && line.rfind("Version: ", 0) == 0) return line.substr(9);
  }
  return "";
}

}  // namespace

int cmd_version(const Args&) {
  std::printf("newsgraph %s\n", NEWSGRAPH_VERSION);
  std::printf("database schema version %d; JSON export schema newsgraph/1\n", kSchemaVersion);
  const std::string data = Resources::default_data_dir();
  std::printf("data: %s%s\n", data.c_str(), fs::is_directory(data) ? "" : " (missing: set NEWSGRAPH_DATA)");
  if (fs::is_directory(data)) {
    Fingerprint events;
    events.add_file(fs::path(data) / "events.tsv", "events.tsv");
    std::printf("  %-26s %s\n", "events.tsv", events.hex().c_str());
    Fingerprint lexicon;
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(data) / "lexicon", ec))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) lexicon.add_file(f, f.filename().string());
    std::printf("  %-26s %s (%zu files)\n", "lexicon/", lexicon.hex().c_str(), lexicon.files);
  }
  for (const char* package : {"liblingua-en-tagger-perl", "wordnet-base", "iso-codes", "tzdata"}) {
    std::string v = debian_version(package);
    std::printf("  %-26s %s\n", package, v.empty() ? "not installed (or no dpkg status)" : v.c_str());
  }
  return kOk;
}

}  // namespace newsgraph::cli
