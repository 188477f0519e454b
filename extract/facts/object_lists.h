// object-list-item (issue #16, failure class 6, coordination): a verb with a list of objects
// ("The league backs a salary cap, abolition of the draft, revenue sharing for small clubs, and
// expanded playoffs") states one fact per item, as the news gold writes them. The list's words
// (its closers "and", "as well as"; the asides "among other things"; the fixed pairs that stay one
// item, "research and development") are data/lexicon/list_words.tsv. A later item that reads as a
// clause ends the list before it: gapping ("and shareholders the rest") or a verb of intention
// before "to" + verb ("hired advisers and plans to sell the unit").
// Lists of names alone ("Chile, Peru and Bolivia") are split later, by the entities they link
// (Linker::heads_into in pipeline.cpp), which knows the "and" inside a name ("Procter and Gamble").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "chunker.h"
#include "clause_words.h"  // phrase_at
#include "lexicons.h"
#include "time_normalizer.h"
#include "token.h"
#include "triples.h"

namespace newsgraph {

// The rule name the second and later items of a list object record.
inline constexpr std::string_view kObjectListItem = "object-list-item";
// The rule name the second and later names of a list of targets record ("received letters from A,
// B and C": Linker::target_list_items, pipeline.cpp; aid-received-from takes such a list over).
inline constexpr std::string_view kTargetListItem = "target-list-item";
// The rule name the second and later items of a list subject record ("Members of the lab and
// volunteers spend", "The mayor and two aides visited").
inline constexpr std::string_view kSubjectListItem = "subject-list-item";

// The items of the list object `span`, in order, without their commas and closers; empty when the
// span is no list of two or more items that each stand alone: a list of modifiers ("new and old
// members"), an "and" inside an "of" phrase ("the sale of the stadium and the park"), an
// appositive between commas ("Ruiz, a lawyer from Lima, and Berg"), times ("yesterday and last
// night"), or names only. The "and" of a fixed pair ("law and order") joins inside an item.
// `relation` is the clause's relation phrase (its last preposition repeated after a later item's
// noun group makes that item a gapped clause: "came from A and 28 mln from B"); `subject` reads
// the span as a clause's subject (an actor's "of" phrase may come before the "and":
// subject-list-item).
std::vector<Span> list_items(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                             const std::vector<TimeExpression>& times, const Span& span, std::string_view relation,
                             bool subject);

// object-list-item: each triple whose object (or agentless passive's patient) is such a list becomes one
// triple per item, in place; the first item keeps the clause's rule, the others are recorded as
// "object-list-item". subject-list-item: so does an active clause whose subject is such a list
// with a common noun among its items (names alone are the Linker's), before its object is split. Only the graph's reading (the object) changes: the surface arguments keep
// the list as one argument, as Open IE benchmarks write it. Runs after the times and fragments
// are set, which each item shares.
void split_object_lists(const std::vector<Token>& tk, const Chunks& c, const Lexicons& lex,
                        const std::vector<TimeExpression>& times, std::vector<Triple>& triples);

}  // namespace newsgraph
