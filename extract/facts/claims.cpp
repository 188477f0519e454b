// Reported speech: "according to X" and the cue-verb constructions of a clause (a complement
// clause or quotation after the cue, content before a cue, content before an inverted cue, an
// expectation with object control). Each makes a Claim and the attribution triple (speaker;
// cue; content); attribute_to_claims then gives the content's own triples to their claim.
#include <cctype>
#include <algorithm>
#include <optional>

#include "sentence_extractor.h"
#include "text_util.h"

namespace newsgraph::facts {

void SentenceExtractor::find_according_to() {
  for (size_t i = 0; i + 2 < n_; ++i) {
    if (tk_[i].lower != "according"sv || tk_[i + 1].lower != "to"sv) continue;
    Span who = object_np(i + 2);
    if (who.empty()) continue;
    // according-to-dated-document: "according to a March 14, 2019 NATO press release": a date
    // inside the noun group cuts it short; the group goes on after the date.
    // (The year may open the next noun group: "2019 NATO press release".)
    if (int ti = time_at(who.e - 1); ti >= 0 && times_[ti].tok_end > who.e && times_[ti].tok_end < n_)
      if (const int rest = np(times_[ti].tok_end); rest >= 0 && c_.nouns[rest].end > who.e) who.e = c_.nouns[rest].end;
    // according-to-long-name: "according to the Institute for Fiscal Studies": the name goes on
    // across "for" (speech_words.tsv, joiner) where the noun group stopped.
    const Span longer = name_across_joiners(tk_, c_, lex_, who);
    const bool long_name = longer.e > who.e;
    who = longer;
    Claim cl;
    cl.speaker = who;
    cl.cue = "according to";
    cl.modality = "reported";
    cl.rule = "according-to";
    // according-to-document: the author of "a statement by X" speaks, not the statement.
    if (Span author = document_author(tk_, c_, who, lex_); !author.empty()) {
      cl.speaker = author;
      cl.rule = "according-to-document";
      cl.by_document = true;
      who.e = std::max(who.e, author.e);
    }
    // A semicolon bounds the clause the phrase belongs to: "X suggested ...; according to
    // prosecutors, he owed ...".
    size_t clause_b = i;
    while (clause_b > 0 && tk_[clause_b - 1].text != ";"sv) --clause_b;
    size_t b = clause_b, e = i;
    // "..., according to X" and '"...," according to X': the comma may sit inside the quote.
    size_t before = i;
    while (before > clause_b && is_quote(tk_[before - 1])) --before;
    const bool sentence_initial =
        before == clause_b || (before == clause_b + 1 && tk_[clause_b].tag == "CC");
    if (sentence_initial) {
      // "According to X, CONTENT."
      b = who.e;
      // according-to-qualified: "According to a spokesman for Halvorsen, ...", "According to the
      // agency in Lyon, ...": a phrase without a verb that qualifies the speaker ends at its comma;
      // it is no part of the content.
      // A participle that dates or places the document does the same: "According to the
      // ministry's report dated March 5, ...", "According to figures released by the agency, ...".
      const bool participle = b < n_ && tk_[b].tag == "VBN" && c_.verb_at[b] >= 0 && !c_.verbs[c_.verb_at[b]].finite;
      for (size_t q = b; q < n_ && q < b + 8 && tk_[b].text != ","sv && (is_prep(tk_[b]) || participle); ++q) {
        if ((c_.verb_at[q] >= 0 && !(participle && q == b)) || is_quote(tk_[q])) break;
        // "dated March 5, 2019,": the date's own comma is no end of the phrase.
        if (const int ti = time_at(q); ti >= 0 && times_[ti].tok_begin == q && times_[ti].tok_end > q + 1) {
          q = times_[ti].tok_end - 1;
          continue;
        }
        if (tk_[q].text == ","sv) {
          b = q;
          break;
        }
      }
      if (b < n_ && tk_[b].text == ","sv) ++b;
      e = content_end(b);
    } else if (tk_[before - 1].text == ","sv && according_interrupts(who.e)) {
      // according-to-interrupting: "One child was, according to the fire service, among the
      // dead": the content is the whole sentence around the phrase.
      e = content_end(0);
      if (cl.rule == "according-to"sv) cl.rule = "according-to-interrupting";
    } else {
      // The content before the phrase, with or without a comma: "entered the town yesterday
      // according to state media".
      e = tk_[before - 1].text == ","sv ? before - 1 : i;
      while (b < e && is_quote(tk_[b])) ++b;
    }
    cl.content = {b, e};
    if (long_name && cl.rule == "according-to"sv) cl.rule = "according-to-long-name";
    according_.push_back({i, who.e});
    out_.claims.push_back(cl);
  }
}

// The "according to" phrase ending at `end` is set off by a comma inside its clause: the
// clause goes on after it with words that are not a new coordinated clause.
bool SentenceExtractor::according_interrupts(size_t end) const {
  if (end + 1 >= n_ || tk_[end].text != ","sv) return false;
  const Token& next = tk_[end + 1];
  return !is_punct_end(next) && !is_quote(next) && next.lower != "and"sv && next.lower != "but"sv &&
         content_end(end + 1) > end + 1;
}

bool SentenceExtractor::inverted_speaker_closes(size_t e) const {
  std::vector<Span> ex;
  size_t after = extras(e, ex);
  // "said one source close to the talks", "said an official familiar with the plan".
  if (after + 1 < n_ && (tk_[after].tag == "JJ" || tk_[after].tag == "VBN") && tk_[after + 1].tag == "IN")
    after = extras(after + 1, ex);
  return after >= n_ || is_punct_end(tk_[after]) || tk_[after].text == ","sv || is_quote(tk_[after]);
}

bool SentenceExtractor::in_according(size_t k) const {
  for (const Span& s : according_)
    if (k >= s.b && k < s.e) return true;
  return false;
}

// The claim a cue construction made, and the attribution triple that speaks it.
// document-speaks-for-author: "Trump's statement read: ...", "a report by UpGuard said ...": the
// author speaks, never the document (document_author); "the report said" keeps the report.
static void speak(SentenceExtractor& x, ClauseState& s, Claim&& cl) {
  if (Span author = document_author(x.tk_, x.c_, cl.speaker, x.lex_); !author.empty() &&
      (author.e <= cl.content.b || author.b >= cl.content.e))
    cl.speaker = author, cl.by_document = true;
  // "A report by the think tank Civitas found": the subject is already the author.
  const Span who = cl.speaker;
  if (who.b >= 2 && (x.tk_[who.b - 1].lower == "by"sv || x.tk_[who.b - 1].lower == "from"sv) &&
      (x.tk_[who.b - 2].tag == "NN"sv || x.tk_[who.b - 2].tag == "NNS"sv) && is_document_noun(x.lex_, x.tk_[who.b - 2].lower))
    cl.by_document = true;
  s.t.rule = cl.rule;
  x.out_.claims.push_back(std::move(cl));
  s.t.attribution = true;
  s.t.arg2 = x.out_.claims.back().content;
  s.t.claim = static_cast<int>(x.out_.claims.size() - 1);
}

// Whether the clause's cue is a finite verb ("said", "says", "will say") with no subordinator
// ("While", "If") before it in the sentence: the cue of the main clause.
// Its subject opens the sentence or follows a comma or a quote: not "Under the deal announced in
// May, X ...", "as the governor indicated last night, ..." (the cue is inside an opening phrase).
static bool finite_cue_of_main_clause(const std::vector<Token>& tk, const VerbGroup& v, Span subj) {
  const auto& tag = tk[v.begin].tag;
  if (!(v.finite && (tag == "VBD"sv || tag == "VBZ"sv || tag == "VBP"sv || tag == "MD"sv))) return false;
  if (subj.empty() || (subj.b > 0 && tk[subj.b - 1].text != ","sv && !is_quote(tk[subj.b - 1]))) return false;
  for (size_t k = 0; k < v.begin; ++k)
    if (is_subordinator(tk[k])) return false;
  return true;
}

// recipient-before-clause: "told the Gazette progress had been made", "told the Observer his
// worst moment was ...", "told BBC Radio's Today programme Mr X had ...": with no "that", the
// recipient's name and the content's subject read as one noun group. When a finite verb follows
// the group at once and the cue must name whom it tells ("tell": speech_words.tsv, kind
// told-recipient), the recipient ends where a capitalized word meets a lower-case one that is no
// channel word ("programme", "website": kind channel), or right after a channel word; the content
// starts there. Not "warned Asian states could ..." (the group is the content's subject), nor
// two names in a row ("told BBC News Labour MPs": where one ends is not written).
size_t SentenceExtractor::recipient_before_clause(const VerbGroup& cue, Span recipient) const {
  if (recipient.e >= n_ || c_.verb_at[recipient.e] < 0 || lex_.told_recipient_cues.find(cue.lemma) == StringTable::kNone)
    return recipient.e;
  const VerbGroup& g = c_.verbs[c_.verb_at[recipient.e]];
  if (g.begin != recipient.e || !g.finite) return recipient.e;
  auto lower = [&](size_t k) { return !tk_[k].text.empty() && std::islower(static_cast<unsigned char>(tk_[k].text[0])); };
  auto channel = [&](size_t k) { return lex_.channel_nouns.find(tk_[k].lower) != StringTable::kNone; };
  for (size_t k = recipient.b + 1; k < recipient.e; ++k) {
    // By case, not tag: a paper's name is often tagged an adjective ("the Gazette").
    if (is_upper_initial(tk_[k - 1].text) && lower(k) && !channel(k) && tk_[k].tag != "CC"sv && tk_[k].tag != "IN"sv) return k;
    if (channel(k - 1) && (is_upper_initial(tk_[k].text) || tk_[k].tag == "DT"sv || tk_[k].tag == "PRP$"sv)) return k;
  }
  return recipient.e;
}

// After a cue, its content: "said (that) CONTENT", "told reporters on Monday that CONTENT",
// 'said, "QUOTATION"' (rules cue-that-clause, cue-clause, cue-quotation).
Step SentenceExtractor::cue_complement(ClauseState& s) {
  if (!s.cue || s.inverted) return Step::next;
  const VerbGroup& v = s.v;
  const Span& subj = s.subj;
  Triple& t = s.t;
  size_t cj = s.j;
  Span recipient;
  bool recipient_split = false;
  if (np(cj) >= 0 && lex_.recipient_cues.find(v.lemma) != StringTable::kNone) {
    recipient = object_np(cj);
    const size_t whole = recipient.e;
    recipient.e = recipient_before_clause(v, recipient);
    recipient_split = recipient.e < whole;
    cj = recipient.e;
  }
  // A short phrase may stand between the cue and "that": "said after this incident that",
  // "told reporters on Monday that".
  if (cj + 2 < n_ && tk_[cj].lower != "that"sv) {
    size_t q = cj;
    if (time_at(q) >= 0 && times_[time_at(q)].tok_begin == q) q = times_[time_at(q)].tok_end;
    else if (Span pp = is_prep(tk_[q]) ? object_np(q + 1) : Span{}; !pp.empty()) q = pp.e;
    if (q > cj && q < n_ && tk_[q].lower == "that"sv && tk_[q].tag != "DT") cj = q;
  }
  // cue-after-phrases: "told reporters in Geneva on Monday that", "said in a statement issued on
  // Sunday that", 'said on Friday "..."', 'said Thursday "..."': time, prepositional and
  // participial phrases (the channel, the place, the day) stand between the cue and "that" or an
  // opening quotation. Not a relative "that" after the last phrase's noun ("commented in a report
  // on the plant that closed"): a verb right after "that" is no clause of the speaker's.
  bool phrases_skipped = false;
  if (cj + 2 < n_ && tk_[cj].lower != "that"sv)
    if (size_t q = cue_phrases_end(cj); q > cj && q + 1 < n_ &&
        ((tk_[q].lower == "that"sv && tk_[q].tag != "WDT" && c_.verb_at[q + 1] < 0 && finite_verb_after(q + 1)) ||
         is_opening_quote(tk_[q])))
      cj = q, phrases_skipped = true;
  // cue-after-phrases, comma: "said on Sunday, the crew had left", "said in a filing, it would
  // appeal": a comma closes the phrases and a clause follows at once, a noun group right before
  // its finite verb (not "said on Monday, the day after the vote": no verb after the noun group).
  // Only a finite cue of the main clause: a participle ("Commenting on the talks, he said", "the
  // deal announced in May, the firm said") or a cue after "While"/"If" ends a phrase of its own
  // at that comma, and a cue verb after it ("..., it said") is the main clause's.
  if (!phrases_skipped && cj + 3 < n_ && tk_[cj].lower != "that"sv && finite_cue_of_main_clause(tk_, v, subj))
    if (size_t q = cue_phrases_end(cj); q > cj && q + 2 < n_ && tk_[q].text == ","sv && np(q + 1) >= 0 &&
                                        c_.nouns[np(q + 1)].begin == q + 1)
      if (const size_t ve = c_.nouns[np(q + 1)].end; ve < n_ && c_.verb_at[ve] >= 0 && c_.verbs[c_.verb_at[ve]].begin == ve &&
                                                    c_.verbs[c_.verb_at[ve]].finite && !lex_.cues.count(c_.verbs[c_.verb_at[ve]].lemma))
        cj = q + 1, phrases_skipped = true;
  // cue-phrase-clause: "said on Wednesday in a statement it had agreed ..." (no "that").
  bool phrase_skipped = false;
  if (cj < n_ && tk_[cj].lower != "that"sv && np(cj) < 0)
    if (size_t q = skip_attribution_phrases(tk_, c_, times_, cj, 3); q > cj && q < n_ &&
        ((np(q) >= 0 && c_.nouns[np(q)].begin == q) || quotation_follows(tk_, q)))
      cj = q, phrase_skipped = true;
  // After a cue "that" opens the content ("said that effective today it had cut prices", even
  // where the tagger read a determiner) unless no finite verb follows: "rejected that proposal".
  bool that = cj < n_ && tk_[cj].lower == "that"sv && (tk_[cj].tag != "DT" || finite_verb_after(cj + 1));
  // cue-wh-clause: "recounted how the soldiers burned the village", "questioned whether the
  // agency followed the rules": a wh-word (speech_words.tsv, kind wh-content) opens the content
  // when a noun group and a finite verb follow it (not "explained how to apply"). Not after a
  // negated cue ("did not say how many were sued": nothing was said) nor an infinitive ("required
  // to disclose whether", "at a loss to explain why": no account was given).
  const bool wh = !that && !v.negated && tk_[v.begin].tag != "TO" && !(v.begin > 0 && tk_[v.begin - 1].tag == "TO") && cj + 2 < n_ &&
                  lex_.wh_content_words.find(tk_[cj].lower) != StringTable::kNone && np(cj + 1) >= 0 &&
                  complement_clause_at(cj + 1).value_or(false);
  if (!wh && lex_.question_cues.find(v.lemma) != StringTable::kNone) return Step::next;
  size_t cb = that || wh ? cj + 1 : cj;
  size_t quote_end = quotation_after_cue(that, cb);
  // A quotation with a verb of its own is the content whatever that verb looks like: '"we
  // strongly urge ..."' (a verb after an adverb read as a base form) is speech all the same; not
  // 'disclosed "colossal blunders" in ...' (a quoted object).
  bool quoted_clause = false;
  for (size_t q = cb; quote_end != kNone && q < quote_end && q < n_ && !quoted_clause; ++q) quoted_clause = c_.verb_at[q] >= 0;
  bool clause_follows = quoted_clause || complement_clause_at(cb).value_or(quote_end != kNone);
  if (!(clause_follows || (that && cb < n_))) return Step::next;
  Claim cl;
  cl.speaker = subj;
  cl.cue = v.lemma;
  cl.content = {cb, quote_end != kNone ? quote_end : content_end(cb)};
  cl.negated = v.negated && v.lemma != "deny"sv;
  cl.modality = v.lemma == "deny"sv ? "denied" : lex_.cues.at(v.lemma);
  cl.verb = s.vi;
  cl.rule = s.cited_rule                           ? "cited-as-saying"
            : s.subject_rule == "coordinated-cue"sv ? "coordinated-cue"
            : s.subject_rule == "trailing-cue-participle"sv ? "trailing-cue-participle"
            : s.subject_rule == "statement-vehicle"sv ? "statement-vehicle"
            : s.subject_rule == "titled-name-in-appositive"sv ? "titled-name-in-appositive"
            : recipient_split                      ? "recipient-before-clause"
            : phrases_skipped                      ? "cue-after-phrases"
            : quote_end != kNone                   ? "cue-quotation"
            : that                                 ? "cue-that-clause"
            : wh                                   ? "cue-wh-clause"
            : phrase_skipped                       ? "cue-phrase-clause"
                                                   : "cue-clause";
  const bool finding_denied = cl.negated && that && is_finding_verb(v.lemma);
  speak(*this, s, std::move(cl));
  t.object = {};
  t.clause = {subj.b, t.arg2.e};
  // "told reporters that", written in place (no temporaries joined and moved in).
  t.relation.clear();
  append_relation_text(v, t.relation);
  if (!recipient.empty()) {
    t.relation += ' ';
    t.relation += span_text(tk_, recipient);
  }
  if (that) t.relation += " that";
  if (wh) {
    t.relation += ' ';
    t.relation += tk_[cj].lower;
  }
  t.confidence = confidence(t);
  attach_time(t, subj.b, cj);
  if (finding_denied) negated_finding(t);
  out_.triples.push_back(std::move(t));
  return Step::done;
}

// The end of the time, prepositional and participial phrases after a cue at j ("in Geneva on
// Monday", "in a statement issued on Sunday", "at a news conference in Paris"): at most four
// phrases; j itself when none starts there.
size_t SentenceExtractor::cue_phrases_end(size_t j) const {
  size_t q = j;
  for (int p = 0; p < 4 && q + 1 < n_; ++p) {
    size_t next = skip_attribution_phrases(tk_, c_, times_, q, 1);
    // "(a statement) issued on Sunday", "released by its office": a lone participle after a
    // phrase, with a phrase of its own.
    if (next == q && p > 0 && tk_[q].tag == "VBN" && c_.verb_at[q] >= 0 && !c_.verbs[c_.verb_at[q]].finite &&
        c_.verbs[c_.verb_at[q]].end == q + 1)
      if (size_t after = skip_attribution_phrases(tk_, c_, times_, q + 1, 1); after > q + 1) next = after;
    if (next == q) break;
    // "responding to rumours (in the market) that", "commenting on remarks by X that": the
    // clause is the rumour's or the remark's; no phrase end is given.
    const std::string& p0 = tk_[q].lower;
    if (p0 == "to"sv || p0 == "on"sv || p0 == "about"sv || p0 == "of"sv)
      if (int g = np(q + 1); g >= 0 && is_content_noun(lex_, tk_[c_.nouns[g].end - 1].lower)) return j;
    q = next;
  }
  return q;
}

// statement-vehicle, participle: "The club released a statement on Tuesday saying the player had
// left": the speaker of the cue participle is the subject of the verb that put out the document
// (vehicle_before_participle), not the document nor the day before the participle.
Step SentenceExtractor::statement_vehicle_participle(ClauseState& s) {
  if (tk_[s.v.begin].tag != "VBG" || s.v.begin < 3 || !lex_.cues.count(s.v.lemma)) return Step::next;
  const int vehicle = vehicle_before_participle(tk_, c_, times_, s.v.begin, lex_);
  if (vehicle < 0) return Step::next;
  // The vehicle's clause may not be read yet: its subject is the noun group before it (past adverbs).
  size_t k = c_.verbs[vehicle].begin;
  while (k > 0 && tk_[k - 1].tag == "RB") --k;
  const Span speaker = subject_before(k);
  if (speaker.empty()) return Step::next;
  s.fronted = speaker;
  s.trailing = true;
  s.participle = false;
  s.subject_rule = "statement-vehicle";
  return Step::next;
}

// Verbs of finding: a court's or an inquiry's judgment about what happened.
bool SentenceExtractor::is_finding_verb(std::string_view lemma) {
  static constexpr std::string_view kFinding[] = {"find", "conclude", "establish", "determine", "prove"};
  return std::find(std::begin(kFinding), std::end(kFinding), lemma) != std::end(kFinding);
}

// negated-finding: "The court did not find that the company had misled investors" states no
// claim (the content is nobody's fact and is dropped with its claim), but the finding that was
// not made is itself what happened: (the court; did not find; that-clause), negative. "did not
// say that" stays no fact at all.
// The object ends at a comma: "did not find that X, judge Y wrote" (the rest is not the finding).
void SentenceExtractor::negated_finding(Triple& t) const {
  t.attribution = false;
  t.claim = -1;
  for (size_t q = t.arg2.b + 1; q < t.arg2.e; ++q)
    if (tk_[q].text == ","sv) {
      t.arg2.e = q;
      break;
    }
  t.object = t.arg2;
  t.object_head = tk_[t.arg2.e - 1].lemma;
  t.negated = true;
  t.rule = "negated-finding";
}

// A quotation after a cue: 'said, "I can see why ..."', 'admits "they're piggybacking ..."'.
// Moves `cb` inside the quote and returns where the content ends (the closing quote), or kNone.
size_t SentenceExtractor::quotation_after_cue(bool that, size_t& cb) const {
  size_t quote_end = kNone;
  if (!that && !(cb < n_ && np(cb) >= 0)) {
    size_t q = cb;
    if (q < n_ && (tk_[q].text == ","sv || tk_[q].text == ":"sv)) ++q;
    if (q + 1 < n_ && is_opening_quote(tk_[q])) {
      cb = q + 1;
      quote_end = cb;
      while (quote_end < n_ && tk_[quote_end].tag != "''") ++quote_end;
      if (quote_end == n_) quote_end = content_end(cb);
    }
  }
  return quote_end;
}

// A complement clause at cb: an NP followed (soon) by a finite verb group. An infinitive may
// modify the NP on the way: "say Mitsubishi Estate's decision to buy into Rockefeller reflects ...".
// Whether the first verb group after the NP is finite; nothing when no verb group follows soon.
std::optional<bool> SentenceExtractor::complement_clause_at(size_t cb) const {
  std::optional<bool> clause_follows;
  if (cb < n_ && np(cb) >= 0) {
    size_t e = c_.nouns[np(cb)].end;
    // "said Hamza bin Laden, son of the late founder, has been killed": past the appositive.
    if (size_t a = after_appositive(tk_, c_, e); a != kNone) e = a;
    size_t limit = std::min(n_, e + 10);
    // content-subject-of-phrase: "said several acres of land burned", "found a quarter of the
    // wells dried up": the subject goes on across its "of" phrases, and a past form right after
    // them is the clause's verb as it would be right after the noun group.
    const size_t subject_end = of_phrases_end(e);
    for (size_t q = e; q < limit; ++q) {
      if (c_.verb_at[q] >= 0) {
        const VerbGroup& g = c_.verbs[c_.verb_at[q]];
        if (!g.finite && q > 0 && tk_[q - 1].tag == "TO") {
          q = g.end - 1;
          continue;
        }
        clause_follows = g.finite || ((q == e || q == subject_end) && past_form_reads_finite(tk_, c_, g, true, true));
        // reduced-relative-in-content: "told CNN the towns damaged were mainly Carrascal and
        // Cantilan": a participle right after the noun group modifies it, and the finite "be"
        // after the participle is the clause's verb.
        if (!*clause_follows && q == e && tk_[q].tag == "VBN" && q + 1 < n_ && is_be(tk_[q + 1]) &&
            (tk_[q + 1].tag == "VBD" || tk_[q + 1].tag == "VBZ" || tk_[q + 1].tag == "VBP"))
          clause_follows = true;
        // "found poison in the water and closed the wells": a verb right after "and" is the
        // cue's second verb, not the verb of a complement clause.
        if (tk_[q - 1].lower == "and"sv || tk_[q - 1].lower == "but"sv) clause_follows = false;
        break;
      }
      // "said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped": a bracketed
      // gloss inside the subject is passed over.
      if (tk_[q].text == "("sv) {
        size_t close = q + 1;
        while (close < n_ && close <= q + 12 && tk_[close].text != ")"sv && !is_punct_end(tk_[close])) ++close;
        if (close < n_ && tk_[close].text == ")"sv) {
          limit = std::min(n_, limit + (close + 1 - q));
          q = close;
          continue;
        }
      }
      // 'said his party "[are] eager for an election"': an editor's bracket inside the quotation
      // holds the clause's own verb.
      if (!(is_prep(tk_[q]) || np(q) >= 0 || tk_[q].text == "and"sv || tk_[q].tag == "RB" || is_quote(tk_[q]) ||
            tk_[q].text == "["sv))
        break;
    }
  }
  return clause_follows;
}

// The end of the "of" phrases after a noun group that ends at e ("acres of land", "a quarter of
// the wells"): e itself when none follows.
size_t SentenceExtractor::of_phrases_end(size_t e) const {
  while (e + 1 < n_ && tk_[e].lower == "of"sv && np(e + 1) >= 0 && c_.nouns[np(e + 1)].begin == e + 1)
    e = c_.nouns[np(e + 1)].end;
  return e;
}

// Postposed: "CONTENT, Okafor said." / "\"...,\" she said in a statement."
Step SentenceExtractor::content_then_cue(ClauseState& s) {
  if (!s.cue || s.inverted) return Step::next;
  const VerbGroup& v = s.v;
  const Span& subj = s.subj;
  Triple& t = s.t;
  size_t before = subj.b;
  while (before > 0 && is_quote(tk_[before - 1])) --before;
  if (!(before > 0 && tk_[before - 1].text == ","sv)) return Step::next;
  // content-then-cue-recipient: '"...," Ms Roe told Sky News.', "..., he told reporters on
  // Monday": the recipient (speech_words.tsv, kind recipient) stands between the cue and its
  // phrases; it is whom the words were said to, not a relation of its own.
  Span recipient;
  size_t j = s.j;
  if (np(j) >= 0 && c_.nouns[np(j)].begin == j && lex_.recipient_cues.find(v.lemma) != StringTable::kNone) {
    recipient = object_np(j);
    j = recipient.e;
  }
  std::vector<Span> ex;
  size_t after = extras(j, ex);
  const bool continues = attribution_continues(tk_, c_, after);
  while (after < n_ && (is_punct_end(tk_[after]) || is_quote(tk_[after]))) ++after;
  size_t cb2 = 0;
  while (cb2 < before && is_quote(tk_[cb2])) ++cb2;
  if (!(after >= n_ || (continues && has_finite_verb(c_, {cb2, before - 1})))) return Step::next;
  // Not ", the chancellor said the cuts were ..., he told activists", nor '"...," said X, a farmer
  // told Reuters': a cue of another speaker inside the content already made its claim.
  if (!recipient.empty() && speaker_cue_within({cb2, before - 1})) {
    refuse(v, "content-then-cue-recipient", "another speaker's cue inside the content");
    return Step::next;
  }
  Claim cl;
  cl.speaker = subj;
  cl.cue = v.lemma;
  cl.content = {cb2, before - 1};
  cl.negated = v.negated && v.lemma != "deny"sv;
  cl.modality = v.lemma == "deny"sv ? "denied" : lex_.cues.at(v.lemma);
  cl.verb = s.vi;
  cl.rule = after < n_ ? "content-then-cue-continued" : recipient.empty() ? "content-then-cue" : "content-then-cue-recipient";
  speak(*this, s, std::move(cl));
  if (!recipient.empty()) {  // "told Sky News", as cue_complement writes it
    t.relation.clear();
    append_relation_text(v, t.relation);
    t.relation += ' ';
    t.relation += span_text(tk_, recipient);
    t.object = {};
  }
  t.extra = ex;
  t.clause = {cb2, n_};
  t.confidence = confidence(t);
  attach_time(t, subj.b, n_);
  out_.triples.push_back(std::move(t));
  return Step::done;
}

// Whether a finite cue verb inside `content` has a speaker of its own: one not right after a
// first-person pronoun (a quoted "I think" is the outer speaker's: first-person-in-quotation).
bool SentenceExtractor::speaker_cue_within(Span content) const {
  for (const VerbGroup& g : c_.verbs) {
    if (g.begin < content.b || g.begin >= content.e || !g.finite || !lex_.cues.count(g.lemma)) continue;
    if (g.begin > 0 && lex_.first_person_words.find(tk_[g.begin - 1].lower) != StringTable::kNone) continue;
    return true;
  }
  return false;
}

// relayed-content-then-cue: "CONTENT, CNN reported the governor said.": a postposed cue whose
// complement is only a second speaker and cue relays that speaker's words; the speaker is the
// governor, not the channel that carried them.
Step SentenceExtractor::relayed_content_then_cue(ClauseState& s) {
  if (!s.cue || s.inverted) return Step::next;
  size_t before = s.subj.b;
  while (before > 0 && is_quote(tk_[before - 1])) --before;
  if (!(before > 1 && tk_[before - 1].text == ","sv) || np(s.j) < 0) return Step::next;
  const Span inner = object_np(s.j);
  const int iv = inner.empty() || inner.e >= n_ ? -1 : c_.verb_at[inner.e];
  if (iv < 0 || c_.verbs[iv].begin != inner.e || c_.verbs[iv].passive || !lex_.cues.count(c_.verbs[iv].lemma)) return Step::next;
  size_t after = c_.verbs[iv].end;
  while (after < n_ && (is_punct_end(tk_[after]) || is_quote(tk_[after]))) ++after;
  if (after < n_) return Step::next;
  size_t cb = 0;
  while (cb < before && is_quote(tk_[cb])) ++cb;
  const VerbGroup& said = c_.verbs[iv];
  Claim cl;
  cl.speaker = inner;
  cl.cue = said.lemma;
  cl.content = {cb, before - 1};
  cl.modality = lex_.cues.at(said.lemma);
  cl.verb = static_cast<size_t>(iv);
  cl.rule = "relayed-content-then-cue";
  Triple& t = s.t;
  t.arg1 = t.subject = inner;
  t.verb = static_cast<size_t>(iv);
  t.predicate = said.lemma;
  t.relation = relation_text(said);
  speak(*this, s, std::move(cl));
  t.clause = {cb, n_};
  t.confidence = confidence(t);
  attach_time(t, inner.b, n_);
  out_.triples.push_back(std::move(t));
  return Step::done;
}

// "CONTENT, said Ferreira.": the content before an inverted cue.
Step SentenceExtractor::content_then_inverted_cue(ClauseState& s) {
  if (!(s.inverted && s.cue)) return Step::next;
  // "..., said Ferreira." ends the sentence (or its clause) after the speaker: not "had not,
  // as of yesterday, announced any plans to remove the troops".
  if (!inverted_speaker_closes(s.subj.e)) {
    refuse(s.v, "content-then-inverted-cue", "words follow the inverted speaker");
    return Step::done;
  }
  const VerbGroup& v = s.v;
  Triple& t = s.t;
  size_t before = v.begin;
  while (before > 0 && is_quote(tk_[before - 1])) --before;
  if (!(before > 0 && tk_[before - 1].text == ","sv)) return Step::next;
  size_t cb2 = 0;
  while (cb2 < before && is_quote(tk_[cb2])) ++cb2;
  Claim cl;
  cl.speaker = s.subj;
  cl.cue = v.lemma;
  cl.content = {cb2, before - 1};
  cl.modality = lex_.cues.at(v.lemma);
  cl.verb = s.vi;
  cl.rule = "content-then-inverted-cue";
  speak(*this, s, std::move(cl));
  t.confidence = confidence(t) - 0.05;
  t.clause = {cb2, n_};
  out_.triples.push_back(std::move(t));
  return Step::done;
}

// A speech act whose content is its object with a complement: "called the plan reckless",
// "stated its intention to leave" (see speech_object in reported_speech.h).
Step SentenceExtractor::speech_object_claim(ClauseState& s) {
  if (s.inverted) return Step::next;
  SpeechObject so = speech_object(tk_, c_, times_, s.v, s.j, s.cue, lex_);
  if (so.content.empty()) return Step::next;
  add_speech_object_claim(std::move(s.t), s.subj, s.vi, so);
  return Step::done;
}

// The claim of a speech act whose content is its object (see speech_object), and its
// attribution triple.
void SentenceExtractor::add_speech_object_claim(Triple t, Span subj, size_t vi, SpeechObject so) {
  const VerbGroup& v = c_.verbs[vi];
  // "..., Australia its intention to study them": the gapped clause is a claim of its own.
  const Gap gap = find_gap(tk_, c_, times_, v.end);
  if (gap.found() && gap.comma > so.content.b) {
    Triple second = t;
    so.content.e = gap.comma;
    gaps_.push_back({{gap.rest, content_end(gap.rest)}, gap.subject});
    add_speech_object_claim(std::move(second), gap.subject, vi, {{gap.rest, content_end(gap.rest)}, "gapping", so.modality});
  }
  Claim cl;
  cl.speaker = subj;
  cl.cue = so.cue.empty() ? v.lemma : std::string(so.cue);
  cl.content = so.content;
  cl.negated = v.negated;
  cl.modality = std::string(so.modality);
  cl.verb = vi;
  cl.rule = so.rule;
  out_.claims.push_back(cl);
  t.rule = so.rule;
  t.attribution = true;
  t.arg2 = so.content;
  t.object = {};
  t.clause = {subj.b, so.content.e};
  t.claim = static_cast<int>(out_.claims.size() - 1);
  t.confidence = confidence(t);
  attach_time(t, subj.b, so.content.b);
  out_.triples.push_back(std::move(t));
}

// Object control after an expectation cue: "expected Brazil to suspend" -> the claim (speaker;
// expected; Brazil to suspend ...) and the embedded clause with the controlled noun group as its
// subject (rule controlled-infinitive).
Step SentenceExtractor::expectation_object_control(ClauseState& s) {
  const size_t j = s.j;
  if (!(np(j) >= 0 && c_.nouns[np(j)].begin == j)) return Step::next;
  const VerbGroup& v = s.v;
  const Span& subj = s.subj;
  Triple& t = s.t;
  Span o = object_np(j);
  if (!(o.e + 1 < n_ && tk_[o.e].tag == "TO" && c_.verb_at[o.e + 1] >= 0)) return Step::next;
  const VerbGroup& inner = c_.verbs[c_.verb_at[o.e + 1]];
  auto cue_it = lex_.cues.find(v.lemma);
  if (!(cue_it != lex_.cues.end() && (cue_it->second == "expected"))) return Step::next;
  Claim cl;
  cl.speaker = subj;
  cl.cue = v.lemma;
  cl.content = {o.b, content_end(o.b)};
  cl.modality = "expected";
  cl.verb = s.vi;
  cl.negated = v.negated;
  cl.rule = "expectation-object-control";
  speak(*this, s, std::move(cl));
  t.clause = {subj.b, t.arg2.e};
  t.confidence = confidence(t);
  attach_time(t, subj.b, o.b);
  out_.triples.push_back(std::move(t));
  // The embedded clause: subject is the controlled NP.
  Triple in;
  in.verb = c_.verb_at[o.e + 1];
  in.arg1 = o;
  in.subject = o;
  in.predicate = inner.lemma;
  in.relation = "to " + relation_text(inner);
  in.negated = inner.negated;
  in.modality = "expected";
  in.rule = "controlled-infinitive";
  fill_object(in, inner, inner.end);
  in.claim = static_cast<int>(out_.claims.size() - 1);
  in.confidence = confidence(in);
  out_.triples.push_back(std::move(in));
  return Step::done;
}

// Marks the triples that lie in a claim's content as attributed to it. The claim's modality
// replaces the content's own when that is "asserted" or only "expected" (a "will"/"would" that the
// reporting puts in the future: "X said the party would scrap the tax" is reported, as the gold
// guide's "the outer one wins"); planned, promised, threatened, possible and hypothetical stay,
// because they make the intent and appeal events of data/events.tsv.
void SentenceExtractor::attribute_to_claims() {
  for (size_t ci = 0; ci < out_.claims.size(); ++ci) {
    const Claim& cl = out_.claims[ci];
    for (Triple& t : out_.triples) {
      if (t.attribution || t.verb == kNone) continue;
      size_t vb = c_.verbs[t.verb].begin;
      if (vb < cl.content.b || vb >= cl.content.e) continue;
      if (t.claim >= 0) continue;
      t.claim = static_cast<int>(ci);
      if (cl.modality == "denied") t.modality = "denied";
      else if (t.modality == "asserted" || t.modality == "expected") t.modality = cl.modality;
    }
  }
}

// first-person-in-quotation: '"I believe the plan will fail," he said.', 'She said: "We think the
// deal is dead."': a cue whose speaker is the first person ("I", "we": speech_words.tsv, kind
// first-person) inside another claim's content is the outer speaker's own way of speaking, never a
// claim of its own by "I". Its claim and attribution triple go; its content's triples go to the
// outer claim, whose modality wins (a quoted "I think it will fail" is reported, as the guide's
// "outer one wins"). Runs after attribute_to_claims.
void SentenceExtractor::absorb_first_person_claims() {
  auto first_person = [&](const Claim& c) {
    return c.speaker.e == c.speaker.b + 1 && lex_.first_person_words.find(tk_[c.speaker.b].lower) != StringTable::kNone;
  };
  for (size_t ci = 0; ci < out_.claims.size();) {
    const Claim& inner = out_.claims[ci];
    size_t outer = kNone;
    if (first_person(inner) && inner.verb != kNone)
      for (size_t co = 0; co < out_.claims.size() && outer == kNone; ++co) {
        const Claim& o = out_.claims[co];
        const size_t vb = c_.verbs[inner.verb].begin;
        if (co != ci && !first_person(o) && !o.speaker.empty() && vb >= o.content.b && vb < o.content.e) outer = co;
      }
    if (outer == kNone) {
      ++ci;
      continue;
    }
    const int gone = static_cast<int>(ci);
    const int into = static_cast<int>(outer > ci ? outer - 1 : outer);
    const std::string inner_modality = inner.modality, outer_modality = out_.claims[outer].modality;
    out_.claims.erase(out_.claims.begin() + gone);
    std::erase_if(out_.triples, [&](const Triple& t) { return t.attribution && t.claim == gone; });
    for (Triple& t : out_.triples) {
      if (t.claim == gone) {
        t.claim = into;
        t.speaker_rule = "first-person-in-quotation";
        if (t.modality == inner_modality && outer_modality != "denied") t.modality = outer_modality;
      } else if (t.claim > gone) {
        --t.claim;
      }
    }
  }
}

}  // namespace newsgraph::facts
