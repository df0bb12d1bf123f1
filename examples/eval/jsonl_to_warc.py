"""Writes the pages of a JSONL file (fields `html`, `url`, `id`) as a WARC
file of HTTP response records, gzip per record as Common Crawl writes them,
to compare `pagewash batch` on WARC and on JSONL input over the same pages.

    python3 examples/eval/jsonl_to_warc.py ../shared/data/scrapinghub.jsonl /tmp/sh.warc.gz
"""

import gzip
import json
import sys
import uuid


def record(headers, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6)


def main(src, dst):
    with open(src, encoding="utf-8") as f, open(dst, "wb") as out:
        for line in f:
            r = json.loads(line)
            body = r["html"].encode("utf-8")
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body)
            block = http + body
            out.write(record([
                ("WARC-Type", "response"),
                ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, str(r.get('id')))}>"),
                ("WARC-Target-URI", r.get("url") or f"https://example.org/{r.get('id')}"),
                ("Content-Type", "application/http; msgtype=response"),
                ("Content-Length", str(len(block))),
            ], block))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
