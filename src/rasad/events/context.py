"""PLOVER context tags and REQUEST/REJECT modes from the words of the sentence.

Keyword sets (clitic-stripped, normalized forms) for the contexts of the PLOVER manual
that news sentences signal by vocabulary. A context is given when one of its words
occurs in the sentence; REQUEST and REJECT take the mode of what is asked for.
"""

from __future__ import annotations

from rasad.events import lexicon
from rasad.events.features import Analysis

CONTEXT_WORDS: dict[str, set[str]] = {
    "military": {
        "سلاح",
        "اسلحه",
        "تسليح",
        "عسكري",
        "عسكريه",
        "جيش",
        "ذخائر",
        "ذخيره",
        "دبابات",
        "صواريخ",
        "طائرات",
        "طايرات",
        "مقاتلات",
        "قوات",
        "دفاع",
        "معدات",
    },
    "economic": {
        "اقتصاد",
        "اقتصادي",
        "اقتصاديه",
        "تجاره",
        "تجاري",
        "استثمار",
        "استثمارات",
        "نفط",
        "بنك",
        "مالي",
        "ماليه",
        "اسعار",
        "تضخم",
        "ميزانيه",
        "صادرات",
        "واردات",
        "جمركيه",
    },
    "humanitarian": {"انساني", "انسانيه", "اغاثه", "لاجيين", "نازحين", "مساعدات", "غذاء", "ادويه"},
    "legal": {"محكمه", "قضاء", "قضايي", "قانون", "قانوني", "دستور", "محاكمه", "ادعاء", "دعوي"},
    "diplomatic": {"سفير", "سفاره", "دبلوماسي", "دبلوماسيه", "خارجيه", "مبعوث", "قنصل", "قنصليه"},
    "election": {"انتخابات", "انتخابي", "انتخابيه", "اقتراع", "مرشح", "مرشحين"},
    "legislative": {"برلمان", "نواب", "برلماني", "برلمانيه", "تشريعي"},
    "intelligence": {"استخبارات", "مخابرات", "تجسس", "جاسوس"},
    "terrorism": {"ارهاب", "ارهابي", "ارهابيه", "ارهابيين", "داعش", "القاعده"},
}
# what a request or rejection is about (PLOVER REQUEST/REJECT modes)
MODE_WORDS: dict[str, set[str]] = {
    "yield": {"افراج", "سراح", "هدنه", "رفع", "وقف", "انسحاب", "تخفيف"},
    "change": {"استقاله", "اقاله", "تغيير", "اصلاح", "اصلاحات", "رحيل", "تنحي"},
    "meet": {"لقاء", "اجتماع", "محادثات", "مفاوضات", "حوار", "قمه"},
    "assist": {
        "تزويد",
        "توريد",
        "مساعده",
        "مساعدات",
        "دعم",
        "سلاح",
        "اسلحه",
        "تسليح",
        "معونه",
        "امداد",
    },
}


def contexts(analysis: Analysis) -> list[str]:
    cores = analysis.words()[1]
    return [name for name, words in CONTEXT_WORDS.items() if cores & words]


def asked_contexts(analysis: Analysis, trigger_index: int, limit: int = 20) -> list[str]:
    """Contexts of what a request or rejection is about: the words after the trigger up
    to the end of its clause ("يطلب فيها توريد أسلحة" is military whatever else the
    sentence speaks of)."""
    toks = analysis.tokens
    cores = set()
    for j in range(trigger_index + 1, min(len(toks), trigger_index + 1 + limit)):
        gap = analysis.text[toks[j - 1].end : toks[j].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            break
        cores |= _forms(toks[j].core)
    return [name for name, words in CONTEXT_WORDS.items() if cores & words]


# words that make the noun after them the time or setting, not what is asked: "دعت
# الرئاسات خلال اجتماع عقدته إلى إصلاح"
_SETTING_BEFORE = {"خلال", "اثناء", "عقب", "بعد", "قبل", "لدي", "ختام", "هامش"}


def request_mode(analysis: Analysis, trigger_index: int) -> str | None:
    """The mode of the first word after the trigger that names what is asked for (not
    the meeting it was asked in)."""
    toks = analysis.tokens
    for k in range(trigger_index + 1, min(len(toks), trigger_index + 12)):
        tok = toks[k]
        if toks[k - 1].norm.lstrip("و") in _SETTING_BEFORE:
            continue
        for mode, words in MODE_WORDS.items():
            if _forms(tok.core) & words:
                return mode
    return None


def _forms(core: str) -> set[str]:
    """The core and, for a short word, the core without a preposition clitic (بوقف)."""
    if len(core) == 4 and core[0] in "بل":
        return {core, core[1:]}
    return {core}
