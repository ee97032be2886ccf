"""Values stage: times and quantities with spans, anchored on the published date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.document import Document
from rasad.pipeline import Pipeline
from rasad.values import ValuesStage, analyze, extract_values

DUCKLING_REF = "2013-02-12T04:30:00"  # a Tuesday


def one_time(text: str, published: str | None = DUCKLING_REF, pref: str = "future"):
    times, _, _ = extract_values(text, published, pref)
    assert len(times) == 1, [t.text for t in times]
    t = times[0]
    assert text[t.start : t.end] == t.text
    return t


def one_quantity(text: str):
    _, quantities, _ = extract_values(text, "2016-09-28")
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]


# -- reference article ----------------------------------------------------------------
def test_reference_article_without_date(reference_text: str) -> None:
    r = analyze(reference_text, None, "auto")
    assert r.published == "2016-09-27"
    assert r.published_source == "inferred"
    by_text = {t.text: t for t in r.times}
    tuesday = by_text["مساء يوم الثلاثاء 27 سبتمبر"]
    assert tuesday.value == "2016-09-27" and tuesday.anchor == "inferred"
    assert by_text["ليوم واحد"].kind == "duration" and by_text["ليوم واحد"].duration == "P1D"
    year = by_text["العام 2011"]
    assert (year.value, year.grain, year.anchor) == ("2011", "year", "absolute")
    june = by_text["يونيو الماضي"]
    assert (june.value, june.grain, june.anchor) == ("2016-06", "month", "inferred")
    q = {x.text: x for x in r.quantities}
    assert (q["26 مليون قطعة سلاح"].value, q["26 مليون قطعة سلاح"].unit) == (
        26_000_000,
        "قطعة سلاح",
    )
    assert (q["ستة ملايين شخص"].value, q["ستة ملايين شخص"].unit) == (6_000_000, "شخص")


def test_reference_article_through_pipeline(reference_text: str) -> None:
    doc = Pipeline(["clean", "values"])(Document(raw=reference_text))
    assert doc.validate() == []
    assert doc.published == "2016-09-27" and doc.published_source == "inferred"
    assert any(t.value == "2016-09-27" and "27 سبتمبر" in t.text for t in doc.times)


# -- times -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("غدا", "2013-02-13"),
        ("أمس", "2013-02-11"),
        ("أول أمس", "2013-02-10"),
        ("الاثنين", "2013-02-18"),
        ("الثلاثاء القادم", "2013-02-19"),
        ("الأحد الماضي", "2013-02-10"),
        ("27 سبتمبر 2016", "2016-09-27"),
        ("2016-09-27", "2016-09-27"),
        ("27/9/2016", "2016-09-27"),
        ("عام ٢٠١١", "2011"),
        ("الأول من كانون الثاني", "2014-01-01"),
        ("15 جانفي 2015", "2015-01-15"),
        ("5 أوت 2016", "2016-08-05"),
        ("الاسبوع الماضي", "2013-02-04"),
        ("الشهر المقبل", "2013-03"),
        ("السنة السابقة", "2012"),
        ("قبل ثلاثة أيام", "2013-02-09T04:30:00"),  # a shift keeps the anchor's precision
        ("منذ عامين", "2011-02-12T04:30:00"),
        ("الساعة 3 و15 دقيقة عصرا", "2013-02-12T15:15"),
        ("15 رمضان 1437 هـ", "2016-06-20"),
        ("عيد الفطر 2013", "2013-08-08"),
        ("ثاني اربعاء من شهر اكتوبر من عام 2014", "2014-10-08"),
    ],
)
def test_point_values(text: str, value: str) -> None:
    t = one_time(text)
    assert t.value == value


def test_weekday_follows_the_time_preference() -> None:
    published = "2016-09-28"  # a Wednesday
    assert one_time("الاثنين", published, "past").value == "2016-09-26"
    assert one_time("الاثنين", published, "future").value == "2016-10-03"
    # auto: a future verb (سيزور) turns the bare weekday forward
    times, _, _ = extract_values("سيزور الوزير موسكو الاثنين", published, "auto")
    assert times[0].value == "2016-10-03"
    times, _, _ = extract_values("زار الوزير موسكو الاثنين", published, "auto")
    assert times[0].value == "2016-09-26"


def test_relative_month_and_anchor_labels() -> None:
    t = one_time("يونيو الماضي", "2016-09-28", "auto")
    assert (t.value, t.anchor, t.interval) == (
        "2016-06",
        "published",
        {"from": "2016-06-01", "to": "2016-07-01"},
    )
    assert one_time("العام 2011", "2016-09-28").anchor == "absolute"


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("بين 2011 و2014", {"from": "2011-01-01", "to": "2015-01-01"}),
        ("من 27-29 من الشهر الثامن", {"from": "2013-08-27", "to": "2013-08-30"}),
        ("في اواخر اذار", {"from": "2013-03-21", "to": "2013-04-01"}),
        ("الاسابيع الثلاثة القادمة", {"from": "2013-02-18", "to": "2013-03-11"}),
        ("رمضان 2019", {"from": "2019-05-06", "to": "2019-06-04"}),
    ],
)
def test_intervals(text: str, interval: dict) -> None:
    assert one_time(text).interval == interval


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("ليوم واحد", "P1D"),
        ("خلال ستة أشهر", "P6M"),
        ("عامين", "P2Y"),
        ("ساعة ونصف", "PT1H30M"),
        ("30 يوم", "P30D"),
    ],
)
def test_durations(text: str, duration: str) -> None:
    t = one_time(text)
    assert (t.kind, t.duration) == ("duration", duration)


def test_no_published_date_leaves_relative_times_without_value() -> None:
    times, _, warnings = extract_values("وصل الوفد أمس", None)
    assert times[0].value is None
    assert any(w.code == "times_unanchored" for w in warnings)


def test_ambiguous_inference_is_warned() -> None:
    r = analyze("عقد الاجتماع يوم الثلاثاء 27 سبتمبر في جنيف", None)
    assert r.published_source == "inferred"
    assert any(w.code == "published_ambiguous" for w in r.warnings)


# -- quantities ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "currency"),
    [
        ("ستة ملايين شخص", "quantity", 6e6, "شخص", None),
        ("2.5 مليار دولار", "money", 2.5e9, None, "USD"),
        ("150 ألف ريال سعودي", "money", 150000, None, "SAR"),
        ("3 جنيهات استرلينية", "money", 3, None, "GBP"),
        ("$10,000", "money", 10000, None, "USD"),
        ("70%", "percent", 70, None, None),
        ("45 في المائة", "percent", 45, None, None),
        ("نصف مليون", "number", 5e5, None, None),
        ("ست وعشرون", "number", 26, None, None),
        ("خمسمائة و خمسة و عشرون", "number", 525, None, None),
        ("١٠٠٬٠٠٠٫٥", "number", 100000.5, None, None),
        ("الحادي عشر", "ordinal", 11, None, None),
        ("30 قتيلا", "quantity", 30, "قتيل", None),
    ],
)
def test_quantities(
    text: str, kind: str, value: float, unit: str | None, currency: str | None
) -> None:
    q = one_quantity(text)
    assert (q.kind, q.unit, q.currency) == (kind, unit, currency)
    assert q.value == pytest.approx(value)
    assert q.text == text


def test_vague_amount_has_no_value() -> None:
    q = one_quantity("قتل عشرات المدنيين")
    assert q.value is None and q.unit == "المدنيين"


def test_numbers_inside_dates_are_not_quantities() -> None:
    _, quantities, _ = extract_values("وصل في 27 سبتمبر 2016 الساعة 3", "2016-09-28")
    assert quantities == []


# -- stage and robustness ------------------------------------------------------------------------
def test_stage_counts_and_spans() -> None:
    stage = ValuesStage(time_preference="past")
    doc = Document(
        text="قُتل ٢٦ شخصًا أمسِ في هجومٍ، وأُصيب ثلاثون آخرون يوم الخميس.", published="2016-09-28"
    )
    doc = stage(doc)
    assert doc.validate() == []
    assert [t.value for t in doc.times] == ["2016-09-27", "2016-09-22"]
    assert doc.quantities[0].text == "٢٦ شخصًا" and doc.quantities[0].unit == "شخص"
    assert stage.counters["documents"] == 1


def test_bad_option_is_rejected() -> None:
    with pytest.raises(ValueError):
        ValuesStage(time_preference="sometimes")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="٠١٢٣456789 /:-.,ـًأإاىةيومسنةعامشهرالثلاثاءمارسفيمنإلى%$", max_size=60))
def test_any_text_gives_valid_spans(text: str) -> None:
    times, quantities, _ = extract_values(text, "2016-09-28")
    for x in [*times, *quantities]:
        assert text[x.start : x.end] == x.text


def test_shift_from_a_date_keeps_date_precision() -> None:
    t = one_time("قبل ثلاثة أيام", "2016-09-28", "auto")
    assert (t.value, t.grain) == ("2016-09-25", "day")


def test_weekday_with_full_date_fixes_the_published_date() -> None:
    r = analyze("تقام الندوة يوم الإثنين 22 فيفري 2016 بالعاصمة، وقد أعلن عنها السبت الماضي", None)
    assert (r.published, r.published_source) == ("2016-02-22", "inferred")
    assert not r.warnings
    assert [t.value for t in r.times] == ["2016-02-22", "2016-02-20"]


def test_day_first_published_dates_are_read() -> None:
    times, _, _ = extract_values("وصل أمس", "27/04/2017")
    assert times[0].value == "2017-04-26"


@pytest.mark.parametrize(
    "text",
    [
        "التقارب بين دراهي وألان ويل",  # ألان is a name, not الآن
        "قال مسؤول محلي وأحد السكان",  # و + أحد, not واحد
        "تعرضنا للعقاب في اليوم الأول",  # the first day, not today
        "بمحافظة إب بعد فرارهم",  # Ibb, not آب
        "ظهر الوزير في الفيديو",  # ظهر "appeared"
        "معلومات دقيقة.",  # دقيقة "precise"
    ],
)
def test_no_time_in(text: str) -> None:
    times, _, _ = extract_values(text, "2015-08-10")
    assert times == []


def test_year_after_since_is_a_year_not_a_shift() -> None:
    t = one_time("منذ عام 2003", "2015-08-10", "auto")
    assert (t.value, t.grain) == ("2003", "year")


def test_thousands_dots_and_greetings() -> None:
    q = one_quantity("بلغت (19.589.137) ريالا سعوديا")
    assert (q.value, q.currency) == (19589137, "SAR")
    _, quantities, _ = extract_values("تهانينا وألف مبارك.", "2015-08-10")
    assert quantities == []


def test_plural_days_with_a_weekday_are_a_set() -> None:
    times, _, _ = extract_values("عدا أيام الجمعة", "2015-08-10")
    assert [(t.kind, t.duration, t.text) for t in times] == [("set", "P1W", "أيام الجمعة")]
