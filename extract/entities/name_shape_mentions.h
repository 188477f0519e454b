// The name-shape constructions of the mention stage: runs of proper nouns whose shape says they
// name nothing or something other than their words: hyphen-modifier ("Frankfurt-based"),
// numbered-class ("Chapter 11", data/lexicon/numbered_classes.txt), quoted-common-words ("a
// \"Market\" economy"), cut-name-part ("Ecological" of "in Ecological Applications") and
// name-with-number ("a Cessna 172"). proper_noun_run in mentions.cpp asks them before it types a
// name; a new test of a run's shape goes here, one that types a name by its words goes to
// type_name in mentions.cpp.
#pragma once
#include "mention_scan.h"

namespace newsgraph::mention_internal {

// hyphen-modifier: the run's last word makes it an adjective ("World War II-era").
bool hyphen_modifier(const Token& last, const Lexicons& lex);

// numbered-class: the run [b, e) is a class word with its figure or letter ("Class B").
bool numbered_class(const MentionScan& sc, size_t b, size_t e);

// plural-acronym: the run [b, e) is one acronym with a plural "s" ("MPs", "DVDs", "ISPs"): a count
// noun, members of a class, not one named thing; not in brackets, where it may stand for a
// plural name ("Jehovah's Witnesses (JWs)").
bool plural_acronym(const MentionScan& sc, size_t b, size_t e);

// quoted-common-words: the run [b, e) is one ordinary word capitalized inside a quotation.
bool quoted_common_word(const MentionScan& sc, size_t b, size_t e);

// cut-name-part: the run [b, e) of ordinary words is a piece of a longer title-case name whose
// other words the tagger did not read as proper nouns: returns the name's end (0 when the run is
// no piece), and sets *whole when the name starts with the run ("Ecological" of "Ecological
// Applications": title-case-name reads it whole); a piece after the name's start ("Life" of
// "Game of Life") makes no mention.
size_t cut_name_part(const MentionScan& sc, size_t b, size_t e, bool* whole);

// name-with-number: the run [b, e) and the figure after it name a model or a road; returns the
// name's end, or 0.
size_t name_with_number(const MentionScan& sc, size_t b, size_t e);

// named-day: a day named by capitalized words that the run of proper nouns would cut at a
// possessive or at a weekday: "International Women's Day", "New Year's Day", "Workers' Day"
// (capitalized words, a possessive, "Day" or "Eve"), "Super Tuesday", "Black Friday" (one
// ordinary word before a weekday). Returns the name's end at b, or 0.
size_t named_day(const MentionScan& sc, size_t b);

// class-word-alone: the run [b, e) is one word of data/lexicon/non_entity_words.tsv of kind faith,
// colour or offence ("among Sikhs", "charged with Perjury"), not the surname of a person the
// article named before ("Conrad Black ... Black said").
bool class_word_alone(const MentionScan& sc, size_t b, size_t e);

// title-word-alone: the run [b, e) is one capitalized occupation or title word (role_nouns.txt,
// titles.tsv) in the plural, or after a determiner, that no title construction read: "Deputies
// voted", "the Pilot said", "its Commissioners". A bare singular may be a stage name ("Prince").
bool title_word_alone(const MentionScan& sc, size_t b, size_t e);

// run-opening-word: token i opens no run of proper nouns though it is capitalized: a count word
// before a name ("Four Fijians", kind count of non_entity_words.tsv), a word with an editor's
// bracket inside ("[T]he Senate": "T]he"), or a time unit after an ordinal ("the 19th Century
// Scrooge story", kind after-ordinal).
bool opens_no_name(const MentionScan& sc, size_t i);

// A count word of non_entity_words.tsv ("Four", "Dozens") is token k.
bool count_word(const MentionScan& sc, size_t k);

// Session 23 (junk entities of cut names and glued titles); the words are
// data/lexicon/name_shape_words.tsv, by kind.

// organization-channel: after a known organisation ending at k, its channel's or service's words
// ("BBC Radio 4", "BBC Sport", "BBC Radio Five Live"): the end of those words, or 0.
size_t organization_channel(const MentionScan& sc, size_t k);

// channel-number: the run [b, e) is "Channel" or "Radio" and a figure or number word follows
// ("Channel 4", "Channel Five", "Radio 1"): the channel name's end, or 0.
size_t channel_number(const MentionScan& sc, size_t b, size_t e);

// event-after-place-name: a competition's head word right after a place, country or demonym
// ending at k ("the Australian Open", "the Qatar Open"), no capital after it: the name's end, or 0.
size_t event_after_place(const MentionScan& sc, size_t k);

// number-led-name: a capitalized number word the tagger read as a figure right before the run at
// b, not its sentence's first word ("the Six Nations", "the Three Tenors"), starts the name.
bool number_led_name(const MentionScan& sc, size_t b);

// scientific-name: the one-word run at b is a genus before its lower-case Latin species word
// that the dictionary does not know ("the emperor penguin (Aptenodytes forsteri)", "the mosquito
// Aedes aegypti"): no entity; the species word is read with it.
bool scientific_name(const MentionScan& sc, size_t b, size_t e);

// prefixed-modifier: the run [b, e) of one or two words, with no organisation word, is an
// adjective by a prefix and hyphen ("Ex-Whitehall officials", "ex-Downing Street media chief",
// "Anti-Brexit campaigners"): no entity.
bool prefixed_modifier(const MentionScan& sc, size_t b, size_t e);

// academic-rank-alone: the run [b, e) of two words or more ends in an academic rank word with no
// name after it ("the Kessler Early Career Professor of Biology"): a post, no entity.
bool academic_rank_alone(const MentionScan& sc, size_t b, size_t e);

// journal-name: the name [nb, ne) is a journal's (its last word a journal's head, "Marine Ecology
// Progress Series", "Geophysical Research Letters"; its first "PLoS"): a work, typed OTHER.
bool journal_name(const MentionScan& sc, size_t nb, size_t ne);

// place-noun-after-name: a lower-case place word right after the name ending at ne ("KSR Bengaluru
// station", "Heathrow airport") makes the name a place.
bool place_noun_after_name(const MentionScan& sc, size_t ne);

}  // namespace newsgraph::mention_internal
