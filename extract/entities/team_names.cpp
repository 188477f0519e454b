#include "team_names.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

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

}  // namespace

void type_team_names(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                     std::vector<Mention>& mentions) {
  std::vector<std::string> teams;                           // entities that are teams
  std::vector<std::pair<std::string, std::string>> nations;  // (name as written, country entity)
  for (Mention& m : mentions) {
    if (!may_be_team(m) || m.sentence >= sentences.size() || !before_role_word(*sentences[m.sentence], m, lex)) continue;
    if (m.type == EntityType::kCountry) {
      if (std::find(nations.begin(), nations.end(), std::pair{m.text, m.entity}) == nations.end())
        nations.emplace_back(m.text, m.entity);
    } else if (std::find(teams.begin(), teams.end(), m.entity) == teams.end()) {
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

}  // namespace newsgraph
