"""NER speed: model load time, tagging throughput on one core, peak RSS.

    python benchmarks/ner_speed.py --data ../shared/data [--tokens 200000]

Long input = ANERcorp train tokens repeated to ``--tokens`` (fresh feature cache per
run, so repeats only help as much as real running text would).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

from ner_data import anercorp  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--tokens", type=int, default=200_000)
    args = parser.parse_args()
    sents = anercorp(args.data)
    lines: list[str] = []
    n = 0
    while n < args.tokens:
        for tokens, _ in sents:
            lines += [*tokens, ""]
            n += len(tokens)
            if n >= args.tokens:
                break

    t0 = time.perf_counter()
    from rasad.ner.conll import tag_conll
    from rasad.ner.tagger import load_model

    model = load_model()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = sum(1 for line in tag_conll(lines, model) if line)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"load {load:.2f} s; tagged {out:,} tokens in {secs:.1f} s = {out / secs:,.0f} tokens/s; peak RSS {rss:.0f} MB"
    )


if __name__ == "__main__":
    main()
