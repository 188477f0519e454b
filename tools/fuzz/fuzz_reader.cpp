// The article readers on arbitrary bytes: as JSON Lines and as a text file with a header block.
#include <sstream>
#include <string>

#include "article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t articles = 0;
  newsgraph::ReaderOptions options;
  options.max_article_bytes = 1 << 16;
  newsgraph::ArticleReader reader(
      options, [&](newsgraph::Article&& a) { articles += a.body_start <= a.text.size(); },
      [](const newsgraph::Diagnostic& d) { (void)d.str(); });
  std::istringstream in(input);
  reader.read_jsonl(in, "fuzz.jsonl");
  reader.read_text(input, "fuzz.txt");
  (void)newsgraph::normalize_date(input.substr(0, 64));
  return 0;
}
