"""The datatrove step in a LocalPipelineExecutor with two tasks."""

import gzip
import json
import pickle

import pytest

datatrove = pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import pagewash  # noqa: E402
from pagewash.datatrove import Pagewash  # noqa: E402


def write_input(folder, html_pages):
    """Two input files (one per task) of JSONL records: id, HTML text, url."""
    folder.mkdir()
    expected = {}
    for part in range(2):
        with open(folder / f"part-{part}.jsonl", "w", encoding="utf-8") as f:
            for n, (source, want) in enumerate(html_pages):
                if n % 2 != part:
                    continue
                doc_id = source.parent.name
                expected[doc_id] = want
                record = {"id": doc_id, "text": source.read_text(encoding="utf-8"), "url": f"https://example.org/{doc_id}"}
                f.write(json.dumps(record) + "\n")
    # An empty page is dropped, not written.
    with open(folder / "part-1.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "empty", "text": "<html><body><nav>Home</nav></body></html>"}) + "\n")
    return expected


def test_local_executor_with_two_tasks(tmp_path, html_pages):
    expected = write_input(tmp_path / "in", html_pages)
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            Pagewash(keep_report=True),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    docs = {}
    for path in sorted((tmp_path / "out").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                docs[doc["id"]] = doc
    kept = {k: v for k, v in expected.items() if v}
    assert set(docs) == set(kept)
    for doc_id, doc in docs.items():
        assert doc["text"] == expected[doc_id], doc_id
        meta = doc["metadata"]
        assert meta["url"] == f"https://example.org/{doc_id}"
        assert meta["language"]
        assert all({"cleaner", "rule", "text", "location"} <= set(r) for r in meta["pagewash_removals"])
        assert isinstance(meta["pagewash_notes"], list)

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if s["name"].endswith(Pagewash.name))
    writer = next(s for s in stats if "WRITER" in s["name"])
    total = len(expected) + 1
    assert step["stats"]["total"] == total
    assert step["stats"]["extracted"] == total
    assert step["stats"]["forwarded"] == len(kept)
    assert step["stats"]["dropped"] == total - len(kept) == 1
    assert writer["stats"]["total"] == len(docs)


def test_the_step_pickles_for_slurm_and_ray(html_pages):
    step = Pagewash(preset="precision", markdown=True)
    clone = pickle.loads(pickle.dumps(step))
    source, _ = html_pages[0]
    html = source.read_text(encoding="utf-8")
    assert clone.extract(html) == pagewash.Pipeline(preset="precision").clean_html(html).markdown


def test_a_bad_config_fails_when_the_step_is_built():
    with pytest.raises(pagewash.ConfigError):
        Pagewash(preset="fastest")


def test_favour_precision_selects_the_precision_preset():
    assert Pagewash(favour_precision=True).pipeline.cleaner_ids[-1] == "short-lines"
