"""Organisation rules applied after the model (``rasad tag`` and the "ner" stage alike).

An organisation head noun (حزب، منظمة، جامعة ...) followed by a chain of definite
nouns and adjectives is an organisation name ("<head> الـX الـY"); names in quotes after
a group or newspaper noun are organisations (the quotes and the head stay outside, as in
ANERcorp). Which heads start a name follows the ANERcorp convention, measured on its
training part (``training/ner_org_rules.py``): generic heads such as الحكومة or وزارة
are not names there and are not listed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rasad.ner.countries import demonym_country
from rasad.ner.normalize import normalize
from rasad.text.agreement import (
    ABSTRACT_IN_YA,
    masculine_after_feminine,
    plural_nisba_after_feminine,
)

# Heads (normalized, without article and clitics) whose "<head> <definite chain>" is an
# exact ORG chunk in most of its ANERcorp train occurrences (training/ner_org_rules.py).
# Measured rule precision (train part): حزب .85, بنك .78, جامعة .68, منظمة .62; left out:
# مجلس .40, اتحاد .35, تنظيم .31, جيش .03, حكومة/وزارة/حركة/هيئة/لجنة/قوات/شركة 0.
ORG_HEADS = frozenset({"حزب", "منظمه", "جامعه", "بنك"})
# Nouns after which a quoted name is an organisation ("صحيفة «...»", "جماعة "...""),
# the head itself outside the name (precision .93 on the train part).
QUOTE_HEADS = frozenset({"جماعه", "تنظيم", "حركه", "صحيفه", "وكاله", "شركه", "مجموعه"})
_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'"}
# The days of the week and "today": never a name's last word ("منظمة العفو الدولية الخميس").
DAY_WORDS = frozenset(
    normalize(w)
    for w in ["اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
)
# Definite words that end a name chain: time words, relatives and determiners.
_CHAIN_STOP = DAY_WORDS | frozenset(
    normalize(w)
    for w in [
        "الأمس",
        "الماضي",
        "الماضية",
        "المقبل",
        "المقبلة",
        "الحالي",
        "الحالية",
        "الجاري",
        "الأسبوع",
        "الشهر",
        "العام",
        "السنة",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللواتي",
        "اللاتي",
        "الآن",
        "الأول",
        "الأولى",
        "الثاني",
        "الثانية",
        "الأخير",
        "الأخيرة",
        "السابق",
        "السابقة",
        "الجديد",
        "الجديدة",
        "التابع",
        "التابعة",
        # a meeting's state and a count, after the body's name ("جمعية القضاة
        # المنعقد", "الجمعية العمومية المقرر", "نقابة التعليم العديد")
        "المنعقد",
        "المنعقدة",
        "المقرر",
        "المقررة",
        "العديد",
    ]
)
# Civil-society bodies, named "<head> <nisba> <لـ-purpose>" ("الرابطة التونسية للدفاع عن
# حقوق الإنسان", "المرصد السوري لحقوق الإنسان", "النقابة الوطنية للصحفيين التونسيين"):
# their purpose is part of the name after a country's adjective too, which a government
# or a ministry's is not ("الحكومة الألمانية للمملكة").
CIVIC_HEADS = frozenset(
    normalize(w) for w in ("رابطه", "جمعيه", "نقابه", "مرصد", "منتدى", "كنفدراليه", "منظمه")
)
# The extraction pipeline serves analysts, for whom a government, council or ministry
# is an actor like any other: it also names bodies by these generic heads ("حكومة X
# الوطني", "مجلس <noun> الـY"), which ANERcorp leaves untagged. `rasad tag` (scored
# in the ANERcorp convention) does not use them.
ANALYST_ORG_HEADS = ORG_HEADS | frozenset(
    normalize(w)  # (هيئة is "هييه" once normalized: written raw, it never matched)
    for w in (
        "حكومه",
        "مجلس",
        "وزاره",
        "هيئه",
        "لجنه",
        "اتحاد",
        "منظمه",
        "جماعه",
        "حركه",
        *CIVIC_HEADS,
    )
)
# the adjectives of an institution's name, after which a لـ-purpose is part of it
_INSTITUTIONAL = frozenset(
    normalize(w)
    for w in [
        "العام",
        "العامة",
        "الوطني",
        "الوطنية",
        "الأعلى",
        "العليا",
        "العربي",
        "العربية",
        "الدولي",
        "الدولية",
        "الإسلامي",
        "الإسلامية",
        "المستقلة",
        "الدائمة",
        "الاتحادي",
        "الاتحادية",
        "المركزي",
        "المركزية",
        "الجهوي",
        "الجهوية",
    ]
)


def _country_adjective(norm: str) -> bool:
    """A definite nationality adjective: "التونسية", "السوري"."""
    return norm.startswith("ال") and demonym_country(norm) is not None


def _adjective_like(norm: str) -> bool:
    """A definite word that can describe the noun before it: a nisba (الوطنية،
    التونسيين), a participle in م (المتحدة، المستقلة) or of the فاعل shape (الحاكم), a
    فعيل adjective (الكبير), or a name's adjective (الأعلى)."""
    if norm in ABSTRACT_IN_YA:
        return False
    return (
        norm.endswith(("ي", "يه", "يين", "يون", "يات"))
        or norm.startswith("الم")
        # فاعل and فعيل: "الحزب الحاكم", "المجلس الكبير"
        or (len(norm) in (6, 7) and (norm[3] == "ا" or norm[4] == "ي"))
        or norm in _NAME_ADJECTIVES
        or norm in _INSTITUTIONAL  # (the general adjectives among them)
    )


# a body's purpose, defending something: "منظمة الدفاع عن المستهلك"
_DEFENCE = frozenset(normalize(w) for w in ["الدفاع", "للدفاع"])
_ABOUT = frozenset(normalize(w) for w in ["عن", "على"])
# "general", not "the year", right after a body's head: "الاتحاد العام التونسي للشغل"
_GENERAL = frozenset(normalize(w) for w in ["العام", "العامة"])
# Particles that never stand inside a name's genitive chain.
_NOT_IN_NAME = frozenset(
    normalize(w)
    for w in [
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "مع",
        "بين",
        "حول",
        "ضد",
        "عبر",
        "منذ",
        "بعد",
        "قبل",
        "أمام",
        "خلال",
        "لدى",
        "عند",
        "حتى",
        "أن",
        "إن",
        "لا",
        "ما",
    ]
)
RULE_CONFIDENCE = 0.7  # reported confidence of rule-added tokens
_CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


@lru_cache(maxsize=30_000)  # every untagged token asks: per form, bounded
def _head(norm: str) -> str:
    """A token without its conjunction, preposition and article ("وللمجلس" -> "مجلس")."""
    for clitic in _CLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 3:
            return norm[len(clitic) :]
    return norm


def _chain_word(norm: str) -> bool:
    """A definite noun or adjective that can continue a name (no conjunction, no
    preposition in front: "و"/"ب" end the chain)."""
    return norm.startswith("ال") and len(norm) >= 4 and norm not in _CHAIN_STOP


def _definite(norm: str) -> bool:
    """A word with the article, also behind a conjunction or preposition."""
    return norm.startswith(("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"))


def _purpose_phrase(before: str, norm: str, heads: frozenset[str]) -> bool:
    """After a definite word no idafa starts, but a name goes on with a لـ-phrase after
    its adjective ("الاتحاد الإنجليزي لكرة القدم", "المجلس الأعلى للدفاع الوطني"); not
    after a genitive noun, not with a pronoun, and not to another body, which belong to
    the sentence ("وزارة العدل للمؤشر العقاري", "الحكومة التونسية لعلاقاتها",
    "اللجنة الاستشارية للحكومة")."""
    return (
        norm.startswith("ل")
        and not norm.endswith(("ها", "هم", "هما"))
        and (_head(norm) not in heads or _head(norm) in _MEMBERS_BODIES)
        and (before.endswith(("ي", "يه")) or before in _NAME_ADJECTIVES)
    )


# bodies whose own councils and offices are named after them: "المجلس الوطني لجمعية
# القضاة التونسيين", "المكتب التنفيذي للنقابة"
_MEMBERS_BODIES = frozenset(normalize(w) for w in ("جمعيه", "رابطه", "نقابه"))


# adjectives of a body's name that are no nisba ("المجلس الأعلى", "اللجنة الدائمة")
_NAME_ADJECTIVES = frozenset(
    normalize(w)
    for w in ["الأعلى", "العليا", "الدائمة", "الدائم", "العامة", "المستقلة"]
    # the young of a body's members: "الجمعية الوطنية للصحفيين الشبان"
    + ["الشبان", "الشباب"]
)


# definite plurals of people that follow a body's name as the sentence's object, never
# as its adjective ("حثت الحكومة الأهالي")
_PEOPLE = frozenset(
    normalize(w)
    for w in ["الأهالي", "السكان", "الناس", "الطلاب", "العمال", "الأطفال", "النساء", "الشباب"]
)


def _disagrees(before: str, word: str) -> bool:
    """A definite -ين/-ون plural after a definite feminine singular is no adjective of
    it but a new phrase, the object of the sentence ("دعت الوزارة المواطنين"); after an
    indefinite head it is a genitive ("حركة المجاهدين")."""
    if _definite(before) and word in _PEOPLE:
        return True
    if _definite(before) and masculine_after_feminine("ال" + _head(before), word):
        return True  # "الوزارة المقترح": a masculine word describes no feminine noun
    if _definite(before) and plural_nisba_after_feminine("ال" + _head(before), word):
        return True  # a plural nisba describes no feminine singular: "الحكومة | الحوثيين"
    return (
        _definite(before)
        and before.endswith("ه")
        and len(word) > 6
        and word.endswith(("ين", "ون"))
        and not word.endswith(("يين", "يون"))
    )


def _bare_noun(token: str, norm: str) -> bool:
    """An indefinite Arabic word that may be the first part of a genitive construct."""
    return (
        len(norm) >= 3
        and norm not in _NOT_IN_NAME
        and not norm.startswith(("و", "ف"))
        and all("\u0621" <= ch <= "\u064a" for ch in norm)
        and token.isalpha()
    )


def apply_org_rules(
    tokens: list[str],
    labels: list[str],
    *,
    heads: frozenset[str] = ORG_HEADS,
    quote_heads: frozenset[str] = QUOTE_HEADS,
    max_chain: int = 3,
    norms: list[str] | None = None,
    extend_left: bool = False,
    extend_right: bool = False,
    idafa: bool = False,
) -> list[str]:
    """Labels with rule-found organisations added where the model left tokens untagged.

    ``norms``: the tokens' ``normalize`` forms when the caller has them (cached).
    ``idafa``: one indefinite noun may stand inside the chain when a definite word
    follows it ("مجلس حقوق الإنسان", "وزارة شؤون المرأة")."""
    labels = list(labels)
    if norms is None:
        norms = [normalize(t) for t in tokens]
    n = len(tokens)
    i = 0
    while i < n:
        if labels[i] != "O":  # both rules start at an untagged head
            i += 1
            continue
        # a head that itself starts with a clitic letter (لجنة) is taken as written
        head = norms[i] if norms[i] in heads or norms[i] in quote_heads else _head(norms[i])
        if head in quote_heads and i + 1 < n and tokens[i + 1] in _OPEN_QUOTES:
            close = _OPEN_QUOTES[tokens[i + 1]]
            j = i + 2
            while j < n and j < i + 7 and tokens[j] != close:
                j += 1
            if (
                j < n
                and tokens[j] == close
                and j > i + 2
                and all(lab == "O" for lab in labels[i + 2 : j])
            ):
                labels[i + 2 : j] = ["B-ORG"] + ["I-ORG"] * (j - i - 3)
                i = j + 1
                continue
        if head in heads:
            j = i + 1
            bare = 0  # indefinite nouns taken into the chain (idafa)
            while j < n and j - i <= max_chain and labels[j] == "O":
                general = (
                    idafa
                    and j == i + 1
                    and norms[j] in _GENERAL
                    and j + 1 < n
                    and labels[j + 1] == "O"
                    and (
                        _chain_word(norms[j + 1]) or _purpose_phrase(norms[j], norms[j + 1], heads)
                    )
                )
                if general or (
                    _chain_word(norms[j])
                    and not _disagrees(norms[j - 1], norms[j])
                    # (analysts' heads) after a definite word only its adjective goes on:
                    # a definite noun takes no genitive ("قررت الهيئة | التعليق",
                    # "جمعية حقوق الإنسان | التصريحات")
                    and not (idafa and _definite(norms[j - 1]) and not _adjective_like(norms[j]))
                    # a body's noun after a definite word is the next phrase, not an
                    # adjective ("مجلس حقوق الإنسان الحكومة"); after the head it is the
                    # genitive ("حزب الحركة القومية")
                    and not (
                        _definite(norms[j - 1])
                        and _head(norms[j]) != "منظمه"  # also "organising": اللجنة المنظمة
                        and (_head(norms[j]) in heads or _head(norms[j]) in quote_heads)
                    )
                ):
                    j += 1
                elif (
                    idafa
                    and not bare
                    and (
                        not _definite(norms[j - 1])
                        or norms[j] == "غير"  # "المنظمة اللبنانية غير الحكومية"
                        or (j - i > 1 and _purpose_phrase(norms[j - 1], norms[j], heads))
                    )
                    and j + 1 < n
                    and labels[j + 1] == "O"
                    and _chain_word(norms[j + 1])
                    and _bare_noun(tokens[j], norms[j])
                ):
                    bare += 1
                    j += 1
                elif (
                    idafa
                    and norms[j] in _ABOUT
                    and norms[j - 1] in _DEFENCE
                    and j + 1 < n
                    and labels[j + 1] == "O"
                    and (_chain_word(norms[j + 1]) or _bare_noun(tokens[j + 1], norms[j + 1]))
                ):
                    # what a body defends: "منظمة الدفاع عن المستهلك", "الرابطة
                    # التونسية للدفاع عن حقوق الإنسان" (also written "على")
                    bare = 0
                    j += 1
                elif (
                    idafa
                    and not bare
                    and j - i > 1
                    and norms[j].startswith("لل")
                    and _purpose_phrase(norms[j - 1], norms[j], heads)
                    and _bare_noun(tokens[j], norms[j])
                    # a body's own adjective before it ("الشركة الوطنية للسكك"), not a
                    # sentence's purpose or party ("هيئة الطيران المدني للبدء",
                    # "الحكومة الألمانية للمملكة")
                    and (
                        any(norms[k] in _INSTITUTIONAL for k in range(i + 1, j))
                        or norms[j] in _DEFENCE
                        or (head in CIVIC_HEADS and j == i + 2 and _country_adjective(norms[j - 1]))
                    )
                ):
                    # a definite purpose ends the name or goes on with its adjectives
                    # and the other fields joined to it: "الاتحاد العام التونسي للشغل",
                    # "للسكك الحديدية", "الهيئة العامة للغذاء والدواء"
                    bare += 1
                    j += 1
                    while (
                        j < n
                        and j - i <= max_chain
                        and labels[j] == "O"
                        and norms[j].startswith("وال")
                        and len(norms[j]) >= 5
                    ):
                        j += 1
                else:
                    break
            if j > i + 1 and (j == n or not labels[j].startswith("I-")):
                labels[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
                i = j
                continue
        i += 1
    if extend_left or extend_right:
        _extend(labels, norms, heads, extend_left, extend_right)
    return labels


# Places and bodies named after a royal: "مستشفى الملك فهد", "جامعة الملك سعود",
# "مطار الملك خالد الدولي", "مركز الأمير سلطان": the head, the rank and the person's
# name are one organisation, not a title and a person (pipeline only, like the analyst
# heads: ANERcorp has no such convention to score it against).
ROYAL_NAMED_HEADS = frozenset(
    normalize(w)
    for w in [
        "مستشفى",
        "جامعة",
        "مدينة",
        "مطار",
        "مركز",
        "مجمع",
        "كلية",
        "معهد",
        "مؤسسة",
        "جائزة",
        "قاعدة",
        "ميناء",
        "جسر",
        "طريق",
        "شارع",
        "برنامج",
        "صندوق",
        "مكتبة",
        "ملعب",
        "استاد",
        "مسجد",
        "دارة",
        "واحة",
        "أكاديمية",
    ]
)
_ROYAL_RANKS = frozenset(normalize(w) for w in ["الملك", "الأمير", "الأميرة", "الشيخ"])
_NAME_LINKS = frozenset(normalize(w) for w in ["بن", "بنت", "آل"])


def royal_named_bodies(
    labels: list[str], norms: list[str], given_name: Callable[[str], bool] | None = None
) -> list[str]:
    """Labels with "<head> <rank> <person's name> [definite adjectives]" as one ORG where
    the model tagged the name as a person (or a title and a person), or left untagged a
    word ``given_name`` knows for a name ("مركز الملك سلمان للإغاثة")."""
    labels = list(labels)
    n = len(norms)
    i = 0
    while i + 2 < n:
        if not (
            _head(norms[i]) in ROYAL_NAMED_HEADS
            # untagged, or the model's organisation that stops at the rank ("جامعة
            # الملك" + "سعود" as a person)
            and (labels[i] == "O" or labels[i] == "B-ORG" and labels[i + 1] == "I-ORG")
            and norms[i + 1] in _ROYAL_RANKS
            and (
                labels[i + 2].endswith("PERS")
                or labels[i + 2] == "O"
                and given_name is not None
                and given_name(norms[i + 2])
            )
        ):
            i += 1
            continue
        # the royal's name: a first name, then only "بن X", "آل X", "عبد X" links (the
        # model's person run may go on into a place or the next person's rank)
        j = i + 3
        while (
            j < n
            and labels[j] == "I-PERS"
            and (norms[j] in _NAME_LINKS or norms[j - 1] in _NAME_LINKS or norms[j - 1] == "عبد")
        ):
            j += 1
        # its nisba adjectives: "التخصصي", "الدولي" ("للعلوم" and a title after it, as
        # "الدكتور", stay outside)
        while (
            j < n
            and j - i < 8
            and labels[j] in ("O", "I-PERS")
            and _chain_word(norms[j])
            and norms[j].endswith(("ي", "يه"))
        ):
            j += 1
        labels[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
        i = j
    return labels


# the links of a name that a word must follow (not آل, whose family name may stand alone)
_SON_OF = (_NAME_LINKS - {normalize("آل")}) | frozenset(normalize(w) for w in ["ابن", "ابنة"])


def name_link_tails(tokens: list[str], labels: list[str], norms: list[str]) -> list[str]:
    """Labels with a person's name that the model ended on "بن"/"بنت" ("معز بن | غربية")
    taken on over the next word: a name never ends on its link, and the word after it is
    the father's or the family's name, whatever it looks like (غربية reads as "western")."""
    labels = list(labels)
    for j in range(1, len(labels)):
        if (
            labels[j] == "O"
            and labels[j - 1].endswith("PERS")
            and norms[j - 1] in _SON_OF
            and len(norms[j]) >= 2
            and norms[j] not in _NOT_IN_NAME
            and tokens[j].isalpha()
        ):
            labels[j] = "I-PERS"
    return labels


# nouns of a collective party that begin a phrase of their own after a definite word
# (قوى, "القوى الحية", the powers; as an adjective, strong, it names no body's word)
_BODY_NOUNS = frozenset({"مجتمع", "امم", "جيش", "شرطه", "قوات", "سلطات", "دول", "قوي"})


def split_glued_bodies(
    labels: list[str],
    norms: list[str],
    heads: frozenset[str],
    surname: Callable[[str], bool] | None = None,
) -> list[str]:
    """Labels with an organisation span cut where a second body's definite head noun
    follows a definite word inside it: "الاتحاد السعودي لكرة القدم | الاتحاد الكويتي",
    "الحكومة اليمنية | المجتمع الدولي" are two phrases, the second often the object of
    the verb before them. Not a genitive after the article-less ل ("الأمانة العامة لمجلس
    التعاون"), nor "المنظمة" as an adjective ("اللجنة المنظمة"). A plural noun after the
    body's nisba ends the span ("الحكومة العراقية | الغارات التركية"). ``surname``: whether
    a word is a family name, which starts a person after the body's feminine nisba
    ("وزارة الخزانة الأميركية | الكواري")."""
    out = list(labels)
    for j in range(1, len(out)):
        if out[j] == "I-ORG" and _construct_after_nisba(norms, j, heads):
            out[j] = "B-ORG"  # "منظمة العفو الدولية | قوات الأمن المصرية"
            continue
        if out[j] != "I-ORG" or not norms[j].startswith("ال") or not _definite(norms[j - 1]):
            continue
        head = _head(norms[j])
        if (head in heads or head in _BODY_NOUNS) and head != "منظمه":
            out[j] = "B-ORG"
        elif _plural_after_adjective(norms, j) or _plural_after_singular(norms, j):
            # "الحكومة العراقية | الغارات التركية": a plural noun after the body's
            # adjective is no part of its name, nor are the adjectives after it
            k = j
            while k < len(out) and out[k] == "I-ORG":
                out[k] = "O"
                k += 1
        elif surname is not None and _surname_after_nisba(norms, j, surname):
            # a masculine nisba after a feminine one describes no word of the name
            # (unlike "مجلس الأمة الكويتي", whose الكويتي describes مجلس)
            out[j] = "B-PERS"
            k = j + 1
            while k < len(out) and out[k] == "I-ORG":
                out[k] = "I-PERS"
                k += 1
    return out


def _construct_after_nisba(norms: list[str], j: int, heads: frozenset[str]) -> bool:
    """A body's head without the article (a construct: "قوات الأمن") right after a
    definite nisba adjective ("الدولية"): the adjective closed the first name, whose
    words agree in definiteness, so a second body starts."""
    word, before = norms[j], norms[j - 1]
    return (
        not _definite(word)
        and word[:1] not in "وفبل"
        and (word in heads or word in _BODY_NOUNS)
        and before.startswith("ال")
        and len(before) >= 6
        and before.endswith(("ي", "يه"))
    )


def _surname_after_nisba(norms: list[str], j: int, surname: Callable[[str], bool]) -> bool:
    word, before = norms[j], norms[j - 1]
    return (
        before.endswith("يه")
        and len(before) >= 6
        and word.endswith("ي")
        and len(word) >= 5
        and surname(word)
    )


def _plural_after_adjective(norms: list[str], j: int) -> bool:
    """A definite feminine plural noun (الغارات، الانتهاكات) right after a definite nisba
    adjective (العراقية، الدولي): an adjective after a nisba agrees with the noun, and a
    non-human plural takes a feminine singular one, so this is a new phrase (not a
    plural nisba, السعوديات)."""
    word, before = norms[j], norms[j - 1]
    return (
        len(word) >= 6
        and word.endswith("ات")
        and not word.endswith("يات")
        and before.startswith("ال")
        and len(before) >= 5
        and before.endswith(("ي", "يه"))
    )


def _plural_after_singular(norms: list[str], j: int) -> bool:
    """A definite -ات plural right after a definite singular noun ("المجلس | الاتحادات"):
    no genitive (a definite word heads none) and no adjective (a singular noun's adjective
    is singular), so the subject has ended and the object begun."""
    word, before = norms[j], norms[j - 1]
    return (
        len(word) >= 7
        and word.endswith("ات")
        and len(before) >= 5
        and before.startswith("ال")
        and not before.endswith(("ات", "ين", "ون", "ان", "اء"))
    )


def civic_purpose_tails(tokens: list[str], labels: list[str], norms: list[str]) -> list[str]:
    """A civil-society body the model cut after its country adjective ("المنظمة التونسية |
    لمناهضة التعذيب"): the name goes on with its لـ-purpose, as the analyst rules read an
    untagged one."""
    out = labels
    for i in range(len(labels) - 2):
        if not (
            labels[i] == "B-ORG"
            and labels[i + 1] == "I-ORG"
            and labels[i + 2] == "O"
            and _head(norms[i]) in CIVIC_HEADS
            and norms[i + 2].startswith("ل")
        ):
            continue
        trial = list(out)
        trial[i : i + 2] = ["O", "O"]
        ruled = apply_org_rules(
            tokens, trial, norms=norms, heads=ANALYST_ORG_HEADS, idafa=True, max_chain=5
        )
        if ruled[i] == "B-ORG" and ruled[i + 2] == "I-ORG":
            out = ruled
    return out


def _extend(labels: list[str], norms: list[str], heads, left: bool, right: bool) -> None:
    """Grow tagged ORG spans: over an untagged head noun just before ("<head> <ORG>") and
    over definite nisba adjectives just after ("<ORG> الـXي/الـXية")."""
    n = len(labels)
    for i in range(n):
        if labels[i] != "B-ORG":
            continue
        if left and i > 0 and labels[i - 1] == "O" and _head(norms[i - 1]) in heads:
            labels[i - 1], labels[i] = "B-ORG", "I-ORG"
        if right:
            j = i + 1
            while j < n and labels[j] == "I-ORG":
                j += 1
            while (
                j < n
                and labels[j] == "O"
                and _chain_word(norms[j])
                and (norms[j].endswith("ي") or norms[j].endswith("يه"))
                and norms[j] not in ABSTRACT_IN_YA
            ):
                labels[j] = "I-ORG"
                j += 1
