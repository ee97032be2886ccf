"""Word resources of the NER model: word classes, gazetteer and trigger words.

Everything is loaded from ``rasad/resources/ner`` (built by ``training/train_ner.py``)
except the trigger words, a short hand-written list of general news vocabulary.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasad.ner.normalize import normalize, split_proclitics
from rasad.text.cache import GenerationCache

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"

# General trigger vocabulary of Arabic news (normalized forms, article included where
# usual). Classes, not names: the model learns which class precedes which entity type.
_TRIGGERS: dict[str, str] = {}
for _cls, _words in {
    "TITLE": "الرئيس رئيس الرييس رييس الوزير وزير وزيره الشيخ الملك الامير الاميره الملكه السيد السيده "
    "الدكتور د المستشار الجنرال العقيد اللواء الفريق العميد المشير الرائد النقيب السفير المبعوث "
    "الناطق المتحدث النائب الزعيم القائد الامين الاستاذ المهندس الحاج الامام البابا الكاردينال "
    "الاسقف المدرب اللاعب الكاتب الشاعر الفنان الفنانه المطرب المطربه الممثل الممثله المخرج الصحفي "
    "المراسل المحامي القاضي المدعي نجم السناتور المرشح الرييسه نايب مساعد مدير المدير الزميل "
    "العاهل ولي الداعيه المفتي المطران الحاخام الجنرال الاعلامي الباحث الخبير المحلل الروايي "
    "الموسيقار النجم النجمه",
    "SAY": "قال قالت اكد اكدت اضاف اضافت اعلن اعلنت اوضح اوضحت اشار اشارت صرح صرحت ذكر ذكرت كشف "
    "كشفت نفي نفت تابع تابعت اعتبر اعتبرت شدد شددت لفت لفتت دعا دعت طالب طالبت حذر حذرت يقول تقول "
    "وقال وقالت واكد واضاف واوضح واشار",
    "LOCW": "مدينه بلده قريه عاصمه العاصمه محافظه ولايه اقليم منطقه جزيره جزر نهر جبل بحر خليج "
    "ميناء مطار شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي حي شارع مخيم بلدة دوله جمهوريه مملكه "
    "اماره سلطنه",
    "ORGW": "شركه وزاره حزب جامعه منظمه مجلس هييه جمعيه اتحاد بنك مصرف صندوق وكاله موسسه لجنه حركه "
    "جبهه نادي فريق منتدي معهد مركز محكمه جيش قوات مجموعه صحيفه جريده قناه اذاعه تلفزيون مكتب "
    "برلمان مصلحه ادراه اداره سلطه بلديه كليه مستشفي مصنع تنظيم كتايب",
    "PREP": "في من الي علي عن مع بين نحو عبر داخل خارج لدي",
    "DATEW": "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر السبت "
    "الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه امس اليوم غدا",
}.items():
    for _w in _words.split():
        _TRIGGERS.setdefault(_w, _cls)


def trigger_class(norm: str, rest: str | None = None) -> str:
    """Trigger class of a normalized token (trying it without its proclitics; ``rest``:
    ``split_proclitics(norm)[1]`` when the caller has it)."""
    cls = _TRIGGERS.get(norm)
    if cls is None:
        if rest is None:
            _, rest = split_proclitics(norm)
        cls = _TRIGGERS.get(rest) or _TRIGGERS.get("ال" + rest)
    return cls or ""


@dataclass
class WordInfo:
    clusters: tuple[str, str, str]  # k-means classes of the word vector, coarse to fine
    embed_class: str  # entity class predicted from the vector + confidence bucket ("PERS3")
    freq: str  # log2 frequency bucket in the raw news
    article: str  # how often the word appears with the article "ال" (bucket)


class WordTable:
    """Read-only word -> :class:`WordInfo` map stored as columns (fast to load)."""

    def __init__(self, words: list[str] | tuple[str, ...] = (), columns=None) -> None:
        self.index: dict[str, int] = dict(zip(words, range(len(words)), strict=True))
        self.columns = columns or [()] * 6

    def get(self, word: str, default: WordInfo | None = None) -> WordInfo | None:
        i = self.index.get(word)
        if i is None:
            return default
        c = self.columns
        return WordInfo((c[0][i], c[1][i], c[2][i]), c[3][i], c[4][i], c[5][i])

    def __contains__(self, word: object) -> bool:
        return word in self.index

    def __iter__(self):
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


@dataclass
class Lexicon:
    words: WordTable = field(default_factory=WordTable)
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_gazetteer_len: int = 1
    _starts: set[str] = field(default_factory=set)  # first words of gazetteer entries
    # the entries of two words or more and their prefixes of two words or more
    _chains: set[tuple[str, ...]] = field(default_factory=set)
    # per matching form: its forms that start a gazetteer entry (most have none)
    _firsts: GenerationCache[str, tuple[str, ...]] = field(default_factory=GenerationCache)

    @classmethod
    def load(cls, directory: Path = RESOURCES) -> Lexicon:
        lex = cls()
        path = directory / "words.tsv.gz"
        if path.exists():
            with gzip.open(path, "rb") as f:
                text = f.read().decode("utf-8").rstrip("\n")
            # one C-level split for the whole table: 7 fields per line
            cells = text.replace("\t", "\n").split("\n") if text else []
            columns = [cells[k::7] for k in range(7)]
            lex.words = WordTable(columns[0], columns[1:])
        path = directory / "gazetteer.tsv.gz"
        if path.exists():
            with gzip.open(path, "rb") as f:
                cells = f.read().decode("utf-8").replace("\t", "\n").split("\n")
            gazetteer = lex.gazetteer
            for typ, name in zip(cells[0:-1:2], cells[1::2], strict=True):
                gazetteer.setdefault(tuple(name.split(" ")), typ)
            lex.max_gazetteer_len = max(map(len, gazetteer), default=1)
            lex._starts = {k[0] for k in gazetteer}
            lex._chains = {k[:j] for k in gazetteer for j in range(2, len(k) + 1)}
        return lex

    def match_gazetteer(self, norms: list[str]) -> list[str]:
        """BIO gazetteer labels ("B-LOC", "I-ORG", "" ) per token, longest match first.

        The first token of a match may carry proclitics ("وبفرنسا", "للامم").
        """
        return self.match_gazetteer_from(norms, self.gazetteer_firsts_many(norms))

    def gazetteer_firsts(self, norm: str) -> tuple[str, ...]:
        """The forms of a matching form that start a gazetteer entry (most have none;
        cached per form)."""
        firsts = self._firsts.get(norm)
        if firsts is None:
            firsts = tuple(f for f in _first_forms(norm) if f in self._starts)
            self._firsts.put(norm, firsts)
        return firsts

    def gazetteer_firsts_many(self, norms: list[str]) -> list[tuple[str, ...]]:
        """``gazetteer_firsts`` of many matching forms (one C-level pass over the hot
        generation; the rest one by one)."""
        found = list(map(self._firsts.hot.get, norms))
        for i, firsts in enumerate(found):
            if firsts is None:
                found[i] = self.gazetteer_firsts(norms[i])
        return found

    def match_gazetteer_from(self, norms: list[str], firsts: list[tuple[str, ...]]) -> list[str]:
        """``match_gazetteer`` given each token's ``gazetteer_firsts``: only the tokens
        that can start an entry are tried, left to right, skipping matched tokens."""
        labels = [""] * len(norms)
        n = len(norms)
        gaz = self.gazetteer
        longest = self.max_gazetteer_len
        free = 0  # first token not inside a match
        chains = self._chains
        for i, starts in enumerate(firsts):
            if not starts or i < free:
                continue
            # no entry is longer than the longest chain of entry prefixes found here
            limit = min(longest, n - i)
            reach = 1
            for first in starts:
                k = 1
                while k < limit and (first, *norms[i + 1 : i + k + 1]) in chains:
                    k += 1
                reach = max(reach, k)
            for length in range(reach, 0, -1):
                tail = tuple(norms[i + 1 : i + length])
                typ = next((t for first in starts if (t := gaz.get((first, *tail)))), None)
                if typ:
                    labels[i] = "B-" + typ
                    for j in range(i + 1, i + length):
                        labels[j] = "I-" + typ
                    free = i + length
                    break
        return labels


@lru_cache(maxsize=30_000)
def _first_forms(norm: str) -> tuple[str, ...]:
    """Forms a gazetteer entry may start with: the token, without proclitics, with ال."""
    prefix, rest = split_proclitics(norm)
    return (norm, rest, "ال" + rest) if prefix else (norm,)


def normalize_name(name: str) -> str:
    return " ".join(normalize(name).split())
