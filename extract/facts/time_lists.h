// time-list-item (issue #16, failure class 6, coordination): a clause dated by a list of dates
// ("won the cup in 1997, 2001 and 2005", "attacked the town on Monday and Tuesday") states one
// fact per date, as the news gold writes them: the clause keeps the first date, and a copy of it
// takes each later one, recorded as "time-list-item". The list's closers and the words that make
// two dates one span ("between 2001 and 2005") are data/lexicon/list_words.tsv.
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "time_normalizer.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

inline constexpr std::string_view kTimeListItem = "time-list-item";

// The later dates of the list that opens with time expression `first`, in order (indices into
// `times`); empty when `first` starts no list: the dates must be DATEs of one granularity ("2008,
// 2012 and 2015", not "Monday, March 3"), joined by commas and closed by a closer ("and"), with
// no range word before the first ("between"), and the last may not modify a noun or open a clause
// ("the 1998 and 1999 seasons", "in 1997 and 2001 saw a loss").
std::vector<int> time_list_after(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                                 const std::vector<TimeExpression>& times, int first);

// time-list-item: each triple dated by the first date of a list gets a copy per later date,
// appended after the sentence's triples. Not when a later date already dates another clause of
// the sentence (then the "and" joins two clauses' times), nor an existential clause ("There were
// 68m in donations in 2001 and 2002": one total). Runs after the times are attached.
void split_time_lists(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                      const std::vector<TimeExpression>& times, std::vector<Triple>& triples);

}  // namespace newsgraph
