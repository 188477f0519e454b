// The spans the facts constructions read: a noun group as an object (extended over "of" chains,
// coordination, lists, amounts and quoted titles), the subject before a verb, the extra arguments
// after a clause, and the small tests on the words after a verb group.
#include "sentence_extractor.h"

namespace newsgraph::facts {

// NP at j extended right over "of" phrases and coordination ("coffee and beef").
Span SentenceExtractor::object_np(size_t j) const {
  // "at least eight people", "at most 30": the bound belongs to the amount.
  if (j + 2 < n_ && tk_[j].lower == "at"sv && (tk_[j + 1].lower == "least"sv || tk_[j + 1].lower == "most"sv) &&
      (tk_[j + 2].tag == "CD" || tk_[j + 2].tag == "$")) {
    // The chunker may have read "least eight people" as one group, or "eight people" alone.
    size_t from = np(j + 1) >= 0 && c_.nouns[np(j + 1)].begin == j + 1 ? j + 1 : j + 2;
    if (np(from) >= 0 && c_.nouns[np(from)].begin == from) return {j, object_np(from).e};
  }
  // A quoted name or title: `` Northern Territories '' -> the quotes belong to the argument.
  if (j + 1 < n_ && is_opening_quote(tk_[j]) && np(j + 1) >= 0) {
    Span inner = object_np(j + 1);
    if (inner.empty()) return {};
    size_t e = inner.e;
    if (e < n_ && tk_[e].tag == "''") ++e;
    return {j, e};
  }
  int ni = np(j);
  if (ni < 0 || c_.nouns[ni].begin != j) return {};
  Span s = np_span(ni);
  while (s.e + 1 < n_) {
    const Token& t = tk_[s.e];
    const std::string& lw = t.lower;
    // "a mass of about 1,765 kg": an approximation before the amount.
    if (lw == "of"sv && s.e + 2 < n_ && is_approximator(tk_[s.e + 1].lower) && np(s.e + 2) >= 0 &&
        c_.nouns[np(s.e + 2)].begin == s.e + 2 && (tk_[s.e + 2].tag == "CD" || tk_[s.e + 2].tag == "$")) {
      s.e = object_np(s.e + 2).e;
      continue;
    }
    if ((lw == "of"sv || ((lw == "and"sv || lw == "or"sv) && !(s.e + 1 < n_ && c_.verb_at[s.e + 1] >= 0))) && np(s.e + 1) >= 0 &&
        c_.nouns[np(s.e + 1)].begin == s.e + 1) {
      // "and" followed by an NP that is itself a clause subject ("and Brazil agreed") is not
      // coordination of the object.
      Span nx = np_span(np(s.e + 1));
      if (lw != "of"sv && nx.e < n_ && c_.verb_at[nx.e] >= 0) break;
      s.e = nx.e;
      continue;
    }
    // "six cities as well as the island of Corsica": a closer of data/lexicon/list_words.tsv
    // other than "and" joins one more noun group.
    if (lw != "and"sv && lw != ","sv) {
      const size_t len = phrase_at(tk_, s.e, lex_.list_closers);
      if (len > 0 && np(s.e + len) >= 0 && c_.nouns[np(s.e + len)].begin == s.e + len) {
        Span nx = np_span(np(s.e + len));
        if (nx.e < n_ && c_.verb_at[nx.e] >= 0) break;
        s.e = nx.e;
        continue;
      }
    }
    // A list: "Controls , Guidance and Instrumentation", "Brazil, Argentina, and Chile", "a
    // salary cap, abolition of the draft, revenue sharing for small clubs, and expanded
    // playoffs", "six cities, as well as the island of Corsica". The commas join only when the
    // list closes with "and"/"or" (or another closer) before another clause starts.
    if (lw == ","sv) {
      size_t q = s.e;
      bool closed = false;
      auto closer_at = [&](size_t k) -> size_t {
        if (k >= n_) return 0;
        if (tk_[k].lower == "or"sv) return 1;
        return phrase_at(tk_, k, lex_.list_closers);
      };
      // The last item: with nothing after it that starts a clause.
      auto close_with = [&](size_t b) {
        const size_t last = list_item_end(b, false);
        if (last == kNone) return;
        closed = !(last < n_ && c_.verb_at[last] >= 0);
        q = last;
      };
      while (q + 1 < n_ && tk_[q].text == ","sv) {
        // ", and C" after a middle item; right after the first, ", and" and ", or" more often
        // join a clause or restate an amount ("5 mln dlrs, or 50 cts a share").
        const bool first = q == s.e;
        if (size_t len = closer_at(q + 1); len > 0 && !(first && (tk_[q + 1].lower == "and"sv || tk_[q + 1].lower == "or"sv))) {
          close_with(q + 1 + len);
          break;
        }
        const size_t item = list_item_end(q + 1, true);
        if (item == kNone) break;
        q = item;
        if (size_t len = closer_at(q)) {  // "B and C"
          close_with(q + len);
          break;
        }
      }
      if (closed) {
        s.e = q;
        continue;
      }
    }
    // A rate after an amount is part of it: "$30 million a year", "$4.25 an hour", "11 per cent".
    if ((lw == "a"sv || lw == "an"sv || lw == "per"sv) && s.e > s.b && tk_[s.e - 1].tag == "CD" &&
        is_rate_unit(tk_[s.e + 1].lower)) {
      s.e += 2;
      continue;
    }
    break;
  }
  return s;
}

// The end of the list item that starts at q (object_np's lists), kNone when none starts there: a
// noun group with its "of" phrases ("abolition of the draft"); not a gerund or past form, which more
// often starts a clause (", suggesting further gains", "killed three and injured sixteen"). An `inner` item, followed by the list's next comma, may also
// carry one prepositional phrase ("revenue sharing for small clubs, ..."); the last item may not,
// as a phrase after it may be the verb's ("sold shares, bonds and options to investors").
size_t SentenceExtractor::list_item_end(size_t q, bool inner) const {
  auto group_at = [&](size_t k) { return np(k) >= 0 && c_.nouns[np(k)].begin == k; };
  if (q >= n_) return kNone;
  if (!group_at(q)) return kNone;
  size_t e = c_.nouns[np(q)].end;
  auto of_chain = [&](size_t k) {
    while (k + 1 < n_ && tk_[k].lower == "of"sv && group_at(k + 1)) k = c_.nouns[np(k + 1)].end;
    return k;
  };
  e = of_chain(e);
  // An inner item may carry up to kMaxItemPhrases phrases when the list's next comma follows the
  // last: "a ban on tolls for rural roads, ..." (more are more often a clause's adverbials).
  constexpr int kMaxItemPhrases = 2;
  size_t p = e;
  for (int phrases = 0; inner && phrases < kMaxItemPhrases; ++phrases) {
    if (!(p + 1 < n_ && tk_[p].tag == "IN" && !is_subordinator(tk_[p]) && group_at(p + 1))) break;
    p = of_chain(c_.nouns[np(p + 1)].end);
    // "term limits for mayors and judges, ...": the phrase's own two nouns.
    if (p + 1 < n_ && tk_[p].lower == "and"sv && group_at(p + 1)) p = of_chain(c_.nouns[np(p + 1)].end);
    if (p < n_ && tk_[p].text == ","sv) return p;
  }
  return e;
}

// Past an aside of data/lexicon/list_words.tsv set off by commas at j ("backs, among other things,
// a salary cap"): the first token after its closing comma; j itself when none stands there.
size_t SentenceExtractor::after_aside(size_t j) const {
  if (j + 2 >= n_ || tk_[j].text != ","sv) return j;
  const size_t len = phrase_at(tk_, j + 1, lex_.list_asides);
  return len > 0 && j + 1 + len < n_ && tk_[j + 1 + len].text == ","sv ? j + 2 + len : j;
}

// The subject NP that ends right before position k (exclusive), extended left over
// coordination and "X of Y" chains.
// `clause_subject`: the span is the subject of a verb right after it. A coordination that
// reaches back into the previous clause's object then joins clauses, not subjects ("was
// reunited with his family in New York and his father was able to ..."): the subject stops
// at the furthest conjunct that is not the object of a verb or preposition.
Span SentenceExtractor::subject_before(size_t k, bool chains, bool clause_subject) const {
  if (k == 0) return {};
  // A quoted name or title as the subject: 'This "1-in-200 year event" flooded ...'.
  if (tk_[k - 1].tag == "''" && k >= 3) {
    size_t o = k - 1;
    while (o > 0 && k - o <= 12 && tk_[o - 1].tag != "``" && tk_[o - 1].tag != "''" && !is_punct_end(tk_[o - 1])) --o;
    // A name, not a quotation: no verb inside, no punctuation before the closing quote.
    bool name_like = o > 0 && tk_[o - 1].tag == "``" && o + 1 < k && tk_[k - 2].tag != "," && !is_punct_end(tk_[k - 2]);
    for (size_t q = o; name_like && q + 1 < k; ++q) name_like = c_.verb_at[q] < 0;
    if (name_like) {
      size_t b = o - 1;
      if (b > 0 && (tk_[b - 1].tag == "DT" || tk_[b - 1].tag == "PRP$")) --b;
      return {b, k};
    }
  }
  int ni = np(k - 1);
  if (ni < 0 || c_.nouns[ni].end != k) return {};
  Span s = np_span(ni);
  size_t safe_b = s.b;
  bool crossed_coordination = false;
  bool in_list = false;  // a list closed by "and"/"or": its commas coordinate too
  auto object_of = [&](size_t b) {
    if (b == 0) return false;
    static constexpr std::string_view kPrepositions[] = {"with", "in", "at", "on", "of", "for", "from", "to", "by",
                                                         "into", "over", "under", "against", "between",
                                                         "among", "through", "toward", "towards", "onto"};
    if (c_.verb_at[b - 1] >= 0 && c_.verbs[c_.verb_at[b - 1]].finite) return true;
    for (std::string_view p : kPrepositions)
      if (tk_[b - 1].lower == p) return true;
    return false;
  };
  while (s.b >= 2) {
    const Token& t = tk_[s.b - 1];
    const std::string& lw = t.lower;
    size_t sep = 1;  // tokens between the left noun group and this one
    if ((lw == "and"sv || lw == "or"sv) && s.b >= 3 && tk_[s.b - 2].text == ","sv) sep = 2;  // ", and"
    if (s.b < sep + 1) break;
    int left = np(s.b - sep - 1);
    if (left < 0 || c_.nouns[left].end != s.b - sep) break;
    // ", and" joins noun groups only in a list of three or more ("Brazil, Argentina, and
    // Chile"); "..., and relations have been" coordinates clauses.
    if (sep == 2) {
      size_t lb = c_.nouns[left].begin;
      if (!(lb >= 2 && tk_[lb - 1].text == ","sv && np(lb - 2) >= 0 && c_.nouns[np(lb - 2)].end == lb - 1)) break;
    }
    bool coord = lw == "and"sv || lw == "or"sv || (lw == ","sv && in_list);
    in_list = in_list || lw == "and"sv || lw == "or"sv;
    bool chain = t.tag == "IN" && (lw == "of"sv || lw == "between"sv || lw == "for"sv || lw == "from"sv || lw == "with"sv ||
                                   lw == "on"sv || lw == "against"sv || lw == "in"sv || lw == "at"sv);
    if (!coord && !(chain && chains)) break;
    if (!coord) in_list = false;  // "leader of the Cherusci and allies": that "and" is inside the chain
    crossed_coordination = crossed_coordination || coord;
    s.b = c_.nouns[left].begin;
    if (!object_of(s.b)) safe_b = s.b;
  }
  if (clause_subject && crossed_coordination && object_of(s.b)) s.b = safe_b;
  return s;
}

// Extra arguments after position j: prepositional phrases and time expressions, up to the
// clause boundary. Returns the first token after them.
// time-after-approximator: "was built in about 1970", "moved in around March 2010": a word of
// data/lexicon/time_approximators.txt between the preposition and a time the time stage found
// leaves no noun group for the preposition, which would end the clause before its time. The end
// of that time, or kNone.
size_t SentenceExtractor::time_after_approximator(size_t prep) const {
  const size_t w = prep + 1, k = prep + 2;
  if (k >= n_ || lex_.time_approximators.find(tk_[w].lower) == StringTable::kNone || time_at(k) < 0) return kNone;
  const TimeExpression& te = times_[time_at(k)];
  // "at about 1900 on Sundays" is a 24-hour clock time the time stage read as a year: a moment
  // after "at" is no year.
  if (tk_[prep].lower == "at"sv && te.rule == "bare-year"sv) return kNone;
  return te.tok_begin == k ? te.tok_end : kNone;
}

size_t SentenceExtractor::extras(size_t j, std::vector<Span>& out) const {
  while (j < n_) {
    // Skip adverbs between arguments.
    if (tk_[j].tag == "RB" && !(j + 1 < n_ && c_.verb_at[j + 1] >= 0)) {
      ++j;
      continue;
    }
    if (time_at(j) >= 0) {
      const TimeExpression& te = times_[time_at(j)];
      if (te.tok_begin == j) {
        out.push_back({j, te.tok_end});
        j = te.tok_end;
        continue;
      }
    }
    if (is_prep(tk_[j]) && !is_subordinator(tk_[j]) && tk_[j].lower != "that"sv && j + 1 < n_) {
      if (const size_t te = time_after_approximator(j); te != kNone) {
        out.push_back({j, te});
        j = te;
        continue;
      }
      Span o = object_np(j + 1);
      if (o.empty() && tk_[j + 1].tag == "VBG" && c_.verb_at[j + 1] >= 0) {
        // A gerund clause as the preposition's object: "clarified by adding a sliced potato",
        // "left without signing the deal".
        const VerbGroup& g = c_.verbs[c_.verb_at[j + 1]];
        Span go = object_np(g.end);
        o = {j + 1, go.empty() ? g.end : go.e};
      }
      if (o.empty()) break;
      out.push_back({j, o.e});
      j = o.e;
      continue;
    }
    break;
  }
  return j;
}

// End of the clause content that starts at j: up to the sentence's end, or a postposed
// attribution (", X said"), whichever comes first.
// content-ends-at-attribution: "suggested the debt was a factor; according to prosecutors, he
// owed ...": a semicolon before another source's "according to" ends the content; the rest is
// that source's claim.
size_t SentenceExtractor::content_end(size_t j) const {
  size_t e = n_;
  for (size_t q = j; q + 2 < n_; ++q)
    if (tk_[q].text == ";"sv && tk_[q + 1].lower == "according"sv && tk_[q + 2].lower == "to"sv) {
      e = q;
      break;
    }
  while (e > j && (is_punct_end(tk_[e - 1]) || is_quote(tk_[e - 1]))) --e;
  return e;
}

std::string SentenceExtractor::relation_text(const VerbGroup& v) const {
  std::string s;
  append_relation_text(v, s);
  return s;
}

// The verb group's words, one space between them, after what `out` holds.
void SentenceExtractor::append_relation_text(const VerbGroup& v, std::string& out) const {
  for (size_t k = v.begin; k < v.end; ++k) {
    if (k > v.begin) out += ' ';
    out += tk_[k].text;
  }
}

// Whether the preposition at j may join the relation with the noun group after it, as ReVerb
// does ("spoke with", "was sold to", "is in"): not a subordinator, not "that", not before a time.
// "during", "amid" and "despite" head circumstances, never an object ("cancelled an address he
// was to give during the evening", "resigned amid protests").
bool SentenceExtractor::preposition_may_join(size_t j) const {
  if (j + 1 >= n_ || !is_prep(tk_[j]) || is_subordinator(tk_[j]) || tk_[j].lower == "that"sv || time_at(j + 1) >= 0) return false;
  const std::string& p = tk_[j].lower;
  return p != "during"sv && p != "amid"sv && p != "despite"sv;
}

// The clause after "that" at j, when "that" opens one (an NP and soon a finite verb group):
// up to the sentence's end. Empty otherwise ("that" as a determiner or relativizer).
Span SentenceExtractor::that_clause(size_t j) const {
  if (j + 2 >= n_ || tk_[j].lower != "that"sv || tk_[j].tag == "DT" || tk_[j].tag == "WDT") return {};
  const size_t b = j + 1;
  if (np(b) < 0 || c_.nouns[np(b)].begin != b) return {};
  for (size_t q = c_.nouns[np(b)].end; q < std::min(n_, c_.nouns[np(b)].end + 6); ++q) {
    if (c_.verb_at[q] >= 0) return c_.verbs[c_.verb_at[q]].finite ? Span{b, content_end(b)} : Span{};
    if (!(is_prep(tk_[q]) || np(q) >= 0 || tk_[q].tag == "RB" || tk_[q].tag == "CC")) break;
  }
  return {};
}

// Whether a finite verb group starts between j and the end of the sentence or the next ";".
bool SentenceExtractor::finite_verb_after(size_t j) const {
  for (size_t q = j; q < n_ && tk_[q].text != ";"sv; ++q)
    if (c_.verb_at[q] >= 0 && c_.verbs[c_.verb_at[q]].begin == q && c_.verbs[c_.verb_at[q]].finite) return true;
  return false;
}

// "V1 and V2 NP" at j ("and" right after V1's group): V2's object, which V1 shares.
Span SentenceExtractor::shared_object(size_t j) const {
  if (j + 1 >= n_ || (tk_[j].lower != "and"sv && tk_[j].lower != "or"sv) || c_.verb_at[j + 1] < 0) return {};
  const VerbGroup& next = c_.verbs[c_.verb_at[j + 1]];
  if (next.begin != j + 1 || next.passive || is_be(tk_[next.main])) return {};
  Span o = object_np(next.end);
  if (!o.empty() && time_at(next.end) >= 0) return {};
  return o;
}

bool SentenceExtractor::is_location_pp(size_t p) const {
  const std::string& lw = tk_[p].lower;
  if (lw == "on"sv && p + 3 < n_ && tk_[p + 2].lower == "sidelines"sv) return true;
  if (lw != "in"sv && lw != "at"sv) return false;
  if (time_at(p + 1) >= 0) return false;
  int ni = np(p + 1);
  if (ni < 0) return false;
  for (size_t k = c_.nouns[ni].begin; k < c_.nouns[ni].end; ++k)
    if (tk_[k].tag == "NNP") return true;
  return false;
}

}  // namespace newsgraph::facts
