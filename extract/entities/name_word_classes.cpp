#include "name_word_classes.h"

#include <string>
#include <unordered_map>
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
    case NameWord::kTitleSuffix: return lex.title_suffixes.count(std::string(lower)) > 0;
    case NameWord::kNumberedClass: return lex.numbered_classes.count(std::string(text)) > 0;
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

// The classes kept in the Lexicons' word lists by exact form (all but kCalendar and kTitleSuffix,
// which are read from the lower-case form, and kWordNetPrefix, a table of phrases).
constexpr uint32_t kListedClasses =
    static_cast<uint32_t>(NameWord::kOrgWord) | static_cast<uint32_t>(NameWord::kCompanyWord) |
    static_cast<uint32_t>(NameWord::kPlaceHead) | static_cast<uint32_t>(NameWord::kPlacePrefix) |
    static_cast<uint32_t>(NameWord::kNonName) | static_cast<uint32_t>(NameWord::kPersonPrefix) |
    static_cast<uint32_t>(NameWord::kGivenName) | static_cast<uint32_t>(NameWord::kDemonym) |
    static_cast<uint32_t>(NameWord::kDemonymPrefix) | static_cast<uint32_t>(NameWord::kPartyWord) |
    static_cast<uint32_t>(NameWord::kNumberedClass);
// The two of them asked without the word's final period ("Corp." -> "Corp").
constexpr uint32_t kClassesWithoutPeriod =
    static_cast<uint32_t>(NameWord::kOrgWord) | static_cast<uint32_t>(NameWord::kCompanyWord);

// Every word of those lists with its listed classes, one table per thread and per Lexicons (about
// 900 words, views of the Lexicons' own strings): a word's first question answers all its listed
// classes with one probe, where each class asked first cost a std::string key and a hash of its
// own (a run's words are asked three or four listed classes each).
struct ListedWords {
  uint64_t generation = 0;
  std::unordered_map<std::string_view, uint32_t> classes;

  const std::unordered_map<std::string_view, uint32_t>& of(const Lexicons& lex) {
    if (generation == lex.generation && !classes.empty()) return classes;
    classes.clear();
    generation = lex.generation;
    auto add = [this](const std::string& word, NameWord c) { classes[word] |= static_cast<uint32_t>(c); };
    for (const std::string& w : lex.org_suffixes) add(w, NameWord::kOrgWord);
    for (const std::string& w : lex.company_suffixes) add(w, NameWord::kCompanyWord);
    for (const std::string& w : lex.place_suffixes) add(w, NameWord::kPlaceHead);
    for (const std::string& w : lex.place_prefixes) add(w, NameWord::kPlacePrefix);
    for (const std::string& w : lex.non_names) add(w, NameWord::kNonName);
    for (const std::string& w : lex.person_prefixes) add(w, NameWord::kPersonPrefix);
    for (const std::string& w : lex.given_names) add(w, NameWord::kGivenName);
    for (const auto& [w, country] : lex.demonyms) add(w, NameWord::kDemonym);
    for (const std::string& w : lex.demonym_prefixes) add(w, NameWord::kDemonymPrefix);
    for (const auto& [w, party] : lex.party_words) add(w, NameWord::kPartyWord);
    for (const std::string& w : lex.numbered_classes) add(w, NameWord::kNumberedClass);
    return classes;
  }
};

// The listed classes the word written `text` is of: what name_word_class_of answers for each of
// them, the organisation and company words asked without a final period.
uint32_t listed_classes_of(const Lexicons& lex, std::string_view text) {
  thread_local ListedWords listed;
  const auto& classes = listed.of(lex);
  auto of = [&classes](std::string_view w) {
    const auto it = classes.find(w);
    return it == classes.end() ? 0u : it->second;
  };
  const uint32_t as_written = of(text);
  const std::string_view bare = without_final_period(text);
  if (bare.size() == text.size()) return as_written;
  return (as_written & ~kClassesWithoutPeriod) | (of(bare) & kClassesWithoutPeriod);
}

// is_name_word when the memo does not answer (a token with no word id, the first probe of class c
// for a word, any probe after the Lexicons changed): looked up, and remembered by word id. Apart
// from is_name_word, so that a remembered answer takes a few instructions and no call. A listed
// class remembers all the listed classes of the word at once (listed_classes_of).
[[gnu::noinline]] bool looked_up(const Lexicons& lex, const Token& t, NameWord c) {
  if (t.word == kNoWord) return name_word_class_of(lex, t.text, t.lower, c);
  if (!thread_memo) {
    thread_local Memo memo;
    thread_memo = &memo;
  }
  const auto bit = static_cast<uint32_t>(c);
  uint32_t& known = thread_memo->entry(lex.generation, t.word);
  if (bit & kListedClasses) {
    known |= kListedClasses | (listed_classes_of(lex, t.text) << 16);
  } else {
    known |= bit;
    if (name_word_class_of(lex, t.text, t.lower, c)) known |= bit << 16;
  }
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
