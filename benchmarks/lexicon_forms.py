"""List word-set entries of the events stage that its normalizer would rewrite.

    python benchmarks/lexicon_forms.py

The rules compare tokens' normalized forms (``Tok.norm``: ة -> ه, ى/ئ -> ي, ؤ -> و,
أ/إ/آ -> ا) with module-level word sets. An entry written with one of those letters
and without its normalized twin in the same set never matches a norm: session 31 found
الوظائف in the job-notice words, dead since it was written. Some sets are compared
with surface forms on purpose, so each row is a place to look, not a verdict.
"""

from __future__ import annotations

import importlib
import re

from rasad.events.features import analyse

MODULES = ("senses", "actors", "lexicon", "stage", "link")
REWRITTEN = re.compile("[أإآئؤةى]")


def normalized(word: str) -> str | None:
    tokens = analyse(word).tokens
    return tokens[0].norm if len(tokens) == 1 else None


def unmatched_entries() -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for short in MODULES:
        module = importlib.import_module(f"rasad.events.{short}")
        for name, value in vars(module).items():
            if not isinstance(value, (set, frozenset)) or not value:
                continue
            if not all(isinstance(x, str) for x in value):
                continue
            dead = sorted(
                w
                for w in value
                if REWRITTEN.search(w) and (n := normalized(w)) and n != w and n not in value
            )
            if dead:
                found[(short, name)] = dead
    return found


def main() -> None:
    found = unmatched_entries()
    total = sum(len(v) for v in found.values())
    print(f"{total} entries in {len(found)} sets have no normalized twin")
    for (short, name), words in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"  {short}.{name}: {' '.join(words)}")


if __name__ == "__main__":
    main()
