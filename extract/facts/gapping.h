// gapping (issue #16, failure class 6): a second clause that leaves out the verb of the first
// ("The Greens won 12 seats, the Social Democrats 9"; "Canada stated its intention to join the
// measures, Australia its intention to study them"): its subject and object stand after a comma
// (or "and"/"while"), with no verb of their own. The second clause repeats the first one's verb.
#pragma once
#include <vector>

#include "chunker.h"
#include "time_normalizer.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

struct Gap {
  size_t comma = kNone;  // the comma or conjunction that ends the first clause
  Span subject;          // "the Social Democrats"
  size_t rest = kNone;   // where the second clause's object starts ("9")
  Span object;           // its first noun group
  bool found() const { return comma != kNone; }
};

// The first gapped clause after position `from` (the first clause's verb), or none. The subject
// must hold a proper noun and be followed right away by a noun group (a possessive, determiner or
// number first), and nothing after it may be a finite verb.
// A subject inside a time expression ("payable March 30") is no subject.
Gap find_gap(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times, size_t from);

// passive-gapping: "Clinton was impeached in 1998, and Andrew Johnson in 1868": after a passive
// clause, a comma (and "and"), a name and a time that close the sentence: the name underwent the
// same act at that time. `time` indexes `times`; found() is false when the shape is not there.
struct PassiveGap {
  size_t comma = kNone;
  Span patient;   // "Andrew Johnson"
  int time = -1;  // "1868"
  bool found() const { return comma != kNone; }
};
PassiveGap find_passive_gap(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times,
                            size_t from);

}  // namespace newsgraph
