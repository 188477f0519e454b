// TempEval-3-style scoring of time expressions over TimeML files (TimeBank, AQUAINT): strict and
// relaxed extent P/R/F1, type and value accuracy over relaxed matches, and value F1 = value
// accuracy x relaxed F1. Each document's DCT is the article date. Values are compared as strings,
// after writing gold ISO week numbers with two digits (see canonical_value).
// Usage: eval_timex [--errors | --all-errors] [DIR...]  (default: ../shared/bench/timebank/{TimeBank,AQUAINT};
// skipped with a message when absent)
#include <algorithm>
#include <cctype>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "analyzer.h"
#include "chunker.h"
#include "counts.h"
#include "time_normalizer.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

struct Timex {
  size_t start = 0, end = 0;
  std::string type, value, text;
};

// ISO 8601 writes week numbers with two digits ("2000-W08"); a few TimeBank values leave out the
// zero ("2000-W8"). Both name the same week, so gold values are compared in the two-digit form.
std::string canonical_value(const std::string& v) {
  if (v.size() >= 7 && v[4] == '-' && v[5] == 'W' && std::isdigit(static_cast<unsigned char>(v[6])) &&
      (v.size() == 7 || !std::isdigit(static_cast<unsigned char>(v[7]))))
    return v.substr(0, 6) + "0" + v.substr(6);
  return v;
}

struct Doc {
  std::string dct, text;
  std::vector<Timex> gold;
};

std::string attr(const std::string& tag, const std::string& name) {
  std::string key = " " + name + "=\"";
  size_t p = tag.find(key);
  if (p == std::string::npos) return "";
  p += key.size();
  return tag.substr(p, tag.find('"', p) - p);
}

// Strips the tags of <TEXT>, decoding entities, and records TIMEX3 spans in the stripped text.
Doc read_tml(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string x = ss.str();
  Doc d;
  size_t dct = x.find("<DCT>");
  if (dct != std::string::npos) d.dct = attr(x.substr(dct, x.find("</DCT>", dct) - dct), "value").substr(0, 10);
  size_t b = x.find("<TEXT>"), e = x.find("</TEXT>");
  if (b == std::string::npos || e == std::string::npos) return d;
  b += 6;
  std::vector<Timex> open;
  for (size_t i = b; i < e;) {
    if (x[i] == '<') {
      size_t close = x.find('>', i);
      std::string tag = x.substr(i, close - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        Timex t;
        t.start = d.text.size();
        t.type = attr(tag, "type");
        t.value = canonical_value(attr(tag, "value"));
        open.push_back(t);
      } else if (tag == "</TIMEX3>" && !open.empty()) {
        Timex t = open.back();
        open.pop_back();
        t.end = d.text.size();
        t.text = d.text.substr(t.start, t.end - t.start);
        d.gold.push_back(t);
      }
      i = close + 1;
      continue;
    }
    if (x[i] == '&') {
      static const std::pair<const char*, char> ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (auto& [name, ch] : ents)
        if (x.compare(i, std::strlen(name), name) == 0) {
          d.text += ch;
          i += std::strlen(name);
          done = true;
          break;
        }
      if (done) continue;
    }
    d.text += x[i++];
  }
  return d;
}

struct Tally {
  size_t gold = 0, pred = 0, strict = 0, relaxed_gold = 0, relaxed_pred = 0, type_ok = 0, value_ok = 0, matched = 0;
  std::map<std::string, size_t> errors;
  void add(const Tally& o) {
    gold += o.gold; pred += o.pred; strict += o.strict; relaxed_gold += o.relaxed_gold; relaxed_pred += o.relaxed_pred;
    type_ok += o.type_ok; value_ok += o.value_ok; matched += o.matched;
    for (auto& [k, v] : o.errors) errors[k] += v;
  }
};

Tally score(const Doc& d, const Resources& res) {
  Tally t;
  std::vector<Timex> pred;
  TimeDocument doc;
  for (const Sentence& s : analyze(d.text, 0, d.text.size(), res)) {
    Chunks c = chunk(s.tokens, res.lexicons);
    for (const TimeExpression& te : find_times(s.tokens, c, d.dct, &doc))
      pred.push_back({te.start, te.end, te.type, te.value, d.text.substr(te.start, te.end - te.start)});
  }
  t.gold = d.gold.size();
  t.pred = pred.size();
  auto overlap = [](const Timex& a, const Timex& b) { return a.start < b.end && b.start < a.end; };
  for (const Timex& g : d.gold) {
    const Timex* m = nullptr;
    for (const Timex& p : pred)
      if (overlap(g, p)) {
        m = &p;
        break;
      }
    if (!m) {
      ++t.errors["missed: " + g.text + " (" + g.value + ")"];
      continue;
    }
    ++t.relaxed_gold;
    ++t.matched;
    if (m->start == g.start && m->end == g.end) ++t.strict;
    if (m->type == g.type) ++t.type_ok;
    if (m->value == g.value) ++t.value_ok;
    else ++t.errors["value: " + g.text + " gold " + g.value + " got " + m->value];
  }
  for (const Timex& p : pred) {
    bool any = false;
    for (const Timex& g : d.gold) any = any || overlap(g, p);
    if (any) ++t.relaxed_pred;
    else ++t.errors["spurious: " + p.text + " (" + p.value + ")"];
  }
  return t;
}

void report(const std::string& name, const Tally& t) {
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  double sp = t.pred ? double(t.strict) / t.pred : 0, sr = t.gold ? double(t.strict) / t.gold : 0;
  double rp = t.pred ? double(t.relaxed_pred) / t.pred : 0, rr = t.gold ? double(t.relaxed_gold) / t.gold : 0;
  double type_acc = t.matched ? double(t.type_ok) / t.matched : 0, value_acc = t.matched ? double(t.value_ok) / t.matched : 0;
  std::printf("%-10s %5zu %5zu | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | type %.3f value %.3f | value F1 %.3f\n",
              name.c_str(), t.gold, t.pred, sp, sr, f1(sp, sr), rp, rr, f1(rp, rr), type_acc, value_acc, value_acc * f1(rp, rr));
}

}  // namespace

int main(int argc, char** argv) {
  bool errors = false, all_errors = false;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--errors") {
      errors = true;
    } else if (a == "--all-errors") {
      errors = all_errors = true;
    } else if (a.rfind("--", 0) == 0 || !fs::is_directory(a)) {
      std::fprintf(stderr, "eval_timex: %s\nusage: eval_timex [--errors | --all-errors] [DIR-of-.tml-files ...]\n",
                   a.rfind("--", 0) == 0 ? ("unknown option " + a).c_str() : ("no such directory: " + a).c_str());
      return 2;
    } else {
      dirs.push_back(a);
    }
  }
  if (dirs.empty()) {
    std::string base = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/bench/timebank";
    for (const char* sub : {"/TimeBank", "/AQUAINT"})
      if (fs::exists(base + sub)) dirs.push_back(base + sub);
    if (dirs.empty()) {
      std::printf("eval_timex: ../shared/bench/timebank is absent; nothing to score (skipped)\n");
      return 0;
    }
  }
  const Resources& res = Resources::get();
  std::printf("%-10s %5s %5s\n", "corpus", "gold", "pred");
  Tally total;
  for (const std::string& dir : dirs) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".tml") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    Tally t;
    for (const auto& f : files) t.add(score(read_tml(f), res));
    report(fs::path(dir).filename().string(), t);
    total.add(t);
  }
  if (dirs.size() > 1) report("total", total);
  if (errors) {
    const auto top = eval::by_count(total.errors);
    for (size_t i = 0; i < top.size() && (all_errors || i < 80); ++i) std::printf("  %3zu  %s\n", top[i].first, top[i].second.c_str());
  }
  return 0;
}
