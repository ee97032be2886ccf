"""Matching forms of Arabic tokens for the NER model.

The model has its own folding (independent of the segment stage) so that training on
ANERcorp tokens and tagging ``doc.tokens`` see exactly the same features.
"""

from __future__ import annotations

import re

from rasad.text.normalize import DIGIT_FOLD, LETTER_FOLD

# diacritics, tatweel, and invisible format marks (RLM, ZWNJ, BOM) that stick to tokens
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_FOLD = str.maketrans({**LETTER_FOLD, **DIGIT_FOLD})  # fixed: the model's features
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")

# Proclitic sequences tried longest first: conjunction, preposition, article.
_PROCLITICS = (
    "وبال",
    "وكال",
    "فبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ال",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)


# the sequences by their first letter, in the same order (most tokens start with none)
_PROCLITICS_BY_FIRST = {
    first: tuple(p for p in _PROCLITICS if p[0] == first) for first in {p[0] for p in _PROCLITICS}
}


def normalize(text: str) -> str:
    """Fold diacritics, tatweel, hamza/alef forms, alef maqsura, ta marbuta and digits."""
    return _DIACRITICS.sub("", text).translate(_FOLD)


def is_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def split_proclitics(norm: str) -> tuple[str, str]:
    """Split a normalized token into (proclitics, rest); keeps at least 2 letters of rest.

    A heuristic: "وروسيا" -> ("و", "روسيا"), "للامم" -> ("لل", "امم"). Ambiguous
    splits ("ولايه") are resolved by the model from context and cluster features, not here.
    """
    for p in _PROCLITICS_BY_FIRST.get(norm[:1], ()):
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return p, norm[len(p) :]
    return "", norm
