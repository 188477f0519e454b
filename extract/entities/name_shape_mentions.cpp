// The name-shape constructions of the mention stage (name_shape_mentions.h says which and where
// the next goes).
#include "name_shape_mentions.h"

#include <cctype>

#include "name_word_classes.h"
#include "text_util.h"
#include "title_mentions.h"  // title_prefix
#include "word_classes.h"   // has_word_class

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

// cut-name-part: the words a title-case name of ordinary words goes on with beside the run:
// capitalized ordinary words (no title: "Acme Chairman X" is a company and its chairman) that
// the tagger read as common nouns or adjectives ("Ecological Applications", where "Applications"
// was tagged a plural noun), directly or over "of", "for", "and", "&". Not over "of the" ("the
// Speaker of the House": the House is a body of its own), not a sentence's first word (it is
// capitalized anyway), and not the last word of a name another construction typed ("the United
// States Constitution": a country and its constitution).
bool title_case_word(const MentionScan& sc, size_t k) {
  const Token& t = sc.tk[k];
  if (!capitalized(t) || !t.common_word) return false;
  if (!(t.tag == "NN" || t.tag == "NNS" || t.tag == "NNP" || t.tag == "NNPS" || t.tag == "JJ" || t.tag == "VBG"))
    return false;
  if (const int mi = sc.ends_at[k + 1]; mi >= 0 && sc.mentions[mi].rule != "untyped-name"sv) return false;
  for (size_t j = 0; j < k; ++j)  // only punctuation before it: the sentence's first word
    for (char c : sc.tk[j].text)
      if (std::isalnum(static_cast<unsigned char>(c))) return true;
  return false;
}

bool name_connector(const Token& t) {
  return t.text == "of"sv || t.text == "for"sv || t.text == "and"sv || t.text == "&"sv;
}

// "and" joins two names ("Million Dollar Baby and Sideways", "Carpenter and Hill") more often
// than the words of one, which it does inside a name built on "of" or "for" ("the Faculty of
// Arts and Education", "Centers for Disease Control and Prevention"): at token k an "and" that
// is no part of such a stretch joins two names.
bool list_and(const MentionScan& sc, size_t k) {
  if (!(sc.tk[k].text == "and"sv || sc.tk[k].text == "&"sv)) return false;
  auto of_or_for = [&](size_t j) { return sc.tk[j].text == "of"sv || sc.tk[j].text == "for"sv; };
  for (size_t j = k; j > 0 && (capitalized(sc.tk[j - 1]) || name_connector(sc.tk[j - 1])); --j)
    if (of_or_for(j - 1)) return false;
  for (size_t j = k + 1; j < sc.n && (capitalized(sc.tk[j]) || name_connector(sc.tk[j])); ++j)
    if (of_or_for(j)) return false;
  return true;
}

// The title-case word after the run, directly or over a connector; 0 when none.
size_t word_after(const MentionScan& sc, size_t e) {
  if (e < sc.n && list_and(sc, e)) return 0;
  const size_t k = e < sc.n && name_connector(sc.tk[e]) ? e + 1 : e;
  if (k >= sc.n || !title_case_word(sc, k)) return 0;
  // "Air New Zealand", "Gangs of New York": a word that may start a place's name starts a name
  // of its own, which the gazetteer reads.
  if (has_word_class(sc.lex, sc.tk[k], WordClass::kPlaceStart)) return 0;
  std::string role;
  return title_prefix(sc.tk, k, sc.n, sc.lex, &role) == 0 ? k : 0;
}

bool continues_before(const MentionScan& sc, size_t b) {
  if (b == 0) return false;
  size_t k = b - 1;
  if (name_connector(sc.tk[k])) {
    if (k == 0 || list_and(sc, k)) return false;
    --k;
  }
  return title_case_word(sc, k);
}

// The title-case stretch the run stands in names an organisation or says what it is otherwise:
// an acronym in brackets follows ("Long Range Tracking and Identification (LRIT)": the words it
// spells are one name, which acronym-in-brackets in name_merges.cpp joins), or an organisation's
// word is among its words ("the Life and Liberty Party", "Cinema for Peace Foundation"): the
// name is an organisation's that the run did not bridge, and its first word is the best mention
// of it there is.
bool stretch_is_organisation(const MentionScan& sc, size_t b, size_t e) {
  for (size_t k = e; k < sc.n; ++k) {
    if (sc.tk[k].text == "("sv) return true;
    if (!(capitalized(sc.tk[k]) || name_connector(sc.tk[k]))) break;
    if (is_org_word(sc.tk[k], sc.lex)) return true;
  }
  for (size_t k = b; k-- > 0;) {
    if (!(capitalized(sc.tk[k]) || name_connector(sc.tk[k]))) break;
    if (is_org_word(sc.tk[k], sc.lex)) return true;
  }
  return false;
}

}  // namespace

// cut-name-part: a run of ordinary words that no construction typed, standing inside a longer
// title-case name whose other words the tagger left out of the run, is a piece of that name
// (a journal's, a programme's, a faculty's), not an entity by itself. When the name goes on
// after the run ("published in Ecological Applications", "Age Concern said", "the Health and
// Safety Executive"), the run is read to the name's end (title-case-name); a piece after the
// name's start ("the Faculty of Arts and Education", "Conway's Game of Life") is dropped with
// the rest of the name after it. Names
// of words the lexicon does not know ("Google", "Nyasa") and organisations' names (an
// organisation word among the words, an acronym in brackets after them) are left as they are.
size_t cut_name_part(const MentionScan& sc, size_t b, size_t e, bool* whole) {
  for (size_t k = b; k < e; ++k)
    if (!sc.tk[k].common_word) return 0;
  if (stretch_is_organisation(sc, b, e)) return 0;
  // "Grease Monkey's" after "Grease Monkey Holding Corp": a word of a name the article gave is
  // that name's short form, left to the merges.
  for (const Mention& m : sc.mentions) {
    if (m.kind != MentionKind::kName || m.entity.find(' ') == std::string::npos) continue;
    const std::string& w = sc.tk[b].text;
    const size_t at = m.entity.find(w);
    if (at != std::string::npos && (at == 0 || m.entity[at - 1] == ' ') &&
        (at + w.size() == m.entity.size() || m.entity[at + w.size()] == ' '))
      return 0;
  }
  std::string role;
  if (title_prefix(sc.tk, b, sc.n, sc.lex, &role)) return 0;  // "Chief of Staff X": a title
  // "Minister of Mines and Energy X", "Minister of State for Energy": a title's portfolio.
  if (b >= 2 && (sc.tk[b - 1].text == "of"sv || sc.tk[b - 1].text == "for"sv) &&
      title_suffix(sc.tk, 0, b - 1, sc.lex, &role))
    return 0;
  size_t end = e;
  for (size_t k; (k = word_after(sc, end));) end = k + 1;
  // "the Work and Pensions Secretary": a portfolio before its title, no name.
  if (end < sc.n && title_prefix(sc.tk, end, sc.n, sc.lex, &role)) return 0;
  *whole = !continues_before(sc, b);  // the name starts with the run
  return end > e || !*whole ? end : 0;
}

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

// named-day: "ahead of International Women's Day", "on New Year's Day", "before Super Tuesday":
// the run of proper nouns stops at the possessive ("International Women" and "Day" apart) and at
// a weekday, which the time stage reads ("Super" alone), and leaves pieces that name nothing
// (junk entities of the issue #16 guide). The day's whole name is one name.
// Possessive: one to four capitalized words with a lower-case letter (not an acronym's: "the BBC's
// Day of Action" is the BBC's), a possessive, then "Day" or "Eve"; not a person's name ("John
// Smith's Day" is his day: a given name before another capital). Weekday: an ordinary word
// ("Super", "Black", "Bloody"), no given name or place ("Mike Friday", "Sheffield Wednesday":
// neither is a common word), no figure ("BBC One Saturday"), no word of a time phrase ("Last
// Tuesday", "Every Friday", "Early Monday": a sentence's first word must be one the tagger read
// as a proper noun), before a capitalized weekday.
bool weekday_word(std::string_view lw) {
  return lw == "monday"sv || lw == "tuesday"sv || lw == "wednesday"sv || lw == "thursday"sv || lw == "friday"sv ||
         lw == "saturday"sv || lw == "sunday"sv;
}

bool possessive_mark(const Token& t) {
  return t.text == "'s"sv || t.text == "\xE2\x80\x99s"sv || t.text == "'"sv || t.text == "\xE2\x80\x99"sv;
}

size_t named_day(const MentionScan& sc, size_t b) {
  const std::vector<Token>& tk = sc.tk;
  if (b + 1 >= sc.n || !capitalized(tk[b]) || tk[b].lower == "the"sv) return 0;
  size_t k = b;
  while (k < sc.n && k < b + 4 && capitalized(tk[k]) && has_lowercase(tk[k].text)) ++k;
  if (k > b && k + 1 < sc.n && possessive_mark(tk[k]) && (tk[k + 1].text == "Day"sv || tk[k + 1].text == "Eve"sv)) {
    if (k - b >= 2 && is_name_word(sc.lex, tk[b], NameWord::kGivenName)) return 0;
    return k + 2;
  }
  const Token& day = tk[b + 1];
  if (!capitalized(day) || !weekday_word(day.lower)) return 0;
  const Token& w = tk[b];
  if (!w.common_word || w.tag == "CD"sv || w.tag == "DT"sv || w.tag == "IN"sv || w.tag == "RB"sv ||
      is_calendar_token(w, sc.lex) || is_name_word(sc.lex, w, NameWord::kGivenName) ||
      sc.lex.deictic_time_leads.find(w.lower) != StringTable::kNone)
    return 0;
  const bool first = first_word_of_sentence(tk, b);
  if (first && w.tag != "NNP"sv) return 0;
  if (b > 0 && capitalized(tk[b - 1]) && !first) return 0;  // inside a longer name
  return b + 2;
}

bool plural_acronym(const MentionScan& sc, size_t b, size_t e) {
  if (e != b + 1) return false;
  const std::string& w = sc.tk[b].text;
  if (w.size() < 3 || w.size() > 7 || w.back() != 's') return false;
  for (size_t k = 0; k + 1 < w.size(); ++k)
    if (!(w[k] >= 'A' && w[k] <= 'Z')) return false;
  return b == 0 || sc.tk[b - 1].text != "(";
}

namespace {

// The kind of a word of data/lexicon/non_entity_words.tsv, or "".
std::string_view non_entity_kind(const MentionScan& sc, const Token& t) {
  const auto it = sc.lex.non_entity_words.find(t.text);
  return it == sc.lex.non_entity_words.end() ? std::string_view() : std::string_view(it->second);
}

// A person of the article before this run has `word` as the last word of their name.
bool surname_named_before(const MentionScan& sc, std::string_view word) {
  for (const Mention& m : sc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson || m.entity.size() <= word.size()) continue;
    const std::string& e = m.entity;
    if (e.compare(e.size() - word.size(), word.size(), word) == 0 && e[e.size() - word.size() - 1] == ' ') return true;
  }
  return false;
}

// "19th", "21st", "First", "twentieth": an ordinal written in figures or words.
bool ordinal(const Token& t) {
  const std::string& w = t.lower;
  if (w.size() >= 3 && std::isdigit(static_cast<unsigned char>(w[0]))) {
    const std::string_view end = std::string_view(w).substr(w.size() - 2);
    return end == "st"sv || end == "nd"sv || end == "rd"sv || end == "th"sv;
  }
  return w == "first"sv || w == "second"sv || w == "third"sv || w.ends_with("teenth") || w.ends_with("tieth") ||
         w == "fourth"sv || w == "fifth"sv || w == "sixth"sv || w == "seventh"sv || w == "eighth"sv ||
         w == "ninth"sv || w == "tenth"sv || w == "eleventh"sv || w == "twelfth"sv;
}

// The singular of a capitalized occupation word's lower case ("deputies" -> "deputy").
std::string singular_of(const std::string& w) {
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss")) return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

bool count_word(const MentionScan& sc, size_t k) { return non_entity_kind(sc, sc.tk[k]) == "count"sv; }

bool class_word_alone(const MentionScan& sc, size_t b, size_t e) {
  if (e != b + 1) return false;
  const std::string_view kind = non_entity_kind(sc, sc.tk[b]);
  if (!(kind == "faith"sv || kind == "colour"sv || kind == "offence"sv)) return false;
  return !surname_named_before(sc, sc.tk[b].text);
}

bool title_word_alone(const MentionScan& sc, size_t b, size_t e) {
  if (e != b + 1) return false;
  const Token& t = sc.tk[b];
  const std::string one = singular_of(t.lower);
  if (!(sc.lex.role_nouns.count(one) || sc.lex.titles.count(one))) return false;
  const bool plural = one != t.lower;
  const bool determiner = b > 0 && (sc.tk[b - 1].tag == "DT" || sc.tk[b - 1].tag == "PRP$" || sc.tk[b - 1].tag == "POS");
  // A possessive after it ("Deputy's", "Athlete's latest album") makes it someone's name.
  const bool possessive = e < sc.n && (sc.tk[e].tag == "POS" || sc.tk[e].text == "'s"sv);
  return (plural || determiner) && !possessive;
}

bool opens_no_name(const MentionScan& sc, size_t i) {
  const Token& t = sc.tk[i];
  if (t.text.size() > 1 && (t.text.find(']') != std::string::npos || t.text.find('[') != std::string::npos)) return true;
  const std::string_view kind = non_entity_kind(sc, t);
  if (kind.empty()) return false;
  if (kind == "count"sv) {  // before a people's plural only: "Four Seasons", "Six Nations" are names
    if (i + 1 >= sc.n) return false;
    const std::string& next = sc.tk[i + 1].text;
    return sc.lex.demonyms.count(next) > 0 ||
           (next.size() > 4 && next.back() == 's' && sc.lex.demonyms.count(next.substr(0, next.size() - 1)) > 0);
  }
  // Before another proper noun the ordinal may start a name ("20th Century Fox"): left alone; not
  // before a given name, where it dates a person's epithet ("a 21st Century Robin Hood").
  return kind == "after-ordinal"sv && i > 0 && ordinal(sc.tk[i - 1]) &&
         !(i + 1 < sc.n && proper(sc.tk[i + 1]) && !is_name_word(sc.lex, sc.tk[i + 1], NameWord::kGivenName));
}

namespace {

// A number written as a figure of one or two digits or as a capitalized number word the tagger
// read as one ("4", "Five"): a channel's or service's number.
bool channel_figure(const Token& t) {
  if (is_all_digits(t.text)) return t.text.size() <= 2;
  return t.tag == "CD"sv && is_upper_initial(t.text) && !has_digit(t.text);
}

}  // namespace

size_t organization_channel(const MentionScan& sc, size_t k) {
  size_t e = k;
  while (e < sc.n && capitalized(sc.tk[e]) && sc.lex.name_shape(sc.tk[e].text, kBroadcastTail)) ++e;
  if (e == k) return 0;
  if (e < sc.n && channel_figure(sc.tk[e])) ++e;  // "BBC Radio 4"
  // "BBC Sport Personality of the Year", "BBC Radio Scotland": a longer name goes on; the run
  // of proper nouns reads it.
  if (e < sc.n && proper(sc.tk[e])) return 0;
  return e;
}

size_t channel_number(const MentionScan& sc, size_t b, size_t e) {
  if (e != b + 1 || e >= sc.n || !sc.lex.name_shape(sc.tk[b].text, kChannelHead) || !channel_figure(sc.tk[e])) return 0;
  return e + 1;
}

size_t event_after_place(const MentionScan& sc, size_t k) {
  if (k >= sc.n || !capitalized(sc.tk[k]) || !sc.lex.name_shape(sc.tk[k].text, kEventHead)) return 0;
  if (k + 1 < sc.n && capitalized(sc.tk[k + 1])) return 0;  // "the Open Championship Committee": a longer name
  return k + 1;
}

bool number_led_name(const MentionScan& sc, size_t b) {
  if (b == 0 || first_word_of_sentence(sc.tk, b - 1)) return false;
  const Token& t = sc.tk[b - 1];
  return t.tag == "CD"sv && is_upper_initial(t.text) && !has_digit(t.text) && has_lowercase(t.text);
}

bool scientific_name(const MentionScan& sc, size_t b, size_t e) {
  if (e != b + 1 || e >= sc.n) return false;
  const Token& species = sc.tk[e];
  const std::string& w = species.text;
  if (w.size() < 5 || species.common_word) return false;
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  // The genus is a word the dictionary does not know either ("Aptenodytes"), or one capital
  // letter and a period ("A. forsteri").
  const Token& genus = sc.tk[b];
  if (genus.common_word && genus.text.size() > 2) return false;
  // An acronym is no genus: "the TAV consortium" (the dictionary may not know "consortium").
  if (genus.text.size() > 2 && !has_lowercase(genus.text)) return false;
  for (size_t len = 1; len <= 5 && len < w.size() - 2; ++len)
    if (sc.lex.name_shape(w.substr(w.size() - len), kLatinEnding)) return true;
  return false;
}

bool prefixed_modifier(const MentionScan& sc, size_t b, size_t e) {
  if (e > b + 2) return false;
  for (size_t k = b; k < e; ++k)
    if (is_org_word(sc.tk[k], sc.lex)) return false;
  // The prefix, its hyphen and a capital: the run's first word, or the word right before it
  // that the tagger left out of the run ("ex-Downing" of "ex-Downing Street").
  auto prefixed = [&](const Token& t) {
    const size_t dash = t.lower.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= t.text.size() || !std::isupper(static_cast<unsigned char>(t.text[dash + 1])))
      return false;
    return sc.lex.name_shape(t.lower.substr(0, dash), kModifierPrefix);
  };
  return prefixed(sc.tk[b]) || (b > 0 && sc.tk[b - 1].end + 1 == sc.tk[b].start && prefixed(sc.tk[b - 1]));
}

bool academic_rank_alone(const MentionScan& sc, size_t b, size_t e) {
  // "Harvard Professor": one name word before the rank may be the university, a name of its own.
  return e >= b + 2 && sc.lex.name_shape(sc.tk[e - 1].text, kAcademicRank) && (e >= b + 3 || sc.tk[b].common_word);
}

bool journal_name(const MentionScan& sc, size_t nb, size_t ne) {
  // "Sam Letters": a common first name (1,000 births or more) first makes it a person's name.
  const FirstName* given = sc.lex.first_name(sc.tk[nb].text);
  return (ne - nb >= 2 && sc.lex.name_shape(sc.tk[ne - 1].text, kJournalHead) && !(given && given->births >= 1000)) ||
         sc.lex.name_shape(sc.tk[nb].text, kJournalLead);
}

bool place_noun_after_name(const MentionScan& sc, size_t ne) {
  return ne < sc.n && (sc.tk[ne].tag == "NN"sv || sc.tk[ne].tag == "NNS"sv) && !is_upper_initial(sc.tk[ne].text) &&
         sc.lex.name_shape(sc.tk[ne].text, kPlaceNounAfterName);
}

}  // namespace newsgraph::mention_internal
