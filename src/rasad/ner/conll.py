"""``rasad tag``: pre-tokenized text in, ``token<TAB>label`` out (ANERcorp scheme)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from rasad.ner.tagger import NerModel, load_model

BATCH_SENTENCES = 64  # sentences run through the BiLSTM together


def _sentences(lines: Iterable[str]) -> Iterator[list[str]]:
    sentence: list[str] = []
    for line in lines:
        token = line.strip()
        if token:
            sentence.append(token)
        elif sentence:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def tag_conll(lines_in: Iterable[str], model: NerModel | None = None) -> Iterator[str]:
    """One ``token\\tlabel`` line per input token, one blank line after each sentence.

    Input: one token a line, blank lines between sentences (several blank lines count
    as one; a line's surrounding whitespace is ignored). Lines carry no newline.
    """
    model = model or load_model()
    batch: list[list[str]] = []
    for tokens in _sentences(lines_in):
        batch.append(tokens)
        if len(batch) == BATCH_SENTENCES:
            yield from _tagged(model, batch)
            batch = []
    yield from _tagged(model, batch)


def _tagged(model: NerModel, batch: list[list[str]]) -> Iterator[str]:
    for tokens, labels in zip(batch, model.tag_many(batch), strict=True):
        for token, label in zip(tokens, labels, strict=True):
            yield f"{token}\t{label}"
        yield ""


@contextmanager
def _open(path: str, mode: str):
    if path == "-":
        yield sys.stdin if "r" in mode else sys.stdout
    else:
        with open(path, mode, encoding="utf-8") as f:
            yield f


def tag_file(input_path: str, output_path: str) -> int:
    """Tag a token-per-line file (``-`` for stdin/stdout); returns the number of tokens."""
    n = 0
    with _open(input_path, "r") as src, _open(output_path, "w") as dst:
        for line in tag_conll(src):
            dst.write(line + "\n")
            n += bool(line)
    return n
