// Crash safety and concurrency: a build killed with SIGKILL at several moments leaves a database
// that passes integrity_check and holds only whole batches; re-running the build gives the same
// graph as an uninterrupted one. Queries run while a build writes; two builds at once never
// corrupt the database.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "db_check.h"

using namespace newsgraph;
using namespace newsgraph::test;

TEST_CASE("SIGKILL during a build loses only the batch in flight; a re-run completes it identically") {
  auto dir = scratch_dir("crash");
  const int n = 1500;
  std::string corpus = make_corpus(dir, n);
  std::string reference = (dir / "reference.db").string();
  REQUIRE(run(cli() + " build " + corpus + " --db " + reference + " --jobs 1 --batch 20 --quiet >/dev/null 2>&1").status == 0);
  const std::string expected = export_json(reference);
  REQUIRE(expected.size() > 100);
  int killed_mid_build = 0;
  // Kill once the build has committed at least this many articles (and at once, for 0).
  for (long after : {0L, 40L, 400L, 1000L}) {
    std::string db = (dir / ("k" + std::to_string(after) + ".db")).string();
    pid_t pid = spawn({cli(), "build", corpus, "--db", db, "--jobs", "1", "--batch", "20", "--quiet"});
    REQUIRE(pid > 0);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (after > 0 && committed(db) < after && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    kill(pid, SIGKILL);
    int status = wait_for(pid);
    long articles = committed(db);
    if (articles >= 0) {
      CHECK(integrity(db) == "ok");
      if (status == -SIGKILL && articles < n) {
        ++killed_mid_build;
        CHECK(articles % 20 == 0);  // only whole batches were committed
      }
    }
    REQUIRE(run(cli() + " build " + corpus + " --db " + db + " --jobs 1 --batch 20 --quiet >/dev/null 2>&1").status == 0);
    CHECK(integrity(db) == "ok");
    CHECK(count(db, "articles") == n);
    CHECK(export_json(db) == expected);
  }
  CHECK(killed_mid_build >= 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("queries read a consistent snapshot while a build writes; a second build waits its turn") {
  auto dir = scratch_dir("concurrent");
  std::string corpus = make_corpus(dir, 400);
  std::string db = (dir / "g.db").string();
  REQUIRE(run(cli() + " build " + samples() + " --db " + db + " --quiet >/dev/null 2>&1").status == 0);
  pid_t first = spawn({cli(), "build", corpus, "--db", db, "--jobs", "1", "--batch", "20", "--quiet"});
  pid_t second = spawn({cli(), "build", corpus, "--db", db, "--jobs", "1", "--batch", "20", "--quiet"});
  int queries = 0, failures = 0;
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (std::chrono::steady_clock::now() < until) {
    auto r = run(cli() + " stats --json --db " + db + " 2>/dev/null");
    ++queries;
    if (r.status != 0 || r.out.find("\"articles\":") == std::string::npos) ++failures;
  }
  int s1 = wait_for(first), s2 = wait_for(second);
  CHECK(failures == 0);
  CHECK(queries > 0);
  INFO("exit statuses: first " << s1 << ", second " << s2);
  CHECK(s1 == 0);
  CHECK(s2 == 0);  // the second build waited for the first (build lock) and then found nothing new
  CHECK(integrity(db) == "ok");
  REQUIRE(run(cli() + " build " + corpus + " --db " + db + " --quiet >/dev/null 2>&1").status == 0);
  CHECK(count(db, "articles") == 412);  // 12 samples + 400
  std::filesystem::remove_all(dir);
}

TEST_CASE("a build that cannot get the write lock stops cleanly with a clear message") {
  auto dir = scratch_dir("locked");
  std::string db = (dir / "g.db").string();
  REQUIRE(run(cli() + " build " + samples() + " --db " + db + " --quiet >/dev/null 2>&1").status == 0);
  std::string corpus = make_corpus(dir, 50);
  SQLite::Database holder(db, SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");  // another writer holds the lock throughout
  auto r = run("NEWSGRAPH_BUSY_TIMEOUT_MS=300 " + cli() + " build " + corpus + " --db " + db + " 2>&1");
  holder.exec("ROLLBACK");
  CHECK(r.status == 1);  // an error, not a crash
  CHECK(r.out.find("locked") != std::string::npos);
  CHECK(integrity(db) == "ok");
  CHECK(count(db, "articles") == 12);
  std::filesystem::remove_all(dir);
}
