// A clause's subject, as named constructions (in kClauseConstructions' order): the subject of a
// non-finite verb group (a participial modifier, a fronted or trailing participial clause, an
// infinitive of purpose or of object control), then the noun group before the verb and the
// constructions that correct or supply it (across a relative clause, past a time phrase or an
// appositive, a relativizer, a lent subject, a coordinated verb phrase, an inverted cue).
#include <algorithm>

#include "sentence_extractor.h"
#include "text_util.h"

namespace newsgraph::facts {

// Participial modifiers of the noun group before them: "tariffs imposed by Canada", "a company
// founded in 1990", "an armada preparing to invade England".
Step SentenceExtractor::participial_modifier(ClauseState& s) {
  if (s.v.finite) return Step::next;
  const PosTag& first = tk_[s.v.begin].tag;
  s.participle = (first == "VBN" || first == "VBG") && s.v.begin > 0 && np(s.v.begin - 1) >= 0 &&
                 c_.nouns[np(s.v.begin - 1)].end == s.v.begin;
  if (!s.participle) s.participle = participial_appositive(s.v);
  return Step::next;
}

// participial-appositive: "The bridge, built in 1998, had been due for repairs": a past
// participle set off by commas between a noun group and a finite verb modifies that noun group
// (its patient); subject-across-parenthetical gives the finite verb the same subject.
bool SentenceExtractor::participial_appositive(const VerbGroup& v) const {
  if (tk_[v.begin].tag != "VBN" || v.begin != v.main || v.begin < 2 || tk_[v.begin - 1].text != ","sv) return false;
  if (np(v.begin - 2) < 0 || c_.nouns[np(v.begin - 2)].end != v.begin - 1) return false;
  for (size_t q = v.end; q < n_ && q < v.end + 10; ++q) {
    if (is_punct_end(tk_[q]) || tk_[q].text == ";"sv) return false;
    if (c_.verb_at[q] >= 0 && c_.verbs[c_.verb_at[q]].finite) return false;
    if (tk_[q].text != ","sv) continue;
    if (q + 1 >= n_ || c_.verb_at[q + 1] < 0) return false;
    const VerbGroup& later = c_.verbs[c_.verb_at[q + 1]];
    return later.begin == q + 1 && later.finite;
  }
  return false;
}

// "Having returned to the Second Division, they gained promotion": see fronted_clause_subject.
Step SentenceExtractor::fronted_clause(ClauseState& s) {
  if (!s.v.finite && !s.participle) s.fronted = fronted_clause_subject(s.v);
  return Step::next;
}

// "Argentina announced plans to pull out of the deal": the infinitive after a noun of intent that
// a verb's object holds is the subject's plan (a cue's object too: no claim holds it).
Step SentenceExtractor::intent_noun_infinitive(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (v.finite || s.participle || !s.fronted.empty() || last_subject_.empty()) return Step::next;
  if (!(v.begin > 1 && tk_[v.begin].tag == "VB" && tk_[v.begin - 1].tag == "TO" && np(v.begin - 2) >= 0)) return Step::next;
  const NounGroup& g = c_.nouns[np(v.begin - 2)];
  if (!is_intent_noun(tk_[g.head].lemma) || g.begin == 0 || c_.verb_at[g.begin - 1] < 0) return Step::next;
  if (last_subject_.e >= g.begin || tk_[g.begin].lower == "any"sv || tk_[g.begin].lower == "no"sv) return Step::next;
  // "said the firm's plans to expand": a plan with an owner of its own is not the subject's.
  for (size_t k = g.begin; k < g.end; ++k)
    if (tk_[k].tag == "POS" || tk_[k].tag == "NNP") return Step::next;
  // "stated its intention to join": the claim of the verb holds the plan (stated-intention).
  const size_t governor = static_cast<size_t>(c_.verb_at[g.begin - 1]);
  for (const Claim& c : out_.claims)
    if (c.verb == governor) return Step::next;
  s.fronted = last_subject_;
  s.trailing = true;
  s.t_prefix = "to ";
  s.subject_rule = "intent-noun-infinitive";
  return Step::next;
}

// Whether the noun at `head` can act: a name, a personal pronoun, or an agent noun of
// data/agents.tsv ("the board", "residents"); for the verbs of object control that also take a
// thing as object (data/lexicon/object_control_verbs.txt, kind actor).
bool SentenceExtractor::can_act(size_t head) const {
  const Token& t = tk_[head];
  if (t.tag == "NNP" || t.tag == "NNPS" || t.tag == "PRP") return true;
  return lex_.agents.count(t.lower) > 0;
}

// A trailing participial clause shares the main clause's subject (trailing_participle); so does
// an infinitive of purpose after it: "enrolled at Hofstra to study management".
Step SentenceExtractor::infinitive_of_purpose(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (v.finite || s.participle) return Step::next;
  if (s.fronted.empty() && tk_[v.begin].tag == "VB" && v.begin > 1 && tk_[v.begin - 1].tag == "TO" &&
      !last_subject_.empty() && last_subject_.e < v.begin - 1 && c_.verb_at[v.begin - 2] < 0 &&
      (np(v.begin - 2) >= 0 || tk_[v.begin - 2].text == ","sv)) {
    // Unless the noun group before "to" is the object of a verb that controls it: "urged
    // both countries to settle" (the countries would settle), "expected Brazil to suspend"
    // (a cue: its claim already holds that clause).
    const VerbGroup* governor = nullptr;
    size_t object_begin = 0;
    if (np(v.begin - 2) >= 0) {
      size_t nb = c_.nouns[np(v.begin - 2)].begin;
      // The whole object: "called on [the government of Peru] to", "urged [Italy and Egypt] to".
      while (nb >= 2 && (tk_[nb - 1].lower == "of"sv || tk_[nb - 1].lower == "and"sv) && np(nb - 2) >= 0)
        nb = c_.nouns[np(nb - 2)].begin;
      object_begin = nb;
      if (nb >= 2 && (tk_[nb - 1].lower == "on"sv || tk_[nb - 1].lower == "for"sv) && c_.verb_at[nb - 2] >= 0)
        --nb;  // the verb's particle: "called on Y to", "called for Y to"
      else if (nb >= 2 && (tk_[nb - 1].lower == "with"sv || tk_[nb - 1].lower == "to"sv) && c_.verb_at[nb - 2] >= 0 &&
               lex_.actor_control_verbs.find(c_.verbs[c_.verb_at[nb - 2]].lemma) != StringTable::kNone)
        --nb;  // "pleaded with Y to", "appealed to Y to"
      if (nb > 0 && c_.verb_at[nb - 1] >= 0) governor = &c_.verbs[c_.verb_at[nb - 1]];
    }
    if (governor && lex_.cues.count(governor->lemma)) {
      refuse(v, "infinitive-of-purpose", "the noun group before 'to' is the object of a cue verb, whose claim holds the clause");
      return Step::done;
    }
    // Verbs of object control ("urged both countries to settle"): data/lexicon/object_control_verbs.txt.
    // Those that need an actor as object ("requested the board to", not "requested more time to").
    const bool controls = governor && (lex_.object_control_verbs.find(governor->lemma) != StringTable::kNone ||
                                       (lex_.actor_control_verbs.find(governor->lemma) != StringTable::kNone &&
                                        can_act(c_.nouns[np(v.begin - 2)].head)));
    if (controls) {
      s.fronted = object_np(object_begin);
      s.control_modality = "expected";
    } else {
      s.fronted = last_subject_;
    }
    s.trailing = true;
    s.t_prefix = "to ";
  }
  return Step::next;
}

// A trailing participial clause shares the main clause's subject: "they became a popular band,
// retaining a loyal following", "..., ultimately tracing the hacker".
Step SentenceExtractor::trailing_participle(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (v.finite || s.participle) return Step::next;
  if (s.fronted.empty() && tk_[v.begin].tag == "VBG" && !last_subject_.empty()) {
    size_t q = v.begin;
    while (q > 0 && tk_[q - 1].tag == "RB") --q;
    if (q > 0 && tk_[q - 1].text == ","sv && last_subject_.e < q) {
      s.fronted = last_subject_;
      s.trailing = true;
      if (Span speaker = trailing_cue_speaker(v, q - 1); !speaker.empty())
        s.fronted = speaker, s.subject_rule = "trailing-cue-participle";
    }
  }
  return Step::next;
}

// trailing-cue-participle: "He stated the trial would not be impartial, saying he anticipated
// ...", "said the 36 must face charges, adding Iran will pursue ...": a cue participle after a
// comma inside the content of the claim before it is that claim's speaker's next statement, not
// the content clause's subject's; the first claim's content ends at the comma.
Span SentenceExtractor::trailing_cue_speaker(const VerbGroup& v, size_t comma) {
  if (!lex_.cues.count(v.lemma) || out_.claims.empty()) return {};
  Claim& cl = out_.claims.back();
  if (cl.verb == kNone || cl.speaker.empty() || cl.speaker.e > comma || !(cl.content.b < comma && comma < cl.content.e))
    return {};
  cl.content.e = comma;
  for (Triple& t : out_.triples)
    if (t.attribution && t.claim == static_cast<int>(out_.claims.size() - 1)) t.arg2.e = comma;
  return cl.speaker;
}

// cited-as-saying: "cited Budi Gunawan, the agency's chief, as saying ...": the cited speaks.
Step SentenceExtractor::cited_as_saying(ClauseState& s) {
  if (s.v.finite || s.participle) return Step::next;
  if (Span cited = cited_speaker(tk_, c_, s.v); !cited.empty()) s.fronted = cited, s.trailing = false, s.cited_rule = true;
  return Step::next;
}

// charged-with-gerund: "A jury convicted Avenatti, a lawyer who ..., of trying to extort Nike",
// "X is accused of shooting two people": after "of"/"with" an -ing clause's subject is the one the
// accusation is about (the active verb's object, the passive's patient). "cleared X of misleading"
// and "acquitted of" deny the act: those verbs are not listed. A coordinated -ing clause after
// one that took the accused ("of crossing ... and shooting") takes it too.
Step SentenceExtractor::charged_with_gerund(ClauseState& s) {
  static constexpr std::string_view kCharging[] = {"accuse", "convict", "charge", "suspect", "indict", "blame",
                                                   "fine", "arrest", "jail", "sentence", "prosecute"};
  const VerbGroup& v = s.v;
  if (v.finite || s.participle || !s.fronted.empty() || tk_[v.begin].tag != "VBG" || v.begin < 2) return Step::next;
  const std::string& before = tk_[v.begin - 1].lower;
  // "accused of crossing state lines and shooting and killing two people": each coordinated
  // -ing clause right after one that took the accused as subject takes it too.
  if ((before == "and"sv || before == "or"sv) && !out_.triples.empty()) {
    const Triple& last = out_.triples.back();
    if (last.rule == "charged-with-gerund"sv && last.clause.e + 1 == v.begin) {
      s.fronted = last.subject.empty() ? last.arg1 : last.subject;
      s.trailing = false;
      s.subject_rule = "charged-with-gerund";
      if (last.modality == "reported"sv) s.charged_modality = "reported";
    }
    return Step::next;
  }
  if (before != "of"sv && before != "with"sv) return Step::next;
  for (auto u = out_.triples.rbegin(); u != out_.triples.rend(); ++u) {
    if (u->verb == kNone || u->object.empty() || u->object.e >= v.begin) continue;
    const VerbGroup& g = c_.verbs[u->verb];
    if (std::find(std::begin(kCharging), std::end(kCharging), g.lemma) == std::end(kCharging)) continue;
    for (size_t q = g.end; q < v.begin; ++q)
      if (tk_[q].text == ";"sv || is_punct_end(tk_[q])) return Step::next;
    s.fronted = u->object;
    s.trailing = false;
    s.subject_rule = "charged-with-gerund";
    // A conviction or a sentence states the act; an accusation or a charge only reports it.
    static constexpr std::string_view kStating[] = {"convict", "sentence", "fine", "jail"};
    if (std::find(std::begin(kStating), std::end(kStating), g.lemma) == std::end(kStating)) s.charged_modality = "reported";
    return Step::next;
  }
  return Step::next;
}

Step SentenceExtractor::non_finite_without_subject(ClauseState& s) {
  if (s.v.finite || s.participle || !s.fronted.empty()) return Step::next;
  refuse(s.v, "clause-subject", "a non-finite verb group with no subject and no main clause to lend one");
  return Step::done;
}

Step SentenceExtractor::inside_according_to(ClauseState& s) {
  if (!in_according(s.v.begin)) return Step::next;
  refuse(s.v, "clause-subject", "the verb is inside an 'according to' phrase");
  return Step::done;
}

// floating-quantifier-subject: "Ruiz and Berg both questioned the ruling", "the two men each
// received a medal": a quantifier floated off its subject stands between
// the subject and the verb group starting at `k` (the tagger reads "both" as a conjunction, "each"
// as a noun group of its own, so neither lets the noun group before it be the subject). The
// quantifier is one of the chunker's floating quantifiers (last_verb_of_group: "have both
// agreed"), here before the verb group. "both" follows a coordination ("A and B") or a plural
// noun group, "each" and "all" a plural noun group. A quantifier that opens its clause ("Both
// agreed", "Each received") is no such thing: a noun group must end right before it.
namespace {
bool floating_quantifier_after_subject(const std::vector<Token>& tk_, const Chunks& c_, size_t k) {
  if (k < 2 || k > tk_.size()) return false;
  auto np = [&](size_t i) { return c_.noun_at[i]; };
  const Token& q = tk_[k - 1];
  if (!is_floating_quantifier(q)) return false;
  const bool both = q.lower == "both"sv;
  if (const int own = np(k - 1); own >= 0 && (c_.nouns[own].begin != k - 1 || c_.nouns[own].end != k)) return false;
  const int ni = np(k - 2);
  if (ni < 0 || c_.nouns[ni].end != k - 1) return false;
  const NounGroup& g = c_.nouns[ni];
  // "shares offered at three dlrs each have been sold": after a preposition the noun group is a
  // rate's amount, no subject.
  if (g.begin > 0 && tk_[g.begin - 1].tag == "IN") return false;
  const Token& head = tk_[g.head];
  if (head.tag == "NNS" || head.tag == "NNPS") return true;
  // "Ruiz and Berg both": the subject is a coordination of two noun groups. (A pronoun, "they
  // both got sick", is left alone: the clause would stand with an unresolved "they".)
  return both && g.begin >= 2 && (tk_[g.begin - 1].lower == "and"sv || tk_[g.begin - 1].text == "&"sv) && np(g.begin - 2) >= 0;
}
}  // namespace

// The noun group that ends before the verb group (past adverbs, and a parenthetical adverb
// between subject and verb: "The University, however, refused").
Step SentenceExtractor::subject_before_verb(ClauseState& s) {
  size_t& k = s.k;
  k = s.v.begin;
  while (k > 0 && tk_[k - 1].tag == "RB" && !(tk_[k - 1].lower == "not"sv)) --k;
  if (k >= 3 && tk_[k - 1].text == ","sv && tk_[k - 2].tag == "RB") {
    size_t q = k - 2;
    while (q > 0 && tk_[q - 1].tag == "RB") --q;
    if (q > 0 && tk_[q - 1].text == ","sv) --q;
    if (q > 0 && np(q - 1) >= 0) k = q;
  }
  if (floating_quantifier_after_subject(tk_, c_, k)) {
    --k;
    if (s.subject_rule.empty()) s.subject_rule = "floating-quantifier-subject";
  }
  s.subj = subject_before(k, true, true);
  // both-as-subject: "Both earned nine delegates": a sentence-initial "Both" standing alone before
  // the verb group is its subject (the chunker makes no noun group of a lone word tagged DT or CC);
  // the entities resolve it to each member of the list before (plural-pronoun-members).
  if (s.subj.empty() && k == 1 && tk_[0].lower == "both"sv && (tk_[0].tag == "DT" || tk_[0].tag == "CC"))
    s.subj = {0, 1}, s.subject_rule = "both-as-subject";
  return Step::next;
}

// A relative clause between the subject and its verb: "the young Moonies who remained faithful to
// Father Moon are now parents", "Machines ..., which have all but disappeared in the U.S., are
// still more common". The verb's subject is the relative clause's antecedent.
Step SentenceExtractor::subject_across_relative(ClauseState& s) {
  const size_t k = s.k;
  Span head;
  if (!s.subj.empty()) head = antecedent_across_relative(k);
  else if (k >= 2 && tk_[k - 1].text == ","sv && np(k - 2) >= 0)
    head = antecedent_across_relative(k - 1);  // "The ministers, who met in Lisbon, signed the accord."
  if (head.empty()) return Step::next;
  s.subj = head, s.subject_rule = "subject-across-relative";
  // name-before-described-antecedent: "Penhallow, a British mathematician who taught at Oxford,
  // died": the name the description sets off died.
  if (Span name = described_name(head); !name.empty()) s.subj = name, s.subject_rule = "name-before-described-antecedent";
  return Step::next;
}

// A time phrase is not a subject: "... and in 2012 belonged to a think tank" -> the clause
// before it lends its subject (coordinated_verb_phrase).
// subject-before-time: a bare date between a noun group and the verb is an adverbial, and the noun
// group before it the subject: "the Kremlin last year sold the unit", "angry MPs this week warned".
Step SentenceExtractor::time_phrase_not_subject(ClauseState& s) {
  const Span& subj = s.subj;
  if (subj.empty() || subj.b < 1 || time_at(subj.b) < 0) return Step::next;
  const TimeExpression& x = times_[time_at(subj.b)];
  if (x.tok_end < subj.e) return Step::next;
  if (tk_[subj.b - 1].tag == "IN") {
    s.k = subj.b - 1;
    s.subj = {};
  } else if (x.tok_begin == subj.b && (x.type == "DATE"sv || x.type == "TIME"sv) &&
             (is_noun_tag(tk_[subj.b - 1].tag) || tk_[subj.b - 1].tag == "PRP")) {
    // Only a noun group that opens its clause (the sentence's start, after a comma, "that", a
    // conjunction or a verb of the clause before: "said sales last year rose"); one inside a
    // phrase ("presented to the committee this week would tax") is no subject.
    const Span before = s.v.finite ? subject_before(subj.b) : Span{};
    const std::string_view open = before.b > 0 ? std::string_view(tk_[before.b - 1].tag) : std::string_view(",");
    if (!before.empty() && before.e == subj.b &&
        (open == ","sv || open == "CC"sv || open == "VBD"sv || open == "VBZ"sv || open == "VBP"sv ||
         (before.b > 0 && tk_[before.b - 1].lower == "that"sv)))
      s.subj = before, s.subject_rule = "subject-before-time";
  }
  return Step::next;
}

// "NP1 , NP2 , VG": NP2 is an appositive of NP1, which is the subject.
Step SentenceExtractor::subject_before_appositive(ClauseState& s) {
  const size_t k = s.k;
  if (s.subj.empty() && k >= 1 && tk_[k - 1].text == ","sv) {
    Span app = subject_before(k - 1);
    if (!app.empty() && app.b >= 2 && tk_[app.b - 1].text == ","sv) {
      Span head = subject_before(app.b - 1);
      if (!head.empty()) s.subj = head, s.subject_rule = "subject-before-appositive";
      if (Span name = name_in_appositive(tk_, head, app); !name.empty()) s.subj = name, s.subject_rule = "name-in-appositive";
      else if (Span titled = titled_name_in_appositive(tk_, head, app); !titled.empty())
        s.subj = titled, s.subject_rule = "titled-name-in-appositive";
      // "The Chilean ambassador to the WTO, Ana Pardo, said": the noun group before the comma is
      // the title's complement; the title before it makes the description, and a name of two
      // words or more after it speaks (not "the talks in Geneva, Switzerland").
      else if (head.b >= 2 && np(head.b - 2) >= 0 && c_.nouns[np(head.b - 2)].end == head.b - 1 && app.e - app.b >= 2) {
        const std::string& p = tk_[head.b - 1].lower;
        const std::string& title = tk_[head.b - 2].lower;
        if ((p == "to"sv || p == "for"sv || p == "at"sv || p == "of"sv) && (lex_.titles.count(title) || lex_.role_nouns.count(title)))
          if (Span name = name_in_appositive(tk_, np_span(np(head.b - 2)), app); !name.empty())
            s.subj = name, s.subject_rule = "name-in-appositive";
      }
    }
  }
  return Step::next;
}

// name-in-appositive: "Two senators, A and B, opposed": the coordinated names act (see
// reported_speech.h).
Step SentenceExtractor::names_in_appositive_subject(ClauseState& s) {
  if (s.subj.empty() && s.k >= 1)
    if (Span names = names_in_appositive(tk_, c_, s.k - 1); !names.empty()) s.subj = names, s.subject_rule = "name-in-appositive";
  return Step::next;
}

// subject-across-parenthetical: "X, in remarks to the BBC, said", "Moraes, speaking after the
// ceremony, said".
Step SentenceExtractor::subject_across_parenthetical(ClauseState& s) {
  if (s.subj.empty() && s.k >= 1)
    if (size_t open = parenthetical_open(tk_, c_, s.k - 1); open != kNone)
      if (Span found = subject_before(open, true, true); !found.empty()) s.subj = found, s.subject_rule = "subject-across-parenthetical";
  return Step::next;
}

// subject-across-brackets: "HDT Kft. (HDT Limited) acquired the group", "the agency (its
// inspectors) said": a short bracketed insertion, with no verb inside, stands between the
// subject and its verb.
Step SentenceExtractor::subject_across_brackets(ClauseState& s) {
  if (!s.subj.empty() || s.k < 3 || tk_[s.k - 1].text != ")"sv) return Step::next;
  for (size_t q = s.k - 1; q-- > 0 && s.k - q <= 10;) {
    if (c_.verb_at[q] >= 0 || is_punct_end(tk_[q]) || tk_[q].text == ")"sv) break;
    if (tk_[q].text != "("sv) continue;
    if (Span found = subject_before(q, true, true); !found.empty()) s.subj = found, s.subject_rule = "subject-across-brackets";
    break;
  }
  return Step::next;
}

// subject-across-dashes: "The Syrian Army — whose commander is the president — entered the
// town": an insertion between dashes stands between the subject and its verb.
Step SentenceExtractor::subject_across_dashes(ClauseState& s) {
  auto dash = [](const Token& t) { return t.text == "\u2014"sv || t.text == "\u2013"sv || t.text == "--"sv; };
  if (!s.subj.empty() || s.k < 3 || !dash(tk_[s.k - 1])) return Step::next;
  for (size_t q = s.k - 2; q-- > 0 && s.k - q <= 30;) {
    if (is_punct_end(tk_[q]) || tk_[q].text == ";"sv) break;
    if (!dash(tk_[q])) continue;
    if (Span found = subject_before(q, true, true); !found.empty()) s.subj = found, s.subject_rule = "subject-across-dashes";
    break;
  }
  return Step::next;
}

// Relative clause with the relativizer as subject: "the tariffs, which took effect".
Step SentenceExtractor::relative_clause(ClauseState& s) {
  const size_t k = s.k;
  Span& subj = s.subj;
  if (subj.empty() && k >= 1 && is_relativizer(tk_[k - 1]) && tk_[k - 1].tag != "IN") {
    size_t a = k - 1;
    if (a >= 1 && tk_[a - 1].text == ","sv) --a;
    subj = subject_before(a, false);  // the antecedent is the nearest noun group
    s.subject_rule = "relative-clause";
    if (Span person = person_past_place_of_phrase(k - 1, subj); !person.empty())
      subj = person, s.subject_rule = "who-past-place-of-phrase";
    // "Celeski is an Australian footballer who plays for the Jets": the antecedent describes
    // the copula's subject, who is the one that plays.
    if (!subj.empty() && subj.b >= 1 && tk_[subj.b - 1].lemma == "be"sv && c_.verb_at[subj.b - 1] >= 0 &&
        !last_subject_.empty())
      subj = last_subject_;
    // name-before-described-antecedent: "Penhallow, a British mathematician who has published"
    // is about Penhallow (the rule stays relative-clause: the clause still modifies a noun).
    else if (Span name = described_name(subj); !name.empty())
      subj = name;
  }
  return Step::next;
}

// Participial modifier: the nearest noun group, not a chain through its prepositions ("a bid
// launched last week": the bid was launched, not the allies in its fight against it).
Step SentenceExtractor::participial_modifier_subject(ClauseState& s) {
  if (!s.participle) return Step::next;
  const size_t at = tk_[s.v.begin - 1].text == ","sv ? s.v.begin - 1 : s.v.begin;  // participial-appositive
  s.subj = subject_before(at, false), s.subject_rule = "participial-modifier";
  return Step::next;
}

// The subject a main clause lends a non-finite one (fronted, trailing, infinitive of purpose,
// object control), with the rule of the construction that found it.
Step SentenceExtractor::lent_subject(ClauseState& s) {
  if (s.fronted.empty()) return Step::next;
  // An infinitive inside a gapped clause belongs to that clause's subject.
  for (const auto& [region, gap_subject] : gaps_)
    if (s.v.begin >= region.b && s.v.begin < region.e) s.fronted = gap_subject;
  s.subj = s.fronted;
  if (s.subject_rule.empty())  // intent-noun-infinitive named itself
    s.subject_rule = s.cited_rule        ? "cited-as-saying"
                   : !s.t_prefix.empty() ? (s.control_modality.empty() ? "infinitive-of-purpose" : "object-control-infinitive")
                   : s.trailing        ? (s.verb_rule.empty() ? "trailing-participle" : s.verb_rule)
                                       : "fronted-clause-subject";
  s.inherited = true;  // the main clause's subject, not a new one
  // "Having returned to" is told as "returned to".
  std::string& relation = s.t.relation;
  if (relation.size() > 7 && to_lower(relation.substr(0, 7)) == "having ") relation.erase(0, 7);
  return Step::next;
}

// When the clause `s` is a relative clause set off by a comma after the object of an active
// main clause whose subject is last_subject_ ("Police arrested the driver, who had fled the
// scene, ...", "Moi pressed the U.S. to raise its aid to Kenya, which fell last year, ..."), that
// main clause's verb group (an index of c_.verbs); else kNone. Not after a passive's agent ("a
// run from Williams, who beat three players, and finished": the runner finishes) nor a speech
// verb's object (its clause is the content).
size_t SentenceExtractor::relative_aside_main_verb(const ClauseState& s) const {
  if (s.subject_rule != "relative-clause"sv || last_subject_.empty() || s.k < 3 || !is_relativizer(tk_[s.k - 1]) ||
      tk_[s.k - 2].text != ","sv || last_subject_.e > s.subj.b)
    return kNone;
  for (size_t q = last_subject_.e; q < s.subj.b; ++q) {
    if (is_punct_end(tk_[q]) || tk_[q].text == ";"sv || is_quote(tk_[q]) || is_subordinator(tk_[q])) return kNone;
    if (const int vi = c_.verb_at[q]; vi >= 0 && c_.verbs[vi].begin == q) {
      const VerbGroup& main = c_.verbs[vi];
      return main.finite && !main.passive && !lex_.cues.count(main.lemma) ? static_cast<size_t>(vi) : kNone;
    }
  }
  return kNone;
}

// Whether verb group `v` after ", and" has the form of the main clause's `main`, as a coordinate
// of it does: the same tense ("contributed ... and exchanged", "is under review ... and is
// subject to"), a modal with a modal ("would sell ... and would divest"), or a base form after a
// chain that ends on one ("might be able to ease ... and allow"). "was an attempt to change the
// Bank, which has lent ..., and give it" coordinates "give" with the noun's infinitive, not "was".
bool SentenceExtractor::same_verb_form(const VerbGroup& main, const VerbGroup& v) const {
  const PosTag& a = tk_[main.begin].tag;
  const PosTag& b = tk_[v.begin].tag;
  auto present = [](const PosTag& t) { return t == "VBZ" || t == "VBP"; };
  return a == b || (present(a) && present(b)) || (b == "VB" && main.main != main.begin && tk_[main.main].tag == "VB");
}

// Coordinated verb phrase: "Brazil delayed the controls and revived purchases".
// coordinate-after-relative-aside: ", and" after a relative clause set off after the main
// clause's object joins the main clause's verb, not the relative clause's: "Police arrested the
// driver, who had fled the scene, and seized his car" (Police seized). With no comma before "and"
// the second verb stays the relative clause's ("the driver, who fled and hid").
Step SentenceExtractor::coordinated_verb_phrase(ClauseState& s) {
  const size_t k = s.k;
  if (s.subj.empty() && coordinating_conjunction_at(k) && !last_subject_.empty()) {
    s.subj = last_subject_;
    s.inherited = true;
    s.subject_rule = s.verb_rule.empty() ? "coordinated-verb-phrase"sv : s.verb_rule;
    if (!outer_subject_.empty() && k >= 2 && tk_[k - 2].text == ","sv && tk_[k - 1].lower == "and"sv &&
        same_verb_form(c_.verbs[outer_verb_], s.v))
      s.subj = outer_subject_, s.subject_rule = "coordinate-after-relative-aside";
    if (Span speaker = coordinated_cue_speaker(s.v, k); !speaker.empty()) s.subj = speaker, s.subject_rule = "coordinated-cue";
  }
  return Step::next;
}

// coordinated-cue: "The government announced the tests found Novichok, and said there was
// proof": a cue after ", and" inside the content of the claim before it is that claim's
// speaker's second statement, not its content's; the first claim's content ends at the comma.
// A cue in the passive states nothing, with its own auxiliary ("and was charged with fraud") or one
// it shares with the participle before "and" (shared-passive-auxiliary): "said Smith was arrested,
// and charged with fraud" is Smith's charge inside the claim, not the speaker charging.
// but-cue: "said lower rates were needed but denied any suggestion of ...": after "but" with no
// comma, a cue in the simple past like the claim's own is the speaker's second verb too ("but"
// turns from one statement of the speaker's to another); the content ends before "but".
Span SentenceExtractor::coordinated_cue_speaker(const VerbGroup& v, size_t k) {
  if (v.passive || !lex_.cues.count(v.lemma) || out_.claims.empty() || k < 2) return {};
  Claim& cl = out_.claims.back();
  const bool after_comma = tk_[k - 2].text == ","sv;
  const bool but_cue = !after_comma && tk_[k - 1].lower == "but"sv && tk_[v.begin].tag == "VBD" &&
                       cl.verb < c_.verbs.size() && tk_[c_.verbs[cl.verb].begin].tag == "VBD";
  if (!after_comma && !but_cue) return {};
  if (cl.speaker.empty() || !(cl.content.b < k && k < cl.content.e)) return {};
  const size_t end = after_comma ? k - 2 : k - 1;
  cl.content.e = end;
  for (Triple& t : out_.triples)
    if (t.attribution && t.claim == static_cast<int>(out_.claims.size() - 1)) t.arg2.e = end;
  return cl.speaker;
}

// Inverted postposed attribution: "..., said Ferreira."
Step SentenceExtractor::inverted_subject(ClauseState& s) {
  const size_t k = s.k;
  s.j = s.v.end;
  if (s.subj.empty() && s.j < n_ && np(s.j) >= 0 && k >= 1 && (tk_[k - 1].text == ","sv || is_quote(tk_[k - 1])) &&
      lex_.cues.count(s.v.lemma)) {
    s.subj = object_np(s.j);
    s.j = s.subj.e;
    s.inverted = true;
    s.subject_rule = "inverted-subject";
  }
  return Step::next;
}

// The clause needs a subject: refuses without one, else the triple takes it (and the next
// clauses may borrow it when it is the clause's own). Also reads whether the verb is a cue.
Step SentenceExtractor::clause_subject(ClauseState& s) {
  if (s.subj.empty()) {
    refuse(s.v, "clause-subject", "no subject before the verb group");
    return Step::done;
  }
  s.t.arg1 = s.subj;
  s.t.subject = s.subj;
  if (!s.inherited && !s.inverted) {
    outer_verb_ = relative_aside_main_verb(s);
    outer_subject_ = outer_verb_ != kNone ? last_subject_ : Span{};
    last_subject_ = s.subj;
  }
  s.cue = s.v.matrix == kNone && !s.v.passive && lex_.cues.count(s.v.lemma) > 0;  // the hash last
  return Step::next;
}

// hypothetical: the clause sits inside a condition, a lead of data/lexicon/conditional_leads.txt
// ending right before its subject ("if the board approves", "unless the union calls", "in case
// the talks fail", "provided that the city repays"). A condition holds the event: it is not done.
Step SentenceExtractor::hypothetical(ClauseState& s) {
  const size_t b = s.subj.b;
  for (const std::vector<std::string>& lead : lex_.conditional_leads)
    if (!lead.empty() && lead.size() <= b && words_at(tk_, b - lead.size(), lead)) {
      s.t.modality = "hypothetical";
      break;
    }
  return Step::next;
}

// negative-subject: a subject led by a word of data/lexicon/negative_subject_words.txt negates
// its clause: "None of the members has asked for a meeting", "No country has recognised the
// government", "Neither party signed" state that the event did not happen. Only the subject's
// first word counts: "a country with no oil exported grain" is no negation. Turned away: "no"
// alone ("No, the minister said"), before a number ("No 2 producer") or an adverb ("no longer",
// "no doubt"). A clause negated already ("nobody did not vote", rare) is left as read. A passive
// clause keeps its type as its name.
Step SentenceExtractor::negative_subject(ClauseState& s) {
  const Span& subj = s.subj;
  // Only the clause's own subject: one lent by another construction ("had no difficulty keeping
  // within the limit": the participle's subject) is not what the negative word quantifies.
  if (s.t.negated || subj.empty() || !s.subject_rule.empty() || s.inherited) return Step::next;
  const Token& first = tk_[subj.b];
  if (lex_.negative_subject_words.find(first.lower) == StringTable::kNone) return Step::next;
  if (first.lower == "no"sv) {
    if (subj.e < subj.b + 2) return Step::next;
    const Token& next = tk_[subj.b + 1];
    if (next.tag == "CD" || next.tag == "RB" || next.tag == "RBR" || next.text == ","sv) return Step::next;
  }
  s.t.negated = true;
  if (!s.v.passive) s.subject_rule = "negative-subject";  // a passive keeps its type
  return Step::next;
}

// A participial clause before the main clause shares its subject: "Having returned to the
// Second Division, they gained promotion", "After winning the election, Smith appointed ...".
Span SentenceExtractor::fronted_clause_subject(const VerbGroup& v) const {
  size_t p = 0;
  while (p < v.begin && (tk_[p].tag == "RB" || tk_[p].tag == "IN")) ++p;  // "After", "While", "Upon"
  if (p != v.begin || (tk_[v.begin].tag != "VBG" && tk_[v.begin].tag != "VBN")) return {};
  for (size_t q = v.end; q + 1 < n_; ++q) {
    if (tk_[q].text != ","sv) continue;
    Span s = object_np(q + 1);
    size_t after = s.e;
    while (after < n_ && tk_[after].tag == "RB") ++after;
    if (!s.empty() && after < n_ && c_.verb_at[after] >= 0 && c_.verbs[c_.verb_at[after]].finite) return s;
    return {};
  }
  return {};
}

// The antecedent of a relative clause that ends right before position k, when that clause has
// its own finite verb: the subject of the verb at k. Empty when there is none.
Span SentenceExtractor::antecedent_across_relative(size_t k) const {
  if (first_wh_relativizer_ >= k) return {};  // no relativizer before k: the loop below would find none
  size_t finite_groups = 0;
  for (size_t r = k; r-- > 0 && k - r <= 20;) {
    if (is_punct_end(tk_[r])) return {};
    if (c_.verb_at[r] >= 0 && c_.verbs[c_.verb_at[r]].begin == r && c_.verbs[c_.verb_at[r]].finite) ++finite_groups;
    if (finite_groups > 1) return {};
    if (!(is_relativizer(tk_[r]) && (tk_[r].tag == "WP" || tk_[r].tag == "WDT"))) continue;
    if (finite_groups != 1 || r == 0) return {};
    size_t a = r;
    if (tk_[a - 1].text == ","sv) --a;
    const Span nearest = subject_before(a);
    const Span person = person_past_place_of_phrase(r, nearest);
    return person.empty() ? nearest : person;
  }
  return {};
}

// who-past-place-of-phrase: "who" stands for a person, never for a place. In "the former mayor
// of Springfield, Illinois, who had 26 delegates" or "Lord Avery of Dunmore, who chaired the
// inquiry" the noun group nearest to "who" is a place the gazetteer knows (two, set off by a
// comma: a town and its state), the object of an "of" after the antecedent: the antecedent is
// the noun group before that "of" (then name-before-described-antecedent goes on to the name
// before a description). "which" ("the port of Durres, which reopened") and a place with no
// "of" before it ("fans in Leeds, who") are left as they are. Empty when it does not apply.
Span SentenceExtractor::person_past_place_of_phrase(size_t relativizer, Span nearest) const {
  if (nearest.empty() || relativizer >= n_ || tk_[relativizer].lower != "who"sv) return {};
  auto known_place = [&](Span s) {
    for (size_t k = s.b; k < s.e; ++k)
      if (tk_[k].tag != "NNP"sv && !(k == s.b && tk_[k].lower == "the"sv)) return false;
    return lex_.find_place(span_text(tk_, s)) != nullptr;
  };
  // subject_before may have chained the "of"-phrase on already ("Lord Avery of Dunmore"): then
  // the place is its last noun group.
  if (np(nearest.e - 1) < 0) return {};
  const Span place = np_span(np(nearest.e - 1));
  if (!known_place(place)) return {};
  size_t b = place.b;
  if (b >= 3 && tk_[b - 1].text == ","sv && np(b - 2) >= 0) {  // "Springfield, Illinois"
    const Span town = np_span(np(b - 2));
    if (town.e == b - 1 && known_place(town)) b = town.b;
  }
  if (b < 2 || tk_[b - 1].lower != "of"sv || np(b - 2) < 0) return {};
  const Span owner = np_span(np(b - 2));
  if (owner.e != b - 1) return {};
  if (Span name = described_name(owner); !name.empty()) return name;
  return owner;
}

Span SentenceExtractor::described_name(Span description) const {
  if (description.empty() || description.b < 2 || tk_[description.b - 1].text != ","sv) return {};
  return name_before_description(tk_, subject_before(description.b - 1, false), description);
}

// "was sold to X and renamed Y", "were mobilized and recalled": a participle after "and" that
// shares the passive auxiliary of the verb group before it. Returns that group, or null.
const VerbGroup* SentenceExtractor::shared_passive(const VerbGroup& v) const {
  // A past tense only in the regular "-ed" form a participle shares ("renamed"), not "became".
  const bool participle_form = tk_[v.begin].tag == "VBN" || (tk_[v.begin].tag == "VBD" && tk_[v.begin].lower.ends_with("ed"));
  if (v.begin < 2 || !participle_form || v.begin != v.main) return nullptr;
  const std::string& cc = tk_[v.begin - 1].lower;
  if (cc != "and"sv && cc != "or"sv && cc != "but"sv) return nullptr;
  for (size_t q = v.begin - 1; q-- > 0;) {
    if (is_punct_end(tk_[q])) return nullptr;
    if (c_.verb_at[q] < 0) continue;
    const VerbGroup& pv = c_.verbs[c_.verb_at[q]];
    return pv.passive && pv.finite && pv.main > pv.begin ? &pv : nullptr;
  }
  return nullptr;
}

// Whether what a speaker says follows cue `v`: "that", a quotation, or a noun group after any time
// or prepositional phrases ("denied any plans", "said in a statement that ..."). In "rejected
// suggestions the currency is undervalued, and denied any plans" the "is" belongs to the content
// and "denied" is the speaker's active cue; "charged with fraud" has nothing said after it.
bool SentenceExtractor::speaks_after(const VerbGroup& v) const {
  const size_t q = skip_attribution_phrases(tk_, c_, times_, v.end, 3);
  return q < n_ && (np(q) >= 0 || tk_[q].lower == "that"sv || quotation_follows(tk_, q));
}

}  // namespace newsgraph::facts
