"""Cross-sentence continuations (events/link.py) on constructed sentences.

A later sentence that repeats, with the article, the noun that carried an event gives
that event its date, place and source; a different noun, an indefinite noun, a sentence
too far away or a noun that is its own event with another actor gives nothing.
"""

from __future__ import annotations

import pytest

from rasad.document import Document, Event
from rasad.events import link
from rasad.events.features import analyse
from rasad.pipeline import Pipeline, available_stages

PUBLISHED = "2017-03-20"
LETTER = "وجه وزير الخارجية المصري سامح شكري رسالة إلى الحكومة الإثيوبية يطالب فيها بوقف بناء السد."
FILLER = "وتشهد المنطقة موجة حر شديدة هذا الأسبوع."


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(available_stages())


def run(pipe: Pipeline, text: str) -> Document:
    doc = Document(raw=text, published=PUBLISHED, published_source="input", id="t")
    return pipe(doc)


def first(doc: Document, event_type: str, sentence: int = 0) -> Event:
    hits = [e for e in doc.events if e.type == event_type and e.sentence == sentence]
    assert hits, [(e.type, e.sentence, e.trigger.text) for e in doc.events]
    return hits[0]


def test_stem_matches_article_clitics_and_pronouns():
    assert link.stem("برساله") == link.stem("الرساله") == link.stem("رسالته") == "رساله"
    assert link.stem("طلبا") == link.stem("الطلب") == link.stem("للطلب") == "طلب"
    assert link.stem("وبالاتفاق") == "اتفاق"
    assert link.definite("والهجوم") and not link.definite("هجوم")


def test_carriers_of_a_message_clause():
    a = analyse("بعث الرئيس إلى نظيره برسالة يطلب فيها المساعدة")
    trig = next(t.index for t in a.triggers if t.type == "REQUEST")
    assert [a.tokens[j].norm for j in link.carrier_tokens(a, trig, set())] == ["يطلب", "برساله"]
    a = analyse("طالب المجلس في بيان بالإفراج عن المعتقلين")
    trig = next(t.index for t in a.triggers if t.type == "REQUEST")
    assert "بيان" in [a.tokens[j].norm for j in link.carrier_tokens(a, trig, set())]
    # a subject before the verb is not a carrier (no resumptive, no relative pronoun)
    a = analyse("الحكومة تطالب بالإفراج عن المعتقلين")
    trig = next(t.index for t in a.triggers if t.type == "REQUEST")
    assert link.carrier_tokens(a, trig, set()) == [trig]


def test_letter_continuation_gives_date_place_source(pipe):
    doc = run(
        pipe,
        LETTER + " وقالت مصادر دبلوماسية إن الرسالة سلمت يوم الأحد 12 مارس 2017 في أديس أبابا.",
    )
    ev = first(doc, "REQUEST")
    assert "شكري" in ev.actor.span.text
    assert "الحكومة" in ev.recipient.span.text
    assert ev.mode == "yield"  # وقف: what is asked
    assert ev.date.value == "2017-03-12" and ev.date.date_source == "text"
    assert ev.date.time in {t.id for t in doc.times}
    assert "أديس أبابا" in ev.location.span.text
    assert ev.attribution
    assert doc.validate() == []


def test_noun_trigger_continuation(pipe):
    doc = run(
        pipe,
        "بدأ الرئيس التونسي الباجي قائد السبسي زيارة رسمية إلى الجزائر. "
        "وقالت الرئاسة إن الزيارة بدأت صباح الأحد 5 مارس 2017.",
    )
    ev = first(doc, "CONSULT")
    assert ev.mode == "visit" and "الرئيس" in ev.actor.span.text
    assert ev.date.value == "2017-03-05" and ev.date.date_source == "text"


def test_two_sentences_on_still_links(pipe):
    doc = run(pipe, LETTER + " " + FILLER + " وسلمت الرسالة يوم الأحد 12 مارس 2017.")
    assert first(doc, "REQUEST").date.value == "2017-03-12"


def test_too_far_does_not_link(pipe):
    doc = run(pipe, LETTER + " " + FILLER + " " + FILLER + " وسلمت الرسالة يوم الأحد 12 مارس 2017.")
    ev = first(doc, "REQUEST")
    assert ev.date.date_source == "published" and ev.date.value == PUBLISHED


def test_different_noun_does_not_link(pipe):
    doc = run(pipe, LETTER + " وقالت مصادر إن البيان صدر يوم الأحد 12 مارس 2017 في القاهرة.")
    ev = first(doc, "REQUEST")
    assert ev.date.date_source == "published"
    assert ev.attribution is None


def test_indefinite_noun_does_not_link(pipe):
    doc = run(pipe, LETTER + " وقالت مصادر إن رسالة أخرى سلمت يوم الأحد 12 مارس 2017.")
    assert first(doc, "REQUEST").date.date_source == "published"


def test_later_noun_with_its_own_actor_does_not_link(pipe):
    # the second sentence is a new visit by another party: its date is not the first one's
    doc = run(
        pipe,
        "بدأ الرئيس التونسي الباجي قائد السبسي زيارة رسمية إلى الجزائر. "
        "واختتم وزير الخارجية الفرنسي الزيارة التي قام بها إلى المغرب يوم الأحد 5 مارس 2017.",
    )
    ev = first(doc, "CONSULT")
    assert ev.date.date_source == "published"


def test_link_can_be_switched_off():
    pipe = Pipeline(available_stages(), events={"link": False})
    doc = run(
        pipe,
        LETTER + " وقالت مصادر دبلوماسية إن الرسالة سلمت يوم الأحد 12 مارس 2017 في أديس أبابا.",
    )
    assert first(doc, "REQUEST").date.date_source == "published"


def test_noun_governed_by_another_noun_does_not_link(pipe):
    # "لهجة الرسالة": the later clause is about the tone, on its own date
    doc = run(pipe, LETTER + " وانتقدت المعارضة لهجة الرسالة يوم الأحد 12 مارس 2017.")
    assert first(doc, "REQUEST").date.date_source == "published"
    assert link.subject_position(analyse("وسلمت الرسالة امس"), 1)
    assert not link.subject_position(analyse("ضغوطا لعرقلة الاتفاق"), 2)


def test_dual_cases_name_the_same_party():
    from rasad.document import Ref, Span

    a = Ref(span=Span(start=0, end=7, text="امرأتين"))
    b = Ref(span=Span(start=0, end=7, text="امرأتان"))
    assert link.same_party(a, b)
