#include "timeline.h"

#include <algorithm>
#include <map>

#include "describe.h"
#include "time_interval.h"
#include "text_util.h"

namespace newsgraph {
namespace {

std::string claim_date(const ClaimRow& c) { return c.c.time_value.empty() ? c.article_date : c.c.time_value; }

// What makes two relations one entry: the same fact, however many articles worded it.
std::string same_fact_key(const RelationRow& r) {
  const RelationRecord& x = r.r;
  return (x.subject_id.empty() ? "text:" + to_lower(x.subject_text) : x.subject_id) + '\x1f' + (x.event_type.empty() ? x.predicate : x.event_type) + '\x1f' +
         (x.object_id.empty() ? to_lower(x.object_text) : x.object_id) + '\x1f' + x.modality + '\x1f' + x.polarity + '\x1f' +
         relation_date(r) + '\x1f' + r.speaker_name;
}

}  // namespace

bool is_fragment(const RelationRow& r) { return r.r.object_id.empty() && r.r.object_text.empty(); }

void sort_by_time(std::vector<RelationRow>& rows) {
  std::vector<std::pair<std::string, RelationRow>> keyed;
  keyed.reserve(rows.size());
  for (RelationRow& r : rows) keyed.emplace_back(time_sort_key(r.r.time_value, r.article_date), std::move(r));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < rows.size(); ++i) rows[i] = std::move(keyed[i].second);
}

void sort_by_time(std::vector<ClaimRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const ClaimRow& a, const ClaimRow& b) {
    return time_sort_key(a.c.time_value, a.article_date) < time_sort_key(b.c.time_value, b.article_date);
  });
}

std::vector<MergedFact> merge_same_facts(std::vector<RelationRow> relations, bool with_fragments) {
  sort_by_time(relations);  // stable: the first of a fact is its earliest-sorted report
  std::vector<MergedFact> out;
  std::map<std::string, size_t> by_fact;
  for (RelationRow& r : relations) {
    if (!with_fragments && is_fragment(r)) continue;
    auto [it, fresh] = by_fact.emplace(same_fact_key(r), out.size());
    if (!fresh) {
      MergedFact& f = out[it->second];
      f.reports += r.evidence_count;
      f.ids.push_back(r.r.id);
      continue;
    }
    MergedFact f;
    f.ids = {r.r.id};
    f.reports = r.evidence_count;
    f.first = std::move(r);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<TimelineEntry> timeline_entries(const std::vector<RelationRow>& relations, const std::vector<ClaimRow>& claims,
                                            bool with_fragments) {
  std::vector<std::pair<std::string, TimelineEntry>> keyed;  // (sort key, entry)
  for (MergedFact& f : merge_same_facts(relations, with_fragments)) {
    const RelationRow& r = f.first;
    TimelineEntry e;
    e.date = relation_date(r);
    auto interval = time_interval(e.date);
    e.coarse = interval && interval->coarse;
    e.text = describe_relation(r);
    e.article = r.first_article;
    e.reports = f.reports;
    e.ids = std::move(f.ids);
    keyed.emplace_back(time_sort_key(r.r.time_value, r.article_date), std::move(e));
  }
  for (const ClaimRow& c : claims) {
    TimelineEntry e;
    e.date = claim_date(c);
    auto interval = time_interval(e.date);
    e.coarse = interval && interval->coarse;
    e.text = describe_claim(c);
    e.article = c.first_article;
    e.reports = c.evidence_count;
    e.ids = {c.c.id};
    keyed.emplace_back(time_sort_key(c.c.time_value, c.article_date), std::move(e));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<TimelineEntry> out;
  out.reserve(keyed.size());
  for (auto& [key, e] : keyed) out.push_back(std::move(e));
  return out;
}

}  // namespace newsgraph
