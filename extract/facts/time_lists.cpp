// time-list-item: one triple per date of a list of dates (time_lists.h).
#include "time_lists.h"

#include <algorithm>

#include "clause_words.h"  // phrase_at

namespace newsgraph {

namespace {

// The time expression that begins at token k, or -1.
int time_starting_at(const std::vector<TimeExpression>& times, size_t k) {
  for (size_t i = 0; i < times.size(); ++i)
    if (times[i].tok_begin == k) return static_cast<int>(i);
  return -1;
}

// Two dates of one granularity: both years, both days ("2008" and "2012", "2020-05-04" and
// "2020-05-05"), of different values.
bool same_kind(const TimeExpression& a, const TimeExpression& b) {
  // Decades and centuries ("the 1970s and 1980s") name eras a clause is set in more often than
  // the times of its acts: years, months and days only.
  constexpr size_t kYear = 4;
  return a.type == "DATE" && b.type == "DATE" && a.value.size() >= kYear && a.value.size() == b.value.size() && a.value != b.value &&
         a.value.find('X') == std::string::npos && b.value.find('X') == std::string::npos;
}

}  // namespace

std::vector<int> time_list_after(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                                 const std::vector<TimeExpression>& times, int first) {
  std::vector<int> later;
  const TimeExpression& head = times[first];
  if (head.type != "DATE" || head.tok_end >= tk.size()) return later;
  // "between 2001 and 2005", "from 1990 and 1991 levels": one span, not two dates.
  if (head.tok_begin > 0 && lex.list_range_openers.contains(tk[head.tok_begin - 1].lower)) return later;
  size_t k = head.tok_end;
  bool closed = false;
  while (!closed && k < tk.size()) {
    size_t next = k;
    if (tk[next].text == ",") ++next;
    if (next < tk.size()) {
      if (const size_t len = phrase_at(tk, next, lex.list_closers)) {
        next += len;
        closed = true;
      }
    }
    if (next == k) break;  // neither a comma nor a closer: the list (if any) ended
    const int ti = next < tk.size() ? time_starting_at(times, next) : -1;
    if (ti < 0 || !same_kind(head, times[ti])) return {};
    for (int seen : later)
      if (times[seen].value == times[ti].value) return {};
    later.push_back(ti);
    k = times[ti].tok_end;
  }
  if (!closed) return {};
  // "the 1998 and 1999 seasons" (the dates modify a noun), "in 1997 and 2001 saw" (the last date
  // opens a clause).
  if (k < tk.size() && (is_noun_tag(tk[k].tag) || c.verb_at[k] >= 0)) return {};
  if (head.tok_begin > 0 && (tk[head.tok_begin - 1].tag == "DT" || tk[head.tok_begin - 1].tag == "PRP$")) return {};
  return later;
}

void split_time_lists(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                      const std::vector<TimeExpression>& times, std::vector<Triple>& triples) {
  if (times.size() < 2) return;  // most sentences: no list of dates
  const size_t n = triples.size();
  for (size_t i = 0; i < n; ++i) {
    if (triples[i].time < 0 || triples[i].attribution || triples[i].surface_only) continue;
    // "There were 68m in donations in 2001, 2002 and 2003": an existential clause counts one
    // total over the years, no act in each.
    if (const Span& s = triples[i].subject; !s.empty() && tk[s.b].tag == "EX") continue;
    const std::vector<int> later = time_list_after(tk, c, lex, times, triples[i].time);
    // A later date that dates a clause of its own: "in 1997 and 2001" read as two clauses' times.
    const bool held = std::any_of(triples.begin(), triples.begin() + n, [&](const Triple& t) {
      return std::find(later.begin(), later.end(), t.time) != later.end();
    });
    if (held) continue;
    for (int ti : later) {
      Triple item = triples[i];  // a copy: `triples` may move as it grows
      item.time = ti;
      item.rule = kTimeListItem;
      triples.push_back(std::move(item));
    }
  }
}

}  // namespace newsgraph
