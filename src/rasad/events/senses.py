"""Word-sense and clause checks for the generic (rule-coded) PLOVER types.

The trigger words of the generic types are common words with other senses in news:
الطلب is market demand, طلبة are students, البحث is search or research, يستقبل takes
visitors, goods or calls, الدعم is a price subsidy, يلتقي is a football fixture. And
the clause may make a real trigger something other than a reported event: negated
behind a conjunction (ولم، ولا), a purpose (لكي، لدعم، دعماً، بالتعاون مع), a topic
of talks (سبل التعاون), a habit of an unnamed many (بعض الدول ترفض) or a description
in a relative clause (التحركات التي تدعمها).

Each check reads only the words around the trigger (normalized forms, see
normalize.py); none is tied to a particular article. The ASSAULT/PROTEST salience model
does not use this module.
"""

from __future__ import annotations

from rasad.events import actors, lexicon
from rasad.events.features import Analysis, Trigger

# ---- other senses ---------------------------------------------------------------------
# الطلب = market demand: "الطلب على النفط", "ارتفاع الطلب", "الطلب العالمي", "العرض والطلب"
_DEMAND_AFTER = {
    "على",
    "علي",
    "عليه",
    "عليها",
    "عليهم",
    "العالمي",
    "المحلي",
    "المتزايد",
    "المتنامي",
    "القوي",
    "الضعيف",
    "الكبير",
    "الاجمالي",
    "الموسمي",
}
_DEMAND_BEFORE = {
    "ارتفاع",
    "انخفاض",
    "زياده",
    "تراجع",
    "ضعف",
    "نمو",
    "حجم",
    "قوه",
    "تباطو",
    "تزايد",
    "تنامي",
    "العرض",
    "عرض",
    "تلبيه",
    "يلبي",
    "لتلبيه",
    "مستوى",
    "مستوي",
    "حسب",
    "بحسب",
}
# "طلب عدم الكشف عن اسمه": boilerplate of an anonymous source
_ANONYMOUS = {"الكشف", "كشف", "ذكر", "نشر", "الافصاح", "الاعلان"}
# "عالم اجتماع", "علم الاجتماع", "أستاذ علم الاجتماع": sociology, not a meeting
_SOCIOLOGY = {"عالم", "علم", "علماء", "لعلم", "وعلم", "قسم", "باحث", "باحثه"}
# a prayer is no request: "دعا الله", "يدعو المولى"
_GOD = {"الله", "لله", "ربه", "ربها", "المولي", "المولى"}
# what a task requires: "تطلّب وقتا/جهدا/أموالا"
_EFFORT = {"وقتا", "جهدا", "جهودا", "اموالا", "مزيدا", "سنوات", "اشهر", "ايام", "ساعات", "دقائق"}
# بحث = search or research: "البحث عن", "محركات البحث", "البحث العلمي"
_SEARCH_BEFORE = {
    "محركات",
    "محرك",
    "فرق",
    "فريق",
    "فرقه",
    "عمليات",
    "عمليه",
    "جهود",
    "مركز",
    "مراكز",
    "معهد",
    "وحدات",
    "وحده",
    "اعمال",
    "ورقه",
    "اوراق",
    "مجال",
    "طلاب",
    "باحث",
    "باحثين",
}
_SEARCH_AFTER = {
    "العلمي",
    "العلميه",
    "والانقاذ",
    "والتطوير",
    "والتحري",
    "والتنقيب",
    "الجنائي",
    "الميداني",
    "جار",
    "جاريه",
    "مستمر",
}
_ABOUT = {"عن", "عنه", "عنها", "عنهم", "عنهما"}
# الدعم = subsidy of prices and goods
_SUBSIDY_AFTER = {
    "اسعار",
    "الاسعار",
    "الطاقه",
    "طاقه",
    "الوقود",
    "وقود",
    "الكهرباء",
    "البنزين",
    "المحروقات",
    "السلع",
    "الغذاء",
    "الخبز",
    "القمح",
    "الديزل",
    "المياه",
    "الحكومي",
    "المالي",
    "النقدي",
    "السكني",
}
# "خفض الدعم", "رفع الدعم عن": cutting or lifting a subsidy
_SUBSIDY_BEFORE = {
    "خفض",
    "تخفيض",
    "رفع",
    "سحب",
    "تقليص",
    "الغاء",
    "اصلاح",
    "ترشيد",
    "فاتوره",
    "برامج",
    "برنامج",
    "اعانات",
}
# a football fixture is not a meeting
_SPORTS = {
    "مباراه",
    "مباريات",
    "المباراه",
    "منتخب",
    "المنتخب",
    "دوري",
    "الدوري",
    "بطوله",
    "البطوله",
    "كاس",
    "نادي",
    "النادي",
    "لاعب",
    "اللاعب",
    "لاعبين",
    "اللاعبين",
    "مدرب",
    "المدرب",
    "الشوط",
    "وديا",
    "ودي",
    "الوديه",
    "ملعب",
    "الملعب",
    "هدفين",
    "الاهداف",
    "الفريق",
    "الموسم",
}
_RECEIVE = ("استقبل", "يستقبل", "تستقبل", "استقبال", "يستقبلون", "استقبلت", "استقبلوا")
_PERSON_WORDS = {
    "وزير",
    "وزيره",
    "سفير",
    "سفيره",
    "رييس",
    "رئيس",
    "وفد",
    "وفدا",
    "امير",
    "الامير",
    "ملك",
    "الملك",
    "نظيره",
    "نظيرته",
    "مبعوث",
    "المبعوث",
    "قايد",
    "قائد",
    "ولي",
    "الشيخ",
    "شيخ",
    "نايب",
    "نائب",
    "مستشار",
    "امين",
    "الامين",
    "مدير",
    "محافظ",
    "الرييس",
    "السفير",
    "الوزير",
    "الوفد",
    "رؤساء",
    "روساء",
    "سفراء",
    "وزراء",
    "ممثلي",
    "ممثل",
    "اعضاء",
    "عضو",
}


def _core(analysis: Analysis, j: int) -> str:
    return analysis.tokens[j].core if 0 <= j < len(analysis.tokens) else ""


def _norm(analysis: Analysis, j: int) -> str:
    if not 0 <= j < len(analysis.tokens):
        return ""
    norm = analysis.tokens[j].norm
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


def other_sense(
    analysis: Analysis,
    trig: Trigger,
    event_type: str,
    ents: actors.EntityIndex,
) -> str | None:
    """Why the trigger is a word in another sense (the reason), or None."""
    i = trig.index
    tok = analysis.tokens[i]
    surface = analysis.text[tok.start : tok.end]
    core = tok.core
    nxt, prev = _norm(analysis, i + 1), _norm(analysis, i - 1)
    if event_type == "REQUEST":
        if surface.endswith("ة") and core.startswith("طلب"):
            return "students"  # طلبة (طلبه "his request" is written with ه)
        if (
            core in ("طلب", "طلبا")
            and tok.norm.lstrip("وف")[:1] in "ابل"
            and (
                nxt in _DEMAND_AFTER
                or prev in _DEMAND_BEFORE
                or _core(analysis, i - 1) in _DEMAND_BEFORE
            )
        ):
            return "market demand"
        if nxt == "عدم" and _norm(analysis, i + 2) in _ANONYMOUS:
            return "anonymous source"
        if core.startswith(("دع", "يدع", "تدع")) and any(
            _norm(analysis, j) in _GOD for j in range(i + 1, i + 4)
        ):
            return "prayer"  # "ودعت القيادة الله أن يتقبله"
        if "طّ" in surface or (core.startswith("تطلب") and (nxt[:1].isdigit() or nxt in _EFFORT)):
            return "requires"  # "تطلّب 14 دقيقة", "تطلب وقتا": form V, to require
    if event_type == "CONSULT":
        if core == "اجتماع" and (prev in _SOCIOLOGY or _core(analysis, i - 1) in _SOCIOLOGY):
            return "sociology"  # "عالم اجتماع", "علم الاجتماع"
        if core.lstrip("يت").startswith("بحث") or core.startswith("بحث"):
            if nxt in _ABOUT or core.endswith("ا") and nxt in _ABOUT:
                return "search"
            if prev in _SEARCH_BEFORE or _core(analysis, i - 1) in _SEARCH_BEFORE:
                return "search"
            if nxt in _SEARCH_AFTER:
                return "search"
        if tok.norm.lstrip("وف").startswith(_RECEIVE) and not _receives_person(analysis, i, ents):
            return "receives things"
    if event_type in ("CONSULT", "SUPPORT") and (
        analysis.words()[1] & _SPORTS or analysis.words()[0] & _SPORTS
    ):
        return "sports"  # fixtures ("يلتقي الفريق"), squads ("يدعم خطوط الفريق")
    if (
        event_type == "SUPPORT"
        and core.startswith("دعم")
        and not core.startswith("دعمت")
        and (
            nxt in _SUBSIDY_AFTER
            or _core(analysis, i + 1) in _SUBSIDY_AFTER
            or core == "دعم"
            and (prev in _SUBSIDY_BEFORE or _core(analysis, i - 1) in _SUBSIDY_BEFORE)
        )
    ):
        return "subsidy"
    return None


def _receives_person(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """A reception is a meeting when a person, an official or a body is received: a
    named person or organisation or a title word among the words after the verb (the
    subject and the object of "استقبل الملك في قصره اليوم وزير الخارجية")."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 9)):
        if j > i + 1 and actors._break_between(analysis, j - 1, j):
            break
        hit = ents.get(j)
        if hit is not None and hit[2] in ("PERSON", "ORG"):
            return True
        if toks[j].core in _PERSON_WORDS or _norm(analysis, j) in _PERSON_WORDS:
            return True
    return False


_CLAUSE_BREAK = ".!?؟;؛:"


def _demand_clause(analysis: Analysis, i: int) -> bool:
    """A demand verb (دعا، طالب، حث) then إلى before the trigger in the same clause."""
    toks = analysis.tokens
    seen_to = False
    for j in range(i - 1, max(-1, i - 16), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in _CLAUSE_BREAK for c in gap):
            return False
        norm = _norm(analysis, j)
        if norm in ("الى", "الي"):
            seen_to = True
        elif seen_to and (norm in lexicon.DEMAND or toks[j].core in lexicon.DEMAND):
            return True
    return False


def nominal_shape(norm: str, kind: str) -> bool:
    """A masdar by its shape: definite, after a preposition clitic, accusative or
    feminine (الدعم، بدعم، دعماً، زيارة), not an imperfect verb."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if kind == "verb" and w[:1] in "يت" and not w.startswith("تع"):
        return False
    return w.startswith(("ال", "لل", "بال", "ل", "ب")) or w.endswith(("ا", "ه", "ات"))


# ---- clause status --------------------------------------------------------------------
_PURPOSE = {"كي", "لكي", "لكيلا", "لئلا", "كيلا", "سواء"}
_BECAUSE = {"لان", "لانه", "لانها", "لانهم", "بسبب"}
# a masdar after these words is the topic of talks, not an event: "سبل التعاون"
_TOPIC_HEADS = {
    "اوجه",
    "سبل",
    "مجالات",
    "مجال",
    "افاق",
    "اطر",
    "اطار",
    "تعزيز",
    "تطوير",
    "توسيع",
    "تفعيل",
    "تنميه",
    "علاقات",
    "مستوى",
    "مستوي",
    "اهميه",
    "برامج",
    "برنامج",
    "فرص",
    "اليات",
    "اتفاقيه",
    "مذكره",
    "ضروره",
    "مبدا",
    "روح",
}
# an unnamed many as the subject: a habit or a general statement
_MANY = {"بعض", "عديد", "عديدا", "كثير", "كثيرا", "معظم", "غالبيه", "اغلب", "هناك", "كل", "جميع"}
_FACING = {"يواجه", "تواجه", "يواجهون", "ستواجه", "سيواجه", "تهدد", "يهدد"}
# a plan after the noun: "اجتماع متوقع", "الزيارة المرتقبة", "الاجتماع المقبل"
_PLANNED_AFTER = {
    "متوقع",
    "المتوقع",
    "المتوقعه",
    "متوقعه",
    "المرتقب",
    "المرتقبه",
    "مرتقب",
    "مرتقبه",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "المرتقبين",
    "المزمع",
    "المزمعه",
    "المنتظر",
    "المنتظره",
    "مقرر",
    "المقرر",
    "المقرره",
}
# lasting or general support: "دعمه الدائم", "التعاون المستمر"
_LASTING_AFTER = {"الدائم", "الدايم", "المستمر", "المتواصل", "اللامحدود", "الدائمه", "المستمره"}
_THEY = {"هم", "وهم", "فهم", "انهم", "لانهم", "فانهم"}
_STILL = {"مازال", "مازالت", "يزال", "تزال", "زال", "زالت", "ظل", "ظلت", "يظل", "تظل"}


def clause_status(analysis: Analysis, trig: Trigger) -> tuple[str | None, str | None, bool]:
    """(polarity, modality, background) the clause gives the trigger beyond the shared
    cues of features.cue_flags: None where it says nothing."""
    i = trig.index
    toks = analysis.tokens
    polarity = modality = None
    background = False
    before = [_norm(analysis, j) for j in range(max(0, i - 3), i)]
    near = [toks[j].norm for j in range(max(0, i - 2), i)]
    if any(w in lexicon.NEGATION or w[1:] in lexicon.NEGATION and w[:1] in "وف" for w in near):
        polarity = "negated"  # "ولم يتهم", "ولا يساهم في دعم"
    nominal = nominal_shape(toks[i].norm, trig.kind)
    if nominal and any(
        w in lexicon.NEGATION and w != "غير" and _norm(analysis, j + 1) != "سيما"
        for j, w in zip(range(max(0, i - 3), i), before, strict=True)
    ):
        polarity = "negated"  # a masdar under a negated verb: "ولا يساهم في دعم"
    if any(w in _PURPOSE for w in before):
        modality = "hypothetical"  # "لكي يرفض", "سواء دعم"
    if any(w in _FACING for w in before[-2:]):
        modality = "hypothetical"  # "يواجه السجن", "تواجه عقوبات"
    nxt = _norm(analysis, i + 1)
    if nxt in _PLANNED_AFTER or _norm(analysis, i + 2) in _PLANNED_AFTER and nxt[:2] == "ال":
        modality = "future"
    if _demand_clause(analysis, i) and trig.type != "REQUEST":
        modality = "demanded"  # "دعا المجلس الدول إلى دعم الحكومة والتعاون معها"
    if nxt in _LASTING_AFTER or any(w in _BECAUSE for w in before[-2:]):
        background = True  # "دعمه الدائم"; a reason given in passing: "لأنه هاجم"
    norm = toks[i].norm
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    imperfect = trig.kind == "verb" and bare[:1] in "يت" and not bare.startswith("تع")
    if nominal and bare[:1] == "ل" and not bare.startswith("ال") and len(bare) > 3:
        background = True  # purpose: "لدعم", "للتعاون"
    if (
        nominal
        and bare.startswith("بال")
        and any(f in ("cooperate", "support", "agree") for f in trig.families)
    ):
        background = True  # manner: "بالتعاون مع", "بالاتفاق مع"
    if (
        nominal
        and bare.endswith("ا")
        and not bare.endswith("وا")
        and not bare.startswith("ال")
        and i > 0
        and trig.type in ("SUPPORT", "COOPERATE", "AID")
    ):
        background = True  # accusative of purpose: "دعماً لـ", "تأييداً"
    if nominal and bare.startswith("ال") and bare.endswith("ات"):
        background = True  # a definite plural names a kind: "الزيارات", "الاعتقالات"
    if nominal and (
        _core(analysis, i - 1) in _TOPIC_HEADS or _norm(analysis, i - 1) in _TOPIC_HEADS
    ):
        background = True
    if imperfect:
        if i > 0 and toks[i - 1].norm in actors._RELATIVES:
            background = True  # "التحركات التي تدعمها"
        after = [_norm(analysis, j) for j in (i + 1, i + 2)]
        if any(w in _MANY or w in _STILL for w in before + after):
            background = True  # "بعض الدول ترفض", "ترفض بعض الدول", "لا يزال يرفض"
        if any(w in _THEY for w in before[-1:]):
            background = True  # a characterisation: "إنهم يدعمون", "فهم يدعمون"
    return polarity, modality, background
