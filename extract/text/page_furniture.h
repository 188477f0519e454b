// Page furniture of scraped news pages: the parts of an article text that are not its prose
// (a teaser repeating the lead, a section label, the headline again, bylines, a dateline glued to
// the first sentence, ALL-CAPS subheads, a credits paragraph). Each kind is a named construction
// in an ordered table (page_furniture.cpp); the pipeline reads no fact and no entity from what
// they cover, and the people they credit are kept as the article's reporters.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsgraph {

// The section labels of data/lexicon/section_labels.txt, lower-cased.
struct SectionLabels {
  std::unordered_set<std::string> labels;
  // Reads one label a line ('#' comments, blank lines ignored). Throws std::runtime_error naming
  // the file (and line) when it cannot be read or a label has more than two words.
  static SectionLabels load(const std::string& path);
  bool contains(std::string_view line) const;
};

struct FurnitureSpan {
  size_t begin = 0, end = 0;  // byte range in the article text
  std::string_view rule;      // the construction that found it ("byline")
};

struct PageFurniture {
  // First byte of the prose: past the furniture before the first sentence (teaser, section
  // label, headline, byline, dateline). Never before find_body_start(text).
  size_t body_start = 0;
  std::vector<FurnitureSpan> spans;        // every piece found, in text order
  std::vector<std::string> reporters;      // bylines and "Reporting by"/"Writing by" credits, in order, once each
  // The ranges of prose to analyse: [body_start, text end) less the spans after body_start and
  // less ranges of blanks alone between or after them.
  std::vector<std::pair<size_t, size_t>> prose_ranges(std::string_view text) const;
};

// What a construction sees: one non-blank line of the text.
struct FurnitureLine {
  std::string_view text;    // the whole article text
  size_t begin = 0, end = 0;  // the line, without leading/trailing blanks
  std::string_view title;   // the article's title (may be empty)
  const SectionLabels* labels = nullptr;
  bool standalone = false;  // a blank line (or the text's edge) before and after it
  std::string_view line() const { return text.substr(begin, end - begin); }
};

// A construction returns how many bytes from the line's start are furniture: 0 when it does not
// fire, the line's length for a whole line, less for a prefix (a dateline).
using FurnitureRule = size_t (*)(const FurnitureLine& l);
struct FurnitureConstruction {
  std::string_view name;   // kebab-case, reported with --trace and in tests
  FurnitureRule apply;
  bool leading_only;       // only before the first sentence of prose
};

// The constructions in priority order.
std::span<const FurnitureConstruction> furniture_constructions();

// Finds the page furniture of `text`. Plain wire texts without any (Reuters) give
// body_start == find_body_start(text) and no spans after it.
PageFurniture find_page_furniture(std::string_view text, std::string_view title, const SectionLabels& labels);

// image-credit: the credits that end photo caption paragraphs ("... spire. Image: Ana Ruiz
// (photos), Omar Said (montage)."), from the label to the line's end, in text order. They stay in
// the text (a mention recogniser reads the names in them), but the people, agencies and sites they
// credit are no participants of the story: the graph keeps no entity named only there.
std::vector<std::pair<size_t, size_t>> image_credit_ranges(std::string_view text);

// The people named in a byline ("By Jane Doe and John Roe, Reuters") or a credits paragraph
// ("(Reporting by A in X, B and C; Writing by D; Editing by E)": editors are not reporters).
std::vector<std::string> credited_reporters(std::string_view line);

}  // namespace newsgraph
