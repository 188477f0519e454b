#include "page_furniture.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <stdexcept>

#include "article.h"
#include "name_words.h"
#include "text_util.h"

namespace newsgraph {

namespace {

bool upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view w : split(s, ' '))
    if (!trim(w).empty()) out.push_back(trim(w));
  return out;
}

// The last of words_of(s), found from the end without splitting the rest.
std::string_view last_word_of(std::string_view s) {
  size_t e = s.size();
  for (;;) {
    const size_t space = e == 0 ? std::string_view::npos : s.rfind(' ', e - 1);
    const size_t b = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view w = trim(s.substr(b, e - b));
    if (!w.empty() || space == std::string_view::npos) return w;
    e = space;
  }
}

// Letters and digits only, lower-cased: "Air Astana agrees..." and "AIR ASTANA AGREES..." agree.
std::string letters_key(std::string_view s) {
  std::string k;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return k;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> tails) {
  for (std::string_view t : tails)
    if (s.ends_with(t)) return true;
  return false;
}

// Weekdays and months: "By Tuesday, ..." and "By March the ..." open sentences, not bylines.
bool calendar_word(std::string_view w) {
  static const std::array<std::string_view, 19> names = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april",  "june",    "july",      "august",   "september", "october", "november", "december", "noon"};
  std::string l = to_lower(w);
  while (!l.empty() && (l.back() == ',' || l.back() == '.')) l.pop_back();
  return std::find(names.begin(), names.end(), l) != names.end();
}

// Lower-case words that may stand inside a name list ("Barend du Plessis and Sun Jia").
bool name_list_word(std::string_view w) { return w == "and" || w.starts_with("al-") || name_particle(w); }

// Job words ending a byline piece ("Diplomatic Correspondent"): a desk, not a person.
bool job_word(std::string_view w) {
  static const std::array<std::string_view, 10> jobs = {"correspondent", "editor", "reporter", "writer", "staff",
                                                        "desk", "bureau", "columnist", "contributor", "team"};
  std::string l = to_lower(w);
  return std::find(jobs.begin(), jobs.end(), l) != jobs.end();
}

// A person's name: two to four words, each starting with a capital or a name particle.
bool looks_like_name(std::string_view s) {
  std::vector<std::string_view> w = words_of(s);
  if (w.size() < 2 || w.size() > 4 || job_word(w.back())) return false;
  for (std::string_view x : w)
    if (!upper(x[0]) && !name_list_word(x)) return false;
  return upper(w.front()[0]);
}

// The names of a list "A in X, B and C": split at commas and " and ", cut each at " in ".
void add_names(std::string_view list, std::vector<std::string>& out) {
  std::string s(list);
  for (size_t p; (p = s.find(" and ")) != std::string::npos;) s.replace(p, 5, ",");
  for (std::string_view piece : split(s, ',')) {
    piece = trim(piece);
    if (size_t in = piece.find(" in "); in != std::string_view::npos) piece = trim(piece.substr(0, in));
    if (looks_like_name(piece) && std::find(out.begin(), out.end(), piece) == out.end()) out.emplace_back(piece);
  }
}

// ---- The constructions ----

// "Air Astana said on Wednesday it had agreed to buy [...]": a teaser that cuts the lead short.
// It must repeat prose found later in the text, so a sentence that really ends in "[...]" (a
// quotation cut by the writer) is kept.
size_t teaser(const FurnitureLine& l) {
  std::string_view s = l.line();
  if (!ends_with_any(s, {"[\xE2\x80\xA6]", "[...]"})) return 0;
  std::string_view stem = trim(s.substr(0, s.rfind('[')));
  if (stem.size() < 20) return 0;
  std::string_view probe = stem.substr(0, std::min<size_t>(stem.size(), 60));
  if (l.text.find(probe, l.end) != std::string_view::npos) return s.size();
  // A teaser may shorten the lead ("Presidents A and B signed" for "Presidents A of X and B of Y
  // signed"): it still repeats it when a later paragraph holds 80% of its words.
  std::vector<std::string> teaser_words;
  for (std::string_view w : words_of(stem)) teaser_words.push_back(letters_key(w));
  if (teaser_words.size() < 6) return 0;
  for (size_t p = l.end; p < l.text.size();) {
    size_t eol = l.text.find('\n', p);
    if (eol == std::string_view::npos) eol = l.text.size();
    std::vector<std::string> para;
    for (std::string_view w : words_of(l.text.substr(p, eol - p))) para.push_back(letters_key(w));
    size_t found = 0;
    for (const std::string& w : teaser_words) found += std::find(para.begin(), para.end(), w) != para.end();
    if (found * 5 >= teaser_words.size() * 4) return s.size();
    p = eol + 1;
  }
  return 0;
}

// "World", "Middle East": a line that is only a section label of data/lexicon/section_labels.txt.
size_t section_label(const FurnitureLine& l) {
  return l.labels && l.labels->contains(l.line()) ? l.line().size() : 0;
}

// Do a and b hold the same letters_key, and is it not empty? Compared in step, without building
// either key: the headline is tried against every leading line, and most differ at once.
bool same_letters_key(std::string_view a, std::string_view b) {
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
  size_t i = 0, j = 0;
  bool any = false;
  for (;;) {
    while (i < a.size() && !alnum(a[i])) ++i;
    while (j < b.size() && !alnum(b[j])) ++j;
    if (i == a.size() || j == b.size()) return any && i == a.size() && j == b.size();
    if (lower(a[i]) != lower(b[j])) return false;
    any = true;
    ++i, ++j;
  }
}

// The headline again as a line of the text, in any case and punctuation.
size_t repeated_headline(const FurnitureLine& l) { return same_letters_key(l.title, l.line()) ? l.line().size() : 0; }

// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Martin Okonjo, Diplomatic
// Correspondent": "By" and capitalised words only, on a line of its own.
size_t byline(const FurnitureLine& l) {
  std::string_view s = l.line();
  if (!s.starts_with("By ") || s.ends_with(".") || s.size() > 120) return 0;
  std::vector<std::string_view> w = words_of(s.substr(3));
  if (w.empty() || w.size() > 12 || calendar_word(w.front())) return 0;
  for (std::string_view x : w)
    if (!upper(x[0]) && !name_list_word(x)) return 0;
  return s.size();
}

// "(Reporting by A in X, B and C; Writing by D; Editing by E)", "Additional reporting by F".
size_t credits(const FurnitureLine& l) {
  std::string_view s = l.line();
  if (s.starts_with("(")) s.remove_prefix(1);
  static const std::array<std::string_view, 6> openers = {"Reporting by ", "Additional reporting by ", "Writing by ",
                                                          "Editing by ",   "Compiled by ",              "Reporting and writing by "};
  std::string_view whole = l.line();
  bool bracketed = whole.starts_with("(") && whole.ends_with(")");
  for (std::string_view o : openers)
    if (s.starts_with(o) && whole.size() < 400)
      // Unbracketed, it is a credit only when it names someone and is no sentence ("Reporting by
      // local media was limited, officials said." is prose).
      return bracketed || (!whole.ends_with(".") && !credited_reporters(whole).empty()) ? whole.size() : 0;
  return 0;
}

// "NEW CHIEF FOR SCAT" between two paragraphs: two to eight upper-case words, no digits (a
// table heading of a wire text has figures under it, not prose), no final period.
size_t all_caps_subhead(const FurnitureLine& l) {
  std::string_view s = l.line();
  if (!l.standalone || s.ends_with(".") || s.size() > 80) return 0;
  size_t letters = 0;
  for (char c : s) {
    if (lower(c) || digit(c)) return 0;
    if (alpha(c)) ++letters;
    else if (c != ' ' && c != '-' && c != '&' && c != '\'' && c != ',' && c != ':' && !(c & 0x80)) return 0;
  }
  size_t n = words_of(s).size();
  if (letters < 4 || n < 2 || n > 8) return 0;
  // Prose must follow: the next non-blank line has lower-case letters.
  size_t next = l.text.find_first_not_of(" \t\r\n", l.end);
  if (next == std::string_view::npos) return 0;
  size_t eol = l.text.find('\n', next);
  std::string_view after = l.text.substr(next, (eol == std::string_view::npos ? l.text.size() : eol) - next);
  return has_lowercase(after) ? s.size() : 0;
}

// A month's name, whole or short ("August", "Aug.", "Sept").
bool month_word(std::string_view w) {
  static const std::array<std::string_view, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = to_lower(w);
  while (!l.empty() && (l.back() == ',' || l.back() == '.')) l.pop_back();
  if (l.size() < 3) return false;
  if (std::find(months.begin(), months.end(), std::string_view(l).substr(0, 3)) == months.end()) return false;
  return l.size() == 3 || l == "sept" || calendar_word(l);
}

// A word of a publication stamp's date or time: a number or clock time ("14:32", "18", "2026,"),
// a month or weekday name, an hour mark or time zone ("pm", "GMT", "BST"), or a joining word.
bool stamp_word(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '|' || w.back() == ')')) w.remove_suffix(1);
  while (!w.empty() && (w.front() == '(' || w.front() == '|')) w.remove_prefix(1);
  if (w.empty() || w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94") return true;
  if (std::all_of(w.begin(), w.end(), [](char c) { return digit(c) || c == ':' || c == '.' || c == '/'; })) return digit(w[0]);
  if (calendar_word(w)) return true;
  const std::string l = to_lower(w);
  static const std::array<std::string_view, 10> marks = {"am", "pm", "a.m.", "p.m.", "at", "on", "mon", "tue", "wed", "thu"};
  if (std::find(marks.begin(), marks.end(), l) != marks.end()) return true;
  static const std::array<std::string_view, 12> short_months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                "jul", "aug", "sep", "sept", "oct", "nov"};
  std::string m = l;
  if (!m.empty() && m.back() == '.') m.pop_back();
  if (std::find(short_months.begin(), short_months.end(), m) != short_months.end() || m == "dec" || m == "fri" || m == "sat" ||
      m == "sun")
    return true;
  // A time zone: two to four capitals ("GMT", "EDT", "UTC", "CET").
  return w.size() >= 2 && w.size() <= 4 && std::all_of(w.begin(), w.end(), upper);
}

// `timestamp-line`: "Published 18 August 2026, 14:32 GMT", "time, clock 14:32 GMT", "Updated
// 2 March 2026": a line of a scraped page that holds only when the page was published or
// updated, with at most two label words before the stamp. It is no prose: its clock time must not
// date the first sentence it would otherwise run into, and its date must not become the day a
// later "that day" counts from. The stamp needs a clock time or a day with a month; a line of
// prose has a verb and more words ("Police said on 18 August ...").
size_t timestamp_line(const FurnitureLine& l) {
  const std::string_view s = l.line();
  // Both kinds of stamp open a word with a digit (the clock time, the day), so a line without
  // one is no stamp: most lines of prose are turned away here before their words are split.
  if (s.size() > 70 || !has_digit(s)) return 0;
  // Every word after the label words is a stamp word, the last one too: most lines of prose end
  // on another word and are turned away before their words are split.
  if (!stamp_word(last_word_of(s))) return 0;
  const std::vector<std::string_view> words = words_of(s);
  size_t k = 0;
  while (k < words.size() && k < 2 && !stamp_word(words[k]) &&
         std::all_of(words[k].begin(), words[k].end(), [](char c) { return alpha(c) || c == ','; }))
    ++k;
  if (k == words.size()) return 0;
  bool clock = false, month = false, day = false;
  for (size_t i = k; i < words.size(); ++i) {
    if (!stamp_word(words[i])) return 0;
    std::string_view w = words[i];
    clock |= w.find(':') != std::string_view::npos && digit(w[0]);
    month |= month_word(w);
    day |= digit(w[0]) && w.size() <= 3;
  }
  return clock || (month && day) ? s.size() : 0;
}

// "GENEVA (Reuters) -Swiss ...", "LONDON, March 3 (AP) — ...", "CITY, Region, Mon 3 - ...": the
// dateline at the start of the first line of prose; the prefix up to the sentence is furniture.
// An upper-case first word and a bracket or a figure before the dash, so that "US President X
// said - ..." stays prose.
size_t dateline(const FurnitureLine& l) {
  std::string line(l.line());
  size_t end = find_body_start(line);
  if (end == 0 || end >= line.size()) return 0;
  std::string_view prefix = std::string_view(line).substr(0, end);
  std::string_view first = prefix.substr(0, prefix.find_first_of(" ,("));
  if (first.size() < 2 || has_lowercase(first)) return 0;
  bool marked = prefix.find('(') != std::string_view::npos || std::any_of(prefix.begin(), prefix.end(), digit);
  return marked ? end : 0;
}

// Whether a sentence starts inside `s`: a period, a blank and a capital ("Ana Ruiz. Crowds
// gathered"); "Mano B.a. (YouTube)" has none.
bool starts_sentence_inside(std::string_view s) {
  for (size_t p = s.find(". "); p != std::string_view::npos; p = s.find(". ", p + 1))
    if (p + 2 < s.size() && upper(s[p + 2])) return true;
  return false;
}

// "The spire falls at dusk. Image: Ana Ruiz (photos), Omar Said (montage).": where the credit of
// a photo caption paragraph starts (its label, or the bracket before it: "... (Image: Ana
// Ruiz)"), or npos. The credit is the line's end, short, with
// no sentence after it; a label inside prose ("the image: a boy") is none.
size_t image_credit_start(std::string_view s) {
  if (s.size() > 400) return std::string_view::npos;
  static const std::array<std::string_view, 5> labels = {"Image: ", "Photo: ", "Picture: ", "Photograph: ", "Video: "};
  // The credit is at most 100 bytes: only the line's tail is searched (every paragraph comes here).
  const size_t tail_start = s.size() > 112 ? s.size() - 112 : 0;
  std::string_view tail = s.substr(tail_start);
  if (tail.find(": ") == std::string_view::npos) return std::string_view::npos;
  for (std::string_view label : labels) {
    size_t at = tail.rfind(label);
    if (at == std::string_view::npos) continue;
    at += tail_start;
    // image-credit-in-brackets: "... only two points. (Image: Ana Ruiz)": the credit in brackets
    // closes the paragraph; the bracket is the credit's, not the sentence's.
    const bool bracketed = at > 0 && s[at - 1] == '(' && s.back() == ')';
    if (at > 0 && s[at - 1] != ' ' && !bracketed) continue;
    if (bracketed) --at;
    std::string_view credit = s.substr(at + (bracketed ? 1 : 0) + label.size());
    if (bracketed) credit.remove_suffix(1);
    if (credit.empty() || credit.size() > 100 || starts_sentence_inside(credit)) return std::string_view::npos;
    return at;
  }
  return std::string_view::npos;
}

constexpr std::array<FurnitureConstruction, 8> kConstructions{{
    {"teaser", teaser, true},
    {"section-label", section_label, true},
    {"repeated-headline", repeated_headline, true},
    {"byline", byline, false},
    {"credits", credits, false},
    {"all-caps-subhead", all_caps_subhead, false},
    {"dateline", dateline, true},
    {"timestamp-line", timestamp_line, false},
}};

}  // namespace

SectionLabels SectionLabels::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + " (the section labels of page furniture; reinstall data/)");
  SectionLabels out;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    std::string_view s = trim(line);
    if (s.empty() || s[0] == '#') continue;
    if (words_of(s).size() > 2)
      throw std::runtime_error(path + ":" + std::to_string(n) + ": section label '" + std::string(s) +
                               "' has more than two words; a label is one or two words");
    out.labels.insert(to_lower(s));
  }
  return out;
}

bool SectionLabels::contains(std::string_view line) const {
  std::string_view s = trim(line);
  if (s.empty() || s.size() > 40) return false;
  return labels.count(to_lower(s)) > 0;
}

std::span<const FurnitureConstruction> furniture_constructions() { return kConstructions; }

std::vector<std::pair<size_t, size_t>> PageFurniture::prose_ranges(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> out;
  size_t pos = body_start;
  for (const FurnitureSpan& s : spans) {
    if (s.end <= pos) continue;
    if (s.begin > pos && !trim(text.substr(pos, s.begin - pos)).empty()) out.emplace_back(pos, s.begin);
    pos = std::max(pos, s.end);
  }
  // A range of blanks alone (after the credits) holds no prose; the whole text stays one range
  // when nothing follows the body start, as without furniture.
  if (pos < text.size() && (out.empty() || !trim(text.substr(pos)).empty())) out.emplace_back(pos, text.size());
  return out;
}

std::vector<std::string> credited_reporters(std::string_view line) {
  std::vector<std::string> out;
  std::string_view s = trim(line);
  if (s.starts_with("By ")) {
    // After the first comma stands the desk or the agency ("Jane Doe, Reuters"; "Harbour Wire").
    std::string_view names = s.substr(3);
    add_names(names.substr(0, names.find(',')), out);
    return out;
  }
  if (s.starts_with("(")) s.remove_prefix(1);
  if (s.ends_with(")")) s.remove_suffix(1);
  for (std::string_view part : split(s, ';')) {
    part = trim(part);
    size_t by = part.find(" by ");
    if (by == std::string_view::npos) continue;
    std::string role = to_lower(part.substr(0, by));
    if (role.find("report") == std::string::npos && role.find("writ") == std::string::npos &&
        role.find("compil") == std::string::npos)
      continue;  // editors, photographers, graphics: not reporters
    add_names(part.substr(by + 4), out);
  }
  return out;
}

PageFurniture find_page_furniture(std::string_view text, std::string_view title, const SectionLabels& labels) {
  PageFurniture out;
  const size_t old_start = find_body_start(std::string(text));
  bool leading = true;
  size_t leading_end = 0;  // end of the furniture before the first sentence
  size_t prev_end = 0;     // end of the previous non-blank line
  size_t p = 0;
  while (p < text.size()) {
    size_t eol = text.find('\n', p);
    if (eol == std::string_view::npos) eol = text.size();
    FurnitureLine l;
    l.text = text;
    l.title = title;
    l.labels = &labels;
    l.begin = p;
    l.end = eol;
    while (l.begin < l.end && std::isspace(static_cast<unsigned char>(text[l.begin]))) ++l.begin;
    while (l.end > l.begin && std::isspace(static_cast<unsigned char>(text[l.end - 1]))) --l.end;
    if (l.begin < l.end) {
      size_t next = text.find_first_not_of(" \t\r\n", eol);
      bool blank_before = prev_end == 0 || std::count(text.begin() + prev_end, text.begin() + l.begin, '\n') >= 2;
      bool blank_after = next == std::string_view::npos || std::count(text.begin() + l.end, text.begin() + next, '\n') >= 2;
      l.standalone = blank_before && blank_after;
      size_t n = 0;
      std::string_view rule;
      for (const FurnitureConstruction& c : kConstructions) {
        if (c.leading_only && !leading) continue;
        if ((n = c.apply(l)) > 0) {
          rule = c.name;
          break;
        }
      }
      if (n > 0) {
        out.spans.push_back({l.begin, l.begin + n, rule});
        if (rule == "byline" || rule == "credits")
          for (std::string& r : credited_reporters(l.line()))
            if (std::find(out.reporters.begin(), out.reporters.end(), r) == out.reporters.end()) out.reporters.push_back(r);
        if (leading) leading_end = l.begin + n;
      }
      if (n < l.end - l.begin) leading = false;  // the first sentence of prose ends the leading run
      prev_end = l.end;
    }
    p = eol + 1;
  }
  // The prose starts after the leading furniture and the blanks after it.
  size_t start = leading_end;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  if (leading_end == 0) start = 0;
  out.body_start = std::max(start, old_start);
  return out;
}

std::vector<std::pair<size_t, size_t>> image_credit_ranges(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  if (text.find(": ") == std::string_view::npos) return out;  // most articles
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    size_t end = e;
    while (end > b && (text[end - 1] == ' ' || text[end - 1] == '\r' || text[end - 1] == '\t')) --end;
    if (size_t at = image_credit_start(text.substr(b, end - b)); at != std::string_view::npos) out.emplace_back(b + at, end);
    b = e + 1;
  }
  return out;
}

}  // namespace newsgraph
