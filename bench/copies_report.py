#!/usr/bin/env python3
"""bench/copies_report.py — helper of bench/copies.sh (storyfold copies vs the peer MinHash libraries).

Two subcommands:

  ingest   turn one timed `storyfold copies --json CORPUS` run into the peers' result format
           (what ../shared/bench/dedup/bench_peer.py writes), so the shared evaluate.py scores it:
             <name>.json  metrics (peer "storyfold", mode "batch", threads, times_s, cpu_s, mem_MiB, ...)
             <name>.npy   predicted pairs, int64 array of shape (K, 2), each row (i, j) with i < j,
                          i and j being the corpus `id` values (= line numbers); evaluate.py keys a
                          pair as i*N + j. Pairs = every pair inside canonical ∪ members of a group.
           Needs numpy: run it with the peers' venv python.
  table    print the Markdown comparison table from RESULTS/j080/summary.json (written by evaluate.py).
           Standard library only.

Usage (copies.sh does this for you):
  $VENV/bin/python bench/copies_report.py ingest --corpus C --threads 1 --repeat 1 --copies out.jsonl \
      --time time-v.txt --bin target/release/storyfold --loadavg 0.5 0.6 --out-json X.json --out-pairs X.npy
  python3 bench/copies_report.py table --results /tmp/storyfold-peer-results

Timing definitions used by `table`:
  peers      wall = `end_to_end_s_excl_shingling` of bench_peer.py = times_s sig + build + query + verify
             (gaoya: build + query + verify, its build/query recompute signatures internally; rensa_rho:
             sig + build, where build is its one-shot duplicate-flag call and its pairs come from untimed
             harness-side banding). CPU = the same keys summed from cpu_s (process CPU, all threads).
             NOT included: reading the JSONL and the Python word-5-gram shingling (times_s.shingle_py,
             shown in its own column), and the extra signature paths rensa sig_matrix_only / gaoya
             sig_rawtext_own_tokenizer.
             memory: mem_MiB.peak_delta = max-RSS growth during the peer's work (corpus and shingle sets
             already in memory), and mem_MiB.maxrss_end = the whole Python process's max RSS.
  storyfold  the whole command from raw text (read JSONL, clean, fingerprint, index, verify, print),
             from /usr/bin/time -v: wall = Elapsed, CPU = User + System, memory = Maximum resident set size.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import time

PEERS = ["rensa", "rensa_rho", "fastsketch", "gaoya", "datasketch_xxh", "datasketch_ensemble", "storyfold"]
E2E_KEYS = {"gaoya": ("build", "query", "verify")}
DEFAULT_KEYS = ("sig", "build", "query", "verify")


# ============================================================================ ingest
def parse_time_v(path: str) -> dict:
    """GNU `/usr/bin/time -v` output -> wall_s, user_s, sys_s, maxrss_kib, exit."""
    out = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        k, _, v = line.strip().rpartition(": ")
        if k == "User time (seconds)":
            out["user_s"] = float(v)
        elif k == "System time (seconds)":
            out["sys_s"] = float(v)
        elif k.startswith("Elapsed (wall clock) time"):
            secs = 0.0
            for part in v.split(":"):  # h:mm:ss or m:ss.ss
                secs = secs * 60 + float(part)
            out["wall_s"] = secs
        elif k == "Maximum resident set size (kbytes)":
            out["maxrss_kib"] = int(v)
        elif k == "Exit status":
            out["exit"] = int(v)
    missing = {"user_s", "sys_s", "wall_s", "maxrss_kib"} - set(out)
    if missing:
        raise SystemExit(f"copies_report.py: {path}: no {sorted(missing)} in /usr/bin/time -v output")
    return out


def ingest(a) -> None:
    import numpy as np

    index, nbytes = {}, 0
    with open(a.corpus, encoding="utf-8") as f:
        for pos, line in enumerate(f):
            d = json.loads(line)
            index[str(d["id"])] = int(d["id"])
            if int(d["id"]) != pos:  # evaluate.py uses ids for planted pairs and line numbers for exact J
                print(f"copies_report.py: warning: id {d['id']} on line {pos}; evaluate.py assumes id == line",
                      file=sys.stderr)
            nbytes += len(d["text"].encode("utf-8"))
    n = len(index)
    pairs, relations, groups, summary, unknown = set(), collections.Counter(), 0, None, 0
    for line in open(a.copies, encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("type") == "summary":
            summary = rec
            continue
        if rec.get("type") != "copy_group":
            continue
        groups += 1
        ids = [rec["canonical"]] + [m["id"] for m in rec["members"]]
        relations.update(m.get("relation") for m in rec["members"])
        docs = sorted({index[x] for x in ids if x in index})
        unknown += sum(1 for x in ids if x not in index)
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                pairs.add((docs[x], docs[y]))
    if unknown:
        print(f"copies_report.py: warning: {unknown} ids in storyfold's output are not corpus ids", file=sys.stderr)
    P = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    tv = parse_time_v(a.time)
    cpu = tv["user_s"] + tv["sys_s"]
    rss = tv["maxrss_kib"] / 1024.0
    try:
        version = subprocess.run([a.bin, "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        version = "?"
    try:
        rev = subprocess.run(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "status", "--porcelain",
                                "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
        rev += "+dirty" if dirty else ""
    except OSError:
        rev = "?"
    res = {
        "peer": "storyfold", "mode": "batch", "threads": a.threads, "repeat": a.repeat, "docs": n, "bytes": nbytes,
        "shingle": "storyfold's own (cleaning + fingerprints from raw text)", "threshold": None,
        "predicted_pairs": int(len(P)), "copy_groups": groups, "copy_relations": dict(relations),
        "storyfold_summary": summary,
        "pairs_note": "all pairs inside canonical ∪ members of each copy group",
        "times_s": {"cmd_wall": round(tv["wall_s"], 3)},
        "cpu_s": {"cmd_user": round(tv["user_s"], 3), "cmd_sys": round(tv["sys_s"], 3), "cmd_user_sys": round(cpu, 3)},
        "end_to_end_s_excl_shingling": round(tv["wall_s"], 3),
        "end_to_end_docs_per_s": n / tv["wall_s"] if tv["wall_s"] else None,
        "timing_note": "whole `storyfold copies --json` command from raw JSONL (read, clean, fingerprint, index, "
                       "verify, print), /usr/bin/time -v; RAYON_NUM_THREADS=threads",
        # no peak_delta: storyfold has no preloaded corpus to subtract; report.py falls back to peak_tree_rss
        "mem_MiB": {"maxrss_end": round(rss, 1), "peak_tree_rss": round(rss, 1)},
        "loadavg_1m_start_end": [float(x) for x in a.loadavg],
        "versions": {"storyfold": version, "git": rev,
                     "binary_mtime": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(os.path.getmtime(a.bin)))},
    }
    np.save(a.out_pairs, P)
    with open(a.out_json, "w") as f:
        json.dump(res, f)
    print(f"   storyfold t={a.threads} r={a.repeat}: wall {tv['wall_s']:.2f} s, CPU {cpu:.2f} s, "
          f"max RSS {rss:.0f} MiB, {groups} groups, {len(P)} pairs")


# ============================================================================ table
def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


def f(x, nd=3):
    return "–" if x is None else f"{x:,.{nd}f}"


def wall_of(r):
    return r.get("end_to_end_s_excl_shingling")


def cpu_of(r):
    cpu = r.get("cpu_s", {})
    if r["peer"] == "storyfold":
        return cpu.get("cmd_user_sys")
    keys = E2E_KEYS.get(r["peer"], DEFAULT_KEYS)
    return sum(cpu.get(k, 0.0) for k in keys) if any(k in cpu for k in keys) else None


def delta_of(r):
    return None if r["peer"] == "storyfold" else r.get("mem_MiB", {}).get("peak_delta")


def proc_of(r):
    return r.get("mem_MiB", {}).get("maxrss_end")


def table(a) -> None:
    p = os.path.join(a.results, "j080", "summary.json")
    if not os.path.exists(p):
        raise SystemExit(f"copies_report.py: {p} not found (run evaluate.py first)")
    s = json.load(open(p))
    g = collections.OrderedDict()
    for r in s["peers"]:
        if r["mode"] == "batch" and "eval" in r:
            g.setdefault((r["peer"], r["threads"]), []).append(r)
    rows = {}
    out = []
    c = s["corpus"]
    out.append(f"Corpus: {c['docs']:,} docs, {c['planted_pairs']:,} planted pairs, {c['task_pairs']:,} task pairs "
               f"(planted ∪ exact J≥0.8). Batch mode; medians over repeats (quality: mean).\n")
    out.append("| peer | threads | runs | wall s | CPU s | + py shingling s | peak Δ MiB | process max RSS MiB "
               "| pairs | planted P | planted R | planted F1 | task P |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for peer in PEERS:
        for (pp, t), rs in sorted(((k, v) for k, v in g.items() if k[0] == peer), key=lambda kv: kv[0][1]):
            e = lambda fn: mean([fn(r["eval"]) for r in rs])
            row = {"wall": med([wall_of(r) for r in rs]), "cpu": med([cpu_of(r) for r in rs]),
                   "delta": med([delta_of(r) for r in rs]), "proc": med([proc_of(r) for r in rs])}
            rows[(peer, t)] = row
            shing = med([r.get("times_s", {}).get("shingle_py") for r in rs])
            out.append("| " + " | ".join([
                peer, str(t), str(len(rs)), f(row["wall"]), f(row["cpu"]),
                "(own, included)" if peer == "storyfold" else f(shing),
                "–" if peer == "storyfold" else f(row["delta"], 1), f(row["proc"], 1),
                f(mean([r["predicted_pairs"] for r in rs]), 0),
                f(e(lambda x: x["vs_planted"]["P"]), 4), f(e(lambda x: x["vs_planted"]["R"]), 4),
                f(e(lambda x: x["vs_planted"]["F1"]), 4), f(e(lambda x: x["precision_vs_task"]), 4)]) + " |")
    missing = [p for p in PEERS if not any(k[0] == p for k in rows)]
    if missing:
        out.append(f"\n(no batch results for: {', '.join(missing)})")

    out.append("\nRatios storyfold / peer (< 1 = storyfold faster or smaller); storyfold at each thread setting "
               "against the peer at the same setting (datasketch runs single-threaded only: compared at t=1). "
               "Memory: storyfold's process max RSS against the peer's peak Δ and against its whole process.\n")
    out.append("| storyfold vs | threads | wall | CPU | memory vs peer Δ | memory vs peer process |")
    out.append("|---|---:|---:|---:|---:|---:|")
    ratio = lambda x, y: "–" if x is None or not y else f"{x / y:.2f}×"
    for (peer, t), sf in sorted(((k, v) for k, v in rows.items() if k[0] == "storyfold"), key=lambda kv: kv[0][1]):
        for other in ("rensa", "datasketch_xxh", "datasketch_ensemble"):
            o = rows.get((other, t))
            if o is None:
                continue
            out.append(f"| {other} | {t} | {ratio(sf['wall'], o['wall'])} | {ratio(sf['cpu'], o['cpu'])} | "
                       f"{ratio(sf['proc'], o['delta'])} | {ratio(sf['proc'], o['proc'])} |")

    loads = collections.defaultdict(list)
    for r in s["peers"]:
        loads["storyfold" if r["peer"] == "storyfold" else "peers"] += r.get("loadavg_1m_start_end", [])
    out.append("\nTimes. Peers: wall = end_to_end_s_excl_shingling = times_s sig+build+query+verify (gaoya: "
               "build+query+verify; rensa_rho: sig+build, pairs by untimed harness banding); CPU = the same keys "
               "of cpu_s. Excluded for peers: JSONL load and Python shingling (column '+ py shingling'). "
               "storyfold: the whole `copies --json` command from raw text (/usr/bin/time -v: elapsed, user+sys, "
               "max RSS). Peak Δ = peer's max-RSS growth after corpus + shingles were in memory.")
    ld = "; ".join(f"{k} {min(v):.2f}–{max(v):.2f}" for k, v in loads.items() if v)
    if ld:
        out.append(f"1-minute load average during the runs: {ld} ({os.cpu_count()} CPUs here).")
    print("\n".join(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("ingest")
    i.add_argument("--corpus", required=True)
    i.add_argument("--threads", type=int, required=True)
    i.add_argument("--repeat", type=int, default=1)
    i.add_argument("--copies", required=True, help="stdout of `storyfold copies --json`")
    i.add_argument("--time", required=True, help="output file of `/usr/bin/time -v -o`")
    i.add_argument("--bin", default="storyfold")
    i.add_argument("--loadavg", nargs=2, default=["nan", "nan"])
    i.add_argument("--out-json", required=True)
    i.add_argument("--out-pairs", required=True)
    t = sub.add_parser("table")
    t.add_argument("--results", required=True)
    a = ap.parse_args()
    ingest(a) if a.cmd == "ingest" else table(a)


if __name__ == "__main__":
    main()
