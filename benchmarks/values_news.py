"""Accuracy of the values stage on real news sentences (tests/data/values_news.json).

    python benchmarks/values_news.py [--data ../shared/data] [-v]

For each annotated expression the article is read from ../shared/data, run through
:func:`rasad.values.analyze` with published = the article's date_extracted day and time
preference auto, and judged as in tests/test_values_news.py.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from functools import cache
from pathlib import Path

from rasad.values import analyze

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "values_news.json"


@cache
def _day(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(z.namelist()[0]))


def load_article(data: Path, rel: str, index: int) -> dict:
    return _day(data / rel)[index]


def locate(text: str, snippet: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(snippet)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def judge(result, span: tuple[int, int], item: dict) -> tuple[bool, str]:
    """Whether an extracted time/quantity covers ``span`` with the expected value."""
    need = 0.8 * (span[1] - span[0])
    near = [
        x for x in [*result.times, *result.quantities] if _overlap((x.start, x.end), span) >= need
    ]
    got = [
        (
            x.text,
            getattr(x, "value", None),
            getattr(x, "interval", None),
            getattr(x, "duration", None),
            getattr(x, "unit", None),
            getattr(x, "currency", None),
        )
        for x in near
    ]
    for x in near:
        if "duration" in item and getattr(x, "duration", None) == item["duration"]:
            return True, ""
        if "value" in item and isinstance(item["value"], str) and hasattr(x, "grain"):
            vals = [x.value, (x.interval or {}).get("from")]
            if any(v and v.startswith(item["value"]) for v in vals):
                return True, ""
        iv = getattr(x, "interval", None) or {}
        same_from = "from" in item and iv.get("from", "").startswith(item["from"])
        if same_from and iv.get("to", "").startswith(item["to"]):
            return True, ""
        if "kind" in item and not hasattr(x, "grain"):
            ok = (
                x.kind == item["kind"]
                and x.value is not None
                and abs(x.value - item["value"]) < 1e-6 * max(1, abs(item["value"]))
            )
            ok = (
                ok
                and ("unit" not in item or x.unit == item["unit"])
                and ("currency" not in item or x.currency == item["currency"])
            )
            if ok:
                return True, ""
    return False, f"got {got}"


def evaluate(data: Path, verbose: bool = False) -> tuple[int, int, list[str]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    hits = total = 0
    misses = []
    for art in gold["articles"]:
        a = load_article(data, art["path"], art["index"])
        text = a["content"]
        result = analyze(text, a["date_extracted"][:10])
        for item in art["items"]:
            total += 1
            span = locate(text, item["snippet"], item.get("occurrence", 1))
            if span is None:
                misses.append(f"{art['path']}#{art['index']}: snippet not found: {item['snippet']}")
                continue
            ok, why = judge(result, span, item)
            hits += ok
            if not ok:
                misses.append(f"{art['path']}#{art['index']}: {item} {why}")
    return hits, total, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data"
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    hits, total, misses = evaluate(args.data)
    print(f"news expressions: {hits}/{total} = {hits / total:.2f}")
    if args.verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
