"""Text foundation: normalization, sentences, tokens and Arabic clitics.

Every later stage (NER, values, quotes, events, the store's search) matches words
through this module, so the API is small and fast:

``normalize(s) -> str``
    Matching form: diacritics and tatweel removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
    ؤ -> و, ئ -> ي, Persian ک ی -> ك ي; Arabic-Indic and Persian digits -> ASCII;
    ٫ -> "." and ٬ -> ","; Latin lowercased. One ``str.translate``. Apply it to both sides of any comparison
    (gazetteers, queries). ``strip_marks(s)`` removes only diacritics and tatweel.

``split_clitics(word) -> (prefixes, stem, suffix)`` / ``analyze(word) -> CliticAnalysis``
    Proclitics (و ف, ب ل ك, س, the article ال; لل = ل + ال), the matching-form stem and
    the pronoun suffix (ه ها هم هما هن ك كم كن ي ني نا). ``analyze`` also gives
    ``stem_start``/``stem_end``, the stem's offsets inside ``word``. Decisions come from
    corpus counts (``resources/text/lexicon.tsv.gz``): وبروسيا -> (و, ب) روسيا,
    لحفتر -> (ل) حفتر, وزير and بلد stay whole, كتابهم -> كتاب + هم. The article is
    split only when the bare noun is attested (الحكومة -> ال + حكومه), so names that
    always carry it keep it in the stem (بالبرازيل -> ب + البرازيل). Cached per form.
    UD Arabic-PUD words F1 0.98 (docs/bench/text.md).

``split_sentences(text) -> list[Sentence]``
    Lines are sentences; inside a line split after . ! ? ؟ but not at ، nor inside
    numbers, short quotations or after abbreviations (see :mod:`rasad.text.sentences`).

``tokenize(text, *, start=0, end=None, sentence=0) -> list[Token]``
    Words, numbers (3.5, 1,000, ٣٫٥, 27/9/2016, 10:30 are one token; "-" never joins,
    so 2013-2014 is two numbers) and punctuation (a run of one character is one token),
    with absolute offsets into ``text``; proclitics glued to a number stay on it (و20:
    prefixes [و], stem "20"). Each :class:`~rasad.document.Token` carries ``norm`` (the
    matching form of the whole token), ``prefixes``, ``stem`` (matching form, ta marbuta
    restored before a suffix: حكومته -> حكومه), ``stem_start``/``stem_end`` (absolute
    offsets of the stem in ``text``), ``suffix`` and ``is_punct``.

``segment(text) -> (sentences, tokens)``
    Both, every token inside one sentence and carrying its index.

``SegmentStage`` (pipeline name ``"segment"``) fills ``doc.sentences``/``doc.tokens``.

Analyses are memoized per word form and per whitespace chunk in bounded two-generation
caches (a few tens of MB at most); the lexicon loads lazily on the first analysis
(~0.2 s). ``rasad.text.clitics.set_lexicon`` swaps it (tests, tuning).

To match a name against tokens, compare ``normalize(name)`` with ``token.stem`` (and
``token.norm`` for forms that keep their article, e.g. a gazetteer entry "الرياض"
matches ``"ال" in token.prefixes and "ال" + token.stem``); :func:`match_forms` gives
the forms to look a token up by.
"""

from __future__ import annotations

from rasad.text.clitics import CliticAnalysis, analyze, split_clitics
from rasad.text.normalize import normalize, strip_marks
from rasad.text.sentences import split_sentences
from rasad.text.stage import SegmentStage
from rasad.text.tokenizer import segment, tokenize

__all__ = [
    "CliticAnalysis",
    "SegmentStage",
    "analyze",
    "match_forms",
    "normalize",
    "segment",
    "split_clitics",
    "split_sentences",
    "strip_marks",
    "tokenize",
]


def match_forms(token) -> tuple[str, ...]:
    """Matching forms a token can be looked up by, most specific first.

    The whole token (``norm``), the stem with the article when it had one (والحكومة ->
    الحكومه), and the bare stem (حكومه). Gazetteers normalized with :func:`normalize`
    match one of these.
    """
    forms = [token.norm]
    if "ال" in token.prefixes:
        forms.append("ال" + token.stem)
    if token.stem != token.norm:
        forms.append(token.stem)
    return tuple(dict.fromkeys(forms))
