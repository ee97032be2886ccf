"""The embedded store: round trip, duplicates, migrations, WAL, search normalization."""

from __future__ import annotations

import sqlite3
import zlib

import pytest

from rasad.document import Document, Entity, Event, Mention, Quote, Ref, Span, TimeExpr, Token
from rasad.store import LATEST_VERSION, SchemaError, SQLiteStore, open_store, raw_hash
from rasad.store.matching import WORD, _fallback_analyze
from rasad.store.sqlite import migrate


def _tokens(text: str, stems: dict[str, str] | None = None) -> list[Token]:
    """Hand-made tokens: norm = fallback folding, stem from ``stems`` (clitic analysis)."""
    stems = stems or {}
    out = []
    for m in WORD.finditer(text):
        norm = _fallback_analyze(m.group())[0][0]
        out.append(
            Token(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                norm=norm,
                stem=stems.get(m.group(), norm),
            )
        )
    return out


def make_doc(text: str, doc_id: str = "", stems: dict[str, str] | None = None, **kw) -> Document:
    doc = Document(id=doc_id, raw=text + "\n", text=text, tokens=_tokens(text, stems), **kw)
    if not doc.id:
        doc.id = doc.content_hash()[:16]
    return doc


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "news.db", analyzer=_fallback_analyze) as s:
        yield s


def test_round_trip_keeps_every_field(store):
    doc = make_doc("قال الوزير إن المحادثات ستستمر.", "d1", title="عنوان", published="2016-09-28")
    doc.source.outlet = "إيلاف"
    doc.source.url = "https://example.org/a"
    doc.entities = [
        Entity(
            id="e1",
            type="PERSON",
            canonical="الوزير",
            mentions=[Mention(start=4, end=10, text="الوزير")],
        )
    ]
    assert store.add(doc) is True
    back = store.get("d1")
    assert back == doc  # raw and alignment included
    assert back.raw == doc.raw
    assert store.count() == 1
    assert store.get("missing") is None
    assert list(store.ids()) == ["d1"]


def test_duplicate_content_is_not_stored_twice(store):
    a = make_doc("نص الخبر الأول.", "a")
    same_text_other_id = make_doc("نص الخبر الأول.", "b")
    assert store.add(a) is True
    assert store.add(same_text_other_id) is False
    assert store.count() == 1
    assert store.has_content(a.content_hash())
    assert store.has_raw(raw_hash(a))
    assert not store.has_raw(raw_hash(make_doc("شيء آخر")))


def test_reused_id_with_other_content_keeps_both(store):
    assert store.add(make_doc("الخبر الأول.", "x"))
    other = make_doc("خبر مختلف تماما.", "x")
    assert store.add(other)
    assert other.id.startswith("x-") and store.get(other.id).text == "خبر مختلف تماما."
    assert store.get("x").text == "الخبر الأول."


def test_add_many_is_one_transaction(store):
    flags = store.add_many([make_doc("واحد."), make_doc("اثنان."), make_doc("واحد.")])
    assert flags == [True, True, False]
    with pytest.raises(AttributeError):
        store.add_many([make_doc("ثلاثة."), "not a document"])  # type: ignore[list-item]
    assert store.count() == 2  # the failed batch left nothing behind


def test_wal_mode_and_schema_version(tmp_path):
    path = tmp_path / "w.db"
    with SQLiteStore(path) as s:
        assert s.journal_mode == "wal"
        assert s.version == LATEST_VERSION
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, LATEST_VERSION + 1))


def test_migration_from_version_1_backfills_side_tables(tmp_path):
    path = tmp_path / "old.db"
    # A store as the first schema version wrote it, with one document.
    con = sqlite3.connect(path, isolation_level=None)
    assert migrate(con, target=1) == [1]
    doc = make_doc("التقى الرئيس بالوفد.", "old1")
    doc.entities = [
        Entity(
            id="e1",
            type="PERSON",
            canonical="الرئيس",
            mentions=[Mention(start=6, end=12, text="الرئيس")],
        )
    ]
    doc.events = [
        Event(
            id="v1",
            type="CONSULT",
            trigger=Span(start=0, end=5, text="التقى"),
            actor=Ref(entity="e1"),
        )
    ]
    doc.times = [TimeExpr(id="t1", start=0, end=5, text="التقى", value="2016-09-28")]
    doc.quotes = [Quote(id="q1", start=0, end=5, text="التقى", speaker=Ref(entity="e1"))]
    con.execute(
        "INSERT INTO documents (id, content_hash, raw_hash, title, published, outlet, url, path,"
        " added_at, document) VALUES (?, ?, ?, NULL, NULL, NULL, NULL, NULL, 0, ?)",
        (
            "old1",
            doc.content_hash(),
            raw_hash(doc),
            zlib.compress(doc.to_json(include_raw=True).encode()),
        ),
    )
    con.execute("INSERT INTO documents_fts (rowid, terms) VALUES (1, 'التقي الرييس بالوفد وفد')")
    con.close()

    with SQLiteStore(path, analyzer=_fallback_analyze) as s:
        assert s.version == LATEST_VERSION
        assert s.get("old1") == doc
        assert [r.id for r in s.search("الرئيس")] == ["old1"]
    con = sqlite3.connect(path)
    assert con.execute(
        "SELECT doc_id, entity_id, type, canonical, mentions FROM entities"
    ).fetchall() == [("old1", "e1", "PERSON", "الرئيس", 1)]
    assert con.execute("SELECT type, actor FROM events").fetchall() == [("CONSULT", "e1")]
    assert con.execute("SELECT value FROM times").fetchall() == [("2016-09-28",)]
    assert con.execute("SELECT speaker FROM quotes").fetchall() == [("e1",)]


def test_side_tables_filled_on_insert(store, tmp_path):
    doc = make_doc("زار الملك الرياض.", "s1")
    doc.entities = [Entity(id="e1", type="LOC", canonical="الرياض", country="SAU")]
    store.add(doc)
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT canonical, country FROM entities WHERE doc_id='s1'").fetchall() == [
        ("الرياض", "SAU")
    ]


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="newer"):
        SQLiteStore(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="not a rasad store"):
        SQLiteStore(path)


def test_open_store_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for url, expected in [
        ("plain.db", tmp_path / "plain.db"),
        ("sqlite:///rel.db", tmp_path / "rel.db"),
        (f"sqlite:///{tmp_path}/abs.db", tmp_path / "abs.db"),
    ]:
        open_store(url).close()
        assert expected.is_file(), url
    with pytest.raises(ValueError, match="unsupported"):
        open_store("postgresql://localhost/rasad")


# -- search ---------------------------------------------------------------------------------


def test_search_ignores_diacritics_and_hamza_variants(store):
    store.add(make_doc("أعلنَ الرئيسُ عن مبادرةٍ جديدة في القاهرة", "d1"))
    store.add(make_doc("خبر آخر عن الطقس", "d2"))
    for query in ["اعلن", "أعلن", "إعلن", "أَعْلَنَ", "الرئيس", "مبادرة", "مبادره", "جديده"]:
        assert [r.id for r in store.search(query)] == ["d1"], query
    assert store.search("غير موجود") == []
    assert store.search("  ...  ") == []


def test_search_finds_clitic_forms_and_gives_a_snippet(store):
    store.add(make_doc("قال إنه سيسافر وبروسيا يلتقي المسؤولين", "d1", stems={"وبروسيا": "روسيا"}))
    [hit] = store.search("روسيا")
    assert hit.id == "d1"
    assert "وبروسيا" in hit.snippet
    assert (hit.hit_start, hit.hit_end) == (15, 22)


def test_search_requires_every_word_and_ranks(store):
    store.add(make_doc("روسيا والصين", "both", stems={"والصين": "صين"}))
    store.add(make_doc("روسيا وحدها", "one"))
    assert {r.id for r in store.search("روسيا")} == {"both", "one"}
    assert [r.id for r in store.search("روسيا وحدها")] == ["one"]
    assert [r.id for r in store.search("صين روسيا")] == ["both"]
    assert len(store.search("روسيا", limit=1)) == 1


def test_search_quotes_are_harmless(store):
    store.add(make_doc('قال "نعم" ثم غادر', "q"))
    assert [r.id for r in store.search('"نعم')] == ["q"]
    assert store.search("NEAR(") == []


@pytest.fixture
def text_store(tmp_path):
    text = pytest.importorskip("rasad.text")
    if not hasattr(text, "SegmentStage"):
        pytest.skip("rasad.text.SegmentStage not available yet")
    from rasad.pipeline import Pipeline, available_stages

    stages = [s for s in ("clean", "segment") if s in available_stages()]
    pipe = Pipeline(stages)
    with SQLiteStore(tmp_path / "t.db") as s:
        yield s, pipe


def test_search_with_real_tokenizer(text_store):
    store, pipe = text_store
    texts = {
        "clitic": "قال المتحدث إن الحكومة ستطلب وبروسيا دعما عاجلا.",
        "diacritics": "أعلنَ وزيرُ الخارجيةِ عن زيارةٍ إلى موسكو.",
        "hamza": "اكد الرئيس ان الاتفاق سيوقع قريبا.",
        "ya": "التقى الوفد بمسؤولين في المستشفى.",
    }
    for doc_id, text in texts.items():
        doc = pipe(Document(id=doc_id, raw=text))
        assert store.add(doc)
    assert "clitic" in {r.id for r in store.search("روسيا")}
    assert "diacritics" in {r.id for r in store.search("الخارجية")}
    assert "diacritics" in {r.id for r in store.search("زيارة")}
    assert "hamza" in {r.id for r in store.search("أكد")}
    assert "hamza" in {r.id for r in store.search("الإتفاق")}
    assert "ya" in {r.id for r in store.search("التقي")}
    assert "ya" in {r.id for r in store.search("المستشفي")}
