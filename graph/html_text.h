// Text for HTML pages made from untrusted article text: escaping, and an evidence sentence with
// the words that state a fact marked. Everything returned is safe to place in element content
// and in double-quoted attribute values.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph {

// `s` with & < > " ' replaced by character references; C0 controls other than tab and newline
// dropped. Any byte sequence is accepted; the result never opens a tag or ends an attribute.
std::string html_escape(const std::string& s);

// Percent-encodes everything but ASCII letters and digits: safe inside a URL fragment.
std::string url_fragment_encode(const std::string& s);

// A part of an evidence sentence to mark, with the CSS class that says what it is.
struct TextMark {
  size_t start = 0, end = 0;  // byte offsets in the sentence
  std::string css_class;      // "subject", "relation", "object", "content"
};

// Where the first of `candidates` occurs in `text`, ignoring ASCII case and only at word
// boundaries; longer candidates win at the same position, earlier positions win over longer
// ones. Empty candidates are ignored. Nullopt when none occurs.
std::optional<std::pair<size_t, size_t>> find_phrase(const std::string& text, const std::vector<std::string>& candidates);

// The sentence escaped, with each mark as <mark class="...">; marks that overlap an earlier one
// (by start) are dropped, so the markup is always well nested.
std::string marked_html(const std::string& text, std::vector<TextMark> marks);

}  // namespace newsgraph
