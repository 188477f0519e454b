// Recognizes time expressions in a tagged sentence and normalizes them to TIMEX3 values against
// the article date (the document creation time, DCT), resolving weekday and month names by the
// tense of the governing verb as news writers mean it (HeidelTime's news strategy).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "chunker.h"
#include "token.h"

namespace newsgraph {

struct TimeExpression {
  size_t tok_begin = 0, tok_end = 0;  // token range in the sentence
  uint32_t start = 0, end = 0;        // byte span in the article text
  std::string text;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // 2025-10-30, 2025-W44, P1Y, PAST_REF, XXXX-10-28 when unknowable
  std::string_view rule;  // the time construction that made it ("said-weekday"); static storage
};

// What earlier sentences of the same article tell the normalizer. Earnings reports name the
// quarter they report ("third-quarter net income") and then compare it with "a year ago", "the
// year-earlier quarter" or "the quarter": those refer to that quarter, not to a whole year.
// Narratives also step from a time named earlier ("in 1995 ... the following year", "on
// Tuesday ... that day"): those resolve against the latest calendar date named (the anchor).
struct TimeDocument {
  std::string quarter;  // the latest quarter named so far, as YYYY-Qn; empty when none
  std::string anchor;   // the latest calendar date named so far (1995, 1998-10, 2000-02-22); empty when none
};

// Finds and normalizes the time expressions of one sentence, trying at each token the named time
// constructions of time_constructions.cpp in their order. `dct` is YYYY-MM-DD or empty;
// `chunks` gives the verb groups whose tense steers the past/future choice. Pass the same
// `doc` for every sentence of an article, in order (or nullptr to read the sentence alone).
// `refusals`, when given, receives the constructions that recognized their pattern and refused it
// (rule name, token, reason): what `newsgraph extract --trace` shows besides what fired.
struct TimeRefusal {
  std::string_view rule;
  size_t token = 0;
  const char* reason = "";
};
std::vector<TimeExpression> find_times(const std::vector<Token>& tokens, const Chunks& chunks,
                                       const std::string& dct, TimeDocument* doc = nullptr,
                                       std::vector<TimeRefusal>* refusals = nullptr);

// The names of the time constructions in their order of priority.
std::vector<std::string_view> time_construction_names();

}  // namespace newsgraph
