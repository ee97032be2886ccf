"""The blind A/B pairs of benchmarks/events_records.py: every changed event, the versions
in random order, and a key that scores a reader's answers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from events_records import ab, ab_score  # noqa: E402


def _row(at: int, actor: str | None, recipient: str | None) -> dict:
    return {
        "doc": "d1",
        "type": "REQUEST",
        "trigger": "دعا",
        "at": at,
        "actor": actor,
        "recipient": recipient,
        "location": None,
        "date": None,
        "status": "asserted/actual/reported",
        "supporting": [],
        "countries": [None, None],
        "text": "دعا الوزير المواطنين إلى الحذر.",
        "previous": "",
    }


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_pairs_cover_the_changes_and_the_key_scores_answers(tmp_path, capsys):
    old = _write(
        tmp_path / "old.jsonl", [_row(0, None, None), _row(10, "الوزير", None), _row(20, "أ", "ب")]
    )
    new = _write(
        tmp_path / "new.jsonl",
        [_row(0, "الوزير", None), _row(10, "الوزير", None), _row(20, "أ", None)],
    )
    read, key_path = tmp_path / "read.md", tmp_path / "key.json"
    ab(old, new, read, key_path, seed=3)
    key = json.loads(key_path.read_text("utf-8"))
    assert sorted(key) == ["1", "2"]  # the unchanged event is no pair
    text = read.read_text("utf-8")
    assert text.count("## ") == 2 and "actor: الوزير" in text and "actor: -" in text
    # a reader who always picks the new version, and one who always picks the old
    (tmp_path / "new_side.txt").write_text("".join(f"{n}: {v}\n" for n, v in key.items()), "utf-8")
    other = {"A": "B", "B": "A"}
    (tmp_path / "old_side.txt").write_text(
        "".join(f"{n}: {other[v]} # reason\n" for n, v in key.items()) + "3: A\n", "utf-8"
    )
    capsys.readouterr()
    ab_score(key_path, tmp_path / "new_side.txt")
    assert capsys.readouterr().out.strip() == "new better 2, old better 0, same 0"
    ab_score(key_path, tmp_path / "old_side.txt")
    assert capsys.readouterr().out.strip() == "new better 0, old better 2, same 0"
