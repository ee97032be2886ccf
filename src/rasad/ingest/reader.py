"""Read what analysts have (files, folders, stdin, ZIP archives) into Documents, streaming.

``read_inputs`` yields one :class:`~rasad.document.Document` per article, or a
:class:`~rasad.document.Failure` for anything that could not be read; a failure never
stops the rest of the input. Nothing is collected into a corpus-wide list: folders are
walked lazily, JSON Lines are read line by line, ZIP members one at a time.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import stat
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

import msgspec

from rasad.document import Document, Failure, Source
from rasad.ingest.damage import DESTROYED_WORD_SHARE, assess
from rasad.ingest.encoding import Decoded, DecodeError, decode
from rasad.ingest.formats import (
    Article,
    BadItem,
    article_from_object,
    articles_from_json_value,
    declared_charset,
    looks_like_html,
    looks_like_other_xml,
    looks_like_trec,
    normalize_date,
    parse_html,
    parse_trec,
)

__all__ = ["read_inputs", "iter_files"]

Item = Document | Failure

_JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
_JSON_EXT = {".json"}
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_GZIP_MAGIC = b"\x1f\x8b"
_PARTLY_DESTROYED_SHARE = 0.05
_JSON_DECODER = msgspec.json.Decoder()


@dataclass(frozen=True)
class Where:
    """Where an item was read: a path (or '-') and, inside an archive, a member."""

    path: str
    member: str | None = None

    @property
    def display(self) -> str:
        return f"{self.path}!{self.member}" if self.member else self.path

    @property
    def name(self) -> str:
        """The innermost file name (decides the format by extension)."""
        return (self.member or self.path).rsplit("!", 1)[-1]

    def inside(self, member: str) -> Where:
        return Where(self.path, f"{self.member}!{member}" if self.member else member)

    def fail(self, reason: str, line: int | None = None) -> Failure:
        return Failure(path=self.path, member=self.member, line=line, reason=reason)


def read_inputs(
    paths: Iterable[str],
    *,
    published: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Yield a Document per article found under ``paths``, or a Failure per bad input.

    ``paths`` are files, folders (walked recursively in sorted order, hidden entries
    skipped) or ``-`` for standard input. ``published`` is the reference date for
    articles whose input gives none (``published_source="cli"``); a malformed one raises
    ``ValueError`` before anything is read. ``stdin`` replaces ``sys.stdin.buffer``.
    """
    fallback = None
    if published is not None:
        fallback = normalize_date(published)
        if fallback is None:
            raise ValueError(f"not a date: {published!r} (use ISO 8601, e.g. 2016-01-31)")
    reader = _Reader(fallback)
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from reader.stream(_peekable(stream), Where("-"))
        else:
            yield from reader.path(os.fspath(path))


def iter_files(root: str, _seen: set[tuple[int, int]] | None = None) -> Iterator[str | Failure]:
    """Files under ``root`` in sorted order, hidden files and folders skipped.

    Symlinked folders are followed once; a link back up the tree is not walked again.
    """
    seen = set() if _seen is None else _seen
    try:
        info = os.stat(root)
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Failure(path=root, reason=f"cannot read folder: {_os_reason(exc)}")
        return
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield Failure(path=entry.path, reason=f"cannot read: {_os_reason(exc)}")
            continue
        if is_dir:
            yield from iter_files(entry.path, seen)
        else:
            yield entry.path


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


# Bytes looked at to choose a format; also the read buffer, so ``peek`` can return them all
# (a JSON Lines file is recognised by its first line being a whole JSON object).
_HEAD_SIZE = 65536


def _peekable(stream: IO[bytes]) -> IO[bytes]:
    """A buffered view whose ``peek`` returns up to ``_HEAD_SIZE`` bytes (ZipExtFile.peek
    and stdin's default buffer give far fewer)."""
    return io.BufferedReader(stream, buffer_size=_HEAD_SIZE)  # type: ignore[arg-type]


def _head(stream: IO[bytes], size: int = _HEAD_SIZE) -> bytes:
    return stream.peek(size)[:size]  # type: ignore[attr-defined]


class _Reader:
    def __init__(self, fallback_published: str | None) -> None:
        self.fallback_published = fallback_published

    # -- paths ------------------------------------------------------------------------
    def path(self, path: str) -> Iterator[Item]:
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield Failure(path=path, reason=f"cannot read: {_os_reason(exc)}")
            return
        if stat.S_ISDIR(mode):
            for found in iter_files(path):
                if isinstance(found, Failure):
                    yield found
                else:
                    yield from self.file(found)
        else:
            yield from self.file(path)

    def file(self, path: str) -> Iterator[Item]:
        try:
            handle = open(path, "rb", buffering=_HEAD_SIZE)  # noqa: SIM115 - closed below
        except OSError as exc:
            yield Failure(path=path, reason=f"cannot read: {_os_reason(exc)}")
            return
        with handle:
            try:
                yield from self.stream(handle, Where(path))
            except OSError as exc:  # read error in the middle of a file
                yield Failure(path=path, reason=f"read error: {_os_reason(exc)}")

    # -- streams ----------------------------------------------------------------------
    def stream(self, stream: IO[bytes], where: Where, name: str | None = None) -> Iterator[Item]:
        """Dispatch one file-like input (file, archive member, stdin) on its format.

        ``name`` (default: the file or member name) gives the extension to go by.
        """
        head = _head(stream)
        if not head:
            yield where.fail("empty file")
            return
        if head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
            yield from self.archive(stream, where)
            return
        if head.startswith(_GZIP_MAGIC):
            yield from self.gzipped(stream, where, name or where.name)
            return
        ext = os.path.splitext((name or where.name).lower())[1]
        if ext in _JSONL_EXT or (ext not in _HTML_EXT and _first_line_is_object(head)):
            yield from self.jsonl(stream, where)
            return
        yield from self.blob(stream.read(), where, ext)

    def archive(self, stream: IO[bytes], where: Where) -> Iterator[Item]:
        if not stream.seekable():
            stream = io.BytesIO(stream.read())
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            yield where.fail(f"corrupt ZIP archive: {exc}")
            return
        with archive:
            members = sorted(
                (
                    i
                    for i in archive.infolist()
                    if not i.is_dir() and not _hidden_member(i.filename)
                ),
                key=lambda i: i.filename,
            )
            if not members:
                yield where.fail("empty ZIP archive")
                return
            for info in members:
                inner = where.inside(info.filename)
                if info.flag_bits & 0x1:
                    yield inner.fail("encrypted ZIP member (no password support)")
                    continue
                try:
                    with archive.open(info) as member:
                        yield from self.stream(_peekable(member), inner)
                except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                    yield inner.fail(f"corrupt ZIP member: {exc}")

    def gzipped(self, stream: IO[bytes], where: Where, name: str) -> Iterator[Item]:
        # the format is decided on the name without ".gz" ("wire.jsonl.gz" is JSON Lines)
        inner_name = name[:-3] if name.lower().endswith(".gz") else ""
        try:
            unpacked = _peekable(gzip.GzipFile(fileobj=stream, mode="rb"))
            yield from self.stream(unpacked, where, inner_name)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield where.fail(f"corrupt gzip data: {exc}")

    # -- formats --------------------------------------------------------------------------
    def jsonl(self, stream: IO[bytes], where: Where) -> Iterator[Item]:
        """One article per line; a bad line is a Failure with its number, the rest go on."""
        head = _head(stream, 4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 JSON Lines: decode whole
            yield from self.blob(stream.read(), where, ".jsonl")
            return
        any_line = False
        for number, line in enumerate(stream, start=1):
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            any_line = True
            nul = line.count(0)
            try:
                decoded = Decoded(line.replace(b"\x00", b"").decode("utf-8"), "utf-8", nul)
                if nul:
                    decoded.warnings.append(("nul_bytes", f"{nul} NUL byte(s) removed"))
            except UnicodeDecodeError:
                try:
                    decoded = decode(line)
                except DecodeError as exc:
                    yield where.fail(str(exc), number)
                    continue
            yield from self._json_line(decoded, where, number)
        if not any_line:
            yield where.fail("empty file (no JSON lines)")

    def _json_line(self, decoded: Decoded, where: Where, number: int) -> Iterator[Item]:
        try:
            obj = _JSON_DECODER.decode(decoded.text)
        except msgspec.DecodeError as exc:
            yield where.fail(f"malformed JSON: {exc}", number)
            return
        yield self.finish(article_from_object(obj, line=number), where, decoded)

    def blob(self, data: bytes, where: Where, ext: str) -> Iterator[Item]:
        """A whole file already in memory: decode, then sniff the format if needed."""
        if not data.strip(b" \t\r\n\x00"):
            yield where.fail("empty file" if not data else "empty file (only whitespace)")
            return
        is_html_ext = ext in _HTML_EXT
        try:
            decoded = decode(
                data, declared=declared_charset(data) if is_html_ext or data[:1] == b"<" else None
            )
        except DecodeError as exc:
            yield where.fail(str(exc))
            return
        text = decoded.text
        if not text.strip():
            yield where.fail("empty file (only whitespace)")
            return
        start = text.lstrip("\ufeff \t\r\n")[:1]
        markup = start == "<" and not is_html_ext
        if markup and looks_like_trec(text[:256]):
            for art in parse_trec(text):
                yield self.finish(art, where, decoded)
        elif markup and looks_like_other_xml(text[:1024]):
            yield where.fail(
                "unsupported XML (not TREC <DOC> or HTML; feeds such as RSS are not read)"
            )
        elif is_html_ext or (markup and looks_like_html(text)):
            yield self.finish(parse_html(text), where, decoded)
        elif ext in _JSON_EXT or ext in _JSONL_EXT or start in ("[", "{"):
            yield from self._json_text(text, where, decoded, strict=ext in _JSON_EXT | _JSONL_EXT)
        else:
            yield self.finish(Article(raw=text), where, decoded)

    def _json_text(self, text: str, where: Where, decoded: Decoded, strict: bool) -> Iterator[Item]:
        try:
            value = _JSON_DECODER.decode(text)
        except msgspec.DecodeError as exc:
            if _first_line_is_object(_first_lines(text)):
                # JSON Lines under another name, or in UTF-16
                for number, line in enumerate(text.splitlines(), start=1):
                    if line.strip():
                        yield from self._json_line(Decoded(line, decoded.encoding), where, number)
            elif strict:
                yield where.fail(f"malformed JSON: {exc}")
            else:  # a text article that happens to start with a bracket
                yield self.finish(Article(raw=text), where, decoded)
            return
        for art in articles_from_json_value(value):
            yield self.finish(art, where, decoded)

    # -- documents ------------------------------------------------------------------------
    def finish(self, art: Article | BadItem, where: Where, decoded: Decoded) -> Item:
        """Turn a parsed article into a Document, or a Failure when it is unusable."""
        if isinstance(art, BadItem):
            return where.fail(art.reason, art.line)
        raw = art.raw
        warnings = list(decoded.warnings)
        if "\x00" in raw:  # NULs inside JSON strings ("\u0000")
            count = raw.count("\x00")
            raw = raw.replace("\x00", "")
            warnings.append(("nul_bytes", f"{count} NUL character(s) removed"))
        if not raw.strip():
            return where.fail("empty article text", art.line)
        damage = assess(raw)
        if damage.destroyed:
            return where.fail(damage.destroyed, art.line)
        if damage.question_share >= _PARTLY_DESTROYED_SHARE:
            warnings.append(
                (
                    "partly_destroyed",
                    f"{damage.question_words} of {damage.words} words are mostly '?' "
                    f"(destroyed at source; a whole text is rejected above {DESTROYED_WORD_SHARE:.0%})",
                )
            )
        if damage.debris:
            warnings.append(
                (
                    "question_mark_debris",
                    f"{damage.debris} '?' glued to Arabic words (characters lost at source)",
                )
            )
        doc = Document(
            id=art.id or _stable_id(where, art.line, raw),
            title=art.title,
            raw=raw,
            encoding=decoded.encoding,
            source=Source(
                outlet=art.outlet,
                url=art.url,
                author=art.author,
                path=where.display,
                line=art.line,
            ),
        )
        if art.published:
            doc.published = art.published
            doc.published_source = "input"
        elif self.fallback_published:
            doc.published = self.fallback_published
            doc.published_source = "cli"
        for code, message in art.warnings + warnings:
            doc.warn(code, message)
        return doc


def _stable_id(where: Where, line: int | None, raw: str) -> str:
    """Same file name, member, line and text give the same id on every run and machine."""
    location = os.path.basename(where.path) + (f"!{where.member}" if where.member else "")
    if line is not None:
        location += f":{line}"
    digest = hashlib.sha1(location.encode("utf-8") + b"\x00" + raw.encode("utf-8"))
    return digest.hexdigest()[:16]


def _hidden_member(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in name.split("/") if part)


def _first_line_is_object(head: bytes) -> bool:
    """True when the first line is a complete JSON object followed by more lines
    (JSON Lines; a pretty-printed or one-line JSON document is parsed whole instead)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"{"):
        return False
    line, _, rest = stripped.partition(b"\n")
    line = line.strip()
    if not line.endswith(b"}") or not rest.strip():
        return False
    try:
        return isinstance(_JSON_DECODER.decode(line), dict)
    except msgspec.DecodeError:
        return False


def _first_lines(text: str) -> bytes:
    """The first line (whole, however long) and the start of the next, for the JSONL test."""
    start = text.lstrip("\ufeff \t\r\n")
    end = start.find("\n")
    return start[: end + 200 if end >= 0 else len(start)].encode("utf-8")
