"""Resolution: a :class:`Spec` plus an anchor datetime and a direction (past/future)
becomes a concrete start, grain and, for periods, an exclusive end.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hijridate import Gregorian, Hijri

from rasad.values.grammar import Spec

GRAINS = ("year", "month", "week", "day", "hour", "minute", "second")


class Resolved:
    """``start`` at ``grain``; ``end`` (exclusive) for periods; ``exact`` when the value
    keeps the anchor's own precision (قبل ثلاثة أيام from a datetime)."""

    __slots__ = ("start", "end", "grain", "explicit", "exact", "day_value")

    def __init__(self, start: dt.datetime, grain: str, end: dt.datetime | None = None, explicit: bool = False) -> None:  # fmt: skip
        self.start = start
        self.grain = grain
        self.end = end
        self.explicit = explicit
        self.exact = False
        self.day_value = False  # a part of a day: value is the day, interval the hours


def _dt(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def period_end(start: dt.datetime, grain: str) -> dt.datetime:
    if grain == "year":
        return dt.datetime(start.year + 1, 1, 1)
    if grain == "month":
        return _dt(add_months(start.date().replace(day=1), 1))
    if grain == "week":
        return start + dt.timedelta(days=7)
    if grain == "day":
        return start + dt.timedelta(days=1)
    if grain == "hour":
        return start + dt.timedelta(hours=1)
    if grain == "minute":
        return start + dt.timedelta(minutes=1)
    return start + dt.timedelta(seconds=1)


def shift(anchor: dt.datetime, unit: str, amount: float) -> dt.datetime:
    if unit in ("year", "decade", "century"):
        factor = {"year": 12, "decade": 120, "century": 1200}[unit]
        return _dt(add_months(anchor.date(), round(amount * factor))) + (
            anchor - _dt(anchor.date())
        )
    if unit == "month":
        whole = int(amount)
        base = _dt(add_months(anchor.date(), whole)) + (anchor - _dt(anchor.date()))
        return base + dt.timedelta(days=round((amount - whole) * 30))
    seconds = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}[unit]
    return anchor + dt.timedelta(seconds=amount * seconds)


def easter(year: int) -> dt.date:
    """Western Easter (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_HIJRI_HOLIDAYS = {
    "fitr": (10, 1),
    "adha": (12, 10),
    "arafa": (12, 9),
    "qadr": (9, 27),
    "mawlid": (3, 12),
    "ashura": (1, 10),
    "isra": (7, 27),
    "hijri_new_year": (1, 1),
}
_FIXED_HOLIDAYS = {
    "halloween": (10, 31),
    "christmas": (12, 25),
    "valentine": (2, 14),
    "labour": (5, 1),
    "mother": (3, 21),
    "new_year": (1, 1),
}


def _gregorian_holiday(name: str, year: int) -> dt.date:
    if name == "easter":
        return easter(year)
    if name == "thanksgiving":  # fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    m, d = _FIXED_HOLIDAYS[name]
    return dt.date(year, m, d)


def _hijri_to_date(hy: int, hm: int, hd: int) -> dt.date | None:
    try:
        g = Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def _hijri_year_of(d: dt.date) -> int | None:
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _hijri_in_gregorian_year(hm: int, hd: int, year: int) -> dt.date | None:
    hy = _hijri_year_of(dt.date(year, 1, 1))
    if hy is None:
        return None
    for y in (hy, hy + 1):
        d = _hijri_to_date(y, hm, hd)
        if d is not None and d.year == year:
            return d
    return None


def _hijri_near(
    hm: int, hd: int, anchor: dt.date, direction: str, inclusive_month: bool
) -> dt.date | None:
    hy = _hijri_year_of(anchor)
    if hy is None:
        return None
    cands = [d for d in (_hijri_to_date(y, hm, hd) for y in (hy - 1, hy, hy + 1)) if d is not None]
    if inclusive_month:
        month_start = {y: _hijri_to_date(y, hm, 1) for y in (hy - 1, hy, hy + 1)}
        month_end = {
            y: _hijri_to_date(y + (hm == 12), hm % 12 + 1, 1) for y in (hy - 1, hy, hy + 1)
        }
        for y in (hy - 1, hy, hy + 1):
            if month_start[y] and month_end[y] and month_start[y] <= anchor < month_end[y]:
                return _hijri_to_date(y, hm, hd)
    if direction == "future":
        after = [d for d in cands if d > anchor]
        return min(after) if after else None
    limit = anchor + AHEAD if direction == "auto" else anchor
    before = [d for d in cands if d <= limit]
    return max(before) if before else None


AHEAD = dt.timedelta(days=92)  # "auto": how far ahead a date without a year may lie


def _year_for_month(
    m: int, anchor: dt.date, direction: str, mod: str | None, day: int | None = None
) -> int:
    ay, am = anchor.year, anchor.month
    if mod == "current":
        return ay
    if direction == "auto" and mod is None:
        try:
            this_year = dt.date(ay, m, day or 1)
        except ValueError:
            this_year = dt.date(ay, m, 1)
        return ay if this_year <= anchor + AHEAD else ay - 1
    if mod == "past":
        return ay if m < am else ay - 1
    if mod == "future":
        return ay if m > am else ay + 1
    if direction == "future":
        return ay if m >= am else ay + 1
    return ay if m <= am else ay - 1


def _nth_weekday(year: int, month: int, wd: int, nth: int) -> dt.date | None:
    if nth == -1:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    first = dt.date(year, month, 1)
    day = 1 + (wd - first.weekday()) % 7 + 7 * (nth - 1)
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _weekday(anchor: dt.date, wd: int, direction: str, mod: str | None) -> dt.date:
    awd = anchor.weekday()
    if mod == "past":
        return anchor - dt.timedelta(days=(awd - wd) % 7 or 7)
    if mod == "future" or direction == "future":
        return anchor + dt.timedelta(days=(wd - awd) % 7 or 7)
    return anchor - dt.timedelta(days=(awd - wd) % 7)


def _part(
    start: dt.datetime, end: dt.datetime, grain: str, part: str
) -> tuple[dt.datetime, dt.datetime]:
    if grain == "month":
        last = (end - dt.timedelta(days=1)).day
        cuts = {"begin": (1, 11), "mid": (11, 21), "end": (21, last + 1)}[part]
        a = start.replace(day=cuts[0])
        b = start.replace(day=cuts[1]) if cuts[1] <= last else end
        return a, b
    if grain == "year":
        cuts = {"begin": (1, 4), "mid": (5, 9), "end": (10, 13)}[part]
        a = start.replace(month=cuts[0])
        b = dt.datetime(start.year + 1, 1, 1) if cuts[1] == 13 else start.replace(month=cuts[1])
        return a, b
    if grain == "week":
        cuts = {"begin": (0, 2), "mid": (2, 4), "end": (4, 7)}[part]
        return start + dt.timedelta(days=cuts[0]), start + dt.timedelta(days=cuts[1])
    span = end - start
    if part == "begin":
        return start, start + span / 3
    if part == "mid":
        return start + span / 3, start + 2 * span / 3
    return start + 2 * span / 3, end


def _apply_time(day: dt.date, s: Spec) -> tuple[dt.datetime, str]:
    if s.hour is None:
        return _dt(day), "day"
    hour = s.hour
    pm = s.pm or (s.dpart is not None and s.dpart[3])
    # ظهرا after 6 (a morning hour written with noon) stays as written
    late_noon = s.dpart is not None and s.dpart[0] == "noon" and hour >= 6 and not s.pm
    if pm and 1 <= hour < 12 and not late_noon:
        hour += 12
    if s.dpart is not None and s.dpart[0] == "night" and hour == 12:
        hour = 0
    if hour == 24:
        hour = 0
        day = day + dt.timedelta(days=1)
    start = dt.datetime(day.year, day.month, day.day, hour, s.minute or 0, s.second or 0)
    grain = "second" if s.second is not None else ("minute" if s.minute is not None else "hour")
    return start, grain


def resolve(s: Spec, anchor: dt.datetime | None, direction: str) -> Resolved | None:
    """Concrete time of ``s``; None when it needs an anchor and there is none."""
    r = _resolve(s, anchor, direction)
    if (
        r is not None
        and s.dpart is not None
        and s.hour is None
        and r.grain == "day"
        and r.end is None
    ):
        # مساء يوم الثلاثاء: the day, with the hours of its evening as the interval
        _, first, last, _ = s.dpart
        r.day_value = True
        r.end = r.start + dt.timedelta(hours=last)
        r.start = r.start + dt.timedelta(hours=first)
    return r


def _resolve(s: Spec, anchor: dt.datetime | None, direction: str) -> Resolved | None:
    explicit = (
        not s.needs_anchor()
        and s.rel_day is None
        and s.shift is None
        and s.unit_rel is None
        and not s.now
    )
    if anchor is None and not explicit:
        return None
    today = anchor.date() if anchor is not None else None
    if s.now:
        return Resolved(anchor, "second" if anchor.time() != dt.time(0) else "day")
    if s.shift is not None:
        unit, amount = s.shift
        t = shift(anchor, unit, amount)
        grain = {"decade": "year", "century": "year"}.get(unit, unit)
        res = Resolved(t, grain)
        res.exact = True
        return res
    if s.season is not None:
        return _season(s, today, direction)
    if s.quarter is not None or s.quarter_rel is not None:
        if s.quarter_rel is not None:
            q0 = (today.month - 1) // 3
            total = today.year * 4 + q0 + s.quarter_rel
            year, q = divmod(total, 4)
            q += 1
        else:
            q = s.quarter
            year = s.y
            if year is None:
                cur = (today.month - 1) // 3 + 1
                year = (
                    today.year
                    if (q >= cur if direction == "future" else q <= cur)
                    else today.year + (1 if direction == "future" else -1)
                )
        start = dt.datetime(year, 3 * (q - 1) + 1, 1)
        return Resolved(
            start, "quarter", _dt(add_months(start.date(), 3)), explicit=s.y is not None
        )
    if s.unit_rel is not None:
        unit, offset = s.unit_rel
        grain = {"decade": "year", "century": "year"}.get(unit, unit)
        if unit == "week":
            monday = today - dt.timedelta(days=today.weekday())
            start = _dt(monday + dt.timedelta(days=7 * offset))
        elif unit == "month":
            start = _dt(add_months(today.replace(day=1), offset))
        elif unit == "year":
            start = dt.datetime(today.year + offset, 1, 1)
        elif unit in ("decade", "century"):
            size = (
                10 if unit == "decade" else 100
            )  # العقد الماضي: 2000-2009; القرن الماضي: 1900-1999
            first = (today.year // size + offset) * size
            return Resolved(dt.datetime(first, 1, 1), "period", dt.datetime(first + size, 1, 1))
        elif unit == "hour":
            start = _truncate(anchor + dt.timedelta(hours=offset), "hour")
        else:
            return None
        res = Resolved(start, grain, period_end(start, grain))
        if s.part:
            res.start, res.end = _part(res.start, res.end, grain, s.part)
            res.grain = "day"
        return res
    if s.holiday is not None:
        year = s.y
        if s.holiday in _HIJRI_HOLIDAYS:
            hm, hd = _HIJRI_HOLIDAYS[s.holiday]
            if s.hy:
                d = _hijri_to_date(s.hy, hm, hd)
            elif year:
                d = _hijri_in_gregorian_year(hm, hd, year)
            else:
                d = _hijri_near(hm, hd, today, direction, False)
        elif year:
            d = _gregorian_holiday(s.holiday, year)
        else:
            d = _gregorian_holiday(s.holiday, today.year)
            if direction == "future" and d <= today:
                d = _gregorian_holiday(s.holiday, today.year + 1)
            elif direction == "past" and d > today:
                d = _gregorian_holiday(s.holiday, today.year - 1)
        if d is None:
            return None
        return Resolved(_dt(d), "day", explicit=bool(year or s.hy))
    if s.hm is None and s.hy is not None and s.y is None:
        # a Hijri year: from 1 Muharram to the next
        first, nxt = _hijri_to_date(s.hy, 1, 1), _hijri_to_date(s.hy + 1, 1, 1)
        if first is None or nxt is None:
            return None
        res = Resolved(_dt(first), "hijri_year", _dt(nxt), explicit=True)
        if s.part:
            third = (res.end - res.start) / 3
            idx = {"begin": 0, "mid": 1, "end": 2}[s.part]
            res.start, res.end = res.start + third * idx, res.start + third * (idx + 1)
        return res
    if s.hm is not None:
        if s.hd is not None:
            if s.hy is not None:
                d = _hijri_to_date(s.hy, s.hm, s.hd)
            elif s.y is not None:
                d = _hijri_in_gregorian_year(s.hm, s.hd, s.y)
            else:
                d = _hijri_near(s.hm, s.hd, today, direction, True)
            if d is None:
                return None
            start, grain = _apply_time(d, s)
            return Resolved(start, grain, explicit=explicit)
        if s.hy is not None:
            first = _hijri_to_date(s.hy, s.hm, 1)
        elif s.y is not None:
            first = _hijri_in_gregorian_year(s.hm, 1, s.y)
        else:
            first = _hijri_near(
                s.hm,
                1,
                today,
                direction if s.month_mod is None else s.month_mod,
                s.month_mod is None,
            )
        if first is None:
            return None
        hy = _hijri_year_of(first + dt.timedelta(days=2))
        nxt = _hijri_to_date(hy + (s.hm == 12), s.hm % 12 + 1, 1) if hy else None
        if nxt is None:
            return None
        res = Resolved(_dt(first), "hijri_month", _dt(nxt), explicit=explicit)
        if s.part:
            span = res.end - res.start
            third = span / 3
            idx = {"begin": 0, "mid": 1, "end": 2}[s.part]
            res.start, res.end = res.start + third * idx, res.start + third * (idx + 1)
        return res
    if s.rel_day is not None:
        day = today + dt.timedelta(days=s.rel_day)
        if s.tonight:
            start = dt.datetime(day.year, day.month, day.day, 18)
            return Resolved(start, "hour", start + dt.timedelta(hours=6))
        if s.rel_day == 0 and s.hour is not None:
            return _clock_today(s, anchor, direction)
        start, grain = _apply_time(day, s)
        return Resolved(start, grain)
    # Gregorian calendar dates
    year = s.y
    if year is None and s.year_rel is not None and today is not None:
        year = today.year + s.year_rel
    if s.m is not None:
        if s.this_month and today is not None:
            year = year or today.year
        if year is None:
            year = _year_for_month(s.m, today, direction, s.month_mod, s.d)
        if s.nth is not None and s.wd is not None:
            d = _nth_weekday(year, s.m, s.wd, s.nth)
            if d is None:
                return None
            start, grain = _apply_time(d, s)
            return Resolved(start, grain, explicit=explicit)
        if s.d is not None:
            try:
                d = dt.date(year, s.m, s.d)
            except ValueError:
                return None
            start, grain = _apply_time(d, s)
            return Resolved(start, grain, explicit=explicit)
        start = dt.datetime(year, s.m, 1)
        res = Resolved(start, "month", period_end(start, "month"), explicit=explicit)
        if s.part:
            res.start, res.end = _part(res.start, res.end, "month", s.part)
            res.grain = "day"
        return res
    if s.d is not None:
        if today is None:
            return None
        base = today.replace(day=1)
        cands = [base] if s.this_month else [add_months(base, k) for k in (-2, -1, 0, 1, 2)]
        good = []
        for mstart in cands:
            try:
                d = mstart.replace(day=s.d)
            except ValueError:
                continue
            if s.wd is not None and d.weekday() != s.wd:
                continue
            good.append(d)
        if not good:
            return None
        if s.this_month or len(good) == 1:
            d = good[0]
        elif direction == "future":
            later = [d for d in good if d >= today]
            d = min(later) if later else good[-1]
        else:
            earlier = [d for d in good if d <= today]
            d = max(earlier) if earlier else good[0]
        start, grain = _apply_time(d, s)
        return Resolved(start, grain)
    if s.wd is not None:
        if today is None:
            return None
        if s.this_week:
            d = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=s.wd)
        else:
            d = _weekday(today, s.wd, direction, s.mod)
        start, grain = _apply_time(d, s)
        return Resolved(start, grain)
    if year is not None:
        start = dt.datetime(year, 1, 1)
        res = Resolved(start, "year", period_end(start, "year"), explicit=s.year_rel is None)
        if s.part:
            res.start, res.end = _part(res.start, res.end, "year", s.part)
            res.grain = "month"
        return res
    if s.hour is not None and today is not None:
        return _clock_today(s, anchor, direction)
    return None


def _clock_today(s: Spec, anchor: dt.datetime, direction: str) -> Resolved:
    """A clock time on the anchor's day; a 12-hour reading without am/pm goes to the
    next (future) or last (past) such time from the anchor when the anchor has a time."""
    start, grain = _apply_time(anchor.date(), s)
    if s.dpart is None and not s.pm and 1 <= s.hour <= 12 and anchor.time() != dt.time(0):
        options = sorted({start, start + dt.timedelta(hours=12), start - dt.timedelta(hours=12)})
        if direction == "future":
            later = [t for t in options if t >= anchor]
            start = later[0] if later else start
        else:
            earlier = [t for t in options if t <= anchor]
            start = earlier[-1] if earlier else start
    return Resolved(start, grain)


_SEASONS = {"spring": ((3, 20), (6, 21)), "summer": ((6, 21), (9, 23)), "autumn": ((9, 23), (12, 21)), "winter": ((12, 21), (3, 20))}  # fmt: skip


def _season_span(name: str, year: int) -> tuple[dt.datetime, dt.datetime]:
    (m1, d1), (m2, d2) = _SEASONS[name]
    return dt.datetime(year, m1, d1), dt.datetime(year + (m2 < m1), m2, d2)


def _season(s: Spec, today: dt.date | None, direction: str) -> Resolved | None:
    """هذا الصيف، الشتاء الماضي، صيف 2014 (northern-hemisphere astronomical seasons)."""
    if s.y is None and s.year_rel is not None and today is not None:
        a, b = _season_span(s.season, today.year + s.year_rel)  # خريف العام الماضي
        return Resolved(a, "season", b)
    if s.y is not None:
        a, b = _season_span(s.season, s.y)
        return Resolved(a, "season", b, explicit=True)
    if today is None:
        return None
    now = _dt(today)
    spans = [
        _season_span(s.season, y)
        for y in (today.year - 2, today.year - 1, today.year, today.year + 1)
    ]
    mod = s.season_mod
    if mod == "past":
        cands = [sp for sp in spans if sp[1] <= now]
        a, b = cands[-1]
    elif mod == "future":
        cands = [sp for sp in spans if sp[0] > now]
        a, b = cands[0]
    else:
        current = [sp for sp in spans if sp[0] <= now < sp[1]]
        if current:
            a, b = current[0]
        elif direction == "future":
            a, b = [sp for sp in spans if sp[0] > now][0]
        else:
            a, b = [sp for sp in spans if sp[1] <= now][-1]
    return Resolved(a, "season", b)


def _truncate(t: dt.datetime, grain: str) -> dt.datetime:
    if grain == "year":
        return dt.datetime(t.year, 1, 1)
    if grain == "month":
        return dt.datetime(t.year, t.month, 1)
    if grain in ("day", "week"):
        return dt.datetime(t.year, t.month, t.day)
    if grain == "hour":
        return t.replace(minute=0, second=0, microsecond=0)
    return t.replace(second=0, microsecond=0)


def format_point(t: dt.datetime, grain: str) -> str:
    """ISO 8601 at the precision of the grain."""
    if grain == "year":
        return f"{t.year:04d}"
    if grain == "month":
        return f"{t.year:04d}-{t.month:02d}"
    if grain in ("week", "day", "hijri_month"):
        return t.date().isoformat()
    if grain == "hour":
        return t.strftime("%Y-%m-%dT%H:00")
    if grain == "minute":
        return t.strftime("%Y-%m-%dT%H:%M")
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def format_bound(t: dt.datetime) -> str:
    if t.hour or t.minute or t.second:
        return t.strftime("%Y-%m-%dT%H:%M:%S" if t.second else "%Y-%m-%dT%H:%M")
    return t.date().isoformat()
