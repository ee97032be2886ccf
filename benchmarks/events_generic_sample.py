"""Print random samples of the events stage's output for reading.

    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED
    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED --links
    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED \
        --range 27000 27600 2 --draw 120

Without ``--links``: runs the whole pipeline over SaudiNewsNet articles 3000-3300 (every
third one, 100 articles; ``--range START STOP STEP`` for others), keeps events that are
asserted, actual and reported and not ASSAULT/PROTEST, writes them all to
OUT_PREFIX.all.json, writes ``--draw`` of them (default 40) drawn with SEED to
OUT_PREFIX.sample.jsonl (one per line, numbered, for readers) and prints them.

With ``--links``: runs over articles 5000-5300 (300 articles), counts the cross-sentence
continuations (events/link.py) and prints 20 drawn with SEED: the event's sentence, the
continuing sentence and the fields it gave. Precision is judged by reading.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import articles  # noqa: E402
from rasad.pipeline import Pipeline, available_stages  # noqa: E402


def _text(ref) -> str | None:
    return ref.span.text if ref is not None and ref.span is not None else None


def generic(
    data: Path, out: str, seed: int, span: tuple[int, int, int] = (3000, 3300, 3), draw: int = 40
) -> None:
    start, stop, step = span
    pipe = Pipeline(available_stages())
    rows = []
    for i, d in enumerate(articles(data / "raw/saudinewsnet", stop)):
        if i < start or (i - start) % step:
            continue
        doc = pipe(d)
        for e in doc.events:
            if e.type in ("ASSAULT", "PROTEST") or (e.polarity, e.modality, e.salience) != (
                "asserted",
                "actual",
                "reported",
            ):
                continue
            sent = next((s.text for s in doc.sentences if s.index == e.sentence), "")
            rows.append(
                {
                    "doc": d.id,
                    "type": e.type,
                    "mode": e.mode,
                    "trigger": e.trigger.text,
                    "actor": _text(e.actor),
                    "recipient": _text(e.recipient),
                    "confidence": e.confidence,
                    "sentence": sent,
                }
            )
    print(len(rows), "events", file=sys.stderr)
    Path(out + ".all.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    random.seed(seed)
    drawn = random.sample(rows, min(draw, len(rows)))
    with open(out + ".sample.jsonl", "w", encoding="utf-8") as f:
        for n, r in enumerate(drawn):
            f.write(json.dumps({"n": n, **r}, ensure_ascii=False) + "\n")
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
    generic(data, out, seed, span, draw)


if __name__ == "__main__":
    main()
