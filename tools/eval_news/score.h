// Scores a built graph against the news gold set (rules in data/gold/news/GUIDE.md) and prints
// the report of issue #16.
#pragma once
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "furniture.h"
#include "gold.h"
#include "graph_view.h"
#include "match.h"

namespace newsgraph::eval {

// One entry of the ranked list: what was missed or wrong, and its failure class.
struct Miss {
  std::string cls, article, what;
  std::string type;  // "missed fact", "wrong time", "merge", "extra fact" or "junk entity"
};

struct ArticleScore {
  std::string id, name;
  bool exhaustive = false;
  int gold[kFactKinds] = {0, 0, 0};
  int found[kFactKinds] = {0, 0, 0};
  int timed = 0, time_right = 0;          // matched events, and those with the right time value
  int time_checked = 0;                   // matched events whose time is scored: all but a gold "-" of an undated article
  int timed_fallback = 0;                 // matched events whose graph time is the article date fallback
  int dated = 0, dated_fallback = 0;      // matched events whose gold names a date, and those that fell back
  int modality_right = 0;
  int produced = 0, produced_right = 0;   // relations and claims of the article (exhaustive only)
  int merge_forms = 0, merged = 0;
  int not_merge_pairs = 0, violations = 0;
  int entities = 0, junk = 0;             // exhaustive only
  std::vector<Miss> misses;
  std::vector<std::string> matches;      // "gold line -> graph fact", for --verbose
};

struct Report {
  std::vector<ArticleScore> articles;
  ArticleScore total;                     // sums over the articles
  std::vector<std::pair<std::string, int>> classes;  // failure classes, most frequent first
  std::vector<std::string> gold_problems;  // "FILE: ..." for gold that does not fit its article text
};

// The day of a TIMEX3 value with a time of day ("2019-10-09T15:00", "2019-10-09TEV" →
// "2019-10-09"); any other value unchanged.
std::string timex_day(const std::string& value);
// Rule 7 of GUIDE.md: the graph's time of a matched event against the gold time of `g`. "Now"
// (PRESENT_REF) is the article date, so either value is right for it; a gold "-" is right for the
// article date fallback or no time.
bool time_right(const GoldFact& g, const GRelation& r, const std::string& article_date);
// Whether the time of a matched gold event is scored at all. An article without a date (`date: -`,
// the BBC set) has no date to resolve "on Monday" or "last year" against, and its gold writes such
// times "-": there a gold "-" says nothing about the time and is not scored. A time the text fixes by
// itself ("in 1989") is scored as everywhere; every fact of a dated article is scored.
bool time_checked(const GoldFact& g, const GoldArticle& ga);

// Scores every gold article against the graph. An article missing from the graph scores zero and
// its facts count as missed ("other").
Report score(const std::vector<GoldArticle>& gold, const GraphView& graph, const Synonyms& synonyms);

// Writes the figures as one JSON object (overall, per article, per failure class) for
// before/after comparisons: {"overall": {...}, "articles": [...], "classes": [...]}.
void write_json(const Report& report, std::ostream& out);

// Prints per-article lines, the overall figures and the ranked misses; `verbose` lists every miss.
// How much print_report shows. `summary` prints the overall figures and the failure-class counts
// only: no article names and no examples, so a blind held-out set can be scored without showing
// its sentences to whoever tunes the rules.
enum class ReportDetail { summary, articles, verbose };
void print_report(const Report& report, std::ostream& out, ReportDetail detail);

// --- failure classes (eval_news_classify.cpp) ---
std::string classify_missed_fact(const GoldFact& g, const MatchContext& c, const std::vector<const GRelation*>& relations);
std::string classify_false_positive(const GRelation& r, const std::vector<std::pair<int, int>>& furniture,
                                    const std::string& article);

}  // namespace newsgraph::eval
