"""RSS over many `clean_html` calls in one process.

    python python/bench/memory.py --calls 100000

Cleans the repository's HTML golden pages round-robin and prints the
resident set size every tenth of the run.
"""

import argparse
import os
from pathlib import Path

import pagewash

ROOT = Path(__file__).resolve().parents[2]


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=100_000)
    args = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("*/input.html"))]
    pipeline = pagewash.Pipeline()
    step = max(1, args.calls // 10)
    print(f"{len(pages)} pages round-robin; RSS after 0 calls: {rss_mib():.1f} MiB")
    for i in range(1, args.calls + 1):
        c = pipeline.clean_html(pages[i % len(pages)])
        c.removals, c.metadata
        if i % step == 0:
            print(f"after {i} calls: {rss_mib():.1f} MiB")


if __name__ == "__main__":
    main()
