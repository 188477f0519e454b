#!/usr/bin/python3
"""Derives the verbs that need an object or complement from WordNet's verb frames.

Run by CMake at build time (target `derived_wordnet_verbs`); standard library only. The same
rule as extract/lexicon/wordnet_verbs.cpp, which newsgraph runs itself when this file is absent
or NEWSGRAPH_WORDNET_DIR points elsewhere: a verb needs a complement when none of its two most
frequent senses (index.verb) has a frame that stands alone (data.verb frames 1, 2, 3 and 23:
"Something ----s", "Somebody ----s", "It is ----ing", "Somebody's (body part) ----s").
Parsing data.verb cost a one-article run 65 M instructions at every start; reading this list
of about 6,800 verbs costs a few hundred thousand.
Usage: derive_wordnet_verbs.py WORDNET_DIR OUT_FILE
"""
import os
import sys

SENSES_READ = 2
STANDS_ALONE = {1, 2, 3, 23}


def fail(msg):
    sys.stderr.write("derive_wordnet_verbs.py: " + msg + "\n")
    sys.exit(1)


def number(field, base=10):
    """The leading digits of a field as a number, 0 when there are none (like std::from_chars)."""
    digits = "0123456789abcdef"[:base]
    n = 0
    for c in field.lower():
        if c not in digits:
            break
        n = n * base + digits.index(c)
    return n


def lines_of(path):
    """The lines of a WordNet file but its licence header (lines that start with a space)."""
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n"):
            if raw and raw[:1] != b" ":
                yield raw.decode("latin-1")


def fields_of(line):
    """The space-separated fields of a line before its gloss (" | ")."""
    gloss = line.find(" | ")
    if gloss >= 0:
        line = line[:gloss]
    return [f for f in line.split(" ") if f]


def synsets_standing_alone(data_path):
    out = {}
    for line in lines_of(data_path):
        f = fields_of(line)
        if len(f) < 5:
            continue
        k = 4 + 2 * number(f[3], 16)
        if k >= len(f):
            continue
        k += 1 + 4 * number(f[k])
        if k >= len(f):
            continue
        frames = number(f[k])
        alone = False
        j = 0
        while j < frames and k + 3 * j + 2 < len(f):
            alone |= number(f[k + 3 * j + 2]) in STANDS_ALONE
            j += 1
        out.setdefault(f[0], alone)
    return out


def verbs_needing_complement(wordnet_dir):
    alone = synsets_standing_alone(os.path.join(wordnet_dir, "data.verb"))
    verbs = []
    for line in lines_of(os.path.join(wordnet_dir, "index.verb")):
        f = fields_of(line)
        if len(f) < 4:
            continue
        first = 4 + number(f[3]) + 2
        if first >= len(f):
            continue
        if all(alone.get(o) is False for o in f[first:first + SENSES_READ]):
            verbs.append(f[0].replace("_", " "))
    return verbs


def main():
    if len(sys.argv) != 3:
        fail("usage: derive_wordnet_verbs.py WORDNET_DIR OUT_FILE")
    wordnet_dir, out_path = sys.argv[1], sys.argv[2]
    for name in ("data.verb", "index.verb"):
        if not os.path.exists(os.path.join(wordnet_dir, name)):
            fail(os.path.join(wordnet_dir, name) + " is missing: install the Debian package wordnet-base")
    verbs = verbs_needing_complement(wordnet_dir)
    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    with open(out_path + ".tmp", "w", encoding="latin-1") as out:
        out.write("# verbs needing an object or complement (WordNet verb frames; tools/derive_wordnet_verbs.py)\n")
        for v in verbs:
            out.write(v + "\n")
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main()
