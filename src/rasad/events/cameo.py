"""Generic PLOVER coder from the compiled Arabic CAMEO verb patterns.

A token whose rough lemma is a dictionary verb is coded when one of its patterns'
object words occurs within the next few tokens; the CAMEO code is mapped to a
PLOVER type, mode and context with CAMEO2PLOVER. Dictionary default codes alone are
not used: on the gsr gold they are too often wrong (تظاهر as "pretend").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasad.events.features import Analysis
from rasad.events.normalize import lemma_key

WINDOW = 6
# a word right after a preposition is a noun, not the dictionary verb ("من أجل", "في عمل")
_PREPOSITIONS = {"من", "في", "على", "الى", "عن", "مع", "حتى", "منذ", "خلال", "بعد", "قبل"}


@dataclass(slots=True)
class CameoHit:
    index: int
    code: str
    type: str
    mode: str | None
    context: str | None


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, list[int]], list[dict[str, list]], dict[str, list[str]]]:
    """Verbs, blocks (patterns indexed by their first object key), CAMEO->PLOVER."""
    path = resources.files("rasad") / "resources" / "events" / "cameo_ar.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = []
    for _default, patterns in data["blocks"]:
        index: dict[str, list] = {}
        for objects, code in patterns:
            index.setdefault(objects[0], []).append((objects, code))
        blocks.append(index)
    return data["verbs"], blocks, data["plover"]


def plover_of(code: str) -> tuple[str, str | None, str | None] | None:
    plover = _dictionary()[2]
    for n in range(len(code), 1, -1):
        hit = plover.get(code[:n])
        if hit:
            return hit[0], hit[1] or None, hit[2] or None
    return None


@lru_cache(maxsize=200_000)
def _key(norm: str) -> str:
    return lemma_key(norm)


@lru_cache(maxsize=200_000)
def _verb_keys(norm: str) -> tuple[str, ...]:
    key = lemma_key(norm)
    keys = [key]
    if len(key) >= 4 and key[0] in "يتنا":
        keys.append(key[1:])
    return tuple(keys)


def code_sentence(analysis: Analysis) -> list[CameoHit]:
    verbs, blocks, _ = _dictionary()
    toks = analysis.tokens
    keys: list[str] | None = None
    hits = []
    for i, tok in enumerate(toks):
        if i and toks[i - 1].norm in _PREPOSITIONS:
            continue
        block_ids = next((verbs[k] for k in _verb_keys(tok.norm) if k in verbs), None)
        if not block_ids:
            continue
        if keys is None:
            keys = [_key(t.norm) for t in toks]
        window = set(keys[i + 1 : i + 1 + WINDOW])
        best: tuple[int, str] | None = None
        for b in block_ids:
            index = blocks[b]
            for k in window:
                for objects, code in index.get(k, ()):
                    if (best is None or len(objects) > best[0]) and all(
                        o in window for o in objects
                    ):
                        best = (len(objects), code)
        if best is None:
            continue
        mapped = plover_of(best[1])
        if mapped:
            hits.append(CameoHit(i, best[1], *mapped))
    return hits
