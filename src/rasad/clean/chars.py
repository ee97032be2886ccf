"""Character-level cleaning of one raw line into copy/replace operations.

A line is scanned with one compiled regex that only matches what needs work (HTML
entities, ``&`` debris, invisible controls, tatweel, presentation forms, irregular
whitespace); everything between matches is copied as is. The result is a list of
:data:`Op` (raw start, raw end, replacement text or ``None`` for a copy) whose
concatenation is the clean line, plus the removals worth reporting.
"""

from __future__ import annotations

import html
import re
import unicodedata

# (raw_start, raw_end, text): text None means raw[raw_start:raw_end] is copied unchanged.
Op = tuple[int, int, str | None]
# (raw_start, raw_end, reason) of something deleted that the document reports.
Cut = tuple[int, int, str]

_SPACES = "\t\x0b\x0c\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# zero-width, bidi controls, BOM, Arabic letter mark, soft hyphen, C0/C1 controls, tatweel
_INVISIBLE = (
    "\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u0640\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb"
)
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"

_SPECIAL = re.compile(
    # an entity, possibly double-escaped (&amp;quot;); a few names are common without ';'
    r"(?P<ent>&(?:amp;)*(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};"
    r"|(?:nbsp|NBSP|amp|quot|apos|lt|gt)(?![A-Za-z0-9])))"
    r"|(?P<amp>&+)"
    # stray markup left in scraped text ("</p>", "<br />"); '<' before a non-letter is text
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>\n]{0,200})?/?>)"
    rf"|(?P<drop>[{_INVISIBLE}]+)"
    rf"|(?P<pres>[{_PRESENTATION}]+)"
    rf"|(?P<space>  +|[{_SPACES}][ {_SPACES}]*| [{_SPACES}][ {_SPACES}]*)"
)
# A plain character class scans fast; _SPECIAL is only tried where this one hits.
_TRIGGER = re.compile(rf"[&<{_INVISIBLE}{_PRESENTATION}{_SPACES}]| [ {_SPACES}]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
_SPACES_RE = re.compile(f"[ {_SPACES}\n\r\u2028\u2029]+")
_PRESENTATION_RE = re.compile(f"[{_PRESENTATION}]")
_TATWEEL = "\u0640"

_PRESENTATION_CACHE: dict[str, str] = {}


def presentation_to_base(ch: str) -> str:
    """NFKC of one presentation-form char (a lam-alef ligature gives two letters)."""
    base = _PRESENTATION_CACHE.get(ch)
    if base is None:
        base = unicodedata.normalize("NFKC", ch)
        _PRESENTATION_CACHE[ch] = base
    return base


def normalize_fragment(text: str) -> str:
    """Clean a short string with the same char rules (for decoded entities and titles)."""
    text = _INVISIBLE_RE.sub("", text)
    text = _PRESENTATION_RE.sub(lambda m: presentation_to_base(m.group()), text)
    return _SPACES_RE.sub(" ", text)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and ch != _TATWEEL


def _word_len(line: str, pos: int, step: int) -> int:
    """Length of the run of word chars from ``pos`` going left (-1) or right (+1)."""
    n = 0
    while 0 <= pos < len(line) and _is_word_char(line[pos]):
        n += 1
        pos += step
    return n


def _amp_op(line: str, start: int, end: int) -> str | None:
    """What to do with a bare ``&`` run: None keeps it, "" deletes it, " " replaces it."""
    before = line[start - 1] if start > 0 else ""
    after = line[end] if end < len(line) else ""
    if _is_word_char(before) and _is_word_char(after):
        if before.isascii() and after.isascii():
            return None  # AT&T, R&D, S&P
        if _word_len(line, start - 1, -1) <= 2 and _word_len(line, end, 1) <= 2:
            return None  # transliterated initials such as سي&تي
        return " "  # "في&يونيو": &nbsp; lost its letters
    rest_blank = not line[end:].strip()
    if not before.strip() and not after.strip():
        # "A & B" keeps a real conjunction; a line of only '&' or a trailing one is debris
        return "" if rest_blank or not line[:start].strip() else None
    if rest_blank:
        return ""  # trailing "&" at line end
    if not line[:start].strip():
        return ""  # "&" glued to the start of a line
    if before.strip() and after.strip():
        return " "  # "نهاية.&بداية"
    return ""


def _entity_text(entity: str) -> str | None:
    """Decoded entity, or None when it is not a known entity (Word symbol debris "&S239;")."""
    decoded = entity
    for _ in range(4):  # &amp;amp;quot; and the like
        nxt = html.unescape(decoded)
        if nxt == decoded:
            break
        decoded = nxt
    if decoded == entity:
        return None
    return normalize_fragment(decoded)


def line_ops(raw: str, start: int, end: int) -> tuple[list[Op], list[Cut]]:
    """Operations that turn ``raw[start:end]`` (one line, no terminator) into clean text.

    Whitespace is collapsed to single spaces and trimmed at both ends.
    """
    line = raw[start:end]
    ops: list[Op] = []
    cuts: list[Cut] = []
    pos = 0  # line[:pos] is done
    scan = 0
    while True:
        trigger = _TRIGGER.search(line, scan)
        if trigger is None:
            break
        m = _SPECIAL.match(line, trigger.start())
        if m is None:  # a '<' that opens no tag
            scan = trigger.start() + 1
            continue
        s, e = m.span()
        scan = e
        if s > pos:
            ops.append((start + pos, start + s, None))
        pos = e
        kind = m.lastgroup
        if kind == "space":
            if line[s] == " ":
                ops.append((start + s, start + s + 1, None))
            else:
                ops.append((start + s, start + e, " "))
        elif kind == "drop":
            if line.count(_TATWEEL, s, e) != e - s:
                cuts.append((start + s, start + e, "invisible_control"))
        elif kind == "pres":
            for i in range(s, e):
                base = presentation_to_base(line[i])
                if base == line[i]:
                    ops.append((start + i, start + i + 1, None))
                else:
                    ops.append((start + i, start + i + 1, base))
        elif kind == "tag":
            cuts.append((start + s, start + e, "markup"))
            before = line[s - 1] if s > 0 else " "
            after = line[e] if e < len(line) else " "
            if not before.isspace() and not after.isspace():
                ops.append((start + s, start + e, " "))  # "<br>" separated two words
        elif kind == "ent":
            text = _entity_text(m.group())
            if text is None:
                cuts.append((start + s, start + e, "html_debris"))
            elif text:
                ops.append((start + s, start + e, text))
            else:
                cuts.append((start + s, start + e, "html_entity"))
        else:  # bare '&'
            action = _amp_op(line, s, e)
            if action is None:
                ops.append((start + s, start + e, None))
            else:
                cuts.append((start + s, start + e, "html_debris"))
                if action:
                    ops.append((start + s, start + e, action))
    if pos < len(line):
        ops.append((start + pos, end, None))
    return _squeeze_spaces(raw, ops), cuts


def _op_text(raw: str, op: Op) -> str:
    return raw[op[0] : op[1]] if op[2] is None else op[2]


def _squeeze_spaces(raw: str, ops: list[Op]) -> list[Op]:
    """Drop spaces at line start/end and spaces doubled across operation boundaries."""
    out: list[Op] = []
    last_space = True  # at line start leading spaces go
    for a, b, text in ops:
        if text is None:
            while a < b and last_space and raw[a] == " ":
                a += 1
            if a == b:
                continue
            out.append((a, b, None))
            last_space = raw[b - 1] == " "
        else:
            if last_space:
                text = text.lstrip(" ")
            if not text:
                continue
            out.append((a, b, text))
            last_space = text[-1] == " "
    while out and last_space:
        a, b, text = out.pop()
        if text is None:
            while b > a and raw[b - 1] == " ":
                b -= 1
            if b > a:
                out.append((a, b, None))
                break
        else:
            text = text.rstrip(" ")
            if text:
                out.append((a, b, text))
                break
    return out


def ops_text(raw: str, ops: list[Op]) -> str:
    return "".join([_op_text(raw, op) for op in ops])
