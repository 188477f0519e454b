// A typed pattern over stored relations ("PERSON -meet-> PERSON", "* -[cameo:13*]-> China"),
// already resolved to entity IDs, types and relation kinds, and the one SQL query that answers it
// (GraphStore::match_relations and friends, in pattern_sql.cpp). The text form is parsed in
// graph/pattern.h; this is the part that knows tables and indexes.
#pragma once
#include <cstdint>
#include <string>

namespace newsgraph {

// One end of a pattern: anything, one entity, or every entity of a type.
struct NodeMatch {
  enum class Kind { kAny, kEntity, kType };
  Kind kind = Kind::kAny;
  std::string value;  // the entity ID or the type (PERSON, COUNTRY, ...)
};

// The arrow of a pattern.
struct RelationMatch {
  enum class Kind {
    kAny,
    kEventType,    // value: an event type of data/events.tsv ("meet", "impose_tariff")
    kCameoPrefix,  // value: leading CAMEO digits ("13" for 13*, "040" for exactly 040 and below it)
    kPredicate,    // value: the predicate lemma ("impose")
    kClaim,        // the subject is the speaker; the object is either side of a fact stated in the claim
  };
  Kind kind = Kind::kAny;
  std::string value;
};

struct RelationPattern {
  NodeMatch subject, object;
  RelationMatch relation;
  // Filters, each empty for none. `source` is an article source ("Reuters"), case-insensitive;
  // `from`/`to` are whole days (YYYY-MM-DD): a relation matches when its time value's interval
  // meets [from, to]; relations whose time has no interval (durations) then do not match.
  std::string modality, polarity, source, from, to;
};

enum class PatternGroup { kNone, kSubject, kObject, kMonth };

struct PatternGroupCount {
  std::string key;  // a name, or YYYY-MM for months ("undated" when the time has no interval)
  int64_t count = 0;
};

}  // namespace newsgraph
