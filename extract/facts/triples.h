// Clause-based triple extraction over a chunked sentence (ClausIE-style clause types, ReVerb-style
// relation phrases): subject, relation, object and extra arguments for active and passive clauses,
// copulas, infinitival chains, object control, relative clauses, appositives and coordinated verb
// phrases; reported speech becomes a claim whose content clauses are attributed to the speaker.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "time_normalizer.h"
#include "token.h"

namespace newsgraph {

struct Span {
  size_t b = kNone, e = kNone;  // token range [b, e)
  bool empty() const { return b == kNone || b >= e; }
};

struct Triple {
  // Surface form in sentence order (what CaRB scores): arg1 relation arg2 [extra...].
  Span arg1, arg2;
  std::vector<Span> extra;
  std::string relation;       // surface relation phrase, e.g. "were approved by", "met with"
  // Normalized reading for the graph.
  Span subject, object;       // agent and patient (passive clauses swapped back to active)
  std::string predicate;      // lemma of the content verb ("impose"), "be" for copulas
  std::string object_head;    // lemma of the object's head noun ("tariff")
  bool passive = false;
  bool negated = false;
  std::string modality = "asserted";
  double confidence = 0.5;
  int claim = -1;             // index into SentenceFacts::claims when inside a claim's content
  std::string_view speaker_rule;  // how the claim got its speaker when not by its own cue
                                  // ("first-person-in-quotation"); static storage
  bool attribution = false;   // the (speaker; said; content) triple of a claim itself
  bool surface_only = false;  // a textual reading (appositive, title) kept out of the graph
  bool fragment = false;      // "X had": no object or complement where the verb needs one (fragments.h)
  int time = -1;              // index into the sentence's time expressions
  std::string_view time_rule; // the construction that attached the time ("time-before-subject")
  long time_offset_days = 0;  // days from that time's day to the clause's ("a day after": -1)
  std::string_view time_ref;  // with no time expression: "PAST_REF" or "PRESENT_REF" named by the
                              // clause's own adverb ("previously", "routinely"); static storage
  Span location;              // "in Geneva", "on the sidelines of the APEC summit"
  size_t verb = kNone;        // index into Chunks::verbs
  Span clause;                // tokens the clause covers
  std::string_view rule;      // the construction that made it ("passive-by-agent"); static storage
};

// The passive clause types whose subject is the "by" agent: "was approved by the board"
// (passive-by-agent, the clause type) and the agent after another phrase, "was presented with the
// award by the mayor" (agent-after-phrase, objects.cpp).
inline constexpr std::string_view kPassiveByAgent = "passive-by-agent";
inline constexpr std::string_view kAgentAfterPhrase = "agent-after-phrase";
inline bool is_passive_agent_rule(std::string_view rule) { return rule == kPassiveByAgent || rule == kAgentAfterPhrase; }

struct Claim {
  Span speaker;          // empty when the speaker is not in the sentence
  std::string cue;       // lemma of the cue ("say", "according to")
  Span content;          // the reported content
  bool negated = false;  // "did not say" (then no claim is kept) or "denied"
  std::string modality;  // what the content gets when it has no modality of its own
  size_t verb = kNone;
  int time = -1;
  std::string_view rule;  // the construction that made it ("cue-that-clause"); static storage
  bool by_document = false;  // the speaker is a document's author ("a report by X found")
};

// A clause a construction saw and refused: what `newsgraph extract --trace` shows.
struct FactRefusal {
  size_t token = 0;          // the verb group's first token
  std::string_view rule;     // static storage
  std::string_view reason;   // static storage
};

struct SentenceFacts {
  std::vector<Triple> triples;
  std::vector<Claim> claims;
  std::vector<FactRefusal> refusals;
};

SentenceFacts extract_triples(const std::vector<Token>& tokens, const Chunks& chunks, const Lexicons& lex,
                              const std::vector<TimeExpression>& times);

// Surface text of a span (tokens joined by single spaces).
std::string span_text(const std::vector<Token>& tokens, const Span& s);
// The same text written into `out` (replacing what it held): for a field filled in place, with no
// temporary string moved into it.
void assign_span_text(const std::vector<Token>& tokens, const Span& s, std::string& out);

}  // namespace newsgraph
