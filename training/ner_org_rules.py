"""Measure the organisation rules of ``rasad.ner.rules`` (how ORG_HEADS was chosen).

    python training/ner_org_rules.py --model-dir build/ner/dev_model

1. Rule precision per head on the ANERcorp train part (first 90 %, gold labels): the
   share of "<head> <definite chain>" matches that are exactly a gold ORG chunk. Heads
   with precision >= .6 are shipped.
2. Dev / Wojood / AQMAR F1 of the dev-trained model without rules, with each single head
   and with the shipped rules (rules after document propagation, as in the tagger).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

from ner_data import anercorp, aqmar, split_dev, wojood  # noqa: E402
from rasad.ner.conll import BATCH_SENTENCES  # noqa: E402
from rasad.ner.decode import LABELS, decode, propagate  # noqa: E402
from rasad.ner.rules import ORG_HEADS, QUOTE_HEADS, apply_org_rules  # noqa: E402
from rasad.ner.scoring import chunks, score  # noqa: E402
from rasad.ner.tagger import NerModel  # noqa: E402

CANDIDATES = [
    "حزب",
    "منظمه",
    "جامعه",
    "مجلس",
    "اتحاد",
    "حركه",
    "جبهه",
    "تنظيم",
    "هييه",
    "لجنه",
    "وكاله",
    "حكومه",
    "وزاره",
    "جيش",
    "قوات",
    "شركه",
    "بنك",
    "مصرف",
    "جماعه",
]


def rule_precision(train, heads, quote_heads) -> tuple[int, int]:
    hit = total = 0
    for tokens, gold in train:
        found = chunks(
            apply_org_rules(tokens, ["O"] * len(tokens), heads=heads, quote_heads=quote_heads)
        )
        total += len(found)
        hit += len(found & chunks(gold))
    return hit, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--model-dir", type=Path, default=REPO / "build/ner/dev_model")
    args = parser.parse_args()
    train, dev = split_dev(anercorp(args.data))
    print("rule precision on the train part (exact ORG chunks / matches):")
    for head in CANDIDATES:
        hit, total = rule_precision(train, frozenset({head}), frozenset())
        print(f"  {head:8s} {hit:4d}/{total:<4d} {hit / max(total, 1):.2f}")
    hit, total = rule_precision(train, frozenset(), QUOTE_HEADS)
    print(f"  quoted   {hit:4d}/{total:<4d} {hit / max(total, 1):.2f}")

    model = NerModel(args.model_dir)
    sets = {"dev": (dev, None), "wojood": (wojood(args.data), {"PERS", "ORG", "LOC"})}
    sets["aqmar"] = (aqmar(args.data), {"PERS", "ORG", "LOC"})
    for name, (sents, keep) in sets.items():
        tokens = [t for t, _ in sents]
        gold = [g for _, g in sents]
        batches = []  # (sentences, labels after propagation) as the tagger produces them
        for lo in range(0, len(tokens), BATCH_SENTENCES):
            batch = tokens[lo : lo + BATCH_SENTENCES]
            labels, confs = [], []
            for probs in model.probabilities(batch):
                labs = decode(probs)
                labels.append(labs)
                confs.append([float(probs[i, LABELS.index(x)]) for i, x in enumerate(labs)])
            keys = [[model.features.word(t)[1] for t in s] for s in batch]
            batches.append((batch, propagate(batch, labels, confs, keys, 0.8)))
        variants = {"no rules": None, "shipped rules": (ORG_HEADS, QUOTE_HEADS)}
        variants["quoted names only"] = (frozenset(), QUOTE_HEADS)
        variants["shipped + extend left"] = (ORG_HEADS, QUOTE_HEADS, True, False)
        variants["shipped + extend right"] = (ORG_HEADS, QUOTE_HEADS, False, True)
        variants["shipped + extend both"] = (ORG_HEADS, QUOTE_HEADS, True, True)
        if name == "dev":
            variants |= {f"head {h} only": (frozenset({h}), frozenset()) for h in CANDIDATES}
        for variant, rules in variants.items():
            pred = []
            for batch, labels in batches:
                if rules is None:
                    pred += labels
                else:
                    pred += [
                        apply_org_rules(
                            s,
                            labs,
                            heads=rules[0],
                            quote_heads=rules[1],
                            extend_left=len(rules) > 2 and rules[2],
                            extend_right=len(rules) > 2 and rules[3],
                        )
                        for s, labs in zip(batch, labels, strict=True)
                    ]
            result = score(gold, pred, keep=keep)
            p, r, f = result["ALL"][:3]
            op, orr, of = result.get("ORG", (0.0, 0.0, 0.0))[:3]
            print(
                f"{name:6s} {variant:22s} P {p:.3f} R {r:.3f} F1 {f:.4f}"
                f" | ORG P {op:.3f} R {orr:.3f} F1 {of:.3f}"
            )


if __name__ == "__main__":
    main()
