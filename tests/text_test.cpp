#include <doctest/doctest.h>

#include "text_util.h"

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
}
