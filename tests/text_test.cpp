#include <doctest/doctest.h>

#include <cstdio>

#include "pos_tag.h"
#include "string_table.h"
#include "token_pool.h"
#include "text_util.h"
#include "word_list.h"
#include "word_sets.h"

using namespace newsgraph;

TEST_CASE("UTF-8 validation rejects overlong forms, surrogates and truncation") {
  CHECK(find_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D") == std::string_view::npos);
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1);          // overlong "/"
  CHECK(find_invalid_utf8("ab\xED\xA0\x80") == 2);     // surrogate
  CHECK(find_invalid_utf8("abc\xE2\x80") == 3);        // truncated
  CHECK(find_invalid_utf8("\xFF") == 0);
}

TEST_CASE("alias keys fold case, dots and spacing") {
  CHECK(alias_key("U.S.") == "us");
  CHECK(alias_key("  Marina   Alvarez ") == "marina alvarez");
  CHECK(alias_key("Director-General") == "director general");
  CHECK(alias_key("China's") == "chinas");
}

TEST_CASE("stable ids are deterministic and prefixed") {
  CHECK(stable_id('e', "brazil") == stable_id('e', "brazil"));
  CHECK(stable_id('e', "brazil") != stable_id('e', "canada"));
  CHECK(stable_id('r', "x").size() == 17);
  CHECK(stable_id('r', "x")[0] == 'r');
  // The digits as snprintf("%c%016llx") printed them before (ids stored in databases must not change).
  for (std::string_view key : {"", "x", "brazil", "e1234|said|c9|2025-10-01|positive|asserted", "\xff\x00\x7f"}) {
    char buf[20];
    std::snprintf(buf, sizeof buf, "%c%016llx", 'c', static_cast<unsigned long long>(stable_hash(key)));
    CHECK(stable_id('c', key) == buf);
  }
  CHECK(stable_id('e', "brazil").find_first_not_of("0123456789abcdef", 1) == std::string::npos);
}

TEST_CASE("StringTable: dense ids, duplicates, long keys and growth") {
  StringTable t;
  CHECK(t.find("anything") == StringTable::kNone);
  CHECK(t.insert("said") == 0);
  CHECK(t.insert("told") == 1);
  CHECK(t.insert("said") == 0);  // a key keeps its id
  const std::string long_key = "a key longer than the twenty-three bytes a slot holds";
  CHECK(t.insert(long_key) == 2);
  CHECK(t.find(long_key) == 2);
  CHECK(t.find(long_key.substr(0, 23)) == StringTable::kNone);
  CHECK(t.find("") == StringTable::kNone);
  CHECK(t.insert("") == 3);  // the empty string is a key like any other
  CHECK(t.find("") == 3);
  StringTable big;
  big.reserve(10);  // growing past a reservation still works
  for (int i = 0; i < 5000; ++i) CHECK(big.insert("w" + std::to_string(i)) == static_cast<uint32_t>(i));
  CHECK(big.size() == 5000);
  for (int i = 0; i < 5000; i += 499) CHECK(big.find("w" + std::to_string(i)) == static_cast<uint32_t>(i));
  CHECK(big.key(4321) == "w4321");
  CHECK(big.find("w5000") == StringTable::kNone);
}

TEST_CASE("WordSet and WordMap: the lexicons' word lists answer as the standard containers did") {
  WordSet verbs;
  CHECK(verbs.empty());
  verbs.insert("strike");
  verbs.insert("strike");  // a repeated row adds nothing
  CHECK(verbs.size() == 1);
  CHECK(verbs.contains("strike"));
  CHECK(verbs.count(std::string("strike")) == 1);
  CHECK_FALSE(verbs.contains("strikes"));  // exact forms only
  CHECK_FALSE(verbs.contains("Strike"));
  CHECK(verbs.count("") == 0);

  WordMap<std::string> cues;
  cues["say"] = "reported";
  cues["warn"] = "reported";
  cues["say"] = "asserted";  // a later row overrides, as with operator[] of unordered_map
  CHECK(cues.size() == 2);
  CHECK(cues.at("say") == "asserted");
  CHECK_THROWS_AS(cues.at("tell"), std::out_of_range);
  const auto it = cues.find("warn");
  REQUIRE(it != cues.end());
  CHECK(it->first == "warn");
  CHECK(it->second == "reported");
  CHECK(cues.find("warned") == cues.end());
  std::string keys;  // iteration follows the order the keys were first added
  for (const auto& [key, modality] : cues) keys += key + ' ';
  CHECK(keys == "say warn ");
}

TEST_CASE("PosTag compares exactly with literals, strings and other tags") {
  PosTag t("NNP");
  CHECK(t == "NNP");
  CHECK(t != "NN");    // a prefix is not the tag
  CHECK(t != "NNPS");  // nor is a longer tag
  CHECK(t == std::string("NNP"));
  CHECK(t == PosTag("NNP"));
  CHECK(t.view() == "NNP");
  CHECK(PosTag("-LRB-").size() == 5);
  CHECK(PosTag().empty());
  CHECK_THROWS_AS(PosTag("NOT-A-TAG"), std::invalid_argument);
  // The literal comparison reads all eight bytes: the longest tags, the empty tag, and a tag
  // written over a longer one (its old bytes must not count).
  CHECK(PosTag("-NONE-") == "-NONE-");
  CHECK(PosTag("-NONE-") != "-NONE");
  CHECK(PosTag() == "");
  CHECK(PosTag() != "NN");
  PosTag reused("-LRB-");
  reused = std::string_view("DT");
  CHECK(reused == "DT");
  CHECK(reused != "-LRB-");
  CHECK(reused == PosTag("DT"));
}

TEST_CASE("take_tokens gives n cleared tokens from pooled vectors of any length") {
  // Vectors of different lengths given back, their tokens tagged and lemmatized: a vector taken
  // for any length has exactly that many tokens, none with an old tag, lemma or common_word.
  for (size_t len : {3u, 40u, 7u, 1u}) {
    std::vector<Token> v = take_tokens(len);
    for (Token& t : v) {
      t.tag = std::string_view("NNP");
      t.lemma = "old";
      t.common_word = true;
    }
    give_back_tokens(std::move(v));
  }
  for (size_t n : {5u, 40u, 0u, 2u, 60u}) {
    std::vector<Token> v = take_tokens(n);
    CHECK(v.size() == n);
    for (const Token& t : v) CHECK((t.tag.empty() && t.lemma.empty() && !t.common_word));
    give_back_tokens(std::move(v));
  }
}

TEST_CASE("WordList answers as comparing with each of its words would") {
  static constexpr newsgraph::WordList kAdverbs({"not", "n't", "never", "reportedly"});
  CHECK(kAdverbs.contains("not"));
  CHECK(kAdverbs.contains("n't"));
  CHECK(kAdverbs.contains("reportedly"));
  CHECK_FALSE(kAdverbs.contains("nor"));         // a listed length and first byte, no listed word
  CHECK_FALSE(kAdverbs.contains("the"));         // a listed length, no listed first byte
  CHECK_FALSE(kAdverbs.contains("nevertheless"));  // a listed first byte, no listed length
  CHECK_FALSE(kAdverbs.contains(""));
  CHECK_FALSE(kAdverbs.contains(std::string(80, 'n')));
}

TEST_CASE("alias keys and stable ids keep their values") {
  // Stored in databases: alias_key and stable_id must give what they always gave (the first
  // formula, a push_back a byte and snprintf, written out here as the reference).
  auto reference_key = [](std::string_view name) {
    std::string out;
    bool space = false;
    for (char c : name) {
      if (c == '.' || c == '\'') continue;
      if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
        space = !out.empty();
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
  };
  for (std::string_view name : {"", "U.S.", " -Jean-Luc O'Neil- ", "ALL CAPS\tand\nlines", "...", "- -",
                                "S\xC3\xA3o Paulo", "a", "Mr. J. R. R. Tolkien's estate"}) {
    CHECK(alias_key(name) == reference_key(name));
    char buf[20];
    std::snprintf(buf, sizeof buf, "%c%016llx", 'e', static_cast<unsigned long long>(stable_hash(name)));
    CHECK(stable_id('e', name) == buf);
  }
  CHECK(stable_id('r', "") == "r14650fb0739d0383");  // the hash of nothing: the starting value, as stored
}
