"""pagewash: clean scraped web pages (HTML or text dumps) with a pipeline of
explainable cleaners.

>>> import pagewash
>>> page = "<html><body><article><p>The council met on Monday and agreed on a new budget for the schools in the city.</p><p>Share this</p></article></body></html>"
>>> cleaned = pagewash.clean_html(page)
>>> cleaned.text
'The council met on Monday and agreed on a new budget for the schools in the city.\\n'
>>> [(r.cleaner, r.rule) for r in cleaned.removals]
[('boilerplate-labels', 'phrase:share this')]

For many pages, build a :class:`Pipeline` once and use
:meth:`Pipeline.clean_many`, which cleans in parallel in Rust. The datatrove
step is :class:`pagewash.datatrove.Pagewash`.
"""

from ._pagewash import (
    Cleaned,
    ConfigError,
    InputTooLarge,
    PagewashError,
    Pipeline,
    Removal,
    __version__,
    clean_html,
    clean_text,
    default_config,
)

__all__ = [
    "Cleaned",
    "ConfigError",
    "InputTooLarge",
    "PagewashError",
    "Pipeline",
    "Removal",
    "__version__",
    "clean_html",
    "clean_text",
    "default_config",
]
