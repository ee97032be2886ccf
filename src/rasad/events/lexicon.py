"""Hand-written trigger lexicons and clause cues (normalized forms, see normalize.py).

Triggers are grouped in families; a family gives a PLOVER type and mode. Each entry is
a normalized core (no conjunction, preposition or article) and ``*`` at its end
allows the usual number/gender/pronoun suffixes. Verbal entries list their perfect
and imperfect stems explicitly because the matcher does no morphology beyond
clitics. The lists are written from Arabic news usage in general and checked on the
gsr_dev gold; they cover verbs (هاجم), masdars (هجوم) and participles (مهاجمين).
"""

from __future__ import annotations

from collections.abc import Iterable

from rasad.events.normalize import fold_word_sets

# suffixes allowed after a core ending in "*"
SUFFIXES: tuple[str, ...] = (
    "",
    "ه",
    "ات",
    "اته",
    "اتها",
    "اتهم",
    "ون",
    "ين",
    "ان",
    "تان",
    "تين",
    "ا",
    "وا",
    "ت",
    "تا",
    "تم",
    "نا",
    "ن",
    "ها",
    "هم",
    "هما",
)
# a feminine or plural perfect with its object ("اتهمته النيابة", "اعتقلوه"), for cores of
# four letters or more: on three (قبضته، طلبته) the ته is mostly a noun's ة + ه (a grip,
# his students)
OBJECT_SUFFIXES: tuple[str, ...] = ("ته", "تها", "تهم", "وه", "وها", "وهم")
# three-letter cores of the rule-coded types that are no noun in ة, so that their ته is
# the verb's ت and its object ("دعمته الحكومة", "رفضته اللجنة", "طردته السلطات"); the
# plural's وه is a verb on any core ("دعموه")
OBJECT_SUFFIX_CORES_3 = {"بحث", "طرد", "حظر", "سجن", "ندد", "شجب", "رفض", "هدد", "دعم", "زود"}

# family -> (PLOVER type, mode, kind, entries). kind: "verb", "noun" (masdar/event noun),
# "agent" (participle naming the doers: متظاهرون), "victim" (casualty words: قتلى).
FAMILIES: dict[str, tuple[str, str | None, str, str]] = {
    # ---- ASSAULT -------------------------------------------------------------
    "kill_v": ("ASSAULT", None, "verb", "قتل* يقتل* تقتل* نقتل* اقتل* قتلو* يقتلون"),
    "kill_n": ("ASSAULT", None, "noun", "مقتل* قتل"),
    "killed": ("ASSAULT", None, "victim", "قتيل* قتلي قتلاه قتلاها قتلاهم صرع مصرع*"),
    "assassinate_v": ("ASSAULT", "assassinate", "verb", "اغتال* يغتال* تغتال* اغتيل* اغتالو*"),
    "assassinate_n": ("ASSAULT", "assassinate", "noun", "اغتيال* اغتيالات"),
    "attack_v": (
        "ASSAULT",
        None,
        "verb",
        "هاجم* يهاجم* تهاجم* نهاجم* هوجم* هجم* يهجم* شن* يشن* تشن* شنو* استهدف* يستهدف* تستهدف* استهدفو* اعتدي* يعتدي* تعتدي* اعتدو*",
    ),
    "attack_n": (
        "ASSAULT",
        None,
        "noun",
        "هجوم* هجمات* هجمه* هجما اعتداء* اعتداءات* استهداف* عدوان*",
    ),
    "attacker": (
        "ASSAULT",
        None,
        "agent",
        "مهاجم* مسلح* معتدي* معتدين انتحاري انتحاريه انتحاريين انتحاريون انتحاريا انتحاريان مفجر*",
    ),
    "explode_v": (
        "ASSAULT",
        "explosives",
        "verb",
        "انفجر* ينفجر* تنفجر* فجر* يفجر* تفجر* فجرو* تفجرت",
    ),
    "explode_n": (
        "ASSAULT",
        "explosives",
        "noun",
        "انفجار* تفجير* تفجيرات* متفجره* متفجرات* عبوه* عبوات* مفخخ* ناسف* ناسفه* حزام* لغم* الغام قنبله* قنابل*",
    ),
    "bomb_v": ("ASSAULT", None, "verb", "قصف* يقصف* تقصف* قصفو* قصفت"),
    "bomb_n": (
        "ASSAULT",
        None,
        "noun",
        "قصف* غاره* غارات* ضربه* ضربات* قذيفه* قذائف* صاروخ* صواريخ* هاون كاتيوشا",
    ),
    "shoot_v": ("ASSAULT", None, "verb", "اطلق* يطلق* تطلق* اطلقو* اطلقت اطلقوا رمي* يرمي*"),
    "shoot_n": ("ASSAULT", None, "noun", "اطلاق* رصاص* رصاصه* نيران* عيارات* قنص* قناص*"),
    "clash_v": ("ASSAULT", None, "verb", "اشتبك* يشتبك* تشتبك* اشتبكو* قاتل* يقاتل* تقاتل*"),
    "clash_n": (
        "ASSAULT",
        None,
        "noun",
        "اشتباك* اشتباكات* معارك* معركه* اقتتال* مواجهات* مواجهه* قتال*",
    ),
    "abduct_v": (
        "ASSAULT",
        "abduct",
        "verb",
        "خطف* يخطف* تخطف* اختطف* يختطف* تختطف* خطفو* اختطفو* اختطفت",
    ),
    "abduct_n": ("ASSAULT", "abduct", "noun", "خطف اختطاف* رهائن رهينه* مخطوف* مختطف* مختطفين"),
    "wound_v": ("ASSAULT", None, "victim", "اصيب* يصاب* جرح* اصابت"),
    "wound_n": ("ASSAULT", None, "victim", "اصابه* اصابات* جريح* جرحي* جروح* مصاب* مصابين"),
    "massacre": ("ASSAULT", None, "noun", "مجزره* مجازر* مذبحه* مذابح* ذبح* يذبح* ذبحو*"),
    "torture": ("ASSAULT", "torture", "noun", "تعذيب* عذب* يعذب* عذبو*"),
    "beat": (
        "ASSAULT",
        "beat",
        "verb",
        "ضرب* يضرب* تضرب* ضربو* طعن* يطعن* طعنو* اعدم* يعدم* اعدام* اعدامات",
    ),
    "raid": (
        "ASSAULT",
        None,
        "verb",
        "اقتحم* يقتحم* تقتحم* اقتحمو* اقتحام* داهم* يداهم* مداهمه* مداهمات*",
    ),
    "ambush": ("ASSAULT", None, "noun", "كمين* كمائن"),
    "burn": ("ASSAULT", None, "verb", "احرق* يحرق* تحرق* احرقو* اضرم* يضرم* اضرمو* حرق* احراق*"),
    # ---- PROTEST -------------------------------------------------------------
    "demonstrate_v": (
        "PROTEST",
        "demo",
        "verb",
        "تظاهر* يتظاهر* تتظاهر* تظاهرو* احتج* يحتج* تحتج* احتجو* اعتصم* يعتصم* تعتصم* اعتصمو*",
    ),
    "demonstrate_n": (
        "PROTEST",
        "demo",
        "noun",
        "تظاهره* تظاهرات* مظاهره* مظاهرات* تظاهر احتجاج* احتجاجات* احتجاجا احتجاجي* اعتصام* اعتصامات* مسيره* مسيرات* وقفه* وقفات* تجمع* تجمعات*",
    ),
    "demonstrator": ("PROTEST", "demo", "agent", "متظاهر* متظاهرين محتج* محتجين معتصم* معتصمين"),
    "gather_v": (
        "PROTEST",
        "demo",
        "verb",
        "تجمع* يتجمع* تتجمع* تجمعو* احتشد* يحتشد* تحتشد* احتشدو* تجمهر* يتجمهر* تجمهرو* حشد* حشود*",
    ),
    "chant": ("PROTEST", "demo", "verb", "هتف* يهتف* هتفو* رددو* رفعو*"),
    "slogan": ("PROTEST", "demo", "noun", "هتافات* هتاف* شعارات* لافتات*"),
    "strike": (
        "PROTEST",
        "boycott",
        "noun",
        "اضراب* اضرابات* اضرب* يضرب* اضربو* مضرب* مضربين اضراب",
    ),
    "boycott": ("PROTEST", "boycott", "noun", "مقاطعه* قاطع* يقاطع* قاطعو*"),
    "hunger": ("PROTEST", "hunger", "noun", "جوع"),
    "riot": ("PROTEST", "riot", "noun", "شغب* مشاغب* مشاغبين"),
    "block": (
        "PROTEST",
        "obstruct",
        "verb",
        "اغلق اغلقوا اغلقت يغلق يغلقون اغلاق قطعوا قطعت يقطعون سدوا اقفل اقفلوا اقفلت اقفال",
    ),
    "uprising": ("PROTEST", None, "noun", "انتفاضه* ثوره* ثورات* عصيان* تحرك* تحركات* غضب*"),
    "march": (
        "PROTEST",
        "demo",
        "verb",
        "خرج* خرجو* يخرج* نزل* نزلو* ينزل* جاب* جابت* رشق* رشقو* يرشق*",
    ),
    # ---- other PLOVER types (nominal and verbal triggers; generic, rule-coded) ----------
    "visit": (
        "CONSULT",
        "visit",
        "verb",
        "زار زارت زاروا زارا زارتا زارها زارهم زارتها زارته زارتهم زرنا زرت يزور* تزور* زياره* زيارات*"
        " زيارتها زيارته",
    ),
    "meet": (
        "CONSULT",
        None,
        "verb",
        # (التقت، التقوا، التقاه: the defective verb's ي drops before ت and و, and is
        # written ا before an object pronoun; لقائه, normalized لقايه: the hamza sits on ي before
        # a pronoun)
        "التقي* التقت التقتا التقوا التقاه التقاها التقاهم يلتقون تلتقيان يلتقيان يلتقي* تلتقي* لقاء* لقاءات* لقايه لقايها لقايهم لقايهما اجتمع* يجتمع* تجتمع* اجتماع* اجتماعات* محادثات* مباحثات* بحث* يبحث* تبحث* استقبل* يستقبل* تستقبل* مشاورات* تشاور*",
    ),
    "phone": ("CONSULT", "phone", "noun", "اتصال* اتصالا هاتفي* هاتفيا"),
    "sanction": ("SANCTION", None, "noun", "عقوبات* عقوبه* حظر* حظرا"),
    "cut_ties": (
        "SANCTION",
        "withdraw",
        "verb",
        "طرد* يطرد* استدعي* استدعت* استدعوا استدعاء*",
    ),
    # breaking, freezing or lowering diplomatic ties, recalling an envoy: only with the
    # ties or the envoy after the verb (TIES_OBJECTS), as قطع alone cuts roads and power
    "break_ties": (
        "SANCTION",
        "discontinue",
        "verb",
        "قطع قطعت قطعوا يقطع تقطع يقطعون جمدت جمدوا يجمد تجمد تجميد علقت علقوا يعلق تعلق"
        " تعليق خفض خفضت خفضوا يخفض تخفض تخفيض",
    ),
    "recall_envoy": ("SANCTION", "withdraw", "verb", "سحب سحبت سحبوا يسحب تسحب"),
    "arrest": (
        "COERCE",
        "arrest",
        "verb",
        "اعتقل* يعتقل* تعتقل* اعتقال* اعتقالات* احتجز* يحتجز* احتجاز* القبض قبض* اوقف* توقيف* سجن* يسجن*"
        # the Maghreb's masdar of an arrest, ARREST_MASDAR, "تم إيقاف شخصين" (senses'
        # _people_held keeps it to people: "إيقاف إطلاق النار" stops a thing)
        " ايقاف*",
    ),
    "request": (
        "REQUEST",
        None,
        "verb",
        "طلب طلبت طلبوا طلبه طلبها يطلب* تطلب* طالب طالبت طالبوا طالبه طالبها طالبهم طالبته طالبتها طالبتهم طالبوه يطالب* تطالب* مطالبه مطالبات مطالبته مطالبتها مطالبتهم دعا دعت دعوا يدعو تدعو ناشد* يناشد* حث وحث فحث حثت حثوا يحث*",
    ),
    "accuse": (
        "ACCUSE",
        None,
        "verb",
        "اتهم* يتهم* تتهم* اتهام* اتهامات* ادان* يدين* تدين* ادانه* انتقد* ينتقد* تنتقد* دان دانت دانوا"
        # the masdar of انتقد (not matched by انتقد*): "جدد انتقاده لوزير التربية"
        " انتقاد*"
        # denouncing: "واستنكرت الحكومة الهجوم", "وندد الرئيس بالهجوم", "وشجبت الجامعة"
        " استنكر* يستنكر* تستنكر* استنكار* ندد* يندد* تندد* تنديد* شجب* يشجب* تشجب*",
    ),
    "reject": ("REJECT", None, "verb", "رفض* يرفض* ترفض* رفضا* رفضه*"),
    "threaten": (
        "THREATEN",
        None,
        "verb",
        "هدد* يهدد* تهدد* تهديد* تهديدات* توعد* يتوعد*",
    ),
    "support": (
        "SUPPORT",
        None,
        "verb",
        "دعم* يدعم* تدعم* ايد ايدت ايدوا ايدها ايدهم ايدته يويد* تويد* تاييد* اشاد* يشيد*"
        " تشيد* ساند* يساند* مسانده*"
        # ثمّن, commended (the bare past is "price" too: senses.other_sense tells them apart)
        " ثمن ثمنت ثمنوا يثمن يثمنون تثمن",
    ),
    "agree": (
        "AGREE",
        None,
        "verb",
        "اتفق* يتفق* اتفاق* اتفاقيه* وافق* يوافق* توافق* موافقه* تعهد* يتعهد* تفاهم تفاهمات",
    ),
    "aid": (
        "AID",
        None,
        "noun",
        "مساعدات* مساعده* معونه* معونات* زود* يزود* تزويد* امداد* امدادات* تسليح*",
    ),
    "retreat": ("RETREAT", None, "verb", "انسحب* ينسحب* تنسحب* انسحاب*"),
    "concede": (
        "CONCEDE",
        None,
        "verb",
        "افرج* يفرج* تفرج* الافراج افراج* سراح تراجع* يتراجع*",
    ),
    "cooperate": ("COOPERATE", None, "verb", "تعاون* يتعاون* تتعاون* تنسيق*"),
    # congratulated (CAMEO 051, praise or endorse): folded forms that spell no other word;
    # the bare past هنأ folds to هنا (here), and هنأت to هنات (flaws): both are matched
    # on their written hamza (features.CONGRATULATED)
    "congratulate": (
        "SUPPORT",
        None,
        "verb",
        "هناه هناها هناهم هناهما هناتا هناوا هنيوا يهني يهنيون تهني نهني هنيء"
        # sending a cable of congratulation: "بعث الملك برقية تهنئة للرئيس" (the verb only
        # with the cable after it: features.analyse drops it otherwise)
        " بعث بعثت بعثا وجه وجهت ارسل ارسلت ابرق ابرقت",
    ),
    # circumstantial participles after the main clause, whose subject they share: "وأشاد
    # الوزير بالاتفاق، داعيا الأطراف إلى", "وقال الوزير ...، مطالبا الحكومة بـ" (not
    # داعية, a preacher, nor مشيدة, built)
    "call_while": ("REQUEST", None, "verb", "داعيا مطالبا مطالبين مناشدا مناشدين حاثا"),
    "praise_while": ("SUPPORT", None, "verb", "مشيدا مثمنا مثمنين مثمنه"),
    "criticise_while": ("ACCUSE", None, "verb", "منتقدا منددا مستنكرا"),
    "mobilize": ("MOBILIZE", None, "noun", "استنفار* تعزيزات* انتشار* نشر* ينشر* حشد* تاهب*"),
}

# the two types the trained salience model covers
MODELLED_TYPES = ("ASSAULT", "PROTEST")
# the families of circumstantial participles (their doer is the main clause's subject)
CIRCUMSTANTIAL_FAMILIES = ("call_while", "praise_while", "criticise_while")

# the families that alone make a sentence a candidate for the trained salience model
CANDIDATE_KINDS = {"verb", "noun", "agent", "victim"}

# ---- clause cues (normalized; matched on whole tokens after conjunction stripping) ------
NEGATION = {"لم", "لن", "لا", "ما", "ليس", "ليست", "لست", "غير", "عدم", "دون", "بدون", "لما"}
# verbs that report speech; "إنه/أنه + verb" after one continues its speaker ("وأضاف
# أنه طالب ..."), and a perfect cannot follow one directly ("وبين طالب أن": a name)
SPEECH_VERBS = frozenset(
    {
        "قال",
        "قالت",
        "اضاف",
        "اضافت",
        "تابع",
        "تابعت",
        "اوضح",
        "اوضحت",
        "اكد",
        "اكدت",
        "اشار",
        "اشارت",
        "ذكر",
        "ذكرت",
        "صرح",
        "صرحت",
        "لفت",
        "لفتت",
        "بين",
        "بينت",
        "شدد",
        "شددت",
        "اعلن",
        "اعلنت",
        "كشف",  # "كشف الوزير أنه التقى": the reporting verb's subject is the pronoun's
        "كشفت",
        "افاد",
        "افادت",
        "زعم",
        "زعمت",
        "ادعي",
        "ادعت",
        "ابان",  # أبان, stated (إبان, "during", has no subject after it)
        "ابانت",
    }
)
DENIAL = {"نفي", "نفت", "ينفي", "تنفي", "نفوا", "نفيه", "انكر", "انكرت", "ينكر", "كذب", "كذبت"}
FUTURE = {
    "سوف",
    "سيتم",
    "ستكون",
    "سيكون",
    "غدا",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "مقرر",
    "المقرر",
    "يعتزم",
    "تعتزم",
    "ينوي",
    "تنوي",
    "يعتزمون",
    "يزمع",
    "تزمع",
    "اعتزام",
    "اعتزامه",
    "اعتزامها",
    "اعتزامهم",
    "المتوقع",
    "متوقع",
}
CONDITIONAL = {
    "اذا",
    "لو",
    "لولا",
    "حال",
    "حاله",
    "ربما",
    "قد",
    "يمكن",
    "ممكن",
    "محتمل",
    "احتمال",
    "يحتمل",
    "امكانيه",
    "مخاوف",
    "خشيه",
    "تحسبا",
    "خطر",
    "تهديد",
    "تهديدات",
    "يهدد",
    "هدد",
    "حذر",
    "حذرت",
    "يحذر",
}
HYPOTHETICAL = {
    "اذا",
    "لو",
    "لولا",
    "ربما",
    "يمكن",
    "ممكن",
    "محتمل",
    "يحتمل",
    "حال",
    "لوقوع",
    "لمنع",
    "منع",
    "تحسبا",
    "خشيه",
}
# punctuation that ends a clause (not a comma)
CLAUSE_MARKS = frozenset(".:;؛!?؟")
# conditional conjunctions that make a whole clause hypothetical
CLAUSE_CONDITIONS = {"اذا", "واذا", "فاذا", "لو", "ولو", "لولا", "طالما", "حال", "حالة", "حاله"}
DEMAND = {
    "طالب",
    "طالبت",
    "يطالب",
    "تطالب",
    "طالبوا",
    "دعا",
    "دعت",
    "يدعو",
    "تدعو",
    "دعوا",
    "ناشد",
    "حث",
    "حثت",
    "مطالبه",
    "دعوه",
    "يجب",
    "ينبغي",
}
ATTEMPT = {
    "محاوله",
    "محاولات",
    "حاول",
    "حاولت",
    "يحاول",
    "حاولوا",
    "احبط",
    "احبطت",
    "احباط",
    "افشال",
}
BACKGROUND = {
    "بعد",
    "اثر",
    "عقب",
    "منذ",
    "خلال",
    "ابان",
    "اثناء",
    "ذكري",
    "حول",
    "بشان",
    "ضد",
    "مكافحه",
    "ادان",
    "ادانت",
    "يدين",
    "تدين",
    "استنكر",
    "استنكرت",
    "شجب",
    "ادانه",
    "تحقيق",
    "تحقيقات",
    "التحقيق",
    "محاكمه",
    "متهم",
    "المتهم",
    "المتهمين",
    "متهمين",
}
RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللواتي"}
GENERIC = {
    "عمليات",
    "اعمال",
    "موجه",
    "سلسله",
    "ظاهره",
    "حمله",
    "حملات",
    "مسلسل",
    "تصاعد",
    "وتيره",
    "ثقافه",
    "العنف",
    "عنف",
}
REPORT = {
    "قال",
    "قالت",
    "اعلن",
    "اعلنت",
    "افاد",
    "افادت",
    "ذكر",
    "ذكرت",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "اضاف",
    "اضافت",
    "اشار",
    "اشارت",
    "مصدر",
    "مصادر",
    "شهود",
    "شاهد",
    "بيان",
}
TIME_NOW = {
    "امس",
    "اليوم",
    "الليله",
    "صباح",
    "مساء",
    # evening, morning of (Maghreb news: "التقى عشيّة اليوم الأربعاء رئيس الحكومة")
    "عشيه",
    "صبيحه",
    "فجر",
    "ظهر",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
}

CROWD = {
    "الاف",
    "الالاف",
    "الف",
    "مئات",
    "المئات",
    "ميات",
    "الميات",
    "عشرات",
    "العشرات",
    "حشود",
    "الحشود",
    "مليون",
    "مايتي",
    "ميتي",
    "مئتي",
    "اعداد",
    "حشد",
}
NUMBER_WORDS = {
    "اثنين",
    "اثنان",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "عشرات",
    "مئات",
    "الاف",
    "شخصين",
    "شخصا",
    "قتيلا",
    "جنديين",
}
# the Maghreb's masdar of an arrest (the arrest family's "ايقاف*"), often written without
# its hamza; a verb family's noun that the roles, senses and salience features each treat
ARREST_MASDAR = "ايقاف"
# the people a Maghreb news item says were "stopped" (arrested): "تم إيقاف شخصين", "إيقاف
# مروج مخدرات", "إيقاف كهل"; beside the party words and numbers; the senses take
# the masdar for an arrest with them after it, the roles take them as the recipient
HELD_PEOPLE = {
    "شخص",
    "شخصا",
    "شخصين",
    "اشخاص",
    "شاب",
    "شابا",
    "شابين",
    "شبان",
    "كهل",
    "كهلا",
    "فتاه",
    "فتاتين",
    "امراه",
    "رجل",
    "رجلين",
    "عنصر",
    "عنصرين",
    "عناصر",
    "مروج",
    "مروجي",
    "تاجر",
    "تاجري",
    "مهرب",
    "المهرب",
    "مجرم",
    "عصابه",
    "تلميذ",
    "سائق",
    "صاحب",
    "صاحبه",
    "المعني",
    "المتهم",
    "المتهمه",
    "المتهمين",
    "متهم",
    "متهمين",
    "مشتبه",
    "المشتبه",
    "احد",
    "اثنين",
    "عدد",
    "كامل",
    "جميع",
    "المدعو",
    "المدعوه",
    "طالب",
    "طالبا",
    "سائح",
    "سائحه",
    "متشدد",
    "تونسي",
    "تونسيه",
    "تونسيا",
    "تونسيين",
    "اجنبي",
    "اجنبيه",
}
# the counted people among NUMBER_WORDS: nouns themselves, not counts before a noun
COUNTED_NOUNS = {"شخصين", "شخصا", "قتيلا", "جنديين"}
PLACE = {"امام", "وسط", "شوارع", "شارع", "ساحه", "ميدان", "مقر", "مبني", "قرب", "بالقرب", "محيط"}
PURPOSE = {
    "احتجاجا",
    "للاحتجاج",
    "تنديدا",
    "مطالبين",
    "للمطالبه",
    "رفضا",
    "تضامنا",
    "مرددين",
    "رافعين",
    "يرددون",
    "يهتفون",
}

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


# the families that are an act of SANCTION only with their object near after them, by
# its core's start: "قطعت السعودية علاقاتها", "خفض التمثيل الدبلوماسي", "سحب سفيرها"
TIES_OBJECTS = {
    "break_ties": ("علاق", "تمثيل"),
    "recall_envoy": ("سفير", "سفراء", "سفراي"),
}
TIES_WINDOW = 5

# a trigger is cancelled by the word before or after it: "وقف إطلاق النار" is a ceasefire,
# "إطلاق سراح" a release
CANCEL_BEFORE = {"وقف", "لوقف", "بوقف"}
CANCEL_AFTER = {"سراح"}
CANCELLABLE = {"shoot_n", "shoot_v"}
# a trigger's core and the words after it that make it a name, no act: "الحشد الشعبي"
# (the Popular Mobilization Forces, a militia), "الحشد الوطني"
NAME_AFTER = {"حشد": {"الشعبي", "الوطني"}}


def expand(entries: str) -> Iterable[str]:
    """Single-token forms only: a space never occurs inside an entry."""
    for entry in entries.split():
        if entry.endswith("*"):
            core = entry[:-1]
            for suffix in SUFFIXES:
                yield core + suffix
            if len(core) >= 4 or core in OBJECT_SUFFIX_CORES_3:
                for suffix in OBJECT_SUFFIXES:
                    yield core + suffix
        else:
            yield entry


# first-person plurals that are more often another verb or noun: "ننشر" (we publish)
# (and an anthem, a farewell formula, a generic welcome: "نشيد المخيم", "نلتقي")
_NOT_FIRST_PERSON = {"ننشر", "نسحب", "نشيد", "نلتقي", "نستقبل"}


def first_person_plural(entries: str) -> str:
    """The first person plural of a family's imperfects (يطالب* -> نطالب*): the verbs of
    a statement in its speaker's words, "ندعو المجتمع الدولي", "نرفض", "ندين". Stems of
    three letters and more only, since "ن" before a shorter one makes a noun (نقل، نصر)."""
    out = []
    for entry in entries.split():
        core = entry.rstrip("*")
        form = "ن" + core[1:]
        if (
            core[:1] == "ي"
            and len(core) >= 4
            and not core.endswith(("ون", "ان"))
            and form not in _NOT_FIRST_PERSON
        ):
            out.append(form + entry[len(core) :])
    return " ".join(out)


def first_person_forms() -> frozenset[str]:
    """Every form ``first_person_plural`` adds: a statement's "we" verbs (ندعو، نطالب)."""
    return frozenset(
        form
        for event_type, _mode, _kind, entries in FAMILIES.values()
        if event_type not in MODELLED_TYPES
        for form in expand(first_person_plural(entries))
    )


def build_forms() -> dict[str, list[str]]:
    """Surface core -> families it belongs to."""
    forms: dict[str, list[str]] = {}
    for family, (event_type, _mode, _kind, entries) in FAMILIES.items():
        if event_type not in MODELLED_TYPES:  # the measured types keep their forms
            entries = f"{entries} {first_person_plural(entries)}"
        for form in expand(entries):
            fams = forms.setdefault(form, [])
            if family not in fams:
                fams.append(family)
    return forms


# entries written with letters the normalizer rewrites match tokens' normalized forms
fold_word_sets(globals())
