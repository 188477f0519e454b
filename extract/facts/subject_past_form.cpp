// subject-past-form: see subject_past_form.h.
#include "subject_past_form.h"

#include <string_view>

#include "clause_words.h"

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool listed(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

// Verbs with no passive: "civilians died", "the roof collapsed", "the suspects fled". Lemmas.
bool has_no_passive(std::string_view lemma) {
  return listed(lemma, {"die", "collapse", "occur", "happen", "arrive", "fall", "rise", "flee", "erupt", "explode",
                        "crash", "resign", "disappear", "vanish", "emerge", "suffocate", "drown", "escape", "surge",
                        "plunge", "tumble", "soar", "sink", "capsize", "derail", "march"});
}

// Participles that take a noun group while they modify the noun before them: naming ("a man named
// Ali", "a group called X"), giving ("prisoners given sentences") and making or electing ("a
// council elected members"). Lemmas.
bool participle_takes_noun(std::string_view lemma) {
  return listed(lemma, {"name", "call", "dub", "title", "nickname", "label", "term", "know", "give", "award", "grant",
                        "offer", "hand", "show", "deny", "elect", "appoint", "crown", "declare", "make", "leave",
                        "consider", "deem", "rename", "brand", "entitle"});
}

// Words that start a subordinate clause whose subject comes next: "after police arrested him".
bool subordinator(std::string_view w) {
  return listed(w, {"after", "before", "when", "while", "as", "because", "since", "until", "although", "though", "if",
                    "once", "where", "whereas"});
}

// A noun group that says when, not what: "officials appointed last year", "the man arrested Tuesday".
bool time_group(const std::vector<Token>& tk, const NounGroup& n) {
  static constexpr std::string_view kWords[] = {
      "last",   "this",    "next",     "yesterday", "today",  "tonight", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday",   "morning", "week",    "month",  "year",    "years",
      "months", "weeks",   "days",     "day",       "night",  "decade",  "earlier", "ago"};
  for (size_t k = n.begin; k < n.end; ++k)
    for (std::string_view w : kWords)
      if (tk[k].lower == w) return true;
  return false;
}

// Words of a count before a noun group that the chunker leaves out of it: "At least four miners".
bool count_approximator(std::string_view w) {
  return listed(w, {"at", "least", "most", "about", "around", "nearly", "almost", "roughly", "approximately", "over",
                    "more", "than", "only", "some"});
}

// The noun group starting at `b` opens its clause: the sentence's start, after an opening phrase
// with no verb and its comma, after a subordinator, or after ", and" / ", but"; a count's
// approximator before it is part of it.
bool opens_clause(const std::vector<Token>& tk, const Chunks& c, size_t b) {
  while (b > 0 && count_approximator(tk[b - 1].lower)) --b;
  if (b == 0) return true;
  const Token& before = tk[b - 1];
  if (subordinator(before.lower)) return true;
  if ((before.lower == "and"sv || before.lower == "but"sv) && b >= 2 && tk[b - 2].text == ","sv) return true;
  if (before.text != ","sv) return false;
  for (size_t q = 0; q + 1 < b; ++q)
    if (c.verb_at[q] >= 0 || is_punct_end(tk[q])) return false;
  return true;
}

// Prepositions a subject's phrase may start with ("A fire on Sunday", "Police in Leeds", "The
// head of the agency"), walked back across by subject-with-phrase.
bool subject_phrase_preposition(std::string_view w) { return listed(w, {"of", "on", "in", "at", "from"}); }

}  // namespace

// At most three phrases back.
bool noun_chain_opens_clause(const std::vector<Token>& tk, const Chunks& c, const NounGroup& nearest) {
  size_t b = nearest.begin;
  for (int hops = 0; hops < 3; ++hops) {
    if (opens_clause(tk, c, b)) return true;
    if (b < 2 || !subject_phrase_preposition(tk[b - 1].lower) || c.noun_at[b - 2] < 0) return false;
    const NounGroup& before = c.nouns[c.noun_at[b - 2]];
    if (before.end != b - 1) return false;
    b = before.begin;
  }
  return opens_clause(tk, c, b);
}

bool by_measure(const std::vector<Token>& tk, size_t q) {
  if (q + 1 >= tk.size() || tk[q].lower != "by"sv) return false;
  size_t f = q + 1;
  if (f + 1 < tk.size() && count_approximator(tk[f].lower) && tk[f].lower != "some"sv) ++f;
  return tk[f].tag == "CD";
}

bool subject_then_past_form(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g) {
  if (g.finite || g.begin != g.main || tk[g.begin].tag != "VBN" || g.begin == 0) return false;
  size_t p = g.begin;
  while (p > 0 && tk[p - 1].tag == "RB") --p;
  if (p == 0 || c.noun_at[p - 1] < 0) return false;
  const NounGroup& subject = c.nouns[c.noun_at[p - 1]];
  if (subject.end != p || !noun_chain_opens_clause(tk, c, subject)) return false;
  // The object may start with a count's approximator the chunker leaves out: "dispatched around
  // 30 vehicles", "destroyed at least 50 homes", "more than 200".
  size_t o = g.end;
  if (o + 1 < tk.size() && count_approximator(tk[o].lower) && tk[o + 1].tag == "CD") ++o;
  else if (o + 2 < tk.size() && count_approximator(tk[o].lower) && count_approximator(tk[o + 1].lower) &&
           tk[o + 2].tag == "CD")
    o += 2;
  if (o < tk.size() && c.noun_at[o] >= 0) {
    const NounGroup& object = c.nouns[c.noun_at[o]];
    // The chunker may take part of the approximator in ("least 50 homes").
    if (object.begin < g.end || object.begin > o || participle_takes_noun(g.lemma) || time_group(tk, object)) return false;
    // "a man named Ali died": a finite verb right after the noun group makes the participle a modifier.
    if (object.end < tk.size() && c.verb_at[object.end] >= 0 && c.verbs[c.verb_at[object.end]].finite) return false;
    return true;
  }
  return has_no_passive(g.lemma) || (tk[g.begin].lower.ends_with("ed") && by_measure(tk, g.end));
}

}  // namespace newsgraph
