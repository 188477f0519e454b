#include "wordnet_verbs.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text_util.h"

namespace newsgraph {
namespace {

// The frames that take no object or complement: 1 "Something ----s", 2 "Somebody ----s",
// 3 "It is ----ing", 23 "Somebody's (body part) ----s".
// How many of a verb's most frequent senses are read: "the bomb exploded" is the second sense of
// "explode" (the first is "explode a myth"), "the deal will close" the second of "close".
constexpr size_t kSensesRead = 2;

bool frame_stands_alone(int frame) { return frame == 1 || frame == 2 || frame == 3 || frame == 23; }

// The whole file, or "" when it cannot be read (text_util's read_whole_file).
std::string read_file(const std::string& path) {
  std::string data;
  if (!read_whole_file(path, data)) data.clear();
  return data;
}

// The space-separated fields of one line before its gloss (" | "), as views into the file.
void fields_of(std::string_view line, std::vector<std::string_view>& out) {
  out.clear();
  if (size_t gloss = line.find(" | "); gloss != std::string_view::npos) line = line.substr(0, gloss);
  for (size_t b = 0; b < line.size();) {
    size_t e = line.find(' ', b);
    if (e == std::string_view::npos) e = line.size();
    if (e > b) out.push_back(line.substr(b, e - b));
    b = e + 1;
  }
}

size_t number(std::string_view field, int base = 10) {
  size_t v = 0;
  std::from_chars(field.data(), field.data() + field.size(), v, base);
  return v;
}

// Calls `each` with every line of a WordNet file but the licence header (lines starting with a space).
template <typename Each>
void for_each_line(const std::string& data, Each each) {
  for_each_line_view(data, [&](std::string_view line) {
    if (!line.empty() && line[0] != ' ') each(line);
  });
}

// data.verb: "OFFSET LEXFILE v W_CNT(hex) WORD LEX_ID ... P_CNT PTR... F_CNT + F_NUM W_NUM ...":
// whether each synset lists a frame that stands alone.
std::unordered_map<std::string_view, bool> synsets_standing_alone(const std::string& data) {
  std::unordered_map<std::string_view, bool> out;
  std::vector<std::string_view> f;
  for_each_line(data, [&](std::string_view line) {
    fields_of(line, f);
    if (f.size() < 5) return;
    size_t k = 4 + 2 * number(f[3], 16);
    if (k >= f.size()) return;
    k += 1 + 4 * number(f[k]);
    if (k >= f.size()) return;
    const size_t frames = number(f[k]);
    bool alone = false;
    for (size_t j = 0; j < frames && k + 3 * j + 2 < f.size(); ++j)
      alone |= frame_stands_alone(static_cast<int>(number(f[k + 3 * j + 2])));
    out.emplace(f[0], alone);
  });
  return out;
}

}  // namespace

StringTable read_verbs_needing_complement(const std::string& wordnet_dir) {
  StringTable out;
  const std::string data = read_file(wordnet_dir + "/data.verb");
  const std::unordered_map<std::string_view, bool> alone = synsets_standing_alone(data);
  if (alone.empty()) return out;
  const std::string index = read_file(wordnet_dir + "/index.verb");
  std::vector<std::string_view> f;
  // index.verb: "LEMMA v SYNSET_CNT P_CNT PTR... SENSE_CNT TAGSENSE_CNT OFFSET...", senses by frequency.
  for_each_line(index, [&](std::string_view line) {
    fields_of(line, f);
    if (f.size() < 4) return;
    const size_t first_offset = 4 + number(f[3]) + 2;
    if (first_offset >= f.size()) return;
    for (size_t k = first_offset; k < f.size() && k < first_offset + kSensesRead; ++k) {
      auto it = alone.find(f[k]);
      if (it == alone.end() || it->second) return;
    }
    std::string lemma(f[0]);
    for (char& c : lemma)
      if (c == '_') c = ' ';
    out.insert(lemma);
  });
  return out;
}

StringTable read_adjectives_not_verbs(const std::string& wordnet_dir) {
  StringTable out;
  const std::string verbs = read_file(wordnet_dir + "/index.verb");
  const std::string adjectives = read_file(wordnet_dir + "/index.adj");
  if (verbs.empty() || adjectives.empty()) return out;
  StringTable verb_lemmas;
  // index.*: "LEMMA POS ...", one lemma a line; multi-word lemmas ("well_known") are no predicate.
  auto lemma_of = [](std::string_view line) { return line.substr(0, line.find(' ')); };
  for_each_line(verbs, [&](std::string_view line) { verb_lemmas.insert(lemma_of(line)); });
  for_each_line(adjectives, [&](std::string_view line) {
    const std::string_view lemma = lemma_of(line);
    if (lemma.find('_') == std::string_view::npos && verb_lemmas.find(lemma) == StringTable::kNone) out.insert(lemma);
  });
  return out;
}

bool read_derived_verbs_needing_complement(const std::string& path, StringTable& out) {
  const std::string list = read_file(path);
  if (list.empty()) return false;
  for_each_line(list, [&](std::string_view line) {
    if (line[0] != '#') out.insert(line);
  });
  return true;
}

}  // namespace newsgraph
