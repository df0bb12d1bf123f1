"""The binding: golden parity with the Rust crate, inputs, configs, errors,
parallel cleaning, the GIL, and memory over many calls."""

import json
import os
import pickle
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import pagewash
from conftest import FIXTURES, ROOT, golden_pages

STORY = (
    "<html><head><title>Budget vote</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Council agrees new school budget</h1>"
    "<p>The council met on Monday and agreed on a new budget for the schools in the city.</p>"
    "<p>Residents said they were pleased, although some worried about the cost of the plan.</p>"
    "<p>Share this</p></article><footer>© 2026 Example Media</footer></body></html>"
)


def test_the_package_docstring_example_runs():
    import doctest

    result = doctest.testmod(pagewash, raise_on_error=False)
    assert result.attempted >= 3 and result.failed == 0


def test_html_pages_clean_to_their_golden_text(html_pages):
    for source, expected in html_pages:
        assert pagewash.clean_html(source.read_text(encoding="utf-8")).text == expected, source


def test_seed_dumps_clean_to_their_golden_text():
    seeds = sorted((FIXTURES / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        expected = (FIXTURES / "expected" / seed.name).read_text(encoding="utf-8")
        assert pagewash.clean_text(seed.read_text(encoding="utf-8")).text == expected, seed


def test_a_result_says_what_was_removed_and_why():
    cleaned = pagewash.clean_html(STORY)
    assert "agreed on a new budget" in cleaned.text
    assert "Share this" not in cleaned.text
    share = [r for r in cleaned.removals if r.text == "Share this"]
    assert share and share[0].cleaner == "boilerplate-labels" and share[0].rule.startswith("phrase:")
    assert share[0].location.endswith(">p[3]")
    assert cleaned.input_kind == "html"
    assert cleaned.metadata["language"] == "en"
    assert cleaned.markdown.startswith("# ") or "agreed" in cleaned.markdown
    as_json = json.loads(cleaned.to_json())
    assert as_json["text"] == cleaned.text
    assert len(as_json["removals"]) == len(cleaned.removals)
    assert cleaned.to_dict()["metadata"] == cleaned.metadata
    assert "boilerplate-labels" in cleaned.explain()
    assert str(cleaned) == cleaned.text


def test_kept_and_removed_pieces_cover_the_input():
    text = (FIXTURES / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    cleaned = pagewash.clean_text(text)
    words = set(text.split())
    covered = set(cleaned.text.split())
    for r in cleaned.removals:
        covered.update(r.text.split())
    # Rewrites (Unicode normalisation) may change a word's form; the rest is accounted for.
    assert len(words - covered) <= len(words) // 50


def test_bytes_are_decoded_as_a_browser_would():
    as_str = pagewash.clean_html(STORY)
    assert pagewash.clean_html(STORY.encode("utf-8")).text == as_str.text
    utf16 = pagewash.clean_html(b"\xff\xfe" + STORY.encode("utf-16-le"))
    assert utf16.text == as_str.text


def test_legacy_encodings_and_transport_charsets():
    case = FIXTURES / "encodings" / "shift_jis"
    cleaned = pagewash.clean_html((case / "input.html").read_bytes())
    assert cleaned.text == (case / "expected.txt").read_text(encoding="utf-8")
    assert any("Shift_JIS" in n for n in cleaned.notes)
    koi = "<p>Бюджет вступит в силу весной следующего года и охватит все школы города.</p>".encode("koi8-r")
    cleaned = pagewash.Pipeline().clean_html(koi, charset="text/html; charset=koi8-r")
    assert cleaned.text.startswith("Бюджет вступит")


def test_the_url_goes_into_the_metadata():
    cleaned = pagewash.clean_html(STORY, url="https://news.example.org/2026/budget")
    assert cleaned.metadata["url"] == "https://news.example.org/2026/budget"


def test_dates_after_the_fetch_day_are_dropped():
    page = STORY.replace("<title>", "<meta property='article:published_time' content='2024-06-01'><title>")
    assert pagewash.clean_html(page).metadata["published"] == "2024-06-01"
    fetched_earlier = pagewash.clean_html(page, now="2024-01-01")
    assert fetched_earlier.metadata["published"] is None
    assert any("2024-06-01 is after the page's date 2024-01-01" in n for n in fetched_earlier.notes)
    with pytest.raises(pagewash.PagewashError, match="not a date") as caught:
        pagewash.Pipeline().clean_html(page, now="last week")
    assert not isinstance(caught.value, pagewash.InputTooLarge)


def test_configs_come_as_dict_toml_or_path(tmp_path):
    config = pagewash.default_config()
    assert [c["kind"] for c in config["cleaners"]][0] == "normalize-unicode"
    config["cleaners"] = [c for c in config["cleaners"] if c["kind"] != "boilerplate-labels"]
    from_dict = pagewash.Pipeline(config)
    assert "boilerplate-labels" not in from_dict.cleaner_ids
    assert "Share this" in from_dict.clean_html(STORY).text

    toml = '[[cleaners]]\nkind = "boilerplate-labels"\n'
    assert pagewash.Pipeline(toml).cleaner_ids == ["boilerplate-labels"]
    path = tmp_path / "labels.toml"
    path.write_text(toml)
    assert pagewash.Pipeline(path).cleaner_ids == ["boilerplate-labels"]
    assert pagewash.Pipeline(str(path)).cleaner_ids == ["boilerplate-labels"]
    json_path = tmp_path / "labels.json"
    json_path.write_text(json.dumps({"cleaners": [{"kind": "duplicates"}]}))
    assert pagewash.Pipeline(json_path).cleaner_ids == ["duplicates"]

    assert pagewash.Pipeline(preset="precision").cleaner_ids[-1] == "short-lines"
    assert "related-teasers" not in pagewash.Pipeline(preset="recall").cleaner_ids
    assert pagewash.clean_html(STORY, preset="recall").text


def test_a_bad_config_is_a_value_error_naming_the_cleaner_and_value():
    bad = {"cleaners": [{"kind": "boilerplate-labels", "extra_phrases": ["re:unclosed ("]}]}
    with pytest.raises(pagewash.ConfigError) as err:
        pagewash.Pipeline(bad)
    assert isinstance(err.value, ValueError)
    assert "boilerplate-labels" in str(err.value) and "unclosed (" in str(err.value)
    with pytest.raises(pagewash.ConfigError, match="max_words"):
        pagewash.Pipeline({"cleaners": [{"kind": "boilerplate-labels", "max_words": 0}]})
    with pytest.raises(pagewash.ConfigError, match="unknown field"):
        pagewash.Pipeline({"cleaners": [{"kind": "duplicates", "no_such_setting": 1}]})
    with pytest.raises(pagewash.ConfigError, match="got \"fast\""):
        pagewash.clean_html(STORY, preset="fast")
    with pytest.raises(pagewash.ConfigError, match="cannot read config"):
        pagewash.Pipeline("missing.toml")
    with pytest.raises(TypeError, match="got int"):
        pagewash.Pipeline(42)


def test_an_oversized_input_is_its_own_exception():
    pipeline = pagewash.Pipeline(max_input_bytes=1000)
    with pytest.raises(pagewash.InputTooLarge, match="over the limit of 1000 bytes"):
        pipeline.clean_html("<p>" + "x" * 2000 + "</p>")
    with pytest.raises(pagewash.PagewashError):
        pipeline.clean_text("y" * 2000)
    # clean_many does not raise: the page comes back whole as one removal.
    results = pipeline.clean_many(["<p>" + "x" * 2000 + "</p>", STORY[:900]])
    assert results[0].text == "" and results[0].removals[0].cleaner == "limits"
    assert results[0].removals[0].rule == "max-input-bytes"


def test_wrong_input_types_raise_type_errors():
    with pytest.raises(TypeError):
        pagewash.clean_html(None)
    with pytest.raises(TypeError):
        pagewash.Pipeline().clean_many([STORY, 3])
    with pytest.raises(ValueError, match="kind must be"):
        pagewash.Pipeline().clean_many([STORY], kind="pdf")
    with pytest.raises(ValueError, match="threads must be at least 1"):
        pagewash.Pipeline().clean_many([STORY], threads=0)


def test_clean_many_keeps_input_order_and_matches_one_by_one(html_pages):
    pipeline = pagewash.Pipeline()
    pages = [source.read_text(encoding="utf-8") for source, _ in html_pages] * 3
    one_by_one = [pipeline.clean_html(p).text for p in pages]
    for threads in (None, 1, 3):
        assert [c.text for c in pipeline.clean_many(pages, threads=threads)] == one_by_one
    assert [c.text for c in pipeline.clean_many(iter(pages[:4]))] == one_by_one[:4]
    dumps = [(FIXTURES / "seeds" / n).read_text(encoding="utf-8") for n in sorted(os.listdir(FIXTURES / "seeds"))]
    assert [c.text for c in pipeline.clean_many(dumps, kind="text")] == [pipeline.clean_text(d).text for d in dumps]


def test_clean_many_passes_each_page_its_url(html_pages):
    pipeline = pagewash.Pipeline()
    pages = [source.read_text(encoding="utf-8") for source, _ in html_pages][:3]
    urls = ["https://forum.example.com/threads/a-question.123/", None, "https://news.example.com/story"]
    many = pipeline.clean_many(pages, urls=urls)
    one_by_one = [pipeline.clean_html(p, url=u) for p, u in zip(pages, urls)]
    assert [c.text for c in many] == [c.text for c in one_by_one]
    assert [c.metadata.get("url") for c in many] == [c.metadata.get("url") for c in one_by_one]
    assert many[0].metadata.get("url") == urls[0]
    with pytest.raises(ValueError, match="one address"):
        pipeline.clean_many(pages, urls=urls[:2])


def test_python_threads_share_one_pipeline(html_pages):
    pipeline = pagewash.Pipeline()
    pages = [source.read_text(encoding="utf-8") for source, _ in html_pages] * 4
    expected = [pipeline.clean_html(p).text for p in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda p: pipeline.clean_html(p).text, pages))
    assert got == expected


def test_cleaning_releases_the_gil():
    """With a switch interval of an hour, the main thread can only run while
    the worker is inside a call that released the GIL; the worker counts
    the calls it made before it saw the main thread run."""
    pipeline = pagewash.Pipeline()
    page = STORY * 20
    started = threading.Event()
    main_ran = threading.Event()
    calls = []

    def worker():
        started.set()
        n = 0
        while not main_ran.is_set() and n < 200:
            pipeline.clean_html(page)
            n += 1
        calls.append(n)

    old = sys.getswitchinterval()
    sys.setswitchinterval(3600)
    try:
        t = threading.Thread(target=worker)
        t.start()
        started.wait()
        main_ran.set()
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert calls and calls[0] < 200, "the main thread never ran while the worker was cleaning"


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads /proc")
def test_memory_stays_flat_over_many_calls(html_pages):
    pages = [source.read_text(encoding="utf-8") for source, _ in html_pages]
    pipeline = pagewash.Pipeline()
    for i in range(500):
        pipeline.clean_html(pages[i % len(pages)]).removals
    before = rss_bytes()
    for i in range(3000):
        c = pipeline.clean_html(pages[i % len(pages)])
        c.removals, c.metadata, c.to_json()
    grown = rss_bytes() - before
    assert grown < 16 * 1024 * 1024, f"RSS grew by {grown} bytes over 3000 calls"


def test_the_version_is_the_crates():
    cargo = (ROOT / "Cargo.toml").read_text()
    version = next(l.split('"')[1] for l in cargo.splitlines() if l.startswith("version"))
    assert pagewash.__version__ == version
    binding = (ROOT / "python" / "Cargo.toml").read_text()
    assert next(l.split('"')[1] for l in binding.splitlines() if l.startswith("version")) == version


def test_results_and_pipelines_are_not_pickled_by_accident():
    with pytest.raises((TypeError, pickle.PicklingError)):
        pickle.dumps(pagewash.Pipeline())
