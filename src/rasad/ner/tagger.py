"""The shipped NER model: CRF over lexical, word-class, gazetteer and trigger features."""

from __future__ import annotations

import threading
from pathlib import Path

import pycrfsuite

from rasad.ner.features import FeatureExtractor
from rasad.ner.lexicon import RESOURCES, Lexicon

LABELS = ("PERS", "ORG", "LOC", "MISC")


class NerModel:
    """Tag sentences of raw tokens with ANERcorp BIO labels."""

    def __init__(self, directory: Path = RESOURCES) -> None:
        self.lexicon = Lexicon.load(directory)
        self.features = FeatureExtractor(self.lexicon)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(directory / "crf.model"))

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return self.tagger.tag(self.features.sentence(tokens))

    def tag_with_confidence(self, tokens: list[str]) -> tuple[list[str], list[float]]:
        """Labels and the marginal probability of each chosen label."""
        if not tokens:
            return [], []
        labels = self.tagger.tag(self.features.sentence(tokens))
        return labels, [self.tagger.marginal(label, i) for i, label in enumerate(labels)]


_MODEL: NerModel | None = None
_LOCK = threading.Lock()


def load_model() -> NerModel:
    """The process-wide model, loaded once."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = NerModel()
        return _MODEL
