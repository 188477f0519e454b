#include "tagger.h"

#include <cmath>
#include <fstream>
#include <stdexcept>

#include "chunker.h"
#include "text_util.h"

namespace newsgraph {
namespace {

// Lingua::EN::Tagger names some tags its own way; everything else is the upper-cased Penn tag.
std::string penn_name(const std::string& lingua) {
  static const std::unordered_map<std::string, std::string> names = {
      {"det", "DT"},   {"ppc", ","},     {"pp", "."},       {"pps", ":"},     {"ppl", "``"},
      {"ppr", "''"},   {"lrb", "-LRB-"}, {"rrb", "-RRB-"},  {"prps", "PRP$"}, {"wps", "WP$"},
      {"ppd", "$"}};
  auto it = names.find(lingua);
  if (it != names.end()) return it->second;
  return [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }(lingua);
}

// Parses "key: { a: 1, b: 2 }" lines of the Lingua YAML files.
bool parse_yaml_line(const std::string& line, std::string& key,
                     std::vector<std::pair<std::string, double>>& values) {
  values.clear();
  if (line.empty() || line[0] == '-' || line[0] == '#') return false;
  size_t pos = 0;
  if (line[0] == '"') {
    size_t close = line.find("\": {", 1);
    if (close == std::string::npos) return false;
    key = line.substr(1, close - 1);
    pos = close + 1;
  } else {
    size_t colon = line.find(": {");
    if (colon == std::string::npos) return false;
    key = line.substr(0, colon);
    pos = colon;
  }
  size_t open = line.find('{', pos);
  size_t close = line.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return false;
  std::string_view body(line.data() + open + 1, close - open - 1);
  for (std::string_view item : split(body, ',')) {
    item = trim(item);
    size_t c = item.find(':');
    if (c == std::string_view::npos) continue;
    values.emplace_back(std::string(trim(item.substr(0, c))), std::atof(std::string(trim(item.substr(c + 1))).c_str()));
  }
  return true;
}

bool is_number(const std::string& w) {
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '/' && c != '-' && c != ':') return false;
  }
  return digit;
}

// The form under which the Lingua lexicon knows a token (quotes and brackets are renamed).
std::string lexicon_form(const std::vector<Token>& tokens, size_t i) {
  const std::string& w = tokens[i].text;
  if (w == "\"") {
    bool opening = i == 0 || tokens[i].space_before;
    if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i].space_before) opening = true;
    else if (i > 0 && !tokens[i].space_before) opening = false;
    return opening ? "``" : "''";
  }
  if (w == "\xE2\x80\x9C") return "``";
  if (w == "\xE2\x80\x9D") return "''";
  if (w == "\xE2\x80\x98") return "`";
  if (w == "\xE2\x80\x99") return "'";
  if (w == "(") return "*LRB*";
  if (w == ")") return "*RRB*";
  if (w == "[" || w == "{") return "*LCB*";
  if (w == "]" || w == "}") return "*RCB*";
  if (w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "---") return "--";
  if (w == "\xE2\x80\xA6") return "...";
  if (w.find("\xE2\x80\x99") != std::string::npos) {
    std::string s = w;
    size_t p;
    while ((p = s.find("\xE2\x80\x99")) != std::string::npos) s.replace(p, 3, "'");
    return s;
  }
  return w;
}

}  // namespace

int Tagger::tag_index_for_penn(const std::string& penn) const {
  for (size_t t = 0; t < penn_.size(); ++t)
    if (penn_[t] == penn) return static_cast<int>(t);
  return -1;
}

int Tagger::tag_index(const std::string& lingua) const {
  auto it = index_.find(lingua);
  return it == index_.end() ? -1 : it->second;
}

Tagger::Tagger(const std::string& dir) {
  load_transitions(dir + "/tags.yml");
  load_words(dir + "/words.yml");
  build_suffix_model();
  auto need = [&](const char* name) {
    int t = tag_index(name);
    if (t < 0) throw std::runtime_error(dir + "/tags.yml lacks tag " + name);
    return t;
  };
  t_nnp_ = need("nnp"); t_nnps_ = need("nnps"); t_nn_ = need("nn"); t_nns_ = need("nns");
  t_jj_ = need("jj"); t_cd_ = need("cd"); t_vbd_ = need("vbd"); t_vbn_ = need("vbn");
  t_vb_ = need("vb"); t_vbp_ = need("vbp"); t_vbz_ = need("vbz"); t_vbg_ = need("vbg");
  t_rb_ = need("rb"); t_in_ = need("in"); t_md_ = need("md"); t_to_ = need("to");
  t_dt_ = need("det"); t_prp_ = need("prp"); t_sym_ = need("sym");
  start_tag_ = need("pp");
}

void Tagger::load_transitions(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("cannot read " + path +
                             " (install the Debian package liblingua-en-tagger-perl)");
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>> rows;
  std::string line, key;
  std::vector<std::pair<std::string, double>> values;
  auto add = [&](const std::string& name) {
    if (!index_.count(name)) {
      index_[name] = static_cast<int>(penn_.size());
      penn_.push_back(penn_name(name));
    }
  };
  while (std::getline(in, line)) {
    if (!parse_yaml_line(line, key, values)) continue;
    add(key);
    for (auto& v : values) add(v.first);
    rows.emplace_back(key, values);
  }
  // OntoNotes tags that the Lingua statistics lack; only the contextual rules assign them.
  add("hyph");
  penn_[index_["hyph"]] = "HYPH";
  add("add");
  penn_[index_["add"]] = "ADD";
  const size_t n = penn_.size();
  trans_.assign(n, std::vector<float>(n, std::log(1e-7f)));
  for (auto& [from, vals] : rows)
    for (auto& [to, p] : vals)
      if (p > 0) trans_[index_[from]][index_[to]] = static_cast<float>(std::log(p));
}

void Tagger::load_words(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("cannot read " + path +
                             " (install the Debian package liblingua-en-tagger-perl)");
  std::vector<std::pair<std::string, std::vector<std::pair<int, double>>>> raw;
  tag_count_.assign(penn_.size(), 0.0);
  std::string line, key;
  std::vector<std::pair<std::string, double>> values;
  while (std::getline(in, line)) {
    if (!parse_yaml_line(line, key, values)) continue;
    std::vector<std::pair<int, double>> counts;
    for (auto& [tag, c] : values) {
      int t = tag_index(tag);
      if (t < 0 || c <= 0) continue;
      tag_count_[t] += c;
      counts.emplace_back(t, c);
    }
    if (!counts.empty()) raw.emplace_back(key, std::move(counts));
  }
  double total = 0;
  for (double c : tag_count_) total += c;
  log_prior_.resize(penn_.size());
  for (size_t t = 0; t < penn_.size(); ++t)
    log_prior_[t] = static_cast<float>(std::log((tag_count_[t] + 1) / (total + penn_.size())));
  lexicon_.reserve(raw.size());
  for (auto& [word, counts] : raw) {
    Entries e;
    for (auto& [t, c] : counts) e.push_back({t, static_cast<float>(std::log(c / tag_count_[t]))});
    lexicon_.emplace(word, std::move(e));
  }
  // Keep the raw counts of rare words for the suffix model.
  suffix_.clear();
  std::unordered_map<std::string, std::vector<double>> acc;
  for (auto& [word, counts] : raw) {
    double sum = 0;
    for (auto& tc : counts) sum += tc.second;
    if (sum > 4 || word.size() < 3 || !std::isalpha(static_cast<unsigned char>(word[0]))) continue;
    bool cap = std::isupper(static_cast<unsigned char>(word[0]));
    std::string lw = to_lower(word);
    for (size_t len = 1; len <= 5 && len < lw.size(); ++len) {
      std::string k = (cap ? "C:" : "l:") + lw.substr(lw.size() - len);
      auto& v = acc[k];
      if (v.empty()) v.assign(penn_.size(), 0.0);
      for (auto& [t, c] : counts) v[t] += c;
    }
  }
  for (auto& [k, v] : acc) {
    double sum = 0;
    for (double c : v) sum += c;
    if (sum < 3) continue;
    std::vector<float> p(v.size());
    for (size_t t = 0; t < v.size(); ++t) p[t] = static_cast<float>(v[t] / sum);
    suffix_.emplace(k, std::move(p));
  }
}

void Tagger::build_suffix_model() {}  // built while loading words (needs the raw counts)

bool Tagger::has_common_tag(const Entries& e) const {
  for (const Emission& x : e)
    if (x.tag != t_nnp_ && x.tag != t_nnps_) return true;
  return false;
}

const Tagger::Entries* Tagger::lookup(const std::string& word) const {
  auto it = lexicon_.find(word);
  return it == lexicon_.end() ? nullptr : &it->second;
}

void Tagger::unknown_word(const std::string& w, bool initial, Entries& out) const {
  std::vector<std::pair<int, float>> dist;  // P(tag | word shape)
  bool cap = std::isupper(static_cast<unsigned char>(w[0]));
  bool all_caps = cap && w.size() > 1;
  for (char c : w)
    if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
  bool hyphen = w.find('-') != std::string::npos;
  if (has_digit(w)) {
    if (w.back() == 's') dist = {{t_nns_, 0.5f}, {t_cd_, 0.5f}};
    else dist = {{t_cd_, 0.5f}, {t_nnp_, 0.2f}, {t_jj_, 0.15f}, {t_nn_, 0.15f}};
  } else if (all_caps) {
    dist = {{t_nnp_, 0.9f}, {t_nn_, 0.05f}, {t_nnps_, 0.05f}};
  } else if (cap && !initial) {
    bool plural = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
    dist = {{t_nnp_, plural ? 0.7f : 0.88f}, {t_nnps_, plural ? 0.2f : 0.02f}, {t_jj_, 0.06f},
            {t_nn_, 0.04f}};
  } else {
    std::string lw = to_lower(w);
    std::string part = hyphen ? lw.substr(lw.rfind('-') + 1) : lw;
    if (part.empty()) part = lw;  // "pre-" ends with the hyphen
    const std::vector<float>* p = nullptr;
    std::string prefix = cap ? "C:" : "l:";
    for (size_t len = std::min<size_t>(5, part.size() > 1 ? part.size() - 1 : 1); len >= 1 && !p; --len) {
      auto it = suffix_.find(prefix + part.substr(part.size() - len));
      if (it != suffix_.end()) p = &it->second;
    }
    if (p) {
      for (size_t t = 0; t < p->size(); ++t)
        if ((*p)[t] > 0.01f) dist.emplace_back(static_cast<int>(t), (*p)[t]);
    } else {
      dist = {{t_nn_, 0.5f}, {t_jj_, 0.2f}, {t_nns_, 0.1f}, {t_vb_, 0.05f}, {t_vbd_, 0.05f},
              {t_nnp_, 0.1f}};
    }
    if (hyphen) {
      for (auto& d : dist)
        if (d.first == t_jj_) d.second += 0.4f;
    } else {
      // Unknown plain words are more often nouns than the rare-word suffixes suggest, unless the
      // suffix is a typical adjective ending.
      static const char* const adj_suffixes[] = {"ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish", "ary", "ant", "ent"};
      bool adjectival = false;
      for (const char* suf : adj_suffixes) adjectival = adjectival || part.ends_with(suf);
      if (!adjectival)
        for (auto& d : dist)
          if (d.first == t_jj_) d.second *= 0.6f;
    }
    if (cap) dist.emplace_back(t_nnp_, 0.5f);
  }
  for (auto& [t, p] : dist) out.push_back({t, std::log(p) - log_prior_[t] - 14.0f});
}

void Tagger::candidates(const std::vector<Token>& tokens, size_t i, Entries& out, bool* common_word) const {
  out.clear();
  *common_word = false;
  std::string w = lexicon_form(tokens, i);
  if (is_number(w) && !lookup(w)) w = "*NUM*";
  const Entries* e = lookup(w);
  bool initial = i == 0 || tokens[i - 1].text == "``" || tokens[i - 1].text == "\"" ||
                 tokens[i - 1].text == "\xE2\x80\x9C" || tokens[i - 1].text == ":" ||
                 tokens[i - 1].text == "(" || tokens[i - 1].text == "-";
  bool cap = std::isupper(static_cast<unsigned char>(w[0]));
  if (cap) {
    // A capital may only mark the sentence start: consult the lower-case entry too.
    const Entries* lower = nullptr;
    std::string lw = to_lower(w);
    if (lw != w) lower = lookup(lw);
    *common_word = lower && has_common_tag(*lower);
    if (e && lower && initial) {
      out = *e;
      for (const Emission& x : *lower) {
        bool found = false;
        for (Emission& y : out)
          if (y.tag == x.tag) {
            y.logp = std::max(y.logp, x.logp);
            found = true;
          }
        if (!found) out.push_back(x);
      }
      return;
    }
    if (!e && lower && (initial || w.size() > 1)) {
      out = *lower;
      // Mid-sentence capitals on common words are usually part of a name.
      float bonus = initial ? -3.0f : 1.0f;
      float best = -1e9f;
      for (const Emission& x : out) best = std::max(best, x.logp);
      out.push_back({t_nnp_, best + bonus});
      return;
    }
  }
  if (e) {
    out = *e;
    return;
  }
  unknown_word(tokens[i].text, initial, out);
}

void Tagger::tag(std::vector<Token>& tokens) const {
  const size_t n = tokens.size();
  if (n == 0) return;
  std::vector<Entries> cand(n);
  for (size_t i = 0; i < n; ++i) {
    bool common = false;
    candidates(tokens, i, cand[i], &common);
    tokens[i].common_word = common;
  }
  std::vector<std::vector<float>> score(n);
  std::vector<std::vector<int>> back(n);
  for (size_t i = 0; i < n; ++i) {
    score[i].assign(cand[i].size(), -1e30f);
    back[i].assign(cand[i].size(), 0);
    for (size_t k = 0; k < cand[i].size(); ++k) {
      const Emission& c = cand[i][k];
      if (i == 0) {
        score[i][k] = trans_[start_tag_][c.tag] + c.logp;
        continue;
      }
      for (size_t j = 0; j < cand[i - 1].size(); ++j) {
        float s = score[i - 1][j] + trans_[cand[i - 1][j].tag][c.tag] + c.logp;
        if (s > score[i][k]) {
          score[i][k] = s;
          back[i][k] = static_cast<int>(j);
        }
      }
    }
  }
  std::vector<int> tags(n);
  size_t best = 0;
  for (size_t k = 1; k < cand[n - 1].size(); ++k)
    if (score[n - 1][k] > score[n - 1][best]) best = k;
  for (size_t i = n; i-- > 0;) {
    tags[i] = cand[i][best].tag;
    best = static_cast<size_t>(back[i][best]);
  }
  apply_rules(tokens, tags);
  for (size_t i = 0; i < n; ++i) tokens[i].tag = std::string_view(penn_[tags[i]]);
}

void Tagger::apply_rules(std::vector<Token>& tokens, std::vector<int>& tags) const {
  // Contextual corrections for systematic bigram errors (Brill-style). Each was kept because it
  // raised XPOS accuracy on the evaluation (tools/eval_ud).
  const size_t n = tokens.size();
  auto set = [&](size_t i, const char* penn) {
    int t = tag_index_for_penn(penn);
    if (t >= 0) tags[i] = t;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = tokens[i].text;
    // "to" is the infinitive marker only before a verb; elsewhere it is a preposition.
    if (tags[i] == t_to_) {
      size_t k = i + 1;
      while (k < n && tags[k] == t_rb_) ++k;
      if (!(k < n && (tags[k] == t_vb_ || tags[k] == t_vbp_))) tags[i] = t_in_;
      else if (tags[k] == t_vbp_) tags[k] = t_vb_;
    }
    // Lower-case "i" in informal text is the pronoun.
    if (w == "i") tags[i] = t_prp_;
    // A hyphen written inside a compound ("rare - earth" as separate tokens) is HYPH.
    if (w == "-" && i > 0 && i + 1 < n && !tokens[i].space_before && !tokens[i + 1].space_before) set(i, "HYPH");
    // Web and e-mail addresses.
    if ((w.find("://") != std::string::npos || w.rfind("www.", 0) == 0 ||
         (w.find('@') != std::string::npos && w.find('.') != std::string::npos && w.size() > 5)))
      set(i, "ADD");
    // List markers only before ")" or "."; a number elsewhere is a cardinal.
    if (penn_[tags[i]] == "LS" && !(i + 1 < n && (tokens[i + 1].text == ")" || tokens[i + 1].text == ".")))
      tags[i] = t_cd_;
    // "that": a demonstrative before a noun or at the start, a complementizer after a verb,
    // a relative pronoun after a noun and before a verb.
    if (w == "that" || w == "That") {
      bool next_nominal = i + 1 < n && (tags[i + 1] == t_nn_ || tags[i + 1] == t_nns_ || tags[i + 1] == t_jj_);
      bool next_verbal = i + 1 < n && (is_verb_tag(penn_[tags[i + 1]]) || tags[i + 1] == t_md_);
      bool prev_verb = i > 0 && is_verb_tag(penn_[tags[i - 1]]);
      bool prev_noun = i > 0 && (tags[i - 1] == t_nn_ || tags[i - 1] == t_nns_ || tags[i - 1] == t_nnp_);
      if (next_nominal && !prev_noun) tags[i] = t_dt_;
      else if (i == 0 && next_verbal) tags[i] = t_dt_;
      else if (prev_verb && !next_verbal) tags[i] = t_in_;
      else if (prev_noun && next_verbal) set(i, "WDT");
    }
    // A present-tense form after a modal, "to" or do-support is the base form.
    if (tags[i] == t_vbp_ && i > 0) {
      size_t k = i;
      while (k > 0 && (tags[k - 1] == t_rb_)) --k;
      if (k > 0) {
        const std::string& lw = tokens[k - 1].text;
        if (tags[k - 1] == t_md_ || tags[k - 1] == t_to_ || lw == "do" || lw == "does" || lw == "did" ||
            lw == "Do" || lw == "Does" || lw == "Did")
          tags[i] = t_vb_;
      }
    }
    // "to" before a base verb is TO, and the verb after it is VB.
    if (tags[i] == t_vbp_ && i > 0 && (tags[i - 1] == t_to_ || tags[i - 1] == t_md_)) tags[i] = t_vb_;
    // A past participle with no auxiliary before it, right after a subject and before a
    // determiner or noun, is a past-tense verb ("Canada imposed tariffs").
    bool ed_form = w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
    bool after_subject = i > 0 && (tags[i - 1] == t_nnp_ || tags[i - 1] == t_prp_ || tags[i - 1] == t_nns_);
    // Right after a subject pronoun, a past participle with no auxiliary is a past tense.
    if (tags[i] == t_vbn_ && i > 0 && tags[i - 1] == t_prp_) {
      static const char* const subj[] = {"I", "i", "he", "He", "she", "She", "we", "We", "they", "They", "you", "You"};
      for (const char* p : subj)
        if (tokens[i - 1].text == p) tags[i] = t_vbd_;
    }
    // "... delayed the controls and revived purchases": a second past verb after "and".
    bool after_coordination = false;
    if (i > 1 && penn_[tags[i - 1]] == "CC")
      for (size_t k = i - 1; k-- > 0 && i - k <= 8;)
        if (tags[k] == t_vbd_) after_coordination = true;
    if ((tags[i] == t_vbn_ || (tags[i] == t_jj_ && ed_form)) && i + 1 < n && (after_subject || after_coordination) &&
        (tags[i + 1] == t_dt_ || tags[i + 1] == t_nns_ || tags[i + 1] == t_nnp_ || tags[i + 1] == t_cd_ ||
         penn_[tags[i + 1]] == "PRP$")) {
      bool aux = false;
      for (size_t k = i; k-- > 0 && i - k <= 3;) {
        std::string lw = to_lower(tokens[k].text);
        if (lw == "has" || lw == "have" || lw == "had" || lw == "was" || lw == "were" ||
            lw == "been" || lw == "be" || lw == "is" || lw == "are" || lw == "being") aux = true;
      }
      if (!aux) tags[i] = t_vbd_;
    }
  }
}

}  // namespace newsgraph
