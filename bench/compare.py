#!/usr/bin/env python3
"""Side-by-side quality and speed of mujaz and the Python anchors, in one run.

  python3 bench/compare.py [--data ../shared/data] [--baselines ../shared/baselines]
                           [--mujaz target/release/mujaz] [--limit 500] [--rounds 3]
                           [--out bench/report]

Quality: on the first --limit documents of ant_bbc (standfirst, 1 sentence) and
ant_headlines (headline, 1 sentence) and on all of EASC (extract, 3 sentences), mujaz
(learned, lead, textrank) and the anchors (lead, sumy LexRank/TextRank through
run_baselines.py) are all scored by the same scorer, ../shared/baselines/rouge_ar.py.
Speed: docs/s of each system on the same documents, mujaz with one job; mujaz and each
anchor run alternately --rounds times and the ratio is taken per round (median reported), so
machine noise hits both sides; peak RSS per process from wait4. Text operations: MB/s of
`mujaz text normalize|sentences` (whole process) next to bench_text_ops.py. ROUGE: pairs/s
from scripts/xlsum_compat_check.py. Writes OUT.md and OUT.json.

Needs the baselines' Python packages; when they are missing it creates .venv-bench from
../shared/baselines/requirements.txt and re-runs itself there, or says why it cannot.
"""
import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def ensure_python_env(baselines):
    try:
        import multilingual_rouge  # noqa: F401
        import sumy  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("MUJAZ_BENCH_VENV"):
        sys.exit("compare: the anchors' packages are still missing inside .venv-bench; see pip's output above")
    venv = os.path.join(ROOT, ".venv-bench")
    print(f"compare: anchors not installed; creating {venv} from {baselines}/requirements.txt", file=sys.stderr)
    try:
        if not os.path.exists(venv):
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        pip = os.path.join(venv, "bin", "pip")
        subprocess.run([pip, "install", "-q", "-r", os.path.join(baselines, "requirements.txt")], check=True)
    except (subprocess.CalledProcessError, OSError) as e:
        sys.exit(f"compare: cannot set up the Python anchors ({e}); install {baselines}/requirements.txt by hand")
    env = dict(os.environ, MUJAZ_BENCH_VENV="1")
    os.execve(os.path.join(venv, "bin", "python"), [os.path.join(venv, "bin", "python")] + sys.argv, env)


def run(cmd, **kw):
    """Run a command; return (seconds, peak RSS in KB or None, stdout, stderr). Peak RSS
    comes from GNU time when it is installed."""
    timed = os.path.exists("/usr/bin/time")
    full = (["/usr/bin/time", "-f", "MUJAZ_RSS_KB %M"] if timed else []) + cmd
    t = time.perf_counter()
    p = subprocess.run(full, capture_output=True, **kw)
    secs = time.perf_counter() - t
    err = p.stderr.decode()
    rss = None
    m = re.search(r"MUJAZ_RSS_KB (\d+)", err)
    if m:
        rss = int(m.group(1))
        err = err[: m.start()]
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{cmd[0]} failed ({p.returncode}): {err[-500:]}")
    return secs, rss, p.stdout.decode(), err


SETS = [
    ("ant_bbc", "ant_bbc/dev.jsonl", "standfirst", 1),
    ("ant_headlines", "ant_headlines/dev.jsonl", "headline", 1),
    ("easc", "easc/easc.jsonl", "extract", 3),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--baselines", default=os.path.join(ROOT, "..", "shared", "baselines"))
    ap.add_argument("--mujaz", default=os.path.join(ROOT, "target", "release", "mujaz"))
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(HERE, "report"))
    ap.add_argument("--update-readme", action="store_true",
                    help="replace the README block between <!-- compare:begin --> and <!-- compare:end -->")
    args = ap.parse_args()
    ensure_python_env(args.baselines)
    sys.path.insert(0, os.path.abspath(args.baselines))
    os.environ.setdefault("NLTK_DATA", os.path.join(os.path.abspath(args.baselines), "nltk_data"))
    import rouge_ar

    scorer = rouge_ar.make_scorer()
    report = {"machine": {"platform": platform.platform(), "cpus": os.cpu_count(),
                          "python": platform.python_version(), "date": time.strftime("%Y-%m-%d")},
              "quality": [], "speed": [], "text_ops": {}, "rouge": {}}
    tmp = tempfile.mkdtemp(prefix="mujaz-compare-")
    for name, rel, mode, k in SETS:
        rows = rouge_ar.load(os.path.join(args.data, rel))
        if name != "easc":
            rows = rows[: args.limit]
        gold = os.path.join(tmp, f"{name}.jsonl")
        with open(gold, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        systems = {}
        anchor_rate = {}
        mujaz_rate = {}
        for rnd in range(args.rounds):
            # mujaz systems
            for algo in ("learned", "lead", "textrank"):
                cmd = [args.mujaz, "summarize", "--format", "jsonl", "--mode", mode, "--algorithm", algo,
                       "--jobs", "1", gold]
                if mode == "extract":
                    cmd[6:6] = ["--sentences", str(k)]
                secs, rss, out, err = run(cmd)
                m = re.search(r"\(([0-9.]+) docs/s", err)
                rate = float(m.group(1)) if m else len(rows) / secs
                mujaz_rate.setdefault(f"mujaz {algo}", []).append(rate)
                if rnd == 0:
                    preds = {json.loads(l)["id"]: json.loads(l).get("summary", "") for l in out.splitlines()}
                    systems[f"mujaz {algo}"] = {"preds": preds, "rss_kb": rss}
            # anchors, alternating with mujaz
            res_path = os.path.join(tmp, f"{name}-rb.json")
            dump = os.path.join(tmp, f"{name}-rb.jsonl")
            cmd = [sys.executable, os.path.join(args.baselines, "run_baselines.py"), gold,
                   "--systems", "lead,lexrank,textrank", "--lengths", str(k), "--scorers", "ml_ar_stem",
                   "--out", res_path, "--dump-summaries", dump]
            secs, rss, _, _ = run(cmd)
            res = json.load(open(res_path))
            for r in res["results"]:
                anchor_rate.setdefault(f"python {r['system']}", []).append(r["docs_per_s"])
            if rnd == 0:
                dumped = [json.loads(l) for l in open(dump, encoding="utf-8")]
                for sysname in ("lead", "lexrank", "textrank"):
                    key = f"{sysname}-{k}"
                    preds = {d["id"]: d.get(key, "") for d in dumped}
                    systems[f"python {sysname}"] = {"preds": preds, "rss_kb": rss}
        for sysname, s in systems.items():
            sc = rouge_ar.score(rows, s["preds"], scorer)
            report["quality"].append({"set": name, "mode": mode, "sentences": k, "system": sysname,
                                      "docs": sc["docs"], "rouge1": sc["rouge1"], "rouge2": sc["rouge2"],
                                      "rougeL": sc["rougeL"]})
        # Speed ratios per round, mujaz learned against each anchor.
        for anchor, rates in anchor_rate.items():
            ours = mujaz_rate["mujaz learned"]
            ratios = [a / b for a, b in zip(ours, rates) if b > 0]
            report["speed"].append({"set": name, "anchor": anchor,
                                    "anchor_docs_per_s": statistics.median(rates),
                                    "mujaz_learned_docs_per_s": statistics.median(ours),
                                    "ratio_median": statistics.median(ratios) if ratios else None,
                                    "anchor_rss_kb": systems.get(anchor, {}).get("rss_kb"),
                                    "mujaz_rss_kb": systems["mujaz learned"]["rss_kb"]})
    # Scaling: docs/s against article length (linear cost expected) and against --jobs.
    texts = [r["text"] for r in rouge_ar.load(os.path.join(args.data, "ant_bbc/dev.jsonl"))]
    joined = "\n".join(texts)
    report["scaling"] = {"length": [], "jobs": []}
    for size in (1_000, 10_000, 100_000, 1_000_000):
        article = joined[: size // 2]  # Arabic is about 2 bytes a character
        n = max(1, min(200, 2_000_000 // size))
        path = os.path.join(tmp, f"len-{size}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps({"id": i, "text": article}, ensure_ascii=False) + "\n")
        _, rss, _, err = run([args.mujaz, "summarize", "--jobs", "1", path])
        m = re.search(r"\(([0-9.]+) docs/s", err)
        rate = float(m.group(1)) if m else None
        report["scaling"]["length"].append({"bytes": len(article.encode()), "docs": n, "docs_per_s": rate,
                                            "mb_per_s": rate * len(article.encode()) / 1e6 if rate else None,
                                            "rss_kb": rss})
    big = os.path.join(tmp, "jobs.jsonl")
    with open(big, "w", encoding="utf-8") as f:
        for _ in range(4):
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    for jobs in (1, 2):
        _, rss, _, err = run([args.mujaz, "summarize", "--jobs", str(jobs), big])
        m = re.search(r"\(([0-9.]+) docs/s", err)
        report["scaling"]["jobs"].append({"jobs": jobs, "docs": 4 * len(texts),
                                          "docs_per_s": float(m.group(1)) if m else None, "rss_kb": rss})
    # Text operations, whole process, on the ant_bbc texts.
    corpus = os.path.join(tmp, "corpus.txt")
    with open(corpus, "w", encoding="utf-8") as f:
        for r in rouge_ar.load(os.path.join(args.data, "ant_bbc/dev.jsonl")):
            f.write(r["text"] + "\n")
    mb = os.path.getsize(corpus) / 1e6
    for op in ("normalize", "sentences", "tokens"):
        times = [run([args.mujaz, "text", op, corpus])[0] for _ in range(args.rounds)]
        report["text_ops"][f"mujaz text {op} (whole process)"] = round(mb / statistics.median(times), 1)
    ops_json = os.path.join(tmp, "ops.json")
    try:
        run([sys.executable, os.path.join(args.baselines, "bench_text_ops.py"),
             os.path.join(args.data, "ant_bbc/dev.jsonl"), "--mb", "5", "--max-seconds", "5", "--out", ops_json])
        ops = json.load(open(ops_json))
        report["text_ops"]["python (bench_text_ops.py)"] = ops
    except Exception as e:  # keep the rest of the report
        report["text_ops"]["python (bench_text_ops.py)"] = f"not run: {e}"
    # ROUGE speed against multilingual_rouge.
    chk = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "xlsum_compat_check.py"),
                          "--data", args.data, "--nltk-data", os.environ["NLTK_DATA"],
                          "--mujaz", args.mujaz, "--pairs", "5000"], capture_output=True, text=True)
    report["rouge"] = {"output": chk.stdout.strip().splitlines()}

    with open(args.out + ".json", "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    md = [f"# mujaz vs the Python anchors ({report['machine']['date']}, {report['machine']['cpus']} cores, "
          f"{report['machine']['platform']})", "",
          "Command: `python3 bench/compare.py` — quality scored by ../shared/baselines/rouge_ar.py for every system.",
          "mujaz docs/s is its own end-of-run figure (reading JSONL, summarizing, writing JSONL, one job); the anchors'",
          "is run_baselines.py's timing of the summarization loop alone (no I/O), so the ratio favours the anchors.", "",
          "## Quality (F1 × 100)", "", "| set | mode | system | docs | R1 | R2 | RL |", "|---|---|---|---|---|---|---|"]
    for q in report["quality"]:
        md.append(f"| {q['set']} | {q['mode']} | {q['system']} | {q['docs']} | {q['rouge1']:.2f} | {q['rouge2']:.2f} | {q['rougeL']:.2f} |")
    md += ["", "## Summarization speed (one core, medians of interleaved rounds)", "",
           "| set | anchor | anchor docs/s | mujaz learned docs/s | ratio | anchor RSS | mujaz RSS |",
           "|---|---|---|---|---|---|---|"]
    for s in report["speed"]:
        r = s["ratio_median"]
        ratio = "—" if not r else (f"{r:.0f}×" if r >= 10 else f"{r:.2f}×")
        md.append(f"| {s['set']} | {s['anchor']} | {s['anchor_docs_per_s']:,.0f} | {s['mujaz_learned_docs_per_s']:,.0f} | "
                  f"{ratio} | {s['anchor_rss_kb'] or '—'} KB | {s['mujaz_rss_kb'] or '—'} KB |")
    md += ["", "## Scaling (standfirst, one job unless said)", "", "| article bytes | docs/s | MB/s | peak RSS |", "|---|---|---|---|"]
    for r in report["scaling"]["length"]:
        md.append(f"| {r['bytes']:,} | {r['docs_per_s'] or 0:,.1f} | {r['mb_per_s'] or 0:.1f} | {r['rss_kb'] or '—'} KB |")
    md += ["", "| --jobs | docs | docs/s | peak RSS |", "|---|---|---|---|"]
    for r in report["scaling"]["jobs"]:
        md.append(f"| {r['jobs']} | {r['docs']:,} | {r['docs_per_s'] or 0:,.0f} | {r['rss_kb'] or '—'} KB |")
    md += ["", "## Text operations (MB/s)", ""]
    for k2, v in report["text_ops"].items():
        if isinstance(v, (int, float)):
            md.append(f"- {k2}: {v}")
        elif isinstance(v, dict):
            for row in v.get("rows", []):
                rate = f"{row['mb_per_s']:.1f} MB/s" if row.get("mb_per_s") else f"{row.get('mwords_per_s') or 0:.2f} M words/s"
                md.append(f"- python {row['group']}: {row['op']}: {rate}")
    md += ["", "## ROUGE (5,000 pairs)", ""] + [f"- {l}" for l in report["rouge"]["output"]]
    with open(args.out + ".md", "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    if args.update_readme:
        readme = os.path.join(ROOT, "README.md")
        text = open(readme, encoding="utf-8").read()
        begin, end = "<!-- compare:begin -->", "<!-- compare:end -->"
        if begin in text and end in text:
            # The title line becomes an italic machine line; sections drop one level.
            block = "\n".join(["", "_" + md[0][2:] + "_", "", *["#" + l if l.startswith("## ") else l for l in md[2:]], ""])
            a = text.index(begin) + len(begin)
            b = text.index(end)
            with open(readme, "w", encoding="utf-8") as f:
                f.write(text[:a] + block + text[b:])
            print("updated README.md", file=sys.stderr)
        else:
            print("README.md has no compare markers; not updated", file=sys.stderr)
    print("\n".join(md))
    print(f"\nwrote {args.out}.md and {args.out}.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
