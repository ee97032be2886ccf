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


# ---- a recipient is a party --------------------------------------------------------------
def _kind(sentence: str, words: str, ents=None) -> str:
    from rasad.events import actors
    from rasad.events.features import analyse

    a = analyse(sentence)
    first = words.split()[0]
    i = next(j for j, t in enumerate(a.tokens) if a.text[t.start : t.end] == first)
    return actors.recipient_kind(a, (i, i + len(words.split())), ents or {})


def test_recipient_kind_things_are_no_parties():
    assert _kind("وافقت الحكومة على حظر السلاح", "السلاح") == "thing"
    assert _kind("وبحث الوزيران الأوضاع الأمنية", "الأوضاع الأمنية") == "thing"
    assert _kind("وأشاد الرئيس بالجهود المبذولة", "بالجهود المبذولة") == "thing"
    assert _kind("رفض المتحدث الكشف عن اسمه", "الكشف") == "thing"


def test_recipient_kind_people_and_bodies_are_parties():
    assert _kind("واعتقلت الشرطة المتهمين", "المتهمين") == "party"
    assert _kind("واستقبل الأمير وزير الصحة", "وزير الصحة") == "party"
    assert _kind("قتل الرجل شقيقه", "شقيقه") == "party"
    assert _kind("استدعت النيابة سبعة أعضاء", "سبعة أعضاء") == "party"
    assert _kind("قصفت الطائرات مواقع داعش", "مواقع داعش") == "party"
    assert _kind("دعا الوزير المجتمع الدولي", "المجتمع الدولي") == "party"


def test_recipient_kind_named_places():
    from rasad.events.features import analyse

    a = analyse("اجتمع الوزير بالسفير في دمشق")
    i = next(j for j, t in enumerate(a.tokens) if t.norm == "دمشق")
    assert _kind("اجتمع الوزير بالسفير في دمشق", "دمشق", {i: (i, i + 1, "GPE")}) == "place"
    a = analyse("اتهمت واشنطن دمشق")
    i = next(j for j, t in enumerate(a.tokens) if t.norm == "دمشق")
    # a capital standing for its government
    assert _kind("اتهمت واشنطن دمشق", "دمشق", {i: (i, i + 1, "GPE")}) == "party"
    a = analyse("التقى الوفد الأهالي في الأهوار")
    i = len(a.tokens) - 1
    assert _kind("التقى الوفد الأهالي في الأهوار", "الأهوار", {i: (i, i + 1, "LOC")}) == "place"


def test_weapon_is_no_recipient_in_records(pipe):
    doc = run(pipe, "وقالت الوزارة إن الحكومة وافقت على حظر السلاح في المنطقة.\n")
    for ev in doc.events:
        assert "السلاح" not in text(ev.recipient), ev


# ---- pronouns ----------------------------------------------------------------------------
def test_dropped_subject_continues_the_previous_sentence(pipe):
    doc = run(
        pipe,
        "أدان وزير الخارجية الفرنسي جان لوران الهجوم على السفارة في بيروت.\n"
        "ودعا إلى محاسبة المسؤولين عنه.\n",
    )
    calls = of_type(doc, "REQUEST")
    assert len(calls) == 1 and "لوران" in text(calls[0].actor)
    assert calls[0].actor.country == "FRA"


def test_dropped_subject_with_two_parties_before_stays_open(pipe):
    doc = run(
        pipe,
        "التقى الرئيس الفرنسي نظيره الألماني في برلين، وأكد رئيس الوزراء البريطاني دعمه"
        " للاتفاق.\nودعا إلى الإسراع في تنفيذه.\n",
    )
    calls = [e for e in of_type(doc, "REQUEST") if e.sentence == 1]
    assert calls and calls[0].actor is None


def test_coordinated_verb_shares_its_subject(pipe):
    doc = run(pipe, "أدانت الحكومة المصرية الهجوم وطالبت بمحاسبة المنفذين.\n")
    calls = of_type(doc, "REQUEST")
    assert len(calls) == 1 and "الحكومة المصرية" in text(calls[0].actor)


def test_object_suffix_of_an_asked_act_is_the_asker(pipe):
    doc = run(pipe, "طلبت الحكومة اللبنانية من فرنسا تزويدها بطائرات مروحية.\n")
    aid = of_type(doc, "AID")
    assert len(aid) == 1
    assert "فرنسا" in text(aid[0].actor)
    assert "الحكومة اللبنانية" in text(aid[0].recipient)


def test_possessive_members_take_the_owner_state(pipe):
    doc = run(pipe, "واتهم الجيش الأمريكي أحد جنوده بقتل مدنيين في أفغانستان.\n")
    accusations = of_type(doc, "ACCUSE")
    assert len(accusations) == 1
    ev = accusations[0]
    assert ev.actor.country == "USA"  # the nationality adjective of the actor's phrase
    assert "جنوده" in text(ev.recipient) and ev.recipient.country == "USA"


def test_possessive_shapes():
    assert link._possessive("أحد جنوده")
    assert link._possessive("قواتها")
    assert not link._possessive("شقيقه")  # kin may be of another state
    assert not link._possessive("الجيش")


# ---- pronouns: agreement, speakers, names after the verb -----------------------------------
def test_verb_gender_from_affixes():
    from rasad.events.features import analyse

    def gender(sentence: str) -> str | None:
        analysis = analyse(sentence)
        return link.verb_gender(analysis, analysis.triggers[0].index)

    assert gender("وطالبت بوقف القتال.") == "f"
    assert gender("ودعت إلى الحوار.") == "f"
    assert gender("ودعا إلى الحوار.") == "m"
    assert gender("ويطالب بالإفراج عنهم.") == "m"
    assert gender("وطالبوا بالإفراج عنهم.") == "p"
    assert gender("وتعهد بالإصلاح.") is None  # تـ also opens a masculine form-V perfect


def test_party_gender_from_the_head():
    assert link.party_gender(Ref(span=Span(start=0, end=7, text="الحكومة"))) == "f"
    assert link.party_gender(Ref(span=Span(start=0, end=6, text="الوزير"))) == "m"
    assert link.party_gender(Ref(span=Span(start=0, end=9, text="المتظاهرون"))) == "p"
    assert link.party_gender(Ref(span=Span(start=0, end=4, text="مصر"))) is None
    assert link.agrees("f", "f") and link.agrees(None, "m") and not link.agrees("m", "f")


def test_feminine_verb_picks_the_feminine_party(pipe):
    doc = run(
        pipe,
        "أعلن المتحدث باسم الشرطة خالد منصور أن الوزارة فتحت تحقيقا في الحادث.\n"
        "كما طالبت بمحاسبة المسؤولين عنه.\n",
    )
    calls = [e for e in of_type(doc, "REQUEST") if e.sentence == 1]
    assert calls
    assert calls[0].actor is None or "منصور" not in text(calls[0].actor)


def test_coordinated_verb_with_a_disagreeing_subject_stays_open(pipe):
    # the feminine subject of ترفض is not the subject of the masculine وطالب
    doc = run(pipe, "وقالت مصادر إن قيادة الشرطة ترفض صرف الرواتب وطالب بمعالجة الأمر.\n")
    assert "قيادة الشرطة" in text(of_type(doc, "REJECT")[0].actor)
    calls = of_type(doc, "REQUEST")
    assert calls and calls[0].actor is None


def test_first_person_is_not_an_accusative_in_nun(pipe):
    doc = run(
        pipe,
        "قال وزير الخارجية الكيني أمينة محمد: «هناك تعاونًا وثيقًا مع الولايات المتحدة».\n",
    )
    for ev in of_type(doc, "COOPERATE"):
        assert ev.actor is None or "أمينة" not in text(ev.actor)


def test_verb_after_a_quote_continues_its_speaker(pipe):
    doc = run(
        pipe, "وقال وزير الخارجية الأردني ناصر جودة: «هذا الهجوم جبان»، وطالب بمحاسبة المنفذين.\n"
    )
    calls = of_type(doc, "REQUEST")
    assert len(calls) == 1 and "جودة" in text(calls[0].actor)


def test_dropped_subject_takes_the_speaker_entity_before(pipe):
    # the quotes stage resolves the speaker to an entity; its mention names the actor
    doc = run(
        pipe,
        "قال وزير الخارجية الأردني ناصر جودة إن الهجوم جبان.\nوأدان بشدة استهداف المدنيين.\n",
    )
    accusations = [e for e in of_type(doc, "ACCUSE") if e.sentence == 1]
    assert len(accusations) == 1 and "جودة" in text(accusations[0].actor)


def test_speaker_right_after_the_verb_blocks_the_previous_party(pipe):
    # "بارباع" starts like a بـ-phrase, but the quotes stage reads it as the speaker:
    # the subject is said, so the party of the sentence before is not the actor
    doc = run(
        pipe, "وأعلن النادي في بيان أن اللاعب انتقل إلى الفريق.\nوطالب بارباع بتوعية الجمهور.\n"
    )
    calls = of_type(doc, "REQUEST")
    assert len(calls) == 1 and "النادي" not in text(calls[0].actor)


def test_speaker_after_the_verb_named_before_is_the_actor(pipe):
    doc = run(
        pipe,
        "وأكد بارباع أن اللائحة لا تطبق على المباراة.\nوطالب بارباع بتوعية الجمهور.\n",
    )
    calls = of_type(doc, "REQUEST")
    assert len(calls) == 1 and text(calls[0].actor) == "بارباع"


# ---- an honoured person after the verb is its subject ----------------------------------------
def test_honorific_after_the_verb_is_the_subject(pipe):
    doc = run(
        pipe,
        "كما استقبل معالي وزير العدل الدكتور وليد الصمعاني رئيس المحكمة العليا في مكتبه.\n",
    )
    meetings = of_type(doc, "CONSULT")
    assert len(meetings) == 1
    assert text(meetings[0].actor).startswith("معالي وزير العدل")
    assert "الصمعاني" not in text(meetings[0].recipient)


def test_honorific_subject_does_not_take_its_own_office_as_recipient(pipe):
    doc = run(
        pipe,
        "استقبل صاحب السمو الملكي الأمير فيصل بن سلمان أمير منطقة المدينة المنورة أمس"
        " رئيس الجامعة الإسلامية.\n",
    )
    meetings = of_type(doc, "CONSULT")
    assert len(meetings) == 1
    assert "فيصل بن سلمان" in text(meetings[0].actor)
    assert "أمير منطقة" not in text(meetings[0].recipient)


def test_owner_is_no_honorific(pipe):
    # صاحب alone is an owner, who may be the object: "وانتقد صاحب المغسلة"
    from rasad.events.features import analyse
    from rasad.events.stage import _honorific_subject

    analysis = analyse("وانتقد صاحب المغسلة بسبب فساده.")
    assert _honorific_subject(analysis, 0, {}) is None
    analysis = analyse("وأشاد خادم الحرمين الشريفين بهذه المناسبة بالعلاقات.")
    assert _honorific_subject(analysis, 0, {}) == (1, 4)
    # punctuation ends the honorific: what follows the comma is not its title
    analysis = analyse("وأشاد صاحب السمو الملكي، في كلمته، بالعلاقات.")
    assert _honorific_subject(analysis, 0, {}) == (1, 4)


def test_dual_verb_takes_no_single_party():
    assert not link.agrees("d", None) and not link.agrees("d", "m")


def test_passive_with_a_quantity_takes_no_previous_party(pipe):
    doc = run(
        pipe,
        "وأعلن الجيش التركي مقتل جندي في هجوم جنوب البلاد.\n"
        "وقتل ما لا يقل عن عشرين عنصرا من قوات الأمن منذ بداية الشهر.\n",
    )
    for ev in of_type(doc, "ASSAULT"):
        if ev.sentence == 1:
            assert "الجيش" not in text(ev.actor)


# ---- a short organisation name is no event ---------------------------------------------------
def test_short_name_of_an_organisation_named_in_full_is_no_event(pipe):
    doc = run(
        pipe,
        "«التعاون الإسلامي» تدين الهجوم على القرية\n"
        "أدانت منظمة التعاون الإسلامي الهجوم على القرية ودعت إلى محاسبة المنفذين.\n",
    )
    assert not [e for e in of_type(doc, "COOPERATE") if e.sentence == 0]


def test_short_name_needs_two_words():
    from rasad.events.features import analyse
    from rasad.events.stage import _short_name

    tails = {("التعاون", "الاسلامي")}
    analysis = analyse("«التعاون الإسلامي» تدين الهجوم")
    assert _short_name(analysis, 0, tails)
    analysis = analyse("وأكد أهمية التعاون بين البلدين")
    assert not _short_name(analysis, 2, tails)


def test_title_holder_name_and_titles_are_the_actor(pipe):
    # the name after a title, and the titles in apposition after a name, are one person
    doc = run(pipe, "طالب رئيس مجلس النواب العراقي سليم الجبوري أمس رئيس الوزراء بإقالة الوزراء.\n")
    requests = of_type(doc, "REQUEST")
    assert requests and text(requests[0].actor).endswith("سليم الجبوري"), text(requests[0].actor)
    assert "الجبوري" not in text(requests[0].recipient)
