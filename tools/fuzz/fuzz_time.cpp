// Time recognition and normalization on arbitrary (valid UTF-8) text with a date taken from the
// input: every expression must lie inside its sentence and carry a value.
#include <cstdlib>
#include <string>

#include "analyzer.h"
#include "chunker.h"
#include "text_util.h"
#include "time_normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsgraph::Resources& res = newsgraph::Resources::get();
  std::string text(reinterpret_cast<const char*>(data), size);
  if (newsgraph::find_invalid_utf8(text) != std::string_view::npos) return 0;
  static const char* const dates[] = {"2025-10-30", "2000-02-29", "1999-12-31", "", "0001-01-01"};
  std::string dct = dates[size % 5];
  for (const newsgraph::Sentence& s : newsgraph::analyze(text, 0, text.size(), res)) {
    newsgraph::Chunks c = newsgraph::chunk(s.tokens, res.lexicons);
    for (const newsgraph::TimeExpression& te : newsgraph::find_times(s.tokens, c, dct))
      if (te.tok_end > s.tokens.size() || te.tok_begin >= te.tok_end || te.value.empty()) std::abort();
  }
  return 0;
}
