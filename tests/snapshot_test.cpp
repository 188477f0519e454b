// The adjacency snapshot beside a database: used when it describes the database, extended with
// newer articles, and ignored (never trusted) when stale, foreign or damaged.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "adjacency_snapshot.h"
#include "entity_lookup.h"
#include "ingest.h"
#include "knowledge_graph.h"
#include "test_util.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {
void build(GraphStore& s, const std::vector<std::string>& paths) {
  BuildOptions o;
  o.jobs = 2;
  o.batch_size = 5;
  build_graph(s, paths, o, [](const Diagnostic&) {});
}

// The adjacency read from the database alone, for comparison.
Adjacency from_database(GraphStore& s) {
  fs::path snap = adjacency_snapshot_path(s.path());
  fs::path aside = snap.string() + ".aside";
  fs::rename(snap, aside);
  AdjacencySource src;
  Adjacency a = load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kDatabase);
  fs::rename(aside, snap);
  return a;
}

bool same(const Adjacency& a, const Adjacency& b) { return a.ids == b.ids && a.pairs == b.pairs; }
}  // namespace

TEST_CASE("build writes a snapshot that matches the database") {
  auto dir = test::scratch_dir("snap");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  build(s, {test::samples()});
  REQUIRE(fs::exists(adjacency_snapshot_path(s.path())));
  AdjacencySource src;
  Adjacency snap = load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kSnapshot);
  CHECK(snap.pairs.size() > 10);
  CHECK(same(snap, from_database(s)));
  for (const auto& [a, b] : snap.pairs) CHECK(a < b);
  fs::remove_all(dir);
}

TEST_CASE("articles added after the snapshot are read from the database") {
  auto dir = test::scratch_dir("snapnew");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  build(s, {test::samples()});
  auto before = fs::last_write_time(adjacency_snapshot_path(s.path()));
  test::write_file(dir / "new.txt",
                   "id: snap-new\ndate: 2025-12-01\n\nGrace Okafor met Zorvath Quell, the chief executive "
                   "of Quellco, in Ottawa on Monday.\n");
  build(s, {(dir / "new.txt").string()});
  // One new article is below the rewrite threshold: the file stays, the new links come from the database.
  CHECK(fs::last_write_time(adjacency_snapshot_path(s.path())) == before);
  AdjacencySource src;
  Adjacency adj = load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kSnapshotAndNewer);
  CHECK(same(adj, from_database(s)));
  auto okafor = lookup_entity(s, "Okafor"), quell = lookup_entity(s, "Zorvath Quell");
  REQUIRE(okafor.status == LookupResult::Status::kFound);
  REQUIRE(quell.status == LookupResult::Status::kFound);
  KnowledgeGraph g(s);
  auto paths = g.paths(okafor.entity.id, quell.entity.id, 2, 1);
  REQUIRE(paths.size() == 1);
  CHECK(!paths[0].front().relation_ids.empty());
  fs::remove_all(dir);
}

TEST_CASE("a snapshot is ignored once links were removed, or when it is foreign or damaged") {
  auto dir = test::scratch_dir("snapstale");
  test::write_file(dir / "a.txt", "id: one\ndate: 2025-10-01\n\nBrazil imposed tariffs on Canadian steel.\n");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  build(s, {(dir / "a.txt").string()});
  const std::string snap = adjacency_snapshot_path(s.path());
  fs::copy_file(snap, dir / "old.adj");
  // The article changes: its old links are deleted, so the old snapshot no longer describes the database.
  test::write_file(dir / "a.txt", "id: one\ndate: 2025-10-01\n\nPeru met Chile in Lima.\n");
  build(s, {(dir / "a.txt").string()});
  fs::copy_file(dir / "old.adj", snap, fs::copy_options::overwrite_existing);
  AdjacencySource src;
  Adjacency adj = load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kDatabase);
  for (const std::string& id : adj.ids) CHECK(s.entity(id).has_value());
  // The next build notices and rewrites it.
  build(s, {(dir / "a.txt").string()});
  load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kSnapshot);

  // Another database's snapshot, even with the same epoch and articles, is not this one's.
  GraphStore other((dir / "other.db").string(), GraphStore::Mode::kReadWrite);
  build(other, {(dir / "a.txt").string()});
  fs::copy_file(adjacency_snapshot_path(other.path()), snap, fs::copy_options::overwrite_existing);
  load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kDatabase);

  // Damaged files: truncated, one byte flipped, empty.
  build(s, {(dir / "a.txt").string()});
  std::string good;
  {
    std::ifstream in(snap, std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  REQUIRE(good.size() > 20);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x5a;
  for (const std::string& bad : {good.substr(0, good.size() - 5), flipped, std::string()}) {
    test::write_file(snap, bad);
    Adjacency a = load_adjacency(s, &src);
    CHECK(src == AdjacencySource::kDatabase);
    CHECK(!a.pairs.empty());
  }
  fs::remove_all(dir);
}

TEST_CASE("an event's source and target are linked; a version-1 snapshot, without those links, is rewritten") {
  auto dir = test::scratch_dir("snaptarget");
  test::write_file(dir / "a.txt",
                   "id: one\ndate: 2025-10-07\n\nKenyan soldiers used tear gas on Ilse Brandvold in Nairobi on Monday.\n");
  GraphStore s((dir / "g.db").string(), GraphStore::Mode::kReadWrite);
  build(s, {(dir / "a.txt").string()});
  auto soldiers = lookup_entity(s, "soldiers of Kenya"), brandvold = lookup_entity(s, "Ilse Brandvold");
  REQUIRE(soldiers.status == LookupResult::Status::kFound);
  REQUIRE(brandvold.status == LookupResult::Status::kFound);
  AdjacencySource src;
  Adjacency adj = load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kSnapshot);
  REQUIRE(adj.pairs.size() == 1);  // the object is words ("tear gas"): the only link is the target's
  CHECK(adj.ids[adj.pairs[0].first] == std::min(soldiers.entity.id, brandvold.entity.id));
  CHECK(adj.ids[adj.pairs[0].second] == std::max(soldiers.entity.id, brandvold.entity.id));
  CHECK(same(adj, from_database(s)));
  // The same file with the format version of before (byte 6; the checksum covers the payload only).
  const std::string snap = adjacency_snapshot_path(s.path());
  std::string data;
  {
    std::ifstream in(snap, std::ios::binary);
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  REQUIRE(data.size() > 8);
  REQUIRE(data[5] == '\x02');
  data[5] = '\x01';
  test::write_file(snap, data);
  load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kDatabase);
  std::string error;
  CHECK(refresh_adjacency_snapshot(s, 1000, &error));
  CHECK(error.empty());
  load_adjacency(s, &src);
  CHECK(src == AdjacencySource::kSnapshot);
  fs::remove_all(dir);
}
