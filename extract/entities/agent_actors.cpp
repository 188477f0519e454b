// Agent actors (see agent_actors.h): the construction "agent-actor".
#include "agent_actors.h"

#include "chunker.h"
#include "word_classes.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// Words that end the noun group of a participant ("police in Nairobi", "rebels who ..."), by
// length first: this runs at every word of every subject (a std::set probe cost ~100 of them).
bool core_stop_word(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "of"sv || w == "in"sv || w == "at"sv || w == "on"sv || w == "or"sv;
    case 3: return w == "who"sv || w == "and"sv || w == "for"sv;
    case 4: return w == "from"sv || w == "that"sv || w == "near"sv || w == "with"sv;
    case 5: return w == "which"sv;
    case 6: return w == "across"sv;
    default: return false;
  }
}

bool ends_core(const Token& t) {
  return core_stop_word(t.lower) || t.tag == "," || t.tag == "(" || t.tag == ":" || t.lower == "-"sv;
}

// "thousands of students", "dozens of police": the count before "of" is not the participant.
bool is_quantity_word(const Token& t) {
  static const std::set<std::string_view> kCounts = {"thousands", "hundreds", "dozens", "scores", "millions",
                                                     "tens",      "some",     "many",   "most",   "all",
                                                     "several",   "groups",   "group",  "hundred", "thousand"};
  return t.tag == "CD" || kCounts.count(t.lower);
}

// The country a resolved mention stands for or lies in, or "".
std::string country_of(const Mention& m) {
  if (m.entity.empty() || m.kind == MentionKind::kPronoun) return "";
  if (m.type == EntityType::kCountry) return m.entity;
  if (m.type == EntityType::kPlace) return m.country;
  return "";
}

// "the company", "the court", "the ministry": one body of many of its kind in a country, which the
// article names elsewhere; as "company of Canada" it would merge every company of the country. A
// plural ("banks", "courts") is the group; the country's one government, army or police stays.
bool one_body_of_many(const AgentNoun& a, bool plural) {
  static const std::set<std::string_view> kSectors = {"BUS", "MED", "EDU", "REL", "NGO", "JUD", "LAB"};
  static const std::set<std::string_view> kBodies = {"ministry", "embassy", "council", "delegation"};
  if (plural || a.plural.empty()) return false;
  return kSectors.count(a.sector) > 0 || kBodies.count(a.singular) > 0;
}

}  // namespace

std::string agent_actor_name(const AgentNoun& agent, bool plural, const std::string& country) {
  const std::string& noun = plural && !agent.plural.empty() ? agent.plural : agent.singular;
  return country.empty() ? noun : noun + " of " + country;
}

AgentActors::AgentActors(const Lexicons& lex, const std::vector<Mention>& mentions) : lex_(lex), mentions_(mentions) {
  std::set<std::string> named;
  for (const Mention& m : mentions) {
    std::string c = country_of(m);
    if (c.empty()) continue;
    if (m.kind == MentionKind::kDateline) {  // the dateline says where the story is
      story_country_ = c;
      return;
    }
    named.insert(c);
  }
  if (named.size() == 1) story_country_ = *named.begin();  // the one country the story is about
}

// A country named inside [b, e): a demonym, a country, or a city of a country.
std::string AgentActors::country_in(const std::vector<Token>& tk, size_t b, size_t e, size_t sentence) const {
  for (const Mention& m : mentions_)
    if (m.sentence == sentence && m.tok_begin >= b && m.tok_end <= e)
      if (std::string c = country_of(m); !c.empty()) return c;
  for (size_t i = b; i < e; ++i)
    if (auto it = lex_.demonyms.find(tk[i].text); it != lex_.demonyms.end()) return it->second;
  return "";
}

std::string AgentActors::name(const std::vector<Token>& tk, size_t b, size_t e, size_t sentence, bool in_speech,
                              const std::string& speaker_country) {
  if (b >= e || e > tk.size()) return "";
  size_t core_b = b, core_e = b;
  while (core_e < e && !ends_core(tk[core_e])) ++core_e;
  // "thousands of students across Chile": the participant is the noun group after "of".
  if (core_e > core_b && core_e < e && tk[core_e].lower == "of"sv && is_quantity_word(tk[core_e - 1])) {
    core_b = core_e + 1;
    core_e = core_b;
    while (core_e < e && !ends_core(tk[core_e])) ++core_e;
  }
  // The longest agent noun ending the core: "riot police", "security forces", "rebels". A core
  // whose last word is no noun, or ends no agent noun, has none (most cores: one test, no strings).
  if (core_e == core_b || !is_noun_tag(tk[core_e - 1].tag) || !has_word_class(lex_, tk[core_e - 1], WordClass::kAgentNounEnd))
    return "";
  const AgentNoun* agent = nullptr;
  for (size_t n = std::min(lex_.max_agent_words, core_e - core_b); n >= 1 && !agent; --n) {
    std::string words;
    for (size_t i = core_e - n; i < core_e; ++i) words += (words.empty() ? "" : " ") + tk[i].lower;
    if (auto it = lex_.agents.find(words); it != lex_.agents.end() && is_noun_tag(tk[core_e - 1].tag)) {
      agent = &it->second;
    }
  }
  if (!agent) return "";
  bool plural = !agent->plural.empty() && tk[core_e - 1].lower == agent->plural.substr(agent->plural.rfind(' ') + 1);
  if (one_body_of_many(*agent, plural)) return "";
  std::string country = country_in(tk, b, e, sentence);
  std::string_view rule = "agent-actor";
  if (country.empty() && in_speech && agent->sector == "GOV") {
    country = speaker_country;  // speaker-country: the speaker's government, not the dateline's
    rule = "speaker-country";
    if (country.empty()) return "";
  }
  if (country.empty()) country = story_country_;
  if (country.empty()) return "";
  Mention m;
  m.sentence = sentence;
  m.tok_begin = core_b;
  m.tok_end = core_e;
  m.start = tk[core_b].start;
  m.end = tk[core_e - 1].end;
  m.text.assign(tk[core_b].text);
  for (size_t i = core_b + 1; i < core_e; ++i) m.text += (tk[i].space_before ? " " : "") + tk[i].text;
  m.type = EntityType::kAgent;
  m.kind = MentionKind::kAgent;
  m.entity = agent_actor_name(*agent, plural, country);
  m.country = country;
  m.rule = rule;
  fields_.emplace(m.entity, Fields{agent->sector, country});
  found_.push_back(m);
  return m.entity;
}

void AgentActors::append_mentions(std::vector<Mention>& mentions) {
  for (Mention& m : found_) mentions.push_back(std::move(m));
  found_.clear();
}

}  // namespace newsgraph
