#include "time_attachment.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "clause_words.h"
#include "text_util.h"  // is_all_digits
#include "time_words.h"

namespace newsgraph {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view kTimeInClause = "time-in-clause";
constexpr std::string_view kTimeBeforeSubject = "time-before-subject";
constexpr std::string_view kTimeBeforeWhenClause = "time-before-when-clause";
constexpr std::string_view kTimeAfterClause = "time-after-clause";
constexpr std::string_view kTimeDeicticAfterClause = "time-deictic-after-clause";
constexpr std::string_view kTimeOfReducedWhenClause = "time-of-reduced-when-clause";
constexpr std::string_view kTimeFromRange = "time-from-range";
constexpr std::string_view kTimeOfWhenClause = "time-of-when-clause";
constexpr std::string_view kTimeOffsetBeforeAfter = "time-offset-before-after";
constexpr std::string_view kTimePastNamingParticiple = "time-past-naming-participle";
constexpr std::string_view kTimeOfIngModifier = "time-of-ing-modifier";
constexpr std::string_view kTimeVaguePastInClause = "time-vague-past-in-clause";
constexpr std::string_view kTimeOfWithClause = "time-of-with-clause";
constexpr std::string_view kTimeHabitualPresent = "time-habitual-present";
constexpr std::string_view kTimeFrontedWithinYear = "time-fronted-within-year";
constexpr std::string_view kTimeVaguePastPhrase = "time-vague-past-phrase";
constexpr std::string_view kTimeOwnInCoordinate = "time-own-in-coordinate";

// Dates and times with a calendar value, and "now"/"currently"/"at present" (the article's day,
// named by the sentence); durations, sets and the vague past and future ("recently", "in the
// future") do not place a fact on the timeline.
// `time-vague-past-phrase`: "founded the firm some years ago", "Years earlier, X had ...": a
// phrase that counts vaguely back (the time stage's units-ago and units-earlier-vague, PAST_REF)
// places its clause before the article as "previously" does; "recently" alone is read by
// time-vague-past-in-clause, which checks the adverb is the clause's own.
// Only a vague count: "two months ago" in an undated article is PAST_REF too, but it says how
// long ago, and a comparison ("higher than a year ago") uses it for a measure, not a time.
bool vague_past_phrase(const std::vector<Token>& tokens, const TimeExpression& te) {
  if (te.value != "PAST_REF"sv) return false;
  if (te.rule == "units-earlier-vague"sv) return true;
  if (te.rule != "units-ago"sv || te.tok_begin >= tokens.size()) return false;
  const std::string& first = tokens[te.tok_begin].lower;
  return timex::number_of(first) < 0 ||
         ((first == "a"sv || first == "an"sv) && te.tok_begin + 1 < tokens.size() && tokens[te.tok_begin + 1].lower == "few"sv);
}

bool is_anchored(const TimeExpression& te) {
  if (te.type != "DATE"sv && te.type != "TIME"sv) return false;
  return te.value == "PRESENT_REF"sv || (!te.value.empty() && std::isdigit(static_cast<unsigned char>(te.value[0])));
}

bool is_comma(const Token& t) { return t.text == ","sv; }

// "last year's crop", "up from February's 207": a time in the possessive modifies a noun; it
// does not date the clause. After "in", "at" or "during" it names the occasion the clause
// happened at ("held the seat in Thursday's by-election"), and does.
bool possessive(const TimeAttachmentInput& in, const TimeExpression& te) {
  if (te.tok_end >= in.tokens.size() || in.tokens[te.tok_end].tag != "POS") return false;
  if (te.tok_begin == 0) return true;
  const std::string& before = in.tokens[te.tok_begin - 1].lower;
  return before != "in"sv && before != "at"sv && before != "during"sv;
}

// year-modifies-noun: "serving a life sentence for the 1968 assassination", "approved the 2027
// budget", "output stayed below its 1986 level": a bare year between a determiner and the noun
// group it premodifies dates that noun's thing, not the clause, which keeps its own time (or
// the article's). The year still dates the clause when the noun group is itself a time (its head
// a unit or season word, "the 1987 fiscal year", which the time stage knows as units, or a word
// of data/lexicon/time_heads.txt, "the 2019 season"), when, as for a possessive time, it names
// the occasion after "in", "at" or "during" ("won a seat in the 2016 election"), and when it
// stands in a subject, before the sentence's first verb or right before its own clause's verb
// ("The 1986 exports were valued at $34 million", "said its 1986 income rose": a state or change
// of that year's thing).
bool year_modifies_noun(const TimeAttachmentInput& in, const TimeExpression& te) {
  const auto& tk = in.tokens;
  if (te.tok_end != te.tok_begin + 1 || te.tok_begin == 0 || te.tok_end >= tk.size()) return false;
  const std::string& year = tk[te.tok_begin].text;  // the year's digits ("year-ago" is no year said)
  if (year.size() != 4 || te.value != year || !is_all_digits(year))
    return false;
  bool verb_before = false;
  for (size_t k = 0; k < te.tok_begin && !verb_before; ++k) verb_before = in.chunks.verb_at[k] >= 0;
  if (!verb_before) return false;
  const Token& det = tk[te.tok_begin - 1];
  if (det.tag != "DT" && det.tag != "PRP$" && det.tag != "POS") return false;
  if (te.tok_begin >= 2) {
    const std::string& before = tk[te.tok_begin - 2].lower;
    if (before == "in"sv || before == "at"sv || before == "during"sv) return false;
  }
  // The noun group after the year: adjectives and nouns up to its head, its last noun.
  size_t head = kNone;
  for (size_t k = te.tok_end; k < tk.size(); ++k) {
    const bool noun = tk[k].tag == "NN" || tk[k].tag == "NNS" || tk[k].tag == "NNP" || tk[k].tag == "NNPS";
    if (!noun && tk[k].tag != "JJ") break;
    if (noun) head = k;
  }
  if (head == kNone) return false;
  // The noun group is its own clause's subject ("said its 1986 income rose 21 pct"): a state or
  // change of that year's thing, which the year dates.
  if (head + 1 < tk.size() && in.chunks.verb_at[head + 1] >= 0) return false;
  bool plural = false;
  const std::string& h = tk[head].lower;
  if (!timex::unit_of(h, &plural).empty() || !timex::season_of(h).empty()) return false;
  return in.lex.time_heads.find(h) == StringTable::kNone;
}

// A time that can date a clause.
bool dates_a_clause(const TimeAttachmentInput& in, const TimeExpression& te) {
  if (vague_past_phrase(in.tokens, te)) return true;
  return is_anchored(te) && !possessive(in, te) && !year_modifies_noun(in, te);
}

// `time-vague-past-in-clause`: "Houthis have attacked journalists previously", "the deadline was
// extended previously": an adverb of the vague past dates its clause before the article
// (PAST_REF) when the clause names no calendar time ("was previously in the news at the end of
// July" is July's). The adverb must be the clause's own: outside a noun group ("deploying into
// previously held territory") and with no other verb between it and the clause's verb ("X
// claimed Houthis have attacked journalists previously" is the attack's, not the claim's).
// TimeBank mostly leaves "previously" unannotated, so the word is read here, not by the time stage;
// the adverbs are in data/lexicon/vague_past_adverbs.txt.
bool vague_past_adverb(const TimeAttachmentInput& in, const Triple& t, size_t a) {
  if (in.tokens[a].tag != "RB" || in.chunks.noun_at[a] >= 0) return false;
  if (in.lex.vague_past_adverbs.find(in.tokens[a].lower) == StringTable::kNone) return false;
  const VerbGroup& v = in.chunks.verbs[t.verb];
  const size_t from = std::min(a, v.begin), to = std::max(a, v.end);
  for (size_t q = from; q < to; ++q)
    if (in.chunks.verb_at[q] >= 0 && static_cast<size_t>(in.chunks.verb_at[q]) != t.verb) return false;
  return true;
}

// The second verb of a coordinated verb phrase, whose subject is the first verb's.
bool second_coordinate(const Triple& t) {
  return t.rule == "coordinated-verb-phrase"sv || t.rule == "past-form-after-conjunction"sv || t.rule == "base-form-after-modal"sv;
}

// time-not-shared-after-sequence: "put the fire out on Saturday and were subsequently pictured
// searching", "was arrested on Monday and later released": an adverb of sequence on the second
// verb places it after the first one's time, so the first one's time is not its own. A time
// before the subject ("In 2018, X licensed ... and later agreed") still dates both
// (time-before-subject).
bool happens_later(const TimeAttachmentInput& in, const Triple& t) {
  static constexpr std::string_view kLater[] = {"later", "subsequently", "afterwards", "afterward", "eventually"};
  if (t.verb == kNone || t.arg1.empty()) return false;
  const VerbGroup& v = in.chunks.verbs[t.verb];
  const size_t from = v.begin >= 2 ? v.begin - 2 : 0, to = std::min(v.main, in.tokens.size());
  // The second verb of a coordinated verb phrase: "and"/"but" after the (shared) subject. (Looked
  // for first: most clauses have none, and then the adverbs need not be compared.)
  bool coordinated = false;
  for (size_t q = std::max(from, t.arg1.e); q < to; ++q)
    coordinated |= in.tokens[q].lower == "and"sv || in.tokens[q].lower == "but"sv;
  if (!coordinated) return false;
  for (size_t q = from; q < to; ++q)
    for (std::string_view w : kLater)
      if (in.tokens[q].lower == w) return true;
  return false;
}

// For time-own-in-coordinate: the conjunction ("and", "but") that joins `t`'s verb group to a
// verb group before it on the subject they share, when one does: it stands between the clause's
// start `b` and the verb (sequence adverbs aside: "and later charged"), with another verb group
// between the subject and it. kNone otherwise.
size_t coordinate_conjunction(const TimeAttachmentInput& in, const Triple& t, size_t b) {
  if (t.verb == kNone || t.arg1.empty() || t.arg1.b < b) return kNone;
  const size_t verb_begin = in.chunks.verbs[t.verb].begin;
  size_t q = verb_begin;
  while (q > t.arg1.e && in.tokens[q - 1].tag == "RB") --q;
  if (q <= t.arg1.e + 1) return kNone;
  const std::string& w = in.tokens[q - 1].lower;
  if (w != "and"sv && w != "but"sv) return kNone;
  for (size_t k = t.arg1.e; k + 1 < q; ++k)
    if (const int vi = in.chunks.verb_at[k]; vi >= 0 && static_cast<size_t>(vi) != t.verb) return q - 1;
  return kNone;
}

// For time-own-in-coordinate: a time that is the base of a comparison or the end of a stretch
// (after a word of data/lexicon/time_base_words.txt: "up 14.7 pct from a year earlier", "run
// through May 22") or part of a noun group ("down on the same period last year", "below the
// February 1986 rate") says when the thing measured against was, not when the clause happened.
bool measured_against(const TimeAttachmentInput& in, const TimeExpression& te) {
  const auto& tk = in.tokens;
  if (te.tok_begin > 0) {
    const Token& before = tk[te.tok_begin - 1];
    if (in.lex.time_base_words.find(before.lower) != StringTable::kNone || is_noun_tag(before.tag)) return true;
  }
  return te.tok_end < tk.size() && is_noun_tag(tk[te.tok_end].tag);
}

// "X, who was arrested in May, was released": a time between the subject and its verb, with a
// comma on each side, belongs to the inserted clause or appositive, not to the verb. "X, the
// interior minister, on 3 May banned" has no comma after the time: that one is the verb's.
// The second verb of a coordinated verb phrase shares the first one's time ("fell 2 pct in
// January, and rose 4 pct year on year"): that is no insertion.
bool inside_insertion(const TimeAttachmentInput& in, const Triple& t, const TimeExpression& te) {
  if (t.arg1.empty() || t.verb == kNone || second_coordinate(t)) return false;
  const size_t subject_end = t.arg1.e, verb_begin = in.chunks.verbs[t.verb].begin;
  if (te.tok_begin < subject_end || te.tok_end > verb_begin) return false;
  // A time after another verb between the subject and its verb is that verb's: "A warning issued
  // on Tuesday by the weather service applies to three counties", "The men arrested on Friday
  // appeared in court" (the participle's or relative clause's, not the clause's).
  // Only for a finite verb with its own subject: an infinitive or a trailing participle that
  // borrows its subject ("voted on Tuesday to elect", "collapsed on Thursday, killing six") is
  // dated by the verb before it.
  if (in.chunks.verbs[t.verb].finite)
    for (size_t i = subject_end; i < te.tok_begin; ++i) {
      const int vi = in.chunks.verb_at[i];
      if (vi < 0 || static_cast<size_t>(vi) == t.verb) continue;
      const VerbGroup& other = in.chunks.verbs[static_cast<size_t>(vi)];
      if (!other.finite || (other.begin > 0 && is_relativizer(in.tokens[other.begin - 1]))) return true;
      // A past form the tagger read as finite whose "by" agent follows the time: "A levy approved
      // last week by the council" (reduced-relative-by).
      if (other.begin == other.main && te.tok_begin > other.main && te.tok_begin <= other.main + 2 &&
          te.tok_end < in.tokens.size() && in.tokens[te.tok_end].lower == "by"sv)
        return true;
    }
  bool comma_before = false, comma_after = false;
  for (size_t i = subject_end; i < te.tok_begin; ++i) comma_before |= is_comma(in.tokens[i]);
  for (size_t i = te.tok_end; i < verb_begin; ++i) comma_after |= is_comma(in.tokens[i]);
  return comma_before && comma_after;
}

// Where a fronted adverbial may start: the sentence start, or after a comma, semicolon, colon,
// conjunction or opening quote ("and in 2009, she was appointed").
bool clause_boundary_before(const std::vector<Token>& tk, size_t i) {
  if (i == 0) return true;
  const Token& p = tk[i - 1];
  return is_comma(p) || p.text == ";"sv || p.text == ":"sv || p.tag == "CC" || is_quote(p);
}

// A clock time before the day it falls on: "At 4:42 local time on Saturday", "At noon on
// Friday" (the day carries the value; the clock time only narrows it).
// A year or a count ("From 1948 to 1951") is no clock time: only "4:42" and the words around one.
bool clock_time_word(const Token& t) {
  static constexpr std::string_view kWords[] = {"local", "time", "noon", "midnight", "a.m.", "p.m.", "gmt", "utc"};
  if (t.tag == "CD" && t.text.find(':') != std::string::npos) return true;
  for (std::string_view w : kWords)
    if (t.lower == w) return true;
  return false;
}

// The tokens a fronted time phrase may carry before its expression: "On", "Also on", "Late on",
// "At 4:42 local time on", "As of late yesterday" (the tagger may read "late" and "early" as
// adjectives).
size_t fronted_phrase_begin(const std::vector<Token>& tk, size_t b) {
  auto part_of_phrase = [](const Token& t) {
    return t.tag == "IN" || t.tag == "RB" || clock_time_word(t) || t.lower == "late"sv || t.lower == "early"sv;
  };
  while (b > 0 && part_of_phrase(tk[b - 1])) --b;
  return b;
}

// The token after a parenthesis that starts at i ("on Saturday (Friday, UTC), an earthquake"),
// or i when none starts there or it does not close within a few words.
size_t skip_parenthesis(const std::vector<Token>& tk, size_t i, size_t limit) {
  if (i >= limit || tk[i].text != "("sv) return i;
  for (size_t q = i + 1; q < limit && q < i + 12; ++q)
    if (tk[q].text == ")"sv) return q + 1;
  return i;
}

// Clauses whose subject is borrowed from the noun they modify: a time before that noun is the
// main clause's, not theirs.
bool modifies_a_noun(const Triple& t) { return t.rule == "relative-clause"sv || t.rule == "participial-modifier"sv; }

// `time-before-subject`: "On Thursday, X announced ...", "Yesterday, X was stabbed", "and in
// 2009, she was appointed", "At 4:42 local time on Saturday (Friday, UTC), an earthquake struck". `time-before-when-clause`: "by 2010, when X regained power".
bool time_before_subject(const TimeAttachmentInput& in, Triple& t) {
  if (t.arg1.empty() || modifies_a_noun(t)) return false;
  for (size_t k = 0; k < in.times.size(); ++k) {
    const TimeExpression& te = in.times[k];
    if (!dates_a_clause(in, te) || te.tok_end > t.arg1.b) continue;
    size_t i = skip_parenthesis(in.tokens, te.tok_end, t.arg1.b);
    bool comma = i < t.arg1.b && is_comma(in.tokens[i]);
    if (comma) ++i;
    bool when = i < t.arg1.b && in.tokens[i].lower == "when"sv;
    if (when) ++i;
    if (i != t.arg1.b) continue;
    if (!when && !clause_boundary_before(in.tokens, fronted_phrase_begin(in.tokens, te.tok_begin))) continue;
    t.time = static_cast<int>(k);
    t.time_rule = when ? kTimeBeforeWhenClause : kTimeBeforeSubject;
    return true;
  }
  return false;
}

// `time-from-range`: "served as mayor, from 2008 to 2016": a range that closes the clause places
// it at its start; "from" alone ("from June 1") is a start without an end and stays out.
bool range_start(const TimeAttachmentInput& in, const TimeExpression& te) {
  if (te.tok_begin == 0 || in.tokens[te.tok_begin - 1].lower != "from"sv || te.tok_end + 1 >= in.tokens.size()) return false;
  const std::string& to = in.tokens[te.tok_end].lower;
  if (to != "to"sv && to != "until"sv && to != "through"sv && to != "-"sv) return false;
  for (const TimeExpression& end : in.times)
    if (end.tok_begin == te.tok_end + 1 && is_anchored(end)) return true;
  return false;
}

// `time-deictic-after-clause`: "Fans rallied in the square last weekend", "The storm reached
// the islands this past Saturday": a time phrase led by a word that counts from the article's
// day (data/lexicon/deictic_time_leads.txt, as its first word or the one before it) is an
// adverbial without a preposition, as "on Saturday" is with one.
bool deictic_lead(const TimeAttachmentInput& in, const TimeExpression& te) {
  auto lead = [&](size_t k) { return in.lex.deictic_time_leads.find(in.tokens[k].lower) != StringTable::kNone; };
  return lead(te.tok_begin) || (te.tok_begin > 0 && lead(te.tok_begin - 1));
}

// For `time-deictic-after-clause`: the words between the clause's end [b) and the time [e) leave
// the time to the clause. A quotation mark ends what the clause says; a word of
// data/lexicon/deictic_time_blockers.txt with no comma after it ("up from 7.1 pct last week",
// "despite a breakdown last weekend") opens a phrase whose own time it is.
bool deictic_gap_is_free(const TimeAttachmentInput& in, size_t b, size_t e) {
  bool open = false;
  for (size_t i = b; i < e; ++i) {
    const Token& w = in.tokens[i];
    if (is_quote(w)) return false;
    if (is_comma(w)) open = false;
    else if (in.lex.deictic_time_blockers.find(w.lower) != StringTable::kNone) open = true;
  }
  return !open;
}

// A time that closes a clause as its adverbial, and the construction that reads it so: after
// "in", "on", "at" or "during" (or starting with one; `time-after-clause`), or led by a deictic
// word (`time-deictic-after-clause`), and before the sentence's end, a comma or a semicolon; a
// range's start (`time-from-range`). "since November 1966" (a start), "for the next year" (a
// stretch), "last year's crop" (a modifier) are not: empty.
std::string_view closing_adverbial(const TimeAttachmentInput& in, const TimeExpression& te) {
  static constexpr std::string_view kPoints[] = {"in", "on", "at", "during"};
  auto is_point = [](const Token& t) {
    for (std::string_view p : kPoints)
      if (t.lower == p) return true;
    return false;
  };
  if (range_start(in, te)) return kTimeFromRange;
  // "three years ago", "two days earlier": the phrase counts back by itself, with no preposition.
  const std::string& last = in.tokens[te.tok_end - 1].lower;
  const bool counted_back = te.tok_end > te.tok_begin + 1 && (last == "ago"sv || last == "earlier"sv);
  const bool pointed = is_point(in.tokens[te.tok_begin]) || (te.tok_begin > 0 && is_point(in.tokens[te.tok_begin - 1]));
  // A phrase counted back, like one led by a deictic word, closes its clause without a preposition
  // and is read as one (its gap checked for a compared amount: "down from 11 mln a year ago").
  if (!pointed && !deictic_lead(in, te) && !counted_back) return {};
  const std::string_view rule = pointed ? kTimeAfterClause : kTimeDeicticAfterClause;
  if (te.tok_end >= in.tokens.size()) return rule;
  const Token& after = in.tokens[te.tok_end];
  return is_comma(after) || after.text == ";"sv || is_punct_end(after) || is_quote(after) ? rule : std::string_view();
}

// `time-after-clause`: "Widodo named Wiranto, a former general, as minister in 2016": a time later
// in the sentence that no clause holds, closing it as its adverbial, with no verb between the
// clause's end and the time.
bool time_after_clause(const TimeAttachmentInput& in, Triple& t, const std::vector<bool>& held) {
  if (t.clause.empty() || modifies_a_noun(t)) return false;
  for (size_t k = 0; k < in.times.size(); ++k) {
    const TimeExpression& te = in.times[k];
    if (held[k] || !dates_a_clause(in, te) || te.tok_begin < t.clause.e) continue;
    const std::string_view rule = closing_adverbial(in, te);
    if (rule.empty()) return false;  // the first time after the clause decides
    for (size_t i = t.clause.e; i < te.tok_begin; ++i)
      if (in.chunks.verb_at[i] >= 0 || in.tokens[i].text == ";"sv || in.tokens[i].text == ":"sv || is_subordinator(in.tokens[i]))
        return false;
    if (rule == kTimeDeicticAfterClause && !deictic_gap_is_free(in, t.clause.e, te.tok_begin)) return false;
    t.time = static_cast<int>(k);
    t.time_rule = rule;
    return true;
  }
  return false;
}

// `time-habitual-present`: "safety standards are routinely ignored", "the army regularly shells
// the town": a present-tense verb group carrying an adverb of habit states what holds now, at
// the article's day (PRESENT_REF), by its own words rather than by falling back to the article
// date. A past ("routinely ignored them last year") or modal verb group says nothing of now.
bool habitual_present(const TimeAttachmentInput& in, const Triple& t) {
  static constexpr std::string_view kHabit[] = {"routinely", "regularly", "habitually", "usually", "typically", "frequently", "often"};
  if (t.verb == kNone) return false;
  const VerbGroup& v = in.chunks.verbs[t.verb];
  if (v.tense != Tense::kPresent || !v.modal.empty() || !v.finite) return false;
  // The adverb stands inside the verb group or right next to it ("regularly shells", "are ignored routinely").
  const size_t end = std::min(v.end + 1, in.tokens.size());
  for (size_t i = v.begin > 0 ? v.begin - 1 : 0; i < end; ++i) {
    if (in.tokens[i].tag != "RB") continue;
    for (std::string_view w : kHabit)
      if (in.tokens[i].lower == w) return true;
  }
  return false;
}

// The token after a quotation that opens at i (`"They need us", while`); after the quote mark
// alone when it closes a quotation the clause already holds; i when no quote mark is there.
size_t skip_quotation(const std::vector<Token>& tk, size_t i) {
  if (i >= tk.size() || !is_quote(tk[i])) return i;
  for (size_t q = i + 1; q < tk.size(); ++q)
    if (is_quote(tk[q])) return q + 1;
  return i + 1;
}

// Where the verb phrase that `t` starts ends: past the verbs coordinated with it on the same
// subject and the quotations they report ("cited the treaty and said, \"...\", while
// addressing the press yesterday"), so that a reduced "when"/"while" clause closing the whole
// phrase dates each of its verbs.
size_t end_of_shared_verb_phrase(const TimeAttachmentInput& in, const Triple& t, const std::vector<Triple>& triples) {
  const std::vector<Token>& tk = in.tokens;
  size_t i = t.clause.e;
  if (t.arg1.empty()) return i;
  for (bool moved = true; moved && i < tk.size();) {
    moved = false;
    size_t j = i;
    if (is_comma(tk[j]) && j + 1 < tk.size()) ++j;
    // A clause inside the quotation is what was said, not the saying: it stays inside it.
    const bool quoted = t.claim >= 0 && !t.attribution;
    if (size_t q = skip_quotation(tk, j); q != j && !quoted) {
      i = q;
      moved = true;
      continue;
    }
    // "and" right before a finite verb: a verb coordinated on the same subject (a cue verb
    // reporting a quotation has no triple of its own, so the verb group decides).
    if ((tk[j].lower != "and"sv && tk[j].lower != "but"sv) || j + 1 >= tk.size()) break;
    const int g = in.chunks.verb_at[j + 1];
    if (g < 0 || in.chunks.verbs[g].begin != j + 1 || !in.chunks.verbs[g].finite) break;
    i = in.chunks.verbs[g].end;
    for (const Triple& u : triples)
      if (u.verb == static_cast<size_t>(g) && !u.clause.empty()) i = std::max(i, u.clause.e);
    moved = true;
  }
  return i;
}

// `time-of-reduced-when-clause`: "entered politics when elected in 2001", "was injured while
// covering the protests on Friday": a "when"/"while" clause right after the clause, with no subject
// and no finite verb of its own, happens at the clause's time, so its time is the clause's.
bool time_of_reduced_when_clause(const TimeAttachmentInput& in, Triple& t, const std::vector<Triple>& triples) {
  if (t.clause.empty() || modifies_a_noun(t)) return false;
  size_t i = end_of_shared_verb_phrase(in, t, triples);
  if (i < in.tokens.size() && is_comma(in.tokens[i])) ++i;
  if (i + 1 >= in.tokens.size() || (in.tokens[i].lower != "when"sv && in.tokens[i].lower != "while"sv)) return false;
  const int g = in.chunks.verb_at[i + 1];
  if (g < 0 || in.chunks.verbs[g].finite || in.chunks.verbs[g].begin != i + 1) return false;
  for (size_t q = in.chunks.verbs[g].end; q < in.tokens.size(); ++q) {
    const Token& w = in.tokens[q];
    if (is_punct_end(w) || w.text == ";"sv || w.text == ":"sv || is_subordinator(w) || is_relativizer(w)) return false;
    if (in.chunks.verb_at[q] >= 0 && in.chunks.verbs[in.chunks.verb_at[q]].finite) return false;
    for (size_t k = 0; k < in.times.size(); ++k) {
      if (in.times[k].tok_begin != q) continue;
      if (!dates_a_clause(in, in.times[k])) return false;
      t.time = static_cast<int>(k);
      t.time_rule = kTimeOfReducedWhenClause;
      return true;
    }
  }
  return false;
}

// A clause whose time a following "when"/"while" clause may share: not a copula, whose date is
// what it says ("The payment date is March 25 while the issue will be listed"), and not a time
// that starts a stretch ("has declined since 1987, while the ratio has increased").
bool lends_its_time(const TimeAttachmentInput& in, const Triple& u) {
  if (u.predicate == "be"sv) return false;
  const TimeExpression& te = in.times[static_cast<size_t>(u.time)];
  if (in.tokens[te.tok_begin].lower == "since"sv) return false;
  return te.tok_begin == 0 || in.tokens[te.tok_begin - 1].lower != "since"sv;
}

// The dated clause that ends closest before token w, with no verb or clause break between ("in
// March as an emerging figure when"), at most a short phrase away; null when there is none or it
// does not lend its time.
const Triple* dated_clause_before(const TimeAttachmentInput& in, const Triple& t, size_t w, const std::vector<Triple>& triples) {
  constexpr size_t kMaxGap = 8;
  const Triple* lender = nullptr;
  for (const Triple& u : triples) {
    if (&u == &t || u.clause.empty() || u.clause.e > w || w - u.clause.e > kMaxGap) continue;
    if (lender == nullptr || u.clause.e > lender->clause.e) lender = &u;
  }
  if (lender == nullptr || lender->time < 0 || modifies_a_noun(*lender) || !lends_its_time(in, *lender)) return nullptr;
  for (size_t i = lender->clause.e; i < w; ++i)
    if (in.chunks.verb_at[i] >= 0 || in.tokens[i].text == ";"sv || in.tokens[i].text == ":"sv || is_punct_end(in.tokens[i]))
      return nullptr;
  return lender;
}

// The dated clause whose words run on over "as" at w (the clause reads "as demonstrations" as one
// of its phrases): its verb is the last finite one before w, with no clause break between.
const Triple* dated_clause_around(const TimeAttachmentInput& in, const Triple& t, size_t w, const std::vector<Triple>& triples) {
  const Triple* lender = nullptr;
  for (const Triple& u : triples) {
    if (&u == &t || u.verb == kNone || u.time < 0 || u.clause.b >= w || u.clause.e <= w) continue;
    const VerbGroup& v = in.chunks.verbs[u.verb];
    if (!v.finite || v.end > w) continue;
    if (lender == nullptr || v.begin > in.chunks.verbs[lender->verb].begin) lender = &u;
  }
  if (lender == nullptr || modifies_a_noun(*lender) || !lends_its_time(in, *lender)) return nullptr;
  for (size_t i = in.chunks.verbs[lender->verb].end; i < w; ++i)
    if (in.chunks.verb_at[i] >= 0 || in.tokens[i].text == ";"sv || in.tokens[i].text == ":"sv || is_punct_end(in.tokens[i]))
      return nullptr;
  return lender;
}

// `time-of-when-clause`: "X described him in March as a rising figure when they offered a
// reward", "A and B signed the pact on Wednesday, while Argentina announced plans", "Police fired
// tear gas on Tuesday as protests spread to the port": a finite "when"/"while"/"as" clause right
// after a dated clause, with no time of its own, happens at that clause's time. A fronted one
// ("While X spoke, ...") has no clause before it and stays out.
bool time_of_when_clause(const TimeAttachmentInput& in, Triple& t, const std::vector<Triple>& triples) {
  if (t.arg1.empty() || t.arg1.b < 2 || modifies_a_noun(t) || t.verb == kNone || !in.chunks.verbs[t.verb].finite) return false;
  const size_t w = t.arg1.b - 1;
  if (in.tokens[w].lower != "when"sv && in.tokens[w].lower != "while"sv &&
      in.tokens[w].lower != "as"sv)
    return false;
  const Triple* lender = dated_clause_before(in, t, w, triples);
  if (lender == nullptr && in.tokens[w].lower == "as"sv) lender = dated_clause_around(in, t, w, triples);
  if (lender == nullptr) return false;
  t.time = lender->time;
  t.time_rule = kTimeOfWhenClause;
  return true;
}

// `time-of-with-clause`: "May is to step down today, with Johnson succeeding her", "The firm
// cut 500 jobs on Monday, with more cuts expected": an absolute "with" clause (a subject and a
// participle, no finite verb) after a dated clause and its comma happens at that clause's time.
// "a man with a knife attacking passers-by" has no comma before "with" and stays out.
bool time_of_with_clause(const TimeAttachmentInput& in, Triple& t, const std::vector<Triple>& triples) {
  if (t.arg1.empty() || t.arg1.b < 3 || t.verb == kNone || in.chunks.verbs[t.verb].finite) return false;
  const size_t w = t.arg1.b - 1;
  if (in.tokens[w].lower != "with"sv || !is_comma(in.tokens[w - 1])) return false;
  const Triple* lender = dated_clause_before(in, t, w - 1, triples);
  if (lender == nullptr) return false;
  t.time = lender->time;
  t.time_rule = kTimeOfWithClause;
  return true;
}

// --- Offsets, naming participles and -ing modifiers.

// The days a duration spans when it links two clauses by "before"/"after": "a day" 1, "three
// weeks" 21; hours and minutes ("a few hours", "30 minutes") stay within the day, 0. Durations
// of unknown length in days ("several days") or of months and years give no offset.
std::optional<long> offset_days(const TimeExpression& te) {
  if (te.type != "DURATION"sv || te.value.size() < 3 || te.value[0] != 'P') return std::nullopt;
  if (te.value[1] == 'T') return 0L;
  const char unit = te.value.back();
  const std::string_view count(te.value.data() + 1, te.value.size() - 2);
  if (count.empty() || (unit != 'D' && unit != 'W')) return std::nullopt;
  long n = 0;
  for (char c : count) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return unit == 'W' ? 7 * n : n;
}

// The "before"/"after" that a duration opens ("a day after", "hours before"): +1 for "before"
// (the linked clause happens later), -1 for "after", 0 when none follows the duration.
int before_after_at(const TimeAttachmentInput& in, const TimeExpression& te) {
  if (te.tok_end >= in.tokens.size()) return 0;
  const std::string& w = in.tokens[te.tok_end].lower;
  return w == "before"sv ? 1 : w == "after"sv ? -1 : 0;
}

// The clause whose subject starts at `b` and that is no modifier of a noun.
Triple* clause_with_subject_at(std::vector<Triple>& triples, size_t b) {
  for (Triple& u : triples)
    if (!u.arg1.empty() && u.arg1.b == b && !modifies_a_noun(u)) return &u;
  return nullptr;
}

void take_time(Triple& t, int time, long offset, std::string_view rule) {
  t.time = time;
  t.time_offset_days = offset;
  t.time_rule = rule;
}

// `time-offset-before-after`: "The ministry restricted exports on Wednesday, a day after
// Washington doubled tariffs" (the doubling is Tuesday) and, fronted, "A few hours before the jet
// crashed on Wednesday, Iran launched missiles" (the launch is Wednesday): a clause linked to a
// dated clause by "DURATION before/after" happens at that clause's day moved by the duration.
// "Two days after the vote, X resigned" with no dated clause stays on the article date.
void time_offset_before_after(const TimeAttachmentInput& in, std::vector<Triple>& triples) {
  for (const TimeExpression& te : in.times) {
    const int direction = before_after_at(in, te);
    const std::optional<long> days = offset_days(te);
    if (direction == 0 || !days || te.tok_end + 1 >= in.tokens.size()) continue;
    Triple* linked = clause_with_subject_at(triples, te.tok_end + 1);
    if (linked == nullptr) continue;
    if (fronted_phrase_begin(in.tokens, te.tok_begin) == 0) {
      // Fronted: the main clause's subject follows the comma that closes the linked clause.
      if (linked->time < 0 || linked->clause.empty()) continue;
      size_t comma = std::max(linked->clause.e, in.times[static_cast<size_t>(linked->time)].tok_end);
      while (comma < in.tokens.size() && !is_comma(in.tokens[comma]) && in.chunks.verb_at[comma] < 0) ++comma;
      if (comma + 1 >= in.tokens.size() || !is_comma(in.tokens[comma])) continue;
      Triple* main = clause_with_subject_at(triples, comma + 1);
      if (main != nullptr && main->time < 0) take_time(*main, linked->time, -direction * *days, kTimeOffsetBeforeAfter);
      continue;
    }
    // Trailing: the dated clause closes right before the duration (a comma may stand between).
    if (linked->time >= 0) continue;
    const Triple* dated = nullptr;
    for (const Triple& u : triples) {
      if (u.time < 0 || u.clause.empty() || u.clause.e > te.tok_begin || modifies_a_noun(u)) continue;
      bool adjacent = true;
      for (size_t q = u.clause.e; q < te.tok_begin; ++q) adjacent &= is_comma(in.tokens[q]);
      if (adjacent) dated = &u;
    }
    if (dated != nullptr) take_time(*linked, dated->time, direction * *days, kTimeOffsetBeforeAfter);
  }
}

// A verb that gives its object a name: "a programme dubbed Zrinyi", "a storm named Ida".
bool is_naming_verb(std::string_view lemma) {
  static constexpr std::string_view kNaming[] = {"dub", "name", "call", "title", "entitle", "codename", "nickname", "brand", "label"};
  for (std::string_view w : kNaming)
    if (lemma == w) return true;
  return false;
}

// The clause whose object holds the noun that a participial modifier `t` modifies.
Triple* clause_with_object_holding(std::vector<Triple>& triples, const Triple& t) {
  for (Triple& u : triples)
    if (&u != &t && !modifies_a_noun(u) && !u.object.empty() && u.object.b <= t.arg1.b && t.arg1.e <= u.object.e) return &u;
  return nullptr;
}

// `time-past-naming-participle`: "Hungary launched a programme dubbed Zrinyi 2026 in 2017": a
// naming participle's complement is the name; a time after it is the main clause's (when that
// one has none of its own).
void time_past_naming_participle(const TimeAttachmentInput& in, std::vector<Triple>& triples) {
  for (Triple& t : triples) {
    // The tagger may read the participle as a past form ("svo"): the noun it names inside
    // another clause's object is what marks it a modifier.
    if (t.time < 0 || t.time_rule != kTimeInClause || t.verb == kNone || !is_naming_verb(t.predicate)) continue;
    const VerbGroup& v = in.chunks.verbs[t.verb];
    // A bare participle only: "was named chairman in 2017" is a clause of its own.
    if (v.begin != v.main || in.times[static_cast<size_t>(t.time)].tok_begin < v.end) continue;
    Triple* main = clause_with_object_holding(triples, t);
    if (main == nullptr || main->time >= 0) continue;
    take_time(*main, t.time, 0, kTimePastNamingParticiple);
    t.time = -1;
    t.time_rule = {};
  }
}

// `time-of-ing-modifier`: "In 2019, an earthquake struck the north, causing ..." is the trailing
// participle's; "Earlier this year, the north suffered an earthquake causing eleven deaths": a
// present participle modifying the dated clause's object happens with it. A past participle ("a
// plan approved in May") keeps its own time or none.
void time_of_ing_modifier(const TimeAttachmentInput& in, std::vector<Triple>& triples) {
  for (Triple& t : triples) {
    if (t.rule != "participial-modifier"sv || t.time >= 0 || t.verb == kNone) continue;
    if (in.tokens[in.chunks.verbs[t.verb].main].tag != "VBG") continue;
    const Triple* main = clause_with_object_holding(triples, t);
    if (main != nullptr && main->time >= 0) take_time(t, main->time, main->time_offset_days, kTimeOfIngModifier);
  }
}

// `time-fronted-within-year`: "On Sunday, Riverton beat Eastbrook in the final of the 2021
// season", "In March, the club signed the 2022 champion": a fronted day or month and a bare year
// inside the clause that contains it. The year names the season, title or edition the clause
// speaks of; the fronted phrase, finer and inside that year, dates the clause. A fronted year
// ("In 2019, X won the 2018 title") or a day of another year keeps the clause's own year.
void time_fronted_within_year(const TimeAttachmentInput& in, Triple& t) {
  if (t.time_rule != kTimeInClause) return;
  const TimeExpression& year = in.times[static_cast<size_t>(t.time)];
  if (year.tok_end != year.tok_begin + 1 || year.value.size() != 4 || year.value != in.tokens[year.tok_begin].text)
    return;
  Triple fronted = t;
  fronted.time = -1;
  if (!time_before_subject(in, fronted)) return;
  const std::string& day = in.times[static_cast<size_t>(fronted.time)].value;
  if (day.size() <= year.value.size() || !std::string_view(day).starts_with(year.value) || day[4] != '-') return;
  t.time = fronted.time;
  t.time_offset_days = 0;
  t.time_rule = kTimeFrontedWithinYear;
}

}  // namespace

void attach_time_in_clause(const TimeAttachmentInput& in, Triple& t, size_t b, size_t e) {
  t.time = -1;
  t.time_offset_days = 0;
  t.time_rule = {};
  t.time_ref = {};
  if (happens_later(in, t)) b = std::max(b, in.chunks.verbs[t.verb].begin);
  // The first anchored time in [from, e), not inside an insertion, or -1.
  auto first_time_from = [&](size_t from) {
    for (size_t k = 0; k < in.times.size(); ++k) {
      const TimeExpression& te = in.times[k];
      if (te.tok_begin < from || te.tok_begin >= e || !dates_a_clause(in, te)) continue;
      if (inside_insertion(in, t, te)) continue;
      return static_cast<int>(k);
    }
    return -1;
  };
  // time-own-in-coordinate: "was arrested on Monday and charged on Tuesday", "hired him in 2010
  // and fired him in 2014": the second verb of a coordinated verb phrase that names a time of its
  // own, after its conjunction, is dated by it, not by the first verb's (which the shared
  // subject's span reaches). Without one it shares the first verb's time below ("fell 2 pct in
  // January, and rose 4 pct").
  if (const size_t cc = coordinate_conjunction(in, t, b); cc != kNone)
    for (int own = first_time_from(cc); own >= 0; own = first_time_from(in.times[static_cast<size_t>(own)].tok_end)) {
      if (measured_against(in, in.times[static_cast<size_t>(own)])) continue;
      t.time = own;
      t.time_rule = kTimeOwnInCoordinate;
      return;
    }
  if (const int k = first_time_from(b); k >= 0) {
    t.time = k;
    t.time_rule = vague_past_phrase(in.tokens, in.times[static_cast<size_t>(k)]) ? kTimeVaguePastPhrase : kTimeInClause;
    return;
  }
  // No calendar time: the clause's own adverb may still say when it holds.
  if (t.verb == kNone) return;
  for (size_t a = b; a < e && a < in.tokens.size(); ++a)
    if (vague_past_adverb(in, t, a)) {
      t.time_ref = "PAST_REF"sv;
      t.time_rule = kTimeVaguePastInClause;
      return;
    }
  if (habitual_present(in, t)) {
    t.time_ref = "PRESENT_REF"sv;
    t.time_rule = kTimeHabitualPresent;
  }
}

void attach_times_outside_clauses(const TimeAttachmentInput& in, std::vector<Triple>& triples) {
  if (in.times.empty()) return;
  for (Triple& t : triples)
    if (t.time < 0) time_before_subject(in, t) || time_of_reduced_when_clause(in, t, triples);
    else if (in.times.size() >= 2) time_fronted_within_year(in, t);
  time_offset_before_after(in, triples);
  time_past_naming_participle(in, triples);
  std::vector<bool> held(in.times.size(), false);
  for (const Triple& t : triples)
    if (t.time >= 0) held[t.time] = true;
  for (Triple& t : triples)
    if (t.time < 0) time_after_clause(in, t, held);
  for (Triple& t : triples)
    if (t.time < 0) time_of_when_clause(in, t, triples) || time_of_with_clause(in, t, triples);
  time_of_ing_modifier(in, triples);
  for (Triple& t : triples)  // a vague past says the same wherever it stands: one name for it
    if (t.time >= 0 && vague_past_phrase(in.tokens, in.times[static_cast<size_t>(t.time)])) t.time_rule = kTimeVaguePastPhrase;
}

std::vector<std::string_view> time_attachment_names() {
  return {kTimeInClause, kTimeBeforeSubject, kTimeBeforeWhenClause, kTimeOfReducedWhenClause, kTimeAfterClause, kTimeDeicticAfterClause, kTimeFromRange, kTimeOfWhenClause,
          kTimeOffsetBeforeAfter, kTimePastNamingParticiple, kTimeOfIngModifier, kTimeVaguePastInClause, kTimeOfWithClause, kTimeHabitualPresent, kTimeFrontedWithinYear, kTimeVaguePastPhrase, kTimeOwnInCoordinate};
}

}  // namespace newsgraph
