"""Throughput of the segment stage (sentences + tokens + clitics) on SaudiNewsNet.

Reads the article contents of the SaudiNewsNet ZIPs (as the clean stage would hand
them over: the text itself, no cleaning run here, so the number is the segment
stage alone), then times SegmentStage over them in this one process (CPU time, so
other jobs on the machine inflate it less than wall time would). The first pass
starts with empty caches (lexicon load included); the second is warm.

    python benchmarks/segment_speed.py ../shared/data [--articles 5000]
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

from rasad.document import Document
from rasad.text import SegmentStage


def load_articles(data: Path, limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((data / "raw" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                for article in json.loads(archive.read(member)):
                    texts.append(article.get("content") or "")
                    if len(texts) >= limit:
                        return texts
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args(argv)
    texts = load_articles(args.data, args.articles)
    chars = sum(len(t) for t in texts)
    lengths: list[int] = []
    for label in ("cold", "warm"):
        stage = SegmentStage()
        t0 = time.process_time()
        for text in texts:
            doc = stage(Document(text=text))
            if label == "warm":
                lengths.extend(len(s.text) for s in doc.sentences)
        seconds = time.process_time() - t0
        print(
            f"{label}: {len(texts)} articles ({chars / len(texts):.0f} chars avg), "
            f"{stage.counters['tokens']} tokens, {stage.counters['sentences']} sentences "
            f"in {seconds:.2f}s = {len(texts) / seconds:.0f} articles/s, "
            f"{stage.counters['tokens'] / seconds / 1000:.0f}k tokens/s (one core)"
        )
    lengths.sort()
    share = stage.counters["clitic_tokens"] / stage.counters["tokens"]
    print(
        f"sentence length (chars): median {lengths[len(lengths) // 2]}, "
        f"p95 {lengths[int(len(lengths) * 0.95)]}, p99 {lengths[int(len(lengths) * 0.99)]}, "
        f"max {lengths[-1]}; tokens with a clitic: {share:.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
