#include "lemmatizer.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tagger.h"
#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {
bool is_plain_word(std::string_view w) {
  for (char c : w)
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  return !w.empty();
}

// "5,000" -> "5000", "1,250,000.5" -> "1250000.5": the treebanks lemmatize a number written with
// thousands separators as the number; anything else ("3,4", "01-Feb-02") is kept as written.
std::string without_thousands_separators(const std::string& w) {
  const size_t point = w.find('.');
  const size_t int_end = point == std::string::npos ? w.size() : point;
  size_t group = 0, commas = 0;
  for (size_t i = 0; i < int_end; ++i) {
    if (w[i] == ',') {
      if (group == 0 || (commas > 0 && group != 3) || (commas == 0 && group > 3)) return w;
      ++commas, group = 0;
    } else if (w[i] >= '0' && w[i] <= '9') {
      ++group;
    } else {
      return w;
    }
  }
  if (commas == 0 || group != 3) return w;
  for (size_t i = int_end; i < w.size(); ++i)
    if (!(w[i] >= '0' && w[i] <= '9') && !(i == int_end && w[i] == '.')) return w;
  std::string out;
  for (char c : w)
    if (c != ',') out += c;
  return out;
}

// A word that is a code rather than a word of the language keeps its form: one with a digit that
// is not a plural ("01-Feb-02", "A4", "mp3"), and a single capital letter used as a noun ("plan
// B", "P"). The treebanks write these as the text does; lower-casing them makes new words.
bool is_written_code(std::string_view word, std::string_view tag) {
  if (tag == "NNS" || tag == "NNPS" || tag.starts_with("VB")) return false;
  if (has_digit(word)) return true;
  return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' && (tag == "NN" || tag == "NNP");
}

// A plural written with an apostrophe ("the 80's", "pic's", "ID's"): the lemma of a decade keeps
// the plain plural ("80s"), any other word drops the "'s" ("pic"). Empty when the word has no such
// ending.
std::string apostrophe_plural_base(std::string_view lower) {
  if (lower.size() < 3 || !lower.ends_with("'s")) return {};
  std::string_view stem = lower.substr(0, lower.size() - 2);
  if (is_all_digits(stem))
    return std::string(stem) + "s";
  return std::string(stem);
}

// "SOUTER" -> "Souter": ASCII letters after the first in lower case.
void title_case(std::string& w) {
  for (size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z') w[i] = static_cast<char>(w[i] - 'A' + 'a');
}
}  // namespace

void Lemmatizer::Mapping::add(std::string_view key, std::string value) {
  if (from.insert(key) == to.size()) to.push_back(std::move(value));  // a new key: ids are dense
}

const std::string* Lemmatizer::Mapping::find(std::string_view key) const {
  uint32_t id = from.find(key);
  return id == StringTable::kNone ? nullptr : &to[id];
}

Lemmatizer::Lemmatizer(const std::string& dir, const std::string& closed_file) {
  static std::atomic<uint64_t> lemmatizers{0};
  generation_ = ++lemmatizers;
  const char* names[4] = {"noun", "verb", "adj", "adv"};
  for (int p = 0; p < 4; ++p) {
    std::string index_path = dir + "/index." + names[p];
    std::ifstream in(index_path);
    if (!in)
      throw std::runtime_error("cannot read " + index_path + " (install the Debian package wordnet-base)");
    std::error_code size_error;
    const auto bytes = std::filesystem::file_size(index_path, size_error);
    if (!size_error) index_[p].reserve(bytes / 40);  // WordNet index lines average about 40 bytes
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      size_t sp = line.find(' ');
      std::string lemma = line.substr(0, sp);
      for (char& c : lemma)
        if (c == '_') c = ' ';
      index_[p].insert(lemma);
    }
    std::ifstream exc(dir + "/" + names[p] + ".exc");
    while (std::getline(exc, line)) {
      std::istringstream ls(line);
      std::string form, base;
      if (ls >> form >> base) exceptions_[p].add(form, base);
    }
  }
  std::ifstream closed(closed_file);
  if (!closed) throw std::runtime_error("cannot read " + closed_file);
  std::string line;
  while (std::getline(closed, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f.size() < 3) continue;
    std::string key(f[0]);
    if (f[1] != "*") key += "\t" + std::string(f[1]);
    closed_.add(key, std::string(f[2]));
    closed_words_.insert(f[0]);
    if (f[0].size() > kLongestClosedWord) throw std::runtime_error(closed_file + ": '" + std::string(f[0]) + "' is longer than a closed-class word may be");
    closed_shapes_[f[0].empty() ? 0 : static_cast<unsigned char>(f[0][0])] |= static_cast<uint16_t>(1u << f[0].size());
  }
}

// Not remembered on its own: lemmatize() remembers each word's lemma per tag (remembered_lemma),
// and the few words that reach morphy again with another tag or spelling did not pay for a memo
// keyed by text (its hashing cost more than the rules it saved).
std::string Lemmatizer::morphy(std::string_view w, Pos pos, bool inflected) const { return morphy_uncached(w, pos, inflected); }

std::string Lemmatizer::morphy_uncached(std::string_view w, Pos pos, bool inflected) const {
  if (const std::string* ex = exceptions_[pos].find(w)) return *ex;
  if (pos == kAdv) return inflected ? comparative_adverb_base(w) : std::string(w);
  // A base-form tag keeps a word WordNet knows; an inflected tag (NNS, VBD, JJR...) prefers a
  // detached base form ("years" -> "year") even when WordNet also lists the inflected form.
  if (!inflected && known(pos, w)) return std::string(w);
  static const std::vector<std::pair<std::string, std::string>> rules[3] = {
      {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
       {"men", "man"}, {"ies", "y"}},
      {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"},
       {"ing", ""}},
      {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};
  for (const auto& [suf, rep] : rules[pos]) {
    if (w.size() > suf.size() && w.ends_with(suf)) {
      std::string cand(w.substr(0, w.size() - suf.size()));
      cand += rep;
      if (known(pos, cand)) return cand;
    }
  }
  // Doubled consonant before -ed/-ing ("stopped", "planning").
  if (pos == kVerb) {
    for (const char* suf : {"ed", "ing"}) {
      std::string s(suf);
      if (w.size() > s.size() + 2 && w.ends_with(s)) {
        std::string_view stem = w.substr(0, w.size() - s.size());
        if (stem[stem.size() - 1] == stem[stem.size() - 2]) {
          std::string_view cand = stem.substr(0, stem.size() - 1);
          if (known(pos, cand)) return std::string(cand);
        }
      }
    }
  }
  return std::string(w);
}

// A comparative or superlative adverb's base: "later" -> "late", "sooner" -> "soon", "earlier"
// -> "early", as the treebanks lemmatize them. WordNet has no detachment rules for adverbs and
// lists few adverb exceptions; the base must be an adverb or adjective WordNet knows.
std::string Lemmatizer::comparative_adverb_base(std::string_view w) const {
  static constexpr std::pair<std::string_view, std::string_view> rules[] = {
      {"ier", "y"}, {"iest", "y"}, {"er", ""}, {"er", "e"}, {"est", ""}, {"est", "e"}};
  for (const auto& [suf, rep] : rules) {
    if (w.size() <= suf.size() + 1 || !w.ends_with(suf)) continue;
    std::string cand(w.substr(0, w.size() - suf.size()));
    cand += rep;
    if (known(kAdv, cand) || known(kAdj, cand)) return cand;
  }
  return std::string(w);
}

// The singular of a plural noun WordNet does not know ("empanadas", "webinars"): the regular
// English plural endings detached by shape, as a reader would.
std::string Lemmatizer::unknown_plural_base(std::string_view w) {
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  for (std::string_view suf : {"sses", "shes", "ches", "xes", "zzes"})
    if (ends(suf)) return std::string(w.substr(0, w.size() - 2));
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("'s"))
    return std::string(w.substr(0, w.size() - 1));
  return std::string(w);
}

std::string Lemmatizer::lemma(const std::string& word, std::string_view tag) const {
  return lemma_of(word, to_lower(word), tag);
}

std::string Lemmatizer::lemma_of(const std::string& word, std::string_view lw, std::string_view tag) const {
  // Normalize curly apostrophes so clitics match the table (a copy only for the few words that
  // have one).
  std::string straight;
  // The curly apostrophe starts with 0xE2; most words have no such byte.
  if (lw.find('\xE2') != std::string_view::npos && lw.find("\xE2\x80\x99") != std::string_view::npos) {
    straight.assign(lw);
    size_t p;
    while ((p = straight.find("\xE2\x80\x99")) != std::string::npos) straight.replace(p, 3, "'");
    lw = straight;
  }
  // Written numbers, symbols and addresses are their own lemma ("01-Feb-02" keeps its capital;
  // "One" the word is "one").
  if (tag == "CD" && has_digit(word)) return without_thousands_separators(word);
  if (tag == "SYM" || tag == "LS" || tag == "ADD" || tag == "NFP" ||
      tag == "$" || tag == "#")
    return word;
  if (is_written_code(word, tag)) return word;
  const bool proper = tag == "NNP" || tag == "NNPS";
  if (may_be_closed_word(lw) && closed_words_.find(lw) != StringTable::kNone) {
    thread_local std::string key;
    key.assign(lw).append(1, '\t').append(tag);
    if (const std::string* c = closed_.find(key)) return *c;
    if (!proper)
      if (const std::string* c = closed_.find(lw)) return *c;
  }
  if (tag == "NNP") return word;
  if (tag == "NNPS") {
    std::string l = morphy(lw, kNoun, true);
    if (l != lw && !word.empty()) {
      std::string out = word.substr(0, l.size());
      return out;
    }
    return word;
  }
  if (tag == "NN") return std::string(lw);
  if (tag.starts_with("NN")) {
    if (std::string base = apostrophe_plural_base(lw); !base.empty()) return base;
    std::string l = morphy(lw, kNoun, true);
    // Neither WordNet nor its rules know the word: detach the plural by its shape. Only for
    // plain lower-case letters (no digits, symbols or web addresses).
    if (l == lw && !known(kNoun, lw) && is_plain_word(lw)) return unknown_plural_base(lw);
    return l;
  }
  if (tag.starts_with("VB")) return morphy(lw, kVerb, tag != "VB" && tag != "VBP");
  if (tag == "JJR" || tag == "JJS") return morphy(lw, kAdj, true);
  if (tag == "RBR" || tag == "RBS") return morphy(lw, kAdv, true);
  // Adjectives from names keep their capital ("Palestinian", "American").
  if (tag == "JJ" && is_upper_initial(word) && word.size() > 1 && std::islower(static_cast<unsigned char>(word[1])) &&
      !known(kAdj, lw))
    return word;
  return std::string(lw);
}

// A lemma depends on the word's text and tag alone, and news repeats its words: each (word, tag) is
// worked out once per thread and found again by the word id the tokenizer gave the token
// (word_ids.h), without hashing the text (the closed-word probe and morphy's WordNet probes cost about 300
// instructions a token). Each word's (tag, lemma) entries are chained from first[word]. The memo
// is bounded (emptied when full, at a sentence start) and belongs to one lemmatizer.
struct Lemmatizer::LemmaMemo {
  uint64_t generation = 0;
  std::vector<uint32_t> first;  // word id -> its latest entry, or kNoWord
  struct Entry {
    PosTag tag;
    // None of lemmatize()'s corrections after the memo can change this (word, tag)'s lemma
    // (needs_correction() is false): a hit with this set is done once the lemma is copied.
    bool plain;
    uint32_t next;  // the word's previous entry, or kNoWord
    std::string lemma;
  };
  std::vector<Entry> entries;
};

Lemmatizer::LemmaMemo& Lemmatizer::lemma_memo() const {
  thread_local LemmaMemo memo;
  if (memo.generation != generation_ || memo.entries.size() >= 200000) {
    memo = LemmaMemo{};
    memo.generation = generation_;
  }
  return memo;
}

// Whether one of lemmatize()'s corrections after lemma_of() may change a token's lemma: a name
// (title_case in a shouted sentence), a word starting with the byte 0xE2 (typographic quotes and
// dashes), a capitalized adjective (proper adjectives). Each reads only the token's text and tag,
// besides the sentence (shouted, the tag before), so it is worked out once per memo entry.
static bool needs_correction(const Token& t) {
  return t.tag == "NNP" || t.tag == "NNPS" || (!t.text.empty() && static_cast<unsigned char>(t.text[0]) == 0xE2) ||
         (t.tag == "JJ" && t.text.size() > 1 && is_upper_initial(t.text) && std::islower(static_cast<unsigned char>(t.text[1])));
}

// Inlined into lemmatize(), which asks it at every token; the miss path stays out of line
// (remember_lemma), so the hit keeps to a few registers. Returns whether the lemma is final
// (no correction in lemmatize() can apply to it).
[[gnu::always_inline]] inline bool Lemmatizer::remembered_lemma(LemmaMemo& memo, Token& t) const {
  if (t.word == kNoWord) {
    t.lemma = lemma_of(t.text, t.lower, t.tag);
    return false;
  }
  if (t.word >= memo.first.size()) memo.first.resize(std::max<size_t>(word_count(), t.word + 1), kNoWord);
  for (uint32_t e = memo.first[t.word]; e != kNoWord; e = memo.entries[e].next) {
    const LemmaMemo::Entry& entry = memo.entries[e];
    if (entry.tag == t.tag) {
      t.lemma = entry.lemma;
      return entry.plain;
    }
  }
  return remember_lemma(memo, t);
}

bool Lemmatizer::remember_lemma(LemmaMemo& memo, Token& t) const {
  // Most words arrive in the first articles: room for them up front saves moving the entries'
  // strings as the vector grows.
  if (memo.entries.empty()) memo.entries.reserve(16384);
  const bool plain = !needs_correction(t);
  memo.entries.push_back({t.tag, plain, memo.first[t.word], lemma_of(t.text, t.lower, t.tag)});
  memo.first[t.word] = static_cast<uint32_t>(memo.entries.size() - 1);
  t.lemma = memo.entries.back().lemma;
  return plain;
}

void Lemmatizer::lemmatize(std::vector<Token>& tokens) const {
  const bool shouted = is_shouted(tokens);
  LemmaMemo& memo = lemma_memo();
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    // A final lemma skips the corrections below: none of their conditions holds for the token
    // (needs_correction), so they would leave it as it is.
    if (remembered_lemma(memo, t)) continue;
    // A name in a shouted sentence ("TELL SOUTER NOW") is written the ordinary way, as the
    // treebanks lemmatize it ("Souter"); a short one may be an acronym ("IBM") and stays.
    if (shouted && (t.tag == "NNP" || t.tag == "NNPS") && t.lemma.size() >= 4) title_case(t.lemma);
    // Typographic quotes and the en dash have the plain character as their lemma (each starts
    // with the byte 0xE2, which plain words lack).
    if (!t.text.empty() && static_cast<unsigned char>(t.text[0]) == 0xE2) {
      if (is_word(t.text, "\xE2\x80\x9C") || is_word(t.text, "\xE2\x80\x9D")) t.lemma = "\"";
      else if (is_word(t.text, "\xE2\x80\x98") || (is_word(t.text, "\xE2\x80\x99") && t.tag != "POS")) t.lemma = "'";
      else if (is_word(t.text, "\xE2\x80\x93")) t.lemma = "-";
    }
    // An adjective capitalized inside a sentence is a proper adjective ("American", "Iraqi") and
    // keeps its capital, as the treebanks write it; at the start of a sentence the capital says
    // nothing.
    if (t.tag == "JJ" && t.text.size() > 1 && is_upper_initial(t.text) && std::islower(static_cast<unsigned char>(t.text[1]))) {
      const bool inside = i > 0 && !(tokens[i - 1].tag == "``" || tokens[i - 1].tag == ":" || tokens[i - 1].tag == "-LRB-");
      if (inside) t.lemma = t.text;
    }
  }
}

}  // namespace newsgraph
