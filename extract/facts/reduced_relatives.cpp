// Reduced relatives with a "by" agent: "A bill signed by the president gives the army new powers",
// "Tariffs imposed by Canada hurt exports", "Protesters wounded by police were taken to hospital".
//   reduced-relative-by:       a past form the tagger read as finite (VBD) right after a noun group
//                              and before "by", with a finite verb later in the clause, is a
//                              participle modifying that noun group (participial-modifier then
//                              makes the president the signer and the bill what was signed);
//   subject-across-participle: the later verb's subject is the noun group the participle modifies,
//                              not the agent inside its "by" phrase (the tariffs hurt, not Canada).
// A time may stand between the participle and its agent: "A bill passed last week by the Senate
// raises taxes".
//   reduced-relative-in-fronted-phrase: "In findings published Wednesday in Nature, the team
//                              reported …", "Under rules adopted in May, firms must …": a past form
//                              right after the noun group of a sentence-opening prepositional
//                              phrase, before the comma that ends it, with the main clause's
//                              finite verb after that comma. A prepositional phrase holds no clause
//                              of its own, so the past form is a participle (the findings were
//                              published on Wednesday: `- | publish | findings`).
//   subject-across-reduced-relative: "The bridge built in 1998 collapsed", "Two men arrested on
//                              Sunday appeared in court", "Officials appointed last year resigned":
//                              a participle with a prepositional phrase or a time after it (no
//                              "by") stands between the subject and the finite verb; the subject
//                              search stops at the phrase ("1998", "Sunday", "last year"), which is
//                              no participant, so the verb's subject is the participle's noun group.
#include "clause_words.h"
#include "sentence_extractor.h"
#include "subject_past_form.h"  // noun_chain_opens_clause

namespace newsgraph::facts {

using namespace std::string_view_literals;

namespace {

// Words that open a sentence as a preposition or as a clause ("After rebels seized the town, …"):
// a past form after them may be finite, so reduced-relative-in-fronted-phrase leaves them alone.
constexpr std::string_view kClauseOrPhraseOpeners[] = {"after", "before", "since", "until", "till", "as",
                                                       "than", "that", "like", "for", "so"};

// Words that open a clause, not only a phrase, before its subject: "after the bank said",
// "charged that the firms had fixed prices", "as the damage has become apparent". "as" also opens a
// phrase ("known as X"), so subject-across-reduced-relative reads it apart.
bool opens_clause_before_verb(const Token& t) {
  static constexpr std::string_view kWords[] = {"after", "before", "since", "until", "till", "that"};
  if (is_subordinator(t)) return true;
  for (std::string_view w : kWords)
    if (t.lower == w) return true;
  return false;
}

bool opens_phrase_only(const Token& t) {
  if (t.tag != "IN" || is_subordinator(t)) return false;
  for (std::string_view w : kClauseOrPhraseOpeners)
    if (t.lower == w) return false;
  return true;
}

}  // namespace

// The first token after a time expression that starts at k ("last week" in "passed last week by"),
// or k itself when no time starts there.
size_t SentenceExtractor::past_time_at(size_t k) const {
  const size_t at = k + 1 < n_ && tk_[k].tag == "IN" && time_at(k + 1) >= 0 ? k + 1 : k;  // "on Monday"
  const int ti = at < n_ ? time_at(at) : -1;
  return ti >= 0 && times_[ti].tok_begin == at ? times_[ti].tok_end : k;
}

// A verb group of one past form ("signed", no auxiliary) right after a noun group and followed by
// "by" (or with "by" as its particle), a time may stand between ("signed on Monday by").
bool SentenceExtractor::participle_before_by(const VerbGroup& v) const {
  if (v.begin != v.main || (tk_[v.main].tag != "VBD" && tk_[v.main].tag != "VBN")) return false;
  if (v.begin == 0 || np(v.begin - 1) < 0 || c_.nouns[np(v.begin - 1)].end != v.begin) return false;
  const size_t by = past_time_at(v.main + 1);
  return by < n_ && tk_[by].lower == "by"sv;
}

Step SentenceExtractor::reduced_relative_by(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (s.participle || !v.finite || tk_[v.main].tag != "VBD" || !participle_before_by(v))
    return Step::next;
  for (size_t k = v.end; k < n_ && !is_punct_end(tk_[k]) && tk_[k].text != ","sv; ++k) {
    if (k <= v.main + 1 || c_.verb_at[k] < 0) continue;
    const VerbGroup& later = c_.verbs[c_.verb_at[k]];
    if (later.begin == k && later.finite) {  // the clause's own verb comes later: "signed" modifies
      s.v.finite = false;
      s.v.passive = true;  // a past participle with its agent: "signed by the president"
      s.participle = true;
      return Step::next;
    }
  }
  return Step::next;
}

Step SentenceExtractor::subject_across_participle(ClauseState& s) {
  if (s.subj.empty() || s.subj.b < 3 || tk_[s.subj.b - 1].lower != "by"sv) return Step::next;
  size_t before_by = s.subj.b - 2;  // the participle, or the last word of a time after it
  if (const int ti = time_at(before_by); ti >= 0 && times_[ti].tok_end == s.subj.b - 1 && times_[ti].tok_begin >= 1) {
    before_by = times_[ti].tok_begin - 1;
    if (tk_[before_by].tag == "IN" && before_by >= 1) --before_by;  // "on Monday"
  }
  if (c_.verb_at[before_by] < 0) return Step::next;
  const VerbGroup& participle = c_.verbs[c_.verb_at[before_by]];
  if (participle.main != before_by || !participle_before_by(participle)) return Step::next;
  if (Span head = subject_before(participle.begin, false); !head.empty()) {
    s.subj = head;
    s.subject_rule = "subject-across-participle";
  }
  return Step::next;
}

// Whether [b, e) holds only prepositional phrases and times: prepositions, noun groups, figures
// and the words of time expressions ("in 1998", "on Sunday", "last year", "in the north").
bool SentenceExtractor::phrases_and_times_only(size_t b, size_t e) const {
  if (b >= e || (tk_[b].tag != "IN" && time_at(b) < 0)) return false;
  for (size_t k = b; k < e; ++k) {
    // "come after the bank said": a subordinator opens a clause, whose subject that is.
    if (tk_[k].tag == "IN" && opens_clause_before_verb(tk_[k])) return false;
    if (tk_[k].tag != "IN" && tk_[k].tag != "CD" && np(k) < 0 && time_at(k) < 0) return false;
  }
  return true;
}

Step SentenceExtractor::subject_across_reduced_relative(ClauseState& s) {
  if (!s.v.finite || !s.subject_rule.empty()) return Step::next;  // another rule chose
  // Only where the subject found is no participant: none, a time, or a preposition's object.
  if (!s.subj.empty()) {
    const int ti = time_at(s.subj.b);
    const bool time_subject = ti >= 0 && times_[ti].tok_begin <= s.subj.b && times_[ti].tok_end >= s.subj.e;
    if (!time_subject && !(s.subj.b >= 1 && tk_[s.subj.b - 1].tag == "IN")) return Step::next;
    // "as" right after the participle is a preposition ("dressed as a bear", "known as X").
    const bool as_after_participle = s.subj.b >= 2 && c_.verb_at[s.subj.b - 2] >= 0;
    if (s.subj.b >= 1 && ((tk_[s.subj.b - 1].lower == "as"sv && !as_after_participle) ||
                          opens_clause_before_verb(tk_[s.subj.b - 1])))
      return Step::next;
  }
  // Back from the verb (and its adverbs) over the phrases to the participle (at most ten words,
  // no comma or verb). Not from s.k: time-phrase-not-subject may have moved it to the phrase's
  // preposition.
  size_t end = s.v.begin;
  while (end > 0 && tk_[end - 1].tag == "RB") --end;
  size_t p = end;
  while (p > 0 && end - p < 10 && c_.verb_at[p - 1] < 0) {
    const Token& t = tk_[p - 1];
    if (t.text == ","sv || is_punct_end(t) || is_quote(t)) return Step::next;
    --p;
  }
  if (p == 0 || c_.verb_at[p - 1] < 0 || !phrases_and_times_only(p, end)) return Step::next;
  const VerbGroup& participle = c_.verbs[c_.verb_at[p - 1]];
  if (participle.finite || participle.begin != participle.main || participle.end != p ||
      tk_[participle.main].tag != "VBN" || participle.begin == 0)
    return Step::next;
  const int noun = np(participle.begin - 1);
  if (noun < 0 || c_.nouns[noun].end != participle.begin || !noun_chain_opens_clause(tk_, c_, c_.nouns[noun]))
    return Step::next;
  if (Span head = subject_before(participle.begin, false); !head.empty()) {
    s.subj = head;
    s.subject_rule = "subject-across-reduced-relative";
  }
  return Step::next;
}

Step SentenceExtractor::reduced_relative_in_fronted_phrase(ClauseState& s) {
  const VerbGroup& v = s.v;
  if (v.begin != v.main || (tk_[v.main].tag != "VBD" && tk_[v.main].tag != "VBN") || v.begin < 2) return Step::next;
  if (s.participle != !v.finite) return Step::next;  // a finite past form, or a participle of the noun before it
  if (!opens_phrase_only(tk_[0]) || v.lemma == "be"sv || v.lemma == "have"sv || v.lemma == "do"sv) return Step::next;
  // A direct object right after it makes it the main clause's verb, its noun group the subject
  // ("In the accord Japan promised a package": the chunker joined "accord Japan").
  if (const size_t after = past_time_at(v.end); after == v.end && np(v.end) >= 0 && c_.nouns[np(v.end)].begin == v.end)
    return Step::next;
  // The phrase before it is the preposition and one noun group ("In new findings published"), no
  // time ("On Thursday the minister reported") and no clause.
  const int noun = np(v.begin - 1);
  if (noun < 0 || c_.nouns[noun].end != v.begin || c_.nouns[noun].begin != 1) return Step::next;
  for (size_t k = 1; k < v.begin; ++k)
    if (time_at(k) >= 0 || is_quote(tk_[k])) return Step::next;
  size_t comma = v.end;
  while (comma < n_ && tk_[comma].text != ","sv && !is_punct_end(tk_[comma])) {
    if (c_.verb_at[comma] >= 0 && c_.verbs[c_.verb_at[comma]].finite && comma != v.main) return Step::next;
    ++comma;
  }
  if (comma >= n_ || tk_[comma].text != ","sv) return Step::next;
  for (size_t k = comma + 1; k < n_ && !is_punct_end(tk_[k]); ++k)
    if (c_.verb_at[k] >= 0 && c_.verbs[c_.verb_at[k]].begin == k && c_.verbs[c_.verb_at[k]].finite) {
      // "findings published Wednesday": the findings were published. The clause stays finite so
      // that no construction for non-finite verbs lends it the main clause's subject; its
      // subject is the noun group before it, read as the passive's patient.
      s.v.passive = true;
      s.v.finite = true;
      s.participle = false;
      s.subject_rule = "reduced-relative-in-fronted-phrase";
      return Step::next;
    }
  return Step::next;
}

}  // namespace newsgraph::facts
