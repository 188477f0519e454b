// neither-nor: a negative pair denies both of what it joins (neither_nor.h).
#include "neither_nor.h"

namespace newsgraph {

namespace {

// Most pairs are short ("Neither Rover nor its buyer"): a "nor" further off is another sentence
// shape (a clause of its own, "nor did they").
constexpr size_t kMaxFirstItem = 10;

bool group_starts(const Chunks& c, size_t k) { return k < c.noun_at.size() && c.noun_at[k] >= 0 && c.nouns[c.noun_at[k]].begin == k; }
// The first item's noun group: the chunker may take "neither" in as its determiner ("Neither
// Rover").
bool first_group_starts(const Chunks& c, size_t open) {
  return group_starts(c, open + 1) || (c.noun_at[open] >= 0 && c.noun_at[open] == c.noun_at[open + 1]);
}
bool is_verb_tag(const Token& t) { return t.tag.size() >= 2 && t.tag[0] == 'V' && t.tag[1] == 'B'; }

// The span `s` holds the pair's second item: it begins after "nor", or begins at the pair and
// reaches past "nor" (the clause read "Neither A nor B" whole).
bool holds_second(const Span& s, size_t open, size_t join) {
  return !s.empty() && (s.b == join + 1 || (s.b >= open && s.b <= open + 1 && s.e > join + 1));
}

// The span `s` holds the first item alone: the clause stopped at "nor" ("has neither the cash
// nor the staff").
bool holds_first(const Span& s, size_t open, size_t join) {
  return !s.empty() && s.b >= open && s.b <= open + 1 && s.e <= join;
}

// A pair of noun groups: one item, then the other (and the first holds no verb).
void read_item_pair(const std::vector<Token>& tk, const Chunks& c, size_t open, size_t join, std::vector<Triple>& triples) {
  const Span first{open + 1, join};
  const Span second{join + 1, c.nouns[c.noun_at[join + 1]].end};
  const size_t head = c.nouns[c.noun_at[open + 1]].head;
  const std::string& first_head = tk[head < join ? head : join - 1].lemma;
  // The pair's own verb: the first after it for a subject ("Neither A nor B commented"), the
  // last before it for an object ("has neither A nor B"); a clause further on that inherits the
  // subject ("... and we support the plan to exempt X") is another act.
  size_t verb_after = kNone, verb_before = kNone;
  for (size_t k = join + 1; k < tk.size() && verb_after == kNone; ++k)
    if (c.verb_at[k] >= 0) verb_after = static_cast<size_t>(c.verb_at[k]);
  for (size_t k = open; k > 0 && verb_before == kNone; --k)
    if (c.verb_at[k - 1] >= 0) verb_before = static_cast<size_t>(c.verb_at[k - 1]);
  const size_t n = triples.size();
  for (size_t i = 0; i < n; ++i) {
    Triple& t = triples[i];
    // A participle or relative clause that modifies the second item ("nor the products covered by
    // the deal were disclosed") is no act of the pair's.
    if (t.attribution || t.surface_only || t.rule == "participial-modifier" || t.rule == "relative-clause") continue;
    Span* arg = nullptr;
    bool has_first = false;
    // The subject, also of an adjectival passive ("Neither A nor B were interested").
    if (holds_second(t.subject, open, join)) arg = &t.subject;
    else if (holds_second(t.object, open, join)) arg = &t.object;
    else if (holds_first(t.object, open, join)) arg = &t.object, has_first = true;
    if (arg == nullptr) continue;
    const bool after = arg == &t.subject || t.passive;
    if (t.verb != (after ? verb_after : verb_before)) continue;
    const bool object = arg == &t.object;
    if (!has_first) arg->b = join + 1;  // the second item alone
    t.negated = true;
    Triple item = t;  // a copy: `triples` may move as it grows
    (object ? item.object : item.subject) = has_first ? second : first;
    if (object) item.object_head = has_first ? tk[c.nouns[c.noun_at[join + 1]].head].lemma : first_head;
    item.rule = kNeitherNor;
    triples.push_back(std::move(item));
  }
}

}  // namespace

void read_neither_nor(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex, std::vector<Triple>& triples) {
  // The pair is found from its "nor", a coordinator (CC): most sentences have none, and so few
  // tokens are looked up.
  for (size_t join = 2; join + 1 < tk.size(); ++join) {
    if (tk[join].tag != "CC" || !lex.list_negative_joins.contains(tk[join].lower)) continue;
    size_t open = kNone;
    for (size_t k = join - 1; k > 0 && join - k <= kMaxFirstItem + 1 && open == kNone; --k)
      if (lex.list_negative_openers.contains(tk[k - 1].lower)) open = k - 1;
    if (open == kNone || open + 2 > join) continue;
    bool verb_between = false;
    for (size_t k = open + 2; k < join; ++k) verb_between = verb_between || (c.verb_at[k] >= 0 && is_verb_tag(tk[k]));
    if (!verb_between && first_group_starts(c, open) && group_starts(c, join + 1)) {
      read_item_pair(tk, c, open, join, triples);
    } else if (is_verb_tag(tk[open + 1]) && is_verb_tag(tk[join + 1])) {
      // "would neither confirm nor deny the report": both verbs are denied.
      for (Triple& t : triples)
        if (t.verb != kNone && (c.verbs[t.verb].main == open + 1 || c.verbs[t.verb].main == join + 1)) t.negated = true;
    }
  }
}

}  // namespace newsgraph
