"""Actor and recipient of an event from Arabic clause structure.

Heuristics over the analysed sentence (features.Analysis), no parser:

- agent triggers (متظاهرون، مسلحون، انتحاري) are their own actor;
- verbal triggers take the noun phrase after the verb (VSO: "اغتال مسلحون ..."),
  skipping time adverbs, or the one before it inside the clause (SVO, "إن مسلحين
  اغتالوا ..."); the phrase after the subject is the recipient;
- a passive reading (victim verbs: قتل 3 أشخاص، أصيب، اغتيل) has no actor: the noun
  phrase is the recipient;
- masdars take the agent from "نفذه/شنه X", "على يد X", "برصاص X", or an idafa
  "هجوم X"/"قصف X" whose second term is a known actor.

Phrases are kept short (head plus one modifier): the gold source actors are heads
("المتظاهرين", "مسلحو حماس"), and quantifiers ("آلاف") are not part of the actor.
The PETRARCH actor dictionary and agents (compiled into actors_ar.json) give
country and sector codes.
"""

from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from importlib import resources

from rasad.entities.lexicon import city_country, country_of_name, demonym_country
from rasad.entities.titles import ACTING_FOR
from rasad.events import lexicon
from rasad.events.features import Analysis, Tok, Trigger
from rasad.events.features import _forms as lexicon_forms
from rasad.events.features import _perfect_verb_like as perfect_verb_like
from rasad.events.normalize import (
    WORD_CACHE,
    feminine_before_pronoun,
    fold_word_sets,
    inflects,
    lemma_key,
    normalize,
    strip_proclitics,
)
from rasad.text.agreement import (
    ABSTRACT_IN_YA,
    BROKEN_PLURAL_DEMONYMS,
    broken_plural_nationality,
    definite_feminine_singular,
    masculine_after_feminine,
    plural_nisba_after_feminine,
)
from rasad.text.clitics import split_clitics
from rasad.text.normalize import strip_marks
from rasad.values.lexicon import AMBIGUOUS_MONTHS, GREGORIAN_MONTHS

# heads that name a party even when the dictionaries miss them (lemma keys), with sector;
# keyed as the tokens are, normalized (مسؤولون -> مسوولون, نظرائه -> نظرايه)
GENERIC_HEADS: dict[str, str] = {
    lemma_key(normalize(w)): s
    for w, s in (
        ("قوات", "MIL"),
        ("جنود", "MIL"),
        ("جندي", "MIL"),
        ("جيش", "MIL"),
        ("مسلحون", "UAF"),
        ("مسلح", "UAF"),
        ("مسلحو", "UAF"),
        ("عناصر", ""),
        # agents, Maghreb usage: "أوقف أعوان الحرس الوطني شاحنة" (أعوان الأمن، الديوانة)
        ("اعوان", ""),
        ("مقاتلون", "UAF"),
        ("متمردون", "REB"),
        ("متمردين", "REB"),
        ("ثوار", "REB"),  # "وأصدر الثوار بيانا"
        ("ارهابيون", "UAF"),
        ("انتحاري", "UAF"),
        ("انتحاريين", "UAF"),
        ("مهاجمون", "UAF"),
        ("مجهولون", "UAF"),
        ("شرطه", "COP"),
        ("شرطيين", "COP"),
        ("امن", "COP"),
        ("متظاهرون", "OPP"),
        ("متظاهرين", "OPP"),
        ("متظاهرو", "OPP"),
        ("محتجون", "OPP"),
        ("معتصمون", "OPP"),
        ("مواطنون", "CVL"),
        ("سكان", "CVL"),
        ("اهالي", "CVL"),
        ("طلاب", "EDU"),
        ("عمال", "LAB"),
        ("شبان", "CVL"),
        # one person named by what he is: "القبض على الشاب", "اتهمت الوافد"
        ("شاب", "CVL"),
        ("وافد", "CVL"),
        ("الوافد", "CVL"),  # (its lemma key keeps the و the bare form loses)
        ("وافدين", "CVL"),
        ("سائق", "CVL"),
        ("مريض", "CVL"),
        ("زوار", "CVL"),
        ("معتمر", "CVL"),
        ("صياد", "CVL"),
        ("صيادين", "CVL"),
        ("مروج", "CRM"),
        ("مهرب", "CRM"),
        # who did the crime, by his act: "تم توقيف المعتدي", "القبض على الخاطفين"
        ("معتدي", "CRM"),
        ("سارق", "CRM"),
        ("لص", "CRM"),
        ("خاطف", "CRM"),
        ("جناه", "CRM"),
        ("متحرش", "CRM"),
        ("مختلس", "CRM"),
        ("حلفاء", ""),  # "وأيد حلفاء غربيون الإجراءات"
        ("ائتلاف", ""),  # a coalition: "لقاءات الائتلاف مع دي ميستورا"
        ("اولياء", "CVL"),  # "أولياء الأمور": parents
        ("انصار", ""),
        ("مناصرو", ""),
        ("مؤيدو", ""),
        ("ناشطون", "OPP"),
        ("معارضه", "OPP"),
        # words the dictionary has only as another word's lemma key (its طيري، تحالفي،
        # مستوطنة، مفوض), which no longer stands for them (actor_word)
        ("طيران", ""),  # "الطيران الحربي", "طيران التحالف"; no sector: also "طيران ناس"
        ("تحالف", ""),
        ("مستوطنون", "CVL"),
        ("مفوضيه", ""),
        ("مسلمون", "REL"),
        ("اشخاص", "CVL"),
        ("شخصا", "CVL"),
        ("مدنيين", "CVL"),
        ("مسلحي", "UAF"),
        ("ميليشيا", "UAF"),
        ("ميليشيات", "UAF"),
        # the spellings of the same word in the news: مليشيات، ميلشيات
        ("مليشيا", "UAF"),
        ("مليشيات", "UAF"),
        ("ميلشيا", "UAF"),
        ("ميلشيات", "UAF"),
        ("حركه", ""),
        ("جماعه", ""),
        ("تنظيم", ""),
        ("كتائب", "UAF"),
        # units: "وطالبت الفرقة 30"، "كتيبة الاحتياط" (a فرقة may be a rescue team too)
        # (with the article: the key of a bare فرقه would drop its ف as a conjunction)
        ("الفرقه", ""),
        ("الكتيبه", ""),
        ("الفيلق", "MIL"),
        ("طائرات", "MIL"),
        ("طائره", "MIL"),
        ("مروحيات", "MIL"),
        ("دبابات", "MIL"),
        ("حكومه", "GOV"),
        ("سلطات", "GOV"),
        ("نواب", "LEG"),
        ("رجال", ""),
        ("افراد", ""),
        ("مجموعه", ""),
        ("مسؤولون", "GOV"),
        # the counterpart of an official: "استقبل الوزير نظيره الأردني"
        ("نظيره", "GOV"),
        ("نظيرته", "GOV"),
        # (نظرائه's key is نظرا, the adverb "given that": _PEOPLE_FORMS has its forms)
    )
}
STOP = {
    "في",
    "وفي",
    "ففي",
    "وعلى",
    "ومن",
    "والى",
    "وبعد",
    "وقبل",
    "وخلال",
    "وعند",
    "ومع",
    "علي",
    "على",
    "من",
    "الي",
    "إلى",
    "الى",
    "عن",
    "مع",
    "حتي",
    "منذ",
    "بعد",
    "قبل",
    "عند",
    "خلال",
    "ضد",
    "امام",
    "وسط",
    "قرب",
    "حيث",
    "الذي",
    "التي",
    "الذين",
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "كما",
    "او",
    "ثم",
    "بين",
    "لدي",
    "نحو",
    "عبر",
    "داخل",
    "اثر",
    "عقب",
    "اثناء",
    "بينما",
    "فيما",
    "وفيما",
    "حين",
    "عندما",
    # other clause openers: "حينما طلب من أحدهم", "بعدما وافق"
    "حينما",
    "بعدما",
    "مثلما",  # "وفعلت مثلما طلبوا": as
    "كلما",
    "طالما",
    "ريثما",
    "لكي",
    "بسبب",
    "لكن",
    # "لكن" with its subject's pronoun: "ولكنها تتهم السلطات" (the pronoun is no party)
    "ولكن",
    "لكنه",
    "لكنها",
    "لكنهم",
    "ولكنه",
    "ولكنها",
    "ولكنهم",
    "الا",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "قال",
    "وقال",
    "قالت",
    "اعلن",
    "احتجاجا",
    "مطالبين",
    # the occasion: "برقية تهنئة للرئيس | بمناسبة ذكرى استقلال بلاده"
    "بمناسبه",
    "لمناسبه",
    # in the presence of: "والتقى الوزير | بحضور السفير"
    "بحضور",
    "وبحضور",
    # with this: "ودعا الوزير | بهذه المناسبة المواطنين"
    "بهذه",
    "بهذا",
}
# stop words asked of a word's core (clitics and article off): "الوالي" (the governor)
# has the core والي, which is also "and to" written whole
CORE_STOP = STOP - {"والي", "والى"}  # (the sets are folded at import: ى -> ي)
SKIP_BEFORE_SUBJECT = lexicon.TIME_NOW | {
    "كذلك",
    "هذا",
    "هذه",
    "هولاء",
    "امس",
    "مساء",
    "صباح",
    "ليل",
    "ليله",
    "اليوم",
    "مجددا",
    "ايضا",
    "اول",
    "بدورهم",
    "فجر",
    "ظهر",
    "قد",
    "الماضي",
    "الماضيه",
    "الاسبوع",
    "الاثنين",
    "اخيرا",
    "مؤخرا",  # "وهي طلبت مؤخرا السماح"
    # how often: "وكانت هيئة المحلفين رفضت مرتين … حجة الدفاع"
    "مرتين",
    "مرارا",
    "تكرارا",
    "سرا",  # "يحثون السعودية سراً", "دعمت الولايات المتحدة دبلوماسيا كييف"
    "علنا",
    "عاليا",  # "ثمّن الملك عالياً الدور الروسي": how highly, not the doer's word
    "بانتظام",  # "المنطقة التي يستهدفها بانتظام المتمردون"
    "باستمرار",
    "فورا",
    "حاليا",
    "سابقا",
    "لاحقا",
    "خصوصا",  # "وكانت تدعو خصوصا إلى": especially
    "تحديدا",
    "انذاك",  # "وطلب آنذاك أن تنتهي الأعمال": then
    "حينذاك",
    "حينها",
    "وقتها",
    "دبلوماسيا",
    "عسكريا",
    "سياسيا",
    "اقتصاديا",
    "موخرا",
    "رسميا",
    "حوالي",
    "نحو",
    "اكثر",
    "اقل",
}
QUANTIFIERS = lexicon.CROWD | lexicon.NUMBER_WORDS | {"عدد", "بعض", "احد", "جميع", "كل", "من"}
# most of: "وافق أغلبية نواب البرلمان"
QUANTIFIERS |= {"اغلبيه", "غالبيه", "اكثريه", "معظم"}
# the nouns after من that introduce a passive's agent: "من قبل X", and in Maghreb usage
# "من طرف X" ("تم القبض على أربعة أشخاص من طرف فرقة الإرشاد")
_BY = {"قبل", "طرف"}
_BY_SIDE = _BY | {"جانب"}  # "من جانب X" too, where only an agent can follow
AGENT_CUES = {
    "نفذه",
    "نفذها",
    "نفذ",
    "نفذت",
    "شنه",
    "شنها",
    "شنته",
    "تبناه",
    "تبنته",
    "يد",
    "برصاص",
    "بنيران",
    "بواسطه",
    "نسب",
    "نسبت",
    "ونسب",
    "نفذته",
    "نفذتها",
    "نفذوه",
    "شنوه",
    "ارتكبه",
    "ارتكبها",
}
# "واصلت إسرائيل أعمال القتل": the subject of a verb that carries an event noun
_CARRIER_VERBS = {
    "واصل",
    "واصلت",
    "واصلوا",
    "تواصل",
    "يواصل",
    "صعد",
    "صعدت",
    "استانف",
    "استانفت",
    "جدد",
    "جددت",
}
_DOERS = {"UAF", "MIL", "REB", "COP", "OPP"}
# "بصدد": about to, before one's own act ("الوزارة بصدد بحث المسألة")
_ABOUT_TO = {"بصدد", "وبصدد"}
_LIGHT_VERBS = {"قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا", "يقوم", "تقوم", "يقومون"}
_PUNCT_BREAK = set('،,.:;؛«»"()[]!?؟—–-')
# auxiliaries and verbs of being or happening: a role phrase never starts with one
# ("هذا اللقاء تم بالفعل", "كان الوزير ...": the phrase after them is a predicate or the
# subject of another verb)
AUXILIARIES = {
    "تم",
    "تمت",
    "يتم",
    "تتم",
    "كان",
    "كانت",
    "كانوا",
    "كانا",  # the dual: "قبضت على شخصين | كانا متجهين"
    "كانتا",
    "يكون",
    "تكون",
    "يكونوا",
    "بات",
    "باتت",
    "يبات",
    "اصبح",
    "اصبحت",
    "يصبح",
    "تصبح",
    "صار",
    "صارت",
    "يصير",
    "تصير",
    "ظل",
    "ظلت",
    "يظل",
    "تظل",
    "مازال",
    "مازالت",
    "لايزال",
    "يزال",
    "تزال",
    "زال",
    "زالت",
    "ليس",
    "ليست",
    "جري",
    "جرت",
    "يجري",
    "تجري",
    "بدا",
    "يبدو",
    "تبدو",
    "ينبغي",
    "يجب",
    "يمكن",
    "يفترض",
    "يعني",
    "يعتبر",
    "تعتبر",
}
# particles and adverbs that start no noun phrase
PARTICLES = {
    "بالفعل",
    "فعلا",
    "ايضا",
    "كذلك",  # "ودعا الوزير كذلك المواطنين": also
    "فقط",
    "حتي",
    "حتى",
    "بل",
    "اذ",
    "واذ",  # "وإذ تدين المنظمة": since, not a party
    "اذا",
    "لو",
    "كي",
    "لكي",
    "الا",
    "اما",
    "اي",
    "اين",
    "كيف",
    "لماذا",
    "متى",
    "متي",
    "بما",
    "مما",
    "عما",
    "ربما",
    "انما",
    "لدى",
    "هناك",
    "هنا",
}
# nouns with the shape of an imperfect verb (ي/ت + three or more letters)
_IMPERFECT_LOOKALIKES = {
    "يوم",
    "يوما",
    "يومي",
    "يوميا",
    "يومين",
    "يونيو",
    "يوليو",
    "يناير",
    "يمين",
    "يسار",
    "يهود",
    "يهودي",
    "يهوديه",
    "تونس",
    "تركيا",
    "تلفزيون",
    "تاريخ",
    "تاريخي",
    "تقرير",
    "تحالف",
    "تجمع",
    "تنظيم",
    "تيار",
    "تكتل",
}


@lru_cache(maxsize=1)
def _actor_data() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, ...]]]:
    path = resources.files("rasad") / "resources" / "events" / "actors_ar.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    lexicon = {k: (v[0], v[1]) for k, v in data.items()}
    spellings = {k: tuple(v[2]) for k, v in data.items() if len(v) > 2}
    return lexicon, spellings


def actor_lexicon() -> dict[str, tuple[str, str]]:
    """Lemma-key phrase -> (country, sector); a one-word key is looked up by actor_word."""
    return _actor_data()[0]


@lru_cache(maxsize=WORD_CACHE)
def _key(norm: str) -> str:
    return lemma_key(norm)


# broken plurals of one-word dictionary actors, which no ending derives: الدول of دولة
# (and not الدولي), الروس of روسي, and the people of the dictionary's offices and trades
# (keys: the plural as strip_proclitics leaves it; a و-initial one also without its و;
# not حكام, as often referees as rulers)
_BROKEN_PLURALS = {
    "دول": "دوله",
    "روس": "روسي",
    "اطباء": "طبيب",
    "وزراء": "وزير",
    "زراء": "وزير",
    "سفراء": "سفير",
    "روساء": "رييس",
    "ضباط": "ضابط",
    "امراء": "امير",
    "ملوك": "ملك",
    "تجار": "تاجر",
}


@lru_cache(maxsize=WORD_CACHE)
def actor_word(norm: str) -> tuple[str, str] | None:
    """(country, sector) of the one-word dictionary actor the word is a form of, else None.

    The word's lemma key must be the entry's and the word an inflection of one of the
    entry's own spellings: the key alone is shared by unrelated words (السلم and سلمان,
    الدفع and دفعة, المدن and مدني)."""
    stem = strip_proclitics(norm)
    if stem in _BROKEN_PLURALS:
        return actor_word(_BROKEN_PLURALS[stem])
    lexicon, spellings = _actor_data()
    key = _key(norm)
    hit = lexicon.get(key)
    if hit is None:
        return None
    country_name = bool(hit[0]) and not hit[1]
    if any(inflects(stem, word, nisba=country_name) for word in spellings.get(key, ())):
        return hit
    return None


def lookup(norms: list[str], min_words: int = 1) -> tuple[str | None, str | None] | None:
    """Country and sector of the longest dictionary phrase within the words ``norms``;
    None if unknown.

    ``min_words`` 2 is for a person's name: one shared surname (البدري) is no evidence
    that the dictionary's person of that name is meant."""
    lex = actor_lexicon()
    keys = [_key(norm) for norm in norms]
    for n in range(min(3, len(keys)), min_words - 1, -1):
        for i in range(len(keys) - n + 1):
            hit = lex.get(" ".join(keys[i : i + n])) if n > 1 else actor_word(norms[i])
            if hit:
                return hit[0] or None, hit[1] or None
    if min_words > 1:
        return None
    for k in keys:
        if k in GENERIC_HEADS:
            return None, GENERIC_HEADS[k] or None
    return None


class EntityIndex(dict[int, tuple[int, int, str]]):
    """Token index -> (first token, end token, entity type) of a named mention, set per
    sentence. ``own_initial`` holds the tokens whose mention starts at the token's first
    letter: a و or ف there is the name's own (واشنطن، فرنسا), not a conjunction; the NER
    leaves a conjunction clitic outside the mention ("ووزير" -> "وزير"). ``entity_of``
    tells two adjacent persons apart."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.own_initial: set[int] = set()
        self.entity_of: dict[int, str] = {}  # token -> the entity id of its mention


_ACTOR_ENTITY_TYPES = {"PERSON", "ORG", "GPE"}
_NO_ENTITIES = EntityIndex()


def conjunction_at(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """Token j opens with the conjunction و (not a name's own letter: "واشنطن")."""
    norm = analysis.tokens[j].norm
    return (
        norm.startswith("و")
        and norm not in _NATIVE_WAW  # "وزير", "وفد": the word's own letter
        and j not in getattr(ents, "own_initial", ())
    )


# the affairs a directorate or ministry is named by ("الشؤون الصحية بمنطقة عسير"); other
# affairs are things ("التدخل في الشؤون الداخلية")
_DEPARTMENT_AFFAIRS = {"الصحيه", "الاسلاميه", "البلديه", "الاجتماعيه", "الدينيه"}


# bodies named by a plain noun and its adjective, each word a common noun of its own: the
# criminal investigation department, the Red Crescent and the Red Cross
_TWO_WORD_BODIES = {("البحث", "الجنايي"), ("الهلال", "الاحمر"), ("الصليب", "الاحمر")}


def department_at(analysis: Analysis, j: int) -> bool:
    """A directorate named by its affairs at j ("الشؤون الصحية", "الشؤون الإسلامية"), or
    a body named by a noun and its adjective ("البحث الجنائي", "الهلال الأحمر")."""
    toks = analysis.tokens
    if j + 1 >= len(toks):
        return False
    if (toks[j].norm.lstrip("و"), toks[j + 1].norm) in _TWO_WORD_BODIES:
        return True
    return toks[j].norm in ("الشوون", "شوون") and toks[j + 1].norm in _DEPARTMENT_AFFAIRS


def _radio_band(analysis: Analysis, j: int) -> bool:
    """ "أف أم" of a radio station's name ("الجوهرة أف أم"): the band, not a party."""
    toks = analysis.tokens
    norm = toks[j].norm
    if norm == "اف":
        return j + 1 < len(toks) and toks[j + 1].norm in ("ام", "م")
    return norm in ("ام", "م") and j > 0 and toks[j - 1].norm == "اف"


# what is opened ("فتح"): an inquiry, a case, a door; then فتح is the masdar, not Fatah
_OPENED = {"تحقيق", "تحقيقا", "تحقيقات", "بحث", "بحثا", "ملف", "ملفا", "باب", "الباب", "المجال"}


def _opening_of(analysis: Analysis, j: int) -> bool:
    """فتح at j opens something ("تم إيقاف السائق وفتح تحقيق"), no party named Fatah."""
    toks = analysis.tokens
    return (
        j + 1 < len(toks)
        and _bare(toks[j].norm).removeprefix("ب") == "فتح"
        and toks[j + 1].norm in _OPENED
    )


def is_actorish(analysis: Analysis, j: int, ents: EntityIndex = _NO_ENTITIES) -> bool:
    if _radio_band(analysis, j):
        return False
    hit = ents.get(j)
    if hit is not None:
        if hit[2] in _ACTOR_ENTITY_TYPES or _is_state(analysis, j):
            return True
        norm = analysis.tokens[j].norm
        if hit[2] == "LOC" and hit[1] - hit[0] == 1 and _definite_dual(norm):
            return _party_word(norm)  # "الوزيران", a dual the tagger took for a place
        # a name the NER left untyped that the actor dictionary knows: "البيت الأبيض"
        return hit[2] == "MISC" and bool(
            lookup([t.norm for t in analysis.tokens[hit[0] : hit[1]]], min_words=2)
        )
    if _bare(analysis.tokens[j].norm) in _MINISTRIES_BY_ADJECTIVE:
        return True  # "رفضت الخارجية الأميركية" (whose key is خارج, outside: no head)
    if _armed_unit(analysis, j):
        return True  # "أوقفت تشكيلة عسكرية", "وحدة أمنية"
    if department_at(analysis, j):
        return True  # a directorate: "أولته الشؤون الصحية", "جهود الشؤون الإسلامية"
    norm = analysis.tokens[j].norm
    if _responsibility(norm) or _opening_of(analysis, j):
        return False
    if _key(norm) in GENERIC_HEADS or actor_word(norm) is not None:
        return True
    # a dual in construct before its definite genitive: "وزيرا الخارجية" (not the
    # accusative of a count: "25 نائبا وزير المالية")
    singular = _without_tanween(norm)
    if singular == norm or j + 1 >= len(analysis.tokens):
        return False
    # (a feminine dual keeps its ت: "حكومتا مصر والأردن", whose singular is حكومة)
    feminine = singular[:-1] + "ه" if singular.endswith("ت") else None
    return (analysis.tokens[j + 1].norm.startswith("ال") or j + 1 in ents) and (
        actor_word(singular) is not None or (feminine is not None and _party_word(feminine))
    )


def _definite_dual(norm: str) -> bool:
    """A definite dual in the nominative: الوزيران، الطرفان."""
    return norm.startswith("ال") and norm.endswith("ان") and len(norm) >= 7


def _responsibility(norm: str) -> bool:
    """مسؤولية/مسؤوليات (responsibility), whose lemma key is مسؤول's (an official)."""
    return "وليه" in norm or "وليات" in norm


# ministries named by their adjective alone
_MINISTRIES_BY_ADJECTIVE = {"الخارجيه", "الداخليه"}


def _is_state(analysis: Analysis, j: int) -> bool:
    hit = actor_word(analysis.tokens[j].norm)
    return bool(hit and hit[0])


# nouns that start with و or ف themselves (no conjunction to strip)
_WAW_NOUNS = {
    "وكلاء",
    "وفود",
    "وسيط",
    "وسطاء",
    "وسايل",  # "ودعت وسائل الإعلام": the means, not "and" + سائل
    "وسائل",
    "وسيله",
    "وزير",
    "وزيره",
    # the dual: "طالب الخريجون وزيري التعليم والخدمة المدنية" (not و + زيري)
    "وزيري",
    "وزيرا",
    "وزيران",
    "وزيرين",
    "وزراء",
    "وزاره",
    "وكاله",
    "وكيل",
    "وفد",
    "وفدا",
    "وحدات",
    "وحده",
    "وسط",
    "وطني",
    "وطنيه",
    "والي",
    "ولي",
    # a parent: "اتهم والد الطالبة الجامعة" (not و + الد)
    "والد",
    "والده",
    "والدي",
    "والدا",
    "ولايه",
    "وقت",
    "وقف",
    "وضع",
    "وجود",
    "وثيقه",
    "فريق",
    "فرقه",
    "فصايل",
    "فصائل",
    "فلسطين",
    "فرنسا",
}


def _bare(norm: str) -> str:
    """The word without a conjunction clitic (وقال -> قال, not وزير)."""
    if norm[:1] in "وف" and len(norm) > 3 and norm not in _WAW_NOUNS:
        return norm[1:]
    return norm


def verb_like(analysis: Analysis, j: int, ents: EntityIndex = _NO_ENTITIES) -> bool:
    """A verb, an auxiliary or a particle at token j, which no role phrase starts with:
    an auxiliary or verb of being (تم، كان، بات، يجب), a future or an imperfect form
    (ستستضيف، يطالب، تزيد) that is not a name, a dictionary actor or a known look-alike
    noun (يوم، تونس); masdars of the تفعيل/تفاعل shapes (تنظيم، تعاون) are nouns. Other
    perfect verbs (اتهم، دعا) are not seen here: callers that stop at them too also ask
    ``analysis.verb_trigger_at(j)``."""
    if j in ents:
        return False
    tok = analysis.tokens[j]
    w = _bare(tok.norm)
    if w in AUXILIARIES or w in PARTICLES or tok.norm in PARTICLES:
        return True
    if w.startswith("ال") or w in _IMPERFECT_LOOKALIKES or is_actorish(analysis, j, ents):
        return False
    if (
        len(w) >= 6
        and w[0] == "س"
        and w[1] in "يتن"
        and not w.endswith(("ه", "ات", "ي", "يا", "ا", "و", "ء", "ين", "ون"))
    ):
        return True  # the future's س on an imperfect: "مصر ستستضيف اجتماعا"
    if len(w) < 4 or w[:1] not in "يت":
        return False
    if j > 0 and _bare(analysis.tokens[j - 1].norm) in _KANA_FORMS:
        return True  # an imperfect after كان, whatever its shape: "التي كانت تساعده"
    if len(w) >= 7 and w.endswith(("اس", "يس", "وس")):
        return False  # a foreign name: "تسيبراس" (no imperfect this long ends so)
    # تفعيل، تفاعل masdars; feminine and nisba nouns (تهدئه، تونسيا) are no verbs
    return not (
        w[0] == "ت"
        and (
            len(w) >= 5
            and (w[3] == "ي" or w[2] == "ا")
            or w.endswith(("ه", "ات", "ي", "يا", "يين", "يون"))
        )
    )


# كان in the perfect: the verb after it carries the clause ("كانت تساعده", "كان يطالب")
_KANA_FORMS = {"كان", "كانت", "كانوا", "كانا", "كانتا"}


def _unbroken(analysis: Analysis, a: int, b: int) -> bool:
    """No punctuation between any two neighbouring tokens from a to b (a <= b)."""
    return not any(_break_between(analysis, m, m + 1) for m in range(a, b))


def _break_between(analysis: Analysis, a: int, b: int) -> bool:
    """Punctuation between tokens a and b (a < b); the text's end is a break."""
    if b >= len(analysis.tokens):
        return True
    gap = analysis.text[analysis.tokens[a].end : analysis.tokens[b].start]
    if gap.strip() == "." and analysis.tokens[a].norm in _TITLE_ABBREVIATIONS:
        return False  # "د. ناصر الدوسري", "م. خالد": the title's abbreviation
    if a == 0 and gap.strip() == "/":
        return True  # a section tag before a headline: "عام / الدكتور الربيعة يستقبل"
    return any(c in _PUNCT_BREAK for c in gap)


# one-letter abbreviations of titles before a name: د. (دكتور), م. (مهندس), أ. (أستاذ)
_TITLE_ABBREVIATIONS = {"د", "م", "ا"}


# the duals that name the two sides of a meeting or an agreement (a word in -ان is
# mostly no dual: الطيران، البرلمان)
_DUAL_PARTIES = {
    "الجانبان",
    "الطرفان",
    "البلدان",
    "الوزيران",
    "الرييسان",
    "الزعيمان",
    "الوفدان",
    "الدولتان",
    "الحكومتان",
}
_WEEKDAYS = {"سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه"}
_DUAL_SIDES = {"البلدين", "الجانبين", "الطرفين", "الدولتين", "الوفدين", "الحكومتين"}
# words whose first letter و is their own, not a conjunction
# the same words, for the phrase rules: a و there is no conjunction
_NATIVE_WAW = frozenset(w for w in _WAW_NOUNS if w.startswith("و"))
# short words after و that open a clause, not a conjunct ("ثلاثة شبان | وتم إيداعهم",
# "| وقد اعترفوا", "| وهم يحاولون"): the phrase ends before them whatever their length
_CLAUSE_AFTER_WAW = frozenset(
    "و" + w for w in ("تم", "قد", "لم", "لن", "لا", "ما", "هو", "هي", "هم", "هن", "ان", "اذ")
)


# the preposition بـ with a pronoun: "مشتبه بهم", "تطالب بها الجهات الدائنة"
_BI_PRONOUNS = {"به", "بها", "بهم", "بهما"}
# offices in a title's idafa chain: "رئيس تحرير جريدة", "رئيس مجلس إدارة شركة"
_OFFICES = {
    "تحرير",
    "مجلس",
    "اداره",
    "هييه",
    "قياده",
    "امانه",
    "وزاره",
    "شرطه",
    "جمارك",
    "حرس",
    "عام",
    "منطقه",
    "محافظه",
    "خارجيه",
    "داخليه",
    "جمهوريه",
    "مملكه",
    "دوله",
    # a branch, a municipality, a department, the staffs of armies: "مدير فرع هيئة
    # الأمر بالمعروف"، "رئيس بلدية حفر الباطن"، "رؤساء أركان جيوش الدول العربية"
    "فرع",
    "بلديه",
    "مديريه",
    "قسم",
    "مكتب",
    "اركان",
    "جيوش",
    "جيش",
}
_SPOKESMEN = {"متحدث", "متحدثه", "ناطق", "ناطقه", "متكلم"}
# indefinite members whose body follows after في: "أعضاء في البرلمان", "قيادي في حماس"
_MEMBERS_IN = {
    "عضو",
    "اعضاء",
    "نائب",
    "نواب",
    "مسوول",
    "مسوولون",
    "مسوولين",
    "قيادي",
    "قياديون",
    "قياديين",
    "ضابط",
    "ضباط",
}

_DETACHMENTS = {
    "قوه",
    "دوريه",
    "دوريات",
    "وحده",
    "فرقه",
    "مجموعه",
    "عناصر",
    "كتيبه",
    "مفرزه",
    "مفارز",
}
_FORCE_ADJECTIVES = {"عسكريه", "امنيه", "شرطيه", "عسكريات", "امنيات"}
ARMED_UNIT_HEADS = _DETACHMENTS | {"تشكيله", "وحدات", "سريه"}


def _armed_unit(analysis: Analysis, j: int) -> bool:
    """A detachment named by its arm: "تشكيلة عسكرية", "الوحدات الأمنية", "دورية أمنية"."""
    toks = analysis.tokens
    if j + 1 >= len(toks) or _break_between(analysis, j, j + 1):
        return False
    head, adjective = _bare(toks[j].norm), _bare(toks[j + 1].norm)
    definite = head.startswith("ال")
    return (
        head.removeprefix("ال") in ARMED_UNIT_HEADS
        and adjective.startswith("ال") == definite
        and adjective.removeprefix("ال") in _FORCE_ADJECTIVES
    )


_OWN_ENVOYS = ("سفير", "السفير", "القايم", "قايم")


def envoy_at(analysis: Analysis, j: int) -> bool:
    """An envoy's word at j: "السفير البحريني", "سفيرها", "سفراء"."""
    return _bare(analysis.tokens[j].norm).startswith(_OWN_ENVOYS + ("سفراء", "السفراء"))


def envoy_post(
    analysis: Analysis, rng: tuple[int, int], ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The state an envoy is posted to, named after لدى or في right after the envoy's
    phrase ("سفيرها في طهران", "سفير مملكة البحرين لدى الجمهورية الإسلامية الإيرانية");
    None when no such state follows."""
    if not _bare(analysis.tokens[rng[0]].norm).startswith(_OWN_ENVOYS):
        return None
    return _state_after(analysis, rng[0] + 1, rng[0] + 8, _POSTED_IN, ents)


_POSTED_IN = {"لدي", "في"}


def _state_after(
    analysis: Analysis,
    first: int,
    stop: int,
    prepositions: set[str],
    ents: EntityIndex,
    past_capital: bool = False,
) -> tuple[int, int] | None:
    """The phrase of a state or body named right after one of ``prepositions`` between
    ``first`` and ``stop``, in the same clause; with ``past_capital``, past "العاصمة" and
    its adjective to the capital's name ("من العاصمة الإيرانية طهران")."""
    toks = analysis.tokens
    for k in range(first, min(len(toks) - 1, stop)):
        if _break_between(analysis, k - 1, k):
            return None
        if toks[k].norm not in prepositions:
            continue
        state = k + 1
        if past_capital and toks[state].norm == "العاصمه":
            state = next(
                (
                    m
                    for m in range(state + 1, min(len(toks), state + 3))
                    if ents.get(m, (0, 0, ""))[2] in ("GPE", "LOC")
                    and not _break_between(analysis, m - 1, m)
                ),
                state,
            )
        if ents.get(state, (0, 0, ""))[2] in ("GPE", "LOC", "ORG") or _is_state(analysis, state):
            return _phrase_from(analysis, state, limit=3, ents=ents)
    return None


# the bare forms of breaking or lowering ties that are mostly the masdar, in a clause
# with its own verb: "وأعلنت السعودية قطع العلاقات"
_TIES_MASDARS = {"قطع", "خفض"}
# the word before the state that ties are cut with, or an envoy is recalled from
_TIES_WITH = {"مع", "لدي", "في", "من"}


def ties_partner(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The state the ties are cut with, or the envoy recalled from, by the trigger at i
    ("قطعت السعودية علاقاتها الدبلوماسية مع إيران", "سحبت سفيرها من طهران"): a state or
    body named after مع، لدى، في or من past the ties' own words, in the same clause."""
    return _state_after(analysis, i + 1, i + 10, _TIES_WITH, ents, past_capital=True)


_MEMBER = {"العضو", "العضوه", "الاعضاء"}


def name_runs_on(analysis: Analysis, a: int, b: int, kind: str) -> int:
    """Where a mention should end when the tagger ran it on into the next phrase: in an
    organisation's, after a definite adjective or name, a definite party word or title is
    no part of the name ("وزارة الخارجية المصرية | السلطات الإيرانية", "حكومة الثني |
    المجتمع الدولي", "وزارة الخارجية | السفير الإيراني"); a title-headed person's ends
    before a بـ-masdar or work noun ("رئيس المجلس البلدي | بجهود هيئة البحرين")."""
    toks = analysis.tokens
    if kind == "PERSON" and _title_head(toks[a].norm):
        # a title phrase runs into what its holder praised or did ("رئيس مجلس المحرق
        # البلدي | بجهود هيئة البحرين"): no title goes on past a بـ-masdar
        for k in range(a + 2, b):
            w = toks[k].norm
            if (
                w[:1] == "ب"
                and (_key(w[1:]) in _WORKS or derived_masdar(w[1:]))
                and not _break_between(analysis, k - 1, k)
            ):
                return k  # (not a place in the title: "وزير الدولة بدولة الكويت")
        return b
    if kind != "ORG":
        return b
    for k in range(a + 1, b):
        if toks[k].norm[:1] == "ل" and toks[k].norm[1:] in _PLAIN_MASDARS:
            return k  # "الحكومة اليمنية | لوقف الحوثيين": a purpose, no part of the name
        if masculine_after_feminine(toks[k - 1].norm, toks[k].norm) and not _break_between(
            analysis, k - 1, k
        ):
            return k  # "الوزارة | المقترح": a masculine word describes no feminine noun
    for k in range(a + 2, b):
        prev, w = toks[k - 1].norm, toks[k].norm
        if (
            prev.startswith("ال")
            and w.startswith("ال")
            and not _nisba_adjective(w)
            and (
                w == "المجتمع"
                or _key(w) in GENERIC_HEADS
                and w.endswith("ات")
                or _title_head(w)
                # people in a broken plural after the name's final adjective: "وزارة
                # الشؤون الإسلامية | الخطباء والدعاة"
                or (_nisba_adjective(prev) and (_plural_title(w) or w in _LEARNED_PEOPLE))
            )
        ):
            return k
        if (
            prev.startswith("ال")
            and w.startswith("ال")
            and derived_masdar(w, analysis.text[toks[k].start : toks[k].end])
            and not _break_between(analysis, k - 1, k)
        ):
            return k  # "وجدد مجلس الشورى | التأكيد على": the verb's object, a masdar
    return b


_KIN = {
    "والد",
    "والده",
    "والدا",
    "ابن",
    "ابنه",
    "شقيق",
    "شقيقه",
    "زوج",
    "زوجه",
    "اسره",
    "عائله",
    "ذوو",
    "ذوي",
    "اهل",
    "اقارب",
    "نجل",
    "نجله",
    "ارمله",
    # grandparents and grandchildren: "روبرت ساليفان، جد فيرونيكا موزر ساليفان،"
    "جد",
    "جده",
    "حفيد",
    "حفيده",
}
_LEARNED_PEOPLE = {"الخطباء", "الدعاه", "الايمه", "العلماء", "المشايخ"}


# "ذوي الإعاقة", "ذات الاختصاص": an adjective phrase of possession
_POSSESSING = {"ذوي", "ذو", "ذوو", "ذات", "ذوات"}


# perfect verbs of saying that no role phrase runs over ("الملك محمد السادس ملك المملكة
# المغربية | أعرب خلاله"): unambiguous forms only (not بين، تابع، ذكر، عبر)
_SAYING = {
    "اعرب",
    "اعربت",
    "اكد",
    "اكدت",
    "اشار",
    "اشارت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "قال",
    "قالت",
    "شدد",
    "شددت",
    "ابان",
    "ابانت",
    "افاد",
    "افادت",
}


def _phrase_from(
    analysis: Analysis, j: int, limit: int = 2, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int]:
    """Head at j plus up to ``limit``-1 modifiers (an adjective or an idafa term);
    a named mention is taken whole. A verb of saying ends it, wherever the phrase's
    rules would have taken it."""
    start, end = _phrase_span(analysis, j, limit, ents)
    toks = analysis.tokens
    for k in range(max(start, j) + 1, end):
        if k not in ents and (
            _bare(toks[k].norm) in _SAYING
            or toks[k].norm in _EACH_OF
            or toks[k].norm in _CLAUSE_AFTER_PARTY
        ):
            return start, k
        if toks[k].norm == "من" and k + 1 < len(toks) and toks[k + 1].norm in _ON_ITS_SIDE:
            return start, k  # "داعيا المستهلك | من جهته إلى": on his part
        if (
            k == start + 1
            and toks[start].norm.endswith("ا")
            and start not in ents
            and k not in ents
            and perfect_verb_like(toks[k])
            and not _wanted(analysis, start)
            and not _nisba_adjective(toks[k].norm)
            and not toks[k].norm.endswith("ا")  # its adjective agrees: "شخصا مشبوها"
            # nor an elative: "شروطا أفضل"
            and not (len(toks[k].norm) == 4 and toks[k].norm[0] == "ا")
        ):
            return start, k  # an indefinite noun, then the clause describing it: "رجلا | حاول"
    if (
        end == start + 1 == j + 1
        and end + 1 < len(toks)
        and not toks[start].norm.startswith("ال")
        and _party_word(toks[start].norm)
        and toks[end].norm[:1] == "و"
        and not toks[end].norm[1:].startswith("ال")
        and _party_word(toks[end].norm[1:])
        and not _break_between(analysis, start, end + 1)
        and (
            toks[end + 1].norm.startswith("ال")
            # or a body in construct: "رئيس وأعضاء هيئة المهندسين السعوديين"
            or (
                end + 2 < len(toks)
                and _key(toks[end + 1].norm) in _BODY_HEADS
                and toks[end + 2].norm.startswith("ال")
                and not _break_between(analysis, end + 1, end + 2)
            )
        )
    ):
        # two heads sharing one genitive: "رئيس وأعضاء الغرفة التجارية"
        end += 1 if toks[end + 1].norm.startswith("ال") else 2
        while (
            end < len(toks)
            and toks[end].norm.startswith("ال")
            and not _break_between(analysis, end - 1, end)
        ):
            end += 1
    if (
        end < len(toks)
        and toks[end].norm in _DEFINITE_COUNTS
        and toks[end - 1].norm.startswith("ال")
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # how many: "قوات الدول الثلاث", "الأحزاب الأربعة"
    if (
        end < len(toks)
        and toks[end].norm in _FREE
        and toks[end - 1].norm.startswith("ال")
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # "الجيش السوري الحر": free, the phrase's last adjective
    if (
        end < len(toks)
        and end - start >= 2
        and end not in ents
        and _participle_adjective(toks[end - 1].norm, toks[end].norm)
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # "زعيمة اليمين المتطرف": the genitive's participle, its adjective
    if (
        end < len(toks)
        and toks[end - 1].norm.removeprefix("و") == "الاخوان"
        and toks[end].norm in ("المسلمون", "المسلمين")
    ):
        end += 1  # "الإخوان المسلمون": one name
    if (
        end < len(toks)
        and _bare(toks[end - 1].norm) == "المسجد"
        and toks[end].norm in MOSQUE_NAMES
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # "خطيب المسجد الحرام": one name
    if (
        end == start + 1
        and end + 1 < len(toks)
        and _bare(toks[start].norm).removeprefix("ال").startswith("مدافع")
        and toks[end].norm == "عن"
        and not _break_between(analysis, start, end + 1)
    ):
        # those who defend take what they defend: "المدافعات عن حقوق النساء"
        end = _phrase_span(analysis, end + 1, 2, ents)[1]
    if (
        start < end - 1
        and end + 1 < len(toks)
        and _bare(toks[end - 1].norm) in ("الدفاع", "للدفاع")
        and toks[end].norm == "عن"
        and toks[end + 1].norm != "طريق"  # "وزير الدفاع عن طريق رسالة": by way of
        and _key(toks[start].norm) in _BODY_HEADS
        and not _break_between(analysis, end - 1, end + 1)
    ):
        # a body named for what it defends: "منظمة الدفاع عن المستهلك", "الرابطة
        # التونسية للدفاع عن حقوق الإنسان"
        end = _phrase_span(analysis, end + 1, 2, ents)[1]
    if (
        end + 1 < len(toks)
        and toks[end].norm in ("ذوي", "ذوو", "ذوات")
        and not _break_between(analysis, end - 1, end + 1)
    ):
        end += 2  # "جمعية الأشخاص | ذوي الإعاقة": those with, and what they have
    while (
        end - start >= 2
        and end < len(toks)
        and end - start < 4
        and toks[start].norm.endswith("ا")
        and toks[end - 1].norm.endswith("يا")
        and toks[end].norm.endswith("يا")
        and end not in ents
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # the accusative's nisbas, one after another: "وفدا برلمانيا تونسيا"
    if (
        end == start + 1 == j + 1
        and end < len(toks)
        and not toks[start].norm.startswith("ال")
        and _party_word(toks[start].norm)
        # (a one-person title keeps the quote for its holder's name after it: 'رئيس
        # "حماية المستهلك" الدكتور محمد عبيدات')
        and not _title_head(toks[start].norm)
        and set(analysis.text[toks[start].end : toks[end].start]) - {" "} <= {"«", '"', "“"}
        and set(analysis.text[toks[start].end : toks[end].start]) - {" "}
    ):
        # a construct head before a quoted name: 'قادة "الجيش السوري الحر"'
        for k in range(end, min(len(toks), end + 6)):
            closing = (
                set(analysis.text[toks[k].end : toks[k + 1].start]) if k + 1 < len(toks) else {"."}
            )
            if closing & {"»", '"', "”"}:
                end = k + 1
                break
            if closing - {" "}:
                break
    return start, _body_fields_end(analysis, start, end, ents)


_FREE = {"الحر", "الحره"}
# the second word of a mosque's name: "المسجد الحرام", "المسجد النبوي"
MOSQUE_NAMES = {"الحرام", "النبوي", "الاقصي", "الاموي"}
# words that open what is said of a party, never its modifier: "شخصين | بصدد ترويج",
# "شخصين | أحدهما تلقى تدريبا"
_CLAUSE_AFTER_PARTY = {"بصدد", "احدهما", "احداهما", "احدهم", "احداهن"}


def _body_fields_end(analysis: Analysis, start: int, end: int, ents: EntityIndex) -> int:
    """A body's head and the fields it is for, joined by و: "لجنة المالية والتخطيط
    والتنمية", "وزارة الفلاحة والموارد المائية والصيد البحري" (each field with its
    adjective); not a second party ("والمواطنين")."""
    toks = analysis.tokens
    if not (
        end - start == 2
        # (a centre or an institute too, though its word also names a place)
        and (_key(_bare(toks[start].norm)) in _BODY_HEADS or _bare(toks[start].norm) in _CENTRES)
        and not toks[start].norm.startswith(("ال", "بال", "لل"))
        and toks[start + 1].norm.startswith("ال")
    ):
        return end
    stop = end
    for _ in range(2):  # the field's adjectives: "مركز القانون | الدولي الإنساني"
        if (
            stop < len(toks)
            and _nisba_adjective(toks[stop].norm)
            and stop not in ents
            and not _break_between(analysis, stop - 1, stop)
        ):
            stop += 1
    for _ in range(3):
        # a field in construct: "وحقوق الإنسان"
        construct = (
            stop + 1 < len(toks)
            and toks[stop].norm in _CONSTRUCT_FIELDS
            and toks[stop + 1].norm.startswith("ال")
            and not _break_between(analysis, stop, stop + 1)
        )
        if not (
            stop < len(toks)
            and (toks[stop].norm.startswith("وال") or construct)
            and not _break_between(analysis, stop - 1, stop)
            and not _party_word(toks[stop].norm[1:])
            and stop not in ents
            and not _is_state(analysis, stop)
            and not any(t.index == stop for t in analysis.triggers)
        ):
            break
        stop += 1 + construct
        if (
            stop < len(toks)
            and _nisba_adjective(toks[stop].norm)
            and not _break_between(analysis, stop - 1, stop)
        ):
            stop += 1  # "والموارد المائية"
    return stop


_CENTRES = {"مركز", "معهد", "مرصد"}
# fields joined in construct to a body's name: "مركز القانون الدولي | وحقوق الإنسان"
_CONSTRUCT_FIELDS = {"وحقوق", "وشوون", "وشيون", "وقضايا", "ودراسات", "وبحوث", "وعلوم"}

# "كلا من": each of, which opens the next phrase ("التقى الوزير كلا من رئيس الهيئة")
_EACH_OF = {"كلا", "كلتا"}

# definite cardinals that follow a counted definite plural as its adjective (not
# الاثنين, also Monday)
_DEFINITE_COUNTS = {
    "ال" + w + e
    for w in ("ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر")
    for e in ("", "ه")
}


# forces and services named as one body (lemma keys): "الشرطة"، "الجيش"، "الأمن"
_FORCES_BEFORE_NAME = {"شرط", "جيش", "امن", "قوات", "حرس", "استخبار", "درك", "سلط"}


def body_noun(norm: str) -> bool:
    """A body (an institution, a force), which is no person's title: a name after it is
    another party ("واعتقلت الشرطة | محمد العلي", "استقبلت الحكومة | الوفد")."""
    key = _key(norm)
    return key in _BODY_HEADS or key in _FORCES_BEFORE_NAME


def _participle_adjective(before: str, norm: str) -> bool:
    """A definite singular participle (المتطرف، المسلحة) agreeing in gender with the
    definite noun before it: its adjective, not a new phrase (not a plural, "الحكومة
    | المواطنين", nor a title)."""
    return (
        before.startswith("ال")
        and norm.startswith("الم")
        # (a hollow root's is shorter: "والد الطفل | المصاب", "المقيم"; not a place)
        and (len(norm) >= 7 or len(norm) == 6 and norm[4] in "اي" and not _place_head(norm))
        and not norm.endswith(("ين", "ون", "ات", "اء"))
        # (a plural in -ات takes the feminine: "المفاوضات | المجتمع الدولي" is no pair)
        and norm.endswith("ه") == before.endswith(("ه", "ات"))
        and not _title_head(norm)  # "استقبل رئيس المجلس | المستشار الألماني"
        # a masculine body is the next phrase ("المجتمع"); the feminine agrees ("المسلحة")
        and not (_party_word(norm) and not norm.endswith("ه"))
    )


# movements named by a day of the year: "قوى 14 آذار", "حركة 6 أبريل", "ثورة 25 يناير"
_DATE_NAMED = {"قوي", "حركه", "تيار", "ثوره", "تحالف", "ائتلاف", "انتفاضه"}


def _date_name_end(analysis: Analysis, j: int) -> int:
    """Past a day and month at j that end a movement's name ("لقوى | 14 آذار"), or j."""
    toks = analysis.tokens
    if not (
        0 < j < len(toks) - 1
        and toks[j].norm.isdigit()
        and len(toks[j].norm) <= 2
        and toks[j + 1].norm in GREGORIAN_MONTHS
        and toks[j + 1].norm not in AMBIGUOUS_MONTHS
        and (toks[j - 1].norm in _DATE_NAMED or toks[j - 1].norm[1:] in _DATE_NAMED)
        and not _break_between(analysis, j - 1, j + 1)
    ):
        return j
    return j + 2


def _past_trailing_nisbas(analysis: Analysis, end: int, ents: EntityIndex) -> int:
    """Past definite nationality nisbas of the same ending right after a body's name
    that ends in one: the tagger's "البنك السعودي" + "البريطاني" is one bank."""
    toks = analysis.tokens
    while (
        0 < end < len(toks)
        and end not in ents
        and toks[end].norm.startswith("ال")
        and _nisba_adjective(adj := toks[end].norm)
        and _nisba_adjective(prev := toks[end - 1].norm)
        and prev.startswith("ال")
        and _adjective_ending(adj) == _adjective_ending(prev)
        and _adjective_ending(adj) in ("ي", "يه")
        and demonym_country(adj) is not None  # (a nationality, not "الحالية")
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1
    return end


def _phrase_span(analysis: Analysis, j: int, limit: int, ents: EntityIndex) -> tuple[int, int]:
    toks = analysis.tokens
    if j in ents:
        a, b, _type = ents[j]
        # adjacent mentions ("الجنرال" + "حفتر") and coordinated parties ("البرلمان والجنرال حفتر")
        while b < len(toks) and _same_party(analysis, ents, b):
            b = ents[b][1]
        if _type == "ORG":
            b = _past_trailing_nisbas(analysis, b, ents)
        return min(a, j), _coordinated(analysis, b, ents)
    end = j + 1
    if (
        toks[j].norm == "ال"
        and analysis.text[toks[j].start : toks[j].start + 1] == "آ"
        and end < len(toks)
        and not _break_between(analysis, j, end)
    ):
        end += 1  # a family's آل and its name: "دعا آل الشيخ | مسؤولي الأمانات"
    if limit == 2 and _bare(toks[j].norm) in ("اخصايي", "استشاري"):
        limit = 3  # a specialist and his field: "أخصائي طب عيون"
    while end < len(toks) and end - j < limit:
        t = toks[end]
        if t.norm in _RANKING_ELATIVES and toks[end - 1].norm.startswith("ال"):
            break  # an indefinite elative opens its own phrase: "الوزير | أكبر أحزاب"
        quoted = _quoted_name_end(analysis, end) if end == j + 1 and _names_quoted(toks[j]) else 0
        if quoted and not _quoted_act_owner(analysis, end, ents):
            return j, quoted  # "منظمة «هيومن رايتس ووتش»", "حركة «حماس»": the name in quotes
        if t.norm in _BI_PRONOUNS and _bare(toks[end - 1].norm).endswith("مشتبه"):
            end += 1  # "المشتبه به", "ثلاثة مشتبه بهم": one word with its pronoun
            continue
        if t.norm in _ABOUT_THEM and _wanted(analysis, end - 1):
            end += 1  # "مفتشا عنهم": one word with its pronoun
            continue
        if t.norm == "بالامر" and _bare(toks[end - 1].norm).startswith("المعني"):
            end += 1  # "المعني بالأمر", "المعنيين بالأمر": the one concerned
            continue
        if end == j + 1 and t.norm == "من" and end + 1 < len(toks):
            whole = _bare(toks[j].norm)
            # "قوة من الجيش اللبناني", "دورية من الشرطة": the detachment and its force;
            # a count of people: "أطلقت سراح عدد من الناشطين"; a group and whom it is
            # of: "استقبل … مجموعة من الرحالة السعوديين"
            if (
                (whole in _DETACHMENTS or toks[j].norm in ("عدد", "عددا"))
                and (end + 1 in ents or _party_word(toks[end + 1].norm))
                and not _break_between(analysis, end, end + 1)
            ) or (
                whole in ("مجموعه", "مجموعات")
                and toks[end + 1].norm.startswith("ال")
                and not _break_between(analysis, j, end + 1)
            ):
                return j, _phrase_from(analysis, end + 1, limit=3, ents=ents)[1]
        if (
            end == j + 1
            and t.norm == "في"
            and _bare(toks[j].norm) in _MEMBERS_IN
            and end + 1 < len(toks)
            and (
                end + 1 in ents
                or _party_word(toks[end + 1].norm)
                or (toks[end + 1].norm.startswith("ال") and is_actorish(analysis, end + 1, ents))
            )
            and not _break_between(analysis, j, end + 1)
        ):
            # "أعضاء في البرلمان", "مسؤول في وزارة الخارجية": the member and his body
            # (the body's own mention only: a name after it is the object)
            if end + 1 in ents:
                return j, ents[end + 1][1]
            body_end = _phrase_from(analysis, end + 1, limit=3, ents=ents)[1]
            named = next((k for k in range(end + 2, body_end) if k in ents), body_end)
            if named == end + 2 and _bare(toks[end + 1].norm) in _STATE_WORDS:
                return j, ents[named][1]  # "مسؤول في دولة العراق": the state's own name
            return j, named
        if (
            end == j + 1
            and t.norm.startswith("لل")
            and _bare(toks[j].norm) in _DETACHMENTS
            and _key(t.norm[2:]) in _ARRESTERS
            and not _break_between(analysis, j, end)
        ):
            # "مفارز للجيش", "دورية للحرس الوطني": the force in لـ
            return j, _phrase_from(analysis, end, limit=3, ents=ents)[1]
        if (
            t.norm == "شبه"
            and end + 1 < len(toks)
            and toks[end + 1].norm.startswith("ال")
            and toks[end + 1].norm.endswith(("ي", "يه"))
            and not _break_between(analysis, end - 1, end + 1)
        ):
            return j, end + 2  # "الطاقم شبه الطبي": a compound adjective
        if (
            t.norm in _BELONGING
            and end + 1 < len(toks)
            and toks[end + 1].norm[:1] == "ل"
            and not _break_between(analysis, end - 1, end + 1)
        ):
            # "دورية تابعة للشرطة العدلية بقفصة", "الأعوان التابعين للمنطقة الجهوية للأمن
            # الوطني": the body it belongs to names it
            return j, _phrase_from(analysis, end + 1, limit=4, ents=ents)[1]
        if (
            t.norm in _POSSESSING
            and end + 1 < len(toks)
            and toks[end + 1].norm.startswith("ال")
            and not _break_between(analysis, end - 1, end + 1)
        ):
            return j, end + 2  # "الجهات ذات الاختصاص", "الأشخاص ذوي الإعاقة"
        if (
            t.norm in STOP
            or t.core in CORE_STOP
            or t.norm in _CLAUSE_START  # "يدعو جنوده لأن يكونوا"
            or _break_between(analysis, end - 1, end)
        ):
            break
        if (
            t.norm == "باسم"
            and _bare(toks[end - 1].norm).removeprefix("ال") in _SPOKESMEN
            and end + 1 < len(toks)
            and not _break_between(analysis, end, end + 1)
        ):
            # "متحدث باسم الأسرة", "الناطق باسم الحكومة": whose spokesman is his title
            return j, _phrase_from(analysis, end + 1, ents=ents)[1]
        if (
            _day_before_yesterday(analysis, end) > end
            or (t.norm[:1] == "ل" and t.norm[1:] in _PLAIN_MASDARS)
            # "وطالب الرئيس | بفتح تحقيق": the act asked or pledged (not "القيادي بفتح
            # محمد دحلان", the movement, with its member's name after)
            or (
                t.norm[:1] == "ب"
                and t.norm[1:] in _PLAIN_MASDARS
                and end + 1 < len(toks)
                and end + 1 not in ents
                and not _break_between(analysis, end, end + 1)
            )
        ):
            # "سبعة أشخاص | أول من أمس", "الحكومة اليمنية | لوقف الحوثيين": a time, a
            # purpose
            break
        if (
            t.norm in lexicon.TIME_NOW
            or t.norm in MANNER_ADVERBS
            or t.norm == "عدم"
            # an abstract noun in -ية is no adjective: "حمّل الحكومة | المسؤولية"
            or t.norm in ABSTRACT_IN_YA
            # "طردت إيطاليا تونسيين | يوم السبت": a weekday named with يوم
            or (
                t.norm == "يوم"
                and end + 1 < len(toks)
                and toks[end + 1].norm.removeprefix("ال") in _WEEKDAYS
            )
        ):
            # "اتهمت الحكومة اليوم", "أدان مدني بشدة": a time or manner word ends it;
            # so does the negated act asked ("ناشد المجتمع الدولي عدم الاعتراف")
            break
        if (
            # و, or a ف that is a conjunction ("فالحكومة"), not a name's ف ("فلسطينيين")
            (t.norm[:1] == "و" or t.norm.startswith(("فال", "في")) or t.norm in STOP)
            and len(t.norm) > 3
            and t.norm not in _NATIVE_WAW
            and end not in getattr(ents, "own_initial", ())  # a name's own و: ويكيليكس
        ) or t.norm in _CLAUSE_AFTER_WAW:
            break  # a conjunction: coordination is _coordinated's business
        if t.norm in ("ب", "ل", "ك"):
            break  # a clitic a quote cut off: 'ندد الوزير | ب«الأنشطة المؤذية»'
        if any(
            tr.index == end
            for tr in analysis.triggers
            # a definite word is no verb: "والد الطالبة" (the student)
            if tr.kind == "noun" or tr.kind == "verb" and not t.norm.startswith("ال")
        ) and not (
            # a relative's genitive is whose relative, whatever it names: "والد الرهينة";
            # so is a construct plural's: "مصابي التفجير"
            end == j + 1
            and t.norm.startswith("ال")
            and (_bare(toks[j].norm) in _KIN or construct_plural(analysis, j, ents))
        ):
            break
        if (dated := _date_name_end(analysis, end)) > end:
            end = dated  # "قوى 14 آذار", "حركة 6 أبريل": a name
            continue
        if (
            t.norm[:1].isdigit()
            or (
                t.core in QUANTIFIERS
                # (a name: "ميليشيات الحشد الشعبي", not a crowd)
                and not (
                    end + 1 < len(toks) and toks[end + 1].norm in lexicon.NAME_AFTER.get(t.core, ())
                )
            )
            or t.norm in ("كافه", "عموم")  # all of: "ودعا الوزير | كافة المواطنين"
            or t.norm in AGENT_CUES
            or t.core in AGENT_CUES
        ):
            break
        if (
            end in ents
            and _bare(toks[end - 1].norm).startswith("ال")
            # a definite title is followed by its holder's name, not by a body: "وناشد
            # المفتي جامعة الدول العربية"
            and (not _title_head(toks[end - 1].norm) or ents[end][2] == "ORG")
            and end - 1 not in ents
            and (
                ents[end][2] == "ORG"
                # a plural is no apposition of one person: "اتهمت تلك الزعامات ساركوزي"
                or ents[end][2] == "PERSON"
                # (people in -ون/-ين may be named one by one: "المواطنون أحمد وعبدالله")
                and toks[end - 1].norm.endswith("ات")
                and not toks[end].norm.startswith("ال")
            )
        ):
            break  # a definite noun heads no idafa: "وطالبت الحكومة الأمم المتحدة"
        if (
            t.norm.startswith("ال")
            and not t.norm.endswith("ون")
            and end - 1 not in ents
            and _bare(toks[end - 1].norm).startswith("ال")
            and _bare(toks[end - 1].norm).endswith("ون")
            # (a stem of four letters or more: not "الشؤون", "القانون", broken or singular)
            and len(_bare(toks[end - 1].norm)) >= 8
            # (a nationality in a broken plural is its adjective: "المسؤولون الأتراك")
            and not broken_plural_nationality(t.norm)
        ):
            # a definite plural in -ون heads no idafa and its adjectives end the same
            # way: "قبض عليهم الحوثيون | الوزير السابق"
            break
        if (
            end in ents
            and ents[end][2] == "PERSON"
            and end - 1 not in ents
            and _bare(toks[end - 1].norm).startswith("ال")
            and body_noun(toks[end - 1].norm)
            # (not an adjective the tagger took for a name: "الهيئات | المسؤولة")
            and (ents[end][1] - ents[end][0] >= 2 or not toks[end].norm.startswith("ال"))
        ):
            # a body is no person's title, so the name after it is the object:
            # "واعتقلت الشرطة | محمد العلي", "واعتقل الجيش | محمد العلي"
            break
        if _bare(toks[end - 1].norm).startswith("ال") and construct_plural(analysis, end, ents):
            break  # nor a construct plural: "استقبل الأمير مسؤولي الشركة"
        if end - 1 not in ents and _plural_nisba_after_feminine(analysis, end):
            break  # a plural nisba describes no feminine singular: "الحكومة | الحوثيين"
        if (
            end == j + 1
            and _bare(toks[j].norm).startswith("ال")
            and _title_head(toks[j].norm)
            and t.norm.removeprefix("ال") in _VISITED_PLACES
            and t.norm.startswith("ال")
        ):
            break  # a definite place after a definite title: "زار الرئيس | المدينة"
        if _title_after_bi_only(t.norm):
            break  # a title after بـ is another person's: "الوزير | بالرئيس التركي"
        if (
            t.norm.startswith("ال")
            and _title_head(t.norm)
            and end not in ents
            and end - 1 not in ents
            and _bare(toks[end - 1].norm).startswith("ال")
            and not _title_head(toks[end - 1].norm)
            and not _break_between(analysis, end - 1, end)
        ):
            break  # a definite title is no adjective: "واستدعت الخارجية | السفير الإيراني"
        if (
            t.norm.startswith("ال")
            and _title_head(t.norm)
            and t.norm not in _TITLES
            and _title_head(toks[end - 1].norm)
            and toks[end - 1].norm.startswith("ال")
            and end - 1 not in ents
            and end + 1 < len(toks)
            and toks[end + 1].norm in _OFFICE_ADJECTIVES
        ):
            break  # another office holder: "وطالب الوزير | الأمين العام"
        if (
            t.norm.startswith("ال")
            and end not in ents
            and _pronoun_suffix(analysis, end - 1)
            and (t.norm.endswith("ات") or derived_masdar(t.norm))
        ):
            # a noun with its pronoun has no genitive, and a plural in -ات or a masdar
            # is no adjective of it: "مع نظيره | العلاقات الثنائية"
            break
        if (
            t.norm.startswith("ال")
            and _bare(toks[end - 1].norm).startswith("ال")
            and end not in ents
            and end - 1 not in ents
            and derived_masdar(t.norm)
            and not t.norm.endswith(("ي", "يه"))
        ):
            break  # nor is a definite masdar the adjective of a definite noun: "الوزير | التعليق"
        if (
            t.norm.startswith("الت")
            and len(t.norm) == 6
            and "ا" not in t.norm[3:]
            and end not in ents
            and _bare(toks[end - 1].norm).startswith("ال")
            and toks[end - 1].norm.endswith(("ين", "ون"))
            and _party_word(_bare(toks[end - 1].norm))
        ):
            break  # a تفعّل masdar is no people's adjective: "ناشد المسؤولين | التدخل"
        if (
            _bare(toks[end - 1].norm).startswith("ال")
            and end - 1 not in ents
            and end not in ents
            and not t.norm.startswith("ال")
            and not t.norm.endswith(("ون", "ين"))  # (a name may look plural: ماكرون)
            and _party_word(t.norm)
        ):
            break  # nor is an indefinite party word its adjective: "الأمير | بعثة الحج"
        if (
            _bare(toks[end - 1].norm).startswith("ال")
            and (_title_head(toks[end - 1].norm) or _party_word(toks[end - 1].norm))
            and end - 1 not in ents
            and end not in ents
            and t.norm.endswith("ات")
            and len(t.norm) >= 5
            and not t.norm.startswith("ال")
        ):
            break  # nor a plural in -ات, which names no one: "الأمير | وحدات المدفعية"
        if (
            end in ents
            and toks[end - 1].norm.endswith("ون")
            and not toks[end - 1].norm.startswith("ال")  # "المواطنون أحمد ...": named
            and toks[end].norm.startswith("ال")
            and _new_phrase(analysis, end - 1, end)
        ):
            break  # a plural in -ون heads no idafa: "واتهم معارضون الرئيس التركي"
        if (
            end in ents
            and ents[end][2] in ("GPE", "LOC")
            and _bare(toks[end - 1].norm) in _TITLES
            and _bare(toks[end - 1].norm).startswith("ال")
            and end - 1 not in ents
        ):
            break  # a definite title is followed by its holder's name, no place: "الأمير | مصر"
        if end in ents and not (
            ents[end][2] in ("GPE", "LOC") and _new_phrase(analysis, end - 1, end)
        ):  # "مسلحو حماس": a name as idafa term is taken whole ("زار الملك مدينة الرياض")
            return j, _coordinated(analysis, ents[end][1], ents)
        if (
            t.norm[:1] == "ب"
            and end not in ents
            and end - 1 not in ents
            and not toks[end - 1].norm.startswith("ال")
            and toks[end - 1].norm.endswith(("ين", "ون"))
            and _party_word(toks[end - 1].norm)
        ):
            break  # an indefinite plural in -ين has no genitive: "اتهمت مسلحين | بعبور"
        if (
            end == j + 1
            and _bare(toks[j].norm).startswith("ال")
            and (_title_head(toks[j].norm) or _party_word(toks[j].norm))
            and _act_after_bi(analysis, end, ents)
        ):
            break  # the act asked after a one-word subject: "وطالب الوزير | بعقد اجتماع"
        if _new_phrase(analysis, end - 1, end) or (
            t.norm[:1] == "ب" and (t.norm[1:] in QUANTIFIERS or t.core in QUANTIFIERS)
        ):
            break  # (a counted بـ-phrase is the one met: "التقى الوزير | بعدد من")
        end += 1
    if (
        _bare(toks[j].norm) in _STATE_DESCRIPTIONS
        and end in ents
        and ents[end][0] == end
        and ents[end][2] == "GPE"
        and not _break_between(analysis, end - 1, end)
    ):
        return j, ents[end][1]  # a country described, then named: "البلد الجار باكستان"
    if end - j == limit:
        # an idafa goes on while its last term is indefinite: "وزير حقوق الإنسان"،
        # "مدير شرطة المنطقة"، "دوريات حرس الحدود"، "نائب رئيس تحرير جريدة الشروق"
        while (
            limit == 2
            and end - j < limit + 3
            and end < len(toks)
            and (_title_head(toks[j].norm) or _construct_noun(toks[j].norm))
            and end - 1 not in ents
            and end not in ents
            and _construct_noun(toks[end - 1].norm)
            and toks[end].norm not in STOP  # "الى"
            and (
                toks[end].norm.startswith("ال")
                or (
                    # an indefinite genitive after a title or an office ("نائب رئيس
                    # تحرير جريدة"): no verb, adjective in -ون/-ين, accusative or word
                    # with a pronoun
                    (_title_head(toks[end - 1].norm) or toks[end - 1].norm in _OFFICES)
                    and _construct_noun(toks[end].norm)
                    and not verb_like(analysis, end, ents)
                    and not toks[end].norm.endswith(("ا", "ون", "ين"))
                    and not _pronoun_suffix(analysis, end)
                    and (
                        end + 1 == len(toks)
                        or toks[end + 1].norm.startswith("ال")
                        or end + 1 in ents
                        or _construct_noun(toks[end + 1].norm)
                    )
                )
            )
            and not _break_between(analysis, end - 1, end)
            and not _new_phrase(analysis, end - 1, end)
        ):
            end += 1
        if (
            limit == 2
            and end - j >= limit
            and end in ents
            and ents[end][0] == end
            and ents[end][2] in ("ORG", "GPE", "LOC")
            and toks[end - 1].norm in _OFFICES
            and not _break_between(analysis, end - 1, end)
        ):
            end = ents[end][1]  # the chain ends in a name: "مدير فرع | هيئة الأمر بالمعروف"
        chained = max(end, j + limit)
        # past the limit, relative adjectives still describe the head ("وزير الدفاع
        # الأمريكي", "مصدر عسكري سوري معارض"), and a person's title is followed by the
        # name ("... كارتر")
        # an indefinite head whose phrase is no prepositional one ("مجتمعاتها بطرق")
        indefinite = not toks[j].norm.startswith("ال") and not any(
            toks[k].norm[:1] in "بل" and not toks[k].norm.startswith("ال")
            for k in range(j + 1, end)
        )
        while (
            end < len(toks)
            and end - chained < 2
            and end not in ents
            and (
                _nisba_adjective(toks[end].norm)
                or (
                    indefinite
                    # a name made the head definite; its adjectives take ال: "حاكم عام
                    # جامايكا | بذكرى"
                    and end - 1 not in ents
                    and not verb_like(analysis, end, ents)
                    # "تنظيم داعش وترعى": a conjunction, unless of adjectives ("والتعليمية")
                    and (
                        toks[end].norm[:1] != "و"
                        or _nisba_adjective(toks[end].norm[1:])
                        or _indefinite_nisba(toks[end].norm[1:])  # "عربية وغربية"
                    )
                    and not toks[end].norm.startswith(("بم", "لم", "بت", "لت"))  # "بمستوى"
                    and (
                        _indefinite_nisba(toks[end].norm)
                        # short nisbas too: "سوري"، "كردي"
                        or (
                            len(toks[end].norm) == 4
                            and toks[end].norm.endswith("ي")
                            and not toks[end].norm.startswith("ال")
                            and toks[end].norm not in STOP
                        )
                        or toks[end].norm in _SOURCE_ADJECTIVES
                    )
                )
            )
            and not _break_between(analysis, end - 1, end)
            and not _new_phrase(analysis, end - 1, end)
        ):
            end += 1
        if (
            end + 1 < len(toks)
            and toks[end].norm in _POSSESSING
            and not _break_between(analysis, end - 1, end + 1)
        ):
            end += 2  # "جمعية الأشخاص ذوي الإعاقة": those who have it
        if end < len(toks) and toks[end - 1].norm == "الحرمين" and toks[end].norm == "الشريفين":
            end += 1  # the dual's adjective: "خادم الحرمين الشريفين"
        end = _area_name_end(analysis, end, ents)
        hit = ents.get(end)
        if (
            hit is not None
            and hit[0] == end
            and hit[2] == "PERSON"
            and _title_head(toks[j].norm)
            and not _break_between(analysis, end - 1, end)
            # (a title after بـ is another person's: "ولي العهد | بالرئيس الأمريكي")
            and not _title_after_bi_only(toks[end].norm)
            and not _indefinite_title(analysis, j, end, ents)
        ):
            end = hit[1]
        elif (
            hit is not None
            and hit[0] == end
            and end - 1 not in ents
            and _construct_noun(toks[end - 1].norm)
            and not _accusative_party(toks[end - 1].norm)  # "25 نائبا وزير المالية"
            # a sound plural keeps its ن only outside a construct: "خبراء عقاريون |
            # وزارة الإسكان", "مسؤولون أمريكيون | الحكومة الروسية"
            and not toks[end - 1].norm.endswith(("ون", "يين"))
            # a genitive takes no preposition: "دعم إماراتي متواصل لليمن", "بديار بكر"
            # (unless the letter is the name's own: "مجلس إدارة بنك الكويت المركزي")
            and (toks[end].norm[:1] not in "بلكوف" or end in getattr(ents, "own_initial", ()))
            and not _break_between(analysis, end - 1, end)
            and not _indefinite_title(analysis, j, end, ents)  # an adjective stood between
        ):
            # the idafa goes on into a name: "أمير منطقة الرياض", "سفير دولة الكويت"
            end = hit[1]
    end = _title_genitive_end(analysis, j, end, ents)
    return j, _coordinated(analysis, end, ents)


def _indefinite_title(analysis: Analysis, j: int, end: int, ents: EntityIndex) -> bool:
    """The title from j to end is indefinite, with an indefinite nationality and no
    article or name ("نائب فرنسي معارض", not "حاكم ولاية نيوجيرسي", "زعيمة مجاهدي
    خلق"): "a French MP" is no
    apposition to the name after it, which is another party ("اتهم نائب فرنسي معارض |
    ديفيد كاميرون")."""
    toks = analysis.tokens
    core = j
    while (
        core < len(toks)
        and core - j < 6
        and not (toks[core].norm.startswith(("ال", "لل")) or core in ents)
        and (core == j or not _break_between(analysis, core - 1, core))
    ):
        core += 1
    if core >= end and any(demonym_country("ال" + toks[k].norm) for k in range(j + 1, end)):
        return True
    # three indefinite words or more, up to a لـ-complement: "زعيم حزب معارض مؤيد للأكراد"
    return core - j >= 3 and core < len(toks) and toks[core].norm.startswith("لل")


# areas named by the word after them: "حاكم ولاية نيوجيرسي", "بلدية محافظة العارضة"
_AREAS = {"ولايه", "محافظه", "منطقه", "مدينه", "اقليم", "مقاطعه", "بلده", "قريه", "امانه"}


def _area_name_end(analysis: Analysis, end: int, ents: EntityIndex) -> int:
    """Past the name of an area that a phrase ends in, in construct: the place is part of
    the party ("حاكم ولاية نيوجيرسي", "بلدية محافظة العارضة"), not another phrase."""
    toks = analysis.tokens
    if (
        end >= len(toks)
        or _bare(toks[end - 1].norm) not in _AREAS
        or _break_between(analysis, end - 1, end)
    ):
        return end
    if end in ents:
        a, b, kind = ents[end]
        return b if a == end and kind in ("GPE", "LOC") else end
    nxt = toks[end].norm
    if (
        nxt in STOP
        or nxt[:1].isdigit()
        or nxt in lexicon.TIME_NOW
        or verb_like(analysis, end, ents)
        or any(t.index == end for t in analysis.triggers)
        or (nxt[:1] in "وبلف" and not nxt.startswith("ال"))
        or _nisba_adjective(nxt)
    ):
        return end
    return end + 1


# adjectives of a title or an office that leave its genitive to a لـ-phrase: "الأمين
# العام للأمم المتحدة", "الأمانة العامة لرابطة العالم الإسلامي"
_TITLE_ADJECTIVES = {
    "العام",
    "العامه",
    "المساعد",
    "المساعده",
    "الخاص",
    "الخاصه",
    "الدايم",
    "الدايمه",
    "التنفيذي",
    "التنفيذيه",
}
_GENERAL_OFFICES = {"الامانه", "الهييه", "الاداره", "الرياسه", "القياده", "المديريه", "اللجنه"}


def _title_genitive_end(analysis: Analysis, j: int, end: int, ents: EntityIndex) -> int:
    """Past the لـ-genitive of a title or office whose phrase [j, end) ends in an
    adjective such as العام or الخاص: "الأمين العام | للأمم المتحدة", "المبعوث الخاص |
    للرئيس", "الأمانة العامة | لرابطة العالم الإسلامي". The genitive is whose title it
    is, never the party the act is aimed at."""
    toks = analysis.tokens
    head_norm = toks[j].norm.removeprefix("و")  # also a coordinated one: "والإدارة العامة"
    if not (
        end - j >= 2
        and end < len(toks)
        and j not in ents
        and (_title_head(head_norm) or head_norm in _GENERAL_OFFICES)
        and head_norm.startswith("ال")
        and all(toks[k].norm in _TITLE_ADJECTIVES for k in range(j + 1, end))
        and not _break_between(analysis, end - 1, end)
    ):
        return end
    while (
        end + 1 < len(toks)
        and toks[end].norm in _TITLE_ADJECTIVES
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # "الأمين العام المساعد"
    if _break_between(analysis, end - 1, end):
        return end
    w = toks[end].norm
    if w.startswith("لل"):
        head = end  # "للأمم المتحدة": the article is in the word
    elif w[:1] == "ل" and _construct_noun(w[1:]) and end + 1 < len(toks):
        head = end + 1  # "لرابطة العالم", "لشؤون فلسطين": its genitive follows
        if _break_between(analysis, end, head):
            return end
    elif (
        w in ("علي", "عن")
        and _bare(head_norm).removeprefix("ال") in _SUPERVISING
        and end + 2 < len(toks)
        and _construct_noun(toks[end + 1].norm)
        and not _break_between(analysis, end, end + 2)
    ):
        # who supervises a body: "المشرف العام على مركز الملك سلمان للإغاثة"
        end, head = end + 1, end + 2
    else:
        return end
    if head > end and (dated := _date_name_end(analysis, head)) > head:
        return dated  # "الأمانة العامة لقوى 14 آذار"
    if head in ents:
        if ents[head][2] not in ("ORG", "GPE", "LOC") and head > end:
            return end
        return ents[head][1]
    if head > end and not toks[head].norm.startswith("ال"):
        if not (
            # one more idafa term: "لشؤون حجاج الداخل"
            head + 1 < len(toks)
            and head not in ents
            and _construct_noun(toks[head].norm)
            and toks[head + 1].norm.startswith("ال")
            and not _break_between(analysis, head, head + 1)
        ):
            return end
        head += 1
    k = head + 1
    if (
        k + 1 < len(toks)
        and toks[k].norm.startswith("وال")
        and k not in ents
        and not _party_word(toks[k].norm[1:])
        and not _break_between(analysis, k - 1, k)
    ):
        k += 1  # "للسياحة والآثار", "للتخطيط والتطوير": one office of two fields
    while (
        k < len(toks) and _nisba_adjective(toks[k].norm) and not _break_between(analysis, k - 1, k)
    ):
        k += 1  # "لرابطة العالم الإسلامي"
    return k


def title_after_bi(norm: str) -> bool:
    """A title head, also in the preposition بـ ("بقائد قوة جازان", "بملك المملكة")."""
    return _title_head(norm) or _title_after_bi_only(norm)


def preposition_bi(norm: str) -> bool:
    """The word opens with the preposition ب as the clitic model reads it: "بباراك",
    "بالرئيس" (not a name's own ب: "بوريس", "بندر", "باسم")."""
    prefixes, stem, _suffix = split_clitics(norm)
    return prefixes[:1] == ["ب"] and stem not in OWN_BA_STEMS


def place_named_with_ba(norm: str) -> bool:
    """A city or state whose own name starts with ب ("بكين", "بغداد", "بيروت",
    "بلجيكا"), not ب + a place ("بجدة", "بموسكو"): the whole word is a known place and
    the word without ب is none."""
    if norm[:1] != "ب":
        return False
    whole = city_country(norm) or country_of_name(norm)
    return whole is not None and city_country(norm[1:]) is None and not country_of_name(norm[1:])


# stems the clitic model finds after a given name's own ب: باسم، بسام، بلال …
OWN_BA_STEMS = {"اسم", "سام", "لال", "در", "كر", "شير", "شار", "هاء", "ندر", "سمه"}


def _title_after_bi_only(norm: str) -> bool:
    """A title head in the preposition بـ, not a title of its own: "بالرئيس", "بقائد"."""
    return _bi_word(norm) and not _title_head(norm) and _title_head(norm[1:])


# people named by their occupation, a name after them with no comma being theirs: "الناشط
# السياسي محمود البارودي", "المحامي شاكر العيادي" (not titles of office: no name need
# follow them, and after other words they are no title)
_OCCUPATIONS = {
    "ناشط",
    "ناشطه",
    "محامي",
    "محاميه",
    "صحفي",
    "صحفيه",
    "صحافي",
    "صحافيه",
    "مدون",
    "مدونه",
    "اعلامي",
    "اعلاميه",
    "فنان",
    "فنانه",
    "مخرج",
    "مخرجه",
    "كاتب",
    "كاتبه",
    "شاعر",
    "شاعره",
    "لاعب",
    "لاعبه",
    "مدرب",
    "طبيب",
    "طبيبه",
    "مهندس",
    "قيادي",
    "قياديه",
    "معارض",
    "معارضه",
    "داعيه",
    "محلل",
    "اكاديمي",
    "باحث",
    "باحثه",
    "خبير",
    "ضابط",
    "استاذ",
    "استاذه",
    "كيميايي",
    "رجل",  # "رجل الأعمال فلان"
    "سيده",
    # who someone is, with the name after: "وطالب المواطن ظافر آل سعد"
    "مواطن",
    "مواطنه",
    "شاب",
    "شابه",
    "طالب",
    "طالبه",
    "معلم",
    "معلمه",
    "موظف",
    "موظفه",
    "مقيم",
    "مقيمه",
    "مبتعث",
    "مبتعثه",
    "تاجر",
    "مغني",
    "مغنيه",
    # a nisba as the occupation: "طالب اليوم السياسي محمود البارودي"
    "سياسي",
    "سياسيه",
    "دبلوماسي",
    "برلماني",
    "برلمانيه",
    "حقوقي",
    "حقوقيه",
}


def _occupation_name_start(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> int:
    """Where the name of the person a definite occupation phrase at rng describes begins:
    right after the occupation and its nisba adjectives or its definite genitive ("الناشط
    السياسي محمود البارودي", "الكيميائي الكوري الشمالي ري يونغ تشول", "رجل الأعمال
    فلان"), with no punctuation in between; -1 when no name follows so."""
    toks = analysis.tokens
    start, end = rng
    head = _bare(toks[start].norm)
    if not head.startswith("ال") and head != "رجل":
        return -1
    if head.removeprefix("ال") not in _OCCUPATIONS:
        return -1
    k = start + 1
    while k < len(toks) and k - start <= 4 and k not in ents and toks[k].norm.startswith("ال"):
        if not (_nisba_adjective(toks[k].norm) or (head == "رجل" and k == start + 1)):
            return -1
        k += 1
    hit = ents.get(k)
    if hit is None or hit[0] != k or hit[2] != "PERSON" or k < end:
        return -1
    if _break_between(analysis, start, k):
        return -1
    return k


def title_name_end(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> int:
    """``_title_name_end``, stopped where the verb's object opens inside it."""
    end = _title_name_end(analysis, rng, ents)
    return next((k for k in range(rng[1], end) if object_opens(analysis, k, ents)), end)


def _title_with_pronoun(norm: str) -> bool:
    """A title with a possessive pronoun: "نائبه", "مستشارها", "وزيرهم"."""
    bare = _bare(norm)
    return any(
        bare.endswith(p) and len(bare) - len(p) >= 3 and _title_head(bare[: -len(p)])
        for p in ("هما", "هم", "ها", "ه")
    )


def _title_name_end(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> int:
    """The end of the person a title phrase names when the name comes after the rest of
    the title ("وزير الدولة لشئون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية"):
    a person mention within a few words, with no punctuation, particle, verb or
    conjunction before it; else the phrase's own end. An occupation takes the name
    right after it and its adjectives (``_occupation_name_start``)."""
    toks = analysis.tokens
    start, end = rng
    # the name set off by commas: "استنكر فضيلة الشيخ، محمد بن محمد المختار الشنقيطي،"
    hit = ents.get(end)
    if (
        end < len(toks)
        and (title_after_bi(toks[start].norm) or toks[start].norm in HONORIFIC_OPENERS)
        and hit is not None
        and hit[0] == end
        and hit[2] == "PERSON"
        and hit[1] < len(toks)
        and not _title_head(toks[end].norm)  # another's title: "، رئيس الهيئة"
        and _comma_only(analysis, end - 1, end)
        and _comma_only(analysis, hit[1] - 1, hit[1])
    ):
        return hit[1]
    if any(ents.get(k, (0, 0, ""))[2] == "PERSON" for k in range(start, end)):
        return end
    if _indefinite_title(analysis, start, end, ents):
        return end  # "a French MP" names no one: "نائب فرنسي معارض | ديفيد كاميرون"
    if (named := _occupation_name_start(analysis, rng, ents)) >= 0:
        return ents[named][1]
    if not title_after_bi(toks[start].norm):
        return end
    if _bare(toks[start].norm).endswith("ون"):
        return end  # people in the plural name no one person: "الحوثيون | الوزير السابق"
    # past an envoy's post: "السفير الأسترالي | لدى المملكة | الدكتور رالف بيتر كينج"
    named_from = _past_envoy_post(analysis, end, ents)
    for k in range(named_from, min(named_from + 8, len(toks))):
        if (
            _break_between(analysis, k - 1, k)
            or _title_after_bi_only(toks[k].norm)
            # another's title, with a possessive: "رئيس البلاد سالفاكير | نائبه السابق"
            or _title_with_pronoun(toks[k].norm)
            # the king's own title: "وهنأ الوزير | خادم الحرمين الشريفين الملك سلمان"
            or _king_title_at(analysis, k)
            # someone's kin, the name after them theirs: "وزار وزير التعليم | والدي لين"
            or toks[k].norm in _KIN
            or toks[k].norm in ("والدي", "ابني", "ابنتي", "شقيقي")
            # a person named after بـ: "الوزير | بباراك أوباما" (not a place: "بدولة قطر")
            or (ents.get(k, (0, 0, ""))[2] == "PERSON" and preposition_bi(toks[k].norm))
            # what is praised or asked, after بـ: "وأشاد الوزير | بأعمال الفنانة فرح
            # سعيد" (not the office's place or body: "بدولة قطر", "بكلية البنات")
            or _bi_thing(analysis, k, ents)
        ):
            # (another person's title after بـ: "مدير شرطة المنطقة | بقائد قوة جازان",
            # "ولي العهد | بالرئيس الأمريكي"; not the office's place: "بالديوان الملكي")
            return end
        hit = ents.get(k)
        if hit is not None and hit[0] == k and hit[2] == "PERSON":
            end = hit[1]
            after = ents.get(end)
            if (
                all(toks[t].norm in _TITLES for t in range(hit[0], hit[1]))
                and after is not None
                and after[0] == end
                and after[2] == "PERSON"
                and not _break_between(analysis, end - 1, end)
            ):
                end = after[1]  # "الدكتور" tagged alone, then the name: one person
            return end
        norm = toks[k].norm
        if (
            norm in STOP
            or toks[k].core in CORE_STOP
            or norm in SKIP_BEFORE_SUBJECT
            or (
                norm[:1] in "وف"
                and norm not in _NATIVE_WAW
                and k not in ents
                # a second field of the office: "للإغاثة والأعمال الإنسانية الدكتور"
                and not (norm.startswith("وال") and not _party_word(norm[1:]))
            )
            or verb_like(analysis, k, ents)
            or any(t.index == k for t in analysis.triggers)
        ):
            return end
    return end


def _clitic_before_quote(analysis: Analysis, j: int, clitics: tuple[str, ...] = ("ب", "ل")) -> bool:
    """The token at j is a lone clitic an opening quote cut off its word: 'ب«الأنشطة'."""
    toks = analysis.tokens
    return (
        j + 1 < len(toks)
        and toks[j].norm in clitics
        and bool(set(analysis.text[toks[j].end : toks[j + 1].start]) & _OPEN_QUOTES)
    )


def _comma_only(analysis: Analysis, a: int, b: int) -> bool:
    """Only a comma stands between the tokens at a and b."""
    toks = analysis.tokens
    return analysis.text[toks[a].end : toks[b].start].strip() in ("،", ",")


def _bi_thing(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """بـ and the thing praised, asked or done at k ("بضرورة", "بتدخل", "بأعمال",
    "بجهود"), which no party's phrase runs across (unlike an office's place or body:
    "بدولة قطر", "بكلية البنات")."""
    toks = analysis.tokens
    if toks[k].norm == "باعمال" and k > 0 and toks[k - 1].norm.lstrip("و") in ACTING_FOR:
        return False  # "القائم بأعمال السفارة": the chargé d'affaires' own title
    return k not in ents and (_act_after_bi(analysis, k, ents) or toks[k].norm in _BI_THINGS)


# بـ-nouns of what is praised or asked for
_BI_THINGS = {
    b + w
    for b in ("ب", "بال")
    for w in ("ضروره", "جهود", "دور", "اعمال", "مواقف", "موقف", "انجازات", "مستوي", "عدم")
}


def _lam_phrase(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """The word at j is لـ and a party word ("للحكومة", "لحكومة الوحدة"), not a name or a
    word of its own that starts with ل (لبنان، لجنة)."""
    norm = analysis.tokens[j].norm
    if norm.startswith("لل"):
        return True
    return (
        norm[:1] == "ل"
        and len(norm) >= 5
        and j not in getattr(ents, "own_initial", ())  # the mention starts at its ل
        and actor_word(norm[1:]) is not None
        and actor_word(norm) == actor_word(norm[1:])
        and not norm.startswith(("لجن", "لجان", "لواء"))
    )


def _pronoun_suffix(analysis: Analysis, j: int) -> bool:
    """The word at j ends in a pronoun suffix as written (ه، ها، هم، هما), not the
    feminine ة that normalization turns into ه, nor the end of a stem that leaves fewer
    than three letters before it ("واتهم", "وساهم": اتهم، ساهم are whole verbs)."""
    tok = analysis.tokens[j]
    written = analysis.text[tok.start : tok.end]
    for suffix in _POSSESSIVE_SUFFIXES:
        if written.endswith(suffix):
            host = _bare(tok.norm)[: -len(suffix)]
            return len(host) >= 3 or host.startswith("ال")
    return False


# the third-person pronoun suffixes as written, longest first
_POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")


def _possessed(analysis: Analysis, j: int) -> bool:
    """The word at j carries a possessive pronoun ("قريبه", "نظيرها", "أنصارهم"); not a
    definite party word that ends like one ("المتهم": the article takes no pronoun)."""
    tok = analysis.tokens[j]
    bare = _bare(tok.norm)
    if bare.startswith("ال") and _party_word(bare):
        return False
    return tok.end - tok.start > 4 and _pronoun_suffix(analysis, j)


def _possessed_party(analysis: Analysis, j: int) -> bool:
    """The word at j is a party's noun with a possessive pronoun: "قواتها", "عناصره"."""
    if not _possessed(analysis, j):
        return False
    tok = analysis.tokens[j]
    written = analysis.text[tok.start : tok.end]
    bare = _bare(tok.norm)
    suffix = next(x for x in _POSSESSIVE_SUFFIXES if written.endswith(x))
    return _party_word(bare[: -len(suffix)]) or _party_word(_possessor_host(analysis, j))


def _possessor_host(analysis: Analysis, j: int) -> str:
    """The noun a possessive pronoun is attached to, its ة restored: زوجته -> زوجه."""
    tok = analysis.tokens[j]
    written = analysis.text[tok.start : tok.end]
    bare = _bare(tok.norm)
    for suffix in _POSSESSIVE_SUFFIXES:
        if written.endswith(suffix):
            host = bare[: -len(suffix)]
            return host[:-1] + "ه" if host.endswith("ت") else host
    return bare


def _first_name_before(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """The word at j starts a person's name the NER found only from the next word on
    ("اتهم ألبرت ديل روساريو"): a bare word, no article, particle or masdar."""
    hit = ents.get(j + 1)
    tok = analysis.tokens[j]
    norm = tok.norm
    surface = analysis.text[tok.start : tok.end]  # "ألبرت" has no article, "البرلمان" has
    return (
        j not in ents
        and hit is not None
        and hit[0] == j + 1
        and hit[2] == "PERSON"
        and not surface.startswith(("ال", "لل", "بال", "وال"))
        # nor a masdar after a preposition ("هدد بمقاضاة هاشمي رفسنجاني"), nor a
        # party's relative ("يتهم قريبه سليمان")
        and not (surface[:1] in "بل" and surface.endswith("ة"))
        and not _possessed(analysis, j)
        and norm not in STOP
        and not derived_masdar(norm)
        and not _break_between(analysis, j, j + 1)
    )


# heads whose name follows in quotes: "منظمة «هيومن رايتس ووتش»", "تنظيم «داعش»"
_QUOTED_NAME_HEADS = {
    "منظمه",
    "حركه",
    "تنظيم",
    "جماعه",
    "حزب",
    "شركه",
    "صحيفه",
    "وكاله",
    "جمعيه",
    "مؤسسه",
    "هيئه",
    "مجموعه",
    "ايتلاف",
    "تحالف",
    "جبهه",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "قناه",
    "مركز",
    "مجله",
    "كتايب",
    "لواء",
    "فصيل",
}
_OPEN_QUOTES = set('«"“')
_CLOSE_QUOTES = set('»"”')


def _names_quoted(tok) -> bool:
    return tok.core in _QUOTED_NAME_HEADS or _bare(tok.norm) in _QUOTED_NAME_HEADS


def _bracketed_name(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """Token k, right after an opening bracket, starts a person's name: a mention, or a
    family name shaped like a nisba (السهلي، الغامدي); not an adverb or a common noun in
    brackets ("(مالياً)", "(المعروض)")."""
    toks = analysis.tokens
    if not 0 < k < len(toks) or "(" not in analysis.text[toks[k - 1].end : toks[k].start]:
        return False
    hit = ents.get(k)
    if hit is not None:
        return hit[2] in ("PERSON", "ORG")
    return _nisba_adjective(toks[k].norm)


def _quoted_name_end(analysis: Analysis, k: int, brackets: bool = False) -> int:
    """When token k opens a quoted name (only an opening quote before it; with
    ``brackets`` also a round bracket: "ودعا ( السهلي ) إلى"), the token index after its
    closing mark, within six words; else 0."""
    toks = analysis.tokens
    if not 0 < k < len(toks):
        return 0
    opening, closing = (
        (_OPEN_QUOTES | {"("}, _CLOSE_QUOTES | {")"}) if brackets else (_OPEN_QUOTES, _CLOSE_QUOTES)
    )
    gap = set(analysis.text[toks[k - 1].end : toks[k].start]) - {" "}
    if not gap or not gap <= opening:
        return 0
    for m in range(k + 1, min(len(toks), k + 7) + 1):
        # (a name may close the sentence: "يشيد بدور «المواصفات»")
        tail = analysis.text[toks[m - 1].end : toks[m].start if m < len(toks) else None]
        after = set(tail.strip()[:1] if m == len(toks) else tail) - {" "}
        if m == len(toks) or after:
            return m if after and after <= closing | {"،", ",", "."} and after & closing else 0
    return 0


# indefinite adjectives that describe a source or a person ("مصدر مطلع"، "مواطن مقيم")
_SOURCE_ADJECTIVES = {
    "معارض",
    "معارضه",
    "مطلع",
    "مطلعه",
    "مسوول",
    "مسؤول",
    "رفيع",
    "بارز",
    "مقرب",
    "مقربه",
    "مقيم",
    "مقيمه",
}


def _construct_noun(norm: str) -> bool:
    """An indefinite noun that must have a genitive after it (the first term of an
    idafa): no article, preposition or conjunction in front, no pronoun ending (a final
    ه is mostly the feminine ending here: "منطقة")."""
    return (
        len(norm) > 2
        and (
            not norm.startswith(("ال", "و", "ف", "ب", "ل", "ك"))
            or norm in _NATIVE_WAW
            or norm in _NATIVE_KAF
            or norm in _OFFICES  # "فرع"
        )
        and norm not in STOP
        and not norm.endswith(("ها", "هم", "هما"))
        # nor an adjective ("عسكرية"), but the nouns of offices, states and bodies are
        # nouns ("جمعية حقوق الإنسان")
        and (
            not (len(norm) > 4 and norm.endswith(("ي", "يه")))
            or norm in _OFFICES
            or norm in _BODY_NOUNS_IN_YA
            or norm in _PEOPLE_PLURAL_HEADS  # "مسؤولي التعليم", "منسوبي الإمارة"
        )
    )


# nouns that start with ك themselves (no كـ preposition): "هيئة كبار العلماء"
_NATIVE_KAF = {"كبار", "كتله", "كليه", "كتايب", "كتيبه", "كنيسه"}
# bodies whose word ends like a nisba: "جمعية", "مديرية", "مفوضية"
_BODY_NOUNS_IN_YA = {"جمعيه", "مديريه", "مفوضيه", "بلديه", "اتفاقيه", "قنصليه", "كليه"}


# heads of a person's title, before the name ("وزير الدفاع الأمريكي آشتون كارتر")
_TITLE_HEADS = {
    "مساعد",  # "مساعد المدير العام" (not مساعدة, help)
    "خطيب",  # a preacher: "خطيب جمعة النجف"
    "وزير",
    "رييس",
    "نايب",
    "سفير",
    "مبعوث",
    "امين",
    "قايد",
    "زعيم",
    "مستشار",
    "مدير",
    "محافظ",
    "امير",
    "ملك",
    "متحدث",
    "ناطق",
    "مندوب",
    "ممثل",
    "وكيل",
    "قاضي",
    "مفوض",
    "ولي",  # ولي العهد، ولي الأمر
    "والي",  # a governor
    "مرجع",  # "المرجع الديني الشيعي محمود الصرخي"
    "مرشد",  # "المرشد الإيراني علي خامنئي", "المرشد العام للجماعة"
    "مفتي",
    "حاكم",  # "حاكم ولاية نيوجيرسي", "حاكم الشارقة"
    "عمده",  # a mayor
    "مامور",  # "مأمور المخفر"
    # jobs a name follows: "مصور قناة القدس عبدالكريم درويش"
    "مصور",
    "مراسل",
    "مشرف",  # "المشرف العام على مركز الملك سلمان"
    "عضو",  # "عضو مجلس الشورى", "العضو في حزب الجمهوريين"
    "كاتب",  # "الكاتب المصري صنع الله إبراهيم"; Maghreb "كاتب عام النقابة" (secretary)
    "محامي",  # "المحامي X", "محامي السرياطي"
    "قيادي",  # "القيادي بحزب نداء تونس حافظ قايد السبسي"
    "ملحق",  # an attaché: "الملحق العسكري السعودي في واشنطن" (not ملحقة, annexed)
    "اخصايي",  # a specialist: "دعا أخصائي طب عيون إلى"
    "استشاري",  # a consultant: "الاستشاري في طب الأطفال"
}


@lru_cache(maxsize=WORD_CACHE)  # asked of most tokens by the role rules, per word form
def _title_head(norm: str) -> bool:
    """A person's title, masculine or feminine (وزير، الوزيرة، وكيلة): the word as it
    stands and without a conjunction (a title may start with و: وكيلة)."""
    for w in {norm, _bare(norm)}:
        w = w[2:] if w.startswith("ال") else w
        if w in _TITLE_HEADS or "ال" + w in _TITLES:
            return True
        # the feminine of a title head only ("مشيرة" and "أمامه" are no مشير or إمام),
        # and not محافظة, a province, nor الحاكمة, ruling
        if (
            w.endswith("ه")
            and w[:-1] in _TITLE_HEADS
            and w not in ("محافظه", "مساعده", "حاكمه", "ملحقه")
        ):
            return True
        if w == "نقيبه":
            return True  # the head of a guild: "نقيبة الصحفيين" (النقيب, a rank, has none)
    return False


# titles that a name follows without the article ("الجنرال فلان", "الرئيس فلان")
_TITLES = {
    "الرييس",
    "الجنرال",
    "الشيخ",
    "الامير",
    "الملك",
    "السلطان",
    "الفريق",
    "اللواء",
    "العقيد",
    "العميد",
    "المشير",
    "السفير",
    "الوزير",
    "النائب",
    "الدكتور",
    "المبعوث",
    "السيد",
    "السيده",
    "الامام",
    "البابا",
    "الزعيم",
    "القائد",
    "الرقيب",
    "النقيب",
    "الملازم",
    "المستشار",
    # epithets a name follows like a title: "المخلوع صالح", "الراحل ياسر عرفات"
    "المخلوع",
    "الراحل",
    "الفقيد",
    "المرحوم",
}


# definite nouns that stand as adjectives after a definite plural: "الدول الأعضاء"
_PARTY_NOUNS_IN_M = {"المجتمع", "المعارضه", "المبعوث"}
_APPOSED_NOUNS = {
    "العضو",
    "الاعضاء",
    "الاطراف",
    "الشقيق",
    "الشقيقه",
    "الشقيقان",
    "الشقيقين",
    "الصديق",
    "الصديقه",
    "الحليف",
    "الحليفه",
}


# collectives in -ة that describe people in the plural: "المسلمين الشيعة"
_COLLECTIVE_ADJECTIVES = {"الشيعه", "السنه"}


def party_after_lam_genitive(before: str, norm: str) -> bool:
    """A definite genitive with لـ ends a title, so a definite party noun after it
    describes nothing: it opens the next phrase, the object ("وهنأ المرشد العام للجماعة
    | الشعب المصري"). Participles describe ("للرئيس المنتخب"), and so do nisbas."""
    return (
        before.startswith("لل")
        and norm.startswith("ال")
        and not norm.startswith("الم")
        and _party_word(norm)
        and not _nisba_adjective(norm)
        and norm not in _FRIENDLY  # "للدول الشقيقة": brotherly states, an adjective
    )


# the adjectives of friendly states and peoples ("الدول الشقيقة والصديقة")
_FRIENDLY = {"الشقيقه", "الشقيق", "الشقيقين", "الصديقه", "الصديقين"}


def _new_phrase(analysis: Analysis, head: int, j: int) -> bool:
    """Token j cannot modify the word before it, so a new phrase (an object, a masdar,
    a predicate) starts there: a verb-like word; an indefinite word after a definite one
    (an adjective agrees in definiteness, and a definite noun heads no idafa): "يطلب
    الليبيون توريد معدات"; a word after a sound plural in -ون, which has no idafa term
    and whose adjectives end the same way: "يطلب متظاهرون إطلاق سراح"."""
    toks = analysis.tokens
    if verb_like(analysis, j):
        return True
    h, w = _bare(toks[head].norm), _bare(toks[j].norm)
    if w[:1].isdigit():
        return False
    if masculine_after_feminine(h, w):
        return True  # "واتهمت الشرطة السائق": no adjective of the feminine noun
    if party_after_lam_genitive(h, w):
        return True  # "وهنأ المرشد العام للجماعة | الشعب المصري"
    if toks[j].norm in _DEMONSTRATIVES and j > head:
        return True  # a demonstrative opens the next phrase: "ثمن الأشقاء | هذه الوقفة"
    if (
        j >= 2
        and _place_head(toks[j - 2].norm)
        and not toks[j - 2].norm.startswith("ال")
        and not h.startswith("ال")
        and h[:1] not in "وبلف"
        and w.startswith("ال")
        and not w.startswith("الم")  # (a place's adjective: "مكة المكرمة")
        and not _nisba_adjective(w)
        and not _break_between(analysis, j - 2, j)
    ):
        return True  # past a place and its name, a definite noun: "منطقة عسير | الحادث"
    if (
        h.startswith("ال")
        and _title_head(h)
        and h[2:] not in _PLURAL_TITLES
        and not h.endswith(("ون", "ين"))
        and w.startswith("ال")
        and (
            w.endswith(("ين", "ون"))
            and len(w) >= 7
            and _party_word(w)
            or broken_plural_nationality(w)
        )
    ):
        # people in the plural after a singular title, which no plural describes:
        # "ودعا الوزير | المشاركين", "والتقى الرئيس | المصريين المقيمين", "الوزير |
        # الروس"
        return True
    if w == "كبار" and h.startswith("ال") and j + 1 < len(toks) and _party_word(toks[j + 1].norm):
        return True  # the seniors of a body: "واستقبل الأمير | كبار المسؤولين"
    if (
        w == "خادم"
        and j + 1 < len(toks)
        and toks[j + 1].norm == "الحرمين"
        and _bare(toks[j - 1].norm).startswith("ال")
        and h not in ("الملك", "ملك")
    ):
        # the king's title after a complete definite phrase is the next party, not its
        # apposition: "وهنأ رئيس مجلس الشورى | خادم الحرمين الشريفين" (a title in
        # construct goes on: "مستشار خادم الحرمين", "نائب خادم الحرمين")
        return True
    if (
        j >= 2
        and w.startswith("ال")
        and h.startswith("ال")
        and body_noun(w)
        and not body_noun(h)
        and not _title_head(h)
        and _bare(toks[j - 2].norm).startswith("ال")
    ):
        # a body after a definite noun and its adjective is the next phrase, the
        # object: "وطالبت الأسر المتضررة | القنصلية السعودية"
        return True
    if (
        h.startswith("ال")
        and w.startswith("ال")
        and not w.startswith("الم")  # participles describe: "القوى المعارضة"
        and _party_word(h)
        and any(t.index == j for t in analysis.triggers)
    ):
        # an event noun describes no party: "انتقد الخبراء | الاتفاقية المبرمة"
        return True
    host = _possessor_host(analysis, head) if _possessed(analysis, head) else ""
    if (
        host
        and _party_word(host)
        and w.startswith("ال")
        and (
            # a masculine noun takes no feminine adjective: "طلب من والده | العودة"
            (not host.endswith("ه") and w.endswith("ه") and w not in _COLLECTIVE_ADJECTIVES)
            # nor a feminine one a masculine: "طلب من زوجته | الحضور"
            or masculine_after_feminine("ال" + host, w)
        )
    ):
        # a noun with a possessive heads no genitive, so a definite word after it that
        # does not agree with it is the next phrase
        return True
    if (
        _accusative_party(h)
        and (_title_head(w) or _party_word(w))
        and not w.endswith(("ا", "ين", "ات"))  # its adjectives: "ضباطا عسكريين"
        and not _nisba_adjective(w)
        and not w.startswith("و")  # a coordinated party is _coordinated's business
    ):
        return True  # a noun with tanween heads no idafa: "طالب 25 نائبا وزير المالية"
    if (
        h.startswith("ال")
        and not w.startswith("ال")
        and w.endswith("ي")
        and w != "رييسي"  # main, an adjective
        and _title_head(w[:-1])
        and j + 1 < len(toks)
        and toks[j + 1].norm.startswith("ال")
    ):
        return True  # a dual title in construct: "التقى الملك | وزيري الخارجية والدفاع"
    if h.startswith("ال") and not w.startswith("ال") and len(w) >= 4 and w.endswith("ا"):
        # an indefinite accusative after a definite noun is no adjective of it, but an
        # adverb or the object: "ودعا الوزير مجددا الحكومة", "دعا الرئيس روسيا"
        return True
    if (
        _nisba_adjective(h)
        and h.endswith(("ي", "يه"))
        and w.startswith("ال")
        and not _nisba_adjective(w)
        and (w.endswith(("ون", "ين")) or w[2:] in _BROKEN_PLURALS)
        and (_party_word(w) or is_actorish(analysis, j))
    ):
        # people in the plural after a singular adjective are not described by it:
        # "ناشدت الحكومة اليمنية الأطباء", "دعت الوزارة الأمريكية المواطنين"
        return True
    if (
        h.startswith("ال")
        and h.endswith(("ون", "ين"))
        and len(h) >= 7
        and _party_word(h)
        and w.startswith("ال")
        and w.endswith("ه")
        and w not in _COLLECTIVE_ADJECTIVES
    ):
        # people in the sound plural take a plural adjective, so a feminine singular
        # after them is the next phrase: "وطالب عدد من المواطنين البلدية بإصلاح"
        return True
    if (
        h.startswith("ال")
        and w.startswith("ال")
        and h[2:] in _PLURAL_TITLES
        and not _nisba_adjective(w)
        and not broken_plural_nationality(w)  # "القادة العرب"
        and w not in _APPOSED_NOUNS
        and not w.endswith(("ون", "ين"))
    ):
        return True  # "ودان الوزراء الجرائم": holders of an office take no definite genitive
    if (
        h.startswith("ال")
        and w.startswith("ال")
        and not _title_head(h)
        and not _nisba_adjective(w)
        and not _nisba_adjective(h)  # "للشعب اليمني الشقيق": adjectives in a row
        and w not in _APPOSED_NOUNS
        # a nationality in a broken plural describes plural people: "المسؤولون الأتراك"
        and not (broken_plural_nationality(w) and (h.endswith(("ون", "ين")) or _plural_title(h)))
        # an adjective agrees with its noun: "المسلحون الملثمون", "الجماعات المسلحة";
        # a party head is no adjective, however it ends: "دعت الوزارة الشرطة إلى"
        and (
            not any(h.endswith(e) and w.endswith(e) for e in ("ون", "ين", "ات", "ه"))
            or _key(w) in _PARTY_HEADS
            or _key(w) in GENERIC_HEADS
        )
        and not (h.endswith("ات") and w.endswith("ه"))
        and (
            _title_head(w)
            or w in _PARTY_NOUNS_IN_M
            # a participle in م (المسلحة، المهاجرين، الملثمون) mostly describes its noun
            or not w.startswith("الم")
            and (_party_word(w) or is_actorish(analysis, j))
        )
    ):
        # a definite noun heads no idafa, so a definite party after it is the next
        # phrase: "ودعت الأمانة المجتمع الدولي إلى" (its adjectives are nisbas)
        return True
    if (
        h.startswith("ال")
        and _title_head(h)
        and w.startswith("ال")
        and not _title_head(w)
        and not _nisba_adjective(w)
        and (_key(w) in _BODY_HEADS or _party_word(w))
    ):
        # a definite title takes a name, not a body or a party: "انتقد الوزير الحكومة",
        # "دعا الوزير الأطراف"
        return True
    if (
        h.startswith("ال")
        and not _nisba_adjective(h)
        and _party_word(h)
        and w.startswith("ال")
        and not _nisba_adjective(w)
        and (_document(w) or _key(w) in _ACTS_DONE)
    ):
        return True  # nor of people: "ورفض السكان | القرار"
    if h.startswith("ال") and (h in _TITLES or _title_head(h)):
        if w.startswith("ال") and (_document(w) or _key(w) in _ACTS_DONE):
            return True  # a document or an act is no name after a title: "انتقد الوزير القرار"
        if not w.startswith("ال") and _key(w) in _COMMENDED:
            return True  # a work is no name after a title: "أكد الوزير حرص الوزارة"
        if not w.startswith("ال") and _key(w) in _ACTS_DONE:
            return True  # nor an act: "واستنكر الوزير | جريمة تفجير المسجد"
        if not w.startswith("ال") and (_place_head(w) or _key(w) in _BODY_HEADS):
            # a place or a body is no name after a title: "زار الوزير مستشفى الملك فهد"
            return True
        if not w.startswith("ال") and w[:1] in "ام" and indefinite_masdar(w):
            # (not تفعيل, a name's shape too: توفيق، تيسير)
            return True  # a masdar is no name after a title: "انتقد الوزير استمرار الحرب"
    head_surface = analysis.text[toks[head].start : toks[head].end]
    if _possessed(analysis, j) and (
        w.startswith(("نظير", "نظراي", "نظراء")) or _title_head(w[:-1]) or _title_head(w[:-2])
    ):
        return True  # "التقى الوزير نظيره": a party with a pronoun is the next phrase
    stem = h[:-1]
    if (
        head_surface.endswith("ه")
        and len(stem) >= 3
        and not w.startswith("ال")
        and (stem in ("نظير", "نظراء") or _title_head(stem) or _key(stem) in _PARTY_HEADS)
    ):
        return True  # a party with a pronoun ("نظيره") has no genitive after it: "نظيره سبل"
    if h in _DUAL_PARTIES and w.startswith("ال"):
        # a definite dual's adjective is a nisba: "الجانبان السعودي"; a noun after it is
        # the object: "بحث الجانبان العلاقات"
        return not _nisba_adjective(w) and not w.endswith("ان")
    if w.startswith(("لل", "بال")) and len(w) > 4:
        return True  # a prepositional phrase: "متظاهر للاحتشاد"
    if (
        w[:1] == "ب"
        and len(w) >= 6
        and (h in _TITLES or _title_head(h))
        and (w[1] in "تا" or w.endswith(("ات", "ه")))
    ):
        return True  # a بـ-masdar after a title, not a name: "وطالب الوزير بإصلاحات"
    if (
        h.startswith("ال")
        and (_title_head(h) or h in _TITLES)
        and not w.startswith("ال")
        and w in _GENERIC_PEOPLE
    ):
        return True  # people after a definite title are its object: "حث الوزير رجال الأعمال"
    if w in _PLURAL_TITLES and h.startswith("ال") and (_title_head(h) or h in _TITLES):
        # (an indefinite title is the idafa's head: "رئيس وزراء إيطاليا")
        # holders of an office, heading their own idafa, after one person: "طالب الوزير
        # رؤساء البلديات" (not "رئيس الوزراء", where the plural is the idafa term)
        return True
    if (
        len(h) >= 7
        and h.startswith("ال")
        and h.endswith("ين")
        and w.startswith("ال")
        and w.endswith("ه")
        and not w.endswith("يه")
    ):
        return True  # "ناشدت المحلفين الرأفة": a people plural takes no feminine adjective
    if (
        h.startswith("ال")
        and h.endswith("ه")
        and not h.endswith("يه")
        and w.startswith("الم")
        and len(w) >= 6
        and not w.endswith(("ه", "ات", "ين", "ون", "ي", "يه"))
    ):
        return True  # a masculine participle describes no feminine noun: "الشرطة المتهم"
    if (
        # (four letters in -ون are a broken plural, فعول: "الشؤون الصحية", "الديون")
        len(h.removeprefix("ال")) > 4
        and h.endswith("ون")
        and (not w.endswith(("ون", "ين")) or w.startswith("ال") and w.endswith("ين"))
        # (but a nationality in a broken plural: "المسؤولون الأتراك")
        and not broken_plural_nationality(w)
    ):
        # "الدائنون الطريق", "حث المشاركون المواطنين": a nominative plural's adjective
        # ends like it (not so for -ين, whose definite modifier may be a name:
        # "المتمردين التاميل")
        return True
    if (
        h.endswith("ه")
        and len(w) > 5
        and w.endswith(("ين", "ون"))
        and not w.endswith("يين")
        and not _plural_title(h)  # a broken plural in ة does: "قادة ميدانيون"
        # an indefinite head takes a definite genitive: "مديرية السجون"
        and (h.startswith("ال") or not w.startswith("ال"))
        and country_of_name(w) is None  # a state in -ين: "دولة فلسطين", "مملكة البحرين"
    ):
        return True  # "دعت الوزارة المتقدمين": no feminine singular takes a -ين adjective
    if (
        w.startswith("ال")
        and w.endswith("ات")
        and h.startswith("ال")
        and not h.endswith(("ه", "ات"))
        and len(w) > 5
    ):
        return True  # no adjective of a masculine noun ends in -ات: "البيان المؤسسات"
    if w.startswith("ال"):
        # a definite party noun (الحكومة، القوات، الشرطة) after a definite noun is no
        # adjective of it: the object ("اتهمت الوزارة الحكومة"); a nisba, a -ين/-ون word
        # or a body's members may be one (الحكومية، المسلمين، الدول الأعضاء)
        return (
            h.startswith("ال")
            and h not in _TITLES
            and not _nisba_adjective(w)
            and not w.endswith(("ين", "ون"))
            and not w.startswith("الم")  # a participle agrees: "الجماعات المسلحة"
            and (
                _key(w) in GENERIC_HEADS
                # a masculine person after a feminine noun agrees with nothing:
                # "واعتقلت الشرطة الرجل"
                or (h.endswith("ه") and not w.endswith(("ه", "ات")) and _key(w) in _PARTY_HEADS)
            )
            and _key(w) != _key(h)
        )
    return h.startswith("ال") and len(h) > 3 and h not in _TITLES


def _same_party(analysis: Analysis, ents: EntityIndex, b: int) -> bool:
    """The mention starting at b continues the one ending at b: a title mention and the
    name after it (both persons), with no punctuation between."""
    hit, prev = ents.get(b), ents.get(b - 1)
    entity_of = getattr(ents, "entity_of", {})
    return (
        hit is not None
        and prev is not None
        and hit[0] == b
        and hit[2] == prev[2] == "PERSON"
        and not _break_between(analysis, b - 1, b)
        # two entities side by side are two persons: "... بن نايف وزير الخارجية الأمريكي"
        and entity_of.get(b) == entity_of.get(b - 1)
    )


def _coordinated(analysis: Analysis, end: int, ents: EntityIndex) -> int:
    """Extend a party over "و + party" ("البرلمان والجنرال حفتر"), and a list of named
    persons over each further "و + person" ("أحمد اللقماني وعبدالعزيز باوارث وعبدالله
    الأحمدي")."""
    toks = analysis.tokens
    end = _past_conjoined_adjectives(analysis, end)
    stop = _coordinated_once(analysis, end, ents)
    for _ in range(3):
        next_type = ents.get(stop, (0, 0, ""))[2]
        named_list = (
            stop > end
            and next_type
            and next_type != "LOC"
            and ents.get(stop - 1, (0, 0, ""))[2]
            in (next_type, "GPE" if next_type == "ORG" else "")
        )
        # a list of bodies of people: "الدول المانحة والوكالات الإنسانية وحكومة السودان"
        bodies = (
            stop > end
            and stop < len(toks)
            and (
                toks[end].norm.startswith("وال")
                # or a construct joined before a definite people plural: "نقابات العمال
                # ورجال الأعمال | والفلاحين"
                or (conjunction_at(analysis, end, ents) and toks[stop].norm.startswith("وال"))
            )
            and conjunction_at(analysis, stop, ents)
            and not _break_between(analysis, stop - 1, stop)
            and (_party_word(toks[stop].norm[1:]) or is_actorish(analysis, stop, ents))
        )
        if not (named_list or bodies):
            break
        # a list of named parties: "الدول العربية وجامعة الدول العربية ومنظمة التعاون
        # الإسلامي ولجنة القدس"
        end, stop = stop, _coordinated_once(analysis, stop, ents)
    if (
        end < stop < len(toks)
        and toks[end].norm[:1] == "و"
        and not _break_between(analysis, stop - 1, stop)
        and toks[stop].norm[:1] in "يت"
        and len(toks[stop].norm) >= 4  # (not "يوم")
        and not _time_word(toks[stop].norm)
        and verb_like(analysis, stop, ents)
    ):
        # the last conjunct is the subject of the verb after it: "تدعم حزب الله
        # والميليشيات | ودول الخليج تأمل"
        return end
    return stop


def _past_conjoined_adjectives(analysis: Analysis, end: int) -> int:
    """Past "و + adjective" after an adjective of the same ending: one party described
    twice ("الجامعات المحلية والدولية"), not a second party."""
    toks = analysis.tokens
    while (
        0 < end < len(toks)
        and toks[end].norm.startswith("وال")
        and _nisba_adjective(prev := toks[end - 1].norm)
        and _nisba_adjective(adj := toks[end].norm[1:])
        and _adjective_ending(adj) == _adjective_ending(prev)
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1
    return end


def _adjective_ending(norm: str) -> str:
    return next(e for e in ("يين", "يون", "يه", "ي") if norm.endswith(e))


def _comma_and_person(analysis: Analysis, end: int, ents: EntityIndex) -> bool:
    """ ", و" + a person right after a person: the next name of a list ("الشابين أحمد
    جمال حمامرة، وإحسان موسى حمامرة")."""
    toks = analysis.tokens
    return (
        ents.get(end - 1, (0, 0, ""))[2] == "PERSON"
        and ents.get(end, (0, 0, ""))[2] == "PERSON"
        and set(analysis.text[toks[end - 1].end : toks[end].start]) <= {" ", "،", ","}
    )


_AND_ALL = {"وجميع", "وكل", "وكافه", "وسائر"}


def _shared_genitive_end(analysis: Analysis, end: int, ents: EntityIndex) -> int:
    """Past heads in construct joined by و that share one genitive: "عدد من مشايخ |
    وأعيان ووجهاء منطقة نجران" is one party. ``end`` when there are none."""
    toks = analysis.tokens
    if not (
        0 < end < len(toks)
        and end - 1 not in ents
        and not toks[end - 1].norm.startswith(("ال", "و"))
        # (a sound plural keeps its ن outside a construct: "ناشطين ومثقفين | اعتبروا")
        and not toks[end - 1].norm.endswith(("ين", "ون", "ا"))  # (nor an accusative)
        and (
            _party_word(toks[end - 1].norm)
            # after its preposition too: "اجتمع برئيس وأعضاء اتحاد القدم"
            or (toks[end - 1].norm[:1] in "بل" and _party_word(toks[end - 1].norm[1:]))
        )
    ):
        return end
    k = end
    while (
        k < len(toks)
        and k - end < 3
        and k not in ents
        and conjunction_at(analysis, k, ents)
        and not toks[k].norm[1:].startswith("ال")
        and len(toks[k].norm) >= 4
        and _party_word(toks[k].norm[1:])
        and not verb_like(analysis, k, ents)
        and not _break_between(analysis, k - 1, k)
    ):
        k += 1
    if (
        k == end
        or k >= len(toks)
        or _break_between(analysis, k - 1, k)
        or not (k in ents or toks[k].norm.startswith("ال") or _construct_noun(toks[k].norm))
        or verb_like(analysis, k, ents)
        or any(toks[m].norm.endswith(("ين", "ون")) for m in range(end, k))
    ):
        return end
    return _phrase_from(analysis, k, ents=ents)[1]


def _coordinated_once(analysis: Analysis, end: int, ents: EntityIndex) -> int:
    """One "و + party" after end, at most two tokens more (or the party's mention)."""
    toks = analysis.tokens
    shared = _shared_genitive_end(analysis, end, ents)
    if shared > end:
        return shared
    if (
        end + 1 < len(toks)
        and toks[end].norm in _AND_ALL
        and not _break_between(analysis, end - 1, end + 1)
        and (
            end + 1 in ents
            or _party_word(toks[end + 1].norm)
            or is_actorish(analysis, end + 1, ents)
        )
    ):
        # "و + all + party": "واستنكر سموه وجميع أهالي منطقة الباحة"
        return _phrase_from(analysis, end + 1, ents=ents)[1]
    kinsman = end < len(toks) and end not in ents and _kin_with_pronoun(toks[end].norm[1:])
    if (
        (
            end < len(toks)
            and conjunction_at(analysis, end, ents)
            and (
                not _break_between(analysis, end - 1, end) or _comma_and_person(analysis, end, ents)
            )
        )
        and (
            is_actorish(analysis, end, ents)
            or end in ents
            # a kinsman of the first: "والد العائلة ووالدتها"
            or (toks[end].norm.startswith("وو") and kinsman)
            # a second body of people after a first: "المنظمات والقيادات الإسلامية"
            or (
                toks[end].norm.startswith("وال")
                and _party_word(toks[end].norm[1:])
                and (
                    _party_word(toks[end - 1].norm)
                    # or after a party and its adjective: "الدول المانحة والوكالات"
                    or (
                        end >= 2
                        and toks[end - 1].norm.startswith("ال")
                        and toks[end - 2].norm.startswith("ال")
                        and _party_word(toks[end - 2].norm)
                        and not _break_between(analysis, end - 2, end)
                    )
                    # or after people in construct: "ورجال الأعمال | والفلاحين"
                    or (
                        end >= 2
                        and toks[end - 1].norm.startswith("ال")
                        and toks[end - 2].norm[:1] == "و"
                        and _party_word(_bare(toks[end - 2].norm))
                        and not _break_between(analysis, end - 2, end)
                    )
                )
            )
        )
    ):
        if kinsman:
            return end + 1  # the kinsman's pronoun names him: "ووالدتها"
        stop = end + 1
        if end in ents:
            stop = max(stop, ents[end][1])
        elif stop < len(toks) and stop in ents and not _break_between(analysis, end, stop):
            stop = ents[stop][1] if ents[stop][1] - end <= 4 else stop
        # a title and a name ("والجنرال" + "حفتر"): up to the end of that name, not
        # into an adjacent mention of another kind (the object: "... حفتر حكومة الوفاق")
        while stop < len(toks) and stop - end < 4 and _same_party(analysis, ents, stop):
            stop = ents[stop][1]
        if (
            stop == end + 1
            and stop < len(toks)
            and end not in ents
            and not _break_between(analysis, end, stop)
        ):
            nxt = toks[stop]
            if (
                nxt.norm not in STOP
                and nxt.core not in CORE_STOP
                and not any(t.index == stop for t in analysis.triggers)
                and not _new_phrase(analysis, end, stop)
            ):
                stop += 1  # a title and its name: "والجنرال X"
        while (
            stop < len(toks)
            and stop not in ents
            and _nisba_adjective(toks[stop].norm)
            and not _break_between(analysis, stop - 1, stop)
            # (an event noun that looks like one is the object: "والمتخصصين الاتفاقية")
            and not any(t.index == stop for t in analysis.triggers)
        ):
            stop += 1  # its adjective: "ومنظمات المجتمع المدني"
        if (
            _title_head(_bare(toks[end].norm))
            and stop < len(toks)
            and stop - 1 > end
            and ents.get(stop, (stop, 0, "ORG"))[0] == stop
            and ents.get(stop, (0, 0, "ORG"))[2] in ("ORG", "MISC")
            and not toks[stop - 1].norm.startswith("ال")
            and toks[stop - 1].norm[:1] not in "وبلف"
            and toks[stop].norm.startswith("ال")
            and not _break_between(analysis, stop - 1, stop)
            and not any(t.index == stop for t in analysis.triggers)
        ):
            # a second office's body and its genitive: "مبارك الخرينج ورئيس لجنة |
            # الصداقة الكويتية المصرية"
            stop = ents[stop][1] if stop in ents else stop + 1
            while (
                stop < len(toks)
                and stop not in ents
                and _nisba_adjective(toks[stop].norm)
                and not _break_between(analysis, stop - 1, stop)
            ):
                stop += 1
        return _title_genitive_end(analysis, end, stop, ents)
    return end


_AMMA = {"اما", "واما"}
_FA_PARTICLES = {"فقد", "فانه", "فانها", "فانهم", "فلقد"}


def _amma_topic(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The topic of "أما X فـ<verb>" / "أما X فقد <verb>" (X up to the ف), when the verb
    at i answers it: X is the verb's subject, fronted."""
    toks = analysis.tokens
    if toks[i].norm[:1] == "ف" and _bare(toks[i].norm) != toks[i].norm:
        last = i - 1
    elif i > 0 and toks[i - 1].norm in _FA_PARTICLES:
        last = i - 2
    else:
        return None
    for a in range(last, max(-1, last - 14), -1):
        if set(analysis.text[toks[a].end : toks[a + 1].start]) & lexicon.CLAUSE_MARKS:
            return None
        if toks[a].norm in _AMMA:
            if a == last:
                return None
            head = a + 1
            first = toks[head].norm
            if head not in ents and (
                first in STOP
                or toks[head].core in CORE_STOP
                or first[:1] in "بلك"
                or first == "فيما"
            ):
                return None  # "أما فيما يخص الإجراءات فقد طلبت الوزارة": what about
            end = next(
                (k for k in range(head + 1, last + 1) if _break_between(analysis, k - 1, k)),
                last + 1,
            )
            if end - head > 8:  # a long topic: its first phrase
                end = min(_phrase_from(analysis, head, ents=ents)[1], end)
            return (head, end) if end > head else None
    return None


# words of "all" or "most" that lead a party phrase: "عموم المواطنين", "كافة الجهات"
_WHOLE = {"كافه", "عموم", "غالبيه", "معظم", "اغلب", "مختلف"}


def quantifiers_only(analysis: Analysis, a: int, b: int) -> bool:
    """Tokens a..b-1 only count or quantify what follows ("جميع", "خمسمائة من")."""
    toks = analysis.tokens
    return (
        toks[a].norm != "من"
        and all(  # (a preposition first: "طلب من المواطنين")
            toks[k].norm in QUANTIFIERS
            or toks[k].core in QUANTIFIERS
            or toks[k].norm in _WHOLE
            or toks[k].norm[:1].isdigit()
            for k in range(a, b)
        )
    )


def _skip_quantifiers(analysis: Analysis, j: int, stop: int) -> int:
    toks = analysis.tokens
    while (
        j < stop
        and (
            toks[j].core in QUANTIFIERS or toks[j].norm in QUANTIFIERS or toks[j].norm[:1].isdigit()
        )
        # with the article a quantifier stands alone, the head itself: "دعت الجميع إلى"
        and toks[j].norm not in _SOME_PEOPLE
    ):
        j += 1
    return j


def _nounish(norm: str) -> bool:
    """A definite or plural-looking word: a head after a quantifier ("عشرات النشطاء")."""
    return norm.startswith("ال") or norm.endswith(("ين", "ون", "ات"))


def _day_before_yesterday(analysis: Analysis, j: int) -> int:
    """Past "أول من أمس" / "أول أمس" at j (the day before yesterday), else j."""
    toks = analysis.tokens
    if j + 1 < len(toks) and toks[j].norm == "امس" and toks[j + 1].norm == "الاول":
        return j + 2  # "أمس الأول"
    if j + 1 >= len(toks) or toks[j].norm != "اول":
        return j
    if toks[j + 1].norm == "امس":
        return j + 2
    if toks[j + 1].norm == "من" and j + 2 < len(toks) and toks[j + 2].norm == "امس":
        return j + 3
    return j


def _opens_clause(analysis: Analysis, i: int) -> bool:
    """The word at i opens its clause: first in the sentence, with و/ف, or after a mark."""
    toks = analysis.tokens
    return i == 0 or toks[i].norm[:1] in "وف" or _break_between(analysis, i - 1, i)


def _these_alone(analysis: Analysis, j: int) -> bool:
    """هؤلاء at j stands alone, the subject, when the word after it cannot be what it
    points at: a feminine singular ("وطالب هؤلاء | الحكومة بالتفرغ")."""
    toks = analysis.tokens
    return (
        toks[j].norm == "هولاء"
        and j + 1 < len(toks)
        and definite_feminine_singular(toks[j + 1].norm)
        and not _break_between(analysis, j, j + 1)
    )


def _skip_adverbs(analysis: Analysis, j: int) -> int:
    toks = analysis.tokens
    while j < len(toks):
        if (past := _day_before_yesterday(analysis, j)) > j:
            j = past
        elif (
            toks[j].norm in SKIP_BEFORE_SUBJECT or toks[j].core in SKIP_BEFORE_SUBJECT
        ) and not _these_alone(analysis, j):
            j += 1
        elif (past := _date_at(analysis, j)) > j:
            j = past  # "زار اليوم 12 مارس 2017 وزير الداخلية"
        elif toks[j].norm == "من" and j + 1 < len(toks) and toks[j + 1].norm in _ON_ITS_SIDE:
            j += 2  # "وناشدت من جانبها الدكتورة سهيلة": on her part
        elif toks[j].norm in _SPOKEN_TO:
            j += 1
        elif (late := _past_part_of_year(analysis, j)) > j:
            j = late  # "وتمكّنت أواخر سنة 2015 من القبض": when
        elif (told := _past_told_outlet(analysis, j)) > j:
            j = told  # "وأوضح ل«الوئام» المواطن": the outlet told, before the subject
        elif (
            toks[j].norm == "منذ"
            and j + 1 < len(toks)
            and toks[j + 1].norm in _DURATION_UNITS
            and not _break_between(analysis, j, j + 1)
        ):
            j += 2  # "التقى أيضا منذ أيام الرئيس التنفيذي": some days ago
        elif _thereafter(toks, j) and not _break_between(analysis, j, j + 1):
            j += 2  # "وزار الأمير عقب ذلك الجنود": then
        elif (
            toks[j].norm in ("بصوره", "بشكل")
            and j + 1 < len(toks)
            and not toks[j + 1].norm.startswith("ال")
            and not _break_between(analysis, j, j + 1)
        ):
            j += 2  # "ورفضت بصورة خاصة التدخل", "دعم بشكل كبير": how
        elif toks[j].norm in _MANNER_WORDS and not _break_between(analysis, j, j + 1):
            j += 1  # "انتقد بشدة الأمين العام": how, before the subject
        else:
            break
    return j


# kinsmen, one man each, as written before a pronoun ("نجله", "ابنها", "شقيقه")
_KINSMEN = {
    "نجل",
    "ابن",
    "شقيق",
    "والد",
    "زوج",
    "عم",
    "خال",
    "جد",
    "حفيد",
    "صهر",
    "اخ",
    "اخو",
    "اخا",
}


def _his_kinsman_after_feminine(analysis: Analysis, verb: int, j: int) -> bool:
    """A man's kinsman with a pronoun ("نجله", "شقيقها") right after a perfect verb in
    the feminine -ت: no subject of it (a man takes the masculine verb), its object."""
    toks = analysis.tokens
    written = analysis.text[toks[verb].start : toks[verb].end]
    if not (len(written) >= 4 and written.endswith("ت") and analysis.verb_trigger_at(verb)):
        return False
    word = analysis.text[toks[j].start : toks[j].end]
    stem = next((word[: -len(p)] for p in _POSSESSIVE_SUFFIXES if word.endswith(p)), "")
    return normalize(stem).lstrip("و") in _KINSMEN


_PARTS_OF_PERIODS = {"اواخر", "اوايل", "منتصف", "مطلع"}


def _past_part_of_year(analysis: Analysis, j: int) -> int:
    """Past "أواخر سنة 2015", "منتصف الشهر الماضي", "مطلع العام" at j; j when none."""
    toks = analysis.tokens
    if not (
        j + 1 < len(toks)
        and toks[j].norm in _PARTS_OF_PERIODS
        and (toks[j + 1].norm in _YEAR_OR_MONTH or toks[j + 1].norm in GREGORIAN_MONTHS)
        and not _break_between(analysis, j, j + 1)
    ):
        return j
    k = j + 2
    while (
        k < len(toks)
        and k < j + 4
        and not _break_between(analysis, k - 1, k)
        and (toks[k].norm.isdigit() or toks[k].norm in ("الماضي", "الجاري", "الحالي", "المقبل"))
    ):
        k += 1
    return k


def _past_told_outlet(analysis: Analysis, j: int) -> int:
    """Past the outlet told at j, a lone لـ before its quoted name ("أوضح ل«الوئام»");
    j when there is none."""
    if analysis.tokens[j].norm != "ل":
        return j
    return _quoted_name_end(analysis, j + 1) or j


def _date_at(analysis: Analysis, j: int) -> int:
    """Past a date at j: a day's number, a month's name and maybe a year ("12 مارس 2017"),
    with no punctuation inside; j when there is none."""
    toks = analysis.tokens
    if not (
        j + 1 < len(toks)
        and toks[j].norm.isdigit()
        and len(toks[j].norm) <= 2
        and toks[j + 1].norm in GREGORIAN_MONTHS
        and not _break_between(analysis, j, j + 1)
    ):
        return j
    k = j + 2
    if (
        k < len(toks)
        and toks[k].norm.isdigit()
        and len(toks[k].norm) == 4
        and not _break_between(analysis, k - 1, k)
    ):
        k += 1
    return k


# "بعد ذلك", "عقب ذلك", "إثر ذلك": a step in a sequence, no party
_THEREAFTER = {"بعد", "عقب", "اثر", "قبل", "وبعد", "وعقب", "واثر", "وقبل"}


def _thereafter(toks: list[Tok], j: int) -> bool:
    return toks[j].norm in _THEREAFTER and j + 1 < len(toks) and toks[j + 1].norm in ("ذلك", "ذالك")


# "in it", "during it": the occasion a resumptive pronoun names, before the subject
_WHEREIN = {"فيه", "فيها", "خلاله", "خلالها", "خلالهما"}
# a verb's resumptive "in it", after which its subject may still come: "ودعت فيه النقابة"
_IN_IT = ("فيه", "فيها")


# "من جانبه", "من جهتها": on one's part, an aside between a verb and its subject
_ON_ITS_SIDE = {
    "جانبه",
    "جانبها",
    "جانبهم",
    "جهته",
    "جهتها",
    "جهتهم",
    "ناحيته",
    "ناحيتها",
}


def subject_after(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    toks = analysis.tokens
    j = _skip_adverbs(analysis, i + 1)
    if j == i + 1 and (set_off := _subject_between_commas(analysis, i, ents)) is not None:
        return set_off
    if (
        j == i + 1
        and j < len(toks)
        and conjunction_at(analysis, j, ents)
        and j not in ents
        and toks[j].norm.endswith("ات")
    ):
        # a conjunct, no subject (none starts with و): "عبر تعاون | وشراكات مثمرة مع"
        return None
    if (
        j < len(toks) - 1
        and toks[j].norm in _BI_PRONOUNS
        and analysis.verb_trigger_at(i)
        and _bare(toks[i].core).startswith(_TAKES_BI)
        and not _break_between(analysis, i, j + 1)
    ):
        # the بـ-complement is a pronoun, so the phrase after it is the subject: "تدابير
        # تطالب بها الجهات الدائنة", "الخطوة التي رحب بها الاتحاد"
        j = _skip_adverbs(analysis, j + 1)
    # (the quotes of the outlet told are no break: "وأوضح ل«الوئام» المواطن")
    told = _past_told_outlet(analysis, i + 1) if i + 1 < len(toks) else i + 1
    broken = (
        _break_between(analysis, i, j)
        if told == i + 1 or j < told
        else j > told and _break_between(analysis, told, j)
    )
    if j >= len(toks) or broken or _strong_adjective(analysis, j):
        return None  # (nor is "دعمه القوي" a subject: the masdar's adjective)
    if (
        j == i + 1
        and toks[i].norm.endswith("ا")
        # (an accusative masdar, not a verb: "قتلوا جنديا")
        and derived_masdar(toks[i].norm.lstrip("وف")[:-1])
        and toks[j].norm.endswith("يا")  # (أمنيا، رسميا)
        and len(toks[j].norm) >= 5
        and not toks[j].norm.startswith(("ال", "لل", "بال"))
    ):
        return None  # an accusative masdar's adjective: "ترأس اجتماعا أمنيا"
    if _these_alone(analysis, j):
        return j, j + 1
    if (
        toks[j].norm.startswith("ال")
        and demonym_country(toks[j].norm)
        and ents.get(j + 1, (0, 0, ""))[:1] == (j + 1,)
        and ents[j + 1][2] == "PERSON"
        and not _break_between(analysis, j, j + 1)
        # (only after a verb opening its clause, not a masdar's genitive: "أعلن رئيس
        # الاتحاد دعم الفرنسي ميشال بلاتيني")
        and _opens_clause(analysis, i)
    ):
        return j, ents[j + 1][1]  # a nationality before a name: "وطالب البوليفي كارلوس تشافيز"
    if (
        toks[j].norm in _DEMONSTRATIVES
        and j + 1 < len(toks)
        and not _break_between(analysis, j, j + 1)
        and _pointed_subject(analysis, i, j + 1, ents)
    ):
        return _phrase_from(analysis, j + 1, ents=ents)  # "اتهمت تلك الزعامات ساركوزي"
    if (
        toks[j].norm in STOP
        or toks[j].core in CORE_STOP
        or toks[j].norm in _CHAIR_WORDS  # "قوات التحالف | بقيادة السعودية"
        or verb_like(analysis, j, ents)
    ):
        return None
    if _his_kinsman_after_feminine(analysis, i, j):
        return None  # "داهمت القوات منزله واعتقلت نجله": the son is the object
    start = j
    j = _skip_quantifiers(analysis, j, min(len(toks), j + 4))
    if j >= len(toks) or (j > start and _break_between(analysis, start, j)):
        return None
    if j > start and toks[j].norm == "من" and j + 1 < len(toks):
        j += 1  # "عشرات من أعضاء الحزب": the head follows من
    partitive = j > start + 1 and toks[j - 1].norm == "من"
    if (
        j > start
        and not is_actorish(analysis, j, ents)
        and not _nounish(toks[j].norm)
        and not (partitive and toks[j].norm not in STOP and not verb_like(analysis, j, ents))
    ):
        j = start  # a quantifier that is itself the subject ("الآلاف")
    return _phrase_from(analysis, j, ents=ents)


# the verbs whose complement takes بـ (a pronoun there leaves the subject after it)
_TAKES_BI = (
    "طالب",
    "يطالب",
    "تطالب",
    "ندد",
    "يندد",
    "تندد",
    "اشاد",
    "يشيد",
    "تشيد",
    "رحب",
    "يرحب",
    "ترحب",
)


def _subject_between_commas(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """A verb trigger, a comma, then a party closed by a comma: its subject set off
    ("استنكر، حزب المؤتمر، دعوة رئيس الجمهورية", "كما دعا، حزب المؤتمر من أجل
    الجمهورية، مجلس نواب الشعب، الى")."""
    toks = analysis.tokens
    j = i + 1
    if j >= len(toks) - 1 or not analysis.verb_trigger_at(i):
        return None
    gap = set(analysis.text[toks[i].end : toks[j].start]) - {" "}
    if not gap or not gap <= {"،", ","}:
        return None
    named = ents.get(j)
    if not (
        (named is not None and named[0] == j and named[2] in ("PERSON", "ORG"))
        or _party_word(toks[j].norm)
    ):
        return None
    phrase = _phrase_from(analysis, j, ents=ents)
    # up to the closing comma, the name's rest included ("حزب المؤتمر | من أجل الجمهورية،")
    for end in range(phrase[1], min(len(toks), phrase[1] + 5)):
        closing = set(analysis.text[toks[end - 1].end : toks[end].start]) - {" "}
        if closing:
            return (j, end) if closing <= {"،", ","} else None
        if verb_like(analysis, end, ents):
            return None
    return None


_DEMONSTRATIVES = {"تلك", "هذه", "هولاء", "هؤلاء", "اولئك", "أولئك", "ذلك", "هذا"}


def _pointed_subject(analysis: Analysis, i: int, j: int, ents: EntityIndex) -> bool:
    """A party after a demonstrative, after a perfect verb whose ending says its subject
    follows in the plural or the feminine: "اتهمت تلك الزعامات ساركوزي" ("رفض هذه
    الصفقة", "دعم هذه العلاقات" have their object there)."""
    toks = analysis.tokens
    return (
        j > 0
        and toks[j - 1].norm in _DEMONSTRATIVES
        and _bare(toks[j].norm).startswith("ال")
        and _bare(toks[i].norm).endswith(("ت", "وا"))
        and (
            _party_word(toks[j].norm)
            or is_actorish(analysis, j, ents)
            or (toks[j].norm.endswith("ات") and _key(toks[j].norm) not in _THINGS)
        )
    )


# times a demonstrative points at after a verb's subject ("دعا الحكومة هذا الأسبوع")
_POINTED_TIMES = {
    *("العام", "السنه", "الشهر", "الاسبوع", "اليوم", "الليله"),
    *("الصباح", "المساء", "الايام", "الفتره", "الاونه", "المرحله"),
}


def _subject_before_pointed_object(analysis: Analysis, after: tuple[int, int]) -> bool:
    """ "ثمّن كبيرات السن هذه البادرة": the phrase after the verb, then a demonstrative and
    its definite noun: the phrase is the subject and the pointed noun the object (not a
    time: "دعا الحكومة هذا الأسبوع إلى")."""
    toks = analysis.tokens
    k = after[1]
    return (
        k + 1 < len(toks)
        and toks[k].norm in _DEMONSTRATIVES
        and not _break_between(analysis, after[0], k + 1)
        and not _bi_word(toks[after[0]].norm)
        and _bare(toks[k + 1].norm).startswith("ال")
        and toks[k + 1].norm not in _POINTED_TIMES
    )


_CLAUSE_START = {
    "لكن",  # "لكن السعودية وأميركا رفضتا ذلك"
    "ولكن",
    "ان",
    "انه",
    "انها",
    "إن",
    "أن",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "فكان",
    "يكون",
    "تكون",
    "بان",
    "وان",
    "لان",
    "فان",  # "فإن الشاب هدد الفتاة"
    # so, therefore: "ولهذا يدعو ظريف المملكة"
    "لهذا",
    "ولهذا",
    "لذا",
    "ولذا",
    "لذلك",
    "ولذلك",
}
_AUX = {"قد", "وقد", "فقد", "لقد"}
# the topic set before a verb: "وبشأن الأزمة السورية ندد كيري"
_TOPIC_FRAMES = {w + t for w in ("", "و") for t in ("بشان", "حول", "ازاء", "تجاه", "بخصوص")}


_KANA = {"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"}


def _before_parenthesis(analysis: Analysis, end: int) -> int:
    """Where a parenthesis closed right before the token at ``end`` opened: the subject's
    apposition in brackets stands between it and its verb ("وكانت جبهة النصرة (فرع تنظيم
    القاعدة في الشام) قد اعتقلت"). ``end`` itself when no bracket closes there."""
    toks = analysis.tokens
    if end < 2 or set(analysis.text[toks[end - 1].end : toks[end].start]) - {" "} != {")"}:
        return end
    for k in range(end - 1, max(0, end - 12), -1):
        gap = analysis.text[toks[k - 1].end : toks[k].start]
        if ")" in gap:
            return end
        if "(" in gap:
            return k if set(gap) - {" "} == {"("} else end
    return end


def passive_agent_at(analysis: Analysis, i: int, rng: tuple[int, int]) -> bool:
    """The phrase at rng is the agent named by "من قبل" right after the verb at i."""
    toks = analysis.tokens
    return (
        rng[0] >= i + 3
        and toks[i + 1].norm == "من"
        and toks[i + 2].norm in _BY
        and (rng[0] == i + 3 or quantifiers_only(analysis, i + 3, rng[0]))
    )


def bracketed_apposition(
    analysis: Analysis, actor: tuple[int, int] | None, recipient: tuple[int, int] | None
) -> bool:
    """The recipient stands in brackets right after the actor: the actor's other name
    or acronym ("حركة المقاومة الإسلامية (حماس)"), not a second party."""
    if actor is None or recipient is None or recipient[0] != actor[1]:
        return False
    toks, text = analysis.tokens, analysis.text
    opened = set(text[toks[actor[1] - 1].end : toks[recipient[0]].start]) - {" "}
    if opened != {"("}:
        return False
    after = text[
        toks[recipient[1] - 1].end : toks[recipient[1]].start
        if recipient[1] < len(toks)
        else len(text)
    ]
    return ")" in after


# (not من: "عددا منهم اقتحموا", a partitive inside the subject)
_PREPOSITION_STEMS = ("بين", "مع", "علي", "عن", "في", "الي", "لدي", "عند", "ضد")
_PRONOUN_ENDINGS = ("نا", "ه", "ها", "هم", "هما", "كم", "هن")


def _preposition_with_pronoun(norm: str) -> bool:
    """A preposition carrying a pronoun: بيننا، معه، عليهم، إليها، لديه (normalized)."""
    for ending in _PRONOUN_ENDINGS:
        stem = norm[: -len(ending)]
        if norm.endswith(ending) and stem in _PREPOSITION_STEMS:
            return True
    return norm in ("له", "لها", "لهم", "لهما", "لنا", "لكم")


def _kana_subject(analysis: Analysis, aux: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The subject of كان before "قد + verb" (aux is the قد): the words between them, a
    prepositional phrase allowed ("وكان مسؤول في إقليم كردستان العراقي قد طالب"), an
    apposition in brackets passed over."""
    toks = analysis.tokens
    bracketed = _before_parenthesis(analysis, aux)
    aux, opened = bracketed, bracketed < aux
    for k in range(aux - 1, max(-1, aux - 9), -1):
        if (
            _break_between(analysis, k, k + 1)
            and not (opened and k + 1 == aux)
            # a comma may set the subject off before قد: "وكان وزير الخارجية، قد زار"
            and not (
                k + 1 == aux
                and set(analysis.text[toks[k].end : toks[k + 1].start]) - {" "} <= {"،", ","}
            )
        ):
            return None
        if toks[k].norm in _KANA:
            if k + 1 >= aux or toks[k + 1].norm in STOP:
                return None
            return k + 1, min(aux, k + 6)
        if verb_like(analysis, k, ents):
            return None
    return None


def _plain_kana_subject(
    analysis: Analysis, framed: tuple[int, int], i: int, ents: EntityIndex
) -> bool:
    """The words between كان and the perfect verb at i, with no قد between, are its
    subject only when they run up to the verb and are a party's phrase: no particle,
    verb or predicate in the accusative ("كان قراري واضحا فرفض", "كان الموقف أكثر
    وضوحا في التأكيد على رفض", "كان مكتبه قد أعلن أن الشرطة أوقفت")."""
    toks = analysis.tokens
    head = toks[framed[0]]
    return (
        framed[1] == i
        and analysis.verb_trigger_at(i)
        and perfect_verb_like(toks[i])
        and toks[i].norm[:1] not in "وف"
        and (framed[0] in ents or head.norm.startswith("ال") or _party_word(head.norm))
        and not any(
            toks[k].norm in STOP
            or toks[k].core in CORE_STOP
            or toks[k].norm == "قد"
            or verb_like(analysis, k, ents)
            or (k not in ents and toks[k].norm.endswith("ا") and not toks[k].norm.startswith("ال"))
            for k in range(framed[0], i)
            if toks[k].norm not in ("في", "من")
        )
    )


def _antecedent_of_relative(
    analysis: Analysis, j: int, end: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The subject before a relative clause that ends right before the verb at ``end``:
    the definite phrase before الذي/التي/الذين when the relative pronoun stands just
    before the clause's own verb at or before j."""
    toks = analysis.tokens
    for r in range(j, max(-1, j - 3), -1):
        if toks[r].norm in _RELATIVES:
            found = _relative_antecedent(analysis, r + 1, ents)
            if found is None or not usable(analysis, found, ents):
                return None
            if not (found[0] in ents or is_actorish(analysis, found[0], ents)):
                return None
            boundary = found[0] == 0 or (
                toks[found[0] - 1].norm in _CLAUSE_START
                or _break_between(analysis, found[0] - 1, found[0])
            )
            return found if boundary and end - r <= 8 else None
    return None


def _quoted_subject(analysis: Analysis, end: int) -> tuple[int, int] | None:
    """A quoted name that opens the clause right before the verb at ``end``, as headlines
    write it: "«هيومن رايتس ووتش» تطالب الحوثيين" (two to six words, no verb or particle)."""
    toks = analysis.tokens
    if end < 1 or (end == 1 and toks[end].norm[:1] not in "تي"):
        # (one word only before a headline's imperfect: '"سبق" تهنئ "الطويرقي"')
        return None
    closing = set(analysis.text[toks[end - 1].end : toks[end].start]) - {" "}
    if not closing or not closing <= _CLOSE_QUOTES:
        return None
    for k in range(end - 1, max(-1, end - 7), -1):
        if toks[k].norm in STOP or verb_like(analysis, k):
            return None
        before = (
            analysis.text[toks[k - 1].end : toks[k].start]
            if k > 0
            else analysis.text[: toks[k].start]
        )
        marks = set(before) - {" "}
        if marks & _OPEN_QUOTES:
            clause_start = k == 0 or (marks - _OPEN_QUOTES) or toks[k - 1].norm in _CLAUSE_START
            return (k, end) if clause_start else None
        if marks:
            return None
    return None


def _accusative_adjective(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """A definite adjective in -ين right after a phrase whose last word is no plural, so
    that it agrees with the head in the accusative: "أولياء الدم الآخرين" is an object
    (the subject would be "الآخرون")."""
    toks = analysis.tokens
    k = rng[1]
    if k >= len(toks) or k - rng[0] < 2 or _break_between(analysis, k - 1, k):
        return False
    if any(j in ents for j in range(rng[0], k + 1)) or _title_head(toks[rng[0]].norm):
        return False  # a name or one person's title ends its phrase: the -ين is the object
    norm, last = toks[k].norm, toks[k - 1].norm
    return (
        norm.startswith("ال")
        and norm.endswith("ين")
        and len(norm) > 6
        and not last.endswith(("ين", "ون", "ات", "ان"))
        and (_nisba_adjective(norm) or norm in _OTHERS)
    )


_OTHERS = {"الاخرين", "المعنيين", "المختصين", "المسوولين"}


def _killed_count(
    analysis: Analysis, trig: Trigger, before: tuple[int, int], ents: EntityIndex
) -> bool:
    """A plural perfect of killing right after a count of people who are no doers, with
    no object after it: "خمسة أشخاص على الأقل قتلوا في هجوم" (they were killed)."""
    toks = analysis.tokens
    i = trig.index
    if "kill_v" not in trig.families or not toks[i].norm.endswith("وا"):
        return False
    first = toks[before[0]].norm
    if not (first[:1].isdigit() or _bare(first) in _CARDINALS):
        return False
    if any(_is_doer(analysis, j, ents) for j in range(before[0], before[1])):
        return False  # "خمسة مسلحين قتلوا جنديا": doers
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    return (
        not nxt
        or nxt in _CAUSE_PREPS
        or nxt in _FRAME_PREPS
        or nxt in lexicon.TIME_NOW
        # "قتلوا وأصيب تسعة": the next casualty verb
        or nxt[:1] == "و"
        and any(t.index == i + 1 and t.kind == "victim" for t in analysis.triggers)
    )


def _arrested_count(analysis: Analysis, trig: Trigger, before: tuple[int, int]) -> bool:
    """A plural perfect of arresting right after a count of people, with no object
    after it: "أن 251 شخصًا اعتقلوا حتى الآن" (they were arrested, unvowelled)."""
    toks = analysis.tokens
    i = trig.index
    if trig.mode != "arrest" or not toks[i].norm.endswith("وا") or before[1] != i:
        return False
    first = toks[before[0]].norm
    if not (first[:1].isdigit() or _bare(first) in _CARDINALS):
        return False
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    return (
        not nxt
        or _break_between(analysis, i, i + 1)
        or nxt in _FRAME_PREPS
        or nxt in lexicon.TIME_NOW
        or nxt in ("حتي", "خلال", "منذ", "امس", "بتهمه", "للاشتباه")
    )


# "على الأقل", "على الأكثر": a hedge on a count, between a subject and its verb
_AT_LEAST = {"الاقل", "الاكثر"}


def subject_before(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The noun phrase between the clause start and the verb (SVO: "إن مسلحين اغتالوا",
    "وكانت فرقة من قوات ... قد قتلت"); at most five tokens, no preposition first. Before
    a verb joined by و, the phrase may be the object of the verb before ("نشرت صحيفة
    «ذا صن» اللقطة | واتهمته"): the two verbs share that verb's subject."""
    found = _subject_before(analysis, i, ents)
    if found is not None and analysis.tokens[i].norm[:1] == "و":
        return _shared_subject(analysis, found, ents) or found
    return found


def _shared_subject(
    analysis: Analysis, found: tuple[int, int], ents: EntityIndex
) -> tuple[int, int] | None:
    """The subject of the perfect verb in or right before the phrase found before a verb
    joined by و (V S O و-V): a named party right after that verb, with an object after
    it ("بعد أن نشرت صحيفة «ذا صن» اللقطة واتهمته", "بعد أن نشرت حماس البيان واتهمت")."""
    toks = analysis.tokens
    for x in range(max(found[0] - 6, 1), found[1]):
        hit = ents.get(x)
        if hit is None or hit[0] != x or hit[2] not in ("PERSON", "ORG", "GPE"):
            continue
        if x < found[0] and hit[1] != found[0]:
            continue  # before the phrase, a name must end where it starts
        y = hit[1]
        if y >= found[1] or y in ents:
            return None  # no object after it, or a second name
        a = x
        head = toks[a - 1].norm
        if a >= 2 and (
            _party_word(head)
            or _title_head(head)
            or _key(head) in _BODY_HEADS
            or head.endswith("ه")  # "صحيفة", "وكالة", "حركة"
            and not head.startswith("ال")
        ):
            a -= 1  # the name's head: "صحيفة «ذا صن»"
        if a < 2 or analysis.verb_trigger_at(a - 1):
            return None  # (a trigger's own roles are found there)
        punctuation = "".join(
            analysis.text[toks[k - 1].end : toks[k].start] for k in range(a, found[1] + 1)
        )
        if set(punctuation) - set(' «»"'):
            return None  # one clause: no punctuation but a name's quotes
        verb = toks[a - 1].norm
        opened = toks[a - 2].norm in _PERFECT_OPENERS or toks[a - 2].norm in _CLAUSE_OPENERS
        if (
            opened
            and not verb.startswith("ال")
            and 4 <= len(verb) <= 6
            and (verb.endswith("ت") or perfect_verb_like(toks[a - 1]))
        ):
            return a, y
        return None
    return None


# what a clause with a perfect verb opens with: "بعد أن نشرت صحيفة «ذا صن» اللقطة"
_PERFECT_OPENERS = {"ان", "قد", "وقد", "لقد", "بعدما", "عندما", "حينما", "لما"}


# adverbs of time and manner that may stand right before a verb
_FRONTED_ADVERBS = {
    *("حاليا", "مؤخرا", "سابقا", "لاحقا", "ايضا", "حينها", "انذاك", "حينذاك"),
    *("مجددا", "فعلا", "بالفعل"),
}


def _subject_before(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """subject_before's search, before the check for a first verb's object."""
    toks = analysis.tokens
    end = i
    while (
        end - 1 >= 0
        and (toks[end - 1].norm in _AUX or toks[end - 1].norm in _FRONTED_ADVERBS)
        and not _break_between(analysis, end - 1, end)
    ):
        end -= 1  # (an adverb is no subject: "«حاليا أوقف 590 شخصا»")
    while (
        end >= 2 and toks[end - 1].norm in _IN_TURN and not _break_between(analysis, end - 1, end)
    ):
        end -= 1  # "«المدينة» بدورها تهنئ", "والحكومة بدورها رفضت": the subject before it
        if (
            end == 1
            and set(analysis.text[: toks[0].start]) & _OPEN_QUOTES
            and set(analysis.text[toks[0].end : toks[1].start]) & _CLOSE_QUOTES
        ):
            return 0, 1  # one quoted word: the outlet, "«المدينة» بدورها"
    if (
        end >= 3
        and toks[end - 2].norm in ("على", "علي")
        and toks[end - 1].norm in _AT_LEAST
        and not _break_between(analysis, end - 3, end)
    ):
        end -= 2  # a hedge on the count: "ستة أشخاص على الأقل | اعتقلوا"
    quoted = _quoted_subject(analysis, end)
    if quoted is not None:
        return quoted  # "«هيومن رايتس ووتش» تطالب الحوثيين"
    speaker = _headline_speaker(analysis, end, ents)
    if speaker is not None:
        return speaker  # "الأعرجي: يتهم المالكي بإهدار": who speaks before the colon
    if end < i:
        framed = _kana_subject(analysis, end, ents)
        if framed is not None:
            return framed  # "وكان مسؤول في إقليم كردستان قد طالب تركيا"
        if (
            end >= 2
            and toks[end - 1].norm in _KANA_FORMS
            and not _break_between(analysis, end - 1, end)
        ):
            end -= 1  # the subject before كان: "أن وزارة الصحة كانت قد دعت"
    elif (framed := _kana_subject(analysis, i, ents)) is not None and _plain_kana_subject(
        analysis, framed, i, ents
    ):
        return framed  # "وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة"
    elif (
        end >= 2
        and toks[end - 1].norm in _KANA_FORMS
        and not _break_between(analysis, end - 2, end)
    ):
        end -= 1  # right before the verb, the subject before it: "أن الجبير كان ندد"
    named = ents.get(end - 1) if end >= 1 else None
    if (
        named is not None
        and named[0] == 0
        and named[1] == end
        and named[2] in ("PERSON", "ORG")
        and set(analysis.text[toks[end - 1].end : toks[end].start]) <= {" ", "،", ","}
    ):
        return 0, end  # the sentence opens with the doer, then a comma: "الفيلالي، دعا"
    bracketed = _before_parenthesis(analysis, end)  # "إن الحزب (الحاكم) رفض"
    opened = bracketed < end
    end = bracketed
    start = end
    pointed = False  # the phrase follows a demonstrative: "إن هذه المجموعة اعتقلت"
    aside = False  # the phrase follows "من جانب آخر"
    # (an honoured person's titles run long: "صاحب السمو الملكي الأمير فيصل بن بندر بن
    # عبد العزيز أمير منطقة الرياض قد استقبل")
    # (and a dual's two sides, the second one's counterpart: "الرئيس الأمريكي باراك أوباما
    # ونظيره التركي رجب طيب أردوغان إتفقا")
    two_sides = (
        analysis.verb_trigger_at(i)
        and _bare(toks[i].norm).endswith("ا")
        and len(_bare(toks[i].norm)) >= 4
        and any(_bare(toks[k].norm).startswith("نظير") for k in range(max(0, end - 12), end))
    )
    reach = (
        16
        if two_sides or any(_honorific_at(analysis, k) for k in range(max(0, end - 16), end))
        else 8
    )
    while start - 1 >= 0 and end - start < reach:
        j = start - 1
        if toks[j].norm in _CLAUSE_START:
            break
        if toks[j].norm in _TOPIC_FRAMES:
            return None  # what it is about, no doer: "وبشأن الأزمة السورية | ندد كيري"
        if toks[j].norm in _STANCE_PARTICIPLES and j not in ents and start < end:
            break  # a speaker's participle opens the clause: "مبيناً | الائتلاف يدعو"
        if toks[j].norm in ("هو", "هي") and j > 0 and toks[j - 1].norm == "ها":
            break  # the presentative: "ها هو العميد محمد رضا نقدي يدعو"
        if (
            j >= 2
            and toks[j].norm in ("اخر", "اخري")
            and toks[j - 1].norm in ("جانب", "جهه", "ناحيه")
            and toks[j - 2].norm in ("من", "ومن")
        ):
            aside = True
            break  # "من جانب آخر | الجبهة نددت": on another side, then the subject
        if (
            toks[j].norm in _DEMONSTRATIVES
            and start < end
            and toks[start].norm.startswith("ال")
            and (start in ents or _party_word(toks[start].norm))  # not "هذه الطلبات رفضت"
            and (j == 0 or toks[j - 1].norm in _CLAUSE_START or _break_between(analysis, j - 1, j))
        ):
            pointed = True
            break
        if _break_between(analysis, j, j + 1) and not (opened and j + 1 == end):
            listed = _listed_name_before(analysis, j, start, ents)
            if listed is not None:
                start = listed  # "أستراليا، والنرويج، وكندا، واليابان أيدت": one list
                continue
            # the quote mark or comma before the subject closes the clause
            break
        if toks[j].norm == "في" and j >= 2 and _bare(toks[j - 1].norm) in _MEMBER:
            # "وتركيا العضو في حلف شمال الأطلسي رفضت": the member is the subject
            end = j - 1
            start = j - 1
            continue
        if (
            toks[j].norm in ("علي", "على", "عن")
            and j > 0
            and _bare(toks[j - 1].norm).removeprefix("ال") in _SUPERVISING
        ):
            start = j  # "المشرف على مركز الملك سلمان للإغاثة يستقبل": one office
            continue
        if toks[j].norm == "لدي" and _past_envoy_post(analysis, j, ents) == end:
            start = j  # "سفير المملكة لدى الكويت يستنكر": the envoy's post, one title
            continue
        if (
            toks[j].norm == "في"
            and j >= 2
            and ents.get(j + 1, (0, 0, ""))[2] == "GPE"
            and ents[j + 1][1] == end
            and any(
                _title_head(_bare(toks[k].norm)) or _party_word(_bare(toks[k].norm))
                for k in range(max(0, j - 4), j)
            )
            and not _break_between(analysis, j - 1, end)
        ):
            # where an envoy serves: "إن الملحق العسكري لبلاده في باريس طلب" (one title)
            start = j
            continue
        if (
            toks[j].norm in STOP
            and toks[j].norm != "من"
            # (a definite trigger or a plural in -ات with a word after it is a noun of the
            # subject: "ضربات التحالف الجوية دعمت"; not the event itself: "أن اللقاء بحث")
            or (
                analysis.verb_trigger_at(j)
                and not (
                    j + 1 < end
                    and (toks[j].norm.startswith(("ال", "وال")) or toks[j].norm.endswith("ات"))
                    # (التقى's ال is its root's: "التقى الأمير المصابين وهنأهم")
                    and not _bare(toks[j].norm).startswith("التق")
                )
            )
            or verb_like(analysis, j, ents)
            # "وأثناء حديث تليفوني بيننا وافقت فاتن": a particle after و, a preposition
            # with a pronoun, no word of a subject
            or (toks[j].norm[:1] in "وف" and toks[j].norm[1:] in STOP and len(toks[j].norm) > 3)
            or _preposition_with_pronoun(toks[j].norm)
            # a perfect in -وا has its own subject: "أن هؤلاء بدورهم كشفوا عمن يتعاون"
            or (_plural_verb(toks[j].norm) and j not in ents)
        ):
            # another verb's clause ("إن فلانا يعاني من مرض وناشدت"), unless it is a
            # relative clause inside the subject: "المشرعين الذين يعارضون الاتفاق يحثون"
            return _antecedent_of_relative(analysis, j, end, ents)
        start = j
    longest = 16 if _honorific_at(analysis, start) or two_sides else 7
    if start == end or end - start > longest:
        return None
    verb = next(
        (k for k in range(start + 1, end) if _feminine_perfect_after_subject(analysis, k, ents)),
        None,
    )
    if verb is not None:
        # a verb the lexicons do not hold, after its subject: its own clause ("إن
        # السلطات أحبطت محاولة … وأعلنت استدعاء"), whose subject is the doer only of
        # a masdar carrying its pronoun ("السلطة الفلسطينية أبلغت إسرائيل رفضها")
        if not _pronoun_suffix(analysis, i):
            return None
        end = verb
    shared = _coordinated_clause_subject(analysis, start, end, ents)
    if shared is not None:
        return shared  # "وحمل سعد الحكومة المسؤولية وطالبها": the first verb's subject
    if (
        i < len(toks)
        and toks[i].norm[:1] == "ف"
        and toks[i].norm[1:] in lexicon_forms()  # (not a root ف: "فجرت")
        and not (start > 0 and toks[start - 1].norm in ("اما", "واما"))
    ):
        # a verb with ف opens its own clause, its subject after it ("كان قراري واضحا
        # فرفض والدي الخاطب"); only "أما X فـ" puts the subject first
        return None
    boundary_ok = (
        start == 0
        or pointed
        or aside
        or toks[start - 1].norm in _CLAUSE_START
        or toks[start - 1].norm in _STANCE_PARTICIPLES
        or _break_between(analysis, start - 1, start)
    )
    if not boundary_ok:
        return None
    first = toks[start]
    if (
        first.norm in STOP
        or first.core in lexicon.GENERIC
        or first.norm[:1] in "بلك"
        and not is_actorish(analysis, start, ents)
        and first.norm != "بعض"  # some, whose ب is its own: "إن بعض القادة رفضوا"
        # a verb of saying in the first person, its addressee after it: "لذلك نقول
        # لخاطفي العسكريين أفرجوا"
        or _bare(first.norm) in ("نقول", "اقول", "نطالب", "نناشد", "ندعو")
    ):
        return None
    if (
        end - start >= 2
        and start not in ents
        and first.norm[:1] in "وف"
        and len(first.norm) >= 4
        and _bare(first.norm) != first.norm  # (a conjunction, not وحدات's own و)
        and _bare(first.norm) not in STOP  # (not "وما قدموه")
        # (the act's own verb joined by و too: "… صورهم وألقت", not "عقد" in
        # "واستبعدت المصادر عقد الاجتماع", a masdar)
        and i < len(toks)
        and toks[i].norm[:1] == "و"
        and (
            analysis.verb_trigger_at(start)
            or perfect_verb_like(first)
            # a feminine perfect before its subject: "ونشرت وزارة الداخلية"
            or (
                first.norm.endswith("ت")
                and 4 <= len(first.norm) <= 6
                and not first.norm[1:].startswith("ال")
                and is_actorish(analysis, start + 1, ents)
            )
        )
    ):
        # "ونشرت وزارة الداخلية صورهم وألقت القبض": the run back reached the verb of
        # a clause the act's verb is joined to; its subject is the shared doer
        shared = subject_after(analysis, start, ents)
        if shared is not None and shared[1] <= end and usable(analysis, shared, ents):
            return shared
        return None
    if (
        start == 0
        and not any(is_actorish(analysis, j, ents) for j in range(start, end))
        # a headline puts its subject first: "خادم الحرمين يستقبل", "إماراتية تنتقد"
        and not (headline(analysis) and (_title_head(first.norm) or end - start <= 3))
    ):
        return None  # sentence-initial words are a subject only when they name a party
    if end - start > 1 and start < i and support_verb(analysis, start):
        start += 1  # "عقد | وزير الخارجية السعودي اجتماعا": the support verb before it
        last = toks[end - 1].norm
        if end - start > 1 and last.endswith("ا") and not last.startswith(("ال", "و")):
            end -= 1  # and its own object: "أصدرت المقاومة الشعبية | بيانا تطالب فيه"
    if (
        end - start > 3
        and not _named_list(analysis, start, end, ents)
        and not _honorific_at(analysis, start)  # (an honoured person's titles stay whole)
    ):
        # a long subject: its head and first modifiers (a list of names stays whole:
        # "الولايات المتحدة واليابان وكندا أيدت")
        cut = start + 3
        hit = ents.get(cut - 1)
        if hit is not None and hit[1] <= end and hit[1] - start <= 9:
            cut = hit[1]  # not inside a name: "الشيخ تميم بن حمد يستقبل"
        elif (
            post := next((k for k in range(start + 1, cut) if toks[k].norm == "لدي"), None)
        ) is not None and (posted := _past_envoy_post(analysis, post, ents)) > post:
            cut = min(end, posted)  # "سفير المملكة لدى الكويت"
        elif toks[start + 1].norm in ("علي", "على", "عن"):
            # the office and what it runs: "المشرف على مركز الملك سلمان للإغاثة"
            cut = min(end, _phrase_from(analysis, start + 2, limit=4, ents=ents)[1])
        else:
            # an office and whose it is: "الإدارة العامة لشؤون حجاج الداخل وافقت"
            cut = max(cut, min(end, _title_genitive_end(analysis, start, start + 2, ents)))
        end = cut
        if toks[end - 1].norm == "من" or (
            end - 1 > start
            and toks[end - 1].norm[:1] == "و"
            and toks[end - 1].norm not in _NATIVE_WAW
        ):
            end -= 1  # nor a partitive's من or a second party's و: "وزير الخارجية | ووزير"
    if all(toks[k].norm in _FRAME_TIME or _weekday(toks[k].norm) for k in range(start, end)):
        return None  # a time is no doer: "عقد ممثلو الحركتين، مساء اليوم | اجتماعا"
    if end - start == 1 and toks[start].norm.lstrip("وف") in AUXILIARIES:
        return None  # nor the passive's auxiliary: "وتم | رفض استئناف الاتحاد"
    if (
        end < i
        and toks[i].norm[:1] in "وف"
        and _masculine_verb(analysis, i)
        and definite_feminine_singular(_bare(toks[start].norm))
        and ents.get(start, (0, 0, ""))[2] != "PERSON"
    ):
        # a joined masculine verb has no feminine subject: "بأن المملكة العربية السعودية
        # راعية … وطالب بوضعها" (he, who claimed it, demanded)
        return None
    return start, end


# "in its turn", between a subject and its verb
_IN_TURN = {"بدوره", "بدورها", "بدورهم", "بدورهما"}


def _named_list(analysis: Analysis, start: int, end: int, ents: EntityIndex) -> bool:
    """[start, end) is two or more named parties, each after the first joined by و (a
    comma may stand before it): "الولايات المتحدة واليابان وكندا"."""
    k, items = start, 0
    while k < end:
        hit = ents.get(k)
        if hit is None or hit[0] != k or hit[1] > end or hit[2] not in _ACTOR_ENTITY_TYPES:
            return False
        if items and not _list_joint(analysis, k - 1, k, ents):
            return False
        items += 1
        k = hit[1]
    return items >= 2


def _list_joint(analysis: Analysis, before: int, k: int, ents: EntityIndex) -> bool:
    """Token k opens the next name of a list after the name ending at ``before``: "و"
    with at most a comma between ("أستراليا، والنرويج")."""
    toks = analysis.tokens
    return conjunction_at(analysis, k, ents) and set(
        analysis.text[toks[before].end : toks[k].start]
    ) <= {" ", "،", ","}


def _listed_name_before(analysis: Analysis, j: int, start: int, ents: EntityIndex) -> int | None:
    """Where the name ending at j starts, when a comma parts it from the next name of
    the same list at ``start`` ("أستراليا، | والنرويج"); None otherwise."""
    before, after = ents.get(j), ents.get(start)
    if (
        before is None
        or after is None
        or before[1] != j + 1
        or after[0] != start
        or before[2] not in _ACTOR_ENTITY_TYPES
        or after[2] not in _ACTOR_ENTITY_TYPES
        or not _list_joint(analysis, j, start, ents)
    ):
        return None
    return before[0]


def _feminine_perfect_after_subject(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """The word at j is a feminine perfect of a derived form (أفعلت، افتعلت، استفعلت)
    right after its definite subject, a verb the lexicons do not hold: "إن السلطات
    أحبطت محاولة" (another clause, not part of a later verb's subject)."""
    toks = analysis.tokens
    w = _bare(toks[j].norm)
    return (
        j > 0
        and j not in ents
        and 4 <= len(w) <= 6
        and w[0] == "ا"
        and w.endswith("ت")
        and not w.endswith("ات")
        and not w.startswith("ال")
        and toks[j - 1].norm.lstrip("وف").startswith("ال")
        and not _break_between(analysis, j - 1, j)
    )


def _coordinated_clause_subject(
    analysis: Analysis, start: int, end: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """A clause "verb, named subject, object" before a coordinated verb shares its subject
    with it: in "وحمل سعد الحكومة المسؤولية وطالبها" the words before طالبها are no
    subject phrase but a clause whose subject, سعد, asks too. Only a bare perfect shape
    that opens the sentence or follows a conjunction, and a person or body named right
    after it."""
    toks = analysis.tokens
    first = toks[start]
    named = ents.get(start + 1)
    if (
        named is None
        and start + 2 < end
        and toks[start + 1].norm.startswith("ال")
        and _party_word(toks[start + 1].norm)
        and all(
            k not in ents
            and toks[k].norm not in STOP
            and not toks[k].norm.lstrip("و").startswith("ال")
            for k in range(start + 2, end)
        )
    ):
        # people, then an indefinite object the act's verb describes: "ورفع المتظاهرون
        # لافتات | تطالب بإسقاط النظام" (banners that demand: the people demand)
        named = start + 1, start + 2, "PEOPLE"
    if (
        named is None
        or named[0] != start + 1
        or named[1] >= end
        or named[2] not in ("PERSON", "ORG", "PEOPLE")
        or start in ents
        or not (start == 0 or first.norm[:1] == "و")
        or not perfect_verb_like(first)
        or is_actorish(analysis, start, ents)
        or _title_head(first.norm)
        or _party_word(first.norm)
    ):
        return None
    return start + 1, named[1]


_RECIPIENT_PREPS = {"من", "الي", "على", "علي", "مع", "ضد", "لدي"}
# "of the states": the region a body's name ends in ("مجلس التعاون لدول الخليج العربية")
_LAM_STATES = {"لدول", "للدول", "لبلدان"}
# offices named with على/عن and what they run: "المشرف على المركز", "المسؤول عن الملف"
_SUPERVISING = {"مشرف", "مشرفه", "قايم", "قايمون", "قايمين", "مسوول", "مسووله"}


def _headline_speaker(analysis: Analysis, end: int, ents: EntityIndex) -> tuple[int, int] | None:
    """A named speaker opening the line and set off by a colon right before the verb
    ("الأعرجي: يتهم المالكي بإهدار تريليون دولار"): the verb's subject."""
    toks = analysis.tokens
    if not 0 < end <= 4 or ":" not in analysis.text[toks[end - 1].end : toks[end].start]:
        return None
    if not _unbroken(analysis, 0, end - 1):
        return None
    named = ents.get(end - 1)
    if named is not None and named[0] == 0 and named[1] == end and named[2] in ("PERSON", "ORG"):
        return 0, end
    if (
        headline(analysis)
        and end <= 3
        # a dateline names a place, not a speaker: "أبوظبي: سجن خليجي"
        and ents.get(0, (0, 0, ""))[2] not in ("GPE", "LOC")
        and not _is_state(analysis, 0)
        and not any(t.norm.lstrip("بو") in _RUBRICS or t.norm in STOP for t in toks[:end])
        and not any(verb_like(analysis, k, ents) for k in range(end))
    ):
        return 0, end  # a name the tagger left untyped: "الأعرجي: يتهم"
    return None


# the labels a headline may open with before a colon: "عاجل:", "بالصور:", "فيديو:"
_RUBRICS = {"عاجل", "فيديو", "الفيديو", "صور", "الصور", "تقرير", "حوار", "خاص", "شاهد", "متابعه"}


def headline(analysis: Analysis) -> bool:
    """A short line with no final punctuation: a title, whose imperfect is a present."""
    return len(analysis.tokens) <= 14 and analysis.text.rstrip()[-1:] not in '.!?؟:»")'


def _past_quoted_adjectives(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past the nisba adjectives that follow a quoted name: "منظمة «هيومن رايتس ووتش»
    الحقوقية، أمس، الحوثيين": they still describe the name before them."""
    toks = analysis.tokens
    while (
        0 < start < len(toks)
        and _describing_nisba(analysis, start, ents)
        and (gap := set(analysis.text[toks[start - 1].end : toks[start].start]))
        <= _CLOSE_QUOTES | {" "}
        # a one-word state name right after the quote is the adjective too: "قناة
        # «الإخبارية» السعودية"
        and (start not in ents or (ents[start][1] - ents[start][0] == 1 and gap & _CLOSE_QUOTES))
        # a plural nisba describes no name: "اتهمت السعودية | الحوثيين", people
        and not (toks[start].norm.endswith(("يين", "يون")) and start - 1 in ents)
    ):
        start += 1
    return start


def _describing_nisba(analysis: Analysis, start: int, ents: EntityIndex) -> bool:
    """A nisba adjective at start that still describes the phrase before it, which the
    searches for a party step past: not a plural's, not people after a person, not the
    genitive of a construct, of a masdar trigger or a verb's people object."""
    return (
        _nisba_adjective(analysis.tokens[start].norm)
        and not _nisba_after_plural(analysis, start)
        and not _people_after_person(analysis, start, ents)
        and not _genitive_of_construct(analysis, start, ents)
        and not _people_nisba_after_verb(analysis, start)
        and not _trigger_genitive(analysis, start)
        and not _plural_nisba_after_feminine(analysis, start)
    )


def _plural_nisba_after_feminine(analysis: Analysis, j: int) -> bool:
    """The plural nisba at j opens the next phrase after the feminine singular before it
    (``plural_nisba_after_feminine``, no break between): "واتهمت الحكومة | الحوثيين"."""
    toks = analysis.tokens
    return (
        j > 0
        and plural_nisba_after_feminine(_bare(toks[j - 1].norm), toks[j].norm)
        and not _break_between(analysis, j - 1, j)
    )


def _trigger_adjective(analysis: Analysis, start: int) -> bool:
    """An indefinite nisba right after an indefinite noun trigger is its adjective, not
    a party: "اتفاقيةً إعلاميةً مع موقع", "زيارة رسمية إلى"."""
    toks = analysis.tokens
    before = toks[start - 1]
    return (
        _indefinite_nisba(toks[start].norm)
        and not _bare(before.norm).startswith("ال")
        # a masdar, or a noun the lexicon lists with the verbs (no verb ends in ة)
        and any(
            t.index == start - 1
            and (
                t.kind == "noun"
                or analysis.text[before.start : before.end]
                .rstrip("\u064b\u064c\u064d")
                .endswith("ة")
            )
            for t in analysis.triggers
        )
    )


def _trigger_genitive(analysis: Analysis, start: int) -> bool:
    """Right after a masdar trigger in construct (no article), a definite word is its
    genitive, the one acted on: "تم إيقاف المعني بالأمر", not an adjective of a name. (A
    masdar after تم is a passive's verb trigger.)"""
    toks = analysis.tokens
    passive = start > 1 and toks[start - 2].norm in _PASSIVE_AUX
    return (
        toks[start].norm.startswith("ال")
        and not _bare(toks[start - 1].norm).startswith("ال")
        and any(t.index == start - 1 and (t.kind == "noun" or passive) for t in analysis.triggers)
    )


def _people_nisba_after_verb(analysis: Analysis, start: int) -> bool:
    """Right after the verb a plural nisba is people, its object ("تهنئ التونسيين"), not
    an adjective of a phrase before it."""
    # (in -يين, the object's case; -يون is the nominative, the subject: "وطالب حقوقيون")
    return analysis.verb_trigger_at(start - 1) and analysis.tokens[start].norm.endswith("يين")


def _past_affiliation(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past a participle that says whose side the actor is on, with its complement:
    "رفضت حركة «وفاء» المنشقة عن حزب المؤتمر | دعوة المرزوقي", "الميليشيات الموالية
    لإيران", "الجماعة المقربة من القاعدة": they describe the actor, no party acted on."""
    toks = analysis.tokens
    if not 0 < start < len(toks) - 1 or not set(
        analysis.text[toks[start - 1].end : toks[start].start]
    ) <= _CLOSE_QUOTES | {" "}:
        return start
    if _bare(toks[start].norm).removeprefix("ال") in _AFFILIATIONS:
        participle = start
    elif _bare(toks[start - 1].norm).removeprefix("ال") in _AFFILIATIONS:
        participle = start - 1  # the actor's phrase took it: "الميليشيات الموالية | لإيران"
    else:
        return start
    nxt = toks[participle + 1].norm
    if nxt in ("عن", "من"):
        head = participle + 2
    elif nxt[:1] == "ل" and len(nxt) > 3:
        head = participle + 1  # "الموالية لإيران": the لـ on the word
    else:
        return start
    if head >= len(toks) or _break_between(analysis, participle, head):
        return start
    if head in ents:
        return ents[head][1]
    return _phrase_from(analysis, head, limit=3, ents=ents)[1]


# a membership, as the affiliations: "النقابات المنضوية تحت الاتحاد العام التونسي للشغل"
_ENROLLED = {"المنضويه", "المنضوين", "المنضوون", "المنضوي"}


# what one says or does, the object of a verb of judging: "انتقدت القاضية كلثوم كنو
# التصريحات الأخيرة لبرهان بسيس"
# cables and letters sent: "بعث الملك سلمان برقيتي تهنئة لرئيس الاتحاد السويسري"
_CABLES = {"برقيه", "برقيتي", "برقيات", "رساله", "رسالتي", "رسايل"}

_WORDS_AND_DEEDS = {
    "التصريحات",
    "تصريحات",
    "المواقف",
    "مواقف",
    "التصرفات",
    "تصرفات",
    "الممارسات",
    "ممارسات",
    "السياسات",
    "سياسات",
    "القرارات",
}


def _words_after_name(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """A definite noun of words or deeds right after a person's name: it opens the
    object, as a name takes no such genitive."""
    if analysis.tokens[k].norm in _CABLES and not _break_between(analysis, k - 1, k):
        # no name ends in a cable, though the tagger runs one on into it: "الملك سلمان بن
        # عبدالعزيز | برقيتي تهنئة"
        return ents.get(k - 1, (0, 0, ""))[2] == "PERSON"
    if analysis.tokens[k].norm not in _WORDS_AND_DEEDS or _break_between(analysis, k - 1, k):
        return False
    prev = analysis.tokens[k - 1].norm
    if not analysis.tokens[k].norm.startswith("ال") and prev.startswith(("ال", "لل")):
        # an indefinite one after a definite word is no adjective nor title of it: "اللواء
        # منصور التركي المتحدث الأمني لوزارة الداخلية | تصريحات المسؤول"
        return True
    before = ents.get(k - 1)
    if before is not None:
        return before[2] == "PERSON" and before[1] == k
    # a name the tagger missed: a bare word, no construct noun's definite genitive
    return not prev.startswith(("ال", "لل", "وال")) and actor_word(prev) is None


def addressed_after(analysis: Analysis, k: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Whom a cable is for, after what it says: the لـ- or إلى-party at k ("برقيتي تهنئة |
    لرئيس الاتحاد السويسري سيمونيتا سوماروجا", "إلى الأمير"), with the name its title
    leads to; None otherwise."""
    toks = analysis.tokens
    if (
        k < len(toks)
        and toks[k].norm in ("مماثله", "مماثلتين")
        and not _break_between(analysis, k - 1, k)
    ):
        k += 1  # "برقية تهنئة مماثلة | لرئيس"
    if k + 1 >= len(toks) or _break_between(analysis, k - 1, k):
        return None
    if toks[k].norm in ("الي", "الى"):
        if not _party_at(analysis, k + 1, ents):
            return None
        party = _phrase_from(analysis, k + 1, ents=ents)
    else:
        party = _lam_party(analysis, k, ents)
        if party is None and _lam_object(analysis, k) and _title_head(toks[k].norm[1:]):
            party = _phrase_from(analysis, k, ents=ents)  # "لرئيس الاتحاد"
    if party is None:
        return None
    named = ents.get(party[1])
    if (
        named is not None
        and named[0] == party[1]
        and named[2] == "PERSON"
        and not _break_between(analysis, party[1] - 1, party[1])
    ):
        return party[0], named[1]  # the title, then the name: "لرئيس الاتحاد السويسري سيمونيتا"
    return party[0], max(party[1], title_name_end(analysis, party, ents))


def object_opens(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """Token k, inside what looks like a doer's titles, opens the verb's object: words
    or deeds after a name ("كلثوم كنو | التصريحات الأخيرة"), or a state named right
    after a title's nisba ("نائب الرئيس العراقي | قطر"), which no title takes bare."""
    if _words_after_name(analysis, k, ents):
        return True
    hit = ents.get(k)
    before = analysis.tokens[k - 1].norm
    return (
        hit is not None
        and hit[0] == k
        and hit[2] == "GPE"
        # (not a second subject, "الخارجية الروسية وواشنطن", nor a complement, "الرئيسة
        # التنفيذية لهونغ كونغ")
        and not (analysis.tokens[k].norm[:1] in "ولب" and k not in ents.own_initial)
        and before.startswith("ال")
        and _nisba_adjective(before)
        and not _break_between(analysis, k - 1, k)
    )


def _dangling_affiliation_end(
    analysis: Analysis, actor: tuple[int, int], ents: EntityIndex
) -> int | None:
    """The end of the complement of a participle of attachment that ends the doer's
    phrase ("الوحدات الأمنية التابعة" | "لإقليم الأمن الوطني", "المنضوية" | "تحت
    الاتحاد"), or None when the phrase does not end in one."""
    toks = analysis.tokens
    last = actor[1] - 1
    if actor[1] >= len(toks) or toks[last].norm not in _AFFILIATED | _ENROLLED:
        return None
    nxt = toks[actor[1]].norm
    if nxt == "تحت":
        head = actor[1] + 1
    elif nxt[:1] == "ل" and len(nxt) > 3:
        head = actor[1]
    else:
        return None
    if head >= len(toks) or not _unbroken(analysis, last, head):
        return None
    if head in ents:
        return ents[head][1]
    return _phrase_from(analysis, head, limit=3, ents=ents)[1]


_AFFILIATION_GOES_ON = {"من", "في", "عن", "الي", "على", "علي"}
# the participles of a side taken: split from, close to, loyal to, attached to
_AFFILIATIONS = {
    "منشق",
    "منشقه",
    "منشقين",
    "منشقون",
    "مقرب",
    "مقربه",
    "مقربين",
    "مقربون",
    "موالي",
    "مواليه",
    "موالين",
    "موالون",
    "تابع",
    "تابعه",
    "تابعين",
    "منبثق",
    "منبثقه",
    "محسوب",
    "محسوبه",
    "محسوبين",
}


# envoys, whose title names where they are posted with لدى
_ENVOYS = {"مندوب", "سفير", "ممثل", "مبعوث", "ملحق"}
# missions, whose post is named the same way: "سفارة خادم الحرمين الشريفين لدى البحرين"
_MISSIONS = {"سفاره", "بعثه", "ممثليه", "مندوبيه"}


# blocs a deputy sits for ("النائب عن حزب الدعوة") and constituencies
_BLOCS = {"حزب", "ايتلاف", "كتله", "قايمه", "تيار", "حركه", "جبهه", "دايره", "محافظه", "تحالف"}


def _past_envoy_post(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past the envoy's post at start: "مندوب اليمن | لدى جامعة الدول العربية" is his
    title, no party."""
    toks = analysis.tokens
    if (
        0 < start < len(toks) - 1
        and toks[start].norm == "لدي"
        and any(
            _bare(toks[k].norm).removeprefix("ال") in _ENVOYS | _MISSIONS
            for k in range(max(0, start - 4), start)
        )
        and not _break_between(analysis, start - 1, start)
    ):
        post = start + 1
        return ents[post][1] if post in ents else _phrase_from(analysis, post, ents=ents)[1]
    return start


# the seat a deputy or senator sits for: "النائب عن دائرة", "السيناتور عن ولاية"
_CONSTITUENCIES = {"ولايه", "دايره", "محافظه", "منطقه", "مدينه"}


def _past_title_holder_in(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past where a title is held and its holder's name: "طالب نائب شيخ الجوهرجية | في
    غرفة مكة زياد فارسي | وزارة التجارة" (the name is the doer's, no party asked)."""
    toks = analysis.tokens
    if not (
        0 < start < len(toks) - 2
        and toks[start].norm == "في"
        and any(_title_head(toks[k].norm) for k in range(max(0, start - 4), start))
        and not _break_between(analysis, start - 1, start + 1)
    ):
        return start
    body = start + 1
    body_end = ents[body][1] if body in ents else _phrase_from(analysis, body, ents=ents)[1]
    named = ents.get(body_end)
    if (
        named is not None
        and named[0] == body_end
        and named[2] == "PERSON"
        and not _break_between(analysis, start, named[1] - 1)
    ):
        return named[1]
    return start


def _past_heading(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past "على رأس وفد (من X)" at start: the doer heads a delegation, no party met
    ("الذي التقى على رأس وفد من ميتشوبيتشي | جيمس مورفي")."""
    toks = analysis.tokens
    if not (
        0 < start < len(toks) - 3
        and toks[start].norm in ("علي", "على")
        and toks[start + 1].norm == "راس"
        and not _break_between(analysis, start, start + 2)
    ):
        return start
    k = start + 3  # the delegation, indefinite: "وفد"
    if (
        k + 1 < len(toks)
        and toks[k].norm in ("من", "يضم")
        and not _break_between(analysis, k - 1, k + 1)
    ):
        k = ents[k + 1][1] if k + 1 in ents else k + 2  # whose delegation: "من ميتشوبيتشي"
    return k


def recipient_after(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """A named party after ``start``: direct object or after من/إلى/على/مع/ضد, same clause.
    A definite nisba right at ``start`` still describes the phrase before it ("وزير
    الخارجية السعودي نظيره"), so the search starts after it; so does an aside in
    brackets or quotes, unless it is the party itself ("طالب الوزير «حماس» بـ")."""
    quoted = _quoted_addressee(analysis, start)
    if quoted is not None:
        return quoted  # words in quotes before the act asked: 'دعت الهيئة "الصحفيين"، الى'
    owner = _quoted_act_owner(analysis, start, ents)
    if owner is not None:
        return owner
    start = _past_quoted_adjectives(analysis, start, ents)
    toks = analysis.tokens
    if (
        0 < start < len(toks) - 2
        and toks[start].norm in _REPRESENTING
        # (not "ممثلة في شخص الوزيرة": represented by)
        and toks[start + 1].norm not in ("في", "ب")
    ):
        # whom the subject represents, then the object: "التقى توفيق دبوسي ممثلا غرفة
        # طرابلس والشمال رئيس الحكومة نجيب ميقاتي"
        for k in range(start + 2, min(len(toks), start + 9)):
            if _break_between(analysis, k - 1, k):
                break
            hit = ents.get(k)
            if _title_head(toks[k].norm) or (
                hit is not None and hit[0] == k and hit[2] == "PERSON"
            ):
                return _recipient_from(analysis, k, ents)
    start = _past_envoy_post(analysis, start, ents)
    start = _past_heading(analysis, start, ents)
    start = _past_title_holder_in(analysis, start, ents)
    if (
        0 < start < len(toks) - 1
        and toks[start].norm in _SEATED
        and (ents.get(start + 1, (0, 0, ""))[2] in ("GPE", "LOC") or _is_state(analysis, start + 1))
    ):
        # where the doer is based, set off: "واتهم معهد العلوم ومقره الولايات المتحدة، إيران"
        start = _phrase_from(analysis, start + 1, ents=ents)[1]
    if (
        0 < start < len(toks) - 1
        and toks[start].norm == "عن"
        and (
            _bare(toks[start + 1].norm).removeprefix("ال") in _BLOCS
            # the seat a member holds: "السيناتور جيمس ريش عن ولاية إيداهو"
            or _bare(toks[start + 1].norm) in _CONSTITUENCIES
        )
        and (
            start - 1 in ents
            or _title_head(toks[start - 1].norm)
            or _party_word(toks[start - 1].norm)
        )
        and not _break_between(analysis, start - 1, start + 1)
    ):
        # the bloc a deputy sits for is his title: "دعا النائب العبيدي عن ائتلاف الوطنية"
        start = _phrase_from(analysis, start + 1, ents=ents)[1]
        if start + 1 < len(toks) and toks[start].norm == "في":
            # and the house he sits in: "النائبة عن التحالف المدني في مجلس النواب"
            house = start + 1
            start = (
                ents[house][1]
                if house in ents
                else _phrase_from(analysis, house, limit=4, ents=ents)[1]
            )
        named = ents.get(start)
        if named is not None and named[0] == start and named[2] == "PERSON":
            start = named[1]  # then the deputy's own name: "... شروق العبايجي"
    if (
        0 < start < len(toks) - 1
        and toks[start].norm == "من"
        and _bare(toks[start + 1].norm).removeprefix("ال") in _BLOCS
        and (_party_word(toks[start - 1].norm) and not _title_head(toks[start - 1].norm))
        and not _break_between(analysis, start - 1, start + 1)
    ):
        # the people's own party: "رفض 32 برلمانيا | من حزب سيريزا اليساري الحاكم"
        bloc = start + 1
        start = ents[bloc][1] if bloc in ents else _phrase_from(analysis, bloc, ents=ents)[1]
        if bloc + 1 in ents and ents[bloc + 1][0] == bloc + 1:
            start = max(start, ents[bloc + 1][1])  # the bloc's name: "حزب | سيريزا"
        for _ in range(3):  # and its adjectives: "اليساري الحاكم"
            if (
                start < len(toks)
                and toks[start].norm.startswith("ال")
                and start not in ents
                and not _break_between(analysis, start - 1, start)
            ):
                start += 1
    affiliated = _past_affiliation(analysis, start, ents)
    if affiliated > start:
        # "حركة وفاء المنشقة عن حزب X": past the side taken; a preposition there still
        # describes it ("… عن حزب المؤتمر | من أجل الجمهورية"), no party is named
        if affiliated < len(toks) and toks[affiliated].norm in _AFFILIATION_GOES_ON:
            return None
        return recipient_after(analysis, affiliated, ents)
    chained = _past_title_chain(analysis, start, ents)
    if chained > start:
        return _recipient_from(analysis, chained, ents)  # the rest of the actor's titles
    apposed = _past_apposition(analysis, start, ents)
    if apposed > start:
        return _recipient_from(analysis, apposed, ents)  # the actor's title is no party
    ranked = _past_elative_apposition(analysis, start, ents)
    if ranked > start:
        return _recipient_from(analysis, ranked, ents)
    titled = _past_unmarked_titles(analysis, start, ents)
    if titled is not None:
        return titled
    aside = _past_aside(analysis, start)
    if aside > start:
        found = _recipient_from(analysis, aside, ents)
        if found is not None or _opens_brackets(analysis, start):
            # (words in quotes may be the party itself: "طالب الوزير «حماس» بـ")
            return found
    framed = _past_comma_frame(analysis, start, ents)
    if framed > start:
        return _recipient_from(analysis, framed, ents)
    return _recipient_from(analysis, start, ents)


# elatives that rank the party named before them: "أكبر أحزاب المعارضة", "ثاني أكبر"
_RANKING_ELATIVES = {"اكبر", "اقدم", "ابرز", "اهم", "اقوي", "اغني"}


def _past_elative_apposition(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past an elative in construct that describes the party before it, when a party
    follows it in the clause: "اتهم زعيم حزب الشعب الجمهوري | أكبر أحزاب المعارضة في
    تركيا | الرئيس رجب طيب إردوغان" (with nothing after, the elative phrase is the
    object itself: "انتقد الوزير أكبر أحزاب المعارضة")."""
    toks = analysis.tokens
    k = start
    if k < len(toks) and toks[k].norm in ("ثاني", "ثالث"):
        k += 1  # "ثاني أكبر"
    if not (
        start > 0
        and k + 1 < len(toks)
        and toks[k].norm in _RANKING_ELATIVES
        and not _break_between(analysis, start - 1, k + 1)
        and (k + 1 in ents or _party_word(toks[k + 1].norm) or toks[k + 1].norm.startswith("ال"))
    ):
        return start
    end = ents[k + 1][1] if k + 1 in ents else _phrase_from(analysis, k + 1, ents=ents)[1]
    where = ents.get(end + 1, (0, 0, ""))[2] if end + 1 < len(toks) else ""
    if where in ("GPE", "LOC") and toks[end].norm == "في":
        end = ents[end + 1][1]  # "في تركيا": where it ranks so
    if end >= len(toks) or _break_between(analysis, end - 1, end):
        return start
    if _title_head(toks[end].norm) or (end in ents and is_actorish(analysis, end, ents)):
        return end
    return start


_SEATED = {"ومقره", "ومقرها", "مقره", "مقرها", "ومقرهم"}
# offices that are bodies with their adjective: "المكتب السياسي", "الديوان الملكي"
_OFFICE_BODIES = {"المكتب", "الديوان"}


def _office_body(analysis: Analysis, j: int) -> bool:
    """An office with its nisba adjective, a body: "مع المكتب التنفيذي للجامعة"; an
    apparatus with the state's adjective ("من الأجهزة الأمنية", not "الأجهزة الذكية")."""
    toks = analysis.tokens
    if j + 1 >= len(toks) or _break_between(analysis, j, j + 1):
        return False
    head, after = _bare(toks[j].norm), toks[j + 1].norm
    if head in _APPARATUS:
        return after in _STATE_ADJECTIVES
    return head in _OFFICE_BODIES and after.startswith("ال") and _nisba_adjective(after)


# the apparatus of a state, a body with the adjectives of its arms
_APPARATUS = {"الجهاز", "الاجهزه"}
_STATE_ADJECTIVES = {
    a + e
    for a in ("الامني", "الاستخباراتي", "الاستخباري", "الرقابي", "العسكري", "القضائي")
    for e in ("", "ه")
}


# representing (an accusative participle): whom the subject stands for
_REPRESENTING = {"ممثلا", "ممثله", "ممثلين", "ممثلتا"}


def _comma_frame_end(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past a time or place set off by commas at start: where the words after the second
    comma start; else ``start``."""
    toks = analysis.tokens
    if not 0 < start < len(toks) - 2:
        return start
    if set(analysis.text[toks[start - 1].end : toks[start].start]) - {" "} not in ({"،"}, {","}):
        return start
    end = _skip_frames(analysis, start, ents)
    if not start < end < len(toks):
        return start
    closed = set(analysis.text[toks[end - 1].end : toks[end].start]) - {" "}
    return end if closed in ({"،"}, {","}) else start


def _past_comma_frame(analysis: Analysis, start: int, ents: EntityIndex) -> int:
    """Past a time or place set off by commas between the subject and the object ("التقى
    نائب الرئيس اليمني خالد بحاح، اليوم في مقر الحكومة بالرياض، وزير الدولة"): where the
    object starts after the second comma, when only frames stand between the commas and a
    party follows; else ``start``."""
    toks = analysis.tokens
    end = _comma_frame_end(analysis, start, ents)
    if end == start:
        return start
    if (
        (toks[end].norm[:1].isdigit() or toks[end].core in lexicon.NUMBER_WORDS)
        and end + 1 < len(toks)
        and _party_word(toks[end + 1].norm)
    ):
        return end  # people counted: "، في وقت متأخر مساء السبت، ستة أشخاص"
    party = end in ents or is_actorish(analysis, end, ents) or _party_word(toks[end].norm)
    return end if party else start


def _past_unmarked_titles(
    analysis: Analysis, start: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The party after a person's titles that follow his name without commas and end in
    a place or time ("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبو ظبي نائب القائد
    الأعلى للقوات المسلحة في أبوظبي أمس الأول عادل الجبير"): the titles are the actor's.
    A name inside the stretch makes the title its holder's ("استقبل الملك وزير الخارجية
    جون كيري في قصره"), so the stretch is the object and this gives None."""
    toks = analysis.tokens
    if (
        not 0 < start < len(toks) - 2
        or start in ents
        or toks[start].norm.startswith("ال")  # a definite title is the next phrase's
        or toks[start].norm[1:] in _TITLE_HEADS  # "ووزير": a conjunction, another party
        or not _title_head(toks[start].norm)
        or _break_between(analysis, start - 1, start)
    ):
        return None
    before = ents.get(start - 1)
    titled = before is None or before[2] != "PERSON"
    if titled and _name_before_titles(analysis, start, ents) is None:
        return None  # no name right before, nor before a chain of his titles
    for k in range(start + 1, min(len(toks), start + 14)):
        if _break_between(analysis, k - 1, k) or verb_like(analysis, k, ents):
            return None
        if (
            k in ents
            and ents[k][2] == "PERSON"
            and ents[k][0] == k
            and not _title_head(toks[k].norm)  # the NER may take a title for a name
            and toks[k - 1].norm != "عهد"  # "ولي عهد أبو ظبي": a place
        ):
            return None
        norm = toks[k].norm
        if norm in _FRAME_TIME or (norm == "في" or norm[:1] == "ب") and k + 1 < len(toks):
            if norm not in _FRAME_TIME and _skip_frames(analysis, k, ents) == k:
                continue  # "للقوات المسلحة في الإمارات" may still be the title's
            found = _recipient_from(analysis, k, ents)
            if (
                found is not None
                and found[0] > k
                # past the titles of a name further back, only right after the frames
                # ("وافق الأمير … رئيس المجلس بالمحافظة | على تشكيل لجنة": no party)
                and not (titled and found[0] != _skip_frames(analysis, k, ents))
            ):
                return found
    return None


def passive_object_antecedent(
    analysis: Analysis, i: int, marker: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """Who the pronoun on a passive arrest stands for ("وتم إيقافه", "تم القبض عليهم",
    with ``marker`` at تم/جرى): the antecedent of a relative right before the marker
    ("صلاح عبد السلام، والذي تم إلقاء القبض عليه"), else the nearest person or party
    before it in the sentence that agrees in number with the pronoun, taken from the
    head of its idafa ("منفذ حادثة التفجير تم توقيفه"); never the one who arrests
    (police, security) nor a word in a prepositional phrase."""
    toks = analysis.tokens
    w = _bare(toks[i].norm)
    after = toks[i + 1].norm if i + 1 < len(toks) else ""
    pronoun = next((p for p in OBJECT_PRONOUNS if w.endswith(p)), None)
    held_by = after.removeprefix("علي").removeprefix("بحق")
    if held_by != after and held_by in OBJECT_PRONOUNS:
        pronoun = held_by  # "القبض عليه"
    elif pronoun is None or len(w) - len(pronoun) < 4 or w.startswith(("ال", "لل")):
        return None
    plural = pronoun in ("هم", "هما")
    while marker > 0 and toks[marker - 1].norm in _HAD_BEEN:
        marker -= 1  # "والذين كان قد تم اعتقالهم"
    if marker > 0 and toks[marker - 1].norm.lstrip("وف") in _RELATIVES:
        # (after "والذي" the antecedent may stand far back: left alone)
        return _relative_antecedent(analysis, marker, ents)
    common = None
    for j in range(marker - 1, max(-1, marker - 20), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        norm = toks[j].norm
        if (
            any(c in ".:;؛!?" for c in gap)
            or _bare(norm) in _THAT_WORDS
            or (norm[:2] == "ان" and norm[2:] in OBJECT_PRONOUNS)
            or _bare(norm) in ("حيث", "بعدما", "عندما")
        ):
            # the clause starts after أن: "أن منفذ الحادثة تم توقيفه"; "إنه تم القبض
            # عليه", "حيث تم إيقافه": its pronoun is the one arrested
            break
        named = ents.get(j)
        person = named is not None and named[2] == "PERSON"
        # "800 مهاجر", "أربعة آخرين"
        counted = j > 0 and (
            toks[j - 1].norm[:1].isdigit() or toks[j - 1].core in lexicon.NUMBER_WORDS
        )
        if (
            not (person or counted or _party_word(norm) or _bare(norm) in _DOERS_OF)
            or norm[:1] in "بلك"
            and not person
        ):
            continue
        start = named[0] if person else j
        if start > 0 and toks[start - 1].norm in _PREPOSITION_STEMS + ("من",):
            continue  # "في منطقة", "من قبل الشرطة": no antecedent
        if any(toks[k].norm == "قبل" and toks[k - 1].norm == "من" for k in range(max(1, j - 3), j)):
            continue  # the agent's adjective: "من قبل البحث | الجنائي"
        while (
            start > 0
            and j - start < 4
            and start - 1 not in ents
            and _construct_noun(toks[start - 1].norm)
            and (_party_word(toks[start - 1].norm) or toks[start - 1].norm in _DOERS_OF)
            and not _break_between(analysis, start - 1, start)
            and not verb_like(analysis, start - 1, ents)
        ):
            start -= 1  # the head of the idafa: "منفذ حادثة تفجير مسجد قوات الطوارئ"
        head = _bare(toks[start].norm)
        if head.removeprefix("ال") in _ARRESTERS or _key(head) in _ARRESTERS:
            break  # the police named before arrested: no one arrested is named before
        many = head.endswith(("ين", "ون", "ات")) or counted
        if plural != many and not (plural and not person and not head.endswith(("ه", "ا"))):
            continue
        if counted and start == j:
            start -= 1  # "800 مهاجر", "أربعة آخرين"
        end = (
            ents[j][1]
            if person
            else j + 1
            if counted and not _party_word(norm)
            else _phrase_from(analysis, j, ents=ents)[1]
        )
        found = start, min(max(end, j + 1), marker)
        if person:
            # a person named in the clause before a title or common noun nearer:
            # "ويشغل العجيمي حاليا خطة مدير الأمن السياحي وقد تم إيقافه"
            return found
        common = common or found
    return common


# between a relative and its passive: "والذين كان قد تم اعتقالهم"
_HAD_BEEN = {"قد", "كان", "كانت", "كانوا", "وقد"}


# the doer of a deed, before the deed in an idafa: "منفذ الهجوم", "مرتكب الجريمة"
_DOERS_OF = {"منفذ", "منفذي", "مرتكب", "مرتكبي", "مطلق", "مطلقي", "قاتل", "قتله"}


def _name_before_titles(
    analysis: Analysis, start: int, ents: EntityIndex
) -> tuple[int, int, str] | None:
    """The person named before a chain of his titles that ends right before ``start``,
    with no punctuation or verb between ("الأمير محمد بن نايف | ولي العهد نائب رئيس مجلس
    الوزراء"); else None."""
    toks = analysis.tokens
    for k in range(start - 1, max(0, start - 10), -1):
        if _break_between(analysis, k, k + 1) or verb_like(analysis, k, ents):
            return None
        named = ents.get(k)
        if named is not None and named[2] == "PERSON" and named[1] == k + 1:
            return named if k + 1 < start and _title_head(toks[k + 1].norm) else None
    return None


def _opens_brackets(analysis: Analysis, j: int) -> bool:
    """A bracket opens right before token j: the words in it describe the phrase before
    ("ودانت الجامعة العربية (قطاع فلسطين والأراضي العربية المحتلة)"), no other party."""
    toks = analysis.tokens
    return 0 < j < len(toks) and "(" in analysis.text[toks[j - 1].end : toks[j].start]


def _past_brackets(analysis: Analysis, j: int) -> int:
    """Past words in brackets right after the phrase before j (``_opens_brackets``)."""
    return _past_aside(analysis, j) if _opens_brackets(analysis, j) else j


def _past_title_chain(analysis: Analysis, j: int, ents: EntityIndex) -> int:
    """Past the rest of a chain of titles the phrase before j ends in: "ولي ولي العهد
    النائب | الثاني لرئيس مجلس الوزراء وزير الدفاع": ordinals and nisbas, a لـ-title with
    its genitive, a further title with its genitive. The chain is the actor's own."""
    toks = analysis.tokens
    if not 0 < j < len(toks):
        return j
    p = j - 1
    while p > 0 and _nisba_adjective(toks[p].norm):
        p -= 1  # "النائب الثاني"
    # a person's name, then his titles without a comma: "الأمير محمد بن سلمان ولي ولي
    # العهد النائب الثاني"; the first one indefinite, heading an idafa (a definite
    # title after a name is mostly the object: "استقبل الملك سلمان الرئيس")
    after_name = (
        ents.get(j - 1, (0, 0, ""))[2] == "PERSON"
        and _title_head(toks[j].norm)
        and not toks[j].norm.startswith("ال")
        and j + 1 < len(toks)
        and (toks[j + 1].norm.startswith("ال") or _title_head(toks[j + 1].norm))
    )
    if not (_title_head(toks[p].norm) or toks[p].norm in _TITLES or after_name):
        return j
    if (
        not after_name
        and toks[p].norm.startswith("ال")
        and (p == 0 or not (toks[p - 1].norm.startswith("ال") or p - 1 in ents))
    ):
        # a definite title alone ends the doer, and a title after it heads the object's
        # phrase: "استقبل الوزير سفير المملكة لدى اليابان"
        return j

    def genitive_end(k: int) -> int:
        k = _genitive_chain_end(analysis, k, ents) or k  # "ولي عهد دولة | الكويت"
        if k in ents:
            return ents[k][1]
        while (
            k < len(toks)
            and toks[k].norm.startswith("ال")
            and not _break_between(analysis, k - 1, k)
            and k not in ents
        ):
            k += 1
        return k

    k = j
    for _ in range(6):
        if k >= len(toks) or _break_between(analysis, k - 1, k) or k in ents:
            break
        w = toks[k].norm
        if _nisba_adjective(w):
            k += 1  # "الثاني", "السعودي"
        elif w[:1] == "ل" and not w.startswith("لل") and _title_head(w[1:]):
            k = genitive_end(k + 1)  # "لرئيس مجلس الوزراء"
        elif _title_head(w) and not w.startswith("ال") and genitive_end(k + 1) > k + 1:
            k = genitive_end(k + 1)  # "وزير الدفاع"
        elif (
            _title_head(w)
            and not w.startswith("ال")
            and k + 1 < len(toks)
            and _title_head(toks[k + 1].norm)
            and not toks[k + 1].norm.startswith("ال")
        ):
            k += 1  # "ولي | ولي العهد"
        elif after_name and k > j and _title_head(w) and w.startswith("ال"):
            k += 1  # a further title of the chain: "ولي ولي العهد النائب الثاني"
        else:
            break
    return k


def _genitive_of_construct(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """The definite word at j follows a noun in the construct state (no article, no
    pronoun, no name), so it is that noun's genitive, not its adjective: "تم توقيف |
    المعتدي" (a nisba adjective of an indefinite noun is indefinite too)."""
    toks = analysis.tokens
    before = toks[j - 1].norm
    return (
        toks[j].norm.startswith("ال")
        and j - 1 not in ents
        and not before.removeprefix("و").startswith(("ال", "بال", "لل"))
        and not _pronoun_suffix(analysis, j - 1)
        and _party_word(toks[j].norm)
    )


# a state's land, waters and borders, which its nationality adjective describes
_LANDS = {"الاراضي", "الحدود", "المياه", "الاجواء", "الساحه"}


def _negated_adjective(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A definite word after غير is an adjective negated, no party: "التصريحات غير
    المسؤولة" (irresponsible)."""
    return (
        j > 0
        and j not in ents
        and analysis.tokens[j - 1].norm == "غير"
        and (analysis.tokens[j].norm.startswith("ال"))
    )


def _past_attendee(analysis: Analysis, j: int, ents: EntityIndex) -> int:
    """Past "بحضور" at j, the one who attends and his titles; else j."""
    toks = analysis.tokens
    if (
        toks[j].norm not in ("بحضور", "وبحضور")
        or j + 1 >= len(toks)
        or _break_between(analysis, j, j + 1)
    ):
        return j
    attendee = _phrase_from(analysis, j + 1, ents=ents)
    end = max(title_name_end(analysis, attendee, ents), attendee[1])
    return _past_title_chain(analysis, end, ents)


_EXCEPT = {"باستثناء", "عدا", "ماعدا", "سوي"}

# one's chairing, before the meeting chaired: "خلال ترؤسه اجتماعا للحكومة"
_CHAIRING = {"تروسه", "تروسها", "تروسهم", "رياسته", "رياستها", "تراسه", "تراسها"}


def meeting_chair(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Who chairs the meeting at i when his chairing stands before it with his pronoun
    ("وشدد بحاح، خلال ترؤسه أمس بالرياض اجتماعا للحكومة"): the subject of the verb the
    clause opens with, before the chairing; None otherwise."""
    toks = analysis.tokens
    j = i - 1
    while j > 0 and i - j <= 4 and not _break_between(analysis, j, j + 1):
        if _bare(toks[j].norm) in _CHAIRING:
            break
        j -= 1
    else:
        return None  # no chairing within four words before the meeting
    # the verb that opens the sentence or the clause, a few words before
    v = next(
        (
            k
            for k in range(j - 1, max(-1, j - 12), -1)
            if k == 0 or set(analysis.text[toks[k - 1].end : toks[k].start]) & set(".؛:")
        ),
        None,
    )
    if v is None or not perfect_verb_like(toks[v]) or v in ents:
        return None
    found = subject_after(analysis, v, ents)
    if found is None or found[0] != v + 1 or found[1] > j:
        named = ents.get(v + 1)
        if named is None or named[0] != v + 1 or named[2] != "PERSON" or named[1] > j:
            return None
        found = named[0], named[1]  # "وشدد بحاح، خلال ترؤسه"
    return found


def perfect_or_imperfect_after(analysis: Analysis, j: int) -> bool:
    """A verb right after the relative pronoun at j: "التي تحتجز", "الذي أطلق"."""
    toks = analysis.tokens
    return j + 1 < len(toks) and (
        verb_like(analysis, j + 1)
        or perfect_verb_like(toks[j + 1])
        or analysis.verb_trigger_at(j + 1)
    )


def _recipient_from(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """recipient_after's search from ``start``: past frames, within five words."""
    toks = analysis.tokens
    if start > 0 and _clitic_before_quote(analysis, start):
        # a بـ-thing in quotes, then whose it is: 'ندد الوزير ب«الأنشطة المؤذية» لإيران'
        for k in range(start + 1, min(len(toks) - 1, start + 8)):
            if set(analysis.text[toks[k].end : toks[k + 1].start]) & _CLOSE_QUOTES:
                return _recipient_from(analysis, k + 1, ents)
        return None
    if (
        0 < start < len(toks) - 1
        and toks[start].norm in _RELATIVES
        and not _break_between(analysis, start - 1, start)
        and (start - 1 in ents or _party_word(toks[start - 1].norm))
        and perfect_or_imperfect_after(analysis, start)
        # (a verb with its own object after it; past a preposition the clause may end
        # before the event's party: "سلفا كير الذي ينتمي لقبيلة الدينكا | نائبه")
        and start + 2 < len(toks)
        and toks[start + 2].norm not in STOP
        and toks[start + 2].norm[:1] not in "بل"
    ):
        # a clause that describes the doer, closed by a comma: its object is none of the
        # event's ("طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش، بالإفراج"); the
        # one asked may follow the comma
        for k in range(start + 2, min(len(toks), start + 25)):
            gap = analysis.text[toks[k - 1].end : toks[k].start]
            if any(c in ".:;؛!?" for c in gap):
                break
            if set(gap) & {"،", ","}:
                return _recipient_from(analysis, k, ents)
    if 0 < start < len(toks) and (past := _past_attendee(analysis, start, ents)) > start:
        # the one met may follow the attendee and his title, not a preposition that goes
        # on with the title ("بحضور المشرف العام | على الإدارة العامة")
        if past >= len(toks) or toks[past].norm in STOP or toks[past].core in CORE_STOP:
            return None
        return _recipient_from(analysis, past, ents)
    if (
        0 < start < len(toks) - 1
        and toks[start].norm[:1] == "ب"
        and toks[start].norm[1:] in _STATE_WORDS
        and not _break_between(analysis, start - 1, start)
    ):
        # the place of the title before it: "نائب القائد الأعلى للقوات المسلحة بدولة
        # الإمارات العربية المتحدة", "مدير التعليم بمنطقة الرياض"
        start = _phrase_from(analysis, start + 1, ents=ents)[1]
    while (
        0 < start < len(toks)
        and start not in ents
        and not _break_between(analysis, start - 1, start)
        and (_describing_nisba(analysis, start, ents) or _trigger_adjective(analysis, start))
    ):
        start += 1
    framed = _skip_frames(analysis, start, ents)
    if start < framed and _clitic_before_quote(analysis, framed):
        return _recipient_from(analysis, framed, ents)  # a quoted بـ-thing after the frame
    if start < framed < len(toks):
        if (
            (toks[framed].norm in STOP and toks[framed].norm not in _RECIPIENT_PREPS)
            or verb_like(analysis, framed, ents)
            or toks[framed].norm in ("وهي", "وهو", "وهم")  # "في بريشيا وهي مدينة"
        ):
            return None  # "في اليمن التي ...", "في الوقت الحاضر يشرف": another clause
        start = framed
        if start not in ents and _accusative_party(toks[start].norm):
            return _phrase_from(analysis, start, ents=ents)  # "وفرنسا أمس دولا أخرى"
    if 0 < start < len(toks) and toks[start].norm in _ACCORDING_TO:
        return None  # "ويطالب المحتجون، وفق مراسل الجوهرة": the source, no party
    if (
        0 < start < len(toks)
        and toks[start].norm in STOP
        and toks[start].norm not in _RECIPIENT_PREPS
        and toks[start].norm not in _FRAME_PREPS
        # a comma or a stop, not quotes: "بالاتفاق «التاريخي» الذي توصلت إليه مع"
        and set(analysis.text[toks[start - 1].end : toks[start].start]) & set("،,؛;.:")
    ):
        return None  # "وأشاد الأمير بجهود الهيئة، كما دعا المواطنين": another clause
    skip_to = place_end = start
    in_prep = in_lam = False
    determiner: int | None = None
    for j in range(start, min(len(toks), start + 12)):
        if j > start and _break_between(analysis, j - 1, j):
            return None
        if j < skip_to:
            continue
        if j > start and _clitic_before_quote(analysis, j):
            return _recipient_from(analysis, j, ents)  # a quoted بـ-thing: past it
        if toks[j].norm == "من" and j + 1 < len(toks) and toks[j + 1].norm in _ON_ITS_SIDE:
            skip_to = j + 2  # "وترفض كندا من جانبها فتح": on its part, no party
            continue
        if toks[j].norm in _EXCEPT and j + 1 < len(toks):
            # "وطالبت القوى السياسية باستثناء القوى الشيعية رئيس الوزراء": those left
            # out of the doers are no party asked
            skip_to = _phrase_from(analysis, j + 1, ents=ents)[1]
            continue
        if toks[j].norm in _FRAME_PREPS and j + 1 < len(toks) and j - start < 2:
            # "طالبت اللجنة في البرلمان الرئاسات بـ...": a place or time phrase is no party
            skip_to = _phrase_from(analysis, j + 1, ents=ents)[1]
            if (
                skip_to in ents
                and ents[skip_to][2] in ("PERSON", "ORG")
                # "في مطار الملك خالد": a place named after a person, past its title
                and (
                    _place_head(toks[j + 1].norm)
                    or skip_to - 1 not in ents
                    and not toks[skip_to - 1].norm.startswith("ال")
                )
                and not _break_between(analysis, skip_to - 1, skip_to)
            ):
                # the idafa chain goes on into a name ("في إطار اهتمام وزارة العدل"):
                # the genitive of the frame's last noun, not a party of the event (a
                # place there still is: "في وسط مدينة نجران")
                skip_to = ents[skip_to][1]
            continue
        # (five words, or the word right after a named place and its time)
        if (
            (j - start >= 5 and j != place_end)
            or toks[j].norm in _CHAIR_WORDS
            or (toks[j].norm == "رياسه" and j > 0 and toks[j - 1].norm == "تحت")
        ):
            return None  # "برئاسة نائب خادم الحرمين": who chairs is no recipient

        norm = toks[j].norm
        if norm == "وبحضور" and j + 1 < len(toks) and not _break_between(analysis, j, j + 1):
            return None  # one who attends, and what follows him (بحضور is a chair word)
        if j > start and _negated_adjective(analysis, j, ents):
            continue  # "هذه التصريحات غير المسؤولة"
        if (
            j > start
            and j not in ents
            and j - 1 not in ents
            and _nisba_adjective(norm)
            and not norm.endswith(("يين", "يون"))  # (people: "مكبرات الصوت المدنيين")
            and toks[j - 1].norm.startswith("ال")
            and not _party_word(toks[j - 1].norm)
            and _bare(toks[j - 1].norm) not in _NATIONS  # "الأمة الإسلامية"
            and not _break_between(analysis, j - 1, j)
            and (
                # a nationality names a state's act ("القصف التركي"), not a place's or a
                # named person's ("الأراضي التونسية", "مغني الراب الأميركي سنوب دوغ")
                ents.get(j + 1, (0, 0, ""))[2] == "PERSON"
                or _place_head(toks[j - 1].norm)
                or _bare(toks[j - 1].norm) in _LANDS
                if demonym_country(norm)
                # other adjectives name a place ("السجن المدني"), not a thing
                else not _place_head(toks[j - 1].norm)
            )
        ):
            continue  # the adjective of a thing: "التفجير الإرهابي", "النجم الدولي"
        if (
            norm == "من"
            and all(toks[k].norm.startswith("ال") and k not in ents for k in range(start, j))
            and (whoever := _whoever(analysis, j, ents)) is not None
        ):
            # "ودعت الوزارة من يرغب في التقدم": whoever wishes (also past the subject's
            # adjectives: "ودعت إدارة المختبر الصحي الوطني من يرغب")
            return whoever
        if j == start and _act_after_bi(analysis, j, ents):
            return None  # "يطالب بعلاج أطفاله", "تعهدت بمنع طالبي اللجوء": the act's own
        if (
            norm in ("عددا", "عدد", "جمعا")
            and j + 2 < len(toks)
            and toks[j + 1].norm == "من"
            and (
                j + 2 in ents
                or _party_word(toks[j + 2].norm)
                or construct_plural(analysis, j + 2, ents)
                or _participle_construct(toks[j + 2].norm)
            )
            and not _break_between(analysis, j, j + 2)
        ):
            # "استقبل نائب خادم الحرمين عددا من مصابي الحادث": the people counted (the
            # count stays out, as in "اعتقلت الشرطة عددا من المتهمين")
            return _phrase_from(analysis, j + 2, ents=ents)
        counted = counted_people(analysis, j, ents)
        if counted is not None and j not in ents:
            return counted  # "ألقت الشرطة القبض على 18 طالبا سودانيا"
        if in_prep and j not in ents and norm.startswith("ال"):
            continue  # the rest of a prepositional phrase: "للمعارضة المسلحة", "بالقتل العمد"
        if in_lam and j not in ents and norm.removeprefix("و").startswith("ال"):
            continue  # the genitive of a لـ-noun: "الرئيس العام لرعاية الشباب والرياضة"
        if (
            in_lam
            and j in ents
            and ents[j][0] == j
            and (
                toks[j - 1].norm in _LAM_STATES
                and not _break_between(analysis, j - 1, j)
                or _subject_genitive_org(analysis, j, start, ents)
            )
        ):
            # a name's "لدول الخليج العربية" after the body it belongs to: "أدانت الأمانة
            # العامة لمجلس التعاون لدول الخليج العربية" is one name, no recipient in it
            # (after the subject's own لـ-noun its adjectives go on: "لحزب سيريزا الحاكم")
            skip_to, in_lam = ents[j][1], toks[j - 1].norm not in _LAM_STATES
            continue
        in_prep = (norm.startswith(("لل", "بال")) and len(norm) > 4 and j not in ents) or (
            norm[:1] == "ب" and norm[1:] in _PLACE_NOUNS  # "بمقر الوزارة": where
        )
        in_lam = (
            norm[:1] == "ل"
            and not norm.startswith("لل")
            and len(norm) > 3
            and norm not in STOP
            and j not in ents
        )
        if j == start and _subject_genitive_org(analysis, j, start, ents):
            skip_to = ents[j][1]  # "وافقت اللجنة المركزية لحزب سيريزا الحاكم على"
            continue
        if (
            norm in _SEARCH_DETERMINERS
            and j + 1 < len(toks)
            and not _break_between(analysis, j, j + 1)
            and (
                j + 1 in ents
                or _party_word(toks[j + 1].norm)
                or is_actorish(analysis, j + 1, ents)
                or construct_plural(analysis, j + 1, ents)
            )
        ):
            # "مع هذه المنظمة", "على هذا التونسي", "عن جميع البحارة": the party follows
            # its demonstrative or quantifier, which stays in the phrase (not "هذه الخطوة")
            determiner = j if determiner is None else determiner
            continue
        if (
            j in ents
            and j > start
            and toks[j - 1].norm[:1] == "ب"
            and toks[j - 1].norm[1:] in _NAMED_PLACE_NOUNS
            and ents[j][2] in ("GPE", "LOC")
        ):
            # "بولاية المنستير | شخصا", "بمنطقة تبوك أمس الأول | شخصاً": the place named
            # after its noun is where (and a time after it, when)
            skip_to = place_end = _skip_frames(analysis, ents[j][1], ents)
            continue
        if j in ents:
            if is_actorish(analysis, j, ents) or ents[j][2] == "LOC":
                found = _phrase_from(analysis, j, ents=ents)
                if found[0] < j and _radio_band(analysis, found[0]):
                    # the tagger ran the station's name on into the party: "في تصريح
                    # للجوهرة أف أم | الحكومة"
                    found = j, found[1]
                return _with_determiner(determiner, found)
        elif (
            (toks[j].norm[:1] not in "بلف" or _own_first_letter(toks[j].norm))
            and (
                is_actorish(analysis, j, ents)
                or _party_word(toks[j].norm)
                # an indefinite accusative body as the object: "وانتقد الرئيس أحزاباً كردية"
                # (not a participle, mostly circumstantial: "متهماً إياه")
                or (
                    j == start
                    and _accusative_party(norm)
                    and _key(norm[:-1]) in _PARTY_HEADS
                    and norm[:1] != "م"
                )
                or construct_plural(analysis, j, ents)
                or _people_after_person(analysis, j, ents)
                or _office_body(analysis, j)
                or _held_after_arrest(analysis, j, start)
                # the king's title past the subject: "وهنأ رئيس المجلس خادم الحرمين
                # الشريفين" (right after the verb it is the subject: "استقبل خادم")
                or (
                    _king_title_at(analysis, j)
                    and not verb_like(analysis, j - 1, ents)
                    and toks[j - 1].norm not in STOP  # "بتكليف من خادم الحرمين": whose order
                    and all(t.index != j - 1 for t in analysis.triggers)
                )
            )
        ):
            # a party word, not only a dictionary one: "دعا المتقدمين", "طالب والدها"
            found = _counted_and_uncharged(analysis, j, _phrase_from(analysis, j, ents=ents))
            if (
                construct_plural(analysis, j, ents)
                and (chain := _genitive_chain_end(analysis, j + 1, ents)) >= found[1]
            ):
                # the whole chain of genitives: "مصابي حادثة مسجد قوات الطوارئ"
                found = found[0], _phrase_from(analysis, chain, ents=ents)[1]
            if _king_title_at(analysis, j):
                # with the name its title leads to: "خادم الحرمين الشريفين الملك سلمان"
                named = found[1] + (found[1] < len(toks) and toks[found[1]].norm == "الملك")
                if ents.get(named, (0, 0, ""))[2] == "PERSON":
                    found = found[0], ents[named][1]
            if (
                j > start
                and _construct_head(analysis, j - 1, ents)
                and recipient_kind(analysis, (j - 1, found[1]), ents) == "party"
            ):
                return j - 1, found[1]  # "وسائل الإعلام": the noun whose genitive it is
            if (
                j > start
                and found[1] == j + 1
                and _nisba_adjective(toks[j].norm)
                and toks[j - 1].norm.startswith("ال")
                and j - 1 not in ents
                and not _break_between(analysis, j - 1, j)
                and (
                    _party_word(toks[j - 1].norm)
                    or _bare(toks[j - 1].norm) in _NATIONS
                    # an office with its adjective is a body: "مع المكتب السياسي"
                    or _bare(toks[j - 1].norm) in _OFFICE_BODIES
                )
            ):
                return j - 1, found[1]  # "الأمة الإسلامية": the noun the adjective is of
            return _with_determiner(determiner, found)
        if toks[j].norm not in _RECIPIENT_PREPS and j > start and toks[j].norm in STOP:
            return None
        determiner = None
    return None


def _held_after_arrest(analysis: Analysis, j: int, start: int) -> bool:
    """One held, right after an arrest's masdar or the count after it: "إيقاف كهل",
    "ايقاف 31 عنصرا", "إيقاف سوري"; the one arrested, though no party word elsewhere
    ("عنصر", "كهل" and a bare nationality mostly describe)."""
    toks = analysis.tokens
    if j == start + 1 and (toks[start].norm[:1].isdigit() or _bare(toks[start].norm) in _CARDINALS):
        pass  # the count before the people counted
    elif j != start:
        return False
    if not any(t.index == start - 1 and t.type == "COERCE" for t in analysis.triggers):
        return False
    norm = toks[j].norm
    if norm in _HELD_QUANTIFIERS:
        return False  # a count or a share comes with its own noun: "توقيف عدد إجمالي بلغ 251 شخصا"
    if j > start and norm in _OF_HIM:
        return True  # a count of the ones the sentence named: "تم إيقاف 3 منهم"
    # the wanted ("68 مفتشا عنهم"; مفتش alone is an inspector)
    return _wanted(analysis, j) or _held_word(norm)


_ABOUT_THEM = {"عنه", "عنها", "عنهم", "عنهما"}


def _wanted(analysis: Analysis, j: int) -> bool:
    """مفتش عنه: wanted by the police (Tunisian), the word and its pronoun."""
    toks = analysis.tokens
    return (
        _bare(toks[j].norm).removeprefix("ال").startswith("مفتش")
        and j + 1 < len(toks)
        and toks[j + 1].norm in _ABOUT_THEM
        and not _break_between(analysis, j, j + 1)
    )


def _held_word(norm: str) -> bool:
    """A word for one held (lexicon.HELD_PEOPLE, in the accusative too) or a bare
    nationality standing for its man ("سوري", "تونسي")."""
    return _without_tanween(norm) in lexicon.HELD_PEOPLE or (
        not norm.startswith("ال") and demonym_country(norm) is not None
    )


# the quantifiers among the people held: their noun follows
_HELD_QUANTIFIERS = {"عدد", "كامل", "جميع"}


# demonstratives and quantifiers a party's phrase may open with
_DETERMINERS = {"هذا", "هذه", "هولاء", "ذلك", "تلك", "جميع", "كافه", "عموم"}
# and "such", "every": no party after a preposition either ("لمثل تلك الممارسات")
_DETERMINERS_WITH_LIKE = _DETERMINERS | {"مثل", "كل"}
# and كل before the party the search runs on to ("كل العاملين"; "كل من" is whoever's)
_SEARCH_DETERMINERS = _DETERMINERS | {"كل"}


def _with_determiner(determiner: int | None, found: tuple[int, int]) -> tuple[int, int]:
    """The phrase found, from its determiner when one stands right before it."""
    return (determiner, found[1]) if determiner == found[0] - 1 else found


def _whoever(analysis: Analysis, j: int, ents: EntityIndex) -> tuple[int, int] | None:
    """من before an imperfect verb is the relative "whoever", the party itself ("دعت
    الوزارة من يرغب في التقدم", "ودعا العتيبي من تتوفر لديه المؤهلات"): من, the verb,
    and its complement's first words."""
    toks = analysis.tokens
    n = len(toks)
    if not (
        toks[j].norm == "من"
        and j + 1 < n
        and toks[j + 1].norm[:1] in "يت"
        and verb_like(analysis, j + 1, ents)
        and not _break_between(analysis, j, j + 1)
    ):
        return None
    end = j + 2
    if end < n and toks[end].norm in _WHOEVER_LINKS and not _break_between(analysis, end - 1, end):
        end += 1  # "في", "لديه"
        if (
            end < n
            and not _break_between(analysis, end - 1, end)
            and not verb_like(analysis, end, ents)
        ):
            end += 1  # "في التقدم", "لديه المؤهلات"
    return j, end


# what ties a "whoever" verb to its complement: "من يرغب في", "من تتوفر لديه"
_WHOEVER_LINKS = {"في", "علي", "الي", "لديه", "لديها", "لديهم", "فيه", "فيها", "فيهم"}


# units a count measures, which a tamyiz in -ا names as often as people: "18 عاما"
# people counted in the singular that no party list has (طالب is a verb too)
_COUNTED_PEOPLE = {"طالب", "عامل", "مهاجر", "معتقل", "ناشط", "مقيم", "زاير", "حاج", "شاب", "رجل"}
_UNITS_COUNTED = {"عام", "يوم", "شهر", "اسبوع", "ساع", "دقيق", "دولار", "ريال", "مرة", "متر"}


def definite_count(analysis: Analysis, j: int) -> bool:
    """A definite number at j ("الأربعة"): after a coercion, the people counted."""
    toks = analysis.tokens
    return j < len(toks) and toks[j].norm.startswith("ال") and toks[j].core in lexicon.NUMBER_WORDS


def _year(norm: str) -> bool:
    """A four-digit year, 1900-2099 ("2017"): a date's end, no count of people."""
    return len(norm) == 4 and norm.isdigit() and norm.startswith(("19", "20"))


def counted_people(analysis: Analysis, j: int, ents: EntityIndex) -> tuple[int, int] | None:
    """People counted by a number at j, with their adjectives: "18 طالبا سودانيا", "190
    إرهابيا", "خمسة أشخاص". A number takes its counted noun right after it (tamyiz), so a
    nisba there is a noun, the people of that kind ("22 باكستانيا"), not an adjective."""
    toks = analysis.tokens
    if not (
        j + 1 < len(toks)
        and (toks[j].norm.isdigit() or _bare(toks[j].norm) in _CARDINALS)
        and not _break_between(analysis, j, j + 1)
    ):
        return None
    if _year(toks[j].norm):
        return None  # a year ends a date: "24 فيفري 2017 وزير الخارجية"
    k = j + 1
    while (
        k + 1 < len(toks)
        and toks[k].norm[:1] == "و"
        and _bare(toks[k].norm[1:]) in _CARDINALS
        and not _break_between(analysis, k, k + 1)
    ):
        k += 1  # "تسعة وعشرين شخصا"
    noun = toks[k].norm
    if noun.startswith("ال") or noun in STOP or verb_like(analysis, k, ents):
        return None
    stem = noun[:-1] if noun.endswith("ا") else noun
    if any(stem.startswith(u) for u in _UNITS_COUNTED):
        return None
    people = (
        stem in _COUNTED_PEOPLE
        or _party_word(noun)
        or _accusative_party(noun)
        or noun.endswith("ا")
        and (_party_word(stem) or _indefinite_nisba(stem) and len(stem) >= 5)
    )
    if not people:
        return None
    end = k + 1
    if end < len(toks) and toks[end].norm in _BI_PRONOUNS and _bare(noun).endswith("مشتبه"):
        end += 1  # "تسعة مشتبه بهم"
    while end < len(toks) and not _break_between(analysis, end - 1, end):
        word = toks[end].norm
        if word[:1] == "و" and _indefinite_nisba(word[1:].removesuffix("ا")):
            word = word[1:]  # adjectives joined: "بلدان عربية وإفريقية"
        if (
            word.startswith(("ال", "و", "ب", "ل", "ف"))
            or word in STOP
            or verb_like(analysis, end, ents)
            or not (
                _indefinite_nisba(word.removesuffix("ا"))
                or word.endswith("يين")
                # an adjective agrees with its noun: "شركة مساهمة مقفلة", "بنات
                # إيزيديات"; things in -ات take a feminine one: "قيادات خطيرة"
                or len(word) > 3
                and (
                    noun[-1:] in "اه"
                    and word[-1:] == noun[-1]
                    or noun.endswith("ات")
                    and word.endswith(("ات", "ه"))
                )
            )
        ):
            break
        end += 1  # its adjectives: "طالبا سودانيا", "مواطنا موصليا"
    # a number stays with what it counts; "several" does not ("عدة بلدان" -> "بلدان")
    return (k if _bare(toks[j].norm) == "عده" else j), end


def _subject_genitive_org(analysis: Analysis, j: int, start: int, ents: EntityIndex) -> bool:
    """An organisation named in لـ right after a definite subject (which ends at start)
    is the subject's genitive, whose body it is, no recipient: "اللجنة المركزية لحزب
    سيريزا", the لـ fused to the name (j == start) or on the noun before it (j - 1 ==
    start). A state stays the target: "الزيارة الأميركية لكينيا"."""
    toks = analysis.tokens
    if not (start > 0 and j in ents and ents[j][0] == j and ents[j][2] == "ORG"):
        return False
    if j == start:
        in_lam = toks[j].norm[:1] == "ل" and not _own_first_letter(toks[j].norm)
    else:
        in_lam = j - 1 == start  # (the caller read toks[start] as a noun in لـ)
    return (
        in_lam
        and toks[start - 1].norm.startswith(("ال", "وال"))
        and not _break_between(analysis, j - 1, j)
    )


def _place_head(norm: str) -> bool:
    """A noun that heads a place's name ("مطار", "المستشفى"), by its key or its form."""
    return (
        _key(norm.removeprefix("ال")) in _PLACE_HEADS
        or _bare(norm).removeprefix("ال") in _PLACE_HEADS
    )


def _own_first_letter(norm: str) -> bool:
    """A word whose ف is its own, as the clitic model reads it: "فريق", "فرق", not
    "فالحكومة"; and a feminine noun's ب ("بعثة"). (Its readings of ب and ل are less
    sure: it takes لجنة for ل + جنة and لرئيس for one word, and بعث may be a verb, so
    the rest stay clitics.)"""
    if norm[:1] == "ب" and not norm.endswith(("ه", "ات")):
        return False
    if norm.removeprefix("و") in _OWN_LAM:
        return True  # "يجتمع مع لجنة دراسة أوضاع الهيئة": a committee, not ل + جنة
    return norm[:1] in "فب" and not split_clitics(norm)[0]


# nouns whose first ل is their own, which the clitic model splits off
_OWN_LAM = {"لجنه", "لجان"}


def _act_after_bi(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """An indefinite بـ-masdar at j, the act asked for or pledged: the phrase after it is
    that act's genitive ("يطالب بعلاج أطفاله", "تعهدت بمنع طالبي اللجوء"), no recipient."""
    norm = analysis.tokens[j].norm
    if norm[:1] != "ب" or norm.startswith("بال") or j in ents:
        return False
    if norm in MANNER_ADVERBS or norm in _HOW_OFTEN:
        return False
    return derived_masdar(norm) or norm[1:] in _PLAIN_MASDARS


def act_asked(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A بـ-masdar at j, indefinite or definite: the act asked for ("باحترام سيادة
    العراق", "بالإفراج عن الناشطة")."""
    if j >= len(analysis.tokens):
        return False
    norm = analysis.tokens[j].norm
    if norm.startswith("بال") and j not in ents:
        stem = norm[3:]
        return derived_masdar("ب" + stem) or stem in _PLAIN_MASDARS
    return _act_after_bi(analysis, j, ents)


# masdars that say how, not what: "يستهدفها بانتظام المتمردون"
_HOW_OFTEN = {"بانتظام", "باستمرار", "باستثناء"}


# plain masdars of acts asked for or pledged, which no party or frame word spells
_PLAIN_MASDARS = {
    "منع",
    "علاج",
    "طرد",
    "وقف",
    "نقل",
    "رفع",
    "سحب",
    "حل",
    "فتح",
    "فرض",
    "افراج",
    # the acts threatened: "هدد الوزير بحرمان الحجاج", "بقتل", "بشن ضربات" (not قطع:
    # "بقطع رأس القصبي" is found past it as it stands)
    "حرمان",
    "قتل",
    "شن",
    "سجن",
    "عقد",  # holding a meeting: "وطالب الوزير بعقد اجتماع عاجل"
}


def _counted_and_uncharged(analysis: Analysis, j: int, found: tuple[int, int]) -> tuple[int, int]:
    """The party phrase at j with the count right before it and without the charge after
    it: "أوقفت الشرطة في باليرمو، خمسة أشخاص بتهمة تهريب" -> "خمسة أشخاص"."""
    toks = analysis.tokens
    for k in range(found[0] + 1, found[1]):
        if toks[k].norm.startswith("بتهم"):
            found = found[0], k
            break
    k = j
    while (
        k == found[0]
        and k > 0
        and (_bare(toks[k - 1].norm) in _CARDINALS or toks[k - 1].norm.isdigit())
        and not _break_between(analysis, k - 1, k)
        and (k == j or toks[k].norm[:1] == "و")  # "تسعة وعشرين شخصا"
        and not _year(toks[k - 1].norm)  # a year ending a date: "12 جانفي 2017 وزير"
    ):
        k -= 1
        found = k, found[1]
    return found


def _people_after_person(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A definite nisba in the sound plural right after a person's name or a singular
    title, or set off by a comma: no adjective of one person, so the people it names
    ("ودعا عباس الإسرائيليين إلى", "دعا الوزير الفرنسيين", "دعا هامون مرشح الحزب …،
    الفرنسيين إلى التصويت")."""
    toks = analysis.tokens
    if not (
        0 < j < len(toks)
        and j not in ents
        and toks[j].norm.endswith(("يين", "يون"))
        and _nisba_adjective(toks[j].norm)
    ):
        return False
    gap = set(analysis.text[toks[j - 1].end : toks[j].start]) - {" "}
    if gap and gap <= {"،", ","}:
        return True
    before = toks[j - 1].norm
    return not gap and (
        ents.get(j - 1, (0, 0, ""))[2] == "PERSON"
        or (_title_head(before) and not before.endswith(("ون", "ين", "ات")))
    )


def _construct_head(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """A collective noun right before a party word, whose genitive that word is: the
    head of the phrase ("وسائل الإعلام", "أحزاب المعارضة", "نقابات العمال"). Only these:
    most nouns there are what the act is about ("وجود قوات", "ممارسات داعش")."""
    toks = analysis.tokens
    norm = toks[k].norm.removeprefix("و")
    return (
        k not in ents
        and not norm.startswith(("ال", "ب", "ل"))  # a construct head has no article
        and _key(norm) in _COLLECTIVE_HEADS
        and not _break_between(analysis, k, k + 1)
    )


_FRAME_PREPS = {"في", "داخل", "خارج", "خلال", "عند", "امام", "وسط", "قرب"}
_CHAIR_WORDS = {"برياسه", "برئاسه", "بحضور"}
# led by: the leader of the party before, no recipient ("قوات التحالف | بقيادة المملكة")
_CHAIR_WORDS |= {"بقياده", "بزعامه"}
# beside, near: where, not with whom ("زارتها ماكدونالدز بجانب مشفى الملك سلمان")
_BESIDE = {"بجانب", "بجوار", "بالقرب", "بمحاذاه"}
# according to: the source of a report
_ACCORDING_TO = {"وفق", "وفقا", "حسب", "بحسب", "نقلا"}
_AFFILIATED = {"التابع", "التابعه", "التابعين", "التابعون", "التابعتين"}
# belonging to, as a patrol's or an agent's: "دورية تابعة للشرطة العدلية"
_BELONGING = _AFFILIATED | {"تابع", "تابعه", "تابعين", "تابعون"}
# honorifics that open a person's title: "معالي وزير العدل", "فخامة الرئيس"
HONORIFIC_OPENERS = {"معالي", "سمو", "فخامه", "سماحه", "فضيله", "جلاله", "سعاده"}
# "صاحب السمو الملكي الأمير"، "خادم الحرمين الشريفين": صاحب and خادم open a title only
# with the word they need (صاحب المغسلة is an owner)
HONORIFIC_PAIRS = {
    "صاحب": {"السمو", "الجلاله", "المعالي", "السماحه", "الفضيله", "السعاده"},
    # their plural: "اجتمع أصحاب السمو والمعالي وزراء خارجية دول مجلس التعاون"
    "اصحاب": {"السمو", "الجلاله", "المعالي", "السماحه", "الفضيله", "السعاده"},
    "خادم": {"الحرمين"},
}
_QUOTES = set('«»"“” ')


def _past_aside(analysis: Analysis, j: int) -> int:
    """Past an aside in brackets or quotes right after the phrase before j, which names
    or describes it ("نسرين اسبر (رئيسة المجلس العالمي) شركة ...", "الاتحاد الدولي
    للنقل الجوي «أياتا» سلطات الطيران"): up to its closing mark, within 8 words."""
    toks = analysis.tokens
    if not 0 < j < len(toks):
        return j
    opening = analysis.text[toks[j - 1].end : toks[j].start]
    # the occasion or what came before it, a frame with or without its opening comma:
    # "ودعا العذاري على هامش انطلاق الحملة …، المستهلكين", "، عقب زيارته اليوم إلى
    # ولاية سوسة،", "، على اثر اجتماع مكتبه التنفيذي،"
    occasion = _occasion_opens(analysis, j)
    if occasion or (set(opening) - {" "} <= {"،", ","} and set(opening) & {"،", ","}):
        # a time between commas: "اتهمت حكومة الأسد، خلال شهر أبريل الماضي، الأردن"; who
        # comes along: "زار المدير، يرافقه مدير التوعية الشيخ علي حافظ، مرضى المستشفى"
        along = _bare(toks[j].norm) in _ACCOMPANYING
        # the age of the one named: "ودعم مهدي هاشمي، البالغ من العمر 45 عاما، بشكل فاعل"
        aged = toks[j].norm in ("البالغ", "البالغه")
        # the statement it was said in, however long: "وطالبت الوزارة، في بيان لها
        # اصدرته عقب جلسة عمل عقدتها اللجنة الفنية …، الأطراف المعنية"
        statement = (
            toks[j].norm == "في" and j + 1 < len(toks) and toks[j + 1].norm in _SPEECH_CHANNELS
        )
        if (
            toks[j].norm in ("خلال", "في", "منذ", "امس", "اليوم")
            or toks[j].norm in _FRAME_TIME
            or toks[j].norm in _ON_THE_OCCASION
            or along
            or aged
            or occasion
        ):
            reach = 20 if statement or occasion else 14 if along else 7
            for k in range(j + 1, min(j + reach, len(toks))):
                between = set(analysis.text[toks[k - 1].end : toks[k].start]) - {" "}
                if not between:
                    continue
                if between - {"(", ")"} <= {"،", ","} and between & {"،", ","}:
                    if k - j >= 7 and not along and not _party_word(toks[k].norm):
                        # a long statement aside closes before a party ("، الأطراف
                        # المعنية"), not before a participle ("، مجددًا موقف المنظمة")
                        return j
                    # and another aside may follow: "، في بيان اصدره الجمعة، على اثر …،"
                    return _past_aside(analysis, k)
                if not between <= {"(", ")"}:
                    return j
                # a day in brackets: "، أمس (الأحد)، إسبانيا"
        return j
    close = ")" if "(" in opening else "»" if "«" in opening else None
    if close is None or set(opening) - {" ", "(", "«"}:
        return j
    for k in range(j + 1, min(j + 9, len(toks))):
        between = analysis.text[toks[k - 1].end : toks[k].start]
        if close in between:
            return k if set(between) <= {" ", close} else j
        if set(between) - {" "}:
            return j  # other punctuation inside: no short aside
    return j


def _aside_opening(analysis: Analysis, i: int) -> int:
    """Where a comma aside that ends right before token i opens (its first word), else
    i: "أعلنت كتلة نداء تونس، مساء الثلاثاء في بيان، | رفضها" (what _past_aside skips
    going forward)."""
    toks = analysis.tokens
    if not 0 < i < len(toks) or not set(analysis.text[toks[i - 1].end : toks[i].start]) & {
        "،",
        ",",
    }:
        return i
    for k in range(i - 1, max(0, i - 20), -1):
        if _past_aside(analysis, k) == i:
            return k
    return i


def _occasion_opens(analysis: Analysis, j: int) -> bool:
    """An aside of the occasion opens at j: "على هامش", "على إثر", "إثر", "عقب"."""
    toks = analysis.tokens
    norm = toks[j].norm
    if norm in ("على", "علي") and j + 1 < len(toks):
        return toks[j + 1].norm in ("هامش", "اثر")
    return norm in ("عقب", "اثر") and j + 1 < len(toks) and not _party_word(toks[j + 1].norm)


# "، بمناسبة عيد الأضحى،": the occasion, between commas
_ON_THE_OCCASION = {"بمناسبه", "تزامنا", "احتفاء", "احياء"}
_ACCOMPANYING = {"يرافقه", "ترافقه", "يرافقها", "يرافقهم", "برفقه", "يصحبه", "بمرافقه"}


def _release_asked(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Whose release is refused or agreed to, right after the verb: "إطلاق سراح X",
    "الإفراج عن X" (quotes allowed)."""
    toks = analysis.tokens
    j = _skip_adverbs(analysis, start)
    if j + 1 < len(toks) and toks[j].norm in ("علي", "على"):
        j += 1  # "وافقت على الإفراج عن"
    if j + 2 >= len(toks) or _break_between(analysis, j, j + 1):
        return None
    if toks[j].norm.lstrip("ب") == "اطلاق" and toks[j + 1].norm == "سراح":
        return _freed_at(analysis, j + 2, ents, _CLOSE_QUOTES, party=True)
    if toks[j].norm.lstrip("ب") in ("الافراج", "افراج"):
        return _released(analysis, j + 1, ents)
    return None


def _released(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Who a release frees: the phrase after عن right after the verb (and its subject),
    quotes allowed ("أفرجت السلطات عن «سعودي»", "يفرج عن المعتقلين")."""
    toks = analysis.tokens
    j = _skip_adverbs(analysis, start)
    if j + 1 >= len(toks) or toks[j].norm != "عن":
        return None
    return _freed_at(analysis, j + 1, ents, {"»", '"'})


def _freed_at(
    analysis: Analysis, k: int, ents: EntityIndex, closing: set[str], party: bool = False
) -> tuple[int, int] | None:
    """The one freed, from k (after عن or سراح): up to three words, or up to the
    ``closing`` quote mark; no particle or verb, nothing but a quote mark before it. With
    ``party``, only a party or a name in quotes."""
    toks = analysis.tokens
    gap = set(analysis.text[toks[k - 1].end : toks[k].start]) - {" "}
    if gap - _QUOTES or toks[k].norm in STOP or verb_like(analysis, k, ents):
        return None
    if party and not (k in ents or _party_at(analysis, k, ents) or gap & _QUOTES):
        return None
    start_, end = _phrase_from(analysis, k, limit=3, ents=ents)
    for m in range(start_ + 1, end):  # up to a closing quote
        if set(analysis.text[toks[m - 1].end : toks[m].start]) & closing:
            return start_, m
    return start_, end


def _past_apposition(analysis: Analysis, j: int, ents: EntityIndex) -> int:
    """Past a title in apposition between commas right after the phrase before j ("دعا
    فؤاد السنيورة، رئيس الحكومة اللبنانية السابق، إلى ..."), within 8 words."""
    toks = analysis.tokens
    if not 0 < j < len(toks) or not set(analysis.text[toks[j - 1].end : toks[j].start]) & {
        "،",
        ",",
    }:
        return j
    entity_of = getattr(ents, "entity_of", {})
    named = ents.get(j)
    if named is None and (
        (after_first := ents.get(j + 1)) is not None
        and after_first[0] == j + 1
        and toks[j].norm not in STOP - {"علي"}
        and not _break_between(analysis, j, j + 1)
    ):
        # a first name the tagger left out ("علي" reads as على): "، علي خامنئي،"
        named = after_first
    if named is not None and named[0] >= j and named[2] == "PERSON" and named[1] < len(toks):
        # the holder's name between commas after a title ("طالب نائب رئيس تحرير الجريدة،
        # نور الدين بالطيب، الحزب الحاكم بـ"): the same person, not the one addressed
        after = set(analysis.text[toks[named[1] - 1].end : toks[named[1]].start])
        title_before = any(_title_head(toks[k].norm) for k in range(max(0, j - 8), j))
        person_before = any(
            ents.get(k, (0, 0, ""))[2] == "PERSON" and entity_of.get(k) != entity_of.get(j)
            for k in range(max(0, j - 8), j)
        )
        # (or the act charged or asked follows the name: "أدان الأمين العام للأمم
        # المتحدة، بان كي مون بأشد العبارات")
        act_after = _act_starts(toks[named[1]].norm)
        if (after & {"،", ","} or act_after) and title_before and not person_before:
            return named[1]
    kin = toks[j].norm in _KIN and ents.get(j - 1, (0, 0, ""))[2] == "PERSON"
    if not _title_head(toks[j].norm) and not kin:
        return j  # (a person's kin describes him too: "تقي رحماني، زوج المحامية،")

    def persons(a: int, b: int) -> set[str]:
        return {
            entity_of.get(k)
            for k in range(max(0, a), b)
            if ents.get(k, (0, 0, ""))[2] == "PERSON" and entity_of.get(k)
        }

    # (a chain of titles runs long: "، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
    # وزير الدفاع في جدة،")
    for k in range(j + 1, min(j + 16, len(toks))):
        between = set(analysis.text[toks[k - 1].end : toks[k].start]) - {" "}
        if k - j > 8 and verb_like(analysis, k - 1, ents):
            return j  # a clause, no title
        if between:
            if not between <= {"،", ","}:
                return j
            # another person between the commas is the one addressed ("طالب الفنان حسن
            # عسيري، وزير التعليم الدكتور عزام الدخيل،"), the actor's own title is not
            if kin:
                return k  # his kin and the kin's own name: "، جد فيرونيكا موزر ساليفان،"
            inside, before = persons(j, k), persons(j - 4, j)
            if k - j > 8 and inside:
                return j  # a long title with a name is another person's, the one met
            return j if inside and before and not inside & before else k
    return j


# words of time and of place that a frame phrase between subject and object is made of
_FRAME_TIME = lexicon.TIME_NOW | {
    "امس",
    "مساء",
    "صباح",
    "ليل",
    "ليله",
    "عشيه",  # "عشية اليوم الجمعة": the evening of
    "اول",
    "الماضي",
    "لمده",  # "، ولمدة 30 دقيقة،"
    "ولمده",
}
_PLACE_NOUNS = {
    "فرع",  # "في فرع وزارة الخارجية بجدة"
    "قصر",
    "مكتب",
    "مقر",
    "مدينه",
    "منطقه",
    "محافظه",
    "عاصمه",
    "مبني",
    "ديوان",
    "مجلس",
    "قاعه",
    "فندق",
    "مركز",
    "وقت",
    "فتره",
    "مستشفي",  # "بمستشفى عسير المركزي المصابين": where the wounded were visited
    "قطاع",  # "قبضت دوريات حرس الحدود بقطاع حالة عمار على شخص"
}
# and the administrative regions, before a named place: "بولاية المنستير", "بمعتمدية المكنين"
_NAMED_PLACE_NOUNS = _PLACE_NOUNS | {"ولايه", "معتمديه", "مقاطعه", "اقليم", "عماله", "بلديه"}


# adjectives that make an office of a title: "الأمين العام", "المدير التنفيذي"
_OFFICE_ADJECTIVES = {"العام", "العامه", "التنفيذي", "التنفيذيه", "الاقليمي", "المساعد"}


# deals, whose partner after مع is no party to an act about the deal
_DEALS = {"اتفاق", "اتفاقيه", "صفقه", "معاهده"}


def deal_partner(analysis: Analysis, i: int, rng: tuple[int, int]) -> bool:
    """The phrase at rng follows مع after a deal the act at i is about: "دعمه لاتفاق
    بلاده النووي | مع الدول الغربية", "رفضه للاتفاق مع إيران"."""
    toks = analysis.tokens
    if not (i + 1 < rng[0] <= i + 8 and toks[rng[0] - 1].norm == "مع"):
        return False
    return any(
        _bare(toks[k].norm).removeprefix("لل").removeprefix("ل").removeprefix("ال") in _DEALS
        for k in range(i + 1, rng[0] - 1)
    ) and not any(_break_between(analysis, k - 1, k) for k in range(i + 1, rng[0]))


_SENTENCES = {"حكما", "حكم", "الحكم", "احكاما", "احكام"}


def sentenced_on(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Who a sentence was passed on, after على before it: "أصدر القضاء على مهدي هاشمي
    رفسنجاني حكمًا | بالسجن" (the بـ-masdar at i)."""
    toks = analysis.tokens
    if i < 3 or toks[i - 1].norm not in _SENTENCES or _break_between(analysis, i - 1, i):
        return None
    for k in range(i - 2, max(-1, i - 9), -1):
        if _break_between(analysis, k, k + 1):
            return None
        if toks[k].norm in ("على", "علي"):
            found = ents[k + 1][:2] if k + 1 in ents else _phrase_from(analysis, k + 1, ents=ents)
            named = ents.get(found[1])  # a title, then the name
            if named is not None and named[0] == found[1] and named[2] == "PERSON":
                found = found[0], named[1]
            return found if found[1] <= i - 1 and usable(analysis, found, ents) else None
    return None


def office_adjective_after(analysis: Analysis, rng: tuple[int, int]) -> int | None:
    """The end of the phrase with the office adjective right after it ("اتحاد موظفي
    القطاع | العام"), when the phrase ends in a definite noun; else None."""
    toks = analysis.tokens
    end = rng[1]
    if (
        end < len(toks)
        and toks[end].norm in _OFFICE_ADJECTIVES
        and toks[end - 1].norm.startswith(("ال", "لل"))
        and not _break_between(analysis, end - 1, end)
    ):
        return end + 1
    return None


# a message's relative verb: "في برقية وجهها", "في رسالة بعثها"
_SENT_IT = {v + p for v in ("وجه", "بعث", "ارسل") for p in ("ها", "ه")} | {
    "وجهتها",
    "بعثتها",
    "ارسلتها",
}
# one's home, a place only with its owner's pronoun ("في منزله"; "منزل الوزير" is his)
_HOMES = {"منزل", "بيت", "مسكن", "منازل", "بيوت"}

# nouns whose genitive is a place they are in: "مطار الرياض", "ميناء عدن"
_PLACE_HEADS = _PLACE_NOUNS | {"مطار", "ميناء", "معبر", "سجن", "محافظه", "ولايه", "اقليم"}


# one's own arrival or return, a frame after "فور", "عقب": "فور وصوله"
_ARRIVALS = {w + p for w in ("وصول", "عوده", "قدوم") for p in ("ه", "ها", "هم")}


def _skip_frames(analysis: Analysis, j: int, ents: EntityIndex) -> int:
    """Past what stands between a verb's subject and its object without being a party:
    time words, a place or channel phrase, an honorific ("استقبل الأمير ... في قصر
    السلام بجدة مساء اليوم معالي وزير الدولة"; "طالب الأهالي في العراق عبر «عكاظ»
    وزارة العدل"), up to punctuation (quotes only around a channel's name)."""
    toks = analysis.tokens
    n = len(toks)

    def gap(a: int) -> set[str]:  # the characters between token a and the next
        return set(analysis.text[toks[a].end : toks[a + 1].start])

    while j < n:
        norm = toks[j].norm
        channel = False
        if (
            norm == "في"
            and 0 < j < n - 1
            and _title_head(toks[j - 1].norm)
            and _bare(toks[j + 1].norm).removeprefix("ال") in _BLOCS | {"نقابه", "منظمه"}
        ):
            return j  # "القيادي في حزب الجمهوري": where the title is held, not a frame
        if (past := _day_before_yesterday(analysis, j)) > j:
            nxt = past
        elif norm in _FRAME_TIME or norm in HONORIFIC_OPENERS or _weekday(norm):
            nxt = j + 1
        elif norm == "يوم" and j + 1 < n and _weekday(toks[j + 1].norm):
            nxt = j + 2  # "صباح يوم الجمعة 24 فيفري 2017": the date follows
        elif (past := _date_at(analysis, day := j + (norm == "يوم"))) > day:
            # "استقبل الرئيس صباح اليوم الأربعاء 05 أكتوبر 2016 رئيس الحكومة", "يوم 5 مارس"
            nxt = past
        elif norm in ("بعد", "قبل") and j + 1 < n and toks[j + 1].norm in _FRAME_TIME:
            nxt = j + 2  # "بعد ظهر اليوم", "قبل ظهر أمس"
        elif norm == "بهذه" and j + 1 < n and toks[j + 1].norm == "المناسبه":
            nxt = j + 2  # "وتدعو الجامعة بهذه المناسبة كل الأطراف": on this occasion
        elif (
            norm in ("فور", "عقب", "اثر", "لدي")
            and j + 1 < n
            and toks[j + 1].norm in _ARRIVALS
            and not _break_between(analysis, j, j + 1)
        ):
            nxt = j + 2  # "والتقى المسؤول الأممي فور وصوله فريقا حكوميا": on arriving
        elif norm == "حتي" and j + 1 < n and toks[j + 1].norm in _SO_FAR:
            nxt = j + 2  # "واوقفت الشرطة حتى الآن خمسة اشخاص": so far
        elif norm == "منذ" and j + 1 < n and toks[j + 1].norm in _SINCE_SPANS:
            nxt = j + 2  # "اعتقلت الشرطة منذ قليل رجلا": a moment ago
        elif (
            norm == "منذ"
            and j + 1 < n
            and (_weekday(toks[j + 1].norm) or toks[j + 1].norm in _FRAME_TIME)
        ):
            # "اعتقلت الشرطة منذ الجمعة 590 شخصا", "منذ أمس": since when
            nxt = j + 2
            while nxt < n and toks[nxt].norm in _FRAME_TIME and gap(nxt - 1) <= {" "}:
                nxt += 1  # "منذ الجمعة الماضية"
        elif (
            norm in ("في", "وفي")
            and j + 3 < n
            and toks[j + 1].norm in _ALL_OVER
            and _bare(toks[j + 2].norm) in _EVERYWHERE
            and gap(j) <= {" "}
            and gap(j + 1) <= {" "}
        ):
            # "في جميع أنحاء تركيا", "في مختلف مناطق المملكة": where, all over
            nxt = ents[j + 3][1] if j + 3 in ents else _phrase_from(analysis, j + 3, ents=ents)[1]
        elif (
            norm == "منذ"
            and j + 2 < n
            and toks[j + 1].norm[:1].isdigit()
            and toks[j + 2].norm in _SINCE_SPANS
        ):
            nxt = j + 3  # "منذ 3 أيام"
        elif (
            norm in ("خلال", "وخلال")
            and 0 < j < n - 1
            and j + 1 not in ents
            and _bare(toks[j + 1].norm).removeprefix("ال").rstrip("ه") in _DURING
            # a definite or owned occasion ("خلال زيارته", "خلال الزيارة"), not one a
            # clause goes on to describe ("خلال اجتماع موسع عقده مع ...")
            and (toks[j + 1].norm.startswith("ال") or _pronoun_suffix(analysis, j + 1))
            # in the clause's flow: "والتقى -خلال الحفل- نائب رئيس الهيئة" sets off a
            # subject still to come
            and gap(j - 1) <= {" "}
            and gap(j) <= {" "}
        ):
            # "والتقى خلال زيارته قيادات الصحة", "خلال الزيارة رئيس الجامعة": when
            nxt = j + 2
            if nxt < n and toks[nxt].norm in ("تلك", "هذه") and gap(nxt - 1) <= {" "}:
                nxt += 1  # "دعا بحاح خلال زيارته تلك أهالي المدينة"
        elif (
            norm in ("خلال", "وخلال")
            and 0 < j < n - 2
            and toks[j + 1].norm in ("هذه", "هذا", "تلك", "ذلك")
            and toks[j + 2].norm.startswith("ال")
            and _bare(toks[j + 2].norm).removeprefix("ال").rstrip("ه") in _DURING
            and gap(j - 1) <= {" "}
            and gap(j) <= {" "}
            and gap(j + 1) <= {" "}
        ):
            nxt = j + 3  # "وزار اللواء اليحيى خلال هذه الجولة مركز الجوازات"
        elif (
            norm in ("خلال", "وخلال")
            and 0 < j < n - 2
            and _bare(toks[j + 1].norm) in _PRESS_EVENTS
            and toks[j + 2].norm in _PRESS_KINDS
            and gap(j - 1) <= {" ", ",", "،"}
            and gap(j) <= {" "}
            and gap(j + 1) <= {" "}
            # (not one a clause goes on to describe: "خلال ندوة صحفية انعقدت")
            and not (
                j + 3 < n
                and (
                    verb_like(analysis, j + 3, ents)
                    or (perfect_verb_like(toks[j + 3]) and j + 3 not in ents)
                    or toks[j + 3].norm in _RELATIVES
                )
            )
        ):
            # "اتهم المسماري خلال مؤتمر صحفي قطر": a press occasion and its kind, then
            # the object
            nxt = j + 3
        elif _thereafter(toks, j):
            nxt = j + 2  # "وزار الأمير عقب ذلك الجنود": then
        elif norm in ("على", "علي") and j + 1 < n and toks[j + 1].norm == "هامش":
            # "على هامش انعقاد ندوة صحفية لهيئة الدفاع …،": the occasion, up to its comma
            nxt = j + 2
            while nxt < min(n, j + 14) and not _break_between(analysis, nxt - 1, nxt):
                nxt += 1
            if nxt >= min(n, j + 14):
                return j
        elif _bare(norm) in _BLESSINGS and j + 1 < n and toks[j + 1].norm == "الله":
            nxt = j + 2  # "– حفظه الله –": a blessing on the one named
        elif (
            norm in ("في", "وفي")
            and j + 2 < n
            and toks[j + 1].norm in _DEMONSTRATIVES
            and _bare(toks[j + 2].norm).removeprefix("ال") in _DISCOURSE_FRAMES
        ):
            nxt = j + 3  # "في هذا السياق", "في هذا الصدد"
        elif norm in ("في", "وفي") and j + 1 < n and toks[j + 1].norm in ("حينه", "حينها"):
            nxt = j + 2  # "تم توقيف المعتدي في حينه": at the time (not "في حين", whereas)
        elif (
            norm in ("في", "وفي")
            and j + 2 < n
            and toks[j + 1].norm == "الوقت"
            and toks[j + 2].norm in ("نفسه", "ذاته", "عينه")
        ):
            nxt = j + 3  # "داعيا في الوقت ذاته كل الأطراف", "في الوقت عينه": meanwhile
        elif (
            norm in ("في", "وفي")
            and j + 2 < n
            and toks[j + 1].norm == "وقت"
            and toks[j + 2].norm in _EARLIER_LATER
        ):
            # "في وقت سابق من هذا العام", "في وقت لاحق": when
            nxt = j + 3
            k = nxt + 1 + (nxt + 1 < n and toks[nxt + 1].norm in _DEMONSTRATIVES)
            if nxt < n and toks[nxt].norm == "من" and k < n and toks[k].norm in _PERIODS:
                nxt = k + 1
        elif (
            norm in ("في", "وفي")
            and j + 1 < n
            and _pronoun_suffix(analysis, j + 1)
            and _bare(toks[j + 1].norm)[:-1] in _DURING
            and gap(j) <= {" "}
        ):
            # "وحث الرحيلي، في زيارته | مقاول المشروع": during one's own visit
            nxt = j + 2
        elif norm in _FRAME_PREPS or norm == "عبر":
            if j + 1 >= n:
                return j
            quoted = bool(gap(j) & {"«", '"', "“"})
            channel = quoted and gap(j) <= _QUOTES  # "عبر «عكاظ»", "في «ملتقى …»"
            if not (channel or gap(j) <= {" "}):
                return j
            after = _bare(toks[j + 1].norm).removeprefix("ال")
            if not (
                channel
                or j + 1 in ents
                or after in _PLACE_NOUNS
                # "في مكتبه", "في قصره", "في مقر إقامته", "في منزله": one's own place
                or (_pronoun_suffix(analysis, j + 1) and after[:-1] in _PLACE_NOUNS | _HOMES)
                or after in _SPEECH_CHANNELS  # "في كلمته", "في بيان"
                or toks[j + 1].norm in _FRAME_TIME
                or (after in _SHOWS and _quoted_name_end(analysis, j + 2))
            ):
                return j  # "في إنشاء", "في أن": no place or time
            nxt = _phrase_from(analysis, j + 1, ents=ents)[1]
            if (
                nxt == j + 2
                and nxt in ents
                and ents[nxt][0] == nxt
                and ents[nxt][2] in ("GPE", "LOC")
                and _key(after) in _BODY_HEADS
                and gap(nxt - 1) <= {" "}
            ):
                nxt = ents[nxt][1]  # a body named by its place: "في جامعة جازان"
            elif (
                nxt in ents
                and ents[nxt][0] == nxt
                and ents[nxt][2] in ("GPE", "LOC")
                and _place_head(toks[j + 1].norm)
                and nxt - 1 not in ents
                and gap(nxt - 1) <= {" "}
            ):
                nxt = ents[nxt][1]  # the place's name: "في العاصمة السودانية الخرطوم"
            if after in _SHOWS:
                nxt, channel = _quoted_name_end(analysis, j + 2), True
            if after in _SPEECH_CHANNELS and (
                described := _channel_adjectives_end(analysis, j + 1)
            ):
                # "في تصريحات صحفية السياسيين إلى": an indefinite channel's adjective
                # ends it; the definite noun after is no genitive but the one addressed
                nxt = min(nxt, described)
            if (
                after in _SPEECH_CHANNELS or after[:-1] in _PLACE_NOUNS | _HOMES
            ) and _pronoun_suffix(analysis, j + 1):
                # "في كلمته", "في مكتبه": the speech or the place is his; what follows is
                # not its genitive
                nxt = j + 2
            if channel:  # the channel's name in quotes: up to the closing mark
                while nxt < n and not gap(nxt - 1) & {"»", '"', "”"}:
                    nxt += 1
            elif (
                after in _SPEECH_CHANNELS
                and nxt + 1 < n
                and toks[nxt].norm in _SENT_IT
                and gap(nxt - 1) <= {" "}
            ):
                # the message's own relative verb, and when: "في برقية وجهها اليوم |
                # إلى الأمير" (the one it was sent to follows)
                nxt += 1
                while nxt < n and toks[nxt].norm in _FRAME_TIME and gap(nxt - 1) <= {" "}:
                    nxt += 1
            if after in _SPEECH_CHANNELS and j + 2 < n and nxt <= j + 3:
                # "في تصريح لمراسل "الجوهرة أف أم" الحكومة", "في حديث لوكالة الأنباء
                # الألمانية": the medium it was given to is no party of the act
                at = j + 2
                while at + 1 < n and toks[at].norm in _FRAME_TIME and gap(at - 1) <= {" "}:
                    at += 1  # "في تصريح اليوم لوكالة تونس إفريقيا للأنباء"
                given, quoted = _past_medium(analysis, at, ents)
                if given > nxt:
                    nxt, channel = given, channel or quoted
        elif (body_end := _body_of_actor_end(analysis, j, ents)) > j:
            # "دعت لجنة المالية بمجلس نواب الشعب رئيس الحكومة": the body the actor
            # belongs to, then the one acted on
            nxt = body_end
        elif (
            norm[:1] == "ب"
            and j in ents
            and ents[j][2] in ("LOC", "GPE")
            and not place_named_with_ba(norm)
        ):
            nxt = ents[j][1]  # "بجدة": where (not "بكين", a city's own name)
        elif norm[:1] == "ب" and norm[1:].removeprefix("ال") in _PLACE_NOUNS and j + 1 < n:
            # "بمنطقة جازان", "بالعاصمة الرياض": where, with the place's name
            nxt = ents[j + 1][1] if j + 1 in ents else j + 2
        elif norm[:1] == "ب" and norm[1:-1] in _PLACE_NOUNS and _pronoun_suffix(analysis, j):
            nxt = j + 1  # "بمكتبه", "بمقره": one's own place, no genitive after it
        elif (
            norm.startswith("بال")
            and j > 0
            and _bare(toks[j - 1].norm).lstrip("ب")[:-1] in _PLACE_NOUNS
            and _pronoun_suffix(analysis, j - 1)
            and not _break_between(analysis, j - 1, j)
        ):
            # where one's own place is: "في مكتبه بالإمارة", "بمكتبه بالوزارة" (the
            # word alone: an object may follow with no comma, "بالإمارة أمين منطقة عسير")
            nxt = j + 1
        elif norm == "باسم" and j + 1 < n:
            # "وناشد معاليه باسم المجلس أهل العلم": on whose behalf, no party
            nxt = _phrase_from(analysis, j + 1, limit=3, ents=ents)[1]
        elif _bare(norm) in _ACCOMPANYING and j + 1 < n:
            # "زار الرحيلي برفقة مدير الشؤون الإدارية غنام الغنام، المستودعات": who came
            # along is no party of the visit
            nxt = _phrase_from(analysis, j + 1, limit=3, ents=ents)[1]
            if (
                nxt in ents
                and ents[nxt][2] == "PERSON"
                and not _break_between(analysis, nxt - 1, nxt)
            ):
                nxt = ents[nxt][1]
        elif norm in _AFFILIATED and j + 1 < n and toks[j + 1].norm[:1] == "ل":
            # "الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة": whose it is
            nxt = _phrase_from(analysis, j + 1, ents=ents)[1]
        else:
            return j
        if nxt >= n:
            return j
        if (
            _break_between(analysis, nxt - 1, nxt)
            and not (channel and gap(nxt - 1) <= _QUOTES)
            # a comma or a dash after a place, a time or a blessing sets it off, and the
            # object follows: "في مقر إقامته بالرياض، اليوم الثلاثاء، وزير المالية" (not
            # a new clause: "الاجتماع اليوم، وإنها")
            and not (
                # (a quoted object may open after it: "اليوم الأربعاء، "مجموعة من")
                gap(nxt - 1) - {" ", "«", '"', "“"} - (_CLOSE_QUOTES if channel else set())
                <= _SETTING_OFF
                # no و/ف of a new clause ("، فقد أعلنت"; كلا is "each of", no كـ + لا)
                and (
                    toks[nxt].norm in _EACH_OF
                    or _bare(toks[nxt].norm) == toks[nxt].norm
                    and toks[nxt].norm[1:] not in STOP
                )
                and (
                    toks[nxt].norm not in STOP
                    or toks[nxt].norm in _FRAME_PREPS
                    or toks[nxt].norm in ("مع", "ومع")  # "بجدة، مع وزير خارجية مصر"
                    # "في تصريح للجوهرة أف أم، على هامش ندوة …،": another frame
                    or (nxt + 1 < n and toks[nxt + 1].norm == "هامش")
                )
            )
        ):
            return j
        j = nxt
    return j


def _body_of_actor_end(analysis: Analysis, j: int, ents: EntityIndex) -> int:
    """Past a بـ-body after the actor's phrase when a party follows it: "بمجلس نواب
    الشعب | رئيس الحكومة", "بالجامعة | الاتحاد العام لطلبة تونس"; else j."""
    toks = analysis.tokens
    n = len(toks)
    norm = toks[j].norm
    if not (
        0 < j < n - 1
        and norm[:1] == "ب"
        and _key(_bare(norm[1:])) in _BODY_HEADS
        and not analysis.verb_trigger_at(j - 1)
        and not _break_between(analysis, j - 1, j)
    ):
        return j
    k = j + 1
    if not norm.startswith("بال"):  # its genitive, up to the first definite word
        while k < n and k - j <= 3 and not toks[k].norm.startswith("ال"):
            k += 1
        if k >= n or not toks[k].norm.startswith("ال"):
            return j
        k += 1
    while k < n and _nisba_adjective(toks[k].norm) and toks[k].norm.startswith("ال"):
        k += 1
    if k >= n or not _unbroken(analysis, j, k):
        return j
    nxt = toks[k].norm
    if nxt[:1] in "بل" or nxt in STOP or verb_like(analysis, k, ents):
        return j
    if k in ents or _party_word(nxt) or _title_head(nxt) or is_actorish(analysis, k, ents):
        return k
    return j


# who a statement is given to: "لمراسل", "لوكالة", "لصحيفة" (bare, without their لـ)
_MEDIUM_WORDS = {
    "مراسل",
    "مراسله",
    "وكاله",
    "صحيفه",
    "جريده",
    "قناه",
    "اذاعه",
    "موقع",
    "تلفزيون",
    "مجله",
}


def _past_medium(analysis: Analysis, k: int, ents: EntityIndex) -> tuple[int, bool]:
    """Past a لـ-phrase naming the medium a statement was given to, at k ("لمراسل
    "الجوهرة أف أم"", "لوكالة الأنباء الألمانية", "لـ«عكاظ»"), and whether its name was
    quoted; k itself when there is none."""
    toks = analysis.tokens
    norm = toks[k].norm
    if norm == "مع" and k + 1 < len(toks) and not _break_between(analysis, k - 1, k):
        # "في حديثه مع الجزيرة نت", "في مقابلة مع صحيفة الشرق الأوسط": the one
        # interviewing
        if end := _quoted_name_end(analysis, k + 1):
            return end, True
        word = _bare(toks[k + 1].norm).removeprefix("ال")
        if word in _MEDIUM_WORDS:
            return _phrase_from(analysis, k + 1, limit=3, ents=ents)[1], False
        hit = ents.get(k + 1)
        if hit is not None and hit[0] == k + 1 and hit[2] in ("ORG", "MISC"):
            return hit[1], False
        return k, False
    if norm[:1] != "ل" or _break_between(analysis, k - 1, k):
        return k, False
    word = norm[2:] if norm.startswith("لل") else norm[1:]  # (لل: ل + ال, "للإذاعة")
    if (
        k + 2 < len(toks)
        and toks[k + 1].norm == "اف"
        and toks[k + 2].norm in ("ام", "م")
        and not _break_between(analysis, k, k + 2)
    ):
        return k + 3, False  # a radio station: "للجوهرة أف أم", "لموزاييك أف أم"
    if word not in _MEDIUM_WORDS and norm != "ل":
        return k, False
    if end := _quoted_name_end(analysis, k + 1):
        return end, True
    if norm == "ل":
        return k, False
    if k + 1 in ents and not _break_between(analysis, k, k + 1):
        return _news_agency_end(analysis, k, ents[k + 1][1]), False
    return _news_agency_end(analysis, k, _phrase_from(analysis, k, limit=3, ents=ents)[1]), False


def _news_agency_end(analysis: Analysis, k: int, end: int) -> int:
    """The end of an agency's name that closes with للأنباء, when the phrase from k stopped
    inside it ("لوكالة تونس افريقيا | للأنباء"), else ``end``."""
    toks = analysis.tokens
    for j in range(end, min(len(toks), k + 6)):
        if _break_between(analysis, j - 1, j):
            break
        if toks[j].norm == "للانباء":
            return j + 1
    return end


_SETTING_OFF = {"،", ",", "–", "-", "—"}
# the occasions "خلال" frames before an object: "خلال زيارته", "خلال اللقاء"
# (keys without the article and trailing ه: زيارته -> زيارت, الزيارة -> زيار)
_DURING = {"زيار", "زيارت", "لقاء", "لقاي", "اجتماع", "جول", "جولت", "استقبال", "حفل"} | {
    "استضافت",  # "خلال استضافته في برنامج": a guest on the air
}
# a press occasion with its kind: "خلال مؤتمر صحفي", "خلال ندوة صحفية"
_PRESS_EVENTS = {"مؤتمر", "ندوه", "لقاء", "حوار", "تصريح", "تصريحات", "كلمه", "اجتماع"}
_PRESS_KINDS = {
    "صحفي",
    "صحفيه",
    "صحافي",
    "صحافيه",
    "اعلامي",
    "اعلاميه",
    "اذاعي",
    "اذاعيه",
    "تلفزي",
    "تلفزيوني",
    "تلفزيونيه",
    "مشترك",
}
# how long ago, after منذ: "منذ قليل", "منذ ساعات", "منذ 3 أيام"
_SINCE_SPANS = {
    "قليل",
    "لحظات",
    "ساعات",
    "ساعه",
    "ايام",
    "يومين",
    "اسابيع",
    "اسبوع",
    "اشهر",
    "شهور",
    "سنوات",
    "فتره",
    "مده",
}
# "حتى الآن", "حتى اللحظة": so far, a time frame before the object
_SO_FAR = {"الان", "اللحظه", "الساعه"}
# "حفظه الله", "رعاه الله", "يحفظه الله": said after a ruler's name
_BLESSINGS = {"حفظه", "يحفظه", "رعاه", "يرعاه", "ايده", "حفظها", "حفظهم", "وفقه", "سدده"}


def _channel_adjectives_end(analysis: Analysis, k: int) -> int:
    """The end of an indefinite speech channel's nisba adjectives ("تصريحات صحفية",
    "بيان رسمي"), or 0 when the channel is definite or has none."""
    toks = analysis.tokens
    if toks[k].norm.startswith("ال") or _pronoun_suffix(analysis, k):
        return 0
    end = k + 1
    while (
        end < len(toks)
        and not toks[end].norm.startswith("ال")
        and toks[end].norm.endswith(("يه", "ي"))
        and len(toks[end].norm) > 3
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1
    return end if end > k + 1 else 0


def _weekday(norm: str) -> bool:
    day = norm.removeprefix("ال")
    # bare, أحد and اثنين are "one" and "two": "تم اعتقال أحد الحراس"
    return day in _WEEKDAYS and (day != norm or day not in ("احد", "اثنين"))


_DISCOURSE_FRAMES = {"سياق", "صدد", "اطار", "شان", "مجال"}
# all over a place: "في جميع أنحاء البلاد", "في مختلف مناطق المملكة"
_ALL_OVER = {"جميع", "كل", "كافه", "مختلف", "شتي"}
_EVERYWHERE = {"انحاء", "ارجاء", "ربوع", "مناطق", "مدن", "محافظات", "ولايات"}
_EARLIER_LATER = {"سابق", "لاحق", "مبكر", "متاخر"}
_PERIODS = {"العام", "السنه", "الشهر", "الاسبوع", "اليوم", "الليله"}
# a year or a month, with or without the article: "أواخر سنة 2015", "منتصف الشهر"
_YEAR_OR_MONTH = _PERIODS | {"سنه", "عام", "شهر"}
# where a call is made: "ودعا الوزير في كلمته المواطنين إلى"
_SPEECH_CHANNELS = {
    "تقرير",  # "ودعت «الفاو» في تقريرها الحكومات"
    "تقريره",
    "تقريرها",
    "رسالته",
    "رسالتها",
    "كلمته",
    "كلمتها",
    "كلمه",
    "بيان",
    "بيانه",
    "بيانها",
    "تصريح",
    "تصريحه",
    "تصريحها",
    "تصريحات",
    "خطاب",
    "خطابه",
    "خطابها",
    "رساله",  # "طالب الوزير في رسالة بعثها أمس إلى الأمين العام"
    "برقيه",  # "أشاد في برقية وجهها اليوم إلى الأمير"
    # the Maghreb's communiqué: "ودعت الوزارة في بلاغ لها اليوم المواطنين إلى"
    "بلاغ",
    "بلاغه",
    "بلاغها",
    # interviews: "ودعا قرني في حديثه مع الجزيرة نت جميع التيارات"
    "حديث",
    "حديثه",
    "حديثها",
    "مقابله",
    "مقابلته",
    "مقابلتها",
    "حوار",
    "حواره",
    "حوارها",
}
# a broadcast, a frame when its name is quoted: "خلال استضافته في برنامج "بوليتكا"، وزير"
_SHOWS = {"برنامج", "حصه"}


# plurals of titles and holders: "رؤساء الكتل", "ملاك العقارات"
_PLURAL_TITLES = {
    "شيوخ",  # "شيوخ العشائر"
    "مشايخ",
    "روساء",
    "رؤساء",
    "وزراء",
    "قاده",
    "سفراء",
    "ممثلي",
    "ممثلو",
    "مسؤولي",
    "مسؤولو",
    "مديري",
    "مديرو",
    "ملاك",
    "اصحاب",
    "امراء",
    "زعماء",
    "نواب",
    "قيادات",
    "كوادر",
    # deputies: "استقبل أمير المنطقة … وكلاء الإمارة"
    "وكلاء",
}


# broken plurals of people that no lemma list has: "طالب أحد الدعاة", "النشطاء"
_PEOPLE_PLURALS = {
    "دعاه",
    "قضاه",
    "ولاه",
    "رعاه",
    "رعايا",  # nationals: "معاملة الرعايا التونسيين"
    "ائمه",
    "خطباء",
    "نشطاء",
    "ادباء",
    "شعراء",
    "فقهاء",
    "ابطال",
    # workers, employees: "انتقد أداء العاملين في القطاع الحكومي"
    "عاملين",
    "عاملون",
    # drivers: "طالب عدد من سواق التاكسي الجماعي بحقهم في الرخص"
    "سواق",
    "سايقو",
    # brethren, as the press names a people: "طلب عدد من الأشقاء اليمنيين استضافتهم"
    "اشقاء",
    # cadres, in Maghreb usage: "دعت النقابة كافة الأعوان والإطارات إلى"
    "اطارات",
    # students, orphans, worshippers, tourists: "هنأت المديرة الطالبات المتفوقات" (not
    # طلبة, which normalized is also "his request", nor حجاج, mostly in a body's name:
    # "الإدارة العامة لشؤون حجاج الداخل")
    "طالبات",
    "ايتام",
    "مصلين",
    "سياح",
    "ماره",  # passers-by: "طلب الشاب من عدد من المارة"
    "بحاره",  # sailors: "وناشدوا، كافة البحارة بمرافئ المنطقة"
    # a paper's readers: "طالب قراء «الاقتصادية» شركات التأمين"
    "قراء",
    "القراء",
    # staff: "وحث سموه … منسوبي إمارة منطقة الرياض", "موظفي الجامعة"
    "منسوبي",
    "منسوبو",
    "موظفي",
    "موظفو",
    # graduates: "طالب عدد من خريجي وخريجات الانتساب وزيري التعليم"
    "خريجين",
    "خريجون",
    "خريجي",
    "خريجو",
    "خريجات",
}


# pilgrims, with the article only: bare, they are mostly a body's name ("الإدارة العامة
# لشؤون حجاج الداخل")
_PILGRIMS = {"حجاج", "معتمرين", "معتمرون"}


def _pilgrims(norm: str) -> bool:
    bare = _bare(norm)
    definite = bare.lstrip("وفب")
    definite = "ال" + definite[2:] if definite.startswith("لل") else definite
    return definite.startswith("ال") and definite[2:] in _PILGRIMS


# people plurals and plural titles, as a word stands (no article): "طالب نشطاء"
_PEOPLE_PLURAL_HEADS = _PEOPLE_PLURALS | _PLURAL_TITLES


def _plural_title(norm: str) -> bool:
    return _bare(norm).removeprefix("ال") in _PLURAL_TITLES


# people words whose lemma key would also match another word (مرض disease, جرح wound,
# مصادرة confiscation): matched by their form, with or without the article
_PEOPLE_FORMS = {
    # members of parliament, whose ب the lemma key reads as a preposition: "رفض 32
    # برلمانيا من حزب سيريزا"
    "برلمانيا",
    "برلمانيون",
    "برلمانيين",
    "البرلمانيون",
    "البرلمانيين",
    # users: "رواد مواقع التواصل الاجتماعي" (not الرموز, figures and symbols both)
    "رواد",
    "الرواد",
    # the Brothers (and the Muslim Brotherhood): "هدد الإخوان المسلمون السلطة العسكرية"
    "الاخوان",
    # the bride and groom: "تهنئ العروسين"
    "العروسين",
    "العروسان",
    "عروسين",
    # kin in construct: "وناشد أهل الفقيد السلط الجهوية", "أقارب الضحايا"
    "اهل",
    "اقارب",
    "مرضي",
    "المرضي",
    "جرحي",
    "الجرحي",
    "مصادر",
    "المصادر",
    # women as a whole (المرأة, the definite singular): "أشاد الناشطون بدور المرأة"
    "المراه",
    # trades: "نقابات العمال ورجال الأعمال والفلاحين", "التجار", "الحرفيين"
    "فلاحين",
    "الفلاحين",
    "فلاحون",
    "الفلاحون",
    "تجار",
    "التجار",
    "حرفيين",
    "الحرفيين",
    "حرفيون",
    "الحرفيون",
    # many (people): "لكن كثيرين حثوا أنقرة"; some: "وطالب البعض في كلماتهم بـ"
    "كثيرين",
    "كثيرون",
    "البعض",
    "الجميع",  # everyone: "داعيا الجميع لعدم الانسياق"
    # counterparts (نظرائه: its lemma key is the adverb نظرا's)
    "نظرايه",
    "نظرايها",
    "نظرايهم",
    "نظراءه",
    # nationalities in a broken plural: "والتقى الوزير الروس"
    *("ال" + w for w in BROKEN_PLURAL_DEMONYMS),
    # the Maghreb's agent ("عون أمن", "عون حرس"; indefinite: العون is help)
    "عون",
}
# a body by its definite form only ("برئاسة" is "chaired by"), as a doer: "حذرت الرئاسة
# العامة للأرصاد ... ودعت" (as an object it is mostly the office: "توليه الرئاسة الفخرية")
# (the three presidencies: "دعت الرئاسات الثلاث في العراق إلى"; the West, as a bloc:
# "ورفض الغرب إرجاعها")
_BODY_FORMS = {"الرياسه", "الرياسات", "الغرب"}


def _strong_adjective(analysis: Analysis, j: int) -> bool:
    """The adjective القويّ written with its ي ("دعمه القوي"), which the folded form
    shares with القوى, the powers ("طالبت القوى السياسية")."""
    tok = analysis.tokens[j]
    return (
        tok.norm == "القوي"
        and strip_marks(analysis.text[tok.start : tok.end])[-1:] == "ي"
        # after the noun it describes: "دعمه القوي", "الدعم القوي" (not "ودعت القوي")
        and j > 0
        and (_pronoun_suffix(analysis, j - 1) or analysis.tokens[j - 1].norm.startswith("ال"))
    )


_MASDAR_BODIES = {
    "الادعاء",
    "الاحتلال",
    "الاستعمار",
}  # the colonial power: "الاستعمار الفرنسي الذي رفض"


# accusatives of manner or role, no party: "متحدثا عن", "ممثلا في", "وضع الخلافات جانبا"
_ADVERBIAL_ACCUSATIVES = {"متحدثا", "ممثلا", "ناطقا", "عضوا", "جانبا", "طرفا", "شاهدا"}


@lru_cache(maxsize=WORD_CACHE)
def _party_word(norm: str) -> bool:
    """A word for people or a body: a party head (الوزارة، والدها، الأعضاء), a title, or
    a participle in the sound masculine plural (المتقدمين، المخالفين); not a masdar in
    -ون/-ين (التعاون، تحسين) nor a weapon or an abstraction."""
    if _bare(norm) in _PEOPLE_FORMS or _bare(norm) in _BODY_FORMS or norm in _MASDAR_BODIES:
        # "زار المرضى", "انتقدت مصادر دبلوماسية"; the prosecution, "واتهمه الادعاء"
        # (not "والادعاء", a claim joined to another masdar); the occupying power, "أن
        # الاحتلال رفض إصدار تصريح" (not "احتلال العراق", the act)
        return True
    if _bare(norm) == "القوي":
        # القوى, the powers: "طالبت القوى السياسية" (not in _PEOPLE_FORMS, which
        # recipient_kind also reads: "اللوبي اليهودي القوي" is strong, no party)
        return True
    if _kin_with_pronoun(norm) or _peer_with_pronoun(norm):
        return True  # "قبضت على أخيها", "والدته" (the lemma key reads والد as و + ال)
    key = _key(norm)
    if key in _THINGS or norm in lexicon.TIME_NOW:
        return False  # not الجمعة (Friday) for جمعية
    if _responsibility(norm):
        return False
    if key in GENERIC_HEADS or key in _PARTY_HEADS or key in _GROUP_NAMES or _title_head(norm):
        return True
    singular = _dual_singular(norm)
    if singular is not None and _party_word(singular):
        return True  # a dual: "الحكومتان", "الوفدان"
    if key in _BODY_HEADS and not norm.startswith(("بال", "لل")):
        return True  # an institution: "رابطة العالم الإسلامي", "هيئة"
    w = _bare(norm).removeprefix("ال")
    if w in _PLURAL_TITLES or w in _PEOPLE_PLURALS:
        return True
    if _pilgrims(norm):
        return True  # "بحرمان الحجاج", "للمعتمرين"
    if (
        w == norm
        and len(w) >= 4
        and w.endswith("ا")
        and not w.endswith(("اا", "يا"))
        and w[0] != "م"
        and w not in _ADVERBIAL_ACCUSATIVES
    ):
        # an indefinite accusative with its tanween alif: "جنودا", "ضباطا" ("شخصا" is
        # listed as it stands); not a participle, mostly a circumstantial ("متهماً إياه")
        return _party_word(w[:-1])
    return len(w) >= 6 and w[0] == "م" and w.endswith(("ين", "ون"))


# kinship nouns as they stand before a possessive pronoun (ة written ت; the five nouns
# أخ and أب in their three cases)
_KIN_STEMS = {
    "اخ",
    "اخو",
    "اخا",
    "اخي",
    "اخت",
    "اخوت",
    "اشقاء",
    "اخوان",
    "والد",
    "والدت",
    "والدي",
    "ابو",
    "ابا",
    "ابي",
    "ابن",
    "ابنت",
    "ابناء",
    "بنات",
    "زوج",
    "زوجت",
    "عم",
    "عمت",
    "خال",
    "خالت",
    "جدت",
    "اقارب",
    "اهل",
    "ارملت",
    "طليقت",
    "عايلت",  # "طالبت عائلته السلطات"
    "اسرت",
    "ذوي",
}
_KIN_PRONOUNS = (*_PRONOUN_ENDINGS, "ك")


# counterparts and colleagues, people of one's own kind: "اتفق ونظراؤه", "بجهود زملائه"
_PEER_STEMS = {"نظراو", "نظراي", "نظراء", "زملاو", "زملاي", "زملاء"}


def _peer_with_pronoun(norm: str) -> bool:
    return _stem_with_pronoun(norm, _PEER_STEMS, _KIN_PRONOUNS)


def _kin_with_pronoun(norm: str) -> bool:
    """A kinship noun with a possessive pronoun, a person: "أخيها", "والدته", "أبناءهم"
    (not أمه, also أمة, a nation, nor جده, also Jeddah: their stems are left out)."""
    return _stem_with_pronoun(norm, _KIN_STEMS, _KIN_PRONOUNS)


# the speeches and writings a party speaks in: "خطاب رئيس الوزراء الذي دعا فيه"
_SPEECHES = {
    _bare(w).removeprefix("ال")
    for w in (
        "خطاب",
        "كلمه",
        "بيان",
        "رساله",
        "برقيه",
        "تصريح",
        "تصريحات",
        "مقابله",
        "تقرير",
        "تغريده",
        "مقال",
    )
}


def speech_owner_roles(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(doer, addressee) of a verb that takes up a speech with فيه, in a relative clause
    or after a comma: the speech's owner speaks, the phrase after فيه is addressed
    ("خطاب رئيس الوزراء ديفيد كاميرون الذي دعا فيه | الجالية المسلمة", "برقية من وزير
    الداخلية، أشاد فيها")."""
    toks = analysis.tokens
    if not (1 < i < len(toks) - 2 and toks[i + 1].norm in ("فيه", "فيها")):
        return None
    if toks[i - 1].norm in _RELATIVES:
        clause = i - 1  # "خطاب كاميرون الذي دعا فيه"
    elif set(analysis.text[toks[i - 1].end : toks[i].start]) & {"،", ","}:
        clause = i  # set off by a comma: "خطاب تهنئة من مسعد فودة، أشاد فيه"
    else:
        return None
    for k in range(clause - 1, max(-1, clause - 12), -1):
        if k + 1 < clause and _break_between(analysis, k, k + 1):
            return None
        if _bare(toks[k].norm).removeprefix("ال") in _SPEECHES:
            owner = _speech_owner_start(analysis, k, clause, ents)
            if owner is None:
                return None
            end = max(_phrase_from(analysis, owner, ents=ents)[1], ents.get(owner, (0, 0))[1])
            end = min(max(end, title_name_end(analysis, (owner, end), ents)), clause)
            return (owner, end), recipient_after(analysis, i + 2, ents)
    return None


def _speech_owner_start(analysis: Analysis, k: int, clause: int, ents: EntityIndex) -> int | None:
    """Where the owner of the speech at k starts: its genitive ("خطاب رئيس الوزراء"),
    or the party after من past the speech's own nouns ("خطاب تهنئة وتقدير من رئيس
    الاتحاد"); None when no party stands before ``clause``."""
    toks = analysis.tokens
    owner = k + 1
    for m in range(k + 1, min(clause - 1, k + 4)):
        if toks[m].norm == "من":
            owner = m + 1
            break
    if owner >= clause or not (owner in ents or _party_word(toks[owner].norm)):
        return None
    return owner


def joined_counterpart(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A party joined by و right after a verb whose subject is its pronoun: colleagues
    or counterparts with their pronoun ("اتفق ونظراؤه", "ونظيره"), or a named one."""
    if _break_between(analysis, j - 1, j):
        return False
    norm = analysis.tokens[j].norm
    if norm[:1] != "و" or norm in _NATIVE_WAW:
        return False
    hit = ents.get(j)
    named = hit is not None and hit[0] == j and hit[2] in ("PERSON", "ORG", "GPE")
    return named or _peer_with_pronoun(norm) or norm[1:].startswith("نظير")  # "ونظيره"


def _stem_with_pronoun(norm: str, stems: set[str], endings: tuple[str, ...]) -> bool:
    """One of ``stems`` with one of the pronoun ``endings``, with or without a conjunction
    before it (not _bare, which reads the و of والد as a conjunction)."""
    for w in (norm, norm[1:] if norm[:1] in "وف" else ""):
        for end in endings:
            if w.endswith(end) and w[: -len(end)] in stems:
                return True
    return False


# the one in charge of a thing, named by its pronoun: "رفض سائقها الامتثال" (the car's)
_HOLDERS = {"سايق", "صاحب", "مالك", "ربان", "قايد"}


def _holder_with_pronoun(norm: str) -> bool:
    """The driver, owner or master of a thing named before, with its pronoun: "سائقها",
    "صاحبه", "مالكها", "ربانها"."""
    return _stem_with_pronoun(norm, _HOLDERS, _POSSESSIVE_SUFFIXES)


# participles naming people, whose sound plural in construct drops its ن: "مصابي الحادث"
_PEOPLE_PARTICIPLES = {
    "مصاب",
    "معتقل",
    "مراجع",
    "متضرر",
    "مسافر",
    "مستفيد",
    "مشارك",
    "متقاعد",
    "موظف",
    "مقيم",
    "متدرب",
    "مبتعث",
    "متهم",
}


def _participle_construct(norm: str) -> bool:
    """A people participle's sound plural in construct: "مصابي" (مصابين), "مراجعي"."""
    return norm.endswith("ي") and norm.removeprefix("ال")[:-1] in _PEOPLE_PARTICIPLES


def _dual_singular(norm: str) -> str | None:
    """The singular of a nominative dual, or of a feminine one in either case
    (الحكومتان / الحكومتين -> الحكومه, الوفدان -> الوفد), or None; not a masculine
    genitive in -ين, which is a plural's ending too."""
    if len(norm) >= 7 and norm.endswith(("تان", "تين")):
        return norm[:-3] + "ه"
    if len(norm) >= 6 and norm.endswith("ان") and not norm.endswith("يان"):
        return norm[:-2]
    return None


def _accusative_party(norm: str) -> bool:
    """An indefinite accusative party noun: "دولا", "نائبا", "وفدا". Only where a noun
    must stand (after a count, or a time phrase after the subject): the same ending makes
    adjectives of nisbas and participles ("حكوميا", "مسلحا", "محكما")."""
    stem = norm[:-1]
    return (
        norm.endswith("ا")
        and not norm.startswith("ال")
        and len(stem) >= 3
        and not stem.endswith("ي")  # a nisba: "أمنيا", "اتحاديا"
        and not norm.endswith("ها")  # a pronoun: "مندوبها الدائم"
        and (_key(stem) in GENERIC_HEADS or _key(stem) in _PARTY_HEADS or _title_head(stem))
    )


def _genitive_chain_end(analysis: Analysis, k: int, ents: EntityIndex) -> int:
    """Past one to four indefinite nouns from k to the definite word or name that ends
    their genitive chain ("خدمات | الإنترنت", "حادث تفجير مسجد قوات | الطوارئ"), else 0."""
    toks = analysis.tokens
    for end in range(k + 1, k + 5):
        if end >= len(toks) or _break_between(analysis, end - 1, end):
            return 0
        word = toks[end - 1].norm
        if word[:1] in "وبلف" or len(word) <= 2 or word.startswith("ال") or end - 1 in ents:
            return 0
        if toks[end].norm.startswith("ال") or end in ents:
            return end
    return 0


def construct_plural(
    analysis: Analysis,
    j: int,
    ents: EntityIndex = _NO_ENTITIES,
    nominative: bool = False,
    after_bi: bool = False,
) -> bool:
    """A participle's sound masculine plural in the construct state, before its genitive:
    "منسوبي المدينة", "موظفي الشركة", "مقاتلي التنظيم" (the -ين plural without its ن);
    not a broken plural that ends the same way (مباني، مساعي), a feminine dual (منطقتي)
    nor a noun in final ى written ي (مستشفى). ``nominative``: the -ون plural without its
    ن ("مفاوضو الأمم المتحدة", "ممثلو الشركات"), which only a subject can be.
    ``after_bi``: the word is in the preposition بـ ("التقى بمنسوبي المجمع")."""
    toks = analysis.tokens
    if j + 1 >= len(toks) or j in ents or _break_between(analysis, j, j + 1):
        return False
    w = _bare(toks[j].norm)
    surface = analysis.text[toks[j].start : toks[j].end]
    if after_bi:
        if not w.startswith("ب"):
            return False
        w = w[1:]
    nxt = toks[j + 1].norm
    return (
        len(w) >= 5
        and w[0] == "م"
        and surface.endswith("و" if nominative else "ي")
        and not w.endswith("تي")
        # (the participles مُصاب and مُعاق share the shape of the broken plurals)
        and not (len(w) == 5 and w[2] == "ا" and w not in ("مصابي", "معاقي"))
        and (
            nxt.startswith("ال")
            or j + 1 in ents
            # a genitive chain: "مزودي خدمات الإنترنت", "موظفي شركة أرامكو", "مصابي
            # حادثة مسجد قوات الطوارئ"
            or _genitive_chain_end(analysis, j + 1, ents) > 0
            # another plural joined to it before the genitive: "بمنسوبي ومنسوبات المجمع"
            or after_bi
            and nxt[:1] == "و"
            and j + 2 < len(toks)
            and toks[j + 2].norm.startswith("ال")
        )
    )


def _nisba_after_plural(analysis: Analysis, k: int) -> bool:
    """A singular word in -ي/-ية right after a definite sound plural ("المحتجون القاضية"):
    no adjective of the plural, which would agree with it ("المحتجون اليمنيون"), but a
    new phrase, mostly the object."""
    toks = analysis.tokens
    before = toks[k - 1].norm if k > 0 else ""
    return (
        toks[k].norm.endswith(("ي", "يه"))
        and before.startswith("ال")
        and before.endswith(("ون", "ين"))
        and not before.endswith(("يين", "يون"))
        and len(before) > 5
    )


def _nisba_adjective(norm: str) -> bool:
    """A definite relative adjective: السعودي، الروسيه، الاميركيين; not a broken plural
    that ends the same way (الأهالي، الأراضي)."""
    return (
        norm.startswith("ال")
        and len(norm) > 5
        and norm.endswith(("ي", "يه", "يين", "يون"))
        and norm not in _PLURALS_IN_I
    )


_PLURALS_IN_I = {
    "القنصليه",  # a consulate, the body (not a nisba)
    "القنصليات",
    "الاهالي",
    "الاراضي",
    "المباني",
    "الضواحي",
    "الايادي",
    "النوادي",
    "المقاهي",
    "المرضي",  # المرضى, the patients
    "الجرحي",
    # nouns in -ى, places and forums: "واتهم ذوو الطفلة | المستشفى"
    "المستشفي",
    "الملتقي",
    "المنتدي",
    "المقهي",
    "المبني",
    "المستوي",
    "المحتوي",
    "الفتي",
    # nouns in -ية, no adjectives: "دعا نتنياهو الجالية اليهودية"
    "الجاليه",
    "الاقليه",
    "الغالبيه",
    "الاغلبيه",
    "الرعيه",
    "الضحيه",
    "الولايه",
}


_AGAINST = {"ضد", "وضد"}
_SYMMETRIC = {"AGREE", "COOPERATE", "CONSULT"}


def _with_partner(analysis: Analysis, start: int, ents: EntityIndex) -> bool:
    """A name after مع and its titles: the other side, not the clause's doer ("أكد ترامب
    في مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين دعمه")."""
    toks = analysis.tokens
    for k in range(start - 1, max(-1, start - 5), -1):
        if _break_between(analysis, k, k + 1) or verb_like(analysis, k, ents):
            return False
        if toks[k].norm in ("مع", "ومع"):
            # (not "ومع أن مارينو لم يحدد": although)
            return toks[k + 1].norm not in ("ان", "انه", "انها", "ذلك", "هذا")
    return False


_WITH_PRONOUNS = {"معه", "معها", "معهم", "معهما"}


def _own_partner_pronoun(analysis: Analysis, verb: int) -> bool:
    """The verb at ``verb`` names its partner by a pronoun right after it: "بحث معه"."""
    toks = analysis.tokens
    return verb + 1 < len(toks) and toks[verb + 1].norm in _WITH_PRONOUNS


def pronoun_partner(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party "معه" after the verb at i stands for: the nearest name after مع before
    the verb, in the clause ("واستعرض الملك سلمان مع وزير الدفاع الأميركي …، كما بحث
    معه"); None otherwise."""
    if not _own_partner_pronoun(analysis, i):
        return None
    toks = analysis.tokens
    for j in range(i - 1, -1, -1):
        if any(c in _CLAUSE_END for c in analysis.text[toks[j].end : toks[j + 1].start]):
            return None
        hit = ents.get(j)
        if (
            hit
            and hit[0] == j
            and hit[2] in ("PERSON", "ORG", "GPE")
            and _with_partner(analysis, j, ents)
        ):
            return hit[0], hit[1]
    return None


def topic_actor(
    analysis: Analysis, i: int, ents: EntityIndex, verb: int | None = None
) -> tuple[int, int] | None:
    """The nearest named person/organisation before token i (dropped subject), in the
    same clause: not across a full stop, colon, semicolon or quote mark (the speaker of
    a quote is not the doer of what the quote tells). ``verb``: the trigger whose doer
    is sought, when it is not at i."""
    toks = analysis.tokens
    verb = i if verb is None else verb
    # a verb in -وا has people for subject, never one person: "حاصرت الميليشيات منزل
    # الشيخ عارف الزبيري، وطالبوه بتسليم نفسه"
    plural = analysis.verb_trigger_at(verb) and _plural_verb(
        verb_without_object_pronoun(analysis, verb) or _bare(toks[verb].norm)
    )
    fallback = None  # a masdar's genitive, when no other party stands before it
    # (the side "with" whom one signs or meets is a party of it too)
    # (not when the verb names its own partner: "استعرض الملك مع الوزير …، كما بحث معه":
    # the one before مع is the partner معه stands for)
    symmetric = any(
        t.index == verb and t.type in _SYMMETRIC for t in analysis.triggers
    ) and not _own_partner_pronoun(analysis, verb)
    joined = toks[verb].norm[:1] == "و" and analysis.verb_trigger_at(verb)
    # a perfect in ت has a feminine subject: no man named after a preposition ("واعتبرت
    # البحرين ما صدر عن خامنئي تدخلا … وطالبته")
    feminine = analysis.verb_trigger_at(verb) and _perfect_in_ta(
        verb_without_object_pronoun(analysis, verb) or _bare(toks[verb].norm)
    )
    for j in range(i - 1, -1, -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in _CLAUSE_END for c in gap):
            return fallback
        if joined and fallback is None and (shared := _svo_subject_at(analysis, j, ents)):
            return shared  # "أن البنك يلاحق زوجها ويهدده": the joined verb's subject
        hit = ents.get(j)
        if (
            hit
            and hit[2] in ("PERSON", "ORG")
            and not _in_lam_genitive(analysis, hit[0])
            and not toks[hit[0]].norm.startswith("لل")  # "الميزانية المتواضعة للجمعية"
            and not _radio_band(analysis, hit[0])  # "في تصريح للجوهرة أف أم"
            and not (plural and hit[2] == "PERSON")
            # what a campaign is against is no doer: "حملة شنها الجمهور ضد الحكومة
            # القطرية، وهدد"
            and not (hit[0] > 0 and toks[hit[0] - 1].norm in _AGAINST)
            and not (not symmetric and _with_partner(analysis, hit[0], ents))
        ):
            if (
                feminine
                and hit[2] == "PERSON"
                and hit[0] > 0
                and _bare(toks[hit[0] - 1].norm) in _PREPOSITIONS_BEFORE_NAME
                and (opener := _feminine_opener_subject(analysis, hit[0], ents)) is not None
            ):
                # a feminine verb goes on with the subject of the feminine verb its
                # sentence opened with, not a man named after a preposition ("واعتبرت
                # البحرين ما صدر عن خامنئي تدخلا … وطالبته")
                return opener
            if fallback is None and _masdar_genitive(analysis, hit[0], ents):
                # "أكد عمر الجاسر اعتزاز الجمعية …، وطالب": the clause's subject first
                fallback = hit[0], hit[1]
                continue
            a = hit[0]
            if (
                a > 0
                and _bare(toks[a - 1].norm) in _STATES_OF
                and not _break_between(analysis, a - 1, a)
            ):
                a -= 1  # with the head it is the genitive of: "أن دول | المجلس دعمت ... ورفضت"
            return a, hit[1]
    return fallback


_PREPOSITIONS_BEFORE_NAME = {"عن", "من", "مع", "الي", "علي", "ضد", "في", "لدي"}


def _feminine_opener_subject(
    analysis: Analysis, before: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The subject right after the feminine perfect the sentence opens with, when it
    ends before ``before``: "واعتبرت | البحرين ما صدر عن خامنئي"."""
    toks = analysis.tokens
    if not toks or not _perfect_in_ta(_bare(toks[0].norm)) or not perfect_verb_like(toks[0]):
        return None
    found = subject_after(analysis, 0, ents)
    return found if found is not None and found[0] == 1 and found[1] <= before else None


def _perfect_in_ta(w: str) -> bool:
    """A perfect with its feminine ت (طالبت، دعت، انتقدت; with or without و), not an
    imperfect in ت nor a noun in -ات."""
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return len(w) >= 3 and w.endswith("ت") and not w.endswith("ات") and w[0] not in "يتن"


# plural heads whose genitive names the body they belong to: the member states
_STATES_OF = {"دول", "ودول", "حكومات", "جيوش"}


def _svo_subject_at(analysis: Analysis, j: int, ents: EntityIndex) -> tuple[int, int] | None:
    """A one-word definite party at j right before the verb of its clause, after أن/إن
    ("أن البنك | يلاحق"): the subject of an SVO clause, which a verb joined by و after it
    shares. Named parties are topic_actor's own business."""
    toks = analysis.tokens
    if not (0 < j < len(toks) - 1) or j in ents or j + 1 in ents:
        return None
    if toks[j - 1].norm not in ("ان", "انه", "إن", "أن") or not toks[j].norm.startswith("ال"):
        return None
    if not _party_word(toks[j].norm) or not verb_like(analysis, j + 1, ents):
        return None
    if _break_between(analysis, j - 1, j + 1):
        return None
    return j, j + 1


def _masdar_genitive(analysis: Analysis, start: int, ents: EntityIndex) -> bool:
    """The mention at start is the genitive of a derived masdar right after a named
    party ("أكد عمر الجاسر اعتزاز الجمعية باحتضانها …، وطالب"): the masdar is that
    party's object, the party is the clause's subject."""
    toks = analysis.tokens
    if start < 2 or _break_between(analysis, start - 1, start):
        return False
    subject = ents.get(start - 2)
    if subject is None or subject[1] != start - 1 or subject[2] not in ("PERSON", "ORG"):
        return False
    before = toks[start - 1]
    surface = analysis.text[before.start : before.end]
    return not before.norm.startswith(("ال", "و", "ف")) and derived_masdar(before.norm, surface)


def _in_lam_genitive(analysis: Analysis, start: int) -> bool:
    """The mention at start is the genitive of a noun in لـ ("الفرع الجديد لقناة السويس"):
    a thing's owner, no doer."""
    toks = analysis.tokens
    if start == 0 or _break_between(analysis, start - 1, start):
        return False
    before = toks[start - 1].norm
    # a noun in لـ (not a verb that starts with ل: "لاحظت الوزارة")
    return (
        before[:1] == "ل"
        and not before.startswith("لل")
        and (
            before.endswith("ه")
            and len(before) >= 4
            or before[1:] in _OWNING_HEADS
            or _title_head(before[1:])  # "النائب الثاني لرئيس مجلس الوزراء"
        )
    )


_OWNING_HEADS = {"مجلس", "حزب", "مركز", "مكتب", "نادي", "مطار", "ميناء", "مستشفي", "مصنع"}
_OWNING_HEADS |= {"مشروع", "قصر", "جامع", "مسجد", "سجن", "معهد", "بنك", "صندوق", "اتحاد"}


_CLAUSE_END = set('.:;؛!?؟«»"“”')
# the marks that end a sentence (not a colon: "وقال: ...")
_SENTENCE_END = set(".!?؟؛")
# a preposition with the pronoun of الذي after the verb: "التي يطالب بها"
_RESUMPTIVE_PREPOSITIONS = {
    "به",
    "بها",
    "بهم",
    "فيه",
    "فيها",
    "فيهم",
    "عليه",
    "عليها",
    "عليهم",
    "منه",
    "منها",
    "منهم",
    "عنه",
    "عنها",
    "له",
    "لها",
    "لهم",
    "اليه",
    "اليها",
    "اليهم",
}
_RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي"}
# a preposition with a pronoun ("لنا", "معه", "لديهم") is never a party's phrase; not the
# forms that spell a word
_ATTACHED_PRONOUNS = ("ي", "نا", "ك", "كم", "كما", "ه", "ها", "هم", "هما", "هن")
PRONOUN_PREPOSITIONS = frozenset(
    prep + suffix
    for prep in ("ل", "ب", "في", "علي", "من", "عن", "الي", "مع", "لدي", "عند")
    for suffix in _ATTACHED_PRONOUNS + (("ني",) if prep in ("من", "عن") else ())
) - {"علي", "في", "لدي", "بي", "لي"}  # (Ali, in, at, "بي بي سي", Li Keqiang)
# "أكد لنا أن", "وقال له الوزير": the one spoken to, between a verb and its subject (the
# لـ-forms; not لديه, "with him")
_SPOKEN_TO = frozenset(w for w in PRONOUN_PREPOSITIONS if w.startswith("ل") and w[1:2] != "د")


def _king_title_at(analysis: Analysis, k: int) -> bool:
    """The king's title "خادم الحرمين" opens at k."""
    toks = analysis.tokens
    return toks[k].norm == "خادم" and k + 1 < len(toks) and toks[k + 1].norm == "الحرمين"


def _honorific_at(analysis: Analysis, k: int) -> bool:
    """An honorific opens at k: "معالي", "سمو", "صاحب السمو", "خادم الحرمين"."""
    toks = analysis.tokens
    opener = toks[k].norm.lstrip("و")
    return opener in HONORIFIC_OPENERS or (
        k + 1 < len(toks) and toks[k + 1].norm in HONORIFIC_PAIRS.get(opener, ())
    )


def _feminine_after_alladhi(analysis: Analysis, i: int) -> bool:
    """A feminine verb right after الذي: the masculine antecedent is not its subject, the
    party after it is ("صندوق حماية الودائع الذي دعت مؤسسة النقد إلى إنشائه")."""
    toks = analysis.tokens
    if i == 0 or toks[i - 1].norm != "الذي":
        return False
    verb = _bare(toks[i].norm)
    return len(verb) >= 3 and (verb.endswith("ت") or verb.startswith("ت"))


def _relative_disagrees(analysis: Analysis, i: int) -> bool:
    """The verb's object pronoun cannot stand for the relative before it: "الذي طالبها"
    (الذي is the subject, ها someone else), "التي استقبله"."""
    tok = analysis.tokens[i]
    written = analysis.text[tok.start : tok.end]
    relative = analysis.tokens[i - 1].norm
    if relative == "الذي":
        return written.endswith("ها")
    if relative == "التي":
        return written.endswith("ه") and not written.endswith(("اه", "ته"))
    return False


def _resumptive(norm: str, written_pronoun: bool = False) -> bool:
    """A verb with an object pronoun that refers back to الذي (استقبله، التقاها); a
    three-letter verb's (رفضه) when the ه is written as a pronoun, not a ta marbuta."""
    return (
        (len(norm) >= 5 or len(norm) == 4 and written_pronoun)
        and norm.endswith(("ه", "ها", "هم", "هما"))
        and not norm.endswith("اه")
    )


def _party_after(analysis: Analysis, i: int, ents: EntityIndex) -> bool:
    """A party stands as the subject right after the verb at i (past adverbs)."""
    found = subject_after(analysis, i, ents)
    if found is None:
        return False
    if found[0] in ents:
        return True
    norm = analysis.tokens[found[0]].norm
    return norm[:1] not in "بل" and (is_actorish(analysis, found[0], ents) or _party_word(norm))


def _indefinite_antecedent(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """An indefinite party right before a perfect verb is the subject of that verb's
    relative clause, which takes no pronoun after an indefinite noun ("وانتقد أحزاباً
    كردية | طالبت بالانتقال", "مسؤولون أمريكيون طالبوا"): the head, with only indefinite
    nisba adjectives after it, no article, no name, no punctuation."""
    toks = analysis.tokens
    if i < 1 or not perfect_verb_like(toks[i]) or _pronoun_suffix(analysis, i):
        return None
    end = _before_age_bracket(analysis, i)  # "رجلاً (33 عامًا) هدد بقتل"
    for h in range(end - 1, max(-1, end - 4), -1):
        norm = toks[h].norm
        broken = _break_between(analysis, h, h + 1) and not (h == end - 1 and end < i)
        if norm.startswith(("ال", "وال")) or h in ents or broken:
            return None
        if norm[:1] in "بلف" and not _own_first_letter(norm) or _pronoun_suffix(analysis, h):
            return None  # "بدوره أشاد", "للبلدين واتفق": no subject there
        if _party_word(norm) or (_accusative_party(norm) and _key(norm[:-1]) in _PARTY_HEADS):
            before = toks[h - 1] if h > 0 else None
            if before is not None and (
                before.norm[:1].isdigit()
                or before.core in QUANTIFIERS  # (the number words too)
                or before.norm in ("عده", "عدد")
            ):
                return None  # "847 شخصا اوقفوا", "عدة أطفال احتجزوا": the verb is passive
            return h, end
        if not (_indefinite_nisba(norm) or norm.endswith(("يون", "يين")) and len(norm) > 5):
            return None
    return None


def _before_age_bracket(analysis: Analysis, i: int) -> int:
    """Where an age in brackets right before token i starts ("رجلاً | (33 عامًا) هدد"),
    else i."""
    toks = analysis.tokens
    if i < 3 or ")" not in analysis.text[toks[i - 1].end : toks[i].start]:
        return i
    for k in range(i - 1, max(0, i - 4), -1):
        if "(" in analysis.text[toks[k - 1].end : toks[k].start]:
            inside = {toks[m].norm for m in range(k, i)}
            return k if inside & _AGE_WORDS else i
    return i


_AGE_WORDS = {"عاما", "عام", "سنه", "سنوات"}


# the pronoun ending that takes up each relative pronoun
_RELATIVE_PRONOUN_ENDINGS = {
    "التي": "ها",
    "الذي": "ه",
    "الذين": "هم",
    "اللتين": "هما",
    "اللذين": "هما",
}


_RESUMING_PREPOSITIONS = {"علي", "في", "عن", "الي", "من"}


def _resumed_after(analysis: Analysis, relative: int, k: int) -> bool:
    """Token k is a بـ/لـ complement whose pronoun takes up the relative pronoun at
    ``relative`` ("التي ... بإقامتها", "الذي ... بتنفيذه")."""
    toks = analysis.tokens
    if k >= len(toks) or _break_between(analysis, k - 1, k):
        return False
    norm, rel = toks[k].norm, toks[relative].norm
    if norm in _RESUMING_PREPOSITIONS and k + 1 < len(toks):
        # a separate preposition, then the masdar with the pronoun as written (not a ة:
        # "في الضفة"): "الذي وافق مجلس الوزراء على إنشائه"
        if not _pronoun_suffix(analysis, k + 1) or toks[k + 1].norm.startswith("ال"):
            return False
        k, norm = k + 1, "ب" + toks[k + 1].norm
    return (
        norm[:1] in "بل"
        and len(norm) >= 6
        and rel in _RELATIVE_PRONOUN_ENDINGS
        and norm.endswith(_RELATIVE_PRONOUN_ENDINGS[rel])
        and not (rel == "الذي" and norm.endswith(("ها", "هم")))
    )


# "in this regard": "بهذا الصدد", "في هذا الشأن", "بهذا الخصوص"
_IN_THIS_REGARD = {"الصدد", "الشان", "الخصوص", "الاطار", "السياق"}


def _relative_antecedent(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The definite noun phrase (up to 3 words) that a relative pronoun right before
    the verb refers to, e.g. "الهجمات الإسرائيلية التي استهدفت"."""
    toks = analysis.tokens
    if i < 2 or toks[i - 1].norm not in _RELATIVES:
        return None
    name = ents.get(i - 2)
    if name is not None and name[1] == i - 1 and name[2] in _ACTOR_ENTITY_TYPES:
        # a name has no article: "أنجيلا ميركل التي دعت الحكومة التركية"
        return name[0], i - 1
    start = None
    end = _before_bracket_aside(analysis, i - 1)  # "الجبهة الشعبية (15 نائبا)، التي"
    if (
        end >= 4
        and toks[end - 1].norm in _IN_THIS_REGARD
        and toks[end - 2].norm.lstrip("بف") in ("هذا", "هذه")
        and not _break_between(analysis, end - 3, end)
    ):
        # past "in this regard": "أهمية بيان الرباعية بهذا الصدد الذي دعا"
        end -= 2
        name = ents.get(end - 1)
        if name is not None and name[1] == end and name[2] in _ACTOR_ENTITY_TYPES:
            return name[0], end
    for j in range(end - 1, max(-1, end - 4), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        # a comma may stand before الذي ("البدري، الذي"), not inside the phrase
        stops = '.:;؛«»"()' if j == i - 2 else '،,.:;؛«»"()'
        if j == end - 1 < i - 2:
            stops = '.:;؛«»"'  # the bracket just passed
        if any(c in stops for c in gap):
            break
        if not toks[j].norm.lstrip("وف").startswith("ال"):
            if start is not None and _possessed_party(analysis, j):
                start = j  # a possessed head and its adjectives: "قواتها الأمنية التي"
            break
        start = j
    if start is not None and start in ents:
        start = min(start, ents[start][0])  # the whole name: "عبد الباسط البدري"
    if start is not None and toks[i - 1].norm in ("التي", "الذي", "الذين"):
        # the head of an idafa before the definite genitive, when only it agrees with
        # the pronoun: "جبهة علماء الأزهر، التي دعت" (the front, not al-Azhar); people
        # always ("أعوان الحرس الذين فرقوا": the agents, not the guard)
        feminine = toks[i - 1].norm == "التي"
        head = start
        while (
            head > 0
            and start - head < 3
            and _construct_noun(toks[head - 1].norm)
            and (_party_word(toks[head - 1].norm) or _key(toks[head - 1].norm) in _BODY_HEADS)
            and not _break_between(analysis, head - 1, head)
        ):
            head -= 1

        def agrees(k: int) -> bool:
            return toks[k].norm.endswith("ه") == feminine

        plural = toks[i - 1].norm == "الذين"
        if head < start and (plural or (agrees(head) and not agrees(start))):
            start = head
    return (start, end) if start is not None else None


def _before_bracket_aside(analysis: Analysis, k: int) -> int:
    """Where a bracketed aside that closes right before token k opens ("(15 نائبا)،"),
    within 8 words; k when there is none."""
    toks = analysis.tokens
    if not 1 < k < len(toks) or ")" not in analysis.text[toks[k - 1].end : toks[k].start]:
        return k
    for j in range(k - 1, max(0, k - 9), -1):
        gap = analysis.text[toks[j - 1].end : toks[j].start]
        if "(" in gap:
            return j
        if set(gap) - {" "}:
            return k
    return k


# particles that carry the subject's pronoun before a verb: "ولكنها تتهم"
_BUT_IT = {"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم", "لانه", "لانها", "لانهم"}
# "إنه/إنها/إنهم" + verb: the pronoun subject is the speaker of the reporting verb
_HE_THAT = {"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"}
_SPEECH_VERBS = lexicon.SPEECH_VERBS


def speaker(analysis: Analysis, pronoun: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The subject of the reporting verb that "إنه" at ``pronoun`` depends on, in the same
    sentence part ("قال حلف الأطلسي في بيان إنه قتل"): the pronoun refers to it."""
    toks = analysis.tokens
    # (a time and place aside may stand between: "أكد أنان بعد لقائه الأسد في دمشق أمس
    # الاثنين، أنه اتفق")
    for j in range(pronoun - 1, max(-1, pronoun - 20), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        # (a colon may introduce the words: "وقالت المنظمة: إنها تندد")
        if any(c in '.;؛!?؟«»"' or (c == ":" and j + 1 < pronoun) for c in gap):
            return None
        if _bare(toks[j].norm) in _SPEECH_VERBS:
            found = subject_after(analysis, j, ents)
            if found is not None and found[1] <= pronoun and usable(analysis, found, ents):
                issuer = _statement_issuer(analysis, found[0], pronoun, ents)
                return issuer or found
            if found is None or found[0] > pronoun:
                # the subject before the verb of saying: "والمملكة العربية السعودية أعلنت
                # أنها اعتقلت"
                before = subject_before(analysis, j, ents)
                if before is not None and usable(analysis, before, ents):
                    return before
            return None
        issuer = _statement_issuer(analysis, j, pronoun, ents)
        if issuer is not None:
            return issuer  # no verb of saying: "وجاء في بيان الحكومة الجديدة أنها ترفض"
    return None


_ISSUED = {"صادر", "الصادر", "صادره", "الصادره"}


def _statement_issuer(
    analysis: Analysis, j: int, pronoun: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The party in the genitive of an indefinite document at j ("بيان الحكومة الجديدة"),
    which the pronoun "أنها" at ``pronoun`` refers to: the statement tells what its
    issuer does, and its issuer is the doer."""
    toks = analysis.tokens
    if not (_document(toks[j].norm) and j + 1 < pronoun) or toks[j].norm.startswith(("ال", "وال")):
        return None
    head = j + 1
    if toks[head].norm in _ISSUED and head + 2 < pronoun and toks[head + 1].norm == "عن":
        head += 2  # "بيان صادر عن الوزارة"
    if head not in ents and toks[head].norm.startswith("ل"):
        return None  # "بيان للجيش": the phrase would keep the preposition
    if not (is_actorish(analysis, head, ents) or _party_word(toks[head].norm)):
        return None
    found = _phrase_from(analysis, head, limit=3, ents=ents)
    if found[1] > pronoun or not usable(analysis, found, ents):
        return None
    return found


# documents that ask, accuse or reject on their issuer's behalf: "تقرير يتهم سلطات
# المدينة"، "قرارات لمجلس الأمن تطالب طهران"، "وطالب القرار دول المصدر"
_DOCUMENTS = {
    "افتتاحيه",  # "وانتقدت افتتاحية صحيفة غارديان"
    "دراسه",  # "طالبت الدراسة الجهات ذات الاختصاص"
    "خطه",
    "تقرير",
    "تقارير",
    "قرار",
    "قرارات",
    "بيان",
    "بيانات",
    "رساله",
    "رسائل",
    "وثيقه",
    "مذكره",
    "عريضه",
    "توصيه",
    "توصيات",
    # a political initiative and what it proposes: "كما تدعو المبادرة إلى حفظ الملف"
    "مبادره",
    "لايحه",
    # a law, supported or rejected, is no party: "تدعم هذا القانون"
    "قانون",
    "قوانين",
}
_DOCUMENT_ACTS = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def _document(norm: str) -> bool:
    return norm.removeprefix("ال") in _DOCUMENTS or _bare(norm).removeprefix("ال") in _DOCUMENTS


_VISITED_PEOPLE = {"مرضي", "مصابين", "جرحي", "مسنين", "ايتام", "منومين"}

# singular verbs of meeting and receiving, which take a party as their object
_MEETING_TRANSITIVE = {"التقي", "يلتقي", "تلتقي", "التقت", "استقبل", "يستقبل", "تستقبل", "استقبلت"}


def lone_meeting_object(
    analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex
) -> bool:
    """The one phrase after a singular verb of meeting or receiving is its object when the
    sentence ends after it or the purpose of the meeting follows: the subject is the
    verb's pronoun, the party the sentence goes on from ("أوفدت الحكومة نائب الوزير إلى
    أربيل حيث التقى رئيس الإقليم لطمأنته", "تمنى لو يلتقي شارل أندرلان لكي يشكره"); not
    when anything else may follow ("التقى المسؤول فور وصوله فريقا حكوميا"), nor a dual
    or plural that meets each other ("التقى الزعيمان."), nor coordinated parties."""
    toks = analysis.tokens
    if rng[0] != i + 1 or _bare(toks[i].norm).lstrip("وف") not in _MEETING_TRANSITIVE:
        return False
    head = _bare(toks[rng[0]].norm)
    if head.endswith(("ان", "ون")) and (head.startswith("ال") or rng[0] not in ents):
        return False
    if head.endswith("ات") and len(head) >= 5 and rng[0] not in ents:
        return False  # bodies in the plural meet each other: "التقت نقابات العمال لمناقشة"
    j = max(rng[1], title_name_end(analysis, rng, ents))
    if j < len(toks) and (j - 1) in ents and ents[j - 1][1] > j:
        j = ents[j - 1][1]  # the rest of a name the phrase cut
    if any(conjunction_at(analysis, k, ents) for k in range(rng[0] + 1, j)):
        return False
    for k in range(rng[0] + 1, j):
        norm = toks[k].norm
        # "التقى الوزير بباراك أوباما": the one met follows بـ (not a name's own ب, inside
        # its mention: "مسعود بارزاني")
        if norm[:1] == "ب" and (ents[k][0] == k if k in ents else _party_word(norm[1:])):
            return False
    if j >= len(toks) or set(analysis.text[toks[j - 1].end : toks[j].start]) & set(".؛!؟?:"):
        return True
    if _break_between(analysis, j - 1, j):
        return False
    norm = _bare(toks[j].norm)
    # the purpose: "لطمأنته", "لبحث", "لكي"
    return norm in ("لكي", "كي") or (
        norm[:1] == "ل"
        and not norm.startswith("لل")
        and len(norm) >= 4
        and j not in ents
        and not _party_word(norm[1:])
    )


def object_after_dropped_subject(
    analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex, visit: bool = False
) -> bool:
    """The phrase found after the verb at i as its subject names a thing (an act, a
    policy, a claim: "انتقد تصرفات المالكي", "أدان النظام القضائي المعيب"), which does
    no criticising, asking or meeting: it is the object, and the subject is dropped. A
    name, a party word or a document (البيان, which does speak) stays the subject."""
    a = rng[0]
    tok = analysis.tokens[a]
    if (
        visit
        and (_place_head(tok.norm) or _bare(tok.norm).removeprefix("ال") in _VISITED_PLACES)
        and _skip_adverbs(analysis, i + 1) == a
    ):
        # "حيث زار مستشفى الملك فهد", "كما زار مدرسة الزبير بن العوام": a place is
        # visited, it visits no one
        return True
    if a in ents or _document(tok.norm) or _skip_adverbs(analysis, i + 1) != a:
        return False  # a name, a document, or not right after the verb (past adverbs)
    if visit and _bare(tok.norm).removeprefix("ال") in _VISITED_PEOPLE:
        return True  # "وزار المرضى": patients and the wounded are visited, not visitors
    surface = analysis.text[tok.start : tok.end]
    if _bare(tok.norm).removeprefix("ال") in _BODIES_LIKE_MASDARS:
        return False  # "ودعا الائتلاف الأطراف": a body named like an act
    return (_key(tok.norm) in _ACTS_DONE or derived_masdar(tok.norm, surface)) and (
        recipient_kind(analysis, (a, a + 1), ents) == "thing" and not is_actorish(analysis, a, ents)
    )


_BODIES_LIKE_MASDARS = {"ايتلاف", "ائتلاف", "اتحاد", "ادعاء", "انتربول", "استخبارات"}


def _issued_document(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """An indefinite document with its issuer in the genitive: "وطالب تقرير المنظمات
    الحقوقية العالمية السلطات الإيرانية بـ" (the report and whose it is)."""
    toks = analysis.tokens
    j = rng[0]
    return (
        j + 1 < rng[1]
        and not toks[j].norm.startswith("ال")
        and _document(toks[j].norm)
        and (is_actorish(analysis, j + 1, ents) or _party_word(toks[j + 1].norm))
    )


def _document_before(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """A document just before the verb, with its issuer's genitive between: the report
    or resolution that asks or accuses ("ستة قرارات لمجلس الأمن تطالب طهران")."""
    toks = analysis.tokens
    for k in range(i - 1, max(-1, i - 5), -1):
        if _break_between(analysis, k, k + 1):
            return None
        if _document(toks[k].norm):
            return k, i
        if verb_like(analysis, k, ents) or toks[k].norm in STOP:
            return None
    return None


def _second_phrase_asked(
    analysis: Analysis, trig: Trigger, after: tuple[int, int] | None, ents: EntityIndex
) -> tuple[int, int] | None:
    """The one asked or accused when a second phrase, a party, follows the phrase right
    after a verb of asking or accusing and the act comes after it ("طالبت دائرة شؤون
    المفاوضات المجتمع الدولي بتحمل مسؤولياته"): the first phrase is then the subject,
    though its head is no party word. None otherwise."""
    toks = analysis.tokens
    # (or past the verb's resumptive: "ودعت فيه النقابة الإدارة إلى")
    resumed = (
        after is not None and after[0] == trig.index + 2 and toks[trig.index + 1].norm in _IN_IT
    )
    if (
        trig.type not in _ADDRESSED_TYPES
        or after is None
        or (after[0] != trig.index + 1 and not resumed)
    ):
        return None
    head = toks[after[0]].norm
    if (
        after[1] >= len(toks)
        or _break_between(analysis, after[1] - 1, after[1])
        or head[:1] in "بل"
        or derived_masdar(head)
        or thing_actor(analysis, after, ents)
        # (one's kin ask: "طالبت عائلته السلطات التونسية بالتدخل")
        or (_possessed(analysis, after[0]) and not _kin_with_pronoun(head))
    ):
        return None
    asked = object_before_complement(analysis, after[1], ents)
    if asked is None or asked[0] != after[1]:
        return None
    k = asked[0]
    if (toks[k].norm in QUANTIFIERS or toks[k].norm in _ALL) and k + 1 < asked[1]:
        k += 1  # "جميع الأطراف", "كافة المواطنين": the party after its quantifier
    return (
        asked if k in ents or is_actorish(analysis, k, ents) or _party_word(toks[k].norm) else None
    )


# a ruling and its court: "حكم محكمة إسرائيلية ... بسجن طفل"
_RULINGS = {"حكم", "احكام", "قرار"}
_COURT_VERBS = {"قضت", "قضي", "حكمت", "تقضي", "يقضي", "قضوا"}
# courts and their chambers (lemma keys): "الدائرة الجنائية", "المحكمة", "القاضي"
_COURTS = {_key(w) for w in ("الدايره", "المحكمه", "القاضي", "الهييه", "المجلس")}


# people pointed at, as a verb's object: "اعتقل هؤلاء", "هؤلاء الأشخاص"
PEOPLE_POINTED_AT = {"هولاء", "هاولاء", "اولايك", "اوليك"}


def colon_speaker(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party before a colon right before the "we" verb at i, who speaks and acts:
    "إسرائيل: احتجزنا متطرفين", "الحكومة اليمنية: طالبنا"; None otherwise."""
    toks = analysis.tokens
    if i == 0 or not toks[i].norm.lstrip("وف").endswith("نا") or len(toks[i].norm) < 5:
        return None
    j = i - 1
    if ":" not in analysis.text[toks[j].end : toks[i].start]:
        return None
    hit = ents.get(j)
    if hit is None or hit[2] not in ("PERSON", "ORG", "GPE") or hit[1] != i:
        return None
    return hit[0], i


# bare perfects whose pronoun after them is their subject's, unvowelled passives: قُبض
# عليه، أُفرج عنها ("وصلت الفرنسية إيزابيل بريم ... بعدما أفرج عنها")
_PRONOUN_PASSIVES = {
    "قبض": ("عليه", "عليها", "عليهم", "عليهما"),
    "افرج": ("عنه", "عنها", "عنهم", "عنهما"),
}


def seized_pronoun_passive(
    analysis: Analysis, i: int, subject: tuple[int, int], ents: EntityIndex
) -> bool:
    """قبض at i is the unvowelled passive قُبض: bare (no ت or وا of an active subject),
    with على and a pronoun right after it, the subject before it people, not a force or
    a body ("وكان الشابان اللذان حكم عليهما قد قبض عليهما", "عباس (قبض عليه بعد
    مطاردة)"); an active subject would take the verb's agreement or ألقى القبض."""
    toks = analysis.tokens
    verb = toks[i].norm.lstrip("وف")
    if i + 1 >= len(toks) or toks[i + 1].norm not in _PRONOUN_PASSIVES.get(verb, ()):
        return False
    head = toks[subject[0]].norm
    if verb == "افرج":
        # one who releases holds an office; the pronoun agrees with the one released
        plural_subject = _bare(head).endswith(("ون", "ين", "ان")) or any(
            conjunction_at(analysis, k, ents) for k in range(subject[0] + 1, subject[1])
        )
        plural_pronoun = toks[i + 1].norm in ("عنهم", "عنهما")
        if _title_head(head) or plural_subject != plural_pronoun or _arrester_word(head):
            return False
        return not (subject[0] in ents and ents[subject[0]][2] in ("ORG", "GPE"))
    key = _key(head)
    return (
        GENERIC_HEADS.get(key, "CVL") == "CVL"  # people, not forces: "الشابان", "المتهم"
        and key not in _BODY_HEADS
        and not (subject[0] in ents and ents[subject[0]][2] in ("ORG", "GPE"))
    )


def _ruling_doer(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The court whose ruling orders the بـ-masdar at i: "حكم محكمة إسرائيلية اليوم
    الاثنين بسجن طفل فلسطيني" (past time words, in the same clause)."""
    toks = analysis.tokens
    if not _bi_masdar(toks[i].norm):
        return None
    # the court's verb: "قضت الدائرة بسجن 4 متهمين", "حكمت المحكمة بسجنه"
    for k in range(i - 1, max(-1, i - 6), -1):
        if _break_between(analysis, k, k + 1):
            break
        if _bare(toks[k].norm) in _COURT_VERBS:
            court = subject_after(analysis, k, ents)
            if (
                usable(analysis, court, ents)
                and court[1] <= i
                and (_key(toks[court[0]].norm) in _COURTS or is_actorish(analysis, court[0], ents))
            ):
                return court
            break
    for k in range(i - 1, max(0, i - 8), -1):
        if _break_between(analysis, k, k + 1):
            return None
        if _bare(toks[k].norm) in _RULINGS and k + 1 < i:
            court = k + 1
            if court in ents or is_actorish(analysis, court, ents) or body_noun(toks[court].norm):
                found = _phrase_from(analysis, court, ents=ents)
                return found if found[1] <= i else None
            return None
    return None


def _title_in_body_named(
    analysis: Analysis, actor: tuple[int, int], ents: EntityIndex
) -> int | None:
    """The end of the name after a bare title and the body it holds it in ("القيادي في
    حزب المؤتمر من أجل الجمهورية طارق الكحلاوي"), within eight words, no punctuation
    or verb between; None when there is none."""
    toks = analysis.tokens
    a, b = actor
    if b != a + 1 or b + 1 >= len(toks) or toks[b].norm != "في" or not _title_head(toks[a].norm):
        return None
    for k in range(b + 1, min(len(toks), b + 9)):
        if _break_between(analysis, k - 1, k) or verb_like(analysis, k, ents):
            return None
        hit = ents.get(k)
        if hit is not None and hit[0] == k and hit[2] == "PERSON":
            # (not a name in a body's or place's genitive: "مركز الملك سلمان")
            before = toks[k - 1].norm.removeprefix("و")
            named_body = before.startswith("ال") or k - 1 in ents
            return hit[1] if k > b + 1 and named_body else None
    return None


def _opening_verb_then_act(analysis: Analysis, i: int, after: tuple[int, int]) -> bool:
    """The verb, a perfect, opens the sentence with no conjunction, and the phrase right
    after it is followed by the act asked (a بـ-masdar or إلى): that phrase is the
    subject."""
    toks = analysis.tokens
    if i != 0 or toks[0].norm[:1] in "وف" or after[0] != 1 or after[1] >= len(toks):
        return False
    if not perfect_verb_like(toks[0]):
        return False  # (a headline's imperfect takes its object: "يطالب الاتحاد بالرحيل")
    if _break_between(analysis, after[1] - 1, after[1]):
        return False
    nxt = toks[after[1]].norm
    if nxt == "الي" or _bi_masdar(nxt):
        return True
    # past where and when, set off by commas: "طالبت الأحزاب السياسية في اليونان، اليوم
    # (الاثنين)، بتوفير إجابات"
    k = after[1]
    if nxt != "في" or k + 2 >= len(toks):
        return False
    k += 2
    while k < len(toks) and (toks[k].norm in _FRAME_TIME or _weekday(toks[k].norm)):
        k += 1
    if k >= len(toks) or k == after[1] + 2:
        return False
    gaps = "".join(analysis.text[toks[j].end : toks[j + 1].start] for j in range(after[1], k))
    return set(gaps) <= {" ", "،", ",", "(", ")"} and _bi_masdar(toks[k].norm)


def _bi_masdar(norm: str, families: list[str] | None = None) -> bool:
    """A word with the preposition بـ split off by the clitic model ("بسجن", "بدعم"),
    whose ب is not the trigger word's own ("بحثت")."""
    if norm[:1] != "ب" or "ب" not in split_clitics(norm)[0]:
        return False
    own = (
        e.rstrip("*")
        for f in families or ()
        for e in lexicon.FAMILIES[f][3].split()
        if e.startswith("ب")
    )
    return not any(norm.startswith(e) for e in own)


# verbs of the passive's periphrasis: "تم إيقافه", "وقع اعتقاله", "جرى توقيفه"
_PASSIVE_AUX = {"تم", "وتم", "وقد تم", "جري", "وجري", "وقع", "ووقع"}
_ON_HIM = {"عليه", "عليها", "عليهم", "عليهما"}
_ONE_OF = {"احد", "احدي", "بعض"}


def _held_before_passive(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Who a passive arrest's pronoun returns to, named right before it: an antecedent
    with its relative ("الشخص الذي تم إيقافه", "أحد المهربين الذي تم إيقافه") or an
    indefinite person the clause describes ("تونسي تم إلقاء القبض عليه", "شخص تم ايقافه")."""
    toks = analysis.tokens
    pronoun = _pronoun_suffix(analysis, i) or (i + 1 < len(toks) and toks[i + 1].norm in _ON_HIM)
    if not pronoun:
        return None
    aux = next(
        (k for k in (i - 1, i - 2) if k > 0 and toks[k].norm in _PASSIVE_AUX),
        None,
    )  # "تم إيقافه", "تم إلقاء القبض عليه"
    if aux is None or _break_between(analysis, aux - 1, aux):
        return None
    if toks[aux - 1].norm in _RELATIVES:
        found = _relative_antecedent(analysis, aux, ents)
        if found is not None and found[0] > 0 and _bare(toks[found[0] - 1].norm) in _ONE_OF:
            return found[0] - 1, found[1]  # "أحد المهربين الذي تم إيقافه"
        return found
    if aux - 1 not in ents and _held_word(toks[aux - 1].norm):
        return aux - 1, aux  # an indefinite person, then the clause that describes him
    return None


def also_after_comma(analysis: Analysis, trig: Trigger) -> bool:
    """A verb trigger right after "، كما" (also), a clause going on from the one before."""
    toks = analysis.tokens
    i = trig.index
    return (
        trig.kind == "verb"
        and i >= 2
        and toks[i - 1].norm == "كما"
        and bool(set(analysis.text[toks[i - 2].end : toks[i - 1].start]) & {"،", ","})
    )


def find_roles(
    analysis: Analysis, trig: Trigger, ents: EntityIndex = _NO_ENTITIES, generic: bool = False
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(actor, recipient) token ranges [start, end) for one trigger.

    ``generic`` (types other than ASSAULT/PROTEST) allows a named party found further
    away: the topic before the trigger as actor, a named object as recipient.
    """
    if (
        generic
        and trig.kind == "verb"
        and _bi_masdar(analysis.tokens[trig.index].norm, trig.families)
    ):
        # a verb never takes بـ: "حكم محكمة إسرائيلية بسجن طفل فلسطيني" is the masdar,
        # whose genitive undergoes the act
        trig = dataclasses.replace(trig, kind="noun")
    actor, recipient = _find_roles(analysis, trig, ents, generic)
    if (
        generic
        and trig.mode == "visit"
        and trig.kind == "verb"
        and (
            recipient is None
            or _city_visited(analysis, recipient, ents)
            or recipient_kind(analysis, recipient, ents) != "party"
        )
        and (met := _met_on_visit(analysis, trig.index, ents)) is not None
    ):
        # "زار المعلم مسقط للاجتماع مع نظيره العماني": whom the visit is to meet
        recipient = met
    if (
        generic
        and actor is None
        and trig.type == "AID"
        and trig.index > 0
        and analysis.tokens[trig.index - 1].norm in _CARRYING
    ):
        # "سيّر المركز سبع شاحنات تحمل مساعدات": who sent the carriers gives the aid
        actor = _support_verb_subject(analysis, trig.index, ents, verbs=_SENDING, window=14)
    if generic and actor is None and trig.mode == "visit" and trig.kind == "noun":
        # "ووصل الرئيس الفرنسي إلى بيروت في زيارة رسمية": who travelled visits
        actor = _support_verb_subject(analysis, trig.index, ents, verbs=_TRAVEL_VERBS, window=12)
    if generic and trig.type == "COERCE":
        # "الشخص الذي تم إيقافه", "تونسي تم إلقاء القبض عليه": the one the passive's
        # pronoun returns to, named right before it (what follows is where or when)
        recipient = _held_before_passive(analysis, trig.index, ents) or recipient
    if generic and (expressing := _expressing_doer(analysis, trig, ents)) is not None:
        # "وأدان الحزب ... معبرا عن رفضه للتدخل": the main clause's subject
        actor = expressing
        participle = _bare(analysis.tokens[trig.index - 2].norm) in _EXPRESSING
        expressed_with_an = analysis.tokens[trig.index - 1].norm == "عن"
        if recipient is not None and any(
            analysis.tokens[k].norm in _RELATIVES for k in range(trig.index + 1, recipient[0])
        ):
            recipient = None  # "استنكارهم هذا العمل الذي استهدف رجال الأمن": its victims
        if (
            recipient is not None
            and expressed_with_an
            and (
                (
                    recipient[0] not in ents
                    # (an accused party named by its words stays after the finite verb: "عبرت
                    # النقابة عن إستنكارها كل محاولات تدخل السلطة التنفيذية")
                    and (
                        participle
                        or trig.type != "ACCUSE"
                        or recipient_kind(analysis, recipient, ents) != "party"
                    )
                )
                or recipient[0] < expressing[1] <= recipient[1]
                or (recipient[0] < expressing[1] and expressing[0] < recipient[1])
            )
        ):
            recipient = None  # (what is rejected is mostly a thing: "لأي مساس بحقوق")
    i = trig.index
    if generic and actor is not None and (named := _title_in_body_named(analysis, actor, ents)):
        # "انتقد القيادي في حزب المؤتمر من أجل الجمهورية طارق الكحلاوي": the title, where
        # it is held, and the name
        if recipient is not None and recipient[0] < named:
            recipient = None
        actor = actor[0], named
    if generic and actor is not None and actor[0] > i:
        cut = next(
            (
                k
                for k in range(actor[0] + 1, actor[1])
                if _bi_thing(analysis, k, ents) or object_opens(analysis, k, ents)
            ),
            None,
        )
        if cut is not None and object_opens(analysis, cut, ents):
            # "اتهم إياد علاوي نائب الرئيس العراقي | قطر": the object after the titles
            recipient = _phrase_from(analysis, cut, ents=ents)
        if cut is not None:
            # "وأشاد الوزير | بأعمال الفنانة فرح سعيد", "وطالبت الدكتورة ... جامعة الأزهر |
            # بضرورة توعية": what is praised or asked ends the doer's phrase
            actor = actor[0], cut
    if (
        generic
        and trig.kind == "verb"
        and actor is not None
        and (recipient is None or recipient[0] == actor[1])
        and actor[0] > i
        and (named := _person_inside(analysis, actor, ents)) is not None
    ):
        # "وتتهم السلطات الشيخ نمر بأنه": a definite body is no construct, so the
        # person named after it is the verb's object (with the rest of the name when
        # the names stand apart)
        actor, recipient = (actor[0], named), (named, recipient[1] if recipient else actor[1])
    if generic and _pronoun_suffix(analysis, i) and (thanked := _thanked_for(analysis, i, ents)):
        # "الشكر لسمو ولي العهد على زيارته لمصر": the one thanked did it
        if actor is not None and actor[0] > i and recipient is None:
            recipient = actor  # the phrase after the masdar is its object
        return thanked, recipient
    if (
        generic
        and trig.kind == "verb"
        and actor is not None
        and actor[0] > i
        and i > 0
        and analysis.tokens[i - 1].norm in _HE_THAT
    ):
        # "أبلغه بأنه زار عائلة الشهيد": the subject is the pronoun of أنه, so the
        # phrase after the verb is its object
        return None, actor
    if (
        generic
        and actor is not None
        and actor[0] > i
        and i > 0
        and analysis.tokens[i - 1].norm in _BEFORE_POSSESSED
        and _pronoun_suffix(analysis, i)
    ):
        # "بعد لقائه الرئيس", "في ختام زيارته": a masdar after a preposition, its doer
        # the pronoun on it; the phrase after it is its object, no subject
        return None, recipient or actor
    hosted = (
        _host_then_guest(analysis, i, ents)
        if generic and trig.kind == "verb" and (actor is None or actor[0] == i + 1)
        else None
    )
    if hosted is not None and (recipient is None or recipient[0] < hosted[0][1]):
        # "استقبل المستشار بالديوان الملكي المشرف العام على مركز ... الدكتور عبدالله
        # الربيعة، أمس، وزيرة الإعلام اليمنية": the host's titles and name, a time aside,
        # then the guest
        return hosted
    if (
        generic
        and trig.kind == "verb"  # a masdar agrees with nothing: "بعد رفض الحكومة"
        and recipient is None
        and actor is not None
        and actor[0] == i + 1
        and _masculine_verb(analysis, i)
        and _feminine_head(analysis, actor[0], ents)
    ):
        # "وطالب المحكمة الجنائية الدولية بالتحقيق": a masculine verb does not agree with
        # a feminine subject right after it, so the phrase is its object
        return None, actor
    if generic and actor is not None and (sent := _sent_from(analysis, actor, ents)) is not None:
        # "بحث وفد من غرفة تجارة البحرين ... مع غرفة جدة": the من-phrase says whose
        # delegation it is; the party is further on
        if recipient is not None and actor[1] <= recipient[0] < sent[1]:
            recipient = recipient_after(analysis, sent[1], ents)
        actor = sent
    if generic and recipient is not None:
        recipient = _sent_from(analysis, recipient, ents) or recipient  # "وفدا من الكونغرس"
    if (
        generic
        and actor is not None
        and actor[0] > i
        and recipient == (actor[1], actor[1] + 1)
        and name_tail(analysis, actor, ents) == recipient[1]
    ):
        # "ودعا الحبيب | الصيد، رئيس الوزراء": the surname the tagger left out, not
        # the one called on
        actor = actor[0], recipient[1]
        recipient = recipient_after(analysis, actor[1], ents)
    if generic and actor is not None and (pointed := _pointed_genitive_end(analysis, actor, ents)):
        # "وطالب أهالي تلك القرى أمير المنطقة": the construct's genitive after a
        # demonstrative is part of the doer
        actor = actor[0], pointed
        if recipient is not None and recipient[0] < pointed:
            recipient = recipient_after(analysis, pointed, ents)
    if (
        generic
        and actor is not None
        # (not a masdar's genitive after it: "مطالبة نقابات التعليم المنضوية تحت")
        and (trig.kind == "verb" or actor[1] <= i)
        and (tied := _dangling_affiliation_end(analysis, actor, ents))
    ):
        # "تمكنت الوحدات الأمنية التابعة | لإقليم الأمن الوطني": the participle's
        # complement belongs to the doer
        actor = actor[0], tied
        if recipient is not None and recipient[0] < tied:
            recipient = recipient_after(analysis, tied, ents)
    if generic and recipient is not None:
        recipient = recipient[0], _counted_tail_end(analysis, recipient[1])
    if (
        generic
        and actor is not None
        and recipient is not None
        and recipient[0] == actor[1]
        and actor[1] - actor[0] >= 3
        and _masculine_nisba_after_feminine(analysis, actor[1] - 1)
    ):
        # "اعتقلت الشرطة الإيطالية | المغربي عبد المجيد": a masculine nisba describes no
        # feminine phrase; it opens the object (the Moroccan, then his name)
        actor, recipient = (actor[0], actor[1] - 1), (actor[1] - 1, recipient[1])
    if (
        generic
        and actor is not None
        and actor[1] - actor[0] == 1
        and analysis.tokens[actor[0]].norm in _HONORIFIC_PRONOUNS
        and (named := _dignitary_before(analysis, actor[0], ents)) is not None
    ):
        # "وقف نائب وزير الصحة على …، وفي نهاية جولته التقى معاليه بعدد من المواطنين":
        # the honorific stands for the dignitary the sentence named
        actor = named
    if generic and (decided := _decided_by(analysis, i, ents)) is not None:
        # "قرار الحكومة نشر الجيش": the decision's genitive acts; the masdar's own
        # genitive is what is deployed or done
        if actor is not None and actor[0] > i and recipient is None and trig.type != "MOBILIZE":
            recipient = actor
        actor = decided
    if generic and actor is not None and _masdar_adjective(analysis, i, actor, ents):
        actor = None  # "التنسيق الأمني بين الجانبين": the masdar's adjective, no doer
    if (
        generic
        # (a masdar of support or aid, or of a directed act, takes its party with لـ:
        # "دعم الحزب الشيوعي لكوبا", "اتهامات الحزب الحاكم للمعارضة")
        and (trig.kind == "verb" or trig.type not in _PARTY_WITH_LAM_TYPES)
        and actor is not None
        and actor[0] > i
        and (owner := _lam_genitive_end(analysis, actor, ents))
    ):
        # "ونشر الجيش الشعبي لكوريا الشمالية منصات": the لـ-genitive of a name ending in
        # an adjective that names no state is whose it is
        actor = actor[0], owner
        if recipient is None or recipient[0] <= owner:
            # (the search from inside the name found nothing, or where: "دعا الاتحاد
            # الجهوي للشغل | بسيدي بوزيد في بيان له كل العاملين")
            recipient = recipient_after(analysis, owner, ents)
    state = ents.get(actor[1]) if actor is not None else None
    if (
        generic
        and state is not None
        and state[0] == actor[1]
        and _region_of_state(analysis, actor[1] - 1, state[:2], ents)
    ):
        # "دانت قيادة إقليم كردستان العراق القصف": a region, then its state, is one name
        actor = actor[0], state[1]
        if recipient is not None and recipient[0] < actor[1]:
            recipient = recipient_after(analysis, actor[1], ents)
    if (
        generic
        and actor is not None
        and (grouped := _group_with_members(analysis, actor, ents)) is not None
    ):
        # "مجموعة كبيرة من الضباط", "وحدات من الحرس الوطني": one doer (the من-phrase
        # taken for the one acted on gives way to what follows it)
        if recipient is not None and recipient[0] == actor[1] + 1 and recipient[1] <= grouped[1]:
            recipient = recipient_after(analysis, grouped[1], ents)
        if recipient is None or recipient[1] <= grouped[0] or recipient[0] >= grouped[1]:
            actor = grouped
    if (
        generic
        and recipient is None
        and actor is not None
        and actor[0] == i + 1
        and (
            analysis.tokens[i].norm.lstrip("وف").endswith(("ه", "ات"))
            # "دعم السعودية للشعب اليمني": support and aid take their party with لـ
            or trig.type in _GIVEN_TO
        )
    ):
        # a masdar, its doer in the genitive, then the one it is for: "مطالبة قيادات
        # حوثية للجنوبيين بـ"
        recipient = _lam_party(analysis, actor[1], ents)
    if recipient is not None and recipient[0] == i + 1 and _strong_adjective(analysis, i + 1):
        recipient = None  # "دعمه القوي": the masdar's adjective
    if (
        generic
        and recipient is None
        and (actor is None or actor[1] <= i)
        and _pronoun_suffix(analysis, i)
        and (trig.type in _GIVEN_TO or trig.type == "SUPPORT")
    ):
        # the masdar's doer is its pronoun; past its adjectives, the one it is for:
        # "أكد ... دعمه القوي لتونس"
        recipient = _lam_party(analysis, i + 1, ents)
    if (
        generic
        and actor is not None
        and actor[1] <= i
        and analysis.tokens[i].norm in lexicon.PURPOSE
        and any(t.index == actor[0] and t.kind == "noun" for t in analysis.triggers)
    ):
        # "نفّذ أعوان النقابة، وقفة احتجاجية لمدة ساعة تنديدا بـ": the act the purpose is
        # of does not act; its genitive does ("احتجاجات أهالي المكنين"), or who carried it
        # out
        head = actor[0]
        if actor[1] - head > 1 and (
            head + 1 in ents or _party_word(analysis.tokens[head + 1].norm)
        ):
            actor = head + 1, actor[1]
        else:
            actor = _support_verb_subject(analysis, head, ents, window=12, set_off=True)
    if generic and trig.type == "ACCUSE" and recipient is None:
        # "وردّت الوزيرة بلهجة حادة على اتهامات النائبة": who answers was accused; an
        # accusation with no doer named takes its party with لـ ("اتهامات لنظيف باستغلال")
        recipient = _answering_party(analysis, i, ents) or (
            _lam_party(analysis, i + 1, ents)
            if trig.kind == "noun" and actor is None and i + 1 < len(analysis.tokens)
            else None
        )
    if generic and trig.type == "SUPPORT":
        toks = analysis.tokens
        if (
            recipient is not None
            and toks[recipient[0]].norm == "جانب"
            and recipient[0] > 0
            and toks[recipient[0] - 1].norm == "الي"
        ):
            recipient = None  # "إلى جانب": the side, whose genitive is the party
        if recipient is None:
            recipient = stood_by(analysis, i, actor, ents)
    return actor, recipient


# quantifiers standing before a party's phrase, alone or with من
_QUANTIFIER_WORDS = {"كل", "جميع", "كافه", "معظم", "بعض", "غالبيه", "اغلب", "مختلف", "احد", "احدي"}
_COUNT_WORDS = {"عدد", "عددا", "العديد", "عشرات", "مئات", "الاف", "الالاف", "العشرات", "المئات"}
# a count's adjective: "عددا كبيرا من الأشخاص"
_COUNT_ADJECTIVES = {"كبير", "كبيرا", "قليل", "قليلا", "هام", "هاما", "محدود", "محدودا"}


def with_quantifier(
    analysis: Analysis, rng: tuple[int, int] | None, i: int
) -> tuple[int, int] | None:
    """The range from the quantifier right before it, on the same side of the trigger i:
    the role searches pass it, but it belongs to the party ("انتقده كل المرشحين", "طالب
    عدد من النواب")."""
    if rng is None:
        return None
    toks = analysis.tokens
    a = rng[0]

    def open_at(q: int) -> bool:  # a word of the phrase's side, joined to what follows
        return q >= 0 and q != i and not (a > i > q) and not _break_between(analysis, q, q + 1)

    if open_at(a - 1) and toks[a - 1].norm in _QUANTIFIER_WORDS:
        return a - 1, rng[1]
    if open_at(a - 1) and toks[a - 1].norm == "من" and open_at(a - 2):
        if toks[a - 2].norm in _COUNT_WORDS:
            return a - 2, rng[1]
        if (
            toks[a - 2].norm in _COUNT_ADJECTIVES
            and open_at(a - 3)
            and toks[a - 3].norm in _COUNT_WORDS
        ):
            return a - 3, rng[1]
    return rng


# answering: "ردّ على", "ردّت على"
_ANSWER_VERBS = {"رد", "ردت", "ردوا", "يرد", "ترد", "يردون"}


def _answering_party(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The subject of a verb of answering whose على-phrase is the accusation masdar at i
    ("وردّت الوزيرة نجاة بلقاسم بلهجة حادة على اتهامات النائبة"): the one accused."""
    toks = analysis.tokens
    if i < 3 or toks[i - 1].norm not in ("على", "علي"):
        return None
    for k in range(i - 2, max(-1, i - 9), -1):
        if _break_between(analysis, k, k + 1):
            return None
        if toks[k].norm.lstrip("وف") in _ANSWER_VERBS:
            subject = subject_after(analysis, k, ents)
            if subject is not None and subject[1] <= i - 1 and usable(analysis, subject, ents):
                named = title_name_end(analysis, subject, ents)  # with the name after
                return subject[0], named if named <= i - 1 else subject[1]
            return None
    return None


def _person_inside(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> int | None:
    """Where a person's name starts inside the phrase at rng whose head is a definite
    body or plural of no title ("السلطات | الشيخ نمر"): a definite noun takes no
    genitive, and a body no person in apposition; None when there is none."""
    toks = analysis.tokens
    start, end = rng
    head = toks[start].norm
    if (
        start in ents
        or not head.startswith("ال")
        or _title_head(head)
        or not _party_word(head)
        # people in the sound plural take their names in apposition: "المواطنون أحمد"
        or head.endswith(("ون", "ين"))
    ):
        return None
    for k in range(start + 1, end):
        if toks[k].norm[:1] == "و":
            return None  # coordinated: "الحزب والزعيم سالم"
        hit = ents.get(k)
        if hit is None:
            if _title_head(toks[k].norm):
                return None
            continue
        if hit[0] == k and hit[2] == "PERSON" and not _break_between(analysis, k - 1, k):
            return k
        return None
    return None


def stood_by(
    analysis: Analysis, i: int, actor: tuple[int, int] | None, ents: EntityIndex
) -> tuple[int, int] | None:
    """The party a supporter stands by, "إلى جانب X", joined by و to the support:
    "وقوف دولة الكويت الكامل إلى جانب المملكة وتأييدها لجميع الإجراءات", "دعم الحكومة
    الألمانية ووقفها إلى جانب حكومة المملكة"."""
    toks = analysis.tokens
    lo = actor[1] if actor is not None and actor[1] <= i else max(0, i - 12)
    for k in list(range(i - 2, lo - 1, -1)) + list(range(i + 1, min(len(toks) - 2, i + 10))):
        if toks[k].norm != "الي" or toks[k + 1].norm != "جانب":
            continue
        a, b = (k, i) if k < i else (i, k)
        if not _unbroken(analysis, a, b):
            continue
        if any(toks[m].norm in STOP and toks[m].norm != "الي" for m in range(a + 1, b)):
            continue  # another clause between: "قال إنه إلى جانب ... الذي دعم"
        party = _phrase_from(analysis, k + 2, limit=3, ents=ents)
        if recipient_kind(analysis, party, ents) == "party" and not (
            actor is not None and actor[0] <= party[0] < actor[1]
        ):
            return party
    return None


def had_done_before(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The doer in "سبق لـX أن <verb>" (X had done it before): "وسبق لماردونا أن اتهم
    بلاتر", "كما سبق لوزير الخارجية أن زار"."""
    toks = analysis.tokens
    if i < 3 or toks[i - 1].norm not in ("ان", "أن"):
        return None
    for k in range(i - 3, max(-1, i - 7), -1):
        if _bare(toks[k].norm) != "سبق":
            continue
        first = k + 1
        if (
            toks[first].norm[:1] != "ل"
            or toks[first].norm in PRONOUN_PREPOSITIONS
            or any(_break_between(analysis, m - 1, m) for m in range(first, i))
        ):
            return None
        return first, i - 1
    return None


def _host_then_guest(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(host, guest) after a verb whose subject is a long title chain ending in a
    person's name, then a time word set off by commas, then the object: "استقبل <titles>
    <name>، أمس، <guest>". None unless the name ends right before the aside."""
    toks = analysis.tokens
    for k in range(i + 2, min(len(toks) - 1, i + 30)):
        gap = analysis.text[toks[k - 1].end : toks[k].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            return None
        if set(gap) & {"،", ","} and toks[k].norm in ("في", "على", "علي", "خلال"):
            # "واتهم العويني، في تصريح …، على هامش ندوة …": the doer's phrase ended at the
            # comma; a frame follows, no more titles
            return None
        if set(gap) & {"،", ","} and (framed := _name_then_frames(analysis, i, k, ents)):
            # "<titles> <name> في مكتبه بالرياض أمس، <guest>": the place and time of the
            # meeting, set off by the comma, end the host's phrase
            guest = recipient_after(analysis, k, ents)
            if guest is not None and guest[0] == k:
                return (i + 1, framed), guest
        if toks[k].norm not in lexicon.TIME_NOW or not set(gap) & {"،", ","}:
            if verb_like(analysis, k, ents):
                return None
            continue
        # the name ends right before the aside (or one word before: the tagger may
        # leave a family name out, "عبدالله بن عبدالعزيز | الربيعة")
        name = ents.get(k - 1) or ents.get(k - 2)
        if (
            name is None
            or name[2] != "PERSON"
            or name[1] < k - 1
            or (name[1] == k - 1 and (toks[k - 1].norm in STOP or k - 1 in ents))
        ):
            return None
        j = k + 1
        while j < len(toks) and toks[j].norm in lexicon.TIME_NOW:
            j += 1  # "أمس الأول", "اليوم الاثنين"
        guest = recipient_after(analysis, j, ents)
        if guest is None or guest[0] > j + 1:
            return None
        return (i + 1, k), guest
    return None


def _name_then_frames(analysis: Analysis, i: int, k: int, ents: EntityIndex) -> int | None:
    """The end of a person's name after the verb at i from which only place and time
    frames ("في مكتبه بالرياض أمس") run up to the comma before token k; None if none."""
    for e in range(k - 1, i + 1, -1):
        name = ents.get(e - 1)
        if name is not None and name[2] == "PERSON" and name[1] == e:
            # (the tagger may leave the family name out: "عبدالله بن عبدالعزيز | الربيعة";
            # his titles may follow: "عبدالله يامين عبدالقيوم رئيس جمهورية المالديف ،")
            for end in (e, e + 1, _past_title_chain(analysis, e, ents)):
                if end < k and _skip_frames(analysis, end, ents) == k:
                    return end
            return None
    return None


def _masculine_verb(analysis: Analysis, i: int) -> bool:
    """The trigger at i is a verb in the masculine singular by its shape: an imperfect
    in ي (ويطالب) or a bare perfect with no feminine, dual or plural ending (طالب، وانتقد،
    ودعا); not a masdar (انسحاب، اجتماع), nor a word after a preposition or a noun,
    which is one ("بناء على طلب الشركة", "في دعم السلطة")."""
    norm = analysis.tokens[i].norm
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if i > 0 and w == norm and not _break_between(analysis, i - 1, i):
        prev = _bare(analysis.tokens[i - 1].norm)
        if prev not in STOP or prev in _NOT_GOVERNING:
            return False  # after a noun or a preposition: a masdar
    if len(w) >= 5 and w[-2] == "ا":
        return False  # the masdar of a derived form: انسحاب، اجتماع
    if w[:1] == "ي":
        return len(w) >= 4 and not w.endswith(("ون", "ان"))
    if w.startswith(("ال", "ت", "ن", "ب", "ل", "م", "س")):
        return False
    if w.endswith("ا"):
        return len(w) == 3  # دعا، نعا (not طالبا, a dual or an accusative)
    # (two letters: a doubled root's perfect, حث)
    return 2 <= len(w) <= 6 and not w.endswith(("ت", "ه", "ها", "هم", "ات", "وا", "ين", "ون"))


# prepositions a masdar follows (they are stop words too): "على طلب", "في دعم"
_NOT_GOVERNING = {"على", "علي", "في", "من", "الى", "الي", "عن", "بناء", "حول"}


# broken plurals of people in -ة, which take a masculine verb: "طالب الطلبة"
_PEOPLE_IN_TA = {"الطلبه", "القاده", "الساسه", "الدعاه", "القضاه", "الرعاه", "الولاه", "الحماه"}


def _feminine_head(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """The phrase at k is headed by a definite feminine singular noun, written with its
    ta marbuta ("المحكمة", "الحكومة"); not a person's name nor people in -ة."""
    tok = analysis.tokens[k]
    surface = analysis.text[tok.start : tok.end]
    return (
        ents.get(k, (0, 0, ""))[2] != "PERSON"
        and tok.norm.startswith("ال")
        and surface.endswith("ة")
        and not tok.norm.endswith("يه")  # a nisba adjective standing alone
        and tok.norm not in _PEOPLE_IN_TA
    )


# prepositions and time nouns a possessed masdar follows: "خلال زيارته", "ختام لقائه"
_BEFORE_POSSESSED = {
    "في",
    "خلال",
    "ختام",
    "بعد",
    "قبل",
    "اثناء",
    "عقب",
    "اثر",
    "على",
    "عن",
    "منذ",
    "لدي",
    "حول",
}


# the heads of a party's name: "حزب حركة نداء تونس", "جبهة الإنقاذ والتقدم"
_PARTY_NAME_HEADS = {"حزب", "حركه", "جبهه", "تيار", "ايتلاف", "ائتلاف", "اتحاد", "نقابه"}
# a delegation or team is sent by the body its من-phrase names: "وفد من غرفة جدة"
_SENT_GROUPS = {"وفد", "وفدا", "فريق", "فريقا", "بعثه", "لجنه", "فرق", "وفود", "بعثات"}


def _sent_from(
    analysis: Analysis, actor: tuple[int, int], ents: EntityIndex
) -> tuple[int, int] | None:
    """The actor "وفد" with its "من X" or "عن X": (start, end of X), or None."""
    toks = analysis.tokens
    k = actor[1]
    if (
        k + 1 >= len(toks)
        or actor[1] - actor[0] != 1
        or toks[k].norm not in ("من", "عن")  # "وفدا عن حزب حركة نداء تونس"
        or _bare(toks[k - 1].norm) not in _SENT_GROUPS
        or _break_between(analysis, k - 1, k)
        or _break_between(analysis, k, k + 1)
    ):
        return None
    # a party's name runs longer than a phrase: "حزب حركة نداء تونس"
    limit = 4 if _bare(toks[k + 1].norm) in _PARTY_NAME_HEADS else 2
    end = _phrase_from(analysis, k + 1, limit=limit, ents=ents)[1]
    named = ents.get(end - 1)
    if named is not None and named[1] > end:
        end = named[1]  # a name the genitive opens: "حزب | حركة نداء تونس"
    while (
        end + 1 < len(toks)
        and toks[end].norm[:1] == "و"
        and not _break_between(analysis, end - 1, end)
        and (toks[end + 1].norm.startswith("ال") or end + 1 in ents)
    ):
        end = _phrase_from(analysis, end + 1, ents=ents)[1]  # "غرفة تجارة وصناعة البحرين"
    return (actor[0], end) if end > k + 1 else None


# the titles an honorific pronoun may stand for, when it is particular: سموه is a
# prince's, فخامته a president's
_HONORIFIC_HEADS = {"سموه": ("امير", "الامير", "ولي"), "فخامته": ("رييس", "الرييس")}


def _dignitary_before(analysis: Analysis, k: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The first title phrase that opens a clause before k (at the sentence's start or
    right after a verb), which an honorific pronoun at k stands for."""
    toks = analysis.tokens
    heads = _HONORIFIC_HEADS.get(toks[k].norm)
    for m in range(k):
        person = m in ents and ents[m][0] == m and ents[m][2] == "PERSON"
        if not (person or (m not in ents and _title_head(toks[m].norm))):
            continue
        if heads and _bare(toks[m].norm) not in heads:
            continue
        if m == 0 or perfect_verb_like(toks[m - 1]) or analysis.verb_trigger_at(m - 1):
            end = _phrase_from(analysis, m, limit=3, ents=ents)[1]
            return m, max(end, title_name_end(analysis, (m, end), ents))
    return None


def _masculine_nisba_after_feminine(analysis: Analysis, j: int) -> bool:
    """A definite masculine nisba at j right after a definite feminine one ("الإيطالية
    | المغربي"): it cannot describe the phrase before."""
    toks = analysis.tokens
    if j < 2:
        return False
    prev, word = toks[j - 1].norm, toks[j].norm
    head = toks[j - 2].norm  # (a feminine noun the first describes, not "وزير الخارجية")
    return (
        head.startswith("ال")
        and head.endswith("ه")
        and _nisba_adjective(prev)
        and prev.endswith("يه")
        and _nisba_adjective(word)
        and word.endswith("ي")
        and not _break_between(analysis, j - 1, j)
    )


def _party_at(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A party starts at j: a mention, a dictionary actor or a word for people or a body."""
    return j in ents or is_actorish(analysis, j, ents) or _party_word(analysis.tokens[j].norm)


def _decided_by(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The genitive of "قرار" when the masdar at i is what it decides: "قرار الحكومة |
    نشر الجيش", "بقرار الرئيس إطلاق سراح"; None otherwise."""
    toks = analysis.tokens
    if i > 0 and toks[i].norm == "سراح" and toks[i - 1].norm.lstrip("وب") == "اطلاق":
        i -= 1  # "إطلاق سراح": the masdar is إطلاق
    for k in range(i - 2, max(-1, i - 6), -1):
        if _break_between(analysis, k, k + 1):
            return None
        if _bare(toks[k].norm).lstrip("ب") in ("قرار", "قراره"):
            if toks[k].norm.endswith("ه"):
                return None  # his decision: the doer is the pronoun's
            owner = _phrase_from(analysis, k + 1, limit=i - k - 1, ents=ents)
            return owner if owner[1] == i and _party_at(analysis, owner[0], ents) else None
    return None


def _masdar_adjective(
    analysis: Analysis, i: int, actor: tuple[int, int], ents: EntityIndex
) -> bool:
    """A definite masdar's own definite nisba taken for its doer ("التنسيق | الأمني"),
    not a state's ("التنسيق السعودي")."""
    toks = analysis.tokens
    j = actor[0]
    return (
        actor == (i + 1, i + 2)
        and j not in ents
        and toks[i].norm.lstrip("وف").startswith("ال")
        and _nisba_adjective(toks[j].norm)
        and not toks[j].norm.endswith(("يين", "يون"))
        and demonym_country(toks[j].norm) is None
        and not _break_between(analysis, i, j)
    )


# definite adjectives of a name that a لـ-genitive may follow ("الجيش الشعبي لكوريا",
# "المكتب السياسي لحزب", "الإدارة العامة لوحدات التدخل")
def _lam_genitive_end(analysis: Analysis, actor: tuple[int, int], ents: EntityIndex) -> int:
    """The end of a لـ-genitive right after a doer whose last word is a definite nisba
    naming no state; 0 when none."""
    toks = analysis.tokens
    k = actor[1]
    while (
        k < len(toks)
        and _nisba_adjective(toks[k].norm)
        and demonym_country(toks[k].norm) is None
        and not _break_between(analysis, k - 1, k)
    ):
        k += 1  # adjectives the phrase left out: "البيان | الختامي للقمة العربية"
    last = toks[k - 1].norm
    if k < len(toks) and (field := _body_field_end(analysis, actor[0], k, ents)):
        return field
    if (
        k >= len(toks)
        or k - actor[0] < 2
        or not (_nisba_adjective(last) or last in ("العام", "العامه"))
        or demonym_country(last) is not None
        or _break_between(analysis, k - 1, k)
    ):
        return 0
    norm = toks[k].norm
    if norm[:1] != "ل" or len(norm) < 4:
        return 0
    hit = ents.get(k)
    if hit is not None and hit[0] == k and hit[2] in ("ORG", "GPE"):
        if any(ents.get(j, (0, 0, ""))[2] == "PERSON" for j in range(*actor)):
            return 0  # a person's لـ-state is the other side: "اتهامات نوري المالكي للسعودية"
        return hit[1]
    # (لل: ل + ال, "البيان الختامي للقمة العربية")
    word = "ال" + norm[2:] if norm.startswith("لل") else norm[1:]
    if _party_word(word) or _key(word) in _BODY_HEADS or word in _OWNING_GROUPS:
        return _phrase_from(analysis, k, limit=2, ents=ents)[1]
    return 0


def _body_field_end(analysis: Analysis, a: int, k: int, ents: EntityIndex) -> int:
    """The end of the لل-field of a body named at a with its adjectives up to k ("الاتحاد
    التونسي | للشغل", "للفلاحة والصيد البحري"): a field, no party; 0 when none."""
    toks = analysis.tokens
    norm = toks[k].norm
    if (
        not norm.startswith("لل")
        or len(norm) < 5
        or k in ents
        or _key(toks[a].norm) not in _BODY_HEADS
        or not _nisba_adjective(toks[k - 1].norm)
        or _break_between(analysis, k - 1, k)
    ):
        return 0
    word = "ال" + norm[2:]
    if _party_word(word) or (actor_word(word) or ("",))[0]:
        return 0  # a party or a state after لل is another side ("للشعب", "للعراق")
    end = k + 1
    while (
        end + 1 < len(toks)
        and toks[end].norm.startswith("وال")
        and not _break_between(analysis, end - 1, end)
    ):
        end += 1  # "للفلاحة والصيد البحري": the fields joined by و
        while (
            end < len(toks)
            and _nisba_adjective(toks[end].norm)
            and not _break_between(analysis, end - 1, end)
        ):
            end += 1
    if end < len(toks) and not _break_between(analysis, end - 1, end) and toks[end].norm in STOP:
        return 0  # a purpose with its complement: "ودعا هيئة الطيران المدني للبدء في"
    return end


_TWO = {"اثنين", "اثنتين", "اثنان", "اثنتان"}


def _counted_tail_end(analysis: Analysis, end: int) -> int:
    """Past what still describes the people acted on: the number two after its noun
    ("إرهابيين | اثنين") and غير with its adjective ("17 مهاجرا | غير شرعي")."""
    toks = analysis.tokens
    if end >= len(toks) or _break_between(analysis, end - 1, end):
        return end
    if toks[end].norm in _TWO:
        return end + 1
    if (
        toks[end].norm == "غير"
        and end + 1 < len(toks)
        and not toks[end + 1].norm.startswith("ال")
        and toks[end + 1].norm.endswith(("ي", "ين", "يين", "يه"))
        and not _break_between(analysis, end, end + 1)
        and (toks[end - 1].norm.endswith(("ا", "ين")) or toks[end - 1].norm[:1].isdigit())
    ):
        return end + 2
    return end


def _pointed_genitive_end(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> int:
    """The end of a one-word construct head's genitive that a demonstrative points at
    ("أهالي | تلك القرى", "أعضاء | هذه اللجنة"); 0 when none follows."""
    toks = analysis.tokens
    a, b = rng
    if (
        b - a != 1
        or a in ents
        or b + 1 >= len(toks)
        or toks[a].norm.startswith(("ال", "وال"))
        or toks[b].norm not in _DEMONSTRATIVES
        or not toks[b + 1].norm.startswith("ال")
        or _break_between(analysis, a, b + 1)
        or not (_party_word(toks[a].norm) or _title_head(toks[a].norm))
    ):
        return 0
    return b + 2


# regions that hold many states, none of them its owner
_AREAS_OF_STATES = {"الخليج", "اوروبا", "افريقيا", "اسيا", "البلقان", "الساحل", "المغرب"}


def _region_of_state(analysis: Analysis, j: int, state: tuple[int, int], ents: EntityIndex) -> bool:
    """A named region at j right before a state named alone ("كردستان | العراق"): the
    state says whose region it is."""
    toks = analysis.tokens

    def text(a: int, b: int) -> str:
        return analysis.text[toks[a].start : toks[b - 1].end]

    region, named = ents.get(j), ents.get(state[0])
    if region is None or region[2] != "LOC" or region[1] != j + 1 or named is None:
        return False
    if _bare(toks[j].norm) in _AREAS_OF_STATES:
        return False  # a region of many states: "وتتهم دول الخليج | قطر"
    country = country_of_name(text(*state))
    return (
        named[:2] == state
        and country is not None
        and country_of_name(text(j, j + 1)) is None
        # (a region the dictionary places elsewhere is another party's)
        and (actor_word(toks[j].norm) or ("",))[0] in ("", country)
        and not _break_between(analysis, j, state[0])
    )


# nouns of a group whose من-phrase says whose members they are: "مجموعة كبيرة من الضباط",
# "وحدات من الحرس الوطني", "عناصر من الشرطة" (not عدد: "عدد من المنظمات" is those)
_MEMBER_GROUPS = _DETACHMENTS | {"مجموعات", "وحدات", "اعوان", "افراد", "قوات", "حشود", "جموع"}
# what a لـ-genitive after a name may be besides a party or a body: members, a summit
_OWNING_GROUPS = _MEMBER_GROUPS | {"القمه", "قمه", "المؤتمر", "مؤتمر", "الموتمر", "موتمر"}


def _group_with_members(
    analysis: Analysis, actor: tuple[int, int], ents: EntityIndex
) -> tuple[int, int] | None:
    """The group noun and its من-phrase as one doer, when the actor is either part."""
    toks = analysis.tokens
    a, b = actor

    def group(j: int) -> bool:
        return toks[j].norm in _MEMBER_GROUPS or _bare(toks[j].norm) in _MEMBER_GROUPS

    if a >= 2 and toks[a - 1].norm == "من" and group(a - 2) and _unbroken(analysis, a - 2, a):
        return a - 2, b  # the members were found, the group before them not
    if (
        group(a)
        and (b - a == 1 or (b - a == 2 and not toks[a + 1].norm.startswith("ال")))
        and b + 1 < len(toks)
        and toks[b].norm == "من"
        and _unbroken(analysis, b - 1, b + 1)
        and (toks[b + 1].norm.startswith("ال") or b + 1 in ents)
    ):
        return a, _phrase_from(analysis, b + 1, ents=ents)[1]
    return None


def _feminine_participle_after_comma(analysis: Analysis, i: int) -> bool:
    """ "رحبت الجامعة بالهدنة، مطالبةً المليشيات باحترامها": مطالبة after a comma with its
    object right after is the participle, not the masdar ("مطالبة الحكومة" in a phrase)."""
    toks = analysis.tokens
    if 0 < i < len(toks) - 1 and toks[i].norm == "مطالبه" and toks[i + 1].norm in _IYYA:
        return True  # "مطالبة إياهم بالحذر": a masdar takes no إيّا-object
    return (
        0 < i < len(toks) - 1
        and toks[i].norm == "مطالبه"
        and bool(set(analysis.text[toks[i - 1].end : toks[i].start]) & {"،", ","})
        and (toks[i + 1].norm.startswith("ال") or toks[i + 1].norm[:1] == "ب")
    )


_IYYA = {"اياه", "اياها", "اياهم", "اياهما", "اياهن"}


# the main verbs whose subject a circumstantial participle shares: reporting verbs and
# views and warnings ("رأى الشيخ ... أن ...، مطالبا", "ونبه النائب إلى ...، داعيا")
_MAIN_CLAUSE_VERBS = _SPEECH_VERBS | {"راي", "رات", "نبه", "نبهت", "اعتبر", "اعتبرت", "حذر", "حذرت"}
# and stances expressed: "وعبر الحزب عن تخوفه ...، داعيا رئيس الحكومة"
_MAIN_CLAUSE_VERBS |= {"عبر", "عبرت", "اعرب", "اعربت"}


# participles of expressing, before عن and a masdar with the doer's pronoun
_EXPRESSING = {p + e for p in ("معبر", "معرب") for e in ("ا", "ه", "ين", "تين", "ان", "تان", "")}


def _expressing_doer(
    analysis: Analysis, trig: Trigger, ents: EntityIndex
) -> tuple[int, int] | None:
    """ "وأدان الحزب هذه العملية معبرا عن رفضه": the masdar's pronoun is the subject the
    participle shares with the main clause."""
    i = trig.index
    toks = analysis.tokens
    if i >= 3 and _pronoun_suffix(analysis, i) and toks[i - 1].norm == "عن":
        expressed = _expressed_by(analysis, i - 1, ents)
        if expressed is not None:
            return expressed
    if i < 2 or not _pronoun_suffix(analysis, i):
        return None
    if toks[i - 1].norm == "عن" and _bare(toks[i - 2].norm) in _EXPRESSING:
        participle = i - 2
    elif toks[i - 1].norm in _STANCE_PARTICIPLES:
        participle = i - 1  # "معبرين رفضهم": the participle's own object
    elif (
        toks[i].norm[:1] == "و"
        and toks[i - 2].norm in _STANCE_PARTICIPLES
        and _pronoun_suffix(analysis, i - 1)
    ):
        participle = i - 2  # "مسجلا احترازه ورفضه": joined to its object
    else:
        return None
    if _break_between(analysis, participle, i):
        return None
    doer = _circumstantial_roles(analysis, dataclasses.replace(trig, index=participle), ents)[0]
    if doer is not None:
        return doer
    # the nearest event verb before it, in the same clause: "وأدان الحزب ... معبرا"
    verbs = [t.index for t in analysis.triggers if t.kind == "verb" and t.index < participle]
    if not verbs or any(
        c in _SENTENCE_END
        for k in range(verbs[-1], participle)
        for c in analysis.text[toks[k].end : toks[k + 1].start]
    ):
        return None
    j = verbs[-1]
    after = subject_after(analysis, j, ents)
    if usable(analysis, after, ents) and after[0] == j + 1 and after[1] <= participle:
        return after
    before = subject_before(analysis, j, ents)
    return before if usable(analysis, before, ents) else None


# finite verbs of expressing a stance: "عبر الاتحاد عن رفضه", "وأعربت الوزارة عن"
_EXPRESS_VERBS = {"عبر", "عبرت", "اعرب", "اعربت", "ابدي", "ابدت"}


def _expressed_by(analysis: Analysis, an: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The subject of a verb of expressing whose عن stands at ``an``: "عبر الاتحاد العام
    لطلبة تونس عن رفضه", "عبر حزب "المبادرة"، اليوم الأربعاء، عن شجبه" (the masdar's
    pronoun is that subject)."""
    toks = analysis.tokens
    for k in range(an - 1, max(-1, an - 12), -1):
        if any(c in _SENTENCE_END for c in analysis.text[toks[k].end : toks[k + 1].start]):
            return None
        if _bare(toks[k].norm) in _EXPRESS_VERBS:
            doer = subject_after(analysis, k, ents)
            if not usable(analysis, doer, ents) or doer[1] > an:
                return None
            named = ents.get(an - 1)
            if (
                named is not None
                and named[2] == "PERSON"
                and doer[1] <= named[0]
                and not _break_between(analysis, named[0] - 1, an)
            ):
                # the titles, then the name right before عن: "أعربت البارونة البريطانية
                # وعضوة البرلمان الأوروبي إيما نيكلسون عن"
                return named[0], named[1]
            return doer
    return None


_WHEREAS = {"فيما", "وفيما", "بينما", "وبينما"}


def main_clause_subject(
    analysis: Analysis, trig: Trigger, ents: EntityIndex
) -> tuple[int, int] | None:
    """The subject a verb after "، كما" shares with the clause before, found as a
    circumstantial participle's is: "وأعلن الدفاع المدني ... وفاة طفل، كما دعا
    المتساكنين إلى"."""
    return _circumstantial_roles(analysis, trig, ents)[0]


def _circumstantial_roles(
    analysis: Analysis, trig: Trigger, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A circumstantial participle ("، داعيا الأطراف إلى", "مطالبا الحكومة بـ") shares
    the subject of the main clause: of its reporting verb when the sentence reports
    speech ("وقال الوزير إن ...، داعيا"), else of the nearest verb before it; its object
    follows it."""
    i = trig.index
    toks = analysis.tokens
    doer = None
    # "أعلنت تركيا …، فيما دانت قيادة الإقليم …، مطالبة": a whereas-clause is the main
    # clause the participle follows
    opened = max((k + 1 for k in range(i) if toks[k].norm in _WHEREAS), default=0)
    for j in range(opened, i):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if (
            _bare(toks[j].norm) in _MAIN_CLAUSE_VERBS
            and not (
                # بيّن (stated) opens its clause; inside one it is بين, between ("في
                # مقاربته بين المسرح والقصة")
                _bare(toks[j].norm) in ("بين", "وبين")
                and j > 0
                and not _break_between(analysis, j - 1, j)
            )
            # عبّر expresses "عن" something; without it عبر is "via" ("عبر صفحته")
            and not (
                _bare(toks[j].norm) == "عبر"
                and not any(toks[k].norm == "عن" for k in range(j + 1, min(len(toks), j + 7)))
            )
        ):
            after = subject_after(analysis, j, ents)
            if (
                after is not None
                and after[0] == _skip_adverbs(analysis, j + 1)
                and after[1] <= i
                and usable(analysis, after, ents)
            ):
                # the subject right after the verb (VSO): "في مقاربته بين المسرح والقصة،
                # أشار الحليان إلى ...، داعيا" (the phrase before is a frame)
                if not (
                    # right after a comma, a masdar: "رفض مصدر مسؤول، كشف أسباب"; after
                    # a relative pronoun, its object: "القاضي، الذي أكد أهمية تعميق"
                    j > opened
                    and (_break_between(analysis, j - 1, j) or toks[j - 1].norm in lexicon.RELATIVE)
                    and recipient_kind(analysis, after, ents) == "thing"
                ):
                    doer = after
                    break
                # a thing is the object of a masdar: "رفض مصدر مسؤول، كشف أسباب
                # التفجيرات، داعيا" (who declined calls: the verb before's subject), or
                # of the relative clause's verb (its antecedent calls)
                if toks[j - 1].norm in lexicon.RELATIVE:
                    found = _relative_antecedent(analysis, j, ents)
                    named = ents.get(found[0] - 1) if found is not None else None
                    if named is not None and named[1] == found[0] and named[2] == "PERSON":
                        found = named[0], found[1]  # a surname the name ran short of
                    if usable(analysis, found, ents) and (
                        found[0] in ents or _title_head(toks[found[0]].norm)
                    ):
                        doer = found
                        break
                after = next(
                    (
                        found
                        for k in range(j - 1, opened - 1, -1)
                        if analysis.verb_trigger_at(k)
                        and (found := subject_after(analysis, k, ents)) is not None
                        and found[1] <= j
                        and usable(analysis, found, ents)
                        and recipient_kind(analysis, found, ents) == "party"
                    ),
                    None,
                )
            doer = subject_before(analysis, j, ents)
            if not usable(analysis, doer, ents):
                doer = after
            break
        if any(c in _SENTENCE_END for c in gap):
            break
    if not usable(analysis, doer, ents) or doer[1] > i:
        doer = coordinated_subject(analysis, i, ents, circumstantial=True)
    rest = recipient_after(analysis, i + 1, ents)
    if trig.type in _ADDRESSED_TYPES:
        rest = object_before_complement(analysis, i + 1, ents) or rest
    return doer, rest


def _find_roles(
    analysis: Analysis, trig: Trigger, ents: EntityIndex, generic: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    i = trig.index
    toks = analysis.tokens
    if (
        generic
        and (
            trig.type in _GIVEN_TO
            or trig.kind == "noun"
            # the object of a verb of getting is a masdar: "أنه تلقى تهديدا مباشرا"
            or (i > 0 and _bare(toks[i - 1].norm) in _RECEIVING)
            # or after its subject, in the accusative: "وأثار القرار رفضا من السكان"
            or (
                i > 1
                and toks[i].norm.endswith("ا")
                and _bare(toks[i - 2].norm) in _RECEIVING
                and toks[i - 1].norm.startswith("ال")
            )
        )
        and (received := _received_from(analysis, i, ents))
    ):
        # "حصلت الحكومة على دعم من الحلف", "تلقى الأمير اتصالا هاتفيا من الرئيس": who
        # got it is the recipient, the giver is the doer
        return received
    if generic and trig.kind == "verb" and (spoken := speech_owner_roles(analysis, i, ents)):
        return spoken  # "خطاب كاميرون الذي دعا فيه الجالية": the speech's owner asks
    if generic and trig.type == "REQUEST" and (on_request := _on_request_of(analysis, i, ents)):
        # "بطلب من فرنسا", "وافقت اللجنة على طلب رئيس الوزراء" (طلب read as a verb too)
        return on_request
    if trig.kind == "agent":
        prev = toks[i - 1].norm if i > 0 else ""
        if (
            toks[i].norm.startswith("ال")
            and prev.lstrip("وف").startswith(("ال", "لل", "بال"))
            and not _break_between(analysis, i - 1, i)
            and not _new_phrase(analysis, i - 1, i)  # "قمعت السلطة المتظاهرين": an object
        ):
            # a definite doer word after a definite noun is its adjective: the party is
            # that noun ("الجماعات المسلحة"), or none when it follows a preposition
            # ("القائد العام للقوات المسلحة")
            if prev.lstrip("وف").startswith(("لل", "بال")):
                return None, None
            return _phrase_from(analysis, i - 1, ents=ents), None
        return _phrase_from(analysis, i, ents=ents), None
    if trig.kind == "victim":
        # passive: "قتل 3 أشخاص" / "أصيب جنديان" - the phrase is who suffered
        return _agent_cue(analysis, i, ents), subject_after(analysis, i, ents)
    if generic and trig.type == "CONCEDE" and _bare(toks[i].norm) == "سراح":
        return _freeing(analysis, i, ents)
    if generic and trig.type == "ACCUSE" and (aroused := _aroused_roles(analysis, i, ents)):
        return aroused  # (a masdar in a family of verbs: "أثارت … استنكار")
    if generic and (
        (trig.families and trig.families[0] in lexicon.CIRCUMSTANTIAL_FAMILIES)
        or _feminine_participle_after_comma(analysis, i)
    ):
        return _circumstantial_roles(analysis, trig, ents)
    if trig.kind == "verb":
        if trig.type == "PROTEST":
            # protest verbs are intransitive: who protested is before or right after
            before = subject_before(analysis, i, ents)
            return (
                before if usable(analysis, before, ents) else subject_after(analysis, i, ents)
            ), None
        passive_like = i + 1 < len(toks) and (
            toks[i + 1].norm[:1].isdigit() or toks[i + 1].core in lexicon.NUMBER_WORDS
        )
        antecedent = _relative_antecedent(analysis, i, ents)
        if (
            antecedent is not None
            and _resumptive(toks[i].norm, _pronoun_suffix(analysis, i))
            and not _relative_disagrees(analysis, i)
        ):
            # "البدري، الذي استقبله في موسكو بوغدانوف": the pronoun on the verb is الذي,
            # the doer is the subject after the verb (past a place phrase)
            j = i
            if j + 2 < len(toks) and toks[j + 1].norm in ("في", "ب"):
                j = ents[j + 2][1] - 1 if j + 2 in ents else j + 2
            doer = subject_after(analysis, j, ents)
            if (
                usable(analysis, doer, ents)
                and (
                    doer[0] in ents
                    or not toks[doer[0]].norm.startswith(("بال", "لل"))
                    # not the act asked: "الجمهور، الذي طالبها بغنائها"
                    and not (toks[doer[0]].norm[:1] == "ب" and _possessed(analysis, doer[0]))
                )
            ):
                return extend_coordination(analysis, doer, ents), antecedent
            if generic:
                # "إيران التي اتهمها بالشغب": الذي is the object; the doer is the verb's
                # pronoun (link.resolve_pronouns looks for it)
                return None, antecedent
        if (
            antecedent is not None
            and i + 1 < len(toks)
            and (toks[i + 1].norm in _RESUMPTIVE_PREPOSITIONS or toks[i + 1].norm in _WHEREIN)
            and not _break_between(analysis, i, i + 1)
        ):
            # "الإصلاحات التي يطالب بها الدائنون": الذي is the object (بها), the doer
            # is the subject after the pronoun
            doer = subject_after(analysis, i + 1, ents) if i + 2 < len(toks) else None
            if toks[i + 1].norm.startswith("في") or toks[i + 1].norm in _WHEREIN:
                # "الغرفة التي احتجز فيها", "المؤتمر الذي شارك فيه", "مصر التي استقبله
                # خلالها الرئيس": where or when, no party
                antecedent = None
            if generic and doer is not None and _called_on(analysis, i + 1, doer):
                return None, doer  # "نداء الملك الذي طالب فيه الجميع بإيجاد": those called on
            if not usable(analysis, doer, ents):
                return None, antecedent
            if antecedent is None and generic:
                # the object after the subject: "التي التقى خلالها الوزير نظيره الروسي"
                antecedent = recipient_after(analysis, doer[1], ents)
                if antecedent is None and trig.type in _ADDRESSED_TYPES:
                    antecedent = object_before_complement(analysis, doer[1], ents)
            return doer, antecedent
        if antecedent is not None:  # "التصعيد الذي يهدد X": the doer is what الذي refers to
            after = subject_after(analysis, i, ents)
            if (
                generic
                and usable(analysis, after, ents)
                and (
                    is_actorish(analysis, after[0], ents)
                    and _resumed_after(analysis, i - 1, after[1])
                    or _party_at(analysis, after[0], ents)
                    and _feminine_after_alladhi(analysis, i)
                )
            ):
                # "المشاريع التي تعهدت دولة قطر بإقامتها": the pronoun on the complement
                # takes up التي, so the phrase after the verb is its subject
                return after, None
            if not usable(analysis, after, ents):
                # "بخاري الذي توعد بسحق التمرد": a party further on
                after = recipient_after(analysis, i + 1, ents) if generic else None
            return antecedent, after
        before = subject_before(analysis, i, ents)
        if (
            generic
            and before is not None
            and before[1] == i
            and (support_verb(analysis, i - 1) or toks[i - 1].norm in _ABOUT_TO)
            and before[0] < i - 1
        ):
            # the word is the masdar of a support verb, not a verb: "الكتلة البرلمانية
            # عقدت اجتماعا", "وزارة النقل بصدد بحث"; the doer is that verb's subject
            before = subject_before(analysis, i - 1, ents)
        if generic and (met := _partner_before_masdar(analysis, i, ents)) is not None:
            return met
        if generic and before is not None and _arrested_count(analysis, trig, before):
            return None, before  # "أن 251 شخصًا اعتقلوا حتى الآن": they were arrested
        if not usable(analysis, before, ents):
            before = None
        if not generic and before is not None and _killed_count(analysis, trig, before, ents):
            # "إن خمسة أشخاص (على الأقل) قتلوا في هجوم انتحاري": unvowelled, the verb
            # after counted people who are no doers is passive; the attack stands in
            return _agent_cue(analysis, i, ents), before
        topic = _amma_topic(analysis, i, ents) if generic else None
        if topic is not None:
            # "أما الدكتور X فطالب وزارة الصحة بـ": the topic is the subject, so the
            # phrase after the verb is its object
            rest = recipient_after(analysis, i + 1, ents)
            if rest is None and trig.type in _ADDRESSED_TYPES:
                rest = object_before_complement(analysis, i + 1, ents)
            return topic, rest
        if before is None and generic and trig.type in _DOCUMENT_ACTS:
            before = _document_before(analysis, i, ents)
        he_that = i - 2 if i > 1 and toks[i - 1].norm == "قد" else i - 1
        if before is None and he_that >= 0 and toks[he_that].norm in _HE_THAT:
            # "وقال الجيش إنه قتل ...", "وأوضح البلوشي أنه قد التقى"
            before = speaker(analysis, he_that, ents)
        if before is None:
            before = had_done_before(analysis, i, ents)  # "وسبق لماردونا أن اتهم"
        if (
            before is None
            and generic
            # a conjunction's و starts a new clause ("معلمين مدربين | ودعم"), not the
            # relative clause of the word before (وافق keeps its own و)
            and (toks[i].norm[:1] not in "وف" or toks[i].norm.startswith("واف"))
            # the relative clause has no subject of its own ("بهجوم انتحاري اتهمت
            # السلطات")
            and not _party_after(analysis, i, ents)
        ):
            before = _indefinite_antecedent(analysis, i, ents)
        if before is None and generic and i > 0 and toks[i - 1].norm in _BUT_IT:
            # "ولكنها تتهم السلطات": the subject is the particle's pronoun, so the phrase
            # after the verb is its object
            return None, recipient_after(analysis, i + 1, ents)
        quoted_subject = _quoted_name_end(analysis, i + 1) if generic and before is None else 0
        if (
            generic
            and before is None
            and not quoted_subject
            and _bracketed_name(analysis, i + 1, ents)
        ):
            # "ودعا ( السهلي ) إلى", "يطلب (أحمد بن صقران) من": a name in brackets
            quoted_subject = _quoted_name_end(analysis, i + 1, brackets=True)
        if quoted_subject and quoted_subject - (i + 1) <= 3:
            # "ودعا "السحيباني" الأشقاء اليمنيين إلى": a name in quotes right after a
            # verb with no subject before it is the subject; the phrase after, the object
            rng = (i + 1, quoted_subject)
            called = quoted_subject < len(toks) and toks[quoted_subject].norm in _CALLED_ON
            return rng, (
                recipient_after(analysis, quoted_subject, ents)
                or object_before_complement(analysis, quoted_subject, ents)
                or (_phrase_from(analysis, quoted_subject, ents=ents) if called else None)
            )
        honoured = _honorific_pronoun_after(analysis, i)
        if before is None and generic and honoured is not None:
            # "ودعا سماحته الوعاظ إلى": the honorific stands for the subject, and those
            # joined to it ("واستنكر سموه وجميع أهالي منطقة الباحة")
            honoured = honoured[0], _coordinated(analysis, honoured[1], ents)
            return honoured, (
                recipient_after(analysis, honoured[1], ents)
                or object_before_complement(analysis, honoured[1], ents)
            )
        after = subject_after(analysis, i, ents)
        if (
            generic
            and after is not None
            and after[0] == i + 1
            and _object_pronoun(analysis, i)
            and not toks[after[0]].norm.startswith("بال")  # "يتهمهم بالعمالة"
            and not _lam_phrase(analysis, after[0], ents)  # "دعمهم لحكومة الوحدة"
            and not _strong_adjective(analysis, after[0])  # "دعمه القوي لتونس"
            and (
                after[0] in ents
                or is_actorish(analysis, after[0], ents)
                or _party_word(toks[after[0]].norm)
                or toks[after[0]].norm in _SOME_PEOPLE
                or _construct_head(analysis, after[0], ents)  # "واتهمته وسائل الإعلام"
            )
        ):
            # the verb carries its object ("طالبه", "استقبلها"), so the party after it is
            # the subject: "وقد طالبه البعض بعدم الاختباء"; a phrase right before the
            # verb is what the pronoun refers to ("الصحافي اعتقلته جماعة الحوثي")
            held = before is not None and before[1] == i
            if held and _bare(toks[before[0]].norm) in ("هو", "هي", "هم", "هما"):
                held = False  # "وهو ألماني ... سجنه التنظيم": an aside, not the antecedent
            return after, before if held else None
        object_only = False
        if (
            generic
            and after is not None
            and after[0] == i + 1
            and toks[i + 1].norm in _RESUMPTIVE_PREPOSITIONS
            and i + 2 < len(toks)
            and not _break_between(analysis, i + 1, i + 2)
        ):
            # "وثيقة وافقت عليها جميع الدول": the pronoun's preposition, then the subject;
            # after a place or time in the pronoun ("زيارة التقى فيها الأسد"), the phrase
            # is the object unless its case says subject ("اتفق فيه الجانبان")
            after = subject_after(analysis, i + 1, ents)
            if (
                before is not None
                and before[1] == i
                and not toks[i - 1].norm.lstrip("وف").startswith("ال")
                and i - 1 not in ents
                # (not أنّ's noun when a person: "أن شخصا طلب منه مبلغا", who asked; "إن
                # نصا اتفقت عليه الدول" is described)
                and not (
                    before[0] > 0
                    and _bare(toks[before[0] - 1].norm) in _THAT_WORDS
                    and (
                        _party_word(toks[before[0]].norm)
                        or _party_word(toks[before[0]].norm.removesuffix("ا"))
                    )
                )
            ):
                # "بيان مشترك اتفق فيه الجانبان": an indefinite noun right before the
                # verb and its pronoun is what the clause describes, not its subject
                before = None
            if (
                trig.type == "REQUEST"
                and toks[i + 1].norm in _OF_HIM
                and after is not None
                and after[0] == i + 2
                and (
                    after[0] in ents
                    or is_actorish(analysis, after[0], ents)
                    or _party_word(toks[after[0]].norm)
                )
            ):
                # "وطلب منه شخص مجهول تسليم الوثائق": the one asked is the pronoun, so
                # the party after it asks, up to the act asked
                return _before_masdar(analysis, after), None
            if toks[i + 1].norm.startswith("في") and after is not None:
                head = toks[after[0]].norm
                # (a second party right after it is the object, the first the subject:
                # "ودعت فيه النقابة الإدارة وسلطة الإشراف إلى")
                object_only = not (
                    head in _DUAL_PARTIES
                    or head.endswith("ون")
                    # the other side after مع: "زيارة اتفق فيها النجم القدير مع الوزير"
                    or (after[1] < len(toks) and toks[after[1]].norm == "مع")
                    or (
                        after[1] < len(toks)
                        and not _break_between(analysis, after[1] - 1, after[1])
                        and toks[after[1]].norm.startswith("ال")
                        and _party_word(toks[after[1]].norm)
                    )
                )
        if (
            after is not None
            and after[0] in ents
            and ents[after[0]][2] == "LOC"
            and not _is_state(analysis, after[0])
            and not is_actorish(analysis, after[0], ents)  # "واتفق الوزيران"
        ):
            after = None  # a place right after the verb is where, not who
        if (
            trig.mode == "visit"
            and after is not None
            and after[0] not in ents
            and toks[after[0]].norm[:1] == "ل"
            and (
                ents.get(after[0] + 1, (0, 0, ""))[2] in ("LOC", "GPE")
                or toks[after[0]].norm[1:] in _STATE_WORDS
            )
        ):
            # "على زيارته لجمهورية مصر العربية": the لـ-phrase is where the visit went
            return before or topic_actor(analysis, i, ents), after
        if (
            trig.mode == "visit"
            and after is not None
            and after[0] in ents
            and ents[after[0]][2] in ("LOC", "GPE")
        ):
            if before is None and after[1] < len(toks):
                # "زار تركيا قائد قوات التحالف": the visitor after the place visited
                doer = subject_after(analysis, after[1] - 1, ents)
                if usable(analysis, doer, ents) and (
                    is_actorish(analysis, doer[0], ents)
                    or _title_head(toks[doer[0]].norm)
                    or _party_word(toks[doer[0]].norm)
                ):
                    return doer, after
            return before or topic_actor(analysis, i, ents), after
        if (
            passive_like
            and after is not None
            and "kill_v" not in trig.families
            and _is_doer(analysis, after[0], ents)
        ):
            passive_like = False  # "فجر 3 انتحاريين أنفسهم"
        if (
            passive_like
            and generic
            and before is None
            and after is not None
            and _counted_subject(analysis, trig, after, ents)
        ):
            passive_like = False  # "طالب 30 نائبا الحكومة بـ": a count of people speaks
        cue = None if generic else _agent_cue(analysis, i, ents, window=5, carried_out=True)
        if cue is not None:  # passive with its agent: "اختطفا ... على يد مسلحين"
            return cue, before or after
        if (
            generic
            and i + 3 < len(toks)
            and toks[i + 1].norm == "من"
            and toks[i + 2].norm in _BY
            and not _break_between(analysis, i, i + 3)
        ):
            # "مجموعة قصصية له رفضت من قبل أحد المحكمين": a passive with its agent
            agent = subject_after(analysis, i + 2, ents)
            if usable(analysis, agent, ents):
                if agent[0] > i + 3 and quantifiers_only(analysis, i + 3, agent[0]):
                    agent = (i + 3, agent[1])  # "أحد المحكمين"
                return agent, before
        if generic and before is None and _one_arrested(analysis, i, after, ents):
            return None, after  # "واعتقل الرجل أثناء نشره ملصقات": he was arrested
        if passive_like:
            if generic and (arrest_verb(analysis, i) or trig.type == "COERCE"):
                # (any coercion of counted people: "أوقفت 251 شخصا", "سجنت 5 أشخاص")
                # "اعتقلت 60 شخصا من العاصمة": the counted noun, not the place after من
                return before, arrested_after(analysis, i + 1, ents) or after
            return before, after
        if (
            generic
            and after is not None
            and toks[i + 1].norm in _BI_PRONOUNS
            and after[0] > i + 1
            and _bare(toks[i].core).startswith(_TAKES_BI)
        ):
            # the بـ-complement is a pronoun, the phrase after it the subject: "تدابير
            # تطالب بها الجهات الدائنة" (whatever stands before is another clause's)
            actor, rest = after, None
        elif before is not None:
            actor, rest = before, after
        elif object_only:
            actor, rest = None, after
        elif (
            after is not None
            # "يدعو جنوده لأن يكونوا": a party with a possessive pronoun is the object
            # (not the one who holds a thing named before: "رفض سائقها الامتثال")
            and not (
                generic
                and after[0] == i + 1  # not past a resumptive "بها": "تطالب بها مجتمعاتها"
                and after[0] not in ents
                and _possessed(analysis, after[0])
                and not _holder_with_pronoun(toks[after[0]].norm)
                # (but a partner after مع: "وتعاون منسوبيها مع الرئاسة" are the doers)
                and not (
                    trig.type in _SYMMETRIC and after[1] < len(toks) and toks[after[1]].norm == "مع"
                )
            )
            # "كما دعا الدول الأعضاء إلى": those called on, the doer is the verb's pronoun
            and not (generic and trig.type == "REQUEST" and _called_on(analysis, i, after))
            # "وحث أولياء الدم الآخرين": an adjective in the accusative -ين
            and not (
                generic and trig.type == "REQUEST" and _accusative_adjective(analysis, after, ents)
            )
            # "دعمهم لحكومة الوحدة": a لـ-phrase is no subject
            and not (generic and _lam_phrase(analysis, after[0], ents))
            and (
                is_actorish(analysis, after[0], ents)
                or _definite_plural(toks[after[0]].norm)
                or (generic and _nominative_partitive(analysis, i, after[0]))
                or (generic and _counted_subject(analysis, trig, after, ents))
                or _pointed_subject(analysis, i, after[0], ents)
                # "طالب ذوو الإعاقة البصرية الشركات": "those with", in the nominative
                or (generic and _bare(toks[after[0]].norm) == "ذوو")
                # a kinsman of someone named: "وطالب والد الطفل المصاب بضرورة"
                or (
                    generic
                    and after[1] - after[0] >= 2
                    and toks[after[0]].norm in _KIN
                    and toks[after[0] + 1].norm.startswith("ال")
                )
                # a nominative dual of a party right after the verb: "وقد طلب الفريقان
                # الخاسران فتح تحقيق" (the accusative ends in -ين)
                or (
                    generic
                    and after[0] == i + 1
                    and toks[after[0]].norm.startswith("ال")
                    and toks[after[0]].norm.endswith("ان")
                    and not toks[after[0]].norm.endswith("تان")
                    and (singular := _dual_singular(toks[after[0]].norm)) is not None
                    and _party_word(singular)
                )
                # "دعا ذات المسؤول النقابي إلى", "وأكد نفس المصدر": the one just named
                or (generic and _same_one(analysis, after, ents))
                # some, all, many, then the act asked: "ويطالب البعض بتدخل الإنتربول"
                or (
                    generic
                    and after[0] == i + 1
                    and toks[after[0]].norm in ("البعض", "الكثيرون", "كثيرون")
                    and after[0] + 1 < len(toks)
                    and toks[after[0] + 1].norm[:1] == "ب"
                )
                # a dual in construct, its ن dropped: "واتفق وزيرا خارجية سوريا وعمان"
                or (generic and after[0] == i + 1 and _dual_construct(analysis, after[0], ents))
                # the owner or driver of a thing: "ورفض صاحب المحل", "ووافق صاحبه"
                # (a feminine verb has another subject: "اعتقلت صاحبه")
                or (
                    generic
                    and after[0] == i + 1
                    and not _bare(toks[i].norm).endswith("ت")
                    and not _bare(toks[i].norm).startswith("ت")
                    and (
                        _bare(toks[after[0]].norm) in _HOLDERS
                        and after[1] - after[0] >= 2
                        and toks[after[0] + 1].norm.startswith("ال")
                        # (not an honorific: "استقبل صاحب السمو الملكي الأمير")
                        and toks[after[0] + 1].norm
                        not in HONORIFIC_PAIRS.get(_bare(toks[after[0]].norm), ())
                        or _holder_with_pronoun(toks[after[0]].norm)
                    )
                )
                or (generic and institution_subject(analysis, after[0]))
                or _subject_then_object(analysis, trig, after)
                # "تطالب القوى الليبرالية والعلمانية بضرورة": the powers with their
                # adjective, then the act asked (not "دعا القوى السياسية إلى": the ones
                # called on)
                or (
                    generic
                    and _bare(toks[after[0]].norm) == "القوي"
                    and after[0] + 1 < after[1] < len(toks)
                    and toks[after[0] + 1].norm.startswith("ال")
                    and toks[after[1]].norm.startswith("ب")
                )
                or (generic and construct_plural(analysis, after[0], ents, nominative=True))
                or (generic and _generic_subject_after(analysis, trig, after, ents))
                or (generic and _subject_before_time(analysis, after, ents))
                or (generic and _subject_before_channel(analysis, after))
                or (generic and _subject_before_pointed_object(analysis, after))
                # an indefinite plural of people in the nominative right after the verb:
                # "وطالب حقوقيون وقانونيون بسن قانون"
                or (
                    generic
                    and after[0] == i + 1
                    and not toks[after[0]].norm.startswith(("ال", "وال"))
                    and len(toks[after[0]].norm) >= 6
                    and (
                        toks[after[0]].norm.endswith("يون")
                        or (toks[after[0]].norm.endswith("ون") and _party_word(toks[after[0]].norm))
                    )
                )
                # the other side after مع: "اتفق فيها النجم القدير مع الوزير"
                or (
                    generic
                    and trig.type in ("AGREE", "CONSULT", "COOPERATE")
                    and after[1] < len(toks)
                    and toks[after[1]].norm == "مع"
                    and not _break_between(analysis, after[1] - 1, after[1])
                )
                # "طالب نشطاء في مجال حقوق الإنسان جميع الولايات بسن قوانين": people,
                # then the one asked before the act: the people ask
                or (generic and _people_then_asked(analysis, trig, after, ents))
                # "طالب نشطاء في مجال حقوق الإنسان": an indefinite people plural after
                # the verb that opens the sentence (no و sharing an earlier subject)
                or (generic and i == 0 and after[0] == 1 and toks[1].norm in _PEOPLE_PLURAL_HEADS)
                # the sentence's opening verb (no و to share a subject before it), one
                # phrase, then the act asked: "طالبت تنسيقية الهياكل الطبية بالإفراج"
                or (generic and _opening_verb_then_act(analysis, i, after))
                # a praise verb takes no direct object, nor does ندد: the phrase after
                # it is its subject ("وأشاد الحازمي في كلمته بالجهود", "وندد الكرملين بـ")
                or (
                    generic
                    and (praise_verb(analysis, i) or _bare(toks[i].norm).startswith(_DENOUNCE))
                    and not _bi_word(toks[after[0]].norm)
                    and toks[after[0]].norm not in _BLESSINGS  # "وأشاد حفظه الله"
                    and not thing_actor(analysis, after, ents)
                )
                or (
                    generic
                    and trig.type in _DOCUMENT_ACTS
                    and _bare(toks[after[0]].norm).startswith("ال")
                    and _document(toks[after[0]].norm)
                )
                or (
                    generic
                    and trig.type in _DOCUMENT_ACTS
                    and _issued_document(analysis, after, ents)
                )
            )
        ):
            if generic and (
                construct_plural(analysis, after[0], ents, nominative=True)
                or (
                    construct_plural(analysis, after[0], ents)
                    and _nominative_partitive(analysis, i, after[0])
                )
                or (after[0] == i + 1 and _dual_construct(analysis, after[0], ents))
            ):
                # "منسوبو القوات المسلحة", "عدد من مناصري النظام السابق": the plural,
                # its genitive and the adjective
                longer = _phrase_from(analysis, after[0], limit=3, ents=ents)
                after = longer if longer[1] > after[1] else after
            elif (
                generic
                and _bare(toks[after[0]].norm) in _PARTITIVES
                and after[0] + 2 < len(toks)
                and _nominative_partitive(analysis, i, after[0])
            ):
                # "رفض أحد ممثلي شركة مايكروسوفت", "وطالبت بعض أسر الضحايا": the
                # partitive, the plural and its genitive
                head = after[0] + 1
                while head + 1 < len(toks) and toks[head].norm == "من":
                    head += 1
                end = _phrase_from(analysis, head, limit=3, ents=ents)[1]
                named = ents.get(end) or ents.get(end - 1)
                if named is not None and end - 1 <= named[1] - 1 and named[1] - end <= 3:
                    end = named[1]  # the genitive is a name
                after = (after[0], max(after[1], end))
            if (
                generic
                and _document(toks[after[0]].norm)
                and after[0] not in ents
                and not _issued_document(analysis, after, ents)
            ):
                # "ودعا البيان الأكراد إلى": the document alone, then whom it calls on
                after = (after[0], after[0] + 1)
            actor = after
            rest = (
                recipient_after(analysis, after[1], ents)
                if generic
                else (subject_after(analysis, after[1] - 1, ents) if after[1] < len(toks) else None)
            )
        elif (asked := _second_phrase_asked(analysis, trig, after, ents)) is not None:
            # "وطالبت دائرة شؤون المفاوضات المجتمع الدولي بتحمل": two phrases after the
            # verb, the second before the act asked: the first asks, whatever its head
            actor, rest = after, asked
        else:
            actor = _agent_cue(analysis, i, ents) or (
                topic_actor(analysis, i, ents) if generic else None
            )
            rest = after
        after_actor = actor[1] if actor and actor[0] > i else i + 1
        quoted = (
            _quoted_right_after(analysis, i)
            if generic and rest is None and actor is not None and actor[1] <= i
            else None
        )
        if quoted is not None:
            # the doer named before the verb, a name in quotes right after it: '"سبق"
            # تهنئ "الطويرقي"'
            rest = quoted
        elif generic and (
            rest is None
            or (rest[0] not in ents and toks[rest[0]].norm not in _SOME_PEOPLE)  # "دعت الجميع"
        ):
            found = recipient_after(analysis, after_actor, ents)
            if (
                found is not None
                and actor is None
                and rest is not None
                and rest[0] == i + 1
                and found[0] > rest[1]
                and _break_between(analysis, rest[1] - 1, rest[1])
            ):
                # two phrases after the verb, the first set off by a comma: the subject,
                # then the object ("وحث الرحيلي، في زيارته مقاول المشروع")
                actor = rest
            rest = found or rest
        if generic and (
            arrest_verb(analysis, i)
            # أوقف and سجن stop and jail things too; a definite number after a coercion is
            # the people counted: "أوقفت الأربعة بعد استجوابهم"
            or (trig.type == "COERCE" and definite_count(analysis, after_actor))
        ):
            on = after_actor
            if _bare(toks[i].norm).lstrip("وف") in _SEIZED_ON:
                # "قبضوا على الشاب": who was arrested follows على (past a time: "القبض
                # مساء أمس الأربعاء على مرتكبي")
                framed = _skip_frames(analysis, after_actor, ents)
                on = next(
                    (
                        k + 1
                        for k in range(framed, min(len(toks) - 1, framed + 3))
                        if toks[k].norm in ("على", "علي")
                    ),
                    after_actor,
                )
            arrested = arrested_after(analysis, on, ents)
            if arrested is not None and (
                rest is None
                or rest[0] <= arrested[1]
                # a party after a preposition is where the arrested come from: "اعتقلت
                # القوات أمس، شابين فلسطينيين من قرية حوسان"
                or (
                    rest[0] > arrested[1]
                    and toks[rest[0] - 1].norm in ("من", "في")
                    and recipient_kind(analysis, rest, ents) != "party"
                )
            ):
                rest = arrested  # "اعتقلت شابا بث ...": who, without the next verb
        if (
            generic
            and trig.type == "AGREE"
            and (rest is None or recipient_kind(analysis, rest, ents) != "party")
        ):
            rest = _agreed_for(analysis, after_actor, ents) or rest
        if (
            generic
            and trig.type in ("AGREE", "REJECT")
            and (rest is None or recipient_kind(analysis, rest, ents) != "party")
        ):
            # whose proposal was accepted or rejected: "وافقت اللجنة على طلب رئيس الوزراء"
            rest = _proposer(analysis, after_actor, ents) or rest
        if generic and trig.type == "CONCEDE" and (freed := _released(analysis, after_actor, ents)):
            rest = freed  # "يفرج عن «سعودي»": who was released
        if (
            generic
            and trig.type in ("REJECT", "AGREE")
            and (rest is None or recipient_kind(analysis, rest, ents) != "party")
            and (freed := _release_asked(analysis, after_actor, ents)) is not None
        ):
            rest = freed  # "رفضت إطلاق سراح «مرجوج هزازي»": whose release
        condemns = generic and trig.type == "ACCUSE" and condemning(analysis, i)
        settled = False  # the recipient is the condemned act's doer, or no one
        if (
            generic
            and trig.type == "ACCUSE"
            and (condemns or rest is None or recipient_kind(analysis, rest, ents) != "party")
        ):
            # "دانت الأمانة الجريمة التي نفذها مستوطنون": the doer of the act condemned,
            # not whom it was done to ("أدان الهجوم على المدنيين")
            is_act, doer = condemned_doer(analysis, after_actor, ents)
            if doer is not None or (is_act and condemns):
                rest = doer
                settled = True
        if generic and condemns and (blamed := held_responsible(analysis, i, ents)) is not None:
            # the party held responsible, named, over the act's nation or doer read off
            # its words: "ودانت الحكومة ...، وحملت إسرائيل المسؤولية"
            rest, settled = blamed, True
        if generic and rest is None and trig.type in _ADDRESSED_TYPES and not settled:
            rest = object_before_complement(analysis, after_actor, ents)
            if rest is None and trig.type == "REQUEST":
                rest = _asked_from(analysis, after_actor, ents)
        if (
            generic
            and trig.type == "REQUEST"
            and rest is not None
            and recipient_kind(analysis, rest, ents) != "party"
            and toks[rest[0]].norm not in _SOME_PEOPLE  # "وحث الوكيل الجميع من كادر طبي على"
        ):
            # "طلب فؤاد العون من منظمة يونيسيف", "طلب المبتعثون في المملكة المتحدة من
            # الملحق الثقافي": the one asked after من, past the thing asked or a place
            rest = (
                _asked_from(analysis, rest[1], ents)
                or _asked_from(analysis, _skip_frames(analysis, after_actor, ents), ents)
                or rest
            )
        if generic and trig.type == "REQUEST" and rest is None:
            rest = _asked_to(analysis, i, after_actor, ents)
        if generic and trig.type == "REQUEST" and rest is not None:
            asked = _asked_from(analysis, _skip_frames(analysis, after_actor, ents), ents)
            asked = ask_addressee(analysis, i, asked, ents)  # "من الجميع التعاون"
            if (
                asked is not None
                # (or the same phrase, cut where the act asked starts: "من الموظف الكشف")
                and (asked[1] <= rest[0] or asked[0] == rest[0] and asked[1] < rest[1])
                and (
                    asked[0] in ents
                    or toks[asked[0]].norm in _SOME_PEOPLE  # "من الجميع التعاون"
                    or recipient_kind(analysis, asked, ents) == "party"
                    # right before the act asked, after من: "طلب المريض من العامل
                    # تمثيل دور الممرضة"
                    or (
                        asked[1] == asked_act(analysis, i, ents)
                        and recipient_kind(analysis, asked, ents) != "place"
                    )
                )
            ):
                # the one asked comes before the act asked, whose genitive is no party:
                # "وطلب النواب في مجلس الشيوخ من يوكيا أمانو توضيح دور الوكالة"
                rest = asked
        if (
            generic
            and (rest is None or recipient_kind(analysis, rest, ents) != "party")
            and (partner := pronoun_partner(analysis, i, ents)) is not None
        ):
            rest = partner  # "واستعرض الملك مع وزير الدفاع …، كما بحث معه"
        if (
            generic
            and rest is not None
            and _bare(toks[i].norm) in _PLEDGES
            and any(
                toks[k].norm[:1] == "ب" and len(toks[k].norm) > 3 for k in range(i + 1, rest[0])
            )
        ):
            # what is pledged follows بـ, and what it is for names no addressee: "تعهد
            # جمهوريون ببذل جهدهم لإثناء إدارة أوباما", "تعهد بوتين باستضافة كأس عالم"
            rest = None
        return actor, rest
    # nominal trigger: "قام X بـ<masdar>", agent cue, or an idafa naming a known party
    if generic and i > 0 and _bare(toks[i - 1].norm) in _ATTENDING:
        return None, None  # "حضر اللقاء وزير الدولة ...": who attended is no side of it
    giver = _support_from(analysis, i, ents) if generic and trig.type in _GIVEN_TO else None
    if giver is None and generic and trig.type in _GIVEN_TO:
        giver = _set_off_backing(analysis, i, ents)
    if giver is not None and _bare(toks[i].norm)[:1] == "ب":
        # "وشنت القوات الموالية بدعم جوي من التحالف هجمات": the coalition gives, the
        # subject of the clause gets it
        return giver, _backed_subject(analysis, i, ents)
    if generic and (met := _partner_before_masdar(analysis, i, ents)) is not None:
        return met  # "ووقعت المديرية العامة للجوازات مؤخرا مع البريد السعودي اتفاقية"
    actor = (
        _light_verb_subject(analysis, i, ents)
        or (_achiever(analysis, i, ents) if generic else None)
        or _support_verb_subject(analysis, i, ents)
        or _agent_cue(analysis, i, ents)
        or (generic_support_subject(analysis, i, ents) if generic else None)
        or (_stance_subject(analysis, i, ents) if generic else None)
        or (_pronoun_doer(analysis, i, ents) if generic else None)
        or (_ruling_doer(analysis, i, ents) if generic and trig.type == "COERCE" else None)
    )
    if (
        generic
        and actor is None
        and trig.type == "REQUEST"
        and i + 2 < len(toks)
        and toks[i + 1].norm == "من"
        and not _bare(toks[i].norm).startswith("ال")
        and not _pronoun_suffix(analysis, i)  # "طلبه من الشؤون": the one asked
        and not _break_between(analysis, i, i + 1)
    ):
        asker = _asked_from(analysis, i + 1, ents)
        if asker is not None and recipient_kind(analysis, asker, ents) == "party":
            # a request from a party is that party's: "نزولا عند طلب من حركة طالبان",
            # "بطلب من الحكومة العراقية"
            return asker, None
    if generic and actor is None and trig.type == "CONSULT" and toks[i].norm.startswith("لل"):
        traveller = _support_verb_subject(analysis, i, ents, verbs=_TRAVEL_VERBS, window=10)
        if traveller is not None:
            # "وصل الرئيس إلى بيروت للقاء رئيس الحكومة": who travelled meets; the
            # meeting's genitive is whom he meets
            met = (
                _phrase_from(analysis, i + 1, limit=2, ents=ents)
                if i + 1 < len(toks)
                and not _break_between(analysis, i, i + 1)
                and is_actorish(analysis, i + 1, ents)
                else None
            )
            if met is None and i + 1 < len(toks) and toks[i + 1].norm == "مع":
                met = recipient_after(analysis, i + 1, ents)  # "للاجتماع مع نظيره"
            return traveller, met
    if (
        actor is None
        and i + 1 < len(toks)
        and not _break_between(analysis, i, i + 1)
        and not (trig.mode == "visit" and toks[i + 1].norm in _VISIT_KINDS)
    ):
        nxt = toks[i + 1]
        named = (i + 1) in ents and is_actorish(analysis, i + 1, ents)
        nisba = nxt.norm.endswith(("ي", "يه")) and not nxt.norm.startswith("ال")
        head = (
            _key(nxt.norm) in GENERIC_HEADS
            or (
                generic
                and is_actorish(analysis, i + 1, ents)
                and (
                    not _nisba_adjective(nxt.norm)
                    # people named by a plural nisba undergo the act: "احتجاز القرويين"
                    or trig.type in _PATIENT_IDAFA
                    and nxt.norm.endswith(("يين", "يون"))
                )
            )
            # a visit's definite title is the visitor: "زيارة الوزير الأمريكي إلى الرياض"
            or (
                generic
                and trig.mode == "visit"
                and nxt.norm.startswith("ال")
                and _title_head(nxt.norm)
            )
        )
        if named or (head and nxt.norm[:1] not in "بل" and not nisba):
            term = _phrase_from(analysis, i + 1, limit=2, ents=ents)
            place = named and ents[i + 1][2] in ("LOC", "GPE")
            if generic and trig.mode == "visit" and place:
                return None, term  # "زيارة موسكو": the place visited
            if (
                generic
                and trig.type == "CONSULT"
                and place
                and country_of_name(analysis.text[toks[term[0]].start : toks[term[1] - 1].end])
                is None
            ):
                return None, None  # "مباحثات جنيف": where the talks are, no side of them
            if (
                _PATIENT_FAMILIES.intersection(trig.families)
                or (
                    generic
                    and trig.type in _PATIENT_IDAFA
                    and not _lam_object(analysis, _past_adjectives(analysis, term[1], ents))
                )
                # "رفض الاحتلال", "إدانة الاحتلال": the occupation is what one opposes
                or (generic and trig.type in ("REJECT", "ACCUSE") and nxt.norm in _MASDAR_BODIES)
            ):
                # "دعم الحكومة", "اعتقال الناشطين", "اغتيال الأمين العام للحزب": the term
                # undergoes the act; the doer of a generic masdar is a genitive only when
                # a لـ-object follows ("دعم روسيا للنظام")
                return None, term
            if (
                generic
                and trig.type == "REQUEST"
                and not named
                and recipient_kind(analysis, term, ents) == "thing"
            ):
                return None, None  # "لطلب العون العسكري": what is asked for, no party
            actor = term
            if generic:
                # "اتهامات المعارضة للحكومة", "دعم روسيا للنظام": the لـ-phrase undergoes it
                party = _lam_party(analysis, term[1], ents)
                lam = _past_adjectives(analysis, term[1], ents)
                if party is None and _lam_object(analysis, lam):
                    party = _nationality_phrase(analysis, lam)  # "رفض مصر للتدخل الإيراني"
                if party is not None:
                    return actor, party
    if actor is None and giver is not None:
        return giver, None  # "بدعم من هيئة أسواق المال": support from a party, who gives it
    if not generic:
        return actor, None
    after_actor = actor[1] if actor and actor[0] > i else i + 1
    # (the agent after من قبل, من طرف, من جانب or بواسطة)
    cue = 1 if actor is not None and actor[0] > 0 and toks[actor[0] - 1].norm == "بواسطه" else 2
    if (
        actor is not None
        and actor[0] >= i + 3
        and (cue == 1 or toks[actor[0] - 2].norm == "من" and toks[actor[0] - 1].norm in _BY_SIDE)
        and (before_agent := recipient_after(analysis, i + 1, ents)) is not None
        # the one undergoing it, right before من قبل or a time or place phrase before it
        # ("تم توقيف المعتدي في حينه من قبل الجهات الأمنية"), or after "others" or an
        # adjective ("القبض على أربعة أشخاص آخرين من طرف فرقة الإرشاد")
        and actor[0] - cue
        in (
            before_agent[1],
            _skip_frames(analysis, before_agent[1], ents),
            _past_others(analysis, before_agent[1], ents),
        )
    ):
        # the agent named after من قبل comes last: "تم القبض على الجاني من قبل الشرطة"
        return actor, before_agent
    while (
        trig.mode == "visit" and after_actor < len(toks) and toks[after_actor].norm in _VISIT_KINDS
    ):
        after_actor += 1  # "زيارة دولة إلى فرنسا": the kind of visit is no party
    if (
        trig.mode == "visit"
        and trig.kind == "noun"
        and (visited := _visited_with_lam(analysis, after_actor, ents))
    ):
        return actor, visited  # "قام المحافظ بزيارة لدار الإيواء", "زيارته لأقسام المستشفى"
    if trig.type in _GIVEN_TO:
        # (past the masdar's adjectives: "ودعمه الكبير | للجمعية")
        given = _lam_party(analysis, after_actor, ents) or (
            _lam_party(analysis, _past_adjectives(analysis, after_actor, ents), ents)
            if trig.kind == "noun"
            else None
        )
        if given is not None:
            return actor, given  # "مساعدات إغاثية للشعب اليمني": the لـ-phrase receives
    if (
        trig.type == "ACCUSE"
        and trig.kind == "noun"
        and actor is not None
        and actor[1] <= i
        and (accused := _lam_party(analysis, after_actor, ents)) is not None
    ):
        # a charge levelled by a doer before it, through a light verb: "ووجهت النيابة
        # اتهامات للمتهمين": the لـ-phrase is the one charged
        return actor, accused
    genitive_doer = actor is not None and actor[0] == i + 1
    if trig.kind == "noun" and (genitive_doer or _pronoun_suffix(analysis, i)):
        # "وأثار دعم واشنطن للمعارضة السورية غضب موسكو", "وجدد الاتحاد مطالبته للحكومة
        # بـ": the genitive right after the masdar, or its pronoun, does it; the
        # لـ-phrase after it undergoes it
        lam = _past_adjectives(analysis, actor[1] if genitive_doer else i + 1, ents)
        if _lam_object(analysis, lam) and (
            party := _lam_party(analysis, lam, ents) or _nationality_phrase(analysis, lam)
        ):
            return actor, party
    if (
        trig.type == "COERCE"
        and trig.kind == "noun"
        and actor is None
        and _pronoun_suffix(analysis, i)
        # (not "قبضها على", whose ها is the doer, nor "الذين تم اعتقالهم من أعضاء
        # الجماعة", whose من-phrase says who they are)
        and (i + 1 >= len(toks) or toks[i + 1].norm not in ("علي", "على", "من"))
    ):
        # "تم اعتقاله وإحالته على النيابة": the pronoun is the one held, and a party
        # after it is where he is sent (not "قبضها على", whose ها is the doer)
        return actor, None
    found = recipient_after(analysis, after_actor, ents)
    if (
        trig.type == "COERCE"
        and found is None
        and after_actor < len(toks)
        and toks[after_actor].norm in _ON_THEM
    ):
        for k in range(i - 1, max(-1, i - 5), -1):
            if support_verb(analysis, k):
                # "القذافي الذي ألقى مسلحون القبض عليه": the one arrested is what الذي
                # refers to
                held = _relative_antecedent(analysis, k, ents)
                if held is not None:
                    return actor, held
                break
    if trig.type == "COERCE" and after_actor < len(toks) and toks[after_actor].norm in _FRAME_TIME:
        # "القبض مساء أمس الأربعاء على مرتكبي": when, then who
        framed = _skip_frames(analysis, after_actor, ents)
        if framed < len(toks) and toks[framed].norm in ("علي", "على"):
            after_actor = framed
    if (
        trig.type == "COERCE"
        and after_actor + 1 < len(toks)
        and toks[after_actor].norm in ("علي", "على")
        and (arrested := arrested_after(analysis, after_actor + 1, ents)) is not None
    ):
        if found is not None and arrested[0] < found[0] < arrested[1]:
            # "القبض على تسعة مشتبه بهم", "على أحد الأشخاص": the count is part of who
            return actor, (arrested[0], found[1])
        if found is None or found[0] >= arrested[1]:
            # "ألقت الجهات الأمنية القبض على الهكر «مرجوج هزازي»", "على الشاب": who
            # is seized on is a person, whatever the noun; a party named later is not
            # ("القبض على أحدهم وتحويله لهيئة التحقيق")
            return actor, arrested
    if actor is not None and found is not None and found[0] == i + 1:
        # "أكدت الخارجية رفض مصر الكامل للتدخل الإيراني": a genitive before a لـ-object
        # is the masdar's doer; what it is done to is the لـ-phrase
        lam = _past_adjectives(analysis, found[1], ents)
        if _lam_object(analysis, lam):
            return actor, _lam_party(analysis, lam, ents) or _nationality_phrase(analysis, lam)
    return actor, found


_OTHERS_COUNTED = {"اخر", "اخري", "اخرين", "اخرون", "اخريات"}


def _past_others(analysis: Analysis, j: int, ents: EntityIndex) -> int:
    """Past "others" and adjectives after a counted noun at j ("أربعة أشخاص آخرين")."""
    toks = analysis.tokens
    while (
        j < len(toks) and toks[j].norm in _OTHERS_COUNTED and not _break_between(analysis, j - 1, j)
    ):
        j += 1
    return _past_adjectives(analysis, j, ents, indefinite=True)


def _past_adjectives(
    analysis: Analysis, j: int, ents: EntityIndex, indefinite: bool = False
) -> int:
    """Past the adjectives of a masdar, before its لـ-object: definite nisbas and manner
    adjectives ("رفض مصر الكامل للتدخل"), and with ``indefinite`` indefinite nisbas too
    ("مساعدات إغاثية للشعب اليمني")."""
    toks = analysis.tokens
    while (
        j < len(toks)
        and j not in ents
        and (
            _nisba_adjective(toks[j].norm)
            or (indefinite and _indefinite_nisba(toks[j].norm))
            or toks[j].norm in _MANNER_ADJECTIVES
        )
        and not _break_between(analysis, j - 1, j)
    ):
        j += 1
    return j


def _nationality_phrase(analysis: Analysis, j: int) -> tuple[int, int] | None:
    """A noun with a nationality adjective at j: "للتدخل الإيراني" (a state's act)."""
    toks = analysis.tokens
    if (
        j + 1 < len(toks)
        and _nisba_adjective(toks[j + 1].norm)
        and demonym_country(toks[j + 1].norm)
        and not _break_between(analysis, j, j + 1)
    ):
        return j, j + 2
    return None


# what kind of visit it is, not who pays it: "زيارة عمل", "زيارة دولة", "زيارة تفقدية"
_VISIT_KINDS = {"عمل", "دوله", "رسميه", "خاصه", "تفقديه", "مجامله", "قصيره", "سريعه"}
# (a lightning visit, not a kidnapper's: "قام بزيارة خاطفة إليها رئيس الوزراء")
_VISIT_KINDS |= {"خاطفه", "مفاجيه", "تاريخيه", "ميدانيه"}


# cardinals that count a plural noun after them, with the feminine forms (ثلاث منظمات)
_CARDINALS = lexicon.NUMBER_WORDS | {
    "ثلاث",
    "اربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
    "عده",
}


def _counted_subject(
    analysis: Analysis, trig: Trigger, after: tuple[int, int], ents: EntityIndex
) -> bool:
    """Counted bodies or people right after a verb of speech or stance are its subject:
    "أدانت ثلاث منظمات حقوقية دولية تجاهل ...", "ودعت عدة دول". After an attack or an
    arrest the unvowelled verb is often passive ("قتل ثلاثة جنود"), so not there."""
    toks = analysis.tokens
    j = after[0]
    first = _skip_adverbs(analysis, trig.index + 1)
    if j == first + 1 and toks[first].norm[:1].isdigit() and trig.mode != "visit":
        # the phrase read without its digits: "20 | نائبا" (a visit's are the places
        # visited: "زار 5 دول")
        j, after = first, (first, after[1])
    return (
        trig.type not in ("ASSAULT", "COERCE")
        and j == first
        and j + 1 < after[1]
        and (toks[j].core in _CARDINALS or toks[j].norm[:1].isdigit())
        and (
            ents.get(j + 1, (0, 0, ""))[2] in _ACTOR_ENTITY_TYPES
            or _party_word(toks[j + 1].norm)
            or _accusative_party(toks[j + 1].norm)  # "طالب 30 نائبا"
        )
    )


# "تؤيد بقية الكتل النظام", "وانتقد الكثير من الجمهوريين"
_PARTITIVES = ("عدد", "بعض", "احد", "كثير", "بقيه", "الكثير", "العديد")


def _nominative_partitive(analysis: Analysis, i: int, head: int) -> bool:
    """A partitive in the nominative right after the verb is its subject: "طالب عدد من
    المرضى ذويهم بـ", "وطالب بعض الأهالي" (the accusative, عدداً، بعضاً, is an object)."""
    toks = analysis.tokens
    if _bare(toks[i].norm).endswith(("يت", "تم")):
        return False  # the verb carries its subject: "التقيت العديد من الشخصيات"
    q = _skip_adverbs(analysis, i + 1)
    if head == q and _bare(toks[q].norm) in _PARTITIVES:
        # the phrase found starts at the partitive itself: "رفض أحد ممثلي الشركة"
        head = q + 1
        while head < len(toks) and toks[head].norm == "من":
            head += 1
        if head >= len(toks) or _break_between(analysis, q, head):
            return False
    word = toks[head].norm
    people = (
        _party_word(word)
        or word.endswith(("ين", "ون"))
        or _bare(word).removeprefix("ال") in _PARTITIVE_PEOPLE
        or construct_plural(analysis, head)  # "عدد من مناصري النظام"
    )  # (not topics: "بحث عدد من المسائل")
    return (
        people
        and q < head
        and _bare(toks[q].norm) in _PARTITIVES
        and all(toks[k].norm == "من" for k in range(q + 1, head))
    )


def _support_from(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The giver named after من after a support noun, past its adjectives and the other
    backing nouns it is joined to: "بدعم من هيئة أسواق المال", "بدعم جوي من التحالف",
    "بدعم وتنسيق من قوات التحالف", "بدعم لامحدود من معالي مدير الأمن"."""
    toks = analysis.tokens
    frm = _past_backing_words(analysis, i + 1)
    if frm + 1 >= len(toks) or toks[frm].norm != "من":
        return None
    at = frm + 1
    if at + 1 < len(toks) and _bare(toks[at].norm) in _BACKING_MEANS:
        at += 1  # "بدعم من غارات التحالف": the coalition, through its air strikes
    if not _break_between(analysis, i, at) and (
        at in ents or _party_word(toks[at].norm) or toks[at].norm in HONORIFIC_OPENERS
    ):
        return _phrase_from(analysis, at, limit=3, ents=ents)
    return None


# the means of a backing, whose genitive is the giver: "بدعم من غارات التحالف", "بتأييد
# كبير من جانب الحزبين"
_BACKING_MEANS = {"غارات", "ضربات", "طيران", "غطاء", "جانب"}
# nouns of backing: after بـ they can say with whose backing the clause's act was done
_BACKING_NOUNS = {"دعم", "مسانده", "مساعده", "تاييد", "اسناد"}
# what may stand between a backing noun and its giver: the nouns joined to it ("بدعم
# وتنسيق من", "بدعم ورعاية سمو الأمير") and words of kind or degree ("بدعم جوي من",
# "بدعم لامحدود من", "بمساعدة كثيفة من")
_BACKING_BETWEEN = {
    "وتنسيق",
    "واهتمام",
    "ورعايه",
    "وتوجيه",
    "ومتابعه",
    "ومسانده",
    "ودعم",
    "ومساعده",
    "وتاييد",
    "كبير",
    "كبيره",
    "كامل",
    "كثيف",
    "كثيفه",
    "لامحدود",
    "مباشر",
    "مباشره",
    "قوي",
    "قويه",
    "جوي",
    "بري",
    "فني",
}


def _past_backing_words(analysis: Analysis, j: int) -> int:
    """Past the words of ``_BACKING_BETWEEN`` and indefinite nisbas from token j (at most
    three), none across punctuation."""
    toks = analysis.tokens
    start = j
    while (
        j < len(toks)
        and j - start < 3
        and (toks[j].norm in _BACKING_BETWEEN or _indefinite_nisba(toks[j].norm))
        and not _break_between(analysis, j - 1, j)
    ):
        j += 1
    return j


def _set_off_backing(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The giver of a backing noun after بـ that is set off from what comes before it, by
    a comma or a و ("وبدعم طيران التحالف تقدمت القوات", "، بمساعدة غارات التحالف"): its
    genitive, when that is a party, backs the act and does not undergo it (as it does in
    "تعهد بدعم المعارضة")."""
    toks = analysis.tokens
    w = toks[i].norm
    if not (w[:1] == "ب" or w[:2] == "وب") or w.lstrip("و")[1:] not in _BACKING_NOUNS:
        return None
    if not (w[:1] == "و" or i == 0 or _break_between(analysis, i - 1, i)):
        return None
    j = _past_backing_words(analysis, i + 1)
    if j >= len(toks) or _break_between(analysis, j - 1, j):
        return None
    if toks[j].norm in ("بعض", "غالبيه", "معظم") and j + 1 < len(toks):
        j += 1  # "وبدعم بعض الجهات الخاصة"
    if j in ents or toks[j].norm in HONORIFIC_OPENERS or _party_word(toks[j].norm):
        return _phrase_from(analysis, j, limit=3, ents=ents)
    return None


# "بناء على طلب", "نزولا عند طلب": what was done at a party's request
_AT_REQUEST = {"علي", "عند"}
# the singulars of duals that name two parties: "الناديين", "الفريقين"
_PARTY_DUAL_HEADS = {"النادي", "الفريق", "الطرف", "الجانب", "البلد"}


def _party_dual(norm: str) -> bool:
    """Two parties in the genitive dual ("الناديين"), which _dual_singular leaves alone as
    the ending of a plural too."""
    return norm.endswith("ين") and norm[:-2] in _PARTY_DUAL_HEADS


def _on_request_of(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(who asked, who was asked) for an act done at a party's request: "وعقد مجلس الأمن
    جلسة طارئة بطلب من فرنسا", "بناء على طلب الحكومة": the party after طلب asked, the
    clause's subject did what was asked (None when the clause names none)."""
    toks = analysis.tokens
    w = _bare(toks[i].norm)
    if (
        not (w in ("بطلب", "وبطلب") or (w == "طلب" and i > 0 and toks[i - 1].norm in _AT_REQUEST))
        or i + 1 >= len(toks)
        or _break_between(analysis, i, i + 1)
    ):
        return None
    if toks[i + 1].norm == "من":
        asker = _asked_from(analysis, i + 1, ents)
    elif (
        (i + 1) in ents
        or is_actorish(analysis, i + 1, ents)
        # people and bodies: "على طلب الناديين", "بناء على طلب أهله"
        or _party_word(toks[i + 1].norm)
        or _party_dual(toks[i + 1].norm)
    ):
        asker = _phrase_from(analysis, i + 1, ents=ents)  # "بناء على طلب الحكومة"
    else:
        return None
    if asker is None or (
        recipient_kind(analysis, asker, ents) != "party"
        and not _kin_with_pronoun(toks[asker[0]].norm)  # "بناء على طلب أهله"
        and not _party_dual(toks[asker[0]].norm)  # "على طلب الناديين"
    ):
        return None
    return asker, _clause_subject_before(analysis, i - (w == "طلب"), ents)


def _clause_subject_before(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party subject of the nearest verb before i in the same clause, whatever stands
    between (its object, a time, a place): "ألقت السلطات السويسرية القبض على سبعة مسؤولين
    على مستوى عال بطلب من" -> السلطات السويسرية."""
    toks = analysis.tokens
    for k in range(i - 1, max(-1, i - 15), -1):
        if _break_between(analysis, k, k + 1) or toks[k].norm in _CLAUSE_START:
            return None  # (not past "أن": "أعلنت الوزارة أن الاجتماع عقد بطلب من")
        if k in ents:
            continue
        opens = k == 0 or _break_between(analysis, k - 1, k) or toks[k].norm[:1] in "وف"
        if (
            verb_like(analysis, k, ents)
            # (a masdar with the article is no verb: "للموافقة على طلب الناديين")
            or (
                analysis.verb_trigger_at(k)
                and not toks[k].norm.startswith(("ال", "لل", "بال", "وال"))
            )
            or _bare(toks[k].norm) in _THROWING  # "ألقت القبض", its hamza gone
            or (opens and perfect_verb_like(toks[k]))
        ):
            subject = subject_after(analysis, k, ents)
            if subject is None or subject[0] != k + 1 or subject[1] > i:
                subject = subject_before(analysis, k, ents)
            if (
                usable(analysis, subject, ents)
                and subject[1] <= i
                and recipient_kind(analysis, subject, ents) == "party"
            ):
                return subject
            return None
    return None


def _backed_subject(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Who had the backing named at i: the subject of the clause's verb before it
    ("أرسلت المقاومة الشعبية بدعم من التحالف العربي قوات"), through a support verb
    ("شنت القوات الموالية بدعم جوي هجمات") or any verb whose subject runs up to it."""
    found = _support_verb_subject(analysis, i, ents, _GENERIC_SUPPORT_VERBS, window=9)
    if found is not None:
        return found
    found = _masdar_doer_before(analysis, i, ents)
    if found is not None:
        return found
    toks = analysis.tokens
    for k in range(i - 1, max(-1, i - 8), -1):
        if _break_between(analysis, k, k + 1):
            return None
        if k in ents or toks[k].norm.startswith(("ال", "وال")):
            continue
        opens = k == 0 or _break_between(analysis, k - 1, k) or toks[k].norm[:1] in "وف"
        # a perfect only where a clause opens: "في جنوب اليمن بدعم" has no verb
        if verb_like(analysis, k, ents) or (opens and perfect_verb_like(toks[k])):
            subject = subject_after(analysis, k, ents)
            if (
                subject is not None
                and subject[0] == k + 1
                and subject[1] >= i - 1
                and usable(analysis, (subject[0], min(subject[1], i)), ents)
                and recipient_kind(analysis, (subject[0], min(subject[1], i)), ents) == "party"
            ):
                return subject[0], min(subject[1], i)
            return None
    return None


def _masdar_doer_before(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The doer a masdar takes as its genitive right before the backing at i: "مع تنفيذ
    القوات العراقية | بدعم من الحشد الشعبي عمليات" (the Iraqi forces get the backing)."""
    toks = analysis.tokens
    k = i
    while k > 0 and i - k < 4 and not _break_between(analysis, k - 1, k):
        if k - 1 in ents:
            k = ents[k - 1][0]
        elif toks[k - 1].norm.startswith("ال"):
            k -= 1
        else:
            break
    if k == i or k == 0 or _break_between(analysis, k - 1, k):
        return None
    if not derived_masdar(toks[k - 1].norm) or toks[k - 1].norm.startswith("ال"):
        return None
    rng = (k, i)
    return rng if recipient_kind(analysis, rng, ents) == "party" else None


_FREEING_VERBS = {"اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "سيطلق", "ستطلق"}


# what kind of release, not who is released: "إطلاق سراح مشروط" (parole)
_RELEASE_KINDS = {"مشروط", "مشروطا", "موقت", "موقتا", "مبكر", "مبكرا", "فوري", "فورا"}


def _freeing(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(who frees, who is freed) for سراح: "أطلقت السلطات سراح المعتقلين", "وجرى إطلاق
    سراح بعض المعتقلين" (the masdar names no doer): the freed follow سراح."""
    toks = analysis.tokens
    j = i + 1
    if (
        j < len(toks)
        and not _break_between(analysis, i, j)
        and (j in ents or _party_word(toks[j].norm) or is_actorish(analysis, j, ents))
    ):
        freed = _phrase_from(analysis, j, ents=ents)  # (no adjective of a phrase before)
    elif (
        j < len(toks)
        and not _break_between(analysis, i, j)
        and toks[j].norm not in STOP
        and toks[j].core not in CORE_STOP
        and not toks[j].norm[:1].isdigit()
        and toks[j].norm[:1] not in "بل"
        and toks[j].norm not in _RELEASE_KINDS
        and not verb_like(analysis, j, ents)
    ):
        # the genitive of سراح is whoever is freed, whatever the word: "سراح ويب"
        freed = _phrase_from(analysis, j, ents=ents)
    else:
        freed = recipient_after(analysis, j, ents)
    for k in range(i - 1, max(-1, i - 7), -1):
        if _break_between(analysis, k, k + 1):
            break
        if _bare(toks[k].norm) in _FREEING_VERBS:
            doer = subject_before(analysis, k, ents)
            if not usable(analysis, doer, ents):
                doer = subject_after(analysis, k, ents)
                if doer is not None and doer[1] > i:
                    doer = (doer[0], i) if doer[0] < i else None
            return (doer if usable(analysis, doer, ents) else None), freed
    return None, freed


def _definite_plural_party(norm: str) -> bool:
    """A definite party word in a plural: "الأحزاب", "الدول", "المنظمات"."""
    return (
        norm.startswith("ال")
        and _party_word(norm)
        and (norm.endswith(("ات", "ون", "ين")) or norm[2:3] == "ا" or _plural_title(norm))
    )


# verbs of getting: their subject receives the support or aid named after them
_RECEIVING = {
    "حصل",
    "حصلت",
    "حصلوا",
    "تلقي",
    "تلقت",
    "تلقوا",
    "نال",
    "نالت",
    "يتلقي",
    "تتلقي",
    "تسلم",
    "تسلمت",
    "تسلموا",
    "استلم",
    "استلمت",
    # enjoying support: "ويحظى قادروف بدعم الرئيس الروسي", "لقي دعم أربعة اتحادات"
    "حظي",
    "حظيت",
    "حظوا",
    "يحظي",
    "تحظي",
    "لقي",
    "لقيت",
    "لاقي",
    "لاقت",
}
# facing or meeting with it, or stirring it: "واجهت الحكومة اتهامات من منظمات",
# "وقوبل المقترح برفض من الحكومة", "وأثار القرار رفضا من عدد من السكان" (the one
# stirring it is its target when it is a party); only with its giver named after من
# (تعرض is also "presents": "تعرض البعثة نتائج مباحثاتها"; subjected to takes لـ or إلى)
_FACING = {
    "واجه",
    "واجهت",
    "يواجه",
    "تواجه",
    "تعرض",
    "تعرضت",
    "يتعرض",
    "تتعرض",
    "قوبل",
    "قوبلت",
    "اثار",
    "اثارت",
}
_RECEIVING |= _FACING


# prepositions and particles that end a long subject: past them a masdar is not the
# object of the verb before the subject
_NAME_BREAKS = {"في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "خلال", "الذي", "التي", "ان"}


# a sum of money given: "بمبلغ 50 مليون ريال", "بقيمة"
_SUMS = {"بمبلغ", "مبلغ", "بقيمه", "قيمتها", "قيمته", "بلغت"}


def _received_from(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """(giver, receiver) of an act a party got: "حصلت الحكومة على «دعم قوي» من حلف شمال
    الأطلسي", "وتلقت الإدارة دعما من", "تسلمت الشركة موافقة وزارة الصحة". The giver
    follows من after the masdar, or is its genitive; None when no verb of getting
    governs the masdar."""
    toks = analysis.tokens
    verb = None
    for k in range(i - 1, max(-1, i - 26), -1):
        if _break_between(analysis, k, k + 1) and not set(
            analysis.text[toks[k].end : toks[k + 1].start]
        ) <= set(' «"“'):
            return None
        if _bare(toks[k].norm) in _RECEIVING:
            verb = k
            break
    if verb is None:
        return None
    nxt = verb + 1
    while nxt < i and (_time_word(toks[nxt].norm) or toks[nxt].norm in lexicon.TIME_NOW):
        nxt += 1  # "تعرض صباح اليوم إلى تهديد"
    if (
        toks[verb].norm == "تعرض"
        and nxt < len(toks)
        and toks[nxt].norm[:1] != "ل"
        and toks[nxt].norm not in ("الي", "علي")
    ):
        return None  # "تعرض البعثة نتائج": presents, no act undergone
    if (
        i - 1 == verb + 1
        and i - 1 not in ents
        and _construct_noun(toks[i - 1].norm)
        and not _time_word(toks[i - 1].norm)  # "تلقى أمس اتصالا"
    ):
        return None  # what was got is the noun the masdar completes: "تسلم أوامر الانسحاب"
    if i - verb > 6 and any(
        verb_like(analysis, k, ents) or _bare(toks[k].norm) in _NAME_BREAKS
        for k in range(verb + 1, i)
    ):
        # far from the masdar, the verb governs it only through one long subject ("تلقى
        # صاحب السمو الملكي الأمير ... ولي العهد اتصالا"), no clause or phrase between
        return None
    receiver = subject_after(analysis, verb, ents)
    if receiver is None or receiver[0] >= i or not usable(analysis, receiver, ents):
        receiver = subject_before(analysis, verb, ents)
    if receiver is None and verb > 0 and toks[verb - 1].norm in _HE_THAT:
        receiver = speaker(analysis, verb - 1, ents)  # "وأشار الحربي إلى أنه تلقى اتصالا"
    if receiver is not None and not usable(analysis, receiver, ents):
        receiver = None
    giver = None
    # (past the sum given: "تلقى دعما ماديا بمبلغ 50 مليون ريال | من الأمير")
    reach = (
        10 if any(_bare(toks[k].norm) in _SUMS for k in range(i + 1, min(len(toks), i + 4))) else 6
    )
    for k in range(i + 1, min(len(toks) - 1, i + reach)):
        gap = set(analysis.text[toks[k - 1].end : toks[k].start]) - set(' «»"“”')
        if gap:
            break
        by = (
            toks[k].norm == "من"
            and toks[k + 1].norm in ("قبل", "طرف")
            and k + 2 < len(toks)
            and not _break_between(analysis, k, k + 2)
        )
        if by:
            k += 1  # "من قبل أحد الملتحين", "من طرف أحد الأشخاص": by
        if by or (toks[k].norm == "من" and toks[k + 1].norm not in _NOT_ASKED_FROM):
            found = _phrase_from(analysis, k + 1, limit=3, ents=ents)
            some = (
                toks[k + 1].norm in _PARTITIVES
                and k + 3 < len(toks)
                and toks[k + 2].norm == "من"
                and (k + 3 in ents or _party_word(toks[k + 3].norm))
                and not _break_between(analysis, k + 1, k + 3)
            )
            if some:
                # some of a party: "رفضا من عدد من المواطنين"
                found = k + 1, _phrase_from(analysis, k + 3, limit=3, ents=ents)[1]
            elif (
                toks[k + 1].norm in _PARTITIVES
                and k + 2 < len(toks)
                and (k + 2 in ents or _party_word(toks[k + 2].norm))
            ):
                some = True  # "من بعض الأهالي"
            if usable(analysis, found, ents) and (
                found[0] in ents
                or is_actorish(analysis, found[0], ents)
                or _party_word(toks[found[0]].norm)
                or toks[found[0]].norm in HONORIFIC_OPENERS  # "من فخامة الرئيس"
                or some
            ):
                giver = found
                while (
                    giver[1] + 1 < len(toks)
                    and toks[giver[1]].norm.startswith("وال")
                    and giver[1] not in ents
                    and not _break_between(analysis, giver[1] - 1, giver[1])
                ):
                    # "من المنظمات والقيادات الإسلامية": both give it
                    giver = giver[0], _phrase_from(analysis, giver[1], limit=3, ents=ents)[1]
            break
    if receiver is not None and i - verb > 6 and receiver[0] == verb + 1 and receiver[1] < i:
        receiver = (receiver[0], i)  # the long subject runs up to the masdar
    # the genitive gives it, past the nouns joined to the masdar and a count: "موافقة
    # وزارة الصحة", "بدعم ورعاية سمو أمير المنطقة", "دعم أربعة اتحادات"
    j = _past_backing_words(analysis, i + 1) if toks[i].norm[:1] == "ب" else i + 1
    counted = j < len(toks) and _bare(toks[j].norm) in _CARDINALS and j + 1 < len(toks)
    if counted:
        j += 1
    if (
        giver is None
        and j < len(toks)
        and not _break_between(analysis, i, j)
        and (
            j in ents
            or is_actorish(analysis, j, ents)
            or toks[j].norm in HONORIFIC_OPENERS
            or (counted and _party_word(toks[j].norm))
            # parties in the plural: "حصل تسيبراس على دعم الأحزاب السياسية"
            or (_definite_plural_party(toks[j].norm))
        )
        and not (j in ents and ents[j][2] == "LOC" and not _is_state(analysis, j))
        # not an adjective of the masdar: "مساعدات عسكرية دولية" says its kind
        and not (j not in ents and toks[j].norm.endswith(("ي", "يه")))
    ):
        giver = _phrase_from(analysis, j, limit=3, ents=ents)
    if giver is None and _bare(toks[verb].norm) in _FACING:
        return None  # "أثار استنكار النقابات": the masdar's own roles
    return giver, receiver


# verbs of attending: their subject was present at the meeting, not a side of it
_ATTENDING = {"حضر", "حضرت", "حضره", "حضرها", "يحضر", "تحضر", "حضروا"}


# object pronouns written on a verb (or a masdar), longest first
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def verb_without_object_pronoun(analysis: Analysis, i: int, w: str | None = None) -> str | None:
    """The trigger form the word at i (its core, or ``w``) is without the object pronoun
    written on it: "طالبه" -> طالب, "اتهمتها" -> اتهمت, "اعتقلوه" -> اعتقلوا (the
    pronoun hides the plural's alif); None when it carries none ("اتهم": no هم in it)."""
    tok = analysis.tokens[i]
    surface = analysis.text[tok.start : tok.end]
    w = tok.core if w is None else w
    forms = lexicon_forms()
    for pronoun in OBJECT_PRONOUNS:
        if surface.endswith(pronoun) and len(w) > len(pronoun) + 2:
            stem = w[: -len(pronoun)]
            if stem.endswith("و") and stem + "ا" in forms:
                return stem + "ا"
            if stem in _SHORT_VERB_HOSTS:
                return stem  # "هنأهم": the lexicon lists هنأ only with its pronouns
            return stem if stem in forms else None
    return None


# three-letter verbs (and حث) whose masdar has another shape, so with an object pronoun
# they are the verb: "وهنأهم", "هددهم المحققون", "وزارهم", "دعاهم", "حثهم"; the bare
# هنأ (هنا, here) is listed in the lexicon only with its pronouns
_SHORT_VERB_HOSTS = {"هنا", "هدد", "زار", "دعا", "حث"}


def _object_pronoun(analysis: Analysis, i: int) -> bool:
    """The verb at i carries an object pronoun: without it, the word is still a form of
    a trigger ("طالبه" -> طالب, "استقبلها" -> استقبل), unlike "اتهم" (no هم in it)."""
    return verb_without_object_pronoun(analysis, i) is not None


def coordinated_subject(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES, circumstantial: bool = False
) -> tuple[int, int] | None:
    """The subject a verb joined by و/ف shares with the verb before it in the sentence:
    "ودان الوزراء الجرائم، واتفقوا على خطة", "وأكد الوزير أهمية التعاون وطالب بـ".
    Only the nearest verb before counts, and only a named party or a party word. With
    ``circumstantial``, a participle with no conjunction: "رحبت الجامعة بالهدنة، داعية"."""
    toks = analysis.tokens
    norm = toks[i].norm
    if not circumstantial and (i < 2 or norm[:1] not in "وف" or len(norm) < 4):
        return None
    if (
        not circumstantial
        and _pronoun_suffix(analysis, i)
        and not _verb_with_object_pronoun(analysis, i)
    ):
        return None  # (a word with a pronoun may be a masdar: "وتدخلاتها ودعمها")
    verbs = {t.index for t in analysis.triggers if t.kind == "verb"}
    comma = False  # a comma since the verb: a relative clause before it has closed
    relative = _closed_relative_clauses(analysis, i)
    for j in range(i - 1, max(-1, i - 30), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in '.:;؛!?؟«»"' for c in gap):
            return None
        comma = comma or any(c in "،," for c in gap)
        if j in relative:
            continue  # "رحبت الأمم المتحدة بالهدنة التي قرر التحالف إرساءها ...، ودعت"
        if toks[j].norm in lexicon.RELATIVE:
            if comma:
                continue  # "شكر مغردون أمير مكة الذي وصفوا توجيهه بالحازم، وطالبوا"
            return None  # "التي ترتكبها": another clause's verb, not a coordinated one
        opens = (
            j == 0
            or toks[j].norm[:1] in "وف"
            or _break_between(analysis, j - 1, j)
            or toks[j - 1].norm in _CLAUSE_OPENERS  # "فيما رحبت الجامعة ... ودعت"
            # "وقد هرعت الشرطة إلى موقع الحادثة وقبضت"
            or (
                toks[j - 1].norm in ("قد", "وقد", "لقد")
                and (j == 1 or _break_between(analysis, j - 2, j - 1))
            )
        )
        if (
            j not in verbs
            and toks[j].norm[:1] in "تي"
            and toks[j].norm[:1] == norm[1:2]
            and verb_like(analysis, j, ents)
        ):
            # an imperfect of the same person after its subject: "أن منظمة العفو
            # الدولية تطلق النداء الثاني ...، وتطالب القضاء"
            found = subject_before(analysis, j, ents)
            if (
                found is not None
                and usable(analysis, found, ents)
                and (found[0] in ents or _party_word(toks[found[0]].norm))
            ):
                return found
            continue
        if j > 0 and toks[j - 1].norm in ("الى", "الي"):
            continue  # a masdar, whatever its shape: "دعا إلى وقف القتال واتهم"
        if not opens and toks[j].norm in _TIES_MASDARS and j not in ents:
            continue  # the masdar after a decision's subject: "وأعلنت 7 دول قطع علاقاتها"
        if j in ents and j not in verbs:
            continue  # a word of a name, whatever its shape: "وائل أبو فاعور"
        if not circumstantial and not opens and j not in verbs and perfect_verb_like(toks[j]):
            # SVO after أن: "وأوضحت أن الولي تمسك برأيه وهدّد", "ان أحد الاشخاص قام
            # بسكب البنزين على جسده وهدّد"
            found = subject_before(analysis, j, ents)
            if (
                found is not None
                # (قد may stand between: "أن الوحدات الأمنية قد باشرت الأبحاث وتمكنت")
                and (found[1] == j or found[1] == j - 1 and toks[j - 1].norm == "قد")
                and found[0] > 0
                and toks[found[0] - 1].norm in _THAT_CLAUSE
                and usable(analysis, found, ents)
                and recipient_kind(analysis, found, ents) == "party"
            ):
                return found
        if (
            # not a masdar: "التمويل", "منذ اعتقال محمدي"
            (
                j in verbs
                and not _bare(toks[j].norm).startswith(("ال", "بال", "لل"))
                and not derived_masdar(toks[j].norm)
            )
            or _bare(toks[j].norm) in _SPEECH_VERBS
            or (opens and (perfect_verb_like(toks[j]) or _lam_perfect(toks[j])))
        ):
            if j > 0 and toks[j - 1].norm in lexicon.RELATIVE:
                continue  # a relative clause inside the first clause: skip its verb
            # SVO: the subject before that verb; VSO (the verb opens its clause): after it
            # (past a light verb it starts with: "وقامت الوحدات الأمنية | بمداهمة")
            found = trim_verbs(analysis, subject_before(analysis, j, ents))
            if found is None or not usable(analysis, found, ents):
                # (a verb in -وا has its subject before it or in itself, never after:
                # "حيث التقوا تيمور جنبلاط ... وطالبوه")
                after = opens and not _plural_verb(toks[j].norm)
                found = subject_after(analysis, j, ents) if after else None
                if found is not None and not (
                    found[1] <= i and (found[0] in ents or _party_word(toks[found[0]].norm))
                ):
                    found = None
            if (
                found is not None
                and usable(analysis, found, ents)
                and (found[0] in ents or toks[found[0]].norm[:1] not in "بل")  # "بقوات كبيرة"
                and (
                    found[0] in ents
                    or _party_word(toks[found[0]].norm)
                    or _armed_unit(analysis, found[0])  # "الوحدات الأمنية"
                )
            ):
                return found
            if found is None and (
                (_plural_verb(toks[j].norm) and _plural_verb(norm))
                or (_feminine_perfect(toks[j].norm) and _feminine_perfect(norm))
            ):
                # "ورفع الصحفيون الأعلام، وأحرقوا العلم، ودعوا": a chain of -وا; "منعت
                # قوات الاحتلال ...، واعتدت عليهم ... واعتقلت": a chain of -ت
                continue
            return None
    return None


# what opens a clause with its subject first: "أن الولي تمسك"
_THAT_CLAUSE = {"ان", "بان", "وان", "لان", "انه", "انها"}


# the words after which a bare form that is also a masdar is the masdar: أنّ and إنّ
# take a noun, and so does the noun of a frame ("في ظل رفض", "رغم رفض")
_BEFORE_MASDAR = {"ان", "لان", "بان", "ظل", "رغم", "برغم", "بسبب", "اثر", "عقب", "بعد"}


def masdar_position(analysis: Analysis, i: int) -> bool:
    """The trigger at i, a bare three-letter form (رفض، دعم، طلب), stands where only a
    noun can: right after أنّ/إنّ or a frame's noun, so it is the masdar, whose genitive
    is its doer ("أن رفض السلطات انتهاك لحقوقهم")."""
    toks = analysis.tokens
    return (
        i > 0
        and len(toks[i].norm) == 3
        and (
            toks[i - 1].norm in _BEFORE_MASDAR
            # one's request, after a preposition: "الموافقة على طلب الناديين"
            or (toks[i].norm == "طلب" and toks[i - 1].norm in _AT_REQUEST)
        )
        and not _break_between(analysis, i - 1, i)
    )


def apposed_holder(analysis: Analysis, actor: tuple[int, int], ents: EntityIndex) -> int | None:
    """The end of a person's name set off by a comma right after a title phrase, with the
    act charged or asked right after the name ("الأمين العام للأمم المتحدة، بان كي مون
    بأشد العبارات", "العميد بالجيش العراقي السابق، أحمد البيلاوي باستخدام"); None else."""
    toks = analysis.tokens
    k = actor[1]
    named = ents.get(k)
    if (
        named is None
        or named[0] != k
        or named[2] != "PERSON"
        or named[1] >= len(toks)
        or not set(analysis.text[toks[k - 1].end : toks[k].start]) & {"،", ","}
        or not any(_title_head(toks[m].norm) for m in range(actor[0], actor[1]))
        or _break_between(analysis, named[1] - 1, named[1])
    ):
        return None
    return named[1] if _act_starts(toks[named[1]].norm) else None


def _act_starts(norm: str) -> bool:
    """The act charged or asked starts here: a بـ-word or إلى/على after a name."""
    return norm[:1] == "ب" or norm in _COMPLEMENT_PREPS


def _lam_perfect(tok: Tok) -> bool:
    """A three-letter perfect in ل after و, which the verb shape leaves out for the
    preposition's sake: "ولجأ المرافقون ...، مطالبين" (no two-letter noun follows a
    fused و and ل)."""
    return (
        len(tok.norm) == 4
        and tok.norm.startswith("ول")
        and tok.norm not in _WA_LAM_WORDS
        and tok.norm[1:] not in STOP
        and not tok.norm.endswith(("ه", "ي"))
    )


# و + ل + a pronoun or a particle: no verbs
_WA_LAM_WORDS = {"ولها", "ولهم", "ولهن", "ولنا", "ولكم", "ولذا", "ولما", "ولقد", "ولعل", "ولمن"}
_WA_LAM_WORDS |= {"ولكن", "ولدي", "ولكل", "ولست", "وليس", "ولسن"}


def first_person_verb(analysis: Analysis, i: int) -> bool:
    """The verb at i is in the first (or second) person by a shape no third person has:
    a hollow verb shortened before its ت ("زرت", not زارت) or a defective one keeping
    its ي/و ("التقيت", "دعوت", "التقينا"; she met is التقت). The doer is the writer or
    the speaker, and the phrase after it is the object: "عندما زرت مايكروسوفت"."""
    tok = analysis.tokens[i]
    bare = _bare(tok.norm)
    if bare == tok.norm and tok.norm[:1] in "وف" and tok.core == tok.norm[1:]:
        bare = bare[1:]  # (a short one _bare keeps: "وزرت")
    return (
        analysis.verb_trigger_at(i)
        and (
            (len(bare) == 3 and bare.endswith("ت") and bare[:2] in _HOLLOW_STEMS)
            or (len(bare) >= 5 and bare.endswith(("يت", "وت", "يتم", "ينا")))
            # we do it: an imperfect in ن whose third person in ي is a trigger form
            # ('"نهنئ رشيد على اختياره"', "نطالب الحكومة")
            or (
                len(bare) >= 4
                and bare[0] == "ن"
                and "ي" + bare[1:] in lexicon_forms()
                and "ي" + bare not in lexicon_forms()  # (not a root ن: نفذ، يننفذ)
            )
        )
    )


# the shortened stems of the hollow trigger verbs: زار -> زرت
_HOLLOW_STEMS = {"زر"}


def _feminine_perfect(norm: str) -> bool:
    """A perfect in -ت after its conjunction ("واعتدت", "واعتقلت"): she did it."""
    return norm[:1] in "وف" and len(norm) >= 5 and norm.endswith("ت") and not norm.endswith("ات")


def _plural_verb(norm: str) -> bool:
    """A perfect in -وا (they did), which only people take as subject; with an object
    pronoun the alif drops: "وطالبوه", "واتهموهم"."""
    return (len(norm) > 4 and norm.endswith("وا")) or (
        len(norm) > 5 and norm.endswith(("وه", "وها", "وهم", "وهما", "ونا", "وني"))
    )


def _verb_with_object_pronoun(analysis: Analysis, i: int) -> bool:
    """A verb trigger carrying an object pronoun whose stem no masdar shares: "وطالبهم",
    "واتهمه" (four letters or more, not the article's, not a derived masdar; "ودعمهم" may
    be the masdar دعم)."""
    if not analysis.verb_trigger_at(i):
        return False
    tok = analysis.tokens[i]
    written = analysis.text[tok.start : tok.end]
    bare = _bare(tok.norm).lstrip("وف")
    for suffix in OBJECT_PRONOUNS:
        if written.endswith(suffix):
            host = bare[: -len(suffix)]
            if host in _SHORT_VERB_HOSTS:
                return True
            return len(host) >= 4 and not host.startswith("ال") and not derived_masdar(host)
    return False


# the acts whose object pronoun stands for their recipient, and the preposition that
# carries it after a noun trigger: "القبض عليه", "الإفراج عنهم", "طلب منها"
PRONOUN_OBJECT_TYPES = {"COERCE", "CONCEDE", "REQUEST", "ACCUSE"}
_PRONOUN_PREPOSITION = {"COERCE": ("على", "علي"), "CONCEDE": ("عن",), "REQUEST": ("من",)}
# the agreement a pronoun asks of its antecedent: he, she (or things), they
_PRONOUN_AGREEMENT = {"ه": "m", "ها": "f", "هم": "p"}
_ANTECEDENT_WINDOW = 30


def object_pronoun_of(analysis: Analysis, i: int, event_type: str) -> str | None:
    """The agreement ("m", "f", "p") of the pronoun that stands for the trigger's
    recipient: written on a verb ("وطالبهم", "اعتقلته الشرطة"), on an arrest's masdar
    ("تم اعتقاله", "بعد توقيفهم"; not "قبضها على", whose ها is the doer), or on the
    preposition after a noun ("القبض عليه", "الإفراج عنها", "طلب منهم"); None otherwise
    (a dual's agreement is left alone)."""
    toks = analysis.tokens
    tok = toks[i]
    written = analysis.text[tok.start : tok.end]
    nxt = toks[i + 1].norm if i + 1 < len(toks) and not _break_between(analysis, i, i + 1) else ""
    if object_pronoun_verb(analysis, i):
        return next((a for p, a in _PRONOUN_AGREEMENT.items() if written.endswith(p)), None)
    word = _bare(tok.norm)
    if event_type == "CONCEDE" and "فر" not in word:
        return None  # only a release ("الإفراج عنه"), not "تراجعت عنه" (a position)
    for prep in _PRONOUN_PREPOSITION.get(event_type, ()):
        if nxt.startswith(prep) and nxt[len(prep) :] in _PRONOUN_AGREEMENT:
            if event_type == "REQUEST" and (
                not analysis.verb_trigger_at(i) or word.startswith(("ب", "ل", "ال"))
            ):
                return None  # "بطلب منه": at his request, he is the one who asks
            return _PRONOUN_AGREEMENT[nxt[len(prep) :]]
    if event_type == "ACCUSE" and nxt.startswith("ب") and len(nxt) > 2:
        # a charge after the masdar: "واتهامه بالتخطيط", "لاتهامها بالتشجيع"
        for pronoun in OBJECT_PRONOUNS:
            host = word.lstrip("وفل")[: -len(pronoun)]
            if written.endswith(pronoun) and len(host) >= 4 and host[-2] == "ا":
                return _PRONOUN_AGREEMENT.get(pronoun)
    if (
        event_type == "COERCE"
        and not analysis.verb_trigger_at(i)
        and not nxt.startswith(("على", "علي", "ال"))
    ):
        for pronoun in OBJECT_PRONOUNS:
            host = _bare(tok.norm).removeprefix("ال")[: -len(pronoun)]
            if written.endswith(pronoun) and len(host) >= 4 and derived_masdar(host):
                return _PRONOUN_AGREEMENT.get(pronoun)
    return None


_ASKED_PRONOUNS = {"منه", "منها", "منهم", "منهما", "مني", "منا", "منكم"}


def asked_by_pronoun(analysis: Analysis, i: int) -> bool:
    """A request verb right before من with a pronoun ("طلب منهم المدير المغادرة", "فطلبت
    منه السلطات العودة"): the pronoun is the one asked, and what follows the doer is the
    act asked for, no party. Not a masdar after a preposition ("بطلب منه": his request)."""
    toks = analysis.tokens
    return (
        analysis.verb_trigger_at(i)
        and i + 1 < len(toks)
        and toks[i + 1].norm in _ASKED_PRONOUNS
        and not _break_between(analysis, i, i + 1)
        and not _bare(toks[i].norm).startswith(("ب", "ل", "ال"))
    )


def without_asked_act(
    analysis: Analysis, i: int, rng: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The doer after "طلب منهم" without the masdar of the act asked for that the phrase
    ran into ("المدير المغادرة" -> "المدير")."""
    if rng is not None and rng[0] == i + 1 and rng[1] - rng[0] >= 2:
        rng = i + 2, rng[1]  # "فطلب مني الوالي": the pronoun is no part of the doer
    if rng is None or rng[0] <= i + 1 or rng[1] - rng[0] < 2:
        return rng
    last = analysis.tokens[rng[1] - 1]
    surface = analysis.text[last.start : last.end]
    if last.norm.startswith("ال") and indefinite_masdar(last.norm[2:], surface[2:]):
        return rng[0], rng[1] - 1
    return rng


def object_pronoun_verb(analysis: Analysis, i: int) -> bool:
    """A verb, by its shape and place, with an object pronoun ("واتهمه", "طالبوه",
    "اعتقلته"); not a noun with its possessive that the lexicon lists among the verb's
    forms: a plural ("محادثاتها"), a masdar after a preposition or a time noun ("بناء على
    طلبه", "خلال زيارته")."""
    if not _verb_with_object_pronoun(analysis, i) or not _object_pronoun(analysis, i):
        return False
    toks = analysis.tokens
    host = verb_without_object_pronoun(analysis, i) or ""
    word = _bare(toks[i].norm)
    if (
        host.endswith("ات")
        or word.startswith("ب")
        or (word.startswith("ل") and word[1:2] not in ("ي", "ت", "ن"))
        # a masdar's long vowel before its last root letter: "اتهامه", "إدانته"
        or (len(host) >= 4 and (host[-2] == "ا" or host[-3:-1] == "ان" and host[-1] == "ت"))
    ):
        return False
    if i == 0 or _break_between(analysis, i - 1, i):
        return True
    before = _bare(toks[i - 1].norm)
    # "وما يطلبه الجمهور": the pronoun stands for ما, a thing asked for
    return (
        before not in _NOT_GOVERNING
        and before not in _BEFORE_POSSESSED
        and before not in ("ما", "وما", "مما", "فيما")
    )


def _agreement_of(analysis: Analysis, k: int) -> str:
    """The agreement a party word at k takes by its form: "p" for a sound masculine
    plural (المتهمين), a people plural (الدعاة، السكان) or a counted noun (22 باكستانيا),
    "f" for a written ta marbuta (السيدة), else "m"."""
    toks = analysis.tokens
    tok = toks[k]
    written = analysis.text[tok.start : tok.end]
    bare = _bare(tok.norm).removeprefix("ال")
    if (
        _counted_at(analysis, k)
        or (len(bare) >= 5 and bare.endswith(("ين", "ون")))
        or bare in _PEOPLE_PLURAL_HEADS
        or bare in _GENERIC_PEOPLE  # broken plurals: "على سكان القرى ... وطالبهم"
        or _participle_construct(tok.norm)
    ):
        return "p"
    if written.endswith("ة"):
        return "p" if bare in PEOPLE_IN_TA_BARE else "f"
    return "m"


PEOPLE_IN_TA_BARE = {w.removeprefix("ال") for w in _PEOPLE_IN_TA}


def _counted_at(analysis: Analysis, k: int) -> bool:
    """The word at k follows a number: "22 باكستانيا", "أربعة آخرين"."""
    toks = analysis.tokens
    if (
        _without_tanween(_bare(toks[k].norm)) in _DURATION_UNITS
        or toks[k].norm.lstrip("و")[:1].isdigit()
    ):
        return False  # a span of time or a number, no people: "بين 11 و15 عاماً"
    return k > 0 and (toks[k - 1].norm[:1].isdigit() or _bare(toks[k - 1].norm) in _CARDINALS)


def pronoun_antecedent(
    analysis: Analysis,
    i: int,
    agreement: str,
    ents: EntityIndex,
    actor_rng: tuple[int, int] | None,
    states: bool = False,
) -> tuple[int, int] | None:
    """The nearest party before the trigger at i, in its sentence and clause run, that
    agrees with the pronoun standing for the recipient: a person or body named
    ("تامارا سامسونوفا ... باعتقالها"), with ``states`` a state for "her" ("سخرت من
    كينيا وهددتها"), or a people word heading its phrase ("اتهمت الوافد بسحرهم وتم
    القبض عليه", "أبا قتادة، والذي تم الإفراج عنه"); not the actor, nor a genitive
    whose head is itself a party word ("رئيس الوزراء")."""
    toks = analysis.tokens
    relative = next(
        (r for r in range(i - 1, max(-1, i - 4), -1) if toks[r].norm.lstrip("و") in _RELATIVES),
        None,
    )
    if object_pronoun_verb(analysis, i):
        relative = None  # "الاتحاد الذي يتهمها": the relative is the verb's subject
    if relative is not None:
        # "الأموال التي سيتم الإفراج عنها": the pronoun stands for the relative's
        # antecedent, right before it, which must be a party itself
        i = relative
    k = i - 1
    if relative is None and analysis.verb_trigger_at(i) and not conjunction_at(analysis, i, ents):
        # the phrase right before a verb is its subject: "ضابط عراقي طلب منه" (not before
        # a verb joined by و, which shares the first verb's: "التقى المصابين وهنأهم")
        own = subject_before(analysis, i, ents)
        if own is not None:
            k = own[0] - 1
        else:
            j = i - 1
            while (
                j > 0
                and (_nisba_adjective(toks[j].norm) or _indefinite_nisba(toks[j].norm))
                and not _break_between(analysis, j, j + 1)
            ):
                j -= 1  # the adjectives of a subject: "ضابط عراقي"
            if j >= 0 and not _break_between(analysis, j, i) and _party_word(toks[j].norm):
                k = j - 1
    while k >= max(0, i - _ANTECEDENT_WINDOW):
        if any(c in _CLAUSE_END for c in analysis.text[toks[k].end : toks[k + 1].start]):
            return None
        if relative is not None and k < relative - 2:
            return None
        if actor_rng is not None and actor_rng[0] <= k < actor_rng[1]:
            k -= 1
            continue
        if k in ents and not _radio_band(analysis, ents[k][0]):
            a, b, label = ents[k]
            if (
                label == "PERSON"
                and agreement in ("m", "f")
                # (a body in ة is no "him": "تنظمه جمعية النحالين وتدعمه")
                or label == "ORG"
                and not (agreement == "m" and toks[a].norm.endswith("ه"))
                or label == "GPE"
                and states
                and agreement == "f"
                # (not where one goes or is: "فرارها إلى تونس")
                and not (a > 0 and toks[a - 1].norm in ("الي", "في", "داخل", "نحو"))
            ) and not _attending(analysis, a):
                return a, b
            k = min(k, a) - 1
            continue
        norm = toks[k].norm
        before = _bare(toks[k - 1].norm) if k > 0 else ""
        counted = _counted_at(analysis, k)
        if (
            norm.startswith("ال")
            and k > 0
            and k not in ents
            and not _break_between(analysis, k - 1, k)
            and _bare(toks[k - 1].norm) not in STOP
            and _bare(toks[k - 1].norm) not in AUXILIARIES  # "وكان المشتبه به": its subject
            and (analysis.verb_trigger_at(k - 1) or verb_like(analysis, k - 1, ents))
            and _agreement_of(analysis, k) == agreement
            and recipient_kind(analysis, (k, k + 1), ents) == "thing"
            and not _is_state(analysis, k)
        ):
            # a thing, the object of the verb before, is the nearest that agrees: "وتنظم
            # المهرجان جمعية النحالين وتدعمه" (the festival, no party)
            return None
        # a genitive whose head is itself a party word ("رئيس الوزراء"), or one who
        # attends ("بحضور وزير الصحة"), is not the one meant
        governed = (
            k > 0
            and not _break_between(analysis, k - 1, k)
            and (
                before in _CHAIR_WORDS
                or before in ("هذا", "هذه", "ذلك", "تلك")  # "في هذا الجانب"
                or (_construct_noun(toks[k - 1].norm) and _party_word(toks[k - 1].norm))
            )
        )
        if (
            not governed
            and not _nisba_adjective(norm)  # "في سجن اتحادي"
            # "خلفا للدكتور" (but the people met after ب: "التقى بالموظفين، وهنّأهم")
            and (
                not norm.startswith(("ب", "ل"))
                or counted
                or norm.startswith("بال")
                and len(norm) > 7
                and norm.endswith(("ين", "ون"))
                and _party_word(norm[1:])
            )
            and (_party_word(norm) or counted)
            and _agreement_of(analysis, k) == agreement
            and usable(analysis, (k, k + 1), ents, counted=True)
        ):
            start = k - 1 if counted else k
            if (
                start == k > 0
                and norm.startswith("ال")
                and toks[k - 1].norm.startswith("ال")
                and _party_word(toks[k - 1].norm)
                and not _break_between(analysis, k - 1, k)
                # (not the doer before his object: "عايد المدير | المنومين ... وزارهم")
                and not (actor_rng is not None and actor_rng[0] <= k - 1 < actor_rng[1])
                and _agreement_of(analysis, k - 1) == agreement
            ):
                start = k - 1  # the head before its adjective: "الرئيس السنغافوري"
            end = min(_phrase_from(analysis, k, limit=3, ents=ents)[1], i)
            # not the verb after it: "خمسة نيباليين | ألقي القبض عليهم"
            end = next(
                (
                    j
                    for j in range(k + 1, end)
                    if analysis.verb_trigger_at(j)
                    or verb_like(analysis, j, ents)
                    or support_verb(analysis, j)
                ),
                end,
            )
            return trim_verbs(analysis, (start, end))
        k -= 1
    return None


_CLAUSE_OPENERS = {"فيما", "بينما", "كما", "ثم", "حيث"}


def _attending(analysis: Analysis, a: int) -> bool:
    """The name at a is one who attends, after بحضور and his title: "التقوا تيمور جنبلاط
    بحضور وزير الصحة العامة وائل أبو فاعور، وطالبوه" asks the one met, not him."""
    toks = analysis.tokens
    for k in range(a - 1, max(-1, a - 6), -1):
        if _break_between(analysis, k, k + 1):
            return False
        if toks[k].norm in ("بحضور", "وبحضور"):
            return True
    return False


def _closed_relative_clauses(analysis: Analysis, i: int) -> set[int]:
    """Tokens before i inside a relative clause that a comma closed before i: from the
    relative pronoun up to the comma. Its verbs have their own subjects."""
    toks = analysis.tokens
    inside: set[int] = set()
    for r in range(max(0, i - 30), i):
        if toks[r].norm not in lexicon.RELATIVE:
            continue
        for c in range(r + 1, i + 1):
            if any(ch in "،," for ch in analysis.text[toks[c - 1].end : toks[c].start]):
                inside.update(range(r, c))
                break
    return inside


# honorific pronouns that stand for a named dignitary: "ودعا سماحته", "واستقبل سموه"
_HONORIFIC_PRONOUNS = {
    "سموه",
    "سماحته",
    "معاليه",
    "فخامته",
    "جلالته",
    "سعادته",
    "فضيلته",
    "دولته",
}
_SOME_PEOPLE = {"البعض", "الجميع", "كثيرون", "اخرون", "الكثيرون", "العموم"}


def _honorific_pronoun_after(analysis: Analysis, i: int) -> tuple[int, int] | None:
    j = i + 1
    if j + 1 < len(analysis.tokens) and analysis.tokens[j].norm in _WHEREIN:
        j += 1  # "حيث طلب فيه معاليه من"
    if j < len(analysis.tokens) and analysis.tokens[j].norm in _HONORIFIC_PRONOUNS:
        return j, j + 1
    return None


def _people_then_asked(
    analysis: Analysis, trig: Trigger, after: tuple[int, int], ents: EntityIndex
) -> bool:
    """ "طالب نشطاء جميع الولايات بسن قوانين": people right after a verb of asking or
    accusing, then a party before the act asked or charged: the people are the subject
    and the party the one asked (not "المرضى وأطباؤهم", one subject, nor "فرصة
    للإدلاء", a thing asked for)."""
    toks = analysis.tokens
    if trig.type not in _ADDRESSED_TYPES or after[0] != trig.index + 1:
        return False
    if not _party_word(toks[after[0]].norm):
        return False
    k = after[1]
    if (
        k + 1 < len(toks)
        and toks[k].norm in _SOME_PEOPLE
        and toks[k + 1].norm in ("ان", "بان")
        and not _break_between(analysis, k - 1, k + 1)
    ):
        return True  # "وطالب الخطباء الجميع أن يتحملوا"
    asked = object_before_complement(analysis, k, ents)
    return (
        asked is not None
        and toks[asked[0]].norm[:1] != "و"
        and recipient_kind(analysis, asked, ents) != "thing"
    )


_AROUSE = {"اثار", "اثارت", "يثير", "تثير", "اثاروا"}


def aroused_by(analysis: Analysis, i: int) -> int | None:
    """The form of أثار in the clause before the masdar at i ("أثارت تصريحاته استنكار")."""
    toks = analysis.tokens
    for v in range(i - 1, max(-1, i - 6), -1):
        if _break_between(analysis, v, v + 1):
            return None
        if toks[v].norm.lstrip("و") in _AROUSE:
            return v
    return None


def _aroused_roles(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """ "وأثارت تصريحات المالكي استنكار الحكومة السعودية": a stance masdar that a thing
    aroused is done by the masdar's genitive (or its من-phrase: "إدانة واسعة من المجتمع
    الدولي") and directed at the named party whose act aroused it; None when no form of
    أثار stands in the clause before the masdar."""
    toks = analysis.tokens
    verb = aroused_by(analysis, i)
    if verb is None:
        return None
    j = i + 1
    while (
        j < min(len(toks), i + 3)
        and j not in ents
        and not toks[j].norm.startswith("ال")
        and toks[j].norm.endswith(("ه", "ي"))
        and toks[j].norm != "من"
    ):
        j += 1  # an adjective: "إدانة واسعة", "استنكار شديد"
    if j < len(toks) and toks[j].norm == "من":
        j += 1
    if j >= len(toks) or _break_between(analysis, j - 1, j) or _break_between(analysis, i, i + 1):
        actor = None
    elif j in ents or is_actorish(analysis, j, ents) or _party_word(toks[j].norm):
        actor = _phrase_from(analysis, j, ents=ents)
    else:
        actor = None
    owner = next(
        (k for k in range(verb + 1, i) if k in ents and ents[k][2] in ("PERSON", "ORG", "GPE")),
        None,
    )
    if owner is not None:
        recipient = (ents[owner][0], ents[owner][1])
    else:  # a party word in what aroused it: "تصريحات الرئيس"
        k = next((k for k in range(verb + 1, i) if is_actorish(analysis, k, ents)), None)
        recipient = _phrase_from(analysis, k, ents=ents) if k is not None else None
        if recipient is not None and recipient[1] > i:
            recipient = (recipient[0], i)
    return actor, recipient


def _subject_before_time(analysis: Analysis, after: tuple[int, int], ents: EntityIndex) -> bool:
    """ "كما استقبل الربيعة أمس وزير العدل": in verb, phrase, time word, phrase, the time
    word closes the subject; the party after it is the object."""
    toks = analysis.tokens
    j = after[1]
    if j >= len(toks) or _break_between(analysis, j - 1, j):
        return False
    if toks[j].norm not in lexicon.TIME_NOW and _day_before_yesterday(analysis, j) == j:
        return False
    k = _skip_adverbs(analysis, j)
    if k >= len(toks) or k == j or _break_between(analysis, k - 1, k):
        return False
    if toks[k].norm in STOP or verb_like(analysis, k, ents) or toks[after[0]].norm in STOP:
        return False
    return k in ents or is_actorish(analysis, k, ents) or _title_head(toks[k].norm)


def _subject_before_channel(analysis: Analysis, after: tuple[int, int]) -> bool:
    """ "ودعت القناة في بيان لها اليوم، السلط المعنية، إلى": the phrase right after the
    verb, then the statement it speaks in: the phrase is who speaks."""
    toks = analysis.tokens
    j = after[1]
    return (
        j + 1 < len(toks)
        and toks[j].norm in ("في", "عبر")
        and not _break_between(analysis, j - 1, j + 1)
        and _bare(toks[j + 1].norm).removeprefix("ال") in _SPEECH_CHANNELS
        # (not "في خطابه": his speech, whose "he" is the doer; the phrase is the object)
        and not _pronoun_suffix(analysis, j + 1)
        and toks[after[0]].norm not in STOP
        and not _accusative_party(toks[after[0]].norm)  # "انتقد مسؤولا أمريكيا في"
    )


def _accusative_tanween(analysis: Analysis, j: int) -> bool:
    """The word at j is an indefinite noun in the accusative, its tanween written with
    an alif ("أحزابًا", "جنودا"): an object, no subject. Not a dual in construct, with
    its definite genitive after it ("رجلا الأعمال")."""
    toks = analysis.tokens
    norm = toks[j].norm
    if norm.startswith("ال") or not norm.endswith("ا") or len(norm) < 4:
        return False
    if j + 1 < len(toks) and toks[j + 1].norm.startswith("ال"):
        return False
    return _party_word(norm[:-1]) and _bare(norm) not in _PEOPLE_FORMS


def _generic_subject_after(
    analysis: Analysis, trig: Trigger, after: tuple[int, int], ents: EntityIndex
) -> bool:
    """Whether the phrase right after a generic verb is its subject: a title, people
    ("ينتقد كوادر وقادة", "وافقت عليها الدول"), or a name the NER found only in part
    ("اتهم ألبرت ديل روساريو")."""
    head = analysis.tokens[after[0]].norm
    if _title_head(head) or _first_name_before(analysis, after[0], ents):
        return True
    if _occupation_name_start(analysis, after, ents) >= 0:
        return True  # "اتهم الكيميائي الكوري الشمالي ري يونغ تشول السلطات"
    if (
        after[0] == trig.index + 1
        and after[1] - after[0] >= 2
        and head[:1] not in "وفبل"
        and not head.startswith("ال")
        and after[0] not in ents
        # (not a quantifier, whose definite form is "everyone": "ناشد جميع أبناء الأمة")
        and head not in QUANTIFIERS
        and head not in _ALL
        and _party_word("ال" + head)
        and _genitive_chain_end(analysis, after[0], ents) > 0
        and not _accusative_tanween(analysis, after[0])
    ):
        return True  # a body in construct: "طلبت رئاسة إقليم كردستان العراق من"
    if (
        head.startswith("ال")
        and demonym_country(head)
        and ents.get(after[0] + 1, (0, 0, ""))[2] == "PERSON"
        and _opens_clause(analysis, trig.index)
    ):
        return True  # a nationality before a name: "وطالب البوليفي كارلوس تشافيز"
    if ents.get(after[0], (0, 0, ""))[2] == "PERSON" and not _possessed(analysis, after[0]):
        return True  # a named person right after the verb: "وحثّ «الصالح» الجميع على"
    if (
        after == (trig.index + 1, trig.index + 2)
        and after[0] not in ents
        and _nisba_adjective(head)
        and head.endswith("ي")  # a masculine name, not a noun in -ية (القضية)
        and demonym_country(head) is None
        and after[1] < len(analysis.tokens)
        and _asks_next(analysis, after[1])
        and perfect_verb_like(analysis.tokens[trig.index])
    ):
        # a family name alone right after the verb, its complement after it: "وطالب
        # الصرخي بإصدار قرار" (a nisba right after a verb describes nothing before it)
        return True
    if after[0] == trig.index + 1 and _indefinite_nominative(analysis, after):
        return True  # "طالب خبير اقتصادي بضرورة", "وانتقدت وسائل إعلام ألمانية"
    if _accusative_tanween(analysis, after[0]):
        return False  # "وانتقد أحزابًا كردية", "وساندت زوجًا": the object
    # "يتهم قريبه سليمان": a party with a possessive is the object
    calling = trig.type == "REQUEST" and _key(head) in _CALLING_GATHERINGS
    if not (_party_word(head) or calling) or _possessed(analysis, after[0]):
        return False
    return trig.type != "REQUEST" or _asker_after_request(analysis, after, ents)


# people named by what they do, which a phrase of their own makes a party only with an
# adjective: "خبير اقتصادي", "مصدر أمني", "وسائل إعلام ألمانية" (alone, خبير or مصدر is
# also "expert" as an adjective or a source of income)
_ROLE_NOUNS = {"خبير", "محلل", "مراقب", "باحث", "كاتب", "مواطن", "شاهد", "مصدر", "ناقد", "وسايل"}
_MEDIA = {"اعلام", "الاعلام"}


def _indefinite_nominative(analysis: Analysis, after: tuple[int, int]) -> bool:
    """A person or party word without the article, then an indefinite relative adjective,
    neither with the accusative alif ("خبير اقتصادي", "مسؤول أمريكي", "منظمة حقوقية";
    an object reads "خبيرا اقتصاديا"): the phrase is nominative, so right after a verb it
    is the subject, not the one the verb is done to. "وسائل إعلام" (the media) counts as
    one word."""
    toks = analysis.tokens
    first = after[0]
    noun = toks[first].norm  # (right after the verb: no conjunction; وسائل starts with و)
    j = first + 1
    if noun == "وسايل" and j < len(toks) and toks[j].norm in _MEDIA:
        j += 1  # وسائل إعلام ألمانية
    if j >= len(toks) or j >= after[1] + 1 or _break_between(analysis, j - 1, j):
        return False
    if noun.startswith("ال") or noun.endswith(("ا", "ي", "ء")):
        return False  # definite, or an accusative alif (or a word whose case is not seen)
    if not (noun in _ROLE_NOUNS or _party_word(noun)) or _possessed(analysis, first):
        return False
    adjective = toks[j].norm
    written = analysis.text[toks[j].start : toks[j].end]
    return (
        not written.startswith("ال")  # the article, not the hamza of ألمانية
        and len(adjective) >= 5
        and adjective.endswith(("ي", "يه"))
        and not adjective.endswith(("يا", "يين"))
    )


def _asks_next(analysis: Analysis, j: int) -> bool:
    """Token j opens the act asked for or charged: إلى/على, or a بـ-word."""
    norm = analysis.tokens[j].norm
    return norm in _ASK_PREPS or (norm[:1] == "ب" and len(norm) > 4 and norm not in MANNER_ADVERBS)


# gatherings whose resolutions call on others: "دعا المؤتمر العربي ... إلى" (as the
# object of other acts they are no party: "انسحب من المؤتمر الصحفي")
_CALLING_GATHERINGS = {_key("موتمر")}


def _asker_after_request(analysis: Analysis, after: tuple[int, int], ents: EntityIndex) -> bool:
    """A party after a verb of asking is more often the one asked ("يطالب الاتحاد
    بالرحيل"); it is the one asking when it is a nominative -ون plural or holders'
    title, when a party follows it ("دعت اللجان الشعبية في محافظة تعز المواطنين"), or
    when it is an institution not right before its بـ-complement ("ودعت الهيئة إلى
    الضغط", "وحثت مديرية السجون بمنطقة جازان المتقدمات"; people after دعا are the ones
    called on: "ودعا الشباب إلى")."""
    toks = analysis.tokens
    head = toks[after[0]].norm
    if _plural_title(head) or head.endswith("ون"):
        return True
    if recipient_after(analysis, after[1], ents) is not None:
        return True
    k = _skip_frames(analysis, after[1], ents)
    if k + 1 < len(toks) and toks[k].norm == "كل" and toks[k + 1].norm == "من":
        return True  # "وتدعو عائلة المفقود كل من لديه معلومة": whoever is called on
    if _key(head) not in _BODY_HEADS and _key(head) not in _CALLING_GATHERINGS:
        return False
    complement = (
        after[1] < len(toks)
        and toks[after[1]].norm[:1] == "ب"
        and toks[after[1]].norm[1:] not in _PLACE_NOUNS
        and after[1] not in ents
    )
    return not complement


# aid and support go to the party after لـ
_GIVEN_TO = {"AID", "SUPPORT"}
# masdars that take their party with لـ: given to, or aimed at
_PARTY_WITH_LAM_TYPES = _GIVEN_TO | {
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "REQUEST",
    "COERCE",
}


# adjectives of a masdar of support between its doer and the لـ-party
_MANNER_ADJECTIVES = {
    "الكامل",
    "الكامله",
    "المستمر",
    "المستمره",
    "المتواصل",
    "المتواصله",
    "الكبير",
    "الكبيره",
    "القوي",
    "القويه",
    "المطلق",
    "المطلقه",
    "الدايم",
    "الدايمه",
    "الثابت",
    "الثابته",
    "السخي",
}


# places one visits, named after لـ: "زيارة لدار الإيواء", "لأقسام المستشفى"
_VISITED_PLACES = _PLACE_HEADS | {
    "دار",
    "اقسام",
    "قسم",
    "مدرسه",
    "جامعه",
    "كليه",
    "جمعيه",
    "مستشفي",
    "مخيم",
    "موقع",
    "مواقع",
    "مشروع",
    "مشاريع",
    "معرض",
    "مصنع",
    "دوله",
    "بلاد",
}


def _visited_with_lam(analysis: Analysis, j: int, ents: EntityIndex) -> tuple[int, int] | None:
    """What a visit named by its masdar is to, after لـ right after it: a party or a
    place ("بزيارة للمصابين", "زيارته لأقسام المستشفى", "زيارة الوزير لمصر"); not a
    purpose ("زيارة للتعزية")."""
    toks = analysis.tokens
    if j >= len(toks) or _break_between(analysis, j - 1, j):
        return None
    norm = toks[j].norm
    if norm[:1] != "ل" or norm in STOP or len(norm) < 3:
        return None
    if j in ents and ents[j][0] == j:
        return ents[j][0], ents[j][1]  # "لمصر", "للمملكة"
    word = "ال" + norm[2:] if norm.startswith("لل") else norm[1:]
    bare = _bare(word).removeprefix("ال")
    if not (
        _party_word(word)
        or _key(word) in GENERIC_HEADS
        or bare in _VISITED_PLACES
        or word.removeprefix("ال") in _RECEIVERS
    ):
        return None
    if norm.startswith("لل"):
        # a definite noun takes no genitive, only its adjectives: "للمملكة | بناء على"
        end = j + 1
        while (
            end < min(len(toks), j + 3)
            and toks[end].norm.startswith("ال")
            and not _break_between(analysis, end - 1, end)
        ):
            end += 1
        return j, end
    return _phrase_from(analysis, j, limit=4, ents=ents)  # "لقوات جهاز مكافحة الإرهاب"


def _lam_party(analysis: Analysis, j: int, ents: EntityIndex) -> tuple[int, int] | None:
    """A لـ-phrase naming a party right after a masdar and its adjectives ("مساعدات
    إغاثية للشعب اليمني", "المساعدات للاجئين السوريين"), with its own adjectives."""
    toks = analysis.tokens
    j = _past_adjectives(analysis, j, ents, indefinite=True)  # "دعم مصر الكامل للحكومة"
    if not _lam_object(analysis, j):
        return None
    lam = toks[j].norm
    if lam in _LAM_DETERMINERS and j + 1 < len(toks):
        # "لهذا التنظيم", "لبعض اللاجئين": the party follows the determiner
        party = _phrase_from(analysis, j + 1, limit=3, ents=ents)
        w = toks[j + 1].norm
        if j + 1 in ents or _party_word(w) or w.removeprefix("ال") in _RECEIVERS:
            return party  # without the determiner: "التنظيم الإرهابي", "اللاجئين السوريين"
        return None
    # "للحكومة" is لـ + الحكومة; "للاجئين" is لـ + اللاجئين (the article's alif and a
    # lam merged)
    words = ("ال" + lam[2:], "ال" + lam[1:]) if lam.startswith("لل") else (lam[1:],)
    if not (
        j in ents
        or any(
            _party_word(w)
            or _key(w) in GENERIC_HEADS
            or w.removeprefix("ال") in _RECEIVERS
            # people named by a relative adjective: "للسوريين", "للجنوبيين"
            or (w.startswith("ال") and len(w) >= 7 and w.endswith(("يين", "يون")))
            for w in words
        )
    ):
        return None
    start, end = _phrase_from(analysis, j, limit=3, ents=ents)
    for k in range(start + 1, end):
        if toks[k].norm in _RESUMPTIVE_PREPOSITIONS:
            return start, k  # "للمحتاجين منهم والخدمات الصحية": the people only
        if lam.startswith("لل") and k not in ents and not toks[k].norm.startswith("ال"):
            return start, k  # a definite party takes no indefinite adjective: "للحكومة حرصاً"
    return start, end


def _agreed_for(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party an approved act is for: "وافقت الخارجية الأمريكية على بيع صواريخ
    باتريوت للسعودية" (على + masdar, its object, then a لـ-party or a named party after
    عن/مع/إلى), within six words of the act."""
    toks = analysis.tokens
    j = _skip_frames(analysis, start, ents)
    if j + 2 >= len(toks) or toks[j].norm not in ("على", "علي"):
        return None
    if _break_between(analysis, j, j + 1) or not (
        derived_masdar(toks[j + 1].norm) or _masdar_like(toks[j + 1].norm)
    ):
        return None
    for k in range(j + 2, min(len(toks), j + 8)):
        if _break_between(analysis, k - 1, k) or verb_like(analysis, k, ents):
            return None
        if toks[k].norm[:1] == "ل" and (party := _lam_party(analysis, k, ents)) is not None:
            return party
        lam = toks[k].norm
        state = "ال" + lam[2:] if lam.startswith("لل") else lam[1:]
        if lam[:1] == "ل" and len(state) > 2 and (hit := lookup([state])) and hit[0]:
            return k, k + 1  # a state the tagger left with its لـ: "للسعودية"
        if (
            toks[k].norm in ("عن", "مع", "الي")
            and k + 1 in ents
            and is_actorish(analysis, k + 1, ents)
        ):
            return _phrase_from(analysis, k + 1, ents=ents)  # "على رفع العقوبات عن إيران"
    return None


# what one proposes or asks, whose genitive is the one who did
_PROPOSALS = {"طلب", "اقتراح", "مقترح", "عرض", "مبادره", "دعوه", "مطالب", "مطالبات"}
# a party's case in court: "رفضت هيئة المحلفين حجة الدفاع", "طعن النيابة"
_PROPOSALS |= {"حجه", "حجج", "طعن", "استيناف", "التماس"}
# the sides in court, whose case it is
_SIDES_IN_COURT = {"الدفاع", "الادعاء", "النيابه", "المدعي", "المتهم", "المتهمين"}


def _proposer(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party whose proposal or request the verb accepts or rejects: "وافقت اللجنة
    المركزية ... على طلب رئيس الوزراء الكسيس تسيبراس", "رفضت الحكومة مبادرة المعارضة"
    (the proposal within six words, in the same clause; its genitive a named party, a
    title or a party word)."""
    toks = analysis.tokens
    for k in range(start, min(len(toks) - 1, start + 10)):
        if k > start and (_break_between(analysis, k - 1, k) or verb_like(analysis, k, ents)):
            return None
        word = toks[k].norm.removeprefix("و")
        for prefix in ("على", "علي", "ب"):
            if word.startswith(prefix) and word[len(prefix) :] in _PROPOSALS:
                word = word[len(prefix) :]
        if word not in _PROPOSALS and word.removeprefix("ال") not in _PROPOSALS:
            continue
        if word.startswith("ال") or _break_between(analysis, k, k + 1):
            return None  # "الطلب": the proposal is named, not its proposer
        party = k + 1
        if party in ents and is_actorish(analysis, party, ents):
            return _phrase_from(analysis, party, ents=ents)
        name = toks[party].norm
        if _title_head(name) or _party_word(name) or name in _SIDES_IN_COURT:
            rng = _phrase_from(analysis, party, limit=3, ents=ents)
            return rng[0], max(rng[1], title_name_end(analysis, rng, ents))
        if (
            len(name) >= 4
            and not name.startswith("ال")
            and name[:1] not in "بل"
            and name not in STOP
            and not indefinite_masdar(name)
            and not verb_like(analysis, party, ents)
            and _key(name) not in _THINGS
        ):
            return party, party + 1  # a name the tagger missed: "على اقتراح تسيبراس"
        return None
    return None


def _masdar_like(norm: str) -> bool:
    """A plain-form masdar an agreement is on: بيع، رفع، شراء، نقل، تسليم، منح."""
    return _bare(norm) in _AGREED_ACTS


_AGREED_ACTS = {"بيع", "رفع", "شراء", "نقل", "تسليم", "منح", "تزويد", "تقديم", "دعم", "فتح"}


def _second_indefinite_adjective(analysis: Analysis, k: int) -> bool:
    """The word at k is the second indefinite relative adjective of the noun before
    them: joined by و ("مشاورات عربية ودولية"), or a plural after a plural ("قادة
    عسكريون ميدانيون"); no phrase of its own. (A singular right after one may be a noun's
    adjective: "عملية انتحارية".)"""
    toks = analysis.tokens
    if _break_between(analysis, k - 1, k):
        return False
    word, before = toks[k].norm, _bare(toks[k - 1].norm)

    def plural(w: str) -> bool:
        return len(w) > 5 and not w.startswith(("ال", "لل", "بال")) and w.endswith(("يون", "يين"))

    if word[:1] == "و" and len(word) > 5:
        return _indefinite_nisba(word[1:]) and _indefinite_nisba(before)
    return plural(word) and plural(before)


def _indefinite_nisba(norm: str) -> bool:
    return len(norm) > 4 and not norm.startswith(("ال", "لل", "بال")) and norm.endswith(("ي", "يه"))


# people aid is given to, and a regime one backs
_RECEIVERS = {
    "لاجيين",
    "لاجيون",
    "لاجي",
    "نازحين",
    "نازحون",
    "متضررين",
    "شعب",
    "شعوب",
    "فقراء",
    "محتاجين",
    "نظام",
}
_LAM_DETERMINERS = {"لهذا", "لهذه", "لتلك", "لذلك", "لبعض", "لنحو", "لكل", "لجميع", "لمختلف"}


# assaults whose masdar takes the victim as idafa term: "مقتل X", "اغتيال X", "خطف X"
_PATIENT_FAMILIES = {"kill_n", "assassinate_n", "abduct_n", "torture"}
# types whose masdar takes its patient as idafa term
_PATIENT_IDAFA = {"SUPPORT", "AID", "COERCE", "SANCTION", "CONCEDE", "THREATEN"}


def _lam_object(analysis: Analysis, j: int) -> bool:
    """A لـ-phrase at j ("للنظام", "لحكومة"): the object of a masdar whose idafa term
    is its doer."""
    toks = analysis.tokens
    if j >= len(toks) or _break_between(analysis, j - 1, j):
        return False
    norm = toks[j].norm
    return (
        norm[:1] == "ل"
        and len(norm) > 3
        and norm not in STOP
        and not norm.startswith("لا")
        and norm not in _FOR_A_TIME
    )


# "لمدة 12 عاما", "لفترة": how long, no object ("بسجن طفل فلسطيني لمدة 12 عاما")
_FOR_A_TIME = {"لمده", "لفتره", "لمدد", "لسنوات", "لسنه", "لسنتين", "لاشهر", "لشهر", "لشهرين"}


# verbs whose object is the party addressed, before what it is asked or accused of:
# "طالبت الشركة ملاك العقارات بإحضار", "اتهمت الحكومة، اليوم، الانفصاليين بقصف"
_ADDRESSED_TYPES = {"REQUEST", "ACCUSE"}
_NEGATING_NOUNS = {"عدم", "وقف", "منع"}
_COMPLEMENT_PREPS = {"على", "علي", "الى", "الي"}


_ALL = {"كل", "جميع", "كافه"}


def _addressee_between_commas(
    analysis: Analysis, j: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The one asked, set off by commas before its إلى- or على-complement: "دعا رئيس
    اللجنة الدكتور هادي اليامي، كل هيئات حماية حقوق الإنسان في جامعة الدول العربية، إلى
    التحرك". Not a title (the doer's apposition: "دعا اليامي، رئيس اللجنة، إلى")."""
    toks = analysis.tokens
    if (
        0 < j < len(toks) - 1
        and toks[j].norm.startswith(("بال", "لل"))
        and j not in ents
        and set(analysis.text[toks[j].end : toks[j + 1].start]) - {" "} in ({"،"}, {","})
    ):
        j += 1  # the doer's own place first: "ودعت لجنة المهجرين بالبرلمان، الحكومة، إلى"
    if j == 0 or set(analysis.text[toks[j - 1].end : toks[j].start]) - {" "} not in ({"،"}, {","}):
        return None
    q = j + 1 if toks[j].norm in _ALL and j + 1 < len(toks) else j
    head = toks[q].norm
    # a title set off after a body or an office is the one asked, not the doer's
    # apposition: "كما دعا رئيس الحكومة، وزير الداخلية، الى"
    after_office = (
        _title_head(head)
        and not head.startswith("ال")
        and j - 1 not in ents
        and toks[j - 1].norm.startswith("ال")
        and not _title_head(toks[j - 1].norm)
    )
    # people of the doer's own, with its pronoun: "ودعت بريطانيا، رعاياها، سواء"
    own_people = _bare(head).endswith(("ها", "هم")) and _bare(head)[:-2] in _PEOPLE_PLURALS
    if (
        head in STOP
        or toks[q].core in CORE_STOP
        or head[:1] in "بل"
        or verb_like(analysis, q, ents)
        or (_title_head(head) and not after_office)
        or (head in _TITLES and not after_office)
        or (q in ents and ents[q][2] == "PERSON")
        or not (q in ents or _party_word(head) or is_actorish(analysis, q, ents) or own_people)
    ):
        return None
    for k in range(q + 1, min(len(toks), q + 14)):
        gap = set(analysis.text[toks[k - 1].end : toks[k].start]) - {" "}
        if gap:
            complement = (
                toks[k].norm in _COMPLEMENT_PREPS
                # the بـ of what is demanded: "وطالب رئيس اللجنة في الجمعية، وزارة
                # الثقافة، بالاهتمام بالمواهب"
                or (toks[k].norm.startswith("بال") and len(toks[k].norm) >= 7)
                # who they are, before the act asked: "ودعت بريطانيا، رعاياها، سواء
                # المقيمين أو الزائرين … إلى"
                or toks[k].norm == "سواء"
            )
            return (j, k) if gap in ({"،"}, {","}) and complement else None
        if toks[k].norm == "عدم":
            return j, k  # the act asked starts: "، الأهالي عدم العودة إلى منازلهم"
        if (
            k - q <= 3
            and (
                toks[k].norm in ("الى", "الي")
                # or the act with لـ: "، الدولة للتدخل والإشراف"
                or toks[k].norm.startswith("لل")
                and derived_masdar(toks[k].norm[2:])
            )
        ):
            return j, k  # no closing comma: "، المنشآت إلى المسارعة"
        if verb_like(analysis, k, ents):
            return None
    return None


def _quoted_addressee(analysis: Analysis, j: int) -> tuple[int, int] | None:
    """A name in quotes right after the verb and before its بـ- or إلى-complement: the one
    asked or accused ("الأهلي يطالب «المسابقات» بإعادة النظر")."""
    toks = analysis.tokens
    if not 0 < j < len(toks) or set(analysis.text[toks[j - 1].end : toks[j].start]) - {" "} not in [
        {q} for q in _OPEN_QUOTES
    ]:
        return None
    for k in range(j + 1, min(len(toks), j + 6)):
        gap = set(analysis.text[toks[k - 1].end : toks[k].start]) - {" "}
        if not gap:
            continue
        nxt = toks[k].norm
        # (a comma may follow the closing mark: 'دعت الهيئة "الصحفيين المهنيين"، الى')
        closes = gap - {"،", ","} <= _CLOSE_QUOTES and bool(gap & _CLOSE_QUOTES)
        complement = (nxt[:1] == "ب" and len(nxt) > 3) or nxt in _COMPLEMENT_PREPS
        return (j, k) if closes and complement else None
    return None


def _quoted_act_owner(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party right after an act the writer sets in quotes, whose act it is: 'وانتقد
    المسؤول "عدم جدية" الحكومة', 'رفض "تدخل" إيران'; None when the quoted words are a
    name or a party themselves, or no party follows the closing mark."""
    toks = analysis.tokens
    quoted = _quoted_right_after(analysis, start - 1) if start > 0 else None
    if quoted is None or quoted[1] >= len(toks):
        return None
    first, end = quoted
    word = toks[first].norm
    if (
        end - first > 3
        or first in ents
        or end - 1 in ents
        or _party_at(analysis, first, ents)
        or word in STOP
        or not (
            word == "عدم"
            or derived_masdar(word)
            or _key(word) in _CONDUCT
            # تفعّل and تفاعل, which no verb-free test tells from the perfect: "تدخل",
            # "تقاعس"
            or (word[:1] == "ت" and (len(word) == 4 or len(word) == 5 and word[2] == "ا"))
        )
        # only the closing mark between the act and the party
        or set(analysis.text[toks[end - 1].end : toks[end].start]) - {" "} - _CLOSE_QUOTES
        or not _party_at(analysis, end, ents)
    ):
        return None
    return _phrase_from(analysis, end, ents=ents)


def _quoted_right_after(analysis: Analysis, i: int) -> tuple[int, int] | None:
    """Up to four words in quotes right after token i, closed before the clause goes
    on ('تهنئ "الطويرقي"،'), or None."""
    toks = analysis.tokens
    j = i + 1
    if j >= len(toks) or not set(analysis.text[toks[i].end : toks[j].start]) & _OPEN_QUOTES:
        return None
    for k in range(j, min(len(toks), j + 4)):
        gap = set(analysis.text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else "")
        if gap & _CLOSE_QUOTES:
            return j, k + 1
        if gap - {" "}:
            return None
    return None


def quoted_name_end(analysis: Analysis, actor: tuple[int, int], ents: EntityIndex) -> int | None:
    """The end of a name in quotes right after the doer that is the doer's own: the name
    of the body its last word leads to ('الرئيس التنفيذي لشركة "وثرة"'), or a body's
    short name before the verb's object ('رفضت حركة المقاومة الإسلامية "حماس" اتهامات
    عباس'); None otherwise (not 'دعت المنظمة "حماس" إلى', the one asked)."""
    toks = analysis.tokens
    quoted = _quoted_right_after(analysis, actor[1] - 1)
    if quoted is None or quoted[0] != actor[1] or _quoted_act_owner(analysis, actor[1], ents):
        return None  # (not an act in quotes and its owner: 'انتقد الحزب "تقاعس" الحكومة')
    end = quoted[1]
    last = _bare(toks[actor[1] - 1].norm)
    if last[:1] in "لب" and not last.startswith(("لل", "بال")):
        last = last[1:]
    if not last.startswith("ال") and _key(last) in _BODY_HEADS:
        return end  # the body's name after its head in construct
    if end >= len(toks) or set(analysis.text[toks[end - 1].end : toks[end].start]) - (
        _CLOSE_QUOTES | {" "}
    ):
        return None
    head = _bare(toks[actor[0]].norm)
    body = _key(head) in _BODY_HEADS or any(
        ents.get(k, (0, 0, ""))[2] == "ORG" for k in range(*actor)
    )
    after = toks[end].norm
    if (
        body
        and actor[1] - actor[0] >= 2
        and after not in STOP
        and after[:1] not in "بلو"
        and not verb_like(analysis, end, ents)
        and (after.startswith("ال") or _construct_noun(after))
    ):
        return end  # a second name, then the object: the body's short name
    return None


def _everyone_at(analysis: Analysis, j: int) -> bool:
    """ "جميع من" / "كل من" (everyone who) starts at j."""
    toks = analysis.tokens
    return j + 1 < len(toks) and toks[j].norm in ("جميع", "كل") and toks[j + 1].norm == "من"


def _everyone_who(analysis: Analysis, j: int) -> tuple[int, int] | None:
    """ "جميع من" / "كل من" and its clause, up to the إلى- or على-complement of the call:
    "دعا جميع من انخرط في صفوف الميليشيات إلى العودة", "دعا كل من لديه معلومات إلى"."""
    toks = analysis.tokens
    if not (j + 3 < len(toks) and _everyone_at(analysis, j)):
        return None
    for k in range(j + 3, min(len(toks), j + 16)):
        if set(analysis.text[toks[k - 1].end : toks[k].start]) & set(".؛!؟?:"):
            return None
        if toks[k].norm in ("الي", "علي"):
            return j, k
    return None


def _closed_apposition(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A name set off by commas ends right before j: "دعت المهندسة الأولى بالمعهد، مريم
    بن حسين، المصطافين إلى" (the second comma closes the name, the object follows)."""
    hit = ents.get(j - 1)
    if hit is None or hit[2] != "PERSON" or hit[1] != j or hit[0] == 0:
        return False
    before = set(analysis.text[analysis.tokens[hit[0] - 1].end : analysis.tokens[hit[0]].start])
    after = set(analysis.text[analysis.tokens[j - 1].end : analysis.tokens[j].start])
    return bool(before & {"،", ","}) and after - {" "} <= {"،", ","}


def object_before_complement(
    analysis: Analysis, start: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The noun phrase at start (past time words, and a comma after them; past the
    subject's adjective after its quoted name and asides between commas) when a بـ-,
    على- or إلى-complement follows it: the one asked or accused, whatever its words
    ("وتتهم حكومات غربية الفيلق بتسليح", "دعا الملا منصور، في أول تسجيل صوتي له،
    مقاتلي جماعة طالبان إلى")."""
    toks = analysis.tokens
    start = _past_quoted_adjectives(analysis, start, ents)
    if start < len(toks) and _subject_genitive_org(analysis, start, start, ents):
        start = ents[start][1]  # "الهيئة المديرة للنادي الإفريقي": whose body it is
        if start < len(toks) and toks[start].norm == "في":
            return None  # the subject's post goes on: "الموفد الخاص للأمم المتحدة في"
    past_aside = False
    # an aside describes the phrase before it; right after the verb a quoted name is
    # the object itself: "الأهلي يطالب «المسابقات» بإعادة النظر"
    after_verb = analysis.verb_trigger_at(start - 1)
    for _ in range(0 if after_verb else 3):
        aside = _past_aside(analysis, start)
        if aside == start:
            break
        start, past_aside = aside, True
    j = _skip_adverbs(analysis, start)
    framed = _skip_frames(analysis, j, ents)
    if j < framed < len(toks) and toks[j].norm in ("في", "وفي", "باسم", "خلال", "وخلال"):
        # "ودعا وزير الخارجية في هذا السياق اللبنانيين إلى", "وطالب معاليه خلال
        # الاجتماع المجتمعين بإبداء"
        j = framed
    j = _past_occasion(analysis, j)
    if j < len(toks) and (between_commas := _addressee_between_commas(analysis, j, ents)):
        return between_commas
    comma = next(
        (k for k in range(j + 1, min(len(toks), j + 8)) if _break_between(analysis, k - 1, k)),
        None,
    )
    if (
        comma is not None
        # the doer's phrase goes on, with a preposition: "... في جمعية الثقافة، وزارة"
        and (toks[j].norm.startswith(("ال", "لل", "بال")) or toks[j].norm in ("في", "من", "عن"))
        and any(
            toks[k].norm in ("في", "من", "عن") or toks[k].norm.startswith(("بال", "لل"))
            for k in range(j, comma)
        )
        and not any(verb_like(analysis, k, ents) for k in range(j, comma))
        and (between_commas := _addressee_between_commas(analysis, comma, ents))
        # and the one asked is set off by a second comma
        and _break_between(analysis, between_commas[1] - 1, between_commas[1])
    ):
        # the rest of the doer's phrase, then the one asked between commas: "وطالب رئيس
        # لجنة الفنون في جمعية الثقافة والفنون، وزارة الثقافة، بالاهتمام"
        return between_commas
    if j == start and (quoted := _quoted_addressee(analysis, j)):
        # right after the verb, or after its subject: 'دعت الهيئة "الصحفيين"، الى'
        return quoted
    if j > start and j < len(toks) and _break_between(analysis, j - 1, j):
        gap = analysis.text[toks[j - 1].end : toks[j].start]
        if any(c not in " ،," and c not in '«"“' for c in gap):
            # only a comma after "اليوم", or the call quoted from its addressee on:
            # 'دعت الخارجية الأميركية أيضا "كل الأطراف إلى'
            return None
    elif (
        j < len(toks)
        and j > 0
        and _break_between(analysis, j - 1, j)
        and not past_aside
        # a quoted name's closing mark ends the subject, not the clause: 'شركة "موبايلي" مشتركيها'
        and not set(analysis.text[toks[j - 1].end : toks[j].start]) <= _QUOTES
        and not _closed_apposition(analysis, j, ents)
    ):
        return None
    if _everyone_at(analysis, j):
        return _everyone_who(analysis, j)
    if j >= len(toks) or toks[j].norm in STOP or toks[j].core in CORE_STOP:
        return None
    surface = analysis.text[toks[j].start : toks[j].end]
    if toks[j].norm[:1] in "بل" and _name_before_complement(analysis, j, ents):
        return j, j + 1  # "تتهم بوجاشيف بوضع", "اتهم بلاتر بإدارة": a name in ب or ل
    if (
        (toks[j].norm[:1] in "بل" and j not in ents)  # (a name's own ب: باكستان، بريطانيا)
        or verb_like(analysis, j, ents)
        or _key(toks[j].norm) in _THINGS
        # an ordinal still describes the subject: "دعا المؤتمر العربي الخامس إلى"
        or _bare(toks[j].norm).removeprefix("ال") in _ORDINALS
    ):
        return None
    if j not in ents and (derived_masdar(toks[j].norm, surface) or toks[j].norm in _NEGATING_NOUNS):
        return None  # the act itself: "طلب المراسل نقله إلى", "طلب عدم الإشارة"
    if (
        j + 1 < len(toks)
        and j not in ents
        and not toks[j].norm.startswith("ال")
        and toks[j].norm not in QUANTIFIERS  # "جميع منسوبيه"
        and not _party_word(toks[j].norm)
        and _possessed(analysis, j + 1)
        and not _break_between(analysis, j, j + 1)
    ):
        return None  # an act with the asker's own thing: "طلب الملك نقل تحياته إلى"
    rng = _phrase_from(analysis, j, limit=3, ents=ents)
    # the complement may follow the phrase's own modifiers ("الانفصاليين الموالين لروسيا
    # باستهداف"), within three words and no punctuation or verb
    end = rng[1]  # the phrase with its modifiers, not the time words after it
    # (an explicative من-phrase lengthens it: "الجميع من كادر طبي وفني وإداري على")
    window = 4
    if rng[1] + 1 < len(toks) and toks[rng[1]].norm == "من":
        # (its coordinated adjectives too: "كادر طبي وفني وإداري")
        window = _phrase_from(analysis, rng[1] + 1, ents=ents)[1] + 3 - rng[1]
    side_end = -1  # past "من جهته": on one's part
    for k in range(rng[1], min(len(toks), rng[1] + max(window, 4))):
        if _break_between(analysis, k - 1, k):
            return None
        nxt = toks[k].norm
        if k < side_end or _time_word(nxt):
            continue  # "اتهم ممثلو ادعاء رجلا امس الثلاثاء بالتآمر"
        if nxt == "من" and k + 1 < len(toks) and toks[k + 1].norm in _ON_ITS_SIDE:
            side_end = k + 2  # "داعيا المستهلك من جهته إلى"
            continue
        head = _skip_quantifiers(analysis, rng[0], rng[1] - 1)  # "جميع المؤسسات"
        if (
            k == rng[1]
            and (head in ents or _party_word(toks[head].norm))
            and (
                nxt in _NEGATING_NOUNS
                or derived_masdar(nxt.removeprefix("ال"))
                or (nxt.startswith("ال") and derived_masdar(nxt))  # "الالتزام"
                or (nxt.startswith("ال") and any(t.index == k for t in analysis.triggers))
            )
        ):
            # the act asked begins, with no preposition: "ناشد المجتمع الدولي عدم
            # الاعتراف", "دعت الولايات المتحدة باكستان التعاون"
            return rng
        if (
            nxt.startswith("لل")
            and len(nxt) > 4
            and (
                rng[0] in ents
                or _party_word(toks[rng[0]].norm)
                or construct_plural(analysis, rng[0], ents)
            )
        ):
            # a لـ-masdar after the phrase (and its modifiers) is the act asked: "دعت «الفاو»
            # في تقريرها الحكومات للعمل على"
            return rng[0], end
        if (
            _purpose_complement(analysis, k)
            and not _time_word(toks[rng[0]].norm)
            # not after "له": "يدعو له أحدهم بأن" prays for him, and the phrase is its subject
            and not any(toks[x].norm in _SPOKEN_TO for x in range(start, j))
        ):
            # an indefinite لـ-masdar or أن and its verb is the act asked, whatever the head
            # before it: "دعا الدكتور الموسى القطاع الخاص لتقديم", "طالب الخطباء الجميع
            # أن يتحملوا"
            return (rng[0], end) if end - rng[0] <= 5 else rng
        if (
            nxt[:1] == "ب"
            and len(nxt) > 3
            # (not a name's بن-, but a masdar's ب: "وزير الداخلية بنشر قائمة")
            and (not nxt.startswith("بن") or _bi_masdar(nxt))
        ) or nxt in _COMPLEMENT_PREPS:
            # the phrase with its modifiers: "اليمين في إسرائيل إلى", "الانفصاليين
            # الموالين لروسيا باستهداف"
            return (rng[0], end) if end - rng[0] <= 5 else rng
        if (
            (nxt in STOP and nxt not in ("في", "من"))
            or toks[k].core in CORE_STOP
            and nxt
            not in (
                "في",
                "من",
            )
        ):
            return None
        if verb_like(analysis, k, ents) or analysis.verb_trigger_at(k):
            # a verb of its own, not the phrase's modifier: "انتقد الرئيس الحكومة واتهم
            # المعارضة بالفساد" (the بـ-complement is the next verb's)
            return None
        end = k + 1
    return None


# "في ختام زيارته", "في مستهل الاجتماع": when, by the occasion's stage
_OCCASION_FRAMES = {"ختام", "نهايه", "بدايه", "مستهل", "اثناء", "مطلع", "ختم"}


def _past_occasion(analysis: Analysis, j: int) -> int:
    """Past an occasion's stage between the subject and the one asked: "وحث المدير في
    ختام زيارته الجميع على", "في مستهل الاجتماع" (not before a recipient search, where
    "في نهاية المطاف" and "في أعقاب" run on into other clauses)."""
    toks = analysis.tokens
    if not (
        j + 2 < len(toks)
        and toks[j].norm in ("في", "وفي")
        and toks[j + 1].norm in _OCCASION_FRAMES
        and not _break_between(analysis, j, j + 2)
    ):
        return j
    if _pronoun_suffix(analysis, j + 2):
        return j + 3  # "زيارته"
    if toks[j + 2].norm.startswith("ال") and not _break_between(analysis, j + 2, j + 3):
        return j + 3  # "الاجتماع"
    return j


_ORDINALS = {
    w + e
    for w in ("اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
    for e in ("", "ه")
} | {"اولي", "اخير", "اخيره"}


def _purpose_complement(analysis: Analysis, k: int) -> bool:
    """The act asked starts at k with no party-taking preposition: an indefinite
    لـ-masdar of a derived form ("لتقديم", "لاتخاذ") or أن / بأن before a verb ("أن
    يتحملوا")."""
    toks = analysis.tokens
    nxt = toks[k].norm
    if nxt[:1] == "ل" and not nxt.startswith("لل") and len(nxt) >= 6:
        return derived_masdar(nxt, analysis.text[toks[k].start : toks[k].end])
    return (
        nxt in ("ان", "بان")
        and k + 1 < len(toks)
        and toks[k + 1].norm[:1] in "يتن"
        and not _break_between(analysis, k, k + 1)
    )


def _time_word(norm: str) -> bool:
    return norm in _FRAME_TIME or _weekday(norm)


def _name_before_complement(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A word in ب or ل right before a بـ-complement is a name, not a preposition's
    phrase (two بـ-phrases do not follow a verb of asking or charging in a row): "تتهم
    بوجاشيف بوضع", "اتهم بلاتر بإدارة"; not an adverb (بشدة), a masdar (بإجراء), a
    definite phrase (بالحكومة) or a word the article's alif merged into (للحكومة)."""
    toks = analysis.tokens
    if j + 1 >= len(toks) or _break_between(analysis, j, j + 1):
        return False
    word, nxt = toks[j].norm, toks[j + 1].norm
    surface = analysis.text[toks[j].start : toks[j].end]
    return (
        (j in ents or len(word) >= 5)
        and word not in STOP
        and word not in MANNER_ADVERBS
        and nxt not in MANNER_ADVERBS  # "وتطالبه بسدادها بشكل ودي"
        and not _possessed(analysis, j)
        and not word.startswith(("بال", "لل", "بم", "بت"))
        and not derived_masdar(word[1:], surface[1:])
        and _bare(word[1:]) not in _ABSTRACT_AFTER_BI
        and nxt[:1] == "ب"
        and len(nxt) > 3
        and not nxt.startswith("بن")
    )


# words that follow ب as a manner or necessity, not a name: "بضرورة", "بأهمية"
_ABSTRACT_AFTER_BI = {"ضروره", "اهميه", "سرعه", "عدم", "شان", "خصوص", "حق", "اسم"}


def _resumptive_verb_end(analysis: Analysis, k: int) -> int | None:
    """Where the verb of the relative clause opened by الذي/التي at k ends: the verb
    whose object pronoun refers back ("شنته"), or the verb and its بـ that does ("أدلى
    بها"); None when no such verb follows."""
    toks = analysis.tokens
    if k + 1 < len(toks) and _resumptive(toks[k + 1].norm):
        return k + 1
    if (
        k + 2 < len(toks)
        and toks[k + 2].norm in _BI_PRONOUNS
        and toks[k + 1].norm not in STOP
        and not _break_between(analysis, k, k + 2)
    ):
        return k + 2
    return None


def object_owner(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Whose the thing condemned or rejected is, when the verb's object is no party:
    a party in its idafa chain ("دانت قرار سلطات الاحتلال", "رفض فتوى المرجع"), a
    nationality adjective with its noun ("انتقد التحقيقات الأمريكية", "رفض التدخل
    الإيراني"), the agent after من قبل ("التصريحات العدائية من قبل مسؤولي إيران") or the
    subject of a relative clause on it ("القصف الذي شنته الطائرات التركية"). ``start``
    is where the object begins (after the subject); the object must be a bare noun (not
    a بـ-charge, a لـ-phrase or a noun with a pronoun, whose owner is the pronoun). Within
    seven words, in its clause."""
    toks = analysis.tokens
    # (past the doer's title set off by commas: "استنكر الشيخ X، الرئيس العام لهيئة
    # الأمر بالمعروف، التفجير")
    start = _past_apposition(analysis, start, ents)
    j = _skip_adverbs(analysis, _past_brackets(analysis, start))
    while j < len(toks) and toks[j].norm in MANNER_ADVERBS:
        j += 1
    if j >= len(toks) or (j > start and _break_between(analysis, j - 1, j)):
        return None
    head = toks[j].norm
    if (
        j in ents
        or head in STOP
        or head in _FRAME_PREPS  # "خارج المملكة": where, no object
        or head[:1] in "بلو"
        or _possessed(analysis, j)
        or verb_like(analysis, j, ents)
    ):
        return None  # a party right there is recipient_after's; a clause is no object
    for k in range(j + 1, min(len(toks) - 2, j + 10)):
        # the doer named after على يد, past the victims: "جريمة حرق الرضيع الفلسطيني
        # "علي دوابشة" على يد مستوطنين إسرائيليين"
        if _break_between(analysis, k - 1, k) and not set(
            analysis.text[toks[k - 1].end : toks[k].start]
        ) <= {" ", '"', "«", "»", "“", "”"}:
            break
        if toks[k].norm == "علي" and toks[k + 1].norm == "يد":  # (normalized: على)
            agent = k + 2
            if agent in ents or _party_word(toks[agent].norm) or is_actorish(analysis, agent, ents):
                return _phrase_from(analysis, agent, ents=ents)
            break
    k = j
    while k < min(len(toks), j + 7):
        if k > j and _break_between(analysis, k - 1, k):
            return None
        w = toks[k].norm
        if k + 1 < len(toks) and k + 1 not in ents and (owned := _nationality_phrase(analysis, k)):
            return owned  # the noun and its nationality: "التدخل الإيراني"
        if k > j and (
            k in ents
            and ents[k][2] in ("PERSON", "ORG", "GPE")
            or k not in ents
            and (_party_word(w) or construct_plural(analysis, k, ents))
            and _key(w) not in _THINGS
            and not _negated_adjective(analysis, k, ents)
            or w in HONORIFIC_OPENERS  # "جهود صاحب السمو الملكي الأمير"
            or department_at(analysis, k)  # "جهود الشؤون الإسلامية"
        ):
            return _phrase_from(analysis, k, ents=ents)
        if w == "من" and k + 2 < len(toks) and toks[k + 1].norm in _BY_SIDE:
            k += 2  # "من قبل مسؤولي الجمهورية الإسلامية": the agent follows
            continue
        verb_end = _resumptive_verb_end(analysis, k) if w in _RELATIVES and j < k <= j + 2 else None
        if verb_end is not None:
            # "القصف الجوي الذي شنته الطائرات التركية", "التصريحات التي أدلى بها نائب
            # الرئيس": the relative clause's subject, on the object itself (not on a
            # genitive further on: "تقييم الأعمال الدرامية التي عرضتها القنوات")
            doer = subject_after(analysis, verb_end, ents)
            if not usable(analysis, doer, ents):
                return None
            # with the name its title leads to: "خادم الحرمين الشريفين الملك سلمان"
            return doer[0], max(doer[1], title_name_end(analysis, doer, ents))
        if (
            k == j + 1
            and w[:1] == "و"
            and (_key(w[1:]) in _COMMENDED or w[1:] in _COMMENDED_ACTS)
            and not _break_between(analysis, k - 1, k)
        ):
            k += 1  # two acts sharing one owner: "دعم واهتمام الأمير خالد الفيصل"
            continue
        if (
            w in STOP
            or toks[k].core in CORE_STOP
            # a verb, or a verb joined by و ("رفض الوقوف ولاذ بالهرب")
            or (k > j and verb_like(analysis, k, ents))
            or (k > j and w[:1] == "و" and perfect_verb_like(toks[k]))
            or (k > j and w[:1] == "ب")
        ):
            return None
        k += 1
    return None


# what a party does, praised in its name: "أشاد بدور الصندوق", "بجهود الهيئة"
_WORKS = {
    _key(w)
    for w in ("دور", "جهود", "جهد", "قرار", "اداء", "عمل", "مبادره", "موقف")
    # contributions: "وثمن المهندس السلطان إسهامات المؤسسات المتخصصة"
    + ("اسهامات", "اسهام", "مساهمات", "مساهمه")
}
# bodies named by a plain noun and its adjective: "الأجهزة الأمنية", "الجهات المختصة"
_BODIES = {
    _key(normalize(w)) for w in ("الاجهزه", "الجهات", "القطاعات", "الدوائر", "السلطات", "الهيئات")
}
# ministries named by their affairs alone, whose work is praised: "بجهود الداخلية"
_MINISTRIES_BY_AFFAIRS = {"الداخليه", "الخارجيه", "الدفاع"}
PRAISE_VERBS = ("اشاد", "يشيد", "تشيد", "اشادت", "اشادوا")
# ندد (denounce) takes what it denounces with بـ, no object
_DENOUNCE = ("ندد", "يندد", "تندد")


# ثمّن, commended, takes what it commends as its direct object: "ثمن الوزير جهود الشرطة"
COMMEND_VERBS = {"ثمن", "ثمنت", "ثمنوا", "يثمن", "يثمنون", "تثمن", "مثمنا", "مثمنين", "مثمنه"}
# what is commended, besides a party's works: "ثمن الوقفة الصادقة", "حرص الوزارة"
_COMMENDED = _WORKS | {_key(w) for w in ("وقفه", "حرص", "اهتمام", "مواقف", "تعاون")}
# acts commended that no masdar shape marks: "ثمن زيارة المحافظ", "رعاية الأمير"
_COMMENDED_ACTS = {"زياره", "رعايه", "توجيهات", "مستوي", "انجاز", "انجازات", "دعم", "موافقه"}


def commend_verb(analysis: Analysis, i: int) -> bool:
    """ثمّن and its forms: what is commended is its direct object."""
    return _bare(analysis.tokens[i].norm) in COMMEND_VERBS


# thanked: "شكر الوزير للمواطنين تعاونهم"
_THANK_VERBS = {"شكر", "شكرت", "يشكر", "تشكر", "شاكرا"}


def thanked_in_actor(
    analysis: Analysis, i: int, actor: tuple[int, int] | None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(actor, recipient) when the phrase taken for the doer of ثمّن or شكر ends in
    people with لـ, those commended or thanked ("ثمن مدير الشؤون الصحية بالأحساء |
    للأهالي مبادرتهم"); not a body, which a title's لـ belongs to ("الأمين العام للأمم
    المتحدة", "مدير عام للشركة")."""
    toks = analysis.tokens
    if (
        actor is None
        or actor[0] <= i
        or not (commend_verb(analysis, i) or _bare(toks[i].norm) in _THANK_VERBS)
    ):
        return None
    for k in range(actor[0] + 1, actor[1]):
        norm = toks[k].norm
        people = "ال" + norm[2:]
        if (
            norm.startswith("لل")
            and people.endswith(("ين", "ون", "ي"))
            and _party_word(people)
            and _key(people) not in _BODY_HEADS
            and not _title_head(people)
        ):
            return (actor[0], k), (k, actor[1])
    return None


def work_word(analysis: Analysis, k: int) -> bool:
    """The word at k names a party's work or an act done for one ("جهود", "الدور",
    "زيارة", "رعاية"): no title nor part of a name."""
    word = _bare(analysis.tokens[k].norm).removeprefix("ال")
    if word in _COMMENDED_ACTS:
        return True
    # (not a relative adjective of the same root: "المكتب التعاوني")
    return _key(word) in _COMMENDED and not word.endswith(("ي", "يه"))


def _commended_at(analysis: Analysis, k: int, ents: EntityIndex) -> bool:
    """The word at k begins what ثمّن commends: a work ("جهود", "الدور") or an act in
    the masdar ("زيارة", "مبادرة", "التوجيهات"); a definite one is no part of a name,
    though the tagger took it in."""
    if work_word(analysis, k):
        return True  # no name's word: "الدكتور الثويني | جهود صاحب السمو"
    # (a masdar's shape is a name's too: توفيق، تيسير; one joined by و is still the
    # title's: "مدير المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات")
    norm = analysis.tokens[k].norm
    word = _bare(norm)
    return (k not in ents or word.startswith("ال")) and norm[:1] != "و" and indefinite_masdar(word)


def commend_roles(
    analysis: Analysis, i: int, actor: tuple[int, int] | None, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The doer of ثمّن at i and whose work it commends. The doer is cut where the
    object begins ("وثمن الوزير | جهود الشرطة", "ثمن X رئيس الجالية | الجهود التي") or
    runs on to it through its titles; the one commended is the owner of that object
    ("جهود الشرطة", "الجهود التي بذلتها الأجهزة"), or a لـ-party right after the doer
    ("ثمن مسؤولون يمنيون لحكومة خادم الحرمين ما تقدمه"). Nothing else: the words
    after the doer are too often more of his titles."""
    toks = analysis.tokens
    if actor is not None and actor[0] > i and _commended_at(analysis, actor[0], ents):
        # no subject after the verb: what it takes for one is the work commended ("ثمّن
        # عالياً الدور الروسي", the doer named in the clause before)
        actor = None
    if actor is None or actor[0] <= i:
        start = _skip_adverbs(analysis, i + 1)
    else:
        cut = next(
            (k for k in range(actor[0] + 1, actor[1]) if _commended_at(analysis, k, ents)), None
        )
        if cut is not None:
            actor = actor[0], cut
        else:
            found = next(
                (
                    k
                    for k in range(actor[1], min(len(toks), actor[1] + 12))
                    if _commended_at(analysis, k, ents)
                ),
                None,
            )
            if found is not None:
                if found - 1 >= actor[1] and toks[found - 1].norm in _DEMONSTRATIVES:
                    found -= 1  # the object with its demonstrative: "| هذه الوقفة"
                actor = actor[0], _subject_runs_to(analysis, actor[1], ents, object_at=found)
        start = actor[1]
        while start < len(toks) - 1 and toks[start].norm in _DOER_ENDING_ADVERBS:
            start += 1  # "ثمّن الملك عالياً | الدور الروسي"
    if (
        start < len(toks)
        and _lam_object(analysis, start)
        and (party := _lam_party(analysis, start, ents))
        and party[0] == start
    ):
        return actor, party  # "ثمن مسؤولون يمنيون لحكومة خادم الحرمين"
    if start < len(toks) and _commended_at(analysis, start, ents):
        return actor, object_owner(analysis, start, ents)
    return actor, None


# what a threat's بـ-masdar is aimed at comes as its object or after ضد/على ("هدد
# باعتقال البائعين", "بفرض عقوبات على ليبيين"); من is where one resigns or withdraws
# from ("هدد بالاستقالة من البرلمان"), no target
_THREAT_TARGET_PREPS = {"ضد", "علي", "لاي", "لكل"}


def threatened_party(
    analysis: Analysis, i: int, actor: tuple[int, int] | None, ents: EntityIndex
) -> tuple[int, int] | None:
    """Whom the threat at i is aimed at when no object follows it: the party the
    threatened act falls on, right after its بـ-masdar ("هدد الوزير بحرمان الحجاج",
    "توعد بوتين بشن ضربات جوية على مواقع الإرهابيين"); not the threatener himself
    ("هدد بحرق نفسه"), nor a party the masdar's pronoun stands for ("بمنعها")."""
    toks = analysis.tokens
    start = actor[1] if actor is not None and actor[0] > i else i + 1
    start = _skip_adverbs(analysis, start)
    if start >= len(toks) - 1 or _break_between(analysis, start - 1, start):
        return None
    masdar = toks[start].norm
    if (
        not (_bi_word(masdar) or masdar[1:] in _PLAIN_MASDARS and masdar[:1] == "ب")
        or start in ents
        or _pronoun_suffix(analysis, start)
    ):
        return None
    found = recipient_after(analysis, start + 1, ents)
    if found is None or found[0] > start + 6:
        return None
    if found[0] > start + 1 and not any(
        toks[k].norm in _THREAT_TARGET_PREPS for k in range(start + 1, found[0])
    ):
        return None  # "بالاستقالة من البرلمان", "بالانسحاب من الحكومة"
    if any(_bare(toks[k].norm) in ("نفسه", "نفسها", "انفسهم") for k in range(*found)):
        return None
    return found


def praise_verb(analysis: Analysis, i: int) -> bool:
    """أشاد and its forms: praise is given بـ what is praised."""
    return _bare(analysis.tokens[i].norm).startswith(PRAISE_VERBS)


def bi_phrase_start(norm: str) -> bool:
    """The word is بـ and a noun, as the clitic model reads it or by the noun's shape (a
    masdar, a noun in ة: "بقيادة", which the model leaves whole); not a place whose own
    name starts with ب."""
    if not _bi_word(norm) or place_named_with_ba(norm):
        return False
    if actor_word(norm) is not None or _title_head(norm) or _place_head(norm):
        return False  # a word of its own: "بلدية", "برلمان"
    rest = norm[1:]
    return (
        preposition_bi(norm)
        or derived_masdar(rest)
        or rest in _PLAIN_MASDARS
        or (rest.endswith("ه") and len(rest) >= 4)
    )


def _bi_word(norm: str) -> bool:
    """A word in the preposition بـ (not a name's بن)."""
    return norm[:1] == "ب" and len(norm) > 3 and norm != "بن"


def praise_roles(
    analysis: Analysis, i: int, actor: tuple[int, int] | None, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The doer of a praise verb at i, cut where the بـ-phrase of what is praised begins
    ("وأشاد X | بجهود هيئة البحرين"), and whom the praise is for (praised_party)."""
    toks = analysis.tokens
    if (
        actor is not None
        and actor[0] > i
        and _bi_word(toks[actor[0]].norm)
        and not (actor[0] in ents and actor[0] in ents.own_initial)
    ):
        actor = None  # "وأشاد بالرئيس التركي": what is praised, the doer is the pronoun
    if (
        actor is not None
        and actor[0] >= i + 3
        and toks[actor[0] - 2].norm == "من"
        and toks[actor[0] - 1].norm in _BY_SIDE
        # (not the masdar, whose agent is its doer: "إشادة واسعة من طرف كافة أطياف")
        and not toks[i].norm.endswith("ه")
    ):
        # the agent of the praised work, not of the praise: "وأشاد بالمجهودات المبذولة
        # من جانب اللجنة المنظمة"
        actor = None
    if actor is not None and actor[0] > i and not _bi_word(toks[actor[0]].norm):
        cut = next(
            (
                k
                for k in range(actor[0] + 1, actor[1])
                if _bi_word(toks[k].norm)
                # (a title after بـ, though the tagger took it into a name's mention:
                # "وأشاد الوزير | بالرئيس التركي رجب طيب أردوغان")
                and (k not in ents or _title_head(toks[k].norm[1:]))
            ),
            None,
        )
        if cut is not None:
            actor = actor[0], cut
        else:
            actor = actor[0], _subject_runs_to(analysis, actor[1], ents)
    after = actor[1] if actor and actor[0] > i else i + 1
    praised = praised_party(analysis, after, ents)
    if praised is None and (framed := _skip_frames(analysis, after, ents)) > after:
        # past where the doers are: "أشادت شخصيات اجتماعية في محافظة القطيف | بالإنجاز"
        praised = praised_party(analysis, framed, ents)
    return actor, praised


# adverbs that end a praising doer's run-on titles: "ثمّن الملك عالياً الدور الروسي"
_DOER_ENDING_ADVERBS = {"عاليا", "كثيرا", "مجددا", "ايضا", "كذلك", "بدوره", "بدورها"}


def _subject_runs_to(
    analysis: Analysis, end: int, ents: EntityIndex, object_at: int | None = None
) -> int:
    """A praise verb takes no direct object, so what follows its subject up to the بـ-phrase
    is still the subject's title and name ("أشاد مدير عام الشؤون الصحية في منطقة القصيم
    مطلق الخمعلي بمستوى"): its end, within eight words, not past punctuation or a verb.
    ``object_at``: where a direct object begins instead (ثمّن: "وثمن مدير المستشفى المشرف
    على القطاع الصحي صالح الظاهري | زيارة المحافظ")."""
    toks = analysis.tokens
    stop = None
    for k in range(end, min(len(toks), end + (8 if object_at is None else 12))):
        if k == object_at:
            stop = k  # (after a comma too: "الدكتور سعيد البشري، رعاية")
            break
        if (
            verb_like(analysis, k, ents)
            or (toks[k].norm[:1] == "و" and perfect_verb_like(toks[k]))  # "وعبّر عن أسفه"
            or toks[k].norm in _DOER_ENDING_ADVERBS  # "ثمّن الملك عالياً الدور"
        ):
            return end
        if object_at is not None and _break_between(analysis, k - 1, k):
            return end
        if _break_between(analysis, k - 1, k) or (
            # a بـ-phrase, also one that names a body ("بوزارة التعليم"), not a name's
            # own ب ("بوتين"); before a direct object it is the title's place ("بأبها")
            object_at is None
            and _bi_word(toks[k].norm)
            and (k not in ents or k not in ents.own_initial)
        ):
            stop = k  # "وأشاد المشرف العام على المهرجان مقبل العنزي، بنجاح"
            break
    if stop is None:
        return end
    for k in range(end, stop):
        if toks[k].norm in _FRAME_PREPS and not any(
            ents.get(j, (0, 0, ""))[2] == "PERSON" for j in range(k + 1, stop)
        ):
            # a place or occasion, unless the holder's name comes after it (the title
            # runs on: "مدير الشؤون الصحية في منطقة القصيم مطلق الخمعلي")
            return k
    return stop


# what a security apparatus is named by: "أجهزة الأمن", "جهاز المخابرات" (أجهزة alone are
# mostly devices)
_APPARATUS_OF = {"الامن", "الامنيه", "المخابرات", "الاستخبارات", "الشرطه", "الدوله"}


def security_apparatus(analysis: Analysis, k: int) -> bool:
    """The apparatus word at k (with its ب or article) before what names it as a body."""
    toks = analysis.tokens
    head = _bare(toks[k].norm)
    head = head[1:] if head[:1] == "ب" else head
    return (
        head.removeprefix("ال") in ("اجهزه", "جهاز")
        and k + 1 < len(toks)
        and toks[k + 1].norm in _APPARATUS_OF
        and not _break_between(analysis, k, k + 1)
    )


def praised_party(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Whom a praise is for: the بـ-phrase after the verb and its subject when it names a
    party ("أشاد بالأجهزة الأمنية", "بمنسوبي الشركة"), else the party whose work or
    decision is praised ("بجهود هيئة البحرين", "بقرار أوفيد", "بالخطة الاستراتيجية
    للمؤسسة", "بالتعاون السعودي"). Within six words, in the clause."""
    toks = analysis.tokens
    b = next(
        (
            k
            for k in range(start, min(len(toks), start + 3))
            if _bi_word(toks[k].norm) or toks[k].norm == "بما"
        ),
        None,
    )
    if b is None or toks[b].norm in MANNER_ADVERBS or _break_between(analysis, start - 1, b):
        return None
    word = toks[b].norm[1:]
    if b in ents or (_party_word(word) and _key(word) not in _WORKS):
        return _phrase_from(analysis, b, ents=ents)  # "بالمملكة", "بالجمعية الخيرية"
    if security_apparatus(analysis, b):
        return _phrase_from(analysis, b, limit=3, ents=ents)  # "بأجهزة الأمن السعودية"
    if word == "ما" and b + 1 < len(toks) and not _break_between(analysis, b, b + 1):
        # what a party does: "بما يقدمه الكادر الطبي", "بما قام به زملاؤه" (the doer
        # after the verb and its pronoun)
        verb = b + 2 if b + 2 < len(toks) and toks[b + 2].norm in ("به", "بها") else b + 1
        if verb == b + 1 and not _resumptive(toks[verb].norm):
            return None
        doer = subject_after(analysis, verb, ents)
        if (
            doer is None
            or not usable(analysis, doer, ents)
            # (not a place: "بما تشهده المنطقة من تطور")
            or recipient_kind(analysis, doer, ents) == "place"
            or _place_head(toks[doer[0]].norm)
        ):
            return None
        return doer[0], max(doer[1], title_name_end(analysis, doer, ents))
    if (
        len(word) >= 5
        and word[0] == "م"
        and analysis.text[toks[b].start : toks[b].end].endswith("ي")  # not "بمستوى"
        and b + 1 < len(toks)
        and toks[b + 1].norm.startswith("ال")
        and not _break_between(analysis, b, b + 1)
    ):
        return b, _phrase_from(analysis, b + 1, ents=ents)[1]  # "بمنسوبي الشركة"
    head = b  # the thing praised, or the last one joined to it by و
    if _key(word) in _WORKS and (quoted := _quoted_name_end(analysis, b + 1)):
        return b + 1, quoted  # a body named in quotes: "يشيد بدور «المواصفات»"
    for k in range(b, min(len(toks), b + 9)):
        if k > b and _break_between(analysis, k - 1, k):
            return None
        if k + 1 < len(toks) and k + 1 not in ents and (owned := _nationality_phrase(analysis, k)):
            return owned
        if k == b:
            continue
        w = toks[k].norm
        if k == b + 1 and _key(word) in _WORKS and w in _MINISTRIES_BY_AFFAIRS:
            return _phrase_from(analysis, k, ents=ents)  # "بدور الداخلية السعودية"
        if (
            k == head + 1
            and head > b
            and w.startswith("ال")
            and k not in ents
            and w not in _RELATIVES
        ):
            continue  # the second thing's adjective: "والمواقف المشرفة"
        if (
            k == b + 1
            and k not in ents
            and word.startswith("ال")
            and w.startswith("ال")
            and w not in _RELATIVES
        ):
            if _key(word) in _BODIES:
                return b, k + 1  # a body and its adjective: "بالأجهزة الأمنية"
            continue  # the بـ-noun's adjective: "بالمواقف المشرفة", "بالإنجاز الأمني"
        if (k in ents and ents[k][2] in ("PERSON", "ORG", "GPE")) or (
            k not in ents
            and (_party_word(w) or construct_plural(analysis, k, ents))
            and _key(w) not in _THINGS
        ):
            return _phrase_from(analysis, k, ents=ents)
        if (
            w.startswith("لل")
            and _key("ال" + w[2:]) in _BODIES
            and k + 1 < len(toks)
            and _nisba_adjective(toks[k + 1].norm)
            and not _break_between(analysis, k, k + 1)
        ):
            return k, k + 2  # "بالإنجاز الاستباقي للأجهزة الأمنية"
        if _lam_object(analysis, k) and (party := _lam_party(analysis, k, ents)):
            return party  # "بالخطة الاستراتيجية للمؤسسة"
        if (
            w in _RELATIVES
            # (past the praised thing's adjectives and genitive: "بالتوسعة الكبيرة للحرم
            # المكي التي دشنها خادم الحرمين")
            and k + 1 < len(toks)
            and _resumptive(toks[k + 1].norm)
            and not _break_between(analysis, k, k + 2)
        ):
            # whose the praised act is: the relative clause's subject ("بالاهتمام الكبير
            # الذي أولته الشؤون الصحية", "بالدور الذي لعبته طائرات التحالف")
            doer = subject_after(analysis, k + 1, ents)
            if not usable(analysis, doer, ents):
                return None
            # with the name its title leads to: "خادم الحرمين الشريفين الملك سلمان"
            return doer[0], max(doer[1], title_name_end(analysis, doer, ents))
        if (
            w == "من"
            and k > b + 1
            and k + 2 < len(toks)
            and toks[k + 1].norm in _BY_SIDE
            and not _break_between(analysis, k, k + 2)
            and _party_at(analysis, k + 2, ents)
        ):
            # the ones whose work it is: "بالمجهودات المبذولة من جانب اللجنة المنظمة"
            return _phrase_from(analysis, k + 2, ents=ents)
        if (
            w.startswith("وال")
            and k not in ents
            and not _party_word(w[1:])
            and not verb_like(analysis, k, ents)
            and k + 1 < len(toks)
        ):
            head = k
            continue  # a second thing praised: "بالجهود الجبارة والنجاحات الأمنية التي"
        if w in STOP or toks[k].core in CORE_STOP or verb_like(analysis, k, ents) or w[:1] in "بو":
            return None
    return None


def _call_then_time(analysis: Analysis, i: int, j: int) -> bool:
    """Between the meeting or call at i and the comma before j only its adjective and a
    time: "اتصالا هاتفيا أمس الأول، بفخامة الرئيس"."""
    toks = analysis.tokens
    return j > i + 1 and all(
        toks[k].norm in _FRAME_TIME
        or _weekday(toks[k].norm)
        or _indefinite_nisba(toks[k].norm)
        # an accusative nisba: "هاتفيا", "مطولا" is no nisba but an adverb
        or (
            len(toks[k].norm) >= 5
            and toks[k].norm.endswith("يا")
            and not toks[k].norm.startswith("ال")
        )
        or (toks[k].norm == "الاول" and toks[k - 1].norm == "امس")
        for k in range(i + 1, j)
    )


# a meeting word with its doer's pronoun, after "during": where talks were held
_OWN_MEETINGS = {
    f"{noun}{pronoun}"
    for noun in ("لقاي", "لقاء", "اجتماع", "استقبال", "اتصال", "مباحثات", "محادثات")
    for pronoun in ("ه", "ها", "هم", "هما")
}
_DURING_MEETING = {"خلال", "اثناء", "لدي", "عند"}


def met_during(
    analysis: Analysis, i: int, actor_rng: tuple[int, int] | None, ents: EntityIndex
) -> tuple[int, int] | None:
    """The one met in the doer's own meeting right after a talks verb and its subject:
    "بحث الجبير خلال لقائه بوزير الخارجية المصري", "ناقش الأمير خلال استقباله السفير"
    (the talks were held in that meeting, with that party)."""
    toks = analysis.tokens
    start = actor_rng[1] if actor_rng is not None and actor_rng[0] > i else i + 1
    for k in range(start, min(len(toks) - 2, start + 3)):
        if k > start and _break_between(analysis, k - 1, k):
            return None
        if toks[k].norm.lstrip("و") not in _DURING_MEETING or toks[k + 1].norm not in _OWN_MEETINGS:
            continue
        if _break_between(analysis, k, k + 2):
            return None
        _first, second = meeting_parties(analysis, k + 1, ents)
        if second is not None:
            return second
        if k + 2 in ents or is_actorish(analysis, k + 2, ents):
            return _phrase_from(analysis, k + 2, ents=ents)  # "خلال استقباله السفير"
        return None
    return None


def meeting_parties(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The sides of a meeting or a call named after its trigger, in its clause:
    "جرى اتصال هاتفي بين X وY" gives (X, Y); "عقد اجتماعا بالقيادات", "التقى بالرئيس"
    give (None, the party after بـ)."""
    toks = analysis.tokens
    # (a verb's subject with its titles and name may stand between: "اجتمع مدير الشؤون
    # الصحية عادي بن حسين العادي أول من أمس بالطواقم الفنية")
    limit = min(len(toks), i + 9)
    j = i
    while j + 1 < limit:
        j = _day_before_yesterday(analysis, j + 1)  # past "أول من أمس"
        if j >= len(toks):
            break
        if _break_between(analysis, j - 1, j):
            # a time between commas: "اجتمع رئيس الحكومة يوسف الشاهد، اليوم السبت،
            # بالمندوبين"
            aside = _past_aside(analysis, j) if j > i + 1 else j
            framed = _skip_frames(analysis, j, ents) if j > i + 1 else j
            if (
                j < framed < len(toks)
                and _break_between(analysis, framed - 1, framed)
                and not any(_break_between(analysis, k - 1, k) for k in range(j + 1, framed))
            ):
                # the time and place set off by commas: "التقى الوزير، أمس بمقر
                # الكلية الحربية، بطلبة الكلية"
                aside = framed
            elif not (
                j < aside < len(toks)
                and all(
                    toks[k].norm in _FRAME_TIME or _weekday(toks[k].norm) for k in range(j, aside)
                )
            ) and not _call_then_time(analysis, i, j):
                break
            limit = min(len(toks), limit + aside - j)
            j = aside
        norm = toks[j].norm
        if norm == "بين" and j + 1 < len(toks):
            if any(
                not (
                    _nisba_adjective(toks[k].norm)
                    or _indefinite_nisba(toks[k].norm)
                    # an indefinite adjective: "محادثات جديدة بين طالبان وكابل"
                    or toks[k].norm.endswith(("ه", "يه"))
                    and not toks[k].norm.startswith("ال")
                    or toks[k].norm in SKIP_BEFORE_SUBJECT  # "جرى اتصال هاتفي اليوم بين"
                    or toks[k].norm in ("يوم", "ليله")
                    or toks[k].core in _WEEKDAYS
                    # the city they are held in: "محادثات فيينا بين إيران والدول الكبرى"
                    or (k == i + 1 == j - 1 and ents.get(k, (0, 0, ""))[2] == "GPE")
                )
                for k in range(i + 1, j)
            ):
                return None, None  # "بحث العلاقات الثنائية بين البلدين": the topic's بين
            if toks[j + 1].norm in _DUAL_SIDES:
                return None, None  # "بين البلدين": both sides in one word, no second
            if not (j + 1 in ents or _party_word(toks[j + 1].norm) or is_actorish(analysis, j + 1)):
                return None, None
            # the first side runs up to the "و" that opens the second (not past a comma)
            for k in range(j + 2, min(len(toks), j + 10)):
                if _break_between(analysis, k - 1, k):
                    return None, None
                if conjunction_at(analysis, k, ents) and (
                    k in ents or _party_word(toks[k].norm[1:]) or is_actorish(analysis, k, ents)
                ):
                    return (j + 1, k), _phrase_from(analysis, k, limit=3, ents=ents)
            return None, None
        if norm in _CHAIR_WORDS or norm in _BESIDE:
            break  # who chairs or attends, and where: "اجتماعا طارئا برئاسة المدير"
        if (
            norm[:1] == "ب"
            and not norm.startswith("بين")
            and len(norm) > 3
            # a name's own ب (بوريس، باراك), not a title's preposition the tagger took
            # into its mention ("الاتصال بالمتحدث الرسمي")
            and (j not in getattr(ents, "own_initial", ()) or _title_after_bi_only(norm))
            and norm[1:] not in _STATE_WORDS  # the place of a title: "بدولة الكويت"
            and (
                j in ents
                and ents[j][2] in ("PERSON", "ORG")
                or _party_word(norm[1:])
                or construct_plural(analysis, j, ents, after_bi=True)  # "بمنسوبي المجمع"
                or norm[1:] in HONORIFIC_OPENERS  # "بفخامة الرئيس عبدالفتاح السيسي"
            )
        ):
            if construct_plural(analysis, j, ents, after_bi=True):
                # the plural, any plural joined to it, and their genitive
                k = j + 2 if toks[j + 1].norm[:1] == "و" else j + 1
                return None, (j, _phrase_from(analysis, k, limit=2, ents=ents)[1])
            met = _phrase_from(analysis, j, limit=3, ents=ents)
            if norm[1:] in HONORIFIC_OPENERS and j + 1 < len(toks):
                # the honoured person's title and the name it leads to
                inner = _phrase_from(analysis, j + 1, ents=ents)
                met = j, max(inner[1], title_name_end(analysis, inner, ents))
            return None, met
        if (
            norm[:1] == "ل"
            and (j == i + 1 or j == i + 2 and _indefinite_adjective_at(analysis, i + 1))
            and _bare(toks[i].norm).removeprefix("ال").startswith(("اجتماع", "لقاء"))
            # people, not a body whose own meeting it is ("اجتماعا للجنة التنفيذية")
            and (
                (w := norm[2:] if norm.startswith("لل") else norm[1:]) in _PEOPLE_PLURAL_HEADS
                or w.endswith(("ين", "ون"))
                and len(w) >= 5
            )
        ):
            # a meeting held for a body's people: "عقد اجتماعا موسعا للعاملين في القطاع"
            return None, _phrase_from(analysis, j, limit=3, ents=ents)
        if (
            norm == "من"
            and j - 1 > i
            and (_party_word(toks[j - 1].norm) or toks[j - 1].norm in ("عدد", "عددا", "جمع"))
        ):
            # the subject's own من: "والتقى وفد من وزارة الخارجية | بالسفير", "عدد من"
            continue
        if norm in STOP or toks[j].core in CORE_STOP or verb_like(analysis, j, ents):
            break
    return None, None


def _indefinite_adjective_at(analysis: Analysis, k: int) -> bool:
    """An indefinite adjective of the word before it, as an accusative or feminine
    form ("موسعاً", "مغلقا", "تشاورية"): no article or clitic, no break before."""
    norm = analysis.tokens[k].norm
    return (
        not _break_between(analysis, k - 1, k)
        and norm[:1] not in "وبلف"
        and not norm.startswith("ال")
        and (norm.endswith(("ا", "يه", "ه")) or _indefinite_nisba(norm))
    )


_ARREST_VERBS = ("اعتقل", "يعتقل", "تعتقل", "احتجز", "يحتجز", "تحتجز")


# the perfect of قبض (على): an arrest whose object follows على
_SEIZED_ON = {"قبض", "قبضت", "قبضوا", "قبضا", "قبضتا"}


def asked_genitive(analysis: Analysis, i: int, rng: tuple[int, int]) -> bool:
    """The masdar مطالبة at i has the phrase rng as its genitive, and the act asked for
    follows it as a بـ-complement ("مطالبة الحزب بالمغادرة", "بمطالبة X بسحب"): then
    the genitive is the one asked."""
    toks = analysis.tokens
    word = _bare(toks[i].norm)
    if (
        not word.endswith("مطالبه")
        or word.removesuffix("مطالبه") not in ("", "و", "ب", "ل", "وب", "ول")
        or rng[0] != i + 1
        or rng[1] >= len(toks)
    ):
        return False
    nxt = toks[rng[1]].norm
    return (
        not _break_between(analysis, rng[1] - 1, rng[1])
        and _bi_word(nxt)
        and nxt not in MANNER_ADVERBS
        and nxt not in _NOT_A_CHARGE  # "بين", "بعد", "بذلك"
        and not _party_word(nxt[1:])
    )


_FORCES = {"قوات", "جنود", "قطعات", "تعزيزات", "الويه", "وحدات", "عناصر", "مقاتلين", "مقاتلي"}


def forces_word(analysis: Analysis, j: int) -> bool:
    """Troops or forces, bare, definite or with a pronoun ("قواتها", "القوات", "جنوده"):
    what a mobilisation moves."""
    w = _bare(analysis.tokens[j].norm).lstrip("وف").removeprefix("ال")
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and w[: -len(suffix)] in _FORCES:
            return True
    return w in _FORCES


def _one_arrested(
    analysis: Analysis, i: int, after: tuple[int, int] | None, ents: EntityIndex
) -> bool:
    """An arrest verb in the perfect with only a private person after it ("واعتقل الرجل
    أثناء نشره ملصقات", "اعتقل شاب في …"): the passive, the person is the one arrested;
    people of no force do not arrest. With a second party after it the first is the
    doer ("اعتقل الجيش الرجل")."""
    toks = analysis.tokens
    if after is None or after[0] != i + 1 or after[0] in ents or not arrest_verb(analysis, i):
        return False
    w = _bare(toks[i].norm)
    if w[:1] in "يتس" or w.lstrip("وف") in _SEIZED_ON:
        return False  # an imperfect, or قبض (whose على names the one seized)
    norm = toks[after[0]].norm
    # (and without its article: the key of "الفتاة" is not that of "فتاة", read as ف + تاة)
    heads = {_key_without_tanween(norm), _key_without_tanween(norm.removeprefix("ال"))}
    if not heads & _PRIVATE_PEOPLE:
        return False
    return recipient_after(analysis, after[1], ents) is None


# people who are arrested, not who arrest (lemma keys)
_PRIVATE_PEOPLE = {
    _key(normalize(w))
    for w in (
        "رجل",
        "شاب",
        "امرأة",
        "سيدة",
        "فتاة",
        "مواطن",
        "ناشط",
        "ناشطة",
        "مدون",
        "طالب",
        "متهم",
        "مشتبه",
        "شخص",
        "مقيم",
        "وافد",
        "مهاجر",
        "طفل",
        "قاصر",
        "تاجر",
        "مهرب",
        "سائق",
        "كهل",
        "عامل",
    )
}


def arrest_verb(analysis: Analysis, i: int) -> bool:
    """A verb of arresting or detaining (اعتقلت، يحتجز) whose object is the phrase after
    it; not one that carries its object as a suffix ("يعتقله أحد الضباط": the phrase is
    the doer), nor أوقف or سجن, which also stop projects or name a prison; and قبض with
    على after it ("قبضوا على الشاب")."""
    toks = analysis.tokens
    w = _bare(toks[i].norm)
    if w.lstrip("وف") in _SEIZED_ON and any(t.norm in ("على", "علي") for t in toks[i + 1 : i + 8]):
        return True  # "قبضوا على الشاب", "قبضت الشرطة على"
    if not w.startswith(_ARREST_VERBS):
        return False
    stem = next(v for v in _ARREST_VERBS if w.startswith(v))
    rest = w[len(stem) :]
    return rest not in ("ه", "ها", "هم", "هما", "هن", "ته", "تها", "تهم", "وه", "وها", "وهم")


# perfect charge and arrest verbs (no object pronoun) that read passive when their charge
# or agent follows at once: "اتهما «بالمشاركة»"، "أوقفا بتهمة"، "اتهموا من قبل قاضي"
_CHARGE_STEMS = ("اتهم",)
_HELD_STEMS = ("اعتقل", "احتجز", "اوقف", "سجن")
# the singular imperfects, passive too when unvowelled: "ويحتجز اداير بدلا من دفع كفالة"
_HELD_IMPERFECTS = {"يحتجز", "تحتجز", "يعتقل", "تعتقل"}
_PERFECT_ENDINGS = ("", "ت", "ا", "تا", "وا")
# بـ-adverbs of manner: how something was asked or criticised, not the act or charge
# (and بأشد: "أدان الوزير بأشد العبارات")
MANNER_ADVERBS = {
    "بشده",
    "بقوه",
    "بحزم",
    "بحده",
    "بشكل",
    "بصوره",
    "بصراحه",
    "بوضوح",
    "بالحاح",
    "باشد",
}
# one-word manners between a verb and its subject (_skip_adverbs): all but those that
# need the word after them, بشكل, بصورة and بأشد
_MANNER_WORDS = MANNER_ADVERBS - {"بشكل", "بصوره", "باشد"}
_NOT_A_CHARGE = {"بين", "بعد", "بدوره", "بدورها", "بدورهم", "بذلك", "بها", "به", "بهم"} | (
    MANNER_ADVERBS
)


# what follows a stop of a project or a prison's name, never a person held there
_HELD_PLACE_OR_TIME = {"في", "منذ", "عام", "قبل", "خلال", "لمده", "مده", "امس", "يوم"}


def held_without_object(analysis: Analysis, i: int) -> bool:
    """A bare perfect of أوقف or سجن (which arrest_verb leaves out: they also stop
    projects and name a prison) followed straight by a place or a time, with no object:
    "أن الملاكم سجن في مدينة منبج", "أوقفت في فبراير 2014"."""
    toks = analysis.tokens
    norm = toks[i].norm
    # the conjunction once: "وسجن" is سجن, and "وأوقفت" أوقفت (not وقفت)
    w = norm[1:] if norm[:1] in "وف" and toks[i].core == norm[1:] else _bare(norm)
    prev = _bare(toks[i - 1].norm) if i > 0 else ""
    if prev[:1].isdigit() or _without_tanween(prev.lstrip("بل")) in _DURATION_UNITS:
        return False  # a term of prison, the noun: "بسنة سجن في حق"
    return (
        _perfect_of(w, ("اوقف", "سجن")) is not None
        and i + 1 < len(toks)
        and not _break_between(analysis, i, i + 1)
        and toks[i + 1].norm in _HELD_PLACE_OR_TIME
    )


def _perfect_of(w: str, stems: tuple[str, ...]) -> str | None:
    """The stem a bare perfect (no object pronoun) of one of the verbs is built on:
    اتهم، اتهموا، أوقفا; None for another word or a verb with its object (اتهمه)."""
    stem = next((v for v in stems if w.startswith(v)), None)
    return stem if stem is not None and w[len(stem) :] in _PERFECT_ENDINGS else None


def plural_held(
    analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex = _NO_ENTITIES
) -> bool:
    """The arrest verb at i is a dual or plural perfect (اعتقلا، احتجزوا) with no object
    pronoun after a subject rng that is no force or body ("رئيس الحركة ونائبه قد
    اعتقلا"): with no one arrested after it, it reads passive, whatever the titles."""
    w = _bare(analysis.tokens[i].norm).lstrip("وف")
    stem = _perfect_of(w, _HELD_STEMS)
    if stem is None or w[len(stem) :] not in ("ا", "وا", "تا"):
        return False
    hit = ents.get(rng[0])
    if hit is not None and hit[2] in ("ORG", "GPE"):
        return False
    return not any(_arrester_word(analysis.tokens[k].norm) for k in range(*rng))


def _arrester_word(norm: str) -> bool:
    """A word for those who arrest (forces, police, authorities): "الشرطة", "قوات"."""
    return _key(norm) in _ARRESTERS or _bare(norm).removeprefix("ال") in _ARRESTERS


def passive_by_complement(analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES) -> bool:
    """After the phrase before it, an unvowelled charge or arrest verb followed straight
    by its charge or its agent, with no object between, is passive: "معتقلي غوانتانامو
    السابقين اتهما «بالمشاركة»", "الرجال الخمسة اتهموا من قبل قاضي", "اثنين من المعتقلين
    أوقفا بتهمة". The phrase before is who was charged or held."""
    toks = analysis.tokens
    if i + 1 >= len(toks):
        return False
    w = _bare(toks[i].norm)
    charge, held = _perfect_of(w, _CHARGE_STEMS), _perfect_of(w, _HELD_STEMS)
    if charge is None and held is None:
        return False
    gap = analysis.text[toks[i].end : toks[i + 1].start]
    if gap.strip(" «\"'"):
        return False  # a comma or a bracket: the clause goes on otherwise
    nxt = toks[i + 1].norm
    if nxt == "من" and i + 2 < len(toks) and toks[i + 2].norm in _BY:
        return True
    if nxt.startswith("بتهم"):
        return True
    if held is not None and nxt == "في":
        # "أوقفا في بلجيكا بتهمة": past the place, the charge
        for k in range(i + 2, min(len(toks), i + 6)):
            if _break_between(analysis, k - 1, k):
                break
            if toks[k].norm.startswith("بتهم"):
                return True
    return (
        charge is not None
        and nxt[:1] == "ب"
        and len(nxt) > 3
        and nxt not in _NOT_A_CHARGE
        and (i + 1) not in ents  # a name in ب is the object: "اتهمت باكستان بالوقوف"
    )


_THEN = {"حينها", "انذاك", "وقتها", "حينذاك", "يومها", "سابقا", "مرارا", "ايضا"}
# what may stand between a charge verb and who is charged: "اتهم فيها الأخير بالإساءة"
_BEFORE_CHARGED = _THEN | {"فيها", "فيه"}
# the imperfects, passive too when unvowelled and one phrase before the charge: "ويتهم
# رئيس الشركة ومديره المالي بالتلاعب", "يتهم ماليما بتشويه صورته"
_CHARGE_IMPERFECTS = {"يتهم", "تتهم", "يتهمون", "ويتهم", "وتتهم", "ويتهمون"}


def charged_object(analysis: Analysis, i: int, rng: tuple[int, int]) -> bool:
    """A charge verb at i (اتهم) whose object at rng is followed straight by the charge:
    the object is a party, whatever its words ("اتهمت النيابة العامة تشافيز بارتكابه")."""
    toks = analysis.tokens
    k = rng[1]
    return (
        rng[0] > i
        and _perfect_of(_bare(toks[i].norm), _CHARGE_STEMS) is not None
        and k < len(toks)
        and not _break_between(analysis, k - 1, k)
        and _charge_word(toks[k].norm)
    )


def _charge_word(norm: str) -> bool:
    """A ب-word that can be the charge after its object: "بارتكابه", "بالتآمر"."""
    return (
        norm[:1] == "ب"
        and len(norm) > 3
        and norm not in _NOT_A_CHARGE
        and norm not in PRONOUN_PREPOSITIONS
    )


def charged_after_verb(analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """An unvowelled charge verb (perfect or imperfect), one phrase after it, then the
    charge with no second phrase between: the verb is passive, or its subject is
    dropped, and the phrase is who was charged, "واتهمت الصحيفة حينها بنشر معلومات",
    "ويتهم كيري بالتقصير" (an active verb has its object first: "اتهم الوزير المعارضة
    بالتآمر")."""
    toks = analysis.tokens
    verb = _bare(toks[i].norm)
    if _perfect_of(verb, _CHARGE_STEMS) is None and verb not in _CHARGE_IMPERFECTS:
        return False
    if rng[0] <= i or any(toks[k].norm not in _BEFORE_CHARGED for k in range(i + 1, rng[0])):
        return False  # "واتهم أيضًا بالتآمر", "اتهم فيها الأخير بالإساءة"
    k = rng[1]
    while k < len(toks) and toks[k].norm in _THEN and not _break_between(analysis, k - 1, k):
        k += 1
    if k >= len(toks) or _break_between(analysis, k - 1, k):
        return False
    return _charge_word(toks[k].norm) and k not in ents


def name_tail(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> int:
    """The end of a subject after its verb, past one word the tagger left out of the
    person's name it ends with, when a comma follows that word ("خالد محفوظ بحاح، اليوم"):
    a bare word, not a time, particle, verb, article noun or accusative; else rng's end."""
    toks = analysis.tokens
    end = rng[1]
    last = ents.get(end - 1)
    if last is None or last[2] != "PERSON" or last[1] != end or end + 1 >= len(toks):
        return end
    if _break_between(analysis, end - 1, end) or end in ents:
        return end
    if set(analysis.text[toks[end].end : toks[end + 1].start]) - {" "} not in ({"،"}, {","}):
        return end
    norm = toks[end].norm
    # a definite surname when a title stands in apposition after the comma: "ودعا الحبيب
    # الصيد، رئيس الوزراء التونسي، المجتمع الدولي"
    surname = norm.startswith("ال") and _title_head(toks[end + 1].norm)
    if (
        (norm.startswith(("ال", "بال", "لل", "كال", "وال")) and not surname)
        or norm.endswith("ا")
        or len(norm) < 3
        or norm in STOP
        or toks[end].core in CORE_STOP
        or norm in _FRAME_TIME
        or norm in MANNER_ADVERBS  # "الزياني بشدة،"
        or norm in _DOER_ENDING_ADVERBS
        or _weekday(norm)
        or _title_head(norm)
        or _party_word(norm)
        or verb_like(analysis, end, ents)
    ):
        return end
    return end + 1


def held_person_after(analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """An unvowelled perfect arrest verb at i (اعتقل، أوقف، احتجز; no object pronoun)
    followed by a person's bare name (no title, no force) and then nothing arrested:
    the name is who was held ("واعتقل أودبريشت يونيو الماضي"); so is a dual or plural in
    the nominative, which no active arrest verb has after it but as its subject, with its
    object after ("كما اعتقل شخصان مشتبه بهما من الكاميرون")."""
    toks = analysis.tokens
    verb = _bare(toks[i].norm)
    if _perfect_of(verb, _HELD_STEMS) is None and verb not in _HELD_IMPERFECTS:
        return False
    head = _bare(toks[rng[0]].norm)
    if (
        rng[0] not in ents
        and len(head.removeprefix("ال")) >= 4
        and head.endswith(("ان", "ون"))
        and not _arrester_word(head)
    ):
        return arrested_after(analysis, rng[1], ents) is None
    hit = ents.get(rng[0])
    if hit is None or hit[2] != "PERSON" or hit[0] != rng[0] or _title_head(toks[rng[0]].norm):
        return False
    if any(_key(toks[k].norm) in _ARRESTERS for k in range(*rng)):
        return False
    return arrested_after(analysis, hit[1], ents) is None


# who arrests: forces, police and authorities (a body by name is one too)
_ARRESTERS = {
    "شرطه",
    "وحدات",  # "الوحدات الأمنية قد قبضت على أخيها" (Tunisian: the security units)
    "وحده",
    "فرق",  # "فرق مكافحة الإرهاب"
    "فرقه",
    "قوات",
    "قوه",
    "امن",
    "سلطات",
    "سلطه",
    "جيش",
    "اجهزه",
    "جهاز",
    "دوريه",
    "دوريات",
    "مفرزه",
    "مفارز",
    "رجال",
    "جهات",
    "حرس",
    "استخبارات",
    "مباحث",
    "نيابه",
    "محكمه",
    "حكومه",
    "وزاره",
    "داخليه",
    "ميليشيا",
    "ميليشيات",
    "مسلحون",
    "مسلحين",
    "عناصر",
    "اعوان",  # Tunisian: "وأوقف أعوان الأبحاث شخصين", the security agents
}


def arrester(analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """Whether a phrase before the arrest verb at i can be the one arresting. Unvowelled,
    "اعتقل" is also "was arrested": after people who are no force or authority
    ("عشرات المحتجين اعتقلوا أمس", "المرأة التي اعتقلت") the verb is passive."""
    if analysis.tokens[i].norm[:1] in "يت" and not analysis.tokens[i].norm.startswith("تم"):
        return True  # the imperfect is read active: "الحوثيين يحتجزون 1500 معتقل"
    head = rng[0]
    hit = ents.get(head)
    if hit is not None and hit[2] in ("ORG", "GPE"):
        return True
    norm = analysis.tokens[head].norm
    word = _bare(norm).removeprefix("ال")
    return word in _ARRESTERS or _title_head(word) or _plural_title(norm) or word in _OFFICIALS


_OFFICIALS = {"مسوولين", "مسوولون", "مسؤولين", "مسؤولون", "محققين", "محققون", "ضباط"}


# units of a counted duration: "ثلاث سنوات", "48 ساعة", "15 يوما"
_DURATION_UNITS = {"سنوات", "سنه", "سنتين", "اعوام", "عاما", "عام", "اشهر", "شهرا", "شهر"}
_DURATION_UNITS |= {"شهور", "ايام", "يوما", "يوم", "ساعات", "ساعه", "اسابيع", "اسبوعا"}
_DURATION_UNITS |= {"يومين", "اسبوع", "اسبوعين", "شهرين", "ساعتين"}


def arrested_after(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Who was arrested: the noun phrase after the arrest verb's subject, past time words
    and quantifiers ("اعتقلت الشرطة أمس أكثر من 200 مدرس"), whatever its words."""
    toks = analysis.tokens
    j = _skip_adverbs(analysis, start)
    framed = _comma_frame_end(analysis, start, ents)
    set_off = framed > start
    if set_off:
        # a time set off by commas: "أوقفت قوات الأمن، في وقت متأخر مساء السبت، ستة أشخاص"
        j = start = framed
    if (
        j >= len(toks)
        or (
            j > 0
            and not set_off
            and _break_between(analysis, j - 1, j)
            # a comma may set off the time words skipped: "اعتقلت القوات أمس، شابين"
            and not (
                j > start
                and set(analysis.text[toks[j - 1].end : toks[j].start]) <= {" ", "،", ","}
                # not a clause joined after the comma: "اعتقل مرتين، وسجن في الرياض"
                and not (toks[j].norm[:1] in "وف" and toks[j].core == toks[j].norm[1:])
            )
        )
    ):
        return None
    head = j
    if toks[head].norm in _ABOUT_COUNT and head + 1 < len(toks):
        head += 1  # "نحو", "أكثر"
        if toks[head].norm == "من" and head + 1 < len(toks):
            head += 1  # "أكثر من 200 مدرس"
    if (
        (
            toks[head].norm[:1].isdigit()
            or toks[head].core in lexicon.NUMBER_WORDS - lexicon.COUNTED_NOUNS
        )
        and head + 1 < len(toks)
        # a definite number alone is the ones counted themselves: "أوقفت الأربعة بعد
        # استجوابهم" (not "المئات من", "الأربعة المتهمون")
        and not (
            toks[head].norm.startswith("ال")
            and toks[head + 1].norm != "من"
            and (toks[head + 1].norm in STOP or _break_between(analysis, head, head + 1))
        )
    ):
        head += 1  # "اعتقلت 12 شخصا", "ثلاثة متهمين"
        if toks[head].norm == "من" and head + 1 < len(toks) and head - j == 1:
            head += 1  # "اثنين من الأتراك": the count of a partitive
    if any(_break_between(analysis, k - 1, k) for k in range(j + 1, head + 1)):
        return None
    tok = toks[head]
    if _bare(tok.norm) in _SOME_OF_THEM:
        return j, head + 1  # "وألقت القبض على بعضهم": some of those named before
    if (
        tok.norm in STOP
        or tok.core in CORE_STOP
        or tok.norm[:1] in "بل"
        or verb_like(analysis, head, ents)
        # a second verb joined to it: "اعتقلت واتهمت بالقسوة" (she was arrested)
        or (head == j and tok.norm[:1] == "و" and analysis.verb_trigger_at(head))
    ):
        return None
    if tok.norm in lexicon.TIME_NOW:
        return None
    if any(_bare(toks[k].norm) in _DURATION_UNITS for k in range(j, min(head + 2, len(toks)))):
        return None  # "وسجن أحمد منصور ثلاث سنوات": how long, not who
    end = _phrase_from(analysis, head, limit=3, ents=ents)[1]
    for k in range(head + 1, end):
        if (
            toks[k].norm[:1] in "بل"
            and not toks[k].norm.startswith("ال")
            and toks[k].norm not in _BI_PRONOUNS  # "مشتبه بهم"
        ):
            end = k  # "شخصا بتهمة الإرهاب": the charge is no part of who
            break
    if any(_key(toks[k].norm) in _THINGS or toks[k].norm in _SEIZED for k in range(head, end)):
        return None  # "احتجزت السلطات شحنة أسلحة": goods, not people
    return j, end


_SOME_OF_THEM = {"بعضهم", "بعضهن", "بعضهما"}
_ABOUT_COUNT = {"نحو", "حوالي", "اكثر", "قرابه", "زهاء", "عشرات", "مئات", "الاف", "آلاف"}
# what is held or seized rather than arrested
_SEIZED = {"شحنه", "شحنات", "كميه", "كميات", "مخدرات", "سفينه", "سفن", "اموال", "مبالغ", "سيارات"}


def _asked_from(analysis: Analysis, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """ "طلبت إيران من سائقي الشاحنات تفادي ...": the one asked, after من (past time
    words); not "من أجل" or "من جهته"."""
    toks = analysis.tokens
    j = _skip_adverbs(analysis, start)
    aside = _past_aside(analysis, j)
    if aside > j and aside < len(toks) and toks[aside].norm == "من":
        j = aside  # "وطلب مكتب التحقيقات الفيدرالي (إف بي آي) من وكالات"
    if j + 1 >= len(toks) or toks[j].norm != "من":
        return None
    k = j + 1
    quoted = _quoted_name_end(analysis, k)
    if _break_between(analysis, j, k) and not quoted:
        return None
    if quoted and quoted - k <= 3 and toks[k].norm not in STOP:
        return k, quoted  # a name in quotes: "تطلب من «ويب» عدم الابتعاد"
    if toks[k].norm in STOP or toks[k].core in CORE_STOP or verb_like(analysis, k, ents):
        return None
    if toks[k].norm[:1] in "بل" and k not in ents:
        return None
    if toks[k].norm in _NOT_ASKED_FROM or _key(toks[k].norm) in _THINGS:
        return None  # "من أجل", "من جهته": no one asked
    if _bare(toks[k].norm) in _ONE_OF_THEM:
        return k, k + 1  # "طلب من أحدهم مغادرة المنزل": a pronoun's word takes no genitive
    a, b = _phrase_from(analysis, k, limit=3, ents=ents)
    for m in range(a + 1, b):
        if (
            m not in ents
            and m - 1 not in ents
            and _plain_definite_masdar(toks[m].norm)
            and (toks[m - 1].norm.startswith("ال") or _pronoun_suffix(analysis, m - 1))
        ):
            return a, m  # the act asked starts: "طلب من الموظف الكشف", "من مجموعته العودة"
    return a, b


# طلب إلى فلان أن: the one asked after إلى, before the أن of the act
_ASKING_TO = {"طلب", "طلبت", "يطلب", "تطلب", "طلبوا"}


def _asked_to(analysis: Analysis, i: int, start: int, ents: EntityIndex) -> tuple[int, int] | None:
    """ "وطلب الى الهيئات الاقتصادية ان تنشط": the one asked, after إلى and before أن
    (not "دعا إلى الحوار": what is called for)."""
    toks = analysis.tokens
    if _bare(toks[i].norm) not in _ASKING_TO:
        return None
    j = _skip_adverbs(analysis, start)
    if j + 2 >= len(toks) or toks[j].norm != "الي" or _break_between(analysis, j, j + 1):
        return None
    found = _phrase_from(analysis, j + 1, limit=3, ents=ents)
    if (
        found[1] < len(toks)
        and toks[found[1]].norm in ("ان", "بان")
        and not _break_between(analysis, found[1] - 1, found[1])
        and recipient_kind(analysis, found, ents) == "party"
    ):
        return found
    return None


# adjectives of the فَعْل / فَعْلة shapes, which the masdar test below would take
_FAL_ADJECTIVES = {"ضخم", "صعب", "سهل", "فخم", "عذب", "صلب", "حلو", "مر", "حر", "بكر"}


def _plain_definite_masdar(norm: str) -> bool:
    """A definite word of the form-I masdar shapes فَعْل / فَعْلة (الكشف، العودة), which
    is no adjective of the definite noun or the noun with a pronoun before it; not the
    فاعّ adjectives (العام، الخاصة) nor the few فَعْل adjectives (الضخم، الصعبة)."""
    if not norm.startswith("ال"):
        return False
    stem = norm[2:]
    if len(stem) == 4 and stem.endswith("ه"):
        if stem[2] == "ي":
            return False  # a nisba adjective: الصحية، الدولية
        stem = stem[:3]
    elif len(stem) != 3:
        return False
    return stem[1] not in "اى" and stem[0] not in "اي" and stem not in _FAL_ADJECTIVES


_NOT_ASKED_FROM = {"اجل", "خلال", "قبل", "بين", "جانب", "جهته", "جهتها", "جهتهم", "جديد", "ذلك"}


def _definite_plural(norm: str) -> bool:
    return norm.startswith("ال") and norm.endswith(("ين", "ون"))


def _agent_cue(
    analysis: Analysis,
    i: int,
    ents: EntityIndex = _NO_ENTITIES,
    window: int = 8,
    carried_out: bool = False,
) -> tuple[int, int] | None:
    """The agent named by a cue after i ("من قبل X", "نفذه X", "بواسطة X"); with
    ``carried_out``, "قام به X" after a relative pronoun too (an act's doer: "العمل
    الجبان الذي قامت به مجاميع مسلحة"; elsewhere it is whose deed is praised or judged,
    "أشاد بما قام به زملاؤه")."""
    toks = analysis.tokens
    for j in range(i + 1, min(len(toks) - 1, i + window)):
        by = toks[j].norm in _BY_SIDE and toks[j - 1].norm == "من"  # "من قبل X"
        carried = (
            carried_out
            and toks[j].norm in ("قام", "قامت", "قاموا")
            and toks[j + 1].norm in ("به", "بها")
            and toks[j - 1].norm in _RELATIVES
        )
        if by or carried or toks[j].core in AGENT_CUES or toks[j].norm in AGENT_CUES:
            k = j + 1 + carried
            if k < len(toks) and toks[k].norm in ("الي", "الى"):  # نسب إلى X
                k += 1
            k = _skip_quantifiers(analysis, k, min(len(toks), k + 3))
            # a quote mark may open the name: "تبناه «تنظيم القاعدة»"
            gap = analysis.text[toks[j].end : toks[k].start] if k < len(toks) else ""
            if k < len(toks) and not any(c in _PUNCT_BREAK and c not in '«»"' for c in gap):
                if toks[j].norm == "بواسطه" and not _party_at(analysis, k, ents):
                    continue  # an instrument, no agent: "بواسطة آلة حادة"
                return _phrase_from(analysis, k, ents=ents)
    return None


# verbs that condemn an act, whose doer is the one condemned ("أدان الهجوم الإسرائيلي"),
# unlike اتهم, whose object is the accused ("اتهمه بالتآمر")
_CONDEMNING = (
    "ادان",
    "دان",
    "يدين",
    "تدين",
    "ندد",
    "يندد",
    "تندد",
    "تنديد",
    "استنكر",
    "يستنكر",
    "تستنكر",
    "استنكار",
    "شجب",
    "يشجب",
    "تشجب",
    "انتقد",
    "ينتقد",
    "تنتقد",
    "انتقاد",
)
# nouns for acts and words one condemns, beside the event triggers: "تصريحات المالكي"
_CONDEMNABLE = {
    _key(normalize(w))
    for w in (
        "تصريحات",
        "تصريح",
        "ممارسات",
        "سياسات",
        "سياسة",
        "انتهاكات",
        "انتهاك",
        "تدخل",
        "تدخلات",
        "اعتداء",
        "اعتداءات",
        "جريمة",
        "جرائم",
        "عمل",
        "اعمال",
        "عملية",
        "حادث",
        "حادثة",
        "اقتحام",
        "اقتحامات",
        "استيطان",
        "احتلال",
        "عدوان",
        "مجزرة",
        "مجازر",
        "قرار",
        "اجراءات",
        "حملة",
        "انشطة",
        "نفوذ",
        "تجاوزات",
        "اساءة",
        "اساءات",
    )
}


def condemned_act_in(
    analysis: Analysis, i: int, rng: tuple[int, int], ents: EntityIndex
) -> int | None:
    """Where the act condemned begins inside the phrase taken for the doer of the
    condemning verb at i: a definite act noun no name holds ("استنكر ناجي الشهابي رئيس
    حزب الجيل | الحادث الإرهابي", "يستنكر | العمل الإرهابي"); None when there is none."""
    toks = analysis.tokens
    if rng[0] <= i or not condemning(analysis, i):
        return None
    for k in range(rng[0], rng[1]):
        norm = toks[k].norm
        if (
            norm.startswith("ال")
            # after a definite word or a name (a name's mention may run on into it:
            # "رئيس حزب الجيل الحادث"), not as a construct's genitive: "حزب العمل",
            # "خبراء السياسة الدولية"
            and (
                k == rng[0]
                or toks[k - 1].norm.startswith(("ال", "لل"))
                or (k - 1 in ents and k not in ents)
            )
            and (k not in ents or k > rng[0] and toks[k - 1].norm.startswith("ال"))
            # (the lemma key is a nisba's too: السياسي, a politician)
            and not norm.endswith("ي")
            and _key(norm) in _CONDEMNABLE
            and not (k > rng[0] and _break_between(analysis, k - 1, k))
            and k + 1 < len(toks)
            # an act with its adjective or genitive, not a body's word: "العمل الإرهابي"
            and toks[k + 1].norm.startswith("ال")
        ):
            return k
    return None


def condemning(analysis: Analysis, i: int) -> bool:
    """An ACCUSE verb at i that condemns an act (أدان، ندد، استنكر، شجب، انتقد), not
    one that charges a party with one (اتهم) nor a dictionary pattern ("تعرض لهجوم")."""
    return _bare(analysis.tokens[i].norm).startswith(_CONDEMNING)


def condemned_doer(
    analysis: Analysis, start: int, ents: EntityIndex
) -> tuple[bool, tuple[int, int] | None]:
    """(whether an act is what is condemned right after the subject, and its doer, the
    one condemned). The doer is a relative clause's or "من قبل"'s agent ("أدانت
    الحكومة الهجوم الذي نفذه مسلحون", "دانت الجريمة البشعة التي ارتكبها مستوطنون"),
    the nation of its nisba ("ندد بالتدخل الإيراني") or the party in its
    genitive ("باعتداءات المستوطنين"); a party after بـ is condemned itself ("وندد
    الوزير بالحوثيين"). Whoever the act was done to is not ("الهجوم على المدنيين").
    (False, None) when the words there are no act (a party, or another clause)."""
    toks = analysis.tokens
    start = _past_envoy_post(analysis, start, ents)  # "مندوب اليمن لدى الجامعة العربية"
    j = _skip_frames(analysis, _skip_adverbs(analysis, start), ents)  # "بمكة المكرمة"
    if (
        j < len(toks)
        and toks[j].norm[:1] == "و"
        and _bare(toks[j].norm[1:]).startswith(_CONDEMNING)
        and not (j > start and _break_between(analysis, j - 1, j))
    ):
        j += 1  # a second verb of condemning, sharing the object: "ودان المجلس واستنكر"
    while j < len(toks) and toks[j].norm in MANNER_ADVERBS:
        j += 1  # "بشدة"
    if j + 1 < len(toks) and toks[j].norm in ("باشد", "باقوي") and toks[j + 1].norm == "العبارات":
        j += 2  # "بأشد العبارات"
    if (
        j >= len(toks)
        or j in ents
        or (
            j > start
            and _break_between(analysis, j - 1, j)
            # (a frame set off by its comma: "وأدانت الوزارة في بيان صحفي لها، مصادقة")
            and set(analysis.text[toks[j - 1].end : toks[j].start]) - {" "} not in ({"،"}, {","})
        )
    ):
        return False, None
    norm = toks[j].norm
    word = norm[1:] if _bi_word(norm) else norm
    if (
        word != norm
        and not _act_after_bi(analysis, j, ents)
        and (_party_word(word) or actor_word(word) is not None)
    ):
        return True, _phrase_from(analysis, j, ents=ents)  # "وندد الوزير بالحوثيين"
    definite = word.startswith("ال")
    if not definite and (doer := _masdar_agent(analysis, j, ents)) is not None:
        return True, doer
    act = _key(word) in _CONDEMNABLE or any(
        t.index == j and t.type != "ACCUSE" for t in analysis.triggers
    )
    if not act and not definite:
        return False, None
    negated_adjective = False
    for k in range(j + 1, min(len(toks), j + 8)):
        gap = analysis.text[toks[k - 1].end : toks[k].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            break
        w = toks[k].norm
        if negated_adjective:
            negated_adjective = False
            continue  # "غير المسؤولة": an adjective, no party
        if w == "غير" and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال"):
            negated_adjective = True
            continue
        issued = (
            w in lexicon.RELATIVE
            and k + 3 < len(toks)
            and toks[k + 1].norm in ("صدرت", "صدر", "ادلي", "ادلت")
        ) or (w in _ISSUING and k + 2 < len(toks))
        if issued and toks[k + (2 if w in lexicon.RELATIVE else 1)].norm in _ISSUED_BY:
            # "التصريحات التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي", "التي
            # أدلى بها", "الصادرة عن", "وصدورها من مسؤول": whose words they are (the title
            # and its holder's name)
            said = _phrase_from(
                analysis, k + (3 if w in lexicon.RELATIVE else 2), limit=3, ents=ents
            )
            said = (said[0], max(said[1], title_name_end(analysis, said, ents)))
            return True, said if usable(analysis, said, ents) else None
        if w in lexicon.RELATIVE or (w == "من" and k + 1 < len(toks) and toks[k + 1].norm in _BY):
            doer = _agent_cue(analysis, k - 1 if w == "من" else k, ents, window=4, carried_out=True)
            if doer is None and w in lexicon.RELATIVE:
                doer = _doer_of_resumed_act(analysis, k + 1, ents)
            return True, doer if usable(analysis, doer, ents) else None
        if word.removeprefix("ال") in _CONDUCT and toks[k].norm[:1] == "ل":
            # a party's conduct and its لـ-owner: "بالأنشطة التخريبية لإيران" (not the
            # one an act is done to: "الإساءة للنبي")
            owner = _lam_party(analysis, k, ents)
            if owner is None and k in ents and ents[k][2] in ("GPE", "ORG", "PERSON"):
                owner = ents[k][:2]  # a name after ل: "لإيران" (_lam_object reads لا)
            if owner is not None:
                return True, owner
        if not act:
            continue  # (a definite object of another kind: only a relative clause tells)
        if (
            k == j + 1
            and not definite
            and (
                (k in ents and is_actorish(analysis, k, ents))
                or (k not in ents and (_party_word(w) or construct_plural(analysis, k, ents)))
            )
        ):
            return True, _phrase_from(analysis, k, ents=ents)  # "باعتداءات المستوطنين"
        if k in ents or not w.removeprefix("و").startswith("ال"):
            break  # (a second act joined by و goes on: "الممارسات والانتهاكات التي")
        if demonym_country(w) is not None:
            # "الهجوم الإسرائيلي": the act and its nation, as object_owner gives it (the
            # nationality names the state)
            return True, (j, k + 1)
        if _party_word(w) and not (
            # a feminine nisba agreeing with the act, no party: "التصريحات الطائفية التي"
            w.endswith("يه") and _bare(w).removeprefix("ال") not in _BODY_NOUNS_IN_YA
        ):
            break
    return act, None


# words issued by someone, after a definite act: "التصريحات الصادرة عن", "وصدورها من
# مسؤول" (the definite forms of _ISSUED, which a document's issuer follows)
_ISSUING = {w for w in _ISSUED if w.startswith("ال")} | {"وصدورها", "وصدوره"}
_ISSUED_BY = ("عن", "من", "بها", "به")
# a party's conduct, whose لـ-genitive is its doer: "الأنشطة التخريبية لإيران"
_CONDUCT = {
    "انشطه",
    "نشاطات",
    "ممارسات",
    "سياسات",
    "تدخلات",
    "تصريحات",
    "مواقف",
    "تصرفات",
    "تحركات",
    "اعمال",
}


# verbs of doing an act, whose pronoun returns to the act condemned: "الممارسات التي
# ترتكبها ميليشيات الحوثيين", "التي يأتيها جيش الاحتلال"
_DOING_STEMS = ("ارتكب", "يرتكب", "ترتكب", "مارس", "يمارس", "تمارس", "ياتي", "تاتي", "اقترف")
_DOING_STEMS += ("يقترف", "تقترف", "شن", "يشن", "تشن", "نفذ", "ينفذ", "تنفذ")


def _doer_of_resumed_act(analysis: Analysis, v: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The subject after a verb of doing at v whose pronoun is the act before the
    relative: "التي ترتكبها ميليشيات الحوثيين" -> "ميليشيات الحوثيين"."""
    toks = analysis.tokens
    if v + 1 >= len(toks) or _break_between(analysis, v, v + 1):
        return None
    verb = toks[v].norm
    for pronoun in ("ها", "ه", "هم"):
        if verb.endswith(pronoun):
            stem = verb[: -len(pronoun)]
            break
    else:
        return None
    if stem.removesuffix("ت") not in _DOING_STEMS and stem not in _DOING_STEMS:
        return None
    found = _phrase_from(analysis, v + 1, ents=ents)
    return found if recipient_kind(analysis, found, ents) == "party" else None


def _masdar_agent(analysis: Analysis, j: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The genitive of a derived masdar in construct at j when the act's own object
    follows it with a preposition, so the genitive is the doer: "استنكر مصادقة كنيست
    الاحتلال على قانون", "اتهام بعض الناس لكل من" (not "اعتقال الصحفيين", whose
    genitive is who was arrested)."""
    toks = analysis.tokens
    word = toks[j].norm
    if not indefinite_masdar(word, analysis.text[toks[j].start : toks[j].end]):
        return None
    k = j + 1
    if k < len(toks) and toks[k].core in QUANTIFIERS:
        k += 1  # "بعض الناس"
    if k >= len(toks) or _break_between(analysis, j, k):
        return None
    head = toks[k].norm
    if k not in ents and (
        head in STOP
        or _key(head) in _THINGS
        or derived_masdar(head)
        or _time_word(head)
        or verb_like(analysis, k, ents)
    ):
        return None
    rng = _phrase_from(analysis, k, limit=3, ents=ents)
    end = rng[1]
    while end < len(toks) and end - rng[0] < 6 and _nisba_adjective(toks[end].norm):
        end += 1  # "كنيست الاحتلال الإسرائيلي"
    if end >= len(toks) or _break_between(analysis, end - 1, end):
        return None
    nxt = toks[end].norm
    if (
        nxt in ("علي", "على", "عن", "ضد")
        or (nxt[:1] == "ل" and not nxt.startswith("لل") and nxt[1:] in ("كل", "جميع"))
        or (nxt.startswith("لل") and len(nxt) > 4 and (end in ents or _party_word(nxt[2:])))
    ):
        return (j + 1, end) if toks[j + 1].core in QUANTIFIERS else (k, end)
    return None


# holding someone responsible: "وحملت إسرائيل المسؤولية", "محملاً سلطات الاحتلال"
_HOLDING = {"حمل", "حملت", "حملوا", "حملا", "يحمل", "محملا", "محمله", "محملين"}


def _responsibility_word(norm: str) -> bool:
    return _bare(norm).removeprefix("ال") == "مسووليه"


def held_responsible(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The party a condemnation holds responsible later in its sentence: "دانت الحكومة
    مقتل الطفل، وحملت إسرائيل المسؤولية", "أدان الاعتداءات، محملاً سلطات الاحتلال
    المسؤولية الكاملة" (the party between the verb of holding and المسؤولية)."""
    toks = analysis.tokens
    for k in range(i + 1, len(toks) - 2):
        gap = analysis.text[toks[k - 1].end : toks[k].start]
        if any(c in _SENTENCE_END for c in gap):
            return None
        if (
            toks[k].norm.removeprefix("و") not in _HOLDING
            or k + 1 in ents
            and ents[k + 1][0] < k + 1
        ):
            continue
        party = _phrase_from(analysis, k + 1, limit=3, ents=ents)
        inside = [m for m in range(party[0] + 1, party[1]) if _responsibility_word(toks[m].norm)]
        if inside:
            party = party[0], inside[0]  # (read as the party's adjective: "الإسرائيلية المسؤولية")
        end = party[1]
        while (
            end < len(toks)
            and end - party[0] < 6
            and _nisba_adjective(toks[end].norm)
            and not _responsibility_word(toks[end].norm)
        ):
            end += 1  # "سلطات الاحتلال الإسرائيلية"
        if (
            end < len(toks)
            and _responsibility_word(toks[end].norm)
            and not _break_between(analysis, k, end)
            and (party[0] in ents or recipient_kind(analysis, party, ents) == "party")
        ):
            return party[0], end
    return None


def victim_like(analysis: Analysis, trig: Trigger) -> bool:
    """A doer word used as the victim or as an adjective: "مقتل 15 مسلحا", "هجوم انتحاري"."""
    toks = analysis.tokens
    i = trig.index
    for t in analysis.triggers:
        if t.index == i - 1 and t.kind in ("noun", "victim"):
            return True
        if (
            i - 3 <= t.index < i
            and t.kind in ("victim",)
            or (
                t.index < i
                and t.families
                and t.families[0] in ("kill_v", "kill_n")
                and i - t.index <= 3
            )
        ):
            return True
    return any(
        toks[j].norm[:1].isdigit()
        or (toks[j].core in lexicon.NUMBER_WORDS and toks[j].core not in lexicon.CROWD)
        for j in range(max(0, i - 2), i)
    )


# adverbs, adjectives and prepositions that phrase-finding can land on ("بوقف فوري")
_NOT_PARTIES = {
    # the end or the start of a year or month: "وتمكّنت أواخر سنة 2015 من القبض"
    "اواخر",
    "اوايل",
    "منتصف",
    # the participle of calling, a حال: "طالبوا به داعين الى تفعيل"
    "داعين",
    "داعيا",
    "فوري",
    "فوريه",
    "فورا",
    "بشان",
    "بفضل",  # "تمكنت بفضل من الله من القبض": thanks to God
    "حول",
    "يوم",
    "امس",
    "خلف",
    "الجديد",
    "النووي",
    # "وطلب مني مغادرة": a pronoun after من is whom one asks, no doer
    "مني",
    "منه",
    "منها",
    "منهم",
    "منا",
    # months and currencies: "وفي أبريل - نيسان وقّع ...", "ثلاثة مليارات مارك"
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
    "مارك",
    "دولار",
    "دولارا",
    "يورو",
    "ريالا",  # (not ريال: "ريال مدريد")
    "جنيه",
    "جنيها",
    "دينار",
    "دينارا",
    "درهم",
    "درهما",
}


def trim_verbs(analysis: Analysis, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """Drop a light, support or issuing verb that a role phrase starts with ("وقام X"),
    and a perfect verb that opens its clause ("وجددت الحكومة")."""
    if rng is None:
        return None
    a, b = rng
    toks = analysis.tokens
    while a < b - 1:
        norm = toks[a].norm
        if norm in _VERB_HEADS or (norm[:1] in "وف" and norm[1:] in _VERB_HEADS):
            a += 1
        elif norm in _STANCE_PARTICIPLES:
            a += 1  # a speaker's participle: "مبيناً | الائتلاف يدعو"
        elif (
            norm[:1] in "وف"
            and 3 <= len(norm) - 1 <= 6
            and norm.endswith(("ت", "وا"))
            and perfect_verb_like(toks[a])
            and toks[a + 1].norm.startswith("ال")
        ):
            a += 1  # a perfect verb opening its clause: "وجددت الحكومة مطالبة ..."
        elif (
            norm[:1] in "وف"
            and _bare(norm) != norm  # (not وحدات, whose و is its own)
            and norm.endswith("ت")
            and 4 <= len(norm) - 1 <= 5
            and (not norm[1:].startswith("ال") or norm[1:] in ("الغت", "التقت", "التزمت"))
            and not norm[1:].startswith(("ب", "ل", "ك"))
            and _party_word(toks[a + 1].norm)
        ):
            # a feminine perfect the shape test leaves out, before a party: "وألغت |
            # إدارة الغذاء", "ونشرت | وزارة الداخلية"
            a += 1
        else:
            break
    return a, b


def split_sides(
    analysis: Analysis, rng: tuple[int, int], ents: EntityIndex = _NO_ENTITIES
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two parties coordinated in one phrase, as (first, second): "الأمير محمد بن سلمان
    ووزير الدفاع الأميركي" (the sides of a meeting); None when the phrase is one party."""
    toks = analysis.tokens
    a, b = rng[0], _coordinated(analysis, rng[1], ents)  # a named party, then "و + party"
    if (
        b == rng[1] < len(toks)
        and conjunction_at(analysis, b, ents)
        and not _break_between(analysis, b - 1, b)
        and (_title_head(toks[b].norm[1:]) or _party_word(toks[b].norm[1:]))
    ):
        b = _phrase_from(analysis, b, limit=3, ents=ents)[1]  # "ووزير الدفاع الأميركي"
    for k in range(a + 1, b):
        if _break_between(analysis, k - 1, k):
            return None
        hit = ents.get(k)
        if hit is not None and hit[0] < k:
            continue  # inside a name
        if _nisba_adjective(toks[k].norm[1:]):
            return None  # "وزيرا الخارجية السعودي والأمريكي": one phrase, two adjectives
        if conjunction_at(analysis, k, ents) and (
            hit is not None
            or is_actorish(analysis, k, ents)
            or _party_word(toks[k].norm[1:])
            or _title_head(toks[k].norm[1:])
        ):
            return (a, k), (k, b)
    return None


def extend_coordination(
    analysis: Analysis, rng: tuple[int, int], ents: EntityIndex, limit: int = 20
) -> tuple[int, int]:
    """Extend an object phrase over appositions and coordinated phrases separated by
    commas: "وزير الدفاع، سيرغي شويغو، وسكرتير المجلس، نيكولاي باتروشيف"."""
    toks = analysis.tokens
    a, b = rng
    while b < len(toks) and b - a < limit:
        hit = ents.get(b)
        prev = ents.get(b - 1)
        if hit and prev and hit[0] == b and hit[2] == prev[2] == "PERSON":
            b = hit[1]  # a title mention right before the name: "نائب الوزير" + "فلان"
            continue
        gap = analysis.text[toks[b - 1].end : toks[b].start]
        if not any(c in "،," for c in gap) or any(c in lexicon.CLAUSE_MARKS for c in gap):
            break
        hit = ents.get(b)
        if hit is not None and hit[0] == b and hit[2] == "PERSON":
            b = hit[1]  # an apposition naming the person
            continue
        named = None  # a title apposition ending in a person's name: "، نائب الوزير فلان"
        for e in range(b, min(len(toks), b + 6)):
            if e > b and any(
                c in "،,.:;؛!?؟" for c in analysis.text[toks[e - 1].end : toks[e].start]
            ):
                break
            hit = ents.get(e)
            if hit is not None and hit[2] == "PERSON":
                named = hit[1]
                break
        if named is not None:
            b = named
            continue
        if toks[b].norm[:1] == "و" and len(toks[b].norm) > 3:
            # a coordinated phrase up to the next comma (at most 5 words)
            e = b + 1
            while e < len(toks) and e - b < 5:
                if any(c in "،,.:;؛!?؟" for c in analysis.text[toks[e - 1].end : toks[e].start]):
                    break
                e += 1
            b = e
            continue
        break
    return a, b


# adverbs of degree and frequency, which stand where a subject may: "رفضه كثيرا"
_HOW_MUCH = {"كثيرا", "قليلا", "دايما", "مجددا", "مرارا", "سابقا", "جدا", "تماما", "اطلاقا"}


# independent pronouns of the third person
_HE_SHE_THEY = {"هو", "هي", "هم", "هما", "هن"}
# particles and prepositions that STOP leaves out, which no role phrase starts with
# كان with its own pronoun subject, no party: "وكنا قد اتفقنا"
_BEING_WITH_PRONOUN = {"كنا", "كنت", "كنتم", "كنتن", "كانا", "كانتا"}
_NO_PARTY_PARTICLES = {"لقد", "رغم", "برغم", "مقابل", "ما", "مما", "بما"} | {
    # أنّ with its pronoun, whose party is named before: "معتبرا أنهن يرفضن"
    "انه",
    "انها",
    "انهم",
    "انهن",
    "انهما",
    "بانه",
    "بانها",
    "بانهم",
    "بانهن",
    "لانه",
    "لانها",
    "لانهم",
    # along with: "قررت رفقة شركائها طلب", "برفقة"
    "رفقه",
    "برفقه",
    # according to: "(حسب تعهد بوش)", whose party follows
    "حسب",
    "بحسب",
}
# "مرة أخرى", "للمرة الثانية": the word after مرة that makes it an adverb of time
_ORDINAL_TIMES = {"اخري", "ثانيه", "ثالثه", "جديده", "الثانيه", "الثالثه", "الاولي", "الاخيره"}


# "of him": the one asked in "طلب منه"
_OF_HIM = {"منه", "منها", "منهم", "منهما"}


def _before_masdar(analysis: Analysis, rng: tuple[int, int]) -> tuple[int, int]:
    """The phrase cut before a masdar that follows its end, a definite word or an
    adjective: "الوزير | تسليم الوثائق", "شخص مجهول | تسليم" (not "مدير إدارة", a head
    and its genitive)."""
    toks = analysis.tokens
    for k in range(rng[0] + 1, rng[1]):
        surface = analysis.text[toks[k].start : toks[k].end]
        if derived_masdar(toks[k].norm, surface) and (
            toks[k - 1].norm.startswith("ال") or k - 1 > rng[0]
        ):
            return rng[0], k
    return rng


# أنّ and إنّ, whose noun is the subject of the clause after it
_THAT_WORDS = {"ان", "بان", "لان", "وان"}


# "before it", "after it": adverbs of time with a pronoun
_BEFORE_AND_AFTER_IT = {w + p for w in ("قبل", "بعد") for p in ("ه", "ها", "هم", "هما")}


def usable(
    analysis: Analysis,
    rng: tuple[int, int] | None,
    ents: EntityIndex = _NO_ENTITIES,
    counted: bool = False,
) -> bool:
    """A role phrase must start with a noun: no bare number, pronoun, verb or particle.
    With ``counted`` (a recipient) a count with its noun is one: "احتجزت 1302 شخص"."""
    if rng is None:
        return False
    toks = analysis.tokens
    first = toks[rng[0]].norm
    if rng[1] - rng[0] > 1 and first in _DETERMINERS:
        return usable(analysis, (rng[0] + 1, rng[1]), ents, counted)  # "هذه المنظمة"
    if rng[1] - rng[0] > 1 and _whoever(analysis, rng[0], ents) is not None:
        return True  # "من يرغب في التقدم": whoever wishes, the relative's clause
    if _bare(first) in STOP or (rng[1] - rng[0] == 1 and _bare(first) in _VERB_HEADS):
        return False  # "والذي", "وكان"; a support verb alone ("عقد")
    if rng[1] - rng[0] == 1 and first == "الله":
        return False  # "الملك عبدالله -رحمه الله-": a blessing, no party
    if _bare(first) in _BLESSINGS and rng[0] + 1 < len(toks) and toks[rng[0] + 1].norm == "الله":
        return False  # 'كما بعث "حفظه الله" برقية': the blessing on one named before
    if first in ("اياه", "اياها", "اياهم", "اياهما", "اياهن"):
        return False  # "داعيا إياهم": a pronoun, no named party
    if _bare(first) in _BEFORE_AND_AFTER_IT:
        return False  # "وقبلها زيارته للسفاح": before it, a time, no party
    if _clitic_before_quote(analysis, rng[0], ("ب", "ل", "ك")):
        return False  # a clitic a quote cut off: 'ندد ب"التصريحات العدائية"'
    if first.isascii() and first[:1].isalpha() and rng[0] not in ents:
        return False  # "«كولسترول الغذاء» Dietary Cholesterol": a gloss, no party
    if rng[0] > 0 and toks[rng[0] - 1].norm in ("لا", "ولا") and rng[0] not in ents:
        return False  # "لا أمن ولا أمان بدون الجيش": a thing denied, no party
    if (
        rng[1] - rng[0] == 1
        and first == "ام"
        and rng[1] < len(toks)
        and (toks[rng[1]].norm.startswith("ان") or toks[rng[1]].norm in STOP)
    ):
        return False  # "، أم أن الرئيس": the particle "or", no mother
    if first[:1] in "بل" and first[1:] in _DETERMINERS_WITH_LIKE:
        return False  # "واستنكاره لمثل تلك الممارسات": what, with its preposition
    if rng[1] - rng[0] == 1 and _bare(first) in _RECEIVING:
        return False  # "أنه تلقى تهديدا": a verb of getting, whose subject is the pronoun
    if (
        rng[1] - rng[0] == 1
        and rng[0] not in ents
        and first.endswith("يه")
        and _indefinite_nisba(first)
        and actor_word(first) is None
        and analysis.verb_trigger_at(rng[1])  # right before the verb (not "منسوبيه")
    ):
        return False  # "اعتبرها الكثيرون أنها عنصرية | طالب": a predicate, no party
    if first.lstrip("وف") in lexicon.NEGATION or first.lstrip("وف") in _BEING_WITH_PRONOUN:
        return False  # "ولم", "فلما شاهد عمر", "وكنا قد اتفقنا": a particle or "we were"
    if (
        _bare(first) in ("مره", "للمره")
        and rng[0] + 1 < len(toks)
        and toks[rng[0] + 1].norm in _ORDINAL_TIMES
    ):
        return False  # "ومرة أخرى رفض المتمردون", "للمرة الثانية": when, not who
    if rng[1] - rng[0] == 1 and _bare(first) in ("السبب", "الاسباب", "الدعوات"):
        return False  # "لهذا السبب رفضت", "الدعوات التي طالبت": why or what, not who
    if _bare(first) in _NO_PARTY_PARTICLES or first.lstrip("وف") in _NO_PARTY_PARTICLES:
        # "ولقد طلبت", "رغم رفض حبري", "ومقابل تعاون المصارف", "وما قدموه": a particle,
        # a preposition or "what"
        return False
    if (
        first.startswith("لل")
        and rng[0] not in ents
        and not _party_word("ال" + first[2:])
        and not _party_word("ال" + first[1:])
        and not first.endswith(("يين", "يون"))  # people: "للجنوبيين"
        # a body and its adjective: "للأجهزة الأمنية"
        and not (rng[1] - rng[0] >= 2 and _key("ال" + first[2:]) in _BODIES)
        and (derived_masdar(first) or _key(first[2:]) not in _PARTY_HEADS)
        and not is_actorish(analysis, rng[0], ents)
    ):
        return False  # "وافقت عليها للحصول على مساعدة": a purpose, no party
    if (
        first[:1] == "ل"
        and rng[0] not in ents
        and not first.startswith("لل")
        and first.endswith(("ها", "هم", "هما"))
        and not _party_word(first)
    ):
        return False  # "قطع لعلاقاتها الدبلوماسية": a thing of its own in لـ, no party
    if (
        rng[1] - rng[0] == 1
        and rng[0] > 0
        and rng[0] not in ents
        and _indefinite_nisba(first)
        and rng[0] - 1 not in ents
        and _construct_noun(toks[rng[0] - 1].norm)
        and toks[rng[0] - 1].norm not in QUANTIFIERS  # "جميع منسوبيه"
        and toks[rng[0] - 1].core not in QUANTIFIERS
        # a nationality stands for its man, the noun's genitive: "اعترافات تونسي"
        and demonym_country(first) is None
        and not verb_like(analysis, rng[0] - 1, ents)
        and not analysis.verb_trigger_at(rng[0] - 1)
        and not _break_between(analysis, rng[0] - 1, rng[0])
    ):
        return False  # the adjective of the noun before it: "حقائب | وزارية", "مبلغ | مالي"
    if first in _HE_SHE_THEY or rng[1] - rng[0] == 1 and first.lstrip("وف") in _HE_SHE_THEY:
        return False  # "وهي ترفض الآن": a pronoun, whose party is named before
    if first in _STANCE_PARTICIPLES and rng[0] not in ents:
        return False  # "موضحا صدور موافقة الوزير": a حال of the speaker, no party
    if first in _HOW_MUCH:
        return False  # "الحل الذي رفضه كثيرا": how often, no party
    if any(toks[k].norm in _HE_THAT for k in range(rng[0], rng[1])):
        return False  # "أبلغه خلالها بأنه زار": a clause, whose doer is the pronoun
    if (
        toks[rng[0]].norm[:1] in "وف"
        and rng[0] not in ents
        and (perfect_verb_like(toks[rng[0]]) or analysis.verb_trigger_at(rng[0]))
        and any(t.index == rng[0] for t in analysis.triggers)
    ):
        # "لقيت امرأتان مصرعهما وأصيب السائق", "ودان المجلس واستنكر": the next verb
        return False
    if _act_after_bi(analysis, rng[0], ents):
        return False  # "تطالب بطرد المسلحين": the act asked for, no party
    if (
        rng[0] > 0
        and rng[0] not in ents
        and _nisba_adjective(first)
        and first.endswith(("ي", "يه"))  # not a plural nisba noun: "الفدائيين"
        and not _nisba_after_plural(analysis, rng[0])
        and (rng[0] - 1 in ents or _bare(toks[rng[0] - 1].norm).startswith(("ال", "لل")))
        and not _break_between(analysis, rng[0] - 1, rng[0])
        and _bare(toks[rng[0] - 1].norm) not in STOP
        and _bare(toks[rng[0] - 1].norm) not in _VERB_HEADS
        and not _time_word(toks[rng[0] - 1].norm)  # "طالب اليوم | السياسي محمود"
        and not verb_like(analysis, rng[0] - 1, ents)
        and not analysis.verb_trigger_at(rng[0] - 1)
        # (a masculine one after a feminine one is a noun: "الإيطالية | المغربي عبد")
        and not _masculine_nisba_after_feminine(analysis, rng[0])
    ):
        return False  # the adjective of the noun before it: "تنظيم داعش الإرهابي"
    if rng[0] > 0 and rng[0] not in ents and _second_indefinite_adjective(analysis, rng[0]):
        return False  # "مشاورات عربية ودولية", "قادة عسكريون ميدانيون"
    counted = (
        counted
        and rng[1] - rng[0] > 1
        and not toks[rng[0] + 1].norm[:1].isdigit()
        and not verb_like(analysis, rng[0] + 1, ents)
        # (a partitive too: "القبض على 5 من مواطنيها")
        and (
            toks[rng[0] + 1].norm not in STOP
            or toks[rng[0] + 1].norm == "من"
            and rng[1] - rng[0] > 2
        )
    )
    # a count of states or bodies may act too: "وأعلنت 7 دول قطع علاقاتها" (a count
    # of people before a verb is mostly its passive's: "847 شخصا اوقفوا")
    counted_parties = (
        rng[1] - rng[0] > 1
        and rng[0] + 1 not in ents
        and _bare(toks[rng[0] + 1].norm) in _COUNTED_BODIES
        and not _break_between(analysis, rng[0], rng[0] + 1)
    )
    return (
        (not first[:1].isdigit() or counted or counted_parties)
        and not verb_like(analysis, rng[0], ents)
        and first not in _NOT_PARTIES
        and first not in _RESUMPTIVE_PREPOSITIONS
        and first not in PRONOUN_PREPOSITIONS
        and first not in _WHEREIN  # "كانت تطالب خلاله بأمرين"
    )


_COUNTED_BODIES = {"دول", "بلدان", "حكومات", "منظمات", "جمعيات", "احزاب", "نقابات", "فصايل"}
_COUNTED_BODIES |= {"هييات", "شركات", "جماعات", "وزارات", "سفارات", "برلمانات"}


def _is_doer(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    if any(t.index == j and t.kind == "agent" for t in analysis.triggers):
        return True
    hit = lookup([analysis.tokens[j].norm])
    return bool(hit and hit[1] in _DOERS)


# verbs of managing to do a masdar: "تمكنت الجهات الأمنية من القبض على", "نجحت في"
_ACHIEVING = {"تمكن", "تمكنت", "تمكنوا", "تمكنا", "نجح", "نجحت", "نجحوا", "نجحا"}


def _achiever(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """ "تمكنت فرقة من الهيئة، اليوم الخميس، من القبض على مروج": the subject of تمكن/نجح
    does the masdar after من/في (past commas around time and place words)."""
    toks = analysis.tokens
    if i < 2 or toks[i - 1].norm not in ("من", "في"):
        return None
    for j in range(i - 2, max(-1, i - 30), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            return None
        if _bare(toks[j].norm).lstrip("وف") in _ACHIEVING:
            k = _skip_adverbs(analysis, j + 1)
            if k >= i - 1:
                # no subject after it: the one before it ("أن الوحدات الأمنية تمكنت من
                # القبض"), or the one it shares with the verb before ("وداهمت الشرطة
                # المنزل وتمكنت من القبض")
                before = trim_verbs(analysis, subject_before(analysis, j, ents))
                if usable(analysis, before, ents) and (
                    before[0] in ents
                    or _party_word(toks[before[0]].norm)
                    or _armed_unit(analysis, before[0])
                ):
                    return before
                shared = coordinated_subject(analysis, j, ents)
                return shared if usable(analysis, shared, ents) else None
            found = _phrase_from(analysis, k, limit=3, ents=ents)
            return found if usable(analysis, found, ents) and found[1] < i else None
    return None


def _light_verb_subject(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """ "قام عدد من جنود المارينز بقتل": the subject of قام before a بـ-masdar."""
    toks = analysis.tokens
    masdar = toks[i].norm.startswith("ب")
    # (a long title and a time may stand between: "قام الأستاذ … مدير المراسم والعلاقات
    # العامة والإعلام بمستشفى الملك خالد التخصصي للعيون في أول أيام العيد بزيارة")
    for j in range(i - 1, max(-1, i - 26), -1):
        carrier = toks[j].norm in _CARRIER_VERBS and i - j <= 4
        if (masdar and toks[j].norm in _LIGHT_VERBS) or carrier:
            k = _skip_quantifiers(analysis, _skip_adverbs(analysis, j + 1), i)
            if k < i:
                a, b = _phrase_from(analysis, k, limit=3, ents=ents)
                # an honorific's holder, his title and name ("قام صاحب السمو الملكي |
                # الأمير | محمد بن سلمان بزيارة")
                while (
                    b < i
                    and b in ents
                    and ents[b][0] == b
                    and ents[b][2] == "PERSON"
                    and not _break_between(analysis, b - 1, b)
                ):
                    b = ents[b][1]
                return a, min(b, i)
            return None
        if i - j >= 10 and not masdar:
            return None
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        # parentheses and quote marks do not end it, nor the commas around a title and
        # its holder: "قام مدير الدفاع المدني بالطائف، العميد خالد الداموك، بزيارة"
        if any(c in ".:;؛" for c in gap) or (
            any(c in "،," for c in gap) and not _apposition_comma(analysis, j + 1, i, ents)
        ):
            return None
    return None


def _apposition_comma(analysis: Analysis, k: int, masdar: int, ents: EntityIndex) -> bool:
    """A comma before k that sets off a title and its holder between a subject and its
    بـ-masdar: k is the masdar itself, a title, or a name."""
    return k == masdar or k in ents or _title_head(analysis.tokens[k].norm)


def _dual_construct(analysis: Analysis, j: int, ents: EntityIndex) -> bool:
    """A nominative dual of a title or party in construct at j ("وزيرا خارجية",
    "رئيسا البلدين"): no accusative, which takes no genitive after it."""
    toks = analysis.tokens
    norm = toks[j].norm
    if not (norm.endswith("ا") and len(norm) >= 5 and j + 1 < len(toks) and j not in ents):
        return False
    head, nxt = norm[:-1], toks[j + 1].norm
    return (
        (_title_head(head) or _party_word(head))
        and not _break_between(analysis, j, j + 1)
        and nxt[:1] not in "لبو"
        and not nxt.endswith("ا")  # (an accusative's adjective: "مسؤولا أمريكيا")
        and (j + 1 in ents or nxt.startswith("ال") or _construct_noun(nxt))
    )


_TO_MEET = {"للقاء", "لمقابله", "للاجتماع", "للتباحث"}
# a state by a common noun, before its name: "البلد الجار باكستان"
_STATE_DESCRIPTIONS = {"البلد", "الدوله", "الجاره", "الجار"}
_PLEDGES = {"تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد"}
# trucks or ships carrying aid, and the verbs of sending them
_CARRYING = {"تحمل", "تنقل", "محمله", "تقل"}
_SENDING = {v + e for v in ("سير", "ارسل", "بعث", "وجه", "دفع") for e in ("", "ت", "وا")} | {
    "يسير",
    "تسير",
    "يرسل",
    "ترسل",
}


def _city_visited(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """The range ends in a city's name: "زار مسقط", "العاصمة العمانية مسقط" (a capital
    may stand for its state elsewhere, not as the place visited)."""
    hit = ents.get(rng[1] - 1)
    if hit is None or hit[2] not in ("GPE", "LOC"):
        return False
    toks = analysis.tokens
    return city_country(analysis.text[toks[hit[0]].start : toks[hit[1] - 1].end]) is not None


def _met_on_visit(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Whom a visit at i is to meet, in the same clause: "للقاء رئيس الحكومة",
    "للاجتماع مع نظيره العماني"."""
    toks = analysis.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 14)):
        if _break_between(analysis, k - 1, k):
            return None
        if toks[k].norm not in _TO_MEET:
            continue
        if _break_between(analysis, k, k + 1):
            return None
        if toks[k + 1].norm == "مع":
            return recipient_after(analysis, k + 1, ents)
        nxt = toks[k + 1].norm
        if is_actorish(analysis, k + 1, ents) or _title_head(nxt) or _party_word(nxt):
            return _phrase_from(analysis, k + 1, limit=2, ents=ents)
        return None
    return None


# verbs of travelling to a place, whose subject meets someone there: "وصل الرئيس إلى
# بيروت للقاء رئيس الحكومة"
_TRAVEL_VERBS = {
    v + e for v in ("وصل", "توجه", "سافر", "قدم", "عاد", "انتقل", "حل") for e in ("", "ت", "وا")
} | {"يصل", "تصل", "يتوجه", "تتوجه", "يسافر", "تسافر", "يزور", "تزور", "زار", "زارت"}

_SUPPORT_VERBS = {
    "نفذ",
    "نفذت",
    "نفذوا",
    "شن",
    "شنت",
    "شنوا",
    "وجه",
    "وجهت",
    "وجهوا",
    "ارتكب",
    "ارتكبت",
    "ارتكبوا",
}


# ألقى, a support verb of arrests only: "ألقت الشرطة القبض على المتهم" (after_support_verb)
_THROWING = {"القي", "القت", "القوا"}
# support verbs of meetings, talks and agreements (generic types only: the salience
# model's structure features use the set above)
_GENERIC_SUPPORT_VERBS = (
    _SUPPORT_VERBS
    | _THROWING
    | {
        # who chairs a meeting holds it: "ترأس وكيل الإمارة اجتماعاً موسعاً مع"
        "تراس",
        "تراست",
        "يتراس",
        "تتراس",
        "بدا",
        "بدات",
        "اختتم",
        "اختتمت",
        # ending or going on with a visit or talks: "أنهى الوزير زيارته", "واصل مباحثاته"
        "انهي",
        "انهت",
        "واصل",
        "واصلت",
        "اجري",
        "اجرت",
        "اجروا",
        "عقد",
        "عقدت",
        "عقدوا",
        "ابرم",
        "ابرمت",
        "وقع",
        "وقعت",
        "وقعوا",
        "قدم",
        "قدمت",
        "تقدم",
        "تقدمت",
        # rulings: "أصدرت محكمة أحكاما بالسجن", "قضت المحكمة بسجنه"
        "اصدر",
        "اصدرت",
        "قضي",
        "قضت",
    }
)


# imperfects of starting, ending and going on, only before one's own act ("قبل أن يبدأ
# وزير الخارجية زيارته"; "يبدأ العمل بالعقوبات" starts a thing)
_OWN_ACT_SUPPORT_VERBS = {
    "يبدا",
    "تبدا",
    "يختتم",
    "تختتم",
    "ينهي",
    "تنهي",
    "يواصل",
    "تواصل",
    "واصل",
    "واصلت",
}


def support_verb(analysis: Analysis, j: int) -> bool:
    """A support verb of a generic masdar: "وألقت القبض", "وعقد اجتماعا"."""
    return _bare(analysis.tokens[j].norm) in _GENERIC_SUPPORT_VERBS


# verbs that publish a document: "نشرا مؤخرا تقريرا", "أصدرت الشركة تقريرا"
_PUBLISHING = {
    v + e for v in ("نشر", "اصدر", "اطلق", "وجه", "بعث", "ارسل") for e in ("", "ت", "ا", "تا", "وا")
}


def document_publisher(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """Whoever published the indefinite document that the verb at i is said in: "نشرا
    مؤخرا تقريرا اتهما فيه المئات", "أصدرت شركة «نايت» تقريرا اتهمت فيه كليات الصحافة"
    (the verb, with فيه after it, describes the document)."""
    toks = analysis.tokens
    if not (
        2 <= i < len(toks) - 1
        and toks[i + 1].norm in ("فيه", "فيها")
        and not toks[i - 1].norm.startswith("ال")
        and _document(_without_tanween(toks[i - 1].norm))
        and not _break_between(analysis, i - 1, i + 1)
    ):
        return None
    for j in range(i - 2, max(-1, i - 14), -1):
        gap = set(analysis.text[toks[j].end : toks[j + 1].start])
        if gap & (lexicon.CLAUSE_MARKS | {"،", ","}):
            return None  # (quotes around a name are no break: "شركة «نايت» الصحافية")
        if _bare(toks[j].norm) in _PUBLISHING:
            before = subject_before(analysis, j, ents)
            if usable(analysis, before, ents):
                return before
            after = subject_after(analysis, j, ents)
            if usable(analysis, after, ents) and after[0] < i - 1:
                return after[0], min(after[1], i - 1)
            return None
    return None


def _support_verb_subject(
    analysis: Analysis,
    i: int,
    ents: EntityIndex,
    verbs: set[str] = _SUPPORT_VERBS,
    window: int = 5,
    own_act: bool = False,
    set_off: bool = False,
) -> tuple[int, int] | None:
    """ "إن إسرائيل نفذت ضربة", "شنت القوات الأميركية غارة": the doer of نفذ/شن + event noun.
    With ``own_act``, imperfects of starting or ending one's own act too ("يبدأ الوزير
    زيارته"); with ``set_off``, i opens a comma aside after the subject, whose comma
    is no break."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - window), -1):
        norm = (
            toks[j].norm[1:] if toks[j].norm[:1] in "وف" and len(toks[j].norm) > 3 else toks[j].norm
        )
        if norm in verbs or (
            own_act and norm in _OWN_ACT_SUPPORT_VERBS and _pronoun_suffix(analysis, i)
        ):
            before = subject_before(analysis, j, ents)
            held = i + 1 < len(toks) and toks[i + 1].norm in _ON_THEM
            if usable(analysis, before, ents) and not held:
                # (not "خمسة نيباليين ألقي القبض عليهم": the ones arrested)
                return before
            after = subject_after(analysis, j, ents)
            if (
                usable(analysis, after, ents)
                and after[0] < i
                and (is_actorish(analysis, after[0], ents) or _party_word(toks[after[0]].norm))
            ):
                return after[0], min(after[1], i)  # "عقد الوزير اجتماعا"
            if j > 0 and toks[j - 1].norm in _HE_THAT:
                return speaker(analysis, j - 1, ents)  # "وقالت الشرطة إنها ألقت القبض"
            return None
        if _break_between(analysis, j, j + 1) and not (set_off and j == i - 1):
            return None
    return None


def _partner_before_masdar(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "عقد الأمير محمد بن سلمان مع كارتر اجتماعا": the support verb's subject (actor)
    and the one after مع (recipient), when the مع-phrase stands right before the masdar."""
    toks = analysis.tokens
    k = next((k for k in range(i - 1, max(0, i - 5), -1) if toks[k].norm == "مع"), None)
    if k is None or k + 1 >= i:
        return None

    def quoted_at_most(j: int) -> bool:  # (the partner may stand in quotes: مع "كارتر")
        return set(analysis.text[toks[j].end : toks[j + 1].start]) <= _QUOTES

    partner = _phrase_from(analysis, k + 1, limit=i - k - 1, ents=ents)
    if partner[1] != i or not all(quoted_at_most(j) for j in range(k, i)):
        return None
    doer = _support_verb_subject(analysis, k, ents, _GENERIC_SUPPORT_VERBS, window=9)
    if doer is None or doer[1] > k:
        return None
    return doer, partner


# "عبروا عن تأييدهم", "أعرب عن دعمه": expressed (a stance verb with عن)
_EXPRESSED = {"عبر", "عبرت", "عبروا", "عبرا", "اعرب", "اعربت", "اعربوا", "اعربا"}
# verbs that state a stance with a masdar whose pronoun is their subject: "أعلن تأييده",
# "أبدى زيهوفر تأييده", "جدد رفضه"
_STANCE_VERBS = {
    "ابدي",
    "ابدت",
    "ابدوا",
    "ابديا",
    "اعلن",
    "اعلنت",
    "اعلنوا",
    "اعلنا",
    "اكد",
    "اكدت",
    "اكدوا",
    "جدد",
    "جددت",
    "جددوا",
    "اظهر",
    "اظهرت",
}
_STANCE_OR_EXPRESSED = _STANCE_VERBS | _EXPRESSED


def _stance_verbs_before(analysis: Analysis, i: int) -> set[str]:
    """The verbs whose subject a stance masdar at i may have: after عن, verbs of
    expressing too ("أعرب الوزير عن دعمه")."""
    after_an = i > 0 and analysis.tokens[i - 1].norm == "عن"
    return _STANCE_OR_EXPRESSED if after_an else _STANCE_VERBS


def _stance_subject(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The subject of a stance verb right before a masdar with a pronoun ("أن زيهوفر
    أبدى تأييده"): the pronoun is that subject, so it is the doer."""
    if not _pronoun_suffix(analysis, i):
        return None
    # the verb right before, or before its subject: "أعلن تأييده", "أكد الجانبان رفضهما"
    verbs = _stance_verbs_before(analysis, i)
    opening = _aside_opening(analysis, i)
    # past a comma aside: "أعلنت كتلة نداء تونس، مساء الثلاثاء في بيان، رفضها"
    found = _support_verb_subject(
        analysis,
        opening,
        ents,
        verbs,
        # (the aside's commas close the subject, which may be long before them)
        window=9 if opening < i else 5 + (verbs is _STANCE_OR_EXPRESSED),
        set_off=opening < i,
    )
    if found is None and after_stance_verb(analysis, i) and i >= 2:
        # its subject before a comma: "حايم صبان وجاك روزين، أعلنا تأييدهما"
        gap = set(analysis.text[analysis.tokens[i - 2].end : analysis.tokens[i - 1].start])
        if gap - {" "} <= {"،", ","} and gap - {" "}:
            found = _phrase_ending_at(analysis, i - 1, ents)
    return found


def after_stance_verb(analysis: Analysis, i: int) -> bool:
    """A perfect stance verb right before the masdar: "أعلنا تأييدهما", "أبدى رفضه",
    "عبروا عن تأييدهم"."""
    toks = analysis.tokens
    if i > 0 and _bare(toks[i - 1].norm) in _STANCE_VERBS:
        return True
    return i > 1 and toks[i - 1].norm == "عن" and _bare(toks[i - 2].norm) in _EXPRESSED


# verbs that answer a request: who refuses, accepts or grants it was asked
_ANSWERING = {"رفض", "رفضت", "رفضوا", "قبل", "قبلت", "قبلوا", "لبي", "لبت", "رد", "ردت"}


def request_answered(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The bare طلب at i as the object of a verb of answering and its subject, so a
    masdar ("رفضت محكمة ميونيخ الألمانية، أمس، طلب المحامين"): the answering verb's
    subject, who was asked. Its genitive asked (find_roles reads it as a noun)."""
    toks = analysis.tokens
    if toks[i].norm != "طلب" or i + 1 >= len(toks) or _pronoun_suffix(analysis, i):
        return None
    for v in range(i - 1, max(-1, i - 9), -1):
        if _bare(toks[v].norm) not in _ANSWERING:
            if toks[v].norm in STOP or toks[v].norm[:1] == "و" and v < i - 1:
                return None  # another clause
            continue
        subject = subject_after(analysis, v, ents)
        if subject is None or subject[1] > i or not usable(analysis, subject, ents):
            return None
        # only frames between the subject and the masdar: a time, a comma aside, the
        # subject's own adjective ("محكمة ميونيخ الألمانية، أمس، طلب")
        framed = all(
            toks[k].norm in lexicon.TIME_NOW
            or toks[k].norm in _FRAME_TIME
            or _nisba_adjective(toks[k].norm)
            for k in range(subject[1], i)
        )
        return subject if framed else None
    return None


def stance_masdar(analysis: Analysis, i: int) -> bool:
    """A word with a pronoun after a stance verb and its subject is a masdar, though it
    looks like a verb with its object: "أكد الجانبان رفضهما" (their rejection)."""
    if not _pronoun_suffix(analysis, i):
        return False
    toks = analysis.tokens
    if toks[i].norm[:1] == "و" and i > 1 and not _break_between(analysis, i - 1, i):
        # joined to the stance's first masdar and its adjectives: "عبر النادي عن أسفه
        # الشديد واستنكاره"
        j = i - 1
        while (
            j > i - 3 and toks[j].norm.startswith("ال") and not _break_between(analysis, j - 1, j)
        ):
            j -= 1
        if j < i and stance_masdar(analysis, j) and _stance_subject_named(analysis, j):
            return True
    verbs = _stance_verbs_before(analysis, i)
    opening = _aside_opening(analysis, i)  # "أعلنت الكتلة، مساء الثلاثاء، رفضها"
    for j in range(opening - 1, max(-1, opening - 6), -1):
        if _break_between(analysis, j, j + 1) and not (j == opening - 1 < i - 1):
            return False
        if _bare(analysis.tokens[j].norm) in verbs:
            return True
    return i > 0 and analysis.tokens[i - 1].norm in _STANCE_PARTICIPLES


def _stance_subject_named(analysis: Analysis, j: int) -> bool:
    """The stance verb before the masdar at j has its subject named right after it
    ("وعبر النادي … عن أسفه"), not a pronoun ("عبرا فيهما عن إدانتهما")."""
    toks = analysis.tokens
    verbs = _stance_verbs_before(analysis, j)
    for v in range(j - 1, max(-1, j - 12), -1):
        if _bare(toks[v].norm) in verbs:
            return v + 1 < j and (_party_word(toks[v + 1].norm) or is_actorish(analysis, v + 1))
    return False


def stance_genitive_roles(
    analysis: Analysis, i: int, ents: EntityIndex
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A bare form after a stance verb and its subject is the verb's object, a masdar
    (a verb would need أن); with a named genitive and a لـ-object after it, the genitive
    does it and the لـ-phrase undergoes it: "أكد الوزير دعم المملكة للشعب اليمني",
    "أكدت الخارجية المصرية مجددًا رفض مصر الكامل للتدخل الإيراني"."""
    toks = analysis.tokens
    stance = None
    # a stance participle right before it: "مؤكدا دعم الحكومة الألمانية" (a حال, no doer)
    participle = i > 0 and toks[i - 1].norm in _STANCE_PARTICIPLES
    for j in range(i - 1, max(-1, i - 7), -1) if not participle else ():
        # (a comma may set the object off: "وأكد سموه، استنكار")
        comma = j + 1 == i and analysis.text[toks[j].end : toks[i].start].strip() == "،"
        if (_break_between(analysis, j, j + 1) and not comma) or toks[j].norm in STOP:
            return None
        if _bare(toks[j].norm) in _STANCE_VERBS:
            stance = j
            break
    if (
        ((stance is None or stance == i - 1) and not participle)
        or i + 1 >= len(toks)
        or _pronoun_suffix(analysis, i)
    ):
        return None
    genitive = i + 1
    if (
        genitive + 1 < len(toks)
        and toks[genitive].norm[:1] == "و"
        and any(t.index == genitive and t.type != "ASSAULT" for t in analysis.triggers)
        and not _break_between(analysis, i, genitive + 1)
    ):
        genitive += 1  # a masdar joined to it shares its genitive: "استنكار وإدانة أهالي"
    if _break_between(analysis, i, genitive) or not (
        genitive in ents or is_actorish(analysis, genitive, ents)
    ):
        return None
    doer = _phrase_from(analysis, genitive, ents=ents)
    while doer[1] - 1 > doer[0] and toks[doer[1] - 1].norm in _MANNER_ADJECTIVES:
        doer = doer[0], doer[1] - 1  # "دعم المملكة الكامل": the doer without the manner
    lam = _past_adjectives(analysis, doer[1], ents)
    while (
        lam < len(toks)
        and toks[lam].norm[:1] == "و"
        and _pronoun_suffix(analysis, lam)
        and not _break_between(analysis, lam - 1, lam)
    ):
        lam += 1  # a masdar joined to it: "دعم المنظمة ومساندتها للمملكة"
    if not _lam_object(analysis, lam):
        return (doer, None) if participle else None
    return doer, _lam_party(analysis, lam, ents) or _nationality_phrase(analysis, lam)


# a stance verb's participle right before the masdar: "مؤكدة دعمها الكامل للحكومة"
_STANCE_PARTICIPLES = {"موكدا", "موكده", "موكدين", "معلنا", "معلنه", "مجددا", "مجدده"} | {
    # speech participles too: "موضحا صدور موافقة الوزير", "مشيرا إلى"
    "موضحا",
    "موضحه",
    "مشيرا",
    "مبينا",
    "مبينه",
    "لافتا",
    "منوها",
    "منوهه",
    "مضيفا",
    "مضيفه",
    # judging: "معتبرا أنهن يرفضن الأمومة", "معتبرة أن"
    "معتبرا",
    "معتبره",
    "معتبرين",
    "مشيره",
    "لافته",
    # recording, expressing: "مسجلا احترازه ورفضه", "معبرين رفضهم"
    "مسجلا",
    "مسجله",
    "مسجلين",
    "معبرا",
    "معبره",
    "معبرين",
}


def _phrase_ending_at(analysis: Analysis, end: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The named phrase that ends right before token ``end`` and opens its clause part
    (after a comma or the clause start), up to six words."""
    toks = analysis.tokens
    start = end
    while start > 0 and end - start < 6:
        j = start - 1
        if toks[j].norm in STOP or toks[j].norm in _CLAUSE_START or verb_like(analysis, j, ents):
            break
        start = j
        if _break_between(analysis, j - 1, j) if j > 0 else True:
            break
    if start == end or not (start in ents or is_actorish(analysis, start, ents)):
        return None
    return start, end


def _pronoun_doer(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The doer a masdar's pronoun refers to: the named subject of the verb a few words
    before it in its clause ("وقال أوباما للصحافيين بعد مباحثاته مع الرئيس الكيني")."""
    toks = analysis.tokens
    if not _pronoun_suffix(analysis, i):
        return None
    for j in range(i - 1, max(-1, i - 12), -1):
        if _break_between(analysis, j, j + 1):
            return None
        if (
            _bare(toks[j].norm) in _SPEECH_VERBS
            or verb_like(analysis, j, ents)
            or (j > 0 and toks[j - 1].norm in lexicon.RELATIVE)  # "التي زرعتها الميليشيات"
            # a clause-opening perfect: "استعرض وزير الثقافة ... في اجتماعه"
            or (j == 0 or _break_between(analysis, j - 1, j))
            and perfect_verb_like(toks[j])
        ):
            found = subject_after(analysis, j, ents)
            if (
                found is not None
                and found[1] <= i
                and usable(analysis, found, ents)
                and _party_at(analysis, found[0], ents)
            ):
                return found
            return None
    return None


_THANKS = {"شكر", "الشكر", "شكره", "شكرها", "ترحيب", "الترحيب", "تقدير", "التقدير"}
_THANKS |= {"امتنان", "الامتنان", "امتنانه", "شاكرا", "مثمنا", "تهنئه", "التهنئه"}


def _thanked_for(analysis: Analysis, i: int, ents: EntityIndex) -> tuple[int, int] | None:
    """The one thanked for the act whose masdar at i carries his pronoun: "الشكر والترحيب
    لسمو ولي ولي العهد على زيارته لمصر" (a لـ-party after a word of thanks, then على)."""
    toks = analysis.tokens
    if i < 3 or toks[i - 1].norm not in ("علي", "على"):
        return None
    for j in range(i - 2, max(-1, i - 10), -1):
        if _break_between(analysis, j, j + 1):
            return None
        w = toks[j].norm
        if w[:1] != "ل" or not (
            j in ents
            or _party_word(w[1:])
            or w[1:] in HONORIFIC_OPENERS
            or (w.startswith("لل") and _party_word("ال" + w[2:]))
        ):
            continue
        if any(_bare(t.norm).lstrip("و") in _THANKS for t in toks[max(0, j - 4) : j]):
            return j, i - 1
        return None
    return None


def generic_support_subject(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """The doer of a meeting/visit/agreement noun through its support verb: "بدأ الرئيس
    زيارة", "عقد الوزيران اجتماعا", "أبرمت الشركتان اتفاقا". A host holds the meeting
    too ("مصر ستستضيف اجتماعا لوزراء الخارجية"), unless its sides follow بين: "الصين
    تستضيف محادثات بين طالبان وكابل"."""
    toks = analysis.tokens
    sides = any(t.norm == "بين" for t in toks[i + 1 : i + 4])
    verbs = _GENERIC_SUPPORT_VERBS if sides else _HOSTING_AND_SUPPORT_VERBS
    found = _support_verb_subject(analysis, i, ents, verbs, window=9, own_act=True)
    if found is not None:
        return found
    # further back only across one long name and its titles, nothing else: "قدم عضو هيئة
    # أعضاء الشرف تركي بن فهد المشيقح دعماً مالياً"
    found = _support_verb_subject(analysis, i, ents, verbs, window=13)
    if found is None or any(
        toks[k].norm in STOP
        or toks[k].norm[:1] in "بل"
        and k not in ents
        or verb_like(analysis, k, ents)
        or _break_between(analysis, k - 1, k)
        for k in range(found[1], i)
    ):
        return _framed_support_subject(analysis, i, ents, verbs)
    return found


def _framed_support_subject(
    analysis: Analysis, i: int, ents: EntityIndex, verbs: set[str]
) -> tuple[int, int] | None:
    """The subject of a support verb when only frames stand between it and the noun:
    "عقد خادم الحرمين الشريفين – حفظه الله – في قصره بالرياض اليوم اجتماعاً مع" (a
    blessing, one's own palace, the day): the words from the verb to the first frame
    that runs on to the noun, when they start with a party, a title or a name."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - 25), -1):
        if any(c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j].end : toks[j + 1].start]):
            return None
        if _bare(toks[j].norm) not in verbs:
            continue
        first = j + 1
        if first >= i or not (
            first in ents
            or _title_head(toks[first].norm)
            or _party_word(toks[first].norm)
            or toks[first].norm in HONORIFIC_OPENERS
            or toks[first].norm == "خادم"  # "خادم الحرمين الشريفين"
        ):
            return None
        for k in range(first + 1, min(i, first + 14)):
            if toks[k].norm in STOP or any(
                t.index == k and t.kind in ("verb", "noun") for t in analysis.triggers
            ):
                return None  # "ألقت الجمعية المسؤولية على الجهات ... لرفضهم": no subject
            if _skip_frames(analysis, k, ents) == i:
                return first, k
        return None
    return None


def after_support_verb(analysis: Analysis, i: int) -> bool:
    """The masdar at i is the object of a perfect support verb right before it that
    opens its clause, whose doer is then its pronoun: "إنها ألقت القبض على", "وعقدت
    اجتماعا"; not a masdar after a subject ("استبعدت المصادر عقد الاجتماع": the
    holding), and ألقى only with القبض ("ألقى حشد من الفلسطينيين": the crowd threw)."""
    toks = analysis.tokens
    if i == 0 or _break_between(analysis, i - 1, i):
        return False
    verb = _bare(toks[i - 1].norm)
    if not support_verb(analysis, i - 1) or verb[:1] in "يت" and verb not in ("تقدم", "تقدمت"):
        return False
    if verb in _THROWING and toks[i].core != "قبض":
        return False
    return (
        i == 1
        or toks[i - 1].norm[:1] in "وف"
        or toks[i - 2].norm in _HE_THAT
        or _break_between(analysis, i - 2, i - 1)
    )


_ON_THEM = {"عليه", "عليها", "عليهم", "عليهما", "عليهن"}


_HOSTING = {"استضاف", "استضافت", "يستضيف", "تستضيف", "سيستضيف", "ستستضيف"}
_HOSTING_AND_SUPPORT_VERBS = _GENERIC_SUPPORT_VERBS | _HOSTING


# words for a state or a place that take the name after them: "لجمهورية مصر"
_STATE_WORDS = {"جمهوريه", "مملكه", "دوله", "اماره", "سلطنه", "مدينه", "منطقه", "محافظه"}
_CAUSE_PREPS = {"في", "جراء", "اثر", "بسبب", "اثناء", "اعقاب", "بواسطه"}
_INSTRUMENT_FAMILIES = {"attack_n", "bomb_n", "explode_n", "shoot_n"}


def instrument(analysis: Analysis) -> tuple[int, int] | None:
    """The attack that did it when no one is named: "قتل 3 في هجوم انتحاري" -> "هجوم انتحاري",
    "انفجار سيارة مفخخة" -> "سيارة مفخخة"."""
    toks = analysis.tokens
    for t in analysis.triggers:
        if t.type != "ASSAULT" or not _INSTRUMENT_FAMILIES & set(t.families):
            continue
        i = t.index
        caused = i > 0 and (
            toks[i - 1].norm in _CAUSE_PREPS or toks[i - 1].core in {"انفجار", "تفجير"}
        )
        national = any(_is_state(analysis, j) for j in range(i + 1, min(len(toks), i + 3)))
        if not (
            caused or national or toks[i].norm[:1] == "ب" or toks[i].norm.startswith("لانفجار")
        ):
            continue
        agent = _agent_cue(analysis, i, window=4)
        if agent is not None:
            return agent
        end = i + 1
        while end < len(toks) and end - i < 3 and not _break_between(analysis, end - 1, end):
            nxt = toks[end]
            if nxt.norm in AGENT_CUES:
                break
            if (
                nxt.norm in STOP
                or nxt.norm[:1].isdigit()
                or nxt.norm[:1] in "وف"
                or nxt.norm in _CAUSE_PREPS
            ):
                break
            if any(tr.index == end and tr.kind == "verb" for tr in analysis.triggers):
                break
            end += 1
        return i, end
    return None


_VERB_HEADS = (
    _LIGHT_VERBS
    | _GENERIC_SUPPORT_VERBS
    | {"اصدر", "اصدرت", "اصدروا", "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت"}
    | {"قرر", "قررت", "قرروا", "ابدي", "ابدت"}  # "قررت مملكة البحرين استدعاء"
)


# the asked act after a call: "دعا X إلى دعم Y", "حث X على دعم Y", "طالب X بدعم Y"
_ASK_PREPS = {"الي", "الى", "علي", "على"}
# circumstantial participles of demand: "، داعيا المجتمع الدولي إلى دعم اليمن"
_DEMAND_PARTICIPLES = {"داعيا", "داعيه", "داعين", "مطالبا", "مطالبين", "حاثا", "مناشدا"}
_DEMAND_VERBS = lexicon.DEMAND | {
    "ناشدت",
    "يناشد",
    "تناشد",
    "ناشدوا",
    "حثوا",
    "يحث",
    "تحث",
    "طلب",
    "طلبت",
    "طلبوا",
    "يطلب",
    "تطلب",
    "يطلبون",
    "يطالبون",
}
_OBLIGATION = {"يجب", "ينبغي"}


# prepositions that open a frame, not a party: "خلال تفاوضهم مع أحرار الشام في تركيا حول
# الزبداني"
_FRAME_PREPOSITIONS = {"حول", "نحو", "ضد", "عبر", "تجاه", "خلال", "منذ", "عند", "حتي", "حتى"}


# words that open an adverbial after a verb's object, not a second object
_NOT_AN_OBJECT = (
    _FRAME_PREPOSITIONS | _FRAME_TIME | _FRAME_PREPS | _THEREAFTER | {"غداه", "لدي", "دون", "جمله"}
)


def _subject_then_object(analysis: Analysis, trig: Trigger, after: tuple[int, int]) -> bool:
    """A definite noun and its definite relative adjectives right after a verb, then a
    phrase with no preposition (or, after a meeting verb, the بـ of the one met): verb,
    subject, object ("وهاجمت التشكيلة العسكرية مواقع المسلحين", "والتقت الإطارات
    النقابية بوالي الجهة"). Had the adjective phrase been the object of a verb with no
    subject, no second phrase could follow it."""
    toks = analysis.tokens
    first, end = after
    if trig.kind != "verb" or first != trig.index + 1 or not 2 <= end - first <= 3:
        return False
    head = toks[first].norm
    if not head.startswith("ال") or _nisba_adjective(head) or head in _FRAME_TIME:
        return False
    if not all(_nisba_adjective(toks[k].norm) for k in range(first + 1, end)):
        return False
    if end >= len(toks) or _break_between(analysis, first, end):
        return False
    nxt = toks[end].norm
    if trig.type == "CONSULT" and _bi_word(nxt):
        return True  # "التقت ... بوالي الجهة"
    return (
        len(nxt) > 2
        and nxt.isalpha()
        and not nxt.startswith(("ال", "و", "ف", "ب", "ل", "ك"))
        and not nxt.endswith("ا")  # an adverb or a participle: "قائلا"، "مجددا"
        and nxt not in _NOT_AN_OBJECT
        and nxt not in PARTICLES
        and not verb_like(analysis, end)
        and not analysis.verb_trigger_at(end)
    )


def asked_past_frames(
    analysis: Analysis, i: int, start: int, ents: EntityIndex
) -> tuple[int, int] | None:
    """The one asked by the demand verb at i when the doer's own frames stand between the
    doer (ending at ``start``) and it: a party phrase that runs up to the act asked and
    follows a comma, a place or time word, or an adjective ("طالب مسؤول ... خلال زيارة
    إلى الولايات المتحدة الجمعة، الحكومة التركية بوقف", "دعت المديرية العامة للشؤون
    الصحية بمنطقة الرياض أقسام الطوارئ في جميع المستشفيات للاستعداد"); a في-frame of
    its own may end it."""
    act = asked_act(analysis, i, ents)
    if act is None or act <= start + 1:
        return None
    toks = analysis.tokens
    mark = act - 1 if toks[act - 1].norm in _ASK_PREPS else act
    for s in range(start + 1, mark):
        if verb_like(analysis, s, ents) or analysis.verb_trigger_at(s):
            return None
        before = toks[s - 1].norm
        follows_frame = (
            bool(set(analysis.text[toks[s - 1].end : toks[s].start]) & set("،,"))
            or (s - 1 in ents and ents[s - 1][1] == s and ents[s - 1][2] in ("GPE", "LOC"))
            # a place named after its kind: "بمنطقة القصيم"
            or (s >= 2 and toks[s - 2].norm[:1] == "ب" and toks[s - 2].norm[1:] in _PLACE_NOUNS)
            or _time_word(before)
            or _nisba_adjective(before)
            or _bare(before).removeprefix("ال") in _ORDINALS
        )
        if not follows_frame or s - 1 < start:
            continue
        norm = toks[s].norm
        # whatever heads the phrase in that place is asked, unless it is an act, a thing,
        # a time or a place: "أقسام الطوارئ"
        if (
            s in ents
            and ents[s][2] not in ("PERSON", "ORG")
            or norm in STOP
            or norm in _FRAME_PREPOSITIONS
            or _nisba_adjective(norm)  # "في مدينة ليل الفرنسية إلى"
            or norm[:1] == "م"
            and norm.endswith("ا")  # a circumstantial participle: "، مشددا على"
            or norm[:1] in "بل"
            and s not in ents
            or _key(norm) in _THINGS
            or derived_masdar(norm, analysis.text[toks[s].start : toks[s].end])
            or _time_word(norm)
            or norm[:1].isdigit()
        ):
            continue
        end = _phrase_from(analysis, s, limit=3, ents=ents)[1]
        if end + 1 < mark and toks[end].norm == "في":
            # its own place: "أقسام الطوارئ في جميع المستشفيات"
            end = _phrase_from(analysis, end + 1, limit=3, ents=ents)[1]
        if end == mark and not _break_between(analysis, end - 1, end):
            return s, end
    return None


def asked_act(analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES) -> int | None:
    """The token where the act asked for by the demand verb at i begins (the masdar after
    إلى/على, or a بـ-masdar), in the same clause; None when the clause has none."""
    toks = analysis.tokens
    j = i
    while j + 1 < min(len(toks), i + 16):
        j += 1
        if _break_between(analysis, j - 1, j) and any(
            c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j - 1].end : toks[j].start]
        ):
            return None
        aside = (
            max(_past_aside(analysis, j), _past_apposition(analysis, j, ents)) if j > i + 1 else j
        )
        if aside > j:
            # "، في أول تسجيل صوتي له،", "، رئيس لجنة التوعية بالجمعية،": no act is asked
            # inside an aside or a title in apposition
            j = aside - 1
            continue
        norm = toks[j].norm
        if j > i + 1 and norm in ("في", "وفي") and (framed := _skip_frames(analysis, j, ents)) > j:
            j = framed - 1  # "ودعا الوزير في تصريح للجزيرة نت جميع": a frame, no act
            continue
        if norm in _ASK_PREPS and j + 1 < len(toks):
            return j + 1
        if (
            norm[:1] in "بل"
            and len(norm) > 3
            and norm not in _NOT_ASKED
            and norm not in _OFFICES  # "رئيس بلدية حفر الباطن": no بـ in it
            and norm not in MANNER_ADVERBS  # "انتقد بشدة تهديدات الرئيس"
            # a place that locates the asker: "دعت إدارة التعليم بمحافظة المخواة"
            and not (norm[0] == "ب" and norm[1:] in _PLACE_NOUNS)
            and (norm[1] not in "يتن" or derived_masdar(norm[1:]))  # not ليدعم
            and not norm.startswith(("لم", "لن", "لل"))  # not "للأمم المتحدة"
            and not (norm.startswith("لا") and (len(norm) < 6 or norm in _LA_WORDS))
            # right after the verb only a بـ-masdar ("وطالبوا بمعاقبة المتحرشين") or a
            # لـ-masdar of a derived form ("يدعو لتسهيل الإجراءات", "ويدعو لانتخاب")
            and (
                j > i + 1
                or (
                    norm[0] == "ب"
                    and (derived_masdar(norm[1:]) or (len(norm) >= 6 and norm.endswith("ه")))
                )
                or (norm[0] == "ل" and len(norm) >= 6 and derived_masdar(norm[1:]))
            )
            and j not in ents
            # nor a surname the tagger left out: "ودعا خالد محفوظ بحاح، رئيس الحكومة"
            and not (
                j - 1 in ents
                and ents[j - 1][1] == j
                and name_tail(analysis, ents[j - 1][:2], ents) == j + 1
            )
        ):
            return j  # "طالب البرلمان بدعم", "دعا الدول لدعم"
        surface = analysis.text[toks[j].start : toks[j].end]
        if (
            j > i + 1
            and j not in ents
            and norm not in _NOT_ASKED
            and derived_masdar(norm, surface)
            and not _party_word(norm)  # "أولياء الأمور" has the shape of إفعال
            # not the genitive of a noun: "ودعت وسائل الإعلام إلى"
            and not (j - 1 > i and j - 1 not in ents and _construct_noun(toks[j - 1].norm))
            # nor joined to a definite word before it: "لجنة المالية والتخطيط" (an act
            # asked after the first comes with its own preposition, "بوقف … والانسحاب")
            and not (norm.startswith("وال") and toks[j - 1].norm.removeprefix("و").startswith("ال"))
        ):
            return j  # "يطلب المتظاهرون إطلاق سراح"
    return None


# words in لا that are no لـ + masdar ("لإعادة النظر" is): negations and adverbs
_LA_WORDS = {"لاسيما", "لازال", "لازالت", "لايزال", "لاتزال", "لاحقا", "لانهم", "لانها"}
_NOT_ASKED = {
    "بعد",
    "بعض",
    "بين",
    "بسبب",
    "بشان",
    "بينما",
    "بينها",
    "بينهم",
    "بدوره",
    "بدورها",
    "لدي",
    "لدى",
    "لكن",
    "لكل",
    "لها",
    "لهم",
    "لذلك",
    # an exception of the doer's own: "طالبت القوى السياسية باستثناء القوى الشيعية"
    "باستثناء",
    "بخلاف",
    # on this occasion: "وتدعو الجامعة بهذه المناسبة كل الأطراف"
    "بهذه",
    "بالمناسبه",
}


def indefinite_masdar(norm: str, surface: str = "") -> bool:
    """A derived masdar without the article, مفاعلة with its ة too ("مصادقة", which
    derived_masdar reads as a participle's feminine with a pronoun: "المحافظة")."""
    return derived_masdar(norm, surface) or (
        len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[-1] == "ه"
    )


def derived_masdar(norm: str, surface: str = "") -> bool:
    """The masdar shapes of the derived verb forms, which no verb or name has: إفعال
    (إطلاق: only with its hamza written below, since the plural أفعال has the same
    letters), افتعال/انفعال (اعتقال), استفعال (استئناف), تفعيل (توريد), مفاعلة (مساعدة),
    and تفاعل with the article (التعاون)."""
    w = _bare(norm)
    definite = False
    for article in ("ال", "بال", "لل"):
        if w.startswith(article):
            w = w[len(article) :]
            definite = True
            break
    else:
        if w[:1] in "بل" and len(w) >= 6:
            w = w[1:]
    for pronoun in ("هما", "هم", "ها", "ه"):  # "تزويده", "مساعدتهم"
        if w.endswith(pronoun) and len(w) - len(pronoun) >= 5:
            w = w[: -len(pronoun)]
            if w.endswith("ت") and (len(w) == 6 or len(w) == 7 and w.startswith("است")):
                w = w[:-1] + "ه"  # مساعدت -> مساعده, استضافت -> استضافه
            break
    n = len(w)
    return (
        (n == 5 and w[0] == "ا" and w[3] == "ا" and "إ" in surface[:4])
        # استفالة of a hollow root, before a pronoun: "استضافتهم", "استقالته"
        or (n == 7 and w.startswith("است") and w[4] == "ا" and w[-1] == "ه")
        # the arrest family's masdar, often written without its hamza: "تم ايقاف أجنبي"
        or w == lexicon.ARREST_MASDAR
        or (n == 6 and w[0] == "ا" and w[4] == "ا")
        or (n == 7 and w.startswith("است") and w[5] == "ا")
        or (n == 5 and w[0] == "ت" and w[3] == "ي")
        or (n == 6 and w[0] == "م" and w[2] == "ا" and w[-1] == "ه")
        # تفاعل (التعاون), which is also a perfect verb unless it has the article
        or (definite and n == 5 and w[0] == "ت" and w[2] == "ا" and w[-1] not in "يه")
    )


def finite_after_and(analysis: Analysis, i: int) -> bool:
    """A verb trigger after و/ف that no masdar shares its form with opens a clause of its
    own: what follows إلى is asked for, a finite verb after it is done ("دعا الرئيس
    إلى وقف القتال واتهم المعارضة", "يدعو إلى وقف الاستيطان .. ويتهم كيري"). Not after
    أن ("دعا إلى أن يتم"), and not a three-letter or ت-form perfect, which reads as a
    masdar too ("إلى وقف القتال ودعم الحكومة", "والتعاون")."""
    toks = analysis.tokens
    norm = toks[i].norm
    if norm[:1] not in "وف" or len(norm) <= 3:
        return False
    if not analysis.verb_trigger_at(i):
        return False
    if i > 0 and toks[i - 1].norm in ("ان", "لان", "وان"):
        return False
    bare = norm[1:]
    if bare[:1] in "يت" and not bare.startswith("تع"):  # an imperfect
        return bare[:1] == "ي"  # (ت also opens masdars: تعاون، تدخل)
    for pronoun in ("هما", "هم", "ها", "نا", "ه"):
        if bare.endswith(pronoun) and len(bare) - len(pronoun) >= 3:
            bare = bare[: -len(pronoun)]  # "ودعمهم" is دعم + هم: a masdar too
            break
    return len(bare) >= 4 and not bare.startswith("ت") and perfect_verb_like(toks[i])


def demand_of(analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES) -> int | None:
    """The demand verb (دعا، طالب، حث، ناشد، يجب) whose asked act the masdar at i is,
    in the same clause and within 12 words; None when the masdar is not asked for."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - 13), -1):
        gap = analysis.text[toks[j].end : toks[j + 1].start]
        if any(c in lexicon.CLAUSE_MARKS for c in gap):
            return None
        w = _bare(toks[j].norm)
        if w in _DEMAND_VERBS or toks[j].core in _DEMAND_VERBS or w in _DEMAND_PARTICIPLES:
            if verb_like(analysis, i, ents) or finite_after_and(analysis, i):
                # "يجب أن يدعم": a verb has its own subject; "دعا الرئيس الأطراف إلى
                # الحوار وطالب": a verb after و is an act of its own, no asked one
                return None
            if w in _OBLIGATION:
                return j if j + 1 == i or toks[j + 1].norm in ("علي", "على") else None
            act = asked_act(analysis, j, ents)
            if act == i or (act == i - 1 and not _break_between(analysis, act, i)):
                return j  # the masdar, or the second word of "إطلاق سراح"
            return None
    return None


def demanded_roles(
    analysis: Analysis, i: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """(actor, recipient) of an act asked for by a call ("دعا الأمين العام الدول إلى دعم
    الحكومة"): the addressee of the call does it (الدول), the party after the masdar
    undergoes it (الحكومة); without an addressee ("طالب البرلمان بدعم الجيش") no one is
    named as doer. None when the token at i is not an asked act."""
    d = demand_of(analysis, i, ents)
    if d is None:
        return None
    toks = analysis.tokens
    addressee = None
    if _bare(toks[d].norm) in _OBLIGATION:
        # "يجب على الدول دعم ...": the party after على
        if d + 2 < i and toks[d + 1].norm in ("علي", "على"):
            addressee = _phrase_from(analysis, d + 2, ents=ents)
    else:
        asker, addressee = find_roles(
            analysis, Trigger(d, ["request"], "REQUEST", "verb"), ents, generic=True
        )
        if _bare(toks[d].norm) in _DEMAND_PARTICIPLES and addressee is None:
            # a participle's doer is the clause's subject: the phrase after it is asked
            addressee = asker if asker is not None and asker[0] > d else None
        addressee = ask_addressee(analysis, d, addressee, ents)
    if addressee is not None and (addressee[1] > i or not usable(analysis, addressee, ents)):
        addressee = None
    recipient = None
    if i + 1 < len(toks) and not _break_between(analysis, i, i + 1):
        nxt = i + 1
        if toks[nxt].norm in _RECIPIENT_PREPS and nxt + 1 < len(toks):
            nxt += 1  # "الضغط على الحكومة"
        if nxt in ents or (
            (is_actorish(analysis, nxt, ents) or _party_word(toks[nxt].norm))
            and toks[nxt].norm[:1] != "ب"
        ):
            recipient = _phrase_from(analysis, nxt, ents=ents)
        if recipient is not None and not usable(analysis, recipient, ents):
            recipient = None
    return addressee, recipient


def ask_addressee(
    analysis: Analysis,
    d: int,
    recipient: tuple[int, int] | None,
    ents: EntityIndex = _NO_ENTITIES,
    charge: bool = False,
) -> tuple[int, int] | None:
    """The addressee of a call stands before the asked act: a phrase found after it
    ("طالب البرلمان بدعم الجيش": الجيش is the supported party) is no addressee. With
    ``charge`` (an accusation) only a بـ-masdar is the act ("اتهمه بالتآمر"); "أصابع
    الاتهام تشير إلى إيران" points at the accused."""
    if recipient is None:
        return None
    if _everyone_who(analysis, recipient[0]) == recipient:
        return recipient  # "كل من لديه معلومات": the clause is the addressee's own
    if _whoever(analysis, recipient[0], ents) == recipient:
        return recipient  # "من يرغب في التسجيل": so is a "whoever" clause
    if recipient[0] > 0 and _asked_to(analysis, d, recipient[0] - 1, ents) == recipient:
        return recipient  # "طلب إلى الحكومة أن": the act asked is the أن-clause
    act = asked_act(analysis, d, ents)
    if charge and act is not None and not analysis.tokens[act].norm.startswith("ب"):
        return recipient
    if act is not None and (
        analysis.tokens[act].norm in MANNER_ADVERBS
        or analysis.tokens[act].norm in ("باشد", "باقوي")
    ):
        return recipient  # "أدانت المملكة بأشد العبارات": how, not the act charged
    if act is not None and act - 1 in _ask_prep_tokens(analysis, act):
        act -= 1
    if act is not None and recipient[1] > act:
        # the phrase ran into the asked act ("طلب من المواطنين الالتزام"): cut it there
        return (recipient[0], act) if recipient[0] < act else None
    return recipient


def demanded_clause_subject(
    analysis: Analysis, start: int, ents: EntityIndex = _NO_ENTITIES
) -> tuple[int, int] | None:
    """Who is to act in a demanded clause right after the asker: the subject of the
    imperfect after "بأن/أن" ("وطالب الدكتور الحلي بأن تبذل الجهات الحكومية قصارى
    جهدها")."""
    toks = analysis.tokens
    if start + 1 < len(toks) and toks[start].norm in ("الى", "الي"):
        start += 1  # "دعا الوزير إلى أن تلتزم الأطراف"
    if start + 2 >= len(toks) or toks[start].norm not in ("بان", "ان", "وان"):
        return None
    verb = start + 1
    if _break_between(analysis, start, verb) or toks[verb].norm[:1] not in "يت":
        return None
    found = subject_after(analysis, verb, ents)
    if found is None or not usable(analysis, found, ents):
        return None
    head = toks[found[0]]
    if found[0] in ents or is_actorish(analysis, found[0], ents) or _party_word(head.norm):
        return found
    return None


def _ask_prep_tokens(analysis: Analysis, act: int) -> set[int]:
    return {act - 1} if analysis.tokens[act - 1].norm in _ASK_PREPS else set()


# ---- what a recipient may be: a party, not a thing or a place ---------------------------
def _keys_bare_and_definite(words: tuple[str, ...]) -> set[str]:
    """The lemma keys of the words as tokens key them, bare and with the article
    ("فتيات" loses its ف as a clitic, "الفتيات" does not)."""
    # the tokens' forms are normalized (هيئة -> هييه, مؤسسة -> موسسه): key those too
    forms = {f for w in words for f in (w, normalize(w))}
    return {key for w in forms for key in (lemma_key(w), lemma_key("ال" + w))}


# nouns for the bodies or ranks a group is organised in: they head the party phrase
_COLLECTIVE_HEADS = _keys_bare_and_definite(
    (
        "وسائل",
        "أحزاب",
        "نقابات",
        "فصائل",
        "أجهزة",
        "كبار",
        "رئاسة",
        "قيادات",
        "وحدات",
        "عناصر",
    )
)


# what one criticises, rejects or praises, never who does it
_ACTS_DONE = _keys_bare_and_definite(
    (
        "تصرفات",
        "ممارسات",
        "سياسات",
        "سياسه",
        "ادعاءات",
        "مزاعم",
        "تصريحات",
        "اجراءات",
        "قرارات",
        "انتهاكات",
        "اعتداءات",
        "تدخلات",
        "تحركات",
        "اتهامات",
        "افعال",
        "جرائم",
        "جريمه",
        "خطوه",
        "خطوات",
    )
)


# collectives a call is addressed to: "دعا المجتمع الدولي إلى", "طالب الجميع بـ"
_CALLED_ON = {
    "السلط",  # the Maghreb's plural: "وطالب السلط المعنية بالتحرك"
    "السلطات",
    "المجتمع",
    "الجميع",
    "جميع",
    "كافه",
    "الدول",
    "دول",
    "الاطراف",
    "المواطنين",
    "الحكومات",
    "الاهالي",
    "الجهات",
    "الشعوب",
}
# of those, the ones that never call: "دعا المجتمع الدولي" is a call to it
_NEVER_CALLERS = {"المجتمع", "الجميع", "جميع", "كافه"}
_ALL_OF = {"جميع", "كافه"}
# "الجهات المختصة / المعنية / المسؤولة": the authorities concerned, whom one appeals to
_CONCERNED = {"المختصه", "المعنيه", "المسووله", "ذات"}
# indefinite plurals of people, which no name or title is: "رجال الأعمال", "شباب الحي"
_GENERIC_PEOPLE = {"رجال", "شباب", "طلاب", "نساء", "اطفال", "ابناء", "اهالي", "سكان", "عمال"}
# people one urges (حث and ناشد must have an object): "وحث رجال الأعمال على الإسهام"
_URGED = _GENERIC_PEOPLE | {
    "طلبه",
    "مواطنين",
    "مستهلكين",
    "مسلمين",
    "عاملين",
    "موظفين",
    "اولياء",
    "اسر",
    "حضور",
    "مشاركين",
    "اشقاء",
    "معلمين",
    "ائمه",
    "خطباء",
}


# people a nominative partitive after a verb may count: "طالب عدد من المرضى"
_PARTITIVE_PEOPLE = _GENERIC_PEOPLE | {"مرضي", "زوار", "حضور"}


_SAME = {"ذات", "نفس"}


def _same_one(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """ "ذات المسؤول", "نفس المصدر": the party the article named before, as subject."""
    toks = analysis.tokens
    return (
        toks[rng[0]].norm in _SAME
        and rng[0] + 1 < rng[1]
        and toks[rng[0] + 1].norm.startswith("ال")
        and is_actorish(analysis, rng[0] + 1, ents)
    )


def _called_on(analysis: Analysis, i: int, rng: tuple[int, int]) -> bool:
    """The phrase right after a call verb is a collective that calls are made to, with
    the act asked for (or an aside) straight after it: "كما دعا الدول الأعضاء إلى
    تعزيز", "دعا المجتمع الدولي، لا سيما ..., إلى"; "دعا المجتمع الدولي إسرائيل إلى"
    has its own addressee. (i is the word right before the phrase: the verb, or its
    resumptive "فيه".)"""
    toks = analysis.tokens
    head = _bare(toks[rng[0]].norm)
    if rng[0] == i + 2 and _bare(toks[i + 1].norm) in _ALL_OF:
        # the quantifier the subject finder skipped: "ودعا جميع التونسيين إلى"
        rng, head = (i + 1, rng[1]), _bare(toks[i + 1].norm)
    verb = _bare(toks[i].norm)
    if verb in _IN_IT and i > 0:
        # the verb before its resumptive agrees: "ودعت فيه النقابة الإدارة إلى"
        verb = _bare(toks[i - 1].norm)
    urging = verb.lstrip("وف").startswith(("حث", "ناشد")) and (
        head.removeprefix("ال") in _URGED or _plural_title(head)
    )
    if rng[0] != i + 1 or (head not in _CALLED_ON and not urging):
        return False
    if head == "الاهالي" and verb.lstrip("وف").startswith(("طالب", "يطالب")):
        return False  # "وطالب الأهالي بالإفراج": the residents demand (دعا calls on them)
    if verb.startswith("ال") or verb.endswith("ه") and toks[i].norm != "فيه":
        return False  # a masdar's genitive is its doer: "مطالبة الحكومة الألمانية بـ"
    concerned = (
        head == "الجهات" and rng[0] + 1 < len(toks) and toks[rng[0] + 1].norm in _CONCERNED
    )  # "وناشدت الجهات المختصة بعلاج ابنها": the authorities concerned are appealed to
    if (
        head not in _NEVER_CALLERS
        and not concerned
        and (verb.endswith(("ت", "ها")) or verb[:1] == "ت")
    ):
        return False  # "ودعت الدول العربية إلى": a feminine verb agrees with its subject
    if rng[1] >= len(toks):
        return False
    end = rng[1]
    if (
        toks[end].norm == "في"
        and end + 1 < len(toks)
        and not _break_between(analysis, end, end + 1)
    ):
        # past where they are members: "يدعو الدول الأعضاء في الأمم المتحدة إلى"
        end = min(_phrase_from(analysis, end + 1, limit=3)[1], len(toks) - 1)
    nxt = toks[end].norm
    comma = bool(set(analysis.text[toks[end - 1].end : toks[end].start]) & {"،", ","})
    if head not in _CALLED_ON:
        # the people urged need the act itself after them, not a place or an aside
        # ("ناشد أهالي منطقة حلباء بمركز السرح … الجهات المسؤولة": the residents ask)
        return nxt in _ASK_PREPS or (
            nxt[:1] == "ب" and (derived_masdar(nxt[1:]) or nxt[1:] in ("ضروره", "عدم"))
        )
    return comma or nxt in _ASK_PREPS or (nxt[:1] == "ب" and len(nxt) > 3)


# institutions, as against groups of people
_BODY_HEADS = _keys_bare_and_definite(
    (
        "تنسيقيه",  # a coordinating committee: "وافقت تنسيقية اعتصام الكامور"
        "تنسيقيات",
        "كتله",  # a parliamentary bloc: "ودعت الكتلة أيضا", "كتلة نداء تونس بالبرلمان"
        "فرقه",  # a police squad and its fields: "فرقة الأبحاث والتفتيش"
        "هيئه",
        "وزاره",
        "لجنه",
        "منظمه",
        "جمعيه",
        "مجلس",
        "حكومه",
        "اداره",
        "مؤسسه",
        "شركه",
        "جامعه",
        "رابطه",
        "نقابه",
        "اتحاد",
        "حزب",
        "حركه",
        "سفاره",
        "قنصليه",
        "محكمه",
        "نيابه",
        "مديريه",
        "امانه",
        "اماره",  # a region's governorate: "ناشد المجلس إمارة المنطقة وأمانتها"
        "غرفه",
        "صندوق",
        # the media as bodies: "وفيما دانت القناة عملية اقتحام مكتبها" (not إذاعة, also
        # the masdar: "رفض إذاعة الجلسات")
        "قناه",
        "صحيفه",
    )
)
# heads that name an institution only with a genitive or an adjective after them, as a
# verb's subject ("وطلب مكتب التحقيقات الفيدرالي من", "ودعا المرصد التابع لدار الإفتاء"):
# alone they are rooms, centres and devices ("زرت مكتب صديقي", "أجهزة طرد مركزي")
_INSTITUTION_HEADS = {"مكتب", "مرصد", "مركز", "جهاز", "وكاله", "مجمع"}


def institution_subject(analysis: Analysis, j: int) -> bool:
    """An institution's name at j: one of ``_INSTITUTION_HEADS`` or a body's head
    (جمعية، هيئة، نقابة: "وتطالب جمعية الشفافية المالية بإلغاء") followed by a
    definite word (its genitive, or its adjective when it is definite itself)."""
    toks = analysis.tokens
    if j + 1 >= len(toks) or _break_between(analysis, j, j + 1):
        return False
    head = _bare(toks[j].norm)
    if head in _BRANCHES:
        # a branch of a body: "انتقد فرع الرابطة التونسية للدفاع عن حقوق الإنسان"
        return institution_subject(analysis, j + 1) or is_actorish(analysis, j + 1)
    return (
        head.removeprefix("ال") in _INSTITUTION_HEADS
        or (_key(head) in _BODY_HEADS and not head.startswith(("بال", "لل")))
    ) and toks[j + 1].norm.startswith("ال")


_BRANCHES = {"فرع", "فروع"}


# objects that the dictionaries code as actors by another sense or as a weapon's user
# ("سلاح" MIL, "طائرات" MIL): as the object of an event they are things, not parties
_THINGS = _keys_bare_and_definite(
    (
        "سلاح",
        "اسلحه",
        "الاسلحه",
        "ذخائر",
        "ذخيره",
        "صواريخ",
        "صاروخ",
        "قذائف",
        "قذيفه",
        "متفجرات",
        "عتاد",
        "معدات",
        "طائرات",
        "طائره",
        "مروحيات",
        "دبابات",
        "مدرعات",
        "اليات",
        "ارهاب",
        "اوضاع",
        "مساعدات",
    )
)
# bodies and people the dictionaries miss: a phrase with one of these heads is a party
_PARTY_HEADS = _keys_bare_and_definite(
    (
        # a body's members, also with its pronoun: "ودعت النقابة عموم منخرطيها"
        "منخرط",
        "منتسب",
        "منسوب",
        "حلف",  # "حلف شمال الأطلسي"
        "احزاب",  # "وانتقد أحزاباً كردية"
        "تيارات",  # "ودعا قرني جميع التيارات والأطياف السياسية"
        "اطياف",
        "فصايل",  # "الفصائل الفلسطينية"
        "فصيل",
        "جهات",  # "الجهات الحكومية", "جهات رسمية"
        "وفد",  # "استقبل أمير منطقة الرياض الوفد"
        "وفود",
        "بعثه",
        "خبراء",
        "علماء",
        "مشايخ",
        "وجهاء",
        "اعيان",  # "مشايخ وأعيان ووجهاء منطقة نجران"
        "لاجيين",
        "نازحين",
        "اطراف",
        "مجلس",
        "وزاره",
        "هيئه",
        "لجنه",
        "لجان",
        "قياده",
        "مديريه",
        "مديريات",
        "امانه",
        "غرفه",
        "صندوق",
        "اهالي",
        "بنك",
        "بنوك",
        "مصارف",
        "وكالات",  # "من وكالات استخبارات أجنبية" (وكالة is keyed already)
        "شركه",
        "شركات",
        "نادي",
        "فريق",
        "منتخب",
        "مؤسسه",
        "مؤسسات",
        "منظمه",
        "منظمات",
        "اتحاد",
        "حزب",
        "جمعيه",
        "محكمه",
        "نيابه",
        "اداره",
        "سفاره",
        "دوله",
        "دول",
        "حكومات",
        "لاعب",
        "مدرب",
        "معلم",
        "موظف",
        "مسؤول",
        "شخص",
        "رجل",
        "امراه",
        "متهم",  # "أوقفت الشرطة المتهم"
        "صحفي",  # "أطلقت السلطات سراح الصحفي"
        "صحفيين",
        "ناشط",
        "ناشطين",
        "سجين",
        "سجناء",
        "اسير",
        "اسري",
        "مشتبه",  # "المشتبه به" (_phrase_from keeps به)
        "جاني",
        "مجرم",
        "موقوف",
        "نساء",
        "اطفال",
        "طفل",
        "شقيق",
        "شقيقه",
        "ابن",
        "ابنه",
        "زوج",
        "زوجه",
        "والد",
        "والده",
        "والدي",  # the dual in construct: "القبض على والدي الرضيعة"
        "والدا",
        "اسره",
        "عائله",
        "اقارب",
        "اتباع",
        "زملاء",
        "اعضاء",
        "عضو",
        "مليشيا",
        "مليشيات",
        "سكان",
        "قاده",
        "قايد",
        "زعماء",
        "مملكه",
        "سلطنه",  # "وناشدت السلطنة في بيانها الأمم المتحدة" (Oman)
        "طوايف",  # "ناشد ... جميع الطوائف داخل سورية"
        "طايفه",
        "قبايل",
        "تحالف",
        "جامعات",
        "صناع",
        "مدرس",
        "مدرسين",
        "معلمين",
        "مهندس",
        "مهندسي",
        "صحفي",
        "صحافي",
        "صحفيين",
        "اعلامي",
        "اعلاميين",
        "مقيم",
        "مقيمين",
        "جمهور",
        "مجالس",
        "حشد",
        # the sides of talks and cooperation: "بين البلدين", "الجانبين", "الطرفين"
        "بلد",
        "بلدين",
        "بلدان",
        "جانبين",
        "طرفين",
        "اطراف",
        "نجل",
        "ابناء",
        "فتيات",
        "فتاه",
        "بنات",
        "شباب",
        "ضابط",
        "ضباط",
        "قياده",
        "قيادات",
        "مجتمع",
        "مصور",
        "وكاله",
        "عماده",
        "جبهه",
        "دوريه",
        "مفرزه",  # a detachment: "أوقفت مفارز للجيش 15 مهربا"
        "مفارز",
        "مشرف",
        "فاعلي",
        "ادارات",
        "هيئات",
        "سلطات",
        # crews: "اجتمع المدير بالطواقم الفنية"
        "طاقم",
        "طواقم",
        # trades and roles of people: "طلب مأمور المخفر من التاجر", "زار الأطباء" (not
        # تجار, whose key is تجارة's, nor جهاز, mostly a device)
        "تاجر",
        "طبيب",
        "اطباء",
        "محامي",
        "حارس",
        # peoples and communities: "دعا نتنياهو الجالية اليهودية", "دعا الرئيس الشعب",
        # "يطلب من اليهود الأمريكيين"
        "يهود",
        "شعب",
        "شعوب",
        "جاليه",
        "جاليات",
        # cells and gangs: "قبضت السلطات على خلية إرهابية", "تفكيك عصابة"
        "خليه",
        "خلايا",
        "عصابه",
        "عصابات",
    )
)
# groups the dictionary (written before them) does not know
_GROUP_NAMES = {"داعش"}


def _is_named(analysis: Analysis, j: int) -> bool:
    """A dictionary actor written as a bare name (no article): داعش، حماس."""
    norm = analysis.tokens[j].norm
    if norm.endswith(("ه", "ي", "ات")):  # a feminine noun or an adjective: عملية، إرهابية
        return False
    hit = actor_word(norm)
    return bool(hit and hit[1]) or _key(norm) in _GROUP_NAMES


# the dictionary's one-word agents of these sectors are bodies and people; its MIL, BUS
# and MED one-word keys are often other words' lemmas (الخدمة -> خدم MIL, العمل -> BUS)
_BODY_SECTORS = {"GOV", "LEG", "JUD", "IGO", "PTY", "REB", "OPP", "CVL", "EDU", "LAB", "REL"}


def _nisba_ending(word: str) -> bool:
    """A relative adjective by its ending (القانوني، شعبي، الإرهابية), no head noun."""
    return word.endswith(("ي", "يه"))


_PEOPLES = {"الشعب", "شعب", "الشعوب", "شعوب"}
_NATIONS = _PEOPLES | {"الامه", "امه"}  # "دعا الأمة الإسلامية"
_LOCATIVE = {"في", "وفي", "داخل", "قرب", "بمدينه", "مدينه"}


def thing_actor(analysis: Analysis, rng: tuple[int, int], ents: EntityIndex) -> bool:
    """An actor phrase that names a thing, not a party: no entity, no party word, no
    document (a statement or a report speaks: "ودعا البيان"), and a head that shows it
    is no one: a derived masdar ("الإجراءات", "السماح"), a particle or pronoun ("وهي",
    "أنهم"). Other nouns may be people the word lists miss (الطيار، المراسل) or a force
    named by its arm (السلاح الجوي), so they stay."""
    head = rng[0]
    tok = analysis.tokens[head]
    if head in ents or _document(tok.norm) or recipient_kind(analysis, rng, ents) != "thing":
        return False
    surface = analysis.text[tok.start : tok.end]
    bare = _bare(tok.norm)
    return (
        derived_masdar(tok.norm, surface)
        or _owned_form8_masdar(bare)
        or bare in STOP
        or bare in _NOT_PARTIES
        or tok.norm in _NOT_PARTIES
    )


def _owned_form8_masdar(bare: str) -> bool:
    """افتعال whose first root letter is ل, with a possessive ("التزامه", "التقاؤهم"):
    its ال is no article, so derived_masdar does not see it. One's commitment acts on
    nothing: "وأكد التزامه بالعمل …، داعيا إلى": the doer is the verb's pronoun."""
    for pronoun in ("هما", "هم", "ها", "ه"):
        if bare.endswith(pronoun):
            w = bare[: -len(pronoun)]
            return len(w) == 6 and w.startswith("الت") and w[4] == "ا"
    return False


def _without_tanween(norm: str) -> str:
    """The word past the alif of the indefinite accusative ("وفدا", "ضابطا")."""
    if norm.endswith("ا") and len(norm) >= 4 and not norm.endswith("اا"):
        return norm[:-1]
    return norm


def _key_without_tanween(norm: str) -> str:
    return _key(_without_tanween(norm))


def recipient_kind(
    analysis: Analysis, rng: tuple[int, int], ents: EntityIndex = _NO_ENTITIES
) -> str:
    """ "party", "place" or "thing": what a recipient phrase names.

    A recipient is a party (a person, a body, a state or a group): a named person or
    organisation; a state, or a city standing for its government ("واشنطن تتهم طهران"),
    but not one after a locative preposition ("في طهران"), which is where; a phrase whose
    head is a generic party head (قوات، مواطنين), a body or person noun or a one-word
    dictionary agent of a civil or state sector, or that is a dictionary actor of two
    words or more, or a sound masculine plural (المتهمين،
    المحتجون). Places (LOC names, a city after في) are "place"; weapons, abstractions
    and every other noun are "thing"."""
    toks = analysis.tokens
    a = rng[0]
    if _radio_band(analysis, a):
        return "thing"  # "للجوهرة أف أم": a station's band
    if a + 1 < rng[1] and toks[a].norm in _DETERMINERS:
        return recipient_kind(analysis, (a + 1, rng[1]), ents)  # "هذه المنظمة"
    if a + 1 < rng[1] and (_everyone_at(analysis, a) or _whoever(analysis, a, ents)):
        return "party"  # everyone who: "دعا كل من لديه معلومات إلى", "دعت من يرغب"
    if toks[a].norm in _SIDES_IN_COURT and a > 0 and toks[a - 1].norm in _PROPOSALS:
        return "party"  # a side in court whose case it is: "حجة الدفاع", "طلب الادعاء"
    if a not in ents and (counted := counted_people(analysis, a, ents)) and counted[0] == a:
        return "party"  # people counted: "23 شخصاً سورياً" (not the state سوريا)
    if a not in ents and (
        _held_after_arrest(analysis, a, a)
        or (a + 1 < rng[1] and _held_after_arrest(analysis, a + 1, a))
    ):
        return "party"  # one held: "إيقاف كهل", "ايقاف 31 عنصرا"
    if a + 1 < rng[1] and a not in ents and _office_body(analysis, a):
        return "party"  # "المكتب التنفيذي": an office with its adjective is a body
    if a + 1 < rng[1] and a not in ents and _armed_unit(analysis, a):
        return "party"  # "تشكيلة عسكرية", "الوحدات الأمنية"
    hit = ents.get(a)
    if hit is not None:
        kind = hit[2]
        if kind in ("PERSON", "ORG"):
            return "party"
        if kind == "LOC":
            key = _key_without_tanween(toks[a].norm)
            if hit[1] - hit[0] == 1 and (key in _PARTY_HEADS or key in GENERIC_HEADS):
                return "party"  # a party word the tagger took for a place: "وفداً"
            return "place"
        if kind == "GPE":
            locative = (
                a > 0
                and toks[a - 1].norm in _LOCATIVE
                or toks[a].norm[:1] == "ب"
                and not place_named_with_ba(toks[a].norm)
            )
            # the genitive of a place: "بشرطة مطار الرياض", "في مدينة جدة"
            genitive = a > 0 and _bare(toks[a - 1].norm).removeprefix("ال") in _PLACE_HEADS
            return "place" if locative or genitive else "party"
    # "سبعة أعضاء", "عشرات المعتقلين": the counted noun is the head
    if (
        _key(toks[a].norm) not in _PARTY_HEADS  # not "الحشد الشعبي"
        # nor a person counted elsewhere that heads its own phrase: "شخصا مشبوها"
        and not (_party_word(toks[a].norm) and a + 1 < rng[1] and not _nounish(toks[a + 1].norm))
    ):
        a = min(_skip_quantifiers(analysis, a, rng[1]), rng[1] - 1)
        while a + 1 < rng[1] and _bare(toks[a].norm) in _CARDINALS:
            a += 1  # "عدة بلدان", "ثلاث منظمات"
        if a > rng[0] and toks[a].norm == "من" and a + 1 < rng[1]:
            a += 1  # a count's partitive: "5 من مواطنيها", "اثنين من الأتراك"
    norm = toks[a].norm
    key = _key_without_tanween(norm)  # the accusative: "ضابطا", "مسؤولا"
    if key in _THINGS:
        return "thing"
    if norm == "الجميع" and rng[1] - rng[0] == 1:
        return "party"  # everyone: "داعيا الجميع للالتفاف"
    if a > 0 and toks[a - 1].norm == "من" and rng[1] - a == 1:
        # after من, the one asked: "طلب من أحدهم إخلاء الشقة", a feminine party noun
        # with its owner, "طلب من مجموعته العودة" (right after a verb such a word is
        # as often its subject: "ناشدت والدته", "رفضت إحداهن")
        base = feminine_before_pronoun(_bare(norm), _POSSESSIVES)
        if _bare(norm) in _ONE_OF_THEM or (
            base is not None and _key(base) not in _THINGS and _party_word(base)
        ):
            return "party"
    if a == rng[0] and a > 0 and toks[a - 1].norm == "من" and _quoted_name_end(analysis, a):
        return "party"  # a name in quotes after من, the one asked: "تطلب من «ويب» عدم"
    if (
        _bare(norm) in _PEOPLE_FORMS
        or _bare(norm).removeprefix("ال") in _PEOPLE_PLURALS
        or _pilgrims(norm)
        # political forces (القوى, whose key is the adjective قوي): "القوى الكبرى"
        or (_bare(norm) in ("القوي", "قوي") and (a + 1 < rng[1] or _bare(norm) == "القوي"))
    ):
        return "party"  # "stc تزور مرضى كلانا", "تستقبل الأبطال"
    if _peer_with_pronoun(norm):
        return "party"  # "ونظراؤه", "بجهود زملائه" (kin are as often the subject)
    if norm in HONORIFIC_OPENERS or (
        a + 1 < rng[1] and toks[a + 1].norm in HONORIFIC_PAIRS.get(norm, ())
    ):
        return "party"  # "فخامة الرئيس", "صاحب السمو الملكي الأمير", "خادم الحرمين"
    if (
        key in GENERIC_HEADS
        or key in _PARTY_HEADS
        or key in _GROUP_NAMES
        or _title_head(norm)
        or key in _TITLE_HEADS
        or _plural_title(norm)
        or construct_plural(analysis, a, ents)  # "مرتادي العين", "منسوبي الوزارة"
        or _participle_construct(norm)  # "مصابي الحادث"
        or norm in _MASDAR_BODIES  # "الاحتلال", the occupying power
        # an institution: "تلقت الرابطة اتصالات", "الجمعية"
        or (key in _BODY_HEADS and not norm.startswith(("بال", "لل")))
    ):
        return "party"
    bare = _bare(norm)
    if (
        bare[:1] == "ب"
        and (len(bare) > 4 or _title_head(bare[1:]))  # "بملك المملكة" (not "بدور")
        and (_party_word(bare[1:]) or construct_plural(analysis, a, ents, after_bi=True))
    ):
        return "party"  # "التقى بالسفير", "اجتماعا بالقيادات", "بمنسوبي المجمع"
    if bare[:1] == "ب" and not bare.startswith("بال") and len(bare) > 3:
        bare = bare[1:]
    if bare.startswith("بال"):
        return "thing"  # "بالجهود", "بالتخابر": what it is about, not who
    if strip_proclitics(norm) in _BROKEN_PLURALS:
        return "party"  # the people of an office or trade: "الأطباء", "الوزراء"
    hit = actor_word(_without_tanween(norm))
    if (
        hit is not None
        and not hit[0]
        and hit[1] in _BODY_SECTORS
        and not _nisba_ending(bare)
        and not _document(norm)
    ):
        return "party"  # a dictionary word for a body or people (برلمان LEG, مدرس EDU)
    if bare in _PEOPLES or lookup([t.norm for t in toks[a : rng[1]]], min_words=2):
        return "party"  # "الشعب الفلسطيني", "المجتمع الدولي" (one dictionary word is too
        # often another word's lemma: السيولة -> سيول, Seoul)
    # sound masculine plurals of people: المتهمين، محتجون (not a dual of time: عامين)
    w = bare[2:] if bare.startswith("ال") else bare
    if (
        len(w) >= 5
        and w.endswith(("ون", "ين"))
        and not w.endswith(("عامين", "يومين", "شهرين"))
        and w not in ("هاتين", "هذين", "اللذين", "اللتين")
        and w not in _DOCUMENTS  # a law: قانون
    ):
        return "party"
    # an idafa whose second term names a party: "مواقع داعش", "عناصر الحزب"
    for j in range(a + 1, min(rng[1], a + 3)):
        hit = ents.get(j)
        if hit is not None and hit[2] in ("PERSON", "ORG"):
            return "party"
        if (
            _key(toks[j].norm) in GENERIC_HEADS
            and _key(toks[j].norm) not in _THINGS
            # (an adjective is no idafa term: "القضايا التنظيمية")
            and not (_nisba_adjective(toks[j].norm) and toks[j - 1].norm.startswith("ال"))
        ):
            return "party"  # "ضابطا شرطة", "عناصر الأمن"
        if hit is None and not _bare(toks[j].norm).startswith("ال") and _is_named(analysis, j):
            return "party"  # an undefined name the dictionary knows: "مواقع داعش"
    return "thing"


# "one of them": a person, though no party word names him
_ONE_OF_THEM = {"احدهم", "احدهما", "احداهم", "احداهما", "احداهن", "احدكم"}
# a feminine noun's ت before a possessive suffix: "مجموعته", "زوجتي" (longest first)
_POSSESSIVES = ("تهما", "تهم", "تها", "تكم", "تنا", "ته", "تك", "تي")


# where a visit goes that is no host: "زيارة إلى محافظة عدن", "زار قاعدة عسكرية"
VISITED_PLACES = _keys_bare_and_definite(
    ("محافظه", "مدينه", "منطقه", "قاعده", "معسكر", "مستشفي", "موقع", "مخيم", "ميناء", "مطار")
)


# entries written with letters the normalizer rewrites match tokens' normalized forms
fold_word_sets(globals())
