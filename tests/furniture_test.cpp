// Page furniture of scraped pages (issue #16, class 11): each construction on invented text, and
// look-alikes of real prose that must not fire.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "page_furniture.h"

using namespace newsgraph;

namespace {

SectionLabels labels() {
  SectionLabels l;
  for (const char* x : {"world", "business", "politics", "middle east"}) l.labels.insert(x);
  return l;
}

// The rule of the span that covers byte `at`, or "" when none does.
std::string rule_at(const PageFurniture& f, size_t at) {
  for (const FurnitureSpan& s : f.spans)
    if (s.begin <= at && at < s.end) return std::string(s.rule);
  return "";
}

const std::string kPage =
    "The port authority of Velmar said on Friday it would close two docks for repairs, stranding [\xE2\x80\xA6]\n\n"
    "Business\n\n"
    "Velmar port shuts two docks for repairs\n\n"
    "By Ana Ruiz and Tom Hale, Harbour Wire\n\n"
    "VELMAR (Harbour Wire) -The port authority of Velmar said on Friday it would close two docks for repairs, stranding "
    "nine ships.\n\n"
    "CARGO DIVERTED\n\n"
    "Shippers moved cargo to the north terminal.\n\n"
    "(Reporting by Ana Ruiz in Velmar, Lea Brandt and Omar Said; Writing by Tom Hale; Editing by Kim Cole)\n";

}  // namespace

TEST_CASE("a scraped page: every kind of furniture, the prose kept, offsets in the original text") {
  PageFurniture f = find_page_furniture(kPage, "Velmar port shuts two docks for repairs", labels());
  CHECK(rule_at(f, 0) == "teaser");
  CHECK(rule_at(f, kPage.find("Business")) == "section-label");
  CHECK(rule_at(f, kPage.find("Velmar port shuts")) == "repeated-headline");
  CHECK(rule_at(f, kPage.find("By Ana")) == "byline");
  CHECK(rule_at(f, kPage.find("VELMAR (")) == "dateline");
  CHECK(rule_at(f, kPage.find("CARGO")) == "all-caps-subhead");
  CHECK(rule_at(f, kPage.find("(Reporting")) == "credits");
  // The prose begins at "The port authority" of the dated paragraph, an offset into the original text.
  CHECK(kPage.substr(f.body_start, 18) == "The port authority");
  CHECK(f.body_start == kPage.find("-The port") + 1);
  auto ranges = f.prose_ranges(kPage);
  REQUIRE(ranges.size() == 2);
  CHECK(kPage.substr(ranges[0].first, ranges[0].second - ranges[0].first).find("CARGO") == std::string::npos);
  CHECK(kPage.substr(ranges[1].first, 10).find("Shippers") != std::string::npos);
  CHECK(kPage.substr(ranges[1].first, ranges[1].second - ranges[1].first).find("Reporting") == std::string::npos);
  // The teaser's repeated sentence is read once: only from the dated paragraph.
  size_t reads = 0;
  for (auto [b, e] : ranges) reads += kPage.substr(b, e - b).find("stranding") != std::string::npos;
  CHECK(reads == 1);
  CHECK(f.reporters == std::vector<std::string>{"Ana Ruiz", "Tom Hale", "Lea Brandt", "Omar Said"});
}

TEST_CASE("teaser: only a cut paragraph that repeats later prose") {
  std::string t = "Farmers in Ostra blocked roads with tractors on Monday to protest against [...]\n\n"
                  "Farmers in Ostra blocked roads with tractors on Monday to protest against a fuel levy.\n";
  CHECK(rule_at(find_page_furniture(t, "", labels()), 0) == "teaser");
  // A teaser that shortens the lead still repeats it.
  std::string shortened = "Mayors Ana Ruiz and Omar Said opened a ferry line on Monday, while [\xE2\x80\xA6]\n\n"
                          "Mayors Ana Ruiz of Velmar and Omar Said of Kiro opened a ferry line on Monday, while unions protested.\n";
  CHECK(rule_at(find_page_furniture(shortened, "", labels()), 0) == "teaser");
  // A quotation the writer cut, repeated nowhere: prose.
  std::string q = "The minister read from the letter: \"we regret the decision and [...]\n\nThe hearing resumed.\n";
  CHECK(rule_at(find_page_furniture(q, "", labels()), 0).empty());
}

TEST_CASE("section label: a listed one- or two-word line before the prose, never a real short paragraph") {
  std::string t = "Middle East\n\nTalks resumed in Doha on Monday.\n";
  PageFurniture f = find_page_furniture(t, "", labels());
  CHECK(rule_at(f, 0) == "section-label");
  CHECK(t.substr(f.body_start, 5) == "Talks");
  // "Why?" and "Exactly." are one-word paragraphs of prose; "World" after the first sentence is prose too.
  std::string p = "Why?\n\nBecause the levy doubled.\n\nWorld\n\nleaders met.\n";
  PageFurniture g = find_page_furniture(p, "", labels());
  CHECK(g.spans.empty());
  CHECK(g.body_start == 0);
  CHECK_THROWS_WITH_AS(SectionLabels::load("/nonexistent/section_labels.txt"),
                       doctest::Contains("/nonexistent/section_labels.txt"), std::runtime_error);
}

TEST_CASE("repeated headline: the title again in another case") {
  std::string t = "DAM BURSTS NEAR KIRO\nA dam burst near Kiro on Sunday.\n";
  PageFurniture f = find_page_furniture(t, "Dam bursts near Kiro", labels());
  CHECK(rule_at(f, 0) == "repeated-headline");
  // A first sentence that starts like the headline is prose.
  std::string s = "Dam bursts near Kiro have become common, engineers said.\n";
  CHECK(find_page_furniture(s, "Dam bursts near Kiro", labels()).spans.empty());
}

TEST_CASE("byline: first line or later, with a desk; 'By Tuesday, ...' is prose") {
  std::string t = "Rains flooded the valley.\n\nBy Martin Okoro, Science Correspondent\n\nThe river rose.\n";
  PageFurniture f = find_page_furniture(t, "", labels());
  CHECK(rule_at(f, t.find("By Martin")) == "byline");
  CHECK(f.reporters == std::vector<std::string>{"Martin Okoro"});
  for (std::string prose : {"By Tuesday, the floods had receded.\n", "By then the river had risen.\n",
                            "By March Officials Had Left\n", "By Selling Assets, Firms Raised Cash.\n"}) {
    CAPTURE(prose);
    CHECK(find_page_furniture("It rained.\n\n" + prose, "", labels()).spans.empty());
  }
}

TEST_CASE("dateline glued to the first sentence after furniture, in its three shapes") {
  for (std::string d : {"GENEVA (Reuters) -", "LONDON, March 3 (AP) \xE2\x80\x94 ", "KIRO, Upper Nile, Mar 3 - "}) {
    CAPTURE(d);
    std::string t = "By Jane Doe\n\n" + d + "Swiss Foreign Minister Ina Frei met envoys.\n";
    PageFurniture f = find_page_furniture(t, "", labels());
    CHECK(t.substr(f.body_start, 5) == "Swiss");
  }
  // An upper-case first word and a dash without a bracket or a figure: a sentence, kept.
  std::string s = "Business\n\nUS President Lee said - again - that talks would go on.\n";
  PageFurniture f = find_page_furniture(s, "", labels());
  CHECK(s.substr(f.body_start, 2) == "US");
}

TEST_CASE("ALL-CAPS subhead between paragraphs; tables and acronyms are not subheads") {
  std::string t = "The strike began.\n\nTALKS COLLAPSE\n\nUnions walked out.\n";
  CHECK(rule_at(find_page_furniture(t, "", labels()), t.find("TALKS")) == "all-caps-subhead");
  // A wire table heading has figures under it, one word is an acronym, and a line inside a
  // paragraph is not between paragraphs.
  for (std::string s : {"Output rose.\n\nWHEAT CORN OATS\n\n12.1 13.4 9.0\n", "Output rose.\n\nNATO\n\nAllies met.\n",
                        "Output rose.\nNEW RULES APPLY\nfrom Monday.\n"}) {
    CAPTURE(s);
    CHECK(find_page_furniture(s, "", labels()).spans.empty());
  }
}

TEST_CASE("credits: reporters kept, editors not") {
  CHECK(credited_reporters("(Reporting by Ana Ruiz in Velmar and Omar Said in Kiro; Editing by Kim Cole)") ==
        std::vector<std::string>{"Ana Ruiz", "Omar Said"});
  CHECK(credited_reporters("Additional reporting by Sun Li in Beijing") == std::vector<std::string>{"Sun Li"});
  CHECK(credited_reporters("By Jane Doe and John Roe, Reuters") == std::vector<std::string>{"Jane Doe", "John Roe"});
  std::string t = "Prices fell.\n\nAdditional reporting by Sun Li in Beijing\n";
  CHECK(rule_at(find_page_furniture(t, "", labels()), t.find("Additional")) == "credits");
  // A sentence about reporting is prose.
  std::string s = "Prices fell.\n\nReporting by local media was limited, officials said.\n";
  CHECK(find_page_furniture(s, "", labels()).spans.empty());
}

TEST_CASE("image credit: the credit that ends a caption paragraph; a label inside prose is prose") {
  std::string t = "The dock closed.\n\nCranes at dusk. Image: Ana Ruiz (photos), Omar Said (montage).\n\nA video from the pier Image: "
                  "Kim Cole (YouTube).\n";
  auto r = image_credit_ranges(t);
  REQUIRE(r.size() == 2);
  CHECK(t.substr(r[0].first, r[0].second - r[0].first) == "Image: Ana Ruiz (photos), Omar Said (montage).");
  CHECK(t.substr(r[1].first, r[1].second - r[1].first) == "Image: Kim Cole (YouTube).");
  CHECK(find_page_furniture(t, "", labels()).spans.empty());  // the caption stays prose
  // image-credit-in-brackets: the credit in brackets that closes a paragraph, bracket and all.
  std::string b = "The ferry left.\n\nThe crew cheered as the boat turned. (Image: Lena Fisk)\n\nSixth Harbour (Photo: Port Authority)\n";
  auto rb = image_credit_ranges(b);
  REQUIRE(rb.size() == 2);
  CHECK(b.substr(rb[0].first, rb[0].second - rb[0].first) == "(Image: Lena Fisk)");
  CHECK(b.substr(rb[1].first, rb[1].second - rb[1].first) == "(Photo: Port Authority)");
  // A bracketed label inside the paragraph, with prose after it, is no credit.
  CHECK(image_credit_ranges("It rained.\n\nThe poster (Image: a whale) hung in the hall of the school for a year.\n").empty());
  // The label inside a sentence, or followed by more prose, is no credit.
  for (std::string s : {"It rained.\n\nThe caption read Photo: a boy on a raft. Crowds gathered later.\n",
                        "It rained.\n\nHer exhibition was called Image: Velmar, and it opened on Monday at the museum of the city."
                        " It closed on Friday after crowds had come from every part of the country to see the new pictures of "
                        "the harbour and its boats.\n"}) {
    CAPTURE(s);
    CHECK(image_credit_ranges(s).empty());
  }
}

TEST_CASE("plain wire text: the body starts where find_body_start says, nothing else is furniture") {
  std::string t = "SALVADOR, Feb 26 - Showers continued.\n\nArrivals rose.\n";
  PageFurniture f = find_page_furniture(t, "BAHIA COCOA REVIEW", labels());
  CHECK(f.body_start == std::string("SALVADOR, Feb 26 - ").size());
  CHECK(f.prose_ranges(t).size() == 1);
}

TEST_CASE("timestamp-line: a line that only says when the page was published or updated") {
  const std::string t =
      "Velmar port shuts two docks\n\n"
      "time, clock\nPublished 18 August 2026, 14:32 GMT\n"
      "The port authority of Velmar closed two docks on Tuesday.\n\n"
      "Updated 09:15 BST\n\n"
      "Shippers moved cargo to the north terminal at 14:30 on Monday.\n\n"
      "Tuesday 18 August\n";
  PageFurniture f = find_page_furniture(t, "Velmar port shuts two docks", labels());
  CHECK(rule_at(f, t.find("Published")) == "timestamp-line");
  CHECK(rule_at(f, t.find("Updated")) == "timestamp-line");
  CHECK(rule_at(f, t.find("Tuesday 18")) == "timestamp-line");
  // Prose that names a clock time or a date has more words than a stamp: it stays.
  CHECK(rule_at(f, t.find("The port authority")) == "");
  CHECK(rule_at(f, t.find("Shippers")) == "");
  // A figure or an abbreviation alone is no stamp: a day with its month, or a clock time, is needed.
  for (std::string s : {"It rained.\n\nUS GDP 2.3\n\nIt stopped.\n", "It rained.\n\nAt 9 on Friday\n\nIt stopped.\n"}) {
    CAPTURE(s);
    CHECK(find_page_furniture(s, "", labels()).spans.empty());
  }
}

TEST_CASE("timestamp-line: the line's digits and last word decide before its words are read") {
  // Turned away early: no digit ("Updated Tuesday morning"), or a last word that is no stamp word.
  for (std::string s : {"It rained.\n\nUpdated Tuesday morning\n\nIt stopped.\n",
                        "It rained.\n\nPublished 18 August 2026 by staff\n\nIt stopped.\n"}) {
    CAPTURE(s);
    CHECK(find_page_furniture(s, "", labels()).spans.empty());
  }
  // A stamp that ends on its time zone, its year or a bracketed zone still fires.
  const std::string t =
      "Velmar ferry resumes\n\nUpdated 2 March 2026, 09:15 CET\n\nThe ferry sailed.\n\n"
      "Published 14 May 2026\n\nIt docked.\n\nPosted 7:05 pm (GMT)\n\nIt left.\n";
  PageFurniture f = find_page_furniture(t, "Velmar ferry resumes", labels());
  CHECK(rule_at(f, t.find("Updated")) == "timestamp-line");
  CHECK(rule_at(f, t.find("Published")) == "timestamp-line");
  CHECK(rule_at(f, t.find("Posted")) == "timestamp-line");
  CHECK(rule_at(f, t.find("The ferry")) == "");
}
