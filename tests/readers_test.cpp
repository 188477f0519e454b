// Many readers during a build (issue #21, item 4): four reader processes (timeline, path, stats,
// export) query the database in a loop while a build writes it. No reader may fail, and the
// counts a reader sees only grow, by whole batches. Prints the readers' latency (p50, p99) and the
// build's time with readers against its time alone.
//
// The ctest variant builds 1,500 articles made from the samples; tools/test.sh runs it on the
// whole Reuters file: NEWSGRAPH_READERS_CORPUS=FILE, NEWSGRAPH_READERS_ENTITIES="A B" (two names
// the corpus holds; default "Alvarez Okafor"), NEWSGRAPH_READERS_BATCH (default 100).
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <sstream>
#include <thread>

#include "db_check.h"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// The "articles" count in `stats --json` output, or -1.
long articles_in(const std::string& json) {
  size_t at = json.find("\"articles\":");
  return at == std::string::npos ? -1 : std::atol(json.c_str() + at + 11);
}

}  // namespace

TEST_CASE("four readers during a build: none fails, counts only grow by whole batches") {
  auto dir = scratch_dir("readers");
  const std::string long_corpus = env_or("NEWSGRAPH_READERS_CORPUS", "");
  if (!long_corpus.empty() && !std::filesystem::exists(long_corpus)) {
    MESSAGE("skipped: NEWSGRAPH_READERS_CORPUS=" << long_corpus << " does not exist (../shared absent?)");
    return;
  }
  const std::string corpus = long_corpus.empty() ? make_corpus(dir, 1500) : long_corpus;
  std::istringstream names(env_or("NEWSGRAPH_READERS_ENTITIES", "Alvarez Okafor"));
  std::string a, b;
  names >> a >> b;
  const long batch = std::atol(env_or("NEWSGRAPH_READERS_BATCH", "100").c_str());
  const std::string opts = " --batch " + std::to_string(batch) + " --quiet";

  const std::string alone = (dir / "alone.db").string();
  auto t0 = std::chrono::steady_clock::now();
  const int alone_status = run(cli() + " build " + corpus + " --db " + alone + opts + " >/dev/null 2>&1").status;
  const double alone_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE((alone_status == 0 || alone_status == 3));
  const long total = count(alone, "articles");

  const std::string db = (dir / "g.db").string();
  t0 = std::chrono::steady_clock::now();
  pid_t builder = spawn({cli(), "build", corpus, "--db", db, "--batch", std::to_string(batch), "--quiet"});
  REQUIRE(builder > 0);
  while (committed(db) <= 0 && std::chrono::steady_clock::now() - t0 < std::chrono::minutes(10))
    std::this_thread::sleep_for(std::chrono::milliseconds(5));

  std::atomic<bool> building{true};
  std::mutex mu;
  std::vector<double> latencies;
  std::vector<std::string> failures;
  std::vector<long> seen_counts;
  const std::string on = " --db " + db + " 2>&1";
  const std::vector<std::string> queries = {"timeline " + a + " --json" + on, "path " + a + " " + b + " --json" + on,
                                            "stats --json" + on, "export --format json" + on};
  std::vector<std::thread> readers;
  for (const std::string& q : queries)
    readers.emplace_back([&, q] {
      long last = 0;
      while (building) {
        auto s = std::chrono::steady_clock::now();
        auto r = run(cli() + " " + q);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count();
        std::lock_guard lock(mu);
        latencies.push_back(ms);
        // Exit 2: the entity is not in the database yet (the build has not reached it).
        bool ok = r.status == 0 || (r.status == 2 && q.rfind("stats", 0) != 0 && q.rfind("export", 0) != 0);
        if (!ok) failures.push_back(q + " -> " + std::to_string(r.status) + ": " + r.out.substr(0, 300));
        if (q.rfind("stats", 0) == 0 && r.status == 0) {
          long n = articles_in(r.out);
          seen_counts.push_back(n);
          if (n < last) failures.push_back("article count went down: " + std::to_string(last) + " -> " + std::to_string(n));
          if (n % batch != 0 && n != total) failures.push_back("a half-written batch is visible: " + std::to_string(n) + " articles");
          last = n;
        }
        if (q.rfind("export", 0) == 0 && r.status == 0 && (r.out.empty() || r.out.find_last_not_of(" \n") == std::string::npos ||
                                                           r.out[r.out.find_last_not_of(" \n")] != '}'))
          failures.push_back("export output is not a whole JSON document");
      }
    });
  const int status = wait_for(builder);
  const double with_readers_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  building = false;
  for (auto& t : readers) t.join();

  CHECK(status == alone_status);
  for (const std::string& f : failures) MESSAGE(f);
  CHECK(failures.empty());
  CHECK(latencies.size() >= 4);
  CHECK(count(db, "articles") == total);
  CHECK(export_json(db) == export_json(alone));
  MESSAGE("reader latency during the build over " << latencies.size() << " queries: p50 " << percentile(latencies, 0.5)
                                                  << " ms, p99 " << percentile(latencies, 0.99) << " ms; " << seen_counts.size()
                                                  << " stats reads");
  MESSAGE("build alone " << alone_s << " s, with four readers " << with_readers_s << " s (x"
                         << with_readers_s / alone_s << ")");
  // Four readers on a two-core machine take CPU from the build: a bound is checked only where
  // NEWSGRAPH_READERS_MAX_SLOWDOWN is set (tools/test.sh: 1.2 as the issue asks).
  if (const char* bound = std::getenv("NEWSGRAPH_READERS_MAX_SLOWDOWN"); bound && *bound)
    CHECK(with_readers_s / alone_s <= std::atof(bound));
  std::filesystem::remove_all(dir);
}
