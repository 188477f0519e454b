// The CaRB scorer on hand-made cases with known answers.
#include <doctest/doctest.h>

#include "carb_metric.h"

using namespace newsgraph::carb;

namespace {
Tuple t(const std::string& rel, std::vector<std::string> args, double conf = 1) {
  Tuple x;
  x.relation = rel;
  x.args = merge_args(args);
  x.confidence = conf;
  return x;
}
}  // namespace

TEST_CASE("a pair scores token precision and recall over relation and arguments") {
  auto m = match(t("met", {"Ferreira", "Okafor in Geneva"}), t("met", {"Ferreira", "Okafor"}));
  CHECK(m.first == doctest::Approx(1.0));               // 3 of 3 predicted words match
  CHECK(m.second == doctest::Approx(3.0 / 5.0));        // 3 of 5 gold words found
  auto none = match(t("met", {"A", "B"}), t("said", {"A", "B"}));
  CHECK(none.first == 0);                               // relations share no token
  auto be = match(t("is", {"Bush", "President"}), t("be", {"Bush", "President"}));
  CHECK(be.first > 0);                                  // "be" matches any form of be
  auto missing = match(t("met", {"A", "B"}), t("met", {"A"}));
  CHECK(missing.first == 0);                            // the object slot is missing
}

TEST_CASE("extra arguments are merged into the second slot") {
  auto m = merge_args({"A", "B", "in Geneva", ""});
  REQUIRE(m.size() == 2);
  CHECK(m[1] == "B in Geneva");
}

TEST_CASE("gold fed back as predictions scores 1") {
  Corpus gold, pred;
  gold["s1"] = {t("met", {"A", "B"}), t("is", {"A", "leader"})};
  gold["s2"] = {t("said", {"C", "D won"})};
  pred = gold;
  Result r = score(gold, pred);
  CHECK(r.precision == doctest::Approx(1));
  CHECK(r.recall == doctest::Approx(1));
  CHECK(r.f1 == doctest::Approx(1));
}

TEST_CASE("greedy one-to-one pairing, best recall per gold, thresholds and AUC") {
  Corpus gold, pred;
  gold["s"] = {t("met", {"A", "B"})};
  // Two predictions for one gold tuple: only one may pair for precision; recall takes the best.
  pred["s"] = {t("met", {"A", "B"}, 0.9), t("met", {"A", "C"}, 0.2)};
  Result r = score(gold, pred);
  // At threshold 0.9: P = 1, R = 1. At 0.2: P = (1 + 0) / 2 = 0.5, R = 1. Best F1 = 1 at 0.9.
  CHECK(r.f1 == doctest::Approx(1));
  CHECK(r.threshold == doctest::Approx(0.9));
  // Curve points (R, P): (1, 1) and (1, 0.5), plus (0, 1): area = 1.
  CHECK(r.auc == doctest::Approx(1.0));
  // Predictions for sentences without gold are ignored; gold without predictions costs recall.
  gold["t"] = {t("left", {"X", "Y"})};
  pred["u"] = {t("left", {"X", "Y"}, 0.9)};
  Result r2 = score(gold, pred);
  CHECK(r2.recall == doctest::Approx(0.5));
}

TEST_CASE("sentences join ignoring spaces and punctuation") {
  CHECK(sentence_key("He said , `` yes . ''") == sentence_key("He said, ``yes.''"));
}
