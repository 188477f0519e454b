#include "lexicons.h"

#include <sstream>

#include <rapidjson/document.h>

#include <cctype>
#include <cstring>
#include <algorithm>
#include <atomic>
#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "text_util.h"
#include "word_classes.h"
#include "wordnet_places.h"

namespace newsgraph {

const char* entity_type_name(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kCountry: return "COUNTRY";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kAgent: return "AGENT";
    default: return "OTHER";
  }
}

EntityType entity_type_from_name(const std::string& n) {
  if (n == "PERSON") return EntityType::kPerson;
  if (n == "COUNTRY") return EntityType::kCountry;
  if (n == "PLACE") return EntityType::kPlace;
  if (n == "ORG") return EntityType::kOrganization;
  if (n == "AGENT") return EntityType::kAgent;
  return EntityType::kOther;
}

namespace {

// Adds every word-prefix of a multi-word phrase, cut before each of its spaces ("united",
// "united states" for "united states of america"): matchers stop once a phrase is not one.
// `Set` is a std::unordered_set<std::string> or a StringTable.
template <typename Set>
void add_word_prefixes(const std::string& phrase, Set& prefixes) {
  for (size_t sp = phrase.find(' '); sp != std::string::npos; sp = phrase.find(' ', sp + 1))
    prefixes.insert(phrase.substr(0, sp));
}

// Marks in lex.class_words (word_classes.h) the one-word member that a phrase just added to a
// set and its add_word_prefixes set gives them: the phrase itself when it has no space (`whole`),
// else its first word, a prefix (`first`). Every other prefix holds a space, so no token's form is
// one of them.
void mark_phrase_classes(Lexicons& lex, const std::string& phrase, uint8_t whole, uint8_t first) {
  const size_t space = phrase.find(' ');
  if (space == std::string::npos) mark_class_word(lex, phrase, whole);
  else mark_class_word(lex, std::string_view(phrase).substr(0, space), first);
}

// The same from the other end: every word-suffix of a phrase, itself included ("minister",
// "prime minister" for "prime minister"), for matchers that grow a phrase leftwards.
void add_word_suffixes(const std::string& phrase, std::unordered_set<std::string>& suffixes) {
  suffixes.insert(phrase);
  for (size_t sp = phrase.find(' '); sp != std::string::npos; sp = phrase.find(' ', sp + 1))
    suffixes.insert(phrase.substr(sp + 1));
}

// Reads a TAB-separated file, skipping comments and blank lines.
std::vector<std::vector<std::string>> read_table(const std::string& path, size_t min_cols) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + " (is NEWSGRAPH_DATA set to the data/ folder?)");
  std::vector<std::vector<std::string>> rows;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    std::vector<std::string> row;
    for (auto f : split(line, '\t')) row.emplace_back(trim(f));
    if (row.size() < min_cols)
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": expected " +
                               std::to_string(min_cols) + " TAB-separated columns");
    rows.push_back(std::move(row));
  }
  return rows;
}

// Parses a whole JSON file read at once: RapidJSON's istream wrapper reads a byte per virtual
// call, which made the iso-codes files a tenth of a one-article run's start-up.
bool parse_json_file(const std::string& path, rapidjson::Document& doc) {
  std::string text;
  if (!read_whole_file(path, text)) return false;
  doc.Parse(text.data(), text.size());
  return true;
}

size_t count_words(const std::string& s) {
  size_t n = 1;
  for (char c : s)
    if (c == ' ') ++n;
  return n;
}

// data/lexicon/description_nouns.tsv: noun, types, then its name words, '-' or '@'. A noun without
// name words learns every other noun's name words, which its antecedent must not contain; '@' marks
// a noun that names only a name the article put it with.
void load_description_nouns(const std::string& path, std::unordered_map<std::string, DescriptionNoun>& nouns) {
  std::unordered_set<std::string> all_words;
  for (auto& r : read_table(path, 3)) {
    DescriptionNoun d;
    for (auto t : split(r[1], ',')) {
      if (t == "CAPITAL") d.capital = true;
      else if (t == "OTHER") d.types.push_back(EntityType::kOther);  // a named thing of no other type: a storm
      else if (EntityType type = entity_type_from_name(std::string(t)); type != EntityType::kOther) d.types.push_back(type);
      else throw std::runtime_error(path + ": unknown type '" + std::string(t) + "' for '" + r[0] + "' (PERSON, COUNTRY, PLACE, ORG, OTHER, CAPITAL)");
    }
    if (r[2] == "@") d.named_only = true, d.name_heads.assign(r.begin() + 3, r.end());
    else if (r[2] != "-") d.name_words.assign(r.begin() + 2, r.end());
    all_words.insert(d.name_words.begin(), d.name_words.end());
    nouns[r[0]] = std::move(d);
  }
  for (auto& [noun, d] : nouns)
    if (d.name_words.empty()) d.other_words = all_words;
}

// A phrase of a data/lexicon file ("as well as", "in case") as its words, for words_at
// (extract/facts/clause_words.h) to match token by token; blanks between words are dropped.
std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (auto w : split(phrase, ' '))
    if (!trim(w).empty()) words.emplace_back(trim(w));
  return words;
}

// data/lexicon/plural_references.tsv: a phrase of one or two lower-case words, then how many names
// its list must have (0: any number from two). Kept in the file's order.
void load_plural_references(const std::string& path, std::vector<PluralReference>& out) {
  for (auto& r : read_table(path, 2)) {
    const std::vector<std::string_view> words = split(r[0], ' ');
    size_t members = 0;
    const char* const end = r[1].data() + r[1].size();
    const auto [stop, error] = std::from_chars(r[1].data(), end, members);
    if (words.size() > 2 || std::any_of(words.begin(), words.end(), [](std::string_view w) { return w.empty(); }))
      throw std::runtime_error(path + ": '" + r[0] + "' is not one or two words with one space between");
    if (error != std::errc() || stop != end)
      throw std::runtime_error(path + ": '" + r[0] + "' needs a number of members (0: any number from two), not '" +
                               r[1] + "'");
    out.push_back({std::string(words[0]), words.size() > 1 ? std::string(words[1]) : std::string(), members});
  }
}

// data/lexicon/home_away_descriptions.tsv: the words after "the", then "home" or "away".
void load_home_away_descriptions(const std::string& path, std::vector<HomeAwayDescription>& out) {
  for (auto& r : read_table(path, 2)) {
    if (r[1] != "home" && r[1] != "away")
      throw std::runtime_error(path + ": '" + r[0] + "' needs the side 'home' or 'away', not '" + r[1] + "'");
    HomeAwayDescription d;
    for (std::string_view w : split(r[0], ' '))
      if (!w.empty()) d.words.emplace_back(w);
    if (d.words.empty()) throw std::runtime_error(path + ": a row needs the words after 'the'");
    d.home = r[1] == "home";
    out.push_back(std::move(d));
  }
}

// data/lexicon/speech_words.tsv: word, kind (document, content, vehicle, labelling, joiner, proxy,
// first-person, recipient, told-recipient, channel, wh-content, question-cue); a word may
// have several kinds, one row each.
void load_speech_words(const std::string& path, Lexicons& lex) {
  for (auto& r : read_table(path, 2)) {
    StringTable* kind = r[1] == "document"    ? &lex.document_nouns
                        : r[1] == "content"   ? &lex.content_nouns
                        : r[1] == "vehicle"   ? &lex.vehicle_verbs
                        : r[1] == "labelling" ? &lex.labelling_verbs
                        : r[1] == "joiner"    ? &lex.name_joiners
                        : r[1] == "proxy"     ? &lex.proxy_nouns
                        : r[1] == "first-person" ? &lex.first_person_words
                        : r[1] == "recipient" ? &lex.recipient_cues
                        : r[1] == "told-recipient" ? &lex.told_recipient_cues
                        : r[1] == "channel" ? &lex.channel_nouns
                        : r[1] == "wh-content" ? &lex.wh_content_words
                        : r[1] == "question-cue" ? &lex.question_cues
                                              : nullptr;
    if (!kind)
      throw std::runtime_error(path + ": '" + r[0] + "' has kind '" + r[1] +
                               "'; the kinds are 'document', 'content', 'vehicle', 'labelling', 'joiner', 'proxy', 'first-person', 'recipient', 'told-recipient', 'channel', 'wh-content' and 'question-cue'");
    kind->insert(r[0]);
  }
}

// data/lexicon/research_words.tsv: word, kind (study, group, team, modifier, colleague), one row per kind.
void load_research_words(const std::string& path, Lexicons& lex) {
  for (auto& r : read_table(path, 2)) {
    StringTable* kind = r[1] == "study"      ? &lex.study_nouns
                        : r[1] == "group"    ? &lex.research_group_heads
                        : r[1] == "team"     ? &lex.research_team_heads
                        : r[1] == "modifier" ? &lex.research_team_modifiers
                        : r[1] == "colleague" ? &lex.research_colleague_words
                                             : nullptr;
    if (!kind)
      throw std::runtime_error(path + ": '" + r[0] + "' has kind '" + r[1] +
                               "'; the kinds are 'study', 'group', 'team', 'modifier' and 'colleague'");
    kind->insert(r[0]);
  }
}

}  // namespace

// Every source in order of precedence: the first entry for a phrase wins, so the project's own
// lists and iso-codes come before tzdata and WordNet.
Lexicons::Lexicons(const std::string& data, const std::string& iso_dir, const std::string& zone_file,
                   const std::function<WordNetInstances()>& wordnet) {
  static std::atomic<uint64_t> lexicons{0};
  generation = ++lexicons;
  const std::string lex = data + "/lexicon/";
  NameMap preferred;
  const NameMap by_alpha2 = load_countries(lex, iso_dir, preferred);
  load_cities(lex, zone_file, by_alpha2);
  load_former_countries(iso_dir, preferred);
  load_regions(lex, iso_dir, by_alpha2);
  for (auto& r : read_table(lex + "organizations.tsv", 2))
    add_place(r[0], {r[1], EntityType::kOrganization, "", false});
  // party-alias: a party's names, short forms and nicknames ("Lib Dems", "New Labour") are the
  // party. After organizations.tsv, whose rows win for a phrase both list.
  for (auto& r : read_table(lex + "party_aliases.tsv", 3))
    add_place(r[1], {r[2], EntityType::kOrganization, "", false});
  load_wordnet(wordnet);
  load_name_words(lex);
  load_clause_words(data, lex);
}

void Lexicons::add_place(const std::string& phrase, GazetteerEntry e) {
  std::string key = alias_key(phrase);
  if (key.empty()) return;
  e.acronym = phrase.size() >= 2 && std::all_of(phrase.begin(), phrase.end(), [](char c) {
                return (c >= 'A' && c <= 'Z') || c == '.';
              });
  if (!gazetteer.emplace(key, std::move(e)).second) return;  // the first entry for a phrase wins
  add_word_prefixes(key, gazetteer_prefixes);
  // A one-word key starts a place; a longer key's first word starts one and is a prefix.
  mark_phrase_classes(*this, key, word_class_memo::kPlaceKey | word_class_memo::bit_of(WordClass::kPlaceStart),
                      word_class_memo::kPlaceClasses);
  max_phrase_tokens = std::max(max_phrase_tokens, count_words(key) + 1);
}

const FirstName* Lexicons::first_name(std::string_view word) const {
  if (first_names.empty() || word.size() < 2) return nullptr;
  thread_local std::string key;  // probed for many capitalized words: no allocation per probe
  assign_lower(key, word);
  auto it = first_names.find(key);
  return it == first_names.end() ? nullptr : &it->second;
}

// Countries from iso-codes, under their preferred names; returns the names by alpha-2 code.
Lexicons::NameMap Lexicons::load_countries(const std::string& lex, const std::string& iso_dir, NameMap& preferred) {
  for (auto& r : read_table(lex + "country_names.tsv", 2)) preferred[r[0]] = r[1];
  for (auto& r : read_table(lex + "country_aliases.tsv", 2))
    add_place(r[0], {r[1], EntityType::kCountry, r[1], false});
  const std::string iso_path = iso_dir + "/iso_3166-1.json";
  rapidjson::Document doc;
  if (!parse_json_file(iso_path, doc))
    throw std::runtime_error("cannot read " + iso_path + " (install the Debian package iso-codes)");
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("3166-1"))
    throw std::runtime_error(iso_path + ": not the iso-codes JSON layout");
  std::unordered_map<std::string, std::string> by_alpha2;
  for (const auto& c : doc["3166-1"].GetArray()) {
    std::string name = c["name"].GetString();
    std::string canonical = name;
    if (c.HasMember("common_name")) canonical = c["common_name"].GetString();
    if (preferred.count(name)) canonical = preferred[name];
    else if (!c.HasMember("common_name") && name.find(',') != std::string::npos)
      canonical = name.substr(0, name.find(','));
    by_alpha2[c["alpha_2"].GetString()] = canonical;
    country_by_code[c["alpha_2"].GetString()] = canonical;
    GazetteerEntry e{canonical, EntityType::kCountry, canonical, false};
    add_place(canonical, e);
    add_place(name, e);
    // "Korea, Republic of" is written "Republic of Korea" in running text.
    size_t comma = name.find(", ");
    if (comma != std::string::npos && name.ends_with(" of"))
      add_place(name.substr(comma + 2) + " " + name.substr(0, comma), e);
    if (c.HasMember("official_name")) add_place(c["official_name"].GetString(), e);
  }
  return by_alpha2;
}

// The project's cities, then major cities from tzdata's zone1970.tab ("America/Chicago" ->
// Chicago, United States), when installed; cities.tsv takes precedence.
void Lexicons::load_cities(const std::string& lex, const std::string& zone_file, const NameMap& by_alpha2) {
  for (auto& r : read_table(lex + "cities.tsv", 2))
    add_place(r[0], {r[0], EntityType::kPlace, r[1], r.size() > 2 && r[2] == "capital"});
  // Major cities from tzdata's zone1970.tab ("America/Chicago" -> Chicago, United States), when
  // installed; the project's cities.tsv above takes precedence.
  std::ifstream zones(zone_file);
  for (std::string line; std::getline(zones, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f.size() < 3) continue;
    std::string code(f[0].substr(0, 2));
    std::string zone(f[2]);
    std::string city = zone.substr(zone.rfind('/') + 1);
    for (char& ch : city)
      if (ch == '_') ch = ' ';
    auto country = by_alpha2.find(code);
    if (country == by_alpha2.end() || city.empty()) continue;
    add_place(city, {city, EntityType::kPlace, country->second, false});
  }
}

// Former countries (iso_3166-3: Yugoslavia, Zaire, Czechoslovakia, ...), for older news; the
// short form before the comma is the name ("Zaire, Republic of" -> Zaire).
void Lexicons::load_former_countries(const std::string& iso_dir, NameMap& preferred) {
  rapidjson::Document fdoc;
  if (parse_json_file(iso_dir + "/iso_3166-3.json", fdoc)) {
    if (!fdoc.HasParseError() && fdoc.IsObject() && fdoc.HasMember("3166-3"))
      for (const auto& c : fdoc["3166-3"].GetArray()) {
        if (!c.HasMember("name")) continue;
        std::string name = c["name"].GetString();
        std::string canonical = name.substr(0, name.find(','));
        if (preferred.count(name)) canonical = preferred[name];
        add_place(canonical, {canonical, EntityType::kCountry, canonical, false});
        add_place(name, {canonical, EntityType::kCountry, canonical, false});
      }
  }
}

// Regions: first-level subdivisions from iso-codes (states, provinces) and the dateline
// abbreviations of data/lexicon/region_abbreviations.tsv; each lies in its country.
void Lexicons::load_regions(const std::string& lex, const std::string& iso_dir, const NameMap& by_alpha2) {
  for (auto& r : read_table(lex + "region_abbreviations.tsv", 3)) {
    regions[r[0]] = r[2];
    regions[r[1]] = r[2];
  }
  rapidjson::Document sdoc;
  if (parse_json_file(iso_dir + "/iso_3166-2.json", sdoc)) {
    if (!sdoc.HasParseError() && sdoc.IsObject() && sdoc.HasMember("3166-2"))
      for (const auto& c : sdoc["3166-2"].GetArray()) {
        if (!c.HasMember("parent") && c.HasMember("code") && c.HasMember("name")) {
          auto country = by_alpha2.find(std::string(c["code"].GetString()).substr(0, 2));
          if (country == by_alpha2.end()) continue;
          std::string name = c["name"].GetString();
          regions.emplace(name, country->second);
          // States and provinces are places in running text too ("officials in Texas"), unless the
          // name is already a country or city ("Georgia", "Washington"). Pinyin designators
          // ("Anhui Sheng", "Shanghai Shi") are not written in English text.
          std::string type = c.HasMember("type") && c["type"].IsString() ? c["type"].GetString() : "";
          if (type != "State" && type != "Province" && type != "Territory" && type != "Land" &&
              type != "Autonomous community" && type != "Autonomous region" && type != "Prefecture")
            continue;
          for (const char* designator : {" Sheng", " Shi", " Zizhiqu"})
            if (name.ends_with(designator)) name.resize(name.size() - std::strlen(designator));
          if (name.find(',') == std::string::npos && name.find('(') == std::string::npos)
            add_place(name, {name, EntityType::kPlace, country->second, false});
        }
      }
  }
}

// Cities and towns from WordNet, after every other source so that those win; and the classes of
// the names WordNet knows.
void Lexicons::load_wordnet(const std::function<WordNetInstances()>& wordnet) {
  if (wordnet) {
    const WordNetInstances instances = wordnet();
    resolve_wordnet_names(instances, [&](const std::string& name, WordNetNameClass c) {
      if (wordnet_names_.insert(name) < wordnet_name_types_.size()) return;  // the first class of a name stays
      wordnet_name_types_.push_back(c == WordNetNameClass::kPerson         ? EntityType::kPerson
                                    : c == WordNetNameClass::kPlace        ? EntityType::kPlace
                                    : c == WordNetNameClass::kOrganization ? EntityType::kOrganization
                                                                           : EntityType::kOther);
      add_word_prefixes(name, wordnet_prefixes_);
    });
    resolve_wordnet_places(
        instances,
        [&](const std::string& name) {
          const GazetteerEntry* e = find_place(name);
          return e && e->type == EntityType::kCountry ? e->canonical : std::string();
        },
        [&](const WordNetPlace& p) {
          GazetteerEntry e{p.name, EntityType::kPlace, p.holder, p.national_capital};
          e.weak = true;
          add_place(p.name, std::move(e));
        });
  }
}

// The words names are read by: demonyms, titles, organisation and place words, honorifics,
// given names, non-names, descriptions and the phrases that stand for a list of names.
void Lexicons::load_name_words(const std::string& lex) {
  for (auto& r : read_table(lex + "demonyms.tsv", 2)) {
    demonyms[r[0]] = r[1];
    add_word_prefixes(r[0], demonym_prefixes);
  }
  for (auto& r : read_table(lex + "titles.tsv", 2)) {
    titles[r[0]] = r[1];
    max_title_tokens = std::max(max_title_tokens, count_words(r[0]));
    add_word_prefixes(r[0], title_prefixes);
    mark_phrase_classes(*this, r[0], word_class_memo::bit_of(WordClass::kTitleStart), word_class_memo::bit_of(WordClass::kTitleStart));
    add_word_suffixes(r[0], title_suffixes);
  }
  for (auto& r : read_table(lex + "org_suffixes.txt", 1)) {
    org_suffixes.insert(r[0]);
    if (r.size() > 1 && r[1] == "company") company_suffixes.insert(r[0]);
  }
  for (auto& r : read_table(lex + "place_suffixes.txt", 1)) {
    (r.size() > 1 && r[1] == "prefix" ? place_prefixes : place_suffixes).insert(r[0]);
    if (r.size() > 1 && r[1] == "venue") venue_heads.insert(r[0]);
  }
  for (auto& r : read_table(lex + "person_prefixes.txt", 1)) person_prefixes.insert(r[0]);
  for (auto& r : read_table(lex + "given_names.txt", 1)) given_names.insert(r[0]);
  for (auto& r : read_table(lex + "non_names.txt", 1)) non_names.insert(r[0]);
  for (auto& r : read_table(lex + "modifier_suffixes.txt", 1)) modifier_suffixes.insert(r[0]);
  for (auto& r : read_table(lex + "numbered_classes.txt", 1)) numbered_classes.insert(r[0]);
  for (auto& r : read_table(lex + "name_forming_titles.txt", 1)) name_forming_titles.insert(r[0]);
  for (auto& r : read_table(lex + "name_coordinations.tsv", 2)) name_joining_pairs.insert(r[0] + " " + r[1]);
  for (auto& r : read_table(lex + "non_entity_words.tsv", 2)) {
    if (r[1] != "faith" && r[1] != "colour" && r[1] != "offence" && r[1] != "count" && r[1] != "after-ordinal")
      throw std::runtime_error(lex + "non_entity_words.tsv: '" + r[0] + "' has kind '" + r[1] +
                               "'; the kinds are 'faith', 'colour', 'offence', 'count' and 'after-ordinal'");
    non_entity_words[r[0]] = r[1];
  }
  {
    static const std::pair<const char*, NameShapeKind> kinds[] = {
        {"broadcast-tail", kBroadcastTail}, {"channel-head", kChannelHead},     {"event-head", kEventHead},
        {"academic-rank", kAcademicRank},   {"journal-head", kJournalHead},     {"journal-lead", kJournalLead},
        {"latin-ending", kLatinEnding},     {"modifier-prefix", kModifierPrefix}, {"place-noun", kPlaceNounAfterName},
        {"new-name-honorific", kNewNameHonorific}};
    for (auto& r : read_table(lex + "name_shape_words.tsv", 2)) {
      uint32_t bit = 0;
      for (const auto& [name, kind] : kinds)
        if (r[1] == name) bit = kind;
      if (!bit)
        throw std::runtime_error(lex + "name_shape_words.tsv: '" + r[0] + "' has kind '" + r[1] +
                                 "'; the kinds are listed in the file's header comment");
      name_shape_words[r[0]] |= bit;
    }
  }
  for (auto& r : read_table(lex + "party_words.tsv", 2)) party_words[r[0]] = r[1];
  for (auto& r : read_table(lex + "role_nouns.txt", 1)) role_nouns.insert(r[0]);
  for (auto& r : read_table(lex + "office_modifiers.txt", 1)) office_modifiers.insert(r[0]);
  for (auto& r : read_table(lex + "evaluative_role_adjectives.txt", 1)) evaluative_role_adjectives.insert(r[0]);
  for (auto& r : read_table(lex + "distinct_office_words.txt", 1)) distinct_office_words.insert(r[0]);
  for (auto& r : read_table(lex + "generic_statements.tsv", 2)) {
    if (r[1] != "modal" && r[1] != "determiner")
      throw std::runtime_error(lex + "generic_statements.tsv: '" + r[0] + "' has kind '" + r[1] +
                               "'; the kinds are 'determiner' and 'modal'");
    (r[1] == "modal" ? rule_modals : generic_determiners).insert(r[0]);
  }
  for (auto& r : read_table(lex + "state_predicates.tsv", 2)) {
    if (r[1] == "never-verb") never_verbs.insert(r[0]);
    else if (r[1] == "linking") linking_verbs.insert(r[0]);
    else if (r[1] == "have-noun") have_state_nouns.insert(r[0]);
    else if (r[1] == "state-participle") state_participles.insert(r[0]);
    else if (r[1] == "mind-verb") mind_verbs.insert(r[0]);
    else if (r[1] == "measure-participle") measure_participles.insert(r[0]);
    else
      throw std::runtime_error(lex + "state_predicates.tsv: '" + r[0] + "' has kind '" + r[1] +
                               "'; the kinds are 'never-verb', 'linking', 'have-noun', 'state-participle', 'mind-verb' and 'measure-participle'");
  }
  load_description_nouns(lex + "description_nouns.tsv", description_nouns);
  load_plural_references(lex + "plural_references.tsv", plural_references);
  for (auto& r : read_table(lex + "gendered_nouns.txt", 2)) gendered_nouns[r[0]] = r[1] == "f" ? 'f' : 'm';
  for (auto& r : read_table(lex + "family_names_first.txt", 1)) family_names_first.insert(r[0]);
  for (auto& r : read_table(lex + "storm_kinds.txt", 1)) storm_kinds.push_back(r[0]);
  // "Super Typhoon" before "Typhoon": the kind a name starts with is its longest.
  std::stable_sort(storm_kinds.begin(), storm_kinds.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

// The words clauses are read by: cues, modality, event rules, time heads, the words of reported
// speech, and the tokenizer's abbreviations.
void Lexicons::load_clause_words(const std::string& data, const std::string& lex) {
  for (auto& r : read_table(lex + "cues.tsv", 2)) cues[r[0]] = r[1];
  for (auto& r : read_table(lex + "modality.tsv", 3)) {
    if (r[1] == "modal") modal_modality[r[0]] = r[2];
    else if (r[1] == "matrix") matrix_modality[r[0]] = r[2];
    else if (r[1] == "adjective") adjective_modality[r[0]] = r[2];
    else if (r[1] == "catenative") catenative_verbs.insert(r[0]);
    else if (r[1] == "passive-matrix") passive_matrix_modality[r[0]] = r[2];
    else throw std::runtime_error(lex + "modality.tsv: unknown kind '" + r[1] + "'");
  }
  for (auto& r : read_table(data + "/events.tsv", 7)) {
    EventRule e{r[2], r[3], r[4] == "yes", r[5] == "-" ? "" : r[5], r[6] == "-" ? "" : r[6]};
    events[r[0] + "\t" + r[1]] = e;
    event_verbs.insert(r[0]);
  }
  max_agent_words = load_agent_nouns(data + "/agents.tsv", agents);
  for (const auto& [key, agent] : agents)
    mark_class_word(*this, *agent_last_words.insert(std::string(last_word(key))).first, word_class_memo::bit_of(WordClass::kAgentNounEnd));
  for (auto& r : read_table(data + "/event_nouns.tsv", 4)) {
    event_nouns[r[0]] = EventNoun{r[1], r[2], r[3] == "target"};
    max_event_noun_words = std::max(max_event_noun_words, count_words(r[0]));
    mark_class_word(*this, *event_noun_last_words.insert(std::string(last_word(r[0]))).first, word_class_memo::bit_of(WordClass::kEventNounEnd));
  }
  for (auto& r : read_table(lex + "event_object_classes.tsv", 2)) event_object_classes[r[1]] = r[0];
  for (auto& r : read_table(lex + "event_subject_classes.tsv", 2)) event_subject_classes[r[1]] = r[0];
  for (auto& r : read_table(data + "/subject_class_events.tsv", 8)) {
    subject_class_events[r[0] + "\t" + r[1] + "\t" + r[2]] =
        EventRule{r[3], r[4], r[5] == "yes", r[6] == "-" ? "" : r[6], r[7] == "-" ? "" : r[7]};
    subject_class_verbs.insert(r[1]);
  }
  for (auto& r : read_table(lex + "phrasal_verbs.tsv", 2)) {
    phrasal_verbs.insert(r[0] + ' ' + r[1]);
    phrasal_particles.insert(r[1]);
  }
  for (auto& r : read_table(data + "/event_targets.tsv", 3)) {
    std::vector<std::string>& preps = event_target_prepositions[r[0] + "\t" + r[1]];
    for (auto p : split(r[2], ','))
      if (!trim(p).empty()) preps.emplace_back(trim(p));
  }
  for (auto& r : read_table(lex + "time_heads.txt", 1)) time_heads.insert(r[0]);
  for (auto& r : read_table(lex + "deictic_time_leads.txt", 1)) deictic_time_leads.insert(r[0]);
  for (auto& r : read_table(lex + "deictic_time_blockers.txt", 1)) deictic_time_blockers.insert(r[0]);
  for (auto& r : read_table(lex + "undergoing_verbs.txt", 1)) undergoing_verbs.insert(r[0]);
  for (auto& r : read_table(lex + "criticism_labels.txt", 1)) criticism_labels.insert(r[0]);
  for (auto& r : read_table(lex + "received_aid.tsv", 2)) {
    if (r[0] == "verb") received_aid_verbs.insert(r[1]);
    else if (r[0] == "endorsement") endorsement_words.insert(r[1]);
    else if ((r[0] == "noun" || r[0] == "support") && r.size() >= 4)
      received_aid_nouns[r[1]] = {r[2], r[3], r[0] == "support"};
    else
      throw std::runtime_error(lex + "received_aid.tsv: a row of kind '" + r[0] +
                               "' must be verb, endorsement, or noun/support with an event type and code");
  }
  for (auto& r : read_table(lex + "interview_talk_verbs.txt", 1)) interview_talk_verbs.insert(r[0]);
  for (auto& r : read_table(lex + "objectless_non_events.txt", 1)) objectless_non_events.insert(r[0]);
  for (auto& r : read_table(lex + "subject_clause_words.tsv", 2)) {
    if (r[1] == "opener") subject_clause_openers.insert(r[0]);
    else if (r[1] == "not-verb") subject_verb_exclusions.insert(r[0]);
    else throw std::runtime_error(lex + "subject_clause_words.tsv: unknown kind '" + r[1] + "' (opener or not-verb)");
  }
  for (auto& r : read_table(lex + "gerund_modifiers.tsv", 2)) {
    std::istringstream nouns(r[1]);
    for (std::string noun; nouns >> noun;) {
      if (noun == "*") gerund_modifier_any.insert(r[0]);
      else gerund_modifier_pairs.insert(r[0] + " " + noun);
    }
  }
  for (auto& r : read_table(lex + "authored_nouns.txt", 1)) authored_nouns.insert(r[0]);
  for (auto& r : read_table(lex + "agent_state_words.txt", 1)) agent_state_words.insert(r[0]);
  for (auto& r : read_table(lex + "team_role_words.txt", 1)) team_role_words.insert(r[0]);
  for (auto& r : read_table(lex + "first_person_plural.txt", 1)) first_person_plural.insert(r[0]);
  for (auto& r : read_table(lex + "body_voice_roles.txt", 1)) body_voice_roles.insert(r[0]);
  for (auto& r : read_table(lex + "team_nouns.txt", 1)) team_nouns.insert(r[0]);
  load_home_away_descriptions(lex + "home_away_descriptions.tsv", home_away_descriptions);
  for (auto& r : read_table(lex + "role_naming_verbs.txt", 1)) role_naming_verbs.insert(r[0]);
  for (auto& r : read_table(lex + "constituency_roles.txt", 1)) constituency_roles.insert(r[0]);
  for (auto& r : read_table(lex + "office_verbs.tsv", 2)) {
    const uint32_t id = office_verbs.insert(r[0]);
    if (id >= office_verb_roles.size()) office_verb_roles.resize(id + 1);
    office_verb_roles[id] = r[1];
  }
  for (auto& r : read_table(lex + "time_or_turn_words.txt", 1)) time_or_turn_words.insert(r[0]);
  for (auto& r : read_table(lex + "list_words.tsv", 2)) {
    std::vector<std::string> words = phrase_words(r[1]);
    if (r[0] == "closer") list_closers.push_back(std::move(words));
    else if (r[0] == "aside") list_asides.push_back(std::move(words));
    else if (r[0] == "pair") list_pairs.push_back(std::move(words));
    else if (r[0] == "second") list_second_words.insert(r[1]);
    else if (r[0] == "approximator") list_approximators.insert(r[1]);
    else if (r[0] == "actor-link") list_actor_links.insert(r[1]);
    else if (r[0] == "range") list_range_openers.insert(r[1]);
    else if (r[0] == "negative-open") list_negative_openers.insert(r[1]);
    else if (r[0] == "negative-join") list_negative_joins.insert(r[1]);
    else
      throw std::runtime_error(lex + "list_words.tsv: kind '" + r[0] +
                               "' is none of closer, aside, pair, second, approximator, actor-link, range, "
                               "negative-open, negative-join; fix the row");
  }
  for (auto& r : read_table(lex + "institution_role_words.txt", 1)) institution_role_words.insert(r[0]);
  for (auto& r : read_table(lex + "finishing_positions.tsv", 2)) {
    if (r[0] == "verb") finishing_verbs.insert(r[1]);
    else if (r[0] == "position") finishing_positions.insert(r[1]);
    else throw std::runtime_error(lex + "finishing_positions.tsv: kind '" + r[0] + "' is neither verb nor position; fix the row");
  }
  for (auto& r : read_table(lex + "result_nouns.tsv", 2)) {
    if (r[0] == "lead") {
      result_noun_leads.insert(r[1]);
    } else if ((r[0] == "owner-wins" || r[0] == "object-wins") && r.size() >= 3) {
      result_nouns.push_back({r[1], r[2], r[0] == "owner-wins"});
      result_noun_words.insert(r[1]);
    } else {
      throw std::runtime_error(lex + "result_nouns.tsv: row '" + r[0] +
                               "' is not 'lead WORD', 'owner-wins NOUN PREP' or 'object-wins NOUN PREP'; fix the row");
    }
  }
  for (auto& r : read_table(lex + "intention_nouns.txt", 1)) intention_nouns.insert(r[0]);
  for (auto& r : read_table(lex + "vague_past_adverbs.txt", 1)) vague_past_adverbs.insert(r[0]);
  for (auto& r : read_table(lex + "time_base_words.txt", 1)) time_base_words.insert(r[0]);
  for (auto& r : read_table(lex + "time_approximators.txt", 1)) time_approximators.insert(r[0]);
  for (auto& r : read_table(lex + "non_actor_nouns.txt", 1)) non_actor_nouns.insert(r[0]);
  for (auto& r : read_table(lex + "negative_subject_words.txt", 1)) negative_subject_words.insert(r[0]);
  for (auto& r : read_table(lex + "conditional_leads.txt", 1)) conditional_leads.push_back(phrase_words(r[0]));
  for (auto& r : read_table(lex + "object_control_verbs.txt", 2)) {
    if (r[1] != "any" && r[1] != "actor")
      throw std::runtime_error(lex + "object_control_verbs.txt: '" + r[1] + "' after '" + r[0] +
                               "' is no object kind (write any or actor)");
    (r[1] == "any" ? object_control_verbs : actor_control_verbs).insert(r[0]);
  }
  load_speech_words(lex + "speech_words.tsv", *this);
  load_research_words(lex + "research_words.tsv", *this);
  for (auto& r : read_table(data + "/stance.tsv", 2)) stance_verbs[r[0]] = r[1];
  for (auto& r : read_table(data + "/stance_codes.tsv", 3)) stance_codes[r[0] + "\t" + r[1]] = r[2];
  std::ifstream ab(lex + "abbreviations.txt");
  if (!ab) throw std::runtime_error("cannot read " + lex + "abbreviations.txt");
  for (std::string line; std::getline(ab, line);)
    if (!line.empty() && line[0] != '#') abbreviation_lines.push_back(line);
}

size_t load_agent_nouns(const std::string& path, std::unordered_map<std::string, AgentNoun>& out) {
  size_t max_words = 1;
  for (auto& r : read_table(path, 3)) {
    AgentNoun a{r[0], r[1] == "-" ? "" : r[1], r[2]};
    for (const std::string& written : {a.singular, a.plural}) {
      if (written.empty()) continue;
      std::string form = to_lower(written);
      out.emplace(form, a);
      max_words = std::max(max_words, count_words(form));
    }
  }
  return max_words;
}

const GazetteerEntry* Lexicons::find_place(const std::string& phrase) const { return find_place_key(alias_key(phrase)); }

const EntityType* Lexicons::wordnet_type(std::string_view name) const {
  uint32_t id = wordnet_names_.find(name);
  return id == StringTable::kNone ? nullptr : &wordnet_name_types_[id];
}

const GazetteerEntry* Lexicons::find_place_key(const std::string& key) const {
  auto it = gazetteer.find(key);
  return it == gazetteer.end() ? nullptr : &it->second;
}

const EventRule* Lexicons::event_for(const std::string& verb, const std::string& object_head) const {
  if (!object_head.empty()) {
    auto it = events.find(verb + "\t" + object_head);
    if (it != events.end()) return &it->second;
  }
  auto it = events.find(verb + "\t*");
  return it == events.end() ? nullptr : &it->second;
}

}  // namespace newsgraph
