// Entity evaluation on Reuters-21578, whose articles carry Reuters' own places, people and orgs tags:
// document-level recall of each kind (the share of tagged places, people and organisations that
// newsgraph finds as a resolved entity of that article), how much entity recognition adds to
// extraction time, and, given a built database (--db), the PERSON entities that are a bare surname
// while a full name with that surname exists (unmerged duplicates), with examples.
// Also scores named-entity mentions (person, place, organisation) and pronoun resolution against
// GUM's entity and coreference annotations (tools/gum_entities.h explains the matching).
// Usage: eval_entities [--corpus FILE.jsonl] [--db REUTERS.db] [--limit N] [--gum FILE.conllu] [--errors]
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "counts.h"
#include "graph_store.h"
#include "gum_entities.h"
#include "named_places.h"
#include "pipeline.h"
#include "text_util.h"

using namespace newsgraph;

namespace {

std::string hyphenate(const std::string& s) {
  std::string k = alias_key(s);
  for (char& c : k)
    if (c == ' ') c = '-';
  return k;
}
std::string squash(const std::string& s) {
  std::string k;
  for (char c : alias_key(s))
    if (c != ' ') k += c;
  return k;
}
std::string acronym(const std::string& s) {
  std::string a;
  bool start = true;
  for (char c : s) {
    if (start && std::isupper(static_cast<unsigned char>(c))) a += static_cast<char>(std::tolower(c));
    start = c == ' ' || c == '-';
  }
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/corpus/reuters21578.jsonl";
  std::string db;
  std::string gum = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/bench/ud-gum/en_gum-ud-test.conllu";
  size_t limit = 0;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--db" && i + 1 < argc) db = argv[++i];
    else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (a == "--gum" && i + 1 < argc) gum = argv[++i];
    else if (a == "--errors") errors = true;
    else {
      std::fprintf(stderr, "eval_entities: unknown argument %s\n"
                   "usage: eval_entities [--corpus FILE.jsonl] [--db REUTERS.db] [--limit N] [--gum FILE.conllu] [--errors]\n", a.c_str());
      return 2;
    }
  }
  if (!db.empty() && !std::filesystem::exists(db)) {
    std::fprintf(stderr, "eval_entities: no database at %s (build one with 'newsgraph build CORPUS --db %s')\n", db.c_str(), db.c_str());
    return 2;
  }
  if (std::filesystem::exists(gum)) {
    eval::GumTally all, news;
    for (const eval::GoldDocument& d : eval::read_conllu(gum)) {
      eval::GumTally t = eval::score_gum_document(d, Resources::get());
      all.add(t);
      if (d.genre == "news") news.add(t);
    }
    auto report = [](const char* label, const eval::GumTally& t) {
      size_t g = 0, p = 0, h = 0;
      std::printf("GUM %s named-entity mentions\n", label);
      for (const char* type : {"person", "place", "organization"}) {
        size_t tg = t.gold.count(type) ? t.gold.at(type) : 0, tp = t.pred.count(type) ? t.pred.at(type) : 0,
               th = t.hit.count(type) ? t.hit.at(type) : 0;
        g += tg, p += tp, h += th;
        double P = tp ? double(th) / tp : 0, R = tg ? double(th) / tg : 0;
        std::printf("  %-13s P %.3f R %.3f F1 %.3f  (%zu gold, %zu predicted)\n", type, P, R, P + R ? 2 * P * R / (P + R) : 0.0, tg, tp);
      }
      double P = p ? double(h) / p : 0, R = g ? double(h) / g : 0;
      std::printf("  %-13s P %.3f R %.3f F1 %.3f\n", "all", P, R, P + R ? 2 * P * R / (P + R) : 0.0);
      std::printf("  pronouns with a named antecedent: %zu, resolved to it %.3f (unresolved %.3f)\n", t.pronouns,
                  t.pronouns ? double(t.pronouns_right) / t.pronouns : 0.0,
                  t.pronouns ? double(t.pronouns_unresolved) / t.pronouns : 0.0);
    };
    const std::string file = std::filesystem::path(gum).filename().string();
    report(file.c_str(), all);
    report((file + ", news documents").c_str(), news);
    if (errors) {
      // The most frequent misses and spurious names, to see which constructions fail.
      auto top = [](const char* label, const std::map<std::string, size_t>& m) {
        const auto v = eval::by_count(m);
        std::printf("  %s (%zu distinct):\n", label, v.size());
        for (size_t i = 0; i < v.size() && i < 60; ++i) std::printf("    %3zu  %s\n", v[i].first, v[i].second.c_str());
      };
      std::printf("  misses and spurious names by cause:\n");
      for (const auto& [cause, count] : all.causes) std::printf("    %4zu  %s\n", count, cause.c_str());
      top("missed gold names", all.missed);
      top("spurious predicted names", all.spurious);
      top("pronouns not resolved to their named antecedent", all.pronoun_errors);
    }
  } else {
    std::printf("eval_entities: %s is absent; GUM scores skipped\n", gum.c_str());
  }
  if (!std::filesystem::exists(corpus)) {
    std::printf("eval_entities: %s is absent; nothing to score (skipped)\n", corpus.c_str());
    return 0;
  }
  const Resources& res = Resources::get();
  // Every phrase the gazetteer knows for a canonical name ("United States" <- "us", "usa", ...).
  std::multimap<std::string, std::string> gazetteer_keys;
  for (const auto& [key, entry] : res.lexicons.gazetteer) gazetteer_keys.emplace(entry.canonical, key);

  struct Tally {
    size_t tagged = 0, found = 0;
    std::map<std::string, size_t> missed;
    std::map<std::string, std::vector<std::string>> missed_in;  // tag -> the first articles that miss it (--errors)
  } places, places_named, people, orgs;
  const eval::NamedPlaces named_places(res.lexicons, hyphenate);
  StageTimes stages;
  size_t n = 0;
  std::ifstream in(corpus);
  for (std::string line; std::getline(in, line);) {
    if (limit && n >= limit) break;
    rapidjson::Document d;
    d.Parse(line.c_str());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("text") || !d["text"].IsString()) continue;
    auto tags = [&](const char* k) {
      std::vector<std::string> v;
      if (d.HasMember(k) && d[k].IsArray())
        for (const auto& x : d[k].GetArray())
          if (x.IsString()) v.push_back(x.GetString());
      return v;
    };
    auto tp = tags("places"), tpe = tags("people"), to = tags("orgs");
    if (tp.empty() && tpe.empty() && to.empty()) continue;
    ++n;
    Article a;
    a.id = d.HasMember("id") && d["id"].IsString() ? d["id"].GetString() : "";
    a.text = d["text"].GetString();
    a.date = d.HasMember("date") && d["date"].IsString() ? d["date"].GetString() : "";
    a.body_start = find_body_start(a.text);
    ExtractOptions timed;
    timed.times = &stages;
    ArticleExtraction x = extract_article(a, res, timed);
    std::set<std::string> place_keys, surnames, org_keys;
    for (const ExtractedMention& m : x.mentions) {
      if (m.type == EntityType::kCountry || m.type == EntityType::kPlace) {
        place_keys.insert(hyphenate(m.entity));
        // A city counts for its country too: Reuters tags the country of a dateline city.
        if (!m.country.empty()) {
          place_keys.insert(hyphenate(m.country));
          auto cr = gazetteer_keys.equal_range(m.country);
          for (auto it = cr.first; it != cr.second; ++it) place_keys.insert(hyphenate(it->second));
        }
        auto range = gazetteer_keys.equal_range(m.entity);
        for (auto it = range.first; it != range.second; ++it) place_keys.insert(hyphenate(it->second));
      }
      if (m.type == EntityType::kPerson || m.type == EntityType::kOther) {
        std::string last = m.entity.substr(m.entity.rfind(' ') + 1);
        surnames.insert(alias_key(last));
      }
      if (m.type == EntityType::kOrganization || m.type == EntityType::kOther) {
        org_keys.insert(squash(m.entity));
        org_keys.insert(acronym(m.entity));
        org_keys.insert(squash(m.text));
        auto range = gazetteer_keys.equal_range(m.entity);
        for (auto it = range.first; it != range.second; ++it) org_keys.insert(squash(it->second));
      }
    }
    const std::set<std::string> named = named_places.in_text(a.text);
    for (const auto& p : tp) {
      for (Tally* t : {&places, named.count(p) ? &places_named : nullptr}) {
        if (!t) continue;
        ++t->tagged;
        if (place_keys.count(p)) ++t->found;
        else {
          ++t->missed[p];
          if (t->missed_in[p].size() < 6) t->missed_in[p].push_back(a.id);
        }
      }
    }
    for (const auto& p : tpe) {
      ++people.tagged;
      std::string last = p.substr(p.rfind('-') == std::string::npos ? 0 : p.rfind('-') + 1);
      if (surnames.count(last)) ++people.found;
      else ++people.missed[p];
    }
    for (const auto& o : to) {
      ++orgs.tagged;
      std::string head = o.substr(0, o.find('-'));
      if (org_keys.count(o) || org_keys.count(head)) ++orgs.found;
      else ++orgs.missed[o];
    }
  }
  auto report = [](const char* name, const Tally& t) {
    std::printf("  %-14s recall %.3f  (%zu of %zu tags)  most missed:", name, t.tagged ? double(t.found) / t.tagged : 0.0,
                t.found, t.tagged);
    const auto v = eval::by_count(t.missed);
    for (size_t i = 0; i < v.size() && i < 8; ++i) std::printf(" %s(%zu)", v[i].second.c_str(), v[i].first);
    std::printf("\n");
  };
  std::printf("Reuters-21578 document-level recall over %zu tagged articles (extraction %.1f s)\n", n, stages.total);
  // What entity recognition costs: its share of the extraction, and how much it adds to the rest.
  std::printf("  entity recognition %.2f s of %.2f s extraction: %.1f%% of it, adds %.1f%% to the other stages\n",
              stages.entities, stages.total, 100 * stages.entities / std::max(1e-9, stages.total),
              100 * stages.entities / std::max(1e-9, stages.total - stages.entities));
  auto missed_in = [&](const Tally& t) {
    if (!errors) return;
    for (const auto& [count, tag] : eval::by_count(t.missed)) {
      if (count < 5) break;
      std::printf("    %s missed in:", tag.c_str());
      for (const auto& id : t.missed_in.at(tag)) std::printf(" %s", id.c_str());
      std::printf("\n");
    }
  };
  report("places", places);
  missed_in(places);
  // Issue #18's measure: only the tags whose place the text names (tools/named_places.h).
  report("places named", places_named);
  missed_in(places_named);
  report("people", people);
  report("organisations", orgs);
  if (!db.empty()) {
    GraphStore s(db, GraphStore::Mode::kReadOnly);
    size_t persons = 0, dup = 0;
    std::vector<std::string> examples;
    for (const EntityRow& e : s.all_entities()) {
      if (e.type != "PERSON") continue;
      ++persons;
      if (e.name.find(' ') != std::string::npos) continue;
      auto full = s.persons_with_surname(alias_key(e.name));
      if (!full.empty()) {
        ++dup;
        if (examples.size() < 8) examples.push_back(e.name + " ~ " + full[0].name + (full.size() > 1 ? " (+" + std::to_string(full.size() - 1) + ")" : ""));
      }
    }
    std::printf("Unmerged bare surnames in %s: %zu of %zu PERSON entities (%.2f%%)\n", db.c_str(), dup, persons,
                persons ? 100.0 * dup / persons : 0.0);
    for (const auto& x : examples) std::printf("  %s\n", x.c_str());
  }
  return 0;
}
