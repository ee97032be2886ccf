"""Whole-pipeline speed and memory on SaudiNewsNet articles (single process).

    python benchmarks/pipeline_speed.py ../shared/data --limit 1000          # all stages
    python benchmarks/pipeline_speed.py ../shared/data --check 300           # output hash
    python benchmarks/pipeline_speed.py ../shared/data --foundation          # 2 workers

Default mode: reads the first ``--limit`` articles with ``rasad.read_inputs``, warms up
on ``--warmup`` of them, then runs ``rasad.Pipeline()`` (every available stage) in this
process and reports articles/s, per-stage ms/article (``Pipeline.stats.seconds``), CPU
time per article and peak RSS after each checkpoint (flat memory: the peak stops
growing once the models are loaded).

``--check N``: SHA-256 of the JSON of the first N processed documents, to prove that a
speed change kept every output identical (run before and after, compare the hashes).

``--foundation``: read + clean + segment of the whole corpus with 2 workers, by calling
``benchmarks/throughput.py --part pipeline`` (its own process per measurement).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

SAUDI = Path("raw/saudinewsnet")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load(data: Path, count: int, every: int = 1) -> list:
    """The first ``count`` readable articles, in corpus order, taking one in ``every``
    (a sample spread over all 18 zips; reading is not timed)."""
    import rasad
    from rasad.document import Failure

    zips = sorted(str(p) for p in (data / SAUDI).glob("*.zip"))
    items = (i for i in rasad.read_inputs(zips) if not isinstance(i, Failure))
    return list(itertools.islice(itertools.islice(items, 0, None, every), count))


def check(data: Path, count: int, stages: list[str] | None = None) -> dict:
    import rasad

    pipe = rasad.Pipeline(stages)
    digest = hashlib.sha256()
    for doc in _load(data, count):
        digest.update(pipe(doc).to_json().encode())
        digest.update(b"\n")
    return {"documents": count, "stages": pipe.names, "sha256": digest.hexdigest()}


def speed(
    data: Path,
    limit: int,
    warmup: int,
    checkpoints: list[int],
    stages: list[str] | None = None,
    every: int = 1,
) -> dict:
    import rasad

    docs = _load(data, warmup + limit, every)
    rss_loaded = _peak_rss_mb()
    pipe = rasad.Pipeline(stages)
    for doc in docs[:warmup]:
        pipe(doc)
    pipe.stats = type(pipe.stats)()
    rss_warm = _peak_rss_mb()
    rows = []
    cpu0, wall0 = _cpu_seconds(), time.perf_counter()
    measured = docs[warmup:]
    del docs
    for n, doc in enumerate(measured, 1):
        pipe(doc)
        measured[n - 1] = None  # drop the input so only the pipeline's memory counts
        if n in checkpoints or n == len(measured):
            wall = time.perf_counter() - wall0
            rows.append(
                {
                    "articles": n,
                    "articles_per_s": round(n / wall, 1),
                    "cpu_ms_per_article": round((_cpu_seconds() - cpu0) * 1000 / n, 1),
                    "peak_rss_mb": round(_peak_rss_mb(), 1),
                }
            )
    n = pipe.stats.documents
    stage_ms = {k: round(v * 1000 / n, 2) for k, v in pipe.stats.seconds.items()}
    return {
        "stages": pipe.names,
        "warmup": warmup,
        "every": every,
        "articles": n,
        "articles_per_s": rows[-1]["articles_per_s"],
        "cpu_ms_per_article": rows[-1]["cpu_ms_per_article"],
        "stage_ms_per_article": stage_ms,
        "stage_ms_total": round(sum(stage_ms.values()), 2),
        "peak_rss_mb_inputs_loaded": round(rss_loaded, 1),
        "peak_rss_mb_after_warmup": round(rss_warm, 1),
        "checkpoints": rows,
        "load": os.getloadavg(),
    }


def foundation(data: Path, workers: int) -> str:
    cmd = [
        sys.executable,
        str(Path(__file__).with_name("throughput.py")),
        str(data),
        "--part",
        "pipeline",
        "--workers",
        str(workers),
        "--fractions",
        "1",
    ]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--checkpoints", default="250,500,1000")
    parser.add_argument("--check", type=int, metavar="N", help="hash the JSON of N documents")
    parser.add_argument("--foundation", action="store_true", help="read+clean+segment, pool")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=1, help="take one article in EVERY")
    parser.add_argument("--stages", help="comma-separated stage names (default: all)")
    args = parser.parse_args()
    stages = args.stages.split(",") if args.stages else None
    if args.foundation:
        print(foundation(args.data, args.workers))
    elif args.check:
        print(json.dumps(check(args.data, args.check, stages)))
    else:
        points = [int(x) for x in args.checkpoints.split(",") if x]
        print(
            json.dumps(
                speed(args.data, args.limit, args.warmup, points, stages, args.every), indent=1
            )
        )


if __name__ == "__main__":
    main()
