"""Publication dates from explicit metadata only.

`parse_explicit_date` reads the value of a field that *is* a date (a ``Date:``
header, a ``<meta>`` tag, a feed entry). It accepts unambiguous formats and
refuses the rest: ``03/04/2025`` could be March or April, and "Monday" is not a
date at all.

>>> parse_explicit_date("2025-02-04")
datetime.date(2025, 2, 4)
>>> parse_explicit_date("February 4, 2025 10:31 am")
datetime.date(2025, 2, 4)
>>> parse_explicit_date("Tue, 04 Feb 2025 15:20:00 GMT")
datetime.date(2025, 2, 4)
>>> parse_explicit_date("2025-02-04T23:30:00-05:00")
datetime.date(2025, 2, 4)
>>> parse_explicit_date("Monday") is None
True
>>> parse_explicit_date("03/04/2025") is None
True
>>> parse_explicit_date("14/07/2025"), parse_explicit_date("11.03.2025")
(datetime.date(2025, 7, 14), datetime.date(2025, 3, 11))
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?"),
    re.compile(r"(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})(?:[T ].*)?"),
    re.compile(rf"(?:[A-Za-z]{{3,9}},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b.*"),
    re.compile(rf"(?:[A-Za-z]{{3,9}},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b.*"),
    # Day first with dots, as written across most of Europe: 11.03.2025.
    re.compile(r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})\b.*"),
    # Day-month-year with a month name: 14-Apr-2025.
    re.compile(rf"(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>\d{{4}})\b.*"),
)
_URL_DATES = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})(?:/|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[a-z]{3,9})/(?P<day>\d{1,2})(?:/|$)", re.IGNORECASE),
    re.compile(r"[/_-](?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[/_-]|\.html?|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<mnum>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)"),
)
_SLASHED = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b.*")
EARLIEST_YEAR = 1800


def parse_explicit_date(value: str) -> dt.date | None:
    """Parse an unambiguous date value; ``None`` when it is not one."""
    value = " ".join(value.split())
    for pattern in _PATTERNS:
        match = pattern.fullmatch(value)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower())
        if month is None:
            return None
        try:
            date = dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            return None
        return date if date.year >= EARLIEST_YEAR else None
    return _slashed(value)


def date_from_url(url: str) -> dt.date | None:
    """A full publication date written in an article's URL path, as many news sites do.

    >>> date_from_url("https://www.spokesman.com/stories/2025/feb/11/spokane-levy/")
    datetime.date(2025, 2, 11)
    >>> date_from_url("https://www.example.com/article/2025-08-14-lesedi-platinum")
    datetime.date(2025, 8, 14)
    >>> date_from_url("https://example.com/news/2025/budget-vote") is None
    True
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower())
        if month is None:
            continue
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            continue
    return None


def _slashed(value: str) -> dt.date | None:
    """14/07/2025 or 07/14/2025: only when one number cannot be a month."""
    match = _SLASHED.fullmatch(value)
    if not match:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None  # 03/04/2025: March or April?
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
