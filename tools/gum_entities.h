// Named-entity and pronoun scoring against GUM's entity and coreference layer (the CoNLL-2012
// style `Entity=` brackets in the MISC column of ud-gum; see ../shared/bench/ud-gum/README.md).
//
// Gold named mentions: person, place and organization mentions whose head word (the first word of
// the annotated minimal span) is a proper noun (NNP/NNPS). A predicted mention counts when it is a
// name (not a pronoun, description or demonym), covers that head word and has the matching type
// (PERSON; COUNTRY or PLACE; ORG); one-to-one. Pronoun accuracy: for each third-person pronoun
// whose gold entity was named earlier in the document, newsgraph must resolve the pronoun to the
// entity it gave that earlier named mention; an unresolved pronoun is wrong.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "conllu.h"
#include "pipeline.h"

namespace newsgraph::eval {

struct GumMention {
  size_t first = 0, last = 0;  // word indexes in the document
  std::string type;            // person, place, organization, ...
  std::string group;           // coreference group ID
  size_t head = 0;             // word index of the head
};

struct GumTally {
  std::map<std::string, size_t> gold, pred, hit;  // by type (person, place, organization)
  size_t pronouns = 0, pronouns_right = 0, pronouns_unresolved = 0;
  // "person: Kim (got place)" -> count, for --errors.
  std::map<std::string, size_t> missed, spurious;
  // "he: got 'Kim', named 'Lee'" or "they: unresolved" -> count, for --errors.
  std::map<std::string, size_t> pronoun_errors;
  // Misses and spurious names by cause ("missed: no name covers the head"), for --errors.
  std::map<std::string, size_t> causes;
  void add(const GumTally& o) {
    for (auto& [k, v] : o.causes) causes[k] += v;
    for (auto& [k, v] : o.pronoun_errors) pronoun_errors[k] += v;
    for (auto& [k, v] : o.missed) missed[k] += v;
    for (auto& [k, v] : o.spurious) spurious[k] += v;
    for (auto& [k, v] : o.gold) gold[k] += v;
    for (auto& [k, v] : o.pred) pred[k] += v;
    for (auto& [k, v] : o.hit) hit[k] += v;
    pronouns += o.pronouns;
    pronouns_right += o.pronouns_right;
    pronouns_unresolved += o.pronouns_unresolved;
  }
};

// The mentions of a document from its words' Entity annotations.
inline std::vector<GumMention> gum_mentions(const std::vector<const GoldWord*>& words) {
  std::vector<GumMention> out;
  std::map<std::string, std::vector<std::pair<size_t, std::string>>> open;  // group -> (first word, desc)
  auto finish = [&](const std::string& desc, size_t first, size_t last) {
    std::vector<std::string> parts;
    size_t p = 0;
    for (int k = 0; k < 7; ++k) {
      size_t dash = desc.find('-', p);
      parts.push_back(desc.substr(p, dash == std::string::npos ? std::string::npos : dash - p));
      if (dash == std::string::npos) break;
      p = dash + 1;
    }
    if (parts.size() < 2) return;
    GumMention m{first, last, parts[1], parts[0], first};
    if (parts.size() > 5) {
      int rel = std::atoi(parts[5].c_str());  // "3,6,8": the first minimal-span word, 1-based
      if (rel >= 1 && first + rel - 1 <= last) m.head = first + rel - 1;
    }
    out.push_back(m);
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& misc = words[i]->misc;
    size_t at = misc.find("Entity=");
    if (at == std::string::npos) continue;
    size_t end = misc.find('|', at);
    std::string e = misc.substr(at + 7, end == std::string::npos ? std::string::npos : end - at - 7);
    for (size_t k = 0; k < e.size();) {
      if (e[k] == '(') {
        size_t stop = e.find_first_of("()", k + 1);
        std::string desc = e.substr(k + 1, stop == std::string::npos ? std::string::npos : stop - k - 1);
        std::string group = desc.substr(0, desc.find('-'));
        if (stop != std::string::npos && e[stop] == ')') {
          finish(desc, i, i);  // opens and closes on this word
          k = stop + 1;
        } else {
          open[group].push_back({i, desc});
          k = stop == std::string::npos ? e.size() : stop;
        }
      } else if (std::isdigit(static_cast<unsigned char>(e[k]))) {
        size_t stop = e.find(')', k);
        if (stop == std::string::npos) break;
        std::string group = e.substr(k, stop - k);
        auto it = open.find(group);
        if (it != open.end() && !it->second.empty()) {
          finish(it->second.back().second, it->second.back().first, i);
          it->second.pop_back();
        }
        k = stop + 1;
      } else {
        ++k;
      }
    }
  }
  return out;
}

inline std::string gum_type_of(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kCountry:
    case EntityType::kPlace: return "place";
    case EntityType::kOrganization: return "organization";
    default: return "";
  }
}

inline GumTally score_gum_document(const GoldDocument& doc, const Resources& res) {
  GumTally t;
  std::vector<const GoldWord*> words;
  for (const GoldSentence& s : doc.sentences)
    for (const GoldWord& w : s.words) words.push_back(&w);
  Article a;
  a.id = doc.id;
  a.text = doc.text;
  ArticleExtraction x = extract_article(a, res);

  // Predicted names by type, and which one covers each word.
  std::vector<const ExtractedMention*> names;
  for (const ExtractedMention& m : x.mentions)
    if ((m.kind == "name" || m.kind == "dateline") && !gum_type_of(m.type).empty()) {
      names.push_back(&m);
      ++t.pred[gum_type_of(m.type)];
    }
  auto covering = [&](size_t w, const std::vector<const ExtractedMention*>& pool) -> const ExtractedMention* {
    for (const ExtractedMention* m : pool)
      if (m->start <= words[w]->start && words[w]->end <= m->end) return m;
    return nullptr;
  };

  std::vector<GumMention> gold = gum_mentions(words);
  std::set<const ExtractedMention*> used;
  std::map<std::string, std::set<std::string>> group_entities;  // gold group -> our entities of its names
  std::map<std::string, size_t> group_first_name;                // gold group -> first named word
  std::vector<const GumMention*> by_position;
  for (const GumMention& g : gold) by_position.push_back(&g);
  std::sort(by_position.begin(), by_position.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const GumMention* g : by_position) {
    if (g->type != "person" && g->type != "place" && g->type != "organization") continue;
    const std::string& tag = words[g->head]->xpos;
    if (tag != "NNP" && tag != "NNPS") continue;
    ++t.gold[g->type];
    if (!group_first_name.count(g->group)) group_first_name[g->group] = g->first;
    const ExtractedMention* m = covering(g->head, names);
    if (m) group_entities[g->group].insert(m->entity);
    if (m && !used.count(m) && gum_type_of(m->type) == g->type) {
      used.insert(m);
      ++t.hit[g->type];
    } else {
      std::string text;
      for (size_t k = g->first; k <= g->last && k < g->first + 6; ++k) text += (text.empty() ? "" : " ") + words[k]->form;
      bool untyped = false;  // a name of ours covers it, typed none of the three
      for (const ExtractedMention& u : x.mentions)
        untyped = untyped || (u.kind == "name" && gum_type_of(u.type).empty() && u.start <= words[g->head]->start &&
                              words[g->head]->end <= u.end);
      ++t.causes[!m ? "missed " + g->type + (untyped ? ": an untyped name covers its head" : ": no name covers its head")
                    : used.count(m) ? "missed " + g->type + ": the name covering it is another gold name's (boundary)"
                                    : "missed " + g->type + ": typed " + gum_type_of(m->type)];
      ++t.missed[g->type + ": " + text + (m ? " (got " + (used.count(m) ? std::string("used ") : "") + gum_type_of(m->type) + " '" + m->text + "')" : "")];
    }
  }
  for (const ExtractedMention* m : names)
    if (!used.count(m)) {
      ++t.spurious[gum_type_of(m->type) + ": " + m->text];
      bool on_gold = false;  // covers a gold name's head (so also counted above as a miss)
      for (const GumMention* g : by_position)
        on_gold = on_gold || ((g->type == "person" || g->type == "place" || g->type == "organization") &&
                              (words[g->head]->xpos == "NNP" || words[g->head]->xpos == "NNPS") &&
                              m->start <= words[g->head]->start && words[g->head]->end <= m->end);
      ++t.causes["spurious " + gum_type_of(m->type) + (on_gold ? ": on a gold name of another type or already matched" : ": covers no gold name")];
    }
  // Pronouns with a named antecedent earlier in the document.
  std::vector<const ExtractedMention*> pronouns;
  for (const ExtractedMention& m : x.mentions)
    if (m.kind == "pronoun") pronouns.push_back(&m);
  static const std::set<std::string> third = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"};
  for (const GumMention* g : by_position) {
    if (g->first != g->last || words[g->first]->upos != "PRON") continue;
    std::string lower;
    for (char c : words[g->first]->form) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!third.count(lower)) continue;
    auto named = group_first_name.find(g->group);
    if (named == group_first_name.end() || named->second >= g->first) continue;
    ++t.pronouns;
    const ExtractedMention* p = covering(g->first, pronouns);
    if (!p || !group_entities[g->group].count(p->entity))
      ++t.causes[std::string("pronoun ") + (group_entities[g->group].empty() ? "wrong: its antecedent's name was not found"
                                            : !p ? "wrong: unresolved" : "wrong: another antecedent")];
    if (!p) {
      ++t.pronouns_unresolved;
      ++t.pronoun_errors[lower + ": unresolved"];
      continue;
    }
    if (group_entities[g->group].count(p->entity)) ++t.pronouns_right;
    else {
      const auto& named_as = group_entities[g->group];
      ++t.pronoun_errors[lower + ": got '" + p->entity + "', named '" + (named_as.empty() ? "(no name found)" : *named_as.begin()) + "'"];
    }
  }
  return t;
}

}  // namespace newsgraph::eval
