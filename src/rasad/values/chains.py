"""Chain preparation: give each word atom its code, join number words into one value
(ستة ملايين، خمسمائة وخمسة وعشرون، الحادي والعشرين), join multi-word month names
(كانون الأول، ربيع الآخر، ذو الحجة) and drop fillers.
"""

from __future__ import annotations

import re

from rasad.values import lexicon as lx
from rasad.values.scan import Atom

_NUMBER_CODES = {"W", "N"}
_THOUSANDS_DOT = re.compile(r"-?\d{1,3}\.\d{3}")


def classify(chain: list[Atom]) -> list[Atom]:
    """Set the code of every word atom from the lexicons and its neighbours."""
    out: list[Atom] = []
    n = len(chain)
    for i, a in enumerate(chain):
        if a.code != "?":
            out.append(a)
            continue
        w, definite = a.word, a.definite
        hamza = False
        if isinstance(a.extra, tuple):
            a.extra, hamza = a.extra
        pre = a.extra or ""
        if pre.endswith("و") and "و" + w in lx.CARDINALS and not hamza:
            # واحد is a word, not و + أحد
            w = a.word = "و" + w
            a.extra = pre[:-1]
            a.conj = pre.startswith("و") and len(pre) > 1
        prev = out[-1] if out else None
        nxt = chain[i + 1] if i + 1 < n else None
        nxt_word = nxt.word if nxt is not None else ""
        code, value = "", None
        if w in lx.WEEKDAYS and (
            definite or (prev is not None and (prev.code == "4" or prev.code == "O"))
        ):
            code, value = "K", lx.WEEKDAYS[w]
            if w in ("احد", "اثنين") and nxt_word in ("عشر", "عشره"):
                code = ""  # الاثنى عشر / الأحد عشر: a number, not a weekday
        if w == "ست" and pre.endswith("ل"):
            continue  # لست: "I am not"
        if (
            not code
            and w == "ثانيه"
            and prev is not None
            and prev.code in _NUMBER_CODES
            and not definite
        ):
            code, value = "1", ("second", 1)
        if not code:
            if w in lx.RELATIVE_DAYS:
                meaning = lx.RELATIVE_DAYS[w]
                if meaning == "night" and not definite:
                    code, value = "p", lx.DAY_PARTS["ليل"]
                elif meaning == "moment" and not definite:
                    code = ""
                else:
                    code, value = "R", meaning
            elif w in lx.GREGORIAN_MONTHS:
                code, value = "M", lx.GREGORIAN_MONTHS[w]
            elif w in lx.HIJRI_MONTHS:
                code, value = "J", lx.HIJRI_MONTHS[w]
            elif w in lx.COMPOUND_MONTHS or w in lx.COMPOUND_HIJRI:
                code, value = "^", w
            elif w in lx.ORDINALS and (
                w != "ثانيه" or definite or prev is None or prev.code not in _NUMBER_CODES
            ):
                code, value = "O", lx.ORDINALS[w]
            elif w in lx.TIME_UNITS:
                unit, count = lx.TIME_UNITS[w]
                if (
                    unit == "decade"
                    and count == 1
                    and (prev is None or prev.code not in _NUMBER_CODES)
                ):
                    code = ""  # عقد is mostly the verb "held"
                else:
                    code, value = lx.UNIT_CODE[unit], (unit, count)
            elif w in lx.CARDINALS:
                code, value = "W", lx.CARDINALS[w]
            elif w in lx.PAST_MODIFIERS:
                code = "P"
            elif w in lx.FUTURE_MODIFIERS:
                code = "F"
            elif w in lx.CURRENT_MODIFIERS:
                code = "C"
            elif w in lx.LAST_MODIFIERS:
                code = "L"
            elif w in lx.SEASONS and (
                definite or nxt_word in ("عام", "سنه") or (nxt is not None and nxt.code == "N")
            ):
                code, value = "S", lx.SEASONS[w]
            elif w in lx.DAY_PARTS:
                code, value = "p", lx.DAY_PARTS[w]
            elif w in lx.PERIOD_PARTS:
                code, value = "B", lx.PERIOD_PARTS[w]
            elif w in lx.WORDS:
                code = lx.WORDS[w]
                if code in "HG" and (prev is None or prev.code not in _NUMBER_CODES):
                    code = ""
            elif w == "اخر" and not definite:
                code = "L"  # آخر ثلاثة أيام
            elif w in ("اخر", "اخره", "قعده", "حجه"):
                code, value = "~", w
        if (
            code == "W"
            and w == "ربع"
            and definite
            and (
                nxt_word in lx.ORDINALS
                or nxt_word in lx.PAST_MODIFIERS | lx.FUTURE_MODIFIERS | lx.CURRENT_MODIFIERS
            )
        ):
            code = "Q"  # الربع الثالث: a quarter of the year
        if code == "t" and w == "الي" and nxt_word == "بعد":
            code = "_"  # اليوم الي بعد بكرة: colloquial "that", not "to"
        if not code:
            continue
        a.code, a.value = code, value
        if pre.endswith("هال"):  # هالأسبوع = هذا الأسبوع
            out.append(Atom(a.start, a.start, "C", None, "ها"))
        out.append(a)
    return out


def _card(a: Atom) -> tuple[str, float] | None:
    return a.value if a.code == "W" else None


def merge_numbers(chain: list[Atom]) -> list[Atom]:
    """Join cardinal words/digits with scales and و into single number atoms ``N``,
    and ordinal compounds into ``O`` atoms. Vague plurals (آلاف الأشخاص) become ``V``."""
    # a free-standing و before a number word is that word's conjunction
    joined: list[Atom] = []
    for k, a in enumerate(chain):
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        if a.code == "&" and nxt is not None and nxt.code in ("W", "N", "O") and not nxt.conj:
            nxt.conj = True
            continue
        joined.append(a)
    chain = joined
    out: list[Atom] = []
    i, n = 0, len(chain)
    while i < n:
        a = chain[i]
        # ordinal compounds: الحادي عشر، الثالث عشرة، الحادي والعشرين، الواحد والثلاثون، الاثنى عشر
        is_def_unit = (
            a.code == "W"
            and a.definite
            and a.value[0] in ("unit", "unit_teen_only")
            and 1 <= a.value[1] <= 9
        )
        if a.code == "O" or is_def_unit:
            base = int(a.value if a.code == "O" else a.value[1])
            j = i + 1
            if (
                base <= 9
                and j < n
                and chain[j].code == "W"
                and chain[j].value[0] == "ten"
                and not chain[j].conj
            ):
                merged = Atom(a.start, chain[j].end, "O", base + 10, a.word, a.definite, a.conj)
                merged.extra = "fem" if chain[j].word.endswith("ه") or a.word.endswith("ه") else ""
                out.append(merged)
                i = j + 1
                continue
            if (
                base <= 9
                and j < n
                and chain[j].code == "W"
                and chain[j].value[0] == "tens"
                and chain[j].conj
                and chain[j].definite
            ):
                out.append(
                    Atom(
                        a.start,
                        chain[j].end,
                        "O",
                        base + int(chain[j].value[1]),
                        a.word,
                        a.definite,
                        a.conj,
                    )
                )
                i = j + 1
                continue
            if a.code == "O":
                if a.word == "حادي" or a.word == "حاديه":
                    i += 1
                    continue
                a.extra = "fem" if a.word.endswith("ه") else ""
                out.append(a)
                i += 1
                continue
        if a.code in _NUMBER_CODES:
            if a.code == "W" and a.value[0] == "scale_pl" and not (out and out[-1].code == "N"):
                a.code, a.value = "V", a.value[1]
                out.append(a)
                i += 1
                continue
            j, value, kinds = _number_run(chain, i)
            if value is None:
                i += 1
                continue
            last = chain[j - 1]
            if a.code == "N" and j == i + 1 and _THOUSANDS_DOT.fullmatch(a.word or ""):
                value = float(a.word.replace(".", ""))  # 853.250 كرتون: a thousands dot
            num = Atom(a.start, last.end, "N", value, a.word, a.definite, a.conj)
            num.extra = {
                "digits": a.code == "N" and j == i + 1,
                "text": a.word,
                "kinds": kinds,
                "pre": a.extra if a.code == "N" else "",
            }
            out.append(num)
            i = j
            continue
        out.append(a)
        i += 1
    return out


def _number_run(chain: list[Atom], i: int) -> tuple[int, float | None, list[str]]:
    """Read one number starting at ``chain[i]``; returns (next index, value, kinds)."""
    total = 0.0
    cur = 0.0
    last_scale = 0.0
    kinds: list[str] = []
    j = i
    n = len(chain)
    first = True
    while j < n:
        a = chain[j]
        if a.code == "N":
            # digits join only as "مليون و200 ألف": after a scale and before one
            scale_sandwich = (  # also مليون 760 ألف (1,760,000)
                kinds
                and kinds[-1].startswith("scale")
                and j + 1 < n
                and chain[j + 1].code == "W"
                and chain[j + 1].value[0] in ("scale", "scale_pl")
            )
            if not first and not scale_sandwich:
                break
            cur += a.value
            kinds.append("digits")
        elif a.code == "W":
            kind, v = a.value
            prev_kind = kinds[-1] if kinds else None
            if not first and any(ch in (a.extra or "") for ch in "بلك"):
                break  # خمسة بالمئة: a preposition starts a new phrase
            if not first and a.conj and kinds:
                # و joins a smaller part: ثلاثة وعشرون, مئة وخمسة, ألف ومئتان; not ثلاثة وأربعة
                if prev_kind in ("unit", "unit_teen_only") and kind != "tens":
                    break
                bigger = kind in ("hundred", "hundreds", "dual_scale") or kind.startswith("scale")
                if prev_kind in ("hundreds", "hundred") and bigger:
                    break
                if prev_kind == "tens" and kind in ("tens", "unit"):
                    break
            if not first:
                joined = a.conj
                # without و only: unit+عشر, X+مئة, X+scale, fraction after a scale (مليون ونصف needs و)
                if not joined and not (
                    (kind == "ten" and prev_kind == "unit")
                    or (kind == "ten" and prev_kind == "unit_teen_only")
                    or (
                        kind in ("hundred", "scale", "scale_pl", "dual_scale", "fraction_pl")
                        and prev_kind
                        in (
                            "unit",
                            "digits",
                            "tens",
                            "hundred",
                            "hundreds",
                            "ten",
                            "fraction",
                            "teen",
                        )
                    )
                ):
                    break
                if joined and kind in ("scale_pl",):
                    break
                if joined and prev_kind == "digits" and kind != "fraction":
                    break
            if kind == "unit_teen_only":
                # أحد/إحدى count only in أحد عشر and إحدى وعشرون
                nxt_w = chain[j + 1] if j + 1 < n and chain[j + 1].code == "W" else None
                teen = nxt_w is not None and nxt_w.value[0] == "ten" and not nxt_w.conj
                tens = nxt_w is not None and nxt_w.value[0] == "tens" and nxt_w.conj
                if not (teen or tens):
                    break
                cur += v
            elif kind in ("unit", "tens", "hundreds"):
                cur += v
            elif kind == "ten":
                cur += 10
                if prev_kind in ("unit", "unit_teen_only"):
                    kind = "teen"
            elif kind == "hundred":
                cur = (cur or 1) * 100 if cur < 10 else cur + 100
            elif kind in ("scale", "scale_pl"):
                cur = (cur or 1) * v
                total += cur
                cur = 0.0
                last_scale = v
            elif kind == "dual_scale":
                total += cur * (v / 2) if cur else v
                cur = 0.0
                last_scale = v / 2
            elif kind == "fraction":
                if prev_kind and prev_kind.startswith("scale") and a.conj:
                    total += v * last_scale
                elif (
                    prev_kind is not None
                    and a.conj
                    and prev_kind in ("unit", "tens", "teen", "ten", "digits")
                ) or prev_kind is None:
                    cur += v
                else:
                    break
            elif kind == "fraction_pl":
                cur = cur * v
            kinds.append(kind if kind != "unit_teen_only" else "unit_teen_only")
        else:
            break
        first = False
        j += 1
    if j == i:
        return i + 1, None, kinds
    return j, total + cur, kinds


def merge_months(chain: list[Atom]) -> list[Atom]:
    """كانون الأول، تشرين الثاني، ربيع الأول، جمادى الآخرة، ذو الحجة; شهر 3؛ الشهر الثامن."""
    out: list[Atom] = []
    i, n = 0, len(chain)
    while i < n:
        a = chain[i]
        nxt = chain[i + 1] if i + 1 < n else None
        if a.code == "^" and nxt is not None:
            table = lx.COMPOUND_MONTHS.get(a.value) or lx.COMPOUND_HIJRI.get(a.value) or {}
            key = nxt.value if nxt.code in ("O", "~") else None
            if key in table:
                code = "M" if a.value in lx.COMPOUND_MONTHS else "J"
                out.append(Atom(a.start, nxt.end, code, table[key], a.word))
                i += 2
                continue
        if a.code == "^":
            if a.value == "ربيع" and a.definite:
                out.append(Atom(a.start, a.end, "S", "spring", a.word, True))
            i += 1
            continue
        if a.code == "~":
            i += 1
            continue
        month_number = nxt is not None and (
            (nxt.code == "N" and not a.definite and float(nxt.value).is_integer())
            or (nxt.code == "O" and a.definite)
        )
        if a.code == "6" and a.value[1] == 1 and month_number and 1 <= nxt.value <= 12:
            out.append(Atom(a.start, nxt.end, "M", int(nxt.value), a.word))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# codes next to which an ambiguous month name (مارس، رجب) is read as a month
_DATE_NEIGHBOURS = set("NOM6PFCBHGYtbsqax7KE")


def drop_ambiguous(chain: list[Atom]) -> list[Atom]:
    """Month names that are also common words count only next to a date word."""
    out = []
    for i, a in enumerate(chain):
        if (a.code == "M" and a.word in lx.AMBIGUOUS_MONTHS) or (
            a.code == "J" and a.word in lx.AMBIGUOUS_HIJRI
        ):
            prev = chain[i - 1] if i else None
            nxt = chain[i + 1] if i + 1 < len(chain) else None
            if prev is not None and prev.code == "_" and prev.word in ("في", "فى"):
                ok = True
            else:
                k = i - 1
                while k >= 0 and chain[k].code == "_":
                    k -= 1
                prev = chain[k] if k >= 0 else None
                k = i + 1
                while k < len(chain) and chain[k].code == "_":
                    k += 1
                nxt = chain[k] if k < len(chain) else None
                ok = (prev is not None and prev.code in _DATE_NEIGHBOURS) or (
                    nxt is not None and nxt.code in _DATE_NEIGHBOURS - set("tqsaxb")
                )
            if not ok:
                if a.word in lx.CARDINALS:  # صفر: zero
                    num = Atom(
                        a.start,
                        a.end,
                        "N",
                        float(lx.CARDINALS[a.word][1]),
                        a.word,
                        a.definite,
                        a.conj,
                    )
                    num.extra = {"digits": False, "text": a.word, "kinds": ["unit"], "pre": ""}
                    out.append(num)
                continue
        out.append(a)
    return out


def prepare(chain: list[Atom]) -> list[Atom]:
    chain = classify(chain)
    if not chain:
        return []  # about half the chains: words that are no value here (the steps keep [])
    chain = merge_numbers(chain)
    chain = merge_months(chain)
    chain = drop_ambiguous(chain)
    out = []
    after_filler = False
    filler_word = ""
    lead: int | None = None
    for a in chain:
        if a.code == "_":
            after_filler = True
            filler_word = a.word
            if lead is None:
                lead = a.start
            continue
        if lead is not None:
            a.lead = lead
            lead = None
        if after_filler and a.code == "N":
            a.extra = dict(a.extra or {}, after_filler=filler_word)
        after_filler = False
        if a.conj and a.code in ("N", "O") and out and out[-1].code != "&":
            out.append(Atom(a.start, a.start, "&", None, "و"))
        out.append(a)
    return out
