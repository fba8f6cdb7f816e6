#!/usr/bin/env python3
"""Agreement of mujaz's root extractor with NLTK's ISRI stemmer on a corpus vocabulary.

Usage: scripts/isri_agreement.py [--mujaz BIN] DATA.jsonl [DATA.jsonl ...]

Every distinct word made only of Arabic letters (and harakat) in the "text", "title" and
"summaries" fields is stemmed by both, raw (no mujaz normalization, as NLTK sees it).
Needs nltk (see ../shared/baselines/requirements.txt).
"""
import argparse
import json
import re
import subprocess
import sys

from nltk.stem.isri import ISRIStemmer

WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652]+")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mujaz", default="target/release/mujaz")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    vocab = set()
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                parts = [row.get("text") or "", row.get("title") or ""] + list(row.get("summaries") or [])
                for part in parts:
                    vocab.update(WORD.findall(part))
    words = sorted(w for w in vocab if re.search(r"[\u0621-\u064A]", w) and not re.match(r"^[\u064B-\u0652]", w))
    isri = ISRIStemmer()
    want = [isri.stem(w) for w in words]
    out = subprocess.run(
        [args.mujaz, "text", "stem", "--stemmer", "root", "--no-normalize"],
        input="\n".join(words).encode(), capture_output=True, check=True,
    ).stdout.decode().splitlines()
    if len(out) != len(words):
        print(f"token count mismatch: {len(out)} stems for {len(words)} words", file=sys.stderr)
        return 1
    diff = [(w, a, b) for w, a, b in zip(words, out, want) if a != b]
    agree = 1 - len(diff) / len(words)
    print(f"vocabulary: {len(words)} words; agreement with NLTK ISRI: {agree:.4%} ({len(diff)} differ)")
    for w, a, b in diff[:20]:
        print(f"  {w}: mujaz {a}  nltk {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
