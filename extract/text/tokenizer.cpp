#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "text_util.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;

void AbbreviationList::add(std::string_view word, bool title) {
  std::string w = to_lower(word);
  longest_ = std::max(longest_, w.size());
  if (title) titles.insert(w);
  all_table_.insert(w);
  all.insert(std::move(w));
}

bool AbbreviationList::is_abbreviation(std::string_view w) const {
  if (w.empty()) return false;
  // Initials and dotted acronyms: "J", "U.S", "e.g", "a.m". Tested before the list, which needs
  // a lower-case copy and a hash: the answer is the same in either order.
  bool pattern = true;
  for (size_t i = 0; i < w.size(); ++i) {
    bool letter = std::isalpha(static_cast<unsigned char>(w[i]));
    if (i % 2 == 0 ? !letter : w[i] != '.') {
      pattern = false;
      break;
    }
  }
  if (pattern && w.size() % 2 == 1 && (w.size() > 1 || std::isupper(static_cast<unsigned char>(w[0])))) return true;
  if (w.size() > longest_) return false;
  // A word no longer than the longest listed one, lower-cased on the stack (assign_lower's ASCII
  // mapping); a list with longer words than the buffer takes the std::string key.
  char lower[32];
  if (w.size() > sizeof lower) return all.count(to_lower(w)) > 0;
  for (size_t k = 0; k < w.size(); ++k) lower[k] = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
  return all_table_.find(std::string_view(lower, w.size())) != StringTable::kNone;
}

namespace {

constexpr bool is_space_char(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// is_space_char as a table: one load instead of six comparisons, for the scan's test of every
// byte between chunks and of every chunk's end.
constexpr std::array<bool, 256> kSpaceByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = is_space_char(static_cast<char>(c));
  return t;
}();
inline bool is_space(char c) { return kSpaceByte[static_cast<unsigned char>(c)]; }

// Length of a multi-byte punctuation mark starting at s[i] that always stands alone, or 0.
size_t unicode_punct(std::string_view s, size_t i) {
  // Every mark below starts with 0xE2 or 0xC2; most bytes can be rejected at once.
  unsigned char c0 = static_cast<unsigned char>(s[i]);
  if (c0 != 0xE2 && c0 != 0xC2) return 0;
  static constexpr std::string_view marks[] = {
      "\xE2\x80\x9C", "\xE2\x80\x9D",  // curly double quotes
      "\xE2\x80\x98", "\xE2\x80\x99",  // curly single quotes
      "\xE2\x80\x94", "\xE2\x80\x93",  // em and en dash
      "\xE2\x80\xA6",                  // ellipsis
      "\xC2\xAB", "\xC2\xBB",          // guillemets
  };
  std::string_view rest = s.substr(i);
  for (std::string_view m : marks)
    if (rest.starts_with(m)) return m.size();
  return 0;
}

bool is_apostrophe_at(std::string_view s, size_t i) {
  return s[i] == '\'' || s.compare(i, 3, "\xE2\x80\x99") == 0;
}
size_t apostrophe_len(std::string_view s, size_t i) { return s[i] == '\'' ? 1 : 3; }

struct Piece {
  size_t b, e;
};

// Bytes that may begin a leading mark split_chunk takes off the front of a chunk: the quotes and
// brackets, "$", "#", "--", and the first bytes of the multi-byte marks (unicode_punct). A chunk
// that starts with any other byte (most do: a letter or a digit) has no leading mark, so the
// loop's tests are skipped with one table load.
constexpr std::array<bool, 256> kMayLeadMark = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("\"([{`'<$#-")) t[c] = true;
  t[0xE2] = t[0xC2] = true;
  return t;
}();

// Bytes that may end a trailing mark split_chunk takes off the end of a chunk: the ASCII marks
// tested there and, in a chunk with bytes >= 0x80, the last bytes of the multi-byte marks (all
// >= 0x80). A chunk that ends with any other byte has no trailing mark.
constexpr std::array<bool, 256> kMayTrailMark = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view(",;:!?\")]}>'.-%")) t[c] = true;
  for (int c = 0x80; c < 0x100; ++c) t[c] = true;
  return t;
}();

// Bytes that neither end a chunk (white space), nor may split it or start a multi-byte mark
// ('-', bytes >= 0x80), nor may start a clitic (the apostrophe): the tokenizer's scan takes
// most bytes with one load from this table, and a chunk of such bytes alone skips the
// multi-byte and clitic tests of split_chunk.
constexpr std::array<bool, 256> kPlainChunkByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = !is_space_char(static_cast<char>(c)) && c != '-' && c != '\'';
  return t;
}();

// The eight bytes at p as one little-endian integer (the first byte lowest).
inline uint64_t load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  return x;
}

// The high bit of each byte of x that may not be plain (kPlainChunkByte): below 0x21 (white
// space, and the control bytes, which are plain and go to the byte test), >= 0x80, '-' or the
// apostrophe. Only the lowest flag is exact: a borrow may flag bytes above it, so the caller
// takes the lowest and tests that byte itself. Any byte below the lowest flag is plain, which
// makes skipping to it the same as the byte-by-byte loop.
inline uint64_t maybe_stop_bytes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto zero_bytes = [&](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_0x21 = (x - kOnes * 0x21) & ~x & kHighs;
  return below_0x21 | (x & kHighs) | zero_bytes(x ^ (kOnes * '-')) | zero_bytes(x ^ (kOnes * '\''));
}

// Where a word [b, e) splits off a clitic ('s 're 've 'll 'd 'm n't, a possessive apostrophe
// after s, "cannot" -> "can" "not" as in the Treebank); npos when it does not.
size_t clitic_split(std::string_view s, size_t b, size_t e) {
  std::string_view w = s.substr(b, e - b);
  // Most words have no apostrophe (' or the curly one, which starts with 0xE2): only "cannot"
  // splits among them. One pass over the bytes; a three-byte find is a search.
  bool apostrophe = false;
  for (char c : w)
    if (c == '\'' || static_cast<unsigned char>(c) == 0xE2) {
      apostrophe = true;
      break;
    }
  if (!apostrophe) return iequals(w, "cannot") ? b + 3 : std::string::npos;
  std::string lw = to_lower(w);
  size_t split = std::string::npos;
  if (lw.size() > 3 && lw.ends_with("n't")) split = e - 3;
  else if (lw.size() > 5 && lw.ends_with("n\xE2\x80\x99t")) split = e - 5;
  else {
    for (const char* cl : {"s", "re", "ve", "ll", "d", "m"}) {
      size_t cn = std::strlen(cl);
      for (size_t alen : {1u, 3u}) {
        if (lw.size() > cn + alen && lw.compare(lw.size() - cn, cn, cl) == 0 &&
            is_apostrophe_at(s, e - cn - alen) && apostrophe_len(s, e - cn - alen) == alen) {
          split = e - cn - alen;
          break;
        }
      }
      if (split != std::string::npos) break;
    }
    if (split == std::string::npos && lw.size() > 1 && lw.back() == '\'' && lw[lw.size() - 2] == 's')
      split = e - 1;
    if (split == std::string::npos && lw.size() > 3 && lw.ends_with("s\xE2\x80\x99"))
      split = e - 3;
  }
  if (split == std::string::npos && is_word(lw, "cannot")) split = b + 3;
  return split;
}

// The English clitics after their apostrophe: "s", "re", "ve", "ll", "d", "m" (any case).
bool is_clitic(std::string_view w) {
  if (w.empty() || w.size() > 2) return false;
  const std::string lw = to_lower(w);
  return is_word(lw, "s") || is_word(lw, "re") || is_word(lw, "ve") || is_word(lw, "ll") || is_word(lw, "d") || is_word(lw, "m");
}

// Writes the piece [b, e) at `out` (a slot TokenPieces::room made) and moves `out` past it; the
// white-space flags are cleared (the slot may hold a piece of an earlier text) and set by the
// caller for a chunk's first piece. Inline: it is called once per token, and the call cost as
// much as the body.
[[gnu::always_inline]] inline void add_piece(TokenPiece*& out, std::string_view s, size_t b, size_t e) {
  TokenPiece& t = *out++;
  t.text = std::string_view(s.data() + b, e - b);  // b <= e <= s.size(): no bounds test needed
  t.start = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.space_before = t.newline_before = t.paragraph_before = false;
}

// Splits one whitespace-free chunk [b, e) into tokens.
// `plain`: the chunk has no apostrophe and no byte >= 0x80 (kPlainChunkByte), so no multi-byte
// mark ends it and no clitic splits from it but "cannot"'s.
// Writes the pieces of the chunk from `out` on (room for e - b pieces: each piece has at least
// one byte), without white-space flags, and returns the slot after them; `tail` is scratch for
// the pieces split from the right, reused from chunk to chunk. `out` is a value, not a
// reference to the caller's cursor, so that it stays in a register.
TokenPiece* split_chunk(std::string_view s, size_t b, size_t e, const AbbreviationList& abbr, bool plain,
                        TokenPiece* out, std::vector<Piece>& tail) {
  tail.clear();  // pieces split from the right, in reverse order
  const size_t chunk_begin = b;
  bool opened_single = false;  // the chunk opened with a single quote: 'really' closes it too
  // Leading punctuation.
  while (b < e) {
    if (!kMayLeadMark[static_cast<unsigned char>(s[b])]) break;
    size_t u = unicode_punct(s, b);
    if (u && !(is_apostrophe_at(s, b) && b + u < e && std::isalpha((unsigned char)s[b + u]) && false)) {
      add_piece(out, s, b, b + u);
      b += u;
      continue;
    }
    char c = s[b];
    // A clitic standing alone, as in pretokenized text ("they 're"), is a word, not a quote.
    if (c == '\'' && b == chunk_begin && is_clitic(s.substr(b + 1, e - b - 1))) break;
    if (c == '"' || c == '(' || c == '[' || c == '{' || c == '`' || c == '\'' || c == '<') {
      // `` and '' (Penn Treebank's quotes, in pretokenized text) are one token each.
      size_t n = ((c == '`' || c == '\'') && b + 1 < e && s[b + 1] == c) ? 2 : 1;
      opened_single = opened_single || (c == '\'' && n == 1);
      add_piece(out, s, b, b + n);
      b += n;
      continue;
    }
    if (c == '$' || c == '#') {
      add_piece(out, s, b, b + 1);
      b += 1;
      continue;
    }
    if (c == '-' && b + 1 < e && s[b + 1] == '-') {
      size_t n = 2;
      while (b + n < e && s[b + n] == '-') ++n;
      add_piece(out, s, b, b + n);
      b += n;
      continue;
    }
    break;
  }
  // Trailing punctuation.
  while (e > b) {
    if (!kMayTrailMark[static_cast<unsigned char>(s[e - 1])]) break;
    // Multi-byte marks at the end.
    bool took = false;
    if (!plain) {  // a chunk without bytes >= 0x80 ends with no multi-byte mark
      for (size_t n : {3u, 2u}) {
        if (e - b >= n && unicode_punct(s, e - n) == n) {
          // A curly apostrophe after "s" is a possessive marker: leave for the clitic step.
          tail.push_back({e - n, e});
          e -= n;
          took = true;
          break;
        }
      }
    }
    if (took) continue;
    char c = s[e - 1];
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == ')' ||
        c == ']' || c == '}' || c == '>' || (c == '\'' && e - b >= 2 && s[e - 2] == '\'') ||
        (c == '\'' && opened_single && e - b >= 2)) {
      size_t n = (c == '\'' && s[e - 2] == '\'') ? 2 : 1;
      tail.push_back({e - n, e});
      e -= n;
      continue;
    }
    if (c == '.') {
      size_t dots = 0;
      while (e - dots > b && s[e - 1 - dots] == '.') ++dots;
      if (dots >= 2) {
        tail.push_back({e - dots, e});
        e -= dots;
        continue;
      }
      std::string_view word = s.substr(b, e - 1 - b);
      if (!word.empty() && abbr.is_abbreviation(word)) break;  // keep "U.S." and "Mr." whole
      tail.push_back({e - 1, e});
      e -= 1;
      continue;
    }
    if (c == '-' && e - b >= 2 && s[e - 2] == '-') {
      size_t n = 2;
      while (e - n > b && s[e - n - 1] == '-') ++n;
      tail.push_back({e - n, e});
      e -= n;
      continue;
    }
    if (c == '%') {
      tail.push_back({e - 1, e});
      e -= 1;
      continue;
    }
    break;
  }
  if (e > b) {
    // A plain chunk splits only "cannot": the length and first-letter tests spare most words the call.
    size_t split = !plain ? clitic_split(s, b, e)
                   : (e - b == 6 && (s[b] | 0x20) == 'c' && iequals(s.substr(b, 6), "cannot")) ? b + 3
                                                                                           : std::string::npos;
    if (split != std::string::npos && split > b) {
      add_piece(out, s, b, split);
      add_piece(out, s, split, e);
    } else {
      add_piece(out, s, b, e);
    }
  }
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) add_piece(out, s, it->b, it->e);
  return out;
}

}  // namespace

TokenPiece* TokenPieces::room(size_t more) {
  if (n_ + more > cap_) {  // tokenize_pieces tests this before the call
    const size_t cap = std::max({n_ + more, cap_ * 2, size_t{1024}});
    auto bigger = std::make_unique<TokenPiece[]>(cap);
    std::copy(buf_.get(), buf_.get() + n_, bigger.get());
    buf_ = std::move(bigger);
    cap_ = cap;
  }
  return buf_.get() + n_;
}

void tokenize_pieces(std::string_view text, size_t begin, size_t end, const AbbreviationList& abbreviations,
                     TokenPieces& out) {
  out.n_ = 0;
  thread_local std::vector<Piece> tail;  // split_chunk's scratch
  // The write cursor and the buffer's end, kept in registers: read through `out` they were
  // reloaded at every chunk (a piece's stores may alias them), 15 instructions a chunk. Only
  // room() reads out.n_, so it is stored before that call and at the end.
  TokenPiece* cursor = out.buf_.get();
  TokenPiece* limit = cursor + out.cap_;
  size_t i = begin;
  while (i < end) {
    // The white space before the chunk: a run of it is read in one loop, and its flags go to
    // the chunk's first piece.
    int newlines = 0;
    bool space = false;
    if (is_space(text[i])) {
      space = true;
      do {
        newlines += text[i] == '\n';
        ++i;
      } while (i < end && is_space(text[i]));
      if (i == end) break;
    }
    size_t j = i;
    bool marked = false;  // the chunk has an apostrophe or a byte >= 0x80 (see kPlainChunkByte)
    // A chunk ends at whitespace; em dashes and ellipses inside a chunk also split it.
    // Words are mostly plain bytes: skip them eight at a time (maybe_stop_bytes) up to the
    // first byte that may not be plain, which the tests below classify one by one.
    while (j < end) {
      if (j + 8 <= end) {
        const uint64_t stops = maybe_stop_bytes(load8(text.data() + j));
        if (stops == 0) {
          j += 8;
          continue;
        }
        j += static_cast<size_t>(std::countr_zero(stops)) / 8;
      }
      // Most bytes are plain: one table load.
      const unsigned char c = static_cast<unsigned char>(text[j]);
      if (kPlainChunkByte[c]) {
        ++j;
        continue;
      }
      if (c < 0x80 && c != '-') {
        if (is_space(text[j])) break;
        marked = true;  // the apostrophe
        ++j;
        continue;
      }
      marked = marked || c >= 0x80;
      size_t u = unicode_punct(text, j);
      if (u && j > i && (text.compare(j, 3, "\xE2\x80\x94") == 0 || text.compare(j, 3, "\xE2\x80\xA6") == 0)) break;
      if (u && j == i && (text.compare(j, 3, "\xE2\x80\x94") == 0 || text.compare(j, 3, "\xE2\x80\xA6") == 0)) {
        j += u;
        break;
      }
      if (text[j] == '-' && j + 1 < end && text[j + 1] == '-' && j > i) break;
      j += u ? u : 1;
    }
    // The buffer grows (room) only when a chunk may not fit: once per thread, nearly.
    if (static_cast<size_t>(limit - cursor) < j - i) {
      out.n_ = static_cast<size_t>(cursor - out.buf_.get());
      cursor = out.room(j - i);
      limit = out.buf_.get() + out.cap_;
    }
    TokenPiece* const first = cursor;
    cursor = split_chunk(text, i, j, abbreviations, !marked, first, tail);
    if (cursor != first) {  // the white space before the chunk goes to its first piece
      first->space_before = space;
      first->newline_before = newlines > 0;
      first->paragraph_before = newlines > 1;
    }
    i = j;
  }
  out.n_ = static_cast<size_t>(cursor - out.buf_.get());
}

namespace {
// As Token::set_text, with the lower-case form copied from the word's entry (word_lower).
// Inline in fill_tokens' loop: the call cost a tenth of the token.
[[gnu::always_inline]] inline void fill_token(Token& t, const TokenPiece& p, ThreadWords& words) {
  t.text.assign(p.text);
  const WordRef w = words.ref(p.text);
  t.word = w.id;
  if (w.lower) t.lower = *w.lower;
  else assign_lower(t.lower, p.text);
  t.start = p.start;
  t.end = p.end;
  t.space_before = p.space_before;
  t.newline_before = p.newline_before;
  t.paragraph_before = p.paragraph_before;
}
}  // namespace

void fill_tokens(Token* out, const TokenPiece* pieces, size_t n, ThreadWords& words) {
  for (size_t k = 0; k < n; ++k) fill_token(out[k], pieces[k], words);
}

std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end,
                            const AbbreviationList& abbreviations) {
  TokenPieces pieces;
  tokenize_pieces(text, begin, end, abbreviations, pieces);
  std::vector<Token> tokens(pieces.size());
  ThreadWords words;
  fill_tokens(tokens.data(), pieces.data(), pieces.size(), words);
  return tokens;
}

std::vector<Token> tokenize_pretokenized(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> tokens;
  size_t i = begin;
  while (i < end) {
    while (i < end && is_space(text[i])) ++i;
    size_t j = i;
    while (j < end && !is_space(text[j])) ++j;
    if (j > i) {
      Token t;
      t.set_text(text.substr(i, j - i));
      t.start = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(j);
      t.space_before = !tokens.empty();
      tokens.push_back(std::move(t));
    }
    i = j;
  }
  return tokens;
}

}  // namespace newsgraph
