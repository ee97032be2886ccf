"""Near misses of the cross-validated salience model on gsr_dev (the docs' confusion table).

    python training/build_events_model.py ../shared/data --cv-only --oof /tmp/oof.json
    python benchmarks/events_near_misses.py ../shared/data /tmp/oof.json

Counts, per type, the out-of-fold false positives by gold label and by what the sentence
is (reported speech, a year), and the false negatives by how sure the model was."""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from rasad.events.features import analyse

# the speech verbs and source words of a report ("قال الجيش إن ..."), bare or with و/ف
_SPEECH = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|مصادر|مصدر)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SURE = 0.1


def near_misses(gold_rows: list[dict], preds: list[dict], event_type: str) -> dict[str, int]:
    text = {r["id"]: r["text"] for r in gold_rows}
    out = dict.fromkeys(
        ("fp", "fp_difficult", "fp_speech", "fp_year", "fn", "fn_no_trigger", "fn_sure", "fn_band"),
        0,
    )
    for p in preds:
        if p["label"] == "ambiguous":
            continue
        sentence = text[p["id"]]
        if p["pred"] and p["label"] != "yes":
            out["fp"] += 1
            out["fp_difficult"] += p["label"] == "difficult no"
            out["fp_speech"] += bool(_SPEECH.search(sentence))
            out["fp_year"] += bool(_YEAR.search(sentence))
        elif not p["pred"] and p["label"] == "yes":
            out["fn"] += 1
            if not analyse(sentence).of_type(event_type):
                out["fn_no_trigger"] += 1
            elif p["score"] < _SURE:
                out["fn_sure"] += 1
            else:
                out["fn_band"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("oof", type=Path, help="--oof output of training/build_events_model.py")
    args = ap.parse_args()
    oof = json.loads(args.oof.read_text(encoding="utf-8"))
    for event_type, preds in oof.items():
        path = args.data / "events/gsr_dev" / f"{event_type.lower()}_dev.csv"
        with open(path, encoding="utf-8") as fh:
            gold_rows = list(csv.DictReader(fh))
        m = near_misses(gold_rows, preds, event_type)
        print(
            f"{event_type}: false positives {m['fp']} (difficult no {m['fp_difficult']}, "
            f"in reported speech {m['fp_speech']}, with a year {m['fp_year']}); "
            f"false negatives {m['fn']} (no trigger {m['fn_no_trigger']}, scored < {_SURE} "
            f"{m['fn_sure']}, between {_SURE} and the threshold or ruled out by a clause cue "
            f"{m['fn_band']})"
        )


if __name__ == "__main__":
    main()
