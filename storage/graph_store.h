// The persistent graph: articles, entities and their aliases, mentions, roles, relations and
// claims with their evidence, in SQLite (WAL, foreign keys on). Every write is idempotent:
// writing the same fact twice adds nothing; a fact reported again adds evidence.
// Thread safety: one GraphStore per thread. All SQL in newsgraph lives in this folder.
#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pattern_sql.h"
#include "records.h"
#include "store_error.h"

namespace newsgraph {

// links_between marks an event that joins its source to its target (not its object) with this
// prefix before the relation ID, so a path can say the hop is a target edge.
inline constexpr std::string_view kTargetLinkPrefix = "target:";
inline bool is_target_link(std::string_view link) { return link.starts_with(kTargetLinkPrefix); }
// The relation ID of a target link.
inline std::string target_link_relation(std::string_view link) { return std::string(link.substr(kTargetLinkPrefix.size())); }

class GraphStore {
 public:
  enum class Mode { kReadOnly, kReadWrite };
  // Opens (and in kReadWrite creates) the database at `path`. Throws StoreError, with a message
  // naming the file, when it is not a newsgraph database, is newer than this binary, or cannot be
  // opened; in kReadWrite also when it is read-only or fails check_integrity(), before any write.
  GraphStore(const std::string& path, Mode mode);
  ~GraphStore();
  // Reads every page of the database; throws StoreError naming the file when one is damaged.
  void check_integrity();

  // Write transactions. begin() takes the write lock at once (BEGIN IMMEDIATE), waiting up to
  // the busy timeout for another writer.
  void begin();
  void commit();
  void rollback();
  // Copies the write-ahead log into the database file and truncates it (end of a build), as far
  // as readers allow: it never waits for them.
  void checkpoint();
  // While alive, commits leave the write-ahead log to grow instead of copying it into the database
  // file once it passes SQLite's 1,000 pages (wal_autocheckpoint); the previous setting comes back
  // at its end. For a bulk load's tail (see build_graph): the index rebuild writes the whole
  // indexes into the log and its commit copied them into the database at once (a copy and two
  // syncs), only for the resolution pass to rewrite many of those pages; the tail's checkpoint()
  // now copies each page once. A killed process loses nothing either way: the log is the
  // committed state until it is copied. Off when NEWSGRAPH_BENCH_WITHOUT names `tail-checkpoint`.
  class CheckpointsHeld {
   public:
    explicit CheckpointsHeld(GraphStore& store);
    ~CheckpointsHeld();
    CheckpointsHeld(const CheckpointsHeld&) = delete;
    CheckpointsHeld& operator=(const CheckpointsHeld&) = delete;

   private:
    GraphStore& store_;
    int pages_ = -1;  // the setting before; -1 when switched off or not changed
  };
  // Seconds this connection slept in SQLite's busy handler, waiting for a lock another process
  // held (another build's batch, a reader during recovery). The build reports it.
  double busy_wait_seconds() const { return busy_.slept_seconds; }
  // Foreign-key enforcement for this connection (on by default). Changes only between
  // transactions. A bulk load switches it off: its rows are consistent by construction, and
  // deletions remove child rows explicitly instead of relying on cascades.
  void set_foreign_keys(bool on);

  // ---- Deferred secondary indexes (bulk load) ----
  // Drops every secondary index, recording their definitions in meta in the same transaction, so
  // a large load does not update them row by row. Returns false (and does nothing) when they are
  // deferred already.
  bool defer_indexes();
  // Recreates the indexes defer_indexes() dropped and clears the record, in one transaction: a
  // killed rebuild leaves the record for the next build or `newsgraph repair`. Returns false when
  // nothing was deferred.
  bool rebuild_deferred_indexes();
  bool indexes_deferred();
  // A nested savepoint inside the current transaction, so one bad article can be undone alone.
  void savepoint();
  void release();
  void rollback_to_savepoint();

  // ---- Articles ----
  std::unordered_map<std::string, std::string> article_hashes();  // id -> content hash
  std::optional<std::string> article_hash(const std::string& id);  // inside the write transaction
  // Removes an article and all facts only it supported (evidence, mentions, roles, orphans).
  void delete_article(const std::string& id);
  // Deletes relations and claims without evidence and entities nothing refers to.
  void collect_orphans();
  void insert_article(const ArticleRow& a, const std::string& content_hash, const std::string& text,
                      const std::vector<std::pair<uint32_t, uint32_t>>& sentences);

  // ---- Entities ----
  std::optional<EntityRow> entity(const std::string& id);  // with its mention count
  std::optional<std::string> entity_name(const std::string& id);  // cheap: for the build
  std::optional<EntityRow> entity_name_type(const std::string& id);  // without the mention count
  // An agent's sector and country (schema 5): sets them on `e` when it is of type AGENT.
  void add_agent_fields(EntityRow& e);
  void set_agent_fields(const std::string& id, const std::string& sector, const std::string& country);
  std::vector<EntityRow> entities_by_alias(const std::string& alias_key);
  // Multi-word PERSON entities whose last word's alias key is `surname_key`.
  std::vector<EntityRow> persons_with_surname(const std::string& surname_key);
  // Creates the entity when new. Records the article's vote for `type` (one per entity and
  // article); the stored type is the most voted one (OTHER only when nothing else is known).
  // Returns the types other articles gave it.
  std::vector<std::string> upsert_entity(const std::string& id, const std::string& name, const std::string& type,
                                         const std::string& article_id);
  // Sets every entity's type to the majority of its votes.
  void recompute_entity_types();
  // Copies every article of the newsgraph database at `shard_path` that this one lacks (or holds
  // with other content) with all its facts; identical facts merge by ID. Returns the number of
  // articles imported. The caller runs the resolution pass afterwards.
  size_t import_shard(const std::string& shard_path);
  void add_alias(const std::string& entity_id, const std::string& alias);
  // The same, with `key` = alias_key(alias) computed by the caller (the build's workers).
  void add_alias(const std::string& entity_id, const std::string& alias, const std::string& key);
  // Each (article, start, end) at most once per article (the caller drops repeated spans).
  void insert_mention(const std::string& article_id, uint32_t start, uint32_t end, const std::string& text,
                      const std::string& type, const std::string& entity_id, int sentence, const std::string& kind,
                      const std::string& rule = "");
  void insert_role(const std::string& person_id, const std::string& role, const std::string& org_id,
                   const std::string& article_id, int sentence, const std::string& rule = "");
  // One mention of an article, for insert_mentions: the strings are the caller's and must outlive
  // the call (SQLite reads them in place). An empty rule is stored as NULL.
  struct MentionRow {
    uint32_t start = 0, end = 0;
    const std::string* text = nullptr;
    const char* type = "";
    const std::string* entity_id = nullptr;
    int sentence = 0;
    const std::string* kind = nullptr;
    std::string_view rule;
  };
  // Inserts an article's mentions as insert_mention would, one by one, but several rows per
  // statement: a statement's own cost (reset, bindings, opening and closing its cursors) is paid
  // once per chunk instead of once per row.
  void insert_mentions(const std::string& article_id, const std::vector<MentionRow>& rows);

  // ---- Facts ----
  // Inserts the relation when new (its id is computed) and adds the evidence. Returns the id.
  std::string add_relation(RelationRecord r, const EvidenceRow& evidence);
  std::string add_claim(ClaimRecord c, const EvidenceRow& evidence);
  // An article's claims and relations, as add_claim and add_relation would write them one by one
  // (each id is computed into its record), a chunk of rows per statement. evidence[i] is record
  // i's; a relation's evidence may name a claim of the same call to add_claims before it.
  void add_claims(std::vector<ClaimRecord>& claims, const std::vector<EvidenceRow>& evidence);
  void add_relations(std::vector<RelationRecord>& relations, const std::vector<EvidenceRow>& evidence);

  // ---- Resolution support ----
  // Single-word PERSON/OTHER entities (candidates for surname merging).
  std::vector<EntityRow> single_word_people();
  // Every entity's id, name and type in ID order, without mention counts (one scan of entities).
  std::vector<EntityRow> entity_names_and_types();
  // Every (alias key, entity id) row of the aliases table, ordered by key then entity.
  std::vector<std::pair<std::string, std::string>> alias_key_rows();
  // Repoints every mention, alias, role, relation and claim of `from` to `into`, re-keys the facts
  // (merging duplicates and their evidence), deletes `from` and logs the merge.
  void merge_entity(const std::string& from, const std::string& into, const std::string& reason);
  std::vector<MergeLogRow> merge_log();

  // ---- Queries ----
  std::vector<EntityRow> find_entities(const std::string& alias_key);        // exact alias match
  std::vector<EntityRow> entities_like(const std::string& pattern, int limit); // name LIKE pattern
  std::vector<EntityRow> all_entities();
  // Every (alias, entity) pair, for suggestions when a name is unknown.
  std::vector<std::pair<std::string, EntityRow>> all_aliases();
  std::vector<std::string> aliases(const std::string& entity_id);
  // Reads every entity's aliases in one pass; aliases() then answers from memory. For a caller
  // about to ask for most entities (the whole-graph export): one scan instead of a lookup per
  // entity, which without the aliases_entity index (deferred during a bulk load) is a scan each.
  void load_all_aliases();
  std::vector<RoleRow> roles_of(const std::string& entity_id);
  // Relations with the entity as subject, object or event target (schema 8; each relation once),
  // and `other` in another of those places when given, time value within [from, to] when given,
  // ordered by time value then article date.
  std::vector<RelationRow> relations_of(const std::string& entity_id, const std::string& other,
                                        const std::string& from, const std::string& to);
  std::optional<RelationRow> relation(const std::string& id);
  std::vector<RelationRow> all_relations();
  // Role edges (person -> organisation or country) and claim edges (speaker -> each entity the
  // claim's relations involve): who holds what and who said what, for subgraphs and exports.
  struct RoleEdge {
    std::string person_id, role, org_id;
  };
  std::vector<RoleEdge> role_edges();
  // Every role as a fact with its evidence (storage/store_roles.cpp), ordered by person, role and
  // organisation; evidence by article and sentence, one entry per sentence.
  std::vector<RoleFact> role_facts();
  struct ClaimEdge {
    std::string claim_id, speaker_id, entity_id;
  };
  std::vector<ClaimEdge> claim_edges();
  // ---- Adjacency snapshot support (graph/adjacency_snapshot.h) ----
  // Which database this is and how often links were removed or re-keyed: the epoch grows with
  // every deletion of an article, orphan collection that removed facts, entity merge and shard
  // import, never with plain additions. Empty/0 for a database older than schema version 2.
  std::string database_uid();
  int64_t graph_epoch();
  // ---- Pending work (durable across a kill) ----
  // The cross-article resolution pass a build or merge owes the graph. It is marked in the same
  // transaction as the writes that need it and cleared in the transaction that runs it, so a
  // process killed in between leaves the mark for the next build (or `newsgraph repair`).
  // A merge's pass also collects orphans (`collect_orphans_too`); that stays due when a build
  // marks the pass again before it ran.
  void mark_resolution_pending(bool collect_orphans_too);
  void clear_resolution_pending();
  struct PendingResolution {
    bool due = false;
    bool collect_orphans = false;
  };
  PendingResolution resolution_pending();
  // Rowid of the newest article: articles after it are the ones added since a snapshot.
  int64_t max_article_rowid();
  // Entity pairs linked by a relation, a role or a claim, for the facts of articles whose rowid
  // is above `after_article_rowid` (every article for -1). Pairs may repeat; order is unspecified.
  void for_each_linked_pair(int64_t after_article_rowid,
                            const std::function<void(const std::string&, const std::string&)>& fn);
  // What joins two entities, in either direction: relation IDs (by ID), then "target:ID" links (an
  // event of one aimed at the other, schema 8), then "role:ROLE" links, then claim IDs (a claim by
  // one whose facts involve the other).
  std::vector<std::string> links_between(const std::string& a, const std::string& b);

  // ---- Pattern queries and conflicts (storage/pattern_sql.cpp) ----
  // Relations matching `p`, ordered by the start of their time interval (coarse values before the
  // days inside them), at most `limit` (all for a negative limit); `total` receives the number of
  // matches before the limit. One SQL statement, served by an index whenever the pattern names an
  // entity, a type, an event type, a CAMEO prefix, a predicate or claims.
  std::vector<RelationRow> match_relations(const RelationPattern& p, int limit, int64_t* total);
  // Match counts per subject name, object name or month of the time value, largest first.
  std::vector<PatternGroupCount> count_matches(const RelationPattern& p, PatternGroup by);
  // SQLite's EXPLAIN QUERY PLAN lines for the statement that answers `p`, for tests and the bench.
  std::vector<std::string> pattern_query_plan(const RelationPattern& p, PatternGroup by);
  // What conflict detection compares, in two steps. First the relations (every one, or those with
  // `entity_id` on either side), without their evidence: relations without an object, with a
  // subject of type OTHER or with a predicate in `skip_predicates` are left out. Then, only for the
  // relations that have another version to compare with, their reports: per piece of evidence its
  // article, that article's date and the speaker of the claim it was stated in. Reading every
  // report's article row (most of a large database) cost nine tenths of `conflicts` on Reuters.
  std::vector<RelationRecord> fact_relations(const std::string& entity_id, const std::set<std::string>& skip_predicates);
  struct FactReport {
    std::string article_id, article_date, speaker_id, speaker_name;
    int sentence = 0;
  };
  std::vector<FactReport> fact_reports(const std::string& relation_id);

  std::vector<EvidenceRow> relation_evidence(const std::string& relation_id);
  // Articles and claims a relation's evidence cites, without reading article text.
  std::vector<std::pair<std::string, std::string>> evidence_sources(const std::string& relation_id);
  std::vector<std::string> claim_articles(const std::string& claim_id);  // articles stating it
  std::optional<ArticleRow> article(const std::string& id);
  std::vector<EvidenceRow> claim_evidence(const std::string& claim_id);
  std::vector<ClaimRow> claims(const std::string& speaker_id, const std::string& about_id);
  std::optional<ClaimRow> claim(const std::string& id);
  std::vector<ArticleRow> articles();
  // Entity ID -> date of the earliest article that mentions it.
  std::unordered_map<std::string, std::string> entity_first_dates();
  StoreStats stats();
  // Only the counts of articles, entities, relations and claims and the file size: what a build
  // reports, without the grouped figures that scan every relation.
  StoreStats totals();
  std::string path() const { return path_; }

 private:
  RelationRow read_relation_row(class SQLite::Statement& q);
  // "SELECT <the columns read_relation_row reads> FROM relations r JOIN entities s ... " (s the
  // subject, o the object), for queries of other files of this folder to extend. It selects
  // kRelationSelectColumns columns; a query may add its own after them.
  std::string relation_select_sql() const;
  static constexpr int kRelationSelectColumns = 29;
  // Registers the SQL functions of time intervals (pattern_sql.cpp) once per connection.
  void register_time_functions();
  bool time_functions_ = false;
  std::vector<ClaimRow> claim_rows(const std::string& speaker_id, const std::string& about_id, const std::string& claim_id);
  // A prepared statement for `sql` (a string literal), reset and with bindings cleared: the hot
  // write path prepares each statement once per store instead of once per call.
  SQLite::Statement& cached(const char* sql);
  std::string meta_value(const char* key);
  void refuse_unwritable_or_damaged(bool verified);
  void bump_graph_epoch();
  // merge_entity's repointing of `from`'s mentions, aliases, roles, type votes, surnames and
  // event targets to `into`: row by row by key, or (merge-by-key off) a statement per table.
  void repoint_rows_by_key(const std::string& from, const std::string& into);
  void repoint_rows_by_set(const std::string& from, const std::string& into);
  static std::string majority_type(const std::map<std::string, int>& votes);
  // The busy timeout, counting the time slept (sqlite3_busy_timeout does not say).
  struct BusyWait {
    int timeout_ms = 0;
    double slept_seconds = 0;
    static int handle(void* self, int attempt);
  };
  BusyWait busy_;
  std::unique_ptr<SQLite::Database> db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
  // The writer's multi-row INSERTs (storage/multi_row_insert.h), one per table it fills an
  // article's rows of, prepared when first needed. Declared after db_: finalized before it closes.
  struct RowInserts;
  struct DeleteRowInserts {
    void operator()(RowInserts* p) const;
  };
  std::unique_ptr<RowInserts, DeleteRowInserts> row_inserts_;
  RowInserts& row_inserts();
  // Type votes of the entities this store has written, so that a vote costs one statement, and
  // the type their row holds (empty while unknown), so that a vote that leaves the majority where
  // the row has it already costs no UPDATE. Cleared whenever a rollback, deletion or merge could
  // make it stale.
  struct TypeVotes {
    std::map<std::string, int> votes;
    std::string stored;
  };
  std::unordered_map<std::string, TypeVotes> type_votes_;
  // An entity row was deleted while foreign keys were off (collect_orphans in a bulk load), so its
  // type votes may have outlived it: a re-inserted entity must read its votes back.
  bool votes_may_outlive_entities_ = false;
  bool foreign_keys_on_ = true;
  std::unordered_set<std::string> known_aliases_;  // "key\x1fentity\x1falias" written by this store
  std::unordered_map<std::string, std::vector<EntityRow>> alias_rows_;  // entities_by_alias answers
  // For each entity, the alias keys whose cached answer holds it, so that a type change updates
  // those rows in place instead of dropping every cached answer.
  std::unordered_map<std::string, std::vector<std::string>> alias_keys_of_;
  std::unordered_map<std::string, std::string> entity_names_;  // entity_name answers (names never change)
  // Every entity's aliases, sorted and distinct, once load_all_aliases() ran (read-only use).
  std::optional<std::unordered_map<std::string, std::vector<std::string>>> all_aliases_;
  // Clears the caches above: after a rollback, deletion, merge or import they may be wrong.
  void forget_cached_rows();
  // entities_by_alias(key) keeps its cached answer when an alias of `entity_id` is added under it.
  void add_to_cached_answer(const std::string& key, const std::string& entity_id);
  std::string path_;
  bool has_agents_ = false;  // the schema-5 agent columns exist (likewise)
  bool has_subject_text_ = false;  // the schema-6 `subject_text` column exists (likewise)
  bool has_event_target_ = false;  // the schema-8 target columns exist (likewise)
  bool has_rules_ = false;  // the schema-3 `rule` columns exist (an older database read-only may lack them)
  bool in_tx_ = false;
};

}  // namespace newsgraph
