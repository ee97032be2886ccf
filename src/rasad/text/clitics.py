"""Data-driven Arabic clitic segmentation of one word.

A word is read as ``[conj] [prep | future] [article] host [pronoun]`` where
conj is و/ف, prep is ب/ل/ك, future is س (only before an imperfect verb: the host starts
with ي ت ن أ), the article is ال (written ل after the preposition ل: لل = ل + ال) and
the pronoun suffix is one of ه ها هم هما هن ك كم كن ي ني نا (never together with the
article). Segmentation is ambiguous (وزير is not و+زير, بلد is not ب+لد), so every
reading is scored with corpus evidence from the word-form lexicon built by
``training/build_text_lexicon.py`` (counts over the raw news, not the UD benchmark):

* the unsplit reading is weighed by ``bare * c(w) + O(w)`` where ``O(w)`` counts ``w``
  with one more clitic in front that the split reading would forbid: anything before a
  conjunction (ووزير, الوزير, لوزير prove وزير is a word), the article or a preposition
  before a preposition, the article before a pronoun suffix. A frequent form that
  never takes such a clitic (وأضاف: 8,289 times, never ووأضاف/الوأضاف) has its bare
  count discounted (``lexeme_rate``), so وأضاف splits while وزير, بلد, كتاب stay whole;
* a split reading is weighed by ``prior(clitics) * H(host)`` with
  ``H(h) = c(h) + c(ال+h) + host_clitic * (c(و+h) + c(ف+h) + ...)`` (for an ال host
  also the bare noun); before a suffix a host ending in ت/ي/ا may stand for ة/ى
  (حكومته = حكومة + ه, عليه = على + ه), the best attested spelling counts;
* an unseen host that begins with the article gets a large pseudo-count (والمجراد is
  و + المجراد even if neither form was ever seen); a word beginning with لل is always
  ل + ال or ل + a word beginning with ل (لليبيا), and لله is ل + الله;
* the preposition ب/ل followed by a bare pronoun (له، بها، لهم) is always split, the
  pronoun being the host (لكن "but" excepted).

The weights (one prior per clitic, the bare/unseen weights) are fitted on UD
Arabic-PUD by ``training/tune_clitic_priors.py`` (2-fold cross-validated there) and
stored in ``resources/text/clitic_priors.json``. The article is decided on the host
alone (so الجزائر, بالجزائر, والجزائر share one stem): it is split when the rest has at
least two letters and is attested on its own in the lexicon, and the host is not one
of the few words with a lexical ال (الله, الذي, التي, ...). So names that never occur
without their article (البرازيل, القحطاني) and words whose ال is radical (التزام,
التقى) keep it, and match as a whole.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Sequence
from importlib import resources
from typing import NamedTuple

from rasad.text.cache import FORM_CACHE, GenerationCache
from rasad.text.normalize import is_mark, normalize, strip_marks

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
ARTICLE = "ال"
SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "كن", "ني", "نا", "ه", "ك", "ي")
PRONOUN_HOSTS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا", "ني"})
# preposition + bare pronoun, always split (بي/بك are rare as such and mostly names)
PREPOSITION_PRONOUNS = frozenset(
    {"ل" + p for p in PRONOUN_HOSTS - {"كن", "ني"}}
    | {"ب" + p for p in PRONOUN_HOSTS - {"ي", "ك", "كن", "ني"}}
)
_PROCLITIC_LETTERS = frozenset("وفبلكس")
_MIDDLE_CLITICS = frozenset((*PREPOSITIONS, FUTURE))
IMPERFECT_INITIALS = frozenset("يتنأ")
# Words whose initial ال is part of the word, not the article (closed class).
LEXICAL_AL = frozenset(
    {
        "الله",
        "اللهم",
        "الذي",
        "التي",
        "الذين",
        "اللذان",
        "اللذين",
        "اللتان",
        "اللتين",
        "اللاتي",
        "اللواتي",
        "اللائي",
        "الآن",
        "الان",
        "الى",
        "الي",
        "إلا",
        "الا",
    }
)
ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B) if c != 0x0640) | frozenset(
    chr(c) for c in range(0x0671, 0x06D4)
)

_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
_SMOOTHING = 0.5  # pseudo-count of an unseen host


class CliticAnalysis(NamedTuple):
    """Clitic analysis of one word.

    ``prefixes`` are canonical proclitics in order (و ف ب ل ك س ال; the ل of لل that
    stands for the article is reported as ال); ``stem`` is the matching form
    (:func:`normalize`) of the host, with a ta marbuta / alef maqsura restored when a
    suffix hid it; ``word[stem_start:stem_end]`` is the host as written; ``suffix`` is
    the pronoun suffix (matching form) or "".
    """

    prefixes: tuple[str, ...]
    stem: str
    suffix: str
    stem_start: int
    stem_end: int


class Lexicon:
    """Word-form counts (light form: marks removed) and clitic priors, loaded once."""

    def __init__(self, counts: dict[str, int], priors: dict[str, float]) -> None:
        self.counts = counts
        self.priors = priors

    @classmethod
    def load(cls) -> Lexicon:
        base = resources.files("rasad") / "resources" / "text"
        counts: dict[str, int] = {}
        with gzip.open(base.joinpath("lexicon.tsv.gz").open("rb"), "rt", encoding="utf-8") as fh:
            for line in fh:
                form, _, n = line.rstrip("\n").partition("\t")
                if not form.startswith("#"):
                    counts[form] = int(n)
        priors_path = base.joinpath("clitic_priors.json")
        priors = dict(DEFAULT_PRIORS)
        if priors_path.is_file():
            priors.update(json.loads(priors_path.read_text(encoding="utf-8")))
        return cls(counts, priors)

    def count(self, form: str) -> int:
        return self.counts.get(form, 0)


# Relative weights of each clitic against the unsplit reading (overridden by
# resources/text/clitic_priors.json, written by training/tune_clitic_priors.py).
DEFAULT_PRIORS: dict[str, float] = {
    # weight of the bare count of the whole word against its clitic-bearing forms, by
    # the outermost clitic of the reading it is weighed against
    "bare_conj": 0.05,
    "bare_prep": 0.2,
    "bare": 0.2,
    # weight of a host's forms with other proclitics (فصل for the host of وصل): they
    # are ambiguous themselves, so they count less than the bare and ال forms
    "host_clitic": 0.2,
    # least rate at which a word takes a further clitic (not fitted: UD has too few
    # و+verb forms; set from the gap in the raw news between lexemes >= 1.7% and
    # و+verb forms ~0%)
    "lexeme_rate": 0.01,
    "unseen": 0.5,  # pseudo-count of the whole word: how much an unseen word resists splits
    # pseudo-count of an unseen host that begins with the article: وال/بال/لل + an unknown
    # word is almost always clitics + article + word (the few lexemes, والد, والي, are
    # attested and decided by their counts)
    "unseen_al": 20.0,
    "و": 3.0,
    "ف": 1.0,
    "ب": 1.0,
    "ل": 0.3,
    "ك": 0.1,
    "س": 1.0,
    "ll": 1.0,  # ل + ال written لل
    "ه": 0.5,
    "ها": 0.5,
    "هم": 0.5,
    "هما": 0.5,
    "هن": 0.3,
    "ك_": 0.1,
    "كم": 0.3,
    "كن": 0.1,
    "ي": 0.05,
    "ني": 0.2,
    "نا": 0.3,
}

_LEXICON: Lexicon | None = None


def get_lexicon() -> Lexicon:
    """The packaged lexicon, loaded on first use."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon.load()
    return _LEXICON


def set_lexicon(lexicon: Lexicon | None) -> None:
    """Replace the lexicon (tests, tuning; None reloads the packaged one); clears caches."""
    global _LEXICON
    _LEXICON = lexicon
    _CACHE.clear()
    for cache in DEPENDENT_CACHES:
        cache.clear()


def _suffix_prior_key(suffix: str) -> str:
    return "ك_" if suffix == "ك" else suffix


OUTER_CLITICS = ("ال", "و", "ف", "ب", "ل", "ك")
# the proclitics (not the article) whose counts in front of a host are evidence that it
# is a word, each without the one a reading has right before the host
_OUTER_PROCLITICS = OUTER_CLITICS[1:]
_OUTER_BUT = {skip: tuple(q for q in _OUTER_PROCLITICS if q != skip) for skip in _OUTER_PROCLITICS}


def _incompatible_outer(word: str) -> tuple[str, ...]:
    """Outer clitics that could not precede ``word`` if its first letter were a proclitic.

    A conjunction takes nothing before it; a preposition or the future س takes a
    conjunction but not another preposition nor the article; a pronoun suffix excludes
    only the article.
    """
    first = word[:1]
    if first in CONJUNCTIONS:
        return OUTER_CLITICS
    if first in PREPOSITIONS or first == FUTURE:
        return ("ال", "ب", "ل", "ك")
    return ("ال",)


def _host_evidence(lex: Lexicon, host: str, has_suffix: bool, inner: str) -> tuple[float, str]:
    """Evidence that ``host`` is a word (bare or with clitics), and its best spelling.

    ``inner`` is the proclitic right before the host in the reading: that clitic + host
    is (part of) the ambiguous word itself, so it is no evidence.
    """
    spellings = [host]
    if has_suffix:
        if host.endswith("ت"):
            spellings.append(host[:-1] + "ة")
        elif host.endswith(("ي", "ا")):
            spellings.append(host[:-1] + "ى")
    weight = lex.priors["host_clitic"]
    count = lex.counts.get  # lex.count without the method call (hot on new word forms)
    outer = _OUTER_BUT.get(inner, _OUTER_PROCLITICS)
    best, best_form = -1.0, host
    for form in spellings:
        evidence = count(form, 0)
        if not form.startswith(ARTICLE):
            evidence += count(ARTICLE + form, 0)
        elif len(form) >= 4:
            evidence += count(form[2:], 0)  # the noun without its article
        if weight:
            # occurrences with a further proclitic: only a word takes one (وزير occurs as
            # ووزير/لوزير, while و+أضاف never occurs as ووأضاف, however frequent وأضاف is)
            others = 0
            for q in outer:
                others += count(q + form, 0)
            evidence += weight * others
        if evidence > best:
            best, best_form = evidence, form
    return best, best_form


def _split_article(lex: Lexicon, host: str) -> bool:
    rest = host[2:]
    return (
        host.startswith(ARTICLE)
        and len(rest) >= 2
        and host not in LEXICAL_AL
        and lex.count(rest) > 0
    )


class _Reading(NamedTuple):
    score: float
    prefixes: tuple[str, ...]
    host_start: int  # in the skeleton
    host_end: int
    host_form: str  # spelling of the host for the stem (restored ة/ى, or ال+ for لل)
    suffix: str


def analyze_skeleton(word: str, lex: Lexicon | None = None) -> _Reading:
    """Best reading of a word made of Arabic letters only (no marks).

    Every split reading is weighed against the evidence that the word is whole, where
    that evidence depends on the outermost clitic of the reading: if ``word`` began with
    a conjunction, no clitic at all could precede it; with a preposition or future س,
    no preposition nor article; with only a pronoun suffix, no article.
    """
    n = len(word)
    best = _Reading(0.0, (), 0, n, word, "")  # score = margin over whole
    if word[0] not in _PROCLITIC_LETTERS and not word.endswith(SUFFIXES):
        return best  # nothing to split (fast path for most cache misses)
    lex = lex or get_lexicon()
    priors = lex.priors
    get = lex.counts.get  # lex.count without the method call (hot on new word forms)
    count = get(word, 0)
    # the word's counts after each outer clitic (OUTER_CLITICS), as plain locals
    with_al = get(ARTICLE + word, 0)
    with_b, with_l, with_k = get("ب" + word, 0), get("ل" + word, 0), get("ك" + word, 0)
    outer_total = with_al + get("و" + word, 0) + get("ف" + word, 0) + with_b + with_l + with_k
    # A lexeme takes further clitics at some rate (وزير: الوزير/ووزير 26% of its count,
    # فورا still 1.7%), so a frequent form never seen with one (وأضاف: 0 in 8,289) is
    # no lexeme: its bare count is discounted by how far it falls short of that rate.
    plausible = min(1.0, (outer_total + 1) / (priors["lexeme_rate"] * count + 1e-9))
    # log of the evidence that the word is whole, by the outermost clitic of a reading
    unseen = priors["unseen"]
    whole_log = {
        "conj": math.log(priors["bare_conj"] * count * plausible + outer_total + unseen),
        "prep": math.log(
            priors["bare_prep"] * count + (with_al + with_b + with_l + with_k) + unseen
        ),
        "suffix": math.log(priors["bare"] * count + with_al + unseen),
    }
    if word.startswith("لل", 1 if word[:1] in CONJUNCTIONS else 0) and len(word) >= 4:
        # no Arabic word begins with لل: it is ل + ال or ل + a word beginning with ل
        best = _Reading(-math.inf, (), 0, n, word, "")
    # the suffixes the word ends with (any host's suffix is one of them)
    suffixes = ("", *(suffix for suffix in SUFFIXES if word.endswith(suffix)))
    # clitics are single letters: only the letter the word has there can be one (same
    # order as trying "", then each clitic of the list)
    first = word[0]
    for conj in ("", first) if first in CONJUNCTIONS else ("",):
        i = len(conj)
        letter = word[i : i + 1]
        for mid in ("", letter) if letter and letter in _MIDDLE_CLITICS else ("",):
            j = i + len(mid)
            base = 0.0
            if conj:
                base += math.log(priors[conj])
            if mid:
                base += math.log(priors[mid])
            rest = word[j:]
            # preposition + bare pronoun: له، بها، ولهم
            if mid and (mid + rest) in PREPOSITION_PRONOUNS:
                return _Reading(math.inf, _prefixes(conj, mid), j, n, rest, "")
            against = whole_log["conj" if conj else "prep" if mid else "suffix"]
            for suffix in suffixes:
                if not (conj or mid or suffix):
                    continue  # the unsplit reading
                if suffix and not rest.endswith(suffix):
                    continue
                k = n - len(suffix)
                host = word[j:k]
                if len(host) < 2:
                    continue
                if mid == FUTURE and (host[0] not in IMPERFECT_INITIALS):
                    continue
                if suffix and host.startswith(ARTICLE):
                    continue
                score = base
                if suffix:
                    score += math.log(priors[_suffix_prior_key(suffix)])
                evidence, form = _host_evidence(lex, host, bool(suffix), mid or conj)
                smoothing = _SMOOTHING
                if form.startswith(ARTICLE) and len(form) >= 4:
                    smoothing = priors["unseen_al"]
                if mid == "ل" and host.startswith("ل") and not suffix and len(host) >= 3:
                    # لل: the preposition ل then the article with its alef dropped
                    alt = (get(ARTICLE + host[1:], 0) + get(host[1:], 0)) * priors["ll"]
                    if alt > evidence or (evidence == 0 and len(host) >= 4):
                        evidence, form = alt, ARTICLE + host[1:]
                        smoothing = priors["unseen_al"]
                score += math.log(evidence + smoothing) - against
                if score > best.score:
                    best = _Reading(score, _prefixes(conj, mid), j, k, form, suffix)
    return best


def _prefixes(conj: str, mid: str) -> tuple[str, ...]:
    return _PREFIX_TUPLES[conj, mid]


# (conj, mid) -> the non-empty ones, built once (tuples are immutable, so shared)
_PREFIX_TUPLES = {
    (conj, mid): tuple(p for p in (conj, mid) if p)
    for conj in ("", *CONJUNCTIONS)
    for mid in ("", *PREPOSITIONS, FUTURE)
}


_CACHE: GenerationCache[str, CliticAnalysis] = GenerationCache(FORM_CACHE)  # analyses per form
DEPENDENT_CACHES: list[GenerationCache] = []  # caches built on analyses (tokenizer)


def analyze(word: str) -> CliticAnalysis:
    """Clitic analysis of one word (cached per form). Non-Arabic words are not split."""
    cached = _CACHE.hot.get(word)
    if cached is None:
        cached = _CACHE.get_cold(word)
        if cached is None:
            cached = _analyze(word)
            _CACHE.put(word, cached)
    return cached


def _analyze(word: str) -> CliticAnalysis:
    # skeleton = letters without marks, with the position of each letter in ``word``
    skeleton = strip_marks(word)
    if len(skeleton) == len(word):
        positions: Sequence[int] = range(len(word))  # no marks (the common case)
    else:
        positions = [i for i, ch in enumerate(word) if not is_mark(ch)]
    if len(skeleton) < 2 or _ARABIC_WORD.fullmatch(skeleton) is None:
        return _numeric_or_plain(word, skeleton, positions)
    reading = analyze_skeleton(skeleton)
    if reading.prefixes[-1:] == ("ل",) and skeleton[reading.host_start :] == "له":
        # ل + الله is written لله (both the alef and one lam of the article fall)
        reading = reading._replace(host_form="الله")
    prefixes = list(reading.prefixes)
    host_start, host_end, form = reading.host_start, reading.host_end, reading.host_form
    lex = get_lexicon()
    if form.startswith(ARTICLE) and _split_article(lex, form):
        prefixes.append(ARTICLE)
        # a written ال, or the single ل that stands for it after the preposition ل
        host_start += 2 if skeleton.startswith(ARTICLE, host_start) else 1
        form = form[2:]
    return CliticAnalysis(
        tuple(prefixes),
        normalize(form),
        normalize(reading.suffix),
        positions[host_start] if host_start < len(positions) else len(word),
        _end_offset(word, positions, host_end),
    )


def _end_offset(word: str, positions: Sequence[int], skeleton_end: int) -> int:
    """Offset in ``word`` just after skeleton letter ``skeleton_end - 1`` and its marks."""
    if skeleton_end >= len(positions):
        return len(word)
    return positions[skeleton_end]


def _numeric_or_plain(word: str, skeleton: str, positions: Sequence[int]) -> CliticAnalysis:
    """Short or non-Arabic words; proclitics glued to a number (و20, ب5) are split."""
    i = 0
    prefixes: list[str] = []
    if skeleton[:1] in CONJUNCTIONS and len(skeleton) > 1:
        prefixes.append(skeleton[0])
        i = 1
    if skeleton[i : i + 1] in PREPOSITIONS and len(skeleton) > i + 1:
        prefixes.append(skeleton[i])
        i += 1
    rest = skeleton[i:]
    if prefixes and rest and rest[0].isdigit():
        return CliticAnalysis(tuple(prefixes), normalize(rest), "", positions[i], len(word))
    return CliticAnalysis((), normalize(word), "", 0, len(word))


def split_clitics(word: str) -> tuple[list[str], str, str]:
    """``(prefixes, stem, suffix)`` of ``word``; see :func:`analyze` for stem offsets."""
    result = analyze(word)
    return list(result.prefixes), result.stem, result.suffix
