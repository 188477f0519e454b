// Interview transcripts (issue #16, classes 4, 5 and 10): the turns found in invented interviews
// (extract/text/interview_turns.cpp), the interviewee's "I" (extract/entities/interview_speakers.cpp),
// and what the pipeline makes of each turn.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract_helpers.h"
#include "interview_turns.h"

using namespace newsgraph;

namespace {

// An invented interview in the shape of a web transcript: an introduction naming the interviewee,
// bracketed interviewer labels, initials before the answers.
const std::string kInterview =
    "Glaciologist Ana Kowalski of the Tarn Ice Institute measured the Vell glacier for a decade. "
    "Kowalski answered questions from our reporter.\n\n"
    "((WN)) When did you first visit the glacier?\n\n"
    "AK: I drilled the first ice cores in 2009. I think it is the loveliest place on Earth.\n\n"
    "((WN)) You wrote that the lake froze early. How did the station cope?\n\n"
    "AK: The crew moved the instruments to the ridge. I find them very brave.\n";

size_t count_kind(const std::vector<InterviewTurn>& turns, InterviewTurn::Kind kind) {
  return static_cast<size_t>(std::count_if(turns.begin(), turns.end(), [&](const InterviewTurn& t) { return t.kind == kind; }));
}

}  // namespace

TEST_CASE("interviewer-turn and answer-turn: the labels of an interview and what each turn is") {
  auto turns = find_interview_turns(kInterview, 0);
  REQUIRE(turns.size() == 4);
  CHECK(count_kind(turns, InterviewTurn::Kind::kQuestion) == 2);
  CHECK(count_kind(turns, InterviewTurn::Kind::kAnswer) == 2);
  CHECK(turns[0].label == "WN");
  CHECK(turns[0].rule == kInterviewerTurn);
  CHECK(turns[1].label == "AK");
  CHECK(turns[1].rule == kAnswerTurn);
  // The label, its colon and the space are not the turn's text.
  CHECK(kInterview.substr(turns[1].text_begin, 9) == "I drilled");
  // The second question closes on "?" but opens with a statement: still the interviewer's turn.
  CHECK(turns[2].kind == InterviewTurn::Kind::kQuestion);

  // A bracketed name answers too, and "Q:" asks.
  const std::string bracketed =
      "Intro.\n\n((Q)) Why now?\n\n((Lena Osk)) We had waited long enough.\n\n((Q)) And next?\n\n((Lena Osk)) A tour.\n";
  auto b = find_interview_turns(bracketed, 0);
  REQUIRE(b.size() == 4);
  CHECK(b[1].kind == InterviewTurn::Kind::kAnswer);
  CHECK(b[1].label == "Lena Osk");
}

TEST_CASE("look-alikes of turns: no interview without two labelled questions") {
  // A wire story's notes and a quoted speaker after "said:" are no turns.
  CHECK(find_interview_turns("NOTE: Results exclude a one-time gain.\n\nNote: Full name is Vell Mining Ltd.\n", 0).empty());
  CHECK(find_interview_turns("Mr Ruiz said: \"Why would we wait?\"\n\nShe asked: \"Who pays?\"\n", 0).empty());
  // One rhetorical labelled question makes no interview.
  CHECK(find_interview_turns("((WN)) Why does it matter?\n\nAK: It matters.\n", 0).empty());
  // A caption credit or a lone heading is not a label of a name's shape followed by text.
  CHECK(find_interview_turns("((WN)) Why?\n\n((WN)) How?\n\nImage: Ana Ruiz (photos), Omar Said (montage).\n", 0).size() == 2);
  CHECK(find_interview_turns("((WN)) Why?\n\n((WN)) How?\n\nLena Osk Image: City Council.\n", 0).size() == 2);
}

TEST_CASE("label_names_person: initials, full name or surname") {
  CHECK(label_names_person("AK", "Ana Kowalski"));
  CHECK(label_names_person("AMK", "Ana Maria Kowalski"));
  CHECK(label_names_person("Ana Kowalski", "Ana Kowalski"));
  CHECK(label_names_person("Kowalski", "Ana Kowalski"));
  CHECK(label_names_person("AK", "Glaciologist Ana Kowalski"));  // a title left in the name run
  CHECK_FALSE(label_names_person("AK", "Tarn Ice Institute"));
  CHECK_FALSE(label_names_person("KA", "Ana Kowalski"));
  CHECK_FALSE(label_names_person("WN", "Ana Kowalski"));
}

TEST_CASE("an interview through the pipeline: questions state nothing, answers are the interviewee's") {
  ArticleExtraction x = test::extract_text(kInterview, "2019-05-02");
  // interviewer-turn: "You wrote that the lake froze early" is no claim, the freezing no fact; no
  // label is a word of a sentence, so neither "WN" nor "AK" is an entity.
  for (const auto& c : x.claims) CHECK(c.content.find("lake") == std::string::npos);
  for (const auto& r : x.relations)
    if (r.predicate == "freeze") CHECK(r.fragment);
  for (const auto& e : x.entities) {
    CHECK(e.name != "WN");
    CHECK(e.name != "AK");
  }
  // interviewee-first-person: "I drilled" is Ana Kowalski, and what she answers is reported.
  const ExtractedRelation* drill = test::relation(x, "drill");
  REQUIRE(drill);
  CHECK(drill->subject.ends_with("Ana Kowalski"));
  CHECK(drill->modality == "reported");
  const ExtractedMention* i = test::mention(x, "I");
  REQUIRE(i);
  CHECK(i->entity.ends_with("Ana Kowalski"));
  CHECK(i->rule == "interviewee-first-person");
  // "I think" is the interviewee talking: no event with her as its subject.
  for (const auto& r : x.relations)
    if (r.predicate == "think" && !r.attribution) CHECK(r.subject.empty());
  // Nor "I find them very brave": an opinion (data/lexicon/interview_talk_verbs.txt).
  for (const auto& r : x.relations)
    if (r.predicate == "find" && !r.attribution) CHECK(r.subject.empty());
  // A third party's act in an answer is reported too.
  const ExtractedRelation* move = test::relation(x, "move");
  REQUIRE(move);
  CHECK(move->modality == "reported");
  // The introduction is the article's own voice.
  const ExtractedRelation* measure = test::relation(x, "measure");
  REQUIRE(measure);
  CHECK(measure->modality == "asserted");
}
