// Lemmas from WordNet's morphology ("morphy"): the exception lists (noun.exc, verb.exc, adj.exc,
// adv.exc) and the detachment rules, checked against WordNet's index files, all read from the
// installed wordnet-base package. Closed-class words (pronouns, auxiliaries, clitics) follow
// data/lexicon/closed_lemmas.tsv.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "string_table.h"
#include "token.h"

namespace newsgraph {

class Lemmatizer {
 public:
  // Throws std::runtime_error naming the missing file and package.
  Lemmatizer(const std::string& wordnet_dir, const std::string& closed_lemmas_file);
  // Lemma of one word given its Penn tag.
  std::string lemma(const std::string& word, std::string_view penn_tag) const;
  // The same, given the word's lower-case form already (Token::lower).
  std::string lemma_of(const std::string& word, std::string_view lower, std::string_view penn_tag) const;
  void lemmatize(std::vector<Token>& tokens) const;
  // Whether WordNet knows `lower` as a verb's base form ("upload"), or as a regular past form
  // of one ("abducted": "abduct"); the tagger asks for words its lexicon has no verb reading of.
  bool is_verb_base(std::string_view lower) const { return known(kVerb, lower); }
  bool is_regular_past(std::string_view lower) const {
    return lower.size() > 4 && lower.ends_with("ed") && morphy_uncached(lower, kVerb, true) != lower;
  }

 private:
  struct LemmaMemo;  // lemmatizer.cpp
  // This thread's memo for this lemmatizer, emptied first when full (asked once a sentence).
  LemmaMemo& lemma_memo() const;
  // lemma_of() for a token, remembered per thread by the token's word id and tag (lemmatizer.cpp).
  // True when lemmatize()'s corrections cannot change it.
  bool remembered_lemma(LemmaMemo& memo, Token& t) const;
  // lemma_of() for a token with a word id the memo lacks with its tag, remembered.
  [[gnu::noinline]] bool remember_lemma(LemmaMemo& memo, Token& t) const;
  enum Pos { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };
  std::string morphy(std::string_view lower, Pos pos, bool inflected) const;
  std::string morphy_uncached(std::string_view lower, Pos pos, bool inflected) const;
  std::string comparative_adverb_base(std::string_view w) const;
  static std::string unknown_plural_base(std::string_view w);
  bool known(Pos pos, std::string_view w) const { return index_[pos].find(w) != StringTable::kNone; }
  // A word -> replacement table: the strings, and what each id maps to.
  struct Mapping {
    StringTable from;
    std::vector<std::string> to;
    void add(std::string_view key, std::string value);  // the first value of a key stays
    const std::string* find(std::string_view key) const;
  };
  StringTable index_[4];  // WordNet lemmas per part of speech
  Mapping exceptions_[4];
  Mapping closed_;  // "word\ttag" or "word" -> lemma
  StringTable closed_words_;  // the words closed_ has an entry for, with or without a tag
  // Closed-class words are short ("having"); longer words skip the table altogether.
  static constexpr size_t kLongestClosedWord = 8;
  // closed-word-shape: by a closed word's first byte, a bit per length it has (bit 0 for the
  // empty word): a word whose first byte and length no closed word has skips the table's hash.
  // Most words are of an open class, and the hash was about a tenth of lemma_of's cost.
  uint16_t closed_shapes_[256] = {};
  bool may_be_closed_word(std::string_view w) const {
    return w.size() <= kLongestClosedWord && (closed_shapes_[w.empty() ? 0 : static_cast<unsigned char>(w[0])] >> w.size()) & 1;
  }
  // Tells this lemmatizer's per-thread memo from another lemmatizer's (each constructor takes a
  // new one).
  uint64_t generation_ = 0;
};

}  // namespace newsgraph
