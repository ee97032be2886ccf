"""Print a random sample of reported generic events (not ASSAULT/PROTEST) for reading.

    python benchmarks/events_generic_sample.py ../shared/data OUT_PREFIX SEED

Runs the whole pipeline over SaudiNewsNet articles 3000-3300 (every third one, 100
articles), keeps events that are asserted, actual and reported, writes them all to
OUT_PREFIX.all.json and prints 40 drawn with SEED. Precision is judged by reading.
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import articles  # noqa: E402
from rasad.pipeline import Pipeline, available_stages  # noqa: E402


def main() -> None:
    data, out, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    pipe = Pipeline(available_stages())
    rows = []
    for i, d in enumerate(articles(data / "raw/saudinewsnet", 3300)):
        if i < 3000 or i % 3:
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
                    "actor": e.actor.span.text if e.actor and e.actor.span else None,
                    "recipient": e.recipient.span.text
                    if e.recipient and e.recipient.span
                    else None,
                    "confidence": e.confidence,
                    "sentence": sent,
                }
            )
    print(len(rows), "events", file=sys.stderr)
    Path(out + ".all.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    random.seed(seed)
    for n, r in enumerate(random.sample(rows, min(40, len(rows)))):
        print(n, r["type"], r["mode"], "|", r["trigger"], "|A:", r["actor"], "|R:", r["recipient"])
        print("     ", r["sentence"][:260].replace("\n", " "))


if __name__ == "__main__":
    main()
