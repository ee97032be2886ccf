"""CRF features of a sentence of raw tokens (ANERcorp-style: clitics attached)."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.ner.lexicon import Lexicon, trigger_class
from rasad.ner.normalize import is_arabic, normalize, split_proclitics

_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"^[^\w]+$")
_LATIN = re.compile(r"[A-Za-z]")
_NONE = ("", "", "")
# word forms whose descriptions are kept: the news vocabulary grows ~130 forms per
# article, so a small bound keeps memory flat; frequent words stay (LRU)
WORD_CACHE = 30_000


class FeatureExtractor:
    def __init__(
        self, lexicon: Lexicon, disabled: frozenset[str] = frozenset(), vectors=None
    ) -> None:
        self.lexicon = lexicon
        self.vectors = vectors  # optional (word -> index, matrix): dense embedding features
        self.disabled = disabled  # feature groups left out (for ablations)
        self.word = lru_cache(maxsize=WORD_CACHE)(self._word)
        self._neighbours: dict[str, tuple[list[str], ...]] = {}

    def _word(self, token: str) -> tuple:
        """Context-free description of one token (cached)."""
        norm = _DIGIT.sub("0", normalize(token))
        prefix, rest = split_proclitics(norm)
        words = self.lexicon.words
        info = words.get(norm)
        rest_info = words.get(rest) if prefix else None
        stem = rest[2:] if rest.startswith("ال") and len(rest) > 4 else rest
        if _PUNCT.match(token):
            shape = "P"
        elif norm.isdigit() or _DIGIT.match(norm):
            shape = "D"
        elif _LATIN.search(token):
            shape = "L"
        elif is_arabic(token):
            shape = "A"
        else:
            shape = "X"
        feats = [
            "w=" + norm,
            "st=" + stem,
            "pre=" + prefix,
            "sh=" + shape,
            "s1=" + norm[-1:],
            "s2=" + norm[-2:],
            "s3=" + norm[-3:],
            "ss2=" + stem[-2:],
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "len=" + str(min(len(stem), 8)),
        ]
        clusters = info.clusters if info else (rest_info.clusters if rest_info else _NONE)
        off = self.disabled
        if info:
            if "clusters" not in off:
                feats += [
                    "c0=" + info.clusters[0],
                    "c1=" + info.clusters[1],
                    "c2=" + info.clusters[2],
                ]
            if "stats" not in off:
                feats += ["fq=" + info.freq, "art=" + info.article]
            if "embed" not in off and info.embed_class != "-":
                feats += ["ec=" + info.embed_class, "ect=" + info.embed_class[:-1]]
        else:
            feats.append("oov")
        if rest_info:
            if "clusters" not in off:
                feats += ["rc1=" + rest_info.clusters[1], "rc2=" + rest_info.clusters[2]]
            if "stats" not in off:
                feats += ["rfq=" + rest_info.freq, "rart=" + rest_info.article]
            if "embed" not in off and rest_info.embed_class != "-":
                feats += ["rec=" + rest_info.embed_class]
        if "clusters" in off:
            clusters = _NONE
        trig = trigger_class(norm, rest)
        if trig:
            feats.append("tr=" + trig)
        embed = ""
        if "embed" not in off:
            embed = (info or rest_info).embed_class if (info or rest_info) else "oov"
        return norm, stem, clusters, trig, feats, embed

    @staticmethod
    def neighbour_features(word: tuple) -> tuple[list[str], ...]:
        """Features a word gives its neighbours at offsets -2, -1, 1, 2 (they depend on
        the word's matching form only)."""
        jn, js, jc, jt, _, je = word
        out = []
        for d in (-2, -1, 1, 2):
            f = [f"{d}w={jn}", f"{d}c1={jc[1]}"]
            if jt:
                f.append(f"{d}tr={jt}")
            if abs(d) == 1:
                f += [f"{d}st={js}", f"{d}c2={jc[2]}", f"{d}c0={jc[0]}"]
                if je:
                    f.append(f"{d}ec={je}")
            out.append(f)
        return tuple(out)

    def _neighbour(self, word: tuple) -> tuple[list[str], ...]:
        """``neighbour_features``, cached per matching form."""
        feats = self._neighbours.get(word[0])
        if feats is None:
            if len(self._neighbours) >= WORD_CACHE:
                self._neighbours.clear()
            feats = self._neighbours[word[0]] = self.neighbour_features(word)
        return feats

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        words = [self.word(t) for t in tokens]
        gaz = self.lexicon.match_gazetteer([w[0] for w in words])
        n = len(words)
        context = [self._neighbour(w) for w in words]
        out = []
        for i, (norm, _stem, _clusters, _trig, feats, _embed) in enumerate(words):
            f = list(feats)
            if gaz[i] and "gazetteer" not in self.disabled:
                f.append("gz=" + gaz[i])
            for slot, d in enumerate((-2, -1, 1, 2)):
                j = i + d
                if 0 <= j < n:
                    f += context[j][slot]
                    if abs(d) == 1 and gaz[j] and "gazetteer" not in self.disabled:
                        f.append(f"{d}gz={gaz[j]}")
                else:
                    f.append(f"{d}w=<s>" if d < 0 else f"{d}w=</s>")
            if i > 0:
                f.append("bw=" + words[i - 1][0] + "|" + norm)
            if i + 1 < n:
                f.append("fw=" + norm + "|" + words[i + 1][0])
            out.append(f)
        if self.vectors is not None:
            return self._with_vectors(words, out)
        return out

    def _with_vectors(self, words, out):
        index, matrix = self.vectors
        dense = []
        for i, feats in enumerate(out):
            item = dict.fromkeys(feats, 1.0)
            row = index.get(words[i][0])
            if row is None:
                row = index.get(words[i][1])
            if row is not None:
                for k, v in enumerate(matrix[row].tolist()):
                    item[f"v{k}"] = v
            dense.append(item)
        return dense


class TokenForms:
    """The tokens of a batch of sentences, each distinct form described once.

    Both taggers and the decoding rules read this instead of describing every token
    again: a long article has ~825 tokens but ~450 distinct forms, so per-form work
    (descriptions, cache lookups, input projections) runs once per form, and per-token
    arrays are gathered with ``ids``.
    """

    def __init__(self, sentences: list[list[str]], extractor: FeatureExtractor) -> None:
        self.lengths = [len(s) for s in sentences]
        index: dict[str, int] = {}
        # setdefault reads len(index) before inserting: a new form gets the next id
        self.ids = [index.setdefault(t, len(index)) for s in sentences for t in s]
        self.forms = list(index)
        word = extractor.word
        self.words = [word(f) for f in self.forms]
        self._lexicon = extractor.lexicon
        self._norms: list[str] | None = None
        self._gazetteer: list[str] | None = None

    @property
    def norms(self) -> list[str]:
        """Matching form (``FeatureExtractor.word(t)[0]``) of every token, flat."""
        if self._norms is None:
            form_norms = [w[0] for w in self.words]
            self._norms = [form_norms[i] for i in self.ids]
        return self._norms

    @property
    def gazetteer(self) -> list[str]:
        """Gazetteer BIO label ("" if none) of every token, flat; matched per sentence."""
        if self._gazetteer is None:
            lexicon = self._lexicon
            form_firsts = lexicon.gazetteer_firsts_many([w[0] for w in self.words])
            firsts = [form_firsts[i] for i in self.ids]
            labels: list[str] = []
            for norms, starts in zip(
                self.per_sentence(self.norms), self.per_sentence(firsts), strict=True
            ):
                labels += lexicon.match_gazetteer_from(norms, starts)
            self._gazetteer = labels
        return self._gazetteer

    def per_sentence(self, flat: list) -> list[list]:
        """A flat per-token list cut back into sentences."""
        out = []
        offset = 0
        for n in self.lengths:
            out.append(flat[offset : offset + n])
            offset += n
        return out
