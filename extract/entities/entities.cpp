#include "entities.h"
#include "person_names.h"

#include <map>
#include <set>
#include <unordered_set>

#include "chunker.h"  // is_verb_tag
#include "text_util.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
namespace {

bool capitalized(const Token& t) { return is_upper_initial(t.text); }
bool proper(const Token& t) { return (t.tag == "NNP" || t.tag == "NNPS") && capitalized(t); }

std::string join(const std::vector<Token>& tk, size_t b, size_t e) {
  std::string s;
  for (size_t i = b; i < e; ++i) {
    if (i > b && tk[i].space_before) s += ' ';
    else if (i > b && tk[i].start > tk[i - 1].end) s += ' ';
    s += tk[i].text;
  }
  return s;
}

// Longest gazetteer phrase starting at i (first token capitalized), or 0.
size_t gazetteer_match(const std::vector<Token>& tk, size_t i, const Lexicons& lex, const GazetteerEntry** out) {
  if (!capitalized(tk[i]) || tk[i].tag == "PRP") return 0;
  size_t best = 0;
  std::string phrase;
  for (size_t len = 1; len <= lex.max_phrase_tokens && i + len <= tk.size(); ++len) {
    const Token& t = tk[i + len - 1];
    if (len > 1) {
      bool connector = t.text == "of"sv || t.text == "the"sv || t.text == "and"sv || t.text == "&"sv ||
                       name_particle(t.text);  // hook: "Dar es Salaam", "Frankfurt am Main" (person_names.h)
      if (!capitalized(t) && !connector && !has_digit(t.text)) break;
      phrase += ' ';
    }
    phrase += t.text;
    const std::string key = alias_key(phrase);
    if (const GazetteerEntry* e = lex.find_place_key(key)) {
      // The match must end on a capitalized word (not "the United States of"); an acronym is
      // not an ordinary word that only starts with a capital ("Who", "Us").
      const bool word_for_acronym = len == 1 && e->acronym && t.common_word && has_lowercase(t.text);
      if ((capitalized(t) || has_digit(t.text)) && !word_for_acronym) {
        best = len;
        *out = e;
      }
    }
    if (!lex.gazetteer_prefixes.count(key)) break;  // no longer phrase starts this way
  }
  return best;
}

// Longest name of two words or more that WordNet knows as a place, an organisation or a named
// thing, starting at i with every word capitalized but connectors ("New England", "World War
// II", "Church of England"); its length, or 0. WordNet's people are left to the name rules,
// which read their titles and roles.
size_t wordnet_phrase(const std::vector<Token>& tk, size_t i, const Lexicons& lex, EntityType* type) {
  size_t best = 0;
  if (i + 1 >= tk.size() || !(capitalized(tk[i + 1]) || tk[i + 1].text == "of"sv)) return 0;  // one word: not here
  thread_local std::string phrase;
  phrase = tk[i].text;
  for (size_t k = i + 1; k < tk.size() && k < i + 6 && lex.wordnet_name_prefix(phrase); ++k) {
    const std::string& w = tk[k].text;
    const bool connector = w == "of"sv || w == "the"sv || w == "and"sv || w == "de"sv;  // "Church of England"
    if (!capitalized(tk[k]) && !connector) break;
    phrase += ' ';
    phrase += w;
    const EntityType* known = lex.wordnet_type(phrase);
    if (known && *known != EntityType::kPerson) {
      best = k + 1 - i;
      *type = *known;
    }
  }
  return best;
}

// Longest title phrase in tk[b, e) that starts at b; returns its length.
size_t title_prefix(const std::vector<Token>& tk, size_t b, size_t e, const Lexicons& lex, std::string* role) {
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
    const std::string& w = tk[e - len].lower;
    phrase = len == 1 ? w : w + " " + phrase;
    if (!lex.title_suffixes.count(phrase)) break;  // no title ends this way, nor any longer one
    auto it = lex.titles.find(phrase);
    if (it != lex.titles.end()) {
      best = len;
      *role = it->second;
    }
  }
  return best;
}

// A word without the period an abbreviation may end with ("Corp." -> "Corp").
std::string_view without_final_period(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w;
}

bool is_org_word(std::string_view w, const Lexicons& lex) {
  return lex.org_suffixes.count(std::string(without_final_period(w))) > 0;
}
bool is_company_word(std::string_view w, const Lexicons& lex) {
  return lex.company_suffixes.count(std::string(without_final_period(w))) > 0;
}

// A company's legal form, which ends its name ("Inc", "Corp.", "Ltd").
bool is_legal_form(std::string_view w) {
  w = without_final_period(w);
  return w == "Inc"sv || w == "Corp"sv || w == "Co"sv || w == "Ltd"sv || w == "Plc"sv || w == "PLC"sv || w == "LLC"sv ||
         w == "Corporation"sv || w == "AG"sv || w == "SA"sv || w == "NV"sv;
}

// The length of a company name's rest starting at k: capitalized words (and "&") up to the last
// company word among them ("Steel Corp" after "U.S.", "Express Co" after "American", "Union"
// after "Western"); 0 when none follows. A place or nationality right before it is part of the
// company's name.
size_t company_rest(const std::vector<Token>& tk, size_t k, const Lexicons& lex, bool legal_form_alone = false) {
  // First the company word, which most places and nationalities lack: then nothing else is read.
  size_t end = 0;
  for (size_t j = k; j < tk.size() && j < k + 6; ++j) {
    if (tk[j].text == "&"sv && j > k && j + 1 < tk.size() && proper(tk[j + 1])) continue;
    if (!proper(tk[j])) break;
    if (is_company_word(tk[j].text, lex)) end = j + 1;
  }
  if (!end) return 0;
  bool named = false;  // a word other than a legal form: "Canada Ltd" alone is a fragment
  for (size_t j = k; j < end; ++j) {
    const GazetteerEntry* g = nullptr;
    // "U.S. Securities and Exchange Commission": two names. A town that is a place only in a place
    // context (a GeoNames "Union") is no name of its own here: "Western Union" stays one.
    if (proper(tk[j]) && gazetteer_match(tk, j, lex, &g) && !g->needs_place_context) return 0;
    named = named || (tk[j].text != "&"sv && !is_legal_form(tk[j].text));
  }
  // "Saudi Arabian Oil Minister Hisham Nazer": before a title the word is a portfolio.
  std::string role;
  if (end < tk.size() && title_prefix(tk, end, tk.size(), lex, &role)) return 0;
  return named || legal_form_alone ? end - k : 0;
}

// "Civil War", "Space Shuttle", "National Convention": every word an ordinary English word, so
// not a person's name by default (a title or "Mr." still makes one).
bool all_common_words(const std::vector<Token>& tk, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k)
    if (!tk[k].common_word) return false;
  return true;
}

bool is_place_head(const std::string& w, const Lexicons& lex) { return lex.place_suffixes.count(w) > 0; }

// Prepositions before which a given name that is also a town is the town ("in Florence").
bool place_preposition(std::string_view lw) {
  return lw == "in"sv || lw == "at"sv || lw == "near"sv || lw == "from"sv || lw == "to"sv || lw == "outside"sv ||
         lw == "throughout"sv;
}

// The type of a one-word name that no lexicon knows, from the word and its context: a given name
// ("Steven"), the subject of a verb only people do ("Isabelle smiled"), a possessive before kin
// or life words ("Kendra's mother"), or the object of a place preposition ("in Ziguinchor").
// kOther when nothing says.

EntityType single_word_type(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  const Token& t = tk[i];
  if (t.common_word) return EntityType::kOther;
  if (lex.given_names.count(t.text) || lone_first_name(t, lex)) return EntityType::kPerson;  // hook: person_names.h
  static const std::unordered_set<std::string_view> human_verbs = {
      "smiled", "smiles", "laughed", "laughs", "nodded", "nods", "shrugged", "shrugs", "sighed", "sighs",
      "whispered", "whispers", "shouted", "shouts", "replied", "replies", "grinned", "grins", "frowned",
      "frowns", "wondered", "wonders", "yelled", "yells", "cried", "muttered", "mutters", "exclaimed",
      "thought", "thinks", "felt", "feels", "realized", "realised", "realizes", "remembered", "remembers",
      "hoped", "hopes", "loved", "loves", "married", "marries", "died", "dies"};
  size_t next = i + 1;
  if (next < tk.size() && human_verbs.count(tk[next].lower)) return EntityType::kPerson;
  // "Kendra's mother", "Dalton's death": a possessive before kin, body or life words.
  static const std::unordered_set<std::string_view> personal_nouns = {
      "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "parents", "family",
      "children", "friend", "friends", "girlfriend", "boyfriend", "face", "eyes", "hand", "hands", "head",
      "voice", "death", "birth", "life", "childhood", "career", "funeral", "grave", "widow"};
  if (next + 1 < tk.size() && (tk[next].tag == "POS" || tk[next].lower == "'s"sv || tk[next].lower == "\xE2\x80\x99s"sv) &&
      personal_nouns.count(tk[next + 1].lower))
    return EntityType::kPerson;
  if (i > 0) {
    const std::string& prev = tk[i - 1].lower;
    if ((prev == "in"sv || prev == "near"sv || prev == "outside"sv || prev == "throughout"sv || prev == "across"sv ||
         prev == "via"sv || prev == "toward"sv || prev == "towards"sv) &&
        !(next < tk.size() && (tk[next].tag == "POS" || tk[next].text == "'s"sv)))
      return EntityType::kPlace;
  }
  return EntityType::kOther;
}

bool is_noun_tag_like(const PosTag& t) { return t == "NN" || t == "NNS"; }

bool is_calendar_word(std::string_view lw) {
  static const std::unordered_set<std::string_view> words = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.",
      "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "christmas", "easter"};
  return words.count(lw) > 0;
}

}  // namespace

void recognize_entities(const std::vector<Token>& tk, size_t si, const Lexicons& lex,
                        std::vector<Mention>& mentions, std::vector<Role>& roles) {
  const size_t n = tk.size();
  // Index of the mention (in `mentions`) that ends at each token, to find role organisations.
  std::vector<int> ends_at(n + 1, -1);
  auto add = [&](std::string_view rule, size_t b, size_t e, EntityType type, MentionKind kind, std::string entity) -> Mention& {
    Mention m;
    m.rule = rule;
    m.sentence = si;
    m.tok_begin = b;
    m.tok_end = e;
    m.start = tk[b].start;
    m.end = tk[e - 1].end;
    m.text = join(tk, b, e);
    m.type = type;
    m.kind = kind;
    m.entity = std::move(entity);
    m.common_word = e == b + 1 && tk[b].common_word;
    mentions.push_back(std::move(m));
    ends_at[e] = static_cast<int>(mentions.size() - 1);
    return mentions.back();
  };
  // The organisation a title belongs to: a country, demonym or organisation right before it,
  // or a possessive "China's".
  auto org_before = [&](size_t title_begin) -> std::string {
    size_t k = title_begin;
    if (k >= 2 && (tk[k - 1].text == "'s"sv || tk[k - 1].text == "\xE2\x80\x99s"sv)) --k;
    int mi = ends_at[k];
    if (mi < 0) return "";
    const Mention& m = mentions[mi];
    if (m.kind == MentionKind::kName || m.kind == MentionKind::kDemonym) {
      if (m.type == EntityType::kCountry || m.type == EntityType::kOrganization) return m.entity;
      if (m.capital) return m.country;
    }
    return "";
  };

  for (size_t i = 0; i < n;) {
    const Token& t = tk[i];
    const std::string& lw = t.lower;
    // Pronouns.
    if (t.tag == "PRP" || t.tag == "PRP$") {
      static const std::set<std::string> person = {"he", "him", "his", "she", "her", "hers"};
      static const std::set<std::string> thing = {"it", "its"};
      Mention* added = nullptr;
      if (person.count(lw)) added = &add("person-pronoun", i, i + 1, EntityType::kPerson, MentionKind::kPronoun, "");
      else if (thing.count(lw)) {
        // Pleonastic "it is expected that" / "it was unclear" stays out.
        bool pleonastic = i + 2 < n && tk[i + 1].lemma == "be"sv &&
                          (tk[i + 2].tag == "JJ" || tk[i + 2].tag == "VBN" || tk[i + 2].text == "not"sv);
        if (!pleonastic) added = &add("thing-pronoun", i, i + 1, EntityType::kOther, MentionKind::kPronoun, "");
      }
      // An object pronoun right after its verb: its clause starts after the last boundary or
      // the verb before its own ("Ferreira said the ministry would invite him": "him" may be
      // Ferreira, not the ministry).
      if (added && t.tag == "PRP" && lw != "he"sv && lw != "she"sv && i > 0 && is_verb_tag(tk[i - 1].tag)) {
        size_t b = i - 1;
        while (b > 0 && (is_verb_tag(tk[b - 1].tag) || tk[b - 1].tag == "MD" || tk[b - 1].tag == "RB" || tk[b - 1].tag == "TO"))
          --b;
        while (b > 0 && !(tk[b - 1].text == ","sv || tk[b - 1].text == ";"sv || tk[b - 1].text == ":"sv ||
                          tk[b - 1].tag == "CC" || tk[b - 1].tag == "WDT" || tk[b - 1].tag == "WP" ||
                          tk[b - 1].lower == "that"sv || tk[b - 1].tag == "``" || is_verb_tag(tk[b - 1].tag) ||
                          tk[b - 1].tag == "MD"))
          --b;
        added->clause_begin = b;
      }
      ++i;
      continue;
    }
    // Role descriptions: "the president", "the U.S. president", "the prime minister".
    if (lw == "the"sv && i + 1 < n) {
      size_t k = i + 1;
      const GazetteerEntry* g = nullptr;
      size_t glen = gazetteer_match(tk, k, lex, &g);
      if (glen && g->type == EntityType::kCountry) k += glen;
      else if (lex.demonyms.count(tk[k].text)) k += 1;
      std::string role;
      size_t tlen = title_prefix(tk, k, n, lex, &role);
      if (tlen && !(k + tlen < n && proper(tk[k + tlen])) &&
          !(k + tlen < n && (tk[k + tlen].text == "of"sv || is_noun_tag_like(tk[k + tlen].tag)))) {
        Mention& m = add("role-description", i, k + tlen, EntityType::kPerson, MentionKind::kDescription, "");
        m.role = role;
        i = k + tlen;
        continue;
      }
    }
    // Gazetteer names (countries, cities, known organisations).
    const GazetteerEntry* g = nullptr;
    size_t glen = gazetteer_match(tk, i, lex, &g);
    // A town known only to the broad source needs more than its name: not ordinary words
    // ("Reading", "Mobile"), not a speaker ("Jackson said"), not inside a longer name.
    if (glen && g->weak &&
        (all_common_words(tk, i, i + glen) ||
         (i + glen < n && (tk[i + glen].lemma == "say"sv || tk[i + glen].lemma == "tell"sv || tk[i + glen].lemma == "add"sv)) ||
         (i + glen < n && proper(tk[i + glen])) || (i > 0 && proper(tk[i - 1])) ||
         // A given name ("Isabel", "Florence") is a town only where a place preposition says so.
         (glen == 1 && lex.given_names.count(tk[i].text) && !(i > 0 && place_preposition(tk[i - 1].lower)))))
      glen = 0;
    // Hooks (person_names.h, derived_gazetteers.h): a first name before a surname is a person's
    // ("Florence Okafor"); a GeoNames town that is also a name, or small, needs "in"/"near" before it.
    bool first_name_over_place = glen == 1 && first_name_before_surname(tk, i, lex);
    if (first_name_over_place) glen = 0;
    if (glen && g->needs_place_context && !(i > 0 && place_preposition(tk[i - 1].lower))) glen = 0;
    if (glen) {
      // A known organisation keeps its name ("General Motors Corp" is General Motors).
      const bool known_org = g->type == EntityType::kOrganization;
      if (size_t rest = company_rest(tk, i + glen, lex, known_org)) {  // "U.S. Steel Corp", "Western Union"
        add("gazetteer-company", i, i + glen + rest, EntityType::kOrganization, MentionKind::kName,
            known_org ? g->canonical : join(tk, i, i + glen + rest));
        i += glen + rest;
        continue;
      }
      // "the Canadian cabinet" style government words after a country make it the government.
      Mention& m = add("gazetteer-name", i, i + glen, g->type, MentionKind::kName, g->canonical);
      m.country = g->country;
      m.capital = g->capital;
      m.weak = g->weak;
      i += glen;
      continue;
    }
    // Names WordNet knows whole, before the run below could cut "New England" at "England".
    if (EntityType wtype; capitalized(t) && (t.tag == "NNP" || t.tag == "NNPS") && (glen = wordnet_phrase(tk, i, lex, &wtype))) {
      add("wordnet-phrase", i, i + glen, wtype, MentionKind::kName, join(tk, i, i + glen));
      i += glen;
      continue;
    }
    // Demonyms ("Brazilian", "Chinese"): link to the country.
    // "West German", "Saudi Arabian": two words, looked up only after a word that may start them.
    const bool cap = capitalized(t);
    std::string two = cap && i + 1 < n && lex.demonym_prefixes.count(t.text) ? t.text + " " + tk[i + 1].text : "";
    const bool two_words = !two.empty() && lex.demonyms.count(two);
    if (cap && (two_words || lex.demonyms.count(t.text)) &&
        (t.tag == "JJ" || t.tag == "NNP" || t.tag == "NNPS" || t.tag == "NNS")) {
      size_t len = two_words ? 2 : 1;
      if (size_t rest = company_rest(tk, i + len, lex)) {  // "American Express Co", "British Airways"
        add("demonym-company", i, i + len + rest, EntityType::kOrganization, MentionKind::kName, join(tk, i, i + len + rest));
        i += len + rest;
        continue;
      }
      const std::string& country = lex.demonyms.at(len == 2 ? two : t.text);
      Mention& m = add("demonym", i, i + len, EntityType::kCountry, MentionKind::kDemonym, country);
      m.country = country;
      i += len;
      continue;
    }
    // Hook (person_names.h): a first name the tagger missed before a surname, or "al-Sisi".
    // first_name_start: the first-name table decided where the name starts (the rule is named then).
    const bool first_name_start = first_name_over_place || (!proper(t) && first_name_before_surname(tk, i, lex));
    const bool name_start = first_name_start || particle_surname(t);
    if (!proper(t) && !(t.tag == "NNP" && has_digit(t.text) == false && capitalized(t)) && !name_start) {
      ++i;
      continue;
    }
    if (is_calendar_word(lw)) {  // weekdays and months are times, not entities
      ++i;
      continue;
    }
    // A run of proper nouns, bridging "of"/"and"/"&" inside organisation names.
    size_t b = i, e = i;
    bool particles = false;  // the run bridged "du", "de", "bin" (person_names.h)
    while (e < n) {
      // "May" is the month where a run would start with it ("in May", "New York May"), a
      // name inside one ("Theresa May").
      const std::string& lower_e = tk[e].lower;
      if ((proper(tk[e]) || particle_surname(tk[e]) || (e == b && name_start)) && !is_calendar_word(lower_e) &&
          !(lower_e == "may" && e == b)) {
        const GazetteerEntry* g2 = nullptr;
        // Stop before an embedded country when the run so far is a name ("Alvarez Brazil").
        if (e > b && gazetteer_match(tk, e, lex, &g2) && g2->type == EntityType::kCountry && !is_org_word(tk[e - 1].text, lex) &&
            !company_rest(tk, e + 1, lex, true))  // "Texaco Canada Inc" is one name
          break;
        ++e;
        continue;
      }
      if (size_t np = name_particles_at(tk, b, e, lex)) {  // "Barend du Plessis", "Mohammed bin Salman"
        e += np;
        particles = true;
        continue;
      }
      if (e > b && e + 1 < n && (tk[e].text == "of"sv || tk[e].text == "&"sv || tk[e].text == "for"sv || tk[e].text == "and"sv) &&
          proper(tk[e + 1])) {
        // "Bank of Canada", "Johnson & Johnson"; places only over "of" ("Museum of Flight", "Gulf of
        // Mexico"): "the Space Center and Mount Hood" are two names.
        bool org_so_far = false, place_so_far = false;
        for (size_t k = b; k < e; ++k) {
          org_so_far = org_so_far || is_org_word(tk[k].text, lex);
          place_so_far = place_so_far || is_place_head(tk[k].text, lex) || lex.place_prefixes.count(tk[k].text);
        }
        // A legal form ends a company's name: "Texaco Canada Inc and U.S. Steel Corp" are two.
        const bool name_ended = (tk[e].text == "and"sv || tk[e].text == "&"sv) && is_legal_form(tk[e - 1].text);
        if (!name_ended && (org_so_far || tk[e].text == "&"sv || (place_so_far && tk[e].text == "of"sv))) {
          ++e;
          continue;
        }
      }
      break;
    }
    if (e == b) {
      ++i;
      continue;
    }
    // Runs that name nothing: only table abbreviations ("Oper Shr") or corporate suffixes left
    // over from a longer name ("Co.", "Corp"); data/lexicon/non_names.txt.
    {
      bool nothing = true;
      for (size_t k = b; k < e && nothing; ++k) nothing = lex.non_names.count(tk[k].text) > 0;
      if (nothing) {
        i = e;
        continue;
      }
    }
    // Honorifics and titles at the start of the run.
    size_t nb = b;
    bool person = false;
    std::string role;
    std::string_view role_rule;  // the title construction that gave `role`
    if (lex.person_prefixes.count(tk[nb].text) && nb + 1 < e) {
      person = true;
      ++nb;
    }
    size_t tlen = title_prefix(tk, nb, e, lex, &role);
    size_t title_begin = nb;
    if (tlen && nb + tlen < e) {
      person = true;
      nb += tlen;
      role_rule = "title-before-name";
    } else {
      tlen = 0;
      role.clear();
      // Lower-case titles right before the run: "foreign ministry spokesperson Guo Jiakun".
      size_t lt = title_suffix(tk, b >= lex.max_title_tokens ? b - lex.max_title_tokens : 0, b, lex, &role);
      if (lt) {
        person = true;
        title_begin = b - lt;
        role_rule = "lowercase-title-before-name";
      } else {
        role.clear();
        // A title inside the run, with a name after it: "Oil Minister Gholamreza Aqazadeh"
        // (ordinary words before it name the portfolio: the role is "oil minister"), "Texaco
        // Chairman John Smith" (a name before it is the organisation, a mention of its own).
        for (size_t p = nb + 1; p + 1 < e && !person; ++p) {
          std::string inner;
          size_t il = title_prefix(tk, p, e, lex, &inner);
          if (!il || p + il >= e) continue;
          bool org_after = false;  // "Supermarkets General Corp": "General" is no title there
          for (size_t k = p + il; k < e; ++k) org_after = org_after || is_org_word(tk[k].text, lex);
          if (org_after) continue;
          bool portfolio = true;
          for (size_t k = nb; k < p; ++k) portfolio = portfolio && tk[k].common_word;
          // An organisation before the title only by its own evidence: a head word ("Hughes Tool
          // Co"), an acronym ("TWA") or one word ("Goodyear"); "Republican Senator ..." or
          // "Assistant House Republican Leader ..." leave the words before the title unnamed.
          bool acronym = p == nb + 1 && tk[nb].text.size() >= 2;
          for (char c : tk[nb].text) acronym = acronym && ((c >= 'A' && c <= 'Z') || c == '&');
          bool org_before_title = p == nb + 1 || acronym;
          for (size_t k = nb; k < p; ++k) org_before_title = org_before_title || is_org_word(tk[k].text, lex);
          if (portfolio) {
            role = to_lower(join(tk, nb, p)) + " " + inner;
            title_begin = nb;
            role_rule = "portfolio-title-in-name";
          } else {
            role_rule = "title-inside-name";
            if (org_before_title) {
              Mention& o = add("organization-before-title", nb, p, EntityType::kOrganization, MentionKind::kName, join(tk, nb, p));
              o.guessed = true;
            }
            role = inner;
            title_begin = p;
          }
          tlen = p + il - title_begin;
          nb = p + il;
          person = true;
        }
      }
    }
    size_t ne = e;
    // Strip a trailing possessive from the run ("Alvarez's" is tokenized apart already).
    std::string name = join(tk, nb, ne);
    EntityType type = EntityType::kOther;
    bool org = false;
    for (size_t k = nb; k < ne; ++k) org = org || is_org_word(tk[k].text, lex);
    const bool all_caps = tk[nb].text.size() >= 2 && ne - nb == 1 && !has_lowercase(tk[nb].text);
    // A place by its head word ("Kennedy Space Center", "Museum of Flight") or first word
    // ("Mount Everest"); only for names of two words or more.
    bool place = ne - nb >= 2 && (is_place_head(tk[ne - 1].text, lex) || lex.place_prefixes.count(tk[nb].text) ||
                                  (ne - nb >= 3 && tk[nb + 1].text == "of"sv && is_place_head(tk[nb].text, lex)));
    // Where the name itself says nothing, WordNet's class for it comes before the guesses from
    // its shape ("New England" is a place, "World War II" no entity of ours, "Byron" a person).
    // A one-word name that is also an ordinary word ("Bush", "Union") is left to the context.
    // A one-word person of WordNet's is left alone too: in news a lone "Moody", "Hutton" or
    // "Woolworth" is far more often the company named for the person (over 3,000 Reuters
    // articles, about three in four such mentions).
    auto wordnet = [&]() -> const EntityType* {
      if (ne - nb == 1 && tk[nb].common_word) return nullptr;
      const EntityType* known = lex.wordnet_type(name);
      return known && ne - nb == 1 && *known == EntityType::kPerson ? nullptr : known;
    };
    const EntityType* known = nullptr;
    std::string_view name_rule = "untyped-name";  // the construction that typed the name
    if (person && !org) type = EntityType::kPerson, name_rule = "titled-person";
    else if (org) type = EntityType::kOrganization, name_rule = "organization-word";
    else if (place) type = EntityType::kPlace, name_rule = "place-head-word";
    else if (all_caps) type = EntityType::kOrganization, name_rule = "all-caps-organization";
    else if (particles && nb == b) type = EntityType::kPerson, name_rule = "particle-in-name";
    else if (first_name_start && nb == b && ne - nb >= 2 && ne - nb <= 4) type = EntityType::kPerson, name_rule = "first-name-before-surname";
    else if (ne - nb >= 2 && (known = wordnet())) type = *known, name_rule = "wordnet-class";
    else if (ne - nb >= 2 && ne - nb <= 4 && !all_common_words(tk, nb, ne)) type = EntityType::kPerson, name_rule = "multiword-person";
    bool guessed = false;
    if (type == EntityType::kOther && ne - nb == 1 && !(person || org || place || all_caps)) {
      type = single_word_type(tk, nb, lex);
      guessed = type != EntityType::kOther;
      if (guessed) name_rule = "single-word-context";
      if (type == EntityType::kOther && (known = wordnet())) type = *known, name_rule = "wordnet-class";
    }
    // A title alone ("President" before a gazetteer name) is not a person.
    if (ne > nb) {
      Mention& m = add(name_rule, nb, ne, type, MentionKind::kName, name);
      m.role = role;
      m.guessed = guessed;
      if (type == EntityType::kPerson) m.gender = person_name_gender(tk, b, nb, ne, lex);  // hook: person_names.h
      if (!role.empty() && type == EntityType::kPerson) {
        Role r;
        r.person = name;
        r.role = role;
        r.organization = org_before(title_begin);
        r.sentence = si;
        r.person_text = name;
        r.title_text = join(tk, title_begin, tlen ? title_begin + tlen : b);
        r.rule = role_rule;
        roles.push_back(r);
      }
    }
    i = e;
  }
}

namespace {
// 'm' for he/him/his, 'f' for she/her/hers, 0 for other pronouns.
char pronoun_gender(const std::string& pronoun) {
  const std::string p = to_lower(pronoun);
  if (p == "he"sv || p == "him"sv || p == "his"sv) return 'm';
  if (p == "she"sv || p == "her"sv || p == "hers"sv) return 'f';
  return 0;
}

// A name that may be a person's name on its own: two letters or more, not all capitals ("S",
// "OPEC") and not a plural ("Soviets").
bool could_be_given_name(const std::string& name) {
  return name.size() >= 2 && name.back() != 's' && has_lowercase(name);
}
}  // namespace

void resolve_in_article(std::vector<Mention>& mentions, std::vector<Role>& roles) {
  // Full names by surname and by first name, for "Alvarez" -> "Marina Alvarez".
  std::map<std::string, std::set<std::string>> by_last;
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    auto sp = m.entity.rfind(' ');
    if (sp == std::string::npos) continue;
    by_last[m.entity.substr(sp + 1)].insert(m.entity);
  }
  // One person under several full names ("Jens Otto Harry Jespersen", "Otto Jespersen"): when
  // every name with a surname contains the shortest one word for word, in order, they are one
  // person under the shortest name, and the bare surname is no longer ambiguous.
  auto words_of = [](const std::string& s) { return split(s, ' '); };
  auto contains_in_order = [&](const std::string& longer, const std::string& shorter) {
    auto l = words_of(longer), sh = words_of(shorter);
    size_t k = 0;
    for (std::string_view w : l)
      if (k < sh.size() && w == sh[k]) ++k;
    return k == sh.size();
  };
  std::map<std::string, std::string> same_person;  // longer full name -> the shortest
  for (auto& [last, names] : by_last) {
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
  for (Mention& m : mentions)
    if (auto it = same_person.find(m.entity); it != same_person.end() && m.type == EntityType::kPerson) m.entity = it->second;
  for (Role& r : roles)
    if (auto it = same_person.find(r.person); it != same_person.end()) r.person = it->second;
  // "Texaco Inc ... Texaco said": a one-word name that no rule typed, or only its context did,
  // and that begins exactly one organisation's name in the article is that organisation.
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
  std::map<std::string, EntityType> known_type;
  for (Mention& m : mentions) {
    if (m.kind != MentionKind::kName) continue;
    // A bare surname (or a town of the broad source that is also the surname: "Jackson") of the
    // article's only full name with that surname is that person.
    if (m.entity.find(' ') == std::string::npos &&
        (m.type == EntityType::kPerson || m.type == EntityType::kOther || (m.weak && m.type == EntityType::kPlace))) {
      auto it = by_last.find(m.weak ? m.text : m.entity);
      if (it != by_last.end() && it->second.size() == 1) {
        m.entity = *it->second.begin();
        m.type = EntityType::kPerson;
        m.weak = false;
        m.country.clear();
        m.capital = false;
      }
    }
    if (m.type != EntityType::kOther) known_type[m.entity] = m.type;
  }
  // A bare name seen once with a type keeps that type everywhere in the article.
  for (Mention& m : mentions)
    if (m.kind == MentionKind::kName && m.type == EntityType::kOther && known_type.count(m.entity))
      m.type = known_type[m.entity];
  for (Role& r : roles) {
    auto it = by_last.find(r.person);
    if (r.person.find(' ') == std::string::npos && it != by_last.end() && it->second.size() == 1)
      r.person = *it->second.begin();
  }
  // Pronouns and descriptions, in reading order. The gender a person was first referred to
  // with keeps pronouns of the other gender off it.
  std::map<std::string, char> gender_of;  // entity -> 'm' or 'f'
  for (const Mention& m : mentions)  // hook: the gender the name states comes first (person_names.h)
    if (m.kind == MentionKind::kName && m.type == EntityType::kPerson && m.gender) gender_of.emplace(m.entity, m.gender);
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.kind == MentionKind::kDescription) {
      for (auto r = roles.rbegin(); r != roles.rend(); ++r)
        if (r->role == m.role && r->sentence <= m.sentence) {
          m.entity = r->person;
          break;
        }
      continue;
    }
    if (m.kind != MentionKind::kPronoun) continue;
    bool wants_person = m.type == EntityType::kPerson;
    const char gender = pronoun_gender(m.text);
    auto compatible = [&](const Mention& a) {
      if (a.entity.empty() || a.kind == MentionKind::kDemonym) return false;
      bool person = a.type == EntityType::kPerson;
      if (person && gender) {  // "Alvarez ... her office ... He said": not Alvarez
        auto g = gender_of.find(a.entity);
        if (g != gender_of.end() && g->second != gender) return false;
      }
      return wants_person ? person
                          : (!person && (a.type == EntityType::kCountry || a.type == EntityType::kOrganization ||
                                         (a.type == EntityType::kPlace && a.capital)));
    };
    // Candidates: earlier in the same sentence, nearest first; then each earlier sentence (up to
    // two back) from its start, where the subject usually stands: "He was inspired by Rask. He
    // entered the university" is about the first sentence's subject, not about Rask.
    const Mention* chosen = nullptr;
    for (size_t j = i; j-- > 0 && mentions[j].sentence == m.sentence;)
      if (compatible(mentions[j]) && !(m.clause_begin != static_cast<size_t>(-1) && mentions[j].tok_begin >= m.clause_begin)) {
        chosen = &mentions[j];
        break;
      }
    for (size_t back = 1; !chosen && back <= 2 && back <= m.sentence; ++back) {
      const size_t target = m.sentence - back;
      // Mentions are in reading order: find where sentence `target` starts, walking back from i.
      size_t first = i;
      while (first > 0 && mentions[first - 1].sentence >= target) --first;
      for (size_t j = first; j < i && mentions[j].sentence == target && !chosen; ++j)
        if (compatible(mentions[j])) chosen = &mentions[j];
    }
    // "Melanie walked in. She ...": a name no rule could type, nearest before a personal
    // pronoun with no person in reach, is that person, everywhere in the article. (Offered beside
    // the typed persons, such names took the pronoun from them too often: in news they are
    // mostly companies.)
    if (!chosen && wants_person) {
      for (size_t j = i; j-- > 0 && m.sentence - mentions[j].sentence <= 1;) {
        const Mention& a = mentions[j];
        if (a.kind == MentionKind::kName && a.type == EntityType::kOther && !a.common_word && could_be_given_name(a.text)) {
          chosen = &a;
          break;
        }
      }
      if (chosen) {
        const std::string name = chosen->entity;
        for (Mention& other : mentions)
          if (other.kind == MentionKind::kName && other.entity == name && other.type == EntityType::kOther)
            other.type = EntityType::kPerson;
      }
    }
    if (chosen && gender && chosen->type == EntityType::kPerson) gender_of.emplace(chosen->entity, gender);
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

}  // namespace newsgraph
