#!/usr/bin/env python3
"""Pairwise event F1 of a storyfold `fold --json` output on the ECB+ developer topics only.

The scorer (../shared/eval/score.py) scores every report of the ECB+ file (train and
developer topics together); the issue's target is on the developer topics of the standard
split (Cybulska & Vossen 2015, as the data set's README gives it): 2, 5, 12, 18, 21, 23, 34,
35. Pairs are counted among the reports of those topics; the events are the fold's, made
over the whole file.

Usage: ecb_dev_topics.py GOLD_ARTICLES_JSONL PRED_JSONL
"""
import itertools
import json
import sys

DEV_TOPICS = {"2", "5", "12", "18", "21", "23", "34", "35"}


def main(gold_path, pred_path):
    gold = {}
    with open(gold_path) as f:
        for line in f:
            d = json.loads(line)
            if d["topic"] in DEV_TOPICS:
                gold[d["id"]] = d["event"]
    pred = {}
    with open(pred_path) as f:
        for line in f:
            o = json.loads(line)
            if o.get("type") == "report":
                pred[o["id"]] = o["event"]
    ids = sorted(i for i in gold if i in pred)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"ECB+ developer topics ({len(ids)} reports): pairwise P {p:.3f} R {r:.3f} F1 {f1:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
