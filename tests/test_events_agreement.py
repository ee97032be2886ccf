"""The gold-agreement benchmark's arithmetic (benchmarks/events_agreement.py)."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from events_agreement import f1, one_annotator_f1  # noqa: E402


def test_one_annotator_agrees_fully_when_every_vote_is_unanimous():
    rows = [
        {"label": "yes", "accept": "3", "total": "3"},
        {"label": "easy no", "accept": "0", "total": "3"},
    ]
    assert one_annotator_f1(rows) == 1.0


def test_a_split_no_costs_the_annotator_its_accepting_share():
    rows = [
        {"label": "yes", "accept": "3", "total": "3"},
        {"label": "difficult no", "accept": "1", "total": "2"},
    ]
    # tp 1, fp 0.5, fn 0: 2 / 2.5
    assert one_annotator_f1(rows) == 0.8


def test_model_f1_counts_predictions_against_the_label():
    items = [
        {"label": "yes", "pred": True},
        {"label": "yes", "pred": False},
        {"label": "difficult no", "pred": True},
        {"label": "easy no", "pred": False},
    ]
    assert f1(items) == 0.5
