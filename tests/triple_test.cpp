#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract_helpers.h"

using namespace newsgraph;
using test::extract_text;
using test::relation;
using test::has_reading;
using test::has_subject_reading;
using namespace std::string_view_literals;

TEST_CASE("active clause with object, time and location") {
  auto x = extract_text("Ferreira met Okafor in Geneva on Thursday.", "2025-10-02");
  const ExtractedRelation* r = relation(x, "meet");
  REQUIRE(r);
  CHECK(r->arg1 == "Ferreira");
  CHECK(r->arg2 == "Okafor");
  CHECK(r->event_type == "meet");
  CHECK(r->symmetric);
  CHECK(r->time.value == "2025-10-02");
  CHECK(!r->time.from_article);
  CHECK(r->location == "Geneva");
}

TEST_CASE("year-modifies-noun: a year premodifying a noun dates the noun's thing, not the clause") {
  // The clause keeps its own time, or the article's.
  auto x = extract_text("Halvorsen is serving a prison term for the 1994 kidnapping of a banker.", "2025-10-02");
  const ExtractedRelation* r = relation(x, "serve");
  REQUIRE(r);
  CHECK(r->time.from_article);
  auto y = extract_text("On Monday the council approved its 2026 budget.", "2025-10-02");
  r = relation(y, "approve");
  REQUIRE(r);
  CHECK(r->time.value == "2025-09-29");
  // A year that names a time ("the 2024 season") or the occasion after "in" still dates it.
  auto z = extract_text("Okonjo won a seat in the 2023 election.", "2025-10-02");
  r = relation(z, "win");
  REQUIRE(r);
  CHECK(r->time.value == "2023");
  auto w = extract_text("The club sold the striker before the 2024 season.", "2025-10-02");
  r = relation(w, "sell");
  REQUIRE(r);
  CHECK(r->time.value == "2024");
}

TEST_CASE("time-deictic-after-clause: a time phrase counted from the article's day needs no preposition") {
  // The article is dated Thursday 2 October 2025.
  auto x = extract_text("Dockers marched through the harbour district last weekend.", "2025-10-02");
  const ExtractedRelation* r = relation(x, "march");
  REQUIRE(r);
  CHECK(r->time.value == "2025-W39-WE");
  CHECK(!r->time.from_article);
  auto y = extract_text("The ferry reached the outer islands this past Saturday.", "2025-10-02");
  r = relation(y, "reach");
  REQUIRE(r);
  CHECK(r->time.value == "2025-09-27");
  // A verb between the clause and the time: the time is the later clause's, not the march's.
  auto z = extract_text("Dockers marched past the hall that hosted a fair last weekend.", "2025-10-02");
  r = relation(z, "march");
  REQUIRE(r);
  CHECK(r->time.from_article);
}

TEST_CASE("a 24-hour clock time after a word of placing is a time, not an agent or an object") {
  // clock-time-on-context-day gives it the day the story is at.
  auto x = extract_text("A tanker ran aground on Tuesday. Power was restored by 19:40 after repairs.", "2025-10-02");
  const ExtractedRelation* r = relation(x, "restore");
  REQUIRE(r);
  CHECK(r->arg1 == "Power");  // the patient; no agent "19:40"
  CHECK(r->arg2.empty());
  CHECK(r->time.value.rfind("2025-09-30", 0) == 0);
  auto y = extract_text("The cargo plane landed at 06:05 local time.", "2025-10-02");
  r = relation(y, "land");
  REQUIRE(r);
  CHECK(r->arg2.empty());
  CHECK(r->time.value.rfind("2025-10-02", 0) == 0);
  CHECK(!r->time.from_article);
}

TEST_CASE("passive clause: the agent becomes the subject") {
  auto x = extract_text("Tariffs were imposed by Canada on Monday.", "2025-09-22");
  const ExtractedRelation* r = relation(x, "impose");
  REQUIRE(r);
  CHECK(r->subject == "Canada");
  CHECK(r->text == "were imposed by");
  CHECK(r->arg1 == "Tariffs");
  CHECK(r->event_type == "impose_tariff");
  CHECK(r->cameo == "163");
}

TEST_CASE("threats change the event type and the modality") {
  auto x = extract_text("Brazil threatened to impose tariffs on Canadian aluminum.");
  const ExtractedRelation* r = relation(x, "impose");
  REQUIRE(r);
  CHECK(r->modality == "threatened");
  CHECK(r->event_type == "threaten_tariff");
  CHECK(r->object == "Canada");  // the target from "on Canadian aluminum"
  // The threat is the event (stance_events.cpp): it carries the code; the act is embedded, uncoded.
  CHECK(r->cameo.empty());
  REQUIRE(r->embedded_in >= 0);
  const ExtractedRelation& threat = x.relations[r->embedded_in];
  CHECK(threat.cameo == "1312");
  CHECK(threat.object == "Canada");
}

TEST_CASE("reported speech becomes a claim whose content is attributed") {
  auto x = extract_text("Okafor said Canada would lift the tariffs.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker == "Okafor");
  CHECK(x.claims[0].cue == "say");
  CHECK(x.claims[0].content == "Canada would lift the tariffs");
  const ExtractedRelation* r = relation(x, "lift");
  REQUIRE(r);
  CHECK(r->claim == 0);
  // The outer modality wins over an inner "would"/"will" (the gold guide: a reported plan is
  // reported); "promised to", "planned to", "may" stay, since they code intents and conjectures.
  CHECK(r->modality == "reported");
  CHECK(r->event_type == "lift_tariff");
  auto y = extract_text("Okafor said Canada planned to lift the tariffs.");
  REQUIRE(relation(y, "lift"));
  CHECK(relation(y, "lift")->modality == "planned");
}

TEST_CASE("postposed attribution and direct quotes") {
  auto x = extract_text("\"This is a clear escalation,\" Okafor said in a statement.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker == "Okafor");
  CHECK(x.claims[0].content == "This is a clear escalation");
  auto y = extract_text("Canada will not lift the tariffs, Okafor said.");
  REQUIRE(y.claims.size() == 1);
  const ExtractedRelation* r = relation(y, "lift");
  REQUIRE(r);
  CHECK(r->polarity == "negative");
  CHECK(r->modality == "reported");  // "will" is expected, and the reporting outside it wins
}

TEST_CASE("an unnamed spokesperson speaks for the body beside the title (unnamed-spokesperson)") {
  auto x = extract_text("A Halvorsen Group spokesperson said the raid had ended. The spokesperson added that two suspects were held.");
  REQUIRE(x.claims.size() == 2);
  CHECK(x.claims[0].speaker == "Halvorsen Group");
  CHECK(x.claims[1].speaker == "Halvorsen Group");
  auto y = extract_text("A spokesperson said the raid had ended. The spokesperson added that two suspects were held.");
  REQUIRE(y.claims.size() == 2);
  CHECK(y.claims[0].speaker.empty());  // no body named: nobody to speak for
  CHECK(y.claims[1].speaker.empty());
}

TEST_CASE("a spokesperson for a body speaks for it, and so does the pronoun after (spokesperson-for-body)") {
  auto x = extract_text(
      "A spokeswoman for the Tarvik Water Board said the pipes had burst. She said repairs would take a week.");
  REQUIRE(x.claims.size() == 2);
  CHECK(x.claims[0].speaker == "Tarvik Water Board");
  CHECK(x.claims[0].rule == "spokesperson-for-body");
  CHECK(x.claims[1].speaker == "Tarvik Water Board");
  CHECK(x.claims[1].rule == "spokesperson-for-body");
  // A pronoun of the other gender is someone else: the spokesman is no "she".
  auto y = extract_text(
      "A spokesman for the Tarvik Water Board said the pipes had burst. She said repairs would take a week.");
  REQUIRE(y.claims.size() == 2);
  CHECK(y.claims[0].speaker == "Tarvik Water Board");
  CHECK(y.claims[1].speaker.empty());
  // A spokesman for a person is not the person.
  auto z = extract_text("A spokesman for Ingrid Solberg said the pipes had burst.");
  REQUIRE(z.claims.size() == 1);
  CHECK(z.claims[0].speaker.empty());
  // Only the whole body's name: not the country that opens a body's name the resolution split
  // ("Norway" + "Rowing Council"): better no speaker than the wrong one.
  auto v = extract_text("A spokesman for the Norway Rowing Council said the pipes had burst.");
  REQUIRE(v.claims.size() == 1);
  CHECK(v.claims[0].speaker.empty());
  auto w = extract_text("A spokeswoman for Norway's largest rowing club said the pipes had burst.");
  REQUIRE(w.claims.size() == 1);
  CHECK(w.claims[0].speaker.empty());
  // The name must follow "for" ("for the"): the embassy in Oslo is not Oslo.
  auto u = extract_text("A spokesman for the Chilean embassy in Oslo said the pipes had burst.");
  REQUIRE(u.claims.size() == 1);
  CHECK(u.claims[0].speaker.empty());
}

TEST_CASE("according to, denials and expectations") {
  auto x = extract_text("Whitfield spoke with Alvarez on Tuesday, according to his office.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].cue == "according to");
  auto d = extract_text("Brasilia denied that Brazil restricted exports.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].speaker == "Brazil");
  CHECK(d.claims[0].modality == "denied");
  const ExtractedRelation* r = relation(d, "restrict");
  REQUIRE(r);
  CHECK(r->modality == "denied");
  auto e = extract_text("Okafor expected Brazil to suspend the controls.");
  REQUIRE(e.claims.size() == 1);
  const ExtractedRelation* s = relation(e, "suspend");
  REQUIRE(s);
  CHECK(s->subject == "Brazil");
  CHECK(s->modality == "expected");
}

TEST_CASE("cue-after-phrases: the day, place and channel between a cue and its content") {
  auto x = extract_text("The harbour master told reporters in Valletta on Monday that the quay would reopen.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].rule == "cue-after-phrases");
  CHECK(x.claims[0].speaker_text == "The harbour master");
  CHECK(x.claims[0].content == "the quay would reopen");
  auto y = extract_text("The brewer said in a statement issued on Sunday that two plants would close.");
  REQUIRE(y.claims.size() == 1);
  CHECK(y.claims[0].speaker_text == "The brewer");
  CHECK(y.claims[0].content == "two plants would close");
  auto q = extract_text("Chairwoman Ilse Moreau said Tuesday \"the merger is off.\"");
  REQUIRE(q.claims.size() == 1);
  CHECK(q.claims[0].content.find("Tuesday") == std::string::npos);
  CHECK(q.claims[0].content.find("the merger is off") == 0);
  // A phrase followed by an object, not by "that" or a quotation: no claim.
  CHECK(extract_text("The harbour master told reporters in Valletta on Monday about the quay.").claims.empty());
}

TEST_CASE("statement-vehicle: who issues a statement speaks it, not the statement or the day") {
  auto x = extract_text("The ferry company issued a statement on Friday saying all crossings were cancelled.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].rule == "statement-vehicle");
  CHECK(x.claims[0].speaker_text == "The ferry company");
  CHECK(x.claims[0].content == "all crossings were cancelled");
  auto y = extract_text("The orchestra released a short statement: \"Our tour is postponed.\"");
  REQUIRE(y.claims.size() == 1);
  CHECK(y.claims[0].rule == "statement-vehicle");
  CHECK(y.claims[0].speaker_text == "The orchestra");
  CHECK(y.claims[0].cue == "state");
  auto z = extract_text("The regulator issued a notice that the licence had lapsed.");
  REQUIRE(z.claims.size() == 1);
  CHECK(z.claims[0].speaker_text == "The regulator");
  // Who cites a report does not speak it; a statement with no content after it says nothing.
  auto c = extract_text("The ferry company cited a report saying all crossings were cancelled.");
  for (const ExtractedClaim& cl : c.claims) CHECK(cl.speaker_text != "The ferry company");
  CHECK(extract_text("The ferry company issued a statement on Friday.").claims.empty());
}

TEST_CASE("labels as claims: a qualified object, a quotation after 'a'") {
  auto x = extract_text("The mayor characterized the dispute with the drivers as a misunderstanding.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].rule == "label-object-qualified");
  CHECK(x.claims[0].speaker_text == "The mayor");
  auto y = extract_text("The senator called the governor's budget a \"fiscal fantasy\".");
  REQUIRE(y.claims.size() == 1);
  CHECK(y.claims[0].rule == "call-object-complement");
  // A bare "a" noun group stays the plain clause (name-calling codes the insult).
  CHECK(extract_text("The research group Westbrook Forum called the merger a gamble.").claims.empty());
  CHECK(extract_text("The premier called the election a year early.").claims.empty());
}

TEST_CASE("maintain is a cue when a clause follows") {
  auto x = extract_text("The architect has long maintained that the tower was safe.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].cue == "maintain");
  CHECK(extract_text("The champion maintained her lead in the final round.").claims.empty());
}

TEST_CASE("according-to-long-name: an organisation's name goes on across 'for', 'of', 'on'") {
  auto x = extract_text("According to the Institute for Coastal Studies, the dune lost two metres.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker_text == "the Institute for Coastal Studies");
  CHECK(x.claims[0].content == "the dune lost two metres");
  CHECK(x.claims[0].rule == "according-to-long-name");
  // The author of a document, with "and" inside the name's last part.
  auto d = extract_text("According to a report by the Center for Tidal Science and Engineering, the bay grew warmer.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].speaker_text == "the Center for Tidal Science and Engineering");
  CHECK(d.claims[0].rule == "according-to-document");
  // After a common noun "for" names whom the speaker speaks for: the name does not go on.
  auto s = extract_text("According to a spokesman for Halvorsen, the mill closed on Friday.");
  REQUIRE(s.claims.size() == 1);
  CHECK(s.claims[0].rule == "according-to");
  // The phrase after the speaker is no part of the content (according-to-qualified).
  CHECK(s.claims[0].content == "the mill closed on Friday");
}

TEST_CASE("group-speaker-continuity: 'They said' goes on with the group that spoke before") {
  auto x = extract_text("Grain traders in Rouen said the harvest was late. They said prices would rise in May.");
  REQUIRE(x.claims.size() == 2);
  CHECK(x.claims[1].speaker_text == "Grain traders in Rouen");
  CHECK(x.claims[1].rule == "group-speaker-continuity");
  // No group spoke before (a person did, or nobody): "They" stays.
  auto y = extract_text("Halvorsen said the harvest was late. They said prices would rise in May.");
  REQUIRE(y.claims.size() == 2);
  CHECK(y.claims[1].speaker_text == "They");
  auto z = extract_text("The harvest was late. Three weeks later they said prices would rise.");
  for (const ExtractedClaim& c : z.claims) CHECK(c.rule != "group-speaker-continuity");
}

TEST_CASE("cue-after-phrases, comma: a comma may close the phrases before the content") {
  auto x = extract_text("The coast guard said on Sunday, the crew had left the tanker.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker_text == "The coast guard");
  CHECK(x.claims[0].content == "the crew had left the tanker");
  CHECK(x.claims[0].rule == "cue-after-phrases");
  // A noun group after the comma with no verb of its own is an appositive to the time, no content.
  auto y = extract_text("The coast guard said on Sunday, the day after the storm, that the crew had left.");
  for (const ExtractedClaim& c : y.claims) CHECK(c.content.rfind("the day", 0) != 0);
}

TEST_CASE("according to a body's schedule: the body speaks") {
  auto x = extract_text("The final will be played in June, according to the federation's timetable.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].rule == "according-to-document");
  CHECK(x.claims[0].speaker_text == "the federation");
}

TEST_CASE("name-in-appositive after a title with its complement: the name speaks, not the complement") {
  auto x = extract_text("The Chilean ambassador to the WTO, Ana Pardo, said the talks had stalled.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker_text == "Ana Pardo");
}

TEST_CASE("cue-after-phrases: a that-clause after a rumour or a remark is theirs, not the speaker's") {
  for (const ExtractedClaim& cl :
       extract_text("The minister was responding to rumours in the capital that the mint would close.").claims)
    CHECK(cl.speaker_text != "The minister");
  auto x = extract_text("A bank official said in reply to a question that the branch would stay open.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker_text == "A bank official");
}

TEST_CASE("a statement that was not made is no claim") {
  auto x = extract_text("Ottawa did not say whether it would retaliate.");
  CHECK(x.claims.empty());
  const ExtractedRelation* r = relation(x, "say");
  REQUIRE(r);
  CHECK(r->polarity == "negative");
  CHECK(r->subject == "Canada");
}

TEST_CASE("coordinated subjects of a symmetric event pair up; coordinated verbs share the subject") {
  auto x = extract_text("Okafor and Ferreira signed the agreement in Ottawa.");
  const ExtractedRelation* r = relation(x, "sign");
  REQUIRE(r);
  CHECK(r->subject == "Okafor");
  CHECK(r->object == "Ferreira");
  auto y = extract_text("Brazil delayed the controls and revived purchases.");
  const ExtractedRelation* a = relation(y, "delay");
  const ExtractedRelation* b = relation(y, "revive");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(b->subject == "Brazil");
}

TEST_CASE("possible, planned and conditional modality") {
  CHECK(relation(extract_text("Alvarez may meet Whitfield."), "meet")->modality == "possible");
  CHECK(relation(extract_text("Alvarez plans to visit Ottawa."), "visit")->modality == "planned");
  auto x = extract_text("Brazil will suspend the controls if Canada lifts its tariffs.");
  const ExtractedRelation* r = relation(x, "lift");
  REQUIRE(r);
  CHECK(r->modality == "hypothetical");
}

TEST_CASE("hypothetical: a lead of conditional_leads.txt before the subject (\"even if\" by \"if\") holds the clause in a condition") {
  auto z = extract_text("Even if the tribunal rejects the appeal, the miners will keep digging.");
  const ExtractedRelation* j = relation(z, "reject");
  REQUIRE(j);
  CHECK(j->modality == "hypothetical");
  // "the case the court heard": "case" alone is no lead.
  auto w = extract_text("The company lost the case the regulator brought last year.");
  const ExtractedRelation* b = relation(w, "bring");
  if (b) CHECK(b->modality != "hypothetical");
}

TEST_CASE("negative-subject: none/no/neither/nobody leading the subject negates the clause") {
  const char* negated[] = {"None of the creditors has accepted the offer.", "No airline has cancelled its flights to Quito.",
                           "Neither candidate attacked the governor.", "Nobody signed the petition."};
  const char* lemmas[] = {"accept", "cancel", "attack", "sign"};
  for (size_t i = 0; i < 4; ++i) {
    auto x = extract_text(negated[i]);
    const ExtractedRelation* r = relation(x, lemmas[i]);
    REQUIRE(r);
    CHECK(r->polarity == "negative");
    CHECK(r->rule == "negative-subject");
  }
  // Look-alikes: a negative word inside an inner phrase, "no" before a number, a plain subject.
  auto a = extract_text("A farm with no tractors sold its wheat to Lima.");
  REQUIRE(relation(a, "sell"));
  CHECK(relation(a, "sell")->polarity == "positive");
  auto b = extract_text("The No 3 carmaker bought the plant.");
  REQUIRE(relation(b, "buy"));
  CHECK(relation(b, "buy")->polarity == "positive");
  auto c = extract_text("Every creditor accepted the offer.");
  REQUIRE(relation(c, "accept"));
  CHECK(relation(c, "accept")->polarity == "positive");
}

TEST_CASE("hearsay-adverb: a reportedly or allegedly done act is passed on, not asserted") {
  CHECK(relation(extract_text("Ferreira reportedly met Okafor in Lagos."), "meet")->modality == "reported");
  CHECK(relation(extract_text("Three guards had reportedly also fled the prison."), "flee")->modality == "reported");
  CHECK(relation(extract_text("The storm hit the coast, leaving reportedly 900 people homeless."), "leave")->modality ==
        "reported");
  CHECK(relation(extract_text("The mayor allegedly took bribes from the builders."), "take")->modality == "alleged");
  // The clause's own modality stays: "would" is expected.
  CHECK(relation(extract_text("Ferreira would reportedly meet Okafor in Lagos."), "meet")->modality == "expected");
  // Look-alikes: the adverb of another clause, or none.
  auto x = extract_text("Ferreira met Okafor, who reportedly praised the plan.");
  REQUIRE(relation(x, "meet"));
  CHECK(relation(x, "meet")->modality == "asserted");
  CHECK(relation(extract_text("Ferreira repeatedly met Okafor in Lagos."), "meet")->modality == "asserted");
  CHECK(relation(extract_text("Police dispersed reportedly peaceful marchers."), "disperse")->modality == "asserted");
}

TEST_CASE("relative clauses take their antecedent as object") {
  auto x = extract_text("The purchase follows the agreement that Brazil and Canada signed this month.", "2025-11-19");
  const ExtractedRelation* r = relation(x, "sign");
  REQUIRE(r);
  CHECK(r->time.value == "2025-11");
}

TEST_CASE("a predicative complement after a passive is the second argument") {
  auto x = extract_text("In 1879 he was re-elected senator by a wide margin.");
  bool found = false;
  for (const ExtractedRelation& r : x.relations)
    if (r.text.rfind("was re-elected", 0) == 0 && r.arg2 == "senator") found = true;
  CHECK(found);
  auto y = extract_text("Paulo Ferreira was named trade minister in March.", "2025-10-02");
  CHECK(has_reading(y, "was named", "trade minister"));
}

TEST_CASE("copula complements keep their adverbs; an adjective's preposition joins the relation") {
  auto x = extract_text("The village is very small. The numbers on the right are equal to the numbers on the left.");
  CHECK(has_reading(x, "is", "very small"));
  bool equal = false;
  for (const ExtractedRelation& r : x.relations)
    equal = equal || (r.text == "are equal to" && r.arg2.rfind("the numbers", 0) == 0);
  CHECK(equal);
}

TEST_CASE("catenative verbs join their infinitive; linking verbs take adjective complements") {
  auto x = extract_text("The Tsar chose to accept the draft. The water became icy cold.");
  CHECK(has_reading(x, "chose to accept", "the draft"));
  CHECK(has_reading(x, "became", "icy cold"));
}

TEST_CASE("a participial clause before the main clause shares its subject") {
  auto x = extract_text("Having returned to the Second Division, they gained promotion in 1974.");
  bool found = false;
  for (const ExtractedRelation& r : x.relations)
    found = found || (r.text == "returned to" && r.arg1 == "they" && r.arg2 == "the Second Division");
  CHECK(found);
}

TEST_CASE("a rate after an amount stays in the argument; a noun after a date does not") {
  auto x = extract_text("The company will spend $30 million a year on its campaign.");
  const ExtractedRelation* r = relation(x, "spend");
  REQUIRE(r);
  CHECK(r->arg2 == "$30 million a year");
  auto y = extract_text("Unemployment neared 11 per cent last month.", "1987-02-26");
  const ExtractedRelation* n = relation(y, "near");
  REQUIRE(n);
  CHECK(n->arg2 == "11 per cent");
  auto z = extract_text("The board will propose at the meeting April 23 an increase in capital.", "1987-02-26");
  const ExtractedRelation* p = relation(z, "propose");
  REQUIRE(p);
  CHECK(p->location.find("increase") == std::string::npos);
}

TEST_CASE("a that-complement of any verb is the second argument, kept out of the graph") {
  auto x = extract_text("The audit showed that state banks had hidden losses.");
  CHECK(has_reading(x, "showed that", "state banks had hidden losses"));
  // "that" as a determiner stays a noun group's first word.
  auto y = extract_text("Officials rejected that proposal on Friday.");
  CHECK(has_reading(y, "rejected", "that proposal"));
}

TEST_CASE("coordinated verbs share the object that follows the second") {
  auto x = extract_text("Dealers buy and sell large amounts of grain.");
  CHECK(has_reading(x, "buy", "large amounts of grain"));
  CHECK(has_reading(x, "sell", "large amounts of grain"));
  // A second verb with its own object: the first keeps none of it.
  auto y = extract_text("The river enters Ontario and flows along the border.");
  CHECK(has_reading(y, "enters", "Ontario"));
  CHECK(has_reading(y, "flows along", "the border"));
}

TEST_CASE("a gerund clause after a preposition is one extra argument") {
  auto x = extract_text("The ministry reduced costs by closing three regional offices.");
  bool found = false;
  for (const ExtractedRelation& r : x.relations)
    for (const std::string& e : r.extra) found = found || (r.text == "reduced" && e == "by closing three regional offices");
  CHECK(found);
}

TEST_CASE("passive clauses: a preposition, an adjective or an infinitive after the participle") {
  auto x = extract_text("The refinery was sold to a Dutch group in March.", "2025-10-02");
  CHECK(has_reading(x, "was sold to", "a Dutch group"));
  auto y = extract_text("The plan was deemed too expensive.");
  CHECK(has_reading(y, "was deemed", "too expensive"));
  auto z = extract_text("The tariffs were designed to protect local steel mills.");
  CHECK(has_reading(z, "were designed to protect", "local steel mills"));
}

TEST_CASE("adverbs after an auxiliary stay inside the verb group") {
  auto x = extract_text("The shares have subsequently been listed on the Lisbon exchange.");
  bool found = false;
  for (const ExtractedRelation& r : x.relations) found = found || r.text.rfind("have subsequently been listed", 0) == 0;
  CHECK(found);
}

TEST_CASE("a linking verb after a catenative keeps its adjective complement; quotes stay with the object") {
  auto x = extract_text("The central bank continues to be cautious.");
  CHECK(has_reading(x, "continues to be", "cautious"));
  auto y = extract_text("Protesters demanded \"fair prices\" for their milk.");
  CHECK(has_reading(y, "demanded", "\"fair prices\""));
}

TEST_CASE("readings inside noun groups: a description before a name, possession, location") {
  auto x = extract_text("The veteran economist Maria Duarte met the board of Petrobras in Rio de Janeiro.");
  CHECK(has_reading(x, "is", "The veteran economist"));
  auto y = extract_text("Her partner, Stanley Canter, would retire. The company's chairman resigned.");
  bool partner = false, has = false;
  for (const ExtractedRelation& r : y.relations) {
    partner = partner || (r.arg1 == "Stanley Canter" && r.text == "is" && r.arg2 == "Her partner");
    has = has || (r.arg1 == "The company" && r.text == "has" && r.arg2 == "chairman");
  }
  CHECK(partner);
  CHECK(has);
  auto z = extract_text("Talks were held at Henry Wood Hall in Glasgow.");
  CHECK(has_reading(z, "is in", "Glasgow"));
  // None of them is a graph fact.
  for (const ExtractedRelation& r : y.relations)
    if (r.text == "has") CHECK(r.surface_only);
}

TEST_CASE("a participle after 'and' shares the passive auxiliary; a participle's subject is the nearest noun group") {
  auto x = extract_text("The refinery was sold to a Dutch group and renamed Atlantic Energy.");
  bool renamed = false;
  for (const ExtractedRelation& r : x.relations)
    renamed = renamed || (r.text == "was renamed" && r.arg1 == "The refinery" && r.arg2 == "Atlantic Energy");
  CHECK(renamed);
  auto y = extract_text("The banks opposed the takeover bid launched last week by Cie.");
  bool launched = false;
  for (const ExtractedRelation& r : y.relations)
    launched = launched || (r.text == "launched by" && r.arg1 == "the takeover bid" && r.arg2 == "Cie");
  CHECK(launched);
}

TEST_CASE("a quotation after a cue is the claim's content, up to the closing quote") {
  auto x = extract_text("Ferreira said, \"We will not accept these tariffs,\" and left the room.");
  bool found = false;
  for (const ExtractedRelation& r : x.relations)
    found = found || (r.attribution && r.arg1 == "Ferreira" && r.arg2.rfind("We will not accept these tariffs", 0) == 0 &&
                      r.arg2.find("left") == std::string::npos);
  CHECK(found);
  // An infinitive inside the content's subject does not hide the clause.
  auto y = extract_text("Critics say the company's decision to buy the bank reflects its weakness.");
  CHECK(!y.claims.empty());
}

TEST_CASE("appositives: a description with a possessive or a relative clause; a description before a name") {
  auto x = extract_text("The prize went to Ruby Hunter, Archie Roach's partner, last year.");
  bool partner = false;
  for (const ExtractedRelation& r : x.relations) partner = partner || (r.arg1 == "Ruby Hunter" && r.text == "is" && r.arg2 == "Archie Roach's partner");
  CHECK(partner);
  auto y = extract_text("The largest lender in Brazil, Banco Central, cut rates.");
  bool lender = false;
  for (const ExtractedRelation& r : y.relations) lender = lender || (r.arg1 == "Banco Central" && r.text == "is" && r.arg2 == "The largest lender in Brazil");
  CHECK(lender);
}

TEST_CASE("objects: wh-clauses, standalone demonstratives, adverbs inside noun groups; 'have to' and 'propose to' chain") {
  auto x = extract_text("The study showed how the losses were hidden.");
  CHECK(has_reading(x, "showed", "how the losses were hidden"));
  auto y = extract_text("Regulators would regard these as unusual activities.");
  CHECK(has_reading(y, "would regard", "these"));
  auto z = extract_text("Brazil exports a very large harvest.");
  CHECK(has_reading(z, "exports", "a very large harvest"));
  auto w = extract_text("Canada has to pay the fine. The ministry proposes to cut the tariff.");
  const ExtractedRelation* pay = relation(w, "pay");
  REQUIRE(pay);
  CHECK(pay->text == "has to pay");
  CHECK(pay->modality == "expected");
  CHECK(has_reading(w, "proposes to cut", "the tariff"));
}

TEST_CASE("lists closed by 'and' are one argument, and each member takes part in the graph fact") {
  // Co-subjects of a joint event are linked to each other (see the pipeline's co-agent rule).
  auto x = extract_text("Brazil, Argentina, and Chile signed the accord in Lima on Monday.", "2025-10-02");
  std::set<std::string> signers;
  for (const ExtractedRelation& r : x.relations)
    if (r.predicate == "sign") signers.insert({r.subject, r.object});
  CHECK(signers == std::set<std::string>{"Argentina", "Brazil", "Chile"});
  auto y = extract_text("She studied economics, law and history at Coimbra.");
  CHECK(has_reading(y, "studied", "economics, law and history"));
  // Without a closing "and" the commas set off an appositive, not a list.
  auto z = extract_text("Ferreira met Okafor, the trade minister, in Geneva.");
  CHECK(has_reading(z, "met", "Okafor"));
}

TEST_CASE("clause coordination is not subject coordination; a parenthetical adverb before the verb") {
  auto x = extract_text("Okafor was reunited with his family in Lagos and his father was able to open a shop.");
  CHECK(has_subject_reading(x, "his father", "was able to open"));
  auto y = extract_text("The ministry, however, refused to publish the report.");
  CHECK(has_reading(y, "refused to publish", "the report"));
}

TEST_CASE("trailing participial clauses and infinitives of purpose share the main clause's subject") {
  auto x = extract_text("The band toured Europe, retaining a loyal following.");
  bool retaining = false;
  for (const ExtractedRelation& r : x.relations) retaining = retaining || (r.text == "retaining" && r.arg1 == "The band" && r.arg2 == "a loyal following");
  CHECK(retaining);
  auto y = extract_text("Brazil raised tariffs to protect its steel mills.");
  const ExtractedRelation* protect = relation(y, "protect");
  REQUIRE(protect);
  CHECK(protect->arg1 == "Brazil");
  CHECK(protect->text == "to protect");
  CHECK(protect->modality == "planned");
}

TEST_CASE("a linking verb with a prepositional complement joins the preposition") {
  auto x = extract_text("The characters appeared in several video games.");
  CHECK(has_reading(x, "appeared in", "several video games"));
  auto y = extract_text("The headquarters is in Glasgow.");
  bool found = false;
  for (const ExtractedRelation& r : y.relations) found = found || (r.text == "is in" && r.arg2 == "Glasgow" && r.location == "Glasgow");
  CHECK(found);
}

TEST_CASE("an appositive with a coordination inside; quantifiers before 'of'; linking 'look'; adverbs before a past tense") {
  auto x = extract_text("Arminius, leader of the Cherusci and allies, now had a free hand.");
  CHECK(has_reading(x, "had", "a free hand"));
  CHECK(has_subject_reading(x, "Arminius", "had"));
  auto y = extract_text("The plant releases some of the water into the river.");
  CHECK(has_reading(y, "releases", "some of the water"));
  auto z = extract_text("The minister looked different.");
  CHECK(has_reading(z, "looked", "different"));
  auto w = extract_text("He further stated that the deal was dead.");
  CHECK(has_reading(w, "stated that", "the deal was dead"));
}

TEST_CASE("a quoted name is a subject; a quotation before the verb is not") {
  auto x = extract_text("This \"1-in-200 year event\" flooded major intersections.");
  CHECK(has_subject_reading(x, "This \"1-in-200 year event\"", "flooded"));
  auto y = extract_text("\"We will not pay,\" said Ferreira.");
  bool claim = false;
  for (const ExtractedRelation& r : y.relations) claim = claim || (r.attribution && r.arg1 == "Ferreira");
  CHECK(claim);
}

TEST_CASE("a time phrase before the verb is not its subject; approximate amounts and spaced-hyphen compounds stay whole") {
  auto x = extract_text("Spielberger was chairman of the department and in 2012 joined a think tank.");
  CHECK(has_subject_reading(x, "Spielberger", "joined"));
  auto y = extract_text("The spacecraft has a mass of about 1,765 kg.");
  CHECK(has_reading(y, "has", "a mass of about 1,765 kg"));
  auto z = extract_text("Exports failed to reach the year - earlier level .");
  CHECK(has_reading(z, "failed to reach", "the year - earlier level"));
}

TEST_CASE("a quantifier alone is a subject; a colon may introduce the object") {
  auto x = extract_text("Some have left the party.");
  CHECK(has_subject_reading(x, "Some", "have left"));
  auto y = extract_text("The measures include: higher tariffs on steel.");
  CHECK(has_reading(y, "include", "higher tariffs"));
}

TEST_CASE("coordinated verb phrases: a base form after 'and' is finite, an irregular past does not share a passive") {
  auto x = extract_text("The two men were released in 1993 and continue to live in Caracas.");
  CHECK(has_subject_reading(x, "The two men", "continue to live"));
  auto y = extract_text("The subway was opened and became a symbol of progress.");
  CHECK(has_reading(y, "became", "a symbol of progress"));
  // A phrase between the cue and "that".
  auto z = extract_text("Ferreira said after the meeting that the talks had failed.");
  CHECK(has_reading(z, "said that", "the talks had failed"));
}

TEST_CASE("whether-clauses and that-clauses after a copula; 'at least' bounds an amount") {
  auto x = extract_text("He could not say whether the talks would resume.");
  CHECK(has_reading(x, "could not say", "whether the talks would resume"));
  auto y = extract_text("The risk is that prices will fall.");
  CHECK(has_reading(y, "is that", "prices will fall"));
  auto z = extract_text("Rebels killed at least eight people.");
  CHECK(has_reading(z, "killed", "at least eight people"));
}

TEST_CASE("a relative clause between subject and verb: the antecedent is the subject") {
  auto x = extract_text("The young members who remained faithful to the party are now parents.");
  CHECK(has_subject_reading(x, "The young members", "are"));
  auto y = extract_text("The ministers, who met in Lisbon, signed the accord.");
  CHECK(has_subject_reading(y, "The ministers", "signed"));
}

TEST_CASE("a place after an intransitive verb stays the location, out of the relation text") {
  auto x = extract_text("Alvarez and Whitfield will meet in Lisbon next week.", "2025-10-16");
  const ExtractedRelation* r = relation(x, "meet");
  REQUIRE(r);
  CHECK(r->text == "will meet");
  CHECK(r->location == "Lisbon");
}

TEST_CASE("an object-control verb gives its infinitive a subject; a cue's own clause is not repeated") {
  auto x = extract_text("The WTO urged both countries to settle the dispute.");
  const ExtractedRelation* settle = relation(x, "settle");
  REQUIRE(settle);
  CHECK(settle->arg1 == "both countries");
  CHECK(settle->modality == "expected");
  auto y = extract_text("Canada expected Brazil to suspend the controls.");
  int suspend = 0;
  for (const ExtractedRelation& r : y.relations)
    if (r.predicate == "suspend") {
      ++suspend;
      CHECK(r.arg1 == "Brazil");
    }
  CHECK(suspend == 1);
}

TEST_CASE("parallel-of-conjuncts: each conjunct with its own 'of' phrase acts; 'the leaders of A and B' is one") {
  std::set<std::string> subjects;
  for (const ExtractedRelation& r : extract_text("Presidents Ana Ruiz of Chile and Paul Berg of Peru opposed the plan.").relations)
    if (!r.attribution && r.predicate == "oppose") subjects.insert(r.subject);
  CHECK(subjects == std::set<std::string>{"Ana Ruiz", "Paul Berg"});
  for (const ExtractedRelation& r : extract_text("The leaders of Chile and Peru opposed the plan.").relations) {
    CHECK(r.subject != "Peru");
    CHECK(r.subject != "Chile");
  }
}

// Issue #16, classes 3, 10 and 12: predicates and objects a reader can trust.
TEST_CASE("phrasal-particle: a listed phrasal verb keeps its particle in the predicate") {
  auto x = extract_text("The harbour master stepped down on Friday.");
  REQUIRE(relation(x, "step down"));
  CHECK(relation(x, "step") == nullptr);
  auto y = extract_text("Volunteers put the flames out before dawn.");
  const ExtractedRelation* r = relation(y, "put out");
  REQUIRE(r);
  CHECK(r->arg2 == "the flames");
  // Not a listed pair: the particle stays out of the predicate.
  auto z = extract_text("The harbour master stepped onto the pier.");
  CHECK(relation(z, "step") != nullptr);
}

TEST_CASE("copula-description: a copula is kept out of the graph, an event is not") {
  auto x = extract_text("The harbour master was 61.");
  const ExtractedRelation* r = relation(x, "be");
  REQUIRE(r);
  CHECK(r->fragment);
  auto y = extract_text("The harbour master was arrested on Friday.");
  const ExtractedRelation* a = relation(y, "arrest");
  REQUIRE(a);
  CHECK(!a->fragment);
}

TEST_CASE("generic-present: a simple present about a kind of thing is kept out of the graph") {
  auto x = extract_text("The ministry fined a bank that lends to farmers.");
  const ExtractedRelation* r = relation(x, "lend");
  REQUIRE(r);
  CHECK(r->fragment);
  REQUIRE(relation(x, "fine"));
  CHECK(!relation(x, "fine")->fragment);
  // Passive: the patient is the participant ("licences are revoked").
  auto p = extract_text("Under the statute, licences are revoked after a second offence.");
  REQUIRE(relation(p, "revoke"));
  CHECK(relation(p, "revoke")->fragment);
  // One thing, or a past event, or the progressive: events.
  auto y = extract_text("The ministry fined the bank that lends to farmers.");
  REQUIRE(relation(y, "lend"));
  CHECK(!relation(y, "lend")->fragment);
  // A non-restrictive clause adds to things already named; a claim's content is the speaker's.
  auto v = extract_text("The two mills signed supply contracts, which give them access to the port.");
  REQUIRE(relation(v, "give"));
  CHECK(!relation(v, "give")->fragment);
  auto o = extract_text("Halvorsen, whose mills supply the region, raised prices.");
  REQUIRE(relation(o, "supply"));
  CHECK(!relation(o, "supply")->fragment);
  auto u = extract_text("The union said safety rules are ignored at the mine.");
  REQUIRE(relation(u, "ignore"));
  CHECK(!relation(u, "ignore")->fragment);
  auto z = extract_text("Firms exported timber to Norway last year.");
  REQUIRE(relation(z, "export"));
  CHECK(!relation(z, "export")->fragment);
  auto w = extract_text("Farmers are blocking the highway near Lyon.");
  REQUIRE(relation(w, "block"));
  CHECK(!relation(w, "block")->fragment);
}

// Session 19 (issue #16 classes 10 and 12): clauses that describe, not happen.
TEST_CASE("word-never-a-verb: a lone modal or an earnings table's 'vs' is no clause; a modal with its verb is") {
  auto x = extract_text("The crew pumped water out of the hold as fast as they could.");
  const ExtractedRelation* r = relation(x, "could");
  if (r) CHECK(r->fragment);
  REQUIRE(relation(x, "pump"));
  CHECK(!relation(x, "pump")->fragment);
  auto y = extract_text("Net profit 4.2 mln dlrs vs 3.9 mln dlrs.");
  for (const ExtractedRelation& v : y.relations)
    if (v.predicate == "vs") CHECK(v.fragment);
  auto z = extract_text("The crew could pump the water out of the hold.");
  REQUIRE(relation(z, "pump"));
  CHECK(!relation(z, "pump")->fragment);
}

TEST_CASE("adjective-predicate: a WordNet adjective read as the verb describes; a passive verb does not") {
  auto x = extract_text("After the draw the goalkeeper was unimpressed.");
  const ExtractedRelation* r = relation(x, "unimpressed");
  REQUIRE(r);
  CHECK(r->fragment);
  auto y = extract_text("After the draw the goalkeeper was replaced.");
  REQUIRE(relation(y, "replace"));
  CHECK(!relation(y, "replace")->fragment);
}

TEST_CASE("linking-verb-state: a linking verb before an adjective describes; before a noun it is not read") {
  auto x = extract_text("The harbour master seemed keen after the vote on Tuesday.");
  const ExtractedRelation* r = relation(x, "seem");
  if (r) CHECK(r->fragment);
  auto y = extract_text("Copper prices remained very weak in Lusaka.");
  const ExtractedRelation* p = relation(y, "remain");
  REQUIRE(p);
  CHECK(p->fragment);
  auto z = extract_text("Tomas Berg became chairman of the port authority in May.");
  REQUIRE(relation(z, "become"));
  CHECK(!relation(z, "become")->fragment);
}

TEST_CASE("have-abstract-noun: 'have' with a noun of ability or mind is no event; 'have' of things is") {
  auto x = extract_text("Ilse Varga had the foresight to copy the ledgers.");
  const ExtractedRelation* r = relation(x, "have");
  REQUIRE(r);
  CHECK(r->fragment);
  REQUIRE(relation(x, "copy"));
  CHECK(!relation(x, "copy")->fragment);
  auto y = extract_text("The ferry operator has no idea when the route will reopen.");
  REQUIRE(relation(y, "have"));
  CHECK(relation(y, "have")->fragment);
  auto z = extract_text("Ilse Varga has two daughters.");
  REQUIRE(relation(z, "have"));
  CHECK(!relation(z, "have")->fragment);
  auto w = extract_text("The two ministers had talks in Vienna.");
  REQUIRE(relation(w, "have"));
  CHECK(!relation(w, "have")->fragment);
}

TEST_CASE("time-as-subject: a date taken for the subject is kept out; a named subject is not") {
  auto x = extract_text("Last week declared a curfew in the northern district.");
  const ExtractedRelation* r = relation(x, "declare");
  REQUIRE(r);
  CHECK(r->fragment);
  auto y = extract_text("Last week the governor declared a curfew in the northern district.");
  REQUIRE(relation(y, "declare"));
  CHECK(!relation(y, "declare")->fragment);
}

TEST_CASE("subject-before-time: a bare date between subject and verb is no subject") {
  auto x = extract_text("Angry farmers this week blocked the highway near Lyon.");
  const ExtractedRelation* r = relation(x, "block");
  REQUIRE(r);
  CHECK(r->arg1 == "Angry farmers");
  CHECK(!r->fragment);
}

TEST_CASE("generic-rule: a modal of rule with a generic participant is kept out; 'will' is not") {
  auto x = extract_text("Under the new code, a licensed pilot must carry a logbook.");
  REQUIRE(relation(x, "carry"));
  CHECK(relation(x, "carry")->fragment);
  auto p = extract_text("A county sheriff can be removed by the state assembly.");
  REQUIRE(relation(p, "remove"));
  CHECK(relation(p, "remove")->fragment);
  auto y = extract_text("Farmers will receive the payments in March.");
  REQUIRE(relation(y, "receive"));
  CHECK(!relation(y, "receive")->fragment);
  auto z = extract_text("The pilot must carry a logbook, the airline said.");
  REQUIRE(relation(z, "carry"));
  CHECK(!relation(z, "carry")->fragment);
}

TEST_CASE("question-sentence: a question states no fact; a quoted question and a statement do") {
  // An interviewer's question, a writer's rhetorical question: kept out of the graph.
  auto x = extract_text("How has the drought changed the harvest in Tulare?");
  REQUIRE(relation(x, "change"));
  CHECK(relation(x, "change")->fragment);
  auto q = extract_text("Will the council raise the water levy next year?");
  REQUIRE(relation(q, "raise"));
  CHECK(relation(q, "raise")->fragment);
  // The same clause said, not asked, is a fact.
  auto y = extract_text("The drought changed the harvest in Tulare.");
  REQUIRE(relation(y, "change"));
  CHECK(!relation(y, "change")->fragment);
  // A quoted question ends in its quotation mark: the asking happened.
  auto z = extract_text("\"Who will pay for the dam?\" the mayor asked.");
  for (const ExtractedRelation& r : z.relations) CHECK(!r.fragment);
}

TEST_CASE("verb-inside-name: a capitalized verb between capitalized words is a word of a name") {
  auto x = extract_text("The Kids Count Alliance opened an office in Tulsa.");
  REQUIRE(relation(x, "count"));
  CHECK(relation(x, "count")->fragment);
  REQUIRE(relation(x, "open"));
  CHECK(!relation(x, "open")->fragment);
  // A name before an ordinary verb is a subject.
  auto y = extract_text("Ana Ruiz opened an office in Tulsa.");
  for (const ExtractedRelation& r : y.relations) CHECK(!r.fragment);
}

TEST_CASE("no-comment: declined to comment is a comment that did not happen") {
  auto x = extract_text("The shipping company declined to comment.");
  const ExtractedRelation* act = relation(x, "comment");
  REQUIRE(act);
  CHECK(act->polarity == "negative");
  CHECK(!act->fragment);
  const ExtractedRelation* refusal = relation(x, "decline");
  REQUIRE(refusal);
  CHECK(refusal->fragment);
  auto y = extract_text("The shipping company declined to pay the fine.");
  const ExtractedRelation* s = relation(y, "decline");
  REQUIRE(s);
  CHECK(!s->fragment);
}

TEST_CASE("plan-infinitive-object: plans to X keep X in the object") {
  auto x = extract_text("The airline announced plans to sell its cargo unit.");
  const ExtractedRelation* r = relation(x, "announce");
  REQUIRE(r);
  CHECK(r->object_text == "plans to sell its cargo unit");
  auto y = extract_text("The airline announced plans for a new terminal.");
  const ExtractedRelation* p = relation(y, "announce");
  REQUIRE(p);
  CHECK(p->object_text.find("to") == std::string::npos);
}

TEST_CASE("set to be replaced by: the agent replaces, planned") {
  auto x = extract_text("The chairman is set to be replaced by his deputy.");
  const ExtractedRelation* r = relation(x, "replace");
  REQUIRE(r);
  CHECK(r->modality == "planned");
  CHECK(r->arg1 == "The chairman");
}

TEST_CASE("prepositional-participle: a fronted 'Following X' heads no clause") {
  auto x = extract_text("Following the vote, the council appointed a new treasurer.");
  CHECK(relation(x, "follow") == nullptr);
  REQUIRE(relation(x, "appoint"));
  auto y = extract_text("The council was following the vote closely.");
  CHECK(relation(y, "follow") != nullptr);
}

TEST_CASE("phrasal-cue: a reporting verb with its particle opens a claim") {
  auto x = extract_text("Okafor pointed out the levy would cost farmers more than it raised.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker == "Okafor");
  CHECK(x.claims[0].cue == "point out");
  // The verb alone is no cue.
  auto y = extract_text("Okafor pointed to the levy as a cause of the losses.");
  CHECK(y.claims.empty());
}

TEST_CASE("an editor's bracket inside a quoted complement clause keeps the claim") {
  auto x = extract_text("Okafor said his ministry \"[is] ready to talk to the unions\" this week.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker == "Okafor");
}

TEST_CASE("reduced-relative-in-content: a participle after the content's subject, then its verb 'be'") {
  auto x = extract_text("Okafor told CNN the towns damaged were mostly in the north.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker == "Okafor");
  CHECK(x.claims[0].content == "the towns damaged were mostly in the north");
}

TEST_CASE("name-spans-conjunction: the \"and\" inside one name joins no conjuncts") {
  auto x = extract_text("The Harbour and Rail Authority (HRA) fined the shipper on Monday.");
  const ExtractedRelation* r = relation(x, "fine");
  REQUIRE(r);
  CHECK(r->subject == "Harbour and Rail Authority");
  // Look-alike: two names joined by "and" are two subjects.
  auto y = extract_text("Nordvik Energy AB and Halvorsen Shipping AB fined the shipper on Monday.");
  size_t fines = 0;
  for (const auto& rel : y.relations) fines += rel.predicate == "fine";
  CHECK(fines == 2);
}

// object-list-item (issue #16, class 6): the objects of a list, each a fact of its own.
namespace {
// The object texts of the graph relations (not attributions) with this predicate, in order.
std::vector<std::string> objects_of(const ArticleExtraction& x, const std::string& predicate) {
  std::vector<std::string> out;
  for (const ExtractedRelation& r : x.relations)
    if (!r.attribution && r.predicate == predicate) out.push_back(r.object_text);
  return out;
}
}  // namespace

TEST_CASE("object-list-item: one fact per item of a list object, items with 'of' and other phrases") {
  auto x = extract_text("The guild backs a pay floor, abolition of the quota, grants for young writers, and longer contracts.");
  CHECK(objects_of(x, "back") ==
        std::vector<std::string>{"a pay floor", "abolition of the quota", "grants for young writers", "longer contracts"});
  std::vector<std::string_view> rules;
  for (const ExtractedRelation& r : x.relations)
    if (r.predicate == "back") {
      rules.push_back(r.rule);
      // The surface reading (CaRB's) keeps the list as one argument.
      CHECK(r.arg2 == "a pay floor, abolition of the quota, grants for young writers, and longer contracts");
    }
  REQUIRE(rules.size() == 4);
  CHECK(rules[0] != "object-list-item");  // the clause's own rule for the first item
  CHECK(rules[3] == "object-list-item");
  // Two items with no comma; a gerund item; a name among common nouns is an entity object.
  CHECK(objects_of(extract_text("The festival closed theatres and open-air cinemas."), "close") ==
        std::vector<std::string>{"theatres", "open-air cinemas"});
  CHECK(objects_of(extract_text("The mayor wants cheaper fares, a wider ring road, and more parks."), "want") ==
        std::vector<std::string>{"cheaper fares", "a wider ring road", "more parks"});
  auto y = extract_text("The levy covers nine districts and Tasmania.");
  std::set<std::string> entities, texts;
  for (const ExtractedRelation& r : y.relations)
    if (r.predicate == "cover") (r.object.empty() ? texts : entities).insert(r.object.empty() ? r.object_text : r.object);
  CHECK(texts == std::set<std::string>{"nine districts"});
  CHECK(entities == std::set<std::string>{"Tasmania"});
}

TEST_CASE("object-list-item: an aside before the list and 'as well as' closing it") {
  CHECK(objects_of(extract_text("The bill would fund, among other things, rural clinics, school buses and flood barriers."), "fund") ==
        std::vector<std::string>{"rural clinics", "school buses", "flood barriers"});
  CHECK(objects_of(extract_text("The ferry serves six harbours, as well as the island of Sark."), "serve") ==
        std::vector<std::string>{"six harbours", "the island of Sark"});
}

TEST_CASE("object-list-item: modifiers, an 'of' phrase, an appositive and names alone are no list") {
  CHECK(objects_of(extract_text("The club thanked new and old members."), "thank") ==
        std::vector<std::string>{"new and old members"});
  CHECK(objects_of(extract_text("The council approved the sale of the depot and the yard."), "approve") ==
        std::vector<std::string>{"the sale of the depot and the yard"});
  for (const ExtractedRelation& r : extract_text("The panel questioned Ruiz, a lawyer from Lima, and Berg.").relations)
    CHECK(r.rule != "object-list-item");
  // A gerund after the comma opens a clause; a verb after the last noun makes it a subject; what
  // a cue verb takes is what was said; a city and its state are no two items.
  CHECK(objects_of(extract_text("The bank issued more bonds, suggesting firm demand and rising prices."), "issue") ==
        std::vector<std::string>{"more bonds"});
  for (const char* text : {"Inspectors checked forty jets and ten of those were grounded.",
                           "The minister said the March figures and a fall in prices pointed to a slowdown.",
                           "The miller will close its Fargo, North Dakota, and Topeka mills."})
    for (const ExtractedRelation& r : extract_text(text).relations) CHECK(r.rule != "object-list-item");
  // Names alone are split by the entities they link, each relation keeping the list's words.
  auto x = extract_text("The minister thanked Chile, Peru and Bolivia.");
  std::set<std::string> thanked;
  for (const ExtractedRelation& r : x.relations)
    if (r.predicate == "thank") {
      thanked.insert(r.object);
      CHECK(r.rule != "object-list-item");
    }
  CHECK(thanked == std::set<std::string>{"Chile", "Peru", "Bolivia"});
}

TEST_CASE("object-list-item: a fixed pair is one item; a gapped clause or a verb of intention ends the list") {
  // list_words.tsv's "pair" rows: the "and" of "law and order" closes no list.
  CHECK(objects_of(extract_text("The minister oversees law and order and the fire service."), "oversee") ==
        std::vector<std::string>{"law and order", "the fire service"});
  CHECK(objects_of(extract_text("The agency backs research and development."), "back") ==
        std::vector<std::string>{"research and development"});
  // Gapping: "and its founder the rest" is a clause without its verb, no item.
  for (const ExtractedRelation& r : extract_text("The company is selling 900,000 shares and its founder the rest.").relations)
    CHECK(r.rule != "object-list-item");
  // A relative clause after the second noun group is no gapping; a rate is one amount.
  CHECK(objects_of(extract_text("The council heard the complaints and the fears they raised."), "hear").size() == 2);
  CHECK(objects_of(extract_text("The fund sold bonds and 40 shares a day."), "sell").size() == 2);
  // A bare verb of intention before "to" + verb opens a second clause; another noun does not.
  for (const ExtractedRelation& r : extract_text("The brewer hired advisers and plans to sell the unit.").relations)
    CHECK(r.rule != "object-list-item");
  CHECK(objects_of(extract_text("The rules include speed limits and directives to keep left."), "include") ==
        std::vector<std::string>{"speed limits", "directives"});
}

// Session 19 (issue #16, class 6, coordination).
namespace {
// The subjects (entity, else words) of the graph relations with this predicate, in order, and the
// rule of each.
std::vector<std::string> subjects_of(const ArticleExtraction& x, const std::string& predicate,
                                     std::vector<std::string>* rules = nullptr) {
  std::vector<std::string> out;
  for (const ExtractedRelation& r : x.relations)
    if (!r.attribution && r.predicate == predicate) {
      out.push_back(r.subject.empty() ? r.subject_text : r.subject);
      if (rules) rules->emplace_back(r.rule);
    }
  return out;
}
}  // namespace

TEST_CASE("object-list-item: compound modifiers, the verb's own preposition and an approximator end no list") {
  // "and" between the modifiers of one compound: one object.
  CHECK(objects_of(extract_text("The chain sells garden and kitchen tools."), "sell") ==
        std::vector<std::string>{"garden and kitchen tools"});
  CHECK(objects_of(extract_text("The firm makes gearbox and brake parts."), "make") ==
        std::vector<std::string>{"gearbox and brake parts"});
  // An article, number or "other" before the second item makes it a thing of its own.
  CHECK(objects_of(extract_text("The crew repaired the pier and several fishing boats."), "repair") ==
        std::vector<std::string>{"the pier", "several fishing boats"});
  // "from X and 20 mln from Y": the verb's preposition again, a gapped clause.
  for (const ExtractedRelation& r :
       extract_text("The insurer said 60 mln dlrs came from fleet policies and 20 mln dlrs from home cover.").relations)
    CHECK(r.rule != "object-list-item");
  // "and B about 20 mln": an approximator before the gapped clause's amount.
  for (const ExtractedRelation& r :
       extract_text("Dairy farmers will get 90 mln dlrs and fruit growers about 20 mln dlrs.").relations)
    CHECK(r.rule != "object-list-item");
}

TEST_CASE("subject-list-item: one fact per item of a list subject with a common noun") {
  std::vector<std::string> rules;
  CHECK(subjects_of(extract_text("The mayor and several council members visited the flooded school."), "visit", &rules) ==
        std::vector<std::string>{"The mayor", "several council members"});
  REQUIRE(rules.size() == 2);
  CHECK(rules[0] != "subject-list-item");
  CHECK(rules[1] == "subject-list-item");
  // An actor's "of" phrase before the "and", then a bare plural of people.
  CHECK(subjects_of(extract_text("Workers of the mill and their families marched to the town hall."), "march") ==
        std::vector<std::string>{"Workers of the mill", "their families"});
  // A name with its "of" phrase and a common noun: the name links, the noun keeps its words.
  auto x = extract_text("Priya Raman of the Kestrel Institute and colleagues have mapped the reef.");
  std::set<std::string> mapped;
  for (const ExtractedRelation& r : x.relations)
    if (r.predicate == "map") mapped.insert(r.subject.empty() ? r.subject_text : r.subject);
  CHECK(mapped == std::set<std::string>{"Priya Raman", "colleagues"});
}

TEST_CASE("subject-list-item: modifiers, an 'of' phrase of a thing, a subject cut from a clause before, cues") {
  for (const char* text : {"Wheat and barley futures activity rose sharply.",
                           "The sale of the depot and the yard raised 4 mln dlrs.",
                           "Imports of timber and steel girders rose sharply.",
                           "Loans made by banks, brokers and other lenders fell to 2 billion dlrs.",
                           "Growers complained about falling grape prices and dairy farmers blocked roads.",
                           "The mayor and two aides said the bridge would reopen.",
                           "The coach and I get along well."})
    for (const ExtractedRelation& r : extract_text(text).relations) CHECK(r.rule != "subject-list-item");
}

TEST_CASE("coordinated-infinitive: 'and to' + verb continues the infinitive of the verb group before") {
  auto x = extract_text("The union agreed to end the strike and to resume talks.");
  const ExtractedRelation* r = relation(x, "resume");
  REQUIRE(r);
  CHECK(r->subject_text == "The union");
  CHECK(r->rule == "coordinated-infinitive");
  CHECK(r->modality == relation(x, "end")->modality);
  // A purpose set off before a clause of its own, and an infinitive after "be", lend nothing.
  for (const char* text : {"They plan to cut prices, and to keep that, the chain will close shops.",
                           "Its task is to count the herds and to map the wells."})
    for (const ExtractedRelation& q : extract_text(text).relations) CHECK(q.rule != "coordinated-infinitive");
}

TEST_CASE("past-form-before-conjunction: a past form read as a participle before 'and' + a past verb") {
  auto x = extract_text("Police arrested and charged the driver.");
  const ExtractedRelation* r = relation(x, "arrest");
  REQUIRE(r);
  CHECK(r->rule == "past-form-before-conjunction");
  CHECK(r->object_text == "the driver");
  // A finite verb later makes both participles of the noun ("Goods seized and destroyed ...").
  for (const ExtractedRelation& q : extract_text("Goods seized and burned last year included rare furs.").relations)
    CHECK(q.rule != "past-form-before-conjunction");
}

// Session 18 (issue #16, fragments): finishing-position and passive-report-frame.
TEST_CASE("finishing-position: 'came in second' takes the place as its object") {
  auto x = extract_text("Ilse Moreau came in second in the mayoral vote.");
  const ExtractedRelation* r = relation(x, "come in");
  REQUIRE(r);
  CHECK(r->arg2 == "second");
  CHECK(r->rule == "finishing-position");
  CHECK(!r->fragment);
  auto y = extract_text("The ferry finished third in the regatta.");
  r = relation(y, "finish");
  REQUIRE(r);
  CHECK(r->arg2 == "third");
  // An ordinal that starts a time or a noun group is no place.
  auto z = extract_text("The ruling came last week.");
  r = relation(z, "come");
  REQUIRE(r);
  CHECK(r->rule != "finishing-position");
}

TEST_CASE("passive-report-frame: 'is said to have resigned' is the resignation, reported") {
  auto x = extract_text("The treasurer of the club is said to have resigned.");
  CHECK(!relation(x, "say"));
  const ExtractedRelation* r = relation(x, "resign");
  REQUIRE(r);
  CHECK(r->modality == "reported");
  auto y = extract_text("The storm was forecast to weaken over the islands.");
  CHECK(!relation(y, "forecast"));
  r = relation(y, "weaken");
  REQUIRE(r);
  CHECK(r->modality == "expected");
  // Active, with a speaker, the verb is a report of its own ("reported to the police").
  auto z = extract_text("The guards reported the theft to the police.");
  r = relation(z, "report");
  REQUIRE(r);
  CHECK(r->modality == "asserted");
}

// Session 19 (issue #16, research reports): a study speaks for the researchers who made it.
TEST_CASE("study-speaks-for-authors: 'according to the study' is the researchers' claim") {
  auto x = extract_text(
      "Biologists from the University of Tromso published a survey of seabirds. According to the study, "
      "puffin colonies shrank by a third. The findings suggest that warmer seas moved the fish north.");
  REQUIRE(x.claims.size() == 2);
  CHECK(x.claims[0].speaker_text == "the study");  // "biologists" names no research group of the file
  auto y = extract_text(
      "Researchers from the University of Tromso counted seabirds for ten years. According to the study, "
      "puffin colonies shrank by a third. The findings suggest that warmer seas moved the fish north.");
  REQUIRE(y.claims.size() == 2);
  CHECK(y.claims[0].speaker_text == "Researchers from the University of Tromso");
  CHECK(y.claims[0].rule == "study-speaks-for-authors");
  CHECK(y.claims[1].speaker_text == "Researchers from the University of Tromso");
  // "the research team" is a research group; "the team" alone is not (a sports story's team).
  auto z = extract_text("The research team counted seabirds. The new model indicated that the fish moved north.");
  REQUIRE(z.claims.size() == 1);
  CHECK(z.claims[0].speaker_text == "The research team");
  auto w = extract_text("The team won again. The new model indicated that the fish moved north.");
  REQUIRE(w.claims.size() == 1);
  CHECK(w.claims[0].speaker_text == "The new model");
  // A study with its author in it keeps its speaker: the author speaks (document-speaks-for-author).
  auto v = extract_text("Scientists counted seabirds. The ministry's report said the fish moved north.");
  REQUIRE(v.claims.size() == 1);
  CHECK(v.claims[0].rule != "study-speaks-for-authors");
}

TEST_CASE("titled-name-in-appositive: the name after the occupation words of an appositive speaks") {
  auto x = extract_text("The survey's lead author, marine biologist Ingrid Solberg, said the colonies were shrinking.");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker_text == "Ingrid Solberg");
  CHECK(x.claims[0].rule == "titled-name-in-appositive");
  // A one-word name after the occupation may be a place or a thing: no speaker from it.
  auto y = extract_text("The biggest buyer, shipping firm Maersk, said rates would rise.");
  REQUIRE(y.claims.size() == 1);
  CHECK(y.claims[0].rule != "titled-name-in-appositive");
}

// Issue #16, session 19: a fronted day inside the year a clause names. Invented sentences.
TEST_CASE("time-fronted-within-year: a fronted day dates the clause over a year of its edition") {
  auto x = extract_text("On Sunday, Riverton defeated Eastbrook in round 4 of the 2021 valley hockey season.", "2021-03-09");
  const ExtractedRelation* r = relation(x, "defeat");
  REQUIRE(r);
  CHECK(r->time.value == "2021-03-07");
  CHECK(r->time_rule == "time-fronted-within-year");
  // A fronted year does not give way to the clause's own year.
  auto y = extract_text("In 2020, Riverton won the title of the 2019 valley hockey season.", "2021-03-09");
  const ExtractedRelation* w = relation(y, "win");
  REQUIRE(w);
  CHECK(w->time_rule != "time-fronted-within-year");
}

// Issue #16, session 19 (sport): a score after the name the verb takes. Invented sentences.
TEST_CASE("score-after-name: the name before a score is the object; the score stays in its words") {
  auto x = extract_text("Ashby Rovers beat Oakfield Town 24-10 at Brook Park.");
  const ExtractedRelation* r = relation(x, "beat");
  REQUIRE(r);
  CHECK(r->object == "Oakfield Town");
  CHECK(r->object_text.find("24-10") != std::string::npos);
  // A run of set scores after the name, as in tennis.
  auto y = extract_text("The pair beat Mira Lind 6-3 6-4 in the final.");
  const ExtractedRelation* s = relation(y, "beat");
  REQUIRE(s);
  CHECK(s->object == "Mira Lind");
}

TEST_CASE("quotation-speaker: a quoted sentence after a speaker's claim is that speaker's, reported") {
  auto x = extract_text("\"The bridge is unsafe,\" said Tomas Lind, the county engineer. \"We closed it to lorries.\"");
  const ExtractedRelation* closed = relation(x, "close");
  REQUIRE(closed != nullptr);
  CHECK(closed->modality == "reported");
  REQUIRE(closed->claim >= 0);
  CHECK(x.claims[static_cast<size_t>(closed->claim)].speaker_text.find("Tomas Lind") != std::string::npos);
  CHECK(closed->speaker_rule == "quotation-speaker");
  // Two quotations in one sentence, or no quotation marks at all: the article's own voice.
  auto y = extract_text("\"The bridge is unsafe,\" said Tomas Lind. Engineers closed it to lorries.");
  const ExtractedRelation* own = relation(y, "close");
  REQUIRE(own != nullptr);
  CHECK(own->modality == "asserted");
  CHECK(own->speaker_rule.empty());
}

// neither-nor (issue #16, class 6): a negative pair denies the act of both its items.
TEST_CASE("neither-nor: both items of the pair hold a negative fact; a plain pair stays positive") {
  auto x = extract_text("Neither the port authority nor the ferry operators commented on the strike.");
  std::vector<std::string> subjects;
  for (const ExtractedRelation& r : x.relations)
    if (r.predicate == "comment") {
      subjects.push_back(r.subject.empty() ? r.subject_text : r.subject);
      CHECK(r.polarity == "negative");
    }
  CHECK(subjects.size() == 2);
  auto y = extract_text("The depot lacks both the trucks and the drivers.");
  for (const ExtractedRelation& r : y.relations)
    if (r.predicate == "lack") CHECK(r.polarity == "positive");
  // A verb pair: "would neither confirm nor deny".
  auto z = extract_text("The agency would neither confirm nor deny the report.");
  REQUIRE(relation(z, "confirm"));
  CHECK(relation(z, "confirm")->polarity == "negative");
}

// time-list-item (issue #16, class 6): one fact per date of a list of dates.
TEST_CASE("time-list-item: a list of years gives one fact per year; a range gives one") {
  auto x = extract_text("The cyclist won the race in 2004, 2009 and 2011.");
  std::vector<std::string> years;
  for (const ExtractedRelation& r : x.relations)
    if (r.predicate == "win") years.push_back(r.time.value);
  CHECK(years == std::vector<std::string>{"2004", "2009", "2011"});
  auto y = extract_text("Output fell between 2004 and 2009.");
  size_t falls = 0;
  for (const ExtractedRelation& r : y.relations) falls += r.predicate == "fall";
  CHECK(falls == 1);
}

TEST_CASE("stative-passive: an agentless passive of feeling, purpose or standing describes; an act or an agent stays") {
  auto x = extract_text("The dairy farmers were worried about the new milk price.");
  REQUIRE(relation(x, "worry"));
  CHECK(relation(x, "worry")->fragment);
  auto y = extract_text("The museum is based in an old tram depot.");
  REQUIRE(relation(y, "base"));
  CHECK(relation(y, "base")->fragment);
  auto z = extract_text("The new footbridge was designed by engineers from the port authority.");
  REQUIRE(relation(z, "design"));
  CHECK(!relation(z, "design")->fragment);
  auto w = extract_text("The dairy farmers were evicted from the valley.");
  REQUIRE(relation(w, "evict"));
  CHECK(!relation(w, "evict")->fragment);
}

TEST_CASE("mind-verb-clause: a verb of thinking with a clause and no object is no event; with an object it is") {
  auto x = extract_text("The harbour master knew that the old dam was weak.");
  REQUIRE(relation(x, "know"));
  CHECK(relation(x, "know")->fragment);
  auto y = extract_text("The ferry captain knew the harbour master well.");
  REQUIRE(relation(y, "know"));
  CHECK(!relation(y, "know")->fragment);
  CHECK(relation(y, "know")->arg2 == "the harbour master");
}

TEST_CASE("zero-that-clause: a subject pronoun after the verb starts its clause, it is no object") {
  auto x = extract_text("The ferry captain showed he could handle the storm.");
  const ExtractedRelation* r = relation(x, "show");
  REQUIRE(r);
  CHECK(r->rule == "zero-that-clause");
  CHECK(r->object.empty());
  CHECK(r->arg2 == "he could handle the storm");
  REQUIRE(relation(x, "handle"));
  auto y = extract_text("The ferry captain thanked them for the warning.");
  REQUIRE(relation(y, "thank"));
  CHECK(relation(y, "thank")->arg2 == "them");
}

// target-list-item (issue #16, class 6): a list of names in the phrase a clause is aimed at gives
// one target per name; one name, a name with "and" inside it, or a list after a second phrase
// give one.
TEST_CASE("target-list-item: each name of a list after 'from' or 'with' is a target") {
  auto objects_of = [](const ArticleExtraction& x, const std::string& predicate) {
    std::vector<std::string> out;
    for (const ExtractedRelation& r : x.relations)
      if (!r.attribution && !r.surface_only && r.predicate == predicate) out.push_back(r.object);
    return out;
  };
  auto x = extract_text("The orchestra received letters from the Fenwick Trust, the Voss Foundation and the Halden Trust.");
  CHECK(objects_of(x, "receive") == std::vector<std::string>{"Fenwick Trust", "Voss Foundation", "Halden Trust"});
  size_t items = 0;
  for (const ExtractedRelation& r : x.relations) items += r.rule == "target-list-item"sv;
  CHECK(items == 2);
  auto v = extract_text("The union held talks with Ford and General Motors.");
  CHECK(objects_of(v, "hold") == std::vector<std::string>{"Ford", "General Motors"});
  // Look-alikes: one name; an "and" between two untyped names (one firm's); the list inside a later phrase.
  auto y = extract_text("The orchestra received letters from the Voss Foundation.");
  CHECK(objects_of(y, "receive") == std::vector<std::string>{"Voss Foundation"});
  auto z = extract_text("The chain signed a supply contract with Procter and Gamble.");
  for (const ExtractedRelation& r : z.relations) CHECK(r.rule != "target-list-item"sv);
  auto w = extract_text("The orchestra received letters from the Voss Foundation in Bergen, Oslo and Tromso.");
  for (const ExtractedRelation& r : w.relations) CHECK(r.rule != "target-list-item"sv);
  // A name the mentions cut at its own "and"; a cue verb's phrase.
  auto u = extract_text("The two banks sued the Harbour Board and the Federal Savings and Loan Insurance Corp.");
  for (const ExtractedRelation& r : u.relations) CHECK(r.rule != "target-list-item"sv);
  auto t = extract_text("The ministry said in addition to Chile, Peru and Bolivia two more countries qualify.");
  for (const ExtractedRelation& r : t.relations) CHECK(r.rule != "target-list-item"sv);
}

// floating-quantifier-subject (issue #16, class 6): "both", "each" between a subject and its verb.
TEST_CASE("floating-quantifier-subject: 'A and B both denied' is a denial by each; a quantifier opening the clause is the subject") {
  auto x = extract_text("Senator Ana Ruiz and Senator Paul Berg both denied the report on Monday.");
  std::vector<std::string> subjects;
  for (const ExtractedRelation& r : x.relations)
    if (!r.attribution && r.predicate == "deny") subjects.push_back(r.subject);
  CHECK(subjects == std::vector<std::string>{"Ana Ruiz", "Paul Berg"});
  auto y = extract_text("The two ferry operators each received a fine.");
  REQUIRE(relation(y, "receive"));
  CHECK(relation(y, "receive")->rule == "floating-quantifier-subject"sv);
  // Look-alikes: a rate's "each" after a preposition; a pronoun's "both" (left unresolved);
  // "Each" opening the sentence, the subject itself.
  auto v = extract_text("All shares offered at three dollars each have been sold.");
  for (const ExtractedRelation& r : v.relations) CHECK(r.rule != "floating-quantifier-subject"sv);
  auto u = extract_text("The pilots wondered what would happen if they both fell ill.");
  for (const ExtractedRelation& r : u.relations) CHECK(r.rule != "floating-quantifier-subject"sv);
  auto z = extract_text("The operators were fined. Each received a letter.");
  for (const ExtractedRelation& r : z.relations) CHECK(r.rule != "floating-quantifier-subject"sv);
}
