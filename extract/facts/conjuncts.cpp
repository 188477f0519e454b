#include "conjuncts.h"

#include <string_view>

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// A conjunct [b, e): a noun group, "of", and a noun group that reaches e, with no other word
// between (no comma, no second preposition, no verb).
bool noun_of_noun(const std::vector<Token>& tk, const Chunks& c, size_t b, size_t e) {
  if (b >= e || c.noun_at[b] < 0 || c.nouns[c.noun_at[b]].begin != b) return false;
  const size_t of = c.nouns[c.noun_at[b]].end;
  if (of + 1 >= e || tk[of].lower != "of"sv) return false;
  for (size_t k = of + 1; k < e; ++k)
    if (c.noun_at[k] < 0) return false;
  return true;
}

}  // namespace

size_t parallel_of_conjunction(const std::vector<Token>& tk, const Chunks& c, const Span& span) {
  if (span.empty() || span.e - span.b < 7) return kNone;  // "A of B and C of D" at the least
  size_t cc = kNone;
  for (size_t k = span.b; k < span.e; ++k) {
    const std::string& w = tk[k].lower;
    if (w != "and"sv && w != "or"sv) continue;
    if (cc != kNone) return kNone;  // one conjunction only: "A of B and C of D"
    cc = k;
  }
  if (cc == kNone) return kNone;
  return noun_of_noun(tk, c, span.b, cc) && noun_of_noun(tk, c, cc + 1, span.e) ? cc : kNone;
}

}  // namespace newsgraph
