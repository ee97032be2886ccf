"""Test helpers for the entities and quotes stages: documents with given name mentions.

NER is replaced by a list of name surfaces (test data, not rules) so that the
entities and quotes stages are tested on their own.
"""

from __future__ import annotations

from rasad.document import Document, Entity
from rasad.entities import EntitiesStage
from rasad.entities.given import entities_from_names
from rasad.pipeline import Pipeline
from rasad.quotes import QuotesStage

_FOUNDATION: Pipeline | None = None


def foundation() -> Pipeline:
    global _FOUNDATION
    if _FOUNDATION is None:
        _FOUNDATION = Pipeline(["clean", "segment"])
    return _FOUNDATION


def with_names(doc: Document, names: list[tuple[str, str]]) -> Document:
    """One Entity per (surface, type), a Mention at each occurrence (clitics left out)."""
    entities = entities_from_names(doc, names)
    doc.entities = entities
    return doc


def analyse(text: str, names: list[tuple[str, str]] = (), outlet: str | None = None) -> Document:
    """clean + segment, the given names as NER output, then entities and quotes."""
    doc = foundation()(Document(raw=text))
    if outlet:
        doc.source.outlet = outlet
    with_names(doc, list(names))
    doc = EntitiesStage()(doc)
    return QuotesStage()(doc)


def speaker_text(doc: Document, quote) -> str | None:
    """Canonical name of the quote's speaker entity, or the text of its span."""
    if quote.speaker is None:
        return None
    if quote.speaker.entity:
        return next(e.canonical for e in doc.entities if e.id == quote.speaker.entity)
    return quote.speaker.span.text if quote.speaker.span else None


def quote_starting(doc: Document, words: str):
    """The quote whose text starts with ``words`` (after spaces)."""
    found = [q for q in doc.quotes if q.text.lstrip().startswith(words)]
    assert found, f"no quote starts with {words!r}: {[q.text[:30] for q in doc.quotes]}"
    return found[0]


def entity_with(doc: Document, surface: str) -> Entity:
    found = [e for e in doc.entities if any(m.text == surface for m in e.mentions)]
    assert found, f"no entity has the mention {surface!r}"
    return found[0]
