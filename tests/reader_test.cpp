#include <doctest/doctest.h>

#include <sstream>

#include "article.h"
#include "test_util.h"
#include "text_util.h"

using namespace newsgraph;

namespace {
struct Collected {
  std::vector<Article> articles;
  std::vector<Diagnostic> diags;
  ArticleReader reader(ReaderOptions o = {}) {
    return ArticleReader(o, [this](Article&& a) { articles.push_back(std::move(a)); },
                         [this](const Diagnostic& d) { diags.push_back(d); });
  }
};
}  // namespace

TEST_CASE("text files: header block, body offsets and dateline") {
  Collected c;
  auto r = c.reader();
  r.read_text("title: A headline\ndate: 2025-10-02\nsource: Wire\nid: x1\n\nGENEVA (Wire) - Ferreira met Okafor.\n", "a.txt");
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "x1");
  CHECK(a.title == "A headline");
  CHECK(a.date == "2025-10-02");
  CHECK(a.text.substr(a.body_start, 8) == "Ferreira");
}

TEST_CASE("text without a header keeps all its text and gets a stable id") {
  Collected c;
  auto r = c.reader();
  r.read_text("Brazil imposed tariffs.\n", "b.txt");
  r.read_text("Brazil imposed tariffs.\n", "b.txt");
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].text == "Brazil imposed tariffs.\n");
  CHECK(c.articles[0].id == c.articles[1].id);
  CHECK(!c.articles[0].id.empty());
}

TEST_CASE("byline and datelines are skipped for facts") {
  CHECK(find_body_start("By Lucia Prado\n\nSAO PAULO (Wire) - Brazil acted.") == std::string("By Lucia Prado\n\nSAO PAULO (Wire) - ").size());
  CHECK(find_body_start("SALVADOR, Feb 26 - Showers continued.") == std::string("SALVADOR, Feb 26 - ").size());
  CHECK(find_body_start("Brazil acted on Monday - again.") == 0);
}

TEST_CASE("JSON Lines: bad records are reported with file and line, good ones kept") {
  Collected c;
  auto r = c.reader();
  std::istringstream in(
      "{\"id\": \"1\", \"text\": \"Good one.\", \"date\": \"2025-10-02\"}\n"
      "{not json}\n"
      "{\"id\": \"3\", \"title\": \"no text\"}\n"
      "{\"id\": \"4\", \"text\": 42}\n"
      "[1, 2]\n"
      "\n"
      "{\"id\": \"7\", \"text\": \"Dated oddly.\", \"date\": \"next Tuesday\", \"extra\": {\"kept\": true}}\n"
      "{\"id\": \"8\", \"text\": \"ISO time.\", \"date\": \"2025-10-02T11:00:00Z\"}\n");
  r.read_jsonl(in, "f.jsonl");
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].id == "1");
  CHECK(c.articles[1].date.empty());  // unparseable date: kept without a date, with a warning
  CHECK(c.articles[2].date == "2025-10-02");
  int skipped = 0;
  for (const auto& d : c.diags) skipped += d.skipped;
  CHECK(skipped == 4);
  CHECK(c.diags[0].str().rfind("f.jsonl:2: malformed JSON", 0) == 0);
  CHECK(c.diags[1].line == 3);
  CHECK(c.diags[2].line == 4);
  CHECK(c.diags[3].line == 5);
}

TEST_CASE("invalid UTF-8, NUL bytes and empty text are skipped") {
  Collected c;
  auto r = c.reader();
  r.read_text("bad \xC0\xAF bytes", "u.txt");
  r.read_text(std::string("nul\0byte", 8), "n.txt");
  r.read_text("   \n", "e.txt");
  CHECK(c.articles.empty());
  REQUIRE(c.diags.size() == 3);
  CHECK(c.diags[0].reason.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("dates in common forms normalize; others do not") {
  CHECK(normalize_date("2025-10-30") == "2025-10-30");
  CHECK(normalize_date("2025/10/30") == "2025-10-30");
  CHECK(normalize_date("2025-10-30T08:00:00+02:00") == "2025-10-30");
  CHECK(normalize_date("October 30, 2025") == "2025-10-30");
  CHECK(normalize_date("30 Oct 2025") == "2025-10-30");
  CHECK(!normalize_date("2025-02-30"));
  CHECK(!normalize_date("yesterday"));
  // Regression (found by fuzz_reader): a day or year too long for an int threw std::out_of_range.
  CHECK(!normalize_date("77777777777777777777777777 T d: Oc"));
  CHECK(!normalize_date("October 99999999999999, 2025"));
}

TEST_CASE("directories are read recursively in sorted order; binary files are refused") {
  auto dir = test::scratch_dir("reader");
  std::filesystem::create_directories(dir / "sub");
  test::write_file(dir / "b.txt", "Second.");
  test::write_file(dir / "sub" / "a.md", "First.");
  test::write_file(dir / "c.txt", std::string("\0\1\2binary", 9));
  test::write_file(dir / "ignored.bin", "x");
  Collected c;
  auto r = c.reader();
  r.read_path(dir.string());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].text == "Second.");
  CHECK(c.articles[1].text == "First.");
  REQUIRE(c.diags.size() == 1);
  CHECK(c.diags[0].reason.find("binary") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("header blocks: unknown keys are reported and ignored; a body line with a colon is not a header") {
  Collected c;
  auto r = c.reader();
  r.read_text("title: T\nauthor: Someone\ndate: 2025-10-01\n\nBody text.\n", "h.txt");
  r.read_text("Note: this is the body.\nIt continues.\n", "n.txt");
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].title == "T");
  CHECK(c.articles[0].text == "Body text.\n");
  REQUIRE(c.diags.size() == 1);
  CHECK(c.diags[0].str() == "h.txt:2: unknown header key 'author' ignored (known: title, date, source, id)");
  CHECK(!c.diags[0].skipped);
  CHECK(c.articles[1].text == "Note: this is the body.\nIt continues.\n");
}

TEST_CASE("deeply nested JSON parses without recursion; over-long records are refused") {
  Collected c;
  auto r = c.reader();
  std::string nested = "{\"id\":\"n\",\"text\":\"ok\",\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}\n";
  std::istringstream in(nested);
  r.read_jsonl(in, "deep.jsonl");
  REQUIRE(c.articles.size() == 1);  // extra fields, however deep, are ignored
  Collected small;
  ReaderOptions o;
  o.max_article_bytes = 1000;
  auto r2 = small.reader(o);
  std::string huge = "{\"id\":\"h\",\"text\":\"" + std::string(5000, 'a') + "\"}\n";
  std::string big = "{\"id\":\"b\",\"text\":\"" + std::string(1500, 'a') + "\"}\n";
  std::istringstream in2(huge + big + "{\"id\":\"fine\",\"text\":\"Fine.\"}\n");
  r2.read_jsonl(in2, "big.jsonl");
  REQUIRE(small.articles.size() == 1);
  CHECK(small.articles[0].id == "fine");
  REQUIRE(small.diags.size() == 2);
  CHECK(small.diags[0].line == 1);
  CHECK(small.diags[1].reason.find("over the cap") != std::string::npos);
}

TEST_CASE("symlink loops and dangling links in directories do not hang or abort") {
  auto dir = test::scratch_dir("links");
  std::filesystem::create_directories(dir / "a");
  test::write_file(dir / "a" / "x.txt", "Text.");
  std::filesystem::create_directory_symlink(dir, dir / "a" / "loop");
  std::filesystem::create_symlink(dir / "missing.txt", dir / "a" / "dangling.txt");
  Collected c;
  auto r = c.reader();
  r.read_path(dir.string());
  CHECK(c.articles.size() == 1);
  REQUIRE(c.diags.size() == 1);  // the dangling link is reported
  CHECK(c.diags[0].reason.find("dangling") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the word-wise UTF-8 check gives the byte-wise check's answer") {
  // Pieces that straddle word boundaries at every offset: ASCII, valid sequences of 2-4 bytes,
  // truncated ones, overlong forms, surrogates, code points past U+10FFFF, stray continuations.
  const std::vector<std::string> pieces = {
      "a", "plain ascii ", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xC3", "\xE2\x80", "\xF0\x9F\x98",
      "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xBF\xBF", "\xF8\x88\x80\x80\x80", "\n"};
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  int invalid = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string s(next() % 20, 'x');  // shifts the pieces against the 8-byte words
    size_t count = 1 + next() % 12;
    for (size_t k = 0; k < count; ++k) {
      // Mostly valid pieces, so that an error often comes late in the string.
      size_t p = next() % 100 < 85 ? next() % 5 : next() % pieces.size();
      s += pieces[p];
    }
    size_t expected = find_invalid_utf8(s);
    invalid += expected != std::string_view::npos;
    REQUIRE_MESSAGE(find_invalid_utf8_by_words(s) == expected, s);
  }
  CHECK(invalid > 400);  // both answers were exercised
  CHECK(invalid < 3800);
}

TEST_CASE("JSON Lines parsed in place give the sized parse's articles and diagnostics") {
  const std::string input =
      "{\"id\": \"1\", \"text\": \"Plain text.\", \"date\": \"2025-10-02\", \"title\": \"T\", \"source\": \"S\"}\n"
      "\xEF\xBB\xBF{\"id\": \"2\", \"text\": \"After a byte-order mark.\"}\n"
      "\xBB{\"id\": \"3\", \"text\": \"A stray mark byte.\"}\n"
      "{\"id\": \"4\", \"text\": \"Escapes: \\\"q\\\" \\\\ \\/ \\n\\t \\u00e9 \\ud83d\\ude00 end\"}\n"
      "{\"id\": 5, \"text\": \"A numeric id.\", \"date\": \"Oct. 30, 2025\"}\n"
      "{\"id\": \"6\", \"text\": \"bad escape \\q\"}\n"
      "{\"id\": \"7\", \"text\": \"lone surrogate \\ud800 x\"}\n"
      "{\"id\": \"8\", \"text\": \"unterminated\n" +
      std::string("{\"id\": \"9\", \"text\": \"a NUL") + '\0' + "inside\"}\n" +
      "{\"id\": \"10\", \"text\": \"ok\"}" + '\0' + "trailing\n" +
      "{\"id\": \"11\", \"text\": \"control \x01 byte\"}\n"
      "{\"id\": \"12\", \"text\": \"bad date\", \"date\": \"2025-02-30\"}\n"
      "{\"id\": \"13\", \"text\": \"\\u0000 escaped NUL\"}\n"
      "\xEF\xBB\xBF{\"id\": \"14\" \"text\": \"missing comma after a mark\"}\n"
      "{\"id\": \"15\", \"text\": \"invalid \xC3\x28 UTF-8\"}\n"
      "{\"id\": \"16\", \"text\": \"duplicate\", \"text\": \"keys\", \"date\": \"0999-01-01\"}\n";
  auto run = [&](bool in_place) {
    ReaderOptions o;
    o.parse_in_place = in_place;
    o.quick_checks = in_place;
    Collected c;
    auto r = c.reader(o);
    std::istringstream in(input);
    r.read_jsonl(in, "p.jsonl");
    std::vector<std::string> seen;
    for (const Article& a : c.articles)
      seen.push_back(a.id + "|" + a.title + "|" + a.date + "|" + a.source + "|" + a.text + "|" + a.origin + "|" +
                     std::to_string(a.body_start));
    for (const Diagnostic& d : c.diags) seen.push_back(d.str() + (d.skipped ? " (skipped)" : ""));
    return seen;
  };
  std::vector<std::string> sized = run(false);
  CHECK(sized.size() > 16);
  CHECK(run(true) == sized);
}

TEST_CASE("a date already in YYYY-MM-DD is taken as it is only when normalize_date would keep it") {
  for (const char* date : {"2025-10-02", "2024-02-29", "2025-02-29", "0999-01-01", "2025-13-01", "2025-1-02",
                           "2025-10-02 ", "2025/10/02", "+025-10-02", "2025-10-0x"}) {
    std::vector<std::string> got;
    for (bool quick : {false, true}) {
      ReaderOptions o;
      o.quick_checks = quick;
      Collected c;
      auto r = c.reader(o);
      std::istringstream in(std::string("{\"text\": \"Some text.\", \"date\": \"") + date + "\"}\n");
      r.read_jsonl(in, "d.jsonl");
      REQUIRE(c.articles.size() == 1);
      got.push_back(c.articles[0].date + "|" + std::to_string(c.diags.size()));
    }
    CHECK_MESSAGE(got[0] == got[1], date);
  }
}
