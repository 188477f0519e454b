// The pattern language of `newsgraph query`:  SUBJECT -RELATION-> OBJECT
//   SUBJECT, OBJECT   *  |  an entity type in capitals (PERSON, COUNTRY, ORG, PLACE, OTHER)  |
//                     an entity name, any alias, case-insensitive (quotes allowed: "New York")
//   RELATION          written -REL-> or -[REL]-> (brackets when REL has ':' or '*'):
//                     * or nothing (-->)   any relation
//                     claim                facts stated in a claim; SUBJECT is the speaker and
//                                          OBJECT either side of the stated fact
//                     cameo:13*, cameo:040 CAMEO codes starting with (or equal to) the digits
//                     event:meet           an event type (data/events.tsv)
//                     lemma:impose         a predicate lemma
//                     a bare word          an event type when data/events.tsv has it, else a lemma
// parse_pattern reads the text; resolve_pattern looks the names up in a store.
#pragma once
#include <set>
#include <stdexcept>
#include <string>

#include "graph_store.h"
#include "pattern_sql.h"

namespace newsgraph {

// A malformed pattern or unknown name; the message names the offending token.
class PatternError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// A pattern as written, before names are looked up.
struct PatternText {
  std::string subject, relation, object;  // each trimmed; "*" for any
};

// Splits the text into its three parts. Throws PatternError for a missing or malformed arrow or
// an empty side.
PatternText parse_pattern(const std::string& text);

// The entity types a node may name (those the extractor assigns).
const std::set<std::string>& pattern_entity_types();
// The modalities the extractor assigns (data/lexicon/cues.tsv and modality.tsv, plus "asserted"
// and the conditional "hypothetical"), for checking --modality.
const std::set<std::string>& pattern_modalities();
// Event types of data/events.tsv under `data_dir` (plain and threatened forms). Throws
// std::runtime_error naming the file when it cannot be read.
std::set<std::string> load_event_types(const std::string& data_dir);

// Resolves a parsed pattern against `store`: names become entity IDs (PatternError when unknown
// or ambiguous, with suggestions), relation words become a kind. Filters are left empty.
RelationPattern resolve_pattern(GraphStore& store, const PatternText& text, const std::set<std::string>& event_types);

}  // namespace newsgraph
