"""Throughput of the values stage on real news text (SaudiNewsNet), one core.

    python benchmarks/values_speed.py [--data ../shared/data] [--mb 5]

Reads article contents from the daily ZIPs until ``--mb`` megabytes of UTF-8 text are
collected, then times :func:`rasad.values.analyze` over them (published = the article's
extraction date, time preference auto) and prints MB/s and counts.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from collections import Counter
from pathlib import Path

from rasad.values import analyze


def load_articles(folder: Path, limit_bytes: int) -> list[tuple[str, str]]:
    out, total = [], 0
    for zpath in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    text = art.get("content") or ""
                    out.append((text, (art.get("date_extracted") or "")[:10]))
                    total += len(text.encode("utf-8"))
                    if total >= limit_bytes:
                        return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data"
    )
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    arts = load_articles(args.data / "raw" / "saudinewsnet", int(args.mb * 1e6))
    size = sum(len(t.encode("utf-8")) for t, _ in arts)
    analyze(arts[0][0], arts[0][1])  # warm up (regex compilation)
    counts: Counter = Counter()
    t0 = time.process_time()
    for text, published in arts:
        r = analyze(text, published or None)
        counts["times"] += len(r.times)
        counts["quantities"] += len(r.quantities)
    secs = time.process_time() - t0
    print(
        f"{len(arts)} articles, {size / 1e6:.2f} MB UTF-8 in {secs:.2f} s CPU: {size / 1e6 / secs:.2f} MB/s"
    )
    print(
        f"{counts['times']} times, {counts['quantities']} quantities ({counts['times'] / len(arts):.1f} / {counts['quantities'] / len(arts):.1f} per article)"
    )


if __name__ == "__main__":
    main()
