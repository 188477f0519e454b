// The project's word lists (data/lexicon/*, data/events.tsv) and the country gazetteer built from
// Debian's iso-codes, loaded once and shared read-only by every extraction thread.
#pragma once
#include "no_event.h"
#include "string_table.h"
#include "word_sets.h"
#include "wordnet_places.h"
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsgraph {

// kAgent: a common-noun actor of a sector and (usually) a country, "police of Kenya" (data/agents.tsv).
enum class EntityType { kPerson, kCountry, kPlace, kOrganization, kOther, kAgent };

// The kinds of data/lexicon/name_shape_words.tsv, as bits of Lexicons::name_shape_words.
enum NameShapeKind : uint32_t {
  kBroadcastTail = 1u << 0,
  kChannelHead = 1u << 1,
  kEventHead = 1u << 2,
  kAcademicRank = 1u << 3,
  kJournalHead = 1u << 4,
  kJournalLead = 1u << 5,
  kLatinEnding = 1u << 6,
  kModifierPrefix = 1u << 7,
  kPlaceNounAfterName = 1u << 8,
  kNewNameHonorific = 1u << 9,
};
const char* entity_type_name(EntityType t);  // "PERSON", "COUNTRY", "PLACE", "ORG", "OTHER", "AGENT"
EntityType entity_type_from_name(const std::string& name);

struct GazetteerEntry {
  std::string canonical;   // "United States", "World Trade Organization", "Ottawa"
  EntityType type = EntityType::kOther;
  std::string country;     // for cities: the country they are in
  bool capital = false;    // a seat of government: as an agent it stands for its country
  // From a broad source (WordNet's towns): many such names are also surnames or words ("Jackson",
  // "Reading"), so recognition asks for more than the name alone (see entities.cpp).
  bool weak = false;
  // Written in capitals in its source ("WHO", "US"): a capitalized ordinary word with the same
  // letters ("Who", "Us") is not it.
  bool acronym = false;
  // From GeoNames (build/derived/places.tsv) and also a first name, a surname WordNet knows, or a
  // town under 100,000: a place only after a place preposition ("in Tyler") or in a dateline.
  bool needs_place_context = false;
};

// One first name of the US Social Security counts (build/derived/first_names.tsv).
struct FirstName {
  float p_female = 0.5f;  // share of the name's births that were girls
  uint32_t births = 0;    // births 1880-2024 under the name
};

struct EventRule {
  std::string event_type;
  std::string cameo;
  bool symmetric = false;
  std::string threatened_type;   // empty when the event has no threat form
  std::string threatened_cameo;
  // A row that says its verb + object pair is no event ("sign + bill"): a match that stops the
  // lookup, types nothing.
  bool no_event() const { return marks_no_event(cameo); }
};

// A common noun that names an actor of a kind ("police", "rebels"): data/agents.tsv.
struct AgentNoun {
  std::string singular, plural;  // lower case; plural empty when the word has one form ("police")
  std::string sector;            // CAMEO-style sector code ("COP")
};

// Reads data/agents.tsv into `out` (keyed by the lower-case singular and plural); returns the most
// words a form has. Throws std::runtime_error naming the file when it is missing.
size_t load_agent_nouns(const std::string& path, std::unordered_map<std::string, AgentNoun>& out);

// A noun that names an act (data/event_nouns.tsv): "talks", "the arrest of", "a hunger strike".
struct EventNoun {
  std::string event_type, cameo;
  bool of_is_target = false;  // "the arrest of X": X is the target
};

// A definite description's noun ("the company", "the court"; data/lexicon/description_nouns.tsv):
// the types its antecedent may have and the words its name must contain (none: any name of the
// types without a word of `other_words`, the name words of the other nouns).
struct DescriptionNoun {
  std::vector<EntityType> types;
  bool capital = false;  // CAPITAL: a place that is a seat of government qualifies
  std::vector<std::string> name_words;
  std::unordered_set<std::string> other_words;
  // Name words '@': the noun names only a name the article put it with ("Houthi rebels ... the
  // rebels", named-kind-description), never any name of its types.
  bool named_only = false;
  // Words after '@': the last word of a name the noun names on its own, a class its name's head
  // says ("The Coastal Express ... the train": name-head-description); never words of another row's
  // other_words, since they say nothing of organisations ("American Express ... the company").
  std::vector<std::string> name_heads;
};

// A phrase that opens a sentence and stands for the list of names that is the subject of the
// sentence before ("Both", "The two"): data/lexicon/plural_references.tsv, read by
// extract/entities/plural_members.cpp (plural-pronoun-members).
struct PluralReference {
  std::string first, second;  // lower case; second empty for one word
  size_t members = 0;         // the names the list must have; 0: any number from two
};

// A description of a match's team by where it is played ("the hosts", "the away side"):
// data/lexicon/home_away_descriptions.tsv, read by extract/entities/team_names.cpp
// (home-away-description).
struct HomeAwayDescription {
  std::vector<std::string> words;  // after "the", lower case: {"home", "side"}
  bool home = false;               // else the away team
};

struct Lexicons {
  // Loads every file; throws std::runtime_error naming the file that is missing or malformed.
  // `zone_file` (tzdata's zone1970.tab) and `wordnet_dir` (cities and towns from WordNet) are
  // optional: when absent, fewer cities are known.
  // `wordnet` supplies WordNet's instance synsets when called (see wordnet_places.h); it may be
  // empty.
  Lexicons(const std::string& data_dir, const std::string& iso_codes_dir, const std::string& zone_file,
           const std::function<WordNetInstances()>& wordnet = {});
  // Tells this Lexicons' per-thread word-class memo (word_classes.h) from another's: each
  // constructor takes a new one.
  uint64_t generation = 0;

  // Phrase gazetteer keyed by alias_key() of the phrase; max_phrase_tokens bounds matching.
  std::unordered_map<std::string, GazetteerEntry> gazetteer;
  size_t max_phrase_tokens = 1;
  // Every key of the gazetteer cut before one of its spaces ("united", "united states"): a
  // phrase whose key is not here cannot grow into a gazetteer phrase, so matching stops there.
  std::unordered_set<std::string> gazetteer_prefixes;
  std::unordered_map<std::string, std::string> demonyms;       // exact form -> country
  std::unordered_set<std::string> demonym_prefixes;            // "West" of "West German": as gazetteer_prefixes
  std::unordered_map<std::string, std::string> regions;        // "Texas", "Tex.", "Ontario" -> country
  std::unordered_map<std::string, std::string> titles;         // lower-case phrase -> role
  size_t max_title_tokens = 1;
  std::unordered_set<std::string> title_prefixes;              // "prime" of "prime minister": as gazetteer_prefixes
  std::unordered_set<std::string> title_suffixes;              // "minister", "prime minister": every title's word-suffixes
  std::unordered_set<std::string> org_suffixes;                // exact form
  std::unordered_set<std::string> company_suffixes;            // those of company names ("Corp", "Airlines")
  std::unordered_set<std::string> place_suffixes, place_prefixes;  // "Airport", "Mount"
  // Heads of sports grounds, often named after their club ("Celtic Park"): the club's name is no
  // short form of the ground's (place_suffixes.txt, marked "venue"; also in place_suffixes).
  std::unordered_set<std::string> venue_heads;
  std::unordered_set<std::string> person_prefixes;             // exact form
  std::unordered_set<std::string> given_names;                 // "Steven", "Isabelle": exact form
  std::unordered_set<std::string> non_names;                   // "Shr", "Revs": exact form
  std::unordered_set<std::string> modifier_suffixes;           // "era", "based" of "World War II-era": lower case
  std::unordered_set<std::string> numbered_classes;            // "Chapter", "Category" before a figure: exact form
  std::unordered_set<std::string> name_forming_titles;         // "king" of "Burger King": lower case, as titles.tsv
  // data/lexicon/name_coordinations.tsv (head-word-before-and): "Oil *", "Bank Trust": an
  // organisation word and the word after its "and" (or "*") that stay inside one name.
  std::unordered_set<std::string> name_joining_pairs;
  // data/lexicon/non_entity_words.tsv (class-word-alone): exact form -> kind (faith, colour,
  // offence, count, after-ordinal).
  WordMap<std::string> non_entity_words;
  // data/lexicon/name_shape_words.tsv: word as written -> its NameShapeKind bits.
  std::unordered_map<std::string, uint32_t> name_shape_words;
  bool name_shape(const std::string& w, NameShapeKind kind) const {
    const auto it = name_shape_words.find(w);
    return it != name_shape_words.end() && (it->second & kind);
  }
  WordMap<std::string> party_words;    // "Democratic", "Tories" -> the party
  WordSet family_names_first;          // "Li", "Moon": exact form
  std::vector<std::string> storm_kinds;  // "Hurricane", "Tropical Storm": exact form, longest first
  WordSet role_nouns;                  // "lawyer", "chief": heads of appositive roles, lower case
  WordSet office_modifiers;            // "former", "acting": before a title in apposition, lower case
  WordSet evaluative_role_adjectives;  // "great", "only": judge a role's holder (role-by-copula), lower case
  WordSet distinct_office_words;       // "shadow", "deputy": before a title, another office
  // data/lexicon/generic_statements.tsv (facts/fragments.cpp): a noun group these start names no
  // one thing ("a federal official", "any passenger"); a clause with these modals and such a
  // participant states a rule ("passengers must", "an official can be removed"). Lower case.
  WordSet generic_determiners;
  WordSet rule_modals;
  // data/lexicon/state_predicates.tsv (facts/fragments.cpp), by kind: words never a verb ("vs",
  // a modal standing alone), linking verbs ("seem", "remain") and the nouns of ability, chance or
  // mind after "have" ("foresight", "idea"), verbs whose agentless passive is a state ("worried",
  // "based"), verbs of thinking or feeling ("know", "feel"). Lower case; verbs and nouns as lemmas.
  StringTable never_verbs, linking_verbs, have_state_nouns, state_participles, mind_verbs, measure_participles;
  std::unordered_map<std::string, DescriptionNoun> description_nouns;  // "company", "court": lower case
  // data/lexicon/plural_references.tsv (entities/plural_members.cpp), in the file's order: "they",
  // "both", "the two", ...
  std::vector<PluralReference> plural_references;
  WordMap<char> gendered_nouns;        // "widow" -> 'f', "mr" -> 'm': lower case
  // Names WordNet knows (exact form): kPerson, kPlace or kOrganization, or kOther for a named
  // thing that is none of those ("World War II"); nullptr for a name it does not know or knows in
  // senses of several classes. Probed for many capitalized words, so kept in StringTables.
  const EntityType* wordnet_type(std::string_view name) const;
  // Whether some name WordNet knows starts with these words ("New" of "New England").
  bool wordnet_name_prefix(std::string_view words) const { return wordnet_prefixes_.find(words) != StringTable::kNone; }
  WordMap<std::string> cues;           // verb lemma -> modality
  WordMap<std::string> modal_modality;     // "will" -> planned
  WordMap<std::string> matrix_modality;    // "threaten" -> threatened
  WordMap<std::string> adjective_modality; // "ready" -> promised
  WordSet catenative_verbs;                  // "choose", "begin": join "to" + verb
  WordMap<std::string> passive_matrix_modality;  // "say" -> reported: "is said to"
  // Phrasal verbs (data/lexicon/phrasal_verbs.tsv): "step down" whose predicate keeps the particle.
  WordSet phrasal_verbs;                     // "verb particle"
  WordSet phrasal_particles;                 // "down", "out": looked up first
  bool phrasal(const std::string& lemma, const std::string& particle) const {
    return phrasal_particles.count(particle) && phrasal_verbs.count(lemma + ' ' + particle);
  }
  // data/lexicon/time_heads.txt (facts/time_attachment.cpp, year-modifies-noun): nouns of a
  // stretch of time ("period", "season") that a year before them dates as the clause's.
  StringTable time_heads;
  // data/lexicon/deictic_time_leads.txt (facts/time_attachment.cpp, time-deictic-after-clause):
  // words that make a time phrase an adverbial without a preposition ("last weekend", "this past
  // Saturday").
  StringTable deictic_time_leads;
  // data/lexicon/deictic_time_blockers.txt (the same construction): words that open a phrase which
  // takes such a time as its own ("up from 7.1 pct last week", "despite a breakdown last weekend").
  StringTable deictic_time_blockers;
  // data/lexicon/undergoing_verbs.txt (facts/complement_events.cpp, undergone-act): verbs whose
  // subject undergoes the act their object names ("came under criticism", "received a sentence").
  StringTable undergoing_verbs;
  // data/lexicon/received_aid.tsv (facts/complement_events.cpp, aid-received-from): verbs of
  // receiving, the aid nouns they take with their codes ("received funding from X" 071), and the
  // words that make a support noun an endorsement ("broad support", "the proposal").
  struct ReceivedAidNoun {
    std::string event_type, cameo;
    bool endorsable = false;  // a support noun: an endorsement after an endorsement word
  };
  StringTable received_aid_verbs, endorsement_words;
  // data/lexicon/criticism_labels.txt (facts/labelling_events.cpp, labelling-criticism): words that
  // make a label a criticism ("called the deal lousy", "described it as a violation").
  StringTable criticism_labels;
  std::unordered_map<std::string, ReceivedAidNoun> received_aid_nouns;
  // data/lexicon/interview_talk_verbs.txt (pipeline.cpp, interviewee-first-person): verbs with
  // which an interviewee's "I" gives an opinion or a feeling, no event ("I find", "I imagine").
  StringTable interview_talk_verbs;
  // data/lexicon/objectless_non_events.txt (facts/fragments.cpp, objectless-non-event): verbs
  // that stand alone in WordNet but make no event without an object ("the study focuses").
  StringTable objectless_non_events;
  // data/lexicon/subject_clause_words.tsv (the tagger's plural-subject-verb): kind opener,
  // written forms after which a clause may open with its subject (and the verbs of a postposed
  // attribution); kind not-verb, words the rule never reads as a verb.
  StringTable subject_clause_openers;
  StringTable subject_verb_exclusions;
  // data/lexicon/gerund_modifiers.tsv (the tagger's gerund-modifier): "holding company" pairs as
  // written, one space between ("managing director"); and the -ing forms of `*` rows, adjectives
  // before any common noun ("existing contracts").
  StringTable gerund_modifier_pairs;
  StringTable gerund_modifier_any;
  // data/lexicon/authored_nouns.txt (facts/objects.cpp, agent-after-phrase): nouns whose "by"
  // names their maker ("a novel by X"), never a passive's agent.
  StringTable authored_nouns;
  // data/lexicon/agent_state_words.txt (entities/mentions.cpp, agent-state-it): after "it is/was"
  // these make "it" an agent's pronoun ("said it was optimistic"), not a pleonastic "it".
  StringTable agent_state_words;
  // data/lexicon/team_role_words.txt (entities/team_names.cpp, team-before-role-word): a team's
  // staff and players ("boss", "striker") written between the team's name and a person's.
  StringTable team_role_words;
  // data/lexicon/first_person_plural.txt and body_voice_roles.txt (entities/first_person_plural.h):
  // "we", "us", "our" inside a speaker's words, and the role words whose holder's "we" is the
  // organisation of the role ("coach", "spokesperson", "chief executive").
  StringTable first_person_plural, body_voice_roles;
  // data/lexicon/team_nouns.txt (entities/team_names.cpp, possessive-team-of-role): "his side",
  // "her team" are the team of the person the pronoun is.
  StringTable team_nouns;
  // data/lexicon/home_away_descriptions.tsv (entities/team_names.cpp, home-away-description).
  std::vector<HomeAwayDescription> home_away_descriptions;
  // data/lexicon/role_naming_verbs.txt (entities/appositive_roles.cpp, role-by-verb and
  // named-as-role): verbs that give a person an office ("appoint", "elect", "pick").
  StringTable role_naming_verbs;
  // data/lexicon/constituency_roles.txt (entities/appositive_roles.cpp, constituency-after-for):
  // role nouns of members who sit for a place ("MP", "senator"), whose "for/from X" names the seat.
  StringTable constituency_roles;
  // data/lexicon/office_verbs.tsv (entities/appositive_roles.cpp, role-by-office-verb): verbs of
  // holding an office over a body ("chair", "head") and, by the verb's id, the role each states.
  StringTable office_verbs;
  std::vector<std::string> office_verb_roles;
  // data/lexicon/time_or_turn_words.txt (facts/complement_events.cpp, attack-for-criticism): words
  // that make "for the ..." a stretch of time or a turn, not a reason ("for the second time").
  StringTable time_or_turn_words;
  // data/lexicon/list_words.tsv (facts/noun_phrases.cpp, facts/object_lists.cpp, object-list-item):
  // the phrases that close a list of objects ("and", "as well as") and the asides set off by
  // commas between a verb and its list ("among other things"), and the fixed pairs whose "and"
  // joins inside one item ("research and development"), each as its lower-case words.
  std::vector<std::vector<std::string>> list_closers, list_asides, list_pairs;
  // list_words.tsv's one-word kinds (object_lists.cpp): "second" words that open a second thing
  // of its own ("and other groups"), "approximator" words before an amount ("and B about 20 mln"),
  // "actor-link" prepositions after an actor before a list subject's "and" ("Members of the lab
  // and volunteers").
  WordSet list_second_words, list_approximators, list_actor_links;
  // list_words.tsv's words of time lists and correlatives: "range" words before a first time
  // that make "X and Y" a span, not a list ("between 2001 and 2005": time_lists.cpp,
  // time-list-item), and the "neither" and "nor" of a negative pair (neither_nor.cpp).
  WordSet list_range_openers, list_negative_openers, list_negative_joins;
  // data/lexicon/finishing_positions.tsv (facts/objects.cpp, finishing-position): verbs of
  // finishing a contest (lemmas) and the ordinals that give the place ("came in second").
  StringTable finishing_verbs, finishing_positions;
  // data/lexicon/result_nouns.tsv (facts/result_nouns.cpp, result-noun): the nouns of a contest's
  // outcome with the preposition before the other side ("win over", "defeat to"), which side won,
  // and the lead words whose noun group takes the clause subject as its owner ("with a win over").
  struct ResultNoun {
    std::string noun, preposition;
    bool owner_wins = true;  // "X's win over Y": X beat Y; false for "X's defeat to Y"
  };
  std::vector<ResultNoun> result_nouns;
  StringTable result_noun_words, result_noun_leads;  // the nouns (for a quick test), the lead words
  // data/lexicon/institution_role_words.txt (entities/title_mentions.cpp, occupation-before-name):
  // words that make an occupation an institution's part in a deal ("lead manager").
  StringTable institution_role_words;
  // data/lexicon/intention_nouns.txt (facts/reported_speech.cpp, stated-intention): nouns of an
  // intention whose "to" + verb a cue verb reports as planned ("stated its intention to join").
  StringTable intention_nouns;
  // data/lexicon/vague_past_adverbs.txt (facts/time_attachment.cpp, time-vague-past-in-clause):
  // adverbs that date their clause before the article ("previously", "recently").
  StringTable vague_past_adverbs;
  // Words before a time that make it a comparison's base or a stretch's end ("from a year
  // earlier", "through May 22"):
  // data/lexicon/time_base_words.txt, read by time-own-in-coordinate.
  StringTable time_base_words;
  // data/lexicon/time_approximators.txt (facts/noun_phrases.cpp, time-after-approximator): words
  // between a preposition and its time that make the time approximate ("in about 1970").
  StringTable time_approximators;
  // data/lexicon/object_control_verbs.txt (facts/clause_subjects.cpp): verbs whose object is the
  // subject of the "to" + verb after it ("urged both countries to settle"); the actor_ ones only
  // when that object can act ("requested the board to", not "requested more time to").
  StringTable object_control_verbs, actor_control_verbs;
  // data/lexicon/non_actor_nouns.txt (facts/non_actor_subjects.cpp, non-actor-subject): natural
  // forces, processes and diseases, no actors ("the storm attacked the coast"); a named storm is
  // found by storm_kinds.
  StringTable non_actor_nouns;
  // data/lexicon/negative_subject_words.txt (facts/clause_subjects.cpp, negative-subject): a
  // subject's first word that negates its clause ("none", "no", "neither", "nobody").
  StringTable negative_subject_words;
  // data/lexicon/conditional_leads.txt (facts/clause_subjects.cpp, hypothetical): the words right
  // before a clause's subject that open a condition ("if", "unless", "in case"), each lead's words
  // in order.
  std::vector<std::vector<std::string>> conditional_leads;
  // data/lexicon/speech_words.tsv (facts/reported_speech.cpp), by kind: nouns that name a
  // document ("statement", lower case), nouns whose content a "that" clause gives ("rumours"),
  // verbs that put out a document ("issue", lemma), verbs that label their object ("call",
  // lemma), words that join the parts of one organisation's name ("for" of "the Institute for
  // Fiscal Studies"), nouns of a person who speaks for a body ("spokesman": unnamed-spokesperson,
  // spokesperson-for-body in extract/pipeline.cpp), first-person pronouns ("i", "we":
  // first-person-in-quotation), cue verbs whose object is the recipient ("tell"), those that must
  // name it ("tell": recipient-before-clause) and the common nouns of a channel's name ("programme").
  // Probed by string_view, so kept in StringTables.
  StringTable document_nouns, content_nouns, vehicle_verbs, labelling_verbs, name_joiners, proxy_nouns;
  StringTable first_person_words, recipient_cues, told_recipient_cues, channel_nouns;
  // The words that open a cue's content as a question ("recounted how", "questioned whether":
  // cue-wh-clause), in speech_words.tsv.
  // The cues that make a claim only with such a question ("questioned whether ...", never
  // "questioned the power to ...").
  StringTable wh_content_words, question_cues;
  // data/lexicon/research_words.tsv (facts/study_authors.cpp), by kind: nouns that name a piece of
  // research as a speaker ("study", "findings"), heads of a research group ("researchers"),
  // collective heads that are one only after a modifier ("team" of "the research team"), those
  // modifiers, and the words that refer back to the group after a possessive ("her colleagues").
  StringTable study_nouns, research_group_heads, research_team_heads, research_team_modifiers, research_colleague_words;
  WordMap<EventRule> events;           // "verb\tobject" or "verb\t*"
  // The verbs of events' rows: most clauses' verbs have none, and one look-up of the verb spares
  // them building and hashing the (verb, object) and (verb, *) keys.
  WordSet event_verbs;
  // Object classes of events.tsv rows (data/lexicon/event_object_classes.tsv; used by
  // event_rule_of in extract/pipeline.cpp): a row whose object cell is "@relief" matches any
  // object head of that class ("supply", "vaccine"): "food" -> "relief", "million" -> "money".
  WordMap<std::string> event_object_classes;
  // Subject classes (data/lexicon/event_subject_classes.tsv: "warplane" -> "aircraft") and the
  // rows keyed by them (data/subject_class_events.tsv: "aircraft\tstrike\t*"): a verb whose event
  // depends on who does it ("warplanes struck" 195, "protesters torched" 145); read by
  // event_rule_of in extract/pipeline.cpp (construction "event-subject-class"). The verbs of the
  // rows spare every other clause the subject's head.
  WordMap<std::string> event_subject_classes;
  WordMap<EventRule> subject_class_events;
  WordSet subject_class_verbs;
  // Stance verbs and the codes of their events (data/stance.tsv, data/stance_codes.tsv; used by
  // extract/facts/stance_events.cpp): "agree" -> intent; "intent\t0841" -> 0353.
  std::unordered_map<std::string, AgentNoun> agents;  // lower-case singular or plural -> the agent
  size_t max_agent_words = 1;
  // The last words of the agent nouns' keys: a token that is none of them ends no agent noun, so
  // AgentActors::name builds no lookup strings for it (most participants' heads).
  std::unordered_set<std::string> agent_last_words;
  WordMap<EventNoun> event_nouns;  // lower-case words, the last as lemma
  size_t max_event_noun_words = 1;
  // The last words of the event nouns: a token that is none of them (by lemma or form) ends no
  // event noun, so match_noun builds no lookup strings for it (most nouns).
  std::unordered_set<std::string> event_noun_last_words;
  // The single words of the sets above that word_classes.h reads (titles, title_prefixes,
  // event_noun_last_words, agent_last_words, gazetteer keys and gazetteer_prefixes), each with
  // its class bits (class_words id -> bits): marked by the loaders with mark_class_word, so that
  // the first probe of a word costs one lookup instead of up to five set probes and an alias key.
  StringTable class_words;
  std::vector<uint8_t> class_word_bits;
  // The prepositions that carry an event's target (data/event_targets.tsv; used by
  // extract/facts/event_targets.cpp): "grant\t*" -> {"to"}, "open\tfire" -> {"on", "at"}.
  std::unordered_map<std::string, std::vector<std::string>> event_target_prepositions;
  WordMap<std::string> stance_verbs;
  WordMap<std::string> stance_codes;
  std::vector<std::string> abbreviation_lines;                 // raw lines for the tokenizer
  // Verbs whose most frequent senses need a complement ("have", "tell"), from WordNet's frames
  // (wordnet_verbs.h); filled by Resources, empty when WordNet is absent.
  StringTable verbs_needing_complement;
  // Words WordNet knows as adjectives and not as verbs ("unimpressed", "keen"), from its index
  // files (wordnet_verbs.h); filled by Resources, empty when WordNet is absent.
  StringTable adjectives_not_verbs;
  bool needs_complement(std::string_view verb) const { return verbs_needing_complement.find(verb) != StringTable::kNone; }

  const GazetteerEntry* find_place(const std::string& phrase) const;
  // ISO 3166-1 alpha-2 code -> the country's canonical name ("TZ" -> "Tanzania").
  std::unordered_map<std::string, std::string> country_by_code;
  // First names by lower-case form, from build/derived/first_names.tsv (empty when it is absent;
  // see derived_gazetteers.h). first_name() takes the word as written.
  std::unordered_map<std::string, FirstName> first_names;
  const FirstName* first_name(std::string_view word) const;
  // Behind wordnet_type() and wordnet_name_prefix(); filled by the constructor.
  StringTable wordnet_names_;             // id -> wordnet_name_types_[id]
  std::vector<EntityType> wordnet_name_types_;
  StringTable wordnet_prefixes_;
  const GazetteerEntry* find_place_key(const std::string& key) const;  // key: alias_key() of a phrase
  // Event rule for a predicate and the head lemma of its object (may be empty), or nullptr.
  const EventRule* event_for(const std::string& verb, const std::string& object_head) const;

  // The constructor's loaders, in its order (lexicons.cpp). `lex` is data_dir + "/lexicon/";
  // `preferred` the project's country names by iso name; `by_alpha2` country names by code.
  using NameMap = std::unordered_map<std::string, std::string>;
  void add_place(const std::string& phrase, GazetteerEntry e);  // the first entry for a phrase wins
  NameMap load_countries(const std::string& lex, const std::string& iso_dir, NameMap& preferred);
  void load_cities(const std::string& lex, const std::string& zone_file, const NameMap& by_alpha2);
  void load_former_countries(const std::string& iso_dir, NameMap& preferred);
  void load_regions(const std::string& lex, const std::string& iso_dir, const NameMap& by_alpha2);
  void load_wordnet(const std::function<WordNetInstances()>& wordnet);
  void load_name_words(const std::string& lex);
  void load_clause_words(const std::string& data, const std::string& lex);
};

}  // namespace newsgraph
