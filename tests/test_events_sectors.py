"""Sector codes of entities from their titles and names (rasad.events.sectors)."""

from __future__ import annotations

import pytest

from rasad.document import AttributionLink, Document, Entity, Quote
from rasad.events.sectors import entity_sector, fill_sectors, phrase_sector


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("وزير الخارجية الفرنسي", "GOV"),
        ("رئيس الوزراء", "GOV"),
        ("قائد القوات البرية", "MIL"),
        ("مدير شرطة المحافظة", "COP"),  # the head word, not the place after it
        ("الأمين العام لجامعة الدول العربية", "IGO"),
        ("ممثل الأمم المتحدة", "IGO"),  # the body a role belongs to decides
        ("رئيس مجلس إدارة الشركة", "BUS"),
        ("زعيم المعارضة", "OPP"),
        ("الأستاذ", None),  # a form of address says nothing
        ("مدرب المنتخب", None),  # sports pages
        ("المهاجم", None),  # a striker, not an attacker
    ],
)
def test_title_sectors(title: str, sector: str | None) -> None:
    assert phrase_sector(title, generic_only=True) == sector


def test_national_body_is_the_states() -> None:
    # the UN Security Council is an IGO; a country's security council is its government's
    assert phrase_sector("الأمين العام لمجلس الأمن", generic_only=True) == "IGO"
    assert phrase_sector("سكرتير مجلس الأمن الإيراني", generic_only=True) == "GOV"
    body = Entity(id="e1", type="ORG", canonical="مجلس الأمن", country="IRN")
    assert entity_sector(body) == "GOV"


def test_people_places_and_bodies() -> None:
    person = Entity(id="e1", type="PERSON", canonical="سمير", titles=["اللواء", "قائد الجيش"])
    assert entity_sector(person) == "MIL"
    nameless = Entity(id="e2", type="PERSON", canonical="سمير")
    assert entity_sector(nameless) is None
    place = Entity(id="e3", type="GPE", canonical="القاهرة", titles=["وزير"])
    assert entity_sector(place) is None
    party = Entity(id="e4", type="ORG", canonical="حزب العمال")
    assert entity_sector(party) == "PTY"


def test_fill_sectors_outlets_are_media_and_known_sectors_stay() -> None:
    text = "قالت صحيفة الأنباء إن الوزير سافر."
    doc = Document(raw=text, text=text)
    outlet = Entity(id="e1", type="ORG", canonical="الأنباء")
    minister = Entity(id="e2", type="PERSON", canonical="سمير", titles=["وزير المالية"])
    kept = Entity(id="e3", type="ORG", canonical="حزب العمال", sector="OPP")
    doc.entities = [outlet, minister, kept]
    doc.quotes = [
        Quote(
            id="q1",
            start=21,
            end=34,
            text=text[21:34],
            attribution=[AttributionLink(role="outlet", name="الأنباء", entity="e1")],
        )
    ]
    assert fill_sectors(doc) == 2
    assert (outlet.sector, minister.sector, kept.sector) == ("MED", "GOV", "OPP")
