// The shape of a timeline: entries in the order things happened (by the first day of each time
// value's interval; a week, quarter, season or year before the days inside it, marked coarse),
// the same fact reported by several articles as one entry with its count, and objectless
// fragments ("X had", "X called") left out unless asked for.
#pragma once
#include <string>
#include <vector>

#include "records.h"

namespace newsgraph {

struct TimelineEntry {
  std::string date;      // the time value (or the article date when it has none)
  bool coarse = false;   // the date is longer than a day: a week, month, quarter, season, year, ...
  std::string text;      // describe_relation / describe_claim
  std::string article;   // the earliest article reporting it
  int reports = 0;       // evidence of every merged relation (1 for a claim: its evidence count)
  std::vector<std::string> ids;  // the relations (or the claim) behind the entry
};

// A fact without an object, entity or text ("Canada said", "X had"): a fragment of a clause.
bool is_fragment(const RelationRow& r);

// Sorts rows in timeline order (time_sort_key of the time value, else of the article date).
void sort_by_time(std::vector<RelationRow>& rows);
void sort_by_time(std::vector<ClaimRow>& rows);

// One fact of a timeline: relations that say the same thing (subject, event type or predicate,
// object, modality, polarity, date and speaker), however many articles worded them.
struct MergedFact {
  RelationRow first;             // the earliest-sorted relation, which stands for the fact
  std::vector<std::string> ids;  // every relation merged into it, `first` included
  int reports = 0;               // evidence of every merged relation
};

// The facts of a timeline in time order, repeated facts merged; fragments dropped unless
// `with_fragments`. Both the text and the JSON timeline are made from these.
std::vector<MergedFact> merge_same_facts(std::vector<RelationRow> relations, bool with_fragments);

// The entries of a timeline. Relations that say the same thing (subject, event type or predicate,
// object, modality, polarity and date) merge into one entry; fragments are dropped unless
// `with_fragments`. Ordered by time.
std::vector<TimelineEntry> timeline_entries(const std::vector<RelationRow>& relations, const std::vector<ClaimRow>& claims,
                                            bool with_fragments);

}  // namespace newsgraph
