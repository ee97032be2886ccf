"""rasad: Arabic-first news event monitor.

Public API::

    import rasad
    doc = rasad.extract("قال الوزير ...", published="2016-09-28")
    pipe = rasad.Pipeline()          # every available stage, in order
    for item in pipe.run(rasad.read_inputs(["articles/"]), workers=2): ...
"""

from __future__ import annotations

from rasad.document import SCHEMA_VERSION, Document, Failure
from rasad.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Document", "Failure", "Pipeline", "extract", "read_inputs"]

_DEFAULT: Pipeline | None = None


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    id: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Run the full pipeline over one article's raw text and return its Document."""
    global _DEFAULT
    if pipeline is None:
        if _DEFAULT is None:
            _DEFAULT = Pipeline()
        pipeline = _DEFAULT
    doc = Document(raw=text, title=title, published=published)
    if published:
        doc.published_source = "input"
    doc.id = id or doc.content_hash()[:16]
    return pipeline(doc)


def read_inputs(paths, **kwargs):
    """Stream Documents (raw filled) and Failures from files, folders, archives or '-'."""
    from rasad.ingest import read_inputs as _read

    return _read(paths, **kwargs)
