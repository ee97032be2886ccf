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
from rasad.store.base import SearchResult, Store, raw_hash
from rasad.store.matching import WORD, Analyzer, default_analyzer, document_terms, fts_query


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
            json TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX documents_raw_hash ON documents(raw_hash)")
    db.execute("CREATE INDEX documents_published ON documents(published)")
    db.execute("CREATE INDEX documents_outlet ON documents(outlet)")
    # Contentless: the matching forms are only needed for lookup; text lives in `json`.
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
    for sql in _SIDE_BACKFILL:
        db.execute(sql)


_SIDE_BACKFILL = [
    """INSERT INTO entities SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.type'),
           json_extract(e.value, '$.canonical'), json_extract(e.value, '$.country'),
           coalesce(json_array_length(e.value, '$.mentions'), 0)
       FROM documents d, json_each(d.json, '$.entities') e""",
    """INSERT INTO events SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.type'),
           json_extract(e.value, '$.mode'), json_extract(e.value, '$.date.value'),
           json_extract(e.value, '$.actor.entity'), json_extract(e.value, '$.recipient.entity')
       FROM documents d, json_each(d.json, '$.events') e""",
    """INSERT INTO times SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.kind'),
           json_extract(e.value, '$.value')
       FROM documents d, json_each(d.json, '$.times') e""",
    """INSERT INTO quotes SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.kind'),
           json_extract(e.value, '$.speaker.entity')
       FROM documents d, json_each(d.json, '$.quotes') e""",
]

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
        results = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for doc in docs:
                    results.append(self._insert(doc))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return results

    def _insert(self, doc: Document) -> bool:
        db = self._db
        content = doc.content_hash()
        if db.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content,)).fetchone():
            return False
        if not doc.id:
            doc.id = content[:16]
        if db.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
            # Same id, different content (e.g. an id reused across JSON Lines files):
            # keep both, the newcomer under a content-qualified id.
            doc.id = f"{doc.id}-{content[:8]}"
        cur = db.execute(
            "INSERT INTO documents (id, content_hash, raw_hash, title, published, outlet, url,"
            " path, added_at, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                content,
                raw_hash(doc),
                doc.title,
                doc.published,
                doc.source.outlet,
                doc.source.url,
                doc.source.path,
                time.time(),
                doc.to_json(include_raw=True),
            ),
        )
        db.execute(
            "INSERT INTO documents_fts (rowid, terms) VALUES (?, ?)",
            (cur.lastrowid, document_terms(doc, self._analyze)),
        )
        self._insert_side_rows(doc)
        return True

    def _insert_side_rows(self, doc: Document) -> None:
        db = self._db
        db.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
            [(doc.id, e.id, e.type, e.canonical, e.country, len(e.mentions)) for e in doc.entities],
        )
        db.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    ev.id,
                    ev.type,
                    ev.mode,
                    ev.date.value if ev.date else None,
                    ev.actor.entity if ev.actor else None,
                    ev.recipient.entity if ev.recipient else None,
                )
                for ev in doc.events
            ],
        )
        db.executemany(
            "INSERT INTO times VALUES (?, ?, ?, ?)",
            [(doc.id, t.id, t.kind, t.value) for t in doc.times],
        )
        db.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?)",
            [(doc.id, q.id, q.kind, q.speaker.entity if q.speaker else None) for q in doc.quotes],
        )

    # -- reading ----------------------------------------------------------------------
    def get(self, doc_id: str) -> Document | None:
        with self._lock:
            row = self._db.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.from_json(row[0]) if row else None

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
                "SELECT d.id, d.title, d.published, d.outlet, d.json, f.rank"
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

    def _snippet(self, data: str, terms: set[str]) -> tuple[str, int, int]:
        """Text around the first token whose matching form is one of the query's terms."""
        part = msgspec.json.decode(data, type=_TextAndTokens)
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
