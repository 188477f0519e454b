#include "qualified_roles.h"

#include <string_view>

#include "title_mentions.h"

namespace newsgraph {
namespace mention_internal {

namespace {

// Words that open a noun phrase: "The Tory leader" starts no qualifier at "The".
bool determiner(const std::string& lower) {
  return lower == "the"sv || lower == "a"sv || lower == "an"sv || lower == "his"sv || lower == "her"sv ||
         lower == "its"sv || lower == "their"sv || lower == "this"sv || lower == "that"sv;
}

// A capitalized word that may qualify a title: a name's word, not a determiner, a number or a
// possessive ("the club's manager" is read by the appositive roles).
bool qualifier_word(const Token& t) {
  return capitalized(t) && !determiner(t.lower) &&
         (t.tag == "NNP" || t.tag == "NNPS" || t.tag == "JJ" || t.tag == "NN" || t.tag == "NNS");
}

// The title at tk[k], written in lower case: a title of titles.tsv, else a team's staff word
// ("boss", "striker"). Its length, and *role.
size_t lower_title_at(const std::vector<Token>& tk, size_t k, const Lexicons& lex, std::string* role) {
  if (k >= tk.size() || tk[k].text != tk[k].lower) return 0;
  if (const size_t len = title_prefix(tk, k, tk.size(), lex, role)) return len;
  if (lex.team_role_words.find(tk[k].lower) == StringTable::kNone) return 0;
  *role = tk[k].lower;
  return 1;
}

}  // namespace

std::string title_qualifier(const std::vector<Token>& tk, size_t title_begin, const Lexicons& lex) {
  size_t b = title_begin;
  while (b > 0 && title_begin - b < 2 && qualifier_word(tk[b - 1])) --b;
  if (b == title_begin) return "";
  // "former Tory leader X" holds the title no more: no qualifier, so no description names them.
  if (b > 0 && (lex.office_modifiers.count(tk[b - 1].lower) || tk[b - 1].lower == "ex"sv)) return "";
  if (lex.office_modifiers.count(tk[b].lower)) return "";  // "Former Tory leader X" opening a sentence
  std::string q;
  for (size_t k = b; k < title_begin; ++k) q += (q.empty() ? "" : " ") + tk[k].lower;
  return q;
}

size_t qualified_role_description(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  if (tk[i].lower != "the"sv) return 0;
  size_t k = i + 1;
  while (k < sc.n && k < i + 3 && qualifier_word(tk[k])) ++k;
  if (k == i + 1) return 0;
  std::string role;
  const size_t tlen = lower_title_at(tk, k, sc.lex, &role);
  if (!tlen) return 0;
  const size_t e = k + tlen;
  // "the Tory leader Michael Howard" is a titled name, "the Labour leadership contest" no person,
  // "the Tory leader of the council" another office.
  if (e < sc.n && (proper(tk[e]) || tk[e].tag == "NN"sv || tk[e].tag == "NNS"sv || tk[e].lower == "of"sv)) return 0;
  // The qualifier must be what a holder's title would carry: the same words read back from the title.
  const std::string qualifier = title_qualifier(tk, k, sc.lex);
  if (qualifier.empty()) return 0;
  const bool apposition = after_person_and_comma(sc, i);
  Mention& m = sc.add(apposition ? "role-description-in-apposition"sv : "qualified-role-description"sv, i, e,
                      EntityType::kPerson, MentionKind::kDescription, "");
  m.role = qualifier + " " + role;
  // party-in-role-description: "the Labour leader", "The Conservative leader": a party's word as
  // the qualifier is the party's mention too, after the description's (as a country is in
  // country-in-role-description), also where the sentence's opening "The" keeps party-word off it.
  if (k == i + 2)
    if (auto party = sc.lex.party_words.find(tk[i + 1].text); party != sc.lex.party_words.end()) {
      Mention& p = sc.add("party-in-role-description", i + 1, k, EntityType::kOrganization, MentionKind::kName, party->second);
      p.common_word = false;
      return e;
    }
  // The description reads no token: "the" and the qualifier's words stay for the constructions
  // after it, which find what they found before ("The Conservative" is the party's mention inside
  // the description, as a country is inside country-in-role-description).
  return 0;
}

}  // namespace mention_internal

std::string sole_qualified_holder(const std::vector<Role>& roles, const Mention& d) {
  std::string holder;
  for (const Role& r : roles) {
    // "the Rovers manager" names "Kelso Rovers manager X": the description's qualifier is the
    // holder's or its last word.
    if (r.qualifier.empty() || d.role.size() <= r.role.size() + 1 || !d.role.ends_with(" " + r.role)) continue;
    const std::string_view q = std::string_view(d.role).substr(0, d.role.size() - r.role.size() - 1);
    if (!(r.qualifier == q || (r.qualifier.size() > q.size() && r.qualifier.ends_with(q) &&
                               r.qualifier[r.qualifier.size() - q.size() - 1] == ' ')))
      continue;
    if (!holder.empty() && holder != r.person) return "";  // two holders: none
    holder = r.person;
  }
  return holder;
}

}  // namespace newsgraph
