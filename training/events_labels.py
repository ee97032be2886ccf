"""Sentences of the raw corpora labelled by reading for the events salience model.

The gold of events/gsr_dev has few "yes" sentences, so extra sentences from three raw
corpora (saudinewsnet, antcorpus_jawharafm, newspapers_cp1256) are labelled by reading,
one labels file per event type: training/data/<type>_labels.jsonl (assault, protest).

Sentences of the OTHER type's gold file are labelled by reading for this type as well
(training/data/<type>_gold_labels.jsonl: gold id, source file stem, snippet, label): the
PROTEST gold sentences with an ASSAULT trigger, read for ASSAULT, and the reverse. They
come from the gold's own news sources; ``load_gold_labels`` resolves them.

A labelled sentence is kept as a REFERENCE into ../shared/data, never as text: corpus,
file path (relative to the data folder), ZIP member, article index, and the [start, end)
offsets of the sentence in the clean text that ``Pipeline(["clean", "segment"])`` makes of
that article. ``load_labels`` re-creates the text through the same pipeline and checks a
25-character snippet; the labels depend only on clean+segment.

One object a line: corpus, path, member (or null), index, start, end, snippet (first 25
characters), label ("yes" | "no" | "unsure"), note (optional), bucket (optional: "high"
when the shipped model scored the sentence >= 0.3 at drawing time, else "low"; "band" /
"any" for later rounds), round (optional; absent = round 1).

Draw candidates (a few minutes of CPU; deterministic for a given seed and events code):

    python training/events_labels.py draw ../shared/data --type PROTEST --out /tmp/cand.jsonl \
        [--seed N] [--per-corpus N] [--band lo,hi] [--band-share F]

About ``--band-share`` of each corpus's candidates have a model score inside ``--band``
(default [0.3, 1]: the rare high-scoring ones), the rest are drawn from any score. Sentences
already in the type's labels file are excluded, and articles already used are taken only
when a pool runs short. The scores come from the PROTEST/ASSAULT model and features of the
rasad that is imported, so a draw is reproducible only with the same events code. Round 1
was drawn by the former per-type scripts (PROTEST: seed 13, events code of commit de89eb2;
ASSAULT: seed 29); their candidates cannot be re-drawn with this module, but they resolve.

Check that every label resolves and count the labels:

    python training/events_labels.py check ../shared/data [--type PROTEST]

How the labels are read
-----------------------
Common to both types: "yes" = the sentence ITSELF reports a specific event of the type
that happened or is happening (the definition of events/gsr_dev/<type>_dev.csv). A sentence
whose event is only a background reference, generic, planned, called for, threatened or
prevented is "no". "unsure" is left out of training.

PROTEST:
- yes: a specific demonstration, sit-in, strike, march, rally, protest vigil that took
  place or is taking place, reported by the sentence itself (including a protest in a
  place on a date, "thousands demonstrated", a strike that started).
- no: background references (anaphora to a protest reported elsewhere, "since the
  protests began", a protest in a relative or "after" clause while the sentence is about
  something else), generic statements, calls, plans, announcements and future protests,
  prevented or cancelled protests, police action (dispersal, arrests) as the main event,
  statements by protesters or organisers, and other senses of the words (figurative
  "protest", diplomatic protest notes, objections).

ASSAULT (PLOVER ASSAULT; "yes" = the sentence itself reports a specific violent event
that happened or is happening):
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

import argparse
import csv
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from rasad import Pipeline
from rasad.document import Document
from rasad.events.features import analyse, features
from rasad.ingest import read_inputs

LABELS_DIR = Path(__file__).parent / "data"
EVENT_TYPES = ("ASSAULT", "PROTEST")
CORPORA = {
    "saudinewsnet": "raw/saudinewsnet",
    "antcorpus_jawharafm": "raw/antcorpus_jawharafm",
    "newspapers_cp1256": "raw/newspapers_cp1256",
}
HIGH_SCORE = 0.3
SNIPPET_CHARS = 25
MAX_ARTICLES = 15000  # a corpus; bounds the CPU time of a draw
MAX_SENTENCE_CHARS = 600  # longer "sentences" are usually unsegmented lists or debris
PER_ARTICLE = 2  # candidates taken from one article at most
_ROUGH_SPLIT = re.compile(r"[.!?؟\n]+")


@dataclass(frozen=True)
class ArticleRef:
    corpus: str
    path: str  # relative to the data folder
    member: str | None  # ZIP member, None for plain files
    index: int  # 0-based position among the Documents read from (path, member)

    @property
    def key(self) -> str:
        return f"{self.corpus}:{self.path}!{self.member or ''}#{self.index}"


def labels_path(event_type: str) -> Path:
    return LABELS_DIR / f"{event_type.lower()}_labels.jsonl"


def sentence_id(ref: ArticleRef, start: int, end: int) -> str:
    return f"{ref.key}@{start}-{end}"


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline(["clean", "segment"])


@cache
def _model(event_type: str) -> tuple[dict[str, float], frozenset[str]]:
    # the model shipped with the rasad that is imported, so model and features match
    path = resources.files("rasad") / "resources" / "events" / "salience_model.json"
    model = json.loads(path.read_text(encoding="utf-8"))["types"][event_type]
    return model["weights"], frozenset(model["drop"])


def score(text: str, event_type: str) -> float | None:
    """Score of the shipped salience model; None when the sentence has no trigger of the type."""
    analysis = analyse(text)
    if not analysis.of_type(event_type):
        return None
    weights, drop = _model(event_type)
    z = sum(weights.get(f, 0.0) for f in features(analysis, event_type, drop))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _raw_has_band(raw: str, event_type: str, band: tuple[float, float]) -> bool:
    """A cheap look before clean+segment: does a rough raw line score near the band?"""
    lo, hi = band
    for piece in _ROUGH_SPLIT.split(raw):
        if piece.strip():
            s = score(piece, event_type)
            # rough lines merge sentences: allow a margin around the band
            if s is not None and lo - 0.15 <= s <= min(1.0, hi + 0.15):
                return True
    return False


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


def _candidates_of(ref: ArticleRef, doc: Document, event_type: str) -> Iterator[dict]:
    doc = _pipeline()(doc)
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end]
        if len(text) > MAX_SENTENCE_CHARS:
            continue
        s = score(text, event_type)
        if s is None:
            continue
        yield {
            "corpus": ref.corpus,
            "path": ref.path,
            "member": ref.member,
            "index": ref.index,
            "start": sent.start,
            "end": sent.end,
            "score": round(s, 3),
            "text": text,
        }


def draw(
    data: Path,
    event_type: str,
    per_corpus: int = 150,
    seed: int = 13,
    exclude: Collection[str] = (),
    band: tuple[float, float] = (HIGH_SCORE, 1.0),
    band_share: float = 0.5,
) -> list[dict]:
    """About ``per_corpus`` candidates a corpus, ``band_share`` of them scored inside ``band``.

    ``exclude`` holds sentence ids (``ArticleRef.key@start-end``) or sentence texts never to
    draw again; the articles of excluded ids are used only when a pool runs short. Files are
    visited in a seeded shuffled order and, in the big ZIP files, only every k-th article is
    read, so the draw stops early and spreads over the corpus. At most PER_ARTICLE sentences
    are taken from one article, band ones first. The rest of a corpus's share comes from any
    score; a corpus short of band candidates lends its band share to the others."""
    rng = random.Random(seed)
    lo, hi = band
    excluded = set(exclude)
    used_articles = {e.split("@", 1)[0] for e in excluded if "@" in e}
    band_target = round(per_corpus * band_share)
    # pools a corpus: (in band?, fresh article?) -> candidates
    all_pools: dict[str, dict[tuple[bool, bool], list[dict]]] = {}
    for corpus in CORPORA:
        files = _corpus_files(data, corpus)
        rng.shuffle(files)
        want = {True: band_target, False: per_corpus - band_target}
        pools: dict[tuple[bool, bool], list[dict]] = {
            (b, f): [] for b in (True, False) for f in (True, False)
        }
        step = 3 if corpus == "saudinewsnet" else 1
        read = 0
        for rel_path in files:
            if read >= MAX_ARTICLES or all(len(pools[b, True]) >= 2 * want[b] for b in want):
                break
            offset = rng.randrange(step)
            for ref, doc in read_articles(data, corpus, rel_path):
                if ref.index % step != offset:
                    continue
                read += 1
                # clean+segment is the costly part: only articles with a trigger, and once
                # the "any" pool is full only those with a raw line scored near the band
                if not analyse(doc.raw).of_type(event_type):
                    continue
                if len(pools[False, True]) >= 2 * want[False] and not _raw_has_band(
                    doc.raw, event_type, band
                ):
                    continue
                found = [
                    c
                    for c in _candidates_of(ref, doc, event_type)
                    if sentence_id(ref, c["start"], c["end"]) not in excluded
                    and c["text"] not in excluded
                ]
                rng.shuffle(found)
                found.sort(key=lambda c: not lo <= c["score"] <= hi)  # band ones first
                fresh = ref.key not in used_articles
                for cand in found[:PER_ARTICLE]:
                    pools[lo <= cand["score"] <= hi, fresh].append(cand)
        all_pools[corpus] = pools
        sizes = {
            f"{'band' if b else 'rest'}/{'new' if f else 'used'}": len(p)
            for (b, f), p in pools.items()
        }
        print(f"{corpus}: {read} articles read, pools {sizes}", file=sys.stderr)

    def band_pool(corpus: str) -> list[dict]:
        # articles not labelled before come first
        pools = all_pools[corpus]
        return rng.sample(pools[True, True], len(pools[True, True])) + rng.sample(
            pools[True, False], len(pools[True, False])
        )

    band_pools = {c: band_pool(c) for c in CORPORA}
    band_want = {c: band_target for c in CORPORA}
    short = sum(max(0, band_want[c] - len(band_pools[c])) for c in CORPORA)
    for corpus in CORPORA:
        lend = min(max(0, len(band_pools[corpus]) - band_want[corpus]), short)
        band_want[corpus] += lend
        short -= lend
    chosen: list[dict] = []
    for corpus, pools in all_pools.items():
        in_band = band_pools[corpus][: band_want[corpus]]
        taken = {id(c) for c in in_band}
        # "any score": everything not already taken, fresh articles first
        rest = [
            c
            for fresh in (True, False)
            for b in (True, False)
            for c in pools[b, fresh]
            if id(c) not in taken
        ]
        need = max(0, per_corpus - len(in_band))
        new_rest = [c for c in rest if _is_fresh(c, used_articles)]
        old_rest = [c for c in rest if not _is_fresh(c, used_articles)]
        anywhere = rng.sample(new_rest, min(need, len(new_rest)))
        anywhere += rng.sample(old_rest, min(need - len(anywhere), len(old_rest)))
        for c in in_band:
            c["bucket"] = "band"
        for c in anywhere:
            c["bucket"] = "any"
        chosen.extend(in_band + anywhere)
        print(f"{corpus}: band {len(in_band)}, any {len(anywhere)}", file=sys.stderr)
    rng.shuffle(chosen)
    return chosen


def _is_fresh(cand: dict, used_articles: set[str]) -> bool:
    ref = ArticleRef(cand["corpus"], cand["path"], cand["member"], cand["index"])
    return ref.key not in used_articles


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


def load_labels(data: Path, event_type: str, path: Path | None = None) -> list[dict]:
    """Labelled sentences re-created from the data folder: dicts with id, article, text, label.

    ``path`` defaults to training/data/<type>_labels.jsonl. ``article`` groups sentences of
    one article (for grouped cross-validation). A sentence text labelled twice (the same
    sentence in two articles or two label lines) is kept once, at its first line. Raises
    ValueError listing every label whose reference does not resolve to its snippet."""
    path = Path(path) if path is not None else labels_path(event_type)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
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
            "id": sentence_id(ref, row["start"], row["end"]),
            "article": ref.key,
            "text": text,
            "label": row["label"],
        }
    if mismatches:
        raise ValueError(
            f"{len(mismatches)} {event_type} labels of {path} do not resolve in {data}:\n"
            + "\n".join(mismatches)
        )
    seen: set[str] = set()
    result = []
    for item in out:
        if item is not None and item["text"] not in seen:
            seen.add(item["text"])
            result.append(item)
    return result


def gold_labels_path(event_type: str) -> Path:
    return LABELS_DIR / f"{event_type.lower()}_gold_labels.jsonl"


def load_gold_labels(data: Path, event_type: str, path: Path | None = None) -> list[dict]:
    """Sentences of the other type's gold file (events/gsr_dev/<source>.csv), labelled by
    reading for this type: dicts with id, source, text, label. A line holds the gold id,
    the source file stem, a snippet (the text's first characters) and the label; no text.
    Raises ValueError listing every line whose id or snippet does not match."""
    path = Path(path) if path is not None else gold_labels_path(event_type)
    if not path.exists():
        return []
    texts: dict[str, dict[str, str]] = {}
    out, mismatches = [], []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, line in enumerate(lines, 1):
        row = json.loads(line)
        source = row["source"]
        if source not in texts:
            with open(Path(data) / "events/gsr_dev" / f"{source}.csv", encoding="utf-8") as fh:
                texts[source] = {r["id"]: r["text"] for r in csv.DictReader(fh)}
        text = texts[source].get(row["id"])
        if text is None or not text.startswith(row["snippet"]):
            mismatches.append(f"line {n} {source} {row['id'][:40]}")
            continue
        out.append({"id": row["id"], "source": source, "text": text, "label": row["label"]})
    if mismatches:
        raise ValueError(
            f"{len(mismatches)} {event_type} gold labels of {path} do not resolve in {data}:\n"
            + "\n".join(mismatches)
        )
    return out


def _band(value: str) -> tuple[float, float]:
    lo, hi = (float(x) for x in value.split(","))
    return lo, hi


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = ap.add_subparsers(dest="command", required=True)
    draw_ap = sub.add_parser("draw", help="draw candidate sentences to label")
    draw_ap.add_argument("data", type=Path)
    draw_ap.add_argument("--type", required=True, choices=EVENT_TYPES)
    draw_ap.add_argument("--out", type=Path, help="JSON lines (with texts: keep outside the repo)")
    draw_ap.add_argument("--seed", type=int, default=13)
    draw_ap.add_argument("--per-corpus", type=int, default=150)
    draw_ap.add_argument("--band", type=_band, default=(HIGH_SCORE, 1.0), help="lo,hi")
    draw_ap.add_argument("--band-share", type=float, default=0.5)
    check_ap = sub.add_parser("check", help="check that every label resolves; count them")
    check_ap.add_argument("data", type=Path)
    check_ap.add_argument("--type", choices=EVENT_TYPES, help="default: every type")
    args = ap.parse_args(argv)

    if args.command == "draw":
        exclude: set[str] = set()
        if labels_path(args.type).exists():
            for item in load_labels(args.data, args.type):
                exclude.update((item["id"], item["text"]))
        chosen = draw(
            args.data, args.type, args.per_corpus, args.seed, exclude, args.band, args.band_share
        )
        lines = [json.dumps(c, ensure_ascii=False) for c in chosen]
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            print("\n".join(lines))
        print(f"{len(chosen)} candidates", file=sys.stderr)
        return
    for event_type in [args.type] if args.type else EVENT_TYPES:
        labels = load_labels(args.data, event_type)
        counts = Counter((r["article"].split(":", 1)[0], r["label"]) for r in labels)
        for (corpus, label), n in sorted(counts.items()):
            print(f"{event_type}\t{corpus}\t{label}\t{n}")
        n_lines = sum(
            1
            for line in labels_path(event_type).read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        print(f"{event_type}: all {n_lines} label lines resolve ({len(labels)} distinct sentences)")
        gold = load_gold_labels(args.data, event_type)
        counts = Counter(r["label"] for r in gold)
        print(f"{event_type}: {len(gold)} gold-file sentences read for this type {dict(counts)}")


if __name__ == "__main__":
    main()
