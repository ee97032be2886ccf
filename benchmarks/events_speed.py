"""Speed of the whole pipeline and of the events stage on SaudiNewsNet, one core.

    python benchmarks/events_speed.py ../shared/data --limit 1000
    python benchmarks/events_speed.py ../shared/data --limit 430 --events-only   # stage alone
    python benchmarks/events_speed.py ../shared/data --limit 500 --every 6 --events-only

Runs every available stage in this process (no pool) over the first ``limit``
articles and prints articles/s for the pipeline, CPU seconds per stage, events per
article and the peak RSS at 25 %, 50 % and 100 % of the run (flat = no growth).

``--events-only``: runs the stages before "events" once (not timed), then the events
stage alone ``--repeats`` times over fresh copies of those documents (after a 30-article
warm-up) and prints the best CPU ms/article and the SHA-256 of the events JSON (run with
``PYTHONHASHSEED=0`` before and after a change and compare: same hash, same events).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import resource
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasad.document import Document
from rasad.ingest.reader import read_inputs
from rasad.pipeline import Pipeline, available_stages

# SaudiNewsNet articles are named by their zip's day and their place in the corpus
_SAUDI_ID = re.compile(r"\d{4}-\d\d-\d\d-(\d+)")
# the other raw corpora, whose articles keep the ids rasad's readers give them
OTHER_CORPORA = ("raw/newspapers_cp1256", "raw/antcorpus_jawharafm")


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


def documents_by_id(data: Path, ids: Iterable[str]) -> Iterator[Document]:
    """The articles named by ``ids`` (those the readings name), in corpus order:
    SaudiNewsNet ids by their place in the corpus, other ids looked up in OTHER_CORPORA
    as rasad's readers find them there."""
    saudi: set[str] = set()
    others: set[str] = set()
    last = -1
    for i in set(ids):
        if m := _SAUDI_ID.fullmatch(i):
            saudi.add(i)
            last = max(last, int(m.group(1)))
        else:
            others.add(i)
    if saudi:
        yield from (d for d in articles(data / "raw/saudinewsnet", last + 1) if d.id in saudi)
    for corpus in OTHER_CORPORA if others else ():
        for item in read_inputs([str(data / corpus)]):
            if isinstance(item, Document) and item.id in others:
                others.discard(item.id)
                yield item


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--events-only", action="store_true", help="time the events stage alone")
    ap.add_argument("--repeats", type=int, default=3, help="with --events-only")
    ap.add_argument("--every", type=int, default=1, help="with --events-only: one in EVERY")
    args = ap.parse_args()
    if args.events_only:
        events_only(args.data, args.limit, args.repeats, args.every)
        return
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


def events_only(data: Path, limit: int, repeats: int, every: int = 1) -> None:
    """Best CPU ms/article of the events stage alone, and the hash of its output."""
    from rasad.events import EventsStage

    before = [name for name in available_stages() if name != "events"]
    pipe = Pipeline(before)
    source = articles(data / "raw/saudinewsnet", limit * every)
    docs = [pipe(d) for n, d in enumerate(source) if n % every == 0]
    frozen = pickle.dumps(docs)  # the stage fills doc.events and entity sectors: copy per run
    stage = EventsStage()
    for doc in pickle.loads(frozen)[:30]:
        stage(doc)
    best = float("inf")
    for _ in range(repeats):
        docs = pickle.loads(frozen)
        start = time.process_time()
        for doc in docs:
            stage(doc)
        best = min(best, time.process_time() - start)
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.to_json().encode() + b"\n")
    print(
        f"events stage alone: {1000 * best / len(docs):.2f} ms CPU/article "
        f"(best of {repeats}, {len(docs)} articles); output sha256 {digest.hexdigest()}"
    )


if __name__ == "__main__":
    main()
