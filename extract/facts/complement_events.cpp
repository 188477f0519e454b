// attack-as-criticism and found-guilty (see complement_events.h).
#include "complement_events.h"

#include <string_view>

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool is_verb_of(const Token& t, std::string_view lemma) {
  return !t.tag.empty() && t.tag[0] == 'V' && (t.lemma.empty() ? t.lower : t.lemma) == lemma;
}

// The first token `word` after the verb at `v` in its clause (before a punctuation mark, at most
// `reach` tokens on), or 0.
size_t word_after(const std::vector<Token>& tk, size_t v, std::string_view word, size_t reach) {
  for (size_t k = v + 1; k < tk.size() && k <= v + reach; ++k) {
    if (tk[k].lower == word) return k;
    if (tk[k].tag == "." || tk[k].tag == "," || tk[k].tag == ":") break;
  }
  return 0;
}

// The sentence's relation of the verb `lemma` whose code starts with `code_prefix` ("" for an
// uncoded one), or nullptr.
ExtractedRelation* relation_of(std::vector<ExtractedRelation>& rels, size_t si,
                               std::string_view lemma, std::string_view code_prefix) {
  for (ExtractedRelation& r : rels)
    if (r.sentence == si && r.predicate == lemma && !r.attribution && !r.surface_only &&
        (code_prefix.empty() ? r.cameo.empty() : r.cameo.starts_with(code_prefix)))
      return &r;
  return nullptr;
}

}  // namespace

void code_complement_events(const std::vector<Token>& tk, size_t si,
                            std::vector<ExtractedRelation>& relations) {
  for (size_t i = 0; i < tk.size(); ++i) {
    if (is_verb_of(tk[i], "attack") && word_after(tk, i, "as", 12)) {
      if (ExtractedRelation* r = relation_of(relations, si, "attack", "19")) {
        r->cameo = "111";
        r->event_type = "criticize";
        r->rule = "attack-as-criticism";
      }
    } else if (is_verb_of(tk[i], "shoot") && i + 1 < tk.size() && tk[i + 1].lower == "dead"sv) {
      // shot-dead: "was shot dead" is a killing whoever did it (180, unconventional violence, when
      // actor-violence has not coded it from its actor).
      if (ExtractedRelation* r = relation_of(relations, si, "shoot", "")) {
        r->cameo = "180";
        r->event_type = "assault";
        r->rule = "shot-dead";
      }
    } else if (is_verb_of(tk[i], "blame")) {
      // blame-actor: "Kyiv blamed Moscow for the attack" accuses an actor (112); "blamed the
      // weather" names none (its object is no entity).
      if (ExtractedRelation* r = relation_of(relations, si, "blame", ""); r && !r->object.empty()) {
        r->cameo = "112";
        r->event_type = "accuse";
        r->rule = "blame-actor";
      }
    } else if (is_verb_of(tk[i], "find")) {
      size_t g = word_after(tk, i, "guilty", 8);
      if (g && tk[g - 1].lower != "not"sv)
        if (ExtractedRelation* r = relation_of(relations, si, "find", "")) {
          r->cameo = "116";
          r->event_type = "find_guilty";
          r->rule = "found-guilty";
        }
    }
  }
}

}  // namespace newsgraph
