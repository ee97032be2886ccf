"""Title and role phrases attached to person mentions, and the country they name.

"رئيس الوزراء المصري، رئيس اللجنة العليا للاستثمار، <name>" gives the person two
titles; "<name>، وزير الخارجية الفرنسي" one in
apposition after the name. A title starts with a head word (a rank, office or
honorific) and runs up to the name (or the next comma); reporting verbs, punctuation
and other people end it.
"""

from __future__ import annotations

import re

from rasad.document import Document, Mention, Span, Token
from rasad.ner.countries import country_code, demonym_country
from rasad.ner.normalize import normalize

# Ranks and honorifics that start a new title even without a comma:
# "رئيس الأركان المصري اللواء <name>" has two titles.
_RANKS = set(
    [
        "الفريق",
        "اللواء",
        "العميد",
        "العقيد",
        "المقدم",
        "الرايد",
        "النقيب",
        "الملازم",
        "المشير",
        "الجنرال",
        "الاميرال",
        "الادميرال",
        "المارشال",
        "الدكتور",
        "الدكتوره",
        "السفير",
        "الشيخ",
        "الامير",
        "الاميره",
        "السيد",
        "السيده",
        "المهندس",
        "الاستاذ",
        "الحاج",
        "الامام",
        "المفتي",
        "المطران",
        "الكاردينال",
    ]
)
# Normalized head words, article included when it is usually written with it.
_HEADS = _RANKS | set(
    [
        "رييس",
        "الرييس",
        "الرييسه",
        "رييسه",
        "نايب",
        "النايب",
        "وزير",
        "الوزير",
        "وزيره",
        "الوزيره",
        "وكيل",
        "مساعد",
        "مبعوث",
        "المبعوث",
        "سفير",
        "مندوب",
        "المندوب",
        "ممثل",
        "الممثل",
        "قايد",
        "القايد",
        "قاده",
        "زعيم",
        "الزعيم",
        "امين",
        "الامين",
        "سكرتير",
        "السكرتير",
        "متحدث",
        "المتحدث",
        "الناطق",
        "ناطق",
        "مستشار",
        "المستشار",
        "مدير",
        "المدير",
        "محافظ",
        "المحافظ",
        "عمده",
        "حاكم",
        "الحاكم",
        "والي",
        "الوالي",
        "قاضي",
        "القاضي",
        "المدعي",
        "النايب",
        "عضو",
        "رييسا",
        "الملك",
        "ملك",
        "امير",
        "ولي",
        "العاهل",
        "السلطان",
        "البابا",
        "الحاخام",
        "د",
        "المحامي",
        "الصحفي",
        "الكاتب",
        "الخبير",
        "الباحث",
        "المحلل",
        "المراسل",
        "المدرب",
        "اللاعب",
        "النجم",
        "الفنان",
        "الفنانه",
        "المخرج",
        "الشاعر",
        "الروايي",
    ]
)
# Words that end a title when walking away from the name.
_STOPS = set(
    [
        "قال",
        "قالت",
        "اكد",
        "اكدت",
        "اضاف",
        "اضافت",
        "اعلن",
        "اعلنت",
        "اوضح",
        "اشار",
        "صرح",
        "ذكر",
        "كشف",
        "نفي",
        "دعا",
        "طالب",
        "حذر",
        "التقي",
        "استقبل",
        "بحث",
        "زار",
        "اجتمع",
        "التقت",
        "بين",
        "ان",
        "انه",
        "انها",
        "الذي",
        "التي",
        "الذين",
        "حيث",
        "كما",
        "لكن",
        "او",
        "ثم",
    ]
)
_PUNCT = re.compile(r"^[^\w]+$")
_COMMA = {"،", ","}
_MAX_TITLE_TOKENS = 10


def _norm(token: Token) -> str:
    return normalize(token.text)


def _is_head(norm: str) -> bool:
    if norm in _HEADS:
        return True
    return any(norm.startswith(clitic) and norm[1:] in _HEADS for clitic in ("و", "ف"))


def is_title_head(norm: str) -> bool:
    """A word that opens a title or is a rank ("الرئيس", "الشيخ", "وزير")."""
    return _is_head(norm) or norm in _RANKS


def _clitic_chars(token: Token) -> int:
    norm = _norm(token)
    return 1 if norm[:1] in ("و", "ف") and norm not in _HEADS and norm[1:] in _HEADS else 0


def _phrase(doc: Document, tokens: list[Token]) -> Span:
    start = tokens[0].start + _clitic_chars(tokens[0])
    return doc.span(start, tokens[-1].end)


def _split_ranks(chunk: list[Token]) -> list[list[Token]]:
    """Split a title chunk before each rank that follows other words."""
    parts: list[list[Token]] = [[]]
    for tok in chunk:
        if parts[-1] and _norm(tok) in _RANKS:
            parts.append([])
        parts[-1].append(tok)
    return parts


def find_titles(doc: Document, mention: Mention, people: list[Mention] | None = None) -> list[Span]:
    """Title phrases before a person mention (a comma chain) and in apposition after it."""
    tokens = doc.tokens
    first = next((i for i, t in enumerate(tokens) if t.end > mention.start), None)
    if first is None:
        return []
    last = next((i for i in range(first, len(tokens)) if tokens[i].end >= mention.end), first)
    blocked = {(m.start, m.end) for m in people or [] if m is not mention}

    def crosses_person(token: Token) -> bool:
        return any(s < token.end and token.start < e for s, e in blocked)

    titles: list[Span] = []
    # before: chunks separated by commas, read right to left. Not after a preposition:
    # "المستشار الإعلامي لـ<name>" is someone else's title.
    sentence = tokens[first].sentence
    clitics = tokens[first].text[: max(0, mention.start - tokens[first].start)]
    if any(ch in "لبك" for ch in clitics):
        first = -1  # skip the backward scan
    j = first - 1
    chunk: list[Token] = []
    while first >= 0:
        tok = tokens[j] if j >= 0 and tokens[j].sentence == sentence else None
        boundary = (
            tok is None
            or tok.text in _COMMA
            or bool(_PUNCT.match(tok.text))
            or _norm(tok) in _STOPS
            or crosses_person(tok)
            or len(chunk) >= 2 * _MAX_TITLE_TOKENS
        )
        if not boundary:
            chunk.insert(0, tok)
            j -= 1
            continue
        if not chunk and tok is not None and tok.text in _COMMA and j == first - 1:
            j -= 1  # "..., <name>": the titles end at the comma before the name
            continue
        head = next((k for k, t in enumerate(chunk) if _is_head(_norm(t))), None)
        if head is None:
            break
        if len(chunk) - head <= _MAX_TITLE_TOKENS:
            titles[0:0] = [_phrase(doc, part) for part in _split_ranks(chunk[head:])]
        if tok is None or tok.text not in _COMMA or head > 0:
            break
        chunk = []
        j -= 1
    # after: "<name>، وزير الخارجية الفرنسي،" but not "<name>، ووزير المالية <name2>"
    k = last + 1
    first = max(first, 0)
    if (
        k + 1 < len(tokens)
        and tokens[k].text in _COMMA
        and _is_head(_norm(tokens[k + 1]))
        and _norm(tokens[k + 1]) in _HEADS  # a leading "و" coordinates a new person
    ):
        chunk = []
        owner_follows = False
        for tok in tokens[k + 1 : k + 1 + _MAX_TITLE_TOKENS]:
            if tok.sentence != tokens[last].sentence or _norm(tok) in _STOPS:
                break
            if crosses_person(tok):
                owner_follows = True  # the title introduces the next person
                break
            if _PUNCT.match(tok.text):
                nxt = tokens.index(tok) + 1
                owner_follows = (
                    tok.text in _COMMA and nxt < len(tokens) and crosses_person(tokens[nxt])
                )
                break
            chunk.append(tok)
        if chunk and not owner_follows:
            titles.append(_phrase(doc, chunk))
    return titles


def title_country(title: str) -> str | None:
    """ISO alpha-3 named in a title by a nationality adjective or a country name."""
    words = title.split()
    for word in reversed(words):  # "وزير الدفاع الروسي": the adjective comes last
        code = demonym_country(word)
        if code:
            return code
    for n in range(min(3, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            code = country_code(" ".join(words[i : i + n]))
            if code:
                return code
    return None
