// The Brown-corpus trigram tag model (issue #18): tag trigram/bigram/unigram counts, word-tag
// counts and rare-word suffix counts, derived at build time by tools/derive_tag_model.py into
// build/derived/tag_model.tsv. Loaded once (no derivation at start-up) and read by Tagger, which
// decodes with TnT-style deleted interpolation (Brants 2000) mixed with the WSJ bigrams.
#pragma once
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "string_table.h"

namespace newsgraph {

class TrigramModel {
 public:
  struct Count {
    int tag;
    float n;
  };
  // Maps a Penn tag name to the tagger's tag index, or -1 (that tag's counts are then dropped).
  using TagIndex = std::function<int(std::string_view)>;

  // Reads `path` for a tagger with `num_tags` tags. Returns false when the file is absent;
  // throws std::runtime_error naming file and line when it is malformed.
  bool load(const std::string& path, int num_tags, const TagIndex& tag_of);
  bool loaded() const { return num_tags_ > 0; }

  // Fills the dense table of log P(t3 | t1, t2) over tags [0, num_tags] (num_tags: sentence
  // start): deleted interpolation of Brown's unigram, bigram and trigram estimates, the bigram
  // part mixed half and half with the WSJ bigrams `wsj_log_bigram` (row-major [prev * n + tag],
  // `wsj_start` standing for the sentence start).
  void build_transitions(std::span<const float> wsj_log_bigram, int wsj_start);
  float log_trans(int t1, int t2, int t3) const {
    return trans_[(static_cast<size_t>(t1) * states_ + t2) * states_ + t3];
  }
  int start() const { return num_tags_; }

  // Brown's counts for a word as written; empty when Brown never has it.
  std::span<const Count> word(std::string_view w) const;
  // P(tag | suffix) of rare words for an unknown word (longest known suffix of 1-5 characters,
  // capitalized words apart); empty when no suffix is known.
  std::span<const Count> suffix(std::string_view lower_word, bool capitalized) const;
  float tag_count(int t) const { return tag_count_[t]; }

 private:
  int num_tags_ = 0;
  size_t states_ = 0;  // num_tags_ + 1
  std::vector<float> uni_, bi_, tri_;  // counts over states_ (^1, ^2, ^3)
  std::vector<float> trans_;
  std::vector<float> tag_count_;
  StringTable words_, suffixes_;
  std::vector<std::pair<uint32_t, uint32_t>> word_spans_, suffix_spans_;
  std::vector<Count> word_counts_, suffix_probs_;
};

}  // namespace newsgraph
