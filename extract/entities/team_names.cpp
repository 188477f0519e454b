#include "team_names.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "text_util.h"  // last_word, is_all_digits

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// The name `m` stands before a staff word and a person's name: "Spurs boss Martin Jol".
bool before_role_word(const std::vector<Token>& tk, const Mention& m, const Lexicons& lex) {
  if (m.tok_end + 1 >= tk.size()) return false;
  const Token& word = tk[m.tok_end];
  const Token& next = tk[m.tok_end + 1];
  return word.text == word.lower && lex.team_role_words.find(word.lower) != StringTable::kNone &&
         !next.text.empty() && std::isupper(static_cast<unsigned char>(next.text[0])) &&
         (next.tag == "NNP"sv || next.tag == "NNPS"sv);
}

// A name that may be a team: not a person's name of two words or more, nor a pronoun or description.
bool may_be_team(const Mention& m) {
  return m.kind == MentionKind::kName && !m.entity.empty() &&
         !(m.type == EntityType::kPerson && m.entity.find(' ') != std::string::npos);
}

// team-role: the role that the staff word after the team states ("Everton manager X" is manager,
// "England coach X" coach) belongs to the team. The title constructions read it before the team
// was known: with no organisation, or with the country the name also spells ("United Kingdom"
// for "England"). The role is the one of the same sentence whose words end with the staff word
// and whose holder is the name right after it.
void give_role_to_team(const std::vector<Token>& tk, const Mention& team, std::string_view country,
                       const std::string& team_entity, std::vector<Role>& roles) {
  const std::string& word = tk[team.tok_end].lower;
  for (Role& r : roles) {
    if (r.sentence != team.sentence || !(r.organization.empty() || r.organization == country)) continue;
    if (r.role.size() < word.size() || r.role.compare(r.role.size() - word.size(), word.size(), word) != 0) continue;
    if (r.person_text.rfind(tk[team.tok_end + 1].text, 0) != 0) continue;  // the name after the word holds it
    r.organization = team_entity;
    r.rule = "team-role";
  }
}

}  // namespace

void type_team_names(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                     std::vector<Mention>& mentions, std::vector<Role>& roles) {
  std::vector<std::string> teams;                           // entities that are teams
  std::vector<std::pair<std::string, std::string>> nations;  // (name as written, country entity)
  for (Mention& m : mentions) {
    if (!may_be_team(m) || m.sentence >= sentences.size() || !before_role_word(*sentences[m.sentence], m, lex)) continue;
    if (m.type == EntityType::kCountry) {
      give_role_to_team(*sentences[m.sentence], m, m.entity, m.text, roles);
      if (std::find(nations.begin(), nations.end(), std::pair{m.text, m.entity}) == nations.end())
        nations.emplace_back(m.text, m.entity);
    } else {
      give_role_to_team(*sentences[m.sentence], m, {}, m.entity, roles);
      if (std::find(teams.begin(), teams.end(), m.entity) != teams.end()) continue;
      teams.push_back(m.entity);
      m.rule = "team-before-role-word";
    }
  }
  if (teams.empty() && nations.empty()) return;  // most articles name no team so
  for (Mention& m : mentions) {
    if (!may_be_team(m)) continue;
    if (std::find(teams.begin(), teams.end(), m.entity) != teams.end()) {
      m.type = EntityType::kOrganization;
      m.guessed = false;
      m.weak = false;
    } else if (m.type == EntityType::kCountry &&
               std::find(nations.begin(), nations.end(), std::pair{m.text, m.entity}) != nations.end()) {
      m.entity = m.text;
      m.type = EntityType::kOrganization;
      m.country.clear();
      m.capital = false;
      m.metonymy = false;
      m.rule = "national-team";
    }
  }
}

namespace {

// The one team `person` holds a role in (team-role, or a staff word of team_role_words.txt whose
// title construction found the team itself: "coach of Wales"); "" for none or for two teams (a
// player who moved, a manager of club and country).
std::string sole_team_of(const std::string& person, const std::vector<Role>& roles, const Lexicons& lex) {
  std::string team;
  for (const Role& r : roles) {
    if (r.person != person || r.organization.empty()) continue;
    if (r.rule != "team-role"sv && lex.team_role_words.find(last_word(r.role)) == StringTable::kNone) continue;
    if (!team.empty() && team != r.organization) return "";
    team = r.organization;
  }
  return team;
}

}  // namespace

void add_possessive_team_mentions(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                                  const std::vector<Role>& roles, std::vector<Mention>& mentions) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& p = mentions[i];
    if (p.kind != MentionKind::kPronoun || p.type != EntityType::kPerson || p.entity.empty() ||
        p.sentence >= sentences.size())
      continue;
    const std::vector<Token>& tk = *sentences[p.sentence];
    if (p.tok_end >= tk.size() || tk[p.tok_begin].tag != "PRP$"sv) continue;
    const Token& noun = tk[p.tok_end];
    if (lex.team_nouns.find(noun.lower) == StringTable::kNone || noun.text != noun.lower) continue;
    // "his side's defence" is still the team; "his team-mates", "his club career" are not.
    if (p.tok_end + 1 < tk.size() && (tk[p.tok_end + 1].tag == "NN"sv || tk[p.tok_end + 1].tag == "NNS"sv ||
                                      tk[p.tok_end + 1].text.starts_with("-")))
      continue;
    std::string team = sole_team_of(p.entity, roles, lex);
    if (team.empty()) continue;
    Mention d;
    d.sentence = p.sentence;
    d.tok_begin = p.tok_begin;
    d.tok_end = p.tok_end + 1;
    d.start = p.start;
    d.end = noun.end;
    d.text = std::string(tk[p.tok_begin].text) + " " + noun.text;
    d.type = EntityType::kOrganization;
    d.kind = MentionKind::kDescription;
    d.entity = std::move(team);
    d.rule = kPossessiveTeamOfRole;
    mentions.insert(mentions.begin() + static_cast<long>(i) + 1, std::move(d));
    ++i;
  }
}

namespace {

// A score between the teams of a title: "2-1", "27-27".
bool is_title_score(std::string_view w) {
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && is_all_digits(w.substr(0, dash)) && is_all_digits(w.substr(dash + 1));
}

// The home and away teams a title writes as "HOME 2-1 AWAY" or "HOME v AWAY" (a label before a
// colon and a bracket after are no part of them: "Preview: Ireland v England (Sun)"). Each team
// is one to four words, the first capitalized; false when the title is no such match.
bool title_teams(std::string_view title, std::string* home, std::string* away) {
  if (const size_t colon = title.rfind(": "); colon != std::string_view::npos) title.remove_prefix(colon + 2);
  if (const size_t bracket = title.find(" ("); bracket != std::string_view::npos) title = title.substr(0, bracket);
  std::vector<std::string_view> words;
  for (std::string_view w : split(title, ' '))
    if (!w.empty()) words.push_back(w);
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    const std::string_view w = words[k];
    if (!(w == "v"sv || w == "vs"sv || w == "v."sv || w == "vs."sv || is_title_score(w))) continue;
    if (k > 4 || words.size() - k - 1 > 4) return false;
    auto joined = [&](size_t b, size_t e) {
      std::string out(words[b]);
      for (size_t i = b + 1; i < e; ++i) out.append(" ").append(words[i]);
      return out;
    };
    *home = joined(0, k);
    *away = joined(k + 1, words.size());
    return std::isupper(static_cast<unsigned char>((*home)[0])) && std::isupper(static_cast<unsigned char>((*away)[0]));
  }
  return false;
}

// The entity of the article's name written as the title writes the team ("Newcastle"), or "". A
// country's name there is its national team, named as written (as national-team makes it):
// "England 17-18 France" is the team England, not the United Kingdom.
std::string named_team(const std::vector<Mention>& mentions, const std::string& team) {
  for (const Mention& m : mentions)
    if (m.kind == MentionKind::kName && !m.entity.empty() && (m.text == team || m.entity == team))
      return m.type == EntityType::kCountry ? team : m.entity;
  return "";
}

// The description of lex.home_away_descriptions that starts at tk[i] ("the" and its words), or
// nullptr; *end is set past its last word.
const HomeAwayDescription* description_at(const std::vector<Token>& tk, size_t i, const Lexicons& lex, size_t* end) {
  if (tk[i].lower != "the"sv) return nullptr;
  for (const HomeAwayDescription& d : lex.home_away_descriptions) {
    size_t k = i + 1;
    for (const std::string& w : d.words) {
      if (k >= tk.size() || tk[k].lower != w) break;
      ++k;
    }
    if (k - i - 1 != d.words.size()) continue;
    // "the visitors section", "the hosts nation": a noun after the words makes them its modifier.
    if (k < tk.size() && (tk[k].tag == "NN"sv || tk[k].tag == "NNS"sv)) return nullptr;
    *end = k;
    return &d;
  }
  return nullptr;
}

}  // namespace

void add_home_away_mentions(const std::string& title, const std::vector<const std::vector<Token>*>& sentences,
                            const Lexicons& lex, std::vector<Mention>& mentions) {
  std::string home_title, away_title;
  if (!title_teams(title, &home_title, &away_title)) return;  // most articles are no match report
  const std::string home = named_team(mentions, home_title), away = named_team(mentions, away_title);
  if (home.empty() && away.empty()) return;
  size_t at = 0;  // where the next mention goes in reading order
  for (size_t si = 0; si < sentences.size(); ++si) {
    const std::vector<Token>& tk = *sentences[si];
    for (size_t i = 0; i < tk.size(); ++i) {
      size_t end = 0;
      const HomeAwayDescription* d = description_at(tk, i, lex, &end);
      if (!d) continue;
      const std::string& team = d->home ? home : away;
      if (team.empty()) continue;
      while (at < mentions.size() && (mentions[at].sentence < si || (mentions[at].sentence == si && mentions[at].tok_begin < i)))
        ++at;
      if (at < mentions.size() && mentions[at].sentence == si && mentions[at].tok_begin < end) continue;  // words another mention took
      Mention m;
      m.sentence = si;
      m.tok_begin = i;
      m.tok_end = end;
      m.start = tk[i].start;
      m.end = tk[end - 1].end;
      m.text = tk[i].text;
      for (size_t k = i + 1; k < end; ++k) m.text.append(" ").append(tk[k].text);
      m.type = EntityType::kOrganization;
      m.kind = MentionKind::kDescription;
      m.entity = team;
      m.rule = kHomeAwayDescription;
      mentions.insert(mentions.begin() + static_cast<long>(at), std::move(m));
      ++at;
      i = end - 1;
    }
  }
}

}  // namespace newsgraph
