"""Titles before/after a person, and nationality adjectives -> ISO alpha-3."""

from __future__ import annotations

import pytest

from rasad.document import Document, Mention
from rasad.ner.countries import country_code, demonym_country
from rasad.ner.titles import find_titles, title_country


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("الروسي", "RUS"),
        ("الروسية", "RUS"),
        ("الليبي", "LBY"),
        ("المصريون", "EGY"),
        ("الأمريكية", "USA"),
        ("البريطاني", "GBR"),
        ("الألماني", "DEU"),
        ("الأردني", "JOR"),
        ("السعودية", "SAU"),
        ("الدولي", None),
        ("السياسي", None),
        ("العسكرية", None),
    ],
)
def test_demonym_country(word, code):
    assert demonym_country(word) == code


def test_country_code_short_forms_and_clitics():
    assert country_code("روسيا") == "RUS"
    assert country_code("وبفرنسا") == "FRA"
    assert country_code("الولايات المتحدة") == "USA"
    assert country_code("ليبيا") == "LBY"
    assert country_code("القاهرة") is None


def _doc(text: str) -> Document:
    try:
        from rasad.pipeline import Pipeline

        return Pipeline(["clean", "segment"])(Document(raw=text))
    except (ImportError, AttributeError):  # pragma: no cover - segment not available
        pytest.skip("segment stage not available")


def _mention(doc: Document, name: str) -> Mention:
    start = doc.text.index(name)
    return Mention(start=start, end=start + len(name), text=name, type="PERSON")


def test_titles_before_and_after_a_person():
    doc = _doc("واستقبل وزير الخارجية المصري، سامح شكري، نظيره في القاهرة.")
    titles = [t.text for t in find_titles(doc, _mention(doc, "سامح شكري"))]
    assert titles == ["وزير الخارجية المصري"]
    assert title_country(titles[0]) == "EGY"

    doc = _doc("وقال جون كيري، وزير الخارجية الأمريكي، إن الاتفاق قريب.")
    titles = [t.text for t in find_titles(doc, _mention(doc, "جون كيري"))]
    assert titles == ["وزير الخارجية الأمريكي"]
    assert title_country(titles[0]) == "USA"


def test_title_of_the_next_person_is_not_taken():
    doc = _doc("حضر الوزير أحمد علي، ورئيس الوزراء محمد سالم الاجتماع.")
    people = [_mention(doc, "أحمد علي"), _mention(doc, "محمد سالم")]
    assert [t.text for t in find_titles(doc, people[0], people)] == ["الوزير"]
    assert [t.text for t in find_titles(doc, people[1], people)] == ["رئيس الوزراء"]
    for title in find_titles(doc, people[1], people):
        assert doc.text[title.start : title.end] == title.text


def test_rank_after_office_is_a_second_title_and_genitive_is_not_a_title():
    doc = _doc("وصل رئيس الأركان المصري اللواء سامي فهمي إلى المطار.")
    titles = [t.text for t in find_titles(doc, _mention(doc, "سامي فهمي"))]
    assert titles == ["رئيس الأركان المصري", "اللواء"]

    doc = _doc("وقال المستشار الإعلامي لسامي فهمي إن الزيارة ناجحة.")
    start = doc.text.index("سامي فهمي")
    mention = Mention(start=start, end=start + len("سامي فهمي"), text="سامي فهمي")
    assert find_titles(doc, mention) == []
