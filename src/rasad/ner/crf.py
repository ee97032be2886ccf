"""CRF label marginals in numpy from a python-crfsuite model file (same model, faster).

python-crfsuite needs every feature of every token as a string (~60 per token, looked
up in the model's dictionary on each call) and one Python call per token and label to
read the marginals. Here the weights are read once from the model file and summed per
word form (cached), per neighbour form and per bigram; forward-backward runs over all
sentences of a document at once. The marginals equal crfsuite's up to float rounding.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pycrfsuite

from rasad.ner.decode import batched_marginals
from rasad.ner.features import FeatureExtractor
from rasad.text.cache import GenerationCache

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_BOUNDARY = ("-2w=<s>", "-1w=<s>", "1w=</s>", "2w=</s>")


def read_weights(path: Path, labels: list[str]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """(attribute -> weights over ``labels``, transition weights [from, to]) of a
    crfsuite CRF1d model file (format of crfsuite's crf1d_model.c; little-endian)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()  # ids of attributes and labels (its weights are rounded text)
    tagger.close()
    data = Path(path).read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    off_features = struct.unpack_from("<I", data, 28)[0]
    if data[off_features : off_features + 4] != b"FEAT":
        raise ValueError(f"{path}: no feature chunk")
    count = struct.unpack_from("<I", data, off_features + 8)[0]
    feats = np.frombuffer(data, _FEATURE, count=count, offset=off_features + 12)
    column = np.full(len(info.labels), -1)
    for name, ident in info.labels.items():
        column[int(ident)] = labels.index(name)
    names = {int(i): a for a, i in info.attributes.items()}
    state = feats[feats["type"] == 0]
    weights: dict[str, np.ndarray] = {}
    for src, dst, w in zip(
        state["src"].tolist(), state["dst"].tolist(), state["weight"].tolist(), strict=True
    ):
        vec = weights.get(names[src])
        if vec is None:
            vec = weights[names[src]] = np.zeros(len(labels))
        vec[column[dst]] += w
    trans = np.zeros((len(labels), len(labels)))
    for f in feats[feats["type"] == 1]:
        trans[column[f["src"]], column[f["dst"]]] += f["weight"]
    return weights, trans


class NumpyCrf:
    """Marginals of the crfsuite model for the features of ``FeatureExtractor.sentence``."""

    def __init__(self, path: Path, labels: list[str], features: FeatureExtractor) -> None:
        weights, trans = read_weights(path, labels)
        self.rows = {name: row for row, name in enumerate(weights)}
        # one extra zero row: every sum includes it, so no sum is empty (reduceat)
        self.matrix = np.vstack([*weights.values(), np.zeros(len(labels))])
        self.zero_row = len(weights)
        self.exp_trans = np.exp(trans)
        self.features = features
        self.boundary = self._sums([_BOUNDARY[:1], _BOUNDARY[1:2], _BOUNDARY[2:3], _BOUNDARY[3:]])
        # summed weights per token form [L] and per matching form [4, L] (bounded)
        self._own: GenerationCache[str, np.ndarray] = GenerationCache()
        self._context: GenerationCache[str, np.ndarray] = GenerationCache()
        # rows of the bigram attributes by their "a|b" part, and of the gazetteer
        # attributes by label: one lookup per pair instead of two strings built per token
        self._bw = {n[3:]: r for n, r in self.rows.items() if n.startswith("bw=")}
        self._fw = {n[3:]: r for n, r in self.rows.items() if n.startswith("fw=")}
        self._gaz_rows: dict[str, tuple[int | None, int | None, int | None]] = {}

    def _sums(self, groups: list) -> np.ndarray:
        """[len(groups), L]: the summed weights of each group of feature names."""
        rows = self.rows
        flat: list[int] = []
        starts: list[int] = []
        for names in groups:
            starts.append(len(flat))
            flat.append(self.zero_row)
            flat += [r for n in names if (r := rows.get(n)) is not None]
        return np.add.reduceat(self.matrix[flat], starts, axis=0)

    def _cached_sums(self, tokens: list[str], words: list[tuple]) -> tuple[list, list]:
        """Summed own weights per token and neighbour weights per token's matching form;
        the forms not in the caches are computed together. Rows are stored as copies:
        a view would keep its whole batch array alive."""
        own, context = self._own, self._context
        own_of = own.lookup(tokens)
        new_own = [t for t, v in own_of.items() if v is None]
        if new_own:
            word = self.features.word
            for t, row in zip(new_own, self._sums([word(t)[4] for t in new_own]), strict=True):
                own_of[t] = row.copy()
                own.put(t, own_of[t])
        context_of = context.lookup(w[0] for w in words)
        new_context = [w for w in {w[0]: w for w in words}.values() if context_of[w[0]] is None]
        if new_context:
            neighbour = self.features.neighbour_features  # sums cached, not the strings
            groups = [slot for w in new_context for slot in neighbour(w)]
            sums = self._sums(groups).reshape(len(new_context), 4, -1)
            for w, block in zip(new_context, sums, strict=True):
                context_of[w[0]] = block.copy()
                context.put(w[0], context_of[w[0]])
        return [own_of[t] for t in tokens], [context_of[w[0]] for w in words]

    def _gaz_label_rows(self, label: str) -> tuple[int | None, int | None, int | None]:
        """Rows of gz=, -1gz= and 1gz= for one gazetteer label (None: not in the model)."""
        found = self._gaz_rows.get(label)
        if found is None:
            rows = self.rows
            found = (rows.get("gz=" + label), rows.get("-1gz=" + label), rows.get("1gz=" + label))
            self._gaz_rows[label] = found
        return found

    def scores_many(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """State scores [T, L] per sentence (the sums crfsuite makes)."""
        fx = self.features
        tokens = [t for s in sentences for t in s]
        words = [fx.word(t) for t in tokens]
        own_rows, context_rows = self._cached_sums(tokens, words)
        own = np.array(own_rows)
        context = np.array(context_rows)
        # per token: the rows of its gazetteer and bigram attributes, in the order
        # crfsuite's feature list has them (gz, -1gz, bw, 1gz, fw), after a zero row
        zero = self.zero_row
        bw, fw = self._bw, self._fw
        flat: list[int] = []
        starts: list[int] = []
        out = []
        offset = 0
        for sentence in sentences:
            n = len(sentence)
            norms = [w[0] for w in words[offset : offset + n]]
            gaz = [
                self._gaz_label_rows(g) if g else None for g in fx.lexicon.match_gazetteer(norms)
            ]
            pairs = [a + "|" + b for a, b in zip(norms, norms[1:], strict=False)]
            for i in range(n):
                starts.append(len(flat))
                flat.append(zero)
                g = gaz[i]
                if g is not None and g[0] is not None:
                    flat.append(g[0])
                if i > 0:
                    g = gaz[i - 1]
                    if g is not None and g[1] is not None:
                        flat.append(g[1])
                    r = bw.get(pairs[i - 1])
                    if r is not None:
                        flat.append(r)
                if i + 1 < n:
                    g = gaz[i + 1]
                    if g is not None and g[2] is not None:
                        flat.append(g[2])
                    r = fw.get(pairs[i])
                    if r is not None:
                        flat.append(r)
            score = own[offset : offset + n].copy()
            ctx = context[offset : offset + n]
            score[2:] += ctx[:-2, 0]
            score[1:] += ctx[:-1, 1]
            score[:-1] += ctx[1:, 2]
            score[:-2] += ctx[2:, 3]
            score[:2] += self.boundary[0]
            score[:1] += self.boundary[1]
            score[-1:] += self.boundary[2]
            score[-2:] += self.boundary[3]
            out.append(score)
            offset += n
        extra_sums = np.add.reduceat(self.matrix[flat], starts, axis=0)
        offset = 0
        for score in out:
            score += extra_sums[offset : offset + len(score)]
            offset += len(score)
        return out

    def marginals_many(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Per-token label marginals [T, L] of non-empty sentences (forward-backward
        batched over sentences, longest first; finished ones drop out)."""
        if not sentences:
            return []
        return batched_marginals(self.scores_many(sentences), self.exp_trans)
