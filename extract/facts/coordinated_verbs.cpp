// The second verb of a coordinated verb phrase that the tagger left non-finite (issue #16,
// failure class 6). "X visited the wounded and promised to tighten security", "X debated three
// bills, and selected the cabinet's", "X licensed the technology, then agreed with Airbus": the
// past form after the conjunction is tagged as a participle; "they would study the ruling and
// decide on an appeal": the base form shares the modal; "killing six people and cutting the main
// route": a participle coordinated with a trailing participial clause is one too. Each reads the
// verb group the way the first verb was read, so the clause constructions after it (the subject
// the first clause lends, coordinated_verb_phrase) make its triple, and records its name as the
// triple's rule.
#include "sentence_extractor.h"

namespace newsgraph::facts {

namespace {

constexpr std::string_view kPastFormAfterConjunction = "past-form-after-conjunction";
constexpr std::string_view kBaseFormAfterModal = "base-form-after-modal";
constexpr std::string_view kCoordinatedTrailingParticiple = "coordinated-trailing-participle";
constexpr std::string_view kPastFormBeforeConjunction = "past-form-before-conjunction";
constexpr std::string_view kCoordinatedInfinitive = "coordinated-infinitive";

// The modalities a triple can hold, as static storage (ClauseState::control_modality is a view).
constexpr std::string_view kModalities[] = {"asserted", "reported", "expected", "planned", "threatened",
                                            "promised", "possible", "hypothetical", "denied", "alleged"};

// Where the conjunction before verb group `v` stands, past adverbs ("and subsequently"): the
// index of "and"/"but", or of "then" after a comma or "and" ("..., then agreed with Airbus").
// kNone when no conjunction joins the group to what is before it.
// Only adverbs of sequence or addition stand between: "and provincially owned X" is an adjective.
bool sequence_adverb(const Token& t) {
  static constexpr std::string_view kWords[] = {"also", "later", "subsequently", "again", "finally", "eventually",
                                                "soon", "immediately", "quickly", "jointly", "merely", "still"};
  for (std::string_view w : kWords)
    if (t.lower == w) return true;
  return false;
}

size_t conjunction_before(const std::vector<Token>& tk, const VerbGroup& v) {
  size_t q = v.begin;
  while (q > 0 && sequence_adverb(tk[q - 1])) --q;
  if (q == 0) return kNone;
  const std::string& w = tk[q - 1].lower;
  if (w == "and"sv || w == "but"sv) return q - 1;
  if (w == "then"sv && q >= 2 && (tk[q - 2].text == ","sv || tk[q - 2].lower == "and"sv)) return q - 2;
  return kNone;
}

// A word that ends the clause the conjunction could join to: the sentence's end, a semicolon or
// colon, a quote, or a subordinator ("because", "after") whose clause the first verb is in.
bool clause_stop(const Token& t) {
  return is_punct_end(t) || t.text == ";"sv || t.text == ":"sv || is_quote(t) || is_subordinator(t);
}

}  // namespace

// The clause verb before position `q`: the nearest verb group that is finite, or a lone past form
// the tagger read as a participle where it is the clause's verb (past_form_reads_finite); bare
// participles on the way ("the wounded", ", including ...") are passed. Null past a clause stop.
const VerbGroup* SentenceExtractor::clause_verb_before(size_t q) const {
  while (q-- > 0) {
    if (clause_stop(tk_[q])) return nullptr;
    if (c_.verb_at[q] < 0 || c_.verbs[c_.verb_at[q]].begin != q) continue;
    const VerbGroup& pv = c_.verbs[c_.verb_at[q]];
    if (pv.finite || past_form_reads_finite(tk_, c_, pv, lex_)) return &pv;
  }
  return nullptr;
}

// Whether the subject the last clause left (`last_subject_`) is `pv`'s own: it stands right before
// the verb group (adverbs aside) and does not open a subordinate or prepositional clause ("after
// talks dragged on ... but also excited at": "talks" is not the sentence's subject). A relative
// clause or a participle between them fails: the subject there is another clause's. When `pv` is
// itself a coordinate ("licensed X and started Y, then agreed"), the first verb of the chain counts.
bool SentenceExtractor::subject_of_verb(const VerbGroup& pv) const {
  const VerbGroup* first = &pv;
  for (size_t cc; first != nullptr && (cc = conjunction_before(tk_, *first)) != kNone;) first = clause_verb_before(cc);
  if (first == nullptr || last_subject_.empty() || last_subject_.e > first->begin) return false;
  for (size_t q = last_subject_.e; q < first->begin; ++q)
    if (tk_[q].tag != "RB") return false;
  if (last_subject_.b == 0) return true;
  const Token& before = tk_[last_subject_.b - 1];
  return !((before.tag == "IN" && before.lower != "that"sv) || before.tag == "WRB");
}

// past-form-after-conjunction: a past form tagged as a participle (no auxiliary; "promised to
// tighten" counts, its chain is the clause's) after "and", "but" or ", then", whose conjunction
// joins it to an active past verb: it is that verb's coordinate, finite. "were arrested and
// charged" is the shared passive's (shared_passive_auxiliary), not this.
Step SentenceExtractor::past_form_after_conjunction(ClauseState& s) {
  VerbGroup& v = s.v;
  if (v.finite || tk_[v.begin].tag != "VBN" || !tk_[v.begin].lower.ends_with("ed")) return Step::next;
  const size_t cc = conjunction_before(tk_, v);
  if (cc == kNone) return Step::next;
  const VerbGroup* pv = clause_verb_before(cc);
  if (pv == nullptr || pv->passive || !pv->modal.empty() || !subject_of_verb(*pv)) return Step::next;
  const PosTag& tag = tk_[pv->begin].tag;
  if (tag != "VBD" && tag != "VBN") return Step::next;
  v.finite = true;
  s.verb_rule = kPastFormAfterConjunction;
  return Step::next;
}

// base-form-after-modal: "would study the ruling and decide on an appeal": a base form after
// "and" or "or" continues the modal verb phrase before it and takes its modal (so its modality).
Step SentenceExtractor::base_form_after_modal(ClauseState& s) {
  VerbGroup& v = s.v;
  if (v.finite || tk_[v.begin].tag != "VB" || v.begin < 2) return Step::next;
  const std::string& cc = tk_[v.begin - 1].lower;
  if (cc != "and"sv && cc != "or"sv) return Step::next;
  const VerbGroup* pv = clause_verb_before(v.begin - 1);
  if (pv == nullptr || pv->modal.empty() || tk_[pv->begin].tag != "MD" || !subject_of_verb(*pv)) return Step::next;
  // "would enable TRC to buy spares, overhaul wagons and replace sleepers": the base form
  // coordinates with the infinitive between, whose subject is another.
  for (size_t q = pv->end; q + 1 < v.begin; ++q)
    if (c_.verb_at[q] >= 0) return Step::next;
  v.finite = true;
  v.modal = pv->modal;
  s.verb_rule = kBaseFormAfterModal;
  return Step::next;
}

// coordinated-trailing-participle: "killing six people and cutting the main route to the port":
// a participle after "and" whose nearest verb group is a trailing participial clause (a participle
// after a comma) is a second one, with the same subject.
Step SentenceExtractor::coordinated_trailing_participle(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (v.finite || s.participle || !s.fronted.empty() || tk_[v.begin].tag != "VBG" || last_subject_.empty()) return Step::next;
  if (v.begin < 2 || tk_[v.begin - 1].lower != "and"sv) return Step::next;
  for (size_t q = v.begin - 1; q-- > 0;) {
    // A comma between makes a list ("cutting costs, holding down wages, and reducing bonuses"),
    // unless it stands right before "and" after a long first participle (after_main_clause below
    // still refuses a list); an "according to" on the way is passed.
    const bool list_comma = tk_[q].text == ","sv && q + 2 != v.begin;
    if (clause_stop(tk_[q]) || q < last_subject_.e || list_comma) return Step::next;
    if (c_.verb_at[q] < 0 || in_according(q)) continue;
    const VerbGroup& pv = c_.verbs[c_.verb_at[q]];
    size_t p = pv.begin;
    while (p > 0 && tk_[p - 1].tag == "RB") --p;
    if (pv.finite || tk_[pv.begin].tag != "VBG" || pv.lemma == "include"sv || p == 0 || tk_[p - 1].text != ","sv)
      return Step::next;
    if (!after_main_clause(p - 1)) return Step::next;
    s.fronted = last_subject_;
    s.trailing = true;
    s.verb_rule = kCoordinatedTrailingParticiple;
    return Step::next;
  }
  return Step::next;
}

// Whether the comma at `comma` closes a main clause: the nearest verb group before it is a clause
// verb, not a gerund of a list ("by cutting costs, trying new markets and adjusting prices").
bool SentenceExtractor::after_main_clause(size_t comma) const {
  for (size_t q = comma; q-- > 0;) {
    if (tk_[q].text == ")"sv)  // a parenthesis is an aside: "(which employ many workers)"
      while (q > 0 && tk_[q].text != "("sv) --q;
    if (clause_stop(tk_[q])) return false;
    if (c_.verb_at[q] < 0) continue;
    const VerbGroup& g = c_.verbs[c_.verb_at[q]];
    return g.finite || past_form_reads_finite(tk_, c_, g, lex_);
  }
  return false;
}

// past-form-before-conjunction: "Police arrested and charged the driver", "The rebels attacked and
// burned the village": a past form the tagger read as a participle, right after the noun group that
// opens the clause and right before "and"/"or" and a verb in the simple past, is that verb's
// coordinate with the same subject (and the object they share), not a participle modifying the
// noun. A finite verb later in the clause makes both participles ("Goods seized and destroyed
// last year included ...": the noun group is their patient), and so does an auxiliary or a
// preposition after the second ("arrested and later released by").
Step SentenceExtractor::past_form_before_conjunction(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (v.begin != v.main || tk_[v.begin].tag != "VBN" || v.end + 1 >= n_ || v.begin == 0) return Step::next;
  const std::string& cc = tk_[v.end].lower;
  if ((cc != "and"sv && cc != "or"sv) || c_.verb_at[v.end + 1] < 0) return Step::next;
  const VerbGroup& next = c_.verbs[c_.verb_at[v.end + 1]];
  if (next.begin != v.end + 1 || !next.finite || next.passive || tk_[next.begin].tag != "VBD") return Step::next;
  // The noun group before opens the clause: the sentence, a quotation, or a clause after a comma
  // or "that".
  const int ni = np(v.begin - 1);
  if (ni < 0 || c_.nouns[ni].end != v.begin) return Step::next;
  const size_t b = c_.nouns[ni].begin;
  if (b > 0 && !(tk_[b - 1].text == ","sv || tk_[b - 1].lower == "that"sv || is_quote(tk_[b - 1]))) return Step::next;
  if (next.end < n_ && tk_[next.end].lower == "by"sv) return Step::next;
  for (size_t q = next.end; q < n_ && !clause_stop(tk_[q]) && tk_[q].text != ","sv; ++q)
    if (c_.verb_at[q] >= 0 && c_.verbs[c_.verb_at[q]].finite) return Step::next;
  s.v.finite = true;
  s.subject_rule = kPastFormBeforeConjunction;
  return Step::next;
}

// coordinated-infinitive: "The union agreed to end the strike and to resume talks", "The agency
// plans to hire staff and to open two offices": a "to" infinitive after "and"/"or" (", and")
// continues the infinitive of the finite verb group before it ("agreed to end"): the same subject
// and modality. Not when the earlier clause is a passive or its subject was found by another
// construction than the plain clause's, nor across a clause stop.
Step SentenceExtractor::coordinated_infinitive(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (s.participle || !s.fronted.empty() || tk_[v.begin].tag != "VB" || v.begin < 3 || tk_[v.begin - 1].tag != "TO")
    return Step::next;
  const size_t cc = v.begin - 2;
  if (tk_[cc].lower != "and"sv && tk_[cc].lower != "or"sv) return Step::next;
  // The nearest verb group before the conjunction, and the triple it made.
  size_t q = tk_[cc - 1].text == ","sv ? cc - 1 : cc;
  while (q-- > 0 && c_.verb_at[q] < 0)
    if (clause_stop(tk_[q]) || tk_[q].tag == "WDT" || tk_[q].tag == "WP") return Step::next;
  if (q == kNone || c_.verb_at[q] < 0) return Step::next;
  const size_t pvi = static_cast<size_t>(c_.verb_at[q]);
  const VerbGroup& pv = c_.verbs[pvi];
  // The infinitive is inside the verb group, after a finite verb of its clause ("agreed to end",
  // "plans to hire"): an infinitive whose subject was lent from elsewhere (of purpose, after a
  // noun, of object control) lends a subject that is too often not its own.
  bool infinitive = false;
  for (size_t k = pv.begin; k < pv.main && !infinitive; ++k) infinitive = tk_[k].tag == "TO";
  if (!infinitive || pv.passive || !pv.finite || pv.lemma == "be"sv || pv.matrix_lemma == "be"sv) return Step::next;
  // ", and to prevent that, it appears ...": an infinitive set off before a clause with a subject
  // of its own is that clause's purpose.
  for (size_t k = v.end; k + 1 < n_ && !clause_stop(tk_[k]); ++k) {
    if (tk_[k].text != ","sv) continue;
    const int ni = np(k + 1);
    const size_t after = ni >= 0 && c_.nouns[ni].begin == k + 1 ? c_.nouns[ni].end : kNone;
    // (", an official said" closes the sentence's reporting clause: no purpose.)
    if (after != kNone && after < n_ && c_.verb_at[after] >= 0 && c_.verbs[c_.verb_at[after]].finite &&
        !lex_.cues.count(c_.verbs[c_.verb_at[after]].lemma))
      return Step::next;
    break;
  }
  for (auto u = out_.triples.rbegin(); u != out_.triples.rend(); ++u) {
    if (u->verb != pvi || u->attribution || u->surface_only || u->rule.starts_with("stance-")) continue;
    if (u->subject.empty() || u->passive || (u->rule != "svo"sv && u->rule != "sv"sv && u->rule != "svc"sv))
      return Step::next;
    s.fronted = u->subject;
    s.trailing = true;
    s.t_prefix = "to ";
    for (std::string_view m : kModalities)
      if (u->modality == m) s.control_modality = m;
    s.subject_rule = kCoordinatedInfinitive;
    return Step::next;
  }
  return Step::next;
}

// ", then agreed with Airbus": the conjunction coordinated_verb_phrase looks for before `k`.
bool SentenceExtractor::coordinating_conjunction_at(size_t k) const {
  if (k == 0) return false;
  const std::string& w = tk_[k - 1].lower;
  if (w == "and"sv || w == "but"sv) return true;
  return k < n_ && tk_[k].lower == "then"sv && tk_[k - 1].text == ","sv;
}

}  // namespace newsgraph::facts
