"""The pagewash datatrove step against datatrove's Trafilatura step, on the
same pages, under LocalPipelineExecutor.

    python python/bench/datatrove_run.py --pages 2000 --tasks 2

Input: the first records of ../shared/data/wcxb-dev.jsonl.zst, then
scrapinghub.jsonl, repeated until there are --pages of them, written as
JSONL (HTML in `text`) in --tasks files. Each extractor runs with --tasks
tasks on as many workers; wall time is the executor's run, and pages/s per
core is pages / wall / workers.
"""

import argparse
import io
import json
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


def records():
    import zstandard

    with open(DATA / "wcxb-dev.jsonl.zst", "rb") as raw:
        reader = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(raw), encoding="utf-8")
        for line in reader:
            r = json.loads(line)
            yield r["id"], r["html"]
    with open(DATA / "scrapinghub.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            yield r["id"], r["html"]


def write_input(folder, pages, tasks):
    folder.mkdir(parents=True)
    files = [open(folder / f"part-{t}.jsonl", "w", encoding="utf-8") for t in range(tasks)]
    n = 0
    while n < pages:
        for doc_id, html in records():
            files[n % tasks].write(json.dumps({"id": f"{n}-{doc_id}", "text": html}) + "\n")
            n += 1
            if n >= pages:
                break
    for f in files:
        f.close()


def run(step, workdir, tasks):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    out = workdir / f"out-{type(step).__name__}"
    logs = workdir / f"logs-{type(step).__name__}"
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(workdir / "in")), step, JsonlWriter(str(out))],
        tasks=tasks,
        workers=tasks,
        logging_dir=str(logs),
    )
    start = time.perf_counter()
    executor.run()
    wall = time.perf_counter() - start
    stats = json.loads((logs / "stats.json").read_text())
    ext = next(s for s in stats if "EXTRAC" in s["name"])["stats"]
    return wall, {k: v for k, v in ext.items() if not isinstance(v, dict)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--tasks", type=int, default=2)
    args = ap.parse_args()
    from datatrove.pipeline.extractors import Trafilatura

    from pagewash.datatrove import Pagewash

    workdir = Path(tempfile.mkdtemp(prefix="pagewash-datatrove-"))
    try:
        write_input(workdir / "in", args.pages, args.tasks)
        print(f"{args.pages} pages, {args.tasks} tasks on {args.tasks} workers")
        print("| step | wall s | pages/s | pages/s per core | forwarded | dropped | errors or timeouts |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for step in (Pagewash(), Trafilatura(favour_precision=True)):
            wall, s = run(step, workdir, args.tasks)
            bad = s.get("clean_error", 0) + s.get("timeout", 0) + s.get("broken_process", 0) + s.get("too_large", 0)
            print(f"| {type(step).__name__} | {wall:.1f} | {args.pages / wall:.1f} | "
                  f"{args.pages / wall / args.tasks:.1f} | {s.get('forwarded', 0)} | {s.get('dropped', 0)} | {bad} |")
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
