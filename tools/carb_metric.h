// An independent implementation of the CaRB Open IE metric (Bhardwaj et al., EMNLP 2019), as the
// benchmark's README describes it: predictions join gold by sentence (ignoring spaces and ASCII
// punctuation); each (gold, predicted) pair gets token-level precision and recall over the relation
// and the arguments, arguments after the first merged into one; a pair counts only if the
// relations share a token (a predicted "be" matches any form of be); precision by greedy
// one-to-one pairing, recall by each gold tuple's best match; the best F1 over confidence
// thresholds and the area under the P/R curve with (R=0, P=1) added.
#pragma once
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::carb {

struct Tuple {
  std::string relation;
  std::vector<std::string> args;  // after merging: at most two (arg1, rest)
  double confidence = 1;
  std::string category;           // gold only: the construction, for the error breakdown
};

inline std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

inline std::string sentence_key(const std::string& s) {
  std::string k;
  for (unsigned char c : s)
    if (!std::isspace(c) && !std::ispunct(c)) k += static_cast<char>(c);
  return k;
}

// Arguments beyond the first are merged into one slot.
inline std::vector<std::string> merge_args(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  if (args.empty()) return out;
  out.push_back(args[0]);
  std::string rest;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i].empty()) continue;
    rest += (rest.empty() ? "" : " ") + args[i];
  }
  if (!rest.empty()) out.push_back(rest);
  return out;
}

// Precision and recall of one pair; {0, 0} when the relations share no token or the prediction
// lacks one of the gold's first two argument slots.
inline std::pair<double, double> match(const Tuple& gold, const Tuple& pred) {
  static const std::set<std::string> be = {"be", "is", "am", "are", "was", "were", "been", "being"};
  auto gr = words(gold.relation), pr = words(pred.relation);
  std::multiset<std::string> gset(gr.begin(), gr.end());
  size_t m = 0;
  for (const auto& w : pr) m += gset.count(w) > 0;
  if (std::find(pr.begin(), pr.end(), "be") != pr.end())
    for (const auto& w : gr)
      if (be.count(w)) {
        ++m;
        break;
      }
  if (m == 0) return {0, 0};
  double pn = static_cast<double>(m), pd = static_cast<double>(pr.size());
  double rn = static_cast<double>(m), rd = static_cast<double>(gr.size());
  for (size_t i = 0; i < gold.args.size(); ++i) {
    auto g = words(gold.args[i]);
    if (pred.args.size() <= i) {
      if (i < 2) return {0, 0};
      break;
    }
    auto p = words(pred.args[i]);
    std::set<std::string> gs(g.begin(), g.end());
    size_t mm = 0;
    for (const auto& w : p) mm += gs.count(w) > 0;
    pn += static_cast<double>(mm);
    pd += static_cast<double>(p.size());
    rn += static_cast<double>(mm);
    rd += static_cast<double>(g.size());
  }
  return {pd > 0 ? std::min(1.0, pn / pd) : 0, rd > 0 ? std::min(1.0, rn / rd) : 0};
}

struct Result {
  double precision = 0, recall = 0, f1 = 0, auc = 0, threshold = 0;
  std::vector<std::pair<double, double>> curve;  // (recall, precision), by threshold
  std::map<std::string, std::pair<double, size_t>> recall_by_category;  // best-threshold recall sums
};

using Corpus = std::map<std::string, std::vector<Tuple>>;  // sentence key -> tuples

inline Result score(const Corpus& gold, const Corpus& pred) {
  Result res;
  size_t total_gold = 0;
  for (const auto& [k, v] : gold) total_gold += v.size();
  // Thresholds: every distinct confidence (rounded to 2 digits as the official scorer does).
  std::set<double> thresholds;
  for (const auto& [k, v] : pred)
    if (gold.count(k))
      for (const Tuple& t : v) thresholds.insert(std::round(t.confidence * 100) / 100);
  struct Acc {
    double p_num = 0, r_num = 0;
    size_t n_pred = 0;
    std::map<std::string, std::pair<double, size_t>> cat;
  };
  std::map<double, Acc> acc;
  for (const auto& [key, golds] : gold) {
    auto it = pred.find(key);
    const std::vector<Tuple> empty;
    const std::vector<Tuple>& preds = it == pred.end() ? empty : it->second;
    std::vector<std::vector<std::pair<double, double>>> sc(golds.size(), std::vector<std::pair<double, double>>(preds.size()));
    for (size_t i = 0; i < golds.size(); ++i)
      for (size_t j = 0; j < preds.size(); ++j) sc[i][j] = match(golds[i], preds[j]);
    for (double c : thresholds) {
      Acc& a = acc[c];
      std::vector<size_t> sel;
      for (size_t j = 0; j < preds.size(); ++j)
        if (std::round(preds[j].confidence * 100) / 100 >= c) sel.push_back(j);
      a.n_pred += sel.size();
      for (size_t i = 0; i < golds.size(); ++i) {
        double best = 0;
        for (size_t j : sel) best = std::max(best, sc[i][j].second);
        a.r_num += best;
        auto& cat = a.cat[golds[i].category];
        cat.first += best;
        cat.second += 1;
      }
      // Greedy one-to-one pairing by precision.
      std::vector<bool> row_used(golds.size(), false), col_used(preds.size(), false);
      size_t rounds = std::min(golds.size(), sel.size());
      for (size_t r = 0; r < rounds; ++r) {
        double bestp = -1;
        size_t bi = 0, bj = 0;
        for (size_t i = 0; i < golds.size(); ++i) {
          if (row_used[i]) continue;
          for (size_t j : sel) {
            if (col_used[j]) continue;
            if (sc[i][j].first > bestp) {
              bestp = sc[i][j].first;
              bi = i;
              bj = j;
            }
          }
        }
        if (bestp < 0) break;
        row_used[bi] = true;
        col_used[bj] = true;
        a.p_num += bestp;
      }
    }
  }
  std::vector<std::pair<double, double>> points;  // (recall, precision)
  for (auto it = acc.rbegin(); it != acc.rend(); ++it) {
    const Acc& a = it->second;
    double p = a.n_pred ? a.p_num / static_cast<double>(a.n_pred) : 0;
    double r = total_gold ? a.r_num / static_cast<double>(total_gold) : 0;
    points.emplace_back(r, p);
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    if (f > res.f1) {
      res.f1 = f;
      res.precision = p;
      res.recall = r;
      res.threshold = it->first;
      res.recall_by_category = a.cat;
    }
  }
  res.curve = points;
  // Area under the P/R curve, with (0, 1) added, by the trapezoid rule. Points run from the
  // highest threshold down, so recall never decreases along them.
  std::vector<std::pair<double, double>> pts{{0.0, 1.0}};
  pts.insert(pts.end(), points.begin(), points.end());
  for (size_t i = 1; i < pts.size(); ++i)
    res.auc += (pts[i].first - pts[i - 1].first) * (pts[i].second + pts[i - 1].second) / 2;
  return res;
}

// The construction a gold tuple exemplifies, for the breakdown.
inline std::string categorize(const std::string& relation, const std::vector<std::string>& raw_args, bool context) {
  static const std::set<std::string> be = {"be", "is", "am", "are", "was", "were", "been", "being", "has", "have", "had"};
  auto r = words(relation);
  if (context) return "attributed (C:)";
  if (r.size() == 1 && be.count(r[0])) return "copula/appositive";
  if (r.size() >= 2 && be.count(r[0]) && r[1].size() > 2 && (r[1].ends_with("ed") || r[1].ends_with("en"))) return "passive";
  if (raw_args.size() >= 3) return "n-ary (3+ args)";
  if (r.size() >= 2) return "multi-word relation";
  return "simple verb";
}

}  // namespace newsgraph::carb
