"""Decode bytes of Arabic news as found: UTF-8 (with or without BOM), UTF-16, Windows-1256,
ISO-8859-6, with NUL bytes stripped and counted.

The order matters and is chosen for Arabic text:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. UTF-16 without BOM is recognised by the shape of its high bytes (0x00 for ASCII,
   0x06 for the Arabic block);
3. known binary signatures and control-byte noise are rejected;
4. strict UTF-8 (an Arabic text in a legacy code page is never valid UTF-8 for long);
   UTF-8 with a handful of broken sequences is kept, broken bytes become U+FFFD;
5. the legacy Arabic code pages are scored against each other: the one that yields
   more Arabic letters and fewer controls, undefined bytes and stray Latin-1 letters wins
   (ISO-8859-6 text read as Windows-1256 turns ه و ى ي into ç è é ê);
6. charset-normalizer is asked only when the text does not look Arabic at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from rasad.ingest.damage import arabic_letter_count, looks_destroyed

__all__ = ["DecodeError", "Decoded", "decode", "decode_bytes", "arabic_letter_count"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding rasad can read (binary, or undecodable)."""


@dataclass
class Decoded:
    text: str
    encoding: str
    nul_bytes: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)


_BOMS: list[tuple[bytes, str, str]] = [
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
]

# Signatures of common non-text files found in scraped folders.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3\x00", "SQLite database"),
]

_LEGACY_ARABIC = ("cp1256", "iso8859_6")
_PRIOR = {"cp1256": 1}
_ENCODING_NAMES = {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}

# C0 controls that never occur in text (NUL is handled separately; tab, LF, VT, FF, CR and
# ESC are left out: they do occur in old text files).
_CONTROL_BYTES = bytes([b for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 27)])


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def _control_byte_count(data: bytes) -> int:
    # bytes.translate with delete= is a fast C-level count of the kept bytes.
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _binary_signature(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _texty(ch: str) -> bool:
    """Characters an Arabic or Latin news text is made of (for judging a UTF-16 guess)."""
    o = ord(ch)
    return (
        32 <= o < 127
        or ch in "\t\n\r\f\v"
        or 0xA0 <= o <= 0x24F
        or 0x600 <= o <= 0x6FF
        or 0x750 <= o <= 0x77F
        or 0x2000 <= o <= 0x206F
        or 0xFB50 <= o <= 0xFEFF
    )


def _sniff_utf16(data: bytes) -> str | None:
    """Return 'utf-16-le'/'utf-16-be' for BOM-less UTF-16 text, else None."""
    if len(data) < 4:
        return None
    sample = data[:8192]
    # Only plausible when NULs or 0x06 (high byte of the Arabic block) are frequent.
    hi_share = (sample.count(0) + sample.count(6)) / len(sample)
    if hi_share < 0.2:
        return None
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        # High bytes of Arabic/ASCII text are nearly all 0x00 or 0x06 (0x20 for punctuation).
        if (high.count(0) + high.count(6) + high.count(0x20)) / max(len(high), 1) < 0.8:
            continue
        body = data[: len(data) - (len(data) % 2)]
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        head = text[:4096]
        if head and sum(map(_texty, head)) / len(head) >= 0.95:
            return codec
    return None


# The ten most frequent Arabic letters and the article "ال": in short snippets where both
# code pages give only Arabic letters, the right one gives the common letters.
_FREQUENT_LETTERS = "اليمونهرتب"
_ARTICLE = "ال"


def _byte_classes(codec: str) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    """Bytes that ``codec`` maps to Arabic letters, to suspicious characters (undefined,
    C1 controls, Latin-1 letters), to any letter, and to frequent letters; and the bytes
    of the article "ال"."""
    arabic, bad, letters, frequent = bytearray(), bytearray(), bytearray(), bytearray()
    for b in range(256):
        ch = bytes([b]).decode(codec, errors="replace")
        if arabic_letter_count(ch):
            arabic.append(b)
            if ch in _FREQUENT_LETTERS:
                frequent.append(b)
        elif b >= 0x80 and (ch == "\ufffd" or 0x80 <= ord(ch) <= 0x9F or 0xC0 <= ord(ch) <= 0xFF):
            bad.append(b)
        if ch.isalpha():
            letters.append(b)
    return bytes(arabic), bytes(bad), bytes(letters), bytes(frequent), _ARTICLE.encode(codec)


_CLASSES = {codec: _byte_classes(codec) for codec in _LEGACY_ARABIC}


def _count(data: bytes, members: bytes) -> int:
    return len(data) - len(data.translate(None, members))


def _legacy_score(data: bytes, codec: str) -> tuple[int, int, int]:
    """(score, Arabic letters, letters) of reading ``data`` in a single-byte ``codec``.

    Counted on the bytes (fast): Arabic letters, plus frequent letters and the article
    "ال", minus three times the suspicious characters.
    """
    arabic_bytes, bad_bytes, letter_bytes, frequent_bytes, article = _CLASSES[codec]
    arabic = _count(data, arabic_bytes)
    score = (
        arabic
        + _count(data, frequent_bytes)
        + 3 * data.count(article)
        - 3 * _count(data, bad_bytes)
    )
    return score, arabic, _count(data, letter_bytes)


# Double-encoded UTF-8 (UTF-8 bytes shown as Windows-1256/1252 and saved again as UTF-8)
# shows up as runs of ط/ظ (0xD8/0xD9 in cp1256) or Ø/Ù (in cp1252) before another char.
_MOJIBAKE_RE = re.compile(
    "[\u0637\u0638\u00d8\u00d9][\u0080-\u00bf\u0600-\u06ff\u2018-\u203a\u0152-\u02dc]"
)


def _repair_mojibake(text: str) -> tuple[str, str] | None:
    sample = text[:20000]  # deciding on a sample keeps big JSON files fast
    hits = len(_MOJIBAKE_RE.findall(sample))
    if hits < 5 or hits < 0.15 * max(arabic_letter_count(sample), 1):
        return None
    for page in ("cp1256", "cp1252"):
        try:
            fixed = text.encode(page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if arabic_letter_count(fixed[:20000]) > 0.5 * hits:
            return fixed, page
    return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` to text, stripping NUL bytes; raise :class:`DecodeError` on binary input.

    ``declared`` is an encoding named by the container (an HTML ``<meta charset>``); it is
    used only when the bytes decode with it strictly and it is not contradicted by UTF-8.
    """
    if not data:
        return Decoded("", "utf-8")
    # 1. byte-order marks
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec.startswith("utf-16") and len(body) % 2:
                body = body[:-1]
            text = body.decode(codec, errors="replace")
            return _finish(text, name, bad=text.count("\ufffd"))
    # 2. BOM-less UTF-16
    codec = _sniff_utf16(data)
    if codec:
        body = data[: len(data) - (len(data) % 2)]
        return _finish(body.decode(codec), codec)
    # 3. binary files
    what = _binary_signature(data)
    if what:
        raise DecodeError(f"binary file ({what}), not text")
    nul = data.count(0)
    if nul:
        data = data.replace(b"\x00", b"")
        if not data:
            raise DecodeError(f"file holds only NUL bytes ({nul})")
    controls = _control_byte_count(data[:65536])
    if controls > 0.02 * min(len(data), 65536) and controls >= 3:
        raise DecodeError(
            f"binary data, not text ({controls} control bytes in the first {min(len(data), 65536)})"
        )
    # 4. UTF-8
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        fixed = _repair_mojibake(text)
        if fixed:
            result = Decoded(fixed[0], "utf-8", nul)
            result.warnings.append(
                (
                    "mojibake_repaired",
                    f"double-encoded UTF-8 (read as {fixed[1]} and re-saved) was repaired",
                )
            )
            return _add_nul(result)
        return _add_nul(Decoded(text, "utf-8", nul))
    # UTF-8 with a few broken sequences (a truncated or spliced file) stays UTF-8; a quick
    # look at the start rules out legacy code pages, which break on nearly every letter.
    if data[:4096].decode("utf-8", errors="replace").count("\ufffd") <= 2:
        lenient = data.decode("utf-8", errors="replace")
        broken = lenient.count("\ufffd")
        non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore")) - broken
    else:
        lenient, broken, non_ascii = "", 0, 0
    if non_ascii >= 20 and broken <= max(2, 0.005 * non_ascii):
        result = Decoded(lenient, "utf-8", nul)
        result.warnings.append(
            ("invalid_utf8", f"{broken} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
        )
        return _add_nul(result)
    # 5. legacy Arabic code pages (a declared one first, if it decodes strictly)
    candidates = list(_LEGACY_ARABIC)
    declared_codec = _codec_of(declared)
    if declared_codec and declared_codec not in ("utf_8",):
        try:
            text = data.decode(declared_codec)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and declared_codec in ("cp1256", "iso8859_6"):
            return _add_nul(Decoded(text, _ENCODING_NAMES[declared_codec], nul))
    scored = []
    for codec in candidates:
        score, arabic, letters = _legacy_score(data, codec)
        # Windows-1256 is far more common: it wins ties and near-ties (tiny snippets)
        scored.append((score + _PRIOR.get(codec, 0), arabic, letters, codec))
    score, arabic, letters, codec = max(scored, key=lambda s: s[0])
    text = data.decode(codec, errors="replace")
    # Arabic wins when it is a fair share of the letters (or plenty: Arabic mixed with Latin)
    if score > 0 and (arabic >= 200 or arabic >= 0.3 * letters):
        return _add_nul(Decoded(text, _ENCODING_NAMES[codec], nul))
    if looks_destroyed(text):
        # Arabic text whose letters were replaced by '?' upstream: keep the code page
        # guess so the reader can report the destruction rather than a failed decode.
        return _add_nul(Decoded(text, _ENCODING_NAMES[codec], nul))
    # 6. not Arabic: let charset-normalizer guess
    best = from_bytes(data).best()
    if best is not None:
        result = Decoded(str(best), best.encoding, nul)
        result.warnings.append(
            ("encoding_guess", f"no Arabic encoding fits; guessed {best.encoding}")
        )
        return _add_nul(result)
    raise DecodeError("undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")


def _finish(text: str, encoding: str, bad: int = 0) -> Decoded:
    nul = text.count("\x00")
    result = Decoded(text.replace("\x00", "") if nul else text, encoding, nul)
    if bad:
        result.warnings.append(
            ("invalid_bytes", f"{bad} undecodable sequence(s) replaced by U+FFFD")
        )
    return _add_nul(result)


def _add_nul(result: Decoded) -> Decoded:
    if result.nul_bytes:
        result.warnings.append(("nul_bytes", f"{result.nul_bytes} NUL byte(s) removed"))
    return result


def _codec_of(name: str | None) -> str | None:
    if not name:
        return None
    import codecs

    try:
        return codecs.lookup(name.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; NUL bytes are removed.

    Raises :class:`DecodeError` (a ``ValueError``) for binary or undecodable bytes.
    """
    result = decode(data)
    return result.text, result.encoding
