#include "appositive_roles.h"

#include <string_view>

#include "chunker.h"  // is_verb_tag
#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxRoleWords = 7;  // "the Republican Senate Majority Leader": longer runs are clauses
constexpr size_t kMaxTailTokens = 10;  // "of the International Atomic Energy Agency (IAEA)"

bool is_determiner(std::string_view lw) {
  return lw == "the"sv || lw == "a"sv || lw == "an"sv || lw == "its"sv || lw == "their"sv || lw == "his"sv ||
         lw == "her"sv || lw == "our"sv;
}

// Words that date a role rather than name it: "a former nurse" held the role "nurse".
bool is_time_qualifier(std::string_view lw) {
  return lw == "former"sv || lw == "current"sv || lw == "then"sv || lw == "late"sv || lw == "outgoing"sv ||
         lw == "incoming"sv || lw == "new"sv || lw == "longtime"sv || lw == "long-time"sv;
}

bool is_possessive(const Token& t) { return t.text == "'s"sv || t.text == "\xE2\x80\x99s"sv || t.tag == "POS"; }

// Punctuation that closes an apposition: "X, the defence secretary, said", "... Z, the attorney
// general." An opening bracket starts an aside ("Nur, a police spokesman (who ...").
bool closes_apposition(const std::vector<Token>& tk, size_t k) {
  if (k >= tk.size()) return true;
  std::string_view w = tk[k].text;
  return w == ","sv || w == "."sv || w == ";"sv || w == ":"sv || w == ")"sv || w == "("sv || w == "--"sv ||
         w == "\xE2\x80\x94"sv || w == "\xE2\x80\x93"sv;
}

// A word that may stand inside a role before its head: "foreign policy", "Government", "senior".
bool is_role_modifier(const Token& t) {
  if (t.lower == "and"sv || t.lower == "or"sv || t.lower == "of"sv || t.lower == "for"sv) return false;
  const std::string_view tag = t.tag;
  // A participle only where it names the office ("acting president"), not a clause ("X, meeting
  // Iran's chief negotiator, Y").
  if (tag == "VBG"sv)
    return t.lower == "acting"sv || t.lower == "managing"sv || t.lower == "presiding"sv || t.lower == "founding"sv ||
           t.lower == "ruling"sv || t.lower == "governing"sv || t.lower == "running"sv;  // "running mate"
  return tag == "JJ"sv || tag == "JJR"sv || tag == "JJS"sv || tag == "NN"sv || tag == "NNS"sv || tag == "NNP"sv ||
         tag == "NNPS"sv || tag == "VBN"sv;
}

// What may follow a role after the name besides punctuation: "X, the minister responsible for
// defence", "X, the lawyer who represented ...", "X, an entrepreneur from Tacoma" (where the
// person comes from is no organisation: the role has none, as the gold guide writes it; an
// organisation after "from" is read by organization_after_from).
bool continues_role(const Token& t) {
  return t.lower == "who"sv || t.lower == "whose"sv || t.lower == "which"sv || t.lower == "responsible"sv ||
         t.lower == "from"sv;
}

// A mention that can be the organisation of a role: a country, a demonym, an organisation or a
// place ("mayor of London").
bool names_holder(const Mention& m) {
  return (m.kind == MentionKind::kName || m.kind == MentionKind::kDemonym) &&
         (m.type == EntityType::kCountry || m.type == EntityType::kOrganization || m.type == EntityType::kPlace);
}

// A name that may be the person holding the role: typed a person, or typed by nothing.
bool may_be_person(const Mention& m) {
  return m.kind == MentionKind::kName && !m.common_word &&
         (m.type == EntityType::kPerson || m.type == EntityType::kOther);
}

// The mention covering each token of the sentence, or -1.
std::vector<int> mentions_by_token(size_t n, const std::vector<Mention>& mentions, size_t first) {
  std::vector<int> covering(n, -1);
  for (size_t i = first; i < mentions.size(); ++i)
    for (size_t k = mentions[i].tok_begin; k < mentions[i].tok_end && k < n; ++k) covering[k] = static_cast<int>(i);
  return covering;
}

struct RolePhrase {
  size_t begin = 0, end = 0;  // the whole phrase, its determiner to its "of ..." tail
  std::string role;           // lower-case words up to the head, time qualifiers dropped
  std::string organization;   // canonical name of the holder named in the phrase, or empty
  std::string seat;           // constituency-after-for: the place a member sits for, or empty
  int seat_mention = -1;      // its mention, typed a place once the role is taken
};

struct PhraseReader {
  const std::vector<Token>& tk;
  const Lexicons& lex;
  const std::vector<Mention>& mentions;
  const std::vector<int>& covering;

  bool mention_has_role_noun(const Mention& m) const {
    for (size_t k = m.tok_begin; k < m.tok_end; ++k)
      if (lex.role_nouns.count(tk[k].lower)) return true;
    return false;
  }

  // The "of/for ..." after the head, up to the apposition's end: its first holder is the role's
  // organisation ("director of global news for AFP"). Returns the end of the tail.
  size_t read_tail(size_t k, size_t limit, std::string& organization) const {
    // role-tail-with: "a senior analyst with Norden Bank" works there as "at" says it; unlike
    // the others the tail is taken only when it names the organisation ("a lawyer with twenty
    // years' experience" is no tail).
    const bool with = k < limit && tk[k].lower == "with"sv;
    if (k >= limit || !(tk[k].lower == "of"sv || tk[k].lower == "for"sv || tk[k].lower == "at"sv || with)) return k;
    size_t e = k + 1, at = tk[k].lower == "at"sv || with ? k : kNone;
    std::string org;
    for (; e < limit && e < k + kMaxTailTokens; ++e) {
      if (at == kNone && tk[e].lower == "at"sv) at = e;  // "a professor of physics at Stanford"
      if (tk[e].text != "("sv && tk[e].text != ")"sv && closes_apposition(tk, e)) break;
      // "chief executive of Acme Wholesale which supplies ...": a relative clause about the
      // organisation ends the tail (relative-after-role-tail).
      if (tk[e].lower == "which"sv || tk[e].lower == "who"sv) break;
      if (is_verb_tag(tk[e].tag) && tk[e].tag != "VBN" && tk[e].tag != "VBG") return kNone;  // a clause, not a name
      const int mi = covering[e];
      if (mi >= 0 && mentions[mi].kind == MentionKind::kName && mentions[mi].type == EntityType::kPerson)
        return kNone;  // "First Minister of Scotland Nicola Sturgeon, ...": the role is hers, not the next name's
      if (mi < 0 || !org.empty() || !names_holder(mentions[mi])) continue;
      const Mention& h = mentions[mi];
      // "for the Indonesian National Police": the nationality starts the holder's name.
      const size_t after = h.tok_end;
      if (h.kind == MentionKind::kDemonym && after < limit && is_upper_initial(tk[after].text)) continue;
      org = h.entity;
    }
    if (org.empty() && at != kNone && at + 1 < e && covering[at + 1] >= 0) {
      // workplace-after-at: "an analyst at Petercam", "a professor of physics at Stanford
      // University" (the name not typed yet): the name right after "at" (or "with") is where the
      // holder works, an organisation whatever the typer made of the name. Only there: after
      // "of" an untyped name is as often a portfolio ("minister of Finance").
      const Mention& w = mentions[covering[at + 1]];
      if (w.kind == MentionKind::kName && w.type == EntityType::kOther && !w.common_word && w.tok_begin == at + 1)
        org = w.entity;
    }
    if (with && org.empty()) return k;
    if (organization.empty()) organization = org;
    return e;
  }

  // constituency-after-for: after a member's role noun (data/lexicon/constituency_roles.txt),
  // "for"/"from" and a name is the seat: "the MP for Northfield", "MP for Birmingham Northfield"
  // (a person's name by its shape), "the junior senator from Vermont". The name must end the
  // phrase (at `limit`, punctuation or a relative word): "MP for Grantham and Stamford" or "the
  // senator from Vermont's office" name no one seat. Returns the phrase's end, or k.
  size_t constituency_after_for(size_t head, size_t k, size_t limit, RolePhrase& p) const {
    if (k >= limit || !(tk[k].lower == "for"sv || tk[k].lower == "from"sv) ||
        lex.constituency_roles.find(tk[head].lower) == StringTable::kNone)
      return k;
    size_t q = k + 1;
    if (q < limit && tk[q].lower == "the"sv) ++q;
    if (q >= limit || covering[q] < 0) return k;
    const Mention& seat = mentions[covering[q]];
    if (seat.tok_begin != q || seat.kind != MentionKind::kName || seat.type == EntityType::kOrganization) return k;
    const size_t end = seat.tok_end;
    if (end < limit && !closes_apposition(tk, end) && !continues_role(tk[end])) return k;
    p.seat = seat.entity;
    p.seat_mention = covering[q];
    return end;
  }

  // organization-after-from: "an investment analyst from Brill Capital," names where the holder
  // works when the name after "from" is an organisation and the apposition closes right after
  // it. A place or country there is where the person comes from ("a doctor from Bolton"): the
  // phrase ends before "from", as continues_role lets it, and so does anything longer. Returns
  // the end of the phrase.
  size_t organization_after_from(size_t k, size_t limit, std::string& organization) const {
    if (k >= limit || tk[k].lower != "from"sv) return k;
    size_t q = k + 1;
    if (q < limit && tk[q].lower == "the"sv) ++q;
    if (q >= limit || covering[q] < 0) return k;
    const Mention& h = mentions[covering[q]];
    if (h.tok_begin != q || h.kind != MentionKind::kName || h.type != EntityType::kOrganization) return k;
    if (h.tok_end < limit && !closes_apposition(tk, h.tok_end) && !continues_role(tk[h.tok_end])) return k;
    if (organization.empty()) organization = h.entity;
    return h.tok_end;
  }

  // Reads a role phrase from b: [determiner] modifiers* HEAD [of/for ...], with no token at or
  // after `limit`. False when no role noun heads it.
  bool read(size_t b, size_t limit, RolePhrase& p) const {
    size_t k = b, head = kNone, words = 0;
    if (k < limit && is_determiner(tk[k].lower)) ++k;
    std::string role, org;
    while (k < limit && words < kMaxRoleWords) {
      const Token& t = tk[k];
      const int mi = covering[k];
      if (mi >= 0 && mentions[mi].tok_begin == k && names_holder(mentions[mi]) && !mention_has_role_noun(mentions[mi])) {
        org = mentions[mi].entity;  // "the EU's foreign policy chief", "the Hungarian Government commissioner"
        k = mentions[mi].tok_end;
        // acronym-after-holder: "the former National Hockey League (NHL) player, X": the short form
        // in brackets after the organisation belongs to it, and the role goes on after it.
        if (k + 2 < limit && tk[k].text == "("sv && tk[k + 2].text == ")"sv && is_upper_initial(tk[k + 1].text)) k += 3;
        head = kNone;
        continue;
      }
      if (mi >= 0 && mentions[mi].tok_begin == k && mentions[mi].tok_end < limit && is_possessive(tk[mentions[mi].tok_end])) {
        // "Air Astana's head of strategy", "Avenatti's lawyer": whoever it is, it holds the role.
        if (names_holder(mentions[mi])) org = mentions[mi].entity;
        role.clear();
        head = kNone;
        k = mentions[mi].tok_end + 1;
        continue;
      }
      if (mi >= 0 && mentions[mi].kind == MentionKind::kName && mentions[mi].type == EntityType::kPerson) break;  // another person's name
      if (is_possessive(t) && k > b) {  // "the city's security chief": the words before name the holder
        role.clear();
        head = kNone;
        ++k;
        continue;
      }
      if (!is_role_modifier(t)) break;
      head = lex.role_nouns.count(t.lower) ? k : kNone;
      if (!is_time_qualifier(t.lower)) role += (role.empty() ? "" : " ") + t.lower;
      ++k;
      ++words;
    }
    if (head == kNone || head + 1 != k) return false;
    RolePhrase seat;
    size_t end = constituency_after_for(head, k, limit, seat);
    if (end == k) end = read_tail(k, limit, org);
    if (end == kNone) return false;
    if (end == k) end = organization_after_from(k, limit, org);
    p = {b, end, role, org, seat.seat, seat.seat_mention};
    if (p.organization.empty()) p.organization = p.seat;  // "the MP for Northfield": of Northfield
    return true;
  }
};

Role make_role(const Mention& person, const RolePhrase& p, const std::vector<Token>& tk, size_t si,
               std::string_view rule) {
  Role r;
  r.person = person.entity.empty() ? person.text : person.entity;
  r.role = p.role;
  r.organization = p.organization;
  r.sentence = si;
  r.person_text = person.text;
  r.title_text = tk[p.begin].text;
  for (size_t k = p.begin + 1; k < p.end; ++k) r.title_text += (tk[k].space_before ? " " : "") + tk[k].text;
  r.rule = rule;
  return r;
}

// role-after-name: "NAME, [the] ROLE [of ORG]" closed by punctuation or the sentence's end.
// role-list-in-apposition: more roles after the first, joined by commas and "and": "Boris Johnson
// — former Foreign Secretary, mayor of London, and member of Parliament —", "Ada Brandt, professor
// and chair at Halden University,". A role with no organisation of its own right before "and"
// shares the next one's ("professor and chair at X": both at X). The list must close where an
// apposition closes, and no name may follow its closing comma ("X, the chair, and the treasurer,
// Y, ..." names Y the treasurer). Reads up to kMaxListedRoles phrases into ps; returns how many.
constexpr size_t kMaxListedRoles = 4;

bool is_list_separator(const std::vector<Token>& tk, size_t k) {
  return k < tk.size() && (tk[k].lower == "and"sv || tk[k].text == ","sv);
}

size_t role_after_name(const PhraseReader& reader, const Mention& m, RolePhrase* ps) {
  const auto& tk = reader.tk;
  size_t comma = m.tok_end;  // or a dash: "Boris Johnson — former Foreign Secretary, mayor of London"
  if (comma + 1 >= tk.size() || !(tk[comma].text == ","sv || tk[comma].text == "\xE2\x80\x94"sv || tk[comma].text == "--"sv))
    return 0;
  // age-before-role: "Eva Stone, 45, a physicist," — the age between commas is passed over.
  if (tk[comma].text == ","sv && comma + 3 < tk.size() && tk[comma + 1].tag == "CD"sv && is_all_digits(tk[comma + 1].text) &&
      tk[comma + 2].text == ","sv)
    comma += 2;
  if (!reader.read(comma + 1, tk.size(), ps[0])) return 0;
  size_t count = 1;
  // The list goes on while a separator (", ", "and", ", and") leads to another role phrase.
  while (count < kMaxListedRoles && is_list_separator(tk, ps[count - 1].end)) {
    size_t b = ps[count - 1].end + 1;
    if (tk[b - 1].text == ","sv && b < tk.size() && tk[b].lower == "and"sv) ++b;
    // After a bare comma a phrase with its own article describes what the last one named: "a
    // spokesman for Acme, the venture partner" (Acme is the partner), not a further role.
    if (tk[b - 1].text == ","sv && b < tk.size() && is_determiner(tk[b].lower)) break;
    if (!reader.read(b, tk.size(), ps[count])) break;
    ++count;
  }
  // The last phrase read must close the apposition; a list cut short keeps what closed before.
  while (count > 0) {
    const size_t end = ps[count - 1].end;
    const bool closed = closes_apposition(tk, end) || continues_role(tk[end]);
    const bool name_after = end + 1 < tk.size() && tk[end].text == ","sv && reader.covering[end + 1] >= 0 &&
                            reader.mentions[reader.covering[end + 1]].type == EntityType::kPerson;
    if (closed && !(count > 1 && name_after)) break;
    --count;
  }
  for (size_t i = count - (count > 0); i-- > 0;)  // "professor and chair at X": both at X
    if (ps[i].organization.empty() && tk[ps[i].end].lower == "and"sv) ps[i].organization = ps[i + 1].organization;
  return count;
}

// role-before-name: "[the] ROLE [of ORG], NAME" where the name ends its clause or starts the
// verb ("Its president, Faith Odhiambo, said"; "Iran's chief negotiator, Hossein Karimi, told").
// role-before-titled-name: the same with the name's own occupation words between the comma and
// the name ("The study's lead author, glaciologist Ada Brandt, said"; "Another co-author, geography
// professor Tomas Ruiz,"): up to kMaxOccupationWords lower-case nouns, adjectives and "and", the
// last a noun; the occupation itself is occupation-before-name's (title_mentions.cpp). `titled`
// tells which of the two read the phrase.
constexpr size_t kMaxOccupationWords = 5;

bool is_occupation_word(const Token& t) {
  return !is_upper_initial(t.text) && (t.tag == "NN"sv || t.tag == "JJ"sv || t.lower == "and"sv);
}

bool role_before_name(const PhraseReader& reader, const Mention& m, RolePhrase& p, bool& titled) {
  const auto& tk = reader.tk;
  size_t b = m.tok_begin;
  while (b > 0 && reader.lex.person_prefixes.count(tk[b - 1].text)) --b;  // "Dr Ali bin Tamim"
  // "the head of X, Professor Ada Brandt, said": the capitalized occupation role-noun-opens-name
  // left out of the name stands between the comma and the name.
  if (b > 1 && is_upper_initial(tk[b - 1].text) && reader.lex.role_nouns.count(tk[b - 1].lower)) --b;
  titled = false;
  if (b >= 2 && tk[b - 1].tag == "NN"sv && is_occupation_word(tk[b - 1])) {
    size_t o = b - 1;
    while (o > 0 && b - o < kMaxOccupationWords && is_occupation_word(tk[o - 1])) --o;
    if (o >= 2 && tk[o - 1].text == ","sv) b = o, titled = true;
  }
  if (b < 2 || tk[b - 1].text != ","sv) return false;
  const size_t comma = b - 1;
  const size_t after = m.tok_end;
  if (!closes_apposition(tk, after) && !(is_verb_tag(tk[after].tag) && tk[after].tag != "VBG") && tk[after].tag != "IN")
    return false;
  // The longest phrase that ends exactly at the comma.
  for (size_t s = comma > kMaxRoleWords + kMaxTailTokens ? comma - kMaxRoleWords - kMaxTailTokens : 0; s < comma; ++s)
    if (reader.read(s, comma, p) && p.end == comma) {
      // A "with" tail is read after a name only: before one, the comma may cut a firm's name
      // ("analyst with Merrill Lynch, Pierce, Fenner and Smith" names no Pierce).
      for (size_t k = p.begin; k < p.end; ++k)
        if (tk[k].lower == "with"sv) return false;
      return true;
    }
  return false;
}

// title-of-place-before-name: "President of Ukraine Volodymyr Zelenskyy", "Special
// Representative for Iran Brian Hook": a title standing alone (a description), "of"/"for", the
// holder, and the name right after it.
bool title_of_place_before_name(const PhraseReader& reader, const Mention& m, RolePhrase& p) {
  const auto& tk = reader.tk;
  const size_t b = m.tok_begin;
  if (b < 3 || reader.covering[b - 1] < 0) return false;
  const Mention& holder = reader.mentions[reader.covering[b - 1]];
  if (holder.tok_end != b || !names_holder(holder)) return false;
  size_t of = holder.tok_begin - 1;
  if (tk[of].lower == "the"sv && of > 0) --of;
  if (of < 1 || !(tk[of].lower == "of"sv || tk[of].lower == "for"sv) || reader.covering[of - 1] < 0) return false;
  const Mention& title = reader.mentions[reader.covering[of - 1]];
  if (title.kind != MentionKind::kDescription || title.role.empty() || title.tok_end != of) return false;
  // "Representative for Iran": after "for" the name is the portfolio, not the holder.
  p = {title.tok_begin, holder.tok_end, title.role, tk[of].lower == "of"sv ? holder.entity : std::string(), {}, -1};
  return true;
}

// Where a role phrase after a verb of office ends: punctuation, a conjunction, a preposition
// that starts an adjunct ("after Theresa May stepped down", "in 2009"), a relative word or a
// finite verb. "of", "for" and "at" go on into the role's organisation.
bool ends_role_phrase(const Token& t) {
  static constexpr std::string_view kWords[] = {"and", "or", "but", "after", "before", "until", "when", "since", "from",
                                                "in", "on", "with", "to", "who", "which", "that", "while", "during"};
  if (t.tag == "."sv || t.text == ","sv || t.text == ";"sv || t.text == ":"sv || t.text == "("sv ||
      t.text == "\xE2\x80\x94"sv || t.text == "--"sv)
    return true;
  for (std::string_view w : kWords)
    if (t.lower == w) return true;
  return t.tag == "VBD"sv || t.tag == "VBZ"sv || t.tag == "VBP"sv || t.tag == "MD"sv;
}

size_t read_role_phrases(const PhraseReader& reader, size_t b, RolePhrase* ps);

// role-by-verb: a verb of taking or holding an office right after the name (or after its
// ", who") states the role in the phrase after it: "Hickenlooper has served as mayor of Denver
// and governor of Colorado", "Johnson became leader of the Conservative Party", "Jeremy Hunt,
// who succeeded him as Foreign Secretary", "Lena Holt was appointed chief executive". Verbs:
// serve as, become, succeed ... as, be appointed/elected/named (as). Up to two roles joined by
// "and" are read into ps; returns how many.
size_t role_by_verb(const PhraseReader& reader, const Mention& m, RolePhrase* ps) {
  const auto& tk = reader.tk;
  const size_t n = tk.size();
  size_t k = m.tok_end;
  if (k + 1 < n && tk[k].text == ","sv && tk[k + 1].lower == "who"sv) k += 2;
  // Auxiliaries and adverbs before the verb: "has served", "is currently serving", "was later named".
  while (k + 1 < n && (tk[k].tag == "RB"sv || tk[k].tag == "MD"sv ||
                       ((tk[k].lemma == "have"sv || tk[k].lemma == "be"sv) && (is_verb_tag(tk[k + 1].tag) || tk[k + 1].tag == "RB"sv))))
    ++k;
  if (k >= n || !is_verb_tag(tk[k].tag)) return 0;
  const std::string& lemma = tk[k].lemma;
  size_t b = kNone;
  if (lemma == "serve"sv && k + 1 < n && tk[k + 1].lower == "as"sv) {
    b = k + 2;
  } else if (lemma == "become"sv) {
    b = k + 1;
  } else if (reader.lex.role_naming_verbs.find(lemma) != StringTable::kNone && tk[k].tag == "VBN"sv && k > 0 &&
             tk[k - 1].lemma == "be"sv) {
    b = k + 1 < n && tk[k + 1].lower == "as"sv ? k + 2 : k + 1;
  } else if (lemma == "succeed"sv) {  // "succeeded him as Foreign Secretary": the object is the predecessor
    for (size_t q = k + 1; q < n && q <= k + 5 && !ends_role_phrase(tk[q]); ++q)
      if (tk[q].lower == "as"sv) {
        b = q + 1;
        break;
      }
  }
  return b == kNone ? 0 : read_role_phrases(reader, b, ps);
}

// A role phrase after "is"/"was" that judges or ranks its holder ("a great chancellor", "the only
// player to", "best actress", "France's second best-paid actor"): a superlative or comparative,
// or a word of data/lexicon/evaluative_role_adjectives.txt (also before a hyphen), before the
// role's tail.
bool judges_holder(const PhraseReader& reader, const RolePhrase& p) {
  const auto& tk = reader.tk;
  for (size_t k = p.begin; k < p.end; ++k) {
    const Token& t = tk[k];
    if (t.lower == "of"sv || t.lower == "for"sv || t.lower == "at"sv || t.lower == "from"sv) break;
    if (t.tag == "JJS"sv || t.tag == "JJR"sv) return true;
    const std::string_view word = t.lower;
    if (reader.lex.evaluative_role_adjectives.count(std::string(word.substr(0, word.find('-'))))) return true;
  }
  return false;
}

// role-by-copula: the name, a finite "be" (or "has/had been") and a role phrase that fills the
// rest of the clause: "Ada Brandt was a chemistry professor at Halden University", "Tom Reddy is
// Brill Bank's chief economist", "Lena Holt is also a founding director of the Halden Trust",
// "X, who was the sports editor for the Courier, ...". Adverbs between ("also", "currently") are
// passed over; a negation ("is not a member") states no role, nor does a modal or a verb after
// "be" ("was also named" is role-by-verb's). Only a name already typed a person: a company "is
// the biggest investor in" something. Up to two roles joined by "and" are read into ps (the
// phrase must end where read_role_phrases ends it: "is a better player than" is no role);
// returns how many.
constexpr size_t kMaxCopulaAdverbs = 2;

size_t role_by_copula(const PhraseReader& reader, const Mention& m, RolePhrase* ps) {
  const auto& tk = reader.tk;
  const size_t n = tk.size();
  if (m.type != EntityType::kPerson) return 0;
  size_t k = m.tok_end;
  if (k + 1 < n && tk[k].text == ","sv && tk[k + 1].lower == "who"sv) k += 2;
  if (k + 1 < n && tk[k].lemma == "have"sv && tk[k + 1].lower == "been"sv) ++k;  // "has been a member of"
  if (k >= n || tk[k].lemma != "be"sv || !(tk[k].tag == "VBD"sv || tk[k].tag == "VBZ"sv || tk[k].tag == "VBP"sv ||
                                           tk[k].tag == "VBN"sv))
    return 0;
  ++k;
  for (size_t adverbs = 0; k < n && tk[k].tag == "RB"sv && adverbs < kMaxCopulaAdverbs; ++adverbs, ++k)
    if (tk[k].lower == "not"sv || tk[k].lower == "n't"sv || tk[k].lower == "never"sv) return 0;
  if (k >= n || is_verb_tag(tk[k].tag)) return 0;
  const size_t read = read_role_phrases(reader, k, ps);
  size_t kept = 0;
  for (size_t r = 0; r < read; ++r)
    if (!judges_holder(reader, ps[r])) ps[kept++] = ps[r];
  return kept;
}

// Reads up to two roles joined by "and" from b into ps, each up to where a role phrase ends
// (ends_role_phrase), the first sharing the second's organisation when it names none; returns
// how many.
size_t read_role_phrases(const PhraseReader& reader, size_t b, RolePhrase* ps) {
  const auto& tk = reader.tk;
  const size_t n = tk.size();
  size_t count = 0;
  while (b != kNone && b < n && count < 2) {
    size_t limit = b + 1;
    // "from" goes on into a member's seat (constituency-after-for: "serving as the junior senator
    // from Vermont"), where after any other role it starts an adjunct.
    while (limit < n && (!ends_role_phrase(tk[limit]) ||
                         (tk[limit].lower == "from"sv &&
                          reader.lex.constituency_roles.find(tk[limit - 1].lower) != StringTable::kNone)))
      ++limit;
    if (!reader.read(b, limit, ps[count]) || ps[count].end != limit) break;
    ++count;
    b = limit + 1 < n && tk[limit].lower == "and"sv ? limit + 1 : kNone;
  }
  // "president and chief executive of X": the first role, with no organisation of its own, is at X too.
  if (count == 2 && ps[0].organization.empty()) ps[0].organization = ps[1].organization;
  return count;
}

// named-as-role: a verb of giving an office (data/lexicon/role_naming_verbs.txt) right before the
// name, the name its object, and the role after it: "the board named Lena Holt as its chairman",
// "Acme appointed Lena Holt president and chief executive", "members elected Lena Holt, 52, as
// their leader", "the party chose Lena Holt to be its candidate". An aside between commas or
// dashes after the name is passed over. The role's organisation is the one its phrase names,
// else the first organisation named before the verb with no person between ("Acme, a unit of
// Brill Corp, said it named X as president": Acme, the subject). Returns how many roles were read into ps.
constexpr size_t kMaxAsideTokens = 25;

size_t named_as_role(const PhraseReader& reader, const Mention& m, RolePhrase* ps) {
  const auto& tk = reader.tk;
  const size_t n = tk.size();
  if (m.tok_begin < 2 || m.tok_end >= n) return 0;
  const Token& verb = tk[m.tok_begin - 1];
  if (!is_verb_tag(verb.tag) || reader.lex.role_naming_verbs.find(verb.lemma) == StringTable::kNone) return 0;
  if (verb.tag == "VBN"sv && tk[m.tok_begin - 2].lemma == "be"sv) return 0;  // "was named X": no object
  size_t k = m.tok_end;
  if (tk[k].text == ","sv || tk[k].text == "\xE2\x80\x94"sv || tk[k].text == "--"sv) {  // "X, 52, as ..."
    size_t close = k + 1;
    while (close < n && close <= k + kMaxAsideTokens && tk[close].text != tk[k].text) ++close;
    if (close >= n || close > k + kMaxAsideTokens) return 0;
    k = close + 1;
  }
  if (k + 1 < n && tk[k].lower == "as"sv) {
    ++k;
  } else if (k + 2 < n && tk[k].lower == "to"sv && tk[k + 1].lower == "be"sv) {
    k += 2;
  } else if (k != m.tok_end) {
    return 0;  // after an aside only "as" or "to be" go on to the role
  }
  const size_t count = read_role_phrases(reader, k, ps);
  std::string subject_org;
  for (size_t q = m.tok_begin - 1; q-- > 0;) {
    const int mi = reader.covering[q];
    if (mi < 0) continue;
    const Mention& h = reader.mentions[mi];
    if (h.kind == MentionKind::kName && h.type == EntityType::kPerson) break;
    if (h.kind == MentionKind::kName && h.type == EntityType::kOrganization) subject_org = h.entity;  // the first wins
  }
  for (size_t r = 0; r < count; ++r)
    if (ps[r].organization.empty()) ps[r].organization = subject_org;
  return count;
}

// role-by-office-verb: the name (or its ", who"), a finite verb of holding an office over a body
// (data/lexicon/office_verbs.tsv) and a named organisation as its object: "X, who chairs the
// Intelligence Committee" is its chair, "X founded the Unity Party in 2004" its founder. The
// organisation must be the whole object (what follows it is punctuation, a preposition other than
// "to", a conjunction or the end): "heads Acme's bond desk" names a unit of Acme, "led Acme to a
// profit" no office; a country, place or person as the object states none ("led Spain", "led
// Trump in the polls"). Only a name typed a person. Returns whether it read a role into p.
bool role_by_office_verb(const PhraseReader& reader, const Mention& m, RolePhrase& p) {
  const auto& tk = reader.tk;
  const size_t n = tk.size();
  if (m.type != EntityType::kPerson) return false;
  size_t k = m.tok_end;
  if (k + 1 < n && tk[k].text == ","sv && tk[k + 1].lower == "who"sv) k += 2;
  if (k < n && tk[k].tag == "RB"sv) ++k;  // "who also chairs", "currently heads"
  if (k + 1 >= n || !(tk[k].tag == "VBZ"sv || tk[k].tag == "VBD"sv || tk[k].tag == "VBP"sv)) return false;
  const uint32_t verb = reader.lex.office_verbs.find(tk[k].lemma);
  if (verb == StringTable::kNone) return false;
  size_t q = k + 1;
  if (tk[q].lower == "the"sv) ++q;
  if (q >= n || reader.covering[q] < 0) return false;
  const Mention& body = reader.mentions[reader.covering[q]];
  if (body.tok_begin != q || body.kind != MentionKind::kName || body.common_word ||
      !(body.type == EntityType::kOrganization || body.type == EntityType::kOther))
    return false;
  const size_t end = body.tok_end;
  if (end < n) {
    const Token& after = tk[end];
    const bool closes = closes_apposition(tk, end) || after.tag == "CC"sv || (after.tag == "IN"sv && after.lower != "to"sv);
    if (!closes || is_possessive(after)) return false;
  }
  p = {k, end, reader.lex.office_verb_roles[verb], body.entity, {}, -1};
  return true;
}

}  // namespace

void find_appositive_roles(const std::vector<Token>& tk, size_t si, const Lexicons& lex,
                           std::vector<Mention>& mentions, size_t first_mention, std::vector<Role>& roles) {
  if (first_mention >= mentions.size()) return;
  const std::vector<int> covering = mentions_by_token(tk.size(), mentions, first_mention);
  const PhraseReader reader{tk, lex, mentions, covering};
  // Each role read, with the seat's mention made a place and, where the phrase also named a party
  // or body ("the Labour MP for Northfield"), the seat's role beside it (constituency-after-for).
  auto add = [&](const Mention& m, const RolePhrase& p, std::string_view rule) {
    roles.push_back(make_role(m, p, tk, si, rule));
    if (p.seat_mention < 0) return;
    Mention& seat = mentions[p.seat_mention];
    if (seat.type == EntityType::kPerson || seat.type == EntityType::kOther) seat.type = EntityType::kPlace;
    if (p.organization != p.seat) {
      RolePhrase s = p;
      s.organization = p.seat;
      roles.push_back(make_role(m, s, tk, si, "constituency-after-for"));
    }
  };
  for (size_t i = first_mention; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (!may_be_person(m)) continue;
    // An untyped name right after a role noun and "of", "at" or "for" is an organisation in a role's tail
    // ("chief executive of Acme, director of ..."), not a holder of the roles after it.
    if (m.type == EntityType::kOther && m.tok_begin > 1 && lex.role_nouns.count(tk[m.tok_begin - 2].lower) &&
        (tk[m.tok_begin - 1].lower == "of"sv || tk[m.tok_begin - 1].lower == "at"sv || tk[m.tok_begin - 1].lower == "for"sv))
      continue;
    RolePhrase p;
    std::string_view rule;
    RolePhrase by_verb[2];
    if (const size_t read = role_by_verb(reader, m, by_verb)) {
      m.type = EntityType::kPerson;
      if (m.role.empty()) m.role = by_verb[0].role;
      for (size_t r = 0; r < read; ++r) add(m, by_verb[r], "role-by-verb");
    }
    RolePhrase by_copula[2];
    if (const size_t read = role_by_copula(reader, m, by_copula)) {
      if (m.role.empty()) m.role = by_copula[0].role;
      for (size_t r = 0; r < read; ++r) add(m, by_copula[r], "role-by-copula");
    }
    if (RolePhrase office; role_by_office_verb(reader, m, office)) {
      if (m.role.empty()) m.role = office.role;
      Role& r = roles.emplace_back(make_role(m, office, tk, si, "role-by-office-verb"));
      r.title_text = office.role + " of " + office.organization;  // its reading: (X; is; chair of Y)
    }
    RolePhrase named[2];
    if (const size_t read = named_as_role(reader, m, named)) {
      m.type = EntityType::kPerson;
      if (m.role.empty()) m.role = named[0].role;
      for (size_t r = 0; r < read; ++r) add(m, named[r], "named-as-role");
    }
    bool titled = false;
    RolePhrase listed[kMaxListedRoles];
    size_t listed_count = 0;
    if ((listed_count = role_after_name(reader, m, listed))) {
      p = listed[0];
      rule = "role-after-name";
    } else if (role_before_name(reader, m, p, titled)) rule = titled ? "role-before-titled-name" : "role-before-name";
    else if (title_of_place_before_name(reader, m, p)) rule = "title-of-place-before-name";
    else continue;
    m.type = EntityType::kPerson;  // "Wiranto, a former general": only a person holds a role
    if (m.role.empty()) m.role = p.role;
    add(m, p, rule);
    for (size_t r = 1; r < listed_count; ++r) add(m, listed[r], "role-list-in-apposition");
  }
}

}  // namespace newsgraph
