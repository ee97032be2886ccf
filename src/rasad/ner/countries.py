"""Arabic country names and nationality adjectives -> ISO 3166 alpha-3.

Names come from pycountry's Arabic translations (``iso3166-1`` gettext domain) plus a
table of the short forms Arabic news actually uses ("روسيا" for the Russian
Federation, "أمريكا", "بريطانيا"). Nationality adjectives are derived from the names
with the regular nisba rule (ليبيا -> ليبي/الليبية/الليبيون) plus irregular forms.

    >>> demonym_country("الروسي")
    'RUS'
    >>> country_code("وبفرنسا")
    'FRA'
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from rasad.ner.normalize import normalize, split_proclitics
from rasad.text.agreement import BROKEN_PLURAL_DEMONYMS

# Short and common forms in Arabic news that the ISO names do not give (alpha-3 -> names).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "RUS": ("روسيا",),
    "USA": ("أمريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية"),
    "GBR": ("بريطانيا", "المملكة المتحدة", "إنجلترا", "انكلترا"),
    "SYR": ("سوريا", "سورية"),
    "IRN": ("إيران",),
    "TUR": ("تركيا",),
    "KOR": ("كوريا الجنوبية",),
    "PRK": ("كوريا الشمالية",),
    "PSE": ("فلسطين",),
    "ARE": ("الإمارات",),
    "SAU": ("السعودية", "المملكة العربية السعودية"),
    "VEN": ("فنزويلا",),
    "BOL": ("بوليفيا",),
    "TZA": ("تنزانيا",),
    "VNM": ("فيتنام",),
    "MDA": ("مولدوفا",),
    "COD": ("الكونغو الديمقراطية",),
    "NLD": ("هولندا",),
    "CHE": ("سويسرا",),
    "DEU": ("ألمانيا",),
    "CZE": ("التشيك",),
    "MKD": ("مقدونيا",),
    "LBY": ("ليبيا",),
    "EGY": ("مصر",),
    "MRT": ("موريتانيا",),
    "CIV": ("ساحل العاج",),
    "BIH": ("البوسنة", "البوسنة والهرسك"),
    "GRC": ("اليونان",),
    "IRQ": ("العراق",),
    "SDN": ("السودان",),
    "SSD": ("جنوب السودان",),
    "TWN": ("تايوان",),
    "LAO": ("لاوس",),
    "BRN": ("بروناي",),
    "CPV": ("الرأس الأخضر",),
    # names in the news that the ISO translations spell otherwise or not at all
    "ZAF": ("جنوب أفريقيا", "جنوب إفريقيا"),
    "CAF": ("أفريقيا الوسطى", "إفريقيا الوسطى"),
    "BFA": ("بوركينا فاسو",),
    "TLS": ("تيمور الشرقية",),
    "MNE": ("الجبل الأسود",),
    "BGD": ("بنغلاديش", "بنغلادش"),
    "KGZ": ("قرغيزستان", "قيرغيزستان"),
    "PER": ("بيرو", "البيرو"),
    "HUN": ("المجر", "هنغاريا"),
    "SRB": ("صربيا",),
    "BLR": ("بيلاروسيا", "روسيا البيضاء"),
    "MMR": ("ميانمار", "بورما"),
    "MDV": ("المالديف", "جزر المالديف"),
    "ZWE": ("زيمبابوي",),
    "NIC": ("نيكاراغوا", "نيكاراجوا"),
    "URY": ("أوروغواي", "الأوروغواي"),
    "PRY": ("باراغواي", "الباراغواي"),
    "LKA": ("سريلانكا", "سري لانكا"),
    "NZL": ("نيوزيلندا", "نيوزيلاندا", "نيو زيلندا"),
    "CRI": ("كوستاريكا", "كوستا ريكا"),
    "DOM": ("الدومينيكان", "جمهورية الدومينيكان"),
}

# Adjectives the nisba rule does not derive (normalized stem without ي/يه/يون...).
IRREGULAR_DEMONYMS: dict[str, str] = {
    "امريك": "USA",
    "اميرك": "USA",
    "بريطان": "GBR",
    "انجليز": "GBR",
    "انكليز": "GBR",
    "افغان": "AFG",
    "سعود": "SAU",
    "امارات": "ARE",
    "فلسطين": "PSE",
    "صين": "CHN",
    "يابان": "JPN",
    "روس": "RUS",
    "سور": "SYR",
    "هولند": "NLD",
    "سويسر": "CHE",
    "تشيك": "CZE",
    "كور": "KOR",
    "يونان": "GRC",
    "قبرص": "CYP",
    "مصر": "EGY",
    "يمن": "YEM",
    "عمان": "OMN",
    "اسراييل": "ISR",
    "ترك": "TUR",
    "كرد": "",  # a people, not a state
}

_ADJ_ENDINGS = ("يتين", "يين", "يون", "يان", "يات", "يه", "ي")


def _strip_article(norm: str) -> str:
    prefix, rest = split_proclitics(norm)
    if prefix.endswith("ال") or prefix == "لل":
        return rest
    if prefix:
        return rest[2:] if rest.startswith("ال") and len(rest) > 4 else rest
    return norm


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(normalized country name -> alpha-3, nisba stem -> alpha-3)."""
    names: dict[str, str] = {}
    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True)
    for country in pycountry.countries:
        for attr in ("name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            translated = ar.gettext(english)
            if translated == english:
                continue
            for part in translated.split("،"):
                key = " ".join(normalize(part).split())
                if key:
                    names.setdefault(key, country.alpha_3)
    for code, forms in SHORT_FORMS.items():
        for form in forms:
            names[" ".join(normalize(form).split())] = code
    stems: dict[str, str] = {}
    for name, code in names.items():
        if " " in name:
            continue
        # "الأردن" has an article, "ألمانيا" only looks like it: keep both readings
        for base in {name, name[2:] if name.startswith("ال") else name}:
            if base.endswith(("يا", "يه")) and len(base) > 4:
                base = base[:-2]  # ليبيا -> ليب(ي), السعودية -> سعود(ي)
            elif base.endswith(("ا", "ه")) and len(base) > 3:
                base = base[:-1]  # فرنسا -> فرنس(ي)
            stems.setdefault(base, code)
    stems.update({k: v for k, v in IRREGULAR_DEMONYMS.items()})
    return names, stems


def country_names() -> list[str]:
    """Every known Arabic country name (normalized), ISO translations and short forms."""
    return sorted(_tables()[0])


def country_code(name: str) -> str | None:
    """ISO alpha-3 of an Arabic country name (clitics and article tolerated)."""
    names, _ = _tables()
    key = " ".join(normalize(name).split())
    if key in names:
        return names[key]
    first, _, tail = key.partition(" ")
    prefix, rest = split_proclitics(first)
    for candidate in (rest, "ال" + rest) if prefix else ():
        full = f"{candidate} {tail}".strip()
        if full in names:
            return names[full]
    return None


def demonym_country(word: str) -> str | None:
    """ISO alpha-3 of the state a nationality adjective names ("الروسية" -> "RUS")."""
    _, stems = _tables()
    norm = _strip_article(normalize(word.strip()))
    if norm in BROKEN_PLURAL_DEMONYMS and norm != normalize(word.strip()):
        return BROKEN_PLURAL_DEMONYMS[norm] or None  # only with the article: "روس" alone
    for ending in _ADJ_ENDINGS:
        if norm.endswith(ending) and len(norm) - len(ending) >= 2:
            code = stems.get(norm[: -len(ending)])
            if code is not None:
                return code or None
    return None
