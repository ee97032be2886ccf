"""The "quotes" stage on short invented news text (NER replaced by given names)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers_quotes import analyse, quote_starting, speaker_text
from rasad.document import Document
from rasad.entities import EntitiesStage
from rasad.quotes import QuotesStage


def test_direct_quote_with_verb_subject_order():
    doc = analyse(
        "وقال الوزير خالد العلي للصحفيين: «نحن مستعدون للحوار مع الجميع».",
        [("خالد العلي", "PERSON")],
    )
    q = quote_starting(doc, "نحن مستعدون")
    assert q.kind == "direct"
    assert speaker_text(doc, q) == "خالد العلي"
    assert q.cue is not None and q.cue.text == "قال"
    assert doc.text[q.start : q.end] == q.text
    assert not doc.validate()


def test_indirect_quote_subject_before_verb():
    doc = analyse("العلي قال إن الحكومة ستخفض الضرائب العام المقبل.", [("العلي", "PERSON")])
    q = quote_starting(doc, "الحكومة ستخفض")
    assert q.kind == "indirect"
    assert speaker_text(doc, q) == "العلي"


def test_elided_subject_keeps_the_last_speaker():
    text = (
        "أكدت الوزيرة سلمى الحسن أن الميزانية متوازنة. "
        "وأضافت أن العجز سينخفض. وأشارت أيضا إلى أن الاستثمار ارتفع."
    )
    doc = analyse(text, [("سلمى الحسن", "PERSON")])
    for start in ("الميزانية متوازنة", "العجز سينخفض", "الاستثمار ارتفع"):
        assert speaker_text(doc, quote_starting(doc, start)) == "سلمى الحسن"


def test_gender_of_the_verb_picks_the_speaker():
    text = (
        "قالت الوزيرة سلمى الحسن إن الخطة جاهزة. وقال المدير سامي يوسف إن التنفيذ يبدأ غدا. "
        "وأضافت أن التمويل مضمون."
    )
    doc = analyse(text, [("سلمى الحسن", "PERSON"), ("سامي يوسف", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "التمويل مضمون")) == "سلمى الحسن"


def test_partial_quote_inside_reported_speech():
    text = 'وأكد خالد العلي أن الاتفاق يمثل "خطوة تاريخية نحو السلام" في المنطقة.'
    doc = analyse(text, [("خالد العلي", "PERSON")])
    indirect = quote_starting(doc, "الاتفاق يمثل")
    partial = quote_starting(doc, "خطوة تاريخية")
    assert indirect.kind == "indirect" and partial.kind == "partial"
    assert speaker_text(doc, partial) == "خالد العلي"


def test_participle_takes_the_sentence_speaker():
    text = "قال خالد العلي إن الأسعار مستقرة، مضيفا أن المخزون يكفي لستة أشهر."
    doc = analyse(text, [("خالد العلي", "PERSON")])
    first = quote_starting(doc, "الأسعار مستقرة")
    second = quote_starting(doc, "المخزون يكفي")
    assert "مضيفا" not in first.text
    assert speaker_text(doc, second) == "خالد العلي"


def test_colon_without_marks_is_a_direct_quote():
    doc = analyse(
        "وكتب خالد العلي في تغريدة. وأكد العلي: الفريق يستحق الفوز هذا الموسم",
        [("خالد العلي", "PERSON"), ("العلي", "PERSON")],
    )
    q = quote_starting(doc, "الفريق يستحق")
    assert q.kind == "direct"
    assert speaker_text(doc, q) == "خالد العلي"


def test_multi_sentence_quote_keeps_its_speaker():
    text = 'وقال سامي يوسف: "الوضع صعب. لكننا سنعمل بجد. ولن نتراجع أبدا".'
    doc = analyse(text, [("سامي يوسف", "PERSON")])
    q = quote_starting(doc, "الوضع صعب")
    assert q.text.endswith("ولن نتراجع أبدا")
    assert speaker_text(doc, q) == "سامي يوسف"


def test_unnamed_source_is_a_span():
    doc = analyse("وقال مصدر مطلع في الوزارة إن القرار سيصدر الأسبوع المقبل.")
    q = quote_starting(doc, "القرار سيصدر")
    assert q.speaker is not None and q.speaker.entity is None
    assert q.speaker.span.text == "مصدر مطلع في الوزارة"


def test_outlet_citing_an_unnamed_source_gives_both_links():
    text = (
        "لندن من القاهرة: قالت صحيفة (الأهرام) المصرية، نقلاً عن مصدر حكومي رفيع إن الحكومة ستستقيل.\n"
        'ونقلت الصحيفة المصرية عن المصدر قوله: "القرار اتخذ بالفعل وسيعلن قريبا".'
    )
    doc = analyse(text, [("الأهرام", "ORG"), ("القاهرة", "GPE")], outlet="وكالة الأنباء")
    q = quote_starting(doc, "الحكومة ستستقيل")
    roles = [(link.role, link.name) for link in q.attribution]
    assert roles == [
        ("outlet", "وكالة الأنباء"),
        ("cited_outlet", "الأهرام"),
        ("source", "مصدر حكومي رفيع"),
    ]
    assert q.speaker.span.text == "مصدر حكومي رفيع"
    second = quote_starting(doc, "القرار اتخذ")
    assert second.speaker.span.text == "مصدر حكومي رفيع"
    assert [link.role for link in second.attribution] == ["outlet", "cited_outlet", "source"]


def test_dateline_gives_outlet_and_place():
    doc = analyse("الشرق من بيروت: قال المتحدث إن الاجتماع انتهى دون اتفاق.", [("بيروت", "GPE")])
    assert doc.source.outlet == "الشرق"
    assert doc.source.dateline == "بيروت"
    q = quote_starting(doc, "الاجتماع انتهى")
    assert q.attribution[0].role == "outlet" and q.attribution[0].name == "الشرق"


def test_frame_at_the_end_names_the_source():
    doc = analyse("ارتفعت أسعار النفط بنسبة خمسة في المئة خلال الأسبوع، وفق ما أكدته مصادر مطلعة.")
    q = quote_starting(doc, "ارتفعت أسعار")
    assert q.kind == "indirect"
    assert q.speaker.span.text == "مصادر مطلعة"


def test_frame_after_a_quote_adds_the_cited_outlet():
    text = 'وقال سامي يوسف "سنواصل العمل حتى النهاية مهما كانت الظروف". بحسب رويترز.'
    doc = analyse(text, [("سامي يوسف", "PERSON"), ("رويترز", "ORG")])
    q = quote_starting(doc, "سنواصل العمل")
    assert ("cited_outlet", "رويترز") in [(link.role, link.name) for link in q.attribution]
    assert speaker_text(doc, q) == "سامي يوسف"


def test_names_in_quotation_marks_are_not_quotes():
    text = 'أعلن الجيش عن بدء عملية "درع الشمال" وشارك فيها لواء "النصر" بالكامل.'
    doc = analyse(text)
    assert doc.quotes == []


def test_impersonal_passive_is_not_a_quote():
    doc = analyse("يشار إلى أن الحظر فرض قبل عامين. كشف النقاب عن أن الشحنة وصلت.")
    assert doc.quotes == []


def test_unclosed_quotation_runs_to_the_paragraph_end():
    text = 'وقال سامي يوسف "إن المشروع سيكتمل قبل نهاية العام الحالي بإذن الله\nفقرة أخرى.'
    doc = analyse(text, [("سامي يوسف", "PERSON")])
    q = quote_starting(doc, "إن المشروع")
    assert q.text.endswith("بإذن الله")


def test_straight_and_curly_quotes():
    text = 'وقال سامي يوسف “الأمور تسير على ما يرام حتى الآن”. وقالت سلمى الحسن "نحن راضون عن النتائج كلها".'
    doc = analyse(text, [("سامي يوسف", "PERSON"), ("سلمى الحسن", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الأمور تسير")) == "سامي يوسف"
    assert speaker_text(doc, quote_starting(doc, "نحن راضون")) == "سلمى الحسن"


def test_quote_ids_and_sentences():
    doc = analyse("قال خالد العلي إن الجو حار. وقال إن المطر قادم.", [("خالد العلي", "PERSON")])
    assert [q.id for q in doc.quotes] == ["q1", "q2"]
    assert [q.sentence for q in doc.quotes] == [0, 1]


_ALPHABET = st.sampled_from(
    [
        *'«»"“”:،. \n',
        "قال ",
        "إن ",
        "أن ",
        "وأكد ",
        "مصدر ",
        "الوزير ",
        "ليبيا ",
        "بحسب ",
        "رويترز ",
    ]
    + ["البلد الأفريقي ", "المبعوث الدولي ", "مضيفا ", "وفق ما ", "نقلا عن ", "عن "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_any_text_gives_valid_offsets(text):
    doc = EntitiesStage()(Document(text=text))
    doc = QuotesStage()(doc)
    assert not doc.warnings  # no stage error was swallowed
    assert not doc.validate()
    for q in doc.quotes:
        assert q.end > q.start
