// demand-that and accusation-that (see that_clause_events.h).
#include "that_clause_events.h"

#include <string_view>

#include "chunker.h"        // is_noun_tag
#include "stance_events.h"  // stance_code
#include "triples.h"        // span_text

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

const std::string& lemma_of(const Token& t) { return t.lemma.empty() ? t.lower : t.lemma; }

bool is_demand_verb(const Token& t) {
  if (t.tag.empty() || t.tag[0] != 'V') return false;
  const std::string& l = lemma_of(t);
  return l == "demand"sv || l == "insist"sv;
}

// The noun group from b: determiners, adjectives, numbers, nouns, possessives, "and".
size_t noun_group_end(const std::vector<Token>& tk, size_t b) {
  size_t e = b;
  while (e < tk.size() && !(tk[e].tag == "DT" && e > b) &&  // "the" starts a new group
         (is_noun_tag(tk[e].tag) || tk[e].tag == "DT" || tk[e].tag == "JJ" || tk[e].tag == "CD" ||
          tk[e].tag == "POS" || tk[e].tag == "PRP$" || tk[e].tag == "PRP" ||
          tk[e].lower == "and"sv))
    ++e;
  return e;
}

// "demanded that [Moscow] [release] the journalist": the target's tokens and the act's verb token.
struct DemandedAct {
  size_t tgt_b = 0, tgt_e = 0, verb = 0;
};

bool is_present_be(const Token& t) {
  return t.lower == "are"sv || t.lower == "am"sv || t.lower == "is"sv;
}

bool find_demanded_act(const std::vector<Token>& tk, size_t i, DemandedAct& d) {
  if (i + 3 >= tk.size() || tk[i + 1].lower != "that"sv) return false;
  d.tgt_b = i + 2;
  d.tgt_e = noun_group_end(tk, d.tgt_b);
  size_t k = d.tgt_e;
  if (k < tk.size() && tk[k].tag == "MD") ++k;  // "that Y should X"
  if (k < tk.size() && (tk[k].tag == "VB" || tk[k].tag == "VBP") && !is_present_be(tk[k])) {
    // A base form (the subjunctive of a demand); "insisted that he was innocent" maintains a claim.
    d.verb = k;
  } else if (d.tgt_e >= d.tgt_b + 2 && k < tk.size() &&
             (tk[k].tag == "DT" || tk[k].tag == "PRP$") &&
             (tk[d.tgt_e - 1].tag == "NN" || tk[d.tgt_e - 1].tag == "NNS" ||
              tk[d.tgt_e - 1].tag == "JJ")) {
    // The subjunctive read as a noun or an adjective ("that Moscow release the journalist", "that
    // Chile free the students"): a noun group never runs into a determiner, so its last word is the
    // verb.
    d.verb = --d.tgt_e;
  } else {
    return false;
  }
  return d.tgt_e > d.tgt_b;
}

// The CAMEO code of the act demanded: its verb with the head of the noun group after it.
std::string act_code(const std::vector<Token>& tk, size_t verb, const Lexicons& lex) {
  size_t e = noun_group_end(tk, verb + 1);
  std::string head;
  for (size_t k = e; k > verb + 1; --k)
    if (is_noun_tag(tk[k - 1].tag)) {
      head = lemma_of(tk[k - 1]);
      break;
    }
  const EventRule* rule = lex.event_for(lemma_of(tk[verb]), head);
  return rule && !rule->no_event() ? rule->cameo : "";
}

// The sentence's relation of the demand verb, a fact before an attribution ("insisted" is a cue).
long demand_relation(const std::vector<ExtractedRelation>& rels, size_t si,
                     const std::string& lemma) {
  long found = -1;
  for (size_t r = 0; r < rels.size(); ++r) {
    if (rels[r].sentence != si || rels[r].predicate != lemma) continue;
    if (!rels[r].attribution && !rels[r].surface_only) return static_cast<long>(r);
    if (found < 0) found = static_cast<long>(r);
  }
  return found;
}

bool is_accusation_cue(const std::string& cue) { return cue == "claim"sv || cue == "allege"sv; }

// "deny" with a clause denies the act of the clause ("The army denied that its troops had shelled
// the village"): a denial of responsibility (016). "rejected"/"dismissed" with a clause reject a
// view more often than they deny an act, and stay claims only.
bool is_denial_cue(const std::string& cue) { return cue == "deny"sv; }

// "charge" says the claim is a charge, whatever the act: "The opposition charged that the
// government rigged the vote" accuses the government (the cue only with a clause or quotation:
// "charged a fee" and "charged him with fraud" make no claim).
bool is_charge_cue(const std::string& cue) { return cue == "charge"sv; }

// The words of the attribution that states claim `c` ("charged"), empty when none.
const std::string* cue_phrase(const std::vector<ExtractedRelation>& rels, int c) {
  for (const ExtractedRelation& frame : rels)
    if (frame.attribution && frame.claim == c) return &frame.text;
  return nullptr;
}

// A charge is reported as made: "charged", "charging". The present "charges" and "charge" of
// results tables ("Finance charges 4.1 mln vs 5.4 mln") are nouns a tagger read as verbs.
bool reported_charge(const std::string* phrase) {
  return phrase && (phrase->find("charged") != std::string::npos || phrase->find("charging") != std::string::npos);
}

// The accused would be the speaker: no accusation ("a concern charged that a concern ...").
bool accuses_itself(const ExtractedClaim& c, const ExtractedRelation& act) {
  return c.speaker.empty() ? c.speaker_text == act.subject_text : c.speaker == act.subject;
}

// Violent and coercive acts (CAMEO 17 coerce, 18 assault, 19 fight, 20 mass violence): claimed of
// someone, they are a charge against them.
bool is_chargeable(const std::string& code) {
  return code.starts_with("17") || code.starts_with("18") || code.starts_with("19") ||
         code.starts_with("20");
}

// The speaker's own event about an act its claim states (accusation-that, charge-that,
// denial-that): the claim's speaker does it to the act's subject, by the claim's cue, asserted;
// the act's own target is not this event's (the accused, or the one cleared, is the object).
ExtractedRelation speaker_event_about_act(const ExtractedClaim& claim, const ExtractedRelation& act,
                                          const std::vector<ExtractedRelation>& relations) {
  ExtractedRelation e = act;
  e.subject = claim.speaker;
  e.subject_text = e.arg1 = claim.speaker_text;
  e.object = act.subject;
  e.object_text = e.arg2 = act.subject_text;
  e.target.clear();
  e.target_text.clear();
  e.predicate = claim.cue;
  if (const std::string* phrase = cue_phrase(relations, act.claim)) e.text = *phrase;  // "denied", "claimed"
  e.modality = "asserted";
  e.claim = -1;
  e.symmetric = false;
  return e;
}

// denial-that: the speaker of a denial whose clause states a violent or coercive act denies
// responsibility for it (016, "denied that soldiers had fired on the crowd"), against the act's
// subject; the act keeps its code and its modality "denied", which says it is not asserted.
void add_denial(const ExtractedClaim& claim, const ExtractedRelation& act, size_t r,
                std::vector<ExtractedRelation>& relations) {
  ExtractedRelation denial = speaker_event_about_act(claim, act, relations);
  denial.event_type = "deny_responsibility";
  denial.cameo = "016";
  denial.polarity = "positive";
  denial.rule = "denial-that";
  relations[r].embedded_in = static_cast<int>(relations.size());
  relations.push_back(std::move(denial));
}

}  // namespace

void add_demand_that_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex,
                            const ParticipantNames& names,
                            std::vector<ExtractedRelation>& relations) {
  for (size_t i = 0; i < tk.size(); ++i) {
    DemandedAct d;
    if (!is_demand_verb(tk[i]) || !find_demanded_act(tk, i, d)) continue;
    long at = demand_relation(relations, si, lemma_of(tk[i]));
    if (at < 0) continue;
    ExtractedRelation demand = relations[at];
    demand.attribution = demand.surface_only = demand.fragment = false;
    demand.claim = -1;
    std::vector<std::string> target = names(d.tgt_b, d.tgt_e);
    demand.object = target.empty() || target[0] == demand.subject ? "" : target[0];
    demand.object_text = demand.arg2 = span_text(tk, Span{d.tgt_b, d.tgt_e});
    const std::string act_lemma = lemma_of(tk[d.verb]);
    std::string code = act_code(tk, d.verb, lex);
    demand.cameo = stance_code(lex, "demand", code, act_lemma);
    demand.event_type = "demand";
    demand.rule = "demand-that";
    demand.modality = "asserted";
    // The act demanded did not happen: it keeps no code.
    const int demand_index =
        static_cast<int>(relations[at].attribution ? relations.size() : static_cast<size_t>(at));
    for (ExtractedRelation& act : relations)
      if (act.sentence == si && act.predicate == act_lemma && !act.attribution) {
        act.cameo.clear();
        act.modality = "demanded";
        act.embedded_in = demand_index;
      }
    if (relations[at].attribution)
      relations.push_back(std::move(demand));
    else
      relations[at] = std::move(demand);
    i = d.verb;
  }
}

void add_accusation_events(const std::vector<ExtractedClaim>& claims,
                           std::vector<ExtractedRelation>& relations) {
  const size_t n = relations.size();
  // charge-that makes one accusation a claim, against the subject of its first act; the claim's
  // other acts are alleged in it too.
  std::vector<int> charge_of(claims.size(), -1);
  std::vector<bool> denied_already(claims.size(), false);  // denial-that: one 016 a claim
  for (size_t r = 0; r < n; ++r) {
    const ExtractedRelation& act = relations[r];
    if (act.claim < 0 || act.attribution || act.polarity != "positive"sv) continue;
    const ExtractedClaim& claim = claims[act.claim];
    if (claim.sentence != act.sentence) continue;
    const bool charge = is_charge_cue(claim.cue);
    if (charge && charge_of[act.claim] >= 0) {
      relations[r].cameo.clear();
      relations[r].modality = "alleged";
      relations[r].embedded_in = charge_of[act.claim];
      continue;
    }
    if (is_denial_cue(claim.cue)) {
      // An act with no doer named ("denied a report that a jet was shot down") is no one's
      // responsibility the speaker denies.
      if (is_chargeable(act.cameo) && !act.subject_text.empty() && !denied_already[act.claim]) {
        denied_already[act.claim] = true;
        add_denial(claim, act, r, relations);
      }
      continue;
    }
    if (charge ? !reported_charge(cue_phrase(relations, act.claim)) || accuses_itself(claim, act)
               : !(is_accusation_cue(claim.cue) && is_chargeable(act.cameo)))
      continue;
    if (charge) charge_of[act.claim] = static_cast<int>(relations.size());
    ExtractedRelation accusation = speaker_event_about_act(claim, act, relations);
    accusation.event_type = "accuse";
    accusation.cameo = "112";
    accusation.rule = charge ? "charge-that" : "accusation-that";
    relations[r].cameo.clear();
    relations[r].modality = "alleged";
    relations[r].embedded_in = static_cast<int>(relations.size());
    relations.push_back(std::move(accusation));
  }
}

}  // namespace newsgraph
