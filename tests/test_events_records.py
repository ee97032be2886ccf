"""Event records an analyst can count, on constructed articles.

* the headline's event is the lead's event announced: one record, the headline trigger
  kept as supporting evidence (events/link.py merge_headline);
* a headline event that the body does not tell, or tells with other parties, stays.
"""

from __future__ import annotations

import pytest

from rasad.document import Document, Event, Ref, Span
from rasad.events import link
from rasad.pipeline import Pipeline, available_stages

PUBLISHED = "2018-05-02"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(available_stages())


def run(pipe: Pipeline, text: str) -> Document:
    doc = pipe(Document(raw=text, published=PUBLISHED, published_source="input", id="t"))
    assert doc.validate() == []
    return doc


def text(ref) -> str:
    return ref.span.text if ref is not None and ref.span is not None else ""


def of_type(doc: Document, event_type: str) -> list[Event]:
    return [e for e in doc.events if e.type == event_type]


# ---- headline and lead ------------------------------------------------------------------
def test_headline_arrest_merges_into_lead(pipe):
    doc = run(
        pipe,
        "الشرطة تعتقل عشرة متظاهرين في بغداد\n"
        "اعتقلت الشرطة العراقية يوم الأحد عشرة متظاهرين في ساحة التحرير وسط بغداد.\n"
        "وقال شهود إن المتظاهرين طالبوا بتحسين الخدمات.\n",
    )
    arrests = of_type(doc, "COERCE")
    assert len(arrests) == 1, [e.trigger.text for e in arrests]
    ev = arrests[0]
    assert ev.trigger.text == "اعتقلت"  # the body's trigger and sentence
    assert [s.text for s in ev.supporting] == ["تعتقل"]
    assert "الشرطة" in text(ev.actor) and "متظاهرين" in text(ev.recipient)


def test_headline_attack_merges_with_its_date_and_place(pipe):
    doc = run(
        pipe,
        "مسلحون يهاجمون قرية في شمال نيجيريا\n"
        "هاجم مسلحون مجهولون فجر السبت قرية في ولاية كادونا شمال نيجيريا وقتلوا عشرين شخصا.\n"
        "وقالت الشرطة إنها فتحت تحقيقا في الهجوم.\n",
    )
    told = [e for e in of_type(doc, "ASSAULT") if e.supporting]
    assert len(told) == 1
    ev = told[0]
    assert ev.date is not None and ev.date.date_source == "text"
    assert "كادونا" in text(ev.location)
    assert not any(e.sentence == 0 for e in of_type(doc, "ASSAULT"))


def test_headline_visit_prefers_the_visit_over_the_talks(pipe):
    doc = run(
        pipe,
        "وزير الخارجية الإيطالي يزور الجزائر\n"
        "وصل وزير الخارجية الإيطالي أنطونيو بيرتي إلى الجزائر أمس في زيارة رسمية تستمر يومين.\n"
        "والتقى بيرتي خلال الزيارة الرئيس الجزائري وبحث معه العلاقات الثنائية.\n",
    )
    visits = [e for e in of_type(doc, "CONSULT") if e.supporting]
    assert len(visits) == 1 and visits[0].mode == "visit"
    assert visits[0].salience == "reported"  # the headline tells it
    assert "بيرتي" in text(visits[0].actor) or "الإيطالي" in text(visits[0].actor)


def test_headline_with_other_parties_stays(pipe):
    doc = run(
        pipe,
        "مصر تتهم تركيا بدعم الجماعات المسلحة\n"
        "اتهمت الحكومة الليبية أمس قطر بتمويل الميليشيات في طرابلس.\n"
        "وقال المتحدث باسم الحكومة إن لديها أدلة.\n",
    )
    accusations = of_type(doc, "ACCUSE")
    assert len(accusations) == 2
    assert not any(e.supporting for e in accusations)


def _ref(start: int, words: str, entity: str | None = None, country: str | None = None) -> Ref:
    return Ref(
        entity=entity, span=Span(start=start, end=start + len(words), text=words), country=country
    )


def test_same_party():
    state = _ref(0, "روسيا", entity="e4", country="RUS")
    assert link.same_party(state, _ref(10, "القيادة الروسية", country="RUS"))
    assert link.same_party(_ref(0, "رئيس وزراء اليونان"), _ref(9, "رئيس الوزراء اليوناني"))
    # a title word alone is no evidence
    assert not link.same_party(_ref(0, "وزير الخارجية"), _ref(9, "وزير الدفاع"))
    # two named entities of one country are two parties
    assert not link.same_party(
        _ref(0, "موسكو", entity="e1", country="RUS"), _ref(9, "بوتين", entity="e2", country="RUS")
    )
    assert link.same_party(state, None) is None
