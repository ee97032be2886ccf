"""CPU time (and optionally a cProfile) of the "ner" stage on SaudiNewsNet articles.

    python training/ner_profile.py --limit 200 [--profile]

The articles go through clean + segment first (not timed); the model is loaded and
warmed on one article, then its word caches are cleared, so the figure is for a cold
start on ``limit`` articles of running news.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from events_speed import articles  # noqa: E402
from rasad.ner import NerStage  # noqa: E402
from rasad.pipeline import Pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="print the top 30 (cumulative)")
    args = parser.parse_args()
    before = Pipeline(["clean", "segment"])
    docs = [before(d) for d in articles(args.data / "raw/saudinewsnet", args.limit)]
    tokens = sum(len(d.tokens) for d in docs)
    stage = NerStage()
    stage(docs[0])
    stage.model.features.word.cache_clear()
    profiler = cProfile.Profile() if args.profile else None
    start = time.process_time()
    if profiler:
        profiler.enable()
    for doc in docs:
        stage(doc)
    if profiler:
        profiler.disable()
    secs = time.process_time() - start
    if profiler:
        pstats.Stats(profiler).sort_stats("cumtime").print_stats(30)
    print(
        f"{len(docs)} articles, {tokens:,} tokens: {secs:.2f} CPU s = {tokens / secs:,.0f}"
        f" tokens/s, {len(docs) / secs:.1f} articles/s"
    )


if __name__ == "__main__":
    main()
