"""Detect text that was destroyed before it reached us.

The typical case: an Arabic article saved through a code page without Arabic letters,
so every letter became ``?`` ("??? ????? ?? ??????"). Such text still decodes, and
would be stored as garbage. What is left is words made mostly of ``?`` and almost no
Arabic letters. A few ``?`` around intact words (``?الأخير?``, where a space or
joiner the code page lacked was lost) is debris, not destruction: the text is kept
with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# share of words made mostly of '?' above which a text counts as destroyed
DESTROYED_WORD_SHARE = 0.25
QUESTION_DESTROYED = "text destroyed at source: Arabic letters replaced by '?'"
REPLACEMENT_DESTROYED = "text destroyed: letters replaced by U+FFFD replacement characters"

_WORD_RE = re.compile(r"\S+")
_ARABIC_LETTERS_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
# '?' standing for a lost character: before an Arabic letter ("?الأخير", "ا?سبانية") or
# a run of them after one ("ف?? تصريح"); a single '?' after a word is a question mark.
_DEBRIS_RE = re.compile("\\?+(?=[\u0621-\u064a])|(?<=[\u0621-\u064a])\\?{2,}")


def arabic_letter_count(text: str) -> int:
    # matching runs rather than single letters keeps this fast on long texts
    return sum(map(len, _ARABIC_LETTERS_RE.findall(text)))


@dataclass
class Damage:
    destroyed: str | None = None  # reason when the text is beyond use
    question_words: int = 0  # words made mostly of '?'
    words: int = 0
    debris: int = 0  # '?' glued to intact Arabic words

    @property
    def question_share(self) -> float:
        return self.question_words / self.words if self.words else 0.0


def _mostly(word: str, ch: str) -> bool:
    n = word.count(ch)
    return n >= 2 and n * 2 >= len(word)


def assess(text: str) -> Damage:
    damage = Damage()
    if "?" not in text and "\ufffd" not in text:
        return damage  # the common case, without splitting the text
    words = _WORD_RE.findall(text)
    damage.words = len(words)
    if not words:
        return damage
    if "?" in text:
        damage.question_words = sum(1 for w in words if "?" in w and _mostly(w, "?"))
        damage.debris = len(_DEBRIS_RE.findall(text))
    share = damage.question_words / len(words)
    if share >= DESTROYED_WORD_SHARE and text.count("?") > arabic_letter_count(text):
        damage.destroyed = QUESTION_DESTROYED
    elif "\ufffd" in text:
        bad = text.count("\ufffd")
        if bad >= 10 and bad > arabic_letter_count(text):
            damage.destroyed = REPLACEMENT_DESTROYED
    return damage


def looks_destroyed(text: str) -> bool:
    return assess(text).destroyed is not None
