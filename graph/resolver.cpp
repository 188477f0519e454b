#include "resolver.h"

#include "ids.h"
#include "text_util.h"

namespace newsgraph {

std::string resolve_entity(GraphStore& store, const std::string& name, const std::string& type,
                           std::vector<ResolveNote>* notes) {
  const std::string key = alias_key(name);
  const bool single = name.find(' ') == std::string::npos;
  if (single && (type == "PERSON" || type == "OTHER")) {
    auto people = store.persons_with_surname(key);
    if (people.size() == 1) return people[0].id;
    if (people.size() > 1 && notes) {
      std::string names;
      for (const auto& p : people) names += (names.empty() ? "" : ", ") + p.name;
      notes->push_back({"ambiguous surname '" + name + "' (" + names + ") left unmerged"});
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

int merge_surnames(GraphStore& store, std::vector<ResolveNote>* notes) {
  int merges = 0;
  for (const EntityRow& e : store.single_word_people()) {
    auto people = store.persons_with_surname(alias_key(e.name));
    if (people.size() == 1) {
      store.merge_entity(e.id, people[0].id, "bare surname '" + e.name + "' matches the only full name '" + people[0].name + "'");
      ++merges;
    } else if (people.size() > 1 && notes) {
      notes->push_back({"ambiguous surname '" + e.name + "' left unmerged (" + std::to_string(people.size()) + " full names)"});
    }
  }
  return merges;
}

}  // namespace newsgraph
