// Internal to the facts stage: the state one sentence's constructions share, and the helpers they
// read the sentence with (noun groups, subjects, objects, extra arguments, times). The
// constructions themselves are small named functions registered in ordered tables:
//   sentence_constructions.cpp  what runs once per sentence, in order (claims, readings, clauses)
//   noun_phrase_readings.cpp    appositives and the readings inside and between noun groups
//   clause_constructions.cpp    a verb group's clause: its verb, its subject, its claim or triple
//   claims.cpp                  reported speech ("according to", cue verbs) and attribution
//   objects.cpp                 a clause's object or complement (passive, copula, active)
//   noun_phrases.cpp            the spans the constructions read (object NP, subject NP, extras)
// extract_triples (triples.h) is the stage's interface.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chunker.h"
#include "clause_words.h"
#include "gapping.h"
#include "lexicons.h"
#include "reported_speech.h"
#include "time_attachment.h"
#include "time_normalizer.h"
#include "token.h"
#include "triples.h"

namespace newsgraph::facts {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;

class SentenceExtractor;

// A named construction that runs once per sentence (the order is sentence_constructions.cpp's table).
struct SentenceConstruction {
  std::string_view name;
  void (*apply)(SentenceExtractor& x);
};

// A named construction over one noun group `gi` (noun_phrase_readings.cpp's table).
struct NounGroupConstruction {
  std::string_view name;
  void (*apply)(SentenceExtractor& x, size_t gi);
};

// What the clause constructions of one verb group share while they run in order
// (clause_constructions.cpp's table): the verb group as read so far, the subject and the triple.
struct ClauseState {
  size_t vi = 0;                 // index into Chunks::verbs
  VerbGroup v;                   // a copy: a shared passive auxiliary changes it
  std::string shared_aux;        // "were" of "were sold ... and renamed"
  bool participle = false;       // a participial modifier of the noun group before it
  bool trailing = false;         // a participial clause after the main clause
  std::string_view t_prefix;          // "to" before an infinitive of purpose; static storage
  std::string_view control_modality;  // an infinitive whose subject an object-control verb gives; static storage
  Span fronted;                  // the subject a main clause lends
  Triple t;
  bool inherited = false;        // the subject is another clause's
  std::string_view subject_rule; // a subject found by a construction of its own (see clause_type)
  size_t k = 0;                  // where the subject ends
  Span subj;
  bool inverted = false;         // "..., said Ferreira."
  bool cited_rule = false;       // "cited X as saying": X speaks (cited-as-saying)
  bool cue = false;              // the verb is a reported-speech cue
  size_t j = 0;                  // the first token after the verb group (or the inverted subject)
  std::string_view verb_rule;    // a construction that read a non-finite group as a coordinate (coordinated_verbs.cpp)
  std::string_view charged_modality;  // "accused of shooting": the act is the accusation's content (charged-with-gerund)
};

// A clause construction: `next` lets the table go on; `done` ends the verb group's clause (a
// triple was made, or the construction refused and said why through `refuse`).
enum class Step { next, done };

// What the clause must be, when a construction's turn comes, for the construction to do anything:
// each bit is the first test the construction makes itself (it returns Step::next untouched when
// the test fails), declared in its table row so that clause() tests it in place of a call. Most
// verb groups are finite, with a subject and no cue: about half the table is passed this way.
enum ClauseNeed : uint8_t {
  kAnyClause = 0,
  kNonFinite = 1,    // the verb group is not (yet) read as finite: !s.v.finite
  kSubject = 2,      // a subject was found: !s.subj.empty()
  kNoSubject = 4,    // no subject yet: s.subj.empty()
  kParticiple = 8,   // a participial modifier: s.participle
  kLent = 16,        // a main clause lends its subject: !s.fronted.empty()
  kCueClause = 32,   // a reported-speech cue with its subject before it: s.cue && !s.inverted
};
struct ClauseConstruction {
  std::string_view name;
  Step (SentenceExtractor::*apply)(ClauseState& s);
  uint8_t needs = kAnyClause;  // ClauseNeed bits
};

// Whether the clause as read so far has everything `needs` names (see ClauseNeed).
inline bool clause_meets(uint8_t needs, const ClauseState& s) {
  return (!(needs & kNonFinite) || !s.v.finite) && (!(needs & kSubject) || !s.subj.empty()) &&
         (!(needs & kNoSubject) || s.subj.empty()) && (!(needs & kParticiple) || s.participle) &&
         (!(needs & kLent) || !s.fronted.empty()) && (!(needs & kCueClause) || (s.cue && !s.inverted));
}

// A construction over a clause's object or complement, reading from j (after_verbs: the first
// token after the verb group, before its adverbs): true when it took the words; it moves j past
// what it read.
using ObjectRule = bool (*)(SentenceExtractor& x, Triple& t, const VerbGroup& v, size_t after_verbs, size_t& j);
struct ObjectConstruction {
  std::string_view name;
  ObjectRule apply;
};

class SentenceExtractor {
 public:
  SentenceExtractor(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                    const std::vector<TimeExpression>& times)
      : tk_(tk), c_(c), lex_(lex), times_(times), n_(tk.size()), first_wh_relativizer_(first_wh_relativizer(tk)) {}

  SentenceFacts run();

  // --- Sentence constructions (sentence_constructions.cpp, claims.cpp, noun_phrase_readings.cpp).
  void find_according_to();
  void find_appositives();
  void find_noun_phrase_readings();
  void clause(size_t vi);
  void absorb_first_person_claims();
  bool speaker_cue_within(Span content) const;
  size_t recipient_before_clause(const VerbGroup& cue, Span recipient) const;
  void attribute_to_claims();

  // --- Spans (noun_phrases.cpp).
  int np(size_t i) const { return i < n_ ? c_.noun_at[i] : -1; }
  Span np_span(int ni) const { return {c_.nouns[ni].begin, c_.nouns[ni].end}; }
  Span object_np(size_t j) const;
  size_t list_item_end(size_t q, bool inner) const;
  size_t after_aside(size_t j) const;
  Span subject_before(size_t k, bool chains = true, bool clause_subject = false) const;
  // The name a description is set off from by a comma, "Penhallow, a British mathematician"
  // (name-before-described-antecedent, name_before_description in reported_speech.h); empty
  // when the description follows no name.
  Span described_name(Span description) const;
  Span person_past_place_of_phrase(size_t relativizer, Span nearest) const;
  size_t extras(size_t j, std::vector<Span>& out) const;
  size_t time_after_approximator(size_t prep) const;
  int time_at(size_t i) const {
    for (size_t k = 0; k < times_.size(); ++k)
      if (i >= times_[k].tok_begin && i < times_[k].tok_end) return static_cast<int>(k);
    return -1;
  }
  size_t content_end(size_t j) const;
  std::string relation_text(const VerbGroup& v) const;
  void append_relation_text(const VerbGroup& v, std::string& out) const;
  bool preposition_may_join(size_t j) const;
  Span that_clause(size_t j) const;
  bool finite_verb_after(size_t j) const;
  Span shared_object(size_t j) const;
  bool is_location_pp(size_t p) const;

  // --- Readings (noun_phrase_readings.cpp).
  void add_reading(std::string_view rule, Span a, const char* relation, Span b, double confidence);

  // --- Claims (claims.cpp).
  bool in_according(size_t k) const;
  size_t quotation_after_cue(bool that, size_t& cb) const;
  std::optional<bool> complement_clause_at(size_t cb) const;
  size_t of_phrases_end(size_t e) const;
  size_t cue_phrases_end(size_t j) const;
  bool according_interrupts(size_t end) const;
  bool inverted_speaker_closes(size_t e) const;
  Span coordinated_cue_speaker(const VerbGroup& v, size_t k);
  Span trailing_cue_speaker(const VerbGroup& v, size_t comma);
  void add_speech_object_claim(Triple t, Span subj, size_t vi, SpeechObject so);
  static bool is_finding_verb(std::string_view lemma);
  void negated_finding(Triple& t) const;
  void add_gapped_clause(const Triple& first, const VerbGroup& v);
  void add_passive_gapped_clause(const Triple& first, const VerbGroup& v);

  // --- Clause constructions, in the order of kClauseConstructions (clause_constructions.cpp).
  // The verb group (clause_constructions.cpp).
  Step shared_passive_auxiliary(ClauseState& s);
  Step base_form_after_and(ClauseState& s);
  Step past_form_reads_finite_step(ClauseState& s);
  // The second verb of a coordinated verb phrase (coordinated_verbs.cpp).
  Step past_form_after_conjunction(ClauseState& s);
  Step base_form_after_modal(ClauseState& s);
  Step coordinated_trailing_participle(ClauseState& s);
  Step past_form_before_conjunction(ClauseState& s);
  Step coordinated_infinitive(ClauseState& s);
  Step prepositional_participle(ClauseState& s);
  // A non-finite verb group's subject (clause_subjects.cpp).
  Step participial_modifier(ClauseState& s);
  Step reduced_relative_by(ClauseState& s);  // reduced_relatives.cpp
  Step reduced_relative_in_fronted_phrase(ClauseState& s);  // reduced_relatives.cpp
  Step fronted_clause(ClauseState& s);
  Step intent_noun_infinitive(ClauseState& s);
  Step infinitive_of_purpose(ClauseState& s);
  Step trailing_participle(ClauseState& s);
  Step cited_as_saying(ClauseState& s);
  Step statement_vehicle_participle(ClauseState& s);  // claims.cpp
  Step charged_with_gerund(ClauseState& s);
  Step non_finite_without_subject(ClauseState& s);
  Step inside_according_to(ClauseState& s);
  Step verb_relation(ClauseState& s);
  Step phrasal_particle(ClauseState& s);
  // The subject (clause_subjects.cpp).
  Step subject_before_verb(ClauseState& s);
  Step subject_across_relative(ClauseState& s);
  Step subject_across_participle(ClauseState& s);  // reduced_relatives.cpp
  Step subject_across_reduced_relative(ClauseState& s);  // reduced_relatives.cpp
  bool phrases_and_times_only(size_t b, size_t e) const;  // reduced_relatives.cpp
  Step time_phrase_not_subject(ClauseState& s);
  Step subject_before_appositive(ClauseState& s);
  Step names_in_appositive_subject(ClauseState& s);
  Step subject_across_parenthetical(ClauseState& s);
  Step subject_across_brackets(ClauseState& s);
  Step subject_across_dashes(ClauseState& s);
  Step relative_clause(ClauseState& s);
  Step participial_modifier_subject(ClauseState& s);
  Step lent_subject(ClauseState& s);
  Step coordinated_verb_phrase(ClauseState& s);
  Step inverted_subject(ClauseState& s);
  Step clause_subject(ClauseState& s);
  Step hypothetical(ClauseState& s);
  Step negative_subject(ClauseState& s);
  // Reported speech (claims.cpp).
  Step cue_complement(ClauseState& s);
  Step relayed_content_then_cue(ClauseState& s);
  Step content_then_cue(ClauseState& s);
  Step content_then_inverted_cue(ClauseState& s);
  Step speech_object_claim(ClauseState& s);
  Step expectation_object_control(ClauseState& s);
  bool can_act(size_t head) const;
  // The plain clause: object, extras, type (objects.cpp).
  Step plain_clause(ClauseState& s);

  // --- Clauses (clause_constructions.cpp, clause_subjects.cpp, objects.cpp).
  std::string_view modality_of(const VerbGroup& v) const;  // the lexicon's value, or static storage
  double confidence(const Triple& t) const;
  Span fronted_clause_subject(const VerbGroup& v) const;
  Span antecedent_across_relative(size_t k) const;
  bool participle_before_by(const VerbGroup& v) const;  // reduced_relatives.cpp
  size_t past_time_at(size_t k) const;                 // reduced_relatives.cpp
  bool participial_appositive(const VerbGroup& v) const;
  const VerbGroup* shared_passive(const VerbGroup& v) const;
  bool speaks_after(const VerbGroup& v) const;
  const VerbGroup* clause_verb_before(size_t q) const;
  bool subject_of_verb(const VerbGroup& pv) const;
  bool after_main_clause(size_t comma) const;
  bool coordinating_conjunction_at(size_t k) const;
  size_t relative_aside_main_verb(const ClauseState& s) const;
  bool same_verb_form(const VerbGroup& main, const VerbGroup& v) const;
  void refuse(const VerbGroup& v, std::string_view rule, std::string_view reason);
  static std::string_view clause_type(const Triple& t);
  void fill_object(Triple& t, const VerbGroup& v, size_t j);
  void object_relative_clause(Triple& t, const VerbGroup& v, bool copula) const;
  void finish_clause(Triple& t, size_t j);
  void attach_time(Triple& t, size_t b, size_t e);

  const std::vector<Token>& tk_;
  const Chunks& c_;
  const Lexicons& lex_;
  const std::vector<TimeExpression>& times_;
  const size_t n_;
  SentenceFacts out_;
  Span last_subject_;
  // The subject of the main clause before a relative clause set off by a comma after its object
  // ("Police arrested the driver, who had fled, and seized his car": "Police"), kept while the
  // relative clause's subject is last_subject_; empty otherwise (coordinate-after-relative-aside).
  Span outer_subject_;
  size_t outer_verb_ = kNone;  // that main clause's verb group (an index of c_.verbs)
  std::vector<Span> according_;
  std::vector<std::pair<Span, Span>> gaps_;  // gapped clauses (region, subject) found so far
  // The first "who"/"which"/"that"/"whom" tagged WP or WDT (n_ when none): no relative clause
  // ends before it, so antecedent_across_relative need not look back from a verb before it (most
  // sentences have none, and the look-back was asked at every verb).
  const size_t first_wh_relativizer_;
  static size_t first_wh_relativizer(const std::vector<Token>& tk) {
    for (size_t r = 0; r < tk.size(); ++r)
      if ((tk[r].tag == "WP" || tk[r].tag == "WDT") && is_relativizer(tk[r])) return r;
    return tk.size();
  }
};

}  // namespace newsgraph::facts
