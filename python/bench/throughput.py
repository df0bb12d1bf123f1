"""Python-side figures for the README's Python section.

    python python/bench/throughput.py --data ../shared/data/scrapinghub.jsonl --threads 2

Prints, on the same pages in this one process:
- `Pipeline.clean_many` pages/s against `pagewash batch` with the same
  thread count (the release binary at target/release/pagewash; build it
  first with `cargo build --release`);
- the per-call overhead of the binding: median time of `clean_html` from
  Python against the median cleaning time the library reports for the
  same pages through `clean_many(threads=1)`;
- median ms/page and pages/s, one thread, of pagewash, trafilatura
  (`favor_precision=True`, as datatrove calls it) and resiliparse
  (`extract_plain_text(main_content=True)`), each where installed, with
  the mean token F1 of score.py against the records' `gold`.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pagewash

ROOT = Path(__file__).resolve().parents[2]


def load(path, limit):
    pages, golds = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            pages.append(record["html"])
            golds.append(record.get("gold"))
            if limit and len(pages) >= limit:
                break
    return pages, golds


def scorer():
    """The reference scorer's token F1 (../shared/eval/score.py), if present."""
    path = ROOT.parent / "shared" / "eval"
    if not (path / "score.py").exists():
        return None
    sys.path.insert(0, str(path))
    from score import tok_scores

    return lambda gold, pred: tok_scores(gold, pred or "")[2]


def per_page(fn, pages, rounds):
    """Median seconds per page over `rounds` passes (each page's median)."""
    times = [[] for _ in pages]
    for _ in range(rounds):
        for i, p in enumerate(pages):
            t = time.perf_counter()
            fn(p)
            times[i].append(time.perf_counter() - t)
    med = [statistics.median(t) for t in times]
    return statistics.median(med), sum(med)


def best_of(fn, rounds):
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/scrapinghub.jsonl"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    pages, golds = load(args.data, args.limit)
    n = len(pages)
    pipeline = pagewash.Pipeline()
    print(f"{n} pages from {args.data}, {args.threads} threads, best of {args.rounds} runs")

    many = best_of(lambda: pipeline.clean_many(pages, threads=args.threads), args.rounds)
    binary = ROOT / "target/release/pagewash"
    if binary.exists():
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.jsonl"
            cmd = [str(binary), "batch", "--input", args.data, "--output", str(out), "--html-field", "html",
                   "--threads", str(args.threads)]

            def run_batch():
                subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)

            batch = best_of(run_batch, args.rounds)
        print(f"clean_many: {n / many:.1f} pages/s; pagewash batch: {n / batch:.1f} pages/s; "
              f"ratio {batch / many:.2f}x (batch time / clean_many time; batch also reads and writes JSONL)")
    else:
        print(f"clean_many: {n / many:.1f} pages/s (no target/release/pagewash to compare)")

    # Overhead of one Python call: the Rust work alone is clean_many on one
    # thread for one page at a time (one crossing per page as well, but no
    # result conversion per call beyond the same objects).
    med_call, total_call = per_page(lambda p: pipeline.clean_html(p), pages, args.rounds)
    med_bulk = statistics.median(
        [best_of(lambda: pipeline.clean_many(pages, threads=1), 1) / n for _ in range(args.rounds)]
    )
    empty = per_page(lambda p: pipeline.clean_html(p), ["<p>x</p>"] * 200, args.rounds)[0]
    print(f"clean_html median {med_call * 1e3:.2f} ms/page; clean_many(threads=1) mean {med_bulk * 1e3:.2f} ms/page; "
          f"a near-empty call costs {empty * 1e6:.1f} us ({100 * empty / med_call:.1f}% of the median page)")

    rows = [("pagewash clean_html", lambda p: pipeline.clean_html(p).text)]
    try:
        import trafilatura

        rows.append(("trafilatura.extract(favor_precision=True)",
                     lambda p: trafilatura.extract(p, favor_precision=True, include_comments=False)))
    except ImportError:
        print("trafilatura not installed; skipped")
    try:
        from resiliparse.extract.html2text import extract_plain_text

        rows.append(("resiliparse extract_plain_text(main_content=True)",
                     lambda p: extract_plain_text(p, main_content=True)))
    except ImportError:
        print("resiliparse not installed; skipped")
    rounds = max(1, args.rounds // 2)
    f1 = scorer() if all(g is not None for g in golds) else None
    print("| extractor | median ms/page | pages/s (one thread) | mean token F1 |")
    print("|---|---:|---:|---:|")
    for name, fn in rows:
        med, total = per_page(fn, pages, rounds)
        score = statistics.mean(f1(g, fn(p)) for g, p in zip(golds, pages)) if f1 else float("nan")
        print(f"| {name} | {med * 1e3:.2f} | {n / total:.1f} | {score:.3f} |")


if __name__ == "__main__":
    sys.exit(main())
