"""Generic PLOVER coder from the compiled Arabic CAMEO verb patterns.

A token whose rough lemma is a dictionary verb is coded when one of its patterns'
object words occurs within the next few tokens; the CAMEO code is mapped to a
PLOVER type, mode and context with CAMEO2PLOVER. Dictionary default codes alone are
not used: on the gsr gold they are too often wrong (تظاهر as "pretend").
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasad.events.features import Analysis
from rasad.events.normalize import WORD_CACHE, lemma_key

WINDOW = 6
# a word right after a preposition is a noun, not the dictionary verb ("من أجل", "في عمل")
_PREPOSITIONS = {"من", "في", "على", "الى", "عن", "مع", "حتى", "منذ", "خلال", "بعد", "قبل"}
# pattern words that say nothing of the act: prepositions and particles ("وصل إلى",
# "تعمل على", "يعود إلى" matched the patterns of arrests and accusations on them alone)
_FUNCTION_KEYS = frozenset(
    ("الي", "علي", "بين", "قبل", "بعد", "خلال", "اجل", "لاجل", "نحو", "حول", "حتي", "تحت")
    + ("وسط", "اذا", "فيه", "عبر", "عدم", "حال", "منا", "نها", "داخل", "خارج")
)
# content words a pattern must match beside its verb: one is a topic the verb may have
# in any sense ("تعمل على التوسع", "وأمر إغلاق"), two name the act ("وقف إطلاق النار")
MIN_CONTENT_KEYS = 2


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


@lru_cache(maxsize=WORD_CACHE)
def _key(norm: str) -> str:
    return lemma_key(norm)


def _verb_keys(norm: str) -> tuple[str, ...]:
    key = _key(norm)
    keys = [key]
    if len(key) >= 4 and key[0] in "يتنا":
        keys.append(key[1:])
    return tuple(keys)


@lru_cache(maxsize=WORD_CACHE)
def _verb_blocks(norm: str) -> list[int] | None:
    """The pattern blocks of the dictionary verb the form may be, None when it is none
    (one cache look-up per token)."""
    verbs = _dictionary()[0]
    return next((verbs[k] for k in _verb_keys(norm) if k in verbs), None)


# words after which a bare فعل form is a verb: clause openers and relative pronouns
_OPENERS = {
    "قد",
    "لقد",
    "وقد",
    "فقد",
    "ثم",
    "كما",
    "حيث",
    "اذ",
    "ان",
    "انه",
    "انها",
    "الذي",
    "التي",
    "الذين",
    "عندما",
    "بعدما",
    "حين",
    "حينما",
    "فيما",
    "بينما",
    "لما",
    "كلما",
    "وقال",
    "قال",
    "قالت",
}
_PERFECT_ENDINGS = ("ت", "وا", "تا", "نا", "تم")


def verb_position(analysis: Analysis, i: int, names: Collection[int] = ()) -> bool:
    """The dictionary word at i is a verb, not its masdar: a form with a verb affix
    (يطلب، نقلت، نقلوا) or a bare فعل form where a verb stands: at the start of a
    clause, after a clause opener (قد، ثم، الذي، أن) or a conjunction clitic (ونقل),
    or after a definite noun, a name (``names``: token indices inside named mentions) or
    a noun with a pronoun suffix, which take no idafa term (الجيش نقل، من جهته قال). A
    bare form after an indefinite noun or a masdar is its idafa term ("وقف نقل الأسلحة",
    "أجل نقل")."""
    toks = analysis.tokens
    norm = toks[i].norm
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if w.startswith("ال"):
        return False
    if w[:1] in "يت" and len(w) >= 4:
        return True  # imperfect (a تفعيل/تفاعل masdar is not in the dictionary's verbs)
    if w.endswith(_PERFECT_ENDINGS) and not w.endswith("ات"):
        return True
    if w != norm or i == 0:
        return True
    gap = analysis.text[toks[i - 1].end : toks[i].start]
    if any(c in '،,.:;؛!?؟«»"()' for c in gap):
        return True
    prev = toks[i - 1].norm
    return (
        prev in _OPENERS
        or i - 1 in names
        or (prev.startswith(("ال", "وال")) and prev not in _PREPOSITIONS)
        or (len(prev) > 4 and prev.endswith(("ته", "تها", "هم", "هما")))
    )


def code_sentence(analysis: Analysis, names: Collection[int] = ()) -> list[CameoHit]:
    """CAMEO hits of the sentence; ``names`` are the token indices inside named mentions."""
    blocks = _dictionary()[1]
    toks = analysis.tokens
    hits = []
    norms = [t.norm for t in toks]
    # most words are no dictionary verb: one cached look-up each, in a C-level loop
    for i, block_ids in enumerate(map(_verb_blocks, norms)):
        if not block_ids or (i and norms[i - 1] in _PREPOSITIONS):
            continue
        if not verb_position(analysis, i, names):
            continue
        # the keys of the window in token order (a dict, not a set: among patterns of the
        # same length the first found wins, and set order would follow PYTHONHASHSEED)
        window = dict.fromkeys(_key(t.norm) for t in toks[i + 1 : i + 1 + WINDOW])
        best: tuple[int, str] | None = None
        for b in block_ids:
            index = blocks[b]
            for k in window:
                for objects, code in index.get(k, ()):
                    if (
                        (best is None or len(objects) > best[0])
                        and all(o in window for o in objects)
                        and len(set(objects) - _FUNCTION_KEYS) >= MIN_CONTENT_KEYS
                    ):
                        best = (len(objects), code)
        if best is None:
            continue
        mapped = plover_of(best[1])
        if mapped:
            hits.append(CameoHit(i, best[1], *mapped))
    return hits
