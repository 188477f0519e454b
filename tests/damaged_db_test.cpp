// Damaged and foreign database files: a truncated database, pages overwritten with random bytes,
// a zero-length file, a file that is not SQLite, a database of a newer schema, a read-only
// database and a database in a read-only folder. Every command (build, each query, export, merge
// both as output and as shard) must fail with exit status 1 and one line on stderr that names the
// file, never crash, and never change a file it could not validate.
#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>

#include <functional>
#include <random>

#include "db_check.h"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {

struct Outcome {
  int status = -1;
  std::string err;  // stderr
};

Outcome run_cli(const std::string& args, const std::filesystem::path& dir, const std::string& prefix = "") {
  auto err = dir / "stderr.txt";
  auto r = run(prefix + cli() + " " + args + " >/dev/null 2>" + err.string());
  return {r.status, file_bytes(err)};
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// Every command that opens a database, with `db` as its database.
std::vector<std::string> commands(const std::string& db, const std::string& shard) {
  const std::string on = " --db " + db;
  return {"build " + samples() + on,
          "timeline Alvarez" + on,
          "path Okafor Alvarez" + on,
          "neighbors Ferreira" + on,
          "claims" + on,
          "entity Brazil" + on,
          "explain r0000000000000000" + on,
          "stats" + on,
          "export --format json" + on,
          "export --format dot" + on,
          "merge " + db + " " + shard,
          "merge " + shard + " " + db};
}

// The damaged file `name` (made by `damage` from a good database) fails every command cleanly.
void check_refused(const std::filesystem::path& dir, const std::string& name,
                   const std::function<void(const std::filesystem::path&)>& damage) {
  const auto good = dir / "good.db";
  const auto shard = dir / "shard.db";
  for (const std::string& args : commands((dir / name).string(), shard.string())) {
    for (auto p : {dir / name, shard}) std::filesystem::remove(p);
    std::filesystem::copy_file(good, shard);
    std::filesystem::copy_file(good, dir / name);
    damage(dir / name);
    const std::string before = file_bytes(dir / name);
    Outcome o = run_cli(args, dir);
    INFO(name << ": newsgraph " << args << " -> " << o.status << ": " << o.err);
    CHECK(o.status == 1);
    CHECK(one_line(o.err));
    CHECK(o.err.find(name) != std::string::npos);
    CHECK(file_bytes(dir / name) == before);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) std::filesystem::remove(dir / (name + suffix));
  }
}

void overwrite(const std::filesystem::path& p, size_t offset, size_t n, unsigned seed) {
  std::string bytes = file_bytes(p);
  std::mt19937 rng(seed);
  for (size_t i = offset; i < offset + n && i < bytes.size(); ++i) bytes[i] = static_cast<char>(rng() & 0xff);
  write_file(p, bytes);
}

struct Fixture {
  std::filesystem::path dir = scratch_dir("damaged");
  Fixture() {
    REQUIRE(run(cli() + " build " + samples() + " --db " + (dir / "good.db").string() + " --quiet >/dev/null 2>&1").status == 0);
  }
  ~Fixture() {
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    std::filesystem::remove_all(dir);
  }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "a truncated database is refused by every command") {
  check_refused(dir, "truncated.db", [](const std::filesystem::path& p) {
    std::filesystem::resize_file(p, std::filesystem::file_size(p) / 3);
  });
}

TEST_CASE_FIXTURE(Fixture, "a database with pages overwritten by random bytes is refused by every command") {
  check_refused(dir, "overwritten.db", [](const std::filesystem::path& p) {
    const size_t page = 4096, pages = std::filesystem::file_size(p) / page;
    for (size_t i = 2; i < pages; i += 3) overwrite(p, i * page, page, static_cast<unsigned>(i));
  });
}

TEST_CASE_FIXTURE(Fixture, "a file that is not SQLite is refused by every command") {
  check_refused(dir, "notes.db", [](const std::filesystem::path& p) {
    write_file(p, "title: not a database\n\nThese are somebody's notes, not a newsgraph database.\n");
  });
}

TEST_CASE_FIXTURE(Fixture, "a SQLite database of another program is refused by every command") {
  check_refused(dir, "other.db", [](const std::filesystem::path& p) {
    std::filesystem::remove(p);
    SQLite::Database d(p.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    d.exec("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x')");
  });
}

TEST_CASE_FIXTURE(Fixture, "a database of a newer schema is refused by every command") {
  check_refused(dir, "newer.db", [](const std::filesystem::path& p) {
    SQLite::Database d(p.string(), SQLite::OPEN_READWRITE);
    d.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  });
}

TEST_CASE_FIXTURE(Fixture, "a zero-length file: queries say it is empty; build fills it") {
  // An empty file is what SQLite itself makes first when a build creates a database, so a build
  // killed at its very start leaves one: build must accept it to resume.
  const auto empty = dir / "empty.db";
  for (const std::string& args : commands(empty.string(), (dir / "good.db").string())) {
    if (args.rfind("build", 0) == 0 || args.rfind("merge " + empty.string(), 0) == 0) continue;
    write_file(empty, "");
    Outcome o = run_cli(args, dir);
    INFO("newsgraph " << args << " -> " << o.status << ": " << o.err);
    CHECK(o.status == 1);
    CHECK(one_line(o.err));
    CHECK(o.err.find("empty.db") != std::string::npos);
    CHECK(std::filesystem::file_size(empty) == 0);
  }
  write_file(empty, "");
  CHECK(run_cli("build " + samples() + " --db " + empty.string() + " --quiet", dir).status == 0);
  CHECK(count(empty.string(), "articles") == 12);
}

TEST_CASE_FIXTURE(Fixture, "read-only database and read-only folder: writers refuse with one line, readers read") {
  // Permissions do not bind root: as root the commands run as nobody (setpriv, util-linux).
  std::string as_user;
  if (::geteuid() == 0) {
    if (run("command -v setpriv >/dev/null 2>&1").status != 0) {
      MESSAGE("skipped: running as root and setpriv (util-linux) is not installed to drop privileges");
      return;
    }
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    if (run_cli("stats --db " + (dir / "good.db").string(), dir, as_user).status != 0 &&
        run(as_user + " test -x " + cli()).status != 0) {
      MESSAGE("skipped: user nobody cannot run " << cli());
      return;
    }
  }
  auto owned_by_user = [&](const std::filesystem::path& p) {
    if (::geteuid() == 0) REQUIRE(::chown(p.c_str(), 65534, 65534) == 0);
  };
  auto err_dir = dir / "err";
  std::filesystem::create_directory(err_dir);
  owned_by_user(err_dir);
  // The other database of the merges: writable by the user, so only the file under test can fail.
  auto other = err_dir / "other.db";
  std::filesystem::copy_file(dir / "good.db", other);
  owned_by_user(other);
  using std::filesystem::perms;

  SUBCASE("a read-only database file in a writable folder") {
    auto folder = dir / "rofile";
    std::filesystem::create_directory(folder);
    owned_by_user(folder);
    auto db = folder / "g.db";
    std::filesystem::copy_file(dir / "good.db", db);
    std::filesystem::permissions(db, perms::owner_read | perms::group_read | perms::others_read);
    const std::string before = file_bytes(db);
    for (const std::string& args : commands(db.string(), other.string())) {
      Outcome o = run_cli(args, err_dir, as_user);
      INFO("newsgraph " << args << " -> " << o.status << ": " << o.err);
      bool writes = args.rfind("build", 0) == 0 || args.rfind("merge " + db.string(), 0) == 0;
      if (writes) {
        CHECK(o.status == 1);
        CHECK(one_line(o.err));
        CHECK(o.err.find("g.db") != std::string::npos);
      } else {
        CHECK((o.status == 0 || o.status == 2));  // 2: an entity or ID the samples lack
      }
      CHECK(file_bytes(db) == before);
    }
  }
  SUBCASE("a writable database in a read-only folder") {
    auto folder = dir / "rodir";
    std::filesystem::create_directory(folder);
    auto db = folder / "g.db";
    std::filesystem::copy_file(dir / "good.db", db);
    owned_by_user(db);
    std::filesystem::permissions(folder, perms::owner_read | perms::owner_exec | perms::group_read |
                                             perms::group_exec | perms::others_read | perms::others_exec);
    const std::string before = file_bytes(db);
    for (const std::string& args : commands(db.string(), other.string())) {
      Outcome o = run_cli(args, err_dir, as_user);
      INFO("newsgraph " << args << " -> " << o.status << ": " << o.err);
      if (o.status != 0 && o.status != 2) {
        CHECK(o.status == 1);
        CHECK(one_line(o.err));
        CHECK(o.err.find("g.db") != std::string::npos);
      }
      bool writes = args.rfind("build", 0) == 0 || args.rfind("merge " + db.string(), 0) == 0;
      if (writes) CHECK(o.status == 1);
      CHECK(file_bytes(db) == before);
    }
    std::filesystem::permissions(folder, perms::owner_all);
  }
}
