#include "definite_descriptions.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// Adjectives that make the description a different entity from the one named before ("the other
// party", "the new company", "a rival firm"): the description is left alone.
bool contrasting_modifier(const std::string& lower) {
  static const std::string_view words[] = {"other", "another", "new", "former", "rival", "first", "second",
                                           "third", "last", "next", "previous", "opposing", "competing",
                                           "foreign", "local", "private", "state-owned", "parent", "only",
                                           "single", "whole", "entire"};
  return std::find(std::begin(words), std::end(words), lower) != std::end(words);
}

// "three-judge", "world-famous", "coastal": a modifier of the description's noun, in lower case.
bool description_modifier(const Token& t) {
  if (t.text.empty() || !std::islower(static_cast<unsigned char>(t.text[0]))) return false;
  return (t.tag == "JJ" || t.text.find('-') != std::string::npos) && !contrasting_modifier(t.lower);
}

// region-adjective-description: an adjective of a region written with a capital ("the
// Mediterranean coastal town", "the Alpine town"; tagged an adjective or a proper noun), before
// a noun that names no kind of name (town, city, company: no name words). Not a demonym ("the Indian
// capital" names India's capital, read by the capital constructions), and not before a noun
// whose names carry the adjective ("the Democratic party" is a party of its own).
bool region_adjective(const Token& t, const Lexicons& lex) {
  return !t.text.empty() && std::isupper(static_cast<unsigned char>(t.text[0])) && (t.tag == "JJ" || t.tag == "NNP") &&
         !lex.demonyms.count(t.text) && !contrasting_modifier(t.lower);
}

// The determiners of a description that names the entity already named: "the hotel", and the
// demonstrative "this hotel" (construction demonstrative-description; "that" is left out, as it
// is as often the conjunction: "said that company shares fell").
bool description_determiner(const std::string& lower) { return lower == "the"sv || lower == "this"sv; }

}  // namespace

size_t definite_description_end(const std::vector<Token>& tk, size_t i, const Lexicons& lex, const DescriptionNoun** noun) {
  if (!description_determiner(tk[i].lower)) return 0;
  size_t k = i + 1;
  bool capitalized_modifier = false;
  while (k < tk.size() && k < i + 3) {
    if (description_modifier(tk[k]) && !lex.description_nouns.count(tk[k].text)) ++k;
    else if (region_adjective(tk[k], lex)) ++k, capitalized_modifier = true;  // never a description noun: those are lower case
    else break;
  }
  if (k >= tk.size() || tk[k].text != tk[k].lower) return 0;  // "the Court of Session" is a name
  auto it = lex.description_nouns.find(tk[k].text);
  if (it == lex.description_nouns.end() || (capitalized_modifier && !it->second.name_words.empty())) return 0;
  const size_t e = k + 1;
  if (e < tk.size() && (tk[e].lower == "of"sv || tk[e].tag == "NN" || tk[e].tag == "NNS" || tk[e].tag == "NNP" ||
                        tk[e].tag == "NNPS"))
    return 0;
  *noun = &it->second;
  return e;
}

bool description_antecedent(const DescriptionNoun& d, const Mention& a) {
  if (a.kind != MentionKind::kName || a.entity.empty()) return false;
  const bool typed = std::find(d.types.begin(), d.types.end(), a.type) != d.types.end() || (d.capital && a.capital);
  if (!typed) return false;
  bool named = d.name_words.empty();
  for (std::string_view w : split(a.entity, ' ')) {
    if (d.name_words.empty() ? d.other_words.count(std::string(w)) > 0 : false) return false;
    if (std::find(d.name_words.begin(), d.name_words.end(), w) != d.name_words.end()) named = true;
  }
  return named;
}

// The antecedent is the most mentioned compatible entity so far, the latest of equals: "the
// court" after "the Court of Session ... the Court of Session is ... than the Supreme Court" is
// the article's court, not the one named last in passing.
void resolve_definite_descriptions(std::vector<Mention>& mentions) {
  size_t i = 0;  // the first description: the counts start at the article's start all the same
  while (i < mentions.size() && !mentions[i].described) ++i;
  if (i == mentions.size()) return;  // most articles have none
  std::unordered_map<std::string_view, size_t> times_named;  // entity -> its mentions so far
  for (size_t j = 0; j < i; ++j)
    if (!mentions[j].entity.empty()) ++times_named[mentions[j].entity];
  for (; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.described) {
      const Mention* best = nullptr;
      size_t best_count = 0;
      // appositive-name-description: "the capital, Sanaa, fell": the description names the name
      // set off by a comma right after it (one byte of comma and one of blank between the two).
      if (i + 1 < mentions.size()) {
        const Mention& next = mentions[i + 1];
        if (next.sentence == m.sentence && next.tok_begin == m.tok_end + 1 && next.start == m.end + 2 &&
            description_antecedent(*m.described, next))
          best = &next, best_count = 1;
      }
      for (size_t j = best ? 0 : i; j-- > 0;) {
        const Mention& a = mentions[j];
        if (!description_antecedent(*m.described, a)) continue;
        const size_t count = times_named[a.entity];
        if (count > best_count) best = &a, best_count = count;
      }
      if (best) {
        m.entity = best->entity;
        m.type = best->type;
        m.capital = best->capital;
        m.country = best->country;
      }
    }
    if (!m.entity.empty()) ++times_named[m.entity];
  }
}

}  // namespace newsgraph
