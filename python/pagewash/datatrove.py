"""A datatrove step: :class:`Pagewash`, a drop-in replacement for datatrove's
``Trafilatura`` extractor.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from pagewash.datatrove import Pagewash

    LocalPipelineExecutor(
        pipeline=[WarcReader("crawl/"), Pagewash(keep_report=True), JsonlWriter("clean/")],
        tasks=4,
    ).run()

The step pickles with its settings only; each task builds its pipeline on
first use, so the same step runs on datatrove's Slurm and Ray executors.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.utils.typeshelper import StatHints

from . import PagewashError, Pipeline

#: Metadata fields copied into ``doc.metadata`` (never over a value the
#: reader set, such as the WARC's ``url``).
METADATA_FIELDS = ("title", "author", "published", "modified", "site_name", "language", "url", "page_type")


class Pagewash(BaseExtractor):
    """Cleans each document's HTML (``doc.text``) with pagewash.

    Args:
        preset: ``"precision"``, ``"balanced"`` (the default) or ``"recall"``.
        config: a pagewash configuration (dict, TOML text or path).
        markdown: write the kept text as CommonMark instead of plain text.
        keep_report: add ``pagewash_removals`` (cleaner, rule, text,
            location of every removal) and ``pagewash_notes`` to ``doc.metadata``.
        add_metadata: copy title, author, dates, site name and language
            into ``doc.metadata`` where the reader left them unset.
        favour_precision: as datatrove's ``Trafilatura``; selects the
            ``precision`` preset when no preset is given.
        timeout: accepted for compatibility with ``Trafilatura`` and
            ignored: pagewash runs in linear time, in the task's process,
            without a sandbox process per document.
        max_input_bytes: pages larger than this are counted as
            ``too_large`` and dropped.
    """

    name = "🧽 Pagewash"
    _requires_dependencies = []

    def __init__(
        self,
        preset: Optional[str] = None,
        config: Optional[Mapping[str, Any] | str] = None,
        markdown: bool = False,
        keep_report: bool = False,
        add_metadata: bool = True,
        favour_precision: bool = False,
        timeout: float = 1,
        max_input_bytes: Optional[int] = None,
    ):
        super().__init__(timeout)
        if preset is None and favour_precision:
            preset = "precision"
        self.preset = preset
        self.config = dict(config) if isinstance(config, Mapping) else config
        self.markdown = markdown
        self.keep_report = keep_report
        self.add_metadata = add_metadata
        self.max_input_bytes = max_input_bytes
        self._pipeline: Optional[Pipeline] = None
        # Fail at construction, not in the first task, on a bad config.
        self.pipeline

    @property
    def pipeline(self) -> Pipeline:
        """This step's pipeline, built on first use in each process."""
        if self._pipeline is None:
            self._pipeline = Pipeline(self.config, preset=self.preset, max_input_bytes=self.max_input_bytes)
        return self._pipeline

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_pipeline"] = None
        return state

    def extract(self, text: str) -> str:
        """The cleaned text of one HTML page (as ``Trafilatura.extract``)."""
        cleaned = self.pipeline.clean_html(text)
        return cleaned.markdown if self.markdown else cleaned.text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipeline = self.pipeline
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    cleaned = pipeline.clean_html(doc.text, url=doc.metadata.get("url"))
                except PagewashError:
                    self.stat_update("too_large")
                    continue
                doc.text = cleaned.markdown if self.markdown else cleaned.text
                self.stat_update("extracted")
                if self.add_metadata:
                    found = cleaned.metadata
                    for field in METADATA_FIELDS:
                        if found.get(field) is not None and doc.metadata.get(field) is None:
                            doc.metadata[field] = found[field]
                if self.keep_report:
                    doc.metadata["pagewash_removals"] = [
                        {"cleaner": r.cleaner, "rule": r.rule, "text": r.text, "location": r.location}
                        for r in cleaned.removals
                    ]
                    doc.metadata["pagewash_notes"] = cleaned.notes
            if doc.text:
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
            else:
                self.stat_update(StatHints.dropped)
