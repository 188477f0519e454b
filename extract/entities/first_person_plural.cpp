#include "first_person_plural.h"

#include <algorithm>

#include "text_util.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// The type the article's names give `entity` (its first name mention's), or kOther when no name
// mention has it.
EntityType named_type(const std::string& entity, const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions)
    if (m.kind == MentionKind::kName && m.entity == entity) return m.type;
  return EntityType::kOther;
}

bool is_body(EntityType t) { return t == EntityType::kOrganization || t == EntityType::kCountry; }

// A role that speaks for its organisation: a team's staff or players, or a role whose last word
// is a body_voice_roles row ("chief executive" by "executive").
bool speaks_for_organization(const Role& r, const Lexicons& lex) {
  if (r.organization.empty()) return false;
  if (r.rule == "team-role"sv) return true;
  return lex.body_voice_roles.find(last_word(r.role)) != StringTable::kNone;
}

}  // namespace

WeReferent we_referent(const std::string& speaker, size_t sentence, const std::vector<Mention>& mentions,
                       const std::vector<Role>& roles, const Lexicons& lex) {
  if (speaker.empty()) return {};
  const EntityType type = named_type(speaker, mentions);
  if (is_body(type)) return {speaker, type, kFirstPersonPluralBody};  // "Velkor said: 'We will appeal'"
  if (type != EntityType::kPerson) return {};
  // The latest role stated by the sentence (else the first one after it) that speaks for a body
  // the article names as an organisation or a country.
  const Role* chosen = nullptr;
  for (const Role& r : roles) {
    if (r.person != speaker || !speaks_for_organization(r, lex)) continue;
    // A team is whatever its name looked like to the typer (team_names.h); any other role's
    // organisation must be one or a country: not "Europe" of "general manager for Acme in Europe".
    if (!is_body(named_type(r.organization, mentions)) && r.rule != "team-role"sv) continue;
    if (!chosen || (r.sentence <= sentence && (chosen->sentence > sentence || r.sentence >= chosen->sentence))) chosen = &r;
  }
  if (!chosen) return {};
  const EntityType body = named_type(chosen->organization, mentions);
  return {chosen->organization, is_body(body) ? body : EntityType::kOrganization, kFirstPersonPluralBody};
}

void add_first_person_plural_mentions(const std::vector<const std::vector<Token>*>& sentences,
                                      const std::vector<Voice>& voices, const std::vector<Role>& roles,
                                      const Lexicons& lex, std::vector<Mention>& mentions) {
  std::vector<Mention> added;
  for (const Voice& v : voices) {
    if (v.sentence >= sentences.size()) continue;
    const std::vector<Token>& tk = *sentences[v.sentence];
    WeReferent who;
    bool looked = false;
    for (size_t i = v.b; i < v.e && i < tk.size(); ++i) {
      if (tk[i].tag != "PRP"sv && tk[i].tag != "PRP$"sv) continue;
      if (tk[i].text == "US"sv || lex.first_person_plural.find(tk[i].lower) == StringTable::kNone) continue;
      const bool taken = std::any_of(added.begin(), added.end(), [&](const Mention& a) {
        return a.sentence == v.sentence && a.tok_begin == i;
      });
      if (taken) continue;
      if (!looked) {  // the referent only for a voice that says "we": most say none
        who = we_referent(v.speaker, v.sentence, mentions, roles, lex);
        looked = true;
      }
      if (who.entity.empty()) break;
      Mention& m = added.emplace_back();
      m.sentence = v.sentence;
      m.tok_begin = i;
      m.tok_end = i + 1;
      m.start = tk[i].start;
      m.end = tk[i].end;
      m.text = tk[i].text;
      m.type = who.type;
      m.kind = MentionKind::kPronoun;
      m.entity = who.entity;
      m.rule = who.rule;
    }
  }
  if (added.empty()) return;
  auto before = [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.tok_begin < b.tok_begin;
  };
  std::sort(added.begin(), added.end(), before);
  // Both lists are in reading order: merge them.
  std::vector<Mention> merged;
  merged.reserve(mentions.size() + added.size());
  std::merge(std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()),
             std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()), std::back_inserter(merged), before);
  mentions = std::move(merged);
}

}  // namespace newsgraph
