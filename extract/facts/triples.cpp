#include "triples.h"
#include "fragments.h"
#include "time_attachment.h"

#include <algorithm>
#include <unordered_set>

#include "clause_words.h"
#include "text_util.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;


std::string span_text(const std::vector<Token>& tk, const Span& s) {
  std::string out;
  if (s.empty()) return out;
  // The article's bytes under the span bound the text (its white space becomes at most one
  // space): one allocation instead of one per doubling.
  const size_t last = std::min<size_t>(s.e, tk.size());
  if (s.b < last && tk[last - 1].end > tk[s.b].start) out.reserve(tk[last - 1].end - tk[s.b].start);
  // Spaced as in the article: "China's leader", "\"fair prices\"" (tokens written with spaces
  // between them, as in pretokenized input, keep them).
  for (size_t i = s.b; i < last; ++i) {
    if (i > s.b && (tk[i].space_before || tk[i].newline_before)) out += ' ';
    out += tk[i].text;
  }
  return out;
}

namespace {

class SentenceExtractor {
 public:
  SentenceExtractor(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                    const std::vector<TimeExpression>& times)
      : tk_(tk), c_(c), lex_(lex), times_(times), n_(tk.size()) {}

  SentenceFacts run() {
    find_according_to();
    find_appositives();
    find_noun_phrase_readings();
    for (size_t vi = 0; vi < c_.verbs.size(); ++vi) clause(vi);
    attribute_to_claims();
    attach_times_outside_clauses({tk_, c_, times_}, out_.triples);
    mark_fragments(lex_, c_, out_.triples, out_.refusals);
    return std::move(out_);
  }

 private:
  int np(size_t i) const { return i < n_ ? c_.noun_at[i] : -1; }
  Span np_span(int ni) const { return {c_.nouns[ni].begin, c_.nouns[ni].end}; }

  // NP at j extended right over "of" phrases and coordination ("coffee and beef").
  Span object_np(size_t j) const {
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
      // A list: "Controls , Guidance and Instrumentation", "Brazil, Argentina, and Chile". The
      // commas join only when the list closes with "and"/"or" before another clause starts.
      if (lw == ","sv && np(s.e + 1) >= 0 && c_.nouns[np(s.e + 1)].begin == s.e + 1) {
        size_t q = s.e;
        bool closed = false;
        while (q + 1 < n_ && tk_[q].text == ","sv && np(q + 1) >= 0 && c_.nouns[np(q + 1)].begin == q + 1) {
          q = c_.nouns[np(q + 1)].end;
          size_t cc = q < n_ && tk_[q].text == ","sv && q + 1 < n_ && (tk_[q + 1].lower == "and"sv || tk_[q + 1].lower == "or"sv) ? q + 1 : q;
          if (cc < n_ && (tk_[cc].lower == "and"sv || tk_[cc].lower == "or"sv) && np(cc + 1) >= 0 &&
              c_.nouns[np(cc + 1)].begin == cc + 1) {
            size_t last = c_.nouns[np(cc + 1)].end;
            closed = !(last < n_ && c_.verb_at[last] >= 0);
            q = last;
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

  // The subject NP that ends right before position k (exclusive), extended left over
  // coordination and "X of Y" chains.
  // `clause_subject`: the span is the subject of a verb right after it. A coordination that
  // reaches back into the previous clause's object then joins clauses, not subjects ("was
  // reunited with his family in New York and his father was able to ..."): the subject stops
  // at the furthest conjunct that is not the object of a verb or preposition.
  Span subject_before(size_t k, bool chains = true, bool clause_subject = false) const {
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
  size_t extras(size_t j, std::vector<Span>& out) const {
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

  int time_at(size_t i) const {
    for (size_t k = 0; k < times_.size(); ++k)
      if (i >= times_[k].tok_begin && i < times_[k].tok_end) return static_cast<int>(k);
    return -1;
  }

  // End of the clause content that starts at j: up to the sentence's end, or a postposed
  // attribution (", X said"), whichever comes first.
  size_t content_end(size_t j) const {
    size_t e = n_;
    while (e > j && (is_punct_end(tk_[e - 1]) || is_quote(tk_[e - 1]))) --e;
    return e;
  }

  std::string relation_text(const VerbGroup& v) const {
    std::string s;
    for (size_t k = v.begin; k < v.end; ++k) {
      if (!s.empty()) s += ' ';
      s += tk_[k].text;
    }
    return s;
  }

  std::string modality_of(const VerbGroup& v) const {
    if (v.matrix != kNone) {
      auto it = lex_.matrix_modality.find(v.matrix_lemma);
      if (it != lex_.matrix_modality.end()) return it->second;
      it = lex_.adjective_modality.find(v.matrix_lemma);
      if (it != lex_.adjective_modality.end()) return it->second;
    }
    if (!v.modal.empty()) {
      auto it = lex_.modal_modality.find(v.modal);
      if (it != lex_.modal_modality.end()) return it->second;
    }
    return "asserted";
  }

  // "NP1, NP2," and "NP1, NP2." where NP2 opens with a determiner or possessive: NP2 describes
  // NP1 ("Xi Jinping, China's leader, ..."): (NP1; is; NP2).
  void find_appositives() {
    for (const NounGroup& g : c_.nouns) {
      if (g.begin < 2 || tk_[g.begin - 1].text != ","sv) continue;
      const Token& first = tk_[g.begin];
      const std::string& lw = first.lower;
      bool describes = lw == "a"sv || lw == "an"sv || lw == "the"sv || first.tag == "PRP$";
      for (size_t k = g.begin + 1; k + 1 < g.end; ++k) describes = describes || tk_[k].tag == "POS";  // "Archie Roach's partner"
      if (!describes) continue;
      Span app = object_np(g.begin);
      // The description ends at a comma or the sentence's end, or goes on into a relative
      // clause of its own ("the Trail Crew, a crew of students who help maintain the trails").
      if (app.empty() || app.e >= n_ || !(tk_[app.e].text == ","sv || is_punct_end(tk_[app.e]) || is_relativizer(tk_[app.e])))
        continue;
      Span head = subject_before(g.begin - 1);
      if (head.empty()) continue;
      bool proper_head = false;
      for (size_t k = head.b; k < head.e; ++k) proper_head = proper_head || tk_[k].tag == "NNP";
      if (!proper_head) continue;
      Triple ap;
      ap.arg1 = head;
      ap.arg2 = app;
      ap.subject = head;
      ap.object = app;
      ap.relation = "is";
      ap.predicate = "be";
      ap.surface_only = true;
      ap.clause = {head.b, app.e};
      ap.confidence = 0.5;
      ap.rule = "appositive";
      out_.triples.push_back(std::move(ap));
    }
  }

  // A surface reading the text states without a verb, kept out of the graph (entities carry
  // titles and places there) but scored as Open IE triples.
  void add_reading(std::string_view rule, Span a, const char* relation, Span b, double confidence) {
    Triple r;
    r.rule = rule;
    r.arg1 = r.subject = a;
    r.arg2 = r.object = b;
    r.relation = relation;
    r.predicate = "be";
    r.surface_only = true;
    r.clause = {std::min(a.b, b.b), std::max(a.e, b.e)};
    r.confidence = confidence;
    out_.triples.push_back(std::move(r));
  }

  // Readings inside noun groups and between neighbouring ones:
  // - a description before a name: "the French socialist Henri de Saint-Simon" -> (Henri de
  //   Saint-Simon; is; the French socialist); a name before a comma-set name: "his partner,
  //   Stanley Canter," -> (Stanley Canter; is; his partner);
  // - possession: "the RSNO's base" -> (the RSNO; has; base);
  // - location: "Henry Wood Hall in Glasgow" -> (Henry Wood Hall; is in; Glasgow).
  void find_noun_phrase_readings() {
    auto proper = [&](size_t k) { return tk_[k].tag == "NNP" || tk_[k].tag == "NNPS"; };
    auto all_proper = [&](Span s) {
      for (size_t k = s.b; k < s.e; ++k)
        if (!proper(k)) return false;
      return !s.empty();
    };
    for (size_t gi = 0; gi < c_.nouns.size(); ++gi) {
      const NounGroup& g = c_.nouns[gi];
      // Possession.
      for (size_t p = g.begin + 1; p + 1 < g.end; ++p)
        if (tk_[p].tag == "POS") {
          size_t ob = g.begin;
          add_reading("possessive-has", {ob, p}, "has", {p + 1, g.end}, 0.3);
          break;
        }
      // Description + name: common nouns, then a run of proper nouns to the end of the group.
      size_t name_b = g.end;
      while (name_b > g.begin && proper(name_b - 1)) --name_b;
      if (name_b < g.end && name_b > g.begin && is_noun_tag(tk_[name_b - 1].tag) && !proper(name_b - 1)) {
        bool has_pos = false;
        for (size_t k = g.begin; k < name_b; ++k) has_pos = has_pos || tk_[k].tag == "POS";
        if (!has_pos) add_reading("description-before-name", {name_b, g.end}, "is", {g.begin, name_b}, 0.35);
      }
      // "his partner , Stanley Canter ,", "The brightest star in Serpens , Alpha Serpentis ,": a
      // description (with its prepositional chain), then a name set off by commas.
      if (g.end + 2 < n_ && tk_[g.end].text == ","sv && np(g.end + 1) >= 0) {
        const NounGroup& next = c_.nouns[np(g.end + 1)];
        const Span name{next.begin, next.end};
        const Span description = subject_before(g.end);
        // The description has a common noun: "the U.S., Japan, Britain" is a list of names.
        bool described = false;
        for (size_t k = description.b; k < description.e; ++k) described = described || tk_[k].tag == "NN" || tk_[k].tag == "NNS";
        if (next.begin == g.end + 1 && all_proper(name) && described && !description.empty() &&
            next.end < n_ && (tk_[next.end].text == ","sv || is_punct_end(tk_[next.end])) && time_at(description.b) < 0)
          add_reading("description-comma-name", name, "is", description, 0.35);
      }
      // Location: a proper name "in" a proper name.
      if (g.end + 1 < n_ && tk_[g.end].lower == "in"sv && all_proper({g.begin, g.end}) && np(g.end + 1) >= 0 &&
          time_at(g.end + 1) < 0) {
        const NounGroup& place = c_.nouns[np(g.end + 1)];
        size_t pb = place.begin;
        if (pb < place.end && tk_[pb].tag == "DT") ++pb;
        if (place.begin == g.end + 1 && all_proper({pb, place.end}))
          add_reading("name-in-place", {g.begin, g.end}, "is in", {place.begin, place.end}, 0.3);
      }
    }
  }

  void find_according_to() {
    for (size_t i = 0; i + 2 < n_; ++i) {
      if (tk_[i].lower != "according"sv || tk_[i + 1].lower != "to"sv) continue;
      Span who = object_np(i + 2);
      if (who.empty()) continue;
      Claim cl;
      cl.speaker = who;
      cl.cue = "according to";
      cl.modality = "reported";
      cl.rule = "according-to";
      size_t b = 0, e = i;
      if (i == 0 || (i > 0 && tk_[i - 1].text != ","sv)) {
        // "According to X, CONTENT."
        b = who.e;
        if (b < n_ && tk_[b].text == ","sv) ++b;
        e = content_end(b);
      } else {
        e = i - 1;
      }
      cl.content = {b, e};
      according_.push_back({i, who.e});
      out_.claims.push_back(cl);
    }
  }

  bool in_according(size_t k) const {
    for (const Span& s : according_)
      if (k >= s.b && k < s.e) return true;
    return false;
  }

  double confidence(const Triple& t) const {
    double c = 0.6;
    if (!t.arg2.empty()) c += 0.1;
    else c -= 0.15;
    size_t a1 = t.arg1.e - t.arg1.b;
    if (a1 > 8) c -= 0.1;
    if (n_ > 40) c -= 0.1;
    if (t.predicate == "be"sv) c -= 0.05;
    if (t.attribution) c += 0.05;
    c += 0.05 * std::min<size_t>(t.extra.size(), 2);  // each attached phrase is a parse that held
    for (size_t k = t.arg1.b; k < t.arg1.e; ++k)
      if (tk_[k].tag == "NNP") {
        c += 0.05;
        break;
      }
    return std::clamp(c, 0.05, 0.95);
  }

  // A participial clause before the main clause shares its subject: "Having returned to the
  // Second Division, they gained promotion", "After winning the election, Smith appointed ...".
  Span fronted_clause_subject(const VerbGroup& v) const {
    size_t p = 0;
    while (p < v.begin && (tk_[p].tag == "RB" || tk_[p].tag == "IN")) ++p;  // "After", "While", "Upon"
    if (p != v.begin || (tk_[v.begin].tag != "VBG" && tk_[v.begin].tag != "VBN")) return {};
    for (size_t q = v.end; q + 1 < n_; ++q) {
      if (tk_[q].text != ","sv) continue;
      Span s = object_np(q + 1);
      size_t after = s.e;
      while (after < n_ && tk_[after].tag == "RB") ++after;
      if (!s.empty() && after < n_ && c_.verb_at[after] >= 0 && c_.verbs[c_.verb_at[after]].finite) return s;
      return {};
    }
    return {};
  }

  // The antecedent of a relative clause that ends right before position k, when that clause has
  // its own finite verb: the subject of the verb at k. Empty when there is none.
  Span antecedent_across_relative(size_t k) const {
    size_t finite_groups = 0;
    for (size_t r = k; r-- > 0 && k - r <= 20;) {
      if (is_punct_end(tk_[r])) return {};
      if (c_.verb_at[r] >= 0 && c_.verbs[c_.verb_at[r]].begin == r && c_.verbs[c_.verb_at[r]].finite) ++finite_groups;
      if (finite_groups > 1) return {};
      if (!(is_relativizer(tk_[r]) && (tk_[r].tag == "WP" || tk_[r].tag == "WDT"))) continue;
      if (finite_groups != 1 || r == 0) return {};
      size_t a = r;
      if (tk_[a - 1].text == ","sv) --a;
      return subject_before(a);
    }
    return {};
  }

  // "was sold to X and renamed Y", "were mobilized and recalled": a participle after "and" that
  // shares the passive auxiliary of the verb group before it. Returns that group, or null.
  const VerbGroup* shared_passive(const VerbGroup& v) const {
    // A past tense only in the regular "-ed" form a participle shares ("renamed"), not "became".
    const bool participle_form = tk_[v.begin].tag == "VBN" || (tk_[v.begin].tag == "VBD" && tk_[v.begin].lower.ends_with("ed"));
    if (v.begin < 2 || !participle_form || v.begin != v.main) return nullptr;
    const std::string& cc = tk_[v.begin - 1].lower;
    if (cc != "and"sv && cc != "or"sv && cc != "but"sv) return nullptr;
    for (size_t q = v.begin - 1; q-- > 0;) {
      if (is_punct_end(tk_[q])) return nullptr;
      if (c_.verb_at[q] < 0) continue;
      const VerbGroup& pv = c_.verbs[c_.verb_at[q]];
      return pv.passive && pv.finite && pv.main > pv.begin ? &pv : nullptr;
    }
    return nullptr;
  }

  void clause(size_t vi) {
    VerbGroup v = c_.verbs[vi];  // a copy: a shared passive auxiliary changes it below
    std::string shared_aux;
    if (const VerbGroup* pv = shared_passive(v)) {
      for (size_t a = pv->begin; a < pv->main; ++a) shared_aux += (shared_aux.empty() ? "" : " ") + tk_[a].text;
      v.passive = true;
      v.finite = true;
    }
    // A base form after "and" continues a finite verb phrase: "were released in 1993 and
    // continue to reside in Venezuela".
    if (!v.finite && tk_[v.begin].tag == "VB" && v.begin >= 2 && tk_[v.begin - 1].lower == "and"sv) {
      for (size_t q = v.begin - 1; q-- > 0;) {
        if (is_punct_end(tk_[q])) break;
        if (c_.verb_at[q] < 0) continue;
        v.finite = c_.verbs[c_.verb_at[q]].finite && tk_[c_.verbs[c_.verb_at[q]].begin].tag != "MD";
        break;
      }
    }
    bool participle = false;
    bool trailing = false;  // a participial clause after the main clause (see below)
    std::string t_prefix;   // "to" before an infinitive of purpose
    std::string control_modality;  // an infinitive whose subject an object-control verb gives
    Span fronted;
    if (!v.finite) {
      // Participial modifiers of the noun group before them: "tariffs imposed by Canada",
      // "a company founded in 1990", "an armada preparing to invade England".
      const PosTag& first = tk_[v.begin].tag;
      participle = (first == "VBN" || first == "VBG") && v.begin > 0 && np(v.begin - 1) >= 0 &&
                   c_.nouns[np(v.begin - 1)].end == v.begin;
      if (!participle) {
        fronted = fronted_clause_subject(v);
        // A trailing participial clause shares the main clause's subject: "they became a
        // popular band, retaining a loyal following", "..., ultimately tracing the hacker".
        // So does an infinitive of purpose after it: "enrolled at Hofstra to study management".
        if (fronted.empty() && tk_[v.begin].tag == "VB" && v.begin > 1 && tk_[v.begin - 1].tag == "TO" &&
            !last_subject_.empty() && last_subject_.e < v.begin - 1 && c_.verb_at[v.begin - 2] < 0 &&
            (np(v.begin - 2) >= 0 || tk_[v.begin - 2].text == ","sv)) {
          // Unless the noun group before "to" is the object of a verb that controls it: "urged
          // both countries to settle" (the countries would settle), "expected Brazil to suspend"
          // (a cue: its claim already holds that clause).
          const VerbGroup* governor = nullptr;
          if (np(v.begin - 2) >= 0) {
            size_t nb = c_.nouns[np(v.begin - 2)].begin;
            if (nb > 0 && c_.verb_at[nb - 1] >= 0) governor = &c_.verbs[c_.verb_at[nb - 1]];
          }
          if (governor && lex_.cues.count(governor->lemma))
            return refuse(v, "infinitive-of-purpose", "the noun group before 'to' is the object of a cue verb, whose claim holds the clause");
          if (governor && is_object_control(governor->lemma)) {
            fronted = object_np(c_.nouns[np(v.begin - 2)].begin);
            control_modality = "expected";
          } else {
            fronted = last_subject_;
          }
          trailing = true;
          t_prefix = "to ";
        }
        if (fronted.empty() && tk_[v.begin].tag == "VBG" && !last_subject_.empty()) {
          size_t q = v.begin;
          while (q > 0 && tk_[q - 1].tag == "RB") --q;
          if (q > 0 && tk_[q - 1].text == ","sv && last_subject_.e < q) {
            fronted = last_subject_;
            trailing = true;
          }
        }
        if (fronted.empty()) return refuse(v, "clause-subject", "a non-finite verb group with no subject and no main clause to lend one");
      }
    }
    if (in_according(v.begin)) return refuse(v, "clause-subject", "the verb is inside an 'according to' phrase");
    Triple t;
    t.verb = vi;
    t.predicate = v.lemma;
    t.negated = v.negated;
    t.modality = modality_of(v);
    if (!t_prefix.empty()) t.modality = control_modality.empty() ? "planned" : control_modality;  // intended, not done
    t.relation = t_prefix + (shared_aux.empty() ? relation_text(v) : shared_aux + " " + relation_text(v));
    bool inherited = false;
    std::string_view subject_rule;  // a subject found by a construction of its own (see clause_rule)
    // Subject.
    size_t k = v.begin;
    while (k > 0 && tk_[k - 1].tag == "RB" && !(tk_[k - 1].lower == "not"sv)) --k;
    // A parenthetical adverb between subject and verb: "The University, however, refused".
    if (k >= 3 && tk_[k - 1].text == ","sv && tk_[k - 2].tag == "RB") {
      size_t q = k - 2;
      while (q > 0 && tk_[q - 1].tag == "RB") --q;
      if (q > 0 && tk_[q - 1].text == ","sv) --q;
      if (q > 0 && np(q - 1) >= 0) k = q;
    }
    Span subj = subject_before(k, true, true);
    // A relative clause between the subject and its verb: "the young Moonies who remained
    // faithful to Father Moon are now parents", "Machines ..., which have all but disappeared in
    // the U.S., are still more common". The verb's subject is the relative clause's antecedent.
    if (!subj.empty()) {
      if (Span head = antecedent_across_relative(k); !head.empty()) subj = head, subject_rule = "subject-across-relative";
    } else if (k >= 2 && tk_[k - 1].text == ","sv && np(k - 2) >= 0) {
      // "The ministers, who met in Lisbon, signed the accord."
      if (Span head = antecedent_across_relative(k - 1); !head.empty()) subj = head, subject_rule = "subject-across-relative";
    }
    // A time phrase is not a subject: "... and in 2012 belonged to a think tank" -> the clause
    // before it lends its subject (the coordination rule below).
    if (!subj.empty() && subj.b >= 1 && tk_[subj.b - 1].tag == "IN" && time_at(subj.b) >= 0 &&
        times_[time_at(subj.b)].tok_end >= subj.e) {
      k = subj.b - 1;
      subj = {};
    }
    if (subj.empty() && k >= 1 && tk_[k - 1].text == ","sv) {
      // "NP1 , NP2 , VG": NP2 is an appositive of NP1.
      Span app = subject_before(k - 1);
      if (!app.empty() && app.b >= 2 && tk_[app.b - 1].text == ","sv) {
        Span head = subject_before(app.b - 1);
        if (!head.empty()) subj = head, subject_rule = "subject-before-appositive";
      }
    }
    // Relative clause with the relativizer as subject: "the tariffs, which took effect".
    if (subj.empty() && k >= 1 && is_relativizer(tk_[k - 1]) && tk_[k - 1].tag != "IN") {
      size_t a = k - 1;
      if (a >= 1 && tk_[a - 1].text == ","sv) --a;
      subj = subject_before(a, false);  // the antecedent is the nearest noun group
      subject_rule = "relative-clause";
      // "Celeski is an Australian footballer who plays for the Jets": the antecedent describes
      // the copula's subject, who is the one that plays.
      if (!subj.empty() && subj.b >= 1 && tk_[subj.b - 1].lemma == "be"sv && c_.verb_at[subj.b - 1] >= 0 &&
          !last_subject_.empty())
        subj = last_subject_;
    }
    // Participial modifier: the nearest noun group, not a chain through its prepositions ("a
    // bid launched last week": the bid was launched, not the allies in its fight against it).
    if (participle) subj = subject_before(v.begin, false), subject_rule = "participial-modifier";
    if (!fronted.empty()) {
      subj = fronted;
      subject_rule = !t_prefix.empty() ? (control_modality.empty() ? "infinitive-of-purpose" : "object-control-infinitive")
                     : trailing       ? "trailing-participle"
                                      : "fronted-clause-subject";
      inherited = true;  // the main clause's subject, not a new one
      // "Having returned to" is told as "returned to".
      if (t.relation.size() > 7 && to_lower(t.relation.substr(0, 7)) == "having ") t.relation.erase(0, 7);
    }
    // Coordinated verb phrase: "Brazil delayed the controls and revived purchases".
    if (subj.empty() && k >= 1 && (tk_[k - 1].lower == "and"sv || tk_[k - 1].lower == "but"sv) &&
        !last_subject_.empty()) {
      subj = last_subject_;
      inherited = true;
      subject_rule = "coordinated-verb-phrase";
    }
    bool inverted = false;
    size_t j = v.end;
    // Inverted postposed attribution: "..., said Ferreira."
    if (subj.empty() && lex_.cues.count(v.lemma) && j < n_ && np(j) >= 0 && k >= 1 &&
        (tk_[k - 1].text == ","sv || is_quote(tk_[k - 1]))) {
      subj = object_np(j);
      j = subj.e;
      inverted = true;
      subject_rule = "inverted-subject";
    }
    if (subj.empty()) return refuse(v, "clause-subject", "no subject before the verb group");
    t.arg1 = subj;
    t.subject = subj;
    if (!inherited && !inverted) last_subject_ = subj;

    // Hypothetical: the clause sits inside an "if"/"unless" subordinate clause.
    if (subj.b > 0 && (tk_[subj.b - 1].lower == "if"sv || tk_[subj.b - 1].lower == "unless"sv ||
                       tk_[subj.b - 1].lower == "whether"sv))
      t.modality = "hypothetical";

    // Reported speech.
    bool cue = lex_.cues.count(v.lemma) > 0 && v.matrix == kNone && !v.passive;
    if (cue && !inverted) {
      size_t cj = j;
      Span recipient;
      if (np(cj) >= 0 && (v.lemma == "tell"sv || v.lemma == "assure"sv || v.lemma == "inform"sv || v.lemma == "warn"sv)) {
        recipient = object_np(cj);
        cj = recipient.e;
      }
      // A short phrase may stand between the cue and "that": "said after this incident that",
      // "told reporters on Monday that".
      if (cj + 2 < n_ && tk_[cj].lower != "that"sv) {
        size_t q = cj;
        if (time_at(q) >= 0 && times_[time_at(q)].tok_begin == q) q = times_[time_at(q)].tok_end;
        else if (Span pp = is_prep(tk_[q]) ? object_np(q + 1) : Span{}; !pp.empty()) q = pp.e;
        if (q > cj && q < n_ && tk_[q].lower == "that"sv && tk_[q].tag != "DT") cj = q;
      }
      // After a cue "that" opens the content ("said that effective today it had cut prices", even
      // where the tagger read a determiner) unless no finite verb follows: "rejected that proposal".
      bool that = cj < n_ && tk_[cj].lower == "that"sv && (tk_[cj].tag != "DT" || finite_verb_after(cj + 1));
      size_t cb = that ? cj + 1 : cj;
      // A quotation: 'said, "I can see why ..."', 'admits "they're piggybacking ..."'. The
      // content runs to the closing quote.
      size_t quote_end = kNone;
      if (!that && !(cb < n_ && np(cb) >= 0)) {
        size_t q = cb;
        if (q < n_ && (tk_[q].text == ","sv || tk_[q].text == ":"sv)) ++q;
        if (q + 1 < n_ && is_opening_quote(tk_[q])) {
          cb = q + 1;
          quote_end = cb;
          while (quote_end < n_ && tk_[quote_end].tag != "''") ++quote_end;
          if (quote_end == n_) quote_end = content_end(cb);
        }
      }
      // A complement clause: an NP followed (soon) by a finite verb group. An infinitive may
      // modify the NP on the way: "say Mitsubishi Estate's decision to buy into Rockefeller
      // reflects ...".
      bool clause_follows = quote_end != kNone;
      if (cb < n_ && np(cb) >= 0) {
        size_t e = c_.nouns[np(cb)].end;
        for (size_t q = e; q < std::min(n_, e + 10); ++q) {
          if (c_.verb_at[q] >= 0) {
            const VerbGroup& g = c_.verbs[c_.verb_at[q]];
            if (!g.finite && q > 0 && tk_[q - 1].tag == "TO") {
              q = g.end - 1;
              continue;
            }
            clause_follows = g.finite;
            break;
          }
          if (!(is_prep(tk_[q]) || np(q) >= 0 || tk_[q].text == "and"sv || tk_[q].tag == "RB")) break;
        }
      }
      if (clause_follows || (that && cb < n_)) {
        Claim cl;
        cl.speaker = subj;
        cl.cue = v.lemma;
        cl.content = {cb, quote_end != kNone ? quote_end : content_end(cb)};
        cl.negated = v.negated && v.lemma != "deny"sv;
        cl.modality = v.lemma == "deny"sv ? "denied" : lex_.cues.at(v.lemma);
        cl.verb = vi;
        cl.rule = quote_end != kNone ? "cue-quotation" : that ? "cue-that-clause" : "cue-clause";
        t.rule = cl.rule;
        out_.claims.push_back(cl);
        t.attribution = true;
        t.arg2 = cl.content;
        t.object = {};
        t.clause = {subj.b, cl.content.e};
        t.relation = relation_text(v) + (recipient.empty() ? "" : " " + span_text(tk_, recipient)) + (that ? " that" : "");
        t.claim = static_cast<int>(out_.claims.size() - 1);
        t.confidence = confidence(t);
        attach_time(t, subj.b, cj);
        out_.triples.push_back(std::move(t));
        return;
      }
      // Postposed: "CONTENT, Okafor said." / "\"...,\" she said in a statement."
      size_t before = subj.b;
      while (before > 0 && is_quote(tk_[before - 1])) --before;
      if (before > 0 && tk_[before - 1].text == ","sv) {
        std::vector<Span> ex;
        size_t after = extras(j, ex);
        while (after < n_ && (is_punct_end(tk_[after]) || is_quote(tk_[after]))) ++after;
        if (after >= n_) {
          size_t cb2 = 0;
          while (cb2 < before && is_quote(tk_[cb2])) ++cb2;
          Claim cl;
          cl.speaker = subj;
          cl.cue = v.lemma;
          cl.content = {cb2, before - 1};
          cl.negated = v.negated && v.lemma != "deny"sv;
          cl.modality = v.lemma == "deny"sv ? "denied" : lex_.cues.at(v.lemma);
          cl.verb = vi;
          cl.rule = "content-then-cue";
          t.rule = cl.rule;
          out_.claims.push_back(cl);
          t.attribution = true;
          t.arg2 = cl.content;
          t.extra = ex;
          t.clause = {cl.content.b, n_};
          t.claim = static_cast<int>(out_.claims.size() - 1);
          t.confidence = confidence(t);
          attach_time(t, subj.b, n_);
          out_.triples.push_back(std::move(t));
          return;
        }
      }
    }
    if (inverted && cue) {
      size_t before = v.begin;
      while (before > 0 && is_quote(tk_[before - 1])) --before;
      if (before > 0 && tk_[before - 1].text == ","sv) {
        size_t cb2 = 0;
        while (cb2 < before && is_quote(tk_[cb2])) ++cb2;
        Claim cl;
        cl.speaker = subj;
        cl.cue = v.lemma;
        cl.content = {cb2, before - 1};
        cl.modality = lex_.cues.at(v.lemma);
        cl.verb = vi;
        cl.rule = "content-then-inverted-cue";
        t.rule = cl.rule;
        out_.claims.push_back(cl);
        t.attribution = true;
        t.arg2 = cl.content;
        t.claim = static_cast<int>(out_.claims.size() - 1);
        t.confidence = confidence(t) - 0.05;
        t.clause = {cl.content.b, n_};
        out_.triples.push_back(std::move(t));
        return;
      }
    }

    // Object control: "expected Brazil to suspend", "urged Brazil to return to talks".
    if (np(j) >= 0 && c_.nouns[np(j)].begin == j) {
      Span o = object_np(j);
      if (o.e + 1 < n_ && tk_[o.e].tag == "TO" && c_.verb_at[o.e + 1] >= 0) {
        const VerbGroup& inner = c_.verbs[c_.verb_at[o.e + 1]];
        auto cue_it = lex_.cues.find(v.lemma);
        if (cue_it != lex_.cues.end() && (cue_it->second == "expected")) {
          Claim cl;
          cl.speaker = subj;
          cl.cue = v.lemma;
          cl.content = {o.b, content_end(o.b)};
          cl.modality = "expected";
          cl.verb = vi;
          cl.negated = v.negated;
          cl.rule = "expectation-object-control";
          t.rule = cl.rule;
          out_.claims.push_back(cl);
          t.attribution = true;
          t.arg2 = cl.content;
          t.claim = static_cast<int>(out_.claims.size() - 1);
          t.clause = {subj.b, cl.content.e};
          t.confidence = confidence(t);
          attach_time(t, subj.b, o.b);
          out_.triples.push_back(std::move(t));
          // The embedded clause: subject is the controlled NP.
          Triple in;
          in.verb = c_.verb_at[o.e + 1];
          in.arg1 = o;
          in.subject = o;
          in.predicate = inner.lemma;
          in.relation = "to " + relation_text(inner);
          in.negated = inner.negated;
          in.modality = "expected";
          in.rule = "controlled-infinitive";
          fill_object(in, inner, inner.end);
          in.claim = static_cast<int>(out_.claims.size() - 1);
          in.confidence = confidence(in);
          out_.triples.push_back(std::move(in));
          return;
        }
      }
    }

    fill_object(t, v, j);
    if (!t.object.empty() && tk_[t.object.b].lower == "no"sv) t.negated = true;
    t.confidence = confidence(t) - (inherited ? 0.1 : 0.0) - (trailing ? 0.05 : 0.0);
    t.rule = subject_rule.empty() ? clause_type(t) : subject_rule;
    out_.triples.push_back(std::move(t));
  }

  // Notes that a construction saw the verb group `v` and made nothing of it (for --trace).
  void refuse(const VerbGroup& v, std::string_view rule, std::string_view reason) {
    out_.refusals.push_back({v.begin, rule, reason});
  }

  // The ClausIE-style type of a plain clause, its construction's name: "passive-by-agent"
  // (agent named), "passive", "svo" (an object), "svc" (a complement or second argument only,
  // copulas), "sv" (neither).
  static std::string_view clause_type(const Triple& t) {
    if (t.passive) return t.subject.empty() ? "passive" : "passive-by-agent";
    if (!t.object.empty() && t.predicate != "be"sv) return "svo";
    if (!t.arg2.empty()) return "svc";
    return "sv";
  }

  // Fills object, extras, passive agent, location and time for a clause whose verb group ends at j.
  void fill_object(Triple& t, const VerbGroup& v, size_t j) {
    const size_t after_verbs = j;  // a copula's adverbs belong to its complement ("very small")
    while (j < n_ && tk_[j].tag == "RB" && !(j + 1 < n_ && tk_[j + 1].tag == "IN" && false)) ++j;
    // "be" and the verbs that link a subject to a description like it ("became a regular",
    // "remained calm"): their complement may be an adjective phrase.
    static const std::unordered_set<std::string> kLinking = {"be", "become", "remain", "stay", "seem", "appear", "look", "sound", "feel"};
    // Also after a catenative or modal verb: "continues to be influential", "is expected to be strong".
    bool copula = kLinking.count(v.lemma) && !v.passive;
    bool passive = v.passive || (!v.finite && tk_[v.begin].tag == "VBN" && v.begin == v.main);
    if (passive) {
      t.passive = true;
      t.object = t.subject;  // the patient
      t.subject = {};
      // The agent may follow a time: "a bid launched last week by Cie".
      if (j + 1 < n_ && time_at(j) >= 0 && times_[time_at(j)].tok_begin == j) {
        size_t after_time = times_[time_at(j)].tok_end;
        if (after_time + 1 < n_ && tk_[after_time].lower == "by"sv) j = after_time;
      }
      if (j + 1 < n_ && tk_[j].lower == "by"sv) {
        Span agent = object_np(j + 1);
        if (!agent.empty() && time_at(j + 1) < 0) {
          t.relation += " by";
          t.arg2 = agent;
          t.subject = agent;
          j = agent.e;
        }
      }
      // A predicative complement after a passive: "he was re-elected senator", "she was named
      // chairman". It is the second argument in text; the patient stays the fact's object.
      if (t.arg2.empty() && j < n_ && time_at(j) < 0 && !is_prep(tk_[j])) {
        Span pc = object_np(j);
        if (!pc.empty()) {
          t.arg2 = pc;
          j = pc.e;
        }
      }
      // An adjective complement: "was deemed too expensive", "is considered important".
      if (t.arg2.empty() && j < n_) {
        size_t q = after_verbs;
        while (q < n_ && (tk_[q].tag == "RB" || tk_[q].tag == "RBR")) ++q;
        if (q < n_ && (tk_[q].tag == "JJ" || tk_[q].tag == "JJR") && np(q) < 0) {
          while (q < n_ && (tk_[q].tag == "JJ" || tk_[q].tag == "JJR")) ++q;
          t.arg2 = {after_verbs, q};
          j = q;
        }
      }
      // An infinitive after the passive: "was designed to appear as ...", "were known to switch
      // affiliations". It joins the relation; its object is the argument.
      if (t.arg2.empty() && j + 1 < n_ && tk_[j].tag == "TO" && c_.verb_at[j + 1] >= 0 &&
          c_.verbs[c_.verb_at[j + 1]].begin == j + 1) {
        const VerbGroup& inner = c_.verbs[c_.verb_at[j + 1]];
        t.relation += " to " + relation_text(inner);
        j = inner.end;
        Span io = object_np(j);
        if (!io.empty() && time_at(j) < 0) {
          t.arg2 = io;
          j = io.e;
        }
      }
      // Otherwise the first prepositional phrase joins as in active clauses: "was sold to Dave
      // Johnson", "were included on the reissue" (ReVerb). Places and times stay extras.
      if (t.arg2.empty() && preposition_may_join(j) && !is_location_pp(j)) {
        Span po = object_np(j + 1);
        if (!po.empty()) {
          t.relation += " " + tk_[j].text;
          t.arg2 = po;
          j = po.e;
        }
      }
    } else if (copula) {
      // Complement: NP, adjective phrase or PP.
      size_t q = after_verbs;
      while (q < n_ && (tk_[q].tag == "JJ" || tk_[q].tag == "JJR" || tk_[q].tag == "JJS" || tk_[q].tag == "RB" ||
                        tk_[q].tag == "RBR"))
        ++q;
      Span o = object_np(j);
      // An infinitive completing the description: "became the first player to win twice".
      if (!o.empty() && o.e + 1 < n_ && tk_[o.e].tag == "TO" && c_.verb_at[o.e + 1] >= 0) {
        const VerbGroup& inf = c_.verbs[c_.verb_at[o.e + 1]];
        Span io = object_np(inf.end);
        o.e = io.empty() ? inf.end : io.e;
      }
      if (!o.empty()) {
        t.arg2 = o;
        t.object = o;
        j = o.e;
      } else if (q > after_verbs && q + 1 < n_ && is_prep(tk_[q]) && !is_subordinator(tk_[q]) &&
                 (tk_[q - 1].tag == "JJ" || tk_[q - 1].tag == "JJR") && time_at(q + 1) < 0 && !object_np(q + 1).empty()) {
        // "are equal to the numbers", "is close to Beijing": the adjective and its preposition
        // join the relation (ReVerb's light pattern), the NP is the argument.
        Span po = object_np(q + 1);
        for (size_t k = after_verbs; k <= q; ++k) t.relation += " " + tk_[k].text;
        t.arg2 = po;
        t.object = po;
        j = po.e;
      } else if (q > after_verbs) {
        t.arg2 = {after_verbs, q};
        t.object = {after_verbs, q};
        j = q;
      } else if (Span content = that_clause(j); !content.empty()) {
        // "The risk is that prices will fall."
        t.relation += " that";
        t.arg2 = content;
        j = content.e;
      } else if (preposition_may_join(j)) {
        // A prepositional complement: "is in Glasgow", "appeared in the games", "remains in
        // doubt". The preposition joins the relation; a place is the location, not an object.
        Span po = object_np(j + 1);
        if (!po.empty()) {
          t.relation += " " + tk_[j].text;
          t.arg2 = po;
          if (is_location_pp(j)) t.location = po;
          j = po.e;
        }
      }
    } else {
      // A list introduced by a colon: "The activities include: review of group data; ...".
      if (j + 1 < n_ && tk_[j].text == ":"sv && np(j + 1) >= 0 && c_.nouns[np(j + 1)].begin == j + 1) ++j;
      Span o = object_np(j);
      if (!o.empty() && time_at(j) >= 0 && times_[time_at(j)].tok_end >= o.e) o = {};  // "met on Monday"
      if (!o.empty()) {
        t.arg2 = o;
        t.object = o;
        j = o.e;
        // Secondary object ("called the threat reckless") stays out; PPs follow as extras.
      } else if (preposition_may_join(j)) {
        // ReVerb: the preposition joins the relation ("spoke with", "retaliate against"). A
        // place ("met in Geneva") stays an extra argument and the fact's location: joined, it
        // would read "Alvarez will meet in Whitfield" once the co-subject becomes the object.
        Span po = object_np(j + 1);
        if (!po.empty() && !is_location_pp(j)) {
          t.relation += " " + tk_[j].text;
          t.arg2 = po;
          t.object = po;
          j = po.e;
        }
      } else if (j + 1 < n_ && (((tk_[j].tag == "WP" || tk_[j].tag == "WRB") && !is_relativizer(tk_[j])) ||
                                tk_[j].lower == "whether"sv)) {
        // A wh-clause as the object: "showed how the shrinkage was caused", "negate what many
        // consider a heretical ending". A text, not an entity.
        t.arg2 = {j, content_end(j)};
        j = t.arg2.e;
      } else if (Span content = that_clause(j); !content.empty()) {
        // A that-complement ("the finding indicated that compounds could carry current"): the
        // clause is the argument, a text and not an entity, so the graph gets no edge from it.
        t.relation += " that";
        t.arg2 = content;
        j = content.e;
      } else if (Span shared = shared_object(j); !shared.empty()) {
        // Coordinated verbs with one object: "traders buy and sell large amounts of stock".
        t.arg2 = shared;
        t.object = shared;
        j = shared.e;
      }
    }
    // Object relative clause: "the agreement that Brazil and Canada signed" -> the antecedent
    // is the object.
    if (t.object.empty() && !v.passive && !copula && !t.arg1.empty() && t.arg1.b >= 2 &&
        is_relativizer(tk_[t.arg1.b - 1])) {
      Span antecedent = subject_before(t.arg1.b - 1);
      if (!antecedent.empty()) {
        t.arg2 = antecedent;
        t.object = antecedent;
      }
    }
    if (!t.object.empty()) {
      size_t h = t.object.e - 1;
      int ni = np(t.object.b);
      if (ni >= 0) h = c_.nouns[ni].head;
      t.object_head = tk_[h].lemma;
    }
    std::vector<Span> ex;
    size_t end = extras(j, ex);
    t.extra = ex;
    for (const Span& s : ex)
      if (t.location.empty() && is_location_pp(s.b)) t.location = {s.b + 1, s.e};
    t.clause = {t.arg1.b, end};
    attach_time(t, t.arg1.b, end);
  }

  // Whether the preposition at j may join the relation with the noun group after it, as ReVerb
  // does ("spoke with", "was sold to", "is in"): not a subordinator, not "that", not before a time.
  bool preposition_may_join(size_t j) const {
    return j + 1 < n_ && is_prep(tk_[j]) && !is_subordinator(tk_[j]) && tk_[j].lower != "that"sv && time_at(j + 1) < 0;
  }

  // The clause after "that" at j, when "that" opens one (an NP and soon a finite verb group):
  // up to the sentence's end. Empty otherwise ("that" as a determiner or relativizer).
  Span that_clause(size_t j) const {
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
  bool finite_verb_after(size_t j) const {
    for (size_t q = j; q < n_ && tk_[q].text != ";"sv; ++q)
      if (c_.verb_at[q] >= 0 && c_.verbs[c_.verb_at[q]].begin == q && c_.verbs[c_.verb_at[q]].finite) return true;
    return false;
  }

  // "V1 and V2 NP" at j ("and" right after V1's group): V2's object, which V1 shares.
  Span shared_object(size_t j) const {
    if (j + 1 >= n_ || (tk_[j].lower != "and"sv && tk_[j].lower != "or"sv) || c_.verb_at[j + 1] < 0) return {};
    const VerbGroup& next = c_.verbs[c_.verb_at[j + 1]];
    if (next.begin != j + 1 || next.passive || is_be(tk_[next.main])) return {};
    Span o = object_np(next.end);
    if (!o.empty() && time_at(next.end) >= 0) return {};
    return o;
  }

  bool is_location_pp(size_t p) const {
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

  // The time of a clause: extract/facts/time_attachment.cpp.
  void attach_time(Triple& t, size_t b, size_t e) { attach_time_in_clause({tk_, c_, times_}, t, b, e); }

  // Marks the triples that lie in a claim's content as attributed to it.
  void attribute_to_claims() {
    for (size_t ci = 0; ci < out_.claims.size(); ++ci) {
      const Claim& cl = out_.claims[ci];
      for (Triple& t : out_.triples) {
        if (t.attribution || t.verb == kNone) continue;
        size_t vb = c_.verbs[t.verb].begin;
        if (vb < cl.content.b || vb >= cl.content.e) continue;
        if (t.claim >= 0) continue;
        t.claim = static_cast<int>(ci);
        if (cl.modality == "denied") t.modality = "denied";
        else if (t.modality == "asserted") t.modality = cl.modality;
      }
    }
  }

  const std::vector<Token>& tk_;
  const Chunks& c_;
  const Lexicons& lex_;
  const std::vector<TimeExpression>& times_;
  const size_t n_;
  SentenceFacts out_;
  Span last_subject_;
  std::vector<Span> according_;
};

}  // namespace

SentenceFacts extract_triples(const std::vector<Token>& tokens, const Chunks& chunks, const Lexicons& lex,
                              const std::vector<TimeExpression>& times) {
  return SentenceExtractor(tokens, chunks, lex, times).run();
}

}  // namespace newsgraph
