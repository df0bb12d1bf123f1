#!/usr/bin/env bash
# Fills fuzz/seeds/ from the project's fixtures, so the seed corpus never
# drifts from them: text dumps for clean_text, HTML pages for clean_html.
# (The config seeds are committed: they have no fixture to come from.)
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p seeds/clean_text seeds/clean_html
cp ../fixtures/seeds/*.txt seeds/clean_text/
for d in ../fixtures/pages/*/; do
    name=$(basename "$d")
    [ -f "$d/input.txt" ] && cp "$d/input.txt" "seeds/clean_text/$name.txt"
    [ -f "$d/input.html" ] && cp "$d/input.html" "seeds/clean_html/$name.html"
done
for d in ../fixtures/encodings/*/; do
    cp "$d/input.html" "seeds/clean_html/enc-$(basename "$d").html"
done
for d in ../fixtures/dumps/*/; do
    cp "$d/input.txt" "seeds/clean_text/dump-$(basename "$d").txt"
done
for d in ../fixtures/markdown/*/; do
    cp "$d/input.md" "seeds/clean_text/md-$(basename "$d").txt"
done
# The hostile shapes of tests/hostile.rs and tests/scaling.rs, small.
python3 - <<'PY'
seeds = {
    "hostile-self-closing.html": "<div/>" * 600 + "deep text",
    "hostile-svg-title.html": "<svg><title>" + "<g>" * 600 + "deep text",
    "hostile-math-p.html": "<math>" * 600 + "<p>deep text",
    "hostile-omitted-ends.html": "<table>" + "<tr><td>Product<td>10 units" * 200 + "</table>" + "<p>para" * 300,
    "hostile-stray-ends.html": "<div>" * 600 + "</span>" * 600 + "end",
    "hostile-unclosed-title.html": "<html><head><title>News\n<meta charset=utf-8></head><body>" + "<p>The council met and agreed.</p>" * 40,
    "hostile-hidden-wrapper.html": "<body><div style='visibility:hidden'>" + "<div style='display:none'><p>menu</p></div><p>The council met and agreed on the budget.</p>" * 200 + "</div></body>",
    "hostile-streamed.html": "".join(f"<template id='B:{i:x}'></template>" for i in range(50)) + "".join(f"<div hidden id='S:{i:x}'><p>Segment {i}.</p></div>" for i in range(50)),
}
for name, text in seeds.items():
    open(f"seeds/clean_html/{name}", "w").write(text)
open("seeds/clean_text/hostile-consent.txt", "w").write("We and our partners use cookies to store and access personal data on your device.\n\n" * 200)
open("seeds/clean_text/hostile-comments-above.txt", "w").write("Headline\n\nA lede of the story that runs on for forty words or so, with the stopwords of English in it to read as prose, and then it ends here.\n\nComment\n\n" + "The story goes on in a paragraph of its own after the comment button.\n\n" * 10)
PY
echo "seeds: $(ls seeds/clean_text | wc -l) text, $(ls seeds/clean_html | wc -l) html, $(ls seeds/config | wc -l) config"
