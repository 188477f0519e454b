// The name-shape constructions of the mention stage (name_shape_mentions.h says which and where
// the next goes).
#include "name_shape_mentions.h"

#include "name_word_classes.h"
#include "text_util.h"

namespace newsgraph::mention_internal {
namespace {

// quoted-common-words: "charged with \"Bribery, or other high Crimes\"", "a \"Market\" economy":
// inside a quotation, a capital on one ordinary word is the speaker's emphasis or an old
// document's style, not a name. One word inside a quotation (an opening quote before it in the
// sentence, not closed) that is an ordinary English word and that no construction could type
// (untyped-name) names nothing, unless it is part of a longer name (a capitalized word or "U.S."
// before it, a figure after it: "U.S. Customs", "Fortune 500"), a name after a preposition or a
// comma ("at Arsenal", "devices, Real, Sony"), a people ("the Soviets") or a
// word of a name the article gave before ("Baker" after "James Baker"). Longer runs of ordinary
// words in quotations are often real names ("the Tax Reform Act", "Star Wars") and stay.
bool inside_quotation(const std::vector<Token>& tk, size_t b) {
  for (size_t k = b; k-- > 0;) {
    if (tk[k].tag == "``") return true;
    if (tk[k].tag == "''") return false;
  }
  return false;
}

// numbered-class: "filed for Chapter 11 protection", "a Category 4 storm", "Class B shares": a
// class, grade or part of a series (data/lexicon/numbered_classes.txt) with its figure or letter
// names nothing. The run [b, e) is such a word alone before a figure, or the word and one capital
// letter or Roman numeral ("Class B", "Level IV").
bool series_mark(std::string_view w) {
  if (w.size() == 1) return w[0] >= 'A' && w[0] <= 'Z';
  if (w.size() > 4) return false;
  for (char c : w)
    if (c != 'I' && c != 'V' && c != 'X') return false;
  return true;
}

}  // namespace

// hyphen-modifier: "a World War II-era bomber", "Frankfurt-based Metallgesellschaft", "a
// COVID-19-related delay": a run whose last word ends in a hyphen and a word that makes the
// name an adjective (data/lexicon/modifier_suffixes.txt) modifies the noun after it and names
// nothing itself (the issue #16 guide counts such adjectives as junk entities).
bool hyphen_modifier(const Token& last, const Lexicons& lex) {
  const size_t dash = last.lower.rfind('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == last.lower.size()) return false;
  return lex.modifier_suffixes.count(last.lower.substr(dash + 1)) > 0 && !is_upper_initial(last.text.substr(dash + 1));
}

bool numbered_class(const MentionScan& sc, size_t b, size_t e) {
  const std::vector<Token>& tk = sc.tk;
  if (!is_name_word(sc.lex, tk[b], NameWord::kNumberedClass)) return false;
  if (e == b + 1) return e < sc.n && has_digit(tk[e].text);
  return e == b + 2 && series_mark(tk[b + 1].text);
}

bool quoted_common_word(const MentionScan& sc, size_t b, size_t e) {
  const std::vector<Token>& tk = sc.tk;
  if (e != b + 1 || !tk[b].common_word || !inside_quotation(tk, b)) return false;
  if (b > 0 && (is_upper_initial(tk[b - 1].text) && tk[b - 1].tag != "``")) return false;
  // After a preposition or a comma a capitalized word is most often a real name: "at Arsenal",
  // "devices, Real, Sony", "the group, Raw T" (over the BBC corpus, those were the names lost).
  if (b > 0 && (tk[b - 1].tag == "IN" || tk[b - 1].text == ","sv)) return false;
  if (e < sc.n && has_digit(tk[e].text)) return false;
  const std::string& w = tk[b].text;
  if (sc.lex.demonyms.count(w) || (w.size() > 2 && w.back() == 's' && sc.lex.demonyms.count(w.substr(0, w.size() - 1))))
    return false;
  for (const Mention& m : sc.mentions) {
    if (m.kind != MentionKind::kName) continue;
    const size_t at = m.entity.find(w);
    if (at != std::string::npos && (at == 0 || m.entity[at - 1] == ' ') &&
        (at + w.size() == m.entity.size() || m.entity[at + w.size()] == ' '))
      return false;
  }
  return true;
}

// name-with-number: "the Hawk 140 came down", "near Route 9", "a Cessna 172": one capitalized
// word after an article or a place preposition and a bare figure of two to four digits (not a
// year, no unit after it) name a model or a road as one name; the word alone is no entity.
// Returns the name's end, or 0.
size_t name_with_number(const MentionScan& sc, size_t b, size_t e) {
  const std::vector<Token>& tk = sc.tk;
  if (e != b + 1 || e >= sc.n || b == 0 || !is_all_digits(tk[e].text) || tk[e].text.size() < 2 || tk[e].text.size() > 4)
    return 0;
  if (month_abbreviation(tk[b].lower) || is_calendar_token(tk[b], sc.lex)) return 0;  // "by Dec 31": a date
  // An acronym ("the ICO 15-day average") or a word of a name given before ("Prime" after "Prime
  // Computer Inc") is that organisation, and the figure is its own.
  if (!has_lowercase(tk[b].text)) return 0;
  const std::string& w = tk[b].text;
  for (const Mention& m : sc.mentions) {
    if (m.kind != MentionKind::kName) continue;
    const size_t at = m.entity.find(w);
    if (at != std::string::npos && (at == 0 || m.entity[at - 1] == ' ') &&
        (at + w.size() == m.entity.size() || m.entity[at + w.size()] == ' '))
      return 0;
  }
  const std::string& before = tk[b - 1].lower;
  if (!(before == "the"sv || before == "a"sv || before == "an"sv || place_preposition(before))) return 0;
  if (tk[e].text.size() == 4 && (tk[e].text[0] == '1' || tk[e].text[0] == '2')) return 0;  // "the Ford 1987 results"
  if (e + 1 < sc.n && (tk[e + 1].tag == "NNS" || tk[e + 1].lower == "pct"sv || tk[e + 1].text == "%"sv ||
                       tk[e + 1].lower == "mln"sv || tk[e + 1].lower == "billion"sv || tk[e + 1].lower == "million"sv))
    return 0;  // "the Acme 40 pct stake", "in Berlin 20 people"
  return e + 1;
}

}  // namespace newsgraph::mention_internal
