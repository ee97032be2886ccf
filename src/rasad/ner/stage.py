"""The "ner" pipeline stage: tag ``doc.tokens`` and record mentions grouped by surface."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from rasad.document import Document, Entity, Mention, Token
from rasad.ner.countries import country_code, demonym_country
from rasad.ner.normalize import normalize, split_proclitics
from rasad.ner.rules import DAY_WORDS
from rasad.ner.tagger import NerModel, load_model
from rasad.ner.titles import is_title_head

# ANERcorp types -> document entity types (LOC refined to GPE by the gazetteer).
_TYPES = {"PERS": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# days and time words that follow a name but are never its last word: "نددت منظمة العفو
# الدولية الخميس", "منظمة التجارة العالمية الاثنين"
_TIME_WORDS = DAY_WORDS | {"امس"}
# words that quantify a group ("جميع التونسيين", "كافة الأطراف"): a phrase they open is
# no name; "كل من <name> و<name>" ("each of") leaves the names
_QUANTIFIERS = frozenset(
    normalize(w) for w in ("جميع", "كل", "كافة", "بعض", "معظم", "أغلب", "سائر", "مختلف")
)


class NerStage:
    """Fill ``doc.entities``: one Entity per distinct surface, one Mention per occurrence.

    Mentions exclude attached conjunctions and prepositions ("وبفرنسا" -> "فرنسا").
    Entities of the same name written differently are merged later ("entities" stage).
    """

    name = "ner"

    def __init__(self, model: NerModel | None = None, min_confidence: float = 0.0) -> None:
        self.model = model or load_model()
        self.min_confidence = min_confidence
        self.counters: Counter = Counter()

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Tag several documents with one model call (``NerModel.tag_documents``: the
        model's step loops run on larger matrices, much faster per document)."""
        grouped = [_sentences(doc) for doc in docs]
        tagged = self.model.tag_documents(
            [[[t.text for t in ts] for _, ts in sentences] for sentences in grouped],
            analyst_orgs=True,
        )
        for doc, sentences, labelled in zip(docs, grouped, tagged, strict=True):
            self._record(doc, sentences, labelled)
        return docs

    def _record(
        self,
        doc: Document,
        sentences: list[tuple[int, list[Token]]],
        tagged: list[tuple[list[str], list[float]]],
    ) -> None:
        """Fill ``doc.entities`` from the labels of its sentences."""
        entities: dict[tuple[str, str], Entity] = {}
        tagged = self._propagate_names(doc, sentences, tagged)
        tagged = self._given_names_before(doc, sentences, tagged)
        for (sentence, tokens), (labels, probs) in zip(sentences, tagged, strict=True):
            for typ, first_token, last in _country_pairs(labels, tokens):
                while last - first_token > 1 and normalize(tokens[last - 1].text) in _TIME_WORDS:
                    last -= 1
                    self.counters["time_word_trimmed"] += 1
                if normalize(tokens[first_token].text) in _QUANTIFIERS:
                    if last - first_token > 2 and normalize(tokens[first_token + 1].text) == "من":
                        first_token += 2
                        self.counters["quantifier_trimmed"] += 1
                    else:
                        self.counters["quantifier_dropped"] += 1
                        continue
                if typ == "PERS":
                    cut = self._preposition_inside(tokens, first_token, last)
                    if cut < last:
                        last = cut
                        self.counters["person_cut_at_bi"] += 1
                confidence = min(probs[first_token:last])
                if confidence < self.min_confidence:
                    self.counters["dropped_low_confidence"] += 1
                    continue
                mention = self._mention(doc, tokens[first_token:last], typ, sentence, confidence)
                if mention is None:
                    continue
                first = tokens[first_token]
                canonical = mention.text
                if "ال" in first.prefixes and mention.start == first.stem_start:
                    canonical = "ال" + canonical  # "للأمم المتحدة": the article is not written
                key = (mention.type, normalize(canonical))
                entity = entities.get(key)
                if entity is None:
                    entity = Entity(
                        id=f"e{len(entities) + 1}", type=mention.type, canonical=canonical
                    )
                    entities[key] = entity
                entity.mentions.append(mention)
                self.counters["mentions"] += 1
                self.counters[f"mentions_{mention.type}"] += 1
        doc.entities = list(entities.values())
        self.counters["entities"] += len(entities)

    def _propagate_names(
        self,
        doc: Document,
        sentences: list[tuple[int, list[Token]]],
        tagged: list[tuple[list[str], list[float]]],
    ) -> list[tuple[list[str], list[float]]]:
        """A person's name of two words or more that the tagger found somewhere in the
        document is the same name where it stands untagged ("قايد السبسي" tagged after
        one title and missed after another): one article names one person the same way.
        Only whole runs of untagged tokens are labelled; the confidence is the one the
        name had where it was found."""
        names: dict[tuple[str, ...], float] = {}
        for (_, tokens), (labels, probs) in zip(sentences, tagged, strict=True):
            for typ, first, last in _spans(labels):
                if typ == "PERS" and 2 <= last - first <= _NAME_WORDS:
                    key = self._name_key(doc, tokens[first:last])
                    names[key] = max(names.get(key, 0.0), min(probs[first:last]))
        if not names:
            return tagged
        firsts = {key[0] for key in names}
        lasts = {key[-1] for key in names}
        out = []
        for (_, tokens), (labels, probs) in zip(sentences, tagged, strict=True):
            norms = [t.norm for t in tokens]
            if lasts.isdisjoint(norms):
                out.append((labels, probs))  # (most sentences: no name's last word)
                continue
            starts = [
                k
                for k, norm in enumerate(norms[:-1])
                if labels[k] == "O"
                and (
                    norm in firsts
                    # "وقايد": a conjunction or preposition on the first word (the article
                    # stays in the name's first word, so it needs no second look)
                    or (tokens[k].prefixes and tokens[k].prefixes != ["ال"])
                    and self._name_key(doc, tokens[k : k + 1])[0] in firsts
                )
            ]
            new_labels: list[str] | None = None
            done = -1
            for i in starts:
                if i < done:
                    continue
                current = new_labels or labels
                for size in range(min(_NAME_WORDS, len(tokens) - i), 1, -1):
                    if (
                        all(label == "O" for label in current[i : i + size])
                        and (key := self._name_key(doc, tokens[i : i + size])) in names
                    ):
                        if new_labels is None:
                            new_labels, probs = list(labels), list(probs)
                        new_labels[i : i + size] = ["B-PERS"] + ["I-PERS"] * (size - 1)
                        probs[i : i + size] = [names[key]] * size
                        self.counters["name_propagated"] += 1
                        done = i + size
                        break
            out.append((new_labels or labels, probs))
        return out

    def _preposition_inside(self, tokens: list[Token], first: int, last: int) -> int:
        """Where a person's name ends at a common word with the preposition بـ inside
        the tagged run ("سليمان | بمداخلة العريضي": praised his intervention); a name's
        own words take no بـ (بلحاج، بوعلام, which the segmenter leaves whole)."""
        for k in range(first + 1, last):
            tok = tokens[k]
            if "ب" not in tok.prefixes or not tok.stem:
                continue
            words, gazetteer = self.model.lexicon.words, self.model.lexicon.gazetteer
            stem = normalize(tok.stem)
            info = words.get(stem)
            if (
                len(stem) >= 5  # not a foreign name's first syllable: باول، بولوك، بيكون
                and info is not None
                and int(info.freq) >= 6
                and gazetteer.get((stem,)) != "PERS"
                # a throne name: "الحاكم بأمر الله", "الآمر بأحكام الله"
                and not (k + 1 < last and normalize(tokens[k + 1].text) == "الله")
            ):
                return k
        return last

    def _given_names_before(
        self,
        doc: Document,
        sentences: list[tuple[int, list[Token]]],
        tagged: list[tuple[list[str], list[float]]],
    ) -> list[tuple[list[str], list[float]]]:
        """A word with the article in -ي that stands, every time the document writes it,
        right before a tagged person's full name, and at least twice, is that name's first
        word: a Maghreb given name the tagger leaves out ("الباجي | قايد السبسي"); not a
        title, a demonym or a time word, which stand before other words too."""
        before: dict[str, int] = {}
        for (_, tokens), (labels, _probs) in zip(sentences, tagged, strict=True):
            for typ, first, last in _spans(labels):
                if typ != "PERS" or last - first < 2 or first == 0 or labels[first - 1] != "O":
                    continue  # a full name, not a first name, after an untagged word
                norm = tokens[first - 1].norm
                if (
                    norm.startswith("ال")
                    and norm.endswith("ي")  # the Maghreb names: الباجي، الهادي، المنجي
                    and len(norm) >= 5
                    and doc.text[tokens[first - 1].end : tokens[first].start] == " "
                ):
                    before[norm] = before.get(norm, 0) + 1
        candidates = {
            w
            for w, n in before.items()
            if n >= 2
            and not is_title_head(w)
            and w not in ("النبي", "القاضي", "الولي")  # epithets: "النبي محمد بن عبد الله"
            and not demonym_country(w)
            and w not in _TIME_WORDS
        }
        if not candidates:
            return tagged
        everywhere: dict[str, int] = {}
        for (_, tokens), (labels, _probs) in zip(sentences, tagged, strict=True):
            for k, tok in enumerate(tokens):
                if tok.norm in candidates and labels[k] == "O":
                    everywhere[tok.norm] = everywhere.get(tok.norm, 0) + 1
        given = {w for w in candidates if everywhere[w] == before[w]}
        if not given:
            return tagged
        out = []
        for (_, tokens), (labels, probs) in zip(sentences, tagged, strict=True):
            labels, probs = list(labels), list(probs)
            for k in range(len(tokens) - 1):
                if labels[k] == "O" and labels[k + 1] == "B-PERS" and tokens[k].norm in given:
                    labels[k], labels[k + 1] = "B-PERS", "I-PERS"
                    probs[k] = probs[k + 1]
                    self.counters["given_name_joined"] += 1
            out.append((labels, probs))
        return out

    def _name_key(self, doc: Document, tokens: list[Token]) -> tuple[str, ...]:
        """The words of a name as compared across a document: the first without its
        conjunction or preposition ("وقايد" is "قايد")."""
        first = tokens[0]
        if first.prefixes:
            bare = normalize(doc.text[self.mention_start(doc, first) : first.end])
        else:
            bare = first.norm
        return (bare, *(t.norm for t in tokens[1:]))

    def _mention(
        self, doc: Document, tokens: list[Token], typ: str, sentence: int, confidence: float
    ) -> Mention | None:
        start = self.mention_start(doc, tokens[0])
        if typ == "PERS" and start > tokens[0].start:
            start = self._own_initial(doc, tokens[0], start)
        end = tokens[-1].end
        if start >= end:
            return None
        text = doc.text[start:end]
        if not any(c.isalpha() for c in text):
            return None  # a name has letters: ".." tagged as a person is no mention
        entity_type = _TYPES.get(typ, "MISC")
        if entity_type == "LOC" and self._is_gpe(text):
            entity_type = "GPE"
        return Mention(
            start=start,
            end=end,
            text=text,
            sentence=sentence,
            type=entity_type,
            confidence=round(confidence, 3),
        )

    def _is_gpe(self, text: str) -> bool:
        if country_code(text):
            return True
        key = tuple(normalize(text).split())
        typ = self.model.lexicon.gazetteer.get(key)
        if typ is None and key and key[0].startswith("ال"):
            typ = self.model.lexicon.gazetteer.get((key[0][2:], *key[1:]))
        return typ == "GPE"

    def mention_start(self, doc: Document, token: Token) -> int:
        """Start of a mention in its first token: after و/ف/ب/ل/ك, keeping the article.

        Uses the segment stage's clitic analysis (``stem_start``) when present: "وبفرنسا"
        -> "فرنسا", "والقاهرة" -> "القاهرة"; "للأمم" has no written article to keep and
        starts at its stem.
        """
        if token.stem_end > token.stem_start >= token.start:
            start = token.stem_start
            if "ال" in token.prefixes:
                head = doc.text[token.start : token.stem_start]
                cut = len(head)
                while cut > 0 and not normalize(head[cut - 1]):
                    cut -= 1  # diacritics between the article and the stem
                if cut >= 2 and normalize(head[cut - 2 : cut]) == "ال":
                    start = token.start + cut - 2
            return start
        return token.start + self.clitic_length(token.text)

    def _own_initial(self, doc: Document, token: Token, start: int) -> int:
        """A person's first name whose ب/ل/ك is its own letter ("بسمة الخلفاوي", "بلال"):
        the whole word a given name in the gazetteer and the rest none; only a conjunction
        و/ف stays out of the mention."""
        gazetteer = self.model.lexicon.gazetteer
        text = doc.text[token.start : token.end]
        conj = 1 if normalize(text[:1]) in ("و", "ف") and len(normalize(text)) > 4 else 0
        whole = normalize(text[conj:])
        rest = normalize(doc.text[start : token.end])
        if whole == rest or gazetteer.get((rest,)) == "PERS":
            return start
        cut = normalize(doc.text[token.start + conj : start])[-1:]
        if cut in ("ب", "ل", "ك") and gazetteer.get((whole,)) == "PERS":
            return token.start + conj
        if cut in ("ب", "ل", "ك") and len(rest) <= 2 and len(whole) == 3:
            # no name is two letters: "بان كي مون" is not ب + "ان كي مون" (its بان reads
            # in the corpus as بأن, "that", so the frequencies below cannot tell)
            return token.start + conj
        if cut in ("ب", "ل", "ك", "و", "ف") and self._name_not_rest(whole, rest):
            # the news corpus reads the whole word as a name and the rest as none:
            # "وليد" (not و + ل + يد), "بيار" (not ب + يار)
            return token.start + conj
        return start

    def _name_not_rest(self, whole: str, rest: str) -> bool:
        words = self.model.lexicon.words
        named, other = words.get(whole), words.get(rest)
        # (the whole as frequent as the rest, within one band: "لأوباما" is rarer than
        # "أوباما", whatever class the corpus gives either)
        return (
            named is not None
            and named.embed_class.startswith("PERS")
            and named.article == "0"
            and (
                other is None
                or not other.embed_class.startswith("PERS")
                and int(named.freq) + 1 >= int(other.freq)
            )
        )

    def clitic_length(self, text: str) -> int:
        """Characters of attached conjunction/preposition to leave out of a mention.

        A leading و/ف/ب/ل/ك is a clitic only when the word without it is clearly more
        frequent in the news corpus than the whole ("وإيطاليا" but not "فرنسا", "لبنان").
        "لل" keeps the article's lam out too ("للأمم" -> "أمم").
        """
        norm = normalize(text)
        prefix, _ = split_proclitics(norm)
        if prefix == "لل":
            clitic, lookup = "لل", "ال" + norm[2:]
        else:
            clitic = prefix[:-2] if prefix.endswith("ال") else prefix
            lookup = norm[len(clitic) :]
        if not clitic:
            return 0
        words = self.model.lexicon.words
        whole, part = words.get(norm), words.get(lookup)
        if part is None:
            return 0
        if whole is not None and int(part.freq) < int(whole.freq) + 2:
            return 0
        prefix = clitic
        # map the number of normalized letters back to raw characters (marks are kept)
        letters, i = 0, 0
        while i < len(text) and letters < len(prefix):
            if normalize(text[i]):
                letters += 1
            i += 1
        while i < len(text) and not normalize(text[i]):
            i += 1  # diacritics on the clitic belong to it
        return i


# the longest name carried from where it was tagged to where it was not
_NAME_WORDS = 5


def _sentences(doc: Document) -> list[tuple[int, list[Token]]]:
    """The document's tokens grouped by sentence index, in order."""
    by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    return list(by_sentence.items())


def _spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """(type, first, end) token spans of a BIO sequence, in order (an I- without its B-
    starts a span). Only the labelled positions are visited: most tokens are "O"."""
    out: list[tuple[str, int, int]] = []
    typ, first, last = "", -1, -2  # the open span and its last token
    for i in [i for i, label in enumerate(labels) if label != "O"]:
        label = labels[i]
        if first >= 0 and i == last + 1 and not label.startswith("B-") and label[2:] == typ:
            last = i  # the span goes on
            continue
        if first >= 0:
            out.append((typ, first, last + 1))
        typ, first, last = label[2:], i, i
    if first >= 0:
        out.append((typ, first, last + 1))
    return out


def _words(tokens: list[Token], a: int, b: int) -> str:
    """The text of tokens a to b, one space between them (how country names are keyed)."""
    return " ".join(t.text for t in tokens[a:b])


def _country_widened(
    labels: list[str], tokens: list[Token], typ: str, first: int, last: int
) -> tuple[int, int]:
    """A place span with the untagged word beside it when the two name another country:
    "جنوب | السودان" is South Sudan and "أفريقيا | الوسطى" the Central African Republic,
    not Sudan and a continent."""
    if not typ.endswith("LOC"):
        return first, last

    def code(a: int, b: int) -> str | None:
        return country_code(_words(tokens, a, b))

    alone = code(first, last)
    if first > 0 and labels[first - 1] == "O" and code(first - 1, last) not in (None, alone):
        return first - 1, last
    if last < len(tokens) and labels[last] == "O" and code(first, last + 1) not in (None, alone):
        return first, last + 1
    return first, last


def _country_pairs(labels: list[str], tokens: list[Token]) -> Iterator[tuple[str, int, int]]:
    """The tagged spans, with a place span that is two countries side by side split in
    two ("طالبت باكستان الهند بـ": Pakistan asked India, no country "باكستان الهند")."""

    for typ, first, last in _spans(labels):
        first, last = _country_widened(labels, tokens, typ, first, last)
        cut = None
        if (
            typ.endswith("LOC")
            and last - first >= 2
            and not country_code(_words(tokens, first, last))
        ):
            cut = next(
                (
                    k
                    for k in range(first + 1, last)
                    if country_code(_words(tokens, first, k))
                    and country_code(_words(tokens, k, last))
                ),
                None,
            )
        if cut is None:
            yield typ, first, last
        else:
            yield typ, first, cut
            yield typ, cut, last
