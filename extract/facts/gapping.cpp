#include "gapping.h"

#include <string_view>

#include "clause_words.h"

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

PassiveGap find_passive_gap(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times,
                            size_t from) {
  const size_t n = tk.size();
  size_t q = from;
  while (q < n && tk[q].text != ","sv) {
    if (c.verb_at[q] >= 0 && q > from) return {};  // the comma must end the passive clause
    ++q;
  }
  size_t s = q + 1;
  if (s < n && tk[s].lower == "and"sv) ++s;
  if (s >= n || c.noun_at[s] < 0 || c.nouns[c.noun_at[s]].begin != s || !has_proper(tk, c.nouns[c.noun_at[s]])) return {};
  const Span patient{s, c.nouns[c.noun_at[s]].end};
  size_t t = patient.e;
  if (t < n && (tk[t].lower == "in"sv || tk[t].lower == "on"sv)) ++t;
  for (size_t k = 0; k < times.size(); ++k) {
    if (times[k].tok_begin != t && !(times[k].tok_begin + 1 == t && t > patient.e)) continue;
    const size_t end = times[k].tok_end;
    if (end < n && !is_punct_end(tk[end]) && tk[end].text != ";"sv) return {};
    if (in_time(times, patient)) return {};
    return {q, patient, static_cast<int>(k)};
  }
  return {};
}

}  // namespace newsgraph
