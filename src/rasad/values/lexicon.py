"""Word lists for times and quantities, in the matching form (see :mod:`rasad.values.matchform`).

Every entry is written folded: alef variants -> ا, ى -> ي, ة -> ه, no diacritics.
Each word maps to ``(code, value, extra)``; the code is one character used by the
grammar in :mod:`rasad.values.grammar`:

  W cardinal word   O ordinal word    M Gregorian month   J Hijri month   K weekday
  1..9 time units (second, minute, hour, day, week, month, year, decade, century)
  R relative day/now words   P past / F future / C current modifiers   L "last"
  p part of the day   a بعد   q قبل   s منذ   x خلال/لمدة   t إلى/حتى   b بين   & و
  B beginning/middle/end of a period   E عيد   e holiday name   H Hijri era   G CE era
  Z "every"-style set words   V vague amounts   _ fillers (في، من، الموافق، الذي)
"""

from __future__ import annotations

# -- numbers -----------------------------------------------------------------
# kind: "unit" 0-9, "ten" (عشر: 10, or +10 after a unit), "tens" 20-90,
# "hundred" (مئة: multiplies a preceding unit), "hundreds" 200-900,
# "scale" (ألف, مليون ...), "scale_pl" (آلاف: multiplies), "dual_scale" (ألفان),
# "fraction" (نصف، ربع، ثلث)
CARDINALS: dict[str, tuple[str, float]] = {}


def _add(kind: str, value: float, *forms: str) -> None:
    for form in forms:
        CARDINALS[form] = (kind, value)


_add("unit", 0, "صفر")
_add("unit", 1, "واحد", "واحده")
_add("unit_teen_only", 1, "احد", "احدي")
_add("unit", 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "اثنتى")
_add("unit", 3, "ثلاث", "ثلاثه")
_add("unit", 4, "اربع", "اربعه")
_add("unit", 5, "خمس", "خمسه")
_add("unit", 6, "ست", "سته")
_add("unit", 7, "سبع", "سبعه")
_add("unit", 8, "ثمان", "ثماني", "ثمانيه")
_add("unit", 9, "تسع", "تسعه")
_add("ten", 10, "عشر", "عشره")
for _v, _stem in (
    (20, "عشر"),
    (30, "ثلاث"),
    (40, "اربع"),
    (50, "خمس"),
    (60, "ست"),
    (70, "سبع"),
    (80, "ثمان"),
    (90, "تسع"),
):
    _add("tens", _v, _stem + "ون", _stem + "ين")
_add("hundred", 100, "مئه", "مائه", "ميه", "مايه", "مئة")
_add("hundreds", 200, "مئتان", "مئتين", "مائتان", "مائتين", "ميتين", "متين")
for _v, _stem in (
    (300, "ثلاث"),
    (400, "اربع"),
    (500, "خمس"),
    (600, "ست"),
    (700, "سبع"),
    (800, "ثمان"),
    (900, "تسع"),
):
    _add("hundreds", _v, _stem + "مئه", _stem + "مائه", _stem + "ميه")
_add("hundreds", 800, "ثمانيمائه", "ثمانمئه")
_add("scale", 1e3, "الف", "الفا")
_add("dual_scale", 2e3, "الفان", "الفين", "الفي")
_add("scale_pl", 1e3, "الاف", "الوف")
_add("scale", 1e6, "مليون", "مليونا")
_add("dual_scale", 2e6, "مليونان", "مليونين", "مليوني")
_add("scale_pl", 1e6, "ملايين")
_add("scale", 1e9, "مليار", "مليارا", "بليون", "بليونا")
_add("dual_scale", 2e9, "ملياران", "مليارين", "مليارى", "مليارا")
_add("scale_pl", 1e9, "مليارات", "بلايين")
_add("scale", 1e12, "ترليون", "تريليون", "ترليونا", "تريليونا")
_add("scale_pl", 1e12, "ترليونات", "تريليونات")
# colloquial (Levantine/Egyptian) spellings seen in spoken-style text
_add("unit", 2, "اتنين", "اتنان")
_add("unit", 3, "تلات", "تلاته")
_add("unit", 8, "تمان", "تماني", "تمانيه", "تمنيه")
_add("tens", 30, "تلاتين")
_add("tens", 80, "تمانين")
for _v, _forms in (
    (11, ("حداشر", "احداشر")),
    (12, ("اتناشر", "اطناشر")),
    (13, ("تلتاشر", "تلطاشر")),
    (14, ("اربعتاشر", "اربعطاشر")),
    (15, ("خمستاشر", "خمسطاشر")),
    (16, ("ستاشر", "سطاشر")),
    (17, ("سبعتاشر", "سبعطاشر")),
    (18, ("تمنتاشر", "تمنطاشر")),
    (19, ("تسعتاشر", "تسعطاشر")),
):
    _add("tens", _v, *_forms)
_add("fraction", 0.5, "نصف")
_add("fraction", 0.25, "ربع")
_add("fraction", 1 / 3, "ثلث")
_add("fraction", 2 / 3, "ثلثي", "ثلثا")
_add("fraction_pl", 0.25, "ارباع")
# "مليارا" is both accusative singular and a dual construct; the singular wins.
CARDINALS["مليارا"] = ("scale", 1e9)

# Ordinals 1-10; "حادي" only appears in compounds (الحادي عشر، الحادي والعشرون).
ORDINALS: dict[str, int] = {}
for _v, _forms in (
    (1, ("اول", "اولي", "اوله")),
    (2, ("ثاني", "ثانيه", "ثان")),
    (3, ("ثالث", "ثالثه", "تالت", "تالته")),
    (4, ("رابع", "رابعه")),
    (5, ("خامس", "خامسه")),
    (6, ("سادس", "سادسه")),
    (7, ("سابع", "سابعه")),
    (8, ("ثامن", "ثامنه", "تامن", "تامنه")),
    (9, ("تاسع", "تاسعه")),
    (10, ("عاشر", "عاشره")),
    (1, ("حادي", "حاديه")),
):
    for _f in _forms:
        ORDINALS[_f] = _v

# -- calendar ----------------------------------------------------------------
# Months of every Arab media region. Multi-word names (كانون الثاني، تشرين الأول,
# ربيع الأول ...) are a head word followed by an ordinal, joined in the grammar.
GREGORIAN_MONTHS: dict[str, int] = {}
for _v, _forms in (
    (1, ("يناير", "جانفي", "جانفييه", "ينايير", "يناير")),
    (2, ("فبراير", "شباط", "فيفري", "فبرير", "فبراير")),
    (3, ("مارس", "اذار")),
    (4, ("ابريل", "نيسان", "افريل", "ابريل")),
    (5, ("مايو", "ايار", "ماي", "مايس")),
    (6, ("يونيو", "يونيه", "حزيران", "جوان")),
    (7, ("يوليو", "يوليه", "تموز", "جويليه", "يوليوز", "جويلت")),
    (8, ("اغسطس", "اب", "اوت", "غشت", "اغسطس", "اغشت")),
    (9, ("سبتمبر", "ايلول", "شتنبر", "سيبتمبر")),
    (10, ("اكتوبر", "اكتوبر", "اكتوبر")),
    (11, ("نوفمبر", "نونبر")),
    (12, ("ديسمبر", "دجنبر", "دسمبر")),
):
    for _f in _forms:
        GREGORIAN_MONTHS[_f] = _v
# Month names that are also common words (مارس "he practised", اب "father", ماي):
# taken as months only next to a date word.
AMBIGUOUS_MONTHS = {"مارس", "اب", "ماي", "مايس"}
# Levantine months named by a head word and an ordinal: كانون الأول = 12, ...
COMPOUND_MONTHS = {"كانون": {1: 12, 2: 1}, "تشرين": {1: 10, 2: 11}}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "صفر": 2,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
}
# head word -> {ordinal or word: month}
COMPOUND_HIJRI = {
    "ربيع": {1: 3, 2: 4, "اخر": 4},
    "جمادي": {1: 5, 2: 6, "اخره": 6, "اخر": 6},
    "ذو": {"قعده": 11, "حجه": 12},
    "ذي": {"قعده": 11, "حجه": 12},
}
# Hijri month names that are also names or words (صفر zero, رجب/شعبان/رمضان names,
# محرم "forbidden"): taken as months only next to a date word.
AMBIGUOUS_HIJRI = {"محرم", "صفر", "رجب", "شعبان", "شوال"}

WEEKDAYS: dict[str, int] = {  # Monday = 0 (datetime.weekday)
    "اثنين": 0,
    "ثلاثاء": 1,
    "ثلاثا": 1,
    "اربعاء": 2,
    "اربعا": 2,
    "خميس": 3,
    "جمعه": 4,
    "سبت": 5,
    "احد": 6,
}

TIME_UNITS: dict[str, tuple[str, int | None]] = {}  # form -> (unit, count; None = plural)
for _unit, _sing, _dual, _plural in (
    ("second", ("ثانيه",), ("ثانيتين", "ثانيتان"), ("ثواني", "ثوان")),
    ("minute", ("دقيقه",), ("دقيقتين", "دقيقتان"), ("دقائق", "دقايق")),
    ("hour", ("ساعه",), ("ساعتين", "ساعتان"), ("ساعات",)),
    ("day", ("يوم", "يوما"), ("يومين", "يومان"), ("ايام",)),
    ("week", ("اسبوع", "اسبوعا"), ("اسبوعين", "اسبوعان"), ("اسابيع",)),
    ("month", ("شهر", "شهرا"), ("شهرين", "شهران"), ("اشهر", "شهور")),
    (
        "year",
        ("سنه", "عام", "عاما", "عامي", "سنتي"),
        ("سنتين", "سنتان", "عامين", "عامان"),
        ("سنوات", "سنين", "اعوام", "سنون"),
    ),
    ("decade", ("عقد",), ("عقدين", "عقدان"), ("عقود",)),
    ("century", ("قرن",), ("قرنين", "قرنان"), ("قرون",)),
):
    for _f in _sing:
        TIME_UNITS[_f] = (_unit, 1)
    for _f in _dual:
        TIME_UNITS[_f] = (_unit, 2)
    for _f in _plural:
        TIME_UNITS[_f] = (_unit, None)
UNIT_CODE = {
    "second": "1",
    "minute": "2",
    "hour": "3",
    "day": "4",
    "week": "5",
    "month": "6",
    "year": "7",
    "decade": "8",
    "century": "9",
}
CODE_UNIT = {v: k for k, v in UNIT_CODE.items()}

# relative day words -> meaning
RELATIVE_DAYS: dict[str, str] = {
    "امس": "yesterday",
    "امبارح": "yesterday",
    "مبارح": "yesterday",
    "البارحه": "yesterday",
    "غدا": "tomorrow",
    "غد": "tomorrow",
    "بكره": "tomorrow",
    "بكرا": "tomorrow",
    "الان": "now",
    "حالا": "now",
    "لحظه": "moment",
    "ليله": "night",
}
PAST_MODIFIERS = {
    "ماضيين",
    "ماضيتين",
    "سابقين",
    "منصرمين",
    "فائتين",
    "ماضي",
    "ماضيه",
    "سابق",
    "سابقه",
    "منصرم",
    "منصرمه",
    "فائت",
    "فائته",
    "فايت",
    "فايته",
}
FUTURE_MODIFIERS = {
    "مقبل",
    "مقبله",
    "قادم",
    "قادمه",
    "تالي",
    "تاليه",
    "جاي",
    "جايه",
    "مقبلين",
    "قادمين",
    "مقبلتين",
    "قادمتين",
    "تاليين",
}
CURRENT_MODIFIERS = {"حالي", "حاليه", "جاري", "جاريه", "هذا", "هذه"}
LAST_MODIFIERS = {"اخير", "اخيره", "اخيرين", "اخيرتين"}
SEASONS = {
    "صيف": "summer",
    "شتاء": "winter",
    "شتا": "winter",
    "خريف": "autumn",
}  # ربيع: see COMPOUND_HIJRI

# part of the day -> (name, first hour, end hour (exclusive), whether an hour 1-11 in it means pm)
DAY_PARTS: dict[str, tuple[str, int, int, bool]] = {}
for _name, _start, _end, _pm, _forms in (
    ("morning", 4, 12, False, ("صباح", "صباحا", "صبح", "صبحا")),
    ("dawn", 4, 7, False, ("فجر", "فجرا")),
    ("forenoon", 9, 12, False, ("ضحي",)),
    ("noon", 12, 14, True, ("ظهر", "ظهرا", "ظهيره", "ضهر", "ضهرا")),
    ("afternoon", 12, 19, True, ("عصر", "عصرا")),
    ("evening", 18, 24, True, ("مساء", "مساءا", "مسا", "عشيه")),
    ("night", 18, 24, True, ("ليل", "ليلا")),
    ("day", 6, 18, False, ("نهار", "نهارا")),
):
    for _f in _forms:
        DAY_PARTS[_f] = (_name, _start, _end, _pm)

PERIOD_PARTS = {
    "مطلع": "begin",
    "بدايه": "begin",
    "بدايات": "begin",
    "اوائل": "begin",
    "مستهل": "begin",
    "منتصف": "mid",
    "اواسط": "mid",
    "وسط": "mid",
    "نهايه": "end",
    "اواخر": "end",
    "ختام": "end",
}

# holiday phrases (matching form) -> key; resolved in rasad.values.resolve
HOLIDAY_PHRASES = {
    "عيد الفطر": "fitr",
    "عيد الاضحي": "adha",
    "عيد النحر": "adha",
    "عيد الميلاد": "christmas",
    "عيد الميلاد المجيد": "christmas",
    "عيد الفصح": "easter",
    "عيد الحب": "valentine",
    "عيد العمال": "labour",
    "عيد الام": "mother",
    "عيد الشكر": "thanksgiving",
    "راس السنه": "new_year",
    "راس السنه الميلاديه": "new_year",
    "راس السنه الهجريه": "hijri_new_year",
    "يوم عرفه": "arafa",
    "يوم عرفات": "arafa",
    "ليله القدر": "qadr",
    "المولد النبوي": "mawlid",
    "المولد النبوي الشريف": "mawlid",
    "ذكري المولد النبوي": "mawlid",
    "عاشوراء": "ashura",
    "الكريسماس": "christmas",
    "عيد الهالوين": "halloween",
    "الهالوين": "halloween",
    "الاسراء والمعراج": "isra",
}

WORDS: dict[str, str] = {  # other single-code words
    "في": "_",
    "فى": "_",
    "من": "_",
    "موافق": "_",
    "الموافق": "_",
    "الذي": "_",
    "قرابه": "_",
    "يومي": "_",
    "حوالي": "_",
    "نحو": "_",
    "تمام": "_",
    "عند": "_",
    "غضون": "x",
    "الا": "m",
    "التي": "_",
    "الي": "t",
    "الى": "t",
    "حتى": "t",
    "حتي": "t",
    "لغايه": "t",
    "غايه": "t",
    "و": "&",
    "بين": "b",
    "قبل": "q",
    "منذ": "s",
    "بعد": "a",
    "خلال": "x",
    "لمده": "x",
    "مده": "x",
    "طوال": "x",
    "طيله": "x",
    "مدار": "x",
    "هـ": "H",
    "ه": "H",
    "هجري": "H",
    "هجريه": "H",
    "للهجره": "H",
    "م": "G",
    "ميلادي": "G",
    "ميلاديه": "G",
    "للميلاد": "G",
    "كل": "Z",
    "يوميا": "Z",
    "اسبوعيا": "Z",
    "شهريا": "Z",
    "سنويا": "Z",
    "بضع": "V",
    "بضعه": "V",
    "عشرات": "V",
    "مئات": "V",
    "عده": "V",
}
SET_WORDS = {"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y"}

# -- money -------------------------------------------------------------------
# currency word (folded) -> default ISO 4217 code (None: depends on the country word)
CURRENCY_WORDS: dict[str, str | None] = {}
for _code, _forms in (
    ("USD", ("دولار", "دولارا", "دولارات", "الدولارات", "دولار")),
    ("EUR", ("يورو", "اورو", "يوروهات")),
    ("GBP", ("استرليني", "استرلينيا")),
    ("EGP", ("جنيه", "جنيها", "جنيهات")),
    ("SAR", ("ريال", "ريالا", "ريالات")),
    (None, ("دينار", "دينارا", "دنانير", "درهم", "درهما", "دراهم", "ليره", "ليرات")),
    ("ILS", ("شيقل", "شيكل", "شواقل", "شيكلات", "شيقلات")),
    ("JPY", ("ين",)),
    ("CNY", ("يوان",)),
    ("INR", ("روبيه", "روبيات")),
    ("RUB", ("روبل", "روبلات")),
    ("CHF", ("فرنك",)),
    ("CENT", ("سنت", "سنتا", "سنتات", "سينت", "سينتات")),
):
    for _f in _forms:
        CURRENCY_WORDS[_f] = _code
# currency qualifiers (country adjectives) -> ISO code, by currency family
CURRENCY_QUALIFIERS: dict[str, dict[str, str]] = {
    "دولار": {"امريكي": "USD", "كندي": "CAD", "استرالي": "AUD", "سنغافوري": "SGD", "هونغ": "HKD"},
    "جنيه": {"مصري": "EGP", "استرليني": "GBP", "سوداني": "SDG", "استرلينيه": "GBP"},
    "ريال": {
        "سعودي": "SAR",
        "قطري": "QAR",
        "عماني": "OMR",
        "يمني": "YER",
        "ايراني": "IRR",
        "برازيلي": "BRL",
    },
    "دينار": {
        "كويتي": "KWD",
        "اردني": "JOD",
        "بحريني": "BHD",
        "عراقي": "IQD",
        "تونسي": "TND",
        "ليبي": "LYD",
        "جزائري": "DZD",
        "صربي": "RSD",
    },
    "درهم": {"اماراتي": "AED", "مغربي": "MAD"},
    "ليره": {
        "لبناني": "LBP",
        "سوري": "SYP",
        "تركي": "TRY",
        "لبنانيه": "LBP",
        "سوريه": "SYP",
        "تركيه": "TRY",
    },
    "فرنك": {"سويسري": "CHF", "فرنسي": "FRF"},
    "يوان": {"صيني": "CNY"},
    "ين": {"ياباني": "JPY"},
    "روبيه": {"هنديه": "INR", "باكستانيه": "PKR"},
}
CURRENCY_FAMILY = {
    "دولار": "دولار", "دولارا": "دولار", "دولارات": "دولار", "الدولارات": "دولار",
    "جنيه": "جنيه", "جنيها": "جنيه", "جنيهات": "جنيه",
    "ريال": "ريال", "ريالا": "ريال", "ريالات": "ريال",
    "دينار": "دينار", "دينارا": "دينار", "دنانير": "دينار",
    "درهم": "درهم", "درهما": "درهم", "دراهم": "درهم",
    "ليره": "ليره", "ليرات": "ليره",
    "فرنك": "فرنك", "يوان": "يوان", "ين": "ين", "روبيه": "روبيه", "روبيات": "روبيه",
}  # fmt: skip
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "¢": "CENT"}
ISO_CODES = {
    "usd", "eur", "gbp", "sar", "aed", "kwd", "qar", "omr", "bhd", "jod", "egp", "lbp",
    "syp", "iqd", "tnd", "mad", "dzd", "lyd", "try", "ils", "jpy", "cny", "chf", "rub",
    "inr", "yer", "sdg",
}  # fmt: skip

PERCENT_WORDS = (
    "بالمئه",
    "بالمائه",
    "بالميه",
    "في المئه",
    "في المائه",
    "في الميه",
    "فى المائه",
    "فى المئه",
)

# Words that end a counted-noun search right after a number (particles, pronouns,
# prepositions, common verbs of reporting).
COUNT_STOPWORDS = {
    "في", "فى", "من", "الى", "الي", "على", "علي", "عن", "مع", "او", "ام", "ثم", "حتى", "حتي",
    "و", "ف", "ب", "ل", "لا", "لم", "لن", "ما", "ان", "انه", "انها", "الذي", "التي", "الذين",
    "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "كان", "كانت", "قد", "عند", "بين", "منذ",
    "قبل", "بعد", "خلال", "حيث", "كما", "اي", "كل", "بعض", "اكثر", "اقل", "نحو", "حوالي",
    "فقط", "الف", "الاف", "مليون", "مليار", "ملايين", "مليارات", "عام", "العام", "سنه",
    "بالمئه", "بالمائه", "المئه", "المائه", "اذ", "اذا", "لكن", "بل", "مقابل", "الا", "غير",
    "اما", "عبر", "لدى", "لدي", "تقريبا", "فيها", "فيه", "منها", "منه", "عليها", "عليه",
    "له", "لها", "بعدما", "عندما", "حينما", "كلما", "لما", "فيما", "بينما", "مما", "منهم", "منهن", "بينهم", "عليهم", "لهم", "به", "بها", "يوم", "ايام", "شهر", "اشهر", "سنوات", "اعوام",
}  # fmt: skip
# Counted nouns that take the next noun as part of the unit (قطعة سلاح, طن قمح).
MEASURE_NOUNS = {
    "قطعه", "قطع", "طن", "اطنان", "برميل", "براميل", "حبه", "كيس", "اكياس", "علبه", "صندوق",
    "صناديق", "راس", "رؤوس", "جرعه", "جرعات", "لتر", "لترات", "كيلو", "كيلوغرام", "كيلوجرام",
    "متر", "امتار", "كيلومتر", "هكتار", "فدان", "وحده", "وحدات", "رطل", "غالون", "قنطار",
}  # fmt: skip
# counted nouns that begin with و (anything else after a number starting with و/ف is
# taken as a conjunction)
W_NOUNS = {
    "وحده", "وحدات", "وجبه", "وجبات", "وظيفه", "وظائف", "ورقه", "وزير", "وزراء", "ولايه",
    "ولايات", "وثيقه", "وثائق", "وفاه", "وفيات", "وفود", "وفد", "واقعه", "وقائع", "ولاده", "ولادات",
    "وسيله", "وسائل", "وحدتين", "فدان", "فرد", "افراد", "فريق", "فرق", "فصل", "فصول", "فيلم",
    "افلام", "فرع", "فروع", "فندق", "فنادق", "فلس", "فتاه", "فتيات", "فلسطيني", "فلسطينيا",
}  # fmt: skip
