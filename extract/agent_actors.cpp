#include "agent_actors.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace newsgraph {
namespace {

constexpr std::string_view kRule = "agent-actor";
// Longer subjects are clauses or lists ("police and soldiers in the north"), not one actor.
constexpr size_t kMaxSubjectWords = 4;

// Sectors whose actors act where they are, so that a story's dateline names their country: the
// police and the courts of Nairobi are Kenya's. Leaders, soldiers or protesters in a story datelined
// Lisbon are as often foreign ("the two leaders held talks" at a summit), so they need a demonym.
bool local_sector(const std::string& sector) { return sector == "COP" || sector == "JUD"; }

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The country the article is about by its dateline ("NAIROBI, May 3 -"): the dateline's country,
// or the country a dateline city is in. Empty without a dateline.
std::string dateline_country(const ArticleExtraction& out) {
  for (const ExtractedMention& m : out.mentions) {
    if (m.kind != "dateline") continue;
    if (m.type == EntityType::kCountry) return m.entity;
    if (!m.country.empty()) return m.country;
  }
  return "";
}

// A relation the construction may give a subject: a graph fact whose subject is no entity, and
// whose subject text is the doer (a plain passive's subject is what was done to).
bool subjectless_fact(const ExtractedRelation& r) {
  return r.subject.empty() && !r.attribution && !r.surface_only && r.rule != "passive" && !r.subject_text.empty();
}

ExtractedEntity& entity_named(ArticleExtraction& out, const std::string& name, const AgentNoun& noun,
                              const std::string& country) {
  for (ExtractedEntity& e : out.entities)
    if (e.name == name) return e;
  ExtractedEntity e;
  e.name = name;
  e.type = EntityType::kAgent;
  out.entities.push_back(std::move(e));
  out.agents.push_back({name, noun.sector, country});
  return out.entities.back();
}

// The mention of the subject text in its sentence (its first occurrence there).
void add_mention(ArticleExtraction& out, const ExtractedRelation& r, const std::string& name, const std::string& country) {
  if (r.sentence >= out.sentences.size()) return;
  const SentenceSpan& s = out.sentences[r.sentence];
  size_t at = out.article.text.find(r.subject_text, s.start);
  if (at == std::string::npos || at + r.subject_text.size() > s.end) return;
  const auto start = static_cast<uint32_t>(at), end = static_cast<uint32_t>(at + r.subject_text.size());
  for (const ExtractedMention& m : out.mentions)
    if (m.start == start && m.end == end && m.entity == name) return;
  out.mentions.push_back({r.subject_text, start, end, EntityType::kAgent, name, r.sentence, "description", country, kRule});
}

// The object entity of a relation the linker left without a subject (it links objects only for
// subjects it found): the entity of the sentence's mention whose text is the whole object text.
std::string object_entity(const ArticleExtraction& out, const ExtractedRelation& r) {
  if (r.object_text.empty()) return "";
  for (const ExtractedMention& m : out.mentions)
    if (m.sentence == r.sentence && m.text == r.object_text && m.kind != "pronoun") return m.entity;
  return "";
}

}  // namespace

std::unordered_map<std::string, AgentNoun> load_agent_nouns(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + " (set NEWSGRAPH_DATA to the data folder)");
  std::unordered_map<std::string, AgentNoun> out;
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) cols.push_back(f);
    if (cols.size() < 3)
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": expected singular, plural, sector separated by tabs");
    AgentNoun noun{cols[1] == "-" ? cols[0] : cols[1], cols[2]};
    for (const std::string& form : {cols[0], cols[1]})
      if (form != "-") out.emplace(form, noun);
  }
  return out;
}

void attach_agent_actors(ArticleExtraction& out, const std::unordered_map<std::string, AgentNoun>& agents,
                         const Lexicons& lex) {
  const std::string context_country = dateline_country(out);
  for (ExtractedRelation& r : out.relations) {
    if (!subjectless_fact(r)) continue;
    std::vector<std::string> words = words_of(r.subject_text);
    if (words.empty() || words.size() > kMaxSubjectWords) continue;
    auto noun = agents.find(lower(words.back()));
    // A government word stands for its country where the linker can tell which ("the Canadian
    // cabinet" is Canada); where it cannot, "the government" of a story datelined in one country is
    // as often another's (its minister quoted abroad), so no government agent is guessed.
    if (noun == agents.end() || noun->second.sector == "GOV") continue;
    std::string country = local_sector(noun->second.sector) ? context_country : "";
    for (size_t i = 0; i + 1 < words.size(); ++i)
      if (auto d = lex.demonyms.find(words[i]); d != lex.demonyms.end()) country = d->second;
    if (country.empty()) continue;
    const std::string name = noun->second.plural + " of " + country;
    ExtractedEntity& e = entity_named(out, name, noun->second, country);
    if (e.type != EntityType::kAgent) continue;  // a name the article already gives another kind
    e.mentions++;
    if (std::find(e.aliases.begin(), e.aliases.end(), name) == e.aliases.end()) e.aliases.push_back(name);
    r.subject = name;
    if (r.object.empty()) r.object = object_entity(out, r);
    add_mention(out, r, name, country);
  }
}

}  // namespace newsgraph
