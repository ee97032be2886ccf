"""NER quality of the shipped model on the dev data (conlleval-style exact-match micro F1).

    python benchmarks/ner_eval.py --data ../shared/data

Scores (1) the ANERcorp dev slice (last 10 % of train.txt, the slice score.py uses by
default; the shipped model is trained on all of train.txt, so use
``training/train_ner.py --dev`` for an honest dev number), (2) Wojood val and (3) AQMAR
(PERS/ORG/LOC only: out-of-domain corpora with other type inventories). For the
external scorer, ``python ../shared/tools/score.py ner`` runs ``rasad tag`` the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

from ner_data import anercorp, aqmar, split_dev, wojood  # noqa: E402
from rasad.ner.conll import BATCH_SENTENCES  # noqa: E402
from rasad.ner.scoring import format_score, score  # noqa: E402
from rasad.ner.tagger import NerModel  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="a model directory laid out like resources/ner, e.g. the dev-trained one "
        "assembled by training/ner_dev_model.sh (default: the shipped model)",
    )
    args = parser.parse_args()
    model = NerModel(args.model_dir) if args.model_dir else NerModel()
    keep = {"PERS", "ORG", "LOC"}
    sets = {
        "ANERcorp dev (last 10 %"
        + ("" if args.model_dir else "; seen in training by the shipped model")
        + ")": (
            split_dev(anercorp(args.data))[1],
            None,
        ),
        "Wojood val (PERS/ORG/LOC)": (wojood(args.data), keep),
        "AQMAR (PERS/ORG/LOC)": (aqmar(args.data), keep),
    }
    for name, (sents, kept) in sets.items():
        tokens = [t for t, _ in sents]
        pred = []
        for lo in range(0, len(tokens), BATCH_SENTENCES):  # as `rasad tag` batches them
            pred += model.tag_many(tokens[lo : lo + BATCH_SENTENCES])
        print(name + ":\n" + format_score(score([lab for _, lab in sents], pred, keep=kept)))


if __name__ == "__main__":
    main()
