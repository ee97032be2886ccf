"""Tokenization with clitic analysis.

A token is one of:

* a *word*: a run starting with a letter, of letters, combining marks, tatweel and
  digits (G20, كوفيد19), with proclitics glued to a number kept together (و20, ب5:
  the number is the stem) and decimal groups after them (و3.5);
* a *number*: digits with inner separators . , ٫ ٬ / : between digit groups, as one
  token (3.5, 1,000,000, ٣٫٥, 27/9/2016, 10:30): the values stage parses dates and
  decimals from one token; a trailing letter is its own token (2016م -> 2016 + م), and
  "-" never joins (2013-2014 is a range: 2013, -, 2014, as UD tokenizes it);
* *punctuation*: any other non-space character; a run of the same character is one
  token ("...", "!!").
"""

from __future__ import annotations

import re

from rasad.document import Sentence, Token
from rasad.text.cache import FORM_CACHE, GenerationCache
from rasad.text.clitics import DEPENDENT_CACHES, analyze
from rasad.text.normalize import normalize
from rasad.text.sentences import split_sentences

_MARK_CLASS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKEN = re.compile(
    rf"(?P<w>(?:[^\W\d_]|[{_MARK_CLASS}])(?:[^\W_]|[{_MARK_CLASS}])*(?:[.,٫٬/:]\d+)*)"
    r"|(?P<n>\d+(?:[.,٫٬/:]\d+)*)"
    r"|(?P<p>(?P<first>\S)(?P=first)*)"
)

_CHUNK = re.compile(r"\S+")

# A whitespace-free chunk ("والحكومة،") -> its tokens as
# (start in chunk, end in chunk, text, norm, prefixes, stem, stem start, stem end in chunk,
#  suffix, is_punct). Chunks repeat a lot in news, so most are a single dict lookup.
_Part = tuple[int, int, str, str, tuple[str, ...], str, int, int, str, bool]
_CHUNKS: GenerationCache[str, tuple[_Part, ...]] = GenerationCache(
    FORM_CACHE
)  # ~6 MB per generation
DEPENDENT_CACHES.append(_CHUNKS)


def _split_chunk(chunk: str) -> tuple[_Part, ...]:
    parts = []
    for m in _TOKEN.finditer(chunk):
        text, s, e, kind = m.group(), m.start(), m.end(), m.lastgroup
        norm = normalize(text)
        if kind == "w":
            a = analyze(text)
            parts.append(
                (
                    s,
                    e,
                    text,
                    norm,
                    a.prefixes,
                    a.stem,
                    s + a.stem_start,
                    s + a.stem_end,
                    a.suffix,
                    False,
                )
            )
        else:
            parts.append((s, e, text, norm, (), norm, s, e, "", kind == "p"))
    return tuple(parts)


def tokenize(
    text: str, *, start: int = 0, end: int | None = None, sentence: int = 0
) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets, all in sentence ``sentence``."""
    tokens: list[Token] = []
    append = tokens.append
    hot = _CHUNKS.hot
    for m in _CHUNK.finditer(text, start, len(text) if end is None else end):
        chunk = m.group()
        parts = hot.get(chunk)
        if parts is None:
            parts = _CHUNKS.get_cold(chunk)
            if parts is None:
                parts = _split_chunk(chunk)
                _CHUNKS.put(chunk, parts)
            hot = _CHUNKS.hot
        base = m.start()
        for s, e, word, norm, prefixes, stem, ss, se, suffix, is_punct in parts:
            append(
                Token(
                    start=base + s,
                    end=base + e,
                    text=word,
                    sentence=sentence,
                    norm=norm,
                    stem=stem,
                    stem_start=base + ss,
                    stem_end=base + se,
                    prefixes=list(prefixes),
                    suffix=suffix,
                    is_punct=is_punct,
                )
            )
    return tokens


def segment(text: str) -> tuple[list[Sentence], list[Token]]:
    """Sentences of ``text`` and their tokens (each token inside exactly one sentence)."""
    sentences = split_sentences(text)
    tokens: list[Token] = []
    for sent in sentences:
        tokens.extend(tokenize(text, start=sent.start, end=sent.end, sentence=sent.index))
    return sentences, tokens
