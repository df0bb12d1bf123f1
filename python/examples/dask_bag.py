"""Cleaning a corpus with Dask: `Pipeline.clean_many` inside `map_partitions`.

    python python/examples/dask_bag.py ../shared/data/scrapinghub.jsonl

Why Dask: it installs from PyPI as pure Python (no JVM as Spark needs, no
cluster daemon as Ray starts), runs the same code on a laptop or a
distributed cluster, and `map_partitions` hands a whole partition to one
call, which is what `clean_many` wants: one crossing into Rust per
partition, cleaned there on several threads.

Each worker process builds its pipeline once (`functools.lru_cache`); a
Pipeline is not pickled, only the preset name travels.
"""

import functools
import json
import sys

import dask
import dask.bag as db

import pagewash


@functools.lru_cache(maxsize=None)
def pipeline(preset):
    return pagewash.Pipeline(preset=preset)


def clean_partition(records, preset="balanced", threads=2):
    records = list(records)
    results = pipeline(preset).clean_many([r["html"] for r in records], threads=threads)
    return [
        {
            "id": r["id"],
            "text": c.text,
            "title": c.metadata["title"],
            "language": c.metadata["language"],
            "removed": len(c.removals),
        }
        for r, c in zip(records, results)
    ]


def main(path):
    bag = db.read_text(path, blocksize="4MiB").map(json.loads)
    cleaned = bag.map_partitions(clean_partition).filter(lambda d: d["text"])
    with dask.config.set(scheduler="processes", num_workers=2):
        docs = cleaned.compute()
    words = sum(len(d["text"].split()) for d in docs)
    removed = sum(d["removed"] for d in docs)
    print(f"{bag.npartitions} partitions; {len(docs)} pages kept text: {words} words, {removed} pieces removed")
    first = docs[0]
    print(f"first page: {first['id'][:16]}… {first['language']} {first['title']!r}: {first['text'][:80]!r}…")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/scrapinghub.jsonl")
