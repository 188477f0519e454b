#include <doctest/doctest.h>

#include "resources.h"
#include "sentence_splitter.h"
#include "tokenizer.h"

using namespace newsgraph;

namespace {
std::vector<std::string> toks(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s, 0, s.size(), Resources::get().abbreviations)) {
    CHECK(s.substr(t.start, t.end - t.start) == t.text);  // spans point into the original
    out.push_back(t.text);
  }
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("PTB clitics and punctuation are split") {
  CHECK(toks("China's leader didn't come.") == V{"China", "'s", "leader", "did", "n't", "come", "."});
  CHECK(toks("They're sure, aren't they?") == V{"They", "'re", "sure", ",", "are", "n't", "they", "?"});
  CHECK(toks("the countries' tariffs") == V{"the", "countries", "'", "tariffs"});
  CHECK(toks("We cannot go") == V{"We", "can", "not", "go"});
}

TEST_CASE("abbreviations, hyphenated words, codes and numbers stay whole") {
  CHECK(toks("the U.S. and Mr. Smith") == V{"the", "U.S.", "and", "Mr.", "Smith"});
  CHECK(toks("rare-earth H-6K bombers") == V{"rare-earth", "H-6K", "bombers"});
  CHECK(toks("up 3.5% to $1,000") == V{"up", "3.5", "%", "to", "$", "1,000"});
  CHECK(toks("at 11 a.m. local time") == V{"at", "11", "a.m.", "local", "time"});
}

TEST_CASE("an abbreviation list answers in any case, and not for other or longer words") {
  AbbreviationList a;
  a.add("Gen", true);
  a.add("approx", false);
  CHECK(a.is_abbreviation("Gen"));
  CHECK(a.is_abbreviation("GEN"));
  CHECK(a.is_abbreviation("gen"));
  CHECK(a.is_abbreviation("Approx"));
  CHECK_FALSE(a.is_abbreviation("General"));  // longer than any listed word
  CHECK_FALSE(a.is_abbreviation("Ge"));
  CHECK_FALSE(a.is_abbreviation("went"));
  CHECK(a.is_abbreviation("U.S"));  // the initials pattern needs no list
  // A listed word longer than the stack buffer the probe lower-cases into is still found.
  const std::string long_word(40, 'X');
  a.add(long_word, false);
  CHECK(a.is_abbreviation(long_word));
  CHECK(a.is_abbreviation(std::string(40, 'x')));
  CHECK_FALSE(a.is_abbreviation(std::string(39, 'x')));
  // In text: a listed word keeps its period whatever its case, another word does not.
  CHECK(toks("met GEN. Smith") == V{"met", "GEN.", "Smith"});
  CHECK(toks("the gen. staff") == V{"the", "gen.", "staff"});
}

TEST_CASE("quotes and dashes, straight and curly") {
  CHECK(toks("\"Yes,\" she said.") == V{"\"", "Yes", ",", "\"", "she", "said", "."});
  CHECK(toks("\xE2\x80\x9CNo\xE2\x80\x9D \xE2\x80\x94 never") == V{"\xE2\x80\x9C", "No", "\xE2\x80\x9D", "\xE2\x80\x94", "never"});
  CHECK(toks("Brazil\xE2\x80\x99s move") == V{"Brazil", "\xE2\x80\x99s", "move"});
  CHECK(toks("wait... then") == V{"wait", "...", "then"});
}

TEST_CASE("Penn Treebank quotes in pretokenized text stay one token each") {
  CHECK(toks("known as `` Northern Territories '' .") == V{"known", "as", "``", "Northern", "Territories", "''", "."});
  CHECK(toks("said ''no'' twice") == V{"said", "''", "no", "''", "twice"});
}

TEST_CASE("a clitic written apart from its word (pretokenized text) stays whole") {
  CHECK(toks("they 're here") == V{"they", "'re", "here"});
  CHECK(toks("It 's done") == V{"It", "'s", "done"});
  CHECK(toks("a 'really' big deal") == V{"a", "'", "really", "'", "big", "deal"});
}

TEST_CASE("each distinct token text gets one word id per thread") {
  const std::string s = "The talks ended. the talks resumed, The end.";
  const std::vector<Token> t = tokenize(s, 0, s.size(), Resources::get().abbreviations);
  REQUIRE(t.size() == 11);
  CHECK(t[0].word != kNoWord);
  CHECK(t[0].word == t[8].word);                   // "The" twice
  CHECK(t[1].word == t[5].word);                   // "talks" twice
  CHECK(t[0].word != t[4].word);                   // "The" and "the" are different texts
  CHECK(word_id("talks") == t[1].word);
  CHECK(t[1].word < word_count());
  Token copy = t[1];
  copy.set_text("debate");  // a new text: the id no longer names it
  CHECK(copy.word == kNoWord);
}
