// sentence-initial-common-word (sentence_initial_words.h says what and why).
#include "sentence_initial_words.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "text_util.h"  // is_upper_initial

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool has_alnum(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// Token k of a sentence is its first word: only punctuation before it (an opening quote, a
// bracket, the "[...]" of a cut quotation).
bool first_word(const std::vector<Token>& tk, size_t k) {
  for (size_t j = 0; j < k; ++j)
    if (has_alnum(tk[j].text)) return false;
  return true;
}

// A name goes on after the word or owns something: a capital next ("Standard and Poor's Corp
// said", "Bell and Howell Co"), over "and", "&" or "of" too, or a possessive ("Heck's said").
bool name_goes_on(const std::vector<Token>& tk, size_t k) {
  if (k + 1 >= tk.size()) return false;
  const Token& next = tk[k + 1];
  if (is_upper_initial(next.text) || next.text == "'s"sv || next.text == "\xE2\x80\x99s"sv) return true;
  const bool link = next.text == "and"sv || next.text == "&"sv || next.text == "of"sv;
  return link && k + 2 < tk.size() && is_upper_initial(tk[k + 2].text);
}

// `common`: whether the word counts as an ordinary word (the tagger's lexicon knows it in lower
// case, or the article writes it so).
bool candidate(const Mention& m, const std::vector<const std::vector<Token>*>& sentences, bool common) {
  return m.kind == MentionKind::kName && common && m.rule == "untyped-name"sv && m.tok_end == m.tok_begin + 1 &&
         m.sentence < sentences.size() && first_word(*sentences[m.sentence], m.tok_begin) &&
         !name_goes_on(*sentences[m.sentence], m.tok_begin);
}

// article-lowercase-word: the words of the sentence-initial names the tagger's lexicon does not
// know ("Download", "Anti-virus", "Defence": a newer word or a British spelling) that the article
// itself writes in lower case elsewhere ("download sales", "anti-virus firms").
// In lists, not hash sets: an article has a few such words, and the scan of its tokens compares
// sizes before letters.
std::vector<std::string_view> written_in_lower_case(const std::vector<const std::vector<Token>*>& sentences,
                                                    const std::vector<Mention>& mentions) {
  std::vector<std::string_view> lower;  // the lower case of such names' words
  for (const Mention& m : mentions)
    if (!m.common_word && candidate(m, sentences, true)) lower.push_back((*sentences[m.sentence])[m.tok_begin].lower);
  std::vector<std::string_view> found;
  if (lower.empty()) return found;
  for (const std::vector<Token>* s : sentences)
    for (const Token& t : *s)
      for (std::string_view w : lower)
        if (t.text.size() == w.size() && t.text == w && std::find(found.begin(), found.end(), w) == found.end()) found.push_back(w);
  return found;
}

}  // namespace

void drop_sentence_initial_common_words(const std::vector<const std::vector<Token>*>& sentences,
                                        std::vector<Mention>& mentions) {
  const std::vector<std::string_view> lower = written_in_lower_case(sentences, mentions);
  auto common = [&](const Mention& m) {
    return m.common_word ||
           (!lower.empty() && m.sentence < sentences.size() && m.tok_begin < sentences[m.sentence]->size() &&
            std::find(lower.begin(), lower.end(), std::string_view((*sentences[m.sentence])[m.tok_begin].lower)) != lower.end());
  };
  std::unordered_set<std::string_view> words;  // the candidates' words
  for (const Mention& m : mentions)
    if (candidate(m, sentences, common(m))) words.insert((*sentences[m.sentence])[m.tok_begin].text);
  if (words.empty()) return;  // most articles
  // Each word the article also capitalizes inside a sentence is a name after all.
  for (const std::vector<Token>* s : sentences) {
    const std::vector<Token>& tk = *s;
    bool opened = false;  // a word seen before token k
    for (size_t k = 0; k < tk.size() && !words.empty(); ++k) {
      if (opened) words.erase(tk[k].text);
      opened = opened || has_alnum(tk[k].text);
    }
  }
  // "Butler and Yelling finished" after "Kathy Butler": a word of a longer name is that name's.
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kName || m.tok_end - m.tok_begin < 2 || m.sentence >= sentences.size()) continue;
    for (size_t k = m.tok_begin; k < m.tok_end && !words.empty(); ++k) words.erase((*sentences[m.sentence])[k].text);
  }
  if (words.empty()) return;
  std::erase_if(mentions, [&](const Mention& m) {
    return candidate(m, sentences, common(m)) && words.count((*sentences[m.sentence])[m.tok_begin].text) > 0;
  });
}

}  // namespace newsgraph
