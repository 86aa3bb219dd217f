"""Reading the date of a hard day as she types it: "14 March", "March 14", "14.03"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Final

from bot.core.text import without_accents

_ANY_LEAP_YEAR: Final = 2000

_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOT_AFTER_LETTER: Final = re.compile(r"(?<=[^\W\d_])\.")


@dataclass(frozen=True, slots=True, eq=False)
class DateWords:
    """The words around a day and a month, in every language the bot speaks at once
    (content's words.toml, [dates], and CLDR's month names), compiled once."""

    months: Mapping[str, int]  # "march", "mar", "marzo" -> 3, in `date_words` form
    day_first: re.Pattern[str]  # "14th of march", "14 de marzo"
    month_first: re.Pattern[str]  # "march 14th"

    @classmethod
    def of(cls, months: Mapping[str, int], of: Iterable[str], ordinals: Iterable[str]) -> DateWords:
        between, after = _either(of), _either(ordinals)
        return cls(
            months=MappingProxyType({date_words(name): number for name, number in months.items()}),
            day_first=re.compile(rf"(\d{{1,2}})(?:{after})?(?:\s+(?:{between}))?\s+([^\W\d_]+)"),
            month_first=re.compile(rf"([^\W\d_]+)\s+(\d{{1,2}})(?:{after})?"),
        )


def date_words(text: str) -> str:
    """How a typed date compares: lowercase, no accents, commas as spaces, no dot after a
    word (short names: "fev.", "Sept."): "1º de Sept.," -> "1o de sept"."""
    plain = _DOT_AFTER_LETTER.sub("", without_accents(text.casefold()))
    return " ".join(plain.replace(",", " ").split())


def _either(words: Iterable[str]) -> str:
    unique = sorted({date_words(word) for word in words} - {""}, key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, unique)) or "(?!)"


def parse_month_day(text: str, words: DateWords) -> tuple[int, int] | None:
    """(month, day) of a yearly date, or None. Numeric dates are read day first."""
    cleaned = date_words(text)
    if found := _ISO.fullmatch(cleaned):
        return _checked(int(found.group(2)), int(found.group(3)))
    if found := _NUMERIC.fullmatch(cleaned):
        return _checked(int(found.group(2)), int(found.group(1)))
    if found := words.day_first.fullmatch(cleaned):
        month = words.months.get(found.group(2))
        return None if month is None else _checked(month, int(found.group(1)))
    if found := words.month_first.fullmatch(cleaned):
        month = words.months.get(found.group(1))
        return None if month is None else _checked(month, int(found.group(2)))
    return None


def _checked(month: int, day: int) -> tuple[int, int] | None:
    try:
        date(_ANY_LEAP_YEAR, month, day)  # 29 February is a real birthday
    except ValueError:
        return None
    return month, day
