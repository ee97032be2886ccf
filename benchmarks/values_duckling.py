"""Score the values stage on Duckling's Arabic corpora (dev half in ../shared/data/duckling_ar)
exactly as ``../shared/tools/score.py values`` does, without going through the CLI.

    python benchmarks/values_duckling.py [--data ../shared/data] [--out /tmp/duckling_values.jsonl] [--misses]

Each expression becomes one document (published = the corpus reference time,
time preference "future", as the scorer feeds ``rasad extract``); the documents are
written as JSON Lines (the ``rasad extract --format jsonl`` shape) and judged with the
scorer's own ``judge`` function.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from rasad.document import Document
from rasad.pipeline import Pipeline


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("rasad_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data"
    )
    ap.add_argument("--out", type=Path, default=Path("/tmp/duckling_values.jsonl"))
    ap.add_argument("--misses", action="store_true", help="print every miss with what came out")
    args = ap.parse_args()
    scorer = load_scorer(args.data.parent / "tools" / "score.py")
    rows = []
    for fn in sorted((args.data / "duckling_ar").glob("*.jsonl")):
        rows += [json.loads(line) for line in fn.open(encoding="utf-8")]
    pipe = Pipeline(["clean", "values"], values={"time_preference": "future"})
    docs = {}
    with args.out.open("w", encoding="utf-8") as out:
        for i, r in enumerate(rows):
            doc = Document(
                id=str(i), raw=r["text"], published=r["reference_time"], published_source="input"
            )
            doc = pipe(doc)
            data = doc.to_dict()
            docs[str(i)] = data
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
    score: dict[str, list[int]] = {}
    misses = []
    for i, r in enumerate(rows):
        ok = scorer.judge(docs[str(i)], r)
        if ok is None:
            continue
        a = score.setdefault(r["dimension"], [0, 0])
        a[0] += bool(ok)
        a[1] += 1
        if not ok:
            d = docs[str(i)]
            got = [
                (t["text"], t.get("value") or t.get("interval") or t.get("duration"))
                for t in d["times"]
            ]
            got += [
                (q["text"], q.get("value"), q.get("currency") or q.get("unit"))
                for q in d["quantities"]
            ]
            misses.append(
                f"  miss {r['dimension']}: {r['text']} -> expected {r['expected']} got {got}"
            )
    for k, (a, b) in sorted(score.items()):
        print(f"{k}: {a}/{b} = {a / b:.2f}")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
