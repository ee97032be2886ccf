"""The shipped NER model: a CRF and a BiLSTM-CRF whose label marginals are averaged.

The CRF (python-crfsuite) sees lexical, word-class, gazetteer and trigger features;
the BiLSTM-CRF (numpy forward pass) sees word vectors, characters and the same lexical
signals. ``config.json`` (written by training) gives the CRF weight of the average and
whether the CRF also gets the word vectors as dense features.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pycrfsuite

from rasad.ner.countries import demonym_country
from rasad.ner.crf import NumpyCrf
from rasad.ner.decode import (
    LABELS,
    Padded,
    decode_padded_array,
    length_groups,
    padded_marginals,
    propagate,
)
from rasad.ner.features import FeatureExtractor, TokenForms
from rasad.ner.lexicon import RESOURCES, Lexicon
from rasad.ner.rules import (
    ANALYST_ORG_HEADS,
    RULE_CONFIDENCE,
    apply_org_rules,
    civic_purpose_tails,
    name_link_tails,
    royal_named_bodies,
    split_glued_bodies,
)

TYPES = ("PERS", "ORG", "LOC", "MISC")
# padded tokens per forward-backward chunk ([K, B, T, 9] float64 arrays, three of them)
PADDED_SLOTS = 16_384


class NerModel:
    """Tag sentences of raw tokens (clitics attached) with ANERcorp BIO labels."""

    def __init__(self, directory: Path = RESOURCES) -> None:
        config_path = directory / "config.json"
        self.config = json.loads(config_path.read_text()) if config_path.exists() else {}
        self.lexicon = Lexicon.load(directory)
        self.features = FeatureExtractor(self.lexicon)  # shared: one word cache for both
        self.neural = None
        if (directory / "neural.npz").exists():
            from rasad.ner.neural import NeuralTagger

            self.neural = NeuralTagger(directory, self.features)
        if self.config.get("dense") and self.neural is not None:
            rows = {w: i for i, w in enumerate(self.lexicon.words)}
            self.features = FeatureExtractor(
                self.lexicon, vectors=(rows, self.neural.vectors * 2.0)
            )
        # organisation head-noun and quoted-name rules (rasad.ner.rules), measured on dev
        self.org_rules = bool(self.config.get("org_rules", True))
        self.propagate_confidence = float(self.config.get("propagate_confidence", 0.8))
        self.crf_weight = float(self.config.get("crf_weight", 1.0 if self.neural is None else 0.5))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(directory / "crf.model"))
        # the same CRF in numpy (much faster); crfsuite itself for feature variants it
        # does not reproduce (dense word vectors, ablations)
        self.numpy_crf = None
        if self.features.vectors is None and not self.features.disabled:
            self.numpy_crf = NumpyCrf(directory / "crf.model", LABELS, self.features)

    def _crf_marginals(self, tokens: list[str]) -> np.ndarray:
        self.tagger.set(self.features.sentence(tokens))
        marginal = self.tagger.marginal
        return np.array([[marginal(lab, i) for lab in LABELS] for i in range(len(tokens))])

    def probabilities(
        self, sentences: list[list[str]], forms: TokenForms | None = None
    ) -> list[np.ndarray]:
        """Per-token label probabilities [T, 9] (order of ``decode.LABELS``) per non-empty
        sentence. ``forms``: the same sentences' tokens described once (or None)."""
        sentences = [s for s in sentences if s]
        if not sentences:
            return []
        out: list[np.ndarray] = [np.empty(0)] * len(sentences)
        for chunk, batch, probs in self._probability_chunks(sentences, forms):
            for i, p in zip(chunk, batch.split(probs), strict=True):
                out[i] = p
        return out

    def _probability_chunks(
        self, sentences: list[list[str]], forms: TokenForms | None
    ) -> Iterator[tuple[list[int], Padded, np.ndarray]]:
        """``probabilities`` of non-empty sentences, padded [B, T, 9] (see ``Padded``)
        per chunk of sentences (indices into ``sentences``) of similar length: the
        models' scores are computed for all sentences at once, the forward-backward runs
        per chunk so that one long sentence among many short ones (several documents
        tagged together) does not pad them all to its length. With both taggers, one
        forward-backward loop serves both CRF layers."""
        if forms is None:
            forms = TokenForms(sentences, self.features)
        crf_only = self.neural is None or self.crf_weight >= 1.0
        scores: list[list[np.ndarray]] = []  # emission scores per model with a chain
        chains: list[tuple] = []
        crfsuite = None  # the CRF's marginals from crfsuite (no numpy CRF)
        if not crf_only:
            scores.append(self.neural.emissions(sentences, forms))
            chains.append(self.neural.chain())
        if crf_only or self.crf_weight > 0.0:
            if self.numpy_crf is None:
                crfsuite = [self._crf_marginals(s) for s in sentences]
            else:
                scores.append(self.numpy_crf.scores_many(sentences, forms))
                chains.append((self.numpy_crf.exp_trans, None, None))
        for chunk in _padded_chunks([len(s) for s in sentences]):
            if not scores:
                batch = Padded([crfsuite[i] for i in chunk])
                yield chunk, batch, batch.values
                continue
            # the models' arrays have the same lengths: the first model's order them
            batch = Padded([scores[0][i] for i in chunk])
            post = padded_marginals(
                batch.stacked([[model[i] for i in chunk] for model in scores]),
                batch.lengths,
                np.stack([c[0] for c in chains]),
                [c[1] for c in chains],
                [c[2] for c in chains],
            )
            if crf_only or self.crf_weight <= 0.0:
                yield chunk, batch, post[0]
                continue
            w = self.crf_weight
            mixed = post[1] if crfsuite is None else Padded([crfsuite[i] for i in chunk]).values
            mixed *= w
            mixed += (1 - w) * post[0]
            yield chunk, batch, mixed

    def tag_many_with_confidence(
        self, sentences: list[list[str]], *, analyst_orgs: bool = False
    ) -> list[tuple[list[str], list[float]]]:
        """Labels and the probability of each label; the sentences are one document (or a
        window of running text): names tagged with confidence label their other mentions."""
        return self.tag_documents([sentences], analyst_orgs=analyst_orgs)[0]

    def tag_documents(
        self, documents: list[list[list[str]]], *, analyst_orgs: bool = False
    ) -> list[list[tuple[list[str], list[float]]]]:
        """``tag_many_with_confidence`` of several documents at once.

        The models run over the sentences of all documents together: their step loops
        (BiLSTM, forward-backward, Viterbi) then work on larger matrices, which costs
        much less per document than running them once per document (a short article's
        steps have a few rows each). Propagation and the rules stay within each
        document.
        """
        flat = [s for sentences in documents for s in sentences if s]
        forms = TokenForms(flat, self.features)
        tagged: list[tuple[list[str], list[float]]] = [([], [])] * len(flat)
        if flat:
            for chunk, batch, probs in self._probability_chunks(flat, forms):
                best = decode_padded_array(probs, batch.lengths)  # [B, T]
                steps = np.arange(best.shape[1])
                chosen = probs[np.arange(len(best))[:, None], steps, best].tolist()
                rows = []
                for row, n in enumerate(batch.lengths):
                    rows.append(([LABELS[k] for k in best[row, :n].tolist()], chosen[row][:n]))
                for i, row in zip(chunk, batch.unsort(rows), strict=True):
                    tagged[i] = row
        stems_of = [w[1] for w in forms.words]
        flat_stems = forms.per_sentence([stems_of[i] for i in forms.ids])
        flat_norms = forms.per_sentence(forms.norms)
        out = []
        first = 0  # the document's first sentence in ``flat``
        for sentences in documents:
            last = first + sum(1 for s in sentences if s)
            out.append(
                self._document_rules(
                    sentences,
                    tagged[first:last],
                    flat_stems[first:last],
                    flat_norms[first:last],
                    analyst_orgs=analyst_orgs,
                )
            )
            first = last
        return out

    def _document_rules(
        self,
        sentences: list[list[str]],
        tagged: list[tuple[list[str], list[float]]],
        stems: list[list[str]],
        norms: list[list[str]],
        *,
        analyst_orgs: bool,
    ) -> list[tuple[list[str], list[float]]]:
        """One document's labels and confidences after propagation and the organisation
        rules (``tagged``, ``stems`` and ``norms``: per non-empty sentence)."""
        labels = _with_empty(sentences, [labs for labs, _ in tagged])
        confidences = _with_empty(sentences, [conf for _, conf in tagged])
        if self.propagate_confidence < 1.0:
            labels = propagate(
                sentences,
                labels,
                confidences,
                _with_empty(sentences, stems),
                self.propagate_confidence,
            )
        if self.org_rules:
            norms_of = _with_empty(sentences, norms)
            for k, (tokens, labs) in enumerate(zip(sentences, labels, strict=True)):
                if analyst_orgs:  # the extraction pipeline: generic heads too
                    ruled = apply_org_rules(
                        tokens,
                        labs,
                        norms=norms_of[k],
                        heads=ANALYST_ORG_HEADS,
                        idafa=True,
                        max_chain=5,
                    )
                    ruled = split_glued_bodies(
                        ruled, norms_of[k], ANALYST_ORG_HEADS, surname=self._surname
                    )
                    ruled = royal_named_bodies(ruled, norms_of[k], given_name=self._given_name)
                    ruled = civic_purpose_tails(tokens, ruled, norms_of[k])
                else:
                    ruled = apply_org_rules(tokens, labs, norms=norms_of[k])
                ruled = name_link_tails(tokens, ruled, norms_of[k])
                if ruled != labs:
                    confidences[k] = [
                        c if old == new else RULE_CONFIDENCE
                        for c, old, new in zip(confidences[k], labs, ruled, strict=True)
                    ]
                    labels[k] = ruled
        return list(zip(labels, confidences, strict=True))

    def _surname(self, norm: str) -> bool:
        """A family name by its word vector's class (القحطاني، الكواري), not a country's
        nisba (الكويتي, which the vectors also class with people)."""
        info = self.lexicon.words.get(norm)
        return (
            info is not None and info.embed_class.startswith("PERS") and not demonym_country(norm)
        )

    def _given_name(self, norm: str) -> bool:
        """A first name of the gazetteer's people (سلمان، فهد)."""
        return self.lexicon.gazetteer.get((norm,)) == "PERS"

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        return [labels for labels, _ in self.tag_many_with_confidence(sentences)]

    def tag(self, tokens: list[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_with_confidence(self, tokens: list[str]) -> tuple[list[str], list[float]]:
        return self.tag_many_with_confidence([tokens])[0]


def _padded_chunks(lengths: list[int]) -> list[list[int]]:
    """Indices of the sentences, longest first (as ``Padded`` orders them), in chunks of
    at most PADDED_SLOTS padded tokens."""
    return length_groups(
        sorted(range(len(lengths)), key=lambda i: -lengths[i]), lengths, PADDED_SLOTS
    )


def _with_empty(sentences: list[list[str]], per_nonempty: list[list]) -> list[list]:
    """Lists of the non-empty sentences, in order -> one per sentence ([] if empty)."""
    found = iter(per_nonempty)
    return [next(found) if s else [] for s in sentences]


_MODEL: NerModel | None = None
_LOCK = threading.Lock()


def load_model() -> NerModel:
    """The process-wide model, loaded once (``RASAD_NER_MODEL`` names another model
    directory, e.g. the dev-trained one, for scoring with ``rasad tag``)."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            override = os.environ.get("RASAD_NER_MODEL")
            _MODEL = NerModel(Path(override)) if override else NerModel()
        return _MODEL
