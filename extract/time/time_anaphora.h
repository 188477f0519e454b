// Time expressions that point back to a time the article named before them: "the following
// year", "the next morning", "the previous Friday", "that day", "later that year". TimeML
// anchors these to the earlier time, not to the article date ("He was elected in 1995 and
// resigned the following year" is 1996 whatever the date of the article).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct AnaphoricTime {
  size_t len = 0;     // tokens the expression spans
  std::string type;   // DATE
  std::string value;  // 1996, 2000-02-23, 1998-10-XX
};

// Can this normalized value anchor a later reference? Calendar dates of year, month, day or
// quarter precision ("1995", "1998-10", "2000-02-22", "1988-Q2"); not durations or PRESENT_REF.
bool is_anchor_value(const std::string& value);

// Reads an anaphoric expression starting at lower-case token i against `anchor` (a value for
// which is_anchor_value holds). Returns nothing when the words are not one, or when the anchor
// is too coarse for them ("that day" after "1995"): the caller then reads them against the DCT.
std::optional<AnaphoricTime> anaphoric_time(const std::vector<std::string_view>& lw, size_t i, const std::string& anchor);

}  // namespace newsgraph
