"""Shared fixtures: the repository's golden pages."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"


def golden_pages(ext):
    """(input, expected text) of every fixtures/pages case with an input.<ext>."""
    cases = []
    for case in sorted((FIXTURES / "pages").iterdir()):
        source = case / f"input.{ext}"
        if source.exists():
            cases.append((source, (case / "expected.txt").read_text(encoding="utf-8")))
    return cases


@pytest.fixture(scope="session")
def html_pages():
    pages = golden_pages("html")
    assert len(pages) >= 15, "the HTML golden pages are missing"
    return pages
