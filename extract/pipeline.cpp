#include "pipeline.h"

#include "dateline_region.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "chunker.h"
#include "entities.h"
#include "page_furniture.h"
#include "text_util.h"
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
};

// Head nouns that make "the Canadian cabinet" or "Beijing's government" stand for the country.
bool government_word(const std::string& lemma) {
  return lemma == "government"sv || lemma == "cabinet"sv || lemma == "administration"sv || lemma == "authority"sv ||
         lemma == "authorities"sv || lemma == "ministry"sv || lemma == "official"sv || lemma == "side"sv ||
         lemma == "delegation"sv || lemma == "negotiator"sv;
}

class Linker {
 public:
  Linker(std::vector<SentenceWork>& work, std::vector<Mention>& mentions) : work_(work), mentions_(mentions) {
    for (size_t i = 0; i < mentions_.size(); ++i) by_sentence_[mentions_[i].sentence].push_back(i);
  }

  // The entities that head the conjuncts of a span ("Ferreira and Okafor" -> both). `agent`
  // applies metonymy: a capital or a national government word acting stands for the country.
  std::vector<size_t> heads(size_t si, const Span& span, bool agent) {
    std::vector<size_t> out;
    if (span.empty()) return out;
    const auto& tk = work_[si].sentence.tokens;
    const Chunks& c = work_[si].chunks;
    // Conjuncts: split at top-level "and"/"or"/"," between noun groups.
    std::vector<Span> parts;
    size_t b = span.b;
    bool list = false;  // commas separate conjuncts only in a list that closes with "and"/"or"
    for (size_t k = span.b; k < span.e && tk[k].tag != "IN"; ++k) list = list || tk[k].lower == "and"sv || tk[k].lower == "or"sv;
    for (size_t k = span.b; k < span.e; ++k) {
      const std::string& lw = tk[k].lower;
      bool separator = lw == "and"sv || lw == "or"sv || (list && lw == ","sv);
      // "A, B, and C": the comma before "and" is part of the separator.
      bool after_list_comma = list && k > span.b + 1 && tk[k - 1].text == ","sv && c.noun_at[k - 2] >= 0;
      if (separator && k > span.b && (c.noun_at[k - 1] >= 0 || after_list_comma) && k + 1 < span.e && c.noun_at[k + 1] >= 0) {
        parts.push_back({b, k});
        b = k + 1;
      }
      if (lw == "of"sv || tk[k].tag == "IN") break;  // "talks between A and B": the head is "talks"
    }
    // When the split stopped at a preposition, only the first NP chain counts.
    size_t stop = span.e;
    for (size_t k = span.b; k < span.e; ++k)
      if (tk[k].tag == "IN" || tk[k].tag == "TO") {
        stop = k;
        break;
      }
    parts.push_back({b, std::min(stop, span.e)});
    for (const Span& p : parts) {
      if (p.empty()) continue;
      int ni = c.noun_at[p.b];
      size_t head = ni >= 0 ? c.nouns[ni].head : p.e - 1;
      if (head >= p.e) head = p.e - 1;
      long best = -1;
      long demonym = -1;
      for (size_t mi : by_sentence_[si]) {
        const Mention& m = mentions_[mi];
        if (m.tok_begin < p.b || m.tok_end > p.e) continue;
        if (m.kind == MentionKind::kDemonym) {
          if (demonym < 0) demonym = static_cast<long>(mi);
          continue;
        }
        if (m.entity.empty()) continue;
        if (m.tok_begin <= head && head < m.tok_end) best = static_cast<long>(mi);
      }
      if (best < 0 && demonym >= 0 && agent && government_word(tk[head].lemma)) best = demonym;
      if (best < 0) continue;
      Mention& m = mentions_[best];
      if (agent && m.capital && !m.country.empty() && m.kind != MentionKind::kDemonym) {
        m.entity = m.country;
        m.type = EntityType::kCountry;
        m.capital = false;
        m.metonymy = true;
      }
      out.push_back(static_cast<size_t>(best));
    }
    return out;
  }

  // Entity in the extra arguments that a relation without an entity object is aimed at
  // ("tariffs on Brazilian coffee" -> Brazil).
  long target_in_extras(size_t si, const Triple& t) {
    const auto& tk = work_[si].sentence.tokens;
    for (const Span& s : t.extra) {
      const std::string& p = tk[s.b].lower;
      if (p != "on" && p != "against" && p != "with" && p != "to" && p != "from" && p != "toward") continue;
      for (size_t mi : by_sentence_[si]) {
        const Mention& m = mentions_[mi];
        if (m.tok_begin >= s.b && m.tok_end <= s.e && !m.entity.empty() && m.type != EntityType::kPlace)
          return static_cast<long>(mi);
      }
    }
    return -1;
  }

  long mention_in(size_t si, const Span& s) {
    for (size_t mi : by_sentence_[si]) {
      const Mention& m = mentions_[mi];
      if (m.tok_begin >= s.b && m.tok_end <= s.e && !m.entity.empty()) return static_cast<long>(mi);
    }
    return -1;
  }

 private:
  std::vector<SentenceWork>& work_;
  std::vector<Mention>& mentions_;
  std::map<size_t, std::vector<size_t>> by_sentence_;
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

TimeValue time_value(const TimeExpression& te, const std::string& text) {
  TimeValue tv;
  tv.text = text.substr(te.start, te.end - te.start);
  tv.value = te.value;
  tv.type = te.type;
  return tv;
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
  auto stage_order = [](const std::string& s) { return s == "time" ? 0 : s == "entities" ? 1 : 2; };
  std::stable_sort(out.trace.begin(), out.trace.end(), [&](const TraceEvent& a, const TraceEvent& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : stage_order(a.stage) < stage_order(b.stage);
  });
}

double since(StageClock::time_point t) { return std::chrono::duration<double>(StageClock::now() - t).count(); }
}  // namespace

ArticleExtraction extract_article(const Article& article, const Resources& res, const ExtractOptions& options) {
  const auto t_start = StageClock::now();
  ArticleExtraction out;
  out.article = article;
  const std::string& text = article.text;
  const Lexicons& lex = res.lexicons;
  std::vector<SentenceWork> work;
  {
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
      for (auto [b, e] : furniture.prose_ranges(text)) {
        auto s = analyze(text, b, e, res, ao, &out.sentence_capped);
        for (auto& x : s) sentences.push_back(std::move(x));
      }
    }
    work.resize(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) work[i].sentence = std::move(sentences[i]);
  }
  if (options.times) options.times->analysis += since(t_start);
  double entity_seconds = 0;
  std::vector<Mention> mentions;
  std::vector<Role> roles;
  TimeDocument time_doc;  // carries the reporting quarter from sentence to sentence
  out.sentences.reserve(work.size());
  for (size_t si = 0; si < work.size(); ++si) {
    SentenceWork& w = work[si];
    out.sentences.push_back({w.sentence.start, w.sentence.end});
    w.chunks = chunk(w.sentence.tokens, lex);
    std::vector<TimeRefusal> time_refusals;
    w.times = find_times(w.sentence.tokens, w.chunks, article.date, &time_doc, options.trace ? &time_refusals : nullptr);
    for (const TimeRefusal& r : time_refusals)
      out.trace.push_back({si, "time", std::string(r.rule), false, "at '" + w.sentence.tokens[r.token].text + "': " + r.reason});
    for (const TimeExpression& te : w.times)
      out.times.push_back({text.substr(te.start, te.end - te.start), te.type, te.value, te.start, te.end, si, te.rule});
    const auto t_entities = StageClock::now();
    recognize_entities(w.sentence.tokens, si, lex, mentions, roles);
    if (options.times) entity_seconds += since(t_entities);
    w.facts = extract_triples(w.sentence.tokens, w.chunks, lex, w.times);
    if (options.trace)
      for (const FactRefusal& r : w.facts.refusals)
        out.trace.push_back({si, "facts", std::string(r.rule), false,
                             "at '" + w.sentence.tokens[r.token].text + "': " + std::string(r.reason)});
  }
  const auto t_resolve = StageClock::now();
  resolve_in_article(mentions, roles);
  add_dateline_places(text, out.article.body_start, lex, mentions);
  Linker linker(work, mentions);
  if (options.times) entity_seconds += since(t_resolve);

  // Claims first, so that relations can point at them.
  std::vector<std::vector<int>> claim_index(work.size());
  for (size_t si = 0; si < work.size(); ++si) {
    SentenceWork& w = work[si];
    const auto& tk = w.sentence.tokens;
    claim_index[si].assign(w.facts.claims.size(), -1);
    for (size_t ci = 0; ci < w.facts.claims.size(); ++ci) {
      const Claim& cl = w.facts.claims[ci];
      if (cl.negated || cl.content.empty()) continue;  // "did not say whether ..." states no claim
      ExtractedClaim ec;
      auto sp = linker.heads(si, cl.speaker, true);
      if (!sp.empty()) ec.speaker = mentions[sp[0]].entity;
      ec.speaker_text = span_text(tk, cl.speaker);
      ec.cue = cl.cue;
      ec.content = text.substr(tk[cl.content.b].start, tk[cl.content.e - 1].end - tk[cl.content.b].start);
      ec.modality = cl.modality;
      ec.sentence = si;
      ec.rule = cl.rule;
      // The claim's time: the time of the attribution clause, else the article date.
      for (const Triple& t : w.facts.triples)
        if (t.attribution && t.claim == static_cast<int>(ci) && t.time >= 0) {
          ec.has_time = true;
          ec.time = time_value(w.times[t.time], text);
        }
      if (!ec.has_time && !article.date.empty()) {
        ec.has_time = true;
        ec.time = {"", article.date, "DATE", true};
      }
      claim_index[si][ci] = static_cast<int>(out.claims.size());
      out.claims.push_back(std::move(ec));
    }
  }

  // Most triples give one relation, and every role one reading: one allocation, not a doubling.
  size_t expected_relations = roles.size();
  for (const SentenceWork& w : work) expected_relations += w.facts.triples.size();
  out.relations.reserve(expected_relations);
  for (size_t si = 0; si < work.size(); ++si) {
    SentenceWork& w = work[si];
    const auto& tk = w.sentence.tokens;
    for (const Triple& t : w.facts.triples) {
      ExtractedRelation base;
      base.predicate = t.predicate;
      base.text = t.relation;
      base.arg1 = span_text(tk, t.arg1);
      base.arg2 = span_text(tk, t.arg2);
      for (const Span& s : t.extra) base.extra.push_back(span_text(tk, s));
      base.subject_text = span_text(tk, t.subject.empty() ? t.arg1 : t.subject);
      base.object_text = span_text(tk, t.object);
      base.modality = t.modality;
      base.polarity = t.negated ? "negative" : "positive";
      base.confidence = t.confidence;
      base.sentence = si;
      base.attribution = t.attribution;
      base.surface_only = t.surface_only;
      base.rule = t.rule;
      if (t.claim >= 0 && t.claim < static_cast<int>(claim_index[si].size())) {
        base.claim = claim_index[si][t.claim];
        // Content of a claim that was not made ("did not say whether") is nobody's fact.
        if (base.claim < 0 && !t.attribution) continue;
      }
      if (t.time >= 0) {
        base.has_time = true;
        base.time = time_value(w.times[t.time], text);
      } else if (!article.date.empty()) {
        base.has_time = true;
        base.time = {"", article.date, "DATE", true};
      }
      if (!t.location.empty()) {
        long lm = linker.mention_in(si, t.location);
        base.location = lm >= 0 ? mentions[lm].entity : span_text(tk, t.location);
      }
      if (t.attribution || t.surface_only) {
        auto sp = linker.heads(si, t.subject, true);
        if (!sp.empty()) base.subject = mentions[sp[0]].entity;
        base.object_text = base.arg2;
        out.relations.push_back(std::move(base));
        continue;
      }
      // Event type from the ontology.
      if (const EventRule* rule = lex.event_for(t.predicate, t.object_head)) {
        base.event_type = rule->event_type;
        base.cameo = rule->cameo;
        base.symmetric = rule->symmetric;
        if (t.modality == "threatened" && !rule->threatened_type.empty()) {
          base.event_type = rule->threatened_type;
          base.cameo = rule->threatened_cameo;
        } else if ((t.modality == "planned" || t.modality == "promised") && rule->cameo.starts_with("04")) {
          base.cameo = "036";  // express intent to meet or negotiate
        }
      }
      bool passive_no_agent = t.passive && t.subject.empty();
      auto subjects = linker.heads(si, passive_no_agent ? t.object : t.subject, !passive_no_agent);
      auto objects = passive_no_agent ? std::vector<size_t>{} : linker.heads(si, t.object, false);
      if (passive_no_agent) base.object_text.clear();
      if (objects.empty() && !passive_no_agent) {
        long target = linker.target_in_extras(si, t);
        if (target >= 0) objects.push_back(static_cast<size_t>(target));
      }
      // "Ferreira and Okafor met": a symmetric event between the conjuncts.
      if (base.symmetric && objects.empty() && subjects.size() >= 2) {
        objects.assign(subjects.begin() + 1, subjects.end());
        subjects.resize(1);
      }
      if (subjects.empty()) {
        out.relations.push_back(std::move(base));  // kept for text output; not a graph edge
        continue;
      }
      double conf = base.confidence + 0.05;
      const size_t before = out.relations.size();
      for (size_t s : subjects) {
        if (objects.empty()) {
          ExtractedRelation r = base;
          r.subject = mentions[s].entity;
          r.confidence = std::min(0.95, conf);
          out.relations.push_back(std::move(r));
          continue;
        }
        for (size_t o : objects) {
          if (mentions[o].entity == mentions[s].entity) continue;
          ExtractedRelation r = base;
          r.subject = mentions[s].entity;
          r.object = mentions[o].entity;
          r.confidence = std::min(0.95, conf + 0.05);
          out.relations.push_back(std::move(r));
        }
      }
      // Every pairing linked an entity to itself ("The RIAA ranks it" with "it" read as the
      // RIAA): no graph edge, but the text reading stays.
      if (out.relations.size() == before) out.relations.push_back(std::move(base));
    }
  }
  // Relation indexes per claim.
  for (size_t ri = 0; ri < out.relations.size(); ++ri)
    if (out.relations[ri].claim >= 0 && !out.relations[ri].attribution)
      out.claims[out.relations[ri].claim].relations.push_back(static_cast<int>(ri));

  // Mentions and entities.
  std::map<std::string, size_t> entity_index;
  for (const Mention& m : mentions) {
    if (m.entity.empty()) continue;
    static const char* const kinds[] = {"name", "demonym", "pronoun", "description", "dateline"};
    out.mentions.push_back({m.text, m.start, m.end, m.type, m.entity, m.sentence, kinds[static_cast<int>(m.kind)], m.country, m.rule});
    auto [it, fresh] = entity_index.emplace(m.entity, out.entities.size());
    if (fresh) out.entities.push_back({m.entity, m.type, {}, 0});
    ExtractedEntity& e = out.entities[it->second];
    e.mentions++;
    if (e.type == EntityType::kOther && m.kind != MentionKind::kPronoun) e.type = m.type;
    // "Ottawa" standing for Canada is not a name of Canada: it stays out of the aliases.
    if ((m.kind == MentionKind::kName || m.kind == MentionKind::kDemonym || m.kind == MentionKind::kDateline) &&
        !m.metonymy) {
      if (std::find(e.aliases.begin(), e.aliases.end(), m.text) == e.aliases.end()) e.aliases.push_back(m.text);
    }
  }
  for (const Role& r : roles) {
    out.roles.push_back({r.person, r.role, r.organization, r.sentence, r.rule});
    // The title as a textual reading: (Marina Alvarez; is; President). Roles carry it in the graph.
    ExtractedRelation t;
    t.subject = r.person;
    t.subject_text = t.arg1 = r.person_text;
    t.predicate = "be";
    t.text = "is";
    t.arg2 = t.object_text = r.title_text;
    t.sentence = r.sentence;
    t.confidence = 0.45;
    t.surface_only = true;
    t.rule = r.rule;
    out.relations.push_back(std::move(t));
  }
  if (options.trace) add_fired_to_trace(out);
  if (options.times) {
    options.times->entities += entity_seconds;
    options.times->total += since(t_start);
  }
  return out;
}

}  // namespace newsgraph
