#!/usr/bin/env python3
"""Check `mujaz rouge --compat xlsum` against the Python XL-Sum scorer, pair by pair, and
compare their speed.

  scripts/xlsum_compat_check.py [--data ../shared/data] [--nltk-data ../shared/baselines/nltk_data]
                                [--mujaz target/release/mujaz] [--pairs 3000] [--seed 1]

Pairs: each reference against the lead sentence, a random sentence and the title of its own
article (ant_bbc, ant_headlines, easc), newlines folded to spaces. Both scorers see the pairs
in the same order with one scorer instance each (NLTK's Arabic stemmer keeps a flag across
words, so order matters). Needs multilingual-rouge and nltk
(../shared/baselines/requirements.txt). Exits 1 on any difference above 1e-9.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import warnings

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def pairs_from(data, n, seed):
    rng = random.Random(seed)
    out = []
    for rel in ("ant_bbc/dev.jsonl", "ant_headlines/dev.jsonl", "easc/easc.jsonl"):
        with open(os.path.join(data, rel), encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
        for r in rows:
            lines = [l.strip() for l in r["text"].split("\n") if l.strip()]
            if not lines:
                continue
            ref = r["summaries"][0].replace("\n", " ")
            out.append((ref, lines[0]))
            out.append((ref, rng.choice(lines)))
            if r.get("title"):
                out.append((ref, r["title"].replace("\n", " ")))
    rng.shuffle(out)
    return out[:n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--nltk-data", default="../shared/baselines/nltk_data")
    ap.add_argument("--mujaz", default="target/release/mujaz")
    ap.add_argument("--pairs", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    os.environ["NLTK_DATA"] = os.path.abspath(args.nltk_data)
    from multilingual_rouge import rouge_scorer

    pairs = pairs_from(args.data, args.pairs, args.seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=True, lang="arabic")
        t = time.perf_counter()
        want = [scorer.score(r, c) for r, c in pairs]
        py_secs = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        rf, cf = os.path.join(d, "r.txt"), os.path.join(d, "c.txt")
        with open(rf, "w", encoding="utf-8") as f:
            f.write("\n".join(r for r, _ in pairs) + "\n")
        with open(cf, "w", encoding="utf-8") as f:
            f.write("\n".join(c for _, c in pairs) + "\n")
        t = time.perf_counter()
        out = subprocess.run(
            [args.mujaz, "rouge", "--compat", "xlsum", "--nltk-data", args.nltk_data,
             "--reference-file", rf, "--candidate-file", cf, "--json", "--timing"],
            capture_output=True, check=True,
        )
        rs_secs = time.perf_counter() - t
    got = [json.loads(l) for l in out.stdout.decode().splitlines()]
    timing = out.stderr.decode()
    m = __import__("re").search(r"in ([0-9.]+) s", timing)
    inproc = float(m.group(1)) if m else float("nan")
    assert len(got) == len(want), (len(got), len(want))
    bad = 0
    for i, (g, w) in enumerate(zip(got, want)):
        for t in TYPES:
            for k, attr in (("p", "precision"), ("r", "recall"), ("f", "fmeasure")):
                if abs(g[t][k] - getattr(w[t], attr)) > 1e-9:
                    bad += 1
                    if bad <= 10:
                        print(f"pair {i} {t}.{k}: mujaz {g[t][k]} python {getattr(w[t], attr)}\n  ref: {pairs[i][0]}\n  cand: {pairs[i][1]}")
    n = len(pairs)
    print(f"{n} pairs x {len(TYPES)} metrics x P/R/F: {bad} differences above 1e-9")
    print(f"python multilingual_rouge: {n / py_secs:,.0f} pairs/s ({py_secs:.2f} s); "
          f"mujaz rouge --compat xlsum (whole process): {n / rs_secs:,.0f} pairs/s ({rs_secs:.2f} s); "
          f"ratio {py_secs / rs_secs:,.1f}x")
    print(f"scoring only (same work as the timed Python loop): mujaz {n / inproc:,.0f} pairs/s, "
          f"ratio {py_secs / inproc:,.1f}x")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
