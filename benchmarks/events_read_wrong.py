"""Count the events readers judged wrong that the pipeline still reports.

    python benchmarks/events_read_wrong.py ../shared/data [--out ROWS.json] [--files GLOB]

Every event of the generic readings (docs/bench/readings/) whose reader said ``type_ok:
no`` is looked up again in its article (same type and trigger word); it
counts as still reported when one such event is asserted, actual and reported. The
readings were mined for the rules (dev), so this is a regression measure for senses and
the check, printed per reason the reader gave (other_sense, generic, not_happened, ...).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import documents_by_id  # noqa: E402
from rasad.pipeline import Pipeline, available_stages  # noqa: E402

READINGS = Path(__file__).resolve().parent.parent / "docs/bench/readings"
REPORTED = ("asserted", "actual", "reported")


def read_wrong(pattern: str) -> dict[str, list[dict]]:
    """The events readers judged wrong, by article."""
    wrong = defaultdict(list)
    for path in sorted(READINGS.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("type_ok") == "no":
                wrong[r["doc"]].append(r)
    return wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--files", default="events_generic_session*.jsonl")
    args = ap.parse_args()
    wrong = read_wrong(args.files)
    pipe = Pipeline(available_stages())
    rows = []
    for d in documents_by_id(args.data, wrong):
        doc = pipe(d)
        for r in wrong[d.id]:
            hits = [e for e in doc.events if e.type == r["type"] and e.trigger.text == r["trigger"]]
            reported = sum((e.polarity, e.modality, e.salience) == REPORTED for e in hits)
            rows.append(
                {k: r[k] for k in ("doc", "type", "trigger", "why")} | {"reported": reported}
            )
    still = Counter(r["why"] for r in rows if r["reported"])
    total = Counter(r["why"] for r in rows)
    print(f"{sum(still.values())} of {len(rows)} read-wrong events still reported")
    for why, n in total.most_common():
        print(f"  {why or '-':14} {still[why]:4} of {n}")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
