"""BIO-valid decoding of per-token label probabilities (used to combine two taggers)."""

from __future__ import annotations

import numpy as np

LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
_N = len(LABELS)
# I-X may only follow B-X or I-X
_ALLOWED = np.zeros((_N, _N))
for _j, _to in enumerate(LABELS):
    for _i, _from in enumerate(LABELS):
        if _to.startswith("I-") and _from[2:] != _to[2:]:
            _ALLOWED[_i, _j] = -np.inf
_START = np.array([-np.inf if lab.startswith("I-") else 0.0 for lab in LABELS])


def decode(probs: np.ndarray) -> list[str]:
    """Most probable BIO-valid label sequence under independent per-token probabilities."""
    logp = np.log(np.clip(probs, 1e-9, 1.0))
    score = _START + logp[0]
    back = []
    for t in range(1, len(logp)):
        total = score[:, None] + _ALLOWED
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + logp[t]
    best = [int(score.argmax())]
    for ptr in reversed(back):
        best.append(int(ptr[best[-1]]))
    return [LABELS[k] for k in reversed(best)]


def decode_many(probs: list[np.ndarray]) -> list[list[int]]:
    """``decode`` of many sentences at once, as label indices (Viterbi steps batched,
    longest sentence first; finished sentences drop out of the batch)."""
    if not probs:
        return []
    order = sorted(range(len(probs)), key=lambda i: -len(probs[i]))
    lengths = [len(probs[i]) for i in order]
    steps = lengths[0]
    logp = np.zeros((len(order), steps, _N))
    for row, i in enumerate(order):
        logp[row, : lengths[row]] = np.log(np.clip(probs[i], 1e-9, 1.0))
    score = _START + logp[:, 0]
    back = np.zeros((len(order), steps, _N), dtype=np.int64)
    best = np.zeros((len(order), steps), dtype=np.int64)
    active = len(order)
    for t in range(1, steps):
        while lengths[active - 1] <= t:
            active -= 1
            best[active, t - 1] = score[active].argmax()  # a sentence ends at t - 1
        total = score[:active, :, None] + _ALLOWED
        back[:active, t] = total.argmax(axis=1)
        score[:active] = total.max(axis=1) + logp[:active, t]
    for row in range(active):
        best[row, steps - 1] = score[row].argmax()
    result: list[list[int]] = [[]] * len(order)
    for row, i in enumerate(order):
        n = lengths[row]
        path = [int(best[row, n - 1])]
        for t in range(n - 1, 0, -1):
            path.append(int(back[row, t, path[-1]]))
        result[i] = path[::-1]
    return result


def propagate(
    sentences: list[list[str]],
    labels: list[list[str]],
    confidences: list[list[float]],
    keys: list[list[str]],
    min_confidence: float = 0.9,
    with_surnames: bool = False,
) -> list[list[str]]:
    """Document-level consistency: a name tagged confidently once labels its other mentions.

    ``keys`` are the tokens' matching forms (clitic-free). Only untagged stretches are
    relabelled, only with multi-letter names, and a name seen with two types is left alone.
    """
    names: dict[tuple[str, ...], str] = {}
    clash: set[tuple[str, ...]] = set()
    surnames: set[tuple[str, ...]] = set()
    for labs, conf, key in zip(labels, confidences, keys, strict=True):
        i = 0
        while i < len(labs):
            if labs[i].startswith("B-"):
                typ = labs[i][2:]
                j = i + 1
                while j < len(labs) and labs[j] == "I-" + typ:
                    j += 1
                name = tuple(key[i:j])
                if min(conf[i:j]) >= min_confidence and sum(map(len, name)) >= 3:
                    if names.get(name, typ) != typ:
                        clash.add(name)
                    names[name] = typ
                    if typ == "PERS" and len(name) >= 2 and len(name[-1]) >= 3:
                        surnames.add(name[-1:])  # "<first> <last>" ... later "<last>"
                i = j
            else:
                i += 1
    if with_surnames:
        for name in surnames:
            if names.setdefault(name, "PERS") != "PERS":
                clash.add(name)
    for name in clash:
        names.pop(name, None)
    if not names:
        return labels
    longest = max(map(len, names))
    out = []
    for labs, key in zip(labels, keys, strict=True):
        labs = list(labs)
        i = 0
        while i < len(labs):
            for n in range(min(longest, len(labs) - i), 0, -1):
                typ = names.get(tuple(key[i : i + n]))
                if (
                    typ
                    and all(x == "O" for x in labs[i : i + n])
                    and (i + n == len(labs) or not labs[i + n].startswith("I-"))
                ):
                    labs[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                    i += n
                    break
            else:
                i += 1
        out.append(labs)
    return out
