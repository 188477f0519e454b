#include "tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "chunker.h"
#include "name_words.h"
#include "text_util.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
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

// Parses "key: { a: 1, b: 2 }" lines of the Lingua YAML files; `key` and the value names are
// views into `line` (the loaders read each file whole: no string per line or per value).
bool parse_yaml_line(std::string_view line, std::string_view& key,
                     std::vector<std::pair<std::string_view, double>>& values) {
  values.clear();
  if (line.empty() || line[0] == '-' || line[0] == '#') return false;
  size_t pos = 0;
  if (line[0] == '"') {
    size_t close = line.find("\": {", 1);
    if (close == std::string_view::npos) return false;
    key = line.substr(1, close - 1);
    pos = close + 1;
  } else {
    size_t colon = line.find(": {");
    if (colon == std::string_view::npos) return false;
    key = line.substr(0, colon);
    pos = colon;
  }
  size_t open = line.find('{', pos);
  size_t close = line.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return false;
  std::string_view body = line.substr(open + 1, close - open - 1);
  for (size_t b = 0; b <= body.size();) {
    size_t e = body.find(',', b);
    if (e == std::string_view::npos) e = body.size();
    std::string_view item = trim(body.substr(b, e - b));
    b = e + 1;
    size_t c = item.find(':');
    if (c == std::string_view::npos) continue;
    // The number ends at ',' or '}' in the file, so strtod reads what atof of the field would.
    std::string_view number = trim(item.substr(c + 1));
    values.emplace_back(trim(item.substr(0, c)), number.empty() ? 0.0 : std::strtod(number.data(), nullptr));
  }
  return true;
}

// Reads a Lingua YAML file whole, or says which package provides it.
std::string read_lingua_file(const std::string& path) {
  std::string text;
  if (!read_whole_file(path, text))
    throw std::runtime_error("cannot read " + path +
                             " (install the Debian package liblingua-en-tagger-perl)");
  return text;
}

bool is_number(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '/' && c != '-' && c != ':') return false;
  }
  return digit;
}

// Whether a word has the ':', '@' or '.' that any web or e-mail address has (one pass; most
// words have none, and the address tests below search the word several times).
bool may_be_address(std::string_view w) {
  // One table load a byte: this runs at every token.
  static constexpr auto kAddressByte = [] {
    std::array<bool, 256> t{};
    t[':'] = t['@'] = t['.'] = true;
    return t;
  }();
  for (char c : w)
    if (kAddressByte[static_cast<unsigned char>(c)]) return true;
  return false;
}

// A web or e-mail address ("http://x.org", "www.x.com", "a@b.org").
bool is_address(std::string_view w) {
  return may_be_address(w) && (w.find("://") != std::string_view::npos || w.starts_with("www.") ||
                               (w.find('@') != std::string_view::npos && w.find('.') != std::string_view::npos && w.size() > 5));
}

// The time of day as time_of_day_after_number reads it after a number, in lower case.
bool is_time_of_day_word(std::string_view lw) {
  return is_word(lw, "am") || is_word(lw, "pm") || is_word(lw, "a.m.") || is_word(lw, "p.m.");
}

// A response or hesitation that discourse_interjection reads as an interjection, in lower case.
bool is_discourse_word(std::string_view lw) {
  return is_word(lw, "well") || is_word(lw, "no") || is_word(lw, "yes") || is_word(lw, "oh") || is_word(lw, "okay") || is_word(lw, "ok") || is_word(lw, "yeah");
}

// A lower-case name particle that particle_inside_name may read as part of a name ("es" of "Dar es
// Salaam"); "do" and "ten" are English words first.
bool is_particle_word(std::string_view w) {
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && !is_word(w, "do") && !is_word(w, "ten") && name_particle(w);
}

// Whether a rule of apply_rules is triggered by the token's text rather than by its tag: the
// words that infinitive_to_and_symbols, that_reading, particle_inside_name,
// time_of_day_after_number and discourse_interjection test. Remembered per word with the
// candidates, so that apply_rules passes over any other token whose tag no rule reads.
// `address`: is_address(t.text), which the caller knows already.
bool rule_reads_text(const Token& t, bool address) {
  const std::string_view w = t.text, lw = t.lower;
  return is_word(w, "that") || is_word(w, "That") || is_word(lw, "think") || is_word(w, "i") || is_word(w, "-") || address ||
         is_particle_word(w) || is_time_of_day_word(lw) || is_discourse_word(lw);
}

}  // namespace

// The form under which the Lingua lexicon knows a token (quotes and brackets are renamed).
std::string_view lexicon_form(const std::vector<Token>& tokens, size_t i, std::string* buffer) {
  const std::string& w = tokens[i].text;
  if (w.size() == 1) {
    switch (w[0]) {
      case '"': {
        bool opening = i == 0 || tokens[i].space_before;
        if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i].space_before) opening = true;
        else if (i > 0 && !tokens[i].space_before) opening = false;
        return opening ? "``" : "''";
      }
      case '(': return "*LRB*";
      case ')': return "*RRB*";
      case '[': case '{': return "*LCB*";
      case ']': case '}': return "*RCB*";
      default: return w;
    }
  }
  // Every renamed form below but "---" starts with, or holds, the byte 0xE2 (curly quotes,
  // dashes, the ellipsis): plain words leave after one scan.
  if (w.find('\xE2') == std::string::npos) return is_word(w, "---") ? std::string_view("--") : std::string_view(w);
  if (is_word(w, "\xE2\x80\x9C")) return "``";
  if (is_word(w, "\xE2\x80\x9D")) return "''";
  if (is_word(w, "\xE2\x80\x98")) return "`";
  if (is_word(w, "\xE2\x80\x99")) return "'";
  if (is_word(w, "\xE2\x80\x94") || is_word(w, "\xE2\x80\x93") || is_word(w, "---")) return "--";
  if (is_word(w, "\xE2\x80\xA6")) return "...";
  if (w.find("\xE2\x80\x99") != std::string::npos) {
    *buffer = w;
    size_t p;
    while ((p = buffer->find("\xE2\x80\x99")) != std::string::npos) buffer->replace(p, 3, "'");
    return *buffer;
  }
  return w;
}

int Tagger::tag_index_for_penn(const std::string& penn) const {
  for (size_t t = 0; t < penn_.size(); ++t)
    if (penn_[t] == penn) return static_cast<int>(t);
  return -1;
}

int Tagger::tag_index(const std::string& lingua) const {
  auto it = index_.find(lingua);
  return it == index_.end() ? -1 : it->second;
}

Tagger::Tagger(const std::string& dir, const std::string& trigram_model) {
  static std::atomic<uint64_t> taggers{0};
  generation_ = ++taggers;
  load_transitions(dir + "/tags.yml");
  load_words(dir + "/words.yml");
  build_suffix_model();
  if (!trigram_model.empty() &&
      trigram_.load(trigram_model, static_cast<int>(penn_.size()),
                    [this](std::string_view penn) { return tag_index_for_penn(std::string(penn)); }))
    trigram_.build_transitions(trans_, tag_index("pp"));
  const size_t nt = penn_.size();
  trans_into_.resize(trans_.size());
  for (size_t previous = 0; previous < nt; ++previous)
    for (size_t tag = 0; tag < nt; ++tag) trans_into_[tag * nt + previous] = trans_[previous * nt + tag];
  auto need = [&](const char* name) {
    int t = tag_index(name);
    if (t < 0) throw std::runtime_error(dir + "/tags.yml lacks tag " + name);
    return t;
  };
  t_nnp_ = need("nnp"); t_nnps_ = need("nnps"); t_nn_ = need("nn"); t_nns_ = need("nns");
  t_jj_ = need("jj"); t_cd_ = need("cd"); t_vbd_ = need("vbd"); t_vbn_ = need("vbn");
  t_vb_ = need("vb"); t_vbp_ = need("vbp"); t_vbz_ = need("vbz"); t_vbg_ = need("vbg");
  t_rb_ = need("rb"); t_in_ = need("in"); t_md_ = need("md"); t_to_ = need("to");
  t_dt_ = need("det"); t_prp_ = need("prp"); t_sym_ = need("sym"); t_uh_ = need("uh");
  start_tag_ = need("pp");
  rule_tag_.assign(penn_.size(), 0);
  for (int t : {t_to_, t_vbp_, t_vbn_, t_jj_, t_vbd_, t_vbz_, t_vbg_, t_vb_, t_prp_}) rule_tag_[static_cast<size_t>(t)] = 1;
  penn_class_.assign(penn_.size(), 0);
  for (size_t t = 0; t < penn_.size(); ++t) {
    const PosTag& p = penn_[t];
    penn_class_[t] = static_cast<uint8_t>((is_verb_tag(p) ? kVerbTag : 0) | (p == "CC" ? kCc : 0) | (p == "LS" ? kLs : 0) |
                                          (p == "POS" ? kPos : 0) | (p == "PRP" ? kPrp : 0) |
                                          (p == "PRP$" ? kPrpPossessive : 0) | (p == "JJS" || p == "JJR" ? kJjComparative : 0));
    if (p == "LS") rule_tag_[t] = 1;  // infinitive_to_and_symbols: a list marker or a number
  }
}

void Tagger::load_transitions(const std::string& path) {
  const std::string text = read_lingua_file(path);
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>> rows;
  std::string_view key;
  std::vector<std::pair<std::string_view, double>> values;
  auto add = [&](const std::string& name) {
    if (!index_.count(name)) {
      index_[name] = static_cast<int>(penn_.size());
      penn_.push_back(penn_name(name));
    }
  };
  for_each_line_view(text, [&](std::string_view line) {
    if (!parse_yaml_line(line, key, values)) return;
    add(std::string(key));
    std::vector<std::pair<std::string, double>> row;
    for (auto& v : values) {
      add(std::string(v.first));
      row.emplace_back(v.first, v.second);
    }
    rows.emplace_back(key, std::move(row));
  });
  // OntoNotes tags that the Lingua statistics lack; only the contextual rules assign them.
  add("hyph");
  penn_[index_["hyph"]] = PosTag("HYPH");
  add("add");
  penn_[index_["add"]] = PosTag("ADD");
  const size_t n = penn_.size();
  trans_.assign(n * n, std::log(1e-7f));
  for (auto& [from, vals] : rows)
    for (auto& [to, p] : vals)
      if (p > 0) trans_[index_[from] * n + index_[to]] = static_cast<float>(std::log(p));
}

void Tagger::load_words(const std::string& path) {
  const std::string text = read_lingua_file(path);
  std::vector<std::pair<std::string_view, std::vector<std::pair<int, double>>>> raw;  // views into text
  tag_count_.assign(penn_.size(), 0.0);
  std::string_view key;
  std::vector<std::pair<std::string_view, double>> values;
  std::string tag_name;
  for_each_line_view(text, [&](std::string_view line) {
    if (!parse_yaml_line(line, key, values)) return;
    std::vector<std::pair<int, double>> counts;
    for (auto& [tag, c] : values) {
      tag_name.assign(tag);
      int t = tag_index(tag_name);
      if (t < 0 || c <= 0) continue;
      tag_count_[t] += c;
      counts.emplace_back(t, c);
    }
    if (!counts.empty()) raw.emplace_back(key, std::move(counts));
  });
  double total = 0;
  for (double c : tag_count_) total += c;
  log_prior_.resize(penn_.size());
  for (size_t t = 0; t < penn_.size(); ++t)
    log_prior_[t] = static_cast<float>(std::log((tag_count_[t] + 1) / (total + penn_.size())));
  lexicon_.reserve(raw.size());
  for (auto& [word, counts] : raw) {
    if (lexicon_.insert(word) < lexicon_spans_.size()) continue;  // the first entry of a word wins
    uint32_t begin = static_cast<uint32_t>(emissions_.size());
    for (auto& [t, c] : counts) emissions_.push_back({t, static_cast<float>(std::log(c / tag_count_[t]))});
    lexicon_spans_.emplace_back(begin, static_cast<uint32_t>(emissions_.size()));
  }
  // Keep the raw counts of rare words for the suffix model. Suffix keys get dense ids from a
  // StringTable (one buffer reused per key, no node per entry): this loop was a fifth of the
  // tagger's loading time with a std::unordered_map<std::string, ...>.
  StringTable acc_keys;
  std::vector<std::vector<double>> acc;
  std::string k;
  for (auto& [word, counts] : raw) {
    double sum = 0;
    for (auto& tc : counts) sum += tc.second;
    if (sum > 4 || word.size() < 3 || !std::isalpha(static_cast<unsigned char>(word[0]))) continue;
    bool cap = std::isupper(static_cast<unsigned char>(word[0]));
    std::string lw = to_lower(word);
    for (size_t len = 1; len <= 5 && len < lw.size(); ++len) {
      k.assign(cap ? "C:" : "l:");
      k.append(lw, lw.size() - len, len);
      const uint32_t id = acc_keys.insert(k);
      if (id == acc.size()) acc.emplace_back(penn_.size(), 0.0);
      for (auto& [t, c] : counts) acc[id][t] += c;
    }
  }
  for (uint32_t id = 0; id < acc.size(); ++id) {
    const std::vector<double>& v = acc[id];
    double sum = 0;
    for (double c : v) sum += c;
    if (sum < 3) continue;
    // Only the tags unknown_word reads (P > kLikelySuffixTag), by tag index: a suffix has a few
    // of the ~45 tags, and the loop over them all ran at every unknown word.
    std::vector<std::pair<int, float>> likely;
    for (size_t t = 0; t < v.size(); ++t)
      if (const float p = static_cast<float>(v[t] / sum); p > kLikelySuffixTag) likely.emplace_back(static_cast<int>(t), p);
    suffix_.insert(acc_keys.key(id));
    suffix_tags_.push_back(std::move(likely));
  }
}

void Tagger::build_suffix_model() {}  // built while loading words (needs the raw counts)

bool Tagger::has_common_tag(std::span<const Emission> e) const {
  for (const Emission& x : e)
    if (x.tag != t_nnp_ && x.tag != t_nnps_) return true;
  return false;
}

bool Tagger::can_take(std::string_view word, int tag) const {
  for (const Emission& e : lookup(word))
    if (e.tag == tag) return true;
  return false;
}

std::span<const Tagger::Emission> Tagger::lookup(std::string_view word) const {
  uint32_t id = lexicon_.find(word);
  if (id == StringTable::kNone) return {};
  auto [begin, end] = lexicon_spans_[id];
  return {emissions_.data() + begin, emissions_.data() + end};
}

void Tagger::unknown_word(const std::string& w, bool initial, Entries& out) const {
  thread_local std::vector<std::pair<int, float>> dist;  // P(tag | word shape); reused
  dist.clear();
  // ASCII tests in place of <cctype>'s calls: the program keeps the "C" locale, where they agree.
  bool cap = is_upper_initial(w);
  bool all_caps = cap && w.size() > 1 && !has_lowercase(w);
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
    const std::vector<std::pair<int, float>>* p = nullptr;
    std::string key = cap ? "C:" : "l:";
    for (size_t len = std::min<size_t>(5, part.size() > 1 ? part.size() - 1 : 1); len >= 1 && !p; --len) {
      key.resize(2);
      key.append(part, part.size() - len, len);
      if (uint32_t id = suffix_.find(key); id != StringTable::kNone) p = &suffix_tags_[id];
    }
    if (p) {
      dist.assign(p->begin(), p->end());
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
      static constexpr std::string_view adj_suffixes[] = {"ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish", "ary", "ant", "ent"};
      bool adjectival = false;
      for (std::string_view suf : adj_suffixes) adjectival = adjectival || part.ends_with(suf);
      if (!adjectival)
        for (auto& d : dist)
          if (d.first == t_jj_) d.second *= 0.6f;
    }
    if (cap) dist.emplace_back(t_nnp_, 0.5f);
  }
  for (auto& [t, p] : dist) out.push_back({t, std::log(p) - log_prior_[t] - 14.0f});
}

void Tagger::candidates(const std::vector<Token>& tokens, size_t i, Entries& out, bool* common_word) const {
  *common_word = false;
  std::string renamed;  // the lexicon form, when it differs from the token's text
  std::string_view w = lexicon_form(tokens, i, &renamed);
  if (is_number(w) && lookup(w).empty()) w = "*NUM*";
  std::span<const Emission> e = lookup(w);
  bool initial = starts_sentence(tokens, i);
  bool cap = is_upper_initial(w);  // ASCII, as std::isupper in the "C" locale the program keeps
  if (cap) {
    // A capital may only mark the sentence start: consult the lower-case entry too.
    std::span<const Emission> lower;
    std::string lowered;
    // The token's own lower-case form, unless the lexicon form was renamed.
    std::string_view lw = w.data() == tokens[i].text.data() ? std::string_view(tokens[i].lower) : (lowered = to_lower(w));
    if (lw != w) lower = lookup(lw);
    *common_word = !lower.empty() && has_common_tag(lower);
    if (!e.empty() && !lower.empty() && initial) {
      const size_t from = out.size();
      out.insert(out.end(), e.begin(), e.end());
      for (const Emission& x : lower) {
        bool found = false;
        for (Emission& y : std::span(out).subspan(from))
          if (y.tag == x.tag) {
            y.logp = std::max(y.logp, x.logp);
            found = true;
          }
        if (!found) out.push_back(x);
      }
      return;
    }
    if (e.empty() && !lower.empty() && (initial || w.size() > 1)) {
      out.insert(out.end(), lower.begin(), lower.end());
      // Mid-sentence capitals on common words are usually part of a name.
      float bonus = initial ? -3.0f : 1.0f;
      float best = -1e9f;
      for (const Emission& x : lower) best = std::max(best, x.logp);
      out.push_back({t_nnp_, best + bonus});
      return;
    }
  }
  if (!e.empty()) {
    out.insert(out.end(), e.begin(), e.end());
    return;
  }
  unknown_word(tokens[i].text, initial, out);
}

// A token's candidates depend on its text, on whether it starts a sentence (starts_sentence) and,
// for a straight double quote, on whether it opens or closes (lexicon_form); nothing else of the
// sentence. News repeats its words, so each (context, text) is worked out once per thread: the
// lexicon probes, the lower-case entry, unknown_word's suffixes and Brown's counts cost several
// hash lookups a token, a remembered one costs none: it is found by the word id the tokenizer gave
// the token (word_ids.h), or for a token without one by its context and text. The memo is bounded
// (emptied when full, at a sentence start) and belongs to one tagger (generation_).
struct Tagger::CandidateMemo {
  uint64_t generation = 0;
  std::vector<uint32_t> by_word;                     // word id * 4 + context -> id, or kNone
  StringTable keys;                                  // context byte + text (no word id) -> key id
  std::vector<uint32_t> key_ids;                     // key id -> id
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // id -> [begin, end) in entries
  std::vector<Emission> entries;
  std::vector<uint8_t> facts;                        // id -> WordFacts bits
};

Tagger::CandidateMemo& Tagger::candidate_memo() const {
  thread_local CandidateMemo memo;
  if (memo.generation != generation_ || memo.spans.size() >= 50000) {
    memo = CandidateMemo{};
    memo.generation = generation_;
  }
  return memo;
}

namespace {
// Whether token i starts a sentence or a quotation (starts_sentence), inlined where the tagger
// asks it at every token.
[[gnu::always_inline]] inline bool opens_sentence(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return true;
  const std::string_view prev = tokens[i - 1].text;
  if (prev.size() > 3) return false;  // the longest opener below, the curly quote, has three bytes
  return is_word(prev, "``") || is_word(prev, "\"") || is_word(prev, "\xE2\x80\x9C") ||
         is_word(prev, ":") || is_word(prev, "(") || is_word(prev, "-");
}
}  // namespace

bool starts_sentence(const std::vector<Token>& tokens, size_t i) { return opens_sentence(tokens, i); }

[[gnu::always_inline]] inline uint32_t Tagger::remembered_candidates(CandidateMemo& memo, const std::vector<Token>& tokens,
                                                                       size_t i) const {
  const std::string& text = tokens[i].text;
  int context = opens_sentence(tokens, i) ? 1 : 0;
  if (is_word(text, "\"")) {
    std::string unused;
    if (lexicon_form(tokens, i, &unused) == "``"sv) context += 2;
  }
  const uint32_t word = tokens[i].word;
  uint32_t id = StringTable::kNone;
  if (word != kNoWord) {
    const size_t at = size_t{word} * 4 + static_cast<size_t>(context);
    if (at >= memo.by_word.size()) memo.by_word.resize(std::max<size_t>(size_t{word_count()} * 4, at + 1), StringTable::kNone);
    id = memo.by_word[at];
  } else {
    thread_local std::string key;
    key.assign(1, static_cast<char>('0' + context)).append(text);
    if (const uint32_t k = memo.keys.find(key); k != StringTable::kNone) id = memo.key_ids[k];
  }
  if (id == StringTable::kNone) id = remember_candidates(memo, tokens, i, context);
  return id;
}

uint32_t Tagger::remember_candidates(CandidateMemo& memo, const std::vector<Token>& tokens, size_t i, int context) const {
  thread_local Entries found;
  found.clear();
  bool common_word = false;
  if (trigram_.loaded()) blend_brown(tokens, i, found, &common_word);
  else candidates(tokens, i, found, &common_word);
  const uint32_t id = static_cast<uint32_t>(memo.spans.size());
  if (tokens[i].word != kNoWord) {
    memo.by_word[size_t{tokens[i].word} * 4 + static_cast<size_t>(context)] = id;
  } else {
    std::string key(1, static_cast<char>('0' + context));
    memo.keys.insert(key.append(tokens[i].text));
    memo.key_ids.push_back(id);
  }
  const uint32_t begin = static_cast<uint32_t>(memo.entries.size());
  memo.entries.insert(memo.entries.end(), found.begin(), found.end());
  memo.spans.emplace_back(begin, static_cast<uint32_t>(memo.entries.size()));
  const bool address = is_address(tokens[i].text);
  memo.facts.push_back(static_cast<uint8_t>((common_word ? kCommonWord : 0) | (rule_reads_text(tokens[i], address) ? kRuleWord : 0) |
                                            (address ? kAddressWord : 0)));
  return id;
}

bool is_shouted(const std::vector<Token>& tokens) {
  size_t words = 0;
  for (const Token& t : tokens) {
    size_t letters = 0;
    for (char c : t.text) {
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
    }
    words += letters >= 2;
  }
  return words >= kShoutedWords;
}

// A shouted sentence is tagged as if written in ordinary case: a word the lexicons know in lower
// case is written so, any other keeps a capital initial ("TELL SOUTER NOW" -> "tell Souter now").
// Its capitals otherwise make every word a proper noun.
void Tagger::tag(std::vector<Token>& tokens) const {
  if (!is_shouted(tokens)) {
    tag_as_written(tokens);
    return;
  }
  std::vector<Token> recased = tokens;
  for (Token& t : recased) {
    if (t.lower == t.text) continue;  // no letters
    if (!lookup(t.lower).empty() || !trigram_.word(t.lower).empty()) {
      t.set_text(std::string(t.lower));
    } else {
      std::string title = t.lower;
      title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
      t.set_text(title);
    }
  }
  tag_as_written(recased);
  for (size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].tag = recased[i].tag;
    tokens[i].common_word = recased[i].common_word;
  }
}

void Tagger::tag_as_written(std::vector<Token>& tokens) const {
  const size_t n = tokens.size();
  if (n == 0) return;
  // Viterbi over flat per-sentence arrays, kept per thread: each token's candidates are read where
  // the memo keeps them (its entries stay in place for the sentence: candidate_memo), and `first`
  // marks where each token's states begin in the flat score and back arrays.
  thread_local std::vector<std::pair<uint32_t, uint32_t>> spans;  // each token's [begin, end) in memo.entries
  thread_local std::vector<size_t> first;
  thread_local std::vector<float> score;
  thread_local std::vector<int> back;
  thread_local std::vector<uint8_t> facts;  // WordFacts bits per token
  spans.resize(n);
  first.resize(n + 1);
  facts.resize(n);
  first[0] = 0;
  CandidateMemo& memo = candidate_memo();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t id = remembered_candidates(memo, tokens, i);
    facts[i] = memo.facts[id];
    tokens[i].common_word = facts[i] & kCommonWord;
    spans[i] = memo.spans[id];
    first[i + 1] = first[i] + (spans[i].second - spans[i].first);
  }
  const Emission* entries = memo.entries.data();  // read after the loop: remembering moves them
  if (trigram_.loaded()) {
    thread_local Entries cand;
    cand.clear();
    for (size_t i = 0; i < n; ++i) {
      const auto [begin, end] = spans[i];
      cand.insert(cand.end(), entries + begin, entries + end);
    }
    std::vector<int> tags = decode_trigram(tokens, cand, first);
    apply_rules(tokens, tags, facts, entries, spans);
    for (size_t i = 0; i < n; ++i) tokens[i].tag = penn_[tags[i]];
    return;
  }
  score.resize(first[n]);  // every state is written below before it is read
  back.resize(first[n]);
  const size_t nt = penn_.size();
  const float* trans = trans_.data();
  {
    const auto [begin, end] = spans[0];
    for (uint32_t k = begin; k < end; ++k) score[k - begin] = trans[start_tag_ * nt + entries[k].tag] + entries[k].logp;
  }
  // The best predecessor of each candidate is kept in registers (the same sums in the same order,
  // the first of equal scores winning, as a comparison with score[k] in memory would).
  for (size_t i = 1; i < n; ++i) {
    const auto [prev_begin, prev_end] = spans[i - 1];
    const auto [begin, end] = spans[i];
    const Emission* prev = entries + prev_begin;
    const float* prev_score = score.data() + first[i - 1];
    const uint32_t predecessors = prev_end - prev_begin;
    float* token_score = score.data() + first[i];
    int* token_back = back.data() + first[i];
    const int prev_first = static_cast<int>(first[i - 1]);
    if (predecessors == 1) {
      // After a token with one candidate (a third of tokens) that candidate is every state's best
      // predecessor: the same sum, and any sum beats the -1e30 the search starts from.
      const float p = prev_score[0];
      const size_t prev_tag = static_cast<size_t>(prev[0].tag);
      for (uint32_t k = 0; k < end - begin; ++k) {
        const Emission c = entries[begin + k];
        token_score[k] = p + trans_into_[static_cast<size_t>(c.tag) * nt + prev_tag] + c.logp;
        token_back[k] = prev_first;
      }
      continue;
    }
    for (uint32_t k = 0; k < end - begin; ++k) {
      const Emission c = entries[begin + k];
      const float* into = trans_into_.data() + static_cast<size_t>(c.tag) * nt;  // into[previous tag]: log P(c.tag | previous tag)
      float best_score = -1e30f;
      uint32_t best_back = 0;
      for (uint32_t j = 0; j < predecessors; ++j) {
        const float s = prev_score[j] + into[prev[j].tag] + c.logp;
        if (s > best_score) {
          best_score = s;
          best_back = j;
        }
      }
      token_score[k] = best_score;
      token_back[k] = prev_first + static_cast<int>(best_back);
    }
  }
  thread_local std::vector<int> tags;
  tags.resize(n);
  size_t best = first[n - 1];
  for (size_t k = best + 1; k < first[n]; ++k)
    if (score[k] > score[best]) best = k;
  for (size_t i = n; i-- > 0;) {
    tags[i] = entries[spans[i].first + (best - first[i])].tag;
    best = static_cast<size_t>(back[best]);
  }
  apply_rules(tokens, tags, facts, entries, spans);
  for (size_t i = 0; i < n; ++i) tokens[i].tag = penn_[tags[i]];
}


// "to" is the infinitive marker only before a verb; lower-case "i", a hyphen inside a compound,
// web and e-mail addresses, list markers.
[[gnu::always_inline]] inline void Tagger::infinitive_to_and_symbols(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i,
                                                                       bool address) const {
  const size_t n = tokens.size();
  auto set = [&](size_t i, const char* penn) {
    int t = tag_index_for_penn(penn);
    if (t >= 0) tags[i] = t;
  };
  const std::string& w = tokens[i].text;
  // "to" is the infinitive marker only before a verb; elsewhere it is a preposition.
  if (tags[i] == t_to_ && i > 0 && is_word(tokens[i - 1].lower, "according")) {
    // according-to-noun: "according to police", "according to rescue workers": the phrase takes a
    // noun, also one the lexicon knows as a verb first (read as "to police", the speaker was lost
    // and "according" made a clause of its own).
    if (i + 1 < n && (tags[i + 1] == t_vb_ || tags[i + 1] == t_vbp_))
      tags[i + 1] = can_take(tokens[i + 1].lower, t_nns_) && !can_take(tokens[i + 1].lower, t_nn_) ? t_nns_ : t_nn_;
    tags[i] = t_in_;
  } else if (tags[i] == t_to_) {
    size_t k = i + 1;
    while (k < n && tags[k] == t_rb_) ++k;
    if (!(k < n && (tags[k] == t_vb_ || tags[k] == t_vbp_))) tags[i] = t_in_;
    else if (tags[k] == t_vbp_) tags[k] = t_vb_;
  }
  // "think tank(s)" is a noun compound, never the verb "think" (issue #16: "the think tank Z
  // called the plan ..." made Z's country the thinker).
  if (is_word(tokens[i].lower, "think") && i + 1 < n && (is_word(tokens[i + 1].lower, "tank") || is_word(tokens[i + 1].lower, "tanks"))) {
    set(i, "NN");
    set(i + 1, is_word(tokens[i + 1].lower, "tank") ? "NN" : "NNS");
  }
  // Lower-case "i" in informal text is the pronoun.
  if (is_word(w, "i")) tags[i] = t_prp_;
  // A hyphen written inside a compound ("rare - earth" as separate tokens) is HYPH.
  if (is_word(w, "-") && i > 0 && i + 1 < n && !tokens[i].space_before && !tokens[i + 1].space_before) set(i, "HYPH");
  // Web and e-mail addresses.
  if (address) set(i, "ADD");  // is_address(w), remembered with the word's candidates
  // List markers only before ")" or "."; a number elsewhere is a cardinal.
  if (penn_is(tags[i], kLs) && !(i + 1 < n && (is_word(tokens[i + 1].text, ")") || is_word(tokens[i + 1].text, "."))))
    tags[i] = t_cd_;
}

// "that": a demonstrative before a noun or at the start, a complementizer after a verb, a
// relative pronoun after a noun and before a verb.
[[gnu::always_inline]] inline void Tagger::that_reading(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  const std::string& w = tokens[i].text;
  if (!(is_word(w, "that") || is_word(w, "That"))) return;
  const size_t n = tokens.size();
  bool next_nominal = i + 1 < n && (tags[i + 1] == t_nn_ || tags[i + 1] == t_nns_ || tags[i + 1] == t_jj_);
  bool next_verbal = i + 1 < n && (penn_is(tags[i + 1], kVerbTag) || tags[i + 1] == t_md_);
  bool prev_verb = i > 0 && penn_is(tags[i - 1], kVerbTag);
  bool prev_noun = i > 0 && (tags[i - 1] == t_nn_ || tags[i - 1] == t_nns_ || tags[i - 1] == t_nnp_);
  // After a verb, "that" before a bare noun group and then a finite verb opens a clause:
  // "indicated that organic compounds could carry current".
  // The noun group may carry modifiers first: "said that overall borrowings in the week fell".
  bool clause_after = false;
  if (prev_verb && next_nominal) {
    for (size_t k = i + 1; k < n && k <= i + 8; ++k) {
      const int tk = tags[k];
      if (tk == t_md_ || tk == t_vbd_ || tk == t_vbz_ || tk == t_vbp_) {
        clause_after = true;
        break;
      }
      if (!(tk == t_nn_ || tk == t_nns_ || tk == t_jj_ || tk == t_nnp_ || tk == t_nnps_ || tk == t_cd_ ||
            tk == t_dt_ || tk == t_in_ || penn_is(tk, kPos) || penn_is(tk, kPrpPossessive)))
        break;
    }
  }
  if (clause_after) tags[i] = t_in_;
  else if (next_nominal && !prev_noun) tags[i] = t_dt_;
  else if (i == 0 && next_verbal) tags[i] = t_dt_;
  else if (prev_verb && !next_verbal) tags[i] = t_in_;
  else if (prev_noun && next_verbal) {
    int t = tag_index_for_penn("WDT");
    if (t >= 0) tags[i] = t;
  }
}

// A present-tense form after a modal, "to" or do-support is the base form, also when the subject
// pronoun stands between them in a question ("Do you know", "Can we meet", "Why did they leave").
// After "let", "make" or "help" and its object pronoun the verb is a bare infinitive ("let me
// know", "helped us survive").
[[gnu::always_inline]] inline void Tagger::base_form_after_modal(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (tags[i] == t_vbp_ && i > 1 && tags[i - 1] == t_prp_) {
    const std::string& v = tokens[i - 2].lower;
    if (is_word(v, "let") || is_word(v, "lets") || is_word(v, "letting") || is_word(v, "make") || is_word(v, "makes") || is_word(v, "made") ||
        is_word(v, "help") || is_word(v, "helps") || is_word(v, "helped")) {
      tags[i] = t_vb_;
      return;
    }
  }
  if (tags[i] == t_vbp_ && i > 0) {
    size_t k = i;
    while (k > 0 && (tags[k - 1] == t_rb_)) --k;
    if (k > 1 && tags[k - 1] == t_prp_) {  // the subject of an inverted auxiliary
      --k;
      while (k > 0 && (tags[k - 1] == t_rb_)) --k;
    }
    if (k > 0) {
      const std::string& lw = tokens[k - 1].text;
      if (tags[k - 1] == t_md_ || tags[k - 1] == t_to_ || is_word(lw, "do") || is_word(lw, "does") || is_word(lw, "did") ||
          is_word(lw, "Do") || is_word(lw, "Does") || is_word(lw, "Did"))
        tags[i] = t_vb_;
    }
  }
  // "to" before a base verb is TO, and the verb after it is VB.
  if (tags[i] == t_vbp_ && i > 0 && (tags[i - 1] == t_to_ || tags[i - 1] == t_md_)) tags[i] = t_vb_;
}

// A past participle with no auxiliary before it, right after a subject (or a second past verb
// after "and") and before a determiner or noun, is a past-tense verb ("Canada imposed tariffs").
[[gnu::always_inline]] inline void Tagger::past_tense_after_subject(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (tags[i] != t_vbn_ && tags[i] != t_jj_) return;  // both corrections below read one of these
  const size_t n = tokens.size();
  const std::string& w = tokens[i].text;
  bool ed_form = w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
  bool after_subject = i > 0 && (tags[i - 1] == t_nnp_ || tags[i - 1] == t_prp_ || tags[i - 1] == t_nns_);
  // Right after a subject pronoun, a past participle with no auxiliary is a past tense.
  // ("He further stated that": adverbs may stand between.)
  if (tags[i] == t_vbn_ && i > 0) {
    size_t p = i;
    while (p > 0 && tags[p - 1] == t_rb_ && i - p < 2) --p;
    static constexpr std::string_view subj[] = {"I", "i", "he", "He", "she", "She", "we", "We", "they", "They", "you", "You"};
    if (p > 0 && tags[p - 1] == t_prp_)
      for (std::string_view w : subj)
        if (tokens[p - 1].text == w) tags[i] = t_vbd_;
  }
  // "... delayed the controls and revived purchases": a second past verb after "and".
  bool after_coordination = false;
  if (i > 1 && penn_is(tags[i - 1], kCc))
    for (size_t k = i - 1; k-- > 0 && i - k <= 8;)
      if (tags[k] == t_vbd_) after_coordination = true;
  if ((tags[i] == t_vbn_ || (tags[i] == t_jj_ && ed_form)) && i + 1 < n && (after_subject || after_coordination) &&
      (tags[i + 1] == t_dt_ || tags[i + 1] == t_nns_ || tags[i + 1] == t_nnp_ || tags[i + 1] == t_cd_ ||
       penn_is(tags[i + 1], kPrpPossessive) ||
       (is_word(tokens[i + 1].lower, "at") && i + 2 < n && (is_word(tokens[i + 2].lower, "least") || is_word(tokens[i + 2].lower, "most"))))) {
    bool aux = false;
    for (size_t k = i; k-- > 0 && i - k <= 3;) {
      const std::string& lw = tokens[k].lower;
      if (is_word(lw, "has") || is_word(lw, "have") || is_word(lw, "had") || is_word(lw, "was") || is_word(lw, "were") ||
          is_word(lw, "been") || is_word(lw, "be") || is_word(lw, "is") || is_word(lw, "are") || is_word(lw, "being")) aux = true;
    }
    if (!aux) tags[i] = t_vbd_;
  }
}

// Possessive "'s", the noun "being", and a noun after an article where a verb was read.
[[gnu::always_inline]] inline void Tagger::possessive_and_nouns(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  const size_t n = tokens.size();
  // "'s" after a noun and before a noun group is the possessive: "the network 's very
  // successful weekend service" (VBZ before a participle, a determiner or a plain adjective
  // complement: "the network 's expanding", "it 's a deal", "the plan 's good").
  if (tags[i] == t_vbz_ && (is_word(tokens[i].lower, "'s") || is_word(tokens[i].lower, "\xE2\x80\x99s")) && i > 0 &&
      (tags[i - 1] == t_nn_ || tags[i - 1] == t_nnp_ || tags[i - 1] == t_nns_ || tags[i - 1] == t_nnps_)) {
    size_t k = i + 1;
    while (k < n && (tags[k] == t_rb_ || tags[k] == t_jj_ || penn_is(tags[k], kJjComparative))) ++k;
    if (k < n && k > i && (tags[k] == t_nn_ || tags[k] == t_nns_ || tags[k] == t_nnp_ || tags[k] == t_nnps_)) {
      int pos = tag_index_for_penn("POS");
      if (pos >= 0) tags[i] = pos;
    }
  }
  // "being" after an adjective is the noun: "a human being", "living beings".
  if (tags[i] == t_vbg_ && i > 0 && tags[i - 1] == t_jj_ && (is_word(tokens[i].lower, "being") || is_word(tokens[i].lower, "beings")))
    tags[i] = is_word(tokens[i].lower, "being") ? t_nn_ : t_nns_;
  // An article never precedes a base or present verb: "The lodge also hosts" is a noun.
  if ((tags[i] == t_vb_ || tags[i] == t_vbp_) && i > 0 &&
      (is_word(tokens[i - 1].lower, "the") || is_word(tokens[i - 1].lower, "a") || is_word(tokens[i - 1].lower, "an"))) {
    tags[i] = can_take(tokens[i].lower, t_nns_) ? t_nns_ : t_nn_;
  }
}

// A word written in capitals is not a pronoun: "US officials said" at a sentence start is the
// country, though the lower-case "us" is a pronoun (the trigram model reads the sentence-initial
// word's lower-case counts too). Trigram model only; the bigram model never needed it.
[[gnu::always_inline]] inline void Tagger::capitals_are_not_pronouns(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (tags[i] != t_prp_ || !trigram_.loaded()) return;
  const std::string& w = tokens[i].text;
  if (w.size() < 2) return;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return;
  tags[i] = t_nnp_;
}

// gerund-modifier: an -ing form before a noun it makes a compound with (data/lexicon/
// gerund_modifiers.tsv) is a noun of the noun group, not a verb with that noun as its object: "the
// bank holding company reported" (else "bank | hold | company" and no subject for "reported"),
// "is managing director of", "needs working capital"; a form of a `*` row is an adjective before
// any common noun ("existing contracts", "competing bids"). "holding talks", "leading Chelsea",
// "holding the line" have no row or no noun next and stay verbs.
[[gnu::always_inline]] inline void Tagger::gerund_modifier(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (tags[i] != t_vbg_ || i + 1 >= tokens.size() || gerund_pairs_.size() == 0) return;
  const Token& next = tokens[i + 1];
  const std::string& g = tokens[i].lower;
  if (next.text.empty() || is_upper_initial(next.text)) return;  // a name: "leading Chelsea"
  const bool next_noun = tags[i + 1] == t_nn_ || tags[i + 1] == t_nns_;
  if (next_noun && gerund_any_.find(g) != StringTable::kNone) {
    tags[i] = t_jj_;
    return;
  }
  // "gerund noun" in a buffer on the stack: no allocation for the probe.
  char key[64];
  if (g.size() + 1 + next.lower.size() > sizeof key) return;
  std::memcpy(key, g.data(), g.size());
  key[g.size()] = ' ';
  std::memcpy(key + g.size() + 1, next.lower.data(), next.lower.size());
  if (gerund_pairs_.find(std::string_view(key, g.size() + 1 + next.lower.size())) == StringTable::kNone) return;
  tags[i] = t_nn_;
  if (!next_noun) tags[i + 1] = can_take(next.lower, t_nns_) && !can_take(next.lower, t_nn_) ? t_nns_ : t_nn_;
}

// participle-after-be: a past form right after a form of "be" (an adverb may stand between) is
// the participle of a passive: "35 were rescued", "two others were also injured". Read as a past
// tense, the clause became a copula with no complement and the count lost its event.
[[gnu::always_inline]] inline void Tagger::participle_after_be(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (tags[i] != t_vbd_ || i == 0) return;
  size_t p = i;
  while (p > 0 && tags[p - 1] == t_rb_ && i - p < 2) --p;
  if (p == 0) return;
  static constexpr std::string_view kBe[] = {"was", "were", "is", "are", "am", "be", "been", "being"};
  for (std::string_view b : kBe)
    if (tokens[p - 1].lower == b) {
      tags[i] = t_vbn_;
      return;
    }
}

// particle-inside-name: a lower-case name particle between two capitalised words of one name is
// part of the name, never a verb or a preposition: "Dar es Salaam" (else "es" is a verb whose
// subject is "Dar"), "Frankfurt am Main", "Rio de Janeiro". "do" and "ten" are English words
// first ("Why do Americans", "Top ten Britons").
[[gnu::always_inline]] inline void Tagger::particle_inside_name(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (i == 0 || i + 1 >= tokens.size() || (tags[i - 1] != t_nnp_ && tags[i - 1] != t_nnps_)) return;
  if (!is_particle_word(tokens[i].text)) return;
  if (!is_upper_initial(tokens[i - 1].text) || !is_upper_initial(tokens[i + 1].text)) return;
  tags[i] = t_nnp_;
  if (penn_[tags[i + 1]] == "FW"sv) tags[i + 1] = t_nnp_;  // "Salaam" after the particle is the name's too
}

// A word that opens a sentence as a response or a hesitation and is set off by a comma ("Well,
// ...", "No, ...", "Oh!") is an interjection, as the Penn guidelines tag it (UH: "oh", "well",
// "yes"); the lexicons know these words mostly as an adverb or a determiner.
[[gnu::always_inline]] inline void Tagger::discourse_interjection(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (i + 1 >= tokens.size() || !is_discourse_word(tokens[i].lower)) return;
  const std::string_view next = tokens[i + 1].text;
  if ((is_word(next, ",") || is_word(next, "!")) && starts_sentence(tokens, i)) tags[i] = t_uh_;
}

// The time of day after a number ("at 10 AM", "5.30 p.m.") is a common noun, as the treebanks tag
// it; the capitals of "AM"/"PM" otherwise make a name of it, and "am" a verb.
[[gnu::always_inline]] inline void Tagger::time_of_day_after_number(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  if (i > 0 && is_time_of_day_word(tokens[i].lower) && has_digit(tokens[i - 1].text)) tags[i] = t_nn_;
}

// An adjective that is the whole noun group, between an article and a finite verb, is a noun
// when the lexicon lets it be one: "The general warned", "the second accused him". Trigram
// model only: Brown's counts make "general" and "second" mostly adjectives, and the subject
// was lost (event root F1 0.592 -> 0.599 with this rule); the bigram model's XPOS fell with it.
[[gnu::always_inline]] inline void Tagger::adjective_as_head_noun(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  const size_t n = tokens.size();
  if (!(tags[i] == t_jj_ && i > 0 && i + 1 < n && tags[i - 1] == t_dt_ && trigram_.loaded())) return;
  const int next = tags[i + 1];
  if (!(next == t_vbd_ || next == t_vbz_ || next == t_md_)) return;
  if (can_take(tokens[i].lower, t_nn_)) tags[i] = t_nn_;
}

// A reduced relative clause: "the bid launched (last week) by Cie" after the sentence's own verb
// is a past participle, not a second past tense.
[[gnu::always_inline]] inline void Tagger::reduced_relative(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  const size_t n = tokens.size();
  if (tags[i] == t_vbd_ && i > 1 && (tags[i - 1] == t_nn_ || tags[i - 1] == t_nns_ || tags[i - 1] == t_nnp_)) {
    size_t k = i + 1;
    while (k < n && k <= i + 3 && (tags[k] == t_jj_ || tags[k] == t_nn_ || tags[k] == t_dt_)) ++k;
    bool earlier_verb = false;
    for (size_t q = 0; q + 1 < i; ++q) earlier_verb = earlier_verb || tags[q] == t_vbd_ || tags[q] == t_vbz_ || tags[q] == t_vbp_;
    if (k < n && is_word(tokens[k].lower, "by") && earlier_verb) tags[i] = t_vbn_;
  }
}

// A second present-tense verb after "and": "the creek enters the county and flows along the
// border", "traders buy and sell stocks". The plural-noun reading of "flows" wins in the HMM
// when a proper noun precedes "and"; it loses here when the conjunct before has a present
// verb, the word can be one, a verb-like word follows, and no finite verb comes after that
// would need it as a subject ("exports rise and imports from China fall").
[[gnu::always_inline]] inline void Tagger::present_after_and(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i) const {
  const size_t n = tokens.size();
  if (!(i > 1 && i + 1 < n && penn_is(tags[i - 1], kCc))) return;
  int before = -1;
  for (size_t k = i - 1; k-- > 0 && i - k <= 8;)
    if (penn_is(tags[k], kVerbTag) || tags[k] == t_md_) {
      before = tags[k];
      break;
    }
  if (tags[i] == t_vb_ && before == t_vbp_ && tags[i - 2] == t_vbp_) tags[i] = t_vbp_;
  if (tags[i] == t_nns_ && before == t_vbz_) {
    const bool can_vbz = can_take(tokens[i].lower, t_vbz_);
    const int next = tags[i + 1];
    bool verb_like_next = next == t_in_ || next == t_dt_ || next == t_to_ || next == t_rb_ ||
                          penn_is(next, kPrpPossessive) || penn_is(next, kPrp) || is_word(tokens[i + 1].lower, "that");
    bool later_finite = false;
    for (size_t k = i + 1; k < n && k <= i + 6 && !is_word(tokens[k].text, ","); ++k)
      later_finite = later_finite || tags[k] == t_vbd_ || tags[k] == t_vbz_ || tags[k] == t_vbp_ || tags[k] == t_md_;
    if (can_vbz && verb_like_next && !later_finite) tags[i] = t_vbz_;
  }
}

// plural-subject-verb: "officials said gunmen abducted/NN two aid workers", "because users
// upload/JJ photos", "demonstrations against the tax spread/NN to the port city", "The two
// banks, A and B, lose/VB access". After a plural noun group that opens a clause, the HMM reads
// a verb it has seen mostly as a noun or adjective as one, and the clause loses its verb and
// its event. The word is the clause's finite verb (past or present, as its candidates allow;
// a plural subject takes no -s form) when
//   - the noun group before it (adverbs between are allowed; "of" and other phrases after its
//     head too, the head being the noun before the first phrase) has a plural head and opens a
//     clause: the sentence's start, after a comma, a colon or an opening quotation, or after a
//     word of data/lexicon/subject_clause_words.tsv (kind opener) ("that", "because", "said");
//   - an object or a phrase follows (a determiner, a number, a possessive, an adjective, a
//     preposition other than "of", a particle), or a bare noun when the HMM read the word as an
//     adjective ("users upload/JJ photos"; a noun read before a bare noun is a compound, "arms
//     control talks");
//   - no finite verb of the clause follows (finite_verb_after): "police reports show",
//     "the union leaders agreed" keep their nouns.
// Look-alikes that stay: an object noun group after a verb that opens no clause ("blamed
// margins pressure on"), a singular head ("the price rises"), a capitalised word.
void Tagger::plural_subject_verb(const std::vector<Token>& tokens, std::vector<int>& tags, size_t i,
                                 std::span<const Emission> candidates) const {
  const size_t n = tokens.size();
  const int tag = tags[i];
  if (!(tag == t_nn_ || tag == t_nns_ || tag == t_jj_ || tag == t_vb_) || i == 0 || i + 1 >= n) return;
  const std::string& w = tokens[i].text;
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return;
  // The tags after the word first: most nouns fail there, before any lookup.
  const int next = tags[i + 1];
  const bool bare_noun_next = next == t_nn_ || next == t_nns_;
  const bool object_next = next == t_dt_ || next == t_cd_ || next == t_jj_ || next == t_nnp_ || next == t_nnps_ ||
                           penn_is(next, kPrpPossessive) || (next == t_in_ && !is_word(tokens[i + 1].lower, "of")) ||
                           next == t_to_ || penn_[next] == "RP" || (bare_noun_next && tag == t_jj_);
  if (!object_next || is_word(tokens[i + 1].lower, "that")) return;
  if (not_verbs_.find(tokens[i].lower) != StringTable::kNone) return;
  float past = -1e30f, present = -1e30f;
  for (const Emission& e : candidates) {
    if (e.tag == t_vbd_) past = e.logp;
    if (e.tag == t_vbp_) present = e.logp;
  }
  // A word the lexicon knows no verb reading of: WordNet's regular past ("abducted/NN") or, for
  // a word the lexicon lacks altogether, its base form ("upload/JJ").
  if (past <= -1e30f && present <= -1e30f && wordnet_verbs_) {
    if (wordnet_verbs_->is_regular_past(tokens[i].lower)) past = 0.0f;
    else if (lookup(tokens[i].lower).empty() && wordnet_verbs_->is_verb_base(tokens[i].lower)) present = 0.0f;
  }
  if (past <= -1e30f && present <= -1e30f) return;
  const size_t start = plural_subject_start(tokens, tags, i);
  if (start == kNoSubject || finite_verb_after(tokens, tags, i)) return;
  tags[i] = past > present ? t_vbd_ : t_vbp_;
}

size_t Tagger::plural_subject_start(const std::vector<Token>& tokens, const std::vector<int>& tags, size_t i) const {
  size_t e = i;  // the subject ends before adverbs right before the verb
  while (e > 0 && tags[e - 1] == t_rb_ && i - e < 2) --e;
  if (e == 0) return kNoSubject;
  auto nominal = [&](size_t k) {
    const int t = tags[k];
    // A participle or adverb only before a word of the group ("participating voters", "the
    // most seriously injured adults"), and a participle not after a noun ("the bank blamed
    // margins": a verb and its object).
    const bool before_word = k + 1 < tokens.size() && (tags[k + 1] == t_nn_ || tags[k + 1] == t_nns_ ||
                                                       tags[k + 1] == t_jj_ || tags[k + 1] == t_vbn_);
    size_t before = k;  // the word before the participle, past adverbs ("the bank also blamed")
    while (before > 0 && tags[before - 1] == t_rb_) --before;
    const bool after_noun = before > 0 && (tags[before - 1] == t_nn_ || tags[before - 1] == t_nns_ ||
                                           tags[before - 1] == t_nnp_ || tags[before - 1] == t_nnps_ ||
                                           tags[before - 1] == t_prp_);
    const bool premodifier = (t == t_vbg_ || t == t_vbn_) && before_word && !after_noun;
    return (t == t_nn_ || t == t_nns_ || t == t_nnp_ || t == t_nnps_ || t == t_jj_ || t == t_cd_ || t == t_dt_ ||
            premodifier || (t == t_rb_ && before_word) || penn_is(t, kPos) || penn_is(t, kPrpPossessive) ||
            penn_is(t, kJjComparative) || penn_[t] == "JJS" || penn_[t] == "RBS") &&
           !is_word(tokens[k].lower, "that");
  };
  if (!(tags[e - 1] == t_nns_ || tags[e - 1] == t_nn_ || tags[e - 1] == t_nnps_)) return kNoSubject;
  size_t b = e;
  size_t first_phrase = kNoSubject;  // the preposition of the subject's first phrase
  while (b > 0 && e - b < 14) {
    if (nominal(b - 1)) {
      --b;
    } else if (tags[b - 1] == t_in_ && b >= 2 && nominal(b - 2) && b < e && !is_word(tokens[b - 1].lower, "that") &&
               clause_openers_.find(tokens[b - 1].lower) == StringTable::kNone) {
      first_phrase = b - 1;
      --b;
    } else {
      break;
    }
  }
  while (b < e && tags[b] == t_rb_) ++b;  // an adverb before the group belongs to the clause
  // A group that opens with a participle is a verb's object ("letting people interact with",
  // "having caught the selectors' eyes"), not a subject.
  if (b == e || tags[b] == t_vbg_ || tags[b] == t_vbn_ || !opens_clause(tokens, tags, b)) return kNoSubject;
  // "as economic growth drives demand for": a noun read before the word may be the verb itself,
  // an -s form after a singular noun; the word is then its object.
  if (e >= 2 && tags[e - 1] == t_nns_ && (tags[e - 2] == t_nn_ || tags[e - 2] == t_jj_) && tags[i] == t_nn_ &&
      can_take(tokens[e - 1].lower, t_vbz_))
    return kNoSubject;
  // The head: the noun before the first phrase, or the group's last noun when the phrase is "of"
  // ("a quarter of broadband users", "hundreds of fighters"; not "stereotypes of people past
  // pension age as", whose last noun is singular).
  if (first_phrase == kNoSubject) return tags[e - 1] == t_nns_ ? b : kNoSubject;
  const bool plural_head = !is_word(tokens[first_phrase].lower, "of") && first_phrase > b && tags[first_phrase - 1] == t_nns_;
  if (plural_head || (is_word(tokens[first_phrase].lower, "of") && tags[e - 1] == t_nns_)) return b;
  return kNoSubject;
}

bool Tagger::opens_clause(const std::vector<Token>& tokens, const std::vector<int>& tags, size_t start) const {
  if (start == 0) return true;
  const Token& prev = tokens[start - 1];
  if (is_word(prev.text, ",") || is_word(prev.text, ":") || is_word(prev.text, "\"") || is_word(prev.text, "\xE2\x80\x9C")) return true;
  if (start == 1 && (is_word(prev.text, "``") || penn_is(tags[0], kCc))) return true;
  return clause_openers_.find(prev.lower) != StringTable::kNone;
}

// Whether the clause from token i on has a finite verb of its own. A relative or subordinate
// clause ("who", "which", "because") and a postposed attribution (", officials said", ", said
// the ministry") have verbs of their own; a semicolon ends the clause.
bool Tagger::finite_verb_after(const std::vector<Token>& tokens, const std::vector<int>& tags, size_t i) const {
  const size_t n = tokens.size();
  for (size_t k = i + 1; k < n; ++k) {
    const Token& t = tokens[k];
    const int tk = tags[k];
    if (is_word(t.text, ";")) return false;
    const PosTag& pt = penn_[tk];
    if (pt == "WDT" || pt == "WP" || pt == "WP$" || pt == "WRB" || is_word(t.lower, "that")) return false;
    if (tk == t_in_ && clause_openers_.find(t.lower) != StringTable::kNone) return false;
    if (is_word(t.text, ",")) {
      // ", officials said ." / ", said police ." / ", according to police ."
      size_t q = k + 1;
      while (q < n && (tags[q] == t_dt_ || tags[q] == t_jj_ || tags[q] == t_nn_ || tags[q] == t_nns_ ||
                       tags[q] == t_nnp_ || tags[q] == t_nnps_ || tags[q] == t_prp_ || penn_is(tags[q], kPos)))
        ++q;
      if (q < n && (is_word(tokens[q].lower, "according") ||
                    (penn_is(tags[q], kVerbTag) && clause_openers_.find(tokens[q].lower) != StringTable::kNone)))
        return false;
    }
    if (tk == t_vbd_ || tk == t_vbz_ || tk == t_vbp_ || tk == t_md_) return true;
  }
  return false;
}

// Contextual corrections for systematic bigram errors (Brill-style), at each token in this order.
// Each was kept because it raised XPOS accuracy on the evaluation (tools/eval_ud).
// Every rule changes nothing at token i unless token i has one of the tags the rules test there
// (rule_tag_), or text a rule tests (kRuleWord, rule_reads_text), or is a plural noun after a
// conjunction (present_after_and: its other reading, VB after a conjunction, is in rule_tag_); no
// rule at i changes any tag otherwise, so the other tokens, most of them, are passed over with one
// test.
void Tagger::apply_rules(std::vector<Token>& tokens, std::vector<int>& tags, const std::vector<uint8_t>& facts,
                         const Emission* entries, const std::vector<std::pair<uint32_t, uint32_t>>& spans) const {
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A noun right after a noun or an adverb may be plural_subject_verb's verb.
    // The other rules change nothing there (see above), so such a token runs that rule alone.
    if (!rule_tag_[static_cast<size_t>(tags[i])] && !(facts[i] & kRuleWord) && !(tags[i] == t_nns_ && i > 0 && penn_is(tags[i - 1], kCc))) {
      const bool noun_after_noun = (tags[i] == t_nn_ || tags[i] == t_nns_) && i > 0 &&
                                   (tags[i - 1] == t_nns_ || tags[i - 1] == t_nn_ || tags[i - 1] == t_rb_);
      if (noun_after_noun) plural_subject_verb(tokens, tags, i, {entries + spans[i].first, entries + spans[i].second});
      continue;
    }
    // The rules triggered by text alone change nothing at a token whose text no rule reads.
    const bool rule_word = facts[i] & kRuleWord;
    infinitive_to_and_symbols(tokens, tags, i, facts[i] & kAddressWord);
    if (rule_word) that_reading(tokens, tags, i);
    base_form_after_modal(tokens, tags, i);
    past_tense_after_subject(tokens, tags, i);
    participle_after_be(tokens, tags, i);
    possessive_and_nouns(tokens, tags, i);
    capitals_are_not_pronouns(tokens, tags, i);
    if (rule_word) particle_inside_name(tokens, tags, i);
    adjective_as_head_noun(tokens, tags, i);
    reduced_relative(tokens, tags, i);
    present_after_and(tokens, tags, i);
    gerund_modifier(tokens, tags, i);
    plural_subject_verb(tokens, tags, i, {entries + spans[i].first, entries + spans[i].second});
    if (rule_word) {
      time_of_day_after_number(tokens, tags, i);
      discourse_interjection(tokens, tags, i);
    }
  }
}

}  // namespace newsgraph
