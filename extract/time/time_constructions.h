// The time constructions: each a small named function that reads the words at one token and,
// when they are its pattern, produces a TIMEX3 value (Duckling's "a name, a pattern, a
// production"). `match_at` tries them in the order of the table in time_constructions.cpp, which
// is their priority; the first that fires wins and its name travels with the value (`rule`).
// Internal to the time stage: find_times (time_normalizer.cpp) is the stage's interface.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "chunker.h"
#include "token.h"

namespace newsgraph::timex {

// What the constructions read: the sentence, the article date and what earlier sentences named.
struct Context {
  const std::vector<Token>& tk;
  std::optional<Date> dct;
  Tense tense;
  std::string quarter;  // the reporting quarter (TimeDocument::quarter), YYYY-Qn or empty
  std::string anchor;   // the latest calendar date named (TimeDocument::anchor), or empty
  std::vector<std::string_view> lw;  // the tokens' lower-case forms (Token::lower)
  // The lower-case word at k; empty past the end (patterns look ahead without bounds checks).
  std::string_view at(size_t k) const { return k < lw.size() ? lw[k] : std::string_view(); }
  bool upper_at(size_t k) const;  // token k starts with a capital letter (k must be in range)
  // The count read at one token ("two", "a few", "twenty four"), kept for the several count
  // constructions tried there in turn (half-units, units-ago, count-of-units): reading it once
  // keeps the table as cheap as the single body it replaced.
  mutable size_t count_token = static_cast<size_t>(-1);
  mutable int count_num = 0;
  mutable size_t count_end = 0;
  // Likewise what leads a quarter there ("the", "next year's", "the 1988"), for the four quarter
  // constructions.
  mutable size_t lead_token = static_cast<size_t>(-1);
  mutable size_t lead_end = 0;
  mutable int lead_year_shift = 0, lead_named_year = 0;
};

// What a construction produces. len == 0: it did not fire. `refusal` set: it recognized its
// pattern and refuses it for the stated reason ("May" as a modal, "$1.76 a year" as a rate), and
// no later construction is tried at this token.
struct Match {
  size_t len = 0;
  std::string type, value;
  bool names_quarter = false;  // an explicit quarter ("the third quarter"): the new reporting quarter
  std::string_view rule = {};  // the construction that fired or refused (set by match_at)
  const char* refusal = nullptr;
};

// A construction: false when its pattern is not at token i; true when it fired or refused, with
// the result in `out` (a plain bool keeps the many "not here" answers free of Match copies).
using TimeRule = bool (*)(const Context& cx, size_t i, Match& out);

// Classes of the words a construction can start on, besides the words it lists (FirstWords).
enum FirstWordClass : unsigned {
  kAnyWord = 1u << 0,      // no gate: tried at every word
  kDigitWord = 1u << 1,    // starts with a digit ("1986", "28", "0200")
  kHyphenWord = 1u << 2,   // holds a hyphen ("mid-1996", "five-year", "third-quarter")
  kMonthWord = 1u << 3,    // a month name or abbreviation (month_of)
  kWeekdayWord = 1u << 4,  // a weekday name (weekday_from_name)
  kCountWord = 1u << 5,    // a count (number_of: "two", "a", "several", "12")
  kHolidayWord = 1u << 6,  // the first word of a holiday's name (holiday_first_words)
};

// The lower-case words a construction can start on: match_at tries it only at such a word, so a
// token tries the few constructions that can start there rather than all of them. A construction
// must neither fire nor refuse at any other word.
struct FirstWords {
  std::span<const std::string_view> words;
  unsigned classes = 0;  // FirstWordClass bits
};

struct TimeConstruction {
  std::string_view name;  // kebab-case, stored with the value ("last-weekday")
  TimeRule apply;
  FirstWords starts;
};

// The constructions in priority order.
std::span<const TimeConstruction> time_constructions();

// Tries the constructions at token i in order; returns the first that fires or refuses (with its
// name in `rule`), or an empty Match. Constructions call it for the date inside a longer
// expression ("Saturday, April 25"; "9 a.m. Tuesday").
Match match_at(const Context& cx, size_t i);

}  // namespace newsgraph::timex
