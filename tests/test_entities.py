"""The "entities" stage: name parts, titles, title-only mentions, descriptions, countries."""

from __future__ import annotations

from helpers_quotes import analyse, entity_with
from rasad.entities import EntitiesStage, name_key
from rasad.entities.lexicon import country_of_name, demonym_country, region_matches
from rasad.entities.words import normalize


def test_surname_joins_the_full_name():
    doc = analyse(
        "التقى الوزير سامح شكري نظيره أمس. وقال شكري إن اللقاء كان مثمرا.",
        [("سامح شكري", "PERSON"), ("شكري", "PERSON")],
    )
    person = entity_with(doc, "سامح شكري")
    assert {m.text for m in person.mentions} >= {"سامح شكري", "شكري"}
    assert person.canonical == "سامح شكري"
    assert not doc.validate()


def test_shared_given_name_stays_apart():
    doc = analyse(
        "فاز أحمد القحطاني بالشوط الأول وجاء أحمد سعيد ثالثا، وقال أحمد إن السباق كان قويا.",
        [("أحمد القحطاني", "PERSON"), ("أحمد سعيد", "PERSON"), ("أحمد", "PERSON")],
    )
    first, second = entity_with(doc, "أحمد القحطاني"), entity_with(doc, "أحمد سعيد")
    assert first.id != second.id
    assert "أحمد" not in {m.text for m in first.mentions} | {m.text for m in second.mentions}


def test_titles_before_with_comma_and_after_the_name():
    doc = analyse(
        "التقى وزير الدفاع الفرنسي، جان لودريان، في باريس فولفغانغ شويبله وزير المالية الألماني.",
        [("جان لودريان", "PERSON"), ("فولفغانغ شويبله", "PERSON"), ("باريس", "GPE")],
    )
    french = entity_with(doc, "جان لودريان")
    german = entity_with(doc, "فولفغانغ شويبله")
    assert "وزير الدفاع الفرنسي" in french.titles
    assert french.country == "FRA"
    assert "وزير المالية الألماني" in german.titles
    assert german.country == "DEU"


def test_rank_inside_a_title_run_is_a_title_of_its_own():
    doc = analyse(
        "أعلن رئيس أركان الجيش السوداني الفريق أول محمد عثمان أن القوات انسحبت.",
        [("محمد عثمان", "PERSON")],
    )
    person = entity_with(doc, "محمد عثمان")
    assert "رئيس أركان الجيش السوداني" in person.titles
    assert "الفريق أول" in person.titles
    assert person.country == "SDN"


def test_title_only_mentions_resolve_to_the_title_holder():
    text = (
        "دعا المبعوث الأممي إلى اليمن هانس غروندبرغ الأطراف إلى الحوار. "
        "وأكد المبعوث الدولي أن الهدنة صامدة. وقال المسؤول الدولي إن المفاوضات ستستأنف."
    )
    doc = analyse(text, [("هانس غروندبرغ", "PERSON"), ("اليمن", "GPE")])
    envoy = entity_with(doc, "هانس غروندبرغ")
    texts = {m.text for m in envoy.mentions}
    assert "المبعوث الدولي" in texts
    assert "المسؤول الدولي" in texts


def test_title_of_another_country_does_not_match():
    text = (
        "استقبل وزير الخارجية التركي مولود جاويش أوغلو وزير الخارجية الروسي سيرغي لافروف. "
        "وقال وزير الخارجية الروسي إن المحادثات كانت بناءة."
    )
    doc = analyse(text, [("مولود جاويش أوغلو", "PERSON"), ("سيرغي لافروف", "PERSON")])
    russian = entity_with(doc, "سيرغي لافروف")
    turkish = entity_with(doc, "مولود جاويش أوغلو")
    assert russian.country == "RUS" and turkish.country == "TUR"
    later = doc.text.rindex("وزير الخارجية الروسي")
    assert any(m.start == later for m in russian.mentions)
    assert not any(m.start == later for m in turkish.mentions)


def test_definite_description_of_a_country():
    text = "وصل وفد أممي إلى مالي أمس. وتعاني الدولة الأفريقية من أزمة أمنية منذ سنوات."
    doc = analyse(text, [("مالي", "GPE")])
    country = entity_with(doc, "مالي")
    assert "الدولة الأفريقية" in {m.text for m in country.mentions}
    assert country.country == "MLI"


def test_description_needs_a_country_of_that_region():
    doc = analyse("زار الرئيس فرنسا. وقال إن البلد الأفريقي مهم.", [("فرنسا", "GPE")])
    assert "البلد الأفريقي" not in {m.text for e in doc.entities for m in e.mentions}


def test_organisation_head_alone_refers_back():
    text = "قالت وزارة المالية المصرية إن العجز ارتفع. وأوضحت الوزارة أن الإيرادات زادت."
    doc = analyse(text, [("وزارة المالية المصرية", "ORG")])
    ministry = entity_with(doc, "وزارة المالية المصرية")
    assert "الوزارة" in {m.text for m in ministry.mentions}
    assert ministry.country == "EGY"


def test_country_names_found_without_ner():
    doc = analyse("وصل الوفد إلى السعودية ثم إلى المملكة العربية السعودية.")
    saudi = [e for e in doc.entities if e.country == "SAU"]
    assert len(saudi) == 1 and len(saudi[0].mentions) == 2


def test_ids_are_stable_and_in_reading_order():
    text = "قال خالد العلي إن الاجتماع انتهى. ورد سعيد الحربي بأن الاتفاق قريب."
    names = [("سعيد الحربي", "PERSON"), ("خالد العلي", "PERSON")]
    first = analyse(text, names)
    second = analyse(text, list(reversed(names)))
    assert [e.id for e in first.entities] == [f"e{i}" for i in range(1, len(first.entities) + 1)]
    assert [(e.id, e.canonical) for e in first.entities] == [
        (e.id, e.canonical) for e in second.entities
    ]
    assert first.entities[0].canonical == "خالد العلي"


def test_empty_document():
    from rasad.document import Document

    doc = EntitiesStage()(Document(text=""))
    assert doc.entities == []


def test_lexicon_helpers():
    assert demonym_country(normalize("الروسية")) == "RUS"
    assert demonym_country(normalize("الفرنسيين")) == "FRA"
    assert demonym_country(normalize("المالية")) is None  # "financial", not Mali
    assert country_of_name("المملكة العربية السعودية") == "SAU"
    assert region_matches(normalize("الإفريقية"), "EGY") is True
    assert region_matches(normalize("الخليجي"), "EGY") is False
    assert region_matches(normalize("الكبير"), "EGY") is None
    assert name_key("الجنرال عبد الله الزين") == ("عبدالله", "زين")


def test_cities_get_their_country():
    from rasad.entities.lexicon import city_country

    assert city_country("موسكو") == "RUS"
    # two cities of that name: the one in a country the document names wins
    assert city_country("طرابلس", {"LBY"}) == "LBY"
    assert city_country("طرابلس", {"LBN"}) == "LBN"
    doc = analyse("وصل الوفد إلى القاهرة أمس.", [("القاهرة", "LOC")])
    cairo = entity_with(doc, "القاهرة")
    assert cairo.type == "GPE" and cairo.country == "EGY"


def test_description_start_test_agrees_with_head_kind_and_lex_match():
    # _may_describe tests two precomputed sets; it must stay the same as the titles and
    # lexicon lookups it stands for (they can change independently of it)
    from rasad.entities.lexicon import RANKS, ROLE_HEADS, TITLE_PREMODIFIERS, lex_match
    from rasad.entities.stage import _DESCRIPTION_HEADS, _may_describe
    from rasad.entities.titles import _head_kind

    heads = sorted(RANKS | ROLE_HEADS | TITLE_PREMODIFIERS | _DESCRIPTION_HEADS)
    stems = [*heads, *(h[1:] for h in heads), *(h[:-1] for h in heads), "كتاب", "لبنان"]
    clitics = ("", "ال", "و", "ف", "ب", "ل", "ك", "وال", "فال", "بال", "كال", "لل", "ولل", "وب")
    seen = 0
    for stem in stems:
        for form in {c + stem for c in clitics}:
            expected = bool(_head_kind(form) or lex_match(form, _DESCRIPTION_HEADS))
            assert _may_describe(form) == expected, form
            seen += expected
    assert seen > len(heads)  # the heads with their clitics are found


def test_a_title_run_stops_at_another_persons_name():
    # the guest's title follows the host's name: it is the guest's, and the host's name
    # is no part of it
    doc = analyse(
        "استقبل الأمير محمد بن نايف وزير الخارجية الأمريكي جون كيري في جدة.",
        [("محمد بن نايف", "PERSON"), ("جون كيري", "PERSON"), ("جدة", "GPE")],
    )
    host, guest = entity_with(doc, "محمد بن نايف"), entity_with(doc, "جون كيري")
    assert host.id != guest.id
    assert "وزير الخارجية الأمريكي" in guest.titles
    assert not any("كيري" in m.text for m in host.mentions)
    assert not any("نايف" in t for t in guest.titles)


def test_title_stops_at_an_act_after_bi():
    # "قام الوزير بزيارة لجامعة ...": the act after ب ends the minister's title
    doc = analyse(
        "قام الوزير بزيارة لجامعة الملك سعود والتقى الدكتور خالد العنقري.",
        [("جامعة الملك سعود", "ORG"), ("خالد العنقري", "PERSON")],
    )
    titles = [m.text for e in doc.entities for m in e.mentions if m.type == "TITLE"]
    assert not any("بزيارة" in t for t in titles), titles
