"""Sector codes (CAMEO agent types: GOV, MIL, IGO, PTY, REB …) of named entities.

The entities stage names people and bodies and gives their country; what kind of party
they are comes from the PETRARCH actor dictionary and agents compiled into
``actors_ar.json``: a person's titles ("قائد الجيش" → MIL, "وزير الخارجية" → GOV,
"مبعوث الأمم المتحدة" → IGO) and an organisation's own name ("حكومة الوفاق" → GOV,
"الحزب الديمقراطي" → PTY). The longest dictionary phrase inside a title wins, so the
body a role belongs to decides over the bare role word (a few bodies the dictionary
spells otherwise are listed here).
"""

from __future__ import annotations

from rasad.document import Document, Entity
from rasad.events import actors
from rasad.events.actors import GENERIC_HEADS, actor_lexicon, actor_word
from rasad.events.normalize import TOKEN_RE, normalize

# lemma keys the dictionary spells otherwise (أمة, not the plural أمم, for the UN)
_ALIASES: dict[str, str] = {
    "امم متحد": "IGO",
    "جامع عرب": "IGO",
    "مجلس تعا": "IGO",
    "حلف شمال اطلس": "IGO",
    "اخو مسلم": "PTY",
    "مجلس ادار": "BUS",
    "جمع خير": "NGO",
    "بنك مركز": "GOV",
}
# single role words the dictionary codes by a rarer sense (مستشار: a judge in Egyptian
# courts, but mostly an adviser or a chancellor)
_WORD_SECTORS = {"مستشار": "GOV"}
# sports pages: clubs, players and federations are no party to political events
# ("مهاجم" is a striker there, not an attacker)
_SPORTS = {"ناد", "لاعب", "مهاجم", "مدافع", "حارس", "مدرب", "منتخب", "فيفا", "دوري", "لكر", "ملعب"}
# a title that is only a form of address says nothing of the party
_HONORIFICS = {"استاذ", "سيد", "دكتور", "مهندس", "حاج", "شيخ", "سمو", "معال"}
# a body with a national adjective is that state's, whatever the dictionary says of the
# international one ("مجلس الأمن الروسي" is not the UN Security Council)
_STATE_INSTEAD = {"IGO": "GOV"}
_SKIP_TYPES = {"GPE", "LOC", "FAC"}


def _words(text: str) -> list[tuple[str, str]]:
    """(lemma key, normalized form) of the words that have a key: the roles' own cached
    keys, so titles match the dictionary as roles do."""
    words = [normalize(m.group()) for m in TOKEN_RE.finditer(text)]
    return [(key, norm) for norm in words if (key := actors._key(norm))]


def _lookup(phrase: str, word: str | None, generic_only: bool) -> str | None:
    """Sector of a dictionary phrase, or with ``word`` of that one word (its key is
    ``phrase``)."""
    if word is not None and phrase in _WORD_SECTORS:
        return _WORD_SECTORS[phrase]
    hit = actor_word(word) if word is not None else actor_lexicon().get(phrase)
    if hit and not (generic_only and hit[0] not in ("", "INT")):
        return hit[1] or None
    return (GENERIC_HEADS.get(phrase) or None) if word is not None else None


def phrase_sector(text: str, generic_only: bool = False) -> str | None:
    """Sector of the longest dictionary phrase in ``text`` (a title or a name).

    ``generic_only`` keeps to the agents (entries without a country): in a title, a
    phrase that matches one particular actor of the dictionary is a coincidence."""
    words = _words(text)
    keys = [key for key, _norm in words]
    if (len(keys) == 1 and keys[0] in _HONORIFICS) or _SPORTS.intersection(keys):
        return None
    # a body named anywhere in the phrase decides first ("ممثل الأمم المتحدة" is IGO,
    # though the dictionary codes that whole phrase GOV)
    joined = " ".join(keys)
    for phrase, sector in _ALIASES.items():
        if f" {phrase} " in f" {joined} ":
            return sector
    if not generic_only:
        # a name holding one particular actor of the dictionary is that actor's
        # ("جماعة الحوثي" is the Houthis, whatever the generic head جماعة says)
        for _, norm in words:
            hit = actor_word(norm)
            if hit and hit[0] and hit[1]:
                return hit[1]
    for n in range(min(4, len(keys)), 0, -1):
        # among equally long phrases: the later one (the body a role belongs to,
        # "رئيس مجلس إدارة الجمعية"), but the first single word (the head: "مدير شرطة محافظة")
        starts = range(len(keys) - n + 1) if n == 1 else range(len(keys) - n, -1, -1)
        for i in starts:
            word = words[i][1] if n == 1 else None
            sector = _lookup(" ".join(keys[i : i + n]), word, generic_only)
            if not sector:
                continue
            national = actor_word(words[i + n][1]) if i + n < len(words) else None
            if sector in _STATE_INSTEAD and national and national[0] and not national[1]:
                return _STATE_INSTEAD[sector]
            return sector
    return None


def entity_sector(entity: Entity) -> str | None:
    """The entity's sector from its titles (people) or its name (bodies); None if unknown."""
    if entity.type in _SKIP_TYPES:
        return None
    # (text, generic_only): a body's own name may be a particular dictionary actor
    sources = [] if entity.type == "PERSON" else [(entity.canonical, False)]
    sources += [(title, True) for title in entity.titles]
    for text, generic_only in sources:
        sector = phrase_sector(text, generic_only=generic_only)
        if sector:
            # a body the entities stage tied to one country is that state's organ
            if entity.country and entity.type != "PERSON" and sector in _STATE_INSTEAD:
                return _STATE_INSTEAD[sector]
            return sector
    return None


def fill_sectors(doc: Document) -> int:
    """Set ``sector`` where the entities stage left it empty: outlets that quotes are
    attributed to are media (MED); the others from the dictionary. Returns how many."""
    outlets = {
        link.entity
        for quote in doc.quotes
        for link in quote.attribution
        if link.entity and link.role in ("outlet", "cited_outlet")
    }
    filled = 0
    for entity in doc.entities:
        if entity.sector is None:
            entity.sector = "MED" if entity.id in outlets else entity_sector(entity)
            filled += entity.sector is not None
    return filled
