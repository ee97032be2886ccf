"""Score the events' actor and recipient spans against the readers' spans.

    python benchmarks/events_roles.py ../shared/data [--out ROWS.json] [--before OLD.json]
        [--files GLOB] [--show N]

Since session 15 the readers of the generic samples (docs/bench/readings/) write, for each
event they judge of the right type, the doer and the party as they stand in the sentence
(`actor_text`, `recipient_text`; null when the sentence names none). Those spans do not
depend on the version that was read, so the current pipeline's roles can be scored
against all of them at once, about 1,200 events, instead of a new reading of 120.

Each read event is found again in its article (same type and trigger word;
events whose trigger occurs twice with that type are left out, and so are events the
pipeline no longer finds and a sentence read twice in reprinted articles) and its role
compared with the reader's span:

* right: both null, or token Dice >= 0.5 between the two spans (words compared without
  diacritics, hamza forms, a leading و or ف, or the article ال), or one span inside the
  other with the same first word (lenient: a reader's "partial" is often right here), or
  our two or more words end the reader's span (a name without its titles);
* missing: the reader names a party, the pipeline none;
* spurious: the pipeline names one where the reader names none; "elsewhere" when the
  pipeline's span lies outside the sentence (a dropped subject resolved to the party of
  the sentence before), which the reading cannot judge: the readers name only what the
  sentence names. Neither counts as right;
* wrong: both name one, and they do not match.

The readings were also what the role rules were written from (dev samples) or were read
blind and then mined (`_heldout` files), so this is a dev figure: a regression measure
for role changes, not an estimate for unseen text. ``--out`` writes one row per event,
``--before`` compares with such a file from older code and prints the events whose
verdict changed.

Besides the verdicts, two strict measures, as for reading-comprehension answers: exact
match (the same words; both null counts) and token F1 (Dice; 1 when both are null, 0 when
one is), each averaged over all the events found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_speed import documents_by_id  # noqa: E402
from rasad.pipeline import Pipeline, available_stages  # noqa: E402

READINGS = Path(__file__).resolve().parent.parent / "docs/bench/readings"
ROLES = ("actor", "recipient")
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_FORMS = str.maketrans("أإآٱىة", "اااايه")


def words(text: str | None) -> list[str]:
    """Comparable words: no diacritics or tatweel, one alif, no و/ف or ال (or لل, لـ
    with the article) in front, a sound plural's -ون read as -ين."""
    if not text:
        return []
    out = []
    for w in re.findall(r"\w+", _DIACRITICS.sub("", text).translate(_FORMS)):
        if len(w) > 3 and w[0] in "وف":
            w = w[1:]
        if len(w) > 3 and w.startswith("ال"):
            w = w[2:]
        elif len(w) > 4 and w.startswith("لل"):
            w = w[2:]  # لـ fused to the article: "للحركة" names الحركة
        if len(w) > 4 and w.endswith("ون"):
            w = w[:-2] + "ين"  # the case of a sound plural: الصحفيون = الصحفيين
        out.append(w)
    return out


def verdict(ours: str | None, theirs: str | None) -> tuple[str, float]:
    """(right | missing | spurious | wrong, token Dice) of our span against the reader's."""
    if not theirs:
        return ("right", 1.0) if not ours else ("spurious", 0.0)
    if not ours:
        return "missing", 0.0
    a, b = words(ours), words(theirs)
    common = sum((Counter(a) & Counter(b)).values())
    dice = 2 * common / (len(a) + len(b)) if a and b else 0.0
    inside = a and b and a[0] == b[0] and (set(a) <= set(b) or set(b) <= set(a))
    # a name without the titles before it: "عمر الجاسر" for "مدير جمعية … عمر الجاسر"
    named = len(a) >= 2 and b[-len(a) :] == a and ours.lstrip()[:1] not in ("و", "ل")
    return ("right" if dice >= 0.5 or inside or named else "wrong"), round(dice, 3)


def readings(pattern: str) -> list[dict]:
    """Read events of the right type with reader spans, one per (doc, type, trigger)."""
    seen, rows = set(), []
    for path in sorted(READINGS.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("type_ok") != "yes" or "actor_text" not in r:
                continue
            key = (r["doc"], r["type"], r["trigger"])
            if key in seen:
                continue
            seen.add(key)
            rows.append({**r, "file": path.name})
    return rows


def score(data: Path, rows: list[dict]) -> list[dict]:
    wanted = defaultdict(list)
    for r in rows:
        wanted[r["doc"]].append(r)
    pipe = Pipeline(available_stages())
    out, seen = [], set()
    for d in documents_by_id(data, wanted):
        doc = pipe(d)
        for r in wanted[d.id]:
            found = [
                e for e in doc.events if e.type == r["type"] and e.trigger.text == r["trigger"]
            ]
            row = {k: r[k] for k in ("file", "doc", "type", "trigger")}
            row["gold"] = {role: r[role + "_text"] for role in ROLES}
            if len(found) != 1:
                row["found"] = len(found)
                out.append(row)
                continue
            e = found[0]
            sent = next((s for s in doc.sentences if s.index == e.sentence), None)
            row["sentence"] = sent.text if sent is not None else ""
            if (r["type"], r["trigger"], row["sentence"]) in seen:
                continue  # the same sentence in a reprinted article, read twice
            seen.add((r["type"], r["trigger"], row["sentence"]))
            row["found"] = 1
            for role in ROLES:
                ref = getattr(e, role)
                ours = ref.span.text if ref is not None and ref.span is not None else None
                row[role] = ours
                row[role + "_verdict"], row[role + "_dice"] = verdict(ours, row["gold"][role])
                if (
                    row[role + "_verdict"] == "spurious"
                    and sent is not None
                    and not sent.start <= ref.span.start < sent.end
                ):
                    row[role + "_verdict"] = "elsewhere"
            out.append(row)
    return out


def report(out: list[dict]) -> None:
    scored = [r for r in out if r["found"] == 1]
    print(
        f"{len(out)} read events; {len(scored)} found once "
        f"({sum(r['found'] == 0 for r in out)} not found, {sum(r['found'] > 1 for r in out)} ambiguous)"
    )
    for role in ROLES:
        counts = Counter(r[role + "_verdict"] for r in scored)
        exact = sum(words(r[role]) == words(r["gold"][role]) for r in scored) / len(scored)
        f1 = sum(r[role + "_dice"] for r in scored) / len(scored)
        print(
            f"{role:9} right {counts['right'] / len(scored):.3f} ({counts['right']}) "
            f"missing {counts['missing']} spurious {counts['spurious']} "
            f"(+{counts['elsewhere']} elsewhere) wrong {counts['wrong']}; "
            f"exact {exact:.3f}, token F1 {f1:.3f}"
        )
    by_file = defaultdict(list)
    for r in scored:
        by_file[r["file"]].append(r)
    for name, rs in sorted(by_file.items()):
        rates = [sum(r[role + "_verdict"] == "right" for r in rs) / len(rs) for role in ROLES]
        print(f"  {name:45} {len(rs):4}  actor {rates[0]:.2f}  recipient {rates[1]:.2f}")


def compare(before: list[dict], after: list[dict], show: int) -> None:
    old = {(r["doc"], r["type"], r["trigger"]): r for r in before if r["found"] == 1}
    moves = Counter()
    changed = []
    for r in after:
        o = old.get((r["doc"], r["type"], r["trigger"]))
        if o is None or r["found"] != 1:
            continue
        for role in ROLES:
            if o[role] != r[role]:
                moves[(role, o[role + "_verdict"], r[role + "_verdict"])] += 1
                changed.append((role, o, r))
    for (role, a, b), n in sorted(moves.items()):
        print(f"{role:9} {a:8} -> {b:8} {n}")
    for role, o, r in changed[:show]:
        print(
            f"- {r['doc']} {r['type']} {r['trigger']} {role}: {o[role]!r} ({o[role + '_verdict']})"
            f" -> {r[role]!r} ({r[role + '_verdict']}); reader {r['gold'][role]!r}"
        )
        print("   ", r["sentence"][:220].replace("\n", " "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--before", type=Path, help="rows of an earlier run, to compare")
    ap.add_argument("--files", default="events_generic_session*.jsonl")
    ap.add_argument("--show", type=int, default=40, help="with --before: changes to print")
    args = ap.parse_args()
    out = score(args.data, readings(args.files))
    report(out)
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.before:
        compare(json.loads(args.before.read_text(encoding="utf-8")), out, args.show)


if __name__ == "__main__":
    main()
