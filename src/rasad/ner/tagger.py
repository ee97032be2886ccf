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
from pathlib import Path

import numpy as np
import pycrfsuite

from rasad.ner.crf import NumpyCrf
from rasad.ner.decode import LABELS, Padded, decode_padded_array, padded_marginals, propagate
from rasad.ner.features import FeatureExtractor, TokenForms
from rasad.ner.lexicon import RESOURCES, Lexicon
from rasad.ner.rules import ANALYST_ORG_HEADS, RULE_CONFIDENCE, apply_org_rules

TYPES = ("PERS", "ORG", "LOC", "MISC")


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
        batch, probs = self._padded_probabilities(sentences, forms)
        return batch.split(probs)

    def _padded_probabilities(
        self, sentences: list[list[str]], forms: TokenForms | None
    ) -> tuple[Padded, np.ndarray]:
        """``probabilities`` of non-empty sentences, padded [B, T, 9] (see ``Padded``).
        With both taggers, one forward-backward loop serves both CRF layers."""
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
                crfsuite = Padded([self._crf_marginals(s) for s in sentences])
            else:
                scores.append(self.numpy_crf.scores_many(sentences, forms))
                chains.append((self.numpy_crf.exp_trans, None, None))
        if not scores:
            return crfsuite, crfsuite.values
        batch = Padded(scores[0])  # the models' arrays have the same lengths
        post = padded_marginals(
            batch.stacked(scores),
            batch.lengths,
            np.stack([c[0] for c in chains]),
            [c[1] for c in chains],
            [c[2] for c in chains],
        )
        if crf_only or self.crf_weight <= 0.0:
            return batch, post[0]
        w = self.crf_weight
        mixed = post[1] if crfsuite is None else crfsuite.values
        mixed *= w
        mixed += (1 - w) * post[0]
        return batch, mixed

    def tag_many_with_confidence(
        self, sentences: list[list[str]], *, analyst_orgs: bool = False
    ) -> list[tuple[list[str], list[float]]]:
        """Labels and the probability of each label; the sentences are one document (or a
        window of running text): names tagged with confidence label their other mentions."""
        nonempty = [s for s in sentences if s]
        forms = TokenForms(nonempty, self.features)
        tagged: list[tuple[list[str], list[float]]] = []
        if nonempty:
            batch, probs = self._padded_probabilities(nonempty, forms)
            best = decode_padded_array(probs, batch.lengths)  # [B, T]
            steps = np.arange(best.shape[1])
            chosen = probs[np.arange(len(best))[:, None], steps, best].tolist()
            rows = []
            for row, n in enumerate(batch.lengths):
                rows.append(([LABELS[k] for k in best[row, :n].tolist()], chosen[row][:n]))
            tagged = batch.unsort(rows)
        labels = _with_empty(sentences, [labs for labs, _ in tagged])
        confidences = _with_empty(sentences, [conf for _, conf in tagged])
        if self.propagate_confidence < 1.0:
            stems_of = [w[1] for w in forms.words]
            stems = _with_empty(sentences, forms.per_sentence([stems_of[i] for i in forms.ids]))
            labels = propagate(sentences, labels, confidences, stems, self.propagate_confidence)
        if self.org_rules:
            norms_of = _with_empty(sentences, forms.per_sentence(forms.norms))
            for k, (tokens, labs) in enumerate(zip(sentences, labels, strict=True)):
                norms = norms_of[k]
                if analyst_orgs:  # the extraction pipeline: generic heads too
                    ruled = apply_org_rules(
                        tokens, labs, norms=norms, heads=ANALYST_ORG_HEADS, idafa=True
                    )
                else:
                    ruled = apply_org_rules(tokens, labs, norms=norms)
                if ruled != labs:
                    confidences[k] = [
                        c if old == new else RULE_CONFIDENCE
                        for c, old, new in zip(confidences[k], labs, ruled, strict=True)
                    ]
                    labels[k] = ruled
        return list(zip(labels, confidences, strict=True))

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        return [labels for labels, _ in self.tag_many_with_confidence(sentences)]

    def tag(self, tokens: list[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_with_confidence(self, tokens: list[str]) -> tuple[list[str], list[float]]:
        return self.tag_many_with_confidence([tokens])[0]


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
