"""SQLite backend: one file, no server, WAL, versioned schema, FTS5 search.

All SQL of the store lives in this module. The schema version is kept in
``PRAGMA user_version`` and every applied migration is recorded in ``schema_migrations``;
:data:`MIGRATIONS` is the ordered list of steps from an empty file to the current schema.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import msgspec

from rasad.document import Document, Token
from rasad.store.base import SearchResult, Store
from rasad.store.matching import WORD, Analyzer, default_analyzer, fts_query
from rasad.store.rows import (
    StoreRow,
    compress_document,
    decompress_json,
    prepare,
    side_rows,
)


class SchemaError(RuntimeError):
    """The database was written by a newer rasad, or is not a rasad store."""


# -- schema -------------------------------------------------------------------------------


def _v1_documents(db: sqlite3.Connection) -> None:
    # `num` is the stable integer key the FTS index points at (a TEXT primary key's
    # implicit rowid may change on VACUUM); `id` is the public document id.
    db.execute(
        """CREATE TABLE documents (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            raw_hash TEXT,
            title TEXT,
            published TEXT,
            outlet TEXT,
            url TEXT,
            path TEXT,
            added_at REAL NOT NULL,
            document BLOB NOT NULL -- zlib-compressed JSON of the whole Document, raw included
        )"""
    )
    db.execute("CREATE INDEX documents_raw_hash ON documents(raw_hash)")
    db.execute("CREATE INDEX documents_published ON documents(published)")
    db.execute("CREATE INDEX documents_outlet ON documents(outlet)")
    # Contentless: the matching forms are only needed for lookup; text lives in `document`.
    db.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5(terms, content='', tokenize='unicode61')"
    )


def _v2_annotation_tables(db: sqlite3.Connection) -> None:
    """Side tables for filtering by entity, event, time and quote; backfilled from JSON."""
    db.execute(
        """CREATE TABLE entities (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            entity_id TEXT NOT NULL,
            type TEXT,
            canonical TEXT,
            country TEXT,
            mentions INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX entities_doc ON entities(doc_id)")
    db.execute("CREATE INDEX entities_canonical ON entities(canonical)")
    db.execute("CREATE INDEX entities_type ON entities(type)")
    db.execute(
        """CREATE TABLE events (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            event_id TEXT,
            type TEXT,
            mode TEXT,
            date TEXT,
            actor TEXT,
            recipient TEXT
        )"""
    )
    db.execute("CREATE INDEX events_doc ON events(doc_id)")
    db.execute("CREATE INDEX events_type ON events(type)")
    db.execute("CREATE INDEX events_date ON events(date)")
    db.execute(
        """CREATE TABLE times (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            time_id TEXT,
            kind TEXT,
            value TEXT
        )"""
    )
    db.execute("CREATE INDEX times_doc ON times(doc_id)")
    db.execute("CREATE INDEX times_value ON times(value)")
    db.execute(
        """CREATE TABLE quotes (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            quote_id TEXT,
            kind TEXT,
            speaker TEXT
        )"""
    )
    db.execute("CREATE INDEX quotes_doc ON quotes(doc_id)")
    db.execute("CREATE INDEX quotes_speaker ON quotes(speaker)")
    # Backfill from the stored documents (written before these tables existed).
    rows = db.execute("SELECT id, document FROM documents ORDER BY num").fetchall()
    for doc_id, blob in rows:
        doc = Document.from_json(decompress_json(blob))
        _insert_side_rows(db, doc_id, side_rows(doc))


def _insert_side_rows(db: sqlite3.Connection, doc_id: str, rows: dict[str, list[tuple]]) -> None:
    for table, width in (("entities", 5), ("events", 6), ("times", 3), ("quotes", 3)):
        if rows[table]:
            marks = ", ".join("?" * (width + 1))
            db.executemany(
                f"INSERT INTO {table} VALUES ({marks})", [(doc_id, *r) for r in rows[table]]
            )


# Ordered steps; never edit a released step, append a new one.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "documents and full-text index", _v1_documents),
    (2, "entity, event, time and quote side tables", _v2_annotation_tables),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply every migration above the file's version up to ``target``; return those applied.

    Each step runs in its own transaction together with its version bump, so an
    interrupted upgrade leaves the file at the last complete version.
    """
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise SchemaError(
            f"database schema version {current} is newer than this rasad supports ({LATEST_VERSION})"
        )
    applied = []
    for version, name, step in MIGRATIONS:
        if version <= current or version > target:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"
            )
            step(db)
            db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, time.time())
            )
            db.execute(f"PRAGMA user_version = {int(version)}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


# -- store --------------------------------------------------------------------------------


class _TextAndTokens(msgspec.Struct):
    """The part of a stored document that snippets need (decoding skips the rest)."""

    text: str = ""
    tokens: list[Token] = []


_SNIPPET_CONTEXT = 80


class SQLiteStore(Store):
    """Documents in one SQLite file.

    Writes commit per call to :meth:`add` or :meth:`add_many` (use ``add_many`` with
    batches for speed); with WAL and ``synchronous=NORMAL`` every committed batch
    survives a killed process. The connection may be used from several threads (a
    lock serializes them), e.g. a pool feeder thread asking :meth:`has_raw`.
    """

    def __init__(self, path: str | Path, *, analyzer: Analyzer | None = None) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        self._analyze = analyzer or default_analyzer()
        self._db.execute("PRAGMA busy_timeout = 10000")
        self.journal_mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        try:
            self._check_is_rasad()
            migrate(self._db)
        except BaseException:
            self._db.close()
            raise

    def _check_is_rasad(self) -> None:
        version = schema_version(self._db)
        tables = {
            r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if version == 0 and tables:
            raise SchemaError(f"{self.path} is an SQLite file but not a rasad store")

    @property
    def version(self) -> int:
        with self._lock:
            return schema_version(self._db)

    # -- writing ----------------------------------------------------------------------
    def add(self, doc: Document) -> bool:
        return self.add_many([doc])[0]

    def add_many(self, docs: Iterable[Document]) -> list[bool]:
        docs = list(docs)
        ids = self.add_rows([prepare(doc, self._analyze) for doc in docs])
        for doc, stored_id in zip(docs, ids, strict=True):
            if stored_id is not None:
                doc.id = stored_id
        return [stored_id is not None for stored_id in ids]

    def add_rows(self, rows: Iterable[StoreRow]) -> list[str | None]:
        results = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for row in rows:
                    results.append(self._insert(row))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return results

    def _insert(self, row: StoreRow) -> str | None:
        db = self._db
        if db.execute(
            "SELECT 1 FROM documents WHERE content_hash = ?", (row.content_hash,)
        ).fetchone():
            return None
        doc_id, blob = row.id, row.document
        if db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            # Same id, different content (e.g. an id reused across JSON Lines files):
            # keep both, the newcomer under a content-qualified id.
            doc_id = f"{row.id}-{row.content_hash[:8]}"
            doc = Document.from_json(decompress_json(blob))
            doc.id = doc_id
            blob = compress_document(doc)
        cur = db.execute(
            "INSERT INTO documents (id, content_hash, raw_hash, title, published, outlet, url,"
            " path, added_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                row.content_hash,
                row.raw_hash,
                row.title,
                row.published,
                row.outlet,
                row.url,
                row.path,
                time.time(),
                blob,
            ),
        )
        db.execute(
            "INSERT INTO documents_fts (rowid, terms) VALUES (?, ?)", (cur.lastrowid, row.terms)
        )
        _insert_side_rows(
            db,
            doc_id,
            {
                "entities": row.entities,
                "events": row.events,
                "times": row.times,
                "quotes": row.quotes,
            },
        )
        return doc_id

    # -- reading ----------------------------------------------------------------------
    def get(self, doc_id: str) -> Document | None:
        with self._lock:
            sql = "SELECT document FROM documents WHERE id = ?"
            row = self._db.execute(sql, (doc_id,)).fetchone()
        return Document.from_json(decompress_json(row[0])) if row else None

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def has_content(self, content_hash: str) -> bool:
        with self._lock:
            sql = "SELECT 1 FROM documents WHERE content_hash = ?"
            return self._db.execute(sql, (content_hash,)).fetchone() is not None

    def has_raw(self, raw_digest: str) -> bool:
        with self._lock:
            sql = "SELECT 1 FROM documents WHERE raw_hash = ? LIMIT 1"
            return self._db.execute(sql, (raw_digest,)).fetchone() is not None

    def ids(self) -> Iterator[str]:
        with self._lock:
            rows = self._db.execute("SELECT id FROM documents ORDER BY num").fetchall()
        for (doc_id,) in rows:
            yield doc_id

    def search(self, query: str, limit: int = 20) -> list[SearchResult]:
        match, terms = fts_query(query, self._analyze)
        if not match:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT d.id, d.title, d.published, d.outlet, d.document, f.rank"
                " FROM documents_fts f JOIN documents d ON d.num = f.rowid"
                " WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ?",
                (match, int(limit)),
            ).fetchall()
        results = []
        for doc_id, title, published, outlet, data, rank in rows:
            snippet, start, end = self._snippet(data, terms)
            results.append(
                SearchResult(
                    id=doc_id,
                    title=title,
                    published=published,
                    outlet=outlet,
                    snippet=snippet,
                    score=round(-rank, 4),
                    hit_start=start,
                    hit_end=end,
                )
            )
        return results

    def _snippet(self, blob: bytes, terms: set[str]) -> tuple[str, int, int]:
        """Text around the first token whose matching form is one of the query's terms."""
        part = msgspec.json.decode(decompress_json(blob), type=_TextAndTokens)
        text = part.text
        hit = None
        if part.tokens:
            for tok in part.tokens:
                if (tok.norm or tok.text) in terms or tok.stem in terms:
                    hit = (tok.start, tok.end)
                    break
        else:  # stored without the segment stage: analyze word by word
            for word in WORD.finditer(text):
                pairs = self._analyze(word.group())
                if any(n in terms or s in terms for n, s in pairs):
                    hit = word.span()
                    break
        if hit is None:
            return _window(text, 0, 0), -1, -1
        return _window(text, *hit), hit[0], hit[1]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _window(text: str, start: int, end: int) -> str:
    """About _SNIPPET_CONTEXT characters each side, cut at spaces, on one line."""
    lo = max(0, start - _SNIPPET_CONTEXT)
    hi = min(len(text), end + _SNIPPET_CONTEXT)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    piece = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")
