// The news gold set: parsing of data/gold/news/*.gold files (format in data/gold/news/GUIDE.md).
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::eval {

// A gold file that cannot be read; what() is "FILE:LINE: reason" and says what to fix.
struct GoldError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A participant as the annotator wrote it: a canonical name, a group actor or plain text; or
// none ("-"). `key` holds the folded words of its key word (see key_words()).
struct Participant {
  std::string text;
  std::vector<std::string> key;
  bool none = true;
};

enum class FactKind { kEvent = 0, kClaim = 1, kRole = 2 };
inline constexpr int kFactKinds = 3;
const char* kind_name(FactKind k);

struct GoldFact {
  FactKind kind = FactKind::kEvent;
  int line = 0;
  Participant subject;                   // event subject, claim speaker, role person
  std::vector<std::string> predicates;   // event: lemma / phrasal lemma / event type alternatives; claim: cue
  Participant object;                    // event object; role organisation or country
  Participant role;                      // role: the role words ("interior minister")
  std::string time;                      // TIMEX3 value, empty for "-"
  std::string place, modality, polarity;  // event only
  std::vector<std::string> content;      // claim: folded content key words
  std::string tag;                       // the annotator's failure class, empty when none
  std::string source_line;               // the statement without its comment, for reports
};

struct MergeForm {
  std::string form;     // as in the text
  std::string context;  // the passage that locates it ("He tweeted"), empty for any occurrence
};

// A shared corpus a gold file may name in its `source:` header: eval_news reads the gold articles
// from <shared>/<path> by id. An undated corpus (the BBC News dataset has no dates) has gold files
// with `date: -`; their times are scored only where the text fixes them (see score.cpp).
struct Corpus {
  std::string_view source;  // the header value
  std::string_view path;    // under the shared folder
  std::string_view name;    // for messages
  bool dated;
};
// Read in this order; a new corpus is one more row here (and a line in GUIDE.md's `source` key).
inline constexpr Corpus kCorpora[] = {
    {"wikinews", "corpus/wikinews_2019_2020.jsonl", "Wikinews", true},
    {"bbc", "corpus/bbc_news.jsonl", "BBC News", false},
};
// The corpus a `source:` value names, or nullptr (a web article beside the gold file).
const Corpus* find_corpus(std::string_view source);

struct GoldArticle {
  std::filesystem::path file;
  std::string id, url, date, title, topic, source, credit;  // date is "-" for an undated article
  int id_line = 1;  // the line of the `id:` header, for errors about the article
  bool exhaustive = false;
  std::vector<GoldFact> facts;
  std::vector<std::pair<std::string, std::string>> entities;  // canonical name, type
  std::vector<std::vector<MergeForm>> merges;                 // canonical form first
  std::vector<std::pair<std::string, std::string>> not_merged;
  std::vector<int> not_merged_lines;

  // The name forms (not pronouns) of the MERGE group that holds `name`, `name` itself included.
  std::vector<std::string> name_forms(const std::string& name) const;
  // False for an article of an undated corpus (`date: -`): no time can be resolved against it.
  bool has_date() const { return date != "-"; }
  // A short name for reports: the file name without ".gold".
  std::string short_name() const { return file.stem().string(); }
};

// Parses gold text; `file` names it in errors. Throws GoldError.
GoldArticle parse_gold(std::string_view text, const std::filesystem::path& file);
// Reads and parses one file. Throws GoldError.
GoldArticle read_gold(const std::filesystem::path& file);
// Every *.gold under `dir` and `dir/web`, sorted by path. Throws GoldError.
std::vector<GoldArticle> read_gold_dir(const std::filesystem::path& dir);

// Folded key words of a participant or role text: the '*'-marked word, else the last word before
// the first "of" ("police of Kenya" -> police), else the last word.
std::vector<std::string> key_words(std::string_view text);

}  // namespace newsgraph::eval
