#include "clause_words.h"

#include <set>
#include <string>

// The lists behind clause_words.h; what each means is said there.

namespace newsgraph {

using namespace std::string_view_literals;

bool is_rate_unit(std::string_view w) {
  static constexpr std::string_view units[] = {"year", "month", "week", "day", "hour", "minute", "quarter",
                                               "share", "head", "person", "barrel", "ton", "tonne", "ounce",
                                               "pound", "gallon", "bushel", "unit", "cent", "capita", "piece"};
  for (std::string_view u : units)
    if (w == u) return true;
  return false;
}

bool is_prep(const Token& t) { return t.tag == "IN" || t.tag == "TO"; }
bool is_punct_end(const Token& t) {
  return t.text == "."sv || t.text == ";"sv || t.text == ":"sv || t.text == "!"sv || t.text == "?"sv;
}
bool is_quote(const Token& t) {
  return t.text == "\""sv || t.text == "``"sv || t.text == "''"sv || t.text == "\xE2\x80\x9C"sv ||
         t.text == "\xE2\x80\x9D"sv || t.text == "'"sv;
}
bool is_object_control(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"urge", "ask", "tell", "force", "allow", "persuade", "encourage",
                                                "invite", "order", "require", "enable", "permit", "advise",
                                                "instruct", "press", "prompt", "lead", "cause", "call", "want",
                                                "compel", "oblige", "authorize", "help", "inspire", "pressure"};
  for (std::string_view v : kVerbs)
    if (lemma == v) return true;
  return false;
}
bool is_approximator(std::string_view w) {
  return w == "about"sv || w == "around"sv || w == "nearly"sv || w == "almost"sv || w == "approximately"sv ||
         w == "roughly"sv || w == "some"sv || w == "over"sv || w == "up"sv;
}
bool is_opening_quote(const Token& t) { return t.tag == "``"; }
bool is_relativizer(const Token& t) {
  const std::string& lw = t.lower;
  return lw == "who"sv || lw == "which"sv || lw == "that"sv || lw == "whom"sv;
}
bool is_subordinator(const Token& t) {
  static const std::set<std::string> words = {"because", "if", "unless", "while", "although", "though",
                                              "when", "whether", "once", "so"};
  return (t.tag == "IN" || t.tag == "WRB") && words.count(t.lower);
}

bool is_intent_noun(std::string_view lemma) {
  static constexpr std::string_view kIntentNouns[] = {"plan",   "intention", "decision", "bid",     "proposal",
                                                      "move",   "effort",    "attempt",  "offer",   "threat",
                                                      "pledge", "promise",   "commitment"};
  for (std::string_view w : kIntentNouns)
    if (lemma == w) return true;
  return false;
}

}  // namespace newsgraph
