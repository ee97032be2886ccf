"""Title and role phrases around names, and their matching keys.

A title run is a stretch of words that starts with a role head ("وزير", "المبعوث",
"الفريق") and continues over words that can belong to a noun phrase of that head:
definite words, prepositional genitives ("للأمم", "لمنطقة"), an indefinite construct
chain right after an indefinite word ("رئيس حزب ..."), fillers ("العام", "الخاص", "أول")
and "في" + place. Anything else (a verb, a conjunction, punctuation) ends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasad.entities.lexicon import (
    GENERIC_ROLES,
    RANKS,
    ROLE_HEADS,
    TITLE_FILLERS,
    TITLE_PREMODIFIERS,
    UN_PHRASES,
    _bare,
    country_of_name,
    demonym_country,
    forms,
    is_un_word,
    role_key,
)
from rasad.entities.words import Word, normalize, strip_clitics

# Words that always end a title run (normalized).
STOP_WORDS = frozenset(
    normalize(w)
    for w in [
        # in the presence of: "أمير دولة الكويت | وبحضور الشيخ نواف"
        "بحضور",
        "أن",
        "إن",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
        "بأن",
        "وأن",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "عن",
        "من",
        "مع",
        "إلى",
        "الى",
        "إلي",
        "على",
        "علي",
        "قد",
        "لقد",
        "كان",
        "كانت",
        "ثم",
        "أو",
        "أم",
        "لا",
        "لم",
        "لن",
        "ما",
        "هو",
        "هي",
        "هم",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "حيث",
        "بعد",
        "قبل",
        "عند",
        "منذ",
        "خلال",
        "أمس",
        "اليوم",
        "غدا",
        "يوم",
        "صباح",
        "مساء",
        "أيضا",
        "أيضًا",
        "كما",
        "بينما",
        "فيما",
        "إلا",
        "لكن",
        # a cause or a topic: "نائب رئيس الاتحاد السعودي لكرة القدم | الاتحاد الكويتي
        # | بسبب تغييره"
        "بسبب",
        "جراء",
        "إثر",
        "عقب",
        "رغم",
        "بشأن",
        "حول",
        # the occasion: "الرئيس سانتوس رئيس جمهورية كولومبيا | بمناسبة ذكرى استقلال بلاده"
        "بمناسبة",
        "لمناسبة",
        "مناسبة",
        # a cable after its sender's titles: "وزير الداخلية | برقية تهنئة لفخامة الرئيس"
        "برقية",
        "برقيات",
        "برقيتي",
        "تهنئة",
        "تعزية",
        # someone's parents, whose name follows: "وزار وزير التعليم | والدي لين"
        "والد",
        "والدي",
        "والدة",
        "والدا",
        # how, after the doer's titles: "وزير الخارجية الإماراتي | بأشد العبارات"
        "بأشد",
        "بشدة",
        "بقوة",
    ]
)


def head_kind(word: Word) -> str:
    """ "role", "rank", "pre" (premodifier) or "" for a word."""
    return _head_kind(word.norm)


@lru_cache(maxsize=1 << 13)  # behind the stage's per-form caches: mostly new forms
def _head_kind(norm: str) -> str:
    f1, f2 = forms(norm)
    if f1 in RANKS or f2 in RANKS:
        return "rank"
    if f1 in ROLE_HEADS or f2 in ROLE_HEADS:
        return "role"
    if f1 in TITLE_PREMODIFIERS:
        return "pre"
    return ""


def is_definite(norm: str) -> bool:
    s = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return s.startswith("ال") or s.startswith("لل") or s[:3] in ("بال", "كال")


def has_preposition(norm: str) -> bool:
    s = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return s[:1] in "لب" and len(s) > 3 and not s.startswith("ال")


def is_filler(norm: str) -> bool:
    return _bare(norm) in TITLE_FILLERS or norm in ("في", "فى")


def gap_is_space(text: str, a: Word, b: Word) -> bool:
    """Only spaces (no punctuation, no line break) between two adjacent words."""
    gap = text[a.end : b.start]
    return not gap.strip() and "\n" not in gap


def gap_is_comma(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return "\n" not in gap and gap.strip() in ("،", ",", "-", "–", "ـ")


# acts after ب that end a title: "قام الوزير | بزيارة لجامعة", "بجولة", "بافتتاح"
_ACTS_AFTER_BI = frozenset(
    normalize(w)
    for w in [
        "زيارة",
        "زيارته",
        "جولة",
        "جولته",
        "افتتاح",
        "تدشين",
        "تكريم",
        "تفقد",
        "ترؤس",
        "استقبال",
        "توقيع",
        "إطلاق",
        "تسليم",
        # what is asked or praised: "طالبت الدكتورة ... | بضرورة توعية", "أشاد بجهود"
        "ضرورة",
        "عدم",
        "جهود",
        "الجهود",
        "الدور",
        "مواقف",
        # plain (form I) masdars of the acts asked: "طالب ... رئيس إقليم كردستان العراق
        # | بوقف القصف"
        "وقف",
        "منع",
        "رفع",
        "فتح",
        "عقد",
        "سحب",
        "فرض",
        "قطع",
        "حل",
        "طرد",
        "حظر",
    ]
)
# the chargé d'affaires' "بأعمال" is his title; after another word it is what is praised
ACTING_FOR = frozenset(normalize(w) for w in ("القائم", "قائم", "والقائم"))


def _derived_act_after_bi(word: Word) -> bool:
    """An indefinite masdar of a derived verb after ب, the act a verb asks for
    ("طالبت رئيسة الجمعية | بإعداد بروتوكول", "بتقديم", "بانتخاب", "باستئناف"): no
    title goes on over it. إفعال only with its hamza below ("بأعمال" is a plural:
    "القائم بأعمال"), and not a noun in ة ("بإدارة المرور" is a department)."""
    n = word.norm
    if not n.startswith("ب") or n.startswith("بال") or n.endswith("ه"):
        return False
    rest, surface = n[1:], word.text[1:].lstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if len(rest) == 5:
        # إفعال (إعداد), تفعيل (تقديم)
        return (surface[:1] == "إ" and rest[3] == "ا") or (rest[0] == "ت" and rest[3] == "ي")
    if len(rest) == 6:  # افتعال / انفعال (انتخاب, اعتقال)
        return rest[0] == "ا" and rest[2] == "ت" and rest[4] == "ا"
    return len(rest) == 7 and rest.startswith("است") and rest[5] == "ا"  # استفعال


# bodies that open a new phrase after a title's definite genitive (not المنظمة, also
# the adjective "organizing": "رئيس اللجنة المنظمة")
_BODIES_AFTER_A_TITLE = frozenset(
    normalize(w) for w in ("الاتحاد", "المجلس", "الحكومة", "الحزب", "الهيئة")
)

# tenure words and the time of holding, which come last in a title ("وزير الخارجية
# الأمريكي السابق", "رئيس فرنسا حينذاك")
_TENURE_ENDS = frozenset(
    {"السابق", "السابقه", "الاسبق", "الاسبقه", "سابق", "سابقا", "حينذاك", "انذاك", "حينها", "وقتها"}
)


def continues(prev: Word | None, word: Word, in_mention: bool, place: bool) -> bool:
    """May ``word`` continue a title run after ``prev``?"""
    n = word.norm
    if n in STOP_WORDS or strip_clitics(n) in STOP_WORDS:
        return False
    if n[:1] == "ب" and (n[1:] in _ACTS_AFTER_BI or _derived_act_after_bi(word)):
        return False
    if n == "باعمال" and (prev is None or prev.norm not in ACTING_FOR):
        return False  # "وأشاد الوزير | بأعمال الفنانة", not "القائم بأعمال السفارة"
    if (
        prev is not None
        and prev.norm in _TENURE_ENDS
        and not in_mention
        and head_kind(word) not in ("role", "rank")
        and not demonym_country(n)
    ):
        # "نائب رئيس مجلس النواب اللبناني السابق | التدخل الأميركي": the tenure word
        # closes the title; what follows is the next phrase
        return False
    if (
        prev is not None
        and is_definite(prev.norm)
        and head_kind(prev) not in ("role", "rank")
        and not prev.norm.endswith(("ي", "يه"))
        and n in _BODIES_AFTER_A_TITLE
    ):
        # a second body after a title's complete genitive is the next phrase: "نائب
        # رئيس الاتحاد السعودي لكرة القدم | الاتحاد الكويتي" (a definite noun takes no
        # definite genitive)
        return False
    if (
        prev is not None
        and prev.norm.startswith("ال")
        and prev.norm.endswith("ي")
        and demonym_country(prev.norm)
        and n.startswith("ال")
        and n.endswith("ات")
        and head_kind(word) not in ("role", "rank")
    ):
        # a feminine plural describes no singular title: "رئيس الوفد السوداني | الشركات
        # الإماراتية" is the next phrase, the verb's object
        return False
    if in_mention or place or head_kind(word) in ("role", "rank"):
        return True
    if is_filler(n) or is_definite(n) or has_preposition(n):
        return True
    if demonym_country(n):
        return True
    # indefinite word: only inside a construct chain of indefinite words
    return prev is not None and not is_definite(prev.norm) and not is_filler(prev.norm)


@dataclass(slots=True)
class TitleKey:
    role: str
    affiliation: frozenset[str]
    content: frozenset[str]
    # the affiliations in text order (iterating the frozenset follows string hashing,
    # which varies per process: ties between two countries must not)
    affiliation_order: tuple[str, ...] = ()

    def matches(self, other: TitleKey, entity_country: str | None = None) -> int:
        """Score (0 = no match) of this title-only phrase against an entity's title."""
        if not (
            self.role == other.role or self.role in GENERIC_ROLES or other.role in GENERIC_ROLES
        ):
            return 0
        known = other.affiliation | ({entity_country} if entity_country else set())
        if not self.affiliation <= known:
            return 0
        if not self.content <= other.content:
            return 0
        return 1 + len(self.affiliation) + len(self.content) + (self.role == other.role)


def title_key(words: list[Word]) -> TitleKey | None:
    """Key of a title phrase: role, affiliations (ISO codes, "UN"), content words."""
    role = ""
    affiliation: dict[str, None] = {}  # ordered set
    content: set[str] = set()
    joined = " ".join(strip_clitics(w.norm, keep_article=True) for w in words)
    if any(p in joined for p in UN_PHRASES):
        affiliation["UN"] = None
    skip_place = False
    for w in words:
        n = w.norm
        if n in ("في", "فى"):
            skip_place = True  # "في ليبيا" locates, it does not affiliate
            continue
        if skip_place:
            skip_place = False
            continue
        kind = head_kind(w)
        if not role and kind in ("role", "rank"):
            role = role_key(n)
            continue
        if kind == "pre" or is_filler(n):
            continue
        code = demonym_country(n) or country_of_name(w.text)
        if code:
            affiliation[code] = None
            continue
        if is_un_word(n):
            affiliation["UN"] = None
            continue
        bare = strip_clitics(n)
        if bare in ("امم", "متحده"):
            continue
        content.add(bare[:-1] if bare.endswith("ه") else bare)
    if not role:
        return None
    return TitleKey(role, frozenset(affiliation), frozenset(content), tuple(affiliation))
