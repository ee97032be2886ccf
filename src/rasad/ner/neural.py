"""A small BiLSTM-CRF tagger with character CNN, run in numpy (trained with PyTorch).

Inputs per token: the frozen word vector learned on the raw news (int8 in
``vectors.npz``), a character CNN over the normalized token, and small embeddings of
the CRF's lexical signals (embedding class, gazetteer label, trigger class, clitic
prefix, frequency and article buckets, shape). Training: ``training/train_ner_neural.py``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from rasad.ner.decode import batched_marginals, viterbi
from rasad.ner.features import WORD_CACHE, FeatureExtractor
from rasad.text.cache import GenerationCache

_DIGIT = re.compile(r"\d")
MAX_CHARS = 20
LSTM_SLOTS = 8192  # padded tokens per LSTM batch: long sentences go in small batches
CATEGORIES = ("embed", "gaz", "trig", "prefix", "freq", "article", "shape")
_GAZ = CATEGORIES.index("gaz")


def token_categories(word: tuple, gaz: str, lexicon) -> dict[str, str]:
    """The categorical signals of one token (from ``FeatureExtractor.word``) as strings."""
    norm, _stem, _clusters, trig, feats, embed = word
    info = lexicon.words.get(norm)
    prefix = feats[2][4:]
    if info is None and prefix:
        info = lexicon.words.get(norm[len(prefix) :])
    return {
        "embed": embed or "-",
        "gaz": gaz or "-",
        "trig": trig or "-",
        "prefix": prefix or "-",
        "freq": info.freq if info else "oov",
        "article": info.article if info else "oov",
        "shape": feats[3][3:],
    }


class Encoder:
    """Token strings -> integer inputs, with vocabularies fixed at training time."""

    def __init__(self, extractor: FeatureExtractor, rows: dict[str, int], meta: dict) -> None:
        self.extractor = extractor
        self.rows = rows
        self.chars: dict[str, int] = meta["chars"]
        self.categories: dict[str, dict[str, int]] = meta["categories"]

        self.token = lru_cache(maxsize=WORD_CACHE)(self._token)

    def _token(self, token: str) -> tuple[int, np.ndarray, tuple[int, ...], str]:
        """Context-free inputs of one token (cached per form): word row, char ids,
        category ids (gazetteer slot filled per sentence) and the matching form."""
        w = self.extractor.word(token)
        norm = w[0]
        row = self.rows.get(norm)
        prefix = w[4][2][4:]  # "pre=..." feature
        if row is None and prefix:
            row = self.rows.get(norm[len(prefix) :])
        chars = np.zeros(MAX_CHARS, dtype=np.int64)
        for k, ch in enumerate(norm[:MAX_CHARS]):
            chars[k] = self.chars.get(ch, 1)
        cat = token_categories(w, "", self.extractor.lexicon)
        cats = tuple(self.categories[name].get(cat[name], 1) for name in CATEGORIES)
        return -1 if row is None else row, chars, cats, norm

    def encode_many(
        self, sentences: list[list[str]], with_chars: bool = True
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """``encode`` of the sentences concatenated (gazetteer matched per sentence);
        no char ids (None) without ``with_chars`` (the char-CNN vectors are cached)."""
        parts = [self.token(t) for s in sentences for t in s]
        n = len(parts)
        match = self.extractor.lexicon.match_gazetteer
        gaz_ids = self.categories["gaz"]
        gaz: list[int] = []
        offset = 0
        for s in sentences:
            norms = [p[3] for p in parts[offset : offset + len(s)]]
            gaz += [gaz_ids.get(g or "-", 1) for g in match(norms)]
            offset += len(s)
        word_rows = np.fromiter((p[0] for p in parts), dtype=np.int64, count=n)
        chars = None
        if with_chars:
            chars = np.stack([p[1] for p in parts]) if parts else np.zeros((0, MAX_CHARS), np.int64)
        cats = np.array([p[2] for p in parts], dtype=np.int64).reshape(n, len(CATEGORIES))
        cats[:, _GAZ] = gaz
        return word_rows, chars, cats

    def encode(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(word rows [T], char ids [T, MAX_CHARS], category ids [T, len(CATEGORIES)])."""
        parts = [self.token(t) for t in tokens]
        n = len(parts)
        gaz = self.extractor.lexicon.match_gazetteer([p[3] for p in parts])
        word_rows = np.fromiter((p[0] for p in parts), dtype=np.int64, count=n)
        chars = np.stack([p[1] for p in parts]) if parts else np.zeros((0, MAX_CHARS), np.int64)
        cats = np.array([p[2] for p in parts], dtype=np.int64).reshape(n, len(CATEGORIES))
        gaz_ids = self.categories["gaz"]
        cats[:, _GAZ] = [gaz_ids.get(g or "-", 1) for g in gaz]
        return word_rows, chars, cats


def _length_batches(order: list[int], lengths: list[int]) -> list[list[int]]:
    """Consecutive groups of ``order`` (sorted by length) of at most LSTM_SLOTS padded tokens."""
    batches: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        if cur and (len(cur) + 1) * lengths[i] > LSTM_SLOTS:
            batches.append(cur)
            cur = []
        cur.append(i)
    return [*batches, cur] if cur else batches


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralTagger:
    """numpy forward pass of the trained model, batched over sentences."""

    def __init__(self, directory: Path, extractor: FeatureExtractor) -> None:
        meta = json.loads((directory / "neural.json").read_text(encoding="utf-8"))
        self.labels: list[str] = meta["labels"]
        weights = np.load(directory / "neural.npz")
        self.w = {k: weights[k].astype(np.float32) for k in weights.files}
        vec = np.load(directory / "vectors.npz")
        self.vectors = vec["q"].astype(np.float32) * vec["scale"][:, None].astype(np.float32)
        self.vectors = np.vstack([self.vectors, np.zeros((1, self.vectors.shape[1]), np.float32)])
        self.encoder = Encoder(extractor, extractor.lexicon.words.index, meta)
        self._exp_trans: np.ndarray | None = None
        self._char_cache: GenerationCache[str, np.ndarray] = GenerationCache()
        self._threads: ThreadpoolController | None = None
        self._lstm_cache: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def _char_vectors(self, chars: np.ndarray) -> np.ndarray:
        """Char-CNN vectors [T, F] of char id rows [T, MAX_CHARS] (max over positions)."""
        w = self.w
        emb = w["char_emb"][chars]  # [T, C, E]
        t, c, e = emb.shape
        filters, k, _ = w["conv_w"].shape  # [F, K, E]
        pad = np.zeros((t, c + k - 1, e), np.float32)
        pad[:, k // 2 : k // 2 + c] = emb
        windows = np.stack([pad[:, j : j + c] for j in range(k)], axis=2).reshape(t, c, k * e)
        conv_w = w["conv_w"].reshape(filters, k * e)
        conv = np.maximum(windows @ conv_w.T + w["conv_b"], 0.0)
        mask = (chars > 0)[:, :, None]
        return np.where(mask, conv, 0.0).max(axis=1).astype(np.float32)

    def _inputs(self, encoded, char_vec: np.ndarray | None = None) -> np.ndarray:
        w = self.w
        word_rows, chars, cats = encoded
        word = self.vectors[word_rows]  # row -1 is the zero vector
        if char_vec is None:
            char_vec = self._char_vectors(chars)
        cat_vecs = [w[f"cat_{name}"][cats[:, j]] for j, name in enumerate(CATEGORIES)]
        return np.concatenate([word, char_vec, *cat_vecs], axis=1).astype(np.float32, copy=False)

    def _cached_char_vectors(self, tokens: list[str]) -> np.ndarray:
        """Char-CNN vectors of tokens, computed once per token form (bounded cache)."""
        cache = self._char_cache
        found = cache.lookup(tokens)
        missing = [t for t, vec in found.items() if vec is None]
        if missing:
            vecs = self._char_vectors(np.stack([self.encoder.token(t)[1] for t in missing]))
            for t, vec in zip(missing, vecs, strict=True):
                # a copy, not a view: a view would keep the whole batch array alive
                found[t] = vec.copy()
                cache.put(t, found[t])
        return np.stack([found[t] for t in tokens])

    def _lstm_weights(self, prefix: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Transposed input and hidden weights and summed bias of one LSTM direction, gate
        blocks reordered from PyTorch's (i, f, g, o) to (i, f, o, g): one sigmoid call."""
        cached = self._lstm_cache.get(prefix)
        if cached is None:
            w = self.w
            hidden = w[prefix + "w_hh"].shape[1]
            perm = np.r_[0 : 2 * hidden, 3 * hidden : 4 * hidden, 2 * hidden : 3 * hidden]
            b = (w[prefix + "b_ih"] + w[prefix + "b_hh"])[perm]
            cached = (w[prefix + "w_ih"][perm].T.copy(), w[prefix + "w_hh"][perm].T.copy(), b)
            self._lstm_cache[prefix] = cached
        return cached

    def _bilstm(self, xs: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Both LSTM directions over a batch of sequences (each [T_i, I]) in one loop.

        Rows are sorted longest first so that step ``t`` only computes the sequences
        still running (a prefix of the batch): no work on padding. The backward
        direction reads each sequence reversed; both directions have the same lengths,
        so their states are stacked [2, B, H] and share every elementwise step (the
        arithmetic per direction is unchanged: same matrix products, same operations).
        """
        weights = [self._lstm_weights("f_"), self._lstm_weights("b_")]
        hidden = weights[0][1].shape[0]
        order = sorted(range(len(xs)), key=lambda i: -len(xs[i]))
        lengths = [len(xs[i]) for i in order]
        steps, batch = lengths[0], len(xs)
        pre = np.zeros((2, batch, steps, 4 * hidden), np.float32)
        for d, (w_ih_t, _w_hh_t, b) in enumerate(weights):
            seqs = [xs[i] if d == 0 else xs[i][::-1] for i in order]
            pre_flat = np.concatenate(seqs) @ w_ih_t + b  # [sum T, 4H]
            offset = 0
            for row, n in enumerate(lengths):
                pre[d, row, :n] = pre_flat[offset : offset + n]
                offset += n
        h = np.zeros((2, batch, hidden), np.float32)
        c = np.zeros_like(h)
        gates = np.empty((2, batch, 4 * hidden), np.float32)
        out = np.zeros((2, batch, steps, hidden), np.float32)
        w_hh = [weights[0][1], weights[1][1]]
        active = batch
        for step in range(steps):
            while lengths[active - 1] <= step:
                active -= 1
            g = gates[:, :active]
            np.matmul(h[0, :active], w_hh[0], out=g[0])
            np.matmul(h[1, :active], w_hh[1], out=g[1])
            g += pre[:, :active, step]
            sig = _sigmoid(g[:, :, : 3 * hidden])  # gates reordered to i, f, o | g
            g_g = np.tanh(g[:, :, 3 * hidden :])
            c_new = sig[:, :, hidden : 2 * hidden] * c[:, :active] + sig[:, :, :hidden] * g_g
            h_new = sig[:, :, 2 * hidden :] * np.tanh(c_new)
            c[:, :active] = c_new
            h[:, :active] = h_new
            out[:, :active, step] = h_new
        fwd: list[np.ndarray] = [np.empty(0)] * batch
        bwd: list[np.ndarray] = [np.empty(0)] * batch
        for row, i in enumerate(order):
            fwd[i] = out[0, row, : lengths[row]]
            bwd[i] = out[1, row, : lengths[row]][::-1]
        return fwd, bwd

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Label scores [T, L] per sentence; one BLAS thread (small matrices: threads only
        contend), sentences of similar length run through the LSTM together."""
        if not sentences:
            return []
        if self._threads is None:
            self._threads = ThreadpoolController()  # inspects the loaded libraries once
        with self._threads.limit(limits=1, user_api="blas"):
            # one char-CNN pass over all tokens of the batch, split back per sentence
            tokens = [t for s in sentences for t in s]
            flat = self._inputs(
                self.encoder.encode_many(sentences, with_chars=False),
                self._cached_char_vectors(tokens),
            )
            inputs = np.split(flat, np.cumsum([len(s) for s in sentences])[:-1])
            order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]))
            out: list[np.ndarray] = [np.empty(0)] * len(inputs)
            for idx in _length_batches(order, [len(x) for x in inputs]):
                xs = [inputs[i] for i in idx]
                fwd, bwd = self._bilstm(xs)
                for i, f, b in zip(idx, fwd, bwd, strict=True):
                    out[i] = np.concatenate([f, b], axis=1) @ self.w["out_w"].T + self.w["out_b"]
            return out

    def viterbi(self, scores: np.ndarray) -> list[int]:
        return viterbi(scores, self.w["trans"], self.w["start"], self.w["end"])

    def posteriors(self, scores: np.ndarray) -> np.ndarray:
        """Per-token label marginals [T, L] of the CRF layer (scaled forward-backward)."""
        if self._exp_trans is None:
            self._exp_trans = np.exp(self.w["trans"].astype(np.float64))
        trans = self._exp_trans
        # per-step shifts keep exp() in range; they cancel in the normalisation
        emit = np.exp(scores - scores.max(axis=1, keepdims=True)).astype(np.float64)
        t_len, n = emit.shape
        alpha = np.empty((t_len, n))
        beta = np.empty((t_len, n))
        a = np.exp(self.w["start"] - self.w["start"].max()) * emit[0]
        alpha[0] = a / a.sum()
        for t in range(1, t_len):
            a = (alpha[t - 1] @ trans) * emit[t]
            alpha[t] = a / a.sum()
        b = np.exp(self.w["end"] - self.w["end"].max()).astype(np.float64)
        beta[-1] = b / b.sum()
        for t in range(t_len - 2, -1, -1):
            b = trans @ (emit[t + 1] * beta[t + 1])
            beta[t] = b / b.sum()
        post = alpha * beta
        return post / post.sum(axis=1, keepdims=True)

    def posteriors_many(self, scores: list[np.ndarray]) -> list[np.ndarray]:
        """``posteriors`` of many sentences at once: the forward-backward steps run over
        all sentences together (longest first, finished ones drop out of the batch)."""
        if not scores:
            return []
        if self._exp_trans is None:
            self._exp_trans = np.exp(self.w["trans"].astype(np.float64))
        start = np.exp(self.w["start"] - self.w["start"].max())
        end = np.exp(self.w["end"] - self.w["end"].max()).astype(np.float64)
        return batched_marginals(scores, self._exp_trans, start, end / end.sum())

    def tag_batch(self, sentences: list[list[str]]) -> list[list[str]]:
        sentences_nonempty = [s for s in sentences if s]
        results = (
            iter(
                [self.labels[k] for k in self.viterbi(e)]
                for e in self.emissions(sentences_nonempty)
            )
            if sentences_nonempty
            else iter(())
        )
        return [next(results) if s else [] for s in sentences]
