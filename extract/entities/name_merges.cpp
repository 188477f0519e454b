#include "name_merges.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "name_words.h"  // is_legal_form, plural_name_word
#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {
// Calls f with each character of s lower-cased, a Latin-1 or Latin Extended-A letter (two UTF-8
// bytes) as its base letter: what fold_latin returns, one character at a time, so that a caller
// that keeps only some of them (consonant_skeleton) builds no folded copy first.
template <typename F>
void for_each_folded(std::string_view s, F&& f) {
  // Base letters of U+00C0..U+00FF and U+0100..U+017F, in code point order.
  static constexpr std::string_view latin1 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  static constexpr std::string_view extended_a =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  static_assert(latin1.size() == 64 && extended_a.size() == 128, "one base letter per code point");
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII, most bytes of most names: no second byte to read
      f(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      continue;
    }
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    char base = 0;
    if (c == 0xC3 && next >= 0x80 && next <= 0xBF) base = latin1[next - 0x80];
    else if ((c == 0xC4 || c == 0xC5) && next >= 0x80 && next <= 0xBF) base = extended_a[(c - 0xC4) * 64 + (next - 0x80)];
    if (base) {
      f(static_cast<char>(base >= 'A' && base <= 'Z' ? base - 'A' + 'a' : base));
      ++i;
    } else {
      f(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
  }
}
}  // namespace

std::string fold_latin(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_folded(s, [&out](char c) { out += c; });
  return out;
}

namespace {

bool is_name(const Mention& m) { return m.kind == MentionKind::kName && !m.entity.empty(); }

// A bare name that the steps may give to a longer name: not a person's pronoun, a country or a
// place the gazetteers know ("Ankara" stays the city).
bool bare_form(const Mention& m) {
  return is_name(m) && m.type != EntityType::kCountry && !(m.type == EntityType::kPlace && !m.weak && !m.guessed);
}

void take_entity(Mention& m, const Mention& from) {
  m.entity = from.entity;
  m.type = from.type;
  m.guessed = false;
  m.weak = false;
  m.capital = false;
  m.country.clear();
}

// The letters an acronym may be read from: the first letter of each word ("Law Society of
// Kenya" -> "lsok").
std::string initials(std::string_view name) {
  std::string out;
  for (std::string_view w : split(name, ' '))
    if (!w.empty()) out += static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
  return out;
}

// "LSK" of "Law Society of Kenya", "IAEA" of "International Atomic Energy Agency", "Phivolcs" of
// "Philippine Institute of Volcanology and Seismology": the short form's first letter is the
// name's, and its capitals are the initials of the name's words, in order (connectors may be
// skipped). A translated acronym ("RSF" for Reporters Without Borders) does not qualify.
bool abbreviates(std::string_view shortform, std::string_view name) {
  const std::string in = initials(name);
  if (shortform.size() < 2 || in.size() < 2 || std::tolower(static_cast<unsigned char>(shortform[0])) != in[0]) return false;
  size_t k = 0;
  for (char c : shortform) {
    if (!(c >= 'A' && c <= 'Z')) continue;
    const char lc = static_cast<char>(c - 'A' + 'a');
    while (k < in.size() && in[k] != lc) ++k;
    if (k == in.size()) return false;
    ++k;
  }
  return true;
}

bool is_connector(std::string_view w) {
  return w == "of"sv || w == "and"sv || w == "the"sv || w == "for"sv || w == "on"sv || w == "de"sv || w == "&"sv;
}

// An acronym's shape: two to eight capitals, an ampersand allowed between two of them ("PG&E",
// "AT&T", "S&P"), which spells no word.
bool all_capitals(std::string_view w) {
  if (w.size() < 2 || w.size() > 8 || w.front() == '&' || w.back() == '&') return false;
  for (char c : w)
    if (!((c >= 'A' && c <= 'Z') || c == '&')) return false;
  return true;
}

// The letters an acronym spells: its capitals without the ampersand ("PG&E" -> "PGE").
std::string acronym_letters(std::string_view acronym) {
  std::string out;
  for (char c : acronym)
    if (c != '&') out += c;
  return out;
}

// A legal form, or one spelled out in English ("HDT Limited" for "HDT Kft.").
bool legal_form_word(std::string_view w) {
  return is_legal_form(w) || w == "Limited"sv || w == "Incorporated"sv || w == "Company"sv;
}

// The start of the fewest words ending at byte `end` whose capitalized initials spell the
// acronym exactly ("United States Geological Survey" for USGS, "Law Society of Kenya" for LSK,
// "Pacific Gas and Electric Company" for PG&E: connectors, an ampersand and a legal form that
// the acronym leaves out skipped); kNoStart when none do.
constexpr size_t kNoStart = static_cast<size_t>(-1);
size_t spelled_phrase_start(std::string_view text, size_t end, std::string_view acronym_text) {
  const std::string acronym = acronym_letters(acronym_text);
  std::string spelled;  // initials, last word first
  size_t b = end;
  for (int words = 0; words < 8 && b > 0 && text[b - 1] != '\n'; ++words) {
    const size_t space = text.rfind(' ', b - 1);
    const size_t ws = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view w = text.substr(ws, b - ws);
    // A list or a clause is no name: "African, Caribbean and Pacific (ACP)" stays three names.
    if (w.empty() || w.find_first_of(",;:\"()") != std::string_view::npos) return kNoStart;
    // A legal form at the name's end that the acronym does not spell: "Company" of PG&E's name.
    const bool unspelled_form = words == 0 && legal_form_word(w) && w[0] != acronym.back();
    if (!is_connector(w) && !unspelled_form) {
      if (!is_upper_initial(w)) return kNoStart;
      spelled.insert(spelled.begin(), w[0]);
      if (spelled == acronym) return ws;
      if (spelled.size() >= acronym.size()) return kNoStart;
    }
    if (ws == 0) break;
    b = ws - 1;  // before the space
  }
  return kNoStart;
}

// "the Kurdish-led Syrian Democratic Forces (SDF)": the words the acronym spells are one
// organisation's name, even where the name rules cut it ("Syrian" + "Democratic Forces").
// Replaces the mentions inside those words by one; returns its index, or -1.
long name_spelled_by(std::string_view text, std::vector<Mention>& mentions, size_t ai) {
  const Mention& a = mentions[ai];
  if (!all_capitals(a.text) || a.start < 3 || a.tok_begin < 2 || text.substr(a.start - 2, 2) != " ("sv) return -1;
  const size_t end = a.start - 2, start = spelled_phrase_start(text, end, a.text);
  if (start == kNoStart) return -1;
  size_t first = ai;
  while (first > 0 && mentions[first - 1].sentence == a.sentence && mentions[first - 1].start >= start) --first;
  if (first == ai || mentions[first].start != start || mentions[ai - 1].end > end) return -1;
  if (first + 1 == ai && mentions[first].end == end) return static_cast<long>(first);  // already one name
  Mention whole = mentions[first];
  whole.end = static_cast<uint32_t>(end);
  whole.tok_end = a.tok_begin - 1;  // the bracket
  whole.text = std::string(text.substr(start, end - start));
  whole.entity = whole.text;  // without a possessive: "the Kansas City Board of Trade's (KCBT)"
  for (std::string_view pos : {"'s"sv, "\xE2\x80\x99s"sv, "'"sv})
    if (whole.entity.ends_with(pos)) {
      whole.entity.resize(whole.entity.size() - pos.size());
      break;
    }
  whole.type = EntityType::kOrganization;
  whole.kind = MentionKind::kName;
  whole.role.clear();
  whole.country.clear();
  whole.capital = whole.metonymy = whole.weak = whole.guessed = whole.common_word = false;
  whole.rule = "acronym-in-brackets";
  mentions.erase(mentions.begin() + static_cast<long>(first), mentions.begin() + static_cast<long>(ai));
  mentions.insert(mentions.begin() + static_cast<long>(first), std::move(whole));
  return static_cast<long>(first);
}

// "the Philippine Institute of Volcanology and Seismology (Phivolcs)": the short form spells the
// name only with the nationality before it, which the name rules read as a demonym of its own.
// Then the two mentions become one organisation's name (mentions[ni - 1], the demonym's place);
// returns whether they did.
bool nationality_starts_name(std::string_view text, std::vector<Mention>& mentions, size_t ni, std::string_view shortform) {
  if (ni == 0) return false;
  const Mention& d = mentions[ni - 1];
  const Mention& name = mentions[ni];
  if (d.kind != MentionKind::kDemonym || d.sentence != name.sentence || d.end + 1 != name.start || text[d.end] != ' ')
    return false;
  const std::string whole_text(text.substr(d.start, name.end - d.start));
  if (!abbreviates(shortform, whole_text)) return false;
  Mention whole = name;
  whole.start = d.start;
  whole.tok_begin = d.tok_begin;
  whole.text = whole_text;
  whole.entity = whole_text;
  whole.type = EntityType::kOrganization;
  whole.country.clear();
  whole.rule = "acronym-in-brackets";
  mentions[ni - 1] = std::move(whole);
  mentions.erase(mentions.begin() + static_cast<long>(ni));
  return true;
}

// acronym-in-brackets: "NAME (SHORT)"; every mention of SHORT in the article is NAME.
void acronym_in_brackets(std::string_view text, std::vector<Mention>& mentions) {
  for (size_t ai = 1; ai < mentions.size(); ++ai) {
    const long ni = name_spelled_by(text, mentions, ai);
    if (ni < 0) continue;
    ai = static_cast<size_t>(ni) + 1;  // the acronym, after the mentions were replaced
    const std::string shortname = mentions[ai].entity, shorttext = mentions[ai].text;
    const Mention named = mentions[static_cast<size_t>(ni)];
    if (shortname == named.entity) continue;
    for (Mention& m : mentions)
      if (is_name(m) && (m.entity == shortname || m.text == shorttext)) {
        take_entity(m, named);
        m.rule = "acronym-in-brackets";
      }
  }
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    const Mention& name = mentions[i];
    const Mention& shortform = mentions[i + 1];
    if (!is_name(name) || !is_name(shortform) || name.text.find(' ') == std::string::npos) continue;
    if (name.type == EntityType::kPerson || shortform.text.find(' ') != std::string::npos) continue;
    if (name.end + 2 > shortform.start || text.substr(name.end, shortform.start - name.end) != " ("sv) continue;
    if (shortform.end >= text.size() || text[shortform.end] != ')') continue;
    if (shortform.entity == name.entity) continue;
    if (!abbreviates(shortform.text, name.text)) {
      if (!nationality_starts_name(text, mentions, i, shortform.text)) continue;
      --i;  // the nationality's mention joined the name's: "Philippine Institute of ... (Phivolcs)"
    }
    const std::string shortname = mentions[i + 1].entity, shorttext = mentions[i + 1].text;
    const Mention named = mentions[i];
    for (Mention& m : mentions)
      if (is_name(m) && (m.entity == shortname || m.text == shorttext)) {
        take_entity(m, named);
        m.rule = "acronym-in-brackets";
      }
  }
}

// The words of an acronym's expansion written in brackets after it, when they may be one:
// capitalized words and connectors, no other punctuation than hyphens and ampersands (a list
// or a clause is no name); *count: how many words (one token each); *last: the initial of the
// last word the acronym may spell (a trailing legal form is passed over when it does not).
bool expansion_words(std::string_view content, char acronym_last, size_t* count, char* last) {
  *count = 0;
  *last = 0;
  char before_last = 0;
  bool last_is_form = false;
  for (std::string_view w : split(content, ' ')) {
    if (w.empty()) return false;
    for (char c : w)
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '&' || static_cast<unsigned char>(c) >= 0x80))
        return false;
    ++*count;
    if (is_connector(w)) continue;
    if (!is_upper_initial(w)) return false;
    before_last = *last;
    *last = w[0];
    last_is_form = legal_form_word(w);
  }
  if (last_is_form && *last != acronym_last) *last = before_last;
  return *count >= 2;
}

// expansion-in-brackets: "ODESC [Officials Committee for Domestic and External Security
// Coordination]", "the FTRC (Federal Tariff Review Commission)": an acronym spelled out in
// brackets right after it. The bracketed words are one organisation's name, the fullest the
// article uses, and every mention of the acronym is that name. The acronym must abbreviate the
// words (abbreviates: first letters equal, its capitals initials in order) and end on the
// initial of the last word (or of the word before a legal form it leaves out). The name rules
// may have read some of the words as names of their own (or none): those mentions give way.
void expansion_in_brackets(std::string_view text, std::vector<Mention>& mentions) {
  for (size_t ai = 0; ai + 1 < mentions.size(); ++ai) {
    const Mention& a = mentions[ai];
    if (!is_name(a) || !all_capitals(a.text) || a.end + 3 >= text.size() || text[a.end] != ' ') continue;
    const char open = text[a.end + 1];
    if (open != '(' && open != '[') continue;
    const size_t cb = a.end + 2, ce = text.find(open == '(' ? ')' : ']', cb);
    if (ce == std::string_view::npos || ce - cb > 120) continue;
    const std::string_view content = text.substr(cb, ce - cb);
    size_t words = 0;
    char last = 0;
    const std::string letters = acronym_letters(a.text);
    if (!expansion_words(content, letters.back(), &words, &last) || last != letters.back() || !abbreviates(a.text, content))
      continue;
    size_t li = ai + 1;  // the mentions inside the brackets: [ai + 1, li)
    while (li < mentions.size() && mentions[li].sentence == a.sentence && mentions[li].end <= ce) ++li;
    Mention whole = a;  // the bracket is one token after the acronym; each word one token
    whole.start = static_cast<uint32_t>(cb);
    whole.end = static_cast<uint32_t>(ce);
    whole.tok_begin = a.tok_end + 1;
    whole.tok_end = li > ai + 1 && mentions[li - 1].end == ce ? mentions[li - 1].tok_end : whole.tok_begin + words;
    whole.text = std::string(content);
    // A known acronym keeps the gazetteer's name ("GATT [General Agreement on ...]"): the words
    // join it, and its other mentions stay as they are.
    const bool known = a.rule == "gazetteer-name"sv;
    whole.entity = known ? a.entity : whole.text;
    whole.type = known ? a.type : EntityType::kOrganization;
    whole.kind = MentionKind::kName;
    whole.role.clear();
    whole.country.clear();
    whole.capital = whole.metonymy = whole.weak = whole.guessed = whole.common_word = whole.speaks = false;
    whole.named_with = nullptr;
    whole.rule = "expansion-in-brackets";
    const std::string acronym = a.entity, acronym_text = a.text;
    mentions.erase(mentions.begin() + static_cast<long>(ai + 1), mentions.begin() + static_cast<long>(li));
    mentions.insert(mentions.begin() + static_cast<long>(ai + 1), whole);
    for (Mention& m : mentions)
      if (is_name(m) && !known && (m.entity == acronym || m.text == acronym_text)) {
        take_entity(m, whole);
        m.rule = "expansion-in-brackets";
      }
    ai += 1;
  }
}

// renamed-name-follower: a pronoun or description that in-article resolution gave to a name
// which a merge step then renamed or joined into a longer one ("Pacific Gas" inside "Pacific
// Gas and Electric Company (PG&E)", resolved before the acronym step joined it) follows the
// name: it takes the entity now held by the names at the spans its old entity was read from,
// when they agree, rather than keep an entity no name of the article has any more.

// Where each name was read and as what, by the hash of its entity: kept for every article, so
// no entity string is copied (a hash collision could only make a pronoun follow a wrong name where
// it would otherwise keep an entity that no name has).
struct NameSpan {
  uint32_t start, end;
  size_t entity;  // std::hash of the entity
  EntityType type;
};

size_t entity_hash(std::string_view entity) { return std::hash<std::string_view>{}(entity); }

// The name mention that now holds what an entity (by its hash) was read as (see
// follow_renamed_names), or null when the names at its old spans disagree or none is left. A
// country stays itself ("Kenya" of "Law Society of Kenya (LSK)" is still the country where a
// role or pronoun named it).
const Mention* renamed_to(const std::vector<NameSpan>& before, const std::vector<Mention>& mentions, size_t entity) {
  const Mention* to = nullptr;
  for (const NameSpan& b : before) {
    if (b.entity != entity) continue;
    if (b.type == EntityType::kCountry) return nullptr;
    for (const Mention& n : mentions)
      if (is_name(n) && n.start < b.end && b.start < n.end) {
        if (to && to->entity != n.entity) return nullptr;
        to = &n;
      }
  }
  return to;
}

void follow_renamed_names(const std::vector<NameSpan>& before, std::vector<Mention>& mentions, std::vector<Role>& roles) {
  std::vector<size_t> now;  // the hashes of the names' entities after the steps, sorted
  now.reserve(before.size());
  bool renamed = false;
  for (size_t i = 0, k = 0; i < mentions.size(); ++i) {
    if (!is_name(mentions[i])) continue;
    now.push_back(entity_hash(mentions[i].entity));
    renamed = renamed || k >= before.size() || before[k].start != mentions[i].start || before[k].entity != now.back();
    ++k;
  }
  renamed = renamed || now.size() != before.size();
  if (!renamed) return;  // most articles: no step renamed a name
  std::sort(now.begin(), now.end());
  auto named = [&now](size_t h) { return std::binary_search(now.begin(), now.end(), h); };
  for (Mention& m : mentions) {
    // Pronouns and descriptions only: a demonym ("Kenyan") stays its country when the country's
    // name was joined into a longer one ("Law Society of Kenya (LSK)").
    const bool resolved = m.kind == MentionKind::kPronoun || m.kind == MentionKind::kDescription;
    if (!resolved || m.entity.empty()) continue;
    const size_t h = entity_hash(m.entity);
    if (named(h)) continue;
    if (const Mention* to = renamed_to(before, mentions, h)) {
      m.entity = to->entity;
      m.type = to->type;
    }
  }
  // A role's organisation read before the merges: "X, a vice president of PG&E" after "Pacific
  // Gas and Electric Company (PG&E)" is the company's.
  for (Role& r : roles) {
    if (r.organization.empty()) continue;
    const size_t h = entity_hash(r.organization);
    if (named(h)) continue;
    if (const Mention* to = renamed_to(before, mentions, h)) r.organization = to->entity;
  }
}

// legal-name-in-brackets: "HDT Védelmi Ipari Kft. (HDT Limited)": a company's name with its legal
// form, then in brackets the same company's name in another language, with the same first word
// and a legal form at the end; every mention of the bracketed name is the first one's.
void legal_name_in_brackets(std::string_view text, std::vector<Mention>& mentions) {
  auto first_word = [](const std::string& s) { return std::string_view(s).substr(0, s.find(' ')); };
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    const Mention& name = mentions[i];
    const Mention& other = mentions[i + 1];
    if (!is_name(name) || !is_name(other) || name.entity == other.entity || name.type == EntityType::kCountry) continue;
    if (name.entity.find(' ') == std::string::npos || other.entity.find(' ') == std::string::npos) continue;
    if (other.start != name.end + 2 || text.substr(name.end, 2) != " ("sv || other.end >= text.size() || text[other.end] != ')')
      continue;
    if (first_word(name.entity) != first_word(other.entity) || !legal_form_word(last_word(name.entity)) ||
        !legal_form_word(last_word(other.entity)))
      continue;
    const std::string bracketed = other.entity;
    const Mention named = name;
    for (Mention& m : mentions)
      if (is_name(m) && m.entity == bracketed) {
        take_entity(m, named);
        m.type = EntityType::kOrganization;
        m.rule = "legal-name-in-brackets";
      }
  }
}

// interview-initials: "((WN)) How did the study start?" ... "LK: It started in 1990.": an
// interview marks each turn with its speaker's initials, in double brackets or before a colon at
// a line's start. A marker of two to four capitals stands for the article's person whose words'
// initials it spells ("LK" for Lena Kroll, "JTS" for James T. Sowell), or else for the one
// organisation of one word that starts with its first letter and holds its other letters in order
// ("WN" for Wikinews, the interviewing publication). Every mention of the marker is that name.
bool turn_marker(std::string_view text, const Mention& m) {
  if (m.end - m.start < 2 || m.end - m.start > 4 || !all_capitals(text.substr(m.start, m.end - m.start))) return false;
  if (m.start >= 2 && text.substr(m.start - 2, 2) == "(("sv && text.substr(m.end, 2) == "))"sv) return true;
  return (m.start == 0 || text[m.start - 1] == '\n') && text.substr(m.end, 2) == ": "sv;
}

// One word that starts with the marker's first letter and holds its other letters in order.
bool letters_in_word(std::string_view marker, std::string_view word) {
  if (word.find(' ') != std::string_view::npos || word.size() <= marker.size() ||
      std::tolower(static_cast<unsigned char>(word[0])) != std::tolower(static_cast<unsigned char>(marker[0])))
    return false;
  size_t k = 1;
  for (size_t i = 1; i < marker.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(marker[i])));
    while (k < word.size() && std::tolower(static_cast<unsigned char>(word[k])) != c) ++k;
    if (k == word.size()) return false;
    ++k;
  }
  return true;
}

void interview_initials(std::string_view text, std::vector<Mention>& mentions) {
  std::set<std::string> markers;
  for (const Mention& m : mentions)
    if (is_name(m) && m.entity == m.text && turn_marker(text, m)) markers.insert(m.entity);
  for (const std::string& marker : markers) {
    const Mention* person = nullptr;
    const Mention* organisation = nullptr;
    bool several_people = false, several_organisations = false;
    for (const Mention& a : mentions) {
      if (!is_name(a) || a.entity == marker) continue;
      if (a.type == EntityType::kPerson && a.entity.find(' ') != std::string::npos && initials(a.entity) == to_lower(marker)) {
        several_people = several_people || (person && person->entity != a.entity);
        person = &a;
      } else if (a.type == EntityType::kOrganization && letters_in_word(marker, a.entity)) {
        several_organisations = several_organisations || (organisation && organisation->entity != a.entity);
        organisation = &a;
      }
    }
    const Mention* named = person && !several_people ? person : !person && !several_organisations ? organisation : nullptr;
    if (!named) continue;
    const Mention name = *named;
    for (Mention& m : mentions)
      if (is_name(m) && m.entity == marker) {
        take_entity(m, name);
        m.rule = "interview-initials";
      }
  }
}

// acronym-of-name: "the National Rail Safety Board said ... the NRSB found": an acronym the
// article never defines in brackets is the one name of the article whose words' initials it
// spells exactly (connectors skipped, and a legal form at the end the acronym leaves out), when
// that name is an organisation's or an untyped one's (never a person's, a country's or a known
// place's) and no other name of the article spells it. Three letters at least: two spell too
// many names by chance. A gazetteer's acronym ("WTO") already is its name.
bool spells_exactly(std::string_view acronym, std::string_view name) {
  const auto words = split(name, ' ');
  if (words.size() < 2) return false;
  std::string in;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (w.empty() || is_connector(w)) continue;
    if (k + 1 == words.size() && legal_form_word(w) && in.size() == acronym.size()) break;
    if (!is_upper_initial(w)) return false;
    in += w[0];
  }
  return in == acronym;
}

void acronym_of_name(std::vector<Mention>& mentions) {
  auto acronym = [](const Mention& a) {
    return is_name(a) && a.text.size() >= 3 && a.entity == a.text && all_capitals(a.text) && a.text.find('&') == std::string::npos &&
           a.rule != "gazetteer-name"sv;
  };
  if (std::none_of(mentions.begin(), mentions.end(), acronym)) return;  // most articles
  std::map<std::string, const Mention*> spelled;  // acronym -> the one name it spells, or null
  for (const Mention& a : mentions) {
    if (!acronym(a) || spelled.count(a.entity)) continue;
    const Mention* found = nullptr;
    bool several = false;
    for (const Mention& n : mentions) {
      // The first letters agree before the words are split.
      if (!is_name(n) || n.entity.empty() || n.entity[0] != a.entity[0] || n.entity == a.entity ||
          n.entity.find(' ') == std::string::npos)
        continue;
      if (n.type == EntityType::kPerson || n.type == EntityType::kCountry || (n.type == EntityType::kPlace && !n.weak && !n.guessed))
        continue;
      if (!spells_exactly(a.entity, n.entity)) continue;
      several = several || (found && found->entity != n.entity);
      found = &n;
    }
    spelled[a.entity] = several ? nullptr : found;
  }
  std::vector<std::pair<std::string, Mention>> merges;  // copies: take_entity changes the mentions
  for (const auto& [acronym, name] : spelled)
    if (name) merges.emplace_back(acronym, *name);
  for (const auto& [acronym, name] : merges)
    for (Mention& m : mentions)
      if (is_name(m) && m.entity == acronym) {
        take_entity(m, name);  // its type too: "ADSL" of "Asymmetric Digital Subscriber Line" is no organisation
        m.rule = "acronym-of-name";
      }
}

// short-form-of-name: "Nordvik" or "Nordvik Energy" after "Nordvik Energy AB", "Labour" after
// "the Labour Party". The longer name ends in a legal form or an organisation word, and it is
// the only such name of the article that starts with the short one.
void short_form_of_name(const Lexicons& lex, std::vector<Mention>& mentions) {
  std::vector<size_t> long_orgs;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!is_name(m) || m.entity.find(' ') == std::string::npos || !m.role.empty()) continue;
    std::string_view last = std::string_view(m.entity).substr(m.entity.rfind(' ') + 1);
    // A legal form makes a company of a name typed by its shape alone ("Air Astana JSC").
    if (is_legal_form(last) || (m.type != EntityType::kPerson && lex.org_suffixes.count(std::string(last))))
      long_orgs.push_back(i);
  }
  // The words a short form may leave out: anything before a legal form ("Nordvik" of "Nordvik
  // Energy AB"), otherwise only organisation words ("Labour" of "Labour Party", not "House" of
  // "House Ways and Means Committee").
  auto extends = [&](const std::string& name, const std::string& shortname) {
    if (name.size() <= shortname.size() || !name.starts_with(shortname) || name[shortname.size()] != ' ') return false;
    const auto rest = split(std::string_view(name).substr(shortname.size() + 1), ' ');
    if (rest.empty() || is_legal_form(rest.back())) return !rest.empty();
    for (std::string_view w : rest)
      if (!lex.org_suffixes.count(std::string(w))) return false;
    return true;
  };
  if (long_orgs.empty()) return;
  std::vector<std::pair<size_t, size_t>> merges;  // (short mention, long mention)
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    // A person with a title ("President Reagan") is no short form of "the Reagan Administration".
    if (!bare_form(m) || !m.role.empty() || (m.type == EntityType::kPerson && m.rule != "multiword-person"sv)) continue;
    // A town the gazetteers know stays the town: "Philadelphia" beside "Philadelphia Electric Co".
    if (m.type == EntityType::kPlace && !m.guessed) continue;
    long found = -1;
    bool several = false;
    for (size_t li : long_orgs) {
      const std::string& name = mentions[li].entity;
      if (!extends(name, m.entity)) continue;
      // A person's name shaped like a company's shortens only a company ("Air Astana" of "Air Astana JSC").
      if (m.type == EntityType::kPerson && !is_legal_form(std::string_view(name).substr(name.rfind(' ') + 1))) continue;
      several = several || (found >= 0 && mentions[found].entity != name);
      found = static_cast<long>(li);
    }
    if (found >= 0 && !several) merges.emplace_back(i, static_cast<size_t>(found));
  }
  for (auto [si, li] : merges) {
    const Mention named = mentions[li];
    take_entity(mentions[si], named);
    mentions[si].type = EntityType::kOrganization;
    mentions[si].rule = "short-form-of-name";
  }
  // The long names themselves are organisations, whatever their shape suggested ("Air Astana JSC").
  for (size_t li : long_orgs)
    if (mentions[li].type == EntityType::kOther || mentions[li].type == EntityType::kPerson) mentions[li].type = EntityType::kOrganization;
}

// name-without-of-phrase: "the Unity Party of America ... the Unity Party", "the Socialist
// Party of Veltria ... the Socialist Party": an organisation named again without the "of"-phrase
// of the country that ends its name. The short form is two words or more ending in an
// organisation word ("Party": one word, "Bank" of "Bank of England", says too little), no
// gazetteer's name of its own, and it shortens exactly one such name of the article. Only a
// country's: "the Constitution Party of Idaho" is a state branch of the Constitution Party.
bool ends_in_country(const Lexicons& lex, std::string_view name) {
  const size_t of = name.rfind(" of ");
  if (of == std::string_view::npos) return false;
  std::string_view tail = name.substr(of + 4);
  if (tail == "America"sv) return true;  // "the Unity Party of America": the United States
  const GazetteerEntry* g = lex.find_place(std::string(tail));
  return g && g->type == EntityType::kCountry;
}

void name_without_of_phrase(const Lexicons& lex, std::vector<Mention>& mentions) {
  std::vector<size_t> long_orgs;  // organisations named "X of COUNTRY"
  for (size_t i = 0; i < mentions.size(); ++i)
    if (is_name(mentions[i]) && mentions[i].type == EntityType::kOrganization &&
        mentions[i].entity.find(" of ") != std::string::npos && ends_in_country(lex, mentions[i].entity))
      long_orgs.push_back(i);
  if (long_orgs.empty()) return;  // most articles
  for (Mention& m : mentions) {
    if (!bare_form(m) || m.type != EntityType::kOrganization || m.rule == "gazetteer-name"sv || !m.role.empty()) continue;
    const size_t sp = m.entity.rfind(' ');
    if (sp == std::string::npos || !lex.org_suffixes.count(m.entity.substr(sp + 1))) continue;
    const Mention* found = nullptr;
    bool several = false;
    for (size_t li : long_orgs) {
      const std::string& name = mentions[li].entity;
      if (!name.starts_with(m.entity) || std::string_view(name).substr(m.entity.size(), 4) != " of "sv) continue;
      several = several || (found && found->entity != name);
      found = &mentions[li];
    }
    if (!found || several) continue;
    const Mention named = *found;
    take_entity(m, named);
    m.rule = "name-without-of-phrase";
  }
}

// short-form-of-place: "Bradley International Airport ... Bradley Airport", "the Atlantic Ocean
// ... the northern Atlantic", "Saint Francis Hospital ... Saint Francis": a place named by its
// head word (data/lexicon/place_suffixes.txt: "Airport", "Ocean", "Hospital") is named again
// without the head, or without the modifiers between its first word and its head. The short
// form is the one such place of the article it shortens, and no name the gazetteers know ("Suez"
// beside "Suez Canal", "Manchester" beside "Manchester Airport" stay the towns) nor a country; a
// sports ground's name without its head is its club's ("Celtic" of "Celtic Park").
bool shortens_place(const Lexicons& lex, std::string_view shortname, std::string_view name) {
  // The first word agrees before the words are split.
  const size_t first = shortname.find(' ');
  if (!name.starts_with(shortname.substr(0, first)) || name.size() <= shortname.size()) return false;
  const auto s = split(shortname, ' '), l = split(name, ' ');
  if (s.empty() || l.size() < 2 || s.size() >= l.size() || s.front() != l.front()) return false;
  if (s.size() == l.size() - 1 && std::equal(s.begin(), s.end(), l.begin()))  // head dropped
    return !lex.venue_heads.count(std::string(l.back()));  // "Celtic" is the club of Celtic Park
  if (s.size() < 2 || s.back() != l.back()) return false;  // modifiers before the head dropped
  size_t k = 0;
  for (std::string_view w : s) {
    while (k < l.size() && l[k] != w) ++k;
    if (k == l.size()) return false;
    ++k;
  }
  return true;
}

void short_form_of_place(const Lexicons& lex, std::vector<Mention>& mentions) {
  std::vector<size_t> places;  // names of two words or more that end in a place's head word
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!is_name(m) || m.type != EntityType::kPlace || m.entity.find(' ') == std::string::npos) continue;
    if (lex.place_suffixes.count(std::string(std::string_view(m.entity).substr(m.entity.rfind(' ') + 1)))) places.push_back(i);
  }
  if (places.empty()) return;  // most articles
  std::vector<std::pair<size_t, size_t>> merges;  // (short mention, place mention)
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!is_name(m) || m.type == EntityType::kCountry || m.rule == "gazetteer-name"sv || !m.role.empty()) continue;
    if (m.type == EntityType::kPerson && m.rule != "multiword-person"sv && m.rule != "untyped-name"sv) continue;
    long found = -1;
    bool several = false;
    for (size_t li : places) {
      if (mentions[li].entity == m.entity || !shortens_place(lex, m.entity, mentions[li].entity)) continue;
      several = several || (found >= 0 && mentions[found].entity != mentions[li].entity);
      found = static_cast<long>(li);
    }
    if (found >= 0 && !several) merges.emplace_back(i, static_cast<size_t>(found));
  }
  for (auto [si, li] : merges) {
    const Mention named = mentions[li];
    take_entity(mentions[si], named);
    mentions[si].rule = "short-form-of-place";
  }
}

// surname-without-diacritics and family-name-first: a bare name whose folded form is the surname
// of exactly one full name ("Sanchez" for "Diego Sánchez"), or, when it is nobody's surname, the
// first word of exactly one ("Moon" for "Moon Hye-jin", "Nabil" for "Nabil Hasan al-Quaety").
void bare_person_names(const Lexicons& lex, std::vector<Mention>& mentions) {
  // Each full name of a person once, with the folded keys of its first and last words. In a list,
  // not maps of keys to names: an article has a few full names, and the names are views of the
  // mentions' entities, which this step changes only for one-word names (never these).
  struct FullName {
    std::string_view entity;
    std::string first, last;  // fold_latin of its first and last words
  };
  std::vector<FullName> names;
  for (const Mention& m : mentions) {
    if (!is_name(m) || m.type != EntityType::kPerson || m.entity.find(' ') == std::string::npos) continue;
    const std::string_view e = m.entity;
    if (std::any_of(names.begin(), names.end(), [e](const FullName& f) { return f.entity == e; })) continue;
    names.push_back({e, fold_latin(e.substr(0, e.find(' '))), fold_latin(e.substr(e.rfind(' ') + 1))});
  }
  if (names.empty()) return;  // no full name of a person: no bare name can stand for one
  // The full name whose key (first or last) is `key` if exactly one has it; *found: whether any has.
  auto only_name = [&names](const std::string& key, std::string FullName::*which, bool* found) -> const FullName* {
    const FullName* only = nullptr;
    size_t count = 0;
    for (const FullName& f : names)
      if (f.*which == key && count++ == 0) only = &f;
    *found = count > 0;
    return count == 1 ? only : nullptr;
  };
  for (Mention& m : mentions) {
    if (!bare_form(m) || m.entity.find(' ') != std::string::npos) continue;
    if (m.type != EntityType::kPerson && m.type != EntityType::kOther && !m.weak) continue;
    const std::string key = fold_latin(m.entity);
    bool surname = false, first_word = false;
    const FullName* by_last = only_name(key, &FullName::last, &surname);
    std::string_view full;
    std::string_view rule;
    if (surname) {
      // The same letters written otherwise: the exact surname was the resolver's to take.
      if (by_last && !m.common_word && by_last->entity.substr(by_last->entity.rfind(' ') + 1) != m.entity)
        full = by_last->entity, rule = "surname-without-diacritics";
    } else if (const FullName* f = only_name(key, &FullName::first, &first_word)) {
      // first-name-alone: "Nabil" after "Nabil Hasan al-Quaety", when nobody else of the article
      // has that first name or surname and the word is a known given name.
      if (lex.family_names_first.count(m.text)) full = f->entity, rule = "family-name-first";
      else if (!m.common_word && lex.first_name(m.text)) full = f->entity, rule = "first-name-alone";
    }
    if (full.empty()) continue;
    m.entity = full;
    m.type = EntityType::kPerson;
    m.weak = m.guessed = m.capital = false;
    m.country.clear();
    m.rule = rule;
  }
}

constexpr bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Whether a folded (lower-case) character is a Latin consonant, by a table: asked for every letter
// of the names spelling-variant-of-name compares.
bool is_consonant(char c) {
  static constexpr auto table = [] {
    std::array<bool, 256> t{};
    for (char x = 'a'; x <= 'z'; ++x) t[static_cast<unsigned char>(x)] = !is_vowel(x);
    return t;
  }();
  return table[static_cast<unsigned char>(c)];
}

// The letters of a name word that survive transliteration: lower case, Latin letters folded,
// vowels, apostrophes and hyphens dropped, a doubled consonant written once ("Usama" and "Osama"
// -> "sm", "Qa'ida" and "Qaeda" -> "qd", "Haddad" and "Hadad" -> "hd").
// Not reserved to the word's size: the consonants of most names fit in a std::string's own
// buffer where the whole name would not (a reserve of more than 15 bytes allocates).
std::string consonant_skeleton(std::string_view word) {
  std::string out;
  for_each_folded(word, [&out](char c) {
    if (is_consonant(c) && (out.empty() || out.back() != c)) out += c;
  });
  return out;
}

// Two names written in two transliterations: as many words (hyphens split them), each pair equal
// letter for letter or with the same consonants and the same kind of first letter, at least one
// pair equal and at least one not ("Hamza bin Ladin" / "Hamza bin Laden", "al-Qa'ida" /
// "Al-Qaeda"). One-word names never qualify ("Iran" / "Oran").
bool transliterated_alike(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string_view> out;
    for (std::string_view w : split(s, ' '))
      for (std::string_view part : split(w, '-'))
        if (!part.empty()) out.push_back(part);
    return out;
  };
  const auto wa = words(a), wb = words(b);
  if (wa.size() != wb.size() || wa.size() < 2) return false;
  bool same = false, variant = false;
  for (size_t k = 0; k < wa.size(); ++k) {
    const std::string fa = fold_latin(wa[k]), fb = fold_latin(wb[k]);
    if (fa == fb) {
      same = true;
      continue;
    }
    const std::string sa = consonant_skeleton(wa[k]);
    if (sa.size() < 2 || sa != consonant_skeleton(wb[k])) return false;
    const bool vowel_a = is_vowel(fa[0]);
    const bool vowel_b = is_vowel(fb[0]);
    if (vowel_a != vowel_b || (!vowel_a && fa[0] != fb[0])) return false;
    variant = true;
  }
  return same && variant;
}

// spelling-variant-of-name: "Hamza bin Laden ... Hamza bin Ladin", "Al-Qaeda ... al-Qa'ida": a
// name the article writes in a second transliteration (transliterated_alike) is the first one's
// entity, when exactly one earlier name of the article is so alike. People only match people;
// an untyped name takes the type of the name it matches.
void spelling_variant_of_name(std::vector<Mention>& mentions) {
  // The first mention of each entity of two words or more, whether later names are compared with
  // it (not when it is itself a variant), and the consonants of its whole name (only names with
  // the same consonants can be alike), worked out when a name of a compatible type first meets it.
  // In a list, not maps: an article has a few such names (2.5 on average over 1,000 Reuters
  // articles), and the entities do not change in this loop.
  struct First {
    size_t mention;
    bool compared = true;
    std::optional<std::string> skeleton;
  };
  std::vector<First> firsts;
  auto skeleton_of = [&](First& f) -> const std::string& {
    if (!f.skeleton) f.skeleton = consonant_skeleton(mentions[f.mention].entity);
    return *f.skeleton;
  };
  std::map<std::string, std::string> variant_of;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!is_name(m) || m.type == EntityType::kCountry || m.entity.find_first_of(" -") == std::string::npos) continue;
    auto same_entity = [&](const First& f) { return mentions[f.mention].entity == m.entity; };
    if (std::any_of(firsts.begin(), firsts.end(), same_entity)) continue;
    First current{i, true, std::nullopt};
    const Mention* match = nullptr;
    int matches = 0;
    for (First& f : firsts) {
      if (!f.compared) continue;
      const Mention& o = mentions[f.mention];
      const bool person_a = m.type == EntityType::kPerson, person_b = o.type == EntityType::kPerson;
      if (person_a != person_b && m.type != EntityType::kOther && o.type != EntityType::kOther) continue;
      if (skeleton_of(f) != skeleton_of(current)) continue;
      if (transliterated_alike(o.entity, m.entity)) ++matches, match = &o;
    }
    if (matches == 1) variant_of.emplace(m.entity, match->entity);
    current.compared = matches != 1;
    firsts.push_back(std::move(current));
  }
  if (variant_of.empty()) return;
  std::map<std::string, EntityType> type_of;
  for (const Mention& m : mentions)
    if (is_name(m) && !variant_of.count(m.entity)) type_of.emplace(m.entity, m.type);
  for (Mention& m : mentions) {
    if (!is_name(m)) continue;
    auto v = variant_of.find(m.entity);
    if (v == variant_of.end()) continue;
    m.entity = v->second;
    if (auto t = type_of.find(m.entity); t != type_of.end() && t->second != EntityType::kOther) m.type = t->second;
    m.rule = "spelling-variant-of-name";
  }
}

// The storm's own name after the kind a name starts with ("Mirela" of "Tropical Storm Mirela"),
// or empty when the name starts with no kind of data/lexicon/storm_kinds.txt.
std::string_view storm_own_name(const Lexicons& lex, std::string_view entity) {
  // The byte after the kind is tested before the kind's bytes: it is one load, and it turns away
  // most of the article's names (this runs for every name, against every kind).
  for (const std::string& kind : lex.storm_kinds)  // longest first
    if (entity.size() > kind.size() + 1 && entity[kind.size()] == ' ' && entity.starts_with(kind))
      return entity.substr(kind.size() + 1);
  return {};
}

// Whether `word` is one of the space-separated words of `name`.
bool has_word(std::string_view name, std::string_view word) {
  for (std::string_view w : split(name, ' '))
    if (w == word) return true;
  return false;
}

// storm-name-variant: "Hurricane Mirela struck Belize ... Storm Mirela weakened ... Mirela
// moved north": the kind before a storm's name changes with its strength
// (data/lexicon/storm_kinds.txt), and its bare name is the storm too. Every name made of a kind and
// the own name of a storm named before, and every bare one-word name equal to that own name
// (before or after), is the storm as first named with a kind. A bare name only when no rule typed it beyond its shape ("Mirela"
// looks like a given name: single-word-context) and no full name of a person has that word.
void storm_name_variant(const Lexicons& lex, std::vector<Mention>& mentions) {
  struct Storm {
    std::string own_name;
    size_t first;  // its first mention
  };
  std::vector<Storm> storms;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!is_name(mentions[i])) continue;
    const std::string_view name = storm_own_name(lex, mentions[i].entity);
    if (name.empty() || std::any_of(storms.begin(), storms.end(), [name](const Storm& s) { return s.own_name == name; }))
      continue;
    storms.push_back({std::string(name), i});
  }
  if (storms.empty()) return;  // most articles name no storm
  for (Storm& s : storms) {
    // "Mirela Costa ... Hurricane Mirela": the bare word may be hers.
    const bool a_persons_word = std::any_of(mentions.begin(), mentions.end(), [&s](const Mention& p) {
      return is_name(p) && p.type == EntityType::kPerson && p.entity.find(' ') != std::string::npos && has_word(p.entity, s.own_name);
    });
    const Mention named = mentions[s.first];
    // A bare name before the first kind ("Quilla" of a headline or of a cut name) is the storm too.
    for (size_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      if (!is_name(m) || m.entity == named.entity) continue;
      const bool variant = i > s.first && storm_own_name(lex, m.entity) == s.own_name;
      const bool bare = m.entity == s.own_name && bare_form(m) && !a_persons_word &&
                        (m.type == EntityType::kOther || m.guessed || m.rule == "single-word-context"sv || m.rule == "untyped-name"sv);
      if (!variant && !bare) continue;
      take_entity(m, named);
      m.rule = "storm-name-variant";
    }
  }
}

// team-name-tail: "the Seattle Falcons beat Denver ... The Falcons scored twice": a one-word
// plural name written after "the" (a team's, a band's, a newspaper's short name: "the Hornets",
// "the Times") is the one longer name of the article before it that ends in it. Not a person's
// full name ("Bill Hammons ... the Hammons" are his family), a country's or a known place's, and
// not when two such names end in it ("Christian Democrats ... Social Democrats ... the Democrats").
void team_name_tail(std::string_view text, std::vector<Mention>& mentions) {
  auto after_the = [text](const Mention& m) {
    return m.start >= 4 && iequals(text.substr(m.start - 4, 3), "the") && text[m.start - 1] == ' ' &&
           (m.start == 4 || !std::isalpha(static_cast<unsigned char>(text[m.start - 5])));
  };
  auto plural_word = [](std::string_view w) { return w.find(' ') == std::string_view::npos && plural_name_word(w); };
  // "the Ways and Means Committee": the plural begins a longer name the reader cut short.
  auto name_goes_on = [text](const Mention& m) {
    const std::string_view rest = text.substr(m.end);
    for (std::string_view link : {" and "sv, " of "sv, " & "sv})
      if (rest.starts_with(link) && rest.size() > link.size() && std::isupper(static_cast<unsigned char>(rest[link.size()])))
        return true;
    return false;
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (!bare_form(m) || m.entity != m.text || !plural_word(m.entity) || !after_the(m) || name_goes_on(m)) continue;
    if (m.type == EntityType::kPerson && !(m.guessed || m.rule == "single-word-context"sv || m.rule == "untyped-name"sv)) continue;
    const Mention* found = nullptr;
    bool several = false;
    for (size_t j = 0; j < i; ++j) {
      const Mention& a = mentions[j];
      if (!is_name(a) || a.entity.size() <= m.entity.size() + 1 || !a.entity.ends_with(m.entity) ||
          a.entity[a.entity.size() - m.entity.size() - 1] != ' ' || a.type == EntityType::kPerson ||
          a.type == EntityType::kCountry || (a.type == EntityType::kPlace && !a.weak && !a.guessed))
        continue;
      several = several || (found && found->entity != a.entity);
      found = &a;
    }
    if (!found || several) continue;
    const Mention named = *found;
    take_entity(m, named);
    m.rule = "team-name-tail";
  }
}

}  // namespace

void merge_name_forms(std::string_view text, const Lexicons& lex, std::vector<Mention>& mentions, std::vector<Role>& roles) {
  std::vector<NameSpan> before;  // where each name was read, and as what, for follow_renamed_names
  before.reserve(mentions.size());
  for (const Mention& m : mentions)
    if (is_name(m)) before.push_back({m.start, m.end, entity_hash(m.entity), m.type});
  acronym_in_brackets(text, mentions);
  expansion_in_brackets(text, mentions);
  legal_name_in_brackets(text, mentions);
  interview_initials(text, mentions);
  acronym_of_name(mentions);
  short_form_of_name(lex, mentions);
  name_without_of_phrase(lex, mentions);
  short_form_of_place(lex, mentions);
  storm_name_variant(lex, mentions);
  team_name_tail(text, mentions);
  spelling_variant_of_name(mentions);
  bare_person_names(lex, mentions);
  follow_renamed_names(before, mentions, roles);
}

}  // namespace newsgraph
