"""Type stubs of the compiled module (re-exported by ``pagewash``)."""

import os
from typing import Any, Iterable, Literal, Mapping, Optional, Union

__version__: str

Content = Union[str, bytes]
ConfigLike = Union[Mapping[str, Any], str, "os.PathLike[str]", None]
PresetName = Literal["precision", "balanced", "recall"]

class PagewashError(ValueError):
    """Base class of pagewash's errors."""

class ConfigError(PagewashError):
    """An invalid configuration or preset; the message names the cleaner, setting and value."""

class InputTooLarge(PagewashError):
    """An input over the pipeline's limits (bytes or HTML elements)."""

class Removal:
    """One removed piece of a page."""

    @property
    def cleaner(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def evidence(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...
    @property
    def location(self) -> str: ...

class Cleaned:
    """One cleaned page."""

    @property
    def text(self) -> str: ...
    @property
    def markdown(self) -> str: ...
    @property
    def metadata(self) -> dict[str, Any]: ...
    @property
    def removals(self) -> list[Removal]: ...
    @property
    def notes(self) -> list[str]: ...
    @property
    def input_kind(self) -> Literal["html", "text"]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def explain(self) -> str: ...

class Pipeline:
    """A reusable, thread-safe cleaning pipeline."""

    def __init__(
        self,
        config: ConfigLike = None,
        *,
        preset: Optional[PresetName] = None,
        max_input_bytes: Optional[int] = None,
    ) -> None: ...
    def clean_html(
        self, html: Content, *, url: Optional[str] = None, charset: Optional[str] = None, now: Optional[str] = None
    ) -> Cleaned: ...
    def clean_text(
        self, text: Content, *, url: Optional[str] = None, charset: Optional[str] = None, now: Optional[str] = None
    ) -> Cleaned: ...
    def clean_many(
        self,
        pages: Iterable[Content],
        *,
        kind: Literal["html", "text"] = "html",
        threads: Optional[int] = None,
        urls: Optional[Iterable[Optional[str]]] = None,
    ) -> list[Cleaned]: ...
    @property
    def cleaner_ids(self) -> list[str]: ...

def clean_html(
    html: Content,
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    now: Optional[str] = None,
    config: ConfigLike = None,
    preset: Optional[PresetName] = None,
) -> Cleaned: ...
def clean_text(
    text: Content,
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    now: Optional[str] = None,
    config: ConfigLike = None,
    preset: Optional[PresetName] = None,
) -> Cleaned: ...
def default_config(*, preset: Optional[PresetName] = None) -> dict[str, Any]: ...
