"""The "segment" pipeline stage: sentences and tokens of the clean text."""

from __future__ import annotations

from collections import Counter

from rasad.document import Document
from rasad.text.tokenizer import segment


class SegmentStage:
    """Fill ``doc.sentences`` and ``doc.tokens`` from ``doc.text`` (never changes the text).

    Counters: ``documents``, ``sentences``, ``tokens``, ``clitic_tokens`` (tokens with
    at least one proclitic or a pronoun suffix).
    """

    name = "segment"

    def __init__(self) -> None:
        self.counters: Counter = Counter()

    def __call__(self, doc: Document) -> Document:
        doc.sentences, doc.tokens = segment(doc.text)
        self.counters["documents"] += 1
        self.counters["sentences"] += len(doc.sentences)
        self.counters["tokens"] += len(doc.tokens)
        self.counters["clitic_tokens"] += sum(1 for t in doc.tokens if t.prefixes or t.suffix)
        return doc
