"""Character-level normalization: the matching form of Arabic (and mixed) text.

Two levels, both single ``str.translate`` calls (fast enough to run on every token):

``normalize(s)``
    The *matching form*. Removes diacritics (harakat U+064B-U+0652, maddah/hamza marks
    U+0653-U+065F, superscript alef U+0670, Quranic marks U+06D6-U+06ED) and tatweel;
    folds the alef variants أ إ آ ٱ to ا, alef maqsura ى to ي, ta marbuta ة to ه, and
    the seated hamzas ؤ to و and ئ to ي, and the Persian-keyboard letters ک and ی to
    ك and ي; maps Arabic-Indic (٠-٩) and Persian (۰-۹)
    digits to ASCII, the Arabic decimal separator ٫ to "." and thousands separator ٬ to
    ","; lowercases Latin. Folding is lossy on purpose: news spelling of these letters is
    inconsistent (اسرائيل/إسرائيل, على/علي, مدرسة/مدرسه), so matching must ignore them.
    The bare hamza ء is kept (it is a letter of its own, e.g. ماء, not a variant).

``strip_marks(s)``
    The *light form* used as lexicon key: only diacritics and tatweel removed, letters
    untouched, so that forms which folding would merge (أن/إن/ان, إلى/الى) keep their own
    corpus counts when clitic segmentation compares them.
"""

from __future__ import annotations

# Diacritics and other combining marks that never change the letter skeleton.
MARKS = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
)
TATWEEL = "\u0640"

_STRIP_TABLE = {ord(c): None for c in MARKS + TATWEEL}

# The letter equivalences every rasad matcher shares (stages with trained features
# build their own tables from these constants so their features never drift).
LETTER_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
}
PERSIAN_FOLD = {"ک": "ك", "ی": "ي"}  # keheh and yeh typed on Persian keyboards
DIGIT_FOLD = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}  # Arabic-Indic and Persian digits
SEPARATOR_FOLD = {"٫": ".", "٬": ","}  # Arabic decimal and thousands separators

_NORMALIZE_TABLE: dict[int, str | None] = dict(_STRIP_TABLE)
for _fold in (LETTER_FOLD, PERSIAN_FOLD, DIGIT_FOLD, SEPARATOR_FOLD):
    _NORMALIZE_TABLE.update({ord(k): v for k, v in _fold.items()})
for _c in [*range(0x41, 0x5B), *range(0xC0, 0xD7), *range(0xD8, 0xDF)]:
    _NORMALIZE_TABLE[_c] = chr(_c + 32)  # Latin (ASCII and Latin-1) upper -> lower


def normalize(s: str) -> str:
    """Matching form of ``s`` (see module docstring). Length may shrink (marks removed)."""
    return s.translate(_NORMALIZE_TABLE)


def strip_marks(s: str) -> str:
    """``s`` without diacritics and tatweel, letters unchanged (the lexicon key)."""
    return s.translate(_STRIP_TABLE)


def is_mark(ch: str) -> bool:
    """True for a character that :func:`normalize` deletes (diacritic or tatweel)."""
    return ord(ch) in _STRIP_TABLE
