"""Read the unlabelled raw news in ../shared/data/raw as normalized token sentences.

Three formats: SaudiNewsNet (one ZIP per day holding a JSON array with "content"),
the ANT corpus (TREC-style XML, <TITLE>/<ABSTRACT>/<TEXT>) and bare Windows-1256
newspaper text. Used to train the word embeddings and clusters of the NER model.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from rasad.ner.normalize import normalize

_TOKEN = re.compile(r"[\w\u0600-\u06ff]+|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")
_XML_FIELDS = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
_MARKUP = re.compile(r"<[^>]{0,200}>")


def tokenize(text: str) -> list[str]:
    """Whitespace tokens with punctuation split off (the ANERcorp convention)."""
    return _TOKEN.findall(text)


def cluster_key(token: str) -> str:
    """The form a token is looked up by in the cluster table: normalized, digits as 0."""
    return re.sub(r"\d", "0", normalize(token))


def _documents(raw: Path) -> Iterator[str]:
    for path in sorted((raw / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                for article in json.loads(archive.read(member)):
                    yield (article.get("title") or "") + "\n" + (article.get("content") or "")
    for path in sorted((raw / "antcorpus_jawharafm").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        yield "\n".join(m.group(2) for m in _XML_FIELDS.finditer(text))
    for path in sorted((raw / "newspapers_cp1256").rglob("*.txt")):
        text = path.read_bytes().replace(b"\x00", b"").decode("cp1256", errors="replace")
        yield _MARKUP.sub(" ", text)


def sentences(raw: Path) -> Iterator[list[str]]:
    """Every sentence of the raw news as cluster keys."""
    for doc in _documents(raw):
        for sent in _SENTENCE_END.split(doc):
            tokens = [cluster_key(t) for t in tokenize(sent)]
            if len(tokens) >= 3:
                yield tokens
