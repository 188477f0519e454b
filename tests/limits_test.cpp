// Limits below the input (issue #21, items 2 and 6): a real full disk (a size-limited tmpfs the
// test mounts, so it needs the right to mount; skipped with a message otherwise) and a memory
// bound (`ulimit -v` of 1 GiB) with a single 50 MB article. The whole Reuters build under the same
// bound runs in tools/test.sh.
#include <doctest/doctest.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>

#include "db_check.h"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {

// A tmpfs of `bytes` mounted at `dir` for the scope of this object.
class SmallDisk {
 public:
  SmallDisk(const std::filesystem::path& dir, long bytes) : dir_(dir) {
    std::filesystem::create_directories(dir);
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + std::to_string(bytes)).c_str()) == 0;
    if (!mounted_) error_ = std::strerror(errno);
  }
  ~SmallDisk() { unmount(); }
  void unmount() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
    mounted_ = false;
  }
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }
  // Frees space: the same filesystem, larger.
  bool grow(long bytes) {
    return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT, ("size=" + std::to_string(bytes)).c_str()) == 0;
  }

 private:
  std::filesystem::path dir_;
  bool mounted_ = false;
  std::string error_;
};

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#endif
#endif
  return false;
}

}  // namespace

TEST_CASE("a build into a filesystem that fills up: 'disk is full', an intact database, completed after space is freed") {
  auto dir = scratch_dir("fulldisk");
  const int n = 300, batch = 25;
  const std::string corpus = make_corpus(dir, n);
  const std::string opts = " --jobs 1 --batch " + std::to_string(batch) + " --quiet";
  const std::string reference = (dir / "reference.db").string();
  REQUIRE(run(cli() + " build " + corpus + " --db " + reference + opts + " >/dev/null 2>&1").status == 0);
  const std::string expected = export_json(reference);
  // Room for about half of the database and its write-ahead log.
  const long full_size = static_cast<long>(std::filesystem::file_size(reference));
  SmallDisk disk(dir / "disk", std::max<long>(256 * 1024, full_size / 2));
  if (!disk.mounted()) {
    MESSAGE("skipped: cannot mount a tmpfs to fill (" << disk.error() << "); needs root or CAP_SYS_ADMIN");
    std::filesystem::remove_all(dir);
    return;
  }
  const std::string db = (dir / "disk" / "g.db").string();
  auto r = run(cli() + " build " + corpus + " --db " + db + opts + " 2>&1 >/dev/null");
  INFO("first build: exit " << r.status << ": " << r.out);
  CHECK(r.status == 1);
  CHECK(r.out.find("disk is full") != std::string::npos);
  CHECK(r.out.find(db) != std::string::npos);
  const long articles = committed(db);
  CHECK(articles < n);
  if (articles >= 0) {
    CHECK(integrity(db) == "ok");
    CHECK(articles % batch == 0);
  }
  REQUIRE(disk.grow(64L << 20));
  REQUIRE(run(cli() + " build " + corpus + " --db " + db + opts + " >/dev/null 2>&1").status == 0);
  CHECK(integrity(db) == "ok");
  CHECK(count(db, "articles") == n);
  CHECK(export_json(db) == expected);
  disk.unmount();
  std::filesystem::remove_all(dir);
}

TEST_CASE("a 50 MB article under a 1 GiB address-space limit is refused with a diagnostic") {
  if (sanitized()) {
    MESSAGE("skipped: AddressSanitizer reserves more address space than ulimit -v allows");
    return;
  }
  auto dir = scratch_dir("memory");
  const auto big = dir / "big.jsonl";
  {
    std::ofstream out(big);
    out << R"({"id":"small","date":"2025-10-30","text":"Marina Alvarez met Grace Okafor in Brasilia."})" << "\n";
    out << R"({"id":"big","date":"2025-10-30","text":")";
    const std::string sentence = "The minister said the talks would resume next week in Geneva. ";
    for (size_t written = 0; written < (50u << 20); written += sentence.size()) out << sentence;
    out << "\"}\n";
  }
  const std::string db = (dir / "g.db").string();
  auto r = run("ulimit -v 1048576 && " + cli() + " build " + big.string() + " --db " + db + " --quiet 2>&1 >/dev/null");
  INFO("exit " << r.status << ": " << r.out);
  CHECK(r.status == 3);  // finished; an input was skipped
  CHECK(r.out.find("big.jsonl:2:") != std::string::npos);
  CHECK(r.out.find("skipped") != std::string::npos);
  CHECK(count(db, "articles") == 1);
  std::filesystem::remove_all(dir);
}
