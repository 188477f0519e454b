// Scores Open IE predictions against CaRB gold with tools/carb_metric.h.
// Usage: carb_score PREDICTIONS.tsv [GOLD.tsv]
//   PREDICTIONS: `newsgraph extract --sentences --format carb` output
//                (sentence<TAB>confidence<TAB>relation<TAB>arg1[<TAB>arg2...])
//   GOLD: default ../shared/bench/carb/gold/dev.tsv (skipped with a message when absent)
// Prints P, R, F1 at the best threshold, AUC, and recall by construction.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "carb_metric.h"

using namespace newsgraph::carb;

namespace {

std::vector<std::string> split_tabs(std::string line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n' || line.back() == ' ' || line.back() == '\t'))
    line.pop_back();  // the official reader strips the line, so a trailing empty argument disappears
  std::vector<std::string> f;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      f.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: carb_score PREDICTIONS.tsv [GOLD.tsv]\n");
    return 2;
  }
  std::string gold_path = argc > 2 ? argv[2] : std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/bench/carb/gold/dev.tsv";
  if (!std::filesystem::exists(gold_path)) {
    std::printf("carb_score: %s is absent; nothing to score (skipped)\n", gold_path.c_str());
    return 0;
  }
  Corpus gold, pred;
  std::ifstream g(gold_path);
  size_t n_gold = 0;
  for (std::string line; std::getline(g, line);) {
    auto f = split_tabs(line);
    if (f.size() < 3) continue;
    Tuple t;
    t.relation = f[1];
    bool context = false;
    std::vector<std::string> args;
    for (size_t i = 2; i < f.size(); ++i) {
      if (f[i].find("C: ") != std::string::npos) {
        context = true;
        continue;
      }
      args.push_back(f[i]);
    }
    t.args = merge_args(args);
    t.category = categorize(t.relation, args, context);
    gold[sentence_key(f[0])].push_back(t);
    ++n_gold;
  }
  std::ifstream p(argv[1]);
  if (!p) {
    std::fprintf(stderr, "carb_score: cannot read %s\n", argv[1]);
    return 1;
  }
  size_t n_pred = 0;
  for (std::string line; std::getline(p, line);) {
    auto f = split_tabs(line);
    if (f.size() < 4) continue;
    Tuple t;
    t.confidence = std::atof(f[1].c_str());
    t.relation = f[2];
    std::vector<std::string> args;
    for (size_t i = 3; i < f.size(); ++i)
      if (f[i].find("C: ") == std::string::npos) args.push_back(f[i]);  // context cells, as for gold
    t.args = merge_args(args);
    pred[sentence_key(f[0])].push_back(t);
    ++n_pred;
  }
  Result r = score(gold, pred);
  std::printf("gold tuples %zu, predicted tuples %zu (sentences with predictions: %zu of %zu)\n", n_gold, n_pred,
              pred.size(), gold.size());
  std::printf("P %.3f  R %.3f  F1 %.3f  AUC %.3f  (best threshold %.2f)\n", r.precision, r.recall, r.f1, r.auc, r.threshold);
  std::printf("recall by construction at that threshold:\n");
  for (const auto& [cat, v] : r.recall_by_category)
    std::printf("  %-22s %5.3f  (%zu gold tuples)\n", cat.c_str(), v.second ? v.first / v.second : 0.0, v.second);
  return 0;
}
