#include "resolver.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "ids.h"
#include "text_util.h"

namespace newsgraph {

std::string resolve_entity(GraphStore& store, const std::string& name, const std::string& type,
                           std::vector<ResolveNote>* notes) {
  const std::string key = alias_key(name);
  return resolve_entity(store, name, key, entity_id(name), type, notes);
}

std::string resolve_entity(GraphStore& store, const std::string& name, const std::string& key, const std::string& own_id,
                           const std::string& type, std::vector<ResolveNote>* notes) {
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
    for (const auto& e : known)
      if (e.id == own_id) return own_id;
    for (const auto& e : known)
      if (e.type == type) return e.id;
    return known[0].id;
  }
  return own_id;
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

namespace {
// The whole graph's entities and alias keys in memory for the whole-graph alias-twin pass, kept
// in step with the merges it makes. The pass asks about every entity: an SQLite lookup of its name
// and of its alias key for each (the cached answers dropped at every merge) cost more than the
// merges themselves on a whole-Reuters build. Answers as entity_name_type and entities_by_alias would.
class AliasTwinIndex {
 public:
  struct Entry {
    EntityRow row;
    std::string key;  // alias_key(row.name)
  };

  explicit AliasTwinIndex(GraphStore& store) {
    for (EntityRow& e : store.entity_names_and_types()) {
      std::string key = alias_key(e.name);
      ids_.push_back(e.id);
      entities_.emplace(ids_.back(), Entry{std::move(e), std::move(key)});  // not e.id: moved from
    }
    for (auto& [key, id] : store.alias_key_rows()) {  // by key, then entity: each list in ID order
      keys_of_[id].push_back(key);
      ids_by_key_[key].push_back(std::move(id));
    }
  }

  const std::vector<std::string>& ids() const { return ids_; }  // every entity at the start, in ID order

  const Entry* find(const std::string& id) const {
    auto it = entities_.find(id);
    return it == entities_.end() ? nullptr : &it->second;
  }

  // The entities registered under `key`, in ID order; an alias of no entity is left out (as by the join).
  std::vector<const Entry*> by_key(const std::string& key) const {
    std::vector<const Entry*> out;
    if (auto it = ids_by_key_.find(key); it != ids_by_key_.end())
      for (const std::string& id : it->second)
        if (const Entry* e = find(id)) out.push_back(e);
    return out;
  }

  // What GraphStore::merge_entity(from, into) changed: `from` is gone, its alias keys name `into`,
  // whose type (re-voted) is now `into_type`.
  void merged(const std::string& from, const std::string& into, const std::string& into_type) {
    if (auto it = keys_of_.find(from); it != keys_of_.end()) {
      std::vector<std::string>& into_keys = keys_of_[into];
      for (const std::string& key : it->second) {
        std::vector<std::string>& ids = ids_by_key_[key];
        ids.erase(std::remove(ids.begin(), ids.end(), from), ids.end());
        auto at = std::lower_bound(ids.begin(), ids.end(), into);
        if (at == ids.end() || *at != into) {
          ids.insert(at, into);
          into_keys.push_back(key);
        }
      }
      keys_of_.erase(from);  // `it` may be stale after keys_of_[into] above
    }
    entities_.erase(from);
    if (auto it = entities_.find(into); it != entities_.end()) it->second.row.type = into_type;
  }

 private:
  std::vector<std::string> ids_;
  std::unordered_map<std::string, Entry> entities_;
  std::unordered_map<std::string, std::vector<std::string>> ids_by_key_;
  std::unordered_map<std::string, std::vector<std::string>> keys_of_;
};

// An entity under the alias key of the one being resolved, with the key of its own name.
struct TwinCandidate {
  const EntityRow* row;
  std::string_view key;
};

// The alias twin of `e` among `known` (the entities under its name's key, in ID order): the only
// one whose own name has another key, of e's type unless `e` is untyped. Null when there is none
// or more than one (the last in ID order when there is one, as the pass always took).
const EntityRow* only_alias_twin(const EntityRow& e, std::string_view e_key, const std::vector<TwinCandidate>& known) {
  const EntityRow* twin = nullptr;
  int others = 0;
  for (const TwinCandidate& o : known)
    if (o.row->id != e.id && o.key != e_key) ++others, twin = o.row;
  if (others != 1) return nullptr;
  return twin->type == e.type || e.type == "OTHER" ? twin : nullptr;
}

std::string alias_twin_reason(const std::string& name, const std::string& twin_name) {
  return "name '" + name + "' is an alias of '" + twin_name + "' only";
}

int merge_alias_twins_whole_graph(GraphStore& store) {
  AliasTwinIndex index(store);
  int merges = 0;
  std::vector<TwinCandidate> known;
  for (const std::string& id : index.ids()) {
    const AliasTwinIndex::Entry* e = index.find(id);
    if (!e) continue;  // merged away already
    known.clear();
    for (const AliasTwinIndex::Entry* o : index.by_key(e->key)) known.push_back({&o->row, o->key});
    const EntityRow* twin = only_alias_twin(e->row, e->key, known);
    if (!twin) continue;
    const std::string from = e->row.id, into = twin->id, into_type = twin->type;  // merged() erases `e`
    store.merge_entity(from, into, alias_twin_reason(e->row.name, twin->name));
    auto merged_into = store.entity_name_type(into);
    index.merged(from, into, merged_into ? merged_into->type : into_type);
    ++merges;
  }
  return merges;
}
}  // namespace

int merge_alias_twins(GraphStore& store, const std::unordered_set<std::string>* written) {
  if (!written) return merge_alias_twins_whole_graph(store);
  std::vector<std::string> ids(written->begin(), written->end());
  std::sort(ids.begin(), ids.end());
  int merges = 0;
  for (const std::string& id : ids) {
    auto e = store.entity_name_type(id);
    if (!e) continue;  // merged away already
    const std::string e_key = alias_key(e->name);
    const std::vector<EntityRow> rows = store.entities_by_alias(e_key);
    std::vector<std::string> keys;
    for (const EntityRow& o : rows) keys.push_back(alias_key(o.name));
    std::vector<TwinCandidate> known;
    for (size_t i = 0; i < rows.size(); ++i) known.push_back({&rows[i], keys[i]});
    const EntityRow* twin = only_alias_twin(*e, e_key, known);
    if (!twin) continue;
    store.merge_entity(e->id, twin->id, alias_twin_reason(e->name, twin->name));
    ++merges;
  }
  return merges;
}

}  // namespace newsgraph
