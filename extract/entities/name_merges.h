// In-article merges of name forms that the surname and pronoun resolution of entities.cpp leaves
// apart (issue #16, failure class 8). Each is a named step, run in this order after
// resolve_in_article:
//   acronym-in-brackets       "the Law Society of Kenya (LSK) ... LSK said": LSK is the society;
//                             the words the acronym spells are one name ("Syrian" + "Democratic
//                             Forces" before "(SDF)" become "Syrian Democratic Forces"); an
//                             ampersand in the acronym and a legal form it leaves out are
//                             allowed ("Pacific Gas and Electric Company (PG&E)")
//   expansion-in-brackets     "ODESC [Officials Committee for ... Coordination]": the acronym
//                             first, its words in brackets after it; the words are one name and
//                             every mention of the acronym is that name
//   legal-name-in-brackets    "HDT Védelmi Ipari Kft. (HDT Limited)": the bracketed name in
//                             another language, same first word, a legal form at both ends
//   interview-initials        "((WN)) How ...?" "LK: It started ...": an interview's turn marker
//                             is the person whose initials it spells (Lena Kroll) or the one
//                             one-word organisation that holds its letters (Wikinews)
//   acronym-of-name           "the National Rail Safety Board ... the NRSB": an acronym never
//                             defined in brackets is the one name of the article whose words'
//                             initials it spells exactly (three letters at least)
//   short-form-of-name        "Nordvik Energy AB ... Nordvik", "the Labour Party ... Labour":
//                             a name that a longer organisation's name only extends by
//                             organisation or legal-form words
//   name-without-of-phrase    "the Unity Party of America ... the Unity Party": an
//                             organisation named again without the "of"-phrase ending its name
//   short-form-of-place       "Bradley International Airport ... Bradley Airport", "the Atlantic
//                             Ocean ... the Atlantic": a place named without its head word
//                             (data/lexicon/place_suffixes.txt) or the modifiers before it
//   storm-name-variant        "Hurricane Mirela ... Storm Mirela ... Mirela": one storm under
//                             the kinds it is given as it strengthens or weakens, and its bare
//                             name (data/lexicon/storm_kinds.txt)
//   team-name-tail            "the Seattle Falcons ... the Falcons": a plural name after "the"
//                             that ends exactly one longer name of the article, not a person's
//   spelling-variant-of-name  "Hamza bin Laden ... Hamza bin Ladin", "Al-Qaeda ... al-Qa'ida":
//                             one name in two transliterations (same consonants, word by word)
//   surname-without-diacritics "Diego Sánchez ... Sanchez"
//   family-name-first         "Moon Hye-jin ... Moon", "Li Weiming ... Li": the family name of
//                             an East Asian name stands first (data/lexicon/family_names_first.txt)
//   first-name-alone          "Nabil Hasan al-Quaety ... Nabil": a known given name that is the
//                             first word of exactly one full name and nobody's surname
//   renamed-name-follower     last: a pronoun or description resolved to a name that a step
//                             above renamed or joined into a longer one follows the name
#pragma once
#include <string_view>
#include <vector>

#include "entities.h"

namespace newsgraph {

// Applies the steps above to the mentions of one article; `text` is the article text the
// mentions' byte spans point into. A role's organisation follows its name when a step renames it.
void merge_name_forms(std::string_view text, const Lexicons& lex, std::vector<Mention>& mentions, std::vector<Role>& roles);

// Lower case with the Latin-1 and Latin Extended-A letters folded to their base letter
// ("Sánchez" -> "sanchez", "Łódź" -> "lodz").
std::string fold_latin(std::string_view s);

}  // namespace newsgraph
