"""Parsers from decoded input to article records: JSON objects, TREC-style XML, HTML.

A parser yields :class:`Article` (fields as found) or :class:`BadItem` (one item that
could not be read, with where and why); the reader turns them into Documents and
Failures. Nothing here cleans text: ``raw`` is the article text as found.
"""

from __future__ import annotations

import html
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = [
    "Article",
    "BadItem",
    "article_from_object",
    "articles_from_json_value",
    "parse_trec",
    "parse_html",
    "looks_like_html",
    "looks_like_trec",
    "looks_like_other_xml",
    "normalize_date",
    "declared_charset",
]


@dataclass
class Article:
    raw: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    line: int | None = None  # line in a JSON Lines file, item number in a JSON array
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class BadItem:
    reason: str
    line: int | None = None


# -- dates ----------------------------------------------------------------------------

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalize_date(value: Any) -> str | None:
    """An ISO 8601 date or datetime for a date as found in input metadata, else None.

    Dates keep their precision: a bare date stays a date; a datetime keeps its offset.
    Unix timestamps (seconds or milliseconds) are read as UTC.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from datetime import UTC

        if abs(value) > 1e11:  # milliseconds, as JavaScript writes them
            value = value / 1000
        try:
            return datetime.fromtimestamp(value, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip().translate(_ARABIC_DIGITS)
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if "%H" in fmt:
            return parsed.isoformat()
        return parsed.date().isoformat()
    try:  # RFC 2822, as in RSS feeds
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# -- JSON objects ----------------------------------------------------------------------

# Keys seen in article dumps, in order of preference.
_TEXT_KEYS = ("text", "content", "body", "article", "maintext", "raw_text")
_TITLE_KEYS = ("title", "headline")
_PUBLISHED_KEYS = ("published", "date_published", "published_at", "pubdate", "date", "datetime")
_EXTRACTED_KEYS = ("date_extracted", "date_download", "crawled_at", "scraped_at")
_URL_KEYS = ("url", "link", "canonical_url")
_OUTLET_KEYS = ("source", "outlet", "sitename", "site", "publisher", "source_domain")
_AUTHOR_KEYS = ("author", "authors", "byline")
_ID_KEYS = ("id", "doc_id", "docno", "_id")
_LIST_KEYS = ("articles", "documents", "items", "data", "results")


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_name(value: Any) -> str | None:
    """A display string for a metadata value (a name, a list of names, a {name: ..} object)."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("id")
    if isinstance(value, list):
        names = [n for n in (_as_name(v) for v in value) if n]
        return "، ".join(names) if names else None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


def article_from_object(obj: Any, line: int | None = None) -> Article | BadItem:
    """Map one JSON article object (JSON Lines, SaudiNewsNet, news dumps) to an Article."""
    if not isinstance(obj, dict):
        return BadItem(f"expected a JSON object, found {type(obj).__name__}", line)
    raw = _first(obj, _TEXT_KEYS)
    if raw is None:
        if any(key in obj for key in _TEXT_KEYS):
            return BadItem("empty article text", line)
        keys = ", ".join(sorted(map(str, obj))[:12])
        return BadItem(f"no article text (no 'text' or 'content' field; keys: {keys})", line)
    if not isinstance(raw, str):
        return BadItem(f"article text is a {type(raw).__name__}, not a string", line)
    art = Article(raw=raw, line=line)
    doc_id = _first(obj, _ID_KEYS)
    if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool):
        art.id = str(doc_id)
    art.title = _as_name(_first(obj, _TITLE_KEYS))
    art.url = _as_name(_first(obj, _URL_KEYS))
    art.outlet = _as_name(_first(obj, _OUTLET_KEYS))
    art.author = _as_name(_first(obj, _AUTHOR_KEYS))
    found = _first(obj, _PUBLISHED_KEYS)
    if found is not None:
        art.published = normalize_date(found)
        if art.published is None:
            art.warnings.append(("unparsed_published", f"published date not understood: {found!r}"))
    else:
        extracted = _first(obj, _EXTRACTED_KEYS)
        if extracted is not None:
            # The crawl time is the best available bound for the publication time
            # (SaudiNewsNet crawled daily); keep it and say so.
            art.published = normalize_date(extracted)
            if art.published:
                art.warnings.append(
                    (
                        "published_from_extraction_date",
                        f"no publication date; the extraction time {extracted} is used",
                    )
                )
    return art


def articles_from_json_value(value: Any) -> Iterator[Article | BadItem]:
    """Articles of a parsed JSON document: an array of objects, one object, or a wrapper
    object holding the array under a key such as ``articles``."""
    if isinstance(value, dict):
        for key in _LIST_KEYS:
            if isinstance(value.get(key), list) and _first(value, _TEXT_KEYS) is None:
                value = value[key]
                break
        else:
            yield article_from_object(value)
            return
    if not isinstance(value, list):
        yield BadItem(f"JSON holds a {type(value).__name__}, not articles")
        return
    for number, item in enumerate(value, start=1):
        yield article_from_object(item, line=number)


# -- TREC-style XML ---------------------------------------------------------------------

_TREC_DOC_RE = re.compile(r"<DOC>(.*?)(?:</DOC>|\Z)", re.S)
_TREC_FIELD_RE = re.compile(
    r"<(DOCNO|URL|SRC|SOURCE|TITLE|HEADLINE|TIME|DATE|AUTHOR|ABSTRACT|TEXT)>(.*?)</\1>", re.S
)


_TREC_START_RE = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?<DOC>")
_XML_START_RE = re.compile(r"\ufeff?\s*(?:<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF)")


def looks_like_trec(head: str) -> bool:
    return bool(_TREC_START_RE.match(head))


_HTML_ROOT_RE = re.compile(r"<!doctype html|<html[\s>]", re.I)


def looks_like_other_xml(head: str) -> bool:
    """An XML document that is neither TREC nor (X)HTML: RSS, Atom, other XML."""
    return bool(_XML_START_RE.match(head)) and not _HTML_ROOT_RE.search(head)


def parse_trec(text: str) -> Iterator[Article | BadItem]:
    """Documents of a TREC-style file (<DOC><DOCNO>…<TEXT>…</TEXT></DOC>, one or many)."""
    matches = list(_TREC_DOC_RE.finditer(text))
    many = len(matches) > 1
    for match in matches:
        line = text.count("\n", 0, match.start()) + 1 if many else None
        fields: dict[str, str] = {}
        for name, value in _TREC_FIELD_RE.findall(match.group(1)):
            fields.setdefault(name, value)
        body = fields.get("TEXT", "").strip()
        warnings = []
        if not body and fields.get("ABSTRACT", "").strip():
            body = fields["ABSTRACT"].strip()
            warnings.append(("text_from_abstract", "empty <TEXT>; the <ABSTRACT> is used"))
        if not body:
            yield BadItem("empty article text (TREC <TEXT> and <ABSTRACT> are empty)", line)
            continue
        art = Article(raw=body, line=line, warnings=warnings)
        art.id = _meta(fields.get("DOCNO"))
        art.url = _meta(fields.get("URL"))
        art.outlet = _meta(fields.get("SRC") or fields.get("SOURCE"))
        art.title = _meta(fields.get("TITLE") or fields.get("HEADLINE"))
        art.author = _meta(fields.get("AUTHOR"))
        found = _meta(fields.get("TIME") or fields.get("DATE"))
        if found:
            art.published = normalize_date(found)
            if art.published is None:
                art.warnings.append(
                    ("unparsed_published", f"published date not understood: {found!r}")
                )
        yield art


def _meta(value: str | None) -> str | None:
    """A metadata field: entities decoded, whitespace collapsed (never used for offsets)."""
    if value is None:
        return None
    value = " ".join(html.unescape(value).split())
    return value or None


# -- HTML -----------------------------------------------------------------------------------

_HTML_HINT_RE = re.compile(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.I)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def looks_like_html(head: str) -> bool:
    return bool(_HTML_HINT_RE.search(head[:4096]))


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def parse_html(text: str) -> Article | BadItem:
    """Main text and metadata of an HTML page through trafilatura.

    When trafilatura finds no main text (a fragment, a page of one short paragraph) the
    page's whole visible text is used instead, with a warning.
    """
    import trafilatura

    # trafilatura logs page problems at ERROR level; they reach stderr through Python's
    # last-resort handler. rasad reports its own failures instead.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    warnings_: list[tuple[str, str]] = []
    try:
        with warnings.catch_warnings():
            # lxml FutureWarnings from inside trafilatura are noise for our users
            warnings.simplefilter("ignore", FutureWarning)
            result = trafilatura.bare_extraction(
                text,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                # no date guessing from the running text: a wrong date is worse than none
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
            data = (
                {} if result is None else result if isinstance(result, dict) else result.as_dict()
            )
            body = data.get("text") or data.get("raw_text") or ""
            if not body.strip():
                # (a bare fragment without <html>/<body> is wrapped so lxml accepts it)
                body = (
                    trafilatura.html2txt(text)
                    or trafilatura.html2txt(f"<html><body>{text}</body></html>")
                    or ""
                )
                warnings_.append(
                    ("html_no_main_text", "no main text found; the whole visible text is used")
                )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return BadItem(f"HTML extraction failed: {type(exc).__name__}: {exc}")
    if not body.strip():
        return BadItem("HTML page has no text")
    art = Article(raw=body, warnings=warnings_)
    art.title = _meta(data.get("title"))
    art.author = _meta(data.get("author"))
    art.url = _meta(data.get("url"))
    art.outlet = _meta(data.get("sitename")) or _meta(data.get("hostname"))
    art.published = normalize_date(data.get("date"))
    return art
