// Start-up shortcuts (issue #23): the build-time list of verbs that need a complement gives what
// parsing WordNet's verb frames gives, and the verified stamp (DB.verified) lets a build skip
// quick_check only on a database file unchanged since a build that checked it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "db_check.h"
#include "resources.h"
#include "verified_stamp.h"
#include "wordnet_verbs.h"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {

std::set<std::string> keys_of(const StringTable& t) {
  std::set<std::string> out;
  for (uint32_t id = 0; id < t.size(); ++id) out.insert(t.key(id));
  return out;
}

// The list tools/derive_wordnet_verbs.py derives from `wordnet_dir`.
std::set<std::string> derived_by_script(const std::filesystem::path& wordnet_dir, const std::filesystem::path& out) {
  const std::string cmd = std::string("/usr/bin/python3 ") + NEWSGRAPH_SOURCE_DIR + "/tools/derive_wordnet_verbs.py " +
                          wordnet_dir.string() + " " + out.string();
  REQUIRE(std::system(cmd.c_str()) == 0);
  StringTable t;
  REQUIRE(read_derived_verbs_needing_complement(out.string(), t));
  return keys_of(t);
}

}  // namespace

TEST_CASE("the derived verb list is what parsing WordNet's verb frames gives") {
  const std::filesystem::path dir = scratch_dir("derived_verbs");
  // Invented synsets: 1 stands alone ("Somebody ----s"), 2 and 3 take an object only.
  std::ofstream(dir / "data.verb") << "  1 licence header line\n"
                                     "00000001 29 v 01 sleep 0 000 01 + 02 00 | rest\n"
                                     "00000002 40 v 01 own 0 001 @ 00000009 v 0000 01 + 08 00 | have\n"
                                     "00000003 40 v 01 own 0 000 02 + 09 00 + 11 00 | hold\n";
  std::ofstream(dir / "index.verb") << "  1 licence header line\n"
                                      "sleep v 1 0 1 0 00000001  \n"
                                      "own v 2 1 @ 2 0 00000002 00000003  \n"
                                      "hold v 2 0 2 0 00000002 00000001  \n"
                                      "lay_claim v 1 0 1 0 00000003  \n";
  const std::set<std::string> parsed = keys_of(read_verbs_needing_complement(dir.string()));
  CHECK(parsed == std::set<std::string>{"own", "lay claim"});
  CHECK(derived_by_script(dir, dir / "verbs.txt") == parsed);
  StringTable none;
  CHECK_FALSE(read_derived_verbs_needing_complement((dir / "absent.txt").string(), none));
  // The system's WordNet, when installed: the whole list must agree, verb for verb.
  if (std::filesystem::exists("/usr/share/wordnet/data.verb")) {
    const std::set<std::string> system = keys_of(read_verbs_needing_complement("/usr/share/wordnet"));
    CHECK(system.size() > 1000);
    CHECK(derived_by_script("/usr/share/wordnet", dir / "system.txt") == system);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the verified stamp matches only the file state it recorded") {
  const std::filesystem::path dir = scratch_dir("verified_stamp");
  const std::string db = (dir / "x.db").string();
  CHECK_FALSE(matches_verified_stamp(db));  // no file, no stamp
  write_file(db, std::string(8192, 'a'));
  CHECK_FALSE(matches_verified_stamp(db));  // no stamp
  write_verified_stamp(db);
  CHECK(matches_verified_stamp(db));
  write_file(db, std::string(8192, 'b'));  // rewritten in place, same size
  CHECK_FALSE(matches_verified_stamp(db));
  write_verified_stamp(db);
  CHECK(matches_verified_stamp(db));
  write_file(db + "-wal", "log");  // a log appeared
  CHECK_FALSE(matches_verified_stamp(db));
  std::filesystem::remove(db + "-wal");
  CHECK(matches_verified_stamp(db));
  // A copy put in its place is another file (inode), even with the same bytes and times.
  std::filesystem::copy_file(db, db + ".copy");
  std::filesystem::rename(db + ".copy", db);
  CHECK_FALSE(matches_verified_stamp(db));
  std::filesystem::remove(db);
  CHECK_FALSE(matches_verified_stamp(db));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a build stamps the database; damage in place after it is still refused") {
  const std::filesystem::path dir = scratch_dir("verified_build");
  const std::string db = (dir / "g.db").string();
  REQUIRE(run(cli() + " build " + samples() + " --db " + db + " --quiet").status == 0);
  CHECK(matches_verified_stamp(db));
  // A second build of the same input finds the stamp (nothing new is written: still stamped).
  CHECK(run(cli() + " build " + samples() + " --db " + db + " --quiet").status == 0);
  CHECK(matches_verified_stamp(db));
  // Pages overwritten in the same file (same inode, same size): the stamp no longer matches, the
  // build reads every page again and refuses the file without writing to it.
  std::string bytes = file_bytes(db);
  std::mt19937 rng(7);
  for (size_t i = 2 * 4096; i + 4096 <= bytes.size(); i += 3 * 4096)
    for (size_t j = i; j < i + 4096; ++j) bytes[j] = static_cast<char>(rng() & 0xff);
  {
    std::ofstream out(db, std::ios::binary | std::ios::in | std::ios::out);  // in place, not a new file
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  CHECK_FALSE(matches_verified_stamp(db));
  const auto r = run(cli() + " build " + samples() + " --db " + db + " --quiet 2>&1");
  CHECK(r.status == 1);
  CHECK(r.out.find("damaged") != std::string::npos);
  CHECK(file_bytes(db) == bytes);
  std::filesystem::remove_all(dir);
}
