// Entity mentions (people, countries and other places, organisations, pronouns, role
// descriptions) with their types and byte spans, role relations from titles ("U.S. Treasury
// Secretary Scott Bessent" -> Bessent holds treasury secretary of United States), and
// in-article coreference (surnames, pronouns, "the president").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lexicons.h"
#include "token.h"

namespace newsgraph {

enum class MentionKind { kName, kDemonym, kPronoun, kDescription, kDateline, kAgent };

struct Mention {
  size_t sentence = 0;
  size_t tok_begin = 0, tok_end = 0;  // token range in the sentence
  uint32_t start = 0, end = 0;        // byte span in the article text
  std::string text;                   // surface text exactly as written
  EntityType type = EntityType::kOther;
  MentionKind kind = MentionKind::kName;
  std::string entity;   // canonical name after in-article resolution; empty when unresolved
  std::string role;     // for descriptions ("the president") and titled names
  bool capital = false; // a seat of government: as an agent it stands for `country`
  std::string country;  // the country of a city, demonym or capital
  bool metonymy = false;  // a capital read as its country's government ("Beijing proposed")
  bool weak = false;      // a place from a broad source, given up for a person of the same surname
  bool common_word = false;  // one token, a capitalized ordinary word ("Market", "Embassy")
  // Typed only by its context or a list of given names ("in Neiafu", "Kendra's mother"), or an
  // organisation only by standing before a title ("TWA Chairman"): the article's own longer
  // names still say better what a one-word name is ("via Drexel" after "Drexel Burnham").
  bool guessed = false;
  // For an object pronoun ("The RIAA ranks it"): the first token of its clause. A pronoun is
  // never its own clause's subject (that would be "itself"), so antecedents from that token on
  // are passed over. kNone for other mentions.
  size_t clause_begin = static_cast<size_t>(-1);
  // For a pronoun that is the subject of a verb's complement clause ("Microsoft said it would",
  // complement-clause-subject in mentions.cpp): the speaker of its sentence comes first.
  bool complement_subject = false;
  // For a pronoun in or right after a sentence-initial phrase with no verb of its own ("After
  // Smetana, he"; "In his filing, Redstone said"): the token of the comma that closes the phrase
  // (opening-phrase in resolution.cpp). kNone otherwise.
  size_t opening_end = static_cast<size_t>(-1);
  std::string_view rule;  // the mention construction that made it ("gazetteer-name"); static storage
  // 'f' or 'm' when the name says ("Mrs", a first name that is >= 95% one sex's; person_names.h),
  // else 0: pronouns of the other gender skip this person.
  char gender = 0;
  // For a definite description ("the company", rule "definite-description"): its noun's entry,
  // which says what it may name (definite_descriptions.h); null for other mentions.
  const DescriptionNoun* described = nullptr;
  // For a name: the description noun the article puts right after it or at the head of its
  // apposition ("Houthi rebels", "Notre Dame cathedral", "Badalona, a Catalonian city"), which a
  // later "the rebels" may stand for (named-kind-description, definite_descriptions.h); else null.
  const DescriptionNoun* named_with = nullptr;
  // The head of a claim's speaker ("Okafor said", "He added"): a pronoun that speaks takes the
  // latest speaker before it (speaker-continuity in resolution.cpp).
  bool speaks = false;
  // For an untyped name: the word right after it is a finite verb or a modal ("Velora Air said",
  // "Velora Air will"), where a subject stands; not a modifier ("the Tory leader") nor an object;
  // and its first word no common first name (untyped-subject-for-it).
  bool before_verb = false;
};

struct Role {
  std::string person;        // canonical person name
  std::string role;          // canonical role ("treasury secretary")
  std::string organization;  // canonical country or organisation, may be empty
  size_t sentence = 0;
  std::string person_text, title_text;  // surface forms ("Marina Alvarez", "President")
  // The capitalized words before a lower-case title, in lower case ("tory" of "Tory leader
  // Michael Howard"): what "the Tory leader" must repeat to name this holder
  // (qualified-role-description, qualified_roles.h); "" for other roles.
  std::string qualifier;
  std::string_view rule;  // the title construction ("title-before-name"); static storage
};

// Finds the mentions of one sentence and the roles its titles state. `sentence_index` is stored
// in each mention.
void recognize_entities(const std::vector<Token>& tokens, size_t sentence_index, const Lexicons& lex,
                        std::vector<Mention>& mentions, std::vector<Role>& roles);

// Resolves, within one article and in reading order, surnames to the full name introduced in the
// article, pronouns to the nearest compatible mention and role descriptions to the role holder;
// sets Mention::entity (and the type learned from the antecedent). Unresolvable pronouns keep an
// empty entity.
void resolve_in_article(std::vector<Mention>& mentions, std::vector<Role>& roles, const Lexicons& lex);

}  // namespace newsgraph
