"""The storage interface every backend implements (SQLite now; PostgreSQL can join later)."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator

import msgspec

from rasad.document import Document
from rasad.store.rows import StoreRow


class SearchResult(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One search hit: the document's identity and a snippet around the first match.

    ``hit_start``/``hit_end`` are offsets of the first matching token in the document's
    clean text (``-1`` when the match was only in the title).
    """

    id: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    snippet: str = ""
    score: float = 0.0
    hit_start: int = -1
    hit_end: int = -1


class Store(abc.ABC):
    """A document store with duplicate detection (by content hash) and full-text search."""

    @abc.abstractmethod
    def add(self, doc: Document) -> bool:
        """Store one document in its own transaction; False if its content is already stored."""

    @abc.abstractmethod
    def add_many(self, docs: Iterable[Document]) -> list[bool]:
        """Store documents in one transaction (all or nothing); one flag per document."""

    @abc.abstractmethod
    def add_rows(self, rows: Iterable[StoreRow]) -> list[str | None]:
        """Store prepared rows (see :func:`rasad.store.rows.prepare`) in one transaction.

        Returns, per row, the id it was stored under, or None for a duplicate.
        """

    @abc.abstractmethod
    def get(self, doc_id: str) -> Document | None: ...

    @abc.abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchResult]: ...

    @abc.abstractmethod
    def count(self) -> int: ...

    @abc.abstractmethod
    def has_content(self, content_hash: str) -> bool: ...

    @abc.abstractmethod
    def has_raw(self, raw_digest: str) -> bool:
        """True when a document with this raw input hash is stored (see :func:`raw_hash`)."""

    @abc.abstractmethod
    def ids(self) -> Iterator[str]: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
