// neither-nor (issue #16, failure class 6, coordination): a negative pair denies what it joins.
// "Neither the mayor nor the council commented on the plan" states two denied acts, one per
// item, where a plain clause reading would give "the council | comment on | the plan" as if it
// had happened; so does a pair of objects ("has neither the cash nor the staff") or of verbs
// ("would neither confirm nor deny the report"). The pair's words are data/lexicon/list_words.tsv
// (negative-open, negative-join).
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

inline constexpr std::string_view kNeitherNor = "neither-nor";

// neither-nor: each triple whose subject, object or passive patient is the pair ("Neither A nor
// B", or "B" alone as the clause read it) is negated and holds the second item, and a negated copy
// holding the first item is added, recorded as "neither-nor"; a triple whose verb is one of a
// pair of verbs ("neither confirm nor deny") is negated. Both items must be noun groups, with no
// verb between "neither" and "nor".
void read_neither_nor(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex, std::vector<Triple>& triples);

}  // namespace newsgraph
