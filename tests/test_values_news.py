"""Values on real SaudiNewsNet articles (tests/data/values_news.json; text read from ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from rasad.values import analyze

REPO = Path(__file__).resolve().parents[1]
GOLD = json.loads((REPO / "tests" / "data" / "values_news.json").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location(
        "values_news_bench", REPO / "benchmarks" / "values_news.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
@pytest.mark.parametrize(
    "article", GOLD["articles"], ids=lambda a: f"{a['path'].rsplit('/', 1)[-1]}#{a['index']}"
)
def test_news_article(shared_data: Path, article: dict) -> None:
    bench = _bench()
    a = bench.load_article(shared_data, article["path"], article["index"])
    text = a["content"]
    result = analyze(text, a["date_extracted"][:10])
    for x in [*result.times, *result.quantities]:
        assert text[x.start : x.end] == x.text
    for item in article["items"]:
        span = bench.locate(text, item["snippet"], item.get("occurrence", 1))
        assert span is not None, item["snippet"]
        ok, why = bench.judge(result, span, item)
        assert ok, f"{item} {why}"
