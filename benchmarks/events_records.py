"""Dump the events of a fixed SaudiNewsNet sample, and compare two dumps.

    python benchmarks/events_records.py dump ../shared/data OUT.jsonl [--start 6000 --limit 300]
        [--before-link OLD_link.py --before-out BEFORE.jsonl [--before-stage OLD_stage.py]]
    python benchmarks/events_records.py diff OLD.jsonl NEW.jsonl [--sample 20 --seed 1]
    python benchmarks/events_records.py ab OLD.jsonl NEW.jsonl READ.md KEY.json [--seed 1]

``dump`` runs the whole pipeline over articles start..start+limit and writes one JSON
line per event (document, sentence text, type, trigger, roles, location, date, status,
supporting spans). With ``--before-link`` it also writes BEFORE.jsonl from the same
documents, the stages before "events" run once and the events stage run a second time
with that file in place of ``rasad.events.link`` (``git show HEAD:src/rasad/events/link.py
> /tmp/old_link.py``): a paired before/after, unaffected by other stages changing
between two runs. Set PYTHONHASHSEED=0 for byte-identical reruns. ``diff`` keys events by (document, type, trigger offset), counts the
events added, removed and changed (by field) and prints a random sample of the changed
ones for reading (precision is judged by reading them). ``ab`` writes every changed event
for a blind paired reading: the two versions' changed fields as A and B in random order
(READ.md), and which of them is new (KEY.json); ``ab-score KEY.json ANSWERS`` counts a
reader's "A", "B" or "same" lines (one per pair, "N: A") against the key.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import articles  # noqa: E402

FIELDS = ("actor", "recipient", "location", "date", "status", "supporting", "countries")


def _text(ref) -> str | None:
    return ref.span.text if ref is not None and ref.span is not None else None


def _rows(d, doc) -> list[dict]:
    sents = {s.index: s.text for s in doc.sentences}
    rows = []
    for e in doc.events:
        rows.append(
            {
                "doc": d.id,
                "type": e.type,
                "mode": e.mode,
                "trigger": e.trigger.text,
                "at": e.trigger.start,
                "sentence": e.sentence,
                "actor": _text(e.actor),
                "actor_entity": e.actor.entity if e.actor else None,
                "recipient": _text(e.recipient),
                "recipient_entity": e.recipient.entity if e.recipient else None,
                "countries": [
                    e.actor.country if e.actor else None,
                    e.recipient.country if e.recipient else None,
                ],
                "location": _text(e.location),
                "date": e.date.value if e.date else None,
                "status": f"{e.polarity}/{e.modality}/{e.salience}",
                "supporting": [s.text for s in e.supporting],
                "text": sents.get(e.sentence, "")[:400],
                "previous": sents.get(e.sentence - 1, "")[:300],
                "support_text": [
                    s.text[:200]
                    for s in doc.sentences
                    for sp in e.supporting
                    if s.start <= sp.start < s.end
                ],
            }
        )
    return rows


def _load_link(path: Path, name: str = "rasad_events_link_before"):
    """Another version of a module (rasad.events.link or .stage), under its own name."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def dump(
    data: Path,
    out: Path,
    start: int,
    limit: int,
    before_link: Path | None = None,
    before_out: Path | None = None,
    before_stage: Path | None = None,
) -> None:
    import copy

    import rasad.events.stage as events_stage
    from rasad.pipeline import Pipeline, available_stages

    names = available_stages()
    paired = before_link is not None and before_out is not None
    pipe = Pipeline([n for n in names if n != "events"] if paired else names)
    events = events_stage.EventsStage() if paired else None
    current, old = events_stage.link, (_load_link(before_link) if paired else None)
    old_events = events
    if paired and before_stage is not None:
        # an older stage.py too: its EventsStage, with the older link in place
        old_stage = _load_link(before_stage, "rasad_events_stage_before")
        old_stage.link = old
        old_events = old_stage.EventsStage()
    n_docs = n_events = n_before = 0
    before_fh = before_out.open("w", encoding="utf-8") if paired else None
    with out.open("w", encoding="utf-8") as fh:
        for i, d in enumerate(articles(data / "raw/saudinewsnet", start + limit)):
            if i < start:
                continue
            doc = pipe(d)
            n_docs += 1
            if paired:
                earlier = copy.deepcopy(doc)
                events_stage.link = old
                try:
                    old_events(earlier)
                finally:
                    events_stage.link = current
                for row in _rows(d, earlier):
                    n_before += 1
                    before_fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                events(doc)
            for row in _rows(d, doc):
                n_events += 1
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if before_fh is not None:
        before_fh.close()
        print(f"before: {n_before} events -> {before_out}", file=sys.stderr)
    print(f"{n_docs} documents, {n_events} events -> {out}", file=sys.stderr)


def _load(path: Path) -> dict[tuple, dict]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    return {(r["doc"], r["type"], r["at"]): r for r in rows}


def diff(old_path: Path, new_path: Path, sample: int, seed: int, field: str | None) -> None:
    old, new = _load(old_path), _load(new_path)
    removed = [old[k] for k in old if k not in new]
    added = [new[k] for k in new if k not in old]
    changed: list[tuple[dict, dict, list[str]]] = []
    by_field: Counter = Counter()
    for k in old.keys() & new.keys():
        fields = [f for f in FIELDS if old[k].get(f) != new[k].get(f)]
        if fields:
            changed.append((old[k], new[k], fields))
            by_field.update(fields)
    print(f"events: {len(old)} -> {len(new)}; removed {len(removed)}, added {len(added)}")
    print(f"changed {len(changed)}: " + ", ".join(f"{f} {n}" for f, n in by_field.most_common()))
    random.seed(seed)
    if field == "removed":
        pool = [(r, None, ["removed"]) for r in removed]
    elif field == "added":
        pool = [(None, r, ["added"]) for r in added]
    else:
        pool = [c for c in changed if field is None or field in c[2]]
    for o, n, fields in random.sample(sorted(pool, key=str), min(sample, len(pool))):
        r = n or o
        print(f"- {r['doc']} {r['type']} [{r['trigger']}] {fields}")
        for f in fields if o and n else ("actor", "recipient", "location"):
            print(f"    {f}: {o.get(f) if o else ''!r} -> {n.get(f) if n else ''!r}")
        for extra in r.get("support_text") or []:
            print("    also:", extra.replace("\n", " "))
        print("    prev:", r["previous"][-200:].replace("\n", " "))
        print("    sent:", r["text"][:300].replace("\n", " "))


def _shown(row: dict, fields: list[str]) -> str:
    parts = []
    for f in fields:
        value = row.get(f)
        if f == "countries":
            value = f"actor {value[0] or '-'}, recipient {value[1] or '-'}"
        parts.append(f"{f}: {value if value not in (None, []) else '-'}")
    return "; ".join(parts)


def ab(old_path: Path, new_path: Path, out: Path, key_path: Path, seed: int) -> None:
    """Every changed event, the two versions as A and B in random order, for a blind
    reading; the key says which one is new."""
    old, new = _load(old_path), _load(new_path)
    rng = random.Random(seed)
    lines, key = [], {}
    pairs = sorted(
        (k for k in old.keys() & new.keys() if any(old[k].get(f) != new[k].get(f) for f in FIELDS)),
        key=str,
    )
    rng.shuffle(pairs)
    for n, k in enumerate(pairs, 1):
        o, w = old[k], new[k]
        changed = [f for f in FIELDS if o.get(f) != w.get(f)]
        # the roles always, so that a changed country can be judged against its party
        fields = ["actor", "recipient"] + [f for f in changed if f not in ("actor", "recipient")]
        first_new = rng.random() < 0.5
        a, b = (w, o) if first_new else (o, w)
        key[str(n)] = "A" if first_new else "B"
        lines += [
            f"## {n}. {w['type']} [{w['trigger']}]",
            f"before: {w['previous'][-300:]}".replace("\n", " "),
            f"sentence: {w['text'][:600]}".replace("\n", " "),
            f"A: {_shown(a, fields)}",
            f"B: {_shown(b, fields)}",
            "",
        ]
    out.write_text("\n".join(lines), encoding="utf-8")
    key_path.write_text(json.dumps(key, indent=0), encoding="utf-8")
    print(f"{len(pairs)} pairs -> {out}, key -> {key_path}")


def ab_score(key_path: Path, answers: Path) -> None:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    votes = Counter()
    for line in answers.read_text(encoding="utf-8").splitlines():
        n, _, answer = line.partition(":")
        answer = answer.strip().split()[0].lower() if answer.strip() else ""
        if n.strip() not in key or answer not in ("a", "b", "same"):
            continue
        if answer == "same":
            votes["same"] += 1
        else:
            votes["new better" if answer.upper() == key[n.strip()] else "old better"] += 1
    print(", ".join(f"{k} {votes[k]}" for k in ("new better", "old better", "same")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("data", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--start", type=int, default=6000)
    d.add_argument("--limit", type=int, default=300)
    d.add_argument("--before-link", type=Path, default=None, help="an older link.py")
    d.add_argument("--before-out", type=Path, default=None, help="its dump, same documents")
    d.add_argument("--before-stage", type=Path, default=None, help="an older stage.py too")
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--sample", type=int, default=20)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--field", default=None, help="only changes of this field, or removed/added")
    b = sub.add_parser("ab")
    b.add_argument("old", type=Path)
    b.add_argument("new", type=Path)
    b.add_argument("out", type=Path)
    b.add_argument("key", type=Path)
    b.add_argument("--seed", type=int, default=1)
    bs = sub.add_parser("ab-score")
    bs.add_argument("key", type=Path)
    bs.add_argument("answers", type=Path)
    args = ap.parse_args()
    if args.cmd == "ab":
        ab(args.old, args.new, args.out, args.key, args.seed)
    elif args.cmd == "ab-score":
        ab_score(args.key, args.answers)
    elif args.cmd == "dump":
        dump(
            args.data,
            args.out,
            args.start,
            args.limit,
            args.before_link,
            args.before_out,
            args.before_stage,
        )
    else:
        diff(args.old, args.new, args.sample, args.seed, args.field)


if __name__ == "__main__":
    main()
