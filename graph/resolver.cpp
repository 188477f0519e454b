#include "resolver.h"

#include <algorithm>
#include <map>

#include "ids.h"
#include "text_util.h"

namespace newsgraph {

std::string resolve_entity(GraphStore& store, const std::string& name, const std::string& type,
                           std::vector<ResolveNote>* notes) {
  const std::string key = alias_key(name);
  const bool single = name.find(' ') == std::string::npos;
  // An untyped single word that the graph already holds under that very name keeps it: in Reuters,
  // "Shr" (share, in results tables) is its own entity, not the surname of a one-off "Oper Shr".
  if (single && type == "OTHER") {
    auto same = store.entities_by_alias(key);
    if (same.size() == 1 && same[0].name.find(' ') == std::string::npos) return same[0].id;
  }
  if (single && (type == "PERSON" || type == "OTHER")) {
    auto people = store.persons_with_surname(key);
    if (people.size() == 1) return people[0].id;
    if (people.size() > 1 && notes) {
      std::string names;
      for (const auto& p : people) names += (names.empty() ? "" : ", ") + p.name;
      notes->push_back({"ambiguous surname '" + name + "' (" + names + ") left unmerged", "ambiguous surname"});
    }
  }
  auto known = store.entities_by_alias(key);
  if (known.size() == 1) return known[0].id;
  if (known.size() > 1) {
    const std::string own = entity_id(name);
    for (const auto& e : known)
      if (e.id == own) return own;
    for (const auto& e : known)
      if (e.type == type) return e.id;
    return known[0].id;
  }
  return entity_id(name);
}

namespace {
bool bare_name_candidate(const EntityRow& e) {
  return (e.type == "PERSON" || e.type == "OTHER") && e.name.find(' ') == std::string::npos;
}

std::vector<EntityRow> bare_names_near(GraphStore& store, const std::unordered_set<std::string>& written) {
  std::map<std::string, EntityRow> found;  // by ID: the same order as the whole pass
  for (const std::string& id : written) {
    auto e = store.entity_name_type(id);
    if (!e) continue;  // merged away or rolled back
    if (bare_name_candidate(*e)) {
      found.emplace(e->id, *e);
    } else if (e->type == "PERSON" && e->name.find(' ') != std::string::npos) {
      for (const EntityRow& other : store.entities_by_alias(alias_key(e->name.substr(e->name.rfind(' ') + 1))))
        if (bare_name_candidate(other)) found.emplace(other.id, other);
    }
  }
  std::vector<EntityRow> out;
  for (auto& [id, e] : found) out.push_back(std::move(e));
  return out;
}
}  // namespace

int merge_surnames(GraphStore& store, std::vector<ResolveNote>* notes, const std::unordered_set<std::string>* written) {
  int merges = 0;
  for (const EntityRow& e : written ? bare_names_near(store, *written) : store.single_word_people()) {
    auto people = store.persons_with_surname(alias_key(e.name));
    if (people.size() == 1) {
      // A bare word mentioned far more often than the full name is a word of its own ("Shr" in
      // thousands of results tables against one "Oper Shr"), not that person's surname.
      auto bare = store.entity(e.id), full = store.entity(people[0].id);
      if (bare && full && e.type == "OTHER" && bare->mentions > 5 * full->mentions + 10) {
        if (notes)
          notes->push_back({"'" + e.name + "' left apart from '" + people[0].name + "': mentioned " +
                            std::to_string(bare->mentions) + " times against " + std::to_string(full->mentions),
                            "word kept apart from a surname"});
        continue;
      }
      store.merge_entity(e.id, people[0].id, "bare surname '" + e.name + "' matches the only full name '" + people[0].name + "'");
      ++merges;
    } else if (people.size() > 1 && notes) {
      notes->push_back({"ambiguous surname '" + e.name + "' left unmerged (" + std::to_string(people.size()) + " full names)", "ambiguous surname"});
    }
  }
  return merges;
}

int merge_alias_twins(GraphStore& store, const std::unordered_set<std::string>* written) {
  std::vector<std::string> ids;
  if (written) {
    ids.assign(written->begin(), written->end());
    std::sort(ids.begin(), ids.end());
  } else {
    for (const EntityRow& e : store.all_entities()) ids.push_back(e.id);
  }
  int merges = 0;
  for (const std::string& id : ids) {
    auto e = store.entity_name_type(id);
    if (!e) continue;  // merged away already
    const EntityRow* twin = nullptr;
    int others = 0;
    auto known = store.entities_by_alias(alias_key(e->name));
    for (const EntityRow& o : known)
      if (o.id != e->id && alias_key(o.name) != alias_key(e->name)) ++others, twin = &o;
    if (others != 1 || !(twin->type == e->type || e->type == "OTHER")) continue;
    store.merge_entity(e->id, twin->id, "name '" + e->name + "' is an alias of '" + twin->name + "' only");
    ++merges;
  }
  return merges;
}

}  // namespace newsgraph
