#include "pipeline.h"
#include "agent_actors.h"
#include "event_nouns.h"
#include "result_nouns.h"
#include "event_targets.h"
#include "stance_events.h"
#include "that_clause_events.h"
#include "labelling_events.h"
#include "non_actor_subjects.h"
#include "violent_acts.h"
#include "text_subjects.h"

#include "dateline_region.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "calendar.h"
#include "chunker.h"
#include "chunks_pool.h"
#include "complement_events.h"
#include "conjuncts.h"
#include "object_lists.h"
#include "definite_descriptions.h"
#include "entities.h"
#include "name_merges.h"
#include "plural_members.h"
#include "sentence_initial_words.h"
#include "team_names.h"
#include "page_furniture.h"
#include "first_person_plural.h"
#include "interview_speakers.h"
#include "interview_turns.h"
#include "quotations.h"
#include "reported_speech.h"  // is_document_noun
#include "study_authors.h"
#include "text_util.h"
#include "token_pool.h"
#include "time_normalizer.h"
#include "triples.h"

namespace newsgraph {

// Comparisons with "..."sv check the length before the bytes (std::string == const char* does not).
using namespace std::string_view_literals;
namespace {

struct SentenceWork {
  Sentence sentence;
  Chunks chunks;
  std::vector<TimeExpression> times;
  SentenceFacts facts;
  int turn = -1;  // index into ArticleRun::turns of the interview turn it belongs to, or -1
};

// A span's text as assign_span_text writes it (its words, one space where white space stood before
// a word), copied from the article `text` in one piece when the article holds exactly that: each
// word's bytes at its offsets and, between words, one ' ' where the word is spaced and nothing
// where it is not. Every relation's arguments are written so, and word by word the copy cost a
// call per word; a span whose article text differs (a line break, two spaces) is joined from its
// words as before.
void assign_article_span(std::string_view text, const std::vector<Token>& tk, const Span& s, std::string& out) {
  const size_t last = std::min<size_t>(s.e, tk.size());
  if (s.empty() || s.b >= last) {
    out.clear();
    return;
  }
  auto as_written = [&](const Token& w) { return w.end <= text.size() && w.end - w.start == w.text.size(); };
  bool verbatim = as_written(tk[s.b]);
  for (size_t i = s.b + 1; verbatim && i < last; ++i) {
    const Token& w = tk[i];
    const uint32_t after_previous = tk[i - 1].end;
    verbatim = as_written(w) && (w.space_before || w.newline_before ? w.start == after_previous + 1 && text[after_previous] == ' '
                                                                  : w.start == after_previous);
  }
  if (!verbatim) return assign_span_text(tk, s, out);
  // The words are checked by length only: a token's text is the article's bytes at its offsets
  // (Token::text; the tokenizer makes each token a view of the text it splits).
  out.assign(text.data() + tk[s.b].start, tk[last - 1].end - tk[s.b].start);
}

// Head nouns that make "the Canadian cabinet" or "Beijing's government" stand for the country.
bool government_word(const std::string& lemma) {
  return lemma == "government"sv || lemma == "cabinet"sv || lemma == "administration"sv || lemma == "authority"sv ||
         lemma == "authorities"sv || lemma == "ministry"sv || lemma == "official"sv || lemma == "side"sv ||
         lemma == "delegation"sv || lemma == "negotiator"sv;
}

// government-of-named-country: the nouns that name a country's government as a whole.
bool national_government(const std::string& lemma) {
  return lemma == "government"sv || lemma == "administration"sv || lemma == "cabinet"sv;
}

// A contest's score as one token: one or two digits, a hyphen, one or two digits ("2-0",
// "17-16", "6-7"); a model number ("ATR 72-500") has more.
bool is_score(std::string_view w) {
  const size_t dash = w.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash > 2 || w.size() - dash < 2 || w.size() - dash > 3) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (i != dash && (w[i] < '0' || w[i] > '9')) return false;
  return true;
}


// The prepositions whose phrase names what a clause without an object of its own is aimed at
// ("lodged a protest with Tokyo", "received grants from the Arts Council").
bool is_target_preposition(std::string_view p) {
  return p == "on"sv || p == "against"sv || p == "with"sv || p == "to"sv || p == "from"sv || p == "toward"sv;
}

// A place is no target, except a capital for a typed event (`typed`): "lodged a protest with
// Tokyo" is aimed at the government seated there.
bool may_be_target(const Mention& m, bool typed) {
  return !m.entity.empty() && (m.type != EntityType::kPlace || (typed && m.capital));
}

class Linker {
 public:
  Linker(std::vector<SentenceWork>& work, std::vector<Mention>& mentions) : work_(work), mentions_(mentions) {
    by_sentence_.resize(work_.size());
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].sentence >= by_sentence_.size()) by_sentence_.resize(mentions_[i].sentence + 1);
      by_sentence_[mentions_[i].sentence].push_back(i);
    }
  }

  // The entities that head the conjuncts of a span ("Ferreira and Okafor" -> both). `agent`
  // applies metonymy: a capital or a national government word acting stands for the country.
  std::vector<size_t> heads(size_t si, const Span& span, bool agent) {
    std::vector<size_t> out;
    heads_into(si, span, agent, out);
    return out;
  }

  // heads()'s first entity, or -1, for the callers that take one (a speaker, a target): read into
  // a buffer kept from call to call, where a vector made per call cost an allocation. heads_into
  // runs in full either way, so the metonymy it applies to later conjuncts is the same.
  long first_head(size_t si, const Span& span, bool agent) {
    heads_into(si, span, agent, found_);
    return found_.empty() ? -1 : static_cast<long>(found_[0]);
  }

  // heads(), into `out` (cleared first).
  void heads_into(size_t si, const Span& span, bool agent, std::vector<size_t>& out) {
    out.clear();
    if (span.empty() || !may_head(si, span)) return;
    const auto& tk = work_[si].sentence.tokens;
    const Chunks& c = work_[si].chunks;
    // Conjuncts: split at top-level "and"/"or"/"," between noun groups.
    std::vector<Span>& parts = parts_;
    parts.clear();
    size_t b = span.b;
    bool list = false;  // commas separate conjuncts only in a list that closes with "and"/"or"
    // Every word of the span is tested against these few words: is_word compares them inline.
    for (size_t k = span.b; k < span.e && tk[k].tag != "IN"; ++k) list = list || is_word(tk[k].lower, "and") || is_word(tk[k].lower, "or");
    // "Presidents A of Chile and B of Peru": each conjunct keeps its own "of" (conjuncts.h).
    const size_t parallel = parallel_of_conjunction(tk, c, span);
    for (size_t k = span.b; k < span.e; ++k) {
      const std::string& lw = tk[k].lower;
      bool separator = is_word(lw, "and") || is_word(lw, "or") || (list && is_word(lw, ","));
      // "A, B, and C": the comma before "and" is part of the separator.
      bool after_list_comma = list && k > span.b + 1 && is_word(tk[k - 1].text, ",") && c.noun_at[k - 2] >= 0;
      if (separator && k > span.b && (c.noun_at[k - 1] >= 0 || after_list_comma) && k + 1 < span.e && c.noun_at[k + 1] >= 0 &&
          !inside_name(si, k)) {
        parts.push_back({b, k});
        b = k + 1;
      }
      // "talks between A and B": the head is "talks". A preposition inside a name ("the Bank of
      // Canada", "the Center for Fiscal Policy": name-spans-preposition) or inside a person's title
      // ("Secretary of State Owen Fairley") ends no noun group.
      if ((is_word(lw, "of") || tk[k].tag == "IN") && (parallel == kNone || k > parallel) && !preposition_in_name(si, k)) break;
    }
    // When the split stopped at a preposition, only the first NP chain counts.
    size_t stop = span.e;
    for (size_t k = parallel == kNone ? span.b : b; k < span.e; ++k)
      if ((tk[k].tag == "IN" || tk[k].tag == "TO") && !preposition_in_name(si, k)) {
        stop = k;
        break;
      }
    parts.push_back({b, std::min(stop, span.e)});
    // demonym-coordination: "the French and German governments", "the British, Irish and Dutch
    // officials": the demonyms before "and" and the commas have no head of their own but share
    // the last conjunct's government word, so each acts as its country (as "the Chilean
    // government" does). `shared_government` is that head, tested once per span.
    bool shared_government = false;
    if (agent && parts.size() > 1) {
      const Span& last = parts.back();
      const int ni = last.empty() ? -1 : c.noun_at[last.b];
      shared_government = ni >= 0 && c.nouns[ni].head < last.e && government_word(tk[c.nouns[ni].head].lemma);
    }
    for (const Span& p : parts) {
      if (p.empty()) continue;
      int ni = c.noun_at[p.b];
      size_t head = ni >= 0 ? c.nouns[ni].head : p.e - 1;
      if (head >= p.e) head = p.e - 1;
      // score-after-name: "beat Bath 17-16", "beat Kiefer 6-7 6-4 6-2": the score the chunker took
      // into the noun group is the result, the name before it the participant. The score stays in
      // the object's words.
      if (tk[head].tag == "CD" && is_score(tk[head].text)) {
        size_t h = head;
        while (h > p.b && tk[h].tag == "CD" && is_score(tk[h].text)) --h;
        if (tk[h].tag == "NNP" || tk[h].tag == "NNPS") head = h;
      }
      if (head + 1 < p.e && is_word(tk[head + 1].lower, "of"))  // "Secretary of State Owen Fairley": the person
        if (const long person = person_after_title_of(si, head + 1); person >= 0 && mentions_[person].tok_end <= p.e)
          head = mentions_[person].tok_end - 1;
      long best = -1;
      long demonym = -1;  // "the Chilean government"
      long country_before = -1;  // government-of-named-country: "the United States government"
      for (size_t mi : in_sentence(si)) {
        const Mention& m = mentions_[mi];
        if (m.tok_begin < p.b || m.tok_end > p.e) continue;
        if (m.kind == MentionKind::kDemonym) {
          if (demonym < 0) demonym = static_cast<long>(mi);
          continue;
        }
        if (m.entity.empty()) continue;
        if (m.tok_begin <= head && head < m.tok_end) best = static_cast<long>(mi);
        else if (m.kind == MentionKind::kName && m.type == EntityType::kCountry && m.tok_end == head)
          country_before = static_cast<long>(mi);
      }
      bool government_of_demonym = false;
      if (best < 0 && demonym >= 0 && agent && government_word(tk[head].lemma)) best = demonym, government_of_demonym = true;
      // demonym-coordination: a conjunct before the last that ends on its demonyms ("the French"
      // of "the French and German governments"; "French, West German" of "French, West German
      // and Dutch officials", where the comma after an adjective split nothing) is each of them,
      // a demonym before a comma or at the conjunct's end.
      if (best < 0 && demonym >= 0 && shared_government && &p != &parts.back()) {
        for (size_t mi : in_sentence(si)) {
          const Mention& m = mentions_[mi];
          if (m.kind == MentionKind::kDemonym && m.tok_begin >= p.b && m.tok_end <= p.e &&
              (m.tok_end == p.e || tk[m.tok_end].text == ","sv))
            out.push_back(mi);
        }
        continue;
      }
      // The government itself, named by the country's name, acts as the country as a capital does
      // (the news gold writes "United States" for it); its officials and negotiators stay agents.
      if (best < 0 && country_before >= 0 && agent && national_government(tk[head].lemma)) best = country_before;
      if (best < 0) continue;
      Mention& m = mentions_[best];
      // "the French capital Paris", "the city of Kyiv": called a city, the capital is the place.
      const bool called_city = m.tok_begin > 0 && (tk[m.tok_begin - 1].lemma == "capital"sv || tk[m.tok_begin - 1].lemma == "city"sv ||
                                                   (m.tok_begin > 1 && tk[m.tok_begin - 1].lower == "of"sv && tk[m.tok_begin - 2].lemma == "city"sv));
      if (agent && m.capital && !m.country.empty() && m.kind != MentionKind::kDemonym && !called_city) {
        m.entity = m.country;
        m.type = EntityType::kCountry;
        m.capital = false;
        m.metonymy = true;
      }
      out.push_back(static_cast<size_t>(best));
      // demonym-coordination inside one conjunct: "the Polish and Czech governments" is also each
      // demonym that "and", "or" or a comma joins to the demonym right before it.
      if (government_of_demonym) {
        size_t previous_end = m.tok_end;
        for (size_t mi : in_sentence(si)) {
          const Mention& d = mentions_[mi];
          if (d.kind != MentionKind::kDemonym || d.tok_begin <= m.tok_begin || d.tok_end > p.e) continue;
          const std::string& joint = tk[d.tok_begin - 1].lower;
          if (d.tok_begin != previous_end + 1 || !(joint == "and"sv || joint == "or"sv || joint == ","sv)) break;
          out.push_back(mi);
          previous_end = d.tok_end;
        }
      }
      // plural-pronoun-members: "Both" of "A and B won. Both earned ..." is a mention per member at
      // one span (plural_members.h): the clause is about each of them, as "A and B earned" is.
      if (m.rule == kPluralMembersRule)
        for (size_t mi : in_sentence(si)) {
          const Mention& o = mentions_[mi];
          if (static_cast<long>(mi) != best && o.rule == kPluralMembersRule && o.tok_begin == m.tok_begin && o.tok_end == m.tok_end)
            out.push_back(mi);
        }
    }
  }

  // Entity in the extra arguments that a relation without an entity object is aimed at
  // ("tariffs on Brazilian coffee" -> Brazil). A place is no target, except a capital for a typed
  // event (`typed`): "lodged a protest with Tokyo" is aimed at the government seated there.
  long target_in_extras(size_t si, const Triple& t, bool typed) {
    const auto& tk = work_[si].sentence.tokens;
    for (const Span& s : t.extra) {
      if (!is_target_preposition(tk[s.b].lower)) continue;
      for (size_t mi : in_sentence(si)) {
        const Mention& m = mentions_[mi];
        if (m.tok_begin >= s.b && m.tok_end <= s.e && may_be_target(m, typed)) return static_cast<long>(mi);
      }
    }
    return -1;
  }

  // target-list-item: the other names of a list the target `first` (target_in_extras) opens
  // ("received grants from the Arts Council, the Wellcome Trust and the National Science
  // Foundation", "met officials from France, Germany and Italy"): each is a target of its own, as
  // each item of a list object is (object-list-item). The list is the conjuncts heads() reads
  // right after the preposition, so an "and" inside a known name ("Securities and Exchange
  // Commission") and a phrase after the first item ("A in Lima and B") join nothing, nor does an
  // "and" between two untyped names ("Procter and Gamble"); `first` must head the first conjunct.
  // Appends to `out`; nothing when the phrase holds no list.
  void target_list_items(size_t si, const Triple& t, bool typed, size_t first, std::vector<size_t>& out) {
    const auto& tk = work_[si].sentence.tokens;
    const Chunks& c = work_[si].chunks;
    // A passive's phrase may be its agent's ("dominated by players from A and B"), a copula's
    // names whom its subject is with ("were in a band with A and B"): no targets of an act.
    if (t.passive || t.predicate == "be"sv) return;
    for (const Span& s : t.extra) {
      if (mentions_[first].tok_begin < s.b || mentions_[first].tok_end > s.e) continue;
      if (!is_target_preposition(tk[s.b].lower) || s.e - s.b < 4) return;
      // The phrase is the clause's own, right after its object or its verb: after another phrase
      // it may be that phrase's noun's ("scored through tries from A, B and C", "spoke about
      // working with colleagues A and B").
      const bool after_object = !t.object.empty() && s.b == t.object.e;
      const bool after_verb = t.verb != kNone && s.b == c.verbs[t.verb].end;
      if (!after_object && !after_verb) return;
      std::vector<size_t> items;
      heads_into(si, Span{s.b + 1, s.e}, false, items);
      if (items.size() < 2 || items[0] != first) return;
      // "with Procter and Gamble", "from Marks and Spencer": two untyped names joined by "and" alone
      // are as often one firm's name of two surnames as two things.
      const bool untyped_pair = items.size() == 2 && mentions_[items[0]].type == EntityType::kOther &&
                                mentions_[items[1]].type == EntityType::kOther;
      if (untyped_pair) return;
      // "against the Board and the Federal Savings and Loan Insurance Corp": an "and" and a capital
      // right after the last name show a name the mentions cut at its own "and", so which "and"
      // closes the list is not clear.
      if (const size_t after = mentions_[items.back()].tok_end;
          after + 1 < tk.size() && (tk[after].lower == "and"sv || tk[after].text == "&"sv) && is_upper_initial(tk[after + 1].text))
        return;
      for (size_t k = 1; k < items.size(); ++k)
        if (may_be_target(mentions_[items[k]], typed) && mentions_[items[k]].entity != mentions_[first].entity)
          out.push_back(items[k]);
      return;
    }
  }

  // Can heads() find anything in the span: does a mention it could pick (an entity, or a demonym
  // for metonymy) lie inside it? Each conjunct it reads lies inside the span, so when none does
  // it returns nothing; this one pass over the sentence's few mentions spares the passes over the
  // span's words for the many spans that name no entity ("the price", "a statement").
  // name-spans-conjunction: an "and" inside one name ("Securities and Exchange Commission",
  // "Pacific Gas and Electric Company (PG&E)" joined by acronym-in-brackets) joins no conjuncts.
  bool inside_name(size_t si, size_t k) const {
    for (size_t mi : in_sentence(si)) {
      const Mention& m = mentions_[mi];
      if (m.kind == MentionKind::kName && m.tok_begin < k && k + 1 < m.tok_end) return true;
    }
    return false;
  }

  // title-of-before-name: the "of" at k is inside the title of the person named right after it
  // ("Secretary of State Owen Fairley said", "Minister of Health Ana Ruiz"): the span's head is the
  // person, not the title's first words, so the "of" does not end the head's noun group. The
  // title's word before the "of" is capitalized. The person's mention (its title read by
  // split_title, so its role is set), or -1.
  long person_after_title_of(size_t si, size_t k) const {
    const auto& tk = work_[si].sentence.tokens;
    if (k == 0 || !is_upper_initial(tk[k - 1].text)) return -1;  // "relatives of Li Ka-shing": no title
    for (size_t e = k + 1; e < tk.size() && e <= k + 3 && is_upper_initial(tk[e].text); ++e)
      for (size_t mi : in_sentence(si)) {
        const Mention& m = mentions_[mi];
        if (m.tok_begin == e && m.kind == MentionKind::kName && m.type == EntityType::kPerson && !m.role.empty())
          return static_cast<long>(mi);
      }
    return -1;
  }

  bool preposition_in_name(size_t si, size_t k) const {
    return inside_name(si, k) || (is_word(work_[si].sentence.tokens[k].lower, "of") && person_after_title_of(si, k) >= 0);
  }

  bool may_head(size_t si, const Span& span) const {
    for (size_t mi : in_sentence(si)) {
      const Mention& m = mentions_[mi];
      if (m.tok_begin >= span.b && m.tok_end <= span.e && (m.kind == MentionKind::kDemonym || !m.entity.empty())) return true;
    }
    return false;
  }

  // relations_of_triple's subject and object entities, kept from triple to triple: vectors made
  // per triple cost an allocation or two each.
  std::vector<size_t> subjects, objects;

  long mention_in(size_t si, const Span& s) {
    for (size_t mi : in_sentence(si)) {
      const Mention& m = mentions_[mi];
      if (m.tok_begin >= s.b && m.tok_end <= s.e && !m.entity.empty()) return static_cast<long>(mi);
    }
    return -1;
  }

 private:
  std::vector<SentenceWork>& work_;
  std::vector<Mention>& mentions_;
  // The indexes of each sentence's mentions, by sentence index (a vector: looked up for every
  // span linked). Every sentence has an entry: the constructor sizes the vector to the sentences
  // at least, and each caller's `si` indexes work_ (a plain index keeps this call inlined).
  const std::vector<size_t>& in_sentence(size_t si) const { return by_sentence_[si]; }
  std::vector<std::vector<size_t>> by_sentence_;
  // heads()'s conjuncts, kept from call to call: it runs for every span linked, and a vector
  // made per call cost an allocation each time.
  std::vector<Span> parts_;
  std::vector<size_t> found_;  // first_head()'s entities, kept from call to call
};

// The place of a dateline ("HOUSTON, Feb 26 -", "BRASILIA, Brazil (Agency) -") is where the
// article was filed: a mention of the article (never a fact), with its country.
void add_dateline_places(const std::string& text, size_t body_start, const Lexicons& lex, std::vector<Mention>& out) {
  if (body_start == 0) return;
  size_t b = 0;
  size_t line = text.rfind('\n', body_start > 0 ? body_start - 1 : 0);
  if (line != std::string::npos && line < body_start) b = line + 1;
  while (b < body_start && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  size_t e = b;
  while (e < body_start && text[e] != ',' && text[e] != '(' && !(text[e] == ' ' && text[e + 1] == '-')) ++e;
  while (e > b && text[e - 1] == ' ') --e;
  if (e <= b || e - b > 40) return;
  std::string place = text.substr(b, e - b);
  const GazetteerEntry* g = lex.find_place(place);
  // "PORTLAND, Ore., Feb 26 -", "KIGOMA, Tanzania -": the region after the comma names the
  // country, and is a mention of its own (hook: dateline_region.h).
  std::string region_country;
  std::optional<DatelineRegion> region;
  if (e < body_start && text[e] == ',' && (region = dateline_region(text, e + 1, body_start, lex)))
    region_country = region->country;
  // "CANTON, Mass.", "READING, Penn.": the region says which town of that name it is, not the
  // better-known one abroad.
  if (g && !region_country.empty() && g->type == EntityType::kPlace && g->country != region_country) g = nullptr;
  if (!g && region_country.empty()) return;
  Mention m;
  m.sentence = 0;
  m.start = static_cast<uint32_t>(b);
  m.end = static_cast<uint32_t>(e);
  m.text = place;
  m.kind = MentionKind::kDateline;
  m.rule = "dateline-place";
  if (g) {
    m.type = g->type;
    m.entity = g->canonical;
    m.country = g->type == EntityType::kCountry ? g->canonical : g->country;
  } else {
    // An unknown city in a known region: named in title case ("ROCHESTER" -> "Rochester").
    std::string name = place;
    bool start = true;
    for (char& c : name) {
      c = start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      start = c == ' ' || c == '-';
    }
    m.type = EntityType::kPlace;
    m.entity = name;
    m.country = region_country;
  }
  out.push_back(std::move(m));
  if (region) out.push_back(std::move(region->mention));
}

// "now", "currently" (PRESENT_REF) name the article's day: its date, so that timelines order them.
TimeValue time_value(const TimeExpression& te, const std::string& text, const std::string& article_date) {
  TimeValue tv;
  tv.text = text.substr(te.start, te.end - te.start);
  tv.value = te.value == "PRESENT_REF"sv && !article_date.empty() ? article_date : te.value;
  tv.type = te.type;
  return tv;
}

// No expression in the clause: the article date stands in. Filled in place into a fresh
// TimeValue (most claims and relations take it, and a TimeValue made and moved cost three strings).
void set_article_date(TimeValue& tv, const std::string& article_date) {
  tv.value = article_date;
  tv.type = "DATE"sv;
  tv.from_article = true;
}

// A clause dated from another clause's day by an offset (time-offset-before-after, "a day
// after"): that day moved. A value that is no day ("2020-01", "PRESENT_REF") keeps its value.
std::string shifted_day(const std::string& value, long days) {
  if (days == 0) return value;
  const std::optional<Date> d = Date::parse(value);
  return d ? d->add_days(days).str() : value;
}

}  // namespace

namespace {
using StageClock = std::chrono::steady_clock;

// What fired, from the rules the output carries, next to the refusals already in the trace;
// ordered by sentence, then stage in pipeline order.
void add_fired_to_trace(ArticleExtraction& out) {
  for (const ExtractedTime& t : out.times) out.trace.push_back({t.sentence, "time", std::string(t.rule), true, t.text + " = " + t.value});
  for (const ExtractedMention& m : out.mentions)
    out.trace.push_back({m.sentence, "entities", std::string(m.rule), true, m.text + " (" + entity_type_name(m.type) + ")"});
  for (const ExtractedRole& r : out.roles)
    out.trace.push_back({r.sentence, "entities", std::string(r.rule), true, r.person + " is " + r.role});
  for (const ExtractedClaim& c : out.claims)
    out.trace.push_back({c.sentence, "facts", std::string(c.rule), true, c.speaker_text + " " + c.cue + ": " + c.content});
  for (const ExtractedRelation& r : out.relations)
    if (!r.surface_only && !r.attribution)
      out.trace.push_back({r.sentence, "facts", std::string(r.rule), true, "(" + r.subject_text + "; " + r.text + "; " + r.object_text + ")"});
  for (const ExtractedRelation& r : out.relations)
    if (r.subject.empty() && !r.subject_words.empty())
      out.trace.push_back({r.sentence, "facts", std::string(r.text_rule), true,
                           (r.text_rule == kPassiveTextPatient ? "patient as text: " : "subject as text: ") + r.subject_words});
  auto stage_order = [](const std::string& s) { return s == "time" ? 0 : s == "entities" ? 1 : 2; };
  std::stable_sort(out.trace.begin(), out.trace.end(), [&](const TraceEvent& a, const TraceEvent& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : stage_order(a.stage) < stage_order(b.stage);
  });
}

double since(StageClock::time_point t) { return std::chrono::duration<double>(StageClock::now() - t).count(); }
}  // namespace

namespace {

// What the article steps share: the input, the output being built, the sentences' stage
// results, the article's mentions and roles, and the linker from spans to mentions.
struct ArticleRun {
  const Article& article;
  const Resources& res;
  const ExtractOptions& options;
  ArticleExtraction& out;
  const StageClock::time_point t_start;
  std::vector<SentenceWork> work;
  std::vector<Mention> mentions;
  std::vector<Role> roles;
  std::optional<Linker> linker;
  std::optional<AgentActors> agents;          // common-noun actors (agent_actors.h)
  std::vector<std::vector<int>> claim_index;  // per sentence and claim: index into out.claims, or -1
  std::vector<int> quote_claim;  // per sentence: the claim whose quotation it is (quotation-speaker), or -1
  std::vector<InterviewTurn> turns;           // an interview's turns (interview_turns.h), else none
  // The sentences as study_authors.h reads them, made when a construction first asks
  // (research_sentences(run)): study-speaks-for-authors, research-group-reference.
  std::vector<SentenceChunks> research_sentences;
  double entity_seconds = 0;
};

const std::vector<SentenceChunks>& research_sentences(ArticleRun& run) {
  if (run.research_sentences.empty())
    for (const SentenceWork& w : run.work) run.research_sentences.push_back({&w.sentence.tokens, &w.chunks});
  return run.research_sentences;
}

// Each sentence's tokens, in order: how the entity stages (entities/*.h) take the article.
std::vector<const std::vector<Token>*> sentence_tokens(const ArticleRun& run) {
  std::vector<const std::vector<Token>*> sentences;
  sentences.reserve(run.work.size());
  for (const SentenceWork& w : run.work) sentences.push_back(&w.sentence.tokens);
  return sentences;
}

bool in_turn(const ArticleRun& run, size_t si, InterviewTurn::Kind kind) {
  const int t = run.work[si].turn;
  return t >= 0 && run.turns[static_cast<size_t>(t)].kind == kind;
}

// The sentences of the article's prose, tokenized, tagged and lemmatized.
void analyze_sentences(ArticleRun& run) {
  const Article& article = run.article;
  const Resources& res = run.res;
  const ExtractOptions& options = run.options;
  ArticleExtraction& out = run.out;
  const std::string& text = article.text;
  AnalyzeOptions ao;
  ao.pretokenized = options.pretokenized;
  ao.max_sentence_tokens = options.max_sentence_tokens;
  std::vector<Sentence> sentences;
  if (options.one_sentence_per_line) {
    ao.one_sentence = true;
    size_t p = 0;
    while (p < text.size()) {
      size_t eol = text.find('\n', p);
      if (eol == std::string::npos) eol = text.size();
      auto s = analyze(text, p, eol, res, ao, &out.sentence_capped);
      for (auto& x : s) sentences.push_back(std::move(x));
      p = eol + 1;
    }
  } else if (options.pretokenized) {
    sentences = analyze(text, article.body_start, text.size(), res, ao, &out.sentence_capped);
  } else {
    // Page furniture (teaser, section label, headline, bylines, dateline, subheads, credits)
    // yields no fact and no entity; its credited people are the article's reporters.
    PageFurniture furniture = find_page_furniture(text, article.title, res.section_labels);
    furniture.body_start = std::max(furniture.body_start, article.body_start);
    out.article.body_start = furniture.body_start;
    out.article.reporters = std::move(furniture.reporters);
    // An interview's turn labels ("((WN))", "AK:") are no words of the sentence they open.
    run.turns = find_interview_turns(text, furniture.body_start);
    if (!run.turns.empty()) {
      for (const InterviewTurn& t : run.turns) furniture.spans.push_back({t.begin, t.text_begin, t.rule});
      std::sort(furniture.spans.begin(), furniture.spans.end(),
                [](const FurnitureSpan& a, const FurnitureSpan& b) { return a.begin < b.begin; });
    }
    for (auto [b, e] : furniture.prose_ranges(text)) {
      auto s = analyze(text, b, e, res, ao, &out.sentence_capped);
      for (auto& x : s) sentences.push_back(std::move(x));
    }
  }
  run.work.resize(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) run.work[i].sentence = std::move(sentences[i]);
  for (size_t i = 0, t = 0; i < run.work.size() && t < run.turns.size(); ++i) {
    const size_t start = run.work[i].sentence.start;
    while (t < run.turns.size() && run.turns[t].end <= start) ++t;
    if (t < run.turns.size() && run.turns[t].text_begin <= start) run.work[i].turn = static_cast<int>(t);
  }
  if (options.times) options.times->analysis += since(run.t_start);
}

// interviewer-turn (interview_turns.h): an interviewer's turn asks; what it says in asking ("You
// wrote that the lake froze") is no fact, and nobody's claim.
void keep_out_question_turn(SentenceWork& w) {
  for (Triple& t : w.facts.triples) {
    if (t.fragment) continue;
    t.fragment = true;
    const size_t token = t.verb < w.chunks.verbs.size() ? w.chunks.verbs[t.verb].begin : 0;
    w.facts.refusals.push_back({token, kInterviewerTurn, "an interviewer's turn asks, it states no fact: kept out of the graph"});
  }
  for (Claim& c : w.facts.claims) c.negated = true;  // kept as no claim, its content as nobody's fact
}

// Per sentence, in reading order: chunks, times, entity mentions, facts (and their refusals
// for --trace).
void sentence_stages(ArticleRun& run) {
  const ExtractOptions& options = run.options;
  ArticleExtraction& out = run.out;
  const std::string& text = run.article.text;
  const Lexicons& lex = run.res.lexicons;
  TimeDocument time_doc;  // carries the reporting quarter from sentence to sentence
  out.sentences.reserve(run.work.size());
  // News names about one mention in eleven words: room for them at once, as every growth of the
  // vector moves each Mention's four strings (about 6,000 instructions an article otherwise).
  size_t words = 0;
  for (const SentenceWork& w : run.work) words += w.sentence.tokens.size();
  run.mentions.reserve(words / 8 + 16);
  for (size_t si = 0; si < run.work.size(); ++si) {
    SentenceWork& w = run.work[si];
    out.sentences.push_back({w.sentence.start, w.sentence.end});
    w.chunks = chunk(w.sentence.tokens, lex);
    std::vector<TimeRefusal> time_refusals;
    w.times = find_times(w.sentence.tokens, w.chunks, run.article.date, &time_doc, options.trace ? &time_refusals : nullptr);
    for (const TimeRefusal& r : time_refusals)
      out.trace.push_back({si, "time", std::string(r.rule), false, "at '" + w.sentence.tokens[r.token].text + "': " + r.reason});
    for (const TimeExpression& te : w.times)
      out.times.push_back({text.substr(te.start, te.end - te.start), te.type, te.value, te.start, te.end, si, te.rule});
    const auto t_entities = StageClock::now();
    recognize_entities(w.sentence.tokens, si, lex, run.mentions, run.roles);
    if (options.times) run.entity_seconds += since(t_entities);
    w.facts = extract_triples(w.sentence.tokens, w.chunks, lex, w.times);
    if (in_turn(run, si, InterviewTurn::Kind::kQuestion)) keep_out_question_turn(w);
    if (options.trace)
      for (const FactRefusal& r : w.facts.refusals)
        out.trace.push_back({si, "facts", std::string(r.rule), false,
                             "at '" + w.sentence.tokens[r.token].text + "': " + std::string(r.reason)});
  }
}

// The mention that ends last inside each claim's speaker span speaks (Mention::speaks): "Interior
// Minister Joachim Brudzinski wrote ...", "He tweeted".
void mark_speakers(ArticleRun& run) {
  size_t first = 0;  // mentions are in reading order
  for (size_t si = 0; si < run.work.size(); ++si) {
    while (first < run.mentions.size() && run.mentions[first].sentence < si) ++first;
    const std::vector<Claim>& claims = run.work[si].facts.claims;
    for (const Claim& cl : claims) {
      if (cl.speaker.empty() || cl.negated) continue;
      // "Develle said Paribas expected ...": a speaker that opens another claim's content is
      // reported, not the one who goes on speaking (unlike "... while Varga wrote").
      auto opens = [&](const Claim& outer) { return &outer != &cl && cl.speaker.b == outer.content.b; };
      if (std::any_of(claims.begin(), claims.end(), opens)) continue;
      Mention* head = nullptr;
      for (size_t mi = first; mi < run.mentions.size() && run.mentions[mi].sentence == si; ++mi)
        if (Mention& m = run.mentions[mi]; m.tok_begin >= cl.speaker.b && m.tok_end <= cl.speaker.e && (!head || m.tok_end > head->tok_end))
          head = &m;
      // "Australia's competition watchdog said": a name before "'s" is the speaker's modifier,
      // not the speaker, whom no mention names then.
      const auto& tk = run.work[si].sentence.tokens;
      if (head && head->tok_end < cl.speaker.e && head->tok_end < tk.size() && tk[head->tok_end].tag == "POS") head = nullptr;
      if (head) head->speaks = true;
    }
  }
}

// In-article resolution, the dateline's places, and the linker over the resolved mentions.
void resolve_entities(ArticleRun& run) {
  const auto t_resolve = StageClock::now();
  const std::vector<const std::vector<Token>*> sentences = sentence_tokens(run);
  drop_sentence_initial_common_words(sentences, run.mentions);  // "Plus, ..." is no name (sentence_initial_words.h)
  mark_speakers(run);
  resolve_in_article(run.mentions, run.roles, run.res.lexicons);
  merge_name_forms(run.article.text, run.res.lexicons, run.mentions, run.roles);  // acronyms, short forms, folded and family names
  type_team_names(sentences, run.res.lexicons, run.mentions, run.roles);  // "Everton manager X": Everton is a team (team_names.h)
  resolve_definite_descriptions(run.mentions);  // "the company", "the court": names as the merges left them
  add_possessive_team_mentions(sentences, run.res.lexicons, run.roles, run.mentions);  // "his side" (team_names.h)
  add_home_away_mentions(run.article.title, sentences, run.res.lexicons, run.mentions);  // "the hosts" (team_names.h)
  add_dateline_places(run.article.text, run.out.article.body_start, run.res.lexicons, run.mentions);
  add_plural_members(sentences, run.res.lexicons, run.mentions);  // plural-pronoun-members: "A and B won. Both ..." (plural_members.h)
  if (!run.turns.empty()) {  // interviewee-first-person: "I" of an answer turn (interview_speakers.h)
    std::vector<int> turn_of(run.work.size());
    for (size_t si = 0; si < run.work.size(); ++si) turn_of[si] = run.work[si].turn;
    add_interviewee_mentions(sentences, turn_of, run.turns, run.mentions);
  }
  run.linker.emplace(run.work, run.mentions);
  run.agents.emplace(run.res.lexicons, run.mentions);
  if (run.options.times) run.entity_seconds += since(t_resolve);
}

// unnamed-spokesperson: "an Interpol spokesperson stated ... The spokesperson added ...": a
// spokesperson the article never names speaks for the body named beside the title (an
// organisation or a country), and "the spokesperson" a few sentences on for the same body.
// spokesperson-for-body: the same title with the body after "for" ("A spokeswoman for Halvorsen
// Group said"; any name but a person's), and a "he"/"she" of the gender of the title that the
// resolution left without a person, speaking in the next two sentences ("She said the ..."):
// BBC and Reuters write the body that way about as often as before the title. The titles are
// data/lexicon/speech_words.tsv, kind proxy.
class UnnamedSpokesperson {
 public:
  // The body the speaker speaks for (empty if none); *rule is set to "spokesperson-for-body" when
  // that construction gave it.
  std::string body(const ArticleRun& run, size_t si, Span speaker, std::string_view* rule) {
    if (speaker.empty()) return "";
    const auto& tk = run.work[si].sentence.tokens;
    const Lexicons& lex = run.res.lexicons;
    if (is_title(lex, tk[speaker.e - 1].lower)) {
      for (const Mention& m : run.mentions)
        if (m.sentence == si && m.tok_begin >= speaker.b && m.tok_end < speaker.e && !m.entity.empty() &&
            (m.type == EntityType::kOrganization || m.type == EntityType::kCountry))
          return spoke(m.entity, si, tk[speaker.e - 1].lower, lex);
      const bool definite = speaker.e - speaker.b == 2 && tk[speaker.b].lower == "the"sv;
      return definite && !last_.empty() && si - last_sentence_ <= 3 ? last_ : "";
    }
    if (!last_.empty() && speaker.e == speaker.b + 1 && si > last_sentence_ && si - last_sentence_ <= 2 &&
        ((tk[speaker.b].lower == "he"sv && last_gender_ != 'f') || (tk[speaker.b].lower == "she"sv && last_gender_ != 'm'))) {
      *rule = "spokesperson-for-body";
      last_sentence_ = si;  // "She said ... . She added ..." goes on
      return last_;
    }
    // "a spokesman for Halvorsen Group": the title, "for", then the body's name, the last capitalized
    // words of the speaker: not the "UK" of "a spokesman for the UK Film Council", where the
    // resolution found no name for the whole body.
    // The name right after "for" (or "for the"): not "the Albanian embassy in London", "one US
    // shop". Something before the title ("a", "the"): "Ann Roe, spokeswoman for X said" is Ann Roe.
    for (size_t t = speaker.b + 1; t + 2 < speaker.e; ++t) {
      if (!is_title(lex, tk[t].lower) || tk[t + 1].lower != "for"sv) continue;
      const size_t name_at = t + 2 + (tk[t + 2].lower == "the"sv ? 1 : 0);
      for (const Mention& m : run.mentions)
        if (m.sentence == si && m.tok_begin == name_at && m.tok_end <= speaker.e && !m.entity.empty() &&
            m.type != EntityType::kPerson && m.kind == MentionKind::kName) {
          for (size_t k = m.tok_end; k < speaker.e; ++k)  // nor "France" of "France's largest farm union"
            if (tk[k].tag == "NNP"sv || tk[k].tag == "NNPS"sv || tk[k].tag == "POS"sv) return "";
          *rule = "spokesperson-for-body";
          return spoke(m.entity, si, tk[t].lower, lex);
        }
      return "";
    }
    return "";
  }

 private:
  static bool is_title(const Lexicons& lex, const std::string& w) { return lex.proxy_nouns.find(w) != StringTable::kNone; }
  const std::string& spoke(const std::string& entity, size_t si, const std::string& title, const Lexicons& lex) {
    last_ = entity;
    last_sentence_ = si;
    const auto g = lex.gendered_nouns.find(title);
    last_gender_ = g == lex.gendered_nouns.end() ? 0 : g->second;
    return last_;
  }
  std::string last_;
  size_t last_sentence_ = 0;
  char last_gender_ = 0;  // 'm' for "spokesman", 'f' for "spokeswoman", 0 for "spokesperson"
};

// group-speaker-continuity: "Oil traders said ... . They said the cut ...": a "they" that speaks,
// which the resolution gave no organisation, goes on with the latest group that spoke in its
// sentence or the two before, a speaker whose head is a plural noun ("traders", "officials",
// "sources", "the Armed Forces"). News quotes a group that way for a paragraph; the speaker is
// the group, never the bare pronoun.
class GroupSpeaker {
 public:
  // The claim's speaker, when "they" continues a group: its text and entity (empty if none).
  const std::pair<std::string, std::string>* continues(const std::vector<Token>& tk, size_t si, Span speaker) const {
    if (speaker.e != speaker.b + 1 || tk[speaker.b].lower != "they"sv || last_.first.empty()) return nullptr;
    return si - last_sentence_ <= 2 ? &last_ : nullptr;
  }
  void spoke(const std::vector<Token>& tk, size_t si, Span speaker, const ExtractedClaim& ec) {
    if (speaker.empty()) return;
    size_t h = speaker.b;  // the head: the last word before a prepositional phrase ("traders in New York")
    while (h + 1 < speaker.e && tk[h + 1].tag != "IN"sv) ++h;
    const Token& head = tk[h];
    if (head.tag != "NNS"sv && head.tag != "NNPS"sv) return;
    last_ = {ec.speaker_text, ec.speaker};
    last_sentence_ = si;
  }

 private:
  std::pair<std::string, std::string> last_;  // speaker text, entity
  size_t last_sentence_ = 0;
};

// document-speaker-continuity: "A report by the think tank Civitas found that ... . It also found
// that ...", "The study by X found ... . The research suggests ...": a speaker "it", or a
// document or study noun after "the"/"this"/"its" ("the report", "the findings"), which no other
// rule gave an entity, goes on with the author of the latest claim that a document spoke for
// (Claim::by_document), when that claim is the latest with a speaker and at most
// kDocumentSentences back. GUIDE: the speaker is never the document, nor "It".
class DocumentSpeaker {
 public:
  static constexpr size_t kDocumentSentences = 4;
  const std::pair<std::string, std::string>* continues(const std::vector<Token>& tk, size_t si, Span speaker,
                                                        const Lexicons& lex) const {
    if (last_.first.empty() || si - last_sentence_ > kDocumentSentences || speaker.empty()) return nullptr;
    if (speaker.e == speaker.b + 1) return tk[speaker.b].lower == "it"sv ? &last_ : nullptr;
    const std::string& det = tk[speaker.b].lower;
    if (speaker.e != speaker.b + 2 || !(det == "the"sv || det == "this"sv || det == "its"sv)) return nullptr;
    const std::string& head = tk[speaker.b + 1].lower;
    const bool document = is_document_noun(lex, head) || lex.study_nouns.find(head) != StringTable::kNone;
    return document ? &last_ : nullptr;
  }
  // After each claim with a speaker: a document's author is remembered, any other speaker ends it.
  void spoke(size_t si, const Claim& cl, const ExtractedClaim& ec, bool continued) {
    if (ec.speaker_text.empty() || continued) return;
    last_ = cl.by_document && !ec.speaker.empty() ? std::pair{ec.speaker_text, ec.speaker} : std::pair<std::string, std::string>{};
    last_sentence_ = si;
  }

 private:
  std::pair<std::string, std::string> last_;  // speaker text, entity
  size_t last_sentence_ = 0;
};

// they-plural-noun-group (text_subjects.h): the subject that opens sentence `s` before token
// `before`, where a sentence's subject usually stands: the clause whose subject starts first, a
// passive's by its patient ("Three men were arrested. They ...").
const Span* opening_subject(const ArticleRun& run, size_t s, size_t before) {
  const Span* first = nullptr;
  for (const Triple& t : run.work[s].facts.triples) {
    const Span& surface = t.passive ? t.object : t.subject;
    if (!surface.empty() && surface.e <= before && (!first || surface.b < first->b)) first = &surface;
  }
  return first;
}

// The plural noun group a subject "they" at token `at` of sentence si stands for: the subject
// that opens its sentence before it, or else the one that opens the sentence before; a "they"
// there goes on back (up to kTheyChain sentences: "Researchers tagged horses. They then ... They
// found"). Any other opening subject (a name, a singular noun) is no antecedent: nullptr.
constexpr size_t kTheyChain = 3;
struct GroupAntecedent {
  size_t sentence;
  Span group;
};
std::optional<GroupAntecedent> they_group_before(const ArticleRun& run, size_t si, size_t at) {
  size_t s = si;
  size_t before = at;
  for (size_t step = 0; step <= kTheyChain; ++step) {
    const Span* subject = opening_subject(run, s, before);
    const auto& tk = run.work[s].sentence.tokens;
    if (subject && !(subject->e == subject->b + 1 && tk[subject->b].lower == "they"sv)) {
      // Another plural noun between the group and the pronoun could as well be what "they" is
      // ("Airlines opposed the plans, saying they would hurt", "Judges dismissed both appeals.
      // They were challenging"): no antecedent then.
      const bool nearer = plural_noun_between(tk, subject->e, s == si ? at : tk.size()) ||
                          (s != si && plural_noun_between(run.work[si].sentence.tokens, 0, at));
      if (nearer || !is_plural_noun_group(tk, *subject)) return std::nullopt;
      return GroupAntecedent{s, *subject};
    }
    // No subject before it in its sentence, or a "they" itself: the sentence before.
    if (s == 0 || (!subject && s != si)) return std::nullopt;
    --s;
    before = run.work[s].sentence.tokens.size();
  }
  return std::nullopt;
}

// research-group-reference (study_authors.h): the research group that the words `ref` of sentence
// si refer back to ("the team", "her colleagues"), or that a "they" there stands for when the
// plural noun group it goes on with is such a reference or the group itself: the group's
// introduction, when the article gave one before.
std::optional<ResearchGroup> research_group_referred(ArticleRun& run, size_t si, Span ref) {
  const auto& tk = run.work[si].sentence.tokens;
  const Lexicons& lex = run.res.lexicons;
  if (ref.e == ref.b + 1 && tk[ref.b].lower == "they"sv) {
    // The group "they" goes on with (they-plural-noun-group), else the subject that opens the
    // sentence before when "they" opens its own: "Scientists at X tracked 40 gulls with GPS tags.
    // They estimated ...": a plural between ("gulls", "tags") keeps they-plural-noun-group from
    // choosing, but a research group there is the one "they" that acts or speaks next.
    std::optional<GroupAntecedent> a = they_group_before(run, si, ref.b);
    if (!a && ref.b == 0 && si > 0)
      if (const Span* opening = opening_subject(run, si - 1, run.work[si - 1].sentence.tokens.size()))
        a = GroupAntecedent{si - 1, *opening};
    if (!a) return std::nullopt;
    const auto& group_tk = run.work[a->sentence].sentence.tokens;
    if (!is_research_reference(group_tk, a->group, lex)) {
      // the introduction itself ("Researchers at X found ... They")
      auto g = research_group_before(research_sentences(run), a->sentence, a->group.e, lex);
      return g && g->introduced && g->sentence == a->sentence && g->span.b == a->group.b ? g : std::nullopt;
    }
    ref = a->group;
    si = a->sentence;
  } else if (!is_research_reference(tk, ref, lex)) {
    return std::nullopt;
  }
  auto g = research_group_before(research_sentences(run), si, ref.b, lex);
  return g && g->introduced ? g : std::nullopt;
}

// research-group-reference for a claim's speaker: "The team found that ...", "They estimated
// that ..." speak as the group introduced before; its entity is the first name in it, as
// study-speaks-for-authors gives.
void research_group_speaker(ArticleRun& run, size_t si, Span speaker, ExtractedClaim& ec) {
  if (speaker.empty()) return;
  const auto group = research_group_referred(run, si, speaker);
  if (!group) return;
  const auto& tk = run.work[group->sentence].sentence.tokens;
  std::string intro = research_group_words(tk, group->span);
  // As for a subject (set_research_group_subject): "The researchers (team led by Dr X at Y)"; a
  // "they" is the introduction alone.
  const auto& own = run.work[si].sentence.tokens;
  const bool they = speaker.e == speaker.b + 1 && own[speaker.b].lower == "they"sv;
  const size_t core = own[speaker.b].lower == "the"sv && speaker.e > speaker.b + 1 ? speaker.b + 1 : speaker.b;
  if (!they && to_lower(intro).find(to_lower(span_text(own, Span{core, speaker.e}))) == std::string::npos)
    intro = ec.speaker_text + " (" + intro + ")";
  ec.speaker_text = std::move(intro);
  if (long sp = run.linker->first_head(group->sentence, group->span, true); sp >= 0) ec.speaker = run.mentions[sp].entity;
  ec.rule = "research-group-reference";
}

// study-speaks-for-authors (study_authors.h): "According to the study, ..." after "researchers
// from the University of X" is the researchers' claim. `sentences` is filled on the first call.
void study_speaks_for_authors(ArticleRun& run, size_t si, Span speaker, ExtractedClaim& ec) {
  const auto group = research_group_before(research_sentences(run), si, speaker.b, run.res.lexicons);
  if (!group) return;
  const auto& tk = run.work[group->sentence].sentence.tokens;
  ec.speaker_text = span_text(tk, group->span);
  if (long sp = run.linker->first_head(group->sentence, group->span, true); sp >= 0) ec.speaker = run.mentions[sp].entity;
  ec.rule = "study-speaks-for-authors";
}

// Where the first name of a speaker list starts.
size_t heads_begin(const ArticleRun& run, const std::vector<size_t>& heads, Span speaker) {
  size_t b = speaker.e;
  for (size_t h : heads) b = std::min(b, run.mentions[h].tok_begin);
  return b;
}

// claim-per-speaker: "Naylor and Beesley said ...", "the Conservatives and Lib Dems insist ...",
// "The two banks deny ..." after the two were named (plural-pronoun-members): each member of a
// speaker list says it, so each gets the claim (the GUIDE's one claim per speaker). Only when
// every conjunct is a name of one kind (all people, or all known bodies): "Trade and Industry
// Secretary X" or "Spurs and England defender X" are one speaker the split misreads. The claims
// made here are returned, to be appended after the loop that holds references into the claims.
void claims_per_speaker(ArticleRun& run, size_t si, Span speaker, const ExtractedClaim& ec,
                        std::vector<ExtractedClaim>& extra) {
  if (speaker.e < speaker.b + 3) return;  // "X and Y" at the least, or "The two banks"
  const std::vector<size_t> heads = run.linker->heads(si, speaker, true);
  if (heads.size() < 2) return;
  const bool people = run.mentions[heads[0]].type == EntityType::kPerson;
  const auto& tk = run.work[si].sentence.tokens;
  auto separator = [&](size_t k) { return tk[k].lower == "and"sv || tk[k].lower == "or"sv || tk[k].text == ","sv; };
  bool listed = false;  // a written list ("A and B"), not a plural description of members
  for (size_t k = speaker.b; k < speaker.e && !listed; ++k) listed = separator(k);
  for (size_t h : heads) {
    const Mention& m = run.mentions[h];
    // A body only when its name is known, not cut from a run of capitals ("Davis Water and Waste
    // Industries Inc", "LL and E Royalty Trust" are one company each): a country, a party, or a
    // name of the gazetteer; members a plural description stands for ("The two banks") were named
    // apart before.
    const bool body = m.type == EntityType::kCountry ||
                      (m.type == EntityType::kOrganization &&
                       (!listed || m.rule == "gazetteer-name"sv || m.rule == "party-word"sv || m.rule == "party-alias"sv));
    if (m.entity.empty() || (people ? m.type != EntityType::kPerson : !body)) return;
    // Each name of a written list stands right after its separator (a "the" between): not
    // "Adam Curry, former MTV VJ and ...", nor "Savings and Loan Association" cut inside a name.
    if (!listed || m.tok_begin == heads_begin(run, heads, speaker)) continue;
    size_t q = m.tok_begin;
    if (q > speaker.b && tk[q - 1].lower == "the"sv) --q;
    if (q == 0 || !separator(q - 1) || q - 1 < speaker.b) return;
    // The name before the separator ends there too.
    bool closed = false;
    for (size_t g : heads) closed = closed || run.mentions[g].tok_end == q - 1;
    if (!closed) return;
  }
  for (size_t i = 1; i < heads.size(); ++i) {
    const std::string& who = run.mentions[heads[i]].entity;
    if (who == ec.speaker) continue;
    bool seen = false;
    for (size_t j = 1; j < i; ++j) seen = seen || run.mentions[heads[j]].entity == who;
    if (seen) continue;
    ExtractedClaim& copy = extra.emplace_back(ec);
    copy.speaker = who;
    copy.relations.clear();  // the relations stay with the first speaker's claim
    copy.rule = "claim-per-speaker";
  }
}

// first-person-in-quotation (speech_words.tsv, kind first-person): a claim whose speaker is only
// "I" or "we", which the resolution left without an entity.
bool first_person_claim(const ArticleRun& run, int c) {
  if (c < 0) return false;
  const ExtractedClaim& ec = run.out.claims[static_cast<size_t>(c)];
  if (!ec.speaker.empty()) return false;
  return run.res.lexicons.first_person_words.find(to_lower(ec.speaker_text)) != StringTable::kNone;
}

// quotation-speaker (quotations.h): a sentence that is one quotation and states no claim of its
// own, right after a sentence whose claim has a speaker ('"...," said X. "We will appeal."'), or
// after such a quoted sentence, is that speaker's: its relations are the claim's reported words.
// So is a sentence with no quotation mark (a closing one at its end aside) after a sentence whose
// quotation stays open ('"Pensions must stay affordable. People live longer."' cut in two).
void quoted_sentences_after_claims(ArticleRun& run) {
  for (size_t si = 1; si < run.work.size(); ++si) {
    const auto& tk = run.work[si].sentence.tokens;
    if (run.quote_claim[si] >= 0) continue;
    // Cheap tests first: most sentences follow no claim and open no quotation.
    const bool after_claim = run.quote_claim[si - 1] >= 0 ||
                             std::any_of(run.claim_index[si - 1].begin(), run.claim_index[si - 1].end(), [](int c) { return c >= 0; });
    if (!after_claim) continue;
    if (!whole_sentence_quotation(tk) &&
        !(quotation_goes_on(tk) && quotation_open_at_end(run.work[si - 1].sentence.tokens)))
      continue;
    // A quoted "I think ..." is no claim of the sentence's own (first-person-in-quotation).
    if (std::any_of(run.claim_index[si].begin(), run.claim_index[si].end(),
                    [&](int c) { return c >= 0 && !first_person_claim(run, c); }))
      continue;
    int before = run.quote_claim[si - 1];
    for (int c : run.claim_index[si - 1])
      if (c >= 0 && !run.out.claims[static_cast<size_t>(c)].speaker_text.empty() && !first_person_claim(run, c))
        before = c;  // the sentence's last claim (a quoted "I think" goes on with the quotation's speaker)
    run.quote_claim[si] = before;
  }
}

// first-person-in-quotation: '"The vote was close. I think we won."' after a claim of X's: the
// "I" (or "we") who thinks inside X's quotation is X; the claim takes X's speaker.
void first_person_in_quotations(ArticleRun& run) {
  for (size_t si = 0; si < run.work.size(); ++si) {
    const int q = run.quote_claim[si];
    if (q < 0 || first_person_claim(run, q) || run.out.claims[static_cast<size_t>(q)].speaker_text.empty()) continue;
    for (int c : run.claim_index[si])
      if (c != q && first_person_claim(run, c)) {
        ExtractedClaim& ec = run.out.claims[static_cast<size_t>(c)];
        const ExtractedClaim& quoted = run.out.claims[static_cast<size_t>(q)];
        ec.speaker = quoted.speaker;
        ec.speaker_text = quoted.speaker_text;
        ec.rule = "first-person-in-quotation";
      }
  }
}

// speaker-list-item: "Acme Corp and Zeta Bank denied they planned to merge", "Ana Ruiz and Paul
// Berg said ...", "South Korea and Japan denied ...": each entity the speaker span's conjuncts
// head (Linker::heads) makes the claim too, a copy after the claim `first` (whose speaker is the
// first of them); the relations of its content stay tied to `first`. Only two whole names of one
// kind that the conjunction alone joins (speaker_pair): a firm's name often holds its own "and"
// the mentions cut ("Harper and Row Publishers Inc", "International Minerals and Chemical",
// "Numac Oil and Gas Ltd").
bool speaker_pair(const std::vector<Token>& tk, const Lexicons& lex, const Mention& a, const Mention& b) {
  if (a.type != b.type || a.tok_end >= b.tok_begin) return false;
  bool joined = false;
  for (size_t k = a.tok_end; k < b.tok_begin; ++k) {
    const std::string& w = tk[k].lower;
    if (w == "and"sv || w == ","sv) joined = true;
    else if (w != "the"sv) return false;
  }
  if (!joined) return false;
  const bool two_words = a.tok_end - a.tok_begin >= 2 && b.tok_end - b.tok_begin >= 2;
  switch (a.type) {
    case EntityType::kCountry: return true;
    case EntityType::kPerson: return two_words;
    case EntityType::kOrganization: {
      // The first name ends on an organisation's head word that goes on into no name of its own
      // after "and" ("Oil and Gas": data/lexicon/name_coordinations.tsv).
      const Token& head = tk[a.tok_end - 1];
      return two_words && lex.org_suffixes.count(head.text) && !lex.name_joining_pairs.count(head.text + " *") &&
             !lex.name_joining_pairs.count(head.text + " " + tk[a.tok_end + 1].text);
    }
    default: return false;
  }
}

void speaker_list_items(ArticleRun& run, size_t si, const Span& speaker, size_t first) {
  if (speaker.e - speaker.b < 3 || run.out.claims[first].speaker.empty()) return;
  const auto& tk = run.work[si].sentence.tokens;
  bool joined = false;  // most speakers are one name: one scan for a conjunction first
  for (size_t k = speaker.b + 1; k + 1 < speaker.e && !joined; ++k) joined = tk[k].lower == "and"sv;
  if (!joined) return;
  const std::vector<size_t> heads = run.linker->heads(si, speaker, true);
  for (size_t h = 1; h < heads.size(); ++h) {
    const Mention& m = run.mentions[heads[h]];
    if (!speaker_pair(tk, run.res.lexicons, run.mentions[heads[h - 1]], m)) return;
    if (m.entity.empty() || m.entity == run.out.claims[first].speaker) continue;
    ExtractedClaim item = run.out.claims[first];  // a copy: the push may move the vector
    item.speaker = m.entity;
    item.rule = "speaker-list-item";
    run.out.claims.push_back(std::move(item));
  }
}

// Claims first, so that relations can point at them.
void link_claims(ArticleRun& run) {
  UnnamedSpokesperson spokesperson;
  GroupSpeaker group;
  DocumentSpeaker document;
  std::vector<ExtractedClaim> per_speaker;  // claim-per-speaker: appended after the loop
  const std::string& text = run.article.text;
  run.claim_index.resize(run.work.size());
  run.quote_claim.assign(run.work.size(), -1);
  size_t claims = 0;
  for (const SentenceWork& w : run.work) claims += w.facts.claims.size();
  run.out.claims.reserve(claims);  // wide claims are not moved on growth
  std::vector<const std::vector<Token>*> sentence_tokens;  // for quotations across sentences
  sentence_tokens.reserve(run.work.size());
  for (const SentenceWork& w : run.work) sentence_tokens.push_back(&w.sentence.tokens);
  for (size_t si = 0; si < run.work.size(); ++si) {
    SentenceWork& w = run.work[si];
    const auto& tk = w.sentence.tokens;
    run.claim_index[si].assign(w.facts.claims.size(), -1);
    for (size_t ci = 0; ci < w.facts.claims.size(); ++ci) {
      const Claim& cl = w.facts.claims[ci];
      if (cl.negated || cl.content.empty()) continue;  // "did not say whether ..." states no claim
      run.claim_index[si][ci] = static_cast<int>(run.out.claims.size());
      ExtractedClaim& ec = run.out.claims.emplace_back();  // filled in place, not made and then moved
      if (long sp = run.linker->first_head(si, cl.speaker, true); sp >= 0) ec.speaker = run.mentions[sp].entity;
      std::string_view proxy_rule;
      if (ec.speaker.empty()) ec.speaker = spokesperson.body(run, si, cl.speaker, &proxy_rule);
      ec.speaker_text = span_text(tk, cl.speaker);
      ec.cue = cl.cue;
      ec.content = text.substr(tk[cl.content.b].start, tk[cl.content.e - 1].end - tk[cl.content.b].start);
      ec.modality = cl.modality;
      ec.sentence = si;
      ec.rule = proxy_rule.empty() ? cl.rule : proxy_rule;
      if (ec.speaker.empty())
        if (const auto* g = group.continues(tk, si, cl.speaker)) {
          ec.speaker_text = g->first;
          ec.speaker = g->second;
          ec.rule = "group-speaker-continuity";
        }
      if (ec.speaker.empty() && is_study_speaker(tk, cl.speaker, run.res.lexicons))
        study_speaks_for_authors(run, si, cl.speaker, ec);
      // A "they" the resolution gave the group's institution ("Scientists at the University of
      // Leeds ... They estimated") is the group all the same.
      if (ec.speaker.empty() || (cl.speaker.e == cl.speaker.b + 1 && tk[cl.speaker.b].lower == "they"sv))
        research_group_speaker(run, si, cl.speaker, ec);
      const auto* author = ec.speaker.empty() ? document.continues(tk, si, cl.speaker, run.res.lexicons) : nullptr;
      if (author) {
        ec.speaker_text = author->first;
        ec.speaker = author->second;
        ec.rule = "document-speaker-continuity";
      }
      document.spoke(si, cl, ec, author != nullptr);
      const bool per_member = !ec.speaker.empty() && !author;
      group.spoke(tk, si, cl.speaker, ec);
      if (auto [b, e] = quotation_across_sentences(sentence_tokens, si, cl.content); e > b) {
        ec.content = text.substr(b, e - b), ec.rule = "quotation-across-sentences";
        // quotation-speaker: the other sentences the quotation spans are the speaker's words.
        for (size_t sj = si > 4 ? si - 4 : 0; sj < run.work.size() && sj <= si + 4; ++sj) {  // as far as it looks
          const auto& sk = run.work[sj].sentence.tokens;
          if (sj != si && !sk.empty() && sk.front().start < e && sk.back().end > b && run.quote_claim[sj] < 0)
            run.quote_claim[sj] = run.claim_index[si][ci];
        }
      }
      // The claim's time: the time of the attribution clause, else the article date.
      for (const Triple& t : w.facts.triples)
        if (t.attribution && t.claim == static_cast<int>(ci) && t.time >= 0) {
          ec.has_time = true;
          ec.time = time_value(w.times[t.time], text, run.article.date);
        }
      if (!ec.has_time && !run.article.date.empty()) {
        ec.has_time = true;
        set_article_date(ec.time, run.article.date);
      }
      // One claim per speaker of a list: claim-per-speaker (people, known bodies, plural members),
      // else speaker-list-item (two whole organisation names: "Acme Corp and Zeta Bank denied").
      const size_t split_before = per_speaker.size();
      if (per_member) claims_per_speaker(run, si, cl.speaker, ec, per_speaker);
      if (per_member && per_speaker.size() == split_before) speaker_list_items(run, si, cl.speaker, run.out.claims.size() - 1);
    }
  }
  for (ExtractedClaim& ec : per_speaker) run.out.claims.push_back(std::move(ec));
  quoted_sentences_after_claims(run);
  first_person_in_quotations(run);
}

// first-person-plural-body (first_person_plural.h): the words of each speaker the claims found (a
// claim's content, a quoted sentence of the speaker's, an interview's answer turn) are where "we"
// is the body the speaker speaks for; the mentions are added, and the linker,
// which indexes the mentions by sentence, made again over them.
void first_person_plural(ArticleRun& run) {
  std::vector<Voice> voices;
  for (size_t si = 0; si < run.work.size(); ++si) {
    const SentenceWork& w = run.work[si];
    for (size_t ci = 0; ci < w.facts.claims.size() && ci < run.claim_index[si].size(); ++ci)
      if (const int c = run.claim_index[si][ci]; c >= 0 && !run.out.claims[static_cast<size_t>(c)].speaker.empty())
        voices.push_back({si, w.facts.claims[ci].content.b, w.facts.claims[ci].content.e,
                          run.out.claims[static_cast<size_t>(c)].speaker});
    if (const int q = run.quote_claim[si]; q >= 0 && !run.out.claims[static_cast<size_t>(q)].speaker.empty())
      voices.push_back({si, 0, w.sentence.tokens.size(), run.out.claims[static_cast<size_t>(q)].speaker});
    if (in_turn(run, si, InterviewTurn::Kind::kAnswer))
      if (std::string who = interviewee_of(run.turns[static_cast<size_t>(w.turn)].label, run.mentions); !who.empty())
        voices.push_back({si, 0, w.sentence.tokens.size(), std::move(who)});
  }
  if (voices.empty()) return;
  const size_t before = run.mentions.size();
  add_first_person_plural_mentions(sentence_tokens(run), voices, run.roles, run.res.lexicons, run.mentions);
  if (run.mentions.size() != before) run.linker.emplace(run.work, run.mentions);
}

// A triple's text reading: its spans as text, modality, polarity, claim, time and place.
// False when the triple is content of a claim that was not made ("did not say whether"): nobody's fact.
bool relation_reading(ArticleRun& run, size_t si, const Triple& t, ExtractedRelation& base) {
  const SentenceWork& w = run.work[si];
  const auto& tk = w.sentence.tokens;
  base.predicate = t.predicate;
  base.text = t.relation;
  // Each text is written into its field (assign_article_span), not made and then moved in.
  const std::string& text = run.article.text;
  assign_article_span(text, tk, t.arg1, base.arg1);
  assign_article_span(text, tk, t.arg2, base.arg2);
  base.extra.resize(t.extra.size());
  for (size_t k = 0; k < t.extra.size(); ++k) assign_article_span(text, tk, t.extra[k], base.extra[k]);
  // The subject and object are most often the surface arguments themselves: their text is copied
  // rather than joined from the tokens again.
  auto same_span = [](const Span& x, const Span& y) { return x.b == y.b && x.e == y.e; };
  const Span& subject = t.subject.empty() ? t.arg1 : t.subject;
  if (same_span(subject, t.arg1)) base.subject_text = base.arg1;
  else assign_article_span(text, tk, subject, base.subject_text);
  // An attribution or a surface reading keeps arg2's words as its object text (the claim's content).
  if (t.attribution || t.surface_only || same_span(t.object, t.arg2)) base.object_text = base.arg2;
  else assign_article_span(text, tk, t.object, base.object_text);
  base.modality = t.modality;
  // answer-turn (interview_turns.h): what an interviewee answers is their statement; a plan or
  // a guess inside it is reported too (the outer modality wins).
  if (in_turn(run, si, InterviewTurn::Kind::kAnswer)) base.modality = "reported";
  if (t.negated) base.polarity = "negative";  // "positive" by default
  base.confidence = t.confidence;
  base.sentence = si;
  base.attribution = t.attribution;
  base.surface_only = t.surface_only;
  base.fragment = t.fragment;
  base.rule = t.rule;
  if (t.verb != kNone) base.matrix = w.chunks.verbs[t.verb].matrix_lemma;  // for stance events
  if (t.claim >= 0 && t.claim < static_cast<int>(run.claim_index[si].size())) {
    base.claim = run.claim_index[si][t.claim];
    if (base.claim < 0 && !t.attribution) return false;
  }
  if (!t.speaker_rule.empty()) base.speaker_rule = t.speaker_rule;  // first-person-in-quotation (claims.cpp)
  if (t.claim < 0 && !t.attribution && run.quote_claim[si] >= 0) {
    base.claim = run.quote_claim[si];  // quotation-speaker: a speaker's quoted words (link_claims)
    base.modality = "reported";        // the outer modality wins, as for a claim's content
    base.speaker_rule = "quotation-speaker";
  }
  if (t.time >= 0) {
    base.has_time = true;
    base.time = time_value(w.times[t.time], run.article.text, run.article.date);
    base.time.value = shifted_day(base.time.value, t.time_offset_days);
    base.time_rule = t.time_rule;
  } else if (!t.time_ref.empty()) {
    // Dated by the clause's own adverb ("previously", "are routinely ignored"): a value, not a
    // fallback; "now" is the article's day, as for time_value.
    base.has_time = true;
    const bool now = t.time_ref == "PRESENT_REF" && !run.article.date.empty();
    base.time = {"", now ? run.article.date : std::string(t.time_ref), "DATE", false};
    base.time_rule = t.time_rule;
  } else if (!run.article.date.empty()) {
    base.has_time = true;
    set_article_date(base.time, run.article.date);
  }
  if (!t.location.empty()) {
    long lm = run.linker->mention_in(si, t.location);
    base.location = lm >= 0 ? run.mentions[lm].entity : span_text(tk, t.location);
  }
  return true;
}

// double-object: "Trump granted Milken a pardon", "the bank gave Malawi a grant": the head of the
// noun group right after the first object (determiners, adjectives, numbers and nouns up to the
// first other word); "" when a preposition, verb or punctuation follows the object instead.
std::string second_object_head(const std::vector<Token>& tk, const Triple& t) {
  if (t.object.empty() || t.object.e >= tk.size() || tk[t.object.e].tag != "DT") return "";
  std::string head;
  for (size_t k = t.object.e + 1; k < tk.size(); ++k) {
    const auto& tag = tk[k].tag;
    if (is_noun_tag(tag)) head = tk[k].lemma;
    else if (tag != "JJ" && tag != "CC" && tag != "CD") break;
  }
  return head;
}

// event-object-class: the class of a triple's object for the events.tsv rows that name one
// ("donate	@money", "send	@relief"): a verb that gives is aid by what it gives, and one row per
// class reads better and covers more than one row per noun. The class of the object's head
// (data/lexicon/event_object_classes.tsv), else "money" for an amount a currency sign opens
// ("$750m", "£76m", "US$40,000": there the tagger's head is the number); "" for none.
std::string_view object_class_of(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t) {
  if (t.object_head.empty()) return {};
  if (auto it = lex.event_object_classes.find(t.object_head); it != lex.event_object_classes.end()) return it->second;
  const size_t end = std::min(t.object.e, std::min(tk.size(), t.object.b + 3));
  for (size_t k = t.object.b; k < end; ++k) {
    const std::string& w = tk[k].text;
    if (w.find('$') != std::string::npos || w.starts_with("\u00a3") || w.starts_with("\u20ac")) return "money";
  }
  return {};
}

// adjective-complement: with no object, the adjective right after the verb (with a "not" before
// it) is the key of the verb's row ("pleaded guilty" 015, "pleaded not guilty" 016): the tagger
// reads the plea as an adjective, so the clause has no object head; "" when none follows.
std::string adjective_complement(const std::vector<Token>& tk, const Triple& t) {
  if (!t.object_head.empty()) return "";
  // The clause ends at the verb when nothing it reads as an argument follows: look a few words on.
  const size_t end = std::min(tk.size(), std::max(t.clause.e, t.arg1.e) + 4);
  for (size_t k = t.arg1.e; k + 1 < end; ++k) {
    if (tk[k].lemma != t.predicate) continue;
    size_t j = k + 1;
    const bool negated = tk[j].lower == "not"sv && j + 1 < end;
    if (negated) ++j;
    if (tk[j].tag != "JJ") return "";
    return negated ? "not " + tk[j].lower : tk[j].lower;
  }
  return "";
}

// The lemma of the head noun of a clause's subject: the last noun before a preposition, a comma or
// a relative word ends its noun group ("Israeli warplanes" warplane, "supporters of the mayor"
// supporter); "" when the group has no noun.
std::string_view subject_head(const std::vector<Token>& tk, const Triple& t) {
  std::string_view head;
  for (size_t k = t.subject.b; k < t.subject.e && k < tk.size(); ++k) {
    const auto& tag = tk[k].tag;
    if (is_noun_tag(tag)) head = tk[k].lemma;
    else if (tag == "IN" || tag == "," || tag == "WDT" || tag == "WP" || tag == "CC") break;
  }
  return head;
}

// event-subject-class: a verb whose event depends on its doer, the row of the subject's class
// (data/subject_class_events.tsv, classes in data/lexicon/event_subject_classes.tsv): "warplanes
// struck the base" is an air strike (195) where "workers struck" is no attack, "rioters torched
// shops" a violent protest (145). Its (class, verb, object) row, else (class, verb, *); nullptr
// when the verb has none or the subject is of no class.
const EventRule* subject_class_rule(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t) {
  if (!lex.subject_class_verbs.contains(t.predicate) || t.subject.empty()) return nullptr;
  // A capitalized first word ("Rioters torched ...") is tagged a name with itself as lemma: its
  // lower case, and that without a plural "s", are tried too.
  std::string head = to_lower(subject_head(tk, t));
  auto cls = lex.event_subject_classes.find(head);
  if (cls == lex.event_subject_classes.end() && head.size() > 1 && head.back() == 's') {
    head.pop_back();
    cls = lex.event_subject_classes.find(head);
  }
  if (cls == lex.event_subject_classes.end()) return nullptr;
  auto row = [&](std::string_view object) -> const EventRule* {
    auto it = lex.subject_class_events.find(cls->second + '\t' + t.predicate + '\t' + std::string(object));
    return it == lex.subject_class_events.end() ? nullptr : &it->second;
  };
  if (!t.object_head.empty())
    if (const EventRule* r = row(t.object_head)) return r;
  return row("*");
}

// The events.tsv row of a triple: the row of its subject's class (event-subject-class), else its
// (verb, object) row, else the (verb, second object) row of a double-object clause, else the row
// of its object's class, else the (verb, adjective) row of a clause without object, else the
// verb's own row.
const EventRule* event_rule_of(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t) {
  if (const EventRule* r = subject_class_rule(lex, tk, t)) return r;
  // The keys are "verb\tobject" and the verb's own "verb\t*" (Lexicons::events, as event_for
  // builds them), written into one key after the verb's part: a key joined each time cost a
  // string or two a triple. The object's row is looked up only with an object head, and no row
  // for a verb that has none (Lexicons::event_verbs).
  if (!lex.event_verbs.contains(t.predicate)) return nullptr;
  std::string key = t.predicate;
  key += '\t';
  const size_t verb_part = key.size();
  auto row = [&](std::string_view object) -> const EventRule* {
    key.resize(verb_part);
    key += object;
    auto it = lex.events.find(key);
    return it == lex.events.end() ? nullptr : &it->second;
  };
  if (!t.object_head.empty())
    if (const EventRule* r = row(t.object_head)) return r;
  if (std::string second = second_object_head(tk, t); !second.empty())
    if (const EventRule* r = row(second)) return r;
  if (std::string_view cls = object_class_of(lex, tk, t); !cls.empty()) {
    std::string at = "@";
    at += cls;
    if (const EventRule* r = row(at)) return r;
  }
  if (std::string adjective = adjective_complement(tk, t); !adjective.empty())
    if (const EventRule* r = row(adjective)) return r;
  return row("*");
}

// The triple's own verb is in the future ("will meet", "'ll visit"), whatever modality a report
// around it gave the fact.
bool future_verb(const SentenceWork& w, const Triple& t) {
  return t.verb < w.chunks.verbs.size() && w.chunks.verbs[t.verb].tense == Tense::kFuture;
}

// Event type from the ontology (a threat or a plan may change it).
void event_type_of(const Lexicons& lex, const SentenceWork& w, const Triple& t, ExtractedRelation& base) {
  const std::vector<Token>& tk = w.sentence.tokens;
  // accused-act-uncoded: the act an accusation or a charge names ("accused Y of violating the
  // truce", charged-with-gerund with reported modality) is the content of the 112 event, which is
  // coded; the act itself is not (data/gold/events/GUIDE.md: the act under a stance verb is not
  // coded). A conviction states its act (asserted modality) and keeps it.
  if (t.rule == "charged-with-gerund"sv && t.modality == "reported"sv) return;
  if (const EventRule* rule = event_rule_of(lex, tk, t)) {
    if (rule->no_event()) return;  // a row that says the pair is no CAMEO event ("sign + bill")
    base.event_type = rule->event_type;
    base.cameo = rule->cameo;
    base.symmetric = rule->symmetric;
    if (t.modality == "threatened"sv && !rule->threatened_type.empty()) {
      base.event_type = rule->threatened_type;
      base.cameo = rule->threatened_cameo;
    } else if ((t.modality == "planned"sv || t.modality == "promised"sv || t.modality == "expected"sv ||
                future_verb(w, t)) &&
               rule->cameo.starts_with("04")) {
      // Intent to meet (036) or mediate (039): a meeting planned, promised or expected ("the
      // ministers are expected to attend the summit" reports a meeting to come, not one held), also
      // when a report took over the modality of its "will" ("X will meet Y, officials said").
      base.cameo = stance_code(lex, "intent", rule->cameo);
    }
  }
}

// qualified-role-description (qualified_roles.h): "The Tory leader said" whose holder the article
// does not title is a party's or team's officer, not the agent "leader of" the story's country: the
// subject keeps its words.
bool unresolved_qualified_role(const std::vector<Mention>& mentions, size_t si, const Span& subject) {
  auto it = std::partition_point(mentions.begin(), mentions.end(), [si](const Mention& m) { return m.sentence < si; });
  for (; it != mentions.end() && it->sentence == si; ++it)
    if (it->rule == "qualified-role-description"sv && it->entity.empty() && it->tok_begin >= subject.b &&
        it->tok_end <= subject.e)
      return true;
  return false;
}

// The country of the speaker of claim `claim` (-1: none): the speaker itself when a country, else
// the country of an organisation a role in the article gives the speaker, else the story's country
// for a speaker whose title names no organisation or one of no known country ("chairman of the
// Commons accounts committee"); "" when unknown.
std::string speaker_country(const ArticleRun& run, int claim) {
  if (claim < 0) return "";
  const std::string& speaker = run.out.claims[static_cast<size_t>(claim)].speaker;
  if (speaker.empty()) return "";
  auto country_named = [&](const std::string& entity) {
    for (const Mention& m : run.mentions)
      if (m.entity == entity) return m.type == EntityType::kCountry ? entity : m.type == EntityType::kPlace ? m.country : "";
    return std::string();
  };
  if (std::string c = country_named(speaker); !c.empty()) return c;
  bool titled = false;  // "Treasury Secretary John Mbadi" with no country named: the story's official
  for (const Role& r : run.roles) {
    if (r.person != speaker) continue;
    if (std::string c = r.organization.empty() ? "" : country_named(r.organization); !c.empty()) return c;
    titled = true;
  }
  return titled ? run.agents->story_country() : "";
}

// prepositional-target (event_targets.h): a typed event aimed at an actor named in a prepositional
// argument ("opened fire on rebel positions") gets that argument's words as its target, and the
// entity they name; the object stays what it is. No agent actor is made for the words: the target
// is no graph edge (yet), and an agent node with no edge would be a node nobody reaches.
// passive-act-target: a passive whose patient is the act itself, a noun with its own (verb, noun)
// row in data/events.tsv ("charges were filed against the officers", "sanctions were imposed on
// the firm"), keeps the target its active form has. Other passives are left alone: their patient
// is the target already ("the envoy was sent to Rome" is no act aimed at Rome).
bool patient_is_the_act(const Lexicons& lex, const Triple& t) {
  if (t.object_head.empty()) return false;
  std::string key = t.predicate;
  key += '\t';
  key += t.object_head;
  return lex.events.find(key) != lex.events.end();
}

void set_prepositional_target(ArticleRun& run, size_t si, const Triple& t, ExtractedRelation& base) {
  if (base.cameo.empty() || (t.passive && !patient_is_the_act(run.res.lexicons, t))) return;
  const auto& tk = run.work[si].sentence.tokens;
  Span words = prepositional_target(run.res.lexicons, tk, t, run.work[si].times);
  if (words.empty()) return;
  base.target_text = span_text(tk, words);
  if (long head = run.linker->first_head(si, words, false); head >= 0) base.target = run.mentions[head].entity;
}

// text-subject (text_subjects.h): the relation's subject is the core of its noun group, as words.
void set_text_subject(const Lexicons& lex, const std::vector<Token>& tk, const Triple& t, ExtractedRelation& base) {
  base.subject_words = text_subject(lex, tk, t);
  if (!base.subject_words.empty()) base.text_rule = kTextSubject;
}

// passive-text-patient (text_subjects.h): the patient of an agentless passive, no name, is the
// relation's subject words, and its words the object text the news gold writes ("- | arrest | two
// suspects").
void set_text_patient(const std::vector<Token>& tk, const Triple& t, ExtractedRelation& base) {
  base.subject_words = text_patient(tk, t);
  if (base.subject_words.empty()) return;
  base.object_text = span_text(tk, t.object);
  base.subject_text.clear();  // as passive-event-target reads a typed one: no subject words, the patient as object
  base.text_rule = kPassiveTextPatient;
}

// sides-of-plural-head: "The foreign ministers of India and China met", "Delegations of Chile and
// Peru held talks": the subject of a symmetric event is a plural noun of two or more named sides;
// those sides are the event's participants (the first its subject, the others its objects). Empty
// when the subject has no "of" right after a plural noun or names fewer than two entities there.
std::vector<size_t> sides_of_plural_head(ArticleRun& run, size_t si, const Span& subject) {
  const auto& tk = run.work[si].sentence.tokens;
  for (size_t k = subject.b + 1; k + 1 < subject.e; ++k) {
    if (tk[k].lower != "of"sv) continue;
    if (tk[k - 1].tag != "NNS") return {};
    auto sides = run.linker->heads(si, Span{k + 1, subject.e}, true);
    return sides.size() >= 2 ? sides : std::vector<size_t>{};
  }
  return {};
}

// they-plural-noun-group (text_subjects.h): a subject "they" no mention took, with a plural noun
// group before it as its antecedent, acts as that group: its words are the relation's subject
// words, as a text subject's ("firefighters | put out | the fire").
void set_they_subject(ArticleRun& run, size_t si, const Triple& t, ExtractedRelation& base) {
  if (!subject_is_they(run.work[si].sentence.tokens, t)) return;
  const std::optional<GroupAntecedent> a = they_group_before(run, si, t.subject.b);
  if (!a) return;
  const auto& group_tk = run.work[a->sentence].sentence.tokens;
  std::string words = text_subject_for_they(run.res.lexicons, t, group_tk, a->group);
  if (words.empty()) return;
  base.subject_words = std::move(words);
  base.text_rule = kTheyPluralNounGroup;
}

// research-group-reference (study_authors.h): a text subject that refers back to a research group
// ("The researchers also tracked 40 gulls", "They estimated ...") takes the words of the group's
// introduction ("team led by Dr Ana Ruiz at the University of Leeds").
void set_research_group_subject(ArticleRun& run, size_t si, const Triple& t, ExtractedRelation& base) {
  const auto group = research_group_referred(run, si, t.subject);
  if (!group) return;
  std::string intro = research_group_words(run.work[group->sentence].sentence.tokens, group->span);
  // The words the clause used stay first when the introduction lacks them: "researchers (team led
  // by Dr Ana Ruiz at the University of Leeds)".
  if (!base.subject_words.empty() && to_lower(intro).find(to_lower(base.subject_words)) == std::string::npos)
    intro = base.subject_words + " (" + intro + ")";
  base.subject_words = std::move(intro);
  base.text_rule = kResearchGroupReference;
}

// The graph edges of one triple: its subject and object spans linked to entities, one relation
// per pairing (the text reading alone when nothing links). The triple's reading is relations[at],
// the last relation: it becomes the first pairing, and copies of it made before it is changed the
// others, so that no relation is built and then moved (twenty strings each).
void relations_of_triple(ArticleRun& run, size_t si, const Triple& t, size_t at) {
  std::vector<ExtractedRelation>& relations = run.out.relations;
  ExtractedRelation& base = relations[at];  // valid until the first copy is added
  const std::vector<Mention>& mentions = run.mentions;
  Linker& linker = *run.linker;
  bool passive_no_agent = t.passive && t.subject.empty();
  std::vector<size_t>& subjects = linker.subjects;
  std::vector<size_t>& objects = linker.objects;
  // objects[target_list_from..] are the later names of a target's list (target-list-item), whose
  // relations record that rule; kNone when the objects are no such list.
  size_t target_list_from = kNone;
  linker.heads_into(si, passive_no_agent ? t.object : t.subject, !passive_no_agent, subjects);
  if (passive_no_agent) objects.clear();
  else linker.heads_into(si, t.object, false, objects);
  // interviewee-first-person (interview_speakers.h): "I think", "I have two dogs", "I tell you", "I
  // find them dedicated" are the interviewee talking, no events: "I" acts only with a verb that has
  // an event reading and is no verb of opinion (data/lexicon/interview_talk_verbs.txt).
  if (!subjects.empty() &&
      std::all_of(subjects.begin(), subjects.end(), [&](size_t s) { return mentions[s].rule == kIntervieweeFirstPerson; }) &&
      (!has_event_reading(t.predicate) || run.res.lexicons.interview_talk_verbs.find(t.predicate) != StringTable::kNone))
    subjects.clear();
  // passive-event-target: "the opposition leader was arrested" names the patient, the event's
  // target (the event and news gold write "- | arrest | opposition leader"): a typed event reads
  // with no subject words and the patient's words as its object text, while the patient stays the
  // graph edge's subject entity as for every passive.
  if (passive_no_agent && !base.cameo.empty()) {
    base.object_text = span_text(run.work[si].sentence.tokens, t.object);
    base.subject_text.clear();
  } else if (passive_no_agent) {
    base.object_text.clear();
  }
  // A target read from the clause's extra arguments ("assumed the operations and staff from ITT")
  // stands for the clause once: the further items of a list object (object-list-item) keep their words.
  if (objects.empty() && !passive_no_agent && base.rule != kObjectListItem) {
    long target = linker.target_in_extras(si, t, !base.cameo.empty());
    // "Britain banned them from entering the country": the subject itself is no target.
    bool self = target >= 0 && std::any_of(subjects.begin(), subjects.end(),
                                            [&](size_t s) { return mentions[s].entity == mentions[target].entity; });
    if (target >= 0 && !self) {
      objects.push_back(static_cast<size_t>(target));
      // target-list-item: "from A, B and C" gives one target per name; not what a cue verb's
      // phrase names ("said in addition to A, B and C").
      if (!run.res.lexicons.cues.contains(t.predicate))
        linker.target_list_items(si, t, !base.cameo.empty(), static_cast<size_t>(target), objects);
      if (objects.size() > 1) target_list_from = 1;
    }
  }
  // research-group-reference: a "they" the resolution gave the institution of a research group
  // introduced before is that group ("Scientists at the University of Leeds ... They tracked").
  if (!subjects.empty() && !passive_no_agent && t.subject.e == t.subject.b + 1 &&
      run.work[si].sentence.tokens[t.subject.b].lower == "they"sv && research_group_referred(run, si, t.subject))
    subjects.clear();
  if (base.symmetric && subjects.empty() && objects.empty() && !passive_no_agent && !t.subject.empty()) {
    subjects = sides_of_plural_head(run, si, t.subject);
    if (!subjects.empty()) base.rule = "sides-of-plural-head";
  }
  // "Ferreira and Okafor met": a symmetric event between the conjuncts.
  if (base.symmetric && objects.empty() && subjects.size() >= 2) {
    objects.assign(subjects.begin() + 1, subjects.end());
    subjects.erase(subjects.begin() + 1, subjects.end());  // keeps the first (resize(1) here draws a false GCC -Warray-bounds)
  }
  if (subjects.empty()) {
    // agent-actor: a common-noun agent ("Kenyan police") is the subject actor (agent_actors.h);
    // text-subject: else a plain participant with an event ("a bridge collapsed") keeps its words
    // as the subject (text_subjects.h); else the text reading is kept for text output, not a graph edge.
    const auto& tk = run.work[si].sentence.tokens;
    std::string agent = passive_no_agent || t.subject.empty() || unresolved_qualified_role(mentions, si, t.subject)
                            ? ""
                            : run.agents->name(tk, t.subject.b, t.subject.e, si, base.claim >= 0, speaker_country(run, base.claim));
    if (!agent.empty()) base.subject = agent;
    if (agent.empty() && !passive_no_agent) set_text_subject(run.res.lexicons, tk, t, base);
    if (agent.empty() && !passive_no_agent && base.subject_words.empty()) set_they_subject(run, si, t, base);
    if (!passive_no_agent && (!base.subject_words.empty() || (subject_is_they(tk, t) && has_event_reading(t.predicate))))
      set_research_group_subject(run, si, t, base);
    if (passive_no_agent) set_text_patient(tk, t, base);
    const bool actor = !agent.empty() || !base.subject_words.empty();
    if (!actor || objects.empty()) return;  // the reading alone
    for (size_t k = 1; k < objects.size(); ++k) relations.push_back(relations[at]);
    for (size_t k = 0; k < objects.size(); ++k) {
      relations[at + k].object = mentions[objects[k]].entity;
      if (k >= target_list_from) relations[at + k].rule = kTargetListItem;
    }
    return;
  }
  const double conf = base.confidence + 0.05;
  // The pairings in order, subject by subject; an entity is not paired with itself.
  auto pairings = [&](auto&& pair) {
    for (size_t s : subjects) {
      if (objects.empty()) pair(s, kNone, false);
      for (size_t k = 0; k < objects.size(); ++k)
        if (mentions[objects[k]].entity != mentions[s].entity) pair(s, objects[k], k >= target_list_from);
    }
  };
  size_t count = 0;
  pairings([&](size_t, size_t, bool) { ++count; });
  // Every pairing linked an entity to itself ("The RIAA ranks it" with "it" read as the
  // RIAA): no graph edge, but the text reading stays.
  if (count == 0) return;
  for (size_t k = 1; k < count; ++k) relations.push_back(relations[at]);
  size_t k = at;
  pairings([&](size_t s, size_t o, bool list_item) {
    ExtractedRelation& r = relations[k++];
    r.subject = mentions[s].entity;
    if (list_item) r.rule = kTargetListItem;
    if (o == kNone) {
      r.confidence = std::min(0.95, conf);
    } else {
      r.object = mentions[o].entity;
      r.confidence = std::min(0.95, conf + 0.05);
    }
  });
}

// The entities (or else the agent actor) that tokens [b, e) of sentence si name: the participants
// of the passes that code events from a phrase (event nouns, demand-that).
std::vector<std::string> participant_names(ArticleRun& run, size_t si, size_t b, size_t e) {
  std::vector<std::string> out;
  for (size_t m : run.linker->heads(si, Span{b, e}, true)) out.push_back(run.mentions[m].entity);
  if (out.empty())
    if (std::string a = run.agents->name(run.work[si].sentence.tokens, b, e, si); !a.empty()) out.push_back(std::move(a));
  return out;
}

// event-noun: "talks between A and B", "the arrest of X" (extract/facts/event_nouns.h), with the
// participant_names of the participants' tokens.
void add_sentence_event_nouns(ArticleRun& run, size_t si, size_t sentence_first) {
  const SentenceWork& w = run.work[si];
  const auto& tk = w.sentence.tokens;
  auto names = [&](size_t b, size_t e) { return participant_names(run, si, b, e); };
  auto when = [&]() {
    const Article& article = run.article;
    return w.times.size() == 1 ? time_value(w.times[0], article.text, article.date) : TimeValue{"", article.date, "DATE", true};
  };
  add_event_noun_events(tk, si, run.res.lexicons, names, when, run.out.relations, sentence_first);
}

// The relations [at, end) that one clause (tokens `clause`) of a sentence gave.
struct ClauseRelations {
  Span clause;
  size_t at = 0, end = 0;
};

// result-noun: "X's 3-1 win over Y", "with a victory over Y" (extract/facts/result_nouns.h); the
// owner after a lead word is the subject of the innermost clause around the noun.
void add_sentence_result_nouns(ArticleRun& run, size_t si, size_t sentence_first,
                               const std::vector<ClauseRelations>& clauses) {
  const SentenceWork& w = run.work[si];
  const auto& tk = w.sentence.tokens;
  auto names = [&](size_t b, size_t e) { return participant_names(run, si, b, e); };
  // The clause around token i, the innermost; else the clause the noun's phrase closes ("went top
  // with a win over": the clause may end before its adverbial), when only a lead verb stands between.
  auto reaches = [&](const ClauseRelations& c, size_t i) {
    if (c.clause.empty() || c.clause.b > i) return false;
    if (i < c.clause.e) return true;
    size_t verbs = 0;
    for (size_t k = c.clause.e; k < i; ++k) {
      const std::string_view tag = tk[k].tag.view();
      if (tag == ":" || tk[k].text == ";" || tag == "``" || tag == "''" || tk[k].text == ".") return false;
      if (!tag.empty() && (tag[0] == 'V' || tag == "MD") && ++verbs > 1) return false;
    }
    return true;
  };
  auto clause_at = [&](size_t i) -> const ExtractedRelation* {
    const ExtractedRelation* best = nullptr;
    size_t best_b = 0;
    bool best_inside = false;
    for (const ClauseRelations& c : clauses) {
      if (!reaches(c, i)) continue;
      const bool inside = i < c.clause.e;
      // Inside beats before; among equals the one that starts later (the innermost).
      if (best && (best_inside > inside || (best_inside == inside && c.clause.b < best_b))) continue;
      for (size_t r = c.at; r < c.end; ++r) {
        const ExtractedRelation& x = run.out.relations[r];
        if (x.attribution || x.surface_only || x.subject.empty()) continue;
        best = &x;
        best_b = c.clause.b;
        best_inside = inside;
        break;
      }
    }
    return best;
  };
  auto when = [&]() {
    const Article& article = run.article;
    return w.times.size() == 1 ? time_value(w.times[0], article.text, article.date) : TimeValue{"", article.date, "DATE", true};
  };
  add_result_noun_events(tk, si, run.res.lexicons, names, clause_at, when, run.out.relations, sentence_first);
}

// demand-that (that_clause_events.h), after the stance events: it appends, so no index moves; and
// attack-as-criticism, attack-for-criticism, found-guilty, into-custody, riot-control-weapon,
// blame-actor and undergone-act (complement_events.h),
// which recode in place.
void add_sentence_pass_events(ArticleRun& run) {
  for (size_t si = 0; si < run.work.size(); ++si) {
    const auto& tk = run.work[si].sentence.tokens;
    auto names = [&](size_t b, size_t e) { return participant_names(run, si, b, e); };
    add_demand_that_events(tk, si, run.res.lexicons, names, run.out.relations);
    code_complement_events(tk, si, run.res.lexicons, names, run.out.relations);
  }
}

// Every triple's relations; an attribution or a surface reading keeps its text with its subject.
void link_relations(ArticleRun& run) {
  // Every role gives one reading, and a triple one relation or more (one per subject and object
  // pairing, stance and event-noun events besides): room for two a triple, so that the vector of
  // wide relations (twenty strings each) is not moved on growth, here or by the later passes.
  size_t expected_relations = run.roles.size() + 8;
  for (const SentenceWork& w : run.work) expected_relations += 2 * w.facts.triples.size();
  run.out.relations.reserve(expected_relations);
  std::vector<ClauseRelations> clauses;  // the sentence's, for the result nouns
  for (size_t si = 0; si < run.work.size(); ++si) {
    const size_t sentence_first = run.out.relations.size();  // for the event nouns
    clauses.clear();
    for (const Triple& t : run.work[si].facts.triples) {
      // Read in place, not built and then moved: a relation is twenty strings.
      const size_t at = run.out.relations.size();
      ExtractedRelation& base = run.out.relations.emplace_back();
      if (!relation_reading(run, si, t, base)) {
        run.out.relations.pop_back();
        continue;
      }
      if (t.attribution || t.surface_only) {
        if (long sp = run.linker->first_head(si, t.subject, true); sp >= 0) base.subject = run.mentions[sp].entity;
        continue;  // relation_reading gave it the words of arg2 as its object text
      }
      event_type_of(run.res.lexicons, run.work[si], t, base);
      set_prepositional_target(run, si, t, base);
      relations_of_triple(run, si, t, at);
      clauses.push_back({t.clause, at, run.out.relations.size()});
    }
    add_sentence_event_nouns(run, si, sentence_first);
    add_sentence_result_nouns(run, si, sentence_first, clauses);
  }
  code_violent_acts(run.out.relations, run.res.lexicons);  // actor-violence (extract/facts/violent_acts.cpp)
  code_stance_events(run.out.relations, run.res.lexicons);  // stance events (extract/facts/stance_events.cpp)
  uncode_non_actor_events(run.out.relations, run.res.lexicons);  // non-actor-subject (facts/non_actor_subjects.h)
  add_accusation_events(run.out.claims, run.out.relations);  // accusation-that (that_clause_events.h)
  add_labelling_criticism(run.out.claims, run.res.lexicons, run.out.relations);  // labelling-criticism (labelling_events.h)
  add_sentence_pass_events(run);
  // Relation indexes per claim.
  ArticleExtraction& out = run.out;
  for (size_t ri = 0; ri < out.relations.size(); ++ri)
    if (out.relations[ri].claim >= 0 && !out.relations[ri].attribution)
      out.claims[out.relations[ri].claim].relations.push_back(static_cast<int>(ri));
}

// The entity rows of an article's mentions, found by name. Most articles name a handful of
// entities, and a scan of a few names (most differ in length) costs less than hashing one and a
// node per name; an article with many builds the hash index and goes on with it.
class EntityRows {
 public:
  // REQUIRES: `rows` has room for every row to be added (they are not moved: the index views
  // their names).
  explicit EntityRows(std::vector<ExtractedEntity>& rows) : rows_(rows), first_(rows.size()) {}

  // The row named `name`, added with `type` when there is none yet.
  ExtractedEntity& row(std::string_view name, EntityType type) {
    if (index_.empty()) {
      for (size_t i = first_; i < rows_.size(); ++i)
        if (rows_[i].name == name) return rows_[i];
      if (rows_.size() - first_ < kScanned) return add(name, type);
      for (size_t i = first_; i < rows_.size(); ++i) index_.emplace(rows_[i].name, i);
    }
    auto [it, fresh] = index_.try_emplace(name, rows_.size());  // no node made for a known name
    return fresh ? add(name, type) : rows_[it->second];
  }

 private:
  static constexpr size_t kScanned = 16;  // rows scanned before the index is built
  ExtractedEntity& add(std::string_view name, EntityType type) {
    ExtractedEntity& e = rows_.emplace_back();  // filled in place, not made and then moved
    e.name = name;
    e.type = type;
    return e;
  }
  std::vector<ExtractedEntity>& rows_;
  const size_t first_;  // the rows before it are not this article's mentions'
  std::unordered_map<std::string_view, size_t> index_;  // name -> row, once there are many rows
};

// Mentions and entities, with their aliases.
void collect_entities(ArticleRun& run) {
  ArticleExtraction& out = run.out;
  run.agents->append_mentions(run.mentions);  // the agent actors' mentions, now the others are final
  // Room for every mention and every entity at once: a wide ExtractedMention is not moved on
  // growth, and the entity rows' names stay where EntityRows' index views them. The rows keep the
  // order of first mention.
  out.mentions.reserve(out.mentions.size() + run.mentions.size());
  out.entities.reserve(out.entities.size() + run.mentions.size());
  EntityRows rows(out.entities);
  static constexpr std::string_view kinds[] = {"name", "demonym", "pronoun", "description", "dateline", "agent"};
  // The article's mentions are read for the last time here: their strings are moved into the output.
  for (Mention& m : run.mentions) {
    if (m.entity.empty()) continue;
    // Filled in place, not made and then moved (field by field: clang 14, which builds the fuzzers,
    // has no parenthesized aggregate initialization).
    ExtractedMention& x = out.mentions.emplace_back();
    x.text = std::move(m.text);
    x.start = m.start;
    x.end = m.end;
    x.type = m.type;
    x.entity = std::move(m.entity);
    x.sentence = m.sentence;
    x.kind = kinds[static_cast<int>(m.kind)];
    x.country = std::move(m.country);
    x.rule = m.rule;
    ExtractedEntity& e = rows.row(x.entity, m.type);
    e.mentions++;
    if (e.type == EntityType::kOther && m.kind != MentionKind::kPronoun) e.type = m.type;
    // "Ottawa" standing for Canada is not a name of Canada: it stays out of the aliases.
    if ((m.kind == MentionKind::kName || m.kind == MentionKind::kDemonym || m.kind == MentionKind::kDateline) &&
        !m.metonymy) {
      if (std::find(e.aliases.begin(), e.aliases.end(), x.text) == e.aliases.end()) e.aliases.push_back(x.text);
    }
  }
}

// What each AGENT entity is besides its name, for the store and the exports: the sector of its
// noun (data/agents.tsv) and its country ("police of Kenya": COP, Kenya), as the agent actors
// found them.
void agent_fields(ArticleRun& run) {
  for (const ExtractedEntity& e : run.out.entities) {
    if (e.type != EntityType::kAgent) continue;
    ExtractedAgent a;
    a.entity = e.name;
    if (const AgentActors::Fields* f = run.agents->fields(e.name)) a.sector = f->sector, a.country = f->country;
    run.out.agents.push_back(std::move(a));
  }
}

// Roles, each with its title as a textual reading: (Marina Alvarez; is; President). Roles carry
// it in the graph.
void role_readings(ArticleRun& run) {
  ArticleExtraction& out = run.out;
  for (const Role& r : run.roles) {
    out.roles.push_back({r.person, r.role, r.organization, r.sentence, r.rule});
    ExtractedRelation& t = out.relations.emplace_back();  // filled in place, not moved
    t.subject = r.person;
    t.subject_text = t.arg1 = r.person_text;
    t.predicate = "be";
    t.text = "is";
    t.arg2 = t.object_text = r.title_text;
    t.sentence = r.sentence;
    t.confidence = 0.45;
    t.surface_only = true;
    t.rule = r.rule;
  }
}

// What fired (--trace), and the stage times.
void finish(ArticleRun& run) {
  if (run.options.trace) add_fired_to_trace(run.out);
  if (run.options.times) {
    run.options.times->entities += run.entity_seconds;
    run.options.times->total += since(run.t_start);
  }
}

struct ArticleStep {
  std::string_view name;
  void (*apply)(ArticleRun& run);
};

// The article's steps in order: the sentence stages, then what links their results across the
// article (claims before the relations that point at them).
constexpr ArticleStep kArticleSteps[] = {
    {"analyze-sentences", analyze_sentences},
    {"sentence-stages", sentence_stages},
    {"resolve-entities", resolve_entities},
    {"link-claims", link_claims},
    {"first-person-plural", first_person_plural},
    {"link-relations", link_relations},
    {"collect-entities", collect_entities},
    {"agent-fields", agent_fields},
    {"role-readings", role_readings},
    {"finish", finish},
};

}  // namespace

ArticleExtraction extract_article(const Article& article, const Resources& res, const ExtractOptions& options) {
  ArticleExtraction out;
  ArticleRun run{article, res, options, out, StageClock::now(), {}, {}, {}, {}, {}, {}, {}, {}, {}, 0};
  out.article = article;
  for (const ArticleStep& s : kArticleSteps) s.apply(run);
  // Nothing in `out` points into the sentences' tokens or chunks: the next article reuses them.
  for (SentenceWork& w : run.work) {
    give_back_tokens(std::move(w.sentence.tokens));
    give_back_chunks(std::move(w.chunks));
  }
  return out;
}

}  // namespace newsgraph
