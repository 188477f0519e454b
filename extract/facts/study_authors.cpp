#include "study_authors.h"

#include <string>
#include <string_view>

#include "text_util.h"  // is_upper_initial

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

constexpr size_t kMaxGroupHops = 4;  // "researchers from the University of Oslo and Bergen University"

bool found(const StringTable& t, std::string_view w) { return t.find(w) != StringTable::kNone; }

// The noun group that starts exactly at j, or an empty span.
Span group_at(const Chunks& c, size_t j) {
  if (j >= c.noun_at.size() || c.noun_at[j] < 0) return {};
  const NounGroup& g = c.nouns[c.noun_at[j]];
  return g.begin == j ? Span{g.begin, g.end} : Span{};
}

bool is_title_word(std::string_view w) { return w == "dr"sv || w == "dr."sv || w == "professor"sv || w == "prof"sv || w == "prof."sv; }

// team-led-by-researcher: "a team led by Dr Ana Ruiz", "a team led by Omar Haddad at Cairo
// University": "led by" after a `team` head and a name that a scholar's title opens or a place of
// work ("at", "from", "of" and a capitalized word) follows. The end of the name's noun group, or 0.
size_t led_by_researcher(const std::vector<Token>& tk, const Chunks& c, size_t team_end) {
  if (team_end + 2 >= tk.size() || tk[team_end].lower != "led"sv || tk[team_end + 1].lower != "by"sv) return 0;
  const Span lead = group_at(c, team_end + 2);
  if (lead.empty() || !is_upper_initial(tk[lead.b].text)) return 0;
  if (is_title_word(tk[lead.b].lower)) return lead.e;
  if (lead.e + 1 < tk.size()) {
    const std::string& w = tk[lead.e].lower;
    size_t first = lead.e + 1;
    if (tk[first].lower == "the"sv && first + 1 < tk.size()) ++first;
    if ((w == "at"sv || w == "from"sv || w == "of"sv) && is_upper_initial(tk[first].text)) return lead.e;
  }
  return 0;
}

// Whether the noun group g names a research group: a head of kind `group` ("researchers"), or a
// head of kind `team` after a `modifier` ("the research team", "the study's team") or before "of"
// and a `group` word ("a team of scientists") or "led by" a researcher (team-led-by-researcher).
bool names_research_group(const std::vector<Token>& tk, const Chunks& c, const NounGroup& g, const Lexicons& lex) {
  const Token& head = tk[g.end - 1];
  if (head.tag != "NN"sv && head.tag != "NNS"sv) return false;
  if (found(lex.research_group_heads, head.lower)) return true;
  if (!found(lex.research_team_heads, head.lower)) return false;
  size_t m = g.end - 1;
  if (m > g.begin && tk[m - 1].tag == "POS"sv) --m;  // "the study's team"
  if (m > g.begin && found(lex.research_team_modifiers, tk[m - 1].lower)) return true;
  if (g.end + 1 < tk.size() && tk[g.end].lower == "of"sv)
    if (Span of = group_at(c, g.end + 1); !of.empty()) return found(lex.research_group_heads, tk[of.e - 1].lower);
  return led_by_researcher(tk, c, g.end) > 0;
}

// The group with the phrases that say where it works: "from/at/of" a name, and names joined by
// "and" after one.
Span with_affiliation(const std::vector<Token>& tk, const Chunks& c, Span g) {
  bool affiliated = false;
  if (const size_t lead_end = led_by_researcher(tk, c, g.e)) g.e = lead_end;  // "a team led by Dr X"
  for (size_t hop = 0; hop < kMaxGroupHops && g.e + 1 < tk.size(); ++hop) {
    const std::string& w = tk[g.e].lower;
    const bool joins = w == "from"sv || w == "at"sv || w == "of"sv || (affiliated && w == "and"sv);
    Span next = joins ? group_at(c, g.e + 1) : Span{};
    if (next.empty()) break;
    size_t first = next.b;
    if (tk[first].lower == "the"sv && first + 1 < next.e) ++first;
    if (!is_upper_initial(tk[first].text)) break;  // "researchers from several countries": no name
    g.e = next.e;
    affiliated = true;
  }
  return g;
}

}  // namespace

bool is_study_speaker(const std::vector<Token>& tk, Span speaker, const Lexicons& lex) {
  if (speaker.empty() || speaker.e > tk.size() || !found(lex.study_nouns, tk[speaker.e - 1].lower)) return false;
  for (size_t k = speaker.b; k + 1 < speaker.e; ++k) {
    const std::string_view tag = tk[k].tag;
    if (!(tag == "DT"sv || tag == "JJ"sv || tag == "JJR"sv || tag == "JJS"sv || tag == "NN"sv || tag == "VBN"sv))
      return false;  // a possessive, a pronoun or a name: the study has its author in it
  }
  return tk[speaker.e - 1].tag == "NN"sv || tk[speaker.e - 1].tag == "NNS"sv;
}

std::optional<ResearchGroup> research_group_before(const std::vector<SentenceChunks>& sentences, size_t si,
                                                   size_t before, const Lexicons& lex) {
  std::optional<ResearchGroup> nearest;
  for (size_t s = si + 1; s-- > 0;) {
    const std::vector<Token>& tk = *sentences[s].tokens;
    const Chunks& c = *sentences[s].chunks;
    for (size_t gi = c.nouns.size(); gi-- > 0;) {
      const NounGroup& g = c.nouns[gi];
      if ((s == si && g.end > before) || g.end <= g.begin || !names_research_group(tk, c, g, lex)) continue;
      ResearchGroup found{s, with_affiliation(tk, c, {g.begin, g.end})};
      found.introduced = found.span.e > g.end;
      // The group's fullest description, the one that says where it works, names it as a
      // name's fullest form names a person (GUIDE: canonical names); else the nearest description.
      if (found.span.e > g.end) nearest = found;
      else if (!nearest) nearest = found;
    }
  }
  return nearest;
}

bool is_research_reference(const std::vector<Token>& tk, Span s, const Lexicons& lex) {
  if (s.empty() || s.e > tk.size() || s.e - s.b > 4) return false;
  const Token& head = tk[s.e - 1];
  if (head.tag != "NN"sv && head.tag != "NNS"sv) return false;
  const bool group_head = found(lex.research_group_heads, head.lower) || found(lex.research_team_heads, head.lower);
  const std::string& first = tk[s.b].lower;
  // "her colleagues", "their team"
  if (s.e - s.b == 2 && (first == "his"sv || first == "her"sv || first == "their"sv))
    return group_head || found(lex.research_colleague_words, head.lower);
  if (!group_head || (first != "the"sv && first != "this"sv && first != "these"sv)) return false;
  if (s.e - s.b == 2) return true;  // "the team", "the researchers"
  // "the research team", "the study's authors"
  if (s.e - s.b == 3) return found(lex.research_team_modifiers, tk[s.b + 1].lower);
  return found(lex.study_nouns, tk[s.b + 1].lower) && tk[s.b + 2].tag == "POS"sv;
}

std::string research_group_words(const std::vector<Token>& tk, Span group) {
  size_t b = group.b;
  const std::string& first = tk[b].lower;
  if ((first == "a"sv || first == "an"sv || first == "the"sv) && b + 1 < group.e) ++b;
  return span_text(tk, Span{b, group.e});
}

}  // namespace newsgraph
