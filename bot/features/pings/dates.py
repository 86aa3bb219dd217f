"""Reading the date of a hard day as she types it: "14 March", "March 14", "14.03"."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
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
        ),
        start=1,
    )
    for name in names
} | {
    name: number
    for number, names in enumerate(
        (
            ("enero", "ene"),
            ("febrero", "feb"),
            ("marzo", "mar"),
            ("abril", "abr"),
            ("mayo", "may"),
            ("junio", "jun"),
            ("julio", "jul"),
            ("agosto", "ago"),
            ("septiembre", "setiembre", "sep", "sept"),
            ("octubre", "oct"),
            ("noviembre", "nov"),
            ("diciembre", "dic"),
        ),
        start=1,
    )
    for name in names
}
_ANY_LEAP_YEAR: Final = 2000

_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of|de))?\s+([a-z]+)")
_MONTH_FIRST = re.compile(r"([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?")
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a yearly date, or None. Numeric dates are read day first."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    if found := _ISO.fullmatch(cleaned):
        return _checked(int(found.group(2)), int(found.group(3)))
    if found := _NUMERIC.fullmatch(cleaned):
        return _checked(int(found.group(2)), int(found.group(1)))
    if found := _DAY_FIRST.fullmatch(cleaned):
        month = _MONTHS.get(found.group(2))
        return None if month is None else _checked(month, int(found.group(1)))
    if found := _MONTH_FIRST.fullmatch(cleaned):
        month = _MONTHS.get(found.group(1))
        return None if month is None else _checked(month, int(found.group(2)))
    return None


def _checked(month: int, day: int) -> tuple[int, int] | None:
    try:
        date(_ANY_LEAP_YEAR, month, day)  # 29 February is a real birthday
    except ValueError:
        return None
    return month, day
