#include "dateline_region.h"

#include <cctype>

#include "text_util.h"

namespace newsgraph {

namespace {

// dateline-region-spelling: a region as datelines write it, in the spelling of the region table:
// as written ("Ore."), in title case ("ILL." -> "Ill.", "IOWA" -> "Iowa"), without the space
// after an initial ("W. Va." -> "W.Va."), with the abbreviation's period that the desk left off
// ("Mass" -> "Mass."). The first spelling the table knows; empty when none.
std::string region_spelling(const std::string& written, const Lexicons& lex) {
  if (lex.regions.count(written)) return written;
  std::string title = written;
  bool start = true;
  for (char& c : title) {
    const unsigned char u = static_cast<unsigned char>(c);
    c = start ? static_cast<char>(std::toupper(u)) : static_cast<char>(std::tolower(u));
    start = c == ' ' || c == '-' || c == '.';
  }
  std::string joined;
  for (size_t k = 0; k < title.size(); ++k)
    if (!(title[k] == ' ' && k > 0 && title[k - 1] == '.')) joined += title[k];
  for (const std::string& v : {title, joined, joined + "."})
    if (v != written && lex.regions.count(v)) return v;
  return "";
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
  const std::string spelled = region_spelling(written, lex);
  const std::string& region = spelled.empty() ? written : spelled;
  DatelineRegion r;
  r.mention.kind = MentionKind::kDateline;
  r.mention.rule = "dateline-region";
  r.mention.start = static_cast<uint32_t>(b);
  r.mention.end = static_cast<uint32_t>(e);
  r.mention.text = written;
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

