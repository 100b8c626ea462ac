"""Dates and counts as the site writes them, independent of the machine's locale.

>>> import datetime as dt
>>> long_date(dt.date(2025, 2, 4))
'4 February 2025'
>>> day_heading(dt.date(2025, 2, 4))
'Tuesday 4 February 2025'
>>> month_heading(2025, 2)
'February 2025'
>>> count(1, "article"), count(3, "article")
('1 article', '3 articles')
"""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: dt.date) -> str:
    """``4 February 2025``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_heading(day: dt.date) -> str:
    """``Tuesday 4 February 2025``."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def month_heading(year: int, month: int) -> str:
    """``February 2025``."""
    return f"{MONTHS[month - 1]} {year}"


def count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
