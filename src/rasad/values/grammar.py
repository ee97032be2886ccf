"""Time grammar: rules are regular expressions over the *code string* of a chain (one
character per atom, see :mod:`rasad.values.lexicon`); a matching rule hands its atoms
to a handler that builds a :class:`Spec` (what the text says, unresolved). At each
position the longest rule whose handler accepts wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.values.scan import Atom


@dataclass(slots=True)
class Spec:
    """An unresolved time: the fields the text states."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    hy: int | None = None  # Hijri year/month/day
    hm: int | None = None
    hd: int | None = None
    wd: int | None = None  # weekday, Monday = 0
    nth: int | None = None  # nth weekday of the month (-1: last)
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    dpart: tuple | None = None  # (name, start hour, pm)
    pm: bool = False
    rel_day: int | None = None  # days from the anchor (أمس -1)
    now: bool = False
    tonight: bool = False
    mod: str | None = None  # past / future / last for a weekday
    month_mod: str | None = None  # past / future for a month (يونيو الماضي)
    year_rel: int | None = None  # العام الماضي -1
    unit_rel: tuple[str, int] | None = None  # (unit, offset in units): الأسبوع الماضي
    shift: tuple[str, float] | None = None  # (unit, amount): قبل ثلاثة أيام
    this_month: bool = False
    this_week: bool = False
    quarter: int | None = None
    quarter_rel: int | None = None
    season: str | None = None
    season_mod: str | None = None
    part: str | None = None  # begin / mid / end of the period
    holiday: str | None = None

    def needs_anchor(self) -> bool:
        if self.quarter_rel is not None:
            return True
        if self.season is not None:
            return self.y is None
        if self.hm is not None:
            return self.hy is None and self.y is None
        if self.holiday:
            return self.y is None
        return self.y is None


@dataclass(slots=True)
class Hit:
    """A recognised time expression over chain atoms ``[i, j)``."""

    i: int
    j: int
    kind: str  # point / interval / duration / set / range
    spec: Spec | None = None
    spec2: Spec | None = None  # end of a range
    duration: str | None = None
    range_unit: tuple[str, int, str] | None = (
        None  # (unit, count, past/future): الأسابيع الثلاثة القادمة
    )
    from_anchor: bool = False  # حتى الساعة 2: from the anchor to the point
    extra: dict = field(default_factory=dict)


def code_string(chain: list[Atom]) -> str:
    out = []
    for a in chain:
        c = a.code
        if c == "N":
            v = a.value
            ext = a.extra or {}
            if (
                ext.get("digits")
                and float(v).is_integer()
                and 1000 <= v <= 2200
                and len(ext.get("text", "")) == 4
            ):
                c = "Y"
            elif float(v).is_integer() and 1 <= v <= 31:
                c = "d"
            else:
                c = "n"
        elif c == "O":
            c = "o"
        out.append(c)
    return "".join(out)


# -- the point walker -----------------------------------------------------------
_MODS = {"P": "past", "F": "future", "L": "last"}


def _is_year_value(a: Atom) -> bool:
    return a.code == "N" and float(a.value).is_integer() and 100 <= a.value <= 2200


def walk_point(chain: list[Atom], i: int, j: int) -> Spec | None:
    """Fill a Spec from the atoms of a date/time phrase."""
    s = Spec()
    k = i
    hijri_era = any(chain[x].code == "H" for x in range(i, j))
    while k < j:
        a = chain[k]
        c = a.code
        prev = chain[k - 1] if k > i else None
        nxt = chain[k + 1] if k + 1 < j else None
        if c == "p":
            s.dpart = a.value
        elif c == "a":
            if nxt is not None and nxt.code == "p":
                s.pm = True
            elif nxt is not None and nxt.code == "R" and nxt.value == "tomorrow":
                s.rel_day = 2
                k += 1
            else:
                return None
        elif c == "4":
            follow = chain[k + 1] if k + 1 < len(chain) else None
            if a.value[1] is None and nxt is not None and nxt.code == "K":
                return None  # أيام الجمعة: every Friday, not one day
            if follow is not None and follow.code in "NO" and follow.start >= a.end and nxt is None:
                return None  # اليوم الأول: "the first day", not today
            if a.definite and a.word == "يوم" and (nxt is None or nxt.code in "p3ca"):
                if s.rel_day is None:
                    s.rel_day = 0
            elif a.definite and a.value[1] == 1 and nxt is not None and nxt.code in "PF":
                s.rel_day = -1 if nxt.code == "P" else 1
                k += 1
        elif c == "C":
            if prev is not None and prev.code == "7":
                s.year_rel = 0  # العام الحالي / العام الجاري
            elif prev is not None and prev.code in "MJ":
                s.month_mod = "current"  # أغسطس الجاري
            elif nxt is not None and nxt.code == "p":
                s.rel_day = 0  # هذا المساء
            elif nxt is not None and nxt.code == "S":
                pass
            elif nxt is not None and nxt.code == "6":
                s.this_month = True
                k += 1
            elif nxt is not None and nxt.code == "5":
                s.this_week = True
                k += 1
            elif nxt is not None and nxt.code == "Q":
                s.quarter_rel = 0
                k += 1
            elif nxt is not None and nxt.code == "7":
                s.year_rel = 0
                k += 1
        elif c == "K":
            s.wd = a.value
        elif c in "PFL":
            mod = _MODS.get(c)
            if prev is None:
                return None
            if prev.code == "7":
                s.year_rel = -1 if c in "PL" else 1
            elif prev.code in "MJ":
                s.month_mod = mod if c != "L" else "past"
            elif prev.code == "K":
                if c == "L":
                    s.nth = -1
                else:
                    s.mod = mod
            elif prev.code == "R" and prev.value == "night" and c == "P":
                s.tonight, s.rel_day = True, -1
            else:
                return None
        elif c in "NO":
            v = a.value
            if not float(v).is_integer() and not (prev is not None and prev.code == "&"):
                return None
            iv = int(v)
            hour_ctx = (prev is not None and prev.code == "3" and prev.value[1] == 1) or (
                s.hour is None
                and c == "O"
                and iv >= 2  # 1 o'clock is الواحدة, not الأولى
                and nxt is not None
                and (
                    nxt.code in "pa"
                    or (nxt.code in "&m" and k + 2 < j and chain[k + 2].code == "N")
                )
            )
            if (
                c == "N"
                and s.hour is None
                and nxt is not None
                and nxt.code in "pa"
                and (a.extra or {}).get("digits")
                and iv <= 12
            ):
                hour_ctx = True
            if hour_ctx and s.hour is None:
                if not 0 <= iv <= 24:
                    return None
                s.hour = iv
                if nxt is not None and nxt.code in "&m" and k + 2 < j and chain[k + 2].code == "N":
                    mv = chain[k + 2].value
                    minutes = round(mv * 60) if mv < 1 else int(mv)
                    if minutes >= 60:
                        return None
                    if nxt.code == "m":  # الثالثة إلا ربعا: 2:45
                        s.hour, minutes = (iv - 1) % 24, 60 - minutes
                    s.minute = minutes
                    k += 2
                    if k + 1 < j and chain[k + 1].code == "2":
                        k += 1
            elif (
                c == "N"
                and (
                    hijri_era
                    or (
                        prev is not None
                        and (
                            prev.code in "7MJEOQS"
                            or (prev.code in "PFC" and s.year_rel is not None)
                        )
                    )
                    or (nxt is not None and nxt.code in "HG")
                )
                and _is_year_value(a)
                and iv >= 100
            ):
                if s.y is None and s.hy is None:
                    ce = nxt is not None and nxt.code == "G"
                    if (nxt is not None and nxt.code == "H") or (
                        iv < 1600
                        and not ce
                        and (s.hm is not None or hijri_era or 1340 <= iv <= 1499)
                    ):
                        s.hy = (
                            iv  # 1436: a Hijri year (Gregorian years that early are rare in news)
                        )
                    else:
                        s.y = iv
                else:
                    return None
            elif c == "O" and iv == 1 and nxt is not None and nxt.code == "R":
                pass  # أول أمس: read with أمس
            elif (
                c == "O"
                and nxt is not None
                and nxt.code == "K"
                and iv <= 5
                or (
                    c == "O"
                    and prev is not None
                    and prev.code == "K"
                    and a.extra == "fem"
                    and iv <= 5
                    and nxt is not None
                    and nxt.code in "6MJ"
                )
            ):
                s.nth = iv
            elif 1 <= iv <= 31 and s.d is None:
                if c == "O" and not a.definite and not (nxt is not None and nxt.code in "6MJ"):
                    return None  # الاثنين أولى مباريات: not a day of the month
                month_next = nxt is not None and nxt.code in "6MJ"
                if (
                    prev is not None
                    and prev.code == "K"
                    and (a.lead is not None or a.head)
                    and not month_next
                ):
                    return None  # الجمعة، من الخامسة: an hour or a count, not the 5th
                s.d = iv
            else:
                return None
        elif c == "M":
            if s.m == a.value and prev is not None and prev.code == "M":
                pass  # أغسطس آب / أغسطس (آب): the same month in two naming systems
            elif s.m is not None or s.hm is not None:
                return None
            else:
                s.m = a.value
        elif c == "J":
            if s.m is not None or s.hm is not None:
                return None
            s.hm = a.value
        elif c == "D":
            y, m, d = a.value
            if s.m is not None or s.hm is not None:
                return None
            if a.extra == "hijri":
                s.hy, s.hm, s.d = y, m, d  # 8/11/1436 هـ (the day moves to hd below)
            else:
                s.y, s.m, s.d = y, m, d
        elif c == "c":
            parts = a.value
            s.hour, s.minute = parts[0], parts[1]
            if len(parts) > 2:
                s.second = parts[2]
        elif c == "R":
            meaning = a.value
            if meaning == "yesterday":
                before = prev is not None and (
                    (prev.code == "O" and prev.value == 1) or prev.code == "q"
                )
                s.rel_day = -2 if before else -1  # أول أمس، قبل أمس
            elif meaning == "tomorrow":
                if s.rel_day is None:
                    s.rel_day = 1
            elif meaning in ("now", "moment"):
                if meaning == "moment" and not (prev is not None and prev.code == "C"):
                    return None
                s.now = True
            elif meaning == "night":
                if s.hour is not None:  # الساعة 8 الليلة
                    s.pm = True
                else:
                    s.tonight = True
                if s.rel_day is None:
                    s.rel_day = 0
        elif c == "B":
            if nxt is not None and nxt.code == "p" and a.value == "mid":
                # منتصف الليل / منتصف النهار
                s.hour = 24 if nxt.value[0] == "night" else 12
                k += 1
            else:
                s.part = a.value
        elif c == "Q":
            if nxt is not None and nxt.code == "O" and 1 <= nxt.value <= 4:
                s.quarter = int(nxt.value)
                k += 1
            elif nxt is not None and nxt.code in "PFC":
                s.quarter_rel = {"P": -1, "F": 1, "C": 0}[nxt.code]
                k += 1
            else:
                return None
        elif c == "E":
            s.holiday = a.value
        elif c == "S":
            s.season = a.value
            if nxt is not None and nxt.code in "PF":
                s.season_mod = "past" if nxt.code == "P" else "future"
                k += 1
        elif c == "q" and nxt is not None and nxt.code == "R":
            pass  # قبل أمس: read with أمس
        elif c in "567&3HG" or c == "L":
            pass
        else:
            return None
        k += 1
    # a Hijri date: the day and year belong to the Hijri month
    if s.hm is not None:
        s.hd, s.d = s.d, None
        if s.hy is None and s.y is not None and s.y < 1600:
            s.hy, s.y = s.y, None
    return s


# -- rules ------------------------------------------------------------------------
_TOD = r"(?:3?c(?:a?p)?|3[do](?:[&m][dn]2?)?(?:a?p)?|o(?:[&m][dn]2?)?a?p|o[&m][dn]2|o[&m]n|da?p)"
_TAIL = rf"(?:{_TOD}|a?p)?"
_DP = r"(?:a?p)?"
_WDAY = r"4?C?K[PFL]?"
_MONTHX = r"6?[MJ]M?(?:[PFC]|7?Y[HG]?|7[PFC]|Y?H)?"
_DATE = rf"(?:D[HG]?|[do]{_MONTHX}|6?Md(?:7?Y)?)"

_POINT_RULES = [
    rf"{_DP}(?:{_WDAY}|4)?{_DATE}{_TAIL}",
    rf"{_DP}4?C?K[do](?:C6)?{_TAIL}",
    rf"{_DP}{_WDAY}(?:C5)?{_TAIL}",
    rf"(?:o4?K|4?K[oL]){_MONTHX}",
    rf"B?{_MONTHX}",
    r"B?7Y[HG]?|B?Y[HG]",
    r"B?7[PFC](?:Y[HG]?)?|B?C7",
    rf"{_DP}(?:4?aR|[oq]R|4?R|C?R)K?[PF]?(?:a?p|{_TOD})?",
    rf"{_DP}4(?:a?p|{_TOD})?",
    rf"{_DP}4[PF]",
    rf"{_TOD}(?:C?R|4)?",
    rf"{_TOD}(?:a?p)?(?:{_WDAY}(?:[do](?:C6)?)?|4?R|{_DATE})",
    r"E(?:7?Y[HG]?)?",
    r"Bp|C?p",
    r"C?S(?:[PF]|7?Y|7[PFC])?",
    r"Q(?:o(?:7?Y)?|[PFC])|CQ",
]


def _point_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    first = chain[i]
    if first.code == "4" and first.value[1] is None and j == i + 2 and chain[i + 1].code == "K":
        return Hit(i, j, "set", Spec(wd=chain[i + 1].value), duration="P1W")  # أيام الجمعة
    s = walk_point(chain, i, j)
    if s is None:
        return None
    codes = {a.code for a in chain[i:j]}
    if codes <= set("4") and s.rel_day is None:
        return None
    if codes <= set("B"):
        return None
    if "3" in codes and s.hour is None:
        return None
    if "3" in codes and not any(
        a.code == "3" and a.definite and a.value[1] == 1 for a in chain[i:j]
    ):
        return None  # الساعة, not الساعات
    said = {f: getattr(s, f) for f in Spec.__slots__ if f not in ("dpart", "pm")}
    if all(v is None or v is False for v in said.values()) and codes != {"p"}:
        return None  # صباح يوم، في نهار أيام: a part of the day of no particular day
    if codes == {"S"}:
        return None  # الربيع العربي, a bare season name
    if codes == {"p"}:
        word = chain[i].word
        if s.dpart[0] != "noon" or not (chain[i].definite or word.endswith("ا")):
            return None  # a bare part of the day (العصر "the era", ظهر "appeared") is not a time
        s.hour = 12
    return Hit(i, j, "point", s)


def _bare_year_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    """A bare 4-digit year counts only after a preposition (في 2014، منذ 2011)."""
    a = chain[j - 1]
    prev = chain[i - 1] if i > 0 else None
    b = chain[i] if chain[i].code == "B" else None
    after_year = (  # عامي 2015 و2016
        prev is not None
        and prev.code == "&"
        and i >= 2
        and chain[i - 2].code == "N"
        and (chain[i - 2].extra or {}).get("digits")
        and 1000 <= chain[i - 2].value <= 2200
    )
    if not (
        (a.extra or {}).get("after_filler") in ("في", "فى")
        or (prev is not None and prev.code in "qsatxb")
        or b is not None
        or after_year
    ):
        return None
    if (a.extra or {}).get("pre") not in ("", None, "و", "ب", "ل"):
        return None
    v = int(a.value)
    nxt = chain[j] if j < len(chain) else None
    if 1340 <= v <= 1499 and not (nxt is not None and nxt.code == "G"):
        return Hit(i, j, "point", Spec(hy=v, part=b.value if b else None))
    s = Spec(y=v, part=b.value if b else None)
    return Hit(i, j, "point", s)


_UNIT_REL = {"P": -1, "F": 1, "C": 0}


def _unit_rel_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    """الأسبوع الماضي، الشهر المقبل، هذا العام، مطلع العام الجاري; and ranges:
    الأيام الثلاثة الماضية، اليومين الماضيين، آخر ثلاثة أيام، الأسابيع الثلاثة القادمة."""
    atoms = chain[i:j]
    part = None
    if atoms[0].code == "B":
        part = atoms[0].value
        atoms = atoms[1:]
    offset = 0
    unit_atom = None
    count = None
    last = False
    for a in atoms:
        if a.code in "123456789":
            unit_atom = a
        elif a.code in "PFC":
            offset = _UNIT_REL[a.code]
        elif a.code == "L":
            last, offset = True, -1
        elif a.code == "N":
            count = a.value
    if unit_atom is None:
        return None
    unit, unit_count = unit_atom.value
    if count is None and unit_count == 2:
        count = 2
    if count is not None:
        if offset == 0 or not float(count).is_integer() or count < 1:
            return None
        number_definite = any(a.code == "N" and a.definite for a in atoms)
        if not (last or unit_atom.definite or number_definite):
            return None
        if unit_count == 1 and count > 2 and not (last or count > 10):
            return None
        return Hit(i, j, "range", range_unit=(unit, int(count), "past" if offset < 0 else "future"))
    if not unit_atom.definite or unit_count != 1 or last:
        return None
    if len(atoms) == 1 and part is None:
        return None  # a bare "الشهر" or "العام" is not a time
    s = Spec(rel_day=offset) if unit == "day" else Spec(unit_rel=(unit, offset), part=part)
    return Hit(i, j, "point", s)


_DUR_UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
}
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60), "decade": ("year", 10), "century": ("year", 100)}  # fmt: skip


def iso_duration(amounts: dict[str, float]) -> str:
    """ISO 8601 duration from unit amounts; fractions spill into the next smaller unit."""
    amounts = dict(amounts)
    for unit in ("century", "decade"):
        if unit in amounts:
            amounts["year"] = amounts.get("year", 0) + amounts.pop(unit) * (
                100 if unit == "century" else 10
            )
    for unit in ("year", "month", "week", "day", "hour", "minute"):
        v = amounts.get(unit)
        if v is not None and not float(v).is_integer():
            whole = int(v)
            smaller, factor = _SMALLER[unit]
            amounts[unit] = whole
            amounts[smaller] = amounts.get(smaller, 0) + (v - whole) * factor
    date_part = "".join(
        f"{int(amounts[u])}{_DUR_UNITS[u]}"
        for u in ("year", "month", "week", "day")
        if amounts.get(u)
    )
    time_part = "".join(
        f"{round(amounts[u])}{_DUR_UNITS[u]}"
        for u in ("hour", "minute", "second")
        if amounts.get(u)
    )
    if not date_part and not time_part:
        return "PT0S"
    return "P" + date_part + ("T" + time_part if time_part else "")


_BARE_OK = {"week", "month"}  # ساعة (clock) and دقيقة (precise) alone are too ambiguous


def _duration_amount(atoms: list[Atom], context: Atom | None) -> tuple[str, float] | None:
    """(unit, amount) of "ثلاثة أيام", "يومين", "يوم واحد", "ساعة ونصف", "نصف ساعة", "أسبوع"."""
    nums = [a for a in atoms if a.code == "N"]
    units = [a for a in atoms if a.code in "123456789"]
    if len(units) != 1:
        return None
    ua = units[0]
    unit, count = ua.value
    if ua.definite:
        return None
    if not nums:
        if count == 2:
            return unit, 2
        # a bare "ساعة" / "يوم" / "سنة" that ends its clause (انتظر ساعة.) is a duration; before
        # a noun it is usually in a construct (ساعة الصفر، يوم عمل، سنة مالية)
        at_end = ua.tail and (
            unit in ("hour", "day", "week", "month") or ua.word == "سنه" or ua.head
        )
        if count == 1 and (
            unit in _BARE_OK or at_end or (context is not None and context.code in "qsax")
        ):
            return unit, 1
        return None
    before = [a for a in nums if a.start < ua.start]
    after = [a for a in nums if a.start > ua.start]
    amount = 0.0
    if before:
        if len(before) > 1:
            return None
        amount = before[0].value
        if count == 2:
            return None
        if after:
            return None
    elif after:
        if len(after) > 1:
            return None
        v = after[0].value
        if after[0].conj and v < 1:  # ساعة ونصف
            amount = (2 if count == 2 else 1) + v
        elif not after[0].conj and v == 1 and count == 1:  # يوم واحد
            amount = 1
        else:
            return None
    if amount <= 0:
        return None
    return unit, amount


def _followed_by_year_or_modifier(chain: list[Atom], j: int) -> bool:
    """منذ عام 2003 (a year, not a shift); الثلاث أشهر الماضية (a range, not a duration)."""
    if j >= len(chain):
        return False
    nxt = chain[j]
    if nxt.lead is not None or nxt.head:
        return False  # خلال سبعة أيام، في سابقة: not attached
    year = nxt.code == "N" and (nxt.extra or {}).get("digits") and 1000 <= nxt.value <= 2200
    return bool(year) or nxt.code in "PF"


def _duration_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    if _followed_by_year_or_modifier(chain, j):
        return None
    start = i
    if chain[i].code == "x":
        start = i + 1
    context = chain[i] if chain[i].code == "x" else (chain[i - 1] if i > 0 else None)
    got = _duration_amount(chain[start:j], context)
    if got is None:
        return None
    unit, amount = got
    return Hit(
        i,
        j,
        "duration",
        duration=iso_duration({unit: amount}),
        extra={"unit": unit, "amount": amount},
    )


def _shift_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    """قبل ثلاثة أيام، منذ عامين، بعد أسبوع: the anchor shifted by a duration."""
    if _followed_by_year_or_modifier(chain, j):
        return None
    got = _duration_amount(chain[i + 1 : j], chain[i])
    if got is None:
        return None
    unit, amount = got
    sign = 1 if chain[i].code == "a" else -1
    return Hit(i, j, "point", Spec(shift=(unit, sign * amount)))


def _day_range_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    """27-29 أغسطس، من الثالث والعشرين وحتى السادس والعشرين من أكتوبر، أغسطس 27 إلى 29."""
    days = [
        a
        for a in chain[i:j]
        if a.code in "NO" and float(a.value).is_integer() and 1 <= a.value <= 31
    ]
    if len(days) < 2:
        return None
    d1, d2 = int(days[0].value), int(days[1].value)
    rest_start = max(k for k in range(i, j) if chain[k] is days[1]) + 1
    month_spec = walk_point(chain, rest_start, j) if rest_start < j else Spec()
    if month_spec is None:
        month_spec = Spec()
    if chain[i].code == "M":
        month_spec.m = chain[i].value
    if month_spec.m is None and month_spec.hm is None:
        return None
    if d2 <= d1:
        return None
    if (
        any(a.code == "&" for a in chain[i:j])
        and not any(a.code == "t" for a in chain[i:j])
        and d2 != d1 + 1
    ):
        return None  # 5 و9 سبتمبر: two dates, not a range
    s1 = Spec(
        y=month_spec.y,
        m=month_spec.m,
        d=d1,
        hm=month_spec.hm,
        hy=month_spec.hy,
        hd=d1 if month_spec.hm else None,
    )
    s2 = Spec(
        y=month_spec.y,
        m=month_spec.m,
        d=d2,
        hm=month_spec.hm,
        hy=month_spec.hy,
        hd=d2 if month_spec.hm else None,
    )
    if month_spec.hm:
        s1.d = s2.d = None
    s1.month_mod = s2.month_mod = month_spec.month_mod
    return Hit(i, j, "interval", s1, s2)


def _clock_range_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    """الساعة 3 إلى 5 مساء، من 9:30 حتى 11: a bare number after إلى is an hour too."""
    t = next(k for k in range(i, j) if chain[k].code == "t")
    s1 = walk_point(chain, i, t)
    right = chain[t + 1 : j]
    left = [a for a in chain[i:t] if a.code != "&"]
    if (s1 is None or s1.hour is None) and len(left) == 1 and left[0].code in "NO":
        if not float(left[0].value).is_integer():
            return None
        s1 = Spec(hour=int(left[0].value))  # من 9 إلى 11 صباحا، من الخامسة وحتى العاشرة مساء
    if s1 is None or s1.hour is None:
        return None
    s2 = Spec()
    for a in right:
        if a.code == "c":
            s2.hour, s2.minute = a.value[0], a.value[1]
        elif (
            a.code in "NO"
            and s2.hour is None
            and float(a.value).is_integer()
            and 0 <= a.value <= 24
        ):
            s2.hour = int(a.value)
        elif a.code == "p":
            s2.dpart = a.value
        elif a.code == "a":
            s2.pm = True
    if s2.hour is None:
        return None
    if s2.dpart is not None and s1.dpart is None and not s1.pm:
        s1.dpart = s2.dpart
    if s1.dpart is not None and s2.dpart is None and not s2.pm:
        s2.dpart = s1.dpart
    for f in ("y", "m", "d", "hy", "hm", "hd", "wd", "rel_day", "mod"):
        setattr(s2, f, getattr(s1, f))
    return Hit(i, j, "interval", s1, s2)


def _year_range_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    years = [a for a in chain[i:j] if a.code == "N"]
    if len(years) != 2 or years[1].value <= years[0].value:
        return None
    return Hit(i, j, "interval", Spec(y=int(years[0].value)), Spec(y=int(years[1].value)))


def _set_handler(chain: list[Atom], i: int, j: int) -> Hit | None:
    from rasad.values.lexicon import SET_WORDS

    head = chain[i]
    if head.word in SET_WORDS:
        if j - i != 1:
            return None
        return Hit(i, j, "set", duration=SET_WORDS[head.word])
    if head.word != "كل" or j - i < 2:
        return None
    rest = chain[i + 1 : j]
    if len(rest) == 1 and rest[0].code == "K":
        return Hit(i, j, "set", Spec(wd=rest[0].value), duration="P1W")
    units = [a for a in rest if a.code in "123456789"]
    if len(units) != 1 or units[0].definite:
        return None
    nums = [a for a in rest if a.code == "N"]
    amount = nums[0].value if nums else (2 if units[0].value[1] == 2 else 1)
    return Hit(i, j, "set", duration=iso_duration({units[0].value[0]: amount}))


RULES: list[tuple[re.Pattern, object]] = [(re.compile(r), _point_handler) for r in _POINT_RULES]
RULES += [
    (re.compile(r"B?Y"), _bare_year_handler),
    (
        re.compile(r"B?(?:[1-9][dn][PF]|[dn][1-9][PF]|C?[1-9][PFC]?)|L(?:[1-9]&?[dn]|[dn]?[1-9])"),
        _unit_rel_handler,
    ),
    (re.compile(r"x?(?:[1-9]&?[dn]|[dn]?[1-9])"), _duration_handler),
    (re.compile(r"[qsa](?:[1-9]&?[dn]|[dn]?[1-9])"), _shift_handler),
    (
        re.compile(rf"[do]&?t[do]{_MONTHX}|[do]&[do]{_MONTHX}|6?M[d]t[d](?:7?Y)?"),
        _day_range_handler,
    ),
    (re.compile(r"b7?Y&7?Y|7?Yt7?Y"), _year_range_handler),
    (
        re.compile(r"(?:3[do]|3?c)(?:a?p)?t3?(?:[do]|c)(?:a?p)?|[do]&?t[do]a?p"),
        _clock_range_handler,
    ),
    (re.compile(r"Z(?:[dn]?[1-9]|K)?"), _set_handler),
]
_STARTERS = set("paCKdoDMJBYRcEeqsxbZnLQS123456789")


def parse_chain(chain: list[Atom]) -> list[Hit]:
    """All time expressions of one prepared chain, longest first, left to right."""
    codes = code_string(chain)
    hits: list[Hit] = []
    i, n = 0, len(codes)
    while i < n:
        if codes[i] not in _STARTERS:
            i += 1
            continue
        best = None
        for end, handler, full in _candidates(codes, i):
            # try the longest match, then shorter prefixes of it
            for e in range(end, i, -1):
                hit = handler(chain, i, e) if e in full else None
                if hit is not None:
                    best = hit
                    break
            if best is not None:
                break
        if best is None:
            i += 1
            continue
        hits.append(best)
        i = max(best.j, i + 1)
    return _join_ranges(chain, codes, hits)


_RULE_BY_HANDLER: dict[object, list[re.Pattern]] = {}
for _rx, _h in RULES:
    _RULE_BY_HANDLER.setdefault(_h, []).append(_rx)


def _full(codes: str, i: int, e: int, handler) -> bool:
    return any(rx.fullmatch(codes, i, e) for rx in _RULE_BY_HANDLER[handler])


@lru_cache(maxsize=1 << 12)  # code strings repeat a lot (N, MY, dMY, ...)
def _candidates(codes: str, i: int) -> tuple[tuple[int, object, frozenset[int]], ...]:
    """The rules matching ``codes`` at ``i``, longest match first (ties in rule order):
    (end, handler, the ends ``e`` in ``i < e <= end`` where one of the handler's rules
    matches ``codes[i:e]`` exactly). Depends on the codes only, so it is memoized."""
    cands = []
    for rx, handler in RULES:
        m = rx.match(codes, i)
        if m and m.end() > i:
            cands.append((m.end(), handler))
    return tuple(
        (end, handler, frozenset(e for e in range(end, i, -1) if _full(codes, i, e, handler)))
        for end, handler in sorted(cands, key=lambda x: -x[0])
    )


def _join_ranges(chain: list[Atom], codes: str, hits: list[Hit]) -> list[Hit]:
    """point إلى/حتى point -> interval; بين point و point -> interval; حتى point alone."""
    out: list[Hit] = []
    k = 0
    while k < len(hits):
        h = hits[k]
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            nxt is not None
            and h.kind == "point"
            and nxt.kind == "point"
            and h.spec is not None
            and nxt.spec is not None
        ):
            between = codes[h.j : nxt.i]
            before = codes[h.i - 1] if h.i > 0 else ""
            if between in ("t", "&t") or (between == "&" and before == "b"):
                s1, s2 = h.spec, nxt.spec
                own_month = s1.m is not None or s1.hm is not None
                for f in ("y", "m", "hy", "hm", "month_mod", "wd", "rel_day"):
                    if f == "month_mod" and own_month:
                        continue  # من 20 يوليو إلى 22 أكتوبر المقبل: المقبل is October's
                    if (
                        getattr(s1, f) is None
                        and getattr(s2, f) is not None
                        and (s1.d is not None or s1.hour is not None)
                    ):
                        setattr(s1, f, getattr(s2, f))
                if (
                    s1.hour is not None
                    and s2.hour is not None
                    and s1.dpart is None
                    and s2.dpart is not None
                ):
                    s1.dpart = s2.dpart
                if s1.hour is not None and s2.pm and not s1.pm:
                    s1.pm = True
                if s2.hour is not None and all(
                    getattr(s2, f) is None
                    for f in ("y", "m", "d", "hy", "hm", "hd", "wd", "rel_day")
                ):
                    # ... من الساعة 8 صباحا حتى 5 عصرا: the end is on the start's day
                    for f in (
                        "y",
                        "m",
                        "d",
                        "hy",
                        "hm",
                        "hd",
                        "wd",
                        "rel_day",
                        "nth",
                        "mod",
                        "month_mod",
                        "year_rel",
                    ):
                        setattr(s2, f, getattr(s1, f))
                out.append(Hit(h.i, nxt.j, "interval", s1, s2))
                k += 2
                continue
        if (
            h.kind == "point"
            and h.i > 0
            and codes[h.i - 1] == "t"
            and chain[h.i - 1].word in ("حتي", "حتى", "لغايه", "غايه")
            and (h.spec.hour is not None)
        ):
            out.append(Hit(h.i - 1, h.j, "interval", None, h.spec, from_anchor=True))
            k += 1
            continue
        out.append(h)
        k += 1
    return out
