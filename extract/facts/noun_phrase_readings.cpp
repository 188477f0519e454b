// Readings the text states without a verb (ClausIE's noun-phrase readings): an appositive after a
// name, and, inside and between neighbouring noun groups, possession, a description before or
// beside a name, and a name in a place. Each is a named construction; the per-noun-group ones run
// in the order of kNounGroupConstructions for every noun group of the sentence.
#include "construction_table.h"
#include "sentence_extractor.h"

namespace newsgraph::facts {

// "NP1, NP2," and "NP1, NP2." where NP2 opens with a determiner or possessive: NP2 describes
// NP1 ("Xi Jinping, China's leader, ..."): (NP1; is; NP2).
void SentenceExtractor::find_appositives() {
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
void SentenceExtractor::add_reading(std::string_view rule, Span a, const char* relation, Span b, double confidence) {
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

namespace {

bool proper(const SentenceExtractor& x, size_t k) { return x.tk_[k].tag == "NNP" || x.tk_[k].tag == "NNPS"; }

bool all_proper(const SentenceExtractor& x, Span s) {
  for (size_t k = s.b; k < s.e; ++k)
    if (!proper(x, k)) return false;
  return !s.empty();
}

// Possession: "the RSNO's base" -> (the RSNO; has; base).
void possessive_has(SentenceExtractor& x, size_t gi) {
  const NounGroup& g = x.c_.nouns[gi];
  for (size_t p = g.begin + 1; p + 1 < g.end; ++p)
    if (x.tk_[p].tag == "POS") {
      size_t ob = g.begin;
      x.add_reading("possessive-has", {ob, p}, "has", {p + 1, g.end}, 0.3);
      break;
    }
}

// A description before a name: "the French socialist Henri de Saint-Simon" -> (Henri de
// Saint-Simon; is; the French socialist): common nouns, then a run of proper nouns to the end of
// the group.
void description_before_name(SentenceExtractor& x, size_t gi) {
  const NounGroup& g = x.c_.nouns[gi];
  const auto& tk_ = x.tk_;
  size_t name_b = g.end;
  while (name_b > g.begin && proper(x, name_b - 1)) --name_b;
  if (name_b < g.end && name_b > g.begin && is_noun_tag(tk_[name_b - 1].tag) && !proper(x, name_b - 1)) {
    bool has_pos = false;
    for (size_t k = g.begin; k < name_b; ++k) has_pos = has_pos || tk_[k].tag == "POS";
    if (!has_pos) x.add_reading("description-before-name", {name_b, g.end}, "is", {g.begin, name_b}, 0.35);
  }
}

// "his partner , Stanley Canter ,", "The brightest star in Serpens , Alpha Serpentis ,": a
// description (with its prepositional chain), then a name set off by commas.
void description_comma_name(SentenceExtractor& x, size_t gi) {
  const NounGroup& g = x.c_.nouns[gi];
  const auto& tk_ = x.tk_;
  const size_t n_ = x.n_;
  if (g.end + 2 < n_ && tk_[g.end].text == ","sv && x.np(g.end + 1) >= 0) {
    const NounGroup& next = x.c_.nouns[x.np(g.end + 1)];
    const Span name{next.begin, next.end};
    const Span description = x.subject_before(g.end);
    // The description has a common noun: "the U.S., Japan, Britain" is a list of names.
    bool described = false;
    for (size_t k = description.b; k < description.e; ++k) described = described || tk_[k].tag == "NN" || tk_[k].tag == "NNS";
    if (next.begin == g.end + 1 && all_proper(x, name) && described && !description.empty() &&
        next.end < n_ && (tk_[next.end].text == ","sv || is_punct_end(tk_[next.end])) && x.time_at(description.b) < 0)
      x.add_reading("description-comma-name", name, "is", description, 0.35);
  }
}

// Location: a proper name "in" a proper name: "Henry Wood Hall in Glasgow" -> (Henry Wood Hall;
// is in; Glasgow).
void name_in_place(SentenceExtractor& x, size_t gi) {
  const NounGroup& g = x.c_.nouns[gi];
  const auto& tk_ = x.tk_;
  if (g.end + 1 < x.n_ && tk_[g.end].lower == "in"sv && all_proper(x, {g.begin, g.end}) && x.np(g.end + 1) >= 0 &&
      x.time_at(g.end + 1) < 0) {
    const NounGroup& place = x.c_.nouns[x.np(g.end + 1)];
    size_t pb = place.begin;
    if (pb < place.end && tk_[pb].tag == "DT") ++pb;
    if (place.begin == g.end + 1 && all_proper(x, {pb, place.end}))
      x.add_reading("name-in-place", {g.begin, g.end}, "is in", {place.begin, place.end}, 0.3);
  }
}

// The readings of one noun group, in the order they are added to the sentence's triples.
constexpr NounGroupConstruction kNounGroupConstructions[] = {
    {"possessive-has", possessive_has},
    {"description-before-name", description_before_name},
    {"description-comma-name", description_comma_name},
    {"name-in-place", name_in_place},
};

}  // namespace

// Readings inside noun groups and between neighbouring ones (kNounGroupConstructions).
void SentenceExtractor::find_noun_phrase_readings() {
  for (size_t gi = 0; gi < c_.nouns.size(); ++gi)
    run_in_order<kNounGroupConstructions>([&](const NounGroupConstruction& r) {
      r.apply(*this, gi);
      return false;  // every reading is tried
    });
}

}  // namespace newsgraph::facts
