// Event nouns (see event_nouns.h): the construction "event-noun".
#include "event_nouns.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string_view>

#include "chunker.h"
#include "triples.h"  // span_text
#include "word_classes.h"

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

struct NounMatch {
  const EventNoun* noun = nullptr;
  size_t b = 0, e = 0;  // the noun's words
};

// A gerund read as a verb can still end a noun of two words ("the mass shooting").
bool noun_gerund(const std::vector<Token>& tk, size_t i) {
  return tk[i].tag == "VBG" && i > 0 && tk[i - 1].tag.view().starts_with("NN");
}

// Token i heads its noun group as a common noun (or a gerund after a noun): the only words an
// event noun ends with. Asked of every token before match_noun, which is dearer to call. The first
// word of a sentence may be read as a name for its capital ("Fighting broke out ..."): a proper
// noun there is tried too, and match_noun decides by its lower-case form.
inline bool may_end_event_noun(const std::vector<Token>& tk, size_t i) {
  // Only an NN* tag or a gerund (VBG) can pass the tests below: one byte turns away most tokens
  // before the calls.
  if (const char first = tk[i].tag[0]; first != 'N' && first != 'V') return false;
  if ((!is_noun_tag(tk[i].tag) && !noun_gerund(tk, i)) || ((tk[i].tag == "NNP" || tk[i].tag == "NNPS") && i > 0))
    return false;
  return i + 1 >= tk.size() || !is_noun_tag(tk[i + 1].tag);  // "talks venue": not the head
}

// Which lengths the last words of event nouns (lex.event_noun_last_words) have, by first letter:
// a lemma whose length no last word with its first letter has ("price": only "pardon" starts with
// p) is none of them, answered by one bit test instead of hashing it, exactly as the set would
// answer. Made once per Lexicons (generation) for this thread.
bool may_be_event_noun_last_word(const Lexicons& lex, std::string_view w) {
  struct Shapes {
    uint64_t generation = ~uint64_t{0};
    uint64_t lengths[26] = {};  // bit k of lengths[c - 'a']: a last word of k bytes starts with c
    bool other = false;         // a last word starts with no letter a-z, or has 64 bytes or more
  };
  thread_local Shapes shapes;
  if (shapes.generation != lex.generation) {
    shapes = Shapes{};
    shapes.generation = lex.generation;
    for (const std::string& last : lex.event_noun_last_words) {
      if (last.empty() || last[0] < 'a' || last[0] > 'z' || last.size() >= 64) shapes.other = true;
      else shapes.lengths[last[0] - 'a'] |= uint64_t{1} << last.size();
    }
  }
  if (shapes.other) return true;
  if (w.empty() || w[0] < 'a' || w[0] > 'z' || w.size() >= 64) return false;
  return (shapes.lengths[w[0] - 'a'] >> w.size()) & 1;
}

// The event noun whose last word is token i (REQUIRES may_end_event_noun(tk, i)), longest first.
NounMatch match_noun(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  // Neither the form nor the lemma ends an event noun (most nouns): the form's class is read by
  // word id, the lemma probed only when it differs and has the shape of a last word.
  if (!has_word_class(lex, tk[i], WordClass::kEventNounEnd) &&
      (tk[i].lemma.empty() || tk[i].lemma == tk[i].lower || !may_be_event_noun_last_word(lex, tk[i].lemma) ||
       !lex.event_noun_last_words.count(tk[i].lemma)))
    return {};
  const bool gerund = noun_gerund(tk, i);
  // The key of n words is "w1 w2 ... lemma" (and, when the lemma differs, the same with the form
  // last). The longest key is joined once; each shorter one is its tail from the next word on,
  // copied into one reused key (a key joined a length cost a string or two each).
  const size_t longest = std::min(lex.max_event_noun_words, i + 1);
  const std::string& lemma = tk[i].lemma;
  std::string words;
  for (size_t k = i + 1 - longest; k < i; ++k) {
    words += tk[k].lower;
    words += ' ';
  }
  words += lemma.empty() ? tk[i].lower : lemma;
  std::string key;
  size_t from = 0;  // where the key of n words starts in `words`
  for (size_t n = longest; n >= (gerund ? 2 : 1); --n) {
    key.assign(words, from);
    if (auto it = lex.event_nouns.find(key); it != lex.event_nouns.end()) return {&it->second, i + 1 - n, i + 1};
    if (lemma != tk[i].lower) {
      key.resize(key.size() - lemma.size());
      key += tk[i].lower;
      if (auto it = lex.event_nouns.find(key); it != lex.event_nouns.end()) return {&it->second, i + 1 - n, i + 1};
    }
    from += tk[i + 1 - n].lower.size() + 1;  // past the first word and its space
  }
  return {};
}

// The noun group that starts at b ("the government and the FARC dissidents"): determiners,
// adjectives, numbers, nouns, possessives and "and" between them; ends before a verb, a
// preposition other than "of" or punctuation.
size_t noun_group_end(const std::vector<Token>& tk, size_t b) {
  size_t e = b;
  while (e < tk.size()) {
    const Token& t = tk[e];
    bool part = is_noun_tag(t.tag) || t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.tag == "POS" ||
                t.tag == "PRP$" || t.lower == "and"sv;
    if (!part) break;
    ++e;
  }
  while (e > b && (tk[e - 1].lower == "and"sv)) --e;
  return e;
}

// "no talks", "without talks", "not a massacre": the act is denied.
bool denied_before(const std::vector<Token>& tk, size_t b) {
  for (size_t k = b; k > 0 && k + 3 > b; --k) {
    const std::string& w = tk[k - 1].lower;
    if (w == "no"sv || w == "without"sv || w == "not"sv || w == "never"sv) return true;
  }
  return false;
}

// A relation of the sentence already names this act as its object ("held talks", "launched an
// offensive") or its own phrase is the noun's ("were imposed").
// The noun heads `phrase` (it comes before any preposition): "an offensive", not "responsibility
// for the bombing" or "the accused ... after the mass shooting".
bool heads_phrase(const std::string& phrase, const std::string& noun_text) {
  size_t at = phrase.find(noun_text);
  if (at == std::string::npos) return false;
  static const std::set<std::string_view> kPrepositions = {"for", "of", "after", "in", "following", "before",
                                                           "during", "since", "over", "about", "into", "on"};
  std::string_view before(phrase.data(), at);
  for (size_t b = 0; b < before.size();) {
    size_t e = before.find(' ', b);
    if (e == std::string_view::npos) e = before.size();
    if (kPrepositions.count(before.substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

bool already_coded(const std::vector<ExtractedRelation>& rels, size_t first, size_t end, const std::string& noun_text) {
  for (size_t r = first; r < end; ++r)
    if (!rels[r].cameo.empty() &&
        (heads_phrase(rels[r].object_text, noun_text) || heads_phrase(rels[r].subject_text, noun_text)))
      return true;
  return false;
}

// The relation that says the act took place: the noun is its subject ("Talks between A and B
// resumed") or the object of a verb of doing ("began a hunger strike", "carried out a massacre").
// A noun only mentioned ("a proposal for talks", "attributed the bombing to") is no event.
bool performs(const ExtractedRelation& r) {
  static const std::set<std::string_view> kDo = {"begin",    "start",  "launch", "stage", "carry", "carry out",
                                                 "conduct",  "hold",   "continue", "resume", "join", "be", "go",
                                                 "mount",    "commit", "perpetrate", "orchestrate"};
  return kDo.count(r.predicate) > 0;
}

// A verb whose subject act took place: "Talks resumed", "Fighting broke out", "The bombing killed
// twelve", "Protests escalated", "the riots spread to the suburbs". "The talks collapsed" or "the
// strike was called off" say otherwise.
bool took_place(const ExtractedRelation& r) {
  static const std::set<std::string_view> kHappened = {"resume", "begin",  "start",     "continue", "break", "erupt",
                                                       "take",   "kill",   "wound",     "injure",   "destroy", "hit",
                                                       "leave",  "target", "intensify", "rage",     "enter", "escalate",
                                                       "spread"};
  return kHappened.count(r.predicate) > 0;
}

const ExtractedRelation* host_of(const std::vector<ExtractedRelation>& rels, size_t first, size_t end,
                                 const std::string& noun_text, bool* as_subject) {
  for (size_t r = first; r < end; ++r) {
    const ExtractedRelation& x = rels[r];
    if (x.attribution || x.surface_only) continue;
    if (x.subject_text.find(noun_text) != std::string::npos && took_place(x)) {
      *as_subject = true;
      return &x;
    }
    if (x.object_text.find(noun_text) != std::string::npos && performs(x)) {
      *as_subject = false;
      return &x;
    }
  }
  return nullptr;
}

// "in a massacre", "during the shelling", "after his arrest", "following Turkish air strikes": a
// preposition that places the noun's act in the past of the clause, so the act took place. The
// noun's determiner, possessive and modifiers may stand between ("after the deadly bombing").
bool after_act_preposition(const std::vector<Token>& tk, size_t b, bool consultation_with) {
  static const std::set<std::string_view> kPlacing = {"in", "during", "after", "following", "since"};
  size_t k = b;
  while (k > 0 && (tk[k - 1].tag == "DT" || tk[k - 1].tag == "JJ" || tk[k - 1].tag == "PRP$" ||
                   tk[k - 1].tag == "NNP" || tk[k - 1].tag == "POS"))
    --k;
  // "claimed (denied) responsibility for the bombing": the bombing took place, whoever did it.
  if (k >= 2 && tk[k - 1].lower == "for"sv && tk[k - 2].lower == "responsibility"sv) return true;
  if (k == 0 || !kPlacing.count(tk[k - 1].lower)) return false;
  // A bare "in" before the noun is a manner ("in protest at the ruling" makes no protest), except
  // for a consultation with someone ("in talks with the union": the talks are going on).
  return k < b || tk[k - 1].lower != "in"sv || consultation_with;
}

// "on Monday", "on 3 May", "by Friday": a time, not a participant.
bool is_time_word(const Token& t) {
  static const std::set<std::string_view> kTimes = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "today", "tonight", "yesterday", "tomorrow", "the", "weekend", "morning", "evening", "night", "afternoon"};
  return t.tag == "CD" || (kTimes.count(t.lower) && t.lower != "the"sv);
}

struct Participants {
  size_t src_b = 0, src_e = 0, tgt_b = 0, tgt_e = 0;
  bool between = false;
};

// "between A and B" with A's and B's words [j + 1, e): A the source, B the other side.
void read_between(const std::vector<Token>& tk, size_t j, size_t e, Participants& p) {
  p.between = true;
  p.src_b = j + 1;
  p.src_e = e;
  for (size_t a = j + 2; a + 1 < e; ++a)
    if (tk[a].lower == "and"sv) {
      p.src_e = a;
      p.tgt_b = a + 1;
      p.tgt_e = e;
      break;
    }
}

// between-after-verb: the sides of an act named by the subject of a verb of happening stand after
// the verb ("Fighting broke out between the army and the rebels", "Clashes erupted on Sunday
// between A and B"). Looked for within six tokens of the noun, after its one verb group, in its
// clause: no punctuation, "and", "that", "as" or "to" and no second verb between ("the talks to
// break off are discussed between the two sides" is a discussion between them); true when found.
bool between_after_verb(const std::vector<Token>& tk, const NounMatch& m, Participants& p) {
  bool in_verbs = false, verbs_done = false;
  for (size_t j = m.e; j < tk.size() && j < m.e + 7; ++j) {
    const Token& t = tk[j];
    if (t.lower == "between"sv) {
      size_t e = noun_group_end(tk, j + 1);
      if (e < j + 2) return false;
      read_between(tk, j, e, p);
      return true;
    }
    if (t.tag == "," || t.tag == "." || t.tag == ":" || t.lower == "and"sv || t.lower == "that"sv || t.lower == "as"sv ||
        t.lower == "to"sv)
      return false;
    if (!t.tag.empty() && (t.tag[0] == 'V' || t.tag == "MD")) {
      if (verbs_done) return false;
      in_verbs = true;
    } else if (in_verbs) {
      verbs_done = true;
    }
  }
  return false;
}

// actor-modifier: a word before an event noun that can be its source: a name ("Houthi attacks"), a
// demonym ("Turkish air strikes") or an actor word ("rebel attacks"); not an adjective of manner
// or size ("Heavy fighting", "fierce clashes").
bool is_actor_modifier(const Token& t, const Lexicons& lex) {
  return t.tag == "NNP" || t.tag == "NNPS" || lex.demonyms.count(t.text) || lex.agents.count(t.lower);
}

// The participants in the noun's phrase: a possessive or actor modifiers before it, and "between
// A and B", "by A", "of X", "on X", "against X", "with X" after it.
Participants find_participants(const std::vector<Token>& tk, const NounMatch& m, const Lexicons& lex) {
  Participants p;
  size_t k = m.b;
  while (k > 0 && (tk[k - 1].tag == "JJ" || tk[k - 1].tag == "NNP" || tk[k - 1].tag == "NNPS")) --k;
  // The source is the modifiers from the first actor modifier to the last ("heavy Turkish shelling").
  size_t src_b = k, src_e = m.b;
  while (src_b < src_e && !is_actor_modifier(tk[src_b], lex)) ++src_b;
  while (src_e > src_b && !is_actor_modifier(tk[src_e - 1], lex)) --src_e;
  if (src_b < src_e) {  // "Turkish air strikes", "Houthi attacks"
    p.src_b = src_b;
    p.src_e = src_e;
  }
  if (m.b >= 2 && tk[m.b - 1].tag == "POS") {  // "Russia's offensive"
    size_t s = m.b - 1;
    while (s > 0 && (is_noun_tag(tk[s - 1].tag) || tk[s - 1].tag == "DT")) --s;
    p.src_b = s;
    p.src_e = m.b - 1;
  }
  for (size_t j = m.e; j < tk.size() && j < m.e + 8; ++j) {
    const std::string& w = tk[j].lower;
    if (w != "between"sv && w != "by"sv && w != "of"sv && w != "on"sv && w != "against"sv && w != "with"sv &&
        w != "to"sv)  // "a visit to Madrid"; "talks to end the war" stops at the verb
      break;
    size_t e = noun_group_end(tk, j + 1);
    if (e == j + 1 || is_time_word(tk[j + 1]) || (e > j + 2 && is_time_word(tk[e - 1]))) break;
    if (w == "between"sv) {  // "between A and B": A the source, B the other side
      read_between(tk, j, e, p);
    } else if (w == "by"sv) {
      p.src_b = j + 1;
      p.src_e = e;
    } else if (w != "of"sv || m.noun->of_is_target) {
      p.tgt_b = j + 1;
      p.tgt_e = e;
    }
    j = e - 1;
  }
  return p;
}

// adjunct-event-noun: a consultation or visit named in an adjunct of a clause ("The envoy flew home
// after talks with the rebels", "The king signed the accord during a visit to Madrid", "The
// minister is in talks with the union") is the act of that clause's subject: the relation whose
// extra arguments hold the noun (or whose "be" has it as complement) gives its subject. Only for nouns of CAMEO's 04 root, whose actor
// is the one who takes part; "following the arrest of Z" names no arrester in the clause's
// subject ("Riots broke out following the arrest of Z").
const ExtractedRelation* adjunct_owner(const std::vector<ExtractedRelation>& rels, size_t first, size_t end,
                                       const std::string& noun_text) {
  for (size_t r = first; r < end; ++r) {
    const ExtractedRelation& x = rels[r];
    if (x.attribution || x.surface_only || x.subject_text.empty()) continue;
    for (const std::string& extra : x.extra)
      if (extra.find(noun_text) != std::string::npos) return &x;
    // "The minister is (remains) in talks with the union": the complement of "be".
    if ((x.predicate == "be"sv || x.predicate == "remain"sv) &&
        (x.object_text.find(noun_text) != std::string::npos || x.arg2.find(noun_text) != std::string::npos))
      return &x;
  }
  return nullptr;
}

bool is_consultation(const EventNoun& n) { return n.cameo.starts_with("04"); }

// The noun's "in" hangs on a common noun before it ("Taiwan's position in talks with
// Washington", "an insider in the talks", "involve governments in negotiations"): the phrase
// belongs to that noun, not to the clause, so the clause's subject does not take part.
bool attached_to_noun(const std::vector<Token>& tk, size_t b) {
  size_t k = b;
  while (k > 0 && (tk[k - 1].tag == "DT" || tk[k - 1].tag == "JJ" || tk[k - 1].tag == "PRP$" ||
                   tk[k - 1].tag == "NNP" || tk[k - 1].tag == "POS"))
    --k;
  // "after", "during", "following" open an adjunct of the clause even after a noun ("told reporters
  // during a visit to Kenya"); a time word before "in" is an adverb ("yesterday in talks with").
  return k >= 2 && tk[k - 1].lower == "in"sv && (tk[k - 2].tag == "NN" || tk[k - 2].tag == "NNS") &&
         !is_time_word(tk[k - 2]);
}

// The noun is followed by "with" ("talks with the union").
bool with_after(const std::vector<Token>& tk, const NounMatch& m) { return m.e < tk.size() && tk[m.e].lower == "with"sv; }

}  // namespace

void add_event_noun_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex, const ParticipantNames& names,
                           const SentenceTime& time, std::vector<ExtractedRelation>& relations, size_t first) {
  const size_t before = relations.size();
  std::optional<TimeValue> when;  // the sentence's time, once asked
  for (size_t i = 0; i < tk.size(); ++i) {
    if (!may_end_event_noun(tk, i)) continue;
    NounMatch m = match_noun(tk, i, lex);
    // "at his own request", "on their own initiative": the actor towards itself, no event.
    if (!m.noun || denied_before(tk, m.b) || (m.b > 0 && tk[m.b - 1].lower == "own"sv)) continue;
    std::string noun_text = span_text(tk, Span{m.b, m.e});
    if (already_coded(relations, first, before, noun_text)) continue;
    bool as_subject = false;
    const ExtractedRelation* host = host_of(relations, first, before, noun_text, &as_subject);
    const bool consultation = is_consultation(*m.noun);
    // "killed 40 people in a massacre" takes place too
    if (!host && !after_act_preposition(tk, m.b, consultation && with_after(tk, m))) continue;
    Participants p = find_participants(tk, m, lex);
    const ExtractedRelation* owner = nullptr;  // adjunct-event-noun
    if (!host && consultation && p.src_e == p.src_b && !p.between && !attached_to_noun(tk, m.b))
      owner = adjunct_owner(relations, first, before, noun_text);
    // The sides after the verb replace a modifier read as the source ("Heavy fighting broke out
    // between A and B"), never sides of the noun's own phrase.
    Participants after;
    const bool sides_after_verb = host && as_subject && !p.between && p.tgt_e == p.tgt_b &&
                                  between_after_verb(tk, m, after);
    if (sides_after_verb) p = after;
    ExtractedRelation r;
    const bool as_name = tk[i].tag == "NNP" || tk[i].tag == "NNPS";  // its lemma keeps the capital
    r.predicate = tk[i].lemma.empty() || as_name ? tk[i].lower : tk[i].lemma;
    r.text = noun_text;
    r.event_type = m.noun->event_type;
    r.cameo = m.noun->cameo;
    r.symmetric = p.between;
    r.sentence = si;
    r.confidence = 0.6;
    if (!when) when = time();
    r.has_time = !when->value.empty();
    r.time = *when;
    r.rule = sides_after_verb ? "between-after-verb" : owner ? "adjunct-event-noun" : "event-noun";
    r.subject_text = r.arg1 = span_text(tk, Span{p.src_b, p.src_e});
    r.object_text = r.arg2 = span_text(tk, Span{p.tgt_b, p.tgt_e});
    std::vector<std::string> src = p.src_e > p.src_b ? names(p.src_b, p.src_e) : std::vector<std::string>{};
    std::vector<std::string> tgt = p.tgt_e > p.tgt_b ? names(p.tgt_b, p.tgt_e) : std::vector<std::string>{};
    if (!src.empty()) r.subject = src[0];
    if (!tgt.empty() && tgt[0] != r.subject) r.object = tgt[0];
    if (owner) {  // the clause's subject takes part, with the clause's modality and polarity
      r.subject = owner->subject;
      r.subject_text = r.arg1 = owner->subject_text;
      r.modality = owner->modality;
      r.polarity = owner->polarity;
      r.symmetric = r.symmetric || with_after(tk, m);
    }
    if (host) {  // the clause's modality and polarity are the act's ("If the talks fail")
      r.modality = host->modality;
      r.polarity = host->polarity;
      // "Four prisoners began a hunger strike"; not the "there" of "there was much talk".
      if (!as_subject && p.src_e == p.src_b && host->subject_text != "there"sv && host->subject_text != "There"sv) {
        r.subject = host->subject;
        r.subject_text = r.arg1 = host->subject_text;
      }
    }
    relations.push_back(std::move(r));
    i = m.e - 1;
  }
}

}  // namespace newsgraph
