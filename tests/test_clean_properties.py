"""Property tests: cleaning never crashes and copied characters map back exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasad.clean import clean
from rasad.clean.chars import presentation_to_base

_PIECES = st.sampled_from(
    [
        "قال الوزير",
        "في",
        "&",
        "&&",
        "&nbsp;",
        "&amp;",
        "&quot;",
        "&#1604;",
        "&#x644;",
        "&S239;",
        "&amp;nbsp;",
        "&#0;",
        "AT&T",
        "<br>",
        "</p>",
        "<a href='x'>",
        "<",
        " < 5",
        "\r\n",
        "\r",
        "\n",
        "\n\n\n",
        " ",
        "  ",
        "\t",
        "\xa0",
        "\x00",
        "\u200b",
        "\u200f",
        "\u202b",
        "\u2067",
        "\ufeff",
        "\u061c",
        "\u0640",
        "\ufefb",  # lam-alef ligature
        "\ufef5",
        "\ufe8d",
        "\ufdfa",
        "\ufe70",
        "\u2028",
        "١٢٣",
        "اقرأ أيضا",
        "إضغط هنا للإشتراك",
        "تابعونا على تويتر",
        "© 2016",
        "//انتهى//",
        "Next Previous ",
        "إيلاف من موسكو: ",
        ".",
        "***",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)


def _check(raw: str) -> None:
    result = clean(raw)
    text, alignment = result.text, result.alignment
    # every char that can be verified as copied must map onto itself in the raw input
    for i, ch in enumerate(text):
        j = alignment.to_raw(i)
        assert 0 <= j < len(raw), (i, j)
        if raw[j] != ch:
            # only replacements may differ: a space, a newline, a decoded entity or a base form
            assert ch in " \n" or raw[j] in "&" or presentation_to_base(raw[j]) != raw[j], (
                i,
                ch,
                raw[j],
            )
    assert alignment.clean == sorted(alignment.clean)
    for r in result.removed:
        assert 0 <= r.raw_start <= r.raw_end <= len(raw)
        assert raw[r.raw_start : r.raw_end] == r.text
    for block in result.blocks:
        assert text[block.start : block.end] == block.text
        assert "\n" not in block.text and block.text == block.text.strip()
    # no irregular whitespace survives
    assert "  " not in text and "\n\n\n" not in text and "\r" not in text
    assert text == text.strip()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_clean_never_crashes_and_offsets_round_trip(raw: str) -> None:
    _check(raw)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode(raw: str) -> None:
    _check(raw)


def test_copied_chars_identity_on_plain_text() -> None:
    raw = "سطر أول\nسطر ثان فيه كلام."
    result = clean(raw)
    assert result.text == raw
    assert result.alignment.clean == []
