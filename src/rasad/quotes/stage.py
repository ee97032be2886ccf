"""The "quotes" stage: reported speech with its speaker and attribution chain.

One pass over the sentences of the clean text:

1. quotation marks are paired per paragraph (« », “ ”, straight quotes; an opening
   mark left open runs to the end of the paragraph, as scraped text often loses the
   closing one). A quotation keeps its speaker across the sentences it spans;
2. each reporting cue opens a quote: a speech verb ("وقال", "أكدت", "يقول") followed by
   its subject and then a quotation mark (direct), a colon (direct, unmarked), or an
   إن/أن clause (indirect, up to the end of the clause); a participle ("مضيفا أن") takes
   the speaker of its sentence; a nominal frame ("بحسب X", "وفق ما أكدته X", "نقلا عن X")
   names the source of the clause it closes or opens;
3. quoted words inside an indirect quote are partial quotes of the same speaker;
4. speakers are the subject after the verb (VSO) or before it (SVO), an entity when a
   mention is there (title-only mentions were resolved by the "entities" stage), else
   the span of the unnamed source ("مصدر مقرب من ..."); an elided subject ("وأوضح أن")
   is the last speaker of the same grammatical gender;
5. the chain: outlet of the document -> cited outlets ("صحيفة X" reporting "نقلا عن
   مصدر", "وفقا لوكالة ...") -> source (the speaker).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from rasad.document import AttributionLink, Document, Entity, Quote, Ref, Span
from rasad.entities.lexicon import KNOWN_OUTLETS, ORG_HEADS, OUTLET_HEADS, lex_match
from rasad.entities.titles import head_kind
from rasad.entities.words import Word, doc_words, normalize, strip_clitics, words_of
from rasad.quotes.cues import (
    ADJUNCT_STARTERS,
    CLAUSE_CONJ,
    FRAME_TOKENS,
    FRAME_VERBS,
    NEEDS_QUOTE,
    NOMINAL_OBJECT,
    NOT_SPEECH_NEXT,
    PAIRS,
    PARTICIPLES,
    PRONOUN_FRAME_NOUNS,
    SPEECH_NOUNS,
    SUBJUNCTIVE_BEFORE,
    TIME_WORDS,
    VERBS,
    Cue,
)
from rasad.text.cache import GenerationCache

MAX_REGION_WORDS = 24
MAX_LABEL_WORDS = 6  # "رئيس الحزب فلان :" before a quotation in a headline
MAX_PARTICIPLE_REGION = 4  # a participle has no subject: its clause follows at once
MAX_SUBJECT_WORDS = 8
MIN_PARTIAL_WORDS = 2
MIN_STANDALONE_WORDS = 6
_RELATIVES = {normalize(w) for w in ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"]}
# occasions of a statement ("في تصريح", "في مداخلة له")
_SPEECH_EVENTS = {
    strip_clitics(normalize(w))
    for w in [
        "تصريح",
        "تصريحات",
        "مداخلة",
        "بيان",
        "حديث",
        "لقاء",
        "مؤتمر",
        "كلمة",
        "تغريدة",
        "مقابلة",
        "ندوة",
        "رسالة",
        "اجتماع",
        "خطاب",
        "برنامج",
    ]
}
# verbs that may introduce speech without any mark, and words that open such speech
_UNMARKED_SPEECH = {"قال", "أضاف", "تابع", "أكد", "أوضح"}
_SPEECH_OPENERS = {
    normalize(w)
    for w in [
        "تم",
        "لا",
        "لم",
        "لن",
        "ليس",
        "لقد",
        "قد",
        "هذا",
        "هذه",
        "هذان",
        "نحن",
        "أنا",
        "إننا",
        "إنني",
        "حتى",
        "نريد",
        "نعمل",
        "نسعى",
        "نأمل",
        "لدينا",
        "لسنا",
        "كنا",
    ]
}
_CLAUSE_BOUNDARY = {
    normalize(w)
    for w in [
        "أن",
        "إن",
        "لكن",
        "غير",
        "إلا",
        "بينما",
        "فيما",
        "كما",
        "حيث",
        "وقد",
        "فقد",
        "بل",
        "ثم",
    ]
}
_SENTENCE_END = re.compile(r"[.!?؟]+(?=[\s\"»”']|$)|\n")
_DATELINE_FROM = re.compile(
    r"^\s*(?P<outlet>[^\s:()«»\"،,.]+(?: [^\s:()«»\"،,.]+){0,2}) من (?P<place>[^\s:()«»\"،,.]+(?: [^\s:()«»\"،,.]+){0,2})\s*$"
)
_DATELINE_DASH = re.compile(
    r"^\s*(?P<a>[^\s:()«»\"،,.\-–—ـ]+(?: [^\s:()«»\"،,.\-–—ـ]+){0,2}) ?[-–—ـ] ?(?P<b>[^\s:()«»\"،,.\-–—ـ]+(?: [^\s:()«»\"،,.\-–—ـ]+){0,2})\s*:?\s*$"
)


@dataclass(slots=True)
class _QuoteMarks:
    open: int  # offset of the opening mark
    start: int  # content start
    end: int  # content end
    close: int  # offset after the closing mark (== end when left open)
    used: bool = False


@dataclass(slots=True)
class _Speaker:
    ref: Ref
    name: str
    gender: str = ""
    cited: list[AttributionLink] = field(default_factory=list)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    entity: Entity
    type: str


class QuotesStage:
    """Find quotations, their speakers and attribution chains (``doc.quotes``)."""

    name = "quotes"

    def __init__(self, min_partial_words: int = MIN_PARTIAL_WORDS) -> None:
        self.min_partial_words = min_partial_words
        self.counters: Counter = Counter()

    def __call__(self, doc: Document) -> Document:
        try:
            run = _Run(doc, self)
            run.source()
            run.extract()
            doc.quotes = run.finish()
        except Exception as exc:  # no quotes rather than no document
            self.counters["errors"] += 1
            doc.warn("quotes_error", f"{type(exc).__name__}: {exc}")
            doc.quotes = []
            return doc
        self.counters["quotes"] += len(doc.quotes)
        for q in doc.quotes:
            self.counters[f"quotes_{q.kind}"] += 1
            if q.speaker is None:
                self.counters["no_speaker"] += 1
        return doc


class _Run:
    """State of one document's pass."""

    def __init__(self, doc: Document, stage: QuotesStage) -> None:
        self.doc = doc
        self.stage = stage
        self.text = doc.text
        self.words = doc_words(doc)
        self.starts = [w.start for w in self.words]
        self.marks = _pair_marks(self.text)
        self.mark_starts = [m.open for m in self.marks]
        self.mentions = sorted(
            (
                _Mention(m.start, m.end, e, m.type or e.type)
                for e in doc.entities
                for m in e.mentions
            ),
            key=lambda m: (m.start, -m.end),
        )
        self.mention_starts = [m.start for m in self.mentions]
        self._entities_by_id = {e.id: e for e in doc.entities}
        self.quotes: list[Quote] = []
        self.history: list[_Speaker] = []
        # (position of the verb, subject) of the last speech verb without a clause
        self._named_subject: tuple[int, _Speaker] | None = None
        self.unnamed: list[_Speaker] = []
        self.outlet_link: AttributionLink | None = None
        self.deferred: list = []
        self._nested = False

    # ------------------------------------------------------------ source
    def source(self) -> None:
        """Outlet and dateline place from a dateline "<outlet> من <place>:" when missing."""
        src = self.doc.source
        candidates = [b.text for b in self.doc.blocks if b.role == "dateline"]
        if not candidates:
            for para in self.text.split("\n")[:8]:
                head, sep, _ = para.partition(":")
                if sep and len(head) < 40:
                    candidates.append(head)
        for cand in candidates:
            cand = cand.strip().rstrip(":").strip()
            m = _DATELINE_FROM.match(cand)
            if m and not self._is_cue_word(m.group("outlet").split()[0]):
                if not src.outlet:
                    src.outlet = m.group("outlet")
                src.dateline = m.group("place")
                break
            m = _DATELINE_DASH.match(cand)
            if m:
                a, b = m.group("a"), m.group("b")
                if self._is_place_name(b) and not self._is_place_name(a):
                    outlet, place = a, b
                elif self._is_place_name(a) and not self._is_place_name(b):
                    outlet, place = b, a
                else:
                    continue
                if not src.outlet and normalize(outlet) not in ("وكالات", "عواصم"):
                    src.outlet = outlet
                if not src.dateline or src.dateline == cand:
                    src.dateline = place
                break
        if src.outlet:
            entity = self._entity_named(src.outlet)
            self.outlet_link = AttributionLink(
                role="outlet", name=src.outlet, entity=entity.id if entity else None
            )

    def _is_cue_word(self, word: str) -> bool:
        n = normalize(word)
        return _cue_of(n) is not None

    def _is_place_name(self, name: str) -> bool:
        from rasad.entities.lexicon import country_of_name

        if country_of_name(name):
            return True
        key = normalize(name)
        for e in self.doc.entities:
            if e.type in ("GPE", "LOC") and any(normalize(m.text) == key for m in e.mentions):
                return True
        return False

    def _entity_named(self, name: str) -> Entity | None:
        key = normalize(name)
        for e in self.doc.entities:
            if normalize(e.canonical) == key or any(normalize(m.text) == key for m in e.mentions):
                return e
        return None

    # ----------------------------------------------------------- sentences
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence ranges; boundaries inside quotation marks do not count."""
        out, start = [], 0
        for m in _SENTENCE_END.finditer(self.text):
            if self._inside_marks(m.start()) or m.group() == "..":
                # ".." is a pause inside a sentence in some papers ("أن الجبهة.. شكلت")
                continue
            end = m.end()
            if self.text[start:end].strip():
                out.append((start, end))
            start = end
        if self.text[start:].strip():
            out.append((start, len(self.text)))
        return out

    def _inside_marks(self, pos: int) -> _QuoteMarks | None:
        i = bisect.bisect_right(self.mark_starts, pos) - 1
        if i >= 0 and self.marks[i].start <= pos < self.marks[i].end:
            return self.marks[i]
        return None

    # ------------------------------------------------------------ extract
    def extract(self) -> None:
        for s_start, s_end in self.sentences():
            self._sentence(s_start, s_end)
        self._label_quotes()
        self._standalone_quotes()

    def _label_quotes(self) -> None:
        """A line "NAME : «...»" (headlines, captions) is NAME's direct quotation: a short
        label naming a person or body, a colon, then quotation marks to the line end."""
        for mark in self.marks:
            if mark.used:
                continue
            line_start = self.text.rfind("\n", 0, mark.open) + 1
            label = self.text[line_start : mark.open].rstrip()
            line_end = self.text.find("\n", mark.close)
            line_end = len(self.text) if line_end < 0 else line_end
            if not label.endswith(":") or self.text[mark.close + 1 : line_end].strip(" .!؟?"):
                continue
            label_words = _words_in(label[:-1])
            if not 1 <= len(label_words) <= MAX_LABEL_WORDS or any(
                _cue_of(w.norm) for w in label_words
            ):
                continue
            named = [
                m
                for m in self._mentions_in(line_start, line_start + len(label))
                if m.entity.type in ("PERSON", "ORG")
            ]
            s, e = _trim(self.text, mark.start, mark.end)
            if not named or len(_words_in(self.text[s:e])) < 2:
                continue
            m = named[-1]
            mark.used = True
            speaker = _Speaker(
                Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
            )
            self._make(s, e, "direct", None, speaker, [])

    def _sentence(self, s_start: int, s_end: int) -> None:
        lo = bisect.bisect_left(self.starts, s_start)
        hi = bisect.bisect_left(self.starts, s_end)
        sentence_speaker: _Speaker | None = None
        pending_cited: list[AttributionLink] = []
        pending_speaker: _Speaker | None = None
        pending_at = s_start
        first_quote = len(self.quotes)
        i = lo
        consumed_until = s_start  # words inside a finished quote's content are not cues
        outer_end = s_start  # end of the sentence's main reported clause
        while i < hi:
            w = self.words[i]
            flag = _CUE_START.hot.get(w.norm)
            if flag is None:
                flag = _CUE_START.get_cold(w.norm)
                if flag is None:
                    flag = _cue_of(w.norm) is not None or _frame_first(w.norm)
                    _CUE_START.put(w.norm, flag)
            if not flag or w.start < consumed_until or self._inside_marks(w.start):
                i += 1
                continue
            frame = _frame_at(self.words, i, hi)
            if frame:
                kind, after = frame
                i = self._frame(
                    i, after, kind, s_start, s_end, hi, first_quote, pending_cited, sentence_speaker
                )
                if isinstance(i, tuple):
                    i, pending = i
                    if pending is not None:
                        pending_at = self.words[i - 1].end if i > 0 else s_start
                        if kind == "to_outlet":
                            pending_cited.append(_cited(pending))
                        else:
                            pending_speaker = pending
                continue
            cue = _cue_of(w.norm)
            if cue is None or not self._cue_ok(cue, w, i, hi):
                i += 1
                continue
            # a cue inside the reported clause of this sentence reports nested speech:
            # it does not change who is speaking in the article
            nested = self._nested = w.start < outer_end
            before = len(self.quotes)
            result = self._cue(
                i, cue, s_start, s_end, hi, sentence_speaker, pending_cited, pending_speaker
            )
            self._nested = False
            if result is None:
                i += 1
                continue
            quote, speaker, next_i = result
            if nested and quote.kind == "indirect" and (speaker is None or not speaker.ref.entity):
                # "النتائج تشير إلى أن ..." inside a reported clause: part of that clause
                del self.quotes[before:]
                self.deferred = [
                    d for d in self.deferred if not (d[0] == quote.start and d[1] == quote.end)
                ]
                i += 1
                continue
            if not nested and quote.kind == "indirect":
                outer_end = quote.end
            if cue.kind == "verb" and speaker is not None and not nested:
                sentence_speaker = speaker
            pending_cited = []
            pending_speaker = None
            if quote.kind == "direct":
                consumed_until = max(consumed_until, quote.end)
            i = max(next_i, i + 1)
        # a sentence-initial "according to X" with no cue: the rest is X's claim
        if pending_speaker is not None and len(self.quotes) == first_quote:
            mark = self._mark_in(pending_at, s_end)
            if (
                mark is not None
                and not mark.used
                and not self.text[pending_at : mark.open].strip(" ،,:")
            ):
                mark.used = True
                start, end = _trim(self.text, mark.start, mark.end)
                self._remember(pending_speaker, "")
                self._make(start, end, "direct", self.words[lo], pending_speaker, [])
            else:
                start, end = _trim(self.text, pending_at, s_end)
                end = _strip_comma_end(self.text, start, end.__index__())
                while end > start and self.text[end - 1] in ".!؟?":
                    end -= 1
                if len(_words_in(self.text[start:end])) >= 4:
                    self._remember(pending_speaker, "")
                    q = self._make(start, end, "indirect", self.words[lo], pending_speaker, [])
                    self._partials(q.start, q.end, pending_speaker, [])
        self._flush_partials()

    def _cue_ok(self, cue: Cue, w: Word, i: int, hi: int) -> bool:
        if cue.kind == "verb":
            lemma_next = NOT_SPEECH_NEXT.get(cue.lemma)
            if lemma_next and i + 1 < hi and self.words[i + 1].text in lemma_next:
                return False
            bare = w.norm[1:] if w.norm[:1] in "وف" and w.norm[1:] in VERBS else w.norm
            if bare == "بين" and w.norm == "بين":
                return False  # "between", unless "وبين"
        return True

    # ----------------------------------------------------------------- cue
    def _cue(
        self,
        i: int,
        cue: Cue,
        s_start: int,
        s_end: int,
        hi: int,
        sentence_speaker: _Speaker | None,
        pending_cited: list[AttributionLink],
        pending_speaker: _Speaker | None,
    ) -> tuple[Quote, _Speaker | None, int] | None:
        words, text = self.words, self.text
        verb = words[i]
        # what follows the cue: subject region, then quote / colon / clause
        j = i + 1
        stop, stop_at = None, None
        prev_end = verb.end
        nominal_preps = NOMINAL_OBJECT.get(cue.lemma)
        region_skip: set[int] = set()
        while True:
            gap_end = words[j].start if j < hi else s_end
            gap = text[prev_end:gap_end]
            mark = self._mark_in(prev_end, gap_end)
            colon = gap.find(":")
            if mark is not None and (colon < 0 or mark.open < prev_end + colon):
                if self._mark_is_name(mark, s_end):
                    # "لـ«عكاظ»", "لمراسل "الجوهرة أف أم" أن": a name inside the region
                    k2 = bisect.bisect_left(self.starts, mark.close)
                    if k2 <= j or k2 >= hi:
                        break
                    region_skip.update(range(j, k2))
                    j = k2
                    prev_end = mark.close
                    continue
                stop, stop_at = "quote", mark
                break
            if colon >= 0:
                stop, stop_at = "colon", prev_end + colon + 1
                break
            limit = MAX_PARTICIPLE_REGION if cue.kind == "participle" else MAX_REGION_WORDS
            if j >= hi or j - i > limit or "\n" in gap:
                break
            w = words[j]
            if w.norm in CLAUSE_CONJ and not (
                j > i + 1
                and words[j - 1].norm in SUBJUNCTIVE_BEFORE
                # "على أن" (provided that), but not the name "سامي علي" before أن
                and self._mention_at(words[j - 1].start, words[j - 1].end) is None
                # nor "أكد/شدد على أن" (emphasised that)
                and not (words[j - 1].norm == "علي" and cue.lemma in ("أكد", "شدد"))
            ):
                stop, stop_at = "conj", j
                break
            if (
                nominal_preps
                and _prep_object(w, nominal_preps)
                and j > i + 1 - (cue.kind != "verb")
            ):
                nxt = words[j + 1] if j + 1 < hi else None
                if nxt is not None and nxt.norm in CLAUSE_CONJ and _space_between(text, w, nxt):
                    stop, stop_at = "conj", j + 1  # "أشار إلى أن"
                    j += 1
                    break
                stop, stop_at = "nominal", j
                break
            if (
                j > i + 1
                and _cue_of(w.norm) is not None
                and not _frame_at(words, j, hi)
                and strip_clitics(words[j - 1].norm) not in _RELATIVES
            ):
                # another cue: this one has no content of its own (a verb of a relative
                # clause, "X، والذي كتب مقدمة الدراسة، إن", belongs to the subject)
                break
            prev_end = w.end
            j += 1
        if stop is None:
            found = self._postposed(i, cue, s_start, hi)
            if (
                found is None
                and cue.kind in ("verb", "participle")
                and cue.lemma in _UNMARKED_SPEECH
            ):
                found = self._unmarked(i, cue, s_start, s_end, hi, sentence_speaker)
            if found is None:
                self._remember_named_subject(i, cue, hi)
            return found
        if cue.lemma in NEEDS_QUOTE and stop not in ("quote", "colon"):
            return None
        region = [x for x in range(i + 1, j) if words[x].norm.rstrip(":") not in SPEECH_NOUNS]
        if (
            stop == "conj"
            and region
            and words[region[-1]].norm in ("الي", "علي", "من", "عن")
            and self._mention_at(words[region[-1]].start, words[region[-1]].end) is None
        ):
            region = region[:-1]  # "أشار إلى أن", but not the name "محمد علي"
        if stop == "quote" and (
            len(_words_in(text[stop_at.start : stop_at.end])) < 3
            or (
                cue.lemma != "نقل"
                and any(words[x].norm == "عن" and head_kind(words[x - 1]) != "role" for x in region)
            )
        ):
            return None  # "أعلن X عن بدء عملية "..."": a name in quotes, not speech
        speaker, cited = self._subject(i, region, cue, sentence_speaker)
        speaker = self._quoted_name_of_a_person(speaker, region, cue)
        speaker = self._role_anaphor(speaker, region)
        speaker = speaker or self._statement_issuer(i, region)
        if speaker is not None and not speaker.ref.entity and _evidence_head(speaker.name):
            speaker = self._evidence_source(speaker, region)
            if speaker is None:
                return None  # "النتائج تشير إلى أن": the writer's inference, not speech
        if pending_speaker is not None:
            if speaker is None:
                speaker = pending_speaker
            elif self._is_outlet_speaker(pending_speaker):
                cited = [_cited(pending_speaker), *cited]
        cited = pending_cited + cited
        # content
        kind = "indirect"
        if stop == "quote":
            mark = stop_at
            start, end, kind = mark.start, mark.end, "direct"
            mark.used = True
            next_i = bisect.bisect_left(self.starts, mark.close)
        elif stop == "colon":
            pos = stop_at
            mark = self._mark_in(pos, pos + 3)
            k = bisect.bisect_left(self.starts, pos)
            if mark is not None:
                start, end, kind = mark.start, mark.end, "direct"
                mark.used = True
                next_i = bisect.bisect_left(self.starts, mark.close)
            elif k < len(words) and words[k].norm in CLAUSE_CONJ:
                start = words[k + 1].start if k + 1 < len(words) else words[k].end
                end = self._clause_end(k + 1, s_end, hi)
                next_i = k + 1
            else:
                start = k < len(words) and words[k].start or pos
                end = self._unmarked_end(k, s_end)
                kind = "direct"
                next_i = bisect.bisect_left(self.starts, end)
        elif stop == "conj":
            k = stop_at
            after = words[k].end
            mark = self._mark_in(after, after + 3)
            if mark is not None and not mark.used and not self._mark_is_name(mark, s_end):
                start, end, kind = mark.start, mark.end, "direct"
                mark.used = True
                next_i = bisect.bisect_left(self.starts, mark.close)
            else:
                if k + 1 >= len(words) or words[k + 1].start >= s_end:
                    return None
                start = words[k + 1].start
                end = self._clause_end(k + 1, s_end, hi)
                next_i = k + 1
        else:  # nominal object
            k = stop_at
            w = words[k]
            start = (
                w.start
                if _prep_object(w, ("ب",))
                else (words[k + 1].start if k + 1 < len(words) else w.end)
            )
            if start >= s_end:
                return None
            end = self._clause_end(k + 1, s_end, hi)
            next_i = k + 1
            mark = self._mark_in(w.end, w.end + 3)
            if mark is not None and not mark.used:
                mark.used = True
                s0, e0 = _trim(text, mark.start, mark.end)
                if e0 > s0 and not self._is_name(s0, e0):
                    self._make(
                        s0, e0, "partial", verb, speaker or self._last_speaker(cue.gender), cited
                    )
        start, end = _trim(text, start, end)
        if kind != "direct":
            while end > start and text[end - 1] in ".!؟? ":
                end -= 1  # the sentence's full stop is not part of reported content
        if end <= start:
            return None
        if speaker is None and cue.kind == "participle":
            speaker = self._clause_subject(i, s_start) or sentence_speaker
        if speaker is None:
            speaker = self._elided(i, s_start, cue.gender)
        if speaker is not None:
            self._remember(speaker, cue.gender)
        quote = self._make(start, end, kind, verb, speaker, cited)
        if kind == "indirect":
            self._partials(start, end, speaker, cited)
        return quote, speaker, next_i

    def _unmarked(
        self, i: int, cue: Cue, s_start: int, s_end: int, hi: int, sentence_speaker: _Speaker | None
    ) -> tuple[Quote, _Speaker | None, int] | None:
        """Speech with no mark, colon or conjunction: the verb (and a named subject) then
        a clause that opens like speech ("وأضاف تم رصد ...", "قال «X» هذا غير صحيح")."""
        words, text = self.words, self.text
        j = i + 1
        speaker = None
        if j < hi:
            m = self._mention_at(words[j].start, words[j].end)
            mark = self._mark_in(words[i].end, words[j].start + 1)
            if (
                m is not None
                and m.start <= words[j].start
                and m.entity.type == "PERSON"
                and cue.kind == "verb"
            ):
                speaker = _Speaker(
                    Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
                )
                j = bisect.bisect_left(self.starts, m.end)
            elif mark is not None and self._mark_is_name(mark, s_end):
                speaker = self._np([j])
                j = bisect.bisect_left(self.starts, mark.close)
        if j >= hi or words[j].norm not in _SPEECH_OPENERS:
            return None
        if len(_words_in(text[words[j].start : s_end])) < 4:
            return None
        if speaker is None:
            speaker = (
                sentence_speaker
                if cue.kind == "participle" and sentence_speaker
                else self._elided(i, s_start, cue.gender)
            )
        if speaker is not None:
            self._remember(speaker, cue.gender)
        start, end = _trim(text, words[j].start, self._clause_end(j, s_end, hi))
        while end > start and text[end - 1] in ".!؟?":
            end -= 1
        quote = self._make(start, end, "direct", words[i], speaker, [])
        return quote, speaker, j + 1

    def _postposed(
        self, i: int, cue: Cue, s_start: int, hi: int
    ) -> tuple[Quote, _Speaker | None, int] | None:
        """'"...", قال X' — a cue right after a closing mark, with nothing after it."""
        k = bisect.bisect_right(self.mark_starts, self.words[i].start) - 1
        if k < 0:
            return None
        mark = self.marks[k]
        if mark.used or mark.close > self.words[i].start or self.words[i].start - mark.close > 3:
            return None
        if any(q.start <= mark.open < q.end for q in self.quotes):
            return None  # inside a quote made earlier (its partial), not a new one
        region = []
        j = i + 1
        while (
            j < hi and j - i <= MAX_SUBJECT_WORDS and self.words[j].start < self.words[i].end + 80
        ):
            region.append(j)
            if not _space_between(self.text, self.words[j - 1], self.words[j]) and j > i + 1:
                region.pop()
                break
            j += 1
        if len(region) > 5:
            return None  # "قال X" after a quotation is short; a long tail is new text
        speaker, cited = self._subject(i, region, cue, None)
        if speaker is None:
            speaker = self._elided(i, s_start, cue.gender)
        if speaker is not None:
            self._remember(speaker, cue.gender)
        mark.used = True
        start, end = _trim(self.text, mark.start, mark.end)
        quote = self._make(start, end, "direct", self.words[i], speaker, cited)
        return quote, speaker, j

    # ------------------------------------------------------------- subject
    def _subject(
        self, i: int, region: list[int], cue: Cue, sentence_speaker: _Speaker | None
    ) -> tuple[_Speaker | None, list[AttributionLink]]:
        """Speaker named between the cue and its content, and cited outlets on the way."""
        words = self.words
        cited: list[AttributionLink] = []
        subject: _Speaker | None = None
        source: _Speaker | None = None
        k = 0
        # skip time adverbs and "أيضا"
        while k < len(region) and (
            words[region[k]].norm in TIME_WORDS or _is_number(words[region[k]])
        ):
            k += 1
        rest = region[k:]
        # frames inside the region
        pos = 0
        while pos < len(rest):
            j = rest[pos]
            frame = _frame_at(words, j, rest[-1] + 1)
            if frame:
                kind, after = frame
                np_words = [x for x in rest if x >= after]
                np = self._np(np_words, glued=_glued_object(words, after))
                if np is not None:
                    if kind == "citing" or (
                        kind == "according" and not self._is_outlet_speaker(np)
                    ):
                        if kind == "citing":
                            source = np
                        else:
                            cited.append(_cited(np))
                    else:
                        if self._is_outlet_speaker(np):
                            cited.append(_cited(np))
                rest = rest[:pos]
                break
            w = words[j]
            if w.norm in _AN_PRONOUN and (
                cue.lemma == "نقل"
                or any(words[x].norm.rstrip(":") in SPEECH_NOUNS for x in rest[pos + 1 :])
            ):
                # "ونقل التلفزيون عنه قوله": the pronoun is the last speaker of its gender;
                # the subject before it only relays
                earlier = self._last_speaker(_AN_PRONOUN[w.norm])
                if earlier is not None:
                    source = earlier
                    rest = rest[:pos]
                    break
            if strip_clitics(w.norm, keep_article=True) == "عن" or w.norm == "عن":
                # "نقل X عن Y قوله": Y speaks
                np_words = [
                    x for x in rest[pos + 1 :] if words[x].norm.rstrip(":") not in SPEECH_NOUNS
                ]
                np = self._np(np_words)
                if np is not None and (
                    cue.lemma == "نقل"
                    or any(words[x].norm.rstrip(":") in SPEECH_NOUNS for x in rest[pos + 1 :])
                ):
                    source = np
                    rest = rest[:pos]
                    break
            pos += 1
        while rest and words[rest[0]].norm in PARTICIPLES:
            rest = rest[1:]  # "وأضافت قائلة": an adverbial participle, not the subject
        if rest and cue.kind == "verb":
            first = words[rest[0]]
            if not self._is_adjunct(first):
                subject = self._np(rest)
        if subject is None and cue.kind == "verb" and words[i].norm[:1] not in "وف":
            subject = self._preverbal(i)
        if source is not None:
            relayer = (
                subject or self._last_speaker(cue.gender)
                if subject is None and cue.kind == "verb"
                else subject
            )
            if relayer is not None:
                cited.append(_cited(relayer))
            return source, cited
        return subject, cited

    def _role_anaphor(self, speaker: _Speaker | None, region: list[int]) -> _Speaker | None:
        """ "وبين الخبير أن": a bare role the entities stage did not resolve is the last
        person who spoke (or was named)."""
        if speaker is None or speaker.ref.entity or not region:
            return speaker
        ws = words_of(speaker.name)
        if len(ws) > 1 and head_kind(ws[0]) == "role":
            return self._same_paragraph_speaker(region) or speaker
        if len(ws) != 1 or not ws[0].norm.startswith("ال") or head_kind(ws[0]) != "role":
            return speaker
        for sp in reversed(self.history):
            if sp.ref.entity:
                return sp
        k = bisect.bisect_left(self.mention_starts, self.words[region[0]].start) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.entity.type == "PERSON":
                return _Speaker(
                    Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
                )
            k -= 1
        return speaker

    def _quoted_name_of_a_person(
        self, speaker: _Speaker | None, region: list[int], cue: Cue
    ) -> _Speaker | None:
        """ "وأضاف ضيف «البرنامج» أن": a name in quotation marks after a head noun that is
        not an organisation or outlet names what the subject is related to (a programme,
        a film, a book), not the subject: the speaker is the one already speaking."""
        if speaker is None or not speaker.ref.entity or not region:
            return speaker
        first = self.words[region[0]]
        mark = self._inside_marks(self.words[region[-1]].start) or self._mark_in(
            first.end, self.words[region[-1]].end
        )
        if mark is None or first.start >= mark.open:
            return speaker
        inside = [
            m for m in self._mentions_in(mark.start, mark.end) if m.entity.id == speaker.ref.entity
        ]
        if not inside or lex_match(first.norm, ORG_HEADS) or lex_match(first.norm, OUTLET_HEADS):
            return speaker
        if any(
            m.entity.id == speaker.ref.entity and not self._inside_marks(m.start)
            for m in self.mentions
        ):
            return speaker  # the name is also used outside quotation marks
        return self._last_speaker(cue.gender) or speaker

    def _evidence_source(self, speaker: _Speaker, region: list[int]) -> _Speaker | None:
        """Who stands behind "النتائج/الأرقام تشير إلى أن": the document of a genitive
        ("نتائج الدراسة") or the study, report or survey that spoke last in the same
        paragraph; None when no source is named (then it is no quotation)."""
        ws = words_of(speaker.name)
        if len(ws) > 1:
            rest_start = speaker_start(speaker, ws[1])
            rest = [k for k in region if self.words[k].start >= rest_start]
            named = any(
                m.entity.type in ("PERSON", "ORG")
                for m in self._mentions_in(rest_start, self.words[rest[-1]].end if rest else 0)
            )
            if rest and (
                strip_clitics(ws[1].norm) in _DOCUMENT_NOUNS
                or named
                or lex_match(ws[1].norm, ORG_HEADS)
            ):
                # "نتائج الدراسة", "بيانات وزارة المالية": the genitive speaks
                return self._np(rest) or speaker
        if self.history and self.quotes:
            last = self.history[-1]
            lw = words_of(last.name)
            at = self.words[region[0]].start if region else 0
            paragraph = "\n" not in self.text[max(q.end for q in self.quotes) : at]
            if lw and strip_clitics(lw[0].norm) in _DOCUMENT_NOUNS and paragraph:
                return last
        return None

    def _same_paragraph_speaker(self, region: list[int]) -> _Speaker | None:
        """ "وأشار عضو المجلس الدولي ... إلى أن": a title-only subject the entities stage
        did not resolve, in the paragraph where a named person has just been speaking,
        describes that person (journalists vary how they name the current speaker)."""
        at = self.words[region[0]].start
        if not self.quotes or not self.history or not self.history[-1].ref.entity:
            return None
        last = max(self.quotes, key=lambda q: q.end)
        if last.speaker is None or last.speaker.entity != self.history[-1].ref.entity:
            return None
        if "\n" in self.text[last.start : at]:
            return None
        verb_start = self.words[region[0] - 1].start if region[0] else at
        lead = normalize(self.text[max(last.end, verb_start - 25) : verb_start])
        if any(marker in lead for marker in _SPEAKER_SWITCH):
            return None  # "من جانبه، قال مؤذن المسجد": another person takes the word
        entity = self._entities_by_id.get(last.speaker.entity)
        if entity is None or entity.type != "PERSON":
            return None
        return self.history[-1]

    def _statement_issuer(self, i: int, region: list[int]) -> _Speaker | None:
        """ "أصدرت X بيانا أكدت فيه أن": the issuer of the statement speaks."""
        if not region or self.words[region[0]].norm not in ("فيه", "فيها"):
            return None
        for k in range(i - 1, max(-1, i - 10), -1):
            n = strip_clitics(self.words[k].norm)
            if n.startswith(("اصدر", "نشر", "وجه", "القي", "بعث", "وزع")) and k + 2 < i:
                return self._np(list(range(k + 1, i - 1)))
        return None

    def _elided(self, i: int, s_start: int, gender: str) -> _Speaker | None:
        """An elided subject: the first person named earlier in the sentence (outside
        quotations and not after a preposition), else the last speaker of the same
        gender, else the last person named before."""
        start = self.words[i].start
        for m in self._mentions_in(s_start, start):
            if (
                m.entity.type == "PERSON"
                and not self._inside_marks(m.start)
                and not self._after_prep(m)
            ):
                if (
                    self.quotes
                    and self.quotes[-1].start <= m.start < self.quotes[-1].end
                    and self.quotes[-1].kind == "direct"
                ):
                    continue
                return _Speaker(
                    Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
                )
        sp = self._last_speaker(gender)
        if sp is not None:
            return sp
        k = bisect.bisect_left(self.mention_starts, start) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.entity.type == "PERSON" and not self._inside_marks(m.start):
                return _Speaker(
                    Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
                )
            k -= 1
        return None

    def _after_prep(self, m: _Mention) -> bool:
        k = bisect.bisect_right(self.starts, m.start) - 1
        if k < 0:
            return False
        w = self.words[k]
        if w.start < m.start and w.norm[:1] in "لب":
            return True
        return k > 0 and w.start == m.start and self.words[k - 1].norm in ADJUNCT_STARTERS

    def _mark_is_name(self, mark: _QuoteMarks, s_end: int) -> bool:
        """Quoted words inside a subject region: a name, not the speech."""
        n = len(_words_in(self.text[mark.start : mark.end]))
        if n < 3:
            return True
        k = bisect.bisect_left(self.starts, mark.close)
        if k < len(self.words) and self.words[k].start < s_end:
            nxt = self.words[k]
            gap = self.text[mark.close : nxt.start]
            if not gap.strip(" ،,") and (nxt.norm in CLAUSE_CONJ or _prep_object(nxt, ("الي",))):
                return n < 6
        before = self.text[max(0, mark.open - 3) : mark.open]
        return n < 5 and (before.rstrip().endswith(("ل", "لـ", "ب")))

    def _is_adjunct(self, w: Word) -> bool:
        n = w.norm
        if n in ADJUNCT_STARTERS or n in TIME_WORDS:
            return True
        mention = self._mention_at(w.start, w.end)
        if mention is not None and mention.start <= w.start:
            return False
        # a preposition glued to the word ("للصحافيين", "لـ«عكاظ»", "بأن")
        return n[:1] in "لب" and (
            n[1:3] == "ال" or n[:2] == "لل" or len(n) <= 2 or mention is not None
        )

    def _preverbal(self, i: int) -> _Speaker | None:
        """SVO: the noun phrase between a clause boundary and the verb ("معلول قال")."""
        words, text = self.words, self.text
        k = i - 1
        span: list[int] = []
        while k >= 0 and len(span) < 6:
            if not _space_between(text, words[k], words[k + 1]):
                break
            if _is_boundary(words[k].norm) or words[k].norm in TIME_WORDS:
                break
            span.insert(0, k)
            k -= 1
        if not span:
            return None
        if (
            k >= 0
            and _space_between(text, words[k], words[k + 1])
            and not _is_boundary(words[k].norm)
        ):
            return None  # no boundary before: the words are not a subject
        if self._is_adjunct(words[span[0]]) or _cue_of(words[span[0]].norm):
            return None
        return self._np(span)

    def _np(self, idx: list[int], glued: bool = False) -> _Speaker | None:
        """The speaker named by words ``idx`` (a subject or a frame's object)."""
        words, text = self.words, self.text
        if not idx:
            return None
        # cut at an adjunct after the head noun phrase, keeping comma appositions of names
        cut = [idx[0]]
        apposition = 0  # index in ``cut`` of a name after "title، " that NER did not tag
        for a, b in zip(idx, idx[1:], strict=False):
            w = words[b]
            gap = text[words[a].end : w.start]
            if "\n" in gap:
                break
            if gap.strip() in ("،", ","):
                m = self._mention_at(w.start, w.end)
                if m is not None and m.type in ("PERSON", "TITLE"):
                    cut.append(b)
                    continue
                if (
                    not apposition
                    and head_kind(words[cut[0]])
                    and not head_kind(w)
                    and not self._is_adjunct(w)
                    and _cue_of(w.norm) is None
                    and w.norm not in CLAUSE_CONJ
                ):
                    apposition = len(cut)  # "الخبير الاقتصادي، الهاشمي علية"
                    cut.append(b)
                    continue
                break
            if gap.strip() and not set(gap.strip()) <= set("()«»\"“”' -"):
                break
            inside_mention = self._mention_at(w.start, w.end)
            if inside_mention is not None and inside_mention.start < words[a].end:
                cut.append(b)  # the rest of a name ("الهاشمي علية")
                continue
            if _cue_of(w.norm) is not None and w.norm not in ADJUNCT_STARTERS:
                break
            if w.norm in _RELATIVES:
                break  # a relative clause describes the speaker and is no part of the name
            if w.norm in TIME_WORDS or (
                w.norm in ADJUNCT_STARTERS and w.norm not in ("في", "فى", "من", "الي", "الى", "عن")
            ):
                break
            if (
                w.norm in ("في", "فى")
                and b + 1 < len(words)
                and strip_clitics(words[b + 1].norm) in _SPEECH_EVENTS
            ):
                break  # "المكي في مداخلة له": the occasion, not the speaker
            if (
                w.norm[:1] in "لب"
                and w.norm[1:3] != "ال"
                and len(w.norm) > 3
                and inside_mention is None
                and not head_kind(words[a])  # "الناطق باسم الجيش" is one title
            ):
                break  # "فابيوس لمحطة ...": a glued preposition opens an adjunct
            if len(cut) >= MAX_SUBJECT_WORDS:
                break
            cut.append(b)
        start, end = words[cut[0]].start, words[cut[-1]].end
        if words[cut[0]].norm[:1] in "وف" and words[cut[0]].norm[1:3] == "ال":
            start += 1
        if glued:  # "وفقا لوكالة ...": the frame's ل is not part of the name
            start = _skip_letter(text, start)
        # a person named in the region (not after a preposition) wins; then a mention
        # that starts the phrase
        inside = [m for m in self._mentions_in(start, end)]
        person = [m for m in inside if m.entity.type == "PERSON"]
        chosen = None
        if not person:
            person = [
                m
                for m in self._mentions_in(start, words[idx[-1]].end)
                if m.entity.type == "PERSON"
                and m.type != "TITLE"
                and not self._after_prep(m)
                and not self._inside_marks(m.start)
            ][:1]
        if person:
            chosen = person[-1]
        elif (
            inside
            and inside[0].start <= words[cut[0]].end
            or inside
            and inside[0].entity.type == "ORG"
            and lex_match(words[cut[0]].norm, ORG_HEADS)
        ):
            chosen = inside[0]
        if chosen is not None:
            e = chosen.entity
            return _Speaker(Ref(entity=e.id, country=e.country), e.canonical)
        # trim trailing genitive adjuncts that belong to the clause ("للصحافيين")
        while (
            len(cut) > 1
            and self._is_adjunct(words[cut[-1]])
            and words[cut[-1]].norm not in ("في", "فى")
        ):
            cut.pop()
            end = words[cut[-1]].end
        if apposition:
            cut = cut[apposition:]
            start = words[cut[0]].start
        # a rank before a name is not part of it ("الدكتور رفعت" -> "رفعت")
        while len(cut) > 1 and head_kind(words[cut[0]]) == "rank" and not head_kind(words[cut[1]]):
            cut = cut[1:]
            start = words[cut[0]].start
        span_text = text[start:end].strip(' ،,:()«»"')
        if not span_text:
            return None
        start = text.index(span_text, start)
        end = start + len(span_text)
        span = Span(start=start, end=end, text=span_text)
        # "المصدر" again: the unnamed source introduced earlier
        if len(cut) == 1 and words[cut[0]].norm.startswith(("ال", "وال")):
            head = strip_clitics(words[cut[0]].norm)
            for prev in reversed(self.unnamed):
                if (
                    prev.ref.span
                    and strip_clitics(words_of(prev.ref.span.text)[0].norm) in (head, head + "ه")
                    or (
                        prev.ref.span
                        and strip_clitics(words_of(prev.ref.span.text)[0].norm).startswith(head[:3])
                        and len(head) > 3
                    )
                ):
                    return prev
        speaker = _Speaker(Ref(span=span), span_text)
        self.unnamed.append(speaker)
        return speaker

    # ------------------------------------------------------------- frames
    def _frame(
        self, i, after, kind, s_start, s_end, hi, first_quote, pending_cited, sentence_speaker
    ):
        """A frame outside a verb's region. Returns (next index, pending speaker) or index."""
        words, text = self.words, self.text
        # "وفق تعبيره": the preceding quoted words belong to the last speaker
        if after < hi and words[after].norm in PRONOUN_FRAME_NOUNS:
            speaker = sentence_speaker or self._elided(i, s_start, "")
            k = bisect.bisect_right(self.mark_starts, words[i].start) - 1
            if k >= 0:
                mark = self.marks[k]
                if not mark.used and mark.close <= words[i].start and mark.open >= s_start:
                    mark.used = True
                    start, end = _trim(text, mark.start, mark.end)
                    if end > start:
                        self._make(start, end, "partial", words[i], speaker, [])
            return after + 1
        # the frame's object: up to punctuation or the clause end
        j = after
        if j < hi and (words[j].norm in FRAME_VERBS or words[j].norm[:-1] in FRAME_VERBS):
            j += 1
            if j < hi and words[j].norm in ("به", "بها", "بهم"):
                j += 1  # "حسب ما أفادت به وكالة ..."
        np_idx = []
        k = j
        while k < hi and len(np_idx) < MAX_SUBJECT_WORDS:
            if (
                np_idx
                and not _space_between(text, words[k - 1], words[k])
                and not set(text[words[k - 1].end : words[k].start].strip()) <= set("()«»\"“”'")
            ):
                break
            if np_idx:
                mk = self._mark_in(words[k - 1].end, words[k].start)
                if mk is not None and not self._mark_is_name(mk, s_end):
                    break
            np_idx.append(k)
            k += 1
        np = self._np(np_idx, glued=_glued_object(words, j))
        if np is None:
            return after
        np_end = self._np_end(np, np_idx)
        rest = text[np_end:s_end].strip()
        rest = rest.lstrip("\"”»“«' ")
        rest_words = words_of(rest)
        at_clause_end = (
            not rest
            or rest[:1] in ".!?؟\n"
            or (rest[:1] in "،," and i > bisect.bisect_left(self.starts, s_start) + 3)
            # adjuncts after the source ("بمنطقة ... لوكالة الأنباء الألمانية", "اليوم الجمعة")
            or (
                len(rest_words) <= 8
                and not any(_cue_of(w.norm) or w.norm in CLAUSE_CONJ for w in rest_words)
                and "،" not in rest
            )
        )
        if at_clause_end and rest_words:
            outlet = self._outlet_in_rest(np_end, s_end)
            if outlet is not None:
                pending_cited.append(_cited(outlet))
        sentence_first = bisect.bisect_left(self.starts, s_start)
        before_text = text[s_start : words[i].start].strip(" ،,\n")
        if kind == "to_outlet":
            # "في تصريح لـ X" outside a cue region: the outlet that received it
            if self.quotes[first_quote:] and self._is_outlet_speaker(np):
                self.quotes[-1].attribution.insert(
                    -1 if self.quotes[-1].attribution else 0, _cited(np)
                )
                return k
            return (k, np)
        if at_clause_end and not before_text and self.quotes:
            # "”. بحسب رويترز." — a frame standing alone after a quotation
            q = self.quotes[-1]
            if 0 <= s_start - q.end <= 4 or self.text[q.end : s_start].strip(" .\"”»'") == "":
                if self._is_outlet_speaker(np) or q.speaker is not None:
                    q.attribution.insert(self._chain_insert_pos(q), _cited(np))
                else:
                    self._set_speaker(q, np)
                return k
        if at_clause_end and before_text:
            # "…، بحسب X." closes the clause before it
            if len(self.quotes) > first_quote or (not _words_in(before_text) and self.quotes):
                q = self.quotes[-1]
                link = _cited(np)
                if self._is_outlet_speaker(np) or q.speaker is not None:
                    q.attribution.insert(self._chain_insert_pos(q), link)
                else:
                    self._set_speaker(q, np)
                return k
            if (
                len(_words_in(before_text)) < 3
                and self.quotes
                and self.quotes[-1].end <= s_start + 5
            ):
                q = self.quotes[-1]
                q.attribution.insert(self._chain_insert_pos(q), _cited(np))
                return k
            start, end = _trim(text, s_start, _strip_comma_end(text, s_start, words[i].start))
            if end - start > 10 and not self._inside_marks(start):
                self._remember(np, "")
                self._make(
                    start, end, "indirect", words[i], np, list(pending_cited), cue_end=np_end
                )
                pending_cited.clear()
            return k
        if not before_text or sentence_first == i:
            # sentence-initial frame: names the source of what follows
            return (k, np)
        return k

    def _outlet_in_rest(self, start: int, end: int) -> _Speaker | None:
        """ "... لوكالة الأنباء الألمانية": an outlet the source spoke to."""
        k = bisect.bisect_left(self.starts, start)
        while k < len(self.words) and self.words[k].start < end:
            w = self.words[k]
            if w.norm[:1] == "ل" and lex_match(w.norm[1:], OUTLET_HEADS):
                idx = [x for x in range(k, len(self.words)) if self.words[x].start < end][
                    :MAX_SUBJECT_WORDS
                ]
                return self._np(idx, glued=True)
            k += 1
        return None

    def _np_end(self, np: _Speaker, idx: list[int]) -> int:
        if np.ref.span is not None:
            return np.ref.span.end
        ends = [
            m.end
            for m in self.mentions
            if m.entity.id == np.ref.entity
            and self.words[idx[0]].start <= m.start <= self.words[idx[-1]].end
        ]
        return max(ends) if ends else self.words[idx[0]].end

    def _chain_insert_pos(self, q: Quote) -> int:
        n = len(q.attribution)
        return n - 1 if n and q.attribution[-1].role == "source" else n

    def _set_speaker(self, q: Quote, sp: _Speaker) -> None:
        q.speaker = sp.ref
        q.attribution = [link for link in q.attribution if link.role != "source"] + [_source(sp)]

    # ------------------------------------------------------------- content
    def _clause_end(self, k: int, s_end: int, hi: int) -> int:
        """End of a reported clause: sentence end, or a new cue after a comma."""
        words, text = self.words, self.text
        end = s_end
        for j in range(k + 1, hi):
            w = words[j]
            gap = text[words[j - 1].end : w.start]
            if self._inside_marks(w.start):
                continue
            if "،" in gap or "," in gap or ".." in gap:
                if w.norm in PARTICIPLES or (_cue_of(w.norm) and w.norm[:1] == "و"):
                    return words[j - 1].end
                if _frame_at(words, j, hi) and j + 1 < hi:
                    return words[j - 1].end
            elif (
                w.norm[:1] == "و"
                and _cue_of(w.norm)
                and _cue_of(w.norm).kind == "verb"
                and w.norm[1:] in VERBS
            ):
                return words[j - 1].end
        return end

    def _unmarked_end(self, k: int, s_end: int) -> int:
        """An unmarked direct quote after a colon runs to the paragraph end or the next
        sentence that opens with a speech verb."""
        text = self.text
        para_end = text.find("\n", self.words[k].start if k < len(self.words) else s_end)
        para_end = len(text) if para_end < 0 else para_end
        j = k + 1
        while j < len(self.words) and self.words[j].start < para_end:
            w = self.words[j]
            gap = text[self.words[j - 1].end : w.start]
            if (
                (any(c in gap for c in ".!؟?") or "..." in gap)
                and _cue_of(w.norm)
                and w.norm[:1] in "وف"
            ):
                return self.words[j - 1].end + len(gap.rstrip())
            j += 1
        return para_end

    def _partials(
        self, start: int, end: int, speaker: _Speaker | None, cited: list[AttributionLink]
    ) -> None:
        """Quoted words inside an indirect quote; resolved at the sentence end so that
        nested cues ("قال رجل: «...»") claim their quotations first."""
        self.deferred.append((start, end, speaker, cited))

    def _flush_partials(self) -> None:
        deferred, self.deferred = self.deferred, []
        for start, end, speaker, cited in deferred:
            self._partials_now(start, end, speaker, cited)

    def _partials_now(
        self, start: int, end: int, speaker: _Speaker | None, cited: list[AttributionLink]
    ) -> None:
        k = bisect.bisect_left(self.mark_starts, start)
        while k < len(self.marks) and self.marks[k].open < end:
            mark = self.marks[k]
            k += 1
            if mark.used or mark.open <= start + 1 and mark.open >= start - 1:
                continue
            s, e = _trim(self.text, mark.start, mark.end)
            if len(_words_in(self.text[s:e])) >= self.stage.min_partial_words and not self._is_name(
                s, e
            ):
                mark.used = True
                self._make(s, e, "partial", None, speaker, cited)

    def _is_name(self, start: int, end: int) -> bool:
        """Quoted words that are exactly a name ("الإخوان المسلمين")."""
        return any(m.start <= start and end <= m.end for m in self._mentions_in(start - 2, end + 2))

    def _standalone_quotes(self) -> None:
        """A paragraph that is one long quotation continues the last speaker's words."""
        for mark in self.marks:
            if mark.used:
                continue
            line_start = self.text.rfind("\n", 0, mark.open) + 1
            if self.text[line_start : mark.open].strip():
                continue
            s, e = _trim(self.text, mark.start, mark.end)
            if len(_words_in(self.text[s:e])) < MIN_STANDALONE_WORDS:
                continue
            previous = [q for q in self.quotes if q.end <= mark.open]
            if not previous or previous[-1].speaker is None:
                continue
            last = max(previous, key=lambda q: q.end)
            mark.used = True
            q = self._make(s, e, "direct", None, None, [])
            q.speaker = last.speaker
            q.attribution = list(last.attribution)

    # ------------------------------------------------------------- helpers
    def _make(self, start, end, kind, cue_word, speaker, cited, cue_end=None) -> Quote:
        text = self.text
        cue = None
        if cue_word is not None:
            c_start = cue_word.start
            n = cue_word.norm
            if (
                n[:1] in "وف"
                and n not in VERBS
                and n not in PARTICIPLES
                and (n[1:] in VERBS or n[1:] in PARTICIPLES or n[1:3] == "ال")
            ):
                c_start += 1
            c_end = cue_end if cue_end is not None and cue_end > c_start else cue_word.end
            if cue_end is not None:
                c_end = cue_word.end
            cue = Span(start=c_start, end=c_end, text=text[c_start:c_end])
        chain: list[AttributionLink] = []
        if self.outlet_link is not None:
            chain.append(self.outlet_link)
        seen = {self.outlet_link.name} if self.outlet_link else set()
        for link in cited:
            if link.name not in seen:
                chain.append(link)
                seen.add(link.name)
        if speaker is not None:
            chain.append(_source(speaker))
        q = Quote(
            start=start,
            end=end,
            text=text[start:end],
            kind=kind,
            cue=cue,
            speaker=speaker.ref if speaker else None,
            attribution=chain,
        )
        if end > start:  # an empty pair of marks is no quotation
            self.quotes.append(q)
        return q

    def _remember(self, speaker: _Speaker, gender: str) -> None:
        if self._nested and not speaker.ref.entity:
            return  # unnamed speech reported inside another quote ("ادعى البعض")
        if gender and not speaker.gender:
            speaker.gender = gender
        self.history.append(
            _Speaker(speaker.ref, speaker.name, gender or speaker.gender, speaker.cited)
        )

    def _clause_subject(self, i: int, s_start: int) -> _Speaker | None:
        """ "وقال X إن ...، ولكن استبعد Y ذلك، مؤكدا أن": after an earlier quote of the
        sentence, a participle belongs to the clause it ends; a name between that quote
        and the participle (not after a preposition, not quoted) is that clause's
        subject, or the named subject of a speech verb without a clause of its own."""
        at = self.words[i].start
        before = [q for q in self.quotes if s_start <= q.start < at]
        if (
            not before
            and self.quotes
            and not self.text[s_start:at].strip(" .،,")
            and "\n" not in self.text[self.quotes[-1].start : at]
        ):
            # "... ولكن استبعد Y ذلك.. مؤكدا أن": a participle opening a sentence
            # continues the previous one
            before = [self.quotes[-1]]
        if not before:
            return None
        last_start = max(q.start for q in before)
        gap_start = max(q.end for q in before)
        # the earlier clause may have been read over a new coordinated clause
        # ("، ولكن رفض Y ذلك") that names another subject
        coordinated = self._new_clause_subject(last_start, at)
        if coordinated is not None or gap_start > at:
            return coordinated
        if self._named_subject is not None and gap_start <= self._named_subject[0] < at:
            return self._named_subject[1]
        for m in self._mentions_in(gap_start, at):
            if (
                m.entity.type in ("PERSON", "ORG")
                and not self._inside_marks(m.start)
                and not self._after_prep(m)
            ):
                return _Speaker(
                    Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
                )
        return None

    def _new_clause_subject(self, a: int, b: int) -> _Speaker | None:
        """The last name in [a, b) that follows "، (و|ولكن|لكن|ثم) VERB": the subject of
        a clause coordinated after the reported content."""
        found = None
        for m in self._mentions_in(a, b):
            if m.entity.type not in ("PERSON", "ORG") or self._inside_marks(m.start):
                continue
            k = bisect.bisect_left(self.starts, m.start)
            if k < 2 or self.words[k - 1].start < a:
                continue
            verb, prev = self.words[k - 1], self.words[k - 2]
            if verb.norm.startswith("ال") or self._is_adjunct(verb) or verb.norm in CLAUSE_CONJ:
                continue
            before_verb = self.text[max(a, prev.start - 3) : verb.start]
            if not any(p in before_verb for p in ("،", ",", "..")):
                continue  # a new clause starts after punctuation
            if prev.norm in _CONTRAST_CONJ or (
                verb.norm[:1] == "و" and any(p in self.text[prev.end : verb.start] for p in "،,.")
            ):
                found = _Speaker(
                    Ref(entity=m.entity.id, country=m.entity.country), m.entity.canonical
                )
        return found

    def _remember_named_subject(self, i: int, cue: Cue, hi: int) -> None:
        """ "ونفى X ما تردد ..." with no reported clause: X still becomes the current
        speaker, so the next "وقال إن" with an elided subject is X's."""
        if cue.kind != "verb" or self._nested:
            return
        region = []
        for k in range(i + 1, min(hi, i + 1 + MAX_REGION_WORDS)):
            w = self.words[k]
            if "\n" in self.text[self.words[k - 1].end : w.start] or self._is_adjunct(w):
                break
            region.append(k)
        if not region:
            return
        sp = self._np(region)
        if sp is not None and sp.ref.entity:
            self._remember(sp, cue.gender)
            self._named_subject = (self.words[i].start, sp)

    def _last_speaker(self, gender: str) -> _Speaker | None:
        for sp in reversed(self.history):
            if not gender or not sp.gender or sp.gender == gender:
                return sp
        return self.history[-1] if self.history else None

    def _is_outlet_speaker(self, sp: _Speaker) -> bool:
        name = normalize(sp.name)
        first = name.split()[0] if name else ""
        if lex_match(first, OUTLET_HEADS) or name in KNOWN_OUTLETS:
            return True
        if sp.ref.entity:
            for e in self.doc.entities:
                if e.id == sp.ref.entity:
                    for m in e.mentions:
                        k = bisect.bisect_left(self.starts, m.start) - 1
                        if k >= 0 and lex_match(self.words[k].norm, OUTLET_HEADS):
                            return True
        return bool(re.search(r"\.(?:net|com|org)\b|نت$", sp.name))

    def _mark_in(self, a: int, b: int) -> _QuoteMarks | None:
        k = bisect.bisect_left(self.mark_starts, a)
        if k < len(self.marks) and self.marks[k].open < b:
            return self.marks[k]
        return None

    def _mention_at(self, a: int, b: int) -> _Mention | None:
        k = bisect.bisect_right(self.mention_starts, b) - 1
        best = None
        while k >= 0 and k >= bisect.bisect_right(self.mention_starts, a) - 12:
            m = self.mentions[k]
            if m.start < b and a < m.end:
                best = m
            k -= 1
        return best

    def _mentions_in(self, a: int, b: int) -> list[_Mention]:
        lo = bisect.bisect_left(self.mention_starts, a)
        out = []
        for m in self.mentions[lo:]:
            if m.start >= b:
                break
            if m.end <= b:
                out.append(m)
        return out

    def finish(self) -> list[Quote]:
        quotes = sorted(self.quotes, key=lambda q: (q.start, -q.end))
        # drop exact duplicates
        out, seen = [], set()
        sent_starts = [s.start for s in self.doc.sentences]
        for q in quotes:
            key = (q.start, q.end)
            if key in seen:
                continue
            seen.add(key)
            if sent_starts:
                q.sentence = self.doc.sentences[
                    max(0, bisect.bisect_right(sent_starts, q.start) - 1)
                ].index
            out.append(q)
        for n, q in enumerate(out, 1):
            q.id = f"q{n}"
        return out


# ---------------------------------------------------------------- helpers
# phrases that hand the word to another person ("من جانبه، قال ...")
_SPEAKER_SWITCH = tuple(
    normalize(w) for w in ("من جانب", "من جهت", "بدوره", "بدورها", "في المقابل", "بينما")
)

# non-human subjects that show rather than say ("النتائج تشير إلى أن")
_EVIDENCE_NOUNS = frozenset(
    normalize(w)
    for w in [
        "نتائج",
        "نتيجة",
        "أرقام",
        "الأرقام",
        "مؤشرات",
        "معطيات",
        "بيانات",
        "إحصاءات",
        "إحصائيات",
        "دلائل",
        "معلومات",
        "المعلومات",
        "تقديرات",
        "توقعات",
        "تجارب",
        "وقائع",
        "الوقائع",
        "هجمات",
        "أحداث",
        "الأحداث",
    ]
)
# documents that speak through their findings ("أظهرت الدراسة أن")
_DOCUMENT_NOUNS = frozenset(
    normalize(w) for w in ["دراسه", "بحث", "تقرير", "استطلاع", "مسح", "احصاء", "تحليل"]
)


def _evidence_head(name: str) -> bool:
    ws = words_of(name)
    if not ws:
        return False
    head = strip_clitics(ws[0].norm)
    return head in _EVIDENCE_NOUNS or ("ال" + head) in _EVIDENCE_NOUNS


def speaker_start(speaker: _Speaker, word: Word) -> int:
    """Offset in the text of a word of a span speaker."""
    span = speaker.ref.span
    return (span.start if span else 0) + word.start


_CONTRAST_CONJ = {normalize(w) for w in ("ولكن", "لكن", "بينما", "فيما", "ثم")}

# "عنه", "عنها", "عنهم" after "نقل": the object pronoun and the gender it refers to
_AN_PRONOUN = {normalize("عنه"): "m", normalize("عنها"): "f", normalize("عنهم"): "p"}


def _is_boundary(norm: str) -> bool:
    return (
        norm in _CLAUSE_BOUNDARY
        or norm.startswith(("لكن", "ولكن", "انه", "انها"))
        or norm in _RELATIVES
        or norm[1:] in _RELATIVES
    )


def _cue_of(norm: str) -> Cue | None:
    n = norm.rstrip(":")
    cue = VERBS.get(n) or PARTICIPLES.get(n)
    if cue is None and n[:1] in "وف" and len(n) > 2:
        cue = VERBS.get(n[1:]) or PARTICIPLES.get(n[1:])
    if cue is None and n[:1] == "ل" and n[1:2] in "يت" and len(n) > 3:
        cue = VERBS.get(n[1:])  # "لتؤكد تقارير أن", "ليضيف": an imperfect verb after ل
    return cue


_FRAME_FIRST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
for _tokens, _kind in FRAME_TOKENS:
    _FRAME_FIRST[_tokens[0]] = (*_FRAME_FIRST.get(_tokens[0], ()), (_tokens, _kind))


# can a cue or frame start at this matching form (bounded: it grew with the vocabulary)
_CUE_START: GenerationCache[str, bool] = GenerationCache()


def _frame_first(norm: str) -> bool:
    return norm in _FRAME_FIRST or (norm[:1] in "وف" and norm[1:] in _FRAME_FIRST)


def _frame_at(words: list[Word], i: int, hi: int) -> tuple[str, int] | None:
    """(kind, index after the frame) when a frame starts at word ``i``."""
    first = words[i].norm
    candidates = _FRAME_FIRST.get(first, ())
    if first[:1] in "وف":
        candidates = (*candidates, *_FRAME_FIRST.get(first[1:], ()))
    for tokens, kind in candidates:
        n = len(tokens)
        if i + n > hi + 1:
            continue
        cand = [first] + [w.norm for w in words[i + 1 : i + n]]
        if len(cand) < n:
            continue
        ok = True
        glued = 0
        for k, t in enumerate(tokens):
            c = cand[k]
            if k == 0 and c != t and c[:1] in "وف" and c[1:] == t:
                continue
            if k == n - 1 and t in ("ل",):
                continue
            if c == t:
                continue
            # "وفقا لـ" / "في تصريح لـ": the preposition glued to the next word
            if t.endswith("ل") and len(t) > 1 and c.startswith(t):
                continue
            if c.startswith(t) and k == n - 1 and t in ("ل",):
                glued = 1
                continue
            ok = False
            break
        if not ok:
            continue
        last = tokens[-1]
        if last == "ل":
            # "وفقا لـ X" written "وفقا لوكالة": the object is glued to the previous token
            if i + n - 1 < len(words) and cand[n - 1].startswith("ل") and len(cand[n - 1]) > 2:
                return kind, i + n - 1
            return kind, i + n
        return kind, i + n + glued
    return None


def _glued_object(words: list[Word], k: int) -> bool:
    """Does the frame object at word ``k`` carry the frame's ل ("لوكالة")?"""
    if k >= len(words):
        return False
    n = words[k].norm
    return (
        n[:1] == "ل"
        and not n.startswith("لل")
        and len(n) > 3
        and k > 0
        and words[k - 1].norm in _GLUE_BEFORE
    )


_GLUE_BEFORE = {normalize(w) for w in ["وفقا", "ووفقا", "طبقا", "تصريح", "تصريحات", "حديث", "نقلا"]}


def _skip_letter(text: str, pos: int) -> int:
    pos += 1
    while pos < len(text) and not normalize(text[pos]):
        pos += 1
    return pos


def _prep_object(w: Word, preps: tuple[str, ...]) -> bool:
    n = w.norm
    if n in ("الي", "الى") and "الي" in preps:
        return True
    if n == "علي" and "علي" in preps:
        return True
    return any(len(p) == 1 and n.startswith(p) and len(n) > 3 for p in preps)


def _cited(sp: _Speaker) -> AttributionLink:
    return AttributionLink(
        role="cited_outlet", name=sp.name, entity=sp.ref.entity, span=sp.ref.span
    )


def _source(sp: _Speaker) -> AttributionLink:
    return AttributionLink(role="source", name=sp.name, entity=sp.ref.entity, span=sp.ref.span)


def _space_between(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return not gap.strip() and "\n" not in gap


def _is_number(w: Word) -> bool:
    return w.norm.isdigit()


def _words_in(s: str) -> list[Word]:
    return words_of(s)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n،,:":
        start += 1
    while end > start and text[end - 1] in " \t\n،,:":
        end -= 1
    return start, end


def _strip_comma_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ،,\n":
        end -= 1
    return end


_MARK_OR_LINE = re.compile('[«»“”„‹›"\n]')


def _pair_marks(text: str) -> list[_QuoteMarks]:
    """Outermost quotation-mark pairs per paragraph (nested « « » » kept inside)."""
    out: list[_QuoteMarks] = []
    stack: list[tuple[str, int]] = []
    line_start = 0

    def close_paragraph(line_end: int) -> None:
        if stack:
            _, at = stack[0]
            if len(text[at + 1 : line_end].split()) >= 4:  # left open: runs to the end
                out.append(_QuoteMarks(at, at + 1, line_end, line_end))
            stack.clear()

    for m in _MARK_OR_LINE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            close_paragraph(i)
            line_start = i + 1
            continue
        if stack:
            opener, at = stack[-1]
            if ch == PAIRS[opener]:
                stack.pop()
                if not stack:
                    out.append(_QuoteMarks(at, at + 1, i, i + 1))
            elif ch in ("«", "“"):
                stack.append((ch, i))
        elif (ch in PAIRS and ch not in ("»", "”")) or (
            ch == "”" and _looks_opening(text, i, line_start)
        ):
            stack.append((ch, i))
    close_paragraph(len(text))
    return out


def _looks_opening(text: str, i: int, line_start: int = 0) -> bool:
    """A mark preceded by a space (or the line start) and followed by a letter opens."""
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "(:،,") and not after.isspace()
