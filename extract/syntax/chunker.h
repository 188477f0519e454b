// Noun groups and verb groups over a tagged, lemmatized sentence. Verb groups carry what later
// stages need: auxiliaries, modal, negation, tense, passive voice, particle, and an infinitival
// chain ("threatened to impose", "was ready to suspend") with its matrix word.
#pragma once
#include <string>
#include <vector>

#include "lexicons.h"
#include "token.h"

namespace newsgraph {

constexpr size_t kNone = static_cast<size_t>(-1);

struct NounGroup {
  size_t begin = 0, end = 0;  // token range [begin, end)
  size_t head = 0;            // index of the head noun (last nominal)
};

enum class Tense { kNone, kPast, kPresent, kFuture };

struct VerbGroup {
  size_t begin = 0, end = 0;  // token range [begin, end), particle included
  size_t main = 0;            // the content verb (after any infinitival chain)
  std::string lemma;          // lemma of the main verb
  bool passive = false;
  bool negated = false;
  std::string modal;          // lower-case modal auxiliary, if any ("will", "could")
  Tense tense = Tense::kNone;
  size_t particle = kNone;    // phrasal particle ("take up")
  size_t matrix = kNone;      // matrix verb or adjective of an infinitival chain
  std::string matrix_lemma;
  bool finite = true;         // false for bare participles and infinitives
};

struct Chunks {
  std::vector<NounGroup> nouns;
  std::vector<VerbGroup> verbs;
  std::vector<int> noun_at;  // token -> index into nouns, or -1
  std::vector<int> verb_at;  // token -> index into verbs, or -1
};

Chunks chunk(const std::vector<Token>& tokens, const Lexicons& lex);

// NN, NNS, NNP, NNPS. Inline: every stage asks it of most tokens.
inline bool is_noun_tag(std::string_view t) {
  if (t.size() < 2 || t.size() > 4 || t[0] != 'N' || t[1] != 'N') return false;
  if (t.size() == 2) return true;
  if (t.size() == 3) return t[2] == 'S' || t[2] == 'P';
  return t[2] == 'P' && t[3] == 'S';
}
// The same on a token's tag, read from its NUL-padded bytes (no length to load).
inline bool is_noun_tag(const PosTag& t) {
  if (t[0] != 'N' || t[1] != 'N') return false;
  return t[2] == '\0' || ((t[2] == 'S' || t[2] == 'P') && t[3] == '\0') || (t[2] == 'P' && t[3] == 'S' && t[4] == '\0');
}
inline bool is_verb_tag(std::string_view t) { return t.size() >= 2 && t[0] == 'V' && t[1] == 'B'; }
bool is_be(const Token& t);
// "all", "both", "each": a quantifier that may float off its noun group, inside a verb group
// ("have both agreed") or between a subject and its verb ("A and B both denied").
inline bool is_floating_quantifier(const Token& t) { return t.lower == "all" || t.lower == "both" || t.lower == "each"; }

}  // namespace newsgraph
