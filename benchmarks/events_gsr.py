"""Events on the gsr_dev gold: detection P/R/F1, near-miss confusion, source-actor Dice.

    python benchmarks/events_gsr.py ../shared/data                # in-process pipeline
    python benchmarks/events_gsr.py ../shared/data --out ev.jsonl  # keep the output
    python benchmarks/events_gsr.py ../shared/data --cli           # also run ../shared/tools/score.py

Scoring follows ../shared/tools/score.py: a sentence is a detection for a type when
one of its events has the type, polarity asserted, modality actual and salience
reported; gold yes is positive, easy/difficult no negative, ambiguous left out.

Source-actor Dice: on correctly detected sentences that have span gold, the token
Dice between the actor span of the detected event and each annotator's source actor,
best annotator; sentences whose annotators all left the source empty count 1 when
we give no actor and 0 otherwise (reported separately).

NOTE: the salience model is trained on this same dev half, so these numbers are
in-sample. The honest estimate is the nested cross-validation printed by
training/build_events_model.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from rasad.document import Document
from rasad.pipeline import Pipeline, available_stages

_STRIP = re.compile(r"[«»\"'()\[\]،,.:;!?؟]")


def tokens(text: str) -> list[str]:
    return [t for t in (_STRIP.sub("", w) for w in text.split()) if t]


def dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    ca, cb = Counter(a), Counter(b)
    return 2 * sum((ca & cb).values()) / (len(a) + len(b))


def is_detection(event: dict, kind: str) -> bool:
    return (
        str(event.get("type", "")).upper() == kind
        and event.get("polarity", "asserted") != "negated"
        and event.get("modality", "actual") == "actual"
        and event.get("salience", "reported") != "background"
    )


def why_not(events: list[dict], kind: str) -> str:
    mine = [e for e in events if e.get("type") == kind]
    if not mine:
        return "no event of the type (no trigger or far below threshold)"
    e = mine[0]
    if e.get("polarity") == "negated":
        return "negated"
    if e.get("modality", "actual") != "actual":
        return f"modality {e.get('modality')}"
    return "background (below threshold)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--cli", action="store_true", help="also run ../shared/tools/score.py events")
    ap.add_argument("--examples", type=int, default=0, help="print this many errors per class")
    ap.add_argument(
        "--oof",
        type=Path,
        help="out-of-fold predictions of training/build_events_model.py --oof: Dice is also "
        "reported on the sentences the cross-validated model detects correctly",
    )
    args = ap.parse_args()
    cv_hits: set[tuple[str, str]] = set()
    if args.oof:
        for kind, preds in json.loads(args.oof.read_text(encoding="utf-8")).items():
            cv_hits |= {(kind, p["id"]) for p in preds if p["pred"] and p["label"] == "yes"}

    rows = []
    for kind in ("assault", "protest"):
        with open(args.data / "events/gsr_dev" / f"{kind}_dev.csv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["label"] in ("yes", "easy no", "difficult no"):
                    rows.append((kind.upper(), r["id"], r["text"], r["label"]))
    spans = {}
    for kind in ("assault", "protest"):
        for item in json.loads(
            (args.data / "events/gsr_dev" / f"{kind}_spans_dev.json").read_text(encoding="utf-8")
        ):
            spans.setdefault((kind.upper(), item["source"]), item)

    stages = available_stages()
    pipe = Pipeline(stages)
    t0 = time.perf_counter()
    docs = {}
    stage_errors: Counter = Counter()
    for kind, sid, text, _label in rows:
        doc = Document(raw=text, id=f"{kind}|{sid}")
        for stage in pipe.stages:  # a stage that crashes on one sentence is skipped, and counted
            try:
                doc = stage(doc)
            except Exception as exc:  # noqa: BLE001 - measured, reported below
                stage_errors[f"{stage.name}: {type(exc).__name__}"] += 1
        docs[(kind, sid)] = doc.to_dict()
    secs = time.perf_counter() - t0
    print(
        f"stages: {', '.join(stages)}; {len(rows)} sentences in {secs:.1f}s ({len(rows) / secs:.0f}/s)"
    )
    if stage_errors:
        print(f"stage errors (stage skipped for that sentence): {dict(stage_errors)}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for (_kind, _sid), d in docs.items():
                fh.write(
                    json.dumps(
                        {"id": d["id"], "text": d["text"], "events": d["events"]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )

    for kind in ("ASSAULT", "PROTEST"):
        tp = fp = fn = 0
        fp_by_label: Counter = Counter()
        fn_reasons: Counter = Counter()
        fp_modes: Counter = Counter()
        dices, empty_ok, empty_total = [], 0, 0
        cv_dices: list[float] = []
        adjudicated: list[float] = []
        errors = {"fp": [], "fn": []}
        for k, sid, text, label in rows:
            if k != kind:
                continue
            events = docs[(k, sid)]["events"]
            hits = [e for e in events if is_detection(e, kind)]
            gold = label == "yes"
            if hits and gold:
                tp += 1
                item = spans.get((kind, sid))
                if item:
                    golds = [tokens(" ".join(s["source_actor"])) for s in item["spans"]]
                    golds = [g for g in golds if g]
                    ours = (
                        tokens(hits[0]["actor"]["span"]["text"])
                        if (hits[0].get("actor") or {}).get("span")
                        else []
                    )
                    if golds:
                        dices.append(max(dice(ours, g) for g in golds))
                        if (kind, sid) in cv_hits:
                            cv_dices.append(dices[-1])
                    else:
                        empty_total += 1
                        empty_ok += not ours
                    if item.get("source_gold"):
                        adjudicated.append(dice(ours, tokens(item["source_gold"])))
            elif hits:
                fp += 1
                fp_by_label[label] += 1
                fp_modes[hits[0].get("mode") or "-"] += 1
                errors["fp"].append(f"  FP ({label}, p={hits[0].get('confidence')}): {text[:140]}")
            elif gold:
                fn += 1
                reason = why_not(events, kind)
                fn_reasons[reason] += 1
                errors["fn"].append(f"  FN ({reason}): {text[:140]}")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind}: P={p:.2f} R={r:.2f} F1={f:.2f} (tp {tp}, fp {fp}, fn {fn})")
        print(f"  false positives by gold label: {dict(fp_by_label)}")
        print(f"  false negatives by reason: {dict(fn_reasons)}")
        if dices:
            print(
                f"  source-actor Dice on {len(dices)} correct detections with a gold source: "
                f"mean {sum(dices) / len(dices):.2f}; exact {sum(d == 1 for d in dices)}, zero {sum(d == 0 for d in dices)}"
            )
        if cv_dices:
            print(
                f"  source-actor Dice on the {len(cv_dices)} of them the cross-validated model "
                f"detects: mean {sum(cv_dices) / len(cv_dices):.2f}"
            )
        if adjudicated:
            print(
                f"  source-actor Dice against the adjudicated source_gold ({len(adjudicated)} sentences): "
                f"mean {sum(adjudicated) / len(adjudicated):.2f}"
            )
        if empty_total:
            print(
                f"  gold source empty on {empty_total} correct detections; we gave no actor on {empty_ok}"
            )
        for key in ("fp", "fn"):
            for line in errors[key][: args.examples]:
                print(line)
    if args.cli:
        score = args.data.parent / "tools" / "score.py"
        res = subprocess.run([sys.executable, str(score), "events"], capture_output=True, text=True)
        print("shared scorer (rasad extract):")
        print(res.stdout.strip() or res.stderr.strip())


if __name__ == "__main__":
    main()
