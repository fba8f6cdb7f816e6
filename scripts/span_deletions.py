#!/usr/bin/env python3
"""What deleting a clause from each summary would do to its ROUGE-1, by the clause's first word.

  scripts/span_deletions.py GOLD.jsonl PRED.jsonl [--baselines ../shared/baselines]
                            [--min-words 3] [--min-count 10] [--top 40]

For every word of each prediction from the fourth on, the span from it to the next comma or
full stop (or the end; at least --min-words words) is deleted, and ROUGE-1 F1 against the
references (rouge_ar.py's tokenizer and stemmer, max over references) is taken before and
after. The differences are summed by the span's first word (normalized, a leading `و`/`ف`
stripped) and by whether a comma precedes it, and reported as R1 points over the whole set
(sum / documents x 100) with the share of spans whose deletion gains. A span type worth a
deletion rule would show a positive sum over many spans. Session 32 ran it over the default
standfirsts of ant_bbc dev (docs/experiments.md).
"""
import argparse
import collections
import json
import os
import re
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--baselines", default=os.path.join(here, "..", "..", "shared", "baselines"))
    ap.add_argument("--min-words", type=int, default=3)
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    sys.path.insert(0, args.baselines)
    import rouge_ar
    from multilingual_rouge import tokenization_wrapper

    scorer = rouge_ar.make_scorer(["rouge1"])

    def tokens(text):
        return tokenization_wrapper.tokenize(
            rouge_ar.normalize(text), scorer._stemmer, scorer._tokenizer
        )

    def f1(ref, pred):
        overlap = sum((collections.Counter(ref) & collections.Counter(pred)).values())
        if not overlap:
            return 0.0
        p, r = overlap / len(pred), overlap / len(ref)
        return 2 * p * r / (p + r)

    gold = {g["id"]: g for g in rouge_ar.load(args.gold)}
    preds = rouge_ar.load(args.pred)
    agg = collections.defaultdict(lambda: [0, 0.0, 0])
    docs = 0
    for row in preds:
        g, summary = gold.get(row.get("id")), row.get("summary")
        if not g or not summary:
            continue
        docs += 1
        refs = [tokens(r) for r in g["summaries"]]
        words = summary.split()
        word_tokens = [tokens(w) for w in words]
        before = max(f1(r, [t for ts in word_tokens for t in ts]) for r in refs)
        for i in range(3, len(words)):
            j = i
            while j < len(words) and not words[j].endswith(("،", ",", ".")):
                j += 1
            end = min(j + 1, len(words))
            if end - i < args.min_words:
                continue
            rest = [t for k, ts in enumerate(word_tokens) if not i <= k < end for t in ts]
            if not rest:
                continue
            gain = max(f1(r, rest) for r in refs) - before
            opener = re.sub("^[وف]", "", rouge_ar.normalize(words[i]).strip('"«»()'))
            a = agg[(opener, words[i - 1].endswith("،"))]
            a[0] += 1
            a[1] += gain
            a[2] += gain > 0
    print(f"{docs} documents")
    rows = [(k, v) for k, v in agg.items() if v[0] >= args.min_count]
    rows.sort(key=lambda kv: -kv[1][1])
    for (opener, comma), (count, total, gains) in rows[: args.top]:
        print(
            f"{opener:15s} after-comma={int(comma)} spans={count:5d} "
            f"R1 {100 * total / docs:+.3f} gaining {gains / count:.2f}"
        )


if __name__ == "__main__":
    main()
