// newsgraph build PATH...: extract and merge articles into the database.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <set>

#include "bench_switch.h"
#include "build_lock.h"
#include "cli.h"
#include "ingest.h"
#include "resources.h"
#include "verified_stamp.h"

namespace newsgraph::cli {

namespace {

// Notes (ambiguous surnames, type conflicts, ...) counted by kind on one line; every distinct
// note goes to `log_path`, named in that line, and with `verbose` to stdout as well. A large
// corpus has thousands: a wall of them would hide the summary.
void report_notes(const std::vector<ResolveNote>& notes, const std::string& log_path, bool verbose) {
  if (notes.empty()) return;
  std::map<std::string, std::set<std::string>> by_kind;  // the same note from many articles counts once
  for (const ResolveNote& n : notes) by_kind[n.kind].insert(n.message);
  std::string counts;
  for (const auto& [kind, messages] : by_kind)
    counts += (counts.empty() ? "" : ", ") + std::to_string(messages.size()) + " " + kind;
  std::ofstream log(log_path, std::ios::trunc);
  for (const auto& [kind, messages] : by_kind)
    for (const std::string& m : messages) {
      log << kind << ": " << m << "\n";
      if (verbose) std::printf("note: %s\n", m.c_str());
    }
  log.flush();
  if (log) std::printf("notes: %s (details in %s)\n", counts.c_str(), log_path.c_str());
  else std::printf("notes: %s (could not write %s; --verbose prints them)\n", counts.c_str(), log_path.c_str());
}

}  // namespace

int cmd_build(const Args& args) {
  args.allow({"db", "jobs", "date", "batch", "max-article-bytes", "max-sentence-tokens", "json", "quiet", "verbose", "fragments"});
  if (args.positional().empty()) throw UsageError("give at least one PATH (a directory, a .txt/.md/.jsonl file, or -)");
  BuildOptions options;
  options.jobs = static_cast<unsigned>(args.get_int("jobs", 0));
  options.batch_size = static_cast<size_t>(std::max(1, args.get_int("batch", static_cast<int>(BuildOptions{}.batch_size))));
  options.reader.default_date = date_option(args, "date");
  if (!options.reader.default_date.empty() && options.reader.default_date.size() != 10)
    throw UsageError("--date takes a full date YYYY-MM-DD");
  options.reader.max_article_bytes = static_cast<size_t>(args.get_int("max-article-bytes", 4 << 20));
  options.extract.max_sentence_tokens = static_cast<size_t>(std::max(10, args.get_int("max-sentence-tokens", 400)));
  options.progress = isatty(2) && !args.has("quiet");
  options.keep_fragments = args.has("fragments");
  // The lexicons and models (about 270 M instructions) load on their own threads while this one
  // waits for the build lock, opens and checks the database and reads which articles it holds;
  // build_graph takes them when its workers start. A failure to load is reported there.
  std::future<void> loading;
  if (!bench_without("resources-early")) loading = std::async(std::launch::async, [] { (void)Resources::get(); });
  BuildLock lock(db_path(args), [](const std::string& db) {
    std::fprintf(stderr, "another build is writing %s; waiting for it to finish\n", db.c_str());
  });
  auto store = open_store(args, GraphStore::Mode::kReadWrite);
  BuildSummary s = build_graph(*store, args.positional(), options, [](const Diagnostic& d) {
    std::fprintf(stderr, "%s%s\n", d.skipped ? "" : "warning: ", d.str().c_str());
  });
  StoreStats st = store->totals();
  if (args.has("json")) {
    std::printf("{\"articles_read\":%zu,\"ingested\":%zu,\"unchanged\":%zu,\"replaced\":%zu,\"skipped\":%zu,"
                "\"failed\":%zu,\"sentences\":%zu,\"relations_written\":%zu,\"claims_written\":%zu,\"merges\":%d,"
                "\"seconds\":%.3f,\"phases\":{\"read_cpu\":%.3f,\"extract_cpu\":%.3f,\"write\":%.3f,"
                "\"writer_wait\":%.3f,\"index_build\":%.3f,\"resolution\":%.3f,\"snapshot\":%.3f,"
                "\"checkpoint\":%.3f,\"busy_wait\":%.3f},\"database\":{\"articles\":%lld,\"entities\":%lld,\"relations\":%lld,\"claims\":%lld}}\n",
                s.articles_read, s.ingested, s.unchanged, s.replaced, s.skipped, s.failed, s.sentences, s.relations,
                s.claims, s.merges, s.seconds, s.phases.read_cpu, s.phases.extract_cpu, s.phases.write,
                s.phases.writer_wait, s.phases.index_build, s.phases.resolution, s.phases.snapshot,
                s.phases.checkpoint, s.phases.busy_wait, (long long)st.articles, (long long)st.entities,
                (long long)st.relations, (long long)st.claims);
  } else {
    std::printf("read %zu articles: %zu new or changed (%zu replaced), %zu unchanged, %zu skipped, %zu failed\n",
                s.articles_read, s.ingested, s.replaced, s.unchanged, s.skipped, s.failed);
    std::printf("extracted %zu sentences, %zu mentions, %zu relations, %zu claims in %.2f s\n", s.sentences,
                s.mentions, s.relations, s.claims, s.seconds);
    if (s.capped_sentences) std::printf("%zu articles had a sentence cut at the token cap\n", s.capped_sentences);
    if (s.merges) std::printf("resolution: %d surname merges (see the merge log: newsgraph stats)\n", s.merges);
    report_notes(s.notes, db_path(args) + ".notes.log", args.has("verbose"));
    std::printf("database %s: %lld articles, %lld entities, %lld relations, %lld claims, %.1f MB\n",
                store->path().c_str(), (long long)st.articles, (long long)st.entities, (long long)st.relations,
                (long long)st.claims, st.file_bytes / 1e6);
  }
  // The build ended normally on a checked database: stamp the files once closed (closing
  // checkpoints the log), so that the next build need not read every page again.
  const std::string written = store->path();
  store.reset();
  write_verified_stamp(written);
  return (s.skipped || s.failed) ? kSomeInputsSkipped : kOk;
}

}  // namespace newsgraph::cli
