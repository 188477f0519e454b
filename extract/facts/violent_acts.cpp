// Violent acts by an actor (see violent_acts.h): the construction "actor-violence".
#include "violent_acts.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "text_util.h"
#include "triples.h"  // is_passive_agent_rule

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// A violent verb and the codes it takes by the kind of actor doing it (CAMEO 19x for armed forces,
// police, rebels and states; 18x for everyone else). Written from the CAMEO category names:
// 190 use conventional military force, 193 fight with small arms, 180 use unconventional violence,
// 182 physical assault, 186 assassinate.
// `by_name`: a subject written as a name the entities stage did not type ("Sirhan shot him") is an
// actor too; not for "kill", whose capitalized non-actors are many ("Hurricane Maria killed 30").
struct ViolentVerb {
  std::string_view lemma, forces_type, forces_code, other_type, other_code;
  bool by_name;
};
constexpr ViolentVerb kViolentVerbs[] = {
    {"kill", "attack", "190", "assault", "180", false},
    {"shoot", "small_arms_attack", "193", "physical_assault", "182", true},
    {"gun", "small_arms_attack", "193", "physical_assault", "182", true},
    {"execute", "mass_violence", "202", "assault", "180", true},  // 202 engage in mass killings
    {"behead", "assault", "180", "assault", "180", true},
};

// Sectors of data/agents.tsv whose violence is conventional force (19x).
bool is_force_sector(std::string_view sector) {
  return sector == "MIL"sv || sector == "COP"sv || sector == "REB"sv || sector == "GOV"sv;
}

// Nouns for people that are no agent noun: the victims of "killed 12 people".
bool is_people_noun(std::string_view w) {
  static constexpr std::string_view kPeople[] = {
      "people",    "person",     "civilian", "civilians", "man",        "men",         "woman",
      "women",     "child",      "children", "villager",  "villagers",  "resident",    "residents",
      "passenger", "passengers", "pilgrim",  "pilgrims",  "worshipper", "worshippers", "him",
      "her",       "them",       "boy",      "boys",      "girl",       "girls"};
  for (std::string_view p : kPeople)
    if (w == p) return true;
  return false;
}

// The lower-case words of a phrase.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  for (std::string_view w : split(text, ' '))
    if (!w.empty()) out.push_back(to_lower(w));
  return out;
}

// The agent noun a phrase ends with ("Yemeni rebels", "the security forces"), or nullptr.
const AgentNoun* agent_at_end(const std::vector<std::string>& w, const Lexicons& lex) {
  for (size_t n = std::min(lex.max_agent_words, w.size()); n >= 1; --n) {
    std::string key = w[w.size() - n];
    for (size_t k = w.size() - n + 1; k < w.size(); ++k) key += " " + w[k];
    if (auto it = lex.agents.find(key); it != lex.agents.end()) return &it->second;
  }
  return nullptr;
}

// The sector of the act's subject when it is an actor: an agent noun's sector, "GOV" for a country,
// "-" for another entity (a person, a group); empty when the subject is no actor ("a fire").
// Words that all begin with a capital and no determiner among them: "Sirhan", "Abu Hamza".
bool is_written_as_name(const std::string& text) {
  if (text.empty()) return false;
  for (std::string_view w : split(text, ' ')) {
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    std::string lower = to_lower(w);
    if (lower == "a"sv || lower == "an"sv || lower == "the"sv || lower == "this"sv) return false;
  }
  return true;
}

std::string actor_sector(const std::string& entity, const std::string& text, const Lexicons& lex,
                         bool by_name) {
  if (const AgentNoun* a = agent_at_end(words_of(text), lex)) return a->sector;
  if (entity.empty()) return by_name && is_written_as_name(text) ? "-" : "";
  const GazetteerEntry* place = lex.find_place_key(alias_key(entity));
  return place && place->type == EntityType::kCountry ? "GOV" : "-";
}

// Whether the object names people: a person entity, an agent noun, a people noun, or a count
// ("killed four", "killed 12 people"). "killed the bill", "killed himself" are not.
bool names_victims(const std::string& entity, const std::string& text, const Lexicons& lex) {
  std::vector<std::string> w = words_of(text);
  if (w.empty()) return false;
  if (w.back() == "himself"sv || w.back() == "herself"sv || w.back() == "themselves"sv)
    return false;
  if (!entity.empty() && !lex.find_place_key(alias_key(entity)))
    return true;  // a named person or group
  if (agent_at_end(w, lex) || is_people_noun(w.back())) return true;
  return std::isdigit(static_cast<unsigned char>(w.front()[0])) && w.size() == 1;
}

const ViolentVerb* violent_verb(const std::string& lemma) {
  for (const ViolentVerb& v : kViolentVerbs)
    if (lemma == v.lemma) return &v;
  return nullptr;
}

// "Assailants attacked a bus", "Gunmen attacked the hotel": an attack by militants or criminals is
// unconventional violence (180), not the military force (190) data/events.tsv gives "attack".
void recode_irregular_attack(ExtractedRelation& r, const Lexicons& lex) {
  const AgentNoun* a = agent_at_end(words_of(r.subject_text), lex);
  if (a && (a->sector == "INS"sv || a->sector == "CRM"sv)) {
    r.cameo = "180";
    r.event_type = "assault";
    r.rule = "actor-violence";
  }
}

// passive-violence-no-agent: "Two protesters were shot", "a soldier was shot in the head", "he was
// gunned down outside his home": a shooting with no agent named is still an assault on people
// (182; beheading 180), source none. Only a patient written as people (a people noun, an agent
// noun, a count, a personal pronoun): a name may be a film's ("Hotel Rwanda was shot in South
// Africa"), and "the plane was shot down" is the rows' (190).
bool passive_names_people(const std::string& text, const Lexicons& lex) {
  std::vector<std::string> w = words_of(text);
  if (w.empty()) return false;
  const std::string& last = w.back();
  if (last == "he"sv || last == "she"sv || last == "they"sv) return w.size() == 1;
  return agent_at_end(w, lex) || is_people_noun(last) ||
         (std::isdigit(static_cast<unsigned char>(w.front()[0])) && w.size() == 1);
}

}  // namespace

bool ends_with_agent_noun(const std::string& phrase, const Lexicons& lex) {
  return agent_at_end(words_of(phrase), lex) != nullptr;
}

void code_violent_acts(std::vector<ExtractedRelation>& relations, const Lexicons& lex) {
  // "killed 40 people in a massacre": the event noun (event_nouns.cpp) is the act; the killing is
  // how it is told, not a second event.
  std::vector<bool> has_event_noun;
  for (const ExtractedRelation& r : relations)
    if (r.rule == "event-noun"sv) {
      if (has_event_noun.size() <= r.sentence) has_event_noun.resize(r.sentence + 1);
      has_event_noun[r.sentence] = true;
    }
  for (ExtractedRelation& r : relations) {
    if (r.cameo == "190"sv && r.predicate == "attack"sv) recode_irregular_attack(r, lex);
    if (!r.cameo.empty() || r.attribution || r.surface_only) continue;
    if (r.sentence < has_event_noun.size() && has_event_noun[r.sentence]) continue;
    const ViolentVerb* v = violent_verb(r.predicate);
    if (!v) continue;
    if (r.rule == "passive"sv && v->by_name && r.subject.empty() && r.subject_text.empty()) {
      if (v->lemma != "execute"sv && passive_names_people(r.object_text, lex)) {
        r.event_type = v->other_type;
        r.cameo = v->other_code;
        r.rule = "passive-violence-no-agent";
      }
      continue;
    }
    // "was killed by troops": the agent is the relation's object, the victims its subject.
    const bool by_agent = is_passive_agent_rule(r.rule);
    std::string sector = by_agent ? actor_sector(r.object, r.object_text, lex, v->by_name)
                                  : actor_sector(r.subject, r.subject_text, lex, v->by_name);
    if (sector.empty()) continue;
    if (!(by_agent ? names_victims(r.subject, r.subject_text, lex)
                   : names_victims(r.object, r.object_text, lex)))
      continue;
    const bool forces = is_force_sector(sector);
    r.event_type = forces ? v->forces_type : v->other_type;
    r.cameo = forces ? v->forces_code : v->other_code;
    r.rule = "actor-violence";
  }
}

}  // namespace newsgraph
