// The matching rules of data/gold/news/GUIDE.md: when a gold participant, predicate, event, claim
// or role is the same as one of the graph.
#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gold.h"
#include "graph_view.h"

namespace newsgraph::eval {

// Verb sets that report the same kind of fact (data/gold/news/synonyms.tsv).
class Synonyms {
 public:
  // Reads the file: one set per line, words separated by tabs or spaces, '_' for a space in a
  // phrasal verb, '#' comments. Throws std::runtime_error naming the file when it cannot be read.
  static Synonyms read(const std::filesystem::path& file);
  void add_set(const std::vector<std::string>& lemmas);
  bool same(const std::string& a, const std::string& b) const;

 private:
  std::multimap<std::string, int> set_of_;
};

// The synonym file that scores the gold folder `gold_dir`: its own synonyms.tsv when it has one,
// else the one of `development_dir` (data/gold/news). The verb sets belong to the scorer, not to
// one gold set, so a held-out folder (data/gold/news-heldout) is scored with the very same sets.
std::filesystem::path synonyms_file(const std::filesystem::path& gold_dir,
                                    const std::filesystem::path& development_dir);

struct MatchContext {
  const GoldArticle& gold;
  const GraphView& graph;
  const Synonyms& synonyms;
  // Key words shared by two different named things of the article ("Laden" of Hamza and Osama
  // bin Laden): for these the key word alone does not identify the participant.
  std::set<std::string> ambiguous_keys;
};
// The context of one gold article; `gold`, `graph` and `synonyms` must outlive it.
MatchContext make_context(const GoldArticle& gold, const GraphView& graph, const Synonyms& synonyms);

// Rule 1: a participant ("-" matches anything) against a graph entity or a text.
bool participant_matches_entity(const Participant& p, const std::string& entity_id, const MatchContext& c);
bool participant_matches_text(const Participant& p, const std::string& text, const MatchContext& c);
// The relation's subject: its entity, or its words when it has none (a text subject).
bool subject_matches(const Participant& p, const GRelation& r, const MatchContext& c);
// Rule 2: a gold predicate's alternatives against a relation's predicate and event type.
bool predicate_matches(const GoldFact& g, const GRelation& r, const MatchContext& c);
// Rule 7b: the graph's modality against the gold's. Equal, or the graph's "alleged" for the gold's
// "reported": the graph marks an accusation passed on ("allegedly", the act inside "X accused Y of"
// or "X alleged that") as "alleged", which the GUIDE writes as the content of someone's statement.
bool modality_matches(const std::string& gold, const std::string& graph);
// Rules 3-5: an EVENT, CLAIM or ROLE line against a relation, claim or role row of the graph.
bool event_matches(const GoldFact& g, const GRelation& r, const MatchContext& c);
bool claim_matches(const GoldFact& g, const GClaim& cl, const MatchContext& c);
bool role_matches(const GoldFact& g, const GRole& r, const MatchContext& c);

}  // namespace newsgraph::eval
