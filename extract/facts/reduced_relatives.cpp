// Reduced relatives with a "by" agent: "A bill signed by the president gives the army new powers",
// "Tariffs imposed by Canada hurt exports", "Protesters wounded by police were taken to hospital".
//   reduced-relative-by:       a past form the tagger read as finite (VBD) right after a noun group
//                              and before "by", with a finite verb later in the clause, is a
//                              participle modifying that noun group (participial-modifier then
//                              makes the president the signer and the bill what was signed);
//   subject-across-participle: the later verb's subject is the noun group the participle modifies,
//                              not the agent inside its "by" phrase (the tariffs hurt, not Canada).
#include "clause_words.h"
#include "sentence_extractor.h"

namespace newsgraph::facts {

using namespace std::string_view_literals;

// A verb group of one past form ("signed", no auxiliary) right after a noun group and followed by
// "by" (or with "by" as its particle).
bool SentenceExtractor::participle_before_by(const VerbGroup& v) const {
  if (v.begin != v.main || (tk_[v.main].tag != "VBD" && tk_[v.main].tag != "VBN")) return false;
  if (v.begin == 0 || np(v.begin - 1) < 0 || c_.nouns[np(v.begin - 1)].end != v.begin) return false;
  return v.main + 1 < n_ && tk_[v.main + 1].lower == "by"sv;
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
  if (s.subj.empty() || s.subj.b < 3 || tk_[s.subj.b - 1].lower != "by"sv ||
      c_.verb_at[s.subj.b - 2] < 0)
    return Step::next;
  const VerbGroup& participle = c_.verbs[c_.verb_at[s.subj.b - 2]];
  if (participle.main != s.subj.b - 2 || !participle_before_by(participle)) return Step::next;
  if (Span head = subject_before(participle.begin, false); !head.empty()) {
    s.subj = head;
    s.subject_rule = "subject-across-participle";
  }
  return Step::next;
}

}  // namespace newsgraph::facts
