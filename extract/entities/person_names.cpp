#include "person_names.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "derived_gazetteers.h"

namespace newsgraph {
namespace {
using namespace std::string_view_literals;

// A first name this common is read as one before a surname even when it is also a word or town.
constexpr uint32_t kCommonFirstName = 10000;

bool proper_tag(const Token& t) { return t.tag == "NNP" || t.tag == "NNPS"; }

// A word that can be a surname: capitalized with lower-case letters after ("Okafor", not "NATO"),
// not an ordinary word, not the head word of an organisation or place, not a known place.
bool surname_shaped(const Token& t, const Lexicons& lex) {
  if (!is_upper_initial(t.text) || !has_lowercase(t.text) || t.common_word || t.text.size() < 2) return false;
  if (!proper_tag(t) && t.tag != "NN" && t.tag != "JJ") return false;
  if (lex.org_suffixes.count(t.text) || lex.place_suffixes.count(t.text) || lex.demonyms.count(t.text)) return false;
  if (lex.titles.count(t.lower) || lex.non_names.count(t.text)) return false;
  return lex.find_place(t.text) == nullptr;
}

}  // namespace

bool person_names_detail::first_name_before_surname_rest(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  if (i + 1 >= tk.size() || !is_upper_initial(tk[i].text) || !has_lowercase(tk[i].text)) return false;
  // Cheap tests of the next word first: this runs for most capitalized words of every article.
  if (!is_upper_initial(tk[i + 1].text) || tk[i + 1].common_word) return false;
  const FirstName* name = lex.first_name(tk[i].text);
  if (!name || name->births < kCommonFirstName) return false;
  // A capital city or a country stands for its government far more often ("Paris Saint-Germain",
  // "Jordan Valley" aside): those keep the gazetteer's reading.
  if (const GazetteerEntry* g = lex.find_place(tk[i].text);
      g && (g->type == EntityType::kCountry || g->type == EntityType::kOrganization || g->capital))
    return false;
  if (!surname_shaped(tk[i + 1], lex)) return false;
  // "Rose Garden Trust": a third name word that heads an organisation or place makes it no person.
  return !(i + 2 < tk.size() && (lex.org_suffixes.count(tk[i + 2].text) || lex.place_suffixes.count(tk[i + 2].text)));
}

bool person_name_shape(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex) {
  bool ordinary = false;
  for (size_t k = b; k < e; ++k) ordinary = ordinary || tk[k].common_word;
  if (!ordinary) return true;
  const std::string& first = tk[b].text;
  const bool initial = first.size() == 2 && is_upper_initial(first) && first[1] == '.';
  return initial || lex.given_names.count(first) || lex.first_name(first) != nullptr;
}

bool lone_first_name(const Token& t, const Lexicons& lex) {
  if (t.common_word || !has_lowercase(t.text)) return false;
  const FirstName* name = lex.first_name(t.text);
  if (!name || name->births < 100000 || !first_name_gender(*name)) return false;
  const EntityType* wordnet = lex.wordnet_type(t.text);
  return !wordnet || *wordnet == EntityType::kPerson;
}

size_t name_particles_at(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex) {
  if (e <= b || e - b > 2) return 0;  // "Barend du", "Jacques de": one or two name words before
  size_t k = e;
  // Of people only: "es", "am", "sur" and "en" stand in place names.
  auto person_particle = [](std::string_view w) { return name_particle(w) && w != "es" && w != "am" && w != "sur" && w != "en"; };
  while (k < tk.size() && k - e < 2 && person_particle(tk[k].text)) ++k;  // exact: lower case only
  if (k == e || k >= tk.size()) return 0;
  const Token& after = tk[k];
  if (!(proper_tag(after) && is_upper_initial(after.text) && has_lowercase(after.text)) && !particle_surname(after))
    return 0;
  // After "bin"/"ibn" a father's name follows even when it is also a word ("Hamza bin Laden").
  const bool patronymic = tk[e].text == "bin"sv || tk[e].text == "ibn"sv || tk[e].text == "bint"sv;
  if ((after.common_word && !patronymic) || lex.org_suffixes.count(after.text) || lex.place_suffixes.count(after.text)) return 0;
  // "Banco de Mexico", "Rio de Janeiro": a known place after the particle ends no person's name.
  if (const GazetteerEntry* g = lex.find_place(after.text); g && !g->weak) return 0;
  // The words before are a name, not an organisation or place ("Banco de", "Rio de" are other runs).
  for (size_t w = b; w < e; ++w)
    if (lex.org_suffixes.count(tk[w].text) || lex.place_suffixes.count(tk[w].text) || lex.place_prefixes.count(tk[w].text) ||
        tk[w].common_word)
      return 0;
  return k - e;
}

bool person_names_detail::particle_surname_rest(const Token& t) {
  if (t.text.size() < 4 || (t.text[0] != 'a' && t.text[0] != 'e') || t.text.find('-') > 3) return false;
  static const std::string_view prefixes[] = {"al-"sv, "el-"sv, "ad-"sv, "ash-"sv, "as-"sv, "at-"sv, "az-"sv, "ar-"sv, "an-"sv};
  for (std::string_view p : prefixes)
    if (t.text.size() > p.size() + 1 && std::string_view(t.text).starts_with(p) && is_upper_initial(t.text.substr(p.size())) &&
        has_lowercase(t.text.substr(p.size() + 1)))
      return true;
  return false;
}

char person_name_gender(const std::vector<Token>& tk, size_t title_b, size_t nb, size_t ne, const Lexicons& lex) {
  for (size_t k = title_b; k < nb; ++k)  // "Mrs", "Sir", "Queen" (data/lexicon/gendered_nouns.txt)
    if (auto g = lex.gendered_nouns.find(tk[k].lower); g != lex.gendered_nouns.end()) return g->second;
  if (ne - nb < 2) return 0;  // a lone word is a surname as often as a first name
  const FirstName* first = lex.first_name(tk[nb].text);
  return first ? first_name_gender(*first) : 0;
}

void gender_from_roles(std::vector<Mention>& mentions, size_t first_mention, const std::vector<Role>& roles,
                       size_t first_role, const Lexicons& lex) {
  for (size_t ri = first_role; ri < roles.size(); ++ri) {
    const std::string& role = roles[ri].role;
    auto g = lex.gendered_nouns.find(role);
    if (g == lex.gendered_nouns.end()) {
      const size_t sp = role.rfind(' ');
      if (sp == std::string::npos) continue;
      g = lex.gendered_nouns.find(role.substr(sp + 1));  // "company spokeswoman"
      if (g == lex.gendered_nouns.end()) continue;
    }
    for (size_t mi = first_mention; mi < mentions.size(); ++mi) {
      Mention& m = mentions[mi];
      if (m.kind == MentionKind::kName && m.type == EntityType::kPerson && m.gender == 0 && m.entity == roles[ri].person)
        m.gender = g->second;
    }
  }
}

void peerage_in_apposition(const std::vector<Token>& tk, std::vector<Mention>& mentions, size_t first_mention) {
  static const std::string_view peerages[] = {"Lord", "Lady", "Baroness", "Baron"};
  for (size_t mi = first_mention + 1; mi < mentions.size(); ++mi) {
    Mention& titled = mentions[mi];
    const size_t b = titled.tok_begin;
    if (titled.kind != MentionKind::kName || b < 3 || tk[b - 2].text != "," ||
        std::find(std::begin(peerages), std::end(peerages), tk[b - 1].text) == std::end(peerages))
      continue;
    const size_t after = titled.tok_end;
    if (after < tk.size() && tk[after].text != "," && tk[after].text != "." && tk[after].text != ";") continue;
    for (size_t pi = mi; pi-- > first_mention;) {
      const Mention& person = mentions[pi];
      if (person.tok_end != b - 2) continue;
      if (person.kind == MentionKind::kName && person.type == EntityType::kPerson && person.entity.find(' ') != std::string::npos) {
        titled.entity = person.entity;
        titled.rule = "peerage-in-apposition";
        titled.type = EntityType::kPerson;
        titled.gender = person.gender;
      }
      break;
    }
  }
}

}  // namespace newsgraph
