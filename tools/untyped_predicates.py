#!/usr/bin/env python3
"""Rank the predicates newsgraph extracts but gives no event type: where data/events.tsv lacks coverage.

Reads the output of `newsgraph extract FILE --format json` (one article per line) from one or more
files and counts each relation without an event type by its key: verb lemma (with the particle
the predicate already carries, "walk out"), the preposition the relation text ends in, and the
class of its object's head (the entity type when the object names an entity, else the head word:
the last word of the object's words before a preposition or relative word). Claims' reporting
verbs are relations of their own only when a clause makes them; they are counted like any other.

Usage:
  tools/untyped_predicates.py [--top N] [--ids-prefix P]... [--by-verb] [--typed] [--examples K] FILE.json...

--ids-prefix keeps only articles whose id starts with one of the prefixes (BBC's sections:
"bbc-politics", "bbc-business"); --typed counts typed relations instead (to compare a branch's
coverage with main's); --examples prints K object words for each row, to judge a reading.
"""
import argparse
import collections
import json
import re
import sys

# Words after which an object's head has ended: prepositions, relative words, conjunctions.
HEAD_ENDS = {
    "of", "in", "on", "at", "for", "from", "to", "with", "by", "about", "over", "after", "before",
    "into", "against", "under", "between", "during", "since", "that", "which", "who", "whom",
    "whose", "and", "or", "but", "as", "than", ",", "--", "(", "because", "while", "amid",
}
PREPOSITIONS = {
    "of", "in", "on", "at", "for", "from", "to", "with", "by", "about", "over", "after", "into",
    "against", "under", "between", "during", "since", "through", "across", "towards", "toward",
    "around", "up", "out", "off", "down", "back", "away",
}


def object_class(rel, entity_types):
    """The object's head class: an entity's type, else the head word of its words, else '-'."""
    if rel.get("object"):
        return entity_types.get(rel["object"], "ENTITY")
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|,|--|\(", rel.get("object_text") or "")
    head = ""
    for w in words:
        if w.lower() in HEAD_ENDS and head:
            break
        head = w
    return head.lower() if head else "-"


def key_of(rel, entity_types):
    verb = rel.get("predicate") or "?"
    text_words = (rel.get("text") or "").lower().split()
    prep = text_words[-1] if text_words and text_words[-1] in PREPOSITIONS else ""
    if prep and verb.endswith(" " + prep):
        prep = ""  # the particle is already part of the predicate ("walk out")
    return verb, prep, object_class(rel, entity_types)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--ids-prefix", action="append", default=[], help="repeatable")
    ap.add_argument("--typed", action="store_true", help="count typed relations instead")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--by-verb", action="store_true", help="rank verb + preposition, all object classes together")
    args = ap.parse_args()

    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for name in args.files:
        with open(name, encoding="utf-8") as f:
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    art = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{name}:{line_no}: not a JSON article ({e}); give the output of "
                             "`newsgraph extract FILE --format json`")
                if args.ids_prefix and not any(str(art.get("id", "")).startswith(p) for p in args.ids_prefix):
                    continue
                types = {e["name"]: e["type"] for e in art.get("entities", [])}
                for rel in art.get("relations", []):
                    if bool(rel.get("event_type")) != args.typed:
                        continue
                    verb, prep, obj = key_of(rel, types)
                    key = (verb, prep, "*") if args.by_verb else (verb, prep, obj)
                    counts[key] += 1
                    if args.examples and len(examples[key]) < args.examples:
                        examples[key].append(rel.get("object_text") or rel.get("object") or "")
    for rank, ((verb, prep, obj), n) in enumerate(counts.most_common(args.top), 1):
        row = f"{rank}\t{n}\t{verb}\t{prep or '-'}\t{obj}"
        if args.examples:
            row += "\t" + " | ".join(examples[(verb, prep, obj)])
        print(row)


if __name__ == "__main__":
    main()
