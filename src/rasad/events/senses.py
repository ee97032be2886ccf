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
from rasad.events.features import HOW_OFTEN, Analysis, Trigger, negator, relative_ma
from rasad.events.features import _forms as trigger_forms
from rasad.events.normalize import fold_word_sets
from rasad.text.normalize import strip_marks

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
    "دعم",  # "يواصل دعم الطلب": demand in the economy
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
# declining to comment is no rejection of a request
_ITSELF = {"نفسها", "نفسه", "نفسهم", "انفسهم"}
_ACCIDENT = {
    "تصادم",
    "اصطدام",
    "ارتطمت",
    "ارتطام",
    "انقلاب",
    "حادث",
    "الحادث",
    "المركبه",
}
# rescuers: "أخرج رجال الدفاع المدني ثلاثة أشخاص احتجزوا في عقبة" (only احتجز, which
# also means trapped; "تم إلقاء القبض" near rescuers is still an arrest)
_RESCUERS = {"المدني", "الاسعافيه", "الانقاذ", "انقاذ"}
_REQUIRED_ACTS = {"دخول", "دخوله", "دخولها", "نقله", "نقلها", "تدخل", "تدخلا", "اتخاذ", "وجود"}
_APPLIED_FOR = {"عمل", "تقديم", "توظيف", "قبول", "انتساب", "التحاق", "استثمار", "لاستصلاح"}
_NECESSITY = {"الضروره", "ضروره", "الحاجه", "حاجه", "الظروف", "المصلحه"}
_INSPECTION = {"عشواييه", "تفتيشيه", "رقابيه", "تفقديه", "تفتيش", "للتفتيش"}
_COMMENT = {"التعليق", "تعليق", "الادلاء", "التصريح", "للتعليق", "التعقيب", "للتعقيب", "تعقيب"}
# speculation one declines or dismisses: "ورفضت التكهن بمن يقف وراء الفيروس"
_COMMENT |= {"التكهن", "التكهنات", "تكهنات"}
# declining to confirm or deny: "ورفض الناطق تأكيد أو نفي المعلومات"
_COMMENT |= {"تاكيد"}
_FOR_COMMENT = ("للتعليق", "للتعقيب")  # what a reporter's request is for
_HOSTAGES = {"رهائن", "الرهائن", "رهينه", "كرهينه", "كرهائن"}
_GUNMEN = {"مسلحون", "مسلحين", "مسلحو", "مسلحي", "لصوص", "اللصوص", "خاطفون", "الخاطفون", "الخاطفين"}
# verbs of saying what one knows, after "رفض أن"
_DISCLOSING_HE = ("يوضح", "يكشف", "يعلق", "يفصح", "يحدد", "يذكر", "يدلي", "يوكد", "يقول", "يسمي")
_DISCLOSING = {w + s for w in _DISCLOSING_HE for s in ("", "وا")} | {
    "ت" + w[1:] for w in _DISCLOSING_HE
}
# what something conforms with: rules, a standard, another statement
_NORMS = {
    "احكام",
    "الاحكام",
    "الشريعه",
    "المعايير",
    "معايير",
    "الانظمه",
    "متطلبات",
    "المتطلبات",
    "الاجهزه",
    "تصريح",
    "تصريحات",
    "الواقع",
}
# "عالم اجتماع", "علم الاجتماع", "أستاذ علم الاجتماع": sociology, not a meeting
_SOCIOLOGY = {"عالم", "علم", "علماء", "لعلم", "وعلم", "قسم", "باحث", "باحثه"}
# a prayer is no request: "دعا الله", "يدعو المولى", "دعا له بالرحمة"
_GOD = {
    "الله",
    "لله",
    "ربه",
    "ربها",
    "ربهم",
    "ربنا",
    "ربي",
    "المولي",
    "المولى",
    "الباري",
    "الخالق",
    "الرحمن",
    "اللهم",
}
# what a prayer asks for: "دعا للفقيد بالرحمة والمغفرة"
_PRAYER_GOODS = {
    "بالرحمه",
    "بالمغفره",
    "بالشفاء",
    "بالتوفيق",
    "بالسداد",
    "بالعافيه",
    "بالصحه",
    "بالنصر",
    "بالهدايه",
    "بالفرج",
    "بالثبات",
    "مغفره",
    "رحمه",
}
_PRAYER_WINDOW = 10
# a festival or a show that enjoys its sponsors' support ("يحظى المهرجان بدعم")
_ENJOYS = {"يحظي", "تحظي", "حظي", "حظيت"}
_SHOWS_AND_FESTIVALS = {
    *("المهرجان", "مهرجان", "المعرض", "معرض", "الفعاليات", "فعاليات", "الملتقي", "ملتقي"),
    *("البطوله", "بطوله", "المسابقه", "مسابقه", "الحفل", "حفل"),
}
# those one prays for: the dead, the martyrs, the sick and the wounded
_PRAYED_FOR = {
    *("للشهداء", "للشهيد", "للفقيد", "للفقيده", "للمتوفي", "للمتوفين", "للموتي", "للميت"),
    *("للمصابين", "للجرحي", "للمرضي", "للمريض"),
}
# relative pronouns, with the spellings and ما a call may follow: "الانتخابات التي دعا
# لها الرئيس" is a call, not a prayer
_CALL_RELATIVES = actors._RELATIVES | {"اللتي", "اللذي", "اللواتي", "ما"}
# what only God is asked to do: "أن يتغمده", "أن يرحمه", "أن يتقبله"
_MERCY_VERBS = {"يتغمد", "يتغمده", "يتغمدهم", "يتغمدها", "يرحمه", "يرحمهم", "يتقبله", "يتقبلهم"}
# what is applied for: "طلب ترخيص", "طلب تأشيرة"
_PERMITS = {
    "ترخيص",
    "الترخيص",
    "تصريح",
    "التصريح",
    "تاشيره",
    "تاشيرات",
    "رخصه",
    "اذن",
    "قرض",
    "منحه",
    "اعفاء",
    "الاعفاء",
    "استثناء",
    "الاستثناء",
    "التحاق",
    "الالتحاق",
    "تسجيل",
    "وظيفه",
    "العلم",
    "امتياز",  # a franchise
    # a loan applied for: "عند طلب الاقتراض منه"
    "الاقتراض",
    "اقتراض",
    # a court filing: "في طلب الإفلاس", "تقدمت بطلب الإفلاس"
    "الافلاس",
    "افلاس",
}
# "تطلب الأمر", "يتطلب ذلك": form V, to require
_IT = {"الامر", "ذلك", "منه", "منها", "منا", "منهم", "الموقف", "الوضع"}
# what endangers, as against a threat someone makes: "تهدد الصحة", "يهدد أمن المنطقة"
_ENDANGERED = {
    # a standard of living: "المهاجرون يهددون مستوى المعيشة"
    "مستوي",
    "امن",
    "الامن",
    "السلم",
    "سلامه",
    "الصحه",
    "صحه",
    "حياه",
    "مستقبل",
    "البييه",
    "البيئه",
    "استقرار",
    "الاستقرار",
    "وحده",
    "الوحده",
    "الاقتصاد",
    "بقاء",
    "وجود",
    "المجتمع",  # "كارثة مجاعة تهدد المجتمع"
}
# a court's words: "تأييد الحكم", "إدانة المتهم"
_RULING = {"الحكم", "حكم", "الاحكام", "احكام", "القرار", "قرار"}
_COURT = {"المحكمه", "محكمه", "القاضي", "القضاء", "بتهمه", "المتهم", "المتهمين", "الادعاء"}
# a verdict proven, in a law's wording: "من تثبت إدانته بحكم قضائي"
_PROVEN = {"تثبت", "ثبتت", "ثبوت", "يثبت", "ثبت"}
_ALSO = {"ايضا", "كذلك"}
# telecommunications: "شرائح اتصالات", "قطاع الاتصالات"
_TELECOM_BEFORE = {"شركه", "شركات", "قطاع", "وزاره", "هييه", "هيئه", "تقنيه", "شبكه", "شبكات"}
_TELECOM_BEFORE |= {"خدمات", "شرايح", "شرائح", "المعلومات", "ابراج", "فاتوره"}
# an application, not a request: "رقم الطلب", "آلية طلب الإعفاء", "نموذج طلب"
_APPLICATION_BEFORE = {
    "رقم",
    "ارقام",
    "اليه",
    "نموذج",
    "نماذج",
    "استماره",
    "موعد",
    "تقديم",
    "تقديمه",
    "تقديمها",
    "تقديمهم",
    "لتقديم",
    "حسب",  # "حسب طلب المريض": on demand
    "بحسب",
}
# what is ordered or applied for, not asked of a party: "طلب كميات", "طلب خدمة"
_ORDERED = {
    "كميات",
    "خدمه",
    "خدمات",
    "الخدمه",
    "الخدمات",
    "الحصول",
    "للعمل",
    "التوظيف",
    "الطعام",
}
# a counted noun: "100 طالب وطالبة", "لكل طالب" (students, not "he demanded")
_COUNTED_BEFORE = {"كل", "لكل", "الف", "الاف", "مليون", "ملايين", "عشرات", "مئات"}
# hundreds, also definite: "زهاء الثلاثمائة طالب"
_COUNTED_BEFORE |= {
    p + n + "مايه"
    for p in ("", "ال")
    for n in ("", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
} | {"مايتي", "المايتي", "مايتا"}
# condolences received: "استقبل آل الشاجري العزاء"
_CONDOLENCES = {"العزاء", "التعازي", "المعزين", "عزاء", "تعازي"}
# works released, not people: "الإفراج عن أغنية"
_RELEASED_WORKS = {
    "اغنيه",
    "الاغنيه",
    "فيلم",
    "الفيلم",
    "البوم",
    "الالبوم",
    "كتاب",
    "الكتاب",
    "روايه",
    "الروايه",
    "مسلسل",
    "المسلسل",
}
# what is disclosed, not who is freed: "أفرجت حملة كلينتون … عن معلومات تتعلق بصحتها"
_RELEASED_INFORMATION = {
    w
    for base in ("معلومات", "بيانات", "وثايق", "تفاصيل", "تسجيلات", "مراسلات", "رسايل")
    for w in (base, "ال" + base)
}
# animals caught, not people arrested: "القبض على 3 كلاب سائبة"
_ANIMALS = {
    "كلاب",
    "الكلاب",
    "كلب",
    "الكلب",
    "قطط",
    "حيوانات",
    "الحيوانات",
    "ابقار",
    "مواشي",
    "افعي",
    "تمساح",
}
# a ministry's portfolio after وزارة: "وزار الصحة" is the ministry, its ة dropped
_PORTFOLIOS = {
    "الصحه",
    "الداخليه",
    "الخارجيه",
    "الدفاع",
    "الماليه",
    "التربيه",
    "التعليم",
    "العدل",
    "التجاره",
    "الثقافه",
    "الاعلام",
    "الشوون",
    "الشؤون",
    "العمل",
    "النقل",
    "الزراعه",
    "الفلاحه",
    "السياحه",
    "الاسكان",
    "البلديه",
}
# what is kept up (Tunisian تعهد, upkeep): "تعهد منشآت المعمل"
_UPKEPT = {"منشات", "المنشات", "التجهيزات", "تجهيزات", "المعدات", "معدات", "الطرقات", "المسالك"}
# what a judge, a doctor or a service takes charge of (Tunisian تعهد بـ)
_CASES_TAKEN = {
    "بالملف",
    "بالقضيه",
    "بالبحث",
    "بالتحقيق",
    "بالطفل",
    "بالمريض",
    "بالحاله",
    "بالمصابين",
    "بالابحاث",
    "بالقضايا",
    "بالملفات",
    "بالاطفال",
    "بالمرضي",
}
# what an investigation continues: "بمواصلة الأبحاث"
_CASES_TAKEN_BARE = {"الابحاث", "البحث", "التحقيق", "التحقيقات", "التحريات"}
# periods that fall on a day (وافق, coincide): "وتوافق فترة الصمت الانتخابي يوم السبت"
_PERIODS_FALLING = {"فتره", "موعد", "تاريخ", "ذكري", "الذكري", "عطله", "مناسبه"}
# verbs of becoming and being, whose predicate "مطالبة" is "obliged"
_BECOMING = {
    "اصبح",
    "اصبحت",
    "اصبحوا",
    "بات",
    "باتت",
    "باتوا",
    "صار",
    "صارت",
    "صاروا",
    "اضحي",
    "اضحت",
    "ستكون",
    "سيكون",
    "تكون",
    "يكون",
    "ستصبح",
    "سيصبح",
    "تصبح",
    "يصبح",
}
# sizes of a sum owed: "مطالبات … تتجاوز مليار", "المطالبات المالية"
_CLAIM_SIZES = {"مليار", "مليون", "ملايين", "مليارات", "الماليه", "ماليه", "المستحقه"}
# the number words that count, not the counted people the ASSAULT features also read
# ("أن شخصا طلب منه مبلغا": a person asked, no applications counted)
_COUNTS = lexicon.NUMBER_WORDS - lexicon.COUNTED_NOUNS
# MOBILIZE نشر deploys forces or weapons; otherwise it publishes or spreads
_FORCES = {
    "قوات",
    "قوه",
    "جنود",
    "جنديا",
    "عناصر",
    "وحدات",
    "وحده",
    "كتيبه",
    "كتايب",
    "كتائب",
    "لواء",
    "فرقه",
    "صواريخ",
    "منظومه",
    "منظومات",
    "بطاريات",
    "طايرات",
    "طائرات",
    "مقاتلات",
    "سفن",
    "بوارج",
    "حامله",
    "قطع",
    "دبابات",
    "مدرعات",
    "اليات",
    "عسكريه",
    "عسكري",
    "عسكريين",
    "الجيش",
    "جيش",
    "شرطه",
    "الشرطه",
    "دوريات",
    "حرس",
    "الحرس",
    "امنيه",
    "الامني",
    "امني",
    "مراقبين",
    "قناصه",
    "القناصه",
    "مسلحين",
    "المسلحين",
}
# a prison as a place: "في سجن X", "مدير السجن", "سجناء"; not "بالسجن" (a sentence)
_PRISON_PLACE_BEFORE = {
    "في",
    "داخل",
    "خارج",
    "مدير",
    "اداره",
    "نزلاء",
    "بين",
    "زنزانه",
    "من",
    "قرب",
}
_PRISON_PLACE_BEFORE |= {"الي", "حراس", "حارس", "سجاني", "بوابه", "اسوار"}
# with لـ: "صرف سلال غذائية لنزلاء سجن المحافظة"
_PRISON_PLACE_BEFORE |= {"لنزلاء", "لحراس", "لاداره", "لمدير"}
# who speaks for it: "متحدث باسم السجن", "ناطق باسم سجن الحائر"
_PRISON_PLACE_BEFORE |= {"باسم", "مسوولي", "مسوولو", "ادارات"}
_PRISONS = {"سجون", "السجون", "سجناء", "السجناء"}
# where someone is held: "مكان احتجازه", "مراكز الاحتجاز"
_HOLDING_PLACE = {"مكان", "اماكن", "مركز", "مراكز", "مقر", "مرافق", "ظروف", "موقع"}
# a summons is a diplomatic sanction only for an envoy: "استدعاء السفير"
_ENVOYS = {
    "سفير",
    "السفير",
    "سفيرها",
    "سفيره",
    "سفراء",
    "القايم",
    "القائم",
    "قايم",
    "مبعوث",
    "المبعوث",
    "دبلوماسي",
    "الدبلوماسي",
    "دبلوماسيين",
    "ممثل",
}
# a facility that receives planes, ships, goods or patients: "استقبل مطار X طائرة"
# applicants and clients a body receives: "استقبلت الجامعة المتقدمين", not a meeting
# cases and complaints a court or an office receives
_FILED = {"دعوي", "دعاوي", "قضيه", "قضايا", "بلاغا", "بلاغات", "شكوي", "شكاوي", "معامله", "معاملات"}
_TO_PRAY = {"للصلاه", "للدعاء"}
# paying a price: "لماذا يدفع القارئ ثمن الصحيفة"
_PAYING = {"يدفع", "تدفع", "دفع", "دفعت", "يدفعون", "دفعوا", "بنفس", "نفس", "يساوي"}
_APPLICANTS = {"المتقدمين", "المتقدمات", "الطلبات", "طلبات", "المراجعين", "المرضي", "الحالات"}
# the customers of a service, whose requests are orders: "العميل", "المشتركين"
_CUSTOMERS = {"العميل", "للعميل", "العملاء", "للعملاء", "عملاء", "المشتركين", "لمشتركيها"}
_FACILITIES = {"مطار", "ميناء", "مستشفي", "مستشفى", "منفذ", "مستودع", "معرض", "مختبر"}
_CASUALTIES = {"جثمان", "جثه", "جثث", "جثامين", "جريحا", "جرحي", "مصابين", "مصابا", "الجرحي"}
# a name or programme a trigger word is part of: "نظام ساند", "تحالف دعم الشرعية"
# what evidence supports: an idea, not a party ("يدعم الرأي القائل")
_IDEAS = {
    "الراي",
    "راي",
    "الفرضيه",
    "فرضيه",
    "النظريه",
    "نظريه",
    "الفكره",
    "فكره",
    "الادعاء",
    "الادعاءات",
    "الروايه",
    "روايه",
    "القول",
    "الاستنتاج",
    "التوقعات",
    "الاعتقاد",
}
_NAME_HEADS = {
    "نظام",
    "كنظام",
    "برنامج",
    "كبرنامج",
    "تحالف",
    "لتحالف",
    "مبادره",
    "حمله",
    "صندوق",
    "جايزه",
    "جائزه",
    "مشروع",
    "منصه",
    "تطبيق",
    "مسابقه",
}
# the resumptive "إليها" after دعا: an invitation to the meetings just named
_TO_IT = {"اليه", "اليها", "اليهم", "اليهما"}
# what a task requires: "تطلّب وقتا/جهدا/أموالا"
_EFFORT = {"وقتا", "جهدا", "جهودا", "اموالا", "مزيدا", "سنوات", "اشهر", "ايام", "ساعات", "دقائق"}
# بحث = search or research: "البحث عن", "محركات البحث", "البحث العلمي"
_SEARCH_BEFORE = {
    "محركات",
    "محرك",
    "شركه",  # "شركة البحث الرائدة": a search-engine company
    "شركات",
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
    # an academic rank or post: "أستاذ بحث مساعد", "كرسي بحث"
    "استاذ",
    "اساتذه",
    "كرسي",
    "منحه",
}
_SEARCH_AFTER = {
    "علمي",
    "مساعد",  # "أستاذ بحث مساعد"
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
# what leads someone to act: "الأسباب التي دعت الحكومة"
_CAUSES = {"الاسباب", "السبب", "الظروف", "العوامل", "الدوافع", "الدواعي", "اسباب", "ظروف"}
_CAUSES |= {"البواعث", "بواعث", "الحاجه", "الضروره", "المشاكل", "المشكلات", "الصعوبات"}
# what gives cause, as the subject right after the verb: "وتدعو التوقعات إلى التشاؤم"
_CAUSING_SUBJECTS = {"التوقعات", "المؤشرات", "الارقام", "النتايج", "المعطيات"}
# goods one orders ("طلب أرخص المنتجات")
_GOODS = {
    "المنتجات",
    "منتجات",
    "السلع",
    "سلع",
    "البضائع",
    "بضائع",
    "البضاعه",
    "الوجبات",
    "وجبات",
    "الطعام",
    "الاكل",
    "المواد",
    "مواد",
}
# grain and shipments a tender asks for: "وطلبت المؤسسة قمحا", "طلبت المناقصة شحن"
_TENDERED = {"قمحا", "القمح", "شعيرا", "الشعير", "شحن"}
# الدعم = subsidy of prices and goods
_SUBSIDY_AFTER = {
    "للقروض",  # "دعمه للقروض الاجتماعية": a bank's financing
    "القروض",
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
    "حكوميا",  # "قدمت الدولة دعما حكوميا لقطاع الكهرباء"
    "حكومي",
}
# what a paper is given, presented or published with: "ألقى بحثا", "قدم بحثا"
_PRESENTED = {"القي", "القت", "قدم", "قدمت", "نشر", "نشرت", "اعد", "اعدت", "انجز", "انجزت"}
_PRESENTED |= {"اجري", "اجرت", "ناقش", "ناقشت"}
# houses and means of publishing: "دار النشر", "وسائل النشر", "إدارة النشر"
_PUBLISHING_HOUSES = {"دار", "دور", "وسايل", "وسائل", "اداره", "حقوق", "قواعد", "عالم", "مجال"}
# outcomes one fears, not acts one threatens to do: "تهدد بتقسيم البلاد", "يهدد بإجهاض"
_BAD_OUTCOMES = {
    "تقسيم",
    "انهيار",
    "انتكاسه",
    "انتكاسات",
    "اجهاض",
    "تفكك",
    "انقسام",
    "انفجار",
    "كارثه",
    "زوال",
    "انقراض",
    "تدهور",
    "ضياع",
    "اندلاع",
    "فقدان",
    "تفاقم",
}
# danger itself as the subject: "فالخطر يهددها من الداخل"
_DANGER = {"الخطر", "خطر", "الاخطار", "اخطار", "تناقض", "التناقض"}
# what one applies for with طلب: a visa
_VISAS = {"التاشيره", "تاشيره", "التاشيرات", "الفيزا", "فيزا"}
# pages one "visits" on the web
_WEB_PAGES = {"صفحه", "الصفحه", "رابط", "الرابط", "مدونه", "المدونه", "صفحتها", "صفحته"}
# kinds of study: "بحث مشترك", "بحث تحقيقي" (not a country's nisba: "بحث سعودي مصري" is talks)
_STUDY_KINDS = {"علمي", "تحقيقي", "ميداني", "طبي", "اكاديمي", "مشترك", "جديد", "مستفيض"}
_STUDY_KINDS |= {"جامعي", "تجريبي", "استقصايي", "اجتماعي", "تاريخي"}
# the passive participle of طالب: "الحكومة مطالبة بـ" (it must), not a demand made
_OBLIGED_FORMS = {"مطالبه", "مطالب", "مطالبون", "مطالبين"}
_PREDICATE_SUBJECTS = {"هي", "هو", "هم", "وهي", "وهو", "وهم", "فهي", "فهو", "انها", "انه", "انهم"}
# what one seeks as a طالب: work, a job, asylum
_SOUGHT_JOBS = {"الشغل", "شغل", "العمل", "عمل", "اللجوء", "لجوء", "التوظيف", "الوظايف"}
# money released or paid out: "الإفراج عن القروض"
_FUNDS = {"القروض", "قروض", "الاموال", "اموال", "المستحقات", "الارصده", "الدفعه", "الشريحه"}
_FUNDS |= {"الاعتمادات", "الميزانيه", "المساعدات"}
# utilities and goods supplied, which are no aid: water, power, rolling stock
_UTILITIES = {"ماء", "مياه", "كهرباء", "غاز", "انترنت", "قاطرات", "عربات", "شاشات", "شاشه"}
# facilities equipped: "تزويد المراكز الانتخابية", "تزويد المدارس بالحواسيب"
_EQUIPPED_FACILITIES = {
    # a fleet fitted out: "تم تزويد مقصورة ركاب درجة الأعمال بأحدث المقاعد"
    "مقصوره",
    "اسطول",
    "مراكز",
    "مركز",
    "مدارس",
    "مستشفيات",
    "مساجد",
    "محطات",
    "مباني",
    "قاعات",
    "مكاتب",
}
# natural and health hazards that endanger: no one threatens
_HAZARDS = {
    "السيول",
    "سيول",
    "الفيضانات",
    "فيضانات",
    "الامطار",
    "امطار",
    "غزيره",
    "الجفاف",
    "التصحر",
    "الاوبيه",
    "الوباء",
    "الفيروس",
    "فيروس",
    "الحرايق",
    "الزلازل",
    "الاعاصير",
    "مخاطر",  # "5 مخاطر تهدد النتائج المالية"
    "المخاطر",
    "الاصابه",  # "وتهدد هذه الإصابة بعدم مشاركة"
    "اصابه",
    "الازمات",  # "والأزمات السياسية تهدد الحكومة": a state of affairs endangers
    "ازمات",
    "الازمه",
    "ازمه",
}
# software and devices "support" languages and formats
# apps, which a system supports farther after the verb
_APPS = {"تطبيقات", "التطبيقات"}
_TECH = {
    "تطبيق",
    "التطبيق",
    "تطبيقات",
    "التطبيقات",
    "هاتف",
    "الهاتف",
    "المتصفح",
    "لغه",
    "اللغه",
    "لغات",
    "بلغات",
    "اجهزه",
    "الاجهزه",
    "اجهزتها",
    "تقنيه",
    "تقنيات",
    "خاصيه",
    "شبكات",
    "الشبكات",
    "البلوتوث",
    # screens, models and standards ("بشاشة عرض تدعم اللمس", "طرازات تدعم مقياس Qi
    # للشحن اللاسلكي")
    "اللمس",
    "شاشه",
    "الشاشه",
    "طراز",
    "طرازات",
    "الطرازات",
    "مقياس",
    "معيار",
    "الشحن",
    "المعالج",
    "معالج",
    "اندرويد",
    "الاندرويد",
    # computers, operating systems and map apps: "تدعم الخرائط المجسمة"
    "كمبيوتر",
    "الكمبيوتر",
    "الكومبيوتر",
    "الكومبيوترات",
    "ويندوز",
    "خرايط",
    "الخرايط",
}
# place names that read as a trigger: Sejnane (Tunisia), not "two prisons"
_PLACE_NAMES_LIKE_TRIGGERS = {"سجنان"}
# records that incriminate: "تسجيل يدين", "وثائق تدين"
_RECORDS = {"تسجيل", "تسجيلا", "تسجيلات", "فيديو", "وثيقه", "وثايق", "صور", "صوره", "مقطع"}
# views that data or facts "support"
# what evidence is: "نتائجنا تدعم أهمية الترويج", "تجارب خليجية تدعم إنشاء صندوق"
_EVIDENCE = {
    # evidence found: "لم يعثروا على دليل يدعم ما وصفته الشرطة"
    "دليل",
    "الدليل",
    "قراين",
    "نتايج",
    "نتايجنا",
    "نتيجه",
    "تجارب",
    "تجربه",
    "دراسه",
    "دراسات",
    "ارقام",
    "مؤشرات",
    "موشرات",
    "ادله",
    "شواهد",
    "بيانات",
    "احصاءات",
    "احصايات",
    "معطيات",
    "عوامل",
}
_VIEWS = {"الراي", "الطرح", "التوجه", "الاتجاه", "القول", "الافتراض", "الاحتمال", "التوقعات"}
# events a company sponsors
_EVENTS_HELD = {"للمهرجان", "المهرجان", "للبطوله", "للفعاليه", "للمعرض", "للحفل", "للمسابقه"}
_VOLUNTEERS = {"متطوع", "متطوعا", "متطوعين", "المتطوعين", "متطوعون", "المتطوعون"}
_CLINICS = {"للاطباء", "للطبيب", "الاطباء", "الطبيب", "للعيادات", "العيادات", "للمستشفى"}
_SHOWS = {"برنامجه", "برنامجها", "برنامج", "حلقته", "حلقاته", "الاستوديو", "استوديو"}
# God's promise of punishment in a sermon or a verse
_DIVINE = {"الله", "بالعذاب", "العذاب", "بالنار", "النار", "بالنكال", "جهنم"}
# what a regulator approves: a licence for a product, not an agreement with a party
_PRODUCTS = {
    "تاسيس",  # "موافقة وزارة التجارة على تأسيس الشركات": a licence
    "ترخيص",
    "انشاء",
    "عقار",
    "عقاقير",
    "دواء",
    "ادويه",
    "علاج",
    "لقاح",
    "استخدامه",
    "استخدام",
    "تسويق",
    "تسجيل",
    "منتج",
    "منتجات",
    "شغر",
    "شغل",
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
    "نسبه",
}
# a football fixture is not a meeting
_SPORTS_STRONG = {
    "مباراه",
    "مباريات",
    "المباراه",
    "منتخب",
    "المنتخب",
    "دوري",
    "الدوري",
    "نادي",
    "النادي",
    "لاعب",
    "اللاعب",
    "لاعبين",
    "اللاعبين",
    "لاعبو",
    "لاعبي",
    "مدرب",
    "المدرب",
    "الشوط",
    "ملعب",
    "الملعب",
    "هدفين",
    "اعاره",
    "الاعاره",
    "المضرب",
    "معقل",  # a club's home ground: "زياراته الثلاث الأخيرة لمعقل يونايتد"
    "لمعقل",
    "ملعبه",
    "مدربه",
    "المنتخبات",
    "ستاد",
    # transfers and positions: "طالب بانتقاله"، "طلب استعارته"، "ظهير الهلال"
    "الاحتراف",
    "انتقاله",
    "استعارته",
    "الاستعاره",
    "ظهير",
    "الظهير",
    "مهاجم",
    "المهاجم",
    # friendlies and qualifying (session 22's blind sample: "نقل وديات الزعيم"); not
    # ناديه, which is also the name نادية, nor كرة القدم and الفيفا, whose federations'
    # politics earlier readers read as events ("دعم بلاتيني لرئاسة الفيفا")
    "وديات",
    "الوديات",
    "التاهل",
    "منتخبات",  # "فرز منتخبات انكلترا وفرنسا"
}
# sports words that count only with another one (alone they have other senses: الأندية
# الأدبية, تتويج للعلاقات, الأولمبياد العلمي), as the tokens' cores have them
_SPORTS_SECOND = {
    "مباراته",
    "مباراتها",
    "تصفيات",
    "يويفا",
    "اولمبياد",
    "انديه",
    "تتويج",
    "منشطات",
    # a league's professionals, a club's season: "دوري عبداللطيف جميل للمحترفين",
    # "الوقوف مع النادي خلال الموسم القادم" (a season is also the Hajj's)
    "محترفين",
    "المحترفين",
    "موسم",
    "الموسم",
    # playing, a table's points: "وافقت على اللعب للنادي العربي", "مدرب الأخير ... (9
    # نقاط)" (not الرياضي: a sports body's politics reads as events)
    "اللعب",
    "لعب",
    "نقاط",
    "النقاط",
    # a tournament, with another sports word: "منتخب المملكة للإسكواش في البطولة العربية"
    # (alone, heroism: "بطولات الجيش")
    "بطوله",
    "البطوله",
    # the transfer window, a club's fans (Tunisian الأحباء), its coaches: "قبل غلق باب
    # التنقلات الشتوية ... دفع اللاعب إلى رفض العودة", "لجنة الأحباء ... للملعب"
    "تنقلات",
    "التنقلات",
    "انتقالات",
    "الانتقالات",
    "ميركاتو",
    "الميركاتو",
    "احباء",
    "الاحباء",
    "مدربين",
    "المدربين",
}
_SPORTS = _SPORTS_STRONG | {
    "بطوله",
    "البطوله",
    "الاهداف",
    "كاس",
    "وديا",
    "ودي",
    "الوديه",
    "الفريق",
    "الموسم",
}
_THOUSANDS = {"الف", "الاف", "مليون", "ملايين", "مئات"}
_THOUSAND_DUALS = {"الفا", "الفي"}  # "ألفا فدان": two thousand
_CROWDS_OF_VISITORS = _THOUSANDS | {"زائر", "زاير", "الزوار", "زوار"}
# what a date or a day is: "يوافق اليوم الثاني", "الموافق 5 شوال"
_WEEKDAYS = {"ال" + day for day in actors._WEEKDAYS}
_DAY_WORDS = {"يوم", "اليوم", "ليله", "الليله", "ذكري", "الذكري"}
_ORDINAL_DAYS = {
    *("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"),
    *("التاسع", "العاشر", "الاخير", "الاخيره"),
}
# a referee's words: a sending-off ("طرد") in a match
_REFEREEING = {"الحكم", "البطاقه", "الحمراء", "بالبطاقه", "الانذار", "الكره"}
# what is stopped that is no person: "أوقفت مستحقات", "أوقف الإسراف"
_STOPPED = {
    "اوقافا",  # "أوقف أوقافا": endowed a waqf
    "وقفا",
    "مستحقات",
    "مستحقاته",
    "صرف",
    "الاسراف",
    "الهدر",
    "العمل",
    "المشروع",
    "البث",
    "التداول",
    "التعامل",  # "أوقفت الهيئة التعامل على أسهم الشركة": trading halted
    "الدروس",  # "وأوقفوا الدروس فورا": classes stopped
    "الدراسه",
    "اجراءات",  # "أوقفت إجراءات الترحيل": proceedings suspended
    "الاجراءات",
    "النزيف",
    "الخدمه",
    # an advance halted: "أوقف تقدم «داعش»"
    "تقدم",
    "زحف",
    # vehicles and plans: "ثم أوقف السيارة"، "أوقفت مخططات التقسيم"
    "السياره",
    "سيارته",
    "سيارتها",
    "المركبه",
    "مركبته",
    "مخططات",
    "المخططات",
    "العلاج",
    # funding, carrying out, projects: "أوقفت طهران تنفيذ مشروعات تنموية", "أوقف تمويل
    # المشروعات" (a cut in aid, PLOVER's SANCTION, not an arrest)
    "تنفيذ",
    "تمويل",
    "التمويل",
    "مشروعات",
    "المشروعات",
    "مشاريع",
    "المشاريع",
    # operations and trade: "أوقفت القوات عمليات القصف", "أوقفت الصين استيراد الدواجن"
    "عمليات",
    "العمليات",
    "استيراد",
    "الاستيراد",
    "تصدير",
    "التصدير",
    "القصف",
    "رحلات",
    "الرحلات",
    "رحلاتها",  # "أوقفت الخطوط الجوية اليمنية رحلاتها": flights suspended
    "رحلاته",
    # cooperation and work with someone: "أوقفنا تعاوننا مع الكاتب"
    "تعاون",
    "التعاون",
    "تعاوننا",
    "تعاونها",
    "تعاونه",
    "تعاملها",
    "تعاملنا",
}
_STOPPED |= {"نشاط", "النشاط", "انتاج", "الانتاج", "خدمات", "الخدمات", "بث"}


def _stopped_thing(norm: str) -> bool:
    """A thing stopped, also with its owner's pronoun: "عملياتها", "نشاطها", "إنتاجه"."""
    if norm in _STOPPED:
        return True
    return any(norm.endswith(p) and norm[: -len(p)] in _STOPPED for p in ("ها", "هم", "ه", "نا"))


_MATCHES = {"مباريات", "مباراه", "جولات"}


def _counted_matches(analysis: Analysis, j: int) -> bool:
    """A count of matches at j, how long a player is suspended: "ست مباريات",
    "لمباراتين", "3 مباريات" (not "بعد المباراة", when an arrest happened)."""
    word = _bare_word(_norm(analysis, j)).removeprefix("ل")
    if word in ("مباراتين", "مباراتان"):
        return True
    before = analysis.tokens[j - 1]
    return word in _MATCHES and (
        before.norm[:1].isdigit()
        or before.core in lexicon.NUMBER_WORDS
        or before.norm in _FEW_COUNTS
    )


# the counts before a plural that are no number word: the cardinals' short forms, بضع
_FEW_COUNTS = (actors._CARDINALS - lexicon.NUMBER_WORDS) | {"بضع"}
_SUBJECT_PRONOUNS = {"هي", "هو", "هم", "انت", "انتم", "نحن", "وهي", "وهو", "وهم"}
# a pronoun a predicate describes, also after ف: "فهي مطالبة أن تطور"
_PREDICATE_PRONOUNS = _SUBJECT_PRONOUNS | {"فهي", "فهو", "فهم"}
# أنّ with its pronoun before a participle: "أنها مطالبة كثيراً بتوحيد الرؤى"
_THAT_IT = {"انها", "انه", "انهم", "اننا", "انكم", "انك", "بانها", "بانه", "بانهم", "باننا"}
_OBLIGED_ADVERBS = {"كثيرا", "ايضا", "اليوم", "دايما", "اكثر", "جميعا", "الان"}
# participle-shaped support words that also describe a noun
_ADJECTIVAL_SUPPORT = {"مسانده", "مساند", "داعمه", "داعم", "مسانداه"}
# masdars of giving, after which the support word is the thing given ("تقديم مساندة")
_GIVING = {"تقديم", "توفير", "منح", "طلب", "تلقي", "وتقديم", "وتوفير", "بتقديم", "بتوفير"}
# what a state of affairs "calls for" in the sense of gives cause to
_FEELINGS = {
    "القلق",
    "التفاؤل",
    "الدهشه",
    "الاستغراب",
    "التوقع",
    "التساول",
    "التساؤل",
    "التساولات",
    "الاطمئنان",
    "الفخر",
    "الاسف",
    "السخريه",
    "الحزن",
    "التامل",
    "الشك",
    "الريبه",
    "العجب",
    "الاعتزاز",
    "الارتياح",
    "الضحك",
    "الاستهجان",
    "الحيره",
    "التفكير",
    "الاعجاب",
}
# a team's lines, which a club "supports" with new players
_SQUAD_LINES = {"دفاعه", "هجومه", "صفوفه", "خطوطه", "وسطه", "دفاعها", "هجومها", "صفوفها"}
# works and teachings whose "call" is their message: "المسرحية تدعو إلى"
_WORKS = {
    "المسرحيه",
    "مسرحيه",
    "العرض",
    "الفيلم",
    "فيلم",
    "المسلسل",
    "الروايه",
    "القصيده",
    "الاغنيه",
    "الاوبريت",
    "الكتاب",
    "القران",
    "الاسلام",
    "الشريعه",
    "الاديان",
}
# a faith and its scripture as the subject after a call verb ("حث الدين الإسلامي على")
_FAITH = {"الدين", "الاسلام", "الشرع", "الشريعه", "القران", "ديننا", "الاديان"}
# a treaty's clauses, which stipulate rather than ask
_CLAUSES = {"البند", "بند", "الماده", "الفقره", "البنود"}
# what one "يدين به": loyalty, a debt of gratitude, a faith
_OWED = {"بالولاء", "بالفضل", "بالشكر", "بالاسلام", "بالمسيحيه", "بالطاعه", "بدين"}
_DOCTORS = {"طبيب", "طبيبا", "اطباء", "الطبيب", "الاطباء", "طبيبه"}


_TOURISTS = {"سائح", "سياح", "السياح", "سايح", "السايح", "سائحا", "سايحا", "للسياح"}
_AFFECTION = {"احترامه", "محبته", "حبه", "تقديره", "احترامها", "محبتها", "حبها", "تقديرها"}
_CAUSING = {"مما", "ومما"}


def _cause(analysis: Analysis, i: int) -> bool:
    """دعا after what caused it: "الأمر الذي دعا", "مما دعا", "وهو ما دعا" (led to)."""
    prev, before = _norm(analysis, i - 1), _norm(analysis, i - 2)
    return (
        prev in _CAUSING
        or (prev == "الذي" and before == "الامر")
        or (prev == "ما" and before in ("هو", "هذا", "ذلك", "وهو", "وهذا"))
    )


def _praised_with_bi(analysis: Analysis, i: int) -> bool:
    """A بـ-word follows the praise verb within 24 words of its sentence (past a long
    subject and asides): "أشاد الوزير بجهود", "أشاد المشاركون في أعمال الندوة الدولية
    حول ... بفرنسا بجهود المملكة"."""
    toks = analysis.tokens
    if "ّ" in analysis.text[toks[i].start : toks[i].end]:
        return False  # "تشيّد": the shadda of شيّد (to build)
    for j in range(i + 1, min(len(toks), i + 25)):
        if any(c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j - 1].end : toks[j].start]):
            return False  # (commas may set an aside off: "أشاد الوزير، في كلمته، بجهود")
        norm = toks[j].norm
        if norm[:1] == "ب" and (len(norm) > 3 or norm in ("بما", "به", "بها", "بهم")):
            return True  # (a name's بن is too short to count)
    return False


def _work_speaks(analysis: Analysis, i: int) -> bool:
    """A work or a teaching is the subject of the call, in the trigger's clause: the
    verb's own subject right before it, or the first noun after a clause-opening verb
    ("وحاكى العرض المسرحي ... ودعا إلى")."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - 25), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            return False
        if toks[j].norm.lstrip("و") in _WORKS:
            return (
                j in (0, 1, i - 1)  # after the clause's first word, its verb ("وحاكى")
                or actors.verb_like(analysis, j - 1)
                or actors.perfect_verb_like(toks[j - 1])
                or actors._break_between(analysis, j - 2, j - 1)
            )
    return False


_RECEIVE = ("استقبل", "يستقبل", "تستقبل", "استقبال", "يستقبلون", "استقبلت", "استقبلوا")
_PERSON_WORDS = {
    "خادم",  # "خادم الحرمين الشريفين"
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


# participles that introduce what someone said: "قائلاً", "مضيفة", "مستشهدةً"
_SAYING_PARTICIPLES = {
    w + end
    for w in ("قايل", "مضيف", "مشير", "موكد", "معتبر", "مستشهد", "موضح", "مبين")
    for end in ("ا", "ه", "", "ين", "ون")
}


_CONCUR = ("وافق", "اتفق", "توافق")


def _concurs_with_speaker(analysis: Analysis, i: int) -> bool:
    """وافق/اتفق with a person (an object pronoun, or مع and one) and a speaker's words
    within the next eight: "ووافقه في ذلك أبو عادل قائلاً", "واتفقت معه نايفة العتيبي،
    قائلةً" — someone concurs with what another said, not parties agreeing on an act."""
    toks = analysis.tokens
    norm = toks[i].norm
    if not (norm.startswith(_CONCUR) or norm[:1] in "وف" and norm[1:].startswith(_CONCUR)):
        return False
    with_person = actors._pronoun_suffix(analysis, i) or (
        i + 1 < len(toks) and toks[i + 1].norm in ("معه", "معها", "معهم", "معي")
    )
    if not with_person:
        return False
    for j in range(i + 1, min(len(toks), i + 9)):
        norm = toks[j].norm
        if norm in _SAYING_PARTICIPLES or (norm == "ذلك" and toks[j - 1].norm == "في"):
            return True
        if any(c in ".:؛;" for c in analysis.text[toks[j - 1].end : toks[j].start]):
            return False
    return False


_EVERYONE = {"الجميع", "الكل", "الكثيرون", "كثيرون", "معظم", "اغلب", "جميع"}


def _agrees_that(analysis: Analysis, i: int) -> bool:
    """The singular imperfect يتفق/تتفق, then "على أن" within its clause: one person
    shares a view ("ويتفق رئيس اللجنة عبدالغني المهنا على أن"), no agreement between
    parties (they are two: "اتفق الجانبان على أن", "يتفقان")."""
    toks = analysis.tokens
    everyone = (
        toks[i].norm.lstrip("وف") in ("اتفق", "يتفق")
        and i + 1 < len(toks)
        and toks[i + 1].norm in _EVERYONE
    )
    if toks[i].norm.lstrip("وف") not in ("يتفق", "تتفق", "يتفقون") and not everyone:
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 12)):
        if everyone and toks[j].norm in ("ان", "بان", "انه", "انها"):
            # "اتفق الجميع من مختلف أفراد المجتمع أن ليلة أمس استثنائية": a view
            # everyone shares, no agreement made
            return True
        if any(c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j - 1].end : toks[j].start]):
            return False
        if toks[j].norm in ("على", "علي") and toks[j + 1].norm in ("ان", "انه", "انها", "انهم"):
            return True
    return False


# what one agrees with as a view: speculation, estimates, a reading (folded forms)
_VIEW_NOUNS = {
    "تكهنات",
    "توقعات",
    "تقديرات",
    "راي",
    "اراء",
    "وجهه",
    "فرضيه",
    "نظريه",
    "تحليل",
    "تفسير",
    "استنتاج",
    "استنتاجات",
    "قول",
    "ملاحظه",
    "ملاحظات",
}


def _agrees_with_view(analysis: Analysis, i: int) -> bool:
    """A verb of agreeing, then على/مع and a view in its clause ("وافق تتيلي على تكهنات
    هيوبرت", "اتفق الباحث مع رأي زميله"): one shares a view, no agreement is made."""
    toks = analysis.tokens
    verbs = ("وافق", "يوافق", "توافق", "اتفق", "يتفق", "تتفق")
    norm = toks[i].norm
    if not (norm.startswith(verbs) or norm[:1] in "وف" and norm[1:].startswith(verbs)):
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 8)):
        if any(c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j - 1].end : toks[j].start]):
            return False
        if toks[j].norm in ("على", "علي", "مع"):
            view = toks[j + 1].norm
            return view.removeprefix("ال") in _VIEW_NOUNS or (
                view in ("هذا", "هذه", "تلك")
                and j + 2 < len(toks)
                and toks[j + 2].norm.removeprefix("ال") in _VIEW_NOUNS
            )
    return False


_GREETINGS = {"التهاني", "التهنيه", "التبريكات", "التعازي", "تهاني", "تعازي"}


def _greetings_received(analysis: Analysis, i: int) -> bool:
    """استقبل at i takes greetings or condolences as its object, past its subject and an
    aside between commas (within twelve words, before a full stop or a verb): what was
    received is a message, not a visitor."""
    toks = analysis.tokens
    if not _bare_word(toks[i].norm).startswith(("استقبل", "يستقبل", "تستقبل")):
        return False
    for j in range(i + 1, min(len(toks), i + 13)):
        if _norm(analysis, j) in _GREETINGS or _core(analysis, j) in _GREETINGS:
            return True
        if toks[j].norm in ("و", "ثم") or actors.verb_like(analysis, j):
            return False
        gap = analysis.text[toks[j - 1].end : toks[j].start]
        if any(c in gap for c in ".؛;:"):
            return False
    return False


# the cardinals a count of convicted people opens with: "إدانة اثنين من المديرين"
_CONVICTED_COUNTS = {"اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"}


def _convicted_count(analysis: Analysis, i: int) -> bool:
    """The masdar إدانة at i is a conviction of counted people: a count right after it
    (past an adverb), as a condemnation names an act or a party, not a number of them."""
    toks = analysis.tokens
    j = i + 1
    if j < len(toks) and toks[j].norm in ("بالفعل", "فعلا"):
        j += 1
    if j >= len(toks) or actors._break_between(analysis, j - 1, j):
        return False
    return toks[j].norm.isdigit() or toks[j].norm in _CONVICTED_COUNTS


def _counted_tourists(analysis: Analysis, i: int) -> bool:
    """A count of tourists as the visit's subject, past a place and a time ("زار تونس في
    عام 2013 قرابة 300 ألف سائح"): a tourist word within nine words, right after a number
    or a thousands word."""
    toks = analysis.tokens
    for j in range(i + 2, min(len(toks), i + 10)):
        if _norm(analysis, j) in _TOURISTS or _core(analysis, j) in _TOURISTS:
            before = toks[j - 1].norm
            return before.isdigit() or before in _THOUSANDS
    return False


def _any_near(analysis: Analysis, span: range, vocab: set[str]) -> bool:
    """A word of ``vocab`` (as it stands or without its clitics) at a token in ``span``
    (clipped to the sentence)."""
    return any(
        _norm(analysis, j) in vocab or _core(analysis, j) in vocab
        for j in range(max(0, span.start), min(len(analysis.tokens), span.stop))
    )


def _core(analysis: Analysis, j: int) -> str:
    return analysis.tokens[j].core if 0 <= j < len(analysis.tokens) else ""


_DEMAND_LEVEL = {"هناك", "يوجد", "وجود", "زياده", "ارتفاع", "تراجع", "انخفاض", "ضعف", "نمو"}
_SCHOOLS = {"دار", "جامعه", "الجامعه", "كليه", "الكليه", "مدرسه", "المدرسه", "معهد", "المعهد"}
# a student's year or degree: "طالب السنة الثالثة", "طالب الدكتوراه"
_STUDY_YEARS = {"السنه", "الصف", "الدكتوراه", "الماجستير", "البكالوريوس", "الدراسات", "الطب"}
_SOUGHT = {"المعرفه", "العلم", "الرزق", "الشفاء", "الهدايه", "الثار", "المعيشه", "الشهره", "العلوم"}
_DEGREES = {"الدكتوراه", "الدكتوراة", "الماجستير", "البكالوريوس", "الثانويه", "الطب", "الهندسه"}


def _indefinite_nisba(norm: str) -> bool:
    """An indefinite singular relative adjective ("أميركي", "جامعي"): a noun's adjective,
    never a verb's subject or object."""
    return (
        len(norm) >= 5
        and norm.endswith("ي")
        # not a plural in construct, which ends the same way: "طالب أهالي المنطقة",
        # "ممثلي الشركات"
        and not norm.startswith(("ال", "لل", "و", "ب", "م"))
        and norm not in ("اهالي", "ذوي", "اقارب")
    )


# what follows a suspension from a post or a game, not an arrest: "إيقاف الموظف عن العمل"
_SUSPENDED_FROM = {"عن"}
# things a count of which is stopped: "إيقاف 4 شاحنات محملة بالبنزين"
_VEHICLES = {
    "شاحنه",
    "شاحنات",
    "سياره",
    "سيارات",
    "حافله",
    "حافلات",
    "مركب",
    "مراكب",
    "قارب",
    "قوارب",
}


def _people_held(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """The masdar إيقاف at i takes people, so it is an arrest: its plural ("الإيقافات
    الأخيرة"), its pronoun ("تم إيقافه", "إيقافهم"; not ها, which may be a thing), a
    count of people ("إيقاف 3 أشخاص", not "4 شاحنات"), a people word ("إيقاف شخصين",
    "إيقاف المتهم"), a party word or a person named next; not one suspended from work or
    play ("إيقاف موظف عن العمل")."""
    toks = analysis.tokens
    definite = _bare_word(toks[i].norm).startswith("ال")
    word = _bare_word(toks[i].norm).removeprefix("ال")
    after_trigger = toks[i + 1].norm if i + 1 < len(toks) else ""
    if word.startswith(lexicon.ARREST_MASDAR + "ات"):
        return True
    if definite:
        return False  # "عقوبة الإيقاف الدولي": a suspension; a definite masdar takes no genitive
    if word.endswith(("ه", "هم", "هما")) and not word.endswith("ها"):
        return after_trigger not in _SUSPENDED_FROM
    j = i + 1
    if j >= len(toks) or actors._break_between(analysis, i, j):
        return False
    nxt = toks[j].norm
    if nxt[:1].isdigit() or actors._bare(nxt) in actors._CARDINALS:
        counted = toks[j + 1].norm if j + 1 < len(toks) else ""
        return counted not in _VEHICLES
    held = (
        nxt in lexicon.HELD_PEOPLE
        or actors._party_word(nxt)
        or ents.get(j, (0, 0, ""))[2] == "PERSON"
        # a nationality standing for its man: "إيقاف سوري" (not "الإيقاف الإداري")
        or (not nxt.startswith("ال") and actors.demonym_country(nxt) is not None)
    )
    after = toks[j + 1].norm if j + 1 < len(toks) else ""
    return held and after not in _SUSPENDED_FROM


def _things_stopped(analysis: Analysis, i: int) -> bool:
    """The object of أوقف at i, past its subject or a quantifier, is a definite plural of
    things in -ات ("أوقف جميع التعاملات مع البنك", "أوقفت الشركة الرحلات"), not of
    women ("الناشطات"), or a vehicle."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 4)):
        if actors._break_between(analysis, j - 1, j):
            return False
        norm = toks[j].norm
        if norm.startswith("ال") and norm.endswith("ات") and len(norm) >= 6:
            return not actors._party_word(norm)
        if (
            j == i + 1
            and norm.startswith("ال")
            and actors.derived_masdar(norm)
            and norm[2:] not in actors.ARMED_UNIT_HEADS  # "أوقفت التشكيلة العسكرية"
        ):
            return not actors._party_word(norm)  # "وأوقفت التصويت": a process halted
        if actors._without_tanween(norm).removeprefix("ال") in _VEHICLES:
            # a traffic stop: "أوقف الأعوان سيارة" (not "أوقفت الشرطة سائق سيارة")
            return actors._bare(toks[j - 1].norm) not in ("سايق", "صاحب")
    return False


_STUDY_STAGES = {"مرحله", "المرحله", "سنه", "السنه", "صف", "الصف", "قسم"}


def _after_masdar(analysis: Analysis, i: int) -> bool:
    """The word at i follows a masdar in construct with nothing between ("اعتقال طالب",
    "وفاة طالب"): it is that masdar's genitive, a noun, not a verb. (Not a masdar with
    a pronoun, which may end its phrase: "وبعد اعتقاله طالب المحامي".)"""
    if i == 0:
        return False
    toks = analysis.tokens
    prev = toks[i - 1]
    before = analysis.text[prev.start : prev.end]
    if actors._break_between(analysis, i - 1, i) or prev.norm.startswith(("ال", "وال")):
        return False
    if before.endswith("ه"):
        return False
    return prev.norm in _FATES or actors.derived_masdar(prev.norm, before)


# what befalls someone, in construct with him: "وفاة طالب", "مقتل طالب"
_FATES = {"وفاه", "مقتل", "مصرع", "اصابه", "اختفاء", "غرق", "انتحار"}


def _student_word(norm: str, surface: str) -> bool:
    """طالب with the article or a feminine ة is a student: the verb takes neither
    (طالبه "he demanded of him" is written with ه)."""
    bare = norm[1:] if norm[:1] in "وف" else norm
    # (its case ending may follow the ة: "طالباً وطالبةً")
    return bare.startswith(("الطالب", "للطالب", "بالطالب")) or (
        strip_marks(surface).endswith("ة") and bare.startswith("طالب") and len(bare) <= 6
    )


# what "support" of no party is for: security, talent, poetry, charity
_ABSTRACTIONS = {
    "الامن",
    "امن",
    "الاستقرار",
    "استقرار",
    "المواهب",
    "المصالح",
    "مصالح",
    "الاعمال",
    "استراتيجيه",
    "الشعر",
    "المسيره",
    "مسيره",
    "التطور",
    "تطور",
    "الابداع",
    "البحث",
    "التعليم",
    "الصحه",
    "الثقافه",
    "السلام",
    "العمل",
    "القدرات",
    "قدرات",
    "الانشطه",
    "البرامج",
    "المشاريع",
    "مشاريع",
}
# verbs of need: what they govern is not done yet
_NEEDED = {"يحتاج", "تحتاج", "يستلزم", "تستلزم", "يتطلب", "تتطلب", "بحاجه", "يستدعي", "تستدعي"}


def _clause_before(analysis: Analysis, i: int, limit: int) -> list[str]:
    """The words of the trigger's clause before it, nearest last, up to punctuation."""
    words: list[str] = []
    for j in range(i - 1, max(-1, i - 1 - limit), -1):
        if actors._break_between(analysis, j, j + 1):
            break
        words.append(_norm(analysis, j))
    return words[::-1]


def _search_about(analysis: Analysis, i: int) -> bool:
    """عن within a few words after بحث, before any مع or clause break: a search ("بحثت
    الوكالات عن سبل"), not talks ("بحث مع نظيره")."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 6)):
        if actors._break_between(analysis, j - 1, j):
            return False
        norm = _norm(analysis, j)
        if norm == "مع":
            return False
        if norm == "عن":
            return True
    return False


def _surface(analysis: Analysis, j: int) -> str:
    tok = analysis.tokens[j]
    return analysis.text[tok.start : tok.end]


def _norm(analysis: Analysis, j: int) -> str:
    if not 0 <= j < len(analysis.tokens):
        return ""
    norm = analysis.tokens[j].norm
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


# the sums of money one takes: "قبض العام الماضي 124 مليون دولار"
_SUMS = {"دولار", "دينار", "ريال", "يورو", "جنيه", "درهم", "مليون", "مليار", "ملايين", "مليارات"}


def _sum_received(analysis: Analysis, i: int) -> bool:
    """A sum (a number and its currency) within five words after قبض at i, with no على
    before it ("الذي قبض العام الماضي 124 مليون دولار"); or receipts beside spending in a
    budget ("قبضا وصرفا")."""
    toks = analysis.tokens
    if i + 1 < len(toks) and toks[i + 1].norm.lstrip("و").startswith("صرف"):
        return True
    for k in range(i + 1, min(len(toks), i + 6)):
        norm = toks[k].norm
        if norm in ("على", "علي"):
            return False
        if norm.removeprefix("ال") in _SUMS:
            return any(t.norm[:1].isdigit() for t in toks[i + 1 : k])
    return False


# money one takes: "قبض مبلغ الصفقة"، "يقبض راتبه"
_MONEY = {
    "مبلغ",
    "مبالغ",
    "ثمن",
    "ثمنها",
    "ثمنه",
    "راتب",
    "راتبه",
    "رواتب",
    "رواتبهم",
    "اموال",
    "مكافاه",
    "رشوه",
    "رشاوي",
    "قيمه",
    "قيمتها",
    "اجره",
    "اجرته",
    "مستحقات",
    "مستحقاته",
    "تعويض",
    "تعويضات",
    "دفعه",
    "الاموال",
}


# what a research "بحث" is followed by: who made or published it
_DID_RESEARCH = {"اجراه", "اجرته", "اجراها", "اعده", "اعدته", "نشره", "نشرته", "قدمه", "قدمته"}
# a paper's title follows it: "بحث بعنوان (مسار العلمنة في مصر المعاصرة)"
_DID_RESEARCH |= {"بعنوان", "عنوانه"}
# what one withdraws from that is no position held by force: a party, a race, a job
_QUITTED = {
    "حزب",
    "انتخابات",
    "سباق",
    "المنافسه",
    "منافسه",
    "بطوله",
    "مسابقه",
    "ترشح",
    "ترشيح",
    "عمله",
    "اكمال",
    "منصبه",
    "منصبها",
    # a walkout: "انسحب نواب الكتلة من الجلسة العامة" (a protest, no forces withdrawn)
    "جلسه",
    "الجلسه",
    # a tournament: "انسحبت من دورة ستانفورد" (tennis), "من المباراة"
    "دوره",
    "مباراه",
    "مونديال",
    "تصفيات",
}
# what is published, not deployed
_PUBLISHED = {"صوره", "صور", "مقطع", "فيديو", "تغريده", "تغريدات", "مقالا", "تقريرا", "خبرا"}
# a statement or a notice published ("نشرت كتائب القسام، الذراع العسكري لحماس، بيانا")
_PUBLISHED |= {"بيانا", "بلاغا", "اعلانا", "كتابا", "رساله", "قايمه"}


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
    if (
        tok.norm.startswith("وا")
        and surface[1:2] in ("أ", "إ")
        and tok.norm in trigger_forms()
        and tok.norm[1:] not in trigger_forms()
    ):
        # a trigger whose own و is followed by a long ا (وافق), written here with
        # hamza: never the verb, so و + another word ("وأفق", and a horizon)
        return "conjunction"
    bare_token = tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 4 else tok.norm
    if (
        trig.kind == "verb"
        and bare_token.startswith("بي")
        and bare_token[1:] in trigger_forms()
        and bare_token not in trigger_forms()
    ):
        # بـ is no prefix of a verb: "المدرسة هي بيتهم الثاني" (their home, not يتهم)
        return "preposition"
    core = tok.core
    if core[:1] == "ن" and trig.kind == "verb" and actors.first_person_verb(analysis, i):
        core = "ي" + core[1:]  # "ندعو": read as its third person, يدعو
    nxt, prev = _norm(analysis, i + 1), _norm(analysis, i - 1)
    if (
        event_type == "SUPPORT"
        and _bare_word(tok.norm).removeprefix("ال") in ("ثمن", "ثمنت", "ثمنوا")
        and (
            tok.norm.lstrip("وف").startswith("ال")  # "الثمن"
            or "\u0651" not in surface  # ثمّن, written with its shadda, is the verb
            and not _commender_after(analysis, i, ents)
        )
    ) or (
        event_type == "SUPPORT"
        and _bare_word(tok.norm) == "ثمن"
        and (prev in _PAYING or _norm(analysis, i - 2) in _PAYING)
    ):
        return "price"  # "ويبلغ ثمن الجهاز": the noun, price (or ثُمّنت, was valued)
    if event_type == "SUPPORT" and tok.norm.lstrip("وف").removeprefix("ب") == "الوجه":
        return "face"  # "الرسم على الوجه": the face, not وجّه (conveyed thanks)
    if event_type == "ACCUSE" and tok.norm.lstrip("وف").removeprefix("ب") == "اليدين":
        return "hands"  # "بحروق في اليدين": the two hands, not يدين (condemns)
    if event_type == "REQUEST":
        if core.startswith("طلب") and any(
            _norm(analysis, j) == "نقل" and _norm(analysis, j + 1).startswith("تحيات")
            for j in range(i + 1, min(len(analysis.tokens), i + 12))
        ):
            return "greetings"  # "طلب الرئيس نقل تحياته إلى أخيه": a courtesy, no request
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
        if core.startswith(("دع", "يدع", "تدع", "داع", "طلب", "يطلب", "تطلب")) and _prayer(
            analysis, i, ents
        ):
            # "ودعت القيادة الله أن يتقبله", "يطلبون ربهم المغفرة", "داعيا المولى أن"
            return "prayer"
        if core.startswith(("دع", "يدع", "تدع")) and nxt in _TO_IT:
            return "invitation"  # "لقاءات دعت إليها الكتاب": invited to them
        if core.startswith(("دع", "يدع", "تدع")) and (
            prev in _CAUSES
            or (nxt in _CAUSING_SUBJECTS and _norm(analysis, i + 2) not in _CALL_RELATIVES)
            or prev in lexicon.RELATIVE
            and _norm(analysis, i - 2).lstrip("و") in _CAUSES
            or _pointed_thing_before(analysis, i, ents)
        ):
            # "الأسباب التي دعت الحكومة للجوء لهدنة", "هذه المبالغات دعت بعض المسؤولين
            # إلى": led them to
            return "cause"
        if core.startswith(("دع", "يدع", "تدع")) and nxt in ("على", "علي", "عليه", "عليهم"):
            return "prayer"  # "وتدعو على من ظلمها": a prayer against, not a call
        if core.startswith("دع") and tok.norm[:1] == "و" and _farewell(analysis, i, ents):
            return "farewell"  # "ودّعت الجمعية 27 مصابا", "ودعت عشرة فرق الدورة"
        if core.startswith(("دع", "يدع", "تدع")) and _to_attend(analysis, i):
            # "ودعا لحضوره جميع المديرين", "دعت إلى حضور الحفل", "ودعا الشمري الجميع
            # للحضور والاستمتاع بالمهرجان"
            return "invitation"
        urges = tok.norm.removeprefix("و") in ("حث", "حثت", "يحث", "تحث")
        if (core.startswith(("دع", "يدع", "تدع", "داع")) or urges) and _job_notice(analysis, i):
            # "دعت الجامعة المرشحين لشغل الوظائف", "المهتمين إلى التسجيل", "وحث الخازم
            # المهتمين من المصورين على المشاركة في المسابقة"
            return "invitation"
        if (
            core.startswith(("دع", "يدع", "تدع", "طالب", "يطالب", "تطالب", "داع", "مطالب")) or urges
        ) and _office_visit_notice(analysis, i):
            # "ودعت الجوازات الأشقاء اليمنيين … إلى سرعة مراجعة مراكز التصحيح", "وطالبت
            # اللجنة المواطنين بالحضور مبكرا في مراكز القيد": a notice to the public
            return "notice"
        if core in ("طلب", "الطلب") and (prev in _APPLICATION_BEFORE or prev == "الية"):
            return "application"  # "رقم الطلب", "آلية طلب الإعفاء"
        if core == "طلب" and (prev[:1].isdigit() or prev in _COUNTS or prev in _COUNTED_BEFORE):
            return "application"  # "نحو 400 طلب", "ألف طلب": applications counted
        if core == "طلب" and (nxt in _GOODS or _norm(analysis, i + 2) in _GOODS):
            return "application"  # "طلب أرخص المنتجات": ordering goods
        if _bare_word(tok.norm) in ("طلب", "طلبت", "يطلب", "تطلب") and (
            nxt in _TENDERED or _norm(analysis, i + 2) in _TENDERED
        ):
            return "application"  # "وطلبت المؤسسة قمحا": a tender
        if (
            core == "طالب"
            and (
                _norm(analysis, i + 1) in ("وطالبه", "طالبه")
                or prev in _COUNTED_BEFORE
                or prev[:1].isdigit()
                or _core(analysis, i - 1)[:1].isdigit()
                or (nxt in ("او", "أو") and _norm(analysis, i + 2).startswith("طالب"))
                or nxt in _DEGREES
                or _indefinite_nisba(nxt)
                # a predicate after a pronoun, with no demand after it: "وهو طالب في العشرين"
                or (prev in _SUBJECT_PRONOUNS and nxt[:1] != "ب" and nxt not in ("ان", "بان"))
                # "وهو طالب بمرحلة الدكتوراه", "طالب بكلية الطب": where one studies
                or (nxt[:1] == "ب" and (nxt[1:] in _SCHOOLS or nxt[1:] in _STUDY_STAGES))
                # a guardian's ward: "قال معيض الوادعي، ولي أمر طالب، إن"
                or (
                    prev == "امر" and _norm(analysis, i - 2) in ("ولي", "وولي", "اولياء", "واولياء")
                )
            )
        ):
            # "100 طالب وطالبة", "لكل طالب", "ولي أمر طالب أو طالبة", "طالب أميركي"
            return "students"
        if _student_word(tok.norm, surface):
            return "students"  # "الطالب هاري فينسنت", "الطالبة ليان", "للطالب"
        if core == "طالب" and tok.norm == "طالب" and _after_masdar(analysis, i):
            return "students"  # "اعتقال طالب صنع طائرة", "وفاة طالب": the masdar's genitive
        if core == "طالب" and (nxt in _SCHOOLS or _core(analysis, i + 1) in _SCHOOLS):
            return "students"  # "طالب دار العلوم", "طالب جامعة الملك سعود"
        if core == "طالب" and tok.norm == "طالب" and nxt in _STUDY_YEARS:
            return "students"  # "مشاري الوزيه طالب السنة الثالثة في جامعة الملك سعود"
        if _bare_word(tok.norm) in ("طلب", "الطلب") and nxt in _SOUGHT:
            return "seeking"  # "في طلب المعرفة", "طلب الرزق": a pursuit, no one asked
        if (
            _bare_word(tok.norm) in ("طلب", "الطلب")
            # the noun, not the verb ("طلب منه العمل على"): after هناك or a change, or
            # with an adjective of its own
            and (prev in _DEMAND_LEVEL or _indefinite_nisba(nxt))
            and any(_norm(analysis, j) in ("علي", "على") for j in (i + 1, i + 2, i + 3, i + 4))
        ):
            return "market demand"  # "فهناك طلب حقيقي وعالي على المساكن"
        if (
            "طّ" in surface
            or (core.startswith(("تطلب", "وتطلب")) and "لّ" in surface)  # "وتطلّب الأمر"
            or core.startswith(("يتطلب", "تتطلب", "متطلب"))
            or (core.startswith("تطلب") and (nxt[:1].isdigit() or nxt in _EFFORT or nxt in _IT))
            # a consequence: "مما تطلب وضع هذه الأبقار تحت المراقبة" (what happened
            # required it; no one asks)
            or (core == "تطلب" and prev in ("مما", "ما"))
        ):
            return "requires"  # "تطلّب 14 دقيقة", "تطلب الأمر", "يتطلب": form V, to require
        if _bare_word(tok.norm) in ("طلب", "الطلب", "طلبات") and (
            nxt in _PERMITS or nxt in _ORDERED or nxt.startswith("اي")
        ):
            return "application"  # "طلب ترخيص", "طلب العلم", "طلب كميات", "طلب أي خدمة"
        if _bare_word(tok.norm) in ("طلب", "الطلب", "طلبات") and any(
            _norm(analysis, j) in _CUSTOMERS for j in range(len(analysis.tokens))
        ):
            # a customer's order of a service: "يمكّن العميل من … وطلب نقل العداد"
            return "application"
    if (
        event_type == "CONCEDE"
        and core.endswith("افراج")
        and any(_norm(analysis, j) in _RELEASED_WORKS for j in (i + 2, i + 3))
    ):
        return "work released"  # "الإفراج عن أغنية (بيع الجمل يا علي)"
    if event_type == "CONCEDE" and core.lstrip("وف").startswith(("افرج", "يفرج", "تفرج")):
        about = next(
            (
                j
                for j in range(i + 1, min(len(analysis.tokens) - 1, i + 10))
                if _norm(analysis, j) == "عن"
            ),
            None,
        )
        if about is not None and _norm(analysis, about + 1) in _RELEASED_INFORMATION:
            return "information released"  # "أفرجت الحملة عن معلومات تتعلق بصحتها"
    if event_type == "COERCE" and any(
        _norm(analysis, j) in _ANIMALS for j in range(i + 1, min(len(analysis.tokens), i + 5))
    ):
        return "animals"  # "وتم القبض على 3 كلاب سائبة"
    if event_type == "CONSULT":
        if _bare_word(tok.norm).startswith(_RECEIVE) and any(
            _norm(analysis, j) in _CONDOLENCES
            # (past the receiver's long title: "استقبل الزميل ... في الصحيفة، العزاء")
            for j in range(i + 1, min(len(analysis.tokens), i + 16))
        ):
            return "condolences"  # "استقبل آل الشاجري العزاء في وفاة الشهيد"
        if tok.norm in ("وزار", "بوزار", "لوزار") and nxt in _PORTFOLIOS:
            return "name"  # a ministry with its ة dropped: "أعلنت وزار الصحة"
        named = ents.get(i - 1)
        if (
            _surface(analysis, i) == "التقي"
            and named is not None
            and named[2] == "PERSON"
            and named[1] == i
        ):
            return "name"  # the family name al-Taqi after a first name: "سمير التقي"
        if core == "اجتماع" and (prev in _SOCIOLOGY or _core(analysis, i - 1) in _SOCIOLOGY):
            return "sociology"  # "عالم اجتماع", "علم الاجتماع"
        if core.lstrip("يت").startswith("بحث") or core.startswith("بحث"):
            if nxt in _ABOUT or core.endswith("ا") and nxt in _ABOUT:
                return "search"
            if prev in _SEARCH_BEFORE or _core(analysis, i - 1) in _SEARCH_BEFORE:
                return "search"
            if nxt in _SEARCH_AFTER or nxt in _DID_RESEARCH:
                return "search"  # "بحثا أجراه مايكل جافين": a study someone made
        if tok.norm.lstrip("وف").startswith(_RECEIVE) and (
            not _receives_person(analysis, i, ents)
            or nxt in _FACILITIES
            or any(_norm(analysis, j) in _APPLICANTS for j in range(i + 1, i + 4))
            # a hospital receives the dead and the wounded: "إن المستشفى استقبل خلال
            # اليومين الماضيين جثمان جندي و15 جريحا"
            or prev.removeprefix("ال") in _FACILITIES
            or any(_norm(analysis, j) in _CASUALTIES for j in range(i + 1, i + 8))
            # cases filed: "استقبلت وزارة العدل من خلال المحاكم نحو 5739 دعوى"
            or any(_norm(analysis, j) in _FILED for j in range(i + 1, i + 12))
        ):
            return "receives things"  # goods, patients; "استقبل مطار X طائرة"
        if core.startswith("اجتمع") and (nxt in _TO_PRAY or nxt.startswith(("لصلاه", "لاداء"))):
            return "prayer"  # "48 مصليا اجتمعوا لصلاة المغرب": gathered to pray
        if tok.norm.startswith("وزارت") and len(tok.norm) > 5 or tok.norm.startswith("وزارات"):
            return "ministry"  # "وزارته", "وزاراتها": a ministry, not "and visited"
    if (
        event_type == "SUPPORT"
        and actors.praise_verb(analysis, i)
        and not _praised_with_bi(analysis, i)
    ):
        return "builds"  # "وتشيّد 25 ألف وحدة سكنية": شيّد, as praise takes بـ
    if (
        event_type == "CONSULT"
        and core.lstrip("وف").removeprefix("ب").startswith(("زياره", "زيارة"))
        and nxt in ("موقع", "الموقع")
    ):
        return "website"  # "زيارة موقع الجوازات": a website, no party visited
    if analysis.tokens[0].norm == "سمات":
        return "tags"  # a page's tag line: "سمات اتهام طهران موسكو واشنطن"
    if _bare_word(tok.norm) in _PLACE_NAMES_LIKE_TRIGGERS or prev in ("بير", "بئر"):
        return "name"  # places: "معالي سجنان" (Sejnane), "بئر زار" (a well's name)
    if (
        event_type == "CONSULT"
        and core.endswith("اتصال")
        and prev.endswith(("تكنولوجيات", "تكنولوجيا", "المعلومات"))
    ):
        return "name"  # "تكنولوجيات الاتصال", "تكنولوجيا المعلومات والاتصال": a sector
    words, cores = analysis.words()
    if event_type in ("CONSULT", "SUPPORT") and (cores & _SPORTS or words & _SPORTS):
        return "sports"  # fixtures ("يلتقي الفريق"), squads ("يدعم خطوط الفريق")
    if event_type != "COERCE" and _sports_words(analysis) >= 2:
        # a coach's request, a club's consent, a player's withdrawal: two sports words,
        # as one may be another club (نادي الأسير) and الفريق a military rank; an
        # arrest stays an arrest
        return "sports"
    if event_type == "SANCTION" and "طرد" in core:
        if cores & _SPORTS or words & (_SPORTS | _REFEREEING):
            return "sports"  # a sending-off: "وطرد اللاعب", "تسبب في طرد كابتن الزمالك"
        if prev in ("عامل", "عوامل"):
            return "repels"  # "عامل طرد للزبون": what drives customers away
    suspension = event_type == "COERCE" and _bare_word(tok.norm).lstrip("يت").startswith(
        ("اوقف", "وقف", "ايقاف", "وقيف")
    )
    if suspension and any(
        _counted_matches(analysis, j) for j in range(i + 1, min(len(analysis.tokens), i + 10))
    ):
        return "sports"  # "أوقف الاتحاد اللاعب ست مباريات": a player's suspension
    stopping = _bare_word(tok.norm).removeprefix("ال").startswith(lexicon.ARREST_MASDAR)
    if event_type == "COERCE" and stopping and not _people_held(analysis, i, ents):
        return "stopped"  # the masdar: "إيقاف إطلاق النار", "إيقاف نشاطها", "إيقاف بث"
    if suspension and (
        any(
            _stopped_thing(_norm(analysis, j)) or _norm(analysis, j) in _MONEY
            # (past a subject and a day: "أوقفت الخطوط الجوية اليمنية اليوم الاثنين رحلاتها")
            for j in range(i + 1, min(len(analysis.tokens), i + 8))
        )
        or _things_stopped(analysis, i)
    ):
        return "stopped"  # "أوقفت الإدارة مستحقات الحارس", "وأوقف الإسراف": no arrest
    if (
        event_type == "REQUEST"
        and core.startswith("مطالب")
        and (
            nxt[:1] == "ب"
            or nxt in _OBLIGED_ADVERBS
            and _norm(analysis, i + 2)[:1] == "ب"
            # "أصبحت مطالبة أكثر من أي وقت مضى، بتحقيق"
            or nxt == "اكثر"
            and _norm(analysis, i + 2) == "من"
            and any(_norm(analysis, j)[:1] == "ب" for j in range(i + 3, i + 8))
            # "فهي مطالبة أن تطور": obliged to, with a verb
            or nxt in ("ان", "بان")
            and prev in _PREDICATE_PRONOUNS
        )
        and (
            prev.startswith("ال")
            or prev in _PREDICATE_PRONOUNS
            or prev in _THAT_IT
            # "وجد نفسه مطالبا باقتسام": found himself obliged
            or prev in ("نفسه", "نفسها", "نفسهم", "انفسهم")
            # "أصبحت مطالبة باستيراد": a verb of becoming, whose predicate it is
            or _bare_word(prev) in _BECOMING
        )
        # (after a comma it is the circumstantial "demanding": "…، مطالبة بضرورة")
        and not actors._break_between(analysis, i - 1, i)
    ):
        return "obliged"  # "والجماهير مطالبة بالصبر", "الوزارة مطالبة بالتأكد": must
    if (
        event_type == "REQUEST"
        and _bare_word(tok.norm) in ("مطالبات", "المطالبات")
        and any(
            _norm(analysis, j) in _MONEY
            or _norm(analysis, j)[:1].isdigit()
            or _norm(analysis, j) in _CLAIM_SIZES
            for j in range(i + 1, min(len(analysis.tokens), i + 6))
        )
    ):
        return "claims"  # "بلغت مطالبات الشركة أكثر من مليار ريال": money owed
    after = _norm(analysis, i + 2)
    if (
        event_type == "AGREE"
        and core.lstrip("يت").startswith("وافق")
        and (
            nxt[:1].isdigit()
            or nxt in _WEEKDAYS
            or nxt in _DAY_WORDS
            and (after in _WEEKDAYS or after in _ORDINAL_DAYS or after[:1].isdigit())
            # "الذي يوافق الأول من رمضان": a day of a month
            or (nxt in _ORDINAL_DAYS and after == "من")
            # a day that falls on another: "يوم الخميس المقبل الذي يوافق"
            or (
                prev in ("الذي", "التي")
                and any(
                    _norm(analysis, j) in _WEEKDAYS or _norm(analysis, j) in _DAY_WORDS
                    for j in range(max(0, i - 5), i - 1)
                )
            )
            # a period that falls on a day: "وتوافق فترة الصمت الانتخابي يوم السبت"
            or (
                i + 1 < len(analysis.tokens)
                and analysis.tokens[i + 1].norm in _PERIODS_FALLING
                and any(
                    _norm(analysis, j) in _WEEKDAYS or _norm(analysis, j) == "يوم"
                    for j in range(i + 2, min(len(analysis.tokens), i + 7))
                )
            )
        )
    ):
        # "يوافق اليوم الثاني من الشهر", "وافق يوم الجمعة": a date ("وافق المجلس اليوم
        # على" is an approval)
        return "coincides"
    pledge = _bare_word(tok.norm).removeprefix("ال")
    if (
        event_type == "AGREE"
        and tok.norm.removeprefix("و").startswith("بتعهد")
        and actors._party_word(nxt)
    ):
        return "took charge"  # "وبتعهّد الإدارة الفرعيّة للقضايا الإجراميّة": in its charge
    if event_type == "AGREE" and pledge in ("تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد"):
        if pledge == "تعهد" and (
            prev.removeprefix("و") in ("صيانه", "بصيانه", "الصيانه") or nxt in _UPKEPT
        ):
            return "maintenance"  # Tunisian: "صيانة وتعهد وادي", "تعهد منشآت المعمل"
        at = next(
            (
                j
                for j in range(i + 1, min(len(analysis.tokens), i + 5))
                if _norm(analysis, j)[:1] == "ب"
            ),
            i,
        )
        taken = _norm(analysis, at) if at > i else ""
        if taken == "بمواصله" and _norm(analysis, at + 1) in _CASES_TAKEN_BARE:
            return "took charge"  # "تعهدت الإدارة الفرعية بمواصلة الأبحاث"
        if taken in _CASES_TAKEN and not (taken == "بالبحث" and _norm(analysis, at + 1) == "عن"):
            # Tunisian: "وقد تعهد قاضي التحقيق بالملف", "تم التعهد بالطفل": took charge
            return "took charge"
    if (
        event_type == "ACCUSE"
        and tok.norm in ("فدان", "فدانا")
        and (
            prev[:1].isdigit()
            or prev in _THOUSANDS | _THOUSAND_DUALS
            or _norm(analysis, i - 2)[:1].isdigit()
        )
    ):
        return "acre"  # "10 آلاف فدان", "ألفا فدان": a unit of land, not ف + دان
    if event_type == "REQUEST" and surface.lstrip("وف").startswith("دّ"):
        return "farewell"  # "ودّعت الأسرة فقيدها": ودّع (bade farewell), not و + دعت
    if event_type == "AGREE" and (
        nxt == "الراي"
        or after == "الراي"
        or nxt == "في"
        and after == "الراي"
        or surface.lstrip("وف").startswith(("أتفق", "نتفق"))  # "أتفق مع أوباما": the writer
        or prev in ("انا", "نحن")  # "أنا اتفق مع كثير مما تقول"
    ):
        return "opinion"  # "وتوافقها الرأي", "اتفق معه في الرأي": shares a view
    if event_type == "AGREE" and _concurs_with_speaker(analysis, i):
        return "opinion"  # "ووافقه في ذلك أبو عادل قائلاً", "واتفقت معه نايفة، قائلة"
    if event_type == "AGREE" and _agrees_that(analysis, i):
        return "opinion"  # "ويتفق رئيس لجنة الذهب عبدالغني المهنا على أن": shares a view
    if event_type == "AGREE" and _agrees_with_view(analysis, i):
        return "opinion"  # "وافق تتيلي على تكهنات هيوبرت": a view shared, no agreement
    if event_type == "RETREAT" and nxt in ("عليه", "عليها", "علي", "على"):
        return "applies to"  # "تنسحب عليه لعبة الدومينو"
    if event_type == "MOBILIZE" and "حشد" in core and (nxt in _BACKING or after in _BACKING):
        return "rallies backing"  # "وحشدت الحكومة التأييد للإجراء": votes, no forces
    if event_type == "MOBILIZE" and tok.norm.lstrip("وف") in ("النشره", "نشره", "النشرات"):
        return "bulletin"  # "وأوضحت النشرة": a bulletin, no deployment
    if (
        event_type == "CONSULT"
        and trig.mode == "visit"
        and any(
            _norm(analysis, j) in _CROWDS_OF_VISITORS
            for j in range(i + 1, min(len(analysis.tokens), i + 6))
        )
    ):
        return "visitors"  # "زارها أكثر من 800 ألف شخص": a crowd at a fair, no meeting
    if (
        event_type == "CONSULT"
        and trig.mode == "visit"
        and (
            _any_near(analysis, range(i - 3, i + 4), _TOURISTS)
            or (nxt.isdigit() and int(nxt) >= 100)  # "وزار 3573 عمانياً سويسرا"
            or _counted_tourists(analysis, i)
        )
    ):
        return "tourists"  # "مليون سائح يزورون متنزه ردف الطائف": a count of tourists
    if event_type == "CONSULT" and _greetings_received(analysis, i):
        return "greetings"  # "استقبل الدكتور أحمد، رئيس البنك، التهاني من موظفيه": no visit
    if event_type == "CONSULT" and (nxt in ("كلمه", "كلمتهم") or tok.norm.lstrip("و") == "التقيه"):
        return "consensus"  # "اجتمعت كلمة أهل العلم"; التقية (dissimulation)
    if (
        event_type == "AGREE"
        and core.startswith(("اتفق", "يتفق"))
        and (prev in ("الكل", "الجميع") or _any_near(analysis, range(i + 1, i + 4), _AFFECTION))
    ):
        return "consensus"  # "الكل اتفق على احترامه وتقديره": all held him dear
    if event_type == "ACCUSE" and core.startswith(("تدين", "يدين")) and nxt.startswith("تدان"):
        return "proverb"  # "كما تدين تدان"
    if event_type == "SUPPORT" and nxt == "الله":
        return "prayer"  # "حكومتنا الرشيدة أيدها الله": may God support her
    if (
        event_type == "AGREE"
        and _bare_word(tok.norm).startswith(("تعهد", "يتعهد"))
        and nxt.removeprefix("ب") in _CARE
    ):
        return "care"  # "وتعهده بالرعاية": looked after him, no pledge
    if (
        event_type == "AGREE"
        and _bare_word(tok.norm).startswith(("تعهد", "يتعهد"))
        # (the token as written: _norm would read فرقة as ف + رقة)
        and (
            any(t.norm in _INVESTIGATORS for t in analysis.tokens[max(0, i - 5) : i + 5])
            and _any_near(analysis, range(i + 1, i + 12), _INQUIRY)
            # "كما تعهّد بالملف أحد قضاة التحقيق": the file taken in hand
            or nxt in ("بالملف", "بالقضيه", "بالابحاث", "بالتحقيق", "بالبحث")
            # "كانت تعهدت بحالتها": her case; "تعهدت المصالح المختصة بمزيد البحث"
            or nxt in ("بحالته", "بحالتها", "بحالتهم")
            or _any_near(analysis, range(i + 1, i + 6), {"بمزيد"})
            and _any_near(analysis, range(i + 2, i + 8), _INQUIRY)
            # "تعهدت بمتابعة هذه القضية": the case followed up
            or nxt == "بمتابعه"
            and _any_near(analysis, range(i + 2, i + 5), _CASES)
            # "القضايا التي تعهدت بها وحدات الحرس": the cases, before the relative
            or nxt in ("بها", "به")
            and _any_near(analysis, range(i - 4, i), _CASES)
        )
    ):
        # Tunisian usage: "تعهدت فرقة الأبحاث بالبحث", "وتعهد قاضي التحقيق بمباشرة
        # الأبحاث": an investigating unit took charge of a case, no pledge
        return "took charge"
    if (
        event_type == "AGREE"
        and _bare_word(tok.norm) == "تعهد"
        and i + 1 < len(analysis.tokens)
        and i + 1 not in ents
        and nxt[:1] != "ب"
        and (nxt.startswith("ال") or actors._pronoun_suffix(analysis, i + 1))
        and not actors._party_word(nxt)
        and not actors.is_actorish(analysis, i + 1, ents)
        and not actors._title_head(nxt)
    ):
        # a masdar whose genitive is a thing kept up: "مواصلة تعهّد المنشآت المائية
        # وصيانتها", "شغلوا في تعهد حفظهم" (upkeep; a pledge takes its act with بـ)
        return "upkeep"
    if event_type == "AGREE" and prev == "سوء":
        return "misunderstanding"  # "سوء تفاهم", "سوء التفاهم"
    if event_type == "REQUEST" and core == "طالب" and prev in actors._SPEECH_VERBS:
        return "name"  # "وبين طالب أن": a perfect cannot follow a speech verb; a name
    if event_type == "COOPERATE" and (
        _core(analysis, i - 1) in _AGREEMENT_NOUNS
        or _core(analysis, i - 2) in _AGREEMENT_NOUNS
        and _core(analysis, i - 1) == "تفاهم"
    ):
        # "اتفاقية تعاون", "مذكرة تفاهم للتعاون": what an agreement is about; the
        # agreement is the event
        return "agreement content"
    if event_type == "REJECT" and any(
        _norm(analysis, j) in _ANONYMOUS and _norm(analysis, j + 1) in ("عن", "اسمه", "هويته")
        for j in range(i + 1, min(len(analysis.tokens) - 1, i + 6))
    ):
        return "anonymous source"  # "وقد رفض المسؤول الكشف عن اسمه"
    if event_type == "REQUEST" and core.startswith(("دع", "يدع", "تدع")) and nxt in _NECESSITY:
        return "necessity"  # "حين تدعو الضرورة", "إذا دعت الحاجة": when it is needed
    if event_type == "REQUEST" and core.startswith("تطلب") and core.endswith("ت"):
        return "requires"  # "تطلبت أخصائي عيون": the perfect of form V, to require
    if event_type == "COERCE" and (
        _any_near(analysis, range(i - 3, i + 3), _HAZARDS | _ACCIDENT)
        or _any_near(analysis, range(max(0, i - 12), i), _ACCIDENT)
        or prev == "فك"
        or "احتجز" in core
        and _any_near(analysis, range(max(0, i - 12), i + 3), _RESCUERS)
    ):
        return "trapped"  # "احتجزت الأمطار السكان", "تصادم ... وتم احتجاز قائد الشاحنة"
    if (
        event_type == "SANCTION"
        and core.startswith(("استدعي", "يستدعي", "تستدعي"))
        and (nxt in _REQUIRED_ACTS or _core(analysis, i + 1) in _REQUIRED_ACTS)
    ):
        return "requires"  # "نزيف استدعى دخولها إلى العناية المركزة"
    if (
        event_type == "REQUEST"
        and _bare_word(tok.norm) in ("طلب", "بطلب", "طلبه", "الطلب")
        and (
            nxt in _APPLIED_FOR
            or prev in ("يكثر", "يزداد", "يلبي", "لبي")
            or (_bare_word(tok.norm) == "بطلب" and prev.startswith(("تقدم", "يتقدم")))
        )
    ):
        return "application"  # "طلب عمل", "طلب تقديم", "تقدمت للوزارة بطلب", "يكثر طلبه"
    if event_type == "ACCUSE" and _any_near(analysis, range(i + 1, i + 4), _ITSELF):
        return "self-incrimination"  # "أدانت الجامعة نفسها": its own act condemns it
    if event_type == "REQUEST" and core.startswith("طلب") and nxt in ("العروض", "عروض"):
        return "tender"  # "الإعلان عن طلب العروض", "طلب عروض دولي": a call for tenders
    if event_type == "CONSULT" and prev in _ROOMS:
        return "room"  # "في صالة اجتماعات اللجنة", "قاعة الاجتماعات": a room
    if event_type == "SUPPORT" and tok.norm == "بوجه" and nxt in ("عام", "خاص"):
        return "in general"  # "بوجه عام": in general, not وجّه
    if event_type == "CONSULT" and prev in ("ادار", "يدير", "وادار", "تدير", "ادارت"):
        return "session"  # "أدار اللقاء الدكتور": a public session's moderator
    if event_type == "CONSULT" and (nxt in _INSPECTION or _norm(analysis, i + 2) in _INSPECTION):
        return "inspection"  # "بزيارات عشوائية على الفنادق", "زيارات تفتيشية"
    if event_type == "REJECT" and nxt in _ANONYMOUS:
        return "anonymous source"  # "المصدر الذي رفض الكشف عن اسمه"
    if (
        event_type == "COERCE"
        and "حتجز" in tok.norm
        and (
            _any_near(analysis, range(i + 1, i + 4), _HOSTAGES)
            or _any_near(analysis, range(i - 3, i), _GUNMEN)
        )
    ):
        # "مسلحين احتجزوا رهائن": hostages taken by gunmen are PLOVER's ASSAULT abduct
        # (the abduct trigger رهائن reports it), not an arrest
        return "hostage-taking"
    if event_type == "REJECT" and (
        any(
            _norm(analysis, j) in _COMMENT
            for j in range(i + 1, min(len(analysis.tokens), i + 9))
            if not actors._break_between(analysis, i, j)
        )
        # "رفض أن يوضح ما إذا كان", "رفضت أن تكشف": declined to say
        or nxt in ("ان", "بان")
        and _norm(analysis, i + 2) in _DISCLOSING
    ):
        return "no comment"  # "ورفضت الخارجية الألمانية أمس التعليق": declined to comment
    if (
        event_type == "REQUEST"
        and _bare_word(tok.norm).startswith(("طلب", "الطلب"))
        and (
            nxt in _FOR_COMMENT
            or (nxt in ("منه", "منها", "منهم") and _norm(analysis, i + 2) in _FOR_COMMENT)
        )
    ):
        return "request for comment"  # "ولم ترد الوزارة على طلب للتعقيب": the reporter's
    if (
        event_type == "REQUEST"
        and core.startswith(("دع", "يدع", "تدع"))
        and _work_speaks(analysis, i)
    ):
        return "message"  # "وحاكى العرض المسرحي ... ودعا إلى", "القرآن يدعو للسلام"
    if (
        event_type == "REQUEST"
        and core.startswith(("دع", "يدع", "تدع", "حث", "يحث", "تحث"))
        and nxt in _FAITH
    ):
        return "message"  # "الوسطية التي حث الدين الإسلامي على انتهاجها": a teaching
    if event_type == "REQUEST" and (
        prev in _CLAUSES or _norm(analysis, i - 2) in _CLAUSES or nxt in _CLAUSES
    ):
        return "provision"  # "ويطالب البند الثالث بضرورة", "البند الأول ... يطالب إيران"
    if event_type == "REQUEST" and any(
        _norm(analysis, j) in ("الفاتحه", "صمت", "حداد")
        for j in range(i + 1, min(len(analysis.tokens), i + 12))
    ):
        return "ceremony"  # "ودعا الحاضرين إلى الوقوف دقيقة لقراءة الفاتحة"
    if (
        event_type == "CONCEDE"
        and core.startswith("تراجع")
        and prev in ("الي", "إلى")
        and _bare_word(_norm(analysis, i - 2)).lstrip("سيت").startswith(("ودي", "ادي", "ادت"))
    ):
        return "decline"  # "يؤدي إلى تراجع الحياة الأسرية": a fall, no concession
    if event_type == "REQUEST" and prev == "تحت" and _bare_word(tok.norm).startswith("طلب"):
        return "on demand"  # "فنانا تحت طلب جمهوره"
    if event_type == "ACCUSE" and nxt in _OWED:
        return "owes"  # "جيش يدين بالولاء للوطن"
    if event_type == "CONSULT" and prev in ("مركز", "مراكز", "ومركز") and "اتصال" in core:
        return "call centre"
    if event_type == "CONSULT" and any(
        _norm(analysis, j).lstrip("و") in _DOCTORS
        for j in range(i + 1, min(len(analysis.tokens), i + 4))
    ):
        return "medical"  # "وزار 11 طبيبا متخصصا": a patient sees doctors
    if event_type == "SUPPORT" and nxt in _SQUAD_LINES:
        return "sports"  # "الرائد يدعم دفاعه بـ«الحبيب»": a club strengthens its lines
    if prev in ("مما", "ما") and event_type in ("SUPPORT", "THREATEN"):
        return "consequence"  # "مما يدعم الشراكة", "مما يهدد بإبادة": what follows, no act
    if event_type == "CONSULT" and "زوّر" in surface:
        return "forges"  # "يزوّر": forging, not visiting (يزور)
    if event_type == "CONSULT" and trig.mode == "visit" and _sightseeing(analysis, i):
        return "sightseeing"  # "زار الوفد متحف المدينة", "قام الحضور بزيارة معرض"
    if prev == "عسي" or _norm(analysis, i - 2) == "عسي":
        return "prayer"  # "عسى الله يفرجها": a wish to God
    if event_type == "SUPPORT" and prev in ("خدمات", "الخدمات", "مباني", "مبني"):
        return "support services"  # "مبنى خدمات مساندة"
    if (
        event_type == "AGREE"
        and _bare_word(tok.norm).lstrip("ت").startswith(("وافق", "توافق"))
        and any(
            _norm(analysis, j) == "مع"
            and (
                _norm(analysis, j + 1) in _NORMS
                or _core(analysis, j + 1) in _NORMS
                or _norm(analysis, j + 2) in _NORMS
            )
            for j in range(i + 1, min(len(analysis.tokens), i + 5))
        )
    ):
        return "conforms"  # "توافقها مع أحكام الشريعة", "توافقت التأكيدات مع تصريح"
    spread = _bare_word(tok.norm)
    if (
        event_type == "MOBILIZE"
        and spread.startswith(("نشر", "ينشر", "تنشر", "انتشار", "الانتشار"))
        and (
            not _any_near(analysis, range(i - 4, i + 6), _FORCES)
            # a photo or a video after نشر, whoever publishes it ("ونشرت شرطة المرور صورة")
            or spread.startswith(("نشر", "ينشر", "تنشر"))
            and any(
                (
                    _bare_word(_norm(analysis, j)).removeprefix("ال") in _PUBLISHED
                    or _norm(analysis, j) in _PUBLISHED  # ("بيانا": its ب is its own)
                )
                # (past the publisher's name and its apposition)
                for j in range(i + 1, min(len(analysis.tokens), i + 11))
            )
        )
    ):
        return "publishing"  # "نشر إعلانا", "انتشار المرض": no forces deployed
    if event_type == "COERCE" and (
        _bare_word(tok.norm) in ("قبضه", "القبضه") or _bare_word(tok.norm).startswith("قبضات")
    ):
        return "grip"  # "تحت قبضة", "ترفع قبضاتها": a grip or fists, not القبض على
    if event_type == "COERCE":
        bare = tok.norm.lstrip("وف")
        if bare in ("سجنه", "سجنها", "سجنهم") and prev in _PRISON_PLACE_BEFORE:
            return "prison"  # "أمام صحافيين في سجنه": his prison, the place
        if bare in ("سجن", "السجن") and (
            prev in _PRISON_PLACE_BEFORE
            or words & _PRISONS
            or nxt in ("اخر", "آخر")
            or (bare == "السجن" and prev in ("هذا", "ذلك"))  # "إبقاء هذا السجن مفتوحا"
        ):
            return "prison"  # "في سجن X", "حراس سجن الهضبة", "إلى سجن آخر": the place
        named = ents.get(i + 1)
        if (
            bare == "سجن"
            and named is not None
            and named[0] == i + 1
            and named[2] in ("GPE", "LOC", "ORG", "FAC")
        ):
            return "prison"  # "بتفجير سجن تدمر", "سجن أبو غريب": a prison by its name
        if bare == "سجنا":
            return "prison"  # "اتخذه سجنا": used as a prison
        if core.endswith(("احتجاز", "احتجازه", "احتجازها", "احتجازهم")) and (
            prev in _HOLDING_PLACE or _core(analysis, i - 1) in _HOLDING_PLACE
        ):
            return "holding place"  # "مكان احتجازه"
    if (
        event_type == "SANCTION"
        and ("استدعا" in core or _bare_word(tok.norm).lstrip("يت").startswith("استدع"))
        and not _any_near(analysis, range(i + 1, i + 5), _ENVOYS)
    ):
        # a court's or a club's summons ("استدعى كيسنجر كمستشار له"), or what a state of
        # affairs called for ("استدعى تدهور أحوالهم نقلهم"): no recalled envoy
        return "summons"
    if (
        event_type == "COERCE"
        and _bare_word(tok.norm).lstrip("يت").startswith("قبض")
        and not tok.norm.startswith("ال")
        and (
            _bare_word(nxt) in _MONEY
            or nxt.removeprefix("ال") in _MONEY
            # from whom, then what: "أن الوسيط قبض من المتبرع ثمن أحذية"
            or (nxt == "من" and _any_near(analysis, range(i + 3, i + 5), _MONEY))
            or _sum_received(analysis, i)
        )
    ):
        return "received"  # "بعد أن قبض مبلغ الصفقة": took the money; one arrests على
    if (
        event_type == "SUPPORT"
        # not "لمساندة", a purpose; "ومساندة" after another masdar goes too (a blind A/B
        # read: 3 of 3 such events were generic, a purpose or help of another type)
        and tok.norm.lstrip("وف") in _ADJECTIVAL_SUPPORT
        and i > 0
        and not prev.startswith("ال")
        and prev not in actors.STOP
        and prev not in _GIVING
        and not actors.verb_like(analysis, i - 1, ents)
        and not actors._break_between(analysis, i - 1, i)
    ):
        return "adjective"  # "دورية مساندة", "وأمور أخرى مساندة": supporting, no act
    if (
        event_type == "REQUEST"
        and core.startswith(("دع", "يدع", "تدع"))
        and (
            _bare_word(nxt) in _FEELINGS
            or (nxt.startswith("لل") and "ال" + nxt[2:] in _FEELINGS)  # "يدعو للفخر"
            or (nxt in ("الى", "الي") and _norm(analysis, i + 2) in _FEELINGS)
            # "تدعو إلى أكثر من تساؤل": more than one question raised
            or (
                nxt in ("الى", "الي")
                and _norm(analysis, i + 2) in ("اكثر", "مزيد", "كثير", "العديد")
                and _norm(analysis, i + 3) == "من"
                and "ال" + _norm(analysis, i + 4).removeprefix("ال") in _FEELINGS
            )
            or _cause(analysis, i)  # "الأمر الذي دعا الدوسري إلى تقديم شكوى": led him to
        )
    ):
        return "evokes"  # "أمر يدعو إلى التوقع", "مما يدعو للقلق": gives cause, asks no one"
    if (
        event_type == "SUPPORT"
        and core in ("ايد", "ايدي")
        and (
            core == "ايدي"
            or prev in ("في", "على", "علي", "من", "بين")
            or tok.norm[:1] == "ب"
            or actors._indefinite_nisba(nxt)  # "بأموال مصرية وأيد مصرية"
        )
    ):
        return "hands"  # "في أيد أمينة", "بأيدي": hands, not أيّد
    if event_type == "SUPPORT" and (
        nxt in _IDEAS or nxt in ("جهه", "وجهه") and _norm(analysis, i + 2) in ("النظر", "نظر")
    ):
        return "argument"  # "هذا يدعم وجهة النظر القائلة", "تؤيد الفرضية": bears out
    if (
        prev in _NAME_HEADS
        and not analysis.tokens[i].norm.startswith("ال")
        and i > 0
        # nothing between but an opening quote: "نظام "دعم"", "مبادرة «تعاون»"
        and set(analysis.text[analysis.tokens[i - 1].end : tok.start]) <= {" ", '"', "«", "“"}
    ):
        return "name"  # "نظام ساند", "تحالف دعم الشرعية": a name, not an act
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
    if (
        event_type == "SUPPORT"
        and core in ("دعم", "الدعم")
        and (
            nxt[:1].isdigit()
            or prev == "نقطه"
            or any(_norm(analysis, j) in ("نقطه", "نقاط") for j in range(i + 1, i + 6))
        )
    ):
        return "market level"  # "لامس دعم 19,100 نقطة", "نقطة دعم": a level of an index
    bare = _bare_word(tok.norm)
    if event_type == "SUPPORT":
        if tok.norm.lstrip("و").startswith(("فايد", "فائد", "بفايد", "لفايد")):
            return "benefit"  # "فائدته": a benefit, not أيّد
        if bare.startswith(("تاييد", "ايد", "يويد", "تويد")) and (
            nxt in _RULING
            # a court, then the ruling: "أيدت محكمة استئناف أبوظبي، الحكم الصادر"
            or _norm(analysis, i + 1).lstrip("و").removeprefix("ال").startswith("محكم")
            and any(_norm(analysis, j) in _RULING for j in range(i + 2, i + 8))
        ):
            return "upheld ruling"  # "تأييد الحكم": a court upholds, no one is backed
    if (
        event_type == "CONSULT"
        and bare.startswith(("اجتمع", "يجتمع", "تجتمع"))
        and nxt
        in (
            "عليه",
            "عليها",
            "عليهم",
        )
    ):
        return "consensus"  # "اجتمعت عليه كلمة الجميع": agreed on, no meeting
    if (
        event_type == "CONSULT"
        and bare.startswith(("اجتمع", "يجتمع", "تجتمع"))
        and (nxt in ("فيه", "فيها") or nxt == "في" and _norm(analysis, i + 2).startswith("شخص"))
    ):
        return "combined"  # "وكلها اجتمعت في شخصه": qualities combined in one, no meeting
    if event_type == "THREATEN" and prev == "تحت":
        return "at gunpoint"  # "تحت تهديد السلاح"
    if (
        event_type == "ACCUSE"
        and bare in ("تدين", "يدين", "ندين", "يدينون", "تدينون")
        and nxt.startswith("ب")
        and i + 1 not in ents
        and (nxt.startswith("بال") or nxt.endswith(("ها", "هم", "ه")))
        and nxt not in actors.MANNER_ADVERBS
        and not nxt.startswith(("باشد", "باقوي"))
    ):
        # "اليونان تدين باستقلالها للدعم البريطاني", "يدين بالإسلام": owes, professes
        # (one condemns with an object: "تدين الهجوم", "تدين بشدة", "تدين «بيونغيانغ»")
        return "owes"
    if event_type == "AID" and prev.lstrip("و") in _SUPPLY_LINES:
        return "supply lines"  # "قطعت طرق إمداد الحوثيين": routes, no aid given
    if (
        event_type == "AID"
        and tok.norm.lstrip("و") in ("مساعده", "مساعدوه", "مساعديه")
        and not surface.endswith("ة")
    ):
        return "assistant"  # "الفريق أول قنبر ومساعده الفريق غيدان": his deputy (مساعدة is aid)
    if event_type == "SUPPORT" and (nxt in _ECONOMY or _core(analysis, i + 1) in _ECONOMY):
        return "boost"  # "دعم مخزونات القمح", "يدعم السياحة": no party is backed
    if event_type == "CONCEDE" and bare.startswith(("تراجع", "يتراجع", "تتراجع")):
        after = {_norm(analysis, j) for j in range(i + 1, min(len(analysis.tokens), i + 4))}
        if after & (_MEASURES | _MARKETS):
            # "تراجع عن الفترة السابقة", "تراجع سعر", "وتراجع النفط": a fall, no concession
            return "decline"
        before = {_norm(analysis, j).lstrip("و") for j in range(max(0, i - 3), i)}
        if before & _MARKETS or any(
            _norm(analysis, j) in _PRICE_UNITS and _norm(analysis, j - 1)[:1].isdigit()
            for j in range(i + 2, min(len(analysis.tokens), i + 7))
        ):
            # "الذهب ... عندما تراجع عن حاجز 1100 دولار", "وتراجع النفط": a market falls
            return "decline"
    if event_type == "THREATEN" and (
        nxt in _ENDANGERED
        or _core(analysis, i + 1) in _ENDANGERED
        or (nxt == "النظام" and _norm(analysis, i + 2) == "العام")
    ):
        # "تهدد الصحة", "يهدد أمن المنطقة", "أنشطة تهدد النظام العام" (public order, not
        # the regime): a danger, not a threat made
        return "endangers"
    if event_type == "SUPPORT" and bare.startswith(("يدعم", "تدعم", "دعم")):
        if nxt == "ذلك" or (nxt in ("هذا", "هذه") and _norm(analysis, i + 2) in _VIEWS):
            return "corroborates"  # "يدعم ذلك التفجيرات", "تدعم هذا الرأي": evidence
        if any(_core(analysis, j) in _EVIDENCE for j in (i - 1, i - 2)) or (
            tok.norm.lstrip("و").endswith(("ها", "ه")) and _core(analysis, i + 1) in _EVIDENCE
        ):
            # "نتائجنا تدعم أهمية", "تجارب خليجية تدعم إنشاء", "عندما تدعمها أدلة جيدة"
            return "corroborates"
        if _any_near(analysis, range(i - 3, i + 4), _TECH) or _any_near(
            analysis, range(i + 4, i + 10), _APPS
        ):
            # "ويدعم تطبيق X 50 لغة", "ويدعم نظام (سينك 3) بالفعل مجموعة واسعة من
            # تطبيقات الهواتف"
            return "technical"
        if _any_near(analysis, range(i + 1, i + 6), _EVENTS_HELD):
            return "sponsorship"  # "دعم شركة المجدوعي للمهرجان"
    if (
        event_type == "ACCUSE"
        and bare.startswith(("يدين", "تدين"))
        and any(_core(analysis, j) in _RECORDS for j in (i - 1, i - 2))
    ):
        return "incriminates"  # "وهو تسجيل يدين المساعد الأول": evidence, no condemnation
    if (
        event_type == "SUPPORT"
        and _any_near(analysis, range(i + 1, i + 5), _VOLUNTEERS)
        # (praise is for them: "وأشاد المحافظ بما يقدمه المتطوعون")
        and not bare.startswith(("اشاد", "يشيد", "تشيد", "مشيد"))
    ):
        return "volunteers"  # "50 ممثلا يساندهم 100 شاب متطوع": helpers, no party backed
    if (
        event_type == "SUPPORT"
        and tok.norm.lstrip("و").startswith("بدعم")
        and _any_near(analysis, range(i - 3, i), _ENJOYS)
        and _any_near(analysis, range(i - 8, i), _SHOWS_AND_FESTIVALS)
    ):
        return "patronage"  # "ويحظى المهرجان بدعم كل من إمارة المنطقة": a festival's sponsors
    if event_type == "CONSULT":
        w = tok.norm.lstrip("وف")  # not _bare_word: بحث starts with a ب of its own
        if w.startswith(("زيارات", "زياره", "الزيارات")) and _any_near(
            analysis, range(i + 1, i + 6), _CLINICS
        ):
            return "medical visit"  # "زيارات أفراد هذه المجموعة للأطباء"
        if w.startswith(_RECEIVE) and any(
            _norm(analysis, j) in _SHOWS for j in range(i + 1, i + 4)
        ):
            return "show guests"  # "استقبل في برنامجه ثلاثة رؤساء"
        if (
            w.startswith(("اجتمع", "يجتمع", "تجتمع"))
            and nxt in ("على", "علي")
            and _norm(analysis, i + 2) != "هامش"
        ):
            return "united on"  # "اجتمعا على المعاصي" (not "على هامش القمة")
        if w.startswith(("بحث", "يبحث", "تبحث")) and _search_about(analysis, i):
            return "search"  # "بحثت وكالات التجسس عن سبل", "يبحث من خلالها عن وطن"
        if core.lstrip("يت").startswith("بحث") and not _other_side_near(analysis, i, ents):
            # talks have another side: "بحث الوزير مع نظيره", "بحث الجانبان"; alone,
            # بحث is research or study ("بحث جديد يربط", "تبحث فرص التعاون")
            return "research"
    if event_type == "THREATEN" and _any_near(analysis, range(i - 3, i + 6), _DIVINE):
        return "divine threat"  # "توعد الله من آذاه بالعذاب": scripture, no party acts
    if event_type == "THREATEN" and _any_near(analysis, range(i - 3, i), _HAZARDS):
        return "hazard"  # "السيول الناجمة عن أمطار غزيرة تهدد مزيدا من المناطق"
    if (
        event_type == "AGREE"
        and bare.startswith(("وافق", "يوافق", "توافق", "موافقه", "الموافقه"))
        and any(
            _norm(analysis, j) in ("على", "علي")
            and (_norm(analysis, j + 1) in _PRODUCTS or _core(analysis, j + 1) in _PRODUCTS)
            for j in range(i + 1, i + 7)
        )
    ):
        return "product approval"  # "توافق إدارة الغذاء والدواء على عقار": a licence
    if event_type == "ACCUSE" and bare in ("التدين", "تدينا", "للتدين"):
        return "religiosity"  # "التديّن", "تديّناً": no verb "تدين" (condemns) is definite
    if (
        event_type == "ACCUSE"
        and bare.startswith(("ادان", "دان"))
        and (
            words & _COURT
            or prev in _PROVEN
            # "كما ثبتت أيضا إدانته": an adverb between
            or (prev in _ALSO and _norm(analysis, i - 2) in _PROVEN)
        )
    ):
        return "conviction"  # "إدانة المتهم", "أدانت المحكمة": a court's verdict
    if event_type == "ACCUSE" and bare.startswith("ادانه") and _convicted_count(analysis, i):
        return "conviction"  # "وتم إدانة اثنين من خمسة مديرين": people counted, convicted
    if event_type == "THREATEN" and (prev in _DEEMED or _norm(analysis, i - 2) in _DEEMED):
        return "characterisation"  # "يعد تهديدا خطيرا لـ": what something is deemed
    if event_type == "THREATEN" and analysis.tokens[i].norm.startswith("كتهديد"):
        return "characterisation"  # "نرى داعش كتهديد": as a threat, what it is seen as
    if event_type == "ACCUSE" and analysis.tokens[i].norm in ("فدان", "فدانا", "الفدان"):
        return "feddan"  # "فدان البطاطا": the measure of land, not ف + دان
    if event_type == "AGREE" and prev in ("بما", "ما", "مما", "نحو") and bare[:1] in "يت":
        return "conforms"  # "بما يتفق مع الأنظمة", "بما يتوافق مع"
    if event_type == "RETREAT" and (nxt in ("على", "علي") or prev in ("الامر", "ذلك")):
        return "applies to"  # "ينسحب الأمر على", "وهذا ينسحب على"
    if event_type == "SANCTION" and bare.startswith(("طرد", "يطرد", "تطرد")):
        near = range(i + 1, min(len(analysis.tokens), i + 8))
        if any(
            actors.GENERIC_HEADS.get(actors._key(analysis.tokens[j].norm)) in ("UAF", "MIL", "REB")
            or analysis.tokens[j].norm in _GROUPS
            for j in near
        ):
            return "driving out"  # "طرد المسلحين من المدينة": fighting, no sanction
    if (
        event_type == "CONSULT"
        and bare.startswith(("اتصالات", "الاتصالات", "للاتصالات"))
        and (prev in _TELECOM_BEFORE or _core(analysis, i - 1) in _TELECOM_BEFORE)
    ):
        return "telecom"  # "شرائح اتصالات", "قطاع الاتصالات"
    if (
        event_type == "RETREAT"
        and bare.lstrip("يت").startswith(("انسحب", "نسحب", "انسحاب"))
        and any(
            _norm(analysis, j) in ("من", "عن")
            and _bare_word(_norm(analysis, j + 1)).removeprefix("ال") in _QUITTED
            for j in range(i + 1, min(len(analysis.tokens) - 1, i + 6))
        )
    ):
        return "quits"  # "انسحبت من حزب التحرير", "انسحب المقاول عن إكمال عمله"
    return _other_sense_other_corpora(analysis, i, event_type, prev, nxt) or _other_sense_s42(
        analysis, i, event_type, prev, nxt
    )


# what a team bids farewell to when it is knocked out: "ودّعت كرواتيا منافسات البطولة"
_COMPETITIONS = {
    "منافسات",
    "المنافسات",
    "البطوله",
    "بطوله",
    "المسابقه",
    "الدوري",
    "الكاس",
    "كاس",
    "المونديال",
    "السباق",
    "التصفيات",
}
# a threat to what: "تهديدا للسلم والاستقرار" characterises, no one threatens
_THREATENED_GOODS = {
    "السلم",
    "السلام",
    "الامن",
    "الاستقرار",
    "الديمقراطيه",
    "الوحده",
    "السياده",
    "الحياه",
    "الصحه",
    "البييه",
    "المصالح",
}
_REPORTERS = {"مراسل", "مراسله", "مراسلتنا", "مراسلنا", "موفد", "موفده", "موفدتنا", "صحفي", "صحفيه"}
# where طالب is a noun, a student: "من طرف طالب معتصم", "قصة نجاح تعبر عن طالب"
_BEFORE_A_STUDENT = {"طرف", "قبل", "عن", "لدي", "كل", "اي", "مع", "علي", "الي", "يتساوي"} | {
    "تاشيره",  # "بتأشيرة طالب": a student visa
    "بتاشيره",
}
# "وهو طالب بالسنة الأولى": what he is (not "وهو طالب بإقالة الوزير": he demanded)
_HE = {"هو", "وهو", "فهو"}
_STUDIES = {"سنه", "كليه", "معهد", "جامعه", "مدرسه", "قسم", "شعبه"}
# those whose agreement is a consensus of opinion: "اتفق كثير من المفسرين على أن"
_SCHOLARS = {
    "فقهاء",
    "قهاء",  # (فقهاء as the clitic split reads it: ف + قهاء)
    "علماء",
    "مفسرين",
    "المفسرين",
    "المفسرون",
    "العلماء",
    "الفقهاء",
    "المورخين",
    "المورخون",
    "النقاد",
    "الباحثين",
    "الباحثون",
    "المحللين",
    "المحللون",
    "الخبراء",
}
# units that do research: "فريق بحث", "مركز البحث"
_RESEARCH_UNITS = {"فريق", "مركز", "مراكز", "وحده", "مجموعه", "مختبر", "معهد"}
# a rate or a share of acts: "معدلات رفض منح التأشيرة", "نسبة الموافقة"
_RATES = {"معدل", "معدلات", "نسبه", "نسب"}
# a vote's tally: "بـ144 صوتا مع 3 احتفاظ و11 رفضا"
_VOTES = {"صوتا", "صوت", "اصوات", "احتفاظ", "موافقه", "وموافقه", "تحفظ"}


def _other_sense_s42(
    analysis: Analysis, i: int, event_type: str, prev: str, nxt: str
) -> str | None:
    """Senses read wrong in session 42's dev samples (cp1256 newspapers, Jawhara FM)."""
    toks = analysis.tokens
    word = toks[i].norm
    bare = _bare_word(word)
    ahead = [_norm(analysis, j) for j in range(i + 1, min(len(toks), i + 10))]
    if (
        event_type == "REQUEST"
        and word.startswith("ود")
        and not word.startswith("ودعا")  # (و+دعا: "and called")
        and any(w in _COMPETITIONS for w in ahead)
        # (no إلى or لـ of a call's act: "ودعا … المواطنين إلى الحذر")
        and not any(
            w == "الي" or (w.startswith("لل") and "ال" + w[2:] not in _COMPETITIONS)
            for w in ahead[:4]
        )
    ):
        return "sports"  # "ودّعت كرواتيا منافسات البطولة": knocked out, a farewell
    if (
        event_type == "REJECT"
        and bare in ("رفضا", "رفض")
        and prev.lstrip("و").isdigit()
        and _any_near(analysis, range(i - 6, i), _VOTES)
    ):
        return "vote count"  # "بـ144 صوتا مع 3 احتفاظ و11 رفضا": votes against
    if (
        event_type == "THREATEN"
        and bare in ("تهديدا", "تهديد")
        and (
            (nxt.startswith("لل") and "ال" + nxt[2:] in _THREATENED_GOODS)
            or _indefinite_nisba(nxt)
            # in the accusative: "تهديدا إرهابيا", "تهديدا أمنيا"
            or (
                nxt.endswith("يا")
                and len(nxt) >= 5
                and not nxt.startswith(("ال", "لل", "و", "ب", "م"))
            )
        )
    ):
        return "characterisation"  # "تهديدا للسلم", "تهديدا إرهابيا": what something is
    if event_type == "REQUEST" and bare == "طالب" and prev in _BEFORE_A_STUDENT:
        return "student"  # "من طرف طالب معتصم": a student
    if (
        event_type == "REQUEST"
        and bare == "طالب"
        and prev in _HE
        and (nxt[:1] != "ب" or _bare_word(nxt).removeprefix("ال") in _STUDIES)
    ):
        return "student"
    if (
        event_type == "CONSULT"
        and bare.startswith("التق")
        and any(_bare_word(_norm(analysis, j)) in _REPORTERS for j in range(max(0, i - 4), i + 3))
    ):
        return "interview"  # "مراسلة الجوهرة التقت مدير الدورة": a reporter's interview
    if prev == "مدي" and event_type in ("COOPERATE", "SUPPORT", "AGREE"):
        return "extent"  # "مدى تعاون الإدارة": how far, no act reported
    if (
        event_type == "AGREE"
        and bare.startswith("اتفق")
        and _any_near(analysis, range(i + 1, i + 5), _SCHOLARS)
        and (
            _any_near(analysis, range(i + 2, i + 8), {"انه", "ان", "انها", "علي"})
            # what they agree on, a relative's pronoun: "والتي اتفق عليها فقهاء الإسلام"
            or nxt in ("عليه", "عليها")
        )
    ):
        return "consensus"  # "اتفق كثير من المفسرين على أنه": a shared reading
    if prev in _RATES:
        return "rate"  # "معدلات رفض منح التأشيرة": how often, no one act
    if event_type == "CONSULT" and word.startswith("بحث") and prev in ("ملف", "ملفات"):
        return "investigation"  # "ملف بحثها": the case file of an inquiry
    if event_type == "CONSULT" and word in ("بحث", "البحث") and prev in _RESEARCH_UNITS:
        return "research"  # "طور فريق بحث من جامعة": a research team, no talks
    if (
        event_type == "CONSULT"
        and word.lstrip("و").startswith(("اتصالات", "الاتصال", "للاتصال"))
        and (
            nxt in _COMPANY_COUNTRIES
            or nxt in ("السمعي", "والاعلام")
            or prev in ("للاعلام", "والاعلام")  # "المعهد العالي للإعلام والاتصال"
        )
    ):
        return "telecom"  # "اتصالات مصر" (a company), "للإعلام و الاتصال" (a field)
    return _other_sense_s43(analysis, i, event_type)


# a study's subjects, asked to do the test's task: "وطلب من بعض المشاركين في الاختبار شم"
_STUDY_SUBJECTS = {"المشاركين", "المشاركات", "المتطوعين", "المتطوعات", "المشاركون"}
_STUDY_WORDS = {
    "الدراسه",
    "دراسه",
    "الاختبار",
    "الاختبارات",
    "التجربه",
    "التجارب",
    "الباحثون",
    "الباحثين",
    "الباحثان",
    "الباحثه",
    "العينه",
}


# a ministry's or directorate's own staff, told what to do: an instruction, no event
_OWN_STAFF = {
    "المدرسين",
    "المدرسات",
    "المربين",
    "المديرين",
    "المندوبين",
    "موظفيها",
    "اعوانها",
    "منظوريها",
    "اطاراتها",
    "منتسبيها",
}
_ADMINISTRATIONS = {"الوزاره", "وزاره", "الاداره", "اداره", "المديريه", "مديريه"}


def _staff_instruction(analysis: Analysis, i: int) -> bool:
    """A call by a ministry or directorate on its own staff, in the clause ("ودعت الوزارة
    المدرسين والمدرسات إلى إشعار الأخصائي", "دعت وزارة الشؤون الدينية … المديرين
    الجهويين إلى التنسيق"): an instruction."""
    toks = analysis.tokens
    administration = False
    for j in range(i + 1, min(len(toks), i + 16)):
        # (past the commas of a frame: "في بلاغ لها اليوم الأربعاء، المديرين")
        if set(analysis.text[toks[j - 1].end : toks[j].start]) & set(".؛;:!?؟"):
            return False
        norm = toks[j].norm
        if norm in _ADMINISTRATIONS:
            administration = True
        elif norm.removeprefix("و") in _OWN_STAFF:
            return administration
    return False


# proofs, which convict (تدين) rather than condemn
_PROOFS = {"ادله", "الادله", "دلايل", "الدلايل", "قراين", "القراين", "اثباتات", "براهين"}


def _owes_to(analysis: Analysis, i: int) -> bool:
    """يدين بـ … إلى: owes something to ("ويدين الاتحاد بفوزه الى الظهير الأيمن"), not
    condemns (no manner word: "يدين بشدة")."""
    toks = analysis.tokens
    word = toks[i].norm
    if word.removeprefix("و") not in ("يدين", "تدين") or i + 2 >= len(toks):
        return False
    for j in range(i + 1, min(len(toks), i + 5)):
        norm = toks[j].norm
        if norm[:1] == "ب" and len(norm) > 3 and norm not in actors.MANNER_ADVERBS:
            return any(
                toks[k].norm in ("الى", "الي")
                for k in range(j + 1, min(len(toks), j + 5))
                if not actors._break_between(analysis, j, k)
            )
    return False


def _other_sense_s43(analysis: Analysis, i: int, event_type: str) -> str | None:
    """Senses read wrong in session 43's dev samples (cp1256 newspapers, Jawhara FM)."""
    toks = analysis.tokens
    if event_type == "ACCUSE" and _owes_to(analysis, i):
        return "owes"  # "ويدين بني ياس بهذه النقطة الى محمد فوزي"
    if (
        event_type == "ACCUSE"
        and toks[i].norm.removeprefix("و") in ("تدين", "يدين", "تدينه", "تدينها", "تدينهم")
        and any(toks[j].norm in _PROOFS for j in range(max(0, i - 3), i))
    ):
        return "evidence"  # "أدلة كافية تدين المعتقل": evidence that would convict
    if (
        event_type == "REQUEST"
        and _bare_word(toks[i].norm).startswith(("دع", "تدع", "يدع"))
        and _staff_instruction(analysis, i)
    ):
        return "instruction"  # "ودعت الوزارة المدرسين إلى إشعار الأخصائي النفساني"
    if event_type == "REQUEST" and _bare_word(toks[i].norm).startswith(("طلب", "يطلب")):
        for j in range(i + 1, min(len(toks) - 1, i + 5)):
            if toks[j].norm != "من":
                continue
            k = j + 1 + (toks[j + 1].norm == "بعض")
            if k < len(toks) and toks[k].norm in _STUDY_SUBJECTS:
                words, _cores = analysis.words()
                if words & _STUDY_WORDS:
                    return "study task"  # the subjects of a study asked to do its task
            break
    return _other_sense_s44(analysis, i, event_type)


# the writs of an arrest: "مذكرة اعتقال", "مذكرتي توقيف", "أمر قبض"
_WRITS = {"مذكره", "مذكرتي", "مذكرتا", "مذكرات", "امر", "اوامر", "مذكرتين"}
# comparatives whose accusative masdar says how much, a trait: "من أكثر الشعوب رفضا"
_COMPARATIVES = {"اكثر", "اشد", "اقل", "اكبر"}


# verbs whose ب-masdar is threatened, not done: "هددت باعتقال والدة الأسير"
_THREATENING_WITH = {
    "هدد",
    "هددت",
    "هددوا",
    "يهدد",
    "تهدد",
    "يهددون",
    "مهددا",
    "مهدده",
    "توعد",
    "توعدت",
    "يتوعد",
}
# verbs whose masdar object is kept from happening: "ترغب في تجنب طلب مساعدة"
_AVOIDING = {"تجنب", "لتجنب", "يتجنب", "تتجنب", "بتجنب", "تفادي", "لتفادي", "يتفادى", "يتفادي"}


def _held_off(analysis: Analysis, i: int, event_type: str) -> bool:
    """A masdar threatened (هدد بـ), avoided (تجنب) or put as a condition ("في صورة",
    Tunisian for "in case"): the act is not reported as done."""
    if i == 0:
        return False
    toks = analysis.tokens
    prev = toks[i - 1].norm.lstrip("وف")
    if (
        event_type != "THREATEN"
        and toks[i].norm.startswith("ب")
        and any(
            toks[j].norm.lstrip("وف") in _THREATENING_WITH and actors._unbroken(analysis, j, i)
            for j in range(max(0, i - 4), i)
        )
    ):
        return True  # (past the subject: "وهددت الشرطة باعتقال")
    if prev in _AVOIDING and actors._unbroken(analysis, i - 1, i):
        return True
    return (
        i > 1
        and prev == "صوره"
        and toks[i - 2].norm.lstrip("و") == "في"
        and actors._unbroken(analysis, i - 2, i)
    )


def _other_sense_s44(analysis: Analysis, i: int, event_type: str) -> str | None:
    """Senses read wrong in session 44's dev samples (SaudiNewsNet, cp1256, Jawhara)."""
    toks = analysis.tokens
    prev = toks[i - 1].norm.removeprefix("و") if i > 0 else ""
    if event_type == "COERCE" and prev in _WRITS:
        return "warrant"  # "أصدرت المحكمة مذكرتي اعتقال بحق البشير": no arrest yet
    if (
        toks[i].norm.endswith("ا")
        and any(
            toks[j].norm.removeprefix("و").removeprefix("من") in _COMPARATIVES
            for j in range(max(0, i - 4), i)
        )
        and actors._unbroken(analysis, max(0, i - 4), i)
    ):
        return "trait"  # "الجزائريين من أكثر شعوب المنطقة رفضا للتطبيع": a degree
    return _other_sense_s45(analysis, i, event_type)


# what one applies for, not asks a party: "طلب اللجوء", "طلبات الترشيح"; market demand
_APPLIED_FOR_AFTER = {"اللجوء", "لجوء", "الترشيح", "ترشيح", "الترشح", "السوق", "الاسواق"}
# an inquiry is opened ("فتحت الشرطة بحثا"), a team formed ("فريق بحث وتحري")
_OPENING = {"فتح", "فتحت", "فتحوا", "يفتح", "تفتح"}
_TEAMS = {"فريق", "فرق", "فرقه", "لجنه", "مركز", "مراكز", "وحده"}
# demonstratives that make دعا "led to": "دعا ذلك القذافي لوصف"
_THAT_THING = {"ذلك", "هذا", "هذه", "ما", "الامر"}
_URGING = ("حث", "يحث", "تحث", "حثت")
# whom a place or a show receives: its visitors, not a party met
_VISITORS = {"زوار", "الزوار", "زوارها", "زواره", "السايحين", "سايحين", "المتسوقين", "المصطافين"}


def _other_sense_s45(analysis: Analysis, i: int, event_type: str) -> str | None:
    """Senses read wrong in session 45's dev samples (Jawhara FM, SaudiNewsNet)."""
    toks = analysis.tokens
    word = toks[i].norm.lstrip("وف")
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    prev = toks[i - 1].norm.lstrip("و") if i > 0 else ""
    if (
        event_type == "REQUEST"
        and word.removeprefix("ال") in ("طلب", "طلبات")
        and nxt in _APPLIED_FOR_AFTER
        and actors._unbroken(analysis, i, i + 1)
    ):
        return "application"  # "طلب اللجوء", "طلبات الترشيح", "وطلب السوق"
    if event_type == "CONSULT" and word.startswith(("بحث", "كبحث")):
        if word.startswith("كبحث") or (prev in _TEAMS and actors._unbroken(analysis, i - 1, i)):
            return "research"  # "فريق بحث وتحري", "بحثاً كبحث الصليبي"
        # (not "وبحثا", the dual verb: "والتقى الوزيران ... وبحثا سبل التعاون")
        if toks[i].norm == "بحثا" and any(
            toks[j].norm.lstrip("و") in _OPENING for j in range(max(0, i - 10), i)
        ):
            return "investigation"  # "فتحت فرقة الشرطة العدلية ..., مؤخرا، بحثا"
    if (
        event_type == "REQUEST"
        and _bare_word(toks[i].norm).startswith(("دعا", "دعت"))
        and nxt in _THAT_THING
        and actors._unbroken(analysis, i, i + 1)
    ):
        return "prompted"  # "دعا ذلك القذافي لوصف": it led him to
    if word.startswith(_URGING) and any(
        toks[j].norm.lstrip("و") in _FAITH for j in range(max(0, i - 5), i)
    ):
        return "teaching"  # "الدين الإسلامي الحنيف حث على التسامح": a faith's teaching
    if (
        event_type == "CONSULT"
        and _bare_word(toks[i].norm).startswith(_RECEIVE)
        and any(toks[j].norm in _VISITORS for j in range(i + 1, min(len(toks), i + 9)))
    ):
        return "visitors"  # "تستقبل خيمة الفعاليات زوارها", "استقبل المركز السائحين"
    return None


# countries whose name follows a telecom company's: "اتصالات مصر", "اتصالات تونس"
_COMPANY_COUNTRIES = {"مصر", "تونس", "المغرب", "الجزاير", "قطر", "الامارات", "السعوديه", "لبنان"}


def _other_sense_other_corpora(
    analysis: Analysis, i: int, event_type: str, prev: str, nxt: str
) -> str | None:
    """Senses read wrong in the blind and dev samples of the cp1256 newspapers and
    Jawhara FM (session 39; each rule stated for the word's use, not for one sentence)."""
    toks = analysis.tokens
    tok = toks[i]
    bare = _bare_word(tok.norm)
    # not the core: بحث starts with a ب of its own, which the core takes for a clitic
    word = tok.norm.lstrip("وف")
    if event_type == "CONSULT" and word.startswith("بحث"):
        talks_with = _any_near(analysis, range(i + 1, i + 7), _WITH | {"بين"})
        if prev.removeprefix("ب") in ("فتح", "فتحت"):
            return "investigation"  # "فتح بحث تحقيقي", "بفتح بحث": an inquiry opened
        if (
            word in ("بحثه", "بحثها", "بحثهم")
            and prev in ("في", "ذيل", "خلال", "اثناء", "نتايج", "نتائج", "مجال", "موضوع")
            and not talks_with
        ):
            # a noun with its owner after a preposition or a construct noun: "في ذيل
            # بحثه", "في بحثها عنهم" (not the verb: "الملفات التي بحثها الوزير")
            return "research"
        if word == "بحث" and nxt in _STUDY_KINDS:
            return "research"  # "بحث مشترك", "بحث تحقيقي": a study, an inquiry
        if word == "بحثا" and any(
            _norm(analysis, j).lstrip("و") in _PRESENTED for j in range(max(0, i - 12), i)
        ):
            return "research"  # "وألقت الدكتورة ... بحثا أثبت": a paper given
    if (
        event_type == "MOBILIZE"
        and bare == "النشر"
        and (
            prev in _PUBLISHING_HOUSES
            or nxt in ("والتوزيع", "والاعلام", "الالكتروني", "الصحفي")
            or not _any_near(analysis, range(i - 4, i + 6), _FORCES)
        )
    ):
        return "publishing"  # "وسائل النشر", "إدارة النشر": no forces deployed
    if event_type == "THREATEN":
        if prev in ("بما", "لما"):
            return "consequence"  # "بما هدد بانتكاسات": what it led to
        if nxt.startswith("ب") and nxt[1:].removeprefix("ال") in _BAD_OUTCOMES:
            # "تهدد بتقسيم البلاد", "يهدد بإجهاض الثورة": an outcome feared, no one
            # threatens (one threatens with what one would do: "هدد بالانسحاب")
            return "endangers"
        if _any_near(analysis, range(i - 4, i), _HAZARDS | _DANGER):
            return "hazard"  # "فالخطر يهددها", "أزمة حادة في السيولة تهدد القطاع"
    if event_type == "CONCEDE" and bare == "سراح" and prev in ("بحاله", "حاله"):
        return "at liberty"  # "25 بحالة سراح": defendants not detained, no release
    if (
        event_type == "AGREE"
        and bare.lstrip("ي").startswith(("اتفق", "تفق", "توافق"))
        and _any_near(analysis, range(i + 1, i + 5), {"الراي"})
    ):
        return "same opinion"  # "واتفقت معها في الرأي": a view shared, no agreement
    if event_type == "REQUEST" and bare in ("طلب", "الطلب") and nxt in _VISAS:
        return "application"  # "طلب التأشيرة": a visa application
    if (
        event_type == "REQUEST"
        and bare in _OBLIGED_FORMS
        and nxt.startswith("ب")
        and i > 0
        # no comma between ("المجتمع، مطالبةً بـ": she asks), a quote mark may open
        and set(analysis.text[toks[i - 1].end : tok.start]) <= {" ", '"', "«", "“"}
        and "\u064b" not in analysis.text[tok.start : tok.end]  # the accusative: asking
    ):
        before = toks[i - 1].norm
        if before in _PREDICATE_SUBJECTS or (
            before.startswith("ال") and actors._party_word(before)
        ):
            return "obliged"  # "الحكومة مطالبة بتفعيلها", "إنها مطالبة بـ": must do
    if event_type == "REQUEST" and bare.startswith("طالب") and nxt in _SOUGHT_JOBS:
        return "seeker"  # "طالب الشغل", "طالبي اللجوء": one who seeks work or asylum
    if prev == "بمثابه":
        return "characterisation"  # "بمثابة تعهد": what a statement amounts to
    if (
        event_type == "CONCEDE"
        and bare.endswith(("الافراج", "افراج"))
        and _any_near(analysis, range(i + 1, i + 4), _FUNDS)
    ):
        return "disbursement"  # "الإفراج عن القروض": money paid out, no prisoner
    if event_type == "AID" and bare.lstrip("و").startswith(("تزويد", "بتزويد")):
        after = [_bare_word(_norm(analysis, j)) for j in range(i + 1, min(len(toks), i + 5))]
        if any(w.removeprefix("ال") in _UTILITIES for w in after):
            return "supply"  # "تزويدهم بالماء", "تزويد الشبكة بقاطرات": supply, no aid
        if after and after[0].removeprefix("ال") in _EQUIPPED_FACILITIES:
            # "تم تزويد المراكز الانتخابية بكافة الإمكانات": equipping one's own
            # facilities, no aid to a party
            return "supply"
    if (
        event_type == "CONSULT"
        and word == "البحث"
        and nxt == "في"
        and _norm(analysis, i + 2) in ("قضايا", "جرايم", "الجرايم", "ملابسات", "القضايا")
    ):
        return "investigation"  # "الفرقة المختصة في البحث في قضايا الإرهاب"
    if (
        event_type == "CONSULT"
        and bare.removeprefix("ال") in ("اتصال", "الاتصال")
        and (prev in ("الاعلام", "الاعلاميه") or nxt in ("الاعلام", "التواصل"))
    ):
        return "telecom"  # "وزير البريد وتكنولوجيات الإعلام والاتصال": a ministry's field
    if (
        event_type == "CONSULT"
        and tok.core.startswith(("زار", "يزور", "تزور"))
        and any(
            _bare_word(_norm(analysis, j)).removeprefix("ال") in _WEB_PAGES
            for j in range(i + 1, min(len(toks), i + 4))
        )
    ):
        return "web visit"  # "زار الصفحة", "يزور الرابط": a page viewed
    return None


_GROUPS = {"داعش", "الحوثيين", "الحوثي", "القاعده"}
# "يعد تهديدا", "تشكل تهديدا": a characterisation, not a threat made
_DEEMED = {
    "يعد",
    "تعد",
    "يعتبر",
    "تعتبر",
    "يشكل",
    "تشكل",
    "شكل",
    "شكلت",
    "يمثل",
    "تمثل",
    "مثل",
    "يظل",
}
# what is boosted, not backed: "دعم مخزونات", "يدعم السياحة", "دعم التحول"
_ECONOMY = {
    "الدولار",  # "آفاق رفع الفائدة التي تدعم الدولار": a market force
    "اليورو",
    "الريال",
    "الاسهم",
    "مخزونات",
    "مخزون",
    "السياحه",
    "الاقتصاد",
    "الاقتصاديه",
    "النمو",
    "التحول",
    "الصادرات",
    "الانتاج",
    "الاستثمار",
    "الاستثمارات",
    "قطاع",
    "القطاع",
    "السيوله",
    "الايرادات",
    "التنميه",
    "الابتكار",
    "رفع",  # "يدعم رفع الفائدة": an argument for a rate rise
    "دخول",
}
# what trades and falls: "تراجع الذهب", "النفط يتراجع"
_MARKETS = {
    "الذهب",
    "النفط",
    "الخام",
    "الاسهم",
    "الدولار",
    "اليورو",
    "المؤشر",
    "البورصه",
    "السوق",
    "الاسواق",
    "العمله",
    "الجنيه",
    "الريال",
}
# units after an amount: "1100 دولار", "5 بالمئة"
_PRICE_UNITS = {
    "دولار",
    "دولارا",
    "ريال",
    "ريالا",
    "نقطه",
    "نقاط",
    "بالمئه",
    "بالمائه",
    "%",
    "يورو",
}
# a measure that falls: "تراجع سعر", "تراجع عن الفترة السابقة"
_MEASURES = {
    "سعر",
    "اسعار",
    "الاسعار",
    "قيمه",
    "القيمه",
    "مستوى",
    "مستوي",
    "مستويات",
    "الفتره",
    "العام",
    "الشهر",
    "نسبه",
    "بنسبه",
    "المؤشر",
    "مؤشر",
}


def _commender_after(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """A party right after the bare past ثمن/ثمنت, its subject: the verb ثمّن, commended
    ("وثمن السفير الجهود", "ثمنت حركة حماس"), not the noun ثمن, price ("ثمن الجهاز")."""
    j = i + 1
    if j >= len(analysis.tokens):
        return False
    word = analysis.tokens[j].norm
    # (is_actorish takes a named person, body or state)
    return (
        actors.is_actorish(analysis, j, ents)
        or actors._party_word(word)
        or actors._title_head(word)
    )


def _bare_word(norm: str) -> str:
    """The word without a conjunction and a preposition clitic (وبنشر -> نشر)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return w[1:] if w[:1] in "بل" and len(w) > 3 and not w.startswith("ال") else w


def deports_people(analysis: Analysis, i: int) -> bool:
    """An expulsion of people from a country: PLOVER codes deportations of individuals
    COERCE (deport) and keeps SANCTION (expel) for diplomats and members expelled from a
    body. "إيطاليا طردت تونسيين", "طرد مواطنة أسترالية من الإمارات", "طردت الى بنغلادش
    150 مهاجرا", "التونسي … الذي طرد يوم السبت" (readers: COERCE, five times)."""
    toks = analysis.tokens
    if not _bare_word(toks[i].norm).lstrip("يت").startswith("طرد"):
        return False
    # the words after it up to a comma or the like (a break before j stays before j + 1)
    stop = next(
        (j for j in range(i + 1, min(len(toks), i + 7)) if actors._break_between(analysis, i, j)),
        min(len(toks), i + 7),
    )
    if _any_near(analysis, range(i - 3, i + 7), _DIPLOMATS):
        return False  # "طرد السفير", "طردت دبلوماسيين روسا": the diplomatic sanction
    if _any_near(analysis, range(i + 1, stop), _MIGRANTS):
        return True
    if any(_demonym_people(analysis, j) for j in range(i + 1, min(stop, i + 4))):
        return True
    # the one expelled named before a relative: "التونسي البالغ من العمر 44 عاما والذي طرد"
    rel = next((j for j in range(i - 1, max(-1, i - 3), -1) if _norm(analysis, j) in _WHO), None)
    return rel is not None and any(
        _demonym_people(analysis, j) for j in range(max(0, rel - 8), rel)
    )


def _demonym_people(analysis: Analysis, j: int) -> bool:
    """A nationality that names people: "تونسيين", "التونسي" (a person), "مواطنة أسترالية";
    not a state's army or a body ("القوات السورية", "الحكومة التونسية")."""
    word = analysis.tokens[j].norm
    if actors.demonym_country(word) is None:
        return False
    if word.endswith(("يين", "يون")) or (not word.startswith("ال") and word.endswith("ي")):
        return True  # "تونسيين", "ايرانيين": people, as a plural or an indefinite
    before = _norm(analysis, j - 1)
    return before in _PEOPLE_NOUNS or (
        word.startswith("ال")
        and word.endswith("ي")
        and (j == 0 or not analysis.tokens[j - 1].norm.startswith("ال"))
    )


# the people an expulsion from a country sends away
_MIGRANTS = {
    "مهاجر",
    "مهاجرا",
    "مهاجرين",
    "المهاجرين",
    "مهاجرون",
    "المهاجرون",
    "لاجئ",
    "لاجئا",
    "لاجئين",
    "اللاجئين",
    "لاجئون",
    "اللاجئون",
    "مقيم",
    "مقيمين",
    "المقيمين",
    "الوافدين",
    "وافدين",
    "العمالة",
    "عمالة",
    "اجنبي",
    "اجانب",
    "الاجانب",
    "اجنبيا",
    "اجنبية",
    "رعايا",
    "مخالفين",
    "المخالفين",
}
_PEOPLE_NOUNS = {
    "مواطن",
    "مواطنا",
    "مواطنة",
    "مواطنين",
    "شاب",
    "شابا",
    "رجل",
    "امراة",
    "سائح",
    "سائحة",
    "عامل",
    "عاملا",
    "عاملة",
    "طالب",
    "طالبا",
    "ناشط",
    "ناشطا",
    "ناشطة",
    "صحفي",
    "صحافي",
}
_DIPLOMATS = {
    "السفير",
    "سفير",
    "سفيرها",
    "سفيره",
    "سفراء",
    "دبلوماسي",
    "دبلوماسيين",
    "الدبلوماسيين",
    "دبلوماسيا",
    "بعثة",
    "البعثة",
    "القائم",
    "الملحق",
}
_WHO = {"الذي", "التي", "الذين", "اللذين"}


# what makes support material aid: money, arms, supplies ("دعم مالي", "تدعم رواتب المعلمين")
_MATERIAL = {
    "مالي",
    "ماليا",
    "المالي",
    "مادي",
    "ماديا",
    "المادي",
    "بمبلغ",
    "بمبالغ",
    "بالمال",
    "بالسلاح",
    "بالاسلحه",
    "بالعتاد",
    "بالذخيره",
    "لوجستي",
    "لوجستيا",
    "اللوجستي",
    "بقيمه",
    "رواتب",
    "الرواتب",
    "رواتبهم",
    "ميزانيه",
    "غذايي",
    "بالغذاء",
    # military support in action: "بدعم جوي من التحالف"
    "جوي",
    "الجوي",
    "عسكري",
    "العسكري",
    "مدفعي",
}


def material_support(analysis: Analysis, i: int) -> bool:
    """Support given in money, arms or supplies: PLOVER's AID, not SUPPORT (the
    annotators' "funding is AID")."""
    toks = analysis.tokens
    word = _bare_word(toks[i].norm)
    if word.removeprefix("ال").startswith("مسانده"):
        # "بفضل مقاتلي المقاومة ومساندة التحالف العربي", "طائرات التحالف في مساندة
        # التقدم الميداني": forces backing forces in the field
        return _norm(analysis, i + 1) in _FORCES_IN_ACTION or any(
            _norm(analysis, j) in _FORCES_IN_ACTION for j in range(max(0, i - 5), i)
        )
    if not word.lstrip("يت").startswith(("دعم", "الدعم")):
        return False
    if any(
        _norm(analysis, j) in _MATERIAL or toks[j].norm in _MATERIAL
        for j in range(i + 1, min(len(toks), i + 3))
    ):
        return True
    # "تمت بدعم من غارات مكثفة من طيران التحالف": military support in action is aid
    giver = next(
        (j + 1 for j in range(i + 1, min(len(toks) - 1, i + 4)) if _norm(analysis, j) == "من"),
        None,
    )
    return giver is not None and (
        _norm(analysis, giver) in _FORCES_GIVEN or _norm(analysis, giver) in _FORCES_IN_ACTION
    )


_FORCES_GIVEN = {
    "غارات",
    "طيران",
    "الطيران",
    "قوات",
    "مدفعيه",
    "طايرات",
    "مقاتلات",
    "مقاتلي",
    "مقاتلين",
    # funders: "بدعم من مؤسسة سليمان الراجحي الخيرية", "بدعم من صندوق تنمية الموارد"
    "موسسه",
    "مؤسسه",
    "صندوق",
    "بنك",
}


# forces whose backing is military aid: "بدعم من الحشد الشعبي", "مساندة التحالف العربي"
_FORCES_IN_ACTION = {
    "التحالف",
    "الحشد",
    "القوات",
    "الجيش",
    "طيران",
    "الطيران",
    "طايرات",
    "الطايرات",
    "مقاتلات",
    "المقاتلات",
    "المدفعيه",
    "البيشمركه",
}


_AGREEMENT_NOUNS = {
    "اتفاقيه",
    "اتفاقيات",
    "اتفاق",
    "اتفاقات",
    "مذكره",
    "مذكرات",
    "معاهده",
    "بروتوكول",
    "برتوكول",
}
_WITH = {"مع", "معه", "معها", "معهم", "معهما", "بينهما", "بينهم"}
_SIDES = actors._DUAL_PARTIES | {"الجانبين", "الطرفين", "البلدين", "الوزيرين", "الوفدين"}


def _other_side_near(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """A second party near a talks word: "مع"/"بين", a dual of sides, or two named
    people, bodies or countries in the words around it."""
    if any(
        t.type == "CONSULT" and t.index != i and -14 <= t.index - i <= 8 for t in analysis.triggers
    ):
        return True  # "وجرى خلال الاتصال بحث تطورات الأوضاع": talks within a call
    if i > 0 and analysis.tokens[i - 1].norm.lstrip("و") in ("جري", "جرى", "تم"):
        return True  # "جرى بحث موضوع القضية": talks were held
    if analysis.tokens[i].norm.endswith(("بحثا", "بحثوا", "بحثان")) and not _norm(
        analysis, i - 1
    ).endswith("شبعها"):
        return True  # a dual or plural doer: "الرئيسان بحثا", "يبحثان"
    named = set()
    for j in range(max(0, i - 8), min(len(analysis.tokens), i + 13)):
        norm = _norm(analysis, j)
        if norm in _WITH or analysis.tokens[j].norm in _WITH or norm in _SIDES:
            return True
        hit = ents.get(j)
        if hit is not None and hit[2] in ("PERSON", "ORG", "GPE"):
            named.add(hit[:2])
    return len(named) >= 2


def _sports_words(analysis: Analysis) -> int:
    """How many different sports words the sentence has (اللاعب and لاعب are one)."""
    return len(
        {
            t.core
            for t in analysis.tokens
            if t.core in _SPORTS_STRONG
            or t.core in _SPORTS_SECOND
            or t.norm.lstrip("وف") in _SPORTS_STRONG
        }
    )


# words before الله in names: "عبد الله", "حزب الله", "نصر الله"
_BEFORE_GOD_IN_NAMES = {"عبد", "عبيد", "حزب", "نصر", "فضل", "جار", "عطا", "ضيف", "خلف", "رزق"}


# places one tours, whom no one receives: a visit there meets no party
_SIGHTS = {
    "متحف",
    "متاحف",
    "معرض",
    "معارض",
    "معالم",
    "اثار",
    "مشاعر",
    "مصنع",
    "مطبعه",
    "منتزه",
    "حديقه",
    "مهرجان",
    "قلعه",
}


def _sightseeing(analysis: Analysis, i: int) -> bool:
    """A visit whose object, within the next four words of its clause, is a museum, an
    exhibition, a site or a factory ("زار الوفد متحف المدينة المنورة", "قام الحضور
    بزيارة معرض العيدية", "زار الوفد المشاعر المقدسة")."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 5)):
        if actors._break_between(analysis, j - 1, j):
            return False
        if _bare_word(toks[j].norm).removeprefix("ال") in _SIGHTS:
            return True
    return False


# a notice's words: the posts applied for, those interested, those whose names were listed
_NOTICE_WORDS = {"لشغل", "للوظائف", "الوظائف", "للتقديم", "المهتمين", "المهتمات", "الراغبين"}
_NOTICE_WORDS |= {"الراغبات", "المعلنه", "المعلن"}
# those who meet the conditions: "ودعت الجامعة من تتوفر لديه المؤهلات المطلوبة"
_NOTICE_WORDS |= {"المؤهلات", "تتوفر", "تتوافر", "تنطبق"}
# a company's shareholders, called to their general assembly: "دعت شركة وقاية المساهمين
# فيها إلى اجتماع الجمعية العامة"
_NOTICE_WORDS |= {"المساهمين", "مساهميها", "مساهمي", "مساهميه"}
# what a notice calls applicants to, and who they are (session 32: the reading guide reads
# such notices as no event): interviews, appointments, a portal, papers
_NOTICE_WORDS |= {
    "المقابلات",
    "المقابله",
    "للمقابله",
    "للمقابلات",
    "مواعيد",
    "بالمواعيد",
    "المواعيد",
    "بوابه",
    "المتقدمين",
    "المتقدمات",
    "المقبولين",
    "المقبولات",
    "معينا",
    "المعينين",
    "المعينات",
    "التخرج",
    "علاقي",
}
# forms filled in, job applications, a service's users told where to report (session 58):
# "قبل تعبئة نموذج الالتحاق", "تقديم طلباتها الوظيفية", "دعا كافة المستفيدين إلى الإبلاغ"
_NOTICE_WORDS |= {"الاستماره", "الوظيفيه", "المستفيدين"}
_FILLING_IN = {"تعبيه", "لتعبيه", "بتعبيه"}
_FORMS = {"الاستماره", "استماره", "نموذج", "النموذج", "طلب", "الطلب", "البيانات", "بيانات"}


# routes of supply: "طرق إمداد الحوثيين", "خطوط الإمداد"
_SUPPLY_LINES = {"طرق", "طريق", "خطوط", "خط", "سلاسل", "سلسله", "ممرات"}


# what prompts, after a demonstrative: "هذه المبالغات دعت", "هذا الأمر دعا" (a party
# pointed at calls: "تلك العشائر دعت"; a time is no subject: "هذا الشهر يدعو")
_PROMPTERS = {
    "الامر",
    "الامور",
    "المبالغات",
    "الاحداث",
    "التطورات",
    "الخطوه",
    "المشكله",
    "المشاكل",
    "الاوضاع",
    "الوضع",
    "الحادثه",
    "الحوادث",
    "القضيه",
    "التصريحات",
    "الظاهره",
    "الممارسات",
    "التجاوزات",
    "الانتهاكات",
    "المخاوف",
    "الحاجه",
    "الواقع",
}


def _pointed_thing_before(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """The verb at i follows a demonstrative and a noun of what prompts: the thing that
    prompted ("هذه المبالغات دعت", "هذا الأمر دعا"), not a party calling."""
    if i < 2 or _norm(analysis, i - 2).lstrip("و") not in ("هذه", "هذا", "تلك", "ذلك"):
        return False
    return analysis.tokens[i - 1].norm in _PROMPTERS and not actors._break_between(
        analysis, i - 1, i
    )


def _to_attend(analysis: Analysis, i: int) -> bool:
    """حضور (attendance) right after the call, or past its object within the clause:
    "دعت إلى حضور الحفل", "ودعا الشمري الجميع للحضور"."""
    toks = analysis.tokens
    # (a long object may stand between: "ودعت باريس ما لا يقل عن 130 سوريا من مختلف
    # الفئات السياسية والاجتماعية للحضور")
    for j in range(i + 1, min(len(toks), i + 16)):
        if j > i + 2 and actors._break_between(analysis, j - 1, j):
            return False
        if j >= i + 6 and analysis.verb_trigger_at(j):
            return False
        if _bare_word(toks[j].norm).removeprefix("ل").startswith("حضور"):
            return True
        if toks[j].norm in ("الى", "الي", "على", "علي"):
            # the act asked comes next: attendance or not ("دعا الفصائل إلى الحوار")
            return j + 1 < len(toks) and _bare_word(toks[j + 1].norm).startswith("حضور")
    return False


def _job_notice(analysis: Analysis, i: int) -> bool:
    """The call at i is a notice inviting applicants, candidates or those interested
    ("دعت جامعة جازان المرشحين لشغل الوظائف", "ودعت الخدمة المدنية المعلنة أسماؤهن",
    "ودعت الجمعية المهتمين إلى التسجيل"), within its clause."""
    toks = analysis.tokens
    candidates = papers = False
    for j in range(i + 1, min(len(toks), i + 14)):
        if actors._break_between(analysis, j - 1, j) and j > i + 1:
            break
        norm = toks[j].norm.removeprefix("و")
        if norm in _NOTICE_WORDS:
            return True
        if norm == "الموقع" and _norm(analysis, j + 1).startswith("الالكترون"):
            return True  # "ودعا الشمري الجميع إلى الاطلاع على الموقع الإلكتروني"
        if norm in _FILLING_IN and _norm(analysis, j + 1) in _FORMS:
            return True  # "قبل تعبئة نموذج الالتحاق" (not "تعبئة الرأي العام")
        candidates = candidates or norm in ("المرشحين", "المرشحات")
        papers = papers or norm in _REPORT_WITH_PAPERS
        if candidates and papers:
            # "ودعا العريبي المرشحين لإحضار صورة بطاقة الهوية", "ودعا المرشحين
            # والمرشحات لمراجعة الجامعة" (not "دعا المرشحين إلى الالتزام بالقانون")
            return True
    return False


# what a notice tells candidates to do: bring papers, report to an office
_REPORT_WITH_PAPERS = {"لاحضار", "باحضار", "احضار", "لمراجعه", "بمراجعه", "مراجعه"}
# reporting in person, and the offices reported to: "مراجعة مراكز خدمة العملاء",
# "بالحضور مبكرا في مراكز القيد"
_REPORTING = _REPORT_WITH_PAPERS | {"الحضور", "بالحضور", "للحضور"}
_OFFICES_REPORTED_TO = {"مراكز", "مركز", "مكاتب", "مكتب", "فروع", "فرع", "مقر", "اقرب"}


def _office_visit_notice(analysis: Analysis, i: int) -> bool:
    """The call at i tells the public to report in person to an office or centre (an
    administrative notice, no event): the act of reporting, then within three words the
    offices ("لمراجعة مراكز خدمة العملاء", "بالحضور مبكرا في مراكز القيد"), in the
    clause, within sixteen words."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 16)):
        if j > i + 1 and actors._break_between(analysis, j - 1, j):
            return False
        if toks[j].norm.removeprefix("و") in _REPORTING:
            return any(
                toks[k].norm.removeprefix("ال") in _OFFICES_REPORTED_TO
                for k in range(j + 1, min(len(toks), j + 4))
                if not actors._break_between(analysis, k - 1, k)
            )
    return False


def _farewell(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """ودّع (to bid farewell, to go out of a cup) read as و + دعا: nothing asked for in
    the sentence after it (no إلى, no لـ-phrase, no بـ-masdar) and something one sees
    off near it ("ودعت جمعية البر بالأحساء 27 مصابا", "ودعت عشرة فرق الدورة"); a call
    says to what ("ودعت الرابطة علماء الأمة إلى", "ودعا السهلي المواطنين بالابتعاد")."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 16)):
        if toks[j].norm in ("الى", "الي") or actors._break_between(analysis, j - 1, j):
            break
        if _bare_word(toks[j].norm) in _LEAVING:
            # the ones seen off leave, before any إلى of a call: "ودعت المديرية العامة
            # للشؤون الصحية 40 كادرا طبيا غادروا إلى الحد الجنوبي"
            return True
    seen_off = False
    for j in range(i + 1, min(len(toks), i + 40)):
        norm = toks[j].norm.removeprefix("و")
        if seen_off and j > i + 12:
            break  # (the dead seen off, what follows is another clause: "أثناء أدائهم لصلاة")
        if norm in ("الى", "الي") and _norm(analysis, j + 1).startswith(_RESTING_PLACES):
            continue  # to the grave: "ودعت جموع غفيرة جثامين الشهداء إلى مقبرة الشرف"
        if (
            norm in ("الى", "الي")
            or norm[:1] == "ل"
            and norm not in _LAM_PRONOUNS  # "غفر لكما": for whom, nothing asked
            or _asked_with_bi(norm, j, ents)
        ):
            return False
        bare = _bare_word(norm)
        seen_off = seen_off or (
            j <= i + 12
            and (bare in _SEEN_OFF or "ال" + norm.removesuffix("نا") in _SEEN_OFF)  # فقيدنا
        )
    return seen_off


_CARE = {"الرعايه", "العنايه", "التربيه", "الاهتمام"}
_CASES = {"القضايا", "قضايا", "القضيه", "قضيه", "الملف", "الملفات", "ملفات", "الابحاث", "الشكايات"}
# who takes charge of a case in Tunisian usage (تعهد), and the case they take
_INVESTIGATORS = {
    "قضاه",
    "فرقه",
    "الفرقه",
    "وحده",
    "الوحده",
    "قاضي",
    "قاضيه",
    "النيابه",
    "الشرطه",
    "الحرس",
    "اعوان",
    "مصالح",
    "فرق",
    "الفرق",
    "المحكمه",
    "دايره",
    "الوحدات",
    "وحدات",
    "الامنيه",  # "تعهدت السلطات الأمنية بالبحث في الموضوع"
    "القضاء",  # "القضاء العسكري تعهّد بفتح تحقيق"
}
_INQUIRY = {
    "تحقيق",  # "تعهّد بفتح تحقيق"
    "بالبحث",
    "البحث",
    "الابحاث",
    "بالابحاث",
    "بالتحقيق",
    "التحقيق",
    "التحقيقات",
    "التحريات",
    "بالملف",
    "بالقضيه",
    "بالموضوع",
}
# ready to do: "مستعد لإطلاق سراح", "أبدى استعداده للتعاون" (not done yet)
_READY = {
    "مستعد",
    "مستعده",
    "مستعدون",
    "مستعدين",
    "استعداد",
    "استعداده",
    "استعدادها",
    "استعدادهم",
    "جاهز",
    "جاهزه",
    "جاهزون",
}
# what is rallied that is no force: "حشد التأييد", "حشد الدعم الدولي"
_BACKING = {
    "التاييد",
    "تاييد",
    "الدعم",
    "دعم",
    "المسانده",
    "مسانده",
    "الاصوات",
    "اصوات",
    "الجهود",
    "جهود",
    "الراي",
    "الموارد",
    "التمويل",
}
# rooms named after what is held in them: "قاعة الاجتماعات"
_ROOMS = {"قاعه", "صاله", "غرفه", "قاعات", "صالات", "غرف"}
_LAM_PRONOUNS = {"له", "لها", "لهم", "لهما", "لك", "لكم", "لكما", "لنا", "لي"}


# what one bids farewell to or goes out of: a cup, the injured, the dead, a month
# the ones seen off, leaving (right after them): "40 كادراً طبيا وفنياً غادروا إلى"
_LEAVING = {"غادروا", "المغادرين", "المغادرون", "المتوجهين", "المتقاعدين", "المتقاعدات"}
_SEEN_OFF = {
    "البطوله",
    "الدوره",
    "المنافسات",
    "المنافسه",
    "البطولات",
    "الكاس",
    "التصفيات",
    "جثمان",
    "جثامين",
    "جثث",
    "شهداء",
    "الشهداء",
    "الشهيد",
    "الفقيد",
    "الراحل",
    "مصابا",
    "مصابين",
    "المصابين",
    "الحجاج",
    "ضيوف",
    "رمضان",
    "الشهر",
}


# where the dead are taken: "إلى مقبرة الشرف", "إلى مثواه الأخير"
_RESTING_PLACES = ("مقبره", "المقبره", "مقابر", "المقابر", "مثوا", "مثوي")


def _asked_with_bi(norm: str, j: int, ents: actors.EntityIndex) -> bool:
    """A بـ-masdar, what a call asks for ("بالابتعاد", "بسرعة زيارة"), not a place."""
    stem = norm[1:].removeprefix("ال")
    return (
        norm[:1] == "ب"
        and j not in ents
        and len(stem) >= 3
        and (actors.derived_masdar(stem) or stem.endswith("ه"))
    )


def _prayer(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """God named in the trigger's clause, or what a prayer asks for just after it
    ("ودعا سموه في اتصال هاتفي المولى عز وجل", "دعا للفقيد بالرحمة"); not God's name
    inside a named party ("الشيخ راشد بن عبد الله", "حزب الله")."""
    toks = analysis.tokens
    if (
        i + 1 < len(toks)
        and toks[i + 1].norm in _PRAYED_FOR
        and _norm(analysis, i).lstrip("وف").startswith(("دعا", "دعو", "يدعو", "تدعو", "دعت"))
    ):
        return True  # "حيث دعوا للشهداء والمصابين": for the dead and the wounded
    if (
        i + 1 < len(toks)
        and toks[i + 1].norm in ("له", "لها", "لهم")
        and _norm(analysis, i).lstrip("وف").startswith(("دعا", "يدعو", "تدعو", "دعت"))
        and (i + 2 == len(toks) or actors._break_between(analysis, i + 1, i + 2))
        and not any(_norm(analysis, k) in _CALL_RELATIVES for k in range(max(0, i - 3), i))
    ):
        return True  # "أحبه ودعا له،", "ولد صالح يدعو له": for him, not "التي دعا لها"
    for j in range(i + 1, min(len(toks), i + 1 + _PRAYER_WINDOW)):
        gap = analysis.text[toks[j - 1].end : toks[j].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap) and not (
            gap.strip() == "." and toks[j - 1].norm in actors._TITLE_ABBREVIATIONS
        ):
            return False  # not a dash or a bracket: "ودعا سموه -الله عز وجل-" (nor "د.")
        norm = _norm(analysis, j)
        if norm in _MERCY_VERBS:
            return True  # "أن يتغمد المتوفين بواسع رحمته"
        if norm == "الله" and _norm(analysis, j + 1) in ("ان", "عز"):
            # "ودعا د. السند الله عز وجل أن يحفظ", "ودعا الدكتور خالد المصلح الله أن
            # ينتقم": God asked, even where the tagger ran the name on into الله
            return True
        if (
            (norm in _GOD or toks[j].norm in _GOD)
            and ents.get(j, (j,))[0] == j
            and _norm(analysis, j - 1) not in _BEFORE_GOD_IN_NAMES
        ):
            return True  # (God's name ending a longer name is no prayer: "عبد الله")
        if j <= i + 6 and (norm in _PRAYER_GOODS or toks[j].norm in _PRAYER_GOODS):
            return True
        if norm == "عز" and _norm(analysis, j + 1) == "وجل":
            return True
    return _god_asked_to_bless(analysis, i)


# what God is asked to do for a land or a people: "بأن يحفظ الله المملكة"
_BLESSING_VERBS = {"يحفظ", "يديم", "يوفق", "ينصر", "يبارك", "يجزي", "يعيد"}


def _god_asked_to_bless(analysis: Analysis, i: int) -> bool:
    """ "أن يحفظ الله …" in the clause of the call at i, past a long subject: "ودعا معالي
    الأمين العام لرابطة العالم الإسلامي في ختام بيانه بأن يحفظ الله المملكة"."""
    toks = analysis.tokens
    for j in range(i + 2, min(len(toks) - 1, i + 18)):
        if any(c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j - 1].end : toks[j].start]):
            return False
        if (
            _norm(analysis, j) in _BLESSING_VERBS
            and _norm(analysis, j - 1) in ("ان", "بان")
            and _norm(analysis, j + 1) == "الله"
        ):
            return True
    return False


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
        if (
            toks[j].core in _PERSON_WORDS
            or _norm(analysis, j) in _PERSON_WORDS
            or toks[j].norm in _PERSON_WORDS  # "وزير": its و is its own
        ):
            return True
    return False


_BULLETS = "*•▪◾●-"


def _demand_clause(analysis: Analysis, i: int) -> bool:
    """A demand verb (دعا، طالب، حث) then إلى before the trigger in the same clause."""
    toks = analysis.tokens
    seen_to = False
    for j in range(i - 1, max(-1, i - 24), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
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
    # a plural masdar keeps its shape under a pronoun: "اتصالاتهم", "زياراتها"
    return w.startswith(("ال", "لل", "بال", "ل", "ب")) or w.endswith(
        ("ا", "ه", "ات", "اتها", "اتهم", "اتنا", "اتكم")
    )


# ---- clause status --------------------------------------------------------------------
# verbs of wishing: what is wished for has not happened
_WISHING = {"اتمني", "نتمني", "يتمني", "تتمني", "نامل", "امل", "اتطلع", "نتطلع"} | {
    # one's hope expressed: "أعربت عن أملها بصدور إدانة سريعة"
    *("امله", "املها", "املهم", "املنا", "تمنيه", "تمنياته"),
}
# verbs of keeping a habit: "دأبت الشركة على دعم", "اعتادت الوزارة تكريم"
_HABITUAL_VERBS = {
    "داب",
    "دابت",
    "دابوا",
    "يداب",
    "تداب",
    "اعتاد",
    "اعتادت",
    "اعتادوا",
    "يعتاد",
    "تعتاد",
}
# words of thanks: the support one thanks for is ongoing, the thanks is the event
_THANKS = {
    "شكر",
    "شكره",
    "شكرها",
    "الشكر",
    "شاكرا",
    "امتنانه",
    "امتنانها",
    "تقديره",
    "تقديرها",
    "ثمن",
    "يثمن",
    "مثمنا",
    "نوه",
    "منوها",
}
# verbs of enjoying or meeting with what others give: "ما يحظى به من دعم"
_ENJOYING = {"يحظي", "تحظي", "حظي", "حظيت", "يلقي", "تلقي", "يلقاه", "تلقاه", "يجده", "تجده"}
# masdars of furthering that make the masdar before them a topic: "دعم تعزيز العلاقات"
_FURTHERING = ("تعزيز", "تطوير", "توسيع", "تفعيل", "تنميه", "تمتين", "تعميق")
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
_MANY = {
    "بعض",
    "عديد",
    "عديدا",
    "كثير",
    "كثيرا",
    "معظم",
    "غالبيه",
    "اغلب",
    "هناك",
    "كل",
    "جميع",
    "الجميع",
}
# an aim or a keenness: "حريصة على دعم", "بهدف دعم", "يسهم في دعم", "يحرصون على زيارتها"
_AIM = {
    "حرص",
    "يحرص",
    "تحرص",
    "يحرصون",
    "حريص",
    "حريصه",
    "حريصون",
    "الحرص",
    "هدف",
    "يهدف",
    "تهدف",
    "بهدف",
    "الهدف",
    "يسعى",
    "تسعى",
    "سعيا",
    "يسهم",
    "تسهم",
    "يساهم",
    "تساهم",
    "للمساهمه",
    "يعمل",
    "تعمل",
    "العمل",
}
_AIM_PREPS = {"على", "علي", "في", "الى", "الي"}
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
    # the accusative: "انتقد البرلمان اجتماعا مقررا بين"
    "مقررا",
    "متوقعا",
    "مرتقبا",
}
# lasting or general support: "دعمه الدائم", "التعاون المستمر"
_LASTING_AFTER = {"الدائم", "الدايم", "المستمر", "المتواصل", "اللامحدود", "الدائمه", "المستمره"}
_THEY = {"هم", "وهم", "فهم", "انهم", "لانهم", "فانهم"}
# a habit: "يزوره بانتظام", "يزوره بصفة منتظمة"
_HABITUAL = {
    "بانتظام",
    "باستمرار",
    "دايما",
    "دائما",
    "عاده",
    "دوريا",
    "سنويا",
    "يوميا",
    "عموما",
    "غالبا",
}
_HABITUAL_MANNER = {"بصفه", "بشكل", "بصوره"}
_HABITUAL_KIND = {"منتظمه", "منتظم", "دوريه", "دوري", "مستمره", "مستمر", "دايمه", "دائمه"}
# whoever, whatever: "لا تتعايش مع من يهدد أمنها"
_WHOEVER = {"من", "ما", "لمن", "بمن", "ممن"}
# a question or a counterfactual asserts nothing: "هل تم التنسيق؟", "لو كان تعاون"
_ASKING = {"هل", "وهل", "فهل", "اهل"}
_IF_ONLY = {"لو", "ولو", "فلو", "لولا", "ولولا"}
_QUESTION_WINDOW = 12
_WAS = {"كان", "كانت", "كانوا"}
# "لوّح بـ": brandished, an act threatened, not done
_BRANDISHING = {"لوح", "لوحت", "لوحوا", "يلوح", "تلوح", "يلوحون", "ملوحا", "ملوحه", "ملوحين"}
# "في حالات كثيرة", "في كثير من الأحيان", "أحيانا": sometimes, before an imperfect
_SOME_TIMES = {"حالات", "الاحيان", "احيانا", "واحيانا"}
_STILL = {"مازال", "مازالت", "يزال", "تزال", "زال", "زالت", "ظل", "ظلت", "يظل", "تظل"}


_TRYING_NOUNS = {"محاوله", "محاولات", "امكان", "الامكان"}
# a masdar right after these is possible or attempted, not done
_POSSIBLE_OR_TRIED = {
    "يمكن",
    "يمكنه",
    "يمكنها",
    "يمكنهم",
    "بالامكان",
    "بامكان",
    "امكان",
    "الامكان",
    "حاول",
    "حاولت",
    "حاولوا",
    "يحاول",
    "تحاول",
    "يحاولون",
    "محاوله",
    "محاولات",
    "لمحاوله",
}
_POSSIBLE_OR_TRYING_VERBS = _POSSIBLE_OR_TRIED - _TRYING_NOUNS


# acts whose present tense in a row of verbs describes a practice
_PRACTICE_TYPES = {"SUPPORT", "COOPERATE", "AID", "COERCE", "CONSULT"}


def _stated_or_got(analysis: Analysis, i: int) -> bool:
    """A stance verb (أكد، أعلن، جدد، أبدى، عبر عن), a verb of getting (لقي، تلقى، حصل
    على) or of giving (قدم، منح) in the clause within five words before the masdar at i."""
    words = [_bare_word(w) for w in _clause_before(analysis, i, 5)]
    return any(
        w in actors._STANCE_VERBS or w in actors._STANCE_PARTICIPLES or w in _GETTING or w in _GIVE
        for w in words
    ) or ("عن" in words and any(w in actors._EXPRESSED for w in words))


def _opening_verb(analysis: Analysis, i: int) -> bool:
    """The word at i opens its clause and a party follows it: a perfect verb with its
    subject ("ودعم الرئيس الأمريكي خطة السلام"), not a masdar."""
    toks = analysis.tokens
    opens = i == 0 or actors._break_between(analysis, i - 1, i)
    if not opens or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].norm
    return actors._title_head(nxt) or actors._party_word(nxt) or actors.is_actorish(analysis, i + 1)


# verbs of getting support: "لقي دعم أربعة اتحادات", "حصل على دعم"
_GETTING = {"لقي", "لقيت", "تلقي", "تلقت", "حصل", "حصلت", "نال", "نالت", "يلقي"}


def clause_status(analysis: Analysis, trig: Trigger) -> tuple[str | None, str | None, bool]:
    """(polarity, modality, background) the clause gives the trigger beyond the shared
    cues of features.cue_flags: None where it says nothing; modality "actual" only where
    the clause undoes the cues' demand (a finite verb of its own after و)."""
    i = trig.index
    toks = analysis.tokens
    polarity = modality = None
    background = False
    # a negation is read in the trigger's own clause, not across punctuation: "لن تدخر
    # جهدا، داعيا المجتمع الدولي" calls
    before = _clause_before(analysis, i, 3)
    since = i - len(before)
    near = range(max(since, i - 2), i)
    if any(negator(toks[j].norm) and not relative_ma(analysis, j) for j in near):
        polarity = "negated"  # "ولم يتهم", "ولا يساهم في دعم"
    nominal = nominal_shape(toks[i].norm, trig.kind)
    if nominal and any(
        negator(w)
        and w != "غير"
        and _norm(analysis, j + 1) not in ("سيما", "بد")
        and not relative_ma(analysis, j)
        for j, w in zip(range(since, i), before, strict=True)
    ):
        # a masdar under a negated verb: "ولا يساهم في دعم", "ولم يرد على اتصالاتهم"
        polarity = "negated"
    if (
        nominal_shape(toks[i].norm, "noun")
        and i > 0
        and actors.verb_like(analysis, i - 1)
        and toks[i - 1].norm.lstrip("وف")[:1] == "س"
    ):
        modality = "future"  # the object of a future verb: "مصر ستستضيف اجتماعا"
    if any(w in ("بد", "لابد") for w in before):
        modality = "demanded"  # "فلا بد من موافقة خامنئي": what must happen
    near_clause = _clause_before(analysis, i, 5)
    norm = toks[i].norm
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    imperfect = trig.kind == "verb" and bare[:1] in "يت" and not bare.startswith("تع")
    if (
        trig.kind == "verb"
        and trig.type in _PRACTICE_TYPES
        and imperfect
        and any(
            toks[j].norm[:2] in ("وي", "وت")
            and len(toks[j].norm) >= 5
            and actors.verb_like(analysis, j)
            and not actors._break_between(analysis, i, j)
            for j in range(i + 1, min(len(toks), i + 4))
        )
    ):
        # "وزارة الشؤون الاجتماعية تدعم وتشجع وتستقبل": present verbs in a row describe
        # a practice, not an act
        background = True
    if not imperfect:
        # a masdar, or a bare form read as one ("تعاون", "دعم"): not an imperfect verb
        if any(w in ("ضروره", "بضروره") for w in near_clause[-2:]):
            modality = "demanded"  # "أكد على ضرورة التعاون مع الجانب الإيراني"
        if any(w in _ASKING_VERBS for w in near_clause[-3:]) and trig.type != "REQUEST":
            modality = "demanded"  # "طلبت فيه دعم موقفنا": support asked for, not given
        if trig.type != "AGREE" and _agreed_on(near_clause):
            modality = "future"  # "اتفقا على تعاون وثيق": cooperation agreed, still to come
        if any(_norm(analysis, j) in _DEEMED_AFTER for j in range(i + 1, min(len(toks), i + 4))):
            background = True  # "تعاون الجهات الحكومية يعتبر عاملا أساسيا": a kind of act
    if any(w in _PERMITTING for w in near_clause):
        modality = "hypothetical"  # "التي تتيح لأحد الأعضاء طلب مشاورات": allowed, not done
    if any(w.removeprefix("و") in HOW_OFTEN for w in near_clause) and "ما" in near_clause:
        background = True  # "عادة ما يصدر قرار بإطلاق سراح مشروط": what usually happens
    if any(w.lstrip("وف") == "كلما" for w in near_clause):
        background = True  # "وكانوا كلما طلبت منهم فعل شيء": whenever, a habit
    if any(_bare_word(w) in _WISHING for w in near_clause):
        modality = "hypothetical"  # "وأتمنى أن تتم مطالبة جميع الوحدات": wished for
    if trig.type != "THREATEN" and any(
        # (across the commas of the brandisher's name: "لوّح رئيس الحزب، سليم الرياحي،")
        _norm(analysis, j).lstrip("وف") in _BRANDISHING
        for j in range(max(0, i - 12), i)
    ):
        modality = "hypothetical"  # "لوّح الرياحي بانسحاب حزبه": a withdrawal threatened
    if any(w in _READY for w in near_clause):
        modality = "hypothetical"  # "أكد أنه مستعد لإطلاق سراح العشرات": ready, not done
    if _held_off(analysis, i, trig.type):
        modality = "hypothetical"  # "هددت باعتقال والدته", "تجنب طلب مساعدة", "في صورة تراجع"
    if any(w.lstrip("ول") == "طالما" for w in near_clause):
        background = True  # "وأنها لطالما دعت إلى": what one has often done
    # (سراح after إطلاق is a noun too, though the lexicon lists it with the verb forms)
    if (
        nominal
        or i > 0
        and toks[i - 1].norm == "اطلاق"
        # "من التوصل إلى تفاهم": a masdar the agreement family counts as a verb
        or i > 1
        and toks[i - 1].norm in ("الي", "الى")
        or toks[i].norm.removeprefix("ل") == "التوصل"
    ) and _refused(analysis, i, trig.type):
        polarity = "negated"  # "ترفض إطلاق سراح الهكر", "فشل في الحصول على موافقة البرلمان"
    if "مشروع" in near_clause and any(w in ("قرار", "القرار") for w in near_clause):
        modality = "hypothetical"  # "مشروع قرار يدعو إلى": a draft asks nothing yet
    # a noun, or a word of a verb family shaped like a masdar
    masdar_like = nominal_shape(toks[i].norm, "noun") or trig.kind != "verb"
    if (
        i == 0
        and analysis.text.lstrip()[:1] in _BULLETS
        and not imperfect
        # a masdar, or a list of them ("دعم وتبني"); not a verb and its subject ("* أدان
        # المجلس")
        and (masdar_like or (len(toks) > 1 and toks[1].norm[:1] == "و"))
    ):
        modality = "hypothetical"  # "* دعم وتبني الموهوبين ...": a listed recommendation
    if masdar_like and _norm(analysis, i - 1) == "من" and "قبل" in near_clause[-5:-1]:
        background = True  # "قبل ثلاثة أشهر من زيارة الرئيس": a time reference
    if (
        trig.type == "SUPPORT"
        # (not "بدعم من التحالف": support in action with its giver, told as done)
        and toks[i].norm.lstrip("وف") == "دعم"
        and not _stated_or_got(analysis, i)
        and not _opening_verb(analysis, i)
    ):
        # bare "دعم" is mostly a kind of act ("دعم الوقود", "عبر دعم زعزعة الاستقرار",
        # "تسهم في دعم جهود"): 8 of 52 right in five read samples; reported only as a
        # stance stated ("أكد دعم مصر الكامل للحكومة") or support got ("لقي دعم")
        background = True
    if any(_bare_word(w) in _HABITUAL_VERBS for w in _clause_before(analysis, i, 16)):
        background = True  # "دأبت على تفعيل ... ودعم أفراد المجتمع": what one keeps doing
    if _norm(analysis, i - 1) == "من" and any(_bare_word(w) in _ENJOYING for w in near_clause):
        background = True  # "لما يحظى به الجهاز من دعم القيادات": support one enjoys
    if (
        trig.type == "SUPPORT"
        and masdar_like
        and any(_bare_word(w) in _THANKS for w in _clause_before(analysis, i, 12))
    ):
        background = True  # "شكره لخادم الحرمين على ما تجده الهيئة من دعم": the thanks is it
    if trig.type in ("SUPPORT", "COOPERATE") and _core(analysis, i + 1).startswith(_FURTHERING):
        background = True  # "ودعم تعزيزها", "دعم تطوير العلاقات": a topic, not an act
    if before and (
        _bare_word(before[-1]) in _POSSIBLE_OR_TRIED
        # a verb of trying with its subject or أن between ("وحاولت الصحيفة الاتصال"); the
        # masdar only right before ("عند محاولة استيقافه رفض": the refusal happened)
        or (len(before) > 1 and _bare_word(before[-2]) in _POSSIBLE_OR_TRYING_VERBS)
    ):
        # "ويمكن دعم اللجنة بمختصين", "حاولت الاتصال بالمتحدث": possible or tried, not done
        modality = "hypothetical"
    if any(
        w in _PURPOSE and before[k + 1 : k + 2] != ["مون"]  # not "بان كي مون"
        for k, w in enumerate(before)
    ):
        modality = "hypothetical"  # "لكي يرفض", "سواء دعم"
    if any(w in _FACING for w in before[-2:]):
        modality = "hypothetical"  # "يواجه السجن", "تواجه عقوبات"
    nxt = _norm(analysis, i + 1)
    if nxt in _PLANNED_AFTER or _norm(analysis, i + 2) in _PLANNED_AFTER and nxt[:2] == "ال":
        modality = "future"
    finite = actors.finite_after_and(analysis, i)
    if _demand_clause(analysis, i) and trig.type != "REQUEST" and not finite:
        modality = "demanded"  # "دعا المجلس الدول إلى دعم الحكومة والتعاون معها"
    if nxt in _LASTING_AFTER or any(w in _BECAUSE for w in before[-2:]):
        background = True  # "دعمه الدائم"; a reason given in passing: "لأنه هاجم"
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
        # "دعمها", "دعمنا" end in a pronoun, not the accusative: a stance stated ("أكدت
        # الحكومة دعمها") is reported; an ongoing support referred to is in passing
        and not (bare.endswith(("ها", "نا")) and actors.stance_masdar(analysis, i))
        and not bare.startswith("ال")
        and i > 0
        and trig.type in ("SUPPORT", "COOPERATE", "AID")
        and not any(_norm(analysis, j) in _GIVE for j in range(max(0, i - 3), i))
    ):
        background = True  # accusative of purpose: "دعماً لـ", "تأييداً" (not "قدمت دعما")
    if nominal and bare.startswith("ال") and bare.endswith("ات"):
        background = True  # a definite plural names a kind: "الزيارات", "الاعتقالات"
    if nominal and (
        _core(analysis, i - 1) in _TOPIC_HEADS or _norm(analysis, i - 1) in _TOPIC_HEADS
    ):
        background = True
    if (
        not imperfect
        and i > 0
        and _surface(analysis, i - 1).lstrip("و") in ("آلية", "الية", "ألية", "آليات", "اليات")
    ):
        background = True  # "وبحث آلية دعم المستشفيات" (the written ة tells آلية from إليه)
    # after a preposition or an aim noun, and in a list of masdars, the word is a masdar
    # whatever its shape ("على دعم", "بهدف دعم", "دعم وتطوير")
    if (nominal or not imperfect) and _after_aim(analysis, i):
        background = True  # "حريصة على دعم", "بهدف دعم": an aim, not an act
    if (nominal and _norm(analysis, i - 1) in ("كل", "اي")) or _listed_with_masdar(analysis, i):
        background = True  # "خلف كل دعم", "ما يلقاه من دعم وتطوير وتشجيع": a kind of act
    if imperfect and _after_an(analysis, i):
        # "يشترط أن يوافق الأطراف": the subjunctive asserts nothing; "قبل أن يعتقله
        # ضابط" tells what happened
        modality = "hypothetical"
    if imperfect:
        if i > 0 and toks[i - 1].norm in actors._RELATIVES:
            background = True  # "التحركات التي تدعمها"
        after = [_norm(analysis, j) for j in (i + 1, i + 2)]
        if any(w in _MANY or w in _STILL for w in before + after):
            background = True  # "بعض الدول ترفض", "ترفض بعض الدول", "لا يزال يرفض"
        clause = _clause_before(analysis, i, 5)
        if any(w in _MANY and clause[k + 1 : k + 2] == ["من"] for k, w in enumerate(clause)):
            background = True  # "إلا أن كثيرا من دول العالم ترفض هذه السياسة"
        if any(w in _THEY for w in before[-1:]):
            background = True  # a characterisation: "إنهم يدعمون", "فهم يدعمون"
        if _habitual(analysis, i) or any(w in _SOME_TIMES for w in clause):
            # "يزور السجن بصفة منتظمة", "في حالات كثيرة يرفض الحوثيون", "أحيانا يطلب"
            background = True
        if (
            i > 1
            and _indefinite_plural(toks[i - 1].norm)
            and not actors._break_between(analysis, i - 2, i - 1)
            and toks[i - 2].norm not in actors._CLAUSE_START
        ):
            # a description inside a clause: "استردها مقاتلون محليون تدعمهم الحكومة";
            # not a headline's subject ("مسؤولون يطالبون")
            background = True
        if i > 0 and toks[i - 1].norm in _WHOEVER:
            background = True  # "مع من يهدد أمنها": whoever does it
        if any(w.lstrip("وف") in _WAS for w in before):
            background = True  # "كان الطبيب يطلب مقابلا", "كان يستقبل": a past habit
        if (
            trig.type == "CONSULT"
            and not bare.startswith(_RECEIVE)
            and not any(w in _WAS for w in before)
            and not headline(analysis)
            and bare not in ("تشاور", "تباحث", "تشاورا", "تباحثا")  # form VI perfects
        ):
            # news tells a meeting that took place in the perfect; the imperfect
            # announces one: "يلتقي كيري في الدوحة نظيره الروسي", "يجتمع ... ظهر اليوم"
            # (a headline's imperfect is its present: "أوباما يزور شرق أفريقيا"; "يبحث
            # خلالها" is what a visit under way holds)
            modality = "future"
    if (nominal or trig.kind == "noun") and any(
        w in _DELAYING for w in _clause_before(analysis, i, 7)
    ):
        polarity = "negated"  # "أخرت الخلافات بين نيجيريا وجيرانها نشر القوة": not done
    if before[-1:] == ["الا"] and toks[i].norm.lstrip("وف")[:1] == "ب":
        modality = "hypothetical"  # "لن تسلح العشائر إلا بموافقة بغداد": a condition
    if before[-1:] == ["الا"] and trig.kind == "verb" and toks[i].norm.lstrip("وف")[:1] in "يت":
        polarity = "negated"  # "ألا يهددوا إيرانيا": أن + لا, that they not threaten
    if nominal and _predicate_not_done(analysis, i):
        modality = "hypothetical"  # "اتفاقا كهذا لن يكون ممكنا", "اتفاقا قد يستكمل"
    if (
        nominal
        and trig.type == "CONSULT"
        and (_norm(analysis, i - 1) in _CALLED_OFF or _core(analysis, i - 1) in _CALLED_OFF)
    ):
        # "تأجيل زيارة الوزير", "إلغاء الاجتماع": the meeting did not take place (not so
        # "إلغاء الحظر", the lifting of a sanction that was)
        polarity = "negated"
    if nominal and trig.type == "CONSULT" and _cancelled_by_verb(analysis, i):
        polarity = "negated"  # "وألغت إدارة الغذاء والدواء اجتماعا": called off
    if nominal and any(
        _norm(analysis, j)[:1] in "يت" and len(_norm(analysis, j)) >= 4 and _after_an(analysis, j)
        for j in (i - 1, i - 2)
    ):
        modality = "hypothetical"  # "يجب أن تقدم دعما", "أن يقوم بدعم": not done yet
    particle = analysis.text[toks[i - 1].start : toks[i - 1].end] if i > 0 else ""
    if (
        i > 0
        and toks[i - 1].norm in ("ان", "فان")
        and "أ" not in particle  # "أنّ تعاونهم": the complementizer, not the condition
        and (i == 1 or actors._break_between(analysis, i - 2, i - 1))
        and trig.kind == "verb"
        and not imperfect
        and not nominal
        and not actors._possessed(analysis, i)
    ):
        modality = "hypothetical"  # "إن انسحب عضو منه فمعناه": a condition
    if i > 1 and toks[i - 1].norm == "من" and _norm(analysis, i - 2) == "كل":
        background = True  # "لا تعتبروا كل من انتقد القرار عدوا": whoever did
    if _question_or_counterfactual(analysis, i):
        modality = "hypothetical"  # "هل تم التنسيق مع ...؟", "لو ... وتعاون مع"
    if trig.type == "SUPPORT" and (nxt in _ABSTRACTIONS or _core(analysis, i + 1) in _ABSTRACTIONS):
        background = True  # "دعم الأمن والاستقرار", "دعم المواهب": a kind of aim, no party
    clause = _clause_before(analysis, i, 7)
    if any(w in _NEEDED for w in clause):
        modality = "hypothetical"  # "يحتاج إلى وقت وجهد وتعاون دولي", "يستلزم موافقة"
    if any(w == "بدلا" for w in clause[-4:]):
        polarity = "negated"  # "حوربوا بدلا من أن يتم دعمهم": what was not done
    if len(clause) >= 2 and clause[-1] == "او":
        modality = "hypothetical"  # "قبول أو رفض الصفقة": a choice still open
    if finite and modality is None:
        # a verb of its own after و: done, whatever demand verb came before it (the
        # shared cues read one within four words as a demand: "طالب الوزير بوقف القتال
        # ويتهم المعارضة")
        modality = "actual"
    return polarity, modality, background


# verbs of giving, whose accusative masdar is what was given: "قدمت المملكة دعما ماليا"
_GIVE = {"قدم", "قدمت", "يقدم", "تقدم", "منح", "منحت", "يمنح", "تمنح", "تلقي", "تلقى", "تلقت"}
# verbs that hold an act back: "أخرت الخلافات نشر القوة", "عرقلت إسرائيل الاتفاق"
# (not the bare "اخر": as آخر, "other", it opens "من جانب آخر", "في سياق آخر")
_DELAYING = {"اخرت", "يؤخر", "تؤخر", "عرقلت", "عرقل", "يعرقل", "تعرقل", "ارجات", "اجلت"}
_CALLED_OFF = {"تاجيل", "الغاء", "ارجاء", "تعليق", "بتاجيل", "بالغاء", "لتاجيل"}
# the perfects of calling off: "ألغت", "أجّل", "أرجأت"
_CALLED_OFF_VERBS = {"الغي", "الغت", "الغوا", "اجل", "اجلت", "اجلوا", "ارجا", "ارجات", "ارجاوا"}


def _cancelled_by_verb(analysis: Analysis, i: int) -> bool:
    """The meeting noun at i is the object of a verb of calling off before it, past its
    subject, with no other verb or punctuation between: "وألغت الإدارة اجتماعا"."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - 6), -1):
        if actors._break_between(analysis, j, j + 1):
            return False
        word = _bare_word(toks[j].norm)
        if word in _CALLED_OFF_VERBS:
            return True
        if analysis.verb_trigger_at(j) or actors.verb_like(analysis, j):
            return False
    return False


_ASKING_VERBS = {"طلب", "طلبت", "يطلب", "تطلب", "طالب", "طالبت", "يطالب", "تطالب", "ناشد"}
# what a masdar is deemed, after it: "تعاون الجهات يعتبر عاملا أساسيا" (the THREATEN
# senses have their own _DEEMED before the trigger, with "تشكل")
_DEEMED_AFTER = {"يعتبر", "تعتبر", "يعد", "تعد", "يمثل", "تمثل"}
_PERMITTING = {"يتيح", "تتيح", "يسمح", "تسمح", "يجوز", "يحق", "بامكان", "يخول", "تخول"}


# verbs that keep an act from happening, and the acts one refuses or fails to do (not an
# attack one rejects, or a deal: "رفضت الحكومة الهجوم" condemns what others did)
_REFUSING = {"رفض", "رفضت", "يرفض", "ترفض", "رفضوا", "يرفضون", "منع", "منعت", "يمنع", "تمنع"}
_REFUSING |= {"عرقل", "عرقلت", "يعرقل", "تعرقل", "تعطل", "تعطيل"}
_FAILING = {"فشل", "فشلت", "فشلوا", "يفشل", "تفشل"}


def _failing(norm: str) -> bool:
    """A verb of failing, as written or after a conjunction (فشلت keeps its ف: it is no
    conjunction, which _bare_word would strip)."""
    return norm in _FAILING or _bare_word(norm) in _FAILING


_REFUSABLE = {"CONCEDE", "RETREAT", "AID", "COOPERATE"}
_BEFORE_REFUSED = {"في", "الحصول", "علي", "على", "اطلاق", "عن", "من"}


def _refused(analysis: Analysis, i: int, event_type: str) -> bool:
    """The act whose masdar is at i is what a verb before it refuses, prevents or fails to
    get: "شرطة الليث ترفض إطلاق سراح الهكر", "وتعطل إطلاق سراح الصيادين", "فشل كاميرون
    في الحصول على موافقة البرلمان"; so it did not happen. Not an attack or a protest
    ("فشل الهجوم": it failed, it happened)."""
    if event_type in lexicon.MODELLED_TYPES:
        return False
    toks = analysis.tokens
    reach = (
        i - 2
        if i >= 3
        and toks[i - 1].norm in ("الي", "الى")
        and toks[i - 2].norm.removeprefix("ل") in ("التوصل", "توصل")
        else i
        if toks[i].norm.removeprefix("ل") == "التوصل"  # (the concluding masdar itself)
        else None
    )
    if reach is not None:
        # failed to reach it, the failure said further back: "فشلت فيه المحادثات بين
        # قادة المؤسستين ... من التوصل إلى تفاهم"
        for j in range(reach - 1, max(-1, reach - 14), -1):
            if any(c in ".:;؛!?؟" for c in analysis.text[toks[j].end : toks[j + 1].start]):
                break
            if _failing(toks[j].norm):
                return True
    for j in range(i - 1, max(-1, i - 7), -1):
        if actors._break_between(analysis, j, j + 1):
            return False
        w = _bare_word(analysis.tokens[j].norm)
        if _failing(analysis.tokens[j].norm):
            # failed to do it ("فشل في الحصول على"), not the failure of what was done
            # ("فشل محادثات الائتلاف", "فشل الاتفاقات التي وقعتها")
            return any(analysis.tokens[k].norm == "في" for k in range(j + 1, i))
        if w in _REFUSING:
            return event_type in _REFUSABLE
        if analysis.tokens[j].norm not in _BEFORE_REFUSED and (
            actors.verb_like(analysis, j) or analysis.verb_trigger_at(j)
        ):
            return False  # another verb's act: "رفض ما أعلنته من الإفراج"
    return False


def _agreed_on(words: list[str]) -> bool:
    """ "اتفقا على", "تعهد بـ" right before: the act is what was agreed or pledged."""
    for k, w in enumerate(words[:-1]):
        if w.startswith(("اتفق", "تعهد", "يتعهد", "وافق")) and any(
            x in ("على", "علي") for x in words[k + 1 : k + 3]
        ):
            return True  # "اتفقا أيضا على"
    return False


def _predicate_not_done(analysis: Analysis, i: int) -> bool:
    """The masdar is the subject of a negated, future or possible predicate after it,
    past its adjectives: "أن اتفاقا كهذا «لن يكون ممكنا»", "بأن اتفاقا طموحا قد يستكمل"."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 5)):
        norm = toks[j].norm
        if norm in ("لن", "سوف") or (
            norm == "قد" and j + 1 < len(toks) and toks[j + 1].norm[:1] in "يت"
        ):
            return True
        if not (
            _indefinite_nisba(norm)
            or norm.endswith("ا")
            and not norm.startswith("ال")  # an accusative adjective
            or norm in ("كهذا", "كهذه", "مماثل")
            or norm.startswith("لل")  # "اتفاقا طموحا للشراكة التجارية قد"
            or j > i + 1
            and toks[j - 1].norm.startswith("لل")
            and norm.startswith("ال")
        ):
            return False
    return False


headline = actors.headline


def _after_an(analysis: Analysis, j: int) -> bool:
    """Token j follows the subjunctive أن, not the "أن" of قبل/بعد/منذ أن (which tells
    what happened)."""
    return (
        j >= 1
        and analysis.tokens[j - 1].norm in ("ان", "بان", "وان")
        and _norm(analysis, j - 2) not in ("قبل", "بعد", "منذ")
    )


def _indefinite_plural(norm: str) -> bool:
    """An indefinite plural (محليون، جماعات): an imperfect verb right after it describes
    it, as a relative clause without الذي does."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 5 else norm
    return not w.startswith("ال") and len(w) >= 5 and w.endswith(("ون", "ين", "ات"))


def _after_aim(analysis: Analysis, i: int) -> bool:
    """An aim or keenness word just before the masdar, directly or through its
    preposition ("حريصة على دعم", "بهدف دعم", "الحرص على دعم")."""
    if _norm(analysis, i - 1) in _AIM or _core(analysis, i - 1) in _AIM:
        return True
    if _norm(analysis, i - 1) in _AIM_PREPS:
        return _norm(analysis, i - 2) in _AIM or _norm(analysis, i - 3) in _AIM
    return False


def _listed_with_masdar(analysis: Analysis, i: int) -> bool:
    """An indefinite masdar in a list of masdars ("دعم وتطوير وتشجيع", "دعم ومساندة
    وتوجيه"): the kinds of help given, not one act."""
    toks = analysis.tokens
    if (
        i + 1 >= len(toks)
        or toks[i].norm.startswith("ال")
        or actors._break_between(analysis, i, i + 1)
    ):
        return False
    nxt = toks[i + 1].norm
    if not nxt.startswith("و") or len(nxt) < 5:
        return False
    surface = analysis.text[toks[i + 1].start : toks[i + 1].end]
    return not nxt[1:].startswith("ال") and actors.derived_masdar(nxt[1:], surface[1:])


def _habitual(analysis: Analysis, i: int) -> bool:
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks), i + 6)):
        if actors._break_between(analysis, j - 1, j):
            return False
        norm = _norm(analysis, j)
        if (
            norm in _HABITUAL
            or norm in _HABITUAL_MANNER
            and _norm(analysis, j + 1) in _HABITUAL_KIND
        ):
            return True
    return False


def _question_or_counterfactual(analysis: Analysis, i: int) -> bool:
    """The trigger's clause asks (هل before it, or a question mark ends it) or sets a
    condition contrary to fact (لو، لولا before it)."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - 1 - _QUESTION_WINDOW), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            break
        if toks[j].norm in _ASKING or toks[j].norm in _IF_ONLY:
            return True
    rest = analysis.text[toks[i].end :]
    ends = [k for k in (rest.find(c) for c in ".!؟?") if k >= 0]
    return bool(ends) and rest[min(ends)] in "؟?"


# entries written with letters the normalizer rewrites match tokens' normalized forms
fold_word_sets(globals())
