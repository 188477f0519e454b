#include "time_normalizer.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "calendar.h"
#include "holidays.h"
#include "string_table.h"
#include "text_util.h"
#include "time_anaphora.h"
#include "time_constructions.h"
#include "time_words.h"
#include "word_ids.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
namespace {

using namespace timex;

// The tense of a verb group for its times: its own, or past for a lone past participle (no
// auxiliary: "The fire reportedly started at 19:00", "a bill signed on Friday"), which says
// what was done, whether the facts stage reads it as finite or as a modifier.
Tense time_tense(const std::vector<Token>& tk, const VerbGroup& v) {
  if (v.tense != Tense::kNone) return v.tense;
  return v.begin == v.main && v.main < tk.size() && tk[v.main].tag == "VBN" ? Tense::kPast : Tense::kNone;
}

// The tense that governs the expression at token i: the closest verb group of the sentence.
Tense governing_tense(const std::vector<Token>& tk, const Chunks& c, size_t i) {
  Tense best = Tense::kNone;
  size_t best_dist = static_cast<size_t>(-1);
  for (const VerbGroup& v : c.verbs) {
    const Tense t = time_tense(tk, v);
    if (t == Tense::kNone) continue;
    size_t dist = v.end <= i ? i - v.end : (v.begin > i ? v.begin - i + 1 : 0);
    if (dist < best_dist) {
      best_dist = dist;
      best = t;
    }
  }
  return best;
}

// The words that can start a time expression (besides numbers and hyphenated words), with a
// sieve over their shapes: most tokens ("said", "company") share no (first letter, last letter,
// length) with any of them and are rejected without hashing the word.
class TimeStartWords {
 public:
  TimeStartWords() {
    // The trigger words below, every month name and abbreviation (with and without its period),
    // weekdays and the first words of holidays.
    static constexpr std::string_view words[] = {
      "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "recent", "the", "at",
      "daily", "weekly", "monthly", "every", "each", "this", "next", "last", "coming", "past", "previous",
      "current", "following", "earlier", "later", "early", "late", "a", "an", "several", "few", "many", "some",
      "noon", "midnight", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "spring", "summer",
      "autumn", "fall", "winter", "for", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "years", "months", "weeks", "days", "hours",
      "mid", "that"};
    for (std::string_view x : words) add(x);
    for (std::string_view m : kMonthNames)
      for (size_t len = 3; len <= m.size(); ++len) {
        add(m.substr(0, len));
        add(std::string(m.substr(0, len)) + ".");
      }
    for (std::string_view d : kWeekdayNames) add(d);
    for (const std::string& h : holiday_first_words()) add(h);
  }
  bool contains(std::string_view w) const { return !w.empty() && shapes_[shape(w)] && table_.find(w) != StringTable::kNone; }

 private:
  static constexpr size_t kShapes = 1 << 16;
  static size_t shape(std::string_view w) {
    const size_t first = static_cast<unsigned char>(w.front()), last = static_cast<unsigned char>(w.back());
    return ((first * 256 + last) * 31 + w.size()) & (kShapes - 1);
  }
  void add(std::string_view w) {
    table_.insert(w);
    shapes_[shape(w)] = true;
  }
  StringTable table_;
  std::vector<bool> shapes_ = std::vector<bool>(kShapes);  // a false entry: no word of that shape
};

// Can a time expression start with this (lower-case) word? Most tokens are rejected here, which
// keeps time recognition cheap.
bool may_start_time(std::string_view w) {
  static const TimeStartWords words;
  if (w.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  for (char c : w)  // "mid-1996", "10-day": a loop, as words are short and memchr is a call
    if (c == '-') return true;
  return words.contains(w);
}

// A number starts a time expression only as a year ("1986"), a decade ("1990s"), a clock time
// ("11 a.m.", "0200 GMT", "3:30"), an ordinal ("1st half"), a count of units ("5 years", "2 1/2
// hours", "10-day") or a day before a month ("28 October"); other numbers (amounts, the bulk of
// wire copy) are passed over. Whether word w is such a number by its own shape (true), or only
// when the word after it says so (false: number_follower).
bool number_starts_time_alone(std::string_view w) {
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  if (w.size() == 4 || w.find('-') != std::string_view::npos || w.find(':') != std::string_view::npos) return true;
  for (char c : w)  // "1990s", "1st", "4th"
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  return false;
}

// The words after a bare number that make it a time: a unit, a month, half, a clock's mark or zone.
bool number_follower(std::string_view next) {
  bool plural;
  return !unit_of(next, &plural).empty() || month_of(next) || next == "1/2"sv || next == "a.m."sv || next == "p.m."sv ||
         next == "a.m"sv || next == "p.m"sv || next == "am"sv || next == "pm"sv || next == "gmt"sv || next == "utc"sv ||
         next == "edt"sv || next == "est"sv;
}

// "the", "a" and "an" start a time expression only before words that can carry one on ("the
// past year", "a week", "the same day", "the fiscal year"): the commonest words of English are
// passed over without trying every pattern.
bool is_determiner(std::string_view w) { return w == "the"sv || w == "a"sv || w == "an"sv; }
bool carries_time_after_determiner(std::string_view next) {
  bool plural;
  if (may_start_time(next) || !unit_of(next, &plural).empty()) return true;
  static constexpr std::string_view followers[] = {"same", "fiscal", "full", "'", "weekend", "corresponding",
                                                   "comparable", "latest", "year-earlier", "year-ago", "end",
                                                   "nineties", "eighties", "seventies", "sixties", "prior", "future"};
  for (std::string_view f : followers)
    if (next == f) return true;
  return false;
}

// What the sieve of find_times asks of a word, as bits: all of it depends on the lower-case word
// alone. Two groups, each worked out at its first question: whether the word may start a time
// (asked of every word), and whether it carries one on after a determiner or a bare number (asked
// only of the word after one; unit_of and the follower lists cost a few hundred instructions).
enum TimeStartBit : uint8_t {
  kStartAsked = 1,          // the next two bits are filled in
  kMayStart = 2,            // may_start_time
  kNeedsFollower = 4,       // a determiner, or a number that is a time only by the next word
  kDeterminer = 8,          // "the", "a", "an" (with kNeedsFollower)
  kFollowerAsked = 16,      // the next two bits are filled in
  kFollowsDeterminer = 32,  // carries_time_after_determiner
  kFollowsNumber = 64,      // number_follower
};

uint8_t start_bits(std::string_view w) {
  if (!may_start_time(w)) return kStartAsked;
  if (is_determiner(w)) return kStartAsked | kMayStart | kDeterminer | kNeedsFollower;
  return kStartAsked | kMayStart | (number_starts_time_alone(w) ? 0 : kNeedsFollower);
}

uint8_t follower_bits(std::string_view w) {
  return kFollowerAsked | (carries_time_after_determiner(w) ? kFollowsDeterminer : 0) |
         (number_follower(w) ? kFollowsNumber : 0);
}

// The TimeStartBit groups of a token's lower-case form, remembered per thread by the token's word
// id (word_ids.h): the sieve asks them of every token, and reading them (may_start_time's
// character loop and table probe; unit_of and the follower lists after a determiner) cost about
// 90 instructions a token and several hundred a determiner. find_times takes the thread's memo
// once per sentence, so that the test per token is inlined with no thread-local access (which
// cost a call and a guard check a token).
class TimeStartAnswers {
 public:
  static TimeStartAnswers& of_this_thread() {
    thread_local TimeStartAnswers answers;
    return answers;
  }
  // The bits of `group` (kStartAsked or kFollowerAsked, and the bits it fills in) for token t.
  uint8_t bits(const Token& t, uint8_t group) {
    if (t.word < answers_.size() && (answers_[t.word] & group)) return answers_[t.word];
    return look_up(t, group);
  }

 private:
  [[gnu::noinline]] uint8_t look_up(const Token& t, uint8_t group) {
    const auto work_out = [&] { return group == kStartAsked ? start_bits(t.lower) : follower_bits(t.lower); };
    if (t.word == kNoWord) return work_out();
    if (t.word >= answers_.size()) answers_.resize(std::max<size_t>(word_count(), t.word + 1), 0);
    return answers_[t.word] |= work_out();
  }
  std::vector<uint8_t> answers_;  // word id -> TimeStartBit groups asked so far (0: none)
};

// Whether a time expression may start at token i (most tokens are rejected here, which keeps time
// recognition cheap): a word that may start one, and for a determiner or a bare number, the word
// after it says it can carry one on.
bool may_start_at(TimeStartAnswers& starts, const std::vector<Token>& tokens, size_t i) {
  const uint8_t b = starts.bits(tokens[i], kStartAsked);
  if (!(b & kMayStart)) return false;
  if (!(b & kNeedsFollower)) return true;
  if (i + 1 >= tokens.size()) return false;
  return starts.bits(tokens[i + 1], kFollowerAsked) & ((b & kDeterminer) ? kFollowsDeterminer : kFollowsNumber);
}

// Date::parse(dct), remembered per thread for the last article date seen: find_times is called
// for each sentence of an article with the same date.
std::optional<Date> article_date(const std::string& dct) {
  thread_local std::string last_dct;
  thread_local std::optional<Date> last_date;
  if (dct.empty()) return std::nullopt;
  if (dct != last_dct) {
    last_date = Date::parse(dct);
    last_dct = dct;
  }
  return last_date;
}

}  // namespace

std::vector<TimeExpression> find_times(const std::vector<Token>& tokens, const Chunks& chunks,
                                       const std::string& dct, TimeDocument* doc,
                                       std::vector<TimeRefusal>* refusals) {
  std::vector<TimeExpression> out;
  // The document's quarter and anchor are moved in and, updated, moved back at the end.
  timex::Context cx{tokens, article_date(dct), Tense::kNone, doc ? std::move(doc->quarter) : std::string(),
             doc ? std::move(doc->anchor) : std::string(), {}};
  // The lower-case forms' buffer is kept per thread from sentence to sentence (made per sentence,
  // it cost an allocation each) and handed back at the end.
  thread_local std::vector<std::string_view> lw_buffer;
  cx.lw.swap(lw_buffer);
  cx.lw.clear();
  cx.lw.reserve(tokens.size());
  for (const Token& t : tokens) cx.lw.push_back(t.lower);
  TimeStartAnswers& starts = TimeStartAnswers::of_this_thread();
  for (size_t i = 0; i < tokens.size();) {
    if (!may_start_at(starts, tokens, i)) {
      ++i;
      continue;
    }
    cx.tense = governing_tense(tokens, chunks, i);
    Match m = match_at(cx, i);
    if (m.len == 0) {
      if (m.refusal && refusals) refusals->push_back({m.rule, i, m.refusal});
      ++i;
      continue;
    }
    TimeExpression te;
    te.tok_begin = i;
    te.tok_end = std::min(tokens.size(), i + m.len);
    te.start = tokens[i].start;
    te.end = tokens[te.tok_end - 1].end;
    te.type = std::move(m.type);
    te.value = std::move(m.value);
    te.rule = m.rule;
    if (m.names_quarter && is_quarter_value(te.value)) cx.quarter = te.value;
    if (te.type == "DATE" && is_anchor_value(te.value)) cx.anchor = te.value;
    out.push_back(std::move(te));
    i = out.back().tok_end;
  }
  if (doc) {
    doc->quarter = std::move(cx.quarter);
    doc->anchor = std::move(cx.anchor);
  }
  cx.lw.swap(lw_buffer);
  return out;
}

std::vector<std::string_view> time_construction_names() {
  std::vector<std::string_view> names;
  for (const timex::TimeConstruction& c : timex::time_constructions()) names.push_back(c.name);
  return names;
}

}  // namespace newsgraph
