"""Sentence splitting over clean text.

Rules (measured against the raw news, see docs/bench/text.md):

* every line is at least its own sentence (lines are paragraphs after cleaning);
* inside a line, a sentence ends after a run of ``.`` ``!`` ``?`` ``؟`` (with any closing
  quotes/brackets right after it);
* never at "،" or ";"/"؛"; never at an ellipsis (".." "..." "…": Arabic news uses it as a
  pause inside sentences);
* never inside a number (3.5, ٣٫٥), after list numbering opening a line ("1. "), before a Latin letter or digit glued to the dot
  (U.S, www.site.com), or after a single-letter abbreviation (د. for doctor, م. for
  engineer, U.S.), or after Mr/Mrs/Ms/Dr/Prof/St/Jr/Sr/vs;
* never inside a terminated quotation («...», “...”, "...") or parentheses of at most
  :data:`MAX_QUOTE_CHARS` characters; a sentence that ends inside such a quote
  (``قال: "انتهى الأمر." ثم``) ends after the closing quote. Longer or unterminated
  quotes fall back to the plain rules so one stray quote mark cannot swallow a
  paragraph.
"""

from __future__ import annotations

import re

from rasad.document import Sentence

MAX_QUOTE_CHARS = 500
MAX_PAREN_CHARS = 200

_TERMINATOR = re.compile(r"[.!?؟]+")
_CLOSERS = "\"'»”’)]"
_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"))
_LATIN_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs"})
_LINE = re.compile(r"[^\n]+")


def _protected_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short terminated quotations/parentheses in ``text[start:end]`` as (open, close)."""
    ranges = []
    for opener, closer in _PAIRS:
        limit = MAX_PAREN_CHARS if opener == "(" else MAX_QUOTE_CHARS
        i = text.find(opener, start, end)
        while i != -1:
            j = text.find(closer, i + 1, end)
            if j == -1:
                break
            if j - i <= limit:
                ranges.append((i, j))
            i = text.find(opener, j + 1, end)
    # ASCII double quotes pair up left to right
    i = text.find('"', start, end)
    while i != -1:
        j = text.find('"', i + 1, end)
        if j == -1:
            break
        if j - i <= MAX_QUOTE_CHARS:
            ranges.append((i, j))
        i = text.find('"', j + 1, end)
    return ranges


def _is_abbreviation(text: str, dot: int, line_start: int) -> bool:
    """Is the "." at ``dot`` the end of an abbreviation rather than a sentence?"""
    k = dot
    while k > line_start and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    if len(word) == 1:
        return True
    return word.lower() in _LATIN_ABBREVIATIONS


def _is_list_number(text: str, dot: int, line_start: int) -> bool:
    """A "1." or "12." opening a line is list numbering, not a sentence."""
    k = dot
    while k > line_start and text[k - 1].isdigit():
        k -= 1
    return dot - k <= 2 and not text[line_start:k].strip()


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets (exclusive sentence ends) inside one line ``text[start:end]``."""
    if _TERMINATOR.search(text, start, end) is None:
        return []
    protected = _protected_ranges(text, start, end)
    cuts = []
    for m in _TERMINATOR.finditer(text, start, end):
        run = m.group()
        s, e = m.span()
        if run.strip(".") == "" and len(run) >= 2:
            continue  # ellipsis
        if run == ".":
            before = text[s - 1] if s > start else " "
            after = text[e] if e < end else " "
            if (before.isdigit() and after.isdigit()) or (after.isascii() and after.isalnum()):
                continue
            if before.isalpha() and _is_abbreviation(text, s, start):
                continue
            if before.isdigit() and _is_list_number(text, s, start):
                continue
        inside = next((r for r in protected if r[0] < s and e <= r[1]), None)
        if inside is not None:
            # a sentence may end right at the closing quote: ... انتهى." ثم
            if e == inside[1] and text[inside[1]] != ")":
                e = inside[1] + 1
            else:
                continue
        while e < end and text[e] in _CLOSERS and not any(r[0] == e for r in protected):
            e += 1
        if e < end and text[e] in "،,؛;:":
            continue  # the "sentence" goes on ("انتهى!"، قال)
        cuts.append(e)
    return cuts


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` (whitespace trimmed), indexed from 0 in text order."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        line_start, line_end = line.span()
        piece_start = line_start
        for cut in (*_boundaries(text, line_start, line_end), line_end):
            s, e = piece_start, cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(Sentence(start=s, end=e, text=text[s:e], index=len(sentences)))
            piece_start = cut
    return sentences
