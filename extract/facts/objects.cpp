// A clause's object or complement, as named constructions in three ordered tables, one per kind
// of verb group:
// - passive: all of kPassiveComplements run in order, each reading on from where the one before
//   stopped (a time before the agent, the "by" agent, a predicative or adjective complement, an
//   infinitive, a joining preposition);
// - copula ("be" and linking verbs): the first of kCopulaComplements that takes the words wins;
// - active: the first of kActiveObjects that takes the words wins.
// Then the object relative clause, the object's head, extra arguments, place and time.
#include <utility>

#include "construction_table.h"
#include "sentence_extractor.h"

namespace newsgraph::facts {

namespace {

// "be" and the verbs that link a subject to a description like it ("became a regular",
// "remained calm"): their complement may be an adjective phrase.
bool is_linking(const std::string& lemma) {
  static constexpr std::string_view kLinking[] = {"be", "become", "remain", "stay", "seem", "appear", "look", "sound", "feel"};
  for (std::string_view w : kLinking)
    if (lemma == w) return true;
  return false;
}

// --- Passive complements (all run, in order).

// The agent may follow a time: "a bid launched last week by Cie".
bool agent_after_time(SentenceExtractor& x, Triple&, const VerbGroup&, size_t, size_t& j) {
  if (j + 1 < x.n_ && x.time_at(j) >= 0 && x.times_[x.time_at(j)].tok_begin == j) {
    size_t after_time = x.times_[x.time_at(j)].tok_end;
    if (after_time + 1 < x.n_ && x.tk_[after_time].lower == "by"sv) j = after_time;
  }
  return false;
}

// Words that make a "by" phrase no agent: an amount or a degree ("cut by 5%", "by 3 points",
// "won by a wide margin", "by far", "by as much as"), "by itself", "by default".
bool is_agent_word_refused(const Token& t) {
  static constexpr std::string_view kNoAgent[] = {"%",       "percent", "cent",       "points", "margin", "far",   "itself",
                                                  "himself", "herself", "themselves", "much",   "half",   "default", "means"};
  for (std::string_view w : kNoAgent)
    if (t.lower == w) return true;
  return false;
}

// The agent after "by" at `by`, or empty when the phrase names none: a time ("by Friday"), an
// amount ("by 300", "by as much as", "by 5%": no noun but numbers, or one of the words above as
// its last word; "low margin manufacturers" is an agent).
Span by_agent_at(const SentenceExtractor& x, size_t by) {
  if (!(by + 1 < x.n_ && x.tk_[by].lower == "by"sv) || x.time_at(by + 1) >= 0 || x.tk_[by + 1].lower == "as"sv) return {};
  const Span agent = x.object_np(by + 1);
  if (agent.empty() || is_agent_word_refused(x.tk_[agent.e - 1])) return {};
  bool names_someone = false;  // a noun or a pronoun: "Halo 2", "an audience of 144.4 million"
  for (size_t a = agent.b; a < agent.e; ++a) names_someone |= is_noun_tag(x.tk_[a].tag) || x.tk_[a].tag == "PRP";
  return names_someone ? agent : Span{};
}

// "was approved by the board": the agent is the second argument and the fact's subject.
bool passive_by_agent(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  Span agent = by_agent_at(x, j);
  if (agent.empty()) return false;
  t.relation += " by";
  t.arg2 = agent;
  t.subject = agent;
  j = agent.e;
  return true;
}

// A predicative complement after a passive: "he was re-elected senator", "she was named
// chairman". It is the second argument in text; the patient stays the fact's object.
bool passive_predicative(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  if (!(t.arg2.empty() && j < x.n_ && x.time_at(j) < 0 && !is_prep(x.tk_[j]))) return false;
  Span pc = x.object_np(j);
  if (pc.empty()) return false;
  t.arg2 = pc;
  j = pc.e;
  return true;
}

// An adjective complement: "was deemed too expensive", "is considered important".
bool passive_adjective(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t after_verbs, size_t& j) {
  const auto& tk_ = x.tk_;
  const size_t n_ = x.n_;
  if (!(t.arg2.empty() && j < n_)) return false;
  size_t q = after_verbs;
  while (q < n_ && (tk_[q].tag == "RB" || tk_[q].tag == "RBR")) ++q;
  if (!(q < n_ && (tk_[q].tag == "JJ" || tk_[q].tag == "JJR") && x.np(q) < 0)) return false;
  while (q < n_ && (tk_[q].tag == "JJ" || tk_[q].tag == "JJR")) ++q;
  t.arg2 = {after_verbs, q};
  j = q;
  return true;
}

// An infinitive after the passive: "was designed to appear as ...", "were known to switch
// affiliations". It joins the relation; its object is the argument.
bool passive_infinitive(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  const Chunks& c_ = x.c_;
  if (!(t.arg2.empty() && j + 1 < x.n_ && x.tk_[j].tag == "TO" && c_.verb_at[j + 1] >= 0 &&
        c_.verbs[c_.verb_at[j + 1]].begin == j + 1))
    return false;
  const VerbGroup& inner = c_.verbs[c_.verb_at[j + 1]];
  t.relation += " to " + x.relation_text(inner);
  j = inner.end;
  Span io = x.object_np(j);
  if (!io.empty() && x.time_at(j) < 0) {
    t.arg2 = io;
    j = io.e;
  }
  return true;
}

// Otherwise the first prepositional phrase joins as in active clauses: "was sold to Dave
// Johnson", "were included on the reissue" (ReVerb). Places and times stay extras.
bool passive_preposition(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  if (!(t.arg2.empty() && x.preposition_may_join(j) && !x.is_location_pp(j))) return false;
  Span po = x.object_np(j + 1);
  if (po.empty()) return false;
  t.relation += " " + x.tk_[j].text;
  t.arg2 = po;
  j = po.e;
  return true;
}

// agent-after-phrase: the "by" agent after a phrase the complements before it read or passed
// over: a predicative ("was dubbed the city's new landmark by residents", "is appointed chair by
// the board"), a joining preposition ("was presented with the award by the mayor", "was beaten in
// the ratings by a rival show"), a place or a time ("was passed in the Senate by senators", "were
// taken on 4 May by a camera"), an adverb or a lone particle ("was voted for by readers").
// Without it the clause reads as an agentless passive, its patient on both sides. The agent is
// one by_agent_at takes (not an amount nor "by itself"), and no gerund of means; a "by" right
// after a noun of a work or an act ("a novel by X": data/lexicon/authored_nouns.txt) is the noun's.
bool agent_after_phrase(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  if (!t.subject.empty()) return false;  // passive-by-agent read it
  size_t k = j;
  for (int phrases = 0; phrases < 2 && k + 1 < x.n_ && x.tk_[k].lower != "by"sv; ++phrases) {
    if (x.tk_[k].tag == "RB" || x.tk_[k].tag == "RP") {
      ++k;  // "was widely praised by", "was handed over by"
    } else if (x.time_at(k) >= 0) {
      k = x.times_[x.time_at(k)].tok_end;
    } else if (is_prep(x.tk_[k]) && x.tk_[k + 1].lower == "by"sv) {
      ++k;  // "was voted for by"
    } else if (is_prep(x.tk_[k]) && x.time_at(k + 1) >= 0 && x.times_[x.time_at(k + 1)].tok_begin == k + 1) {
      k = x.times_[x.time_at(k + 1)].tok_end;  // "on 4 May"
    } else if (is_prep(x.tk_[k]) && x.is_location_pp(k)) {
      const Span place = x.object_np(k + 1);
      if (place.empty()) return false;
      k = place.e;
    } else {
      return false;
    }
  }
  // "was solved by working together": a means. Right after the verb the chunker reads such a
  // gerund as no noun group; after a phrase it may not.
  if (k + 1 < x.n_ && x.tk_[k + 1].tag == "VBG") return false;
  // "is based on a novel by X", "appealed against a finding by the judge": the "by" is the noun's
  // (data/lexicon/authored_nouns.txt).
  if (k > 0 && x.lex_.authored_nouns.find(x.tk_[k - 1].lemma) != StringTable::kNone) return false;
  const Span agent = by_agent_at(x, k);
  if (agent.empty()) return false;
  t.relation += " by";
  if (t.arg2.empty()) t.arg2 = agent;
  t.subject = agent;
  t.rule = kAgentAfterPhrase;
  j = agent.e;
  return true;
}

constexpr ObjectConstruction kPassiveComplements[] = {
    {"agent-after-time", agent_after_time},
    {"passive-by-agent", passive_by_agent},
    {"passive-predicative", passive_predicative},
    {"passive-adjective", passive_adjective},
    {"passive-infinitive", passive_infinitive},
    {"passive-preposition", passive_preposition},
    {"agent-after-phrase", agent_after_phrase},
};

// --- Copula complements (the first that takes wins).

// The adjectives and adverbs right after the verb group: where an adjective phrase ends.
size_t adjective_run_end(const SentenceExtractor& x, size_t after_verbs) {
  size_t q = after_verbs;
  while (q < x.n_ && (x.tk_[q].tag == "JJ" || x.tk_[q].tag == "JJR" || x.tk_[q].tag == "JJS" || x.tk_[q].tag == "RB" ||
                      x.tk_[q].tag == "RBR"))
    ++q;
  return q;
}

// A noun phrase complement, with an infinitive completing the description: "became the first
// player to win twice".
bool copula_noun_phrase(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  Span o = x.object_np(j);
  if (!o.empty() && o.e + 1 < x.n_ && x.tk_[o.e].tag == "TO" && x.c_.verb_at[o.e + 1] >= 0) {
    const VerbGroup& inf = x.c_.verbs[x.c_.verb_at[o.e + 1]];
    Span io = x.object_np(inf.end);
    o.e = io.empty() ? inf.end : io.e;
  }
  if (o.empty()) return false;
  t.arg2 = o;
  t.object = o;
  j = o.e;
  return true;
}

// "are equal to the numbers", "is close to Beijing": the adjective and its preposition join the
// relation (ReVerb's light pattern), the NP is the argument.
bool adjective_preposition(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t after_verbs, size_t& j) {
  const auto& tk_ = x.tk_;
  const size_t q = adjective_run_end(x, after_verbs);
  if (!(q > after_verbs && q + 1 < x.n_ && is_prep(tk_[q]) && !is_subordinator(tk_[q]) &&
        (tk_[q - 1].tag == "JJ" || tk_[q - 1].tag == "JJR") && x.time_at(q + 1) < 0 && !x.object_np(q + 1).empty()))
    return false;
  Span po = x.object_np(q + 1);
  for (size_t k = after_verbs; k <= q; ++k) t.relation += " " + tk_[k].text;
  t.arg2 = po;
  t.object = po;
  j = po.e;
  return true;
}

// An adjective phrase complement: "remained calm", "is very small".
bool adjective_complement(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t after_verbs, size_t& j) {
  const size_t q = adjective_run_end(x, after_verbs);
  if (q <= after_verbs) return false;
  t.arg2 = {after_verbs, q};
  t.object = {after_verbs, q};
  j = q;
  return true;
}

// "The risk is that prices will fall." (also after active verbs: "indicated that ...").
bool that_complement(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  Span content = x.that_clause(j);
  if (content.empty()) return false;
  t.relation += " that";
  t.arg2 = content;
  j = content.e;
  return true;
}

// zero-that-clause: a subject pronoun right after an active verb starts a clause the verb takes
// without "that": "analysts knew they had a problem", "she felt he was right", "we hope we can
// resume". "they" is never the verb's object (that would be "them"), so the clause is the
// argument, a text as after "that" (that-complement), and the verb has no entity object. Only
// the pronouns whose subject form differs from the object form ("you" and "it" are both).
bool is_subject_pronoun(const Token& t) {
  static constexpr std::string_view kSubjectPronouns[] = {"i", "we", "he", "she", "they"};
  for (std::string_view w : kSubjectPronouns)
    if (t.lower == w) return true;
  return false;
}

bool zero_that_clause(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  if (j + 1 >= x.n_ || !is_subject_pronoun(x.tk_[j])) return false;
  size_t q = j + 1;
  while (q < x.n_ && q < j + 3 && x.tk_[q].tag == "RB") ++q;  // "we all know", "he still believes"
  if (q >= x.n_ || x.c_.verb_at[q] < 0 || !x.c_.verbs[x.c_.verb_at[q]].finite) return false;
  t.arg2 = {j, x.content_end(j)};
  t.rule = "zero-that-clause";
  j = t.arg2.e;
  return true;
}

// A prepositional complement: "is in Glasgow", "appeared in the games", "remains in doubt". The
// preposition joins the relation; a place is the location, not an object.
bool copula_preposition(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  if (!x.preposition_may_join(j)) return false;
  Span po = x.object_np(x.after_aside(j + 1));  // "provide for, among other things, a fair price"
  if (!po.empty()) {
    t.relation += " " + x.tk_[j].text;
    t.arg2 = po;
    if (x.is_location_pp(j)) t.location = po;
    j = po.e;
  }
  return true;
}

constexpr ObjectConstruction kCopulaComplements[] = {
    {"zero-that-clause", zero_that_clause},  // "she felt they were right"
    {"copula-noun-phrase", copula_noun_phrase},
    {"adjective-preposition", adjective_preposition},
    {"adjective-complement", adjective_complement},
    {"that-complement", that_complement},
    {"copula-preposition", copula_preposition},
};

// --- Active objects (the first that takes wins).

// A list introduced by a colon: "The activities include: review of group data; ...". Steps over
// the colon and lets the object constructions read the list.
bool colon_list(SentenceExtractor& x, Triple&, const VerbGroup&, size_t, size_t& j) {
  if (j + 1 < x.n_ && x.tk_[j].text == ":"sv && x.np(j + 1) >= 0 && x.c_.nouns[x.np(j + 1)].begin == j + 1) ++j;
  return false;
}

// phrasal-particle after the object: "Firefighters put the fire out" is `put out` (a listed
// phrasal verb, data/lexicon/phrasal_verbs.tsv). Not before "of": in "pulled Britain out of the
// deal" the particle heads the phrase that follows.
void particle_after_object(const SentenceExtractor& x, Triple& t, const VerbGroup& v, size_t& j) {
  const auto& tk_ = x.tk_;
  if (v.particle != kNone || j >= x.n_ || !(tk_[j].tag == "RP" || tk_[j].tag == "RB" || tk_[j].tag == "IN")) return;
  if (!x.lex_.phrasal(v.lemma, tk_[j].lower) || (j + 1 < x.n_ && tk_[j + 1].lower == "of"sv)) return;
  t.predicate += ' ';
  t.predicate += tk_[j].lower;
  t.relation += ' ';
  t.relation += tk_[j].text;
  ++j;
}

// plan-infinitive-object: a noun of intent keeps the infinitive it announces: "announced plans to
// pull out of a regional trade deal" is about the deal, not just "plans". The infinitive's own
// object (or the phrase after a particle, "pull out of X") ends the object.
void plan_infinitive_object(const SentenceExtractor& x, Triple& t, size_t& j) {
  const auto& tk_ = x.tk_;
  const int ni = x.np(t.object.b);
  if (ni < 0 || j + 1 >= x.n_ || tk_[j].tag != "TO" || x.c_.verb_at[j + 1] < 0) return;
  if (!is_intent_noun(tk_[x.c_.nouns[ni].head].lemma)) return;
  const VerbGroup& inf = x.c_.verbs[x.c_.verb_at[j + 1]];
  // One verb (and its particle): "to expand were premature" is no infinitive phrase of its own.
  if (inf.begin != j + 1 || inf.main != inf.begin || (inf.end != inf.main + 1 && inf.particle != inf.main + 1)) return;
  size_t end = inf.end;
  Span io = x.np(end) >= 0 ? x.object_np(end) : Span{};
  if (io.empty() && end + 1 < x.n_ && is_prep(tk_[end]) && x.np(end + 1) >= 0 && x.time_at(end + 1) < 0) io = x.object_np(end + 1);
  if (!io.empty()) end = io.e;
  t.arg2.e = t.object.e = end;
  j = end;
}

// duration-before-complement: "served eight years as mayor", "waited two hours for the verdict":
// a duration right after the verb measures the clause; the phrase after it completes the verb
// and is read on as the object. A duration with nothing after it ("lasted six hours") stays as
// it was.
bool duration_before_complement(SentenceExtractor& x, Triple&, const VerbGroup&, size_t, size_t& j) {
  const int k = x.time_at(j);
  if (k < 0) return false;
  const TimeExpression& te = x.times_[static_cast<size_t>(k)];
  if (te.tok_begin != j || te.type != "DURATION"sv || !x.preposition_may_join(te.tok_end)) return false;
  j = te.tok_end;
  return false;
}

// time-before-object: "The ministry reported on Tuesday 21 new cases", "will unveil tomorrow a
// budget": a date between an active verb and its object dates the clause (it stays
// inside the clause's tokens) and the noun group after it is read on as the object. The noun
// group must not be a subject (no verb right after it: "said on Tuesday the firm would close" is
// a clause of its own) and open with a number, a determiner or an adjective, as objects do (after
// a comma, a number only).
bool time_before_object(SentenceExtractor& x, Triple& t, const VerbGroup& v, size_t, size_t& j) {
  const auto& tk_ = x.tk_;
  const bool point = j < x.n_ && (tk_[j].lower == "on"sv || tk_[j].lower == "in"sv);
  const int k = x.time_at(point ? j + 1 : j);
  if (k < 0 || v.passive || is_linking(v.lemma)) return false;
  const TimeExpression& te = x.times_[static_cast<size_t>(k)];
  if (te.tok_begin != (point ? j + 1 : j) || te.type != "DATE"sv) return false;
  // A bare year right after the verb premodifies the noun after it ("recorded 1986 sales").
  if (!point && te.tok_end == te.tok_begin + 1 && is_all_digits(tk_[te.tok_begin].text)) return false;
  size_t o = te.tok_end;
  const bool comma = o < x.n_ && tk_[o].text == ","sv;
  if (comma) ++o;
  if (o >= x.n_) return false;
  // After a comma only a count ("on Tuesday, 21 new cases"): a name or a noun group there is
  // mostly the next clause's subject ("As the campaign entered June, Biden led ...").
  // A past form the tagger read as an adjective ("claimed in 2004 eclipsed ...") is the next verb.
  const auto& tag = tk_[o].tag;
  if (tag != "CD"sv && (comma || (tag != "DT"sv && tag != "JJ"sv))) return false;
  if (tag == "JJ"sv && tk_[o].lower.ends_with("ed")) return false;
  if (x.time_at(o) >= 0 || tk_[o].lower == "that"sv) return false;
  Span np = x.object_np(o);
  // The chunker may read the day and the noun group as one ("Tuesday 21 new cases"): the object
  // is that group's part after the day, with what object_np joins to the group.
  const int group = x.np(o);
  const bool joined = np.empty() && group >= 0 && x.c_.nouns[group].begin < o && x.c_.nouns[group].end > o;
  if (joined) np = {o, std::max(x.c_.nouns[group].end, x.object_np(x.c_.nouns[group].begin).e)};
  if (np.empty() || (np.e < x.n_ && x.c_.verb_at[np.e] >= 0)) return false;
  // A number alone is the day of a month said in words ("began March nine"), no count of things.
  if (tag == "CD"sv && np.e == o + 1) return false;
  // After a comma the count closes the sentence ("reported on Tuesday, 21 new cases."); otherwise
  // it is mostly the next clause's subject ("won in May 2003, 12.3 million people tuned in").
  if (comma && np.e < x.n_ && !is_punct_end(tk_[np.e])) return false;
  j = o;
  if (!joined) return false;  // direct-object reads it on from here
  t.arg2 = np;
  t.object = np;
  j = np.e;
  return true;
}

// finishing-position: "Alvarez came in second", "the film finished third", "the band placed
// fourth in the chart": after a verb of finishing a contest, an ordinal standing alone (both in
// data/lexicon/finishing_positions.tsv) is the place taken, the clause's object; an "in" before
// it joins the relation ("come in"). Without it the clause is the fragment "X | come". Not an
// ordinal before a noun ("finished second place" is a noun group, read as a direct object; "came
// first time") nor one that starts a time ("came last week").
bool finishing_position(SentenceExtractor& x, Triple& t, const VerbGroup& v, size_t, size_t& j) {
  const auto& tk_ = x.tk_;
  if (x.lex_.finishing_verbs.find(v.lemma) == StringTable::kNone) return false;
  const bool in = j < x.n_ && tk_[j].lower == "in"sv;
  const size_t k = in ? j + 1 : j;
  if (k >= x.n_ || x.lex_.finishing_positions.find(tk_[k].lower) == StringTable::kNone || x.time_at(k) >= 0)
    return false;
  if (k + 1 < x.n_ && (tk_[k + 1].tag == "NN"sv || tk_[k + 1].tag == "NNS"sv || tk_[k + 1].tag == "NNP"sv ||
                       tk_[k + 1].tag == "CD"sv))
    return false;
  if (in) {
    t.predicate += " in";
    t.relation += ' ';
    t.relation += tk_[j].text;
  }
  t.arg2 = {k, k + 1};
  t.object = t.arg2;
  t.rule = "finishing-position";
  j = k + 1;
  return true;
}

// A direct object, unless it is a time ("met on Monday"). A secondary object ("called the threat
// reckless") stays out; PPs follow as extras.
bool direct_object(SentenceExtractor& x, Triple& t, const VerbGroup& v, size_t, size_t& j) {
  // aside-before-list: "approved, among other things, a share split": the aside is neither's.
  Span o = x.object_np(x.after_aside(j));
  if (!o.empty() && x.time_at(j) >= 0 && x.times_[x.time_at(j)].tok_end >= o.e) o = {};  // "met on Monday"
  if (o.empty()) return false;
  // time-out-of-object: "bought the firm three years ago": a time that starts inside the noun
  // group and runs past its end is the clause's adverbial, not part of the object ("the 2019
  // election" holds its year whole and keeps it).
  // The word before the time must end a noun group ("her", "the firm"): "a bond due April 2,
  // 1991" keeps its date, as "due" would be left dangling.
  for (const TimeExpression& te : x.times_) {
    if (te.tok_begin <= o.b || te.tok_begin >= o.e || te.tok_end <= o.e) continue;
    const auto& before = x.tk_[te.tok_begin - 1].tag;
    if (is_noun_tag(before) || before == "PRP"sv) o.e = te.tok_begin;
  }
  t.arg2 = o;
  t.object = o;
  j = o.e;
  particle_after_object(x, t, v, j);
  plan_infinitive_object(x, t, j);
  return true;
}

// ReVerb: the preposition joins the relation ("spoke with", "retaliate against"). A place ("met
// in Geneva") stays an extra argument and the fact's location: joined, it would read "Alvarez
// will meet in Whitfield" once the co-subject becomes the object.
bool joining_preposition(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  if (!x.preposition_may_join(j)) return false;
  Span po = x.object_np(x.after_aside(j + 1));  // "provide for, among other things, a fair price"
  if (!po.empty() && !x.is_location_pp(j)) {
    t.relation += " " + x.tk_[j].text;
    t.arg2 = po;
    t.object = po;
    j = po.e;
  }
  return true;
}

// A wh-clause as the object: "showed how the shrinkage was caused", "negate what many consider a
// heretical ending". A text, not an entity.
bool wh_clause(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  const auto& tk_ = x.tk_;
  if (!(j + 1 < x.n_ && (((tk_[j].tag == "WP" || tk_[j].tag == "WRB") && !is_relativizer(tk_[j])) ||
                         tk_[j].lower == "whether"sv)))
    return false;
  t.arg2 = {j, x.content_end(j)};
  j = t.arg2.e;
  return true;
}

// Coordinated verbs with one object: "traders buy and sell large amounts of stock".
bool shared_object(SentenceExtractor& x, Triple& t, const VerbGroup&, size_t, size_t& j) {
  Span shared = x.shared_object(j);
  if (shared.empty()) return false;
  t.arg2 = shared;
  t.object = shared;
  j = shared.e;
  return true;
}

// A that-complement after an active verb ("the finding indicated that compounds could carry
// current") is that_complement: the clause is the argument, a text and not an entity, so the
// graph gets no edge from it.
constexpr ObjectConstruction kActiveObjects[] = {
    {"colon-list", colon_list},
    {"duration-before-complement", duration_before_complement},
    {"time-before-object", time_before_object},
    {"finishing-position", finishing_position},
    {"zero-that-clause", zero_that_clause},
    {"direct-object", direct_object},
    {"joining-preposition", joining_preposition},
    {"wh-clause", wh_clause},
    {"that-complement", that_complement},
    {"shared-object", shared_object},
};

}  // namespace

// Fills object, extras, passive agent, location and time for a clause whose verb group ends at j.
void SentenceExtractor::fill_object(Triple& t, const VerbGroup& v, size_t j) {
  const size_t after_verbs = j;  // a copula's adverbs belong to its complement ("very small")
  while (j < n_ && tk_[j].tag == "RB") ++j;
  // Also after a catenative or modal verb: "continues to be influential", "is expected to be strong".
  bool copula = is_linking(v.lemma) && !v.passive;
  bool passive = v.passive || (!v.finite && tk_[v.begin].tag == "VBN" && v.begin == v.main);
  if (passive) {
    t.passive = true;
    t.object = t.subject;  // the patient
    t.subject = {};
    run_in_order<kPassiveComplements>([&](const ObjectConstruction& c) {
      c.apply(*this, t, v, after_verbs, j);
      return false;  // each reads on from where the one before stopped
    });
  } else {
    auto takes = [&](const ObjectConstruction& c) { return c.apply(*this, t, v, after_verbs, j); };
    if (copula) run_in_order<kCopulaComplements>(takes);
    else run_in_order<kActiveObjects>(takes);
  }
  object_relative_clause(t, v, copula);
  finish_clause(t, j);
}

// Object relative clause: "the agreement that Brazil and Canada signed" -> the antecedent is
// the object; also after a comma, "the union, which it joined in 1973".
void SentenceExtractor::object_relative_clause(Triple& t, const VerbGroup& v, bool copula) const {
  if (t.object.empty() && !v.passive && !copula && !t.arg1.empty() && t.arg1.b >= 2 &&
      is_relativizer(tk_[t.arg1.b - 1])) {
    size_t k = t.arg1.b - 1;
    // After a comma the antecedent is the noun group right before it, not a chain through "of"
    // or "on" ("a vote on the treaty, which it signed": the treaty).
    const bool after_comma = k >= 2 && tk_[k].lower == "which"sv && tk_[k - 1].text == ","sv;
    if (after_comma) --k;
    Span antecedent = subject_before(k, !after_comma);
    if (!antecedent.empty()) {
      t.arg2 = antecedent;
      t.object = antecedent;
    }
  }
}

// The object's head lemma, the extra arguments from j on, the place among them, the clause's
// extent and its time.
void SentenceExtractor::finish_clause(Triple& t, size_t j) {
  if (!t.object.empty()) {
    size_t h = t.object.e - 1;
    int ni = np(t.object.b);
    if (ni >= 0) h = c_.nouns[ni].head;
    t.object_head = tk_[h].lemma;
  }
  t.extra.clear();  // extras() appends: the clause's own, written in place (no vector made and moved in)
  size_t end = extras(j, t.extra);
  for (const Span& s : t.extra)
    if (t.location.empty() && is_location_pp(s.b)) t.location = {s.b + 1, s.e};
  t.clause = {t.arg1.b, end};
  // time-in-fronted-clause: "Born on 27 October 1920 in Lagos, Okafor studied law": a fronted
  // non-finite clause ends before the subject it borrows, so its own words are where its time is.
  const size_t verb_begin = t.verb != kNone ? c_.verbs[t.verb].begin : t.arg1.b;
  const bool fronted = verb_begin < t.arg1.b && end <= t.arg1.b;
  attach_time(t, fronted ? verb_begin : t.arg1.b, end);
}

// The plain clause: its object and extras, "no" as negation, the confidence and the clause type
// (or the subject construction) as the rule.
Step SentenceExtractor::plain_clause(ClauseState& s) {
  Triple& t = s.t;
  fill_object(t, s.v, s.j);
  if (!t.object.empty() && tk_[t.object.b].lower == "no"sv) t.negated = true;
  t.confidence = confidence(t) - (s.inherited ? 0.1 : 0.0) - (s.trailing ? 0.05 : 0.0);
  // A subject construction names the clause; else an object construction that names what it read
  // (finishing-position), or the report frame the chunker read ("is said to", chunker.cpp's
  // passive-report-frame); else the clause type.
  if (!s.subject_rule.empty()) t.rule = s.subject_rule;
  else if (t.rule.empty() && s.v.matrix != kNone && lex_.passive_matrix_modality.count(s.v.matrix_lemma))
    t.rule = "passive-report-frame";
  else if (t.rule.empty()) t.rule = clause_type(t);
  out_.triples.push_back(std::move(t));
  add_gapped_clause(out_.triples.back(), s.v);
  return Step::done;
}

// gapping: "The Greens won 12 seats, the Social Democrats 9" -> (the Social Democrats; won; 9).
void SentenceExtractor::add_gapped_clause(const Triple& first, const VerbGroup& v) {
  if (first.passive && !first.attribution) return add_passive_gapped_clause(first, v);
  // A finite verb with an object, not a copula ("the Soviet Union 147,214" in a table).
  if (first.object.empty() || first.passive || first.attribution || first.predicate == "be"sv || !v.finite) return;
  const Gap gap = find_gap(tk_, c_, times_, first.object.e);
  if (!gap.found() || gap.comma < first.object.e) return;
  const Span object = gap.object;
  Triple t = first;
  t.arg1 = t.subject = gap.subject;
  t.arg2 = t.object = object;
  t.object_head = tk_[object.e - 1].lemma;
  t.extra.clear();
  t.location = {};
  t.clause = {gap.subject.b, object.e};
  t.rule = "gapping";
  t.confidence = confidence(t) - 0.1;
  out_.triples.push_back(std::move(t));
}

// passive-gapping (gapping.h): "Clinton was impeached in 1998, and Andrew Johnson in 1868" ->
// (Andrew Johnson; was impeached; ) at 1868.
void SentenceExtractor::add_passive_gapped_clause(const Triple& first, const VerbGroup& v) {
  const PassiveGap gap = find_passive_gap(tk_, c_, times_, v.end);
  if (!gap.found()) return;
  Triple t = first;
  t.arg1 = t.object = gap.patient;
  t.object_head = tk_[gap.patient.e - 1].lemma;
  t.arg2 = {};
  t.extra.clear();
  t.location = {};
  t.time = gap.time;
  t.time_rule = "time-in-clause"sv;
  t.clause = {gap.patient.b, times_[gap.time].tok_end};
  t.rule = "passive-gapping";
  t.confidence = confidence(t) - 0.1;
  out_.triples.push_back(std::move(t));
}

}  // namespace newsgraph::facts
