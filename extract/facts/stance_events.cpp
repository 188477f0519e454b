// Stance events (see stance_events.h). Four named constructions:
//   stance-intent, stance-rejection, stance-threat: a stance verb over an infinitive;
//   appeal-to-act: "urged / asked / called on Y to X";
//   failed-to-negation: "failed to X" says X did not happen.
#include "stance_events.h"

#include <algorithm>
#include <string_view>

#include "fragments.h"
#include "violent_acts.h"  // ends_with_agent_noun

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// The root a stance class's own codes begin with.
std::string_view class_root(const std::string& stance_class) {
  if (stance_class == "intent") return "03";
  if (stance_class == "reject") return "12";
  if (stance_class == "threaten") return "13";
  if (stance_class == "appeal") return "02";
  if (stance_class == "demand") return "10";  // demand-that (that_clause_events.cpp)
  return "";
}

std::string_view rule_of(const std::string& stance_class) {
  if (stance_class == "intent") return "stance-intent";
  if (stance_class == "reject") return "stance-rejection";
  return "stance-threat";
}

const char* event_type_of(const std::string& stance_class) {
  if (stance_class == "intent") return "express_intent";
  if (stance_class == "reject") return "reject";
  if (stance_class == "threaten") return "threaten";
  return "appeal";
}

const std::string* stance_class_of(const Lexicons& lex, const std::string& lemma) {
  if (lemma.empty()) return nullptr;
  auto it = lex.stance_verbs.find(lemma);
  return it == lex.stance_verbs.end() ? nullptr : &it->second;
}

// The stance event over `act`, written into `s` (a copy with the stance verb's predicate, phrase and
// code). The act becomes non-factual: its code moves to the stance, its modality says what the
// stance makes of it.
void stance_event(ExtractedRelation& s, ExtractedRelation& act, const std::string& stance_class, const Lexicons& lex) {
  s = act;
  s.predicate = act.matrix;
  // The phrase stays whole ("agreed to release"): the stance is read with its act.
  s.event_type = event_type_of(stance_class);
  s.cameo = stance_code(lex, stance_class, act.cameo, act.predicate);
  if (!s.cameo.starts_with(class_root(stance_class))) s.event_type = "decline_comment";
  s.symmetric = false;
  s.rule = rule_of(stance_class);
  s.matrix.clear();
  // The stance itself is stated as done ("agreed"); a hypothetical or reported frame stays.
  if (s.modality == "promised" || s.modality == "denied" || s.modality == "threatened") s.modality = "asserted";
  act.cameo.clear();
  // no-comment (fragments.h): "declined to comment" is the comment that did not happen; the
  // refusal is kept out of the graph beside it.
  if (stance_class == "reject" && is_reply_verb(act.predicate) && act.object.empty() && act.object_text.empty()) {
    s.rule = kNoComment;
    s.fragment = true;
  }
  if (stance_class == "reject") act.polarity = "negative";  // refused to X: X did not happen
  if (stance_class == "intent") act.modality = "promised";
  // refused-act-not-done: "declined to comment", "refused to sign" state that the act did not
  // happen, in the stance's own voice (asserted, or the frame's: "reportedly refused"); "denied"
  // is for an act someone says did not happen ("X denied bribing"), which no refusal is.
  else if (stance_class == "reject") act.modality = s.modality;
  else act.modality = "threatened";
}

// The construction that reads the act an appeal asks for ("urged Israel to halt").
constexpr std::string_view kObjectControlInfinitive = "object-control-infinitive";

// "urged Israel to halt the strikes": the appeal (urge; Israel) and the act (Israel; to halt) that
// follows it in the same sentence with the urged party as its subject.
bool is_appealed_act(const ExtractedRelation& appeal, const ExtractedRelation& act) {
  if (act.sentence != appeal.sentence || act.rule != kObjectControlInfinitive) return false;
  if (!appeal.object.empty() && appeal.object == act.subject) return true;
  return !appeal.object_text.empty() && appeal.object_text == act.subject_text;
}

// appeal-to-act: the appeal takes its code from the act asked for, which stays uncoded and expected.
void code_appeal(std::vector<ExtractedRelation>& rels, size_t i, const Lexicons& lex) {
  ExtractedRelation& appeal = rels[i];
  // want-actor-to: "wants Ethiopia to reopen", "wants the army to crush" appeal to an actor, a
  // named one or an agent noun's ("the army" of no known country is still an actor);
  // "wants its exports to grow" appeals to nobody.
  if (appeal.predicate == "want"sv && appeal.object.empty() && !ends_with_agent_noun(appeal.object_text, lex)) return;
  for (size_t j = i + 1; j < rels.size() && rels[j].sentence == appeal.sentence; ++j) {
    ExtractedRelation& act = rels[j];
    if (!is_appealed_act(appeal, act)) continue;
    appeal.cameo = stance_code(lex, "appeal", act.cameo, act.predicate);
    appeal.event_type = "appeal";
    appeal.rule = "appeal-to-act";
    act.cameo.clear();
    act.modality = "expected";
    act.embedded_in = static_cast<int>(i);
    return;
  }
}

bool is_fact(const ExtractedRelation& r) { return !r.attribution && !r.surface_only; }

}  // namespace

std::string stance_code(const Lexicons& lex, const std::string& stance_class, const std::string& act_code,
                        const std::string& act_lemma) {
  std::string_view root = class_root(stance_class);
  if (root.empty()) return "";
  // A row for the act's verb itself: "declined to comment" is 011, not a rejection.
  if (!act_lemma.empty())
    if (auto it = lex.stance_codes.find(stance_class + '\t' + act_lemma); it != lex.stance_codes.end()) return it->second;
  if (act_code.starts_with(root)) return act_code;
  for (size_t n = act_code.size(); n >= 2; --n) {
    auto it = lex.stance_codes.find(stance_class + '\t' + act_code.substr(0, n));
    if (it != lex.stance_codes.end()) return it->second;
  }
  auto it = lex.stance_codes.find(stance_class + "\t*");
  return it == lex.stance_codes.end() ? std::string(root) + "0" : it->second;
}

void code_stance_events(std::vector<ExtractedRelation>& relations, const Lexicons& lex) {
  // The acts under a stance verb, each with its class; failed-to-negation recodes in place. Most
  // articles have none.
  std::vector<std::pair<size_t, const std::string*>> acts;
  for (size_t i = 0; i < relations.size(); ++i) {
    ExtractedRelation& r = relations[i];
    const std::string* cls = !r.matrix.empty() && is_fact(r) ? stance_class_of(lex, r.matrix) : nullptr;
    if (cls && *cls == "negate") {
      r.polarity = "negative";  // failed-to-negation: the act did not happen
      r.rule = "failed-to-negation";
    } else if (cls && *cls != "appeal") {
      acts.emplace_back(i, cls);
    }
  }
  // Each act's stance event goes right before it: the relations from the first act on move back
  // to make room, last first, and no other relation moves (a relation is twenty strings).
  if (!acts.empty()) {
    size_t to = relations.size() + acts.size();
    relations.resize(to);
    size_t from = to - acts.size();
    for (size_t a = acts.size(); a-- > 0;) {
      const size_t act = acts[a].first;
      while (from > act + 1) relations[--to] = std::move(relations[--from]);
      if (to - 1 != act) relations[to - 1] = std::move(relations[act]);
      --from;
      --to;  // the act is at `to`, its stance event goes at to - 1
      stance_event(relations[to - 1], relations[to], *acts[a].second, lex);
      relations[to].embedded_in = static_cast<int>(to - 1);
      --to;
    }
  }
  // appeal-to-act needs an act read by object-control-infinitive; most articles have none, and
  // then no relation's verb is looked up as an appeal.
  std::vector<ExtractedRelation>& out = relations;
  if (std::none_of(out.begin(), out.end(), [](const ExtractedRelation& r) { return r.rule == kObjectControlInfinitive; }))
    return;
  for (size_t i = 0; i < out.size(); ++i) {
    const std::string* cls = is_fact(out[i]) && out[i].embedded_in < 0 ? stance_class_of(lex, out[i].predicate) : nullptr;
    if (cls && *cls == "appeal") code_appeal(out, i, lex);
  }
}

}  // namespace newsgraph
