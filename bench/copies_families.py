#!/usr/bin/env python3
"""Where storyfold's copy pairs on the planted-syndication corpus fall, family by family.

The corpus labels a planted family (one Reuters original and its variants) and counts the
pairs of two originals with word-5-gram Jaccard >= 0.8 as natural duplicates. Reuters itself
repeats stories (corrections, revised versions, excerpts) below that Jaccard, and a variant of
one natural duplicate is a copy of the other one's variants too; the corpus' precision counts
those as errors. This script sorts every pair of reports that `storyfold copies --json` puts in
one group into:

  planted     same planted family
  natural     the two texts' own Jaccard >= 0.8 (the corpus' natural duplicates)
  orig-J      the two families' originals have Jaccard >= 0.8
  orig-C      the two families' originals have containment >= 0.8 (an excerpt, a revision)
  orig-mid    the originals' containment is 0.5-0.8 (revisions and rewrites, and templates)
  other       the rest

and prints precision three ways: planted only, the corpus' task precision (planted + natural),
and with the families joined through their originals (planted + natural + orig-J + orig-C).

Usage: python3 bench/copies_families.py CORPUS.jsonl COPIES.jsonl
(COPIES.jsonl from `storyfold copies --json CORPUS.jsonl`). Shingles are the corpus harness'
own (`common.shingles` from the corpus folder), so the numbers match its evaluate.py.
"""
import collections
import itertools
import json
import os
import sys

corpus_path, copies_path = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.dirname(os.path.abspath(corpus_path)))
from common import load_corpus, shingles  # noqa: E402  (the corpus harness)

docs = {d["id"]: d for d in load_corpus(corpus_path)}
original = {d["cluster"]: d["id"] for d in docs.values() if d["role"] == "original"}
cache: dict = {}


def shingle_set(i):
    if i not in cache:
        cache[i] = set(shingles(docs[i]["text"], 5, "word"))
    return cache[i]


def overlap(a, b):
    sa, sb = shingle_set(a), shingle_set(b)
    inter = len(sa & sb)
    return inter / max(1, len(sa | sb)), inter / max(1, min(len(sa), len(sb)))


kinds = collections.Counter()
for line in open(copies_path):
    group = json.loads(line)
    if group.get("type") != "copy_group":
        continue
    members = [int(group["canonical"])] + [int(m["id"]) for m in group["members"]]
    for a, b in itertools.combinations(sorted(members), 2):
        if docs[a]["cluster"] == docs[b]["cluster"]:
            kinds["planted"] += 1
            continue
        if overlap(a, b)[0] >= 0.8:
            kinds["natural"] += 1
            continue
        oa, ob = original.get(docs[a]["cluster"]), original.get(docs[b]["cluster"])
        if oa is None or ob is None:
            kinds["other"] += 1
            continue
        j, c = overlap(oa, ob)
        kinds["orig-J" if j >= 0.8 else "orig-C" if c >= 0.8 else "orig-mid" if c >= 0.5 else "other"] += 1

families = collections.Counter(d["cluster"] for d in docs.values())
planted_pairs = sum(n * (n - 1) // 2 for n in families.values())
total = sum(kinds.values())
print(f"pairs in groups: {total}; planted pairs in the corpus: {planted_pairs}")
for k in ["planted", "natural", "orig-J", "orig-C", "orig-mid", "other"]:
    print(f"  {k:9s} {kinds[k]:6d}")
recall = kinds["planted"] / planted_pairs
for name, good in [
    ("planted only", ["planted"]),
    ("task (planted + natural)", ["planted", "natural"]),
    ("families joined through originals", ["planted", "natural", "orig-J", "orig-C"]),
]:
    p = sum(kinds[k] for k in good) / max(1, total)
    print(f"precision, {name}: {p:.4f}  (F1 with planted recall {recall:.4f}: {2 * p * recall / (p + recall):.4f})")
