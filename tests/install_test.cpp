// Installed like a tool: `cmake --install` into a temporary prefix, then the installed binary
// builds the samples from another directory with the data it finds beside itself, also after the
// whole prefix is moved; NEWSGRAPH_DATA still overrides; the man page is installed.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <string>

#include "test_util.h"

using namespace newsgraph;
using test::run;

namespace {
std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
}  // namespace

TEST_CASE("cmake --install, then the installed binary runs on the samples from elsewhere") {
  auto dir = test::scratch_dir("install");
  auto prefix = dir / "prefix";
  auto r = run(std::string(NEWSGRAPH_CMAKE) + " --install " + NEWSGRAPH_BUILD_DIR + " --prefix " + prefix.string() + " 2>&1");
  REQUIRE_MESSAGE(r.status == 0, r.out);
  CHECK(std::filesystem::exists(prefix / "bin" / "newsgraph"));
  CHECK(std::filesystem::exists(prefix / "share" / "newsgraph" / "events.tsv"));
  CHECK(std::filesystem::exists(prefix / "share" / "newsgraph" / "lexicon"));
  std::string man = read(prefix / "share" / "man" / "man1" / "newsgraph.1");
  CHECK(man.find(".TH NEWSGRAPH 1") != std::string::npos);
  CHECK(man.find("report ENTITY") != std::string::npos);  // the same text as --help

  // From another directory, without NEWSGRAPH_DATA: the data beside the binary is used.
  auto elsewhere = dir / "elsewhere";
  std::filesystem::create_directories(elsewhere);
  auto build = [&](const std::filesystem::path& bin, const std::string& env) {
    return run("cd " + elsewhere.string() + " && env -u NEWSGRAPH_DATA " + env + " " + bin.string() + " build " +
               test::samples() + " --db g.db --json 2>&1");
  };
  r = build(prefix / "bin" / "newsgraph", "");
  REQUIRE_MESSAGE(r.status == 0, r.out);
  auto stats = run("cd " + elsewhere.string() + " && " + (prefix / "bin" / "newsgraph").string() + " stats --db g.db --json");
  rapidjson::Document d;
  d.Parse(stats.out.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(d["articles"].GetInt() >= 12);
  CHECK(d["relations"].GetInt() > 0);

  // A moved install still finds its data.
  auto moved = dir / "moved";
  std::filesystem::rename(prefix, moved);
  std::filesystem::remove_all(elsewhere);
  std::filesystem::create_directories(elsewhere);
  r = build(moved / "bin" / "newsgraph", "");
  CHECK_MESSAGE(r.status == 0, r.out);
  // It is the installed data that is read (not the source tree's, which exists here too): with one
  // installed file taken away, the build fails naming that file under the moved prefix.
  std::filesystem::rename(moved / "share" / "newsgraph" / "lexicon" / "titles.tsv", dir / "titles.tsv");
  std::filesystem::remove_all(elsewhere);
  std::filesystem::create_directories(elsewhere);
  r = build(moved / "bin" / "newsgraph", "");
  CHECK(r.status != 0);
  CHECK_MESSAGE(r.out.find((moved / "share" / "newsgraph" / "lexicon" / "titles.tsv").string()) != std::string::npos, r.out);
  std::filesystem::rename(dir / "titles.tsv", moved / "share" / "newsgraph" / "lexicon" / "titles.tsv");

  // NEWSGRAPH_DATA overrides, and a wrong one is named in the error.
  std::filesystem::remove_all(elsewhere);
  std::filesystem::create_directories(elsewhere);
  r = build(moved / "bin" / "newsgraph", "NEWSGRAPH_DATA=" + (dir / "no-such-data").string());
  CHECK(r.status != 0);
  CHECK(r.out.find("no-such-data") != std::string::npos);
  std::filesystem::remove_all(dir);
}
