#include "sentence_splitter.h"

#include <span>

#include "text_util.h"
#include "token_pool.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
namespace {

bool is_closing(std::string_view t) {
  return is_word(t, "\"") || is_word(t, "'") || is_word(t, "''") || is_word(t, ")") || is_word(t, "]") || is_word(t, "\xE2\x80\x9D") ||
         is_word(t, "\xE2\x80\x99");
}
bool is_terminal(std::string_view t) {
  return is_word(t, ".") || is_word(t, "!") || is_word(t, "?") || is_word(t, "...") || is_word(t, "\xE2\x80\xA6") || is_word(t, "?!") ;
}
// Whether `t` may end a sentence by the rules of sentence_ends: a terminal mark (is_terminal)
// or a word that kept its period ends with '.', '!', '?' or the ellipsis' last byte. Most
// tokens do not, and for them those rules are skipped.
bool may_end_sentence(std::string_view t) {
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == '\xA6';
}
bool is_opening(std::string_view t) {
  return is_word(t, "\"") || is_word(t, "``") || is_word(t, "(") || is_word(t, "[") || is_word(t, "\xE2\x80\x9C") || is_word(t, "'") ||
         is_word(t, "\xE2\x80\x98");
}
// Could `t` begin a sentence? Capitalized words, numbers and opening quotes can.
bool starts_sentence(const TokenPiece& t) {
  if (t.text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  return std::isupper(c) || std::isdigit(c) || is_opening(t.text) || c >= 0x80;
}
bool is_bullet(const TokenPiece& t) {
  return is_word(t.text, "-") || is_word(t.text, "*") || is_word(t.text, "\xE2\x80\xA2") || is_word(t.text, "\xE2\x80\x94");
}
// Words that, capitalized after an abbreviation such as "U.S.", signal a new sentence.
bool common_sentence_starter(std::string_view w) {
  static constexpr std::string_view words[] = {"The", "He", "She", "It", "They", "We", "I", "But", "And",
                                      "A", "An", "In", "This", "That", "Its", "Their", "His",
                                      "Her", "There", "On", "At", "As", "After", "Officials",
                                      "Analysts", "Meanwhile", "However", "Also", "Some", "If"};
  for (std::string_view s : words)
    if (w == s) return true;
  return false;
}

// Where each sentence ends: one past its last token, in order (the last is tokens.size()). The
// tokens of a sentence are [previous end, end); the rules read the tokens in place, by index.
std::vector<size_t> sentence_ends(std::span<const TokenPiece> tokens, const AbbreviationList& abbr,
                                  size_t max_tokens, bool* capped) {
  std::vector<size_t> ends;
  size_t start = 0;  // the current sentence is tokens [start, taken)
  size_t taken = 0;
  auto flush = [&] {
    if (taken == start) return;
    ends.push_back(taken);
    start = taken;
  };
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const TokenPiece& t = tokens[i];
    if (taken > start) {
      // Paragraph breaks always end a sentence; a line break does when the next line is a
      // bullet, or when the previous line ended without punctuation and the next starts a
      // sentence after a short line (a headline).
      if (t.paragraph_before) flush();
      else if (t.newline_before && is_bullet(t)) flush();
    }
    if (taken - start >= max_tokens) {
      if (capped) *capped = true;
      flush();
    }
    taken = i + 1;
    if (!may_end_sentence(t.text)) continue;  // no rule below ends the sentence after it
    const std::string_view last_text = t.text;  // the mark itself, even after closing quotes join
    if (i + 1 >= n) break;
    bool end_here = false;
    size_t next = i + 1;
    if (is_terminal(last_text)) {
      // Whether the word before the mark is a plain word ("though.", "Thanks."), for the rule
      // below; "non-U.S.", "Wisc.", "R-Mo." and "1.1." are abbreviations and numbers the
      // tokenizer could not keep whole.
      bool plain_word_before = taken - start >= 2;
      if (plain_word_before) {
        size_t wi = taken - 2;
        if (wi > start && is_word(tokens[wi].text, "'s")) --wi;  // "like tony's."
        const std::string_view w = tokens[wi].text;
        for (size_t k = 0; k < w.size(); ++k)
          plain_word_before = plain_word_before && ((w[k] >= 'a' && w[k] <= 'z') || (k == 0 && w[k] >= 'A' && w[k] <= 'Z'));
        // A capitalized short word may be an abbreviation ("Wisc.", "Ave."); a longer one is a word.
        if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w.size() < 5) plain_word_before = false;
      }
      // Absorb closing quotes and brackets that follow the terminal mark.
      bool closed = false;
      while (next < n && is_closing(tokens[next].text) && !tokens[next].space_before) {
        taken = next + 1;
        i = next++;
        closed = true;
      }
      if (next >= n) break;
      const TokenPiece& nt = tokens[next];
      end_here = starts_sentence(nt) || nt.newline_before ||
                 (nt.text.size() && std::islower((unsigned char)nt.text[0]) && last_text != "..." &&
                  nt.paragraph_before);
      // A period, question or exclamation mark the tokenizer split off (so not an abbreviation's)
      // ends the sentence even before a lower-case word: informal text does not capitalize. Not
      // after a closing quote or bracket: '"Where was I?" she asked'.
      if (!closed && (is_word(last_text, "?") || is_word(last_text, "!") || (is_word(last_text, ".") && plain_word_before)) && nt.text.size() &&
          std::islower((unsigned char)nt.text[0]))
        end_here = true;
      // A web address or a decoration after the mark starts something new: "read it. http://...",
      // "thanks! ** Google defies ...".
      if (nt.text.starts_with("http") || nt.text[0] == '*' || nt.text[0] == '~') end_here = true;
      // "..." inside a sentence followed by a lower-case word continues it.
      if ((last_text == "..." || last_text == "\xE2\x80\xA6") && !starts_sentence(nt)) end_here = false;
    } else if (last_text.size() > 1 && last_text.back() == '.' && next < n) {
      // An abbreviation kept its period: end only before a clear sentence start.
      std::string bare = to_lower(last_text.substr(0, last_text.size() - 1));
      const TokenPiece& nt = tokens[next];
      if (!abbr.titles.count(bare) && (common_sentence_starter(nt.text) || nt.newline_before) &&
          !(last_text.size() == 2))  // an initial ("J.") never ends a sentence
        end_here = true;
    }
    if (end_here) flush();
  }
  flush();
  return ends;
}

}  // namespace

std::vector<Sentence> group_sentences(std::vector<Token> tokens, const AbbreviationList& abbr,
                                      size_t max_tokens, bool* capped) {
  std::vector<TokenPiece> pieces(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i)
    pieces[i] = {tokens[i].text, tokens[i].start, tokens[i].end, tokens[i].space_before, tokens[i].newline_before,
                 tokens[i].paragraph_before};
  std::vector<Sentence> out;
  size_t b = 0;
  for (size_t e : sentence_ends(pieces, abbr, max_tokens, capped)) {
    Sentence& s = out.emplace_back();
    s.tokens.assign(std::make_move_iterator(tokens.begin() + b), std::make_move_iterator(tokens.begin() + e));
    s.start = s.tokens.front().start;
    s.end = s.tokens.back().end;
    b = e;
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text, size_t begin, size_t end,
                                      const AbbreviationList& abbreviations, size_t max_tokens,
                                      bool* capped) {
  // Each token is made once, in its sentence (tokenizer.h, TokenPiece); the pieces' buffer is
  // the thread's, kept from text to text.
  thread_local TokenPieces pieces;
  tokenize_pieces(text, begin, end, abbreviations, pieces);
  std::vector<Sentence> out;
  ThreadWords words;
  size_t b = 0;
  for (size_t e : sentence_ends({pieces.data(), pieces.size()}, abbreviations, max_tokens, capped)) {
    Sentence& s = out.emplace_back();
    s.tokens = take_tokens(e - b);  // reused from earlier articles (token_pool.h)
    fill_tokens(s.tokens.data(), pieces.data() + b, e - b, words);
    s.start = pieces[b].start;
    s.end = pieces[e - 1].end;
    b = e;
  }
  return out;
}

}  // namespace newsgraph
