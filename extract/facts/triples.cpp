// Stage 5's entry: extract_triples runs the sentence constructions of kSentenceConstructions in
// order over one sentence. The constructions and the helpers they share are declared in
// sentence_extractor.h (which lists the files that hold them).
#include "triples.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "construction_table.h"
#include "fragments.h"
#include "neither_nor.h"
#include "object_lists.h"
#include "sentence_extractor.h"
#include "time_lists.h"

namespace newsgraph {

std::string span_text(const std::vector<Token>& tk, const Span& s) {
  std::string out;
  assign_span_text(tk, s, out);
  return out;
}

void assign_span_text(const std::vector<Token>& tk, const Span& s, std::string& out) {
  out.clear();
  const size_t last = std::min<size_t>(s.e, tk.size());
  if (s.empty() || s.b >= last) return;
  // Spaced as in the article: "China's leader", "\"fair prices\"" (tokens written with spaces
  // between them, as in pretokenized input, keep them). The length is counted first and the
  // words copied into place: appending word by word cost a capacity check and a call per word.
  // The first word takes no space before it, so the loops start after it.
  auto spaced = [&](size_t i) { return tk[i].space_before || tk[i].newline_before; };
  size_t size = tk[s.b].text.size();
  for (size_t i = s.b + 1; i < last; ++i) size += tk[i].text.size() + (spaced(i) ? 1 : 0);
  out.resize(size);
  // A word of up to kWordBlock bytes with at least kWordBlock bytes of `out` left from where it
  // goes (all but the last words of a span) is copied as one fixed-size block, which the compiler
  // does in two instructions, where a copy of the word's own length is a call to memmove. The
  // block's bytes past the word are overwritten by what follows. A string's storage holds
  // capacity() + 1 bytes, so a word whose capacity() is at least kWordBlock - 1 (any std::string:
  // the short-string buffer holds 15 characters) is read only within its storage.
  constexpr size_t kWordBlock = 16;
  char* p = out.data();
  const char* const end = p + size;
  auto put = [&](const std::string& w) {
    if (end - p >= static_cast<std::ptrdiff_t>(kWordBlock) && w.size() <= kWordBlock && w.capacity() + 1 >= kWordBlock)
      std::memcpy(p, w.data(), kWordBlock);
    else
      std::memcpy(p, w.data(), w.size());
    p += w.size();
  };
  put(tk[s.b].text);
  for (size_t i = s.b + 1; i < last; ++i) {
    if (spaced(i)) *p++ = ' ';
    put(tk[i].text);
  }
}

namespace facts {

namespace {

// Each verb group's clause, in sentence order (kClauseConstructions, clause_constructions.cpp).
void clauses(SentenceExtractor& x) {
  for (size_t vi = 0; vi < x.c_.verbs.size(); ++vi) x.clause(vi);
}

// What runs once per sentence, in this order: "according to" claims first (a verb inside one
// is no clause of its own), the readings without a verb, the clauses, then the content's
// triples go to their claims (a quoted "I think" into its quotation's claim); the times outside
// the clauses and the fragments are marked; last, a list object gives one triple per item, each
// with the time and marks its clause has, a "neither ... nor" pair denies both its items, and a
// list of dates gives one triple per date.
constexpr SentenceConstruction kSentenceConstructions[] = {
    {"according-to", [](SentenceExtractor& x) { x.find_according_to(); }},
    {"appositive", [](SentenceExtractor& x) { x.find_appositives(); }},
    {"noun-group-readings", [](SentenceExtractor& x) { x.find_noun_phrase_readings(); }},
    {"clauses", clauses},
    {"attribute-to-claims", [](SentenceExtractor& x) { x.attribute_to_claims(); }},
    {"first-person-in-quotation", [](SentenceExtractor& x) { x.absorb_first_person_claims(); }},
    {"times-outside-clauses", [](SentenceExtractor& x) { attach_times_outside_clauses({x.tk_, x.c_, x.times_, x.lex_}, x.out_.triples); }},
    {"fragments", [](SentenceExtractor& x) { mark_fragments(x.tk_, x.lex_, x.c_, x.times_, x.out_.triples, x.out_.refusals); }},
    {"object-list-item", [](SentenceExtractor& x) { split_object_lists(x.tk_, x.c_, x.lex_, x.times_, x.out_.triples); }},
    {"neither-nor", [](SentenceExtractor& x) { read_neither_nor(x.tk_, x.c_, x.lex_, x.out_.triples); }},
    {"time-list-item", [](SentenceExtractor& x) { split_time_lists(x.tk_, x.c_, x.lex_, x.times_, x.out_.triples); }},
};

}  // namespace

SentenceFacts SentenceExtractor::run() {
  // About one triple per verb group and a few readings: room up front, so that a growing
  // vector does not move every Triple (five strings each) again.
  out_.triples.reserve(c_.verbs.size() + 4);
  run_in_order<kSentenceConstructions>([&](const SentenceConstruction& c) {
    c.apply(*this);
    return false;  // each runs
  });
  return std::move(out_);
}

}  // namespace facts

SentenceFacts extract_triples(const std::vector<Token>& tokens, const Chunks& chunks, const Lexicons& lex,
                              const std::vector<TimeExpression>& times) {
  return facts::SentenceExtractor(tokens, chunks, lex, times).run();
}

}  // namespace newsgraph
