"""Reading speed and outcome counts of ``rasad.ingest.read_inputs`` on the raw corpora.

Reads (no cleaning, no segmentation, no store) the Windows-1256 folder, the SaudiNewsNet
zips and the ANT corpus, one after the other in this process, and reports per corpus
the inputs read, documents, failures by reason, warnings by code and the speed.

    python benchmarks/ingest_read.py --data ../shared/data [--json out.json] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from rasad.document import Failure
from rasad.ingest import read_inputs
from rasad.ingest.damage import QUESTION_DESTROYED

CORPORA = {
    "newspapers_cp1256": "raw/newspapers_cp1256",
    "saudinewsnet": "raw/saudinewsnet",
    "antcorpus_jawharafm": "raw/antcorpus_jawharafm",
}


def measure(name: str, folder: Path) -> dict:
    files = sum(1 for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    docs = 0
    chars = 0
    failures: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    destroyed: list[str] = []
    start = time.perf_counter()
    cpu_start = time.process_time()
    for item in read_inputs([str(folder)]):
        if isinstance(item, Failure):
            failures[item.reason if len(item.reason) < 90 else item.reason[:87] + "..."] += 1
            if item.reason == QUESTION_DESTROYED:
                destroyed.append(str(Path(item.path).relative_to(folder)))
            continue
        docs += 1
        chars += len(item.raw)
        encodings[item.encoding or "?"] += 1
        warnings.update({w.code for w in item.warnings})  # documents per warning code
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {
        "corpus": name,
        "files": files,
        "documents": docs,
        "failed": sum(failures.values()),
        "destroyed_at_source": len(destroyed),
        "other_failures": sum(failures.values()) - len(destroyed),
        "failures": dict(failures.most_common()),
        "warnings": dict(warnings.most_common()),
        "encodings": dict(encodings.most_common()),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # less sensitive than wall time to a busy machine
        "items_per_cpu_s": round((docs + sum(failures.values())) / cpu, 1),
        "files_per_s": round(files / seconds, 1),
        "items_per_s": round((docs + sum(failures.values())) / seconds, 1),
        "mb_per_s": round(chars * 2 / 1e6 / seconds, 1),  # UTF-8 Arabic ~2 bytes a char
        "destroyed_files": sorted(destroyed),
    }


def markdown(results: list[dict], peak_mb: float) -> str:
    lines = [
        "| corpus | files | documents | destroyed at source | other failures | files/s | items/s "
        "| wall s | CPU s | items per CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['corpus']} | {r['files']:,} | {r['documents']:,} | {r['destroyed_at_source']} "
            f"| {r['other_failures']} | {r['files_per_s']:,} | {r['items_per_s']:,} | {r['seconds']} "
            f"| {r['cpu_seconds']} | {r['items_per_cpu_s']:,} |"
        )
    lines.append("")
    lines.append(f"Peak RSS of the reading process: {peak_mb:.0f} MB.")
    for r in results:
        lines.append("")
        lines.append(f"**{r['corpus']}**: failures {r['failures'] or '{}'}; ")
        lines.append(
            f"documents per warning code {r['warnings'] or '{}'}; encodings {r['encodings']}."
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data", help="the shared data folder")
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="repeatable")
    parser.add_argument("--json", help="write the full results here")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    args = parser.parse_args(argv)
    data = Path(args.data)
    results = []
    for name in args.corpus or list(CORPORA):
        folder = data / CORPORA[name]
        if not folder.is_dir():
            print(f"skip {name}: {folder} not found", file=sys.stderr)
            continue
        result = measure(name, folder)
        results.append(result)
        shown = {k: v for k, v in result.items() if k != "destroyed_files"}
        print(json.dumps(shown, ensure_ascii=False), flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"results": results, "peak_rss_mb": round(peak_mb)}, ensure_ascii=False, indent=1
            ),
            encoding="utf-8",
        )
    if args.markdown:
        print(markdown(results, peak_mb))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
