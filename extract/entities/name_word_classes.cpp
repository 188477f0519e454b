#include "name_word_classes.h"

#include <string>
#include <unordered_set>

#include "word_id_memo.h"
#include "word_ids.h"

namespace newsgraph {

bool is_calendar_word(std::string_view lw) {
  static const std::unordered_set<std::string_view> words = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.",
      "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "christmas", "easter"};
  return words.count(lw) > 0;
}

bool name_word_class_of(const Lexicons& lex, std::string_view text, std::string_view lower, NameWord c) {
  switch (c) {
    case NameWord::kOrgWord: return lex.org_suffixes.count(std::string(without_final_period(text))) > 0;
    case NameWord::kCompanyWord: return lex.company_suffixes.count(std::string(without_final_period(text))) > 0;
    case NameWord::kPlaceHead: return lex.place_suffixes.count(std::string(text)) > 0;
    case NameWord::kPlacePrefix: return lex.place_prefixes.count(std::string(text)) > 0;
    case NameWord::kCalendar: return is_calendar_word(lower);
    case NameWord::kNonName: return lex.non_names.count(std::string(text)) > 0;
    case NameWord::kPersonPrefix: return lex.person_prefixes.count(std::string(text)) > 0;
    case NameWord::kGivenName: return lex.given_names.count(std::string(text)) > 0;
    case NameWord::kDemonym: return lex.demonyms.count(std::string(text)) > 0;
    case NameWord::kDemonymPrefix: return lex.demonym_prefixes.count(std::string(text)) > 0;
    case NameWord::kPartyWord: return lex.party_words.count(std::string(text)) > 0;
    case NameWord::kWordNetPrefix: return lex.wordnet_name_prefix(text);
  }
  return false;
}

namespace {
// Per thread and per Lexicons (word_id_memo.h): for each word id, which classes are known (low
// half) and which of those the word is of (high half).
using Memo = WordIdMemo<uint32_t>;

// This thread's memo, made by the first probe it cannot answer (looked_up): the remembered path
// reads a plain pointer, where a thread_local memo (an object with a destructor) would cost a
// check that it has been made at every probe.
thread_local Memo* thread_memo = nullptr;

// is_name_word when the memo does not answer (a token with no word id, the first probe of class c
// for a word, any probe after the Lexicons changed): looked up, and remembered by word id. Apart
// from is_name_word, so that a remembered answer takes a few instructions and no call.
[[gnu::noinline]] bool looked_up(const Lexicons& lex, const Token& t, NameWord c) {
  if (t.word == kNoWord) return name_word_class_of(lex, t.text, t.lower, c);
  if (!thread_memo) {
    thread_local Memo memo;
    thread_memo = &memo;
  }
  const auto bit = static_cast<uint32_t>(c);
  uint32_t& known = thread_memo->entry(lex.generation, t.word);
  known |= bit;
  if (name_word_class_of(lex, t.text, t.lower, c)) known |= bit << 16;
  return (known & (bit << 16)) != 0;
}
}  // namespace

bool is_name_word(const Lexicons& lex, const Token& t, NameWord c) {
  const auto bit = static_cast<uint32_t>(c);
  if (const Memo* memo = thread_memo)  // a token with no word id is never remembered (no id is that large)
    if (const uint32_t* known = memo->remembered(lex.generation, t.word); known && (*known & bit))
      return (*known & (bit << 16)) != 0;
  return looked_up(lex, t, c);
}

}  // namespace newsgraph
