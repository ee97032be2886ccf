"""Clitic segmentation against UD Arabic-PUD (dev half): Words P/R/F1 and token accuracy.

Scores rasad.text against the gold syntactic words of every whitespace token (see
rasad.text.udeval for the alignment; the article ال is not scored since UD keeps it on
its noun), next to two baselines: no splitting at all, and greedy splitting (strip every
clitic that matches, keeping a host of at least two letters), and how often gazetteer
names are found again after a proclitic (the matching use). ``--cv`` adds the 2-fold
cross-validated score of the prior fitting in training/tune_clitic_priors.py (the
shipped priors are fitted on this same file, so the plain "rasad" row is in-sample).

    python benchmarks/ud_clitics.py ../shared/data [--cv] [--errors 30]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasad.text import clitics
from rasad.text.clitics import (
    ARABIC_LETTERS,
    CONJUNCTIONS,
    FUTURE,
    PREPOSITIONS,
    SUFFIXES,
    CliticAnalysis,
)
from rasad.text.normalize import is_mark
from rasad.text.udeval import (
    NAME_FRAMES,
    Score,
    gazetteer_names,
    is_attested,
    name_recovery,
    read_groups,
    score,
)


def no_split(word: str) -> CliticAnalysis:
    return CliticAnalysis((), word, "", 0, len(word))


def greedy(word: str) -> CliticAnalysis:
    """Strip every proclitic and the longest suffix that leave two letters."""
    letters = [i for i, ch in enumerate(word) if not is_mark(ch)]
    skeleton = "".join(word[i] for i in letters)
    if not skeleton or not all(ch in ARABIC_LETTERS for ch in skeleton):
        return no_split(word)
    prefixes: list[str] = []
    i = 0
    if skeleton[i : i + 1] in CONJUNCTIONS and len(skeleton) - i > 2:
        prefixes.append(skeleton[i])
        i += 1
    if skeleton[i : i + 1] in (*PREPOSITIONS, FUTURE) and len(skeleton) - i > 2:
        prefixes.append(skeleton[i])
        i += 1
    end = len(skeleton)
    suffix = ""
    if not skeleton.startswith("ال", i):
        for candidate in SUFFIXES:
            if skeleton.endswith(candidate) and end - len(candidate) - i >= 2:
                suffix, end = candidate, end - len(candidate)
                break
    stem_end = letters[end] if end < len(letters) else len(word)
    return CliticAnalysis(tuple(prefixes), skeleton[i:end], suffix, letters[i], stem_end)


def row(name: str, s: Score) -> str:
    return (
        f"| {name} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | "
        f"{s.split_accuracy:.4f} ({s.split_correct}/{s.split_total}) | "
        f"{s.whole_accuracy:.4f} ({s.whole_correct}/{s.whole_total}) | {s.token_accuracy:.4f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--cv", action="store_true", help="also run 2-fold prior fitting")
    parser.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    args = parser.parse_args(argv)
    groups = read_groups(args.data / "ud" / "ar_pud_dev.conllu")

    print(f"UD Arabic-PUD dev: {len({g.sentence for g in groups})} sentences, {len(groups)} tokens")
    print()
    print(
        "| segmenter | precision | recall | F1 | acc. on tokens gold splits | "
        "acc. on tokens gold keeps whole | token acc. |"
    )
    print("|---|---|---|---|---|---|---|")
    print(row("no splitting", score(groups, no_split)))
    print(row("greedy splitting", score(groups, greedy)))
    lexicon = clitics.get_lexicon()
    clitics.set_lexicon(clitics.Lexicon(lexicon.counts, dict(clitics.DEFAULT_PRIORS)))
    print(row("rasad, lexicon + default priors (no UD fitting)", score(groups, clitics.analyze)))
    clitics.set_lexicon(None)
    shipped = score(groups, clitics.analyze)
    print(row("rasad, shipped priors (fitted on this file: in-sample)", shipped))
    if args.cv:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
        import tune_clitic_priors as tune

        sentences = list(dict.fromkeys(g.sentence for g in groups))
        fold_of = {s: i % 2 for i, s in enumerate(sentences)}
        held_out = Score()
        for fold in (0, 1):
            train = [g for g in groups if fold_of[g.sentence] != fold]
            test = [g for g in groups if fold_of[g.sentence] == fold]
            priors, _ = tune.fit(train, tune.tuning_names(args.data))
            clitics.set_lexicon(clitics.Lexicon(lexicon.counts, priors))
            part = score(test, clitics.analyze)
            for name in (
                "produced",
                "gold",
                "matched",
                "split_total",
                "split_correct",
                "whole_total",
                "whole_correct",
            ):
                setattr(held_out, name, getattr(held_out, name) + getattr(part, name))
        clitics.set_lexicon(None)
        print(row("rasad, 2-fold cross-validated priors (held-out)", held_out))
    print()
    print(
        "ANERgazet one-word names found again after a proclitic (name in the token's"
        " match_forms); held-out half (odd positions; the even half is used by the"
        " prior fitting):"
    )
    print()
    print("| names | " + " | ".join(NAME_FRAMES) + " |")
    print("|---|" + "---|" * len(NAME_FRAMES))
    held_out_names = gazetteer_names(args.data)[1::2]
    for group in ("attested", "unseen"):
        members = [n for n in held_out_names if is_attested(n) == (group == "attested")]
        cells = " | ".join(f"{f / n:.3f}" for f, n in name_recovery(members).values())
        print(f"| {group} in the lexicon ({len(members)}) | {cells} |")
    if args.errors:
        print()
        print("commonest errors (gold -> rasad):")
        for (gold, produced), n in shipped.errors.most_common(args.errors):
            print(f"  {n:3d}  {gold}  ->  {produced}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
