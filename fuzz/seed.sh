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
for d in ../fixtures/dumps/*/; do
    cp "$d/input.txt" "seeds/clean_text/dump-$(basename "$d").txt"
done
for d in ../fixtures/markdown/*/; do
    cp "$d/input.md" "seeds/clean_text/md-$(basename "$d").txt"
done
echo "seeds: $(ls seeds/clean_text | wc -l) text, $(ls seeds/clean_html | wc -l) html, $(ls seeds/config | wc -l) config"
