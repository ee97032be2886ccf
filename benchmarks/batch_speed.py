"""Whole-pipeline CPU time and RSS through ``Pipeline.run`` (the path of ``rasad extract``
and ``rasad ingest``), one process, one BLAS thread.

    python benchmarks/batch_speed.py ../shared/data --limit 430              # first (long) articles
    python benchmarks/batch_speed.py ../shared/data --limit 3000 --every 6   # corpus sample

This goes through ``Pipeline.run`` itself (batches of ``BATCH_SIZE`` documents, the
collector tuning after the first batch); benchmarks/pipeline_speed.py does the same
steps by hand (from session 20 on) to report per-stage times and memory checkpoints.
Articles are read while running; 30 are a warm-up.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import articles  # noqa: E402
from pipeline_speed import rss_mb  # noqa: E402
from rasad.pipeline import Pipeline  # noqa: E402

WARMUP = 30


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--limit", type=int, default=430, help="articles, warm-up included")
    ap.add_argument("--every", type=int, default=1, help="take one article in EVERY")
    ap.add_argument("--checkpoint", type=int, default=500)
    args = ap.parse_args()
    source = articles(args.data / "raw/saudinewsnet", args.limit * args.every)
    docs = (d for i, d in enumerate(source) if i % args.every == 0)
    with threadpool_limits(1):
        results = Pipeline().run(docs)
        for _ in range(WARMUP):
            next(results)
        start, done = time.process_time(), 0
        for done, _doc in enumerate(results, 1):
            if done % args.checkpoint == 0:
                print(f"{done} articles: RSS {rss_mb():.0f} MB", flush=True)
        cpu = time.process_time() - start
    print(
        f"{done} articles after the warm-up: {1000 * cpu / done:.1f} ms CPU/article, "
        f"{done / cpu:.1f} articles/s per core; RSS {rss_mb():.0f} MB"
    )


if __name__ == "__main__":
    main()
