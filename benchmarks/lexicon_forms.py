"""List word-set entries of the events stage that its normalizer would rewrite.

    python benchmarks/lexicon_forms.py

The rules compare tokens' normalized forms (``Tok.norm``: ة -> ه, ى/ئ -> ي, ؤ -> و,
أ/إ/آ -> ا) with module-level word sets. An entry written with one of those letters
and without its normalized twin in the same set never matches a norm: session 31 found
48 (الوظائف in the job-notice words among them), and since then each module folds its
sets at import (``normalize.fold_word_sets``). This lists what the fold misses: a
frozenset, or a module that does not call it.
"""

from __future__ import annotations

import importlib
import re

from rasad.events.normalize import normalize

MODULES = ("senses", "actors", "lexicon", "stage", "link")
REWRITTEN = re.compile("[أإآئؤةى]")


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
                if REWRITTEN.search(w) and (n := normalize(w)) != w and n not in value
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
