"""Measure the clean stage on the raw corpora: what it removes, layout agreement, speed.

    python benchmarks/clean_rules.py ../shared/data            # all reports
    python benchmarks/clean_rules.py ../shared/data --speed    # throughput only
    python benchmarks/clean_rules.py ../shared/data --sample 100 --seed 1 > sample.txt

Reports per corpus (saudinewsnet zips, newspapers_cp1256, antcorpus_jawharafm):
removals by reason, a random sample of removed lines to judge precision by reading,
the most frequent short lines that are *kept* (candidates for missed boilerplate),
headline agreement with the given title, and articles per second of ``clean``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasad.clean import clean
from rasad.clean.chars import normalize_fragment

_TREC_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|$)", re.S)
_TREC_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


def saudinewsnet(data: Path, limit: int | None = None) -> Iterator[tuple[str, str | None]]:
    n = 0
    for path in sorted((data / "raw" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                for article in json.loads(zf.read(member)):
                    yield article.get("content") or "", article.get("title")
                    n += 1
                    if limit and n >= limit:
                        return


def newspapers_cp1256(data: Path, limit: int | None = None) -> Iterator[tuple[str, str | None]]:
    for n, path in enumerate(sorted((data / "raw" / "newspapers_cp1256").rglob("*.txt"))):
        if limit and n >= limit:
            return
        yield path.read_bytes().decode("cp1256", errors="replace"), None


def antcorpus(data: Path, limit: int | None = None) -> Iterator[tuple[str, str | None]]:
    for n, path in enumerate(sorted((data / "raw" / "antcorpus_jawharafm").rglob("*.txt"))):
        if limit and n >= limit:
            return
        page = path.read_text("utf-8", errors="replace")
        text = _TREC_TEXT.search(page)
        title = _TREC_TITLE.search(page)
        yield (text.group(1) if text else ""), (title.group(1).strip() if title else None)


CORPORA = {
    "saudinewsnet": saudinewsnet,
    "newspapers_cp1256": newspapers_cp1256,
    "antcorpus": antcorpus,
}


def _first_line(raw: str) -> str:
    for line in raw.splitlines():
        if line.strip():
            return normalize_fragment(line).strip()
    return ""


def report(
    name: str, articles: list[tuple[str, str | None]], sample: int, top: int, rng: random.Random
) -> dict:
    reasons: Counter = Counter()
    removed_lines: list[tuple[str, str]] = []
    kept_short: Counter = Counter()
    layout = Counter()
    for raw, title in articles:
        result = clean(raw)  # title withheld: measure the layout rules alone
        for r in result.removed:
            reasons[r.reason] += 1
            removed_lines.append((r.reason, r.text))
        for b in result.blocks:
            if b.role != "dateline" and len(b.text.split()) <= 12:
                kept_short[b.text] += 1
        roles = Counter(b.role for b in result.blocks)
        layout["docs"] += 1
        layout["with_headline"] += bool(result.title)
        layout["with_kicker"] += bool(result.kicker)
        layout["with_dateline"] += roles["dateline"] > 0
        layout["subheadings"] += roles["subheading"]
        if title and title.strip():
            wanted = clean(title).text
            layout["title_given"] += 1
            if _first_line(raw) == wanted:
                layout["content_starts_with_title"] += 1
                layout["headline_equals_title"] += result.title == wanted
                layout["headline_equals_title_when_given"] += (
                    clean(raw, title=title).title == wanted
                )
            else:
                # the title is not in the text: a headline found here is spurious
                layout["spurious_headline"] += bool(result.title)
                layout["spurious_kicker"] += bool(result.kicker)
                # scraped layout simulated: title line, blank line, body
                synthetic = clean(f"{title}\n\n{raw}")
                layout["synthetic_title_first"] += 1
                layout["synthetic_headline_equals_title"] += synthetic.title == wanted
                layout["synthetic_kicker_equals_title"] += synthetic.kicker == wanted
    print(f"\n## {name}: {layout['docs']} articles")
    print("removals by reason:", dict(reasons.most_common()))
    print("layout:", dict(layout))
    boiler = [
        x for x in removed_lines if x[0] not in ("html_debris", "invisible_control", "html_entity")
    ]
    if sample and boiler:
        print(f"\n### random sample of {min(sample, len(boiler))} removed lines (reason | text)")
        for reason, text in rng.sample(boiler, min(sample, len(boiler))):
            print(f"{reason:18} | {text[:150]!r}")
    if top:
        print(f"\n### {top} most frequent short kept lines (missed boilerplate candidates)")
        for text, k in kept_short.most_common(top):
            if k < 3:
                break
            print(f"{k:6} {text[:120]}")
    return {"reasons": dict(reasons), "layout": dict(layout)}


def speed(articles: list[tuple[str, str | None]]) -> tuple[float, float, float]:
    """Articles/s by wall clock and by process CPU time (the machine may be shared)."""
    chars = sum(len(raw) for raw, _ in articles)
    wall, cpu = time.perf_counter(), time.process_time()
    for raw, title in articles:
        clean(raw, title=title)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return len(articles) / wall, len(articles) / cpu, chars / cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sample", type=int, default=100, help="removed lines to print per corpus")
    parser.add_argument("--top", type=int, default=40, help="frequent kept short lines to print")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--speed", action="store_true", help="only measure throughput")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for name in args.corpus or list(CORPORA):
        articles = list(CORPORA[name](args.data, args.limit))
        if not args.speed:
            report(name, articles, args.sample, args.top, rng)
        wall, cpu, chars = speed(articles)
        print(
            f"speed {name}: {len(articles)} articles, {cpu:,.0f} articles/s of CPU time "
            f"({chars / 1e6:.2f} M chars/s), {wall:,.0f} articles/s wall clock (one core)"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
