"""EventsStage: PLOVER events with trigger, roles, date, status and attribution.

Per sentence:

1. spot triggers from the lexicons (features.analyse);
2. ASSAULT and PROTEST: the trained salience model (resources/events/salience_model.json,
   built by training/build_events_model.py) scores "this sentence reports a specific
   event of the type"; above its threshold the event is asserted/actual/reported,
   below it the clause cues say why (negated, future, hypothetical, demanded) or it
   is kept as background;
3. other PLOVER types: lexicon triggers and the compiled CAMEO patterns, with the same
   clause cues and a lower confidence;
4. actor/recipient from clause structure (actors.py), linked to doc.entities when a
   mention covers the phrase; location from LOC/GPE mentions; date from doc.times in
   the sentence, else the published date; attribution from the quote holding the
   trigger.

Every stage before this one may be missing: without sentences the text is split
here; without entities, roles are spans with dictionary codes; without times the date
falls back to the published date.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasad.document import Document, Event, EventDate, Ref, Sentence, Span
from rasad.entities.lexicon import country_of_name, demonym_country
from rasad.events import actors, cameo, lexicon, link, sectors, senses
from rasad.events.context import asked_contexts, contexts, request_mode
from rasad.events.features import (
    Analysis,
    Trigger,
    analyse,
    cue_flags,
    document_cues,
    document_words,
    features,
    generic_features,
    sent_congratulation,
)
from rasad.events.normalize import fold_word_sets, normalize, tokenize
from rasad.text.clitics import split_clitics

_MARK_PAIRS = (("«", "»"), ("(", ")"), ("“", "”"), ('"', '"'))
_SENTENCE_END = re.compile(r"[.!?؟\n]+")
# below threshold * this, a modelled-type trigger is not reported at all
_LOW = 0.35
_KIND_ORDER = {"verb": 0, "agent": 1, "noun": 2, "victim": 3}


@lru_cache(maxsize=1)
def salience_model() -> dict[str, dict]:
    path = resources.files("rasad") / "resources" / "events" / "salience_model.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data.get("types", {})


@lru_cache(maxsize=1)
def generic_model() -> dict | None:
    """The check of the rule-coded types (training/build_generic_model.py), or None."""
    path = resources.files("rasad") / "resources" / "events" / "generic_model.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def generic_score(
    analysis: Analysis,
    trig: Trigger,
    event_type: str,
    doc_cues: tuple[str, ...] = (),
    sentence: int | None = None,
) -> tuple[float, float] | None:
    """(probability, threshold) that the trigger reports a specific event of the
    (rule-coded) type, with the article's ``document_cues`` and the sentence's index in
    it when known; None without a model."""
    model = generic_model()
    if model is None:
        return None
    if trig.type != event_type:  # retyped by the stage ("دعم مالي": SUPPORT -> AID)
        trig = Trigger(trig.index, trig.families, event_type, trig.kind, trig.mode, trig.core)
    feats = generic_features(analysis, trig, doc_cues, sentence)
    return _probability(model["weights"], feats), model["threshold"]


@lru_cache(maxsize=8)
def _drop(event_type: str) -> frozenset[str]:
    return frozenset(salience_model().get(event_type, {}).get("drop", ()))


def salience_score(analysis: Analysis, event_type: str) -> tuple[float, float] | None:
    """(probability, threshold) of a reported specific event of the type; None without a model."""
    model = salience_model().get(event_type)
    if model is None:
        return None
    feats = features(analysis, event_type, _drop(event_type))
    if not feats:
        return 0.0, model["threshold"]
    return _probability(model["weights"], feats), model["threshold"]


def _probability(weights: dict[str, float], feats: list[str]) -> float:
    """The logistic model's probability for a sparse binary feature list."""
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _after(i: int, actor_rng: tuple[int, int] | None) -> int:
    """Where the object of the verb at i begins: after its subject when that follows it."""
    return actor_rng[1] if actor_rng and actor_rng[0] > i else i + 1


# types whose verb takes a party as its object pronoun
_PARTY_OBJECT_TYPES = {"SUPPORT", "THREATEN", "CONSULT", "COOPERATE", "SANCTION"}


def _people_after_bi(analysis: Analysis, a: int) -> bool:
    """The word at a is the preposition ب and a people word ("بأعضاء", "بمنسوبي
    المجمع"; not "بلدان", whose ب is its own, nor "بدورها", in its turn), or ب or ل
    and a plural title ("لمديري الإدارات")."""
    norm = analysis.tokens[a].norm
    if norm[:1] in ("ب", "ل") and norm[1:] in actors._PEOPLE_PLURAL_HEADS:
        return True  # plural titles: "لمسؤولي التعليم", "لمديري الإدارات"
    if norm[:1] == "ب" and actors.security_apparatus(analysis, a):
        return True  # "بأجهزة الأمن"
    prefixes, _stem, suffix = split_clitics(norm)
    return (
        prefixes in (["ب"], ["ب", "ال"])
        and suffix not in ("ها", "هم", "هما")
        and (actors._party_word(norm[1:]) or actors.construct_plural(analysis, a, after_bi=True))
    )


def _preposition_clitic(surface: str, mention_at: int | None, people: bool = False) -> bool:
    """A role phrase opens with the preposition ب or ل fused to its first word: a named
    party whose mention starts right after it ("لإيران", "بأيمن الظواهري"), a definite
    word after ب ("بالمسؤولين السعوديين") or, with ``people``, a people word after ب
    ("بأعضاء الحكومة"). "للشعب" (ل + ال) has no article left to start at, and a name's
    own first letter ("بارزاني") is no preposition."""
    rest = surface.split()[0][1:]
    if surface[:1] not in ("ب", "ل") or surface.startswith("لل"):
        return False
    # a short rest is more likely a foreign name's own letters ("بالمر", "بلو"), and
    # some given names begin with ب ("باسم عاشور": no "اسم" after a preposition)
    if len(rest) < (5 if rest.startswith("ال") else 3) or normalize(rest) in actors.OWN_BA_STEMS:
        return False
    if mention_at == 1 or people:
        return True
    return mention_at is None and surface.startswith("بال")


def status_from_cues(cues: dict[str, bool], event_type: str) -> tuple[str, str, str]:
    """(polarity, modality, salience) read off the clause cues of one trigger."""
    polarity = "negated" if cues["neg_near"] or cues["denied_before"] else "asserted"
    if (
        cues["future_prefix"]
        or cues["lan"]
        or cues["sawfa"]
        or cues["future_before"]
        or cues["future_verb_before"]
        or cues["future_time_after"]
    ):
        modality = "future"
    elif cues["hypothetical_before"] or cues["hyp_clause"]:
        modality = "hypothetical"
    elif (cues["demand_before"] or cues["demand_clause"]) and event_type != "REQUEST":
        modality = "demanded"
    else:
        modality = "actual"
    salience = (
        "background"
        if cues["bg_prep"] or cues["relative_after"] or cues["generic_before"]
        else "reported"
    )
    return polarity, modality, salience


_WHERE = {"حيث", "وحيث"}


def _split_clauses(
    analysis: Analysis, event_type: str, trigs: list[Trigger]
) -> tuple[list[Trigger], list[Trigger], str]:
    """The triggers of one type in a sentence, as (first event, second event, why):
    meeting verbs right after حيث following an earlier trigger of the type ("زار موسكو
    حيث التقى وزير الدفاع": "where"), a negated verb of a generic type after an asserted
    one ("يدعم X البرلمان، ولا يؤيد الحكومة": "negated"), and a generic verb that opens
    a clause of its own ("دعا X ...، كما دعا Y": "clause") form a second event; other
    triggers stay together."""
    if len(trigs) < 2:
        return trigs, [], ""
    toks = analysis.tokens
    first = min(t.index for t in trigs)

    def cut_at(cut: int, why: str) -> tuple[list[Trigger], list[Trigger], str]:
        return [t for t in trigs if t.index < cut], [t for t in trigs if t.index >= cut], why

    generic = event_type not in lexicon.MODELLED_TYPES
    if generic and not _negated_verb(analysis, first):
        negated = [
            t
            for t in trigs
            if t.index > first and t.kind == "verb" and _negated_verb(analysis, t.index)
        ]
        if negated:
            return cut_at(min(t.index for t in negated), "negated")
    where = [
        t.index
        for t in trigs
        if event_type == "CONSULT"
        and t.index > first
        and t.kind == "verb"
        and toks[t.index - 1].norm in _WHERE
    ]
    opened = _new_clause(analysis, trigs) if generic else None
    if where and (opened is None or min(where) <= opened):
        return cut_at(min(where), "where")
    if opened is not None:
        return cut_at(opened, "clause")
    return trigs, [], ""


def _held(event: Event) -> bool:
    """An arrest with the one held known."""
    return event.type == "COERCE" and event.mode == "arrest" and event.recipient is not None


def _own_subject(analysis: Analysis, trig: Trigger, ents: actors.EntityIndex) -> bool:
    """Whether the verb of a clause opened by كما/فيما/بينما/ثم names its own doer right
    after it, a named or titled person ("كما طالب الأمين العام نبيل العربي"), rather than
    sharing the doer of the clause before ("كما دعا دول مجلس التعاون"). After و the
    doer is shared: "يزور الوزير إيران، ويلتقي الرئيس روحاني"."""
    i = trig.index
    toks = analysis.tokens
    where = toks[i - 1].norm in _WHERE
    if (
        trig.kind != "verb"
        or i + 1 >= len(toks)
        or (toks[i - 1].norm not in _OPENERS and not where)
    ):
        return False
    own, other = actors.find_roles(analysis, trig, ents, generic=True)
    if own is None or own[0] != i + 1 or not link.vso_subject_agrees(analysis, i, own, ents):
        return False
    if where:
        # after حيث one phrase is the one met ("زار موسكو حيث التقى وزير الدفاع"), and
        # so is a list ("التقى وزير الخارجية، ورئيس الوزراء"); two phrases in a row are
        # the subject and its object ("، حيث استقبل السفير خالد بن محمد وفد الجامعة")
        return (
            other is not None
            and other[0] == own[1]
            and actors._bare(toks[other[0]].norm) == toks[other[0]].norm  # no و joining it
            and not actors._break_between(analysis, own[1] - 1, other[0])
        )
    return actors._title_head(toks[own[0]].norm) or any(
        ents.get(k, (0, 0, ""))[2] == "PERSON" for k in range(own[0], min(own[1], own[0] + 4))
    )


# words that open a clause of its own after a comma: "..., كما دعا", "فيما طالب" (حيث
# is the "where" split's own)
_OPENERS = actors._CLAUSE_OPENERS - _WHERE


def _clause_verb(analysis: Analysis, t: Trigger) -> bool:
    """A finite verb (no masdar, no article) that can head a clause of its own."""
    toks = analysis.tokens
    tok = toks[t.index]
    if (
        t.index + 1 < len(toks)
        and actors._indefinite_nisba(toks[t.index + 1].norm)
        and not actors.construct_plural(analysis, t.index + 1)
    ):
        return False  # a masdar with its adjective: "تعاون سياسي ..., وتعاون عسكري"
    return (
        t.kind == "verb"
        and not _masdar(tok.norm, analysis.text[tok.start : tok.end])
        and not _nominal(tok.norm)
        and not actors.stance_masdar(analysis, t.index)
    )


def _new_clause(analysis: Analysis, trigs: list[Trigger]) -> int | None:
    """The first verb of the type that opens a clause of its own after an earlier verb of
    the type: "دعا الرئيس الميليشيات إلى ...، ودعا خلال لقائه المبعوث إلى", "طلب
    الفريقان ...، كما طالب مارادونا". A second verb is a second act, with its own
    parties, not more words for the first."""
    verbs = sorted((t for t in trigs if _clause_verb(analysis, t)), key=lambda t: t.index)
    if len(verbs) < 2:
        return None
    toks = analysis.tokens
    first = verbs[0].index
    for t in verbs[1:]:
        i = t.index
        if i - first < 4:
            continue
        before = toks[i - 1].norm
        if before in _OPENERS or (
            toks[i].norm[:1] in "وف" and actors._break_between(analysis, i - 1, i)
        ):
            return i
    return None


_NEGATORS = {"لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم", "فلن"}


def _negated_verb(analysis: Analysis, i: int) -> bool:
    """An imperfect or perfect verb right after a negator ("ولا يؤيد", "لم يدعم")."""
    toks = analysis.tokens
    return i > 0 and toks[i - 1].norm in _NEGATORS


def _market_move(analysis: Analysis, trig: Trigger) -> bool:
    """تراجع is a concession only as "تراجع عن <decision>"; otherwise it is a decline
    ("تراجع سعر سهم ...", "تراجع ثقة الشركات": 6 of 40 sampled reported events)."""
    i = trig.index
    toks = analysis.tokens
    if not toks[i].core.lstrip("يت").startswith("راجع"):
        return False
    return not any(t.norm in ("عن", "عنه", "عنها") for t in toks[i + 1 : i + 5])


def _existing_agreement(
    analysis: Analysis, trig: Trigger, ents: actors.EntityIndex = actors._NO_ENTITIES
) -> bool:
    """ "الاتفاق النووي", "رفض الاتفاق", "اتفاق الطائف": a definite agreement noun (by
    its article, or by a definite genitive, which names it) refers to a deal made
    earlier unless a concluding verb comes just before it (all 12 such reported AGREE
    events in three SaudiNewsNet samples were references, not agreements)."""
    i = trig.index
    toks = analysis.tokens
    norm = toks[i].norm
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    w = w[1:] if w[:1] in "بل" and not w.startswith("ال") else w
    definite = w.startswith("ال") or w.startswith("لا")  # الاتفاق، للاتفاق
    if not definite and w.startswith(("اتفاق", "معاهد")) and i + 1 < len(toks):
        nxt = toks[i + 1].norm
        # an indefinite noun's adjective is indefinite too, so a definite word after it
        # is a genitive: "اتفاق الطائف", "اتفاقية الأمم المتحدة لقانون البحار"
        definite = (
            (nxt.startswith("ال") and nxt not in lexicon.TIME_NOW)
            # or a place it is named after: "اتفاق فيينا", "اتفاقية جنيف"
            or ents.get(i + 1, (0, 0, ""))[2] in ("GPE", "LOC")
        ) and not actors._break_between(analysis, i, i + 1)
    if not definite:
        return False
    return not any(t.core in _CONCLUDE or t.norm in _CONCLUDE for t in toks[max(0, i - 3) : i])


def _agreed_on(analysis: Analysis, i: int, recipient: tuple[int, int]) -> bool:
    """The recipient of اتفق stands after على with no مع before it: it is in what was
    agreed on ("اتفق الوزيران على دعوة اللجنة"), the partner comes with مع."""
    toks = analysis.tokens
    if not _bare_verb(toks[i].norm).lstrip("يت").startswith(("اتفق", "تفق")):
        return False
    between = [t.norm for t in toks[i + 1 : recipient[0]]]
    return any(w in ("على", "علي") for w in between) and not any(
        w in ("مع", "ومع") for w in between
    )


_DONE = {"تم", "تمت", "وتم", "وتمت", "جري", "جرت", "وجري", "وجرت"}
# perfects that conclude an agreement: "وقعت الهيئة اتفاقية", "توصل الطرفان إلى اتفاق"
_CONCLUDED = {
    "توصل",
    "توصلت",
    "توصلوا",
    "توصلا",
    "توصلتا",
    "وقع",
    "وقعت",
    "وقعا",
    "وقعوا",
    "وقعتا",
    "ابرم",
    "ابرمت",
    "ابرما",
    "ابرموا",
}
# imperfects, with or without the future's س: "الوفد سيوقع مذكرة تفاهم", "يوقعان اتفاقا"
_WILL_CONCLUDE = {"يوقع", "توقع", "يوقعان", "توقعان", "يوقعون", "نوقع", "يبرم", "تبرم"}
_AGREEMENT_STEMS = ("اتفاق", "تفاهم", "معاهد")
_CONCLUDING_MASDARS = {"توقيع", "التوقيع", "ابرام", "التوصل"}
_CONCLUDE = _CONCLUDED | _CONCLUDING_MASDARS


def _bare_verb(norm: str) -> str:
    """Without a leading و/ف conjunction (not the و of وقع, "signed")."""
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 and norm[1:2] != "ق" else norm


def _agrees_with(analysis: Analysis, verb: int, rng: tuple[int, int]) -> bool:
    """The verb's affixes do not contradict the phrase's head: a written ta marbuta is
    feminine, a title singular masculine (link.verb_gender reads the verb)."""
    tok = analysis.tokens[rng[0]]
    surface = analysis.text[tok.start : tok.end]
    if actors._bare(tok.norm).removeprefix("ال") in actors._TITLE_HEADS:
        party = "m"  # a masculine title in ة: "عمدة بلدة"
    elif surface.endswith("ة"):
        party = "f"
    elif actors._title_head(tok.norm):
        party = "m"
    else:
        return True
    gender = link.verb_gender(analysis, verb)
    return gender is None or gender == party


def _one_object_list(
    analysis: Analysis,
    i: int,
    actor: tuple[int, int] | None,
    recipient: tuple[int, int] | None,
    ents: actors.EntityIndex,
    event_type: str,
) -> tuple[int, int] | None:
    """The span of both roles when, after the verb at i, the doer starts with the
    conjunction و right where the recipient ends ("وزار اليمن والسودان وليبيا وسيناء"),
    or a bare held person's does ("واعتقلت امرأة وأحد الأطفال"): one list split in
    two, the verb's object."""
    if actor is None or recipient is None or min(actor[0], recipient[0]) <= i:
        return None
    first, second = sorted((actor, recipient))
    if first[1] != second[0] or not actors.conjunction_at(analysis, second[0], ents):
        return None
    if first == actor and not (
        event_type == "COERCE" and not analysis.tokens[actor[0]].norm.startswith("ال")
    ):
        # a doer and a و-item after it may be two doers ("واستنكرت فعاليات ثقافية
        # وشخصيات عراقية") or his further title; only those held are counted bare
        return None
    return first[0], second[1]


def _agreeing_shared_subject(
    analysis: Analysis, verb: int, ents: actors.EntityIndex
) -> tuple[int, int] | None:
    """The subject the verb at ``verb``, joined by و, shares with the verb before it
    (actors.coordinated_subject), when the verb's affixes agree with it."""
    shared = actors.coordinated_subject(analysis, verb, ents)
    return shared if shared is not None and _agrees_with(analysis, verb, shared) else None


def _object_taken_for_doer(
    analysis: Analysis,
    i: int,
    event_type: str,
    actor_rng: tuple[int, int],
    recipient_rng: tuple[int, int] | None,
    ents: actors.EntityIndex,
    counters: Counter,
    joined_verb: bool,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
    """(actor, recipient, addressed) once the phrase the clause rules took for the doer
    of the trigger at i is checked against what it is: the object of a verb joined by و
    that it does not agree with (the subject is then the first verb's), the one asked
    in "مطالبة X بـ", the forces a mobilisation moves. ``addressed``: the recipient is
    the one asked, whatever the head of its phrase."""
    if (
        joined_verb
        and actor_rng[0] == i + 1
        and recipient_rng is None
        and not _agrees_with(analysis, i, actor_rng)
    ):
        # "وجدد مجلس الشورى التأكيد على ...، ودعا هيئة الطيران المدني للبدء": the
        # phrase after the verb does not agree with it, so it is the object, and the
        # subject is that of the verb it is joined to
        shared = _agreeing_shared_subject(analysis, i, ents)
        if shared is not None:
            counters["coordinated_subject_object"] += 1
            return shared, actor_rng, True
    if (
        joined_verb
        and event_type == "REQUEST"
        and actor_rng[0] == i + 1
        and recipient_rng is None
        and actors.act_asked(analysis, actor_rng[1], ents)
    ):
        # "ودانت الجامعة العربية القصف، وطالبت أنقرة باحترام سيادة العراق": a verb of
        # asking joined to a clause with its own subject, then a party and the act asked
        # with بـ: the party is the one asked, the subject is the first verb's
        shared = _agreeing_shared_subject(analysis, i, ents)
        if shared is not None:
            counters["coordinated_subject_asked"] += 1
            return shared, actor_rng, True
    if event_type == "REQUEST" and actors.asked_genitive(analysis, i, actor_rng):
        # "في مطالبة حزب العمال الكردستاني بإبعاد قواعده": the genitive before the act
        # asked for is the one asked, not the asker
        counters["asked_genitive"] += 1
        return None, actor_rng, True
    if event_type == "MOBILIZE" and actor_rng[0] > i and actors.forces_word(analysis, actor_rng[0]):
        # "التي حشدت قواتها", "وحشد القوات على الحدود": the forces are what is
        # mobilised, not who mobilises them
        counters["mobilised_forces_not_actor"] += 1
        return None, recipient_rng, False
    return actor_rng, recipient_rng, False


def _no_recipient(analysis: Analysis, rng: tuple[int, int], ents: actors.EntityIndex) -> bool:
    """The phrase is no party the act is aimed at: an ally the doer is backed by
    ("وحشد النظام مدعوما بميليشيات حزب الله"), a relative clause's verb ("اللقاء الذى
    جمعه"), or the act asked for with its pronoun ("طلب المراسل القديم نقله")."""
    toks = analysis.tokens
    if any(
        actors._bare(toks[k].norm).startswith("مدعوم") for k in range(max(0, rng[0] - 2), rng[0])
    ):
        return True
    word = toks[rng[0]].norm
    if rng[0] > 0 and toks[rng[0] - 1].norm in actors._RELATIVES and rng[0] not in ents:
        return True  # the relative clause's verb: "اللقاء الذى جمعه مؤخرا بالدكتور"
    stem = word[:-1] if word.endswith("ه") else ""
    return (
        rng[1] - rng[0] == 1
        and rng[0] not in ents
        and actors._pronoun_suffix(analysis, rng[0])
        and (stem in actors._PLAIN_MASDARS or actors.derived_masdar(stem))
    )


def _lam_phrase_after(
    analysis: Analysis, i: int, rng: tuple[int, int], ents: actors.EntityIndex
) -> bool:
    """The phrase at rng is a لـ-phrase right after the masdar at i, or after its
    pronoun or adjectives ("اتهامات للصحيفة", "انتقادات حادة للمجلس"): لـ and the article
    ("للـ"), or لـ before a name the tagger found (not a name's own ل: "لوبان")."""
    toks = analysis.tokens
    j = rng[0]
    if j <= i or not actors._lam_object(analysis, j):
        return False
    if any(
        not (toks[k].norm.endswith(("ه", "ي", "يه")) and k not in ents) for k in range(i + 1, j)
    ):
        return False  # only adjectives between: "انتقادات حادة", "الدولية"
    if toks[j].norm.startswith("لل"):
        return True
    return j in ents and j not in getattr(ents, "own_initial", ())


def _with_party(
    analysis: Analysis, start: int, stop: int, ents: actors.EntityIndex
) -> tuple[int, int] | None:
    """The phrase after "مع" between tokens start and stop, in one clause: the other
    side of an agreement ("وقع الوزير مع نظيره", "اتفاقية تعاون مع المركز الوطني")."""
    toks = analysis.tokens
    for j in range(start + 1, min(len(toks) - 1, stop)):
        if actors._break_between(analysis, j - 1, j):
            return None
        if toks[j].norm == "مع":
            nxt = toks[j + 1]
            if nxt.norm in actors.STOP or nxt.core in actors.CORE_STOP:
                return None
            return actors._phrase_from(analysis, j + 1, limit=3, ents=ents)
    return None


def _concluding_verb(analysis: Analysis, i: int) -> int | None:
    """The perfect verb whose object is the agreement noun at i, within its clause:
    "وقعت الهيئة السعودية للمحاسبين اتفاقية", "وتوصل الطرفان إلى اتفاق"; for a
    concluding masdar after تم/جرى ("تم توقيع اتفاقية") the masdar's index."""
    toks = analysis.tokens
    for j in range(i - 1, max(-1, i - 8), -1):
        if actors._break_between(analysis, j, j + 1):
            return None
        norm = toks[j].norm
        bare = _bare_verb(norm)
        if norm in _CONCLUDED or bare in _CONCLUDED or bare.lstrip("س") in _WILL_CONCLUDE:
            return j
        if bare in _CONCLUDING_MASDARS:
            return j if j > 0 and toks[j - 1].norm in _DONE else None
        if analysis.verb_trigger_at(j):
            return None
    return None


def _passive_done(analysis: Analysis, i: int) -> bool:
    """ "تم إلقاء القبض", "وتم بالفعل إدانة": a masdar after a perfect تم/جرى reports a
    done event whose doer is left unnamed (a passive), not a kind of event."""
    return _done_marker(analysis, i) is not None


def _done_marker(analysis: Analysis, i: int) -> int | None:
    """Where the تم/جرى of ``_passive_done`` stands before the masdar at i; None when
    there is none."""
    toks = analysis.tokens
    if toks[i].norm[:1] in "وف" and len(toks[i].norm) > 3:
        return None  # "الذي جرى يوم الأحد ورفض فيه الناخبون": a verb of its own
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j].norm in _DONE:
            return j
        if toks[j].norm not in _DONE_ADVERBS:
            return None
    return None


# between تم and its masdar: "وتم بالفعل", "وتم منذ يوم أمس طلب"
_DONE_ADVERBS = {"بالفعل", "فعلا", "امس", "اليوم", "ايضا", "القاء", "منذ", "يوم", "صباح", "مساء"}
# "تم، الثلاثاء، طرد مواطنة": the day named between تم and its masdar
_DONE_ADVERBS |= {"ال" + day for day in actors._WEEKDAYS}


def _vowelled_passive(surface: str) -> bool:
    """A verb written with the passive's damma on its first syllable (طُلب، اتُّهم،
    احتُجز، اعتُقل): the writer marked it because the unvowelled form reads active."""
    word = surface[1:] if surface[:1] in "وف" and len(surface) > 3 else surface
    bare = "".join(ch for ch in word if "\u0621" <= ch <= "\u064a")
    if bare.endswith(("ة", "ات")) or (bare[:1] == "م" and len(bare) >= 5):
        return False  # a noun: the masdar or participle "مُطالبة", "مُساعدات"
    if bare[:1] in "يتن" and (
        (len(bare) == 4 and bare[2] == "ي") or (len(bare) >= 5 and bare[2] == "ا")
    ):
        # the damma of an active imperfect of forms III and IV: "يُدين" (أدان),
        # "يُطالب", not the passive "يُدان", "يُطلب"
        return False
    if bare[:1] in "يتن" and ("\u0650" in word or bare.endswith("ئ")):
        # an active imperfect of forms II and IV keeps a kasra before its last letter
        # (يُهنِّئ، يُعلِن; the passive has a fatha: يُهنَّأ، يُعلَن)
        return False
    letters = 0
    for ch in word:
        if ch == "\u064f":  # damma
            return letters <= 3
        if "\u0621" <= ch <= "\u064a":
            letters += 1
            if letters > 3:
                return False
    return False


# prepositions a verb never follows: the word after them is a noun ("بناء على طلب من")
_NOUN_PREPOSITIONS = {"علي", "على", "عند", "بعد", "قبل", "حسب", "وفق", "اثر", "عقب", "لدي"}
# words a perfect verb never follows (a masdar does): "بعد رفض الحكومة", "رغم رفض"
_BEFORE_MASDAR = {"بعد", "قبل", "اثر", "عقب", "اثناء", "بسبب", "رغم", "جراء", "ازاء", "حيال"}


def _masdar_of_party(analysis: Analysis, i: int, ents: actors.EntityIndex) -> bool:
    """The trigger at i follows a word no perfect verb follows (بعد، بسبب، رغم) and a
    party stands in its genitive: a masdar whose genitive is its doer."""
    toks = analysis.tokens
    return (
        0 < i < len(toks) - 1
        and toks[i - 1].norm in _BEFORE_MASDAR
        and not actors._pronoun_suffix(analysis, i)
        and not actors._break_between(analysis, i, i + 1)
        and actors.is_actorish(analysis, i + 1, ents)
    )


def _masdar(norm: str, surface: str = "") -> bool:
    """A noun by its shape among the forms of a mixed verb/noun family (اللقاء، لقاء،
    اجتماع، المحادثات، زيارة with its ta marbuta written); not a form-VIII perfect that
    starts like the article (التقى)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if w.startswith(link._LIKE_ARTICLE) and not w.startswith("التقاء"):
        return False
    # a written ta marbuta marks a noun, but not the participle of "، مطالبةً بـ"; so
    # does the accusative's written tanwin ("ستستضيف اجتماعاً")
    return (
        _nominal(norm)
        or (surface.endswith("ة") and not w.startswith("م"))
        or surface.endswith(("اً", "ًا"))
    )


# perfects that look definite: التقى، التزم (not التقية, taqiyya)
_FORM_VIII_LAM = {
    "التقي",
    "التقت",
    "التقيت",
    "التقينا",
    "التقيا",
    "التقتا",
    "التقوا",
    "التزم",
    "التزمت",
}


def _nominal(norm: str) -> bool:
    """A masdar or event noun by its shape, in families that mix verbs and nouns:
    definite, after a preposition clitic, a feminine plural, or the افتعال/انفعال/تفعيل
    patterns (اتهام، اجتماع، انسحاب، تنسيق، تهديد)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if w in _FORM_VIII_LAM:
        return False  # form VIII perfects of roots in ل (التقى، التزم), no article
    if w == "هنات":
        return False  # هنأت, she congratulated (a trigger only with its written hamza)
    if w == lexicon.ARREST_MASDAR:
        return True  # the إفعال masdar of the arrest family ("تم إيقاف شخصين"), no verb
    if w.startswith("ال") or w.endswith("ات"):
        return True
    for pronoun in ("هما", "هم", "ها", "ه"):
        # a masdar with its doer's pronoun: "تأييده", "اتهامها", "تأييدهما"
        if w.endswith(pronoun) and len(w) - len(pronoun) >= 5 and _nominal(w[: -len(pronoun)]):
            return True
    if w[:1] == "ب" and len(w) > 3 and not w.startswith("بحث"):  # بحث is a verb
        return True
    if w[:1] == "ل" and len(w) > 3 and w[1] not in "يتن":  # not ليدعم
        return True
    if (len(w) == 6 and w[0] == "ا" and w[4] == "ا") or (
        len(w) == 5 and w[:2] == "ات" and w[3] == "ا"
    ):
        # اتهام، اتفاق (the long ا of افتعال), not the perfects اتهمت، اتفقت
        return w[-1] != "ا" or len(w) == 6

    return len(w) == 5 and w[0] == "ت" and w[3] == "ي"


_TO = {"الى", "الي"}


def _sender(
    analysis: Analysis, index: int, actor: tuple[int, int] | None, ents: actors.EntityIndex
) -> tuple[int, int] | None:
    """Who sent the message a trigger describes ("وجه الوزير رسالة إلى الحكومة يطالب
    فيها"): the named party before the message noun, past a إلى phrase, when clause
    structure found nothing or a phrase between the message and the trigger."""
    carriers = [j for j in link.carrier_tokens(analysis, index, set(ents)) if j < index]
    if not carriers:
        return None
    carrier = carriers[0]
    if actor is not None and not (carrier < actor[0] < index):
        return None
    toks = analysis.tokens
    start = carrier
    for k in range(carrier - 1, max(-1, carrier - 6), -1):
        if toks[k].norm in _TO:
            start = k
            break
    return actors.topic_actor(analysis, start, ents, verb=index)


# prepositions and particles a role's phrase never ends with
_TRAILING_PARTICLES = {
    "في",
    "من",
    "الي",
    "علي",
    "على",
    "عن",
    "مع",
    "و",
    "او",
    "ان",
    "الذي",
    "التي",
} | {
    *("دون", "بدون"),  # "مواطنيها | دون محاكمة"
}


def _addressee(analysis: Analysis, index: int, ents: actors.EntityIndex) -> tuple[int, int] | None:
    """The party a message was sent to, when the trigger describes the message:
    "بعث إلى الحكومة برسالة يطلب فيها" (the message noun is a carrier, link.py)."""
    carriers = [j for j in link.carrier_tokens(analysis, index, set(ents)) if j < index]
    if not carriers:
        return None
    toks = analysis.tokens
    carrier = carriers[0]
    if carrier + 2 < index and toks[carrier + 1].norm in _TO:
        # "رسالة إلى الحكومة يطالب فيها"
        phrase = range(carrier + 2, index)
        if any(actors.is_actorish(analysis, j, ents) for j in phrase):
            return carrier + 2, index
    for k in range(carriers[0] - 1, max(-1, carriers[0] - 6), -1):
        if toks[k].norm in _TO:
            # the whole phrase between إلى and the message noun ("القيادة الروسية")
            phrase = range(k + 1, carriers[0])
            if any(actors.is_actorish(analysis, j, ents) for j in phrase):
                return k + 1, carriers[0]
            return None
    return None


# honorifics that open a person's title: "صاحب السمو الملكي الأمير"، "خادم الحرمين
# الشريفين"، "معالي وزير العدل"، "فخامة الرئيس"، "سماحة المفتي"
_HONORIFIC_OPENERS = actors.HONORIFIC_OPENERS
_HONORIFIC_PAIRS = actors.HONORIFIC_PAIRS
_HONORIFIC_WORDS = _HONORIFIC_OPENERS | {
    "صاحب",
    "اصحاب",
    "والمعالي",  # "أصحاب السمو والمعالي"
    "والسمو",
    "خادم",
    "السمو",
    "الملكي",
    "الجلاله",
    "المعالي",
    "السماحه",
    "الفضيله",
    "السعاده",
    "الحرمين",
    "الشريفين",
}


def _honorific_subject(
    analysis: Analysis, i: int, ents: actors.EntityIndex
) -> tuple[int, int] | None:
    """The honoured person right after the verb at i (past time words): the honorific
    words, then the named mention or the title phrase they open and the name after it,
    and a title in apposition ("صاحب السمو الأمير X، أمير منطقة نجران"); None when no
    honorific follows the verb. An honorific is always a person's, so the phrase is the
    verb's doer or its object; as the object it would follow a subject, and the verb
    would not be right before it."""
    toks = analysis.tokens
    j = actors._skip_adverbs(analysis, i + 1)
    if j + 1 >= len(toks) or link._break(analysis, j - 1):
        return None
    first, second = toks[j].norm, toks[j + 1].norm
    if first not in _HONORIFIC_OPENERS and second not in _HONORIFIC_PAIRS.get(first, ()):
        return None
    k = j
    while k < len(toks) and toks[k].norm in _HONORIFIC_WORDS:
        k += 1
        if link._break(analysis, k - 1):
            return j, k  # the honorific alone, cut off by punctuation
    if k >= len(toks) or k == j:
        return None
    if k in ents:
        end = ents[k][1]
    elif _title_like(analysis, k):
        # a title phrase ("وزير العدل الدكتور", "مفتي عام المملكة"), and the name after it
        end = actors._phrase_from(analysis, k, limit=3, ents=ents)[1]
        if first == "خادم" and any(
            demonym_country(toks[m].norm) is not None for m in range(k + 1, end)
        ):
            # the King's honorific, then another state's office holder: "استقبل خادم
            # الحرمين الشريفين الرئيس التركي" (his own titles follow as الملك ...)
            return j, k
    else:
        return j, k  # the honorific alone ("خادم الحرمين الشريفين بهذه المناسبة")
    for m in range(end, min(end + 3, len(toks))):
        if m in ents and ents[m][2] == "PERSON" and not link._break(analysis, m - 1):
            end = ents[m][1]
            break
    # (not the object the name runs on into: "الملك سلمان بن عبدالعزيز | برقيتي تهنئة")
    end = next((m for m in range(k + 1, end) if actors.object_opens(analysis, m, ents)), end)
    return j, _apposition_end(analysis, end)


_CHAIN_LIMIT = 14


# an authorisation given to one of one's own to deal with another party: "على تفويض
# الوزير بالتوقيع" (one appointed, "على تكليف فلان", is what the approval is about: read
# as the recipient by two readers of two)
_MANDATES = {"تفويض", "بتفويض"}


def _doerless_present(analysis: Analysis, i: int, ev: Event) -> bool:
    """A generic event told by a third-person imperfect verb at token i (يطلب، ويرفض)
    whose doer no rule or link found, outside a headline (whose imperfect is its
    present)."""
    if ev.type in lexicon.MODELLED_TYPES or ev.actor is not None or ev.salience != "reported":
        return False
    if ev.type == "COERCE" and ev.recipient is not None:
        return False  # a passive of detention with who is held: "ويحتجز اداير بدلا من"
    word = _bare_verb(analysis.tokens[i].norm)
    return word[:1] == "ي" and len(word) >= 4 and not senses.headline(analysis)


def _entity_at(ents: actors.EntityIndex, k: int) -> object:
    """The document entity of the mention at k (its span when it has none)."""
    return getattr(ents, "entity_of", {}).get(k) or ents.get(k)


def _titles_holder(
    analysis: Analysis,
    rng: tuple[int, int],
    after: tuple[int, int],
    ents: actors.EntityIndex,
) -> bool:
    """The person named right after the title phrase rng is the title's own holder:
    "التقى رئيس إقليم كردستان | مسعود بارزاني" (no other person in rng; not after بـ/لـ/و:
    "التقى ولي العهد | بالرئيس")."""
    return (
        after[0] == rng[1]
        and ents.get(after[0], (0, 0, ""))[2] == "PERSON"
        and not any(
            ents.get(k, (0, 0, ""))[2] == "PERSON"
            and _entity_at(ents, k) != _entity_at(ents, after[0])
            for k in range(*rng)
        )
        and analysis.tokens[after[0]].norm[:1] not in "بلو"
        # a body is no title: "استقبلت الحكومة | محمد العلي"
        and not (rng[1] - rng[0] == 1 and actors.body_noun(analysis.tokens[rng[0]].norm))
    )


def _joined(rng: tuple[int, int], after: tuple[int, int] | None) -> tuple[int, int]:
    """The phrase rng, with the phrase after it when there is one."""
    return rng if after is None else (rng[0], max(rng[1], after[1]))


# words that take a pronoun and open a frame, not a party ("طلب من خلاله", "من جانبه"),
# and quantifiers ("طلب من أحدهم" names no one)
_FRAMES_WITH_PRONOUN = (
    *("خلال", "اجل", "جانب", "جهت", "قبل", "بين", "ضمن", "دون", "حيث"),
    *("احد", "بعض", "كل", "جميع", "معظم", "غالبيت"),
)


def _asked_after_min(
    analysis: Analysis,
    i: int,
    after: int,
    rng: tuple[int, int] | None,
    ents: actors.EntityIndex,
) -> bool:
    """The phrase is the one asked after من of the request verb at i: right after the
    verb or its doer (which ends at ``after``), or past the doer's place, and definite or
    named ("طلب المبتعثون في المملكة المتحدة من الملحق الثقافي"); not a partitive
    ("طالبوا بالمزيد من الإيضاحات", "ما تطلبه من وثائق") nor the relative مَن ("طالب من
    روجوا إساءته")."""
    if rng is None or rng[0] <= i + 1 or analysis.tokens[rng[0] - 1].norm != "من":
        return False
    if rng[0] - 1 not in (i + 1, after, actors._skip_frames(analysis, after, ents)):
        return False
    toks = analysis.tokens
    if rng[0] in ents or toks[rng[0]].norm.startswith("ال"):
        return True
    if (
        actors._pronoun_suffix(analysis, rng[0])
        and not toks[rng[0]].norm.startswith(_FRAMES_WITH_PRONOUN)
        and not actors.derived_masdar(toks[rng[0]].norm)
    ):
        return True  # so is one with its pronoun: "طلب ميتران من معاونيه ألا"
    # a head with a definite genitive is definite too: "طلبوا من مكتب التربية"
    genitive = rng[0] + 1
    return (
        genitive < rng[1]
        and (genitive in ents or toks[genitive].norm.startswith("ال"))
        and not actors._break_between(analysis, rng[0], genitive)
        and toks[rng[0]].norm not in actors.STOP
        and not actors.derived_masdar(toks[rng[0]].norm)
    )


def _object_after_name(
    analysis: Analysis,
    rng: tuple[int, int],
    held: int,
    ents: actors.EntityIndex,
    event_type: str,
) -> int | None:
    """Where the doer's name ends when the stretch ``_title_holder_end`` runs on to ends in
    a definite phrase right before the بـ-act of a request or a charge: that phrase is the
    one asked or charged. None when the stretch is the name's titles."""
    toks = analysis.tokens
    if event_type not in ("REQUEST", "ACCUSE") or not rng[0] < held < len(toks):
        return None
    if toks[held].norm[:1] != "ب" or toks[held].norm.startswith("بن"):
        return None
    ends = [ents[k][1] for k in range(rng[0], held) if ents.get(k, (0, 0, ""))[2] == "PERSON"]
    name_end = max(ends, default=rng[1])
    if not rng[1] <= name_end < held:
        return None
    first = toks[name_end].norm
    if not first.startswith("ال") or actors._nisba_adjective(first):
        return None  # "... بن نايف ولي العهد": an indefinite title; "الثاني": an adjective
    if actors._title_head(first) and any(
        toks[k].norm[:1] == "ل" for k in range(name_end + 1, held)
    ):
        return None  # "محمد بن سلمان النائب الثاني لرئيس مجلس الوزراء": his office
    return name_end


# prepositions whose phrase comes after the object, not before it
_PAST_OBJECT = {"علي", "الي", "عن", "من", "مع", "ضد"}  # (normalized: على, إلى)


def _words_around_parties(
    analysis: Analysis,
    trig: Trigger,
    event_type: str,
    ents: actors.EntityIndex,
    counters: Counter,
    roles: tuple[tuple[int, int] | None, tuple[int, int] | None],
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A generic event's doer and recipient once the words around them are read: who a
    sentence was passed on, a deal's partner, the doers' own body after من, the office
    adjective that ends the doer's name."""
    actor_rng, recipient_rng = roles
    if (
        event_type == "COERCE"
        and recipient_rng is None
        and (sentenced := actors.sentenced_on(analysis, trig.index, ents)) is not None
    ):
        # "أصدر القضاء على مهدي هاشمي رفسنجاني حكمًا بالسجن": who was sentenced
        recipient_rng = sentenced
        counters["sentenced_on"] += 1
    if (
        event_type in ("SUPPORT", "REJECT", "ACCUSE")
        and recipient_rng is not None
        and actors.deal_partner(analysis, trig.index, recipient_rng)
    ):
        # "دعمه لاتفاق بلاده النووي مع الدول الغربية": the deal is what is backed,
        # the party it was made with is no one supported
        recipient_rng = None
        counters["deal_partner_no_recipient"] += 1
    if (
        event_type in ("ACCUSE", "SUPPORT", "REJECT", "THREATEN")
        and actor_rng is not None
        and recipient_rng is not None
        and actor_rng[0] > trig.index
        and recipient_rng[0] == actor_rng[1] + 1
        and analysis.tokens[actor_rng[1]].norm == "من"
        and actors.recipient_kind(analysis, actor_rng, ents) == "party"
    ):
        # no condemning or praising "from" someone: "ودان عدد من الوجهاء | من أبناء
        # الطائفة الشيعية | خطوة النائب": whom the doers are among
        actor_rng = actor_rng[0], recipient_rng[1]
        recipient_rng = actors.recipient_after(analysis, recipient_rng[1], ents)
        counters["doers_among"] += 1
    if (
        actor_rng is not None
        and (office := actors.office_adjective_after(analysis, actor_rng)) is not None
    ):
        # "ودعا اتحاد موظفي القطاع | العام في بيان": the adjective ends the doer's
        # name, it is no party
        if recipient_rng is not None and recipient_rng[0] == actor_rng[1]:
            recipient_rng = None
        actor_rng = actor_rng[0], office
        counters["office_adjective_joined"] += 1
    return actor_rng, recipient_rng


def _title_holder_roles(
    analysis: Analysis,
    actor_rng: tuple[int, int],
    recipient_rng: tuple[int, int] | None,
    ents: actors.EntityIndex,
    event_type: str,
    generic: bool,
    counters: Counter,
    visit: bool = False,
) -> tuple[tuple[int, int], tuple[int, int] | None, bool]:
    """(actor, recipient, addressed) once the doer after the verb takes the name and
    the titles of the person its title names; the recipient is then searched after
    them. ``addressed``: the recipient is the one asked or charged. A visit's لـ-place
    at the end of the titles is where the visit went ("زيارة الأمير … وزير الدفاع
    للأردن"), not a title's complement."""
    held = _title_holder_end(analysis, actor_rng, ents)
    # a work is no title: "وثمن الدكتور الثويني | جهود صاحب السمو الملكي الأمير"
    held = next(
        (
            k
            for k in range(actor_rng[1], held)
            if actors.work_word(analysis, k) or actors.object_opens(analysis, k, ents)
        ),
        held,
    )
    if (
        visit
        and recipient_rng is not None
        and actor_rng[1] <= recipient_rng[0] < held
        and analysis.tokens[recipient_rng[0]].norm[:1] == "ل"
        and ents.get(recipient_rng[0], (0, 0, ""))[2] in ("GPE", "LOC")
    ):
        held = recipient_rng[0]
        counters["visit_place_after_titles"] += 1
    if generic and held <= actor_rng[1]:
        named = actors.title_name_end(analysis, actor_rng, ents)
        if named > actor_rng[1]:
            # a description, then its holder's name and titles: "ودعا الناشط السياسي
            # محمود البارودي | الحكومة", "وطالب المواطن علي الزهراني | الجهات"
            held = max(named, _title_holder_end(analysis, (actor_rng[0], named), ents))
            counters["description_holder"] += 1
    named_end = _object_after_name(analysis, actor_rng, held, ents, event_type)
    if named_end is not None:
        # "ويتهم دمرتاش الرئيس التركي بالعمل", "طالب عضو اللجنة المركزية لحركة فتح
        # سلطان أبو العينين السلطة الفلسطينية بتوفير": a definite phrase between the
        # name and the act charged or asked is the one charged or asked, not a title
        actor_rng, recipient_rng = (actor_rng[0], named_end), (named_end, held)
        held = named_end
        counters["object_after_name"] += 1
    if held <= actor_rng[1]:
        if recipient_rng is not None and recipient_rng[0] == actor_rng[1]:
            # the object's title and the name after it: "اتهم أورين الرئيس أوباما"
            named = actors.title_name_end(analysis, recipient_rng, ents)
            recipient_rng = recipient_rng[0], max(recipient_rng[1], named)
            if generic and event_type in ("REQUEST", "ACCUSE"):
                asked = actors.object_before_complement(analysis, actor_rng[1], ents)
                if asked is not None and asked[0] == recipient_rng[0]:
                    # the one charged, up to the charge: "الرئيس أوباما بانتهاك"
                    return actor_rng, asked, True
        return actor_rng, recipient_rng, False
    # "طالب رئيس مجلس النواب سليم الجبوري ... رئيس الوزراء": the name and the titles
    # after a title are the same person, not the recipient
    held = actors.name_tail(analysis, (actor_rng[0], held), ents) if generic else held
    actor_rng = (actor_rng[0], held)
    counters["title_holder"] += 1
    if not (
        recipient_rng is not None
        and actor_rng[0] <= recipient_rng[0] < held
        or (recipient_rng is None and generic)
    ):
        return actor_rng, recipient_rng, False
    # (none found yet: the search starts after the name and its titles)
    recipient_rng = actors.recipient_after(analysis, held, ents) if generic else None
    if generic and event_type in ("REQUEST", "ACCUSE"):
        asked = actors.object_before_complement(analysis, held, ents)
        if asked is not None:
            # the one asked or charged before the act: "... د. ناصر الدوسري جميع
            # المستشفيات باتخاذ", whatever the head of its phrase
            return actor_rng, asked, True
    return actor_rng, recipient_rng, False


def _title_holder_end(analysis: Analysis, rng: tuple[int, int], ents: actors.EntityIndex) -> int:
    """The end of the person a title-headed phrase names: the person's name right after
    it ("رئيس مجلس النواب العراقي سليم الجبوري"), and the titles in apposition after a
    name ("الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير
    الدفاع"), up to punctuation, a preposition, a time word or a verb."""
    toks = analysis.tokens
    start, end = rng
    head_is_title = actors._title_head(toks[start].norm) or toks[start].norm in _HONORIFIC_WORDS
    persons = [k for k in range(start, end) if ents.get(k, (0, 0, ""))[2] == "PERSON"]
    person = bool(persons)
    if head_is_title:
        # the name: a person mention right after the title phrase (an honorific such as
        # المهندس may open it)
        j = end + 1 if end < len(toks) and toks[end].norm in actors._TITLES else end
        hit = ents.get(j)
        entity_of = getattr(ents, "entity_of", {})
        # the person the range names, not a place in its title
        own = {entity_of.get(k) for k in persons} - {None}
        if (
            hit is not None
            and hit[0] == j
            and hit[2] == "PERSON"
            # (a party after بـ is another person: "ولي العهد | بالرئيس الأمريكي",
            # "الوزير | بباراك أوباما")
            and not actors.preposition_bi(toks[j].norm)
            and not link._break(analysis, end - 1)
            and not (j > end and link._break(analysis, end))
            # the same person's name, not the next person's title ("... بن نايف وزير
            # الخارجية الأمريكي جون كيري")
            and (not own or entity_of.get(j) in own)
            # nor a name after "a French MP" ("نائب فرنسي معارض | ديفيد كاميرون")
            and not actors._indefinite_title(analysis, start, end, ents)
        ):
            end, person = hit[1], True
        elif not person and (named := actors.title_name_end(analysis, (start, end), ents)) > end:
            # the name after the rest of the title: "مساعد المدير العام للخدمات العلاجية
            # د. ناصر الدوسري"
            end, person = named, True
    if not person:
        return end
    # titles in apposition after the name; a title followed by a new name is the
    # object's ("استقبل الأمير محمد بن نايف وزير الخارجية الأمريكي جون كيري")
    k = segment = end
    while k < len(toks) and k - end < _CHAIN_LIMIT and not link._break(analysis, k - 1):
        norm = toks[k].norm
        if k == end and not (_apposed_title(analysis, k) or norm == "ولي"):
            break
        if actors._title_head(norm) or norm == "ولي" and toks[k - 1].norm != "ولي":
            segment = k
        if (
            norm in ("في", "على", "علي")
            and k - segment <= 3
            and toks[segment].norm.startswith("ال")  # not "وزير الداخلية في قصره"
            and _office_of(analysis, segment)
        ):
            k += 1  # where or over what the office is: "العضو في حزب", "المشرف العام على"
            continue
        if (
            norm in actors.STOP
            or toks[k].core in actors.CORE_STOP
            or norm in lexicon.TIME_NOW
            or norm in actors.MANNER_ADVERBS  # "وزير الخارجية الإماراتي | بأشد العبارات"
        ):
            break
        if norm in actors.SKIP_BEFORE_SUBJECT or actors.verb_like(analysis, k, ents):
            break
        if actors._bare(norm) in actors._SAYING:
            break  # "ملك المملكة المغربية الشقيقة | أعرب خلاله عن"
        if (
            k + 1 < len(toks)
            and toks[k + 1].norm in actors.PRONOUN_PREPOSITIONS
            and not actors._title_head(norm)
        ):
            break  # a verb with its resumptive: "ملك مملكة البحرين | أعرب فيه عن"
        if (
            norm[:1] == "ب"
            and len(norm) > 3
            and norm != "بن"
            # (a name's own letter: "بنيامين نتنياهو", "بشار الأسد")
            and not (ents.get(k, (0, 0, ""))[2] == "PERSON" and ents[k][0] == k)
        ):
            break  # "بجدة", "بالمركز": where, not a title
        if actors.party_after_lam_genitive(toks[k - 1].norm, norm):
            break  # "المرشد العام للجماعة | الشعب المصري": the object
        named = ents.get(k - 1)
        if (
            named is not None
            and named[1] == k
            and toks[named[0]].norm[:1] == "ل"
            and named[0] not in getattr(ents, "own_initial", ())
            and actors.party_after_lam_genitive("لل", norm)
        ):
            break  # "الأمين العام لجامعة الدول العربية | الشعب المصري": so after a name
        if any(t.index == k and t.kind in ("verb", "noun") for t in analysis.triggers):
            break
        if actors.construct_plural(analysis, k, ents) and toks[k - 1].norm.startswith("ال"):
            break  # the object's people: "صالح بن عبد الله القاضي منسوبي الأمانة بـ"
        hit = ents.get(k)
        if hit is not None and hit[2] == "PERSON" and hit[0] == k and not actors._title_head(norm):
            k = segment  # another person: the last title is the object's
            break
        k += 1
    if toks[k - 1].norm in ("في", "على", "علي"):
        k -= 1  # the chain's limit came right after the preposition: no dangling على
    return k if k > end + 1 else end


def _genitive_cut_off(
    analysis: Analysis,
    actor_rng: tuple[int, int],
    recipient_rng: tuple[int, int] | None,
    ents: actors.EntityIndex,
) -> bool:
    """The recipient starts right where the actor ends in an indefinite title or body
    noun, which cannot end a phrase: it is that noun's genitive."""
    if recipient_rng is None or not (
        # right after it, or from the noun itself on ("رئيس مجلس" + "مجلس التنمية")
        actor_rng[1] - 1 <= recipient_rng[0] <= actor_rng[1] < recipient_rng[1]
    ):
        return False
    last = actor_rng[1] - 1
    norm = analysis.tokens[last].norm
    body = actors._key(norm) in actors._BODY_HEADS
    return (
        # a name may start at the noun, or a person's mention run on into his office
        # ("العواجي ... رئيس مجلس إدارة | الشركة السعودية للكهرباء")
        (
            last not in ents
            or ents[last][0] == last
            # (the tagger may run a person's mention on into his last title: "مستشار
            # خادم الحرمين … رئيس | اللجنة الإشرافية")
            or (body or actors._title_head(norm))
            and ents[last][1] == actor_rng[1]
        )
        and (actors._title_head(norm) or body)
        and actors._construct_noun(norm)  # (indefinite: no article)
        and not link._break(analysis, last)
    )


def _in_bi_phrase(analysis: Analysis, k: int, ents: actors.EntityIndex) -> bool:
    """The word at k carries the preposition بـ: "بالعمل", or a name after a بـ that is
    no letter of its own ("بإيران", not "بشار")."""
    norm = analysis.tokens[k].norm
    if norm[:1] != "ب" or len(norm) <= 3:
        return False
    if norm.startswith("بال"):
        return k not in ents or k not in getattr(ents, "own_initial", ())
    return k in ents and ents[k][0] == k and k not in getattr(ents, "own_initial", ())


def _title_like(analysis: Analysis, k: int) -> bool:
    """A title after an honorific: a title head, or a noun that is no particle, verb or
    prepositional phrase ("مفتي"; not "بهذه", "في")."""
    norm = analysis.tokens[k].norm
    if actors._title_head(norm):
        return True
    if norm in actors.STOP or (norm[:1] in "بلك" and len(norm) > 3) or len(norm) < 3:
        return False
    return not analysis.verb_trigger_at(k)


# adjectives of when one holds an office: "الزعيم الجديد لفرع القاعدة"
_TENURE = {"الجديد", "الجديده", "السابق", "السابقه", "الاسبق", "الحالي", "الحاليه", "المقبل"}


def _office_of(analysis: Analysis, k: int) -> bool:
    """The definite title at k says whose office it is with a لـ-genitive, past its
    adjectives: "النائب الثاني لرئيس مجلس الوزراء", "الرئيس التنفيذي للشركة" (one's own
    title in apposition, not the next person's, "الرئيس الفرنسي"); or where or over what
    it is held ("العضو في حزب الجمهوريين", "المشرف العام على شبكة"), or that it was
    held before ("الوزير السابق")."""
    toks = analysis.tokens
    j = k + 1
    if (
        j < len(toks)
        and toks[j].norm in ("السابق", "السابقه", "الاسبق")
        and not link._break(analysis, k)
    ):
        return True
    while (
        j < min(k + 4, len(toks))
        and (
            actors._nisba_adjective(toks[j].norm)
            or toks[j].norm in actors._TITLE_ADJECTIVES
            or toks[j].norm in _TENURE
        )
        and not link._break(analysis, j - 1)
    ):
        j += 1
    if j >= len(toks) or link._break(analysis, j - 1):
        return False
    return toks[j].norm[:1] == "ل" or toks[j].norm in ("في", "على", "علي")


def _apposed_title(analysis: Analysis, k: int) -> bool:
    """The title at k, right after a person's name, is that person's own: an indefinite
    one ("أمير منطقة الرياض"), or a definite one saying whose office it is ("النائب
    الثاني لرئيس مجلس الوزراء"); a bare definite title there opens the next phrase, the
    object ("الملك سلمان بن عبدالعزيز | الرئيس الفرنسي")."""
    norm = analysis.tokens[k].norm
    return actors._title_head(norm) and (not norm.startswith("ال") or _office_of(analysis, k))


def _title_set_off(
    analysis: Analysis, actor: tuple[int, int], recipient: tuple[int, int], ents
) -> bool:
    """The recipient is a title set off by commas right after the actor's name ("محمد
    نور، المتحدث باسم حزب النور، فض"): the name's apposition, not a second party."""
    toks = analysis.tokens
    start, end = recipient
    if start != actor[1] or end >= len(toks) or start == 0:
        return False
    name = ents.get(start - 1)
    if name is None or name[2] != "PERSON" or start in ents and ents[start][2] == "PERSON":
        return False
    before = analysis.text[toks[start - 1].end : toks[start].start]
    after = analysis.text[toks[end - 1].end : toks[end].start]
    return (
        bool(set(before) & {"،", ","})
        and bool(set(after) & {"،", ","})
        and actors._title_head(toks[start].norm)
    )


# superlatives that open a description of the one just named: "أعلى مؤسسة دينية"
_SUPERLATIVES = {"اعلي", "اكبر", "اقدم", "اهم", "ابرز", "اول"}


def _apposition_set_off(
    analysis: Analysis, actor: tuple[int, int], recipient: tuple[int, int], ents
) -> bool:
    """The recipient stands between commas or dashes right after the actor and names or
    describes it: a superlative description ("مجلس المطارنة الموارنة، أعلى مؤسسة دينية
    مسيحية،") or the name of a title's holder ("منسق الشؤون الإنسانية … - روبيرت بايبر
    -"); not a second party."""
    toks = analysis.tokens
    start, end = recipient
    if start != actor[1] or end >= len(toks) or start == 0:
        return False
    before = set(analysis.text[toks[start - 1].end : toks[start].start])
    after = set(analysis.text[toks[end - 1].end : toks[end].start])
    if not (before & actors._SETTING_OFF and after & actors._SETTING_OFF):
        return False
    if toks[start].norm in _SUPERLATIVES:
        return True
    named = ents.get(start)
    return (
        named is not None
        and named[2] == "PERSON"
        and named[0] == start
        and named[1] == end
        and actors._title_head(toks[actor[0]].norm)
        and not any(ents.get(k, (0, 0, ""))[2] == "PERSON" for k in range(*actor))
    )


# the types whose doers "X و Y" are the two sides, split later (meetings, agreements)
_SIDES_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
# indefinite efforts whose name follows in brackets or quotes: "حملة (السكر صديق أم عدو)"
_NAMED_EFFORTS = {"حمله", "مبادره", "برنامج", "مشروع", "جمعيه", "مجموعه", "منظمه", "حركه"}


def _actor_goes_on(
    analysis: Analysis, actor: tuple[int, int], recipient: tuple[int, int], ents
) -> str | None:
    """Why the recipient found right after the actor is the actor's own: a second
    conjunct ("أعوان التلفزة | والإذاعة", "دبلوماسيون عرب | ومصريون", past one
    indefinite adjective), or a definite adjective after a quoted name ("ميليشيات «فجر
    ليبيا» | المسلحة"); None when it is a party of its own."""
    toks = analysis.tokens
    start = recipient[0]
    gap_start = actor[1]
    if (
        start == actor[1] + 1
        and actor[1] not in ents
        and not toks[actor[1] - 1].norm.startswith("ال")
        and not toks[actor[1]].norm.startswith(("ال", "و"))
        and not actors._party_word(toks[actor[1]].norm)
    ):
        gap_start = actor[1] + 1  # "دبلوماسيون عرب | ومصريون": its adjective between
    if start != gap_start or actors._break_between(analysis, actor[1] - 1, start):
        gap = set(analysis.text[toks[start - 1].end : toks[start].start])
        if (
            start == actor[1]
            and recipient[1] == start + 1
            and start not in ents
            and toks[start].norm.startswith("ال")
            and gap & {"»", '"', "”"}
            and gap <= {"»", '"', "”", " "}
            # a feminine nisba or "armed", as a plural of things takes it ("المسلحة"
            # alone is no party; "الحكومة" would be)
            and toks[start].norm.endswith(("يه", "المسلحه"))
        ):
            return "adjective"
        return None
    word = toks[start].norm
    if (
        start == actor[1]
        and recipient[1] == start + 1
        and not actors._break_between(analysis, start - 1, start)
        and not word.startswith(("ال", "و"))
        and word.endswith("ون")
        and toks[start - 1].norm.endswith("ون")
        and not toks[start - 1].norm.startswith("ال")
    ):
        # a nominative adjective of a nominative plural doer: "مشرعون أمريكيون |
        # متشككون" (the object would be in -ين)
        return "adjective"
    if (
        start == actor[1]
        and not actors._break_between(analysis, start - 1, start)
        and (
            (toks[start - 1].norm == "المسجد" and word in actors.MOSQUE_NAMES)
            or (actors._bare(toks[start - 1].norm) in _PARTY_NAME_FIRSTS and word == "تونس")
        )
    ):
        # a name cut in two: "خطيب المسجد | الحرام", "الكتلة النيابية لحركة نداء | تونس"
        return "name"
    if (
        start == actor[1]
        and word[:1] == "و"
        and not word[1:].startswith("ال")
        and word.endswith("ون")
        and actors._party_word(word[1:])
        and not actors._break_between(analysis, start - 1, start)
    ):
        # an indefinite plural joined in the nominative is in the subject, whatever its
        # first conjunct: "ينتقد كوادر | وقياديون في طالبان الحركة"
        return "conjunct"
    if not _people_asking(analysis, actor[0]):
        # "وطالب مجلس النواب ورئيس الجمهورية والحكومة", "كما أدانت القرارات
        # والإجراءات": the phrase after the verb may be its object, the doer its
        # pronoun; only people counted or named by a plural act together for certain
        return None
    if (
        word[:1] == "و"
        and actors._bare(word) != word  # not وسائل، وزارة
        # (a plural in construct, nominative: "سائقو السيارات | ومستخدمو الطريق")
        and (
            word[1:].startswith("ال")
            or word.endswith(("يون", "يين"))
            or _nominative_construct(word)
        )
        and start not in getattr(ents, "own_initial", ())
        and (start not in ents or ents[start][0] == start)
    ):
        return "conjunct"
    return None


# the first word of a Tunisian party's name ("نداء تونس",
# "حراك تونس الإرادة", "آفاق تونس", "مشروع تونس"), which the actor's phrase may cut
_PARTY_NAME_FIRSTS = {"نداء", "حراك", "افاق", "مشروع"}
# people who ask as a body: "أعوان التلفزة والإذاعة", "أهالي المنطقة والمناطق المتاخمة"
_ASKING_PEOPLE = {"اعوان", "اهالي", "الاهالي", "سكان", "عمال", "موظفو", "موظفي", "نشطاء", "ناشطون"}


def _people_asking(analysis: Analysis, start: int) -> bool:
    """The phrase at start is people, counted ("عدد من …", "بعض …") or a plural of
    people, who ask together."""
    toks = analysis.tokens
    head = actors._bare(toks[start].norm)
    counted = (
        start >= 2
        and toks[start - 1].norm == "من"
        and actors._bare(toks[start - 2].norm) in ("عدد", "بعض", "مجموعه")
    )
    return (
        counted
        or head in _ASKING_PEOPLE
        or head.endswith(("ون", "يون"))
        or _nominative_construct(toks[start].norm)
    )


def _nominative_construct(norm: str) -> bool:
    """A sound masculine plural in construct, in the nominative (its ن dropped):
    "سائقو", "ومستخدمو"; people."""
    word = actors._bare(norm)
    return len(word) >= 5 and word.endswith("و") and word[:1] in "مس" and not word.startswith("ال")


def _apposition_end(analysis: Analysis, end: int) -> int:
    """The end of a title in apposition right after a name, up to the next punctuation,
    preposition or verb ("الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه"), which ties
    the name to the title a headline uses ("أمير الرياض يستقبل")."""
    toks = analysis.tokens
    if end >= len(toks) or not _apposed_title(analysis, end):
        return end
    stop = end + 1
    while stop < min(end + 4, len(toks)) and not link._break(analysis, stop - 1):
        t = toks[stop]
        if (
            t.norm in actors.STOP
            or t.core in actors.CORE_STOP
            or t.norm in actors.SKIP_BEFORE_SUBJECT
        ):
            break
        if t.norm[:1] in "بل" and len(t.norm) > 3 and t.norm != "بن":
            break  # a prepositional phrase: "بالإمارة"
        if any(tr.index == stop and tr.kind == "verb" for tr in analysis.triggers):
            break
        stop += 1
    return stop


def _short_name(analysis: Analysis, i: int, tails: set[tuple[str, str]]) -> bool:
    """The trigger and the word after it are the last two words of an organisation the
    document names in full ("«التعاون الإسلامي» تدين" next to "منظمة التعاون
    الإسلامي"; "دول التعاون الخليجي" next to "مجلس التعاون الخليجي"): a short name,
    which the NER may miss, not an event. Two words, so that "التعاون" alone in a
    document about مجلس التعاون stays an event."""
    toks = analysis.tokens
    if not tails or i + 1 >= len(toks):
        return False
    gap = analysis.text[toks[i].end : toks[i + 1].start]
    if any(c in ".,،:;؛!?؟()" for c in gap):
        return False
    return (actors._bare(toks[i].norm), toks[i + 1].norm) in tails


def _a_time(doc: Document, sent: Sentence, analysis: Analysis, rng: tuple[int, int] | None) -> bool:
    """The phrase starts inside a time expression of the values stage, unless the people
    it counts come after the time ends (the hour read into a count: "مساء السبت، ستة
    | أشخاص")."""
    if rng is None or not doc.times:
        return False
    toks = analysis.tokens
    start = sent.start + toks[rng[0]].start

    def counted_past(end: int) -> bool:
        k = next((k for k in range(rng[0], rng[1]) if sent.start + toks[k].start >= end), None)
        return k is not None and k == rng[0] + 1 and actors._party_word(toks[k].norm)

    return any(t.start <= start < t.end and not counted_past(t.end) for t in doc.times)


def _head_word(analysis: Analysis, k: int) -> str:
    """A token without its conjunction, preposition and article: "والمجلس" -> "مجلس"."""
    w = actors._bare(analysis.tokens[k].norm)
    for clitic in ("بال", "لل", "ال"):
        if w.startswith(clitic) and len(w) - len(clitic) >= 3:
            return w[len(clitic) :]
    return w


def _primary(trigs: list[Trigger], analysis: Analysis) -> Trigger:
    """The trigger that carries the event: a verb, else a doer noun, else a masdar.

    A doer word right after an event noun is an adjective ("هجوم مسلح", "تفجير
    انتحاري") and ranks as that noun."""
    nouns = {t.index for t in analysis.triggers if t.kind == "noun"}

    def rank(t: Trigger) -> tuple[int, int]:
        kind = "noun" if t.kind == "agent" and t.index - 1 in nouns else t.kind
        if kind == "verb" and t.type not in lexicon.MODELLED_TYPES:
            tok = analysis.tokens[t.index]
            if _masdar(tok.norm, analysis.text[tok.start : tok.end]):
                kind = "noun"  # "هذا اللقاء ... زار": the verb carries the event
        return _KIND_ORDER.get(kind, 9) + (0.5 if kind != t.kind else 0), t.index

    return min(trigs, key=rank)


class DocumentMentions:
    """The (entity, mention) pairs of one document, in entity order, with an index by
    start built once per document, so the mentions of a sentence are found without a
    scan per sentence."""

    __slots__ = ("pairs", "_order", "_starts", "name_tails", "_doc", "_cues")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._cues: tuple[str, ...] | None = None
        self.pairs = [(ent, m) for ent in doc.entities for m in ent.mentions]
        self._order = sorted(range(len(self.pairs)), key=lambda n: self.pairs[n][1].start)
        self._starts = [self.pairs[n][1].start for n in self._order]
        # the last two words of organisation names of three words or more: the short
        # name the document also uses ("منظمة التعاون الإسلامي" -> "التعاون الإسلامي")
        self.name_tails: set[tuple[str, str]] = set()
        for ent, m in self.pairs:
            if ent.type != "ORG":
                continue
            words = [w for _s, _e, w in tokenize(m.text)]
            if len(words) >= 3:
                self.name_tails.add((words[-2], words[-1]))

    def __iter__(self):
        return iter(self.pairs)

    @property
    def cues(self) -> tuple[str, ...]:
        """The article-level features of the generic check, read on first use."""
        if self._cues is None:
            doc = self._doc
            sentences = len(doc.sentences) or len(EventsStage._sentences(doc))
            self._cues = document_cues(document_words(doc.text), sentences)
        return self._cues

    def __len__(self) -> int:
        return len(self.pairs)

    def in_sentence(self, sent: Sentence) -> list:
        """The pairs whose mention starts in the sentence, in entity order."""
        lo = bisect_left(self._starts, sent.start)
        hi = bisect_left(self._starts, sent.end)
        return [self.pairs[n] for n in sorted(self._order[lo:hi])]


@dataclass(frozen=True)
class _Site:
    """Where one event is being built: its sentence, type, trigger and the names there."""

    doc: Document
    sent: Sentence
    analysis: Analysis
    mentions: DocumentMentions
    event_type: str
    trig: Trigger
    ents: actors.EntityIndex
    generic: bool


def _sides_and_names(
    analysis: Analysis,
    trig: Trigger,
    role_trig: Trigger,
    event_type: str,
    ents: actors.EntityIndex,
    counters: Counter,
    roles: tuple[tuple[int, int] | None, tuple[int, int] | None],
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(actor, recipient) of a generic event, reshaped where the phrases read so far cut
    a side or a name: a dual's counterpart before it, a campaign's bracketed name, the
    chair of a meeting by his chairing's pronoun, the plural honorific and its titles."""
    actor_rng, recipient_rng = roles
    if (
        role_trig.kind == "verb"
        and event_type in _SIDES_TYPES
        and actor_rng is not None
        and actor_rng[1] < trig.index
        and (recipient_rng is None or recipient_rng[0] > trig.index)
        and actors._bare(analysis.tokens[actor_rng[1]].norm).startswith("نظير")
        and not link._break(analysis, actor_rng[1] - 1)
    ):
        # a dual's two sides, the second the first one's counterpart, did it together:
        # "باراك أوباما ونظيره التركي رجب طيب أردوغان إتفقا" (as the readers take it)
        actor_rng = (actor_rng[0], trig.index)
        counters["counterpart_before_dual"] += 1
    if (
        actor_rng is not None
        and actors._bare(analysis.tokens[actor_rng[1] - 1].norm) in _NAMED_EFFORTS
        and (named := actors._quoted_name_end(analysis, actor_rng[1], brackets=True)) > 0
        and (recipient_rng is None or recipient_rng[0] >= named or recipient_rng[1] <= actor_rng[0])
    ):
        # a campaign and its name in brackets or quotes: "ودعت حملة (السكر صديق أم عدو)"
        if recipient_rng is not None and actor_rng[1] <= recipient_rng[0] < named:
            recipient_rng = None
        actor_rng = (actor_rng[0], named)
        counters["effort_named_after"] += 1
    if role_trig.kind == "noun" and event_type == "CONSULT":
        chair = actors.meeting_chair(analysis, trig.index, ents)
        if chair is not None:
            # "خلال ترؤسه اجتماع مجلس الخدمات": the chair meets the body named after
            if (
                actor_rng is not None
                and actor_rng[0] > trig.index
                and (recipient_rng is None or recipient_rng[0] > actor_rng[0])
            ):
                recipient_rng = actor_rng  # the genitive read as the doer
            actor_rng = chair
            counters["meeting_chair"] += 1
    if (
        actor_rng is not None
        and recipient_rng is not None
        and recipient_rng[0] == actor_rng[1]
        # (the plural honorific: a singular one heads its holder's own phrase, and
        # "خادم الحرمين الشريفين" is the King, the one after him his guest)
        and analysis.tokens[actor_rng[0]].norm == "اصحاب"
        and all(analysis.tokens[k].norm in _HONORIFIC_WORDS for k in range(*actor_rng))
        and not link._break(analysis, actor_rng[1] - 1)
    ):
        # the honorific alone, then the titles it honours: "اجتمع أصحاب السمو
        # والمعالي | وزراء خارجية دول مجلس التعاون"
        actor_rng = (actor_rng[0], recipient_rng[1])
        recipient_rng = actors.recipient_after(analysis, actor_rng[1], ents)
        partner = next(
            (
                k
                for k in range(actor_rng[1], min(len(analysis.tokens), actor_rng[1] + 20))
                if analysis.tokens[k].norm == "مع" or link._break(analysis, k)
            ),
            None,
        )
        if (
            event_type in _SIDES_TYPES
            and partner is not None
            and analysis.tokens[partner].norm == "مع"
        ):
            # the other ministers they met with are joined to them; the side met
            # follows مع: "… والأمين العام لمجلس التعاون مع وزير خارجية الولايات"
            actor_rng = (actor_rng[0], partner)
            recipient_rng = actors.recipient_after(analysis, partner, ents)
        counters["honorific_then_titles"] += 1
    return actor_rng, recipient_rng


class EventsStage:
    name = "events"

    def __init__(
        self,
        *,
        generic: bool = True,
        min_confidence: float = 0.0,
        link: bool = True,
        generic_check: bool = True,
    ) -> None:
        self.generic = generic
        # the learned check of the generic events (off: the rules alone decide)
        self.generic_check = generic_check and generic_model() is not None
        self.link = link
        # the continuations found in the last document (for benchmarks and debugging)
        self.links: list = []
        self.min_confidence = min_confidence
        self.counters: Counter = Counter()
        self._sentence_ents: actors.EntityIndex | None = None
        # events named by a demonstrative and a definite noun (هذا اللقاء), per document
        self._anaphoric: list[Event] = []
        salience_model()  # load once, before the first document
        if generic:
            cameo._dictionary()
        actors.actor_lexicon()

    # -- helpers ---------------------------------------------------------------
    @staticmethod
    def _sentences(doc: Document) -> list[Sentence]:
        if doc.sentences:
            return doc.sentences
        out, start = [], 0
        for m in _SENTENCE_END.finditer(doc.text):
            if doc.text[start : m.end()].strip():
                out.append(
                    Sentence(
                        start=start, end=m.end(), text=doc.text[start : m.end()], index=len(out)
                    )
                )
            start = m.end()
        if doc.text[start:].strip():
            out.append(
                Sentence(start=start, end=len(doc.text), text=doc.text[start:], index=len(out))
            )
        return out

    def _ref(
        self,
        doc: Document,
        sent: Sentence,
        analysis: Analysis,
        rng: tuple[int, int] | None,
        mentions: DocumentMentions,
    ) -> Ref | None:
        if rng is None:
            return None
        a, b = rng
        while b - 1 > a and analysis.tokens[b - 1].norm in _TRAILING_PARTICLES:
            b -= 1  # no party ends in a preposition: "الحكومة في | بيان أصدره"
        start = sent.start + analysis.tokens[a].start
        end = sent.start + analysis.tokens[b - 1].end
        inner = doc.text[start:end]
        for opening, closing in _MARK_PAIRS:
            # a name in quotes or brackets ends with its mark: "حركة «حماس»"
            unbalanced = (
                inner.count(opening) % 2
                if opening == closing
                else inner.count(opening) > inner.count(closing)
            )
            if unbalanced and doc.text[end : end + 1] == closing:
                end += 1
                break
        ref = Ref(span=doc.span(start, end))
        person = False
        ents = self._sentence_ents
        titled = actors.title_after_bi(analysis.tokens[a].norm)
        chosen = None
        for ent, m in mentions:
            if m.start < start and ents is not None and a not in ents:
                continue  # past the end of a mention cut short (_entity_index)
            if m.start <= start < m.end or start <= m.start < end:
                if chosen is None:
                    chosen = first = ent
                    first_start = m.start
                if not titled or ent.type == "PERSON":
                    chosen = ent
                    break
                # (a title phrase names the person after it, not a place or body in its
                # genitive: "مصور قناة القدس عبدالكريم درويش")
        if _preposition_clitic(
            doc.text[start:end],
            None if chosen is None else first_start - start,
            _people_after_bi(analysis, a),  # "بأعضاء الحكومة", "لمديري الإدارات"
        ):
            # the party, not its preposition: "بالرئيس التركي" -> الرئيس التركي, "لإيران"
            # -> إيران (a preposition fused with the article, "للشعب", keeps no article
            # of its own to start at)
            ref.span = doc.span(start + 1, end)
        head = analysis.tokens[a].norm
        if (
            ref.span.start == start
            and head[:1] == "و"
            and doc.text[start : start + 1] == "و"
            # و + the article, or و + a title ("ونظيره"); not a word's own و (وكالات)
            and (
                (head.startswith("وال") and not head.startswith(("والد", "والي")))
                or (
                    head not in actors._WAW_NOUNS
                    and (actors._title_head(head[1:]) or head[1:].startswith("نظير"))
                )
            )
        ):
            # the party, not the conjunction before it: "ونظيره التركي" -> نظيره التركي
            ref.span = doc.span(start + 1, end)
        if chosen is not None:
            # (the country and sector stay those of the phrase's first mention: "أمير
            # منطقة نجران، جلوي بن عبدالعزيز" is SAU, which the person may not carry)
            ref.entity = chosen.id
            ref.country = first.country
            ref.sector = first.sector
            person = first.type == "PERSON"
        if ref.country is None or ref.sector is None:
            norms = [t.norm for t in analysis.tokens[a:b]]
            hit = actors.lookup(norms, min_words=2 if person else 1)
            if hit:
                ref.country = ref.country or hit[0]
                ref.sector = ref.sector or hit[1]
        if ref.country is None and not person:
            # a nationality adjective names the state of the party: "الجيش الأمريكي"
            for t in analysis.tokens[a + 1 : b]:
                if t.norm.startswith("ال") and (code := demonym_country(t.norm)):
                    ref.country = code
                    break
        return ref

    def _entity_index(
        self, sent: Sentence, analysis: Analysis, mentions: DocumentMentions
    ) -> actors.EntityIndex:
        """Token index -> (first token, end token, type) of the mentions in the sentence."""
        index = actors.EntityIndex()
        if not mentions:
            return index
        toks = analysis.tokens
        # tokens are sorted and disjoint: those overlapping a mention are one run,
        # from the first that ends after its start to the last that starts before its end
        ends = [sent.start + t.end for t in toks]
        starts = [sent.start + t.start for t in toks]
        for ent, m in mentions.in_sentence(sent):
            a = bisect_right(ends, m.start)
            b = bisect_left(starts, m.end)
            if a >= b:
                continue  # over no token of this tokenizer (marks, Latin letters)
            # a mention the tagger ran on into the next phrase ends where that starts
            b = actors.name_runs_on(analysis, a, b, ent.type)
            outer = index.get(a)
            if (
                outer is not None
                and outer[0] < a
                and b == outer[1]
                and (outer[2], ent.type) == ("PERSON", "ORG")
            ):
                # a body named at the end of a title's mention ("الأمين العام لهيئة
                # الإغاثة الإسلامية"): the title keeps its tokens, so the name after it
                # is its holder's
                continue
            if a < b:
                for j in range(a, b):
                    index[j] = (a, b, ent.type)
                    index.entity_of[j] = ent.id
                if m.start == starts[a]:
                    index.own_initial.add(a)
        return index

    def _location(
        self,
        doc: Document,
        sent: Sentence,
        analysis: Analysis,
        trigger_start: int,
        mentions: DocumentMentions,
    ) -> Ref | None:
        places = [(ent, m) for ent, m in mentions.in_sentence(sent) if ent.type in ("LOC", "GPE")]
        if not places:
            # no place entities: a country name after "في" from the actor dictionary
            toks = analysis.tokens
            for j in range(1, len(toks)):
                if toks[j - 1].norm != "في" or sent.start + toks[j].start < trigger_start:
                    continue
                hit = actors.actor_word(toks[j].norm)
                if hit and hit[0] and not hit[1]:
                    start = sent.start + toks[j].start
                    return Ref(span=doc.span(start, sent.start + toks[j].end), country=hit[0])
            return None
        after = [p for p in places if p[1].start >= trigger_start]
        ent, m = min(after or places, key=lambda p: abs(p[1].start - trigger_start))
        return Ref(
            entity=ent.id, span=Span(start=m.start, end=m.end, text=m.text), country=ent.country
        )

    @staticmethod
    def _date(doc: Document, sent: Sentence, trigger_start: int) -> EventDate | None:
        times = [
            t
            for t in doc.times
            if sent.start <= t.start < sent.end and t.kind in ("point", "interval")
        ]
        if times:
            t = min(times, key=lambda t: abs(t.start - trigger_start))
            value = t.value or (t.interval or {}).get("from")
            return EventDate(time=t.id or None, value=value, date_source="text")
        if doc.published:
            return EventDate(value=doc.published[:10], date_source="published")
        return None

    @staticmethod
    def _attribution(doc: Document, start: int):
        q = link._quote_at(doc, start)
        if q is None:
            return None
        return list(q.attribution) if q.attribution else (q.id or None)

    def _finders(self, mentions: DocumentMentions) -> link.Finders:
        return link.Finders(
            place=lambda d, s, a, o: self._location(d, s, a, o, mentions),
            date=self._date,
            attribution=self._attribution,
            country_of=country_of_name,
        )

    # -- main --------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        self.links = []
        self._anaphoric: list[Event] = []
        if not doc.text:
            return doc
        # the party type of named actors (GOV, MIL, IGO …) before roles copy it
        self.counters["entity_sectors"] += sectors.fill_sectors(doc)
        mentions = DocumentMentions(doc)
        events: list[Event] = []
        sentences = self._sentences(doc)
        analyses: dict[int, Analysis] = {}
        names: dict[int, set[int]] = {}
        for sent in sentences:
            analysis = analyses[sent.index] = analyse(sent.text)
            self._sentence_ents = None  # built on the first event of the sentence
            if not analysis.triggers and not self.generic:
                continue
            by_type: dict[str, list[Trigger]] = {}
            for t in analysis.triggers:
                by_type.setdefault(t.type, []).append(t)
            for event_type, trigs in by_type.items():
                main, continued, why = _split_clauses(analysis, event_type, trigs)
                event = self._event(doc, sent, analysis, event_type, main, mentions)
                if event is not None:
                    events.append(event)
                if continued:
                    # "زار X موسكو، حيث التقى Y": X goes on as the subject of التقى
                    subject = None
                    if self._sentence_ents is not None:
                        prim = _primary(main, analysis)
                        subject, _ = actors.find_roles(
                            analysis, prim, self._sentence_ents, generic=True
                        )
                        if why in ("clause", "where") and _own_subject(
                            analysis, _primary(continued, analysis), self._sentence_ents
                        ):
                            subject = None  # "، كما طالب الأمين العام نبيل العربي"
                    follow = self._event(
                        doc, sent, analysis, event_type, continued, mentions, subject=subject
                    )
                    if follow is not None and (
                        why != "clause"
                        or (event is not None and (follow.actor is not None or _held(follow)))
                    ):
                        # a second act in a clause of its own counts when the first act is
                        # an event and the second's doer is known, or for an arrest told in
                        # the passive, the one held ("، كما اعتقلت الفتاة")
                        self.counters[f"second_event:{why}"] += 1
                        events.append(follow)
            if self.generic:
                seen = set(by_type)
                trigger_tokens = {t.index for t in analysis.triggers}
                if self._sentence_ents is None:
                    self._sentence_ents = self._entity_index(sent, analysis, mentions)
                for hit in cameo.code_sentence(analysis, self._sentence_ents):
                    if (
                        hit.type in seen
                        or hit.type in lexicon.MODELLED_TYPES
                        or hit.index in trigger_tokens
                    ):
                        continue
                    seen.add(hit.type)
                    trig = Trigger(
                        hit.index, [], hit.type, "verb", hit.mode, analysis.tokens[hit.index].core
                    )
                    event = self._event(
                        doc, sent, analysis, hit.type, [trig], mentions, cameo_hit=hit
                    )
                    if event is not None:
                        events.append(event)
            if self._sentence_ents is not None:
                names[sent.index] = set(self._sentence_ents)
        if self.link:
            # "هذا اللقاء", "ذلك الهجوم": the event told a few sentences before; its
            # sentence adds to that event and is no new event
            events = link.merge_anaphora(
                doc,
                sentences,
                analyses,
                events,
                self._anaphoric,
                self._finders(mentions),
                self.counters,
            )
            # later sentences that name an event by its noun give its date, place, source
            for sent in sentences:
                if sent.index not in names:
                    names[sent.index] = set(
                        self._entity_index(sent, analyses[sent.index], mentions)
                    )
            self.links = link.link_continuations(
                doc,
                sentences,
                analyses,
                names,
                events,
                self._finders(mentions),
                self.counters,
                merged := [],
            )
            if merged:
                # the later noun's own event of the same type is that event told again
                gone = {id(ev) for ev in merged}
                events = [ev for ev in events if id(ev) not in gone]
            # the headline's event is the lead's event announced: one event, two spans
            events = link.merge_headline(doc, events, self.counters)
            # "وأضاف أنه طالب", "تزويده بالسلاح", "جنوده": the party a pronoun stands for
            link.resolve_pronouns(doc, sentences, analyses, events, self.counters)
        for ev, _sent, analysis, i in link._at_triggers(events, sentences, analyses):
            if _doerless_present(analysis, i, ev):
                # "البعض لا يكتفي بذلك بل يطلب المزيد", "ويطلب من المستخدمين إبقاء":
                # a present with no doer anywhere is a habit or a rule, not an act told
                # (13 of 15 such events read wrong in four samples; headlines excepted)
                ev.salience = "background"
                self.counters["doerless_present"] += 1
        for n, ev in enumerate(events, 1):
            ev.id = f"ev{n}"
            self.counters[
                f"{ev.type}:{ev.salience if ev.polarity == 'asserted' and ev.modality == 'actual' else 'other'}"
            ] += 1
        self.counters["events"] += len(events)
        doc.events = events
        return doc

    def _event(
        self, doc, sent, analysis, event_type, trigs, mentions, cameo_hit=None, subject=None
    ) -> Event | None:
        trig = _primary(trigs, analysis)
        if event_type == "SUPPORT" and senses.material_support(analysis, trig.index):
            event_type = "AID"  # "دعم مالي", "تدعم رواتب المعلمين": material aid
            self.counters["support_as_aid"] += 1
        if event_type == "SANCTION" and senses.deports_people(analysis, trig.index):
            # people expelled from a country: PLOVER's deportation, with the roles of an
            # arrest (the one expelled is the recipient)
            event_type = "COERCE"
            trig = Trigger(trig.index, trig.families, event_type, trig.kind, "deport", trig.core)
            self.counters["expulsion_as_deportation"] += 1
        cues = cue_flags(analysis, trig)
        polarity, modality, salience = status_from_cues(cues, event_type)
        scored = (
            salience_score(analysis, event_type) if event_type in lexicon.MODELLED_TYPES else None
        )
        if scored is not None:
            p, threshold = scored
            if p < threshold * _LOW:
                return None
            confidence = p
            # negation, future, condition and demand always win; the model decides
            # whether the sentence reports the event or mentions it in passing
            salience = "reported" if p >= threshold else "background"
        else:
            confidence = 0.3 if cameo_hit is not None else 0.5
            if trig.kind == "victim" or (
                trig.kind == "agent" and event_type not in lexicon.MODELLED_TYPES
            ):
                return None
        if confidence < self.min_confidence:
            return None
        if event_type == "CONCEDE" and _market_move(analysis, trig):
            return None
        tok = analysis.tokens[trig.index]
        start = sent.start + tok.start
        ents = self._sentence_ents
        if ents is None:
            ents = self._sentence_ents = self._entity_index(sent, analysis, mentions)
        generic = event_type not in lexicon.MODELLED_TYPES
        if generic and trig.index in ents:
            return None  # part of a name: "منظمة التعاون الإسلامي", "مجلس التعاون"
        if generic and _short_name(analysis, trig.index, mentions.name_tails):
            # «التعاون الإسلامي» where the document names منظمة التعاون الإسلامي
            self.counters["other_sense:short_name"] += 1
            return None
        surface = analysis.text[tok.start : tok.end]
        concluded = (
            _concluding_verb(analysis, trig.index)
            if event_type == "AGREE" and tok.core.startswith(_AGREEMENT_STEMS)
            else None
        )
        if generic:
            sense = senses.other_sense(analysis, trig, event_type, ents)
            if sense is not None:
                self.counters["other_sense:" + sense] += 1
                return None
            # a concluded agreement has its verb's status: "أنه توصل لاتفاق" is no purpose
            pol, mod, bg = senses.clause_status(
                analysis,
                trig
                if concluded is None
                else Trigger(concluded, trig.families, trig.type, "verb", trig.mode, trig.core),
            )
            if (
                concluded is not None
                and _bare_verb(analysis.tokens[concluded].norm).lstrip("س") in _WILL_CONCLUDE
                and not senses.headline(analysis)
            ):
                # "سيوقع مذكرة", "يوقع الطرفان اتفاقا": announced (a headline's
                # imperfect is its present: "السودان وإثيوبيا يوقعان اتفاقا")
                mod = mod or "future"
            polarity = pol or polarity
            if mod == "actual":
                if modality == "demanded":
                    modality = mod  # a finite verb of its own after a demand's clause
            elif mod is not None and modality == "actual":
                modality = mod
            if bg:
                salience = "background"
        site = _Site(doc, sent, analysis, mentions, event_type, trig, ents, generic)
        role_trig, anaphoric, actor_rng, recipient_rng, addressed = self._clause_roles(
            site, surface, concluded, subject
        )
        actor_rng, recipient_rng, addressed, modality = self._settled_roles(
            site,
            trigs,
            role_trig,
            anaphoric,
            (actor_rng, recipient_rng),
            addressed,
            subject,
            modality,
        )
        if generic:
            judged = self._generic_salience(
                site,
                role_trig,
                (actor_rng, recipient_rng),
                concluded,
                anaphoric,
                cameo_hit,
                (polarity, modality, salience),
                confidence,
            )
            if judged is None:
                return None
            actor_rng, salience, confidence = judged
        mode = cameo_hit.mode if cameo_hit else trig.mode
        if mode is None and event_type in ("REQUEST", "REJECT"):
            mode = request_mode(analysis, trig.index)
        context = [cameo_hit.context] if cameo_hit and cameo_hit.context else []
        if event_type in ("REQUEST", "REJECT"):
            # the context of what is asked for or refused, when its words say it
            context += [c for c in asked_contexts(analysis, trig.index) if c not in context]
        if not context:
            context = contexts(analysis)
        actor_rng, recipient_rng, place = self._recipient_party(
            site, mode, (actor_rng, recipient_rng), addressed, concluded
        )
        if generic and event_type == "REQUEST" and actors.asked_by_pronoun(analysis, trig.index):
            # "طلب منهم المدير المغادرة": the pronoun is the one asked; after the doer
            # comes the act asked for, no party
            actor_rng = actors.without_asked_act(analysis, trig.index, actor_rng)
            if recipient_rng is not None and recipient_rng[0] > trig.index:
                recipient_rng = None
                self.counters["recipient_asked_pronoun"] += 1
        if (
            generic
            and recipient_rng is None
            and (
                event_type in actors.PRONOUN_OBJECT_TYPES
                or event_type in _PARTY_OBJECT_TYPES
                and actors.object_pronoun_verb(analysis, trig.index)
            )
        ):
            # "وتم القبض عليه", "وطالبهم بـ": the party the object pronoun stands for;
            # on the verb of a type whose object is a party ("التقى المصابين وهنأهم",
            # "سخرت من كينيا وهددتها"; not an agreement's or a rejection's, mostly a
            # thing, nor تعهده, his pledge)
            agreement = actors.object_pronoun_of(analysis, trig.index, event_type)
            if agreement is not None:
                recipient_rng = actors.pronoun_antecedent(
                    analysis,
                    trig.index,
                    agreement,
                    ents,
                    actor_rng,
                    states=event_type not in ("COERCE", "CONCEDE"),
                )
                self.counters["recipient_pronoun_antecedent"] += recipient_rng is not None
        if generic:
            # last, as the rules above read the heads the searches found
            actor_rng = actors.with_quantifier(analysis, actor_rng, role_trig.index)
            recipient_rng = actors.with_quantifier(analysis, recipient_rng, role_trig.index)
        event = Event(
            type=event_type,
            mode=mode,
            context=context,
            trigger=doc.span(start, sent.start + tok.end),
            actor=self._ref(doc, sent, analysis, actor_rng, mentions),
            recipient=self._ref(doc, sent, analysis, recipient_rng, mentions),
            location=self._location(doc, sent, analysis, start, mentions) or place,
            date=self._date(doc, sent, start),
            sentence=sent.index,
            polarity=polarity,
            modality=modality,
            salience=salience,
            attribution=self._attribution(doc, start),
            confidence=round(confidence, 3),
        )
        if anaphoric:
            self._anaphoric.append(event)
        return event

    def _clause_roles(self, site: _Site, surface: str, concluded: int | None, subject):
        """The actor and recipient the clause gives, and whether the recipient is one
        asked, accused or met (a party whatever the head of its phrase)."""
        analysis, trig, ents = site.analysis, site.trig, site.ents
        event_type, generic = site.event_type, site.generic
        tok = analysis.tokens[trig.index]
        role_trig = trig
        addressed = False  # the recipient is the one asked or accused, whatever its head
        charged = False  # a passive charge or arrest: the roles are settled
        if (
            generic
            and trig.kind == "verb"
            and (
                _masdar(tok.norm, surface)
                or actors.stance_masdar(analysis, trig.index)
                or (
                    # "بناء على طلب من تركيا": a request after a preposition is a noun,
                    # and the party after من is who made it
                    event_type == "REQUEST"
                    and 0 < trig.index < len(analysis.tokens) - 1
                    and analysis.tokens[trig.index - 1].norm in _NOUN_PREPOSITIONS
                    and analysis.tokens[trig.index + 1].norm == "من"
                    # "بعد طلبه من الشؤون": his request, made to the one after من
                    and not actors._pronoun_suffix(analysis, trig.index)
                )
                # "بعد رفض الحكومة المشاركة", "بسبب رفض السفارة": no verb follows these,
                # and the party in the genitive is the doer
                or _masdar_of_party(analysis, trig.index, ents)
            )
        ):
            # "اللقاء", "المحادثات" in a family that mixes verbs and nouns: the noun takes
            # its doer from a support verb or an idafa, not from the words after it
            role_trig = Trigger(trig.index, trig.families, trig.type, "noun", trig.mode, trig.core)
        answered = (
            actors.request_answered(analysis, trig.index, ents)
            if generic and event_type == "REQUEST" and role_trig.kind == "verb"
            else None
        )
        if answered is not None:
            # "رفضت المحكمة طلب المحامين": the object of a verb of answering is the
            # masdar, whose genitive asked; the one answering was asked
            role_trig = Trigger(trig.index, trig.families, trig.type, "noun", trig.mode, trig.core)
            self.counters["request_answered"] += 1
        anaphoric = link.anaphoric(analysis, trig.index)
        if concluded is not None:
            # an agreement signed or reached: the doers are the concluding verb's
            role_trig = Trigger(concluded, trig.families, trig.type, "verb", trig.mode, trig.core)
            self.counters["agreement_concluded"] += 1
        actor_rng, recipient_rng = actors.find_roles(analysis, role_trig, ents, generic=generic)
        if generic:
            actor_rng, recipient_rng = _words_around_parties(
                analysis, trig, event_type, ents, self.counters, (actor_rng, recipient_rng)
            )
        if (
            generic
            and role_trig.kind == "verb"
            # (after a charge verb the بـ-phrase is the charge, read further on)
            and event_type in ("AGREE", "REQUEST", "SUPPORT", "REJECT")
            and actor_rng is not None
            and actor_rng[0] == trig.index + 1
            and actor_rng[0] not in ents
            and actors.bi_phrase_start(analysis.tokens[actor_rng[0]].norm)
        ):
            # a verb's subject takes no preposition: "وتعهد بقيادة المعركة" is the act
            # pledged, the doer the verb's pronoun
            actor_rng = None
            self.counters["subject_after_bi"] += 1
        if generic and role_trig.kind == "verb" and actor_rng is not None and recipient_rng is None:
            tail = actors.name_tail(analysis, actor_rng, ents)
            if tail > actor_rng[1]:
                # "التقى ... خالد محفوظ بحاح، اليوم في مقر الحكومة، وزير الدولة": the
                # name's last word the tagger left out, then the object past the frame
                actor_rng = actor_rng[0], tail
                recipient_rng = actors.recipient_after(analysis, tail, ents)
                self.counters["name_tail"] += 1
        if answered is not None:
            recipient_rng = answered
        if (
            role_trig.kind == "verb"
            and (actor_rng is None or actor_rng[1] <= trig.index)
            and (chain := link.relative_chain_subject(analysis, trig.index, ents)) is not None
            and (actor_rng is None or actor_rng[0] > chain[1])
        ):
            # "قواتها الأمنية التي طاردت الشيخ ... ومن ثم اعتقلته": the relative clause
            # goes on, and its subject with it; a phrase found inside the clause was an
            # object of its verbs, the one the object pronoun stands for
            if actor_rng is not None and link.object_pronoun(analysis, trig.index):
                recipient_rng = actor_rng
            actor_rng = chain[0]
            self.counters["relative_chain_subject"] += 1
        if (
            generic
            and role_trig.kind == "verb"
            and actor_rng is not None
            and actor_rng[0] > trig.index
            and (recipient_rng is None or recipient_rng[0] > actor_rng[0])
            and _passive_done(analysis, trig.index)
        ):
            # "وتم طلب رئيس الجمعية بتمكين ...": a masdar after تم, which the verb's form
            # hides; its genitive is the one acted on, the doer is left unnamed
            recipient_rng, actor_rng = actor_rng, None
            self.counters["done_masdar_object"] += 1
        if (
            actor_rng == (trig.index + 1, trig.index + 2)
            # both in the accusative: "اجتماعا ثلاثيا", "لقاء موسعا" (not "ودعا سموه")
            and len(analysis.tokens[trig.index].norm.lstrip("وف")) >= 6
            and analysis.tokens[trig.index].norm.endswith("ا")
            and analysis.tokens[trig.index + 1].norm.endswith("ا")
            and actors._indefinite_adjective_at(analysis, trig.index + 1)
            and actors.recipient_kind(analysis, actor_rng, ents) != "party"
        ):
            # the accusative masdar's own adjective, no party: "عقد اجتماعا | ثلاثيا مع"
            actor_rng = None
            self.counters["masdar_adjective_not_actor"] += 1
        if (
            role_trig.kind == "verb"
            and actor_rng is not None
            and actor_rng[0] > trig.index
            # a phrase after من is no subject the verb must agree with: the giver of
            # support a party got ("وتلقت الإدارة دعما ... من وزير الخارجية")
            and analysis.tokens[actor_rng[0] - 1].norm != "من"
            # a masdar a thing aroused is no verb: "أثارت تصريحاته استنكار المسلمين"
            and actors.aroused_by(analysis, trig.index) is None
            # a masdar after أن or a noun takes its doer in the genitive, whatever the
            # gender: "أن رفض السلطات انتهاك", "في ظل رفض النقابيين"
            and not actors.masdar_position(analysis, trig.index)
            and not link.vso_subject_agrees(analysis, trig.index, actor_rng, ents)
            # the agent of a passive agrees with nothing: "رفضت من قبل أحد المحكمين"
            and not actors.passive_agent_at(analysis, trig.index, actor_rng)
        ):
            # "وناشدت المحلفين": the phrase after the verb is its object; the subject is
            # the verb's pronoun (link.resolve_pronouns looks for it)
            recipient_rng, actor_rng = actor_rng, None
            self.counters["vso_disagrees"] += 1
        if (
            generic
            and role_trig.kind == "verb"
            and event_type == "CONSULT"
            and actor_rng is not None
            and (recipient_rng is None or _titles_holder(analysis, actor_rng, recipient_rng, ents))
            and actors.lone_meeting_object(
                analysis, trig.index, met := _joined(actor_rng, recipient_rng), ents
            )
        ):
            # "حيث التقى رئيس الإقليم لطمأنته": the one met; the subject is the verb's
            # pronoun (link.resolve_pronouns looks for it)
            recipient_rng, actor_rng = met, None
            self.counters["lone_meeting_object"] += 1
        if (
            generic
            and role_trig.kind == "verb"
            and actor_rng is not None
            and actor_rng[0] > trig.index
            and actors.object_after_dropped_subject(
                analysis, trig.index, actor_rng, ents, visit=trig.mode == "visit"
            )
        ):
            # "فقد انتقد تصرفات نوري المالكي": a thing after the verb is its object; the
            # subject is the verb's pronoun (link.resolve_pronouns looks for it)
            if recipient_rng is None or recipient_rng[0] >= actor_rng[1]:
                recipient_rng = actor_rng
            actor_rng = None
            self.counters["thing_after_verb"] += 1
        if (
            generic
            and role_trig.kind == "verb"
            and actor_rng is not None
            and actor_rng[1] <= trig.index
            and (
                actors.arrest_verb(analysis, trig.index)
                or actors.held_without_object(analysis, trig.index)
            )
            and (
                not actors.arrester(analysis, trig.index, actor_rng, ents)
                # a dual or plural perfect with no object: "رئيس الحركة ونائبه قد اعتقلا"
                or actors.plural_held(analysis, trig.index, actor_rng, ents)
            )
            # an active verb has its object after it: "يحتجزون 1700 أب وطفل", "أن التنظيم
            # اعتقل هؤلاء"
            and actors.arrested_after(analysis, trig.index + 1, ents) is None
            and not (
                trig.index + 1 < len(analysis.tokens)
                and analysis.tokens[trig.index + 1].norm in actors.PEOPLE_POINTED_AT
            )
        ):
            # "عشرات المحتجين اعتقلوا أمس": unvowelled, the verb is passive after people
            # who are no force; they were arrested, by someone not named
            recipient_rng, actor_rng = actor_rng, None
            self.counters["arrest_passive"] += 1
        passive_charge = None
        if (
            generic
            and role_trig.kind == "verb"
            and actor_rng is not None
            # "وسبق لماردونا أن اتهم بلاتر بـ": the one who had done it, active
            and actors.had_done_before(analysis, trig.index, ents) != actor_rng
        ):
            if (
                event_type in ("ACCUSE", "COERCE")
                # the phrase before the verb: right before it ("قد" may stand between),
                # or the subject of the clause it is coordinated with ("جنيد كان يخطط
                # لهجوم ... واتهم بجريمة إرهاب")
                and actor_rng[1] <= trig.index
                and actors.passive_by_complement(analysis, trig.index, ents)
            ):
                # "الرجال الخمسة اتهموا من قبل قاضي": who was charged
                passive_charge = "charge_passive"
            elif (
                event_type == "ACCUSE"
                and actors.charged_after_verb(analysis, trig.index, actor_rng, ents)
                # a second phrase read there is the object: "وتتهم الشركة بريجنسكي بإخفاء"
                and (recipient_rng is None or recipient_rng[0] != actor_rng[1])
            ):
                # "واتهمت الصحيفة حينها بنشر معلومات": one phrase, then the charge
                passive_charge = "charge_passive_after"
        if passive_charge is not None:
            # the phrase is who was charged or held, a party; the agent if named
            recipient_rng = actor_rng
            actor_rng = actors._agent_cue(analysis, trig.index, ents, window=4)
            addressed = charged = True
            self.counters[passive_charge] += 1
        if (
            generic
            and role_trig.kind == "verb"
            and event_type == "COERCE"
            and actor_rng is not None
            and actor_rng[0] == trig.index + 1
            and actors.held_person_after(analysis, trig.index, actor_rng, ents)
        ):
            # "واعتقل أودبريشت يونيو الماضي": a person's bare name after an arrest verb,
            # with no one arrested after it, is who was arrested (the verb is passive)
            recipient_rng, actor_rng = actor_rng, None
            addressed = charged = True
            self.counters["held_person"] += 1
        if (
            generic
            and role_trig.kind == "verb"
            and event_type in ("COERCE", "CONCEDE")
            and actor_rng is not None
            and actor_rng[1] <= trig.index
            and actors.seized_pronoun_passive(analysis, trig.index, actor_rng, ents)
        ):
            # "وكان الشابان … قد قُبض عليهما": the unvowelled passive, whose pronoun on
            # على is the phrase before it, who was arrested
            recipient_rng, actor_rng = actor_rng, actors._agent_cue(analysis, trig.index, ents)
            addressed = charged = True
            self.counters["seized_pronoun_passive"] += 1
        if generic and role_trig.kind == "verb" and _vowelled_passive(surface):
            # "واتُّهمت أقصى بأنها": the phrase after a passive is who undergoes it
            if actor_rng is not None and actor_rng[0] > trig.index:
                recipient_rng = actor_rng
            actor_rng = actors._agent_cue(analysis, trig.index, ents)
            self.counters["vowelled_passive"] += 1
        if event_type in ("REQUEST", "ACCUSE") and trig.kind == "verb" and not charged:
            # "طالب البرلمان بدعم الجيش", "تتهم حكومات الفيلق بتسليح جماعات": a party
            # after the act asked for or charged is that act's, not the addressee
            found = recipient_rng
            condemned = (
                actors.condemned_doer(analysis, _after(trig.index, actor_rng), ents)
                if generic
                and event_type == "ACCUSE"
                and role_trig.kind == "verb"
                and actors.condemning(analysis, trig.index)
                else (False, None)
            )
            if condemned[0]:
                # an act condemned (with بـ too: "ندد بالهجوم الإسرائيلي"), or a party
                # after بـ: the clause rules took its doer, a party whatever its head
                addressed = recipient_rng is not None and recipient_rng == condemned[1]
            else:
                recipient_rng = actors.ask_addressee(
                    analysis, trig.index, recipient_rng, ents, charge=event_type == "ACCUSE"
                )
            if generic and role_trig.kind == "verb":
                after = _after(trig.index, actor_rng)
                obj = actors.object_before_complement(analysis, after, ents)
                if found is not None and recipient_rng is None and actor_rng is not None:
                    # then the one asked or accused is before the act, after the doer
                    recipient_rng = obj
                if (
                    obj is not None
                    and recipient_rng is not None
                    and obj[0] < recipient_rng[0] < obj[1]
                    and recipient_rng[1] == obj[1]
                    and actors.quantifiers_only(analysis, obj[0], recipient_rng[0])
                ):
                    # the same phrase with its quantifier: "جميع المستشفيات"
                    recipient_rng = obj
                if recipient_rng is None and event_type == "REQUEST":
                    # "طالب الحلي بأن تبذل الجهات الحكومية جهدها": who is to act
                    recipient_rng = actors.demanded_clause_subject(analysis, after, ents)
                # whoever is asked or accused is a party, whatever the head of its phrase;
                # so is whoever something is asked from ("طلب X من الملحق الثقافي")
                addressed = (
                    addressed
                    or (obj is not None and recipient_rng == obj)
                    or (
                        event_type == "REQUEST"
                        and _asked_after_min(analysis, trig.index, after, recipient_rng, ents)
                    )
                )
        if generic and role_trig.kind == "verb" and concluded is None:
            stance = actors.stance_genitive_roles(analysis, trig.index, ents)
            if stance is not None:
                actor_rng, recipient_rng = stance
                addressed = recipient_rng is not None  # "للتدخل الإيراني": a state's act
                if recipient_rng is None and event_type == "SUPPORT":
                    # "مؤكدا دعم الحكومة الألمانية ووقفها إلى جانب حكومة المملكة"
                    recipient_rng = actors.stood_by(analysis, trig.index, actor_rng, ents)
                self.counters["stance_genitive"] += 1
        if generic and event_type == "SUPPORT" and actors.praise_verb(analysis, trig.index):
            # "وأشاد X بجهود هيئة البحرين": the subject ends at the بـ-phrase, which holds
            # whom the praise is for
            actor_rng, praised = actors.praise_roles(analysis, trig.index, actor_rng, ents)
            if (
                recipient_rng is not None
                and actor_rng is not None
                and actor_rng[0] <= recipient_rng[0] < actor_rng[1]
            ):
                recipient_rng = None  # the subject's own name or title
                self.counters["praise_recipient_in_subject"] += 1
            if praised is not None and (
                recipient_rng is None
                or actors.recipient_kind(analysis, recipient_rng, ents) != "party"
                or recipient_rng[0] < praised[0] <= recipient_rng[1]
                or praised[0] <= recipient_rng[0] < praised[1]
                # an adjective is no party's head: "والنجاحات | الأمنية الاستباقية"
                or (
                    recipient_rng[0] not in ents
                    and actors._nisba_adjective(analysis.tokens[recipient_rng[0]].norm)
                )
            ):
                recipient_rng, addressed = praised, True
                self.counters["praised_party"] += 1
        if generic and event_type == "SUPPORT" and actors.commend_verb(analysis, trig.index):
            # "وثمن الوزير جهود الشرطة": the subject ends where the work commended begins,
            # whose owner is the one commended
            actor_rng, recipient_rng = actors.commend_roles(analysis, trig.index, actor_rng, ents)
            addressed = recipient_rng is not None
            self.counters["commended"] += 1
        if (
            generic
            and event_type in ("ACCUSE", "REJECT")
            and role_trig.kind == "verb"
            and not charged
            and not addressed
            and actor_rng is not None  # the object starts after the subject
            and not actors._object_pronoun(analysis, trig.index)  # "ويتهمه بمعاداة"
            and (
                recipient_rng is None
                or actors.recipient_kind(analysis, recipient_rng, ents) == "thing"
            )
        ):
            # "دانت القصف الذي شنته الطائرات التركية": whose act is condemned
            after = _after(trig.index, actor_rng)
            owner = actors.object_owner(analysis, after, ents)
            if owner is not None:
                recipient_rng = owner
                addressed = True  # a nationality names a state: "التدخل الإيراني"
                self.counters["object_owner"] += 1
        if concluded is not None:
            # the other side of the agreement, not the verb's object (the agreement):
            # "وقع الوزير مع نظيره مذكرة", "اتفاقية تعاون مع المركز الوطني", "بين X وY"
            first, second = actors.meeting_parties(analysis, trig.index, ents)
            recipient_rng = _with_party(analysis, concluded, trig.index + 5, ents) or second
            if second is not None and recipient_rng == second:
                actor_rng = actor_rng or first
            if actor_rng is not None:
                actor_rng = actors.extend_coordination(analysis, actor_rng, ents)
        if event_type == "CONSULT":
            # "جرى اتصال بين X وY", "التقى الوزير بالسفير": the sides after the trigger
            first, second = actors.meeting_parties(analysis, trig.index, ents)
            if (
                second is not None
                and actor_rng is not None
                and actor_rng[0] <= second[0] < actor_rng[1]
                and analysis.tokens[second[0]].norm[:1] == "ب"
            ):
                # "التقى بممثلين عن نقابة المزارعين": the بـ-phrase is the one met; a
                # subject before it ends there ("التقى الرئيس بممثلين للحوثيين")
                actor_rng = (actor_rng[0], second[0]) if actor_rng[0] < second[0] else None
            if (
                second is not None
                and (
                    first is not None
                    or recipient_rng is None
                    or recipient_rng[0] > second[0]
                    # "اجتماعا | موسعا لمديري الإدارات": no party found before it
                    or actors.recipient_kind(analysis, recipient_rng, ents) != "party"
                )
                and (actor_rng is None or not actor_rng[0] <= second[0] < actor_rng[1])
            ):
                if first is not None and actor_rng is None:
                    actor_rng = first
                recipient_rng = second
                self.counters["meeting_parties"] += 1
            met = (
                actors.met_during(analysis, trig.index, actor_rng, ents)
                if generic and role_trig.kind == "verb"
                else None
            )
            if met is not None and (recipient_rng is None or recipient_rng[0] > trig.index):
                # "بحث الجبير خلال لقائه بوزير الخارجية المصري": the one met in the
                # doer's meeting, not a word of its phrase
                recipient_rng = met
                self.counters["met_during"] += 1
        return role_trig, anaphoric, actor_rng, recipient_rng, addressed

    def _settled_roles(
        self, site: _Site, trigs, role_trig, anaphoric, roles, addressed, subject, modality
    ):
        """The roles after the subject fallbacks (a continued clause, a shared subject,
        an honoured person, a title holder) and the filters (no usable party, a time, a
        letter's sender, an addressee asked to act, a thing for a doer)."""
        doc, sent = site.doc, site.sent
        analysis, trig, ents = site.analysis, site.trig, site.ents
        event_type, generic = site.event_type, site.generic
        actor_rng, recipient_rng = roles
        if subject is not None and actors.usable(analysis, subject):
            # a continued clause: the phrase after the verb is its object, not its subject
            if actor_rng is not None and actor_rng[0] > trig.index:
                recipient_rng = actors.extend_coordination(analysis, actor_rng, ents)
            actor_rng = subject
        listed = _one_object_list(analysis, trig.index, actor_rng, recipient_rng, ents, event_type)
        if (
            generic
            and listed is not None
            and role_trig.kind == "verb"
            # a meeting's two sides stay apart: "اجتمع مدير الشرطة وقائد القوة"
            and (event_type != "CONSULT" or trig.mode == "visit")
        ):
            # "وزار اليمن والسودان وليبيا وسيناء", "واعتقلت امرأة وأحد الأطفال": a و-item
            # right after the other phrase continues one list after the verb, its object
            recipient_rng, actor_rng = listed, None
            self.counters["object_list_split"] += 1
        if generic and not actors.usable(analysis, actor_rng):
            actor_rng = actors.generic_support_subject(analysis, trig.index, ents) or actor_rng
        if generic and actor_rng is None and role_trig.kind == "verb" and subject is None:
            # "ودان الوزراء الجرائم، واتفقوا على": the subject of the verb it is joined to,
            # when the verb agrees with it ("قيادة الشرطة ترفض ... وطالب" does not)
            shared = _agreeing_shared_subject(analysis, trig.index, ents)
            if shared is not None:
                actor_rng = shared
                self.counters["coordinated_subject"] += 1
            elif actors.also_after_comma(analysis, role_trig):
                # "وأعلن الدفاع المدني ... وفاة طفل، كما دعا المتساكنين إلى" (not a
                # dual's own pronoun: "كما اتفقا على")
                main_subject = actors.main_clause_subject(analysis, role_trig, ents)
                if main_subject is not None and _agrees_with(analysis, trig.index, main_subject):
                    actor_rng = main_subject
                    self.counters["subject_before_also"] += 1
        if generic and actor_rng is not None:
            actor_rng, recipient_rng, moved = _object_taken_for_doer(
                analysis,
                trig.index,
                event_type,
                actor_rng,
                recipient_rng,
                ents,
                self.counters,
                joined_verb=role_trig.kind == "verb" and subject is None,
            )
            addressed = addressed or moved
        if (
            generic
            and actor_rng is not None
            and role_trig.kind == "noun"
            and (
                event_type in actors._PARTY_WITH_LAM_TYPES
                or (event_type == "CONSULT" and trig.mode == "visit")
            )
            and _lam_phrase_after(analysis, trig.index, actor_rng, ents)
        ):
            # "انتقادات للدنمارك", "اتهامه للهيئة", "زيارته لولاية المهدية": the لـ-party
            # right after the masdar is what it is aimed at; the doer is its pronoun or
            # is named elsewhere (a meeting's لـ is its doer: "اجتماع للمجلس")
            if recipient_rng is None or recipient_rng[0] >= actor_rng[1]:
                recipient_rng = actor_rng
            actor_rng = None
            addressed = True
            self.counters["lam_party_is_recipient"] += 1
        carrier = trig.index - 1
        if (
            generic
            and actor_rng is None
            and role_trig.kind == "noun"
            and subject is None
            and carrier > 0
            and actors.support_verb(analysis, carrier)
        ):
            # "ضبطت الشرطة مصنعا وألقت القبض على تسعة": the support verb's subject is
            # that of the verb it is joined to
            shared = _agreeing_shared_subject(analysis, carrier, ents)
            if shared is not None:
                actor_rng = shared
                self.counters["coordinated_support_subject"] += 1
        if (
            generic
            and actor_rng is not None
            and role_trig.kind == "verb"
            and (act := actors.condemned_act_in(analysis, trig.index, actor_rng, ents)) is not None
        ):
            # "استنكر الشهابي رئيس حزب الجيل | الحادث الإرهابي": the act condemned is no
            # part of the doer; when the phrase begins with it, the doer is before the verb
            # ("سفير المملكة لدى الكويت يستنكر العمل الإرهابي")
            if act > actor_rng[0]:
                actor_rng = actor_rng[0], act
            else:
                before = actors.subject_before(analysis, trig.index, ents)
                actor_rng = before if actors.usable(analysis, before, ents) else None
            self.counters["condemned_act_not_doer"] += 1
        actor_rng = actors.trim_verbs(analysis, actor_rng)
        if generic and actor_rng is not None and _in_bi_phrase(analysis, actor_rng[0], ents):
            # "وأشادت بالعمل التصاعدي", "مقارنة بإيران": a بـ-phrase is no doer
            actor_rng = None
            self.counters["actor_in_bi_phrase"] += 1
        # a count of people after a verb of speech or stance may be its subject ("طالب 30
        # نائبا الحكومة"); before a verb of violence it is mostly the victims ("11 شخصا قتلوا")
        counted = (
            generic
            and actor_rng is not None
            and actor_rng[0] > trig.index
            and event_type not in ("ASSAULT", "COERCE")
        )
        if not actors.usable(analysis, actor_rng, ents, counted=counted):
            actor_rng = None
        if actor_rng is None and generic and role_trig.kind == "verb":
            speaker = actors.colon_speaker(analysis, trig.index, ents)
            if speaker is not None:
                # "إسرائيل: احتجزنا متطرفين": a "we" verb right after a party and a colon
                # is that party's
                actor_rng = speaker
                self.counters["colon_speaker"] += 1
        if actor_rng is None and generic and role_trig.kind == "verb":
            honoured = _honorific_subject(analysis, trig.index, ents)
            if honoured is not None:
                # "استقبل خادم الحرمين الشريفين الملك سلمان ... وزير الخارجية": the
                # honoured person after the verb is its subject, not its object
                actor_rng = honoured
                if recipient_rng is None or recipient_rng[0] < honoured[1]:
                    recipient_rng = actors.recipient_after(analysis, honoured[1], ents)
                    if (
                        recipient_rng is not None
                        and _apposed_title(analysis, recipient_rng[0])
                        and recipient_rng[0] == honoured[1]
                    ):
                        recipient_rng = None  # the honoured person's own office
                self.counters["honorific_subject"] += 1
        if generic:
            actor_rng, recipient_rng = _sides_and_names(
                analysis,
                trig,
                role_trig,
                event_type,
                ents,
                self.counters,
                (actor_rng, recipient_rng),
            )
        if actor_rng is not None and actor_rng[0] > trig.index:
            actor_rng, recipient_rng, asked = _title_holder_roles(
                analysis,
                actor_rng,
                recipient_rng,
                ents,
                event_type,
                generic,
                self.counters,
                visit=trig.mode == "visit",
            )
            addressed = addressed or asked
        if actor_rng is None and not generic and not anaphoric:
            # another trigger of the same event may name the doer ("... قتلى. وقال إن مسلحين
            # أطلقوا ..."); else the attack itself ("في هجوم انتحاري") stands in
            for other in sorted(trigs, key=lambda t: (_KIND_ORDER.get(t.kind, 9), t.index)):
                if other is trig or (
                    event_type == "ASSAULT"
                    and other.kind == "agent"
                    and actors.victim_like(analysis, other)
                ):
                    continue
                found, _ = actors.find_roles(analysis, other, ents)
                if actors.usable(analysis, found):
                    actor_rng = found
                    break
            if actor_rng is None and event_type == "ASSAULT":
                actor_rng = actors.instrument(analysis)
        if event_type == "SANCTION" and recipient_rng is not None:
            # "استدعت البحرين سفيرها في طهران", "استدعت سفير المملكة لدى إيران": an
            # envoy recalled from a state; that state is whom the recall is aimed at
            posted = actors.envoy_post(analysis, recipient_rng, ents)
            if posted is not None:
                recipient_rng, addressed = posted, True  # (a state, though after في)
        if not actors.usable(analysis, recipient_rng, ents, counted=True) or _a_time(
            doc, sent, analysis, recipient_rng
        ):
            # (a date the values stage found is no party: "مساء الأحد 12 مارس 2023 إلى")
            recipient_rng = None
        congratulation = sent_congratulation(analysis, trig)
        if congratulation is not None:
            # "بعث الملك برقية تهنئة | لفخامة الرئيس ...": the cable's addressee
            recipient_rng = (
                actors.addressed_after(analysis, congratulation + 1, ents)
                or actors.recipient_after(analysis, congratulation + 1, ents)
                or recipient_rng
            )
        if generic and not anaphoric:
            sender = _sender(analysis, trig.index, actor_rng, ents)
            if sender is not None:
                actor_rng = sender
            if recipient_rng is None or sender is not None:
                recipient_rng = _addressee(analysis, trig.index, ents) or recipient_rng
        if trig.kind != "agent":
            asked = actors.demanded_roles(analysis, trig.index, ents)
            if asked is not None:
                # "دعا X الدول إلى دعم الحكومة": the addressee does it, the party after
                # the masdar undergoes it; no addressee, no doer
                actor_rng, recipient_rng = asked
                if generic and modality == "actual" and event_type != "REQUEST":
                    modality = "demanded"  # "يطلب من روسيا تزويده بالسلاح"
        if any(f in lexicon.TIES_OBJECTS for f in trig.families):
            # the ties or the envoy are no party; the state they are cut with, or the
            # envoy recalled from, is ("قطعت السعودية علاقاتها مع إيران"); the envoy is
            # no doer of his recall ("وسحب السفير البحريني من طهران")
            partner = actors.ties_partner(analysis, trig.index, ents)
            if partner is not None:
                recipient_rng, addressed = partner, True
            if actor_rng is not None and actors.envoy_at(analysis, actor_rng[0]):
                actor_rng = None
        if anaphoric and generic:
            # "هذا اللقاء", "تلك المحادثات": an event told before; merged into it by
            # link.merge_anaphora, else kept in passing without roles of its own
            actor_rng = recipient_rng = None
        if generic and actor_rng is not None and actors.thing_actor(analysis, actor_rng, ents):
            # "دعم الإرهاب", "يؤيد إسقاط كل عضو": a masdar or a particle does not act; it
            # is what the act is about (the doer is the verb's pronoun, or unnamed)
            if recipient_rng is None and role_trig.kind == "verb":
                recipient_rng = actor_rng
            actor_rng = None
            self.counters["actor_not_party"] += 1
        if actor_rng is not None and _genitive_cut_off(analysis, actor_rng, recipient_rng, ents):
            # "محافظ الأحساء رئيس مجلس | التنمية السياحية": the recipient found is the
            # genitive the actor's last title or body needs
            actor_rng, recipient_rng = (actor_rng[0], recipient_rng[1]), None
            self.counters["actor_genitive_from_recipient"] += 1
            if generic and actor_rng[0] > trig.index:
                # the object may still follow the actor's whole title: "استقبل الأمير
                # … نائب رئيس | مجلس الوزراء وزير الداخلية في قصره أمس وزير الخارجية"
                found = actors.recipient_after(analysis, actor_rng[1], ents)
                if (
                    found is not None
                    and (
                        found[0] > actor_rng[1]
                        or not actors._title_head(analysis.tokens[found[0]].norm)
                    )
                    and not any(
                        analysis.tokens[k].norm in _PAST_OBJECT
                        for k in range(actor_rng[1], found[0])
                    )
                ):
                    # (a title right after is the actor's own: "… مجلس الوزراء وزير
                    # الداخلية -حفظه الله-"; past a preposition the phrase is what is
                    # done: "بالمحافظة على تشكيل | لجنة")
                    recipient_rng = found
        if (
            generic
            and role_trig.kind == "verb"
            and (actor_rng is None or actor_rng[1] == trig.index)
            and (published := actors.document_publisher(analysis, trig.index, ents)) is not None
        ):
            # "نشرا مؤخرا تقريرا اتهما فيه المئات": the report's publishers accuse
            actor_rng = published
            self.counters["document_publisher"] += 1
        if generic and role_trig.kind == "verb" and actors.first_person_verb(analysis, trig.index):
            # "عندما زرت مايكروسوفت": I did it; the phrase after the verb is its object
            if actor_rng is not None and actor_rng[0] > trig.index and recipient_rng is None:
                recipient_rng = actor_rng
            actor_rng = None
            self.counters["first_person_doer"] += 1
        if (
            generic
            and event_type == "AGREE"
            and recipient_rng is not None
            and _agreed_on(analysis, trig.index, recipient_rng)
        ):
            # "واتفق الوزيران على دعوة اللجنة المشتركة": what they agreed on, no partner
            recipient_rng = None
            self.counters["agreed_on_no_partner"] += 1
        if (
            generic
            and event_type == "COERCE"
            and recipient_rng is None
            and actor_rng is None
            and (marker := _done_marker(analysis, trig.index)) is not None
        ):
            # "وتم إيقافه", "تم القبض عليهم": the one the pronoun stands for
            held = actors.passive_object_antecedent(analysis, trig.index, marker, ents)
            if held is not None:
                recipient_rng = held
                self.counters["passive_object_antecedent"] += 1
        if (
            generic
            and event_type == "SUPPORT"
            and recipient_rng is None
            and (split := actors.thanked_in_actor(analysis, trig.index, actor_rng)) is not None
        ):
            # "وثمن مدير الشؤون الصحية بالأحساء للأهالي مبادرتهم": the people thanked
            actor_rng, recipient_rng = split
            self.counters["thanked_in_actor"] += 1
        if actors.bracketed_apposition(analysis, actor_rng, recipient_rng):
            # "دعت حركة المقاومة الإسلامية (حماس)": the doer's other name, no second party
            recipient_rng = None
            self.counters["recipient_apposition_in_brackets"] += 1
        if (
            generic
            and event_type in ("CONCEDE", "RETREAT")
            and recipient_rng is not None
            and recipient_rng[0] > 0
            and analysis.tokens[recipient_rng[0] - 1].norm == "عن"
            and actors.recipient_kind(analysis, recipient_rng, ents) == "thing"
        ):
            # "تراجع أولوند عن إتمام الصفقة", "عن قرارها السابق": what is given up, no party
            recipient_rng = None
            self.counters["recipient_given_up"] += 1
        return actor_rng, recipient_rng, addressed, modality

    def _generic_salience(
        self, site: _Site, role_trig, roles, concluded, anaphoric, cameo_hit, status, confidence
    ):
        """A generic event's salience and confidence from its roles and the learned
        check; None when a dictionary-only verb has no named doer."""
        analysis, trig, ents = site.analysis, site.trig, site.ents
        actor_rng, recipient_rng = roles
        event_type = site.event_type
        tok = analysis.tokens[trig.index]
        polarity, modality, salience = status
        party = actor_rng is not None and actors.is_actorish(analysis, actor_rng[0], ents)
        if cameo_hit is not None and (
            actor_rng is None
            or actor_rng[0] not in ents
            or trig.index in ents
            or tok.norm.lstrip("وف").startswith(("ال", "ب", "ل"))
        ):
            return None  # dictionary verbs are trusted only with a named doer (an entity)
        if (
            (role_trig.kind == "noun" or _nominal(tok.norm))
            and actor_rng is None
            and not _passive_done(analysis, trig.index)
            and concluded is None
            and not actors.after_stance_verb(analysis, trig.index)
            # the object of a support verb whose doer is its pronoun: "إنها ألقت القبض"
            and not actors.after_support_verb(analysis, trig.index)
            # aimed at a party named with لـ, it is one act: "انتقادات للدنمارك"
            and not (
                recipient_rng is not None
                and _lam_phrase_after(analysis, trig.index, recipient_rng, ents)
            )
        ):
            # a masdar without a doer ("رفع العقوبات", "غياب التنسيق") names the kind of
            # event rather than reporting one (1 of 7 right on a SaudiNewsNet sample)
            salience = "background"
        if (
            event_type == "AGREE"
            and concluded is None
            and _existing_agreement(analysis, trig, ents)
        ):
            salience = "background"
            if (
                actor_rng is not None
                and actor_rng[0] == trig.index + 1
                and not actors._is_state(analysis, actor_rng[0])
                and not any(
                    t.norm in ("مع", "بين") or t.norm[:1] == "و"
                    for t in analysis.tokens[actor_rng[1] : actor_rng[1] + 2]
                )
            ):
                # the name it goes by ("اتفاق فيينا", "اتفاق الطائف"), no party to it;
                # not its sides ("اتفاق واشنطن وطهران", "اتفاقية الجامعة مع الصندوق")
                actor_rng = None
        if cameo_hit is not None:
            salience = "background"  # dictionary-only hits: 0 of 4 right on that sample
        if anaphoric:
            salience = "background"
        if not party:
            confidence = min(confidence, 0.4)
        if self.generic_check and (polarity, modality, salience) == (
            "asserted",
            "actual",
            "reported",
        ):
            # the model learned from the generic events people read: its probability
            # that this is a specific event of the type is the confidence, and below
            # its threshold the event is only mentioned (another sense, a generic
            # statement, a plan)
            checked = generic_score(analysis, trig, event_type, site.mentions.cues, site.sent.index)
            if checked is not None:
                confidence, threshold = checked
                if confidence < threshold:
                    salience = "background"
                    self.counters["generic_check:background"] += 1
        return actor_rng, salience, confidence

    def _guest_after(
        self, site: _Site, actor_rng: tuple[int, int], past_frame: bool = False
    ) -> tuple[int, int] | None:
        """The other party right after the doer's name and the act's time and place: a
        party, with its title and name (the one received, met or called on). With
        ``past_frame``, only when a time or place stands between."""
        analysis, ents, event_type = site.analysis, site.ents, site.event_type
        after = actors._skip_frames(analysis, actor_rng[1], ents)
        if past_frame and after == actor_rng[1]:
            return None
        guest = actors.recipient_after(analysis, after, ents)
        head = guest[0] if guest is not None else after
        if guest is not None and guest[0] > after:
            # "عددا من الرياضيين": the count and its من belong to the guests
            between = [analysis.tokens[k].norm for k in range(after, guest[0])]
            if (
                between[-1:] == ["من"]
                and all(w.removesuffix("ا") in actors.QUANTIFIERS for w in between[:-1])
                and len(between) <= 3
            ):
                guest = (after, guest[1])
        if guest is None or guest[0] != after:
            return None
        # the guest's title and name: "الموظفة باللجنة الدولية … نوران حواص"
        guest = (guest[0], max(guest[1], actors.title_name_end(analysis, guest, ents)))
        if (
            actors.is_actorish(analysis, head, ents)
            or any(ents.get(k, (0, 0, ""))[2] in ("PERSON", "ORG", "GPE") for k in range(*guest))
            # the people called on: "دعت المهندسة …، مريم بن حسين، المصطافين إلى الحذر"
            or (
                event_type in ("REQUEST", "ACCUSE")
                and actors.recipient_kind(analysis, guest, ents) == "party"
            )
        ):
            self.counters["guest_after_hosts_name"] += 1
            return guest
        return None

    def _recipient_party(self, site: _Site, mode, roles, addressed: bool, concluded):
        """The recipient kept only when it is a party (a place named there becomes the
        location), and the two sides of a meeting split from one phrase."""
        doc, sent, mentions = site.doc, site.sent, site.mentions
        analysis, trig, ents = site.analysis, site.trig, site.ents
        event_type, generic = site.event_type, site.generic
        tok = analysis.tokens[trig.index]
        actor_rng, recipient_rng = roles
        if (
            generic
            and actor_rng is not None
            and recipient_rng is not None
            and recipient_rng[0] == actor_rng[1]
            and (quoted := actors.quoted_name_end(analysis, actor_rng, ents)) is not None
        ):
            # the doer's own name in quotes: 'حركة المقاومة الإسلامية "حماس" | اتهامات
            # عباس', 'الرئيس التنفيذي لشركة "وثرة"'
            found = actors.recipient_after(analysis, quoted, ents)
            actor_rng, recipient_rng = (actor_rng[0], quoted), found
            self.counters["recipient_past_quoted_name"] += 1
        if generic and recipient_rng is not None:
            named = actors.title_name_end(analysis, recipient_rng, ents)
            if named > recipient_rng[1]:
                recipient_rng = (recipient_rng[0], named)  # the title and its holder's name
                self.counters["recipient_title_name"] += 1
            end = recipient_rng[1]
            holder = ents.get(end)
            if (
                end - recipient_rng[0] >= 2
                and holder is not None
                and holder[0] == end
                and holder[2] == "PERSON"
                and actors._title_head(analysis.tokens[end - 1].norm)
                and analysis.tokens[end - 1].norm.startswith("ال")
                and not actors._break_between(analysis, end - 1, end)
            ):
                # a genitive title and its holder: "قوات الرئيس | بشار الأسد"
                recipient_rng = (recipient_rng[0], holder[1])
                self.counters["recipient_genitive_title_name"] += 1
        if (
            generic
            and actor_rng is not None
            and recipient_rng is not None
            and (joined := _actor_goes_on(analysis, actor_rng, recipient_rng, ents))
            # (the sides of a meeting or deal may be joined by و; an adjective is the
            # doer's in any event)
            and (event_type not in _SIDES_TYPES or joined == "adjective")
        ):
            # "أعوان التلفزة | والإذاعة", "ميليشيات «فجر ليبيا» | المسلحة": the doer's
            # second conjunct or adjective, no party of its own
            # (a name's second word alone: "نداء | تونس", not "المجتمعة" after it)
            end = recipient_rng[0] + 1 if joined == "name" else recipient_rng[1]
            actor_rng, recipient_rng = (actor_rng[0], end), None
            self.counters["recipient_is_actors_" + joined] += 1
        if generic and actor_rng is not None:
            named = actors.title_name_end(analysis, actor_rng, ents)
            if (
                named > actor_rng[1]
                and recipient_rng is not None
                and actor_rng[1] <= recipient_rng[0]
                and recipient_rng[1] <= named
            ):
                # "دعا الناشط السياسي | محمود البارودي": the name found as the recipient
                # is the holder of the actor's title
                recipient_rng = None
                self.counters["recipient_is_actor_name"] += 1
            if named > actor_rng[1] and (recipient_rng is None or named <= recipient_rng[0]):
                actor_rng = (actor_rng[0], named)  # "ودعا الرئيس المخلوع علي عبدالله صالح"
                self.counters["actor_title_name"] += 1
        if (
            generic
            and recipient_rng is None
            and actor_rng is not None
            and trig.kind == "verb"
            and actor_rng[0] == trig.index + 1
            and (
                any(ents.get(k, (0, 0, ""))[2] == "PERSON" for k in range(*actor_rng))
                or actors._title_head(analysis.tokens[actor_rng[0]].norm)
            )
        ):
            # the other party after the doer's name and the act's time: "استقبل رئيس
            # الجمهورية محمد الناصر صباح يوم الخميس … وزير الخارجية" (a time or place
            # must stand between: right after the name come more of the doer's titles)
            recipient_rng = self._guest_after(site, actor_rng, past_frame=True)
        if (
            generic
            and recipient_rng is None
            and event_type in _SIDES_TYPES
            and trig.kind == "verb"
            and (actor_rng is None or actor_rng[1] <= trig.index)
            and trig.index + 1 < len(analysis.tokens)
            and actors.joined_counterpart(analysis, trig.index + 1, ents)
        ):
            # the doer's pronoun in the verb, the other side joined to it: "أنه اتفق
            # ونظراؤه في مجلس التعاون على"
            recipient_rng = actors._phrase_from(analysis, trig.index + 1, ents=ents)
            self.counters["counterpart_joined_to_verb"] += 1
        if (
            generic
            and event_type == "REQUEST"
            and (
                recipient_rng is None
                or not addressed
                and actors.recipient_kind(analysis, recipient_rng, ents) != "party"
            )
            and actor_rng is not None
            and actor_rng[0] > trig.index
            and analysis.verb_trigger_at(trig.index)
        ):
            asked = actors.asked_past_frames(analysis, trig.index, actor_rng[1], ents)
            if asked is not None:
                # "دعت المديرية ... بمنطقة الرياض أقسام الطوارئ للاستعداد": the one
                # asked after the doer's own place, time or adjective, before the act
                recipient_rng, addressed = asked, True
                self.counters["asked_past_frames"] += 1
        if (
            generic
            and event_type == "THREATEN"
            and (
                recipient_rng is None
                or actors.recipient_kind(analysis, recipient_rng, ents) != "party"
            )
            and (target := actors.threatened_party(analysis, trig.index, actor_rng, ents))
        ):
            # "هدد الوزير بحرمان الحجاج": the party the threatened act falls on
            recipient_rng = target
            self.counters["threatened_party"] += 1
        place = None
        if recipient_rng is not None:
            # a recipient is a party; a place named there is where, a thing is no role
            kind = actors.recipient_kind(analysis, recipient_rng, ents)
            host = mode == "visit" and (
                kind == "place"
                or any(ents.get(j, (0, 0, ""))[2] in ("GPE", "LOC") for j in range(*recipient_rng))
            )
            if mode == "visit" and actors._key(analysis.tokens[recipient_rng[0]].norm) in (
                actors.VISITED_PLACES
            ):
                # a province, a city or a base visited is where, not who: "إلى محافظة عدن"
                kind, host = "place", False
            if kind in ("thing", "place") and addressed and event_type == "SANCTION":
                kind = "party"  # the state an envoy is recalled from: "سفيرها في طهران"
            if (
                kind == "place"
                and (addressed or event_type in ("REQUEST", "ACCUSE"))
                and recipient_rng[0] in getattr(ents, "own_initial", ())
            ):
                kind = "party"  # the state asked or accused: "دعت واشنطن باكستان التعاون"
            if kind == "thing" and (
                concluded is not None  # one signs with a body: "مع المركز الوطني"
                # one signs or meets with it: "وقعت المديرية مع البريد السعودي اتفاقية"
                or (
                    event_type in ("AGREE", "CONSULT", "COOPERATE")
                    and recipient_rng[0] > 0
                    and analysis.tokens[recipient_rng[0] - 1].norm == "مع"
                )
                or addressed  # "وتتهم حكومات غربية الفيلق بتسليح"
                or actors.arrest_verb(analysis, trig.index)
                # held, with no object: "أن الملاكم | سجن في مدينة منبج"
                or (
                    recipient_rng[1] <= trig.index
                    and actors.held_without_object(analysis, trig.index)
                )
                # "أوقفت الأربعة بعد استجوابهم": the people counted
                or (event_type == "COERCE" and actors.definite_count(analysis, recipient_rng[0]))
                # "واتهمت النيابة العامة تشافيز بارتكابه": whoever stands before the charge
                or (
                    event_type == "ACCUSE"
                    and actors.charged_object(analysis, trig.index, recipient_rng)
                )
                or (
                    event_type in ("CONCEDE", "REJECT", "AGREE")
                    and recipient_rng[0] > 0
                    # who is released, or whose release is refused: "أفرج عن X", "إطلاق
                    # سراح X", "رفضت إطلاق سراح «X»"
                    and actors._bare(analysis.tokens[recipient_rng[0] - 1].norm) in ("عن", "سراح")
                )
                or (
                    # who is seized on: "ألقت الشرطة القبض على الشاب", "الشاب الذي ألقت
                    # الشرطة القبض عليه"
                    actors._bare(tok.norm).removeprefix("ال") == "قبض"
                    and (
                        recipient_rng[1] <= trig.index
                        or analysis.tokens[recipient_rng[0] - 1].norm in ("على", "علي")
                    )
                )
                # the one a passive arrest's pronoun returns to: "الطيار المتربص الذي تم
                # ايقافه"
                or (
                    event_type == "COERCE"
                    and recipient_rng[1] <= trig.index
                    and actors._held_before_passive(analysis, trig.index, ents) == recipient_rng
                )
            ):
                kind = "party"  # one arrests and releases people: "اعتقلت الشرطة شابين"
            if kind != "party" and not host:
                self.counters["recipient_not_party:" + kind] += 1
                if kind == "place":
                    place = self._ref(doc, sent, analysis, recipient_rng, mentions)
                recipient_rng = None
        if (
            recipient_rng is not None
            and recipient_rng[0] > 0
            and analysis.tokens[recipient_rng[0] - 1].norm.lstrip("و") in _MANDATES
        ):
            # "وافق مجلس الوزراء على تفويض وزير التعليم بالتوقيع": the one authorised
            # is the approver's own, no other side
            recipient_rng = None
            self.counters["recipient_mandated"] += 1
        if (
            actor_rng is not None
            and recipient_rng is not None
            and recipient_rng[1] - recipient_rng[0] == 1
            and _head_word(analysis, recipient_rng[0])
            in {_head_word(analysis, k) for k in range(*actor_rng)}
        ):
            # "مجلس الشورى ... بناء على طلب من المجلس": the actor named again
            recipient_rng = None
            self.counters["recipient_is_actor"] += 1
        if (
            generic
            and event_type == "REQUEST"
            and recipient_rng is not None
            and _bare_verb(tok.norm).lstrip("يتم").startswith("طالب")
            # بـ as a clitic (not a name's own ب: بريطانيا، بورما)
            and actors.preposition_bi(analysis.tokens[recipient_rng[0]].norm)
            and recipient_rng[0] not in getattr(ents, "own_initial", ())
        ):
            # "تطالب بلجنة تحقيق دولية": what is demanded comes with بـ; the one asked
            # is a direct object or after من
            recipient_rng = None
            self.counters["recipient_is_demanded"] += 1
        if (
            generic
            and actor_rng is not None
            and recipient_rng is not None
            and _title_set_off(analysis, actor_rng, recipient_rng, ents)
        ):
            # "رفض محمد نور، المتحدث باسم حزب النور، فض الاعتصام": the doer's own title
            # between commas, no second party
            recipient_rng = None
            self.counters["recipient_is_actors_apposition"] += 1
        if (
            generic
            and actor_rng is not None
            and recipient_rng is not None
            and _apposition_set_off(analysis, actor_rng, recipient_rng, ents)
        ):
            # "مجلس المطارنة الموارنة، أعلى مؤسسة دينية مسيحية،", "منسق الشؤون
            # الإنسانية - روبيرت بايبر -": the doer described or named, then the party
            # after it
            actor_rng = (actor_rng[0], recipient_rng[1])
            recipient_rng = self._guest_after(site, actor_rng)
            self.counters["recipient_is_actors_set_off"] += 1
        if generic and recipient_rng is not None and _no_recipient(analysis, recipient_rng, ents):
            recipient_rng = None
            self.counters["recipient_ally_or_act"] += 1
        entity_of = getattr(ents, "entity_of", {})
        if (
            actor_rng is not None
            and recipient_rng is not None
            and recipient_rng[0] == actor_rng[1]
            and entity_of.get(recipient_rng[0]) is not None
            and entity_of.get(recipient_rng[0])
            in {entity_of.get(k) for k in range(actor_rng[0], actor_rng[1])}
        ):
            # "… الشيخ الدكتور | صالح بن حميد": the titles' own holder, no second party
            actor_rng, recipient_rng = (actor_rng[0], recipient_rng[1]), None
            self.counters["recipient_is_actors_name"] += 1
            if generic and trig.kind == "verb" and actor_rng[0] == trig.index + 1:
                # "استقبل رئيس الجمهورية، X اليوم بقصر قرطاج الموظفة …": past the name
                # and the time and place of the act, the other party
                recipient_rng = self._guest_after(site, actor_rng)
        elif (
            actor_rng is not None
            and recipient_rng is None
            and (holder := actors.apposed_holder(analysis, actor_rng, ents)) is not None
        ):
            # "أدان الأمين العام للأمم المتحدة، بان كي مون بأشد العبارات": the title's
            # holder, set off by a comma before the act
            actor_rng = actor_rng[0], holder
            self.counters["title_holder_after_comma"] += 1
        sides = (
            actors.split_sides(analysis, actor_rng, ents)
            if event_type == "CONSULT"
            and actor_rng is not None
            and trig.mode != "visit"
            # co-hosts receive together: "استقبل الملك وولي العهد الرئيس اليمني"
            and not _bare_verb(tok.norm).startswith(("استقبل", "يستقبل", "تستقبل"))
            else None
        )
        if sides is not None:
            second = sides[1]
            named = any(ents.get(k, (0, 0, ""))[2] == "PERSON" for k in range(*second))
            if recipient_rng is None or (
                # "ونظيره الأمريكي" + his name: a title whose holder is the recipient
                not named and second[1] == recipient_rng[0]
            ):
                # "عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي اجتماعا": the first
                # side meets the second
                actor_rng = sides[0]
                recipient_rng = second if recipient_rng is None else (second[0], recipient_rng[1])
                self.counters["meeting_sides"] += 1
        return actor_rng, recipient_rng, place


# entries written with letters the normalizer rewrites match tokens' normalized forms
fold_word_sets(globals())
