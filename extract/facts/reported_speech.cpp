#include "reported_speech.h"

#include "clause_words.h"
#include "name_words.h"
#include "subject_past_form.h"
#include "text_util.h"  // is_upper_initial

// What each construction is for is said in reported_speech.h.

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

bool proper(const Token& t) { return t.tag == "NNP" || t.tag == "NNPS"; }
bool common_noun(const Token& t) { return t.tag == "NN" || t.tag == "NNS"; }

// The noun group that starts exactly at j, or an empty span.
Span group_at(const Chunks& c, size_t j) {
  if (j >= c.noun_at.size() || c.noun_at[j] < 0) return {};
  const NounGroup& g = c.nouns[c.noun_at[j]];
  return g.begin == j ? Span{g.begin, g.end} : Span{};
}

bool all_proper_name(const std::vector<Token>& tk, Span s) {
  if (s.empty() || s.e - s.b > 6 || !proper(tk[s.b]) || !proper(tk[s.e - 1])) return false;
  for (size_t k = s.b; k < s.e; ++k)
    if (!proper(tk[k]) && !name_particle(tk[k].lower)) return false;
  return true;
}

// "the ministry's spokesperson, Wang Lei": a description followed by a comma-set name gives the
// name; anything else gives the noun group itself.
Span author_group(const std::vector<Token>& tk, const Chunks& c, size_t j, const Lexicons& lex) {
  Span g = group_at(c, j);
  if (g.empty()) return {};
  g = name_across_joiners(tk, c, lex, g);
  if (g.e + 1 < tk.size() && tk[g.e].text == ","sv) {
    Span name = group_at(c, g.e + 1);
    const bool closed = !name.empty() && (name.e >= tk.size() || tk[name.e].text == ","sv || is_punct_end(tk[name.e]));
    if (closed)
      if (Span n = name_in_appositive(tk, g, name); !n.empty()) return n;
  }
  return g;
}

}  // namespace

Span name_across_joiners(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex, Span g) {
  const size_t n = tk.size();
  // Capitalized words, whatever the tagger made of them ("Office", "Statistics" read as nouns).
  auto cap = [&](size_t k) { return is_upper_initial(tk[k].text); };
  bool joined = false;
  while (!g.empty() && g.e + 1 < n && cap(g.e - 1)) {
    const std::string& w = tk[g.e].lower;
    if (lex.name_joiners.find(w) != StringTable::kNone) {
      size_t b = g.e + 1;
      if (tk[b].lower == "the"sv && b + 1 < n) ++b;
      // The group after the joiner may begin at "the" or at the name itself.
      Span next = group_at(c, g.e + 1);
      if (next.empty() || next.e <= b || !cap(b) || !cap(next.e - 1)) break;
      g.e = next.e;
      joined = true;
    } else if (joined && w == "and"sv && cap(g.e + 1) && (g.e + 2 >= n || !(cap(g.e + 2) || tk[g.e + 2].lower == "of"sv))) {
      // "for Disease Control and Prevention": one more word ends the name.
      g.e += 2;
      break;
    } else {
      break;
    }
  }
  return g;
}

bool is_document_noun(const Lexicons& lex, std::string_view w) {
  return lex.document_nouns.find(w) != StringTable::kNone;
}

Span name_in_appositive(const std::vector<Token>& tk, Span description, Span name) {
  if (description.empty() || !all_proper_name(tk, name)) return {};
  // "a company of Providence, R.I.,": a place abbreviation after a city is no name.
  if (name.e - name.b == 1 && tk[name.b].text.size() <= 6 && tk[name.b].text.back() == '.') return {};
  // The description's own words, before any "of" chain ("the mayor of London"): one common noun.
  for (size_t k = description.b; k < description.e && tk[k].lower != "of"sv; ++k)
    if (common_noun(tk[k])) return name;
  // "a United States Department of State spokesperson": the head noun closes the description.
  return common_noun(tk[description.e - 1]) ? name : Span{};
}

Span name_before_description(const std::vector<Token>& tk, Span name, Span description) {
  if (description.empty() || !all_proper_name(tk, name) || name.e + 1 != description.b || tk[name.e].text != ","sv)
    return {};
  const std::string& det = tk[description.b].lower;
  if (det != "a"sv && det != "an"sv && det != "the"sv) return {};
  // "won gold in Athens, an achievement which saw her named": after a preposition's name the
  // description sums up the clause before as often as it describes the name.
  if (name.b > 0 && (tk[name.b - 1].tag == "IN" || tk[name.b - 1].tag == "TO")) return {};
  // The description's own words, before any "of" chain: a common noun heads it ("a British
  // mathematician", "the party's leader"); "the UN" or "the Bell 206" is a name of its own.
  for (size_t k = description.b + 1; k < description.e && tk[k].lower != "of"sv; ++k)
    if (common_noun(tk[k])) return name;
  return {};
}

Span titled_name_in_appositive(const std::vector<Token>& tk, Span description, Span name) {
  if (description.empty() || name.empty() || proper(tk[name.b])) return {};
  // The name: the proper nouns that end the appositive, two words at least (a person's full name).
  size_t b = name.e;
  while (b > name.b && (proper(tk[b - 1]) || name_particle(tk[b - 1].lower))) --b;
  if (name.e - b < 2 || b == name.b || !proper(tk[b])) return {};
  // Before it, lower-case words of an occupation ending in its noun: "geography professor",
  // "civil and environmental engineering professor", "glaciologist".
  if (tk[b - 1].tag != "NN"sv || is_upper_initial(tk[b - 1].text)) return {};
  for (size_t k = name.b; k < b; ++k) {
    const Token& t = tk[k];
    const bool word = t.tag == "NN"sv || t.tag == "JJ"sv || t.lower == "and"sv || t.tag == "DT"sv;
    if (!word || is_upper_initial(t.text)) return {};
  }
  return name_in_appositive(tk, description, {b, name.e});
}

Span names_in_appositive(const std::vector<Token>& tk, const Chunks& c, size_t close) {
  if (close < 4 || close >= tk.size() || tk[close].text != ","sv) return {};
  size_t b = close;
  bool coordinated = false;
  while (b > 0 && (proper(tk[b - 1]) || name_particle(tk[b - 1].lower) || tk[b - 1].lower == "and"sv)) {
    coordinated = coordinated || tk[b - 1].lower == "and"sv;
    --b;
  }
  if (!coordinated || b < 2 || tk[b - 1].text != ","sv || c.noun_at[b - 2] < 0) return {};
  const Span names{b, close};
  if (!proper(tk[names.b]) || !proper(tk[names.e - 1])) return {};
  const NounGroup& d = c.nouns[c.noun_at[b - 2]];
  for (size_t k = d.begin; k < d.end; ++k)
    if (common_noun(tk[k])) return names;
  return {};
}

size_t parenthetical_open(const std::vector<Token>& tk, const Chunks& c, size_t close) {
  if (close < 3 || close >= tk.size() || tk[close].text != ","sv) return kNone;
  for (size_t q = close; q-- > 0 && close - q <= 12;) {
    const Token& t = tk[q];
    if (is_punct_end(t) || is_quote(t)) return kNone;
    if (c.verb_at[q] >= 0 && c.verbs[c.verb_at[q]].finite) return kNone;
    if (t.text != ","sv) continue;
    if (q == 0 || q + 1 >= close || c.noun_at[q - 1] < 0) return kNone;
    const Token& first = tk[q + 1];
    // "in remarks to the BBC", "in a statement on Sunday", "speaking after the ceremony"; not a
    // subordinate clause ("if", "while") nor a list of names.
    const bool prep = first.tag == "IN" && first.lower != "that"sv && !is_subordinator(first);
    // "speaking after the ceremony"; "built in 1998" (participial-appositive)
    const bool participle = first.tag == "VBG" || first.tag == "VBN";
    return prep || participle ? q : kNone;
  }
  return kNone;
}

Span document_author(const std::vector<Token>& tk, const Chunks& c, Span who, const Lexicons& lex) {
  size_t d = who.b;
  while (d < who.e && !(common_noun(tk[d]) && is_document_noun(lex, tk[d].lower))) ++d;
  if (d == who.e) return {};
  // "a statement by the ministry", "a report on Wednesday by UpGuard".
  size_t q = who.e;
  if (q < tk.size() && tk[q].tag == "IN" && tk[q].lower != "by"sv && tk[q].lower != "from"sv)
    if (Span pp = group_at(c, q + 1); !pp.empty()) q = pp.e;
  if (q + 1 < tk.size() && (tk[q].lower == "by"sv || tk[q].lower == "from"sv))
    if (Span a = author_group(tk, c, q + 1, lex); !a.empty()) return a;
  // "the ministry's statement", "its press release": the possessor.
  for (size_t k = who.b; k < d; ++k)
    if (tk[k].tag == "POS") return {who.b, k};
  if (tk[who.b].tag == "PRP$") return {who.b, who.b + 1};
  // "a March 14, 2019 NATO press release": the names right before the document words.
  size_t e = d;
  while (e > who.b && common_noun(tk[e - 1])) --e;
  size_t b = e;
  while (b > who.b && proper(tk[b - 1])) --b;
  if (b < e) return {b, e};
  return {};
}

size_t skip_attribution_phrases(const std::vector<Token>& tk, const Chunks& c,
                                const std::vector<TimeExpression>& times, size_t j, int max_phrases) {
  size_t q = j;
  for (int p = 0; p < max_phrases && q < tk.size(); ++p) {
    size_t next = q;
    for (const TimeExpression& t : times)
      if (t.tok_begin == q && t.tok_end > q) next = t.tok_end;
    if (next == q && tk[q].tag == "IN" && tk[q].lower != "that"sv && !is_subordinator(tk[q]))
      if (Span g = group_at(c, q + 1); !g.empty()) next = g.e;
    if (next == q) break;
    q = next;
  }
  return q;
}

bool has_finite_verb(const Chunks& c, Span s) {
  for (size_t k = s.b; k < s.e && k < c.verb_at.size(); ++k)
    if (c.verb_at[k] >= 0 && c.verbs[c.verb_at[k]].finite) return true;
  return false;
}

bool attribution_continues(const std::vector<Token>& tk, const Chunks& c, size_t after) {
  if (after + 1 >= tk.size()) return false;
  const Token& t = tk[after];
  if (t.text == ","sv || t.text == ";"sv) return !is_punct_end(tk[after + 1]) && !is_quote(tk[after + 1]);
  // "said in a video statement released on ...": a participle modifying the last argument.
  if (c.verb_at[after] < 0) return false;
  const VerbGroup& g = c.verbs[c.verb_at[after]];
  return g.begin == after && !g.finite && (t.tag == "VBN" || t.tag == "VBG");
}

namespace {

// "The blaze killed three and injured sixteen", "blocked a highway and set tyres on fire": after
// "and" the participle shares the past tense of an active finite verb before it.
bool coordinated_past(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g) {
  const std::string& cc = tk[g.begin - 1].lower;
  if (cc != "and"sv && cc != "but"sv && cc != "or"sv) return false;
  for (size_t q = g.begin - 1; q-- > 0;) {
    if (is_punct_end(tk[q])) return false;
    if (c.verb_at[q] < 0 || !c.verbs[c.verb_at[q]].finite) continue;  // past ", including ..."
    const VerbGroup& pv = c.verbs[c.verb_at[q]];
    return !pv.passive && tk[pv.begin].tag == "VBD";
  }
  return false;
}

// "Both the council and the government called for an inquiry": a sentence with no finite verb
// whose only past form follows its subject and takes an object (or "for") is that verb.
bool sole_verb_past(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g) {
  if (!tk[g.begin].lower.ends_with("ed") || c.noun_at[g.begin - 1] < 0 || g.end >= tk.size()) return false;
  for (const VerbGroup& other : c.verbs)
    if (other.finite) return false;
  const Token& next = tk[g.end];
  const bool object = c.noun_at[g.end] >= 0 && c.nouns[c.noun_at[g.end]].begin == g.end;
  return object || next.lower == "for"sv;
}

}  // namespace

namespace {

// A subject pronoun at `q` ("he", "she", "it", "they", "we", "I") that opens its clause: the
// sentence's start, after a comma, a quote, "that", "and" or "but" ("it" is an object elsewhere).
bool subject_pronoun_opening(const std::vector<Token>& tk, size_t q) {
  const std::string& w = tk[q].lower;
  if (tk[q].tag != "PRP"sv) return false;
  const std::string& before = q == 0 ? w : tk[q - 1].lower;
  const bool opens = q == 0 || before == ","sv || is_quote(tk[q - 1]) || before == "that"sv || before == "and"sv ||
                     before == "but"sv;
  return opens && (w == "it"sv || w == "he"sv || w == "she"sv || w == "they"sv || w == "we"sv || w == "i"sv);
}

// A verb group of one past participle, not the sentence's first word: the only kind whose past
// form can read as finite.
bool lone_past_participle(const std::vector<Token>& tk, const VerbGroup& g) {
  return !g.finite && g.begin == g.main && tk[g.begin].tag == "VBN" && g.begin > 0;
}

}  // namespace

bool past_form_reads_finite(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g, const Lexicons& lex) {
  return lone_past_participle(tk, g) &&
         (past_form_reads_finite(tk, c, g, false, lex.cues.count(g.lemma) > 0) || content_subject_past_form(tk, c, g, lex));
}

bool content_subject_past_form(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g, const Lexicons& lex) {
  if (!lone_past_participle(tk, g) || !tk[g.begin].lower.ends_with("ed") || c.noun_at[g.begin - 1] < 0) return false;
  const NounGroup& subject = c.nouns[c.noun_at[g.begin - 1]];
  if (subject.end != g.begin) return false;
  // Back across the subject's "of" phrases ("several acres of land") and a "that".
  size_t b = subject.begin;
  while (b >= 2 && tk[b - 1].lower == "of"sv && c.noun_at[b - 2] >= 0 && c.nouns[c.noun_at[b - 2]].end == b - 1)
    b = c.nouns[c.noun_at[b - 2]].begin;
  if (b > 0 && tk[b - 1].lower == "that"sv) --b;
  if (b == 0 || c.verb_at[b - 1] < 0) return false;
  const VerbGroup& cue = c.verbs[c.verb_at[b - 1]];
  if (cue.end != b || !cue.finite || cue.passive || !lex.cues.count(cue.lemma)) return false;
  // Not an inverted cue (", said the leaflet published by ...": the noun group is its speaker)
  // nor one whose noun group is whom it tells ("told those gathered to watch").
  if (cue.begin == 0 || tk[cue.begin - 1].text == ","sv || is_quote(tk[cue.begin - 1]) ||
      lex.recipient_cues.find(cue.lemma) != StringTable::kNone)
    return false;
  // A passive participle has its agent ("said two men arrested by police were freed", "published
  // jointly by") or an infinitive of purpose after it, or leaves the clause's verb to come: only
  // a clause with no other finite verb after it.
  size_t after = g.end;
  while (after < tk.size() && tk[after].tag == "RB") ++after;
  if (after < tk.size() && ((tk[after].lower == "by"sv && !by_measure(tk, after)) || tk[after].tag == "TO")) return false;
  for (size_t q = g.end; q < tk.size() && !is_punct_end(tk[q]) && tk[q].text != ";"sv; ++q)
    if (c.verb_at[q] >= 0 && c.verbs[c.verb_at[q]].finite) return false;
  return true;
}

bool past_form_reads_finite(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g, bool after_subject,
                            bool is_cue) {
  const Token& v = tk[g.begin];
  if (!lone_past_participle(tk, g)) return false;
  if (after_subject) return v.lower.ends_with("ed");
  if (coordinated_past(tk, c, g) || sole_verb_past(tk, c, g) || subject_then_past_form(tk, c, g)) return true;
  // "Duda also characterised the deaths": a name or pronoun, adverbs, then the verb.
  size_t p = g.begin;
  while (p > 0 && tk[p - 1].tag == "RB") --p;
  // pronoun-adverb-past-form: "It also found that ...", "They then sent troops": a subject
  // pronoun takes no participle as its modifier, so an irregular past form after it and an
  // adverb is the verb too. Only the pronouns that are never objects ("it" opening the sentence
  // or a clause after a comma), so "had it also sent" and "saw them also taken" stay participles.
  if (p < g.begin && p > 0 && subject_pronoun_opening(tk, p - 1)) return true;
  if (!v.lower.ends_with("ed")) return false;
  if (p < g.begin && p > 0 && c.noun_at[p - 1] >= 0 && (tk[p - 1].tag == "NNP" || tk[p - 1].tag == "PRP")) return true;
  // cue-past-form-after-subject: "The minister proposed that the council ...", 'The mayor
  // proposed: "..."': a cue right after the noun group that opens the sentence, with "that" (a
  // conjunction, not "proposed that year"), a colon or a quotation after it, is the main verb.
  if (is_cue && g.end + 1 < tk.size() && c.noun_at[g.begin - 1] >= 0 && c.nouns[c.noun_at[g.begin - 1]].end == g.begin &&
      c.nouns[c.noun_at[g.begin - 1]].begin == 0) {
    const Token& next = tk[g.end];
    if ((next.lower == "that"sv && next.tag == "IN") || next.text == ":"sv || is_opening_quote(next)) return true;
  }
  if (!is_cue || g.end >= tk.size() || tk[g.begin - 1].text != ","sv || g.begin < 2 || c.noun_at[g.begin - 2] < 0)
    return false;
  const Token& next = tk[g.end];
  const bool comma_quote = next.text == ","sv && g.end + 1 < tk.size() && is_opening_quote(tk[g.end + 1]);
  return next.lower == "that"sv || is_opening_quote(next) || next.text == ":"sv || comma_quote;
}

bool quotation_follows(const std::vector<Token>& tk, size_t q) {
  return q + 2 < tk.size() && (tk[q].text == ":"sv || tk[q].text == ","sv) && is_opening_quote(tk[q + 1]);
}

size_t after_appositive(const std::vector<Token>& tk, const Chunks& c, size_t e) {
  if (e + 2 >= tk.size() || tk[e].text != ","sv || c.noun_at[e + 1] < 0) return kNone;
  for (size_t q = e + 1; q < tk.size() && q <= e + 16; ++q) {
    if (is_punct_end(tk[q]) || is_quote(tk[q]) || c.verb_at[q] >= 0) return kNone;
    if (tk[q].text != ","sv) continue;
    size_t v = q + 1;
    while (v < tk.size() && tk[v].tag == "RB") ++v;
    return v < tk.size() && c.verb_at[v] >= 0 && c.verbs[c.verb_at[v]].finite ? v : kNone;
  }
  return kNone;
}

Span cited_speaker(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& v) {
  if (v.begin < 3 || tk[v.begin].tag != "VBG" || tk[v.begin - 1].lower != "as"sv) return {};
  for (size_t q = v.begin - 1; q-- > 0 && v.begin - q <= 20;) {
    if (is_punct_end(tk[q])) return {};
    if (c.verb_at[q] < 0) continue;
    const VerbGroup& g = c.verbs[c.verb_at[q]];
    if (g.lemma != "cite"sv && g.lemma != "quote"sv) return {};
    return group_at(c, g.end);
  }
  return {};
}

bool is_content_noun(const Lexicons& lex, std::string_view w) {
  return lex.content_nouns.find(w) != StringTable::kNone;
}

// Not "cite", "receive", "obtain" (left out of the file): who cites or receives a document does
// not speak it.
bool is_vehicle_verb(const Lexicons& lex, std::string_view lemma) {
  return lex.vehicle_verbs.find(lemma) != StringTable::kNone;
}

namespace {

// A finite vehicle verb group that puts the document out itself: "issued", "has released"; not a
// participle that only describes the document ("would he confirm published reports that").
bool vehicle_group(const std::vector<Token>& tk, const VerbGroup& g, const Lexicons& lex) {
  if (!g.finite || g.passive || !is_vehicle_verb(lex, g.lemma)) return false;
  if (tk[g.main].tag != "VBN") return true;
  for (size_t k = g.begin; k < g.main; ++k)
    if (tk[k].lemma == "have"sv) return true;
  return false;
}

}  // namespace

int vehicle_before_participle(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times,
                              size_t p, const Lexicons& lex) {
  size_t e = p;
  if (e > 0 && tk[e - 1].text == ","sv) --e;
  // Back over "on Tuesday", "late yesterday", "to its members" to the document.
  for (int phrase = 0; phrase < 2 && e > 2; ++phrase) {
    size_t b = e;
    for (const TimeExpression& t : times)
      if (t.tok_end == e && t.tok_begin < e) b = t.tok_begin;
    if (b == e && c.noun_at[e - 1] >= 0 && c.nouns[c.noun_at[e - 1]].end == e) {
      const NounGroup& g = c.nouns[c.noun_at[e - 1]];
      if (g.begin > 0 && tk[g.begin - 1].tag == "IN" && tk[g.begin - 1].lower != "that"sv) b = g.begin;
    }
    if (b == e) break;
    if (b > 0 && tk[b - 1].tag == "IN" && tk[b - 1].lower != "that"sv) --b;
    e = b;
  }
  if (e < 2 || c.noun_at[e - 1] < 0) return -1;
  const NounGroup& doc = c.nouns[c.noun_at[e - 1]];
  if (doc.end != e || !common_noun(tk[e - 1]) || !is_document_noun(lex, tk[e - 1].lower) || doc.begin == 0) return -1;
  const int vi = c.verb_at[doc.begin - 1];
  if (vi < 0 || c.verbs[vi].end != doc.begin || !vehicle_group(tk, c.verbs[vi], lex)) return -1;
  return vi;
}

namespace {

// A verb whose content is its object with a complement ("called the plan reckless"):
// data/lexicon/speech_words.tsv, kind labelling.
bool labelling_verb(const Lexicons& lex, std::string_view lemma) {
  return lex.labelling_verbs.find(lemma) != StringTable::kNone;
}

// A noun of a stated intention ("its intention to", "willingness to"):
// data/lexicon/intention_nouns.txt.
bool intention_noun(const Lexicons& lex, std::string_view w) {
  return lex.intention_nouns.find(w) != StringTable::kNone;
}

// The content from j to the end of the sentence, its closing quote kept when it opened inside.
Span content_to_end(const std::vector<Token>& tk, size_t j) {
  size_t e = tk.size();
  while (e > j && (is_punct_end(tk[e - 1]) || is_quote(tk[e - 1]))) --e;
  size_t quotes = 0;
  for (size_t k = j; k < e; ++k) quotes += is_quote(tk[k]) ? 1 : 0;
  if (quotes % 2 == 1 && e < tk.size() && is_quote(tk[e])) ++e;
  return {j, e};
}

// The complement after a labelling verb's object at `a`: "as ...", a quotation, an adjective, or
// an "a"/"an" before a quotation ('called his conduct a "breach of ..."'). A bare "a" noun group
// ("called the minister a liar") stays the plain clause, which codes the insult (name-calling).
bool label_complement_at(const std::vector<Token>& tk, const VerbGroup& v, size_t a) {
  if (a + 1 >= tk.size()) return false;
  const Token& after = tk[a];
  if (is_opening_quote(after) || after.lower == "as"sv) return true;
  if (v.lemma == "describe"sv) return false;
  if (after.tag == "JJ") return true;
  return (after.lower == "a"sv || after.lower == "an"sv) && is_opening_quote(tk[a + 1]);
}

// statement-vehicle: after a vehicle verb's document object ending at `e`, past up to two time or
// prepositional phrases, "that" and a finite clause, or a quotation. The content, or empty.
Span vehicle_content(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times, size_t e) {
  size_t q = skip_attribution_phrases(tk, c, times, e, 2);
  if (q + 2 >= tk.size()) return {};
  if (tk[q].lower == "that"sv && has_finite_verb(c, {q + 1, std::min(tk.size(), q + 12)})) return content_to_end(tk, q + 1);
  if (tk[q].text == ":"sv || tk[q].text == ","sv) ++q;
  if (!is_opening_quote(tk[q])) return {};
  size_t close = q + 1;
  while (close < tk.size() && tk[close].tag != "''") ++close;
  return close < tk.size() ? Span{q + 1, close} : content_to_end(tk, q + 1);
}

}  // namespace

SpeechObject speech_object(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times,
                           const VerbGroup& v, size_t j, bool is_cue, const Lexicons& lex) {
  const Span object = group_at(c, j);
  if (object.empty() || v.passive || v.particle != kNone || object.e + 1 >= tk.size()) return {};
  const Token& after = tk[object.e];
  if (labelling_verb(lex, v.lemma)) {
    // "called the summit \"a war rehearsal\"", "called the plan reckless", "described it as ...".
    if (label_complement_at(tk, v, object.e)) return {content_to_end(tk, j), "call-object-complement", "reported"};
    // label-object-qualified: "characterized the call with the union as ...", "described the
    // results of the quarter as ...": one prepositional phrase between the object and the label.
    // A time is no qualifier: "described the plant in March as unsafe when ..." stays the clause
    // whose time the when-clause gives (time-of-when-clause).
    bool time_phrase = false;
    for (const TimeExpression& t : times) time_phrase = time_phrase || t.tok_begin == object.e || t.tok_begin == object.e + 1;
    if (!time_phrase && after.tag == "IN" && after.lower != "as"sv && after.lower != "that"sv)
      if (Span pp = group_at(c, object.e + 1); !pp.empty() && pp.e < tk.size() &&
                                               (tk[pp.e].lower == "as"sv || is_opening_quote(tk[pp.e])))
        return {content_to_end(tk, j), "label-object-qualified", "reported"};
    return {};
  }
  // "would he confirm published reports that ...": a participle before the document is no vehicle.
  if (vehicle_group(tk, v, lex) && common_noun(tk[object.e - 1]) && is_document_noun(lex, tk[object.e - 1].lower))
    if (Span content = vehicle_content(tk, c, times, object.e); !content.empty())
      return {content, "statement-vehicle", "reported", "state"};
  // "stated its intention to join the measures".
  if (is_cue && intention_noun(lex, tk[object.e - 1].lower) && after.tag == "TO" && c.verb_at[object.e + 1] >= 0)
    return {content_to_end(tk, j), "stated-intention", "planned"};
  return {};
}

}  // namespace newsgraph
