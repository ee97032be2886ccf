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

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from rasad.document import Document, Event, EventDate, Ref, Sentence
from rasad.events.features import Analysis, analyse
from rasad.events.normalize import lemma_key, tokenize

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
    for end in _PRONOUN_ENDINGS:  # رسالته -> رساله (ta marbuta before a pronoun)
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)] + "ه"
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
    """Punctuation between token j and the next one."""
    toks = analysis.tokens
    gap = analysis.text[toks[j].end : toks[j + 1].start] if j + 1 < len(toks) else ""
    return any(c in '،,.:;؛!?؟()«»"' for c in gap)


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
    by_index = {s.index: s for s in sentences}
    trig_events: dict[int, dict[int, list[Event]]] = {}  # sentence -> trigger token -> events
    carriers: dict[int, list[Carrier]] = {}
    for ev in events:
        sent = by_index.get(ev.sentence)
        analysis = analyses.get(ev.sentence)
        if sent is None or analysis is None:
            continue
        index = _token_at(analysis, ev.trigger.start - sent.start)
        if index is None:
            continue
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
    pairs = [(head.actor, body.actor), (head.recipient, body.recipient)]
    if head.type in SYMMETRIC_TYPES:
        crossed = [(head.actor, body.recipient), (head.recipient, body.actor)]
        score = sum(same_party(x, y) is True for x, y in pairs)
        if sum(same_party(x, y) is True for x, y in crossed) > score:
            pairs = crossed
    verdicts = [same_party(x, y) for x, y in pairs]
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
    headline tells it and the body mentions it in passing), takes the headline's roles,
    place, date and source where it has none (and a named entity where it only has a
    phrase of the same party), and records the headline trigger in ``supporting``.
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
    body = [e for e in events if e.trigger.start >= body_start and not in_summary(e)]
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
        if theirs is not None and (mine is None or (mine.entity is None and theirs.entity)):
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
