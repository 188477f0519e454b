#include "time_constructions.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstdio>


#include "holidays.h"
#include "string_table.h"
#include "time_anaphora.h"
#include "time_words.h"
#include "word_ids.h"

namespace newsgraph::timex {

bool Context::upper_at(size_t k) const { return std::isupper(static_cast<unsigned char>(tk[k].text[0])); }

namespace {

// A construction's two outcomes besides "not here" (false): it refuses, or it produces `m`.
bool refuse(Match& out, const char* reason) {
  out.refusal = reason;
  return true;
}

bool produce(Match& out, Match m) {
  out = std::move(m);
  return true;
}

// ---- Relative words: the article's day and its neighbours, vague references ----

// "today", "tonight", "yesterday", "tomorrow" (and "yesterday morning": the day; a timeline orders
// by day, and TimeBank's annotators mostly gave the day alone for parts of days).
bool relative_day(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  if (!is_word(w, "today") && !is_word(w, "tonight") && !is_word(w, "yesterday") && !is_word(w, "tomorrow")) return false;
  long shift = is_word(w, "yesterday") ? -1 : is_word(w, "tomorrow") ? 1 : 0;
  Match m;
  m.type = "DATE";
  m.value = cx.dct ? cx.dct->add_days(shift).str() : "XXXX-XX-XX";
  m.len = 1;
  if (!is_word(w, "tonight") && !part_of_day(cx.at(i + 1)).empty()) m.len = 2;
  return produce(out, std::move(m));
}

// "last night": the night before the article's day.
bool last_night(const Context& cx, size_t i, Match& out) {
  if (!is_word(cx.lw[i], "last") || !is_word(cx.at(i + 1), "night")) return false;
  return produce(out, {2, "TIME", cx.dct ? cx.dct->add_days(-1).str() + "TNI" : "XXXX-XX-XXTNI"});
}

bool present_word(const Context& cx, size_t i, Match& out) {  // "now", "currently"
  if (is_word(cx.lw[i], "now") || is_word(cx.lw[i], "currently")) return produce(out, {1, "DATE", "PRESENT_REF"});
  return false;
}

bool past_word(const Context& cx, size_t i, Match& out) {  // "recently"
  if (is_word(cx.lw[i], "recently")) return produce(out, {1, "DATE", "PAST_REF"});
  return false;
}

// "the following year", "that day": against the time named before, when there is one.
bool anaphoric(const Context& cx, size_t i, Match& out) {
  if (cx.anchor.empty()) return false;
  if (std::optional<AnaphoricTime> a = anaphoric_time(cx.lw, i, cx.anchor)) return produce(out, {a->len, a->type, a->value});
  return false;
}

// "recent weeks", "in recent years", "the coming months": an unspecified stretch of that unit.
bool recent_units(const Context& cx, size_t i, Match& out) {
  size_t k = is_word(cx.lw[i], "the") ? i + 1 : i;
  if (!is_word(cx.at(k), "recent") && !is_word(cx.at(k), "coming")) return false;
  bool plural = false;
  if (std::string u = unit_of(cx.at(k + 1), &plural); !u.empty() && plural) return produce(out, {k + 2 - i, "DURATION", period(-1, u)});
  return false;
}

// "the past", "the future" without a unit or a count after them.
bool the_past_or_future(const Context& cx, size_t i, Match& out) {
  bool plural = false;
  if (is_word(cx.lw[i], "the") && (is_word(cx.at(i + 1), "past") || is_word(cx.at(i + 1), "future")) &&
      unit_of(cx.at(i + 2), &plural).empty() && number_of(cx.at(i + 2)) == 0)
    return produce(out, {2, "DATE", is_word(cx.at(i + 1), "past") ? "PAST_REF" : "FUTURE_REF"});
  return false;
}

bool at_present(const Context& cx, size_t i, Match& out) {
  if (is_word(cx.lw[i], "at") && is_word(cx.at(i + 1), "present")) return produce(out, {2, "DATE", "PRESENT_REF"});
  return false;
}

// "the year" on its own is the article's year ("for the year, volume was flat"); "the year
// ended/ending June 30" is a fiscal year, a duration. "the year - earlier level" is a compound,
// read by year-earlier.
bool the_year(const Context& cx, size_t i, Match& out) {
  auto at = [&](size_t k) { return cx.at(k); };
  if (!is_word(cx.lw[i], "the") || !is_word(at(i + 1), "year") || is_word(at(i + 2), "'s") || number_of(at(i + 2)) != 0 ||
      is_word(at(i + 2), "of") || is_word(at(i + 2), "before") || is_word(at(i + 2), "after") || is_word(at(i + 2), "that") ||
      is_word(at(i + 2), "-"))
    return false;
  if (is_word(at(i + 2), "ended") || is_word(at(i + 2), "ending")) return produce(out, {2, "DURATION", "P1Y"});
  return produce(out, {2, "DATE", cx.dct ? std::to_string(cx.dct->y) : "XXXX"});
}

// ---- Sets: "every week", "daily", "annually" ----

// Adverbial sets only ("meets weekly"); the adjectives ("daily output") are not annotated as times.
bool daily(const Context& cx, size_t i, Match& out) {
  if (is_word(cx.lw[i], "daily")) return produce(out, {1, "SET", "P1D"});
  return false;
}

bool weekly_after_verb(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  if ((is_word(w, "weekly") || is_word(w, "monthly")) && i > 0 && is_verb_tag(cx.tk[i - 1].tag))
    return produce(out, {1, "SET", is_word(w, "weekly") ? "P1W" : "P1M"});
  return false;
}

bool every_unit(const Context& cx, size_t i, Match& out) {  // "every week", "each Monday"
  if (!is_word(cx.lw[i], "every") && !is_word(cx.lw[i], "each")) return false;
  bool pl;
  std::string u = unit_of(cx.at(i + 1), &pl);
  if (!u.empty() && !pl) return produce(out, {2, "SET", period(1, u)});
  int wd = weekday_from_name(cx.at(i + 1));
  if (wd >= 0) return produce(out, {2, "SET", "XXXX-WXX-" + std::to_string(wd + 1)});
  return false;
}

// ---- Said direction: "last Thursday", "next May" ----

// "last Thursday", "next Monday", "this Friday": the direction is said, not inferred from tense.
// "this past Saturday" is the last one, and the whole phrase is the expression, so that a fronted
// "This past Saturday, X ..." starts its sentence as "Last Saturday, X ..." does.
bool said_weekday(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  const std::optional<Date>& dct = cx.dct;
  const bool this_past = is_word(w, "this") && is_word(cx.at(i + 1), "past");
  const size_t day = this_past ? i + 2 : i + 1;
  if (!(is_word(w, "last") || is_word(w, "previous") || is_word(w, "next") || is_word(w, "coming") || is_word(w, "this")) ||
      weekday_from_name(cx.at(day)) < 0 || !dct)
    return false;
  int diff = weekday_from_name(cx.at(day)) - dct->weekday();
  long shift = diff;
  if (is_word(w, "last") || is_word(w, "previous") || this_past) shift = diff < 0 ? diff : diff - 7;
  else if (!is_word(w, "this")) shift = diff > 0 ? diff : diff + 7;
  size_t len = day + 1 - i + (part_of_day(cx.at(day + 1)).empty() ? 0 : 1);
  return produce(out, {len, "DATE", dct->add_days(shift).str()});
}

// "last May", "next January", "this September": the month's previous, next or current-year
// occurrence, whatever the tense.
bool said_month(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  const std::optional<Date>& dct = cx.dct;
  if (!(is_word(w, "last") || is_word(w, "next") || is_word(w, "this")) || i + 1 >= cx.lw.size() || !month_of(cx.at(i + 1)) ||
      !cx.upper_at(i + 1) || !dct)
    return false;
  int mon = month_of(cx.at(i + 1)), year = dct->y;
  if (is_word(w, "last") && mon >= dct->m) --year;
  if (is_word(w, "next") && mon <= dct->m) ++year;
  return produce(out, {2, "DATE", std::to_string(year) + "-" + two_digits(mon)});
}

// Holidays: "Thanksgiving Day", "Christmas Eve", "Easter"; the year by tense as for months.
bool holiday(const Context& cx, size_t i, Match& out) {
  if (!cx.upper_at(i)) return false;
  std::string name;
  size_t len = match_holiday(cx.lw, i, &name);
  if (len == 0) return false;
  if (!cx.dct) return produce(out, {len, "DATE", "XXXX-XX-XX"});
  int year = cx.dct->y;
  if (is_all_digits(cx.at(i + len)) && cx.at(i + len).size() == 4) {
    year = to_int(cx.at(i + len));
    ++len;
  } else if (auto this_year = holiday_in(name, year)) {
    year = year_by_tense(*cx.dct, cx.tense, this_year->m, this_year->d);
  }
  if (auto d = holiday_in(name, year)) return produce(out, {len, "DATE", d->str()});
  return false;
}

// "early November", "late October": the month (the part is a TimeML modifier that the value does
// not carry).
bool part_of_month(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  if (!(is_word(w, "early") || is_word(w, "late") || is_word(w, "mid")) || !month_of(cx.at(i + 1)) ||
      is_word(cx.at(i + 1), "may") || !cx.upper_at(i + 1))
    return false;
  Match inner = match_at(cx, i + 1);
  if (inner.len > 0 && inner.value.size() == 7) return produce(out, {inner.len + 1, inner.type, inner.value});
  return false;
}

bool mid_month_word(const Context& cx, size_t i, Match& out) {  // "mid-November"
  if (int mon = month_of(without_part_prefix(cx.lw[i])); mon && cx.dct)
    return produce(out, {1, "DATE", std::to_string(year_by_tense(*cx.dct, cx.tense, mon, 0)) + "-" + two_digits(mon)});
  return false;
}

// "the weekend": the one just past in past-tense reports, else the coming one (ISO weeks put a
// weekend in the week of the Monday before it).
bool the_weekend(const Context& cx, size_t i, Match& out) {
  if (!is_word(cx.lw[i], "the") || !is_word(cx.at(i + 1), "weekend") || !cx.dct) return false;
  Date ref = cx.tense == Tense::kPast && cx.dct->weekday() < 5 ? cx.dct->add_days(-7) : *cx.dct;
  int iy;
  int wk = ref.iso_week(&iy);
  return produce(out, {2, "DATE", format_week(iy, wk) + "-WE"});
}

// "this morning", "this evening": a part of the article's day.
bool this_part_of_day(const Context& cx, size_t i, Match& out) {
  if (is_word(cx.lw[i], "this") && !part_of_day(cx.at(i + 1)).empty() && cx.dct)
    return produce(out, {2, "TIME", cx.dct->str() + part_of_day(cx.at(i + 1))});
  return false;
}

// Decades: "the 1980s", "the '80s", "the mid-1990s", "the late 1970s": the decade, as TimeML's
// three-digit value ("198").
bool decade(const Context& cx, size_t i, Match& out) {
  size_t k = i;
  if (is_word(cx.lw[k], "the")) ++k;
  if (is_word(cx.at(k), "early") || is_word(cx.at(k), "late") || is_word(cx.at(k), "mid")) ++k;
  std::string_view d = cx.at(k);
  if (std::string_view rest = without_part_prefix(d); !rest.empty()) d = rest;
  if (d.size() == 5 && d.back() == 's' && is_all_digits(d.substr(0, 4)) && d[3] == '0' && (d[0] == '1' || d[0] == '2'))
    return produce(out, {k + 1 - i, "DATE", std::string(d.substr(0, 3))});
  // "the '80s" (the tokenizer splits off the apostrophe): the century that puts it in the past.
  if (k > i && d == "'" && cx.dct) {
    std::string_view dd = cx.at(k + 1);
    if (dd.size() == 3 && std::isdigit(static_cast<unsigned char>(dd[0])) && dd[1] == '0' && dd[2] == 's') {
      int dec = (dd[0] - '0') * 10, century = cx.dct->y / 100;
      if (dec > cx.dct->y % 100) --century;
      return produce(out, {k + 2 - i, "DATE", std::to_string(century) + dd[0]});
    }
  }
  return false;
}

// ---- Calendar names: weekdays, months, days ----

// "Saturday, April 25", "Friday Oct. 13": the date said after the weekday fixes the day.
bool weekday_then_date(const Context& cx, size_t i, Match& out) {
  if (weekday_from_name(cx.lw[i]) < 0) return false;
  size_t k = i + 1 + (is_word(cx.at(i + 1), ","));
  if (!month_of(cx.at(k)) || i + 2 >= cx.lw.size()) return false;
  Match date = match_at(cx, k);
  if (date.len > 0 && date.value.size() == 10) return produce(out, {k + date.len - i, date.type, date.value});
  return false;
}

// A weekday, optionally with a part of the day ("Sunday night": the day): past tense the latest
// one on or before the article's day, future the next, else the nearest.
bool weekday(const Context& cx, size_t i, Match& out) {
  int wd = weekday_from_name(cx.lw[i]);
  if (wd < 0) return false;
  Match m;
  m.len = 1;
  m.type = "DATE";
  if (cx.dct) {
    int diff = wd - cx.dct->weekday();  // days from the DCT to that weekday in the same week
    long shift;
    if (cx.tense == Tense::kPast) shift = diff <= 0 ? diff : diff - 7;
    else if (cx.tense == Tense::kFuture) shift = diff >= 0 ? diff : diff + 7;
    else shift = diff > 3 ? diff - 7 : (diff < -3 ? diff + 7 : diff);
    m.value = cx.dct->add_days(shift).str();
  } else {
    m.value = "XXXX-WXX-" + std::to_string(wd + 1);
  }
  if (!part_of_day(cx.at(i + 1)).empty()) m.len = 2;
  return produce(out, std::move(m));
}

// Is a short or ambiguous month name ("May", "March" first in a sentence, "Jan") the month here?
// A preposition before it makes it the month ("in May", "since May", "until Mar."), unless a verb
// follows the expression.
bool weak_month_name(const Context& cx, size_t i, size_t end) {
  std::string_view w = cx.lw[i];
  bool weak = is_word(w, "may") || (is_word(w, "march") && i == 0) ||
              (w.size() <= 4 && w.back() != '.' && !is_word(w, "june") && !is_word(w, "july"));
  if (!weak || i == 0) return weak;
  static constexpr std::string_view month_preps[] = {"in", "since", "until", "through", "during", "by", "from",
                                                     "of", "early", "late", "mid", "before", "after", "between"};
  for (std::string_view p : month_preps)
    if (cx.lw[i - 1] == p && !(end < cx.lw.size() && is_verb_tag(cx.tk[end].tag))) weak = false;
  return weak;
}

// "March Madness", "the October Revolution": a month name followed by a capitalized name and
// with no preposition before it names a thing ("in March Brazil imposed ..." is the month).
bool month_starts_a_name(const Context& cx, size_t i) {
  if (i + 1 >= cx.lw.size() || !cx.upper_at(i + 1)) return false;
  if (cx.tk[i + 1].tag != "NNP" && cx.tk[i + 1].tag != "NNPS") return false;
  if (month_of(cx.lw[i + 1]) || weekday_from_name(cx.lw[i + 1]) >= 0) return false;
  return i == 0 || cx.tk[i - 1].tag != "IN";
}

// Month names: "October 28", "Oct. 28, 2025", "October 2025", "March of 2016", "in January"; without a year, the
// year by tense. "may" as a modal is lower case; a capitalized "May" at a sentence start followed
// by a verb is ambiguous, so a weak name needs a day, a year or a preposition.
bool month_name(const Context& cx, size_t i, Match& out) {
  int mon = month_of(cx.lw[i]);
  if (!mon || !(cx.tk[i].text[0] >= 'A' && cx.tk[i].text[0] <= 'Z')) return false;
  size_t k = i + 1;
  int day = 0, year = 0;
  if (is_all_digits(cx.at(k)) && cx.at(k).size() <= 2 && to_int(cx.at(k)) >= 1 && to_int(cx.at(k)) <= 31) {
    day = to_int(cx.at(k));
    ++k;
    if (is_word(cx.at(k), ",") && is_all_digits(cx.at(k + 1)) && cx.at(k + 1).size() == 4) k += 1;
  }
  size_t spoken = 0;
  if (is_all_digits(cx.at(k)) && cx.at(k).size() == 4) {
    year = to_int(cx.at(k));
    ++k;
  } else if (!day && is_word(cx.at(k), "of") && is_all_digits(cx.at(k + 1)) && cx.at(k + 1).size() == 4) {
    year = to_int(cx.at(k + 1));  // "in March of 2016"
    k += 2;
  } else if (int y = spoken_year(cx.lw, k, &spoken)) {
    year = y;
    k += spoken;
  }
  if (!day && !year && weak_month_name(cx, i, k)) return refuse(out, "a short or ambiguous month name without a day, a year or a preposition");
  if (!day && !year && month_starts_a_name(cx, i)) return refuse(out, "a month name before a name is part of the name");
  if (!year && cx.dct) year = year_by_tense(*cx.dct, cx.tense, mon, day);
  std::string y = year ? std::to_string(year) : "XXXX";
  return produce(out, {k - i, "DATE", y + "-" + two_digits(mon) + (day ? "-" + two_digits(day) : "")});
}

// "28 October 2025", "28 October" (the article's year). "3 May" is the month when capitalized
// ("X, the interior minister, on 3 May banned the march"); "the 3 may leave" is the modal.
bool day_month(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  if (!is_all_digits(w) || w.size() > 2 || !month_of(cx.at(i + 1))) return false;
  if (is_word(cx.at(i + 1), "may") && !cx.upper_at(i + 1)) return false;
  int day = to_int(w);
  int mon = month_of(cx.at(i + 1));
  size_t k = i + 2;
  int year = cx.dct ? cx.dct->y : 0;
  if (is_all_digits(cx.at(k)) && cx.at(k).size() == 4) year = to_int(cx.at(k++));
  if (day >= 1 && day <= 31)
    return produce(out, {k - i, "DATE", (year ? std::to_string(year) : std::string("XXXX")) + "-" + two_digits(mon) + "-" + two_digits(day)});
  return false;
}

// ---- Relative units: "this year", "next week", "the past year", "last summer" ----

// The value of "this/next/last + unit" for a unit without plural, shifted by `shift` units from
// the article date; empty when the unit has no such value here.
std::string shifted_unit_value(const std::optional<Date>& dct, const std::string& u, int shift) {
  if (!dct) return u == "Y" ? "XXXX" : "XXXX-XX";
  if (u == "Y") return std::to_string(dct->y + shift);
  if (u == "M") {
    Date d = dct->add_months(shift);
    return std::to_string(d.y) + "-" + two_digits(d.m);
  }
  if (u == "W") {
    int iy;
    int wk = dct->add_days(7L * shift).iso_week(&iy);
    return format_week(iy, wk);
  }
  if (u == "D") return dct->add_days(shift).str();
  if (u == "Q") {
    int q = (dct->m - 1) / 3 + shift;
    int y = dct->y;
    if (q < 0) { q += 4; --y; }
    if (q > 3) { q -= 4; ++y; }
    return std::to_string(y) + "-Q" + std::to_string(q + 1);
  }
  return "";
}

// this/next/last/coming/past + unit, season or weekend, with an optional "earlier"/"later"/"the"
// before. "the past year" is a duration; "this year's third quarter" is left to quarter.
bool relative_unit(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  const bool leading_word = is_word(w, "earlier") || is_word(w, "later") || is_word(w, "early") || is_word(w, "late");
  size_t k = leading_word ? i + 1 : i;
  if (is_word(cx.at(k), "the")) ++k;
  std::string_view rel = cx.at(k);
  int shift = 99;
  if (rel == "this" || rel == "current") shift = 0;
  else if (rel == "next" || rel == "coming" || rel == "following") shift = 1;
  else if (rel == "last" || rel == "previous" || rel == "past") shift = -1;
  const bool quarter_follows = is_word(cx.at(k + 2), "'s") && (is_word(cx.at(k + 3), "quarter") || is_word(cx.at(k + 4), "quarter"));
  if (shift == 99 || quarter_follows || !(k == i || is_word(w, "the") || leading_word)) return false;
  bool pl = false;
  std::string u = unit_of(cx.at(k + 1), &pl);
  std::string se = season_of(cx.at(k + 1));
  if (!se.empty()) return produce(out, {k + 2 - i, "DATE", (cx.dct ? std::to_string(cx.dct->y + shift) : std::string("XXXX")) + "-" + se});
  if (is_word(cx.at(k + 1), "weekend") && cx.dct) {
    int iy;
    int wk = cx.dct->add_days(7L * shift).iso_week(&iy);
    return produce(out, {k + 2 - i, "DATE", format_week(iy, wk) + "-WE"});
  }
  if (!u.empty() && !pl) {
    if (is_word(w, "the") && rel == "past") return produce(out, {k + 2 - i, "DURATION", period(1, u)});
    if (std::string v = shifted_unit_value(cx.dct, u, shift); !v.empty()) return produce(out, {k + 2 - i, "DATE", v});
  }
  // "the past weeks": vague ("the past two years" is a count, read by count-of-units).
  if (rel == "past" && pl) return produce(out, {k + 2 - i, "DURATION", period(-1, u)});
  return false;
}

// "the year-earlier quarter", "the year-ago period", "year-earlier" (results): the same period
// a year before the reporting quarter, else the previous year.
bool year_earlier(const Context& cx, size_t i, Match& out) {
  size_t k = is_word(cx.lw[i], "the") ? i + 1 : i;
  if (!(is_word(cx.at(k), "year-earlier") || is_word(cx.at(k), "year-ago")) || !cx.dct) return false;
  size_t e = k + 1;
  std::string value = cx.quarter.empty() ? std::to_string(cx.dct->y - 1) : year_before(cx.quarter);
  if (is_word(cx.at(e), "quarter") || is_word(cx.at(e), "period")) {
    ++e;
  } else if (e + 1 < cx.lw.size() && is_word(cx.at(e + 1), "quarter")) {
    // "the year-earlier third quarter": that quarter, a year before.
    static constexpr std::string_view ords[] = {"first", "second", "third", "fourth"};
    for (int o = 0; o < 4; ++o)
      if (cx.at(e) == ords[o]) {
        int y = (cx.quarter.empty() ? cx.dct->y : to_int(cx.quarter.substr(0, 4))) - 1;
        value = std::to_string(y) + "-Q" + std::to_string(o + 1);
        e += 2;
      }
  } else if (is_word(cx.lw[i], "the")) {
    return refuse(out, "'the year-earlier NOUN': only the adjective is the time");
  }
  return produce(out, {e - i, "DATE", value});
}

// ---- Quarters and halves ----

constexpr std::string_view kOrdinalWords[] = {"first", "second", "third", "fourth"};
constexpr std::string_view kOrdinalNumbers[] = {"1st", "2nd", "3rd", "4th"};

int ordinal_of(std::string_view w) {  // "third" or "3rd" -> 3; 0 otherwise
  int q = 0;
  for (int o = 0; o < 4; ++o)
    if (w == kOrdinalWords[o] || w == kOrdinalNumbers[o]) q = o + 1;
  return q;
}

// What may stand before a quarter: "the", "this/next/last year's", "the 1988".
struct QuarterLead {
  size_t k;            // the token after the lead
  int year_shift = 0;  // "next year's first quarter": +1
  int named_year = 0;  // "the 1988 third quarter"
};

QuarterLead quarter_lead(const Context& cx, size_t i) {
  if (cx.lead_token == i) return {cx.lead_end, cx.lead_year_shift, cx.lead_named_year};
  QuarterLead q{is_word(cx.lw[i], "the") ? i + 1 : i};
  size_t& k = q.k;
  if ((is_word(cx.at(k), "this") || is_word(cx.at(k), "next") || is_word(cx.at(k), "last")) && is_word(cx.at(k + 1), "year") &&
      is_word(cx.at(k + 2), "'s")) {
    q.year_shift = is_word(cx.at(k), "next") ? 1 : is_word(cx.at(k), "last") ? -1 : 0;
    k += 3;
  }
  if (is_word(cx.lw[i], "the") && is_all_digits(cx.at(k)) && cx.at(k).size() == 4) {
    q.named_year = to_int(cx.at(k));
    ++k;
  }
  cx.lead_token = i;
  cx.lead_end = q.k;
  cx.lead_year_shift = q.year_shift;
  cx.lead_named_year = q.named_year;
  return q;
}

// "the 1988 quarter", "the 1988 period": the reporting quarter of that year; "last year's
// quarter": the reporting quarter, a year before.
bool reporting_quarter_of_year(const Context& cx, size_t i, Match& out) {
  QuarterLead q = quarter_lead(cx, i);
  size_t k = q.k;
  if (q.named_year && (is_word(cx.at(k), "quarter") || (is_word(cx.at(k), "period") && !cx.quarter.empty())))
    return produce(out, {k + 1 - i, "DATE", std::to_string(q.named_year) + (cx.quarter.empty() ? "" : "-Q" + cx.quarter.substr(6))});
  if (q.year_shift == -1 && is_word(cx.at(k), "quarter") && !cx.quarter.empty()) return produce(out, {k + 1 - i, "DATE", year_before(cx.quarter)});
  return false;
}

// "third-quarter" written as one token: this year's, or last year's when a past tense reports a
// quarter that has not begun.
bool hyphenated_quarter(const Context& cx, size_t i, Match& out) {
  QuarterLead lead = quarter_lead(cx, i);
  std::string_view w = cx.at(lead.k);
  size_t hy = w.find('-');
  if (ordinal_of(w) || hy == std::string::npos || w.substr(hy + 1) != "quarter") return false;
  int q = ordinal_of(w.substr(0, hy));
  if (!q) return false;
  int year = cx.dct ? cx.dct->y : 0;
  if (cx.dct && cx.tense == Tense::kPast && q > (cx.dct->m - 1) / 3 + 1) --year;
  return produce(out, {lead.k + 1 - i, "DATE", (year ? std::to_string(year) : std::string("XXXX")) + "-Q" + std::to_string(q), true});
}

// "the quarter", "the latest quarter", "the latest period": in past-tense reports, the quarter
// just ended; "latest" and "recent" always name the last one reported.
bool the_quarter(const Context& cx, size_t i, Match& out) {
  QuarterLead lead = quarter_lead(cx, i);
  size_t k = lead.k;
  const bool latest = is_word(cx.at(k), "latest") || is_word(cx.at(k), "recent");
  if (ordinal_of(cx.at(k)) || !is_word(cx.lw[i], "the") || !cx.dct) return false;
  if (!(is_word(cx.at(k), "quarter") ||
        ((latest || is_word(cx.at(k), "current")) && (is_word(cx.at(k + 1), "quarter") || is_word(cx.at(k + 1), "period")))))
    return false;
  size_t e = is_word(cx.at(k), "quarter") ? k + 1 : k + 2;
  if (!cx.quarter.empty() && !is_word(cx.at(k), "current")) return produce(out, {e - i, "DATE", cx.quarter});
  Date ref = cx.tense == Tense::kPast || latest ? cx.dct->add_days(-45) : *cx.dct;
  return produce(out, {e - i, "DATE", std::to_string(ref.y) + "-Q" + std::to_string((ref.m - 1) / 3 + 1)});
}

// "the first quarter (of 1987)", "the fourth quarter", "next year's first quarter", "the first
// half": without a year, a past tense puts a quarter that has not begun in the year before.
bool ordinal_quarter(const Context& cx, size_t i, Match& out) {
  QuarterLead lead = quarter_lead(cx, i);
  size_t k = lead.k;
  int q = ordinal_of(cx.at(k));
  if (!q || !(is_word(cx.at(k + 1), "quarter") || (is_word(cx.at(k + 1), "half") && q <= 2))) return false;
  bool half = is_word(cx.at(k + 1), "half");
  size_t e = k + 2;
  int year = cx.dct ? cx.dct->y : 0;
  bool explicit_year = false;
  if (is_word(cx.at(e), "of") && is_all_digits(cx.at(e + 1)) && cx.at(e + 1).size() == 4) {
    year = to_int(cx.at(e + 1));
    e += 2;
    explicit_year = true;
  } else if (is_all_digits(cx.at(e)) && cx.at(e).size() == 4) {
    year = to_int(cx.at(e));
    e += 1;
    explicit_year = true;
  }
  if (lead.named_year) {
    year = lead.named_year;
  } else if (lead.year_shift) {
    year += lead.year_shift;
  } else if (!explicit_year && cx.dct && cx.tense == Tense::kPast) {
    int cur = half ? (cx.dct->m - 1) / 6 + 1 : (cx.dct->m - 1) / 3 + 1;
    if (q > cur) --year;
  }
  return produce(out, {e - i, "DATE", (year ? std::to_string(year) : std::string("XXXX")) + (half ? "-H" : "-Q") + std::to_string(q), !half});
}

// ---- Counts of units: "five-year", "two years ago", "2 1/2 hours", "for weeks" ----

// "five-year", "10-day", "two-week": a duration in one token.
bool hyphenated_duration(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  size_t dash = w.find('-');
  if (dash == std::string::npos || dash == 0) return false;
  bool pl = false;
  int hn = number_of(w.substr(0, dash));
  std::string hu = unit_of(w.substr(dash + 1), &pl);
  if (hn != 0 && !hu.empty() && hu != "Q") return produce(out, {1, "DURATION", period(hn, hu)});
  return false;
}

// A count before a unit word: "two", "12", "a", "a few" (-1, unknown), "twenty four" (a tens word
// and a unit word make one count). A year-like number ("the 1988 quarter") is not a count.
struct Count {
  int num = 0;  // 0: no count here
  size_t k;     // the token after the count
};

Count count_at(const Context& cx, size_t i) {
  if (cx.count_token == i) return {cx.count_num, cx.count_end};
  std::string_view w = cx.lw[i];
  Count c{number_of(w), i + 1};
  if (c.num >= 1000) c.num = 0;
  if (c.num == 1 && (is_word(w, "a") || is_word(w, "an")) && is_word(cx.at(c.k), "few")) {
    c.num = -1;
    ++c.k;
  }
  if (c.num >= 20 && c.num <= 90 && c.num % 10 == 0 && w.find('-') == std::string::npos) {
    int unit = number_of(cx.at(c.k));
    if (unit >= 1 && unit <= 9 && !is_all_digits(cx.at(c.k))) {
      c.num += unit;
      ++c.k;
    }
  }
  cx.count_token = i;
  cx.count_num = c.num;
  cx.count_end = c.k;
  return c;
}

// "2 1/2 years", "5 1/2 hours": a half unit more, in the next smaller unit.
bool half_units(const Context& cx, size_t i, Match& out) {
  Count c = count_at(cx, i);
  if (c.num <= 0 || !is_word(cx.at(c.k), "1/2")) return false;
  bool pl = false;
  std::string hu = unit_of(cx.at(c.k + 1), &pl);
  std::string half = hu == "Y" ? "6M" : hu == "TH" ? "30M" : hu == "D" ? "T12H" : "";
  if (half.empty()) return false;
  return produce(out, {c.k + 2 - i, "DURATION", period(c.num, hu) + half});
}

// "three years ago", "two weeks earlier": counted back from the article date ("a year ago" in an
// earnings report: the reporting quarter a year before); "years ago": PAST_REF.
bool units_ago(const Context& cx, size_t i, Match& out) {
  Count c = count_at(cx, i);
  if (c.num == 0) return false;
  bool pl = false;
  std::string u = unit_of(cx.at(c.k), &pl);
  if (u.empty()) return false;
  size_t k = c.k;
  if ((is_word(cx.at(k + 1), "ago") || is_word(cx.at(k + 1), "earlier")) && cx.dct && c.num > 0) {
    Date d = *cx.dct;
    const int num = c.num;
    std::string v;
    if (u == "Y" && num == 1 && !cx.quarter.empty()) v = year_before(cx.quarter);
    else if (u == "Y") v = std::to_string(d.y - num);
    else if (u == "M") { Date x = d.add_months(-num); v = std::to_string(x.y) + "-" + two_digits(x.m); }
    else if (u == "W") { int iy; int wk = d.add_days(-7L * num).iso_week(&iy); v = format_week(iy, wk); }
    else if (u == "D") v = d.add_days(-num).str();
    else v = "PAST_REF";
    return produce(out, {k + 2 - i, "DATE", v});
  }
  // "some years ago", "a few months earlier": a vague count of units back is the vague past.
  if (is_word(cx.at(k + 1), "ago") || (c.num < 0 && is_word(cx.at(k + 1), "earlier")))
    return produce(out, {k + 2 - i, "DATE", "PAST_REF"});
  return false;
}

// `units-earlier-vague`: "years earlier", "decades earlier", "months earlier": a plural unit with
// no count before it, back from the story's time, is the vague past (PAST_REF). "for years" is a
// stretch (for-units) and "years later" no past; "days earlier" stays near the story's day, and
// "months ago" is a duration back from now, as TimeBank annotates it (PXM): both left alone.
bool units_earlier_vague(const Context& cx, size_t i, Match& out) {
  bool pl = false;
  const std::string u = unit_of(cx.lw[i], &pl);
  if ((u != "Y" && u != "DE" && u != "M") || !pl || (i > 0 && (is_word(cx.lw[i - 1], "for") || number_of(cx.lw[i - 1]) != 0))) return false;
  if (!is_word(cx.at(i + 1), "earlier")) return false;
  return produce(out, {2, "DATE", "PAST_REF"});
}

// "two days later", "a year later": that many units after the time named before ("elected in
// 1995 ... three years later" is 1998), at the anchor's granularity or coarser. With no time named
// before, the words stay a duration (count-of-units).
bool units_later(const Context& cx, size_t i, Match& out) {
  Count c = count_at(cx, i);
  if (c.num <= 0 || cx.anchor.size() < 4 || !is_word(cx.at(c.k + 1), "later")) return false;
  bool pl = false;
  const std::string u = unit_of(cx.at(c.k), &pl);
  const int year = to_int(cx.anchor.substr(0, 4));
  const std::optional<Date> day = cx.anchor.size() == 10 ? Date::parse(cx.anchor) : std::nullopt;
  std::string v;
  if (u == "Y") {
    v = std::to_string(year + c.num);
  } else if (u == "M" && cx.anchor.size() >= 7) {
    Date x = Date{year, to_int(cx.anchor.substr(5, 2)), 1}.add_months(c.num);
    v = std::to_string(x.y) + "-" + two_digits(x.m);
  } else if (u == "W" && day) {
    int iy;
    int wk = day->add_days(7L * c.num).iso_week(&iy);
    v = format_week(iy, wk);
  } else if (u == "D" && day) {
    v = day->add_days(c.num).str();
  }
  if (v.empty()) return false;
  return produce(out, {c.k + 2 - i, "DATE", v});
}

// "three years", "a week", "several months": a duration. "$1.76 a year", "four flights a week",
// "24 hours a day" are rates, not stretches of time; "a quarter" is left alone.
bool count_of_units(const Context& cx, size_t i, Match& out) {
  Count c = count_at(cx, i);
  if (c.num == 0) return false;
  bool pl = false;
  std::string u = unit_of(cx.at(c.k), &pl);
  if (u.empty()) return false;
  if ((is_word(cx.lw[i], "a") || is_word(cx.lw[i], "an")) && i > 0 && (cx.tk[i - 1].tag == "CD" || cx.tk[i - 1].tag == "NNS"))
    return refuse(out, "'a UNIT' after a number or a plural noun is a rate ('$1.76 a year')");
  if (u == "Q" && c.num == 1) return false;
  return produce(out, {c.k + 1 - i, "DURATION", period(c.num, u)});
}

// Bare plural unit after "for": "for years", "for weeks".
bool for_units(const Context& cx, size_t i, Match& out) {
  if (i == 0 || !is_word(cx.lw[i - 1], "for")) return false;
  bool pl = false;
  std::string bu = unit_of(cx.lw[i], &pl);
  if (!bu.empty() && pl && bu != "Q") return produce(out, {1, "DURATION", period(-1, bu)});
  return false;
}

// ---- Clock times, seasons, years ----

// A 24-hour clock time, "13:30" or "7:05", read as one only where it is plainly a time of day:
// before a zone or "local time"/"hours" ("13:30 local time", "20:15 GMT"), or after a word that
// places a moment ("at", "around", "by", "until", "before", "after", "from", "since"): "power
// was restored by 20:21" (the agent is no "20:21"), "the bus left at 07:15". A ratio or a score
// ("a 3:1 ratio", "won 2:1") has no two-digit minutes; "2:05:37" (a race time) is no H:MM token.
// Its length: 2 with the zone or "hours" after it (clock_time reads "local time" itself), else 1;
// 0 when none is there.
size_t twenty_four_hour_clock(const Context& cx, size_t i, int* hh, int* mm) {
  static constexpr std::string_view kMomentWords[] = {"at", "around", "about", "by", "until", "till", "before", "after", "from", "since", "approximately"};
  static constexpr std::string_view kAfterWords[] = {"gmt", "utc", "bst", "cet", "cest", "edt", "est", "hours", "hrs"};
  const std::string_view t = cx.lw[i];
  const size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || t.size() != colon + 3) return 0;
  if (!is_all_digits(t.substr(0, colon)) || !is_all_digits(t.substr(colon + 1))) return 0;
  const int h = to_int(t.substr(0, colon)), m = to_int(t.substr(colon + 1));
  if (h > 23 || m > 59) return 0;
  bool zone = false, placed = cx.at(i + 1) == "local" && cx.at(i + 2) == "time";
  for (std::string_view w : kAfterWords) zone |= cx.at(i + 1) == w;
  for (std::string_view w : kMomentWords) placed |= i > 0 && cx.lw[i - 1] == w;
  if (!zone && !placed) return 0;
  *hh = h;
  *mm = m;
  return zone ? 2 : 1;
}

// Clock times: "11 a.m.", "3:30 p.m.", "0200 GMT", "noon", "13:30 local time"; the hour and
// minute, or -1.
size_t clock_at(const Context& cx, size_t i, int* hh, int* mm) {
  std::string_view t = cx.lw[i];
  std::string_view next = cx.at(i + 1);
  *hh = -1;
  *mm = 0;
  if (t.size() <= 5 && (is_word(next, "a.m.") || is_word(next, "p.m.") || is_word(next, "am") || is_word(next, "pm") ||
                        is_word(next, "a.m") || is_word(next, "p.m"))) {
    if (std::sscanf(std::string(t).c_str(), "%d:%d", hh, mm) >= 1 && *hh >= 1 && *hh <= 12) {
      if (next[0] == 'p' && *hh != 12) *hh += 12;
      if (next[0] == 'a' && *hh == 12) *hh = 0;
      return 2;
    }
    *hh = -1;
  } else if (t.size() == 4 && is_all_digits(t) && (is_word(next, "gmt") || is_word(next, "utc") || is_word(next, "edt") || is_word(next, "est"))) {
    *hh = to_int(t.substr(0, 2));
    *mm = to_int(t.substr(2));
    if (*hh > 23 || *mm > 59) *hh = -1;
    return 2;
  } else if (t == "noon" || t == "midnight") {
    *hh = t == "noon" ? 12 : 0;
    return 1;
  } else if (size_t len = twenty_four_hour_clock(cx, i, hh, mm)) {
    return len;
  }
  return 0;
}

// A clock time on the article's day, or on the day said after it ("9 a.m. Tuesday", "5 p.m. EST,
// Nov. 6", "noon Saturday", "6 p.m. tomorrow"); "local time" is part of it.
bool clock_time(const Context& cx, size_t i, Match& out) {
  int hh, mm;
  size_t len = clock_at(cx, i, &hh, &mm);
  if (hh < 0 || !len) return false;
  size_t e = i + len;
  if (is_word(cx.at(e), "local") && is_word(cx.at(e + 1), "time")) e += 2;
  std::string day = cx.dct ? cx.dct->str() : std::string("XXXX-XX-XX");
  size_t d = e;
  static constexpr std::string_view zones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et"};
  for (std::string_view z : zones)
    if (cx.at(d) == z) ++d;
  // "6 p.m. local time tomorrow", "noon yesterday": the day word right after the clock names its
  // day (relative-day reads it). After a comma it may start a clause of its own, so not there.
  if (Match deictic; d < cx.lw.size() && relative_day(cx, d, deictic))
    return produce(out, {d + deictic.len - i, "TIME", deictic.value.substr(0, 10) + "T" + two_digits(hh) + ":" + two_digits(mm)});
  if (is_word(cx.at(d), ",")) ++d;
  // "at 9:54 a.m. on Wednesday": the day may follow after "on".
  if (is_word(cx.at(d), "on") && d + 1 < cx.lw.size() && (weekday_from_name(cx.at(d + 1)) >= 0 || month_of(cx.at(d + 1))) &&
      cx.upper_at(d + 1))
    ++d;
  if (d < cx.lw.size() && (weekday_from_name(cx.at(d)) >= 0 || month_of(cx.at(d))) && cx.upper_at(d)) {
    Match date = match_at(cx, d);
    if (date.len > 0 && date.value.size() >= 10 && date.value[4] == '-' && date.value[7] == '-') {
      day = date.value.substr(0, 10);
      e = d + date.len;
    }
  }
  return produce(out, {e - i, "TIME", day + "T" + two_digits(hh) + ":" + two_digits(mm)});
}

// clock-time-on-context-day: "On Tuesday the storm reached the coast. At 3 p.m. the levee
// broke." in a report dated Wednesday: a past clock time with no day of its own happened on the
// day the story is at, the latest day named (TimeDocument::anchor), when that day is one of the
// seven before the article's. A present or future clock time ("the polls close at 8 p.m."), one
// with its own day ("3 p.m. Tuesday", clock-time), or one after no day, an older or a coarser
// anchor ("in March") stays with clock-time, on the article's day.
bool clock_time_on_context_day(const Context& cx, size_t i, Match& out) {
  if (!cx.dct || cx.tense != Tense::kPast || cx.anchor.size() != 10) return false;
  int hh, mm;
  size_t len = clock_at(cx, i, &hh, &mm);
  if (hh < 0 || !len) return false;
  const std::optional<Date> day = Date::parse(cx.anchor);
  if (!day) return false;
  const long back = cx.dct->days() - day->days();
  if (back < 1 || back > 7) return false;
  // Only where clock-time reads no day after the clock (its length is the clock's own).
  Match clock;
  if (is_word(cx.at(i + len), "local") && is_word(cx.at(i + len + 1), "time")) len += 2;
  if (!clock_time(cx, i, clock) || clock.len != len) return false;
  return produce(out, {clock.len, "TIME", cx.anchor + clock.value.substr(10)});
}

bool after_any(const Context& cx, size_t i, std::span<const std::string_view> words) {
  for (std::string_view p : words)
    if (i > 0 && cx.lw[i - 1] == p) return true;
  return false;
}

// Seasons: "in summer", "the early summer", "spring 2026", "the winter of 1994", "this past
// spring". Without a year, the season of the article's year, or the one before it when a past
// tense reports a season that has not begun yet (and after it for a future one already over).
// "fall" is far more often the noun of falling prices: only "in (the) fall", "(the) fall of
// 1994", never "the fall in prices".
bool season(const Context& cx, size_t i, Match& out) {
  size_t k = i;
  bool past = false;
  if (is_word(cx.lw[i], "this") && is_word(cx.at(i + 1), "past")) {
    k += 2;
    past = true;
  } else if (is_word(cx.lw[i], "the")) {
    ++k;
  }
  if (is_word(cx.at(k), "early") || is_word(cx.at(k), "late") || is_word(cx.at(k), "mid")) ++k;
  std::string se = season_of(cx.at(k));
  static constexpr std::string_view preps[] = {"in", "this", "by", "during", "since", "until", "through", "over", "before", "after"};
  const bool after_prep = after_any(cx, i, preps);
  if (is_word(cx.at(k), "fall") &&
      (!after_prep || is_word(cx.at(k + 1), "in") || is_word(cx.at(k + 1), "to") || is_word(cx.at(k + 1), "from") ||
       (is_word(cx.at(k + 1), "of") && !(is_all_digits(cx.at(k + 2)) && cx.at(k + 2).size() == 4))))
    se.clear();
  if (se.empty() || !cx.dct || !(k > i || after_prep)) return false;
  const int starts = se == "SP" ? 3 : se == "SU" ? 6 : se == "FA" ? 9 : 12;  // the season's first month
  int y = cx.dct->y;
  size_t e = k + 1;
  size_t spoken = 0;
  if (is_word(cx.at(e), "of")) ++e;
  if (is_all_digits(cx.at(e)) && cx.at(e).size() == 4) {
    y = to_int(cx.at(e++));
  } else if (int sy = spoken_year(cx.lw, e, &spoken)) {
    y = sy;
    e += spoken;
  } else {
    if (is_word(cx.at(k + 1), "of")) e = k + 1;  // "the summer of discontent": the season alone
    if ((past || cx.tense == Tense::kPast) && starts > cx.dct->m) --y;
    else if (cx.tense == Tense::kFuture && starts + 2 < cx.dct->m) ++y;
  }
  return produce(out, {e - i, "DATE", std::to_string(y) + "-" + se});
}

// A year in words: "nineteen ninety-six", "the year two thousand" (a bare "two thousand" is a
// number).
bool spoken_year_words(const Context& cx, size_t i, Match& out) {
  size_t k = i, len = 0;
  if (is_word(cx.lw[i], "the") && is_word(cx.at(i + 1), "year")) k += 2;
  if (int y = spoken_year(cx.lw, k, &len); y && (k > i || !is_word(cx.lw[k], "two")))
    return produce(out, {k + len - i, "DATE", std::to_string(y)});
  return false;
}

// "mid-1996", "early-2020": the year.
bool part_of_year(const Context& cx, size_t i, Match& out) {
  if (std::string_view y = without_part_prefix(cx.lw[i]); y.size() == 4 && is_all_digits(y)) return produce(out, {1, "DATE", std::string(y)});
  return false;
}

// A bare year: after a preposition ("in 1986", "since 2019", "by 2030"), or a year-like number
// (1900-2100) tagged CD that is not an amount ("$1990", "1990 shares"). Before a noun a year is a
// modifier ("the 1994 act", "a 1971 convention") when a determiner leads; without one it is more
// often a count ("1990 shares").
bool bare_year(const Context& cx, size_t i, Match& out) {
  std::string_view w = cx.lw[i];
  if (!is_all_digits(w) || w.size() != 4) return false;
  const size_t n = cx.lw.size();
  int y = to_int(w);
  static constexpr std::string_view preps[] = {"in", "since", "by", "until", "during", "for", "from", "through",
                                               "before", "after", "of", "to", "early", "late", "mid", "fiscal", "and"};
  bool ok = after_any(cx, i, preps);
  // "Flight 2021", "Vision 2030", "the Zrinyi 2026 programme": a number right after a name is
  // part of the name, not a year ("October 2025" and "Christmas 2019" are read before this).
  if (!ok && i > 0 && (cx.tk[i - 1].tag == "NNP" || cx.tk[i - 1].tag == "NNPS"))
    return refuse(out, "a number right after a name is part of the name");
  bool amount = (i > 0 && is_word(cx.lw[i - 1], "$")) || (i + 1 < n && (cx.tk[i + 1].tag == "NNS" || is_word(cx.lw[i + 1], "%")));
  if (!ok && !amount && y >= 1900 && y <= 2100 && cx.tk[i].tag == "CD") ok = true;
  bool determined = i > 0 && (cx.tk[i - 1].tag == "DT" || cx.tk[i - 1].tag == "POS" || cx.tk[i - 1].tag == "PRP$");
  bool before_noun = i + 1 < n && (cx.tk[i + 1].tag == "NNS" || cx.tk[i + 1].tag == "NN");
  if (determined && y >= 1900 && y <= 2100 && cx.tk[i].tag == "CD" && !before_noun) ok = true;
  if (ok && y >= 1800 && y <= 2100 && (!before_noun || determined)) return produce(out, {1, "DATE", std::string(w)});
  return false;
}

// The words each construction can start on (FirstWords), read from its first test of the word
// at i: "last-night" starts on "last"; "recent-units" on "the", "recent" or "coming"; the count
// constructions on a count (count_at reads number_of).
constexpr std::string_view kRelativeDayWords[] = {"today", "tonight", "yesterday", "tomorrow"};
constexpr std::string_view kLast[] = {"last"};
constexpr std::string_view kPresentWords[] = {"now", "currently"};
constexpr std::string_view kPastWords[] = {"recently"};
constexpr std::string_view kAnaphoricWords[] = {"earlier", "later", "that", "the"};
constexpr std::string_view kRecentUnitsWords[] = {"the", "recent", "coming"};
constexpr std::string_view kThe[] = {"the"};
constexpr std::string_view kAt[] = {"at"};
constexpr std::string_view kDaily[] = {"daily"};
constexpr std::string_view kWeeklyWords[] = {"weekly", "monthly"};
constexpr std::string_view kEveryWords[] = {"every", "each"};
constexpr std::string_view kSaidWeekdayWords[] = {"last", "previous", "next", "coming", "this"};
constexpr std::string_view kSaidMonthWords[] = {"last", "next", "this"};
constexpr std::string_view kPartWords[] = {"early", "late", "mid"};
constexpr std::string_view kThis[] = {"this"};
constexpr std::string_view kDecadeWords[] = {"the", "early", "late", "mid"};
constexpr std::string_view kRelativeUnitWords[] = {"earlier", "later", "early", "late", "the", "this", "current",
                                                   "next", "coming", "following", "last", "previous", "past"};
constexpr std::string_view kYearEarlierWords[] = {"the", "year-earlier", "year-ago"};
constexpr std::string_view kQuarterLeadWords[] = {"the", "last"};          // a named year or "last year's"
constexpr std::string_view kYearLeadWords[] = {"the", "this", "next", "last"};  // quarter_lead
constexpr std::string_view kOrdinalQuarterWords[] = {"the", "this", "next", "last", "first", "second",
                                                     "third", "fourth", "1st", "2nd", "3rd", "4th"};
constexpr std::string_view kPluralUnits[] = {"years", "months", "weeks", "days", "hours", "minutes", "decades"};
constexpr std::string_view kSeasonWords[] = {"this", "the", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"};
constexpr std::string_view kSpokenYearWords[] = {"the", "two", "nineteen", "eighteen"};

// The constructions in priority order: the first that fires (or refuses) at a token wins. Fixed
// words before patterns; said directions ("last Monday") before tense-steered names ("Monday");
// a weekday or clock time reads the date after it through match_at.
constexpr TimeConstruction kTimeConstructions[] = {
    {"relative-day", relative_day, {kRelativeDayWords}},
    {"last-night", last_night, {kLast}},
    {"present-word", present_word, {kPresentWords}},
    {"past-word", past_word, {kPastWords}},
    {"anaphoric-time", anaphoric, {kAnaphoricWords}},
    {"recent-units", recent_units, {kRecentUnitsWords}},
    {"the-past-or-future", the_past_or_future, {kThe}},
    {"at-present", at_present, {kAt}},
    {"the-year", the_year, {kThe}},
    {"daily", daily, {kDaily}},
    {"weekly-after-verb", weekly_after_verb, {kWeeklyWords}},
    {"every-unit", every_unit, {kEveryWords}},
    {"said-weekday", said_weekday, {kSaidWeekdayWords}},
    {"said-month", said_month, {kSaidMonthWords}},
    {"holiday", holiday, {{}, kHolidayWord}},
    {"part-of-month", part_of_month, {kPartWords}},
    {"mid-month-word", mid_month_word, {{}, kHyphenWord}},
    {"the-weekend", the_weekend, {kThe}},
    {"this-part-of-day", this_part_of_day, {kThis}},
    {"decade", decade, {kDecadeWords, kDigitWord | kHyphenWord}},
    {"weekday-then-date", weekday_then_date, {{}, kWeekdayWord}},
    {"weekday", weekday, {{}, kWeekdayWord}},
    {"month-name", month_name, {{}, kMonthWord}},
    {"day-month", day_month, {{}, kDigitWord}},
    {"relative-unit", relative_unit, {kRelativeUnitWords}},
    {"year-earlier", year_earlier, {kYearEarlierWords}},
    {"reporting-quarter-of-year", reporting_quarter_of_year, {kQuarterLeadWords}},
    {"hyphenated-quarter", hyphenated_quarter, {kYearLeadWords, kHyphenWord}},
    {"the-quarter", the_quarter, {kThe}},
    {"ordinal-quarter", ordinal_quarter, {kOrdinalQuarterWords}},
    {"hyphenated-duration", hyphenated_duration, {{}, kHyphenWord}},
    {"half-units", half_units, {{}, kCountWord}},
    {"units-later", units_later, {{}, kCountWord}},
    {"units-ago", units_ago, {{}, kCountWord}},
    {"count-of-units", count_of_units, {{}, kCountWord}},
    {"for-units", for_units, {kPluralUnits}},
    {"units-earlier-vague", units_earlier_vague, {kPluralUnits}},
    {"clock-time-on-context-day", clock_time_on_context_day, {{}, kAnyWord}},  // as clock-time
    {"clock-time", clock_time, {{}, kAnyWord}},  // clock_at reads the hour with sscanf, which takes a sign too
    {"season", season, {kSeasonWords}},
    {"spoken-year", spoken_year_words, {kSpokenYearWords}},
    {"part-of-year", part_of_year, {{}, kHyphenWord}},
    {"bare-year", bare_year, {{}, kDigitWord}},
};
static_assert(std::size(kTimeConstructions) <= 64, "FirstWordIndex keeps one bit per construction");

// Which constructions can start at a word (FirstWords), as a mask over kTimeConstructions: one
// probe of the listed words, then the classes.
class FirstWordIndex {
 public:
  FirstWordIndex() {
    for (size_t c = 0; c < std::size(kTimeConstructions); ++c) {
      const uint64_t bit = uint64_t{1} << c;
      const FirstWords& f = kTimeConstructions[c].starts;
      for (std::string_view w : f.words) add(w, bit);
      if (f.classes & kWeekdayWord)  // weekday_from_name reads the full names only
        for (std::string_view w : kWeekdayNames) add(w, bit);
      if (f.classes & kHolidayWord)  // match_holiday starts only at these
        for (const std::string& w : holiday_first_words()) add(w, bit);
      if (f.classes & kAnyWord) any_ |= bit;
      if (f.classes & kDigitWord) digit_ |= bit;
      if (f.classes & kHyphenWord) hyphen_ |= bit;
      if (f.classes & kMonthWord) month_ |= bit;
      if (f.classes & kCountWord) count_ |= bit;
    }
  }

  uint64_t candidates(std::string_view w) const {
    uint64_t m = any_;
    if (const uint32_t id = words_.find(w); id != StringTable::kNone) m |= word_masks_[id];
    if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) m |= digit_;
    if (w.find('-') != std::string_view::npos) m |= hyphen_;
    if (month_of(w)) m |= month_;
    if (number_of(w) != 0) m |= count_;
    return m;
  }

 private:
  void add(std::string_view w, uint64_t bit) {
    const uint32_t id = words_.insert(w);
    if (id >= word_masks_.size()) word_masks_.resize(id + 1, 0);
    word_masks_[id] |= bit;
  }
  StringTable words_;
  std::vector<uint64_t> word_masks_;  // word id -> the constructions that list it
  uint64_t any_ = 0, digit_ = 0, hyphen_ = 0, month_ = 0, count_ = 0;
};

}  // namespace

std::span<const TimeConstruction> time_constructions() { return kTimeConstructions; }

namespace {

// FirstWordIndex::candidates of token i's word, remembered per thread by its word id (word_ids.h):
// the mask depends on the word alone, and reading it (a table probe, month_of, number_of's
// comparisons with twenty number words) cost about 600 instructions a candidate token. With
// fewer than 64 constructions no mask has every bit set: that value marks a word not asked yet.
uint64_t candidates_at(const FirstWordIndex& index, const Context& cx, size_t i) {
  static_assert(std::size(kTimeConstructions) < 64, "all bits set marks a word not asked yet");
  constexpr uint64_t kNotAsked = ~uint64_t{0};
  const uint32_t word = cx.tk[i].word;
  if (word == kNoWord) return index.candidates(cx.lw[i]);
  thread_local std::vector<uint64_t> masks;
  if (word >= masks.size()) masks.resize(std::max<size_t>(word_count(), word + 1), kNotAsked);
  uint64_t& mask = masks[word];
  if (mask == kNotAsked) mask = index.candidates(cx.lw[i]);
  return mask;
}

}  // namespace

Match match_at(const Context& cx, size_t i) {
  static const FirstWordIndex index;
  Match m;
  // The candidates in table order (lowest bit first): the priority order is kept.
  for (uint64_t left = candidates_at(index, cx, i); left != 0; left &= left - 1) {
    const TimeConstruction& c = kTimeConstructions[std::countr_zero(left)];
    if (c.apply(cx, i, m)) {
      m.rule = c.name;
      return m;
    }
  }
  return m;
}

}  // namespace newsgraph::timex
