#!/usr/bin/env python3
"""Runs trafilatura on a dev set's `html` and writes `{"id", "text"}` lines
for `score.py`, so that pagewash's figures sit next to the extractor most
benchmarks rank first, scored by the same scorer on the same pages.

    python3 -m venv /tmp/dumps && /tmp/dumps/bin/pip install trafilatura==2.3.1 lxml_html_clean zstandard
    /tmp/dumps/bin/python examples/eval/baseline_trafilatura.py ../shared/data/wcxb-dev.jsonl.zst /tmp/traf-wcxb.jsonl
    zstd -dc ../shared/data/wcxb-dev.jsonl.zst > /tmp/wcxb.jsonl
    python3 ../shared/eval/score.py /tmp/wcxb.jsonl /tmp/traf-wcxb.jsonl --metrics tok,sh

trafilatura's defaults (`extract` with tables, without comments); a page it
fails on counts as empty. Two worker processes. Input may be `.zst`.
"""

import io
import json
import sys
from concurrent.futures import ProcessPoolExecutor


def extract(line):
    import trafilatura

    record = json.loads(line)
    try:
        text = trafilatura.extract(record["html"], include_comments=False, include_tables=True) or ""
    except Exception:  # a page trafilatura cannot read is an empty output
        text = ""
    return json.dumps({"id": record["id"], "text": text})


def lines(path):
    if path.endswith(".zst"):
        import zstandard

        with open(path, "rb") as f:
            return io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(f), encoding="utf-8").readlines()
    with open(path, encoding="utf-8") as f:
        return f.readlines()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: baseline_trafilatura.py DATA.jsonl[.zst] OUT.jsonl")
    records = [l for l in lines(sys.argv[1]) if l.strip()]
    with ProcessPoolExecutor(2) as pool, open(sys.argv[2], "w", encoding="utf-8") as out:
        for row in pool.map(extract, records, chunksize=8):
            out.write(row + "\n")


if __name__ == "__main__":
    main()
