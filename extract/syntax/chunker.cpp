#include "chunker.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <utility>

#include "chunks_pool.h"
#include "text_util.h"
#include "word_list.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;

bool is_be(const Token& t) { return is_word(t.lemma, "be"); }

namespace {

bool verb_adverb(const Token& t) {
  static constexpr WordList kWords({"not", "n't", "never", "also", "still", "already", "just",
                                    "reportedly", "previously", "now", "again", "further",
                                    "jointly", "formally", "officially", "recently", "later",
                                    "soon", "finally", "quickly", "repeatedly", "since", "only",
                                    "even", "initially", "eventually", "publicly", "privately"});
  return kWords.contains(t.lower);
}

// The classes of tags the noun-group tests read, as bits. Each noun-group test asks a tag about
// one class (np_internal alone compared it with up to 20 literals, for every token, several times
// over): the classes of the tag are looked up once, by a perfect hash of the tag's bytes.
enum TagClass : uint8_t {
  kNpWord = 1,             // a word inside a noun group: DT PDT PRP$ JJ JJR JJS CD nouns POS $ HYPH
  kNominal = 2,            // a word that can head one: nouns CD PRP EX $
  kAdjectivalForm = 4,     // a participle that may modify a noun: VBN VBG
  kNounOrAdjective = 8,    // what such a participle comes before: nouns JJ
  kBeforeParticiple = 16,  // what such a participle comes after: DT JJ PRP$ POS CD
};

constexpr std::pair<std::string_view, uint8_t> kTagClasses[] = {
    {"DT", kNpWord | kBeforeParticiple},
    {"PDT", kNpWord},
    {"PRP$", kNpWord | kBeforeParticiple},
    {"JJ", kNpWord | kNounOrAdjective | kBeforeParticiple},
    {"JJR", kNpWord},
    {"JJS", kNpWord},
    {"CD", kNpWord | kNominal | kBeforeParticiple},
    {"NN", kNpWord | kNominal | kNounOrAdjective},
    {"NNS", kNpWord | kNominal | kNounOrAdjective},
    {"NNP", kNpWord | kNominal | kNounOrAdjective},
    {"NNPS", kNpWord | kNominal | kNounOrAdjective},
    {"POS", kNpWord | kBeforeParticiple},
    {"$", kNpWord | kNominal},
    {"HYPH", kNpWord},
    {"PRP", kNominal},
    {"EX", kNominal},
    {"VBN", kAdjectivalForm},
    {"VBG", kAdjectivalForm},
};

// A tag's bytes as one number, NUL-padded as PosTag keeps them (byte i in bits 8i..8i+7).
constexpr uint64_t tag_key(std::string_view tag) {
  uint64_t key = 0;
  for (size_t b = 0; b < tag.size() && b < 8; ++b) key |= uint64_t{static_cast<uint8_t>(tag[b])} << (8 * b);
  return key;
}

// The first multiplier, of a fixed pseudo-random sequence of odd numbers, that sends every tag of
// kTagClasses to a slot of its own among 64 (found while compiling).
constexpr uint64_t tag_hash_multiplier() {
  uint64_t keys[std::size(kTagClasses)] = {};
  for (size_t k = 0; k < std::size(kTagClasses); ++k) keys[k] = tag_key(kTagClasses[k].first);
  for (uint64_t m = 0x9E3779B97F4A7C15ull;; m = (m * 6364136223846793005ull + 1442695040888963407ull) | 1) {
    bool used[64] = {};
    bool distinct = true;
    for (uint64_t key : keys) {
      const uint64_t slot = (key * m) >> 58;
      distinct = distinct && !used[slot];
      used[slot] = true;
    }
    if (distinct) return m;
  }
}
constexpr uint64_t kTagHash = tag_hash_multiplier();

struct TagSlot {
  uint64_t key = 0;
  uint8_t classes = 0;
};
constexpr std::array<TagSlot, 64> kTagSlots = [] {
  std::array<TagSlot, 64> slots{};
  for (const auto& [tag, classes] : kTagClasses) slots[(tag_key(tag) * kTagHash) >> 58] = {tag_key(tag), classes};
  return slots;
}();

// The TagClass bits of a tag (0 for a tag not in kTagClasses: its key differs from its slot's).
uint8_t tag_classes(const PosTag& t) {
  static_assert(PosTag::kCapacity + 1 == sizeof(uint64_t), "a tag's bytes are one 8-byte key");
  uint64_t key = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&key, t.c_str(), sizeof key);  // one load (the loop below is not merged into one)
  } else {
    for (size_t b = 0; b < 8; ++b) key |= uint64_t{static_cast<uint8_t>(t[b])} << (8 * b);
  }
  const TagSlot& slot = kTagSlots[(key * kTagHash) >> 58];
  return slot.key == key ? slot.classes : 0;
}

// A word inside a noun group (from the TagClass bits of a sentence's tags, one byte a token): the
// word classes, and participles used as adjectives ("the proposed tariffs", "rising prices").
bool inside_noun_group(const std::vector<uint8_t>& classes, size_t i) {
  const uint8_t t = classes[i];
  if (t & kNpWord) return true;
  return (t & kAdjectivalForm) && i + 1 < classes.size() && (classes[i + 1] & kNounOrAdjective) && i > 0 &&
         (classes[i - 1] & kBeforeParticiple);
}

// A sentence's tokens with the noun-group classes of each token's tag, and whether it is inside a
// noun group (np_internal), worked out once: the noun-group tests read about three of them a
// token (np_internal 1.6 times, each reading its neighbours too), and a byte read replaces the
// hash of a tag each time.
class NounTags {
 public:
  static constexpr uint8_t kInside = 128;  // np_internal: not a TagClass bit
  explicit NounTags(const std::vector<Token>& tokens) : tk(tokens), classes_(buffer()) {
    // Filled through plain pointers: a push_back a token reloaded and tested the vector's end and
    // capacity each time (a byte store may alias them).
    classes_.resize(tk.size());
    uint8_t* const classes = classes_.data();
    const Token* const words = tk.data();
    for (size_t i = 0, n = tk.size(); i < n; ++i) classes[i] = tag_classes(words[i].tag);
    for (size_t i = 0; i < classes_.size(); ++i)  // reads TagClass bits only, not kInside
      if (inside_noun_group(classes_, i)) classes_[i] |= kInside;
  }
  bool np_internal(size_t i) const { return classes_[i] & kInside; }
  bool nominal(size_t i) const { return classes_[i] & kNominal; }

  const std::vector<Token>& tk;

 private:
  // Kept per thread from sentence to sentence (made per sentence, it cost an allocation each).
  static std::vector<uint8_t>& buffer() {
    thread_local std::vector<uint8_t> classes;
    return classes;
  }
  std::vector<uint8_t>& classes_;
};

// "last week", "next month", "this year": a time phrase that must not extend a noun group.
bool starts_time_phrase(const std::vector<Token>& tk, size_t j) {
  static constexpr WordList kRelative({"last", "next", "this", "past", "coming", "previous"});
  static constexpr WordList kUnits({"week", "month", "year", "weekend", "quarter", "spring", "summer",
                                    "autumn", "fall", "winter", "monday", "tuesday", "wednesday",
                                    "thursday", "friday", "saturday", "sunday"});
  return kRelative.contains(tk[j].lower) && j + 1 < tk.size() && kUnits.contains(tk[j + 1].lower);
}

// A one-token noun group: personal pronouns, existential "there", and demonstratives standing
// alone ("would regard these as unusual", "said this was wrong").
bool one_token_group(const NounTags& s, size_t i) {
  const std::vector<Token>& tk = s.tk;
  const size_t n = tk.size();
  const PosTag& t = tk[i].tag;
  if (t == "PRP" || t == "EX") return true;
  // The tests below in the order of their cost: this runs at every token outside a noun group,
  // and most are of none of these tags, or not one of the few words asked about.
  if (!(t == "DT" || t == "JJ" || t == "RB" || t == "NN" || t == "JJS")) return false;
  const std::string& tl = tk[i].lower;
  if (t == "DT" && (is_word(tl, "these") || is_word(tl, "those") || is_word(tl, "this")) && !(i + 1 < n && s.np_internal(i + 1)))
    return true;  // a demonstrative
  // A quantifier before "of" heads its own group: "some of the water molecules", "many of
  // the rebbes" (the "of" phrase then chains to it like any other) ...
  static constexpr WordList kQuantifiers({"some", "many", "most", "all", "each", "both", "several", "any", "much",
                                          "few", "none", "either", "neither"});
  if (i + 1 >= n || !kQuantifiers.contains(tl)) return false;
  // ... or stands alone before its verb: "Some have been training for months".
  const bool before_verb = is_verb_tag(tk[i + 1].tag) || tk[i + 1].tag == "MD";
  return is_word(tk[i + 1].lower, "of") || before_verb;
}

// Whether a noun group may start at i: "that"/"which" as determiners only when nominal material
// follows.
bool noun_group_starts(const NounTags& s, size_t i) {
  const std::vector<Token>& tk = s.tk;
  const PosTag& t = tk[i].tag;
  bool start = s.np_internal(i) && t != "POS" && t != "HYPH";
  if (start && t == "DT") {
    const std::string& lw = tk[i].lower;
    if ((is_word(lw, "that") || is_word(lw, "which")) && !(i + 1 < tk.size() && s.np_internal(i + 1))) start = false;
  }
  return start;
}

// A compound written with a spaced hyphen, as pretokenized text has it: "a 120 - day agreement",
// "a fume - filled mine". Not a dash before a new phrase ("Reuters - The"). ("a year - earlier
// level": an adverb-like word may follow when a noun comes after it.)
bool spaced_hyphen_at(const NounTags& s, size_t i, size_t j) {
  const std::vector<Token>& tk = s.tk;
  const size_t n = tk.size();
  const bool then_noun = j + 2 < n && (is_noun_tag(tk[j + 2].tag) || s.np_internal(j + 2));
  return j > i && j + 1 < n && is_word(tk[j].text, "-") && s.np_internal(j - 1) &&
         tk[j - 1].tag != "DT" && (is_noun_tag(tk[j + 1].tag) || tk[j + 1].tag == "JJ" ||
                                   tk[j + 1].tag == "CD" || tk[j + 1].tag == "VBN" ||
                                   tk[j + 1].tag == "VBG" ||
                                   ((tk[j + 1].tag == "JJR" || tk[j + 1].tag == "RBR" ||
                                     tk[j + 1].tag == "RB") && then_noun));
}

// An adverb modifying an adjective inside the group: "a very large country", "many largely
// recognized shapes".
bool degree_adverb_at(const std::vector<Token>& tk, size_t i, size_t j) {
  return j > i && j + 1 < tk.size() && (tk[j].tag == "RB" || tk[j].tag == "RBS" || tk[j].tag == "RBR") &&
         (tk[j - 1].tag == "DT" || tk[j - 1].tag == "JJ" || tk[j - 1].tag == "PRP$" ||
          tk[j - 1].tag == "CD" || tk[j - 1].tag == "PDT") &&
         (tk[j + 1].tag == "JJ" || tk[j + 1].tag == "JJR" || tk[j + 1].tag == "JJS" ||
          tk[j + 1].tag == "VBN");
}

// Where the noun group that starts at i stops reading (j), and its last nominal token
// (kNone when it has none).
// Inline in noun_groups, its one caller (left to the compiler it was called out of line once the
// literal comparisons above became is_word, which cost 0.5 M instructions per 1,000 articles).
[[gnu::always_inline]] inline size_t noun_group_extent(const NounTags& s, size_t i, size_t& last_nominal) {
  const std::vector<Token>& tk = s.tk;
  const size_t n = tk.size();
  size_t j = i;
  last_nominal = kNone;
  while (j < n) {
    if (!s.np_internal(j)) {
      // Coordinated adjectives inside the group: "an older industrial and residential area".
      bool adjective_pair = j > i && j + 1 < n && (is_word(tk[j].lower, "and") || is_word(tk[j].lower, "or")) &&
                            tk[j - 1].tag == "JJ" && tk[j + 1].tag == "JJ";
      bool spaced_hyphen = spaced_hyphen_at(s, i, j);
      if (degree_adverb_at(tk, i, j)) {
        // The participle after it is NP-internal only before a noun; let the loop decide.
        ++j;
        if (tk[j].tag == "VBN" && !(j + 1 < n && (is_noun_tag(tk[j + 1].tag) || tk[j + 1].tag == "JJ"))) {
          j = j - 1;
          break;
        }
        if (tk[j].tag == "VBN") ++j;
        continue;
      }
      // A quoted modifier inside the group: a final "take-it-or-leave-it" offer.
      if (j > i && tk[j].tag == "``") {
        size_t q = j + 1;
        while (q < n && q <= j + 12 && tk[q].tag != "''" && tk[q].tag != "``" && !(is_word(tk[q].text, "."))) ++q;
        if (q < n && q <= j + 12 && tk[q].tag == "''" && q + 1 < n && s.np_internal(q + 1) && tk[q + 1].tag != "DT") {
          j = q + 1;
          continue;
        }
      }
      if (!adjective_pair && !spaced_hyphen) break;
      j += spaced_hyphen ? 2 : 1;  // the word after the hyphen belongs to the compound
      if (s.nominal(j - 1)) last_nominal = j - 1;
      continue;
    }
    if (j > i && tk[j].tag == "DT" && tk[j - 1].tag != "POS" && tk[j - 1].tag != "PDT") break;
    if (j > i && starts_time_phrase(tk, j)) break;  // "the cabinet | last week"
    if (s.nominal(j)) last_nominal = j;
    ++j;
  }
  return j;
}

void noun_groups(const std::vector<Token>& tk, Chunks& c) {
  const NounTags s(tk);
  const size_t n = tk.size();
  for (size_t i = 0; i < n;) {
    if (one_token_group(s, i)) {
      c.nouns.push_back({i, i + 1, i});
      c.noun_at[i] = static_cast<int>(c.nouns.size() - 1);
      ++i;
      continue;
    }
    if (!noun_group_starts(s, i)) {
      ++i;
      continue;
    }
    size_t last_nominal;
    const size_t j = noun_group_extent(s, i, last_nominal);
    if (last_nominal == kNone) {
      i = j > i ? j : i + 1;
      continue;
    }
    size_t end = last_nominal + 1;
    c.nouns.push_back({i, end, last_nominal});
    for (size_t k = i; k < end; ++k) c.noun_at[k] = static_cast<int>(c.nouns.size() - 1);
    i = end;
  }
}

// The last verb of the verb group that starts at i. Adverbs inside the group: the listed ones
// anywhere ("also said", "never met"), any adverb after an auxiliary ("have subsequently been
// included", "was later sold").
size_t last_verb_of_group(const std::vector<Token>& tk, const Chunks& c, size_t i) {
  const size_t n = tk.size();
  size_t j = i;
  size_t last_verb = i;
  while (j < n) {
    if ((is_verb_tag(tk[j].tag) || tk[j].tag == "MD") && c.noun_at[j] < 0) {
      last_verb = j;
      ++j;
      continue;
    }
    const Token& lv = tk[last_verb];
    const bool after_aux = lv.tag == "MD" || is_be(lv) || is_word(lv.lemma, "have") || is_word(lv.lemma, "do");
    // floating-quantifier: "were all killed", "have both agreed", "will each receive": a
    // quantifier after an auxiliary, before the verb it belongs to, stays inside the group.
    auto inside = [&](const Token& a) {
      return verb_adverb(a) || (after_aux && (a.tag == "RB" || a.tag == "RBR" || is_floating_quantifier(a)));
    };
    if (inside(tk[j]) && j + 1 < n) {
      size_t k = j;
      while (k < n && inside(tk[k])) ++k;
      if (k < n && is_verb_tag(tk[k].tag) && c.noun_at[k] < 0) {
        j = k;
        continue;
      }
    }
    break;
  }
  return last_verb;
}

// Whether `word` ends a cue of two or more words in lex.cues ("out" of "point out"): a verb and
// the word after it are looked up as a cue only then (one cue of 61 has a particle, and building
// the key and hashing it cost about 150 instructions per verb group). Kept per thread and per
// Lexicons (its generation), as the word-class memo is.
bool is_cue_particle(const Lexicons& lex, std::string_view word) {
  thread_local uint64_t generation = ~uint64_t{0};
  thread_local std::vector<std::string> last_words;
  if (generation != lex.generation) {
    last_words.clear();
    for (const auto& [cue, modality] : lex.cues)  // every part after a space: the key is "lemma word"
      for (size_t space = cue.find(' '); space != std::string::npos; space = cue.find(' ', space + 1))
        last_words.push_back(cue.substr(space + 1));
    generation = lex.generation;
  }
  for (const std::string& w : last_words)
    if (w == word) return true;
  return false;
}

// passive-report-frame: "the banker is said to have resigned", "the storm was forecast to weaken":
// a verb of report, belief or forecast in the passive (data/lexicon/modality.tsv, kind
// passive-matrix) before "to" + verb is the frame of an unnamed speaker's report; the infinitive
// is the content verb, as after "is expected to". Only as the group's first matrix and only in
// the passive: "the workers reported to work" is no such frame.
bool passive_report_frame(const std::vector<Token>& tk, const Lexicons& lex, const VerbGroup& vg) {
  if (vg.matrix != kNone || tk[vg.main].tag != "VBN" || !lex.passive_matrix_modality.count(tk[vg.main].lemma))
    return false;
  for (size_t a = vg.begin; a < vg.main; ++a)
    if (is_be(tk[a])) return true;
  return false;
}

// The matrix verb and the infinitive it governs: be + modality adjective + to + verb ("is set
// to", "was ready to"); a short phrase between ("threatened on Monday to impose"); the
// infinitival chain ("threatened to impose", "agreed to help curb"); a particle after it.
// Returns true when the content verb is a participle after an infinitival "be" (a passive).
bool matrix_and_infinitives(const std::vector<Token>& tk, const Lexicons& lex, VerbGroup& vg) {
  const size_t n = tk.size();
  size_t k = vg.end;
  // (Each test on tags comes before the lexicon's: most verb groups stop there, unhashed.)
  if (is_be(tk[vg.main]) && k + 2 < n && tk[k + 1].tag == "TO" && tk[k + 2].tag == "VB" &&
      lex.adjective_modality.count(tk[k].lower)) {
    vg.matrix = k;
    vg.matrix_lemma = tk[k].lower;
    vg.main = k + 2;
    vg.end = k + 3;
    k = vg.end;
  }
  // Not after "be": "was in Paris to attend talks" is a place, then a purpose. (The tags of the
  // phrase and the infinitive are read before the lemma is hashed: most verbs before "in" have
  // no infinitive after the phrase.)
  if (vg.matrix == kNone && k < n && tk[k].tag == "IN" && !is_be(tk[vg.main])) {
    size_t q = k + 1;
    while (q < n && q <= k + 4 && (tk[q].tag == "NNP" || tk[q].tag == "DT" || tk[q].tag == "CD" || tk[q].tag == "NN" ||
                                    tk[q].tag == "JJ"))
      ++q;
    if (q > k + 1 && q + 1 < n && tk[q].tag == "TO" && tk[q + 1].tag == "VB" &&
        lex.matrix_modality.count(tk[vg.main].lemma))
      k = q;
  }
  // planned-on-gerund: "plans on leaving the union" is "plans to leave": a verb of planning
  // governs an -ing form after "on" as it governs an infinitive.
  if (vg.matrix == kNone && k + 1 < n && is_word(tk[k].lower, "on") && tk[k + 1].tag == "VBG") {
    const auto mod = lex.matrix_modality.find(tk[vg.main].lemma);
    if (mod != lex.matrix_modality.end() && is_word(mod->second, "planned")) {
      vg.matrix = vg.main;
      vg.matrix_lemma = tk[vg.main].lemma;
      vg.main = k + 1;
      vg.end = k + 2;
      k = vg.end;
    }
  }
  while (k + 1 < n && tk[k].tag == "TO" && tk[k + 1].tag == "VB" &&
         (lex.matrix_modality.count(tk[vg.main].lemma) || lex.catenative_verbs.count(tk[vg.main].lemma) ||
          passive_report_frame(tk, lex, vg))) {
    if (vg.matrix == kNone) {
      vg.matrix = vg.main;
      vg.matrix_lemma = tk[vg.main].lemma;
    }
    vg.main = k + 1;
    vg.end = k + 2;
    k = vg.end;
  }
  // "is expected to be sentenced", "was to have given": after an infinitival "be" or "have" the
  // participle is the content verb (a passive after "be").
  bool infinitival_passive = false;
  if (vg.matrix != kNone && k < n && tk[k].tag == "VBN" && (is_be(tk[vg.main]) || is_word(tk[vg.main].lemma, "have"))) {
    infinitival_passive = is_be(tk[vg.main]);
    vg.main = k;
    vg.end = k + 1;
    k = vg.end;
  }
  // A particle the tagger read as an adverb or preposition joins when the verb is a listed
  // phrasal verb ("stepped down", "pulled out of"; data/lexicon/phrasal_verbs.tsv).
  // So does the particle of a phrasal reporting verb ("pointed out it would cost more", cues.tsv).
  auto listed = [&] {
    return (tk[k].tag == "RB" || tk[k].tag == "IN") &&
           (lex.phrasal(tk[vg.main].lemma, tk[k].lower) || (is_cue_particle(lex, tk[k].lower) && lex.cues.count(tk[vg.main].lemma + " " + tk[k].lower)));
  };
  if (k < n && (tk[k].tag == "RP" || listed())) {
    vg.particle = k;
    vg.end = k + 1;
  }
  return infinitival_passive;
}

// Voice, tense and finiteness from the auxiliaries before the content verb.
void voice_tense_finiteness(const std::vector<Token>& tk, const Lexicons& lex, VerbGroup& vg, bool infinitival_passive) {
  size_t aux_end = vg.matrix != kNone ? vg.matrix : vg.main;
  bool be_aux = false, have_aux = false;
  for (size_t a = vg.begin; a < aux_end; ++a) {
    if (is_be(tk[a])) be_aux = true;
    if (is_word(tk[a].lemma, "have")) have_aux = true;
  }
  vg.passive = (tk[vg.main].tag == "VBN" && be_aux && vg.matrix == kNone) || infinitival_passive;
  const PosTag& first = tk[vg.begin].tag;
  const std::string& first_lw = tk[vg.begin].lower;
  if (is_word(vg.modal, "will") || is_word(vg.modal, "shall") || is_word(first_lw, "'ll")) vg.tense = Tense::kFuture;
  else if (first == "VBD" || (have_aux && is_word(first_lw, "had"))) vg.tense = Tense::kPast;
  else if (have_aux) vg.tense = Tense::kPast;  // present perfect reports the past
  else if (first == "VBZ" || first == "VBP") vg.tense = Tense::kPresent;
  else if (!vg.modal.empty()) vg.tense = Tense::kPresent;
  // A going-to future: "is going to impose".
  if (vg.matrix != kNone && is_word(tk[vg.matrix].lemma, "go") && be_aux) vg.tense = Tense::kFuture;
  // A plan or expectation in the present points ahead: "is scheduled to close", "plans to
  // visit", "is expected to sign".
  if (vg.tense == Tense::kPresent && vg.matrix != kNone) {
    auto mod = lex.matrix_modality.find(tk[vg.matrix].lemma);
    if (mod == lex.matrix_modality.end()) mod = lex.matrix_modality.find(tk[vg.matrix].lower);
    if (mod != lex.matrix_modality.end() && (is_word(mod->second, "planned") || is_word(mod->second, "expected")))
      vg.tense = Tense::kFuture;
  }
  vg.finite = !(vg.modal.empty() && (first == "VBN" || first == "VBG" || first == "VB") &&
                !(first == "VB" && vg.begin > 0 && (tk[vg.begin - 1].tag == "MD")));
  // An imperative or subjunctive VB after a subject is still finite ("they expect it to rise").
  if (first == "VB" && vg.begin > 0 && (tk[vg.begin - 1].tag == "PRP" || is_noun_tag(tk[vg.begin - 1].tag)) &&
      tk[vg.begin - 1].tag != "TO")
    vg.finite = true;
  if (vg.begin > 0 && tk[vg.begin - 1].tag == "TO") vg.finite = false;
}

// age-or-measure-participle (the verb-group half; fragments.cpp keeps the clause out): a
// participle of measure before a number starts a phrase of its own, never ends the verb group
// before it: "has died aged 62" is the death, "died" the group's main verb, and "aged 62" its
// subject's age ("met aged 13": the meeting). The measure words are the measure-participle rows
// of data/lexicon/state_predicates.tsv.
size_t before_measure_participle(const std::vector<Token>& tk, const Lexicons& lex, size_t first, size_t last_verb) {
  if (last_verb == first || last_verb + 1 >= tk.size() || tk[last_verb + 1].tag != "CD") return last_verb;
  if (lex.measure_participles.find(tk[last_verb].lower) == StringTable::kNone) return last_verb;
  // After an auxiliary the participle is the group's main verb: "is weighing 3 options", "to be
  // aged 25" (which fragments.cpp reads as the measure).
  const Token& before = tk[last_verb - 1];
  const bool auxiliary = before.tag == "MD" || is_be(before) || is_word(before.lemma, "have") || is_word(before.lemma, "do");
  return is_verb_tag(before.tag) && !auxiliary ? last_verb - 1 : last_verb;
}

void verb_groups(const std::vector<Token>& tk, const Lexicons& lex, Chunks& c) {
  const size_t n = tk.size();
  for (size_t i = 0; i < n;) {
    const PosTag& t = tk[i].tag;
    if (c.noun_at[i] >= 0 || !(is_verb_tag(t) || t == "MD")) {
      ++i;
      continue;
    }
    // Filled in place: a group built aside and moved in cost three string moves.
    VerbGroup& vg = c.verbs.emplace_back();
    vg.begin = i;
    const size_t last_verb = before_measure_participle(tk, lex, i, last_verb_of_group(tk, c, i));
    vg.end = last_verb + 1;
    vg.main = last_verb;
    for (size_t k = vg.begin; k < vg.end; ++k) {
      const std::string& lw = tk[k].lower;
      if (is_word(lw, "not") || is_word(lw, "n't") || is_word(lw, "never")) vg.negated = true;
      if (tk[k].tag == "MD" && vg.modal.empty()) vg.modal = is_word(tk[k].lemma, "will") ? "will" : lw;
    }
    const bool infinitival_passive = matrix_and_infinitives(tk, lex, vg);
    vg.lemma = tk[vg.main].lemma;
    // phrasal-cue: a reporting verb of data/lexicon/cues.tsv that is a verb with its particle
    // ("pointed out it would cost more") reports speech under the phrasal lemma; the verb alone
    // ("pointed to the risk") is none.
    if (vg.particle != kNone && is_cue_particle(lex, tk[vg.particle].lower)) {
      std::string phrasal = vg.lemma + " " + tk[vg.particle].lower;
      if (lex.cues.count(phrasal)) vg.lemma = std::move(phrasal);
    }
    voice_tense_finiteness(tk, lex, vg, infinitival_passive);
    const size_t vg_begin = vg.begin, vg_end = vg.end;
    for (size_t m = vg_begin; m < vg_end; ++m) c.verb_at[m] = static_cast<int>(c.verbs.size() - 1);
    i = vg_end;
  }
}

// Chunks given back (give_back_chunks), kept on the thread for the next sentences: made per
// sentence, the four vectors cost four allocations and four frees each (about 6,500 sentences
// per thousand articles).
std::vector<Chunks>& chunks_pool() {
  thread_local std::vector<Chunks> pool;
  return pool;
}
// Enough for the sentences of a long article; past it chunks given back are freed (the pool's
// memory stays bounded whatever the text).
constexpr size_t kMaxPooledChunks = 512;

}  // namespace

void give_back_chunks(Chunks&& c) {
  std::vector<Chunks>& pool = chunks_pool();
  if (pool.size() < kMaxPooledChunks) {
    c.nouns.clear();
    c.verbs.clear();
    pool.push_back(std::move(c));
  }
  c = Chunks{};
}

// Noun groups first (verb groups skip their tokens), then verb groups.
Chunks chunk(const std::vector<Token>& tk, const Lexicons& lex) {
  Chunks c;
  if (std::vector<Chunks>& pool = chunks_pool(); !pool.empty()) {
    c = std::move(pool.back());  // its groups were cleared when it was given back
    pool.pop_back();
  }
  const size_t n = tk.size();
  c.noun_at.assign(n, -1);
  c.verb_at.assign(n, -1);
  // Room up front for the groups, so that they are not copied on growth: on 300 Reuters articles
  // (2,208 sentences) one sentence in 200 has more than n/3+1 noun groups and none more than
  // n/4+1 verb groups (n/8+1 was exceeded by one sentence in 16, each then moving its groups'
  // strings).
  c.nouns.reserve(n / 3 + 1);
  c.verbs.reserve(n / 4 + 1);
  noun_groups(tk, c);
  verb_groups(tk, lex, c);
  return c;
}

}  // namespace newsgraph
