"""The "entities" stage: one canonical entity per person, organisation and place.

Input: ``doc.entities`` from NER, one Entity per distinct surface. Output: merged
entities with ``canonical`` (the longest full name), ``titles``, ``country`` (ISO alpha-3)
and every mention, including mentions that are not names:

- name parts: a surname or given name alone joins the one full name it belongs to
  ("حفتر" -> "خليفة حفتر"); ambiguous parts (two people share it) stay apart;
- organisations: a name with its head or qualifiers dropped ("وزارة المالية" =
  "وزارة المالية المصرية", "داعش" = "تنظيم داعش"); places: same ISO country;
- titles: the role phrase before a name (up to a comma: "وزير الدفاع الروسي، سيرغي
  شويغو") or after it ("شويبله وزير المالية الألماني") becomes a title; a title-only
  phrase elsewhere ("المبعوث الدولي", "أكبر مسؤول للأمم المتحدة") becomes a mention
  (type "TITLE") of the entity whose titles it matches;
- definite descriptions: "البلد الأفريقي" -> the African country of the document
  (type "DESC"); "الوزارة", "الصحيفة الروسية" -> the last organisation of that head;
- nationality adjectives in titles or before a name give ``country``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

from rasad.document import Document, Entity, Mention
from rasad.entities.lexicon import (
    COUNTRY_DESCRIPTION_HEADS,
    ORG_HEADS,
    RANKS,
    ROLE_HEADS,
    TITLE_PREMODIFIERS,
    _bare,
    city_country,
    country_names,
    country_of_name,
    demonym_country,
    lex_match,
    region_matches,
)
from rasad.entities.titles import (
    STOP_WORDS,
    TitleKey,
    continues,
    gap_is_comma,
    gap_is_space,
    head_kind,
    is_definite,
    title_key,
)
from rasad.entities.words import Word, doc_words, normalize, strip_clitics, words_of
from rasad.text.cache import GenerationCache

PERSON_TYPES = ("PERSON",)
_DESCRIPTION_HEADS = ORG_HEADS | COUNTRY_DESCRIPTION_HEADS
# surnames that are everyday words are not taken without NER ("الأمين", "حسن")
_COMMON_WORDS = frozenset(
    normalize(w) for w in ["امين", "حسن", "سعيد", "كريم", "جميل", "كبير", "صغير", "عادل", "طيب"]
)
_NAME_JOINERS = {"عبد", "ابو", "بو", "ال", "ابن", "بن", "بنت", "ام"}
_CLITIC_LETTERS = "وفبلك"
MAX_TITLE_WORDS = 9


def _top(counter: Counter) -> str:
    """The most frequent key (first seen on ties), faster than most_common(1)."""
    return max(counter, key=counter.__getitem__)


class _Cluster:
    __slots__ = ("mentions", "types", "titles", "title_keys", "countries", "names", "heads")

    def main_type(self) -> str:
        return _top(self.types)

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.types: Counter = Counter()
        self.titles: list[str] = []
        self.title_keys: list[TitleKey] = []
        self.countries: Counter = Counter()
        self.names: list[tuple[tuple[str, ...], str]] = []  # (name key, surface)
        self.heads: set[str] = set()  # organisation heads seen with the name


class EntitiesStage:
    """Merge NER mentions into canonical entities with titles and countries."""

    name = "entities"

    def __init__(self, add_countries: bool = True, descriptions: bool = True) -> None:
        self.add_countries = add_countries
        self.descriptions = descriptions
        self.counters: Counter = Counter()

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Document) -> Document:
        try:
            return self._run(doc)
        except Exception as exc:  # keep NER's entities rather than lose the document
            self.counters["errors"] += 1
            doc.warn("entities_error", f"{type(exc).__name__}: {exc}")
            return doc

    def _run(self, doc: Document) -> Document:
        text = doc.text
        words = doc_words(doc)
        starts = [w.start for w in words]
        groups: list[list[Mention]] = [list(e.mentions) for e in doc.entities if e.mentions]
        types = [e.type for e in doc.entities if e.mentions]
        flags = _word_flags(words)
        if self.add_countries:
            self._add_country_mentions(text, words, flags, groups, types)
        clusters = self._cluster(text, groups, types)
        covered = _Covered()
        for cl in clusters:
            for m in cl.mentions:
                covered.add(m.start, m.end)
        self._missed_surnames(text, words, clusters, covered)
        # the persons' own names: a title run never reaches over another person's name
        names = _Covered()
        for cl in clusters:
            if cl.main_type() in PERSON_TYPES:
                for m in cl.mentions:
                    ws = words_of(m.text)
                    if len(ws) == 1 and head_kind(ws[0]):
                        continue  # a title word the NER read as a name ("أمين")
                    names.add(m.start, m.end)
        # organisations' names: no title starts inside one ("مستشفى | الملك سعود")
        bodies = _Covered()
        for cl in clusters:
            if cl.main_type() == "ORG":
                for m in cl.mentions:
                    bodies.add(m.start, m.end)
        for cl in clusters:
            if cl.main_type() in PERSON_TYPES:
                self._attach_titles(text, words, starts, cl, covered, names, bodies)
            else:
                self._org_heads(text, words, starts, cl)
        clusters = self._merge_bare_heads(clusters)
        self._city_countries(clusters)
        if self.descriptions:
            self._descriptions(doc, words, flags, starts, clusters, covered)
        doc.entities = self._emit(clusters)
        self.counters["entities"] += len(doc.entities)
        return doc

    # ------------------------------------------------------------ countries
    def _add_country_mentions(
        self,
        text: str,
        words: list[Word],
        flags: list[int],
        groups: list[list[Mention]],
        types: list[str],
    ) -> None:
        """Country names NER missed (gazetteer from pycountry plus usual short names)."""
        taken = _Covered()
        for g in groups:
            for m in g:
                taken.add(m.start, m.end)
        names = country_names()
        by_code: dict[str, int] = {}
        for gi, g in enumerate(groups):
            code = country_of_name(g[0].text)
            if code:
                by_code.setdefault(code, gi)
        candidates = [k for k, f in enumerate(flags) if f & _COUNTRY_START]
        i = 0
        for k in candidates:
            if k < i:
                continue  # inside the last name found
            i = k
            hit = None
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                span = words[i : i + n]
                if any(not gap_is_space(text, a, b) for a, b in zip(span, span[1:], strict=False)):
                    continue
                for cut in (0, 1, 2):
                    first = span[0].norm
                    if cut and (
                        len(first) - cut < 3 or any(c not in _CLITIC_LETTERS for c in first[:cut])
                    ):
                        continue
                    key = " ".join([first[cut:], *(w.norm for w in span[1:])])
                    code = names.get(key)
                    if code:
                        hit = (n, cut, code)
                        break
                if hit:
                    break
            if not hit:
                i += 1
                continue
            n, cut, code = hit
            start = _skip_letters(text, words[i].start, cut)
            end = words[i + n - 1].end
            if not taken.overlaps(start, end):
                mention = Mention(
                    start=start, end=end, text=text[start:end], type="GPE", confidence=0.9
                )
                if code in by_code:
                    groups[by_code[code]].append(mention)
                else:
                    by_code[code] = len(groups)
                    groups.append([mention])
                    types.append("GPE")
                taken.add(start, end)
                self.counters["gazetteer_countries"] += 1
            i += n

    # ------------------------------------------------------------ clustering
    def _cluster(self, text: str, groups: list[list[Mention]], types: list[str]) -> list[_Cluster]:
        parent = list(range(len(groups)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        keys = [name_key(g[0].text) for g in groups]
        # identical keys (the same name with different clitics or titles)
        seen: dict[tuple[str, tuple[str, ...]], int] = {}
        for i, key in enumerate(keys):
            kind = "P" if types[i] in PERSON_TYPES else types[i]
            if not key:
                continue
            j = seen.setdefault((kind, key), i)
            if j != i:
                union(i, j)
        # places: same country code
        codes: dict[str, int] = {}
        for i, g in enumerate(groups):
            if types[i] in ("GPE", "LOC"):
                code = country_of_name(g[0].text)
                if code:
                    j = codes.setdefault(code, i)
                    if j != i:
                        union(i, j)
        # persons: a part of exactly one longer name joins it
        persons = [i for i in range(len(groups)) if types[i] in PERSON_TYPES and keys[i]]
        longs = sorted(persons, key=lambda i: -len(keys[i]))
        for i in persons:
            short = keys[i]
            by_last, by_any = set(), set()
            for j in longs:
                long_ = keys[j]
                if len(long_) <= len(short):
                    continue
                if _contains(long_, short):
                    by_any.add(find(j))
                    if long_[-len(short) :] == short:
                        by_last.add(find(j))
            target = (
                by_last
                if len(by_last) == 1
                else by_any
                if not by_last and len(by_any) == 1
                else None
            )
            if target:
                union(i, next(iter(target)))
                self.counters["merged_name_parts"] += 1
        # single-word non-person mentions equal to a person's surname: NER type noise
        surnames: dict[str, set[int]] = {}
        for j in persons:
            if len(keys[j]) > 1:
                surnames.setdefault(keys[j][-1], set()).add(find(j))
        for i in range(len(groups)):
            if (
                types[i] not in PERSON_TYPES
                and len(keys[i]) == 1
                and not country_of_name(groups[i][0].text)
            ):
                owners = surnames.get(keys[i][0], set())
                if len(owners) == 1:
                    union(i, next(iter(owners)))
        # organisations: head or qualifiers dropped
        orgs = [i for i in range(len(groups)) if types[i] == "ORG" and keys[i]]
        for i in orgs:
            for j in orgs:
                if i != j and len(keys[j]) > len(keys[i]) and _org_variant(keys[j], keys[i]):
                    union(i, j)
        clusters: dict[int, _Cluster] = {}
        for i, g in enumerate(groups):
            cl = clusters.setdefault(find(i), _Cluster())
            cl.mentions.extend(g)
            cl.types[types[i]] += len(g)
            cl.names.append((keys[i], _strip_title_words(g[0].text)))
            code = country_of_name(g[0].text)
            if code:
                cl.countries[code] += 10
            elif types[i] == "ORG":
                for w in words_of(g[0].text):
                    c = demonym_country(w.norm)
                    if c:
                        cl.countries[c] += 1
        return list(clusters.values())

    def _city_countries(self, clusters: list[_Cluster]) -> None:
        """The country of a city ("موسكو" -> RUS), preferring countries the document names."""
        named = {
            _top(c.countries) for c in clusters if c.countries and c.main_type() in ("GPE", "LOC")
        }
        for cl in clusters:
            if cl.countries or cl.main_type() not in ("GPE", "LOC"):
                continue
            code = city_country(cl.mentions[0].text, named)
            if code:
                cl.countries[code] += 1
                cl.types["GPE"] += 0  # known as a political place
                self.counters["city_countries"] += 1

    def _merge_bare_heads(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """An organisation named only by its head ("المجلس", "الوزارة") is the last
        organisation named with that head before it."""
        out = []
        for cl in clusters:
            keys = {k for k, _ in cl.names}
            if cl.main_type() == "ORG" and all(len(k) == 1 for k in keys) and cl.heads:
                first = min(m.start for m in cl.mentions)
                targets = [
                    c
                    for c in clusters
                    if c is not cl
                    and c.heads & cl.heads
                    and any(len(k) > 1 for k, _ in c.names)
                    and min(m.start for m in c.mentions) < first
                ]
                if targets:
                    target = _nearest(targets, first, before_only=True)
                    target.mentions.extend(cl.mentions)
                    target.types.update(cl.types)
                    self.counters["merged_bare_heads"] += 1
                    continue
            out.append(cl)
        return out

    # ---------------------------------------------------------------- titles
    def _missed_surnames(
        self, text: str, words: list[Word], clusters: list[_Cluster], covered: _Covered
    ) -> None:
        """A surname NER missed, of exactly one person named in full in the document."""
        persons = [c for c in clusters if c.main_type() in PERSON_TYPES]
        surnames: dict[str, set[int]] = {}
        given: set[str] = set()
        for n, c in enumerate(persons):
            for key, _ in c.names:
                if len(key) > 1:
                    surnames.setdefault(key[-1], set()).add(n)
                    given.add(key[0])
        for part in list(surnames):
            if part in given or part in _COMMON_WORDS or len(part) < 4 or len(surnames[part]) > 1:
                del surnames[part]
        if not surnames:
            return
        forms = set(surnames) | {"ال" + k for k in surnames}
        for w in words:
            if w.norm not in forms and w.norm[1:] not in forms:
                continue
            bare = _bare(w.norm)
            if bare not in surnames and bare[1:] not in surnames:
                continue
            owner = surnames.get(bare) or surnames.get(bare[1:])
            start = w.start if bare in surnames else _skip_letters(text, w.start, 1)
            if bare not in surnames and w.norm[:1] not in "وفبل":
                continue
            if covered.overlaps(start, w.end):
                continue
            cl = persons[next(iter(owner))]
            cl.mentions.append(
                Mention(
                    start=start, end=w.end, text=text[start : w.end], type="PERSON", confidence=0.6
                )
            )
            covered.add(start, w.end)
            self.counters["missed_surnames"] += 1

    def _complete_names(
        self, text: str, words: list[Word], starts: list[int], cl: _Cluster
    ) -> None:
        """A surname mention right after the given name of the same person takes it in
        ("خليفة" + "حفتر" when the document also names "خليفة حفتر")."""
        longest = max((k for k, _ in cl.names), key=len, default=())
        if len(longest) < 2:
            return
        for n, m in enumerate(cl.mentions):
            if m.type not in PERSON_TYPES:
                continue
            key = name_key(m.text)
            if not key or len(key) >= len(longest) or longest[-len(key) :] != key:
                continue
            k = bisect.bisect_left(starts, m.start)
            if k == 0 or k >= len(words) or words[k].start != m.start:
                continue
            missing = longest[: len(longest) - len(key)]
            a = k - len(missing)
            if a < 0 or any(_bare(words[a + j].norm) != missing[j] for j in range(len(missing))):
                continue
            if not all(gap_is_space(text, words[j], words[j + 1]) for j in range(a, k)):
                continue
            start = words[a].start
            cl.mentions[n] = Mention(
                start=start,
                end=m.end,
                text=text[start : m.end],
                sentence=m.sentence,
                type=m.type,
                confidence=m.confidence,
            )
            self.counters["completed_names"] += 1

    def _attach_titles(
        self,
        text: str,
        words: list[Word],
        starts: list[int],
        cl: _Cluster,
        covered: _Covered,
        names: _Covered | None = None,
        bodies: _Covered | None = None,
    ) -> None:
        if not words:
            return
        self._complete_names(text, words, starts, cl)
        for m in list(cl.mentions):
            first = max(bisect.bisect_right(starts, m.start) - 1, 0)  # word holding the start
            last = bisect.bisect_right(starts, m.end - 1) - 1
            # rank words NER kept inside the mention ("الجنرال خليفة حفتر")
            inner = words[first : last + 1]
            if (
                first < len(words)
                and words[first].start < m.start
                and words[first].norm[:1] in "لب"
            ):
                continue  # a genitive ("المبعوث الخاص لحفتر"): no apposition here
            k = 0
            while k < len(inner) - 1 and head_kind(inner[k]) in ("rank", "role"):
                k += 1
            if k:
                self._add_title(cl, inner[:k])
            # before the name, possibly chained over commas
            right = first
            while right > 0:
                span = _left_title(text, words, right, covered, names, bodies)
                if not span:
                    break
                a, b = span
                self._add_title(cl, words[a:b])
                self._title_mention(text, cl, words[a], words[b - 1])
                covered.add(words[a].start, words[b - 1].end)
                right = a
            # a nationality adjective right before the name ("البلجيكي جاك روج")
            if first > 0 and gap_is_space(text, words[first - 1], words[first]):
                code = demonym_country(words[first - 1].norm)
                if code and is_definite(words[first - 1].norm):
                    cl.countries[code] += 2
            # after the name
            span = _right_title(text, words, last, covered, names)
            if span:
                a, b = span
                self._add_title(cl, words[a:b])
                self._title_mention(text, cl, words[a], words[b - 1])
                covered.add(words[a].start, words[b - 1].end)

    def _title_mention(self, text: str, cl: _Cluster, first: Word, last: Word) -> None:
        """The title run next to a name is a mention of its own (type "TITLE")."""
        start = _skip_conj(text, first)
        if start < last.end:
            cl.mentions.append(
                Mention(
                    start=start,
                    end=last.end,
                    text=text[start : last.end],
                    type="TITLE",
                    confidence=0.8,
                )
            )

    def _add_title(self, cl: _Cluster, title_words: list[Word]) -> None:
        # split at a definite rank inside the run ("قائد الجيش الليبي الفريق أول")
        parts: list[list[Word]] = [[]]
        for w in title_words:
            if parts[-1] and head_kind(w) == "rank" and w.norm.startswith("ال"):
                parts.append([])
            parts[-1].append(w)
        for part in parts:
            surface = _surface(part)
            if surface and surface not in cl.titles:
                cl.titles.append(surface)
                key = title_key(part)
                if key:
                    cl.title_keys.append(key)
                    for code in key.affiliation_order:
                        if code != "UN":
                            cl.countries[code] += 3
                self.counters["titles"] += 1

    def _org_heads(self, text: str, words: list[Word], starts: list[int], cl: _Cluster) -> None:
        """Remember the head nouns an organisation is named with ("صحيفة (X)")."""
        for m in cl.mentions:
            first = max(bisect.bisect_right(starts, m.start) - 1, 0)
            k = first - 1
            if k >= 0 and _only_brackets(text, words[k].end, m.start):
                bare = lex_match(words[k].norm, ORG_HEADS)
                if bare in ORG_HEADS:
                    cl.heads.add(bare)
            # a nationality adjective right after ("صحيفة (X) الروسية")
            nxt = bisect.bisect_left(starts, m.end)
            if nxt < len(words) and _only_brackets(text, m.end, words[nxt].start):
                code = demonym_country(words[nxt].norm)
                if code and is_definite(words[nxt].norm):
                    cl.countries[code] += 2
            first_word = words_of(m.text)
            if first_word:
                bare = lex_match(first_word[0].norm, ORG_HEADS)
                if bare in ORG_HEADS:
                    cl.heads.add(bare)

    # ----------------------------------------------------------- descriptions
    def _descriptions(
        self,
        doc: Document,
        words: list[Word],
        flags: list[int],
        starts: list[int],
        clusters: list[_Cluster],
        covered: _Covered,
    ) -> None:
        text = doc.text
        persons = [c for c in clusters if c.main_type() in PERSON_TYPES and c.title_keys]
        places = [c for c in clusters if c.countries and c.main_type() in ("GPE", "LOC")]
        orgs = [c for c in clusters if c.main_type() == "ORG"]
        all_persons = [c for c in clusters if c.main_type() in PERSON_TYPES]
        known_titles: dict[tuple[str, ...], list[_Cluster]] = {}
        for c in all_persons:
            for t in c.titles:
                key = tuple(
                    _bare(strip_clitics(x.norm, keep_article=True)) if k == 0 else x.norm
                    for k, x in enumerate(words_of(t))
                )
                if len(key) > 1:
                    known_titles.setdefault(key, []).append(c)
        name_parts: dict[str, set[int]] = {}
        for n, c in enumerate(all_persons):
            for key, _ in c.names:
                if len(key) > 1:
                    for part in (key[0], key[-1]):
                        name_parts.setdefault(part, set()).add(n)
        interesting = [k for k, f in enumerate(flags) if f & _MAY_DESCRIBE]
        pos = 0
        i = 0
        while pos < len(interesting):
            if interesting[pos] < i:
                pos += 1
                continue
            i = interesting[pos]
            pos += 1
            w = words[i]
            if covered.overlaps(w.start, w.end):
                i += 1
                continue
            kind = head_kind(w)
            # a title already seen with a name, repeated alone ("رئيس حركة النهضة")
            hit = self._known_title_at(text, words, i, known_titles)
            if hit:
                n_words, owners = hit
                if len(owners) == 1:
                    self._add_mention(text, owners[0], w, words[i + n_words - 1], "TITLE", covered)
                    i += n_words
                    continue
            # a rank or role before one part of a known name ("الدكتور كامل")
            if (
                kind in ("rank", "role")
                and i + 1 < len(words)
                and gap_is_space(text, w, words[i + 1])
            ):
                nxt = words[i + 1]
                owners_n = name_parts.get(_bare(nxt.norm), set())
                if len(owners_n) == 1 and not covered.overlaps(nxt.start, nxt.end):
                    target = all_persons[next(iter(owners_n))]
                    self._add_mention(text, target, nxt, nxt, "PERSON", covered)
                    i += 2
                    continue
            bare = lex_match(w.norm, _DESCRIPTION_HEADS)
            # "البلد الأفريقي", "الدولة الخليجية"
            if bare in COUNTRY_DESCRIPTION_HEADS and is_definite(w.norm) and i + 1 < len(words):
                adj = words[i + 1]
                if gap_is_space(text, w, adj) and places:
                    matching = [c for c in places if region_matches(adj.norm, _top(c.countries))]
                    if matching and region_matches(adj.norm, "XXX") is not None:
                        target = _nearest(matching, w.start)
                        self._add_mention(text, target, w, adj, "DESC", covered)
                        i += 2
                        continue
            if bare in ORG_HEADS and is_definite(w.norm) and orgs:
                end = i
                if i + 1 < len(words) and gap_is_space(text, w, words[i + 1]):
                    nxt = words[i + 1].norm
                    if demonym_country(nxt) or strip_clitics(nxt) in (
                        "مذكور",
                        "نفس",
                        "نفسها",
                        "نفسه",
                    ):
                        end = i + 1
                code = demonym_country(words[end].norm) if end > i else None
                cands = [
                    c
                    for c in orgs
                    if bare in c.heads
                    and c.mentions[0].start < w.start
                    and (not code or code in c.countries)
                ]
                if cands and not (
                    i + 1 < len(words)
                    and gap_is_space(text, w, words[i + 1])
                    and end == i
                    and _starts_name(words[i + 1], covered)
                ):
                    target = _nearest(cands, w.start, before_only=True)
                    self._add_mention(text, target, w, words[end], "DESC", covered)
                    i = end + 1
                    continue
            if kind in ("role", "pre") and persons:
                span = _title_only(text, words, i, covered)
                if span:
                    a, b = span
                    key = title_key(words[a:b])
                    if key:
                        best, best_score = None, 0
                        for c in persons:
                            country = _top(c.countries) if c.countries else None
                            score = max(key.matches(t, country) for t in c.title_keys)
                            if score > best_score or (
                                score == best_score
                                and best is not None
                                and _distance(c, w.start) < _distance(best, w.start)
                            ):
                                best, best_score = c, score
                        if best is not None and best_score:
                            self._add_mention(text, best, words[a], words[b - 1], "TITLE", covered)
                            i = b
                            continue
            i += 1

    def _known_title_at(
        self, text: str, words: list[Word], i: int, known: dict[tuple[str, ...], list[_Cluster]]
    ) -> tuple[int, list[_Cluster]] | None:
        if not known or not head_kind(words[i]):
            return None
        first = _bare(strip_clitics(words[i].norm, keep_article=True))
        for key, owners in known.items():
            n = len(key)
            if key[0] != first or i + n > len(words):
                continue
            if all(
                words[i + k].norm == key[k] and gap_is_space(text, words[i + k - 1], words[i + k])
                for k in range(1, n)
            ):
                return n, owners
        return None

    def _add_mention(
        self, text: str, cl: _Cluster, first: Word, last: Word, typ: str, covered: _Covered
    ) -> None:
        start = _skip_conj(text, first)
        m = Mention(
            start=start, end=last.end, text=text[start : last.end], type=typ, confidence=0.7
        )
        cl.mentions.append(m)
        covered.add(m.start, m.end)
        self.counters[f"mentions_{typ}"] += 1

    # ------------------------------------------------------------------ emit
    def _emit(self, clusters: list[_Cluster]) -> list[Entity]:
        out = []
        for cl in clusters:
            mentions = sorted(
                {(m.start, m.end): m for m in cl.mentions}.values(), key=lambda m: m.start
            )
            named = [t for t in cl.types if t not in ("TITLE", "DESC")]
            typ = cl.main_type() if named else "MISC"
            if (
                "PERSON" in cl.types
                and typ != "PERSON"
                and cl.types["PERSON"] * 2 >= sum(cl.types.values()) - cl.types["PERSON"]
            ):
                typ = "PERSON"
            if typ == "LOC" and (
                cl.countries or any(country_of_name(m.text) for m in mentions[:3])
            ):
                typ = "GPE"  # a country or a known city NER typed as a plain location
            names = [s for k, s in cl.names if k] or [mentions[0].text]
            # a name written with its article somewhere ("الأمم المتحدة" beside "للأمم
            # المتحدة", whose span has no article) is canonical in that full form
            spelled = {m.text for m in mentions if m.type not in ("TITLE", "DESC")}
            names += [f"ال{n}" for n in names if f"ال{n}" in spelled]
            canonical = max(names, key=lambda s: (len(s.split()), len(s)))
            country = _top(cl.countries) if cl.countries else None
            out.append(
                Entity(
                    id="",
                    type=typ,
                    canonical=canonical,
                    mentions=mentions,
                    titles=cl.titles,
                    country=country,
                )
            )
        out.sort(key=lambda e: e.mentions[0].start)
        for n, e in enumerate(out, 1):
            e.id = f"e{n}"
        return out


# ---------------------------------------------------------------- helpers
# per matching form, bounded (a long run must keep memory flat)
_MAY_DESCRIBE = 1  # a description may start at the word (_may_describe)
_COUNTRY_START = 2  # a country name may start at the word (after up to two clitic letters)
_WORD_FLAGS: GenerationCache[str, int] = GenerationCache()


def _word_flags(words: list[Word]) -> list[int]:
    """The flags of each word, computed once per form (bounded cache)."""
    cache = _WORD_FLAGS
    hot = cache.hot
    firsts = _country_first_words()
    out = []
    for w in words:
        norm = w.norm
        flags = hot.get(norm)
        if flags is None:
            flags = cache.get_cold(norm)
            if flags is None:
                flags = _MAY_DESCRIBE if _may_describe(norm) else 0
                if norm in firsts or norm[1:] in firsts or norm[2:] in firsts:
                    flags |= _COUNTRY_START
                cache.put(norm, flags)
            hot = cache.hot  # a put may have started a new generation
        out.append(flags)
    return out


# _head_kind and lex_match both look up the word's two forms, _bare(norm) and
# strip_clitics(norm) (== _bare(strip_clitics(norm, keep_article=True))): one set each
_DESCRIBE_BARE = RANKS | ROLE_HEADS | TITLE_PREMODIFIERS | _DESCRIPTION_HEADS
_DESCRIBE_STRIPPED = RANKS | ROLE_HEADS | _DESCRIPTION_HEADS


def _may_describe(norm: str) -> bool:
    """Can a description start at this word (a role, rank or description head)?

    Same as ``bool(_head_kind(norm) or lex_match(norm, _DESCRIPTION_HEADS))``.
    """
    return _bare(norm) in _DESCRIBE_BARE or strip_clitics(norm) in _DESCRIBE_STRIPPED


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in country_names())


class _Covered:
    """Character ranges already explained (mentions, attached titles)."""

    def __init__(self) -> None:
        self.ranges: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.ranges, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ranges, (end, end))
        for k in range(max(0, i - 8), i):
            a, b = self.ranges[k]
            if a < end and start < b:
                return True
        return False


@lru_cache(maxsize=1 << 13)  # per mention surface: names repeat in a document
def name_key(surface: str) -> tuple[str, ...]:
    """Comparable name parts: titles dropped, "عبد الله" joined, article-insensitive."""
    ws = words_of(surface)
    while len(ws) > 1 and (head_kind(ws[0]) in ("role", "rank") or demonym_country(ws[0].norm)):
        ws = ws[1:]
    toks: list[str] = []
    join = False
    for k, w in enumerate(ws):
        n = w.norm
        if k == 0 and n.startswith(("لل", "بال", "وال", "فال", "كال")):
            n = strip_clitics(n, keep_article=True)  # "للأمم المتحدة" = "الأمم المتحدة"
        if join:
            toks[-1] += n
            join = False
            continue
        toks.append(n)
        if n in _NAME_JOINERS and n not in ("بن", "ابن", "بنت"):
            join = True
    return tuple(_bare(t) for t in toks)


def _contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def _org_variant(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Is ``short`` the organisation ``long_`` with its head or qualifiers dropped?"""
    n = len(short)
    if long_[:n] == short:  # qualifiers dropped: rest must be adjectives
        return all(demonym_country(t) or t in ("شريف", "رسمي", "رسميه") for t in long_[n:])
    if long_[-n:] == short and len(long_) - n == 1:  # head dropped ("تنظيم داعش")
        return _bare(long_[0]) in ORG_HEADS
    return False


@lru_cache(maxsize=1 << 13)  # per mention surface: names repeat in a document
def _strip_title_words(surface: str) -> str:
    ws = words_of(surface)
    k = 0
    while k < len(ws) - 1 and head_kind(ws[k]) in ("role", "rank"):
        k += 1
    return surface[ws[k].start - ws[0].start :] if ws and k else surface


def _surface(ws: list[Word]) -> str:
    """Title text of a run, without a leading conjunction."""
    if not ws:
        return ""
    parts = []
    for k, w in enumerate(ws):
        t = w.text
        if k == 0 and w.norm[:1] in "وف" and head_kind(Word(0, 0, t[1:], w.norm[1:])):
            t = t[1:]
        parts.append(t)
    return " ".join(parts)


def _left_title(
    text: str,
    words: list[Word],
    right: int,
    covered: _Covered,
    names: _Covered | None = None,
    bodies: _Covered | None = None,
) -> tuple[int, int] | None:
    """Title run ending right before word ``right`` (a name or a chained title); it stops
    at another person's name ("الأمير محمد بن نايف وزير الخارجية الأمريكي جون كيري":
    كيري's title is "وزير الخارجية الأمريكي", not the host's name before it)."""
    b = right
    if b == 0 or b >= len(words):
        return None
    if _title_after_bi(words[b]):
        return None  # a title after ب is no apposition of the words before it
    if words[b - 1].norm == "باسم":
        return None  # "الناطق الرسمي باسم | بان كي مون": the one he speaks for, not him
    if not (
        gap_is_space(text, words[b - 1], words[b]) or gap_is_comma(text, words[b - 1], words[b])
    ):
        return None
    k = b - 1
    lo = max(0, b - MAX_TITLE_WORDS)
    while (
        k > lo
        and gap_is_space(text, words[k - 1], words[k])
        and not _ends_run(words, k - 1, covered)
        and not (names is not None and names.overlaps(words[k - 1].start, words[k - 1].end))
    ):
        k -= 1
    # a title after the preposition ب opens another person's title: "وأشاد وزير
    # الخارجية الألماني | بالرئيس التركي رجب طيب أردوغان" (the run starts there)
    for j in range(b - 1, k, -1):
        if _title_after_bi(words[j]):
            k = j
            break
    for s in range(k, b):
        if (
            bodies is not None
            and s > 0
            and bodies.overlaps(words[s].start, words[s].end)
            and bodies.overlaps(words[s - 1].start, words[s - 1].end)
        ):
            continue  # inside an organisation's name: "مستشفى | الملك سعود بعنيزة"
        kind = head_kind(words[s])
        if not kind and words[s].norm[:1] in "وف":
            # "باراك اوباما ونظيره التركي رجب طيب اردوغان": a coordinated title
            kind = head_kind(Word(0, 0, "", words[s].norm[1:]))
        if kind == "pre" and not (s + 1 < b and head_kind(words[s + 1]) == "role"):
            continue
        if not kind:
            continue
        if all(_continues_at(text, words, j, covered) for j in range(s + 1, b)):
            if _indefinite_title(words[s:b], covered):
                return None  # "اتهم نائب فرنسي معارض | ديفيد كاميرون": someone else
            return s, b
    return None


def _indefinite_title(run: list[Word], covered: _Covered) -> bool:
    """A title of two or more words none of which is definite or a name, with an
    indefinite nationality ("نائب فرنسي معارض", "مسؤول أمريكي"): "a French MP" stands in
    apposition to no name, so the name after it is another party. So is a description of
    three indefinite words or more, up to a لـ-complement ("زعيم حزب معارض مؤيد للأكراد |
    أردوغان")."""
    core = 0
    while core < len(run) and not (
        is_definite(run[core].norm) or covered.overlaps(run[core].start, run[core].end)
    ):
        core += 1
    if core == len(run) >= 2 and any(demonym_country("ال" + w.norm) for w in run[1:]):
        return True
    return 3 <= core < len(run) and run[core].norm.startswith("لل")


def _title_after_bi(word: Word) -> bool:
    """A title head in the preposition ب: "بالرئيس", "بقائد" (another person's title)."""
    return word.norm[:1] == "ب" and head_kind(word) in ("role", "rank")


_LOCATING = ("في", "فى", "الي", "لدي")


def _continues_at(text: str, words: list[Word], j: int, covered: _Covered) -> bool:
    w = words[j]
    if w.norm in ("الي", "لدي") and j + 1 < len(words):
        nxt = words[j + 1]
        return _is_place(nxt) or covered.overlaps(nxt.start, nxt.end)
    if w.norm == "عن" and head_kind(words[j - 1]) == "role":
        return True  # "المسؤول عن مكتب ..."
    place = words[j - 1].norm in _LOCATING and (_is_place(w) or covered.overlaps(w.start, w.end))
    return continues(words[j - 1], w, covered.overlaps(w.start, w.end), place)


def _ends_run(words: list[Word], k: int, covered: _Covered) -> bool:
    """A stop word ends a title run, except "إلى"/"لدى" + place ("المبعوث إلى اليمن")."""
    w = words[k]
    if w.norm in ("الي", "لدي") and k + 1 < len(words):
        nxt = words[k + 1]
        return not (_is_place(nxt) or covered.overlaps(nxt.start, nxt.end))
    return _is_stop(w)


def _is_stop(w: Word) -> bool:
    return w.norm in STOP_WORDS or strip_clitics(w.norm) in STOP_WORDS


def _right_title(
    text: str, words: list[Word], last: int, covered: _Covered, names: _Covered | None = None
) -> tuple[int, int] | None:
    """Indefinite title run right after a name ("شويبله وزير المالية الألماني"); not one
    that another person's name follows, whose title it is."""
    a = last + 1
    if last < 0 or a >= len(words):
        return None
    if not (gap_is_space(text, words[last], words[a]) or gap_is_comma(text, words[last], words[a])):
        return None
    first = words[a]
    if (
        head_kind(first) != "role"
        or is_definite(first.norm)
        or first.norm[:1] in "وف"
        and head_kind(Word(0, 0, "", first.norm[1:]))
    ):
        return None
    b = a + 1
    while b < len(words) and b - a < MAX_TITLE_WORDS and gap_is_space(text, words[b - 1], words[b]):
        w = words[b]
        place = words[b - 1].norm in ("في", "فى") and (
            _is_place(w) or covered.overlaps(w.start, w.end)
        )
        if not continues(words[b - 1], w, covered.overlaps(w.start, w.end), place):
            break
        if names is not None and names.overlaps(w.start, w.end):
            break  # another person's name ends the run
        b += 1
    while b - 1 > a and words[b - 1].norm in ("في", "فى"):
        b -= 1
    if (
        names is not None
        and b < len(words)
        and gap_is_space(text, words[b - 1], words[b])
        and names.overlaps(words[b].start, words[b].end)
    ):
        return None  # "... بن نايف وزير الخارجية الأمريكي جون كيري": كيري's title
    return a, b


def _title_only(text: str, words: list[Word], i: int, covered: _Covered) -> tuple[int, int] | None:
    """A title phrase standing for a person ("المبعوث الدولي", "أكبر مسؤول للأمم ...")."""
    a = i
    if head_kind(words[i]) == "pre":
        if (
            i + 1 >= len(words)
            or head_kind(words[i + 1]) != "role"
            or not gap_is_space(text, words[i], words[i + 1])
        ):
            return None
        i += 1
    head = words[i]
    b = i + 1
    if not is_definite(head.norm):
        # an indefinite head needs a genitive ("مبعوث الأمم المتحدة")
        if b >= len(words) or not gap_is_space(text, head, words[b]):
            return None
        if not (is_definite(words[b].norm) or covered.overlaps(words[b].start, words[b].end)):
            return None
    while b < len(words) and b - a < 7 and gap_is_space(text, words[b - 1], words[b]):
        nxt = words[b]
        if _is_stop(nxt):
            break
        place = words[b - 1].norm in ("في", "فى") and (
            _is_place(nxt) or covered.overlaps(nxt.start, nxt.end)
        )
        if not (
            is_definite(nxt.norm)
            or place
            or nxt.norm in ("في", "فى")
            or (b == i + 1 and head_kind(nxt) == "role")
        ):
            break
        b += 1
    while b - 1 > i and words[b - 1].norm in ("في", "فى"):
        b -= 1
    # a title right before a name is that name's title, not a title-only mention
    if (
        b < len(words)
        and covered.overlaps(words[b].start, words[b].end)
        and gap_is_space(text, words[b - 1], words[b])
    ):
        return None
    return a, b


def _only_brackets(text: str, a: int, b: int) -> bool:
    """Only spaces, brackets and quotation marks between two offsets."""
    gap = text[min(a, b) : max(a, b)]
    return "\n" not in gap and not gap.strip(" ()«»\"'“”")


def _starts_name(w: Word, covered: _Covered) -> bool:
    return covered.overlaps(w.start, w.end)


def _is_place(w: Word) -> bool:
    n = w.norm
    return bool(country_names().get(n) or country_names().get(strip_clitics(n, keep_article=True)))


def _nearest(clusters: list[_Cluster], pos: int, before_only: bool = False) -> _Cluster:
    def dist(c: _Cluster) -> tuple[int, int]:
        before = [pos - m.end for m in c.mentions if m.end <= pos]
        if before:
            return (0, min(before))
        return (1, min(abs(m.start - pos) for m in c.mentions))

    return min(clusters, key=lambda c: (dist(c), -len(c.mentions)))


def _distance(c: _Cluster, pos: int) -> int:
    return min(abs(m.start - pos) for m in c.mentions)


def _skip_letters(text: str, start: int, letters: int) -> int:
    i = start
    while letters and i < len(text):
        i += 1
        letters -= 1
        while i < len(text) and not normalize(text[i]):
            i += 1
    return i


def _skip_conj(text: str, w: Word) -> int:
    """Start of a word without a leading و/ف conjunction ("والمبعوث" -> "المبعوث")."""
    if w.norm[:1] in "وف" and (w.norm[1:3] == "ال" or head_kind(Word(0, 0, "", w.norm[1:]))):
        return _skip_letters(text, w.start, 1)
    return w.start
