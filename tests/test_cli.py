"""The command line: exit codes, formats, failures on stderr, ingest/search/show round trip."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import rasad
from rasad.cli import app, schema_text
from rasad.document import Document, Failure
from rasad.pipeline import FOUNDATION, available_stages

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

ARTICLES = {
    "a1.txt": "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة.\nوقال المتحدث إن العمل سيبدأ قريبا.\n",
    "a2.txt": "التقى وزير الخارجية نظيره في العاصمة.\nوبحث الجانبان العلاقات الثنائية وبروسيا والصين.\n",
    "sub/a3.txt": "ارتفعت أسعار النفط في الأسواق العالمية اليوم.\n",
}


def _has_real_reader() -> bool:
    try:
        from rasad import ingest

        return hasattr(ingest, "read_inputs")
    except ImportError:
        return False


def _fake_read_inputs(paths, published=None):
    """Stand-in for rasad.ingest until it lands: UTF-8 .txt and .jsonl, failures reported."""
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            data = f.read_bytes()
            if not data.strip():
                yield Failure(path=str(f), reason="empty file")
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                yield Failure(path=str(f), reason="undecodable or binary file")
                continue
            if f.suffix == ".jsonl":
                for n, line in enumerate(text.splitlines(), 1):
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        yield Failure(path=str(f), line=n, reason="malformed JSON line")
                        continue
                    doc = Document(
                        id=obj.get("id", ""), raw=obj["text"], published=obj.get("published")
                    )
                    doc.source.path, doc.source.line = str(f), n
                    yield _finish(doc, published)
            else:
                doc = Document(raw=text)
                doc.source.path = str(f)
                yield _finish(doc, published)


def _finish(doc: Document, published: str | None) -> Document:
    if doc.published:
        doc.published_source = "input"
    elif published:
        doc.published, doc.published_source = published, "cli"
    doc.text = doc.text or doc.raw
    doc.id = doc.id or doc.content_hash()[:16]
    return doc


def install_reader() -> None:
    if not _has_real_reader():
        rasad.read_inputs = _fake_read_inputs


@pytest.fixture(autouse=True)
def _reader(monkeypatch):
    if not _has_real_reader():
        monkeypatch.setattr(rasad, "read_inputs", _fake_read_inputs)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def bad_corpus(corpus) -> Path:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    lines = [
        json.dumps(
            {"id": "j1", "text": "قالت الحكومة إنها ستدرس المقترح.", "published": "2020-01-05"},
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"id": "j3", "text": "وصل الوفد إلى المطار مساء أمس."}, ensure_ascii=False),
    ]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


# The foundation stages when installed: keeps these tests about the CLI, not the models.
STAGES = ["--stages", ",".join(s for s in FOUNDATION if s in available_stages())]


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# -- general --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [[], ["extract"], ["ingest"], ["search"], ["show"], ["tag"], ["schema"]]
)
def test_every_command_has_help(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"rasad {rasad.__version__}"


def test_schema_is_json_and_docs_copy_is_current(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "Document" in json.dumps(schema)
    committed = REPO / "docs" / "document.schema.json"
    assert committed.read_text(encoding="utf-8") == schema_text(), (
        "docs/document.schema.json is stale: run `rasad schema > docs/document.schema.json`"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],  # missing PATH
        ["extract", "x.txt", "--format", "xml"],
        ["extract", "x.txt", "--published", "yesterday"],
        ["extract", "x.txt", "--stages", "clean,nonsense"],
        ["extract", "x.txt", "--time-preference", "sometimes"],
        ["ingest", "x.txt"],  # missing --db
        ["search", "روسيا"],
        ["nonsense-command"],
    ],
)
def test_usage_errors_exit_2(runner, args):
    assert runner.invoke(app, args).exit_code == 2


# -- extract --------------------------------------------------------------------------------


def test_extract_jsonl_default(runner, corpus):
    result = runner.invoke(app, ["extract", str(corpus), *STAGES])
    assert result.exit_code == 0, result.output
    docs = _jsonl(result.stdout)
    assert len(docs) == 3
    for d in docs:
        for key in (
            "id",
            "title",
            "published",
            "source",
            "text",
            "sentences",
            "tokens",
            "entities",
        ):
            assert key in d
        assert "raw" not in d


def test_extract_json_array_and_pretty(runner, corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--format", "json", *STAGES])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 3
    empty = runner.invoke(
        app, ["extract", str(corpus / "nothing-here.txt"), "--format", "json", *STAGES]
    )
    assert json.loads(empty.stdout) == []
    pretty = runner.invoke(app, ["extract", str(corpus / "a1.txt"), "--format", "pretty", *STAGES])
    assert pretty.exit_code == 0
    assert pretty.stdout.startswith("{\n") and json.loads(pretty.stdout)["text"]


def test_extract_published_is_a_fallback(runner, bad_corpus):
    result = runner.invoke(
        app, ["extract", str(bad_corpus / "feed.jsonl"), "--published", "2023-03-13", *STAGES]
    )
    docs = {d["id"]: d for d in _jsonl(result.stdout)}
    assert docs["j1"]["published"].startswith("2020-01-05")  # the input's own date wins
    assert docs["j3"]["published"] == "2023-03-13"
    assert docs["j3"]["published_source"] == "cli"


def test_extract_reports_bad_inputs_and_exits_1(runner, bad_corpus):
    missing = bad_corpus / "missing.txt"
    result = runner.invoke(app, ["extract", str(bad_corpus), str(missing), *STAGES])
    assert result.exit_code == 1
    err = result.stderr
    assert f"{missing}: no such file or directory" in err
    assert str(bad_corpus / "empty.txt") in err
    assert str(bad_corpus / "binary.txt") in err
    assert f"{bad_corpus / 'feed.jsonl'}:2:" in err
    assert "Traceback" not in result.output
    ids = [d["id"] for d in _jsonl(result.stdout)]
    assert len(ids) == 5 and "j1" in ids and "j3" in ids  # everything else still extracted


# -- ingest, search, show -----------------------------------------------------------------


def _summary(stdout: str) -> dict:
    return json.loads(stdout.strip().splitlines()[-1])


def test_ingest_json_summary_and_rerun_skips_stored(runner, corpus, tmp_path):
    db = tmp_path / "news.db"
    first = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--json", "--workers", "1", *STAGES]
    )
    assert first.exit_code == 0, first.output
    assert _summary(first.stdout) == {"stored": 3, "duplicates": 0, "failed": 0}
    assert "stored 3" in first.stderr
    again = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--json", "--workers", "2", *STAGES]
    )
    assert again.exit_code == 0, again.output
    assert _summary(again.stdout) == {"stored": 0, "duplicates": 3, "failed": 0}


def test_ingest_with_bad_inputs_stores_the_rest(runner, bad_corpus, tmp_path):
    db = tmp_path / "news.db"
    result = runner.invoke(
        app, ["ingest", str(bad_corpus), "--db", str(db), "--json", "--workers", "2", *STAGES]
    )
    assert result.exit_code == 1
    assert _summary(result.stdout) == {"stored": 5, "duplicates": 0, "failed": 3}
    for where in (
        bad_corpus / "empty.txt",
        bad_corpus / "binary.txt",
        f"{bad_corpus / 'feed.jsonl'}:2",
    ):
        assert f"{where}: " in result.stderr
    assert "failures by reason" in result.stderr


def test_search_and_show(runner, corpus, tmp_path):
    db = tmp_path / "news.db"
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1", *STAGES])
    # clitics need rasad.text's stems; the fallback analyzer only folds spelling variants
    query = "روسيا" if "segment" in available_stages() else "وبروسيا"
    result = runner.invoke(app, ["search", query, "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    hits = _jsonl(result.stdout)
    assert len(hits) == 1 and "وبروسيا" in hits[0]["snippet"]
    for query in ["أعلنت", "اعلنت", "مستشفى", "الخارجيه"]:
        found = _jsonl(
            runner.invoke(app, ["search", query, "--db", str(db), "--format", "jsonl"]).stdout
        )
        assert len(found) == 1, query
    table = runner.invoke(app, ["search", "النفط", "--db", str(db)])
    assert table.exit_code == 0 and "النفط" in table.stdout

    doc_id = hits[0]["id"]
    shown = runner.invoke(app, ["show", doc_id, "--db", str(db)])
    assert shown.exit_code == 0
    doc = json.loads(shown.stdout)
    assert doc["id"] == doc_id and "raw" not in doc
    with_raw = json.loads(runner.invoke(app, ["show", doc_id, "--db", str(db), "--raw"]).stdout)
    assert "وبروسيا" in with_raw["raw"]
    assert runner.invoke(app, ["show", "no-such-id", "--db", str(db)]).exit_code == 1
    assert runner.invoke(app, ["show", doc_id, "--db", str(tmp_path / "none.db")]).exit_code == 1


# -- kill -9 mid-ingest -------------------------------------------------------------------

BOOT = (
    "import sys; sys.path.insert(0, {tests!r}); import test_cli; test_cli.install_reader(); "
    "from rasad.cli import app; app(prog_name='rasad')"
)


def _rasad(*args: str) -> list[str]:
    return [sys.executable, "-c", BOOT.format(tests=str(TESTS)), *args]


def test_kill_9_mid_ingest_loses_nothing_committed(tmp_path):
    import os
    import signal
    import subprocess
    import time

    total = 4000
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(total):
            text = f"خبر رقم {i}: وصل الوفد {i % 97} إلى العاصمة وبحث التعاون في المجال {i}."
            out.write(json.dumps({"id": f"n{i}", "text": text}, ensure_ascii=False) + "\n")
    db = tmp_path / "k.db"
    args = [
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        "2",
        "--batch-size",
        "20",
        "--no-progress",
        *STAGES,
    ]
    proc = subprocess.Popen(
        _rasad(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    stored_before = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    stored_before = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    pass  # schema not created yet
            if stored_before >= 200:
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its pool workers
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    committed = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 200 <= committed < total
    assert con.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == committed
    con.close()

    rerun = subprocess.run(_rasad(*args, "--json"), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _summary(rerun.stdout) == {
        "stored": total - committed,
        "duplicates": committed,
        "failed": 0,
    }
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == total
    assert con.execute("SELECT count(DISTINCT content_hash) FROM documents").fetchone()[0] == total
    assert con.execute("SELECT count(*) FROM documents WHERE id LIKE '%-%'").fetchone()[0] == 0


def test_extract_reads_stdin(runner):
    text = "قال المتحدث إن الاجتماع سيعقد غدا.\n"
    result = runner.invoke(app, ["extract", "-", *STAGES], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    [doc] = _jsonl(result.stdout)
    assert "الاجتماع" in doc["text"]


def test_tag_calls_the_ner_helper(runner, tmp_path, monkeypatch):
    ner = pytest.importorskip("rasad.ner")
    calls = []
    monkeypatch.setattr(ner, "tag_file", lambda src, dst: calls.append((src, dst)), raising=False)
    src = tmp_path / "in.txt"
    src.write_text("روسيا\n", encoding="utf-8")
    assert runner.invoke(app, ["tag", str(src), "-"]).exit_code == 0
    assert calls == [(str(src), "-")]
    missing = runner.invoke(app, ["tag", str(tmp_path / "nope.txt"), "-"])
    assert missing.exit_code == 1 and "nope.txt" in missing.stderr


def test_time_preference_reaches_the_values_stage(runner, tmp_path):
    if not {"clean", "segment", "values"} <= set(available_stages()):
        pytest.skip("values stage not available")
    article = tmp_path / "monday.txt"
    article.write_text("قال الوزير إن الاجتماع سيعقد يوم الاثنين في العاصمة.\n", encoding="utf-8")
    values = {}
    for preference in ("past", "future"):
        args = [
            "extract",
            str(article),
            "--stages",
            "clean,segment,values",
            "--published",
            "2023-03-15",
        ]
        result = runner.invoke(app, [*args, "--time-preference", preference])
        assert result.exit_code == 0, result.output
        [doc] = _jsonl(result.stdout)
        values[preference] = [t.get("value") for t in doc["times"]]
    assert values["past"] != values["future"]  # a bare weekday resolves by the preference


def test_extract_include_raw_gives_alignment_back_to_input(runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("عنوان قصير\r\nقال الوزير في&يونيو إن الاتفاق تم.\r\n&\r\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--include-raw", *STAGES])
    assert result.exit_code == 0, result.output
    doc = Document.from_json(result.stdout.strip())
    assert doc.raw.startswith("عنوان") and "&" not in doc.text
    copied = [i for i, ch in enumerate(doc.text) if ch != " " and ch != "\n"]
    assert all(doc.raw[doc.alignment.to_raw(i)] == doc.text[i] for i in copied)
    for removal in doc.removed:
        assert doc.raw[removal.raw_start : removal.raw_end] == removal.text


def test_extract_batches_give_the_documents_of_one_at_a_time(runner, corpus):
    one = runner.invoke(
        app, ["extract", str(corpus), "--batch", "1", "--stages", "clean,segment,ner"]
    )
    three = runner.invoke(app, ["extract", str(corpus), "--stages", "clean,segment,ner"])
    assert one.exit_code == three.exit_code == 0, one.output + three.output

    def mentions(out: str) -> list:
        return [
            [(m["start"], m["end"], e["type"]) for e in d["entities"] for m in e["mentions"]]
            for d in _jsonl(out)
        ]

    found = mentions(one.stdout)
    assert len(found) == 3 and any(found)
    assert mentions(three.stdout) == found
    assert runner.invoke(app, ["extract", str(corpus), "--batch", "0"]).exit_code == 2
