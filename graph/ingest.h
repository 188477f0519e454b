// The build: streams articles from the readers through parallel extraction into the store, one
// transaction per batch, in input order (so the result is the same for any number of jobs).
// Unchanged articles are skipped; a changed article replaces its old facts.
#pragma once
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "article.h"
#include "extraction.h"
#include "graph_store.h"
#include "pipeline.h"
#include "resolver.h"
#include "write_plan.h"

namespace newsgraph {

struct BuildOptions {
  unsigned jobs = 0;          // 0: all cores
  // Articles per transaction. Each commit writes every page the batch dirtied, and articles
  // land on pages all over the database's indexes (IDs are hashes), so small batches write the
  // same pages again and again: on Reuters-21578, 500 took 12.8 s and grew by 2.4x per doubling
  // of the input, 5000 took 9.6 s and grew by 2.0-2.2x. Readers see each committed batch.
  size_t batch_size = 5000;
  // A database holding fewer articles than this gets a bulk load: secondary indexes dropped while
  // loading and built once before the resolution pass, foreign-key checks off while loading
  // (articles outnumber what is stored, so one index build costs less than row-by-row updates).
  size_t bulk_load_below = 1000;
  ReaderOptions reader;
  ExtractOptions extract;
  bool progress = false;      // a progress line on stderr
  bool keep_fragments = false;  // store fragments ("X had") as relations too (`build --fragments`)
};

// Where a build's time went, in seconds. Reading and extraction run on their own threads, so
// they are CPU time summed over those threads; the rest is the writer's wall time.
struct BuildPhases {
  double read_cpu = 0, extract_cpu = 0;  // reader thread; workers (and the writer when it helps)
  double write = 0;        // storing articles and committing batches
  double writer_wait = 0;  // the writer waiting for the next article's extraction
  double index_build = 0, resolution = 0, snapshot = 0, checkpoint = 0;
  double busy_wait = 0;  // slept waiting for a lock another process held (GraphStore::busy_wait_seconds)
};

struct BuildSummary {
  size_t articles_read = 0, ingested = 0, unchanged = 0, replaced = 0, skipped = 0, failed = 0;
  size_t sentences = 0, mentions = 0, relations = 0, claims = 0, capped_sentences = 0;
  int merges = 0;
  std::vector<ResolveNote> notes;
  double seconds = 0;
  BuildPhases phases;
  std::unordered_set<std::string> entities_written;  // IDs: what the merge pass needs to look at
};

// Content hash of an article (title, date, source and text).
std::string article_hash(const Article& a);

// Writes one article's extraction into the store (inside the caller's transaction): the article,
// its sentences, entities resolved across articles, mentions, roles, relations and claims with
// evidence. Counts what was written into `summary`. Fragments ("X had": no object or complement
// where the verb needs one) are written only with `keep_fragments`. `hash` is article_hash(x.article)
// (the build's reader has it already).
void write_extraction(GraphStore& store, const ArticleExtraction& x, const std::string& hash, BuildSummary& summary,
                      bool keep_fragments = false);
// The same with its plan_write(x, keep_fragments) made already (by the build's extraction workers).
void write_extraction(GraphStore& store, const ArticleExtraction& x, const WritePlan& plan, const std::string& hash,
                      BuildSummary& summary, bool keep_fragments);

// Runs a whole build over `paths`. Diagnostics for skipped records go to `on_diagnostic` as they
// happen. Throws StoreError when the database itself fails, and when the adjacency snapshot
// DB.adj cannot be written (after every batch and the resolution pass are committed).
BuildSummary build_graph(GraphStore& store, const std::vector<std::string>& paths, const BuildOptions& options,
                         const std::function<void(const Diagnostic&)>& on_diagnostic);

}  // namespace newsgraph
