// Tagging with the Brown trigram model (issue #18): the WSJ lexicon's candidates with Brown's
// word counts blended in, decoded by second-order Viterbi over TrigramModel's interpolated
// transitions. The contextual rules of tagger.cpp then apply as with the bigram model.
#include <cmath>

#include "tagger.h"
#include "text_util.h"

namespace newsgraph {

// Brown's evidence for token i merged into its candidates, the ones from `from` on in `out`:
// a WSJ log emission times its tag's WSJ count gives back a (pseudo) count, Brown's count for the
// same word and tag is added, and the sum over both corpora's tag counts is the new emission.
// Brown is looked up as written, and lower-cased at a sentence start, as the WSJ lexicon is.
void Tagger::blend_brown(const std::vector<Token>& tokens, size_t i, Entries& out, bool* common_word) const {
  const size_t from = out.size();
  candidates(tokens, i, out, common_word);
  for (size_t k = from; k < out.size(); ++k) out[k].logp = std::exp(out[k].logp) * static_cast<float>(tag_count_[out[k].tag]);
  auto add = [&](std::span<const TrigramModel::Count> counts) {
    for (const TrigramModel::Count& c : counts) {
      bool found = false;
      for (size_t k = from; k < out.size() && !found; ++k)
        if (out[k].tag == c.tag) out[k].logp += c.n, found = true;
      if (!found) out.push_back({c.tag, c.n});
    }
  };
  std::string renamed;
  std::string_view w = lexicon_form(tokens, i, &renamed);
  // A capitalized word inside a sentence keeps the WSJ lexicon's reading: whether it is a name
  // (NNP) feeds names, pronouns and merges, whose rules were measured with it, and Brown's title
  // forms and capitalized common nouns moved that decision the wrong way (pronouns 0.561 ->
  // 0.529 on GUM with them).
  if (std::isupper(static_cast<unsigned char>(w[0]))) {
    if (starts_sentence(tokens, i)) {
      add(trigram_.word(w));
      if (w.data() == tokens[i].text.data()) add(trigram_.word(tokens[i].lower));
    }
  } else {
    std::span<const TrigramModel::Count> known = trigram_.word(w);
    add(known);
    // Unknown to both lexicons: Brown's rare-word suffixes (TnT) beside the WSJ ones, as counts
    // of the same scale as unknown_word's.
    if (known.empty() && lookup(w).empty() && !has_digit(w))
      for (const TrigramModel::Count& c : trigram_.suffix(tokens[i].lower, false)) add({&c, 1});
  }
  for (size_t k = from; k < out.size(); ++k) {
    const float total = static_cast<float>(tag_count_[out[k].tag]) + trigram_.tag_count(out[k].tag);
    out[k].logp = std::log(std::max(out[k].logp, 1e-6f) / std::max(total, 1.0f));
  }
}

// Second-order Viterbi: a state is the pair (candidate at i - 1, candidate at i); before the
// first token stands the model's start state twice.
std::vector<int> Tagger::decode_trigram(const std::vector<Token>& tokens, const Entries& cand,
                                        const std::vector<size_t>& first) const {
  const size_t n = tokens.size();
  thread_local std::vector<size_t> block;
  thread_local std::vector<float> score;
  thread_local std::vector<uint32_t> back;
  auto width = [&](size_t i) { return first[i + 1] - first[i]; };
  block.assign(1, 0);  // block[i]: where position i's pair states begin
  for (size_t i = 0; i < n; ++i) block.push_back(block[i] + (i ? width(i - 1) : 1) * width(i));
  score.assign(block[n], -1e30f);
  back.assign(block[n], 0);
  const int start = trigram_.start();
  for (size_t k = 0; k < width(0); ++k)
    score[k] = trigram_.log_trans(start, start, cand[first[0] + k].tag) + cand[first[0] + k].logp;
  for (size_t i = 1; i < n; ++i) {
    const size_t wp = width(i - 1), wpp = i >= 2 ? width(i - 2) : 1, wi = width(i);
    for (size_t j = 0; j < wp; ++j) {
      const int tj = cand[first[i - 1] + j].tag;
      for (size_t k = 0; k < wi; ++k) {
        const Emission& c = cand[first[i] + k];
        float best = -1e30f;
        uint32_t arg = 0;
        for (size_t h = 0; h < wpp; ++h) {
          const int th = i >= 2 ? cand[first[i - 2] + h].tag : start;
          float s = score[block[i - 1] + h * wp + j] + trigram_.log_trans(th, tj, c.tag);
          if (s > best) best = s, arg = static_cast<uint32_t>(h);
        }
        score[block[i] + j * wi + k] = best + c.logp;
        back[block[i] + j * wi + k] = arg;
      }
    }
  }
  // The best last pair, then back along the stored predecessors.
  size_t best = block[n - 1];
  for (size_t s = best + 1; s < block[n]; ++s)
    if (score[s] > score[best]) best = s;
  std::vector<int> tags(n);
  size_t j = (best - block[n - 1]) / width(n - 1), k = (best - block[n - 1]) % width(n - 1);
  for (size_t i = n; i-- > 0;) {
    tags[i] = cand[first[i] + k].tag;
    if (i == 0) break;
    const size_t h = back[block[i] + j * width(i) + k];
    k = j;
    j = h;
  }
  return tags;
}

}  // namespace newsgraph
