"""Times and quantities: every date, time, duration, number, amount of money and
count in a document, with its span over ``doc.text`` and a normalized value anchored
on the article's date (``doc.published``; inferred from the text when absent).

``extract_values(text, published, time_preference)`` is the plain function other
stages call; :class:`ValuesStage` is the pipeline stage ("values").
"""

from __future__ import annotations

from collections import Counter

from rasad.document import Document
from rasad.values.extract import analyze, extract_values

__all__ = ["ValuesStage", "extract_values", "analyze"]


class ValuesStage:
    """Fill ``doc.times`` and ``doc.quantities``.

    ``time_preference``: how a bare weekday or month without a year resolves:
    "past" (nearest past one), "future" (next one), or "auto" (future when the
    clause has a future cue such as سـ/سوف/المقرر, past otherwise).
    """

    name = "values"

    def __init__(self, time_preference: str = "auto") -> None:
        if time_preference not in ("auto", "past", "future"):
            raise ValueError(
                f"time_preference must be auto, past or future, not {time_preference!r}"
            )
        self.time_preference = time_preference
        self.counters: Counter = Counter()

    def __call__(self, doc: Document) -> Document:
        text = doc.text or doc.raw
        if not doc.text and doc.raw:
            doc.text = doc.raw  # run without the clean stage: spans are over the raw text
        published = doc.published
        r = analyze(text, published, self.time_preference)
        doc.times = r.times
        doc.quantities = r.quantities
        if r.published_source == "inferred" and not doc.published:
            doc.published = r.published
            doc.published_source = "inferred"
        for w in r.warnings:
            doc.warnings.append(w)
        self.counters["documents"] += 1
        self.counters.update(r.counters)
        return doc
