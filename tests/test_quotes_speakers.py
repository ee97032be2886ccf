"""Speaker rules found by the blind gold runs, on invented sentences (NER replaced by names)."""

from __future__ import annotations

import rasad
from helpers_quotes import analyse, quote_starting, speaker_text


def test_relayed_speech_with_object_pronoun_keeps_the_earlier_speaker():
    text = (
        "قال الوزير سامر الخطيب إن الصادرات سترتفع. "
        "ونقلت الإذاعة عنه قوله إن الأسعار ستستقر. "
        "وأضاف أن المخزون يكفي عاما."
    )
    doc = analyse(text, [("سامر الخطيب", "PERSON")])
    for start in ("الأسعار ستستقر", "المخزون يكفي"):
        assert speaker_text(doc, quote_starting(doc, start)) == "سامر الخطيب"


def test_speech_verb_without_clause_sets_the_current_speaker():
    text = (
        "قال المتحدث باسم الشركة رامي يوسف إن الأرباح تضاعفت. "
        "ونفى المدير هاني فؤاد ما تردد عن بيع الفرع. "
        "وقال إن الفرع سيبقى مفتوحا."
    )
    doc = analyse(text, [("رامي يوسف", "PERSON"), ("هاني فؤاد", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الفرع سيبقى")) == "هاني فؤاد"


def test_participle_after_a_new_subject_belongs_to_that_subject():
    text = (
        "وقال النائب كريم سالم إن الحكومة مستقرة، ولكن رفض الوزير باسل نور ذلك، "
        "مؤكدا أن التعديل قريب."
    )
    doc = analyse(text, [("كريم سالم", "PERSON"), ("باسل نور", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الحكومة مستقرة")) == "كريم سالم"
    assert speaker_text(doc, quote_starting(doc, "التعديل قريب")) == "باسل نور"


def test_participle_after_a_speech_verb_without_clause():
    text = (
        "وقالت المغنية ليلى حسن إن الحفل كان ناجحا، وكشفت شركة النور عن ألبوم جديد "
        "قائلة إنه سيصدر الشهر المقبل."
    )
    doc = analyse(text, [("ليلى حسن", "PERSON"), ("شركة النور", "ORG")])
    assert speaker_text(doc, quote_starting(doc, "الحفل كان")) == "ليلى حسن"
    assert speaker_text(doc, quote_starting(doc, "سيصدر الشهر")) == "شركة النور"


def test_two_dots_are_a_pause_not_a_sentence_end():
    text = "وأوضحت مصادر مطلعة أن اللجنة.. أنهت عملها.. مشيرة إلى أن التقرير جاهز."
    doc = analyse(text)
    q = quote_starting(doc, "اللجنة.. أنهت")
    assert "أنهت عملها" in q.text
    assert quote_starting(doc, "التقرير جاهز") is not None


def test_imperfect_speech_verb_after_lam():
    doc = analyse("وارتفعت الأسعار، لتؤكد تقارير إعلامية أن التضخم سيستمر.")
    q = quote_starting(doc, "التضخم سيستمر")
    assert q.kind == "indirect"


def test_headline_label_colon_quotation():
    text = 'سمير العابد : "الإصلاح يبدأ من المدرسة"\n\nقال سمير العابد إن التعليم أولوية.'
    doc = analyse(text, [("سمير العابد", "PERSON")])
    q = quote_starting(doc, "الإصلاح يبدأ")
    assert q.kind == "direct"
    assert speaker_text(doc, q) == "سمير العابد"


def test_label_without_a_name_is_no_quotation():
    doc = analyse('عاجل : "الإصلاح يبدأ من المدرسة"\n\nوانتهى الاجتماع.')
    assert not any(q.text.startswith("الإصلاح") for q in doc.quotes)


def test_title_only_subject_in_the_same_paragraph_is_the_current_speaker():
    text = (
        "وأوضح حسان منير أن المشروع اكتمل. وأشار عضو الجمعية الوطنية للمهندسين "
        "إلى أن التكلفة انخفضت."
    )
    doc = analyse(text, [("حسان منير", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "التكلفة انخفضت")) == "حسان منير"


def test_title_only_subject_after_a_switch_phrase_is_another_person():
    text = "وأوضح حسان منير أن المشروع اكتمل. من جانبه، قال مدير البلدية إن الطريق سيفتح غدا."
    doc = analyse(text, [("حسان منير", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الطريق سيفتح")) == "مدير البلدية"


def test_wrote_and_tweeted_are_speech_verbs():
    text = (
        "وكتب الكاتب نادر سعيد على صفحته: إن الرواية ستصدر قريبا. "
        "وغردت الوزيرة هالة سمير أن الطريق افتتح."
    )
    doc = analyse(text, [("نادر سعيد", "PERSON"), ("هالة سمير", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الرواية ستصدر")) == "نادر سعيد"
    assert speaker_text(doc, quote_starting(doc, "الطريق افتتح")) == "هالة سمير"


def test_speech_verb_of_a_relative_clause_belongs_to_the_subject():
    text = "وقال الطبيب وليد جابر، الذي كتب مقدمة الكتاب، إن «المشي يحمي القلب»."
    doc = analyse(text, [("وليد جابر", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "المشي يحمي")) == "وليد جابر"


def test_quoted_programme_name_after_a_person_noun_is_not_the_speaker():
    text = 'قال الوزير رضا العربي إن المدارس ستفتح. وأضاف ضيف "الحوار" اليوم أن الكتب جاهزة.'
    doc = analyse(text, [("رضا العربي", "PERSON"), ("الحوار", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الكتب جاهزة")) == "رضا العربي"


def test_name_ending_like_a_preposition_before_the_clause():
    doc = analyse("وأكد الوزير سامي علي أن الميزانية جاهزة.", [("سامي علي", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الميزانية جاهزة")) == "سامي علي"


def test_emphasised_on_that_is_a_clause():
    doc = analyse("وأكد الوزير سامي حداد على أن الميزانية جاهزة.", [("سامي حداد", "PERSON")])
    assert speaker_text(doc, quote_starting(doc, "الميزانية جاهزة")) == "سامي حداد"


def test_on_the_tongue_of_names_the_source_and_the_relay():
    doc = analyse(
        "وأكدت الصحيفة على لسان الوزير سامي حداد أن الميزانية جاهزة.",
        [("سامي حداد", "PERSON")],
    )
    q = quote_starting(doc, "الميزانية جاهزة")
    assert speaker_text(doc, q) == "سامي حداد"
    assert any(link.role == "cited_outlet" for link in q.attribution)


def test_evidence_subject_without_a_source_is_no_quotation():
    doc = analyse("وتشير الأرقام إلى أن الصادرات تراجعت بنسبة كبيرة هذا العام.")
    assert not doc.quotes


def test_evidence_subject_speaks_for_its_study_or_body():
    doc = analyse(
        "وقالت الدراسة إن النوم مفيد جدا للصحة. وتشير النتائج إلى أن القهوة مفيدة. "
        "وذكرت بيانات وزارة التخطيط أن الإنفاق ارتفع."
    )
    assert speaker_text(doc, quote_starting(doc, "القهوة مفيدة")) == "الدراسة"
    assert speaker_text(doc, quote_starting(doc, "الإنفاق ارتفع")) == "وزارة التخطيط"


def test_relative_clause_is_no_part_of_the_speaker():
    # the full pipeline: the tagger's mentions carry the subject on past its لـ-genitive
    doc = rasad.extract(
        "وأوصت الأمانة العامة لرابطة العالم الإسلامي أبناء الجاليات الذين هم سفراء"
        " لبلادهم، بالتمسك بالوسطية."
    )
    (q,) = doc.quotes
    assert q.speaker.span.text.startswith("الأمانة العامة")
    assert "الذين" not in q.speaker.span.text
