"""Matching form of a text with a map back to the original offsets.

Folding (أ إ آ ٱ -> ا, ى -> ي, ة -> ه, Arabic-Indic digits -> ASCII, ٫ -> ".", ٬ -> ",",
Latin lower-cased) is one character for one character; diacritics, tatweel and
zero-width marks are deleted. Deleted runs are recorded as breakpoints so that any
offset in the matching form maps back to the original text in O(log n).
"""

from __future__ import annotations

import bisect
import re

from rasad.text.normalize import DIGIT_FOLD, SEPARATOR_FOLD

_DELETED = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_DELETED_RUN = re.compile("[" + re.escape(_DELETED) + "]+")

_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETED}
_TABLE.update(
    {
        ord(k): v
        for k, v in {
            "أ": "ا",
            "إ": "ا",
            "آ": "ا",
            "ٱ": "ا",
            "ى": "ي",
            "ة": "ه",
            "٪": "%",
            "−": "-",
            "–": "-",
            "\u00a0": " ",
        }.items()
    }
)
# hamza seats are not folded here: number words (مئة، مائة) keep their own spelling
_TABLE.update({ord(k): v for k, v in (DIGIT_FOLD | SEPARATOR_FOLD).items()})
for _c in range(0x41, 0x5B):
    _TABLE[_c] = chr(_c + 32)


class MatchForm:
    """``form`` is the folded text; :meth:`start`/:meth:`end` map offsets back."""

    __slots__ = ("form", "original", "_form_breaks", "_orig_breaks")

    def __init__(self, text: str) -> None:
        self.original = text
        self.form = text.translate(_TABLE)
        self._form_breaks: list[int] = []
        self._orig_breaks: list[int] = []
        if len(self.form) != len(text):
            removed = 0
            for m in _DELETED_RUN.finditer(text):
                removed += m.end() - m.start()
                self._orig_breaks.append(m.end())
                self._form_breaks.append(m.end() - removed)

    def _to_original(self, offset: int) -> int:
        if not self._form_breaks:
            return offset
        i = bisect.bisect_right(self._form_breaks, offset) - 1
        if i < 0:
            return offset
        return self._orig_breaks[i] + (offset - self._form_breaks[i])

    def start(self, offset: int) -> int:
        return self._to_original(offset)

    def end(self, offset: int) -> int:
        """Original end offset of a span ending at ``offset``, keeping its trailing marks."""
        if offset <= 0:
            return 0
        end = self._to_original(offset - 1) + 1
        text = self.original
        while end < len(text) and text[end] in _DELETED:
            end += 1
        return end
