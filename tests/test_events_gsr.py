"""Regression guard on the gsr_dev gold (the events stage alone, one document per sentence).

The salience model is trained on this dev half, so these are in-sample figures: the
floors only catch a broken model, trigger lexicon or resource. Honest numbers come from
the nested cross-validation of training/build_events_model.py (docs/bench/events.md).
"""

from __future__ import annotations

import csv

import pytest

from rasad.document import Document
from rasad.events import EventsStage


@pytest.fixture(scope="module")
def gold(shared_data):
    rows = []
    for kind in ("assault", "protest"):
        with open(shared_data / "events/gsr_dev" / f"{kind}_dev.csv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["label"] != "ambiguous":
                    rows.append((kind.upper(), r["text"], r["label"] == "yes"))
    return rows


def f1(stage: EventsStage, rows, kind: str) -> float:
    tp = fp = fn = 0
    for k, text, gold in rows:
        if k != kind:
            continue
        doc = stage(Document(text=text))
        pred = any(
            e.type == kind
            and e.polarity == "asserted"
            and e.modality == "actual"
            and e.salience == "reported"
            for e in doc.events
        )
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    return 2 * tp / (2 * tp + fp + fn)


@pytest.mark.shared
@pytest.mark.parametrize("kind", ["ASSAULT", "PROTEST"])
def test_in_sample_floor(gold, kind):
    stage = EventsStage(generic=False)
    assert f1(stage, gold, kind) >= 0.6
