"""BIO-valid decoding of per-token label probabilities (used to combine two taggers), and
the batched forward-backward both taggers use for their label marginals."""

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


def viterbi(
    scores: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray | None = None
) -> list[int]:
    """Best label index sequence for per-token scores [T, L] and transition scores [L, L]."""
    score = start + scores[0]
    back = []
    for t in range(1, len(scores)):
        total = score[:, None] + trans
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + scores[t]
    if end is not None:
        score = score + end
    best = [int(score.argmax())]
    for ptr in reversed(back):
        best.append(int(ptr[best[-1]]))
    return best[::-1]


def decode(probs: np.ndarray) -> list[str]:
    """Most probable BIO-valid label sequence under independent per-token probabilities."""
    logp = np.log(np.clip(probs, 1e-9, 1.0))
    return [LABELS[k] for k in viterbi(logp, _ALLOWED, _START)]


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


def batched_marginals(
    scores: list[np.ndarray],
    trans: np.ndarray,
    start: np.ndarray | None = None,
    end: np.ndarray | None = None,
) -> list[np.ndarray]:
    """Per-token label marginals [T, L] of a linear-chain model, for many sentences.

    ``scores``: per-sentence emission log-scores; ``trans``: exp of the transition
    weights; ``start``/``end``: exp-scaled start and end weights (None: uniform). The
    forward-backward steps run over all sentences together, longest first, finished
    ones dropping out of the batch.
    """
    if not scores:
        return []
    order = sorted(range(len(scores)), key=lambda i: -len(scores[i]))
    lengths = [len(scores[i]) for i in order]
    steps, n_labels = lengths[0], scores[0].shape[1]
    emit = np.zeros((len(order), steps, n_labels))
    for row, i in enumerate(order):
        e = scores[i]
        emit[row, : lengths[row]] = np.exp(e - e.max(axis=1, keepdims=True))
    alpha = np.zeros_like(emit)
    beta = np.zeros_like(emit)
    a = emit[:, 0] if start is None else start * emit[:, 0]
    alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
    active = len(order)
    for t in range(1, steps):
        while lengths[active - 1] <= t:
            active -= 1
        a = (alpha[:active, t - 1] @ trans) * emit[:active, t]
        alpha[:active, t] = a / a.sum(axis=1, keepdims=True)
    last = 1.0 / n_labels if end is None else end
    for row, n in enumerate(lengths):
        beta[row, n - 1] = last
    active = 0
    for t in range(steps - 2, -1, -1):
        while active < len(order) and lengths[active] > t + 1:
            active += 1
        b = (emit[:active, t + 1] * beta[:active, t + 1]) @ trans.T
        beta[:active, t] = b / b.sum(axis=1, keepdims=True)
    post = alpha * beta
    result: list[np.ndarray] = [np.empty(0)] * len(order)
    for row, i in enumerate(order):
        p = post[row, : lengths[row]]
        result[i] = p / p.sum(axis=1, keepdims=True)
    return result
