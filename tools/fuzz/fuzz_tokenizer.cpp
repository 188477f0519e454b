// Tokenizer and sentence splitter on arbitrary bytes: spans must stay inside the input and
// sentences must not overlap.
#include <cstdlib>
#include <string>

#include "resources.h"
#include "sentence_splitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsgraph::Resources& res = newsgraph::Resources::get();
  std::string text(reinterpret_cast<const char*>(data), size);
  uint32_t last_end = 0;
  for (const newsgraph::Sentence& s : newsgraph::split_sentences(text, 0, text.size(), res.abbreviations, 50)) {
    if (s.start < last_end || s.end > text.size() || s.start > s.end) std::abort();
    for (const newsgraph::Token& t : s.tokens)
      if (t.start >= t.end || t.end > text.size() || text.compare(t.start, t.end - t.start, t.text) != 0) std::abort();
    last_end = s.end;
  }
  return 0;
}
