"""Dates, months, weekdays and hours as her language writes them, from CLDR (babel).

Content holds no month or weekday names: CLDR has them for every language, with the
order of day and month ("14 February", "February 14", "14 de febrero") and the clock
("21:00", "9 pm") of each region. The region is hers where we know it: the country she
confirmed, else the one her time zone is in; the language alone otherwise.

Pure: no Telegram, no database.
"""

from __future__ import annotations

from datetime import date, time
from functools import cache
from typing import Final

from babel import Locale
from babel.dates import format_skeleton, format_time, get_day_names, get_month_names
from babel.localedata import locale_identifiers

from bot.core.model import UNKNOWN_COUNTRY, UserProfile
from bot.safety.country import country_of_zone

__all__ = [
    "cldr_locale",
    "day_and_month",
    "hour_marks",
    "month_names",
    "on_date",
    "weekday_names",
]

# A year for dates shown without one: a leap year, so 29 February can be shown too.
_ANY_YEAR: Final = 2000
WEEKDAYS: Final = 7
MONTHS: Final = 12
HOUR_MARKS: Final = tuple(range(0, 24, 3))  # where the insights hour axis is labelled


@cache
def _known() -> frozenset[str]:
    return frozenset(locale_identifiers())


@cache
def _locale_for(locale: str, country: str | None) -> str:
    # A content folder may name a region ("pt-BR"): CLDR writes "pt_BR", and the region
    # is content's own choice where hers is unknown or has no variant of the language.
    language, _, region = locale.replace("-", "_").partition("_")
    if country is not None and f"{language}_{country}" in _known():
        return f"{language}_{country}"
    if region and f"{language}_{region}" in _known():
        return f"{language}_{region}"
    # "001" is CLDR's "the language as the world writes it": bare "en" is US English
    # ("February 14", "9 PM"), which would be a guess about her too.
    if f"{language}_001" in _known():
        return f"{language}_001"
    return language


def cldr_locale(language: str, profile: UserProfile | None = None) -> str:
    """The CLDR locale to write for her: "en_GB", "es_MX", "pt_BR", or the language alone.

    `language` is the bot's content locale ("en", "es", "pt-BR").
    """
    country: str | None = None
    if profile is not None:
        if profile.country is not None:
            country = None if profile.country == UNKNOWN_COUNTRY else profile.country
        else:
            country = country_of_zone(profile.timezone)
    return _locale_for(language, country)


def day_and_month(month: int, day: int, locale: str) -> str:
    """A date without its year, for a day that comes back every year: "14 February"."""
    return format_skeleton("MMMMd", date(_ANY_YEAR, month, day), locale=locale)


def on_date(day: date, locale: str, *, today: date) -> str:
    """A date as she reads it: "1 November", with the year only when it is not this one."""
    skeleton = "MMMMd" if day.year == today.year else "yMMMMd"
    return format_skeleton(skeleton, day, locale=locale)


def weekday_names(locale: str) -> tuple[str, ...]:
    """Short names for a chart, Monday first: "Mon" / "lun"."""
    names = get_day_names("abbreviated", "stand-alone", locale)
    return tuple(names[day] for day in range(WEEKDAYS))


def month_names(locale: str) -> tuple[str, ...]:
    """Short names for a chart, January first: "Jan" / "ene"."""
    names = get_month_names("abbreviated", "stand-alone", locale)
    return tuple(names[month] for month in range(1, MONTHS + 1))


def hour_marks(locale: str) -> tuple[str, ...]:
    """The hour axis' labels, 0:00, 3:00 ... 21:00, on her region's clock: "3 pm" where
    clocks have 12 hours, "15:00" where they have 24, and CLDR's word for midnight and
    noon where the language has one."""
    cldr = Locale.parse(locale)
    twelve_hours = "h" in cldr.time_formats["short"].pattern
    periods = cldr.day_periods["stand-alone"]["abbreviated"]
    marks: list[str] = []
    for hour in HOUR_MARKS:
        word = {0: "midnight", 12: "noon"}.get(hour)
        if word is not None and word in periods:
            marks.append(periods[word])
        elif twelve_hours:
            marks.append(format_skeleton("h", time(hour), locale=locale))
        else:
            marks.append(format_time(time(hour), "short", locale=locale))
    return tuple(marks)
