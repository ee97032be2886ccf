"""Train the events salience model on the gsr_dev gold and write it to resources/events.

    python training/build_events_model.py ../shared/data            # CV report + write model
    python training/build_events_model.py ../shared/data --cv-only  # only the CV report

For each of ASSAULT and PROTEST, a sentence with a trigger of that type becomes one
example: "does this sentence report a specific event of the type" (gold label yes;
easy no and difficult no are negatives, ambiguous is left out). The model is an L2
logistic regression over the sparse features of rasad.events.features, fitted with
L-BFGS (scipy, training only). Deterministic: fixed folds (by article id hash), no
random initialisation.

Honest numbers: grouped 5-fold cross-validation by source article; the decision
threshold of each outer fold is chosen by an inner grouped 4-fold CV on its training
part only, so no test sentence influences its own prediction.
"""

from __future__ import annotations

import argparse
import csv
import json
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from rasad.events.features import analyse, features

TYPES = ("ASSAULT", "PROTEST")
OUT = Path(__file__).resolve().parent.parent / "src/rasad/resources/events/salience_model.json"


def overruled(text: str, event_type: str) -> bool:
    """True when the stage would not report the event whatever the model says."""
    from rasad.events.features import cue_flags
    from rasad.events.stage import _primary, status_from_cues

    analysis = analyse(text)
    trigs = analysis.of_type(event_type)
    if not trigs:
        return True
    polarity, modality, _ = status_from_cues(
        cue_flags(analysis, _primary(trigs, analysis)), event_type
    )
    return polarity != "asserted" or modality != "actual"


def scoped(rows: list[dict], scope: str, weight: float = 1.0) -> list[dict]:
    """Feature augmentation: every feature once for its type and once shared (S|)."""

    def scope_of(raw: list[str]) -> list[str]:
        return [f"{scope}|{f}" for f in raw] + [f"S|{f}" for f in raw]

    out = []
    for r in rows:
        row = {**r, "feats": scope_of(r["raw"]), "weight": weight}
        if "inst_raw" in r:  # --mil: the per-trigger instances too
            row["inst"] = [scope_of(raw) for raw in r["inst_raw"]]
            row["train_inst"] = [scope_of(raw) for raw in r["train_raw"]]
        out.append(row)
    return out


def gold_verbs(data: Path, event_type: str) -> dict[str, list[list[str]]]:
    """Per positive gold text, the words of its gold verb: ``verb_gold`` first, then the
    words of every annotated span's verb (the fallbacks, in that order)."""
    path = data / "events/gsr_dev" / f"{event_type.lower()}_spans_dev.json"
    out: dict[str, list[list[str]]] = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        out[item["text"]] = [
            item.get("verb_gold", "").split(),
            [w for span in item.get("spans", []) for w in span.get("verb", [])],
        ]
    return out


def centred_features(
    analysis, event_type: str, centre, drop: frozenset[str] = frozenset()
) -> list[str]:
    """The features of rasad.events.features with one trigger as the centre (--mil): the
    position, kind, family, context, cues, roles and lead of that trigger; the words of
    the sentence and its other-type triggers as before."""
    from rasad.events.features import (
        DISABLED,
        _bucket,
        agent_roles,
        sentence_triggers,
        structure,
        trigger_context,
    )
    from rasad.events.stage import _primary

    dropped = DISABLED | drop
    trigs = analysis.of_type(event_type)
    toks = analysis.tokens
    feats = {
        "bias",
        "ntrig:" + _bucket(len(trigs), (1, 2, 3, 5)),
        "len:" + _bucket(len(toks), (8, 15, 25, 40)),
        "first_pos:" + _bucket(centre.index, (0, 1, 3, 6, 12, 20)),
        "first_kind:" + centre.kind,
        "kind:" + centre.kind,
        "trig:" + centre.core,
    }
    feats.update("fam:" + f for f in centre.families)
    if centre is _primary(trigs, analysis):
        feats.add("centre_primary")
    if centre is trigs[0]:
        feats.add("centre_first")
    cores = [t.core for t in toks]
    if "words" not in dropped:
        feats.update("w:" + c for c in cores)
    if "bigrams" not in dropped:
        feats.update("b:" + a + "_" + b for a, b in zip(cores, cores[1:], strict=False))
    trigger_context(feats, analysis, centre, dropped)
    if "structure" not in dropped:
        structure(feats, analysis, centre)
    if "agents" not in dropped and centre.kind == "agent":
        feats.update("agent:" + role for role in agent_roles(analysis, centre.index))
    sentence_triggers(feats, analysis, event_type, centre, dropped)
    return sorted(feats)


def with_instances(
    rows: list[dict],
    event_type: str,
    drop: frozenset[str],
    verbs: dict[str, list[list[str]]],
    counts: Counter | None = None,
    context: bool = False,
) -> list[dict]:
    """--mil: one instance per trigger of the type (``inst_raw``, scored by the max) and
    the instances that train (``train_raw``): every trigger of a negative sentence; of a
    positive one the trigger of its gold verb, else its primary trigger. ``context``
    keeps the sentence's own features in every instance and adds the trigger's (c:)."""
    from rasad.events.normalize import normalize, strip_proclitics
    from rasad.events.stage import _primary

    counts = counts if counts is not None else Counter()
    out = []
    for r in rows:
        analysis = analyse(r["text"])
        trigs = analysis.of_type(event_type)
        inst = [centred_features(analysis, event_type, t, drop) for t in trigs]
        if context:
            inst = [
                sorted(set(r["raw"]) | {"c:" + f for f in feats if not f.startswith(_SENTENCE)})
                for feats in inst
            ]
        train = inst
        if r["y"] and trigs:
            prim = _primary(trigs, analysis)
            chosen = None
            for words in verbs.get(r["text"], []):
                norms = {normalize(w) for w in words}
                cores = {strip_proclitics(n) for n in norms}
                hits = [
                    t
                    for t in trigs
                    if analysis.tokens[t.index].norm in norms
                    or analysis.tokens[t.index].core in cores
                ]
                if hits:
                    chosen = prim if prim in hits else hits[0]
                    break
            counts["positive"] += 1
            counts["several triggers"] += len(trigs) > 1
            counts["gold verb found" if chosen is not None else "primary (no gold verb)"] += 1
            counts["gold verb not primary"] += chosen is not None and chosen is not prim
            chosen = chosen or prim
            train = [inst[trigs.index(chosen)]]
        out.append({**r, "inst_raw": inst, "train_raw": train})
    return out


# the centred features that read the whole sentence (the same for every trigger)
_SENTENCE = ("bias", "ntrig:", "len:", "w:", "b:", "lead:", "other:")


def instance_rows(rows: list[dict], split_negatives: bool = False) -> list[dict]:
    """--mil: a training row per training instance (rows without instances unchanged);
    ``split_negatives`` shares a negative sentence's weight among its instances."""
    out = []
    for r in rows:
        if "train_inst" not in r:
            out.append(r)
            continue
        share = 1.0 / len(r["train_inst"]) if split_negatives and not r["y"] else 1.0
        out.extend(
            {**r, "feats": f, "weight": r.get("weight", 1.0) * share} for f in r["train_inst"]
        )
    return out


def row_score(model: Model, row: dict) -> float:
    """The sentence's score: with --mil the max over its trigger instances."""
    if "inst" in row:
        return max(model.score(f) for f in row["inst"])
    return model.score(row["feats"])


def article_of(sentence_id: str) -> str:
    """The source article of a gold sentence, for grouped folds: "AAW_ARB_20070819.0019-12"
    and "<document hash>_32" both end in the sentence number."""
    if sentence_id.startswith("AAW_"):
        return sentence_id.rsplit("-", 1)[0]
    return sentence_id.rsplit("_", 1)[0]


def load(data: Path, event_type: str, drop: frozenset[str] = frozenset()) -> list[dict]:
    path = data / "events/gsr_dev" / f"{event_type.lower()}_dev.csv"
    rows = []
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["label"] == "ambiguous":
                continue
            accept, total = int(r["accept"]), max(1, int(r["total"]))
            rows.append(
                {
                    "id": r["id"],
                    "article": article_of(r["id"]),
                    "text": r["text"],
                    "label": r["label"],
                    "y": 1 if r["label"] == "yes" else 0,
                    "soft": accept / total,
                    "raw": features(analyse(r["text"]), event_type, drop),
                }
            )
    return rows


def fold_of(article: str, k: int, salt: int = 0) -> int:
    return zlib.crc32(f"{salt}:{article}".encode()) % k


class Model:
    def __init__(self, vocab: dict[str, int], w: np.ndarray):
        self.vocab, self.w = vocab, w

    def score(self, feats: list[str]) -> float:
        z = sum(self.w[self.vocab[f]] for f in feats if f in self.vocab)
        return 1.0 / (1.0 + np.exp(-z))

    def merged(self, event_type: str) -> dict[str, float]:
        """Run-time weights: the type's own and the shared copy of each feature add up."""
        out: dict[str, float] = {}
        for f, i in self.vocab.items():
            scope, _, name = f.partition("|")
            if scope in (event_type, "S"):
                out[name] = out.get(name, 0.0) + float(self.w[i])
        return out

    def score_plain(self, feats: list[str]) -> float:
        z = sum(self.w[self.vocab[f]] for f in feats if f in self.vocab)
        return 1.0 / (1.0 + np.exp(-z))


# lexical features (words, bigrams, context words) are many and sparse: regularise them
# harder than the few structural ones (trigger family, cues, roles)
_LEXICAL = ("w:", "b:", "L:", "R:", "L1:", "R1:")


def silver(
    data: Path, event_type: str, drop: frozenset[str], articles: int, exclude: set[str]
) -> list[dict]:
    """Silver examples mined from unlabelled SaudiNewsNet (a different corpus from the
    gold): a sentence whose main trigger is a perfect verb or a doer noun with a crowd or
    number word and a place or time word near it, and no clause cue against it, is a
    positive; a trigger with a background cue (بعد/إثر/منذ before it, a generic plural,
    a year, negation, future, condition, demand) is a negative. Every other sentence is
    left out."""
    import re
    import zipfile

    from rasad.events import lexicon
    from rasad.events.features import cue_flags
    from rasad.events.stage import _primary

    rows, n = [], 0
    for zpath in sorted((data / "raw/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(x for x in zf.namelist() if x.endswith(".json")):
                for item in json.loads(zf.read(name)):
                    n += 1
                    if n > articles:
                        return rows
                    for k, sent in enumerate(
                        re.split(r"(?<=[.!؟?])\s+", item.get("content") or "")
                    ):
                        if not 30 <= len(sent) <= 400 or sent in exclude:
                            continue
                        analysis = analyse(sent)
                        trigs = analysis.of_type(event_type)
                        if not trigs:
                            continue
                        trig = _primary(trigs, analysis)
                        cues = cue_flags(analysis, trig)
                        i, toks = trig.index, analysis.tokens
                        near = toks[max(0, i - 6) : i + 7]
                        against = (
                            cues["bg_prep"]
                            or cues["generic_before"]
                            or cues["year"]
                            or cues["neg_near"]
                            or cues["future_prefix"]
                            or cues["sawfa"]
                            or cues["future_word"]
                            or cues["conditional"]
                            or cues["demand_before"]
                            or cues["relative_after"]
                        )
                        strong = (
                            (cues["perfect_verb"] or trig.kind == "agent")
                            and (cues["crowd_near"] or cues["number_near"])
                            and (
                                cues["place_near"]
                                or any(
                                    t.core in lexicon.TIME_NOW or t.norm in lexicon.TIME_NOW
                                    for t in near
                                )
                            )
                        )
                        if strong == bool(against):
                            continue
                        rows.append(
                            {
                                "id": f"silver-{n}-{k}",
                                "article": f"silver-{n}",
                                "text": sent,
                                "label": "silver",
                                "y": 1 if strong else 0,
                                "soft": 0.0,
                                "raw": features(analysis, event_type, drop),
                            }
                        )
    return rows


def _labelled_rows(
    items: list[dict], kind: str, article: dict[str, str], event_type: str, drop: frozenset[str]
) -> list[dict]:
    """Training rows of sentences labelled by reading ("unsure" left out): ``kind``
    prefixes the label ("read-yes"), ``article`` maps each id to its fold group."""
    return [
        {
            "id": item["id"],
            "article": article[item["id"]],
            "text": item["text"],
            "label": f"{kind}-{item['label']}",
            "y": 1 if item["label"] == "yes" else 0,
            "soft": 0.0,
            "raw": features(analyse(item["text"]), event_type, drop),
        }
        for item in items
        if item["label"] in ("yes", "no")
    ]


def read_labels(data: Path, event_type: str, drop: frozenset[str]) -> list[dict]:
    """Sentences of other corpora labelled by reading (training/data/<type>_labels.jsonl,
    references into ../shared/data resolved by training/events_labels.py); "unsure"
    is left out. They only ever train: never in a test fold."""
    from events_labels import labels_path, load_labels  # next to this script (training/)

    if not labels_path(event_type).exists():
        return []
    items = load_labels(data, event_type)
    # their own groups: no gold article shares them
    article = {item["id"]: "read:" + item["article"] for item in items}
    return _labelled_rows(items, "read", article, event_type, drop)


def cross_labels(data: Path, event_type: str, drop: frozenset[str]) -> list[dict]:
    """Gold sentences of the OTHER type's dev file, labelled by reading for this type
    (training/data/<type>_gold_labels.jsonl, resolved by training/events_labels.py). They
    come from the same news sources as the gold, so they are grouped with the gold by
    article: they leave the training part when their article is in the test fold."""
    from events_labels import load_gold_labels  # next to this script (training/)

    items = load_gold_labels(data, event_type)
    article = {item["id"]: article_of(item["id"]) for item in items}
    return _labelled_rows(items, "cross", article, event_type, drop)


def fit(
    rows: list[dict],
    c: float,
    min_count: int,
    soft: float,
    word_reg: float = 1.0,
    split_negatives: bool = False,
) -> Model:
    rows = instance_rows(rows, split_negatives)
    counts = Counter(f for r in rows for f in r["feats"])
    keep = sorted(f for f, n in counts.items() if n >= min_count or f.endswith("bias"))
    vocab = {f: i for i, f in enumerate(keep)}
    indptr, indices = [0], []
    for r in rows:
        idx = sorted({vocab[f] for f in r["feats"] if f in vocab})
        indices.extend(idx)
        indptr.append(len(indices))
    x = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    # target: gold yes is 1; a negative some annotators accepted keeps a little of that mass
    y = np.array([1.0 if r["y"] else soft * r["soft"] for r in rows])
    pos = sum(r["y"] for r in rows)
    weight = (
        np.array([(len(rows) / (2 * pos)) if r["y"] else 1.0 for r in rows])
        if pos
        else np.ones(len(rows))
    )
    weight *= np.array([r.get("weight", 1.0) for r in rows])
    reg = np.full(len(vocab), 1.0 / c)
    for f, i in vocab.items():
        if f.endswith("bias"):
            reg[i] = 0.0
        elif f.partition("|")[2].startswith(_LEXICAL):
            reg[i] *= word_reg

    def loss(w):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        ll = -np.sum(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        grad = x.T @ (weight * (p - y)) + reg * w
        return ll + 0.5 * np.sum(reg * w * w), grad

    res = minimize(
        loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return Model(vocab, res.x)


def best_threshold(scores: list[float], golds: list[int]) -> float:
    best, best_f = 0.5, -1.0
    for t in np.arange(0.05, 0.96, 0.01):
        tp = sum(1 for s, g in zip(scores, golds, strict=True) if s >= t and g)
        fp = sum(1 for s, g in zip(scores, golds, strict=True) if s >= t and not g)
        fn = sum(1 for s, g in zip(scores, golds, strict=True) if s < t and g)
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best_f + 1e-9:
            best, best_f = float(t), f
    return best


def oof_scores(
    rows: list[dict], k: int, salt: int, other: list[dict] | None = None, **hp
) -> list[float]:
    """Out-of-fold scores; sentences without a trigger score 0."""
    scores = [0.0] * len(rows)
    for fold in range(k):
        train = [
            r for r in rows + (other or []) if r["feats"] and fold_of(r["article"], k, salt) != fold
        ]
        model = fit(train, **hp)
        for i, r in enumerate(rows):
            if r["feats"] and fold_of(r["article"], k, salt) == fold:
                scores[i] = row_score(model, r)
    return scores


def prf(pred: list[bool], gold: list[int]) -> tuple[float, float, float, int, int, int]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if not p and g)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


# outer folds of the nested CV (``--folds``): 5 trains each fold on 80 % of the gold
OUTER_FOLDS = 5


def nested_cv(
    rows: list[dict], k: int = OUTER_FOLDS, other: list[dict] | None = None, salt: int = 0, **hp
) -> tuple[list[float], list[bool]]:
    """Outer grouped k-fold; each fold's threshold from inner CV on its training part.
    ``salt`` draws another assignment of articles to folds (repeated CV)."""
    scores, preds = [0.0] * len(rows), [False] * len(rows)
    other = other or []
    for fold in range(k):
        train = [r for r in rows if fold_of(r["article"], k, salt) != fold]
        extra = [r for r in other if fold_of(r["article"], k, salt) != fold]
        inner = oof_scores(train, 4, salt=salt + 1, other=extra, **hp)
        threshold = best_threshold(inner, [r["y"] for r in train])
        model = fit([r for r in train + extra if r["feats"]], **hp)
        for i, r in enumerate(rows):
            if fold_of(r["article"], k, salt) == fold and r["feats"]:
                scores[i] = row_score(model, r)
                preds[i] = scores[i] >= threshold
    return scores, preds


# feature groups left out per type (chosen by the nested CV; see docs/bench/events.md)
DROP: dict[str, tuple[str, ...]] = {"PROTEST": ("bigrams", "context")}
HYPER = {
    "c": 0.7,
    "min_count": 2,
    "soft": 0.0,
    "other_weight": 0.0,
    "word_reg": 1.0,
    "read_weight": 0.5,
}
# weight of the other type's gold sentences read for this type: they help ASSAULT (372
# sentences, 78 yes: 0.646 -> 0.656); for PROTEST (121 sentences, 2 yes) they cost 0.01
# (honest folds) to 0.02 (per-sentence groups), so PROTEST trains without them
CROSS_WEIGHT = {"ASSAULT": 1.0, "PROTEST": 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="path to ../shared/data")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--c", type=float, default=HYPER["c"])
    ap.add_argument("--min-count", type=int, default=HYPER["min_count"])
    ap.add_argument("--soft", type=float, default=HYPER["soft"])
    ap.add_argument(
        "--other-weight",
        type=float,
        default=HYPER["other_weight"],
        help="weight of the other type's sentences (shared features)",
    )
    ap.add_argument("--word-reg", type=float, default=HYPER["word_reg"])
    ap.add_argument(
        "--silver", type=int, default=0, help="mine silver examples from this many raw articles"
    )
    ap.add_argument("--silver-weight", type=float, default=0.3)
    ap.add_argument(
        "--silver-negatives",
        type=float,
        default=-1,
        help="silver negatives kept per silver positive (-1: all)",
    )
    ap.add_argument(
        "--read-weight",
        type=float,
        default=HYPER["read_weight"],
        help="weight of the sentences labelled by reading (training/data); 0 leaves them out",
    )
    ap.add_argument(
        "--cross-weight",
        type=float,
        default=None,
        help="weight of the other type's gold sentences labelled by reading, for every type "
        "(default: per type, CROSS_WEIGHT); 0 leaves them out",
    )
    ap.add_argument(
        "--repeats",
        type=int,
        default=1,
        help="repeat the nested CV over this many assignments of articles to folds",
    )
    ap.add_argument(
        "--folds",
        type=int,
        default=OUTER_FOLDS,
        help="outer folds of the nested grouped CV (fewer folds train on less data: a "
        "learning curve); the inner threshold CV and the shipped model do not change",
    )
    ap.add_argument("--types", default=",".join(TYPES), help="comma-separated types to run")
    ap.add_argument("--oof", type=Path, help="write out-of-fold predictions (JSON) here")
    ap.add_argument(
        "--drop",
        default="",
        help="feature groups to switch off, comma-separated, each optionally TYPE:group",
    )
    ap.add_argument(
        "--mil",
        action="store_true",
        help="experiment (with --cv-only): one example per trigger, the sentence scored by "
        "the max; a positive trains only on the trigger of its gold verb",
    )
    ap.add_argument(
        "--mil-split-negatives",
        action="store_true",
        help="with --mil: a negative sentence's weight is shared among its triggers",
    )
    ap.add_argument(
        "--mil-context",
        action="store_true",
        help="with --mil: each instance keeps the sentence's features, the trigger's added (c:)",
    )
    ap.add_argument(
        "--mil-primary-positive",
        action="store_true",
        help="with --mil: a positive trains on its primary trigger, not its gold verb's",
    )
    args = ap.parse_args()
    if args.mil and not args.cv_only:
        ap.error("--mil is an experiment: the stage scores one example per sentence; add --cv-only")
    hp = {"c": args.c, "min_count": args.min_count, "soft": args.soft, "word_reg": args.word_reg}
    if args.mil_split_negatives:
        hp["split_negatives"] = True
    out = {
        "version": 1,
        "hyper": {
            **hp,
            "other_weight": args.other_weight,
            "read_weight": args.read_weight,
            "cross_weight": args.cross_weight if args.cross_weight is not None else CROSS_WEIGHT,
        },
        "types": {},
    }
    oof_dump = {}
    drops = {t: frozenset(DROP.get(t, ())) for t in TYPES}
    for item in (g for g in args.drop.split(",") if g):
        scope, _, group = item.rpartition(":")
        for t in [scope] if scope else TYPES:
            drops[t] = drops[t] | {group}
    loaded = {t: load(args.data, t, drops[t]) for t in TYPES}

    def mil(rows: list[dict], event_type: str, counts: Counter | None = None) -> list[dict]:
        """The rows with their per-trigger instances under --mil, else unchanged."""
        if not args.mil:
            return rows
        verbs = {} if args.mil_primary_positive else gold_verbs(args.data, event_type)
        return with_instances(rows, event_type, drops[event_type], verbs, counts, args.mil_context)

    for event_type in [t for t in TYPES if t in args.types.split(",")]:
        mil_counts: Counter = Counter()
        rows = scoped(mil(loaded[event_type], event_type, mil_counts), event_type)
        if args.mil:
            print(f"  mil, gold positives: {dict(mil_counts)}", flush=True)
        other = [
            r
            for t in TYPES
            if t != event_type and args.other_weight > 0
            for r in scoped(mil(loaded[t], t), t, args.other_weight)
        ]
        if args.read_weight > 0:
            read = read_labels(args.data, event_type, drops[event_type])
            print(
                f"  read labels: {len(read)} sentences, {sum(r['y'] for r in read)} yes",
                flush=True,
            )
            other += scoped(mil(read, event_type), event_type, args.read_weight)
        cross_weight = CROSS_WEIGHT[event_type] if args.cross_weight is None else args.cross_weight
        if cross_weight > 0:
            cross = cross_labels(args.data, event_type, drops[event_type])
            print(
                f"  cross labels: {len(cross)} sentences, {sum(r['y'] for r in cross)} yes",
                flush=True,
            )
            other += scoped(mil(cross, event_type), event_type, cross_weight)
        if args.silver:
            # silver rows join every training fold (they are never in a test fold)
            mined = silver(
                args.data, event_type, drops[event_type], args.silver, {r["text"] for r in rows}
            )
            if args.silver_negatives >= 0:  # keep at most this many negatives per positive
                pos = [r for r in mined if r["y"]]
                neg = [r for r in mined if not r["y"]][: int(args.silver_negatives * len(pos))]
                mined = pos + neg
            print(
                f"  silver: {len(mined)} sentences, {sum(r['y'] for r in mined)} positive",
                flush=True,
            )
            other += scoped(mil(mined, event_type), event_type, args.silver_weight)
        gold = [r["y"] for r in rows]
        with_trig = sum(1 for r in rows if r["feats"])
        trig_recall = sum(1 for r in rows if r["feats"] and r["y"]) / max(1, sum(gold))
        # the stage's hard clause rules (negation, future, condition, demand) apply on
        # top of every prediction; they depend on the text only, so read them once
        ruled_out = [overruled(row["text"], event_type) for row in rows]
        scores, preds = nested_cv(rows, k=args.folds, other=other, **hp)
        preds = [p and not out for p, out in zip(preds, ruled_out, strict=True)]
        p, r, f, tp, fp, fn = prf(preds, gold)
        hard = sum(
            1 for pr, row in zip(preds, rows, strict=True) if pr and row["label"] == "difficult no"
        )
        print(
            f"{event_type}: {len(rows)} sentences, {with_trig} with a trigger (trigger recall {trig_recall:.2f}); "
            f"nested grouped {args.folds}-fold CV: P={p:.2f} R={r:.2f} F1={f:.2f} (tp {tp}, fp {fp} of which difficult-no {hard}, fn {fn})"
        )
        for salt in range(1, args.repeats):
            _, again = nested_cv(rows, k=args.folds, other=other, salt=salt, **hp)
            again = [a and not out for a, out in zip(again, ruled_out, strict=True)]
            f_again = prf(again, gold)[2]
            print(f"  repeat {salt} (other folds): F1={f_again:.2f}")
            f += f_again
        if args.repeats > 1:
            print(f"  mean F1 over {args.repeats} fold assignments: {f / args.repeats:.3f}")
        oof_dump[event_type] = [
            {"id": row["id"], "label": row["label"], "score": round(float(s), 4), "pred": bool(pr)}
            for row, s, pr in zip(rows, scores, preds, strict=True)
        ]
        if args.cv_only:
            continue
        threshold = best_threshold(oof_scores(rows, 5, salt=0, other=other, **hp), gold)
        model = fit([r for r in rows + other if r["feats"]], **hp)
        weights = {f: round(w, 4) for f, w in model.merged(event_type).items() if abs(w) >= 1e-3}
        out["types"][event_type] = {
            "threshold": round(threshold, 3),
            "drop": sorted(drops[event_type]),
            "weights": dict(sorted(weights.items())),
        }
        print(f"  final model: {len(weights)} weights, threshold {threshold:.2f}")
    if args.oof:
        args.oof.write_text(json.dumps(oof_dump, ensure_ascii=False, indent=0), encoding="utf-8")
    if not args.cv_only:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
