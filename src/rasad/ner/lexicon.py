"""Word resources of the NER model: word classes, gazetteer and trigger words.

Everything is loaded from ``rasad/resources/ner`` (built by ``training/train_ner.py``)
except the trigger words, a short hand-written list of general news vocabulary.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

from rasad.ner.normalize import normalize, split_proclitics

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


def trigger_class(norm: str) -> str:
    """Trigger class of a normalized token (trying it without its proclitics)."""
    cls = _TRIGGERS.get(norm)
    if cls is None:
        _, rest = split_proclitics(norm)
        cls = _TRIGGERS.get(rest) or _TRIGGERS.get("ال" + rest)
    return cls or ""


@dataclass
class WordInfo:
    clusters: tuple[str, str, str]  # k-means classes of the word vector, coarse to fine
    embed_class: str  # entity class predicted from the vector + confidence bucket ("PERS3")
    freq: str  # log2 frequency bucket in the raw news
    article: str  # how often the word appears with the article "ال" (bucket)


@dataclass
class Lexicon:
    words: dict[str, WordInfo] = field(default_factory=dict)
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_gazetteer_len: int = 1

    @classmethod
    def load(cls, directory: Path = RESOURCES) -> Lexicon:
        lex = cls()
        path = directory / "words.tsv.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    word, c0, c1, c2, embed_class, freq, article = line.rstrip("\n").split("\t")
                    lex.words[word] = WordInfo((c0, c1, c2), embed_class, freq, article)
        path = directory / "gazetteer.tsv.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    typ, name = line.rstrip("\n").split("\t")
                    key = tuple(name.split())
                    lex.gazetteer.setdefault(key, typ)
                    lex.max_gazetteer_len = max(lex.max_gazetteer_len, len(key))
        return lex

    def match_gazetteer(self, norms: list[str]) -> list[str]:
        """BIO gazetteer labels ("B-LOC", "I-ORG", "" ) per token, longest match first.

        The first token of a match may carry proclitics ("وبروسيا", "للامم").
        """
        labels = [""] * len(norms)
        i, n = 0, len(norms)
        gaz = self.gazetteer
        while i < n:
            prefix, rest = split_proclitics(norms[i])
            firsts = {norms[i], rest, "ال" + rest} if prefix else {norms[i]}
            found = 0
            for length in range(min(self.max_gazetteer_len, n - i), 0, -1):
                tail = tuple(norms[i + 1 : i + length])
                for first in firsts:
                    typ = gaz.get((first, *tail))
                    if typ:
                        found = length
                        labels[i] = "B-" + typ
                        for j in range(i + 1, i + length):
                            labels[j] = "I-" + typ
                        break
                if found:
                    break
            i += found or 1
        return labels


def normalize_name(name: str) -> str:
    return " ".join(normalize(name).split())
