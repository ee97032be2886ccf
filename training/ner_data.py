"""Readers of the labelled NER corpora in ../shared/data/ner, as (tokens, labels) sentences.

Labels are mapped to the ANERcorp scheme (B-/I- PERS, ORG, LOC, MISC, O). Out-of-domain
sets keep only the types they share with ANERcorp (see ``ner_eval.py``).
"""

from __future__ import annotations

from pathlib import Path

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path, *, label_map=None) -> list[Sentence]:
    """Token and label in the first and last whitespace-separated columns."""
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if toks:
                sents.append((toks, labs))
                toks, labs = [], []
            continue
        label = parts[-1] if len(parts) > 1 else "O"
        toks.append(parts[0])
        labs.append(label_map(label) if label_map else label)
    if toks:
        sents.append((toks, labs))
    return sents


def anercorp(data: Path) -> list[Sentence]:
    return read_conll(data / "ner" / "anercorp" / "train.txt")


def split_dev(sents: list[Sentence], dev_fraction: float = 0.1) -> tuple[list, list]:
    """Contiguous split: the last ``dev_fraction`` of sentences is dev (as score.py does)."""
    cut = int(len(sents) * (1 - dev_fraction))
    return sents[:cut], sents[cut:]


def _wojood_label(label: str) -> str:
    if label in ("O", "0", "1") or "-" not in label:
        return "O"
    bio, typ = label.split("-", 1)
    typ = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}.get(typ)
    return f"{bio}-{typ}" if typ else "O"


def wojood(data: Path, part: str = "val") -> list[Sentence]:
    """Wojood is nested (one tag column per level): keep the first level with a kept type."""
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    path = data / "ner" / "wojood_sample" / f"{part}.txt"
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if toks:
                sents.append((toks, labs))
                toks, labs = [], []
            continue
        mapped = [_wojood_label(tag) for tag in parts[1:]]
        toks.append(parts[0])
        labs.append(next((m for m in mapped if m != "O"), "O"))
    return sents


def _aqmar_label(label: str) -> str:
    if "-" not in label:
        return "O"
    bio, typ = label.split("-", 1)
    typ = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC"}.get(typ)
    return f"{bio}-{typ}" if typ else "O"


def aqmar(data: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    for path in sorted((data / "ner" / "aqmar").glob("*.txt")):
        sents += read_conll(path, label_map=_aqmar_label)
    return sents
