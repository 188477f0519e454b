#include "clause_words.h"

// The lists behind clause_words.h; what each means is said there.

namespace newsgraph {

using namespace std::string_view_literals;

size_t phrase_at(const std::vector<Token>& tk, size_t k, const std::vector<std::vector<std::string>>& phrases) {
  for (const auto& words : phrases)
    if (!words.empty() && words_at(tk, k, words)) return words.size();
  return 0;
}

bool is_rate_unit(std::string_view w) {
  static constexpr std::string_view units[] = {"year", "month", "week", "day", "hour", "minute", "quarter",
                                               "share", "head", "person", "barrel", "ton", "tonne", "ounce",
                                               "pound", "gallon", "bushel", "unit", "cent", "capita", "piece"};
  for (std::string_view u : units)
    if (w == u) return true;
  return false;
}

bool is_approximator(std::string_view w) {
  return w == "about"sv || w == "around"sv || w == "nearly"sv || w == "almost"sv || w == "approximately"sv ||
         w == "roughly"sv || w == "some"sv || w == "over"sv || w == "up"sv;
}
bool is_subordinator(const Token& t) {
  static constexpr std::string_view kWords[] = {"because", "if", "unless", "while", "although", "though",
                                                "when", "whether", "once", "so"};
  if (!(t.tag == "IN" || t.tag == "WRB")) return false;
  for (std::string_view w : kWords)
    if (t.lower == w) return true;
  return false;
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
