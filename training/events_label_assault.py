"""Draw ASSAULT candidate sentences from the raw corpora for hand labelling, and load the labels.

The gold (events/gsr_dev/assault_dev.csv) has 155 "yes" sentences, so extra sentences from
three other corpora are labelled by reading. A labelled sentence is kept as a REFERENCE into
../shared/data, never as text: corpus, file path (relative to the data folder), ZIP member,
article index, and the [start, end) offsets of the sentence in the clean text that
``Pipeline(["clean", "segment"])`` makes of that article. ``load_labels`` re-creates the
text through the same pipeline and checks a 25-character snippet.

Draw candidates (a few minutes of CPU; deterministic for a given seed):

    python training/events_label_assault.py draw ../shared/data --out /tmp/assault_candidates.jsonl

Check that every label resolves and count the labels:

    python training/events_label_assault.py check ../shared/data

How the labels were read (PLOVER ASSAULT; "yes" = the sentence itself reports a specific
violent event that happened or is happening):
- yes also for a past specific event told in full (وكان ... قد, timeline entries "في 9 جوان
  1986 اغتيل ..."), quoted reports of an attack, casualty counts tied to a named attack or
  strike, armed clashes with casualties, security forces killing militants, an ongoing air
  campaign in the main clause, and a media frame (broadcast, "news of") when it is the first
  report of the event.
- no for an attack in a relative or "after/since" clause while the sentence's own event is
  something else (manhunt, arrest, trial, condemnation, claim of responsibility, political
  effect), aggregate statistics (monthly tolls, "150 arson attacks in six months"), threats,
  accidents, disasters, animals, self-immolation, people killed by their own bomb, protest
  scuffles and dispersal without reported injuries, armed storming for ballot boxes (property
  only), sports and figurative senses.
- unsure for a stray bullet and for armed robbery or raids on homes without injuries.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasad import Pipeline
from rasad.document import Document
from rasad.events.features import analyse, features
from rasad.ingest import read_inputs

EVENT_TYPE = "ASSAULT"
LABELS_PATH = Path(__file__).parent / "data" / "assault_labels.jsonl"
MODEL_PATH = (
    Path(__file__).parent.parent / "src" / "rasad" / "resources" / "events" / "salience_model.json"
)
CORPORA = {
    "saudinewsnet": "raw/saudinewsnet",
    "antcorpus_jawharafm": "raw/antcorpus_jawharafm",
    "newspapers_cp1256": "raw/newspapers_cp1256",
}
HIGH_SCORE = 0.3
SNIPPET_CHARS = 25
MAX_ARTICLES = 9000  # a corpus; bounds the CPU time of a draw
MAX_SENTENCE_CHARS = 600  # longer "sentences" are usually unsegmented lists or debris
PER_ARTICLE = 2  # at most this many low and as many high candidates from one article


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
def _model() -> tuple[dict[str, float], frozenset[str]]:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["types"][EVENT_TYPE]
    return model["weights"], frozenset(model["drop"])


def assault_score(text: str) -> float | None:
    """Score of the shipped ASSAULT salience model; None when the sentence has no trigger."""
    analysis = analyse(text)
    if not analysis.of_type(EVENT_TYPE):
        return None
    weights, drop = _model()
    z = sum(weights.get(f, 0.0) for f in features(analysis, EVENT_TYPE, drop))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _member_of(doc: Document) -> str | None:
    # read_inputs writes "file!member" into source.path for archive members
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
        score = assault_score(text)
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


def draw(data: Path, per_corpus: int = 150, seed: int = 29) -> list[dict]:
    """About ``per_corpus`` candidates a corpus, up to half with score >= HIGH_SCORE.

    Files are visited in a seeded shuffled order and, in the big ZIP files, only every
    k-th article is read, so the draw stops early and spreads over the corpus. At most
    PER_ARTICLE sentences are taken from one article."""
    rng = random.Random(seed)
    chosen: list[dict] = []
    for corpus in CORPORA:
        files = _corpus_files(data, corpus)
        rng.shuffle(files)
        want = {True: per_corpus // 2, False: per_corpus - per_corpus // 2}
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
                found = list(_candidates_of(ref, doc))
                rng.shuffle(found)
                for high in (True, False):
                    of_kind = [c for c in found if (c["score"] >= HIGH_SCORE) == high]
                    pools[high].extend(of_kind[:PER_ARTICLE])
        # high-scoring sentences are rare outside the news corpus: the low half fills the gap
        want[False] = per_corpus - min(want[True], len(pools[True]))
        for high in (True, False):
            pool = pools[high]
            picked = rng.sample(pool, min(want[high], len(pool)))
            chosen.extend(picked)
            print(
                f"{corpus} high={high}: {read} articles, pool {len(pool)}, picked {len(picked)}",
                file=sys.stderr,
            )
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
    if not doc.sentences:
        doc = _pipeline()(doc)
        cache[file_key][ref.key] = doc
    return doc.text[start:end]


def load_labels(data: Path, path: Path = LABELS_PATH) -> list[dict]:
    """Labelled sentences re-created from the data folder: dicts with id, article, text, label.

    ``article`` (corpus, path, member, index) groups sentences of one article for grouped
    cross-validation. Raises ValueError listing every label whose reference does not
    resolve to its snippet."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r]
    # read each file once: visit the rows grouped by file, keep the input order in the result
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["corpus"], rows[i]["path"]))
    out: list[dict | None] = [None] * len(rows)
    mismatches: list[str] = []
    cache: dict = {}
    for i in order:
        row = rows[i]
        ref = ArticleRef(row["corpus"], row["path"], row.get("member"), row["index"])
        text = _sentence_text(Path(data), ref, row["start"], row["end"], cache)
        if text is None or text[:SNIPPET_CHARS] != row["snippet"]:
            got = "article not found" if text is None else repr(text[:SNIPPET_CHARS])
            mismatches.append(
                f"line {i + 1} {ref.key} [{row['start']}:{row['end']}]: "
                f"expected {row['snippet']!r}, got {got}"
            )
            continue
        out[i] = {
            "id": f"{ref.key}@{row['start']}-{row['end']}",
            "article": ref.key,
            "text": text,
            "label": row["label"],
        }
    if mismatches:
        raise ValueError(
            f"{len(mismatches)} assault labels do not resolve in {data}:\n" + "\n".join(mismatches)
        )
    return [r for r in out if r is not None]


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in {"draw", "check"}:
        raise SystemExit("usage: events_label_assault.py draw|check DATA [--out FILE]")
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
