#include <doctest/doctest.h>

#include <cstdlib>

#include "analyzer.h"
#include "chunker.h"
#include "tagger.h"
#include "text_util.h"
#include "word_classes.h"
#include "word_id_memo.h"
#include "word_ids.h"

using namespace newsgraph;

namespace {
std::vector<Token> analyzed(const std::string& s) {
  auto v = analyze(s, 0, s.size(), Resources::get());
  REQUIRE(v.size() == 1);
  return v[0].tokens;
}
// End of the noun group holding token i of the sentence, or 0 when the token is in none.
size_t group_end(const std::string& sentence, size_t i) {
  Chunks c = chunk(analyzed(sentence), Resources::get().lexicons);
  return c.noun_at[i] >= 0 ? c.nouns[c.noun_at[i]].end : 0;
}
std::string tags(const std::vector<Token>& t) {
  std::string out;
  for (const Token& x : t) out += (out.empty() ? "" : " ") + x.tag;
  return out;
}
}  // namespace

TEST_CASE("tags a plain news sentence") {
  CHECK(tags(analyzed("Canada imposed tariffs on Brazilian coffee.")) == "NNP VBD NNS IN JJ NN .");
  CHECK(tags(analyzed("The ministers will meet again next week.")) == "DT NNS MD VB RB JJ NN .");
}

TEST_CASE("according-to-noun: the word after 'according to' is a noun, also one known as a verb first") {
  auto t = analyzed("The bridge collapsed, according to police.");
  CHECK(t[5].tag == "IN");
  CHECK(is_noun_tag(t[6].tag));
  auto r = analyzed("The bridge collapsed, according to rescue workers.");
  CHECK(is_noun_tag(r[6].tag));
  // Look-alike: an infinitive after another word stays a verb.
  auto v = analyzed("Officers were sent to police the border.");
  CHECK(v[4].tag == "VB");
}

TEST_CASE("unknown capitalized words are proper nouns; unknown -ing words are gerunds") {
  auto t = analyzed("Okafor met Ferreira in Zlatograd.");
  CHECK(t[0].tag == "NNP");
  CHECK(t[2].tag == "NNP");
  CHECK(t[4].tag == "NNP");
}

TEST_CASE("lemmas from WordNet and the closed-class table") {
  auto t = analyzed("The countries were imposing tariffs and met twice.");
  CHECK(t[1].lemma == "country");
  CHECK(t[2].lemma == "be");
  CHECK(t[3].lemma == "impose");
  CHECK(t[4].lemma == "tariff");
  CHECK(t[6].lemma == "meet");
  const Lemmatizer& lem = Resources::get().lemmatizer;
  CHECK(lem.lemma("stopped", "VBD") == "stop");
  CHECK(lem.lemma("better", "JJR") == "good");
  CHECK(lem.lemma("n't", "RB") == "not");
  CHECK(lem.lemma("Beijing", "NNP") == "Beijing");
}

TEST_CASE("lemmas: comparative adverbs, numbers with thousands separators, plurals WordNet lacks") {
  const Lemmatizer& lem = Resources::get().lemmatizer;
  CHECK(lem.lemma("later", "RBR") == "late");
  CHECK(lem.lemma("sooner", "RBR") == "soon");
  CHECK(lem.lemma("earlier", "RBR") == "early");
  CHECK(lem.lemma("more", "RBR") == "more");  // no -er to detach
  CHECK(lem.lemma("12,500", "CD") == "12500");
  CHECK(lem.lemma("1,250,000.75", "CD") == "1250000.75");
  CHECK(lem.lemma("3,4", "CD") == "3,4");  // not a thousands group: kept as written
  CHECK(lem.lemma("01-Feb-02", "CD") == "01-Feb-02");
  CHECK(lem.lemma("quesadillas", "NNS") == "quesadilla");
  CHECK(lem.lemma("podcasts", "NNS") == "podcast");
  CHECK(lem.lemma("hashes", "NNS") == "hash");
  CHECK(lem.lemma("ratios", "NNS") == "ratio");
  CHECK(lem.lemma("news", "NNS") == "news");  // WordNet knows the word as it is
  CHECK(lem.lemma("others", "NNS") == "other");
}

TEST_CASE("lemmas: written codes keep their form; apostrophe plurals; abbreviated dates; bare clitics") {
  const Lemmatizer& lem = Resources::get().lemmatizer;
  // is_written_code: a word with a digit, or a single capital letter used as a noun.
  CHECK(lem.lemma("12-Mar-03", "NN") == "12-Mar-03");
  CHECK(lem.lemma("Q3", "JJ") == "Q3");
  CHECK(lem.lemma("B", "NN") == "B");
  CHECK(lem.lemma("Apple", "NN") == "apple");  // look-alike: a capitalized word is lower-cased
  // apostrophe_plural_base
  CHECK(lem.lemma("70's", "NNS") == "70s");
  CHECK(lem.lemma("photo's", "NNS") == "photo");
  // closed_lemmas.tsv: abbreviated months and weekdays, only as proper nouns
  CHECK(lem.lemma("Aug.", "NNP") == "August");
  CHECK(lem.lemma("Thu", "NNP") == "Thursday");
  CHECK(lem.lemma("sat", "VBD") == "sit");
  CHECK(lem.lemma("s", "VBZ") == "be");
  // A * row does not turn a proper noun into a pronoun's or verb's lemma.
  CHECK(lem.lemma("AM", "NNP") == "AM");
  CHECK(lem.lemma("am", "VBP") == "be");
}

TEST_CASE("the time of day after a number is a common noun with the dotted lemma (time-of-day-after-number)") {
  auto t = analyzed("The talks resume at 10 AM on Monday.");
  CHECK(t[5].tag == "NN");
  CHECK(t[5].lemma == "a.m.");
  // Look-alike: "am" after a pronoun is the verb.
  auto u = analyzed("I am 40 years old.");
  CHECK(u[1].lemma == "be");
}

TEST_CASE("base form after an inverted auxiliary and after let/make/help with an object pronoun") {
  // Question inversion: the subject pronoun stands between the auxiliary and the verb.
  CHECK(analyzed("Do you need the files?")[2].tag == "VB");
  CHECK(analyzed("Why did they leave early?")[3].tag == "VB");
  CHECK(analyzed("Please let me know soon.")[3].tag == "VB");
  // Look-alike: a pronoun subject after a present verb is not inverted.
  CHECK(analyzed("They need the files.")[1].tag == "VBP");
}

TEST_CASE("a shouted sentence is tagged as if written in ordinary case (is_shouted)") {
  auto t = analyzed("WE LOVE THIS OLD HOUSE IN DUBLIN.");
  CHECK(tags(t) == "PRP VBP DT JJ NN IN NNP .");
  CHECK(t[6].lemma == "Dublin");
  CHECK(t[4].lemma == "house");
  // Look-alikes: two capitalized words are not a shouted sentence; an acronym keeps its capitals.
  CHECK(analyzed("NATO and the EU met.")[0].lemma == "NATO");
  CHECK(!is_shouted(analyzed("IBM, AT&T.")));
}

TEST_CASE("a response word opening a sentence before a comma is an interjection (discourse-interjection)") {
  CHECK(analyzed("Well, the talks failed.")[0].tag == "UH");
  CHECK(analyzed("No, the envoys left.")[0].tag == "UH");
  // Look-alikes: the same words inside a sentence, or not set off by a comma.
  CHECK(analyzed("No envoy left.")[0].tag != "UH");
  CHECK(analyzed("The talks went well, he said.")[3].tag == "RB");
}

TEST_CASE("proper adjectives keep their capital inside a sentence; typographic quotes lemmatize plain") {
  auto t = analyzed("Officials called it \xE2\x80\x9C" "fine\xE2\x80\x9D \xE2\x80\x93 twice.");
  REQUIRE(t.size() >= 7);
  CHECK(t[3].lemma == "\"");
  CHECK(t[5].lemma == "\"");
  CHECK(t[6].lemma == "-");
  auto u = analyzed("Good news came from French officials.");
  CHECK(u[0].lemma == "good");  // a sentence's first word says nothing by its capital
  CHECK(u[4].lemma == "French");
}

TEST_CASE("verb groups carry tense, voice, modality and negation") {
  auto t = analyzed("The duties were not approved by the cabinet.");
  Chunks c = chunk(t, Resources::get().lexicons);
  REQUIRE(c.verbs.size() == 1);
  CHECK(c.verbs[0].passive);
  CHECK(c.verbs[0].negated);
  CHECK(c.verbs[0].tense == Tense::kPast);
  CHECK(c.verbs[0].lemma == "approve");
  auto t2 = analyzed("Canada vowed to retaliate against any tariffs.");
  Chunks c2 = chunk(t2, Resources::get().lexicons);
  REQUIRE(!c2.verbs.empty());
  CHECK(c2.verbs[0].lemma == "retaliate");
  CHECK(c2.verbs[0].matrix_lemma == "vow");
  auto t3 = analyzed("Brazil will buy aircraft.");
  Chunks c3 = chunk(t3, Resources::get().lexicons);
  CHECK(c3.verbs[0].tense == Tense::kFuture);
  CHECK(c3.verbs[0].modal == "will");
}

TEST_CASE("is_noun_tag: NN, NNS, NNP and NNPS, as text or as a token's tag") {
  for (const char* tag : {"NN", "NNS", "NNP", "NNPS"}) {
    CHECK(is_noun_tag(std::string_view(tag)));
    CHECK(is_noun_tag(PosTag(tag)));
  }
  for (const char* tag : {"N", "NNX", "NNPP", "NNPSS", "JJ", "VBN", "", "-NONE-"}) {
    CHECK_FALSE(is_noun_tag(std::string_view(tag)));
    CHECK_FALSE(is_noun_tag(PosTag(tag)));
  }
}

TEST_CASE("noun groups take a participle between a modifier and a noun; a phrasal cue keeps its particle") {
  auto t = analyzed("The new proposed tariffs angered farmers.");
  Chunks c = chunk(t, Resources::get().lexicons);
  REQUIRE(!c.nouns.empty());
  CHECK(c.nouns[0].begin == 0);
  CHECK(c.nouns[0].end == 4);  // The new proposed tariffs
  auto u = analyzed("The minister pointed out that prices rose.");
  Chunks d = chunk(u, Resources::get().lexicons);
  REQUIRE(!d.verbs.empty());
  CHECK(d.verbs[0].lemma == "point out");
}

TEST_CASE("noun groups keep possessives and stop before time phrases") {
  auto t = analyzed("China's leader approved the plan last week.");
  Chunks c = chunk(t, Resources::get().lexicons);
  REQUIRE(c.nouns.size() >= 3);
  CHECK(c.nouns[0].begin == 0);
  CHECK(c.nouns[0].end == 3);  // China 's leader
  CHECK(c.nouns[1].end == 6);  // the plan | last week
}

TEST_CASE("contextual rules: a second present verb after 'and'; 'that' opening a clause") {
  auto t = analyzed("The river enters Ontario and flows along the border.");
  CHECK(t[5].tag == "VBZ");  // flows
  auto u = analyzed("Dealers buy and sell grain.");
  CHECK(u[3].tag == "VBP");  // sell
  // A noun subject of its own after "and" stays a noun.
  auto v = analyzed("Output rises and imports from China fall.");
  CHECK(v[3].tag == "NNS");  // imports
  auto w = analyzed("The audit showed that state banks had hidden losses.");
  CHECK(w[3].tag == "IN");
  auto d = analyzed("Officials rejected that proposal on Friday.");
  CHECK(d[2].tag == "DT");
}

TEST_CASE("a lower-case particle between two capitalised words of a name is part of it (particle-inside-name)") {
  auto t = analyzed("A bridge collapsed in Dar es Salaam on Monday.");
  CHECK(t[5].tag == "NNP");  // es
  auto u = analyzed("Investors met in Frankfurt am Main.");
  CHECK(u[4].tag == "NNP");  // am
  // Look-alikes: an English word between capitals keeps its tag; a particle before a lower-case word is no name's.
  auto v = analyzed("Why do Americans vote on Tuesday?");
  CHECK(v[1].tag != "NNP");
  auto w = analyzed("Okafor es una abogada.");
  CHECK(w[1].tag != "NNP");
}

TEST_CASE("a past form right after a form of 'be' is the passive participle (participle-after-be)") {
  auto t = analyzed("Four people died and 35 were rescued.");
  CHECK(t[6].tag == "VBN");  // rescued
  auto u = analyzed("Two others were also injured.");
  CHECK(u[4].tag == "VBN");  // injured
  // Look-alike: a past tense after its subject stays a past tense.
  auto v = analyzed("Rescuers reached 35 people.");
  CHECK(v[1].tag == "VBD");
}

TEST_CASE("an article is never followed by a verb") {
  auto t = analyzed("The lodge also hosts a banquet.");
  CHECK(t[1].tag == "NN");
  CHECK(t[3].tag == "VBZ");
}

TEST_CASE("noun groups span coordinated adjectives and spaced hyphens, but not a dash before a new phrase") {
  // "an older industrial and residential harbor area"
  CHECK(group_end("The district comprises an older industrial and residential harbor area .", 3) == 10);
  CHECK(group_end("They signed a 120 - day standstill agreement .", 2) == 8);
  CHECK(group_end("Prices rose sharply - the ministry said .", 3) == 0);
}

TEST_CASE("'s between a noun and a noun group is the possessive") {
  auto t = analyzed("It carried the network 's very successful weekend service .");
  CHECK(t[4].tag == "POS");
  auto u = analyzed("It 's a deal .");
  CHECK(u[1].tag == "VBZ");
}

TEST_CASE("'being' after an adjective is a noun; a quoted modifier stays inside its noun group") {
  auto t = analyzed("He was a human being .");
  CHECK(t[4].tag == "NN");
  CHECK(group_end("Bush made a final `` take-it-or-leave-it '' offer on wages .", 2) == 8);
}

namespace {
// The Brown trigram model (NEWSGRAPH_TAGGER=trigram), built by the target derived_tag_model.
const Tagger* trigram_tagger() {
  static const Tagger* t = [] {
    const char* lingua = std::getenv("NEWSGRAPH_LINGUA_DIR");
    auto* tagger = new Tagger(lingua && *lingua ? lingua : "/usr/share/perl5/Lingua/EN/Tagger",
                              Resources::default_derived_dir() + "/tag_model.tsv");
    return tagger;
  }();
  return t;
}
std::string trigram_tags(const std::string& s) {
  std::vector<Token> t = analyzed(s);
  trigram_tagger()->tag(t);
  return tags(t);
}
}  // namespace

TEST_CASE("the Brown trigram model loads from build/derived and tags a news sentence") {
  REQUIRE_MESSAGE(trigram_tagger()->uses_trigram_model(),
                  "tag_model.tsv is missing: run tools/install-deps.sh and build derived_tag_model");
  CHECK(trigram_tags("Canada imposed tariffs on Brazilian coffee.") == "NNP VBD NNS IN JJ NN .");
  // A past participle heading a reduced relative, which the bigram model read as a past tense.
  CHECK(trigram_tags("A treaty signed by the envoys ends the dispute.") == "DT NN VBN IN DT NNS VBZ DT NN .");
}

TEST_CASE("trigram model: an adjective alone between an article and a verb is a noun (adjective-as-head-noun)") {
  REQUIRE(trigram_tagger()->uses_trigram_model());
  CHECK(trigram_tags("The general warned the rebels.") == "DT NN VBD DT NNS .");
  // Look-alike: an adjective before its noun stays an adjective.
  CHECK(trigram_tags("The general strike ended.") == "DT JJ NN VBD .");
}

TEST_CASE("trigram model: a word in capitals is not a pronoun (capitals-are-not-pronouns)") {
  REQUIRE(trigram_tagger()->uses_trigram_model());
  CHECK(trigram_tags("US officials met the envoys.").substr(0, 3) == "NNP");
  // Look-alike: the lower-case pronoun keeps its tag.
  CHECK(trigram_tags("He told us the news.") == "PRP VBD PRP DT NN .");
}

TEST_CASE("trigram model: Brown's tags mapped the Penn way (relative 'that', 'more' before an adjective, 'went home')") {
  REQUIRE(trigram_tagger()->uses_trigram_model());
  // wh_pronoun_rule: Brown tags the relative "that" like "who"; Penn tags it WDT.
  CHECK(trigram_tags("The ministers rejected a plan that raises taxes.") == "DT NNS VBD DT NN WDT VBZ NNS .");
  // ql_rule: "more" qualifying an adjective is RBR.
  CHECK(trigram_tags("The talks became more difficult.") == "DT NNS VBD RBR JJ .");
  // nr_rule: a place adverb after a verb is RB, after a preposition NN.
  CHECK(trigram_tags("The envoys went home on Friday.") == "DT NNS VBD RB IN NNP .");
}

TEST_CASE("remembered by word id: a word's tag and lemma are the same as worked out afresh") {
  // The tagger's candidates and the lemmatizer's lemmas are remembered per word id and tag; a
  // word met again, in another tag, or in a token made without an id reads the same.
  auto first = analyzed("The rebels attacked a convoy and the convoy attacked back.");
  auto again = analyzed("The rebels attacked a convoy and the convoy attacked back.");
  CHECK(tags(first) == tags(again));
  for (size_t i = 0; i < first.size(); ++i) CHECK(first[i].lemma == again[i].lemma);
  CHECK(first[2].lemma == "attack");
  auto noun = analyzed("The attacks ended.");
  CHECK(noun[1].lemma == "attack");
  std::vector<Token> no_ids = noun;
  for (Token& t : no_ids) t.set_text(std::string(t.text));  // same texts, no word ids
  Resources::get().tagger.tag(no_ids);
  Resources::get().lemmatizer.lemmatize(no_ids);
  CHECK(tags(no_ids) == tags(noun));
  for (size_t i = 0; i < noun.size(); ++i) CHECK(no_ids[i].lemma == noun[i].lemma);
}

TEST_CASE("a word-id memo answers by id for the Lexicons generation it was filled for (WordIdMemo)") {
  WordIdMemo<int> memo;
  const uint32_t id = word_id("memoized");
  CHECK(memo.remembered(1, id) == nullptr);  // nothing made yet
  memo.entry(1, id) = 7;
  REQUIRE(memo.remembered(1, id) != nullptr);
  CHECK(*memo.remembered(1, id) == 7);
  CHECK(memo.remembered(2, id) == nullptr);       // other Lexicons: entry() must be asked
  CHECK(memo.entry(2, id) == 0);                  // ... and it empties the memo first
  CHECK(memo.remembered(2, kNoWord) == nullptr);  // a token with no id is never remembered
}

TEST_CASE("lexicon word classes read by word id agree with the lexicon's sets") {
  const Lexicons& lex = Resources::get().lexicons;
  auto t = analyzed("The prime minister condemned the massacre of villagers.");
  CHECK(has_word_class(lex, t[1], WordClass::kTitleStart));    // "prime" of "prime minister"
  CHECK(has_word_class(lex, t[2], WordClass::kTitleStart));    // "minister"
  CHECK(!has_word_class(lex, t[3], WordClass::kTitleStart));   // "condemned"
  CHECK(has_word_class(lex, t[5], WordClass::kEventNounEnd));  // "massacre"
  CHECK(!has_word_class(lex, t[7], WordClass::kEventNounEnd)); // "villagers"
  auto p = analyzed("Talks in New York ended.");
  CHECK(has_word_class(lex, p[2], WordClass::kPlaceStart));    // "New" of "New York"
  CHECK(!has_word_class(lex, p[0], WordClass::kPlaceStart));   // "Talks"
  Token no_id = t[5];
  no_id.set_text("massacre");
  CHECK(no_id.word == kNoWord);
  CHECK(has_word_class(lex, no_id, WordClass::kEventNounEnd));
}

TEST_CASE("lex.class_words gives every word the classes the lexicon's sets give it (mark_class_word)") {
  const Lexicons& lex = Resources::get().lexicons;
  // What has_word_class answered before lex.class_words: a probe of each set, places by alias key.
  auto by_sets = [&](const Token& t, WordClass c) {
    const std::string key = alias_key(t.text);
    switch (c) {
      case WordClass::kTitleStart: return lex.titles.count(t.lower) + lex.title_prefixes.count(t.lower) > 0;
      case WordClass::kEventNounEnd: return lex.event_noun_last_words.count(t.lower) > 0;
      case WordClass::kAgentNounEnd: return lex.agent_last_words.count(t.lower) > 0;
      case WordClass::kPlacePrefix: return lex.gazetteer_prefixes.count(key) > 0;
      case WordClass::kPlaceStart: return lex.find_place_key(key) || lex.gazetteer_prefixes.count(key);
    }
    return false;
  };
  std::vector<std::string> words = {"Zqxv", "the", "said", "", "U.S.", "Guinea-Bissau", "o'neill", "NEW", "new york"};
  for (const auto& [w, role] : lex.titles) words.push_back(w);
  for (const auto& [w, place] : lex.gazetteer) words.push_back(w);
  for (const auto* set : {&lex.title_prefixes, &lex.event_noun_last_words, &lex.agent_last_words, &lex.gazetteer_prefixes})
    words.insert(words.end(), set->begin(), set->end());
  const size_t lexicon_words = words.size();
  for (size_t i = 0; i < lexicon_words; ++i) {  // as written at a sentence start, and shouted
    std::string capital = words[i], shouted = words[i];
    if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    for (char& ch : shouted) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    words.push_back(capital);
    words.push_back(shouted);
  }
  size_t disagreements = 0;
  std::string first;
  for (const std::string& w : words) {
    Token t;
    t.set_text(w);  // no word id: every probe is a first lookup
    for (WordClass c : {WordClass::kTitleStart, WordClass::kEventNounEnd, WordClass::kAgentNounEnd, WordClass::kPlacePrefix,
                         WordClass::kPlaceStart}) {
      if (has_word_class(lex, t, c) == by_sets(t, c)) continue;
      if (!disagreements++) first = w;
    }
    if (word_place(lex, t) != lex.find_place_key(alias_key(t.text)) && !disagreements++) first = w;
  }
  CHECK_MESSAGE(disagreements == 0, "first disagreement: '" << first << "'");
  CHECK(words.size() > 3000);
}

TEST_CASE("a plural subject opening a clause takes the verb the HMM read as a noun or adjective (plural-subject-verb)") {
  auto t = analyzed("Officials said kidnappers abducted three engineers near the mine.");
  CHECK(t[3].tag == "VBD");  // abducted: a noun only in the lexicon, a past form of WordNet's "abduct"
  auto u = analyzed("A third of the pupils upload videos every week.");
  CHECK(u[5].tag == "VBP");  // upload: unknown to the lexicon, a WordNet verb
  auto v = analyzed("Protests against the curfew spread to three provinces.");
  CHECK((v[4].tag == "VBD" || v[4].tag == "VBP"));  // spread, after the subject's phrase
  // Look-alikes: an object after a verb that opens no clause, a time after "last", a noun
  // compound before the clause's own verb, a plural noun that cannot be a verb.
  auto w = analyzed("The lender also blamed margins pressure on its loans.");
  CHECK(w[5].tag == "NN");  // pressure
  auto x = analyzed("The couple reported the thefts to local officers last month.");
  CHECK(x[8].tag == "JJ");  // last
  auto y = analyzed("Arms control talks resumed in Geneva.");
  CHECK(y[1].tag == "NN");  // control
  auto z = analyzed("The union leaders met the minister.");
  CHECK(z[2].tag == "NNS");  // leaders
}

TEST_CASE("an -ing form before a noun it makes a compound with is part of the noun group (gerund-modifier)") {
  auto t = analyzed("The bank holding company reported a loss.");
  CHECK(t[2].tag == "NN");  // holding: "bank holding company" is the subject, not "bank | hold | company"
  auto u = analyzed("She is managing director of the brewery.");
  CHECK(u[2].tag == "NN");  // managing
  auto v = analyzed("Developing countries want better access to markets.");
  CHECK(v[0].tag == "NN");  // Developing, a listed pair
  auto w = analyzed("The firm cancelled its existing contracts.");
  CHECK(w[4].tag == "JJ");  // existing: a `*` row, an adjective before any common noun
  // Look-alikes: an -ing form with no row for its noun, before a determiner, or before a name.
  auto x = analyzed("The company was holding talks with the union.");
  CHECK(x[3].tag == "VBG");  // holding talks: no row
  auto y = analyzed("Police were holding the suspects overnight.");
  CHECK(y[2].tag == "VBG");  // holding the
  auto z = analyzed("Smith is managing Everton this season.");
  CHECK(z[2].tag == "VBG");  // managing a name
}
