// Performance benchmark: prints a table of extraction speed (one thread and all threads), full
// build time, database size and peak memory on Reuters-21578 (at 25%, 50% and 100% of it), and
// p50/p99 latencies of timeline, path, neighbors and a one-article incremental build, as whole CLI
// processes, on the Reuters database and on a synthetic database of --relations relations; on the
// Reuters database also pattern queries (one per form) and the conflicts report.
// Usage: bench [--corpus FILE.jsonl] [--relations N] [--runs N] [--skip-synthetic] [--skip-reuters]
//              [--synthetic-db PATH]   (reuse or keep the synthetic database there)
//              [--extraction-only]     (only the extraction figures; with --runs N, N one-thread runs)
//              [--reuters-db PATH]     (query figures on this whole-Reuters database, without
//                                       measuring extraction and builds again)
//              [--readers-only]        (only the "readers during a build" section, bench_readers.h;
//                                       with --runs N, N interleaved rounds)  [--skip-readers]
// Needs ../shared/corpus/reuters21578.jsonl (or --corpus); skips with a message when absent.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "adjacency_snapshot.h"
#include "bench_readers.h"
#include "article.h"
#include "graph_store.h"
#include "ids.h"
#include "pipeline.h"

using namespace newsgraph;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct ProcResult {
  double seconds = 0;
  long peak_kb = 0;
  int status = -1;
};

// Runs a command line through /bin/sh, measuring wall time and the child's peak RSS.
ProcResult run_here(const std::string& cmd) {
  ProcResult r;
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", (cmd + " >/dev/null 2>&1").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int st = 0;
  struct rusage ru {};
  wait4(pid, &st, 0, &ru);
  r.seconds = seconds_since(t0);
  r.peak_kb = ru.ru_maxrss;
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

// Commands run from a small launcher process forked before the benchmark loads anything: a
// child's peak RSS starts at its parent's size when forked, and this process later holds the
// whole corpus, which would otherwise be counted in every query's peak memory.
struct Launcher {
  int to = -1, from = -1;
  void start() {
    int down[2], up[2];
    if (pipe(down) != 0 || pipe(up) != 0) return;
    if (fork() == 0) {
      close(down[1]);
      close(up[0]);
      FILE* in = fdopen(down[0], "r");
      char* line = nullptr;
      size_t cap = 0;
      while (getline(&line, &cap, in) > 0) {
        std::string cmd(line);
        if (!cmd.empty() && cmd.back() == '\n') cmd.pop_back();
        ProcResult r = run_here(cmd);
        if (write(up[1], &r, sizeof r) != static_cast<ssize_t>(sizeof r)) break;
      }
      _exit(0);
    }
    close(down[0]);
    close(up[1]);
    to = down[1];
    from = up[0];
  }
  ProcResult run(const std::string& cmd) {
    if (to < 0) return run_here(cmd);
    std::string line = cmd + "\n";
    ProcResult r;
    if (write(to, line.data(), line.size()) != static_cast<ssize_t>(line.size()) ||
        read(from, &r, sizeof r) != static_cast<ssize_t>(sizeof r))
      return run_here(cmd);
    return r;
  }
};
Launcher launcher;

ProcResult run(const std::string& cmd) { return launcher.run(cmd); }

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5));
  return v[i];
}

std::string latency(const std::string& cmd, int runs) {
  std::vector<double> ms;
  long peak = 0;
  for (int i = 0; i < runs; ++i) {
    ProcResult r = run(cmd);
    ms.push_back(r.seconds * 1000);
    peak = std::max(peak, r.peak_kb);
  }
  char buf[128];
  std::snprintf(buf, sizeof buf, "p50 %7.1f ms  p99 %7.1f ms  peak %6.0f MB", percentile(ms, 0.5), percentile(ms, 0.99),
                peak / 1024.0);
  return buf;
}

std::string top_entity(GraphStore& s, const char* type, int rank) {
  auto all = s.all_entities();
  std::vector<EntityRow> v;
  for (auto& e : all)
    if (e.type == type) v.push_back(e);
  std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.mentions > b.mentions; });
  return v.size() > static_cast<size_t>(rank) ? v[rank].name : (all.empty() ? "" : all[0].name);
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A synthetic graph: `n_entities` entities, `n_relations` dated relations between them with a
// Zipf-like degree skew (a few hubs, a long tail), each with one piece of evidence.
void make_synthetic(const std::string& db, size_t n_entities, size_t n_relations) {
  GraphStore s(db, GraphStore::Mode::kReadWrite);
  std::mt19937_64 rng(42);
  std::vector<double> weights(n_entities);
  for (size_t i = 0; i < n_entities; ++i) weights[i] = 1.0 / static_cast<double>(i + 1);
  std::discrete_distribution<size_t> pick(weights.begin(), weights.end());
  static const char* const preds[] = {"meet", "sign", "impose", "buy", "criticize", "visit"};
  const size_t per_article = 50;
  s.begin();
  std::vector<std::string> ids(n_entities);
  for (size_t i = 0; i < n_entities; ++i) {
    std::string name = "Entity " + std::to_string(i);
    ids[i] = entity_id(name);
  }
  for (size_t r = 0; r < n_relations; ++r) {
    size_t art = r / per_article;
    std::string article = "syn-" + std::to_string(art);
    char date[16];
    std::snprintf(date, sizeof date, "20%02zu-%02zu-%02zu", 10 + (art / 336) % 15, 1 + (art / 28) % 12, 1 + art % 28);
    if (r % per_article == 0) {
      if (art % 2000 == 0 && art) {
        s.commit();
        s.begin();
      }
      s.insert_article({article, "synthetic", date, "bench", "bench"}, article, "Synthetic text.", {{0, 15}});
    }
    size_t a = pick(rng), b = pick(rng);
    if (a == b) b = (b + 1) % n_entities;
    for (size_t e : {a, b}) {
      s.upsert_entity(ids[e], "Entity " + std::to_string(e), "ORG", article);
      s.add_alias(ids[e], "Entity " + std::to_string(e));
    }
    RelationRecord rec;
    rec.subject_id = ids[a];
    rec.object_id = ids[b];
    rec.predicate = preds[r % 6];
    rec.text = rec.predicate;
    rec.time_value = date;
    EvidenceRow ev;
    ev.article_id = article;
    ev.sentence = 0;
    ev.start = 0;
    ev.end = 15;
    ev.confidence = 0.7;
    s.add_relation(rec, ev);
    s.insert_mention(article, static_cast<uint32_t>(r % per_article) * 2, static_cast<uint32_t>(r % per_article) * 2 + 1,
                     "x", "ORG", ids[a], 0, "name");
  }
  s.commit();
  s.checkpoint();
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/corpus/reuters21578.jsonl";
  size_t n_relations = 1000000;
  int runs = 20;
  bool runs_given = false;
  bool synthetic = true, reuters = true, extraction_only = false, readers = true, readers_only = false;
  std::string synthetic_db, given_reuters_db;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--relations" && i + 1 < argc) n_relations = std::stoul(argv[++i]);
    else if (a == "--runs" && i + 1 < argc) runs = std::stoi(argv[++i]), runs_given = true;
    else if (a == "--skip-synthetic") synthetic = false;
    else if (a == "--skip-reuters") reuters = false;
    else if (a == "--extraction-only") extraction_only = true;
    else if (a == "--readers-only") readers_only = true;
    else if (a == "--skip-readers") readers = false;
    else if (a == "--synthetic-db" && i + 1 < argc) synthetic_db = argv[++i];
    else if (a == "--reuters-db" && i + 1 < argc) given_reuters_db = argv[++i];
    else {
      std::fprintf(stderr, "bench: unknown argument %s\nusage: bench [--corpus FILE.jsonl] [--relations N] [--runs N] "
                   "[--skip-synthetic] [--skip-reuters] [--synthetic-db PATH] [--extraction-only] [--reuters-db PATH] "
                   "[--readers-only] [--skip-readers]\n", a.c_str());
      return 2;
    }
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
  launcher.start();
  if (reuters && !fs::exists(corpus)) {
    std::printf("bench: %s is absent; the Reuters figures are skipped\n", corpus.c_str());
    reuters = false;
  }
  const std::string cli = NEWSGRAPH_BINARY;
  fs::path dir = fs::temp_directory_path() / ("newsgraph-bench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::printf("newsgraph benchmark (%u cores)\n", std::thread::hardware_concurrency());
  const bench::ReadersBenchOptions readers_options{cli, corpus, dir.string(), readers_only && runs_given ? runs : 1};
  if (readers_only) {
    if (reuters) bench::bench_readers_during_build(readers_options);
    fs::remove_all(dir);
    return 0;
  }

  // Query latencies as whole processes, and a one-article incremental build into the database.
  auto queries = [&](const std::string& db, const std::string& label, bool analyst) {
    std::string hub, other, org;
    {
      GraphStore s(db, GraphStore::Mode::kReadOnly);
      hub = top_entity(s, "COUNTRY", 0), other = top_entity(s, "PERSON", 0), org = top_entity(s, "ORG", 3);
    }
    std::printf("\nQueries on %s (%d runs each, whole processes)\n", label.c_str(), runs);
    std::printf("  timeline %-24s %s\n", hub.substr(0, 24).c_str(), latency(cli + " timeline " + quote(hub) + " --db " + db, runs).c_str());
    // Path from the most mentioned person to the most mentioned country (the synthetic graph has
    // neither type: then from the first entity to a hub organisation).
    const std::string to = hub != other ? hub : org;
    std::printf("  path %s -> %s %s\n", other.substr(0, 14).c_str(), to.substr(0, 14).c_str(),
                latency(cli + " path " + quote(other) + " " + quote(to) + " --max-hops 6 --db " + db, runs).c_str());
    std::printf("  neighbors %-23s %s\n", org.substr(0, 23).c_str(), latency(cli + " neighbors " + quote(org) + " --db " + db, runs).c_str());
    if (analyst) {
      // One pattern of each form (types and an event type, a CAMEO prefix to an entity, a
      // speaker's claims, an entity and a lemma, a grouped count), then the conflicts report.
      const std::vector<std::string> patterns = {"'PERSON -meet-> *'", "'* -[cameo:1*]-> " + quote(hub).substr(1),
                                                 quote(other + " -[claim]-> *"), quote(hub + " -buy-> *"),
                                                 "'COUNTRY -*-> *' --group-by month"};
      for (const std::string& p : patterns)
        std::printf("  query %-27s %s\n", p.substr(0, 27).c_str(), latency(cli + " query " + p + " --db " + db, runs).c_str());
      std::printf("  conflicts %-23s %s\n", "", latency(cli + " conflicts --db " + db, std::max(1, runs / 4)).c_str());
    }
    std::vector<double> ms;
    long peak = 0;
    for (int i = 0; i < std::min(runs, 10); ++i) {
      fs::path one = dir / ("one" + std::to_string(i) + ".jsonl");
      std::ofstream(one) << "{\"id\":\"bench-new-" << getpid() << "-" << i << "\",\"date\":\"1987-10-20\",\"text\":\"Brazil said on Monday it "
                         << "would impose tariffs on Canadian steel, Trade Minister Paulo Ferreira told reporters.\"}\n";
      ProcResult r = run(cli + " build " + one.string() + " --db " + db + " --quiet");
      ms.push_back(r.seconds * 1000);
      peak = std::max(peak, r.peak_kb);
    }
    std::printf("  incremental build of one article: p50 %.1f ms  p99 %.1f ms  peak %.0f MB\n", percentile(ms, 0.5),
                percentile(ms, 0.99), peak / 1024.0);
  };

  if (!given_reuters_db.empty()) {  // its incremental-build figures add a few articles to it
    queries(given_reuters_db, "Reuters-21578 (" + given_reuters_db + ")", true);
    reuters = false;
  }
  if (reuters) {
    // 1. Extraction speed, in process.
    std::vector<Article> articles;
    ArticleReader reader({}, [&](Article&& a) { articles.push_back(std::move(a)); }, [](const Diagnostic&) {});
    reader.read_path(corpus);
    size_t bytes = 0;
    for (const Article& a : articles) bytes += a.text.size() - a.body_start;
    const Resources& res = Resources::get();
    auto extract_all = [&](unsigned threads) {
      std::atomic<size_t> next{0}, sentences{0};
      auto t0 = Clock::now();
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
          for (size_t i; (i = next++) < articles.size();) sentences += extract_article(articles[i], res).sentences.size();
        });
      for (auto& t : pool) t.join();
      double s = seconds_since(t0);
      std::printf("  extraction, %u thread%s: %6.2f MB/s, %8.0f sentences/s (%zu articles, %.1f MB, %.2f s)\n", threads,
                  threads == 1 ? " " : "s", bytes / 1e6 / s, sentences / s, articles.size(), bytes / 1e6, s);
    };
    std::printf("\nExtraction (all extractors on; text after bylines and datelines)\n");
    for (int r = 0; r < (extraction_only ? runs : 1); ++r) extract_all(1);
    extract_all(std::max(1u, std::thread::hardware_concurrency()));
    if (extraction_only) {
      fs::remove_all(dir);
      return 0;
    }

    // 2. Whole builds at 25%, 50% and 100% of the corpus.
    std::printf("\nBuild (whole CLI process, default --jobs)\n");
    std::vector<std::string> lines;
    {
      std::ifstream in(corpus);
      for (std::string l; std::getline(in, l);) lines.push_back(l);
    }
    std::string reuters_db;
    for (int pct : {25, 50, 100}) {
      fs::path part = dir / ("part" + std::to_string(pct) + ".jsonl");
      {
        std::ofstream out(part);
        for (size_t i = 0; i < lines.size() * pct / 100; ++i) out << lines[i] << "\n";
      }
      std::string db = (dir / ("reuters" + std::to_string(pct) + ".db")).string();
      ProcResult r = run(cli + " build " + part.string() + " --db " + db + " --quiet");
      std::printf("  %3d%% (%5zu articles): %6.2f s wall, peak %5.0f MB, database %6.1f MB, exit %d\n", pct,
                  lines.size() * pct / 100, r.seconds, r.peak_kb / 1024.0, fs::file_size(db) / 1e6, r.status);
      if (pct == 100) reuters_db = db;
    }

    queries(reuters_db, "Reuters-21578", true);
    if (readers) bench::bench_readers_during_build(readers_options);
  }

  // The synthetic database (kept and reused when --synthetic-db names it).
  if (synthetic) {
    std::string db = synthetic_db.empty() ? (dir / "synthetic.db").string() : synthetic_db;
    if (!fs::exists(db)) {
      auto t0 = Clock::now();
      make_synthetic(db, n_relations / 10, n_relations);
      std::printf("\nSynthetic: %zu relations among %zu entities written in %.1f s (%.0f MB)\n", n_relations,
                  n_relations / 10, seconds_since(t0), fs::file_size(db) / 1e6);
      // What `build` does at its end: the adjacency snapshot that paths and neighbourhoods read.
      t0 = Clock::now();
      GraphStore s(db, GraphStore::Mode::kReadWrite);
      std::string snapshot_error;
      if (!refresh_adjacency_snapshot(s, 0, &snapshot_error) && !snapshot_error.empty())
        std::printf("  %s\n", snapshot_error.c_str());
      std::printf("  adjacency snapshot written in %.2f s (%.1f MB)\n", seconds_since(t0),
                  fs::file_size(adjacency_snapshot_path(db)) / 1e6);
    } else {
      std::printf("\nSynthetic: reusing %s (%.0f MB)\n", db.c_str(), fs::file_size(db) / 1e6);
    }
    queries(db, "the synthetic database", false);
  }
  fs::remove_all(dir);
  return 0;
}
