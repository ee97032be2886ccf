"""Draw PROTEST candidate sentences from the raw corpora for hand labelling, and load the labels.

The gold (events/gsr_dev/protest_dev.csv) has few "yes" sentences, so extra sentences from
the raw corpora are labelled by reading. A labelled sentence is kept as a REFERENCE into
../shared/data, never as text: corpus, file path (relative to the data folder), ZIP member,
article index, and the [start, end) offsets of the sentence in the clean text that
``Pipeline(["clean", "segment"])`` makes of that article. ``load_labels`` re-creates the
text through the same pipeline and checks a 25-character snippet.

training/data/protest_labels.jsonl, one object a line: corpus, path, member (or null), index,
start, end, snippet (first 25 characters), bucket ("high" when the shipped model scored the
sentence >= 0.3 at drawing time, else "low"), label ("yes" | "no" | "unsure"), note (optional).
"yes" = the sentence itself reports a specific protest event that happened or is happening
(the definition of events/gsr_dev/protest_dev.csv).

Draw candidates (a few minutes of CPU; deterministic for a given seed):

    python training/events_label_sample.py draw ../shared/data --out /tmp/protest_candidates.jsonl

The high/low split uses the PROTEST model and features of the rasad that is imported, so a
draw is reproducible only with the same events code; the committed labels were drawn with
commit de89eb2 (reproduce: ``git archive de89eb2 src | tar -x -C /tmp/r`` and run with
``PYTHONPATH=/tmp/r/src``). The labels themselves depend only on clean+segment.

Check that every label resolves:

    python training/events_label_sample.py check ../shared/data
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasad import Pipeline
from rasad.document import Document
from rasad.events.features import analyse, features
from rasad.ingest import read_inputs

LABELS_PATH = Path(__file__).parent / "data" / "protest_labels.jsonl"
CORPORA = {
    "saudinewsnet": "raw/saudinewsnet",
    "antcorpus_jawharafm": "raw/antcorpus_jawharafm",
    "newspapers_cp1256": "raw/newspapers_cp1256",
}
HIGH_SCORE = 0.3
SNIPPET_CHARS = 25
PREFILTER = 0.15  # raw-line score below which an article cannot feed the high pool
_ROUGH_SPLIT = re.compile(r"[.!?؟\n]+")
MAX_ARTICLES = 15000  # a corpus; bounds the CPU time of a draw
MAX_SENTENCE_CHARS = 600  # longer "sentences" are usually unsegmented lists or debris


@dataclass(frozen=True)
class ArticleRef:
    corpus: str
    path: str  # relative to the data folder
    member: str | None  # ZIP member, None for plain files
    index: int  # 0-based position among the Documents read from (path, member)

    @property
    def key(self) -> str:
        return f"{self.corpus}:{self.path}!{self.member or ''}#{self.index}"


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline(["clean", "segment"])


@lru_cache(maxsize=1)
def _protest_model() -> tuple[dict[str, float], frozenset[str]]:
    # the model shipped with the rasad that is imported, so model and features match
    path = resources.files("rasad") / "resources" / "events" / "salience_model.json"
    model = json.loads(path.read_text(encoding="utf-8"))["types"]["PROTEST"]
    return model["weights"], frozenset(model["drop"])


def protest_score(text: str) -> float | None:
    """Score of the shipped PROTEST salience model; None when the sentence has no trigger."""
    analysis = analyse(text)
    if not analysis.of_type("PROTEST"):
        return None
    weights, drop = _protest_model()
    z = sum(weights.get(f, 0.0) for f in features(analysis, "PROTEST", drop))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _raw_max_score(raw: str) -> float:
    """Highest model score over rough raw lines (a cheap look before clean+segment)."""
    scores = (protest_score(piece) for piece in _ROUGH_SPLIT.split(raw) if piece.strip())
    return max((s for s in scores if s is not None), default=0.0)


def _member_of(doc: Document) -> str | None:
    where = doc.source.path or ""
    return where.split("!", 1)[1] if "!" in where else None


def read_articles(data: Path, corpus: str, rel_path: str) -> Iterator[tuple[ArticleRef, Document]]:
    """Documents of one file with their references, in reading order."""
    counts: Counter[str | None] = Counter()
    for item in read_inputs([str(data / rel_path)]):
        if not isinstance(item, Document):
            continue  # a Failure: unreadable item, not counted
        member = _member_of(item)
        index = counts[member]
        counts[member] += 1
        yield ArticleRef(corpus, rel_path, member, index), item


def _corpus_files(data: Path, corpus: str) -> list[str]:
    root = data / CORPORA[corpus]
    return sorted(str(p.relative_to(data)) for p in root.rglob("*") if p.is_file())


def _candidates_of(ref: ArticleRef, doc: Document) -> Iterator[dict]:
    doc = _pipeline()(doc)
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end]
        if len(text) > MAX_SENTENCE_CHARS:
            continue
        score = protest_score(text)
        if score is None:
            continue
        yield {
            "corpus": ref.corpus,
            "path": ref.path,
            "member": ref.member,
            "index": ref.index,
            "start": sent.start,
            "end": sent.end,
            "score": round(score, 3),
            "text": text,
        }


def draw(data: Path, per_corpus: int = 150, seed: int = 13) -> list[dict]:
    """About ``per_corpus`` candidates a corpus, half with score >= HIGH_SCORE if there are.

    Files are visited in a seeded shuffled order and, in the big ZIP files, only every
    k-th article is read, so the draw stops early and spreads over the corpus. At most
    two sentences are taken from one article."""
    rng = random.Random(seed)
    chosen: list[dict] = []
    all_pools: dict[str, dict[bool, list[dict]]] = {}
    for corpus in CORPORA:
        files = _corpus_files(data, corpus)
        rng.shuffle(files)
        want = {True: per_corpus // 2, False: per_corpus - per_corpus // 2}  # pool targets
        pools: dict[bool, list[dict]] = {True: [], False: []}
        step = 3 if corpus == "saudinewsnet" else 1
        read = 0
        for rel_path in files:
            if read >= MAX_ARTICLES or all(len(pools[h]) >= 2 * want[h] for h in pools):
                break
            offset = rng.randrange(step)
            for ref, doc in read_articles(data, corpus, rel_path):
                if ref.index % step != offset:
                    continue
                read += 1
                # clean+segment is the costly part: only articles with a trigger, and once
                # the low pool is full only those with a high-scoring raw line
                if not analyse(doc.raw).of_type("PROTEST"):
                    continue
                if len(pools[False]) >= 2 * want[False] and _raw_max_score(doc.raw) < PREFILTER:
                    continue
                found = list(_candidates_of(ref, doc))
                rng.shuffle(found)
                found.sort(key=lambda c: c["score"] < HIGH_SCORE)  # rare high ones first
                for cand in found[:2]:
                    pools[cand["score"] >= HIGH_SCORE].append(cand)
        all_pools[corpus] = pools
    # high-scoring sentences are rare: a corpus short of them lends its share to the others,
    # and every corpus is topped up with low-scoring ones to its even share of the total
    high_want = {c: per_corpus // 2 for c in CORPORA}
    short = sum(max(0, high_want[c] - len(all_pools[c][True])) for c in CORPORA)
    for corpus in CORPORA:
        spare = len(all_pools[corpus][True]) - high_want[corpus]
        lend = min(max(0, spare), short)
        high_want[corpus] += lend
        short -= lend
    for corpus, pools in all_pools.items():
        highs = rng.sample(pools[True], min(high_want[corpus], len(pools[True])))
        lows = rng.sample(pools[False], min(per_corpus - len(highs), len(pools[False])))
        chosen.extend(highs + lows)
        print(f"{corpus}: high {len(highs)}, low {len(lows)}", file=sys.stderr)
    rng.shuffle(chosen)
    return chosen


def _sentence_text(data: Path, ref: ArticleRef, start: int, end: int, cache: dict) -> str | None:
    """The clean text of the referenced article between the offsets (None if not found)."""
    file_key = (ref.corpus, ref.path)
    if file_key not in cache:
        cache.clear()  # keep one file's articles at a time
        cache[file_key] = {r.key: doc for r, doc in read_articles(data, ref.corpus, ref.path)}
    doc = cache[file_key].get(ref.key)
    if doc is None:
        return None
    if not doc.text:
        doc = _pipeline()(doc)
        cache[file_key][ref.key] = doc
    return doc.text[start:end]


def load_labels(data: Path, labels_path: Path = LABELS_PATH) -> list[dict]:
    """Labelled sentences re-created from the data folder: dicts with id, article, text, label.

    ``article`` groups sentences of one article (for grouped cross-validation). Raises
    ValueError listing every label whose reference does not resolve to its snippet."""
    rows = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r]
    # read each file once: group by file, keep the input order in the result
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["corpus"], rows[i]["path"]))
    out: list[dict | None] = [None] * len(rows)
    mismatches: list[tuple[int, str]] = []
    cache: dict = {}
    for i in order:
        row = rows[i]
        ref = ArticleRef(row["corpus"], row["path"], row.get("member"), row["index"])
        text = _sentence_text(Path(data), ref, row["start"], row["end"], cache)
        if text is None or text[:SNIPPET_CHARS] != row["snippet"]:
            got = "article not found" if text is None else repr(text[:SNIPPET_CHARS])
            mismatches.append((i, f"line {i + 1} {ref.key} [{row['start']}:{row['end']}]: {got}"))
            continue
        out[i] = {
            "id": f"{ref.key}@{row['start']}-{row['end']}",
            "article": ref.key,
            "text": text,
            "label": row["label"],
        }
    if mismatches:
        raise ValueError(
            f"{len(mismatches)} protest labels do not resolve in {data}:\n"
            + "\n".join(msg for _, msg in sorted(mismatches))
        )
    return [r for r in out if r is not None]


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in {"draw", "check"}:
        raise SystemExit("usage: events_label_sample.py draw|check DATA [--out FILE]")
    data = Path(argv[1])
    if argv[0] == "draw":
        out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else None
        chosen = draw(data)
        lines = [json.dumps(c, ensure_ascii=False) for c in chosen]
        if out:
            out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            print("\n".join(lines))
        print(f"{len(chosen)} candidates", file=sys.stderr)
    else:
        labels = load_labels(data)
        counts = Counter((r["article"].split(":", 1)[0], r["label"]) for r in labels)
        for (corpus, label), n in sorted(counts.items()):
            print(f"{corpus}\t{label}\t{n}")
        print(f"{len(labels)} labels resolve")


if __name__ == "__main__":
    main(sys.argv[1:])
