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
_ALLOWED_T = np.ascontiguousarray(_ALLOWED.T)  # [to, from]
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


class Padded:
    """Per-sentence arrays [T_i, ...] stacked [B, T, ...], longest first (zeros after
    each sentence's end), so that batched steps run on a prefix of the rows."""

    def __init__(self, arrays: list[np.ndarray], dtype=np.float64) -> None:
        self.order = sorted(range(len(arrays)), key=lambda i: -len(arrays[i]))
        self.lengths = [len(arrays[i]) for i in self.order]
        first = arrays[self.order[0]]
        self.values = np.zeros((len(arrays), self.lengths[0], *first.shape[1:]), dtype)
        for row, i in enumerate(self.order):
            self.values[row, : self.lengths[row]] = arrays[i]

    def stacked(self, models: list[list[np.ndarray]]) -> np.ndarray:
        """[K, B, T, ...]: the arrays of K models over the same sentences, padded in this
        batch's order (the first model's are ``values``)."""
        out = np.zeros((len(models), *self.values.shape), self.values.dtype)
        out[0] = self.values
        for k, arrays in enumerate(models[1:], 1):
            for row, i in enumerate(self.order):
                out[k, row, : self.lengths[row]] = arrays[i]
        return out

    def unsort(self, rows: list) -> list:
        """Per-row results (in padded order) back in the sentences' order."""
        out: list = [None] * len(rows)
        for row, i in enumerate(self.order):
            out[i] = rows[row]
        return out

    def split(self, values: np.ndarray) -> list[np.ndarray]:
        """[B, T, ...] in padded order -> per-sentence [T_i, ...] in sentence order."""
        return self.unsort([values[row, :n] for row, n in enumerate(self.lengths)])


def length_groups(order: list[int], lengths: list[int], slots: int) -> list[list[int]]:
    """Consecutive groups of ``order`` (sentence indices sorted by length, either way) of
    at most ``slots`` padded tokens, a group's size times its longest sentence; a longer
    sentence is alone. The BiLSTM batches and the forward-backward chunks use it."""
    groups: list[list[int]] = []
    cur: list[int] = []
    longest = 0
    for i in order:
        if cur and (len(cur) + 1) * max(longest, lengths[i]) > slots:
            groups.append(cur)
            cur, longest = [], 0
        cur.append(i)
        longest = max(longest, lengths[i])
    return [*groups, cur] if cur else groups


def decode_padded(probs: np.ndarray, lengths: list[int]) -> list[list[int]]:
    """BIO-valid Viterbi paths of padded probabilities [B, T, L] (rows longest first),
    per row."""
    best = decode_padded_array(probs, lengths)
    return [best[row, :n].tolist() for row, n in enumerate(lengths)]


def decode_padded_array(probs: np.ndarray, lengths: list[int]) -> np.ndarray:
    """``decode_padded`` as one array [B, T] of label indices (row ``i`` valid up to
    ``lengths[i]``); the back-pointers are followed for all rows at once."""
    batch, steps = len(lengths), lengths[0]
    logp = np.log(np.clip(probs, 1e-9, 1.0))
    score = _START + logp[:, 0]
    back = np.zeros((batch, steps, _N), dtype=np.int64)
    best = np.zeros((batch, steps), dtype=np.int64)
    active = batch
    for t in range(1, steps):
        while lengths[active - 1] <= t:
            active -= 1
            best[active, t - 1] = score[active].argmax()  # a sentence ends at t - 1
        # [row, to, from]: the maximum over the last (contiguous) axis is the faster one
        total = score[:active, None, :] + _ALLOWED_T
        back[:active, t] = total.argmax(axis=2)
        # ufunc reductions called directly: ndarray.max/sum go through a Python wrapper
        np.add(np.maximum.reduce(total, axis=2), logp[:active, t], out=score[:active])
    best[:active, steps - 1] = score[:active].argmax(axis=1)
    # step t - 1 of the rows still running at step t (a prefix: rows are longest first)
    rows = np.arange(batch)
    active = 0
    for t in range(steps - 1, 0, -1):
        while active < batch and lengths[active] > t:
            active += 1
        best[:active, t - 1] = back[rows[:active], t, best[:active, t]]
    return best


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
    firsts = {name[0] for name in names}  # a stretch can only start at one of these
    out = []
    for labs, key in zip(labels, keys, strict=True):
        labs = list(labs)
        i = 0
        while i < len(labs):
            if key[i] not in firsts:
                i += 1
                continue
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
    batch = Padded(scores)
    post = padded_marginals(batch.values[None], batch.lengths, trans[None], [start], [end])
    return batch.split(post[0])


def padded_marginals(
    scores: np.ndarray,
    lengths: list[int],
    trans: np.ndarray,
    starts: list[np.ndarray | None],
    ends: list[np.ndarray | None],
) -> np.ndarray:
    """``batched_marginals`` of K models over the same padded sentences at once.

    ``scores`` [K, B, T, L] (rows longest first, see ``Padded``), ``trans`` [K, L, L]
    (exp of the transition weights), per model exp-scaled start and end weights or None
    (uniform). Returns the marginals [K, B, T, L] (zeros after each sentence's end);
    ``scores`` is overwritten.
    """
    models, rows, steps, n_labels = scores.shape
    # in place (the arrays are [K, B, T, L]: a long sentence in a large batch makes them
    # big): exp(scores - max) overwrites scores, alpha * beta overwrites alpha
    emit = scores
    emit -= np.maximum.reduce(scores, axis=3, keepdims=True)
    np.exp(emit, out=emit)
    for row, n in enumerate(lengths):
        emit[:, row, n:] = 0.0
    start = np.stack([np.ones(n_labels) if s is None else s for s in starts])[:, None]
    end = np.stack([np.full(n_labels, 1.0 / n_labels) if e is None else e for e in ends])
    alpha = np.zeros_like(emit)
    beta = np.zeros_like(emit)
    a = start * emit[:, :, 0]
    alpha[:, :, 0] = a / a.sum(axis=2, keepdims=True)
    # each step: product, scale, then normalise straight into its slot (buffers reused)
    step = np.empty((models, rows, n_labels))
    active = rows
    for t in range(1, steps):
        while lengths[active - 1] <= t:
            active -= 1
        a = step[:, :active]
        np.matmul(alpha[:, :active, t - 1], trans, out=a)
        a *= emit[:, :active, t]
        np.divide(a, np.add.reduce(a, axis=2, keepdims=True), out=alpha[:, :active, t])
    for row, n in enumerate(lengths):
        beta[:, row, n - 1] = end
    trans_t = trans.transpose(0, 2, 1)
    scaled = np.empty((models, rows, n_labels))
    active = 0
    for t in range(steps - 2, -1, -1):
        while active < rows and lengths[active] > t + 1:
            active += 1
        e = scaled[:, :active]
        np.multiply(emit[:, :active, t + 1], beta[:, :active, t + 1], out=e)
        b = step[:, :active]
        np.matmul(e, trans_t, out=b)
        np.divide(b, np.add.reduce(b, axis=2, keepdims=True), out=beta[:, :active, t])
    post = alpha
    post *= beta
    del beta
    total = post.sum(axis=3, keepdims=True)
    total[total == 0.0] = 1.0  # padding
    post /= total
    return post
