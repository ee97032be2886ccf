"""Accuracy of encoding detection on real Arabic snippets of several lengths.

Snippets are cut at random from SaudiNewsNet articles (UTF-8 in the corpus), re-encoded
in each encoding, and passed to ``rasad.ingest.decode_bytes``. A snippet counts as
right when the text comes back exactly. Snippets with a character the encoding lacks
are left out for that encoding.

    python benchmarks/ingest_encoding.py --data ../shared/data [--per-length 400] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from collections import Counter
from pathlib import Path

from rasad.ingest import DecodeError, decode_bytes

ENCODINGS = ("cp1256", "iso8859_6", "utf-8", "utf-16-le", "utf-16-be")
LENGTHS = (8, 20, 50, 200, 1000)


def load_articles(data: Path, zips: int = 2) -> list[str]:
    texts = []
    for path in sorted((data / "raw" / "saudinewsnet").glob("*.zip"))[:zips]:
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                texts += [a["content"] for a in json.loads(archive.read(member))]
    return [t for t in texts if len(t.strip()) > 1000]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--per-length", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    articles = load_articles(Path(args.data))
    right: Counter[tuple[int, str]] = Counter()
    tried: Counter[tuple[int, str]] = Counter()
    for length in LENGTHS:
        for _ in range(args.per_length):
            text = rng.choice(articles)
            start = rng.randrange(len(text) - length)
            snippet = text[start : start + length]
            for codec in ENCODINGS:
                try:
                    data = snippet.encode(codec)
                except UnicodeEncodeError:
                    continue
                tried[length, codec] += 1
                try:
                    decoded, _ = decode_bytes(data)
                except DecodeError:
                    continue
                right[length, codec] += decoded == snippet.replace("\x00", "")
    print("| snippet chars | " + " | ".join(ENCODINGS) + " |")
    print("|---:|" + "---:|" * len(ENCODINGS))
    for length in LENGTHS:
        cells = [
            f"{right[length, c] / tried[length, c]:.1%} ({tried[length, c]})" for c in ENCODINGS
        ]
        print(f"| {length} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
