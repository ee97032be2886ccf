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
from rasad.ner.features import FeatureExtractor, TokenForms
from rasad.text.cache import GenerationCache

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_BOUNDARY = ("-2w=<s>", "-1w=<s>", "1w=</s>", "2w=</s>")
# what a word gives its neighbours (``FeatureExtractor.neighbour_features``): the kinds
# in feature order; st, c2, c0 and ec only at offsets -1 and 1, tr and ec only when the
# word has a value
_OFFSETS = ("-2", "-1", "1", "2")
_NEIGHBOUR_KINDS = ("w", "c1", "tr", "st", "c2", "c0", "ec")
_NEAR_KINDS = ("w", "c1", "tr")  # also at -2 and 2
_OPTIONAL_KINDS = ("tr", "ec")


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
        # per token form: its summed own weights and what it gives its neighbours at
        # offsets -2, -1, 1, 2, as one [5, L] block (bounded)
        self._blocks: GenerationCache[str, np.ndarray] = GenerationCache()
        # rows of the bigram attributes by their "a|b" part, and of the gazetteer
        # attributes by label: one lookup per pair instead of two strings built per token
        self._bw = {n[3:]: r for n, r in self.rows.items() if n.startswith("bw=")}
        self._fw = {n[3:]: r for n, r in self.rows.items() if n.startswith("fw=")}
        self._gaz_rows: dict[str, tuple[int, int, int]] = {}
        # rows of the neighbour attributes ("-1st=...") per kind ("st") and value: the
        # rows at offsets -2, -1, 1, 2 (the zero row where the model has none)
        self._by_kind: dict[str, dict[str, tuple[int, int, int, int]]] = {}
        for name, row in self.rows.items():
            kind, eq, value = name.partition("=")
            offset = next((d for d in _OFFSETS if kind.startswith(d)), None)
            if not eq or offset is None:
                continue
            kind = kind[len(offset) :]
            if kind in _NEAR_KINDS or (kind in _NEIGHBOUR_KINDS and offset in ("-1", "1")):
                by_value = self._by_kind.setdefault(kind, {})
                rows = list(by_value.get(value, (self.zero_row,) * 4))
                rows[_OFFSETS.index(offset)] = row
                by_value[value] = tuple(rows)

    def _sums(self, groups: list) -> np.ndarray:
        """[len(groups), L]: the summed weights of each group of feature names (in order,
        after the zero row; names the model lacks add nothing)."""
        rows, zero = self.rows, self.zero_row
        flat: list[int] = []
        starts: list[int] = []
        for names in groups:
            starts.append(len(flat))
            flat.append(zero)
            flat += [r for r in map(rows.get, names) if r is not None]
        return np.add.reduceat(self.matrix[flat], starts, axis=0)

    def _form_sums(self, forms: TokenForms) -> tuple[np.ndarray, np.ndarray]:
        """Summed own weights [U, L] and neighbour weights [U, 4, L] of each distinct form,
        cached per token form as one [5, L] block (one lookup per form); the forms not in
        the cache are computed together. Blocks are stored as copies: a view would keep
        its whole batch array alive."""
        cache = self._blocks
        block_of = cache.lookup(forms.forms)
        new = [u for u, block in enumerate(block_of.values()) if block is None]
        if new:
            texts = [forms.forms[u] for u in new]
            words = [forms.words[u] for u in new]
            blocks = np.empty((len(new), 5, len(self.exp_trans)))
            blocks[:, 0] = self._sums([w[4] for w in words])
            blocks[:, 1:] = self._neighbour_sums(words)
            for text, block in zip(texts, blocks, strict=True):
                block_of[text] = block.copy()
                cache.put(text, block_of[text])
        blocks = np.array(list(block_of.values()))
        return blocks[:, 0], blocks[:, 1:]

    def _neighbour_sums(self, words: list[tuple]) -> np.ndarray:
        """[len(words), 4, L]: the summed weights of ``FeatureExtractor.neighbour_features``
        of each word, slot by slot (offsets -2, -1, 1, 2), looked up by kind and value (no
        feature strings built). Each slot adds its kinds in the feature order (w, c1, tr,
        st, c2, c0, ec; the zero row for a kind the slot or the model lacks: adding 0.0
        leaves the sum unchanged), so the sums equal the per-slot ones bit for bit."""
        kinds = self._by_kind
        none = (self.zero_row,) * 4
        values = {
            "w": [w[0] for w in words],
            "c1": [w[2][1] for w in words],
            "tr": [w[3] for w in words],
            "st": [w[1] for w in words],
            "c2": [w[2][2] for w in words],
            "c0": [w[2][0] for w in words],
            "ec": [w[5] for w in words],
        }
        matrix = self.matrix
        total = np.zeros((len(words), 4, matrix.shape[1]))
        for kind in _NEIGHBOUR_KINDS:
            by_value = kinds.get(kind, {})
            if kind in _OPTIONAL_KINDS:  # only when the word has one ("" = none)
                rows = [by_value.get(v, none) if v else none for v in values[kind]]
            else:
                rows = [by_value.get(v, none) for v in values[kind]]
            total += matrix[np.array(rows, dtype=np.int64).reshape(len(words), 4)]
        return total

    def _gaz_label_rows(self, label: str) -> tuple[int, int, int]:
        """Rows of gz=, -1gz= and 1gz= for one gazetteer label (the zero row: not in the
        model)."""
        found = self._gaz_rows.get(label)
        if found is None:
            rows, zero = self.rows, self.zero_row
            found = tuple(rows.get(p + label, zero) for p in ("gz=", "-1gz=", "1gz="))
            self._gaz_rows[label] = found
        return found

    def scores_many(
        self, sentences: list[list[str]], forms: TokenForms | None = None
    ) -> list[np.ndarray]:
        """State scores [T, L] per sentence (the sums crfsuite makes, in its order).

        All sentences are scored as one flat token array: a neighbour's weights are
        added where the neighbour is in the same sentence, 0.0 elsewhere (adding 0.0
        leaves a float unchanged, so the sums equal the per-sentence ones bit for bit).
        """
        if forms is None:
            forms = TokenForms(sentences, self.features)
        n = len(forms.ids)
        if n == 0:
            return [np.zeros((0, len(self.exp_trans)))] * len(sentences)
        own_u, context_u = self._form_sums(forms)
        ids = np.array(forms.ids)
        lengths = np.array(forms.lengths)
        ends = np.cumsum(lengths)
        # position of each token in its sentence, and tokens left after it
        pos = np.arange(n) - np.repeat(ends - lengths, lengths)
        left = np.repeat(lengths, lengths) - 1 - pos
        context = context_u[ids]  # [N, 4, L]: what each token gives its neighbours
        score = own_u[ids]
        for slot, shift in enumerate((-2, -1, 1, 2)):
            # token i gets slot s of token i + d when both are in the same sentence
            d = shift
            given = np.zeros_like(score)
            if d < 0:
                given[-d:] = context[:d, slot]
                given[pos < -d] = 0.0
            else:
                given[:-d] = context[d:, slot]
                given[left < d] = 0.0
            score += given
        score += np.where((pos < 2)[:, None], self.boundary[0], 0.0)
        score += np.where((pos < 1)[:, None], self.boundary[1], 0.0)
        score += np.where((left < 1)[:, None], self.boundary[2], 0.0)
        score += np.where((left < 2)[:, None], self.boundary[3], 0.0)
        score += self._pair_sums(forms, pos, left)
        return np.split(score, ends[:-1])

    def _pair_sums(self, forms: TokenForms, pos: np.ndarray, left: np.ndarray) -> np.ndarray:
        """[N, L]: per token, the weights of its gazetteer and bigram attributes summed in
        the order of crfsuite's feature list (gz, -1gz, bw, 1gz, fw)."""
        zero, matrix = self.zero_row, self.matrix
        norms = forms.norms
        n = len(norms)
        bw, fw = self._bw, self._fw
        # the "a|b" key of each pair of neighbouring tokens (also across sentences: masked)
        keys = [a + "|" + b for a, b in zip(norms, norms[1:], strict=False)]
        pair = np.full(n, zero)  # row of "bw=" for the pair (token i - 1, token i)
        pair[1:] = [bw.get(k, zero) for k in keys]
        pair_fw = np.full(n, zero)  # row of "fw=" for the pair (token i, token i + 1)
        pair_fw[:-1] = [fw.get(k, zero) for k in keys]
        pair[pos < 1] = zero
        pair_fw[left < 1] = zero
        gaz = np.full((n, 3), zero)
        labels = forms.gazetteer
        for i, label in enumerate(labels):
            if label:
                gaz[i] = self._gaz_label_rows(label)
        before = np.full(n, zero)  # -1gz= of the previous token's label
        before[1:] = gaz[:-1, 1]
        before[pos < 1] = zero
        after = np.full(n, zero)  # 1gz= of the next token's label
        after[:-1] = gaz[1:, 2]
        after[left < 1] = zero
        total = matrix[gaz[:, 0]]  # 0 + gz (exact)
        total += matrix[before]
        total += matrix[pair]
        total += matrix[after]
        total += matrix[pair_fw]
        return total

    def marginals_many(
        self, sentences: list[list[str]], forms: TokenForms | None = None
    ) -> list[np.ndarray]:
        """Per-token label marginals [T, L] of non-empty sentences (forward-backward
        batched over sentences, longest first; finished ones drop out)."""
        if not sentences:
            return []
        return batched_marginals(self.scores_many(sentences, forms), self.exp_trans)
