"""Property tests: segmentation never crashes and every span round-trips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.document import Document
from rasad.text import SegmentStage, analyze, normalize, segment

# Arabic letters, marks, digits and the punctuation the splitter cares about, mixed
# with arbitrary Unicode so that odd characters are exercised too.
ARABIC_ALPHABET = (
    "".join(chr(c) for c in range(0x0621, 0x0656))
    + "٠١٢٣٤٥٦٧٨٩٫٬0123456789۰۱۲"
    + " \n\t.,،؛؟?!:«»“”\"'()…ـ%/"
    + "abcXYZ"
)
arabic_text = st.text(alphabet=ARABIC_ALPHABET, max_size=300)
any_text = st.text(max_size=200)


def check_spans(text: str) -> None:
    sentences, tokens = segment(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.start <= t.stem_start <= t.stem_end <= t.end
        assert 0 <= t.sentence < len(sentences)
        sent = sentences[t.sentence]
        assert sent.start <= t.start and t.end <= sent.end
        assert t.norm == normalize(t.text)
    # every non-space character is inside a token
    covered = sum(t.end - t.start for t in tokens)
    assert covered == sum(1 for ch in text if not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_segment_round_trips_on_arabic_like_text(text: str) -> None:
    check_spans(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_segment_round_trips_on_any_unicode(text: str) -> None:
    check_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="".join(chr(c) for c in range(0x0621, 0x0671)), min_size=1, max_size=12))
def test_analyze_offsets_inside_word(word: str) -> None:
    a = analyze(word)
    assert 0 <= a.stem_start <= a.stem_end <= len(word)


@settings(max_examples=100, deadline=None)
@given(arabic_text)
def test_stage_output_validates(text: str) -> None:
    doc = SegmentStage()(Document(text=text))
    assert doc.validate() == []
