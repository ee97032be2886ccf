"""Sentence splitting against UD Arabic-PUD (dev half): boundary precision/recall.

The gold sentences (``# text`` lines, in file order) are joined with one space into
paragraphs of ``--per-paragraph`` sentences, as running news text would hold them;
the splitter must find the joins again and nothing else. A boundary counts when a
predicted sentence ends exactly where a gold sentence ends (whitespace trimmed).

    python benchmarks/ud_sentences.py ../shared/data [--per-paragraph 5] [--errors 10]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasad.text import split_sentences


def gold_sentences(path: Path) -> list[str]:
    return [
        line.split("=", 1)[1].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text =")
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--per-paragraph", type=int, default=5)
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args(argv)
    sentences = gold_sentences(args.data / "ud" / "ar_pud_dev.conllu")
    true_positive = predicted = gold = 0
    errors: list[str] = []
    for i in range(0, len(sentences), args.per_paragraph):
        chunk = sentences[i : i + args.per_paragraph]
        text = " ".join(chunk)
        gold_ends, offset = set(), 0
        for sentence in chunk:
            offset += len(sentence)
            gold_ends.add(offset)
            offset += 1
        predicted_ends = {s.end for s in split_sentences(text)}
        true_positive += len(gold_ends & predicted_ends)
        predicted += len(predicted_ends)
        gold += len(gold_ends)
        for end in sorted(gold_ends ^ predicted_ends):
            kind = "missed" if end in gold_ends else "extra"
            errors.append(f"{kind}: …{text[max(0, end - 50) : end]}|{text[end : end + 30]}…")
    precision, recall = true_positive / predicted, true_positive / gold
    f1 = 2 * precision * recall / (precision + recall)
    print(
        f"UD Arabic-PUD dev, {len(sentences)} sentences in paragraphs of "
        f"{args.per_paragraph}: boundary precision {precision:.4f}, recall {recall:.4f}, "
        f"F1 {f1:.4f}"
    )
    for line in errors[: args.errors]:
        print(" ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
