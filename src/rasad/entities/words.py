"""Word-level helpers shared by the "entities" and "quotes" stages.

Both stages read the clean text directly with a light word scanner (offsets plus the
matching form), so that they work whatever the segmenter emits and stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.text.normalize import normalize

__all__ = ["Word", "normalize", "words_of", "strip_clitics", "ARTICLE"]

# A word: Arabic letters (with marks), Latin letters and digits; keeps "." inside
# abbreviations out (dates and numbers are words of their own).
WORD_RE = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+", re.UNICODE)

ARTICLE = "ال"
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    norm: str


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of ``text[start:end]`` with offsets into ``text`` and their matching form."""
    end = len(text) if end is None else end
    return [
        Word(m.start(), m.end(), g, _norm(g))
        for m in WORD_RE.finditer(text, start, end)
        for g in (m.group(),)
    ]


_norm = lru_cache(maxsize=1 << 14)(normalize)  # 16k raw forms: 92% of lookups hit
_LAST: list = [None, None]


def doc_words(doc) -> list[Word]:
    """Words of a whole document, computed once for the stages that share them: the
    segmenter's tokens when present (their matching form is the same), else a scan."""
    text = doc.text
    if _LAST[0] is text:
        return _LAST[1]
    if doc.tokens and doc.tokens[-1].end <= len(text):
        # tokens have the same fields a Word has (start, end, text, norm)
        words = [t for t in doc.tokens if not t.is_punct and t.norm]
    else:
        words = words_of(text)
    _LAST[0], _LAST[1] = text, words
    return words


@lru_cache(maxsize=1 << 13)  # most calls are for forms seen once: a larger cache buys little
def strip_clitics(norm: str, keep_article: bool = False) -> str:
    """Matching form without a leading conjunction, preposition and (optionally) article.

    Conservative: a prefix is only removed when at least three letters remain, so names
    such as "وليد" or "بدر" lose nothing they should keep more often than not.
    """
    s = norm
    if len(s) > 3 and s[0] in _CONJ:
        s = s[1:]
    if len(s) > 3 and s.startswith("لل"):
        s = ARTICLE + s[2:]
    elif len(s) > 4 and s[0] in _PREP and s[1:3] == ARTICLE:
        s = s[1:]
    if not keep_article and len(s) > 4 and s.startswith(ARTICLE):
        s = s[2:]
    return s
