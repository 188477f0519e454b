// Text subjects (see text_subjects.h): the construction "text-subject".
#include "text_subjects.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "word_list.h"

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// The short word lists below (up to about twenty words) are WordLists (word_list.h): a word none of
// them holds is mostly answered by two bit tests instead of a hash of the word. The two long lists
// stay hashed: a word that passes the bit tests is compared with each entry, which for forty or
// fifty entries costs more than the hash.

// Words a participant's noun group may start with that do not name it: determiners, possessives,
// quantifiers and the approximators of a count ("at least", "about").
bool is_leading_word(const Token& t) {
  static const std::unordered_set<std::string_view> kLeading = {
      "a",     "an",    "the",   "this",     "that",  "these",  "those",   "some",   "many",  "several",
      "multiple", "all", "most", "any",      "each",  "every",  "both",    "its",    "their", "his",
      "her",   "our",   "other", "another",  "such",  "least",  "at",      "about",  "around", "nearly",
      "almost", "roughly", "approximately", "over", "more", "than", "up",  "to",     "dozens", "hundreds",
      "thousands", "scores", "millions", "of"};
  return kLeading.count(t.lower) > 0;
}

// Where the participant's noun group ends: a comma, bracket or a relative or prepositional word
// that starts what is said about it ("residents, who ...", "rescuers in the city").
bool ends_group(const Token& t) {
  static constexpr WordList kEnds({"who", "which", "that", "whose", "in", "from", "at", "on", "near", "after",
                                    "with"});
  return t.tag == "," || t.tag == "(" || t.tag == ":" || kEnds.contains(t.lower);
}

// A negative or universal quantifier makes no participant ("no votes were taken", "everyone agreed").
bool is_no_one(const Token& t) {
  static constexpr WordList kNone({"no", "none", "nobody", "no-one", "everyone", "everybody", "anyone", "nothing",
                                    "everything"});
  return kNone.contains(t.lower);
}

// Documents and messages do not act: the speaker is whoever wrote them ("the statement said", "signs
// read"), which reported speech finds.
bool is_document(const Token& t) {
  static constexpr WordList kDocuments({
      "statement", "statements", "report", "reports", "headline", "headlines", "sign", "signs", "placard",
      "placards",  "letter",     "letters", "tweet",  "tweets",   "post",     "posts"});
  return kDocuments.contains(t.lower);
}

// A stretch of time is when something happened, not who did it ("last week saw", "the year ended").
bool is_time_noun(const Token& t) {
  static constexpr WordList kTimes({
      "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "quarter", "quarters",
      "half", "period", "time", "times", "morning", "afternoon", "evening", "night", "season", "decade"});
  return kTimes.contains(t.lower);
}

constexpr size_t kMaxCoreWords = 6;  // a longer group is a clause the chunker misread, not a participant

// A bare count standing for people ("35 were rescued", "two were captured"): a cardinal that is
// no year.
bool counts_people(const Token& t) {
  if (t.tag != "CD") return false;
  if (t.lower.size() == 4 && (t.lower.starts_with("19") || t.lower.starts_with("20"))) return false;
  for (char ch : t.lower)
    if (ch == '.' || ch == ',' || ch == '%') return false;
  return true;
}

// The core of the participant noun group `s` as text, or "" when it names no participant (see
// text_subjects.h); `count_ok`: a bare count may be the participant; `negated_ok`: "no traces of
// poison were found" keeps "traces" (the clause is negative already).
std::string participant_core(const std::vector<Token>& tk, Span s, bool count_ok, bool negated_ok = false,
                             size_t* head_at = nullptr) {
  // The head found below is a word of the group tagged NN or NNS (or CD, a count when allowed): a
  // group with no such word (a pronoun, a name) is turned away by its tags before the word lists
  // are probed (a hash a word).
  auto may_be_head = [&](const Token& w) { return w.tag == "NN" || w.tag == "NNS" || (count_ok && w.tag == "CD"); };
  if (std::none_of(tk.begin() + static_cast<long>(s.b), tk.begin() + static_cast<long>(s.e), may_be_head)) return "";
  if (negated_ok && tk[s.b].lower == "no"sv && s.b + 1 < s.e) ++s.b;
  if (is_no_one(tk[s.b])) return "";
  size_t b = s.b, e = b;
  while (e < s.e && (e == b || !ends_group(tk[e]))) ++e;
  while (b < e && is_leading_word(tk[b])) ++b;
  // "the fire yesterday afternoon": the time after the noun is not part of the participant.
  while (e > b + 1 && (is_time_noun(tk[e - 1]) || tk[e - 1].lower == "yesterday" || tk[e - 1].lower == "today")) --e;
  if (b >= e || e - b > kMaxCoreWords) return "";
  // The head is a common noun: "bridge", "assailants"; not "it", "36", "Smith" (a count only when allowed).
  const Token& head = tk[e - 1];
  const bool count = count_ok && e - b == 1 && counts_people(head);
  if (!count && (!(head.tag == "NN" || head.tag == "NNS") || is_document(head) || is_time_noun(head))) return "";
  if (head_at) *head_at = e - 1;
  std::string text(tk[b].text);
  for (size_t i = b + 1; i < e; ++i) {  // appended in place: no temporary string a word
    if (tk[i].space_before) text += ' ';
    text += tk[i].text;
  }
  return text;
}

}  // namespace

// Verbs that make no event with an unnamed subject: copulas and linking verbs, light and auxiliary
// verbs, possession, saying and thinking (claims have their own construction), wanting and
// seeming. Lemmas.
bool has_event_reading(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kNoEvent = {
      "be",     "become",  "remain", "stay",    "seem",   "appear", "look",   "sound",  "feel",    "have",
      "get",    "do",      "make",   "go",      "let",    "say",    "tell",   "think",  "believe", "know",
      "want",   "like",    "mean",   "include", "contain", "involve", "concern", "show", "add",    "note",
      "call",   "see",     "hear",   "try",     "expect", "hope",   "use",    "come",   "keep",    "continue",
      // relations between things, not happenings: "the move follows X", "the charge stems from X"
      "follow", "regard",  "accord", "stem",    "carry",  "figure", "fit",    "constitute", "read", "point",
      "would",  "mean"};
  return !kNoEvent.count(lemma);
}


namespace {

// "The coalition came to Iraq", "groups have come to his defence": coming to a place or to
// someone's side is a movement, unlike "the move comes after" or "it came as a surprise".
bool comes_to(const Triple& t) { return t.predicate == "come"sv && t.relation.ends_with(" to"); }

// The verb tests of a text subject: an event reading, and an object where the verb needs one.
bool verb_takes_text_subject(const Lexicons& lex, const Triple& t) {
  if (t.attribution || t.surface_only || t.fragment || t.subject.empty()) return false;
  if (!has_event_reading(t.predicate) && !comes_to(t)) return false;
  // Without an object, only a verb that stands alone ("collapsed", "died") is a fact: "the fire began
  // at noon" and "members opposed" say too little without a named actor.
  return !(t.object.empty() && lex.needs_complement(t.predicate));
}

}  // namespace

std::string text_subject(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t) {
  if (t.subject.e > tk.size() || !verb_takes_text_subject(lex, t)) return "";
  // "the 36 must face charges": a count after "the" stands for people named before.
  const bool anaphoric_count = t.subject.e - t.subject.b == 2 && tk[t.subject.b].lower == "the"sv;
  return participant_core(tk, t.subject, anaphoric_count);
}

bool subject_is_they(const std::vector<Token>& tk, const Triple& t) {
  return t.subject.e == t.subject.b + 1 && t.subject.e <= tk.size() && tk[t.subject.b].lower == "they"sv;
}

// A lower-case plural head: "firefighters", not "Falcons" (a team's name is the name resolution's).
bool is_plural_noun_group(const std::vector<Token>& group_tk, Span group) {
  if (group.empty() || group.e > group_tk.size()) return false;
  size_t head = 0;
  if (participant_core(group_tk, group, false, false, &head).empty()) return false;
  const Token& h = group_tk[head];
  return h.tag == "NNS" && h.text == h.lower;
}

bool plural_noun_between(const std::vector<Token>& tk, size_t b, size_t e) {
  for (size_t k = b; k < e && k < tk.size(); ++k)
    if (tk[k].tag == "NNS" && tk[k].text == tk[k].lower && !is_time_noun(tk[k])) return true;
  return false;
}

std::string text_subject_for_they(const Lexicons& lex, const Triple& t, const std::vector<Token>& group_tk, Span group) {
  if (!verb_takes_text_subject(lex, t) || !is_plural_noun_group(group_tk, group)) return "";
  return participant_core(group_tk, group, false);
}

std::string text_patient(const std::vector<Token>& tk, const Triple& t) {
  if (!t.passive || !t.subject.empty() || t.attribution || t.surface_only || t.object.empty() || t.object.e > tk.size())
    return "";
  if (!has_event_reading(t.predicate)) return "";
  // A participle that describes its noun ("participants locked into a room") and a passive
  // infinitive someone asks for ("called for his death to be investigated") tell of no act done.
  if (t.rule == "participial-modifier"sv || t.relation.starts_with("to ")) return "";
  // "a two-thirds majority is needed": a condition, not an act.
  if (t.predicate == "need"sv || t.predicate == "require"sv) return "";
  return participant_core(tk, t.object, true, true);
}

}  // namespace newsgraph
