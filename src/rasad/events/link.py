"""Cross-sentence continuations: a later sentence that names an earlier event by its noun.

News prose reports an event in one sentence and its details in the next ones, naming the
event again by a definite noun: "بعث الوزير برسالة يطلب فيها ... . وقالت مصادر إن
الرسالة سلمت يوم الأحد في جدة" or "نفذ مسلحون هجوما على ... . ووقع الهجوم فجر
الاثنين". The later sentence has no event of its own from that noun, but it holds the
event's date, place and source.

An event *carries* a noun when

* its trigger is that noun (هجوم، زيارة، اتفاق، طلب، مظاهرة), or
* the trigger verb describes a noun right before it: "رسالة يطلب فيها", "بيان التي
  تدعو" — a resumptive فيه/فيها after the verb or a relative pronoun between them, or
* the trigger verb is followed by في/عبر and an indefinite noun: "طالب في رسالة".

A later sentence (at most ``MAX_GAP`` sentences on) *continues* the event when it holds
the same noun stem with the article (الرسالة، للهجوم، بالاتفاق) outside a name, and that
noun is not the trigger of an event of another type or of an event with its own,
different actor. The continuation then gives the event

* its date, when the event only had the published date: the `doc.times` point or
  interval of the later sentence nearest the noun;
* its location, when it has none, or when it has a country and the later sentence names
  a place inside that country;
* its attribution, when it has none: the source chain of the quote holding the noun.

The nearest earlier event wins; each event takes each field from its first continuation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rasad.document import (
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Quote,
    Ref,
    Sentence,
    Span,
)
from rasad.entities.lexicon import country_of_name, demonym_country
from rasad.events import lexicon
from rasad.events.actors import _BROKEN_PLURALS as BROKEN_PLURALS
from rasad.events.actors import _DEMAND_VERBS as DEMAND_VERBS
from rasad.events.actors import _HE_THAT as HE_THAT
from rasad.events.actors import _PARTY_HEADS as PARTY_HEADS
from rasad.events.actors import _RELATIVES as RELATIVES
from rasad.events.actors import (
    GENERIC_HEADS,
    HONORIFIC_OPENERS,
    OBJECT_PRONOUNS,
    PEOPLE_IN_TA_BARE,
    STOP,
    _bare,
    actor_word,
    derived_masdar,
    first_person_verb,
    verb_without_object_pronoun,
)
from rasad.events.actors import _break_between as break_between
from rasad.events.actors import _masculine_verb as masculine_verb
from rasad.events.actors import _object_pronoun as object_pronoun
from rasad.events.actors import _party_word as party_word
from rasad.events.actors import _place_head as place_head
from rasad.events.actors import _plural_title as plural_title
from rasad.events.actors import _possessor_host as possessor_host
from rasad.events.actors import _relative_antecedent as relative_antecedent
from rasad.events.actors import _skip_adverbs as skip_adverbs
from rasad.events.actors import _title_head as title_head
from rasad.events.features import Analysis, analyse
from rasad.events.features import _perfect_verb_like as perfect_verb_like
from rasad.events.normalize import (
    feminine_before_pronoun,
    fold_word_sets,
    lemma_key,
    normalize,
    tokenize,
)

# how many sentences after the event a continuation may come
MAX_GAP = 2
# characters before/after the noun in which a date or a place belongs to it
DATE_WINDOW = (40, 100)
PLACE_WINDOW = (60, 200)
_STRONG_BREAKS = ".:;؛!?؟\n"

_RESUMPTIVE = {"فيه", "فيها", "فيهما", "فيهم", "به", "بها", "عبره", "عبرها"}
_RELATIVE = {"الذي", "التي", "الذين"}
_VEHICLE_PREPS = {"في", "عبر"}
# words that are never the carrier noun
_NOT_NOUNS = {
    "ان",
    "انه",
    "انها",
    "الذي",
    "التي",
    "الذين",
    "ما",
    "من",
    "في",
    "على",
    "علي",
    "الى",
    "الي",
    "عن",
    "مع",
    "كما",
    "قد",
    "لقد",
    "وقد",
    "كان",
    "كانت",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "اليوم",
    "امس",
    "يوم",
    "وقت",
    "الوقت",
    "حين",
    "بعد",
    "قبل",
    "خلال",
    "عند",
    "حيث",
}
_PRONOUN_ENDINGS = ("تهما", "تهم", "تها", "ته", "تي")
_DEFINITE = ("ال", "وال", "فال", "بال", "وبال", "فبال", "لل", "ولل", "فلل", "كال", "وكال")


def stem(norm: str) -> str:
    """The noun stem shared by رسالة، الرسالة، برسالة، رسالته and طلبا، الطلب."""
    w = norm
    for p in ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    else:
        if len(w) >= 5 and w[0] in "وف":
            w = w[1:]
        if len(w) >= 5 and w[0] in "بلك":
            w = w[1:]
    if (base := feminine_before_pronoun(w, _PRONOUN_ENDINGS)) is not None:
        return base  # رسالته -> رساله (ta marbuta before a pronoun)
    if w.endswith("ا") and len(w) >= 4 and not w.endswith("اا"):  # accusative طلبا
        return w[:-1]
    return w


# form-VIII perfects of roots with ل that start like the article: "التقى", "والتقت"
_LIKE_ARTICLE = ("التقي", "التقت", "التقو", "التقا")


def definite(norm: str) -> bool:
    bare = norm[1:] if norm[:1] in "وف" else norm
    if bare.startswith(_LIKE_ARTICLE) and not bare.startswith("التقاء"):
        return False
    return norm.startswith(_DEFINITE) and len(norm) >= 5


@dataclass(slots=True)
class Carrier:
    event: Event
    sentence: int
    stem: str
    actor: str  # the actor's text ("" without one)


def carrier_tokens(analysis: Analysis, index: int, names: set[int]) -> list[int]:
    """Token indices of the nouns that carry the event whose trigger is at ``index``."""
    toks = analysis.tokens
    out = [index]
    nxt = toks[index + 1].norm if index + 1 < len(toks) else ""
    before = index - 1
    if before >= 1 and toks[before].norm.lstrip("و") in _RELATIVE:
        # "الرسالة التي يطلب فيها": the definite phrase before the relative pronoun
        for j in range(before - 1, max(-1, before - 4), -1):
            if (
                _break(analysis, j)
                or not definite(toks[j].norm)
                or not _nounish(analysis, j, names)
            ):
                break
            out.append(j)
    elif nxt in _RESUMPTIVE:
        # "برسالة يطلب فيها", "رسالة إلى الحكومة يطالب فيها": an unmarked relative
        # clause describes the nearest indefinite noun before it
        for j in range(before, max(-1, index - 6), -1):
            if j < before and _break(analysis, j):
                break
            if definite(toks[j].norm) or toks[j].norm in _NOT_NOUNS:
                continue
            if _nounish(analysis, j, names):
                out.append(j)
            break
    # "طالب في رسالة", "دعا المجلس في بيان": في/عبر and an indefinite noun, same clause,
    # for what is said (a place noun "في محافظة X" is no message)
    if _said(analysis, index):
        for k in range(index + 1, min(len(toks) - 1, index + 6)):
            if _break(analysis, k - 1):
                break
            if toks[k].norm in _VEHICLE_PREPS:
                j = k + 1
                if (
                    not toks[j].norm.startswith("ال")
                    and _nounish(analysis, j, names)
                    and j + 1 not in names
                ):
                    out.append(j)
                break
    return out


_SAID_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"}


def _said(analysis: Analysis, index: int) -> bool:
    return any(t.index == index and t.type in _SAID_TYPES for t in analysis.triggers)


_PREPOSITIONS = {
    "في",
    "على",
    "علي",
    "من",
    "الى",
    "الي",
    "عن",
    "مع",
    "حول",
    "بشان",
    "ضد",
    "بعد",
    "قبل",
    "خلال",
    "منذ",
    "عقب",
    "اثر",
    "بين",
    "حتى",
    "حتي",
    "لدى",
    "لدي",
}


def subject_position(analysis: Analysis, j: int) -> bool:
    """The noun at j is what its clause is about rather than the object of another
    noun: at the start of the sentence or clause, after إن/أن/لكن, a verb or a
    preposition ("وجرى الاجتماع", "إن الرسالة نقلت", "خلال الاجتماع"); not after a
    definite word, a masdar or a feminine noun ("لعرقلة الاتفاق", "لهجة الرسالة")."""
    if j == 0 or _break(analysis, j - 1):
        return True
    prev = analysis.tokens[j - 1].norm
    bare = prev[1:] if prev[:1] in "وف" and len(prev) > 2 else prev
    if bare in _CLAUSE_OPENERS:
        return True
    if bare in _PREPOSITIONS:
        return True  # the event as a frame: "وجرى خلال الاجتماع", "وسلمت في الاجتماع"
    if bare in _NOT_NOUNS:
        return False
    if bare.startswith(("ال", "لل")) or bare[:1] in "بلك" and len(bare) > 3:
        return False
    return not bare.endswith(("ه", "ات"))  # a masdar or a feminine noun: "عرقله"


_CLAUSE_OPENERS = {"ان", "انه", "لكن", "لكنه", "بان", "كما", "حيث", "اذ", "ثم", "لقد", "قد"}


def _break(analysis: Analysis, j: int) -> bool:
    """Punctuation between token j and the next one (the role phrases' own test)."""
    return j + 1 < len(analysis.tokens) and break_between(analysis, j, j + 1)


def _nounish(analysis: Analysis, j: int, names: set[int]) -> bool:
    tok = analysis.tokens[j]
    if j in names or len(tok.core) < 3 or tok.norm in _NOT_NOUNS or tok.core in _NOT_NOUNS:
        return False
    if tok.norm[:1].isdigit():
        return False
    # an imperfect verb is not a noun ("يقول يطلب")
    return not (tok.norm[:1] in "يت" and not tok.norm.startswith(("تع", "تق", "تص")))


def _doer_word(analysis: Analysis, j: int) -> bool:
    return any(t.index == j and t.kind in ("agent", "victim") for t in analysis.triggers)


def _overlaps(a: str, b: str) -> bool:
    return bool(a and b and (a in b or b in a))


def _text(ref: Ref | None) -> str:
    if ref is None:
        return ""
    return ref.span.text if ref.span is not None else (ref.entity or "")


@dataclass(frozen=True, slots=True)
class Finders:
    """The stage's own readers, so a continuation is read like the event's own sentence."""

    place: Callable[[Document, Sentence, Analysis, int], Ref | None]
    date: Callable[[Document, Sentence, int], EventDate | None]
    attribution: Callable[[Document, int], object]
    country_of: Callable[[str], str | None]


def link_continuations(
    doc: Document,
    sentences: list[Sentence],
    analyses: dict[int, Analysis],
    names: dict[int, set[int]],
    events: list[Event],
    finders: Finders,
    counters: Counter,
    merged: list[Event] | None = None,
) -> list[tuple[Event, int, int, list[str]]]:
    """Fill date, location and attribution of events from the sentences that continue them.

    ``analyses`` and ``names`` (token indices inside named mentions) are keyed by
    sentence index. Returns the links made: (event, continuing sentence index, character
    offset of the noun, fields given). The later noun's own events of the same type (the
    event told again: "ووقع الهجوم فجر الاثنين") are appended to ``merged``, for the
    caller to drop."""
    made: list[tuple[Event, int, int, list[str]]] = []
    trig_events: dict[int, dict[int, list[Event]]] = {}  # sentence -> trigger token -> events
    carriers: dict[int, list[Carrier]] = {}
    for ev, _sent, analysis, index in _at_triggers(events, sentences, analyses):
        trig_events.setdefault(ev.sentence, {}).setdefault(index, []).append(ev)
        if (ev.salience, ev.polarity, ev.modality) != ("reported", "asserted", "actual"):
            continue
        for j in carrier_tokens(analysis, index, names.get(ev.sentence, set())):
            key = stem(analysis.tokens[j].norm)
            if key.endswith("ات") or _doer_word(analysis, j):
                continue  # plurals name kinds of events (الاجتماعات); doers are not events
            carriers.setdefault(ev.sentence, []).append(
                Carrier(ev, ev.sentence, key, _text(ev.actor))
            )
    if not carriers:
        return made
    filled: set[tuple[int, str]] = set()  # (id(event), field) already given by a link
    for sent in sentences:
        # nearest sentence first, and within it the last carrier first
        earlier = [
            c
            for back in range(1, MAX_GAP + 1)
            for c in reversed(carriers.get(sent.index - back, []))
        ]
        analysis = analyses.get(sent.index)
        if not earlier or analysis is None:
            continue
        inside = names.get(sent.index, set())
        own = trig_events.get(sent.index, {})
        linked: set[int] = set()
        for j, tok in enumerate(analysis.tokens):
            if not definite(tok.norm) or j in inside:
                continue
            key = stem(tok.norm)
            carrier = next((c for c in earlier if c.stem == key), None)
            if carrier is None or id(carrier.event) in linked:
                continue
            if not subject_position(analysis, j):
                counters["link_refused_dependent"] += 1
                continue
            if any(
                e.type != carrier.event.type
                or (e.actor is not None and not _overlaps(_text(e.actor), carrier.actor))
                for e in own.get(j, [])
            ):
                counters["link_refused_own_event"] += 1
                continue
            linked.add(id(carrier.event))
            counters["linked"] += 1
            if merged is not None:
                again = [e for e in own.get(j, []) if e is not carrier.event]
                merged.extend(again)
                counters["linked_merged"] += len(again)
            offset = sent.start + tok.start
            fields = _fill(doc, sent, analysis, offset, carrier.event, filled, finders)
            for field in fields:
                counters["linked_" + field] += 1
            made.append((carrier.event, sent.index, offset, fields))
    return made


def _fill(
    doc: Document,
    sent: Sentence,
    analysis: Analysis,
    offset: int,
    event: Event,
    filled: set[tuple[int, str]],
    finders: Finders,
) -> list[str]:
    """Give the event what the continuation at ``offset`` adds; the names of the fields."""
    out = []
    key = id(event)
    if (key, "date") not in filled and (event.date is None or event.date.date_source != "text"):
        found = finders.date(doc, _window(doc, sent, offset, *DATE_WINDOW), offset)
        if found is not None and found.date_source == "text":
            event.date = found
            filled.add((key, "date"))
            out.append("date")
    if (key, "location") not in filled:
        near = _window(doc, sent, offset, *PLACE_WINDOW)
        found = finders.place(doc, near, analyse(near.text), offset)
        if found is not None and _better_place(event.location, found, finders):
            event.location = found
            filled.add((key, "location"))
            out.append("location")
    if (key, "attribution") not in filled and not event.attribution:
        found = finders.attribution(doc, offset)
        if found:
            event.attribution = found
            filled.add((key, "attribution"))
            out.append("attribution")
    return out


def _window(doc: Document, sent: Sentence, offset: int, left: int, right: int) -> Sentence:
    """The part of the sentence around the noun that speaks of it: at most ``left`` and
    ``right`` characters either side, not past a full stop, colon or semicolon."""
    start = max(sent.start, offset - left)
    end = min(sent.end, offset + right)
    before = doc.text[start:offset]
    cut = max(before.rfind(c) for c in _STRONG_BREAKS)
    if cut >= 0:
        start += cut + 1
    after = doc.text[offset:end]
    cuts = [i for i in (after.find(c) for c in _STRONG_BREAKS) if i >= 0]
    if cuts:
        end = offset + min(cuts)
    return Sentence(start=start, end=end, text=doc.text[start:end], index=sent.index)


def _better_place(old: Ref | None, new: Ref, finders: Finders) -> bool:
    """No place yet, or a country and now a place inside it ("ليبيا" -> "طرابلس")."""
    if old is None:
        return True
    old_text, new_text = _text(old), _text(new)
    old_country = finders.country_of(old_text)
    if old_country is None or finders.country_of(new_text) is not None:
        return False
    return new.country == old_country


def _token_at(analysis: Analysis, offset: int) -> int | None:
    for j, tok in enumerate(analysis.tokens):
        if tok.start == offset:
            return j
    return None


def _at_triggers(
    events: list[Event], sentences: list[Sentence], analyses: dict[int, Analysis]
) -> Iterator[tuple[Event, Sentence, Analysis, int]]:
    """Each event with its sentence, that sentence's analysis and the token index of its
    trigger (events whose sentence was not analysed are skipped)."""
    by_index = {s.index: s for s in sentences}
    for ev in events:
        sent = by_index.get(ev.sentence)
        analysis = analyses.get(ev.sentence)
        if sent is None or analysis is None:
            continue
        index = _token_at(analysis, ev.trigger.start - sent.start)
        if index is not None:
            yield ev, sent, analysis, index


# ---- demonstratives: "هذا اللقاء", "تلك المحادثات", "بهذا الهجوم" -------------------
DEMONSTRATIVES = {
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هذان",
    "هاتان",
    "هذين",
    "هاتين",
    "هولاء",
    "اوليك",
}
# after the noun: "الاجتماع ذاته", "الهجوم نفسه", "الزيارة هذه"
_SAME_AFTER = {"ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهما", "نفسهما"} | DEMONSTRATIVES
# how many sentences back the event a demonstrative points at may be
ANAPHORA_GAP = 3


def anaphoric(analysis: Analysis, i: int) -> bool:
    """The definite event noun at i is pointed at by a demonstrative (هذا اللقاء،
    وتلك المحادثات، بهذه الزيارة، الهجوم ذاته): it names an event already told."""
    toks = analysis.tokens
    if not definite(toks[i].norm):
        return False
    if i > 0 and not _break(analysis, i - 1):
        prev = toks[i - 1].norm
        for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ك"):
            if prev.startswith(p) and prev[len(p) :] in DEMONSTRATIVES:
                return True
    if i + 1 < len(toks) and not _break(analysis, i):
        return toks[i + 1].norm in _SAME_AFTER
    return False


def merge_anaphora(
    doc: Document,
    sentences: list[Sentence],
    analyses: dict[int, Analysis],
    events: list[Event],
    pointed: list[Event],
    finders: Finders,
    counters: Counter,
) -> list[Event]:
    """Merge each event named by a demonstrative (``pointed``) into the nearest earlier
    event of its type, at most ``ANAPHORA_GAP`` sentences back (or earlier in the same
    sentence): that event takes the date, place and source the later sentence gives,
    and the pointed event is dropped. Pointed events with no such antecedent stay.
    Returns the events left."""
    if not pointed:
        return events
    by_index = {s.index: s for s in sentences}
    pointed_ids = {id(e) for e in pointed}
    filled: set[tuple[int, str]] = set()
    gone: set[int] = set()
    for ev in pointed:
        earlier = [
            e
            for e in events
            if id(e) not in pointed_ids
            and e.type == ev.type
            and ev.sentence - ANAPHORA_GAP <= e.sentence <= ev.sentence
            and e.trigger.start < ev.trigger.start
        ]
        if not earlier:
            counters["anaphora_unresolved"] += 1
            continue
        # the nearest, and a told event before one mentioned in passing
        target = max(
            earlier,
            key=lambda e: (
                (e.polarity, e.salience) == ("asserted", "reported"),
                e.sentence,
                e.trigger.start,
            ),
        )
        sent = by_index.get(ev.sentence)
        analysis = analyses.get(ev.sentence)
        if sent is not None and analysis is not None:
            for field in _fill(doc, sent, analysis, ev.trigger.start, target, filled, finders):
                counters["anaphora_" + field] += 1
        gone.add(id(ev))
        counters["anaphora_merged"] += 1
    return [e for e in events if id(e) not in gone]


# ---- the headline: the same event told again in the lead ------------------------------
# blocks that sum up the article before its body
SUMMARY_ROLES = ("headline", "kicker")
# how many body sentences a headline event with no role in common may reach into, and
# one with a role in common (past that, a shared party is a later, other event)
LEAD_SENTENCES = 2
NEAR_SENTENCES = 6
# types whose two parties take part alike: either may stand first
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}


def _role_keys(ref: Ref | None) -> set[str]:
    """Lemma keys of a role's content words ("رئيس الوزراء اليوناني" -> رئيس، وزراء، يونان)."""
    if ref is None or ref.span is None:
        return set()
    keys = {lemma_key(w) for _s, _e, w in tokenize(ref.span.text)}
    # the dual's two cases key apart (امرأتين -> امرا, امرأتان -> امر): the shorter one
    keys |= {k[:-1] for k in keys if k.endswith("ا") and len(k) >= 4}
    # a title word alone ("وزير", "رئيس") does not make two roles the same party
    return {k for k in keys if len(k) >= 3 and k not in _TITLE_KEYS}


_TITLE_KEYS = {lemma_key(w) for w in ("وزير", "رييس", "نايب", "مدير", "امير", "ملك", "سفير")}


def same_party(a: Ref | None, b: Ref | None) -> bool | None:
    """True when two roles name the same party (one entity, a shared content word, or a
    state and a phrase of that state: "روسيا" / "القيادة الروسية"); False when both are
    given and differ; None when either is missing."""
    if a is None or b is None:
        return None
    if a.entity is not None and a.entity == b.entity:
        return True
    if _role_keys(a) & _role_keys(b):
        return True
    return a.country is not None and a.country == b.country and None in (a.entity, b.entity)


def _agreement(head: Event, body: Event) -> tuple[int, bool]:
    """(roles in common, any role in conflict) between a headline event and a body event."""
    verdicts = [same_party(head.actor, body.actor), same_party(head.recipient, body.recipient)]
    if head.type in SYMMETRIC_TYPES:
        crossed = [same_party(head.actor, body.recipient), same_party(head.recipient, body.actor)]
        if sum(v is True for v in crossed) > sum(v is True for v in verdicts):
            verdicts = crossed
    return sum(v is True for v in verdicts), any(v is False for v in verdicts)


def merge_headline(doc: Document, events: list[Event], counters: Counter) -> list[Event]:
    """Fold each event of the headline (or kicker) into the body event it announces.

    A news headline sums up the lead: "الشرطة تعتقل X" over "اعتقلت الشرطة يوم الأحد X
    ...". Counted as two events it doubles the story. A headline event merges into a body
    event of its type whose roles do not conflict with its own (the same entity, a shared
    word, or a state and a phrase of that state) and that stands in the first
    ``LEAD_SENTENCES`` body sentences, or shares a role with it within ``NEAR_SENTENCES``;
    of several, one of the same mode, sharing more roles, told rather than mentioned in
    passing, earliest. The body event keeps its own trigger and status (reported when the
    headline tells it and the body mentions it in passing), takes the headline's
    recipient and named actor, place, date and source where it has none (and a named entity where it only
    has a phrase of the same party), and records the headline trigger in ``supporting``.
    Headline events with no such body event stay."""
    summary = [b for b in doc.blocks if b.role in SUMMARY_ROLES]
    if not summary:
        return events
    body_start = max(b.end for b in summary)

    def in_summary(ev: Event) -> bool:
        return any(b.start <= ev.trigger.start < b.end for b in summary)

    heads = [e for e in events if in_summary(e)]
    if not heads:
        return events
    # every summary block ends by body_start: an event past it is in none of them
    body = [e for e in events if e.trigger.start >= body_start]
    sentence_starts = sorted({s.start for s in doc.sentences if s.start >= body_start})

    def end_of(n: int) -> int:
        return sentence_starts[n] if len(sentence_starts) > n else len(doc.text)

    lead_end, near_end = end_of(LEAD_SENTENCES), end_of(NEAR_SENTENCES)
    gone: set[int] = set()
    taken: set[int] = set()
    for head in heads:
        best, best_key = None, None
        for ev in body:
            if ev.type != head.type or id(ev) in taken:
                continue
            shared, conflict = _agreement(head, ev)
            in_lead = ev.trigger.start < lead_end
            if conflict or not (in_lead or (shared and ev.trigger.start < near_end)):
                continue
            told = (ev.polarity, ev.modality, ev.salience) == ("asserted", "actual", "reported")
            # a visit announces the visit, not the talks held during it
            key = (ev.mode == head.mode, shared, told, -ev.sentence, -ev.trigger.start)
            if best_key is None or key > best_key:
                best, best_key = ev, key
        if best is None:
            counters["headline_unmatched"] += 1
            continue
        _absorb(best, head)
        taken.add(id(best))
        gone.add(id(head))
        counters["headline_merged"] += 1
    return [e for e in events if id(e) not in gone]


def _absorb(body: Event, head: Event) -> None:
    for field in ("actor", "recipient"):
        mine, theirs = getattr(body, field), getattr(head, field)
        # an actor only when named: a headline's telegraphic syntax misleads the clause
        # rules more often than the lead's ("العليان يرأس اجتماعا" -> "العليان يرأس");
        # recipients have passed the party test (actors.recipient_kind)
        if theirs is None or not (theirs.entity or field == "recipient"):
            continue
        if mine is None or (mine.entity is None and theirs.entity):
            setattr(body, field, theirs)
    if body.location is None:
        body.location = head.location
    if head.date is not None and (
        body.date is None or (body.date.date_source != "text" and head.date.date_source == "text")
    ):
        body.date = head.date
    if (
        body.salience == "background"
        and head.salience == "reported"
        and (body.polarity, body.modality) == (head.polarity, head.modality)
    ):
        body.salience = "reported"  # the headline tells it as the news of the day
    if not body.attribution and head.attribution:
        body.attribution = head.attribution
    body.context = body.context + [c for c in head.context if c not in body.context]
    body.supporting = [*body.supporting, head.trigger, *head.supporting]
    body.confidence = max(body.confidence, head.confidence)


# ---- pronouns: a dropped subject, an object suffix, a possessive ---------------------------
# speech verbs after which "إنه/أنه + verb" continues the speaker ("وأضاف أنه طالب ...")
_SAY = lexicon.SPEECH_VERBS
# words that may stand before a verb whose subject is the one of the previous sentence
_OPENERS = {"كما", "ثم", "وقد", "قد", "لقد", "فقد", "بدوره", "بدورها", "وبدوره", "وبدورها"}
# a number or a quantity after the verb reads as a passive ("وقتل ما لا يقل عن 17")
_NUMBERISH = {"عدد", "عشرات", "مئات", "الاف", "آلاف", "بعض", "نحو", "حوالي", "اكثر"}
# members of a body: "أحد جنوده", "قواتها", "عناصرها" (not "أمنها", its security)
_MEMBERS = {
    lemma_key(normalize(w))
    for w in ("جنود", "جندي", "قوات", "عناصر", "مقاتلي", "ضباط", "افراد", "مسلحي", "طائرات")
}


def _first_person(analysis: Analysis, i: int) -> bool:
    """A first-person verb: "رفضنا", or "نطالب" whose ن is the prefix (the core after the
    clitics starts after it; "ندد" is a third-person verb of a ن root)."""
    w = _bare(analysis.tokens[i].norm)
    surface = analysis.text[analysis.tokens[i].start : analysis.tokens[i].end]
    if len(w) >= 5 and w.endswith("نا") and not surface.endswith(("ًا", "اً")):
        return True  # not the accusative of a noun in ن: "تعاونًا"
    core = next((t.core for t in analysis.triggers if t.index == i), w)
    # (or an imperfect in ن whose third person in ي is a trigger: "ندعو", "نطالب")
    return (
        len(w) >= 4 and w[0] == "ن" and not core.startswith("ن") or first_person_verb(analysis, i)
    )


def _party_key(ref: Ref) -> str:
    if ref.entity:
        return ref.entity
    return " ".join(sorted(_role_keys(ref)))


def _copy(ref: Ref) -> Ref:
    return Ref(entity=ref.entity, span=ref.span, country=ref.country, sector=ref.sector)


def _quote_at(doc: Document, offset: int) -> Quote | None:
    """The first quote of the document that covers ``offset``."""
    for q in doc.quotes:
        if q.start <= offset < q.end:
            return q
    return None


def _previous_party(
    doc: Document, events: list[Event], sentence: int, gender: str | None = None
) -> Ref | None:
    """The one party the sentence before speaks of: the actors of its asserted events and
    the speakers of its quotes (a speaker the quotes stage resolved to an entity only is
    named by that entity's last mention), when they all name the same party, or when
    exactly one of them agrees with the verb's ``gender`` ("m", "f", "p"); else None.
    A speaker phrase that names no party ("المواعيد المحددة") does not count."""
    sent = next((s for s in doc.sentences if s.index == sentence - 1), None)
    if sent is None:
        return None
    refs = [
        e.actor
        for e in events
        if e.sentence == sentence - 1
        and e.actor is not None
        and e.actor.span is not None
        and e.polarity == "asserted"
    ]
    for q in doc.quotes:
        if q.speaker is not None and sent.start <= q.start < sent.end:
            named = _named_speaker(doc, q.speaker, sent.end)
            if named is not None:
                refs.append(named)
    by_key: dict[str, Ref] = {}
    for r in refs:
        by_key.setdefault(_party_key(r), r)
    if "" in by_key or not by_key:
        return None
    if len(by_key) == 1:
        only = next(iter(by_key.values()))
        return only if agrees(gender, party_gender(only, doc)) else None
    # several parties: the verb's agreement picks the one that shows it, when the others
    # all show another ("ودعت" after a man and a ministry)
    genders = {k: party_gender(r, doc) for k, r in by_key.items()}
    fits = [k for k, g in genders.items() if gender is not None and g == gender]
    others_differ = all(g is not None and g != gender for k, g in genders.items() if k not in fits)
    return by_key[fits[0]] if len(fits) == 1 and others_differ else None


def _named_speaker(doc: Document, speaker: Ref, before: int) -> Ref | None:
    """A quote's speaker as a party with a span: the speaker phrase when it names a party,
    or, for a speaker resolved to an entity only, that entity's last mention before
    ``before``."""
    if speaker.span is not None:
        return speaker if _names_party(speaker) else None
    if speaker.entity is None:
        return None
    ent = next((e for e in doc.entities if e.id == speaker.entity), None)
    if ent is None:
        return None
    mentions = [m for m in ent.mentions if m.end <= before]
    if not mentions:
        return None
    m = max(mentions, key=lambda m: m.start)
    return _mention_ref(ent, m, speaker.country, speaker.sector)


def _mention_ref(
    ent: Entity, m: Mention, country: str | None = None, sector: str | None = None
) -> Ref:
    """A role naming ``ent`` by its mention ``m``; ``country`` and ``sector`` when given
    take the place of the entity's."""
    return Ref(
        entity=ent.id,
        span=Span(start=m.start, end=m.end, text=m.text),
        country=country or ent.country,
        sector=sector or ent.sector,
    )


def _names_party(ref: Ref, strict: bool = False) -> bool:
    """A speaker phrase that may name a party: an entity or a dictionary actor; a
    definite phrase of several words only when its head is a body, a person or a title
    ("المسؤول اليمني"; not "المواعيد المحددة"); one definite word (a surname:
    "الخرينج") or an indefinite head (a name the NER missed: "بارباع"), unless a
    particle ("حين"). ``strict``: a named or listed party only."""
    if ref.entity or ref.country or ref.sector:
        return True
    words = [w for _s, _e, w in tokenize(ref.span.text)] if ref.span is not None else []
    if not words:
        return False
    head = normalize(words[0])
    if _bare(head) in STOP:
        return False
    if not strict and (not head.startswith("ال") or len(words) == 1):
        return True
    key = lemma_key(head)
    return (
        key in GENERIC_HEADS
        or key in PARTY_HEADS
        or actor_word(head) is not None
        or title_head(head)
        or key in _BODY_HEADS
    )


# heads of bodies that take a feminine verb and that no list above holds
_BODY_HEADS = {lemma_key(w) for w in ("اداره", "امانه", "مديريه", "جامعه", "الاداره")}


# ---- agreement: who a dropped subject can be ----------------------------------------------
def verb_gender(analysis: Analysis, i: int) -> str | None:
    """The subject a verb agrees with, read off its affixes: "p" (طالبوا، يطالبون), "f"
    (طالبت، دعت), "m" (طالب، دعا، يطالب), "d" (a dual: اتفقا); None where the shape does not say (the imperfect
    تـ is also the first letter of a masculine form-V/VI perfect: تدعو / تعهد)."""
    core = next((t.core for t in analysis.triggers if t.index == i), "")
    w = core or _bare(analysis.tokens[i].norm)
    if len(w) == 2:
        return "m"  # a doubled root's perfect: حث
    if len(w) < 2:
        return None
    w = verb_without_object_pronoun(analysis, i, w) or w  # "اتهمتها" agrees as اتهمت
    if w.startswith(("يت", "تت")) and w.endswith("اون"):
        return "m" if w[0] == "ي" else "f"  # form VI of a root in ن: يتعاون، تتعاون
    if w.endswith("وا") or (w[0] in "يت" and w.endswith("ون") and len(w) >= 6):
        return "p"  # not a root in ن: تعاون، يعاون
    if w.endswith(("ان", "تا")) and len(w) >= 5:
        return None  # a dual (يتعاونان، اتفقتا) or a word ending in a root ن
    if w.endswith("ا") and len(w) >= 4:
        return "d"  # a dual perfect (اتفقا، التقيا); دعا and نجا have three letters
    if w.endswith("ت") and not (len(w) == 3 and w[1] == "ا"):
        return "f"  # دعت، طالبت; not a hollow root in ت (مات، بات)
    if w[0] == "ي":
        return "m"
    if w[0] in "تن":
        return None
    return "m"


# title and person heads whose verb is masculine
_MASCULINE_HEADS = {
    lemma_key(normalize(w)) for w in ("شيخ", "مسؤول", "متحدث", "ناطق", "رجل", "شاب")
}


def party_gender(ref: Ref, doc: Document | None = None) -> str | None:
    """The agreement a party takes, when its words say it: "f" for a head with a written
    ta marbuta (الوزارة، الحكومة، منظمة، وزيرة), "p" for a definite sound masculine plural
    (المسؤولون، المتظاهرين), "m" for a title head (الوزير، المتحدث) or a person entity;
    else None (a state: مصر and السعودية take "f", العراق and لبنان "m")."""
    words = ref.span.text.split() if ref.span is not None else []
    if not words:
        return None
    head = words[0]
    if head[:1] in "وف" and head[1:3] == "ال":
        head = head[1:]  # "والرئيس"
    if head.endswith("ة"):
        return "f"
    norm = normalize(head)
    if len(norm) >= 6 and norm.endswith(("ون", "ين")) and norm.startswith("ال"):
        return "p"
    if title_head(norm) or lemma_key(head) in _MASCULINE_HEADS:
        return "m"
    if doc is not None and ref.entity is not None:
        ent = next((e for e in doc.entities if e.id == ref.entity), None)
        if ent is not None and ent.type == "PERSON":
            return "m"
    return None


# states whose names take the masculine: "أعلن العراق", "رفض لبنان"
_MASCULINE_STATES = {
    "العراق",
    "الاردن",
    "لبنان",
    "السودان",
    "اليمن",
    "المغرب",
    "الصومال",
    "الكاميرون",
    "الغابون",
    "الفاتيكان",
    "الباكستان",
}
# masculine singular collectives and bodies (not broken plurals): a feminine verb is
# never said of them
_MASCULINE_BODIES = {
    "المجتمع",
    "الشعب",
    "الجيش",
    "النظام",
    "الحزب",
    "الاتحاد",
    "البرلمان",
    "المجلس",
    "الكونغرس",
    "الكونجرس",
    "التحالف",
    "الايتلاف",
    "البنك",
    "الصندوق",
}


# a man, in words no feminine verb takes for its subject
_MEN = {"المواطن", "الشاب", "الرجل", "المتهم", "الطفل", "الشخص", "الجاني", "المقيم", "الوافد"}


def _masculine_participle(norm: str) -> bool:
    """A masculine singular participle naming a man (مصور، مسؤول، متحدث): م, four or
    five letters, no long ا (not a broken plural such as مصادر), no feminine or plural
    ending; not an office, which a woman may hold in the masculine (مدير، مستشار)."""
    w = norm.removeprefix("ال")
    return (
        w[:1] == "م"
        and 4 <= len(w) <= 5
        and "ا" not in w
        and not w.endswith(("ه", "ون", "ين", "ي", "ء"))
        and (not title_head(w) or w in _JOBS)
    )


# titles that are jobs rather than offices: a woman holding them is مصورة
_JOBS = {"مصور", "مراسل"}


def vso_subject_agrees(
    analysis: Analysis, i: int, rng: tuple[int, int], ents: dict | None = None
) -> bool:
    """Whether the phrase at rng, after the verb at i, can be its subject. A verb before
    its subject is singular and agrees in gender with a person: a plural or dual verb
    has its subject in its suffix ("وطالبوا الحكومة"), and a feminine verb is not said
    of a sound masculine plural ("وناشدت المحلفين"); a broken plural or a body takes
    the feminine ("قالت المصادر", "أعلنت الوزارة"), and a woman may hold a title in the
    masculine ("أشادت وكيل الوزارة")."""
    verb = verb_gender(analysis, i)
    if verb in ("p", "d"):
        return False
    head = analysis.tokens[rng[0]].norm
    if head[:1] in "وف" and head[1:3] == "ال":
        head = head[1:]
    # (not a state's name that ends the same way: "استدعت البحرين سفيرها")
    label = ents.get(rng[0], (0, 0, ""))[2] if ents is not None else ""
    state = label == "GPE"
    # (nor a name: "وندد الكرملين بـ")
    definite_plural = (
        head.startswith("ال") and head.endswith(("ون", "ين")) and label not in _NAME_LABELS
    )
    if verb == "f" and len(head) >= 6 and definite_plural:
        return False
    if verb == "f" and (
        head in _MASCULINE_BODIES
        or ("ال" + head in _MASCULINE_BODIES and rng[1] - rng[0] >= 2 and label != "PERSON")
    ):
        # "ودعت المجتمع الدولي إلى", "ثم دعت مجلس الأمن إلى" (the head of a name in
        # construct): the feminine verb's subject is its pronoun
        return False
    if verb == "f" and not state and rng[0] not in (ents or {}) and _masculine_participle(head):
        return False  # "كما اعتقلت مصور قناة القدس": a man, the object
    if (
        verb == "f"
        and label != "ORG"
        and (
            head in _MEN or (head.startswith("ال") and head.endswith("ي") and demonym_country(head))
        )
    ):
        return False  # "كما أوقفت السوري (م.غ)", "أوقفت المواطن فرحات": a man, the object
    if (
        verb == "m"
        and rng[0] == i + 1
        and len(head) >= 6
        and head.startswith("ال")
        and head.endswith("ات")
        and head not in ("الولايات", "الامارات")  # names of states: "رفض الولايات المتحدة"
    ):
        # a plural in -ات before which the verb would be feminine ("دعت المنشآت"): after
        # a masculine verb it is the object ("ودعا المنشآت إلى")
        return False
    if (
        verb == "m"
        and rng[0] == i + 1
        and label not in ("PERSON", "GPE")
        and masculine_verb(analysis, i)
        and not _masdar_shaped(analysis.tokens[i].norm)
        and _feminine_noun(analysis, rng, head)
        and not _party_follows(analysis, rng)
    ):
        # a feminine noun right after a masculine verb is its object: "يدعو الجمعية
        # العامة إلى", "وطالب قوات التحالف بـ" (not a man's name in -ة: "قال خليفة")
        return False
    if (
        verb == "m"
        and rng[0] == i + 1
        and state
        and head not in _MASCULINE_STATES
        and not _masdar_shaped(analysis.tokens[i].norm)
    ):
        # states and cities take the feminine ("دعت الهند"): after a masculine verb the
        # name is its object ("ودعا الهند إلى وقف توجيه الاتهامات"); not after a form
        # that is also a masdar, whose genitive the name is ("دعم تركيا للولايات المتحدة")
        return False
    # a sound plural or dual in -ين right after the verb is accusative, never the
    # subject: "حث المتدربين" has its subject in the verb (after a quantifier it is its
    # genitive: "تظاهر آلاف المعلمين")
    return not (rng[0] == i + 1 and len(head) >= 8 and definite_plural and head.endswith("ين"))


_NAME_LABELS = {"GPE", "ORG", "LOC", "PERSON"}
# men in -ة, who take a masculine verb: the broken plurals ("طالب الطلبة") and two titles
_MEN_IN_TA = PEOPLE_IN_TA_BARE | {"علامه", "خليفه"}


def _feminine_noun(analysis: Analysis, rng: tuple[int, int], head: str) -> bool:
    """The phrase at rng is headed by a noun that takes a feminine verb by its written
    ending: a ta marbuta ("الجمعية العامة", "منظمة الصحة", "الحكومة") or an indefinite
    plural in -ات ("قوات التحالف"); not men in -ة ("الطلبة"), a masculine title ("عمدة")
    or an honorific ("سماحة الشيخ"), nor a word alone that may be a family name
    ("استقبل الربيعة")."""
    tok = analysis.tokens[rng[0]]
    surface = analysis.text[tok.start : tok.end]
    bare = head.removeprefix("ال")
    if surface.endswith("ة"):
        return (
            bare not in _MEN_IN_TA
            and head not in HONORIFIC_OPENERS
            and not title_head(head)
            and (rng[1] - rng[0] >= 2 or actor_word(head) is not None)
        )
    return not head.startswith("ال") and len(head) >= 4 and head.endswith("ات")


def _party_follows(analysis: Analysis, rng: tuple[int, int]) -> bool:
    """A whole phrase at rng and a definite party right after it, in the same clause:
    verb, subject, object ("حث وزارة الشؤون الإسلامية الخطباء"), as a call verb takes
    one object only; the phrase is its subject whatever the verb's agreement."""
    toks = analysis.tokens
    k = rng[1]
    return (
        rng[1] - rng[0] >= 2
        and k < len(toks)
        and not break_between(analysis, k - 1, k)
        and toks[k].norm.startswith("ال")
        and party_word(toks[k].norm)
    )


def _masdar_shaped(norm: str) -> bool:
    """A bare triliteral perfect that is also its masdar ("دعم", "رفض"; not "دعا")."""
    return len(_bare(norm)) == 3 and norm[-1] not in "اي"


def agrees(verb: str | None, party: str | None) -> bool:
    """A verb's agreement and a party's do not contradict each other; a dual verb has two
    parties for its subject, never one."""
    if verb == "d":
        return False
    return verb is None or party is None or verb == party


def _spans_overlap(a: Ref, b: Ref | None) -> bool:
    """Whether two roles' spans share a character ("واتهم رئيس الوزراء بنيامين نتنياهو
    بالكذب": the name after the verb is already who was charged)."""
    return (
        b is not None
        and a.span is not None
        and b.span is not None
        and a.span.start < b.span.end
        and b.span.start < a.span.end
    )


def resolve_pronouns(
    doc: Document,
    sentences: list[Sentence],
    analyses: dict[int, Analysis],
    events: list[Event],
    counters: Counter,
) -> None:
    """Name the party a pronoun stands for, when one party is meant.

    * a verb with its subject dropped: a first-person verb inside a quote ("نرفض",
      "أدعو") is its speaker's; "وأضاف أنه طالب" and a clause that opens with the verb
      ("ودعا إلى ...", "كما طالب ...") continue the party of the sentence before (the one
      actor of its events and speaker of its quotes; none when several);
    * an object suffix on a masdar before its بـ-complement ("تزويده بالسلاح"): the
      recipient is the nearest party before it in the sentence other than the actor;
    * a possessive on a role naming members of a body ("أحد جنوده", "قواتها"): the
      recipient takes the country of its event's actor, the actor the country of the
      actor of an earlier event of the sentence.
    """
    for ev, sent, analysis, i in _at_triggers(events, sentences, analyses):
        if ev.actor is None and _verb_trigger(analysis, i):
            found = None
            quote = _quote_at(doc, ev.trigger.start)
            gender = verb_gender(analysis, i)
            if (named := _name_after(doc, sent, analysis, i)) is not None and not (
                # the name after a verb without an object pronoun may be its object,
                # already the recipient ("واتهم رئيس الوزراء بنيامين نتنياهو بالكذب")
                _spans_overlap(named, ev.recipient) and not object_pronoun(analysis, i)
            ):
                # "وطالب بارباع بـ": a name right after the verb is its subject, though
                # it starts like a بـ-phrase
                found, why, gender = named, "subject_named_after", None
            elif (said := _speaker_after(doc, sent, analysis, i)) is not None and not (
                # (a "speaker" the clause rules took for the one asked is no subject:
                # "وطالب قوات التحالف بـ"; the verb's subject is then searched as for any
                # other)
                _spans_overlap(said, ev.recipient)
            ):
                # no dropped subject; the speaker is the actor only when the party
                # before is that same one (the name told again), as the quotes stage
                # misreads some بـ-phrases as speakers
                before = _previous_party(doc, events, ev.sentence)
                if before is not None and _party_key(before) == _party_key(said):
                    found, why = said, "subject_speaker_after"
            elif _first_person(analysis, i) and quote is not None and quote.speaker is not None:
                found, why = _speaking_body(quote.speaker), "pronoun_first_person"
                gender = None  # a first-person verb says nothing of its speaker
            elif _coordinated_verb(analysis, i) and _subject_unsaid(ev, sent, analysis, i):
                # "أدان الوزير الهجوم وطالب بـ": the verbs share their subject; "قال:
                # «...»، وطالب بـ": the speaker of the quote just before goes on
                found, why = _earlier_actor(events, ev, analysis, sent), "pronoun_coordinated"
                if found is None:
                    found, why = _speaker_before(doc, sent, ev), "pronoun_after_quote"
            elif (say := _said_by_pronoun(analysis, i)) is not None:
                # "وأضاف في تصريح أنه طالب": the speaker, as the quotes stage resolved
                # it, else (the speech verb opens the sentence) the party before
                if quote is not None and quote.speaker is not None:
                    found, why = quote.speaker, "pronoun_speaker"
                elif _opens_sentence(analysis, say):
                    found = _previous_party(doc, events, ev.sentence, gender)
                    why = "pronoun_previous"
            elif _opens_sentence(analysis, i) and _subject_unsaid(ev, sent, analysis, i):
                found = _previous_party(doc, events, ev.sentence, gender)
                why = "pronoun_previous"
            if (
                found is None
                and gender == "p"
                and _subject_unsaid(ev, sent, analysis, i)
                and (people := _plural_subject_before(analysis, i)) is not None
            ):
                # "واستعرض الوزراء …، كما بحثوا", "وأصدر الثوار بيانا، توعدوا فيه": a
                # plural verb goes on with the people an earlier verb of the sentence had
                found = Ref(span=_token_span(sent, analysis, people))
                why = "pronoun_plural_subject_before"
            if found is not None and found.span is None:
                found = _named_speaker(doc, found, ev.trigger.start)
            if found is not None and not agrees(gender, party_gender(found, doc)):
                counters["pronoun_disagrees"] += 1
                found = None
            if found is not None and found.span is not None:
                ev.actor = _copy(found)
                counters[why] += 1
                if why == "subject_named_after" and _spans_overlap(found, ev.recipient):
                    # "رفضها المجلس الأعلى": with the object a pronoun, the name after
                    # the verb is its subject only
                    ev.recipient = None
                    counters["recipient_was_subject"] += 1
        if ev.actor is None and _circumstantial_after_comma(analysis, i):
            # "كما أدان الأمين العام الحادث، داعيا مرتكبيه إلى": the participle after the
            # comma shares the subject of the verb before it, when that verb opens its
            # clause (not a masdar: "انتقد أيضا تراجع رئيس الحكومة …، داعيا")
            found = _earlier_actor(events, ev, analysis, sent, opening=True)
            if found is not None and found.span is not None:
                ev.actor = _copy(found)
                counters["circumstantial_earlier"] += 1
        if ev.recipient is None and _object_suffix(analysis, i):
            found = _asker(doc, sent, analysis, i, ev, events)
            if found is not None:
                ev.recipient = found
                counters["pronoun_object"] += 1
        for field in ("actor", "recipient"):
            ref = getattr(ev, field)
            if (
                ref is None
                or ref.entity is not None
                or ref.country is not None
                or not ref.span
                or not _possessive(ref.span.text)
            ):
                continue
            owner = (
                ev.actor
                if field == "recipient" and ev.actor is not None
                else _sentence_actor(events, ev)
            )
            if owner is not None and owner.country is not None:
                ref.country = owner.country
                counters["pronoun_possessive"] += 1


def _name_after(doc: Document, sent: Sentence, analysis: Analysis, i: int) -> Ref | None:
    """A person or organisation named right after the verb at i (no punctuation between):
    the verb's subject."""
    if i + 1 >= len(analysis.tokens) or _break(analysis, i):
        return None
    if _bare(analysis.tokens[i].norm)[:1] in "بل":
        return None  # a preposition before a name ("لإيد ميليباند") is no verb
    if place_head(analysis.tokens[i + 1].norm) and any(
        t.index == i and t.mode == "visit" for t in analysis.triggers
    ):
        return None  # a place is visited, it visits no one: "حيث زار مستشفى الملك فهد"
    at = sent.start + analysis.tokens[i + 1].start
    for ent in doc.entities:
        if ent.type not in ("PERSON", "ORG"):
            continue
        for m in ent.mentions:
            if m.start == at:
                return _mention_ref(ent, m)
    return None


def _speaker_after(doc: Document, sent: Sentence, analysis: Analysis, i: int) -> Ref | None:
    """The speaker the quotes stage read right after the verb at i ("وطالب بارباع بـ"):
    the subject is said there, though the clause rules did not take it (a name that
    starts like a بـ-phrase, or a phrase the quotes stage misread: "بضمانات منفصلة")."""
    if i + 1 >= len(analysis.tokens):
        return None
    at = sent.start + analysis.tokens[i + 1].start
    for q in doc.quotes:
        if q.speaker is not None and q.speaker.span is not None and q.speaker.span.start == at:
            return q.speaker
    return None


def _speaker_before(doc: Document, sent: Sentence, ev: Event) -> Ref | None:
    """The speaker of a direct quote of the sentence that ends right before the verb, with
    its closing mark, a comma and spaces between ("قال: «...»، وطالب"); not an indirect
    one, whose speaker the quotes stage reads less surely ("اعتبر X أن ...، ودعا"),
    unless its speaker is a named entity and its verb opens the sentence ("وأكد القميشي
    أن ...، وطالب")."""
    for q in doc.quotes:
        if q.speaker is None or not (sent.start <= q.start and q.end <= ev.trigger.start):
            continue
        gap = doc.text[q.end : ev.trigger.start]
        if q.kind != "direct":
            opens = q.cue is not None and not doc.text[sent.start : q.cue.start].strip(" وف")
            if not (opens and q.speaker.entity and gap.strip() in ("،", ",")):
                continue
        elif not (len(gap) <= 4 and any(c in '»"”' for c in gap)):
            continue
        if all(c in " »\"”'،," for c in gap):
            named = _named_speaker(doc, q.speaker, q.start)
            # a named party only: the quotes stage takes some words before a quote
            # for its speaker ("وأخرى")
            return named if named is not None and _names_party(named, strict=True) else None
    return None


def _circumstantial_after_comma(analysis: Analysis, i: int) -> bool:
    """The trigger at i is an accusative participle or masdar right after a comma, a
    circumstance of the clause before it: "، داعيا", "، مطالبا", "، تنديدا"."""
    toks = analysis.tokens
    if i == 0:
        return False
    w = _bare(toks[i].norm)
    return (
        len(w) >= 5
        and w.endswith("ا")
        and not w.startswith(("ال", "لل"))
        and any(c in "،," for c in analysis.text[toks[i - 1].end : toks[i].start])
    )


def _verb_trigger(analysis: Analysis, i: int) -> bool:
    """A verb trigger of the event whose subject is not said (no number after it, which
    reads as a passive: "واعتقل ثلاثة أشخاص")."""
    if not analysis.verb_trigger_at(i):
        return False
    toks = analysis.tokens
    w = _bare(toks[i].norm)
    surface = analysis.text[toks[i].start : toks[i].end]
    if (
        w.startswith(("ال", "لل"))
        or (w[:1] in "بل" and len(w) > 4 and not w.endswith("وا"))  # (but "بحثوا")
        or w.endswith(("ه", "ات"))
        or derived_masdar(toks[i].norm, surface)
    ):
        return False  # a noun of a mixed family ("الاتفاق", "بدعم", "اتفاقية", "استدعاء")
    if i + 1 < len(toks):
        nxt = toks[i + 1].norm
        if nxt[:1].isdigit() or nxt in _NUMBERISH:
            return False
        if nxt == "ما" and i + 2 < len(toks) and toks[i + 2].norm == "لا":
            return False  # "ما لا يقل عن"
    return True


def _opens_sentence(analysis: Analysis, i: int) -> bool:
    """Token i is the first of its sentence, or follows an opener only ("كما طالب")."""
    return i == 0 or (i == 1 and analysis.tokens[0].norm in _OPENERS)


def _said_by_pronoun(analysis: Analysis, i: int) -> int | None:
    """The index of the speech verb whose "أنه" stands right before the verb at i
    ("وأضاف في تصريح صحفي أنه طالب"), when that verb names no subject of its own."""
    toks = analysis.tokens
    if i < 2 or toks[i - 1].norm not in HE_THAT or _break(analysis, i - 2):
        return None
    for j in range(i - 2, max(-1, i - 9), -1):
        if j < i - 2 and any(
            c in '.:;؛!?؟«»"' for c in analysis.text[toks[j].end : toks[j + 1].start]
        ):
            return None
        if _bare(toks[j].norm) in _SAY:
            nxt = toks[j + 1].norm
            # "وأضاف الوزير أنه": a subject of its own (the clause rules read it)
            own = j + 1 < i - 1 and nxt not in STOP and not nxt.startswith(("ب", "ل"))
            return None if own else j
    return None


def _coordinated_verb(analysis: Analysis, i: int) -> bool:
    """A verb joined by و/ف to what comes before it in the sentence ("... وطالب"), or
    by كما/ثم after a comma ("أكد الرئيس دعمه للمبادرة، كما دعا")."""
    toks = analysis.tokens
    if i > 0 and toks[i].norm[:1] in "وف" and len(toks[i].norm) > 3:
        return True
    return (
        i > 1
        and toks[i - 1].norm in ("كما", "ثم")
        and bool(set(analysis.text[toks[i - 2].end : toks[i - 1].start]) & {"،", ","})
    )


# the agreement of a relative pronoun's verb
_RELATIVE_GENDER = {"الذي": "m", "التي": "f", "الذين": "p"}
# what opens a clause of its own (its subject is said in it)
_OWN_CLAUSE = {"ان", "بان", "لان", "وان"} | set(HE_THAT)


def relative_chain_subject(
    analysis: Analysis, i: int, ents: dict
) -> tuple[tuple[int, int], int] | None:
    """A verb joined by و or ثم to the verb of a relative clause goes on with that
    clause's subject, the phrase the relative pronoun refers to ("قواتها الأمنية التي
    طاردت الشيخ ... وأصابته ... ومن ثم اعتقلته", "أعوان الحرس الذين فرقوا المجموعة،
    وأوقفوا ثلاثة منها"): (that phrase, the pronoun's index). The verb must agree with
    the pronoun, the pronoun's own verb follow it, and no other clause open between."""
    toks = analysis.tokens
    joined = (toks[i].norm[:1] in "وف" and len(toks[i].norm) > 3) or (
        i > 0 and toks[i - 1].norm == "ثم"
    )
    gender = verb_gender(analysis, i) if joined else None
    if gender not in ("m", "f", "p"):
        return None
    if not object_pronoun(analysis, i) and (
        i + 1 >= len(toks) or toks[i + 1].norm in STOP or break_between(analysis, i, i + 1)
    ):
        # no object: the verb may be a passive ("الذي أحبها ... وسجن في سبيل الدفاع
        # عنها": he was jailed)
        return None
    for r in range(i - 1, max(-1, i - 25), -1):
        if any(c in '.:;؛!?؟«»"' for c in analysis.text[toks[r].end : toks[r + 1].start]):
            return None
        norm = toks[r].norm
        if norm in _OWN_CLAUSE:
            return None
        if norm not in RELATIVES:
            continue
        if _RELATIVE_GENDER.get(norm) != gender or r + 2 > i:
            return None
        if not perfect_verb_like(toks[r + 1]) and not analysis.verb_trigger_at(r + 1):
            return None  # "التي في المدينة": no verb of the clause
        found = relative_antecedent(analysis, r + 1, ents)
        if found is None or not (
            found[0] in ents
            or party_word(toks[found[0]].norm)
            or party_word(possessor_host(analysis, found[0]))
        ):
            return None
        return found, r
    return None


# what a speaker's phrase may open with or end in that is no part of the party:
# "بيان رئاسة الإقليم فإنه «...»" (the statement of the presidency, then "that it")
_STATEMENT_WORDS = {"بيان", "تصريح", "رساله", "كلمه", "خطاب"}
_THAT_ENDINGS = {"فانه", "فان", "انه", "ان", "بان"}


def _speaking_body(ref: Ref) -> Ref:
    """The party in a quote's speaker phrase, without the statement it spoke in and the
    "that" after it: "بيان رئاسة الإقليم فإنه" -> "رئاسة الإقليم"."""
    span = ref.span
    if span is None or ref.entity:
        return ref
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", span.text)]
    first, last = 0, len(words)
    if last - first > 2 and normalize(span.text[slice(*words[last - 1])]) in _THAT_ENDINGS:
        last -= 1
    if last - first > 1 and normalize(span.text[slice(*words[0])]) in _STATEMENT_WORDS:
        first = 1
    if (first, last) == (0, len(words)):
        return ref
    a, b = words[first][0], words[last - 1][1]
    return Ref(
        span=Span(start=span.start + a, end=span.start + b, text=span.text[a:b]),
        country=ref.country,
        sector=ref.sector,
    )


def _plural_subject_before(analysis: Analysis, i: int) -> int | None:
    """The token of a definite plural of people right after an earlier verb of the
    sentence, its subject ("واستعرض الوزراء", "وأصدر الثوار"), with no stop, colon or
    quote between it and the verb at i, nor a clause of its own (أن، الذي)."""
    toks = analysis.tokens
    for r in range(i - 1, 0, -1):
        if any(c in '.:;؛!?؟«»"' for c in analysis.text[toks[r].end : toks[r + 1].start]):
            return None
        norm = toks[r].norm
        if norm in _OWN_CLAUSE or norm in RELATIVES:
            return None
        word = _bare(norm)
        if (
            word.startswith("ال")
            and (
                plural_title(word)
                or word.endswith(("ون", "ين"))
                and party_word(word)
                or word.removeprefix("ال") in BROKEN_PLURALS  # "الوزراء", "الأطباء"
                or GENERIC_HEADS.get(lemma_key(word)) == "REB"  # "الثوار"
            )
            and perfect_verb_like(toks[r - 1])
            and not break_between(analysis, r - 1, r)
        ):
            return r
    return None


def _token_span(sent: Sentence, analysis: Analysis, j: int) -> Span:
    tok = analysis.tokens[j]
    return Span(
        start=sent.start + tok.start,
        end=sent.start + tok.end,
        text=analysis.text[tok.start : tok.end],
    )


def _subject_unsaid(ev: Event, sent: Sentence, analysis: Analysis, i: int) -> bool:
    """The verb at i names no subject after it: none stands there, or the phrase there
    is its object."""
    return _no_subject_after(analysis, i) or _object_right_after(ev, sent, analysis, i)


def _object_right_after(ev: Event, sent: Sentence, analysis: Analysis, i: int) -> bool:
    """The clause rules took the phrase right after a call verb for its object (the one
    called on: "كما دعا المجتمع الدولي إلى"), so its subject is not said there."""
    rec = ev.recipient
    return (
        ev.type == "REQUEST"
        and rec is not None
        and rec.span is not None
        and i + 1 < len(analysis.tokens)
        and rec.span.start == sent.start + analysis.tokens[i + 1].start
    )


def _earlier_actor(
    events: list[Event], ev: Event, analysis: Analysis, sent: Sentence, opening: bool = False
) -> Ref | None:
    """The actor of the nearest earlier verb event of the sentence, in the same clause
    chain (no full stop, colon or semicolon between them). With ``opening``, only when
    that verb opens its clause (sentence-initial, after و/ف, كما or a comma)."""
    earlier = [
        e
        for e in events
        if e.sentence == ev.sentence
        and e is not ev
        and e.trigger.start < ev.trigger.start
        and e.actor is not None
        and e.polarity == ev.polarity
    ]
    if not earlier:
        return None
    prev = max(earlier, key=lambda e: e.trigger.start)
    between = analysis.text[prev.trigger.end - sent.start : ev.trigger.start - sent.start]
    if any(c in '.:;؛!?؟«»"' for c in between):
        return None
    j = _token_at(analysis, prev.trigger.start - sent.start)
    if j is None or not _verb_trigger(analysis, j):
        return None
    toks = analysis.tokens
    if opening and not (
        j == 0
        or toks[j].norm[:1] in "وف"
        or toks[j - 1].norm in ("كما", "وكما", "قد", "وقد", "لقد")
        or break_between(analysis, j - 1, j)
    ):
        return None
    span = prev.actor.span
    # the subject before its verb (SVO) or right after it (VSO), not a phrase further on
    if span is None or not (
        span.end <= prev.trigger.start or 0 <= span.start - prev.trigger.end <= 1
    ):
        return None
    return prev.actor


def _no_subject_after(analysis: Analysis, i: int) -> bool:
    """The subject is not said after the verb at i."""
    toks = analysis.tokens
    # the subject is not said after the verb: a preposition, a بـ/لـ-phrase or a masdar
    # follows ("ودعا إلى", "وطالب بوقف", "وأدان اختطاف"), not a noun that may be it
    j = skip_adverbs(analysis, i + 1)
    if j >= len(toks):
        return True
    gap = analysis.text[toks[j - 1].end : toks[j].start]
    if any(c in '«»"“”' for c in gap):
        return False  # a quoted name may be the subject: وطالب "الهاكرز"
    if any(c in ".:;؛،," for c in gap):
        return True
    nxt = toks[j].norm
    surface = analysis.text[toks[j].start : toks[j].end]
    if nxt == "علي" and surface != "على":
        return False  # the name علي, not the preposition على
    if not vso_subject_agrees(analysis, i, (j, j + 1)):
        return True  # "وناشدت المحلفين": an object the verb cannot agree with
    return (
        nxt in STOP
        or (nxt[:1] in "بل" and not nxt.startswith("لل") and len(nxt) > 3)
        # an indefinite masdar is the object ("وأدان اختطاف"); a definite one may be the
        # subject ("واتهم التقرير")
        or (not nxt.startswith("ال") and derived_masdar(nxt, surface))
    )


def _object_suffix(analysis: Analysis, i: int) -> bool:
    """A masdar with a pronoun suffix before its بـ-complement: "تزويده بالسلاح",
    "إمدادهم بالذخيرة"."""
    toks = analysis.tokens
    if i + 1 >= len(toks) or _break(analysis, i):
        return False
    w = _bare(toks[i].norm)
    if w.startswith(("ال", "لل")) or not w.endswith(OBJECT_PRONOUNS) or len(w) < 5:
        return False
    if not derived_masdar(toks[i].norm, analysis.text[toks[i].start : toks[i].end]):
        return False  # "تزويده", "إمدادهم": a masdar's shape under the suffix
    nxt = toks[i + 1].norm
    return nxt.startswith("ب") and len(nxt) > 3 and not nxt.startswith(("بعد", "بين", "بسبب"))


# verbs of asking and wanting: the object pronoun of the act asked for ("يطلب من X
# تزويده", "تريد من X تزويدها") is the one who asks
_ASK = DEMAND_VERBS | {"يريد", "تريد", "اراد", "ارادت", "يرغب", "ترغب", "يامل", "تامل"}


def _asker(
    doc: Document, sent: Sentence, analysis: Analysis, i: int, ev: Event, events: list[Event]
) -> Ref | None:
    """Who asks for the act at token i: the actor of the event of the asking verb before
    it, else the nearest named party before that verb; None without such a verb."""
    toks = analysis.tokens
    verb = None
    for j in range(i - 1, max(-1, i - 8), -1):
        if any(c in lexicon.CLAUSE_MARKS for c in analysis.text[toks[j].end : toks[j + 1].start]):
            break
        if _bare(toks[j].norm) in _ASK or toks[j].norm in _ASK:
            verb = j
            break
    if verb is None:
        return None
    at = sent.start + toks[verb].start
    for e in events:
        if e is not ev and e.trigger.start == at and e.actor is not None:
            if ev.actor is None or _party_key(e.actor) != _party_key(ev.actor):
                return _copy(e.actor)
            return None
    return _nearest_party(doc, sent, analysis, verb, ev.actor)


def _nearest_party(
    doc: Document, sent: Sentence, analysis: Analysis, i: int, actor: Ref | None
) -> Ref | None:
    """The nearest named person or organisation (or state) before token i in the sentence
    that is not the actor."""
    start = sent.start + analysis.tokens[i].start
    best = None
    for ent in doc.entities:
        if ent.type not in ("PERSON", "ORG", "GPE") or (
            ent.type == "GPE" and country_of_name(ent.canonical) is None
        ):
            continue  # a city is where, not who
        for m in ent.mentions:
            if not (sent.start <= m.start and m.end <= start):
                continue
            if actor is not None and (
                ent.id == actor.entity
                or (actor.span is not None and actor.span.start <= m.start < actor.span.end)
            ):
                continue
            if best is None or m.start > best[1].start:
                best = (ent, m)
    if best is None:
        return None
    return _mention_ref(*best)


def _possessive(text: str) -> bool:
    """A role whose head carries a possessive pronoun: "جنوده", "أحد عناصرها"."""
    words = text.split()
    if not words:
        return False
    head = words[1] if len(words) > 1 and words[0] in ("أحد", "احد", "إحدى", "احدى") else words[0]
    if len(head) < 5 or not head.endswith(("ه", "ها", "هم")) or head.endswith("ة"):
        return False
    # members of a body (جنوده، عناصرها، قواتها), whose state is the owner's; not kin
    # or friends, who may be of another country
    bare = normalize(head)
    for suffix in ("هم", "ها", "ه"):
        if bare.endswith(suffix):
            bare = bare[: -len(suffix)]
            break
    return lemma_key(bare) in _MEMBERS


def _sentence_actor(events: list[Event], ev: Event) -> Ref | None:
    """The actor of the first event of the sentence with one, other than ``ev``'s role."""
    for e in events:
        if e.sentence == ev.sentence and e is not ev and e.actor is not None:
            return e.actor if e.trigger.start < ev.trigger.start else None
    return None


# entries written with letters the normalizer rewrites match tokens' normalized forms
fold_word_sets(globals())
