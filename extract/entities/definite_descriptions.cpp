#include "definite_descriptions.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "chunker.h"  // is_verb_tag
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

// "three-judge", "world-famous", "coastal", "67-year-old": a modifier of the description's noun, in
// lower case or a hyphenated number.
bool description_modifier(const Token& t) {
  if (t.text.empty()) return false;
  const auto first = static_cast<unsigned char>(t.text[0]);
  if (!std::islower(first) && !(std::isdigit(first) && t.text.find('-') != std::string::npos)) return false;
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
  // "the Democratic party", "the Tippu Express train": capitals before a noun that names what it
  // is put with are that name, not a region's adjective.
  if (it == lex.description_nouns.end() || (capitalized_modifier && (!it->second.name_words.empty() || it->second.named_only)))
    return 0;
  const size_t e = k + 1;
  if (e < tk.size() && (tk[e].lower == "of"sv || tk[e].tag == "NN" || tk[e].tag == "NNS" || tk[e].tag == "NNP" ||
                        tk[e].tag == "NNPS"))
    return 0;
  *noun = &it->second;
  return e;
}

namespace {

// named-by-its-word: "the bloc" for the "Southern Andes Trade Agreement" that the typer took for a
// place: a name of three words or more that ends in one of the noun's name words is of its kind
// whatever its type, unless a person's, a country's or a gazetteer's ("the bank" is no "West Bank").
bool ends_in_name_word(const DescriptionNoun& d, const Mention& a) {
  if (d.name_words.empty() || a.type == EntityType::kPerson || a.type == EntityType::kCountry ||
      a.rule == "gazetteer-name"sv || std::count(a.entity.begin(), a.entity.end(), ' ') < 2)
    return false;
  const std::string_view last = std::string_view(a.entity).substr(a.entity.rfind(' ') + 1);
  return std::find(d.name_words.begin(), d.name_words.end(), last) != d.name_words.end();
}

bool common_noun(const Token& t) { return (t.tag == "NN" || t.tag == "NNS") && t.text == t.lower; }

// The description noun at tk[k] when it ends its noun phrase: no noun and no possessive after it.
const DescriptionNoun* phrase_head_noun(const std::vector<Token>& tk, size_t k, const Lexicons& lex) {
  if (k >= tk.size() || !common_noun(tk[k])) return nullptr;
  if (k + 1 < tk.size() && (tk[k + 1].tag == "POS" || tk[k + 1].tag == "NN" || tk[k + 1].tag == "NNS" ||
                            tk[k + 1].tag == "NNP" || tk[k + 1].tag == "NNPS"))
    return nullptr;
  auto it = lex.description_nouns.find(tk[k].text);
  return it == lex.description_nouns.end() ? nullptr : &it->second;
}

// The noun heading the apposition that starts at tk[k] (", a Catalonian city ..."): a determiner,
// then at most four adjectives, names or nouns before the head, and no verb after it (", the
// rebels are backed" is a clause of its own).
const DescriptionNoun* apposition_head_noun(const std::vector<Token>& tk, size_t k, const Lexicons& lex) {
  if (k + 2 >= tk.size() || tk[k].text != ","sv) return nullptr;
  const std::string& det = tk[k + 1].lower;
  if (det != "a"sv && det != "an"sv && det != "the"sv) return nullptr;
  for (size_t j = k + 2; j < tk.size() && j < k + 7; ++j) {
    if (const DescriptionNoun* d = phrase_head_noun(tk, j, lex))
      return j + 1 < tk.size() && (is_verb_tag(tk[j + 1].tag) || tk[j + 1].tag == "MD") ? nullptr : d;
    const Token& t = tk[j];
    if (!(t.tag == "JJ" || t.tag == "NN" || t.tag == "NNS" || t.tag == "NNP" || t.tag == "NNPS" || t.tag == "CD" ||
          t.tag == "VBN" || t.text.find('-') != std::string::npos))
      return nullptr;
  }
  return nullptr;
}

// craft-noun-before-name: "the cargo ship MV Namse Bangdzod", "the tanker Ever Given": a noun of
// a named vehicle or craft (an '@' row of description_nouns.tsv whose types hold OTHER: ship,
// tanker, train; not "rebels" or "cathedral", which stand before other names) right before the
// name puts the noun with it, as "the Ever Given tanker" would.
const DescriptionNoun* craft_noun_before(const std::vector<Token>& tk, size_t name_begin, const Lexicons& lex) {
  if (name_begin == 0 || !common_noun(tk[name_begin - 1])) return nullptr;
  auto it = lex.description_nouns.find(tk[name_begin - 1].text);
  if (it == lex.description_nouns.end() || !it->second.named_only) return nullptr;
  const std::vector<EntityType>& types = it->second.types;
  return std::find(types.begin(), types.end(), EntityType::kOther) != types.end() ? &it->second : nullptr;
}

// place-kind-description: "A Stockholm court cleared ...": "a" or "an", a place, and a noun with
// name words (a court, a bank, a ministry): a description of the article's one name that starts
// with the place and ends in a name word of the noun ("the Stockholm District Court"), before or
// after it. Added before the place's mention, which stays the place. Returns whether it added one.
bool place_kind_description(const std::vector<Token>& tk, const Lexicons& lex, std::vector<Mention>& mentions, size_t i) {
  const Mention& place = mentions[i];
  if (place.kind != MentionKind::kName || place.type != EntityType::kPlace || place.tok_begin == 0) return false;
  const std::string& det = tk[place.tok_begin - 1].lower;
  if (det != "a"sv && det != "an"sv) return false;
  const DescriptionNoun* noun = phrase_head_noun(tk, place.tok_end, lex);
  if (!noun || noun->name_words.empty()) return false;
  Mention d;
  d.rule = "place-kind-description";
  d.sentence = place.sentence;
  d.tok_begin = place.tok_begin - 1;
  d.tok_end = place.tok_end + 1;
  d.start = tk[d.tok_begin].start;
  d.end = tk[place.tok_end].end;
  d.text = tk[d.tok_begin].text + " " + place.text + " " + tk[place.tok_end].text;
  d.type = noun->types.empty() ? EntityType::kOrganization : noun->types[0];
  d.kind = MentionKind::kDescription;
  d.described = noun;
  d.role = place.text;  // the place its name must start with
  mentions.insert(mentions.begin() + static_cast<long>(i), std::move(d));
  return true;
}

// The one name of the article that a place-kind description names (place_kind_description), or null.
const Mention* name_of_place_kind(const std::vector<Mention>& mentions, const Mention& d) {
  const Mention* found = nullptr;
  for (const Mention& a : mentions) {
    if (a.kind != MentionKind::kName || a.entity.empty() || a.entity.size() <= d.role.size() + 1 ||
        !a.entity.starts_with(d.role) || a.entity[d.role.size()] != ' ')
      continue;
    const std::string_view last = std::string_view(a.entity).substr(a.entity.rfind(' ') + 1);
    if (std::find(d.described->name_words.begin(), d.described->name_words.end(), last) == d.described->name_words.end())
      continue;
    if (found && found->entity != a.entity) return nullptr;
    found = &a;
  }
  return found;
}

}  // namespace

void mark_names_with_nouns(const std::vector<Token>& tk, const Lexicons& lex, std::vector<Mention>& mentions,
                           size_t first_mention) {
  for (size_t i = first_mention; i < mentions.size(); ++i) {
    if (place_kind_description(tk, lex, mentions, i)) ++i;  // mentions[i] is now the place
    Mention& m = mentions[i];
    if (m.kind != MentionKind::kName) continue;
    // A place or country before a noun says where, not what ("a Stockholm court", "US troops"); a
    // surname, whom it is named after ("the Tower commission").
    const bool surname = m.type == EntityType::kPerson && m.text.find(' ') == std::string::npos;
    if (m.type != EntityType::kPlace && m.type != EntityType::kCountry && !surname)
      m.named_with = phrase_head_noun(tk, m.tok_end, lex);
    if (!m.named_with) m.named_with = apposition_head_noun(tk, m.tok_end, lex);
    // The name keeps the type its shape gave it ("MV Namse Bangdzod" a person's): retyped here,
    // its first mention would part from the article's later ones.
    if (!m.named_with && m.type != EntityType::kPlace && m.type != EntityType::kCountry)
      m.named_with = craft_noun_before(tk, m.tok_begin, lex);
  }
}

namespace {
// Whether pred holds for a word of `name`, its words being what split(name, ' ') returns; without
// the vector split allocates (asked for every name before every description).
template <typename Pred>
bool any_word(std::string_view name, Pred&& pred) {
  for (size_t b = 0;;) {
    const size_t e = std::min(name.find(' ', b), name.size());
    if (pred(name.substr(b, e - b))) return true;
    if (e == name.size()) return false;
    b = e + 1;
  }
}
}  // namespace

bool description_antecedent(const DescriptionNoun& d, const Mention& a) {
  // A person's description ("the defendant") names only the article's protagonist (sole_protagonist).
  if (a.kind != MentionKind::kName || a.entity.empty() || d.named_only ||
      std::find(d.types.begin(), d.types.end(), EntityType::kPerson) != d.types.end())
    return false;
  const bool typed = std::find(d.types.begin(), d.types.end(), a.type) != d.types.end() || (d.capital && a.capital);
  if (!typed) return ends_in_name_word(d, a);
  // A noun without name words names any such name without a word of another kind; a noun with
  // them, a name with one of them.
  if (d.name_words.empty())
    return d.other_words.empty() || !any_word(a.entity, [&d](std::string_view w) { return d.other_words.count(std::string(w)) > 0; });
  return any_word(a.entity, [&d](std::string_view w) {
    return std::find(d.name_words.begin(), d.name_words.end(), w) != d.name_words.end();
  });
}

namespace {

// named-kind-description: "Houthi rebels ... the rebels", "Notre Dame cathedral ... the
// cathedral", "Dar Velo, a Tarsani militia ... the militia": the one entity the article put the
// description's noun with (Mention::named_with) before it; null when none did or two did.
const Mention* named_with_noun(const std::vector<Mention>& mentions, size_t i) {
  // Only for the nouns that name nothing else ('@'): "CMP, a gold mining company" names a second
  // company beside the article's own, which "the company" goes on naming.
  if (!mentions[i].described->named_only) return nullptr;
  const Mention* found = nullptr;
  for (size_t j = 0; j < i; ++j) {
    const Mention& a = mentions[j];
    if (a.named_with != mentions[i].described || a.entity.empty()) continue;
    if (found && found->entity != a.entity) return nullptr;
    found = &a;
  }
  return found;
}

// name-head-description: "The Coastal Express left Oslo ... The train reached Bergen": a noun of
// a named vehicle ('@' row) with name heads names the one name before it whose last word is one
// of them ("Express"); null when none or two different ones do (never across a second candidate
// of its class).
const Mention* name_with_head(const std::vector<Mention>& mentions, size_t i) {
  const DescriptionNoun& d = *mentions[i].described;
  if (d.name_heads.empty()) return nullptr;
  const Mention* found = nullptr;
  for (size_t j = 0; j < i; ++j) {
    const Mention& a = mentions[j];
    if (a.kind != MentionKind::kName || a.entity.empty() || a.type == EntityType::kPerson ||
        a.type == EntityType::kCountry || a.type == EntityType::kPlace || a.entity.find(' ') == std::string::npos)
      continue;
    const std::string_view last = std::string_view(a.entity).substr(a.entity.rfind(' ') + 1);
    if (std::find(d.name_heads.begin(), d.name_heads.end(), last) == d.name_heads.end()) continue;
    if (found && found->entity != a.entity) return nullptr;
    found = &a;
  }
  return found;
}

// sole-protagonist-description: "the defendant", "the 67-year-old killer": the person the article
// is about, named (with surname and pronouns) at least three times so far and more than twice as
// often as any other person; null when two people compete.
const Mention* sole_protagonist(const std::vector<Mention>& mentions, size_t i,
                                const std::unordered_map<std::string_view, size_t>& times_named) {
  const Mention* best = nullptr;
  size_t best_count = 0, runner_up = 0;
  std::string_view best_entity;
  for (size_t j = 0; j < i; ++j) {
    const Mention& a = mentions[j];
    if (a.kind != MentionKind::kName || a.type != EntityType::kPerson || a.entity.empty() || a.entity == best_entity) continue;
    const auto it = times_named.find(a.entity);
    const size_t count = it == times_named.end() ? 0 : it->second;
    if (count > best_count) {
      if (best && best->entity != a.entity) runner_up = std::max(runner_up, best_count);
      best = &a, best_count = count, best_entity = a.entity;
    } else {
      runner_up = std::max(runner_up, count);
    }
  }
  return best && best_count >= 3 && best_count > 2 * runner_up ? best : nullptr;
}

// untyped-name-company: "pressured Nike ... the company's stock": with no organisation before it,
// "the company" (a noun of organisations without name words) is the one name before it that no
// rule could type, which it shows to be an organisation; null when there are two. Not once the
// noun has stood for a company the article does not name (a "the company" before any name: the
// company of the headline), which it then goes on naming.
const Mention* untyped_name_for_organisation(const std::vector<Mention>& mentions, size_t i) {
  const DescriptionNoun& d = *mentions[i].described;
  if (d.types.size() != 1 || d.types[0] != EntityType::kOrganization || !d.name_words.empty() || d.named_only) return nullptr;
  const Mention* found = nullptr;
  for (size_t j = 0; j < i; ++j) {
    const Mention& a = mentions[j];
    if (a.kind != MentionKind::kName || a.entity.empty() || a.type != EntityType::kOther || a.common_word) continue;
    // "Velmar Court" is no company
    if (any_word(a.entity, [&d](std::string_view w) { return d.other_words.count(std::string(w)) > 0; })) continue;
    if (found && found->entity != a.entity) return nullptr;
    found = &a;
  }
  return found;
}

// Every mention of `entity` becomes an organisation: the article called it "the company".
void type_as_organisation(std::vector<Mention>& mentions, const std::string& entity) {
  for (Mention& m : mentions)
    if (m.entity == entity && m.type == EntityType::kOther) m.type = EntityType::kOrganization;
}

bool names_a_person(const DescriptionNoun& d) {
  return std::find(d.types.begin(), d.types.end(), EntityType::kPerson) != d.types.end();
}

// A noun of places only ("the town"): among names mentioned as often, the first is the story's
// place; a later one is mostly a reference point ("Badalona, ten kilometres from Barcelona").
bool places_only(const DescriptionNoun& d) {
  return !d.capital && !d.types.empty() &&
         std::all_of(d.types.begin(), d.types.end(), [](EntityType t) { return t == EntityType::kPlace; });
}

}  // namespace

// The antecedent is the entity the article put the noun with (named-kind-description), else the
// most mentioned compatible entity so far, the latest of equals: "the court" after "the Court of
// Session ... the Court of Session is ... than the Supreme Court" is the article's court, not the
// one named last in passing.
void resolve_definite_descriptions(std::vector<Mention>& mentions) {
  size_t i = 0;  // the first description: the counts start at the article's start all the same
  while (i < mentions.size() && !mentions[i].described) ++i;
  if (i == mentions.size()) return;  // most articles have none
  std::unordered_map<std::string_view, size_t> times_named;  // entity -> its mentions so far
  std::vector<const DescriptionNoun*> stood_unnamed;  // nouns that have named no name of the article
  for (size_t j = 0; j < i; ++j)
    if (!mentions[j].entity.empty()) ++times_named[mentions[j].entity];
  for (; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.described && m.rule == "place-kind-description"sv) {
      if (const Mention* a = name_of_place_kind(mentions, m)) {
        m.entity = a->entity;
        m.type = a->type;
      }
      m.role.clear();
    } else if (m.described) {
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
      std::string_view rule;
      if (!best && (best = named_with_noun(mentions, i))) rule = "named-kind-description"sv;
      if (!best && (best = name_with_head(mentions, i))) rule = "name-head-description"sv;
      if (!best && names_a_person(*m.described) && (best = sole_protagonist(mentions, i, times_named)))
        rule = "sole-protagonist-description"sv;
      const bool earliest_of_equals = places_only(*m.described);
      for (size_t j = best ? 0 : i; j-- > 0;) {
        const Mention& a = mentions[j];
        if (!description_antecedent(*m.described, a)) continue;
        const size_t count = times_named[a.entity];
        if (count > best_count || (earliest_of_equals && count == best_count)) best = &a, best_count = count;
      }
      const bool unnamed_before =
          std::find(stood_unnamed.begin(), stood_unnamed.end(), m.described) != stood_unnamed.end();
      if (!best && !unnamed_before && (best = untyped_name_for_organisation(mentions, i))) {
        rule = "untyped-name-company"sv;
        type_as_organisation(mentions, best->entity);
      }
      if (!best && !unnamed_before) stood_unnamed.push_back(m.described);
      if (best) {
        if (!rule.empty()) m.rule = rule;
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
