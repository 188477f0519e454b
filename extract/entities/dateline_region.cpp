#include "dateline_region.h"

#include <string>
#include <unordered_map>

#include "text_util.h"

namespace newsgraph {

namespace {

// dateline-region-spelling: a region as datelines write it, in the spelling of the region table:
// as written ("Ore."), in title case ("ILL." -> "Ill.", "IOWA" -> "Iowa"), without the space
// after an initial ("W. Va." -> "W.Va."), with the abbreviation's period that the desk left off
// ("Mass" -> "Mass."). The table's entry of the first spelling it knows; end() when none.
// Each spelling is probed once (a spelling equal to one tried before is not asked again), and the
// entry is returned so that the caller does not look its spelling up a second time.
using RegionTable = std::unordered_map<std::string, std::string>;
RegionTable::const_iterator region_spelling(const std::string& written, const RegionTable& regions) {
  if (auto it = regions.find(written); it != regions.end()) return it;
  std::string title = written;
  bool start = true;
  for (char& c : title) {  // ASCII case (the C locale's toupper and tolower)
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    else if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-' || c == '.';
  }
  if (title != written)
    if (auto it = regions.find(title); it != regions.end()) return it;
  std::string joined;
  for (size_t k = 0; k < title.size(); ++k)
    if (!(title[k] == ' ' && k > 0 && title[k - 1] == '.')) joined += title[k];
  if (joined != written && joined != title)
    if (auto it = regions.find(joined); it != regions.end()) return it;
  joined += '.';
  if (joined != written)
    if (auto it = regions.find(joined); it != regions.end()) return it;
  return regions.end();
}

}  // namespace

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
  const std::string written = text.substr(b, e - b);
  // A region of the table, else a country the gazetteer knows, else nothing (a date: "Feb 26"),
  // found before the mention is made.
  const auto it = region_spelling(written, lex.regions);
  const GazetteerEntry* country = nullptr;
  if (it == lex.regions.end()) {
    country = lex.find_place(written);
    if (!country || country->type != EntityType::kCountry) return std::nullopt;
  }
  DatelineRegion r;
  r.mention.kind = MentionKind::kDateline;
  r.mention.rule = "dateline-region";
  r.mention.start = static_cast<uint32_t>(b);
  r.mention.end = static_cast<uint32_t>(e);
  r.mention.text = written;
  if (country) {
    r.country = country->canonical;
    r.mention.type = EntityType::kCountry;
    r.mention.entity = country->canonical;
  } else {
    const std::string& region = it->first;
    r.country = it->second;
    // "Ore." is Oregon: the mention is named by the region's full name when the gazetteer has it.
    const GazetteerEntry* g = lex.find_place(region);
    r.mention.type = g && g->type == EntityType::kCountry ? EntityType::kCountry : EntityType::kPlace;
    r.mention.entity = g ? g->canonical : region;
  }
  r.mention.country = r.country;
  return r;
}

void town_comma_region(const std::vector<Token>& tk, const Lexicons& lex, std::vector<Mention>& mentions,
                       size_t first_mention) {
  using namespace std::string_view_literals;
  for (size_t k = first_mention; k + 1 < mentions.size(); ++k) {
    Mention& town = mentions[k];
    Mention& region = mentions[k + 1];
    if (town.kind != MentionKind::kName || region.kind != MentionKind::kName || region.sentence != town.sentence ||
        region.tok_begin != town.tok_end + 1 || tk[town.tok_end].text != ","sv || town.tok_end - town.tok_begin > 3 ||
        !town.role.empty() || town.type == EntityType::kCountry || town.type == EntityType::kOrganization)
      continue;
    // A region the gazetteer knows as a place ("Ohio"), or a dateline abbreviation ("Wis."); not a
    // country ("Paris, France" is left to the gazetteer).
    auto r = lex.regions.find(region.text);
    if (r == lex.regions.end()) continue;
    const GazetteerEntry* g = lex.find_place(region.text);
    if (g ? g->type == EntityType::kCountry : region.text.back() != '.') continue;
    // The region ends its phrase: "Marion, Ohio, where", not "Smith, Ohio Governor".
    const size_t after = region.tok_end;
    if (after < tk.size() && is_upper_initial(tk[after].text)) continue;
    town.type = EntityType::kPlace;
    town.rule = "town-comma-region";
    town.country = r->second;
    town.gender = 0;
    town.guessed = false;
    town.weak = false;
    if (region.type != EntityType::kPlace) {
      region.type = EntityType::kPlace;
      region.entity = g ? g->canonical : region.text;
      region.rule = "town-comma-region";
    }
    region.country = r->second;
  }
}

}  // namespace newsgraph

