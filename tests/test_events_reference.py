"""Issue 6 point 5: the events of the reference article, through the whole pipeline.

Each expectation is one test. The core of each (type, actor, recipient) is asserted;
the request's date, place and source come from the next sentence (events/link.py).
"""

from __future__ import annotations

import pytest

from rasad.document import Document, Event
from rasad.pipeline import Pipeline, available_stages


@pytest.fixture(scope="module")
def ref_doc(reference_text: str) -> Document:
    pipe = Pipeline(available_stages())
    doc = Document(raw=reference_text, published="2016-09-28", published_source="input", id="ref")
    return pipe(doc)


def _text(ref) -> str:
    if ref is None:
        return ""
    return ref.span.text if ref.span is not None else (ref.entity or "")


def find(
    doc: Document,
    event_type: str,
    actor: tuple[str, ...] = (),
    recipient: tuple[str, ...] = (),
    mode: str | None = None,
) -> list[Event]:
    out = []
    for e in doc.events:
        if e.type != event_type or (mode and e.mode != mode):
            continue
        if actor and not any(a in _text(e.actor) for a in actor):
            continue
        if recipient and not any(r in _text(e.recipient) for r in recipient):
            continue
        out.append(e)
    return out


def describe(doc: Document, event_type: str) -> str:
    return (
        "; ".join(
            f"{e.trigger.text} A={_text(e.actor)!r} R={_text(e.recipient)!r} L={_text(e.location)!r} "
            f"date={e.date.value if e.date else None} mode={e.mode}"
            for e in doc.events
            if e.type == event_type
        )
        or "none"
    )


def test_spans_valid(ref_doc):
    assert ref_doc.validate() == []


def test_request_haftar_russia(ref_doc):
    hits = find(ref_doc, "REQUEST", actor=("حفتر",), recipient=("روسيا",))
    assert hits, describe(ref_doc, "REQUEST")


def test_request_details(ref_doc):
    """The letter sentence carries the request; the next sentence, naming the letter
    again (الرسالة), gives its date, place and source (events/link.py)."""
    hits = [
        e
        for e in find(ref_doc, "REQUEST", actor=("حفتر",), mode="assist")
        if e.date
        and e.date.value
        and e.date.value.startswith("2016-09-27")
        and e.date.date_source == "text"
        and "موسكو" in _text(e.location)
        and e.attribution
        and "military" in e.context
    ]
    assert hits, describe(ref_doc, "REQUEST")
    names = {link.name for link in hits[0].attribution}
    assert any("إزفيستيا" in n for n in names), names
    assert any(link.role == "source" for link in hits[0].attribution)
    assert "روس" in _text(hits[0].recipient)


def test_consult_envoy_in_moscow(ref_doc):
    hits = [
        e
        for e in ref_doc.events
        if e.type == "CONSULT"
        and ("البدري" in _text(e.actor) + _text(e.recipient))
        and e.date
        and (e.date.value or "").startswith("2016-09-27")
    ]
    assert hits, describe(ref_doc, "CONSULT")


def test_consult_envoy_counterpart(ref_doc):
    hits = find(ref_doc, "CONSULT", actor=("البدري", "بوغدانوف"), recipient=("بوغدانوف", "البدري"))
    assert any("موسكو" in _text(e.location) for e in hits), describe(ref_doc, "CONSULT")


def test_consult_haftar_visit_june(ref_doc):
    hits = [
        e
        for e in find(ref_doc, "CONSULT", actor=("حفتر",), recipient=("موسكو",), mode="visit")
        if e.date and (e.date.value or "").startswith("2016-06")
    ]
    assert hits, describe(ref_doc, "CONSULT")


def test_consult_haftar_meetings(ref_doc):
    hits = find(ref_doc, "CONSULT", actor=("حفتر",), recipient=("شويغو", "باتروشيف"))
    assert hits, describe(ref_doc, "CONSULT")


def test_sanction_embargo_2011(ref_doc):
    hits = [
        e
        for e in ref_doc.events
        if e.type == "SANCTION"
        and e.date
        and (e.date.value or "").startswith("2011")
        and "ليبيا" in _text(e.location) + _text(e.recipient)
    ]
    assert hits, describe(ref_doc, "SANCTION")


def test_request_un_envoy(ref_doc):
    hits = find(ref_doc, "REQUEST", actor=("الأمم المتحدة", "كوبلر", "مسؤول"))
    assert hits, describe(ref_doc, "REQUEST")


def test_request_un_envoy_recipient(ref_doc):
    hits = find(ref_doc, "REQUEST", actor=("الأمم المتحدة", "كوبلر", "مسؤول"), recipient=("دول",))
    assert hits, describe(ref_doc, "REQUEST")


def test_support_haftar_parliament(ref_doc):
    hits = find(ref_doc, "SUPPORT", actor=("حفتر",), recipient=("البرلمان",))
    assert hits, describe(ref_doc, "SUPPORT")


def test_accuse_parliament_gna(ref_doc):
    hits = find(ref_doc, "ACCUSE", actor=("البرلمان", "حفتر"), recipient=("حكومة الوفاق",))
    assert hits, describe(ref_doc, "ACCUSE")
