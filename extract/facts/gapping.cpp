#include "gapping.h"

#include <string_view>

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

bool opens_object(const Token& t) { return t.tag == "PRP$" || t.tag == "DT" || t.tag == "CD" || t.tag == "$"; }

bool has_proper(const std::vector<Token>& tk, const NounGroup& g) {
  for (size_t k = g.begin; k < g.end; ++k)
    if (tk[k].tag == "NNP" || tk[k].tag == "NNPS") return true;
  return false;
}

bool has_proper_in(const std::vector<Token>& tk, Span s) {
  for (size_t k = s.b; k < s.e; ++k)
    if (tk[k].tag == "NNP" || tk[k].tag == "NNPS") return true;
  return false;
}

bool in_time(const std::vector<TimeExpression>& times, Span s) {
  for (const TimeExpression& t : times)
    if (t.tok_begin < s.e && s.b < t.tok_end) return true;
  return false;
}

}  // namespace

Gap find_gap(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times, size_t from) {
  const size_t n = tk.size();
  for (size_t q = from; q + 2 < n; ++q) {
    if (c.verb_at[q] >= 0 && c.verbs[c.verb_at[q]].begin == q && q > from && c.verbs[c.verb_at[q]].finite) return {};
    if (tk[q].text != ","sv) continue;
    size_t s = q + 1;
    if (tk[s].lower == "and"sv || tk[s].lower == "while"sv) ++s;
    if (s >= n || c.noun_at[s] < 0) continue;
    const NounGroup& first = c.nouns[c.noun_at[s]];
    if (first.begin != s || first.end >= n || !has_proper(tk, first)) continue;
    // The chunker may have read subject and object as one group: "Australia its intention".
    size_t o = first.end;
    for (size_t k = s + 1; k < first.end; ++k)
      if (opens_object(tk[k]) && (tk[k - 1].tag == "NNP" || tk[k - 1].tag == "NNPS")) o = k;
    Span object;
    if (o < first.end) object = {o, first.end};
    else if (c.noun_at[o] >= 0 && c.nouns[c.noun_at[o]].begin == o && opens_object(tk[o])) object = {o, c.nouns[c.noun_at[o]].end};
    if (object.empty()) continue;
    for (size_t k = o; k < n; ++k)
      if (c.verb_at[k] >= 0 && c.verbs[c.verb_at[k]].finite) return {};
    Span subject{s, o};
    // "the Social Democrats", "Australia"; not "payable March 30" nor "record April 2".
    const bool starts_right = tk[s].tag == "DT" || tk[s].tag == "NNP" || tk[s].tag == "NNPS";
    if (!has_proper_in(tk, subject) || !starts_right || in_time(times, subject)) continue;
    return {q, subject, o, object};
  }
  return {};
}

}  // namespace newsgraph
