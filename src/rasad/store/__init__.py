"""Embedded document store: SQLite by default, behind the :class:`Store` interface.

>>> with open_store("sqlite:///news.db") as store:
...     store.add(doc)                      # False when the same content is stored
...     hits = store.search("روسيا")        # finds "وبروسيا" too
"""

from __future__ import annotations

from pathlib import Path

from rasad.store.base import SearchResult, Store
from rasad.store.rows import StoreRow, prepare, raw_hash
from rasad.store.sqlite import LATEST_VERSION, SchemaError, SQLiteStore

__all__ = [
    "LATEST_VERSION",
    "SQLiteStore",
    "SchemaError",
    "SearchResult",
    "Store",
    "StoreRow",
    "open_store",
    "prepare",
    "raw_hash",
]


def open_store(url: str | Path) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``url`` is a plain file path or ``sqlite:///relative.db`` / ``sqlite:////abs/path.db``.
    """
    text = str(url)
    if text.startswith("sqlite://"):
        path = text[len("sqlite://") :]
        # sqlite:///x.db -> "/x.db" -> relative "x.db"; sqlite:////abs -> "//abs" -> "/abs"
        path = path[1:] if path.startswith("/") else path
        return SQLiteStore(path or ":memory:")
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise ValueError(f"unsupported store URL scheme {scheme!r} (supported: sqlite, plain path)")
    return SQLiteStore(text)
