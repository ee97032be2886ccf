"""Unit and golden tests of the clean stage."""

from __future__ import annotations

import re

from rasad.clean import CleanStage, clean
from rasad.document import Document


def _assert_copied_exact(raw: str, result) -> None:
    for r in result.removed:
        assert raw[r.raw_start : r.raw_end] == r.text


def test_crlf_blank_lines_and_trailing_spaces() -> None:
    raw = "عنوان قصير\r\n\r\n\r\n  الفقرة الأولى من النص هنا.   \r\nالفقرة الثانية.\r\n"
    result = clean(raw)
    assert result.text == "عنوان قصير\n\nالفقرة الأولى من النص هنا.\nالفقرة الثانية."
    lines = result.text.split("\n")
    for block in result.blocks:
        assert result.text[block.start : block.end] == block.text
    assert [b.text for b in result.blocks if b.role == "paragraph"] == [lines[2], lines[3]]


def test_entities_are_decoded() -> None:
    raw = "قال &quot;نعم&quot; و&#1604;&#x644;ا ثم&nbsp;انتهى AT&amp;T."
    result = clean(raw)
    assert result.text == 'قال "نعم" وللا ثم انتهى AT&T.'


def test_ampersand_debris() -> None:
    raw = "زار المدينة في&يونيو الماضي.&وأشار إلى ذلك.\nعنوان فرعي&\n&\nشركة AT&T وR&D و Asthma & Immunology."
    result = clean(raw)
    assert "في يونيو" in result.text
    assert "الماضي. وأشار" in result.text
    assert "عنوان فرعي\n" in result.text
    assert "AT&T" in result.text and "R&D" in result.text and "Asthma & Immunology" in result.text
    assert result.text.count("&") == 3
    debris = [r for r in result.removed if r.reason == "html_debris"]
    assert len(debris) == 4 and all(r.text == "&" for r in debris)
    _assert_copied_exact(raw, result)


def test_unknown_entity_is_debris() -> None:
    result = clean("قال تعالى: &S239;{قل} وانتهى.")
    assert "&" not in result.text
    assert [r.text for r in result.removed] == ["&S239;"]


def test_invisible_chars_tatweel_and_presentation_forms() -> None:
    raw = "ال\u200fعـــالم\u202b \ufefbبد\ufeff منه \u0661\u0662 \ufdfa"
    result = clean(raw)
    assert result.text.startswith("العالم لابد منه ١٢ ")  # Arabic-Indic digits kept
    assert "\u0640" not in result.text
    # the ligature became two letters, both mapped to the ligature's raw offset
    i = result.text.index("لا")
    assert result.alignment.to_raw(i) == result.alignment.to_raw(i + 1) == raw.index("\ufefb")
    # the char after the ligature is copied again and maps exactly
    assert raw[result.alignment.to_raw(i + 2)] == result.text[i + 2]
    assert {r.reason for r in result.removed} == {"invisible_control"}


def test_nul_and_controls_removed_and_recorded() -> None:
    raw = "نص\x00 الخبر\x07 هنا.\r\n\x00"
    result = clean(raw)
    assert result.text == "نص الخبر هنا."
    assert len(result.removed) == 3
    _assert_copied_exact(raw, result)


def test_boilerplate_classes() -> None:
    raw = "\n".join(
        [
            "عنوان الخبر الرئيسي اليوم",
            "تابعونا على فيسبوك وتويتر",
            "اضغط هنا للاشتراك في النشرة",
            "بدأ الاجتماع في العاصمة صباح اليوم بحضور عدد من المسؤولين والخبراء من عدة دول عربية.",
            "شارك",
            "طباعة",
            "أرسل لصديق",
            "ومضى قائلا إن الخطة ستنفذ على مراحل خلال العام المقبل وفق جدول زمني محدد.",
            "اقرأ أيضا:",
            "عنوان خبر آخر مرتبط",
            "عنوان خبر ثالث",
            "",
            "© 2016 جميع الحقوق محفوظة",
            "الخميس 26 يوليو 2012",
            "* * *",
        ]
    )
    result = clean(raw)
    reasons = [r.reason for r in result.removed]
    assert reasons == [
        "follow_prompt",
        "subscribe_prompt",
        "share",
        "share",
        "share",
        "related_links",
        "related_links",
        "related_links",
        "copyright",
        "timestamp",
        "punctuation_only",
    ]
    assert result.text.count("\n") == 2
    _assert_copied_exact(raw, result)


def test_news_sentences_about_social_media_are_kept() -> None:
    raw = (
        "نشر الرئيس تغريدة على حسابه في تويتر قال فيها إنه سيتابع الملف بنفسه خلال الأيام المقبلة.\n"
        "ودعا الوزير المواطنين للاشتراك في الحملة الوطنية للتطعيم التي تنطلق الأسبوع المقبل."
    )
    assert clean(raw).removed == []


def test_glued_navigation_and_end_marker() -> None:
    raw = " Next Previous \xa0\nوكالة - المدينة\nنص الخبر الطويل هنا وقد اكتمل. // انتهى // "
    result = clean(raw)
    assert result.text == "وكالة - المدينة\nنص الخبر الطويل هنا وقد اكتمل."
    assert [r.reason for r in result.removed] == ["navigation", "end_marker"]
    assert result.blocks[0].role == "dateline"
    _assert_copied_exact(raw, result)


def test_layout_kicker_headline_subheading_dateline() -> None:
    raw = "\n".join(
        [
            "في ظل الأزمة المستمرة",
            "الحكومة تعلن خطة جديدة للإنقاذ",
            "المدينة - وكالة الأنباء: أعلنت الحكومة اليوم خطة جديدة لإنقاذ الاقتصاد تشمل إجراءات عديدة.",
            "وأضاف المتحدث أن الخطة ستطبق على مراحل متتالية.",
            "تفاصيل الخطة",
            "وتشمل الخطة دعم الشركات الصغيرة وخفض الضرائب على الأسر.",
        ]
    )
    result = clean(raw)
    roles = [(b.role, b.text) for b in result.blocks]
    assert roles[0] == ("kicker", "في ظل الأزمة المستمرة")
    assert roles[1] == ("headline", "الحكومة تعلن خطة جديدة للإنقاذ")
    assert ("dateline", "المدينة - وكالة الأنباء") in roles
    assert ("subheading", "تفاصيل الخطة") in roles
    assert result.kicker == "في ظل الأزمة المستمرة"
    assert result.title == "الحكومة تعلن خطة جديدة للإنقاذ"


def test_given_title_marks_headline() -> None:
    raw = "عنوان الخبر كما ورد\nنص الخبر الأول هنا وفيه تفاصيل كثيرة.\nفقرة أخرى."
    result = clean(raw, title="عنوان الخبر كما ورد")
    assert result.blocks[0].role == "headline"
    assert result.kicker is None


def test_stage_fills_document() -> None:
    stage = CleanStage()
    doc = stage(Document(raw="عنوان\nنص الخبر هنا وقد اكتمل.\n", title="عنوان معطى"))
    assert doc.text == "عنوان\nنص الخبر هنا وقد اكتمل."
    assert doc.title == "عنوان معطى"  # an input title is never replaced
    assert doc.validate() == []
    assert stage.counters["documents"] == 1


def test_reference_article(reference_text: str) -> None:
    raw = reference_text
    doc = CleanStage()(Document(raw=raw))
    text = doc.text
    raw_lines = [line for line in raw.splitlines() if line.strip()]
    # both boilerplate lines (3 and 4) removed, with a reason
    dropped = [r for r in doc.removed if r.text in (raw_lines[2], raw_lines[3])]
    assert len(dropped) == 2 and all(r.reason for r in dropped)
    assert raw_lines[2] not in text and raw_lines[3] not in text
    # no & debris left
    assert "&" not in text
    # kicker is line 1, headline is line 2
    assert doc.kicker == raw_lines[0].strip()
    assert doc.title == raw_lines[1].strip()
    assert [b.role for b in doc.blocks[:2]] == ["kicker", "headline"]
    # body paragraphs intact apart from the debris repair
    for line in raw_lines[4:]:
        repaired = re.sub(r"(?<=\S)&(?=\S)", " ", line).replace("&", "").strip()
        if repaired:
            assert repaired in text
    for r in doc.removed:
        assert raw[r.raw_start : r.raw_end] == r.text
    for i, ch in enumerate(text):
        j = doc.alignment.to_raw(i)
        assert raw[j] == ch or (ch == " " and raw[j] == "&")
    assert doc.validate() == []


def test_date_lines_inside_body_or_after_lead_in_are_kept() -> None:
    raw = "\n".join(
        [
            "الخميس 26 يوليو 2012",
            "وتجرى المباريات وفق البرنامج التالي:",
            "الأحد 7 مايو 2017",
            "الساعة 16:00 الفريق الأول ضد الفريق الثاني",
        ]
    )
    result = clean(raw)
    assert [r.reason for r in result.removed] == ["timestamp"]
    assert "الأحد 7 مايو 2017" in result.text


def test_related_list_ends_at_blank_line() -> None:
    raw = "\n".join(
        [
            "نص الخبر الأول هنا وفيه تفاصيل كثيرة عن الموضوع.",
            "اقرأ أيضا",
            "عنوان خبر مرتبط",
            "",
            "عنوان فرعي في المقال",
            "ويستمر النص بعد العنوان الفرعي بجمل كاملة مفيدة.",
        ]
    )
    result = clean(raw)
    assert [r.reason for r in result.removed] == ["related_links", "related_links"]
    assert "عنوان فرعي في المقال" in result.text


def test_stray_markup_removed() -> None:
    raw = "يقوم البرنامج بعمل Follow ذاتياً.</p></div>\nسطر<br>ثان والعدد 3 < 5 صحيح."
    result = clean(raw)
    assert result.text == "يقوم البرنامج بعمل Follow ذاتياً.\nسطر ثان والعدد 3 < 5 صحيح."
    assert [r.reason for r in result.removed] == ["markup", "markup", "markup"]
