// GraphStore: entities, their type votes and aliases (the build's upserts and the lookups by name).
#include "graph_store.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

#include "bench_switch.h"
#include "store_rows.h"
#include "text_util.h"

namespace newsgraph {

using store_rows::bind_text;
using store_rows::col;

std::optional<EntityRow> GraphStore::entity(const std::string& id) {
  SQLite::Statement& q = cached("SELECT id, name, type, (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id) FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return EntityRow{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getInt()};
}

void GraphStore::add_agent_fields(EntityRow& e) {
  if (e.type != "AGENT" || !has_agents_) return;  // a read-only schema-4 database has no agents
  SQLite::Statement& q = cached("SELECT sector, country FROM entities WHERE id = ?");
  q.bind(1, e.id);
  if (!q.executeStep()) return;
  e.sector = col(q, 0);
  e.country = col(q, 1);
}

void GraphStore::set_agent_fields(const std::string& id, const std::string& sector, const std::string& country) {
  SQLite::Statement& q = cached("UPDATE entities SET sector = ?, country = ? WHERE id = ? AND sector IS NULL");
  q.bind(1, sector);
  q.bind(2, country);
  q.bind(3, id);
  q.exec();
}

std::vector<EntityRow> GraphStore::entities_by_alias(const std::string& key) {
  // No mention counts here: this runs for every entity of every article during a build, which
  // asks for the same names again and again; answers are cached until a write could change them.
  if (auto it = alias_rows_.find(key); it != alias_rows_.end()) return it->second;
  std::vector<EntityRow> out;
  SQLite::Statement& q = cached("SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                "WHERE a.alias_key = ? ORDER BY e.id");
  q.bind(1, key);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), 0});
  for (const EntityRow& e : out) alias_keys_of_[e.id].push_back(key);
  alias_rows_.emplace(key, out);
  return out;
}

std::optional<EntityRow> GraphStore::entity_name_type(const std::string& id) {
  SQLite::Statement& q = cached("SELECT id, name, type FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return EntityRow{col(q, 0), col(q, 1), col(q, 2), 0};
}

std::optional<std::string> GraphStore::entity_name(const std::string& id) {
  static const bool keep_names = !bench_without("alias-index");
  if (auto it = entity_names_.find(id); it != entity_names_.end()) return it->second;
  SQLite::Statement& q = cached("SELECT name FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  if (!keep_names) return col(q, 0);
  return entity_names_.emplace(id, col(q, 0)).first->second;
}

std::vector<EntityRow> GraphStore::find_entities(const std::string& key) {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_,
                      "SELECT e.id, e.name, e.type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) "
                      "FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ? ORDER BY e.id");
  q.bind(1, key);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), q.getColumn(3).getInt()});
  return out;
}

std::vector<EntityRow> GraphStore::persons_with_surname(const std::string& surname_key) {
  std::vector<EntityRow> out;
  // `+e.type`: the type is checked on the few rows the surname finds. Without it SQLite, which has
  // no statistics during a build, prefers the entities_type index (schema 3) and reads every
  // person for every surname: the resolution pass of 5,000 Reuters articles took 10 s, not 0.3 s.
  SQLite::Statement& q = cached("SELECT e.id, e.name, e.type FROM person_surnames p JOIN entities e ON e.id = p.entity_id "
                            "WHERE p.surname_key = ? AND +e.type = 'PERSON' ORDER BY e.id");
  q.bind(1, surname_key);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), 0});
  return out;
}

std::vector<std::string> GraphStore::upsert_entity(const std::string& id, const std::string& name, const std::string& type,
                                                   const std::string& article_id) {
  static const bool keep_names = !bench_without("alias-index");
  auto known = type_votes_.find(id);
  if (known == type_votes_.end()) {
    // First time this store sees the entity: create it if new and load its type votes.
    SQLite::Statement& ins = cached("INSERT OR IGNORE INTO entities(id, name, type) VALUES (?,?,?)");
    bind_text(ins, 1, id);  // parameters and locals: they outlive each step
    bind_text(ins, 2, name);
    bind_text(ins, 3, type);
    ins.exec();
    TypeVotes tv;
    // A row inserted just now holds `type` and has no votes: a vote row names an existing entity
    // (its foreign key; a bulk load, which turns the keys off, deletes no entity unless it
    // replaces an article, and then the votes are read as before). On a fresh load that spares a
    // query per new entity, and the UPDATE of its first vote.
    const bool inserted = db_->getChanges() > 0;
    if (inserted) {
      tv.stored = type;
      if (keep_names) entity_names_.emplace(id, name);  // the row holds it now: no read-back by entity_name
    }
    static const bool shortcut = !bench_without("vote-shortcut");
    if (!inserted || votes_may_outlive_entities_ || !shortcut) {
      SQLite::Statement& q = cached("SELECT type, count(*) FROM entity_types WHERE entity_id = ? GROUP BY type");
      bind_text(q, 1, id);
      while (q.executeStep()) tv.votes[col(q, 0)] = q.getColumn(1).getInt();
    }
    known = type_votes_.emplace(id, std::move(tv)).first;
  }
  std::vector<std::string> conflicts;
  if (type == "OTHER" || article_id.empty()) return conflicts;
  std::map<std::string, int>& votes = known->second.votes;
  if (type == "PERSON" && name.find(' ') != std::string::npos && !votes.count("PERSON")) {
    SQLite::Statement& sur = cached("INSERT OR IGNORE INTO person_surnames(surname_key, entity_id) VALUES (?, ?)");
    sur.bind(1, alias_key(name.substr(name.rfind(' ') + 1)));
    sur.bind(2, id);
    sur.exec();
  }
  for (const auto& [t, n] : votes)
    if (t != type && n > 0) conflicts.push_back(t);
  std::string before = majority_type(votes);
  SQLite::Statement& vote = cached("INSERT OR IGNORE INTO entity_types(entity_id, article_id, type) VALUES (?, ?, ?)");
  bind_text(vote, 1, id);
  bind_text(vote, 2, article_id);
  bind_text(vote, 3, type);
  vote.exec();
  if (db_->getChanges() > 0) votes[type] += 1;
  std::string after = majority_type(votes);
  if (after != before) {
    if (after != known->second.stored) {  // the row may hold it already: a new entity's first vote
      SQLite::Statement& upd = cached("UPDATE entities SET type = ? WHERE id = ?");
      upd.bind(1, after);
      upd.bind(2, id);
      upd.exec();
      known->second.stored = after;
    }
    // Cached answers that hold this entity carry the old type: update them in place.
    static const bool in_place = !bench_without("alias-index");
    if (!in_place) alias_rows_.clear();
    if (auto keys = alias_keys_of_.find(id); keys != alias_keys_of_.end())
      for (const std::string& key : keys->second)
        if (auto rows = alias_rows_.find(key); rows != alias_rows_.end())
          for (EntityRow& row : rows->second)
            if (row.id == id) row.type = after;
  }
  return conflicts;
}

std::string GraphStore::majority_type(const std::map<std::string, int>& votes) {
  // The most voted type; ties go to the first in name order, as in recompute_entity_types().
  std::string best;
  int most = 0;
  for (const auto& [t, n] : votes)
    if (n > most) {
      most = n;
      best = t;
    }
  return best;
}

void GraphStore::recompute_entity_types() {
  forget_cached_rows();
  db_->exec(R"SQL(UPDATE entities SET type = (
      SELECT type FROM entity_types t WHERE t.entity_id = entities.id
      GROUP BY type ORDER BY count(*) DESC, type LIMIT 1)
    WHERE EXISTS (SELECT 1 FROM entity_types t WHERE t.entity_id = entities.id))SQL");
}

void GraphStore::add_alias(const std::string& entity_id, const std::string& alias) {
  add_alias(entity_id, alias, alias_key(alias));
}

void GraphStore::add_alias(const std::string& entity_id, const std::string& alias, const std::string& key) {
  all_aliases_.reset();  // the one-pass copy (load_all_aliases) is stale now
  if (key.empty()) return;
  // Most aliases repeat across articles; remember the ones written so each costs one statement once.
  if (!known_aliases_.insert(key + '\x1f' + entity_id + '\x1f' + alias).second) return;
  add_to_cached_answer(key, entity_id);
  // Of the spellings of one key ("U.S.", "US") the entity keeps the first in byte order, whatever
  // the order the articles came in.
  SQLite::Statement& q = cached("INSERT INTO aliases(alias_key, entity_id, alias) VALUES (?,?,?) ON CONFLICT(alias_key, entity_id) "
                                "DO UPDATE SET alias = excluded.alias WHERE excluded.alias < aliases.alias");
  bind_text(q, 1, key);
  bind_text(q, 2, entity_id);
  bind_text(q, 3, alias);
  q.exec();
}

void GraphStore::add_to_cached_answer(const std::string& key, const std::string& entity_id) {
  // entities_by_alias(key) once this alias is written: the cached rows and this entity's, in id
  // order (the join returns one row per entity, whatever its spellings). Its name and the type
  // its row holds are known when this store inserted or re-typed it; otherwise the answer is read again.
  auto rows = alias_rows_.find(key);
  if (rows == alias_rows_.end()) return;
  std::vector<EntityRow>& answer = rows->second;
  auto at = std::lower_bound(answer.begin(), answer.end(), entity_id,
                             [](const EntityRow& r, const std::string& id) { return r.id < id; });
  if (at != answer.end() && at->id == entity_id) return;  // another spelling of a key it has
  static const bool in_place = !bench_without("alias-answers");
  auto name = entity_names_.find(entity_id);
  auto votes = type_votes_.find(entity_id);
  if (!in_place || name == entity_names_.end() || votes == type_votes_.end() || votes->second.stored.empty()) {
    alias_rows_.erase(rows);
    return;
  }
  answer.insert(at, EntityRow{entity_id, name->second, votes->second.stored, 0});
  alias_keys_of_[entity_id].push_back(key);
}

std::vector<EntityRow> GraphStore::entities_like(const std::string& pattern, int limit) {
  std::vector<EntityRow> out;
  SQLite::Statement q(*db_, "SELECT id, name, type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n "
                            "FROM entities e WHERE name LIKE ? ORDER BY n DESC, name LIMIT ?");
  q.bind(1, pattern);
  q.bind(2, limit);
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), q.getColumn(3).getInt()});
  return out;
}

std::vector<EntityRow> GraphStore::all_entities() {
  std::vector<EntityRow> out;
  // Counts every entity's mentions in one grouped pass, then joins: the same answer as a join per
  // entity, but without the mentions_entity index (deferred during a bulk load, when readers may
  // run) that was a scan of every mention for each entity.
  SQLite::Statement q(*db_, "SELECT e.id, e.name, e.type, coalesce(m.n, 0) FROM entities e LEFT JOIN "
                            "(SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id) m "
                            "ON m.entity_id = e.id ORDER BY e.id");
  while (q.executeStep()) out.push_back({col(q, 0), col(q, 1), col(q, 2), q.getColumn(3).getInt()});
  return out;
}

std::vector<std::pair<std::string, EntityRow>> GraphStore::all_aliases() {
  std::vector<std::pair<std::string, EntityRow>> out;
  SQLite::Statement q(*db_, "SELECT a.alias, e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id ORDER BY a.alias_key, e.id");
  while (q.executeStep()) out.push_back({col(q, 0), {col(q, 1), col(q, 2), col(q, 3), 0}});
  return out;
}

void GraphStore::load_all_aliases() {
  std::unordered_map<std::string, std::vector<std::string>> by_entity;
  SQLite::Statement q(*db_, "SELECT entity_id, alias FROM aliases");
  while (q.executeStep()) by_entity[col(q, 0)].push_back(col(q, 1));
  // As aliases() orders them: DISTINCT, ORDER BY alias (SQLite's BINARY collation is byte order).
  for (auto& [id, v] : by_entity) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  all_aliases_ = std::move(by_entity);
}

std::vector<std::string> GraphStore::aliases(const std::string& entity_id) {
  if (all_aliases_) {
    auto it = all_aliases_->find(entity_id);
    return it == all_aliases_->end() ? std::vector<std::string>{} : it->second;
  }
  std::vector<std::string> out;
  SQLite::Statement q(*db_, "SELECT DISTINCT alias FROM aliases WHERE entity_id = ? ORDER BY alias");
  q.bind(1, entity_id);
  while (q.executeStep()) out.push_back(col(q, 0));
  return out;
}

}  // namespace newsgraph
