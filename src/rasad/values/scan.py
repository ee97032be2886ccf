"""Scanning: one compiled regex finds every calendar/number word, digit group and symbol
in the matching form; the hits become :class:`Atom` objects grouped into *chains* of
atoms separated only by spaces or commas. Everything else of the text is skipped in C.
"""

from __future__ import annotations

import re

from rasad.values import lexicon as lx


class Atom:
    """One recognised word or digit group; offsets are in the matching form."""

    __slots__ = (
        "start",
        "end",
        "code",
        "value",
        "word",
        "definite",
        "conj",
        "extra",
        "lead",
        "tail",
        "head",
    )

    def __init__(self, start: int, end: int, code: str, value=None, word: str = "", definite: bool = False, conj: bool = False, extra=None) -> None:  # fmt: skip
        self.start = start
        self.end = end
        self.code = code
        self.value = value
        self.word = word
        self.definite = definite
        self.conj = conj  # carried a و prefix
        self.extra = extra
        self.lead: int | None = None  # start of fillers right before it (في، من)
        self.tail = False  # ends its clause (only punctuation or digits follow)
        self.head = False  # begins its clause

    def __repr__(self) -> str:
        return f"Atom({self.code!r}, {self.value!r}, {self.word!r}, {self.start}:{self.end})"


def _trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes (fast in ``re``)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return build(trie)


_ALL_WORDS = (
    set(lx.CARDINALS)
    | set(lx.ORDINALS)
    | set(lx.GREGORIAN_MONTHS)
    | set(lx.COMPOUND_MONTHS)
    | set(lx.HIJRI_MONTHS)
    | set(lx.COMPOUND_HIJRI)
    | {"اخر", "اخره", "قعده", "حجه"}
    | set(lx.WEEKDAYS)
    | set(lx.TIME_UNITS)
    | set(lx.RELATIVE_DAYS)
    | lx.PAST_MODIFIERS
    | lx.FUTURE_MODIFIERS
    | lx.CURRENT_MODIFIERS
    | lx.LAST_MODIFIERS
    | set(lx.DAY_PARTS)
    | set(lx.SEASONS)
    | set(lx.PERIOD_PARTS)
    | set(lx.WORDS)
)
# clitics: و ف, ب ك ل, ال (and هال "this": هالأسبوع)
_PREFIX = r"(?:[وف]?(?:[بك]?ال|لل|[بلك]|هال)|[وف])?"
SCANNER = re.compile(
    # every match begins with a digit, "-", ".", a currency/percent sign, or a word
    # character after a non-word one: this guard lets the regex skip the inside of
    # words without trying each alternative there (same matches, ~30% less time)
    r"(?=[\d$€£¥¢%.\-]|(?<!\w)\w)(?:"
    r"(?P<clock>(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))"
    r"|(?P<date>(?<![\w/.\-])\d{1,4}\s?([/.\-])\s?\d{1,4}(?:\s?\3\s?\d{1,4})?)(?P<dera>ه|م)?(?![\w/]|[.\-]\d)"
    r"|(?<![\w.,])(?P<npre>[وفبلك](?=\d))?(?P<num>(?:-(?=\d))?\d+(?:[.,]\d+)*(?:/\d+)?|\.\d+)(?P<era>ه|م)?(?!\w)"
    r"|(?P<sym>[$€£¥¢%])"
    r"|(?<!\w)(?:[وفبل]|ول|وب)?(?P<hol>"
    + "|".join(
        re.escape(h).replace("\\ ", r"\s+")
        for h in sorted(lx.HOLIDAY_PHRASES, key=len, reverse=True)
    )
    + r")(?:\s+(?:المبارك|السعيد|المجيد|الشريف|الكريم))?(?!\w)"
    r"|(?<!\w)(?P<wpre>" + _PREFIX + r")(?P<w>" + _trie_regex(sorted(_ALL_WORDS)) + r")(?!\w)"
    r")"
)
# atoms separated only by these stay in one chain (أغسطس (آب)، 26 شوال / 11 أغسطس)
_GAP_OK = re.compile(r"[\s,،()\[\]/«»\"]*")
_CLAUSE_START = re.compile(r"(?:^|[.,،؛;:!?؟(\[\"«\n])\s*$")
_CLAUSE_END = re.compile(r"\s*(?:$|[.,،؛;:!?؟)\]\"»\n]|\d)")
_GAP_DASH = re.compile(r"\s*-\s*")


def parse_digits(s: str) -> float | None:
    """Value of a digit group with , or . separators (already folded to ASCII)."""
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "/" in s:
        a, _, b = s.partition("/")
        va, vb = parse_digits(a), parse_digits(b)
        if va is None or not vb:
            return None
        v = va / vb
        return -v if neg else v
    if "," in s and "." in s:
        # 1,234.5 or 1.234,5: the last separator is the decimal point
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        s = s.replace(",", "") if all(len(g) == 3 for g in groups[1:]) else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "") if all(len(g) == 3 for g in s.split(".")[1:]) else s
    elif s.endswith(".000") and len(s) <= 7:
        s = s.replace(".", "")  # 1.000: a thousands dot
    try:
        v = float(s)
    except ValueError:
        return None
    return -v if neg else v


def _word_atoms(start: int, end: int, pre: str, w: str) -> Atom:
    definite = pre.endswith("ال") or pre.endswith("لل")
    conj = pre.startswith("و")
    a = Atom(start, end, "?", None, w, definite, conj)
    a.extra = pre
    return a


_HAMZA_SENSITIVE = {"الان", "احد"}  # الآن vs ألان (Alain); واحد vs و + أحد


def scan(form: str, original=None) -> list[list[Atom]]:
    """Chains of atoms over the matching form. ``original`` (a MatchForm) lets the few
    words whose reading depends on a folded hamza look at the original letter."""
    chains: list[list[Atom]] = []
    chain: list[Atom] = []
    last_end = -1
    for m in SCANNER.finditer(form):
        kind = m.lastgroup
        atoms: list[Atom] = []
        if kind == "w" or kind == "wpre":
            start, end = m.span()
            pre, word = m.group("wpre", "w")
            a = _word_atoms(start, end, pre or "", word)
            if original is not None and word in _HAMZA_SENSITIVE:
                stem = original.original[original.start(m.start("w"))]
                if word == "الان" and stem in "أإ":
                    continue  # ألان is a name (Alain), الآن is "now"
                a.extra = (a.extra, stem in "أإآ")
            a.tail = _CLAUSE_END.match(form, end) is not None
            a.head = _CLAUSE_START.search(form, max(0, start - 8), start) is not None
            atoms.append(a)
        elif kind == "clock":
            parts = [int(x) for x in m.group("clock").split(":")]
            if parts[0] <= 24 and parts[1] < 60:
                atoms.append(Atom(m.start(), m.end(), "c", tuple(parts)))
        elif kind in ("date", "dera"):
            atoms.extend(_date_atoms(m.start(), m.group("date")))
            era = m.group("dera")
            if era:
                atoms.append(Atom(m.end("date"), m.end(), "H" if era == "ه" else "G", None, era))
        elif kind in ("num", "npre", "era"):
            pre = m.group("npre") or ""
            text = m.group("num")
            v = parse_digits(text)
            if v is not None:
                a = Atom(m.start(), m.start() + len(pre) + len(text), "N", v, text, conj=pre == "و")
                a.extra = pre
                atoms.append(a)
                era = m.group("era")
                if era:
                    atoms.append(Atom(a.end, m.end(), "H" if era == "ه" else "G", None, era))
        elif kind == "hol":
            key = lx.HOLIDAY_PHRASES[" ".join(m.group("hol").split())]
            atoms.append(Atom(m.start(), m.end(), "E", key, m.group("hol")))
        elif kind == "sym":
            atoms.append(Atom(m.start(), m.end(), "$", m.group("sym"), m.group("sym")))
        for a in atoms:
            if chain:
                gap = form[last_end : a.start]
                if _GAP_OK.fullmatch(gap):
                    if "،" in gap or "," in gap:
                        a.head = True  # a comma separates it from what comes before
                elif _GAP_DASH.fullmatch(gap):
                    chain.append(Atom(last_end, a.start, "t", "-", "-"))
                else:
                    chains.append(chain)
                    chain = []
            chain.append(a)
            last_end = a.end
    if chain:
        chains.append(chain)
    return chains


def _date_atoms(start: int, text: str) -> list[Atom]:
    """A numeric date (27/9/2016, 2016-09-27, 2/2013, 21/09) or, failing that, numbers."""
    sep = "/" if "/" in text else ("-" if "-" in text else ".")
    if " " in text and sep != "/":
        return _split_numbers(start, text)  # "2011 - 2014": a range of numbers, not a date
    parts = [p.strip() for p in text.split(sep)]
    nums = [int(p) for p in parts]
    ymd = None
    if len(parts) == 3:
        if len(parts[0]) == 4:
            ymd = (nums[0], nums[1], nums[2])
        elif len(parts[2]) in (2, 4):
            y = nums[2] if len(parts[2]) == 4 else 2000 + nums[2]
            ymd = (y, nums[1], nums[0])
        if ymd and not (1 <= ymd[1] <= 12 and 1 <= ymd[2] <= 30 + (ymd[0] >= 1600)):
            ymd = None
        if ymd and 1300 <= ymd[0] < 1600:
            return [Atom(start, start + len(text), "D", ymd, text, extra="hijri")]
    elif len(parts) == 2 and sep != ".":
        a, b = parts
        if len(b) == 4 and 1 <= nums[0] <= 12 and sep == "/":
            ymd = (nums[1], nums[0], None)
        elif len(a) == 4 and 1 <= nums[1] <= 12 and sep == "-" and len(b) == 2:
            ymd = (nums[0], nums[1], None)
        elif sep == "/" and len(a) <= 2 and len(b) <= 2:
            if 1 <= nums[0] <= 31 and 1 <= nums[1] <= 12 and (len(b) == 2 or nums[0] > 12):
                ymd = (None, nums[1], nums[0])  # 21/09
            elif 1 <= nums[0] <= 12 and 12 < nums[1] <= 31:
                ymd = (None, nums[0], nums[1])  # 3/15
    if ymd:
        return [Atom(start, start + len(text), "D", ymd, text)]
    if ((sep == "/" or sep == ".") and len(parts) == 2) or (sep == "." and " " not in text):
        # 0.5, 3/4, 19.589.137 (thousands dots): one number
        v = parse_digits(text.replace(" ", ""))
        return [Atom(start, start + len(text), "N", v, text)] if v is not None else []
    return _split_numbers(start, text)


_DIGITS_OR_SEP = re.compile(r"\d+|[/.\-]")


def _split_numbers(start: int, text: str) -> list[Atom]:
    out: list[Atom] = []
    for m in _DIGITS_OR_SEP.finditer(text):
        g = m.group()
        if g[0].isdigit():
            a = Atom(start + m.start(), start + m.end(), "N", float(g), g)
            a.extra = ""
            out.append(a)
        else:
            out.append(Atom(start + m.start(), start + m.end(), "t" if g == "-" else "_", g, g))
    return out
