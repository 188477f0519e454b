// Word ids: each distinct token text a thread has tokenized gets a dense id (Token::word), so
// that later stages keep what they work out about a word (the tagger's candidates, the
// lemmatizer's lemmas) in a vector indexed by the id instead of hashing the text again. A
// StringTable probe plus building its key costs 150-200 instructions, more than a memoized stage
// saves; with ids the text is hashed once, at tokenization.
// The table belongs to the thread (extraction of one article runs on one thread, tokenization
// before tagging). It only grows, so an id never changes meaning while a token carries it; once
// it holds kMaxWords words, new texts get no id (kNoWord) and stages take their
// id-free path for them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph {

inline constexpr uint32_t kNoWord = UINT32_MAX;

// The id of `text` in this thread's table, adding it when absent and there is room; kNoWord
// when the table is full.
uint32_t word_id(std::string_view text);
// word_id and word_lower with one lookup, for the tokenizer (once per token): `lower` is null
// when `id` is kNoWord.
struct WordRef {
  uint32_t id = kNoWord;
  const std::string* lower = nullptr;
};
WordRef word_ref(std::string_view text);
// How many ids this thread's table has given out (ids are 0 .. count - 1).
uint32_t word_count();
// The lower-case form (assign_lower) of the text that has id `id` in this thread's table, made
// once per word: the tokenizer copies it into Token::lower instead of lower-casing each token.
const std::string& word_lower(uint32_t id);

}  // namespace newsgraph
