"""Build the word-form frequency lexicon used by clitic segmentation (rasad.text).

Counts every Arabic word form (diacritics and tatweel removed, letters untouched: see
``rasad.text.normalize.strip_marks``) in the unlabelled raw news of ../shared/data/raw:
SaudiNewsNet (ZIPs of JSON arrays: title + content), the ANT corpus (TREC-style XML:
TITLE/ABSTRACT/TEXT) and the Windows-1256 newspaper files. Writes the most frequent
forms as ``form<TAB>count`` lines, most frequent first (ties by form), to a gzip file
with a fixed mtime, so the output is byte-for-byte deterministic. The first line is
``#total<TAB>N``: the number of Arabic word tokens counted.

The UD evaluation treebank is NOT used here, so the clitic benchmark stays clean.

    python training/build_text_lexicon.py ../shared/data --out src/rasad/resources/text/lexicon.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasad.text.normalize import strip_marks

ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
XML_FIELDS = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def saudinewsnet_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                for article in json.loads(archive.read(member)):
                    yield article.get("title") or ""
                    yield article.get("content") or ""


def antcorpus_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        for match in XML_FIELDS.finditer(raw):
            yield match.group(2)


def cp1256_texts(folder: Path) -> Iterator[str]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        yield path.read_bytes().decode("cp1256", errors="replace")


def count_forms(data: Path) -> tuple[Counter, int]:
    counts: Counter = Counter()
    raw = data / "raw"
    sources = [
        saudinewsnet_texts(raw / "saudinewsnet"),
        antcorpus_texts(raw / "antcorpus_jawharafm"),
        cp1256_texts(raw / "newspapers_cp1256"),
    ]
    for texts in sources:
        for text in texts:
            counts.update(ARABIC_WORD.findall(strip_marks(text)))
    return counts, sum(counts.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--out", type=Path, default=Path("src/rasad/resources/text/lexicon.tsv.gz"))
    parser.add_argument("--size", type=int, default=200_000, help="number of forms kept")
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)

    counts, total = count_forms(args.data)
    ranked = sorted(
        ((form, n) for form, n in counts.items() if n >= args.min_count),
        key=lambda item: (-item[1], item[0]),
    )[: args.size]
    buffer = io.StringIO()
    buffer.write(f"#total\t{total}\n")
    for form, n in ranked:
        buffer.write(f"{form}\t{n}\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with (
        open(args.out, "wb") as fh,
        gzip.GzipFile(filename="", fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write(buffer.getvalue().encode("utf-8"))
    print(
        f"{len(counts)} forms, {total} tokens; kept {len(ranked)} -> {args.out} "
        f"({args.out.stat().st_size} bytes)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
