"""Gender agreement between a definite noun and the definite word after it.

Used by the NER rules and the events roles to tell where a noun phrase ends: an
adjective agrees with its noun, so a masculine word after a definite feminine
singular is no adjective of it but the next phrase ("رفضت الوزارة المقترح",
"اتهمت الشرطة السائق"); nor is a plural nisba ("واتهمت الحكومة | الحوثيين"). Works
on normalized forms (ة written ه, ى written ي).
"""

from __future__ import annotations

# how an adjective of a feminine singular noun ends: الجديده، السعوديه، الكبري، العليا
# (also plurals and duals, which are no masculine singular either)
_FEMININE_OR_PLURAL_ENDINGS = ("ه", "ي", "ا", "ات", "ين", "ون", "ان")


# broken plurals of people that end in ة like a feminine singular: "القادة السعوديون"
_PLURALS_IN_TA = {"القاده", "الساده", "الساسه", "الطلبه", "الخونه", "الكفره", "الفجره"}


# abstract nouns in -ية, shaped like a feminine nisba but no adjective of a body:
# "حمّل الحكومة | المسؤولية"
ABSTRACT_IN_YA = frozenset({"المسووليه", "الحريه", "الاولويه", "الهويه", "العضويه"})

# nationalities in a broken plural, which no nisba ending marks, with their state
# ("المسؤولون الأتراك"; "" for peoples)
BROKEN_PLURAL_DEMONYMS = {
    "اتراك": "TUR",
    "روس": "RUS",
    "المان": "DEU",
    "انجليز": "GBR",
    "امريكان": "USA",
    "افغان": "AFG",
    "عرب": "",  # peoples, not states
    "اكراد": "",
}


def broken_plural_nationality(norm: str) -> bool:
    """A nationality in a broken plural, with or without the article (الأتراك، روس):
    an adjective of plural people, though no nisba ending marks it."""
    return norm.removeprefix("ال") in BROKEN_PLURAL_DEMONYMS


def definite_feminine_singular(norm: str) -> bool:
    """A definite word in ة that is no broken plural (not -اة: القضاه, nor القادة)."""
    return (
        norm.startswith("ال")
        and norm.endswith("ه")
        and not norm.endswith("اه")
        and norm not in _PLURALS_IN_TA
    )


def masculine_after_feminine(prev: str, word: str) -> bool:
    """``prev`` is a definite feminine singular (الوزاره، الحكومه; not a nisba in -يه)
    and ``word`` a definite masculine singular that cannot describe it; both in
    normalized form, without a conjunction."""
    return (
        prev.startswith("ال")
        and prev.endswith("ه")
        and not prev.endswith("يه")
        and prev not in _PLURALS_IN_TA  # "القادة | العرب" is one phrase
        and len(prev) >= 5
        and word.startswith("ال")
        and len(word) >= 5
        and not word.endswith(_FEMININE_OR_PLURAL_ENDINGS)
        and not (word[2] == "ا" and len(word) == 6)  # an elative: الاكبر، الاعلي
    )


def plural_nisba_after_feminine(prev: str, word: str) -> bool:
    """``prev`` is a definite feminine singular and ``word`` a definite plural nisba
    (-يين/-يون), which cannot describe it: its adjective would be feminine singular too
    ("الحكومه اليمنيه"). Normalized forms, no conjunction."""
    return (
        definite_feminine_singular(prev) and word.startswith("ال") and word.endswith(("يين", "يون"))
    )
