// The whole per-article pipeline on arbitrary (valid UTF-8) text, one sentence per line and as
// running text.
#include <string>

#include "pipeline.h"
#include "text_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsgraph::Resources& res = newsgraph::Resources::get();
  std::string text(reinterpret_cast<const char*>(data), size);
  if (newsgraph::find_invalid_utf8(text) != std::string_view::npos) return 0;
  newsgraph::Article a;
  a.id = "fuzz";
  a.date = "2025-10-30";
  a.text = text;
  a.body_start = newsgraph::find_body_start(text);
  newsgraph::ExtractOptions options;
  options.max_sentence_tokens = 120;
  (void)newsgraph::extract_article(a, res, options);
  options.one_sentence_per_line = true;
  (void)newsgraph::extract_article(a, res, options);
  return 0;
}
