// Part-of-speech tagging with Penn Treebank tags: a bigram hidden Markov model decoded with
// Viterbi, whose transition and lexical statistics are read at start-up from the Penn
// Treebank counts that Debian's liblingua-en-tagger-perl installs (tags.yml, words.yml).
// Unknown words get a suffix model learned from the rare words of that same lexicon, plus
// shape and capitalization evidence. Contextual correction rules follow decoding.
#pragma once
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lemmatizer.h"
#include "string_table.h"
#include "token.h"
#include "trigram_model.h"

namespace newsgraph {

// The form under which the lexicons know token i (quotes and brackets renamed: "``", "*LRB*");
// `buffer` holds it when it is not the token's own text.
std::string_view lexicon_form(const std::vector<Token>& tokens, size_t i, std::string* buffer);
// Whether token i starts a sentence or a quotation, where a capital says nothing about names.
bool starts_sentence(const std::vector<Token>& tokens, size_t i);
// Whether a sentence is written all in capitals ("PLEASE CALL ME"): at least kShoutedWords words
// of two or more letters and no lower-case letter. Its capitals say nothing about names.
inline constexpr size_t kShoutedWords = 3;
bool is_shouted(const std::vector<Token>& tokens);

class Tagger {
 public:
  // Loads tags.yml and words.yml from `lingua_dir`. Throws std::runtime_error naming the file
  // and the package to install when they are missing.
  // With `trigram_model` (build/derived/tag_model.tsv) tagging is the Brown trigram model's
  // (trigram_tagger.cpp); empty or absent, the WSJ bigram model alone (check uses_trigram_model).
  explicit Tagger(const std::string& lingua_dir, const std::string& trigram_model = "");

  // Sets Token::tag on every token of the sentence. Thread-safe (const).
  void tag(std::vector<Token>& tokens) const;

  size_t lexicon_size() const { return lexicon_.size(); }
  // The written forms after which plural-subject-verb lets a clause open with its subject, and
  // the words it never reads as a verb (data/lexicon/subject_clause_words.tsv, read by
  // Lexicons); without them the rule reads only sentence starts, commas and opening quotations
  // as clause openings.
  void set_subject_clause_words(const StringTable& openers, const StringTable& not_verbs) {
    clause_openers_ = openers;
    not_verbs_ = not_verbs;
  }
  // The -ing forms that modify the noun after them (data/lexicon/gerund_modifiers.tsv, read by
  // Lexicons): "holding company" pairs as written, and the forms that are adjectives before any
  // common noun ("existing"). Without them gerund-modifier changes nothing.
  void set_gerund_modifiers(const StringTable& pairs, const StringTable& any) {
    gerund_pairs_ = pairs;
    gerund_any_ = any;
  }
  // WordNet's verbs, for a word the tagger's lexicon knows no verb reading of ("abducted" is
  // only a noun there); without it plural-subject-verb reads only the lexicon's readings.
  void set_verb_lexicon(const Lemmatizer* wordnet) { wordnet_verbs_ = wordnet; }
  bool uses_trigram_model() const { return trigram_.loaded(); }


 private:
  struct Emission {
    int tag;
    float logp;  // log P(word | tag)
  };
  using Entries = std::vector<Emission>;
  // tag() for a sentence whose capitals mean what they say (not shouted).
  void tag_as_written(std::vector<Token>& tokens) const;

  int tag_index(const std::string& lingua_name) const;
  int tag_index_for_penn(const std::string& penn) const;
  void load_transitions(const std::string& path);
  void load_words(const std::string& path);
  void build_suffix_model();
  // Appends to `out` the candidate tags with log emission scores for one token in its context
  // (Viterbi keeps one flat buffer for the sentence). `common_word`: the
  // token is capitalized and its lower-case form is in the lexicon as something other than a
  // proper noun (Token::common_word), found by the same lookup.
  void candidates(const std::vector<Token>& tokens, size_t i, Entries& out, bool* common_word) const;
  // Second-order Viterbi over the candidates, Brown's counts blended in (trigram_tagger.cpp).
  std::vector<int> decode_trigram(const std::vector<Token>& tokens, const Entries& cand,
                                  const std::vector<size_t>& first) const;
  // candidates() with Brown's counts for the word blended in.
  void blend_brown(const std::vector<Token>& tokens, size_t i, Entries& out, bool* common_word) const;
  bool has_common_tag(std::span<const Emission> e) const;
  // What the tagger knows of a token's text besides its candidates, as bits: Token::common_word;
  // a contextual rule reads the text (tagger.cpp, rule_reads_text); the text is a web or e-mail
  // address (is_address).
  enum WordFacts : uint8_t { kCommonWord = 1, kRuleWord = 2, kAddressWord = 4 };
  struct CandidateMemo;  // tagger.cpp
  // This thread's memo for this tagger, emptied first when full (asked once a sentence, so that
  // a sentence's entries stay in place).
  CandidateMemo& candidate_memo() const;
  // The memo id of token i's candidates (candidates() or blend_brown()) and WordFacts,
  // remembered per thread by the token's text and context (tagger.cpp).
  uint32_t remembered_candidates(CandidateMemo& memo, const std::vector<Token>& tokens, size_t i) const;
  // Works out token i's candidates and facts and remembers them; returns their memo id.
  [[gnu::noinline]] uint32_t remember_candidates(CandidateMemo& memo, const std::vector<Token>& tokens, size_t i, int context) const;
  void unknown_word(const std::string& word, bool sentence_initial, Entries& out) const;  // appends
  // The lexicon's emissions for a word; empty when the word is unknown.
  std::span<const Emission> lookup(std::string_view word) const;
  // Whether the lexicon lists `tag` for `word` ("flows" can be VBZ).
  bool can_take(std::string_view word, int tag) const;
  // `facts`: each token's WordFacts (remembered_candidates).
  // `entries`, `spans`: each token's candidates, [begin, end) in entries (plural_subject_verb
  // asks whether a word can be a finite verb at all).
  void apply_rules(std::vector<Token>& tokens, std::vector<int>& tags, const std::vector<uint8_t>& facts,
                   const Emission* entries, const std::vector<std::pair<uint32_t, uint32_t>>& spans) const;
  // The contextual corrections apply_rules makes at token i, in its order (tagger.cpp).
  // `address`: token i is a web or e-mail address (kAddressWord).
  void infinitive_to_and_symbols(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i, bool address) const;
  void that_reading(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void base_form_after_modal(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void past_tense_after_subject(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void possessive_and_nouns(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void capitals_are_not_pronouns(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void participle_after_be(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void particle_inside_name(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void adjective_as_head_noun(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void reduced_relative(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void present_after_and(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void time_of_day_after_number(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void discourse_interjection(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void gerund_modifier(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const;
  void plural_subject_verb(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i,
                           std::span<const Emission> candidates) const;
  // plural_subject_verb's tests: where the subject ending before token i starts when it opens a
  // clause and its head is plural (else kNoSubject), and whether the clause from token i on has
  // a finite verb of its own.
  static constexpr size_t kNoSubject = static_cast<size_t>(-1);
  size_t plural_subject_start(const std::vector<Token>& tokens, const std::vector<int>& tags, size_t i) const;
  bool opens_clause(const std::vector<Token>& tokens, const std::vector<int>& tags, size_t start) const;
  bool finite_verb_after(const std::vector<Token>& tokens, const std::vector<int>& tags, size_t i) const;

  std::vector<PosTag> penn_;                   // tag index -> Penn tag
  std::unordered_map<std::string, int> index_; // lingua name -> tag index
  std::vector<float> trans_;  // log P(tag | previous tag), row-major: [previous * tags + tag]
  // trans_ transposed, [tag * tags + previous]: the bigram Viterbi reads one candidate's row
  // against each predecessor's tag, with no multiplication per pair of candidates.
  std::vector<float> trans_into_;
  std::vector<double> tag_count_;
  std::vector<float> log_prior_;
  StringTable lexicon_;                                 // word -> id
  std::vector<std::pair<uint32_t, uint32_t>> lexicon_spans_;  // id -> [begin, end) in emissions_
  std::vector<Emission> emissions_;
  StringTable suffix_;                      // "C:" or "l:" + suffix -> id
  // id -> (tag, P(tag | suffix)) for the tags above kLikelySuffixTag, by tag index.
  std::vector<std::vector<std::pair<int, float>>> suffix_tags_;
  static constexpr float kLikelySuffixTag = 0.01f;
  TrigramModel trigram_;
  StringTable clause_openers_;  // set_subject_clause_words
  StringTable not_verbs_;       // set_subject_clause_words
  StringTable gerund_pairs_;    // set_gerund_modifiers
  StringTable gerund_any_;      // set_gerund_modifiers
  const Lemmatizer* wordnet_verbs_ = nullptr;  // set_verb_lexicon
  int start_tag_ = 0;
  // Tells this tagger's per-thread memo from another tagger's (each constructor takes a new one).
  uint64_t generation_ = 0;
  int t_nnp_, t_nnps_, t_nn_, t_nns_, t_jj_, t_cd_, t_vbd_, t_vbn_, t_vb_, t_vbp_, t_vbz_, t_vbg_,
      t_rb_, t_in_, t_md_, t_to_, t_dt_, t_prp_, t_sym_, t_uh_;
  // The Penn tags apply_rules tests by name, as bits by tag index (penn_class_): the rules run
  // at every token, and a PosTag comparison per test cost a third of them.
  enum PennClass : uint8_t { kVerbTag = 1, kCc = 2, kLs = 4, kPos = 8, kPrp = 16, kPrpPossessive = 32, kJjComparative = 64 };
  std::vector<uint8_t> penn_class_;  // tag index -> PennClass bits of penn_[index]
  // tag index -> whether a rule of apply_rules tests token i for that tag (tagger.cpp).
  std::vector<uint8_t> rule_tag_;
  bool penn_is(int tag, PennClass c) const { return penn_class_[static_cast<size_t>(tag)] & c; }
};

}  // namespace newsgraph
