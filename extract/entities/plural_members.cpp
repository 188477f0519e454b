#include "plural_members.h"

#include <algorithm>

#include "chunker.h"  // is_verb_tag
#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// The phrases that open a sentence and stand for the list before it, with the number of members
// they need (0: any number from two), are lex.plural_references (data/lexicon/
// plural_references.tsv: They / Both / The two / The pair / The three / The trio). "They" is the
// group-pronoun mention mentions.cpp already made; the others get a mention here. A plural noun
// may follow the number ("The two men").

bool predicate_start(const Token& t) { return is_verb_tag(t.tag) || t.tag == "MD" || t.tag == "RB"; }

// The plural reference that opens tk and its end token (past a plural noun after a number), or null.
const PluralReference* opening_reference(const std::vector<Token>& tk, const Lexicons& lex, size_t* end) {
  if (tk.size() < 3) return nullptr;
  for (const PluralReference& r : lex.plural_references) {
    if (tk[0].lower != r.first) continue;
    size_t e = 1;
    if (!r.second.empty()) {
      if (tk[1].lower != r.second) continue;
      e = 2;
      if (tk[2].tag == "NNS" && tk[2].text == tk[2].lower) e = 3;  // "The two men", not "The two Koreas"
    }
    // "Both the court and the ministry", "They of all people": the phrase must be the subject, a
    // verb (or an adverb before it) right after.
    if (e >= tk.size() || !predicate_start(tk[e])) return nullptr;
    *end = e;
    return &r;
  }
  return nullptr;
}

// The types a list's members may have: people, countries, and organisations (companies, teams,
// parties: "Acme and Borlind merged their units. They ...").
bool member_type(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kCountry || t == EntityType::kOrganization;
}

// The list that is the subject of a sentence: its first person, country or organisation name
// stands before any verb or preposition, within the sentence's first seven tokens ("Three voters, A, B and C,
// sued"); each next name of the same type follows after only ",", "and" or ", and"; no possessive
// or "of" after the last ("A and B's lawyers", "A and B of the party"). The members' mentions, two
// or more distinct entities, or none.
std::vector<const Mention*> subject_list(const std::vector<Token>& tk, const std::vector<Mention>& mentions, size_t first,
                                         size_t last) {
  std::vector<const Mention*> list;
  size_t i = first;
  while (i < last && !(mentions[i].kind == MentionKind::kName && !mentions[i].entity.empty() && member_type(mentions[i].type)))
    ++i;
  if (i == last || mentions[i].tok_begin > 6) return {};
  // "X met A and B", "The case against A and B": a verb or a preposition before the list makes
  // it an object.
  for (size_t k = 0; k < mentions[i].tok_begin; ++k)
    if (is_verb_tag(tk[k].tag) || tk[k].tag == "MD" || tk[k].tag == "IN" || tk[k].tag == "TO") return {};
  list.push_back(&mentions[i]);
  for (size_t j = i + 1; j < last; ++j) {
    const Mention& prev = *list.back();
    const Mention& m = mentions[j];
    if (m.tok_begin < prev.tok_end) continue;  // a mention inside the last one
    const size_t gap = m.tok_begin - prev.tok_end;
    const bool joined = (gap == 1 && (tk[prev.tok_end].lower == "and"sv || tk[prev.tok_end].text == ","sv)) ||
                        (gap == 2 && tk[prev.tok_end].text == ","sv && tk[prev.tok_end + 1].lower == "and"sv);
    if (!joined || m.kind != MentionKind::kName || m.type != list[0]->type || m.entity.empty()) break;
    list.push_back(&m);
  }
  const size_t after = list.back()->tok_end;
  if (after < tk.size() && (tk[after].tag == "POS" || tk[after].lower == "of"sv)) return {};
  for (size_t a = 0; a < list.size(); ++a)
    for (size_t b = a + 1; b < list.size(); ++b)
      if (list[a]->entity == list[b]->entity) return {};
  if (list.size() < 2) return {};
  return list;
}

}  // namespace

void add_plural_members(const std::vector<const std::vector<Token>*>& sentences, const Lexicons& lex,
                        std::vector<Mention>& mentions) {
  for (size_t si = 1; si < sentences.size(); ++si) {
    const std::vector<Token>& tk = *sentences[si];
    size_t end = 0;
    const PluralReference* ref = opening_reference(tk, lex, &end);
    if (!ref) continue;
    // The previous sentence's mentions [first, last) and where sentence si's begin.
    size_t here = 0;
    while (here < mentions.size() && mentions[here].sentence < si) ++here;
    size_t first = here;
    while (first > 0 && mentions[first - 1].sentence == si - 1) --first;
    std::vector<const Mention*> list = subject_list(*sentences[si - 1], mentions, first, here);
    // list-across-member-sentence: "A, B and C sued the state. C had lived in Kiro for years. They
    // worked with ...": a sentence between that names members of the list before it (one at least)
    // and no other name of their type (person or country) keeps the list in focus.
    if (list.empty() && si >= 2 && first < here) {
      size_t before = first;
      while (before > 0 && mentions[before - 1].sentence == si - 2) --before;
      std::vector<const Mention*> earlier = subject_list(*sentences[si - 2], mentions, before, first);
      bool only_members = !earlier.empty(), some_member = false;
      for (size_t j = first; j < here && only_members; ++j) {
        if (!earlier.empty() && mentions[j].type != earlier[0]->type) continue;
        const bool member = std::any_of(earlier.begin(), earlier.end(),
                                        [&](const Mention* e) { return e->entity == mentions[j].entity; });
        only_members = member || mentions[j].kind != MentionKind::kName;
        some_member = some_member || member;
      }
      if (only_members && some_member) list = std::move(earlier);
    }
    if (list.empty() || (ref->members && list.size() != ref->members)) continue;
    Mention base;
    const bool they = ref->second.empty() && ref->members == 0;
    if (they) {  // the group-pronoun mention at the sentence's start, if resolution left it open
      // "They" opening a sentence after a subject list of organisations was given the list's
      // first member (group-pronoun, resolution.cpp, takes the organisation that opens the
      // sentence before); it is every member.
      const bool took_first_member = here < mentions.size() && list[0]->type == EntityType::kOrganization &&
                                     mentions[here].entity == list[0]->entity;
      if (here == mentions.size() || mentions[here].sentence != si || mentions[here].tok_begin != 0 ||
          mentions[here].kind != MentionKind::kPronoun || !(mentions[here].entity.empty() || took_first_member))
        continue;
      base = mentions[here];
    } else {
      base.sentence = si;
      base.tok_begin = 0;
      base.tok_end = end;
      base.start = tk[0].start;
      base.end = tk[end - 1].end;
      for (size_t k = 0; k < end; ++k) base.text.append(k ? " " : "").append(tk[k].text);
      base.kind = ref->second.empty() ? MentionKind::kPronoun : MentionKind::kDescription;
    }
    base.rule = kPluralMembersRule;
    base.type = list[0]->type;
    std::vector<Mention> members;
    members.reserve(list.size());
    for (const Mention* m : list) {
      Mention& x = members.emplace_back(base);
      x.entity = m->entity;
      x.country = m->country;
    }
    if (they) mentions.erase(mentions.begin() + static_cast<long>(here));
    mentions.insert(mentions.begin() + static_cast<long>(here), members.begin(), members.end());
  }
}

}  // namespace newsgraph
