// What extraction produces for one article: mentions resolved to in-article entities, roles,
// time expressions, relations (typed events with modality, polarity, time, place, confidence and
// provenance) and claims. Entities are named by canonical name; storage turns names into IDs.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"
#include "lexicons.h"

namespace newsgraph {

struct TimeValue {
  std::string text;    // surface text, empty when the article date stands in
  std::string value;   // TIMEX3 value
  std::string type;    // DATE, TIME, DURATION, SET
  bool from_article = false;  // no expression in the clause: the article date was used
};

struct SentenceSpan {
  uint32_t start = 0, end = 0;
};

struct ExtractedMention {
  std::string text;
  uint32_t start = 0, end = 0;
  EntityType type = EntityType::kOther;
  std::string entity;  // canonical name
  size_t sentence = 0;
  std::string kind;    // name, demonym, pronoun, description, dateline
  std::string country; // for places: the country they are in
  std::string_view rule;  // the entities construction that found it ("gazetteer-name"); static storage
};

struct ExtractedEntity {
  std::string name;
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;  // distinct surface names (pronouns excluded)
  int mentions = 0;
};

// What an AGENT entity is besides its name (extract/agent_actors.h): its sector and country.
struct ExtractedAgent {
  std::string entity;   // the canonical name of its ExtractedEntity: "police of Kenya"
  std::string sector;   // data/agents.tsv's code: "COP"
  std::string country;  // "Kenya"
};

struct ExtractedRole {
  std::string person, role, organization;
  size_t sentence = 0;
  std::string_view rule;  // the title construction that stated it ("title-before-name"); static storage
};

struct ExtractedRelation {
  // User-provided, so that `emplace_back()` (value-initialisation) runs only the member
  // initializers below: with the implicit constructor it first zero-filled the whole relation
  // (some 900 bytes) and then ran them. Every scalar member has an initializer, so no member is
  // left unset that was zero before (`= default` would bring the zero fill back).
  ExtractedRelation() {}  // NOLINT(modernize-use-equals-default)
  std::string subject;        // canonical entity name, empty when the subject is not an entity
  std::string subject_text;
  std::string predicate;      // lemma ("meet")
  std::string text;           // surface relation phrase ("met with")
  std::string object;         // canonical entity name or empty
  std::string object_text;
  // The event's CAMEO target where it is not the object ("granted asylum to the journalist"):
  // the entity the words name (empty when none) and the words; both empty for every other relation
  // (construction prepositional-target, extract/facts/event_targets.h).
  std::string target;
  std::string target_text;
  std::string event_type, cameo;
  bool symmetric = false;
  bool has_time = false;
  TimeValue time;
  std::string location;       // canonical place name or text
  std::string modality = "asserted";
  std::string polarity = "positive";
  double confidence = 0.5;
  int claim = -1;             // index into ArticleExtraction::claims
  size_t sentence = 0;
  // Surface arguments in sentence order, for CaRB-style output.
  std::string arg1, arg2;
  std::vector<std::string> extra;
  bool attribution = false;   // the (speaker; said; content) triple: a claim, not a graph edge
  bool surface_only = false;  // a textual reading (appositive, title) kept out of the graph
  bool fragment = false;      // "X had": no object or complement; stored only by `build --fragments`
  // With no subject entity: the core of the subject's noun group ("road bridge" of "a road bridge")
  // when the construction text-subject keeps the relation as a graph fact with a text subject; else empty.
  std::string subject_words;
  // The construction that kept it with subject words: text-subject, or passive-text-patient (the
  // patient of an agentless passive; text_subjects.h). Empty with a subject entity; static storage.
  std::string_view text_rule;
  std::string_view rule;      // the facts construction that made it ("svo", "passive-by-agent"); static storage
  std::string_view time_rule; // the construction that gave it its time ("time-before-subject"); empty for the article date
  // quotation-speaker (facts/quotations.h): set when the relation stands in a sentence with no cue
  // of its own that is a speaker's quotation (run on from a cue's sentence, or a quoted sentence
  // after it); then `claim` is that speaker's claim and the modality "reported". Static storage.
  std::string_view speaker_rule;
  // The verb (or adjective) heading an infinitival chain ("agree" of "agreed to release"), empty
  // without one: stance_events.cpp makes a stance event of it.
  std::string matrix;
  // Index into ArticleExtraction::relations of the stance event (agreed to, refused to, urged ...
  // to) this act is embedded in, or -1: an embedded act did not happen, or not yet.
  int embedded_in = -1;
};

struct ExtractedClaim {
  std::string speaker;        // canonical entity name, empty when unknown
  std::string speaker_text;
  std::string cue;            // lemma of the cue ("say", "according to")
  std::string content;
  std::string modality;       // reported, expected, threatened, promised, denied
  bool has_time = false;
  TimeValue time;
  size_t sentence = 0;
  std::vector<int> relations; // indexes into ArticleExtraction::relations
  std::string_view rule;      // the facts construction that made it ("cue-that-clause"); static storage
};

struct ExtractedTime {
  std::string text, type, value;
  uint32_t start = 0, end = 0;
  size_t sentence = 0;
  std::string_view rule;  // the time construction that made it ("said-weekday"); static storage
};

// One line of `newsgraph extract --trace`: a construction that fired in a sentence (with what it
// made) or that recognized its pattern there and refused it (with the reason).
struct TraceEvent {
  size_t sentence = 0;
  std::string stage;   // time, entities, facts
  std::string rule;
  bool fired = true;
  std::string detail;  // the text it made, or the reason it refused
};

struct ArticleExtraction {
  Article article;  // metadata and text
  std::vector<SentenceSpan> sentences;
  std::vector<ExtractedMention> mentions;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedRole> roles;
  std::vector<ExtractedTime> times;
  std::vector<ExtractedRelation> relations;
  std::vector<ExtractedClaim> claims;
  std::vector<ExtractedAgent> agents;  // one per AGENT entity
  bool sentence_capped = false;  // a sentence was cut at the token cap
  std::vector<TraceEvent> trace;  // filled only with ExtractOptions::trace
};

}  // namespace newsgraph
