"""Print random samples of the events stage's output for reading.

    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED
    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED --links
    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED \
        --range 27000 27600 2 --draw 120 [--check]

Without ``--links``: runs the whole pipeline over SaudiNewsNet articles 3000-3300 (every
third one, 100 articles; ``--range START STOP STEP`` for others; ``--corpus SUB`` reads
the articles of DATA/SUB instead, in the order rasad's readers find them, e.g.
``--corpus raw/newspapers_cp1256/سياسيه``; ``--unread`` skips the articles any stored reading
in docs/bench/readings already drew from, so a range read before can give a fresh sample), keeps events that are
asserted, actual and reported and not ASSAULT/PROTEST, writes them all to
OUT_PREFIX.all.json, writes ``--draw`` of them (default 40) drawn with SEED to
OUT_PREFIX.sample.jsonl (one per line, numbered, for readers) and prints them. With
``--check`` the events are those the rules alone report (the learned generic check off),
and OUT_PREFIX.key.jsonl holds, per drawn event, whether the check keeps it reported and
its probability: readers see neither.

With ``--links``: runs over articles 5000-5300 (300 articles), counts the cross-sentence
continuations (events/link.py) and prints 20 drawn with SEED: the event's sentence, the
continuing sentence and the fields it gave. Precision is judged by reading.
"""

import copy
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import articles  # noqa: E402
from rasad.document import Document  # noqa: E402
from rasad.ingest.reader import read_inputs  # noqa: E402
from rasad.pipeline import Pipeline, available_stages  # noqa: E402


def _text(ref) -> str | None:
    return ref.span.text if ref is not None and ref.span is not None else None


_REPORTED = ("asserted", "actual", "reported")


def _reported(e) -> bool:
    return e.type not in ("ASSAULT", "PROTEST") and (e.polarity, e.modality, e.salience) == (
        _REPORTED
    )


def _corpus(data: Path, corpus: str | None, stop: int):
    """The articles in order: SaudiNewsNet's by default, else those rasad reads in
    DATA/``corpus`` (files it cannot read are skipped, as ``rasad extract`` reports them)."""
    if corpus is None:
        yield from articles(data / "raw/saudinewsnet", stop)
        return
    n = 0
    for item in read_inputs([str(data / corpus)]):
        if isinstance(item, Document):
            yield item
            n += 1
            if n >= stop:
                return


READINGS = Path(__file__).resolve().parents[1] / "docs/bench/readings"


def read_docs(folder: Path = READINGS) -> set:
    """The articles the stored readings drew their events from."""
    docs = set()
    for path in folder.glob("events_generic_*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.add(json.loads(line).get("doc"))
    return docs


def generic(
    data: Path,
    out: str,
    seed: int,
    span: tuple[int, int, int] = (3000, 3300, 3),
    draw: int = 40,
    check: bool = False,
    corpus: str | None = None,
    unread: bool = False,
) -> None:
    """``check``: draw from what the rules alone report (the learned check off) and write
    the check's decision on each drawn event to OUT.key.jsonl, not shown to readers: how
    much the check raises precision, and how many right events it drops, on one sample."""
    start, stop, step = span
    pipe = Pipeline(available_stages(), events={"generic_check": False} if check else {})
    checked = Pipeline(available_stages()) if check else None
    rows = []
    seen = read_docs() if unread else set()
    for i, d in enumerate(_corpus(data, corpus, stop)):
        if i < start or (i - start) % step or d.id in seen:
            continue
        kept = {}
        if checked is not None:  # a fresh document: the stages fill the one they get
            twin_doc = checked(copy.deepcopy(d))
            kept = {(e.type, e.trigger.start): e for e in twin_doc.events}
        doc = pipe(d)
        for e in doc.events:
            if not _reported(e):
                continue
            sent = next((s.text for s in doc.sentences if s.index == e.sentence), "")
            row = {
                "doc": d.id,
                "type": e.type,
                "mode": e.mode,
                "trigger": e.trigger.text,
                "actor": _text(e.actor),
                "recipient": _text(e.recipient),
                "confidence": e.confidence,
                "sentence": sent,
            }
            if checked is not None:
                twin = kept.get((e.type, e.trigger.start))
                row["kept"] = twin is not None and _reported(twin)
                row["confidence"] = twin.confidence if twin is not None else None
            rows.append(row)
    print(len(rows), "events", file=sys.stderr)
    Path(out + ".all.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    random.seed(seed)
    drawn = random.sample(rows, min(draw, len(rows)))
    hidden = ("kept", "confidence") if check else ()
    with open(out + ".sample.jsonl", "w", encoding="utf-8") as f:
        for n, r in enumerate(drawn):
            shown = {k: v for k, v in r.items() if k not in hidden}
            f.write(json.dumps({"n": n, **shown}, ensure_ascii=False) + "\n")
    if check:
        with open(out + ".key.jsonl", "w", encoding="utf-8") as f:
            for n, r in enumerate(drawn):
                key = {"n": n, "kept": r["kept"], "confidence": r["confidence"]}
                f.write(json.dumps(key) + "\n")
    for n, r in enumerate(drawn):
        print(n, r["type"], r["mode"], "|", r["trigger"], "|A:", r["actor"], "|R:", r["recipient"])
        print("     ", r["sentence"][:260].replace("\n", " "))


def links(data: Path, out: str, seed: int) -> None:
    pipe = Pipeline(available_stages())
    stage = next(s for s in pipe.stages if s.name == "events")
    rows, docs, events = [], 0, 0
    fields: Counter = Counter()
    for i, d in enumerate(articles(data / "raw/saudinewsnet", 5300)):
        if i < 5000:
            continue
        doc = pipe(d)
        docs += 1
        events += len(doc.events)
        sents = {s.index: s.text for s in doc.sentences}
        for ev, later, offset, given in stage.links:
            fields.update(given or ["nothing"])
            rows.append(
                {
                    "doc": d.id,
                    "type": ev.type,
                    "trigger": ev.trigger.text,
                    "noun": doc.text[offset : offset + 20].split()[0],
                    "given": given,
                    "date": ev.date.value if ev.date else None,
                    "location": _text(ev.location),
                    "event_sentence": sents.get(ev.sentence, ""),
                    "later_sentence": sents.get(later, ""),
                }
            )
    print(f"{docs} articles, {events} events, {len(rows)} links; fields {dict(fields)}")
    Path(out + ".links.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    random.seed(seed)
    for n, r in enumerate(random.sample(rows, min(20, len(rows)))):
        print(
            n,
            r["type"],
            "|",
            r["trigger"],
            "<-",
            r["noun"],
            "|",
            r["given"],
            r["date"],
            r["location"],
        )
        print("   E:", r["event_sentence"][:240].replace("\n", " "))
        print("   L:", r["later_sentence"][:240].replace("\n", " "))


def main() -> None:
    data, out, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    args = sys.argv[4:]
    if "--links" in args:
        links(data, out, seed)
        return
    span, draw = (3000, 3300, 3), 40
    if "--range" in args:
        k = args.index("--range")
        span = (int(args[k + 1]), int(args[k + 2]), int(args[k + 3]))
    if "--draw" in args:
        draw = int(args[args.index("--draw") + 1])
    corpus = args[args.index("--corpus") + 1] if "--corpus" in args else None
    generic(
        data,
        out,
        seed,
        span,
        draw,
        check="--check" in args,
        corpus=corpus,
        unread="--unread" in args,
    )


if __name__ == "__main__":
    main()
