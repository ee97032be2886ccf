"""Dev evaluation of CRF + BiLSTM-CRF combinations (weight of the CRF marginals).

    python training/ner_combine.py [--dense]

Uses the dev models of ``train_ner.py --dev`` and ``train_ner_neural.py --dev``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pycrfsuite

from ner_data import anercorp, aqmar, split_dev, wojood

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rasad.ner.decode import LABELS, decode, propagate  # noqa: E402
from rasad.ner.features import FeatureExtractor  # noqa: E402
from rasad.ner.lexicon import Lexicon  # noqa: E402
from rasad.ner.neural import NeuralTagger  # noqa: E402
from rasad.ner.scoring import score  # noqa: E402


def key_of(extractor: FeatureExtractor, token: str) -> str:
    """Clitic-free matching form: the stem feature of the CRF."""
    return extractor.word(token)[1]


def crf_marginals(tagger, items) -> np.ndarray:
    tagger.set(items)
    return np.array([[tagger.marginal(lab, i) for lab in LABELS] for i in range(len(items))])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--build", type=Path, default=REPO / "build" / "ner")
    parser.add_argument("--dense", action="store_true")
    args = parser.parse_args()
    lexicon = Lexicon.load(args.build / "dev_resources")
    vectors = None
    if args.dense:
        vocab = (args.build / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
        vectors = ({w: i for i, w in enumerate(vocab)}, np.load(args.build / "vectors.npy") * 2.0)
    crf_features = FeatureExtractor(lexicon, vectors=vectors)
    crf = pycrfsuite.Tagger()
    crf.open(str(args.build / "crf_dev.model"))
    neural = NeuralTagger(args.build / "neural_dev", FeatureExtractor(lexicon))
    keep = {"PERS", "ORG", "LOC"}
    sets = [
        ("ANERcorp dev", split_dev(anercorp(args.data))[1], None),
        ("Wojood val", wojood(args.data), keep),
        ("AQMAR", aqmar(args.data), keep),
    ]
    for name, sents, kept in sets:
        tokens = [t for t, _ in sents]
        gold = [lab for _, lab in sents]
        pc = [crf_marginals(crf, crf_features.sentence(t)) for t in tokens]
        pn = [neural.posteriors(e) for e in neural.emissions(tokens)]
        viterbi = []
        for t in tokens:
            onehot = np.zeros((len(t), len(LABELS)))
            for i, lab in enumerate(crf.tag(crf_features.sentence(t))):
                onehot[i, LABELS.index(lab)] = 1.0
            viterbi.append(onehot)
        for w in (0.3, 0.4, 0.5):
            pred = [decode(w * a + (1 - w) * b) for a, b in zip(viterbi, pn, strict=True)]
            p, r, f, *_ = score(gold, pred, keep=kept)["ALL"]
            print(f"{name}: crf viterbi one-hot weight {w:.1f}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        keys = [[key_of(crf_features, t) for t in s] for s in tokens]
        for w in (0.0, 0.3, 0.4, 0.5, 0.6, 1.0):
            probs = [w * a + (1 - w) * b for a, b in zip(pc, pn, strict=True)]
            pred = [decode(p) for p in probs]
            p, r, f, *_ = score(gold, pred, keep=kept)["ALL"]
            print(f"{name}: crf weight {w:.1f}: P={p:.3f} R={r:.3f} F1={f:.3f}")
            conf = [
                [float(p[i, LABELS.index(lab)]) for i, lab in enumerate(labs)]
                for p, labs in zip(probs, pred, strict=True)
            ]
            for window in (20, 60):
                for th in (0.8, 0.95):
                    prop = []
                    for lo in range(0, len(pred), window):
                        hi = lo + window
                        prop += propagate(tokens[lo:hi], pred[lo:hi], conf[lo:hi], keys[lo:hi], th)
                    p, r, f, *_ = score(gold, prop, keep=kept)["ALL"]
                    print(
                        f"    + propagate window {window} min conf {th}: P={p:.3f} R={r:.3f} F1={f:.3f}"
                    )


if __name__ == "__main__":
    main()
