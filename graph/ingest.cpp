#include "ingest.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <set>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "adjacency_snapshot.h"
#include "bench_switch.h"
#include "progress.h"
#include "ids.h"
#include "kill_point.h"
#include "page_furniture.h"
#include "pending_work.h"
#include "text_subjects.h"
#include "text_util.h"

namespace newsgraph {

std::string article_hash(const Article& a) {
  static const bool joined = bench_without("article-hash");
  if (joined) return stable_id('h', a.title + "\x1f" + a.date + "\x1f" + a.source + "\x1f" + a.text).substr(1);
  // The same value (it is stored, and decides "unchanged"): FNV-1a taken over the parts in turn
  // equals it over their join, which copied the whole text once more per article.
  uint64_t h = stable_hash(a.title);
  for (const std::string* part : {&a.date, &a.source, &a.text}) h = stable_hash_more(stable_hash_more(h, "\x1f"), *part);
  std::string hash = stable_id_of_hash('h', h);
  hash.erase(0, 1);
  return hash;
}

void write_extraction(GraphStore& store, const ArticleExtraction& x, const std::string& hash, BuildSummary& summary,
                      bool keep_fragments) {
  write_extraction(store, x, plan_write(x, keep_fragments), hash, summary, keep_fragments);
}

void write_extraction(GraphStore& store, const ArticleExtraction& x, const WritePlan& plan, const std::string& hash,
                      BuildSummary& summary, bool keep_fragments) {
  const Article& a = x.article;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  for (const SentenceSpan& s : x.sentences) sentences.emplace_back(s.start, s.end);
  store.insert_article({a.id, a.title, a.date, a.source, a.origin}, hash, a.text, sentences);
  summary.sentences += sentences.size();

  std::map<std::string, std::string> ids;  // canonical name -> entity id
  for (const WritePlan::Entity& p : plan.entities) {  // agent-in-a-fact and image-credit applied
    const ExtractedEntity& e = x.entities[p.index];
    std::string id = resolve_entity(store, e.name, p.key, p.own_id, p.type, &summary.notes);
    std::string name = store.entity_name(id).value_or(e.name);
    auto conflicts = store.upsert_entity(id, name, p.type, a.id);
    for (const std::string& c : conflicts)
      summary.notes.push_back({"type conflict for '" + name + "': " + p.type + " in " + a.id + ", " + c +
                               " elsewhere (the most frequent type is kept)", "type conflict"});
    store.add_alias(id, e.name, p.key);
    for (size_t i = 0; i < e.aliases.size(); ++i) store.add_alias(id, e.aliases[i], p.alias_keys[i]);
    ids[e.name] = id;
    summary.entities_written.insert(id);
  }
  auto id_of = [&](const std::string& name) -> std::string {
    auto it = ids.find(name);
    return it == ids.end() ? std::string() : it->second;
  };
  for (const ExtractedAgent& g : x.agents)
    if (std::string id = id_of(g.entity); !id.empty()) store.set_agent_fields(id, g.sector, g.country);
  // A span stored twice keeps its last mention (what INSERT OR REPLACE did; the store now takes
  // plain INSERTs, which cost less than a replace's extra seek): the plan says which.
  std::vector<GraphStore::MentionRow> mentions;
  mentions.reserve(x.mentions.size());
  for (size_t i = 0; i < x.mentions.size(); ++i) {
    if (plan.mentions[i] == WritePlan::Mention::kSkip) continue;
    ++summary.mentions;  // a replaced row counts as a written mention too, as before
    if (plan.mentions[i] == WritePlan::Mention::kCountOnly) continue;
    const ExtractedMention& m = x.mentions[i];
    GraphStore::MentionRow row;
    row.start = m.start;
    row.end = m.end;
    row.text = &m.text;
    row.type = entity_type_name(m.type);
    row.entity_id = &ids.find(m.entity)->second;
    row.sentence = static_cast<int>(m.sentence);
    row.kind = &m.kind;
    row.rule = m.rule;
    mentions.push_back(row);
  }
  store.insert_mentions(a.id, mentions);
  for (size_t ri = 0; ri < x.roles.size(); ++ri) {
    const ExtractedRole& r = x.roles[ri];
    std::string pid = id_of(r.person);
    if (pid.empty()) continue;
    // Titled forms are aliases too: "President Alvarez", "President Marina Alvarez".
    const WritePlan::RoleAliases& titled = plan.roles[ri];
    store.add_alias(pid, titled.full, titled.full_key);
    store.add_alias(pid, titled.surname, titled.surname_key);
    store.insert_role(pid, r.role, id_of(r.organization), a.id, static_cast<int>(r.sentence), std::string(r.rule));
  }
  auto evidence = [&](size_t sentence, double confidence) {
    EvidenceRow ev;
    ev.article_id = a.id;
    ev.sentence = static_cast<int>(sentence);
    ev.start = x.sentences[sentence].start;
    ev.end = x.sentences[sentence].end;
    ev.confidence = confidence;
    return ev;
  };
  // Claims, then relations (whose evidence may name a claim), each a chunk of rows a statement.
  std::vector<ClaimRecord> claims(x.claims.size());
  std::vector<EvidenceRow> claim_evidence;
  claim_evidence.reserve(x.claims.size());
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    const ExtractedClaim& c = x.claims[ci];
    ClaimRecord& rec = claims[ci];
    rec.speaker_id = id_of(c.speaker);
    rec.speaker_text = c.speaker_text;
    rec.cue = c.cue;
    rec.content = c.content;
    rec.modality = c.modality;
    rec.speaker_text_key = plan.claim_speaker_keys[ci];
    rec.content_key = plan.claim_content_keys[ci];
    if (c.has_time) {
      rec.time_text = c.time.text;
      rec.time_value = c.time.value;
      rec.time_from_article = c.time.from_article;
    }
    EvidenceRow& ev = claim_evidence.emplace_back(evidence(c.sentence, 0.5));
    ev.rule = c.rule;
  }
  store.add_claims(claims, claim_evidence);
  summary.claims += claims.size();
  std::vector<RelationRecord> relations;
  std::vector<EvidenceRow> relation_evidence;
  relations.reserve(x.relations.size());
  relation_evidence.reserve(x.relations.size());
  for (size_t ri = 0; ri < x.relations.size(); ++ri) {
    const ExtractedRelation& r = x.relations[ri];
    const bool text_subject = r.subject.empty() && !r.subject_words.empty();  // "road bridge": schema 6
    if (!kept_reading(r, keep_fragments) || (r.subject.empty() && !text_subject)) continue;
    std::string subject_id = id_of(r.subject);
    if (subject_id.empty() && !text_subject) continue;
    RelationRecord& rec = relations.emplace_back();
    rec.subject_id = std::move(subject_id);
    if (rec.subject_id.empty()) rec.subject_text = r.subject_words;
    rec.predicate = r.predicate;
    rec.text = r.text;
    rec.object_id = id_of(r.object);
    rec.object_text = r.object_text;
    rec.target_id = id_of(r.target);  // prepositional-target: the event's target when it is not the object
    rec.target_text = r.target_text;
    rec.subject_text_key = plan.relation_subject_keys[ri];
    rec.object_text_key = plan.relation_object_keys[ri];
    rec.event_type = r.event_type;
    rec.cameo = r.cameo;
    rec.symmetric = r.symmetric;
    if (r.has_time) {
      rec.time_text = r.time.text;
      rec.time_value = r.time.value;
      rec.time_type = r.time.type;
      rec.time_from_article = r.time.from_article;
    }
    rec.location = r.location;
    rec.modality = r.modality;
    rec.polarity = r.polarity;
    EvidenceRow& ev = relation_evidence.emplace_back(evidence(r.sentence, r.confidence));
    if (r.claim >= 0) ev.claim_id = claims[r.claim].id;
    // A text subject's fact is in the graph by the construction that kept it (the clause's reading is in `extract`).
    ev.rule = rec.subject_id.empty() ? r.text_rule : r.rule;
  }
  store.add_relations(relations, relation_evidence);
  summary.relations += relations.size();
}

namespace {

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

struct Job {
  size_t seq = 0;
  Article article;
  std::string hash;  // article_hash(article), computed once by the reader
  bool unchanged = false;
  bool replace = false;  // an article with this id is stored already (changed or repeated)
  std::optional<ArticleExtraction> result;
  std::optional<WritePlan> plan;  // plan_write(*result), made by the worker that extracted it
  std::string error;
};

// Adds what one batch wrote to the build's summary (at its commit, so that an undone batch counts nothing).
void add_batch(BuildSummary& summary, BuildSummary&& batch) {
  summary.unchanged += batch.unchanged;
  summary.replaced += batch.replaced;
  summary.ingested += batch.ingested;
  summary.failed += batch.failed;
  summary.sentences += batch.sentences;
  summary.mentions += batch.mentions;
  summary.relations += batch.relations;
  summary.claims += batch.claims;
  summary.capped_sentences += batch.capped_sentences;
  for (ResolveNote& n : batch.notes) summary.notes.push_back(std::move(n));
  summary.entities_written.merge(batch.entities_written);
}

// A bulk load's last two steps at once, on the two cores that extraction has left idle: the
// adjacency snapshot is read on a read-only connection of its own, on a second thread, while this
// connection copies the log into the database. The reader sees the last commit; the copy moves
// every frame (the reader's mark is the log's end) but cannot empty the log while it is read, so a
// second checkpoint after the snapshot truncates it without copying again. Phases: `snapshot` is
// the two together, `checkpoint` the truncation. Crash safety is as before: nothing is committed
// here, and the snapshot file is written beside and renamed (refresh_adjacency_snapshot).
// NEWSGRAPH_BENCH_WITHOUT=snapshot-beside-checkpoint runs the two one after the other.
void snapshot_beside_checkpoint(GraphStore& store, int64_t max_newer, std::string* snapshot_error, BuildPhases& phases) {
  const auto t0 = std::chrono::steady_clock::now();
  bool opened = false;
  std::exception_ptr failed;
  std::thread snapshot([&] {
    try {
      GraphStore reader(store.path(), GraphStore::Mode::kReadOnly);
      opened = true;
      refresh_adjacency_snapshot(reader, max_newer, snapshot_error);
    } catch (...) {
      failed = std::current_exception();
    }
  });
  store.checkpoint();
  snapshot.join();
  // A second connection that could not be opened (a limit on open files, say) leaves the snapshot
  // to this one, as before; a failure while reading is the build's failure, as before.
  if (!opened) refresh_adjacency_snapshot(store, max_newer, snapshot_error);
  else if (failed) std::rethrow_exception(failed);
  phases.snapshot = seconds_since(t0);
  const auto t1 = std::chrono::steady_clock::now();
  store.checkpoint();
  phases.checkpoint = seconds_since(t1);
}

}  // namespace

BuildSummary build_graph(GraphStore& store, const std::vector<std::string>& paths, const BuildOptions& options,
                         const std::function<void(const Diagnostic&)>& on_diagnostic) {
  BuildSummary summary;
  std::mutex diag_mu;  // diagnostics come from the reader and the writer threads
  auto diagnose = [&](const Diagnostic& d) {
    std::lock_guard lock(diag_mu);
    if (d.skipped) ++summary.skipped;
    on_diagnostic(d);
  };
  auto t0 = std::chrono::steady_clock::now();
  const Resources& res = Resources::get();
  // The writer runs on this thread and is the slower side: by default it keeps a core to itself.
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, cores - 1);
  const size_t max_in_flight = std::max<size_t>(16, jobs * 8);

  // Indexes a killed bulk load deferred come back first: every decision below reads them.
  store.rebuild_deferred_indexes();
  // The reader decides "unchanged" against the database as it was at the start (read by both
  // threads, never written; the writer decides again inside its transaction).
  const std::unordered_map<std::string, std::string> stored_at_start = store.article_hashes();
  // Ids this build's committed batches wrote (no copy of the start's map: only membership counts).
  std::unordered_set<std::string> written;
  // A resolution pass left due by an earlier build or merge that was killed: this build runs it
  // (over the whole graph, since whose entities it concerns is unknown), even with nothing new.
  const GraphStore::PendingResolution owed = store.resolution_pending();
  const bool bulk_load = stored_at_start.size() < options.bulk_load_below && !bench_without("bulk-load");
  if (bulk_load) {
    store.defer_indexes();
    store.set_foreign_keys(false);
  }
  std::mutex mu;
  std::condition_variable cv_work, cv_done, cv_space;
  std::deque<Job*> work;
  std::map<size_t, Job*> done;
  size_t in_flight = 0;
  bool reading_done = false;
  bool stopping = false;  // the writer failed: the reader and workers wind down
  struct StopReading {};
  size_t total_read = 0;

  std::thread reader([&] {
    std::unordered_set<std::string> seen;
    size_t seq = 0;
    ReaderOptions reader_options = options.reader;
    if (bench_without("reader-insitu")) reader_options.parse_in_place = false;
    if (bench_without("reader-checks")) reader_options.quick_checks = false;
    ArticleReader r(
        reader_options,
        [&](Article&& a) {
          auto job = new Job;
          job->seq = seq++;
          std::string hash = article_hash(a);
          auto it = stored_at_start.find(a.id);
          bool repeated = !seen.insert(a.id).second;
          if (repeated)
            diagnose({a.origin, 0, "duplicate id '" + a.id + "' in this input: the last one wins", false});
          if (it != stored_at_start.end() && it->second == hash && !repeated) job->unchanged = true;
          job->replace = it != stored_at_start.end() || repeated;
          job->article = std::move(a);
          job->hash = std::move(hash);
          std::unique_lock lock(mu);
          cv_space.wait(lock, [&] { return in_flight < max_in_flight || stopping; });
          if (stopping) {
            delete job;
            throw StopReading{};
          }
          ++in_flight;
          ++total_read;
          work.push_back(job);
          cv_work.notify_one();
        },
        diagnose);
    double c0 = thread_cpu_seconds();
    try {
      for (const std::string& p : paths) r.read_path(p);
    } catch (const StopReading&) {
    }
    std::lock_guard lock(mu);
    summary.phases.read_cpu = thread_cpu_seconds() - c0;
    reading_done = true;
    cv_work.notify_all();
    cv_done.notify_all();
  });

  std::mutex cpu_mu;
  auto extract_job = [&](Job* job) {
    if (job->unchanged) return;
    double c0 = thread_cpu_seconds();
    try {
      job->result = extract_article(job->article, res, options.extract);
      job->plan = plan_write(*job->result, options.keep_fragments);
    } catch (const std::exception& e) {
      job->error = e.what();
    }
    double used = thread_cpu_seconds() - c0;
    std::lock_guard lock(cpu_mu);
    summary.phases.extract_cpu += used;
  };
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      for (;;) {
        Job* job;
        {
          std::unique_lock lock(mu);
          cv_work.wait(lock, [&] { return !work.empty() || reading_done || stopping; });
          if (work.empty() || stopping) return;
          job = work.front();
          work.pop_front();
        }
        extract_job(job);
        std::lock_guard lock(mu);
        done[job->seq] = job;
        cv_done.notify_all();
      }
    });
  }

  // The writer: this thread, in input order, one transaction per batch. If it fails (the
  // database is locked past the busy timeout, the disk is full), the reader and workers are
  // stopped and joined before the error goes up, and the open batch is rolled back.
  auto wind_down = [&] {
    {
      std::lock_guard lock(mu);
      stopping = true;
    }
    cv_space.notify_all();
    cv_work.notify_all();
    if (reader.joinable()) reader.join();
    for (auto& w : workers)
      if (w.joinable()) w.join();
    for (Job* j : work) delete j;
    for (auto& [k, j] : done) delete j;
    work.clear();
    done.clear();
  };

  // The batch is the unit of failure: articles are written without a savepoint each (a savepoint
  // journals every page it touches). When an article fails, the batch is rolled back and written
  // again from its articles, kept until the commit, each inside its own savepoint, so one bad
  // article still costs only itself.
  struct Pending {
    Article article;
    std::string hash;
    bool replace = false;
  };
  std::vector<Pending> batch;                                   // the open batch's articles
  BuildSummary batch_summary;                                   // what the open batch wrote
  std::unordered_set<std::string> batch_stored;                 // ids written in the open batch
  bool tx = false;
  const bool savepoint_each = bench_without("batch-unit");
  bool one_by_one = savepoint_each;  // an article of the open batch failed: the rest go in savepoints too
  // Writes one extracted article inside the open transaction. `alone`: inside its own savepoint,
  // a failure is reported and skipped; otherwise it propagates (and the batch is replayed).
  auto store_article = [&](const Article& article, const std::string& hash, bool replace, const ArticleExtraction& result,
                           const WritePlan& plan, bool alone) {
    if (alone) store.savepoint();
    try {
      // Decided again inside the write transaction: another build may have stored this
      // article since our reader looked.
      std::optional<std::string> now = store.article_hash(article.id);
      if (now && *now == hash && !replace) {
        if (alone) store.release();
        ++batch_summary.unchanged;
        return;
      }
      if (now) {
        store.delete_article(article.id);
        if (stored_at_start.count(article.id) || written.count(article.id) || batch_stored.count(article.id))
          ++batch_summary.replaced;
      }
      write_extraction(store, result, plan, hash, batch_summary, options.keep_fragments);
      if (result.sentence_capped) ++batch_summary.capped_sentences;
      if (alone) store.release();
      ++batch_summary.ingested;
      batch_stored.insert(article.id);
    } catch (const std::exception& e) {
      // A full disk or an I/O error is not this article's fault: it ends the build (the open
      // batch is rolled back by the caller), where skipping would go on writing to a failing disk.
      if (!alone || is_database_failure(e)) throw;
      store.rollback_to_savepoint();
      ++batch_summary.failed;
      diagnose({article.origin, 0, std::string("could not store the article: ") + e.what() + "; skipped", false});
    }
  };
  // Rolls the open batch back and writes its articles again one by one (extracting them again:
  // extraction is deterministic, and articles take far less memory than their extractions).
  auto replay_batch = [&] {
    store.rollback();
    batch_summary = BuildSummary{};
    batch_stored.clear();
    store.begin();
    one_by_one = true;
    for (const Pending& p : batch) {
      std::optional<ArticleExtraction> again;
      std::optional<WritePlan> plan;
      try {
        again = extract_article(p.article, res, options.extract);
        plan = plan_write(*again, options.keep_fragments);
      } catch (const std::exception& e) {
        ++batch_summary.failed;
        diagnose({p.article.origin, 0, "extraction failed: " + std::string(e.what()) + "; skipped", false});
        continue;
      }
      store_article(p.article, p.hash, p.replace, *again, *plan, true);
    }
  };
  // Commits the open batch, marking the resolution pass due in the same transaction.
  auto commit_batch = [&] {
    if (batch_summary.ingested > 0) store.mark_resolution_pending(false);
    store.commit();
    tx = false;
    one_by_one = savepoint_each;
    add_batch(summary, std::move(batch_summary));
    batch_summary = BuildSummary{};
    written.merge(batch_stored);
    batch_stored.clear();
    batch.clear();
  };
  size_t next = 0;
  const bool writer_extracts = !bench_without("writer-extracts");
  std::optional<ProgressLine> progress;
  if (options.progress) progress.emplace(input_bytes(paths), stderr);
  uint64_t bytes_done = 0;
  try {
    for (;;) {
      Job* job = nullptr;
      std::unique_ptr<Job> holder;
      {
        std::unique_lock lock(mu);
        while (!done.count(next) && !(reading_done && next >= total_read)) {
          // Rather than wait for the workers (it keeps a core of its own), the writer extracts
          // the oldest queued article itself.
          if (writer_extracts && !work.empty()) {
            Job* queued = work.front();
            work.pop_front();
            lock.unlock();
            extract_job(queued);
            lock.lock();
            done[queued->seq] = queued;
            continue;
          }
          auto w0 = std::chrono::steady_clock::now();
          cv_done.wait(lock);
          summary.phases.writer_wait += seconds_since(w0);
        }
        if (!done.count(next)) break;
        job = done[next];
        done.erase(next);
        holder.reset(job);  // owned here from now on, also when a write throws
        --in_flight;
        cv_space.notify_one();
      }
      ++next;
      ++summary.articles_read;
      if (job->unchanged) {
        ++summary.unchanged;
      } else if (!job->error.empty() || !job->result || !job->plan) {
        ++summary.failed;
        diagnose({job->article.origin, 0, "extraction failed: " + job->error + "; skipped", false});
      } else {
        auto w0 = std::chrono::steady_clock::now();
        if (!tx) {
          store.begin();
          tx = true;
        }
        bytes_done += job->article.text.size();
        batch.push_back({std::move(job->article), std::move(job->hash), job->replace});
        const Article& article = batch.back().article;
        const std::string& hash = batch.back().hash;
        if (one_by_one) {
          store_article(article, hash, job->replace, *job->result, *job->plan, true);
        } else {
          try {
            store_article(article, hash, job->replace, *job->result, *job->plan, false);
          } catch (const std::exception& e) {
            if (is_database_failure(e)) throw;
            replay_batch();  // this article included: it fails again, alone
          }
        }
        if (batch.size() >= options.batch_size) commit_batch();
        summary.phases.write += seconds_since(w0);
      }
      if (progress) {
        std::lock_guard lock(diag_mu);
        progress->update(summary.articles_read, summary.ingested + batch_summary.ingested, bytes_done);
      }
    }
    if (tx) {
      auto w0 = std::chrono::steady_clock::now();
      commit_batch();
      summary.phases.write += seconds_since(w0);
    }
  } catch (...) {
    if (tx) {
      try {
        store.rollback();
      } catch (...) {
      }
    }
    wind_down();
    throw;
  }
  reader.join();
  for (auto& w : workers) w.join();
  if (progress) progress->finish();
  auto p0 = std::chrono::steady_clock::now();
  // A bulk load's tail copies the log into the database once, at its checkpoint below, not also
  // at the commit of the index rebuild (whose pages the resolution pass rewrites in part).
  std::optional<GraphStore::CheckpointsHeld> checkpoints_held;
  if (bulk_load) checkpoints_held.emplace(store);
  if (bulk_load) {
    store.set_foreign_keys(true);
    kill_point("before-index-rebuild");  // crash tests: loaded, the indexes still deferred
    store.rebuild_deferred_indexes();    // the resolution pass and queries need them
  }
  summary.phases.index_build = seconds_since(p0);
  p0 = std::chrono::steady_clock::now();
  // Cross-article resolution pass, re-runnable and logged; due after any stored article, and
  // when an earlier build or merge was killed before its pass committed.
  if (summary.ingested > 0 || owed.due) {
    kill_point("before-resolution");  // crash tests: every batch committed, the pass not begun
    // A small build looks only around what it wrote; a large one reads every entity once,
    // which is cheaper than a lookup per written entity.
    constexpr size_t kScopedMergeLimit = 2000;
    bool scoped = !owed.due && summary.entities_written.size() <= kScopedMergeLimit;
    summary.merges = run_resolution(store, scoped ? &summary.entities_written : nullptr, owed.collect_orphans,
                                    &summary.notes);
  }
  summary.phases.resolution = seconds_since(p0);
  p0 = std::chrono::steady_clock::now();
  // Paths and neighbourhoods read the links from a snapshot beside the database; a few newer
  // articles are cheap to add at query time, so small incremental builds leave it as it is.
  std::string snapshot_error;
  const int64_t max_newer = std::max<int64_t>(1000, store.max_article_rowid() / 20);
  if (bulk_load && !bench_without("snapshot-beside-checkpoint")) {
    snapshot_beside_checkpoint(store, max_newer, &snapshot_error, summary.phases);
  } else {
    refresh_adjacency_snapshot(store, max_newer, &snapshot_error);
    summary.phases.snapshot = seconds_since(p0);
    p0 = std::chrono::steady_clock::now();
    store.checkpoint();
    summary.phases.checkpoint = seconds_since(p0);
  }
  checkpoints_held.reset();
  summary.phases.busy_wait = store.busy_wait_seconds();
  if (!snapshot_error.empty()) throw StoreError(snapshot_error);  // exit 1; the graph is committed
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return summary;
}

}  // namespace newsgraph
