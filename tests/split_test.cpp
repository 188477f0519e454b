// End-to-end: `newsgraph split` deals the sample articles into shards, and building each shard
// then merging them as a tree (`merge --no-resolve`, then `repair` for the resolution pass)
// gives the JSON export of one build. This is the path tools/newsgraph-dask runs on Dask.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "test_util.h"

using namespace newsgraph;
using test::run;

namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Scratch {
  std::filesystem::path dir = test::scratch_dir("split");
  std::string err = (dir / "err").string();
  ~Scratch() { std::filesystem::remove_all(dir); }
  std::string path(const std::string& name) const { return (dir / name).string(); }
  test::RunResult ng(const std::string& args) const { return run(test::cli() + " " + args + " 2>>" + err); }
};

}  // namespace

TEST_CASE("split shards merged as a tree with one resolution pass equal one build") {
  Scratch s;
  auto split = s.ng("split " + test::samples() + " --shards 4 --json -o " + s.path("shards"));
  REQUIRE(split.status == 0);
  rapidjson::Document d;
  d.Parse(split.out.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(d["articles_read"].GetInt() == 12);
  REQUIRE(d["shards"].Size() == 4);
  int dealt = 0;
  std::vector<std::string> dbs;
  for (const auto& shard : d["shards"].GetArray()) {
    dealt += shard["articles"].GetInt();
    if (!shard["articles"].GetInt()) continue;
    CHECK(shard["inputs"].Size() >= 1);
    std::string db = s.path("s" + std::to_string(dbs.size()) + ".db");
    REQUIRE(s.ng("build " + std::string(shard["file"].GetString()) + " --quiet --db " + db).status == 0);
    dbs.push_back(db);
  }
  CHECK(dealt == 12);
  REQUIRE(dbs.size() >= 2);
  // A tree: the first half and the rest merge apart, then together; only the last step resolves.
  size_t half = dbs.size() / 2;
  std::string left, right;
  for (size_t i = 0; i < dbs.size(); ++i) (i < half ? left : right) += " " + dbs[i];
  REQUIRE(s.ng("merge --no-resolve " + s.path("left.db") + left).status == 0);
  REQUIRE(s.ng("merge --no-resolve " + s.path("right.db") + right).status == 0);
  REQUIRE(s.ng("merge --no-resolve " + s.path("all.db") + " " + s.path("left.db") + " " + s.path("right.db")).status == 0);
  auto resolve = s.ng("repair --db " + s.path("all.db"));
  REQUIRE(resolve.status == 0);
  CHECK(resolve.out.find("ran the pending resolution pass") != std::string::npos);

  REQUIRE(s.ng("build " + test::samples() + " --quiet --db " + s.path("one.db")).status == 0);
  REQUIRE(s.ng("export --format json --db " + s.path("one.db") + " -o " + s.path("one.json")).status == 0);
  REQUIRE(s.ng("export --format json --db " + s.path("all.db") + " -o " + s.path("all.json")).status == 0);
  std::string one = read_all(s.path("one.json")), all = read_all(s.path("all.json"));
  CHECK(one.size() > 1000);
  CHECK(one == all);
}

TEST_CASE("split and merge refuse what they cannot do, naming it") {
  Scratch s;
  CHECK(s.ng("split " + test::samples() + " --shards 0 -o " + s.path("x")).status == 2);
  CHECK(s.ng("split " + test::samples() + " --shards 2").status == 2);
  CHECK(s.ng("merge " + s.path("alone.db")).status == 2);
  CHECK(!std::filesystem::exists(s.path("alone.db")));
  // Unreadable input is reported as FILE: reason and the split still finishes, with status 3.
  CHECK(s.ng("split " + s.path("absent.jsonl") + " --shards 2 -o " + s.path("x")).status == 3);
  CHECK(read_all(s.err).find(s.path("absent.jsonl")) != std::string::npos);
}
