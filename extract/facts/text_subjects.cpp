// Text subjects (see text_subjects.h): the construction "text-subject".
#include "text_subjects.h"

#include <string_view>
#include <unordered_set>

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

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
  static const std::unordered_set<std::string_view> kEnds = {"who", "which", "that", "whose", "in", "from",
                                                             "at", "on", "near", "after", "with"};
  return t.tag == "," || t.tag == "(" || t.tag == ":" || kEnds.count(t.lower) > 0;
}

// A negative or universal quantifier makes no participant ("no votes were taken", "everyone agreed").
bool is_no_one(const Token& t) {
  static const std::unordered_set<std::string_view> kNone = {"no", "none", "nobody", "no-one", "everyone", "everybody",
                                                             "anyone", "nothing", "everything"};
  return kNone.count(t.lower) > 0;
}

// Documents and messages do not act: the speaker is whoever wrote them ("the statement said", "signs
// read"), which reported speech finds.
bool is_document(const Token& t) {
  static const std::unordered_set<std::string_view> kDocuments = {
      "statement", "statements", "report", "reports", "headline", "headlines", "sign", "signs", "placard",
      "placards",  "letter",     "letters", "tweet",  "tweets",   "post",     "posts"};
  return kDocuments.count(t.lower) > 0;
}

// A stretch of time is when something happened, not who did it ("last week saw", "the year ended").
bool is_time_noun(const Token& t) {
  static const std::unordered_set<std::string_view> kTimes = {
      "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "quarter", "quarters",
      "half", "period", "time", "times", "morning", "afternoon", "evening", "night", "season", "decade"};
  return kTimes.count(t.lower) > 0;
}

constexpr size_t kMaxCoreWords = 6;  // a longer group is a clause the chunker misread, not a participant

}  // namespace

namespace {

// The core of the participant's noun group [span.b, span.e) as words: no leading determiner or
// quantifier, nothing after a comma or relative word, no time after the noun; "" when its head is
// no common noun. `negated_ok`: "no traces of poison were found" keeps "traces" (the clause is
// negative already).
std::string group_core(const std::vector<Token>& tk, Span span, bool negated_ok) {
  size_t b = span.b;
  if (negated_ok && tk[b].lower == "no"sv && b + 1 < span.e) ++b;
  if (is_no_one(tk[b])) return "";
  size_t e = b;
  while (e < span.e && (e == b || !ends_group(tk[e]))) ++e;
  while (b < e && is_leading_word(tk[b])) ++b;
  // "the fire yesterday afternoon": the time after the noun is not part of the participant.
  while (e > b + 1 && (is_time_noun(tk[e - 1]) || tk[e - 1].lower == "yesterday" || tk[e - 1].lower == "today")) --e;
  if (b >= e || e - b > kMaxCoreWords) return "";
  // The head is a common noun: "bridge", "assailants"; not "it", "36", "Smith".
  if (!(tk[e - 1].tag == "NN" || tk[e - 1].tag == "NNS") || is_document(tk[e - 1]) || is_time_noun(tk[e - 1])) return "";
  std::string text(tk[b].text);
  for (size_t i = b + 1; i < e; ++i) text += (tk[i].space_before ? " " : "") + std::string(tk[i].text);
  return text;
}

bool is_clause_of_its_own(const Triple& t) { return !(t.attribution || t.surface_only || t.fragment); }

}  // namespace

std::string text_subject(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t) {
  if (!is_clause_of_its_own(t) || t.subject.empty() || t.subject.e > tk.size()) return "";
  if (!has_event_reading(t.predicate)) return "";
  // Without an object, only a verb that stands alone ("collapsed", "died") is a fact: "the fire began
  // at noon" and "members opposed" say too little without a named actor.
  if (t.object.empty() && lex.needs_complement(t.predicate)) return "";
  return group_core(tk, t.subject, false);
}

std::string text_patient(const std::vector<Token>& tk, const Triple& t) {
  if (!is_clause_of_its_own(t) || !t.passive || !t.subject.empty() || t.object.empty() || t.object.e > tk.size()) return "";
  // What is needed or required has not happened: "a two-thirds majority was needed" is no event
  // ("exporters need a licence" is, with the needer as actor).
  if (!has_event_reading(t.predicate) || t.predicate == "need"sv || t.predicate == "require"sv) return "";
  return group_core(tk, t.object, true);
}

}  // namespace newsgraph
