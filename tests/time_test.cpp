#include <doctest/doctest.h>

#include "analyzer.h"
#include "calendar.h"
#include "chunker.h"
#include "time_anaphora.h"
#include "time_constructions.h"
#include "time_normalizer.h"
#include "time_words.h"

using namespace newsgraph;

namespace {
// "text|type|value" for each expression in the sentence, against the given DCT.
std::vector<std::string> find_timex(const std::string& s, const std::string& dct) {
  std::vector<std::string> out;
  TimeDocument doc;  // the sentences are one article
  for (const Sentence& x : analyze(s, 0, s.size(), Resources::get())) {
    Chunks c = chunk(x.tokens, Resources::get().lexicons);
    for (const TimeExpression& te : find_times(x.tokens, c, dct, &doc))
      out.push_back(s.substr(te.start, te.end - te.start) + "|" + te.type + "|" + te.value);
  }
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("calendar arithmetic") {
  Date d{2025, 10, 30};
  CHECK(d.weekday() == 3);  // Thursday
  int y;
  CHECK(d.iso_week(&y) == 44);
  CHECK(Date{2021, 1, 1}.iso_week(&y) == 53);
  CHECK(y == 2020);
  CHECK(d.add_months(4).str() == "2026-02-28");
  CHECK(Date::from_days(d.days()).str() == "2025-10-30");
}

TEST_CASE("counts in words and digits") {
  using newsgraph::timex::number_of;
  const char* words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                         "eighteen", "nineteen", "twenty"};
  for (int i = 0; i < 20; ++i) CHECK(number_of(words[i]) == i + 1);
  CHECK(number_of("thirty") == 30);
  CHECK(number_of("forty") == 40);
  CHECK(number_of("fifty") == 50);
  CHECK(number_of("hundred") == 100);
  CHECK(number_of("a") == 1);
  CHECK(number_of("an") == 1);
  CHECK(number_of("twenty-four") == 24);
  CHECK(number_of("60-5") == 65);
  CHECK(number_of("ten-day") == 0);
  for (const char* vague : {"several", "few", "many", "some"}) CHECK(number_of(vague) == -1);
  CHECK(number_of("12") == 12);
  CHECK(number_of("12345") == 0);
  CHECK(number_of("zero") == 0);
  CHECK(number_of("") == 0);
  CHECK(number_of("the") == 0);
}

TEST_CASE("calendar values are written zero-padded, as printf's %0Nd writes them") {
  CHECK(Date{987, 1, 9}.str() == "0987-01-09");
  CHECK(Date{2025, 12, 31}.str() == "2025-12-31");
  CHECK(two_digits(0) == "00");
  CHECK(two_digits(7) == "07");
  CHECK(two_digits(23) == "23");
  CHECK(two_digits(123) == "123");
  CHECK(two_digits(-5) == "-5");
  CHECK(format_week(2025, 7) == "2025-W07");
  CHECK(format_week(20251, 53) == "20251-W53");
}

// DCT Thursday 2025-10-30.
TEST_CASE("weekdays follow the tense of the verb") {
  CHECK(find_timex("Ferreira met Okafor on Monday.", "2025-10-30") == V{"Monday|DATE|2025-10-27"});
  CHECK(find_timex("They will meet on Monday.", "2025-10-30") == V{"Monday|DATE|2025-11-03"});
  // A part of a named day keeps the day: what a timeline orders by.
  CHECK(find_timex("Talks ended Thursday morning.", "2025-10-30") == V{"Thursday morning|DATE|2025-10-30"});
  // A said direction overrides the tense.
  CHECK(find_timex("The bid was due to expire last Thursday.", "2025-10-30") == V{"last Thursday|DATE|2025-10-23"});
  CHECK(find_timex("He arrives next Monday.", "2025-10-30") == V{"next Monday|DATE|2025-11-03"});
  CHECK(find_timex("Officials met this morning.", "2025-10-30") == V{"this morning|TIME|2025-10-30TMO"});
}

TEST_CASE("month names and dates") {
  CHECK(find_timex("The leaders will meet on November 10.", "2025-10-30") == V{"November 10|DATE|2025-11-10"});
  CHECK(find_timex("Alvarez will visit in January.", "2025-10-30") == V{"January|DATE|2026-01"});
  CHECK(find_timex("Exports fell in January.", "2025-10-30") == V{"January|DATE|2025-01"});
  CHECK(find_timex("The deal was signed on Oct. 28, 2024.", "2025-10-30") == V{"Oct. 28, 2024|DATE|2024-10-28"});
}

TEST_CASE("relative expressions keep their granularity") {
  CHECK(find_timex("Prices rose this month.", "2025-10-30") == V{"this month|DATE|2025-10"});
  CHECK(find_timex("Growth will slow next year.", "2025-10-30") == V{"next year|DATE|2026"});
  CHECK(find_timex("They met earlier this week.", "2025-10-30") == V{"earlier this week|DATE|2025-W44"});
  CHECK(find_timex("The talks began two weeks ago.", "2025-10-30") == V{"two weeks ago|DATE|2025-W42"});
  CHECK(find_timex("It happened yesterday.", "2025-10-30") == V{"yesterday|DATE|2025-10-29"});
  CHECK(find_timex("Output will rise in the coming year.", "2025-10-30") == V{"the coming year|DATE|2026"});
}

TEST_CASE("durations, sets, clock times and vague references") {
  CHECK(find_timex("Brazil suspended the controls for a year.", "2025-10-30") == V{"a year|DURATION|P1Y"});
  CHECK(find_timex("They held talks for six hours.", "2025-10-30") == V{"six hours|DURATION|PT6H"});
  CHECK(find_timex("A five-year plan.", "2025-10-30") == V{"five-year|DURATION|P5Y"});
  CHECK(find_timex("Inspections happen every week.", "2025-10-30") == V{"every week|SET|P1W"});
  CHECK(find_timex("The test came at 11 a.m. local time (0200 GMT).", "2025-10-30") ==
        V{"11 a.m. local time|TIME|2025-10-30T11:00", "0200 GMT|TIME|2025-10-30T02:00"});
  CHECK(find_timex("Markets are calm now.", "2025-10-30") == V{"now|DATE|PRESENT_REF"});
  CHECK(find_timex("Sales fell in the first quarter.", "1987-03-02") == V{"the first quarter|DATE|1987-Q1"});
}

TEST_CASE("without an article date, values are left unknown rather than guessed") {
  CHECK(find_timex("They met on Monday.", "") == V{"Monday|DATE|XXXX-WXX-1"});
  CHECK(find_timex("They will meet on November 10.", "") == V{"November 10|DATE|XXXX-11-10"});
}

TEST_CASE("earnings reports: a year ago is the reporting quarter a year before") {
  // DCT 1989-10-26: third-quarter results.
  CHECK(find_timex("Net income rose 5% in the third quarter. It earned $3 million a year earlier.", "1989-10-26") ==
        V{"the third quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3"});
  CHECK(find_timex("Third-quarter sales fell. Sales rose in the year-earlier quarter, and the quarter had one more week.",
                   "1989-10-26") ==
        V{"Third-quarter|DATE|1989-Q3", "the year-earlier quarter|DATE|1988-Q3", "the quarter|DATE|1989-Q3"});
  // Without a quarter in view, a year ago is a year.
  CHECK(find_timex("Prices were higher a year ago.", "1989-10-26") == V{"a year ago|DATE|1988"});
  CHECK(find_timex("Analysts expect growth in next year's first quarter.", "1989-10-26") ==
        V{"next year's first quarter|DATE|1990-Q1"});
  CHECK(find_timex("The company lost money for two quarters.", "1989-10-26") == V{"two quarters|DURATION|P2Q"});
}

TEST_CASE("holidays, weekends, decades and parts of months") {
  CHECK(find_timex("Stores were crowded on Thanksgiving Day.", "1999-11-29") == V{"Thanksgiving Day|DATE|1999-11-25"});
  CHECK(find_timex("He will be home by Christmas.", "1999-11-29") == V{"Christmas|DATE|1999-12-25"});
  CHECK(find_timex("Trading resumed after Easter.", "2024-04-10") == V{"Easter|DATE|2024-03-31"});
  CHECK(find_timex("Markets closed for Memorial Day.", "2025-06-02") == V{"Memorial Day|DATE|2025-05-26"});
  // Monday 1989-10-30: the weekend just past is in ISO week 43.
  CHECK(find_timex("Rebels attacked the town over the weekend.", "1989-10-30") == V{"the weekend|DATE|1989-W43-WE"});
  CHECK(find_timex("Inflation was high in the 1970s.", "1999-11-29") == V{"the 1970s|DATE|197"});
  CHECK(find_timex("Growth slowed in the late '80s.", "1999-11-29") == V{"the late '80s|DATE|198"});
  CHECK(find_timex("A vote is expected in mid-November.", "1989-10-26") == V{"mid-November|DATE|1989-11"});
  CHECK(find_timex("The plant opens in early January.", "1989-11-26") == V{"early January|DATE|1990-01"});
}

TEST_CASE("a sentence may end on a word that starts a time expression") {
  // Each of these read past the last token before the bounds were checked.
  for (const char* s : {"It was the", "We met this", "Talks resumed last", "They said the 1988", "Prices rose a year"})
    CHECK_NOTHROW(find_timex(s, "1987-03-25"));
}

// DCT Thursday 2025-10-30.
TEST_CASE("spoken years, seasons, dated weekdays and clock times with a day") {
  CHECK(find_timex("The law passed in nineteen ninety-six.", "2025-10-30") == V{"nineteen ninety-six|DATE|1996"});
  CHECK(find_timex("It was promised by the year two thousand.", "2025-10-30") == V{"the year two thousand|DATE|2000"});
  CHECK(find_timex("Rates rose in January nineteen ninety-seven.", "2025-10-30") ==
        V{"January nineteen ninety-seven|DATE|1997-01"});
  // A preposition makes "May" the month; the modal stays a modal.
  CHECK(find_timex("Prices fell in May.", "2025-10-30") == V{"May|DATE|2025-05"});
  CHECK(find_timex("Prices May fall.", "2025-10-30").empty());
  CHECK(find_timex("He resigned last May.", "2025-10-30") == V{"last May|DATE|2025-05"});
  CHECK(find_timex("They meet next January.", "2025-10-30") == V{"next January|DATE|2026-01"});
  // Seasons, and "fall" only where it is the season.
  CHECK(find_timex("The plant closed in the early summer.", "2025-10-30") == V{"the early summer|DATE|2025-SU"});
  CHECK(find_timex("He left in the winter of 1994.", "2025-10-30") == V{"the winter of 1994|DATE|1994-WI"});
  CHECK(find_timex("Shares rose after the fall in oil prices.", "2025-10-30").empty());
  // A date said after the weekday, and a day said after a clock time.
  CHECK(find_timex("The vote was held Saturday, April 25.", "2025-10-30") == V{"Saturday, April 25|DATE|2025-04-25"});
  CHECK(find_timex("The deadline is 9 a.m. EST Tuesday.", "2025-10-30") == V{"9 a.m. EST Tuesday|TIME|2025-10-28T09:00"});
  // A plan in the present tense points ahead.
  CHECK(find_timex("The sale is scheduled to close Monday.", "2025-10-30") == V{"Monday|DATE|2025-11-03"});
}

TEST_CASE("rates, fiscal years, halves and decades in words") {
  CHECK(find_timex("The plan saves $500 million a year.", "2025-10-30").empty());
  CHECK(find_timex("Net income for the year ended June 30 rose.", "2025-10-30") ==
        V{"the year|DURATION|P1Y", "June 30|DATE|2025-06-30"});
  CHECK(find_timex("For the year, volume was flat.", "2025-10-30") == V{"the year|DATE|2025"});
  CHECK(find_timex("The strike lasted 2 1/2 years.", "2025-10-30") == V{"2 1/2 years|DURATION|P2Y6M"});
  CHECK(find_timex("Rescuers searched for twenty four hours.", "2025-10-30") == V{"twenty four hours|DURATION|PT24H"});
  CHECK(find_timex("Sales peaked in mid-1996.", "2025-10-30") == V{"mid-1996|DATE|1996"});
  CHECK(find_timex("Trade grew in recent years.", "2025-10-30") == V{"recent years|DURATION|PXY"});
  CHECK(find_timex("He defended the 1994 law.", "2025-10-30") == V{"1994|DATE|1994"});
  CHECK(find_timex("The firm sold 1990 shares.", "2025-10-30").empty());
}

TEST_CASE("references back to a time named earlier resolve against it, not the article date") {
  CHECK(find_timex("He was elected in 1995 and resigned the following year.", "2025-10-30") ==
        V{"1995|DATE|1995", "the following year|DATE|1996"});
  CHECK(find_timex("The raid began on Feb. 22, 2000. The next morning, troops withdrew.", "2025-10-30") ==
        V{"Feb. 22, 2000|DATE|2000-02-22", "The next morning|DATE|2000-02-23"});
  CHECK(find_timex("The plant opened in March 1998. Later that year it closed.", "2025-10-30") ==
        V{"March 1998|DATE|1998-03", "Later that year|DATE|1998"});
  CHECK(find_timex("The vote was on Oct. 23, 1998. Earlier that day, police arrived.", "2025-10-30") ==
        V{"Oct. 23, 1998|DATE|1998-10-23", "Earlier that day|DATE|1998-10-23"});
  // Without an earlier time, "the following year" counts from the article date.
  CHECK(find_timex("Output will rise the following year.", "2025-10-30") == V{"the following year|DATE|2026"});
  // Too coarse an anchor for the words: "that day" after a bare year is not resolved.
  CHECK(anaphoric_time({"that", "day"}, 0, "1995") == std::nullopt);
  CHECK(anaphoric_time({"the", "previous", "friday"}, 0, "1989-10-27")->value == "1989-10-20");
  CHECK(anaphoric_time({"the", "following", "quarter"}, 0, "1989-Q4")->value == "1990-Q1");
  CHECK(!is_anchor_value("P1Y"));
  CHECK(!is_anchor_value("2025-W44"));
}

TEST_CASE("a past clock time with no day of its own is on the day the story is at") {
  // clock-time-on-context-day: the report is dated Thursday; the story is at Tuesday.
  CHECK(find_timex("The ferry left Dunmore on Tuesday. At 4 p.m. its engine failed.", "2025-10-30") ==
        V{"Tuesday|DATE|2025-10-28", "4 p.m.|TIME|2025-10-28T16:00"});
  // A clock time said with its day, after "on" too, is that day's (clock-time).
  CHECK(find_timex("The ferry sank at 9:40 a.m. on Wednesday.", "2025-10-30") == V{"9:40 a.m. on Wednesday|TIME|2025-10-29T09:40"});
  // Not past, an anchor of the article's day or a month, or an anchor weeks back: the article's day.
  CHECK(find_timex("The ferry left on Tuesday. Divers will search at 4 p.m.", "2025-10-30") ==
        V{"Tuesday|DATE|2025-10-28", "4 p.m.|TIME|2025-10-30T16:00"});
  CHECK(find_timex("The ferry left in March 2025. At 4 p.m. its engine failed.", "2025-10-30") ==
        V{"March 2025|DATE|2025-03", "4 p.m.|TIME|2025-10-30T16:00"});
  CHECK(find_timex("The ferry left on Sept. 2. At 4 p.m. its engine failed.", "2025-10-30") ==
        V{"Sept. 2|DATE|2025-09-02", "4 p.m.|TIME|2025-10-30T16:00"});
}

TEST_CASE("a capitalized May after a day number is the month; later that week is the anchor's week") {
  CHECK(find_timex("Ilse Maren, the transport minister, on 3 May closed the bridge.", "2025-10-30") == V{"3 May|DATE|2025-05-03"});
  CHECK(find_timex("The 3 may appeal the ruling.", "2025-10-30").empty());
  CHECK(find_timex("The court heard the case on March 12. Later that week the judge resigned.", "2025-10-30") ==
        V{"March 12|DATE|2025-03-12", "Later that week|DATE|2025-W11"});
  CHECK(anaphoric_time({"that", "week"}, 0, "2025-03") == std::nullopt);  // a month is too coarse
}

TEST_CASE("amounts are not counts of time; ordinals and clock times still are") {
  CHECK(find_timex("Net profit was 50 a year ago.", "1987-03-01") == V{"a year ago|DATE|1986"});
  CHECK(find_timex("The company sold 1,500 tonnes.", "1987-03-01").empty());
  CHECK(find_timex("Results for the 1st half improved.", "1987-09-01") == V{"the 1st half|DATE|1987-H1"});
  CHECK(find_timex("Trading resumes at 0200 GMT.", "1987-03-01") == V{"0200 GMT|TIME|1987-03-01T02:00"});
  // A 24-hour clock after a word of placing or before a zone; a ratio, a score or a race time is none.
  CHECK(find_timex("The polls close at 21:00.", "2025-10-30") == V{"21:00|TIME|2025-10-30T21:00"});
  CHECK(find_timex("The vessel sailed 17:45 local time.", "2025-10-30") == V{"17:45 local time|TIME|2025-10-30T17:45"});
  CHECK(find_timex("The board approved a 3:1 split.", "2025-10-30").empty());
  CHECK(find_timex("Mwangi won in 2:05:37.", "2025-10-30").empty());
  CHECK(find_timex("The shares traded 10:30 higher.", "2025-10-30").empty());
  CHECK(find_timex("The verse was John 14:27 after all.", "2025-10-30").empty());
}

// match_at tries a construction only at the words its FirstWords name: at every token of these
// sentences it must answer as trying the whole table in order would (same construction, span,
// value, refusal), under each tense.
TEST_CASE("time constructions dispatched by first word answer as the whole table") {
  namespace tx = newsgraph::timex;  // qualified: <sys/timex.h> declares a global struct timex
  const char* sentences[] = {
      "Shares rose 5 1/2 points two years ago and a few days later, the company said on Tuesday.",
      "In the third quarter of 1987 and the year-earlier period sales fell; the 1988 quarter and last year's fourth quarter rose.",
      "Talks resumed in early November after the mid-1990s boom, the '80s slump and a ten-day strike in mid-March.",
      "He has lived there for years, since the summer of 1994, and returns next Monday at 9 a.m. local time.",
      "The following year the council met every week; that same day it rained, and later that month, on Christmas Eve, it ended.",
      "Nineteen ninety-six came before the year two thousand, and the past weeks were quiet until the weekend.",
      "Results for the latest quarter, the first half and this morning came at noon on Saturday, April 25, 2026.",
      "Twenty-four hours after the third-quarter report at 0200 GMT on 3 May, Flight 2021 left; by 2030 the current year ends.",
      "Yesterday, today and tomorrow now differ from recently, daily and weekly work done at present, this past spring.",
  };
  const std::string dct = "2026-04-28";
  for (const char* text : sentences) {
    const std::string s = text;
    for (const Sentence& x : analyze(s, 0, s.size(), Resources::get()))
      for (Tense tense : {Tense::kNone, Tense::kPast, Tense::kFuture}) {
        tx::Context cx{x.tokens, Date::parse(dct), tense, "2026-Q1", "2019-05-03", {}};
        for (const Token& t : x.tokens) cx.lw.push_back(t.lower);
        for (size_t i = 0; i < x.tokens.size(); ++i) {
          tx::Match whole;
          for (const tx::TimeConstruction& c : tx::time_constructions())
            if (c.apply(cx, i, whole)) {
              whole.rule = c.name;
              break;
            }
          const tx::Match dispatched = tx::match_at(cx, i);
          INFO(s, " at '", x.tokens[i].text, "'");
          CHECK(dispatched.rule == whole.rule);
          CHECK(dispatched.len == whole.len);
          CHECK(dispatched.value == whole.value);
          CHECK((dispatched.refusal == nullptr) == (whole.refusal == nullptr));
        }
      }
  }
}
