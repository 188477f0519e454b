// Stage 4's mentions: the constructions that find who and what a sentence names, tried at each
// token in the order of kMentionConstructions (the first that fires reads its tokens; its name
// travels with the mention as `rule`). A run of proper nouns is split into a title and a name
// (title constructions) and the name is typed (name-typing constructions, type_name).
// Files: this one holds the table, the closed classes (pronouns, role and definite descriptions),
// the names the lists know (gazetteer, WordNet, demonyms, parties), the run of proper nouns and
// its typing; the title constructions are in title_mentions.{h,cpp}, the tests of a run's shape
// that make it no name or a name with its figure in name_shape_mentions.{h,cpp}, and the scan
// state they share in mention_scan.h. A new mention construction goes in the table below; a new
// title or name-shape test goes in its file.
#include <map>
#include <set>
#include <unordered_set>

#include "chunker.h"  // is_verb_tag
#include "appositive_roles.h"
#include "dateline_region.h"
#include "definite_descriptions.h"
#include "person_names.h"
#include "qualified_roles.h"
#include "construction_table.h"
#include "entities.h"
#include "mention_scan.h"
#include "name_shape_mentions.h"
#include "name_word_classes.h"
#include "name_words.h"  // is_legal_form
#include "text_util.h"
#include "title_mentions.h"
#include "word_classes.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;

// The helpers the mention constructions share (mention_scan.h).
namespace mention_internal {

std::string join(const std::vector<Token>& tk, size_t b, size_t e) {
  std::string s;
  for (size_t i = b; i < e; ++i) {
    if (i > b && tk[i].space_before) s += ' ';
    else if (i > b && tk[i].start > tk[i - 1].end) s += ' ';
    s += tk[i].text;
  }
  return s;
}

// Prepositions before which a given name that is also a town is the town ("in Florence").
bool place_preposition(std::string_view lw) {
  return lw == "in"sv || lw == "at"sv || lw == "near"sv || lw == "from"sv || lw == "to"sv || lw == "outside"sv ||
         lw == "throughout"sv;
}

// Month abbreviations written without their period in wire datelines ("NEW YORK, Dec").
bool month_abbreviation(std::string_view lw) {
  static const std::unordered_set<std::string_view> words = {"may", "jan", "feb", "mar", "apr", "jun",
                                                             "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  return words.count(lw) > 0;
}

}  // namespace mention_internal

using namespace mention_internal;

namespace {

// Longest gazetteer phrase starting at i (first token capitalized), or 0.
size_t gazetteer_match(const std::vector<Token>& tk, size_t i, const Lexicons& lex, const GazetteerEntry** out) {
  if (!capitalized(tk[i]) || tk[i].tag == "PRP") return 0;
  if (!has_word_class(lex, tk[i], WordClass::kPlaceStart)) return 0;  // no place starts this way
  size_t best = 0;
  // The alias key of the phrase so far (from two words on), grown a word at a time: the key of
  // words joined by a space is their keys joined by a space, an empty key adding nothing
  // (alias_key drops periods and apostrophes and runs of spaces), so no key is rebuilt.
  std::string key;
  for (size_t len = 1; len <= lex.max_phrase_tokens && i + len <= tk.size(); ++len) {
    const Token& t = tk[i + len - 1];
    if (len > 1) {
      // A connector only matters for a word in lower case, so it is tested only there.
      auto connector = [&t] {
        return t.text == "of"sv || t.text == "the"sv || t.text == "and"sv || t.text == "&"sv ||
               name_particle(t.text);  // "Dar es Salaam", "Frankfurt am Main" (person_names.h)
      };
      if (!capitalized(t) && !connector() && !has_digit(t.text)) break;
      if (len == 2) key = alias_key(tk[i].text);
      if (const std::string word = alias_key(t.text); !word.empty()) {
        if (!key.empty()) key += ' ';
        key += word;
      }
    }
    // The first word's entry and prefix class are remembered by its word id (word_classes.h).
    if (const GazetteerEntry* e = len == 1 ? word_place(lex, t) : lex.find_place_key(key)) {
      // The match must end on a capitalized word (not "the United States of"); an acronym is
      // not an ordinary word that only starts with a capital ("Who", "Us").
      const bool word_for_acronym = len == 1 && e->acronym && t.common_word && has_lowercase(t.text);
      if ((capitalized(t) || has_digit(t.text)) && !word_for_acronym) {
        best = len;
        *out = e;
      }
    }
    const bool prefix = len == 1 ? has_word_class(lex, t, WordClass::kPlacePrefix) : lex.gazetteer_prefixes.count(key) > 0;
    if (!prefix) break;  // no longer phrase starts this way
  }
  return best;
}

// Longest name of two words or more that WordNet knows as a place, an organisation or a named
// thing, starting at i with every word capitalized but connectors ("New England", "World War
// II", "Church of England"); its length, or 0. WordNet's people are left to the name rules,
// which read their titles and roles.
size_t wordnet_phrase(const std::vector<Token>& tk, size_t i, const Lexicons& lex, EntityType* type) {
  size_t best = 0;
  if (i + 1 >= tk.size() || !(capitalized(tk[i + 1]) || tk[i + 1].text == "of"sv)) return 0;  // one word: not here
  if (!is_name_word(lex, tk[i], NameWord::kWordNetPrefix)) return 0;  // the loop's first test, by word id
  thread_local std::string phrase;
  phrase = tk[i].text;
  for (size_t k = i + 1; k < tk.size() && k < i + 6 && lex.wordnet_name_prefix(phrase); ++k) {
    const std::string& w = tk[k].text;
    const bool connector = w == "of"sv || w == "the"sv || w == "and"sv || w == "de"sv;  // "Church of England"
    if (!capitalized(tk[k]) && !connector) break;
    phrase += ' ';
    phrase += w;
    const EntityType* known = lex.wordnet_type(phrase);
    if (known && *known != EntityType::kPerson) {
      best = k + 1 - i;
      *type = *known;
    }
  }
  return best;
}

// The length of a company name's rest starting at k: capitalized words (and "&") up to the last
// company word among them ("Steel Corp" after "U.S.", "Express Co" after "American", "Union"
// after "Western"); 0 when none follows. A place or nationality right before it is part of the
// company's name.
size_t company_rest(const std::vector<Token>& tk, size_t k, const Lexicons& lex, bool legal_form_alone = false) {
  // First the company word, which most places and nationalities lack: then nothing else is read.
  size_t end = 0;
  for (size_t j = k; j < tk.size() && j < k + 6; ++j) {
    if (tk[j].text == "&"sv && j > k && j + 1 < tk.size() && proper(tk[j + 1])) continue;
    if (!proper(tk[j])) break;
    if (is_company_word(tk[j], lex)) end = j + 1;
  }
  if (!end) return 0;
  bool named = false;  // a word other than a legal form: "Canada Ltd" alone is a fragment
  for (size_t j = k; j < end; ++j) {
    const GazetteerEntry* g = nullptr;
    // "U.S. Securities and Exchange Commission": two names. A town that is a place only in a place
    // context (a GeoNames "Union") is no name of its own here: "Western Union" stays one.
    if (proper(tk[j]) && gazetteer_match(tk, j, lex, &g) && !g->needs_place_context) return 0;
    named = named || (tk[j].text != "&"sv && !is_legal_form(tk[j].text));
  }
  // "Saudi Arabian Oil Minister Hisham Nazer": before a title the word is a portfolio.
  std::string role;
  if (end < tk.size() && title_prefix(tk, end, tk.size(), lex, &role)) return 0;
  return named || legal_form_alone ? end - k : 0;
}

// "Civil War", "Space Shuttle", "National Convention": every word an ordinary English word, so
// not a person's name by default (a title or "Mr." still makes one).
bool all_common_words(const std::vector<Token>& tk, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k)
    if (!tk[k].common_word) return false;
  return true;
}

// The type of a one-word name that no lexicon knows, from the word and its context: a given name
// ("Steven"), the subject of a verb only people do ("Isabelle smiled"), a possessive before kin
// or life words ("Kendra's mother"), or the object of a place preposition ("in Ziguinchor").
// kOther when nothing says.

EntityType single_word_type(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  const Token& t = tk[i];
  if (t.common_word) return EntityType::kOther;
  if (is_name_word(lex, t, NameWord::kGivenName) || lone_first_name(t, lex)) return EntityType::kPerson;  // person_names.h
  static const std::unordered_set<std::string_view> human_verbs = {
      "smiled", "smiles", "laughed", "laughs", "nodded", "nods", "shrugged", "shrugs", "sighed", "sighs",
      "whispered", "whispers", "shouted", "shouts", "replied", "replies", "grinned", "grins", "frowned",
      "frowns", "wondered", "wonders", "yelled", "yells", "cried", "muttered", "mutters", "exclaimed",
      "thought", "thinks", "felt", "feels", "realized", "realised", "realizes", "remembered", "remembers",
      "hoped", "hopes", "loved", "loves", "married", "marries", "died", "dies"};
  size_t next = i + 1;
  if (next < tk.size() && human_verbs.count(tk[next].lower)) return EntityType::kPerson;
  // "Kendra's mother", "Dalton's death": a possessive before kin, body or life words.
  static const std::unordered_set<std::string_view> personal_nouns = {
      "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "parents", "family",
      "children", "friend", "friends", "girlfriend", "boyfriend", "face", "eyes", "hand", "hands", "head",
      "voice", "death", "birth", "life", "childhood", "career", "funeral", "grave", "widow"};
  if (next + 1 < tk.size() && (tk[next].tag == "POS" || tk[next].lower == "'s"sv || tk[next].lower == "\xE2\x80\x99s"sv) &&
      personal_nouns.count(tk[next + 1].lower))
    return EntityType::kPerson;
  if (i > 0) {
    const std::string& prev = tk[i - 1].lower;
    if ((prev == "in"sv || prev == "near"sv || prev == "outside"sv || prev == "throughout"sv || prev == "across"sv ||
         prev == "via"sv || prev == "toward"sv || prev == "towards"sv) &&
        !(next < tk.size() && (tk[next].tag == "POS" || tk[next].text == "'s"sv)))
      return EntityType::kPlace;
  }
  return EntityType::kOther;
}

bool is_noun_tag_like(const PosTag& t) { return t == "NN" || t == "NNS"; }

// A mention construction at token i: the position after the tokens it read, or 0 when its
// pattern is not there (then the next construction is tried).
struct MentionConstruction {
  std::string_view name;
  size_t (*apply)(MentionScan& sc, size_t i);
};

// An object pronoun right after its verb: its clause starts after the last boundary or the verb
// before its own ("Ferreira said the ministry would invite him": "him" may be Ferreira, not the
// ministry), or at the name a subject "who" stands for (relative-pronoun-subject).
size_t object_pronoun_clause(const std::vector<Token>& tk, size_t i) {
  size_t b = i - 1;
  while (b > 0 && (is_verb_tag(tk[b - 1].tag) || tk[b - 1].tag == "MD" || tk[b - 1].tag == "RB" || tk[b - 1].tag == "TO"))
    --b;
  while (b > 0 && !(tk[b - 1].text == ","sv || tk[b - 1].text == ";"sv || tk[b - 1].text == ":"sv ||
                    tk[b - 1].tag == "CC" || tk[b - 1].tag == "WDT" || tk[b - 1].tag == "WP" ||
                    tk[b - 1].lower == "that"sv || tk[b - 1].tag == "``" || is_verb_tag(tk[b - 1].tag) ||
                    tk[b - 1].tag == "MD"))
    --b;
  // "Jeremy Hunt, who succeeded him": the relative pronoun stands for the name before it, which is
  // then the clause's subject too; the clause starts at that name.
  if (b >= 3 && tk[b - 1].tag == "WP" && tk[b - 1].lower == "who"sv && tk[b - 2].text == ","sv && tk[b - 3].tag == "NNP") {
    b -= 3;
    while (b > 0 && tk[b - 1].tag == "NNP") --b;
  }
  return b;
}

// complement-clause-subject: "Microsoft said it would appeal", "The Tories say they will cut
// taxes": a pronoun right after a verb and right before a
// finite verb or a modal (adverbs between: "said it also planned") is the subject of that verb's
// complement clause, not its object, so the names before it stay candidates (and the reporting
// clause's speaker comes first, resolution.cpp). Not after a relative pronoun ("the firm that
// bought it has"), where the pronoun is the relative clause's object.
bool complement_clause_subject(const std::vector<Token>& tk, size_t i) {
  if (i < 1 || (i >= 2 && (tk[i - 2].tag == "WDT" || tk[i - 2].tag == "WP"))) return false;
  size_t k = i + 1;
  while (k < tk.size() && tk[k].tag == "RB" && tk[k].lower != "not"sv) ++k;
  if (k >= tk.size()) return false;
  const auto& t = tk[k].tag;
  return t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP";
}

// agent-state-it: "Unilever said it was optimistic about", "it is willing to talk", "it was
// awarded a contract": after "it is/was" (a "not" between), a word of an agent's state, readiness
// or mind (data/lexicon/agent_state_words.txt) makes "it" the company's or body's pronoun, not
// the pleonastic "it" of "it was expected that", "it is likely to".
bool agent_state_it(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  size_t k = i + 2;
  if (k < tk.size() && tk[k].lower == "not"sv) ++k;
  return k < tk.size() && lex.agent_state_words.find(tk[k].lower) != StringTable::kNone;
}

// A plural common noun earlier in the sentence ("The funds said they would appeal"): "they"
// is most likely its, and no name's.
bool plural_noun_before(const std::vector<Token>& tk, size_t i) {
  for (size_t k = 0; k < i; ++k)
    if (tk[k].tag == "NNS") return true;
  return false;
}

// opening-phrase: the comma that closes a sentence-initial phrase with no finite verb, begun by a
// preposition or a participle ("After Smetana,", "Following the advice of his mentor,", "In his
// filing,"), when token i is inside it or right after its comma; else kNone. Its names are
// obliques, not the subject a pronoun after it continues ("After Smetana, he was the next
// composer": not Smetana); a possessive inside it looks ahead to that subject.
size_t opening_phrase_end(const std::vector<Token>& tk, size_t i) {
  constexpr size_t kNone = static_cast<size_t>(-1);
  if (tk.empty() || !(tk[0].tag == "IN" || tk[0].tag == "VBG") || tk[0].lower == "that"sv) return kNone;
  for (size_t k = 1; k < tk.size(); ++k) {
    const auto& t = tk[k].tag;
    if (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "WDT" || t == "WP" || t == ":" || t == "``") return kNone;
    if (tk[k].text == ","sv) return k + 1 >= i ? k : kNone;  // i inside, or the word right after the comma
  }
  return kNone;
}

// Pronouns (rules person-pronoun, thing-pronoun, and group-pronoun for "they" standing for an
// organisation: "The Jazz lost. They said"); pleonastic "it is expected that" / "it was
// unclear" stays out. A pronoun token is read here either way.
[[gnu::always_inline]] inline size_t pronoun(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Token& t = tk[i];
  if (!(t.tag == "PRP" || t.tag == "PRP$")) return 0;
  const std::string& lw = t.lower;
  static const std::set<std::string> person = {"he", "him", "his", "she", "her", "hers"};
  static const std::set<std::string> thing = {"it", "its"};
  Mention* added = nullptr;
  if (person.count(lw)) added = &sc.add("person-pronoun", i, i + 1, EntityType::kPerson, MentionKind::kPronoun, "");
  else if ((lw == "they"sv || lw == "them"sv || lw == "their"sv) && !plural_noun_before(tk, i))
    added = &sc.add("group-pronoun", i, i + 1, EntityType::kOrganization, MentionKind::kPronoun, "");
  else if (thing.count(lw)) {
    bool pleonastic = i + 2 < sc.n && tk[i + 1].lemma == "be"sv &&
                      (tk[i + 2].tag == "JJ" || tk[i + 2].tag == "VBN" || tk[i + 2].text == "not"sv);
    const bool agent = pleonastic && agent_state_it(tk, i, sc.lex);
    if (!pleonastic || agent)
      added = &sc.add(agent ? "agent-state-it" : "thing-pronoun", i, i + 1, EntityType::kOther, MentionKind::kPronoun, "");
  }
  if (added && t.tag == "PRP" && i > 0 && is_verb_tag(tk[i - 1].tag) && complement_clause_subject(tk, i))
    added->complement_subject = true;
  else if (added && t.tag == "PRP" && lw != "he"sv && lw != "she"sv && i > 0 && is_verb_tag(tk[i - 1].tag))
    added->clause_begin = object_pronoun_clause(tk, i);
  if (added) added->opening_end = opening_phrase_end(tk, i);
  return i + 1;
}

// Role descriptions: "the president", "the U.S. president", "the prime minister".
// country-in-role-description: "the British Prime Minister", "the US president" name the
// holder of the title, and the country too: the words [b, k) before the title are a mention of
// the country (a demonym, or the gazetteer's country `g` of `glen` words), after the description's
// mention so that the description stays what the phrase's head names.
void country_in_role_description(MentionScan& sc, size_t b, size_t k, const GazetteerEntry* g, size_t glen) {
  if (k == b) return;
  if (glen && g && g->type == EntityType::kCountry && b + glen == k) {
    sc.add("country-in-role-description", b, k, EntityType::kCountry, MentionKind::kName, g->canonical);
    return;
  }
  auto it = sc.lex.demonyms.find(sc.tk[b].text);
  if (k == b + 1 && it != sc.lex.demonyms.end())
    sc.add("country-in-role-description", b, k, EntityType::kCountry, MentionKind::kDemonym, it->second);
}

// role-description-in-apposition (after_person_and_comma, title_mentions.h): after a person's name
// and its comma the description may have an office word before its title and an "of"-phrase after it.
size_t role_description(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const size_t n = sc.n;
  if (!(tk[i].lower == "the"sv && i + 1 < n)) return 0;
  const bool in_apposition = after_person_and_comma(sc, i);
  size_t k = i + 1;
  if (in_apposition && k + 1 < n && sc.lex.office_modifiers.count(tk[k].lower)) ++k;  // "the former mayor"
  const size_t lead = k;  // where a country or demonym of the title may stand
  const GazetteerEntry* g = nullptr;
  size_t glen = gazetteer_match(tk, k, sc.lex, &g);
  if (glen && g->type == EntityType::kCountry) k += glen;
  else if (is_name_word(sc.lex, tk[k], NameWord::kDemonym)) k += 1;
  std::string role;
  size_t tlen = title_prefix(tk, k, n, sc.lex, &role);
  const bool of_after = k + tlen < n && tk[k + tlen].text == "of"sv;
  if (tlen && !(k + tlen < n && proper(tk[k + tlen])) &&
      !(k + tlen < n && ((of_after && !in_apposition) || is_noun_tag_like(tk[k + tlen].tag)))) {
    // The rule that admitted it: an "of"-phrase or an office word only the apposition allows.
    const bool apposition_rule = in_apposition && (of_after || sc.lex.office_modifiers.count(tk[i + 1].lower));
    Mention& m = sc.add(apposition_rule ? "role-description-in-apposition"sv : "role-description"sv, i, k + tlen,
                        EntityType::kPerson, MentionKind::kDescription, "");
    m.role = role;
    country_in_role_description(sc, lead, k, g, glen);
    return k + tlen;
  }
  return 0;
}

// occupation-description: "Mara Lind, a chemist, died on Sunday. The chemist was 91.", "the
// 70-year-old actor": "the", at most one lower-case modifier (an adjective or a hyphenated word,
// not one that makes another person: "the other chemist", "the new coach"), and an occupation noun of
// role_nouns.txt that is no title (role-description reads those), ending its noun phrase (no noun,
// name, possessive or "of" after: not "the lawyer's office", "the actor Paul Reed"). The
// description of the person the article gave that occupation (a role of role-after-name,
// occupation-before-name, ...): resolved as a role description, to the latest holder of the role
// so far, or to no one.
size_t occupation_description(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  if (tk[i].lower != "the"sv || i + 1 >= sc.n) return 0;
  size_t k = i + 1;
  static constexpr std::string_view kOther[] = {"other", "another", "new", "former", "first", "second", "last", "next",
                                                "late", "fellow", "young", "same"};
  if (k + 1 < sc.n && tk[k].text == tk[k].lower && (tk[k].tag == "JJ" || tk[k].text.find('-') != std::string::npos) &&
      !sc.lex.role_nouns.count(tk[k].lower)) {
    if (std::find(std::begin(kOther), std::end(kOther), tk[k].lower) != std::end(kOther)) return 0;
    ++k;
  }
  const Token& noun = tk[k];
  if (noun.tag != "NN" || noun.text != noun.lower || !sc.lex.role_nouns.count(noun.lower) || sc.lex.titles.count(noun.lower))
    return 0;
  if (k + 1 < sc.n && (tk[k + 1].text == "of"sv || tk[k + 1].tag == "POS" || tk[k + 1].tag == "NN" ||
                       tk[k + 1].tag == "NNS" || proper(tk[k + 1])))
    return 0;
  Mention& m = sc.add("occupation-description"sv, i, k + 1, EntityType::kPerson, MentionKind::kDescription, "");
  m.role = noun.lower;
  return k + 1;
}

size_t place_led_name(MentionScan& sc, size_t i, size_t len, const std::string& country);

// A known organisation's national branch, named by the organisation and a country ("CNN
// Philippines", rule organization-country-branch) or by a demonym and the organisation
// ("Philippine Red Cross", demonym-led-organization): one organisation, neither the country nor
// the parent. Tokens [b, k) are the first part; returns the name's end, or 0.
size_t national_branch(MentionScan& sc, size_t b, size_t k, EntityType want, std::string_view rule) {
  const std::vector<Token>& tk = sc.tk;
  if (k >= sc.n || !proper(tk[k])) return 0;
  const GazetteerEntry* g = nullptr;
  const size_t len = gazetteer_match(tk, k, sc.lex, &g);
  if (!len || g->type != want || (k + len < sc.n && proper(tk[k + len]))) return 0;
  sc.add_as_written(rule, b, k + len, EntityType::kOrganization, MentionKind::kName, join(tk, b, k + len));
  return k + len;
}

// "the company", "the court" (rule definite-description): resolved to a name of the article by
// the step definite-description-antecedent (definite_descriptions.h).
size_t definite_description(MentionScan& sc, size_t i) {
  const DescriptionNoun* noun = nullptr;
  const size_t e = definite_description_end(sc.tk, i, sc.lex, &noun);
  if (!e) return 0;
  Mention& m = sc.add("definite-description", i, e, noun->types.empty() ? EntityType::kPlace : noun->types[0],
                      MentionKind::kDescription, "");
  m.described = noun;
  return e;
}

// Gazetteer names (countries, cities, known organisations; rules gazetteer-name, and
// gazetteer-company when a company word follows: "U.S. Steel Corp", "Western Union").
[[gnu::always_inline]] inline size_t gazetteer_name(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  const size_t n = sc.n;
  const GazetteerEntry* g = nullptr;
  size_t glen = gazetteer_match(tk, i, lex, &g);
  // A town known only to the broad source needs more than its name: not ordinary words
  // ("Reading", "Mobile"), not a speaker ("Jackson said"), not inside a longer name.
  if (glen && g->weak &&
      (all_common_words(tk, i, i + glen) ||
       (i + glen < n && (tk[i + glen].lemma == "say"sv || tk[i + glen].lemma == "tell"sv || tk[i + glen].lemma == "add"sv)) ||
       (i + glen < n && proper(tk[i + glen])) || (i > 0 && proper(tk[i - 1])) ||
       // A given name ("Isabel", "Florence") is a town only where a place preposition says so.
       (glen == 1 && is_name_word(lex, tk[i], NameWord::kGivenName) && !(i > 0 && place_preposition(tk[i - 1].lower)))))
    glen = 0;
  // A first name before a surname is a person's ("Florence Okafor", person_names.h); a GeoNames town
  // that is also a name, or small, needs "in"/"near" before it (derived_gazetteers.h).
  if (glen == 1 && first_name_before_surname(tk, i, lex)) {
    sc.first_name_at = i;
    glen = 0;
  }
  if (glen && g->needs_place_context && !(i > 0 && place_preposition(tk[i - 1].lower))) glen = 0;
  if (!glen) return 0;
  // A known organisation keeps its name ("General Motors Corp" is General Motors).
  const bool known_org = g->type == EntityType::kOrganization;
  if (size_t rest = company_rest(tk, i + glen, lex, known_org)) {
    sc.add("gazetteer-company", i, i + glen + rest, EntityType::kOrganization, MentionKind::kName,
           known_org ? g->canonical : join(tk, i, i + glen + rest));
    return i + glen + rest;
  }
  if (!known_org)
    if (size_t e = event_after_place(sc, i + glen)) {  // "the Qatar Open" (name_shape_mentions.h)
      sc.add_as_written("event-after-place-name", i, e, EntityType::kOther, MentionKind::kName, join(tk, i, e));
      return e;
    }
  if (g->type == EntityType::kPlace)
    if (size_t e = place_led_name(sc, i, glen, g->country)) return e;
  if (known_org)
    if (size_t e = national_branch(sc, i, i + glen, EntityType::kCountry, "organization-country-branch")) return e;
  // organization-channel: "BBC Radio 4", "BBC Sport" are one name (name_shape_mentions.h); the
  // channel word alone is no entity. The channel is its own entity, not its owner: "BBC One" is
  // not the BBC (a must-not-merge pair of the gold guide's kind).
  if (known_org)
    if (size_t e = organization_channel(sc, i + glen)) {
      sc.add_as_written("organization-channel", i, e, EntityType::kOrganization, MentionKind::kName, join(tk, i, e));
      return e;
    }
  Mention& m = sc.add("gazetteer-name", i, i + glen, g->type, MentionKind::kName, g->canonical);
  m.country = g->country;
  m.capital = g->capital;
  m.weak = g->weak;
  return i + glen;
}

// Names WordNet knows whole, before the run below could cut "New England" at "England".
size_t wordnet_name(MentionScan& sc, size_t i) {
  const Token& t = sc.tk[i];
  EntityType wtype;
  size_t glen = 0;
  if (capitalized(t) && (t.tag == "NNP" || t.tag == "NNPS") && (glen = wordnet_phrase(sc.tk, i, sc.lex, &wtype))) {
    if (wtype == EntityType::kPlace)
      if (size_t e = place_led_name(sc, i, glen, "")) return e;
    sc.add_as_written("wordnet-phrase", i, i + glen, wtype, MentionKind::kName, join(sc.tk, i, i + glen));
    return i + glen;
  }
  return 0;
}

// plural-demonym: "almost 90% of Britons own a handset", "Palestinians marched": the plural of a
// listed demonym that names one of a people ("Briton", "Palestinian"; data/lexicon/demonyms.tsv
// lists few plurals) is the country, as the listed "Americans" is; not inside a longer name, a
// proper noun beside it ("the Cleveland Indians", "Italians Abroad Association"), nor after a
// possessive, where it names a work ("Massenet's Thais").
size_t plural_demonym(MentionScan& sc, size_t i) {
  const Token& t = sc.tk[i];
  if (t.text.size() < 5 || t.text.back() != 's' || !(t.tag == "NNS" || t.tag == "NNPS" || t.tag == "NNP")) return 0;
  const auto it = sc.lex.demonyms.find(t.text.substr(0, t.text.size() - 1));
  if (it == sc.lex.demonyms.end()) return 0;
  // A count word before it is no name's ("Four Fijians were arrested", run-opening-word).
  if ((i > 0 && proper(sc.tk[i - 1]) && !count_word(sc, i - 1)) || (i + 1 < sc.n && proper(sc.tk[i + 1]))) return 0;
  if (i > 0 && sc.tk[i - 1].tag == "POS"sv) return 0;  // "Massenet's Thais": a work's title
  Mention& m = sc.add("plural-demonym", i, i + 1, EntityType::kCountry, MentionKind::kDemonym, it->second);
  m.country = it->second;
  return i + 1;
}

// Demonyms ("Brazilian", "Chinese"): link to the country; "West German", "Saudi Arabian": two
// words, looked up only after a word that may start them. Before a company word, a company
// ("American Express Co", "British Airways": demonym-company).
[[gnu::always_inline]] inline size_t demonym(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  const Token& t = tk[i];
  // The capital and the tag first, before any lookup: this runs at every token no earlier
  // construction read.
  if (!capitalized(t) || !(t.tag == "JJ" || t.tag == "NNP" || t.tag == "NNPS" || t.tag == "NNS")) return 0;
  std::string two;  // built only after a demonym's first word (most tokens are none)
  if (i + 1 < sc.n && is_name_word(lex, t, NameWord::kDemonymPrefix)) two = t.text + " " + tk[i + 1].text;
  const bool two_words = !two.empty() && lex.demonyms.count(two);
  if (!(two_words || is_name_word(lex, t, NameWord::kDemonym))) return plural_demonym(sc, i);
  size_t len = two_words ? 2 : 1;
  if (size_t rest = company_rest(tk, i + len, lex)) {
    sc.add_as_written("demonym-company", i, i + len + rest, EntityType::kOrganization, MentionKind::kName,
                    join(tk, i, i + len + rest));
    return i + len + rest;
  }
  if (size_t e = national_branch(sc, i, i + len, EntityType::kOrganization, "demonym-led-organization")) return e;
  if (size_t e = event_after_place(sc, i + len)) {  // "the Australian Open" (name_shape_mentions.h)
    sc.add_as_written("event-after-place-name", i, e, EntityType::kOther, MentionKind::kName, join(tk, i, e));
    return e;
  }
  const std::string& country = lex.demonyms.at(len == 2 ? two : t.text);
  Mention& m = sc.add("demonym", i, i + len, EntityType::kCountry, MentionKind::kDemonym, country);
  m.country = country;
  return i + len;
}

// party-word: "Democratic members", "the Conservatives", "Republicans hold a majority": a party's
// adjective or member word (data/lexicon/party_words.tsv) is that party, unless a capitalized
// word on either side makes it part of a longer name ("Social Democrats", "Democratic Forces"; a
// person's name after it is no part: "Republican Cory Gardner", nor a place or body the lists
// know, party-before-known-name: "the Republican Iowa caucus");
// at a sentence's start, or after its opening article, only a plural member word or one that is
// no ordinary word ("Conservative estimates" is no party; "The Conservatives won", "Tory MPs
// said" are).
size_t party_word(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Token& t = tk[i];
  if (!capitalized(t) || !is_name_word(sc.lex, t, NameWord::kPartyWord)) return 0;
  const auto party = sc.lex.party_words.find(t.text);
  if (party == sc.lex.party_words.end()) return 0;
  // "Republican Cory Gardner": before a person's first name and surname the word is the party's.
  // "Tory MP Boris Johnson", "Tory MPs said": a title after it is the party's office, no part of a
  // name.
  auto title_next = [&] {
    std::string w = to_lower(tk[i + 1].text);
    if (w.size() > 2 && w.back() == 's' && !sc.lex.titles.count(w)) w.pop_back();
    return sc.lex.titles.count(w) > 0;
  };
  // party-before-known-name: "the Republican Iowa caucus", "the Republican Senate", "a Democratic
  // New York congressman": a place or body the lists know whole after the word is a name of its
  // own that the party's word qualifies, not the rest of one name ("Republican Iowa").
  auto known_name_next = [&] {
    const GazetteerEntry* g = nullptr;
    return gazetteer_match(tk, i + 1, sc.lex, &g) > 0 && !g->weak && !g->needs_place_context &&
           g->type != EntityType::kPerson && g->canonical != party->second;
  };
  const bool before_known_name = i + 1 < sc.n && capitalized(tk[i + 1]) && !title_next() && known_name_next();
  if (i + 1 < sc.n && capitalized(tk[i + 1]) && !title_next() && !before_known_name) {
    const FirstName* first = i + 2 < sc.n && capitalized(tk[i + 2]) ? sc.lex.first_name(tk[i + 1].text) : nullptr;
    if (!first || first->births < 10000) return 0;
  }
  // "The Conservatives won", "A Tory spokesman said": a sentence's opening article is no part of
  // a longer name, so the word is read as at the sentence's start.
  const bool opening_the = i == 1 && (tk[0].text == "The" || tk[0].text == "A" || tk[0].text == "An");
  // There a singular adjective that is also an ordinary word ("Conservative", "Democratic") is
  // no party; one that is not ("Tory") still is.
  if (i > 0 && !opening_the ? capitalized(tk[i - 1]) : t.text.back() != 's' && t.common_word) return 0;
  Mention& m = sc.add(before_known_name ? "party-before-known-name" : "party-word", i, i + 1, EntityType::kOrganization,
                      MentionKind::kName, party->second);
  m.common_word = false;
  return i + 1;
}

// surname-month: "May's negotiated deal", "May said" after "Theresa May": a month's name that is
// the surname of a person the article named before it, read as that person where no date can be
// meant: a possessive or a verb follows, and no preposition, determiner or figure of a date is
// beside it ("in May", "last May", "May 3"). Returns the end, or 0.
size_t surname_month(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Token& t = tk[i];
  if (i + 1 >= sc.n || !capitalized(t)) return 0;
  // The cheap test first: this runs at every word no earlier construction read.
  const Token& next = tk[i + 1];
  const bool acts = next.tag == "POS" || next.text == "'s"sv || next.text == "\xE2\x80\x99s"sv || next.tag == "VBD" ||
                    next.tag == "VBZ" || next.tag == "MD";
  if (!acts || !(t.lower == "may"sv || is_calendar_token(t, sc.lex)) || (i + 2 < sc.n && has_digit(tk[i + 2].text))) return 0;
  if (i > 0) {
    static const std::unordered_set<std::string_view> date_words = {
        "in", "on", "since", "by", "until", "till", "of", "last", "next", "this", "early", "late", "mid", "during",
        "from", "through", "between", "before", "after", "each", "every", "the", "a", "and", "or"};
    if (date_words.count(tk[i - 1].lower) || has_digit(tk[i - 1].text)) return 0;
  }
  const std::string* person = nullptr;
  for (size_t k = sc.mentions.size(); k-- > 0 && !person;) {
    const Mention& m = sc.mentions[k];
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson || m.entity.size() <= t.text.size()) continue;
    const std::string& e = m.entity;
    if (e.compare(e.size() - t.text.size(), t.text.size(), t.text) == 0 && e[e.size() - t.text.size() - 1] == ' ')
      person = &m.entity;
  }
  if (!person) return 0;
  std::string entity = *person;  // copied: add() may grow the vector it points into
  sc.add("surname-month", i, i + 1, EntityType::kPerson, MentionKind::kName, std::move(entity));
  return i + 1;
}

// No name starts at a word that is not a proper noun, nor at a weekday or month (times, not
// entities): the word is passed over.
size_t not_a_name(MentionScan& sc, size_t i) {
  const Token& t = sc.tk[i];
  // A first name the tagger missed before a surname, or "al-Sisi", starts a name (person_names.h).
  const bool name_start = sc.first_name_at == i || (!proper(t) && first_name_before_surname(sc.tk, i, sc.lex)) ||
                          particle_surname(t) || particle_article_name(sc.tk, i);
  if (!proper(t) && !(t.tag == "NNP" && has_digit(t.text) == false && capitalized(t)) && !name_start) return i + 1;
  if (is_calendar_token(t, sc.lex) || opens_no_name(sc, i)) return i + 1;  // run-opening-word
  return 0;
}

// A run of proper nouns [b, e) that reached an "and" at e which proper_run_end would bridge inside
// an organisation's name ends there instead when the "and" joins two names:
// - title-after-and: a title or honorific after it starts a person ("the University of Leeds and
//   Professor Tom Ray", "Acme Corp President and CEO Dana Whitfield": the title is left alone
//   before "and" for coordinated-title-before-name);
// - head-word-before-and: an organisation's head word right before it, no "of" or "for" earlier in
//   the run ("Deutsche Bank and Citigroup", "Smith Group and Jones Holdings", "Champions League and
//   Liverpool"), unless the word goes on into the next one inside one name ("Oil and Gas", "Bank
//   and Trust": data/lexicon/name_coordinations.tsv); inside an "of" or "for" phrase "and" joins
//   its words ("Department of Trade and Industry", "Centre for Transport and Society");
// - place-of-phrase-before-and: the run's "of" phrase is a place the gazetteer knows whole and no
//   place follows the "and" ("the University of Leeds and UC Berkeley", "Bank of Taiwan and Bank
//   of Communications"; "Police Federation of England and Wales", "Port Authority of New York and
//   New Jersey" stay one).
// Names joined by "and" that are one ("Procter and Gamble") are the gazetteer's, read before this.
bool name_ends_before_and(const MentionScan& sc, size_t b, size_t e) {
  const std::vector<Token>& tk = sc.tk;
  if (e <= b || e + 1 >= sc.n || tk[e].text != "and"sv) return false;
  std::string role;
  if (is_name_word(sc.lex, tk[e + 1], NameWord::kPersonPrefix) || title_prefix(tk, e + 1, sc.n, sc.lex, &role))
    return true;
  size_t of = e;
  for (size_t k = b; k < e && of == e; ++k)
    if (tk[k].text == "of"sv || tk[k].text == "for"sv) of = k;
  if (of == e) {
    const Token& head = tk[e - 1];
    if (!is_org_word(head, sc.lex)) return false;
    const auto& joined = sc.lex.name_joining_pairs;
    return !joined.count(head.text + " *") && !joined.count(head.text + " " + tk[e + 1].text);
  }
  if (tk[of].text != "of"sv || of + 1 >= e) return false;
  // A place by the gazetteer (a town known only to the broad source too) or by WordNet ("Wales").
  auto place_at = [&](size_t k, size_t* len) {
    const GazetteerEntry* g = nullptr;
    *len = proper(tk[k]) ? gazetteer_match(tk, k, sc.lex, &g) : 0;
    if (*len > 0) return g->type == EntityType::kPlace || g->type == EntityType::kCountry;
    const EntityType* known = proper(tk[k]) ? sc.lex.wordnet_type(tk[k].text) : nullptr;
    *len = 1;
    return known && (*known == EntityType::kPlace || *known == EntityType::kCountry);
  };
  size_t len = 0, after = 0;
  if (place_at(e + 1, &after)) return false;
  return place_at(of + 1, &len) && of + 1 + len == e;
}

// honorific-starts-name: "told the Daily Post Mr Green", "the Sunday Herald Mrs Lee": inside a
// run of capitals, an honorific of data/lexicon/name_shape_words.tsv (new-name-honorific) at e
// starts a second name (a person's) when the words before it end no title and are no honorific
// ("Chairman Dr. Henry Ford", "Prof Dr Ana Ruiz" stay one). The first letter is tested before
// the word is looked up: this runs at each word of a run.
bool honorific_starts_name(const MentionScan& sc, size_t b, size_t e) {
  const std::string& w = sc.tk[e].text;
  if (w.size() > 4 || (w[0] != 'M' && w[0] != 'D') || !sc.lex.name_shape(w, kNewNameHonorific)) return false;
  if (is_name_word(sc.lex, sc.tk[e - 1], NameWord::kPersonPrefix)) return false;
  std::string role;
  return title_suffix(sc.tk, b, e, sc.lex, &role) == 0;
}

// The end of the run of proper nouns that starts at b, bridging "of"/"and"/"&" inside
// organisation names; b when there is none.
// name_start: the first word starts a name though it is no proper noun (a first name the tagger
// missed, "al-Sisi"); *particles: the run bridged "du", "de", "bin" (person_names.h).
size_t proper_run_end(const MentionScan& sc, size_t b, bool name_start, bool* particles) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  const size_t n = sc.n;
  size_t e = b;
  while (e < n) {
    // "May" is the month where a run would start with it ("in May", "New York May"), a
    // name inside one ("Theresa May").
    const std::string& lower_e = tk[e].lower;
    if (e > b && honorific_starts_name(sc, b, e)) break;
    if ((proper(tk[e]) || particle_surname(tk[e]) || (e == b && name_start) ||
         (e == b + 1 && name_start && particle_article_name(tk, b))) &&  // "al Shabaab": its capitalised word
        !is_calendar_token(tk[e], lex) &&
        !(lower_e == "may" && e == b)) {
      const GazetteerEntry* g2 = nullptr;
      // Stop before an embedded country when the run so far is a name ("Alvarez Brazil").
      // A place's first word joins it ("South Yemen", "Lake Chad"; place prefixes of place_suffixes.txt).
      size_t country_len = 0;
      if (e > b && (country_len = gazetteer_match(tk, e, lex, &g2)) && g2->type == EntityType::kCountry &&
          !is_org_word(tk[e - 1], lex) && !(e == b + 1 && is_place_prefix(tk[b], lex)) &&
          !company_rest(tk, e + 1, lex, true)) {  // "Texaco Canada Inc" is one name
        // The run bridged a connector before the country (the "of" bridging below): no name
        // ends in "of". institution-of-country: an institution's word before "of" takes the
        // country into its name ("Bank of Canada", "Unity Party of America"); after a legal form
        // the country is where the company is ("Honda Motor Co Ltd of Japan"), and the name ends
        // before the connector, as it does before "and" ("Den Danske Bank and Norway").
        const std::string& c = tk[e - 1].text;
        if (c == "of"sv || c == "for"sv || c == "and"sv || c == "&"sv) {
          if (c == "of"sv && e >= b + 2 && is_org_word(tk[e - 2], lex) && !is_legal_form(tk[e - 2].text)) {
            e += country_len;
            continue;
          }
          --e;
        }
        break;
      }
      ++e;
      continue;
    }
    if (size_t np = name_particles_at(tk, b, e, lex)) {  // "Barend du Plessis", "Mohammed bin Salman"
      e += np;
      *particles = true;
      continue;
    }
    if (title_bridges_of(tk, b, e, lex)) {  // "Secretary of State Antony Blinken" is one run
      e += 2;
      continue;
    }
    if (e > b && e + 1 < n && (tk[e].text == "of"sv || tk[e].text == "&"sv || tk[e].text == "for"sv || tk[e].text == "and"sv) &&
        proper(tk[e + 1])) {
      // "Bank of Canada", "Johnson & Johnson"; places only over "of" ("Museum of Flight", "Gulf of
      // Mexico"): "the Space Center and Mount Hood" are two names.
      bool org_so_far = false, place_so_far = false, place_head_so_far = false, institution = false;
      for (size_t k = b; k < e; ++k) {
        org_so_far = org_so_far || is_org_word(tk[k], lex);
        place_head_so_far = place_head_so_far || is_place_head(tk[k], lex);
        place_so_far = place_so_far || place_head_so_far || is_place_prefix(tk[k], lex);
        institution = institution || tk[k].text == "for"sv;  // bridged only after an organisation or institution word
      }
      // institution-for-name: a place's head word before "for" and a capitalized word heads an
      // institution's name, which goes on over "and" ("Brookings Center for Fiscal Policy and
      // Social Research"); a place is "of" something, never "for" (type_name types it).
      institution = institution || (place_head_so_far && tk[e].text == "for"sv && !is_calendar_token(tk[e + 1], lex));
      // A legal form ends a company's name: "Texaco Canada Inc and U.S. Steel Corp" are two.
      const bool name_ended = ((tk[e].text == "and"sv || tk[e].text == "&"sv) && is_legal_form(tk[e - 1].text)) ||
                              name_ends_before_and(sc, b, e);
      if (!name_ended && (org_so_far || institution || tk[e].text == "&"sv || (place_so_far && tk[e].text == "of"sv))) {
        ++e;
        continue;
      }
    }
    break;
  }
  return e;
}

// definite-name: "the Marion Star or any Columbus paper": a name after "the" that ends its noun
// phrase names a newspaper, a building or a ship, not a person, whose name takes no article
// (not "the Bill Clinton administration", where the name is a modifier).
bool definite_name(const std::vector<Token>& tk, size_t nb, size_t ne) {
  if (nb == 0 || tk[nb - 1].lower != "the"sv) return false;
  return !(ne < tk.size() && (tk[ne].tag == "NN" || tk[ne].tag == "NNS") && !is_upper_initial(tk[ne].text));
}

// The type of the name [nb, ne) and the construction that typed it, in priority order: a title
// (titled-person), an organisation word, a place head word, all capitals, WordNet's class for a
// name of two words or more, the shape of a person's name (multiword-person); a one-word name by
// its context (single-word-context) or WordNet. `guessed`: typed only by its context.
// particle_name: the run bridged a name particle; first_name: a first name starts it (person_names.h).
std::string_view type_name(const MentionScan& sc, size_t nb, size_t ne, const std::string& name, bool person,
                           bool particle_name, bool first_name, EntityType& type, bool& guessed) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  type = EntityType::kOther;
  bool org = false, institution = false;  // institution: a "for" inside (proper_run_end bridged it)
  for (size_t k = nb; k < ne; ++k) {
    org = org || is_org_word(tk[k], lex);
    institution = institution || (k > nb && tk[k].text == "for"sv);
  }
  const bool all_caps = tk[nb].text.size() >= 2 && ne - nb == 1 && !has_lowercase(tk[nb].text);
  // A place by its head word ("Kennedy Space Center", "Museum of Flight") or first word
  // ("Mount Everest"); only for names of two words or more.
  bool place = ne - nb >= 2 && (is_place_head(tk[ne - 1], lex) || is_place_prefix(tk[nb], lex) ||
                                (ne - nb >= 3 && tk[nb + 1].text == "of"sv && is_place_head(tk[nb], lex)));
  // Where the name itself says nothing, WordNet's class for it comes before the guesses from
  // its shape ("New England" is a place, "World War II" no entity of ours, "Byron" a person).
  // A one-word name that is also an ordinary word ("Bush", "Union") is left to the context.
  // A one-word person of WordNet's is left alone too: in news a lone "Moody", "Hutton" or
  // "Woolworth" is far more often the company named for the person (over 3,000 Reuters
  // articles, about three in four such mentions).
  auto wordnet = [&]() -> const EntityType* {
    if (ne - nb == 1 && tk[nb].common_word) return nullptr;
    const EntityType* known = lex.wordnet_type(name);
    return known && ne - nb == 1 && *known == EntityType::kPerson ? nullptr : known;
  };
  const EntityType* known = nullptr;
  const bool journal = journal_name(sc, nb, ne);  // "Geophysical Research Letters", "PLoS" (name_shape_mentions.h)
  std::string_view name_rule = "untyped-name";
  if (person && !org) type = EntityType::kPerson, name_rule = "titled-person";
  else if (org) type = EntityType::kOrganization, name_rule = "organization-word";
  else if (institution) type = EntityType::kOrganization, name_rule = "institution-for-name";
  else if (place) type = EntityType::kPlace, name_rule = "place-head-word";
  else if (all_caps) type = EntityType::kOrganization, name_rule = "all-caps-organization";
  else if (particle_name) type = EntityType::kPerson, name_rule = "particle-in-name";
  else if (first_name && ne - nb >= 2 && ne - nb <= 4) type = EntityType::kPerson, name_rule = "first-name-before-surname";
  else if (journal) type = EntityType::kOther, name_rule = "journal-name";
  else if (ne - nb >= 2 && (known = wordnet())) type = *known, name_rule = "wordnet-class";
  else if (ne - nb >= 2 && ne - nb <= 4 && !all_common_words(tk, nb, ne) && person_name_shape(tk, nb, ne, lex) &&
           !definite_name(tk, nb, ne))
    type = EntityType::kPerson, name_rule = "multiword-person";
  guessed = false;
  if (type == EntityType::kOther && ne - nb == 1 && !(person || org || place || all_caps || journal)) {
    type = single_word_type(tk, nb, lex);
    guessed = type != EntityType::kOther;
    if (guessed) name_rule = "single-word-context";
    if (type == EntityType::kOther && (known = wordnet())) type = *known, name_rule = "wordnet-class";
  }
  // place-noun-after-name: "KSR Bengaluru station", "Heathrow airport": a name its shape or context
  // only guessed is a place before a lower-case place word (name_shape_mentions.h).
  if ((name_rule == "untyped-name"sv || name_rule == "multiword-person"sv || name_rule == "single-word-context"sv) &&
      place_noun_after_name(sc, ne) &&
      !(ne == nb + 1 && (tk[nb].common_word || first_word_of_sentence(tk, nb))))  // "Petrol station owners"
    type = EntityType::kPlace, name_rule = "place-noun-after-name";
  return name_rule;
}

// place-led-name: a known place that only starts a longer run of proper nouns is part of a name
// of something else ("Oklahoma City Thunder", "Southern Transitional Council", "Vostok
// Agrobank") or of a larger place ("Central Asia"), typed by its words and otherwise an
// organisation. Not before a title ("Texas Governor Greg Abbott") or a given name ("Mayor of
// Koszalin Piotr Jedlinski"), which start a person. A place keeps the first place's country.
// Returns the name's end, or 0.
size_t place_led_name(MentionScan& sc, size_t i, size_t len, const std::string& country) {
  const std::vector<Token>& tk = sc.tk;
  const size_t k = i + len;
  if (k >= sc.n || !proper(tk[k]) || is_calendar_token(tk[k], sc.lex) || month_abbreviation(tk[k].lower) ||
      is_name_word(sc.lex, tk[k], NameWord::kGivenName) || first_name_before_surname(tk, k, sc.lex))
    return 0;
  bool particles = false;
  const size_t e = proper_run_end(sc, i, false, &particles);
  if (e <= k || (e < sc.n && has_digit(tk[e].text))) return 0;  // "New York May 5": a dateline
  if (hyphen_modifier(tk[e - 1], sc.lex)) return e;  // "a Gulf War-era jet": an adjective, no name
  std::string role;
  for (size_t p = k; p < e; ++p)  // "Iowa Congressman Berkley Bedell": a titled person follows
    if (title_prefix(tk, p, e, sc.lex, &role)) return 0;
  std::string name = join(tk, i, e);
  EntityType type;
  bool guessed;
  std::string_view rule = type_name(sc, i, e, name, false, false, false, type, guessed);
  if (type == EntityType::kPerson || type == EntityType::kOther) type = EntityType::kOrganization, rule = "place-led-name";
  Mention& m = sc.add_as_written(rule, i, e, type, MentionKind::kName, std::move(name));
  if (type == EntityType::kPlace) m.country = country;  // "Southern California" is in the United States
  return e;
}

// title-of-organisation-before-name: a capitalized title at i whose "of"-phrase is followed by
// the holder's name: "Mayor of Koszalin Piotr Jedlinski", "President of Ukraine Volodymyr
// Zelenskyy", "Minister of Information Moammar al-Eryani" (the tagger often reads a sentence's
// first title as a common noun, so the title is looked up here, not in a run of proper nouns).
// The "of"-phrase is a known name (the role's organisation or place), capitalized ordinary words
// (a portfolio, kept in the role: "minister of information") or one unknown word (a town or
// body). The name after it must have the shape of a person's name (two to four words), else
// nothing is read here and the title is left to the constructions after this one. Returns the
// name's end, or 0.
size_t title_of_organisation_name(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  if (i + 4 >= sc.n || !capitalized(tk[i])) return 0;
  std::string role;
  const size_t b = i, e = i + title_prefix(tk, i, sc.n, lex, &role);
  if (e == b || e + 3 >= sc.n || tk[e].text != "of"sv || !proper(tk[e + 1])) return 0;
  for (size_t k = b; k < e; ++k)
    if (!capitalized(tk[k])) return 0;  // "the prime minister of Spain Pedro ...": no title in capitals
  const size_t p = e + 1;
  const GazetteerEntry* g = nullptr;
  size_t o = p + gazetteer_match(tk, p, lex, &g);
  const bool known = o > p && !g->weak && !g->needs_place_context;  // "Scotland" only by WordNet: a word read below
  if (!known) o = p;
  bool portfolio = false;
  if (!known) {
    while (o < sc.n && proper(tk[o]) && tk[o].common_word) ++o;
    portfolio = o > p;
    if (!portfolio) o = p + 1;
  }
  if (o + 1 >= sc.n) return 0;
  const bool first = first_name_before_surname(tk, o, lex);
  if (!(proper(tk[o]) || first)) return 0;
  bool particles = false;
  const size_t ne = proper_run_end(sc, o, first, &particles);
  if (ne < o + 2 || ne > o + 4) return 0;
  if (!first && !particles && !person_name_shape(tk, o, ne, lex)) return 0;
  for (size_t k = o; k < ne; ++k)  // "President of Kleinwort Benson Cross Financing Inc": a company goes on
    if (is_org_word(tk[k], lex) || is_legal_form(tk[k].text)) return 0;
  std::string organization;
  if (known) {
    Mention& om = sc.add("gazetteer-name", p, o, g->type, MentionKind::kName, g->canonical);
    om.country = g->country;
    om.capital = g->capital;
    organization = g->canonical;
  } else if (!portfolio) {
    organization = join(tk, p, o);
    Mention& om = sc.add_as_written("title-of-organisation", p, o,
                                    is_org_word(tk[p], lex) ? EntityType::kOrganization : EntityType::kPlace,
                                    MentionKind::kName, organization);
    om.guessed = true;
  }
  std::string name = join(tk, o, ne);
  Mention& m = sc.add_as_written("title-of-organisation-before-name", o, ne, EntityType::kPerson, MentionKind::kName, name);
  m.role = role;
  m.gender = person_name_gender(tk, b, o, ne, lex);
  Role r;
  r.person = name;
  r.role = portfolio ? role + " of " + to_lower(join(tk, p, o)) : role;
  r.organization = portfolio ? sc.org_before(b) : organization;
  r.sentence = sc.si;
  r.person_text = std::move(name);
  r.title_text = join(tk, b, o);
  r.rule = "title-of-organisation-before-name";
  sc.roles.push_back(std::move(r));
  return ne;
}

// A run of proper nouns: its title (split_title), its name typed (type_name), and the role the
// title states. Runs that name nothing (only table abbreviations "Oper Shr", corporate suffixes
// left over from a longer name or time-zone abbreviations, data/lexicon/non_names.txt, a
// hyphen-modifier, a numbered-class, or a plural-acronym: "MPs") are passed over.
size_t proper_noun_run(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  // A first name the tagger missed, or one gazetteer_name gave way to, starts a person's name;
  // so does "al-Sisi" (person_names.h).
  const bool first_name_start =
      sc.first_name_at == i || (!proper(tk[i]) && first_name_before_surname(tk, i, sc.lex));
  const bool name_start = first_name_start || particle_surname(tk[i]) || particle_article_name(tk, i);
  bool particles = false;
  const size_t b = i, e = proper_run_end(sc, i, name_start, &particles);
  if (e == b) return i + 1;
  bool nothing = true;
  for (size_t k = b; k < e && nothing; ++k) nothing = is_name_word(sc.lex, tk[k], NameWord::kNonName);
  if (nothing || hyphen_modifier(tk[e - 1], sc.lex) || numbered_class(sc, b, e) || plural_acronym(sc, b, e) ||
      class_word_alone(sc, b, e) || title_word_alone(sc, b, e) || prefixed_modifier(sc, b, e))
    return e;
  if (scientific_name(sc, b, e)) return e + 1;  // "(Aptenodytes forsteri)": the species word too
  if (size_t channel_end = channel_number(sc, b, e)) {  // "Channel 4"
    sc.add_as_written("channel-number", b, channel_end, EntityType::kOrganization, MentionKind::kName,
                      join(tk, b, channel_end));
    return channel_end;
  }
  LeadingTitle lead;
  lead.len = title_prefix(tk, b, e, sc.lex, &lead.role);
  if (Mention* d = title_alone(sc, b, e, lead)) return d->tok_end;  // "as Foreign Secretary": no name here
  if (Mention* d = title_ends_run(sc, b, e)) return d->tok_end;  // "the Health Minister said"
  TitledName tn = split_title(sc, b, e, lead);
  size_t nb = tn.nb;
  const size_t ne = e;
  // "Coast Guard Commandant Admiral Linda Cho": an honorific or rank after the title.
  while (tn.person && nb + 1 < e && is_name_word(sc.lex, tk[nb], NameWord::kPersonPrefix)) ++nb;
  // A title alone ("President" before a gazetteer name) is not a person.
  if (ne <= nb) return e;
  if (size_t model_end = name_with_number(sc, b, e)) {
    sc.add_as_written("name-with-number", b, model_end, EntityType::kOther, MentionKind::kName, join(tk, b, model_end));
    return model_end;
  }
  std::string name = join(tk, nb, ne);
  EntityType type;
  bool guessed;
  std::string_view name_rule =
      type_name(sc, nb, ne, name, tn.person, particles && nb == b, first_name_start && nb == b, type, guessed);
  if (name_rule == "untyped-name"sv && nb == b && quoted_common_word(sc, nb, ne)) return e;
  if (name_rule == "untyped-name"sv && nb == b && academic_rank_alone(sc, nb, ne)) return e;  // a post, no name
  if (name_rule == "untyped-name"sv && nb == b && number_led_name(sc, b)) {  // "the Six Nations"
    sc.add_as_written("number-led-name", b - 1, ne, EntityType::kOther, MentionKind::kName, join(tk, b - 1, ne));
    return e;
  }
  if (name_rule == "untyped-name"sv && nb == b)
    if (bool whole = false; const size_t end = cut_name_part(sc, nb, ne, &whole)) {  // "in Ecological Applications"
      if (whole) sc.add_as_written("title-case-name", nb, end, EntityType::kOther, MentionKind::kName, join(tk, nb, end));
      return end;
    }
  Mention& m = sc.add_as_written(name_rule, nb, ne, type, MentionKind::kName, std::move(name));
  const GazetteerEntry* g = nullptr;  // "South Yemen", "Southern United States": in that country
  if (type == EntityType::kPlace && ne - nb >= 2 && is_place_prefix(tk[nb], sc.lex) &&
      gazetteer_match(tk, nb + 1, sc.lex, &g) == ne - nb - 1 && g->type == EntityType::kCountry)
    m.country = g->canonical;
  m.role = tn.role;
  m.guessed = guessed;
  // A name that begins with a common first name (1,000 births or more: "Jonny", "Robbie") is
  // more likely a person's, whom "he" or "she" would mean: not marked.
  const FirstName* given = sc.lex.first_name(tk[nb].text);
  m.before_verb = type == EntityType::kOther && ne < sc.n && !(given && given->births >= 1000) &&
                  (tk[ne].tag == "VBD" || tk[ne].tag == "VBZ" || tk[ne].tag == "VBP" || tk[ne].tag == "MD");
  if (type == EntityType::kPerson) m.gender = person_name_gender(tk, b, nb, ne, sc.lex);
  if (tn.role.empty() && type == EntityType::kPerson && nb == b && name_rule != "titled-person"sv)
    if (size_t begin = 0; occupation_before_name(sc, b, tn.role, begin)) {
      tn.title_begin = begin;
      tn.role_rule = "occupation-before-name";
      m.role = tn.role;
    }
  if (!tn.role.empty() && type == EntityType::kPerson) {
    Role r;
    r.person = m.entity;
    r.role = tn.role;
    r.organization = sc.org_before(tn.title_begin);
    r.sentence = sc.si;
    r.person_text = m.entity;
    r.title_text = join(tk, tn.title_begin, tn.tlen ? tn.title_begin + tn.tlen : b);
    r.rule = tn.role_rule;
    if (tk[tn.title_begin].text == tk[tn.title_begin].lower) r.qualifier = title_qualifier(tk, tn.title_begin, sc.lex);
    sc.roles.push_back(std::move(r));
    coordinated_title(sc, tn.title_begin, m.entity);
  }
  return e;
}

// no-mention-here: a word at which every mention construction would exit at its entry test, so
// that the table is not run there (about 150 instructions a word even when each entry exits
// early; most words are such). A construction can start only at a capitalized word (the name
// constructions), a pronoun's tag (pronoun), "the" or "this" (role-description,
// definite-description), a particle's shape ("al", "el", "al-Sisi": the particle names of
// not-a-name and proper-noun-run, particle_article_name and particle_surname in person_names.h),
// or the first name that gazetteer_name gave way to. A construction that comes to start
// elsewhere must be named here.
bool particle_shaped(const std::string& w) {
  if (w[0] != 'a' && w[0] != 'e') return false;
  return (w.size() == 2 && w[1] == 'l') || (w.size() >= 4 && w.find('-') <= 3);
}

bool no_mention_starts_at(const MentionScan& sc, size_t i) {
  const Token& t = sc.tk[i];
  if (t.text.empty() || is_upper_initial(t.text) || particle_shaped(t.text)) return false;
  if (t.tag == "PRP" || t.tag == "PRP$" || t.lower == "the"sv || t.lower == "this"sv) return false;
  return sc.first_name_at != i;
}

// sentence-initial-gerund: "Combining Acme with Zenith will cost", "Entering Westminster, he met",
// "Interrupting Mr Sukul, the judge said": a sentence that opens on a verb's -ing form capitalizes
// it only for the opening, and the tagger reads it and the name after it as one run of proper
// nouns ("Combining Acme"). The form is no part of the name, which starts after it. Not a given
// name ("Irving Berlin") or a name the gazetteer knows ("Reading" the town); the word after it
// must be a name by itself: one the lists know, a word the lexicon does not know ("Acme"), all
// capitals or an honorific ("Mr"), and no organisation's or place's head word, which the form
// may start, nor a short abbreviation ("Fostering Network", "Downing St"); "Falling Down" (a film's title of ordinary
// words) stays.
// Returns the token after the form, or 0.

size_t sentence_initial_gerund(MentionScan& sc, size_t i) {
  const std::vector<Token>& tk = sc.tk;
  const Token& t = tk[i];
  if (t.text.size() < 6 || !t.text.ends_with("ing") || i + 1 >= sc.n || !proper(tk[i + 1]) || !capitalized(t) ||
      !first_word_of_sentence(tk, i))
    return 0;
  const GazetteerEntry* g = nullptr;
  if (is_name_word(sc.lex, t, NameWord::kGivenName) || gazetteer_match(tk, i, sc.lex, &g) > 0) return 0;
  const Token& next = tk[i + 1];
  const bool known = gazetteer_match(tk, i + 1, sc.lex, &g) > 0 && !g->weak;
  // An organisation's or a place's head word after it ends a name the form starts ("Fostering
  // Network", "Downing St").
  if (is_name_word(sc.lex, next, NameWord::kPersonPrefix)) return i + 1;
  if (is_org_word(next, sc.lex) || is_place_head(next, sc.lex) || (next.text.size() <= 3 && has_lowercase(next.text)))
    return 0;
  if (!(known || !next.common_word || !has_lowercase(next.text))) return 0;
  return i + 1;
}

// named-day (name_shape_mentions.h): "International Women's Day", "Super Tuesday" are one name,
// before the gazetteer reads "New Year" or a place in it and the run of proper nouns cuts it.
size_t named_day_mention(MentionScan& sc, size_t i) {
  const size_t e = named_day(sc, i);
  if (e) sc.add_as_written("named-day", i, e, EntityType::kOther, MentionKind::kName, join(sc.tk, i, e));
  return e;
}

// The mention constructions in priority order: the first that reads a token wins. Closed classes
// (pronouns, "the president") before names; names the lists know whole before the run of proper
// nouns could cut them.
constexpr MentionConstruction kMentionConstructions[] = {
    {"pronoun", pronoun},
    {"role-description", role_description},
    {"occupation-description", occupation_description},
    {"qualified-role-description", qualified_role_description},
    {"title-of-organisation-before-name", title_of_organisation_name},
    {"definite-description", definite_description},
    {"named-day", named_day_mention},
    {"sentence-initial-gerund", sentence_initial_gerund},
    {"gazetteer-name", gazetteer_name},
    {"wordnet-phrase", wordnet_name},
    {"demonym", demonym},
    {"party-word", party_word},
    {"surname-month", surname_month},
    {"not-a-name", not_a_name},
    {"proper-noun-run", proper_noun_run},
};

}  // namespace

void recognize_entities(const std::vector<Token>& tk, size_t si, const Lexicons& lex,
                        std::vector<Mention>& mentions, std::vector<Role>& roles) {
  const size_t first_mention = mentions.size();  // this sentence's, for the apposition roles below
  const size_t first_role = roles.size();
  // The mention that ends at each token, in a vector kept per thread rather than one allocated
  // for each sentence.
  thread_local std::vector<int> ends_at;
  ends_at.assign(tk.size() + 1, -1);
  MentionScan sc{tk, si, lex, mentions, roles, tk.size(), ends_at};
  for (size_t i = 0; i < sc.n;) {
    if (no_mention_starts_at(sc, i)) {
      ++i;
      continue;
    }
    run_in_order<kMentionConstructions>([&](const MentionConstruction& c) {
      const size_t next = c.apply(sc, i);
      if (next) i = next;
      return next != 0;
    });
  }
  town_comma_region(tk, lex, mentions, first_mention);  // "Marion, Ohio" (dateline_region.h)
  peerage_in_apposition(tk, mentions, first_mention);  // "Colin Sutherland, Lord Carloway," (before its roles)
  find_appositive_roles(tk, si, lex, mentions, first_mention, roles);  // "X, the defence secretary,"
  gender_from_roles(mentions, first_mention, roles, first_role, lex);  // "X, the company's spokeswoman,"
  mark_names_with_nouns(tk, lex, mentions, first_mention);  // "Houthi rebels", "Badalona, a Catalonian city"
}

}  // namespace newsgraph
