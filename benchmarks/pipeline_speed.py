"""Whole-pipeline speed and memory on SaudiNewsNet articles (single process).

    python benchmarks/pipeline_speed.py ../shared/data --limit 1000          # all stages
    python benchmarks/pipeline_speed.py ../shared/data --check 300           # output hash
    python benchmarks/pipeline_speed.py ../shared/data --foundation          # 2 workers
    python benchmarks/pipeline_speed.py ../shared/data --stream --limit 5000 --every 6 \
        --checkpoints 500,1000,1500,2000,2500,3000,3500,4000,4500,5000    # memory curve

Default mode: reads the first ``--limit`` articles with ``rasad.read_inputs``, warms up
on ``--warmup`` of them, then runs ``rasad.Pipeline()`` (every available stage) in this
process and reports articles/s, per-stage ms/article (``Pipeline.stats.seconds``), CPU
time per article (one BLAS thread: the figure is per core), current and peak RSS after each checkpoint (flat memory: both stop
growing once the models are loaded and the per-word-form caches reach their bounds).

``--stream``: articles are read as the pipeline runs (not loaded first), a batch at a
time, so RSS is the pipeline's own (plus the reader's current batch); CPU and wall
time count the pipeline calls only.

``--batch N``: documents go through the stages N at a time (``Pipeline.pipe``, as
``Pipeline.run`` and so ``rasad extract``/``ingest`` do; default ``BATCH_SIZE``);
``--batch 1`` calls the pipeline once per document, as before session 20.

``--check N``: SHA-256 of the JSON of the first N processed documents, to prove that a
speed change kept every output identical (run before and after, compare the hashes).
It runs with ``PYTHONHASHSEED=0`` (re-executing itself if needed): some outputs follow
set iteration order, which string hashing randomizes per process.

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
# per core: one BLAS thread (idle OpenBLAS threads spin and count as CPU time); set
# before numpy is imported (rasad is imported inside the functions)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def rss_mb() -> float:
    """Current resident set size (Linux /proc; the peak where it is missing)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_rss_mb()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _articles(data: Path, count: int, every: int = 1):
    """The first ``count`` readable articles, in corpus order, taking one in ``every``
    (a sample spread over all 18 zips), read lazily."""
    import rasad
    from rasad.document import Failure

    zips = sorted(str(p) for p in (data / SAUDI).glob("*.zip"))
    items = (i for i in rasad.read_inputs(zips) if not isinstance(i, Failure))
    return itertools.islice(itertools.islice(items, 0, None, every), count)


def _load(data: Path, count: int, every: int = 1) -> list:
    """``_articles`` read in advance (reading is not timed)."""
    return list(_articles(data, count, every))


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
    batch: int = 1,
) -> dict:
    import rasad

    docs = _load(data, warmup + limit, every)
    rss_loaded = _peak_rss_mb()
    pipe = rasad.Pipeline(stages)
    for doc in docs[:warmup]:
        pipe(doc)
    _as_run_does()
    pipe.stats = type(pipe.stats)()
    rss_warm = _peak_rss_mb()
    rows = []
    cpu0, wall0 = _cpu_seconds(), time.perf_counter()
    measured = docs[warmup:]
    del docs
    n = 0
    for lo in range(0, len(measured), batch):
        chunk = measured[lo : lo + batch]
        _run_batch(pipe, chunk)
        # drop the inputs so only the pipeline's memory counts
        measured[lo : lo + batch] = [None] * len(chunk)
        del chunk
        before, n = n, min(len(measured), lo + batch)
        if any(before < c <= n for c in checkpoints) or n == len(measured):
            rows.append(_row(n, time.perf_counter() - wall0, _cpu_seconds() - cpu0))
    return _summary(
        pipe,
        rows,
        warmup,
        every,
        batch=batch,
        peak_rss_mb_inputs_loaded=round(rss_loaded, 1),
        peak_rss_mb_after_warmup=round(rss_warm, 1),
    )


def stream(
    data: Path,
    limit: int,
    warmup: int,
    checkpoints: list[int],
    stages: list[str] | None = None,
    every: int = 1,
    cap: int = 0,
    batch: int = 1,
) -> dict:
    """``speed`` with articles read as the pipeline runs, a batch at a time; only the
    pipeline calls are timed."""
    import rasad

    items = _articles(data, warmup + limit, every)
    pipe = rasad.Pipeline(stages)
    capped = cap_lru_caches(cap) if cap else []
    rss_built = rss_mb()
    for doc in itertools.islice(items, warmup):
        pipe(doc)
    _as_run_does()
    pipe.stats = type(pipe.stats)()
    rss_warm = rss_mb()
    rows = []
    cpu = wall = 0.0
    n = 0
    while chunk := list(itertools.islice(items, batch)):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        _run_batch(pipe, chunk)
        cpu += time.process_time() - cpu0
        wall += time.perf_counter() - wall0
        before, n = n, n + len(chunk)
        del chunk
        if any(before < c <= n for c in checkpoints):
            rows.append(_row(n, wall, cpu))
    if not rows or rows[-1]["articles"] != n:
        rows.append(_row(n, wall, cpu))
    return _summary(
        pipe,
        rows,
        warmup,
        every,
        mode="stream",
        batch=batch,
        lru_caches_capped={"bound": cap, "functions": capped} if cap else None,
        rss_mb_models_built=round(rss_built, 1),
        rss_mb_after_warmup=round(rss_warm, 1),
    )


def _as_run_does() -> None:
    """After the warm-up, the collector tuning ``Pipeline.run`` does after its first
    document (``rasad extract``/``ingest`` run with it; from session 20 on, so the
    figures are what a user gets: about 4 ms per article less than before)."""
    from rasad import pipeline

    pipeline._tune_gc_once()


def _run_batch(pipe, docs: list) -> None:
    """The documents through the pipeline together (``Pipeline.pipe``, as
    ``Pipeline.run`` does), or one by one when ``--batch 1``."""
    if len(docs) == 1:
        pipe(docs[0])
    else:
        pipe.pipe(docs)


def _summary(pipe, rows: list[dict], warmup: int, every: int, **extra) -> dict:
    """The result of a timed run: totals from the last checkpoint, per-stage ms/article."""
    n = rows[-1]["articles"]
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
        **extra,
        "checkpoints": rows,
        "load": os.getloadavg(),
    }


def _row(n: int, wall: float, cpu: float) -> dict:
    return {
        "articles": n,
        "articles_per_s": round(n / wall, 1),
        "cpu_ms_per_article": round(cpu * 1000 / n, 1),
        "rss_mb": round(rss_mb(), 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "load": round(os.getloadavg()[0], 2),
    }


def cap_lru_caches(bound: int) -> list[str]:
    """What-if for memory runs: rebind every module-level ``functools.lru_cache`` in
    rasad with a larger maxsize to one of ``bound`` (same function, smaller memo)."""
    import functools

    capped = {}
    modules = [m for n, m in sys.modules.items() if n.startswith("rasad") and m is not None]
    for module in modules:
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or not hasattr(value, "__wrapped__") or id(value) in capped:
                continue
            if (info().maxsize or 0) > bound and getattr(
                value, "__module__", ""
            ) == module.__name__:
                capped[id(value)] = (value, functools.lru_cache(maxsize=bound)(value.__wrapped__))
    for module in modules:  # also where the function was imported by name
        for name, value in list(vars(module).items()):
            if id(value) in capped and capped[id(value)][0] is value:
                setattr(module, name, capped[id(value)][1])
    return sorted(f"{v.__module__}.{v.__qualname__}" for v, _ in capped.values())


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
    parser.add_argument("--stream", action="store_true", help="read articles while running")
    parser.add_argument(
        "--cap-lru", type=int, default=0, metavar="N", help="with --stream: lru caches at most N"
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=0,
        metavar="N",
        help="documents per Pipeline.pipe call (default: Pipeline.run's BATCH_SIZE; 1: one by one)",
    )
    args = parser.parse_args()
    stages = args.stages.split(",") if args.stages else None
    from rasad import pipeline

    # (code before session 20 has no batches: one by one)
    batch = args.batch or getattr(pipeline, "BATCH_SIZE", 1)
    if args.foundation:
        print(foundation(args.data, args.workers))
    elif args.check:
        if os.environ.get("PYTHONHASHSEED") != "0":  # set order must not vary between runs
            env = {**os.environ, "PYTHONHASHSEED": "0"}
            os.execve(sys.executable, [sys.executable, *sys.argv], env)
        print(json.dumps(check(args.data, args.check, stages)))
    else:
        points = [int(x) for x in args.checkpoints.split(",") if x]
        run_args = (args.data, args.limit, args.warmup, points, stages, args.every)
        if args.stream:
            print(json.dumps(stream(*run_args, cap=args.cap_lru, batch=batch), indent=1))
        else:
            print(json.dumps(speed(*run_args, batch=batch), indent=1))


if __name__ == "__main__":
    main()
