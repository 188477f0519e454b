// Person-name constructions that read the derived first-name table (build/derived, see
// derived_gazetteers.h) and the shapes of names with particles. Called from recognize_entities
// (entities.cpp) at three hooks: where a name run may start, where it may grow, and where a
// person mention gets its gender.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "entities.h"
#include "lexicons.h"
#include "name_words.h"  // name_particle
#include "text_util.h"
#include "token.h"

namespace newsgraph {

// "first-name-before-surname": tk[i] is a common first name (SSA births >= 10,000) written
// capitalized, right before a surname-shaped word (capitalized, not an ordinary word, not a head
// word of organisations or places, not a known place or country). "Florence Okafor", "Grace
// Mbeki", "Jordan Whitfield": the first word is a person's even where it is also a town, a country
// or an ordinary word that the tagger did not take for a name.
// Inline (as are particle_article_name and particle_surname): the name constructions ask it at
// most tokens, and the shape tests here turn nearly all of them away without a call.
namespace person_names_detail {
bool first_name_before_surname_rest(const std::vector<Token>& tk, size_t i, const Lexicons& lex);
bool particle_surname_rest(const Token& t);
}  // namespace person_names_detail
inline bool first_name_before_surname(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  return i + 1 < tk.size() && is_upper_initial(tk[i].text) && is_upper_initial(tk[i + 1].text) && !tk[i + 1].common_word &&
         person_names_detail::first_name_before_surname_rest(tk, i, lex);
}

// "multiword-person" shape: a name of two to four capitalized words that nothing else typed is a
// person's only if none of its words is an ordinary English word, or it starts with a first name
// (the SSA table or given_names.txt: "Bob McDonnell") or an initial ("K. Gross"). "Space Shuttle
// Columbia", "Cello Concerto", "Testing Dalton" (a heading's verb before a surname) name no
// person. (A name of ordinary words only, "Rose Garden", is none either way: all_common_words.)
bool person_name_shape(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex);

// A one-word name that is a very common first name of one sex (SSA births >= 100,000, >= 95% of
// them one sex's: "Kendra", "Douglas"), which WordNet does not know as something else: typed a
// person by single_word_type (rule "single-word-context") as the given-name list's names are.
bool lone_first_name(const Token& t, const Lexicons& lex);

// "particle-in-name": the number of lower-case name particles at tk[e] ("du", "de", "van der",
// "bin") that a name run bridges because a capitalized name word follows ("Barend du Plessis",
// "Mohammed bin Salman"); 0 when none. Only after a first name or one or two words of a name.
size_t name_particles_at(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex);

// "particle-article-name": an Arabic name written with its article apart, "al Shabaab", "el
// Baradei": the lower-case "al" or "el" before a capitalised word (no ordinary word) starts the
// name, as "al-" does joined.
inline bool particle_article_name(const std::vector<Token>& tk, size_t i) {
  const Token& t = tk[i];
  if (t.text.size() != 2 || t.text[1] != 'l' || (t.text[0] != 'a' && t.text[0] != 'e') || i + 1 >= tk.size()) return false;
  const std::string& w = tk[i + 1].text;
  return w.size() >= 3 && is_upper_initial(w) && has_lowercase(w) && !tk[i + 1].common_word;
}

// "particle-surname": an Arabic surname written with its article joined ("al-Sisi", "el-Baradei"):
// a name word although it starts in lower case.
inline bool particle_surname(const Token& t) {
  return t.text.size() >= 4 && (t.text[0] == 'a' || t.text[0] == 'e') && person_names_detail::particle_surname_rest(t);
}

// The gender a person's name states: the honorific or title word before it (tk[title_b, nb):
// "Mrs", "Sir", "Queen") first, else its first word as a first name ('f' or 'm'); 0 when neither
// says.
char person_name_gender(const std::vector<Token>& tk, size_t title_b, size_t nb, size_t ne, const Lexicons& lex);

// "role-gender": a person of mentions[first_mention..] whose name says no gender takes the one its
// role of roles[first_role..] states, by the role or its last word in data/lexicon/gendered_nouns.txt
// ("Marek Nowak, the company's spokesman,"; "Chairwoman Ana Ruiz"): pronouns of the other gender
// then pass over the person.
void gender_from_roles(std::vector<Mention>& mentions, size_t first_mention, const std::vector<Role>& roles,
                       size_t first_role, const Lexicons& lex);

// "peerage-in-apposition": "Colin Sutherland, Lord Carloway, the Lord President": a peerage or
// judicial title (Lord, Lady, Baroness, Baron) in apposition right after a person's name is that
// person's other name, so the titled name of mentions[first_mention..] takes the person's entity.
void peerage_in_apposition(const std::vector<Token>& tk, std::vector<Mention>& mentions, size_t first_mention);

}  // namespace newsgraph
