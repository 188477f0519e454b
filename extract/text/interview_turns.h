// Interview transcripts (issue #16, classes 4, 5 and 10): the turns of a question-and-answer
// piece. An interviewer's turn asks and states no fact; an answer turn is the interviewee's
// statement, whose facts are reported and whose "I" is the interviewee. Each kind of turn is a
// named construction (interview_turns.cpp); the pipeline keeps the labels out of the prose
// (they are no words of a sentence), keeps the facts of question turns out of the graph, and reads
// answer turns as the interviewee's speech.
//
// - interviewer-turn: a paragraph that opens with a label and ends in "?": "((WN)) How did the
//   survey start?", "Q: Why now?". Its label is the interviewer's: every other paragraph that
//   label opens is a question turn too ("((WN)) You wrote that the lake froze. Why?" may close
//   on a statement).
// - answer-turn: in an article with at least two interviewer turns, a paragraph that opens with
//   another label: initials or a name before a colon ("AK: We sailed in May", "Ana Kowalski: I
//   ..."), or a bracketed name ("((Ana Kowalski)) We ..."). A label alone on its line, a byline
//   or a caption credit ("Image: X") is no turn: the label must be initials (two to four
//   capitals) or a name of one to three capitalized words, and text must follow it.
// Plain articles (Reuters, BBC) have no bracketed labels and no run of labelled questions, so
// nothing is found in them; a single "Note:" line never makes an interview.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct InterviewTurn {
  enum class Kind { kQuestion, kAnswer };
  Kind kind = Kind::kQuestion;
  size_t begin = 0, end = 0;  // the paragraph (one line), label included, in article bytes
  size_t text_begin = 0;      // first byte after the label, its colon and spaces
  std::string label;          // "WN", "AK", "Ana Kowalski"
  std::string_view rule;      // interviewer-turn or answer-turn
};

inline constexpr std::string_view kInterviewerTurn = "interviewer-turn";
inline constexpr std::string_view kAnswerTurn = "answer-turn";

// The turns of `text` from byte `body_start` on, in text order; empty unless the article has at
// least two interviewer turns.
std::vector<InterviewTurn> find_interview_turns(std::string_view text, size_t body_start);

// Whether `label` stands for the person `name`: the same words ("Ana Kowalski"), the surname
// alone ("Kowalski"), or the initials of its last words ("AK" for "Ana Kowalski", "AMK" for "Ana
// Maria Kowalski", "AK" for "Glaciologist Ana Kowalski" when a title stayed in the name).
bool label_names_person(std::string_view label, std::string_view name);

}  // namespace newsgraph
