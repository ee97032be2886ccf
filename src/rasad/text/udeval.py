"""Clitic segmentation scored against a UD treebank (shared by the benchmark and tuning).

UD Arabic-PUD writes clitics as separate syntactic words without range lines: the
words of one whitespace token are chained by ``SpaceAfter=No``. A *group* is such a
chain. Its surface string is tokenized with :func:`rasad.text.tokenize`; every word
token becomes its UD segments (each proclitic except the article, then the host with
its article, then the pronoun suffix) and is compared with the gold words. UD keeps
the article on its noun (and writes لل as ل + ل...), so article splits are not scored.
Punctuation and symbols are left out on both sides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasad.text.clitics import ARABIC_LETTERS, ARTICLE, CliticAnalysis, analyze, get_lexicon
from rasad.text.normalize import is_mark, normalize, strip_marks
from rasad.text.tokenizer import tokenize

Analyzer = Callable[[str], CliticAnalysis]


@dataclass
class Group:
    sentence: str  # sent_id
    surface: str
    gold: list[str]  # matching forms of the gold non-punctuation words
    words: list[str] = field(default_factory=list)  # our non-punctuation tokens of surface


def read_groups(path: Path) -> list[Group]:
    groups: list[Group] = []
    sent_id = ""
    words: list[tuple[str, str]] = []

    def flush() -> None:
        if words:
            surface = "".join(w for w, _ in words)
            gold = [normalize(w) for w, upos in words if upos not in ("PUNCT", "SYM")]
            tokens = [t.text for t in tokenize(surface) if not t.is_punct]
            groups.append(Group(sent_id, surface, gold, tokens))
            words.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        if not line or line.startswith("#"):
            flush()
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        words.append((cols[1], cols[3]))
        if "SpaceAfter=No" not in cols[9]:
            flush()
    flush()
    return groups


def ud_segments(word: str, analysis: CliticAnalysis) -> list[str]:
    """UD syntactic words of ``word`` under ``analysis`` (article not split)."""
    letters = [i for i, ch in enumerate(word) if not is_mark(ch)]
    n_proclitics = sum(1 for p in analysis.prefixes if p != ARTICLE)
    if n_proclitics >= len(letters):
        return [normalize(word)]
    segments = [normalize(word[letters[i]]) for i in range(n_proclitics)]
    host_start = letters[n_proclitics]
    segments.append(normalize(word[host_start : analysis.stem_end]))
    if analysis.stem_end < len(word):
        segments.append(normalize(word[analysis.stem_end :]))
    return [s for s in segments if s]


def group_segments(group: Group, analyzer: Analyzer = analyze) -> list[str]:
    out = []
    for word in group.words:
        out.extend(ud_segments(word, analyzer(word)))
    return out


@dataclass
class Score:
    produced: int = 0
    gold: int = 0
    matched: int = 0
    split_total: int = 0
    split_correct: int = 0
    whole_total: int = 0
    whole_correct: int = 0
    errors: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.matched / self.produced if self.produced else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def split_accuracy(self) -> float:
        return self.split_correct / self.split_total if self.split_total else 0.0

    @property
    def whole_accuracy(self) -> float:
        return self.whole_correct / self.whole_total if self.whole_total else 0.0

    @property
    def token_accuracy(self) -> float:
        total = self.split_total + self.whole_total
        return (self.split_correct + self.whole_correct) / total if total else 0.0


def score(groups: Iterable[Group], analyzer: Analyzer = analyze) -> Score:
    """Words P/R/F1 (multiset match per token) and per-token accuracy."""
    result = Score()
    for group in groups:
        if not group.gold:
            continue
        produced = group_segments(group, analyzer)
        matched = sum((Counter(produced) & Counter(group.gold)).values())
        result.produced += len(produced)
        result.gold += len(group.gold)
        result.matched += matched
        correct = produced == group.gold
        if len(group.gold) > 1:
            result.split_total += 1
            result.split_correct += correct
        else:
            result.whole_total += 1
            result.whole_correct += correct
        if not correct:
            result.errors[("+".join(group.gold), "+".join(produced))] += 1
    return result


# -- gazetteer names after proclitics (the matching use: وبروسيا -> روسيا) -------------

NAME_FRAMES = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب")


def gazetteer_names(data: Path) -> list[str]:
    """One-word ANERgazet names (3+ Arabic letters), sorted; halves by index parity."""
    names: set[str] = set()
    for path in sorted((data / "ner" / "anergazet").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if len(name) >= 3 and " " not in name and all(ch in ARABIC_LETTERS for ch in name):
                names.add(name)
    return sorted(names)


def is_attested(name: str) -> bool:
    return get_lexicon().count(strip_marks(name)) > 0


def attach(prefix: str, name: str) -> str:
    """``prefix`` + ``name`` as written (ل + ال becomes لل)."""
    if prefix.endswith("ل") and name.startswith(ARTICLE):
        return prefix + name[1:]
    return prefix + name


def name_recovery(
    names: list[str], frames: Iterable[str] = NAME_FRAMES
) -> dict[str, tuple[int, int]]:
    """Per proclitic: how many names are found again in ``match_forms`` of the token."""
    from rasad.text import match_forms

    results = {}
    for prefix in frames:
        found = 0
        for name in names:
            (token,) = tokenize(attach(prefix, name))
            found += normalize(name) in match_forms(token)
        results[prefix] = (found, len(names))
    return results
