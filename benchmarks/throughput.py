"""Throughput and memory of read + clean + segment, and of a real `rasad ingest`.

    python benchmarks/throughput.py ../shared/data                 # both parts, markdown on stdout
    python benchmarks/throughput.py ../shared/data --part pipeline --fractions 0.25,0.5,1

Part "pipeline": reads every SaudiNewsNet article (18 zipped JSON arrays) and runs the
clean and segment stages with a process pool; each corpus fraction runs in a fresh
process so its peak RSS (main process and, separately, the largest worker) is its own.
Flat memory means peak RSS does not grow with the fraction.

Part "ingest": `rasad ingest` of the whole Windows-1256 folder plus one SaudiNewsNet zip
into a fresh database, checking that every input was stored, counted as a duplicate, or
reported as a failure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

SAUDI = Path("raw/saudinewsnet")
CP1256 = Path("raw/newspapers_cp1256")


def _peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def count_saudi_articles(folder: Path) -> int:
    total = 0
    for zpath in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    total += len(json.loads(zf.read(name)))
    return total


def _measure(doc) -> tuple[int, int]:
    """What travels back from a worker: the sizes, so the parent does no per-token work."""
    return len(doc.text), len(doc.tokens)


def run_pipeline_once(
    folder: Path, limit: int, workers: int, stages: list[str], transport: str
) -> dict:
    """One measurement in this process: read + stages over the first ``limit`` articles.

    transport "pool": rasad.store.pool.process (what ingest/extract use; workers finish
    each document). transport "documents": Pipeline.run, whole Documents sent back.
    """
    import rasad
    from rasad.document import Failure
    from rasad.pipeline import Pipeline
    from rasad.store.pool import process

    zips = sorted(str(p) for p in folder.glob("*.zip"))
    docs = failed = chars = tokens = 0
    started = time.perf_counter()
    items = itertools.islice(rasad.read_inputs(zips), limit)
    if transport == "pool":
        results = process(items, stages, _measure, workers=workers)
    else:
        results = (
            item if isinstance(item, Failure) else _measure(item)
            for item in Pipeline(stages).run(items, workers=workers)
        )
    for item in results:
        if isinstance(item, Failure):
            failed += 1
            continue
        docs += 1
        chars += item[0]
        tokens += item[1]
    seconds = time.perf_counter() - started
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool workers, once joined
    n = max(docs + failed, 1)
    main_cpu_ms = (me.ru_utime + me.ru_stime) * 1000 / n
    worker_cpu_ms = (kids.ru_utime + kids.ru_stime) * 1000 / n
    return {
        "limit": limit,
        "cpu_ms_main": round(main_cpu_ms, 2),
        "cpu_ms_workers": round(worker_cpu_ms, 2),
        # what `workers` dedicated cores would sustain given the CPU each article costs
        "cpu_bound_articles_per_s": round(workers * 1000 / (main_cpu_ms + worker_cpu_ms), 1),
        "transport": transport,
        "documents": docs,
        "failed": failed,
        "seconds": round(seconds, 2),
        "articles_per_s": round((docs + failed) / seconds, 1),
        "tokens": tokens,
        "chars": chars,
        "peak_rss_main_mb": round(_peak_rss_mb(resource.RUSAGE_SELF), 1),
        "peak_rss_worker_mb": round(_peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
    }


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}, {platform.system()}"


def part_pipeline(
    data: Path, workers: int, fractions: list[float], stages: list[str], transport: str = "pool"
) -> list[dict]:
    folder = data / SAUDI
    total = count_saudi_articles(folder)
    rows = []
    for fraction in fractions:
        limit = max(1, round(total * fraction))
        cmd = [
            sys.executable,
            __file__,
            str(data),
            "--one",
            str(limit),
            "--workers",
            str(workers),
            "--stages",
            ",".join(stages),
            "--transport",
            transport,
        ]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        row["fraction"] = fraction
        row["corpus_total"] = total
        rows.append(row)
        print(f"# {fraction:.0%}: {json.dumps(row, ensure_ascii=False)}", file=sys.stderr)
    return rows


def part_ingest(data: Path, workers: int, zip_name: str | None) -> dict:
    zips = sorted((data / SAUDI).glob("*.zip"))
    one_zip = (data / SAUDI / zip_name) if zip_name else zips[0]
    with zipfile.ZipFile(one_zip) as zf:
        zip_articles = sum(
            len(json.loads(zf.read(n))) for n in zf.namelist() if n.endswith(".json")
        )
    cp_files = sum(1 for p in (data / CP1256).rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        cmd = [
            "rasad",
            "ingest",
            str(data / CP1256),
            str(one_zip),
            "--db",
            str(db),
            "--workers",
            str(workers),
            "--json",
            "--no-progress",
        ]
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        summary = json.loads(proc.stdout.strip().splitlines()[-1])
        size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        rerun = subprocess.run(cmd, capture_output=True, text=True)
        rerun_summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    reasons = [
        ln.strip()
        for ln in proc.stderr.splitlines()
        if ln.startswith("  ") and ln.strip()[:1].isdigit()
    ]
    return {
        "command": " ".join(
            [
                "rasad",
                "ingest",
                str(CP1256),
                str(SAUDI / one_zip.name),
                "--db",
                "bench.db",
                "--workers",
                str(workers),
                "--json",
            ]
        ),
        "inputs": cp_files + zip_articles,
        "cp1256_files": cp_files,
        "zip_articles": zip_articles,
        "exit_code": proc.returncode,
        "summary": summary,
        "accounted": sum(summary.values()),
        "seconds": round(seconds, 1),
        "docs_per_s": round(sum(summary.values()) / seconds, 1),
        "db_mb": round(size_mb, 1),
        "failure_reasons": reasons,
        "rerun_summary": rerun_summary,
    }


def markdown(pipeline_rows: list[dict], ingest: dict | None, args) -> str:
    lines = ["## Store and CLI: throughput and memory", "", f"Machine: {machine()}.", ""]
    if pipeline_rows:
        total = pipeline_rows[0]["corpus_total"]
        lines += [
            f"Read + {' + '.join(args.stages)} over SaudiNewsNet ({total:,} articles in 18 zipped JSON arrays), "
            f"{args.workers} worker processes, each fraction in a fresh process:",
            "",
            "```",
            f"python benchmarks/throughput.py ../shared/data --part pipeline --workers {args.workers}",
            "```",
            "",
            "| corpus | articles | seconds | articles/s measured | CPU ms/article (main + workers) | articles/s on 2 free cores (from CPU) | peak RSS main (MB) | peak RSS worker (MB) |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in pipeline_rows:
            lines.append(
                f"| {r['fraction']:.0%} | {r['documents'] + r['failed']:,} | {r['seconds']} | {r['articles_per_s']} "
                f"| {r['cpu_ms_main']} + {r['cpu_ms_workers']} | {r['cpu_bound_articles_per_s']} "
                f"| {r['peak_rss_main_mb']} | {r['peak_rss_worker_mb']} |"
            )
        last = pipeline_rows[-1]
        lines += [
            "",
            f"Inputs reported as failures by the reader (full corpus): {last['failed']}.",
            "",
        ]
    if ingest:
        s = ingest["summary"]
        lines += [
            f"`rasad ingest` of the whole Windows-1256 folder ({ingest['cp1256_files']:,} files) plus one SaudiNewsNet zip "
            f"({ingest['zip_articles']:,} articles), {args.workers} workers, fresh database:",
            "",
            "```",
            ingest["command"],
            "```",
            "",
            f"- stored {s['stored']:,}, duplicates {s['duplicates']:,}, failed {s['failed']:,}: "
            f"{ingest['accounted']:,} of {ingest['inputs']:,} inputs accounted for; exit code {ingest['exit_code']}",
            f"- {ingest['seconds']} s ({ingest['docs_per_s']} documents/s incl. storing), database {ingest['db_mb']} MB",
            f"- re-run on the same database: {json.dumps(ingest['rerun_summary'])}",
        ]
        if ingest["failure_reasons"]:
            lines.append("- failures by reason: " + "; ".join(ingest["failure_reasons"]))
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    ap.add_argument("--part", choices=["all", "pipeline", "ingest"], default="all")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--fractions", default="0.25,0.5,1")
    ap.add_argument("--stages", default="clean,segment", type=lambda s: s.split(","))
    ap.add_argument("--transport", choices=["pool", "documents"], default="pool")
    ap.add_argument(
        "--zip", default=None, help="SaudiNewsNet zip for the ingest part (default: the first)"
    )
    ap.add_argument(
        "--one", type=int, default=None, help=argparse.SUPPRESS
    )  # internal: one measurement
    args = ap.parse_args()
    if args.one is not None:
        print(
            json.dumps(
                run_pipeline_once(
                    args.data / SAUDI, args.one, args.workers, args.stages, args.transport
                )
            )
        )
        return
    rows = []
    if args.part in ("all", "pipeline"):
        rows = part_pipeline(
            args.data,
            args.workers,
            [float(f) for f in args.fractions.split(",")],
            args.stages,
            args.transport,
        )
    ingest = (
        part_ingest(args.data, args.workers, args.zip) if args.part in ("all", "ingest") else None
    )
    print(markdown(rows, ingest, args))


if __name__ == "__main__":
    main()
