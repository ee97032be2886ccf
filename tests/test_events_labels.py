"""The reading labels of training/data/<type>_labels.jsonl resolve into ../shared/data.

Resolving all 900+ labels reads every referenced article through clean+segment (about half
a minute), so the test checks a deterministic subset of each file: every 8th line.
``python training/events_labels.py check ../shared/data`` checks them all."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

TRAINING = Path(__file__).resolve().parent.parent / "training"
EVERY = 8  # every EVERY-th label line is resolved

pytestmark = pytest.mark.shared


def _events_labels():
    spec = importlib.util.spec_from_file_location("events_labels", TRAINING / "events_labels.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("events_labels", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("event_type", ["ASSAULT", "PROTEST"])
def test_label_subset_resolves(shared_data: Path, tmp_path: Path, event_type: str) -> None:
    labels = _events_labels()
    lines = labels.labels_path(event_type).read_text(encoding="utf-8").splitlines()
    subset = [line for i, line in enumerate(lines) if line.strip() and i % EVERY == 0]
    assert len(subset) >= 50
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(subset) + "\n", encoding="utf-8")
    loaded = labels.load_labels(shared_data, event_type, path)
    assert {r["label"] for r in loaded} <= {"yes", "no", "unsure"}
    assert len({r["text"] for r in loaded}) == len(loaded)  # texts are deduped
    snippets = {json.loads(line)["snippet"] for line in subset}
    assert {r["text"][: labels.SNIPPET_CHARS] for r in loaded} == snippets


def test_mismatch_is_listed(shared_data: Path, tmp_path: Path) -> None:
    labels = _events_labels()
    row = json.loads(labels.labels_path("PROTEST").read_text(encoding="utf-8").splitlines()[0])
    bad = {**row, "snippet": "x" * labels.SNIPPET_CHARS}
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"1 PROTEST labels (.|\n)*\nline 2 "):
        labels.load_labels(shared_data, "PROTEST", path)


@pytest.mark.parametrize("event_type", ["ASSAULT", "PROTEST"])
def test_gold_labels_resolve(shared_data: Path, event_type: str) -> None:
    labels = _events_labels()
    loaded = labels.load_gold_labels(shared_data, event_type)
    assert len(loaded) >= 100
    assert {r["label"] for r in loaded} <= {"yes", "no", "unsure"}
    # read from the other type's gold file, never from this type's own
    assert {r["source"] for r in loaded} == {
        "protest_dev" if event_type == "ASSAULT" else "assault_dev"
    }


def test_gold_label_mismatch_is_listed(shared_data: Path, tmp_path: Path) -> None:
    labels = _events_labels()
    row = json.loads(labels.gold_labels_path("ASSAULT").read_text(encoding="utf-8").splitlines()[0])
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({**row, "snippet": "x" * 10}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="1 ASSAULT gold labels"):
        labels.load_gold_labels(shared_data, "ASSAULT", path)
