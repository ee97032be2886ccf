"""``clean(raw) -> CleanResult`` and the pipeline stage around it.

Steps, all offset-preserving (see :mod:`rasad.clean.edits`):

1. split the raw text into lines (CRLF, CR, LF, U+2028/9 all end a line);
2. clean each line's characters (:mod:`rasad.clean.chars`);
3. drop boilerplate lines and "اقرأ أيضا" link lists (:mod:`rasad.clean.boilerplate`),
   recording each in ``removed`` with its reason;
4. join the kept lines with LF, one blank line where the raw text had blank lines;
5. give every kept line a layout role (:mod:`rasad.clean.layout`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rasad.clean.boilerplate import is_related_header, line_reason, line_trims
from rasad.clean.chars import Cut, Op, line_ops, normalize_fragment, ops_text
from rasad.clean.edits import EditBuilder
from rasad.clean.layout import assign_roles, dateline_prefix, is_heading_like
from rasad.document import Alignment, Block, Document, Removal, Warning_

_LINE = re.compile(r"[^\r\n\u2028\u2029]*(\r\n|[\r\n\u2028\u2029]|$)")
_RELATED_LIST_MAX = 8
_RELATED_ITEM_MAX_WORDS = 16
_STAMP_TOP_LINES = 4
_SENTENCE_END = re.compile(r"[.…]['\"»”’)\]]*$")
_RAW_STRIP = " \t\x0b\x0c\xa0\u3000"


@dataclass
class CleanResult:
    text: str
    alignment: Alignment
    removed: list[Removal] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    kicker: str | None = None
    title: str | None = None
    warnings: list[Warning_] = field(default_factory=list)


@dataclass
class _Line:
    start: int  # raw content span (no terminator)
    end: int
    term_start: int  # raw terminator span (empty at end of input)
    term_end: int
    ops: list[Op]
    cuts: list[Cut]
    text: str
    reason: str | None = None


def _split_lines(raw: str) -> list[_Line]:
    lines = []
    for m in _LINE.finditer(raw):
        start, term_start, term_end = m.start(), m.start(1), m.end(1)
        if start == term_end and start == len(raw) and lines:
            break  # the empty match after the last terminator
        ops, cuts = line_ops(raw, start, term_start)
        lines.append(_Line(start, term_start, term_start, term_end, ops, cuts, ops_text(raw, ops)))
        if term_end == len(raw) and term_start == term_end:
            break
    return lines


def _trim_ops(raw: str, ops: list[Op], prefix: int, suffix: int) -> tuple[list[Op], int, int]:
    """Remove ``prefix``/``suffix`` clean chars from ``ops``; return ops and the raw cut span.

    Replacement ops are atomic: a cut inside one takes all of it.
    """
    kept = list(ops)
    cut_start = cut_end = -1
    if prefix:
        left = prefix
        cut_start = kept[0][0]
        while kept and left > 0:
            a, b, text = kept[0]
            size = (b - a) if text is None else len(text)
            if text is None and size > left:
                kept[0] = (a + left, b, None)
                cut_end = a + left
                left = 0
            else:
                kept.pop(0)
                cut_end = b
                left -= size
        while kept and kept[0][2] is None and raw[kept[0][0]] == " ":
            a, b, _ = kept[0]
            if b - a > 1:
                kept[0] = (a + 1, b, None)
            else:
                kept.pop(0)
    if suffix:
        left = suffix
        cut_end = kept[-1][1]
        while kept and left > 0:
            a, b, text = kept[-1]
            size = (b - a) if text is None else len(text)
            if text is None and size > left:
                kept[-1] = (a, b - left, None)
                cut_start = b - left
                left = 0
            else:
                kept.pop()
                cut_start = a
                left -= size
        while kept and kept[-1][2] is None and raw[kept[-1][1] - 1] == " ":
            a, b, _ = kept[-1]
            if b - 1 > a:
                kept[-1] = (a, b - 1, None)
            else:
                kept.pop()
    return kept, cut_start, cut_end


def _raw_strip(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start] in _RAW_STRIP:
        start += 1
    while end > start and raw[end - 1] in _RAW_STRIP:
        end -= 1
    return start, end


def _drop_related_lists(lines: list[_Line]) -> None:
    """After a bare "اقرأ أيضا" header, the short headline lines that follow are links."""
    for i, line in enumerate(lines):
        if line.reason != "related_links" or not is_related_header(line.text):
            continue
        taken = 0
        j = i + 1
        while j < len(lines) and taken < _RELATED_LIST_MAX:
            nxt = lines[j]
            if not nxt.text and taken:
                break  # a blank line after the first link ends the list
            if not nxt.text or nxt.reason:
                j += 1
                continue
            if len(nxt.text.split()) > _RELATED_ITEM_MAX_WORDS or not is_heading_like(nxt.text):
                break
            nxt.reason = "related_links"
            taken += 1
            j += 1


def _keep_inner_timestamps(lines: list[_Line]) -> None:
    """A date-only line is a page stamp at the top or bottom; inside the body it is content."""
    filled = [i for i, line in enumerate(lines) if line.text]
    # the top ends at the first body sentence: a date after it heads a schedule or a list
    first_sentence = next(
        (k for k, i in enumerate(filled) if _SENTENCE_END.search(lines[i].text)), len(filled)
    )
    top = filled[: min(_STAMP_TOP_LINES, first_sentence)]
    # at the bottom only when nothing but boilerplate follows
    bottom = []
    for i in reversed(filled):
        if lines[i].reason == "timestamp":
            bottom.append(i)
        elif not lines[i].reason:
            break
    edge = set(top + bottom)
    for k, i in enumerate(filled):
        if lines[i].reason != "timestamp":
            continue
        after_lead_in = k > 0 and lines[filled[k - 1]].text.rstrip().endswith(":")
        if i not in edge or after_lead_in:  # "... البرنامج التالي:" then a date: a schedule
            lines[i].reason = None


def _emit_newline(builder: EditBuilder, raw: str, line: _Line) -> None:
    """One LF taken from the raw terminator of ``line`` (CRLF keeps its LF, CR is replaced)."""
    a, b = line.term_start, line.term_end
    if b > a and raw[b - 1] == "\n":
        builder.copy(b - 1, b)
    else:
        builder.replace(a, b, "\n")


def clean(raw: str, title: str | None = None, counters: Counter | None = None) -> CleanResult:
    """Clean one raw article; ``title`` (from metadata) helps find the headline line."""
    lines = _split_lines(raw)
    removed: list[Removal] = []
    for line in lines:
        if line.text:
            line.reason = line_reason(line.text)
    _drop_related_lists(lines)
    _keep_inner_timestamps(lines)

    builder = EditBuilder(raw)
    kept: list[tuple[int, int, str]] = []  # clean start, end, text of each kept line
    previous: _Line | None = None
    blank_since_previous = False
    for index, line in enumerate(lines):
        if not line.text:
            removed.extend(
                Removal(raw_start=a, raw_end=b, text=raw[a:b], reason=r) for a, b, r in line.cuts
            )
            blank_since_previous = True
            continue
        if line.reason:
            a, b = _raw_strip(raw, line.start, line.end)
            removed.append(Removal(raw_start=a, raw_end=b, text=raw[a:b], reason=line.reason))
            continue
        ops = line.ops
        prefix, suffix, trim_reason = line_trims(line.text)
        trimmed_start = trimmed_end = -1
        if prefix or suffix:
            ops, trimmed_start, trimmed_end = _trim_ops(raw, ops, prefix, suffix)
            a, b = trimmed_start, trimmed_end
            a, b = _raw_strip(raw, a, b)
            removed.append(Removal(raw_start=a, raw_end=b, text=raw[a:b], reason=trim_reason))
            if not ops:
                continue
        removed.extend(
            Removal(raw_start=a, raw_end=b, text=raw[a:b], reason=r)
            for a, b, r in line.cuts
            if not trimmed_start <= a < trimmed_end
        )
        if previous is not None:
            _emit_newline(builder, raw, previous)
            if blank_since_previous:
                _emit_newline(builder, raw, lines[index - 1])
        start = builder.length
        for a, b, text in ops:
            if text is None:
                builder.copy(a, b)
            else:
                builder.replace(a, b, text)
        kept.append((start, builder.length, ops_text(raw, ops)))
        previous = line
        blank_since_previous = False

    text = builder.text()
    removed.sort(key=lambda r: (r.raw_start, r.raw_end))
    wanted_title = normalize_fragment(title).strip() if title else None
    roles = assign_roles([k[2] for k in kept], wanted_title or None)
    blocks: list[Block] = []
    kicker = headline = None
    for (start, end, line_text), role in zip(kept, roles, strict=True):
        blocks.append(Block(start=start, end=end, text=line_text, role=role))  # type: ignore[arg-type]
        if role == "kicker" and kicker is None:
            kicker = line_text
        elif role == "headline" and headline is None:
            headline = line_text
        elif role == "paragraph":
            size = dateline_prefix(line_text)
            if size:
                blocks.append(
                    Block(start=start, end=start + size, text=line_text[:size], role="dateline")
                )
    warnings: list[Warning_] = []
    if raw.strip() and not text:
        warnings.append(Warning_(code="clean_empty", message="nothing left after cleaning"))
    if counters is not None:
        counters["documents"] += 1
        counters["lines_kept"] += len(kept)
        for r in removed:
            counters[f"removed:{r.reason}"] += 1
        for b in blocks:
            if b.role != "paragraph":
                counters[f"role:{b.role}"] += 1
    return CleanResult(
        text=text,
        alignment=builder.alignment(),
        removed=removed,
        blocks=blocks,
        kicker=kicker,
        title=headline,
        warnings=warnings,
    )


class CleanStage:
    """Pipeline stage: ``doc.raw`` -> ``doc.text`` with alignment, removals, blocks."""

    name = "clean"

    def __init__(self) -> None:
        self.counters: Counter = Counter()

    def __call__(self, doc: Document) -> Document:
        result = clean(doc.raw, title=doc.title, counters=self.counters)
        doc.text = result.text
        doc.alignment = result.alignment
        doc.removed = result.removed
        doc.blocks = result.blocks
        if result.kicker and not doc.kicker:
            doc.kicker = result.kicker
        if result.title and not doc.title:
            doc.title = result.title
        for block in result.blocks:
            if block.role == "dateline" and not doc.source.dateline:
                doc.source.dateline = block.text.rstrip(" :-–—")
                break
        doc.warnings.extend(result.warnings)
        return doc
