// The title constructions of the mention stage: the title a run of proper nouns carries and the
// role it states ("Oil Minister Gholamreza Aqazadeh", "Texaco Chairman John Smith"), a run that is
// only a title ("the Health Minister said": title-alone, portfolio-title-alone,
// organization-title-alone), a title coordinated with a name's title
// (coordinated-title-before-name), a lower-case occupation before a name (occupation-before-name)
// and "the" and a title after a person's name and comma (role-description-in-apposition). The
// titles themselves are data/lexicon/titles.tsv. A new construction that reads a title before,
// inside or after a name goes here, called from proper_noun_run or role_description in
// mentions.cpp; one that types the name itself goes to type_name there.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mention_scan.h"

namespace newsgraph::mention_internal {

// Longest title phrase in tk[b, e) that starts at b; returns its length and sets *role.
size_t title_prefix(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex, std::string* role);

// Longest title phrase in tk[b, e) that ends at e (lower-case titles before a name).
size_t title_suffix(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex, std::string* role);

// role-description-in-apposition: token i ("the") comes right after a person's name of this
// sentence and its comma.
bool after_person_and_comma(const MentionScan& sc, size_t i);

// "Secretary of State ...": a title that starts in the run tk[b, e) goes on over the "of" at e.
bool title_bridges_of(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex);

// The longest title at a run's first word (title_prefix), read once for title_alone and
// split_title, which both ask.
struct LeadingTitle {
  size_t len = 0;
  std::string role;
};

// title-alone: the run [b, e) is a title and nothing else; returns its description, or null.
Mention* title_alone(MentionScan& sc, size_t b, size_t e, const LeadingTitle& lead);

// portfolio-title-alone, organization-title-alone: the run [b, e) ends in a title with no name
// after it; returns the description of the title's holder, or null.
Mention* title_ends_run(MentionScan& sc, size_t b, size_t e);

// The title a run of proper nouns carries, and where its name starts.
struct TitledName {
  size_t nb = 0;           // the name's first token
  bool person = false;     // an honorific or a title says it is a person
  std::string role;        // the title's role
  std::string_view role_rule;  // the title construction that gave `role`
  size_t tlen = 0;         // the title's length in tokens (0: before the run or none)
  size_t title_begin = 0;
};

// title-before-name, lowercase-title-before-name, title-inside-name, portfolio-title-in-name:
// the title of the run [b, e) and where its name starts.
TitledName split_title(MentionScan& sc, size_t b, size_t e, const LeadingTitle& lead);

// coordinated-title-before-name: a title left alone before "and" and the title at title_begin
// is `person`'s too (adds the role).
void coordinated_title(MentionScan& sc, size_t title_begin, const std::string& person);

// occupation-before-name: whether a role's words stand before the name at b; when they do, sets
// `role` and where its words start (`role_begin`, 0 for the sentence's first word).
bool occupation_before_name(const MentionScan& sc, size_t b, std::string& role, size_t& role_begin);

}  // namespace newsgraph::mention_internal
