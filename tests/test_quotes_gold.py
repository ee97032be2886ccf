"""Regression guard on the hand-annotated articles (tests/data/quotes_gold.json).

The articles are read from ../shared/data (skipped when absent); NER is replaced by the
gold name surfaces (``--oracle-mentions`` of benchmarks/quotes_eval.py) so that this
measures the entities and quotes stages alone. Thresholds sit a little under the
numbers reported in docs/bench/quotes.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))


@pytest.fixture(scope="module")
def counts(shared_data: Path):
    import quotes_eval

    args = argparse.Namespace(
        data=str(shared_data),
        gold=str(REPO / "tests" / "data" / "quotes_gold.json"),
        oracle_mentions=True,
        split="all",
        verbose=False,
    )
    result = quotes_eval.evaluate(args)
    if result["counts"]["missing_articles"]:
        pytest.skip("some annotated articles are missing from ../shared/data")
    return result["counts"]


def test_gold_file_covers_enough_articles(counts):
    assert counts["articles"] >= 30
    assert counts["gold_quotes"] >= 100


def test_offsets_are_exact(counts):
    assert counts["offset_errors"] == 0


def test_quote_precision_and_recall(counts):
    found, fp = counts["found"], counts["false_positives"]
    assert found / (found + fp) >= 0.9
    assert found / counts["gold_quotes"] >= 0.9


def test_speaker_accuracy_on_found_quotes(counts):
    assert counts["speaker_ok"] / counts["found"] >= 0.9


def test_entity_grouping(counts):
    merged, wrong = counts["pairs_merged"], counts["wrong_merges"]
    assert merged / (merged + wrong) >= 0.95
    assert merged / counts["gold_pairs"] >= 0.7
