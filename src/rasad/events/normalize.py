"""Matching forms for event triggers and actors.

The events stage keeps its own small, fixed normalizer so that the trained salience
model sees exactly the same features at training and at run time whatever the
segmenter's token analysis becomes. Everything here is pure string work on one
sentence, cheap enough to run on every sentence of every article.
"""

from __future__ import annotations

import re

from rasad.text.normalize import DIGIT_FOLD, LETTER_FOLD, PERSIAN_FOLD

# bound of the per-word-form caches of the events stage: past ~30k forms the hit rate
# gains little and the entries only cost memory and garbage-collector time
WORD_CACHE = 30_000

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {**LETTER_FOLD, **DIGIT_FOLD, **PERSIAN_FOLD, "ـ": ""}  # fixed: the model's features
)
# A token: a run of Arabic/Latin letters and digits; everything else separates.
TOKEN_RE = re.compile(
    r"[0-9A-Za-z\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u0610-\u061a\u064b-\u065f\u0670\u0640]+"
)

_PROCLITIC_ARTICLE = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
_SUFFIXES = (
    "اتهم",
    "اتها",
    "هما",
    "كما",
    "تين",
    "يين",
    "ات",
    "ون",
    "ين",
    "ان",
    "ها",
    "هم",
    "ه",
    "ي",
)


def normalize(text: str) -> str:
    """Fold diacritics, tatweel, hamza/alef, alef maqsura and ta marbuta."""
    return _DIACRITICS.sub("", text).translate(_FOLD)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalized form) of every word token in ``text``."""
    return [(m.start(), m.end(), normalize(m.group())) for m in TOKEN_RE.finditer(text)]


def strip_proclitics(norm: str) -> str:
    """Drop a conjunction/preposition and the article: وبالهجوم -> هجوم."""
    for p in _PROCLITIC_ARTICLE:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p) :]
    if len(norm) >= 4 and norm[0] in "وف":
        rest = norm[1:]
        for p in _PROCLITIC_ARTICLE:
            if rest.startswith(p) and len(rest) - len(p) >= 2:
                return rest[len(p) :]
        return rest if len(rest) >= 3 else norm
    if len(norm) >= 5 and norm[0] in "بلك":
        return norm[1:]
    return norm


# _SUFFIXES by length, longest first: a word ends in at most one suffix of each length,
# so the first of _SUFFIXES that fits is the longest that fits (one slice and one set
# look-up per length instead of an endswith per suffix)
_SUFFIX_SETS = tuple(
    (n, frozenset(s for s in _SUFFIXES if len(s) == n))
    for n in sorted({len(s) for s in _SUFFIXES}, reverse=True)
)
assert [s for _n, group in _SUFFIX_SETS for s in _SUFFIXES if s in group] == list(_SUFFIXES)


def lemma_key(norm: str) -> str:
    """A rough lemma: proclitics, article, number/gender and pronoun suffixes removed.

    Used to match the PETRARCH dictionaries, whose entries are written as lemmas
    without the article ("وزارة_دفاع_أميركي_").
    """
    stem = strip_proclitics(norm)
    for _round in range(2):  # الاميركيه -> اميركي -> اميرك, like اميركي -> اميرك
        for n, group in _SUFFIX_SETS:
            if len(stem) - n >= 3 and stem[-n:] in group:
                stem = stem[:-n]
                break
        else:
            break
    return stem


# endings a dictionary word takes in running text: sound plurals and duals, the construct
# plural (مسلحي), pronoun suffixes, and for a feminine word in ة its ت before them
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم", "ي")
_ENDINGS = frozenset(("ون", "ين", "ان", "ات", "و", *_PRONOUNS))
_FEMININE_ENDINGS = frozenset(
    ("ات", "تان", "تين", "تا", *("ت" + p for p in _PRONOUNS), *("ات" + p for p in _PRONOUNS))
)
# a nisba adjective's endings (مصري، مصرية، مصريون ...): of a country's name, its people
_NISBA = frozenset(("ي", "يه", "يون", "يين", "يان", "يات", "يتان", "يتين"))


def inflects(form: str, word: str, nisba: bool = False) -> bool:
    """``form`` (a token without clitics and article) is ``word`` or one of its inflections.

    Both sides are normalized and proclitic-stripped. ``lemma_key`` alone says too much:
    it takes ان، ون، ه off any word, so السلم matches سلمان and الدفع matches دفعة. A
    nisba adjective in the dictionary (حوثي، حوثيون) matches its other numbers and genders;
    with ``nisba`` (a country's name) so do the adjectives made from the name (مصر ->
    المصرية, سوريا -> السورية). Broken plurals are not forms here: the one that looks
    like its singular without ة (الدول) looks as much like other words (الدفع، الشرط)."""
    if form == word:
        return True
    if word.endswith(("يون", "يين")) and inflects(form, word[:-2]):
        return True  # a plural nisba entry's singular and feminine: حوثي، حوثية of حوثيون
    if form.startswith(word) and form[len(word) :] in _ENDINGS:
        return True
    if (
        word.endswith("ه")
        and form.startswith(word[:-1])
        and form[len(word) - 1 :] in _FEMININE_ENDINGS
    ):
        return True
    if word.endswith("ي") and form.startswith(word) and form[len(word) :] == "ه":
        return True  # عسكري -> عسكرية
    if word.endswith(("ون", "ين")) and form.endswith(("ون", "ين")) and form[:-2] == word[:-2]:
        return True  # the other case of a sound plural: مسلحين of مسلحون
    if nisba:
        # the name without its final vowel letter: سوريا -> سور(ية), اليابان -> ياباني
        cut = 2 if word.endswith("يا") else 1 if word.endswith(("ا", "ى", "ي", "ه")) else 0
        base = word[: len(word) - cut]
        return form.startswith(base) and form[len(base) :] in _NISBA
    return False


def feminine_before_pronoun(word: str, endings: tuple[str, ...]) -> str | None:
    """The noun of a feminine word with a pronoun suffix, its ة written ت before the
    pronoun ("رسالته" -> "رساله", "زوجتي" -> "زوجه"), for the first of ``endings``
    (longest first) that leaves at least three letters; None when none does."""
    for end in endings:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + "ه"
    return None


def fold_word_sets(namespace: dict) -> None:
    """Add the normalized form of every entry to each module-level set of words in
    ``namespace``: the rules compare tokens' normalized forms, and an entry written with
    a letter the normalizer rewrites ("الوظائف", "القائد", "مئات") never matched one.
    Sets are updated in place, so modules that imported them see the same words."""
    for value in namespace.values():
        if isinstance(value, set) and value and all(isinstance(w, str) for w in value):
            value |= {normalize(w) for w in value}
