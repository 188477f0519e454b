#include "write_plan.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "ids.h"
#include "lexicons.h"
#include "page_furniture.h"
#include "text_util.h"

namespace newsgraph {

bool kept_reading(const ExtractedRelation& r, bool keep_fragments) {
  return !(r.attribution || r.surface_only || (r.fragment && !keep_fragments));
}

namespace {
// agent-in-a-fact: an agent actor ("police of Kenya") is a node only to take part in a fact; one
// whose only relations are not stored (a fragment such as "Yemeni journalists are", a textual
// reading) would be a node without an edge, a junk entity of the graph. The agents that a stored
// relation or claim names.
std::set<std::string> agents_in_stored_facts(const ArticleExtraction& x, bool keep_fragments) {
  std::set<std::string> used;
  for (const ExtractedRelation& r : x.relations) {
    if (!kept_reading(r, keep_fragments)) continue;
    used.insert(r.subject);
    used.insert(r.object);
  }
  for (const ExtractedClaim& c : x.claims) used.insert(c.speaker);
  return used;
}

// image-credit (page_furniture.h): the entities every mention of which lies in a photo credit
// ("Image: Ana Ruiz (photos)"): credited photographers and sites, no participants of the story.
std::set<std::string> named_only_in_image_credits(const ArticleExtraction& x) {
  std::set<std::string> out;
  const auto credits = image_credit_ranges(x.article.text);
  if (credits.empty()) return out;
  auto in_credit = [&](const ExtractedMention& m) {
    return std::any_of(credits.begin(), credits.end(), [&](const auto& c) { return m.start >= c.first && m.end <= c.second; });
  };
  std::set<std::string> elsewhere;
  for (const ExtractedMention& m : x.mentions) (in_credit(m) ? out : elsewhere).insert(m.entity);
  for (const std::string& e : elsewhere) out.erase(e);
  return out;
}

// "President" for the role "president", "Vice-President" for "vice-president".
std::string titled(std::string role) {
  for (size_t i = 0; i < role.size(); ++i)
    if (i == 0 || role[i - 1] == ' ' || role[i - 1] == '-') role[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(role[i])));
  return role;
}
}  // namespace

WritePlan plan_write(const ArticleExtraction& x, bool keep_fragments) {
  WritePlan plan;
  const std::set<std::string> agents = agents_in_stored_facts(x, keep_fragments);
  const std::set<std::string> credited = named_only_in_image_credits(x);
  std::set<std::string> written;  // names of the entities written
  for (size_t i = 0; i < x.entities.size(); ++i) {
    const ExtractedEntity& e = x.entities[i];
    if (e.type == EntityType::kAgent && !agents.count(e.name)) continue;  // agent-in-a-fact
    if (credited.count(e.name)) continue;                                 // image-credit
    WritePlan::Entity p;
    p.index = i;
    p.type = entity_type_name(e.type);
    p.key = alias_key(e.name);
    p.own_id = stable_id('e', p.key);  // entity_id(e.name)
    p.alias_keys.reserve(e.aliases.size());
    for (const std::string& alias : e.aliases) p.alias_keys.push_back(alias_key(alias));
    plan.entities.push_back(std::move(p));
    written.insert(e.name);
  }

  plan.mentions.assign(x.mentions.size(), WritePlan::Mention::kSkip);
  std::unordered_map<uint64_t, size_t> last_at_span;
  auto span_key = [](const ExtractedMention& m) { return (static_cast<uint64_t>(m.start) << 32) | m.end; };
  for (size_t i = 0; i < x.mentions.size(); ++i)
    if (written.count(x.mentions[i].entity)) last_at_span[span_key(x.mentions[i])] = i;
  for (size_t i = 0; i < x.mentions.size(); ++i)
    if (written.count(x.mentions[i].entity))
      plan.mentions[i] = last_at_span[span_key(x.mentions[i])] == i ? WritePlan::Mention::kStore : WritePlan::Mention::kCountOnly;

  plan.roles.reserve(x.roles.size());
  for (const ExtractedRole& r : x.roles) {
    // Titled forms are aliases too: "President Alvarez", "President Marina Alvarez".
    const std::string title = titled(r.role);
    WritePlan::RoleAliases a;
    a.full = title + " " + r.person;
    a.surname = title + " " + r.person.substr(r.person.rfind(' ') + 1);
    a.full_key = alias_key(a.full);
    a.surname_key = alias_key(a.surname);
    plan.roles.push_back(std::move(a));
  }

  for (const ExtractedClaim& c : x.claims) {
    plan.claim_speaker_keys.push_back(alias_key(c.speaker_text));
    plan.claim_content_keys.push_back(alias_key(c.content));
  }
  plan.relation_subject_keys.resize(x.relations.size());
  plan.relation_object_keys.resize(x.relations.size());
  for (size_t i = 0; i < x.relations.size(); ++i) {
    const ExtractedRelation& r = x.relations[i];
    if (!kept_reading(r, keep_fragments)) continue;  // not written
    plan.relation_subject_keys[i] = alias_key(r.subject_words);
    plan.relation_object_keys[i] = alias_key(r.object_text);
  }
  return plan;
}

}  // namespace newsgraph
