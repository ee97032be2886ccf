"""A small BiLSTM-CRF tagger with character CNN, run in numpy (trained with PyTorch).

Inputs per token: the frozen word vector learned on the raw news (int8 in
``vectors.npz``), a character CNN over the normalized token, and small embeddings of
the CRF's lexical signals (embedding class, gazetteer label, trigger class, clitic
prefix, frequency and article buckets, shape). Training: ``training/train_ner_neural.py``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from rasad.ner.decode import length_groups, viterbi
from rasad.ner.features import WORD_CACHE, FeatureExtractor, TokenForms
from rasad.text.cache import GenerationCache

MAX_CHARS = 20
# token forms per generation of the input-projection cache (<= 2 x 5,000 x 4 KB = 40 MB)
PROJECTION_CACHE = 5_000
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
        self._category_ids = [self.categories[name] for name in CATEGORIES]
        words = extractor.lexicon.words
        # rows of the lexicon itself: its columns give the frequency and article classes
        self._columns = words.columns if rows is words.index else None

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
        ids = [self.chars.get(ch, 1) for ch in norm[:MAX_CHARS]]
        ids += [0] * (MAX_CHARS - len(ids))
        chars = np.array(ids, dtype=np.int64)
        if self._columns is None:
            cat = token_categories(w, "", self.extractor.lexicon)
            values = [cat[name] for name in CATEGORIES]
        else:  # the lexicon's row is ``row``: read its columns (token_categories' values)
            trig, feats, embed = w[3], w[4], w[5]
            freq, article = (
                ("oov", "oov") if row is None else (self._columns[4][row], self._columns[5][row])
            )
            # in the order of CATEGORIES
            values = [
                embed or "-",
                "-",
                trig or "-",
                prefix or "-",
                freq,
                article,
                feats[3][3:],
            ]
        cats = tuple([t.get(v, 1) for t, v in zip(self._category_ids, values, strict=True)])
        return -1 if row is None else row, chars, cats, norm

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


@dataclass
class _LstmWeights:
    hidden: int
    w_form: np.ndarray  # [inputs other than the gazetteer's, 8H]
    gaz_table: np.ndarray  # [gazetteer ids, 8H], both biases included
    w_hh: np.ndarray  # [2, H, 4H]
    out_w: np.ndarray  # [2H, L]
    out_b: np.ndarray  # [L]


class _RowCache:
    """A bounded two-generation cache (as ``GenerationCache``) of float32 rows keyed by
    word form, stored in two fixed slabs [limit, width]: no allocation per row, so the
    memory it holds stays put (4 KB rows allocated and freed one by one fragmented the
    heap: RSS kept creeping up)."""

    def __init__(self, limit: int, width: int) -> None:
        self.limit = limit
        self.slabs = (np.empty((limit, width), np.float32), np.empty((limit, width), np.float32))
        self.rows: tuple[dict[str, int], dict[str, int]] = ({}, {})  # form -> slab row
        self.hot = 0

    def get_many(self, forms: list[str], out: np.ndarray) -> list[int]:
        """Copy the cached row of each form to ``out[u]``; the positions of the others."""
        slab_rows = list(map(self.rows[self.hot].get, forms))
        pending = [u for u, k in enumerate(slab_rows) if k is None]
        if not pending:
            out[:] = self.slabs[self.hot][slab_rows]
            return []
        found = [u for u, k in enumerate(slab_rows) if k is not None]
        out[found] = self.slabs[self.hot][[slab_rows[u] for u in found]]
        # second chance in the older generation: copied out first, then promoted (a
        # promotion may turn the older generation's slab into the hot one)
        cold = 1 - self.hot
        cold_rows = list(map(self.rows[cold].get, [forms[u] for u in pending]))
        hits = [u for u, k in zip(pending, cold_rows, strict=True) if k is not None]
        if hits:
            out[hits] = self.slabs[cold][[k for k in cold_rows if k is not None]]
            self.put_many([forms[u] for u in hits], out[hits])
        return [u for u, k in zip(pending, cold_rows, strict=True) if k is None]

    def put_many(self, forms: list[str], rows: np.ndarray) -> None:
        """``put`` of distinct forms not in the hot generation, slab rows written in blocks."""
        done = 0
        while done < len(forms):
            hot_rows = self.rows[self.hot]
            if len(hot_rows) >= self.limit:  # the hot generation becomes the cold one
                self.hot = 1 - self.hot
                hot_rows = self.rows[self.hot]
                hot_rows.clear()
            first = len(hot_rows)
            block = forms[done : done + self.limit - first]
            self.slabs[self.hot][first : first + len(block)] = rows[done : done + len(block)]
            hot_rows.update(zip(block, range(first, first + len(block)), strict=True))
            done += len(block)

    def put(self, form: str, row: np.ndarray) -> None:
        self.put_many([form], row[None])


@dataclass
class _Inputs:
    """The LSTM inputs of a call: token ``i`` reads ``projected[forms[i]] +
    gaz_table[gaz[i]]``; ``states`` [N, 2H] receives the hidden states."""

    projected: np.ndarray
    forms: np.ndarray
    gaz_table: np.ndarray
    gaz: np.ndarray
    states: np.ndarray


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
        # input projections per token form: 4 KB each, so fewer than the other caches
        self._projections: _RowCache | None = None
        self._projection_lock = threading.Lock()
        self._threads: ThreadpoolController | None = None
        self._lstm: _LstmWeights | None = None

    def _char_vectors(self, chars: np.ndarray) -> np.ndarray:
        """Char-CNN vectors [T, F] of char id rows [T, MAX_CHARS] (max over positions)."""
        w = self.w
        emb = w["char_emb"][chars]  # [T, C, E]
        t, c, e = emb.shape
        filters, k, _ = w["conv_w"].shape  # [F, K, E]
        pad = np.zeros((t, c + k - 1, e), np.float32)
        pad[:, k // 2 : k // 2 + c] = emb
        # one matrix product over all positions of all tokens (a [T, C, K*E] @ [K*E, F]
        # product would run one small product per token)
        windows = np.stack([pad[:, j : j + c] for j in range(k)], axis=2).reshape(t * c, k * e)
        conv = windows @ w["conv_w"].reshape(filters, k * e).T
        conv += w["conv_b"]
        np.maximum(conv, 0.0, out=conv)
        conv = conv.reshape(t, c, filters)
        conv[chars == 0] = 0.0  # padding positions
        return conv.max(axis=1)

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

    def _lstm_weights(self) -> _LstmWeights:
        """Both directions' weights, prepared once.

        Gate blocks are reordered from PyTorch's (i, f, g, o) to (i, f, o, g) and the
        sigmoid gates' rows halved (exact: a power of two), so one tanh over all gates
        gives tanh(g) and, for i, f, o, tanh(x / 2) with sigmoid(x) = (tanh(x / 2) + 1) / 2.
        Input weights: [I, 8H] (forward gates, then backward); the input is linear in
        the gazetteer embedding, so its share (with both biases) is a table [gaz, 8H]
        and the rest [I - gaz, 8H] is applied once per distinct token form.
        """
        if self._lstm is not None:
            return self._lstm
        w = self.w
        hidden = w["f_w_hh"].shape[1]
        perm = np.r_[0 : 2 * hidden, 3 * hidden : 4 * hidden, 2 * hidden : 3 * hidden]
        scale = np.ones(4 * hidden, np.float32)
        scale[: 3 * hidden] = 0.5
        w_ih = np.hstack([(w[d + "w_ih"][perm] * scale[:, None]).T for d in ("f_", "b_")])
        w_hh = np.stack([(w[d + "w_hh"][perm] * scale[:, None]).T for d in ("f_", "b_")])
        bias = np.concatenate([(w[d + "b_ih"] + w[d + "b_hh"])[perm] * scale for d in ("f_", "b_")])
        # input columns: word vector, char-CNN, then the category embeddings in order
        widths = [self.vectors.shape[1], w["conv_w"].shape[0]]
        widths += [w[f"cat_{name}"].shape[1] for name in CATEGORIES]
        bounds = np.cumsum([0, *widths])
        gaz_rows = np.arange(bounds[2 + _GAZ], bounds[3 + _GAZ])
        other = np.setdiff1d(np.arange(bounds[-1]), gaz_rows)
        self._lstm = _LstmWeights(
            hidden=hidden,
            w_form=np.ascontiguousarray(w_ih[other]),
            gaz_table=(w["cat_gaz"] @ w_ih[gaz_rows] + bias).astype(np.float32),
            w_hh=np.ascontiguousarray(w_hh),
            out_w=np.ascontiguousarray(w["out_w"].T),
            out_b=w["out_b"],
        )
        return self._lstm

    def _form_projections(self, forms: TokenForms) -> tuple[np.ndarray, np.ndarray]:
        """Input projections [U, 8H] of the distinct forms (all inputs but the
        gazetteer's; cached per form, bounded) and the gazetteer id of every token [N]."""
        # one caller at a time: a row read from a slab must not be overwritten meanwhile
        with self._projection_lock:
            lstm = self._lstm_weights()
            if self._projections is None:
                self._projections = _RowCache(PROJECTION_CACHE, lstm.w_form.shape[1])
            projected = np.empty((len(forms.forms), lstm.w_form.shape[1]), np.float32)
            missing = self._projections.get_many(forms.forms, projected)
            if missing:
                w = self.w
                new = [forms.forms[u] for u in missing]
                parts = [self.encoder.token(f) for f in new]
                word_rows = np.fromiter((p[0] for p in parts), dtype=np.int64, count=len(parts))
                cats = np.array([p[2] for p in parts], dtype=np.int64).reshape(len(parts), -1)
                inputs = [self.vectors[word_rows], self._cached_char_vectors(new)]
                inputs += [w[f"cat_{c}"][cats[:, j]] for j, c in enumerate(CATEGORIES) if j != _GAZ]
                computed = np.concatenate(inputs, axis=1) @ lstm.w_form
                projected[missing] = computed
                self._projections.put_many(new, computed)
        gaz_ids = self.encoder.categories["gaz"]
        gaz = [gaz_ids.get(g or "-", 1) for g in forms.gazetteer]
        return projected, np.array(gaz, dtype=np.int64)

    def _bilstm(self, inputs: _Inputs, starts: np.ndarray, lengths: np.ndarray) -> None:
        """Hidden states (forward, backward) of the sentences at token rows ``starts``
        with ``lengths``, written to those rows of ``inputs.states``.

        Both directions and all sentences run in one loop over positions: sentences are
        sorted longest first so that step ``t`` only computes those still running (a
        prefix of the batch, no work on padding); the backward direction reads each
        sentence reversed. The inputs and states are packed step by step (step ``t``'s
        running sentences are consecutive rows, as in PyTorch's PackedSequence), so no
        padding is gathered or written; states are [2, rows, H] and share every
        elementwise step.
        """
        lstm = self._lstm_weights()
        hidden = lstm.hidden
        gates_width = 4 * hidden
        order = np.argsort(-lengths, kind="stable")
        lengths, starts = lengths[order], starts[order]
        batch, steps = len(order), int(lengths[0])
        running = np.arange(steps)[:, None] < lengths[None, :]  # [T, B]
        active_at = running.sum(axis=1).tolist()  # sentences running at each step
        offsets = np.cumsum([0, *active_at]).tolist()  # first packed row of each step
        # (step, sentence) of each packed row, step-major: its token rows per direction
        step_of, sentence_of = np.nonzero(running)
        fwd_rows = starts[sentence_of] + step_of
        bwd_rows = (starts + lengths - 1)[sentence_of] - step_of
        packed = len(step_of)
        pre = np.empty((2, packed, gates_width), np.float32)
        # each direction's half of the projections as its own row (2u + d): whole
        # contiguous rows are gathered (a row index with a column slice is much slower)
        halves = inputs.projected.reshape(-1, gates_width)
        gaz_halves = inputs.gaz_table.reshape(-1, gates_width)
        for d, rows in enumerate((fwd_rows, bwd_rows)):
            np.take(halves, 2 * inputs.forms[rows] + d, axis=0, out=pre[d], mode="clip")
            pre[d] += np.take(gaz_halves, 2 * inputs.gaz[rows] + d, axis=0, mode="clip")
        c = np.zeros((2, batch, hidden), np.float32)
        gates = np.empty((2, batch, gates_width), np.float32)
        tanh_c = np.empty_like(c)
        input_gate = np.empty_like(c)
        out = np.empty((2, packed, hidden), np.float32)  # h of every packed row
        w_f, w_b = lstm.w_hh
        sig_width, f_at, o_at = 3 * hidden, hidden, 2 * hidden
        for t in range(steps):
            active = active_at[t]
            rows = slice(offsets[t], offsets[t] + active)
            g = gates[:, :active]
            c_a = c[:, :active]
            if t:  # h is 0 before the first step (so are the products)
                before = offsets[t - 1]  # the running sentences are a prefix of step t - 1's
                np.matmul(out[0, before : before + active], w_f, out=g[0])
                np.matmul(out[1, before : before + active], w_b, out=g[1])
                g += pre[:, rows]
            else:
                g[...] = pre[:, rows]
            np.tanh(g, out=g)
            sig = g[:, :, :sig_width]
            sig *= 0.5
            sig += 0.5  # sigmoid of the i, f, o gates (their rows were halved)
            c_a *= sig[:, :, f_at:o_at]
            i_g = input_gate[:, :active]
            np.multiply(sig[:, :, :f_at], g[:, :, sig_width:], out=i_g)
            c_a += i_g
            t_c = tanh_c[:, :active]
            np.tanh(c_a, out=t_c)
            np.multiply(sig[:, :, o_at:], t_c, out=out[:, rows])
        # token i's states are rows 2i (forward) and 2i + 1 (backward) of [2N, H]
        halves = inputs.states.reshape(-1, hidden)
        halves[2 * fwd_rows] = out[0]
        halves[2 * bwd_rows + 1] = out[1]

    def emissions(
        self, sentences: list[list[str]], forms: TokenForms | None = None
    ) -> list[np.ndarray]:
        """Label scores [T, L] per non-empty sentence; one BLAS thread (small matrices:
        threads only contend). Sentences of similar length run through the LSTM
        together (at most LSTM_SLOTS padded tokens per batch)."""
        if not sentences:
            return []
        if forms is None:
            forms = TokenForms(sentences, self.encoder.extractor)
        if not forms.ids:
            return [np.zeros((0, len(self.labels)), np.float32) for _ in sentences]
        if self._threads is None:
            self._threads = ThreadpoolController()  # inspects the loaded libraries once
        with self._threads.limit(limits=1, user_api="blas"):
            lstm = self._lstm_weights()
            projected, gaz = self._form_projections(forms)
            n = len(forms.ids)
            # per token: its form's projection and its gazetteer row (biases included),
            # added per LSTM batch
            inputs = _Inputs(
                projected=projected,
                forms=np.array(forms.ids, dtype=np.int64),
                gaz_table=lstm.gaz_table,
                gaz=gaz,
                states=np.empty((n, 2 * lstm.hidden), np.float32),
            )
            lengths = np.array(forms.lengths, dtype=np.int64)
            ends = np.cumsum(lengths)
            starts = ends - lengths
            order = sorted(range(len(lengths)), key=lambda i: forms.lengths[i])
            for idx in length_groups(order, forms.lengths, LSTM_SLOTS):
                self._bilstm(inputs, starts[idx], lengths[idx])
            scores = inputs.states @ lstm.out_w + lstm.out_b
            return np.split(scores, ends[:-1])

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

    def chain(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The CRF layer for ``decode.padded_marginals``: exp of the transition weights,
        exp-scaled start weights and normalised exp-scaled end weights."""
        if self._exp_trans is None:
            self._exp_trans = np.exp(self.w["trans"].astype(np.float64))
        start = np.exp(self.w["start"] - self.w["start"].max())
        end = np.exp(self.w["end"] - self.w["end"].max()).astype(np.float64)
        return self._exp_trans, start, end / end.sum()

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
