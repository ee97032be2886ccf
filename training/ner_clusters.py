"""Train word embeddings on the raw news and cluster them into word classes.

Writes ``clusters.tsv`` (word, then one class id per granularity) used as CRF features,
and ``vectors.npy``/``vocab.txt`` into the build directory. Deterministic: one worker
thread, fixed seeds, a fixed string hash for gensim's vector initialisation.

    python training/ner_clusters.py --data ../shared/data --build build/ner
"""

from __future__ import annotations

import argparse
import time
import zlib
from pathlib import Path

import numpy as np

from ner_corpus import sentences

GRANULARITIES = (64, 256, 1024)


def stable_hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def kmeans(vectors: np.ndarray, k: int, seed: int, iterations: int = 15) -> np.ndarray:
    """Spherical k-means (cosine) with a seeded initialisation; returns a label per row."""
    rng = np.random.default_rng(seed)
    centers = vectors[rng.choice(len(vectors), size=k, replace=False)].copy()
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        for lo in range(0, len(vectors), 50_000):
            labels[lo : lo + 50_000] = np.argmax(vectors[lo : lo + 50_000] @ centers.T, axis=1)
        for c in range(k):
            members = vectors[labels == c]
            if len(members):
                center = members.sum(axis=0)
                centers[c] = center / (np.linalg.norm(center) + 1e-9)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--build", type=Path, default=Path("build/ner"))
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()

    from gensim.models import Word2Vec

    args.build.mkdir(parents=True, exist_ok=True)
    corpus_path = args.build / "corpus.txt"
    if not corpus_path.exists():
        t0 = time.time()
        n = 0
        with open(corpus_path, "w", encoding="utf-8") as out:
            for sent in sentences(args.data / "raw"):
                out.write(" ".join(sent) + "\n")
                n += len(sent)
        print(f"corpus: {n:,} tokens in {time.time() - t0:.0f}s")

    t0 = time.time()
    model = Word2Vec(
        corpus_file=str(corpus_path),
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        negative=5,
        sample=1e-4,
        epochs=args.epochs,
        workers=1,
        seed=13,
        hashfxn=stable_hash,
    )
    print(f"word2vec: {len(model.wv):,} words in {time.time() - t0:.0f}s")
    words = list(model.wv.index_to_key)
    vectors = model.wv.vectors.astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    np.save(args.build / "vectors.npy", vectors)
    (args.build / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")

    columns = []
    for k in GRANULARITIES:
        t0 = time.time()
        columns.append(kmeans(vectors, k, seed=k))
        print(f"k-means {k}: {time.time() - t0:.0f}s")
    with open(args.build / "clusters.tsv", "w", encoding="utf-8") as out:
        for i, word in enumerate(words):
            out.write(word + "\t" + "\t".join(str(int(col[i])) for col in columns) + "\n")


if __name__ == "__main__":
    main()
