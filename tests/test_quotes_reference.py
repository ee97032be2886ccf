"""Issue 5 on the reference article: every quotation with its speaker and chain, and the
entity groups of point 4.

Two runs of the article:

- ``oracle``: NER replaced by the list of names below (test data), so that the
  entities and quotes stages are checked on their own;
- ``pipeline``: the real pipeline (clean, segment, ner, entities, quotes). Skipped
  while the NER model is not built; where NER misses a name that a check needs, the
  check is an expected failure that says which name NER missed.
"""

from __future__ import annotations

import pytest

from helpers_quotes import speaker_text, with_names
from rasad.document import Document
from rasad.entities import EntitiesStage
from rasad.entities.words import normalize
from rasad.pipeline import Pipeline
from rasad.quotes import QuotesStage

NAMES = [
    ("خليفة حفتر", "PERSON"),
    ("حفتر", "PERSON"),
    ("عبد الباسط البدري", "PERSON"),
    ("البدري", "PERSON"),
    ("ميخائيل بوغدانوف", "PERSON"),
    ("بوغدانوف", "PERSON"),
    ("مارتن كوبلر", "PERSON"),
    ("كوبلر", "PERSON"),
    ("سيرغي شويغو", "PERSON"),
    ("نيكولاي باتروشيف", "PERSON"),
    ("معمر القذافي", "PERSON"),
    ("ليبيا", "GPE"),
    ("روسيا", "GPE"),
    ("موسكو", "GPE"),
    ("جنيف", "GPE"),
    ("إزفيستيا", "ORG"),
    ("إيلاف", "ORG"),
    ("الأمم المتحدة", "ORG"),
    ("حكومة الوفاق الوطني", "ORG"),
]
SOURCE = "مصدر مقرب من الدوائر الدبلوماسية الروسية"
KOBLER = "كوبلر"

# (start of the quoted text, kind, speaker: a word of the name or the unnamed span)
EXPECTED_QUOTES = [
    ("الرسالة نقلت للطرف الروسي", "indirect", SOURCE),
    ("هذا اللقاء تم بالفعل", "direct", SOURCE),
    ("دعم حكومة الوفاق الوطني الجديدة", "indirect", KOBLER),
    ("بوادر إيجابية", "partial", KOBLER),
    ("من المهم جدًا أن يحافظ", "direct", KOBLER),
    ("ليبيا فيها 26 مليون", "indirect", KOBLER),
    ("ينبغي لكل الدول الأعضاء", "indirect", KOBLER),
    ("موقفي هنا واضح للغاية", "direct", KOBLER),
    ("دول الجوار على وجه الخصوص", "indirect", KOBLER),
]

# issue 5 point 4: surfaces (mentions or titles) that must be one entity
GROUPS = {
    "haftar": ["خليفة حفتر", "حفتر", "قائد الجيش الليبي", "القائد العام للجيش الليبي", "الجنرال"],
    "badri": ["عبد الباسط البدري", "البدري", "المبعوث الخاص لحفتر"],
    "kobler": [
        "مارتن كوبلر",
        "كوبلر",
        "مبعوث الأمم المتحدة",
        "أكبر مسؤول للأمم المتحدة في ليبيا",
        "المبعوث الدولي",
        "المسؤول الدولي",
    ],
    "libya": ["ليبيا", "البلد الأفريقي"],
}
# the name NER must find for each group (the rest is the entities stage's work)
GROUP_NAMES = {"haftar": "حفتر", "badri": "البدري", "kobler": "كوبلر", "libya": "ليبيا"}


@pytest.fixture(scope="module")
def oracle_doc(reference_text: str) -> Document:
    doc = Pipeline(["clean", "segment"])(Document(raw=reference_text))
    with_names(doc, NAMES)
    doc = EntitiesStage()(doc)
    return QuotesStage()(doc)


@pytest.fixture(scope="module")
def pipeline_doc(reference_text: str) -> Document:
    try:
        pipe = Pipeline(["clean", "segment", "ner", "entities", "quotes"])
    except Exception as exc:  # the NER model is built by training/, maybe not yet
        pytest.skip(f"NER stage unavailable: {type(exc).__name__}")
    return pipe(Document(raw=reference_text))


@pytest.fixture(params=["oracle", "pipeline"])
def doc(request) -> Document:
    return request.getfixturevalue(f"{request.param}_doc")


def _ner_found(doc: Document, name: str) -> bool:
    key = normalize(name)
    return any(
        normalize(m.text) == key
        for e in doc.entities
        for m in e.mentions
        if m.type not in ("TITLE", "DESC")
    )


def _needs_ner(doc: Document, request, *names: str) -> None:
    if "pipeline" in request.node.callspec.id:
        missing = [n for n in names if not _ner_found(doc, n)]
        if missing:
            pytest.xfail(f"NER misses {', '.join(missing)}")


def test_source_from_the_dateline(doc):
    assert doc.source.outlet == "إيلاف"
    assert doc.source.dateline == "موسكو"


@pytest.mark.parametrize("start,kind,speaker", EXPECTED_QUOTES, ids=[q[0] for q in EXPECTED_QUOTES])
def test_every_quotation_with_its_speaker(doc, request, start, kind, speaker):
    if speaker == KOBLER:
        _needs_ner(doc, request, KOBLER)
    found = [q for q in doc.quotes if q.text.startswith(start)]
    assert found, f"quote {start!r} not found"
    assert kind in {q.kind for q in found}
    q = next(q for q in found if q.kind == kind)
    name = speaker_text(doc, q)
    assert name is not None and speaker in name
    if speaker == SOURCE:
        assert q.speaker.entity is None and q.speaker.span.text == SOURCE


@pytest.mark.parametrize("start", ["الرسالة نقلت", "هذا اللقاء تم"])
def test_attribution_chain_outlet_cited_outlet_source(doc, request, start):
    _needs_ner(doc, request, "إزفيستيا")
    q = next(q for q in doc.quotes if q.text.startswith(start))
    chain = [(link.role, link.name) for link in q.attribution]
    assert chain[0] == ("outlet", "إيلاف")
    assert chain[1][0] == "cited_outlet" and "إزفيستيا" in chain[1][1]
    assert chain[2] == ("source", SOURCE)
    assert q.attribution[2].span is not None and q.attribution[2].span.text == SOURCE


def test_no_quotes_from_impersonal_or_author_voice(doc):
    texts = [q.text for q in doc.quotes]
    assert not any(
        t.startswith(("قائد الجيش الليبي", "الحظر على توريد", "حفتر معروف")) for t in texts
    )


@pytest.mark.parametrize("group", list(GROUPS))
def test_entity_groups_of_point_4(doc, request, group):
    _needs_ner(doc, request, GROUP_NAMES[group])
    owners = set()
    for surface in GROUPS[group]:
        key = normalize(surface)
        ids = {
            e.id
            for e in doc.entities
            if any(normalize(m.text) == key for m in e.mentions)
            or any(normalize(t) == key for t in e.titles)
        }
        assert ids, f"{surface!r} is in no entity"
        owners |= ids
    assert len(owners) == 1, f"{group} split over {owners}"


def test_canonical_names_titles_and_countries(doc, request):
    _needs_ner(doc, request, "خليفة حفتر", "مارتن كوبلر")
    by_canonical = {e.canonical: e for e in doc.entities}
    haftar = by_canonical["خليفة حفتر"]
    assert haftar.type == "PERSON" and haftar.country == "LBY"
    assert "قائد الجيش الليبي" in haftar.titles
    kobler = by_canonical["مارتن كوبلر"]
    assert "مبعوث الأمم المتحدة" in kobler.titles
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
    assert not doc.validate()
