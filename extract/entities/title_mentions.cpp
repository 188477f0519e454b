// The title constructions of the mention stage (title_mentions.h says which and where the next
// goes).
#include "title_mentions.h"

#include "name_word_classes.h"
#include "person_names.h"  // person_name_shape, first_name_before_surname
#include "text_util.h"
#include "word_classes.h"

namespace newsgraph::mention_internal {
namespace {

// The person a title in apposition stands for: "Nadia Keller, the Transport Minister said" (the
// apposition's closing comma left out, so find_appositive_roles cannot read it) is Nadia Keller.
// The person's name must end right before ", the" at b; "" otherwise.
std::string apposed_person(const MentionScan& sc, size_t b) {
  if (b < 3 || sc.tk[b - 1].lower != "the"sv || sc.tk[b - 2].text != ","sv) return "";
  const int pi = sc.ends_at[b - 2];
  if (pi < 0) return "";
  const Mention& person = sc.mentions[pi];
  return person.kind == MentionKind::kName && person.type == EntityType::kPerson ? person.entity : "";
}

// A title inside the run, with a name after it: "Oil Minister Gholamreza Aqazadeh" (ordinary
// words before it name the portfolio: the role is "oil minister"; rule portfolio-title-in-name),
// "Texaco Chairman John Smith" (a name before it is the organisation, a mention of its own; rule
// title-inside-name).
void title_inside_name(MentionScan& sc, size_t e, TitledName& tn) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  size_t& nb = tn.nb;
  for (size_t p = nb + 1; p + 1 < e && !tn.person; ++p) {
    std::string inner;
    size_t il = title_prefix(tk, p, e, lex, &inner);
    if (!il || p + il >= e) continue;
    bool org_after = false;  // "Supermarkets General Corp": "General" is no title there
    for (size_t k = p + il; k < e; ++k) org_after = org_after || is_org_word(tk[k], lex);
    if (org_after) continue;
    bool portfolio = true;
    for (size_t k = nb; k < p; ++k) portfolio = portfolio && tk[k].common_word;
    // An organisation before the title only by its own evidence: a head word ("Hughes Tool
    // Co"), an acronym ("TWA") or one word ("Goodyear"); "Republican Senator ..." or
    // "Assistant House Republican Leader ..." leave the words before the title unnamed.
    bool acronym = p == nb + 1 && tk[nb].text.size() >= 2;
    for (char c : tk[nb].text) acronym = acronym && ((c >= 'A' && c <= 'Z') || c == '&');
    bool org_before_title = p == nb + 1 || acronym;
    for (size_t k = nb; k < p; ++k) org_before_title = org_before_title || is_org_word(tk[k], lex);
    if (portfolio) {
      tn.role = to_lower(join(tk, nb, p)) + " " + inner;
      tn.title_begin = nb;
      tn.role_rule = "portfolio-title-in-name";
    } else {
      tn.role_rule = "title-inside-name";
      if (org_before_title) {
        Mention& o =
            sc.add_as_written("organization-before-title", nb, p, EntityType::kOrganization, MentionKind::kName, join(tk, nb, p));
        o.guessed = true;
      }
      tn.role = inner;
      tn.title_begin = p;
    }
    tn.tlen = p + il - tn.title_begin;
    nb = p + il;
    tn.person = true;
  }
}

}  // namespace

// Longest title phrase in tk[b, e) that starts at b; returns its length.
size_t title_prefix(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex, std::string* role) {
  if (b < e && !has_word_class(lex, tk[b], WordClass::kTitleStart)) return 0;  // most words
  size_t best = 0;
  std::string phrase;
  for (size_t len = 1; len <= lex.max_title_tokens && b + len <= e; ++len) {
    if (len > 1) phrase += ' ';
    phrase += tk[b + len - 1].lower;
    auto it = lex.titles.find(phrase);
    if (it != lex.titles.end()) {
      best = len;
      *role = it->second;
    }
    if (!lex.title_prefixes.count(phrase)) break;  // no longer title starts this way
  }
  return best;
}

// Longest title phrase in tk[b, e) that ends at e (lower-case titles before a name).
size_t title_suffix(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex, std::string* role) {
  size_t best = 0;
  std::string phrase;
  for (size_t len = 1; len <= lex.max_title_tokens && len <= e - b; ++len) {
    const Token& t = tk[e - len];
    if (len == 1) {
      // The last word alone by word id (name_word_classes.h): most words before a name end no title.
      if (!is_name_word(lex, t, NameWord::kTitleSuffix)) break;
      phrase = t.lower;
    } else {
      phrase = t.lower + " " + phrase;
      if (!lex.title_suffixes.count(phrase)) break;  // no title ends this way, nor any longer one
    }
    auto it = lex.titles.find(phrase);
    if (it != lex.titles.end()) {
      best = len;
      *role = it->second;
    }
  }
  return best;
}

// role-description-in-apposition: "Daniel Marlow, the former mayor of Ashford, said": right after
// a person's name and its comma, "the" and a title (after a word of data/lexicon/office_modifiers.txt
// if any) describe that person even with an "of"-phrase after the title, which elsewhere ("the
// mayor of Ashford met him") may name someone the article has not introduced. The description ends
// at the title, the head its merge is read by; the apposition's role (role-after-name) names its
// holder.
bool after_person_and_comma(const MentionScan& sc, size_t i) {
  if (i < 2 || sc.tk[i - 1].text != ","sv) return false;
  const int mi = sc.ends_at[i - 1];
  if (mi < 0) return false;
  const Mention& a = sc.mentions[static_cast<size_t>(mi)];
  // A bare surname is typed a person only later, by resolution ("Marlow, the former governor"):
  // an untyped name here, and resolution takes the description only for a person.
  return a.kind == MentionKind::kName && (a.type == EntityType::kPerson || a.type == EntityType::kOther) && a.sentence == sc.si;
}

// "Secretary of State ...", "Assistant Secretary of State ...": a title that starts in the run so
// far goes on over the "of" at e and the capitalized word after it, so the run bridges them.
bool title_bridges_of(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex) {
  if (e == b || e + 1 >= tk.size() || tk[e].text != "of"sv || !capitalized(tk[e + 1])) return false;
  std::string role;
  for (size_t k = b; k < e; ++k)
    if (title_prefix(tk, k, tk.size(), lex, &role) >= e + 2 - k) return true;
  return false;
}

// title-alone: a run that is a title and nothing else ("became Prime Minister", "the Queen
// said") names nobody: it is kept as a description of the title's holder, resolved like "the
// president". Returns the description, or null when the run holds more than a title.
Mention* title_alone(MentionScan& sc, size_t b, size_t e, const LeadingTitle& lead) {
  if (lead.len != e - b) return nullptr;
  Mention& m = sc.add("title-alone", b, e, EntityType::kPerson, MentionKind::kDescription, "");
  m.role = lead.role;
  return &m;
}

// A run of capitalized words that ends in a title, with no name after it, names the holder of an
// office, not an entity of its own (the issue #16 guide's junk: "Health Minister", "PG&E
// President"): kept as a description of the holder, resolved like title-alone. Not when the title
// ends names of things after ordinary words ("Burger King", data/lexicon/name_forming_titles.txt).
// - portfolio-title-alone: ordinary words before the title ("the Health Minister said", "the
//   nominee for Lieutenant Governor", "one of the country's Vice Presidents"): the role is the
//   whole run in lower case ("health minister"); a country or organisation right before it
//   ("Nigerian Oil Minister") is kept in the mention's `country`, and only a holder of the role
//   there is the description's (resolution.cpp).
// - organization-title-alone: an organisation before the title, by the evidence title-inside-name
//   asks for (one word, an acronym or an organisation word: "the Halvorsen Chairman said",
//   "Acme President and CEO Dana Whitfield"): a mention of the organisation, and the title.
Mention* title_ends_run(MentionScan& sc, size_t b, size_t e) {
  const std::vector<Token>& tk = sc.tk;
  std::string role;
  const size_t tl = title_suffix(tk, b, e, sc.lex, &role);
  if (!tl || tl == e - b || sc.lex.name_forming_titles.count(tk[e - 1].lower)) return nullptr;
  const size_t p = e - tl;  // the title's first word
  // "European Court of Justice": a connector before the title makes it a name's last word; "Labour
  // MP (Member of Parliament) Tom Watson": a bracket after it leads to the holder's name.
  for (size_t k = b; k < p; ++k)
    if (!capitalized(tk[k])) return nullptr;
  if (e < sc.n && tk[e].text == "("sv) return nullptr;
  // One ordinary word is a portfolio even when it can end a company's name ("Oil Minister");
  // an organisation word among more ("Federal Reserve Chairman") names the organisation.
  bool portfolio = true, org_word = false;
  for (size_t k = b; k < p; ++k) {
    const bool org_k = is_org_word(tk[k], sc.lex);
    portfolio = portfolio && tk[k].common_word && (!org_k || p == b + 1);
    org_word = org_word || org_k;
  }
  if (portfolio) {
    std::string holder = apposed_person(sc, b);
    std::string organization = sc.org_before(b);  // "Nigerian Oil Minister": only Nigeria's holds it
    Mention& m = sc.add("portfolio-title-alone", b, e, EntityType::kPerson, MentionKind::kDescription, std::move(holder));
    m.role = to_lower(join(tk, b, p)) + " " + role;
    m.country = std::move(organization);
    return &m;
  }
  bool acronym = p == b + 1 && tk[b].text.size() >= 2;
  for (char c : tk[b].text) acronym = acronym && ((c >= 'A' && c <= 'Z') || c == '&');
  if (!(p == b + 1 || acronym || org_word)) return nullptr;
  Mention& o = sc.add_as_written("organization-before-title", b, p, EntityType::kOrganization, MentionKind::kName, join(tk, b, p));
  o.guessed = true;
  std::string organization = o.entity;
  Mention& m = sc.add("organization-title-alone", p, e, EntityType::kPerson, MentionKind::kDescription, "");
  m.role = role;
  m.country = std::move(organization);  // only the organisation's holder of the title (resolution.cpp)
  return &m;
}

// role-noun-opens-name: a capitalized noun of occupation (data/lexicon/role_nouns.txt) that is
// no title of titles.tsv opens a run whose next word is a common first name and no office word:
// "Singer Dana Whitfield", "Engineer Omar Baig", "Keeper Sam Novak" (the tagger reads the
// capital, at a sentence's start or in a caption, as part of the name). The noun is the person's
// role and the name starts after it. Not when the noun is itself a common first name ("Justice
// Ortiz"), nor when one name word follows ("General Mills", "Partner Re").
namespace {
constexpr uint32_t kGivenNameBirths = 1000;    // a first name the run's second word must be
constexpr uint32_t kRoleWordAsName = 10000;    // a role noun this common as a first name is a name
constexpr size_t kMaxNameWordsAfterRole = 3;   // "Singer Dana Marie Whitfield"

bool role_noun_opens_name(const MentionScan& sc, size_t b, size_t e, TitledName& tn) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  if (tn.nb != b || e < b + 3 || e > b + 1 + kMaxNameWordsAfterRole || !is_upper_initial(tk[b].text) ||
      !lex.role_nouns.count(tk[b].lower))
    return false;
  const FirstName* role_as_name = lex.first_name(tk[b].text);
  const FirstName* given = lex.first_name(tk[b + 1].text);
  if ((role_as_name && role_as_name->births >= kRoleWordAsName) || !given || given->births < kGivenNameBirths)
    return false;
  // "Chief Judge Mary Schroeder", "Solicitor General Harriet Harman": the next word goes on with
  // the office (portfolio-title-in-name reads it), however many are named after it.
  std::string next_title;
  if (lex.role_nouns.count(tk[b + 1].lower) || title_prefix(tk, b + 1, e, lex, &next_title)) return false;
  tn.person = true;
  tn.nb = b + 1;
  tn.tlen = 1;
  tn.title_begin = b;
  tn.role = tk[b].lower;
  tn.role_rule = "role-noun-opens-name";
  return true;
}
}  // namespace

namespace {

// academic-rank-before-name: "University Research Fellow Tom Hale", "Senior Lecturer Ana Ruiz",
// "Medical Research Council Professor Nancy Rothwell": a university's rank word
// (data/lexicon/name_shape_words.tsv, academic-rank; "Emerita" after it joins it) followed by
// two or three words of a person's name ends a title glued to the name. Ordinary words right
// before the rank are the role's ("research fellow"); two words or more before those with an
// organisation's word are the organisation ("Medical Research Council"), a mention of its own; any
// other words there (a chair's donor, "Kessler") are left out.
void academic_rank_before_name(MentionScan& sc, size_t b, size_t e, TitledName& tn) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  for (size_t p = b; p + 2 < e; ++p) {
    if (!lex.name_shape(tk[p].text, kAcademicRank)) continue;
    size_t q = p + 1;
    while (q < e && lex.name_shape(tk[q].text, kAcademicRank)) ++q;
    if (e - q < 2 || e - q > 3) continue;
    if (!first_name_before_surname(tk, q, lex) && !person_name_shape(tk, q, e, lex)) continue;
    size_t s = p;
    while (s > b && tk[s - 1].common_word && !is_org_word(tk[s - 1], lex)) --s;
    bool org = false;
    for (size_t k = b; k < s; ++k) org = org || is_org_word(tk[k], lex);
    if (org && s >= b + 2) {
      Mention& o = sc.add_as_written("organization-before-title", b, s, EntityType::kOrganization, MentionKind::kName,
                                     join(tk, b, s));
      o.guessed = true;
    }
    tn.person = true;
    tn.nb = q;
    tn.title_begin = s;
    tn.tlen = q - s;
    tn.role = to_lower(join(tk, s, q));
    tn.role_rule = "academic-rank-before-name";
    return;
  }
}

}  // namespace

// Honorifics and titles at the start of the run (title-before-name), lower-case titles right
// before it (lowercase-title-before-name), else a title inside it (title_inside_name).
TitledName split_title(MentionScan& sc, size_t b, size_t e, const LeadingTitle& lead) {
  const std::vector<Token>& tk = sc.tk;
  const Lexicons& lex = sc.lex;
  TitledName tn;
  size_t& nb = tn.nb;
  nb = b;
  // A title of two words or more that starts with the honorific is read as that title
  // ("Professor Emeritus Ana Ruiz": the role professor emeritus, and the name after it).
  if (is_name_word(lex, tk[nb], NameWord::kPersonPrefix) && nb + 1 < e && !(lead.len >= 2 && b + lead.len < e)) {
    tn.person = true;
    ++nb;
  }
  if (nb == b) tn.tlen = lead.len, tn.role = lead.role;
  else tn.tlen = title_prefix(tk, nb, e, lex, &tn.role);
  tn.title_begin = nb;
  if (tn.tlen && nb + tn.tlen < e) {
    tn.person = true;
    nb += tn.tlen;
    tn.role_rule = "title-before-name";
    return tn;
  }
  tn.tlen = 0;
  tn.role.clear();
  // Lower-case titles right before the run: "foreign ministry spokesperson Guo Jiakun".
  size_t lt = title_suffix(tk, b >= lex.max_title_tokens ? b - lex.max_title_tokens : 0, b, lex, &tn.role);
  if (lt) {
    tn.person = true;
    tn.title_begin = b - lt;
    tn.role_rule = "lowercase-title-before-name";
    return tn;
  }
  tn.role.clear();
  if (role_noun_opens_name(sc, b, e, tn)) return tn;
  title_inside_name(sc, e, tn);
  if (!tn.person) academic_rank_before_name(sc, b, e, tn);
  return tn;
}

// coordinated-title-before-name: "Acme President and CEO Dana Whitfield", "the Health Minister
// and Deputy Premier Ana Ruiz": a title left alone right before "and" and the title of a name
// (title_ends_run, title-alone) is that person's too: the description is the person, and the
// person holds its role, of the organisation named before it; the second title's role gets that
// organisation when it has none.
void coordinated_title(MentionScan& sc, size_t title_begin, const std::string& person) {
  if (title_begin < 2 || sc.tk[title_begin - 1].lower != "and"sv) return;
  const int di = sc.ends_at[title_begin - 1];
  if (di < 0) return;
  Mention& d = sc.mentions[di];
  if (d.kind != MentionKind::kDescription || d.role.empty() || !d.entity.empty()) return;
  d.entity = person;
  const std::string organization = sc.org_before(d.tok_begin);
  Role& second = sc.roles.back();
  if (second.organization.empty()) second.organization = organization;
  Role r;
  r.person = person;
  r.role = d.role;
  r.organization = organization;
  r.sentence = sc.si;
  r.person_text = person;
  r.title_text = d.text;
  r.rule = "coordinated-title-before-name";
  sc.roles.push_back(std::move(r));
}

// occupation-before-name: a lower-case noun of occupation or office (data/lexicon/role_nouns.txt)
// right before a name that the name rules typed a person on their own: "Reuters reporter Anna
// Kowalski", "basketball player Tomas Ruiz", "party nominee Dana Holt". Unlike a title of
// titles.tsv (lowercase-title-before-name) the word does not make the name a person, and after a
// word of data/lexicon/institution_role_words.txt ("lead manager Morgan Grenfell", a bank) it
// states nothing. Up to two lower-case nouns or adjectives before it belong to the role
// ("accredited reporter"; "former" dates it and is dropped); a name right before them is its
// organisation (org_before). Sets where the role's words start (`begin`) and `role` and returns
// true, or returns false and leaves both alone.
bool occupation_before_name(const MentionScan& sc, size_t b, std::string& role, size_t& role_begin) {
  const std::vector<Token>& tk = sc.tk;
  if (b == 0 || !sc.lex.role_nouns.count(tk[b - 1].lower)) return false;
  // The sentence's first word is capitalized by its place, whatever the tagger made of it:
  // "Co-author Lena Fischer said ..." states the role as "co-author Lena Fischer" would.
  const bool sentence_first = b == 1;
  if (sentence_first ? !(tk[0].tag == "NN"sv || tk[0].tag == "NNP"sv)
                     : tk[b - 1].tag != "NN"sv || is_upper_initial(tk[b - 1].text))
    return false;
  size_t begin = b - 1;
  std::string words = tk[begin].lower;
  for (size_t read = 0; read < 2 && begin > 0; ++read) {
    const Token& t = tk[begin - 1];
    if (sc.lex.institution_role_words.find(t.lower) != StringTable::kNone) return false;  // "Sole manager X"
    if (is_upper_initial(t.text) || !(t.tag == "NN"sv || t.tag == "NNS"sv || t.tag == "JJ"sv || t.tag == "VBN"sv)) break;
    --begin;
    if (t.lower != "former"sv && t.lower != "retired"sv) words = t.lower + " " + words;
  }
  role = std::move(words);
  role_begin = begin;
  return true;
}

}  // namespace newsgraph::mention_internal
