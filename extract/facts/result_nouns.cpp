// Result nouns (see result_nouns.h): the construction "result-noun".
#include "result_nouns.h"

#include "chunker.h"  // is_noun_tag

#include <string_view>
#include <utility>

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

bool is_name_tag(const Token& t) { return t.tag == "NNP" || t.tag == "NNPS"; }

// The row of data/lexicon/result_nouns.tsv for the noun at i and the preposition after it.
const Lexicons::ResultNoun* result_row(const std::vector<Token>& tk, size_t i, const Lexicons& lex) {
  if (i + 1 >= tk.size() || !is_noun_tag(tk[i].tag) || is_name_tag(tk[i])) return nullptr;
  const std::string& noun = lex.result_noun_words.find(tk[i].lower) != StringTable::kNone ? tk[i].lower : tk[i].lemma;
  for (const Lexicons::ResultNoun& r : lex.result_nouns)
    if (r.noun == noun && r.preposition == tk[i + 1].lower) return &r;
  return nullptr;
}

// The first word of the noun group that the result noun at i ends: its modifiers ("FA Cup",
// "narrow", "home"), its score ("3-1", "22 points to 10"), never its determiner.
size_t group_start(const std::vector<Token>& tk, size_t i) {
  size_t b = i;
  while (b > 0) {
    const Token& t = tk[b - 1];
    const bool modifier = t.tag == "JJ" || t.tag == "JJS" || t.tag == "CD" || is_noun_tag(t.tag) || t.tag == "HYPH";
    // "22 points to 10": the "to" of a score, between a count and a number.
    const bool score_to = t.lower == "to"sv && b - 1 > 0 && (tk[b - 2].tag == "NNS" || tk[b - 2].tag == "CD") &&
                          tk[b].tag == "CD";
    if (!modifier && !score_to) break;
    --b;
  }
  return b;
}

// The owner is the clause's subject: the group follows a lead word and a determiner ("with a 3-1
// win over", "secured a victory against", "cruised to a win over"); "to" only after a verb.
bool after_lead(const std::vector<Token>& tk, size_t b, const Lexicons& lex) {
  if (b < 2 || (tk[b - 1].tag != "DT" && tk[b - 1].tag != "PRP$")) return false;
  const Token& lead = tk[b - 2];
  const bool listed = lex.result_noun_leads.find(lead.lower) != StringTable::kNone ||
                      (!lead.lemma.empty() && lead.tag[0] == 'V' && lex.result_noun_leads.find(lead.lemma) != StringTable::kNone);
  if (!listed) return false;
  if (lead.lower == "to"sv) return b >= 3 && !tk[b - 3].tag.empty() && tk[b - 3].tag[0] == 'V';
  return true;
}

// The sentence already says that `winner` beat `loser` (a second result noun for the same match).
bool already_said(const std::vector<ExtractedRelation>& relations, size_t first, const std::string& winner,
                  const std::string& loser) {
  for (size_t r = first; r < relations.size(); ++r)
    if (relations[r].subject == winner && relations[r].object == loser && relations[r].predicate == "defeat"sv) return true;
  return false;
}

}  // namespace

void add_result_noun_events(const std::vector<Token>& tk, size_t si, const Lexicons& lex, const ParticipantNames& names,
                            const ClauseRelationAt& clause_at, const SentenceTime& time,
                            std::vector<ExtractedRelation>& relations, size_t first) {
  for (size_t i = 1; i + 2 < tk.size(); ++i) {
    // A common noun before a preposition ("win over", "defeat to"): tag tests turn away most
    // tokens before the noun is probed, and the rows are read only for a result noun.
    const PosTag& next = tk[i + 1].tag;
    if ((next != "IN" && next != "TO") || tk[i].tag[0] != 'N' || is_name_tag(tk[i])) continue;
    if (lex.result_noun_words.find(tk[i].lower) == StringTable::kNone &&
        lex.result_noun_words.find(tk[i].lemma) == StringTable::kNone)
      continue;
    const Lexicons::ResultNoun* row = result_row(tk, i, lex);
    if (!row) continue;
    // The other side: the name after the preposition ("over (the) Millford Town").
    size_t ob = i + 2;
    if (ob < tk.size() && tk[ob].tag == "DT") ++ob;
    size_t oe = ob;
    while (oe < tk.size() && is_name_tag(tk[oe])) ++oe;
    if (oe == ob) continue;
    const std::vector<std::string> other = names(ob, oe);
    if (other.empty()) continue;
    // The owner: a name's possessive opening the group, else the clause subject after a lead word.
    const size_t b = group_start(tk, i);
    const ExtractedRelation* host = clause_at(i);
    std::string owner;
    if (b >= 2 && tk[b - 1].tag == "POS" && is_name_tag(tk[b - 2])) {
      size_t s = b - 2;
      while (s > 0 && is_name_tag(tk[s - 1])) --s;
      if (std::vector<std::string> o = names(s, b - 1); !o.empty()) owner = o.front();
    } else if (host && after_lead(tk, b, lex)) {
      owner = host->subject;
    }
    if (owner.empty() || owner == other.front()) continue;
    const std::string& winner = row->owner_wins ? owner : other.front();
    const std::string& loser = row->owner_wins ? other.front() : owner;
    if (already_said(relations, first, winner, loser)) continue;
    ExtractedRelation r;
    if (host) {  // the clause's time, place, modality and polarity ("failed to secure a win over")
      r.has_time = host->has_time;
      r.time = host->time;
      r.time_rule = host->time_rule;
      r.location = host->location;
      r.modality = host->modality;
      r.polarity = host->polarity;
      r.claim = host->claim;
    } else {
      r.time = time();
      r.has_time = !r.time.value.empty();
    }
    r.subject = winner;
    r.object = loser;
    r.subject_text = r.subject;
    r.object_text = r.object;
    r.arg1 = r.subject;
    r.arg2 = r.object;
    r.predicate = "defeat";
    r.text = tk[i].text + " " + tk[i + 1].text;
    r.confidence = 0.8;
    r.sentence = si;
    r.rule = "result-noun";
    relations.push_back(std::move(r));  // after the reads: `host` points into `relations`
  }
}

}  // namespace newsgraph
