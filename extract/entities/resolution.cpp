// Stage 4's in-article resolution: named steps run in the order of kResolutionSteps over one
// article's mentions and roles, in reading order: surnames to the full name introduced in the
// article, one-word names to the organisation they begin, types carried to bare names, then
// descriptions to the role holder and pronouns to the nearest compatible mention.
#include <algorithm>
#include <map>
#include <set>

#include "entities.h"
#include "name_words.h"  // plural_name_word
#include "qualified_roles.h"  // sole_qualified_holder
#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// What the steps share: the article's mentions and roles, and its full person names by surname.
struct Resolution {
  std::vector<Mention>& mentions;
  std::vector<Role>& roles;
  const Lexicons& lex;
  std::map<std::string, std::set<std::string>> by_last;  // "Alvarez" -> {"Marina Alvarez"}
  std::set<std::string> typed_beyond_shape;  // full names some mention types by more than two capitals
};

struct ResolutionStep {
  std::string_view name;
  void (*apply)(Resolution& r);
};

// 'm' for he/him/his, 'f' for she/her/hers, 0 for other pronouns.
// Compared without case in place (iequals), not by a lower-case copy: asked for every pronoun
// several times.
char pronoun_gender(std::string_view p) {
  if (p.size() < 2 || p.size() > 4) return 0;  // the pronouns below: no other word is compared
  if (iequals(p, "he") || iequals(p, "him") || iequals(p, "his")) return 'm';
  if (iequals(p, "she") || iequals(p, "her") || iequals(p, "hers")) return 'f';
  return 0;
}

// A name that may be a person's name on its own: two letters or more, not all capitals ("S",
// "OPEC") and not a plural ("Soviets").
bool could_be_given_name(const std::string& name) {
  return name.size() >= 2 && name.back() != 's' && has_lowercase(name);
}

// Full names by surname, for "Alvarez" -> "Marina Alvarez".
void surname_index(Resolution& r) {
  for (const Mention& m : r.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    auto sp = m.entity.rfind(' ');
    if (sp == std::string::npos) continue;
    r.by_last[m.entity.substr(sp + 1)].insert(m.entity);
    if (m.rule != "multiword-person"sv) r.typed_beyond_shape.insert(m.entity);
  }
}

// One person under several full names ("Jens Otto Harry Jespersen", "Otto Jespersen"): when
// every name with a surname contains the shortest one word for word, in order, they are one
// person under the shortest name, and the bare surname is no longer ambiguous.
void one_person_several_names(Resolution& r) {
  auto words_of = [](const std::string& s) { return split(s, ' '); };
  auto contains_in_order = [&](const std::string& longer, const std::string& shorter) {
    auto l = words_of(longer), sh = words_of(shorter);
    size_t k = 0;
    for (std::string_view w : l)
      if (k < sh.size() && w == sh[k]) ++k;
    return k == sh.size();
  };
  std::map<std::string, std::string> same_person;  // longer full name -> the shortest
  for (auto& [last, names] : r.by_last) {
    if (names.size() < 2) continue;
    const std::string* shortest = &*names.begin();
    for (const std::string& n : names)
      if (words_of(n).size() < words_of(*shortest).size()) shortest = &n;
    bool one = true;
    for (const std::string& n : names) one = one && contains_in_order(n, *shortest);
    if (!one) continue;
    std::string canonical = *shortest;
    for (const std::string& n : names)
      if (n != canonical) same_person[n] = canonical;
    names = {canonical};
  }
  for (Mention& m : r.mentions)
    if (auto it = same_person.find(m.entity); it != same_person.end() && m.type == EntityType::kPerson) m.entity = it->second;
  for (Role& role : r.roles)
    if (auto it = same_person.find(role.person); it != same_person.end()) role.person = it->second;
}

// "Texaco Inc ... Texaco said": a one-word name that no rule typed, or only its context did,
// and that begins exactly one organisation's name in the article is that organisation.
void name_begins_organization(Resolution& r) {
  std::vector<Mention>& mentions = r.mentions;
  std::vector<const Mention*> long_orgs;  // organisations named in two words or more
  for (const Mention& m : mentions)
    if (m.kind == MentionKind::kName && m.type == EntityType::kOrganization && m.text.find(' ') != std::string::npos)
      long_orgs.push_back(&m);
  for (size_t mi = 0; mi < mentions.size() && !long_orgs.empty(); ++mi) {
    Mention& m = mentions[mi];
    if (m.kind != MentionKind::kName || !(m.type == EntityType::kOther || m.guessed) || m.text.find(' ') != std::string::npos)
      continue;
    // The name may also begin after the nationality or place right before it: "American Express
    // Co ... American Express said" ("American" stays the country's mention).
    std::string with_previous;
    if (mi > 0 && mentions[mi - 1].sentence == m.sentence && mentions[mi - 1].tok_end == m.tok_begin)
      with_previous = mentions[mi - 1].text + " " + m.text;
    const std::string* org = nullptr;
    bool several = false;
    for (const Mention* o : long_orgs)
      for (const std::string* start : {&m.text, &with_previous})
        if (!start->empty() && o->text.size() > start->size() && o->text.starts_with(*start) && o->text[start->size()] == ' ') {
          several = several || (org && *org != o->entity);
          org = &o->entity;
        }
    if (org && !several) {
      m.entity = *org;
      m.type = EntityType::kOrganization;
      m.guessed = false;
    }
  }
}

// A bare surname (or a town of the broad source that is also the surname: "Jackson") of the
// article's only full name with that surname is that person. Then a bare name seen once with a
// type keeps that type everywhere in the article.
void bare_surname_and_known_type(Resolution& r) {
  for (Mention& m : r.mentions) {
    if (m.kind != MentionKind::kName) continue;
    if (m.entity.find(' ') == std::string::npos &&
        (m.type == EntityType::kPerson || m.type == EntityType::kOther || (m.weak && m.type == EntityType::kPlace))) {
      auto it = r.by_last.find(m.weak ? m.text : m.entity);
      // A town the gazetteer knows is no surname of a name typed a person only by its shape
      // ("Oakland" of "Old Oakland").
      if (it != r.by_last.end() && it->second.size() == 1 &&
          !(m.weak && m.type == EntityType::kPlace && !r.typed_beyond_shape.count(*it->second.begin()))) {
        m.entity = *it->second.begin();
        m.type = EntityType::kPerson;
        m.weak = false;
        m.country.clear();
        m.capital = false;
      }
    }
  }
  // An untyped name takes the type of the last typed name of its entity. The loop above changes
  // only the mention it is at, so reading the types after it is reading them as it went. The
  // untyped names are few (none in most articles): each typed name is compared with them, without
  // a map of every typed name.
  std::vector<Mention*> untyped;
  for (Mention& m : r.mentions)
    if (m.kind == MentionKind::kName && m.type == EntityType::kOther) untyped.push_back(&m);
  if (untyped.empty()) return;
  std::vector<EntityType> known_type(untyped.size(), EntityType::kOther);
  for (const Mention& m : r.mentions) {
    if (m.kind != MentionKind::kName || m.type == EntityType::kOther) continue;
    for (size_t k = 0; k < untyped.size(); ++k)
      if (untyped[k]->entity == m.entity) known_type[k] = m.type;
  }
  for (size_t k = 0; k < untyped.size(); ++k)
    if (known_type[k] != EntityType::kOther) untyped[k]->type = known_type[k];
}

// name-before-lowercase-title: "Scripps Oceanography director Margaret Leinen said": a name
// typed a person only by its shape, right before a lowercase title that the next name holds, is
// the organisation of that title, not a person a pronoun could take.
void name_before_lowercase_title(Resolution& r) {
  for (size_t i = 0; i + 1 < r.mentions.size(); ++i) {
    Mention& a = r.mentions[i];
    const Mention& holder = r.mentions[i + 1];
    if (a.kind != MentionKind::kName || a.type != EntityType::kPerson || a.rule != "multiword-person"sv ||
        holder.kind != MentionKind::kName || holder.sentence != a.sentence || holder.tok_begin <= a.tok_end ||
        holder.tok_begin > a.tok_end + 2)
      continue;
    for (const Role& role : r.roles)
      if (role.sentence == a.sentence && role.person == holder.entity && role.rule == "lowercase-title-before-name"sv)
        a.type = EntityType::kOrganization;
  }
}

// A role's holder named by the bare surname is the article's only full name with it.
void role_holder_surname(Resolution& r) {
  for (Role& role : r.roles) {
    auto it = r.by_last.find(role.person);
    if (role.person.find(' ') == std::string::npos && it != r.by_last.end() && it->second.size() == 1)
      role.person = *it->second.begin();
  }
}

// "they" takes an organisation only where it opens its sentence, this one or the one before: the
// first organisation of the sentence, within its first four words ("The US State Department ...
// when they offered"; "The Jazz lost. They said"; not "The players of the Jazz lost. They said",
// "an official told the SEC they").
bool opens_sentence(const std::vector<Mention>& mentions, size_t j) {
  if (mentions[j].tok_begin > 3) return false;
  for (size_t k = j; k-- > 0 && mentions[k].sentence == mentions[j].sentence;)
    if (mentions[k].type == EntityType::kOrganization) return false;
  return true;
}

// opening-phrase (mentions.cpp, Mention::opening_end): "After Smetana, he was the next
// composer", "Following the advice of his mentor Thomsen, he returned": the names of a
// sentence-initial phrase with no verb are obliques, not the subject the pronoun right after it
// goes on with; that pronoun looks to the sentences before.
bool in_opening_phrase_before(const Mention& pronoun, const Mention& a) {
  return pronoun.opening_end != static_cast<size_t>(-1) && pronoun.tok_begin == pronoun.opening_end + 1 &&
         a.sentence == pronoun.sentence && a.tok_begin < pronoun.opening_end;
}

// opening-phrase cataphora: "In his filing, Redstone said", "On her website, Alvarez notes": a
// possessive inside the opening phrase belongs to the name that opens the clause after its comma.
const Mention* opening_phrase_cataphor(const std::vector<Mention>& mentions, size_t i) {
  const Mention& m = mentions[i];
  if (m.opening_end == static_cast<size_t>(-1) || m.tok_begin >= m.opening_end) return nullptr;
  const std::string_view p = m.text;
  if (!iequals(p, "his") && !iequals(p, "her") && !iequals(p, "its") && !iequals(p, "their")) return nullptr;
  for (size_t j = i + 1; j < mentions.size() && mentions[j].sentence == m.sentence; ++j)
    if (mentions[j].tok_begin == m.opening_end + 1 && mentions[j].kind == MentionKind::kName) return &mentions[j];
  return nullptr;
}

// plural-name-group: "The Chilean Armed Forces said on Sunday ... They said", "The Seattle
// Falcons won. They": a name no rule could type whose last word is a plural ("Forces", not
// "Congress" or "Paris": no "ss", no capital-only word) is a group that "they" may take where an
// organisation could (opens_sentence); the pronoun then shows it to be one (name_is_group).
bool untyped_plural_name(const Mention& a) {
  if (a.kind != MentionKind::kName || a.type != EntityType::kOther || a.common_word || a.entity.find(' ') == std::string::npos)
    return false;
  return plural_name_word(std::string_view(a.entity).substr(a.entity.rfind(' ') + 1));
}

// Every mention of a plural name that "they" took is an organisation (plural-name-group).
void name_is_group(std::vector<Mention>& mentions, const std::string& name) {
  for (Mention& other : mentions)
    if (other.kind == MentionKind::kName && other.entity == name && other.type == EntityType::kOther)
      other.type = EntityType::kOrganization;
}

// How far back a speaking "it" looks for the speaker it goes on with (speaking-it): a company's
// statement is often reported over three or four sentences, each ending "it said".
constexpr size_t kSpeakingItSentences = 4;

// The antecedent of pronoun i among the mentions before it. Candidates: earlier in the same
// sentence, nearest first; then each earlier sentence (up to two back) from its start, where the
// subject usually stands: "He was inspired by Rask. He entered the university" is about the
// first sentence's subject, not about Rask.
const Mention* pronoun_antecedent(const std::vector<Mention>& mentions, size_t i, const std::map<std::string, char>& gender_of) {
  const Mention& m = mentions[i];
  const bool wants_person = m.type == EntityType::kPerson;
  const char gender = pronoun_gender(m.text);
  const bool group = m.rule == "group-pronoun";
  auto compatible = [&](const Mention& a) {
    if (a.entity.empty() || a.kind == MentionKind::kDemonym) return false;
    bool person = a.type == EntityType::kPerson;
    if (person && gender) {  // "Alvarez ... her office ... He said": not Alvarez
      auto g = gender_of.find(a.entity);
      if (g != gender_of.end() && g->second != gender) return false;
    }
    // "they": an organisation, a team, a party; or a plural name no rule typed (plural-name-group)
    if (group) return a.type == EntityType::kOrganization || untyped_plural_name(a);
    return wants_person ? person
                        : (!person && (a.type == EntityType::kCountry || a.type == EntityType::kOrganization ||
                                       (a.type == EntityType::kPlace && a.capital)));
  };
  // speaker-continuity: "Duda said ... while Minister Brudzinski wrote ... He tweeted": a person
  // pronoun that speaks goes on with the latest speaker in its sentence or the one before, not
  // with the first subject there.
  if (m.speaks && wants_person)
    for (size_t j = i; j-- > 0 && m.sentence - mentions[j].sentence <= 1;)
      if (mentions[j].speaks && compatible(mentions[j])) return &mentions[j];
  // speaking-it: "Heublein said the plant would close. The winery is expected to be sold, it
  // added.": an "it" that speaks goes on with the latest speaker of the sentences before (up to
  // kSpeakingItSentences back), and never takes a name of its own sentence, which is the content
  // it reports ("Bull of France, six pct, it said": not France) or an opening phrase.
  // Not "its" ("its backers said"), which modifies the speaker.
  const bool speaking_it = m.speaks && !wants_person && !group && iequals(m.text, "it");
  if (speaking_it)
    for (size_t j = i; j-- > 0 && m.sentence - mentions[j].sentence <= kSpeakingItSentences;)
      if (mentions[j].sentence != m.sentence && mentions[j].speaks && compatible(mentions[j])) return &mentions[j];
  // complement-clause-subject (mentions.cpp): "Microsoft said it would appeal", "Smith wrote he
  // had resigned": the subject of a reported clause is the reporter before it in its sentence, the
  // speaker of the claim, rather than the nearest name.
  if (m.complement_subject)
    for (size_t j = i; j-- > 0 && mentions[j].sentence == m.sentence;)
      if (mentions[j].speaks && compatible(mentions[j]) && !in_opening_phrase_before(m, mentions[j])) return &mentions[j];
  if (const Mention* subject = opening_phrase_cataphor(mentions, i); subject && compatible(*subject)) return subject;
  for (size_t j = i; j-- > 0 && mentions[j].sentence == m.sentence && !speaking_it;)
    if (compatible(mentions[j]) && !(m.clause_begin != static_cast<size_t>(-1) && mentions[j].tok_begin >= m.clause_begin) &&
        !(group && !opens_sentence(mentions, j)) &&  // "told the SEC they": "they" is the teller
        !in_opening_phrase_before(m, mentions[j]))
      return &mentions[j];
  for (size_t back = 1; back <= (group ? 1 : 2) && back <= m.sentence; ++back) {
    const size_t target = m.sentence - back;
    // Mentions are in reading order: find where sentence `target` starts, walking back from i.
    size_t first = i;
    while (first > 0 && mentions[first - 1].sentence >= target) --first;
    // "they" takes an organisation only where it opens its sentence (opens_sentence).
    for (size_t j = first; j < i && mentions[j].sentence == target; ++j)
      if (compatible(mentions[j]) && !(group && !opens_sentence(mentions, j))) return &mentions[j];
  }
  return nullptr;
}

// "salient-person": a personal pronoun with no compatible person in its own sentence or the two
// before it refers to the person most recently in focus: walking back sentence by sentence (up to
// kSalienceSentences), the first compatible person of a sentence, where its subject usually
// stands. A story about one person names them once and then says "he" for a paragraph.
constexpr size_t kSalienceSentences = 6;
const Mention* salient_person(const std::vector<Mention>& mentions, size_t i, const std::map<std::string, char>& gender_of) {
  const Mention& m = mentions[i];
  const char gender = pronoun_gender(m.text);
  if (m.type != EntityType::kPerson || !gender) return nullptr;
  size_t j = i;
  while (j > 0 && m.sentence - mentions[j - 1].sentence <= 2) --j;  // the sentences already searched
  const Mention* found = nullptr;
  size_t found_sentence = 0;
  for (; j-- > 0 && m.sentence - mentions[j].sentence <= kSalienceSentences;) {
    const Mention& a = mentions[j];
    if (found && a.sentence != found_sentence) break;  // the first person of the nearest sentence with one
    if (a.entity.empty() || a.type != EntityType::kPerson || a.kind == MentionKind::kDemonym) continue;
    auto g = gender_of.find(a.entity);
    if (g != gender_of.end() && g->second != gender) continue;
    found = &a;  // keeps walking back to the sentence's first compatible person
    found_sentence = a.sentence;
  }
  return found;
}

// "place-for-it": "it"/"its" with no country or organisation in reach (pronoun_antecedent) may
// stand for a town or region named in its sentence or the one before ("Oakland grew fast; its
// port ..."): the nearest such place name. Only as a last resort, since beside a company or a
// country "it" is that far more often.
const Mention* place_for_it(const std::vector<Mention>& mentions, size_t i) {
  const Mention& m = mentions[i];
  if (m.rule != "thing-pronoun"sv || m.speaks) return nullptr;  // speaking-it: no name of the content
  for (size_t j = i; j-- > 0 && m.sentence - mentions[j].sentence <= 1;) {
    const Mention& a = mentions[j];
    if (m.clause_begin != static_cast<size_t>(-1) && a.sentence == m.sentence && a.tok_begin >= m.clause_begin) continue;
    if (a.kind == MentionKind::kName && a.type == EntityType::kPlace && !a.entity.empty()) return &a;
  }
  return nullptr;
}

// A name no rule could type, once a personal pronoun refers to it, is a person everywhere in the
// article.
void untyped_name_is_person(std::vector<Mention>& mentions, const std::string& name) {
  for (Mention& other : mentions)
    if (other.kind == MentionKind::kName && other.entity == name && other.type == EntityType::kOther)
      other.type = EntityType::kPerson;
}

// A name its construction reads as a thing, not someone (name_shape_mentions.h: "the US Open",
// "the Six Nations", "PLoS Biology"): no person's pronoun takes it ("... the 1998 US Open. Her
// career": not the Open's).
bool named_thing(const Mention& a) {
  return a.rule == "event-after-place-name"sv || a.rule == "number-led-name"sv || a.rule == "journal-name"sv;
}

bool untyped_possible_person(const Mention& a) {
  return a.kind == MentionKind::kName && a.type == EntityType::kOther && !a.common_word && could_be_given_name(a.text) &&
         !named_thing(a);
}

// "Melanie walked in. She ...": a name no rule could type, nearest before a personal pronoun
// with no person in reach, is that person, everywhere in the article. (Offered beside the typed
// persons, such names took the pronoun from them too often: in news they are mostly companies.)
const Mention* untyped_name_as_person(std::vector<Mention>& mentions, size_t i) {
  const Mention& m = mentions[i];
  const Mention* chosen = nullptr;
  for (size_t j = i; j-- > 0 && m.sentence - mentions[j].sentence <= 1;) {
    const Mention& a = mentions[j];
    if (untyped_possible_person(a)) {
      chosen = &a;
      break;
    }
  }
  if (chosen) untyped_name_is_person(mentions, chosen->entity);
  return chosen;
}

// untyped-sentence-subject: "Williamson should have returned them when he sold the estate": a
// one-word name no rule could type, the first name of the pronoun's own sentence (where its
// subject usually stands), is the
// person a later "he" or "she" there means, before any person of the sentences before; then a
// person everywhere. Only for a gendered pronoun: "it" and "they" beside such a name are its own
// when it is a company. Tried after pronoun_antecedent found nothing in the pronoun's sentence.
const Mention* untyped_sentence_subject(std::vector<Mention>& mentions, size_t i) {
  const Mention& m = mentions[i];
  // "Pemex will buy the pipes, he said": a speaker after the content is someone else, in news
  // the source the article named before.
  if (m.type != EntityType::kPerson || !pronoun_gender(m.text) || m.speaks) return nullptr;
  size_t first = i;
  while (first > 0 && mentions[first - 1].sentence == m.sentence) --first;
  while (first < i && mentions[first].kind == MentionKind::kPronoun) ++first;  // "It is our view: Williamson"
  if (first == i) return nullptr;
  const Mention& a = mentions[first];
  if (!untyped_possible_person(a) || a.text.find(' ') != std::string::npos) return nullptr;
  // "The Newsmax poll placed him": an object pronoun is not its own clause's subject.
  if (m.clause_begin != static_cast<size_t>(-1) && a.tok_begin >= m.clause_begin) return nullptr;
  untyped_name_is_person(mentions, a.entity);
  return &a;
}

// untyped-subject-for-it: "Shares in budget airline Skylark fell 9% after it cut its forecast":
// a name no rule could type, the nearest name before the pronoun in its own sentence (a demonym
// is a modifier, a pronoun passed over), is the organisation that "it" or "its" means, before
// any country or organisation of the sentences before; then an organisation everywhere in the
// article, so that the next sentences' "it" find it too. A person is "he" or "she", a place is
// seldom the subject of "it": in news such a name is a company, a team or a body. The name must
// stand where a subject does, right before a finite verb (before_verb); an object pronoun is not
// its own clause's subject ("Skylark bought it").
// Tried after pronoun_antecedent found nothing in the pronoun's sentence.
const Mention* untyped_subject_for_it(std::vector<Mention>& mentions, size_t i) {
  const Mention& m = mentions[i];
  if ((m.rule != "thing-pronoun"sv && m.rule != "agent-state-it"sv) || m.speaks) return nullptr;  // speaking-it
  size_t j = i;  // the nearest name before the pronoun in its sentence ("Giardia is a parasite, and Meridian said it")
  while (j > 0 && mentions[j - 1].sentence == m.sentence &&
         (mentions[j - 1].kind == MentionKind::kPronoun || mentions[j - 1].kind == MentionKind::kDemonym))
    --j;
  if (j == 0 || mentions[j - 1].sentence != m.sentence) return nullptr;
  Mention& a = mentions[j - 1];
  // A subject stands before its verb (before_verb): not "The Tory leader said it", "Kessler's
  // new film, it seems"; and not in a verbless opening phrase ("At Lakeport, the airline said it").
  if (a.kind != MentionKind::kName || a.type != EntityType::kOther || a.common_word || !a.before_verb ||
      a.entity.empty() || in_opening_phrase_before(m, a))
    return nullptr;
  if (m.clause_begin != static_cast<size_t>(-1) && a.tok_begin >= m.clause_begin) return nullptr;
  const std::string name = a.entity;
  // A short form of a longer name of the article ("Asahi" of "Asahi Breweries", "Marsh" of "Marsh
  // & McLennan") is left to the name merges, which join untyped short forms only.
  for (const Mention& other : mentions)
    if (other.kind == MentionKind::kName && other.entity.size() > name.size() && other.entity.starts_with(name) &&
        other.entity[name.size()] == ' ')
      return nullptr;
  for (Mention& other : mentions)
    if (other.kind == MentionKind::kName && other.entity == name && other.type == EntityType::kOther)
      other.type = EntityType::kOrganization;
  return &a;
}

// "the chancellor" is the holder of "chancellor" and of "german chancellor": the description's
// role is the role or its last words; not of "shadow chancellor" or "deputy prime minister", whose
// words before it make another office (distinct-office-word, data/lexicon/distinct_office_words.txt).
bool same_role(const std::string& held, const std::string& described, const Lexicons& lex) {
  if (held == described) return true;
  if (held.size() <= described.size() || !held.ends_with(described) || held[held.size() - described.size() - 1] != ' ')
    return false;
  const std::string_view before = std::string_view(held).substr(0, held.size() - described.size() - 1);
  for (size_t b = 0; b < before.size();) {
    const size_t e = std::min(before.find(' ', b), before.size());
    if (lex.distinct_office_words.count(std::string(before.substr(b, e - b)))) return false;
    b = e + 1;
  }
  return true;
}

// "description-named-in-apposition": "The German chancellor, Olaf Scholz, joined the talks": a
// role description right before the person an apposition names with that role
// (role-before-name, appositive_roles.h) is that person, not the role's earlier holder.
void description_named_in_apposition(Resolution& r) {
  for (size_t i = 0; i + 1 < r.mentions.size(); ++i) {
    Mention& d = r.mentions[i];
    const Mention& name = r.mentions[i + 1];
    if (d.kind != MentionKind::kDescription || d.described || name.kind != MentionKind::kName ||
        name.type != EntityType::kPerson || name.sentence != d.sentence || name.tok_begin != d.tok_end + 1)
      continue;
    for (const Role& role : r.roles)
      if (role.sentence == d.sentence && role.rule == "role-before-name" && role.person == name.entity &&
          same_role(role.role, d.role, r.lex))
        d.entity = name.entity;
  }
}

// description-before-sole-holder: "The Queen suspended parliament ... Johnson asked Queen
// Elizabeth II": a description ("the queen", rule role-description) with no holder of its role so
// far is the role's holder named later, when the article gives that role to one person only (two
// later holders: none). The role must be the same sovereign's title, not one that ends with it;
// and not a bare title before a name ("Senator from Vermont Bernie Sanders").
std::string sole_later_holder(const std::vector<Role>& roles, const Mention& d) {
  // Only a sovereign's title names one person before the name comes: "the minister" or "the
  // president" in a story often is someone the article never titles (a company's, another
  // country's), and a later holder of the title is then someone else.
  static constexpr std::string_view kSovereigns[] = {"queen", "king", "pope", "emperor", "empress", "monarch", "sultan", "emir"};
  if (std::find(std::begin(kSovereigns), std::end(kSovereigns), d.role) == std::end(kSovereigns)) return "";
  std::string holder;
  for (const Role& role : roles) {
    if (role.sentence <= d.sentence || role.role != d.role) continue;  // not "deputy energy minister" for "the minister"
    if (!holder.empty() && holder != role.person) return "";
    holder = role.person;
  }
  return holder;
}

// Pronouns and descriptions, in reading order: a description is the latest holder of its role
// (so far); a pronoun takes its antecedent's entity. The gender a person was first referred to
// with keeps pronouns of the other gender off it.
void pronouns_and_descriptions(Resolution& r) {
  std::vector<Mention>& mentions = r.mentions;
  std::map<std::string, char> gender_of;  // entity -> 'm' or 'f'
  for (const Mention& m : mentions)  // the gender the name states comes first (person_names.h)
    if (m.kind == MentionKind::kName && m.type == EntityType::kPerson && m.gender) gender_of.emplace(m.entity, m.gender);
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.kind == MentionKind::kDescription && !m.described) {
      if (!m.entity.empty()) continue;  // named by its apposition (description_named_in_apposition)
      // role-description-in-apposition (title_mentions.cpp): the person whose name the description
      // follows, as the steps above resolved it, not a later holder of the title in the sentence
      // ("Marlow, the mayor of Ashford, met Hale, the mayor of Kent").
      // Not a person there ("Rep. Markey, D-Mass, the chairman of"): no one, rather than the
      // title's holder elsewhere, whom the "of"-phrase may well not describe.
      if (m.rule == "role-description-in-apposition"sv) {
        if (i > 0 && mentions[i - 1].kind == MentionKind::kName && mentions[i - 1].type == EntityType::kPerson &&
            mentions[i - 1].sentence == m.sentence)
          m.entity = mentions[i - 1].entity;
        continue;
      }
      // qualified-role-description ("the Tory leader"): the one holder titled with the same words.
      if (m.rule == "qualified-role-description"sv) {
        m.entity = sole_qualified_holder(r.roles, m);
        continue;
      }
      // A role taken or held by a verb (role-by-verb: "served as", "succeeded him as Foreign
      // Secretary"; role-by-copula: "was a director of") is often a past office, and its own
      // title is this very description: the holder of a title, an apposition or a description
      // comes from those only.
      for (auto role = r.roles.rbegin(); role != r.roles.rend(); ++role)
        if (same_role(role->role, m.role, r.lex) && role->sentence <= m.sentence && role->rule != "role-by-verb"sv &&
            role->rule != "role-by-copula"sv &&
            !((m.rule == "portfolio-title-alone"sv || m.rule == "organization-title-alone"sv) && !m.country.empty() &&
              role->organization != m.country)) {
          m.entity = role->person;
          break;
        }
      if (m.entity.empty() && m.rule == "role-description"sv) m.entity = sole_later_holder(r.roles, m);
      continue;
    }
    if (m.kind != MentionKind::kPronoun) continue;
    const bool wants_person = m.type == EntityType::kPerson;
    const char gender = pronoun_gender(m.text);
    const Mention* chosen = pronoun_antecedent(mentions, i, gender_of);
    if (wants_person && (!chosen || chosen->sentence != m.sentence))
      if (const Mention* subject = untyped_sentence_subject(mentions, i)) chosen = subject;
    if (!wants_person && (!chosen || chosen->sentence != m.sentence))
      if (const Mention* subject = untyped_subject_for_it(mentions, i)) {
        chosen = subject;
        m.rule = "untyped-subject-for-it";
      }
    // The construction that found it, where the pronoun's own rule would not say
    // (complement-clause-subject: "Microsoft said it would"); a pronoun a construction of its own
    // let in keeps that name ("said it was optimistic": agent-state-it).
    if (chosen && m.speaks && iequals(m.text, "it") && m.rule == "thing-pronoun"sv && chosen->speaks && chosen->sentence != m.sentence)
      m.rule = "speaking-it";
    if (chosen && m.complement_subject && chosen->speaks && chosen->sentence == m.sentence && m.rule != "agent-state-it"sv)
      m.rule = "complement-clause-subject";
    if (!chosen && wants_person) chosen = untyped_name_as_person(mentions, i);
    if (!chosen && wants_person) chosen = salient_person(mentions, i, gender_of);
    if (!chosen) chosen = place_for_it(mentions, i);
    if (chosen && gender && chosen->type == EntityType::kPerson) gender_of.emplace(chosen->entity, gender);
    if (chosen && m.rule == "group-pronoun"sv && untyped_plural_name(*chosen)) {
      name_is_group(mentions, chosen->entity);  // chosen now reads kOrganization
      m.rule = "plural-name-group";
    }
    if (chosen) {
      const Mention& a = *chosen;
      m.entity = a.entity;
      if (!wants_person) {
        m.type = a.type;
        m.capital = a.capital;
        m.country = a.country;
      }
    }
  }
}

// The steps in order: names before pronouns, which take the names' resolved entities and types.
constexpr ResolutionStep kResolutionSteps[] = {
    {"surname-index", surname_index},
    {"one-person-several-names", one_person_several_names},
    {"name-begins-organization", name_begins_organization},
    // After it: "Scripps ... Scripps Oceanography director X" leaves "Scripps" the one organisation
    // it began before.
    {"name-before-lowercase-title", name_before_lowercase_title},
    {"bare-surname-and-known-type", bare_surname_and_known_type},
    {"role-holder-surname", role_holder_surname},
    {"description-named-in-apposition", description_named_in_apposition},
    {"pronouns-and-descriptions", pronouns_and_descriptions},
};

}  // namespace

void resolve_in_article(std::vector<Mention>& mentions, std::vector<Role>& roles, const Lexicons& lex) {
  Resolution r{mentions, roles, lex, {}, {}};
  for (const ResolutionStep& s : kResolutionSteps) s.apply(r);
}

}  // namespace newsgraph
