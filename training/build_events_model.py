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
part only, so no test sentence influences its own prediction. For PROTEST the same inner
CV also finds the training part's doubtful positives (scored below ``PRUNE``), which the
fit leaves out (``doubtful_positives``); the shipped model does the same on all of dev.
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
    pair: float = 0.0,
    pair_hard: float = 1.0,
    pair_gold: bool = False,
) -> Model:
    """L2 logistic regression; ``pair`` > 0 (experiment, --pair) adds a pairwise ranking
    loss (each positive of the training part against PAIRS_PER_POSITIVE of its negatives,
    drawn with a fixed seed; its total weight ``pair`` times the positives' total), with
    pairs against a "difficult no" weighted ``pair_hard``; ``pair_gold`` pairs only gold
    sentences (not the read ones)."""
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

    pairs = pair_weights(rows, pair, pair_hard, pair_gold) if pair > 0 else None

    def loss(w):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        ll = -np.sum(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        grad = x.T @ (weight * (p - y)) + reg * w
        if pairs is not None:
            pos, neg, pair_w = pairs
            margin = z[pos] - z[neg]
            ll += np.sum(pair_w * np.logaddexp(0.0, -margin))
            slope = -pair_w / (1.0 + np.exp(margin))  # d loss / d margin
            dz = np.bincount(pos, slope, len(rows)) - np.bincount(neg, slope, len(rows))
            grad = grad + x.T @ dz
        return ll + 0.5 * np.sum(reg * w * w), grad

    res = minimize(
        loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return Model(vocab, res.x)


def pair_weights(
    rows: list[dict], pair: float, pair_hard: float, gold_only: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """--pair: the positive and negative row indices and the weight of each pair (row
    weights multiplied, a "difficult no" times ``pair_hard``), scaled so that all pairs
    together weigh ``pair`` times the positives of the pointwise loss (half the rows)."""
    paired = [not (gold_only and r["label"].startswith("read")) for r in rows]
    positives = np.array([i for i, r in enumerate(rows) if r["y"] and paired[i]], dtype=int)
    negatives = np.array([i for i, r in enumerate(rows) if not r["y"] and paired[i]], dtype=int)
    # each positive against PAIRS_PER_POSITIVE negatives drawn by a fixed-seed generator
    # (all pairs: ~600k per fit, too slow for the nested CV)
    rng = np.random.default_rng(0)
    take = min(PAIRS_PER_POSITIVE, len(negatives))
    pos = np.repeat(positives, take)
    neg = np.concatenate(
        [rng.choice(negatives, size=take, replace=False) for _ in positives]
        or [np.zeros(0, dtype=int)]
    )
    row_w = np.array([r.get("weight", 1.0) for r in rows])
    hard = np.array([r["label"] == "difficult no" for r in rows])
    pair_w = row_w[pos] * row_w[neg] * np.where(hard[neg], pair_hard, 1.0)
    pair_w *= pair * (len(rows) / 2) / max(pair_w.sum(), 1e-12)
    return pos, neg, pair_w


PAIRS_PER_POSITIVE = 64


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
    rows: list[dict],
    k: int,
    salt: int,
    other: list[dict] | None = None,
    skip: frozenset[int] = frozenset(),
    **hp,
) -> list[float]:
    """Out-of-fold scores; sentences without a trigger score 0. Rows whose ``id()`` is
    in ``skip`` never train (they are still scored)."""
    scores = [0.0] * len(rows)
    for fold in range(k):
        train = [
            r
            for r in rows + (other or [])
            if r["feats"] and fold_of(r["article"], k, salt) != fold and id(r) not in skip
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
INNER_FOLDS = 4


def doubtful_positives(
    rows: list[dict], other: list[dict], salt: int, below: float, **hp
) -> frozenset[int]:
    """The ``id()`` of the positives (gold and read) that a model of the other inner folds
    scores below ``below``: labels the features cannot support (a question, a phase of an
    uprising, a read sentence another reader would call no). Left out of the fit, they
    stop pulling the weights of every crowd word towards yes (confident learning)."""
    pool = rows + other
    scores = oof_scores(pool, INNER_FOLDS, salt=salt, **hp)
    return frozenset(
        id(r) for r, s in zip(pool, scores, strict=True) if r["y"] and r["feats"] and s < below
    )


def nested_cv(
    rows: list[dict],
    k: int = OUTER_FOLDS,
    other: list[dict] | None = None,
    salt: int = 0,
    prune: float = 0.0,
    **hp,
) -> tuple[list[float], list[bool]]:
    """Outer grouped k-fold; each fold's threshold from inner CV on its training part.
    ``salt`` draws another assignment of articles to folds (repeated CV). ``prune`` > 0
    leaves out of each fit the training part's doubtful positives (found by its own
    inner CV; the test fold is scored and counted whole)."""
    scores, preds = [0.0] * len(rows), [False] * len(rows)
    other = other or []
    for fold in range(k):
        train = [r for r in rows if fold_of(r["article"], k, salt) != fold]
        extra = [r for r in other if fold_of(r["article"], k, salt) != fold]
        skip = doubtful_positives(train, extra, salt + 1, prune, **hp) if prune else frozenset()
        inner = oof_scores(train, INNER_FOLDS, salt=salt + 1, other=extra, skip=skip, **hp)
        threshold = best_threshold(inner, [r["y"] for r in train])
        model = fit([r for r in train + extra if r["feats"] and id(r) not in skip], **hp)
        for i, r in enumerate(rows):
            if fold_of(r["article"], k, salt) == fold and r["feats"]:
                scores[i] = row_score(model, r)
                preds[i] = scores[i] >= threshold
    return scores, preds


# --- experiments (session 11, --cv-only): kNN evidence, stacking, self-training --------


class Variant:
    """Settings of the session-11 experiments; all off by default (then ``nested_cv``)."""

    def __init__(
        self,
        knn: str = "",
        knn_k: int = 10,
        knn_alphas: tuple[float, ...] = (),
        knn_pool: str = "all",
        stack: str = "",
        stack_knn: bool = False,
        stack_read: float = 0.0,
        pseudo: list[dict] | None = None,
        pseudo_n: int = 0,
        pseudo_weight: float = 0.1,
        pseudo_bottom: int = -1,
    ):
        self.knn, self.knn_k, self.knn_alphas, self.knn_pool = knn, knn_k, knn_alphas, knn_pool
        self.stack, self.stack_knn, self.stack_read = stack, stack_knn, stack_read
        self.pseudo, self.pseudo_n, self.pseudo_weight = pseudo or [], pseudo_n, pseudo_weight
        self.pseudo_bottom = pseudo_bottom
        self.chosen: Counter = Counter()  # what the inner CV chose, for the report

    @property
    def active(self) -> bool:
        return bool(self.knn or self.stack or self.pseudo_n)


def similarity_vectors(rows: list[dict], kind: str) -> None:
    """--knn: an L2-normalised vector per row (``row["vec"]``): TF-IDF over the model's
    own features (``feats``) or over character 3-5-grams of the text (``char``,
    scikit-learn). The IDF reads every row's text or features, never a label."""
    if kind == "char":
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        mat = vec.fit_transform([r["text"] for r in rows])
    else:
        from sklearn.feature_extraction.text import TfidfTransformer

        names = sorted({f for r in rows for f in r["feats"] if not f.endswith("bias")})
        index = {f: i for i, f in enumerate(names)}
        indptr, indices = [0], []
        for r in rows:
            indices.extend(sorted({index[f] for f in r["feats"] if f in index}))
            indptr.append(len(indices))
        counts = sparse.csr_matrix(
            (np.ones(len(indices)), indices, indptr), shape=(len(rows), len(names))
        )
        mat = TfidfTransformer(sublinear_tf=True).fit_transform(counts)
    mat = sparse.csr_matrix(mat)
    for i, r in enumerate(rows):
        r["vec"] = mat[i]


def knn_scores(test: list[dict], pool: list[dict], k: int) -> np.ndarray:
    """Per test row: the mean cosine of its k nearest positives in the pool minus that
    of its k nearest negatives."""
    out = np.zeros(len(test))
    if not test:
        return out
    pos = [r for r in pool if r["y"]]
    neg = [r for r in pool if not r["y"]]
    if not pos or not neg:
        return out
    t = sparse.vstack([r["vec"] for r in test])

    def top_mean(group: list[dict]) -> np.ndarray:
        sims = (t @ sparse.vstack([r["vec"] for r in group]).T).toarray()
        kk = min(k, sims.shape[1])
        return np.sort(sims, axis=1)[:, -kk:].mean(axis=1)

    return top_mean(pos) - top_mean(neg)


def _knn_pool(rows: list[dict], variant: Variant) -> list[dict]:
    return [r for r in rows if variant.knn_pool == "all" or not r["label"].startswith("read")]


# the structure features the stacker reads as dense columns (binary), with the score
_STACK_PREFIXES = (
    "prim_fam:",
    "prim_kind:",
    "first_kind:",
    "cue:",
    "agent:",
    "lead",
    "other:",
    "ntrig:",
    "prim_actor",
    "prim_recipient",
)


def stack_columns(rows: list[dict], min_rows: int = 20) -> list[str]:
    counts = Counter(
        f for r in rows for f in r["raw"] if f.startswith(_STACK_PREFIXES) and "|" not in f
    )
    return sorted(f for f, n in counts.items() if n >= min_rows)


def stack_matrix(
    rows: list[dict], scores: list[float], extra: list[float] | None, columns: list[str]
) -> np.ndarray:
    """Dense stacker input: the logit of the first-stage score, the sentence length in
    words, the kNN score (when given) and the structure flags."""
    out = []
    for n, (r, s) in enumerate(zip(rows, scores, strict=True)):
        s = min(max(s, 1e-6), 1 - 1e-6)
        raw = set(r["raw"])
        head = [float(np.log(s / (1 - s))), float(len(r["text"].split()))]
        if extra is not None:
            head.append(float(extra[n]))
        out.append(head + [1.0 if c in raw else 0.0 for c in columns])
    return np.array(out)


def make_stacker(kind: str, n_columns: int):
    """A deterministic second-stage learner over ``stack_matrix`` columns: gradient
    boosting (``hgb``: rising in the score) or a forest of shallow trees (``forest``)."""
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier

    if kind == "forest":
        return RandomForestClassifier(
            n_estimators=100, max_depth=4, min_samples_leaf=10, random_state=0, n_jobs=1
        )
    return HistGradientBoostingClassifier(
        max_depth=3,
        max_iter=100,
        learning_rate=0.05,
        min_samples_leaf=20,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=0,
        monotonic_cst=[1] + [0] * (n_columns - 1) if kind == "hgb" else None,
    )


def _stack_fit_predict(
    kind: str,
    train_x: np.ndarray,
    train_y: np.ndarray,
    test_x: np.ndarray,
    weight: np.ndarray | None = None,
) -> np.ndarray:
    if train_y.sum() == 0:
        return np.zeros(len(test_x))
    model = make_stacker(kind, train_x.shape[1]).fit(train_x, train_y, sample_weight=weight)
    return model.predict_proba(test_x)[:, 1]


def pseudo_labels(
    model: Model, pool: list[dict], n: int, weight: float, n_bottom: int = -1
) -> list[dict]:
    """--self-train: the pool's n highest-scored sentences as positives and its n
    (``n_bottom`` when >= 0) lowest as negatives, at a small weight."""
    n_bottom = n if n_bottom < 0 else n_bottom
    ranked = sorted(pool, key=lambda r: (-row_score(model, r), r["id"]))
    top = [{**r, "y": 1, "weight": weight} for r in ranked[:n]]
    bottom = [{**r, "y": 0, "weight": weight} for r in ranked[len(ranked) - n_bottom :]]
    return top + bottom


def self_train_pool(data: Path, event_type: str, drop: frozenset[str], exclude: set[str]):
    """--self-train: the sentences with a trigger of the type in SaudiNewsNet articles
    from Asharq al-Awsat (source ``aawsat``, the gold's own outlet), unlabelled."""
    import re
    import zipfile

    rows = []
    for zpath in sorted((data / "raw/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(x for x in zf.namelist() if x.endswith(".json")):
                for n, item in enumerate(json.loads(zf.read(name))):
                    if item.get("source") != "aawsat":
                        continue
                    for k, sent in enumerate(
                        re.split(r"(?<=[.!؟?])\s+", item.get("content") or "")
                    ):
                        if not 30 <= len(sent) <= 400 or sent in exclude:
                            continue
                        raw = features(analyse(sent), event_type, drop)
                        if raw:
                            key = f"{zpath.stem}/{name}/{n}"
                            rows.append(
                                {
                                    "id": f"self-{key}-{k}",
                                    "article": f"self:{key}",
                                    "text": sent,
                                    "label": "self",
                                    "y": 0,
                                    "soft": 0.0,
                                    "raw": raw,
                                }
                            )
    return rows


def nested_cv_variant(
    rows: list[dict],
    k: int = OUTER_FOLDS,
    other: list[dict] | None = None,
    salt: int = 0,
    variant: Variant | None = None,
    **hp,
) -> tuple[list[float], list[bool]]:
    """``nested_cv`` with the session-11 experiments: everything a variant adds (the kNN
    weight, the stacker and its threshold, the pseudo-labels) is chosen or fitted on the
    outer training part only, from inner out-of-fold scores. They predate the pruning of
    doubtful positives and fit every positive: compare them with ``--prune-below 0``."""
    variant = variant or Variant()
    scores, preds = [0.0] * len(rows), [False] * len(rows)
    other = other or []
    inner_salt = salt + 1
    for fold in range(k):
        train = [r for r in rows if fold_of(r["article"], k, salt) != fold]
        extra = [r for r in other if fold_of(r["article"], k, salt) != fold]
        test = [
            i for i, r in enumerate(rows) if fold_of(r["article"], k, salt) == fold and r["feats"]
        ]
        if variant.pseudo_n:
            # pseudo-labels from a model of this outer training part only
            first = fit([r for r in train + extra if r["feats"]], **hp)
            extra = extra + pseudo_labels(
                first,
                variant.pseudo,
                variant.pseudo_n,
                variant.pseudo_weight,
                variant.pseudo_bottom,
            )
        inner = [0.0] * len(train)
        inner_knn = np.zeros(len(train))
        # --stack-read: the read sentences held out of an inner fold are scored too
        read = [r for r in extra if r["feats"] and r["label"].startswith("read")]
        inner_read = [0.0] * len(read)
        for g in range(4):
            fit_rows = [
                r for r in train + extra if r["feats"] and fold_of(r["article"], 4, inner_salt) != g
            ]
            model = fit(fit_rows, **hp)
            held = [
                i
                for i, r in enumerate(train)
                if r["feats"] and fold_of(r["article"], 4, inner_salt) == g
            ]
            for i in held:
                inner[i] = row_score(model, train[i])
            if variant.stack_read:
                for i, r in enumerate(read):
                    if fold_of(r["article"], 4, inner_salt) == g:
                        inner_read[i] = row_score(model, r)
            if variant.knn:
                pool = _knn_pool([r for r in fit_rows if r["label"] != "self"], variant)
                inner_knn[held] = knn_scores([train[i] for i in held], pool, variant.knn_k)
        golds = [r["y"] for r in train]
        model = fit([r for r in train + extra if r["feats"]], **hp)
        outer = np.array([row_score(model, rows[i]) for i in test])
        outer_knn = np.zeros(len(test))
        if variant.knn:
            pool = _knn_pool(
                [r for r in train + extra if r["feats"] and r["label"] != "self"], variant
            )
            outer_knn = knn_scores([rows[i] for i in test], pool, variant.knn_k)
        if variant.stack:
            has = [i for i, r in enumerate(train) if r["feats"]]
            columns = stack_columns([train[i] for i in has])
            knn_col = list(inner_knn[has]) if variant.stack_knn else None
            x_in = stack_matrix([train[i] for i in has], [inner[i] for i in has], knn_col, columns)
            y_in = np.array([train[i]["y"] for i in has])
            w_in = np.ones(len(has))
            groups = np.array([fold_of(train[i]["article"], 4, salt + 2) for i in has])
            n_gold = len(has)
            if variant.stack_read and read:
                # the read sentences train the stacker too (never scored, no kNN column)
                x_read = stack_matrix(
                    read, inner_read, [0.0] * len(read) if variant.stack_knn else None, columns
                )
                x_in = np.vstack([x_in, x_read])
                y_in = np.concatenate([y_in, [r["y"] for r in read]])
                w_in = np.concatenate([w_in, np.full(len(read), variant.stack_read)])
                groups = np.concatenate(
                    [groups, [fold_of(r["article"], 4, salt + 2) for r in read]]
                )
            # the stacker's threshold: its own grouped out-of-fold predictions (gold rows)
            own = np.zeros(len(y_in))
            for g in range(4):
                own[groups == g] = _stack_fit_predict(
                    variant.stack,
                    x_in[groups != g],
                    y_in[groups != g],
                    x_in[groups == g],
                    w_in[groups != g],
                )
            threshold = best_threshold(list(own[:n_gold]), list(y_in[:n_gold]))
            x_out = stack_matrix(
                [rows[i] for i in test],
                list(outer),
                list(outer_knn) if variant.stack_knn else None,
                columns,
            )
            final = _stack_fit_predict(variant.stack, x_in, y_in, x_out, w_in)
            variant.chosen[f"threshold {threshold:.2f}"] += 1
        elif variant.knn:
            alphas = variant.knn_alphas or (0.0,)
            best = (-1.0, 0.0, 0.5)
            for a in alphas:
                combined = [
                    (s + a * kn) if r["feats"] else 0.0
                    for s, kn, r in zip(inner, inner_knn, train, strict=True)
                ]
                t = best_threshold(combined, golds)
                f = prf([c >= t for c in combined], golds)[2]
                if f > best[0] + 1e-9:
                    best = (f, a, t)
            _, a, threshold = best
            variant.chosen[f"alpha {a:g}"] += 1
            final = outer + a * outer_knn
        else:
            threshold = best_threshold(inner, golds)
            final = outer
        for j, i in enumerate(test):
            scores[i] = float(final[j])
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
# positives scored below this by the inner CV leave the fit (``doubtful_positives``):
# PROTEST 0.569 -> 0.593 over salts 0-5, 0.550 -> 0.565 over 6-11, 0.551 -> 0.561 over
# 12-17; ASSAULT 0.651 -> 0.642, so it keeps every positive
PRUNE = {"ASSAULT": 0.0, "PROTEST": 0.05}
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
    ap.add_argument(
        "--prune-below",
        type=float,
        default=None,
        help="leave out of each fit the positives its inner CV scores below this, for every "
        "type (default: per type, PRUNE; 0 keeps them all)",
    )
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
    ap.add_argument(
        "--salt-offset",
        type=int,
        default=0,
        help="the fold assignments are salts offset .. offset+repeats-1 (fresh assignments)",
    )
    ap.add_argument(
        "--f1-detail", action="store_true", help="print each assignment's F1 to 3 decimals"
    )
    ap.add_argument(
        "--pair",
        type=float,
        default=0.0,
        help="experiment (with --cv-only): weight of a pairwise ranking loss added to the "
        "logistic loss (1: as much as the positives)",
    )
    ap.add_argument(
        "--pair-hard",
        type=float,
        default=1.0,
        help="with --pair: weight of the pairs whose negative is a gold difficult no",
    )
    ap.add_argument(
        "--pair-gold", action="store_true", help="with --pair: pair the gold sentences only"
    )
    ap.add_argument(
        "--knn",
        choices=("", "feats", "char"),
        default="",
        help="experiment (with --cv-only): add a * (top-k similarity to the training "
        "positives - to the negatives) to the score, over TF-IDF of the model's features "
        "or of character 3-5-grams",
    )
    ap.add_argument("--knn-k", type=int, default=10)
    ap.add_argument(
        "--knn-alpha",
        default="0,0.5,1,2",
        help="with --knn: comma-separated weights; several: chosen per outer fold by the "
        "inner CV with the threshold",
    )
    ap.add_argument(
        "--knn-pool",
        choices=("all", "gold"),
        default="all",
        help="with --knn: neighbours among all training rows or the gold only",
    )
    ap.add_argument(
        "--stack",
        choices=("", "hgb", "hgb-free", "forest"),
        default="",
        help="experiment (with --cv-only): a second-stage tree model over the inner "
        "out-of-fold score and structure flags (hgb: rising in the score)",
    )
    ap.add_argument(
        "--stack-knn", action="store_true", help="with --stack and --knn: the kNN score too"
    )
    ap.add_argument(
        "--stack-read",
        type=float,
        default=0.0,
        help="with --stack: the read sentences' inner out-of-fold scores train the stacker "
        "too, at this weight",
    )
    ap.add_argument(
        "--self-train",
        type=int,
        default=0,
        help="experiment (with --cv-only): per outer fold, this many top and bottom "
        "scored Asharq al-Awsat SaudiNewsNet sentences join as pseudo-labels",
    )
    ap.add_argument("--self-weight", type=float, default=0.1)
    ap.add_argument(
        "--self-bottom",
        type=int,
        default=-1,
        help="with --self-train: this many lowest-scored as negatives (-1: as many as the top)",
    )
    args = ap.parse_args()
    experiments = args.pair > 0 or args.knn or args.stack or args.self_train
    if experiments and not args.cv_only:
        ap.error("--pair, --knn, --stack and --self-train are experiments; add --cv-only")
    if args.mil and not args.cv_only:
        ap.error("--mil is an experiment: the stage scores one example per sentence; add --cv-only")
    hp = {"c": args.c, "min_count": args.min_count, "soft": args.soft, "word_reg": args.word_reg}
    if args.mil_split_negatives:
        hp["split_negatives"] = True
    if args.pair > 0:
        hp.update(pair=args.pair, pair_hard=args.pair_hard, pair_gold=args.pair_gold)
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
        prune = PRUNE[event_type] if args.prune_below is None else args.prune_below
        gold = [r["y"] for r in rows]
        with_trig = sum(1 for r in rows if r["feats"])
        trig_recall = sum(1 for r in rows if r["feats"] and r["y"]) / max(1, sum(gold))
        # the stage's hard clause rules (negation, future, condition, demand) apply on
        # top of every prediction; they depend on the text only, so read them once
        ruled_out = [overruled(row["text"], event_type) for row in rows]
        variant = Variant(
            knn=args.knn,
            knn_k=args.knn_k,
            knn_alphas=tuple(float(a) for a in args.knn_alpha.split(",")),
            knn_pool=args.knn_pool,
            stack=args.stack,
            stack_knn=args.stack_knn,
            stack_read=args.stack_read,
            pseudo_n=args.self_train,
            pseudo_weight=args.self_weight,
            pseudo_bottom=args.self_bottom,
        )
        if args.self_train:
            variant.pseudo = scoped(
                self_train_pool(
                    args.data, event_type, drops[event_type], {r["text"] for r in rows}
                ),
                event_type,
            )
            print(f"  self-training pool: {len(variant.pseudo)} sentences", flush=True)
        if args.knn:
            similarity_vectors(rows + other, args.knn)

        def run(
            salt: int, rows=rows, other=other, variant=variant, prune=prune
        ) -> tuple[list, list]:
            if variant.active:
                return nested_cv_variant(
                    rows, k=args.folds, other=other, salt=salt, variant=variant, **hp
                )
            return nested_cv(rows, k=args.folds, other=other, salt=salt, prune=prune, **hp)

        salts = [args.salt_offset + i for i in range(args.repeats)]
        scores, preds = run(salts[0])
        preds = [p and not out for p, out in zip(preds, ruled_out, strict=True)]
        p, r, f, tp, fp, fn = prf(preds, gold)
        hard = sum(
            1 for pr, row in zip(preds, rows, strict=True) if pr and row["label"] == "difficult no"
        )
        print(
            f"{event_type}: {len(rows)} sentences, {with_trig} with a trigger (trigger recall {trig_recall:.2f}); "
            f"nested grouped {args.folds}-fold CV: P={p:.2f} R={r:.2f} F1={f:.2f} (tp {tp}, fp {fp} of which difficult-no {hard}, fn {fn})"
        )
        each = [f]
        for salt in salts[1:]:
            _, again = run(salt)
            again = [a and not out for a, out in zip(again, ruled_out, strict=True)]
            f_again = prf(again, gold)[2]
            print(f"  repeat {salt} (other folds): F1={f_again:.2f}")
            f += f_again
            each.append(f_again)
        if args.repeats > 1:
            print(f"  mean F1 over {args.repeats} fold assignments: {f / args.repeats:.3f}")
        if args.f1_detail:
            print(
                f"  F1 per assignment (salts {salts[0]}-{salts[-1]}): "
                + " ".join(f"{x:.3f}" for x in each)
            )
        if variant.chosen:
            print(
                f"  chosen by the inner CV (per outer fold): {dict(sorted(variant.chosen.items()))}"
            )
        oof_dump[event_type] = [
            {"id": row["id"], "label": row["label"], "score": round(float(s), 4), "pred": bool(pr)}
            for row, s, pr in zip(rows, scores, preds, strict=True)
        ]
        if args.cv_only:
            continue
        skip = doubtful_positives(rows, other, 1, prune, **hp) if prune else frozenset()
        threshold = best_threshold(oof_scores(rows, 5, salt=0, other=other, skip=skip, **hp), gold)
        model = fit([r for r in rows + other if r["feats"] and id(r) not in skip], **hp)
        if skip:
            print(f"  left out of the fit: {len(skip)} doubtful positives")
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
