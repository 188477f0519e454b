// Which of Reuters' place tags an article actually names (issue #18's "Reuters place recall counting
// only names"). Reuters tags places an article is about, not only places it names: an article tagged
// "usa" may say only "the Fed" or "American", and no name recognizer can find a place the text does
// not name. The measure counts a tag only when the text names it (no demonyms, no pronouns).
//
// A tag counts as named when a gazetteer phrase of that place (its canonical name or one of its
// aliases, as newsgraph's gazetteer lists them: "U.S.", "United States", "America"...) occurs in the
// article's text as whole words, or when a city of that country does (a dateline city names its
// country for Reuters). The test is deliberately generous (any occurrence of the words, in any
// position, headline included; weak and context-needing GeoNames towns count for themselves), so
// the measure can only be stricter than "the place is in the text": every named tag the recognizer
// misses stays a miss. Acronym entries ("US") must be written in capitals ("us" is a pronoun).
// Demonyms are in their own list (data/lexicon/demonyms.tsv), not in the gazetteer, so they never
// name a place here.
#pragma once

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicons.h"
#include "text_util.h"

namespace newsgraph::eval {

class NamedPlaces {
 public:
  // `hyphenate` maps a name to Reuters' tag spelling ("West Germany" -> "west-germany").
  template <class Hyphenate>
  NamedPlaces(const Lexicons& lex, Hyphenate hyphenate) : lex_(lex) {
    for (const auto& [key, entry] : lex.gazetteer) keys_of_canonical_.emplace(entry.canonical, key);
    hyphenate_ = [hyphenate](const std::string& s) { return hyphenate(s); };
  }

  // The tags (Reuters' spelling) of the places the text names.
  std::set<std::string> in_text(std::string_view text) const {
    const std::vector<Word> words = split_words(text);
    std::set<std::string> named;
    const size_t max_n = std::max<size_t>(1, lex_.max_phrase_tokens);
    for (size_t i = 0; i < words.size(); ++i) {
      std::string key, written;
      for (size_t n = 0; n < max_n && i + n < words.size(); ++n) {
        if (n) key += ' ', written += ' ';
        key += words[i + n].key;
        written += words[i + n].written;
        auto it = lex_.gazetteer.find(key);
        if (it == lex_.gazetteer.end()) continue;
        const GazetteerEntry& g = it->second;
        if (g.type != EntityType::kCountry && g.type != EntityType::kPlace) continue;
        if (g.acronym && !all_capitals(written)) continue;
        add_place(named, key, g.canonical);
        if (!g.country.empty() && !g.weak && !g.needs_place_context) add_place(named, g.country, g.country);
      }
    }
    return named;
  }

 private:
  struct Word {
    std::string key;      // as alias_key() spells it: lower case, no dots or apostrophes
    std::string written;  // the same without lower-casing, for acronyms
  };

  // Words of the text: runs of letters, digits, dots, apostrophes and hyphens, keyed like the
  // gazetteer.
  static std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    std::string run;
    auto flush = [&] {
      // A possessive is not part of the name: "Britain's" names Britain.
      if (run.size() > 2 && run[run.size() - 2] == '\'' && (run.back() == 's' || run.back() == 'S')) run.resize(run.size() - 2);
      while (!run.empty() && run.back() == '\'') run.pop_back();
      // Hyphens split a run ("Guinea-Bissau" is two words, as alias_key spaces them); dots and
      // apostrophes are dropped ("U.S." is "US"); the key is the lower-cased written form, which
      // is what alias_key makes of a word with neither.
      std::string written;
      auto add_word = [&] {
        if (!written.empty()) words.push_back({alias_key(written), written});
        written.clear();
      };
      for (char c : run) {
        if (c == '-') add_word();
        else if (c != '.' && c != '\'') written += c;
      }
      add_word();
      run.clear();
    };
    for (char c : text) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u) || c == '.' || c == '\'' || c == '-' || u >= 0x80) {
        run += c;
      } else if (!run.empty()) {
        flush();
      }
    }
    if (!run.empty()) flush();
    return words;
  }

  static bool all_capitals(const std::string& s) {
    for (char c : s)
      if (std::islower(static_cast<unsigned char>(c))) return false;
    return true;
  }

  // A named place counts under every spelling the recognizer's side of the score would give it:
  // its key, its canonical name and the canonical name's other gazetteer keys.
  void add_place(std::set<std::string>& named, const std::string& key, const std::string& canonical) const {
    named.insert(hyphenate_(key));
    named.insert(hyphenate_(canonical));
    auto range = keys_of_canonical_.equal_range(canonical);
    for (auto it = range.first; it != range.second; ++it) named.insert(hyphenate_(it->second));
  }

  const Lexicons& lex_;
  std::multimap<std::string, std::string> keys_of_canonical_;
  std::function<std::string(const std::string&)> hyphenate_;
};

}  // namespace newsgraph::eval
