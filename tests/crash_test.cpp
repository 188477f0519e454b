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

namespace {

// The bundled samples under fresh ids, plus two articles whose people the resolution pass must
// join: "Okonkwo" first, alone, then "Chidi Okonkwo" (a bare surname before its full name is only
// merged by the pass that runs after the last batch).
std::string make_resolution_corpus(const std::filesystem::path& dir, int samples) {
  std::string path = make_corpus(dir, samples);
  std::ofstream out(path, std::ios::app);
  out << R"({"id":"m1","date":"2025-03-01","text":"Okonkwo said on Monday that the port would reopen. Okonkwo met dock workers in Lagos."})"
      << "\n"
      << R"({"id":"m2","date":"2025-03-02","text":"Finance Minister Chidi Okonkwo visited Abuja on Tuesday. Chidi Okonkwo said the budget was ready."})"
      << "\n";
  return path;
}

long foreign_key_violations(const std::string& db) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  SQLite::Statement q(d, "PRAGMA foreign_key_check");
  long n = 0;
  while (q.executeStep()) ++n;
  return n;
}

std::string meta(const std::string& db, const char* key) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  SQLite::Statement q(d, "SELECT value FROM meta WHERE key = ?");
  q.bind(1, key);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::string index_list(const std::string& db) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  SQLite::Statement q(d, "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name");
  std::string out;
  while (q.executeStep()) out += q.getColumn(0).getString() + "\n";
  return out;
}

// Exit status of a command the shell ran and SIGKILL ended.
constexpr int kKilledByShell = 128 + SIGKILL;

}  // namespace

TEST_CASE("a build killed after its last batch, during the index rebuild or the resolution pass, is finished by the next build or by repair") {
  auto dir = test::scratch_dir("resolution");
  const int n = 42;
  std::string corpus = make_resolution_corpus(dir, n - 2);
  std::string reference = (dir / "reference.db").string();
  REQUIRE(test::run(test::cli() + " build " + corpus + " --db " + reference + " --batch 20 --quiet >/dev/null 2>&1").status == 0);
  REQUIRE(count(reference, "merge_log") >= 1);  // the pass has work to do: a lost pass shows
  CHECK(meta(reference, "resolution_pending").empty());
  const std::string expected = export_json(reference);
  const std::string indexes = index_list(reference);
  // A fresh database gets a bulk load: its indexes are deferred until after the last batch.
  for (std::string at : {"before-index-rebuild", "index-rebuild", "before-resolution", "resolution"}) {
    for (std::string finish : {"build", "repair"}) {
      CAPTURE(at);
      CAPTURE(finish);
      std::string db = (dir / (at + "-" + finish + ".db")).string();
      auto r = test::run("NEWSGRAPH_KILL_AT=" + at + " " + test::cli() + " build " + corpus + " --db " + db +
                         " --batch 20 --quiet >/dev/null 2>&1");
      REQUIRE(r.status == kKilledByShell);
      CHECK(integrity(db) == "ok");
      CHECK(count(db, "articles") == n);  // every batch committed ...
      CHECK(count(db, "merge_log") == 0);  // ... the pass did not
      CHECK(meta(db, "resolution_pending") == "build");
      CHECK(meta(db, "deferred_indexes").empty() == (at == "before-resolution" || at == "resolution"));
      CHECK(export_json(db) != expected);
      std::string again = finish == "build" ? " build " + corpus + " --db " + db + " --batch 20 --quiet"
                                            : " repair --db " + db;
      r = test::run(test::cli() + again + " 2>&1");
      INFO(r.out);
      REQUIRE(r.status == 0);
      if (finish == "repair") CHECK(r.out.find("ran the pending resolution pass") != std::string::npos);
      CHECK(integrity(db) == "ok");
      CHECK(foreign_key_violations(db) == 0);
      CHECK(meta(db, "resolution_pending").empty());
      CHECK(meta(db, "deferred_indexes").empty());
      CHECK(index_list(db) == indexes);
      CHECK(export_json(db) == expected);
    }
  }
  // With nothing pending, repair changes nothing.
  auto r = test::run(test::cli() + " repair --db " + reference);
  CHECK(r.status == 0);
  CHECK(r.out.find("nothing pending") != std::string::npos);
  CHECK(export_json(reference) == expected);
  // Repair never creates a database.
  CHECK(test::run(test::cli() + " repair --db " + (dir / "none.db").string() + " 2>/dev/null").status == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "none.db"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("SIGKILL when the articles table reaches the input's count: the re-run still resolves") {
  // The defect of issue #21 item 5 as it was found: poll the article count from outside and kill
  // as soon as it equals the input's. Where the kill lands (before, during or after the pass)
  // depends on timing; the re-run must give the clean build's graph in every case.
  auto dir = test::scratch_dir("kill-at-count");
  const int n = 202;
  std::string corpus = make_resolution_corpus(dir, n - 2);
  std::string reference = (dir / "reference.db").string();
  REQUIRE(test::run(test::cli() + " build " + corpus + " --db " + reference + " --jobs 1 --batch 20 --quiet >/dev/null 2>&1").status == 0);
  const std::string expected = export_json(reference);
  int unresolved_at_kill = 0;
  for (int round = 0; round < 3; ++round) {
    std::string db = (dir / ("r" + std::to_string(round) + ".db")).string();
    pid_t pid = spawn({test::cli(), "build", corpus, "--db", db, "--jobs", "1", "--batch", "20", "--quiet"});
    REQUIRE(pid > 0);
    // Wait for the count as long as the build runs: a slow machine (a sanitizer build on a loaded
    // CI runner took more than 30 s) must not kill it early. The deadline only guards a hang.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(10);
    while (committed(db) < n && still_running(pid) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    kill(pid, SIGKILL);
    wait_for(pid);
    REQUIRE(committed(db) == n);
    CHECK(integrity(db) == "ok");
    if (count(db, "merge_log") == 0) ++unresolved_at_kill;
    REQUIRE(test::run(test::cli() + " build " + corpus + " --db " + db + " --jobs 1 --batch 20 --quiet >/dev/null 2>&1").status == 0);
    CHECK(foreign_key_violations(db) == 0);
    CHECK(export_json(db) == expected);
  }
  MESSAGE(unresolved_at_kill << " of 3 kills landed before the resolution pass committed");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a merge killed during its resolution pass is finished by repair") {
  auto dir = test::scratch_dir("merge-kill");
  std::string corpus = make_resolution_corpus(dir, 20);
  // Two shards: the samples and "Okonkwo" in one, "Chidi Okonkwo" in the other.
  std::string all;
  {
    std::ifstream in(corpus);
    all.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  size_t cut = all.find("{\"id\":\"m2\"");
  test::write_file(dir / "one.jsonl", all.substr(0, cut));
  test::write_file(dir / "two.jsonl", all.substr(cut));
  std::string one = (dir / "one.db").string(), two = (dir / "two.db").string();
  REQUIRE(test::run(test::cli() + " build " + (dir / "one.jsonl").string() + " --db " + one + " --quiet >/dev/null 2>&1").status == 0);
  REQUIRE(test::run(test::cli() + " build " + (dir / "two.jsonl").string() + " --db " + two + " --quiet >/dev/null 2>&1").status == 0);
  std::string clean = (dir / "clean.db").string(), killed = (dir / "killed.db").string();
  REQUIRE(test::run(test::cli() + " merge " + clean + " " + one + " " + two + " >/dev/null 2>&1").status == 0);
  REQUIRE(count(clean, "merge_log") >= 1);
  auto r = test::run("NEWSGRAPH_KILL_AT=resolution " + test::cli() + " merge " + killed + " " + one + " " + two + " >/dev/null 2>&1");
  REQUIRE(r.status == kKilledByShell);
  CHECK(integrity(killed) == "ok");
  CHECK(meta(killed, "resolution_pending") == "merge");
  CHECK(export_json(killed) != export_json(clean));
  REQUIRE(test::run(test::cli() + " repair --db " + killed + " >/dev/null 2>&1").status == 0);
  CHECK(foreign_key_violations(killed) == 0);
  CHECK(export_json(killed) == export_json(clean));
  std::filesystem::remove_all(dir);
}
