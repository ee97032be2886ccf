"""Matching forms for full-text search: the same analysis for documents and queries.

Each token is indexed twice, by its normalized form (``Token.norm``: diacritics, tatweel,
hamza/alef, alef maqsura and ta marbuta folded) and by its clitic-free ``Token.stem``, so
that a query word matches both spellings variants and clitic-bearing forms: روسيا finds
"وبروسيا". Queries go through the very same tokenizer (``rasad.text``) so both sides agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from rasad.document import Document, Token

# (norm, stem) pairs of the words of a text
Analyzer = Callable[[str], list[tuple[str, str]]]

# a word with its diacritics and tatweel (combining marks are not \w)
WORD = re.compile(r"(?:\w|[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED])+")
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)


def _fallback_analyze(text: str) -> list[tuple[str, str]]:
    """Used only when rasad.text is not installed: folds spelling variants, no clitics."""
    pairs = []
    for word in WORD.findall(text):
        base = "".join(
            c for c in unicodedata.normalize("NFKC", word) if not unicodedata.combining(c)
        )
        norm = base.replace("ـ", "").translate(_FOLD).lower()
        if norm:
            pairs.append((norm, norm))
    return pairs


def _text_analyze(text: str) -> list[tuple[str, str]]:
    from rasad.text import tokenize  # noqa: PLC0415 - resolved by default_analyzer

    return token_pairs(tokenize(text))


def default_analyzer() -> Analyzer:
    """The rasad.text tokenizer when available, else a clitic-unaware fallback."""
    try:
        import rasad.text

        if hasattr(rasad.text, "tokenize"):
            return _text_analyze
    except ImportError:
        pass
    return _fallback_analyze


def token_pairs(tokens: Iterable[Token]) -> list[tuple[str, str]]:
    pairs = []
    for tok in tokens:
        if tok.is_punct:
            continue
        norm = tok.norm or tok.text
        pairs.append((norm, tok.stem or norm))
    return pairs


def index_terms(pairs: Iterable[tuple[str, str]]) -> str:
    """The FTS column value: every norm and (when different) stem, space separated."""
    out: list[str] = []
    for norm, stem in pairs:
        out.append(norm)
        if stem and stem != norm:
            out.append(stem)
    return " ".join(out)


def document_terms(doc: Document, analyze: Analyzer) -> str:
    """Index terms of a document: title (when not part of the text) and every token."""
    pairs: list[tuple[str, str]] = []
    if doc.title and doc.title not in doc.text[: len(doc.title) + 200]:
        pairs.extend(analyze(doc.title))
    pairs.extend(token_pairs(doc.tokens) if doc.tokens else analyze(doc.text or doc.raw))
    return index_terms(pairs)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(query: str, analyze: Analyzer) -> tuple[str, set[str]]:
    """FTS5 MATCH expression (every query word, as norm or stem) and the set of terms.

    The query's stem is matched against both columns' forms, so "وبروسيا" in a query also
    finds روسيا. Returns ("", set()) for a query with no words.
    """
    clauses = []
    terms: set[str] = set()
    for norm, stem in analyze(query):
        alternatives = dict.fromkeys(t for t in (norm, stem) if t)
        terms.update(alternatives)
        clauses.append("(" + " OR ".join(_quote(t) for t in alternatives) + ")")
    return " AND ".join(clauses), terms
