"""Ingestion of the real corpora in ../shared/data (skipped when absent)."""

from __future__ import annotations

import json
import zipfile
from collections import Counter

import pytest

from rasad.document import Document, Failure
from rasad.ingest import read_inputs
from rasad.ingest.damage import QUESTION_DESTROYED

pytestmark = pytest.mark.shared


def test_one_saudinewsnet_zip_fully(shared_data):
    zips = sorted((shared_data / "raw" / "saudinewsnet").glob("*.zip"))
    if not zips:
        pytest.skip("no SaudiNewsNet zips")
    path = zips[0]
    with zipfile.ZipFile(path) as archive:
        expected = sum(len(json.loads(archive.read(m))) for m in archive.namelist())
    docs = failures = 0
    for item in read_inputs([str(path)]):
        if isinstance(item, Failure):
            failures += 1
            assert item.path == str(path) and item.member and item.line
            assert item.reason == "empty article text"
            continue
        docs += 1
        assert item.raw.strip()
        assert item.source.outlet and item.source.url and item.source.path.startswith(f"{path}!")
        assert item.published and item.published_source == "input"
        assert item.encoding == "utf-8"
    assert docs + failures == expected  # every article is a document or a reported failure
    assert docs > 0.95 * expected


def test_cp1256_folder(shared_data):
    folder = shared_data / "raw" / "newspapers_cp1256"
    if not folder.is_dir():
        pytest.skip("no cp1256 folder")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    reasons: Counter[str] = Counter()
    encodings: Counter[str | None] = Counter()
    destroyed = set()
    seen = 0
    for item in read_inputs([str(folder)]):
        seen += 1
        if isinstance(item, Failure):
            reasons[item.reason] += 1
            if item.reason == QUESTION_DESTROYED:
                destroyed.add(item.path)
        else:
            assert isinstance(item, Document)
            encodings[item.encoding] += 1
            assert "\x00" not in item.raw
    assert seen == len(files) == 2910  # one article per file, none lost
    assert encodings == Counter({"windows-1256": len(files) - sum(reasons.values())})
    # 22 files of one Algerian paper lost every Arabic letter upstream; nothing else fails
    assert reasons == Counter({QUESTION_DESTROYED: 22})
    assert all("/سياسيه/DZP" in p for p in destroyed)


def test_cp1256_spot_checks(shared_data):
    folder = shared_data / "raw" / "newspapers_cp1256"
    destroyed = folder / "سياسيه" / "DZP1.txt"
    debris = folder / "رياضية" / "DZS6.txt"  # '?' around intact words: kept
    if not (destroyed.is_file() and debris.is_file()):
        pytest.skip("spot-check files absent")
    (failure,) = read_inputs([str(destroyed)])
    assert failure.reason == QUESTION_DESTROYED
    (doc,) = read_inputs([str(debris)])
    assert "question_mark_debris" in [w.code for w in doc.warnings]
    assert sum("\u0621" <= ch <= "\u064a" for ch in doc.raw) > 1000


def test_ant_corpus_topic(shared_data):
    folder = shared_data / "raw" / "antcorpus_jawharafm" / "technology"
    if not folder.is_dir():
        pytest.skip("no ANT corpus")
    items = list(read_inputs([str(folder)]))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(items) == sum(1 for p in folder.rglob("*") if p.is_file())
    assert len(docs) > 0.95 * len(items)
    for doc in docs:
        assert doc.id.startswith("JA-technology-")
        assert doc.source.outlet == "Jawhara FM" and doc.title and doc.published
