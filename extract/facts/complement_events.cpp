// attack-as-criticism, attack-for-criticism, found-guilty, blame-actor, shot-dead, into-custody,
// riot-control-weapon, undergone-act, aid-received-from and ask-actor-for (see complement_events.h).
#include "complement_events.h"

#include <array>
#include <string_view>

#include "chunker.h"  // is_noun_tag
#include "lexicons.h"  // Lexicons::agents
#include "object_lists.h"  // kTargetListItem
#include "text_util.h"  // to_lower
#include "triples.h"  // span_text, Span

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool is_verb_of(const Token& t, std::string_view lemma) {
  return !t.tag.empty() && t.tag[0] == 'V' && (t.lemma.empty() ? t.lower : t.lemma) == lemma;
}

// The first token `word` after the verb at `v` in its clause (before a punctuation mark, at most
// `reach` tokens on), or 0.
size_t word_after(const std::vector<Token>& tk, size_t v, std::string_view word, size_t reach) {
  for (size_t k = v + 1; k < tk.size() && k <= v + reach; ++k) {
    if (tk[k].lower == word) return k;
    if (tk[k].tag == "." || tk[k].tag == "," || tk[k].tag == ":") break;
  }
  return 0;
}

// The sentence's relation of the verb `lemma` whose code starts with `code_prefix` ("" for an
// uncoded one), or nullptr.
ExtractedRelation* relation_of(std::vector<ExtractedRelation>& rels, size_t si,
                               std::string_view lemma, std::string_view code_prefix) {
  for (ExtractedRelation& r : rels)
    if (r.sentence == si && r.predicate == lemma && !r.attribution && !r.surface_only &&
        (code_prefix.empty() ? r.cameo.empty() : r.cameo.starts_with(code_prefix)))
      return &r;
  return nullptr;
}

const std::string& lemma_of(const Token& t) { return t.lemma.empty() ? t.lower : t.lemma; }

// into-custody: "into custody", "into police custody" after the verb at `v`, in its clause.
bool into_custody_after(const std::vector<Token>& tk, size_t v) {
  size_t c = word_after(tk, v, "custody", 8);
  if (!c) return false;
  size_t k = c - 1;
  if (k > v && (tk[k].lower == "police"sv || tk[k].lower == "protective"sv || tk[k].lower == "military"sv)) --k;
  return k > v && tk[k].lower == "into"sv;
}

// Weapons of crowd control, as written (one or two words), for riot-control-weapon. "tear" of
// "tear gas" is often tagged a verb, so the words are matched, not their tags.
constexpr std::array<std::array<std::string_view, 2>, 14> kRiotControlWeapons = {{
    {"tear", "gas"}, {"teargas", ""}, {"tear-gas", ""}, {"water", "cannon"}, {"water", "cannons"},
    {"rubber", "bullets"}, {"plastic", "bullets"}, {"rubber-coated", "bullets"}, {"pepper", "spray"},
    {"stun", "grenades"}, {"sound", "grenades"}, {"batons", ""}, {"truncheons", ""}, {"tasers", ""}}};

// The end of the crowd-control weapon that starts at token k, or 0.
size_t riot_weapon_end(const std::vector<Token>& tk, size_t k) {
  for (const auto& w : kRiotControlWeapons)
    if (k < tk.size() && tk[k].lower == w[0]) {
      if (w[1].empty()) return k + 1;
      if (k + 1 < tk.size() && tk[k + 1].lower == w[1]) return k + 2;
    }
  return 0;
}

// The verbs a crowd-control weapon is the object of: "used", "fired", "deployed" tear gas.
bool is_weapon_use_verb(const Token& t) {
  if (t.tag.empty() || t.tag[0] != 'V') return false;
  const std::string& l = lemma_of(t);
  return l == "use"sv || l == "fire"sv || l == "deploy"sv || l == "spray"sv || l == "lob"sv || l == "shoot"sv;
}

// The noun group from b ("the student protesters"): determiners, adjectives, numbers, nouns.
size_t target_group_end(const std::vector<Token>& tk, size_t b) {
  size_t e = b;
  while (e < tk.size() && (is_noun_tag(tk[e].tag) || tk[e].tag == "CD" || tk[e].tag == "PRP" ||
                           ((tk[e].tag == "DT" || tk[e].tag == "JJ" || tk[e].tag == "PRP$") && e + 1 < tk.size())))
    ++e;
  while (e > b && !is_noun_tag(tk[e - 1].tag) && tk[e - 1].tag != "PRP" && tk[e - 1].tag != "CD") --e;
  return e;
}

// riot-control-weapon at the verb `v`: the weapons [v + 1, end) (joined by "and" or commas, with
// their "canisters" or "shells"), and the target's words after "on", "at", "against" or "to
// disperse". False when no weapon follows the verb.
struct RiotControl {
  size_t weapon_end = 0, tgt_b = 0, tgt_e = 0;
};

bool find_riot_control(const std::vector<Token>& tk, size_t v, RiotControl& rc) {
  size_t e = riot_weapon_end(tk, v + 1);
  if (!e) return false;
  while (e + 1 < tk.size() && (tk[e].lower == "and"sv || tk[e].lower == ","sv))
    if (size_t more = riot_weapon_end(tk, e + 1)) e = more;
    else break;
  if (e < tk.size() && (tk[e].lower == "canisters"sv || tk[e].lower == "shells"sv)) ++e;
  rc.weapon_end = e;
  size_t t = 0;
  if (e < tk.size() && (tk[e].lower == "on"sv || tk[e].lower == "at"sv || tk[e].lower == "against"sv)) t = e + 1;
  else if (e + 1 < tk.size() && tk[e].lower == "to"sv && lemma_of(tk[e + 1]) == "disperse"sv) t = e + 2;
  if (t) {
    rc.tgt_b = t;
    rc.tgt_e = target_group_end(tk, t);
  }
  return true;
}

// The sentence's relation whose verb is `verb` or, where "tear" was read as the verb, the weapon's
// first word.
ExtractedRelation* weapon_relation(std::vector<ExtractedRelation>& rels, size_t si, const std::string& verb,
                                   const std::string& first_word) {
  for (ExtractedRelation& r : rels)
    if (r.sentence == si && !r.attribution && !r.surface_only && (r.predicate == verb || r.predicate == first_word))
      return &r;
  return nullptr;
}

void code_riot_control(const std::vector<Token>& tk, size_t si, size_t v, const RiotControl& rc,
                       const ParticipantNames& names, std::vector<ExtractedRelation>& relations) {
  ExtractedRelation* r = weapon_relation(relations, si, lemma_of(tk[v]), lemma_of(tk[v + 1]));
  if (!r) return;
  r->predicate = lemma_of(tk[v]);
  r->text = tk[v].text;
  r->object.clear();
  r->object_text = r->arg2 = span_text(tk, Span{v + 1, rc.weapon_end});
  r->cameo = "175";
  r->event_type = "violent_repression";
  r->rule = "riot-control-weapon";
  if (rc.tgt_e > rc.tgt_b) {
    r->target_text = span_text(tk, Span{rc.tgt_b, rc.tgt_e});
    std::vector<std::string> who = names(rc.tgt_b, rc.tgt_e);
    r->target = who.empty() || who[0] == r->subject ? "" : who[0];
  }
}


// attack-for-criticism: "attacked the senator for his remarks", "attacked the board for the
// decision": an attack for what its target said or did is words (111). The reason is "for" and a
// possessive ("for his", "for their") or a determiner and a noun that is no stretch of time or
// turn ("for the second time", "for three days", "for the night" are force, or say when; the
// words in data/lexicon/time_or_turn_words.txt).
bool for_what_was_said_or_done(const std::vector<Token>& tk, size_t v, const Lexicons& lex) {
  size_t f = word_after(tk, v, "for", 10);
  if (!f || f + 1 >= tk.size()) return false;
  const Token& next = tk[f + 1];
  if (next.tag == "PRP$") return true;
  if (next.tag != "DT") return false;
  for (size_t k = f + 2; k < tk.size() && k < f + 6; ++k) {
    if (lex.time_or_turn_words.find(tk[k].lower) != StringTable::kNone) return false;
    if (is_noun_tag(tk[k].tag)) return tk[k].tag != "NNP" || k > f + 2;  // "for the tweet", not "for the Kurds"
    if (tk[k].tag != "JJ") return false;
  }
  return false;
}

// The object right after the verb at `v` is an agent noun group ("the police", "federal
// regulators"): its last noun, before any preposition or punctuation, is a noun of data/agents.tsv.
bool agent_object_after(const std::vector<Token>& tk, size_t v, const Lexicons& lex) {
  size_t last = 0;
  for (size_t k = v + 1; k < tk.size() && k < v + 6; ++k) {
    if (is_noun_tag(tk[k].tag)) last = k;
    else if (tk[k].tag != "DT" && tk[k].tag != "JJ" && tk[k].tag != "PRP$") break;
  }
  return last && lex.agents.count(tk[last].lower) > 0;
}

// undergone-act: "The coach came under criticism", "the minister drew criticism from unions", "He
// received a prison sentence", "The driver faces charges": the subject of a verb of undergoing
// is not the source of the act its object names (the row of data/events.tsv, "receive
// criticism" 111) but its target; the source is the "from" group when there is one. A closed
// class of verbs, in data/lexicon/undergoing_verbs.txt.
bool is_verb_of_undergoing(const Token& t, const Lexicons& lex) {
  return !t.tag.empty() && t.tag[0] == 'V' && lex.undergoing_verbs.find(lemma_of(t)) != StringTable::kNone;
}

// The noun group after "from" following the verb at `v` in its clause ("from rights groups"),
// as a span; empty when there is none, or when a second verb stands between ("charges arising
// from the scandal", "stemming from an allegation": what the act comes of, not who does it).
Span from_group(const std::vector<Token>& tk, size_t v) {
  size_t f = word_after(tk, v, "from", 8);
  if (!f) return {};
  for (size_t k = v + 1; k < f; ++k)
    if (!tk[k].tag.empty() && tk[k].tag[0] == 'V') return {};
  size_t e = f + 1;
  while (e < tk.size() && (is_noun_tag(tk[e].tag) || tk[e].tag == "DT" || tk[e].tag == "JJ" || tk[e].tag == "POS" ||
                           tk[e].tag == "PRP$" || tk[e].tag == "CD"))
    ++e;
  return e > f + 1 ? Span{f + 1, e} : Span{};
}

// The items of the list the "from" group at `first` opens ("from the EU, Japan and the Red Cross"):
// one noun group each (a name's "of" joined, "the Ministry of Health"), separated by commas and
// "and"; the list ends at the first word that neither continues a group nor joins one.
std::vector<Span> from_list_items(const std::vector<Token>& tk, Span first) {
  std::vector<Span> items{first};
  size_t k = first.e;
  auto in_group = [&](size_t j) {
    const auto& tag = tk[j].tag;
    return is_noun_tag(tag) || tag == "DT" || tag == "JJ" || tag == "POS" || tag == "PRP$" || tag == "CD" ||
           (tk[j].lower == "of"sv && j + 1 < tk.size() && tk[j + 1].tag == "NNP" && j > 0 && tk[j - 1].tag == "NNP");
  };
  // "of" inside the first group ("from the Bank of England") is read the same way.
  while (k < tk.size() && in_group(k)) items.back().e = ++k;
  while (k + 1 < tk.size()) {
    size_t b = k;
    if (tk[b].lower == ","sv) ++b;
    if (b < tk.size() && tk[b].lower == "and"sv) ++b;
    if (b == k || b >= tk.size()) break;
    size_t e = b;
    while (e < tk.size() && in_group(e)) ++e;
    if (e == b) break;
    items.push_back({b, e});
    k = e;
  }
  return items;
}

// Whether the words `s` name an actor: an entity, or end with an agent noun of data/agents.tsv
// ("from local charities", "from the police").
bool names_actor(const std::vector<Token>& tk, Span s, const ParticipantNames& names, const Lexicons& lex) {
  if (!names(s.b, s.e).empty()) return true;
  for (size_t k = s.e; k > s.b; --k)
    if (is_noun_tag(tk[k - 1].tag)) return lex.agents.count(tk[k - 1].lower) > 0;
  return false;
}

// undergone-act, and aid-received-from after it: the subject becomes the target, each item of the
// "from" list a source (the first in place, one copy of the relation for every further item:
// "drew criticism from unions and employers" is criticism by both). `rule` names the construction
// that coded the relation (static storage).
void code_undergone_act(const std::vector<Token>& tk, size_t si, size_t v, const ParticipantNames& names,
                        std::vector<ExtractedRelation>& relations, std::string_view rule = "undergone-act") {
  const std::string& lemma = lemma_of(tk[v]);
  for (size_t ri = 0; ri < relations.size(); ++ri) {
    ExtractedRelation& r = relations[ri];
    if (r.sentence != si || r.predicate != lemma || r.attribution || r.surface_only || r.cameo.empty() ||
        r.subject_text.empty() || !r.target_text.empty())
      continue;
    r.target = r.subject;
    r.target_text = r.subject_text;
    r.subject.clear();
    r.subject_text.clear();
    r.subject_words.clear();
    r.text_rule = {};
    r.arg1.clear();
    r.rule = rule;
    Span from = from_group(tk, v);
    if (from.e <= from.b) return;
    std::vector<Span> items = from_list_items(tk, from);
    auto set_source = [&](ExtractedRelation& e, Span s) {
      e.subject_text = span_text(tk, s);
      std::vector<std::string> who = names(s.b, s.e);
      e.subject = !who.empty() && who[0] != e.target ? who[0] : "";
      if (!e.subject.empty() && e.object == e.subject) e.object.clear();  // the object is what was given
      e.arg1 = e.subject_text;
    };
    // The copies are made from the relation as it stands once the target is set; `r` is not used
    // after the first push (the vector may grow). An object the clause took from the "from" list
    // itself (target_in_extras) is a source, not what was given.
    ExtractedRelation shared = r;
    for (const Span& item : items)
      for (const std::string& who : names(item.b, item.e))
        if (shared.object == who) shared.object.clear();
    set_source(r, items[0]);
    for (size_t i = 1; i < items.size(); ++i) {
      ExtractedRelation copy = shared;
      set_source(copy, items[i]);
      relations.push_back(std::move(copy));
    }
    // The list's items are this event's sources now: target-list-item's one relation per item of
    // the same clause would say each gave to the receiver's object again.
    std::erase_if(relations, [&](const ExtractedRelation& e) {
      return e.sentence == si && e.predicate == lemma && e.rule == kTargetListItem;
    });
    return;
  }
}

// aid-received-from: "The clinic received funding from the Red Cross", "won a grant from the Gates
// Foundation and the city", "got support from A, B and C": a verb of receiving
// (data/lexicon/received_aid.tsv, kind verb) whose object is an aid noun of that file, with a "from"
// group whose first item names an actor, is aid (07x) from each item to the subject. Not without
// such a group ("received funding" is a firm's capital, "received $2m from the sale" a thing's),
// nor for a support noun after an endorsement word, with one as the receiver's head or as the verb
// ("won broad support from opposition parties", "the proposal received support", "won support
// from"): that is endorsement. A
// relation data/events.tsv already codes ("received aid from") is undergone-act's. Returns whether
// it coded one.
bool code_aid_received(const std::vector<Token>& tk, size_t si, size_t v, const Lexicons& lex, const ParticipantNames& names,
                       std::vector<ExtractedRelation>& relations) {
  Span from = from_group(tk, v);
  if (from.e <= from.b) return false;
  size_t aid = 0;  // the aid noun: the last noun between the verb and "from"
  for (size_t k = v + 1; k + 1 < from.b; ++k)
    if (is_noun_tag(tk[k].tag)) aid = k;
  if (!aid) return false;
  auto noun = lex.received_aid_nouns.find(lemma_of(tk[aid]));
  if (noun == lex.received_aid_nouns.end()) return false;
  if (!names_actor(tk, from_list_items(tk, from)[0], names, lex)) return false;
  ExtractedRelation* r = relation_of(relations, si, lemma_of(tk[v]), "");
  if (!r || r->subject_text.empty()) return false;
  if (noun->second.endorsable) {
    // "won broad support from", "secured the backing of": the word before the noun, or the verb.
    if (lex.endorsement_words.find(tk[aid - 1].lower) != StringTable::kNone ||
        lex.endorsement_words.find(lemma_of(tk[v])) != StringTable::kNone)
      return false;
    // The receiver's head: its last word ("Boren's statement", "the proposal").
    const std::string& subject = r->subject_text;
    std::string_view head = std::string_view(subject).substr(subject.rfind(' ') == std::string::npos ? 0 : subject.rfind(' ') + 1);
    if (lex.endorsement_words.find(to_lower(head)) != StringTable::kNone) return false;
  }
  r->cameo = noun->second.cameo;
  r->event_type = noun->second.event_type;
  code_undergone_act(tk, si, v, names, relations, "aid-received-from");
  return true;
}

// ask-actor-for: "asked the World Bank for a loan", "asked Congress for more funds", "asked the
// court for an injunction": asking an actor (an entity, or an agent noun of data/agents.tsv) for
// something is an appeal to that actor (02x). Its code is the one data/events.tsv gives requesting
// the thing ("request + assistance" 023, "request + release" 0253, "request + talks" 026), else
// 020. Only with an object before "for" and no verb between: "asked for comment" names no one
// asked, "asked reporters whether ..." asks for nothing.
void code_ask_actor_for(const std::vector<Token>& tk, size_t si, size_t v, const Lexicons& lex,
                        std::vector<ExtractedRelation>& relations) {
  size_t f = word_after(tk, v, "for", 8);
  if (f < v + 2) return;
  for (size_t k = v + 1; k < f; ++k)
    if (!tk[k].tag.empty() && (tk[k].tag[0] == 'V' || tk[k].tag == "IN" || tk[k].tag == "TO")) return;
  ExtractedRelation* r = relation_of(relations, si, "ask", "");
  if (!r || (r->object.empty() && !agent_object_after(tk, v, lex))) return;
  size_t head = 0;  // the last noun of the group after "for"
  for (size_t k = f + 1; k < tk.size() && k < f + 7; ++k) {
    if (is_noun_tag(tk[k].tag)) head = k;
    else if (head || (tk[k].tag != "DT" && tk[k].tag != "JJ" && tk[k].tag != "PRP$" && tk[k].tag != "CD")) break;
  }
  if (!head) return;
  r->cameo = "020";
  r->event_type = "appeal";
  if (auto it = lex.events.find("request\t" + lemma_of(tk[head])); it != lex.events.end() && !it->second.no_event()) {
    r->cameo = it->second.cameo;
    r->event_type = it->second.event_type;
  }
  r->rule = "ask-actor-for";
}
}  // namespace

void code_complement_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex, const ParticipantNames& names,
                            std::vector<ExtractedRelation>& relations) {
  for (size_t i = 0; i < tk.size(); ++i) {
    // Each construction below starts at a verb (is_weapon_use_verb and is_verb_of read a V tag
    // first): a token tagged otherwise, most of them, is passed by one test instead of six.
    if (tk[i].tag.empty() || tk[i].tag[0] != 'V') continue;
    RiotControl rc;
    if (is_weapon_use_verb(tk[i]) && find_riot_control(tk, i, rc)) {
      code_riot_control(tk, si, i, rc, names, relations);
      i = rc.weapon_end - 1;
    } else if (is_verb_of(tk[i], "take") && into_custody_after(tk, i)) {
      if (ExtractedRelation* r = relation_of(relations, si, "take", "")) {
        r->cameo = "173";
        r->event_type = "arrest";
        r->rule = "into-custody";
      }
    } else if (is_verb_of(tk[i], "attack") && (word_after(tk, i, "as", 12) || for_what_was_said_or_done(tk, i, lex))) {
      // The relation is coded 19x by "attack *", or already 111 by a row of a criticized thing
      // ("attacked the plan as reckless": data/events.tsv); either way the construction names it.
      ExtractedRelation* r = relation_of(relations, si, "attack", "19");
      if (!r) r = relation_of(relations, si, "attack", "111");
      if (r) {
        r->cameo = "111";
        r->event_type = "criticize";
        r->rule = word_after(tk, i, "as", 12) ? "attack-as-criticism" : "attack-for-criticism";
      }
    } else if (is_verb_of(tk[i], "shoot") && i + 1 < tk.size() && tk[i + 1].lower == "dead"sv) {
      // shot-dead: "was shot dead" is a killing whoever did it (180, unconventional violence, when
      // actor-violence has not coded it from its actor).
      // A shooting passive-violence-no-agent coded as an assault (182) is the killing too.
      ExtractedRelation* r = relation_of(relations, si, "shoot", "");
      if (!r) r = relation_of(relations, si, "shoot", "182");
      if (r && (r->cameo.empty() || r->rule == "passive-violence-no-agent"sv)) {
        r->cameo = "180";
        r->event_type = "assault";
        r->rule = "shot-dead";
      }
    } else if (is_verb_of(tk[i], "blame")) {
      // blame-actor: "Kyiv blamed Moscow for the attack" accuses an actor (112); so does "blamed
      // the regulators for the disaster", an agent noun of data/agents.tsv with no country;
      // "blamed the weather" names none (its object is no entity and no agent).
      if (ExtractedRelation* r = relation_of(relations, si, "blame", "");
          r && (!r->object.empty() || agent_object_after(tk, i, lex))) {
        r->cameo = "112";
        r->event_type = "accuse";
        r->rule = "blame-actor";
      }
    } else if (lex.received_aid_verbs.find(lemma_of(tk[i])) != StringTable::kNone &&
               code_aid_received(tk, si, i, lex, names, relations)) {
      // aid-received-from coded the relation and gave it its sources
    } else if (is_verb_of_undergoing(tk[i], lex)) {
      code_undergone_act(tk, si, i, names, relations);
    } else if (is_verb_of(tk[i], "ask")) {
      code_ask_actor_for(tk, si, i, lex, relations);
    } else if (is_verb_of(tk[i], "find")) {
      size_t g = word_after(tk, i, "guilty", 8);
      if (g && tk[g - 1].lower != "not"sv)
        if (ExtractedRelation* r = relation_of(relations, si, "find", "")) {
          r->cameo = "116";
          r->event_type = "find_guilty";
          r->rule = "found-guilty";
        }
    }
  }
}

}  // namespace newsgraph
