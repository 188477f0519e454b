// object-list-item: one triple per item of a list object (object_lists.h).
#include "object_lists.h"

#include <cctype>
#include <string_view>


namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// A list longer than this is more likely a misread stretch of text (a table, a run of names)
// than a list a reader wants one fact per item of.
constexpr size_t kMaxItems = 12;
constexpr size_t kMaxItemTokens = 12;

bool opens(const Token& t) { return t.tag == "-LRB-" || t.tag == "``"; }
bool closes(const Token& t) { return t.tag == "-RRB-" || t.tag == "''"; }
bool is_name_tag(const Token& t) { return t.tag == "NNP" || t.tag == "NNPS"; }

// The last word of [b, e) outside brackets and quotes ("winds of 100 mph (about 160 km/h)" ends
// on "mph"), or kNone.
size_t last_word(const std::vector<Token>& tk, size_t b, size_t e) {
  int depth = 0;
  for (size_t k = e; k > b; --k) {
    const Token& t = tk[k - 1];
    if (closes(t)) ++depth;
    else if (opens(t)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0) return k - 1;
  }
  return kNone;
}

// The head of the first noun group inside [b, e), or kNone.
size_t first_head(const Chunks& c, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k)
    if (int ni = c.noun_at[k]; ni >= 0 && c.nouns[ni].begin >= b && c.nouns[ni].head < e) return c.nouns[ni].head;
  return kNone;
}

// An item stands alone when it starts a noun group ("abolition of the draft", "the island of
// Corsica"), names no time ("light snow yesterday and last night"), and is short. (A gerund after
// a comma, "issue more bonds, suggesting further gains", is more often a clause of its own.)
bool stands_alone(const Chunks& c, const std::vector<TimeExpression>& times, const Span& item) {
  if (item.empty() || item.e - item.b > kMaxItemTokens) return false;
  for (const TimeExpression& te : times)
    if (te.tok_begin < item.e && te.tok_end > item.b) return false;
  return c.noun_at[item.b] >= 0 && c.nouns[c.noun_at[item.b]].begin == item.b;
}

// A comma item that begins with a determiner or possessive and names a common thing, right after
// a name, describes that name: "Ruiz, a lawyer from Lima, and Berg" is two people, not three.
bool appositive_after_name(const std::vector<Token>& tk, const Chunks& c, const Span& before, const Span& item) {
  const size_t name = last_word(tk, before.b, before.e);
  if (name == kNone || !is_name_tag(tk[name])) return false;
  const Token& first = tk[item.b];
  if (first.tag != "DT" && first.tag != "PRP$" && !(item.e - item.b > 2 && tk[item.b + 1].tag == "POS")) return false;
  const size_t head = first_head(c, item.b, item.e);
  return head != kNone && !is_name_tag(tk[head]);
}

// "consumer and electronics product lines", "beef and lamb producers", "its Lake Vista and Riverside
// plants": in a two-item list the second item opening on a bare noun that is not its head (a
// compound with no article, number or adjective of its own) shares that head with the first item,
// which ends on a lone noun or a name: the "and" coordinates the compound's modifiers, not two
// things ("the mayor and several council members" are two).
bool modifier_coordination(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex, const std::vector<Span>& items) {
  if (items.size() != 2) return false;
  const Span& a = items[0];
  const Span& b = items[1];
  const int ni = c.noun_at[b.b];
  if (ni < 0 || c.nouns[ni].head == b.b) return false;
  const size_t w = last_word(tk, a.b, a.e);
  if (w == kNone || !is_noun_tag(tk[w].tag)) return false;
  // "U.S. and Canadian negotiators", "administration and private sources": an adjective opening
  // the second item after a first item of one word, a name or a singular noun ("lenders and other
  // groups", "schools and non-essential services" are two, as "other", "several" mark a second thing).
  if (tk[b.b].tag == "JJ") {
    if (lex.list_second_words.contains(tk[b.b].lower)) return false;
    // "the Liberal and Conservative primaries", "the Labour and Green councillors": a capitalized
    // adjective (a party's, a nation's) after an article and one capitalized word, which the
    // tagger may have read as a name, is the second modifier of one compound.
    auto capital = [&](size_t k) { return std::isupper(static_cast<unsigned char>(tk[k].text[0])) != 0; };
    if (capital(b.b) && a.e - a.b == 2 && tk[a.b].tag == "DT" && capital(a.b + 1)) return true;
    return a.e - a.b == 1 && tk[a.b].tag != "NNS";  // "schools and non-essential services" are two
  }
  if (!is_noun_tag(tk[b.b].tag)) return false;
  // "exchange rate and oil price fluctuations": a first item with no article, number or possessive
  // of its own that ends on a singular noun shares the compound's head too ("scales and label
  // printers" are two things).
  const bool bare = tk[a.b].tag != "DT" && tk[a.b].tag != "PRP$" && tk[a.b].tag != "CD";
  if (w == a.b) return true;  // a lone word, also one capitalized at the sentence's start ("Wheat and barley futures")
  if (is_name_tag(tk[w])) return is_name_tag(tk[b.b]);  // "the EC and member states" are two
  return w == a.b || !is_noun_tag(tk[w - 1].tag) || (bare && tk[w].tag == "NN");
}

// A later item that is no noun group of its own but the rest of a clause, so the list ends
// before it:
// - gapping, a noun group followed directly by another with no verb between or after ("gave the
//   staff half and the owners the rest": "the owners" gets "the rest"); a rate ("ten dlrs a
//   share") is one amount, not two noun groups;
// - a bare word that is a verb of intention of a second clause (a "matrix" verb of
//   data/lexicon/modality.tsv), followed by "to" + verb: "hired advisers and plans to sell the
//   unit". Other bare nouns before "to" + verb keep their noun reading ("growth and capacity to
//   import goods", "speed limits and directives to keep left");
// - a noun group followed by the verb's own preposition ("came from A and 28 mln from B").
bool list_item_is_clause(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                         const std::vector<TimeExpression>& times, const Span& item, std::string_view relation) {
  const NounGroup& first = c.nouns[c.noun_at[item.b]];  // stands_alone: one begins the item
  // The item ends where its object reading ends, so what follows may be past it.
  size_t next = first.end;
  if (next >= tk.size() || next > item.e) return false;
  // "came from insurance lines and 28 mln dlrs from its auto business": the verb's own preposition
  // after the item's noun group repeats the clause with the verb left out (gapping).
  if (const size_t sp = relation.rfind(' '); sp != std::string_view::npos && is_prep(tk[next]) &&
                                             relation.substr(sp + 1) == tk[next].lower)
    return true;
  // "corn growers will get 515 mln dlrs and sorghum growers about 85 mln": an approximator may
  // stand before the gapped clause's amount.
  if (next + 1 < tk.size() && lex.list_approximators.contains(tk[next].lower) && c.noun_at[next + 1] >= 0 &&
      c.nouns[c.noun_at[next + 1]].begin == next + 1 && tk[next + 1].tag == "CD")
    ++next;
  if (const int ni = c.noun_at[next]; ni >= 0 && c.nouns[ni].begin == next) {
    // A verb after the second noun group makes it a relative clause's subject ("the concerns
    // they have", "the way it works"), not a gapped clause.
    if (const size_t after = c.nouns[ni].end; after < tk.size() && c.verb_at[after] >= 0) return false;
    for (const TimeExpression& te : times)
      if (te.tok_begin <= next && te.tok_end > next) return false;  // "and trucks last year"
    const std::string& w = tk[next].lower;
    return w != "a"sv && w != "an"sv && w != "each"sv && w != "per"sv;
  }
  return first.begin == first.head && next + 1 < tk.size() && tk[next].tag == "TO" && tk[next + 1].tag == "VB" &&
         lex.matrix_modality.contains(tk[first.head].lemma);
}

}  // namespace

// subject-list-item: in a list subject without commas, "Members of the lab and volunteers", "Ana
// Ruiz of the institute and colleagues": the "and" after a phrase of an actor (a name, an agent or
// role noun of data/agents.tsv, data/lexicon/role_nouns.txt, then an "actor-link" preposition of
// data/lexicon/list_words.tsv: "of", "from", "at", "in")
// joins a second actor when that one has no article of its own ("volunteers", "her students"); the
// "and" would not join inside the phrase ("the sale of the stadium and the park", "imports of
// grain and soybeans" keep one subject).
bool actor_phrase_then_bare_actor(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex, const Span& span,
                                  size_t prep, size_t second) {
  if (prep == span.b || !lex.list_actor_links.contains(tk[prep].lower)) return false;
  const Token& head = tk[prep - 1];
  const bool actor = head.tag == "NNP" || head.tag == "NNPS" || lex.agents.count(head.lower) > 0 ||
                     lex.role_nouns.count(head.lemma) > 0;
  if (!actor || second >= span.e || tk[second].tag == "DT") return false;
  const int ni = c.noun_at[second];
  if (ni < 0) return false;
  const Token& h = tk[c.nouns[ni].head];
  // The second actor is people: a plural common noun, an agent noun, or a role noun.
  return h.tag == "NNS" || lex.agents.count(h.lower) > 0 || lex.role_nouns.count(h.lemma) > 0;
}

std::vector<Span> list_items(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                             const std::vector<TimeExpression>& times, const Span& span, std::string_view relation,
                             bool subject) {
  std::vector<Span> items;
  if (span.empty() || span.e - span.b < 3) return items;
  // The commas and closers outside brackets and quotes; a closer is the list's only when it
  // comes after the last comma ("term limits for mayors and judges, lowering the voting age, and
  // free meals": the first "and" is inside an item).
  std::vector<size_t> commas;
  size_t closer = kNone, closer_len = 0;
  int depth = 0;
  for (size_t k = span.b + 1; k < span.e; ++k) {
    if (opens(tk[k])) ++depth;
    else if (closes(tk[k])) depth = depth > 0 ? depth - 1 : 0;
    if (depth > 0) continue;
    if (tk[k].text == ","sv) {
      commas.push_back(k);
      closer = kNone;
    } else if (size_t len = phrase_at(tk, k, lex.list_closers)) {
      // A fixed pair of data/lexicon/list_words.tsv ("research and development", "law and
      // order") is one item: its "and" closes nothing.
      if (k > span.b && phrase_at(tk, k - 1, lex.list_pairs)) continue;
      if (closer == kNone) closer = k, closer_len = len, k += len - 1;
      else if (commas.empty()) return items;  // "A and B and C": which joins what is not clear
    }
  }
  if (closer == kNone || closer + closer_len >= span.e) return items;
  // Without commas the first item reads as one noun group: in "the sale of the stadium and the
  // park" the "and" may join inside the "of" phrase.
  // A subject's list is read so only without a preposition before the closer ("sales of copiers,
  // printers and other products will exceed" is one subject) but after an actor's phrase.
  if (commas.empty() || subject)
    for (size_t k = span.b; k < closer; ++k)
      if (is_prep(tk[k])) {
        if (!subject || !actor_phrase_then_bare_actor(tk, c, lex, span, k, closer + closer_len)) return items;
        break;
      }
  size_t b = span.b;
  for (size_t comma : commas) {
    items.push_back({b, comma});
    b = comma + 1;
  }
  if (closer > b) items.push_back({b, closer});  // no comma before the closer: "A, B and C"
  items.push_back({closer + closer_len, span.e});
  if (items.size() > kMaxItems || modifier_coordination(tk, c, lex, items)) return {};
  // The "and" between two names may be inside one name ("Procter and Gamble"): the entities the
  // names link tell (Linker::heads_into), so the two stay one item here. After a comma it is not.
  const size_t before_closer = last_word(tk, span.b, closer);
  bool names_joined = tk[closer - 1].text != ","sv && before_closer != kNone && is_name_tag(tk[before_closer]) &&
                      is_name_tag(tk[closer + closer_len]);
  bool any_common = false;
  bool name_before = false;  // the item before is a name
  for (size_t i = 0; i < items.size(); ++i) {
    const Span& item = items[i];
    if (!stands_alone(c, times, item)) return {};
    // Each item but the last ends on a noun: "new and old members" joins modifiers.
    if (i + 1 < items.size()) {
      const size_t end = last_word(tk, item.b, item.e);
      if (end == kNone || !is_noun_tag(tk[end].tag)) return {};
    }
    if (i > 0 && appositive_after_name(tk, c, items[i - 1], item)) return {};
    // A later item that reads as a clause ends the list before it (list_item_is_clause).
    if (i > 0 && list_item_is_clause(tk, c, lex, times, item, relation)) {
      items.resize(i);
      names_joined = false;  // the closer's item is gone
      break;
    }
    const size_t head = first_head(c, item.b, item.e);
    const bool name = head != kNone && is_name_tag(tk[head]);
    // A comma between two names is as often a place and its state or country ("its Des Moines,
    // Iowa, and Tulsa plants") as a list: the names' entities tell (Linker::heads_into).
    if (i > 0 && name && name_before && tk[item.b - 1].text == ","sv) return {};
    name_before = name;
    any_common = any_common || !name;
  }
  if (items.size() < 2) return {};
  // Names alone are the entity linker's to split (and it keeps their text whole, as before).
  if (!any_common) return {};
  if (names_joined) {
    items[items.size() - 2].e = items.back().e;
    items.pop_back();
    if (items.size() < 2) return {};
  }
  return items;
}

namespace {

// The subject of `t` as a list (subject-list-item), or nothing: an active clause's subject (a
// passive's agent names the doer of "were attacked by A and B", read by its rule's own name); not
// a claim's speaker, a copula, a symmetric event ("the mayor and the unions met" is one meeting,
// between them: the pipeline pairs a symmetric event's subjects), a participial modifier, or a
// relative clause (its relative word stands for the last item alone: "a broker and an investor
// who pleaded guilty").
std::vector<Span> subject_items(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                                const std::vector<TimeExpression>& times, const Triple& t) {
  if (t.subject.empty() || t.passive || t.attribution || t.surface_only || t.predicate == "be"sv ||
      t.rule == "participial-modifier"sv || t.rule == "relative-clause"sv)
    return {};
  // Most subjects are no list: a span with no "and" or "as well as" is passed by one scan.
  bool closer = false;
  for (size_t k = t.subject.b + 1; k < t.subject.e && !closer; ++k) closer = tk[k].lower == "and"sv || tk[k].lower == "well"sv;
  if (!closer) return {};
  // The list must open its clause: at the sentence's start, after a comma (below), colon, quote,
  // "that" or a subordinator, or after ", and". A subject read past a preposition ("On Earth, worms and
  // clams"), a verb ("over falling pork prices and milk producers blocked") or a bare "and" may
  // begin inside the clause before, whose object its first item is.
  if (const size_t b = t.subject.b; b > 0) {
    const Token& before = tk[b - 1];
    // A comma opens the clause only after a fronted adverbial with no verb ("In the year, A and B
    // earned", "Since then, A and B"); elsewhere it may be a comma of a list the subject was cut
    // from ("loans made by banks, brokers and other lenders fell").
    bool verb_before = false;
    for (size_t k = 0; k + 1 < b && !verb_before; ++k) verb_before = c.verb_at[k] >= 0;
    const bool fronted = !verb_before && (tk[0].tag == "IN" || tk[0].tag == "RB" || tk[0].tag == "CC");
    const bool opens = (before.text == ","sv && fronted) || before.text == ":"sv || before.text == ";"sv || is_quote(before) ||
                       before.lower == "that"sv || (before.tag == "IN" && is_subordinator(before)) ||
                       ((before.lower == "and"sv || before.lower == "but"sv) && b > 1 && tk[b - 2].text == ","sv);
    if (!opens) return {};
  }
  // What a cue verb's subject list says is one claim of its speakers (claims.cpp reads them).
  if (lex.cues.contains(t.predicate)) return {};
  if (const auto it = lex.events.find(t.predicate + "\t*"); it != lex.events.end() && it->second.symmetric) return {};
  std::vector<Span> items = list_items(tk, c, lex, times, t.subject, {}, true);
  // "Secretary Monsod and I get along": a pronoun among the items joins the speaker to the others
  // (and "Accord and it will" is a clause cut short): no list.
  for (const Span& item : items)
    if (tk[item.b].tag == "PRP") return {};
  return items;
}

}  // namespace

void split_object_lists(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                        const std::vector<TimeExpression>& times, std::vector<Triple>& triples) {
  // Most sentences have no list: nothing is copied unless one is found.
  std::vector<Triple> out;
  std::vector<Span> objects, subjects;
  for (size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    objects.clear();
    // The object, or a passive's patient ("Schools and colleges were closed"). Not with an agent:
    // the agent and its victims are read by that rule's name (violent_acts.cpp); nor a
    // participial modifier's, read for the noun it modifies (text_subjects.cpp). "talks between A
    // and B" names the two sides of one event. What a cue verb takes is what was said ("said the
    // data and a rise in prices indicated ..."), not a list of things.
    if (!t.object.empty() && !t.attribution && !t.surface_only && t.rule != "participial-modifier"sv &&
        !is_passive_agent_rule(t.rule) && !lex.cues.contains(t.predicate) &&
        // "checked forty jets and ten of those were grounded": a verb right after an object makes
        // its last noun group a subject (a passive's patient stands before its own verb).
        !(!t.passive && t.object.e < tk.size() && c.verb_at[t.object.e] >= 0) &&
        !(t.object.b > 0 && (tk[t.object.b - 1].lower == "between"sv || tk[t.object.b - 1].lower == "among"sv)))
      objects = list_items(tk, c, lex, times, t.object, t.relation, false);
    subjects = subject_items(tk, c, lex, times, t);
    if (objects.empty() && subjects.empty()) {
      if (!out.empty()) out.push_back(std::move(triples[i]));
      continue;
    }
    if (out.empty()) {
      out.reserve(triples.size() + objects.size() + subjects.size());
      for (size_t k = 0; k < i; ++k) out.push_back(std::move(triples[k]));
    }
    const size_t first = out.size();
    // subject-list-item: one triple per item of a list subject, each then split by its object list.
    if (subjects.empty()) {
      out.push_back(triples[i]);
    } else {
      for (size_t k = 0; k < subjects.size(); ++k) {
        Triple& item = out.emplace_back(triples[i]);
        item.subject = subjects[k];  // the surface arguments keep the list whole, as for objects
        if (k > 0) item.rule = kSubjectListItem;
      }
    }
    if (objects.empty()) continue;
    const size_t last = out.size();
    for (size_t s = first; s < last; ++s) {
      for (size_t k = 0; k < objects.size(); ++k) {
        // The first item stays in place (an added one would move `out` under a reference).
        Triple item = out[s];
        item.object = objects[k];  // the surface arguments (arg1, arg2: CaRB's reading) keep the list whole
        const size_t head = first_head(c, objects[k].b, objects[k].e);
        item.object_head = tk[head == kNone ? objects[k].e - 1 : head].lemma;
        if (k > 0) item.rule = kObjectListItem;
        if (k == 0) out[s] = std::move(item);
        else out.push_back(std::move(item));
      }
    }
  }
  if (!out.empty()) triples = std::move(out);
}

}  // namespace newsgraph
