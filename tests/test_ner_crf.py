"""The numpy CRF gives python-crfsuite's marginals for the shipped model."""

import numpy as np

from rasad.ner.tagger import load_model


def test_numpy_crf_matches_crfsuite() -> None:
    model = load_model()
    assert model.numpy_crf is not None
    sentences = [
        [
            "قال",
            "وزير",
            "الخارجية",
            "السعودي",
            "الأمير",
            "فيصل",
            "بن",
            "فرحان",
            "في",
            "الرياض",
            "اليوم",
        ],
        ["وأعلنت", "شركة", "أرامكو", "عن", "أرباح", "بلغت", "5", "مليارات", "دولار", "."],
        ["مرحبا"],
    ]
    fast = model.numpy_crf.marginals_many(sentences)
    for tokens, marginals in zip(sentences, fast, strict=True):
        slow = model._crf_marginals(tokens)
        assert marginals.shape == slow.shape == (len(tokens), 9)
        assert np.abs(marginals - slow).max() < 1e-9
