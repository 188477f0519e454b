// The exact-form word lists that the mention constructions probe at each word of a run of proper
// nouns (organisation and company words, place head and first words, weekdays and months,
// non-names, honorifics, given names, demonyms, party words, the first words of WordNet's names),
// looked up once per distinct word (Token::word, word_ids.h)
// and kept per thread as bits. A run's words are probed again and again (proper_run_end,
// type_name, title_inside_name, place_led_name each ask), and a std::unordered_set<std::string>
// probe costs about 110-180 instructions (a std::string built for the key, then its hash), a
// remembered bit about 15.
// Each class is looked up only when first asked for that word (a bit says it is known), so a
// word asked one question costs one probe, as before.
#pragma once
#include <cstdint>
#include <string_view>

#include "lexicons.h"
#include "token.h"

namespace newsgraph {

enum class NameWord : uint16_t {
  kOrgWord = 1,        // lex.org_suffixes, without a final period ("Corp." -> "Corp")
  kCompanyWord = 2,    // lex.company_suffixes, without a final period
  kPlaceHead = 4,      // lex.place_suffixes ("Airport", "Center")
  kPlacePrefix = 8,    // lex.place_prefixes ("Mount", "Lake")
  kCalendar = 16,      // a weekday, a month or a feast by its lower-case form (is_calendar_word)
  kNonName = 32,       // lex.non_names ("Shr", "Revs")
  kPersonPrefix = 64,  // lex.person_prefixes ("Mr", "Dr")
  kGivenName = 128,    // lex.given_names ("Steven")
  kDemonym = 256,          // a key of lex.demonyms by itself ("Brazilian")
  kDemonymPrefix = 512,    // lex.demonym_prefixes ("West" of "West German")
  kPartyWord = 1024,       // a key of lex.party_words ("Democratic", "Tories")
  kWordNetPrefix = 2048,   // lex.wordnet_name_prefix of the word alone ("New" of "New England")
  kTitleSuffix = 4096,     // lex.title_suffixes of the lower-case word alone ("minister", "spokesperson")
  kNumberedClass = 8192,   // lex.numbered_classes ("Chapter", "Category" before a figure)
};

// Whether token t is of class c in lex.
bool is_name_word(const Lexicons& lex, const Token& t, NameWord c);

// The same question by the word alone (no id to remember it by): what is_name_word asks once.
bool name_word_class_of(const Lexicons& lex, std::string_view text, std::string_view lower, NameWord c);

// Weekdays, months ("jan.", "sept.") and the two feasts dates are named by, lower-case.
bool is_calendar_word(std::string_view lw);

// A word without the period an abbreviation may end with ("Corp." -> "Corp").
inline std::string_view without_final_period(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace newsgraph
