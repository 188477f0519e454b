#include "interview_turns.h"

#include <algorithm>

#include "text_util.h"

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
// A letter of a name: ASCII letters, bytes of UTF-8 letters ("Stamenković"), and the joiners of
// names ("O'Neil", "Smith-Jones", "Dr.").
bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || upper(c) || static_cast<unsigned char>(c) >= 0x80 || c == '\'' || c == '-' || c == '.';
}

// Initials ("WN", "AMK") or one to three capitalized words ("Ana Kowalski").
bool label_shape(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  if (s.size() >= 2 && s.size() <= 4 && std::all_of(s.begin(), s.end(), upper)) return true;
  size_t words = 0;
  for (std::string_view w : split(s, ' ')) {
    if (w.empty() || !upper(w[0]) || !std::all_of(w.begin(), w.end(), name_char)) return false;
    ++words;
  }
  return words >= 1 && words <= 3;
}

// A photo caption's credit ("Ana Ruiz Image: City Council.", "Photo: ..."): the word before the
// colon labels a credit (page_furniture.h, image-credit), not a speaker.
bool caption_credit(std::string_view label) {
  const size_t space = label.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? label : label.substr(space + 1);
  for (std::string_view w : {"Image"sv, "Images"sv, "Photo"sv, "Photos"sv, "Picture"sv, "Credit"sv, "Credits"sv, "Source"sv})
    if (last == w) return true;
  return false;
}

// The label a line opens with, and the first byte of its text; {"", 0} when none.
// "((WN)) text", "((WSS)) : text", "((Ana Kowalski)) text": any bracketed label of a name's
// shape; "AK: text", "Ana Kowalski: text": a label of a name's shape before ": ".
std::pair<std::string_view, size_t> line_label(std::string_view line) {
  if (line.starts_with("(("sv)) {
    const size_t close = line.find("))"sv);
    if (close == std::string_view::npos) return {};
    std::string_view label = trim(line.substr(2, close - 2));
    if (!label_shape(label)) return {};
    size_t k = close + 2;
    while (k < line.size() && (line[k] == ' ' || line[k] == ':')) ++k;
    return k < line.size() ? std::pair{label, k} : std::pair<std::string_view, size_t>{};
  }
  const size_t colon = line.find(": "sv);
  if (colon == std::string_view::npos || colon == 0) return {};
  std::string_view label = line.substr(0, colon);
  if (!label_shape(label) || caption_credit(label)) return {};
  size_t k = colon + 1;
  while (k < line.size() && line[k] == ' ') ++k;
  return k < line.size() ? std::pair{label, k} : std::pair<std::string_view, size_t>{};
}

struct LabelledLine {
  size_t begin, end, text_begin;
  std::string_view label;
  bool asks;  // the line ends in "?"
};

// Whether at least two lines of text end in "?": one scan for the question marks, so that a
// text with no questions (most wire copy) costs no reading of its lines.
bool two_lines_ask(std::string_view text) {
  size_t found = 0;
  for (size_t q = text.find('?'); q != std::string_view::npos; q = text.find('?', q + 1)) {
    size_t k = q + 1;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\r' || text[k] == '\t')) ++k;
    if ((k == text.size() || text[k] == '\n') && ++found == 2) return true;
  }
  return false;
}

}  // namespace

std::vector<InterviewTurn> find_interview_turns(std::string_view text, size_t body_start) {
  if (!two_lines_ask(text.substr(std::min(body_start, text.size())))) return {};
  std::vector<LabelledLine> lines;
  size_t pos = std::min(body_start, text.size());
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view raw = text.substr(pos, eol - pos);
    std::string_view line = trim(raw);
    if (!line.empty()) {
      const size_t b = pos + static_cast<size_t>(line.data() - raw.data());
      if (auto [label, k] = line_label(line); !label.empty())
        lines.push_back({b, b + line.size(), b + k, label, line.back() == '?'});
    }
    pos = eol + 1;
  }
  // interviewer-turn: the labels of lines that ask. Two such lines make an interview.
  std::vector<std::string_view> interviewers;
  size_t asking = 0;
  for (const LabelledLine& l : lines)
    if (l.asks) {
      ++asking;
      if (std::find(interviewers.begin(), interviewers.end(), l.label) == interviewers.end()) interviewers.push_back(l.label);
    }
  std::vector<InterviewTurn> out;
  if (asking < 2) return out;
  for (const LabelledLine& l : lines) {
    const bool question = std::find(interviewers.begin(), interviewers.end(), l.label) != interviewers.end();
    InterviewTurn& t = out.emplace_back();
    t.kind = question ? InterviewTurn::Kind::kQuestion : InterviewTurn::Kind::kAnswer;
    t.begin = l.begin;
    t.end = l.end;
    t.text_begin = l.text_begin;
    t.label = std::string(l.label);
    t.rule = question ? kInterviewerTurn : kAnswerTurn;
  }
  return out;
}

bool label_names_person(std::string_view label, std::string_view name) {
  if (label.empty() || name.empty()) return false;
  if (iequals(label, name)) return true;
  std::vector<std::string_view> words;
  for (std::string_view w : split(name, ' '))
    if (!w.empty()) words.push_back(w);
  if (words.size() < 2) return false;
  if (iequals(label, words.back())) return true;  // "Kowalski:" for Ana Kowalski
  // Initials stand for the name's last words: a title the name run kept before it ("Glaciologist
  // Ana Kowalski") has no letter in the label.
  if (label.size() > words.size() || !std::all_of(label.begin(), label.end(), upper)) return false;
  const size_t first = words.size() - label.size();
  for (size_t i = 0; i < label.size(); ++i)
    if (words[first + i][0] != label[i]) return false;
  return true;
}

}  // namespace newsgraph
