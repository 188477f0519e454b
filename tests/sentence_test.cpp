#include <doctest/doctest.h>

#include "resources.h"
#include "sentence_splitter.h"
#include "tokenizer.h"

using namespace newsgraph;

namespace {
std::vector<std::string> sents(const std::string& s) {
  std::vector<std::string> out;
  for (const Sentence& x : split_sentences(s, 0, s.size(), Resources::get().abbreviations))
    out.push_back(s.substr(x.start, x.end - x.start));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("abbreviations and initials do not end sentences") {
  CHECK(sents("Mr. Smith met Gen. Lee in the U.S. capital. They talked.") ==
        V{"Mr. Smith met Gen. Lee in the U.S. capital.", "They talked."});
  CHECK(sents("J. R. Smith arrived on Jan. 5 at 11 a.m. local time.").size() == 1);
}

TEST_CASE("an abbreviation at a sentence end is followed by a new sentence") {
  CHECK(sents("Tariffs were imposed by the U.S. The next day, talks began.") ==
        V{"Tariffs were imposed by the U.S.", "The next day, talks began."});
}

TEST_CASE("decimals, times and percentages stay inside") {
  CHECK(sents("Growth was 3.5% in 2025. Prices rose 0.2 points.").size() == 2);
  CHECK(sents("It starts at 0200 GMT. Markets open later.").size() == 2);
}

TEST_CASE("closing quotes stay with their sentence") {
  CHECK(sents("\"This is a clear escalation.\" She left.") == V{"\"This is a clear escalation.\"", "She left."});
  CHECK(sents("\xE2\x80\x9CWe will respond.\xE2\x80\x9D Officials agreed.").size() == 2);
}

TEST_CASE("paragraphs, headlines and bullet lines are boundaries") {
  CHECK(sents("Trade talks resume\n\nNegotiators met on Monday.") == V{"Trade talks resume", "Negotiators met on Monday."});
  CHECK(sents("Key points:\n- tariffs rise\n- talks stall").size() == 3);
}

TEST_CASE("ellipses inside a sentence do not split it") {
  CHECK(sents("He said the deal was... complicated. Then he left.").size() == 2);
}

TEST_CASE("over-long sentences are capped") {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "word ";
  bool capped = false;
  auto v = split_sentences(s, 0, s.size(), Resources::get().abbreviations, 400, &capped);
  CHECK(capped);
  CHECK(v.size() == 3);
}

TEST_CASE("regression: closing quotes absorbed while the sentence buffer grows") {
  // Crashed on Reuters text: a reference into the token vector was kept across push_back.
  std::string s;
  for (int i = 0; i < 500; ++i) s += "He said \"Yes.\" ";
  auto v = split_sentences(s, 0, s.size(), Resources::get().abbreviations);
  CHECK(v.size() == 500);
}

TEST_CASE("informal text: a split-off period or question mark ends a sentence before a lower-case word") {
  CHECK(sents("did anyone have this issue? is it worth sending in.") ==
        V{"did anyone have this issue?", "is it worth sending in."});
  CHECK(sents("that may be too nice though. what do you think?") ==
        V{"that may be too nice though.", "what do you think?"});
  // Not after a closing quote, nor after an abbreviation the tokenizer could not keep whole.
  CHECK(sents("\"Where was I?\" she asked.").size() == 1);
  CHECK(sents("The plant in Kenosha, Wisc. assembles cars.").size() == 1);
  CHECK(sents("It cut taxes on non-U.S. source income.").size() == 1);
}

TEST_CASE("a web address or a decoration after a sentence mark starts a new sentence") {
  CHECK(sents("Read the full story. http://example.com/story") ==
        V{"Read the full story.", "http://example.com/story"});
  CHECK(sents("I liked it like tony's. someplace cheaper would do.").size() == 2);
}

TEST_CASE("sentences made from token pieces equal sentences grouped from whole tokens") {
  // split_sentences builds each token once, in its sentence (TokenPiece); group_sentences groups
  // tokens already made. Same rules, so the same sentences, tokens, offsets and flags.
  const AbbreviationList& abbr = Resources::get().abbreviations;
  for (const std::string s : {"Mr. Smith met Gen. Lee in the U.S. capital. They talked.",
                              "\"We will go,\" she said. (They did.) Then:\n\n- one\n- two",
                              "did anyone have this issue? is it worth sending in... maybe not.",
                              "It rose 5.5% to $1,000 in Jan. The firm's shares didn't move."}) {
    for (size_t cap : {size_t(400), size_t(3)}) {
      bool capped_pieces = false, capped_tokens = false;
      auto a = split_sentences(s, 0, s.size(), abbr, cap, &capped_pieces);
      auto b = group_sentences(tokenize(s, 0, s.size(), abbr), abbr, cap, &capped_tokens);
      CHECK(capped_pieces == capped_tokens);
      REQUIRE(a.size() == b.size());
      for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].start == b[i].start);
        CHECK(a[i].end == b[i].end);
        REQUIRE(a[i].tokens.size() == b[i].tokens.size());
        for (size_t k = 0; k < a[i].tokens.size(); ++k) {
          const Token& x = a[i].tokens[k];
          const Token& y = b[i].tokens[k];
          CHECK(x.text == y.text);
          CHECK(x.lower == y.lower);
          CHECK((x.start == y.start && x.end == y.end));
          CHECK((x.space_before == y.space_before && x.newline_before == y.newline_before &&
                 x.paragraph_before == y.paragraph_before));
        }
      }
    }
  }
}
