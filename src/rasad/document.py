"""The one document model every rasad stage reads and writes.

Every annotation is a character range ``[start, end)`` over the clean ``Document.text``
and carries the covered ``text`` so that ``doc.text[start:end] == span.text`` always
holds (checked by :meth:`Document.validate`). Offsets back into the raw input are kept
by :class:`Alignment`. All types are ``msgspec.Struct`` so JSON encoding is fast and a
JSON Schema can be generated from the code (``docs/document.schema.json``).
"""

from __future__ import annotations

import bisect
import hashlib
from typing import Any, Literal

import msgspec

SCHEMA_VERSION = "1.0"

EntityType = Literal["PERSON", "ORG", "LOC", "GPE", "MISC"]


class Span(msgspec.Struct, kw_only=True, omit_defaults=False):
    """A character range over the clean text with its covered text."""

    start: int
    end: int
    text: str


class Sentence(Span, kw_only=True, omit_defaults=False):
    index: int = 0


class Token(Span, kw_only=True, omit_defaults=False, gc=False):
    """A whitespace/punctuation token with its clitic analysis.

    ``gc=False``: a token holds only strings, ints and a list of strings (no cycles),
    and untracked tokens halve the segment stage's time spent in the garbage collector.

    ``norm`` is the matching form of the whole token (diacritics, tatweel, hamza/alef,
    alef maqsura and ta marbuta folded, Arabic-Indic digits mapped to ASCII).
    ``stem`` is the matching form with proclitics (و ف ب ل ك س, ال) and pronoun
    suffixes removed; ``stem_start``/``stem_end`` locate the stem in ``text``.
    """

    sentence: int = 0
    norm: str = ""
    stem: str = ""
    stem_start: int = 0
    stem_end: int = 0
    prefixes: list[str] = []
    suffix: str = ""
    is_punct: bool = False


class Block(Span, kw_only=True, omit_defaults=False):
    """A layout block (one line of the cleaned input) and its role."""

    role: Literal["kicker", "headline", "subheading", "dateline", "paragraph"] = "paragraph"


class Mention(Span, kw_only=True, omit_defaults=False):
    sentence: int = -1
    type: str = ""
    confidence: float = 1.0


class Entity(msgspec.Struct, kw_only=True, omit_defaults=False):
    """A canonical entity of one document with all of its mentions."""

    id: str
    type: str
    canonical: str
    mentions: list[Mention] = []
    titles: list[str] = []
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None


class Ref(msgspec.Struct, kw_only=True, omit_defaults=False):
    """A pointer to an entity id, a span, or both (an unnamed source has only a span)."""

    entity: str | None = None
    span: Span | None = None
    country: str | None = None
    sector: str | None = None


class AttributionLink(msgspec.Struct, kw_only=True, omit_defaults=False):
    role: Literal["outlet", "cited_outlet", "source"]
    name: str
    entity: str | None = None
    span: Span | None = None


class Quote(Span, kw_only=True, omit_defaults=False):
    id: str = ""
    kind: Literal["direct", "indirect", "partial"] = "direct"
    cue: Span | None = None
    speaker: Ref | None = None
    attribution: list[AttributionLink] = []
    sentence: int = -1


class TimeExpr(Span, kw_only=True, omit_defaults=False):
    id: str = ""
    kind: Literal["point", "interval", "duration", "set"] = "point"
    value: str | None = None
    interval: dict[str, str] | None = None
    duration: str | None = None
    grain: str | None = None
    anchor: Literal["absolute", "published", "inferred"] = "absolute"


class Quantity(Span, kw_only=True, omit_defaults=False):
    kind: Literal["number", "ordinal", "money", "percent", "quantity"] = "number"
    value: float | None = None
    unit: str | None = None
    currency: str | None = None


class EventDate(msgspec.Struct, kw_only=True, omit_defaults=False):
    time: str | None = None  # id of a TimeExpr
    value: str | None = None
    date_source: Literal["text", "published", "inferred"] = "text"


class Event(msgspec.Struct, kw_only=True, omit_defaults=False):
    id: str = ""
    type: str
    mode: str | None = None
    context: list[str] = []
    trigger: Span
    actor: Ref | None = None
    recipient: Ref | None = None
    location: Ref | None = None
    date: EventDate | None = None
    sentence: int = -1
    polarity: Literal["asserted", "negated"] = "asserted"
    modality: Literal["actual", "future", "hypothetical", "demanded"] = "actual"
    salience: Literal["reported", "background"] = "reported"
    attribution: list[AttributionLink] | str | None = None
    confidence: float = 1.0
    # other words that report the same event (a headline merged into its body event)
    supporting: list[Span] = []


class Removal(msgspec.Struct, kw_only=True):
    """Something cleaning dropped, with offsets into the raw input."""

    raw_start: int
    raw_end: int
    text: str
    reason: str


class Source(msgspec.Struct, kw_only=True, omit_defaults=False):
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None  # place named in the dateline ("إيلاف من موسكو")
    path: str | None = None  # file (and member) the article was read from
    line: int | None = None  # line number in a JSON Lines file


class Alignment(msgspec.Struct, kw_only=True, omit_defaults=False):
    """Clean-to-raw offset map as breakpoints.

    ``clean[i]`` and ``raw[i]`` are parallel: from ``clean[i]`` on, clean offset
    ``c`` maps to ``raw[i] + (c - clean[i])`` until the next breakpoint. Cleaning
    adds a breakpoint after every deletion or replacement.
    """

    clean: list[int] = []
    raw: list[int] = []

    def to_raw(self, offset: int) -> int:
        if not self.clean:
            return offset
        i = bisect.bisect_right(self.clean, offset) - 1
        if i < 0:
            return offset
        return self.raw[i] + (offset - self.clean[i])


class Warning_(msgspec.Struct, kw_only=True, omit_defaults=False):
    code: str
    message: str


class Document(msgspec.Struct, kw_only=True, omit_defaults=False):
    id: str = ""
    schema_version: str = SCHEMA_VERSION
    title: str | None = None
    kicker: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_source: Literal["input", "inferred", "cli", "none"] = "none"
    source: Source = msgspec.field(default_factory=Source)
    language: str = "ar"
    encoding: str | None = None
    raw: str = ""
    text: str = ""
    alignment: Alignment = msgspec.field(default_factory=Alignment)
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    entities: list[Entity] = []
    quotes: list[Quote] = []
    times: list[TimeExpr] = []
    quantities: list[Quantity] = []
    events: list[Event] = []
    removed: list[Removal] = []
    warnings: list[Warning_] = []

    # -- helpers -------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Warning_(code=code, message=message))

    def content_hash(self) -> str:
        """Hash of the clean text (or raw, before cleaning): the duplicate key of the store."""
        basis = self.text or self.raw
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()

    def raw_offsets(self, span: Span) -> tuple[int, int]:
        """Offsets of a clean-text span in the raw input."""
        return self.alignment.to_raw(span.start), self.alignment.to_raw(
            span.end - 1
        ) + 1 if span.end > span.start else self.alignment.to_raw(span.start)

    def iter_spans(self):
        """Every span in the document, for validation."""
        yield from self.blocks
        yield from self.sentences
        yield from self.tokens
        for ent in self.entities:
            yield from ent.mentions
        for q in self.quotes:
            yield q
            if q.cue:
                yield q.cue
            if q.speaker and q.speaker.span:
                yield q.speaker.span
        yield from self.times
        yield from self.quantities
        for ev in self.events:
            yield ev.trigger
            yield from ev.supporting
            for ref in (ev.actor, ev.recipient, ev.location):
                if ref is not None and ref.span is not None:
                    yield ref.span

    def validate(self) -> list[str]:
        """Return a list of offset errors (empty when every span matches the text)."""
        errors = []
        n = len(self.text)
        for s in self.iter_spans():
            if not (0 <= s.start <= s.end <= n) or self.text[s.start : s.end] != s.text:
                errors.append(f"{type(s).__name__} {s.start}:{s.end} {s.text!r}")
        return errors

    # -- JSON ----------------------------------------------------------------
    def to_dict(self, *, include_raw: bool = False) -> dict[str, Any]:
        data = msgspec.to_builtins(self)
        if not include_raw:
            data.pop("raw", None)
            data.pop("alignment", None)
        return data

    def to_json(self, *, include_raw: bool = False, indent: int | None = None) -> str:
        if include_raw and indent is None:
            return _ENCODER.encode(self).decode("utf-8")
        data = self.to_dict(include_raw=include_raw)
        if indent:
            import json

            return json.dumps(data, ensure_ascii=False, indent=indent)
        return _ENCODER.encode(data).decode("utf-8")

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        return msgspec.json.decode(data, type=cls)


class Failure(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An input that could not become a document: reported, never silently dropped."""

    path: str
    reason: str
    line: int | None = None
    member: str | None = None  # member name inside an archive

    def where(self) -> str:
        loc = self.path
        if self.member:
            loc += f"!{self.member}"
        if self.line is not None:
            loc += f":{self.line}"
        return loc


_ENCODER = msgspec.json.Encoder()


def json_schema() -> dict[str, Any]:
    """JSON Schema of the document as emitted by ``rasad extract``."""
    return msgspec.json.schema(Document)
