"""Score and store a blind reading of generic events (the procedure of docs/bench/events.md).

A sample drawn with ``events_generic_sample.py ... --check`` has two files: the events the
readers see (SAMPLE, one JSON object per line with ``n``) and the check's decisions they do
not see (KEY: ``n``, ``kept``, ``confidence``). Each reader writes one judgment per event
(``type_ok``, ``why``, ``actor``, ``recipient``, ... as ``events_reading_guide.md`` asks).

    python benchmarks/events_blind.py score KEY R1.jsonl [R2.jsonl]
    python benchmarks/events_blind.py store SAMPLE KEY R1.jsonl R2.jsonl OUT.jsonl \\
        --description "..."

``score`` prints, per reader: type right with the rules alone (every drawn event), right
among the events the check keeps, the share of the right events it keeps, and the roles
(right or rightly absent, among the right events); with two readers also their agreement
and the measures where they agree. ``store`` writes reader 1's judgments where the two
readers agree on ``type_ok``, with the check's decision, to ``docs/bench/readings``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

_ROLE_OK = ("right", "none_ok")


def _lines(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line]


def _by_n(rows: list[dict]) -> dict[int, dict]:
    return {int(r["n"]): r for r in rows}


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "- (0)"


def measures(judged: dict[int, dict], key: dict[int, dict], only: set[int] | None = None) -> dict:
    """Type right among all, among kept, right kept; actor and recipient among the right."""
    ns = [n for n in sorted(key) if n in judged and (only is None or n in only)]
    right = [n for n in ns if judged[n].get("type_ok") == "yes"]
    kept = [n for n in ns if key[n]["kept"]]
    right_kept = [n for n in right if key[n]["kept"]]
    return {
        "events": len(ns),
        "rules": _share(len(right), len(ns)),
        "among_kept": _share(len(right_kept), len(kept)),
        "right_kept": _share(len(right_kept), len(right)),
        "actor": _share(sum(judged[n].get("actor") in _ROLE_OK for n in right), len(right)),
        "recipient": _share(sum(judged[n].get("recipient") in _ROLE_OK for n in right), len(right)),
        "why_no": dict(Counter(judged[n].get("why") for n in ns if n not in right)),
    }


def score(args: argparse.Namespace) -> None:
    key = _by_n(_lines(args.key))
    readers = [_by_n(_lines(path)) for path in args.readers]
    for i, judged in enumerate(readers, 1):
        missing = [n for n in key if n not in judged]
        print(f"reader {i}: {len(judged)} judged, {len(missing)} missing")
        for name, value in measures(judged, key).items():
            print(f"  {name:11} {value}")
    if len(readers) == 2:
        one, two = readers
        both = {n for n in key if n in one and n in two}
        agree = {n for n in both if one[n].get("type_ok") == two[n].get("type_ok")}
        print(f"agree on type_ok: {len(agree)}/{len(both)}")
        print("where they agree (reader 1):")
        for name, value in measures(one, key, agree).items():
            print(f"  {name:11} {value}")


def store(args: argparse.Namespace) -> None:
    sample = _by_n(_lines(args.sample))
    key = _by_n(_lines(args.key))
    one, two = _by_n(_lines(args.readers[0])), _by_n(_lines(args.readers[1]))
    rows = []
    for n in sorted(sample):
        if n not in one or n not in two or one[n].get("type_ok") != two[n].get("type_ok"):
            continue
        event, judged = sample[n], one[n]
        rows.append(
            {
                "sample": args.description,
                "n": n,
                "doc": event["doc"],
                "type": event["type"],
                "trigger": event["trigger"],
                "type_ok": judged.get("type_ok"),
                "why": judged.get("why"),
                "actor": judged.get("actor"),
                "recipient": judged.get("recipient"),
                "actor_text": judged.get("actor_text"),
                "recipient_text": judged.get("recipient_text"),
                "check_kept": key[n]["kept"],
                "check_confidence": key[n]["confidence"],
            }
        )
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} of {len(sample)} events to {args.out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score", help="measure the check on the readings")
    scoring.add_argument("key")
    scoring.add_argument("readers", nargs="+")
    scoring.set_defaults(run=score)
    storing = commands.add_parser("store", help="keep the agreed readings")
    storing.add_argument("sample")
    storing.add_argument("key")
    storing.add_argument("readers", nargs=2)
    storing.add_argument("out")
    storing.add_argument("--description", required=True)
    storing.set_defaults(run=store)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
