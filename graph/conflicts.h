// Where the sources disagree: versions of one fact (same subject, relation and object) that
// cannot all be true. Four kinds, each a named rule in conflicts.cpp:
//   polarity  "X met Y" against "X did not meet Y", both stated as fact, at compatible times
//   figures   the same fact with different numbers ("tariffs of 25 percent" / "of 30 percent")
//   dates     one event given different days (both past when first reported, or both ahead)
//   modality  announced against denied ("X imposed tariffs" / "X denied imposing tariffs")
// Versions must come from different articles or different speakers: one article that reports a
// change over time is not a disagreement.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "graph_store.h"

namespace newsgraph {

enum class ConflictKind { kPolarity, kFigures, kDates, kModality };
const char* conflict_kind_name(ConflictKind k);  // "polarity", "figures", "dates", "modality"

// One report of one version: who said it, where and in which words.
struct ConflictVersion {
  std::string relation_id;
  std::string value;  // what differs: "negative", "25 percent", "2025-10-02", "denied"
  std::string modality, polarity, time_value;
  std::string speaker;  // empty when the article states it itself
  std::string article_id, article_title, article_date, sentence;
  int sentence_index = 0;
};

struct Conflict {
  ConflictKind kind = ConflictKind::kPolarity;
  std::string subject_id, subject_name, relation, object_id, object_name;  // relation: event type or predicate
  std::vector<ConflictVersion> versions;  // every report of every disagreeing version, by value then date
};

// Facts whose predicate is a reporting verb ("say", "tell": data/lexicon/cues.tsv) are what a
// claim is made of, not facts that can conflict; neither are facts without an object ("X had").
struct ConflictOptions {
  std::string about_id;                   // only facts with this entity on either side; all when empty
  std::set<std::string> reporting_verbs;  // predicate lemmas to leave out
};

// The reporting verbs of data/lexicon/cues.tsv under `data_dir`; throws std::runtime_error naming
// the file when it cannot be read.
std::set<std::string> load_reporting_verbs(const std::string& data_dir);

// The conflicts among stored facts. Ordered by kind, then subject and relation.
std::vector<Conflict> find_conflicts(GraphStore& store, const ConflictOptions& options);

}  // namespace newsgraph
