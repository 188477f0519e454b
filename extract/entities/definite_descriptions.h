// Definite descriptions that name an entity the article has already named: "the company",
// "the court", "the ministry", "the bloc", "the capital" (nouns and the antecedents they take:
// data/lexicon/description_nouns.tsv). Two halves: the mention construction
// "definite-description" (called from kMentionConstructions) and the resolution step
// "definite-description-antecedent" (kResolutionSteps), which gives the description the latest
// compatible name before it in the article, or leaves it unresolved. Beside it, named after what
// they resolve to: named-kind-description ("Houthi rebels ... the rebels"), place-kind-description
// ("A Stockholm court ... the Stockholm District Court"), sole-protagonist-description ("the
// defendant") and untyped-name-company ("Nike ... the company").
#pragma once
#include <cstddef>
#include <vector>

#include "entities.h"
#include "lexicons.h"
#include "token.h"

namespace newsgraph {

// tk[i] is "the" or "this": the end of "the [one or two adjectives] NOUN" when NOUN is a
// description noun written in lower case and no noun, name or "of" follows it ("the company
// said", "the three-judge court", "this hotel", "the Mediterranean coastal town"; not "the company
// spokesman", "the court of appeal", "the other party"); 0 otherwise. *noun: the noun's entry.
size_t definite_description_end(const std::vector<Token>& tk, size_t i, const Lexicons& lex, const DescriptionNoun** noun);

// Whether `a` may be what description `d` names: a name of one of its types whose words include
// one of its name words (or, for nouns without them, none of the other nouns' name words).
bool description_antecedent(const DescriptionNoun& d, const Mention& a);

// Mention::named_with for the names of one sentence's mentions (mentions[first_mention..]): a
// description noun written right after the name and heading its phrase ("Houthi rebels said",
// "the Notre Dame cathedral in Paris"; not "Nike shoe sales"), or heading an apposition of a few
// adjectives and nouns ("Badalona, a Catalonian city near"; not "Kim Varga, the company's
// spokeswoman"). Also adds the description "a PLACE NOUN" before the place's mention
// (place-kind-description: "A Stockholm court cleared ...").
void mark_names_with_nouns(const std::vector<Token>& tk, const Lexicons& lex, std::vector<Mention>& mentions,
                           size_t first_mention);

// "definite-description-antecedent": each description mention (Mention::described) takes the
// entity, type and country of the name the article put its noun with, else of the most mentioned
// compatible name before it (the constructions above), in reading order.
void resolve_definite_descriptions(std::vector<Mention>& mentions);

}  // namespace newsgraph
