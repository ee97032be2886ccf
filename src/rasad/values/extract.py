"""Times and quantities of one text: scan, parse, anchor, resolve, and read quantities."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from rasad.document import Quantity, TimeExpr, Warning_
from rasad.values import lexicon as lx
from rasad.values.chains import prepare
from rasad.values.grammar import Hit, Spec, parse_chain
from rasad.values.matchform import MatchForm
from rasad.values.resolve import (
    Resolved,
    add_months,
    format_bound,
    format_point,
    period_end,
    resolve,
)
from rasad.values.scan import Atom, scan

TimePreference = str  # "auto" | "past" | "future"


@dataclass
class ValuesResult:
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    published: str | None = None  # the anchor actually used (input or inferred)
    published_source: str = "none"  # input / inferred / none
    counters: Counter = field(default_factory=Counter)


def parse_published(value: str | None) -> dt.datetime | None:
    """ISO date or datetime (time zone dropped); None when absent or unreadable."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", value)
    if m:  # 27/04/2017 (day first, as Arab sites write it)
        try:
            return dt.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    v = value.strip().replace("Z", "")
    v = re.sub(r"[+-]\d{2}:?\d{2}$", "", v) if "T" in v or " " in v else v
    try:
        t = dt.datetime.fromisoformat(v)
    except ValueError:
        try:
            t = dt.datetime.fromisoformat(v[:10])
        except ValueError:
            return None
    return t.replace(tzinfo=None)


# -- tense cues for time_preference="auto" ------------------------------------------
_FUTURE_CUE = re.compile(
    r"(?<!\w)(?:[وف]?س[يتن]\w{3,}|سوف|المقرر|المقرره|المرتقب|المزمع|يعتزم|تعتزم|ينوي|تنوي)(?!\w)"
)
_NOT_FUTURE = re.compile(
    r"(?<!\w)[وف]?(?:سياس|سيار|سيد|سيطر|سيول|سياد|سيف|سينا|سيناريو|ستين|ستون|سته|ستار|ستراتيج|سنوي|سنوات|سنه|سنين|سنت|سنغافور|سني|سيم|سير|سيل|سيوف|تس|ستو|سيول|سنود|سنا|سنغال|سينما)"
)
# "X اليوم" right before a dash, colon or closing quote is a name (عين اليوم –، «روسيا اليوم»)
_MEDIA_NAME = re.compile(r"\s*[-–—»\"”]")
_SENT_END = re.compile(r"[.!?؟\n]")


def _direction(form: str, start: int, pref: str) -> str:
    """past / future, or "auto" when the clause has no future cue (resolution then
    prefers the past, except that a date up to three months ahead stays in its year)."""
    if pref in ("past", "future"):
        return pref
    lo = max(0, start - 120)
    window = form[lo:start]
    ends = [m.end() for m in _SENT_END.finditer(window)]
    if ends:
        window = window[ends[-1] :]  # the clause of the expression only
    for m in _FUTURE_CUE.finditer(window):
        if not _NOT_FUTURE.match(window, m.start()):
            return "future"
    return "auto"


# -- quantities ----------------------------------------------------------------
_CUR_WORDS = sorted(lx.CURRENCY_WORDS, key=len, reverse=True)
_CUR_AFTER = re.compile(
    r"[)\]»\"]?\s*(?:(?P<sym>[$€£¥¢])|(?P<iso>"
    + "|".join(sorted(lx.ISO_CODES))
    + r")(?![a-z])|(?P<cent>c)(?![a-z])"
    r"|(?:ال)?(?P<word>" + "|".join(_CUR_WORDS) + r")(?!\w)(?:\s+(?P<qual>[\u0621-\u064a]+))?)"
)
_CUR_BEFORE = re.compile(r"(?:(?P<sym>[$€£¥])|(?P<iso>usd|eur|gbp|sar|aed|kwd))\s*$")
_APPROX_BEFORE = re.compile(r"(?<!\w)(?:حوالي|نحو|قرابه|زهاء|ما يقارب|ما يقرب من)\s+$")
_IDIOM_AFTER = re.compile(r"\s+(?:مبارك|مبروك|شكر|مرحبا|سلامه|تحيه|رحمه)(?!\w)")
_APPROX_AFTER = re.compile(r"\s+تقريبا(?!\w)")
_PCT_AFTER = re.compile(r"\s*(?:%|(?:بال|في ال|فى ال|ب)(?:مئه|مائه|ميه)(?!\w))")
_NEXT_WORDS = re.compile(r"\s+(?P<w1>[\u0621-\u064a]+)(?:\s+(?P<w2>[\u0621-\u064a]+))?")
_LEXICON_WORDS = set(lx.CARDINALS) | set(lx.TIME_UNITS) | set(lx.SET_WORDS) | set(lx.WORDS)
_PREP_NOUN = re.compile(r"^(?:[بك](?:ال|م|ت)|ل(?:ال|ل|م|ت))")
_VERBISH = re.compile(r"^(?:[يت]\w+(?:ون|ان|ين)|[يتن]\w{2,}|ا\w\w\w?)$")


def _qualified_currency(word: str, qual: str | None) -> tuple[str | None, bool]:
    """ISO code for a currency word and its optional country adjective; whether the
    adjective belongs to the currency (so the span covers it)."""
    code = lx.CURRENCY_WORDS.get(word)
    family = lx.CURRENCY_FAMILY.get(word)
    if qual and family:
        q = qual[2:] if qual.startswith("ال") else qual
        table = lx.CURRENCY_QUALIFIERS.get(family, {})
        for cand in (q, q.rstrip("ه"), q[:-1] if q.endswith("ا") else q, q.replace("ير", "ر")):
            if cand in table:
                return table[cand], True
    return code, False


def _counted_noun(
    form: str, text: str, mf: MatchForm, end: int, value: float | None, vague: bool
) -> tuple[str | None, int]:
    """The counted noun after a number (26 مليون قطعة سلاح -> قطعة سلاح), with its end."""
    m = _NEXT_WORDS.match(form, end)
    if not m:
        return None, end
    w1 = m.group("w1")
    if w1 in lx.COUNT_STOPWORDS or w1 in lx.CARDINALS or (w1 in lx.TIME_UNITS and not vague):
        return None, end
    if len(w1) < 2 or (w1[0] in "وف" and w1 not in lx.MEASURE_NOUNS and w1 not in lx.W_NOUNS):
        return None, end  # 3 وصل: a new clause
    if not vague and (w1.startswith("ال") or w1.startswith("لل")):
        return None, end
    if _VERBISH.match(w1) and w1 not in lx.MEASURE_NOUNS and not w1.startswith("ا"):
        return None, end
    if _PREP_NOUN.match(w1) and w1 not in lx.MEASURE_NOUNS:
        return None, end  # 36 بمشاركة، 3 لمدة: a preposition starts a new phrase
    stop = m.end("w1")
    if w1 in lx.MEASURE_NOUNS:
        w2 = m.group("w2")
        if w2 and w2 not in lx.COUNT_STOPWORDS and w2[0] not in "وف" and w2 not in _LEXICON_WORDS:
            stop = m.end("w2")
    o_start, o_end = mf.start(m.start("w1")), mf.end(stop)
    unit = _strip_marks(text[o_start:o_end])
    if value is not None and float(value).is_integer() and 11 <= int(value) % 100 <= 99:
        first, _, rest = unit.partition(" ")
        if len(first) > 3 and first.endswith("ا") and not first.endswith("اا"):
            first = first[:-1]
        unit = first + (" " + rest if rest else "")
    return unit, stop


_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _strip_marks(s: str) -> str:
    return _MARKS.sub("", s)


def _quantity(atom: Atom, form: str, text: str, mf: MatchForm) -> tuple[Quantity, int, int] | None:
    """A Quantity for a number/ordinal/vague atom; returns (quantity, form start, form end)."""
    start, end = atom.start, atom.end
    if atom.code == "O":
        return (
            Quantity(start=start, end=end, text="", kind="ordinal", value=float(atom.value)),
            start,
            end,
        )
    vague = atom.code == "V"
    value = None if vague else float(atom.value)
    ext = atom.extra or {} if not vague else {}
    if ext.get("pre") and ext["pre"] not in "و":
        start += len(ext["pre"])  # بـ26 -> the number starts after the clitic
    kind, unit, currency = "number", None, None
    m = _PCT_AFTER.match(form, end)
    if m and not vague:
        return (
            Quantity(start=start, end=m.end(), text="", kind="percent", value=value),
            start,
            m.end(),
        )
    m = _CUR_AFTER.match(form, end)
    if m:
        if m.group("sym"):
            currency = lx.CURRENCY_SYMBOLS[m.group("sym")]
            end = m.end()
        elif m.group("iso"):
            currency = m.group("iso").upper()
            end = m.end()
        elif m.group("cent") and not vague:
            currency = "CENT"
            end = m.end()
        elif m.group("word"):
            currency, with_qual = _qualified_currency(m.group("word"), m.group("qual"))
            end = m.end() if with_qual else m.end("word")
            kind = "money"
        if currency or kind == "money":
            kind = "money"
    if kind != "money":
        b = _CUR_BEFORE.search(form, max(0, start - 6), start)
        if b:
            currency = (
                lx.CURRENCY_SYMBOLS.get(b.group("sym") or "", None)
                or (b.group("iso") or "").upper()
                or None
            )
            start = b.start()
            kind = "money"
    if currency == "CENT":
        currency = "USD"
        value = value / 100 if value is not None else None
    a = _APPROX_BEFORE.search(form, max(0, start - 20), start)
    if a:
        start = a.start()  # حوالي 20 دولارا: the approximation belongs to the amount
    a = _APPROX_AFTER.match(form, end)
    if a:
        end = a.end()
    if kind == "money":
        return (
            Quantity(start=start, end=end, text="", kind="money", value=value, currency=currency),
            start,
            end,
        )
    kinds = ext.get("kinds") or []
    bare_fraction = bool(kinds) and all(k == "fraction" for k in kinds)  # نصف سنوية
    if atom.word in ("الف", "الفا") and _IDIOM_AFTER.match(form, end):
        return None  # ألف مبروك: a greeting, not an amount
    year_like = (
        ext.get("digits")
        and value is not None
        and float(value).is_integer()
        and 1900 <= value <= 2100
    )
    if not bare_fraction and not year_like:
        unit, uend = _counted_noun(form, text, mf, end, value, vague)
        if unit:
            kind, end = "quantity", uend
    if vague and not unit:
        return None
    return Quantity(start=start, end=end, text="", kind=kind, value=value, unit=unit), start, end


# -- published-date inference ------------------------------------------------------
def _infer_published(
    hits: list[tuple[list[Atom], Hit]], today: dt.date
) -> tuple[dt.datetime | None, list[Warning_]]:
    """The article date from weekday–date pairs (الثلاثاء 27 سبتمبر) and the years named."""
    warnings: list[Warning_] = []
    pairs: list[tuple[int, int, int]] = []
    sure: list[dt.date] = []  # الإثنين 22 فيفري 2016: a weekday that agrees with a full date
    years: list[int] = []
    full_dates: list[dt.date] = []
    for _chain, h in hits:
        for s in (h.spec, h.spec2):
            if s is None:
                continue
            if s.y is not None and s.hm is None:
                years.append(s.y)
                if s.m is not None and s.d is not None:
                    with contextlib.suppress(ValueError):
                        full_dates.append(dt.date(s.y, s.m, s.d))
                        if s.wd is not None and full_dates[-1].weekday() == s.wd:
                            sure.append(full_dates[-1])
            if s.wd is not None and s.d is not None and s.m is not None and s.y is None:
                pairs.append((s.wd, s.m, s.d))
    if sure and not pairs:
        latest = max(sure)
        return dt.datetime(latest.year, latest.month, latest.day), warnings
    floor = max(years) if years else None
    choices: Counter = Counter()
    for wd, m, d in pairs:
        cands = []
        for y in range(1990, today.year + 2):
            try:
                if dt.date(y, m, d).weekday() == wd:
                    cands.append(y)
            except ValueError:
                continue
        if not cands:
            continue
        if floor is not None:
            after = [y for y in cands if y >= floor]
            year = min(after) if after else max(cands)
        else:
            past = [y for y in cands if y <= today.year]
            year = max(past) if past else min(cands)
            warnings.append(
                Warning_(
                    code="published_ambiguous",
                    message=f"weekday-date pair fits years {cands[-4:]}; no year in the text, chose {year}",
                )
            )
        choices[dt.date(year, m, d)] += 1
    if choices:
        best, n = choices.most_common(1)[0]
        if len(choices) > 1:
            warnings.append(
                Warning_(
                    code="published_ambiguous",
                    message=f"weekday-date pairs disagree: {sorted(map(str, choices))}",
                )
            )
        # the article is written on or after the latest dated event it names
        latest = max(choices)
        chosen = latest if latest - best <= dt.timedelta(days=31) else best
        return dt.datetime(chosen.year, chosen.month, chosen.day), warnings
    if full_dates:
        latest = max(full_dates)
        warnings.append(
            Warning_(
                code="published_ambiguous",
                message=f"no weekday-date pair; anchored on the latest full date in the text ({latest})",
            )
        )
        return dt.datetime(latest.year, latest.month, latest.day), warnings
    return None, warnings


# -- main ------------------------------------------------------------------------
def analyze(
    text: str,
    published: str | None = None,
    time_preference: TimePreference = "auto",
    today: dt.date | None = None,
) -> ValuesResult:
    result = ValuesResult()
    if time_preference not in ("auto", "past", "future"):
        raise ValueError(f"time_preference must be auto, past or future, not {time_preference!r}")
    mf = MatchForm(text)
    form = mf.form
    prepared: list[list[Atom]] = []
    hits: list[tuple[list[Atom], Hit]] = []
    for raw_chain in scan(form, mf):
        chain = prepare(raw_chain)
        if not chain:
            continue
        prepared.append(chain)
        for h in parse_chain(chain):
            hits.append((chain, h))
    anchor = parse_published(published)
    source = "input" if anchor is not None else "none"
    if anchor is None and published:
        result.warnings.append(
            Warning_(code="published_unreadable", message=f"cannot read published={published!r}")
        )
    if anchor is None and hits:
        anchor, warns = _infer_published(hits, today or dt.date.today())
        result.warnings.extend(warns)
        if anchor is not None:
            source = "inferred"
            result.published = anchor.date().isoformat()
            result.counters["published_inferred"] += 1
    elif anchor is not None:
        result.published = published
    result.published_source = source
    anchor_label = "inferred" if source == "inferred" else "published"

    used: dict[int, list[tuple[int, int]]] = {}
    unresolved = 0
    for chain, h in hits:
        fs, fe = chain[h.i].start, chain[h.j - 1].end
        if h.j - h.i == 1 and chain[h.i].word == "يوم" and _MEDIA_NAME.match(form, fe):
            continue  # عين اليوم – واشنطن، «روسيا اليوم»: an outlet's name
        if chain[h.i].lead is not None:
            fs = chain[h.i].lead  # في / من right before belongs to the expression
        start, end = mf.start(fs), mf.end(fe)
        t = TimeExpr(start=start, end=end, text=text[start:end], id=f"t{len(result.times) + 1}")
        direction = _direction(form, fs, time_preference)
        try:
            ok = _fill_time(t, h, anchor, direction, anchor_label)
        except (ValueError, OverflowError):  # out-of-range dates (قبل مليار عام)
            t = TimeExpr(
                start=start,
                end=end,
                text=text[start:end],
                id=f"t{len(result.times) + 1}",
                kind=t.kind,
            )
            ok = False
        if not ok:
            unresolved += 1
            if t.kind == "point" and t.value is None:
                t.anchor = anchor_label if anchor is not None else "published"
        result.times.append(t)
        result.counters[f"time_{t.kind}"] += 1
        used.setdefault(id(chain), []).append((h.i, h.j))
    if unresolved and anchor is None:
        result.warnings.append(
            Warning_(
                code="times_unanchored",
                message=f"{unresolved} relative time(s) left without a value: no published date",
            )
        )
    result.times = [t for t in result.times]
    for chain in prepared:
        spans = used.get(id(chain), [])
        covered_to = -1  # form offset up to which a quantity already reaches (70 في المائة)
        for k, a in enumerate(chain):
            if a.code not in ("N", "O", "V"):
                continue
            if any(i <= k < j for i, j in spans) or a.start < covered_to:
                continue
            got = _quantity(a, form, text, mf)
            if got is None:
                continue
            q, fs, fe = got
            covered_to = fe
            q.start, q.end = mf.start(fs), mf.end(fe)
            q.text = text[q.start : q.end]
            result.quantities.append(q)
            result.counters[f"quantity_{q.kind}"] += 1
    return result


def _fill_time(
    t: TimeExpr, h: Hit, anchor: dt.datetime | None, direction: str, anchor_label: str
) -> bool:
    if h.kind == "duration":
        t.kind, t.duration = "duration", h.duration
        t.grain = (
            h.extra.get("unit")
            if h.extra.get("unit") in ("year", "month", "week", "day", "hour", "minute", "second")
            else None
        )
        return True
    if h.kind == "set":
        t.kind, t.duration = "set", h.duration
        return True
    if h.kind == "range":
        unit, count, which = h.range_unit
        t.kind = "interval"
        if anchor is None:
            return False
        today = anchor.date()
        if unit == "week":
            base = today - dt.timedelta(days=today.weekday())
            cur = dt.datetime(base.year, base.month, base.day)
            step = dt.timedelta(days=7)
            if which == "future":
                a, b = cur + step, cur + step * (count + 1)
            else:
                a, b = cur - step * count, cur
        elif unit == "day":
            cur = dt.datetime(today.year, today.month, today.day)
            step = dt.timedelta(days=1)
            a, b = (
                (cur + step, cur + step * (count + 1))
                if which == "future"
                else (cur - step * count, cur)
            )
        elif unit in ("hour", "minute", "second"):
            step = dt.timedelta(seconds={"hour": 3600, "minute": 60, "second": 1}[unit])
            cur = anchor.replace(microsecond=0)
            if unit != "second":
                cur = cur.replace(second=0) if unit == "minute" else cur.replace(minute=0, second=0)
            a, b = (
                (cur + step, cur + step * (count + 1))
                if which == "future"
                else (cur - step * count, cur)
            )
        elif unit in ("month", "year", "decade", "century"):
            months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
            base = today.replace(day=1) if unit == "month" else today.replace(month=1, day=1)
            if which == "future":
                a = add_months(base, months)
                b = add_months(base, months * (count + 1))
            else:
                a = add_months(base, -months * count)
                b = base
            a, b = dt.datetime(a.year, a.month, a.day), dt.datetime(b.year, b.month, b.day)
        else:
            return False
        t.interval = {"from": format_bound(a), "to": format_bound(b)}
        t.grain = unit
        t.anchor = anchor_label
        return True
    if h.kind == "interval":
        t.kind = "interval"
        r2 = resolve(h.spec2, anchor, direction)
        if h.from_anchor:
            if r2 is None or anchor is None:
                return False
            t.interval = {"from": format_bound(anchor), "to": format_bound(r2.start)}
            t.grain = r2.grain
            t.anchor = anchor_label
            return True
        r1 = resolve(h.spec, anchor, direction)
        if r1 is None or r2 is None:
            return False
        end = r2.end or period_end(r2.start, r2.grain if r2.grain != "hijri_month" else "day")
        if end <= r1.start and h.spec2.y is None and h.spec2.hy is None:
            # أكتوبر إلى فبراير: the end is the next such date after the start
            r2 = resolve(h.spec2, r1.start, "future")
            if r2 is not None:
                end = r2.end or period_end(
                    r2.start, r2.grain if r2.grain != "hijri_month" else "day"
                )
        if end <= r1.start:
            return False
        t.interval = {"from": format_bound(r1.start), "to": format_bound(end)}
        t.grain = _finer(r1.grain, r2.grain)
        t.anchor = "absolute" if r1.explicit and r2.explicit else anchor_label
        return True
    s: Spec = h.spec
    r = resolve(s, anchor, direction)
    if r is None:
        return False
    _fill_point(t, r, anchor_label)
    return True


def _fill_point(t: TimeExpr, r: Resolved, anchor_label: str) -> None:
    t.anchor = "absolute" if r.explicit else anchor_label
    t.kind = "point"
    if r.day_value:
        t.grain = "day"
        t.value = r.start.date().isoformat()
        t.interval = {"from": format_bound(r.start), "to": format_bound(r.end)}
        return
    if r.exact:
        t.grain = r.grain
        t.value = (
            format_bound(r.start)
            if r.start.time() == dt.time(0)
            else r.start.strftime("%Y-%m-%dT%H:%M:%S")
        )
        return
    if r.grain in ("quarter", "season", "period"):
        t.kind = "interval"
        t.grain = "month"
        t.interval = {"from": format_bound(r.start), "to": format_bound(r.end)}
        return
    if r.grain in ("hijri_month", "hijri_year"):
        t.kind = "interval"
        t.grain = "month" if r.grain == "hijri_month" else "year"
        t.interval = {"from": format_bound(r.start), "to": format_bound(r.end)}
        return
    if r.end is not None and (r.grain == "day" or r.end != period_end(r.start, r.grain)):
        # a part of a period (أواخر آذار) or tonight: an interval
        t.kind = "interval"
        t.grain = r.grain
        t.interval = {"from": format_bound(r.start), "to": format_bound(r.end)}
        return
    t.kind = "point"
    t.grain = r.grain
    t.value = format_point(r.start, r.grain)
    if r.grain in ("year", "month", "week"):
        t.interval = {
            "from": format_bound(r.start),
            "to": format_bound(period_end(r.start, r.grain)),
        }


_ORDER = {
    g: i
    for i, g in enumerate(
        ("year", "hijri_month", "month", "week", "day", "hour", "minute", "second")
    )
}


def _finer(a: str, b: str) -> str:
    g = a if _ORDER.get(a, 0) >= _ORDER.get(b, 0) else b
    return "month" if g == "hijri_month" else g


def extract_values(
    text: str, published: str | None = None, time_preference: TimePreference = "auto"
) -> tuple[list[TimeExpr], list[Quantity], list[Warning_]]:
    """Times and quantities of ``text`` with spans over it, anchored on ``published``
    (ISO date or datetime); without it, the date is inferred when the text allows."""
    r = analyze(text, published, time_preference)
    return r.times, r.quantities, r.warnings
