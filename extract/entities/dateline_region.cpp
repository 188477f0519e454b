#include "dateline_region.h"

#include "text_util.h"

namespace newsgraph {

std::optional<DatelineRegion> dateline_region(const std::string& text, size_t from, size_t body_start,
                                              const Lexicons& lex) {
  size_t b = from;
  while (b < body_start && text[b] == ' ') ++b;
  size_t e = b;
  while (e < body_start && text[e] != ',' && text[e] != '(' && text[e] != '\n' &&
         !(text[e] == ' ' && e + 1 < body_start && text[e + 1] == '-'))
    ++e;
  while (e > b && text[e - 1] == ' ') --e;
  if (e <= b || e - b > 40) return std::nullopt;
  const std::string region = text.substr(b, e - b);
  DatelineRegion r;
  r.mention.kind = MentionKind::kDateline;
  r.mention.rule = "dateline-region";
  r.mention.start = static_cast<uint32_t>(b);
  r.mention.end = static_cast<uint32_t>(e);
  r.mention.text = region;
  if (auto it = lex.regions.find(region); it != lex.regions.end()) {
    r.country = it->second;
    // "Ore." is Oregon: the mention is named by the region's full name when the gazetteer has it.
    const GazetteerEntry* g = lex.find_place(region);
    r.mention.type = g && g->type == EntityType::kCountry ? EntityType::kCountry : EntityType::kPlace;
    r.mention.entity = g ? g->canonical : region;
  } else if (const GazetteerEntry* g = lex.find_place(region); g && g->type == EntityType::kCountry) {
    r.country = g->canonical;
    r.mention.type = EntityType::kCountry;
    r.mention.entity = g->canonical;
  } else {
    return std::nullopt;
  }
  r.mention.country = r.country;
  return r;
}

}  // namespace newsgraph
