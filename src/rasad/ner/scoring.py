"""conlleval-style entity scoring (exact match of type and token span), as score.py does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence


def chunks(labels: Sequence[str]) -> set[tuple[str, int, int]]:
    """(type, start, end) chunks of a BIO label sequence; a stray I- starts a chunk."""
    out, cur = [], None
    for i, t in enumerate([*labels, "O"]):
        if (
            t == "O"
            or t.startswith("B-")
            or (t.startswith("I-") and (cur is None or cur[0] != t[2:]))
        ):
            if cur:
                out.append((cur[0], cur[1], i))
                cur = None
            if t != "O":
                cur = (t[2:], i)
    return set(out)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], keep: set[str] | None = None
) -> dict[str, tuple[float, float, float, int, int, int]]:
    """Micro P/R/F1 overall ("ALL") and per type; ``keep`` limits the scored types."""
    counts: dict[str, Counter] = {}
    for g_labels, p_labels in zip(gold, pred, strict=True):
        g, p = chunks(g_labels), chunks(p_labels)
        if keep is not None:
            g = {c for c in g if c[0] in keep}
            p = {c for c in p if c[0] in keep}
        for typ, part in (("tp", g & p), ("fp", p - g), ("fn", g - p)):
            for c in part:
                counts.setdefault(c[0], Counter())[typ] += 1
                counts.setdefault("ALL", Counter())[typ] += 1
    return {
        k: (*prf(c["tp"], c["fp"], c["fn"]), c["tp"], c["fp"], c["fn"]) for k, c in counts.items()
    }


def format_score(result: dict) -> str:
    lines = []
    for k in ["ALL", *sorted(k for k in result if k != "ALL")]:
        if k in result:
            p, r, f, tp, fp, fn = result[k]
            lines.append(f"{k:5s} P={p:.3f} R={r:.3f} F1={f:.3f} (tp {tp}, fp {fp}, fn {fn})")
    return "\n".join(lines)
