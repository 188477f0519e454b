#include "trigram_model.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <stdexcept>

namespace newsgraph {
namespace {

// Splits a tab-separated line into at most 6 fields (the model's lines have 3 to 5).
size_t split_tabs(std::string_view line, std::string_view* out) {
  size_t n = 0;
  while (n < 6) {
    size_t tab = line.find('\t');
    out[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n;
}

float parse_count(std::string_view s, const std::string& path, size_t line_no) {
  float v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size())
    throw std::runtime_error(path + ":" + std::to_string(line_no) + ": bad count '" + std::string(s) +
                             "' (rebuild the target derived_tag_model)");
  return v;
}

// Groups (key, tag, n) rows into a StringTable with spans, rows of one key being adjacent.
struct Grouped {
  StringTable* table;
  std::vector<std::pair<uint32_t, uint32_t>>* spans;
  std::vector<TrigramModel::Count>* counts;
  void add(std::string_view key, int tag, float n) {
    if (table->size() == 0 || table->key(table->size() - 1) != key) {
      table->insert(key);
      spans->emplace_back(static_cast<uint32_t>(counts->size()), static_cast<uint32_t>(counts->size()));
    }
    counts->push_back({tag, n});
    spans->back().second = static_cast<uint32_t>(counts->size());
  }
};

}  // namespace

bool TrigramModel::load(const std::string& path, int num_tags, const TagIndex& tag_of) {
  std::ifstream in(path);
  if (!in) return false;
  states_ = static_cast<size_t>(num_tags) + 1;
  uni_.assign(states_, 0.0f);
  bi_.assign(states_ * states_, 0.0f);
  tri_.assign(states_ * states_ * states_, 0.0f);
  tag_count_.assign(states_, 0.0f);
  Grouped words{&words_, &word_spans_, &word_counts_};
  Grouped suffixes{&suffixes_, &suffix_spans_, &suffix_probs_};
  // Suffix rows come sorted, one key's rows adjacent: each key's counts become P(tag | suffix)
  // when the next key starts.
  std::string suffix_key, pending_key;
  std::vector<Count> pending;
  auto flush_suffix = [&] {
    float total = 0;
    for (const Count& c : pending) total += c.n;
    if (total >= 3)  // fewer rare words than that ending so say nothing
      for (const Count& c : pending) suffixes.add(pending_key, c.tag, c.n / total);
    pending.clear();
  };
  // The file names ~40 tags over 126k lines: look each name up once.
  std::map<std::string, int, std::less<>> tag_cache;
  auto tag = [&](std::string_view name) {
    auto it = tag_cache.find(name);
    if (it == tag_cache.end()) it = tag_cache.emplace(std::string(name), name == "<s>" ? num_tags : tag_of(name)).first;
    return it->second;
  };
  auto state = tag;
  std::string line;
  std::string_view f[6];
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty() || line[0] == '#') continue;
    size_t nf = split_tabs(line, f);
    const char kind = f[0].empty() ? '?' : f[0][0];
    const size_t need = kind == 'U' ? 3 : kind == 'B' || kind == 'W' ? 4 : 5;
    if (nf != need)
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": expected " + std::to_string(need) +
                               " fields (rebuild the target derived_tag_model)");
    float n = parse_count(f[need - 1], path, line_no);
    if (kind == 'U') {
      if (int t = state(f[1]); t >= 0) uni_[t] += n, tag_count_[t] += n;
    } else if (kind == 'B') {
      int a = state(f[1]), b = state(f[2]);
      if (a >= 0 && b >= 0) bi_[a * states_ + b] += n;
    } else if (kind == 'T') {
      int a = state(f[1]), b = state(f[2]), c = state(f[3]);
      if (a >= 0 && b >= 0 && c >= 0) tri_[(a * states_ + b) * states_ + c] += n;
    } else if (kind == 'W') {
      if (int t = tag(f[2]); t >= 0 && t < num_tags) words.add(f[1], t, n);
    } else if (kind == 'S') {
      if (int t = tag(f[3]); t >= 0 && t < num_tags) {
        suffix_key.assign(f[1]).append(":").append(f[2]);
        if (suffix_key != pending_key) {
          flush_suffix();
          pending_key = suffix_key;
        }
        pending.push_back({t, n});
      }
    }
  }
  flush_suffix();
  num_tags_ = num_tags;
  return true;
}

void TrigramModel::build_transitions(std::span<const float> wsj_log_bigram, int wsj_start) {
  const size_t s = states_;
  const int n = num_tags_;
  std::vector<double> ctx1(s, 0.0), ctx2(s * s, 0.0);  // counts of the conditioning contexts
  double total = 0;
  for (size_t t = 0; t < s; ++t) total += uni_[t];
  for (size_t a = 0; a < s; ++a)
    for (size_t b = 0; b < s; ++b) {
      ctx1[a] += bi_[a * s + b];
      for (size_t c = 0; c < s; ++c) ctx2[a * s + b] += tri_[(a * s + b) * s + c];
    }
  // Deleted interpolation (Brants 2000): each trigram votes, with its count, for the estimate
  // that predicts it best once the trigram itself is left out.
  double l1 = 0, l2 = 0, l3 = 0;
  for (size_t a = 0; a < s; ++a)
    for (size_t b = 0; b < s; ++b)
      for (size_t c = 0; c < s; ++c) {
        const double f = tri_[(a * s + b) * s + c];
        if (f <= 0) continue;
        double c3 = ctx2[a * s + b] > 1 ? (f - 1) / (ctx2[a * s + b] - 1) : 0;
        double c2 = ctx1[b] > 1 ? (bi_[b * s + c] - 1) / (ctx1[b] - 1) : 0;
        double c1 = (uni_[c] - 1) / (total - 1);
        if (c3 >= c2 && c3 >= c1) l3 += f;
        else if (c2 >= c1) l2 += f;
        else l1 += f;
      }
  const double sum = l1 + l2 + l3;
  l1 /= sum, l2 /= sum, l3 /= sum;
  trans_.assign(s * s * s, 0.0f);
  auto wsj = [&](size_t prev, size_t tag) {
    size_t p = prev == static_cast<size_t>(n) ? static_cast<size_t>(wsj_start) : prev;
    return std::exp(static_cast<double>(wsj_log_bigram[p * n + tag]));
  };
  for (size_t a = 0; a < s; ++a)
    for (size_t b = 0; b < s; ++b)
      for (size_t c = 0; c < static_cast<size_t>(n); ++c) {
        double p1 = uni_[c] / total;
        double p2 = 0.5 * (ctx1[b] > 0 ? bi_[b * s + c] / ctx1[b] : 0) + 0.5 * wsj(b, c);
        double p3 = ctx2[a * s + b] > 0 ? tri_[(a * s + b) * s + c] / ctx2[a * s + b] : 0;
        trans_[(a * s + b) * s + c] = static_cast<float>(std::log(l1 * p1 + l2 * p2 + l3 * p3 + 1e-7));
      }
  for (size_t a = 0; a < s; ++a)
    for (size_t b = 0; b < s; ++b) trans_[(a * s + b) * s + n] = std::log(1e-7f);  // nothing returns to the start
}

std::span<const TrigramModel::Count> TrigramModel::word(std::string_view w) const {
  uint32_t id = words_.find(w);
  if (id == StringTable::kNone) return {};
  auto [b, e] = word_spans_[id];
  return {word_counts_.data() + b, word_counts_.data() + e};
}

std::span<const TrigramModel::Count> TrigramModel::suffix(std::string_view lower, bool capitalized) const {
  thread_local std::string key;
  for (size_t len = std::min<size_t>(5, lower.size() > 1 ? lower.size() - 1 : 1); len >= 1; --len) {
    key.assign(capitalized ? "C:" : "l:").append(lower.substr(lower.size() - len));
    if (uint32_t id = suffixes_.find(key); id != StringTable::kNone) {
      auto [b, e] = suffix_spans_[id];
      return {suffix_probs_.data() + b, suffix_probs_.data() + e};
    }
  }
  return {};
}

}  // namespace newsgraph
