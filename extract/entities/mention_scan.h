// Internal to the entities stage's mention constructions (mentions.cpp, title_mentions.cpp,
// name_shape_mentions.cpp); no other code includes it. It holds what those constructions share:
// the scan state of one sentence (MentionScan) and the small token tests they all ask. A
// construction goes in the file named for its kind (see mentions.cpp's header comment), not here.
#pragma once
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "entities.h"
#include "name_word_classes.h"
#include "text_util.h"

namespace newsgraph::mention_internal {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;

inline bool capitalized(const Token& t) { return is_upper_initial(t.text); }
inline bool proper(const Token& t) { return (t.tag == "NNP" || t.tag == "NNPS") && capitalized(t); }

// The words of tk[b, e) as written, a space where the text had one.
std::string join(const std::vector<Token>& tk, size_t b, size_t e);

// The word lists by word id (name_word_classes.h): a run's words are asked again and again.
inline bool is_org_word(const Token& t, const Lexicons& lex) { return is_name_word(lex, t, NameWord::kOrgWord); }
inline bool is_company_word(const Token& t, const Lexicons& lex) { return is_name_word(lex, t, NameWord::kCompanyWord); }
inline bool is_place_head(const Token& t, const Lexicons& lex) { return is_name_word(lex, t, NameWord::kPlaceHead); }
inline bool is_place_prefix(const Token& t, const Lexicons& lex) { return is_name_word(lex, t, NameWord::kPlacePrefix); }
inline bool is_calendar_token(const Token& t, const Lexicons& lex) { return is_name_word(lex, t, NameWord::kCalendar); }

// Token i is its sentence's first word: only punctuation before it (an opening quote, a bracket),
// so its capital says nothing.
inline bool first_word_of_sentence(const std::vector<Token>& tk, size_t i) {
  for (size_t j = 0; j < i; ++j)
    for (char c : tk[j].text)
      if (std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

// Prepositions before which a given name that is also a town is the town ("in Florence").
bool place_preposition(std::string_view lw);

// Month abbreviations written without their period in wire datelines ("NEW YORK, Dec").
bool month_abbreviation(std::string_view lw);

// What the mention constructions of one sentence share: its tokens, the mentions and roles found
// so far, and the mention that ends at each token (to find a title's organisation).
struct MentionScan {
  const std::vector<Token>& tk;
  size_t si;
  const Lexicons& lex;
  std::vector<Mention>& mentions;
  std::vector<Role>& roles;
  const size_t n;
  std::vector<int>& ends_at;  // index of the mention (in `mentions`) that ends at each token
  // The token where gazetteer_name gave way to a first name before a surname ("Florence Okafor"):
  // proper_noun_run starts a person's name there.
  size_t first_name_at = static_cast<size_t>(-1);

  Mention& add(std::string_view rule, size_t b, size_t e, EntityType type, MentionKind kind, std::string entity) {
    Mention& m = start(rule, b, e, type, kind);
    m.text = join(tk, b, e);
    m.entity = std::move(entity);
    return m;
  }

  // A name whose entity is its words as written: `text` is join(tk, b, e), joined once by the
  // caller (who needed it before) rather than again here.
  Mention& add_as_written(std::string_view rule, size_t b, size_t e, EntityType type, MentionKind kind, std::string text) {
    Mention& m = start(rule, b, e, type, kind);
    m.entity = text;
    m.text = std::move(text);
    return m;
  }

  // The mention of tokens [b, e), made in place (no Mention moved into the vector), but for its
  // text and entity.
  Mention& start(std::string_view rule, size_t b, size_t e, EntityType type, MentionKind kind) {
    Mention& m = mentions.emplace_back();
    m.rule = rule;
    m.sentence = si;
    m.tok_begin = b;
    m.tok_end = e;
    m.start = tk[b].start;
    m.end = tk[e - 1].end;
    m.type = type;
    m.kind = kind;
    m.common_word = e == b + 1 && tk[b].common_word;
    ends_at[e] = static_cast<int>(mentions.size() - 1);
    return m;
  }

  // The organisation a title belongs to: a country, demonym or organisation right before it,
  // or a possessive "China's"; a capital stands for its country's government ("Beijing's trade
  // negotiator"). Any other place named there is the holder itself: a state, province or town
  // has offices of its own ("Ohio Governor X", "Denver's mayor, Y").
  std::string org_before(size_t title_begin) const {
    size_t k = title_begin;
    if (k >= 2 && (tk[k - 1].text == "'s"sv || tk[k - 1].text == "\xE2\x80\x99s"sv)) --k;
    int mi = ends_at[k];
    if (mi < 0) return "";
    const Mention& m = mentions[mi];
    if (m.kind == MentionKind::kName || m.kind == MentionKind::kDemonym) {
      if (m.type == EntityType::kCountry || m.type == EntityType::kOrganization) return m.entity;
      if (m.capital) return m.country;
      if (m.type == EntityType::kPlace && m.kind == MentionKind::kName) return m.entity;
    }
    return "";
  }
};

}  // namespace newsgraph::mention_internal
