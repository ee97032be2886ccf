"""Ingestion on fixtures written for these tests: encodings, formats, archives, bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.document import Document, Failure
from rasad.ingest import DecodeError, decode, decode_bytes, read_inputs
from rasad.ingest.formats import normalize_date

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

# Our own sentences (not taken from any corpus).
ARTICLE = (
    "أعلنت وزارة الزراعة اليوم عن خطة لزراعة مليون شجرة في المناطق الجنوبية خلال العامين المقبلين.\n"
    "وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع الشتلات مجانا على المزارعين.\n"
    "وتأمل الوزارة أن تساعد الأشجار في الحد من التصحر وتحسين جودة الهواء."
)
SHORT = "قال الوزير إن الاجتماع ناجح"


def read_all(paths, **kwargs) -> tuple[list[Document], list[Failure]]:
    docs, failures = [], []
    for item in read_inputs([str(p) for p in paths], **kwargs):
        (failures if isinstance(item, Failure) else docs).append(item)
    return docs, failures


# -- decoding ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # without BOM, sniffed
        ("utf-16-be", "utf-16-be"),
        ("cp1256", "windows-1256"),
        ("iso8859_6", "iso-8859-6"),
    ],
)
@pytest.mark.parametrize("text", [ARTICLE, SHORT], ids=["article", "sentence"])
def test_decode_each_encoding(codec, expected, text):
    decoded, encoding = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding == expected


def test_cp1256_and_iso_8859_6_are_told_apart_on_short_words():
    for word in ["هو", "و", "يوم", "في", "ولي"]:
        assert decode_bytes(word.encode("cp1256")) == (word, "windows-1256")
        assert decode_bytes(word.encode("iso8859_6")) == (word, "iso-8859-6")


def test_crlf_is_kept():
    text = ARTICLE.replace("\n", "\r\n")
    for codec in ("utf-8", "cp1256", "utf-16"):
        assert decode_bytes(text.encode(codec))[0] == text


def test_nul_bytes_are_removed_and_counted():
    data = ARTICLE.encode("cp1256") + b"\r\n\x00"
    result = decode(data)
    assert result.text == ARTICLE + "\r\n"
    assert result.nul_bytes == 1
    assert ("nul_bytes", "1 NUL byte(s) removed") in result.warnings
    assert decode_bytes(b"abc\x00def")[0] == "abcdef"


def test_binary_input_raises_decode_error():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with pytest.raises(DecodeError, match="PNG"):
        decode_bytes(png)
    noise = random.Random(7).randbytes(4096)
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(noise)
    with pytest.raises(ValueError):  # DecodeError is a ValueError
        decode_bytes(b"\x00\x00\x00")


def test_utf8_with_a_broken_byte_stays_utf8():
    data = ARTICLE.encode("utf-8")
    data = data[:50] + b"\xff" + data[50:]
    result = decode(data)
    assert result.encoding == "utf-8"
    assert result.text.count("\ufffd") == 1
    assert result.warnings[0][0] == "invalid_utf8"


def test_double_encoded_utf8_is_repaired():
    mojibake = ARTICLE.encode("utf-8").decode("cp1256")
    result = decode(mojibake.encode("utf-8"))
    assert result.text == ARTICLE
    assert result.warnings[0][0] == "mojibake_repaired"


def test_latin_text_falls_back_to_a_guess():
    text = "Le ministre a annoncé une réforme très attendue à la fin de l'été."
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    decoded, _ = decode_bytes(text.encode("cp1252"))
    assert "ministre" in decoded


# -- plain text files and folders ---------------------------------------------------------


def test_text_file_in_cp1256(tmp_path):
    path = tmp_path / "news.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("cp1256") + b"\x00")
    (doc,), failures = read_all([path])
    assert not failures
    assert doc.raw == ARTICLE.replace("\n", "\r\n")  # CRLF kept, NUL gone
    assert doc.encoding == "windows-1256"
    assert doc.source.path == str(path)
    assert [w.code for w in doc.warnings] == ["nul_bytes"]
    assert len(doc.id) == 16
    assert doc.published is None and doc.published_source == "none"
    # the id is stable across runs
    (again,), _ = read_all([path])
    assert again.id == doc.id


def test_unknown_extension_is_sniffed_as_text(tmp_path):
    path = tmp_path / "article.dat"
    path.write_bytes(ARTICLE.encode("utf-16"))
    (doc,), _ = read_all([path])
    assert doc.raw == ARTICLE and doc.encoding == "utf-16"


def test_text_starting_with_a_bracket_stays_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("[عاجل] " + ARTICLE, encoding="utf-8")
    (doc,), failures = read_all([path])
    assert not failures and doc.raw.startswith("[عاجل]")


def test_folder_is_walked_recursively_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(SHORT + " ٢", encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text(SHORT + " ١", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(SHORT, encoding="utf-8")
    docs, failures = read_all([tmp_path])
    assert not failures
    assert [Path(d.source.path).relative_to(tmp_path).as_posix() for d in docs] == [
        "a/1.txt",
        "b/2.txt",
    ]


def test_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    docs, failures = read_all([tmp_path])
    assert len(docs) == 1 and not failures


def test_html_fragment_uses_the_visible_text(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text(f"<p>{SHORT}</p>", encoding="utf-8")
    (doc,), _ = read_all([path])
    assert doc.raw == SHORT
    assert [w.code for w in doc.warnings] == ["html_no_main_text"]


def test_reading_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{SHORT} {i}", encoding="utf-8")

    def paths():
        yield str(tmp_path / "0.txt")
        raise AssertionError("the second path was asked for before the first was used")

    items = read_inputs(paths())
    assert isinstance(next(items), Document)


def test_bad_files_become_failures_and_the_rest_goes_on(tmp_path):
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_blank.txt").write_bytes(b" \r\n\t\r\n")
    (tmp_path / "3_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "4_noise.bin").write_bytes(random.Random(1).randbytes(3000))
    (tmp_path / "5_good.txt").write_text(ARTICLE, encoding="utf-8")
    docs, failures = read_all([tmp_path, tmp_path / "missing.txt"])
    assert [d.raw for d in docs] == [ARTICLE]
    reasons = {Path(f.path).name: f.reason for f in failures}
    assert reasons["1_empty.txt"] == "empty file"
    assert reasons["2_blank.txt"] == "empty file (only whitespace)"
    assert "PNG" in reasons["3_image.txt"]
    assert "binary" in reasons["4_noise.bin"]
    assert reasons["missing.txt"] == "cannot read: no such file or directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_a_failure(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SHORT, encoding="utf-8")
    path.chmod(0)
    _, (failure,) = read_all([path])
    assert failure.reason == "cannot read: permission denied"


def test_permission_error_is_a_failure(tmp_path, monkeypatch):
    # Root reads anything, so simulate what a locked file raises.
    path = tmp_path / "locked.txt"
    path.write_text(SHORT, encoding="utf-8")

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("rasad.ingest.reader.open", locked, raising=False)
    _, (failure,) = read_all([path])
    assert (failure.path, failure.reason) == (str(path), "cannot read: permission denied")


def test_path_through_a_file_is_a_failure(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SHORT, encoding="utf-8")
    _, (failure,) = read_all([path / "child.txt"])
    assert failure.reason == "cannot read: not a directory"


def test_destroyed_text_is_a_failure_not_garbage(tmp_path):
    # What an Arabic text looks like after a code page without Arabic letters ate it.
    destroyed = " ".join("?" * len(w) for w in ARTICLE.split()) + " 2015"
    path = tmp_path / "lost.txt"
    path.write_bytes(destroyed.encode("cp1256"))
    docs, (failure,) = read_all([path])
    assert not docs
    assert failure.reason == "text destroyed at source: Arabic letters replaced by '?'"


def test_question_mark_debris_is_kept_with_a_warning(tmp_path):
    words = ARTICLE.split()
    text = " ".join(f"?{w}?" if i % 2 else w for i, w in enumerate(words))
    path = tmp_path / "debris.txt"
    path.write_bytes(text.encode("cp1256"))
    (doc,), _ = read_all([path])
    assert "question_mark_debris" in [w.code for w in doc.warnings]


# -- JSON Lines and JSON ---------------------------------------------------------------------


def test_jsonl_with_a_malformed_line():
    docs, failures = read_all([FIXTURES / "articles.jsonl"])
    assert [d.source.line for d in docs] == [1, 4]
    first = docs[0]
    assert first.id == "wire-001"
    assert first.title == "ارتفاع أسعار الخضر في الأسواق"
    assert (first.published, first.published_source) == ("2023-11-02", "input")
    assert first.source.url == "https://wire.example.com/1"
    assert first.source.outlet == "وكالة المثال"
    assert first.source.author == "نادية سالم"
    assert docs[1].published == "2023-11-03T08:00:00+00:00"
    assert len(docs[1].id) == 16
    by_line = {f.line: f.reason for f in failures}
    assert set(by_line) == {2, 5, 6}
    assert by_line[2].startswith("malformed JSON")
    assert "no article text" in by_line[5]
    assert "expected a JSON object" in by_line[6]


@pytest.mark.parametrize("name", ["wire.jsonl", "wire.json", "wire.txt"])
@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_jsonl_under_any_name_and_encoding(tmp_path, name, codec):
    path = tmp_path / name
    path.write_bytes((FIXTURES / "articles.jsonl").read_text(encoding="utf-8").encode(codec))
    docs, failures = read_all([path])
    assert [d.id for d in docs][:1] == ["wire-001"] and len(docs) == 2
    assert [f.line for f in failures] == [2, 5, 6]


def test_jsonl_with_long_lines_inside_a_zip(tmp_path):
    long_text = " ".join([ARTICLE] * 200)  # lines far longer than any peek buffer
    lines = "\n".join(json.dumps({"id": f"L{i}", "text": long_text}) for i in range(3))
    path = tmp_path / "long.zip"
    path.write_bytes(_zip_bytes({"dump.json": lines.encode("utf-8"), "dump.txt": lines.encode()}))
    docs, failures = read_all([path])
    assert not failures
    assert [d.id for d in docs] == ["L0", "L1", "L2"] * 2
    assert docs[0].raw == long_text


def test_one_line_json_document(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "o1", "text": SHORT}, ensure_ascii=False), encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert doc.id == "o1" and doc.raw == SHORT


def test_published_fallback_from_the_caller():
    docs, _ = read_all([FIXTURES / "articles.jsonl"], published="2024-02-01")
    assert [(d.published, d.published_source) for d in docs] == [
        ("2023-11-02", "input"),
        ("2023-11-03T08:00:00+00:00", "input"),
    ]
    with pytest.raises(ValueError, match="not a date"):
        next(read_inputs([str(FIXTURES / "articles.jsonl")], published="yesterday"))


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+00:00"),
        ("٢٠٢٤-٠٣-٠٥", "2024-03-05"),
        ("05/03/2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 09:30:00 +0300", "2024-03-05T09:30:00+03:00"),
        (1709631000, "2024-03-05T09:30:00+00:00"),
        (1709631000000, "2024-03-05T09:30:00+00:00"),
        ("الأسبوع الماضي", None),
        ("", None),
    ],
)
def test_input_dates_are_normalized(found, expected):
    assert normalize_date(found) == expected


def test_published_fallback_applies_to_undated_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SHORT, encoding="utf-8")
    (doc,), _ = read_all([path], published="2016-01-31")
    assert (doc.published, doc.published_source) == ("2016-01-31", "cli")


def _saudi_like(n: int) -> list[dict]:
    return [
        {
            "source": "example-daily",
            "url": f"http://daily.example.com/{i}",
            "date_extracted": "2015-07-21 02:51:32",
            "title": f"عنوان الخبر رقم {i}",
            "author": "الرياض: كاتب المثال",
            "content": f"{SHORT} في اليوم {i}.",
        }
        for i in range(n)
    ] + [{"source": "example-daily", "title": "بلا نص", "content": "   "}]


def test_json_array_file_with_saudinewsnet_keys(tmp_path):
    path = tmp_path / "day.json"
    path.write_text(json.dumps(_saudi_like(3), ensure_ascii=False, indent=1), encoding="utf-8")
    docs, (failure,) = read_all([path])
    assert len(docs) == 3
    doc = docs[1]
    assert doc.source.outlet == "example-daily"
    assert doc.source.url == "http://daily.example.com/1"
    assert doc.source.author == "الرياض: كاتب المثال"
    assert doc.title == "عنوان الخبر رقم 1"
    assert (doc.published, doc.published_source) == ("2015-07-21T02:51:32", "input")
    assert "published_from_extraction_date" in [w.code for w in doc.warnings]
    assert doc.source.line == 2  # item number in the array
    assert (failure.line, failure.reason) == (4, "empty article text")


def test_malformed_json_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "نص"}, {"text": ', encoding="utf-8")
    _, (failure,) = read_all([path])
    assert failure.reason.startswith("malformed JSON")


# -- archives and stdin ---------------------------------------------------------------------


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


ZIP_MEMBERS = {
    "day/2015-07-21.json": json.dumps(_saudi_like(2), ensure_ascii=False).encode("utf-8"),
    "day/note.txt": ARTICLE.encode("cp1256"),
    "day/wire.jsonl": (
        json.dumps({"id": "z-1", "text": SHORT}, ensure_ascii=False) + "\n{oops\n"
    ).encode("utf-8"),
    "__MACOSX/day/._note.txt": b"\x00\x05\x16\x07",
    "day/.DS_Store": b"\x00\x00\x00\x01Bud1",
}


def test_zip_read_in_place(tmp_path):
    path = tmp_path / "bundle.zip"
    path.write_bytes(_zip_bytes(ZIP_MEMBERS))
    docs, failures = read_all([path])
    assert [d.source.path for d in docs] == [
        f"{path}!day/2015-07-21.json",
        f"{path}!day/2015-07-21.json",
        f"{path}!day/note.txt",
        f"{path}!day/wire.jsonl",
    ]
    assert docs[2].raw == ARTICLE and docs[2].encoding == "windows-1256"
    assert docs[3].id == "z-1"
    reasons = {(f.member, f.line): f.reason for f in failures}
    assert reasons[("day/2015-07-21.json", 3)] == "empty article text"
    assert reasons[("day/wire.jsonl", 2)].startswith("malformed JSON")
    assert all(f.path == str(path) for f in failures)
    assert not list(tmp_path.glob("day*"))  # nothing extracted to disk


def test_nested_zip_and_wrapped_json_array(tmp_path):
    wrapped = json.dumps({"articles": [{"text": SHORT, "id": "w1"}]}, ensure_ascii=False)
    inner = _zip_bytes({"feed.json": wrapped.encode("utf-8")})
    path = tmp_path / "outer.zip"
    path.write_bytes(_zip_bytes({"inner.zip": inner}))
    (doc,) = read_inputs([str(path)])
    assert doc.id == "w1" and doc.source.path == f"{path}!inner.zip!feed.json"


def test_corrupt_zip_is_a_failure(tmp_path):
    path = tmp_path / "bad.zip"
    path.write_bytes(_zip_bytes(ZIP_MEMBERS)[:100])
    _, (failure,) = read_all([path])
    assert "ZIP" in failure.reason


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress((FIXTURES / "articles.jsonl").read_bytes()))
    docs, failures = read_all([path])
    assert [d.id for d in docs][0] == "wire-001" and len(docs) == 2 and len(failures) == 3


@pytest.mark.parametrize(
    ("data", "expected_raw", "expected_encoding"),
    [
        (ARTICLE.encode("cp1256"), ARTICLE, "windows-1256"),
        (ARTICLE.encode("utf-16"), ARTICLE, "utf-16"),
        (
            (json.dumps({"id": "s1", "text": SHORT}, ensure_ascii=False) + "\n").encode(),
            SHORT,
            "utf-8",
        ),
    ],
)
def test_stdin_formats_are_detected(data, expected_raw, expected_encoding):
    (doc,) = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert doc.raw == expected_raw and doc.encoding == expected_encoding
    assert doc.source.path == "-"


def test_stdin_zip_and_empty():
    items = list(read_inputs(["-"], stdin=io.BytesIO(_zip_bytes(ZIP_MEMBERS))))
    assert sum(isinstance(i, Document) for i in items) == 4
    (failure,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert (failure.path, failure.reason) == ("-", "empty file")


def test_nul_bytes_in_a_json_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    line = json.dumps({"text": SHORT}, ensure_ascii=False).encode("utf-8")
    path.write_bytes(line[:5] + b"\x00" + line[5:] + b"\n" + line + b"\n")
    docs, failures = read_all([path])
    assert not failures and [d.raw for d in docs] == [SHORT, SHORT]
    assert [w.code for w in docs[0].warnings] == ["nul_bytes"] and not docs[1].warnings


def test_rss_feed_is_reported_not_stored_as_text(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?><rss><channel><item><title>{SHORT}</title></item></channel></rss>',
        encoding="utf-8",
    )
    _, (failure,) = read_all([path])
    assert failure.reason.startswith("unsupported XML")


def test_trec_after_an_xml_declaration(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<DOC><DOCNO>x-1</DOCNO><TEXT>{SHORT}</TEXT></DOC>',
        encoding="utf-8",
    )
    (doc,) = read_inputs([str(path)])
    assert (doc.id, doc.raw) == ("x-1", SHORT)


# -- TREC and HTML ---------------------------------------------------------------------------


def test_trec_documents():
    docs, failures = read_all([FIXTURES / "trec_three_docs.txt"])
    first, second = docs
    assert first.id == "TEST-economy-1-20240105"
    assert first.title == "افتتاح سوق الفلاحين في المدينة القديمة"
    assert first.source.outlet == "Radio Example"
    assert first.source.url.startswith("http://radio.example.tn/ar/article/")
    assert (first.published, first.published_source) == ("2024-01-05T10:15:00+01:00", "input")
    assert first.raw.startswith("افتتحت البلدية صباح الجمعة")
    assert first.raw.endswith("إلى شهر جوان.")
    assert first.source.line == 1
    assert second.title == "فوز الفريق المحلي & تأهله إلى النهائي"
    assert second.raw == "فاز الفريق المحلي مساء السبت."
    assert [w.code for w in second.warnings] == ["text_from_abstract"]
    (failure,) = failures
    assert failure.line == 29  # the third <DOC> of the file
    assert failure.reason == "empty article text (TREC <TEXT> and <ABSTRACT> are empty)"


def test_html_page():
    (doc,), failures = read_all([FIXTURES / "article.html"])
    assert not failures
    assert doc.title == "افتتاح مكتبة عامة جديدة في حي الزيتون"
    assert doc.source.author == "سلمى الراشد"
    assert doc.source.outlet == "صحيفة الواحة"
    assert doc.source.url == "https://news.example.org/culture/library-opening"
    assert doc.published and doc.published.startswith("2024-03-05")
    assert "تضم أكثر من عشرين ألف كتاب" in doc.raw
    assert "مكتبتين أخريين" in doc.raw
    assert "الرئيسية" not in doc.raw  # navigation is not main text
    assert "جميع الحقوق محفوظة" not in doc.raw


def test_html_in_windows_1256_is_sniffed(tmp_path):
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    path = tmp_path / "page"  # no extension: sniffed as HTML
    path.write_bytes(page.encode("cp1256"))
    (doc,), _ = read_all([path])
    assert doc.encoding == "windows-1256"
    assert "تضم أكثر من عشرين ألف كتاب" in doc.raw


# -- robustness -----------------------------------------------------------------------------

_SEEDS = [
    b'{"text": "\xd9\x86\xd8\xb5"}\n',
    b"<DOC><DOCNO>x</DOCNO><TEXT>a</TEXT></DOC>",
    b"<html><body><p>x</p></body></html>",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"[",
    b"\xff\xfe",
    b"\x00",
    SHORT.encode("cp1256"),
    SHORT.encode("utf-16-le"),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SEEDS), st.binary(max_size=40)), max_size=6))
def test_any_bytes_give_documents_or_failures(parts):
    data = b"".join(parts)
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Failure):
            assert item.reason


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_decode_raises_only_decode_error(data):
    try:
        text, encoding = decode_bytes(data)
    except DecodeError:
        return
    assert "\x00" not in text and encoding
