// Reported-speech constructions beyond the plain cue verb (issue #16, failure class 4): who speaks
// when the speaker is named in an appositive, set apart by a parenthetical, or hidden behind a
// document ("according to a statement by X"), and the speech verbs whose content is an object
// with a complement ("called the plan reckless"). triples.cpp calls these from small hooks; each
// returns an empty result when its construction does not apply. The speaker is always the person
// or body, never the channel or the document.
#pragma once
#include <string_view>
#include <vector>

#include "chunker.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

// name-in-appositive: "A State Department spokesperson, Nora Blake, said ..." -> the name, not
// the description, is the subject. `description` is the noun group before the first comma,
// `name` the one set off by commas. Returns `name` when the description has a common noun and the
// name is all proper nouns; empty otherwise ("Nora Blake, a spokesperson, said": the name comes
// first and already is the subject).
Span name_in_appositive(const std::vector<Token>& tk, Span description, Span name);

// name-before-described-antecedent: "Arthur Penhallow, a British mathematician who has published
// 300 papers, died" -> the name before the comma, not the description set off after it, is what
// the relative clause (and the verb after it) is about. `description` is the noun group before
// the relativizer, `name` the noun group before the comma that opens it. Returns `name` when it
// is all proper nouns and the description opens with "a", "an" or "the" and has a common noun;
// empty otherwise ("the leader of the party, which ..." stays the description).
Span name_before_description(const std::vector<Token>& tk, Span name, Span description);

// titled-name-in-appositive: "The study's lead author, glaciologist Ada Brandt, said ...",
// "Another co-author, geography professor Tomas Ruiz, said ..." -> the name after the occupation
// words of the appositive speaks, not the description. `name` is the noun group set off by
// commas: lower-case occupation words ending in a common noun, then a proper name of two words or
// more. Empty otherwise (then name_in_appositive decides).
Span titled_name_in_appositive(const std::vector<Token>& tk, Span description, Span name);

// name-in-appositive, coordinated: "Two representatives, Collin Peterson and Jeff Van Drew,
// opposed ..." -> the names ("and" between them), when the comma at `close` ends them and a
// description with a common noun stands before them. Empty otherwise.
Span names_in_appositive(const std::vector<Token>& tk, const Chunks& c, size_t close);

// subject-across-parenthetical: "Rittenhouse, in remarks to a newspaper, contended ...",
// "Moraes, speaking after the ceremony, said ...". `close` is the comma right before the verb
// group; returns the index of the comma that opens the parenthetical (a prepositional or
// participial phrase with no finite verb), or kNone.
size_t parenthetical_open(const std::vector<Token>& tk, const Chunks& c, size_t close);

// according-to-document: "according to a statement by the ministry" -> the ministry; "according
// to a report on Wednesday by UpGuard" -> UpGuard; "according to a NATO press release" -> NATO.
// `who` is the noun group after "according to". Returns the author, or empty when `who` is not a
// document (then `who` itself speaks).
Span document_author(const std::vector<Token>& tk, const Chunks& c, Span who, const Lexicons& lex);

// according-to-long-name: "according to the Institute for Fiscal Studies", "a report by the
// Center for Ocean Science and Engineering": a capitalized name goes on across a joiner of
// speech_words.tsv ("for", "of", "on") into the capitalized noun group after it (past a "the"),
// and across "and" into one more capitalized word that ends the name. `g` is the noun group read
// so far; returns it, longer when the name goes on. Not after a common noun ("a spokesman for
// Exxon": the spokesman speaks) nor into a lower-case group ("the Institute for the year").
Span name_across_joiners(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex, Span g);

// Words that name a document, a statement or a publication rather than its author
// (data/lexicon/speech_words.tsv, kind document).
bool is_document_noun(const Lexicons& lex, std::string_view lower);

// The first token after up to `max_phrases` time or prepositional phrases starting at j ("said on
// Wednesday in a statement it had ..."): where a complement clause without "that" may start.
size_t skip_attribution_phrases(const std::vector<Token>& tk, const Chunks& c,
                                const std::vector<TimeExpression>& times, size_t j, int max_phrases);

// content-then-cue-continued: "CONTENT, Maroth said, and ...", "\"CONTENT\", Johnson said in a
// video statement released on ...". After the postposed cue and its extra arguments at `after`,
// the sentence goes on with a new clause (after a comma or semicolon) or a participle that
// modifies the last argument. The content before the cue must have a finite verb of its own.
bool attribution_continues(const std::vector<Token>& tk, const Chunks& c, size_t after);
bool has_finite_verb(const Chunks& c, Span s);

// past-form-as-finite: the tagger reads a regular past form as a participle where a finite verb
// stands: "said the measures targeted \"the bankers\"", "Sadiq Khan, tweeted that". True for a
// lone "-ed" VBN verb group (no auxiliary) at `g` when `after_subject` (a cue's complement has just
// named its subject), or when it is a cue verb right after the comma that closes an appositive and
// "that", a quotation or a colon follows, or when a name or pronoun and adverbs stand right before
// it ("Duda also characterised the deaths"); also any VBN after "and" that follows an active past
// verb ("killed three and injured sixteen", "blocked a road and set tyres on fire"), and an "-ed"
// form that is the only verb of a sentence and takes an object or "for" ("Both the council and
// the government called for an inquiry"), and a participle after a clause's opening noun group
// that takes an object or has no passive (subject-past-form, subject_past_form.h: "An apartment
// block caught fire").
bool past_form_reads_finite(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g, bool after_subject,
                            bool is_cue);
// The same before a subject, whether the verb is a cue read from lex.cues only for a lone past
// participle: most verb groups are none, and the probe is asked for every clause.
bool past_form_reads_finite(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g, const Lexicons& lex);

// content-subject-past-form: "Officials said several acres of land burned near the town", "found
// that the mice recovered": a regular past form the tagger read as a participle, right after the
// noun group (with its "of" phrases) that opens a finite cue's complement, with or without "that",
// is the content clause's verb; not before an agent ("by") nor with another finite verb after it
// ("said two men arrested in the raid were freed": a modifier).
bool content_subject_past_form(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& g, const Lexicons& lex);

// A colon or comma and an opening quotation mark at q: 'commented on the decision: "..."'.
bool quotation_follows(const std::vector<Token>& tk, size_t q);

// After a cue's noun group ending at e, an appositive set off by commas and then a verb group:
// "said Hamza bin Laden, son of the late founder, has been killed". Returns the verb group's first
// token, or kNone.
size_t after_appositive(const std::vector<Token>& tk, const Chunks& c, size_t e);

// cited-as-saying: "The BBC cited Budi Gunawan, the agency's chief, as saying ...", "quoted X as
// stating": the cited person speaks, not the one who cites. `v` is the participle after "as".
// Returns the speaker's noun group, or empty.
Span cited_speaker(const std::vector<Token>& tk, const Chunks& c, const VerbGroup& v);

// Nouns whose own content a "that" clause can give ("rumours that", "remarks by X that", "Soros'
// disclosure that"): after "responded to", "commented on", "had nothing to say about" such a noun
// the clause is its content, not the speaker's (cue-after-phrases refuses it).
// data/lexicon/speech_words.tsv, kind content.
bool is_content_noun(const Lexicons& lex, std::string_view lower);

// statement-vehicle: a verb that puts out a document ("issued a statement", "released a letter",
// "posted a message"): its subject speaks what the document says, never the document.
// data/lexicon/speech_words.tsv, kind vehicle.
bool is_vehicle_verb(const Lexicons& lex, std::string_view lemma);

// statement-vehicle, participle: "The club released a statement on Tuesday saying ...": for a
// cue participle at `p`, the vehicle verb group whose document object stands before it (past at
// most two time or prepositional phrases), or -1. Its subject is the participle's speaker.
int vehicle_before_participle(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times,
                              size_t p, const Lexicons& lex);

// A speech act whose content is the object with a complement, not a clause:
// - call-object-complement: "KCNA called the summit \"a war rehearsal\"", "characterised the
//   deaths as crushing", "described the ruling as a disgrace" (the labelling verbs of
//   data/lexicon/speech_words.tsv);
//   "characterized the talks with the union as ..." (one prepositional phrase may qualify the
//   object), "called the budget a \"fiscal disaster\"" (a quotation after "a"; a bare "a" noun
//   group, "called the minister a liar", stays the plain clause of name-calling);
// - stated-intention: "Canada stated its intention to join the measures", "announced plans to
//   to stay" (planned); not "announced plans to", an announcement;
// - statement-vehicle: "The bank issued a statement: \"...\"", "released a short statement on
//   Monday that ...": a vehicle verb (is_vehicle_verb) whose object is a document, then "that"
//   and a clause or a quotation; the cue is "state".
// `j` is the first token after the verb group. Returns the content span and sets `rule` and
// `modality`; empty when neither applies.
struct SpeechObject {
  Span content;
  std::string_view rule;      // static storage
  std::string_view modality;  // static storage
  std::string_view cue = {};  // the claim's cue when it is not the verb's lemma; static storage
};
SpeechObject speech_object(const std::vector<Token>& tk, const Chunks& c, const std::vector<TimeExpression>& times,
                           const VerbGroup& v, size_t j, bool is_cue, const Lexicons& lex);

}  // namespace newsgraph
