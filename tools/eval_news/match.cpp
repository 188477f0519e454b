#include "match.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "text.h"

namespace newsgraph::eval {
namespace {
std::string first_word(const std::string& s) { return s.substr(0, s.find(' ')); }

// Rule 1's key-word test: the key word is among `graph_words`; when the key is shared by two named
// things of the article, the graph name must also share a second word with the gold name
// ("U.S. Department of State" for "US State Department", never a bare "Laden" for one of two bin Ladens).
bool key_identifies(const Participant& p, const std::vector<std::string>& graph_words, const MatchContext& c) {
  if (!contains_all(graph_words, p.key)) return false;
  std::string key;
  for (const auto& w : p.key) key += w + " ";
  if (!c.ambiguous_keys.count(key)) return true;
  std::set<std::string> shared;
  for (const auto& w : words(p.text))
    if (!is_stop_word(w) && std::find(graph_words.begin(), graph_words.end(), w) != graph_words.end()) shared.insert(w);
  return shared.size() >= 2;
}
}  // namespace

// ---------------------------------------------------------------- synonyms

Synonyms Synonyms::read(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot be read (the verb synonym sets of eval_news)");
  Synonyms s;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ws(line);
    std::vector<std::string> set;
    for (std::string w; ws >> w;) {
      std::replace(w.begin(), w.end(), '_', ' ');
      set.push_back(w);
    }
    if (set.size() > 1) s.add_set(set);
  }
  return s;
}

std::filesystem::path synonyms_file(const std::filesystem::path& gold_dir,
                                    const std::filesystem::path& development_dir) {
  std::filesystem::path own = gold_dir / "synonyms.tsv";
  return std::filesystem::exists(own) ? own : development_dir / "synonyms.tsv";
}

void Synonyms::add_set(const std::vector<std::string>& lemmas) {
  int id = static_cast<int>(set_of_.size());
  for (const auto& l : lemmas) set_of_.emplace(lower_ascii(l), id);
}

bool Synonyms::same(const std::string& a, const std::string& b) const {
  auto ra = set_of_.equal_range(lower_ascii(a));
  auto rb = set_of_.equal_range(lower_ascii(b));
  for (auto i = ra.first; i != ra.second; ++i)
    for (auto j = rb.first; j != rb.second; ++j)
      if (i->second == j->second) return true;
  return false;
}

// ---------------------------------------------------------------- matching

MatchContext make_context(const GoldArticle& gold, const GraphView& graph, const Synonyms& synonyms) {
  MatchContext c{gold, graph, synonyms, {}};
  std::map<std::string, std::set<std::string>> things_of_key;
  auto add = [&](const std::string& name) {
    if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return;
    std::string canonical = name_key(name);
    for (const auto& group : gold.merges)
      for (const auto& f : group)
        if (name_key(f.form) == name_key(name)) canonical = name_key(group[0].form);
    std::string key;
    for (const auto& w : key_words(name)) key += w + " ";
    things_of_key[key].insert(canonical);
  };
  for (const auto& [n, t] : gold.entities) add(n);
  for (const auto& f : gold.facts)
    for (const Participant* p : {&f.subject, &f.object})
      if (!p->none) add(p->text);
  for (const auto& [key, things] : things_of_key)
    if (things.size() > 1) c.ambiguous_keys.insert(key);
  return c;
}

bool participant_matches_entity(const Participant& p, const std::string& entity_id, const MatchContext& c) {
  if (p.none) return true;
  const GEntity* e = c.graph.entity(entity_id);
  if (!e) return false;
  std::set<std::string> forms;
  for (const auto& f : c.gold.name_forms(p.text)) forms.insert(name_key(f));
  std::vector<std::string> all_words;
  for (const auto& n : e->names) {
    if (forms.count(name_key(n))) return true;
    for (auto& w : words(n)) all_words.push_back(w);
  }
  return key_identifies(p, all_words, c);
}

bool participant_matches_text(const Participant& p, const std::string& text, const MatchContext& c) {
  if (p.none) return true;
  if (text.empty()) return false;
  std::vector<std::string> tw = words(text);
  for (const auto& f : c.gold.name_forms(p.text)) {
    if (name_key(f) == name_key(text)) return true;
    // A text that names the participant by one of its forms: "the Ukrainian government" for
    // Ukraine when the article writes "Ukrainian" for it.
    std::vector<std::string> fw = words(f);
    if (!fw.empty() && std::search(tw.begin(), tw.end(), fw.begin(), fw.end()) != tw.end()) return true;
  }
  return key_identifies(p, tw, c);
}

bool subject_matches(const Participant& p, const GRelation& r, const MatchContext& c) {
  if (r.subject.empty() && !r.subject_text.empty()) return participant_matches_text(p, r.subject_text, c);
  return participant_matches_entity(p, r.subject, c);
}

bool predicate_matches(const GoldFact& g, const GRelation& r, const MatchContext& c) {
  std::string pred = lower_ascii(r.predicate);
  std::string head = first_word(pred);
  for (const auto& alt_raw : g.predicates) {
    std::string alt = lower_ascii(alt_raw);
    if (alt == pred || alt == head || (!r.event_type.empty() && alt == lower_ascii(r.event_type))) return true;
    std::string alt_spaced = alt;
    std::replace(alt_spaced.begin(), alt_spaced.end(), '_', ' ');
    if (alt_spaced == pred) return true;
    if (c.synonyms.same(alt_spaced, pred) || c.synonyms.same(alt_spaced, head)) return true;
  }
  return false;
}

namespace {
bool object_matches(const Participant& p, const GRelation& r, const MatchContext& c) {
  if (p.none) return true;
  if (!r.object.empty() && participant_matches_entity(p, r.object, c)) return true;
  return participant_matches_text(p, r.object_text, c);
}
}  // namespace

bool event_matches(const GoldFact& g, const GRelation& r, const MatchContext& c) {
  if (g.kind != FactKind::kEvent || !predicate_matches(g, r, c)) return false;
  if (g.polarity != r.polarity) return false;
  if (subject_matches(g.subject, r, c) && object_matches(g.object, r, c)) return true;
  if (r.symmetric && !r.object.empty() && !g.subject.none && !g.object.none &&
      participant_matches_entity(g.object, r.subject, c) && participant_matches_entity(g.subject, r.object, c))
    return true;
  // A passive without agent stored with the patient as its subject (an entity, or the words of
  // a patient that is no entity: "The trial was held").
  if (g.subject.none && !g.object.none && subject_matches(g.object, r, c)) return true;
  return false;
}

bool claim_matches(const GoldFact& g, const GClaim& cl, const MatchContext& c) {
  if (g.kind != FactKind::kClaim) return false;
  bool speaker = (!cl.speaker.empty() && participant_matches_entity(g.subject, cl.speaker, c)) ||
                 participant_matches_text(g.subject, cl.speaker_text, c);
  if (!speaker) return false;
  std::vector<std::string> have = words(cl.content);
  size_t hits = 0;
  for (const auto& w : g.content)
    if (std::find(have.begin(), have.end(), w) != have.end()) ++hits;
  return 2 * hits >= g.content.size();
}

bool role_matches(const GoldFact& g, const GRole& r, const MatchContext& c) {
  if (g.kind != FactKind::kRole) return false;
  if (!participant_matches_entity(g.subject, r.person, c)) return false;
  if (!contains_all(words(r.role), g.role.key)) return false;
  if (!g.object.none && !r.org.empty() && !participant_matches_entity(g.object, r.org, c)) return false;
  return true;
}

bool modality_matches(const std::string& gold, const std::string& graph) {
  return graph == gold || (graph == "alleged" && gold == "reported");
}

}  // namespace newsgraph::eval
