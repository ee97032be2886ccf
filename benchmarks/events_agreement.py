"""What the gsr_dev gold allows: one annotator's agreement with the gold label, and the
spread of a model's F1 over resamples of the sentences.

A gold "yes" needs every annotator to accept, so the expected F1 of one annotator drawn
at random per sentence (accepting with probability accept/total) against that label is a
human reference for the detection target. The bootstrap interval of the model's
out-of-fold F1 (``--oof`` from ``training/build_events_model.py``) says how far a
held-out half of the same size may read from it by the draw of its sentences alone.

    python training/build_events_model.py ../shared/data --cv-only --oof /tmp/oof.json
    python benchmarks/events_agreement.py ../shared/data --oof /tmp/oof.json
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

GOLD = {"ASSAULT": "assault_dev.csv", "PROTEST": "protest_dev.csv"}
RESAMPLES = 2000


def one_annotator_f1(rows: list[dict]) -> float:
    """Expected F1 of a random annotator against the unanimous label (counts as expected
    values: each sentence adds accept/total to the annotator's yes)."""
    tp = fp = fn = 0.0
    for r in rows:
        share = int(r["accept"]) / int(r["total"])
        if r["label"] == "yes":
            tp += share
            fn += 1 - share
        else:
            fp += share
    return 2 * tp / (2 * tp + fp + fn)


def f1(items: list[dict]) -> float:
    tp = sum(1 for x in items if x["pred"] and x["label"] == "yes")
    fp = sum(1 for x in items if x["pred"] and x["label"] != "yes")
    fn = sum(1 for x in items if not x["pred"] and x["label"] == "yes")
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="path to ../shared/data")
    ap.add_argument("--oof", type=Path, help="out-of-fold predictions of the model (JSON)")
    args = ap.parse_args()
    oof = json.loads(args.oof.read_text(encoding="utf-8")) if args.oof else {}
    for event_type, name in GOLD.items():
        path = args.data / "events/gsr_dev" / name
        with path.open(encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if r["label"] != "ambiguous"]
        line = (
            f"{event_type}: one annotator F1 {one_annotator_f1(rows):.3f} ({len(rows)} sentences)"
        )
        items = [x for x in oof.get(event_type, []) if x["label"] != "ambiguous"]
        if items:
            rng = random.Random(0)  # fixed: the interval is reproducible
            spread = sorted(f1([rng.choice(items) for _ in items]) for _ in range(RESAMPLES))
            low, high = spread[RESAMPLES // 20], spread[RESAMPLES - RESAMPLES // 20]
            line += f"; model out-of-fold F1 {f1(items):.3f}, 90% bootstrap {low:.2f}-{high:.2f}"
        print(line)


if __name__ == "__main__":
    main()
