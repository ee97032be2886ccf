"""NER speed: model load time, tagging throughput on one core, peak RSS.

    python benchmarks/ner_speed.py --data ../shared/data [--tokens 200000]
    python benchmarks/ner_speed.py --data ../shared/data --articles 430 [--every 6] [--hash]

Long input = ANERcorp train tokens repeated to ``--tokens`` (fresh feature cache per
run, so repeats only help as much as real running text would).

``--articles N``: the NER model alone on SaudiNewsNet articles as the "ner" stage calls
it (all sentences of a document at once), after "clean" and "segment" (not timed); the
first 30 articles are a warm-up. ``--every 6`` takes one article in 6 over all zips (the
default, 1, gives the long articles of the first zip). ``--hash``: SHA-256 of every
document's labels and confidences and of the label probabilities' bytes, to show that a
speed change left the outputs bit-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(REPO / "benchmarks"))

from ner_data import anercorp  # noqa: E402

WARMUP = 30


def tokens_speed(data: Path, tokens: int) -> None:
    sents = anercorp(data)
    lines: list[str] = []
    n = 0
    while n < tokens:
        for words, _ in sents:
            lines += [*words, ""]
            n += len(words)
            if n >= tokens:
                break

    t0 = time.perf_counter()
    from rasad.ner.conll import tag_conll
    from rasad.ner.tagger import load_model

    model = load_model()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = sum(1 for line in tag_conll(lines, model) if line)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"load {load:.2f} s; tagged {out:,} tokens in {secs:.1f} s = {out / secs:,.0f} tokens/s; peak RSS {rss:.0f} MB"
    )


def articles_speed(data: Path, count: int, every: int, with_hash: bool) -> None:
    from threadpoolctl import threadpool_limits

    from events_speed import articles
    from rasad.ner.tagger import load_model
    from rasad.pipeline import Pipeline

    segment = Pipeline(["clean", "segment"])
    source = articles(data / "raw/saudinewsnet", count * every)
    docs = [segment(d) for i, d in enumerate(source) if i % every == 0]
    documents = []
    for doc in docs:
        by_sentence: dict[int, list[str]] = {}
        for token in doc.tokens:
            by_sentence.setdefault(token.sentence, []).append(token.text)
        documents.append(list(by_sentence.values()))
    tokens = sum(len(s) for d in documents[WARMUP:] for s in d)
    model = load_model()
    with threadpool_limits(1):
        for sentences in documents[:WARMUP]:
            model.tag_many_with_confidence(sentences, analyst_orgs=True)
        start = time.process_time()
        for sentences in documents[WARMUP:]:
            model.tag_many_with_confidence(sentences, analyst_orgs=True)
        cpu = time.process_time() - start
        timed = len(documents) - WARMUP
        print(
            f"{timed} articles after the warm-up ({tokens / timed:.0f} tokens each): NER "
            f"{1000 * cpu / timed:.2f} ms CPU/article, {tokens / cpu:,.0f} tokens/s"
        )
        if with_hash:
            tagged, probabilities = hashlib.sha256(), hashlib.sha256()
            for sentences in documents:
                out = model.tag_many_with_confidence(sentences, analyst_orgs=True)
                tagged.update(repr(out).encode())
                for probs in model.probabilities(sentences):
                    probabilities.update(probs.tobytes())
            print(f"labels+confidences sha256 {tagged.hexdigest()}")
            print(f"probabilities sha256 {probabilities.hexdigest()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--tokens", type=int, default=200_000)
    parser.add_argument("--articles", type=int, help="SaudiNewsNet articles, warm-up included")
    parser.add_argument("--every", type=int, default=1, help="with --articles: one in EVERY")
    parser.add_argument("--hash", action="store_true", help="with --articles: output hashes")
    args = parser.parse_args()
    if args.articles:
        articles_speed(args.data, args.articles, args.every, args.hash)
    else:
        tokens_speed(args.data, args.tokens)


if __name__ == "__main__":
    main()
