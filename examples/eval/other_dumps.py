#!/usr/bin/env python3
"""Rewrites a dev set's `text` field with the dump another tool makes of its
`html`, so that text mode is scored on dumps pagewash did not make.

    python3 -m venv /tmp/dumps && /tmp/dumps/bin/pip install inscriptis html2text zstandard
    /tmp/dumps/bin/python examples/eval/other_dumps.py ../shared/data/wcxb-dev.jsonl.zst inscriptis /tmp/wcxb-inscriptis.jsonl
    cargo run --release --example eval -- /tmp/wcxb-inscriptis.jsonl --mode text

Tools: `inscriptis` (its layout-aware text, the default config) and
`html2text` (Markdown, unwrapped: body_width=0). Input may be `.zst`.
"""

import io
import json
import sys


def dumper(tool):
    if tool == "inscriptis":
        from inscriptis import get_text

        return get_text
    if tool == "html2text":
        import html2text

        def dump(html):
            h = html2text.HTML2Text()
            h.body_width = 0
            return h.handle(html)

        return dump
    sys.exit(f"unknown tool {tool!r}: inscriptis or html2text")


def records(path):
    if path.endswith(".zst"):
        import zstandard

        with open(path, "rb") as f:
            stream = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(f), encoding="utf-8")
            yield from stream
    else:
        with open(path, encoding="utf-8") as f:
            yield from f


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, tool, out = sys.argv[1:]
    dump = dumper(tool)
    failed = 0
    with open(out, "w", encoding="utf-8") as w:
        for line in records(src):
            if not line.strip():
                continue
            rec = json.loads(line)
            try:
                rec["text"] = dump(rec["html"])
            except Exception as e:  # a tool that fails on a page leaves it empty, and says so
                rec["text"] = ""
                failed += 1
                print(f"{rec.get('id')}: {tool} failed: {e}", file=sys.stderr)
            w.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{tool}: wrote {out} ({failed} pages failed)", file=sys.stderr)


if __name__ == "__main__":
    main()
