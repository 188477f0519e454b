// A verb group's clause, as named constructions run in the order of kClauseConstructions: the
// verb group as read (a shared passive auxiliary, a base form continuing a finite phrase), the
// subject of a non-finite group, the subject (clause_subjects.cpp), reported speech (claims.cpp)
// and the plain clause with its object (objects.cpp). Each construction reads and fills the
// ClauseState; the first that says Step::done ends the clause (it made the triple, or it refused
// and said why, which `newsgraph extract --trace` prints). ClausIE-style clause types name the
// plain clauses (clause_type).
#include <algorithm>
#include <iterator>
#include <utility>

#include "sentence_extractor.h"
#include "subject_past_form.h"

namespace newsgraph::facts {

namespace {

// The order is the priority: a verb group is read before its subject is looked for, the subject
// before the claim it may speak, a claim before the plain clause. The third column (ClauseNeed,
// sentence_extractor.h) is the construction's own first test, made in place of the call: a row
// passed by it would have returned Step::next and changed nothing. A new row names its test there.
constexpr ClauseConstruction kClauseConstructions[] = {
    {"shared-passive-auxiliary", &SentenceExtractor::shared_passive_auxiliary},
    {"base-form-after-and", &SentenceExtractor::base_form_after_and},
    {"past-form-reads-finite", &SentenceExtractor::past_form_reads_finite_step},
    {"past-form-after-conjunction", &SentenceExtractor::past_form_after_conjunction, kNonFinite},
    {"base-form-after-modal", &SentenceExtractor::base_form_after_modal, kNonFinite},
    {"prepositional-participle", &SentenceExtractor::prepositional_participle, kNonFinite},
    {"past-form-before-conjunction", &SentenceExtractor::past_form_before_conjunction, kNonFinite},
    {"participial-modifier", &SentenceExtractor::participial_modifier, kNonFinite},
    {"reduced-relative-by", &SentenceExtractor::reduced_relative_by},
    {"reduced-relative-in-fronted-phrase", &SentenceExtractor::reduced_relative_in_fronted_phrase},
    {"fronted-clause-subject", &SentenceExtractor::fronted_clause, kNonFinite},
    {"statement-vehicle", &SentenceExtractor::statement_vehicle_participle, kNonFinite},
    {"coordinated-infinitive", &SentenceExtractor::coordinated_infinitive, kNonFinite},
    {"intent-noun-infinitive", &SentenceExtractor::intent_noun_infinitive, kNonFinite},
    {"infinitive-of-purpose", &SentenceExtractor::infinitive_of_purpose, kNonFinite},
    {"trailing-participle", &SentenceExtractor::trailing_participle, kNonFinite},
    {"coordinated-trailing-participle", &SentenceExtractor::coordinated_trailing_participle, kNonFinite},
    {"cited-as-saying", &SentenceExtractor::cited_as_saying, kNonFinite},
    {"charged-with-gerund", &SentenceExtractor::charged_with_gerund, kNonFinite},
    {"non-finite-without-subject", &SentenceExtractor::non_finite_without_subject, kNonFinite},
    {"inside-according-to", &SentenceExtractor::inside_according_to},
    {"verb-relation", &SentenceExtractor::verb_relation},
    {"phrasal-particle", &SentenceExtractor::phrasal_particle},
    {"subject-before-verb", &SentenceExtractor::subject_before_verb},
    {"subject-across-relative", &SentenceExtractor::subject_across_relative},
    {"subject-across-participle", &SentenceExtractor::subject_across_participle, kSubject},
    {"time-phrase-not-subject", &SentenceExtractor::time_phrase_not_subject, kSubject},
    {"subject-before-appositive", &SentenceExtractor::subject_before_appositive, kNoSubject},
    {"name-in-appositive", &SentenceExtractor::names_in_appositive_subject, kNoSubject},
    {"subject-across-parenthetical", &SentenceExtractor::subject_across_parenthetical, kNoSubject},
    {"subject-across-brackets", &SentenceExtractor::subject_across_brackets, kNoSubject},
    {"subject-across-dashes", &SentenceExtractor::subject_across_dashes, kNoSubject},
    {"relative-clause", &SentenceExtractor::relative_clause, kNoSubject},
    {"participial-modifier-subject", &SentenceExtractor::participial_modifier_subject, kParticiple},
    {"lent-subject", &SentenceExtractor::lent_subject, kLent},
    {"coordinated-verb-phrase", &SentenceExtractor::coordinated_verb_phrase, kNoSubject},
    {"inverted-subject", &SentenceExtractor::inverted_subject},
    {"clause-subject", &SentenceExtractor::clause_subject},
    {"hypothetical", &SentenceExtractor::hypothetical},
    {"negative-subject", &SentenceExtractor::negative_subject},
    {"relayed-content-then-cue", &SentenceExtractor::relayed_content_then_cue, kCueClause},
    {"cue-complement", &SentenceExtractor::cue_complement, kCueClause},
    {"content-then-cue", &SentenceExtractor::content_then_cue, kCueClause},
    {"content-then-inverted-cue", &SentenceExtractor::content_then_inverted_cue},
    {"speech-object", &SentenceExtractor::speech_object_claim},
    {"expectation-object-control", &SentenceExtractor::expectation_object_control},
    {"plain-clause", &SentenceExtractor::plain_clause},
};

// hearsay-adverb: "UpGuard reportedly sent an email", "five civilians reportedly also died", "had
// reportedly set up a drive", "leaving reportedly 15,000 stranded": an adverb of hearsay before the
// verb group (past other adverbs), inside it, or right after its verb (not before an adjective)
// says the article passes on what others say. Its modality is the clause's when the clause has
// none of its own ("would reportedly sign" stays expected): "reported" (the content of someone's
// report), or "alleged" for an accusation passed on (as the content of "accused X of ...",
// that_clause_events). "" when no such adverb stands there.
constexpr std::pair<std::string_view, std::string_view> kHearsayAdverbs[] = {
    {"reportedly", "reported"}, {"reputedly", "reported"}, {"allegedly", "alleged"}, {"purportedly", "alleged"}};

std::string_view hearsay_adverb_modality(const std::vector<Token>& tk, const VerbGroup& v) {
  size_t b = v.begin;
  while (b > 0 && tk[b - 1].tag == "RB") --b;
  size_t e = std::min(v.end + 1, tk.size());
  // After the verb the adverb may qualify the object's adjective instead ("cleared reportedly
  // peaceful protesters"): then it is not the clause's.
  if (e > v.end && e < tk.size() && (tk[e].tag == "JJ" || tk[e].tag == "JJR" || tk[e].tag == "JJS")) e = v.end;
  for (size_t q = b; q < e; ++q) {
    if (tk[q].tag != "RB") continue;
    for (const auto& [adverb, modality] : kHearsayAdverbs)
      if (tk[q].lower == adverb) return modality;
  }
  return {};
}

}  // namespace

// The table is run by index, so each entry's member function is a constant and the call is a
// direct one: run_in_order hands the lambda the entry by reference, and the lambda, called once
// per construction and too large to inline, then called through the member pointer (about 7 M
// instructions of dispatch on 1,000 Reuters articles). Same order, same stop on Step::done.
void SentenceExtractor::clause(size_t vi) {
  ClauseState s;
  s.vi = vi;
  s.v = c_.verbs[vi];
  [&]<size_t... I>(std::index_sequence<I...>) {
    (((clause_meets(kClauseConstructions[I].needs, s) && (this->*kClauseConstructions[I].apply)(s) == Step::done)) ||
     ...);
  }(std::make_index_sequence<std::size(kClauseConstructions)>{});
}

// "was sold to X and renamed Y": the participle shares the passive auxiliary before it; not a cue
// with the speaker's words after it ("claimed the bridge was damaged, and denied any plans").
Step SentenceExtractor::shared_passive_auxiliary(ClauseState& s) {
  if (const VerbGroup* pv = shared_passive(s.v); pv && !(lex_.cues.count(s.v.lemma) && speaks_after(s.v))) {
    for (size_t a = pv->begin; a < pv->main; ++a) s.shared_aux += (s.shared_aux.empty() ? "" : " ") + tk_[a].text;
    s.v.passive = true;
    s.v.finite = true;
  }
  return Step::next;
}

// A past form the tagger read as a participle is finite where nothing else can be the clause's
// verb ("Sadiq Khan, tweeted that"; see past_form_reads_finite in reported_speech.h).
// subject-past-form (subject_past_form.h) names the clause it made finite: "An apartment block
// caught fire".
Step SentenceExtractor::past_form_reads_finite_step(ClauseState& s) {
  if (!past_form_reads_finite(tk_, c_, s.v, lex_)) return Step::next;
  if (subject_then_past_form(tk_, c_, s.v)) s.subject_rule = kSubjectPastForm;
  else if (content_subject_past_form(tk_, c_, s.v, lex_)) s.subject_rule = "content-subject-past-form";
  s.v.finite = true;
  return Step::next;
}

// A base form after "and" continues a finite verb phrase: "were released in 1993 and
// continue to reside in Venezuela".
Step SentenceExtractor::base_form_after_and(ClauseState& s) {
  VerbGroup& v = s.v;
  if (!v.finite && tk_[v.begin].tag == "VB" && v.begin >= 2 && tk_[v.begin - 1].lower == "and"sv) {
    for (size_t q = v.begin - 1; q-- > 0;) {
      if (is_punct_end(tk_[q])) break;
      if (c_.verb_at[q] < 0) continue;
      v.finite = c_.verbs[c_.verb_at[q]].finite && tk_[c_.verbs[c_.verb_at[q]].begin].tag != "MD";
      break;
    }
  }
  return Step::next;
}

// "Following the vote, May appointed him": a bare -ing form that works as a preposition heads
// no clause of its own (its subject would be borrowed from the main clause, "May follows the
// vote"). Only forms alone in their verb group, not "was following".
Step SentenceExtractor::prepositional_participle(ClauseState& s) {
  static constexpr std::string_view kPrepositional[] = {"following", "including", "regarding", "concerning",
                                                        "excluding", "pending", "barring", "notwithstanding"};
  const VerbGroup& v = s.v;
  if (v.finite || v.begin != v.main || tk_[v.main].tag != "VBG") return Step::next;
  for (std::string_view p : kPrepositional)
    if (tk_[v.main].lower == p) {
      refuse(v, "prepositional-participle", "an -ing form used as a preposition heads no clause");
      return Step::done;
    }
  return Step::next;
}

// The triple's verb, predicate, polarity, modality and relation phrase.
Step SentenceExtractor::verb_relation(ClauseState& s) {
  const VerbGroup& v = s.v;
  Triple& t = s.t;
  t.verb = s.vi;
  t.predicate = v.lemma;
  t.negated = v.negated;
  // A view of the lexicon's value, written only when the triple does not hold it already (most
  // clauses are "asserted", the triple's default): no string made and moved, no copy of the same.
  if (const std::string_view modality = modality_of(v); t.modality != modality) t.modality.assign(modality);
  if (!s.t_prefix.empty()) t.modality = s.control_modality.empty() ? "planned" : s.control_modality;  // intended, not done
  if (!s.charged_modality.empty()) t.modality = s.charged_modality;
  if (t.modality == "asserted"sv)
    if (const std::string_view hearsay = hearsay_adverb_modality(tk_, v); !hearsay.empty()) t.modality = hearsay;
  // "to " + "were" + " " + "sold", built in place (no temporaries).
  if (t.relation != s.t_prefix) t.relation = s.t_prefix;  // most clauses: both empty
  if (!s.shared_aux.empty()) {
    t.relation += s.shared_aux;
    t.relation += ' ';
  }
  append_relation_text(v, t.relation);
  return Step::next;
}

// "Theresa May stepped down": a listed phrasal verb's particle belongs to its predicate
// (data/lexicon/phrasal_verbs.tsv); the relation phrase already holds it.
Step SentenceExtractor::phrasal_particle(ClauseState& s) {
  if (s.v.particle != kNone && lex_.phrasal(s.v.lemma, tk_[s.v.particle].lower)) {
    s.t.predicate += ' ';
    s.t.predicate += tk_[s.v.particle].lower;
  }
  return Step::next;
}

std::string_view SentenceExtractor::modality_of(const VerbGroup& v) const {
  if (v.matrix != kNone) {
    auto it = lex_.matrix_modality.find(v.matrix_lemma);
    if (it != lex_.matrix_modality.end()) return it->second;
    it = lex_.adjective_modality.find(v.matrix_lemma);
    if (it != lex_.adjective_modality.end()) return it->second;
    it = lex_.passive_matrix_modality.find(v.matrix_lemma);  // passive-report-frame: "is said to"
    if (it != lex_.passive_matrix_modality.end()) return it->second;
  }
  if (!v.modal.empty()) {
    auto it = lex_.modal_modality.find(v.modal);
    if (it != lex_.modal_modality.end()) return it->second;
  }
  return "asserted";
}

double SentenceExtractor::confidence(const Triple& t) const {
  double c = 0.6;
  if (!t.arg2.empty()) c += 0.1;
  else c -= 0.15;
  size_t a1 = t.arg1.e - t.arg1.b;
  if (a1 > 8) c -= 0.1;
  if (n_ > 40) c -= 0.1;
  if (t.predicate == "be"sv) c -= 0.05;
  if (t.attribution) c += 0.05;
  c += 0.05 * std::min<size_t>(t.extra.size(), 2);  // each attached phrase is a parse that held
  for (size_t k = t.arg1.b; k < t.arg1.e; ++k)
    if (tk_[k].tag == "NNP") {
      c += 0.05;
      break;
    }
  return std::clamp(c, 0.05, 0.95);
}

// Notes that a construction saw the verb group `v` and made nothing of it (for --trace).
void SentenceExtractor::refuse(const VerbGroup& v, std::string_view rule, std::string_view reason) {
  out_.refusals.push_back({v.begin, rule, reason});
}

// The ClausIE-style type of a plain clause, its construction's name: "passive-by-agent"
// (agent named), "passive", "svo" (an object), "svc" (a complement or second argument only,
// copulas), "sv" (neither).
std::string_view SentenceExtractor::clause_type(const Triple& t) {
  if (t.passive) return t.subject.empty() ? "passive" : "passive-by-agent";
  if (!t.object.empty() && t.predicate != "be"sv) return "svo";
  if (!t.arg2.empty()) return "svc";
  return "sv";
}

// The time of a clause: extract/facts/time_attachment.cpp.
void SentenceExtractor::attach_time(Triple& t, size_t b, size_t e) { attach_time_in_clause({tk_, c_, times_, lex_}, t, b, e); }

}  // namespace newsgraph::facts
