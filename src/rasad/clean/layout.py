"""Roles of the kept lines: kicker, headline, subheading, dateline, paragraph.

Scraped articles keep their layout as lines: short lines without sentence-final
punctuation before the body are the kicker and the headline, short unpunctuated lines
between body paragraphs are subheadings, and a short "<outlet> - <city>" line or a
paragraph opening such as "<outlet> من <city>:" / "<city> - <outlet>:" / "(واس)" is a
dateline. Only line shape is used (length, punctuation, position), no vocabulary of
particular sites.
"""

from __future__ import annotations

import re

from rasad.clean.boilerplate import is_dated_line

_FINAL = re.compile(r"[.!?؟…;؛]['\"»”’)\]\s]*$")
_LEAD_IN = re.compile(r"[:：]['\"»”’)\]\s]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•●▪◦·–—]|\(?\d{1,3}[).\-]\s|\(?[أ-ي][).\-]\s)")
# a top headline may end in ! or ؟ but not in a full stop
_HEADLINE_FINAL = re.compile(r"[.…;؛]['\"»”’)\]\s]*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")

_HEADING_MAX_WORDS = 16  # 99% of SaudiNewsNet and ANT titles have <= 15 words
_HEADING_MAX_CHARS = 160
_SUBHEADING_MAX_WORDS = 12
_HEADER_MAX_LINES = 3
_CAPTION_MAX_WORDS = 3
_DATELINE_SCAN_LINES = 8

# "<1-3 words> - <1-3 words>" as a whole line (a byline or a dateline on its own line)
_SIDE = r"[^\s:–—\-/_]+(?: [^\s:–—\-/_]+){0,2}"
_DATELINE_LINE = re.compile(
    rf"^{_SIDE} ?[–—\-/_] ?{_SIDE}(?: ?[/–—\-] ?{_SIDE})? ?:?$"  # عين اليوم – مكة المكرمة / المدينة المنورة
    rf"|^{_SIDE} ?: ?«[^»]{{2,30}}»$"  # لندن: «الشرق الأوسط»
    rf"|^(?:{_SIDE} ?)?\([^()]{{2,24}}\) ?[–—\-:]?$"  # لندن (رويترز) –
)
# author lines: "بقلم: ...", "كتبت- ...", "د. ...", "أ.د. ..."
_BYLINE = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|حوار|متابعة|متابعه|ترجمة|ترجمه|تصوير|عرض"
    r"|د ?\.|أ ?\. ?د ?\.|ا ?\. ?د ?\.|م ?\.|الدكتور|الكاتب|الكاتبة)(?=[\s:\-–.]|$)"
)
_BYLINE_MAX_WORDS = 7
# paragraph-initial datelines
_W = r"[^\s:()\[\]«»\"،,.]+"
_DATELINE_PREFIXES = (
    # إيلاف من موسكو:
    re.compile(rf"^{_W}(?: {_W}){{0,2}} من {_W}(?: {_W}){{0,2}} ?:(?=\s)"),
    # الرياض - واس: / الدوحة – الراية:
    re.compile(rf"^{_W}(?: {_W}){{0,2}} ?[–—\-] ?{_W}(?: {_W}){{0,2}} ?:(?=\s)"),
    # الرياض (واس) - / (واس) - / القاهرة (رويترز):
    re.compile(rf"^(?:{_W}(?: {_W}){{0,2}} )?\((?:{_W})(?: {_W}){{0,3}}\) ?[–—\-:](?=\s)"),
    # لندن: «الشرق الأوسط»
    re.compile(rf"^{_W}(?: {_W})? ?: ?«[^»]{{2,40}}»(?=\s|$)"),
)


def is_heading_like(line: str, max_words: int = _HEADING_MAX_WORDS, top: bool = False) -> bool:
    """Short, lettered, no sentence-final punctuation, not a list item or a lead-in.

    ``top`` lines (the article's header) may end with ! or ؟ as headlines often do.
    """
    if len(line) > _HEADING_MAX_CHARS or len(line.split()) > max_words:
        return False
    if not _HAS_LETTER.search(line):
        return False
    final = _HEADLINE_FINAL if top else _FINAL
    return not (final.search(line) or _LEAD_IN.search(line) or _LIST_ITEM.match(line))


def is_dateline_line(line: str) -> bool:
    """ "<outlet> - <city>" / "<name> – <outlet>" bylines and "<city> <date> <agency>" stamps."""
    if len(line.split()) <= 7 and _DATELINE_LINE.match(line) is not None:
        return True
    return is_dated_line(line) and not _FINAL.search(line)


def is_byline(line: str) -> bool:
    return len(line.split()) <= _BYLINE_MAX_WORDS and _BYLINE.match(line) is not None


def dateline_prefix(paragraph: str) -> int:
    """Length of a dateline opening the paragraph (0 when there is none)."""
    for pattern in _DATELINE_PREFIXES:
        m = pattern.match(paragraph)
        if m:
            end = m.end()
            while end > 0 and paragraph[end - 1] in " :-–—":
                end -= 1
            # keep the colon out of the span but never split the 'outlet' from its closing mark
            return end
    return 0


def assign_roles(lines: list[str], title: str | None = None) -> list[str]:
    """One role per kept line ("kicker", "headline", "subheading", "dateline", "paragraph")."""
    n = len(lines)
    roles = ["paragraph"] * n
    if n == 0:
        return roles
    heading = [is_heading_like(line) for line in lines]
    top = [
        is_heading_like(line, top=True) and not is_byline(line)
        for line in lines[: _HEADER_MAX_LINES + 1]
    ]
    # datelines are only looked for near the top (header and the first body lines)
    dateline = [i < _DATELINE_SCAN_LINES and is_dateline_line(line) for i, line in enumerate(lines)]

    body_start = 0
    title_index = -1
    if title:
        title_index = next((i for i in range(min(n, 6)) if lines[i] == title), -1)
    if title and title_index < 0:
        # the real title lives in metadata: short lines on top are captions or bylines
        body_start = 0
    elif title_index >= 0:
        roles[title_index] = "headline"
        if title_index > 0 and heading[title_index - 1] and not dateline[title_index - 1]:
            roles[title_index - 1] = "kicker"
        body_start = title_index + 1
    else:
        run = 0
        while run < len(top) and top[run] and not dateline[run]:
            run += 1
        # a header needs a body after it; longer runs are lists or verse, not a header
        if 0 < run <= _HEADER_MAX_LINES and run < n:
            if run == 1 or len(lines[1].split()) <= _CAPTION_MAX_WORDS:
                # a very short second line is a photo caption or a byline, not the headline
                roles[0] = "headline"
            else:
                roles[0] = "kicker"
                roles[1] = "headline"
                for i in range(2, run):  # a dek under the headline
                    roles[i] = "subheading"
            body_start = run

    for i in range(body_start, n):
        if dateline[i] and i <= body_start + 1:
            roles[i] = "dateline"
        elif (
            i > body_start
            and i + 1 < n
            and is_heading_like(lines[i], _SUBHEADING_MAX_WORDS)
            and not heading[i + 1]
            and not heading[i - 1]
        ):
            roles[i] = "subheading"
    return roles
