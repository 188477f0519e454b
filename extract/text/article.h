// An article as newsgraph ingests it, and the readers that turn files, directories,
// JSON Lines and standard input into articles while reporting bad records.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph {

struct Article {
  std::string id;      // given id, else a stable hash of origin path and text
  std::string title;
  std::string date;    // YYYY-MM-DD or empty: the reference date for relative times
  std::string source;
  std::string text;    // the body exactly as given; offsets point into it
  size_t body_start = 0;  // first byte after a leading byline/dateline (facts start here)
  std::string origin;  // "file:line" for diagnostics
  std::vector<std::string> reporters;  // from bylines and credit lines (set by extraction; page_furniture.h)
};

// A problem with one input record. `skipped` is true when the record was not ingested.
struct Diagnostic {
  std::string file;
  size_t line = 0;
  std::string reason;
  bool skipped = true;
  std::string str() const;
};

struct ReaderOptions {
  std::string default_date;               // used when an article has no date
  size_t max_article_bytes = 4u << 20;    // larger articles are skipped and reported
  // How a JSON Lines record is read (the same articles and diagnostics either way; `newsgraph
  // build` turns these off for NEWSGRAPH_BENCH_WITHOUT=reader-insitu / reader-checks):
  bool parse_in_place = true;  // strings decoded inside the line's buffer, not copied to a stack first
  bool quick_checks = true;    // UTF-8 checked a word at a time, an ISO date taken without sscanf
};

// Normalizes a date written as ISO 8601 (date or date-time), YYYY/MM/DD, "October 30, 2025",
// "30 October 2025" or "Oct. 30, 2025" to YYYY-MM-DD; nullopt when it is none of these.
std::optional<std::string> normalize_date(const std::string& raw);

// Byte offset at which the facts of `text` begin: a leading "By A. Writer" line and a
// dateline such as "CITY, Country (Agency) - " or "SALVADOR, Feb 26 - " are skipped.
size_t find_body_start(const std::string& text);

// Streams articles from paths: directories (recursively; .txt, .md, .jsonl, .json files),
// text files with an optional header block (title:, date:, source:, id: then a blank line),
// JSON Lines files of {id, title, date, source, text}, and "-" for standard input (JSON Lines
// when its first non-blank byte is '{', else one text article). Every bad record produces a
// Diagnostic and is skipped; reading continues. Never throws for bad input.
class ArticleReader {
 public:
  using ArticleSink = std::function<void(Article&&)>;
  using DiagnosticSink = std::function<void(const Diagnostic&)>;

  ArticleReader(ReaderOptions options, ArticleSink on_article, DiagnosticSink on_diagnostic);
  void read_path(const std::string& path);
  // Reads a JSON Lines stream; `name` is used in diagnostics.
  void read_jsonl(std::istream& in, const std::string& name);
  // Reads one text article (header block optional).
  void read_text(const std::string& content, const std::string& name);

 private:
  void read_file(const std::string& path);
  bool check_text(std::string& text, const std::string& file, size_t line);
  void finish(Article&& a, const std::string& file, size_t line);

  ReaderOptions options_;
  ArticleSink on_article_;
  DiagnosticSink on_diagnostic_;
};

}  // namespace newsgraph
