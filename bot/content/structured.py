"""What the structured content files hold, as the rest of the bot uses it.

Plain frozen dataclasses, no reading: bot/content/schema.py checks the files and builds
these from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from babel import Locale
from babel.dates import format_skeleton, get_day_names

from bot.core.model import UrgeKind

__all__ = [
    "HOURS",
    "REASONS",
    "WEEKDAYS",
    "Card",
    "Closing",
    "ContentError",
    "DangerKind",
    "DangerMoment",
    "Exercise",
    "Holiday",
    "Milestone",
    "PingTexts",
    "SupportLine",
]

REASONS: Final = range(1, 7)
WEEKDAYS: Final = 7
HOURS: Final = 24


class ContentError(Exception):
    """A content file is missing or wrong, or the code asked for text it does not have."""


@dataclass(frozen=True, slots=True)
class Card:
    """One thought for the reflect step, tied to one of the six reasons."""

    id: str
    reason: int
    kinds: frozenset[UrgeKind] | None  # None: it speaks to every kind of urge
    text: str

    def fits(self, kind: UrgeKind) -> bool:
        return self.kinds is None or kind in self.kinds


@dataclass(frozen=True, slots=True)
class Closing:
    """The deeper point, in one of several wordings: this is about her, not him."""

    id: str
    text: str
    # Talks about him (whether he misses her...). Logic keeps these from anyone who left
    # an abuser, where any thought of his feelings can read as a door left open.
    about_him: bool


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    title: str
    minutes: int
    steps: tuple[str, ...]


class DangerKind(StrEnum):
    """What makes a date hard; each kind has its own words."""

    BIRTHDAY = "birthday"  # his birthday
    ANNIVERSARY = "anniversary"
    HOLIDAY = "holiday"  # from the content's list, with its label
    CUSTOM = "custom"  # any date she marks


class DangerMoment(StrEnum):
    EVE = "eve"  # the evening before
    MORNING = "morning"  # the morning of the day itself


@dataclass(frozen=True, slots=True)
class SupportLine:
    """One line of the daily check-in, for streaks from `from_day` to `until_day`."""

    id: str
    text: str
    from_day: int = 0
    until_day: int | None = None  # None: for every streak from `from_day` on

    def fits(self, streak_days: int) -> bool:
        return self.from_day <= streak_days and (
            self.until_day is None or streak_days <= self.until_day
        )


@dataclass(frozen=True, slots=True)
class Milestone:
    days: int
    title: str  # the first line, the one a lock screen shows
    text: str


@dataclass(frozen=True, slots=True)
class Holiday:
    """A date that is hard for many people, the same day every year."""

    id: str
    month: int
    day: int
    label: str  # "Valentine's Day"


@dataclass(frozen=True, slots=True, eq=False)
class PingTexts:
    """The words of pings.toml. Every part a lock screen can show has passed its check."""

    headlines: tuple[str, ...]  # "Day {days}. ..." wordings for a streak of 1 day or more
    first_day: str  # for the day the count starts again, when "Day 0" would sting
    lines: tuple[SupportLine, ...]
    milestones: tuple[Milestone, ...]  # in order of days
    late_milestone: str  # added when a milestone arrives after its day; {days} is today's
    holidays: tuple[Holiday, ...]
    danger: Mapping[tuple[DangerKind, DangerMoment], str]  # holiday texts use {holiday}
    risk_nudge: str  # {day} and {hour}
    # How the nudge (and /insights) names her hard hour of the week, around CLDR's own
    # words: {weekday} "Friday" / {weekdays} "Fridays"; {time} "11 at night", per plural
    # category of the hour's number on a 12-hour clock.
    risk_day: str
    risk_hour: Mapping[str, str]
    language: str  # the locale's language, for CLDR when the caller names no region

    @property
    def weekdays(self) -> tuple[str, ...]:
        """Monday first, as the nudge names them: "Fridays"."""
        return tuple(self.risk_words(day, 0)[0] for day in range(WEEKDAYS))

    @property
    def hours(self) -> tuple[str, ...]:
        """0 to 23, as the nudge names them: "around 11 at night"."""
        return tuple(self.risk_words(0, hour)[1] for hour in range(HOURS))

    def risk_words(self, weekday: int, hour: int, locale: str | None = None) -> tuple[str, str]:
        """The {day} and {hour} of the nudge, in `locale` (a CLDR locale like "en_GB";
        the language alone without one)."""
        cldr = locale or self.language
        name = get_day_names("wide", "format", cldr)[weekday]
        day = _filled("pings.risk.day", self.risk_day, {"weekday": name, "weekdays": _plural(name)})
        category = Locale.parse(cldr).plural_form(hour % 12 or 12)
        template = self.risk_hour.get(category, self.risk_hour["other"])
        # "Bh" is CLDR's hour with its flexible day period: "11 at night", "11 de la noche".
        clock = format_skeleton("Bh", datetime(2000, 1, 1, hour), locale=cldr)
        return day, _filled("pings.risk.hour", template, {"time": clock})

    @property
    def milestone_days(self) -> tuple[int, ...]:
        return tuple(milestone.days for milestone in self.milestones)

    def milestone(self, days: int) -> Milestone:
        for milestone in self.milestones:
            if milestone.days == days:
                return milestone
        raise ContentError(f"no milestone for {days} days")

    def line(self, line_id: str) -> SupportLine | None:
        """The line with this id, or None if content has changed since it was shown."""
        return next((line for line in self.lines if line.id == line_id), None)

    def holiday(self, holiday_id: str) -> Holiday | None:
        return next((item for item in self.holidays if item.id == holiday_id), None)

    def headline(self, streak_days: int) -> str:
        if streak_days <= 0:
            return self.first_day
        # Stepping through the wordings by day count varies them without keeping state.
        template = self.headlines[streak_days % len(self.headlines)]
        return _filled("pings.headline", template, {"days": streak_days})

    def late_note(self, streak_days: int) -> str:
        return _filled("pings.late_milestone", self.late_milestone, {"days": streak_days})

    def danger_text(self, kind: DangerKind, moment: DangerMoment, holiday: str = "") -> str:
        return _filled(
            f"pings.danger.{kind}.{moment}", self.danger[kind, moment], {"holiday": holiday}
        )

    def risk_text(self, weekday: int, hour: int, locale: str | None = None) -> str:
        day, at = self.risk_words(weekday, hour, locale)
        return _filled("pings.risk.nudge", self.risk_nudge, {"day": day, "hour": at})


def _plural(weekday: str) -> str:
    """A weekday name in the plural: CLDR has no plural names, and English and Spanish
    both add an s unless the name ends in one ("Fridays", "sábados", "los viernes"). A
    language whose weekdays do otherwise uses {weekday} in its template instead."""
    return weekday if weekday.endswith("s") else f"{weekday}s"


def _filled(key: str, template: str, fields: Mapping[str, object]) -> str:
    """pings.toml's templates are checked at load for exactly the fields they get here."""
    try:
        return template.format_map(fields)
    except KeyError as error:
        raise ContentError(f"{key}: missing field '{error.args[0]}'") from None
    except (ValueError, TypeError) as error:  # a field that does not fit its :spec
        raise ContentError(f"{key}: {error}") from None
