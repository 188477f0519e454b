// Scoring of predicted CAMEO events against the event gold set, as data/gold/events/GUIDE.md
// ("Scoring", "Actor matching") defines it: per sentence, gold and predicted events are paired one
// to one at three levels (CAMEO root, PLOVER category, strict = code + source + target), with
// lenient actor matching; plus a per-root table, confusions and the accuracy on no-event sentences.
#pragma once
#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "event_gold.h"
#include "event_taxonomy.h"

namespace newsgraph::events {

// One typed event newsgraph printed for a sentence.
struct PredictedEvent {
  std::string code;                       // the relation's "cameo"
  std::vector<std::string> source_texts;  // entity name and/or surface words of the subject
  std::vector<std::string> target_texts;  // the same for the object
  std::string label;                      // how to show it in a listing ("arrest: Police -> 40 protesters")
};

// Lower-cased words of an actor string: "'s" and punctuation dropped (hyphens and non-ASCII
// letters kept), "the" left out.
inline std::vector<std::string> actor_words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && w != "the") out.push_back(w);
    w.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\'' && i + 1 < s.size() && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        (i + 2 == s.size() || !std::isalnum(static_cast<unsigned char>(s[i + 2])))) {
      ++i;  // possessive 's
      flush();
    } else if (std::isalnum(c) || c >= 0x80 || (c == '-' && !w.empty())) {
      w += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// True when every word of the shorter list occurs in the longer; false when either is empty.
inline bool words_contained(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  std::set<std::string> have(longer.begin(), longer.end());
  for (const std::string& w : shorter)
    if (!have.count(w)) return false;
  return true;
}

// Lenient actor matching (GUIDE.md, "Actor matching in the scorer").
class ActorMatcher {
 public:
  explicit ActorMatcher(const AgentTable& agents) : agents_(agents) {}

  // True when one form of `gold` matches one of the printed texts; always true for "-".
  bool matches(const GoldActor& gold, const std::vector<std::string>& texts) const {
    if (gold.unspecified()) return true;
    for (const ActorForm& form : gold.forms)
      for (const std::string& t : texts)
        if (form_matches(form, actor_words(t))) return true;
    return false;
  }

  bool form_matches(const ActorForm& form, const std::vector<std::string>& printed) const {
    if (printed.empty()) return false;
    if (form.country.empty()) return words_contained(actor_words(form.head), printed);
    // An agent or title with a country: its head words (in either number) must be printed; the
    // country alone stands for a government-sector agent.
    std::vector<std::string> heads{form.head};
    std::string lower = form.head;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const Agent* agent = agents_.find(lower);
    if (agent) {
      if (!agent->singular.empty()) heads.push_back(agent->singular);
      if (!agent->plural.empty()) heads.push_back(agent->plural);
    }
    std::set<std::string> have(printed.begin(), printed.end());
    for (const std::string& h : heads) {
      std::vector<std::string> hw = actor_words(h);
      if (!hw.empty() && std::all_of(hw.begin(), hw.end(), [&](const std::string& w) { return have.count(w) > 0; }))
        return true;
    }
    return agent && agent->sector == "GOV" && words_contained(actor_words(form.country), printed);
  }

 private:
  const AgentTable& agents_;
};

// A three-digit code ending in 0 is its root's "not specified below" category ("020" appeal, "190"
// conventional force): it stands for the root itself.
inline std::string unspecified_as_root(const std::string& code) {
  return code.size() == 3 && code[2] == '0' ? code.substr(0, 2) : code;
}

// Codes match strictly when one is the other or begins it ("031" and "0311", "020" and "026"; not
// "0311" and "0312", nor "031" and "032").
inline bool codes_match(const std::string& code_a, const std::string& code_b) {
  std::string a = unspecified_as_root(code_a), b = unspecified_as_root(code_b);
  if (a.empty() || b.empty()) return false;
  return a.size() <= b.size() ? b.compare(0, a.size(), a) == 0 : a.compare(0, b.size(), b) == 0;
}

// Events that hold from both sides: source and target may be swapped (consultations, signed agreements).
inline bool symmetric_code(const std::string& code) {
  return code.compare(0, 2, "04") == 0 || code.compare(0, 3, "057") == 0;
}

// Size of a maximum one-to-one pairing of n gold with m predicted items under `ok` (Kuhn's
// augmenting paths; sentences hold a handful of events).
inline size_t max_pairing(size_t n, size_t m, const std::function<bool(size_t, size_t)>& ok,
                          std::vector<int>* gold_of_pred = nullptr) {
  std::vector<int> owner(m, -1);
  std::function<bool(size_t, std::vector<char>&)> augment = [&](size_t g, std::vector<char>& seen) {
    for (size_t p = 0; p < m; ++p) {
      if (seen[p] || !ok(g, p)) continue;
      seen[p] = 1;
      if (owner[p] < 0 || augment(static_cast<size_t>(owner[p]), seen)) {
        owner[p] = static_cast<int>(g);
        return true;
      }
    }
    return false;
  };
  size_t pairs = 0;
  for (size_t g = 0; g < n; ++g) {
    std::vector<char> seen(m, 0);
    if (augment(g, seen)) ++pairs;
  }
  if (gold_of_pred) *gold_of_pred = owner;
  return pairs;
}

struct Counts {
  size_t tp = 0, gold = 0, pred = 0;
  double precision() const { return pred ? double(tp) / double(pred) : 0.0; }
  double recall() const { return gold ? double(tp) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// What one sentence got wrong, for listings.
struct SentenceErrors {
  const GoldSentence* sentence = nullptr;
  std::vector<std::string> missed;    // gold events no prediction of the same root matched
  std::vector<std::string> spurious;  // predictions no gold event of the same root matched
  std::vector<std::string> not_strict;  // gold events paired by root but not by code and actors
};

// Accumulates scores over sentences. Contract: add() once per gold sentence with every typed
// event newsgraph printed for it; the taxonomy and agents outlive the scorer.
class EventScorer {
 public:
  EventScorer(const CameoTaxonomy& taxonomy, const AgentTable& agents) : tax_(taxonomy), actors_(agents) {}

  void add(const GoldSentence& s, const std::vector<PredictedEvent>& pred) {
    const std::vector<GoldEvent>& gold = s.events;
    ++sentences_;
    if (s.no_event()) {
      ++no_event_sentences_;
      if (pred.empty()) ++no_event_correct_;
    }
    auto root_of_gold = [&](size_t g) { return tax_.root(gold[g].code); };
    auto root_of_pred = [&](size_t p) { return tax_.root(pred[p].code); };

    // Root level, with the per-root table and the confusions.
    std::vector<int> gold_of_pred;
    root_.tp += max_pairing(gold.size(), pred.size(),
                            [&](size_t g, size_t p) { return root_of_gold(g) == root_of_pred(p); }, &gold_of_pred);
    root_.gold += gold.size();
    root_.pred += pred.size();
    std::vector<char> gold_paired(gold.size(), 0), pred_paired(pred.size(), 0);
    for (size_t p = 0; p < pred.size(); ++p)
      if (gold_of_pred[p] >= 0) {
        pred_paired[p] = 1;
        gold_paired[static_cast<size_t>(gold_of_pred[p])] = 1;
        ++per_root_[root_of_pred(p)].tp;
      }
    for (size_t g = 0; g < gold.size(); ++g) ++per_root_[root_of_gold(g)].gold;
    for (size_t p = 0; p < pred.size(); ++p) ++per_root_[root_of_pred(p)].pred;
    SentenceErrors errors{&s, {}, {}, {}};
    std::vector<std::string> left_gold, left_pred;
    for (size_t g = 0; g < gold.size(); ++g)
      if (!gold_paired[g]) {
        left_gold.push_back(root_of_gold(g));
        errors.missed.push_back(gold[g].code);
      }
    for (size_t p = 0; p < pred.size(); ++p)
      if (!pred_paired[p]) {
        left_pred.push_back(root_of_pred(p));
        errors.spurious.push_back(pred[p].label.empty() ? pred[p].code : pred[p].label);
      }
    size_t both = std::min(left_gold.size(), left_pred.size());
    for (size_t i = 0; i < both; ++i) ++confusions_[{left_gold[i], left_pred[i]}];
    for (size_t i = both; i < left_gold.size(); ++i) ++confusions_[{left_gold[i], "none"}];
    for (size_t i = both; i < left_pred.size(); ++i) ++confusions_[{"none", left_pred[i]}];

    // PLOVER level.
    plover_.tp += max_pairing(gold.size(), pred.size(), [&](size_t g, size_t p) {
      std::string a = tax_.plover(gold[g].code);
      return !a.empty() && a == tax_.plover(pred[p].code);
    });
    plover_.gold += gold.size();
    plover_.pred += pred.size();

    // Strict: code, source and target.
    std::vector<int> strict_gold_of_pred;
    strict_.tp += max_pairing(gold.size(), pred.size(), [&](size_t g, size_t p) {
      return strict_match(gold[g], pred[p]);
    }, &strict_gold_of_pred);
    strict_.gold += gold.size();
    strict_.pred += pred.size();
    std::vector<char> strict_paired(gold.size(), 0);
    for (int g : strict_gold_of_pred)
      if (g >= 0) strict_paired[static_cast<size_t>(g)] = 1;
    for (size_t g = 0; g < gold.size(); ++g)
      if (gold_paired[g] && !strict_paired[g]) {
        // The listing shows what newsgraph printed for it, to tell a wrong code from wrong actors.
        std::string printed;
        for (size_t p = 0; p < pred.size(); ++p)
          if (gold_of_pred[p] == static_cast<int>(g)) printed = pred[p].label.empty() ? pred[p].code : pred[p].label;
        errors.not_strict.push_back(describe(gold[g]) + (printed.empty() ? "" : "  [newsgraph " + printed + "]"));
      }
    if (!errors.missed.empty() || !errors.spurious.empty() || !errors.not_strict.empty()) errors_.push_back(errors);
  }

  static std::string describe(const GoldEvent& e) {
    auto actor = [](const GoldActor& a) {
      if (a.unspecified()) return std::string("-");
      std::string s;
      for (const ActorForm& f : a.forms)
        s += (s.empty() ? "" : "|") + f.head + (f.country.empty() ? "" : " (" + f.country + ")");
      return s;
    };
    return e.code + " " + actor(e.source) + " -> " + actor(e.target);
  }

  bool strict_match(const GoldEvent& g, const PredictedEvent& p) const {
    if (!codes_match(g.code, tax_.cameo_number(p.code))) return false;
    if (actors_.matches(g.source, p.source_texts) && actors_.matches(g.target, p.target_texts)) return true;
    return symmetric_code(g.code) && actors_.matches(g.source, p.target_texts) &&
           actors_.matches(g.target, p.source_texts);
  }

  const Counts& root() const { return root_; }
  const Counts& plover() const { return plover_; }
  const Counts& strict() const { return strict_; }
  const std::map<std::string, Counts>& per_root() const { return per_root_; }
  // (gold root or "none", predicted root or "none") -> count, for unpaired events of a sentence.
  const std::map<std::pair<std::string, std::string>, size_t>& confusions() const { return confusions_; }
  const std::vector<SentenceErrors>& errors() const { return errors_; }
  size_t sentences() const { return sentences_; }
  size_t no_event_sentences() const { return no_event_sentences_; }
  size_t no_event_correct() const { return no_event_correct_; }
  double no_event_accuracy() const {
    return no_event_sentences_ ? double(no_event_correct_) / double(no_event_sentences_) : 0.0;
  }

 private:
  const CameoTaxonomy& tax_;
  ActorMatcher actors_;
  Counts root_, plover_, strict_;
  std::map<std::string, Counts> per_root_;
  std::map<std::pair<std::string, std::string>, size_t> confusions_;
  std::vector<SentenceErrors> errors_;
  size_t sentences_ = 0, no_event_sentences_ = 0, no_event_correct_ = 0;
};

}  // namespace newsgraph::events
