"""Speed of the whole pipeline and of the events stage on SaudiNewsNet, one core.

    python benchmarks/events_speed.py ../shared/data --limit 1000

Runs every available stage in this process (no pool) over the first ``limit``
articles and prints articles/s for the pipeline, CPU seconds per stage, events per
article and the peak RSS at 25 %, 50 % and 100 % of the run (flat = no growth).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import zipfile
from collections import Counter
from pathlib import Path

from rasad.document import Document
from rasad.pipeline import Pipeline, available_stages


def articles(folder: Path, limit: int):
    n = 0
    for zpath in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for item in json.loads(zf.read(name)):
                    raw = "\n".join(x for x in (item.get("title"), item.get("content")) if x)
                    yield Document(
                        raw=raw,
                        id=f"{zpath.stem}-{n}",
                        published=(item.get("date_extracted") or "")[:10] or None,
                    )
                    n += 1
                    if n >= limit:
                        return


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()
    # keep only the raw texts: a processed Document must not stay alive (flat memory)
    raws = [
        (d.raw, d.id, d.published) for d in articles(args.data / "raw/saudinewsnet", args.limit)
    ]
    pipe = Pipeline(available_stages())
    types: Counter = Counter()
    reported = 0
    rss = []
    t0 = time.process_time()
    for i, (raw, doc_id, published) in enumerate(raws, 1):
        doc = pipe(Document(raw=raw, id=doc_id, published=published))
        for e in doc.events:
            types[e.type] += 1
            reported += (
                e.polarity == "asserted" and e.modality == "actual" and e.salience == "reported"
            )
        if i in (len(raws) // 4, len(raws) // 2, len(raws)):
            rss.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    cpu = time.process_time() - t0
    print(f"stages: {', '.join(pipe.names)}")
    print(f"{len(raws)} articles in {cpu:.1f} CPU s: {len(raws) / cpu:.1f} articles/s per core")
    for name, secs in pipe.stats.seconds.items():
        print(f"  {name}: {secs:.2f} s ({1000 * secs / len(raws):.2f} ms/article)")
    total = sum(types.values())
    print(
        f"events: {total / len(raws):.1f} per article, {reported / len(raws):.1f} asserted/actual/reported"
    )
    print("  by type: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))
    print(f"peak RSS MB at 25/50/100 %: {rss}")


if __name__ == "__main__":
    main()
