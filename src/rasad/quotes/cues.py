"""Reporting cues of Arabic news: speech verbs, circumstantial participles, nominal
frames, and the conjunctions that open reported clauses. General vocabulary only.

Everything is keyed by the matching form (``normalize``) without a leading و/ف.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.entities.words import normalize


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str  # "verb", "participle", "noun" ("قوله")
    gender: str  # "m", "f", "p" (plural) or "" (unknown)
    impersonal: bool = False


def _verb_forms(spec: str) -> dict[str, Cue]:
    """``lemma: past-m past-f past-pl imperf-m imperf-f imperf-pl`` lines -> forms."""
    out: dict[str, Cue] = {}
    for line in spec.strip().splitlines():
        lemma, _, forms = line.partition(":")
        for n, form in enumerate(forms.split()):
            if form == "_":
                continue  # a form left out: "دون" is mostly "without"
            gender = ("m", "f", "p", "m", "f", "p")[n] if n < 6 else ""
            out.setdefault(normalize(form), Cue(lemma.strip(), "verb", gender))
    return out


VERBS = _verb_forms(
    """
    قال: قال قالت قالوا يقول تقول يقولون
    أكد: أكد أكدت أكدوا يؤكد تؤكد يؤكدون
    أوضح: أوضح أوضحت أوضحوا يوضح توضح يوضحون
    أشار: أشار أشارت أشاروا يشير تشير يشيرون
    أضاف: أضاف أضافت أضافوا يضيف تضيف يضيفون
    صرح: صرح صرحت صرحوا يصرح تصرح يصرحون
    لفت: لفت لفتت لفتوا يلفت تلفت يلفتون
    شدد: شدد شددت شددوا يشدد تشدد يشددون
    دعا: دعا دعت دعوا يدعو تدعو يدعون
    اعتبر: اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون
    نفى: نفى نفت نفوا ينفي تنفي ينفون
    ذكر: ذكر ذكرت ذكروا
    أفاد: أفاد أفادت أفادوا يفيد تفيد يفيدون
    أعلن: أعلن أعلنت أعلنوا
    كشف: كشف كشفت كشفوا
    رأى: رأى رأت رأوا يرى ترى يرون
    أورد: أورد أوردت أوردوا
    نقل: نقل نقلت نقلوا
    تابع: تابع تابعت تابعوا
    بين: بين بينت بينوا يبين تبين
    حذر: حذر حذرت حذروا يحذر تحذر يحذرون
    اعترف: اعترف اعترفت اعترفوا
    توقع: توقع توقعت توقعوا يتوقع تتوقع يتوقعون
    نبه: نبه نبهت نبهوا
    أقر: أقر أقرت أقروا
    زعم: زعم زعمت زعموا يزعم تزعم يزعمون
    ادعى: ادعى ادعت ادعوا
    أجاب: أجاب أجابت أجابوا
    رد: رد ردت ردوا
    تساءل: تساءل تساءلت تساءلوا
    أبلغ: أبلغ أبلغت أبلغوا
    أعرب: أعرب أعربت أعربوا
    طالب: طالب طالبت طالبوا يطالب تطالب يطالبون
    حث: حث حثت حثوا
    اقترح: اقترح اقترحت اقترحوا
    أوصى: أوصى أوصت أوصوا
    شكا: شكا شكت شكوا
    نوه: نوه نوهت نوهوا
    أبرز: أبرز أبرزت أبرزوا
    استطرد: استطرد استطردت
    أكمل: أكمل أكملت
    ختم: ختم ختمت
    كتب: كتب كتبت كتبوا يكتب تكتب يكتبون
    غرد: غرد غردت غردوا يغرد تغرد يغردون
    دوّن: _ دونت دونوا
    """
)

PARTICIPLES: dict[str, Cue] = {}
for _lemma, _m in {
    "أضاف": "مضيفا",
    "أشار": "مشيرا",
    "أوضح": "موضحا",
    "أكد": "مؤكدا",
    "اعتبر": "معتبرا",
    "بين": "مبينا",
    "لفت": "لافتا",
    "شدد": "مشددا",
    "حذر": "محذرا",
    "نبه": "منبها",
    "نوه": "منوها",
    "أبرز": "مبرزا",
    "قال": "قائلا",
    "وصف": "واصفا",
    "تساءل": "متسائلا",
    "أعرب": "معربا",
    "دعا": "داعيا",
    "نفى": "نافيا",
    "كشف": "كاشفا",
    "توقع": "متوقعا",
    "ذكر": "ذاكرا",
    "مناشد": "مناشدا",
    "مطالب": "مطالبا",
}.items():
    _n = normalize(_m)
    PARTICIPLES[_n] = Cue(_lemma, "participle", "m")
    PARTICIPLES[_n[:-1] + "ه"] = Cue(_lemma, "participle", "f")  # مضيفة
    PARTICIPLES[_n[:-1] + "ين"] = Cue(_lemma, "participle", "p")  # مضيفين

# "قوله", "بقوله", "قولها": the speech noun after "مضيفا" or "عن X".
SPEECH_NOUNS = {
    normalize(w)
    for w in ["قوله", "قولها", "قولهم", "قولهما", "بقوله", "بقولها", "بقولهم", "تصريحه", "تأكيده"]
}

# Verbs whose object is a noun or an infinitive phrase rather than a clause
# ("دعا إلى الحوار"): the reported content starts after the preposition.
NOMINAL_OBJECT = {
    "دعا": ("الي",),
    "طالب": ("ب",),
    "حث": ("علي",),
    "أوصى": ("ب",),
    "أشار": ("الي",),
    "لفت": ("الي",),
    "نبه": ("الي",),
    "حذر": ("من",),
    "شدد": ("علي",),
}

# Verbs that never report speech when followed by these words ("كشف النقاب" is the
# passive "it was revealed"; "رد" needs a colon or quote).
NOT_SPEECH_NEXT = {"كشف": {"النقاب"}}
NEEDS_QUOTE = {"رد", "أجاب", "تساءل", "ختم", "استطرد", "أعرب", "شكا", "أكمل"}

# Frames naming a source ("بحسب X", "وفقا لـ X", "نقلا عن X", "على حد قول X").
FRAMES = [
    ("بحسب ما", "according"),
    ("حسب ما", "according"),
    ("حسبما", "according"),
    ("وفق ما", "according"),
    ("وفقا لما", "according"),
    ("طبقا لما", "according"),
    ("بحسب", "according"),
    ("حسب", "according"),
    ("وفقا ل", "according"),
    ("وفقا", "according"),
    ("وفق", "according"),
    ("طبقا ل", "according"),
    ("نقلا عن", "citing"),
    ("على حد قول", "according"),
    ("على حد تعبير", "according"),
    ("في تصريح ل", "to_outlet"),
    ("في تصريحات ل", "to_outlet"),
    ("في حديث ل", "to_outlet"),
    ("في مقابلة مع", "to_outlet"),
    ("على لسان", "citing"),  # "X على لسان Y": Y speaks, X relays
]
FRAME_TOKENS = [(tuple(normalize(p).split()), kind) for p, kind in FRAMES]
# frame followed only by a possessive pronoun: the last speaker ("وفق تعبيره")
PRONOUN_FRAME_NOUNS = {
    normalize(w)
    for w in [
        "تعبيره",
        "تعبيرها",
        "تعبيرهم",
        "قوله",
        "قولها",
        "قولهم",
        "تقديره",
        "تقديرها",
        "رأيه",
        "رأيها",
        "رأيهم",
        "وصفه",
        "وصفها",
        "تأكيده",
        "تصريحه",
        "تصريحها",
        "زعمه",
        "زعمها",
        "روايته",
        "روايتها",
    ]
}
# verbs after "حسب ما" / "وفق ما" ("وفق ما أكدته مصادر")
FRAME_VERBS = {
    normalize(w)
    for w in [
        "أفاد",
        "أفادت",
        "ذكر",
        "ذكرت",
        "أكد",
        "أكدت",
        "أكدته",
        "أورد",
        "أوردت",
        "أوردته",
        "أوردها",
        "قال",
        "قالت",
        "أعلن",
        "أعلنت",
        "نقل",
        "نقلت",
        "أفادته",
        "ذكرته",
        "نشرته",
        "نشرت",
        "جاء",
    ]
}

# Conjunctions that open a reported clause (matching forms).
_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم")
CLAUSE_CONJ = {base + p for base in ("ان", "بان", "وان") for p in _PRONOUNS} | {
    "انني",
    "بانني",
    "اننا",
    "باننا",
}
# Words that make the next "أن" a plain subjunctive, not a reported clause.
SUBJUNCTIVE_BEFORE = {
    normalize(w)
    for w in [
        "بعد",
        "قبل",
        "منذ",
        "دون",
        "بدون",
        "يجب",
        "ينبغي",
        "يمكن",
        "يمكنه",
        "لابد",
        "بد",
        "على",
    ]
}

# Adjuncts between a verb and its subject or clause.
TIME_WORDS = {
    normalize(w)
    for w in [
        "أمس",
        "اليوم",
        "غدا",
        "يوم",
        "صباح",
        "مساء",
        "ليلة",
        "الليلة",
        "أمس",
        "الأول",
        "الماضي",
        "الماضية",
        "أيضا",
        "أيضًا",
        "كذلك",
        "بدوره",
        "بدورها",
        "السبت",
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "صراحة",
        "مجددا",
        "مرة",
        "أخرى",
        "بدلا",
        "قبيل",
        "بعيد",
    ]
}
ADJUNCT_STARTERS = {
    normalize(w)
    for w in [
        "في",
        "فى",
        "خلال",
        "عقب",
        "إثر",
        "اثر",
        "بعد",
        "قبل",
        "قبيل",
        "بعيد",
        "أثناء",
        "لدى",
        "عند",
        "حول",
        "أمام",
        "من",
        "عن",
        "على",
        "إلى",
        "الى",
        "مع",
        "ضمن",
        "وسط",
        "بين",
        "فيه",
        "فيها",
        "فيهم",
        "له",
        "لها",
        "لهم",
        "لي",
        "لنا",
        "عليه",
        "عليها",
        "منه",
        "منها",
        "عنه",
        "عنها",
    ]
}

# Quotation marks: opening -> closing.
PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "”": "”"}
