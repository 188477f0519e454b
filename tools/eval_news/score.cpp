#include "score.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "assignment.h"
#include "text.h"

namespace newsgraph::eval {
namespace {

bool evidenced_in(const std::vector<Evidence>& ev, const std::string& article) {
  return std::any_of(ev.begin(), ev.end(), [&](const Evidence& e) { return e.article == article; });
}

}  // namespace

std::string timex_day(const std::string& value) {
  // YYYY-MM-DDT...: a clock time ("T15:00", "T00:00") or a part of the day ("TMO", "TEV").
  const bool day_with_time = value.size() > 10 && value[10] == 'T' && value[4] == '-' && value[7] == '-' &&
                             std::all_of(value.begin(), value.begin() + 4, [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
  return day_with_time ? value.substr(0, 10) : value;
}

bool time_checked(const GoldFact& g, const GoldArticle& ga) { return !g.time.empty() || ga.has_date(); }

bool time_right(const GoldFact& g, const GRelation& r, const std::string& article_date) {
  // The GUIDE reduces a time of day to its day ("yesterday afternoon" is the day), so the graph's
  // "2019-10-09T15:00" is compared as "2019-10-09"; no gold value carries a time of day.
  const std::string graph = r.has_time ? timex_day(r.time_value) : std::string();
  if (g.time.empty()) return !r.has_time || r.from_article_date || graph == article_date;
  if (g.time == "PRESENT_REF" && r.has_time && graph == article_date) return true;
  return r.has_time && graph == g.time;
}

namespace {


// --- merges ---

// Occurrences [start, end) of `form` in `text`, case-insensitively and on word boundaries; only
// the one inside the first occurrence of `context` when a context is given. That occurrence is
// the first in the article's prose: a teaser repeating the lead is page furniture (`furniture`,
// furniture_ranges), from which the graph is to take nothing, so a context there is passed over.
std::vector<std::pair<int, int>> locate(const std::string& text, const MergeForm& m,
                                        const std::vector<std::pair<int, int>>& furniture = {}) {
  std::string hay = lower_ascii(text), needle = lower_ascii(m.form);
  std::vector<std::pair<int, int>> out;
  size_t from = 0, limit = hay.size();
  if (!m.context.empty()) {
    const std::string context = lower_ascii(m.context);
    auto in_furniture = [&](size_t at) {
      return std::any_of(furniture.begin(), furniture.end(), [&](const std::pair<int, int>& f) {
        return static_cast<int>(at) >= f.first && static_cast<int>(at) < f.second;
      });
    };
    size_t c = hay.find(context);
    while (c != std::string::npos && in_furniture(c)) c = hay.find(context, c + 1);
    if (c == std::string::npos) c = hay.find(context);  // only in furniture: that occurrence, as before
    if (c == std::string::npos) return out;
    from = c;
    limit = c + m.context.size();
  }
  auto is_word = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80; };
  for (size_t p = hay.find(needle, from); p != std::string::npos && p + needle.size() <= limit; p = hay.find(needle, p + 1)) {
    bool left = p == 0 || !is_word(hay[p - 1]);
    bool right = p + needle.size() >= hay.size() || !is_word(hay[p + needle.size()]);
    if (left && right) {
      out.emplace_back(static_cast<int>(p), static_cast<int>(p + needle.size()));
      if (!m.context.empty()) break;
    }
  }
  return out;
}

// The entity of the mention that ends the form's head ([s, e) of `text`), else of the one that
// overlaps the form most (the shorter one on a tie), or "".
std::string entity_at(const std::string& text, const std::vector<const GMention*>& mentions, int s, int e) {
  // A form names what its head names: its last word ("South Korean President Moon Hye-jin" is
  // Moon, however long the demonym before her), or the word before "of" ("the Chancellor of
  // Germany" is no Germany).
  const size_t of = text.find(" of ", static_cast<size_t>(s));
  const int head_end = of != std::string::npos && static_cast<int>(of) < e ? static_cast<int>(of) : e;
  const GMention* best = nullptr;
  int best_overlap = 0;
  bool best_ends = false;
  for (const GMention* m : mentions) {
    int overlap = std::min(e, m->end) - std::max(s, m->start);
    if (overlap <= 0) continue;
    const bool ends = m->end == head_end && m->start >= s;
    if (best_ends && !ends) continue;
    if (!best || (ends && !best_ends) || overlap > best_overlap ||
        (overlap == best_overlap && m->end - m->start < best->end - best->start)) {
      best = m;
      best_overlap = overlap;
      best_ends = ends;
    }
  }
  return best ? best->entity : "";
}

// The entity whose name or alias is `form`: one mentioned in the article first, else any.
std::string entity_by_name(const std::string& form, const GraphView& g, const std::set<std::string>& in_article) {
  std::string key = name_key(form);
  std::string fallback;
  for (const auto& [id, e] : g.entities)
    for (const auto& n : e.names)
      if (name_key(n) == key) {
        if (in_article.count(id)) return id;
        if (fallback.empty()) fallback = id;
      }
  return fallback;
}

struct ArticleGraph {
  const GArticle* article = nullptr;
  std::vector<const GMention*> mentions;
  std::set<std::string> entities;  // mentioned in the article or a participant of its facts
  std::vector<const GRelation*> relations;
  std::vector<const GClaim*> claims;
  std::vector<const GRole*> roles;
};

ArticleGraph select(const GraphView& g, const std::string& id) {
  ArticleGraph a;
  auto it = g.articles.find(id);
  if (it != g.articles.end()) a.article = &it->second;
  for (const auto& m : g.mentions)
    if (m.article == id) {
      a.mentions.push_back(&m);
      a.entities.insert(m.entity);
    }
  for (const auto& r : g.relations)
    if (evidenced_in(r.evidence, id)) {
      a.relations.push_back(&r);
      a.entities.insert(r.subject);
      if (!r.object.empty()) a.entities.insert(r.object);
    }
  for (const auto& c : g.claims)
    if (evidenced_in(c.evidence, id)) {
      a.claims.push_back(&c);
      if (!c.speaker.empty()) a.entities.insert(c.speaker);
    }
  for (const auto& r : g.roles)
    if (r.article == id) a.roles.push_back(&r);
  return a;
}

void score_merges(const GoldArticle& gold, const GraphView& g, const ArticleGraph& ag, ArticleScore& s,
                  std::vector<std::string>& problems) {
  const std::string text = ag.article ? ag.article->text : "";
  const std::vector<std::pair<int, int>> furniture =
      ag.article ? furniture_ranges(text, gold.title) : std::vector<std::pair<int, int>>{};
  for (const auto& group : gold.merges) {
    std::string anchor = entity_by_name(group[0].form, g, ag.entities);
    if (anchor.empty() || !ag.entities.count(anchor)) {
      auto occ = locate(text, group[0]);
      anchor = occ.empty() ? anchor : entity_at(text, ag.mentions, occ[0].first, occ[0].second);
    }
    size_t first = 1;
    if (anchor.empty() && locate(text, group[0]).empty()) {
      // The canonical name is neither in the text nor in the graph: the group asks only that its
      // surface forms be one entity, so the first form found in the text is the anchor.
      for (; first < group.size() && anchor.empty(); ++first)
        for (auto [b, e] : locate(text, group[first]))
          if (anchor.empty()) anchor = entity_at(text, ag.mentions, b, e);
    }
    for (size_t i = first; i < group.size(); ++i) {
      ++s.merge_forms;
      const MergeForm& f = group[i];
      if (ag.article && locate(text, f).empty())
        problems.push_back(gold.file.string() + ": MERGE form '" + f.form + "'" + (f.context.empty() ? "" : " {" + f.context + "}") +
                           " is not in the article text");
      bool merged = false;
      bool located = false;
      for (auto [b, e] : locate(text, f, furniture)) {
        std::string ent = entity_at(text, ag.mentions, b, e);
        if (ent.empty()) continue;
        located = true;
        if (ent == anchor) merged = true;
      }
      // A name form the article uses where no mention was stored still counts when it is an alias
      // of the group's entity (the graph knows the two are one).
      if (!located && !is_pronoun(f.form) && !anchor.empty() && entity_by_name(f.form, g, ag.entities) == anchor)
        merged = true;
      if (!anchor.empty() && merged) {
        ++s.merged;
      } else {
        // Names and acronyms are merges; pronouns and descriptions ("the court") are coreference.
        bool name_form = !is_pronoun(f.form) && !f.form.empty() && std::isupper(static_cast<unsigned char>(f.form[0])) &&
                         !f.form.starts_with("The ");
        s.misses.push_back({name_form ? "merges" : "coreference", gold.id,
                            "MERGE " + group[0].form + " = " + f.form + (f.context.empty() ? "" : " {" + f.context + "}"), "merge"});
      }
    }
  }
  for (size_t i = 0; i < gold.not_merged.size(); ++i) {
    ++s.not_merge_pairs;
    const auto& [a, b] = gold.not_merged[i];
    auto resolve = [&](const std::string& name) {
      std::string id = entity_by_name(name, g, ag.entities);
      if (!id.empty() && ag.entities.count(id)) return id;
      auto occ = locate(text, MergeForm{name, ""});
      return occ.empty() ? std::string() : entity_at(text, ag.mentions, occ[0].first, occ[0].second);
    };
    std::string ea = resolve(a), eb = resolve(b);
    if (!ea.empty() && ea == eb) {
      ++s.violations;
      s.misses.push_back({"merges", gold.id, "NOTMERGE " + a + " != " + b + " (line " + std::to_string(gold.not_merged_lines[i]) + ")", "merge"});
    }
  }
}

bool in_ranges(const std::vector<std::pair<int, int>>& ranges, int s, int e) {
  return std::any_of(ranges.begin(), ranges.end(), [&](auto r) { return s >= r.first && e <= r.second; });
}

// An AGENT is named by its construction ("police of Kenya"), which no gold line writes: it is no
// junk when it is a gold fact's participant by the matching rules ("police" of "EVENT police |
// arrest | ..."), as it would be when it carried the fact.
// Only the group noun counts: "France" of a ROLE line names no "soldiers of France".
bool agent_is_participant(const GEntity& e, const GoldArticle& gold, const MatchContext& c) {
  if (e.type != "AGENT") return false;
  const std::string group = e.name.substr(0, e.name.find(" of "));
  for (const auto& f : gold.facts)
    for (const Participant* p : {&f.subject, &f.object})
      if (!p->none && !p->key.empty() && participant_matches_text(*p, group, c)) return true;
  return false;
}

void score_junk(const GoldArticle& gold, const GraphView& g, const ArticleGraph& ag, const MatchContext& c, ArticleScore& s) {
  std::set<std::string> known;
  std::vector<std::vector<std::string>> known_words;  // canonical names and participants
  std::vector<std::vector<std::string>> known_keys;
  auto add_name = [&](const std::string& n, bool spans) {
    known.insert(name_key(n));
    if (spans) {
      known_words.push_back(words(n));
      known_keys.push_back(key_words(n));
    }
  };
  for (const auto& [n, t] : gold.entities) add_name(n, true);
  for (const auto& group : gold.merges)
    for (const auto& f : group) add_name(f.form, false);
  for (const auto& f : gold.facts)
    for (const Participant* p : {&f.subject, &f.object})
      if (!p->none) add_name(p->text, true);
  std::vector<std::pair<int, int>> furniture =
      ag.article ? furniture_ranges(ag.article->text, gold.title) : std::vector<std::pair<int, int>>{};
  for (const auto& id : ag.entities) {
    const GEntity* e = g.entity(id);
    if (!e) continue;
    ++s.entities;
    bool ok = std::any_of(e->names.begin(), e->names.end(), [&](const std::string& n) { return known.count(name_key(n)) > 0; });
    if (!ok) {
      // A part of a known name that holds its key word ("Duda" of "Andrzej Duda") is not junk.
      std::vector<std::string> ew = words(e->name);
      for (size_t i = 0; i < known_words.size() && !ok; ++i) {
        bool inside = !ew.empty() && std::all_of(ew.begin(), ew.end(), [&](const std::string& w) {
          return std::find(known_words[i].begin(), known_words[i].end(), w) != known_words[i].end();
        });
        ok = inside && contains_all(ew, known_keys[i]);
      }
    }
    if (ok || agent_is_participant(*e, gold, c)) continue;
    ++s.junk;
    bool all_furniture = true, any = false;
    for (const GMention* m : ag.mentions)
      if (m->entity == id) {
        any = true;
        if (!in_ranges(furniture, m->start, m->end)) all_furniture = false;
      }
    s.misses.push_back({any && all_furniture ? "page furniture" : "names", gold.id, "junk entity '" + e->name + "' (" + e->type + ")", "junk entity"});
  }
}

std::string entity_name(const GraphView& g, const std::string& id) {
  const GEntity* e = g.entity(id);
  return e ? e->name : id;
}

// One line for a matched graph fact in --verbose output.
std::string describe(const void* hit, FactKind kind, const GraphView& g) {
  if (kind == FactKind::kEvent) {
    const auto* r = static_cast<const GRelation*>(hit);
    return (r->subject.empty() ? r->subject_text : entity_name(g, r->subject)) + " | " + r->predicate + " | " +
           (r->object.empty() ? r->object_text : entity_name(g, r->object)) + " | " +
           (r->has_time ? r->time_value : "-") + (r->from_article_date ? " (article date)" : "") + " | " + r->modality;
  }
  if (kind == FactKind::kClaim) {
    const auto* c = static_cast<const GClaim*>(hit);
    return (c->speaker.empty() ? c->speaker_text : entity_name(g, c->speaker)) + " | " + c->cue + " | " + c->content;
  }
  const auto* r = static_cast<const GRole*>(hit);
  return entity_name(g, r->person) + " | " + r->role + " | " + (r->org.empty() ? "-" : entity_name(g, r->org));
}

// Rule 6: which graph fact each gold fact takes (its index in the article's relations, claims or
// roles by the gold fact's kind; -1 for none). One to one, the pairing that matches the most gold
// facts of each kind; among those, for events, the one with the most right times (a candidate with
// the right time is preferred to one with a wrong time). A greedy pass in file order could let a
// broad line (object "-") take the only fact a later line matches.
std::vector<int> pair_facts(const GoldArticle& ga, const ArticleGraph& ag, const MatchContext& c) {
  std::vector<int> pick(ga.facts.size(), -1);
  // A match outweighs every time bonus together, so the count of matches comes first.
  const long long match = static_cast<long long>(ga.facts.size()) + 1;
  for (FactKind kind : {FactKind::kEvent, FactKind::kClaim, FactKind::kRole}) {
    std::vector<size_t> rows;
    for (size_t i = 0; i < ga.facts.size(); ++i)
      if (ga.facts[i].kind == kind) rows.push_back(i);
    const size_t cols = kind == FactKind::kEvent ? ag.relations.size() : kind == FactKind::kClaim ? ag.claims.size() : ag.roles.size();
    std::vector<std::vector<long long>> weight(rows.size(), std::vector<long long>(cols, 0));
    for (size_t r = 0; r < rows.size(); ++r) {
      const GoldFact& f = ga.facts[rows[r]];
      for (size_t j = 0; j < cols; ++j) {
        if (kind == FactKind::kEvent) {
          if (event_matches(f, *ag.relations[j], c))
            weight[r][j] = match + (!time_checked(f, ga) || time_right(f, *ag.relations[j], ga.date) ? 1 : 0);
        } else if (kind == FactKind::kClaim) {
          if (claim_matches(f, *ag.claims[j], c)) weight[r][j] = 1;
        } else if (role_matches(f, *ag.roles[j], c)) {
          weight[r][j] = 1;
        }
      }
    }
    const std::vector<int> got = best_assignment(weight);
    for (size_t r = 0; r < rows.size(); ++r) pick[rows[r]] = got[r];
  }
  return pick;
}

}  // namespace

// ---------------------------------------------------------------- scoring

Report score(const std::vector<GoldArticle>& gold, const GraphView& graph, const Synonyms& synonyms) {
  Report rep;
  for (const auto& ga : gold) {
    ArticleScore s;
    s.id = ga.id;
    s.name = ga.short_name();
    s.exhaustive = ga.exhaustive;
    MatchContext c = make_context(ga, graph, synonyms);
    ArticleGraph ag = select(graph, ga.id);
    if (!ag.article) s.misses.push_back({"other", ga.id, "article is not in the graph", "missed fact"});
    std::set<std::string> matched_claims;
    const std::vector<int> pick = pair_facts(ga, ag, c);
    for (size_t i = 0; i < ga.facts.size(); ++i) {
      const GoldFact& f = ga.facts[i];
      ++s.gold[static_cast<int>(f.kind)];
      const void* hit = nullptr;
      if (f.kind == FactKind::kEvent) {
        const GRelation* best = pick[i] < 0 ? nullptr : ag.relations[pick[i]];
        if (best) {
          hit = best;
          ++s.timed;
          if (best->from_article_date) ++s.timed_fallback;
          if (time_checked(f, ga)) {
            ++s.time_checked;
            if (time_right(f, *best, ga.date))
              ++s.time_right;
            else
              s.misses.push_back({"dates", ga.id, f.source_line + " (line " + std::to_string(f.line) + "): graph time " +
                                                      (best->has_time ? best->time_value : "none") +
                                                      (best->from_article_date ? " (article date)" : ""), "wrong time"});
          }
          if (!f.time.empty()) {
            ++s.dated;
            if (best->from_article_date) ++s.dated_fallback;
          }
          if (modality_matches(f.modality, best->modality)) ++s.modality_right;
        }
      } else if (f.kind == FactKind::kClaim) {
        if (pick[i] >= 0) {
          hit = ag.claims[pick[i]];
          matched_claims.insert(ag.claims[pick[i]]->id);
        }
      } else if (pick[i] >= 0) {
        hit = ag.roles[pick[i]];
      }
      if (hit) {
        s.matches.push_back("line " + std::to_string(f.line) + " " + kind_name(f.kind) + " -> " + describe(hit, f.kind, graph));
        ++s.found[static_cast<int>(f.kind)];
      } else {
        std::string cls = f.tag.empty() ? classify_missed_fact(f, c, ag.relations) : f.tag;
        s.misses.push_back({cls, ga.id, f.source_line + " (line " + std::to_string(f.line) + ")", "missed fact"});
      }
    }
    score_merges(ga, graph, ag, s, rep.gold_problems);
    if (ga.exhaustive) {
      std::vector<std::pair<int, int>> furniture =
          ag.article ? furniture_ranges(ag.article->text, ga.title) : std::vector<std::pair<int, int>>{};
      for (const GRelation* r : ag.relations) {
        ++s.produced;
        bool right = !r->claim.empty() && matched_claims.count(r->claim);
        for (const auto& f : ga.facts)
          if (!right && event_matches(f, *r, c)) right = true;
        if (right) {
          ++s.produced_right;
        } else {
          const GEntity* subj = graph.entity(r->subject);
          std::string what = "extra relation '" + (subj ? subj->name : r->subject.empty() ? r->subject_text : r->subject) + " | " + r->predicate + " | " +
                             (r->object.empty() ? r->object_text : (graph.entity(r->object) ? graph.entity(r->object)->name : r->object)) + "'";
          s.misses.push_back({classify_false_positive(*r, furniture, ga.id), ga.id, what, "extra fact"});
        }
      }
      for (const GClaim* cl : ag.claims) {
        ++s.produced;
        bool right = std::any_of(ga.facts.begin(), ga.facts.end(), [&](const GoldFact& f) { return claim_matches(f, *cl, c); });
        if (right) {
          ++s.produced_right;
        } else {
          s.misses.push_back({"reported speech", ga.id, "extra claim '" + cl->speaker_text + " | " + cl->cue + " | " + cl->content + "'", "extra fact"});
        }
      }
      score_junk(ga, graph, ag, c, s);
    }
    rep.articles.push_back(std::move(s));
  }
  ArticleScore& t = rep.total;
  t.name = "overall";
  std::map<std::string, int> classes;
  for (const auto& s : rep.articles) {
    for (int k = 0; k < kFactKinds; ++k) {
      t.gold[k] += s.gold[k];
      t.found[k] += s.found[k];
    }
    t.timed += s.timed;
    t.time_right += s.time_right;
    t.time_checked += s.time_checked;
    t.timed_fallback += s.timed_fallback;
    t.dated += s.dated;
    t.dated_fallback += s.dated_fallback;
    t.modality_right += s.modality_right;
    t.produced += s.produced;
    t.produced_right += s.produced_right;
    t.merge_forms += s.merge_forms;
    t.merged += s.merged;
    t.not_merge_pairs += s.not_merge_pairs;
    t.violations += s.violations;
    t.entities += s.entities;
    t.junk += s.junk;
    for (const auto& m : s.misses) ++classes[m.cls];
  }
  rep.classes.assign(classes.begin(), classes.end());
  std::stable_sort(rep.classes.begin(), rep.classes.end(), [](auto& a, auto& b) { return a.second > b.second; });
  return rep;
}

}  // namespace newsgraph::eval
