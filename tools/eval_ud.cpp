// Scores the linguistic core against Universal Dependencies gold (UD EWT and GUM, evaluation only):
// sentence-boundary P/R/F1 from raw document text, token F1, XPOS accuracy and lemma accuracy given
// gold tokens, and tagging speed. Usage: eval_ud [FILE.conllu...] (default: the test files under
// ../shared/bench; skipped with a message when they are absent).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <algorithm>
#include <set>

#include "analyzer.h"
#include "conllu.h"
#include "counts.h"
#include "sentence_splitter.h"
#include "tokenizer.h"

using namespace newsgraph;
using namespace newsgraph::eval;

namespace {

struct Scores {
  size_t sb_tp = 0, sb_pred = 0, sb_gold = 0;
  size_t tok_tp = 0, tok_pred = 0, tok_gold = 0;
  size_t words = 0, xpos_ok = 0, lemma_ok = 0;
  double tag_seconds = 0;
  std::map<std::string, size_t> confusions;  // "gold>pred" for the error report
  std::map<std::string, std::map<std::string, size_t>> examples;  // confusion -> word -> count
  std::map<std::string, size_t> lemma_errors;  // "form/tag: gold != predicted"
  std::vector<std::string> missed_boundaries;   // "...text || text..." around gold ends not found
  std::vector<std::string> spurious_boundaries; // the same around predicted ends that are not gold
};

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

void score_document(const GoldDocument& d, const Resources& res, Scores& s) {
  // Sentence boundaries and tokens from the raw text.
  std::set<size_t> gold_ends, pred_ends;
  for (const GoldSentence& g : d.sentences) gold_ends.insert(g.end);
  for (const Sentence& p : split_sentences(d.text, 0, d.text.size(), res.abbreviations, 100000)) pred_ends.insert(p.end);
  for (size_t e : pred_ends) s.sb_tp += gold_ends.count(e);
  auto around = [&](size_t e) {
    std::string a = d.text.substr(e >= 40 ? e - 40 : 0, std::min<size_t>(e, 40)) + " || " + d.text.substr(e, 30);
    for (char& c : a)
      if (c == '\n') c = ' ';
    return a;
  };
  for (size_t e : gold_ends)
    if (!pred_ends.count(e) && e < d.text.size()) s.missed_boundaries.push_back(around(e));
  for (size_t e : pred_ends)
    if (!gold_ends.count(e) && e < d.text.size()) s.spurious_boundaries.push_back(around(e));
  s.sb_pred += pred_ends.size();
  s.sb_gold += gold_ends.size();
  std::set<std::pair<size_t, size_t>> gold_tok, pred_tok;
  for (const GoldSentence& g : d.sentences)
    for (const GoldWord& w : g.words)
      if (w.end > w.start) gold_tok.insert({w.start, w.end});
  for (const Token& t : tokenize(d.text, 0, d.text.size(), res.abbreviations)) pred_tok.insert({t.start, t.end});
  for (const auto& t : pred_tok) s.tok_tp += gold_tok.count(t);
  s.tok_pred += pred_tok.size();
  s.tok_gold += gold_tok.size();
  // Tags and lemmas given gold tokens.
  for (const GoldSentence& g : d.sentences) {
    std::vector<Token> tokens;
    bool space = false;
    for (const GoldWord& w : g.words) {
      Token t;
      t.set_text(w.form);
      t.start = static_cast<uint32_t>(w.start);
      t.end = static_cast<uint32_t>(w.end);
      t.space_before = space;
      space = w.space_after;
      tokens.push_back(std::move(t));
    }
    auto t0 = std::chrono::steady_clock::now();
    res.tagger.tag(tokens);
    res.lemmatizer.lemmatize(tokens);
    s.tag_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (size_t i = 0; i < tokens.size(); ++i) {
      ++s.words;
      if (tokens[i].tag == g.words[i].xpos) ++s.xpos_ok;
      else {
        ++s.confusions[g.words[i].xpos + ">" + tokens[i].tag];
        ++s.examples[g.words[i].xpos + ">" + tokens[i].tag][tokens[i].text];
      }
      if (tokens[i].lemma == g.words[i].lemma) ++s.lemma_ok;
      else ++s.lemma_errors[tokens[i].text + "/" + tokens[i].tag + ": " + g.words[i].lemma + " != " + tokens[i].lemma];
    }
  }
}

void report(const std::string& name, const Scores& s) {
  double sp = s.sb_pred ? double(s.sb_tp) / s.sb_pred : 0, sr = s.sb_gold ? double(s.sb_tp) / s.sb_gold : 0;
  double tp = s.tok_pred ? double(s.tok_tp) / s.tok_pred : 0, tr = s.tok_gold ? double(s.tok_tp) / s.tok_gold : 0;
  std::printf("%-34s %6.4f %6.4f %6.4f | %6.3f | %6.2f%% | %6.2f%% | %9.0f | %zu\n", name.c_str(), sp, sr, f1(sp, sr),
              f1(tp, tr), 100.0 * s.xpos_ok / std::max<size_t>(1, s.words), 100.0 * s.lemma_ok / std::max<size_t>(1, s.words),
              s.words / std::max(1e-9, s.tag_seconds), s.words);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--errors") {
      errors = true;
    } else if (a.rfind("--", 0) == 0 || !std::filesystem::is_regular_file(a)) {
      std::fprintf(stderr, "eval_ud: %s\nusage: eval_ud [--errors] [FILE.conllu ...]\n",
                   a.rfind("--", 0) == 0 ? ("unknown option " + a).c_str() : ("no such file: " + a).c_str());
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::string shared = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/bench";
    if (!std::filesystem::exists(shared)) shared = "../shared/bench";
    for (const char* f : {"/ud-ewt/en_ewt-ud-test.conllu", "/ud-gum/en_gum-ud-test.conllu"})
      if (std::filesystem::exists(shared + f)) files.push_back(shared + f);
    if (files.empty()) {
      std::printf("eval_ud: ../shared/bench/ud-ewt and ud-gum are absent; nothing to score (skipped)\n");
      return 0;
    }
  }
  const Resources& res = Resources::get();
  std::printf("%-34s %6s %6s %6s | %6s | %7s | %7s | %9s | %s\n", "file", "sb-P", "sb-R", "sb-F1", "tokF1", "XPOS",
              "lemma", "tok/s", "words");
  for (const std::string& f : files) {
    auto docs = read_conllu(f);
    Scores all, news;
    for (const GoldDocument& d : docs) {
      score_document(d, res, all);
      if (d.genre == "news" || d.id.find("_news_") != std::string::npos) score_document(d, res, news);
    }
    std::string name = std::filesystem::path(f).filename().string();
    report(name, all);
    if (news.words) report("  news documents only", news);
    if (errors) {
      const auto top = eval::by_count(all.confusions);
      std::printf("  most frequent XPOS errors (gold>predicted):");
      for (size_t i = 0; i < top.size() && i < 25; ++i) {
        std::printf("\n    %s:%zu  e.g.", top[i].second.c_str(), top[i].first);
        const auto ex = eval::by_count(all.examples[top[i].second]);
        for (size_t k = 0; k < ex.size() && k < 8; ++k) std::printf(" %s(%zu)", ex[k].second.c_str(), ex[k].first);
      }
      const auto lem = eval::by_count(all.lemma_errors);
      std::printf("\n  most frequent lemma errors:");
      for (size_t i = 0; i < lem.size() && i < 30; ++i) std::printf("\n    %s (%zu)", lem[i].second.c_str(), lem[i].first);
      // Every 20th missed sentence end, for a sample across the file.
      std::printf("\n  missed sentence ends (%zu; a sample, '||' marks the gold end):", all.missed_boundaries.size());
      for (size_t i = 0; i < all.missed_boundaries.size(); i += 20) std::printf("\n    %s", all.missed_boundaries[i].c_str());
      std::printf("\n  spurious sentence ends (%zu; a sample):", all.spurious_boundaries.size());
      for (size_t i = 0; i < all.spurious_boundaries.size(); i += 5) std::printf("\n    %s", all.spurious_boundaries[i].c_str());
      std::printf("\n");
    }
  }
  return 0;
}
