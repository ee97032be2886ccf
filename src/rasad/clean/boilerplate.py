"""Which clean lines are site boilerplate rather than article text, and why.

Rules are written over a *folded* form of the line (diacritics and tatweel gone,
hamza/madda alef -> ا, ى -> ي, ة -> ه, Latin lower-cased) so that spelling variants
("إضغط"/"اضغط", "أيضاً"/"ايضا") need no separate patterns. Every rule is a class of
boilerplate (follow/subscribe prompts, share bars, related-links lists, copyright,
contact blocks, navigation, wire end markers, date-only and punctuation-only lines),
never a particular site's sentence. Long lines ending like a sentence are never
dropped by the prompt rules, which keeps news sentences about Twitter or subscriptions.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans(
    {
        **{chr(c): None for c in range(0x064B, 0x0660)},
        "\u0670": None,
        "\u0640": None,
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ک": "ك",
    }
)


def fold(text: str) -> str:
    """Matching form of a line for the boilerplate rules."""
    return text.translate(_FOLD).lower()


_SOCIAL = (
    r"(?:تويتر|توتير|تويتير|فيس ?بوك|فايس ?بوك|فيسبوك|انستغرام|انستجرام|انستقرام|انستاغرام"
    r"|يوتيوب|يوتوب|تيليغرام|تلغرام|تليجرام|تيلجرام|سناب ?شات|واتس ?اب|واتساب|لينكد ?ان"
    r"|تيك ?توك|جوجل بلس|twitter|facebook|instagram|youtube|telegram|snapchat|whatsapp"
    r"|linkedin|tiktok|google\+|x\.com)"
)
_FOLLOW_VERB = re.compile(
    r"(?:تابعونا|تابعوا|تابعنا|تابعني|تابعوني|follow us|follow me|انضموا|انضم الي|انضم ل"
    r"|اشتركوا|اشترك|سجلوا|حملوا|حمل تطبيق|زوروا|like us)"
)
_OUR_CHANNEL = re.compile(
    r"(?:حسابنا|حساباتنا|صفحتنا|صفحاتنا|قناتنا|قنواتنا|تطبيقنا|موقعنا|حسابه الرسمي علي|our page)"
)
_OFFER = re.compile(
    r"(?:يمكنكم|يمكنك|بامكانكم|بامكانك|تستطيع|تستطيعون) (?:الان )?(?:متابعه|الاشتراك|تحميل|الاطلاع|مشاهده)"
)
_SOCIAL_RE = re.compile(_SOCIAL)
_CLICK = re.compile(
    r"(?:اضغط|اضغطي|اضغطوا|انقر|انقري|انقروا|click|tap) ?(?:هنا|here|علي الرابط|علي الصوره|للتكبير)"
)
_SUBSCRIBE = re.compile(
    r"(?:للاشتراك|للاشترك|اشترك الان|اشترك مجانا|اشترك في|سجل الان|subscribe|sign up"
    r"|النشره البريديه|القائمه البريديه|newsletter)"
)
_RELATED_HEAD = re.compile(
    r"^\W*(?:(?:اقرا|اقرئي|اقراوا|شاهد|شاهدي|طالع|انظر|راجع)(?: ايضا| كذلك| المزيد| ايضا?)"
    r"|(?:مواضيع|موضوعات|اخبار|مقالات|روابط|قصص|تقارير|مقاطع)(?: اخري)? (?:ذات صله|متعلقه|مشابهه|مرتبطه|قد تهمك)"
    r"|قد يهمك(?: ايضا)?|قد يعجبك(?: ايضا)?|لمزيد من (?:الاخبار|المعلومات|التفاصيل) (?:اضغط|انقر|تابع)"
    r"|المزيد من الاخبار|read more|related(?: articles| posts| stories| news)?|see also|more from)"
    r"(?=\W|$)"
)
_READ_MORE_ONLY = re.compile(r"^\W*(?:المزيد|اقرا المزيد|التفاصيل|more|read more)\W*$")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\) ?\d{4}|جميع الحقوق محفوظه|الحقوق محفوظه|حقوق (?:النشر|الطبع|الطبع والنشر|الملكيه) محفوظه"
    r"|all rights reserved|copyright)"
)
_CONTACT = re.compile(
    r"(?:للتواصل مع (?:الكاتب|المحرر|الكاتبه)|(?:ارسل|ارسلي|راسلنا|راسلونا) (?:رساله )?(?:sms|اس ام اس)"
    r"|للتواصل (?:ارسل|عبر|علي) (?:sms|البريد|الايميل|الواتس)"
    # the instructions that follow an SMS contact line
    r"|تبدا بالرمز|ثم مسافه ثم|^\W*ثم الرساله\W*$)"
)
_OPERATOR = r"(?:stc|mobily|zain|موبايلي|زين|الاتصالات)"
# "88591 - Stc", "الاتصالات ,636250 موبايلي, 738303": SMS short codes of phone operators
_SMS_SHORTCODE = re.compile(rf"^(?:\W|\d{{3,}}|sms)*{_OPERATOR}(?:\W|\d{{3,}}|sms|{_OPERATOR})*$")
_HANDLE_ONLY = re.compile(
    rf"^\W*(?:{_SOCIAL}|بريد|البريد الالكتروني|ايميل|email|e-mail)?\W*"
    # @handle, handle@ (reordered by right-to-left editing) or an e-mail address
    r"(?:@[\w.]+|[\w.]+@|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"(?:\W+(?:@[\w.]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))*\W*$"
)
_SOCIAL_LABEL_HANDLE = re.compile(rf"^\W*{_SOCIAL}\s*:\s*@?[\w.]+\W*$")
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")
_NAV_ONLY = re.compile(
    r"^(?:\W|next|previous|prev|السابق|التالي|top of form|bottom of form|inshare|back to top"
    r"|العوده للاعلي|الي الاعلي|الصفحه الرئيسيه|home)+$"
)
_END_MARKER = re.compile(r"^\W*(?:انتهي|يتبع|تابع|end|ends)\W*$")
_SHARE_WORDS = frozenset(
    fold(
        """شارك شاركها شاركوا مشاركه المشاركه طباعه اطبع للطباعه ارسل ارسال لصديق صديق البريد
    الالكتروني بالبريد ايميل حفظ احفظ تغريد غرد نسخ الرابط رابط تعليق تعليقات التعليقات اعجبني
    share print email mail tweet inshare pin like comment comments save copy link whatsapp
    facebook twitter telegram linkedin pinterest reddit messenger"""
    ).split()
)
_SOCIAL_WORDS = frozenset(
    fold(
        """تويتر توتير فيسبوك فيس بوك فايسبوك انستغرام انستجرام انستقرام يوتيوب تيليغرام تلغرام
    تليجرام سناب شات واتساب واتس اب لينكد ان تيك توك جوجل بلس twitter facebook instagram
    youtube telegram snapchat whatsapp linkedin tiktok google plus rss"""
    ).split()
)
_CONNECTORS = frozenset(
    ["عبر", "علي", "في", "و", "او", "ل", "ب", "من", "or", "via", "on", "and", "the"]
)
_WORD = re.compile(r"[^\W\d_]+")

# date-only lines: digits plus month, weekday and time words
_CALENDAR_WORDS = frozenset(
    fold(
        """يناير فبراير مارس ابريل إبريل مايو يونيو يوليو يوليوز اغسطس غشت سبتمبر اكتوبر نوفمبر ديسمبر
    جانفي فيفري افريل ماي جوان جويلية اوت كانون شباط اذار نيسان ايار حزيران تموز اب ايلول
    تشرين محرم صفر ربيع جمادي جماد رجب شعبان رمضان شوال القعده الحجه
    السبت الاحد الاثنين الإثنين الثلاثاء الاربعاء الخميس الجمعه
    الموافق هـ jan feb mar apr may jun jul aug sep sept oct nov dec"""
    ).split()
)
_DATE_WORDS = _CALENDAR_WORDS | frozenset(
    fold(
        """الثاني الاول الاخر الاخره ذو ذي سبت احد اثنين ثلاثاء اربعاء خميس جمعه
    يوم تاريخ بتاريخ الساعه اخر تحديث تحديث نشر في منذ ه م ص مساء صباحا ظهرا
    gmt utc am pm at updated published on"""
    ).split()
)
_DATE_SHAPE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{1,2}:\d{2}")
_DIGIT = re.compile(r"\d")
_FINAL_PUNCT = re.compile(r"[.!?؟…]['\"»”’)\]]*$")


def _words(folded: str) -> list[str]:
    return _WORD.findall(folded)


def _is_share_bar(folded: str, words: list[str]) -> bool:
    if not words or len(words) > 12 or _DIGIT.search(folded):  # "5- Twitter" is a list item
        return False
    useful = [w for w in words if w not in _CONNECTORS]
    return bool(useful) and all(w in _SHARE_WORDS or w in _SOCIAL_WORDS for w in useful)


def is_dated_line(line: str) -> bool:
    """A short line that is mostly a date plus a few other words ("<city> <date> <agency>")."""
    if line.count(" ") > 13 or not _DIGIT.search(line):
        return False
    folded = fold(line)
    words = _words(folded)
    if not any(w in _CALENDAR_WORDS for w in words) and not _DATE_SHAPE.search(folded):
        return False
    return sum(w not in _DATE_WORDS for w in words) <= 4


def _is_date_only(folded: str, words: list[str]) -> bool:
    if not _DIGIT.search(folded) or len(folded) > 80:
        return False
    if any(w not in _DATE_WORDS for w in words):
        return False
    return bool(words) or bool(_DATE_SHAPE.search(folded))


def line_reason(line: str) -> str | None:
    """Why a clean line is boilerplate, or None when it is article text."""
    n = line.count(" ") + 1
    if n > 25:
        return None  # every rule below is about short lines
    if not any(ch.isalnum() for ch in line):
        return "punctuation_only"
    folded = fold(line)
    words = _words(folded)
    sentence_like = n > 12 and _FINAL_PUNCT.search(line) is not None
    if _NAV_ONLY.match(folded):
        return "navigation"
    if _END_MARKER.match(folded):
        return "end_marker"
    if _READ_MORE_ONLY.match(folded):
        return "read_more"
    if _URL_ONLY.match(folded):
        return "url"
    if (
        _HANDLE_ONLY.match(folded)
        or _SOCIAL_LABEL_HANDLE.match(folded)
        or (_SMS_SHORTCODE.match(folded) and _DIGIT.search(folded))
    ):
        return "contact"
    if _is_share_bar(folded, words):
        return "share"
    if _is_date_only(folded, words) and not folded.rstrip().endswith(":"):
        return "timestamp"  # the caller keeps it unless it sits at the top or the bottom
    if sentence_like:
        return None
    if _CONTACT.search(folded):
        return "contact"
    if _COPYRIGHT.search(folded):
        return "copyright"
    if _SUBSCRIBE.search(folded) and (n <= 8 or _CLICK.search(folded)):
        return "subscribe_prompt"
    if _CLICK.search(folded):
        return "click_prompt"
    if _OFFER.search(folded) or (
        (_FOLLOW_VERB.search(folded) or _OUR_CHANNEL.search(folded)) and _SOCIAL_RE.search(folded)
    ):
        return "follow_prompt"
    if _RELATED_HEAD.match(folded):
        return "related_links"
    return None


def is_related_header(line: str) -> bool:
    """A bare "اقرأ أيضا"-style header: the lines after it are a list of links."""
    folded = fold(line)
    m = _RELATED_HEAD.match(folded)
    return m is not None and len(_words(folded[m.end() :])) <= 1


_END_MARKER_SUFFIX = re.compile(
    r"\s*(?://|\\\\|--|\*)\s*(?:انتهى|انتهي|يتبع)\s*(?://|\\\\|--|\*)\s*$"
)
_NAV_PREFIX = re.compile(r"^(?:(?:Next|Previous|Prev|السابق|التالي)\s+){1,3}(?=\S)", re.IGNORECASE)


def line_trims(line: str) -> tuple[int, int, str]:
    """Clean-line prefix and suffix lengths that are boilerplate glued to real text.

    Returns ``(prefix_len, suffix_len, reason)`` ("Next Previous <byline>", "... // انتهى //").
    """
    m = _NAV_PREFIX.match(line)
    if m and m.end() < len(line):
        return m.end(), 0, "navigation"
    m = _END_MARKER_SUFFIX.search(line, max(0, len(line) - 24))  # a marker is short
    if m and m.start() > 0:
        return 0, len(line) - m.start(), "end_marker"
    return 0, 0, ""
