#include "fragments.h"

#include <array>

#include "interview_turns.h"  // kInterviewerTurn
#include "text_util.h"  // is_upper_initial, has_lowercase

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// What a kept-out construction reads: the sentence, its verb groups, the lexicon.
struct KeptOutInput {
  const std::vector<Token>& tk;
  const Lexicons& lex;
  const Chunks& chunks;
  const std::vector<TimeExpression>& times;
};

// A clause that claims nothing of its own: a reported-speech frame, a textual reading, or a
// passive (whole without an agent: "the man was arrested", its patient is the subject).
bool is_candidate(const Triple& t) { return !(t.attribution || t.surface_only || t.fragment); }

bool has_complement(const Triple& t) { return !t.object.empty() || !t.arg2.empty(); }

// fragment-without-complement: an active clause with neither object nor complement, reporting
// no speech, whose verb needs one.
bool fragment_without_complement(const KeptOutInput& in, const Triple& t) {
  return !t.passive && !has_complement(t) && in.lex.needs_complement(t.predicate);
}

// objectless-non-event: an active clause with neither object nor complement whose verb WordNet
// lets stand alone but which, so used, names no event (data/lexicon/objectless_non_events.txt):
// "the study focuses", "the effect lasts", "juveniles learn", "the tool requires". What the clause
// is about lies in words not taken as its object. "The minister resigned", "shares jumped" have
// verbs of events and stay; so does "the study focuses on air pollution" (an object).
bool objectless_non_event(const KeptOutInput& in, const Triple& t) {
  return !t.passive && !has_complement(t) && !t.subject.empty() &&
         in.lex.objectless_non_events.find(t.predicate) != StringTable::kNone;
}

// copula-description: an active "be" clause ("X is 34", "X was a candidate", "X is in hospital").
// "be" joined to another verb by the chunker ("is to step down", "is set to be replaced") has that
// verb as its predicate and is not read here.
bool copula_description(const KeptOutInput&, const Triple& t) { return !t.passive && t.predicate == "be"sv; }

// time-as-subject: the clause's subject is a date or a time and nothing more ("last week declared a
// moratorium", "this year totals 32"): a fronted time phrase the subject search took for the actor,
// whose real subject is elsewhere or absent. A date names no participant, so the fact would be wrong.
bool time_as_subject(const KeptOutInput& in, const Triple& t) {
  if (t.passive || t.subject.empty()) return false;
  for (const TimeExpression& x : in.times)
    if (x.tok_begin <= t.subject.b && x.tok_end >= t.subject.e && (x.type == "DATE"sv || x.type == "TIME"sv)) return true;
  return false;
}

// The participant a generic statement is about: the patient of a passive ("officials are
// removed"), else the subject ("jobs that require citizenship": the relative clause's antecedent).
const Span& generic_participant(const Triple& t) { return t.passive ? t.object : t.subject; }

const VerbGroup* verb_group_of(const KeptOutInput& in, const Triple& t) {
  return t.verb < in.chunks.verbs.size() ? &in.chunks.verbs[t.verb] : nullptr;
}

// The predicate's first word ("step" of "step down"): what the word lists are keyed by.
std::string_view predicate_word(const Triple& t) {
  const std::string_view p = t.predicate;
  return p.substr(0, p.find(' '));
}

// word-never-a-verb: the tagger read as the clause's verb a word that is never one
// (state_predicates.tsv, never-verb): a modal standing alone ("as soon as it could"), "vs" of an
// earnings table ("Shr 1.51 dlrs vs 1.32 dlrs"), a unit of wire tables ("45.0 mln bpd").
bool word_never_a_verb(const KeptOutInput& in, const Triple& t) {
  return in.lex.never_verbs.find(predicate_word(t)) != StringTable::kNone;
}

// adjective-predicate: the predicate is a word WordNet knows as an adjective and not as a verb,
// so the clause describes its subject: "the mayor was unimpressed", "the storm left the farmers
// unimpressed", "the lawsuits are pending". A misspelt or new verb ("recieved", "livestreamed")
// is no WordNet adjective and stays.
bool adjective_predicate(const KeptOutInput& in, const Triple& t) {
  return in.lex.adjectives_not_verbs.find(predicate_word(t)) != StringTable::kNone;
}

// stative-passive: an agentless passive of a verb whose participle tells how its patient is
// (state_predicates.tsv, state-participle): a feeling ("analysts were disappointed that ...",
// "the board is worried about costs"), a purpose or basis ("the scheme is aimed at first-time
// buyers", "the film is based on a novel"), a standing ("the firm is involved in the case",
// "the mayor is committed to the plan"). Nothing happened to the patient on a day. An agent
// ("the plan was designed by engineers") makes it the agent's act, and it stays.
bool stative_passive(const KeptOutInput& in, const Triple& t) {
  return t.passive && t.subject.empty() && in.lex.state_participles.find(predicate_word(t)) != StringTable::kNone;
}

// mind-verb-clause: a verb of thinking or feeling (state_predicates.tsv, mind-verb) whose argument
// is a clause and which has no object: "the coach knows he must win", "residents feared that the
// dam would fail". It tells what someone thinks; the claim over the clause carries that, and the
// clause's own facts are read from it. The verb alone ("X | know |") would be a fragment in the
// graph. With an object ("she knew the victim") it stays.
bool mind_verb_clause(const KeptOutInput& in, const Triple& t) {
  return !t.passive && t.object.empty() && !t.arg2.empty() && in.lex.mind_verbs.find(predicate_word(t)) != StringTable::kNone;
}

bool adjective_tag(const Token& t) { return t.tag == "JJ"sv || t.tag == "JJR"sv || t.tag == "JJS"sv; }

// linking-verb-state: a linking verb (state_predicates.tsv, linking) with an adjective right
// after it, adverbs aside, describes its subject as "be" does (copula-description): "the coach
// seemed keen", "prices remained very firm", "the figures will not become available". A linking
// verb before a noun group or a preposition ("became chairman", "became prime minister", "looked
// at the offer") is not read.
bool linking_verb_state(const KeptOutInput& in, const Triple& t) {
  const VerbGroup* vg = verb_group_of(in, t);
  if (!vg || t.passive || in.lex.linking_verbs.find(predicate_word(t)) == StringTable::kNone) return false;
  size_t k = vg->end;
  while (k < in.tk.size() && (in.tk[k].tag == "RB"sv || in.tk[k].tag == "RBR"sv)) ++k;
  if (k >= in.tk.size() || !adjective_tag(in.tk[k])) return false;
  // "became prime minister", "remained chief executive": the adjective starts a noun group.
  return k + 1 >= in.tk.size() || !is_noun_tag(in.tk[k + 1].tag);
}

// have-abstract-noun: "have" with a noun of ability, chance or mind (state_predicates.tsv,
// have-noun) says what its subject can or thinks, nothing that happened: "she had the foresight to
// keep the records", "the firm has no idea". What it was able to do is a clause of its own.
// "Have" of things ("has three children") and of events ("had talks") stays.
bool have_abstract_noun(const KeptOutInput& in, const Triple& t) {
  return !t.passive && t.predicate == "have"sv && in.lex.have_state_nouns.find(t.object_head) != StringTable::kNone;
}

// Whether the clause names a day or a time of its own ("sentencing is scheduled for 4 May",
// "buyers must pay by Friday"): then it is one occurrence, not a standing rule. The time may
// not be attached to the clause yet (the pipeline attaches some later), so the clause's tokens
// are searched, from its verb to the sentence's end when the clause has no span.
bool dated(const KeptOutInput& in, const Triple& t, const VerbGroup& vg) {
  if (t.time >= 0) return true;
  const size_t b = t.clause.empty() ? vg.begin : t.clause.b, e = t.clause.empty() ? in.tk.size() : t.clause.e;
  for (const TimeExpression& x : in.times)
    if (x.tok_begin >= b && x.tok_end <= e && (x.type == "DATE"sv || x.type == "TIME"sv)) return true;
  return false;
}

// generic-rule: a modal of rule or ability (generic_statements.tsv) and a generic participant:
// "passengers must wear masks", "a federal official can be removed from office"; not with a time
// of its own ("buyers must pay by Friday": one deadline).
bool generic_rule(const KeptOutInput& in, const Triple& t) {
  const VerbGroup* vg = verb_group_of(in, t);
  return vg && !vg->modal.empty() && in.lex.rule_modals.count(vg->modal) && !dated(in, t, *vg) &&
         is_generic_noun_group(in.tk, in.lex, generic_participant(t));
}

// Whether a claim's clause states how a kind of thing behaves, not what is happening: active,
// with no place of its own, and an object that is itself a kind or none ("researchers said
// oxygen dissolves in brines", "she explained that sponges survive"). A passive ("the union said
// safety rules are ignored"), a place ("... at the mine") or a particular object ("said farmers
// back the mayor's plan") is what the speaker says is happening, and stays.
bool claim_about_a_kind(const KeptOutInput& in, const Triple& t) {
  return !t.passive && t.location.empty() && (t.object.empty() || is_generic_noun_group(in.tk, in.lex, t.object));
}

// generic-present: the simple present, active or passive, and a generic participant: "jobs that
// require citizenship", "officials are removed from office after a trial". Not the progressive
// ("protesters are marching" happens now), nor a perfect or past, nor a chain ("is expected to");
// inside a claim only about a kind (claim_about_a_kind); not with a time of its own ("sentencing
// is scheduled for 4 May": one occurrence); not after a comma ("they signed agreements, which
// give them access": a non-restrictive clause adds to things already named).
bool generic_present(const KeptOutInput& in, const Triple& t) {
  const VerbGroup* vg = verb_group_of(in, t);
  if (!vg || (t.claim >= 0 && !claim_about_a_kind(in, t)) || vg->tense != Tense::kPresent || !vg->modal.empty() || vg->matrix != kNone ||
      in.tk[vg->main].tag == "VBG"sv || dated(in, t, *vg))
    return false;
  for (size_t k = vg->begin; k < vg->main; ++k)
    if (in.tk[k].lower == "being"sv) return false;  // "sentiment is being influenced by ...": happening now
  const Span& p = generic_participant(t);
  if (!is_generic_noun_group(in.tk, in.lex, p)) return false;
  const std::string_view next = p.e < in.tk.size() ? std::string_view(in.tk[p.e].lower) : std::string_view();
  if (next == ","sv) return false;
  // "A" or "any" names a kind as the patient of a rule ("a two-thirds majority is needed") or
  // before a restrictive clause ("a bank that lends to farmers"); an active subject "a bill
  // signed by the governor gives ..." introduces one thing.
  const bool indefinite = in.lex.generic_determiners.count(in.tk[p.b].lower) > 0;
  return !indefinite || t.passive || next == "that"sv || next == "who"sv || next == "which"sv;
}

// question-sentence: a sentence that ends in a question mark asks, it states nothing: "How has
// the drought changed your harvest?", "Will the council raise the levy?" (an interviewer's line,
// a writer's rhetorical question). A quoted question closes with its quotation mark ('"Who will
// pay?" the mayor asked', 'She asked: "Who will pay?"'): the asking happened, so those stay.
bool question_sentence(const KeptOutInput& in, const Triple&) { return !in.tk.empty() && in.tk.back().text == "?"sv; }

// A word of a name: capitalized, not all capitals ("Lives", not "US" nor "SAYS").
bool name_word(const Token& t) { return is_upper_initial(t.text) && has_lowercase(t.text); }

// verb-inside-name: a one-word verb group that is a capitalized word between two capitalized words
// is a word of a name the tagger read as a verb ("Lives" of "Black Lives Matter", "Save" of "Kwik
// Save Discount"), or a title in headline case: not a clause. Not the sentence's first word ("Meet
// the Press" opens with a verb), and a name before an ordinary verb ("Ana Ruiz won") is untouched.
bool verb_inside_name(const KeptOutInput& in, const Triple& t) {
  const VerbGroup* vg = verb_group_of(in, t);
  if (!vg || vg->begin != vg->main || vg->end != vg->main + 1) return false;
  const size_t k = vg->main;
  return k >= 1 && k + 1 < in.tk.size() && name_word(in.tk[k - 1]) && name_word(in.tk[k]) && name_word(in.tk[k + 1]);
}

// age-or-measure-participle: a participle of measure (state_predicates.tsv, measure-participle)
// before a number, an approximation between them, gives its subject's age, weight or size:
// "Tomasz Nowak, aged 28, was arrested", "police believe him to be aged 25", "a pike weighing
// 12kg". It describes; nothing happened ("X | age |" would be a fragment in the graph). Not
// before a noun group ("the numbers aged the bridge"), which stays the verb's object, nor a
// progressive ("the board is weighing 3 options").
bool age_or_measure_participle(const KeptOutInput& in, const Triple& t) {
  const VerbGroup* vg = verb_group_of(in, t);
  if (!vg || in.lex.measure_participles.find(in.tk[vg->main].lower) == StringTable::kNone) return false;
  // "the board is weighing 3 options": a progressive is the act of weighing, not a measure.
  if (vg->main != vg->begin && in.tk[vg->main].tag == "VBG"sv) return false;
  size_t k = vg->end;
  for (size_t skipped = 0; k < in.tk.size() && skipped < 2 && in.tk[k].tag != "CD"sv; ++skipped)
    if (in.tk[k].tag == "RB"sv || in.tk[k].tag == "IN"sv || in.tk[k].tag == "JJR"sv) ++k;  // "about", "between", "over"
    else break;
  return k < in.tk.size() && in.tk[k].tag == "CD"sv;
}

struct KeptOutConstruction {
  std::string_view name;
  bool (*applies)(const KeptOutInput& in, const Triple& t);
  std::string_view reason;
};

// The first that applies keeps the clause out.
constexpr KeptOutConstruction kKeptOutConstructions[] = {
    {kFragmentWithoutComplement, fragment_without_complement,
     "no object or complement, and the verb needs one: kept out of the graph"},
    {kObjectlessNonEvent, objectless_non_event,
     "no object or complement, and without one the verb names no event (objectless_non_events.txt): kept out of the graph"},
    {kCopulaDescription, copula_description, "a copula describes its subject, nothing happens: kept out of the graph"},
    {kWordNeverAVerb, word_never_a_verb, "the verb is a word that is never one (a lone modal, \"vs\", a unit): kept out of the graph"},
    {kAdjectivePredicate, adjective_predicate,
     "the predicate is an adjective, not a verb: it describes its subject, kept out of the graph"},
    {kStativePassive, stative_passive,
     "an agentless passive of a verb of feeling, purpose or standing describes its patient: kept out of the graph"},
    {kMindVerbClause, mind_verb_clause,
     "a verb of thinking or feeling with a clause and no object tells what someone thinks: kept out of the graph"},
    {kLinkingVerbState, linking_verb_state,
     "a linking verb before an adjective describes its subject like a copula: kept out of the graph"},
    {kHaveAbstractNoun, have_abstract_noun,
     "\"have\" with a noun of ability, chance or mind is no event: kept out of the graph"},
    {kTimeAsSubject, time_as_subject, "the subject is a date or a time, no participant: kept out of the graph"},
    {kGenericRule, generic_rule, "a rule about a kind of thing (a modal of rule, a generic participant): kept out of the graph"},
    {kGenericPresent, generic_present,
     "a simple present about a kind of thing (a generic participant): background, kept out of the graph"},
    {kQuestionSentence, question_sentence, "the sentence asks a question, it states no fact: kept out of the graph"},
    {kVerbInsideName, verb_inside_name,
     "the verb is a capitalized word between two others, a word of a name: kept out of the graph"},
    {kAgeOrMeasureParticiple, age_or_measure_participle,
     "a participle of measure before a number gives an age or a size, nothing happened: kept out of the graph"},
};

}  // namespace

bool is_generic_noun_group(const std::vector<Token>& tk, const Lexicons& lex, const Span& span) {
  if (span.empty() || span.e > tk.size()) return false;
  size_t b = span.b;
  // "GM, whose brands include ...": the things of one named owner. "Other candidates include ...":
  // set against things named before. Both are particular, not a kind.
  if (b > 0 && tk[b - 1].lower == "whose"sv) return false;
  if (lex.generic_determiners.count(tk[b].lower)) ++b;
  if (b < span.e && tk[b].lower == "other"sv) return false;
  for (size_t k = b; k < span.e; ++k) {
    const Token& t = tk[k];
    if (k > 0 && is_upper_initial(t.text)) return false;  // a name, or a word of one
    if (k + 1 == span.e) return t.tag == "NN"sv || t.tag == "NNS"sv;
    // Before the head only adjectives and nouns: "government jobs", "a federal official".
    if (!(t.tag == "JJ"sv || t.tag == "JJR"sv || t.tag == "JJS"sv || t.tag == "NN"sv || t.tag == "NNS"sv ||
          t.tag == "VBN"sv))
      return false;
  }
  return false;
}

void mark_fragments(const std::vector<Token>& tokens, const Lexicons& lex, const Chunks& chunks,
                    const std::vector<TimeExpression>& times, std::vector<Triple>& triples,
                    std::vector<FactRefusal>& refusals) {
  const KeptOutInput in{tokens, lex, chunks, times};
  for (Triple& t : triples) {
    if (!is_candidate(t)) continue;
    for (const KeptOutConstruction& c : kKeptOutConstructions) {
      if (!c.applies(in, t)) continue;
      t.fragment = true;
      size_t token = t.verb < chunks.verbs.size() ? chunks.verbs[t.verb].begin : 0;
      refusals.push_back({token, c.name, c.reason});
      break;
    }
  }
}

bool is_reply_verb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 4> kReplyVerbs = {"comment", "respond", "reply", "elaborate"};
  for (std::string_view v : kReplyVerbs)
    if (lemma == v) return true;
  return false;
}

bool is_kept_out_rule(std::string_view rule) {
  for (const KeptOutConstruction& c : kKeptOutConstructions)
    if (c.name == rule) return true;
  return rule == kNoComment || rule == kInterviewerTurn;  // interviewer-turn: pipeline.cpp, interview_turns.h
}

}  // namespace newsgraph
