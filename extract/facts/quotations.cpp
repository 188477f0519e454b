#include "quotations.h"

#include "clause_words.h"

namespace newsgraph {

namespace {

constexpr size_t kMaxSentences = 4;

bool opening(const Token& t) { return is_opening_quote(t); }
bool closing(const Token& t) { return is_quote(t) && !is_opening_quote(t) && t.text != "'"; }

// The quotation opened right before `content` has no closing quote in its own sentence.
bool open_at_end(const std::vector<Token>& tk, Span content) {
  if (content.b == 0 || !opening(tk[content.b - 1])) return false;
  for (size_t k = content.b; k < tk.size(); ++k)
    if (is_quote(tk[k]) && tk[k].text != "'") return false;
  return true;
}

// The content ends at a closing quote (its comma may stand between) that no quote in the
// sentence opened.
bool closed_without_opening(const std::vector<Token>& tk, Span content) {
  bool closes = false;
  for (size_t k = content.e; k < tk.size() && k <= content.e + 1; ++k) closes = closes || closing(tk[k]);
  if (content.e > 0 && closing(tk[content.e - 1])) closes = true;
  if (!closes) return false;
  for (size_t k = 0; k < content.e; ++k)
    if (opening(tk[k])) return false;
  return true;
}

}  // namespace

std::pair<size_t, size_t> quotation_across_sentences(const std::vector<const std::vector<Token>*>& sentences, size_t si,
                                                     Span content) {
  const std::vector<Token>& tk = *sentences[si];
  if (content.empty() || content.e > tk.size()) return {0, 0};
  const size_t begin = tk[content.b].start, end = tk[content.e - 1].end;
  if (open_at_end(tk, content)) {
    for (size_t sj = si + 1; sj < sentences.size() && sj <= si + kMaxSentences; ++sj) {
      const std::vector<Token>& next = *sentences[sj];
      for (size_t k = 0; k < next.size(); ++k) {
        if (opening(next[k])) return {0, 0};  // another quotation: this one's end is lost
        if (!closing(next[k])) continue;
        size_t e = k;
        while (e > 0 && (next[e - 1].text == "," || next[e - 1].text == ".")) --e;
        if (e == 0) return {0, 0};
        return {begin, next[e - 1].end};
      }
    }
    return {0, 0};
  }
  if (closed_without_opening(tk, content)) {
    for (size_t sj = si; sj-- > 0 && si - sj <= kMaxSentences;) {
      const std::vector<Token>& prev = *sentences[sj];
      for (size_t k = prev.size(); k-- > 0;) {
        if (closing(prev[k])) return {0, 0};
        if (!opening(prev[k])) continue;
        if (k + 1 == prev.size()) return {0, 0};
        return {prev[k + 1].start, end};
      }
    }
  }
  return {0, 0};
}

bool whole_sentence_quotation(const std::vector<Token>& tk) {
  if (tk.size() < 4 || !opening(tk[0])) return false;
  // The closing quote ends the sentence, after its full stop or before it; or there is none, as
  // when a quoted paragraph runs on into the next one, which opens the quotation again.
  size_t last = tk.size();
  if (closing(tk.back())) last = tk.size() - 1;
  else if (tk.back().text == "." && closing(tk[tk.size() - 2])) last = tk.size() - 2;
  for (size_t k = 1; k < last; ++k)
    if (is_quote(tk[k]) && tk[k].text != "'") return false;  // two quotations, or words between them that are no quote
  return true;
}

bool quotation_open_at_end(const std::vector<Token>& tk) {
  for (size_t k = tk.size(); k-- > 0;)
    if (is_quote(tk[k]) && tk[k].text != "'") return opening(tk[k]);
  return false;
}

bool quotation_goes_on(const std::vector<Token>& tk) {
  if (tk.size() < 4) return false;
  const size_t last = closing(tk.back()) ? tk.size() - 1 : tk.size();  // a closing quote may end it
  for (size_t k = 0; k < last; ++k)
    if (is_quote(tk[k]) && tk[k].text != "'") return false;
  return true;
}

}  // namespace newsgraph
